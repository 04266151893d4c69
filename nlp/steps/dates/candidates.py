"""A candidate day of the event, and the checks every reader of candidates applies.

The event_date step reads many days from a page (the English and Chinese readers, the relative
days, the signature line) and then chooses one. Each is a ``Found``: the day, where it is written,
what form it took and whether the text announces it as lying ahead. The checks here are the ones
both language readers run on what they found: the end of a span is no first day, a day given in
Beijing time beside its local day is a conversion. Parsing the forms is nlp/dates.py's job.
"""

from __future__ import annotations

import re
from datetime import date

from nlp import cues
from nlp.sentences import sentence_at

FUTURE_DAYS = 60
# a sentence about a coming event: "will", "to pay/attend/visit/hold", and the passive and intransitive
# forms of a gathering's plan ("the forum to be held on July 25", "due to open", "set to take place");
# a preview's "is expected to" and the present of a start with its day ("the visit, which starts on
# Wednesday": English tells a scheduled event in the present)
FUTURE_EN = re.compile(r"\b(?:will|to (?:pay|attend|visit|hold)|upcoming|is scheduled|are scheduled|"
                       r"next (?:week|month)|to be (?:held|hosted|convened|opened)|to take place|"
                       r"due to (?:open|be held|take place|start|begin)|(?:is|are) expected to|"
                       # the "be to" future of an announcement: "is to be in China between June 9 and 14"
                       r"(?:is|are) to (?:be|make|travel|come|go|begin|start|arrive)|"
                       r"(?:starts|begins|opens|kicks off) on)\b")
FUTURE_ZH = re.compile(r"将于|將於|将赴|將赴|将出席|將出席|将对|將對|将访|將訪")


class Found:
    """A candidate event day and where it was written."""

    __slots__ = ("start", "end", "day", "end_day", "kind", "future", "days")

    def __init__(self, start: int, end: int, day: date, end_day: date | None, kind: str,
                 future: bool, days: int = 1) -> None:
        self.start, self.end, self.day, self.end_day = start, end, day, end_day
        self.kind, self.future = kind, future
        self.days = days  # how many days a "next_day" / "previous_day" counts from the day named


def sentence_around(text: str, start: int) -> str:
    """The sentence around ``start``."""
    left, right = sentence_at(text, start)
    return text[left:right]


def not_span_ends(text: str, found: list[Found]) -> list[Found]:
    """Drop the days written as the end of a span ("the visit, which will last until July 6",
    访问将持续至22日; cue ``span_end``): the first day of an exchange is never such a day, and on a
    visit page that states its first day otherwise, the end would pass for an announced or an
    earliest day."""
    ends = cues.pattern("span_end")
    return [f for f in found if not ends.search(text, max(0, f.start - 12), f.start)]


TIME_ZONE_ZH = re.compile(r"(?P<zone>当地时间|北京时间)[^。，,；;（）()]{0,4}$")
# English writes the clock after the day: "November 14 local time (early hours of November 15 Beijing
# time)", "Thursday afternoon local time (early Friday Beijing time)"
TIME_ZONE_EN = re.compile(
    r"[\s,(]{0,3}(?:(?:morning|afternoon|evening|night)\s+)?(?P<zone>local time|Beijing time)\b", re.I)
ZONE_PAIR_GAP = 30  # a local day and its Beijing conversion are written this close together
ZONE_PAIR_GAP_EN = 60  # English spells the conversion out ("early hours of November 15 Beijing time")


def local_not_beijing(text: str, found: list[Found], zh: bool = True) -> list[Found]:
    """"当地时间9日晚（北京时间10日上午）", "北京时间11日凌晨（当地时间10日下午）", "on the afternoon of
    November 14 local time (early hours of November 15 Beijing time)": a day given in both clocks is
    the local one, where the exchange took place (the codebook's "当地时间10日"); the Beijing day
    beside it is a conversion, not another day. A Beijing day with no local day near it stays.
    Chinese names the clock before the day, English after it."""
    def zone(f: Found) -> str | None:
        if zh:
            match = TIME_ZONE_ZH.search(text, max(0, f.start - 8), f.start)
            return match.group("zone") if match else None
        match = TIME_ZONE_EN.match(text, f.end)
        if not match:
            return None
        return "当地时间" if match.group("zone").casefold() == "local time" else "北京时间"

    gap = ZONE_PAIR_GAP if zh else ZONE_PAIR_GAP_EN
    zones = [zone(f) for f in found]
    local = [f for f, z in zip(found, zones, strict=True) if z == "当地时间"]
    return [f for f, z in zip(found, zones, strict=True)
            if z != "北京时间" or not any(abs(f.start - g.start) <= gap for g in local)]
