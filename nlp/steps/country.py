"""Country: which LAC country the release's counterpart belongs to, or "multilateral".

Evidence is every gazetteer mention that places a counterpart: country names, demonyms and
capitals, and the country of each named party or organisation, weighted by where it stands
(title > lead > early body > the rest). A regional platform (CELAC, the China-LAC parties
forum, a course for LAC cadres) or the region itself ("Latin America and the Caribbean", 拉美, or
a part of it: Central or South America, the Caribbean, the Andean countries) as the actors, or an
event named for China and the region ("China-LAC Dialogue on Governance", 中拉…研讨会), in the title
or lead, or several countries standing side by side there, make the exchange
multilateral (codebook: "multilateral when the exchange involves a regional organisation or
several LAC countries"). LAC participants named early in the report of a worldwide event
(a briefing or forum of parties "from around the world", ``worldwide`` and the event kinds in
``nlp/gazetteer/cues.json``) make it multilateral too, and the mechanism step makes it global.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLACE_OFFICES_EN,
    PLATFORM,
    Gazetteer,
    Lookalike,
    Organisation,
    Party,
    normalise,
    place_unit_forms,
    to_simplified,
)
from nlp.leaders import LacOfficial, Leader, head_by_office, leaders, leaders_on, officials_named, plain_name
from nlp.release import ZONE_WEIGHT, Mention, Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.background import background_cues, background_mentions
from nlp.text import MEETING_CLAUSE, in_what_was_said, sentence_at

NAME = "country"
# "Caribbean" names the region's actors with the noun after it, also in a platform's name in title
# case ("China-Caribbean Political Parties Conference", 中国－加勒比政党大会): parties of the region
REGION_EN = re.compile(
    r"\b(?:Latin America(?:n)?(?: and (?:the )?Caribbean)?|LAC (?:countries|states|region|"
    r"political parties|parties)|"
    r"Caribbean (?:countries|states|region|(?i:political parties))|South American (?:countries|parties))\b",
)
REGION_ZH = re.compile(r"拉美|拉丁美洲|加勒比(?:地区|国家|國家|地區|(?=政党|政黨))|南美(?:洲)?国家|中拉")
# Party pages (IDCPC) also name the region's actors as Central America's (中美洲: 中美 alone is China
# and the United States) and as "Caribbean" before any actor noun (journalists, women, 记者, 学者),
# checked as "Latin American" is. Central and South America and the Andean countries (Bolivia,
# Colombia, Ecuador, Peru, Venezuela) are parts of the region too (every country there is a LAC
# country): "parties from Central America", "South American left-wing parties", 安第斯国家政党, and
# the bare "LAC" are checked by the words around them as well.
REGION_EN_PARTY = re.compile(r"\b(?:(?:South|Central) American (?:countries|states|(?i:political parties)|"
                             r"parties)|(?:Central|South) America(?:n)?(?: and (?:the )?Caribbean)?|"
                             r"Caribbean|LAC|Andean)\b")
REGION_ZH_PARTY = re.compile(r"加勒比(?=记者|記者|媒体|媒體|学者|學者|智库|智庫|青年|妇女|婦女|"
                             r"议员|議員|政治家|代表团|代表團)|中美洲|南美洲?|安第斯")
# The region's names that are actors only with the words around them (see ``_region_actors``);
# "LAC countries", "Caribbean states", "Central American parties" are actors by their own words
REGION_BY_CONTEXT_EN = re.compile(r"(?:Latin|Central|South) America(?:n)?(?: and (?:the )?Caribbean)?|"
                                  r"Caribbean|LAC|Andean", re.I)


def region_patterns(release: Release) -> tuple[re.Pattern[str], ...]:
    """The patterns of the region's names for this page (party pages have more)."""
    if release.zh:
        return (REGION_ZH,) if release.is_mfa else (REGION_ZH, REGION_ZH_PARTY)
    return (REGION_EN,) if release.is_mfa else (REGION_EN, REGION_EN_PARTY)


EVENT_CUES = ("idcpc.training_course", "idcpc.seminar", "idcpc.forum", "idcpc.dialogue", "idcpc.briefing")
COUNTERPART_COUNTRY = 1.0  # a party or organisation says its country as strongly as the name
FOCUS = ("title", "lead")


def _country_of(m: Mention) -> str | None:
    if m.label == LAC_COUNTRY:
        return m.entry.id
    return getattr(m.entry, "country", None)


def is_capital(release: Release, m: Mention) -> bool:
    """A capital, or another place of the country (a city, a state: ``places`` in countries.json),
    names where something happened more often than whom it was with."""
    if m.label != LAC_COUNTRY or m.entry is None:
        return False
    if normalise(m.text) not in _capital_keys(release.gazetteer, m.entry.id):
        return False
    return not _institution_named_after(release, m) and not _visited(release, m)


def _visited(release: Release, m: Mention) -> bool:
    """Is the place named as where a visit goes (``VISITED_BEFORE_EN``)? Its hosts take part."""
    source = release.title if m.where == "title" else release.layout.clean
    pattern = VISITED_BEFORE_ZH if release.zh else VISITED_BEFORE_EN
    return pattern.search(source, max(0, m.start - 80), m.start) is not None


# A place's own office before its name, also with its unit between ("Governor of the Mexican state of
# Jalisco", "the Party Committee of Matanzas Province"): the office holder is the place's actor
INSTITUTION_BEFORE = re.compile(r"\b(?:University|Universidad|Universidade|College|Institute|Academy|"
                                r"(?i:mayor|governor|prefect|intendant|head of government|city council|"
                                r"city hall|municipal(?:ity| government)|city government|party committee|"
                                r"(?:state|provincial|departmental|regional) "
                                r"(?:government|assembly|legislature))) "
                                r"(?:of|de|do|da) (?:the )?"
                                r"(?:(?:[A-Z]\w+ )?(?i:state|province|department|region|city) of )?$")
# "the Montevideo mayor", "Montevideo City Council", "Mexico City's Head of Government": the city's own
# office after its name
INSTITUTION_AFTER_EN = re.compile(r"(?:['’]s)?\s+(?:(?i:state|province|department|region|city)\s+)?"
                                  r"(?i:mayor|governor|prefect|head of government|city council|city hall|"
                                  r"city government|municipal government|state government|"
                                  r"provincial government)\b")
# "a delegation from Guayaquil", "legislators from Sonora, Chihuahua and Sinaloa", 来自瓜亚基尔的: the
# place the people come from names whose they are, not where something happened
ORIGIN_BEFORE_EN = re.compile(r"\b(?i:delegations?|delegates|guests|leaders|legislators|lawmakers|officials|"
                              r"members|mayors|governors|representatives|cadres|politicians|deputies|"
                              r"councillors|councilors)\s+from\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|del|do|da|la)?\s*[A-Z][\w'’.-]*){0,3}"
                              r"(?:,\s*|\s+and\s+))*$")
ORIGIN_BEFORE_ZH = re.compile(r"来自(?:[\u4e00-\u9fff]{2,10}[、和])*$|來自(?:[\u4e00-\u9fff]{2,10}[、和])*$")
# "arrived in Brasilia", "visited Guayaquil and Cuenca", "a trip to Havana", 抵达利马, 访问瓜亚基尔: the
# place a visit goes to names its hosts, the country's actors (codebook: a trip to a LAC country is that
# country's), as "arrived in Brazil" does
VISITED_BEFORE_EN = re.compile(r"\b(?:visit(?:s|ed|ing)?|(?:a|an|official|state|working)\s+visit\s+to|"
                               r"arriv(?:e|es|ed|ing)\s+in|trip\s+to|tour(?:s|ed)?)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|del|do|da|la)?\s*[A-Z][\w'’.-]*){0,3}"
                               r"(?:,\s*|\s+and\s+))*$")
VISITED_BEFORE_ZH = re.compile(r"(?:抵达|抵達|访问|訪問|到访|到訪)(?:[\u4e00-\u9fff]{2,10}[、和])*$")
# matched at the name's end
INSTITUTION_AFTER_ZH = re.compile(r"大学|大學|学院|學院|研究院|[市省州]?(?:市长|市長|省长|省長|州长|州長|"
                                  r"市政府|省政府|州政府|市议会|市議會|州议会|州議會|省委|市委)")


def _institution_named_after(release: Release, m: Mention) -> bool:
    """"the University of Brasilia", 巴西利亚大学: a capital in an institution's name names the
    institution's people, the country's actors, not where something happened. So does a capital
    that names a city's own office ("the Mayor of Montevideo", "the Montevideo mayor", 蒙得维的亚市长):
    the mayor is the city's actor, as the university is. So do the people a place's name says they
    come from ("a delegation from Guayaquil", 来自瓜亚基尔的客人)."""
    source = release.title if m.where == "title" else release.layout.clean
    if release.zh:
        return (INSTITUTION_AFTER_ZH.match(source, m.end) is not None
                or ORIGIN_BEFORE_ZH.search(source, max(0, m.start - 30), m.start) is not None)
    return (INSTITUTION_BEFORE.search(source, max(0, m.start - 40), m.start) is not None
            or INSTITUTION_AFTER_EN.match(source, m.end) is not None
            or ORIGIN_BEFORE_EN.search(source, max(0, m.start - 80), m.start) is not None)


@lru_cache(maxsize=256)
def _capital_keys(gazetteer: Gazetteer, country_id: str) -> frozenset[str]:
    """The lookup keys of a country's capital names (normalised once, not per mention)."""
    entry = gazetteer.country(country_id)
    if entry is None:
        return frozenset()
    names = [c for group in (entry.capitals, entry.places, entry.dateline_places)
             for names in group.values() for c in names]
    # a place known with its unit ("Mendoza Province"), not the office forms ("Mayor of Mendoza")
    names += [form for code, bare in entry.places_with_unit.items() for form in place_unit_forms(bare, code)
              if not form.startswith(PLACE_OFFICES_EN)]
    return frozenset(normalise(c) for c in names)


VENUE_BEFORE_EN = re.compile(
    r"\bin (?:(?:[A-Z][\w'’.-]*|de|da|do|dos|del|la|el|of)\s+){0,3}[A-Z][\w'’.-]*,\s*$|"
    r"\b(?:in|at)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,|\band\b)\s*)*$")
