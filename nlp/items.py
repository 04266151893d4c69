"""Pages that report several exchanges: one record per exchange with a LAC actor.

Studies count exchanges, not pages. Three kinds of page report many:

- a *roundup* of messages ("Highlights of foreign congratulatory messages …", 外国政党政要致电
  祝贺…): a list or a run of paragraphs, one sender each;
- a *digest* ("news in brief", 简讯): a few lines per exchange, each often opening with its day;
- a delegation's report of a trip to several LAC countries, one *leg* per country.

The page is cut into segments (list entries, paragraphs, legs) and each segment is extracted by
the same field steps as a whole release, given a segment-shaped input: the page text with
everything outside the segment overwritten by spaces (same length, so every evidence span is an
offset into the page), and the segment's own line breaks joined so that it is the lead the steps
read. Segments without a LAC actor (the non-LAC senders of a roundup, look-alikes the gazetteer
rejects) give no item. Segments of one sender (several people of one party, a quote continued in
the next paragraph) are one item. Item 0 is the exchange the headline names, else the first —
except on a roundup whose headline names no sender and whose senders come from several LAC
countries: item 0 is then the page's own record (``collective``), the senders as one multilateral
exchange as the codebook codes such a page, and the exchanges follow as items 1, 2 … (so too for
several senders of one country: item 0 is that country's record with all of them as contacts).

A page of these kinds with no LAC segment keeps its page-level record; so does a roundup whose
LAC segments all name the one country the page-level coding found (a page about one exchange that
merely looks like a roundup), which then gains the senders as contacts. Every other page gives
exactly the record it gave before items existed — as item 0 of its own when the page reports
several exchanges of one kind held apart in one breath ("met separately with A and B", 分别致电;
``nlp/separate.py``), then followed by one item per counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from nlp import cues
from nlp.dates import iso
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_ORG, LAC_PARTY, LOOKALIKE, PLATFORM, Lookalike, Party
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Contact, Document, Record, Span, text_sha256
from nlp.separate import separate_items
from nlp.steps import contacts as contacts_step
from nlp.steps import content as content_step
from nlp.steps import mechanism as mechanism_step
from nlp.steps.contacts import kind_of as contact_kind
from nlp.steps.country import FOREIGN_KINDS, REGION_EN, REGION_ZH, is_capital, is_venue
from nlp.steps.event_date import dateline_day
from nlp.steps.relevance import party_side
from nlp.text import (
    CLOSE_THEN_SAID,
    ONE_LINE_SENTENCES,
    PART_GAP_SPLIT,
    SENTENCE_CLOSE,
    in_what_was_said,
    is_caption,
    paragraphs,
    sentence_at,
    sentence_ends,
    sentence_spans,
)

ROUNDUP = "roundup"
# A roundup entry dated by the report's dateline: the message itself may be days older (the merge
# treats it as undated, within a roundup series' window)
DATELINE_NOTE = "event date: the roundup's dateline (the entry names no day of its own)"
# A roundup entry dated by the day the page's lead gives the messages
LEAD_DAY_NOTE = ("event date: the day the roundup's lead gives the messages "
                 "(the entry names no day of its own)")
DIGEST = "digest"
LEGS = "legs"

# A page about messages from many senders: the cue and a collective word, in the title or lead. The
# verb in any tense ("continued to send messages", "are sending letters"): a roundup is often
# published while the messages still come in. Mourning a death ("Foreign parties mourn …", 深切悼念,
# 哀悼) is the senders' condolence, a message as the codebook types one.
MESSAGES_EN = re.compile(
    r"congratulatory (?:messages|letters)|messages? of (?:congratulations?|condolences?|sympathy)|"
    r"condolence messages|condolences|greetings|congratulations|congratulated|congratulate[sd]?\b|"
    r"\bcongratulating\b|\b(?:send|sends|sending|sent) (?:[a-z]+ ){0,2}(?:messages?|letters?)\b|"
    r"\b(?:letters?|messages?) (?:to|from)\b|"
    # the senders' messages as a noun phrase: "Foreign Parties' Messages on the Congress", "messages
    # sent by foreign parties", "letters marking the anniversary"
    r"[a-z][’']s? (?:messages|letters)\b|"
    r"\b(?:messages|letters) (?:on|about|over|marking|(?:sent|written|received) (?:by|from))\b|"
    r"\b(?:messages|letters)\b[^.]{0,30}?\b(?:arriv(?:e|es|ed|ing)|pour(?:s|ed|ing)? in|came in)\b|"
    r"\bin (?:their|his|her|its|a|the) (?:letters?|messages?)\b|"
    r"\bmourn(?:s|ed|ing)?\b|\bgriev(?:e|es|ed|ing)\b", re.I)
COLLECTIVE_EN = re.compile(
    r"\b(?:highlights|messages|leaders|parties|politicians|organi[sz]ations|foreign|worldwide|"
    r"ambassadors|envoys|diplomats|"
    r"world|international|countries|dignitaries|personages|figures|officials|statesmen|friends|"
    r"global|abroad|selected|excerpts)\b", re.I)
# Collective words inside a proper name name no senders: the initiatives letters of support are about
# ("Global Development Initiative"), the CPC's own department ("International Department") and the
# worldwide platform a speech was given at ("CPC in Dialogue with World Political Parties", 全球文明倡议,
# 中国共产党与世界政党高层对话会)
NAMED_COLLECTIVE = re.compile(r"\bGlobal (?:Development|Security|Civilization|Governance) Initiative\b|"
                              r"\bInternational Department\b|\bWorld Political Parties\b|"
                              r"全球(?:发展|發展|安全|文明|治理)倡[议議]|[与與]世界政[党黨]", re.I)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


MESSAGES_ZH = re.compile(r"贺电|賀電|贺信|賀信|贺函|賀函|唁电|唁電|吊唁|弔唁|悼念|哀悼|致电|致電|致函|致信|"
                         r"来信|來信|来函|來函|慰问电|慰問電|祝贺|祝賀")
# (摘编, 摘登, 选登, 摘要: "excerpts of", "selected" — a digest of many senders' messages)
COLLECTIVE_ZH = re.compile(r"纷纷|紛紛|多国|多國|各国|各國|外国|外國|国际|國際|政党政要|政黨政要|一览|一覽|"
                           r"摘编|摘編|摘登|选登|選登|摘要|等|世界|全球|各界|各方|友好人士|政要")
# Many senders named as such in the lead, for a roundup whose headline has no collective word
# ("Congratulations pour in for …" over "Political parties and leaders abroad have sent messages",
# "Praise has poured in from political parties around the world")
COLLECTIVE_LEAD_EN = re.compile(
    r"\b(?:foreign|world|international|overseas)\s+(?:political\s+)?(?:leaders|parties|politicians|"
    r"organi[sz]ations|dignitaries|personages|figures|friends)\b|"
    r"\b(?:leaders|parties|politicians|organi[sz]ations|dignitaries|personages|figures|ambassadors|envoys|"
    r"diplomats)\b[^.]{0,40}?"
    r"(?:\babroad\b|\bof (?:many|various|different|other|several) countries\b|"
    r"\b(?:from )?(?:around|across|all over) the world\b|\bworldwide\b)", re.I)
COLLECTIVE_LEAD_ZH = re.compile(r"外国政党|外國政黨|各国政党|各國政黨|国外政党|國外政黨|外国政要|外國政要|"
                                r"各国政要|各國政要|世界各国|世界各國|纷纷|紛紛|多国|多國")
DIGEST_TITLE = re.compile(r"简讯|簡訊|快讯|快訊|\bnews in brief\b|\bnews briefs\b|\bin brief\s*$|"
                          r"\bnews digest\b", re.I)
# A paragraph opening with its own day or a bullet: an entry of a digest; the day alone also finds
# a digest that does not say it is one. An item names its day as the other items do: a month and
# day ("5月10日，", "On May 10,", "On May 10th,", "May 10 --"), the day alone within the page's
# month ("9日，"), a dateline of its own ("Beijing, September 19th--", "BEIJING, May 24 (Xinhua) --"),
# or a weekday of the week the page reports ("On Monday,", 周一) — the codebook's event_date rules
# 1-3 read each.
MONTH_EN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
DAY = (r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|"
       rf"(?:On |In )?{MONTH_EN} \d{{1,2}}(?:st|nd|rd|th)?\b|"
       rf"[A-Z][A-Za-z.'’\-]*(?: [A-Za-z.'’\-]+){{0,3}},\s*{MONTH_EN}\s+\d{{1,2}}(?:st|nd|rd|th)?"
       r"\s*(?:\([^()\n]{1,20}\)\s*)?(?:-{1,2}|–|—)|"
       r"(?:On |Last )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
       r"(?:本周|上周)?(?:星期[一二三四五六日天]|周[一二三四五六日])|"
       # the day of the item before, named as such (codebook, event_date rule 2: "on the same day", 同日)
       r"(?:On |At |Later |Earlier )?(?:on )?the same day\b|同日|同一天")
# the day after an item's number or bullet mark ("1. 6月3日，", "●7月2日，", "* On March 5th,"): a
# numbered or bulleted list of days is a digest's; a number or a bullet alone is any list's
BULLET = r"[■◆●▲★•·*]"
DAY_OPENING = re.compile(rf"\s*(?:(?:\d{{1,2}}[.、)]|[一二三四五六七八九十]+、|{BULLET})\s*)?(?:{DAY})")
# An item may open with a word that places it in the past without its day ("Recently, …", 近日，
# ``no_day``): a new item still, and one with no day (rule 3), not a sentence of the item before
# (which would give it that item's day and counterpart). It opens an item only: it dates none, so it
# does not count towards finding an untitled digest (DAY_OPENING).
DIGEST_OPENING = re.compile(rf"^\s*(?:[■◆●▲★•·*\-–—【\[]|\d{{1,2}}[.、)]|[一二三四五六七八九十]+、|{DAY}|"
                            r"(?:Recently|In recent days|Earlier this (?:week|month)|近日|日前|近期|不久前)"
                            r"\s*[,，])")
# A day near a paragraph's start, after its subject (the meetings of a page headlined on "foreign
# guests": "宋涛21日在京会见…", "Liu on Wednesday met …")
DAY_IN_HEAD = re.compile(rf"(?<![\d月])(?:{DAY})")
DAY_IN_HEAD_CHARS = 40
# Headline words of one exchange or event: such a page is that exchange, not a digest.
TITLE_EXCHANGES = ("meeting", "headline_meeting", "delegation_received", "delegation_abroad",
                   "visit_to_country", "idcpc.message", "idcpc.video_call", "idcpc.phone_call",
                   "idcpc.training_course", "idcpc.seminar", "idcpc.briefing", "idcpc.forum",
                   "idcpc.dialogue", "idcpc.field_trip")
# A paragraph that goes on about the previous sender ("He added …", "他表示"), also one that names
# him again as going on ("Zyuganov further said …", "Trong added …", 久加诺夫还表示, 他并指出): "added",
# "further", 还, 并 say that the speaker has spoken before ("also" and 也 do not: "The PSUV also sent a
# message", 巴西劳工党也表示祝贺 are the next senders).
CONTINUES_EN = re.compile(r"^\s*(?:He|She|They|His|Her|Their|It|The (?:message|letter) (?:also|further))\b"
                          r"|\b(?:he|she|they) (?:added|noted|said)\W*$"
                          r"|^\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} "
                          r"(?:further (?:said|noted|stressed)|added)\b")
CONTINUES_ZH = re.compile(r"^\s*(?:他|她|他们|她们|他們|她們|贺电|賀電|贺信|賀信|信中|电文|電文)"
                          r"|^\s*[^，。；,\s]{1,8}(?:还|還|并|並)(?:表示|说|說|指出|强调|強調|祝愿|祝願)")
# The list of senders after an introduction: "Those sending messages include: A; B; C".
LIST_INTRO = re.compile(r"(?:\binclud(?:e|es|ed|ing)\b|\bare as follows\b|的有|有：|有:|如下)\s*[:：]?\s*",
                        re.I)
LIST_SEPARATORS = re.compile(r"[;；]\s*")
# Senders named side by side before "respectively sent" (A，B，C分别致函…; A, B and C respectively sent …)
RESPECTIVELY = re.compile(r"分别|分別|respectively|separately", re.I)
RESPECTIVE_SEPARATORS = re.compile(r"[，,]\s*(?:and\s+)?|\s+and\s+")
# The tail of a roundup: "此外，A、B、C等拉美政党也致电致函表示祝贺" / "A, B and C also sent messages":
# each party of the list is a sender of its own
TAIL = re.compile(r"等[^。，]{0,20}?(?:也|亦|还|還)[^。]{0,10}?(?:致电|致電|致函|致信|发来|發來|"
                  r"表示祝贺|表示祝賀|表示慰问|表示慰問|表示哀悼)|\s+also\s+(?:sent|expressed|extended|conveyed)\b")
TAIL_SEPARATORS_ZH = re.compile(r"[，,、]|和|及|与|與")
# A day a roundup entry states ("on June 30", "6月30日", "on Sunday", 星期日: a weekday is a stated day,
# counted back by rule 3): "today" in a quote is not its day.
STATED_DAY = re.compile(r"\d|[一二三四五六七八九十]+日|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                        r"(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")
ROUNDUP_BODY_CHARS = 6000  # how far after the lead a roundup's entries are looked for
SHORT_WORDS = 12  # an English line of fewer words with no full stop is a name or a title line
SHORT_ZH = 25
# A delegation's trip: a leg opens when the delegation arrives in / is in the next country.
LEG_CUE = re.compile(r"\s*(?:(?:In|While in|During (?:its|their|the) (?:stay|visit) in|Then in|Later in|"
                     r"Arriving in|On arrival in) |在[^，。]{1,12}(?:期间|期間)|"
                     r"访问[^，。]{1,12}(?:期间|期間)|随后|隨後|抵达|抵達|[^，。]{0,12}在)")
# A segment's neutral headline: names no LAC actor, and names the CPC side the page names
# (a segment of an agency copy keeps the page's party side, which may stand outside it).
GENERIC_TITLE = {
    (ROUNDUP, "en"): "Congratulatory messages to the Communist Party of China from political parties abroad",
    (ROUNDUP, "zh"): "外国政党和政要向中国共产党中央委员会和习近平总书记致电致函表示祝贺",
    (DIGEST, "en"): "News in brief: the Communist Party of China's exchanges abroad",
    (DIGEST, "zh"): "中国共产党对外交往简讯",
    (LEGS, "en"): "A delegation of the Communist Party of China abroad",
    (LEGS, "zh"): "中国共产党代表团出访",
}
# A foreign-ministry digest's segment headline: names no party (a CPC headline would make the
# ministry's step read the item as a CPC delegation's activity).
MFA_DIGEST_TITLE = {"en": "Diplomatic news in brief", "zh": "外交简讯"}


@dataclass(frozen=True)
class Segment:
    """A stretch of the page's text that reports one exchange (offsets into the page text)."""

    start: int
    end: int


