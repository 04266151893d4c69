"""The one date parser of dipex.

Both the scraper (publication dates printed on pages, URL dates) and the extractor (event
dates in datelines) read dates here, so a form learnt once is understood everywhere.
Dates are calendar dates in Beijing time; nothing here knows about HTTP or HTML.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan", "enero", "janeiro"),
            ("february", "feb", "febrero", "fevereiro"),
            ("march", "mar", "marzo", "março", "marco"),
            ("april", "apr", "abril"),
            ("may", "mayo", "maio"),
            ("june", "jun", "junio", "junho"),
            ("july", "jul", "julio", "julho"),
            ("august", "aug", "agosto"),
            ("september", "sep", "sept", "septiembre", "setembro"),
            ("october", "oct", "octubre", "outubro"),
            ("november", "nov", "noviembre", "novembro"),
            ("december", "dec", "diciembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))

# Absolute forms, most specific first. Each yields (year, month, day) groups by name.
ABSOLUTE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?P<y>(?:19|20)\d{2})\s*[-./年]\s*(?P<m>\d{1,2})\s*[-./月]\s*(?P<d>\d{1,2})\s*日?"),
    re.compile(
        rf"\b(?P<mname>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{{2}})\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?(?P<mname>{_MONTH_RE})\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}})\b",
        re.IGNORECASE,
    ),
)
URL_DATE = re.compile(r"/t(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})_\d+")


def make_date(year: int, month: int, day: int) -> date | None:
    """A real calendar date, or None for impossible ones (Feb 30, month 13)."""
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    """Month number of an English/Spanish/Portuguese month name or abbreviation."""
    return MONTHS.get(name.lower().rstrip("."))


def _from_match(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else month_number(groups["mname"])
    if month is None:
        return None
    return make_date(int(groups["y"]), month, int(groups["d"]))


def find_date(text: str) -> tuple[date, tuple[int, int]] | None:
    """The first full date (with year) in ``text`` and its char span."""
    best: tuple[date, tuple[int, int]] | None = None
    for pattern in ABSOLUTE_PATTERNS:
        for match in pattern.finditer(text or ""):
            found = _from_match(match)
            if found is None:
                continue
            if best is None or match.start() < best[1][0]:
                best = (found, match.span())
            break
    return best


def parse_date(text: str | None) -> date | None:
    """Parse a printed date: '2024-04-03 21:30', '( 2019.08.17 )', '2024年4月3日',
    'April 3, 2024', '3 de abril de 2024'. None when no full date is there."""
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


def date_from_url(url: str) -> date | None:
    """The CMS publication date in TRS article names (``.../202404/t20240403_11276141.html``)."""
    match = URL_DATE.search(url or "")
    return _from_match(match) if match else None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
