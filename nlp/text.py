"""The layout of a release's text: where the report itself starts, and its lead.

The *lead* is the paragraph where the report begins: the one with the dateline ("Beijing, June
21st--", "新华社北京4月20日电"), else the first paragraph of running prose. What a release is
about is said in its title and lead; the rest is speeches and background.

Copies differ from the page they copy in ways that must not change the coding: a photo caption is
never the lead (``Layout.captions`` keeps where they are: their stated day still counts, unless the
caption marks a file photo, which shows another day), a copy stored on one line is read part by
part, and a copy without a title has its printed headline found above the lead
(``headline_in_text``).

The readings ``layout`` builds on live beside it, one job each: page furniture blanked (nlp.furniture,
the page's time stamps in nlp.stamps), what kind of line a line is (nlp.prose), where the page's own
report starts (nlp.report_start), paragraphs and sentences (nlp.sentences). Clauses that make a name
a topic are in nlp.topic_clauses, and text made safe to tokenize in nlp.safe_text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.dates import (
    CAPS_CITY_AFTER_SPACE,
    DATELINE_EN,
    DATELINE_ZH,
    GLUED_AFTER_STOP,
    UPPER,
    dateline_city,
    parse_date,
)
from nlp.furniture import blanked, clean
from nlp.prose import CJK, is_caption, is_cjk, is_file_photo, is_prose
from nlp.report_start import headline_like, is_printed_headline, report_start, sidebar_end
from nlp.sentences import SENTENCE_CLOSE, paragraphs, sentence_ends
from nlp.transcripts import QUESTION_MARKS, is_transcript, opens_with_announcements, reporting_paragraph

# The English dateline pattern may begin at a newline, at two whitespace characters or at a "|",
# then skips any whitespace. On a long run of blanks (a page of tags or newlines, all blanked) that
# is quadratic: tried at every position of the run, and after "|" or the date marker two
# quantifiers share the run (30 s for a page of 60,000 newlines). The same dateline is found in
# linear time by starting only at the first blank of a run and letting one quantifier take the
# blanks (the city or "On" cannot start with a blank, so every blank is skipped either way).
_EN_PREFIX = (rf"(?:^\s*date\s+\d{{4}}-\d{{2}}-\d{{2}}\s+|^|\n|\s{{2}}|\|\s*|{CAPS_CITY_AFTER_SPACE}|"
              rf"{GLUED_AFTER_STOP})\s*")
_EN_PREFIX_LINEAR = (rf"(?:^\s*date\s+\d{{4}}-\d{{2}}-\d{{2}}\s|^|(?<!\s)\n|(?<!\s)\s{{2}}|\||"
                     rf"{CAPS_CITY_AFTER_SPACE}|{GLUED_AFTER_STOP})\s*")
assert DATELINE_EN.pattern.startswith(_EN_PREFIX)
DATELINE_EN_SEARCH = re.compile(_EN_PREFIX_LINEAR + DATELINE_EN.pattern[len(_EN_PREFIX):], DATELINE_EN.flags)
# Past the first character a dateline can only begin at a newline, two blanks or a "|" ("^" matches
# no more), and a pattern opening with a lookahead on those skips every other position quickly: the
# same search, twice as fast (see dateline_en).
# (or at one blank before an upper-case city: CAPS_CITY_AFTER_SPACE, accented capitals included:
# "SÃO PAULO, May 3 (Xinhua) --")
_DATELINE_EN_LATER = re.compile(rf"(?=[\s|{UPPER}])(?:(?=\n|\s\s|\|)|(?<=\S\s)(?=[{UPPER}][{UPPER}])|"
                                rf"{GLUED_AFTER_STOP})"
                                + DATELINE_EN_SEARCH.pattern,
                                DATELINE_EN_SEARCH.flags)


def dateline_en(text: str, end: int) -> re.Match[str] | None:
    """``DATELINE_EN_SEARCH.search(text, 0, end)``, faster: the same match."""
    return DATELINE_EN_SEARCH.match(text, 0, end) or _DATELINE_EN_LATER.search(text, 1, end)


LEAD_SLACK = 150  # characters of a paragraph before its dateline that are still the lead
LEAD_SLACK_ZH = 50
SEGMENT_GAP = re.compile(r"\S\s{2,}\S")  # parts of a one-line copy (headline, stamp, report) are spaced apart
SEGMENT_BREAK = re.compile(r"\s{2,}|[。！？]|(?<=[.!?])\s")


@dataclass(frozen=True)
class Layout:
    """Cleaned text (same length as the original) and the lead paragraph's span."""

    clean: str
    lead_start: int
    lead_end: int
    dateline: tuple[int, int] | None  # span of the dateline formula, when there is one
    zh: bool = False  # is_cjk(clean): read by make_release too, so it is found once
    captions: tuple[tuple[int, int], ...] = ()  # photo captions printed before the lead (not file photos')

    def lead(self) -> str:
        return self.clean[self.lead_start:self.lead_end]