# 在古巴、委内瑞拉: places, listed; a place name holds no preposition or verb (在西班牙港同A、B会晤:
# A and B are who he met)
VENUE_BEFORE_ZH = re.compile(r"在(?:(?:(?!同|与|與|向|对|對|会|會|为|為)[\u4e00-\u9fff]){2,8}[、和及与])*$")


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
# countries", "the Vietnamese Embassy in Cuba"; also one about to take up the post: "Chinese
# diplomats-designate to ..."), or China's companies, business people, nationals or
# diplomats working there or back from there ("Chinese companies operating in Brazil", "Chinese
# entrepreneurs investing in Peru", "Chinese peacekeepers who served in Haiti", "the Chinese medical team
# returning from Guyana"), right before the place
POSTED_BEFORE_EN = re.compile(
    r"(?:\b(?i:ambassadors?|envoys?|consuls?(?:[- ]general)?|consulates?(?:[- ]general)?|embass(?:y|ies)|"
    r"diplomatic\s+missions?)"
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
# people there)
# 驻华 / 驻京 / 驻沪 (posted to China, Beijing, Shanghai …: a one-character name of a Chinese place)
# is a foreign envoy in China, so what follows in a list ("古巴驻华大使佩雷拉、牙买加驻华大使…") is
# the next envoy's own country, not a place envoys are posted to
POSTED_BEFORE_ZH = re.compile(r"驻(?![华京沪穗港澳渝蓉])" + PLACES_LISTED_ZH + r"$")
CHINESE_THERE_ZH = re.compile(r"^[^。，；,]{0,12}?(?:投资|经营|工作|生活|兴业|发展)?的"
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


def is_venue(release: Release, m: Mention) -> bool:
    """A capital, or a country named as where something happened ("in Rio de Janeiro, Brazil", "in
    Port of Spain, Trinidad and Tobago",
    "in Brazil", 在巴西), or as where the dispatch was filed ("LIMA, Peru, Nov. 16 (Xinhua) --": a
    dateline names a place, never an actor): a place, which does not make a second counterpart
    country."""
    if is_capital(release, m):
        return True
    if m.label != LAC_COUNTRY:
        return False
    dateline = release.layout.dateline
    if m.where == "text" and dateline is not None and dateline[0] <= m.start < dateline[1]:
        return True
    source = release.title if m.where == "title" else release.layout.clean
    before = source[max(0, m.start - 60):m.start]
    return bool((VENUE_BEFORE_ZH if release.zh else VENUE_BEFORE_EN).search(before))


# The region as the actors of an exchange ("Latin American parties", "leaders of Caribbean countries",
# 拉美国家政党, 来自拉美的客人), not as a topic ("a seminar on China-Latin America relations"). The actors'
# noun may follow two words joined by "and" ("Latin American communist and workers' parties"), and in
# Chinese a word of the parties' standing (拉美进步政党, 加勒比国家执政党, 拉美友好政党).
REGION_ACTORS_AFTER_EN = re.compile(
    r"^(?:\s+and(?:\s+the)?\s+Caribbean)?(?:\s+and\s+\w+)?\s+(?:\w+\s+){0,2}?(?:and\s+[\w'’-]+\s+)?"
    r"(?:political\s+)?"
    r"(?:part(?:y|ies)|leaders?|guests?|delegations?|countries|states|nations|cadres|envoys|ambassadors|"
    r"diplomats|representatives|participants|politicians|youth|young|legislators|parliamentarians|friends|"
    r"organi[sz]ations|governments?|officials|members|left|counterparts|peers)\b", re.I)
# the actors' noun and its preposition before the region ("leaders of", "parties from", "countries in")
ACTORS_FROM_EN = (r"\b(?:part(?:y|ies)|leaders?|guests?|delegations?|delegates|cadres|envoys|representatives|"
                  r"participants|politicians|officials|members|countries|states)\s+"
                  r"(?:(?:\w+\s+){0,2}(?:from|of|across|throughout)|in)\s+")
REGION_ACTORS_BEFORE_EN = re.compile(ACTORS_FROM_EN + r"(?:the\s+)?(?:\d+\s+|\w+\s+){0,2}$", re.I)
REGION_ACTORS_ZH = re.compile(r"^(?:和加勒比|及加勒比)?(?:地区)?(?:和加勒比地区)?"
                              r"(?:\d+(?:多|余)?个|多个|各|一些)?"
                              r"(?:(?:执政|参政|主要|进步|友好|兄弟)(?:政党|党)|国家|政党|党|客人|代表|青年|干部|使节|政要|议员|友人|领导人|左翼|地区国家|地区政党|"
                              r"各国|多国|朋友|嘉宾|宣介会|研讨会|论坛|培训班|研修班|对话会|专题)")
# Party pages: more actor nouns (journalists, scholars, 记者, 学者; the region's progressive forces,
# social movements, organisations, communist and workers' parties: 拉美和加勒比进步力量, 拉美共产党), and the
# region as the last of a list of regions the actors come from ("parties from Asia, Africa and Latin
# America")
REGION_ACTORS_AFTER_EN_PARTY = re.compile(
    r"^(?:\s+and(?:\s+the)?\s+Caribbean)?(?:\s+and\s+\w+)?\s+(?:\w+\s+){0,2}?(?:journalists|media|scholars|"
    r"academics|experts|think[- ]tanks?|women|students|lawmakers|trade unionists)\b", re.I)
REGION_ACTORS_BEFORE_EN_PARTY = re.compile(
    ACTORS_FROM_EN + r"(?:the\s+)?(?:(?-i:[A-Z])\w+,\s+)+(?:(?-i:[A-Z])\w+,?\s+)?and\s+$", re.I)
REGION_GROUPS_BEFORE_EN_PARTY = re.compile(r"\b(?:forces|movements|organi[sz]ations)\s+"
                                           r"(?:(?:\w+\s+){0,2}(?:from|of|across|throughout)|in)\s+"
                                           r"(?:the\s+)?(?:\d+\s+|\w+\s+){0,2}$", re.I)
REGION_ACTORS_ZH_PARTY = re.compile(r"^(?:和加勒比|及加勒比)?(?:地区)?(?:\d+(?:多|余)?个|多个|各|一些)?"
                                    r"(?:国家)?(?:记者|媒体|学者|智库|妇女|政治家|外交官|大使|"
                                    r"进步力量|政治力量|社会运动|共产党|工人党)")
REGION_ACTORS_BEFORE_ZH = re.compile(r"(?:来自|來自)[^。，]{0,10}$")
REGION_SUFFIX_ZH = re.compile(r"(?:和加勒比|及加勒比)?(?:地区|地區)?")


def _region_suffix(after: str) -> int:
    """The length of the region's own continuation (和加勒比, 地区) before the noun it qualifies."""
    found = REGION_SUFFIX_ZH.match(after)
    return found.end() if found else 0
# A preposition right after the region ends its phrase: the people after it ("… between China and Latin
# America with Chinese scholars") are not the region's
PREPOSITION_NEXT_EN = re.compile(r"^\s+(?:with|by|to|for|on|at|in|into|from|among|through)\b", re.I)
# A noun after the region's actors that makes them what is worked on or studied: 拉美政党工作 ("the work
# on LAC parties"), 拉美国家研究, 拉美国家形势 — the head of the phrase is the work, study or situation,
# a topic of the Chinese side's own meeting, not the region's actors taking part
TOPIC_NOUN_AFTER_ZH = re.compile(r"(?:工作|研究|形势|形勢|问题|問題|事务|事務)(?!者|组|組|团|團)")
# The region's actors as the object of "on" / "about" (a book, a report or a talk on them: "Book on
# Latin American Political Parties", "a study on the development of political parties in Latin
# America"): what is written or spoken about, not who takes part. Not "on behalf of", "on the invitation
# of", nor a phrase that "for", "with" or "to" ends ("a briefing on the plenum for Latin American
# parties": those are its audience)
TOPIC_OF_BEFORE_EN = re.compile(
    r"\b(?:on|about|regarding|concerning)\s+(?!behalf\b|the\s+(?:invitation|occasion|part|side)\b)"
    r"(?:(?:the\s+)?(?:(?!(?:for|with|to|by|from|and|at)\b)[\w'’-]+\s+){0,4}?(?:of|in|among)\s+(?:the\s+)?"
    r"(?:(?!(?:for|with|to|by|from|and|at)\b)[\w'’-]+\s+){0,2})?$", re.I)
# "which has friendly relations with parties in Latin America", "ties with the political forces of the
# Caribbean": the region's actors are the object of a relation someone has, what is said of a side,
# not a side of the exchange (the same "relations with" that makes a country a topic, relevance)
RELATION_WITH_BEFORE_EN = re.compile(
    r"\b(?:relations?|ties|cooperation|exchanges|contacts|friendship|links|solidarity)\s+with\s+(?:the\s+)?"
    r"(?:(?:(?!(?:and|to|by|at)\b)[\w'’-]+\s+){0,3}(?:in|of|from|across|throughout)\s+(?:the\s+)?)?$", re.I)
ONE_OF_ZH = re.compile(r"[^。，,；;]{0,6}之一")  # 拉美左翼政党之一: "one of the region's left-wing parties"
# "one of the main left-wing parties in Latin America", "an important party in the Caribbean", "the
# largest party of Central America": words describing one actor by the region, not the region's actors
ONE_DESCRIBED_EN = re.compile(
    r"(?:\bone of the\b[^.;,]{0,50}|\b(?:an?|the\s+\w+est|the\s+(?:main|leading|major|most\s+\w+))\s+"
    r"(?:[\w-]+\s+){0,3}(?:party|leader|force|movement|organi[sz]ation|country|state))\s+"
    r"(?:in|of|from|across)\s+(?:the\s+)?$", re.I)
# An event named for China and the region ("China-LAC Dialogue on Governance", "China-Latin America
# Seminar on Poverty Reduction", 中拉治国理政交流研讨会, 中国—中美洲政党对话会): the platform's participants
# from the region are the LAC side. "China-Latin America relations" (中拉关系) is a topic, not an event.
CHINA_AND_EN = re.compile(r"\bChina\s?[-–—‐]\s?$")
# "the Dialogue between China and Latin America on Governance": the event names its two sides
EVENT_BETWEEN_EN = re.compile(
    r"\b(?:dialogue|forum|seminar|symposium|conference|meeting|roundtable)\s+"
    r"(?:between|of)\s+(?:the\s+)?(?:CPC|China|Chinese parties)\s+and\s+(?:the\s+)?$", re.I)
REGION_EVENT_EN = re.compile(
    r"^(?:\s+(?!Relations\b)[A-Z][\w'’-]*)*?\s+(?:Dialogue|Forum|Seminar|Symposium|Conference|Workshop|"
    r"Roundtable|Summit|Course|Meeting|Webinar)s?\b")
CHINA_AND_ZH = re.compile(r"中国?\s?[—－\-–]?\s?$")
# (the release is read in simplified characters)
REGION_EVENT_ZH = re.compile(r"^(?:和加勒比|及加勒比)?(?:地区)?(?!关系)[^。，、,；;\s“”《》]{0,12}?"
                             r"(?:论坛|对话会|研讨会|研修班|培训班|交流会|宣介会|峰会|大会|会议)")


# Foreign ministry: the region's people a minister meets or writes to as a group (journalists of a
# press programme, scholars at a think-tank forum, students) are its actors as much as its parties
REGION_PEOPLE = (r"journalists|reporters|media|press|scholars|academics|experts|students|"
                 r"business\s+(?:leaders|people|community)|entrepreneurs|think[\s-]tanks?")
REGION_PEOPLE_AFTER_EN = re.compile(
    rf"^(?:\s+and(?:\s+the)?\s+Caribbean)?(?:\s+countries'?)?\s+(?:[\w-]+\s+)?(?:{REGION_PEOPLE})\b", re.I)
REGION_PEOPLE_BEFORE_EN = re.compile(rf"\b(?:{REGION_PEOPLE})\s+(?:from|of)\s+(?:the\s+)?$", re.I)
REGION_PEOPLE_ZH = re.compile(r"^(?:和加勒比)?(?:地区)?(?:国家|國家|各国|各國)?(?:的)?"
                              r"(?:媒体|媒體|记者|記者|新闻|新聞|学者|學者|专家|專家|智库|智庫|留学生|留學生|学生|學生|"
                              r"企业家|企業家|工商界|商界)")


def _region_people(release: Release, text: str, match: re.Match[str]) -> bool:
    """On a foreign-ministry page: the region named as its journalists, scholars, students or business
    people met or written to ("Latin American journalists", 拉美媒体记者团, 加勒比国家留学生). Named in
    the lead after one country's counterpart ("met the Chilean FM, who quoted Latin American scholars")
    they are what was talked about (see ``_first_lead_actor``)."""
    if not release.is_mfa:
        return False
    if release.zh:
        return bool(REGION_PEOPLE_ZH.match(text[match.end():match.end() + 12]))
    return bool(REGION_PEOPLE_AFTER_EN.match(text[match.end():match.end() + 60])
                or REGION_PEOPLE_BEFORE_EN.search(text[max(0, match.start() - 40):match.start()]))


# One actor of the region, not a group: "a Latin American party", "an official from Latin America",
# 一封来自拉美的贺信, 拉美一政党. The codebook's multilateral side is a regional body or actors of two or
# more countries; one party of the region is of its own country, which the page names. ("A Latin
# American party delegation" is a delegation, as a rule of several parties: still a group.)
ONE_ACTOR_BEFORE_EN = re.compile(r"\b(?:a|an|one)\s+$", re.I)
ONE_ACTOR_AFTER_EN = re.compile(r"^\s+(?:\w+\s+)?(?:political\s+)?(?:party|leader|politician|organi[sz]ation|"
                                r"friend|guest|official)\b(?!\s+(?:and|or|&|cadres|leaders|members|"
                                r"delegations?|groups?|teams?|officials|representatives|figures|activists|"
                                r"study|training|seminar|forum|conference|dialogue|meeting)\b)", re.I)
ONE_ACTOR_FROM_EN = re.compile(r"\b(?:a|an|one)\s+(?:\w+\s+)?(?:political\s+)?(?:party|leader|politician|"
                               r"organi[sz]ation|letter|message)\s+from\s+(?:the\s+)?$", re.I)
# ... unless a group follows the region: "a letter from Latin American parties", 一封来自拉美各国政党的信
GROUP_AFTER_EN = re.compile(r"^(?:\s+and(?:\s+the)?\s+Caribbean)?\s+(?:\w+\s+){0,2}?(?:parties|leaders|"
                            r"countries|states|nations|organi[sz]ations|politicians|friends|governments|"
                            r"delegations|officials|members|peoples|forces|movements)\b", re.I)
GROUP_AFTER_ZH = re.compile(r"(?:和加勒比|及加勒比)?(?:地区)?(?:各|多|\d|一些|国家|國家|"
                            r"[^，。]{0,6}?(?:代表团|代表團|考察团|考察團|访华团|訪華團|"
                            r"研修班|培训班|培訓班|干部|幹部))")
ONE_ACTOR_ZH = re.compile(r"一(?:封|位|个|個|名|家|份)(?:来自|來自)?$")
ONE_ACTOR_AFTER_ZH = re.compile(r"一(?:个|個|家)?(?:左翼)?政党")


# A headline's "<region> party delegation" over a lead that names one country's party as the guest
# ("a delegation of the Jamaica Labour Party", "Denzil Douglas, leader of the … Labour Party"): the
# delegation is that party's
PARTY_DELEGATION_AFTER_EN = re.compile(r"^\s+(?:political\s+)?party\s+delegation\b(?!s)", re.I)
# ... also where the lead names the region's "party delegation" again but gives as its head an officer
# of that one party ("met with a Caribbean party delegation led by the general secretary of the
# Grenada National Democratic Congress"): the party whose officer leads it is the delegation's
PARTY_DELEGATION_LED_EN = re.compile(r"^\s+(?:political\s+)?party\s+delegation\s+"
                                     r"(?:(?:which|that)\s+(?:is|was)\s+)?(?:led|headed)\s+by\b", re.I)


def _one_partys_delegation(release: Release) -> bool:
    """Does the lead name parties of one country only, and not the region's delegation again ("met a
    Latin American party delegation" keeps the group, as does one "that included cadres of" a party)
    unless as one "led by" that party's officer? Then a headline's "Caribbean party delegation" is
    that party's, not a group of the region's parties."""
    lead = release.lead()
    if any(not PARTY_DELEGATION_LED_EN.match(lead[match.end():])
           for pattern in region_patterns(release) for match in pattern.finditer(lead)):
        return False
    named = [m for m in release.of(LAC_PARTY, zones=("lead",)) if m.where == "text"]
    return len({_country_of(m) for m in named}) == 1


# The lead naming the headline's group as one country's: "political parties of Mexico", "parties from
# Chile", "Mexico's parties", "Mexican political parties", 墨西哥各政党 (read at a country's mention)
ONE_COUNTRY_GROUP_BEFORE_EN = re.compile(r"\b(?:political\s+)?(?:parties|party\s+leaders|politicians)\s+"
                                         r"(?:of|from|in)\s+(?:the\s+)?$", re.I)
ONE_COUNTRY_GROUP_AFTER_EN = re.compile(r"^(?:['’]s)?\s+(?:\w+\s+)?(?:political\s+)?"
                                        r"(?:parties|party\s+leaders|politicians)\b", re.I)
ONE_COUNTRY_GROUP_AFTER_ZH = re.compile(r"^(?:的)?(?:各|主要|多个|多個)?(?:政党|政黨)")


def _lead_names_one_countrys_group(release: Release) -> bool:
    """Does the lead name the page's counterparts as the parties of one LAC country ("a briefing for
    political parties of Mexico, including the PRI and MORENA") and no actor of another LAC country
    nor the region? Then a headline's "Latin American parties" describes that country's parties by
    their region (an agency's headline word), and the exchange is with one country's actors (codebook,
    country: multilateral is actors of two or more LAC countries or a regional body)."""
    lead_start = release.layout.lead_start
    lead = release.lead()
    if any(pattern.search(lead) for pattern in region_patterns(release)):
        return False
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead",)) if m.where == "text"]
    if len({_country_of(m) for m in named}) != 1:
        return False
    text = release.layout.clean
    for m in named:
        if m.label != LAC_COUNTRY:
            continue
        if release.zh:
            if ONE_COUNTRY_GROUP_AFTER_ZH.match(text, m.end):
                return True
        elif (ONE_COUNTRY_GROUP_BEFORE_EN.search(text, max(lead_start, m.start - 40), m.start)
              or ONE_COUNTRY_GROUP_AFTER_EN.match(text[m.end:m.end + 40])):
            return True
    return False


def _one_actor(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region named here stand for one actor of it (``ONE_ACTOR_*``), or, in the headline,
    for one country's parties the lead names as such (``_lead_names_one_countrys_group``)?"""
    if text is release.title and _lead_names_one_countrys_group(release):
        return True
    before = text[max(0, match.start() - 40):match.start()]
    delegation = (PARTY_DELEGATION_AFTER_EN if text is release.title else PARTY_DELEGATION_LED_EN).match(
        text[match.end():])
    if not release.zh and delegation and _one_partys_delegation(release):
        return True
    if release.zh:
        if GROUP_AFTER_ZH.match(text, match.end()):
            return False
        return bool(ONE_ACTOR_ZH.search(before) or ONE_ACTOR_AFTER_ZH.match(text, match.end()))
    if GROUP_AFTER_EN.match(text[match.end():]):
        return False
    if ONE_ACTOR_FROM_EN.search(before):
        return True
    # a headline drops its articles: "Latin American Party Sends Letter to IDCPC" is one party
    one = text is release.title or ONE_ACTOR_BEFORE_EN.search(before)
    return bool(one and ONE_ACTOR_AFTER_EN.match(text[match.end():]))


# "from Caribbean nation", "the Latin American country's ruling party": one country of the region
ONE_COUNTRY_AFTER_EN = re.compile(r"\s+(?:island\s+)?(?:nation|country|state|island)\b(?!s)", re.I)


def _named_for_china_and_region(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region named here stand in an event's name for China and the region ("China-LAC
    Dialogue on Governance", "the Dialogue between China and Latin America on Governance",
    中拉治国理政交流研讨会, 中国—中美洲政党对话会)? The event's participants from the region are its LAC
    side; "China-Latin America relations" (中拉关系) is a topic, no event. (Party pages.)"""
    if release.zh:
        return bool(REGION_EVENT_ZH.match(text[match.end():match.end() + 24]) and (
            match.group() == "中拉" or CHINA_AND_ZH.search(text[max(0, match.start() - 4):match.start()])))
    return bool((CHINA_AND_EN.search(text[max(0, match.start() - 8):match.start()])
                 and REGION_EVENT_EN.match(text[match.end():match.end() + 80]))
                or EVENT_BETWEEN_EN.search(text[max(0, match.start() - 60):match.start()]))


def _region_actors(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region named here stand for the exchange's actors (not for its topic, nor for one
    actor of it)? On a party page, not when a singular "nation" or "country" follows either: that is
    one country of the region; nor when words describe one actor by the region ("the FMLN, one of
    the main left-wing parties in Central America", 拉美左翼政党之一的…). On a party page an event
    named for China and the region has the region as its actors."""
    if _one_actor(release, text, match):
        return False
    party = not release.is_mfa
    if party and not release.zh and ONE_COUNTRY_AFTER_EN.match(text, match.end()):
        return False
    if release.zh:
        after = text[match.end():match.end() + 12]
        actors = REGION_ACTORS_ZH.match(after) or (REGION_ACTORS_ZH_PARTY.match(after) if party else None)
        if party and actors and ONE_OF_ZH.match(text, match.end() + actors.end()):
            return False  # 拉美左翼政党之一的法马阵线: one party described by the region
        if TOPIC_NOUN_AFTER_ZH.match(text, match.end() + (actors.end() if actors else _region_suffix(after))):
            # 拉美地区政党工作座谈会: the CPC's own work on the region's parties, a topic; so is the region
            # itself as the head's qualifier (拉美形势, 拉丁美洲研究所 after 来自: a Chinese institute)
            return False
        return bool(actors or REGION_ACTORS_BEFORE_ZH.search(text[max(0, match.start() - 12):match.start()])
                    or (party and _named_for_china_and_region(release, text, match)))
    if party and RELATION_WITH_BEFORE_EN.search(text, max(0, match.start() - 80), match.start()):
        return False  # "PDP-Laban, which has relations with parties in Latin America": said of a side
    if not REGION_BY_CONTEXT_EN.fullmatch(match.group()):
        return True  # "LAC countries", "Caribbean states": actors by their own words
    after, before = text[match.end():match.end() + 60], text[max(0, match.start() - 80):match.start()]
    if party and TOPIC_OF_BEFORE_EN.search(before):
        return False  # "a book on the development of political parties in Latin America": a topic
    if party and PREPOSITION_NEXT_EN.match(after):
        after = ""  # "a seminar on relations between China and Latin America with Chinese scholars"
    actors_after = REGION_ACTORS_AFTER_EN.match(after)
    if party and not actors_after and ONE_DESCRIBED_EN.search(before):
        return False  # "the FMLN, one of the main left-wing parties in Central America": one party described
    return bool(actors_after or REGION_ACTORS_BEFORE_EN.search(before)
                or (party and (REGION_ACTORS_AFTER_EN_PARTY.match(after)
                               or REGION_ACTORS_BEFORE_EN_PARTY.search(before)
                               or REGION_GROUPS_BEFORE_EN_PARTY.search(before)
                               or _named_for_china_and_region(release, text, match))))


# "met the Cuban ambassador and other ambassadors of Latin American countries", 古巴外长等拉美国家外长,
# 古巴驻华大使及其他拉美国家驻华大使: the one country's official is one of the group met
OTHERS_BEFORE = re.compile(r"\b(?:and|with|as well as)\s+(?:the\s+)?other\s+$|"
                           r"(?:等|及其他|和其他|以及其他)$", re.I)


def regional_cues(release: Release) -> list[Span]:
    """Mentions of LAC-wide platforms or of the region itself as the exchange's actors, in the
    title and lead (a region that is only a topic is no counterpart). On a foreign-ministry page,
    also the envoys, ministers or leaders of a LAC region's states met as a group ("ambassadors of
    Central American countries", 加勒比建交国外长, ``group_of_states``): actors of several LAC
    countries (country rule: multilateral), also after one country's official named as one of them
    ("the Cuban ambassador and other ambassadors of …", 古巴外长等拉美国家外长); and a gathering named
    for China and the region (``china_region_event``)."""
    out = [m.span() for m in release.of(PLATFORM, zones=FOCUS) if m.entry.mechanism == "regional"]
    # a LAC-wide organisation (organisations.json, country null: CLACSO, a continental students' or
    # trade-union body) is the region's actor as a regional platform is
    out += [m.span() for m in release.of(LAC_ORG, zones=FOCUS)
            if isinstance(m.entry, Organisation) and m.entry.country is None]
    # on a foreign-ministry page the region's words inside a platform's name ("the Community of Latin
    # American and Caribbean States") are that platform, read with it (as its rotating chair's office)
    named = [(s.where, s.start, s.end) for s in out] if release.is_mfa else []
    for where, text, offset in (("title", release.title, 0),
                                ("text", release.lead(), release.layout.lead_start)):
        for pattern in region_patterns(release):
            for match in pattern.finditer(text):
                start, end = offset + match.start(), offset + match.end()
                if any(w == where and a <= start and end <= b for w, a, b in named) or posted_there(
                        release, where, start, end):
                    continue
                if _region_actors(release, text, match) or (
                        _region_people(release, text, match)
                        and (where == "title" or start < _first_lead_actor(release))):
                    out.append(Span(start, end, match.group(), where))
        if release.is_mfa:
            out.extend(Span(offset + m.start(), offset + m.end(), m.group(), where)
                       for m in cues.pattern("group_of_states").finditer(text)
                       if (where == "title" or offset + m.start() < _first_lead_actor(release)
                           or OTHERS_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                       and not posted_there(release, where, offset + m.start(), offset + m.end()))
            # a gathering named for China and the region ("China-Caribbean Foreign Ministers' Meeting",
            # 中拉…外长视频会议): the region's states are its LAC side, whoever hosts or co-chairs it
            out.extend(Span(offset + m.start(), offset + m.end(), m.group(), where)
                       for m in cues.pattern("china_region_event").finditer(text))
    return out


# A headline naming one country's official as one of a group ("Meets with Cuban Ambassador and Other
# Ambassadors", 会见古巴驻华大使等使节): the group is the counterpart, and the lead says whose it is
OTHERS_IN_TITLE = re.compile(
    r"\b(?:and|with)\s+(?:the\s+)?other\s+(?:[\w-]+\s+){0,2}?(?:ambassadors|envoys|diplomats|leaders|"
    r"(?:foreign\s+)?ministers|heads|presidents|prime\s+ministers|officials|representatives|delegates)\b|"
    r"等(?:国家|国)?(?:驻华)?(?:使节|大使|外长|外交部长|领导人|元首|总统|总理|代表|官员)", re.I)


def _others_in_title(release: Release) -> bool:
    """Does a foreign-ministry headline name its counterpart as one official and others of his kind
    ("Hua Chunying Meets with Cuban Ambassador and Other Ambassadors")? Then the region's group the
    lead names ("… and other ambassadors of Latin American and Caribbean countries", ``_named_group_met``)
    is the headline's counterpart as much as a region named in the headline would be; the region's
    bare name ("discussed cooperation with Latin American countries") is not."""
    return release.is_mfa and OTHERS_IN_TITLE.search(release.title) is not None


def _named_group_met(release: Release, regional: list[Span]) -> bool:
    """Is one of the page's regional cues a named LAC side: the region's officials as a group
    ("leaders of Caribbean countries", 加勒比建交国领导人: ``group_of_states``), a regional platform
    (CELAC, the China-LAC Think Tank Forum) or a gathering named for China and the region
    (``china_region_event``)? Beside a LAC country named only as the place ("met leaders of Caribbean
    countries in Port of Spain, Trinidad and Tobago", "a letter to the China-LAC Think Tank Forum held in
    Montevideo, Uruguay") they are the counterpart: a place is no actor. The region's bare name as a
    topic ("discussed cooperation with Caribbean countries") leaves the place's country, whose
    officials were met. (Foreign ministry.)"""
    if not release.is_mfa:
        return False
    platforms = {(m.where, m.start) for m in release.of(PLATFORM, zones=FOCUS)
                 if m.entry.mechanism == "regional"}
    named = (cues.pattern("group_of_states"), cues.pattern("china_region_event"))
    return any((span.where, span.start) in platforms or any(p.fullmatch(span.text) for p in named)
               for span in regional)


def _first_lead_actor(release: Release) -> int:
    """Where the lead first names one LAC country's actor (not a place). A group of the region's
    envoys, ministers or scholars named after it ("met the Jamaican FM, who briefed her on a meeting of
    Caribbean foreign ministers") is what was talked about, not who was met; named first ("met
    ambassadors of Central American countries, including Costa Rica's"), it is the counterpart."""
    starts = [m.start for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead",))
              if m.where == "text" and not is_venue(release, m)]
    return min(starts, default=len(release.layout.clean))


# A headline that quotes what someone said: the speaker before a colon ("Liu Jianchao: CPC ready to …",
# 刘建超：…), the speaker after it ("CPC ready to deepen exchanges with …: official"), or a speech verb
SPEAKER_FIRST_EN = re.compile(r"^[^:]{2,40}:\s")
# "…: official", "…, says senior official": the speaker after the words said
SPEAKER_LAST_EN = re.compile(r"(?::|,\s*(?:says|said))\s*(?:[\w'’.-]+\s*){1,4}$")
SPEAKER_FIRST_ZH = re.compile(r"^[^:：]{2,20}[:：]")
RUBRIC = re.compile(r"^\s*(?:feature|interview|spotlight|roundup|commentary|(?:news )?analysis|profile|"
                    r"update|exclusive|backgrounder|factbox|highlights|china focus|across china|yearender|"
                    r"xinhua headlines|in pics|专访|特写|综述|新华视点|通讯|评论|观察|快讯)\s*[:：]\s*", re.I)


def quoted_in_title(release: Release, span: Span) -> bool:
    """Does a headline name the region inside what someone said ("刘建超：中国共产党愿同拉美
    国家政党加强交流", "CPC ready to deepen exchanges with Latin American parties: official", a foreign
    ministry's "Xi Jinping: China Is Ready to Work with Latin American and Caribbean Countries",
    王毅：中方愿同加勒比国家深化合作)? The region there is what the speaker spoke of; the exchange is
    the meeting the lead reports (the headline picks the exchange, and a quote is no counterpart)."""
    if span.where != "title":
        return False
    title = release.title
    if RUBRIC.match(title):  # "Feature: …", 特写：…: a column's name, not a speaker
        title = RUBRIC.sub(lambda m: " " * len(m.group()), title, count=1)
    if release.zh:
        first = SPEAKER_FIRST_ZH.match(title)
        return bool(first and span.start >= first.end()) or in_what_was_said(title, span.start)
    first, last = SPEAKER_FIRST_EN.match(title), SPEAKER_LAST_EN.search(title)
    return (bool(first and span.start >= first.end()) or bool(last and span.end <= last.start())
            or in_what_was_said(title, span.start))


# What talks were about: "exchanged views on the situation of the Latin American left", "discussed
# cooperation between China and Caribbean countries", 双方就拉美左翼力量发展形势交换了意见
TOPIC_BEFORE_EN = re.compile(r"\b(?:exchanged (?:\w+ ){0,2}(?:views|opinions|ideas)|discuss(?:ed|es|ing)?|"
                             r"talked about|spoke about|focused on|briefed (?:\w+ ){1,4}on)\b"
                             r"(?P<between>[^.;]{0,80})$", re.I)
TOPIC_BEFORE_ZH = re.compile(r"就[^。，；同与與向]{0,30}$")
TOPIC_AFTER_ZH = re.compile(r"[^。；]{0,40}?(?:交换|交流|讨论|研讨|探讨|沟通|看法|意见|磋商)")


def topic_of_talks(release: Release, span: Span) -> bool:
    """Is a lead's mention of the region (or of a regional platform) what the two sides talked
    about ("They exchanged views on the situation of the Latin American left", 双方就拉美…形势交换
    意见)? A topic is no counterpart; the actors met are named elsewhere. Not when "with" comes
    between the talk and the region ("discussed … with leaders of Caribbean countries"): those are
    who took part (同, 与, 向 between 就 and the region in Chinese)."""
    if release.is_mfa or span.where != "text":
        return False
    text = release.layout.clean
    left, _ = sentence_at(text, span.start)
    if release.zh:
        return bool(TOPIC_BEFORE_ZH.search(text, left, span.start) and TOPIC_AFTER_ZH.match(text, span.end))
    before = TOPIC_BEFORE_EN.search(text, left, span.start)
    return before is not None and re.search(r"\bwith\b", before.group("between")) is None


# What two sides talked about, in a headline's present tense too ("Exchange Views on"); not what one
# side briefed on: a briefing on a trip is about the trip's countries, the exchange's own
TALKED_OF_EN = re.compile(r"\b(?:exchang(?:e|es|ed|ing) (?:\w+ ){0,2}(?:views|opinions|ideas)|"
                          r"discuss(?:ed|es|ing)?|talked about)\b(?P<between>[^.;]{0,80})$", re.I)


def discussed(release: Release, m: Mention) -> bool:
    """Is a LAC country what the title or lead says the two sides talked about ("Chinese FM,
    Brazilian presidential adviser discuss Venezuela", "exchanged views on the situation in
    Haiti", 双方就委内瑞拉局势交换意见)? A topic is no side of the exchange (foreign ministry, as what
    someone said is). Not with "with" between the talk and the name ("discussed cooperation with
    Cuba": who may have taken part), nor a relation of China's ("China-Brazil ties", 中巴关系): the
    counterpart's own country is named so."""
    if m.label != LAC_COUNTRY:
        return False
    source = release.title if m.where == "title" else release.layout.clean
    left, _ = sentence_at(source, m.start)
    if release.zh:
        return bool(TOPIC_BEFORE_ZH.search(source, left, m.start) and TOPIC_AFTER_ZH.match(source, m.end)
                    and source[max(left, m.start - 1):m.start] != "中")
    before = TALKED_OF_EN.search(source, left, m.start)
    return (before is not None and re.search(r"\bwith\b", before.group("between")) is None
            and CHINA_AND_EN.search(source, left, m.start) is None)


SAID_PARTICIPLE = re.compile(r"\b(?:saying|noting|stressing|adding|expressing|pointing out)\b")


def _said_in_participle(release: Release, span: Span) -> bool:
    """Is a lead's mention of the region in what the speaker said in a participle clause ("met with
    Mark Golding …, saying China stands ready to work with Caribbean countries", "noting that …"),
    with no meeting clause between them? (Party pages; the shared speech verbs are finite ones.)"""
    if release.zh or release.is_mfa:
        return False
    text = release.layout.clean
    left, _ = sentence_at(text, span.start)
    ends = [m.end() for m in SAID_PARTICIPLE.finditer(text, left, span.start)]
    return bool(ends) and not MEETING_CLAUSE.search(text, ends[-1], span.start)


# Reported speech that puts the words first: "<what was said>, a senior CPC official said …"
# the speaker may be named at length: "a senior official of the Communist Party of China (CPC) said"
SPEAKER_AFTER_EN = re.compile(r"^[^.,;]*,\s+(?!(?:and|but|when|where|while|which|who)\b)"
                              r"(?:[\w'’()-]+\s+){1,12}(?:said|says|told)\b")


def _said_before_speaker(release: Release, span: Span) -> bool:
    """Is a lead's mention of the region inside words the sentence then gives to a speaker ("The
    CPC is ready to deepen exchanges with parties of Latin American countries, a senior CPC official
    said … when meeting with a delegation of Argentina's Justicialist Party")? Only where nothing
    before it in the sentence reports a meeting (then the region may be who was met)."""
    if release.zh or release.is_mfa:
        return False
    text = release.layout.clean
    left, right = sentence_at(text, span.start)
    if MEETING_CLAUSE.search(text, left, span.start):
        return False
    return SPEAKER_AFTER_EN.match(text[span.end:right]) is not None


CAME_FOR_EN = re.compile(r"\b(?:(?:is|are|was|were) (?:here|in [A-Z][a-z]+) (?:for|to attend)|"
                         r"in [A-Z][a-z]+ for|here (?:for|to attend)|"
                         r"(?:who|which) (?:is|are|was|were) attending|attending|"
                         r"(?:delegates?|participants?) (?:to|at|in)|"
                         r"on the (?:sidelines|margins?) of|during)\b"
                         r"[^.;]{0,40}$", re.IGNORECASE)
# the gathering right after a word of time: "… ahead of China-Caribbean Foreign Ministers' Meeting"
TIME_OF_EN = re.compile(r"\b(?:ahead of|on the eve of|in preparation for|prior to|before|after|following)\s+"
                        r"(?:the\s+)?(?:[\w'’]+[\s-]+){0,3}$", re.IGNORECASE)
# the gathering named as the place of a meeting: "Meets with Chilean Minister at China-LAC Business
# Summit", "met … at the 16th China-LAC Business Summit in Chongqing", 在…峰会上会见
MET_AT_EN = re.compile(r"\b(?:meets?|met|meeting|talks)\b[^.;]{0,80}\bat\s+(?:the\s+)?(?:\w+\s+)?$",
                       re.IGNORECASE)
MET_AT_ZH_BEFORE = re.compile(r"在$")
# the gathering attended before the meeting the same clause reports: "Attends China-Caribbean Foreign
# Ministers' Meeting and Meets Jamaican FM", 出席…外长会并会见牙买加外长 (the meeting on its sidelines)
ATTENDED_BEFORE_EN = re.compile(r"\battend(?:s|ed|ing)?\b[^.;]{0,40}$", re.IGNORECASE)
THEN_MET_EN = re.compile(r"^[^.;,]{0,40}?\s+and\s+(?:meets?|met|holds?\s+talks|held\s+talks)\b",
                         re.IGNORECASE)
THEN_MET_ZH = re.compile(r"^[^。，,；;]{0,30}?(?:并|並|后|後|时|時)[^。，,]{0,10}(?:会见|會見|会晤|會晤)")
MET_AT_ZH_AFTER = re.compile(r"^[^。，,]{0,30}(?:上|期间|期間)(?:会见|會見|会晤|會晤|同|与|與)")
CAME_FOR_ZH = re.compile(r"(?:来华|來華|赴华|赴華)?(?:出席|参加|參加)[^。，,]{0,30}$")
CAME_FOR_AFTER_ZH = re.compile(r"^[^。，,]{0,30}(?:的|期间|期間)")


def _came_for(release: Release, span: Span) -> bool:
    """A platform named as what the counterpart came for: "X, who is in China for the … Forum",
    来华出席…论坛的古巴外长; or as the time of the exchange ("Wang Yi Holds Talks with Guyanese FM
    ahead of China-Caribbean Foreign Ministers' Meeting", "… after the summit"); or as the place of
    the meeting ("met the Chilean minister at the China-LAC Business Summit", 在…峰会上会见), or as the
    one attended before the meeting the clause then reports ("Attends … Meeting and Meets Jamaican
    FM", 出席…外长会并会见…): the gathering dates or places the one-country exchange, it is not its
    counterpart."""
    source = release.title if span.where == "title" else release.layout.clean
    before = source[max(0, span.start - 60):span.start]
    wider = source[max(0, span.start - 120):span.start]
    if release.zh:
        after = source[span.end:span.end + 31]
        if MET_AT_ZH_BEFORE.search(before) and MET_AT_ZH_AFTER.match(after):
            return True
        if CAME_FOR_ZH.search(before) and THEN_MET_ZH.match(after):
            return True
        return bool(CAME_FOR_AFTER_ZH.match(after) and (CAME_FOR_ZH.search(before) or re.match(
            r"^[^。，,]{0,30}(?:期间|期間)", after)))
    if ATTENDED_BEFORE_EN.search(before) and THEN_MET_EN.match(source[span.end:span.end + 80]):
        return True
    return bool(CAME_FOR_EN.search(before) or TIME_OF_EN.search(before) or MET_AT_EN.search(wider))


# A platform named as one country's office in it: 拉共体轮值主席国洪都拉斯, "CELAC pro tempore president",
# "which holds the rotating presidency of CELAC".
CHAIR_EN = re.compile(r"^\W{0,3}(?:'s\s+)?(?:(?:pro tempore|rotating|current)\s+)?"
                      r"(?:president|presidency|chair|chairman|chairmanship|chairperson)\b", re.I)
# "pro tempore president of CELAC": a bare "president of" is a body's own officer (COPPPAL's), so only
# with the words of a member's turn in office
CHAIR_BEFORE_EN = re.compile(r"(?:(?:pro tempore|rotating|current)\s+)?"
                             r"(?:presidency|chair|chairman|chairmanship|chairperson)\s+of\s+(?:the\s+)?$|"
                             r"(?:pro tempore|rotating)\s+president\s+of\s+(?:the\s+)?$",
                             re.I)
CHAIR_ZH = re.compile(r"^(?:的)?(?:轮值主席|輪值主席)")


ROTATION_EN = re.compile(r"pro tempore|rotating|current|presidency|chairmanship", re.I)


def _chair_of(release: Release, span: Span) -> bool:
    """A platform named as an office its counterpart's country holds (the rotating chair of CELAC):
    the counterpart is that country's actor, not the platform. A bare "President" or "Chair" of a
    body whose members elect its head (``elected_head`` in platforms.json: "COPPPAL President
    Alejandro Moreno", also his own party's leader) is the body's officer: the LAC side is the
    regional body (country rule), unless the words say it is a member's turn in office."""
    source = release.title if span.where == "title" else release.layout.clean
    after = source[span.end:span.end + 40]
    if release.zh:
        return bool(CHAIR_ZH.match(after))
    office = CHAIR_EN.match(after) or CHAIR_BEFORE_EN.search(source[max(0, span.start - 50):span.start])
    if office is None:
        return False
    return bool(ROTATION_EN.search(office.group())) or not _elected_head(release, span)


def _elected_head(release: Release, span: Span) -> bool:
    """Is the platform named at ``span`` a body whose members elect its head?"""
    elected = release.gazetteer.__dict__.get("_dipex_elected_head")
    if elected is None:
        elected = {e["id"] for e in release.gazetteer.raw["platforms"]["entries"]
                   if isinstance(e, dict) and e.get("elected_head")}
        release.gazetteer.__dict__["_dipex_elected_head"] = elected
    return any(m.entry is not None and m.entry.id in elected for m in release.of(PLATFORM)
               if m.where == span.where and m.start == span.start)


# The events of a worldwide platform, and a group that came for one (codebook: global "also a side
# meeting with a group that came for one": "met with a study group of party cadres from developing
# countries")
WORLDWIDE_EVENT_CUES = (*EVENT_CUES, "group_counterpart")


def is_worldwide_event(release: Release, gathering: bool = False) -> bool:
    """Does the title or lead report an event of parties from around the world (a global platform,
    or a seminar, forum … of "parties from over 50 countries"), or a group that came for one? A
    headline that names such an event for the region's actors ("webinar for Latin American party
    leaders", 拉美国家政党干部研修班) and nothing worldwide reports a LAC-wide event: a count of
    countries in its lead ("participants from 15 countries") is the region's. ``gathering``: the
    event type step already found the page's exchange to be an event of many (an online meeting of
    many parties is the seminar or briefing it is, codebook rule 3, though its words are a video
    conference's), so no event word is needed."""
    if release.is_mfa:
        return False
    focus = release.focus_text()
    if any(m.entry.mechanism == "global" for m in release.of(PLATFORM, zones=FOCUS)):
        return True
    worldwide = cues.pattern("worldwide")
    if _regional_event_headline(release) and not any(
            not _of_the_region(release.title, m) for m in worldwide.finditer(release.title)):
        return False
    return any(not _of_the_region(focus, m) for m in worldwide.finditer(focus)) and (gathering or any(
        cues.pattern(cue).search(focus) for cue in WORLDWIDE_EVENT_CUES))


LIST_SEPARATOR = re.compile(r"\s*(?:,|、|，|和|及|与|與|以及|,?\s*and)\s*(?:the\s+)?")


def listed_with_outsiders(release: Release) -> bool:
    """Does the title or lead of an event (course, seminar, forum, dialogue, briefing, or a group
    that came for one) list a LAC country or party side by side with a country, region or party
    outside LAC ("participants from Cuba, Brazil, Vietnam and Laos", 来自古巴、越南、老挝、巴西的政党代表)?
    Its participants are then not the region's alone: a worldwide event (mechanism: global)."""
    if release.is_mfa:
        return False
    focus = release.focus_text()
    if not any(cues.pattern(cue).search(focus) for cue in WORLDWIDE_EVENT_CUES):
        return False
    outside = names_elsewhere(release, FOCUS)
    if not outside:
        return False
    lac = release.of(LAC_COUNTRY, LAC_PARTY, zones=FOCUS)
    for a in lac:
        for b in outside:
            if a.where != b.where:
                continue
            source = release.title if a.where == "title" else release.layout.clean
            first, second = (a, b) if a.start < b.start else (b, a)
            if LIST_SEPARATOR.fullmatch(source[first.end:second.start]):
                return True
    return False


def _regional_event_headline(release: Release) -> bool:
    """Does the headline name an event (course, seminar, forum, dialogue, briefing) together with a
    LAC-wide platform or the region as its actors?"""
    title = release.title
    if not any(cues.pattern(cue).search(title) for cue in EVENT_CUES):
        return False
    if any(m.where == "title" and m.entry.mechanism == "regional" for m in release.of(PLATFORM)):
        return True
    return any(_region_actors(release, title, match)
               for pattern in region_patterns(release) for match in pattern.finditer(title))


REGION_NEAR = re.compile(r"Latin America|Caribbean|\bLAC\b|South America|Central America|\bof the region\b|"
                         r"\bthe region's\b|拉美|拉丁美洲|加勒比|南美|中美洲|本地区|该地区")
OTHER_CONTINENT = re.compile(r"\b(?:Asia|Africa|Europe|Oceania|the Middle East)|"
                             r"亚洲|非洲|欧洲|大洋洲|中东|亚非")


BARE_COUNT = re.compile(r"(?:from|of)\b|来自", re.IGNORECASE)


def _of_the_region(text: str, match: re.Match[str]) -> bool:
    """Is a count of parties or countries one of the region's ("over 40 parties from 25 countries of
    Latin America", 拉美和加勒比地区20多个国家的政党)? Then the event is LAC-wide, not worldwide. The
    region named beside other continents ("parties from Asia, Africa and Latin America") is one of
    the world's regions at the event, not the event's whole. A bare count of countries ("The 20
    young leaders come from 8 countries", 成员来自8个国家) says where the members of a group come from,
    a group the sentence before it names (the headline, or the lead's first sentence: "a delegation of
    young Latin American political leaders"): the region is read there too."""
    start, end = max(0, match.start() - 60), min(len(text), match.end() + 40)
    if BARE_COUNT.match(match.group()):
        own = sentence_at(text, match.start())[0]
        if own > 0:
            start = min(start, sentence_at(text, own - 1)[0])
    return bool(REGION_NEAR.search(text, start, end)) and not OTHER_CONTINENT.search(text, start, end)


def worldwide_event(release: Release) -> list[Mention]:
    """LAC parties and organisations named early in the report of a worldwide event of parties
    whose headline names no LAC actor: the LAC participants of a global platform. A headline that
    names a worldwide platform by name with a LAC party at it ("Brazil's Workers' Party joins CPC
    at BRICS Political Parties Forum") reports that platform too; one that reports a meeting with
    the LAC party on its sidelines does not. A LAC city or country the headline names as the place
    ("Seminar of World Political Parties Held in Mexico City") is no actor."""
    if release.is_mfa:
        return []
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG) if m.where == "title"]
    if named:
        if cues.pattern("headline_meeting").search(release.title):
            return []  # a meeting, also one held where the event was ("Meets … in Havana")
        platform_in_title = any(m.where == "title" and m.entry.mechanism == "global"
                                for m in release.of(PLATFORM))
        if not platform_in_title and any(not is_venue(release, m) for m in named):
            return []
    if not is_worldwide_event(release):
        return []
    zones = ("title", "lead", "early")
    found = [m for m in release.of(LAC_PARTY, LAC_ORG, zones=zones)]
    # with no party or organisation named, the LAC countries whose people took part ("scholars from
    # China, Russia, India, Brazil and South Africa"): participants of the platform too, not one
    # country's bilateral exchange; a country named as the place is no participant
    return found or [m for m in release.of(LAC_COUNTRY, zones=zones) if not is_venue(release, m)]


FOREIGN_KINDS = frozenset({"country", "region", "party"})
# Demonyms that are also language or community words in LAC news (Spanish-speaking, the French
# Caribbean, British colonies), so the look-alikes leave them out: before an office ("French
# President", in an agency headline "French president", also with a portfolio between: "Indian
# Environment Minister") they name a counterpart outside LAC
LANGUAGE_DEMONYM = re.compile(
    r"\b(?:Spanish|Portuguese|French|British|Dutch|Indian|(?<!Latin )(?<!South )(?<!Central )(?<!North )"
    r"American|U\.S\.|US)\s+(?:(?:Environment|Trade|Finance|Defen[cs]e|Commerce|Economy|Agriculture|Health|"
    r"Education|Culture|Energy|Interior|Home|Justice|Labou?r)\s+)?"
    r"(?i:President|Prime Minister|PM|Premier|King|Queen|Foreign Minister|FM|Chancellor|Vice President|"
    r"Minister|Secretary of State|counterpart|leader)\b")


def names_elsewhere(release: Release, zones: tuple[str, ...]) -> list[Mention]:
    """Countries, regions and parties outside LAC and China (the gazetteer's look-alikes) named in
    these zones."""
    gaz = release.gazetteer
    out = []
    for m in release.mentions:
        if m.label == LOOKALIKE and m.zone in zones and m.ids:
            entry = gaz.get(m.ids[0])
            if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
                out.append(m)
    return out


def outside_counterpart(release: Release, zones: tuple[str, ...]) -> bool:
    """Do these zones name an actor outside LAC: a country, region or party outside LAC (the
    gazetteer's look-alikes), a demonym that is also a language word before an office ("French
    President"), or an official of a worldwide organisation ("UN Secretary-General", "IMF Managing
    Director", ``world_org_official``)? Such an actor met in a LAC city, or beside LAC names, makes
    those names places or topics (country: the LAC country "whose actors take part")."""
    if names_elsewhere(release, zones):
        return True
    passages = ([release.title] if "title" in zones else []) + ([release.lead()] if "lead" in zones else [])
    world_org = cues.pattern("world_org_official")
    return any(LANGUAGE_DEMONYM.search(text) or world_org.search(text) for text in passages)


def heads_named(release: Release) -> set[str]:
    """The countries whose head in office the title or lead names ("met with President Luiz Inacio
    Lula da Silva here", "President Lula"): that head is an actor of his country, also when the
    country itself is named only as the place."""
    found = {leader.country for leader, _ in _leaders_named(release, in_office=True)}
    day = release.anchor
    for text in (release.title, release.lead()):
        office = head_by_office(text, 0, len(text), day)
        if office is not None:
            found.add(office[0].country)
    return found


def body_counterparts(release: Release) -> list[Mention]:
    """The LAC actors of a party release whose title and lead name no counterpart at all.

    Such a headline says what happened ("Xi sends congratulatory letter", "Theory seminar held in
    Beijing") and the next sentences say with whom: the counterpart is whoever the early body
    names (codebook: the country is the one "whose actors take part", wherever the page names
    them). A title or lead that names a country or region elsewhere, or any LAC name other than a
    capital as the place, is a page about that, and this reading does not apply. Capitals are
    venues, not actors."""
    if release.is_mfa:
        return []
    # (a capital named as the place, "Havana, January 1st--A celebration …", is no actor)
    if any(not is_capital(release, m) for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM,
                                                           zones=FOCUS)):
        return []
    if names_elsewhere(release, FOCUS):
        return []
    return [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",))
            if m.where == "text" and m.start >= release.layout.lead_end and not is_capital(release, m)
            and not envoy_elsewhere(release, m) and not posted_there(release, m.where, m.start, m.end)]


SENTENCE_END = re.compile(r"[.。!?！？\n]")


def _one_exchange_headline(release: Release) -> bool:
    """A headline reporting one meeting, talks or call ("President Lula Meets with Wang Yi"): the
    page is that exchange with one country, not the trip it happened on (the codebook's several-
    country trip is a page about the trip)."""
    title = release.title
    return any(cues.pattern(cue).search(title) for cue in ONE_EXCHANGE_CUES)


ONE_EXCHANGE_CUES = ("mfa.meeting", "mfa.talks", "mfa.phone_call", "mfa.video_call")
# a foreign-ministry headline's own exchange or visit: the page reports that, not the gathering
HEADLINE_EXCHANGE_CUES = (*ONE_EXCHANGE_CUES, "mfa.message", "mfa.arrival", "mfa.state_visit",
                          "mfa.official_visit", "visit_headline")


def mfa_worldwide_gathering(release: Release) -> list[Mention]:
    """The worldwide platform (APEC, G20, BRICS, the UN) a foreign-ministry headline names when the
    page reports the gathering itself or a speech at it ("Xi Jinping Attends the 31st APEC Economic
    Leaders' Meeting", "Xi's speech at G20 Summit session", 习近平出席金砖国家领导人第十一次会晤): the
    LAC side is the LAC participants at a worldwide platform, so the country is "multilateral"
    (codebook) — also when the summit is held in a LAC city and its host presides (a place and a
    chair are not a counterpart). A headline that names an exchange or a visit of its own ("Xi
    Meets Peruvian President", "Xi arrives in Lima for APEC meeting, state visit to Peru") or a
    LAC country other than as the place reports that exchange, not the gathering; so does a page
    whose title or lead names a visit to a LAC country beside the summit (a briefing on the trip:
    the trip's rule decides)."""
    if not release.is_mfa:
        return []
    platforms = [m for m in release.of(PLATFORM) if m.where == "title" and m.entry.mechanism == "global"]
    if not platforms:
        return []
    title = release.title
    named = [cue for cue in HEADLINE_EXCHANGE_CUES if cues.pattern(cue).search(title)]
    if named and not (named == ["mfa.message"] and _message_to_gathering(release, platforms)):
        return []
    if any(not is_venue(release, m) for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG)
           if m.where == "title"):
        return []
    if trip_stops(release):
        return []
    return platforms


