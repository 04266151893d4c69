"""The region named as the actors of an exchange ("Latin American parties", 拉美国家政党) rather
than as its topic ("a seminar on China-Latin America relations"), as the object of a relation, as
words describing one actor, or as half of an event's name for China and the region; and, on a
foreign-ministry page, the region's journalists, scholars or students met as a group.
"""

from __future__ import annotations

import re

from nlp.release import Release
from nlp.steps.country.one_actor import stands_for_one_actor
from nlp.steps.country.region_names import REGION_BY_CONTEXT_EN

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


def region_people(release: Release, text: str, match: re.Match[str]) -> bool:
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


def names_region_actors(release: Release, text: str, match: re.Match[str]) -> bool:
    """Does the region named here stand for the exchange's actors (not for its topic, nor for one
    actor of it)? On a party page, not when a singular "nation" or "country" follows either: that is
    one country of the region; nor when words describe one actor by the region ("the FMLN, one of
    the main left-wing parties in Central America", 拉美左翼政党之一的…). On a party page an event
    named for China and the region has the region as its actors."""
    if stands_for_one_actor(release, text, match):
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
