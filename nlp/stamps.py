"""A page's own time stamps: the day it was posted, not the day of an exchange.

Copies print a date with a clock time, a date in brackets under the headline, "Updated: …" or a
source line ("Xinhua, November 19, 2016"). The cleaning blanks them so that no rule reads them as
the day of the exchange, and the codebook anchors a day without year on the date the page prints
for itself near its top (``printed_date``). Finding them is its own job, tried only around the
years of the text.
"""

from __future__ import annotations

import re
from datetime import date

from nlp.dates import parse_date

# A page's own time stamp, not the event's day: a date with a clock time ("2024-04-12 10:22",
# "2023年05月04日 08:15"), a date alone in brackets under the headline ("( 2024.04.12 )"), or a
# date after "Updated:" / "发布时间：". Blanked, so no rule reads it as the day of the exchange.
MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
         r"|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]{0,6}")
_LABEL = r"(?i:updated|published|posted|released|time|date)|发布时间|發佈時間|发布日期|時間|时间|日期"
STAMP = re.compile(
    r"^\s*(?i:date)\s+(?:19|20)\d{2}-\d{2}-\d{2}\b|"  # the leading date marker of agency copies
    rf"(?:(?:{_LABEL})\s*[:：]\s*)?"
    r"(?:(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?[ \t]*\d{1,2}:\d{2}(?::\d{2})?"
    r"|(?<=[(（])\s*(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s*(?=[)）])"
    # the english2023 page's "2023.08.08 / Source: /" line, and a page date alone on its line
    # (an embassy copy's "2023/04/15" under its banner; a sentence never opens with such a date):
    # the page's day, not the event's
    r"|(?:19|20)\d{2}[./]\d{1,2}[./]\d{1,2}[ \t]*/[ \t]*(?i:source)[ \t]*[:：][^\n]{0,40}"
    r"|(?m:^[ \t]*(?:19|20)\d{2}/\d{1,2}/\d{1,2}(?=[ \t]|$))"
    r"|(?:(?i:updated|published|posted)|发布时间|發佈時間|发布日期)\s*[:：]\s*(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?"
    rf"|(?i:updated|published|posted)\s*[:：]?\s*{MONTH}\.? \d{{1,2}},? (?:19|20)\d{{2}}"
    r"(?:,? \d{1,2}:\d{2})?"
    rf"|{MONTH}\.? \d{{1,2}},? (?:19|20)\d{{2}},? \d{{1,2}}:\d{{2}}"
    rf"|\d{{1,2}}:\d{{2}},? {MONTH}\.? \d{{1,2}},? (?:19|20)\d{{2}}"
    # a source line: "Xinhua, November 19, 2016", "China.org.cn, December 9, 2015"
    r"|(?:Xinhua|XINHUA|China\.org\.cn|China Daily|chinadaily\.com\.cn|People's Daily(?: Online)?|CGTN"
    rf"|Global Times|ecns\.cn|Chinagate\.cn),? {MONTH}\.? \d{{1,2}},? (?:19|20)\d{{2}}"
    # a newspaper's print-edition credit under the report, 《 人民日报 》（ 2022年10月24日 第 03 版）: the
    # issue's day and page, not the event's
    r"|(?:《[^》\n]{1,20}》\s*)?[(（]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*第?\s*\d{1,3}\s*版\s*[)）])"
)


YEAR = re.compile(r"(?:19|20)\d\d")
STAMP_BEFORE_YEAR, STAMP_AFTER_YEAR = 60, 25  # how far a stamp reaches from its year, either way


STAMP_HINTS = (":", "：", "(", "（", "/",
               "pdated", "ublished", "osted", "PDATED", "UBLISHED", "OSTED", "Xinhua",
               "XINHUA", "China", "People's", "CGTN", "Global Times", "ecns", "Chinagate", "发布", "發佈")


def _may_hold_stamp(window: str, start: int) -> bool:
    """Could STAMP match in this window? (a character test, much cheaper than the pattern)"""
    return start == 0 or any(hint in window for hint in STAMP_HINTS)


def stamps(text: str) -> list[tuple[int, int]]:
    """Spans of the page's time stamps (STAMP). Every stamp has a year: STAMP is tried only around
    the years of the text, not at each of its characters (a tenth of the time on a long page)."""
    out: list[tuple[int, int]] = []
    done = 0
    for year in YEAR.finditer(text):
        if year.start() < done:
            continue
        start, end = max(done, year.start() - STAMP_BEFORE_YEAR), year.end() + STAMP_AFTER_YEAR
        if not _may_hold_stamp(text[start:end], start):
            continue  # most years are in prose: no colon, bracket, label or source name near them
        match = STAMP.search(text, start, end)
        if match is not None:
            out.append(match.span())
            done = match.end()
    return out


PRINTED_HEAD = 400  # characters: where a page prints its own date, under its headline


def printed_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The date the page prints for itself near its top — one of its time stamps (STAMP: the IDCPC's
    "( 2023.05.11 )", "Updated: ...", "2024-04-12 10:22", a source line) — and its span. The
    codebook anchors a day without year and "today" on the page's printed date before the date in
    its address; a page given without its published date still prints it here."""
    for start, end in stamps(text[:PRINTED_HEAD]):
        found = parse_date(text[start:end])
        if found is not None:
            return found, (start, end)
    return None
