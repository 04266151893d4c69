"""The dateline of a page: the place and day its report opens with, the anchor of its other days.

An agency's dateline ("HAVANA, Oct. 25 (Xinhua) --", 新华社北京4月20日电), found by the page's layout;
else a line above the lead that is only a place and a full date (a speech's "Brasilia, 17 July
2014", （2023年4月14日，北京）), or the place, dash and full date a government release opens its
lead with ("Georgetown, Guyana – (March 5, 2024)"). Its day dates the page when the text states no
other (rule 2), and places the days the text gives without a year, a month or a calendar date.
"""

from __future__ import annotations

import re
from datetime import date

from nlp.dates import (
    DATELINE_EN,
    DATELINE_ZH,
    FULL_DATE_ZH,
    LETTER,
    UPPER,
    dateline_parts,
    full_date_zh,
    make_date,
    month_before,
    month_day,
    month_number,
    parse_date,
    zh_number,
)
from nlp.release import Release

# a speech's or statement's own dateline line: "Brasilia, 17 July 2014"
STANDALONE_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Za-z .'’\-]{1,40},[ \t]+(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?,?[ \t]+(?:19|20)\d{2}|"
    r"[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+(?:19|20)\d{2})[ \t]*$", re.M)
# a Caribbean or Latin American government release opens its lead with the place, a dash and the full
# date, in brackets or after a weekday: "Georgetown, Guyana – (March 5, 2024) President Ali met …",
# "PORT OF SPAIN, Trinidad – Monday 4th March, 2024: Prime Minister Rowley this morning met …". The
# year is required: a place, a dash and a full date are a dateline, whose day "this morning" and
# "on Monday" count from (decision rules 2 and 3)
LEAD_PLACE_DATELINE = re.compile(
    rf"[ \t]*[{UPPER}][{LETTER} .'’\-]{{1,40}}?(?:,[ \t]*[{UPPER}][{LETTER} .'’\-]{{1,30}}?)?[ \t]*"
    r"(?:-{1,2}|–|—)[ \t]*(?P<open>\()?"
    r"(?P<date>(?:[A-Z][a-z]+day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?,?|"
    r"[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+(?:19|20)\d{2})(?(open)\))[ \t]*(?::|-{1,2}|–|—)?")

# the same dateline with the date in digits, before the dash: "Beijing, 2020-04-08--", "Havana,
# 2019.06.21 --" (releases whose writers keep the site's numeric stamp in the dateline)
LEAD_PLACE_NUMERIC_DATELINE = re.compile(
    rf"[ \t]*[{UPPER}][{LETTER} .'’\-]{{1,40}}?,[ \t]*"
    r"(?P<date>(?:19|20)\d{2}(?P<sep>[-./])\d{1,2}(?P=sep)\d{1,2})[ \t]*(?:-{1,2}|–|—)")
# the same dateline with the written date after a comma, before the dash: "Georgetown, Guyana,
# Wednesday, September 25, 2019 -- The General Secretary today received …" (party and government
# sites of the region write the place, the weekday and the full date, then the dash). The dash is
# required: "Caracas, 14 June 2019. Diosdado Cabello …" may be a printed stamp, not the report's day
LEAD_PLACE_COMMA_DATELINE = re.compile(
    rf"[ \t]*[{UPPER}][{LETTER} .'’\-]{{1,40}}?(?:,[ \t]*[{UPPER}][{LETTER} .'’\-]{{1,30}}?)?,[ \t]*"
    r"(?P<date>(?:[A-Z][a-z]+day,?[ \t]+)?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+\.?,?|"
    r"[A-Z][a-z]+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?)[ \t]+(?:19|20)\d{2})[ \t]*(?:-{1,2}|–|—)")
# a place written in Chinese, in a line that is only a place and a date
PLACE_ZH = r"[\u4e00-\u9fff·・]{2,15}"
# the same line above the lead, naming its place: （2023年4月14日，北京）, 北京，2023年4月14日
_DATE_ZH = re.sub(r"\(\?P<\w+>", "(?:", FULL_DATE_ZH.pattern)  # the same date, without named groups
STANDALONE_DATELINE_ZH = re.compile(
    rf"[\s（(]*(?:{PLACE_ZH}[，,\s　]+{_DATE_ZH}|{_DATE_ZH}[，,\s　]*(?:于|於)?[\s　]*{PLACE_ZH})[\s）)]*")


def dateline_day(release: Release) -> tuple[date | None, tuple[int, int] | None]:
    """The dateline's day ("BEIJING, July 5 (Xinhua) --", 新华社北京7月5日电) and its span."""
    span = release.layout.dateline
    if span is None:
        return None, None
    text = release.layout.clean
    pattern = DATELINE_ZH if release.zh else DATELINE_EN
    match = pattern.search(text, max(0, span[0] - 40), span[1] + 1)
    if not match:
        return None, None
    if release.zh and match.group("d_only"):  # 中央社台北14日電: the page's month, or the one before
        return _day_in_month_of(int(match.group("d_only")), release.anchor), span
    if release.zh:  # digits or Chinese numerals (五月十一日电)
        month = zh_number(match.group("m")) or 0
        day = zh_number(match.group("d")) or 0
    else:
        month_word, day_digits = dateline_parts(match)
        month = month_number(month_word) or 0
        day = zh_number(day_digits) or 0
    year = match.groupdict().get("y")
    if year:
        return make_date(int(year), month, day), span
    return month_day(month, day, release.anchor), span


def _day_in_month_of(day: int, anchor: date | None) -> date | None:
    """A dateline's day alone (中央社台北14日電) in the month of the page's date, or in the month
    before when that day is later than the page's (a dispatch is not dated after its page)."""
    if anchor is None:
        return None
    if day <= anchor.day:
        return make_date(anchor.year, anchor.month, day)
    year, month = month_before(anchor)
    return make_date(year, month, day)


def standalone_dateline(release: Release) -> tuple[date | None, tuple[int, int] | None]:
    """A line before the lead that is only a place and a full date (speeches, statements):
    "Brasilia, 17 July 2014", （2023年4月14日，北京）, 2023年4月14日 北京 (a Chinese one must name the
    place: a date alone on a line above the lead may be the page's printed date)."""
    text = release.layout.clean
    if release.zh:
        for line in re.finditer(r"[^\n]+", text[:release.layout.lead_start]):
            match = STANDALONE_DATELINE_ZH.fullmatch(line.group())
            day = full_date_zh(FULL_DATE_ZH.search(line.group())) if match else None
            if day is not None:
                return day, line.span()
        return None, None
    for match in STANDALONE_DATELINE.finditer(text, 0, release.layout.lead_start):
        day = parse_date(match.group())
        if day is not None:
            return day, match.span()
    return _lead_place_dateline(release)


def _lead_place_dateline(release: Release) -> tuple[date | None, tuple[int, int] | None]:
    """The place, dash and full date a government release opens its lead with (``LEAD_PLACE_DATELINE``),
    or the place, a numeric or written date and a dash (``LEAD_PLACE_NUMERIC_DATELINE``,
    ``LEAD_PLACE_COMMA_DATELINE``)."""
    clean, start = release.layout.clean, release.layout.lead_start
    match = (LEAD_PLACE_DATELINE.match(clean, start) or LEAD_PLACE_NUMERIC_DATELINE.match(clean, start)
             or LEAD_PLACE_COMMA_DATELINE.match(clean, start))
    day = parse_date(match.group("date")) if match else None
    return (day, match.span()) if match and day is not None else (None, None)
