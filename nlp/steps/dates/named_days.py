"""Days written by their name: "on New Year's Day", "on the last day of the year", 元旦当天.

A named day of the calendar is a stated day (rule 1) as much as "January 1" is: the dispatch "BEIJING,
Jan. 2 — … on New Year's Day sent a message" is dated January 1, not by its dateline. The names are
the ``named_day`` cues, one per day; a year comes as for a month-day without one (rule 4: the
dateline's or printed year, a month after that day meaning the year before). Only fixed days of the
Gregorian calendar: the Spring Festival's eve (除夕) moves with the lunar calendar and is not read.
"""

from __future__ import annotations

from datetime import date

from nlp import cues
from nlp.dates import month_day
from nlp.release import Release
from nlp.steps.dates.candidates import Found

# cue id → (month, day)
NAMED_DAYS = {
    "named_day.new_year": (1, 1),
    "named_day.new_year_eve": (12, 31),
    "named_day.christmas": (12, 25),
    "named_day.christmas_eve": (12, 24),
}


def named_days(release: Release, start: int, end: int, base: date | None) -> list[Found]:
    """The named days written between ``start`` and ``end``, placed in a year by the anchor."""
    text = release.layout.clean
    anchor = base or release.anchor
    out: list[Found] = []
    for cue, (month, number) in NAMED_DAYS.items():
        for match in cues.pattern(cue).finditer(text, start, end):
            day = month_day(month, number, anchor)
            if day is not None:
                out.append(Found(match.start(), match.end(), day, None, "month_day", False))
    return out
