"""The first day of an exchange that lasts days: a visit, a trip, a tour, a course or a forum.

Codebook, "Dates of visits and briefings": a page about a visit, a preview of one or a briefing on a
trip takes the visit's first day when the lead states its span, else the earliest day it gives for
the visit; a page about a meeting during the visit is dated by the meeting. A party delegation's
visit and a field trip are dated the same way, and a course, seminar or forum whose close the page
reports by the day it opened. This module tells such pages and such days apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from nlp import cues
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.dates.candidates import FUTURE_DAYS, FUTURE_EN, FUTURE_ZH, Found, sentence_around

VISIT_KINDS = frozenset({"arrival", "state_visit", "official_visit"})
RECENT_DAYS = 31  # a visit page's days: within a month before the report


IDCPC_VISITS = frozenset({"delegation_visit_abroad", "delegation_received"})
# a visit's days lie close together: a day a later paragraph gives more than this many days before
# the first day the lead gives is background, not the visit's
VISIT_WINDOW = 10


def _trip_sentence(release: Release, sentence: str) -> bool:
    """A foreign-ministry sentence about a trip: its days may come after the page (a preview, a
    briefing before the trip), so a month-day without a year may lie ahead."""
    return release.is_mfa and bool(cues.pattern("trip").search(sentence))


def trip_day(release: Release, text: str, start: int) -> bool:
    """Is the day at ``start`` a trip's: in a sentence about a trip, or written as a trip's first
    day ("Ma said the trip starts on November 13": ``trip_start``, where the sentence names no
    destination)? Such a day may lie after the page, as a briefing before the trip gives it."""
    return _trip_sentence(release, sentence_around(text, start)) or (
        release.is_mfa and _trip_start_at(text, start))


def visit_days(release: Release, lead_found: list[Found], later: list[Found]) -> list[Found]:
    """The days a page about a visit as a whole gives for the visit (codebook, "Dates of visits and
    briefings": the visit's first day when stated, else the earliest day the page gives for the
    visit). A later paragraph may recall what led to the visit — the postponement announced weeks
    before ("On March 25, the Brazilian side announced …"), the phone call that prepared it — and
    those days are not the visit's: only days within ``VISIT_WINDOW`` before the first day the lead
    gives count from there."""
    def usable(f: Found) -> bool:
        return f.kind != "report" and not f.future and recent(f, release)

    own = [f for f in lead_found if usable(f)]
    more = [f for f in later if usable(f)]
    if own:
        first = min(f.day for f in own)
        more = [f for f in more if f.day >= first - timedelta(days=VISIT_WINDOW)]
    return own + more


def party_visit_day(release: Release, lead_found: list[Found], later: list[Found]) -> Found | None:
    """A party page about a delegation's visit as a whole (IDCPC ``delegation_received`` or
    ``delegation_visit_abroad``) takes the visit's first day when the lead states the visit's span
    ("The delegation is visiting Mexico from May 11th to 15th", 代表团于5月10日至16日访华), else the
    earliest day the page gives for the visit — not the day of the meeting the lead opens with."""
    text = release.layout.clean
    word = cues.pattern("visit_span")
    for f in lead_found:
        if f.end_day is not None and f.kind != "report" and not f.future:
            left, right = sentence_at(text, f.start)
            if word.search(text, left, right):
                return f
    days = visit_days(release, lead_found, later)
    return min(days, key=lambda f: f.day) if days else None


def tour_day(release: Release, lead_found: list[Found], later: Sequence[Found] = ()) -> Found | None:
    """A field trip page reports a delegation's tour of a province as a whole ("wrapped up a week-long
    study tour of Zhejiang on Friday. Starting on August 19, the group visited villages ..."): like a
    visit page it takes the tour's first day, not the day it ended (codebook, "Dates of visits and
    briefings") — the earliest day the lead gives in a sentence that names the tour itself
    (``idcpc.field_trip``), so the delegation's arrival in China or its talks in Beijing before the
    tour ("Earlier, on May 6, it held talks in Beijing") do not date it.

    A lead that places the tour only vaguely ("visited villages this week") leaves its days to the
    next paragraph ("The tour runs from Nov. 25 to 30."): the codebook dates a visit by its first day
    when the page states it, so a span ``later`` gives the tour itself dates it when the lead gives none."""
    text = release.layout.clean
    tour, span_word = cues.pattern("idcpc.field_trip"), cues.pattern("visit_span")

    def names_tour(f: Found) -> bool:
        # the tour's span may stand in a sentence that calls it only "the trip" or "the visit" after
        # an earlier one named the province ("… wrapped up a visit to Jiangxi on Thursday. The trip,
        # from Aug. 19 to 22, took it to Nanchang"): a span told of the visit is the tour's span
        sentence = sentence_at(text, f.start)
        told_of_visit = f.end_day is not None and span_word.search(text, *sentence) is not None
        return told_of_visit or tour.search(text, *sentence) is not None

    def usable(f: Found) -> bool:
        return f.kind != "report" and not f.future and recent(f, release) and names_tour(f)

    days = [f for f in lead_found if usable(f)] or [f for f in later if f.end_day is not None and usable(f)]
    return min(days, key=lambda f: f.day) if days else None


GATHERINGS = frozenset({"training_course", "seminar", "forum", "dialogue"})
OPENING_WINDOW = 31  # a course, seminar or forum page's opening day: at most this many days before its close


def opening_day(release: Release, chosen: Found, found: list[Found]) -> Found | None:
    """The day a course, seminar, forum or dialogue opened, on a page that reports its close.

    Such a page often leads with the close ("A two-day seminar for LAC party cadres concluded in
    Beijing on Thursday", 研修班11日在京结业; cue ``event_close``) and gives the opening next ("The
    seminar, which opened on Wednesday, …", 研修班于10日开班; cues ``event_opening_before`` and
    ``event_opening_after``), or a span that ends on the day of the close ("concluded today. The
    participants attended lectures from June 12th to 23rd", 研修班…结业…学员于6月4日至15日…): a span
    that ends when the event ended is the event's own. The codebook dates the exchange by its first
    day (event_date), so the opening day, when the page states one within ``OPENING_WINDOW`` days
    before the close, dates it.
    Only pages of these event types are read so, and only when the chosen day's sentence reports the
    close: a seminar held on one day is dated by that day."""
    if release.record.event_type not in GATHERINGS or chosen.future or chosen.kind == "report":
        return None
    text = release.layout.clean
    if not cues.pattern("event_close").search(text, *sentence_at(text, chosen.start)):
        return None
    before, after = cues.pattern("event_opening_before"), cues.pattern("event_opening_after")
    earliest = chosen.day - timedelta(days=OPENING_WINDOW)
    for f in sorted(found, key=lambda f: f.start):
        if f.future or f.kind == "report" or not earliest <= f.day < chosen.day:
            continue
        if (before.search(text, max(0, f.start - 30), f.start) or after.match(text, f.end, f.end + 20)
                or f.end_day == chosen.day):
            return f
    return None


def not_too_late(found: Found, anchor: date | None) -> bool:
    """Is the day at most ``FUTURE_DAYS`` after the anchor (or is there none)?"""
    return anchor is None or found.day <= anchor + timedelta(days=FUTURE_DAYS)


def recent(found: Found, release: Release) -> bool:
    """Is the day within ``RECENT_DAYS`` before the page's day, and not after it?"""
    anchor = release.anchor
    return anchor is None or anchor - timedelta(days=RECENT_DAYS) <= found.day <= anchor


def visit_page(release: Release, preview: bool = False) -> bool:
    """Is the headline about a visit as a whole (arrival, departure, a state or official visit)?
    With ``preview``, one announced for later ("to pay a state visit", "to Visit Brazil", 将…访问). A
    headline that names the visit by its verb alone ("to Attend G20 Summit and Visit Brazil") is
    one when the event type read it as the visit."""
    if release.record.event_type not in VISIT_KINDS:
        return False  # a briefing on the visit, a meeting during it: the event type says so
    headline = release.title or release.lead()
    kind = next((k for k, pattern in cues.rules("mfa") if pattern.search(headline)), None)
    if kind is None and cues.pattern("visit_headline").search(headline):
        kind = release.record.event_type  # "Xi Jinping to Attend G20 Summit and Visit Brazil"
    if kind not in VISIT_KINDS:
        return False
    return not preview or bool(FUTURE_EN.search(headline) or FUTURE_ZH.search(headline)
                               or re.search(r"\bto (?:pay|make|attend|visit)\b", headline, re.I))


# a lead's own word for the visit its page is about: "wrapping up a trip that took him to …",
# "concluded his tour", 结束拉美之行
# the trip by another name, or the visit named again by its article ("During the visit, he held talks
# … on November 20" on a departure page; 访问期间, 此访)
TRIP_WORD = re.compile(r"\b(?:trip|tour|journey)s?\b|\b(?:the|this|his|her|their) visit\b"
                       r"|之行|行程|访问期间|此访")


def visit_called_a_trip(release: Release, start: int, end: int) -> bool:
    """Is the page about a visit as a whole (its event type is a visit) and does its lead call it a
    trip or tour? The ``trip`` cue asks for a trip's destination ("trip to", "state visit"), since
    it also names the trip's stops for the country; a departure page's lead may give the stops
    another way ("a trip that took him to Brazil, Argentina …") or names it again ("During the
    visit, …", 访问期间) and is about the trip all the same, so its dates are the visit's (codebook,
    "Dates of visits and briefings")."""
    if release.record.event_type not in VISIT_KINDS:
        return False
    return TRIP_WORD.search(release.layout.clean, start, end) is not None


def briefing(release: Release) -> bool:
    """A minister's or spokesperson's briefing on a trip (the codebook dates it by the trip): the
    headline says so (``trip_briefing``: "Briefs the Press on …", 介绍, 吹风, "王毅谈…访问成果" —
    a minister talking about a visit's results)."""
    return bool(cues.pattern("trip_briefing").search(release.title or release.lead()))


def trip_span_after_lead(release: Release, later: list[Found]) -> list[Found]:
    """The trip's span a briefing states in the paragraph after its lead ("On November 21 … Wang Yi
    briefed the press on the trip. / Wang Yi said that from November 13 to 21, President Xi …
    paid state visits to …"; 王毅说，11月13日至21日，…进行国事访问): the lead gives the briefing's
    own day, the next paragraph the trip's, and the codebook dates a briefing on a trip by the
    trip's first day when stated. Only a span in a sentence about the trip (``trip``) counts, not
    before the report by more than a month (a span of years past is history) nor announced more
    than ``FUTURE_DAYS`` ahead."""
    text = release.layout.clean
    trip = cues.pattern("trip")
    out = []
    for f in later:
        if f.kind == "report" or not not_too_late(f, release.anchor):
            continue
        if f.end_day is None and not trip_start(text, f):
            continue
        if release.anchor is not None and f.day < release.anchor - timedelta(days=RECENT_DAYS):
            continue
        left, right = sentence_at(text, f.start)
        # the minister's account opens with the trip's days: 王毅说，11月13日至15日，习近平主席…
        account = BRIEFER_SAYS.search(text, left, f.start) is not None
        if f.end_day is None or account or trip.search(text, left, right):
            out.append(f)
    return out


# the briefer's words right before the day range that opens the account of the trip
BRIEFER_SAYS = re.compile(r"(?:说|說|表示|介绍|介紹)[，,：:]?\s*$|\b(?:said|noted|told [a-z ]{0,30}) "
                          r"(?:that )?(?:from )?$")


def trip_start(text: str, found: Found) -> bool:
    """Is the day written as the trip's first ("during the trip, which started on November 17",
    行程于11月13日; cue ``trip_start``)? It states the trip's first day as a span does."""
    return _trip_start_at(text, found.start)


def _trip_start_at(text: str, start: int) -> bool:
    """``trip_start`` for a day written at ``start``."""
    return cues.pattern("trip_start").search(text, max(0, start - 60), start) is not None