def kind_of(release: Release, page: Record) -> str | None:
    """Which kind of multi-exchange page this is, if any. Foreign-ministry pages never are (they
    report one head-of-state exchange each). A roundup needs its message cue in the title or lead
    and a collective word in the title ("foreign", "leaders", 纷纷), or many senders named as such
    in the lead ("parties and leaders abroad", 外国政党), or no title at all — and
    no other exchange found in the headline: a page headlined on a meeting, where thanks and
    congratulations come up, is that meeting. Praise of the CPC's event in the title or lead
    (``praise_of_cpc``: "Foreign parties hail CPC's 20th National Congress", 外国政党政要高度评价…)
    is such a cue too: each sender's praise, by letter, statement or word, is its congratulation —
    unless it was spoken at a gathering the page reports ("… at IDCPC reception", ``gathering_held``)
    or told to the media (接受本报记者采访时, ``words_to_the_media``): said to a reporter, not to the CPC.
    A foreign-ministry page is a digest when it says it is one or is an untitled digest ("Wang Yi's
    Diplomatic Engagements This Week", 一周外事): its record is the first LAC exchange it reports
    (codebook, One page, one record), not the first item's day and format."""
    if release.is_mfa:
        if cues.pattern("not_exchange_headline").search(release.title.strip()):
            return None
        return DIGEST if DIGEST_TITLE.search(release.title) or _untitled_digest(release) else None
    if not party_side(release):
        return None  # a page without the CPC side (an ambassador's letter) reports no party exchange
    if cues.pattern("not_exchange_headline").search(release.title.strip()):
        return None  # a commentary or an embassy's activity: its senders' words report no exchange
    title = release.title
    if DIGEST_TITLE.search(title) or _untitled_digest(release):
        return DIGEST
    if page.event_type not in (None, "message", "other"):
        return LEGS if _is_trip(page) else None
    messages, collective = (MESSAGES_ZH, COLLECTIVE_ZH) if release.zh else (MESSAGES_EN, COLLECTIVE_EN)
    many = COLLECTIVE_LEAD_ZH if release.zh else COLLECTIVE_LEAD_EN
    senders = (not title or collective.search(NAMED_COLLECTIVE.sub(_blank, title))
               or many.search(NAMED_COLLECTIVE.sub(_blank, release.lead()))
               or _messages_in_entries(release, messages, MANY_ENTRIES))
    focus = release.focus_text()
    praised = (cues.pattern("praise_of_cpc").search(focus) is not None
               and cues.pattern("gathering_held").search(focus) is None
               and cues.pattern("words_to_the_media").search(focus) is None)
    if senders and (messages.search(focus) or praised or _messages_in_entries(release, messages)):
        return ROUNDUP
    return None


