"""The region or a country named inside what someone said or what two sides talked about (a
headline's quote, "exchanged views on the situation in Haiti", a participle clause, words the
sentence gives to a speaker afterwards): a topic of the exchange, not a side of it.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Mention, Release
from nlp.schema import Span
from nlp.sentences import sentence_at
from nlp.steps.country.region_actors import CHINA_AND_EN
from nlp.topic_clauses import MEETING_CLAUSE, in_what_was_said

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


def said_in_participle(release: Release, span: Span) -> bool:
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


def said_before_speaker(release: Release, span: Span) -> bool:
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
