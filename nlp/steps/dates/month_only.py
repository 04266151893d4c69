"""A lead whose only time is a month: "In November last year, …", 去年11月，….

With no dateline and no day in the text, the event-date step falls back to the printed day (a
measured compromise, see ``nlp/steps/event_date.py``). A lead that opens with a month other than
the printed date's, or with last year's month, says itself that the exchange was not on the printed
day: the codebook's rule 3 gives no day for a time without its day, so the record has none.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.release import Release

MONTHS_EN = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
NUMERALS_ZH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
               "十一": 11, "十二": 12}
MONTH_ZH = re.compile(r"([0-9一二三四五六七八九十]{1,3})月")
PAST_YEAR = re.compile(r"last year|去年|前年", re.IGNORECASE)
YEAR = re.compile(r"(\d{4})")


def _month(words: str) -> int | None:
    """The month a matched phrase names (1-12), or None."""
    lowered = words.casefold()
    for number, name in enumerate(MONTHS_EN, start=1):
        if name in lowered:
            return number
    found = MONTH_ZH.search(words)
    if found is None:
        return None
    token = found.group(1)
    number = int(token) if token.isdigit() else NUMERALS_ZH.get(token)
    return number if number is not None and 1 <= number <= 12 else None


def month_without_day(release: Release, start: int, end: int) -> str | None:
    """The words of a lead's fronted month (cue ``month_no_day``) when that month cannot hold the
    printed day: another month, another year, or last year's."""
    anchor = release.anchor
    found = cues.pattern("month_no_day").search(release.layout.clean, start, end)
    if found is None or anchor is None:
        return None
    words = found.group()
    year = YEAR.search(words)
    other_year = bool(PAST_YEAR.search(words)) or (year is not None and int(year.group(1)) != anchor.year)
    return words if other_year or _month(words) != anchor.month else None