def _untitled_digest(release: Release) -> bool:
    """A digest without its name: two or more paragraphs each opening with their own day, under no
    headline or one that names no exchange and no LAC actor ("中联部一周外事活动") — the codebook's
    page "with no headline (or a generic one)", whose record is the first exchange with LAC actors.
    A headline that names meetings only with "foreign guests" or "foreign delegations" as a group,
    or the week's activities (``generic_headline``: "IDCPC Leaders Meet Foreign Guests",
    中联部对外交往动态), names no one exchange either."""
    title = release.title
    generic = bool(title) and cues.pattern("generic_headline").search(title) is not None
    if title and (_title_names_lac(release)
                  or (not generic and any(cues.pattern(cue).search(title) for cue in TITLE_EXCHANGES))):
        return False
    clean = release.layout.clean
    # (a copy stored as one line keeps its items as sentences: ``_units``)
    start = release.layout.lead_start
    units = [(max(a, start), b) for a, b in _units(clean, release.zh) if b > start]
    if release.is_mfa and generic:
        # a foreign-ministry headline naming its counterparts only as a group ("Meets Leaders at the
        # BRICS Summit", 会见多国外长) or a principal's meetings as such: each paragraph is a meeting
        # of its own, also when only some open with their day ("Meeting with X, Wang Yi said …")
        return len(units) >= 2
    dated = sum(1 for a, b in units if DAY_OPENING.match(clean, a))
    if dated < 2 and generic and any(cues.pattern(cue).search(title) for cue in TITLE_EXCHANGES):
        # meetings with "foreign guests" as a group: its paragraphs are its meetings also when each
        # names its day after the host ("宋涛19日在京会见…", "Liu on Tuesday met …") or, as an
        # English agency's sentence does, at the end of its first sentence ("Cai met with … in
        # Beijing on Tuesday.")
        dated = sum(1 for a, b in units
                    if DAY_IN_HEAD.search(clean, a, min(b, a + DAY_IN_HEAD_CHARS))
                    or (not release.zh and DAY_IN_HEAD.search(clean, a, _first_sentence_end(clean, a, b))))
    return dated >= 2


def _first_sentence_end(clean: str, start: int, end: int) -> int:
    """The end of the first sentence of ``clean[start:end]`` (its full stop), or ``end``."""
    match = FIRST_SENTENCE_END.search(clean, start, end)
    return match.end() if match else end


# an English sentence's full stop: a stop after a word of two or more letters, not an initial or
# an abbreviation's dot ("Oct. 17", "Dr. Ortega")
FIRST_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                                r"(?<!\bSept)(?<!\b(?:Mr|Dr|No|St|Ms))\.(?=\s|$)")


# Paragraphs that each quote a message: the body itself is a list of senders, under a headline of
# a series with no collective word ("中共二十大贺电（一）", "Messages on the CPC centenary (II)").
MANY_ENTRIES = 3


def _messages_in_entries(release: Release, messages: re.Pattern[str], least: int = 2) -> bool:
    """Two (or ``least``) or more paragraphs after the lead each quote a message ("X said in a
    letter to the IDCPC …"): a page of many senders whose headline and lead only say what they
    said. A copy stored as one line keeps its paragraphs only as sentences (``_units``): they are
    its entries."""
    clean = release.layout.clean
    start, stop = release.layout.lead_end, release.layout.lead_end + ROUNDUP_BODY_CHARS
    quoted = sum(1 for a, b in _units(clean, release.zh)
                 if start <= a < stop and messages.search(clean, a, b))
    return quoted >= least


def _is_trip(page: Record) -> bool:
    """A CPC delegation's trip to several LAC countries (one leg per country)."""
    return page.relevant and page.event_type == "delegation_visit_abroad" and page.country == MULTILATERAL


def _is_short(line: str, zh: bool) -> bool:
    stripped = line.strip()
    if stripped.endswith((":", "：")):  # a sender's header ("Name, role:") leads into the quote;
        return not LIST_INTRO.search(stripped)  # an introduction to a list does not
    if stripped.endswith((".", "。", "!", "?", "！", "？", "\"", "”", ";", "；")):
        return False
    return len(stripped) < SHORT_ZH if zh else len(stripped.split()) < SHORT_WORDS


def _split_respective(clean: str, start: int, end: int) -> list[Segment] | None:
    """A sentence of senders "A，B，C分别致函…" as one segment per sender (the rest of the
    paragraph is a segment of its own); None when the paragraph is not one."""
    line = clean[start:end]
    match = RESPECTIVELY.search(line)
    tail = match is None
    match = match or TAIL.search(line)
    if not match:
        return None
    sentence_start = max(line.rfind(c, 0, match.start()) for c in "。.!?！？") + 1
    names = line[sentence_start:match.start()]
    zh = bool(re.search(r"[\u4e00-\u9fff]", names))
    if zh:
        parts = re.split(TAIL_SEPARATORS_ZH if tail else r"[，,]", names)
    else:
        parts = re.split(RESPECTIVE_SEPARATORS, names)
    if len(parts) < 2:
        return None
    out = [Segment(start, start + sentence_start)] if sentence_start > 0 else []
    cursor = start + sentence_start
    for part in parts:
        found = clean.find(part, cursor, start + match.start()) if part else -1
        if found < 0:
            continue
        out.append(Segment(found, found + len(part)))
        cursor = found + len(part)
    out.append(Segment(start + match.start(), end))
    return out


def _split_list(clean: str, start: int, end: int) -> list[Segment]:
    """A paragraph that introduces a list ("… include: A; B; C") as one segment per entry."""
    respective = _split_respective(clean, start, end)
    if respective:
        return respective
    line = clean[start:end]
    intro = LIST_INTRO.search(line)
    if intro and in_what_was_said(clean, start + intro.start()):
        intro = None  # "X said it inspires countries including Brazil and Mexico": topics, no senders
    body_start = start + (intro.end() if intro else 0)
    separators = LIST_SEPARATORS
    if not LIST_SEPARATORS.search(clean, body_start, end):
        if not intro or end - body_start < 3:
            return [Segment(start, end)]
        # "… included Kazakh President A, Tanzanian President B and Cuban President C."
        zh = bool(re.search(r"[\u4e00-\u9fff]", line))
        separators = re.compile(r"[，,]\s*") if zh else RESPECTIVE_SEPARATORS
        if not separators.search(clean, body_start, end):
            return [Segment(start, end)]
    out = [Segment(start, body_start)] if intro and intro.start() > 0 else []
    cursor = body_start
    for sep in separators.finditer(clean, body_start, end):
        if sep.start() > cursor:
            out.append(Segment(cursor, sep.start()))
        cursor = sep.end()
    if cursor < end:
        out.append(Segment(cursor, end))
    return out


# A copy stored as one line keeps its senders' paragraphs only as sentences: a page of one or two
# lines, one of them with ONE_LINE_SENTENCES sentences or more, is read sentence by sentence, as
# ``layout`` reads its lead (a sentence that goes on about the same sender, "He said …", joins the
# one before, as a paragraph would). A short page joined by single blanks was one unit: its senders
# or a trip's legs in its later paragraphs were read as one entry, or none.


def _units(clean: str, zh: bool) -> list[tuple[int, int]]:
    """Paragraphs; the line of a copy stored as one line is cut into its parts spaced apart, and a
    run-on part of ONE_LINE_SENTENCES sentences or more into its sentences. A copy whose report is
    one such line among lines of page furniture (a menu, a caption, "Enditem", related headlines:
    no other line ends as a sentence ends) is read the same way, as ``layout`` reads its lead."""
    paras = paragraphs(clean)
    if len(paras) > 2:
        prose = [p for p in paras if clean[p[0]:p[1]].endswith(SENTENCE_CLOSE[:8])
                 and not is_caption(clean[p[0]:p[1]])]
        if len(prose) != 1:
            return paras
        return [unit for p in paras for unit in (_sentences(clean, p, zh) if p == prose[0] else [p])]
    out: list[tuple[int, int]] = []
    # its paragraphs spaced apart on the line (PART_GAP) are paragraphs still, as ``layout`` reads them
    parts = [(start + m.start(), start + m.end()) for start, end in paras
             for m in PART_GAP_SPLIT.finditer(clean[start:end])]
    if len(parts) > 2:
        paras = parts
    for para in paras:
        out.extend(_sentences(clean, para, zh))
    return out


def _sentences(clean: str, para: tuple[int, int], zh: bool) -> list[tuple[int, int]]:
    """A run-on part's sentences when it has ONE_LINE_SENTENCES or more, else the part whole."""
    spans = sentence_spans(clean, *para, zh)
    return spans if len(spans) >= ONE_LINE_SENTENCES else [para]


def roundup_segments(clean: str, zh: bool) -> list[Segment]:
    """One segment per sender: a list entry, or a paragraph with the lines that go on about the
    same sender (a name line, then a title line, then the quote; "He added …")."""
    out: list[Segment] = []
    previous_short = False
    continues = CONTINUES_ZH if zh else CONTINUES_EN
    for start, end in _units(clean, zh):
        line = clean[start:end]
        short = _is_short(line, zh)
        split = _split_list(clean, start, end)
        if out and len(split) == 1 and (previous_short or (not short and continues.search(line))):
            out[-1] = Segment(out[-1].start, end)  # a title line or quote after a name line
        else:
            out.extend(split)
        previous_short = short
    return out


