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


def date_of_match(match: re.Match[str]) -> date | None:
    """The date of a match with groups ``y``, ``d`` and ``m`` or ``mname`` (``ABSOLUTE_PATTERNS``,
    ``URL_DATES``, ``DATE_MARKER``), or None for an impossible one."""
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
            found = date_of_match(match)
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
    return date_of_match(match) if match else None


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# ----------------------------------------------------------------------------------------------
# Event-date forms (used by nlp/steps/event_date.py and nlp/steps/dates/). Releases print the day
# of an exchange in a handful of ways: a dateline ("Beijing, June 21st--", "HAVANA, Oct. 25 (Xinhua) --",


def dateline_parts(match: re.Match[str]) -> tuple[str, str]:
    """The month word and the day of a DATELINE_EN match, in either order ("May 10", "10 May")."""
    if match.group("mname") is not None:
        return match.group("mname"), match.group("d")
    return match.group("mname_first"), match.group("d_first")


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
# Latin America's cities are written with their accents ("Bogotá, March 21st--", "BRASÍLIA, Nov. 20
# (Xinhua) --", "São Paulo", "Asunción", "San José"), precomposed or as a letter and a combining mark:
# a city of ASCII letters only would miss those datelines, and the page would be dated by its
# printed day instead of the dateline's.
UPPER = "A-ZÀ-ÖØ-Þ"  # upper-case Latin letters, accented ones included (not × U+00D7)
LETTER = "A-Za-zÀ-ÖØ-öø-ÿ\u0300-\u036f"  # Latin letters, accented ones and combining accents included
# after one space, only an upper-case city opens a dateline ("... 2023 BEIJING, June 7 (Xinhua) --",
# as a copy stored on one line prints it)
_CAPS_WORD = rf"[{UPPER}][{UPPER}\u0300-\u036f'’\-]+"  # "BOGOTÁ", "SÃO", "PORT-AU-PRINCE"
CAPS_CITY_AFTER_SPACE = rf"(?<=\S\s)(?={_CAPS_WORD}(?: {_CAPS_WORD})*,)"
# The agency's credit after the day, in brackets: "(Xinhua) --", "(Prensa Latina)", "(ACN)",
# "(teleSUR)". Latin American agencies (Prensa Latina, ACN, teleSUR) write no dash after it: the
# credit itself ends their dateline ("HAVANA, May 10 (Prensa Latina) Roberto Morales received on
# Thursday ..."), so a credit followed by the capital of the lead's first word is a dateline too;
# without it the weekday of such a lead would be counted from the printed date, not the dateline.
# Some write the day first ("Havana, 10 May (ACN)", "Caracas, 6 Mar (teleSUR)"): groups d_first and
# mname_first (read with dateline_parts); else that day was read as the exchange's stated day.
# The day first may carry its ordinal too ("Beijing, 21st June 2018 --"), as British English writes it.
# The IDCPC's English pages of the 2010s write no comma after the city ("Beijing May 21st--", "Mexico
# City July 17th--", "La Paz September 15th--"): a city of capitalised words (with the connectives
# of place names: "Port of Spain", "San José de ...") right before a month and a day is a dateline as
# well; without it the event was dated by the page's printed day. Only capitalised words, so that
# prose ending in "on May 21--" is never read as a place.
_CAP_WORD = rf"[{UPPER}][{LETTER}'’\-]*\.?"
_BARE_CITY = rf"{_CAP_WORD}(?:[^\S\n](?:(?:of|de|del|do|da|la|las|los|el)[^\S\n])?{_CAP_WORD}){{0,3}}"
# Foreign aggregators that repost a wire put their own name and day stamp in the same brackets and end
# the dateline with a colon ("NEW YORK, Sept. 27 (APP/Xinhua - UrduPoint News - 27th Sep, 2024) :Chinese
# Premier ..."): the credit then holds a comma and digits, and the colon stands where the dash does;
# without it the stamp's day was read as the exchange's stated day and the lead's weekday was lost.
_CREDIT = r"\((?:[A-Za-z][\w.&'’/ \-]{0,30}|[A-Za-z][\w.&'’/ \-]{0,40}[-–][\w ]{1,30},\s*\d{4})\)"
# Non-native and hurried releases drop the dateline's comma ("Beijing June 21st--", "Havana 21 June--").
# Without the comma only such a city (``_BARE_CITY``) is read, directly followed by the day and a dash
# that opens no range (prose at a line's start, "The talks were held on May 10-12", has lower-case
# words, or a second day after the dash).
# Two ways copies lose the line break before a dateline: a photo caption (or a teaser) run into the lead
# with no blank ("... in Beijing.Beijing, Nov. 8 --", "(Photo by IDCPC)Beijing, May 24th --": a stop or
# closing bracket glued to a capital), and a bullet set before each paragraph ("• Beijing, May 24th --").
# Either way the dateline still opens the report's first paragraph as printed.
GLUED_AFTER_STOP = rf"(?<=[.!?)\]])(?=[{UPPER}])"
LIST_MARK = r"(?:[•■●◆▪►][^\S\n]*)?"
DATELINE_EN = re.compile(
    rf"(?:^\s*date\s+\d{{4}}-\d{{2}}-\d{{2}}\s+|^|\n|\s{{2}}|\|\s*|{CAPS_CITY_AFTER_SPACE}|{GLUED_AFTER_STOP})\s*"
    rf"{LIST_MARK}"
    rf"(?:(?P<city>[{UPPER}][{LETTER} .'’\-]{{1,40}}?(?:,\s*[{UPPER}][{LETTER} .\-]{{1,30}})?),\s*|On\s+"
    rf"|(?P<city_bare>{_BARE_CITY})\s+(?=(?i:{_EN_MONTH_RE})\.?\s+\d|\d{{1,2}}{_ORD}\s+(?i:{_EN_MONTH_RE})\b))"
    rf"(?:(?P<mname>(?i:{_EN_MONTH_RE}))\.?\s+(?P<d>\d{{1,2}}){_ORD}"
    rf"|(?P<d_first>\d{{1,2}}){_ORD}\s+(?P<mname_first>(?i:{_EN_MONTH_RE}))\.?)(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
    rf"\s*(?:{_CREDIT}\s*(?:{_DASH}|:|(?=[{UPPER}\"“]))|{_DASH}(?(city_bare)(?!\s*\d)))",
)


