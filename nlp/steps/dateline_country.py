"""Where a page's dateline places it: the city its dateline names, and whether that city is in the
page's LAC country, in China or in a third country.

Apart from the event_type rules because both sets read it (an IDCPC page datelined in the LAC
country is a visit there; a foreign-ministry meeting datelined in a third country is one on the
sidelines), and the city tables it needs (Chinese cities, LAC capitals other places share, a
Chinese dateline's reporter credit) are no rule of the codebook.
"""

from __future__ import annotations

import re

from nlp import cues, dates
from nlp.dates import DATELINE_EN
from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Release

CHINESE_CITIES = re.compile(
    r"^(?:Beijing|Shanghai|Tianjin|Chongqing|Guangzhou|Shenzhen|Hangzhou|Nanjing|Suzhou|Xiamen|Fuzhou|"
    r"Qingdao|Dalian|"
    r"Chengdu|Wuhan|Changsha|Kunming|Nanning|Haikou|Sanya|Boao|Xi'an|Xian|Harbin|Shenyang|Jinan|Zhengzhou|"
    r"Hefei|"
    r"Urumqi|Lhasa|Yan'an|Guiyang|Lanzhou|Hong Kong|Macao|Macau|"
    r"北京|上海|天津|重庆|重慶|广州|廣州|深圳|杭州|南京|苏州|蘇州|厦门|廈門|福州|青岛|青島|大连|大連|成都|"
    r"武汉|武漢|长沙|長沙|"
    r"昆明|南宁|南寧|海口|三亚|三亞|博鳌|博鰲|西安|哈尔滨|哈爾濱|沈阳|瀋陽|济南|濟南|郑州|鄭州|合肥|"
    r"乌鲁木齐|烏魯木齊|"
    r"拉萨|拉薩|延安|贵阳|貴陽|兰州|蘭州|香港|澳门|澳門)$",
    re.I,
)


def dateline_city(release: Release) -> str | None:
    span = release.layout.dateline
    if span is None:
        return None
    head = release.layout.clean[span[0]:span[1]]
    if release.zh:
        found = re.search(r"(?:社|网|網|台|报|報)([\u4e00-\u9fff]{1,12}?)\d", head)
        return _after_reporter(release, found.group(1)) if found else None
    found = re.match(r"\s*([A-Za-z .'’\-]+?)\s*,", head)
    if found:
        return found.group(1).strip()
    bare = DATELINE_EN.match(head)  # "Havana November 1st--": the old IDCPC pages write no comma
    city = dates.dateline_city(bare) if bare else None
    return city.strip() if city else None


REPORTER_ZH = re.compile(r"^(?:记者|記者)")


def _after_reporter(release: Release, city: str) -> str | None:
    """A Chinese dateline's place after the reporter it may credit first (中央社記者林克倫里約熱內盧19日專電,
    中央社記者張三北京8日專電): a Chinese name of three characters or two, whichever leaves a place the
    tables know (a Chinese city, a newsroom, a country's name or place); else the three-character one."""
    if not REPORTER_ZH.match(city):
        return city if len(city) <= 8 else None
    rest = city[2:]
    options = [rest[n:] for n in (3, 2) if len(rest) - n >= 2]
    for place in options:
        if (CHINESE_CITIES.match(place) or cues.pattern("newsroom_city").match(place)
                or release.gazetteer.country_by_name(place) is not None):
            return place
    return options[0] if options else None


def dateline_country(release: Release) -> str | None:
    """The LAC country of the dateline city, 'CN' for a Chinese city, 'other' for a third country."""
    city = dateline_city(release)
    if not city:
        return None
    if CHINESE_CITIES.match(city):
        return "CN"
    if cues.pattern("newsroom_city").match(city):
        return None
    span = release.layout.dateline
    for m in release.of(LAC_COUNTRY):
        if m.where == "text" and span and span[0] <= m.start < span[1]:
            return m.entry.id
    country = release.gazetteer.country_by_name(city)
    if country is None and city.casefold().replace("é", "e") in SHARED_CAPITALS:
        return None  # SANTIAGO, SAN JOSE: a LAC capital whose name other places share, not known abroad
    return country.id if country else "other"


# LAC capitals the gazetteer leaves out because other places share their names (countries.json
# notes): as a dateline they are no evidence of a third country
SHARED_CAPITALS = frozenset({"santiago", "san jose", "st. john's", "saint john's", "st john's",
                             "st. george's", "saint george's", "la paz", "san juan", "圣地亚哥", "圣何塞",
                             "圣约翰", "圣乔治", "拉巴斯"})
