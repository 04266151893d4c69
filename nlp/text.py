"""The layout of a release's text: what is page furniture, where the report itself starts.

Stored copies are not always the official page: news-agency and aggregator copies carry menus,
headline tickers, bylines, time stamps, "related news" lists, HTML remnants and watermarks. A
headline in a ticker ("China, Ecuador upgrade relations...") must not be read as this release's
news. Cleaning never moves text: furniture is overwritten with spaces, so every offset found in
the cleaned text is an offset into the original — evidence spans stay true.

The *lead* is the paragraph where the report begins: the one with the dateline ("Beijing, June
21st--", "新华社北京4月20日电"), else the first paragraph of running prose. What a release is
about is said in its title and lead; the rest is speeches and background.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.dates import DATELINE_EN, DATELINE_ZH

HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>|<!--.*?-->|&(?:[a-z]{2,8}|#\d{2,6});", re.DOTALL)
WATERMARK = re.compile(r"<[^<>\n]{1,40}>")  # "<site_name>" injected mid-sentence by copy farms
TICKER_BULLETS = "•▪►"  # not "·": it joins the parts of names (胡安·卡洛斯)
# A trailing list of other headlines: everything after it is another release's news. Its heading
# starts a line after the first (one on the first line would come before any text, and is not read):
# the pattern opens with the newline, which the regex engine jumps to, four times faster.
TRAILER = re.compile(
    r"\n[ \t]*(?:相关阅读|相關閱讀|相关链接|相關鏈結|相关新闻|相關新聞|相关内容|相關內容|延伸阅读|"
    r"推荐阅读|"
    r"Related (?:News|Stories|Articles|Reading)|We Recommend|Most Popular|Selections for you|"
    r"Leave your comment|"
    r"Editor's Pick|Hot News|Special Reports?|Recommended|You may also like|Read more)\b[^\n]*",
    re.IGNORECASE,
)
TIMESTAMP_LINE = re.compile(r"\d{1,2}:\d{2}|\d{4}[-./年]\d{1,2}[-./月]\d{1,2}|(?:19|20)\d{2}\b")
CJK = re.compile(r"[\u4e00-\u9fff]")
CJK_RUN = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff]*")  # not "[…]+": that form is scanned twice as slowly
# The English dateline pattern may begin at a newline, at two whitespace characters or at a "|",
# then skips any whitespace. On a long run of blanks (a page of tags or newlines, all blanked) that
# is quadratic: tried at every position of the run, and after "|" or the date marker two
# quantifiers share the run (30 s for a page of 60,000 newlines). The same dateline is found in
# linear time by starting only at the first blank of a run and letting one quantifier take the
# blanks (the city or "On" cannot start with a blank, so every blank is skipped either way).
_EN_PREFIX = r"(?:^\s*date\s+\d{4}-\d{2}-\d{2}\s+|^|\n|\s{2}|\|\s*)\s*"
_EN_PREFIX_LINEAR = r"(?:^\s*date\s+\d{4}-\d{2}-\d{2}\s|^|(?<!\s)\n|(?<!\s)\s{2}|\|)\s*"
assert DATELINE_EN.pattern.startswith(_EN_PREFIX)
DATELINE_EN_SEARCH = re.compile(_EN_PREFIX_LINEAR + DATELINE_EN.pattern[len(_EN_PREFIX):], DATELINE_EN.flags)
# Past the first character a dateline can only begin at a newline, two blanks or a "|" ("^" matches
# no more), and a pattern opening with a lookahead on those skips every other position quickly: the
# same search, twice as fast (see dateline_en).
_DATELINE_EN_LATER = re.compile(r"(?=\n|\s\s|\|)" + DATELINE_EN_SEARCH.pattern, DATELINE_EN_SEARCH.flags)


def dateline_en(text: str, end: int) -> re.Match[str] | None:
    """``DATELINE_EN_SEARCH.search(text, 0, end)``, faster: the same match."""
    return DATELINE_EN_SEARCH.match(text, 0, end) or _DATELINE_EN_LATER.search(text, 1, end)


SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[A-Z\"“(])|(?<=[。！？；])")


LEAD_SLACK = 150  # characters of a paragraph before its dateline that are still the lead
LEAD_SLACK_ZH = 50
SEGMENT_BREAK = re.compile(r"\s{2,}|[。！？]|(?<=[.!?])\s")
# A menu or breadcrumb: short items between bars ("首页 | 新闻 | 国际", "Home | China | World")
MENU_RUN = re.compile(r"(?:[^|\n]{1,16}\|){2,}[^|\n]{1,16}?(?=\s{2}|$)")


def _has_prose(line: str) -> bool:
    """Does a line hold running prose beside its bars (a whole page stored on one line)?"""
    return any(_is_prose(part, bool(CJK.search(part))) for part in re.split(r"\s{2,}", line))


@dataclass(frozen=True)
class Layout:
    """Cleaned text (same length as the original) and the lead paragraph's span."""

    clean: str
    lead_start: int
    lead_end: int
    dateline: tuple[int, int] | None  # span of the dateline formula, when there is one
    zh: bool = False  # is_cjk(clean): read by make_release too, so it is found once

    def lead(self) -> str:
        return self.clean[self.lead_start:self.lead_end]