def _sentence_country(release: Release, start: int, end: int) -> str | None:
    """The one country whose LAC parties a sentence names outside what was said (None for none or
    for parties of two countries: "A and B said in their messages" is one group of senders)."""
    clean = release.layout.clean
    found = {m.entry.country for m in release.of(LAC_PARTY)
             if m.where == "text" and start <= m.start < end and isinstance(m.entry, Party)
             and not in_what_was_said(clean, m.start)}
    return found.pop() if len(found) == 1 else None


def by_sender_country(release: Release, segment: Segment) -> list[Segment]:
    """A roundup paragraph that reports two LAC countries' parties sentence by sentence ("在拉美，古巴
    共产党…表示，…。委内瑞拉统一社会主义党主席马杜罗在贺函中说，…。") holds two senders: one segment each,
    cut where a sentence names a party of another country than the sentences before it (sentences
    naming none go on about the sender before them). A roundup's items are one sender each; a
    paragraph that runs two together would code both as one country's."""
    clean = release.layout.clean
    cuts = [segment.start] + [e for e in sentence_ends(clean, segment.start, segment.end, release.zh)
                              if e < segment.end] + [segment.end]
    out: list[Segment] = []
    current: str | None = None
    for a, b in zip(cuts, cuts[1:], strict=False):
        country = _sentence_country(release, a, b)
        if out and (country is None or current is None or country == current):
            out[-1] = Segment(out[-1].start, b)
            current = current or country
            continue
        start = a + len(clean[a:b]) - len(clean[a:b].lstrip())
        out.append(Segment(start if out else a, b))
        current = country
    return out or [segment]


def digest_segments(clean: str, zh: bool, mfa: bool = False) -> list[Segment]:
    """One segment per news item: a paragraph that opens with a day or a bullet, with the
    paragraphs after it that do not (the sentences of a copy stored as one line: ``_units``). An
    item's own headline, a short line right before its opening paragraph ("IDCPC Sends Message to
    Uruguayan Party" / "On May 9, the IDCPC sent …"), opens the item it heads, not the end of the
    one before. On a foreign-ministry page (``mfa``) whose items do not open with their days, an
    item opens with a paragraph whose first sentence reports an exchange (``_reports_exchange``:
    "Wang Yi met with …", "Meeting with X, …"), so a paragraph that goes on about the meeting
    before it ("Wang said China is willing to work with Cuba …") is that meeting's, not an
    exchange of its own."""
    paras = _units(clean, zh)
    opening = [DIGEST_OPENING.match(clean[a:b]) is not None for a, b in paras]
    if mfa and sum(opening) < 2:
        opening = [opens or _reports_exchange(clean, a, b, zh)
                   for opens, (a, b) in zip(opening, paras, strict=True)]
        if not any(opening):
            return [Segment(a, b) for a, b in paras]
    elif sum(opening) < 2:
        return [Segment(a, b) for a, b in paras]
    out: list[Segment] = []
    after_head = False
    for i, ((a, b), opens) in enumerate(zip(paras, opening, strict=True)):
        head = (not opens and i + 1 < len(paras) and opening[i + 1] and _is_short(clean[a:b], zh))
        if head or not out or (opens and not after_head):
            out.append(Segment(a, b))
        else:  # a paragraph going on with the item, or the item's opening under its headline
            out[-1] = Segment(out[-1].start, b)
        after_head = head
    return out


# The words of a foreign-ministry exchange (codebook, foreign-ministry event types): met, held
# talks, spoke by phone or video, sent a message
MFA_EXCHANGE_CUES = ("mfa.meeting", "mfa.talks", "mfa.phone_call", "mfa.video_call", "mfa.message")


def _reports_exchange(clean: str, start: int, end: int, zh: bool) -> bool:
    """The first sentence of ``clean[start:end]`` names an exchange (``MFA_EXCHANGE_CUES``) other
    than as the one its people were present at (``contacts.PRESENT``: "X参加会见", "present at the
    meeting were …" name who attended the meeting before, as a ministry page closes each one)."""
    stop = clean.find("。", start, end) + 1 if zh else _first_sentence_end(clean, start, end)
    head = contacts_step.PRESENT.sub(" ", clean[start:stop if stop > start else end])
    return any(cues.pattern(cue).search(head) for cue in MFA_EXCHANGE_CUES)


def leg_segments(release: Release) -> list[Segment]:
    """One segment per LAC country of a trip, from the first paragraph that names it to the
    paragraph before the next country's (the lead, which names the trip as a whole, is left out)."""
    clean = release.layout.clean
    countries: list[tuple[int, str]] = []
    for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG):
        if m.where != "text" or m.start < release.layout.lead_end:
            continue
        country = m.entry.id if m.label == LAC_COUNTRY else getattr(m.entry, "country", None)
        if country and (not countries or countries[-1][1] != country):
            countries.append((m.start, country))
    if len({c for _, c in countries}) < 2:
        return []
    # (a copy stored as one line keeps its paragraphs only as sentences: ``_units``)
    paras = [p for p in _units(clean, release.zh) if p[0] >= release.layout.lead_end]
    out: list[Segment] = []
    seen: list[str] = []
    for a, b in paras:
        named = [c for start, c in countries if a <= start < b]
        if named and named[0] not in seen and (not out or LEG_CUE.match(clean[a:b])):
            seen.append(named[0])
            out.append(Segment(a, b))
        elif out:
            out[-1] = Segment(out[-1].start, b)
    return out if len(out) >= 2 else []


def segments(release: Release, kind: str) -> list[Segment]:
    """The page's segments for its kind."""
    if kind == ROUNDUP:
        return [part for seg in roundup_segments(release.layout.clean, release.zh)
                for part in by_sender_country(release, seg)]
    if kind == DIGEST:
        return digest_segments(release.layout.clean, release.zh, release.is_mfa)
    if kind == LEGS:
        return leg_segments(release)
    return []


def _title_names_lac(release: Release) -> bool:
    """The headline names a LAC actor, platform or the region (it would place every entry there).
    On a foreign-ministry page a worldwide platform (BRICS, G20, APEC, the UN) in the headline is the
    gathering the meetings were held at, and a LAC city or country named as the place is where
    ("Li Qiang Meets Leaders at the BRICS Summit in Rio de Janeiro"): neither is a LAC side, and the
    entries are the principal's meetings with each country there."""
    region = REGION_ZH if release.zh else REGION_EN
    return bool(region.search(release.title)) or any(
        m.where == "title" and not (release.is_mfa and (
            is_venue(release, m)
            or (m.label == PLATFORM and getattr(m.entry, "mechanism", None) == "global")))
        for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM))


def _gathering_of_digest(release: Release) -> str:
    """The words of a foreign-ministry digest's headline or lead that place its meetings at a
    multilateral summit or conference (``sidelines``: "at the BRICS Summit", 出席联大期间): every
    item of the page was held there (codebook, meeting_on_sidelines: a summit the page names or
    places it at), also an item whose own paragraph names only the day and the counterpart."""
    pattern = cues.pattern("sidelines")
    for text in (release.title, release.lead()):
        found = pattern.search(text)
        if found:
            return found.group()
    return ""


def segment_document(release: Release, kind: str, segment: Segment) -> Document:
    """The segment as a release of its own: the page text blanked outside the segment (offsets
    kept), the segment on one line, and the page's title unless it names a LAC actor (then the
    title would place every entry in that country, and a neutral title of the kind is used) or the
    page is a digest (its headline reports no one exchange, so it says nothing of an item's)."""
    doc = release.doc
    # nothing after the segment is read (offsets kept); read from the page's cleaned text: the page's
    # furniture (a time stamp or a date alone on its line under the headline) stays blanked once the
    # segment is joined into one line, where it no longer stands alone and would be read as a day
    text = release.layout.clean[:segment.end]
    chars = [" " if c != "\n" else "\n" for c in text]
    chars[segment.start:segment.end] = [" " if c in "\r\n" else c for c in text[segment.start:segment.end]]
    title = release.title
    lang = "zh" if release.zh else "en"
    generic = MFA_DIGEST_TITLE[lang] if release.is_mfa else GENERIC_TITLE[(kind, lang)]
    side = cues.pattern("party_side")
    # a digest's headline is generic ("Liu Jianchao meets foreign guests", "FM holds talks with
    # counterparts"): its exchange word is no item's format, which the item's own words give
    if (kind == DIGEST or _title_names_lac(release)
            or len(title) + segment.end - segment.start < 2 * len(generic)
            or (not release.is_mfa and not side.search(title) and side.search(release.text))):
        title = generic  # (a short list entry under a short title would be too short to read)
    # a digest's item keeps no dateline (blanked), yet its weekdays and "the same day" count from it
    # (codebook, event_date rules 2-3: from the dateline's day, or else the printed date); the
    # record's printed date is the page's again in ``_finish``. (A trip's legs keep the printed
    # date: their stated days run after a dateline that opens the trip.)
    day = dateline_day(release)[0] if kind == DIGEST else None
    published = (day.isoformat() if day is not None
                 else doc.published or (release.anchor.isoformat() if release.anchor else None))
    return Document(url=doc.url, source=doc.source, lang=doc.lang, title=title, published=published,
                    text="".join(chars), key=doc.key)


