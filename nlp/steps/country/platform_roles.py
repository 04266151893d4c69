"""A regional platform named not as the counterpart but as what the counterpart came for, the
time or place of the meeting, or an office its country holds (CELAC's rotating chair) or its elected
head: the counterpart is then one country's actor.
"""

from __future__ import annotations

import re

from nlp.gazetteer import PLATFORM
from nlp.release import Release
from nlp.schema import Span

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


def came_for(release: Release, span: Span) -> bool:
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


def chair_of(release: Release, span: Span) -> bool:
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
