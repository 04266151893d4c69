"""Page furniture: what a stored copy prints around the report, overwritten by spaces.

Stored copies are not always the official page: news-agency and aggregator copies carry menus,
headline tickers, bylines, time stamps, "related news" lists, HTML remnants and watermarks. A
headline in a ticker ("China, Ecuador upgrade relations...") must not be read as this release's
news. Cleaning never moves text: furniture is overwritten with spaces (``blanked``), so every offset
found in the cleaned text is an offset into the original — evidence spans stay true. The cleaning
comes before, and apart from, the reading of the lead (nlp.text).
"""

from __future__ import annotations

import re

from nlp.prose import CJK, is_prose
from nlp.stamps import stamps

HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,300}>|<!--.*?-->|&(?:[a-z]{2,8}|#\d{2,6});", re.DOTALL)
WATERMARK = re.compile(r"<[^<>\n]{1,40}>")  # "<site_name>" injected mid-sentence by copy farms
# An editor's credit in brackets, which copies append to the last paragraph or print on a line of
# its own ("【责任编辑：许小萌】", "[Editor: Chen Yu]", "(Editor: Huaxia)"), and the 【纠错】 (report an
# error) button beside it: page furniture. Glued to the lead's last sentence, it ended the sentence
# in a bracket instead of a full stop, and the words before it were read differently.
EDITOR_CREDIT = re.compile(
    r"[【\[(（]\s*(?:责任编辑|責任編輯|编辑|編輯|(?i:editors?|edited by|responsible editor))\s*[:：]"
    r"[^【】\[\]()（）\n]{1,40}[】\])）]|【\s*(?:纠错|糾錯)\s*】")
EDITOR_HINTS = ("编辑", "編輯", "ditor", "DITOR", "dited", "纠错", "糾錯")
TICKER_BULLETS = "•▪►"  # not "·": it joins the parts of names (胡安·卡洛斯)
# A trailing list of other headlines: everything after it is another release's news. Its heading
# starts a line after the first (one on the first line would come before any text, and is not read):
# the pattern opens with the newline, which the regex engine jumps to, four times faster.
# A heading may stand in brackets (【相关新闻】, 【延伸閱讀】, "[Related News]"), as Chinese copies print it.
TRAILER_WORDS = (r"(?:[【\[][ \t]*)?"
                 r"(?:相关阅读|相關閱讀|相关链接|相關鏈結|相關鏈接|相关新闻|相關新聞|相关内容|相關內容|延伸阅读|"
                 r"延伸閱讀|推荐阅读|推薦閱讀|"
                 r"Related (?:News|Stories|Articles|Reading|Links|Content|Coverage|Reports)|"
                 r"We Recommend|Most Popular|Selections for you|"
                 r"Leave your comment|"
                 r"Editor's Pick|Hot News|Special Reports?|Recommended|You may also like|Read more)\b[^\n]*")
# Headings of a sidebar of other stories that are also ordinary words ("Latest", "更多", "最新"): a
# heading only when it is a line of its own (at most a short qualifier: "Most Viewed in 24 Hours",
# then ":" or ">>"), never at the start of a sentence ("Latest figures show ..."). Agency copies print
# other dispatches, each with its own dateline, under them after the body: read as this page's, their
# day, event and leaders replaced the page's own.
TRAILER_HEADINGS = (
    "Latest", "Latest News", "Latest Stories", "Latest Updates", "Most Viewed", "Most Read", "Most Shared",
    "Top Stories", "Top News", "Trending", "Trending Now", "Editor's Choice", "Editors' Picks", "More News",
    "More Stories", "More", "In Case You Missed It",
    # "Related:", "See also:" over a list of other headlines: "related" and "see also" open prose too
    "Related", "See Also", "Also Read", "Read Also", "Further Reading",
    "最新消息", "最新", "最新新闻", "最新新聞", "最新报道", "最新報道", "最新动态", "最新動態",
    "热点新闻", "熱點新聞", "热门推荐", "熱門推薦", "热点推荐", "熱點推薦", "热门新闻", "熱門新聞",
    "热门文章", "熱門文章", "精彩推荐", "精彩推薦", "推荐阅读", "推薦閱讀", "相关报道", "相關報道",
    "更多", "更多新闻", "更多新聞", "往期回顾", "往期回顧", "猜你喜欢", "猜你喜歡",
)
TRAILER_HEADING_QUALIFIER = r"(?:[ \t]+(?:in|of|this|today|on)\b[^\n.!?。！？]{0,20})?"  # "in 24 Hours"
_HEADINGS = "|".join(re.escape(h) for h in sorted(TRAILER_HEADINGS, key=len, reverse=True))
TRAILER_HEADING = (rf"(?:{_HEADINGS}){TRAILER_HEADING_QUALIFIER}[ \t]*(?:[:：>»›]+|[ \t]*\(\d+\))?[ \t]*")
TRAILER = re.compile(r"\n[ \t]*(?:" + TRAILER_WORDS + "|" + TRAILER_HEADING + r"(?=\n))", re.IGNORECASE)
# In a copy stored on one line the heading follows a sentence's end and a blank or a line break, a
# gap of blanks, or, in brackets, the sentence's end itself (。【延伸阅读】); a heading that is also an
# ordinary word is followed by a gap too.
TRAILER_ONE_LINE = re.compile(r"(?:(?<=[。！？.!?])\s+|(?<=[ \t][ \t])|(?<=[。！？.!?])(?=[【\[]))(?:"
                              + TRAILER_WORDS + "|" + TRAILER_HEADING + r"(?=[ \t]{2}))", re.IGNORECASE)
ONE_LINE_BREAKS = 2  # a text with at most this many line breaks is a copy stored on one line


# A menu or breadcrumb: short items between bars ("首页 | 新闻 | 国际", "Home | China | World")
LINE_PART = re.compile(r"\S+(?:\s\S+)*")  # a part of a line between runs of two or more blanks
# It starts a line or a part of one (after two blanks) and has at most 40 items: tried anywhere and
# unbounded, a long line of short items between bars costs the square of its length.
MENU_RUN = re.compile(r"(?:^|(?<=\s\s))(?:[^|\n]{1,16}\|){2,40}[^|\n]{1,16}?(?=\s{2}|$)")


def _has_prose(line: str) -> bool:
    """Does a line hold running prose beside its bars (a whole page stored on one line)?"""
    return any(is_prose(part, bool(CJK.search(part))) for part in re.split(r"\s{2,}", line))


STORED_PAGE_SENTENCES = 4  # a ticker has headlines, a page stored on one line has sentences


def _is_stored_page(line: str) -> bool:
    """Is this line a whole copy stored on one line (menus, then the report), not a ticker?"""
    sentences = len(re.findall(r"[a-z\u4e00-\u9fff][.。!?！？](?:\s|$)|[。！？]", line))
    return sentences >= STORED_PAGE_SENTENCES or (line.count("|") >= 3 and _has_prose(line))


def _is_furniture(line: str) -> bool:
    """A menu, breadcrumb or ticker: items between bars or bullets, or "Off the wire"."""
    stripped = line.strip()
    bullets = sum(map(line.count, TICKER_BULLETS))
    bars = line.count("|")
    words = len(stripped.split())
    return (bullets >= 3 or stripped.lower().startswith("off the wire")
            or (bars >= 3 and bars * 4 >= words) or (bullets >= 2 and bullets * 3 >= words))


NOT_NEWLINE = re.compile(r"[^\n]")


def blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every character of the spans but a newline overwritten by a space."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = NOT_NEWLINE.sub(" ", text[start:end])
    return "".join(chars)


def clean(text: str) -> str:
    """The text with page furniture overwritten by spaces (same length, same offsets)."""
    if not text:
        return ""
    furniture = [match.span() for pattern in (HTML_TAG, WATERMARK) for match in pattern.finditer(text)]
    if any(hint in text for hint in EDITOR_HINTS):
        furniture += [match.span() for match in EDITOR_CREDIT.finditer(text)]
    if text.count("|") >= 3 or sum(map(text.count, TICKER_BULLETS)) >= 2 or "off the wire" in text.lower():
        furniture += _furniture_lines(text)  # else no line can be a menu or a ticker: not read line by line
    furniture += stamps(text)
    cleaned = blanked(text, furniture) if furniture else text
    # a trailer ("相关阅读", "Most Popular") ends the release when it comes after some text
    trailer = TRAILER_ONE_LINE if cleaned.count("\n") <= ONE_LINE_BREAKS else TRAILER
    for match in trailer.finditer(cleaned):
        if match.start() > min(400, len(cleaned) // 3):
            return blanked(cleaned, [(match.start(), len(cleaned))])
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
        if not _is_furniture(line):
            continue
        if _is_stored_page(line):
            # a copy stored as one line: blank its menus and tickers, keep the report among them
            out += [(start + menu.start(), start + menu.end()) for menu in MENU_RUN.finditer(line)]
            out += [(start + part.start(), start + part.end())
                    for part in LINE_PART.finditer(line)
                    if _is_furniture(part.group()) and not _has_prose(part.group())]
            out += [(start + a, start + b) for a, b in _bullet_runs(line)]
        else:
            out.append((start, end))
    return out


TICKER_ITEM = 110  # characters: a headline between two bullets of a ticker


def _bullet_runs(line: str) -> list[tuple[int, int]]:
    """Tickers inside a copy stored on one line: three or more bullets each at most a headline
    apart ("… • Spotlight: China, Ecuador upgrade relations … • Clash in …"), with the headline
    before the first bullet and after the last (to the next run of blanks or full stop, at most a
    headline long). Found bullet by bullet, in one pass."""
    bullets = [i for i, c in enumerate(line) if c in TICKER_BULLETS]
    runs: list[list[int]] = []
    for i in bullets:
        if runs and i - runs[-1][-1] <= TICKER_ITEM:
            runs[-1].append(i)
        else:
            runs.append([i])
    out = []
    for run in runs:
        if len(run) < 3:
            continue
        first, last = run[0], run[-1]
        left = max(line.rfind("  ", 0, first), first - TICKER_ITEM)
        right = min([len(line), last + TICKER_ITEM] + [j for j in (line.find("  ", last),) if j > 0])
        out.append((max(left, 0), right))
    return out