# the words between a headline's message and the gathering it is addressed to: "Message to the ",
# "Letter to the 15th "; 习近平向“…峰会致贺信: 向 opens the addressee, the message word follows
ADDRESSED_EN = re.compile(r"\bto\s+(?:the\s+)?(?:(?!(?:on|over|for|about|of)\b)[\w'’-]+\s+){0,4}[“\"]?$",
                          re.I)
ADDRESSED_ZH = re.compile(r"向[^，。,：:]{0,12}$")


def _message_to_gathering(release: Release, platforms: list[Mention]) -> bool:
    """Is the headline's message addressed to the worldwide gathering it names ("Xi Jinping Sends
    Congratulatory Message to the G77 and China Summit", 习近平向“77国集团和中国”峰会致贺信)? Then the
    gathering is the message's counterpart, as it is the counterpart of a speech at it: the LAC side
    is the LAC participants at a worldwide platform, multilateral, also when the summit's host
    country chairs it (a place and a chair are no counterpart)."""
    title = release.title
    message = cues.pattern("mfa.message").search(title)
    if message is None:
        return False
    for m in platforms:
        if release.zh:
            if ADDRESSED_ZH.search(title[:m.start]) and message.start() >= m.end:
                return True
        elif message.end() <= m.start and ADDRESSED_EN.search(title[message.end():m.start]):
            return True
    return False