NOT_NEWLINE = re.compile(r"[^\n]")


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character of the spans but a newline overwritten by a space."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = NOT_NEWLINE.sub(" ", text[start:end])
    return "".join(chars)


def is_cjk(text: str) -> bool:
    """True when Chinese characters make up a fair share of the letters (a zh release): more than a
    third of them, i.e. twice as many as the other letters (every character of the range is one)."""
    sample = text[:3000]
    rest = CJK_RUN.sub("", sample)  # by runs, not one character at a time: five times faster on zh
    han = len(sample) - len(rest)
    return han > 20 and han * 2 > sum(map(str.isalpha, rest))  # map: a third of the time of a genexpr


def clean(text: str) -> str:
    """The text with page furniture overwritten by spaces (same length, same offsets)."""
    if not text:
        return ""
    furniture = [match.span() for pattern in (HTML_TAG, WATERMARK) for match in pattern.finditer(text)]
    if text.count("|") >= 3 or sum(map(text.count, TICKER_BULLETS)) >= 2 or "off the wire" in text.lower():
        furniture += _furniture_lines(text)  # else no line can be a menu or a ticker: not read line by line
    cleaned = _blanked(text, furniture) if furniture else text
    # a trailer ("相关阅读", "Most Popular") ends the release when it comes after some text
    for match in TRAILER.finditer(cleaned):
        if match.start() > min(400, len(cleaned) // 3):
            return _blanked(cleaned, [(match.start(), len(cleaned))])
    return cleaned


def _furniture_lines(text: str) -> list[tuple[int, int]]:
    """Spans of the menus and tickers among the lines of a text (whole lines, or a line's menus)."""
    out: list[tuple[int, int]] = []
    position = 0
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        bullets = sum(map(line.count, TICKER_BULLETS))
        bars = line.count("|")
        if bullets < 2 and bars < 3 and not stripped.lower().startswith("off the wire"):
            continue  # prose: most lines, decided without counting their words
        words = len(stripped.split())
        if (bullets >= 3 or stripped.lower().startswith("off the wire")
                or (bars >= 3 and bars * 4 >= words) or (bullets >= 2 and bullets * 3 >= words)):
            if bars >= 3 and _has_prose(line):
                # a copy stored as one line: blank the menu, keep the report that follows it
                out += [(start + menu.start(), start + menu.end()) for menu in MENU_RUN.finditer(line)]
            else:
                out.append((start, end))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, leading/trailing spaces excluded."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            out.append((match.start() + left, match.start() + right))
    return out


def _is_prose(line: str, zh: bool) -> bool:
    if zh:
        return len(CJK.findall(line)) >= 15 and bool(re.search(r"[，,。]", line))
    words = line.split()
    if len(words) < 10 or line.count("|") >= 2:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower * 3 >= len(words)


def layout(text: str, title: str | None = None) -> Layout:
    """Clean the text and find its lead paragraph."""
    cleaned = clean(text)
    zh = is_cjk(cleaned)
    spans = paragraphs(cleaned)
    dateline: tuple[int, int] | None = None
    limit = max(600, len(cleaned) * 2 // 3)
    match = DATELINE_ZH.search(cleaned, 0, limit) if zh else dateline_en(cleaned, limit)
    lead: tuple[int, int] | None = None
    if match:
        start = match.start("mname") if not zh and match.group("city") is None else match.start()
        if not zh and match.group("city"):
            start = match.start("city")
        dateline = (start, match.end())
        for para in spans:
            if para[0] <= start < para[1] or (start <= para[0] < match.end()):
                lead = (min(para[0], start) if para[0] > start else para[0], para[1])
                if start - lead[0] > (LEAD_SLACK_ZH if zh else LEAD_SLACK):
                    # a copy stored as one line (menus, captions, bylines, then the dispatch): the
                    # lead starts where the dateline's segment does
                    breaks = [m.end() for m in SEGMENT_BREAK.finditer(cleaned, lead[0], start)]
                    lead = (breaks[-1] if breaks else start, para[1])
                break
    if lead is None:
        title_key = (title or "").strip()
        for para in spans:
            line = cleaned[para[0]:para[1]]
            if title_key and re.sub(r"^\s*date\s+[\d-]+\s*", "", line).strip() == title_key:
                continue
            if _is_prose(line, zh):
                lead = para
                break
    if lead is None:
        lead = spans[0] if spans else (0, 0)
    # a one-line lead ("新华社北京11月8日电 发言人宣布:", a subtitle) continues in the next paragraph
    line = cleaned[lead[0]:lead[1]].rstrip()
    unfinished = not line.endswith(("。", ".", "!", "?", "！", "？", "\"", "”"))
    if lead[1] - lead[0] < (40 if zh else 60) or unfinished:
        following = [p for p in spans if p[0] >= lead[1]]
        prose = next((p for p in following if _is_prose(cleaned[p[0]:p[1]], zh)), None)  # the first
        if prose or following:
            lead = (lead[0], (prose or following[0])[1])
    lead_end = min(lead[1], lead[0] + 900)
    return Layout(clean=cleaned, lead_start=lead[0], lead_end=lead_end, dateline=dateline, zh=zh)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]`` (a light splitter: full stops, Chinese 。)."""
    end = len(text) if end is None else end
    out = []
    for para_start, para_end in paragraphs(text[start:end]):
        a = start + para_start
        b = start + para_end
        cursor = a
        for match in SENTENCE_END.finditer(text, a, b):
            if match.start() > cursor:
                out.append((cursor, match.start()))
            cursor = match.end()
        if cursor < b:
            out.append((cursor, b))
    return out


# spaCy's English tokenizer peels punctuation off a space-free chunk one character at a time, and
# each peel copies the rest of the chunk: a run of punctuation costs the square of its length
# ("=" * 20000 took 73 s). Text never needs more than a few punctuation marks in a row, so before
# tokenizing, a run longer than this keeps its first marks and the rest become spaces (same
# length, same offsets: evidence spans stay true).
PUNCT_RUN = re.compile(r"[^\w\s][^\w\s]{8,}")  # 9+ marks; so spelled, the search skips a fifth faster
PUNCT_KEEP = 3


def tokenizer_safe(text: str) -> tuple[str, int]:
    """``text`` with each run of 9+ punctuation marks cut to its first 3 (the rest overwritten
    by spaces), and how many runs were cut. The tokenizer is quadratic on such runs; nothing a
    rule looks for lives inside one."""
    runs = 0

    def cut(match: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        run = match.group()
        return run[:PUNCT_KEEP] + " " * (len(run) - PUNCT_KEEP)

    return PUNCT_RUN.sub(cut, text), runs


SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (from JSON escapes such as "\\ud800") replaced by U+FFFD, and
    how many there were: they cannot be encoded, so hashing or writing the record would fail.
    Same length, same offsets."""
    return SURROGATE.subn("\ufffd", text)