def _identity(record: Record, kind: str) -> tuple[str | None, ...]:
    """Who the exchange was with: a trip's leg is its country; a message, its country and the
    party (or, without one, the first person) behind it; a news item, all that and its day and
    kind (a digest reports two meetings with one party on two days as two exchanges)."""
    if kind == LEGS:
        return (record.country,)
    if kind == DIGEST:
        party = next((c.party_id for c in record.contacts if c.party_id), None)
        return (record.country, party, record.event_date, record.event_type,
                record.evidence["item"][0].start if not record.event_date else None)
    party = next((c.party_id for c in record.contacts if c.party_id), None)
    person = record.contacts[0].name if record.contacts else None
    return (record.country, party or person)


def _names_actor(seg: Release, segment: Segment, kind: str) -> bool:
    """The segment itself names a LAC actor (a country other than by its capital, a party, an
    organisation, a LAC-wide platform; in a digest, also the region as the exchange's actors, as
    the country step reads it: "met participants of a course for cadres from eight Latin American
    and Caribbean countries", a group met as one): "Latin America" in a quote about the world does
    not make an African president's message a LAC exchange (the country step leaves a region in
    what was said out). A roundup's entry is a sender's: the region's words there ("and other
    Latin American parties") name no sender of their own."""
    if kind == DIGEST and any(span.where == "text" and segment.start <= span.start < segment.end
                              for span in seg.extra.get("regional_cues", [])):
        return True
    for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM):
        if m.where != "text" or not (segment.start <= m.start < segment.end):
            continue
        if m.label == PLATFORM and getattr(m.entry, "mechanism", None) != "regional":
            continue
        if m.label == LAC_COUNTRY and is_capital(seg, m):
            continue
        return True
    return False


# What may open a roundup entry before its sender: a number or bullet, an article
ENTRY_OPENING = re.compile(rf"\s*(?:\d{{1,2}}[.、)]\s*|{BULLET}\s*)?(?:The\s+|the\s+)?")
# A sender's proper name that ends in its country ("Communist Party of Britain", "Workers' Party of")
NAME_OF_COUNTRY = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,6}of\s+(?:the\s+)?")
# What joins two senders of one entry ("A and B", "A, B", A、B, A和B): no predicate between them
SENDERS_JOINED = re.compile(r"[\s,，、;；]*(?:(?:and|as well as|together with)\s+)?(?:the\s+)?|"
                            r"[\s、，]*(?:和|及|与|與)?", re.I)


def _outsider_subject(seg: Release, segment: Segment) -> bool:
    """Does the entry open with a party outside LAC as its sender (a foreign party look-alike, or a
    party's name ending in its foreign country: "The Communist Party of Spain, which has close ties
    with the Communist Party of Cuba, said …", "The Communist Party of Britain … called for an end to
    the blockade against Cuba") and name every LAC actor only after it, in its predicate or an aside,
    not joined to it as a second sender ("A and B sent …")? (A bare country or region opening the
    entry may be a place or a group of senders, not one sender: measured on dev, it is left out.)
    A roundup entry's sender is its subject; a LAC name in what the subject did or is is
    no sender of that message (codebook, contacts: those "the page names as taking part")."""
    text = seg.layout.clean
    opening = ENTRY_OPENING.match(text, segment.start, segment.end)
    head = opening.end() if opening else segment.start
    gaz = seg.gazetteer
    subject = None
    for m in seg.mentions:
        if m.label == LOOKALIKE and m.where == "text" and m.ids and head <= m.start < head + 80 and (
                m.start == head or NAME_OF_COUNTRY.fullmatch(text, head, m.start)):
            entry = gaz.get(m.ids[0])
            party = entry.kind == "party" if isinstance(entry, Lookalike) else False
            if isinstance(entry, Lookalike) and entry.country != "China" and (
                    party or (entry.kind == "country" and m.start > head)):
                subject = m
                break
    if subject is None:
        return False
    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if not lac or min(m.start for m in lac) < subject.end:
        return False
    first = min(m.start for m in lac)
    return SENDERS_JOINED.fullmatch(text, subject.end, first) is None


def outsiders_entry(seg: Release, segment: Segment, record: Record) -> bool:
    """A roundup entry of a sender outside LAC: it names a country, region or party outside LAC
    (a look-alike) before its first LAC name or as the speaker after a quotation ('"… from Cuba to
    Vietnam," said Zyuganov, Chairman of the Communist Party of the Russian Federation'), gives no
    LAC party as a contact, and every LAC name in it lies in what was said ("The CPV said the
    CPC's success encourages socialist countries such as Cuba", 久加诺夫表示，中国共产党长期支持
    古巴共产党…). The codebook's contacts are those
    "the page names as taking part": a party spoken of takes no part in that sender's message."""
    if _outsider_subject(seg, segment):
        seg.extra["outsider_subject"] = True
        return True
    if any(c.party_id for c in record.contacts):
        return False
    text = seg.layout.clean
    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if not lac or not all(in_what_was_said(text, m.start) for m in lac):
        return False
    first = min(m.start for m in lac)
    gaz = seg.gazetteer
    for m in seg.mentions:
        if (m.label != LOOKALIKE or m.where != "text" or not m.ids
                or not (segment.start <= m.start < segment.end)):
            continue
        if m.start > first and (in_what_was_said(text, m.start)
                                or not CLOSE_THEN_SAID.search(text, first, m.start)):
            continue  # after the LAC names, only the speaker of an inverted attribution ('"…," said X'),
            # not a name further on (a one-line copy's "Related news" after the entry)
        entry = gaz.get(m.ids[0])
        if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
            return True
    return False


def outsiders_item(seg: Release, segment: Segment) -> bool:
    """A digest item whose first sentence, the one saying whom the exchange was with, names a
    country, region or party outside LAC and no LAC actor ("On June 3, Liu met with the Socialist
    Party of Portugal. Both sides agreed that Portugal's ties with Brazil …"), or names no LAC actor
    while every LAC name of the item lies in what was said: the LAC names further on are topics of
    that exchange, as under a headline naming a counterpart outside LAC
    (``relevance.headline_outside_lac``) or in a roundup entry (``outsiders_entry``), not a LAC
    exchange of the digest."""
    text = seg.layout.clean
    item = text[segment.start:segment.end]
    start = segment.start + len(item) - len(item.lstrip())
    first = sentence_at(text, start)
    end = min(first[1], segment.end)

    def in_first(m: Mention) -> bool:
        return m.where == "text" and start <= m.start < end

    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if any(in_first(m) for m in lac):
        return False
    if lac and all(in_what_was_said(text, m.start) for m in lac) and not any(
            c.party_id for c in seg.record.contacts):
        return True  # "Liu said China and India, like Brazil, are developing countries": a topic
    gaz = seg.gazetteer
    for m in seg.mentions:
        if m.label == LOOKALIKE and m.ids and in_first(m):
            entry = gaz.get(m.ids[0])
            if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
                return True
    return False


def _within(span: Span, segment: Segment) -> bool:
    return span.where == "text" and segment.start <= span.start and span.end <= segment.end


