"""The one date parser of dipex.

Both the scraper (publication dates printed on pages, URL dates) and the extractor (event
dates in datelines) read dates here, so a form learnt once is understood everywhere.
Dates are calendar dates in Beijing time; nothing here knows about HTTP or HTML.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

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


# ----------------------------------------------------------------------------------------------
# Event-date forms (used by nlp/steps/event_date.py). Releases print the day of an exchange in a
# handful of ways: a dateline ("Beijing, June 21st--", "HAVANA, Oct. 25 (Xinhua) --",
# "新华社北京4月20日电"), a month and day without year ("On April 9th,", "from August 14th to
# 16th", "9月18日至20日", "当地时间17日"), a weekday ("met on Tuesday", "from Wednesday to
# Friday") or "today". A year, when missing, comes from an anchor day (the publication date).

WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [("monday", "周一", "星期一"), ("tuesday", "周二", "星期二"), ("wednesday", "周三", "星期三"),
         ("thursday", "周四", "星期四"), ("friday", "周五", "星期五"), ("saturday", "周六", "星期六"),
         ("sunday", "周日", "星期日", "星期天")]
    )
    for name in names
}
_EN_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS if m.isascii()), key=len, reverse=True))
# English month words by their first three letters (fast to scan; month_number() checks the rest)
_EN_MONTH_PREFIX = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"(?:-{1,2}|–|—|―)"
# "Beijing, June 21st--", "HAVANA, Oct. 25 (Xinhua) --", "BALI, Indonesia, Nov. 15 (Xinhua) --",
# "On September 27th—" (the IDCPC's dateline without a city).
# after one space, only an upper-case city opens a dateline ("... 2023 BEIJING, June 7 (Xinhua) --",
# as a copy stored on one line prints it)
CAPS_CITY_AFTER_SPACE = r"(?<=\S\s)(?=[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+)*,)"
DATELINE_EN = re.compile(
    rf"(?:^\s*date\s+\d{{4}}-\d{{2}}-\d{{2}}\s+|^|\n|\s{{2}}|\|\s*|{CAPS_CITY_AFTER_SPACE})\s*"
    rf"(?:(?P<city>[A-Z][A-Za-z .'’\-]{{1,40}}?(?:,\s*[A-Z][A-Za-z .\-]{{1,30}})?),\s*|On\s+)"
    rf"(?P<mname>(?i:{_EN_MONTH_RE}))\.?\s+(?P<d>\d{{1,2}}){_ORD}(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"\s*(?:\((?:Xinhua|XINHUA|Xinhuanet|CGTN|Reuters|AP|AFP|EFE|Prensa Latina)\)\s*)?{_DASH}",
)
# "新华社北京4月20日电", "新華社利馬11月14日電", "俄罗斯卫星通讯社北京9月8日电", "中新网6月12日电"
DATELINE_ZH = re.compile(r"(?:社|网|網|台|报|"
                         r"報)(?P<city>[\u4e00-\u9fff]{0,8}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:电|電)")
# The next patterns are run over whole releases. Each opens with a lookahead on the characters
# every match starts with (a month's or weekday's initial, a digit), which the regex engine uses
# to skip all other positions at once: the same matches, scanned two to four times faster. A new
# alternative must start with one of those characters, or be added to the lookahead.
# "April 9th", "Nov. 20", "17 July" (no year): optional range end "to 16th", "-19", "to Nov. 23"
MONTH_DAY_EN = re.compile(
    rf"(?=[JFMASOND\d])\b(?:(?P<mname>{_EN_MONTH_PREFIX})\.?\s+(?P<d>\d{{1,2}}){_ORD}|(?P<d2>\d{{1,2}}){_ORD}\s+"
    rf"(?P<mname2>{_EN_MONTH_PREFIX})\b\.?)"
    rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"(?:\s*(?:to|through|until|-|–|—)\s*(?:(?P<mname_end>{_EN_MONTH_PREFIX})\.?\s+)?(?P<d_end>\d{{1,2}}){_ORD}\b"
    rf"(?:,?\s+(?P<y_end>(?:19|20)\d{{2}}))?)?",
    re.IGNORECASE,
)
# "2022年10月25日", "4月20日", "17日", "9月8日至14日", "11月13日至17日"; the year and month are optional
DAY_ZH = re.compile(
    r"(?=\d)(?:(?P<y>(?:19|20)\d{2})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
    r"(?:\s*(?:至|到|—|-|－)\s*(?:(?P<m_end>\d{1,2})月)?(?P<d_end>\d{1,2})日)?"
)
WEEKDAY_EN = re.compile(
    r"(?=[olMTWFS])\b(?:on\s+|last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:to|through|until|and)\s+(?P<wd_end>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday))?\b"
)
WEEKDAY_ZH = re.compile(r"(?P<wd>星期[一二三四五六日天]|周[一二三四五六日])")
TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening))\b|今天|今日", re.IGNORECASE)
# A leading " date YYYY-MM-DD" marker: news-agency copies start with their publication day.
DATE_MARKER = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})\b")
# Dates in addresses of news sites: /2016/0406/, /2018/01-23/, /2016-11/19/, /20160809/, story20220729,
# /201605/t20160510_ (TRS), /n3/2024/1025/, /2013-06-01/
URL_DATES: tuple[re.Pattern[str], ...] = (
    URL_DATE,
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/_]?(?P<m>0[1-9]|1[0-2])[-/_]?(?P<d>0[1-9]|[12]\d|"
               r"3[01])(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d{2})[-/](?P<m>0[1-9]|1[0-2])/(?P<d>0[1-9]|[12]\d|3[01])/"),
)


def month_day(month: int, day: int, anchor: date | None, allow_future_days: int = 0) -> date | None:
    """A month and day without year, placed in the year that puts it on or before ``anchor``
    (a "December 30th" dateline in a release of January 2 is last year's), or up to
    ``allow_future_days`` after it (announcements of coming visits). None without an anchor."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1, anchor.year + 1):
        found = make_date(year, month, day)
        if found is None:
            continue
        delta = (found - anchor).days
        if delta <= allow_future_days and delta > -300:
            return found
    return None


def weekday_on_or_before(name: str, anchor: date | None) -> date | None:
    """The last day named ``name`` ("Tuesday", "星期二") on or before ``anchor``."""
    number = WEEKDAYS.get(name.lower())
    if number is None or anchor is None:
        return None
    return anchor - timedelta(days=(anchor.weekday() - number) % 7)


def weekday_after(name: str, anchor: date | None) -> date | None:
    """The next day named ``name`` after ``anchor`` (an announced "will visit ... on Wednesday")."""
    number = WEEKDAYS.get(name.lower())
    if number is None or anchor is None:
        return None
    return anchor + timedelta(days=(number - anchor.weekday() - 1) % 7 + 1)


def date_marker(text: str) -> tuple[date, tuple[int, int]] | None:
    """The leading ' date YYYY-MM-DD' marker of a news-agency copy, and its span."""
    match = DATE_MARKER.match(text or "")
    if not match:
        return None
    found = _from_match(match)
    return (found, match.span()) if found else None


def date_in_url(url: str) -> date | None:
    """A publication day written into a page address (TRS names first, then news-site forms)."""
    for pattern in URL_DATES:
        for match in pattern.finditer(url or ""):
            found = _from_match(match)
            if found is not None:
                return found
    return None