def dateline_city(match: re.Match[str]) -> str | None:
    """The city of a DATELINE_EN match, written with or without its comma."""
    return match.group("city") or match.group("city_bare")
# "新华社北京4月20日电", "新華社利馬11月14日電", "俄罗斯卫星通讯社北京9月8日电", "中新网6月12日电"; the month
# and day also in Chinese numerals (新华社哈瓦那五月十一日电), as dates in Chinese may be written. A
# newspaper's own report ends its dateline with 讯 (news) where an agency's dispatch has 电 (wire):
# "湖南日报5月22日讯", "福建日报福州3月5日訊" — the same dateline (at times with its year: 本报北京
# 2021年3月4日电), whose day 今天 and 昨天 count from. Taiwan's agency and papers give the day alone, the
# month being the page's own ("中央社台北14日電", "中央社記者里約熱內盧19日專電", "中央社聖地牙哥22日綜合外電
# 報導": a special or a compiled dispatch, the reporter's name at times before the city): a dateline too,
# after an agency's or paper's name (社, 报), ending in a dispatch's word, its day (group ``d_only``) read
# in the month of the page's date, or the month before when that day is still ahead of it.
# Copies that drop the agency's name (embassy reposts, papers quoting a wire: "哈瓦那10月9日电 …",
# "北京8月1日电 …") keep the city, day and 电: at the start of a line (or after a blank) a city of two
# or more characters before the day and 电 is the same dateline; without it 昨天 and 今天 were counted
# from the printed day. Mid-sentence 电 after a date (…12月30日电贺) has no blank before its words; a
# line that does name its agency (新华社圣地亚哥…) is read from the agency's name, never as a city.
DATELINE_ZH = re.compile(r"(?:社|网|網|台|报|"
                         r"報|(?<!\S)(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{0,12}?(?:社|网|網|报|報)))(?P<city>[\u4e00-\u9fff]{0,8}?)(?:(?P<y>\d{4})年)?"
                         r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月"
                         r"(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日(?:电|電|讯|訊)"
                         r"|(?:社|报|報)(?P<city_d>[\u4e00-\u9fff]{0,12}?)(?P<d_only>\d{1,2})日(?:专|專)?"
                         r"(?:电|電|综合外电报导|綜合外電報導|综合报导|綜合報導)")
