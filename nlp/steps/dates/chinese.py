"""The days a Chinese text writes between two offsets, as candidates of the event's day.

Days in Arabic or full-width digits (2022年10月25日, 9月8日至14日, 17日), in Chinese numerals
(五月十日, 二〇二三年四月十二日, 当地时间十日, 艾平十八日在京會見) and numeric dates (2019-05-10),
placed in a month and year by the anchor when not written; 上月28日 in the month before it. A day
followed by 消息, 电 or 宣布 dates the report, not the exchange, and is marked ``report``. Weekdays
and relative days come from ``relative``.
"""

from __future__ import annotations

import re
from datetime import date

from nlp.dates import (
    ABSOLUTE_PATTERNS,
    DAY_ZH,
    DAY_ZH_NUMERAL_AFTER_SUBJECT,
    DAY_ZH_NUMERAL_ALONE,
    DAY_ZH_NUMERALS,
    bare_day,
    make_date,
    month_before,
    month_day,
    month_day_ahead,
    zh_number,
)
from nlp.release import Release
from nlp.steps.dates.candidates import FUTURE_DAYS, FUTURE_ZH, Found, local_not_beijing, not_span_ends
from nlp.steps.dates.named_days import named_days
from nlp.steps.dates.relative import relative_days, weekdays_zh
from nlp.steps.dates.visits import trip_day

REPORT_ZH = re.compile(r"^(?:消息|讯|訊|报道|報道|电|電|发布|發佈|发表|宣布|在例行记者会|在例行記者會)")
# 上月28日 / 上个月28日: a day of the month before the dateline's (or printed) month; a day alone is
# otherwise placed in that month when it is not after the anchor's day (``bare_day``), which would
# put 上月28日 in a release of the 30th in the anchor's own month
LAST_MONTH_ZH = re.compile(r"上个?月$")


def candidates_zh(release: Release, start: int, end: int, base: date | None) -> list[Found]:
    """The days written in Chinese between ``start`` and ``end``, in the order written."""
    text = release.layout.clean
    out: list[Found] = []
    anchor = base or release.anchor
    # days in Arabic (also full-width) digits, in Chinese numerals (五月十日, 二〇二三年四月十二日,
    # 当地时间十日, 王毅二十六日在北京) and
    # numeric dates as any page prints them (2019-05-10, 2019.5.10, 2019年 5月 10日)
    matches = [*DAY_ZH.finditer(text, start, end), *DAY_ZH_NUMERALS.finditer(text, start, end),
               *DAY_ZH_NUMERAL_ALONE.finditer(text, start, end),
               *DAY_ZH_NUMERAL_AFTER_SUBJECT.finditer(text, start, end)]
    matches += [m for m in ABSOLUTE_PATTERNS[0].finditer(text, start, end)
                if not any(o.start() < m.end() and m.start() < o.end() for o in matches)]
    for match in matches:
        g = match.groupdict()
        if anchor is None and not g.get("y"):
            continue
        dnum = zh_number(g["d"]) or 0
        month = (zh_number(g["m"]) or 0) if g.get("m") else (anchor.month if anchor else 0)
        after = text[match.end(): match.end() + 12]
        future = bool(FUTURE_ZH.search(text[max(0, match.start() - 6): match.start()]))
        last_month = LAST_MONTH_ZH.search(text, max(0, match.start() - 3), match.start())
        if g.get("y"):
            day = make_date(zh_number(g["y"]) or 0, month, dnum)
        elif last_month and anchor is not None and not g.get("m"):
            # 上月28日: the day in the month before the anchor's, whatever the anchor's day
            day = make_date(*month_before(anchor), dnum)
        elif g.get("m"):
            trip = trip_day(release, text, match.start())
            place = month_day_ahead if future else month_day
            day = place(month, dnum, anchor, FUTURE_DAYS if future or trip else 0)
        else:
            day = bare_day(dnum, anchor, future)
        if day is None:
            continue
        end_day = None
        if g.get("d_end"):
            end_month = (zh_number(g["m_end"]) or 0) if g.get("m_end") else day.month
            end_day = make_date(day.year, end_month, zh_number(g["d_end"]) or 0)
        kind = "report" if REPORT_ZH.match(after) else "day"
        out.append(Found(match.start(), match.end(), day, end_day, kind, future))
    out += named_days(release, start, end, base)
    out += weekdays_zh(release, start, end, anchor)
    out += relative_days(release, start, end, base)
    return sorted(not_span_ends(text, local_not_beijing(text, out)), key=lambda f: f.start)
