"""The days an English text writes between two offsets, as candidates of the event's day.

Numeric dates, month-days ("April 9th", "from Nov. 17 to 23", "8-12 May 2024"), ordinals alone
("on the 10th"), weekdays and relative days, each placed in a year by the anchor (the dateline's
or the publication day) and marked when the sentence announces it as lying ahead. A day right
after a verb of saying dates the statement, not the exchange, and is marked ``report``.
"""

from __future__ import annotations

import re
from datetime import date

from nlp import cues
from nlp.dates import (
    ABSOLUTE_PATTERNS,
    DAY_EN_ORDINAL,
    MONTH_DAY_EN,
    bare_day,
    date_of_match,
    make_date,
    month_after,
    month_day,
    month_day_ahead,
    month_number,
)
from nlp.release import Release
from nlp.steps.dates.candidates import (
    FUTURE_DAYS,
    FUTURE_EN,
    Found,
    local_not_beijing,
    not_span_ends,
    sentence_around,
)
from nlp.steps.dates.named_days import named_days
from nlp.steps.dates.relative import WILL_BEFORE, clause_before, relative_days, weekdays_en
from nlp.steps.dates.visits import trip_day

# a day right after a verb of saying dates the statement, not the exchange it reports (the English
# counterpart of chinese.REPORT_ZH: "said on Thursday that …", "announced Monday")
REPORT_EN = re.compile(r"\b(?:said|says|announced|announces|stated|confirmed|disclosed|reported)"
                       r"\s+(?:on\s+)?$")


def future_en(sentence: str) -> bool:
    """Does an English sentence announce what lies ahead (``FUTURE_EN``)? An infinitive of purpose
    after a past verb of arriving ("arrived in Lima to attend …": cue ``purpose_after_arrival``)
    says why the traveller came, not that the day is still to come."""
    purpose = cues.pattern("purpose_after_arrival")
    return any(not any(p.start() <= m.start() < p.end() for p in purpose.finditer(sentence))
               for m in FUTURE_EN.finditer(sentence))


def candidates_en(release: Release, start: int, end: int, base: date | None) -> list[Found]:
    """The days written in English between ``start`` and ``end``, in the order written."""
    text = release.layout.clean
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    # numeric dates; month-name dates are MONTH_DAY_EN's
    for match in ABSOLUTE_PATTERNS[0].finditer(text, start, end):
        day = date_of_match(match)
        if day:
            future = future_en(sentence_around(text, match.start()))
            out.append(Found(match.start(), match.end(), day, None, "date", future))
            taken.append(match.span())
    named = cues.pattern("date_name")  # "the July 26 Movement": a name, not a day
    for match in MONTH_DAY_EN.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in taken) or named.match(text, match.end()):
            continue
        g = match.groupdict()
        month = month_number(g["mname"] or g["mname2"] or "")
        dnum = int(g["d"] or g["d2"])
        if not month or dnum > 31:
            continue
        sentence = sentence_around(text, match.start())
        future = future_en(sentence)
        allow = FUTURE_DAYS if future or trip_day(release, text, match.start()) else 0
        if g.get("y"):
            day = make_date(int(g["y"]), month, dnum)
        else:
            place = month_day_ahead if future else month_day
            day = place(month, dnum, base or release.anchor, allow)
        if day is None:
            continue
        end_day = None
        if g.get("d_end"):
            end_month = month_number(g["mname_end"]) if g.get("mname_end") else month
            end_year = int(g["y_end"]) if g.get("y_end") else day.year
            end_day = make_date(end_year, end_month or month, int(g["d_end"]))
            if end_day and end_day < day:
                end_day = make_date(end_year + 1, end_month or month, int(g["d_end"]))
        out.append(Found(match.start(), match.end(), day, end_day, "month_day", future))
    for match in DAY_EN_ORDINAL.finditer(text, start, end):
        if named.match(text, match.end()):
            continue  # "veterans of the 26th of July Movement"
        # "on the 10th": the day alone, placed like Chinese 10日 (bare_day: in the month of the dateline
        # or printed day, else the month before; an announced one on or after it); "the 8th of May"
        future = bool(WILL_BEFORE.search(clause_before(text, match.start())))
        number, month_name, year = int(match.group("d")), match.group("mname"), match.group("y")
        if month_name:  # "on the 8th of May": a month-day, its year by rule 4 when not written
            month = month_number(month_name)
            if not month:
                continue
            day = make_date(int(year), month, number) if year else \
                month_day(month, number, base or release.anchor, FUTURE_DAYS if future else 0)
        else:
            day = bare_day(number, base or release.anchor, future)
        if day is None:
            continue
        end_day = None
        if match.group("d_end"):  # "from the 30th to the 2nd": the end in the month after
            number = int(match.group("d_end"))
            end_day = make_date(day.year, day.month, number) if number >= day.day else \
                make_date(*month_after(day), number)
        out.append(Found(match.start(), match.end(), day, end_day, "day", future))
    out += named_days(release, start, end, base)
    out += weekdays_en(release, start, end, base)
    out += relative_days(release, start, end, base)
    for found in out:  # "The ministry said Thursday that Wang held a phone call … on Wednesday"
        if REPORT_EN.search(text, max(0, found.start - 30), found.start):
            found.kind = "report"
    return sorted(not_span_ends(text, local_not_beijing(text, out, zh=False)), key=lambda f: f.start)
