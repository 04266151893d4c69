"""Days counted from an anchor day: weekdays, "today", "yesterday", "tomorrow", "the same day".

A page often names the day of its exchange only relative to another day: a weekday ("met on
Tuesday", 上周四), "today" / 今天, "yesterday", or "on the same day" / 当天 / 次日 after a day just
named. The anchor is the dateline's day, else the publication day (decision rules 2 and 3); these
readers place such days and hand them on as candidates (``Found``) like any stated day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from nlp import cues
from nlp.dates import WEEKDAY_EN, WEEKDAY_ZH, weekday_after, weekday_on_or_before
from nlp.leaders import leaders
from nlp.release import Release
from nlp.steps.dates.candidates import FUTURE_ZH, Found

WILL_BEFORE = re.compile(r"\b(?:will|shall|is scheduled to|are scheduled to|is set to|are set to)\b")


# A fronted weekday before the subject and its "will" ("On Friday he will be received by President
# Xi", "On Monday, the two ministers will sign …"): the day lies ahead, as with "will … on Friday".
# The weekday opens its clause, and only a short subject (up to three words, no verb of saying)
# stands between.
WILL_AFTER_FRONTED = re.compile(
    r",?[^\S\n]+(?:(?!said\b|says\b|announced\b|told\b)[\w'’-]+[^\S\n]+){1,3}?"
    r"(?:will|shall|is (?:scheduled|set) to|are (?:scheduled|set) to)\b")


def clause_before(text: str, start: int) -> str:
    """The words of the sentence before ``start``: where "will" makes a weekday one ahead."""
    left = max(text.rfind(".", 0, start), text.rfind("。", 0, start), text.rfind("\n", 0, start),
               text.rfind(",", 0, start), text.rfind(";", 0, start))
    return text[left + 1:start]


def _in_a_name(text: str, start: int, end: int) -> bool:
    """Is this weekday's word part of a LAC leader's name written around it ("Godwin Friday")?"""
    word = text[start:end].split()[0]
    return any(text.find(name, max(0, end - len(name)), start + len(name)) >= 0
               for name in _names_with(word))


@lru_cache(maxsize=8)
def _names_with(word: str) -> tuple[str, ...]:
    return tuple(leader.name for leader in leaders() if word in leader.name.split())


def weekdays_en(release: Release, start: int, end: int, base: date | None) -> list[Found]:
    """The English weekdays between ``start`` and ``end`` ("on Tuesday", "last Friday", "from Wednesday
    to Saturday"): the last such day on or before the anchor, or the next one after it when announced."""
    text = release.layout.clean
    out: list[Found] = []
    for match in WEEKDAY_EN.finditer(text, start, end):
        if _in_a_name(text, match.start(), match.end()):
            continue  # a surname ("Prime Minister Godwin Friday"), not a day
        # an announced day ("will pay a state visit from Wednesday to Saturday") lies ahead
        before = clause_before(text, match.start())
        fronted = before.strip().casefold() in ("", "on")  # the weekday opens its clause
        future = bool(WILL_BEFORE.search(before) or (fronted and WILL_AFTER_FRONTED.match(text, match.end())))
        weekday = weekday_after if future else weekday_on_or_before
        anchor = base or release.anchor
        if not future and anchor is not None and match.group().casefold().startswith("last"):
            # "last Friday" is the latest Friday before the day, never the day itself: in a Friday's
            # dispatch it is a week back (rule 3 counts the weekday back from the dateline)
            anchor -= timedelta(days=1)
        day = weekday(match.group("wd"), anchor)
        if day is None:
            continue
        end_day = None
        if match.group("wd_end"):  # the first such day from the start on ("Wednesday to Saturday")
            end_day = weekday_after(match.group("wd_end"), day - timedelta(days=1))
        out.append(Found(match.start(), match.end(), day, end_day, "weekday", future))
    return out


def weekdays_zh(release: Release, start: int, end: int, anchor: date | None) -> list[Found]:
    """The Chinese weekdays between ``start`` and ``end`` (周三, 星期三, 下周三, 上周四)."""
    text = release.layout.clean
    out: list[Found] = []
    for match in WEEKDAY_ZH.finditer(text, start, end):
        # 将于周三 / 下周三: an announced day lies ahead
        ahead = bool(FUTURE_ZH.search(text[max(0, match.start() - 6):match.start()])) or \
            text[max(0, match.start() - 1):match.start()] == "下"
        day = (weekday_after if ahead else weekday_on_or_before)(match.group("wd"), anchor)
        if day and anchor and text[max(0, match.start() - 1):match.start()] == "上":
            # 上周四: that weekday of the week before the anchor's (weeks run Monday to Sunday)
            day = anchor - timedelta(days=anchor.weekday() + 7 - day.weekday())
        if day:
            out.append(Found(match.start(), match.end(), day, None, "weekday", ahead))
    return out


COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
COUNT = re.compile(r"\b(?:two|three|four|five|six)\b|\d+|[两兩二三四五六]", re.IGNORECASE)


def day_count(words: str) -> int:
    """How many days a relative phrase counts ("two days later" 2, 三天后 3; "the next day", 次日,
    "a day earlier", 此前一天 1)."""
    match = COUNT.search(words)
    if match is None:
        return 1
    token = match.group().casefold()
    return int(token) if token.isdigit() else COUNT_WORDS[token]


def relative_days(release: Release, start: int, end: int, base: date | None) -> list[Found]:
    """"today" / 今天 / 当天 is the dateline's (else the printed) day, "yesterday" / 昨天 the day
    before it (decision rules 2 and 3; the words are the ``today`` and ``yesterday`` cues), an
    announced "tomorrow" the day after it."""
    text = release.layout.clean
    day = base or release.anchor
    if day is None:
        return []
    same = [Found(m.start(), m.end(), day, None, "same_day", False)
            for m in cues.pattern("same_day").finditer(text, start, end)]
    out = same + [Found(m.start(), m.end(), day, None, "today", False)
                  for m in cues.pattern("today").finditer(text, start, end)
                  if not any(f.start <= m.start() < f.end for f in same)]
    out += [Found(m.start(), m.end(), day - timedelta(days=1), None, "today", False)
            for m in cues.pattern("yesterday").finditer(text, start, end)
            if not text.startswith("the day before ", max(0, m.start() - 15))]
    out += [Found(m.start(), m.end(), day - timedelta(days=2), None, "today", False)
            for m in cues.pattern("day_before_yesterday").finditer(text, start, end)]
    # "will arrive tomorrow" / 明天上午: the day after, announced (a future event is dated by the day
    # it will start); the speeches' noun ("a better tomorrow") is no such word (cue ``tomorrow``)
    out += [Found(m.start(), m.end(), day + timedelta(days=1), None, "today", True)
            for m in cues.pattern("tomorrow").finditer(text, start, end)]
    # 次日 / 翌日 / "two days later": days after a day named before it (same_day); none of its own
    # until then
    out += [Found(m.start(), m.end(), day, None, "next_day", False, day_count(m.group()))
            for m in cues.pattern("next_day").finditer(text, start, end)]
    # "the previous day", "two days earlier": days before a day named before it (same_day), else
    # before the dateline's or printed day, as "yesterday" is
    out += [Found(m.start(), m.end(), day - timedelta(days=n), None, "previous_day", False, n)
            for m in cues.pattern("previous_day").finditer(text, start, end)
            for n in (day_count(m.group()),)]
    return sorted(out, key=lambda f: f.start)


def same_day(found: list[Found]) -> None:
    """"On the same day" / 当天 / 同日 is the day the text has just named ("2023年11月22日，习近平会见…。
    当天，李强…会谈" is the 22nd), not the dateline's or the printed day: those are the day only when
    the text names none before it (rule 2). 次日 / 翌日 is the day after the day just named ("5月9日
    抵达北京。次日，习近平会见…" is the 10th; "two days later" two days after it); with no day named
    before it, it keeps its kind and the caller drops it (the day after the dateline would postdate
    the report). "The previous day" / "two days earlier" / 此前一天 is that many days before the day
    just named, else (as set) before the dateline's or printed day, like "yesterday". ``found`` is
    the candidates in the order written."""
    named: date | None = None
    for f in sorted(found, key=lambda f: f.start):
        if f.kind == "same_day":
            if named is not None:
                f.day = named
        elif f.kind == "next_day":
            if named is not None:
                f.day, f.kind = named + timedelta(days=f.days), "day"
                named = f.day
        elif f.kind == "previous_day":
            # the day(s) before the day just named; with none, before the dateline's (as set)
            f.day, f.kind = (named - timedelta(days=f.days), "day") if named is not None else (f.day, "today")
            named = f.day
        elif f.kind != "report" and not f.future:
            named = f.day