def trip_stops(release: Release) -> set[str]:
    """The LAC countries named in the title's or lead's sentences about a trip (foreign ministry):
    "left Beijing for state visits to Spain, Argentina, Panama and Portugal" stops in two. Where
    the headline names the visit to one country ("Xi Jinping Arrives in Brasília for State Visit
    to Brazil"), a lead sentence that opens by recalling an earlier leg ("Earlier, Xi paid a state
    visit to Peru", 此前，…对秘鲁进行国事访问: the cue ``trip_leg_recalled``) gives no stop, nor do
    the other countries of a sentence that calls this visit one stop or leg of a longer trip ("the
    second stop of a trip that also takes him to Brazil and Uruguay": the cue ``trip_leg``): the
    headline picks the exchange, and the rest of the trip is its setting."""
    trip = cues.pattern("trip")
    found: list[tuple[str, str, int, int]] = []  # (country, where, sentence start, sentence end)
    for m in release.of(LAC_COUNTRY, zones=FOCUS):
        source = release.title if m.where == "title" else release.layout.clean
        left = max((e.end() for e in SENTENCE_END.finditer(source, 0, m.start)), default=0)
        edge = SENTENCE_END.search(source, m.end)
        end = edge.start() if edge else len(source)
        if trip.search(source, left, end) and not TO_CHINA.search(source, left, end):
            found.append((m.entry.id, m.where, left, end))
    in_title = {country for country, where, _, _ in found if where == "title"}
    recalled, leg = cues.pattern("trip_leg_recalled"), cues.pattern("trip_leg")
    text = release.layout.clean

    def other_leg(country: str, where: str, left: int, end: int) -> bool:
        if len(in_title) != 1 or where != "text":
            return False
        return (recalled.match(text, _skip_space(text, left)) is not None
                or (country not in in_title and leg.search(text, left, end) is not None))

    stops = {country for country, where, left, end in found if not other_leg(country, where, left, end)}
    release.extra["trip_legs"] = {country for country, where, left, end in found
                                  if other_leg(country, where, left, end)} - stops
    return stops | announced_stops(release)