def _finish(page: Release, kind: str, segment: Segment, seg: Release) -> Record:
    """A segment's record in the page's terms: the page's identity, hash and title; evidence that
    does not lie in the segment (a neutral title's words) dropped; the kind's own decisions."""
    record = seg.record
    doc = page.doc
    record.title = doc.title
    record.published = doc.published
    record.text_sha256 = text_sha256(doc.text or "")
    neutral_title = seg.title != page.title
    for name in list(record.evidence):
        spans = [s for s in record.evidence[name] if not (neutral_title and s.where == "title")]
        if spans:
            record.evidence[name] = spans
        else:
            del record.evidence[name]
    record.notes = [n for n in record.notes if not n.startswith("publication day")]
    dated = [s for s in record.evidence.get("event_date", []) if _within(s, segment)
             and (kind != ROUNDUP or STATED_DAY.search(s.text))]
    if not dated:  # a day only when the page gives this exchange's own day ...
        record.event_date = None
        record.event_date_end = None
        record.evidence.pop("event_date", None)
        record.notes = [n for n in record.notes if not n.startswith("event date:")]
        undated = cues.pattern("no_day").search(page.lead())  # "近日纷纷致电": recently, no day
        lead_day = _lead_message_day(page) if kind == ROUNDUP and not undated else None
        if lead_day is not None:
            # ... or, for a roundup entry, the day the lead gives the messages ("7月20日，多国政党领导人
            # 致电…", "On July 1, leaders of … sent messages"): a stated day (rule 1) ...
            record.event_date = page.record.event_date
            record.add_evidence("event_date", lead_day)
            record.notes.append(LEAD_DAY_NOTE)
        by_dateline = kind == ROUNDUP and not undated and lead_day is None
        day, span = dateline_day(page) if by_dateline else (None, None)
        if day is not None and span is not None:
            # ... or, for a roundup entry, the dispatch's dateline: the codebook's rule 2 (a text
            # that names no other day is dated by its dateline)
            record.event_date = iso(day)
            record.add_evidence("event_date", Span(span[0], span[1], doc.text[span[0]:span[1]]))
            record.notes.append(DATELINE_NOTE)
    whole = Span(segment.start, segment.end, doc.text[segment.start:segment.end])
    if page.is_mfa and kind == DIGEST and record.event_type == "meeting" and _gathering_of_digest(page):
        record.event_type = "meeting_on_sidelines"  # the page's summit is every item's setting
    parties = {getattr(seg.gazetteer.get(c.party_id), "country", None) for c in record.contacts if c.party_id}
    if (kind != LEGS and record.country == MULTILATERAL and len(parties) == 1 and None not in parties
            and "global" not in record.mechanism):
        # one country's party whose leader also chairs a regional body sent this one (one LAC party
        # among the world's at a worldwide platform stays multilateral: codebook, country)
        country = parties.pop()
        entry = seg.gazetteer.country(country)
        seg.country_id = country
        record.country = entry.canonical if entry else country
        record.exchange_type = "bilateral"
        mechanism_step.step(seg)
    if kind == ROUNDUP and record.event_type != "message":
        record.event_type = "message"  # every entry of a roundup of messages is a message
        record.evidence["event_type"] = [whole]
        content_step.step(seg)
    record.evidence["item"] = [whole]
    return record


NAME_EN = r"[A-Z][\w'’.-]+(?: (?:de |da |dos |del |la |van |von |bin |al-)?[A-Z][\w'’.-]+){1,4}"
TITLE_WORDS = (r"(?:President|Prime Minister|Premier|Minister|Chairman|Chairwoman|Chair|Leader|"
               r"Secretary(?:-General| General)?|Speaker|Governor|Vice President|Emir|King|Head)")
# Who sent a roundup entry's message: "Name, role …", "… said [role] Name.", "[Role] Name said".
SENDER_EN = (
    re.compile(rf"^\s*(?P<name>{NAME_EN})\s*(?:,\s*(?P<role>[^;:\n]{{3,200}}?)(?=,? (?:said|noted|"
               rf"stressed|hailed|expressed|lauded|wrote|added|extended)\b|[;.:\n]|$)|\n+(?P<role2>[^\n]{{3,200}}))"),
    re.compile(rf"\b(?:said|noted|stressed|added|wrote)(?P<role>(?: [A-Z][\w'’-]+| of| and| the){{0,10}}? "
               rf"{TITLE_WORDS}) (?P<name>{NAME_EN})(?=[,.]|$)"),
    re.compile(rf"^\s*(?P<role>(?:[A-Z][\w'’-]+ |of |the |and ){{0,6}}{TITLE_WORDS}) (?P<name>{NAME_EN})"
               rf"(?=,| said| noted| hailed| expressed| extended| wrote)"),
    re.compile(rf"\b(?:said|noted|stressed|added|wrote) (?P<name>{NAME_EN}),\s*(?P<role>[^.;:]{{3,200}})"),
    re.compile(rf",\s*(?P<role>{TITLE_WORDS}[^,.;:\n]{{0,80}}?) (?P<name>{NAME_EN}) "
               rf"(?:said|noted|stressed|added|wrote)\b"),
)


ORG_WORDS = frozenset({"party", "front", "movement", "congress", "union", "alliance", "labour", "labor",
                       "national", "republic", "assembly", "forum", "council", "committee", "pact"})


def _person(name: str) -> str:
    """The person's name at the end of a run of capitalised words that starts with an
    organisation's ("Jamaica Labour Party Andrew Holness" → "Andrew Holness")."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if w.lower().strip("'’s") in ORG_WORDS), default=-1)
    return " ".join(words[last + 1:]) if len(words) - last - 1 >= 2 else name


# A Chinese entry's sender: "…党主席、众议院副议长希奥哈" — the name right after the last title.
TITLES_ZH = (r"(?:第一书记|总书记|书记|副主席|主席|政治领袖|领袖|副总统|总统|总理|副议长|议长|"
             r"秘书长|部长|主任|领导人|党首|创始人)")
ZH_HEAD = 40  # characters: where an entry names its sender
SENDER_ZH = re.compile(rf"{TITLES_ZH}(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·•\-－]{{1,11}}?)"
                       r"(?=[，,；;。、（(]|\s|$|在|表示|说|指出|致|发来|分别|认为|称)")


def _sender_zh(seg: Release, segment: Segment, record: Record, page_text: str) -> None:
    text = page_text[segment.start:segment.end]
    match = SENDER_ZH.search(text, 0, ZH_HEAD)  # a list entry or a paragraph names its sender first
    if not match or re.search(r"[的也中在和与同向]", match.group("name")):
        return
    name = match.group("name")
    start = segment.start + match.start("name")
    if any(m.start < start + len(name) and start < m.end for m in seg.mentions
           if m.label == CN_OFFICIAL and m.where == "text"):
        return  # the Chinese side (总理李克强) is not a sender
    known = [c for c in record.contacts if name in c.name or c.name.split(" (")[0] in name]
    if known:  # the contacts step found the sender: first, as the item's counterpart
        record.contacts.remove(known[0])
        record.contacts.insert(0, known[0])
        return
    title = text[max(0, match.start() - 20):match.start("name")]
    party = next((m.entry for m in seg.of(LAC_PARTY) if m.where == "text"
                  and segment.start <= m.start < segment.end and isinstance(m.entry, Party)), None)
    kind = contact_kind(title)
    if party is not None and kind in ("other", "party"):
        kind = "party"
    english = getattr(contacts_step, "_with_english", None)
    shown = name
    if english is not None:
        try:
            shown = english(seg, name, party)
        except Exception:  # noqa: BLE001 - a name without its English form is still the sender
            shown = name
    record.contacts.insert(0, Contact(name=shown, kind=kind, party_id=party.id if party else None,
                                      party=party.canonical if party else None))
    record.add_evidence("contacts", Span(start, start + len(name), page_text[start:start + len(name)]))


def add_sender(seg: Release, segment: Segment, record: Record, page_text: str) -> None:
    """The person who sent a roundup entry's message, as the item's first contact (the contacts
    step reads people met or addressed; an entry names its sender by a list's own patterns)."""
    if seg.zh:
        _sender_zh(seg, segment, record, page_text)
        return
    text = seg.layout.clean[segment.start:segment.end]
    raw = page_text[segment.start:segment.end]  # with its line breaks: "Name\n\nrole\n\nquote"
    for pattern in SENDER_EN:
        match = pattern.search(raw if pattern is SENDER_EN[0] else text)
        if not match:
            continue
        name = _person(match.group("name").strip())
        role = (match.groupdict().get("role") or match.groupdict().get("role2") or "").strip()
        words = set(name.lower().split())
        known = [c for c in record.contacts if words & set(c.name.lower().split())]
        if known:  # the contacts step found the sender: first, as the item's counterpart
            record.contacts.remove(known[0])
            record.contacts.insert(0, known[0])
            return
        kind = contact_kind(role) if role else "other"
        party = next((m.entry for m in seg.of(LAC_PARTY) if m.where == "text"
                      and segment.start <= m.start < segment.end and isinstance(m.entry, Party)), None)
        if party is not None and kind in ("other", "party"):
            kind = "party"
        record.contacts.insert(0, Contact(name=name, kind=kind, party_id=party.id if party else None,
                                          party=party.canonical if party else None))
        start = segment.start + match.start("name") + match.group("name").rfind(name)
        record.add_evidence("contacts", Span(start, start + len(name), page_text[start:start + len(name)]))
        return


def _merge_into(kept: Record, other: Record) -> None:
    """Two segments of one exchange (several people of one party, a continued quote)."""
    names = {c.name for c in kept.contacts}
    kept.contacts.extend(c for c in other.contacts if c.name not in names)
    for name, spans in other.evidence.items():
        kept.evidence.setdefault(name, []).extend(spans)
    kept.event_date = kept.event_date or other.event_date
    for tag in other.mechanism:
        if tag == "leftist" and tag not in kept.mechanism:
            kept.mechanism.append(tag)


def items_of(page: Release, kind: str, segs: list[Segment], seg_releases: list[Release]) -> list[Record]:
    """The page's item records (empty when no segment has a LAC actor)."""
    records: list[Record] = []
    by_identity: dict[tuple[str | None, ...], Record] = {}
    day_before: str | None = None  # the last day an item before this one stated
    for segment, seg in zip(segs, seg_releases, strict=True):
        day_before, same_day = _day_of_item_before(page, kind, segment, seg, day_before)
        if seg is None or not seg.record.relevant or not _names_actor(seg, segment, kind):
            continue
        if kind == ROUNDUP and outsiders_entry(seg, segment, seg.record):
            page.extra["outsiders_entries"] = page.extra.get("outsiders_entries", 0) + 1
            if seg.extra.get("outsider_subject"):
                page.extra.setdefault("outsider_subjects", []).append(segment)
            continue
        if kind == DIGEST and outsiders_item(seg, segment):
            page.extra["outsiders_items"] = page.extra.get("outsiders_items", 0) + 1
            continue
        record = _finish(page, kind, segment, seg)
        if same_day is not None and record.event_date in (None, same_day[1]):
            record.event_date = same_day[0]  # "On the same day, X also met …", 同日: the day just named
            record.event_date_end = None
            record.notes.append("event date: the day the item before states")
        if kind == ROUNDUP:
            add_sender(seg, segment, record, page.doc.text or "")
        identity = _identity(record, kind)
        same_country = [r for r in records if r.country == record.country]
        bare = [r for r in same_country if not r.contacts]
        if identity in by_identity:
            _merge_into(by_identity[identity], record)
        elif not record.contacts and same_country and kind != DIGEST:
            _merge_into(same_country[-1], record)  # more about a sender already listed
        elif record.contacts and bare and kind != DIGEST:
            _merge_into(record, bare[0])  # the sender named after a first mention of the country
            records[records.index(bare[0])] = record
            by_identity = {k: v for k, v in by_identity.items() if v is not bare[0]}
            by_identity[identity] = record
        else:
            by_identity[identity] = record
            records.append(record)
    headline = _headline_item(page, records)
    if headline:
        records.insert(0, records.pop(headline))
    for i, record in enumerate(records):
        record.item = i
        if len(records) > 1:
            record.notes.append(f"{kind} page: exchange {i + 1} of {len(records)}")
    return records


# an item's day given as that of the item before it (codebook, event_date rule 2: "on the same day",
# 同日, 当天), or as a time of that day ("Later that day"): cue ``same_day``
SAME_DAY = cues.pattern("same_day")


def _day_of_item_before(page: Release, kind: str, segment: Segment, seg: Release | None,
                        day_before: str | None) -> tuple[str | None, tuple[str, str | None] | None]:
    """For a foreign-ministry digest (a principal's meetings one after another): the last day an item
    so far states, and, for an item that states no day of its own or gives it as "the same day"
    (同日, "Later that day"), that day with the day the item would otherwise get (the printed date).
    Each item is read alone, so its "same day" has no day before it; on the page it is the day the
    item before names (codebook, event_date rule 2), and an item that names no day goes on that day."""
    if kind != DIGEST or not page.is_mfa or seg is None:
        return day_before, None
    spans = [s for s in seg.record.evidence.get("event_date", []) if _within(s, segment)]
    stated = [s for s in spans if not SAME_DAY.search(s.text)]
    if stated and seg.record.event_date:
        return seg.record.event_date, None
    if day_before is None:
        return None, None
    return day_before, (day_before, seg.record.event_date if spans else None)


def _headline_names(page: Release) -> set[str]:
    """Ids of the LAC countries, parties and organisations the headline names (and their countries)."""
    named: set[str] = set()
    for m in page.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG):
        if m.where != "title":
            continue
        named.add(m.entry.id)
        country = getattr(m.entry, "country", None)
        if isinstance(country, str):
            named.add(country)
    return named


