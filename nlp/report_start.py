"""Where the page's own report starts: after its printed headline, after a sidebar of other stories.

Before the lead is searched, what comes above the page's own report is blanked: menus, tickers, a
"Latest" sidebar of other dispatches with their own datelines (the first dateline anywhere would be
theirs, and the lead would move to another story). Finding that start (``report_start``,
``sidebar_end``) and telling a printed headline from prose (``is_printed_headline``,
``headline_like``) is one job, done once per page before nlp.text reads the lead.
"""

from __future__ import annotations

import re

from nlp.dates import DATELINE_EN, DATELINE_ZH, dateline_city
from nlp.furniture import TRAILER_HEADING
from nlp.prose import CJK, is_cjk, is_prose
from nlp.sentences import SENTENCE_CLOSE, paragraphs

HEADLINE_REACH = 3000  # characters: a sidebar of other dispatches above a short report can fill half the page


def report_start(cleaned: str, title: str | None) -> int:
    """Where the page's own report starts: after its printed headline, when the page's title is known
    and printed on a line of its own in the first half of the text (or its first HEADLINE_REACH
    characters) with running prose after it. What
    comes before the printed headline is furniture — menus, tickers, and a "Latest" sidebar of other
    dispatches, each with its own dateline: the first dateline anywhere would be theirs, and the lead
    would move to another story. 0 when the headline is not found so."""
    key = re.sub(r"\s+", " ", (title or "").strip())
    if len(CJK.findall(key)) < 6 and len(key) < 10:
        return 0  # a short title ("News", "Xi meets", "新闻") may be an ordinary line
    head = key.split(" ", 1)[0]
    if cleaned.find(head, 0, max(len(cleaned) // 2, HEADLINE_REACH) + len(key)) < 0:
        return 0  # not printed in the reach at all: no line to compare
    for start, end in paragraphs(cleaned):
        if start > max(len(cleaned) // 2, HEADLINE_REACH):
            return 0
        line = re.sub(r"\s+", " ", cleaned[start:end])
        if line != key:
            continue
        if not cleaned[:start].strip():
            return 0  # nothing before it
        zh = bool(CJK.search(key))
        after = paragraphs(cleaned[end:])
        if any(is_prose(cleaned[end + a:end + b], zh) for a, b in after):
            return start
        return 0
    return 0


HEADLINE_MAX = {False: 200, True: 60}  # characters of a printed headline
# A sidebar of other stories printed above the report: a heading of its own line (TRAILER_HEADINGS:
# "Latest", "Most Read", "最新消息", "热点新闻"), then a run of items, each a headline (no sentence end),
# a line with a clock time, or a brief of another dispatch: one line with an agency's dateline (a
# city: "NAIROBI, Sept. 3 (Xinhua) --", "新华社曼谷4月14日电"), a sentence or two long.
SIDEBAR_HEADING = re.compile(rf"[ \t]*(?:{TRAILER_HEADING})[ \t]*", re.IGNORECASE)
SIDEBAR_BRIEF = {False: 220, True: 90}  # characters of a dispatch's brief in a sidebar
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")


def _is_sidebar_item(line: str, zh: bool) -> bool:
    """Is a line an item of a sidebar of other stories (see SIDEBAR_HEADING)?"""
    stripped = line.strip()
    if CLOCK.search(stripped) or is_printed_headline(stripped, zh):
        return True
    return len(stripped) <= SIDEBAR_BRIEF[zh] and _dateline_brief(stripped, zh)


def _dateline_brief(line: str, zh: bool) -> bool:
    """Does a line open with an agency's dateline naming a city ("NAIROBI, Sept. 3 (Xinhua) --")?"""
    stripped = line.strip()
    if zh:
        return DATELINE_ZH.search(stripped, 0, 20) is not None
    dateline = DATELINE_EN.match(stripped)
    return dateline is not None and dateline_city(dateline) is not None


def sidebar_end(cleaned: str) -> int:
    """Where a sidebar of other stories above the report ends (0 when there is none). Its items'
    datelines came before the report's: the first dateline was a sidebar dispatch's, and with no
    title given its headline or brief was read as the page's headline or lead. The heading counts
    in the first HEADLINE_REACH characters only, before any prose; the page's own lead after the
    items must follow (a page that is all sidebar is left as it is)."""
    zh = is_cjk(cleaned)
    spans = paragraphs(cleaned)
    for i, (start, end) in enumerate(spans):
        if start > HEADLINE_REACH:
            return 0
        line = cleaned[start:end]
        if not SIDEBAR_HEADING.fullmatch(line):
            if is_prose(line, zh):
                return 0
            continue
        items: list[tuple[int, int]] = []
        for a, b in spans[i + 1:]:
            if _is_sidebar_item(cleaned[a:b], zh):
                items.append((a, b))
                continue
            if not items or not is_prose(cleaned[a:b], zh):
                return 0
            last = cleaned[items[-1][0]:items[-1][1]]
            briefs = [x for x in items if _dateline_brief(cleaned[x[0]:x[1]], zh)]
            if briefs == items[-1:]:
                # the one dispatch's dateline sentence, continued by prose, is the page's own lead
                # ("Latest News:" of a copy, its headline, a time, "SANTIAGO, June 25 (Xinhua) -- …");
                # a sidebar of dispatches lists several
                return items[-1][0]
            # a headline right above the lead is the page's own printed headline, not an item
            own_headline = (len(items) > 1 and is_printed_headline(last, zh) and not CLOCK.search(last)
                            and not (DATELINE_ZH.search(last, 0, 20) if zh else DATELINE_EN.match(last)))
            return items[-1][0] if own_headline else a
        return 0
    return 0


def is_printed_headline(line: str, zh: bool) -> bool:
    """Could a line read as prose be a copy's printed headline? A headline has no sentence end and is
    headline-long. Agency headlines in sentence case ("Chinese, Peruvian presidents hold talks, agree
    to deepen ties"; "习近平同秘鲁总统会谈，两国元首宣布…") have the lower-case words and commas of
    running prose: for a copy without a title field (``layout`` without ``title``), such a first line
    followed by running prose is its headline, not its lead (the lead is the prose after it)."""
    stripped = line.rstrip()
    balanced = stripped.count("(") == stripped.count(")") and stripped.count("（") == stripped.count("）")
    return len(stripped) <= HEADLINE_MAX[zh] and not stripped.endswith(SENTENCE_CLOSE) and balanced


def headline_like(line: str, zh: bool) -> bool:
    """A line that may be a printed headline though not read as prose: a run of words or characters
    long enough for a headline, no sentence end, no menu bars or breadcrumbs. A subtitle after such a
    line is no headline of its own."""
    stripped = line.strip()
    if not stripped or stripped.endswith(SENTENCE_CLOSE) or re.search(r"[|>»›]", stripped):
        return False
    return len(CJK.findall(stripped)) >= 8 if zh else len(stripped.split()) >= 5