def _skip_space(text: str, at: int) -> int:
    """The first position at or after ``at`` that is not white space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


# A visit named as the setting or the past of something else, not the news: "during his visit to Cuba
# and Venezuela", "Liu, who is visiting Cuba and Venezuela, met …", "a PSUV delegation, which earlier
# visited Cuba and Nicaragua, arrived in Beijing", "after visiting …", 在访问古巴、委内瑞拉期间
TRIP_SETTING_BEFORE = re.compile(r"(?:\b(?:during|while|when|amid|on|after|before|having)\s+"
                                 r"(?:(?:his|her|its|their|a|an|the)\s+)?(?:[a-z]+\s+)?"
                                 r"|\b(?:who|which|that)\b[^,.;]{0,30})$", re.I)
TRIP_SETTING_ZH = re.compile(r"期间|期間|之际|之際")


def party_trip_stops(release: Release) -> set[str]:
    """The LAC countries a party page's title or lead lists as the places one visit went to ("A CPC
    delegation visited Cuba, Nicaragua and Venezuela", 中共代表团结束对洪都拉斯、乌拉圭的访问: the cue
    ``trip_destinations``). Two of them are two stops of one trip reported as a whole, a group of
    two countries' actors (codebook: multilateral), however many more actors the page names in
    one of them. A headline that reports one meeting ("Liu Jianchao Meets Roberto Morales Ojeda",
    over "Liu was on a visit to Cuba and Venezuela") is that meeting's, and a visit named as the
    setting of something else is no trip the page reports."""
    if cues.pattern("headline_meeting").search(release.title):
        return set()
    trip = cues.pattern("trip_destinations")
    countries = release.of(LAC_COUNTRY, zones=FOCUS)
    lead = release.layout.lead_start, release.layout.lead_end
    stops: set[str] = set()
    for where, source, (low, high) in (("title", release.title, (0, len(release.title))),
                                       ("text", release.layout.clean, lead)):
        for match in trip.finditer(source, low, high):
            start, end = sentence_at(source, match.start())
            if (TRIP_SETTING_BEFORE.search(source[max(start, match.start() - 40):match.start()])
                    or TRIP_SETTING_ZH.search(source, match.start(), match.end() + 6)
                    or TO_CHINA.search(source, start, end)):
                continue  # a visit to China's other stops are no counterparts (the visitor is)
            stops |= {m.entry.id for m in countries if m.where == where
                      and match.start() <= m.start and m.end <= match.end()}
    return stops


# A visit to China has one LAC side, the visitor's: other LAC countries its sentence names ("the
# first by a Central American leader since Nicaragua …") are no stops of a trip
TO_CHINA = re.compile(r"\b(?:visits? to|trip to|arriv(?:ed|es|ing) in|in) China\b|访华|訪華|来华|來華|"
                      r"对中国进行|對中國進行|抵达(?:北京|上海|广州|深圳)|抵達(?:北京|上海|廣州|深圳)")


def announced_stops(release: Release) -> set[str]:
    """The LAC countries of the sentences right after the lead that announce a visit as the lead
    does ("At the invitation of …, X will pay a state visit to Brazil"): an announcement of a trip
    gives one such sentence per stop. The run ends at the first sentence that is not one."""
    if not release.is_mfa:
        return set()
    text = release.layout.clean
    trip, invitation = cues.pattern("trip"), cues.pattern("invitation")
    lead = (release.layout.lead_start, release.layout.lead_end)
    if not (invitation.search(text, *lead) and trip.search(text, *lead)):
        return set()
    stops: set[str] = set()
    start = release.layout.lead_end
    while start < len(text):
        while start < len(text) and text[start] in " \n\t.。":
            start += 1
        edge = SENTENCE_END.search(text, start)
        end = edge.start() if edge else len(text)
        if end <= start or not (invitation.search(text, start, end) and trip.search(text, start, end)):
            break
        stops.update(m.entry.id for m in release.of(LAC_COUNTRY)
                     if m.where == "text" and start <= m.start < end)
        start = end + 1
    return stops


# What may stand between two parties of one list: a person's office and name, then a separator
# ("智利社会党主席巴韦、智利共产党…", "the PT of Brazil, the Broad Front of Uruguay and …")
LIST_GAP = re.compile(r"[^。；;.!?！？\n]{0,16}?(?:、|，|,|和|与|與|及|\band\b)[^。；;.!?！？\n]{0,5}")


def listed_countries(release: Release) -> set[str]:
    """The countries of the LAC parties one sentence of the lead lists together ("A、B和C分别致函…",
    "the PT, the Broad Front of Uruguay and the Justicialist Party"): the parties of one list are
    one side of the exchange, so two countries among them are a group of two countries' actors
    (multilateral), however many parties each has."""
    text = release.layout.clean
    parties = sorted((m for m in release.of(LAC_PARTY, zones=("lead",)) if m.where == "text"),
                     key=lambda m: m.start)
    best: set[str] = set()
    run: list[Mention] = parties[:1]
    for previous, m in zip(parties, parties[1:], strict=False):
        if LIST_GAP.fullmatch(text[previous.end:m.start]):
            run.append(m)
        else:
            run = [m]
        countries = {c for c in (_country_of(x) for x in run) if c}
        if len(countries) > len(best):
            best = countries
    return best


# A headline naming one country as the first of a group of countries (古巴等三国驻华大使, 巴西等国政党,
# "Cuban and Two Other Countries' Ambassadors", "Cuba and other countries"): the headline's
# counterpart is that group, so its one country name does not make the page that country's.
COUNTRY_AND_OTHERS_IN_TITLE = re.compile(
    r"等(?:[二两三四五六七八九十\d]+|多|几|幾|兩)?(?:个|個)?(?:国|國)|"
    r"\band\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+)?(?:countries|nations|states)\b", re.I)


def _country_of_person(release: Release, actors: dict[str, float], country_id: str, span: Span,
                       why: str) -> bool:
    """The page is bilateral with the country of a person it names with no country of his own (a
    head in office, an official of the roster); False when the gazetteer lacks that country."""
    entry = release.gazetteer.country(country_id)
    if entry is None:
        return False
    record = release.record
    release.country_id = entry.id
    release.scores = {entry.id: ZONE_WEIGHT[span.where if span.where == "title" else "lead"]}
    actors[entry.id] = release.scores[entry.id]
    record.country = entry.canonical
    record.exchange_type = "bilateral"
    record.add_evidence("country", span)
    record.notes.append(f"country: {entry.canonical}, {why}")
    return True


# Between a country's name and the name of a party of that country that it qualifies ("Venezuela's
# ruling United Socialist Party", "Cuba's Communist Party", 委内瑞拉执政党统一社会主义党): the possessive
# and the words that say which of its parties
OWN_PARTY_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:ruling|governing|opposition|main|leftist|left-wing|"
                           r"socialist|the)\s+)*|(?:执政党|執政黨|反对党|反對黨|左翼|主要)?", re.I)
OWN_PARTY_REACH = 40  # characters: a party name starts this close after the country that qualifies it


def _qualifies_own_party(release: Release, m: Mention, country: str) -> bool:
    """Is this country's name only the qualifier of a party of its own that follows it ("Venezuela's
    ruling United Socialist Party") or that it follows ("the People's Progressive Party/Civic of
    Guyana")? Then the two names are one actor, and in a page that names two
    countries' actors side by side they count once ("The Communist Party of Cuba and Venezuela's
    ruling United Socialist Party sent …" names two parties, not two Venezuelan actors)."""
    if m.label != LAC_COUNTRY:
        return False
    for other in release.of(LAC_PARTY):
        if other.where != m.where or not (m.end <= other.start <= m.end + OWN_PARTY_REACH):
            continue
        text = release.title if m.where == "title" else release.text
        if _country_of(other) == country and OWN_PARTY_GAP.fullmatch(text, m.end, other.start):
            return True
    text = release.title if m.where == "title" else release.text
    # or after it: "the People's Progressive Party/Civic of Guyana" in a list of signatures
    return any(other.where == m.where and _country_of(other) == country and other.end < m.start
               and OF_OWN_COUNTRY.fullmatch(text, other.end, m.start) for other in release.of(LAC_PARTY))