def _headline_item(page: Release, records: list[Record]) -> int:
    """Index of the item the headline names (its country or party), else 0."""
    named = _headline_names(page)
    if not named:
        return 0
    gaz = page.gazetteer
    for i, record in enumerate(records):
        parties = {c.party_id for c in record.contacts if c.party_id}
        entry = next((gaz.country(c) for c in named if gaz.country(c) is not None
                      and gaz.country(c).canonical == record.country), None)
        if parties & named or entry is not None:
            return i
    return 0


Extractor = Callable[[list[Document]], list[Release]]


def expand(pages: list[Release], extract_docs: Extractor) -> list[list[Record]]:
    """The records of each page, in the pages' order: its items when it is a multi-exchange page
    with LAC items, else its one page-level record. ``extract_docs`` runs the field steps on
    segment documents in one batch (the caller's spaCy batching)."""
    plans: list[tuple[str, list[Segment], int]] = []
    docs: list[Document] = []
    for page in pages:
        kind = kind_of(page, page.record)
        segs = segments(page, kind) if kind else []
        if kind == LEGS and not segs:
            kind = None
        plans.append((kind or "", segs, len(docs)))
        docs.extend(segment_document(page, kind, s) for s in segs if kind)
    done = extract_docs(docs) if docs else []
    out: list[list[Record]] = []
    for page, (kind, segs, first) in zip(pages, plans, strict=True):
        items = items_of(page, kind, segs, done[first:first + len(segs)]) if kind and segs else []
        if kind == LEGS:
            for record in items:
                record.event_type = page.record.event_type
                record.content = page.record.content
                record.content_prob = page.record.content_prob
                record.content_source = page.record.content_source
        if kind == ROUNDUP and not items and page.extra.get("outsiders_entries"):
            out.append([_no_lac_sender(page)])
            continue
        if kind == DIGEST and not items and page.extra.get("outsiders_items"):
            out.append([_no_lac_item(page)])
            continue
        if (kind == ROUNDUP and page.record.relevant and "body_counterparts" not in page.extra
                and all(r.country == page.record.country for r in items)):
            # the page's one counterpart country, which its title or lead names and its page-level
            # coding reports; the sender a roundup's list names is its contact too
            record = _with_senders(page.record, items if kind == ROUNDUP else [])
            if record.event_type in (None, "other") and _praise_only(page):
                _format_of(record, items[0])
            _senders_of_several_countries(page, record, items)
            out.append(separate_items(page, record) or [record])
            continue
        if kind == ROUNDUP and _one_countrys_senders(page, items):
            for record in items:
                record.item += 1
            out.append([one_country_record(page, items), *items])
            continue
        if kind in (ROUNDUP, LEGS) and _is_collective(page, kind, items):
            for record in items:
                record.item += 1
            out.append([collective_record(page, kind, items), *items])
            continue
        out.append(items or separate_items(page, page.record) or [replace(page.record, item=0)])
    return out


def _praise_only(page: Release) -> bool:
    """Is the page a roundup by its senders' praise alone ("外国政党政要高度评价中共十九届六中全会",
    "Foreign parties speak highly of …", ``praise_of_cpc``), its title and lead naming no message?
    Its page-level coding then found no format, where each entry is a message."""
    focus = page.focus_text()
    return (cues.pattern("praise_of_cpc").search(focus) is not None
            and cues.pattern("idcpc.message").search(focus) is None
            and cues.pattern("gathering_held").search(focus) is None)


def _format_of(record: Record, item: Record) -> None:
    """The record takes the item's event type and content (and the evidence of its type)."""
    record.event_type = item.event_type
    record.content, record.content_prob, record.content_source = (
        item.content, item.content_prob, item.content_source)
    record.evidence["event_type"] = list(item.evidence.get("event_type", []))


def _no_lac_item(page: Release) -> Record:
    """A digest whose only LAC names are topics of items with counterparts outside LAC
    (``outsiders_item``): it reports no exchange with a LAC actor, so the page is not relevant."""
    record = _page_copy(page)
    return _not_relevant(record, f"{DIGEST} page: every item's counterpart is outside LAC; the LAC names "
                                 "are topics")


def _no_lac_sender(page: Release) -> Record:
    """A roundup whose only LAC names are in what its senders from outside LAC said or did (and
    that the page-level coding gives no LAC party as contact outside their entries): no exchange
    with a LAC actor — the page is not relevant (the codebook's record is the exchange, and every
    sender is outside LAC)."""
    record = _page_copy(page)
    asides = page.extra.get("outsider_subjects", [])
    text = page.layout.clean
    if any(c.party_id and not any(c.name in text[a.start:a.end] for a in asides) for c in record.contacts):
        return record  # a LAC party the page names outside the entries of senders from outside LAC
    return _not_relevant(record, f"{ROUNDUP} page: every sender is outside LAC; the LAC names are what "
                                 "they said")


def _page_copy(page: Release) -> Record:
    """The page's record as item 0, with lists of its own (the page's record stays as it was)."""
    return replace(page.record, item=0, contacts=list(page.record.contacts), notes=list(page.record.notes),
                   evidence=dict(page.record.evidence))


def _not_relevant(record: Record, why: str) -> Record:
    """The record coded as no exchange with a LAC actor, with the reason in its notes."""
    record.relevant = False
    record.country = None
    record.exchange_type = None
    record.evidence.pop("country", None)
    record.evidence.pop("relevant", None)
    record.notes.append(why)
    return record


def exchanges(records: Iterable[Record]) -> list[Record]:
    """The records that are exchanges: all but a page's collective record (the data set counts
    exchanges; the collective record is the page's coding over them)."""
    return [r for r in records if not r.collective]


