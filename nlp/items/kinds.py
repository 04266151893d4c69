"""Which kind of multi-exchange page a release is, if any: a roundup of messages, a digest of news
items, a delegation's trip with legs in several LAC countries (``kind_of``). Only these pages are cut
into segments; the kind decides how they are cut and how their items make up the page's records.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.items.headline import title_names_lac
from nlp.items.openings import DAY_IN_HEAD, DAY_IN_HEAD_CHARS, DAY_OPENING
from nlp.items.units import first_sentence_end, units_of
from nlp.release import Release
from nlp.schema import MULTILATERAL, Record
from nlp.steps.relevance_party_side import party_side

ROUNDUP = "roundup"
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
# Headline words of one exchange or event: such a page is that exchange, not a digest.
TITLE_EXCHANGES = ("meeting", "headline_meeting", "delegation_received", "delegation_abroad",
                   "visit_to_country", "idcpc.message", "idcpc.video_call", "idcpc.phone_call",
                   "idcpc.training_course", "idcpc.seminar", "idcpc.briefing", "idcpc.forum",
                   "idcpc.dialogue", "idcpc.field_trip")
ROUNDUP_BODY_CHARS = 6000  # how far after the lead a roundup's entries are looked for


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
    if title and (title_names_lac(release)
                  or (not generic and any(cues.pattern(cue).search(title) for cue in TITLE_EXCHANGES))):
        return False
    clean = release.layout.clean
    # (a copy stored as one line keeps its items as sentences: ``units_of``)
    start = release.layout.lead_start
    units = [(max(a, start), b) for a, b in units_of(clean, release.zh) if b > start]
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
                    or (not release.zh and DAY_IN_HEAD.search(clean, a, first_sentence_end(clean, a, b))))
    return dated >= 2


# Paragraphs that each quote a message: the body itself is a list of senders, under a headline of
# a series with no collective word ("中共二十大贺电（一）", "Messages on the CPC centenary (II)").
MANY_ENTRIES = 3


def _messages_in_entries(release: Release, messages: re.Pattern[str], least: int = 2) -> bool:
    """Two (or ``least``) or more paragraphs after the lead each quote a message ("X said in a
    letter to the IDCPC …"): a page of many senders whose headline and lead only say what they
    said. A copy stored as one line keeps its paragraphs only as sentences (``units_of``): they are
    its entries."""
    clean = release.layout.clean
    start, stop = release.layout.lead_end, release.layout.lead_end + ROUNDUP_BODY_CHARS
    quoted = sum(1 for a, b in units_of(clean, release.zh)
                 if start <= a < stop and messages.search(clean, a, b))
    return quoted >= least


def _is_trip(page: Record) -> bool:
    """A CPC delegation's trip to several LAC countries (one leg per country)."""
    return page.relevant and page.event_type == "delegation_visit_abroad" and page.country == MULTILATERAL