OF_OWN_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")


def step(release: Release) -> None:
    scores: dict[str, float] = {}
    focus: dict[str, float] = {}
    actors: dict[str, float] = {}  # focus evidence other than capitals (venues)
    placed: dict[str, float] = {}  # focus evidence other than venues ("in Rio de Janeiro, Brazil")
    said: dict[str, float] = {}  # foreign ministry: lead mentions inside what someone said (topics)
    first: dict[str, Mention] = {}
    title_actors: set[str] = set()  # named in the title other than as the place
    qualifiers: dict[str, float] = {}  # focus weight of country names that qualify their own party
    mentions = release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG)
    # a country named only in an opening of background, before the report of another's exchange
    setting = set() if release.is_mfa else background_mentions(release, mentions, _country_of)
    for m in mentions:
        country = _country_of(m)
        if not country or id(m) in setting or envoy_elsewhere(release, m) or posted_there(
                release, m.where, m.start, m.end):
            continue
        weight = m.weight * (1.0 if m.label == LAC_COUNTRY else COUNTERPART_COUNTRY)
        scores[country] = scores.get(country, 0.0) + weight
        if m.zone in FOCUS:
            focus[country] = focus.get(country, 0.0) + weight
            # what the two sides discussed ("exchanged views on the situation in Venezuela") is a
            # topic: no actor, as a place is none (foreign ministry)
            topic = release.is_mfa and discussed(release, m)
            if not is_capital(release, m) and not topic:
                actors[country] = actors.get(country, 0.0) + weight
            if not is_venue(release, m) and not topic:
                placed[country] = placed.get(country, 0.0) + weight
                if _qualifies_own_party(release, m, country):
                    qualifiers[country] = qualifiers.get(country, 0.0) + weight
                if m.where == "title":
                    title_actors.add(country)
            # what someone said, in the lead or in a headline quoting a speaker ("Han Zheng: China
            # Supports Venezuela and Cuba …" over a meeting with Venezuela's president): topics
            if release.is_mfa and ((m.where == "text" and in_what_was_said(release.layout.clean, m.start))
                                   or (m.where == "title" and quoted_in_title(release, m.span())) or topic):
                said[country] = said.get(country, 0.0) + weight
            if country not in first or (m.where == "title" and first[country].where != "title"):
                first[country] = m
        elif country not in first:
            first[country] = m
    release.scores = scores
    release.extra["focus_scores"] = focus
    if actors and outside_counterpart(release, FOCUS):
        # a meeting with another country's leader at a summit held in a LAC country ("met Kenyan
        # President Ruto on the sidelines of the G20 Summit in Rio de Janeiro, Brazil"), or with the
        # UN Secretary-General in Belem, Brazil: the LAC country named only as the place is no
        # counterpart (unless its head in office is named: "met with President Lula here")
        heads = heads_named(release) if any(placed.get(c, 0.0) <= 0 for c in actors) else set()
        kept = {c: w for c, w in actors.items() if placed.get(c, 0.0) > 0 or c in heads}
        release.extra["venues_only"] = bool(actors) and not kept
        actors = kept
    if not actors and scores and not release.extra.get("venues_only"):
        _leader_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        _official_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        _home_official_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        _hosts_here_in_focus(release, scores, (focus, actors, placed))
    release.extra["actor_scores"] = actors
    regional = [span for span in regional_cues(release)
                if span.where == "title" or not (in_what_was_said(release.layout.clean, span.start)
                                                 or _said_in_participle(release, span)
                                                 or _said_before_speaker(release, span)
                                                 or topic_of_talks(release, span))]
    if regional and not release.is_mfa:
        # "中国共产党同拉美和加勒比地区政党的交往日益密切。5月9日，宋涛会见乌拉圭广泛阵线…": the opening is
        # the setting, the report (and its counterpart) follows
        background = background_cues(release, regional, _text_counterparts(release)
                                     + names_elsewhere(release, ("lead", "early")))
        regional = [span for span in regional if span not in background]
    release.extra["regional_cues"] = regional
    # "刘建超：中国共产党愿同拉美国家政党加强交流" over a meeting with one party: the region is what was said
    regional = [span for span in regional if not quoted_in_title(release, span)]
    if actors or (regional and release.is_mfa and not scores and leader_named(release) is not None):
        # "meets the Cuban FM, who is in China for the China-CELAC Forum" (来华出席中拉论坛…的古巴外长):
        # the platform is why the counterpart came, not the counterpart; so too where the page names
        # no LAC country, only a head in office ("President Lula met with President Xi on the
        # sidelines of the China-CELAC Forum": Brazil's head, the forum the occasion)
        regional = [span for span in regional if not _came_for(release, span)]
    if len(actors) == 1:
        # "meets the foreign minister of Honduras, which holds CELAC's rotating presidency": one
        # country's actor in the office its country holds
        regional = [span for span in regional if not _chair_of(release, span)]
    record = release.record
    # the counterpart's country before the venue's: "LIMA, Nov. 15 -- Xi met Chilean President
    # Boric in Lima" is Chile (a capital named as the place is no actor)
    # a head in office named as the counterpart breaks a tie ("held talks with President Lula … Lula said
    # Brazil and Argentina …"): his country's actor took part
    heads = heads_named(release) if release.is_mfa and len(scores) >= 2 else set()
    # a country the title and lead name only as the place ("Wang Yi Meets Surinamese Foreign Minister
    # in Guyana", "met Bolivian President Arce in Havana, Cuba") ranks after one they name as an actor,
    # whatever the weight of its place names: a place is no actor (codebook: the country "whose
    # actors take part"), unless its head in office is named there. Among actors, the one the
    # headline names as such comes first: the headline picks the exchange ("Wang Yi Meets Argentine
    # FM in Brasilia" over a lead recalling that he is on a visit to Brazil).
    named_actor = {c for c in scores if placed.get(c, 0.0) > 0 or c in heads}
    ranked = sorted(scores, key=lambda c: (-(actors.get(c, 0.0) > 0), -(c in named_actor),
                                           -(c in title_actors), -focus.get(c, 0.0), -(c in heads),
                                           -placed.get(c, 0.0), -scores[c]))
    # the countries the title names as actors: one named there only as the place ("attends
    # China-Caribbean forum in Trinidad and Tobago") does not make the headline one country's, nor
    # does one named as the first of a group of countries (会见古巴等三国驻华大使)
    group_title = COUNTRY_AND_OTHERS_IN_TITLE.search(release.title) is not None
    in_title = set() if group_title else title_actors
    title_cue = any(s.where == "title" for s in regional) or (
        _others_in_title(release) and _named_group_met(release, [s for s in regional if s.where == "text"]))
    multilateral = False
    weak_top = not ranked or focus.get(ranked[0], 0.0) < 6 or (
        placed.get(ranked[0], 0.0) <= 0 and _named_group_met(release, regional))
    if regional and (title_cue or not in_title) and (weak_top or title_cue):
        multilateral = True
    stops = trip_stops(release) if release.is_mfa else set()
    # the other stops of a trip this visit is one leg of ("the first leg of a tour that will also take
    # him to Colombia, Peru and Chile") are its setting, not a second side (``trip_stops``)
    legs = release.extra.get("trip_legs", set()) if len(stops) == 1 else set()
    if len([c for c in ranked if c not in legs]) >= 2 and len(in_title) != 1:
        # two countries' actors side by side; a place named for where it happened is not one (unless
        # every country is named as a place: "talks in Cuba and in Venezuela", a trip of two stops)
        ranked_sides = [c for c in ranked if c not in legs]
        weights = placed if any(placed.values()) else focus
        # what the counterpart said of other countries ("Lula said Brazil and Argentina support …",
        # 希尔介绍了委同哥伦比亚、巴西关系) names topics, not a second side (foreign ministry)
        # and a country's name before its own party's ("Venezuela's ruling United Socialist Party") is
        # that one actor again
        weights = {c: weights.get(c, 0.0) - said.get(c, 0.0)
                   - (qualifiers.get(c, 0.0) if weights is placed else 0.0) for c in ranked_sides}
        top, second = sorted((weights.get(c, 0.0) for c in ranked_sides), reverse=True)[:2]
        if second >= 3 and top < 2 * second:
            multilateral = True
    if group_title and (regional or sum(1 for c in placed.values() if c > 0) >= 2):
        # the group the headline names by its first country, and the lead names a second country's
        # actor or the region's as the group (古巴驻华大使等拉美国家驻华使节): actors of two or more
        # LAC countries (multilateral)
        multilateral = True
    if release.is_mfa and not _one_exchange_headline(release) and len(stops) >= 2:
        multilateral = True
    if not release.is_mfa and len(listed_countries(release)) >= 2:
        multilateral = True
    if not release.is_mfa and len(party_trip_stops(release)) >= 2:
        multilateral = True
    participants = worldwide_event(release) or mfa_worldwide_gathering(release)
    if participants:
        release.extra["worldwide"] = [m.span() for m in participants]
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        for m in participants[:4]:
            record.add_evidence("country", m.span())
        return
    body = [] if (regional or multilateral or actors) else body_counterparts(release)
    if body:
        _code_from_body(release, body)
        return
    if multilateral and (regional or len(ranked) >= 2):
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        for span in regional[:3]:
            record.add_evidence("country", span)
        for c in ranked[:4]:
            if c in first:
                record.add_evidence("country", first[c].span())
        return
    if ranked and ranked[0] in first:  # (else a head named in a place of another country: below)
        top = _shared_demonym(release, ranked[0], first[ranked[0]])
        _bilateral(release, top, first[ranked[0]].span())
        return
    named = leader_named(release)
    if named is not None:  # "习近平致电祝贺奥尔特加再次当选总统": the head in office names the country
        leader, span = named
        if _country_of_person(release, actors, leader.country, span, f"whose head in office is named "
                                                                      f"({leader.name})"):
            release.extra["named_leader"] = span
            _parties_of_the_persons_country(release)
        return
    official = official_named(release)
    if official is not None:  # "Wang Yi Holds Talks with Mauro Vieira": the official names the country
        person, span = official
        if _country_of_person(release, actors, person.country, span,
                              f"whose official is named ({person.name}, {person.office})"):
            release.extra["named_official"] = (span, person)
            _parties_of_the_persons_country(release)