def _is_collective(page: Release, kind: str, items: list[Record]) -> bool:
    """Does the headline report the page's exchanges together, with actors from two or more LAC
    countries? The codebook then codes the page as one exchange whose LAC side is "a group of
    actors from two or more LAC countries": a roundup whose headline names none of its senders, a
    trip whose headline names none or several of its stops ("visits Peru and Ecuador")."""
    countries = {r.country for r in items if r.country and r.country != MULTILATERAL}
    if len(countries) < 2:
        return False
    named = _headline_names(page)
    if kind == ROUNDUP:
        return not named
    gaz = page.gazetteer
    stops = {entry.canonical for c in named if (entry := gaz.country(c)) is not None} & countries
    return len(stops) != 1  # one stop in the headline: the page is that leg


def _one_countrys_senders(page: Release, items: list[Record]) -> bool:
    """Two or more senders of one LAC country (two of its parties, a head of state and his party in
    entries of their own) in a roundup whose headline names none of them."""
    countries = {r.country for r in items}
    one = len(countries) == 1 and None not in countries and MULTILATERAL not in countries
    return len(items) >= 2 and one and not _headline_names(page)


def one_country_record(release: Release, items: list[Record]) -> Record:
    """The page's record over one country's senders: the first entry's exchange with every sender's
    contacts (the codebook's record is the exchange the headline reports, the roundup, and its
    contacts list every LAC party the page names as taking part); leftist when a sender's party is."""
    first = items[0]
    record = replace(first, item=0, collective=True, contacts=[], notes=list(first.notes),
                     evidence={name: list(spans) for name, spans in first.evidence.items()})
    known: set[str] = set()
    for item in items:
        for contact in item.contacts:
            if contact.name not in known:
                known.add(contact.name)
                record.contacts.append(contact)
        if item is not first:
            record.evidence.setdefault("contacts", []).extend(item.evidence.get("contacts", []))
    gaz = release.gazetteer
    leftist = any(isinstance(p := gaz.get(c.party_id), Party) and p.leftist
                  for c in record.contacts if c.party_id)
    scope = [m for m in first.mechanism if m != "leftist"] or ["bilateral"]
    record.mechanism = scope + (["leftist"] if leftist or "leftist" in first.mechanism else [])
    record.notes = [n for n in record.notes if not n.startswith(f"{ROUNDUP} page: exchange")]
    record.notes.append(f"{ROUNDUP} page: the messages of {len(items)} senders of {first.country} as the "
                        f"page's one record; its exchanges are items 1-{len(items)}")
    return record


def collective_record(release: Release, kind: str, items: list[Record]) -> Record:
    """The page's record over its items: multilateral, every sender or host a contact, regional (a
    group of several LAC countries' actors); leftist only when every item is — a group of parties
    of different families is no leftist counterpart. A roundup is a message dated by the first day
    an entry states; a trip keeps the page's own type, first day and content."""
    page = release.record
    if kind == LEGS:
        record = replace(page, item=0, collective=True, country=MULTILATERAL, exchange_type=MULTILATERAL,
                         contacts=list(page.contacts), notes=list(page.notes),
                         evidence={name: list(spans) for name, spans in page.evidence.items()})
        _gather(release, record, items)
        countries = sorted({r.country for r in items if r.country and r.country != MULTILATERAL})
        record.notes.append(f"{LEGS} page: the trip to {', '.join(countries)} as the page's one record; "
                            f"its legs are items 1-{len(items)}")
        return record
    record = replace(page, item=0, collective=True, relevant=True, country=MULTILATERAL,
                     exchange_type=MULTILATERAL, event_type="message", contacts=[], evidence={},
                     notes=list(page.notes))
    _gather(release, record, items)
    # the first day a sender's entry states ("recently sent messages" gives none; the dateline is
    # the report's day, not the messages')
    dated = sorted((r for r in items if r.event_date and DATELINE_NOTE not in r.notes),
                   key=lambda r: r.event_date or "")
    record.event_date = dated[0].event_date if dated else None
    if dated:
        record.evidence["event_date"] = list(dated[0].evidence.get("event_date", []))
    elif page.event_date and _lead_states_day(release):
        record.event_date = page.event_date
        record.evidence["event_date"] = list(page.evidence.get("event_date", []))
    first = items[0]
    record.content, record.content_prob, record.content_source = (
        first.content, first.content_prob, first.content_source)
    countries = sorted({r.country for r in items if r.country and r.country != MULTILATERAL})
    record.notes.append(f"{ROUNDUP} page: the messages of {len(items)} senders from {len(countries)} LAC "
                        f"countries ({', '.join(countries)}) as the page's one record; its exchanges are "
                        f"items 1-{len(items)}")
    return record


def _lead_message_day(release: Release) -> Span | None:
    """The day the page's lead states for the messages it rounds up, when the sentence that states
    it names them ("7月20日，多国政党领导人致电致函中共中央", "On July 1, leaders of … sent messages"): the
    day of every entry that names none of its own (rule 1, a stated day). A day of the occasion in a
    sentence of its own ("10月16日，大会开幕。连日来，…致电") is not the messages', nor is a dateline's."""
    if release.record.event_date is None:
        return None
    text = release.layout.clean
    dateline = release.layout.dateline
    words = cues.pattern("idcpc.message")
    for span in release.record.evidence.get("event_date", []):
        if span.where != "text" or not (release.layout.lead_start <= span.start < release.layout.lead_end):
            continue
        if dateline and dateline[0] <= span.start < dateline[1]:
            continue
        left, right = sentence_at(text, span.start)
        if words.search(text, left, right):
            return span
    return None


def _lead_states_day(release: Release) -> bool:
    """Does the page's own date come from a day its lead states, not from the dateline alone? "The
    IDCPC today sent Christmas greetings to parties in Jamaica, Barbados and Guyana", "On July 1,
    leaders of ... sent messages": the text names the day (rules 1 and 2), so the collective record
    keeps it when no entry states one of its own; a dateline alone is the report's day, not the
    messages'."""
    spans = release.record.evidence.get("event_date", [])
    dateline = release.layout.dateline
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    return any(s.where == "text" and lead_start <= s.start < lead_end
               and not (dateline and dateline[0] <= s.start < dateline[1]) for s in spans)


def _gather(release: Release, record: Record, items: list[Record]) -> None:
    """The items' contacts and their evidence on the collective record; its regional mechanism,
    leftist when every item's counterpart includes a leftist party (by the party's family, as the
    codebook has it; a government counterpart's ruling party does not speak for a group)."""
    known = {c.name for c in record.contacts}
    for item in items:
        for contact in item.contacts:
            if contact.name not in known:
                known.add(contact.name)
                record.contacts.append(contact)
        for name in ("contacts", "country"):
            record.evidence.setdefault(name, []).extend(item.evidence.get(name, []))
    record.evidence = {name: spans for name, spans in record.evidence.items() if spans}
    gaz = release.gazetteer

    def leftist_party(item: Record) -> bool:
        parties = [gaz.get(c.party_id) for c in item.contacts if c.party_id]
        return any(isinstance(p, Party) and p.leftist for p in parties)

    record.mechanism = ["regional"] + (["leftist"] if all(leftist_party(r) for r in items) else [])


def _senders_of_several_countries(release: Release, record: Record, items: list[Record]) -> None:
    """A roundup read as one record (its senders in one paragraph: "The FSLN said … The Communist
    Party of Cuba said …") whose entries' contacts are parties of two or more LAC countries (the
    entries', not the page's: a party a non-LAC sender speaks of is no sender): the senders are
    "a group of actors from two or more LAC countries" — multilateral, as the collective record of
    a roundup read entry by entry; regional, leftist when every country's senders include a
    leftist party (``_gather``)."""
    gaz = release.gazetteer
    by_country: dict[str, list[Party]] = {}
    for contact in (c for item in items for c in item.contacts):
        party = gaz.get(contact.party_id) if contact.party_id else None
        if isinstance(party, Party) and party.country:
            by_country.setdefault(party.country, []).append(party)
    if len(by_country) < 2 or record.country == MULTILATERAL:
        return
    record.country = MULTILATERAL
    record.exchange_type = MULTILATERAL
    leftist = all(any(p.leftist for p in parties) for parties in by_country.values())
    record.mechanism = ["regional"] + (["leftist"] if leftist else [])
    record.notes.append(f"{ROUNDUP} page: senders of {len(by_country)} LAC countries "
                        f"({', '.join(sorted(by_country))}) as one multilateral record")


def _with_senders(page: Record, items: list[Record]) -> Record:
    """The page-level record, with the people the items name that it does not."""
    record = replace(page, item=0, contacts=list(page.contacts), evidence=dict(page.evidence))
    known = {c.name for c in record.contacts}
    senders = [c for r in items for c in r.contacts if c.kind != "party" and c.name not in known]
    for contact in senders:
        known.add(contact.name)
    record.contacts[:0] = list({c.name: c for c in senders}.values())
    for r in items:
        spans = [s for s in r.evidence.get("contacts", []) if any(s.text == c.name for c in senders)]
        if spans:
            record.evidence["contacts"] = spans + list(record.evidence.get("contacts", []))
    return record