def layout(text: str, title: str | None = None) -> Layout:
    """Clean the text and find its lead paragraph."""
    cleaned = clean(text)
    headline_at = report_start(cleaned, title) or sidebar_end(cleaned)
    if headline_at:
        cleaned = blanked(cleaned, [(0, headline_at)])
    zh = is_cjk(cleaned)
    spans = paragraphs(cleaned)
    dateline: tuple[int, int] | None = None
    # The dateline is searched in the first two thirds of the report (at least 600 characters), not in
    # a trailing list of other dispatches; counted from where the report starts, after the blanked
    # menus and the printed headline: a long menu block (600 characters of bars) hid a short
    # dispatch's dateline.
    body = max(headline_at, len(cleaned) - len(cleaned.lstrip()))
    limit = body + max(600, (len(cleaned) - body) * 2 // 3)
    match = DATELINE_ZH.search(cleaned, 0, limit) if zh else dateline_en(cleaned, limit)
    credit = None  # a source credit's dateline below the report: its day, never the lead
    while zh and match and _bracketed_source_line(cleaned, match.start(), spans):
        credit = credit or match
        match = DATELINE_ZH.search(cleaned, match.end(), limit)
    lead: tuple[int, int] | None = None
    if match:
        city = None if zh else dateline_city(match)
        start = match.start("mname") if not zh and city is None else match.start()
        if city:
            start = match.start("city" if match.group("city") else "city_bare")
        dateline = (start, match.end())
        for para in spans:
            if para[0] <= start < para[1] or (start <= para[0] < match.end()):
                lead = (min(para[0], start) if para[0] > start else para[0], para[1])
                far = start - lead[0] > (LEAD_SLACK_ZH if zh else LEAD_SLACK)
                if far or SEGMENT_GAP.search(cleaned, lead[0], start):
                    # a copy stored as one line (menus, captions, bylines, then the dispatch): the
                    # lead starts where the dateline's segment does
                    breaks = [m.end() for m in SEGMENT_BREAK.finditer(cleaned, lead[0], start)]
                    lead = (breaks[-1] if breaks else start, para[1])
                break
    if lead is None:
        title_key = (title or "").strip()
        first = True
        for i, para in enumerate(spans):
            line = cleaned[para[0]:para[1]]
            if title_key and re.sub(r"^\s*date\s+[\d-]+\s*", "", line).strip() == title_key:
                continue
            if is_prose(line, zh):
                if first and not title_key and is_printed_headline(line, zh) and any(
                        is_prose(cleaned[a:b], zh) for a, b in spans[i + 1:]) and not any(
                        headline_like(cleaned[a:b], zh) for a, b in spans[:i]):
                    first = False
                    continue
                lead = para
                # a copy stored as one line repeats its headline before the lead (not a lead whose
                # first sentence is worded as the headline: "2023年5月5日，习近平同…通电话")
                if title_key and line.startswith(title_key) and len(line) > len(title_key):
                    lead = (para[0] + len(title_key), para[1])
                break
    if lead is None:
        lead = spans[0] if spans else (0, 0)
    if dateline is None and is_transcript(title):
        # a press-conference transcript: the paragraph reporting its exchange (an opening
        # announcement, an answer relaying a leader's message), not its first question; after the
        # opening announcements the answers comment on other topics, so they are blanked (offsets
        # kept) and no field of the record is read from them (One page, one record)
        reporting = reporting_paragraph(cleaned, spans)
        if reporting is not None:
            lead = reporting
            if opens_with_announcements(cleaned, spans):
                cleaned = blanked(cleaned, [(reporting[1], len(cleaned))])
                spans = paragraphs(cleaned)
    if dateline is None and credit is not None:
        dateline = (credit.start(), credit.end())
    # a one-line lead ("新华社北京11月8日电 发言人宣布:", a subtitle) continues in the next paragraph
    line = cleaned[lead[0]:lead[1]].rstrip()
    unfinished = not line.endswith(("。", ".", "!", "?", "！", "？", "\"", "”"))
    if lead[1] - lead[0] < FIRST_SENTENCE_MIN[zh] or unfinished:
        following = [p for p in spans if p[0] >= lead[1]]
        prose = next((p for p in following if is_prose(cleaned[p[0]:p[1]], zh)), None)  # the first
        if prose or following:
            lead = (lead[0], (prose or following[0])[1])
    part = _lead_part(cleaned, lead, zh, (title or "").strip(), dateline)
    # a report whose paragraphs are not spaced apart is one run-on part: read by sentences, as a whole
    lead = _run_on_lead(cleaned, lead if part[1] == lead[1] else part, zh,
                        not _report_goes_on(cleaned, lead[1], spans))
    if (title or "").strip() and SEGMENT_GAP.search(cleaned, lead[0], lead[1]):
        lead = _after_printed_headline(cleaned, lead, (title or "").strip())
    lead = _with_answer(cleaned, lead)
    lead_end = min(lead[1], lead[0] + 900)
    # in a copy stored as one line, the parts of the lead's line before the lead are lines before it
    line_start = next((a for a, b in spans if a <= lead[0] < b), lead[0])
    before = [p for p in spans if p[1] <= lead[0]] + [
        (line_start + m.start(), line_start + m.end())
        for m in PART_GAP_SPLIT.finditer(cleaned[line_start:lead[0]])]
    captions = tuple(p for p in before if is_caption(cleaned[p[0]:p[1]])
                     and not is_file_photo(cleaned[p[0]:p[1]]))
    return Layout(clean=cleaned, lead_start=lead[0], lead_end=lead_end, dateline=dateline, zh=zh,
                  captions=captions)


# A Chinese copy's source credit in brackets on a line of its own: 【新华社圣地亚哥9月12日电】,
# 【人民网北京5月10日电】
BRACKETED_LINE = re.compile(r"^[ \t\u3000]*[【\[][^【】\[\]\n]{1,40}[】\]][ \t\u3000]*$", re.MULTILINE)


def _bracketed_source_line(cleaned: str, at: int, spans: list[tuple[int, int]]) -> bool:
    """Is the Chinese dateline at ``at`` a source credit in brackets on a line of its own, below a
    paragraph of the report (【新华社圣地亚哥9月12日电】 under the text, as 【来源：新华社】 is)? It
    names the agency and the day it filed, as a copy's credit line does: the report began above it,
    so it is not the lead's dateline, and its day is not a day the report gives (a delegation's
    visit "9月8日至12日" is dated by its first day, not by the credit's 12th)."""
    left = cleaned.rfind("\n", 0, at) + 1
    match = BRACKETED_LINE.match(cleaned, left)
    if match is None or not match.start() <= at < match.end():
        return False
    return any(b <= left and is_prose(cleaned[a:b], True) for a, b in spans)


# Paragraphs of a copy stored as one line are spaced apart by three blanks or more, or by a Chinese
# paragraph's indent (two ideographic spaces); two blanks after a full stop are typing, and a line
# break is no part of it (a roundup's entry, joined into one line, turns a blank line into two blanks)
PART_GAP = re.compile(r"\S(?:[ \t\xa0]{3,}|\u3000{2,})\S")
PART_GAP_SPLIT = re.compile(r"\S+(?:(?:[ \t\xa0]{1,2}|\u3000)\S+)*")  # a part between such gaps


PLACE_AND_DAY = 40  # characters of a part that is a place and a day above the lead, read with it


def _with_answer(cleaned: str, lead: tuple[int, int]) -> tuple[int, int]:
    """A lead that is a reporter's question ("Q: … Has China congratulated her?") reports nothing
    itself: the answer below it tells what happened and when ("A: On June 4, President Xi …"), so
    the lead runs on into the answer's paragraph, the question kept for the country it often names."""
    if not cleaned[lead[0]:lead[1]].rstrip().endswith(QUESTION_MARKS):
        return lead
    answer = next((p for p in paragraphs(cleaned) if p[0] >= lead[1] and cleaned[p[0]:p[1]].strip()), None)
    return (lead[0], answer[1]) if answer is not None else lead


def _lead_part(cleaned: str, lead: tuple[int, int], zh: bool, title: str,
               dateline: tuple[int, int] | None) -> tuple[int, int]:
    """The lead of a copy stored as one line, its paragraphs spaced apart (``PART_GAP``): the
    first part that is running prose, not the whole line. A short page stored so (under
    ``RUN_ON_LEAD``) was all lead: a country, a day or a name in its third paragraph ("... had
    visited Mexico in his youth") was read as the lead's, where the same page with its line breaks
    has it in the body. Parts before it that are not prose (a column name, the printed headline, a
    photo caption) are left out, unless the dateline is in them or they are a place and a day alone
    ("Beijing, May 13, 2025", as a declaration opens), which the lead starts with; a part too short
    to be a lead, or not ending as a sentence ends ("新华社北京11月8日电", a subtitle), runs on into the
    next part, as a one-line paragraph runs on into the next paragraph. A lead without such gaps is
    left as it is."""
    start, end = lead
    if not PART_GAP.search(cleaned, start, end):
        return lead
    parts = [(start + m.start(), start + m.end()) for m in PART_GAP_SPLIT.finditer(cleaned[start:end])]
    parts = _clauses_joined(cleaned, parts)
    first = None
    for i, (a, b) in enumerate(parts):
        part = cleaned[a:b]
        holds_dateline = dateline is not None and a <= dateline[0] < b
        place_and_day = len(part) <= PLACE_AND_DAY and not is_caption(part) and parse_date(part) is not None
        if holds_dateline or place_and_day or (part != title and is_prose(part, zh)):
            first = i
            break
    if first is None:
        return lead
    a, b = parts[first]
    for _, nxt in parts[first + 1:]:
        if b - a >= FIRST_SENTENCE_MIN[zh] and cleaned[a:b].rstrip().endswith(SENTENCE_CLOSE[:6]):
            break
        b = nxt
    return a, b


MID_SENTENCE_END = ("，", ",", "、", "；", ";", "：", ":")


def _clauses_joined(cleaned: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts of a line joined where a gap falls inside a sentence: no paragraph ends with a comma
    ("5月8日，&nbsp;中联部部长…", a blanked entity or tag after the comma), so the part before
    the gap runs on into the next one; else the lead lost its opening day or subject."""
    out: list[tuple[int, int]] = []
    for a, b in parts:
        if out and cleaned[out[-1][0]:out[-1][1]].endswith(MID_SENTENCE_END):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _after_printed_headline(cleaned: str, para: tuple[int, int], title: str) -> tuple[int, int]:
    """A copy stored on one line prints its menus, then its headline, then the report, each part
    spaced apart: the lead starts after the headline's part. Left in the lead, the headline's words
    ("Holds Talks") were read as the lead's own, over what the lead says ("held talks ... via video
    link"). The paragraph as it is when the headline is not printed as a part of its own."""
    line = cleaned[para[0]:para[1]]
    at = line.find(title)
    end = at + len(title)
    if at < 0 or not line[end:end + 2].isspace() or (at > 0 and not line[at - 2:at].isspace()):
        return para
    rest = line[end:]
    return (para[0] + end + len(rest) - len(rest.lstrip()), para[1])


# A lead paragraph this long, with this many sentences, is a copy stored as one line: its lead is
# its first sentence (a lead paragraph says who met whom; the rest of the line is the report).
RUN_ON_LEAD = {False: 600, True: 300}
RUN_ON_SENTENCES = 4
# A report stored on one line (no paragraph after its lead's line) with this many sentences is read by
# sentences whatever its length: a page of one paragraph has one or two (a visit's context, then the
# meeting the headline names: both are its lead), a copy whose paragraphs were joined has more.
ONE_LINE_SENTENCES = 3
FIRST_SENTENCE_MIN = {False: 60, True: 25}
# page furniture inside a sentence of a run-on line: a breadcrumb or menu, share buttons, a
# font-size switch (a photo caption is not: its day is evidence)
FURNITURE_WORDS = re.compile(r"[>›»|]|首页|分享到|字号|当前位置|您所在的位置")


def _report_goes_on(cleaned: str, lead_end: int, spans: list[tuple[int, int]]) -> bool:
    """Does the report go on in paragraphs of its own after the lead's line: a later line that ends
    as a sentence ends and is no photo caption? Not so on a copy stored as one line (nor on a page
    of one paragraph), where the rest of the report is the rest of the lead's line."""
    return any(cleaned[a:b].endswith(SENTENCE_CLOSE[:8]) and not is_caption(cleaned[a:b])
               for a, b in spans if a >= lead_end)  # a quotation closing the paragraph ends it too


def _run_on_lead(cleaned: str, lead: tuple[int, int], zh: bool,
                 whole_report: bool = False) -> tuple[int, int]:
    """The lead of a run-on line (a copy stored as one line): its first sentence that is not page
    furniture. A lead paragraph of ordinary length is the lead as it is, unless it holds the whole
    report (``whole_report``: no paragraph follows it) in ONE_LINE_SENTENCES sentences or more: a copy whose
    paragraphs were joined into one line by single blanks keeps no trace of where its first
    paragraph ended, and read whole, its later paragraphs' days, events and countries ("On May 12,
    the delegation will attend a seminar") were read as the lead's, where the printed page has them
    in the body. Its first sentence is the lead, as a release's lead sentence says who met whom."""
    start, end = lead
    ends = sentence_ends(cleaned, start, end, zh)
    pieces = len([e for e in ends if cleaned[e:end].strip()]) + 1  # the sentences of the lead
    if not (whole_report and pieces >= ONE_LINE_SENTENCES) and (
            end - start < RUN_ON_LEAD[zh] or len(ends) < RUN_ON_SENTENCES):
        return lead
    sentence_start = start
    for stop in ends:
        sentence = cleaned[sentence_start:stop]
        furniture = FURNITURE_WORDS.search(sentence)
        if furniture:
            # menus and the report in one sentence: the report is the part after the last gap
            gaps = [m.end() for m in re.finditer(r"\s{2,}", sentence) if m.start() >= furniture.start()]
            part = cleaned[sentence_start + gaps[-1]:stop] if gaps else ""
            short = len(part.strip()) < FIRST_SENTENCE_MIN[zh]
            if not part.strip() or (short and (is_caption(part) or FURNITURE_WORDS.search(part))):
                sentence_start = stop
                continue
            # a short report part ("On March 20, Wang Yi met with X.") runs on into the next sentence
            sentence_start, sentence = sentence_start + gaps[-1], part
        if stop - sentence_start >= FIRST_SENTENCE_MIN[zh]:
            left = len(sentence) - len(sentence.lstrip())
            return sentence_start + left, stop
    return lead


NOT_A_HEADLINE = re.compile(
    r"[>›»]|^\s*(?:Source|By|Editor|Updated|Published|Posted|Contact|Share|Print|来源|來源|作者|责任编辑|責任編輯|"
    r"编辑|編輯|记者|記者|发布|發佈|分享|打印|字号|字號|您所在的位置|当前位置|當前位置)\b"
    r"|\d{1,2}:\d{2}|(?:19|20)\d{2}[-./年]\d{1,2}|^\s*date\s+\d{4}-|https?://|www\."
    r"|\S[ \t\u3000]{2,}\S.*\S[ \t\u3000]{2,}\S",  # a menu: items spaced apart
    re.IGNORECASE,
)


# The banner of a Chinese embassy's or consulate's site, printed above every item it copies ("Embassy
# of the People's Republic of China in the Kingdom of Spain", 中华人民共和国驻西班牙王国大使馆): the name of
# the site, a line of its own, never the item's headline. Read as the headline, its country (Spain)
# became the page's counterpart and the LAC exchange below it a topic.
MISSION_BANNER = re.compile(
    r"^\s*(?:The\s+)?(?:Embassy|Consulate(?:[- ]General)?|(?:Permanent\s+)?Mission)\s+of\s+(?:the\s+)?"
    r"People's\s+Republic\s+of\s+China\s+(?:in|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*|of|and|the)"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|and|the)){0,6}\s*$"
    r"|^\s*(?:中华人民共和国|中華人民共和國)?(?:驻|駐)[^\s，。,.]{1,20}?"
    r"(?:大使馆|大使館|总领事馆|總領事館|领事馆|領事館|代表团|代表團|使团|使團)\s*$")


def headline_in_text(lay: Layout) -> tuple[int, int] | None:
    """Where the page prints its headline, for a copy stored without a title: the longest line above
    the lead that is not page furniture (menus, breadcrumbs, bylines, time stamps, captions) and
    reads as a headline (no closing full stop). Agency and embassy copies print it there."""
    best: tuple[int, int] | None = None
    for start, end in paragraphs(lay.clean[:lay.lead_start]):
        line = lay.clean[start:end]
        zh = bool(CJK.search(line))
        size = len(CJK.findall(line)) if zh else len(line.split())
        if size < (6 if zh else 4) or len(line) > 250 or line.endswith(("。", ".")):
            continue
        if NOT_A_HEADLINE.search(line) or is_caption(line) or MISSION_BANNER.match(line):
            continue
        if best is None or end - start > best[1] - best[0]:
            best = (start, end)
    return best
