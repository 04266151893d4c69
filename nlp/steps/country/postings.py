"""Countries named as where envoys serve, not whose they are: a LAC country's envoy posted to a
third country ("Cuba's ambassador to Laos") represents his country there, not towards China; and a
place envoys, missions or China's companies and people are posted to ("中国驻巴西大使", "Chinese
companies operating in Brazil") is where they work, not a side of the exchange.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY, to_simplified
from nlp.release import Mention, Release

# A LAC country's envoy posted to a third country ("古巴驻老挝大使", "Cuba's ambassador to Laos", "the
# ambassador of Cuba to Vietnam"): he represents his country there, not towards China or the CPC
NOT_CHINA_ZH = r"(?!华|華|中国|中國|北京|上海|广州|廣州|香港|澳门|澳門)"
ENVOY_ELSEWHERE_AFTER_ZH = re.compile(rf"^驻{NOT_CHINA_ZH}[^，。、；,]{{1,10}}?"
                                      r"(?:大使|总领事|總領事|使节|使節|代办|代辦)")
NOT_CHINA_EN = r"(?!China\b|the People's Republic of China\b|Beijing\b)"
# (the post's country with its capital: "the Cuban ambassador to attend …" is no post)
ENVOY_ELSEWHERE_AFTER_EN = re.compile(rf"^(?:'s|’s)?\s+(?i:Ambassador|Envoy|Consul[- ]General)\s+"
                                      rf"to\s+{NOT_CHINA_EN}(?:the\s+)?[A-Z]")
ENVOY_OF_BEFORE_EN = re.compile(r"\b(?i:Ambassador|Envoy|Consul[- ]General)\s+of\s+(?:the\s+)?$")
ENVOY_TO_AFTER_EN = re.compile(rf"^\s+to\s+{NOT_CHINA_EN}(?:the\s+)?[A-Z]")


def envoy_elsewhere(release: Release, m: Mention) -> bool:
    """Is this LAC country named as the country of an envoy posted to a third country (see
    ``ENVOY_ELSEWHERE_AFTER_ZH``)? Such an envoy at a ceremony abroad (a message read out in
    Vientiane "attended by diplomatic envoys, including the ambassador of Cuba to Laos") is no
    counterpart of the CPC: the country is no actor of the exchange."""
    if m.label != LAC_COUNTRY:
        return False
    source = release.title if m.where == "title" else release.layout.clean
    after = source[m.end:m.end + 60]
    if release.zh:
        return ENVOY_ELSEWHERE_AFTER_ZH.match(after) is not None
    if ENVOY_ELSEWHERE_AFTER_EN.match(after):
        return True
    before = source[max(0, m.start - 40):m.start]
    return bool(ENVOY_OF_BEFORE_EN.search(before) and ENVOY_TO_AFTER_EN.match(after))


# Names listed before a place ("Brazil, Argentina and ", "Trinidad and Tobago, ", 巴西、阿根廷和): a
# place further down a list of places keeps the words before the list
PLACES_LISTED_EN = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*"
PLACES_LISTED_ZH = r"(?:[\u4e00-\u9fff]{2,10}?[、和及与與])*"
# An envoy or a mission posted to the place (whosever it is: "Chinese ambassadors to Latin American
# countries", "the Vietnamese Embassy in Cuba", "diplomats who served in Peru and Chile"; also one
# about to take up the post: "Chinese diplomats-designate to ..."), or China's companies, business
# people, nationals or diplomats working there or back from there ("Chinese companies operating in
# Brazil", "Chinese entrepreneurs investing in Peru", "Chinese peacekeepers who served in Haiti", "the
# Chinese medical team returning from Guyana"), right before the place
POSTED_BEFORE_EN = re.compile(
    r"(?:\b(?i:ambassadors?|envoys?|consuls?(?:[- ]general)?|consulates?(?:[- ]general)?|embass(?:y|ies)|"
    r"diplomatic\s+missions?|diplomats)"
    r"|\b(?:Chinese|China['’]s)\s+(?:[\w-]+\s+){0,2}?(?i:companies|company|enterprises?|firms?|businesses|"
    r"business\s?(?:people|men)|entrepreneurs?|investors?|nationals|citizens|communit(?:y|ies)|diaspora|"
    r"expatriates|students|workers|engineers|peacekeepers|(?:medical|aid)\s+teams?(?:\s+members)?|"
    r"diplomats?))"
    r"(?:[- ](?i:designate))?"  # "ambassadors-designate to", "diplomats-designate to": posted, not yet there
    r"(?:\s+(?:(?:who|that)\s+(?:(?:are|were|have|had)\s+)?)?(?i:based|working|operating|investing|"
    r"posted|stationed|living|residing|accredited|doing\s+business|serving|served|worked|lived))?"
    r"\s+(?:to|in|(?:returning|returned|back)\s+from)\s+(?:the\s+)?" + PLACES_LISTED_EN + r"$")
# 驻巴西大使, 中国驻拉美和加勒比国家大使, 越南驻古巴使馆 (驻 "posted to" right before the place: whoever's
# envoy he is, the place is where he serves); 在巴西的中资企业, 在秘鲁投资的中国企业家 (China's companies or
# people there; also without 的: 在秘鲁中资企业座谈会)
# 驻华 / 驻京 / 驻沪 (posted to China, Beijing, Shanghai …: a one-character name of a Chinese place)
# is a foreign envoy in China, so what follows in a list ("古巴驻华大使佩雷拉、牙买加驻华大使…") is
# the next envoy's own country, not a place envoys are posted to
POSTED_BEFORE_ZH = re.compile(r"驻(?![华京沪穗港澳渝蓉])" + PLACES_LISTED_ZH + r"$")
CHINESE_THERE_ZH = re.compile(r"^[^。，；,]{0,12}?(?:投资|经营|工作|生活|兴业|发展)?的?"
                              r"(?:中资|中国|中方|华人|华侨|我国)(?:企业|公司|企业家|商会|侨民|侨胞|同胞|公民|留学生|员工|机构)")
CHINESE_THERE_BEFORE_ZH = re.compile(r"在" + PLACES_LISTED_ZH + r"$")


def posted_there(release: Release, where: str, start: int, end: int) -> bool:
    """Is the LAC country or region at ``start:end`` of the title or text (``where``) named as where
    envoys or missions are posted ("Chinese ambassadors to Latin American and Caribbean countries",
    中国驻巴西大使), or where China's companies or people work ("Chinese companies operating in
    Brazil, Argentina and Chile", 在秘鲁投资的中国企业家)? Those are no actors of the place: a Chinese
    official meeting China's own envoys or firms there has no LAC counterpart (codebook,
    ``relevant``: an exchange with actors of a LAC country)."""
    source = release.title if where == "title" else release.layout.clean
    before = source[max(0, start - 120):start]
    if release.zh:
        before = to_simplified(before[-40:])
        return bool(POSTED_BEFORE_ZH.search(before) or (
            CHINESE_THERE_BEFORE_ZH.search(before)
            and CHINESE_THERE_ZH.match(to_simplified(source[end:end + 30]))))
    return POSTED_BEFORE_EN.search(before) is not None