# The next patterns are run over whole releases. Each opens with a lookahead on the characters
# every match starts with (a month's or weekday's initial, a digit), which the regex engine uses
# to skip all other positions at once: the same matches, scanned two to four times faster. A new
# alternative must start with one of those characters, or be added to the lookahead.
# "April 9th", "Nov. 20", "17 July" (no year): optional range end "to 16th", "-19", "to Nov. 23".
# The day-first forms of British English and embassy pages put the range before the month: "From 8
# to 12 May", "8-12 May 2024", "On 8 and 9 May 2023". The first day is the exchange's (codebook,
# event_date rule 1), so it is read as the start (group d2), the month and year found ahead by
# lookaheads, and the second day as the range's end (d_end): "12 May" alone would date the visit by
# its last day. A day is never the first digits of a year ("May 2024" is no "May 20").
_YEAR = r"(?:19|20)\d{2}"
_M = _EN_MONTH_PREFIX
_RANGE = r"(?:to|through|until|and|-|–|—)"  # "and": two days of one exchange, "8 and 9 May"
_DAY = rf"\d{{1,2}}{_ORD}(?!\d)"
MONTH_DAY_EN = re.compile(
    rf"(?=[JFMASOND\d])\b(?:(?P<mname>{_M})\.?\s+(?P<d>\d{{1,2}}){_ORD}(?!\d)"
    rf"|(?P<d2>\d{{1,2}}){_ORD}(?=(?:\s*{_RANGE}\s*{_DAY})?\s+(?P<mname2>{_M})\b)(?:\s+{_M}\b\.?)?)"
    # the year after the day, or after the range's end ("8-12 May 2024", "May 8-12, 2024")
    rf"(?:(?=(?:\s*{_RANGE}\s*{_DAY}(?:\s+{_M}\b\.?)?)?,?\s+(?P<y>{_YEAR})\b)|)(?:,?\s+{_YEAR}\b)?"
    # the range's end: "to 16th", "-19", "to Nov. 23", "- 12 June" (its month found ahead by a lookahead)
    rf"(?:\s*(?:to|through|until|-|–|—|and(?=\s*{_DAY}\s+{_M}\b))\s*"
    rf"(?:(?=(?:{_DAY}\s+)?(?P<mname_end>{_M})\b)|)(?:{_M}\.?\s+)?(?P<d_end>\d{{1,2}}){_ORD}\b"
    rf"(?:\s+{_M}\b\.?)?(?:,?\s+(?P<y_end>{_YEAR}))?)?",
    re.IGNORECASE,
)
# "2022年10月25日", "4月20日", "17日", "9月8日至14日", "11月13日至17日"; the year and month are optional.
# A range may write 日 once, at its end ("6月5至12日", "5至12日"): its first day is then the number
# before 至 / 到 / —, which is a day only when the range's end follows with its 日. Spoken Chinese writes
# 号 for 日 ("11月29号"); read only after a month, since a number before 号 alone is a number (1号文件,
# 3号线). Pages that space Arabic digits apart from Chinese characters (a common typesetting habit, and
# what copy-and-paste from some editors leaves: "6 月 21 日", "2018 年 6 月 21 日") write the same day:
# one blank is allowed on either side of 年, 月 and 日 (never a line break, which ends the date).
_ZB = r"[ \t\u3000\xa0]?"
_ZH_RANGE_END = rf"\s*(?:至|到|—|－)\s*(?:\d{{1,2}}{_ZB}月{_ZB})?\d{{1,2}}{_ZB}日"
DAY_ZH = re.compile(
    rf"(?=\d)(?:(?P<y>(?:19|20)\d{{2}}){_ZB}年{_ZB})?(?:(?P<m>\d{{1,2}}){_ZB}月{_ZB})?(?P<d>\d{{1,2}})"
    rf"(?:{_ZB}日|(?<=月\d)号|(?<=月\d\d)号|(?={_ZH_RANGE_END}))"
    rf"(?:\s*(?:至|到|—|-|－)\s*(?:(?P<m_end>\d{{1,2}}){_ZB}月{_ZB})?(?P<d_end>\d{{1,2}}){_ZB}日)?"
)
# "On the morning of the 10th", "on the 10th in Havana", "from the 14th to the 16th": a day of the month
# written alone as an ordinal, as Chinese 10日 is (the month and year come from the dateline or the
# printed day), or with its month after "of" ("on the 8th and 9th of May", "on the 8th of May, 2023").
# Only after "on/of/from the", and, without a month, before a comma, a stop, a place or time word or an
# auxiliary verb ("his meeting with Wang Yi on the 28th had opened …": the ordinal closes its noun
# phrase), or before the subject a fronted "On the 6th" is followed by (a pronoun or an article: no
# adjective stands before either): an ordinal before a noun ("on the 20th National Congress", "the
# 10th anniversary") is no day.
DAY_EN_ORDINAL = re.compile(
    r"(?=[oOfF])\b(?:[Oo]n|[Oo]f|[Ff]rom)\s+the\s+(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
    r"(?:\s*(?:to|through|until|and|-|–|—)\s*(?:the\s+)?(?P<d_end>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b)?"
    rf"(?:\s+of\s+(?P<mname>{_M})\b\.?(?:,?\s+(?P<y>{_YEAR})\b)?"
    r"|(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|local|Beijing|when|during|with|of (?:this|last) month|"
    r"had|has|have|was|were|is|are|will|would|it|they|he|she|we|the)\b))"
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


HALF_YEAR = 183  # an event a page announces lies at most this many days ahead of it


def month_day_ahead(month: int, day: int, anchor: date | None, allow_future_days: int = 0) -> date | None:
    """A month and day without year in a sentence about a coming event ("the forum to be held on
    July 25", 将于3月5日举行): ``month_day``'s placement, unless the next such day after ``anchor``
    is nearer than that one before it and within ``HALF_YEAR`` — a plan lies ahead of the page that
    mentions it, so rule 4's "a month after that date means the year before" (made for days a page
    reports) does not hold for it. A sentence marked so by a "will" elsewhere in it, about a day
    that is past, keeps the past day: that one is nearer."""
    placed = month_day(month, day, anchor, allow_future_days)
    if anchor is None or (placed is not None and placed > anchor):
        return placed
    ahead = next((d for d in (make_date(anchor.year, month, day), make_date(anchor.year + 1, month, day))
                  if d is not None and d > anchor), None)
    if ahead is None or (ahead - anchor).days > HALF_YEAR:
        return placed
    if placed is None or (ahead - anchor) < (anchor - placed):
        return ahead
    return placed


def month_before(day: date) -> tuple[int, int]:
    """The year and month of the month before ``day``'s."""
    return (day.year - 1, 12) if day.month == 1 else (day.year, day.month - 1)


def month_after(day: date) -> tuple[int, int]:
    """The year and month of the month after ``day``'s."""
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def bare_day(day: int, anchor: date | None, ahead: bool = False) -> date | None:
    """A day of the month written alone (Chinese 17日, 当地时间31日) in a release of ``anchor``.

    A report comes on or after the day it reports, so the day lies in the anchor's month when it
    is on or before the anchor's day, else in the month before (rule 4's "a month after that date
    means the year before", for days): 31日 under a dateline of 2月1日 is January 31, and so is it
    under 6月1日 May 31 — the anchor's month need not have that day (there is no February 31) for
    the month before to be tried. An announced day (``ahead``, 将于5日) is the next such day on or
    after the anchor. None when neither month has the day, or without an anchor."""
    if anchor is None:
        return None
    if ahead:
        this = make_date(anchor.year, anchor.month, day)
        if this is not None and this >= anchor:
            return this
        return make_date(*month_after(anchor), day)
    this = make_date(anchor.year, anchor.month, day)
    if this is not None and this <= anchor:
        return this
    return make_date(*month_before(anchor), day)


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
    found = date_of_match(match)
    return (found, match.span()) if found else None


def date_in_url(url: str) -> date | None:
    """A publication day written into a page address (TRS names first, then news-site forms)."""
    for pattern in URL_DATES:
        for match in pattern.finditer(url or ""):
            found = date_of_match(match)
            if found is not None:
                return found
    return None


# ----------------------------------------------------------------------------------------------
# Signature lines. A joint statement, communiqué, declaration or memorandum often states its day
# only where it is signed, at its end: "Signed in Beijing on May 1, 2018", "Done in Brasília on 13
# April 2023, in two originals", "Beijing, 14 April 2023", "本公报于二〇一八年八月二十一日在北京签署",
# "二〇二三年四月十四日于北京", "2023年4月14日 北京". Chinese texts write such days in Chinese numerals
# (年 digit by digit: 二〇一八; month and day as numbers: 十二, 二十一), sometimes in full-width digits.
ZH_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_ZH_NUM = "〇○零一二两三四五六七八九十"
# a full date in Chinese, in Arabic (also full-width) or Chinese numerals: 2023年4月14日, 二〇二三年四月十四日
FULL_DATE_ZH = re.compile(
    rf"(?P<y>[\d{_ZH_NUM}]{{4}})\s*年\s*(?P<m>[\d{_ZH_NUM}]{{1,3}})\s*月\s*(?P<d>[\d{_ZH_NUM}]{{1,3}})\s*日")


def zh_number(text: str) -> int | None:
    """A number written in Arabic digits (full-width too), digit by digit in Chinese numerals (a
    year: 二〇一八 → 2018) or as a Chinese number up to 99 (十 → 10, 十二 → 12, 二十一 → 21)."""
    if text.isdecimal():
        return int(text)  # int() reads full-width digits as well
    if "十" not in text:
        digits = [ZH_DIGITS.get(char) for char in text]
        if not digits or None in digits:
            return None
        return int("".join(str(d) for d in digits))
    tens, _, units = text.partition("十")
    ten = ZH_DIGITS.get(tens, -1) if tens else 1
    unit = ZH_DIGITS.get(units, -1) if units else 0
    return None if ten < 0 or unit < 0 or len(units) > 1 or len(tens) > 1 else ten * 10 + unit


def full_date_zh(match: re.Match[str]) -> date | None:
    """The date of a ``FULL_DATE_ZH`` match, or None for an impossible one."""
    year, month, day = (zh_number(match.group(g)) for g in ("y", "m", "d"))
    if year is None or month is None or day is None:
        return None
    return make_date(year, month, day)


# a date in an English closing line: "14 April 2023", "April 14, 2023", "April 14th, 2023", "May 1" (no
# year: rule 4 gives it), and the treaty style "the 1st of May, 2018", "this 1st day of May 2018"; a
# letter from a Latin American party closes in its own language: "16 de octubre de 2022", "1 de julho
# de 2021" (the month words are those of MONTHS, Spanish and Portuguese too)
_MONTH_WORD = rf"(?i:{_EN_MONTH_RE})"
CLOSING_DATE_EN = (
    rf"(?:(?P<d>\d{{1,2}}){_ORD}\s+(?:day\s+)?(?:(?:of|de)\s+)?(?P<mname>{_MONTH_WORD})\.?"
    rf"|(?P<mname2>{_MONTH_WORD})\.?\s+(?P<d2>\d{{1,2}}){_ORD}(?!\d))"
    rf"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{{2}}))?\b"
)
# the same days as DAY_ZH written in Chinese numerals (五月十日, 二〇二三年四月十二日至十五日): the month is
# required, so that a numeral before 日 alone (一日游, 十日谈) is not read as a day
_ZH_MD = "一二三四五六七八九十"
DAY_ZH_NUMERALS = re.compile(
    rf"(?=[{_ZH_NUM}])(?:(?P<y>[〇○零一二三四五六七八九]{{4}})年)?(?P<m>[{_ZH_MD}]{{1,2}})月(?P<d>[{_ZH_MD}]{{1,3}})日"
    rf"(?:\s*(?:至|到|—|-|－)\s*(?:(?P<m_end>[{_ZH_MD}]{{1,2}})月)?(?P<d_end>[{_ZH_MD}]{{1,3}})日)?"
)
# a day alone in Chinese numerals (当地时间十日, 三十日，…会见): read only where a day alone is
# written — after 当地时间 / 北京时间, or opening a clause or the dispatch (after its dateline) before a
# comma, a part of the day or 在 — since a numeral before 日 elsewhere is no day (一日游, 十日谈, 为期十日)
DAY_ZH_NUMERAL_ALONE = re.compile(
    rf"(?:(?<=[当當]地[时時]间)|(?<=[当當]地[时時]間)|(?<=北京[时時]间)|(?<=北京[时時]間)|(?<=[。，,；;：:\s）)电電])|^)"
    rf"(?P<d>[{_ZH_MD}]{{1,3}})日"
    rf"(?:\s*(?:至|到|—|-|－)\s*(?P<d_end>[{_ZH_MD}]{{1,3}})日)?"
    r"(?=[，,在晚]|[上下中]午|早|凌晨|傍晚|夜)", re.M)
# the same day alone right after the one who acts on it and before where, when or what he acts (王毅二十六日
# 在北京同…会谈, 外长十日上午会见, 艾平十八日在京會見…, 中共中央六日致電…, as mainland, Hong Kong and Macao
# papers write it): subject, day, then 在/于, a part of the day or the act's verb is how a Chinese report
# writes the day of its exchange; not after a count or a number (前三日, 为期十日, 第十日, 每十日, 五月十日:
# that one is DAY_ZH_NUMERALS's), nor part of a longer numeral (二十六日 is one day, not 十六日)
DAY_ZH_NUMERAL_AFTER_SUBJECT = re.compile(
    rf"(?<=[\u4e00-\u9fff])(?<![前后後期历歷用共经經第每数數近几幾逾约約个個余餘头頭月年{_ZH_NUM}])"
    rf"(?P<d>[{_ZH_MD}]{{1,3}})日"
    r"(?=[在于於]|[上下中]午|早上|晚上|凌晨|傍晚|致[电電函信]|[会會][见見谈談]|出席|[举舉]行|抵达|抵達|同|与|與)")