def _parties_of_the_persons_country(release: Release) -> None:
    """A party name several LAC countries' parties share, left open for want of a country
    (人民力量党主席、前总统莱昂内尔·费尔南德斯; "Political Leader of the Labour Party and Prime
    Minister Roosevelt Skerrit"), is the party of the country of the person the page names, when
    the page names no country or party outside LAC: the office is his, so the party is his
    country's (as a country written before the chain qualifies each title in it)."""
    if release.country_id is None or names_elsewhere(release, ("title", "lead", "early", "late")):
        return
    gaz = release.gazetteer
    for m in release.mentions:
        if m.label != LAC_PARTY or m.entry is not None or not m.ids:
            continue
        own = [entry for i in m.ids if isinstance(entry := gaz.get(i), Party)
               and entry.country == release.country_id]
        if len(own) == 1:
            m.entry = own[0]


def _text_counterparts(release: Release) -> list[Mention]:
    """The LAC actors the text names in its lead and early body (capitals, envoys posted elsewhere
    and places of posting are no actors)."""
    return [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead", "early"))
            if m.where == "text" and not is_capital(release, m) and not envoy_elsewhere(release, m)
            and not posted_there(release, m.where, m.start, m.end)]


def _leader_in_focus(release: Release, scores: dict[str, float],
                     tables: tuple[dict[str, float], ...]) -> None:
    """A LAC head named in the title or lead ("迪亚斯-卡内尔24日致电习近平", "Miguel Diaz-Canel sent a
    message to Xi") is the exchange's actor also where the page names his country only outside them —
    a photo caption above the lead, the dateline's capital, the body: the weight of the zone he is
    named in goes to his country (with no LAC name at all, ``leader_named`` decides in ``step``).
    So too where the page names only a place of another LAC country ("Xi Jinping Meets with Gustavo
    Petro" in Rio de Janeiro, "met in Port of Spain with Prime Minister Baldwin Spencer"): the place
    is where they met, the head his country's actor."""
    named = leader_named(release)
    if named is None:
        return
    leader, span = named
    entry = release.gazetteer.country(leader.country)
    if entry is None:
        return
    if entry.id not in scores:
        if not release.is_mfa:  # (a party page's head may be a former one: ``leader_named``)
            return
        scores[entry.id] = 0.0
    weight = ZONE_WEIGHT["title" if span.where == "title" else "lead"]
    for table in tables:
        table[entry.id] = table.get(entry.id, 0.0) + weight
    release.extra["named_leader"] = span
    release.record.add_evidence("country", span)


# A line that opens with a place and a comma: a dateline ("HAVANA, 5 March", "Brasília, 20 January 2025")
DATELINE_PLACE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[^\S\n][A-Za-zÁÉÍÓÚÑ][\w'’.-]*){0,3},")
# The rest of a name and the country after it ("… Sergei Lavrov of Russia", "… Albares, of Spain")
OF_A_PLACE_AFTER = re.compile(r"(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w'’.-]*)*,?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
# The first office-holder a lead names, with what may stand before the office ("Brazilian", "The")
HOME_OFFICE_EN = re.compile(
    r"(?:(?P<pre>(?!(?:Executive|Deputy|Vice|First)\b)[A-Z][\w'’-]*)\s+)?(?P<office>(?:(?:Executive|Deputy|Vice|First)[\s-]+)*"
    r"(?:President[ae]?|Prime Minister|Premier|Chancellor|Canciller|(?:[A-Z][\w-]*\s+){1,2}Minister|"
    r"(?:Minister|Secretary)\s+of\s+[A-Z][\w]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w]*){0,3}))"
    r",?\s+(?:(?:the\s+)?(?:Most\s+)?(?:Hon|Dr|Mr|Mrs|Ms)\.?\s+)*(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+)")


def _official_in_focus(release: Release, scores: dict[str, float],
                       tables: tuple[dict[str, float], ...]) -> None:
    """A LAC official named in the title or lead (``official_named``: "Liu Jianchao met with Foreign
    Minister Bruno Rodríguez Parrilla in Havana", "Wang Yi Meets with Alberto van Klaveren" at a
    meeting in Rio de Janeiro) is the exchange's actor where the page names a LAC country only as
    the place, as a head is (``_leader_in_focus``): the weight of his zone goes to his country. On a
    party page only where that country is named (a minister's own capital)."""
    named = official_named(release)
    if named is None:
        return
    person, span = named
    entry = release.gazetteer.country(person.country)
    if entry is None or (entry.id not in scores and not release.is_mfa):
        return
    scores.setdefault(entry.id, 0.0)
    weight = ZONE_WEIGHT["title" if span.where == "title" else "lead"]
    for table in tables:
        table[entry.id] = table.get(entry.id, 0.0) + weight
    release.extra["named_official"] = (span, person)
    release.record.add_evidence("country", span)


def _home_official_in_focus(release: Release, scores: dict[str, float],
                            tables: tuple[dict[str, float], ...]) -> None:
    """A foreign-ministry page datelined in a LAC capital ("Brasília, 20 January 2025", "Havana,
    5 March (Prensa Latina)") whose lead opens with an office-holder named by bare office ("Foreign
    Minister Mauro Vieira", "Canciller Álvaro Leyva", "Vice President Geraldo Alckmin", Mexico's
    "Secretary of Foreign Affairs Alicia Bárcena"): a dispatch
    or a government's release names its own country's officials without a demonym, so the first
    office-holder, when he is not a Chinese official, is the dateline country's actor. The lead's
    weight goes to that country. An office with a word before it ("Spanish Foreign Minister",
    "Chinese Vice President") is someone else's, and the rule does not apply."""
    if not release.is_mfa or release.zh:
        return
    text = release.layout.clean
    # the dateline, or a first line that is one ("Brasília, 20 January 2025" over the lead)
    dateline = release.layout.dateline or (0, release.layout.lead_start)
    capitals = [m for m in release.of(LAC_COUNTRY)
                if m.where == "text" and dateline[0] <= m.start < dateline[1] and is_capital(release, m)
                and DATELINE_PLACE.match(text, text.rfind("\n", 0, m.start) + 1)]
    country = _country_of(capitals[0]) if capitals else None
    if country is None or country not in scores:
        return
    lead_start = max(release.layout.lead_start, dateline[1])
    lead = text[lead_start:release.layout.lead_end]
    match = HOME_OFFICE_EN.search(lead)
    if match is None or (match.group("pre") or "The").casefold() != "the":
        return
    start, end = lead_start + match.start("office"), lead_start + match.end("name")
    if any(m.label == CN_OFFICIAL and m.where == "text" and m.start < end and start < m.end
           for m in release.mentions) or "Chin" in text[start:end]:
        return
    if OF_A_PLACE_AFTER.match(text, end):
        return  # "Foreign Minister Sergei Lavrov of Russia": the office is marked after the name
    for table in tables:
        table[country] = table.get(country, 0.0) + ZONE_WEIGHT["lead"]
    release.record.add_evidence("country", Span(start, end, text[start:end], "text"))


def _hosts_here_in_focus(release: Release, scores: dict[str, float],
                         tables: tuple[dict[str, float], ...]) -> None:
    """A party page datelined in a LAC capital ("Havana, May 22nd (IDCPC)--", 新华社拉巴斯7月2日电)
    whose lead has the CPC side meet or visit "here" (cue ``met_here``: "met here today with leaders
    of the ruling party", 在这里会见了来访的中共代表团): the hosts it met are the dateline country's
    actors, named or not (codebook: the country "whose actors take part"; a CPC delegation in a LAC
    city is a visit or a meeting there). The lead's weight goes to that country."""
    if release.is_mfa:
        return
    text = release.layout.clean
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    lead = text[lead_start:lead_end]
    if not cues.pattern("party_side").search(lead) or outside_counterpart(release, FOCUS):
        return
    dateline = release.layout.dateline
    here = cues.pattern("met_here").search(lead) if dateline is not None else None
    if here is not None and dateline is not None:
        places = [m for m in release.of(LAC_COUNTRY) if m.where == "text"
                  and dateline[0] <= m.start < dateline[1] and is_capital(release, m)]
        evidence = Span(lead_start + here.start(), lead_start + here.end(), here.group(), "text")
    else:
        # "met in Havana on May 20 with leaders of the ruling party", 在哈瓦那会见执政党领导人
        places = [m for m in release.of(LAC_COUNTRY) if m.where == "text" and lead_start <= m.start < lead_end
                  and is_capital(release, m) and _met_in(release, m)]
        evidence = places[0].span() if places else None
    countries = {_country_of(m) for m in places}
    if len(countries) != 1 or evidence is None:
        return
    country = countries.pop()
    if country is None or country not in scores:
        return
    for table in tables:
        table[country] = table.get(country, 0.0) + ZONE_WEIGHT["lead"]
    release.record.add_evidence("country", evidence)


def _met_in(release: Release, m: Mention) -> bool:
    """Is the place where the lead's meeting was held (cue ``met_in_place``)?"""
    text = release.layout.clean
    if release.zh:
        return m.start > 0 and bool(cues.pattern("met_in_place").match(text, m.start - 1))
    return bool(cues.pattern("met_in_place").search(text[max(0, m.start - 60):m.start]))


# English demonyms two countries share: the gazetteer gives them to the first, whose they usually
# are in releases ("Dominican" is the Dominican Republic's); a head of the second named in the title
# or lead says otherwise ("Dominican Prime Minister Roosevelt Skerrit" is Dominica's), and so do
# the second's own actors or name there when the first is named there only by the shared demonym
# ("Dominican Party Delegation Visits China" over "a delegation of the Dominica Labour Party").
SHARED_DEMONYMS = {"DOM": ("DMA", re.compile(r"^Dominican$"))}


def _shared_demonym(release: Release, country_id: str, mention: Mention) -> str:
    """The country a shared demonym names on this page (see ``SHARED_DEMONYMS``)."""
    other, demonym = SHARED_DEMONYMS.get(country_id, (None, None))
    if other is None or demonym is None or not demonym.match(mention.text.strip()):
        return country_id
    focus = release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=FOCUS)
    if any(_country_of(m) == other for m in focus) and not any(
            _country_of(m) == country_id and not demonym.match(m.text.strip()) for m in focus):
        return other  # "Dominican" beside the Dominica Labour Party, and no word of the Republic's
    text = f"{release.title}\n{release.lead()}"
    day = release.anchor
    for leader in leaders():
        if leader.country == other and (day is None or leader.held_on(day)) and (
                leader.name in text or head_by_office(text, 0, len(text), day, other) is not None):
            return other
    return country_id


def _code_from_body(release: Release, body: list[Mention]) -> None:
    """Country of a page whose counterparts only the early body names: one country, or
    multilateral when a second country's actors are named about as often (the participants of a
    seminar, a list of senders). Actors from outside LAC named among them make the LAC ones
    participants of something wider: of an event the title or lead names (a seminar, forum,
    dialogue, briefing or course), multilateral and global as at any worldwide platform; with no
    such event (a press conference listing the year's visitors), or when the title or lead speaks
    of messages (a roundup of foreign senders: its items are read one by one), not from here."""
    record = release.record
    actors: dict[str, set[str]] = {}  # each country's distinct actors (its name alone counts once)
    first: dict[str, Mention] = {}
    for m in body:
        country = _country_of(m)
        if country:
            actors.setdefault(country, set()).add(m.entry.id)
            first.setdefault(country, m)
    if not actors:
        return
    # "the FMLN of El Salvador" is one actor: a country named beside its own party adds none
    weights = {c: float(len(ids - {c}) or 1) for c, ids in actors.items()}
    ranked = sorted(weights, key=lambda c: -weights[c])
    wider = bool(names_elsewhere(release, ("early",))) or is_worldwide_event(release)
    focus = release.focus_text()
    if wider and (cues.pattern("idcpc.message").search(focus)
                  or not any(cues.pattern(cue).search(focus) for cue in EVENT_CUES)):
        return
    release.extra["body_counterparts"] = [m.span() for m in body[:8]]
    record.notes.append("counterpart: the title and lead name none; the early body names it")
    if wider or (len(ranked) >= 2 and weights[ranked[0]] < 2 * weights[ranked[1]]):
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        if wider:
            release.extra["worldwide"] = list(release.extra["body_counterparts"])
        for c in ranked[:4]:
            record.add_evidence("country", first[c].span())
        return
    _bilateral(release, ranked[0], first[ranked[0]].span())


def _bilateral(release: Release, country_id: str, evidence: Span) -> None:
    """One LAC country's actors: the record's country, with the mention that names it."""
    release.country_id = country_id
    entry = release.gazetteer.country(country_id)
    release.record.country = entry.canonical if entry else country_id
    release.record.exchange_type = "bilateral"
    release.record.add_evidence("country", evidence)


# A short Chinese name (卢拉) is a name only right after or before a message or meeting verb, or
# right before the head's own office (Chinese puts the office after a name already introduced):
# 致电卢拉, 卢拉致信, 会见米莱总统, 同莫特利总理举行会谈.
SHORT_NAME_AFTER = re.compile(r"(?:致电|致函|致信|复信|回信|会见|会晤|同|与|向|电贺|祝贺)$")
SHORT_NAME_BEFORE = re.compile(r"(?:致电|致函|致信|复信|回信|会见|会晤|表示|在|电贺|发来|总统|总理)")
# ... and, after a verb, only where the name ends: the text ends, or what follows is no character
# of a longer word (会见阿里巴巴集团… is no 阿里) but a word that ends a name (cue "name_end_zh", the
# list the contacts step cuts Chinese names with)
SHORT_NAME_NEXT = re.compile(cues.source("name_end_zh"))


def _short_name_at(text: str, at: int, name: str) -> bool:
    """Does a short Chinese rendering (two characters: 卢拉, 阿里) at ``at`` name the head, by the
    words around it (``SHORT_NAME_AFTER``, ``SHORT_NAME_BEFORE``, ``SHORT_NAME_NEXT``)?"""
    end = at + len(name)
    if len(name) > 2 or SHORT_NAME_BEFORE.match(text, end):
        return True
    if not SHORT_NAME_AFTER.search(text[max(0, at - 2):at]):
        return False
    return (end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff")
            or SHORT_NAME_NEXT.match(text, end) is not None)


@lru_cache(maxsize=8192)
def _names_to_find(leader: Leader, in_office: bool) -> tuple[str, ...]:
    """A head's full names (with and without accents) and Chinese names (a two-character one counts
    only beside a verb or the office: ``SHORT_NAME_AFTER``, ``SHORT_NAME_BEFORE``)."""
    names = [n for n in (leader.name, plain_name(leader.name)) if len(n.split()) >= 2]
    names += [z for z in leader.zh if len(z) >= 2]
    return tuple(dict.fromkeys(names))


# What may stand between an outside country or party and the name of the person holding its
# office: office words and the 、 of a chain of offices (西班牙工人社会党总书记、首相桑切斯), not the end
# of a clause
OFFICE_GAP = re.compile(r"[^，,。；;：:\n]{0,12}")


def _foreign_namesake(release: Release, leader: Leader,
                      passages: tuple[tuple[str, str, int], ...]) -> bool:
    """Is a head's name, anywhere in the title or lead, the name of the holder of an office of a
    country or party outside LAC (西班牙首相桑切斯, 西班牙工人社会党总书记、首相桑切斯)? Short Chinese
    renderings are shared across the world (桑切斯 is also Spain's Prime Minister): the page that
    puts the name under another country's office names that person, and the bare name elsewhere on
    it (a headline's 会见桑切斯特使) is his too, not the LAC head's."""
    outside = names_elsewhere(release, ("title", "lead"))
    if not outside:
        return False
    lac = [m for m in release.mentions
           if m.label in (LAC_COUNTRY, LAC_PARTY, LAC_ORG) and m.entry is not None]
    for where, text, offset in passages:
        source = release.layout.clean if where == "text" else release.title
        for name in _names_to_find(leader, in_office=False):
            for found in re.finditer(re.escape(name), text):
                at = offset + found.start()
                for m in outside:
                    if (m.where == where and m.end <= at and OFFICE_GAP.fullmatch(source, m.end, at)
                            and not any(o.where == where and m.end <= o.start < at for o in lac)):
                        return True  # (西班牙共产党和尼加拉瓜总统奥尔特加: the LAC country's own head)
    return False


def _leaders_named(release: Release, in_office: bool) -> list[tuple[Leader, Span]]:
    """LAC heads named by full name (or a Chinese name, a short one after a verb) in the title or
    lead: those in office on the page's day, or any the table knows (a former head, a
    president-elect: an actor of that country all the same). Not a head whose name the page gives
    to an office of a country outside LAC (``_foreign_namesake``)."""
    day = release.anchor
    passages = (("title", release.title, 0), ("text", release.lead(), release.layout.lead_start))
    found: list[tuple[Leader, Span]] = []
    for leader in (leaders_on(day) if in_office else leaders()):
        names = _names_to_find(leader, in_office)
        for where, text, offset in passages:
            spans = [Span(offset + at, offset + at + len(name), name, where) for name in names
                     if (at := text.find(name)) >= 0 and _short_name_at(text, at, name)]
            if spans:
                if not _foreign_namesake(release, leader, passages):
                    found.append((leader, spans[0]))
                break
        else:
            span = _headline_surname(release, leader, names) if in_office else None
            if span is not None and not _foreign_namesake(release, leader, passages):
                found.append((leader, span))
    return found


def _headline_surname(release: Release, leader: Leader, names: tuple[str, ...]) -> Span | None:
    """An English headline's bare surname of a head in office ("Xi and Boric meet in Beijing", "Ali
    meets Xi") where the page's text names that head in full: agency and newspaper headlines name
    leaders by surname, and the body says who is meant. Only a surname of one word, written with a
    capital as a whole word, and only when the full name is on the page (the surname alone may be
    anyone's)."""
    if release.zh or not release.title:
        return None
    full = [n for n in names if " " in n]
    if not full or not any(n in release.layout.clean for n in full):
        return None
    surname = full[0].split()[-1]
    if len(surname) < 3 or not surname[0].isupper():
        return None
    for name in (surname, plain_name(surname)):
        found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", release.title)
        if found:
            return Span(found.start(), found.end(), found.group(), "title")
    return None


def official_named(release: Release) -> tuple[LacOfficial, Span] | None:
    """A LAC official who is not a head (a vice president, foreign minister, head of the
    legislature or party leader: ``nlp/lac_officials.json``) named in the title or lead of a page
    that names no LAC country, party, organisation or head: his country is the exchange's
    (``officials_named`` says how a name counts: a full name, or a surname right after the office
    for that day's holder; one country's officials only)."""
    title, lead = release.title, release.lead()
    if release.zh:
        title, lead = to_simplified(title), to_simplified(lead)
    found = officials_named((("title", title), ("text", lead)), release.anchor, zh=release.zh)
    if not found:
        return None
    person, where, start, end = found[0]
    offset = 0 if where == "title" else release.layout.lead_start
    text = release.title if where == "title" else release.lead()
    return person, Span(offset + start, offset + end, text[start:end], where)


def _outside_longer_names(found: list[tuple[Leader, Span]]) -> list[tuple[Leader, Span]]:
    """The heads found whose name does not stand inside another head's longer name found there: in
    劳尔·卡斯特罗 (Raúl Castro) the shorter 卡斯特罗 (Xiomara Castro's) is part of the longer name, which
    is the one the page gives."""
    return [(leader, span) for leader, span in found
            if not any(other.where == span.where and other.start <= span.start and span.end <= other.end
                       and other.end - other.start > span.end - span.start for _, other in found)]


def _short_for_another(release: Release, leader: Leader, span: Span) -> bool:
    """Is a head's short Chinese rendering (费尔南德斯) the one the page also writes in full for
    another person of the table (莱昂内尔·费尔南德斯 in the lead, 费尔南德斯 in the headline)? The
    page's full form says whom its short one names."""
    if not release.zh or len(span.text) < 2 or "·" in span.text:
        return False
    passages = (to_simplified(release.title), to_simplified(release.lead()))
    for other in leaders():
        if other.name == leader.name:
            continue
        for name in other.zh:
            if len(name) > len(span.text) and name.endswith(span.text) and name not in leader.zh \
                    and any(name in text for text in passages):
                return True
    return False


def leader_named(release: Release) -> tuple[Leader, Span] | None:
    """A LAC head of state or government named in the title or lead of a page that names no LAC
    country, party or organisation: one in office on the page's day, else — on a party page — any
    head the table knows whose every match is one country's (a former president writing as his
    party's leader is still that country's actor; the foreign ministry's counterpart is a state's,
    in office)."""
    day = release.anchor
    found = _leaders_named(release, in_office=True)
    if found:  # 卡斯特罗 (Xiomara Castro, in office) inside 劳尔·卡斯特罗 (Raúl Castro) is his name
        everyone = found + _leaders_named(release, in_office=False)
        found = [item for item in _outside_longer_names(everyone) if item in found]
        found = [item for item in found if not _short_for_another(release, item[0], item[1])]
    if found and day is not None:
        return min(found, key=lambda item: (item[1].where != "title", item[1].start))
    if not found and not release.is_mfa:
        found = _outside_longer_names(_leaders_named(release, in_office=False))
    elif not found and day is not None:
        # an incoming head (a president-elect, "习近平同诺沃亚通电话，祝贺他当选总统"): the table's term
        # begins within the half year after the page's day; he is his country's actor already
        soon = (day + timedelta(days=183)).isoformat()
        found = [(leader, span) for leader, span in _outside_longer_names(_leaders_named(release, False))
                 if leader.start and day.isoformat() < leader.start <= soon]
    # a name every match of which is one country's leader still names it
    if found and len({leader.country for leader, _ in found}) == 1:
        return max(found, key=lambda item: item[0].start or "")
    if found or release.zh:
        return None
    passages = (("title", release.title, 0), ("text", release.lead(), release.layout.lead_start))
    for where, text, offset in passages:  # "Xi Jinping Holds Talks with President Lula"
        office = head_by_office(text, 0, len(text), day)
        if office is not None:
            leader, start, end = office
            return leader, Span(offset + start, offset + end, text[start:end], where)
    return None
