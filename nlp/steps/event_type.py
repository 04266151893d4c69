"""Event type in the codebook's vocabulary, by the codebook's decision rules.

The words for each kind live in ``nlp/gazetteer/cues.json`` (``idcpc.*`` and ``mfa.*``, in order
of precedence). The title is read first, then the lead, then the paragraph around it.

IDCPC (party exchanges), in the rules' order of precedence:

1. a page that reports a course, seminar, forum, dialogue, briefing or field trip takes that
   type, also when the CPC side's part was a letter or a video address to it;
2. a conversation of the two sides by video or phone is a call;
3. a headline that is one meeting ("X meets Y", 会见) is a meeting, also during a visit and also
   when Y is a study group or a course's participants (the content rule makes that meeting a
   knowledge exchange);
4. in the text, the first of a meeting, a delegation's visit as a whole, a message and an event
   of point 5 is the exchange the page reports ("met with X during his visit to Cuba" is a
   meeting; "a delegation visited Cuba ... and met" is the visit); a visit named only as the
   setting ("during his visit to") or a LAC dateline makes the page a visit only when nothing
   else names the exchange;
5. a LAC party's congress, celebration or ceremony the CPC side attends or addresses (by video
   too: the link is how it took part, no call; or by a message sent to the ceremony) is that
   event, none of rule 2's formats: "other" (rule 1: a message has no event around it);
6. an event word that is what someone said or promised about a meeting (a headline quoting a
   speaker, 中方愿为…举办研修班, "met …, pledging more cadre training") names no event of the page
   (``_said_blanked``): the meeting is the exchange.

Foreign ministry: the headline picks the exchange and the text's own word gives its type; a
meeting on the sidelines is one during a summit or conference the page names ("on the
sidelines", "who is here for the … forum"), or a meeting datelined in a third country.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, PLATFORM, Official
from nlp.release import Mention, Release
from nlp.schema import Span
from nlp.steps.country import RUBRIC, SPEAKER_FIRST_EN, SPEAKER_FIRST_ZH, quoted_in_title
from nlp.steps.dateline_country import _dateline_country
from nlp.steps.event_setting import own_event
from nlp.steps.event_type_mfa_lead import (
    FACE_TO_FACE,
    STATEMENT,
    _at_distance,
    _call_conveying,
    _exchange_after_visit_setting,
    _face_before_call,
    _lead_call,
    _lead_main_exchange,
    _lead_word,
    _untitled_exchange,
)
from nlp.steps.event_type_passages import _passages
from nlp.steps.event_type_rules import CALLS, EVENT_KINDS, FUTURE_BEFORE, NAME, VISIT_KINDS, _first, _set
from nlp.steps.event_type_visits import (
    VISIT_AND_MEETING,
    _abroad_pattern,
    _attended_on_the_visit,
    _stay_as_tour,
    _stay_in_china,
    _stay_leads,
    _tour_abroad,
    _visit_announced,
    _visit_not_setting,
    _visit_then_meeting,
)
from nlp.steps.letter_page import letter_page
from nlp.steps.mechanism import STATE_SUMMITS
from nlp.text import in_what_was_said, sentence_at, sentence_ends

FOCUS_ONLY = frozenset({"arrival"})  # the Chinese principal's arrival is the news only in the title or lead


def _groups_met_blanked(text: str) -> str:
    """The text with the group nouns a meeting of the same sentence is with blanked (same length):
    "郭业洲会见古共干部考察团", "met with a study group of …". A group that came for a course or a
    study tour, met by the CPC side, makes a meeting, not that event (``group_counterpart``; the
    content rule makes the meeting a knowledge exchange). The group named again later ("考察团团长表示")
    is the same group."""
    meeting = cues.pattern("meeting")
    groups = list(cues.pattern("group_counterpart").finditer(text))
    if not any(meeting.search(text, sentence_at(text, g.start())[0], g.start()) for g in groups):
        return text
    chars = list(text)
    for group in groups:
        chars[group.start():group.end()] = " " * (group.end() - group.start())
    return "".join(chars)


def _in_text(release: Release, passages: list[tuple[str, str, int]], skip: frozenset[str]) -> bool:
    """Rule 4 in the text: the first of a meeting, a visit as a whole, a message and a LAC party's
    event the CPC side attended or addressed."""
    rules = cues.rules("idcpc")
    abroad = _abroad_pattern(release)
    events = tuple(r for r in rules if r[0] in (EVENT_KINDS | CALLS) - skip)
    # rule 1 before rule 4: a visit in the headline whose lead reports a briefing is the briefing
    where, text, offset = passages[1]
    found = _first(events, _groups_met_blanked(text))
    if found and not _attended_on_the_visit(passages, abroad, found):
        _set(release, found[0], where, offset, found[1])
        return True
    for where, text, offset in passages:
        found = _first(events, _groups_met_blanked(text))
        if found and not (where == "text" and text == passages[1][1]
                          and _attended_on_the_visit(passages, abroad, found)):
            _set(release, found[0], where, offset, found[1])
            return True
        options = [(m.start(), kind, m) for kind, m in (
            ("meeting", cues.pattern("meeting").search(text)),
            ("delegation_visit_abroad", _visit_not_setting(abroad, text)),
            ("delegation_received", _stay_in_china(text)),
            ("message", cues.pattern("idcpc.message").search(text)),
            ("other", _attended(text))) if m is not None]
        # a meeting told in a past era ("They met in the years of the dictatorship") is the history of
        # the ties; an exchange the passage names outside such sentences is the page's
        options = [o for o in options if not _in_past_era(text, o[0])] or options
        if options:
            _, kind, match = min(options, key=lambda o: o[0])
            attended = _attended(text) if kind == "message" else None
            if attended and sentence_at(text, attended.start()) == sentence_at(text, match.start()):
                # a congratulation sent to a ceremony or celebration ("sent a congratulatory message to
                # the ceremony marking …"): the event around it is the exchange (rule 1), as in a headline
                kind, match = "other", attended
            _set(release, kind, where, offset, match)
            return True
    return False


def _in_past_era(text: str, at: int) -> bool:
    """Does the sentence around ``at`` place what it tells in a past era (cue ``past_era``: "in the
    1980s", "decades ago", 上世纪)? Such a sentence tells the history of the relationship, not an
    exchange the page reports (codebook: the record is the exchange the page reports)."""
    left, right = sentence_at(text, at)
    return cues.pattern("past_era").search(text, left, right) is not None


def _attended(text: str) -> re.Match[str] | None:
    """The CPC side attending or addressing a LAC party's congress, a celebration or a ceremony told
    as done ("attended the gala marking …", 出席…纪念大会), not as a purpose ("who is in Havana to
    attend the congress"): that event is the exchange, none of rule 2's formats, so "other"."""
    for match in cues.pattern("attend_event").finditer(text):
        if not FUTURE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
            return match
    return None


Found = tuple[str, str, int, re.Match[str]]  # kind, where, offset, match


def _many_parties_online(release: Release, passages: list[tuple[str, str, int]]) -> Found | None:
    """Rule 3: an online meeting of many parties is the event it is, not a meeting or a video
    call: a briefing when the CPC side presents its own experience or policy to them, else a
    seminar (peers discussing a theme). Read in the title, the lead and the paragraph after it
    (a copy's lead may be a one-sentence summary before the report)."""
    where, after, offset = passages[3]
    body = after.lstrip("\n")
    paragraph = body.split("\n", 1)[0]
    if "\n" not in release.layout.clean[release.layout.lead_start:]:
        # a copy stored on one line: the rest of the line is the rest of the report, not the paragraph
        # after the lead; its first sentence is
        ends = [e for e in sentence_ends(body, 0, len(body), release.zh) if body[e:].strip()]
        paragraph = body[:ends[0]] if ends else body
    focus = [*passages[:2], (where, paragraph, offset + len(after) - len(body))]
    # the parties met, not parties someone speaks of ("said the CPC values its ties with Latin American
    # parties" on a video call with one party)
    # nor the words of a platform's name ("the China-Latin America and Caribbean Political Parties
    # Forum" a call prepares): a name is no group the CPC side meets
    names = [(m.where, m.start, m.end) for m in release.of(PLATFORM)]
    def group(cue: str) -> tuple[str, str, int, re.Match[str]] | None:
        return next(((w, t, o, m) for w, t, o in focus for m in cues.pattern(cue).finditer(t)
                     if not in_what_was_said(t, m.start())
                     and not any(nw == w and ns <= o + m.start() < ne for nw, ns, ne in names)), None)

    if not any(cues.pattern("online").search(t) for _, t, _ in focus):
        return None
    opening = passages[:2] + passages[3:]
    # the CPC side presenting its experience, or a CPC meeting or policy (the briefing's own words:
    # "to present the outcome of the 20th National Congress", 宣介): a briefing (rule 2)
    presents = any(cues.pattern("cpc_presents").search(t) or cues.pattern("idcpc.briefing").search(t)
                   for _, t, _ in opening)
    many = group("many_parties")
    if many is None:
        # one country's parties as a group are a briefing's audience when the CPC side presents to
        # them; exchanging views with their leaders stays a call (``parties_presented_to``)
        many = group("parties_presented_to") if presents else None
        if many is None:
            return None
    where, text, offset, match = many
    return ("briefing" if presents else "seminar"), where, offset, match


def _idcpc(release: Release) -> None:
    passages = _passages(release)
    _idcpc_rules(release, passages)
    kind = release.record.event_type
    unnamed = kind == "other" and not release.record.evidence.get(NAME)  # nothing named the exchange
    if (kind in ("meeting", "video_call") or unnamed) and not (
            kind == "meeting" and cues.pattern("headline_meeting").search(passages[0][1])):
        gathering = _many_parties_online(release, passages)
        if gathering:
            kind, where, offset, match = gathering
            release.record.evidence.pop(NAME, None)
            _set(release, kind, where, offset, match)
    if release.record.event_type == "other" and not release.record.evidence.get(NAME):
        salutation = letter_page(release)
        if salutation is not None:  # the page is a letter's own text, whatever words it greets with
            _set(release, "message", "text", 0, salutation)


# Words between a lead's "met" and a call's words that make the call something else than the way
# the meeting was held: a plan or a promise ("agreed to keep in touch by phone"), what was said, a
# relative clause or an earlier exchange ("met X, who had attended a video conference", "after their
# phone call last month")
CALL_NOT_MANNER_EN = re.compile(r"\b(?:agree[ds]?|will|would|keep|kept|maintain\w*|pledg\w+|vow\w*|said|says|"
                                r"noted|hop(?:e|es|ed)|future|who|whom|whose|which|after|before|earlier|"
                                r"previous(?:ly)?|last|since|following)\b", re.I)
CLAUSE_START_ZH = re.compile(r"[，,；;。：:\n]")


def _headline_meeting_by_call(release: Release, lead: str) -> tuple[str, re.Match[str]] | None:
    """The call by which the meeting a headline names was held, when the lead says so: "Chen Zhou
    Meets with …" over "met with … via video link", "met via video link with …", 以视频方式会见,
    视频会见. The codebook takes the format of the exchange as reported, and its rule 3 (a
    conversation of two sides by video or phone is a ``video_call`` / ``phone_call``) comes before
    rule 4 (a headline that is one meeting is a ``meeting``). English puts the manner after the verb,
    within the verb's sentence; Chinese before it, within the verb's clause. A call that is a plan
    or what someone said ("agreed to keep in touch via video link") is not the meeting's manner.
    A lead with no word of meeting at all that opens with a call ("held a video conference with …"
    under "Senior CPC official meets …") reports the exchange the headline calls a meeting by its
    own word, the call; so does a lead whose word of meeting is the call's own ("took part in a video
    meeting with …"). An online meeting of many parties is turned into the gathering it is
    afterwards (``_idcpc``)."""
    calls = tuple(r for r in cues.rules("idcpc") if r[0] in CALLS)
    met = next((m for m in cues.pattern("meeting").finditer(lead)
                if not FUTURE_BEFORE.search(lead[max(0, m.start() - 20):m.start()])), None)
    if met is None:
        opening = len(lead) - len(lead.lstrip())
        left, right = sentence_at(lead, opening)
        found = [(call.start(), kind, call) for kind, pattern in calls
                 for call in [pattern.search(lead, left, right)]
                 if call is not None and not in_what_was_said(lead, call.start())]
        return min(found, key=lambda f: f[0])[1:] if found else None
    left, right = sentence_at(lead, met.start())
    for kind, pattern in calls:
        for call in pattern.finditer(lead, left, right):
            if call.start() <= met.start() < call.end() and not in_what_was_said(lead, call.start()):
                return kind, call
    if release.zh:
        edges = [m.end() for m in CLAUSE_START_ZH.finditer(lead, left, met.start())]
        start, end = (edges[-1] if edges else left), met.end()
    else:  # from the verb itself: "met online", "talked virtually" name the manner with the verb
        start, end = met.start(), right
    for kind, pattern in calls:
        for call in pattern.finditer(lead, start, end):
            if release.zh:
                return kind, call
            if CALL_NOT_MANNER_EN.search(lead, met.end(), call.start()) or in_what_was_said(
                    lead, call.start()):
                continue
            return kind, call
    return None


# platforms of the gazetteer that name a group of participants, not a gathering: the cadres of several
# LAC countries' parties (加勒比国家政党干部, "Latin American political party cadres") may be a course's
# class, a study delegation or the people an official meets; the headline's or the text's own word says
# which, and their name is no "named multi-party forum" (rule 2)
PARTICIPANT_GROUPS = frozenset({"lac-party-cadres-course"})


def _titled_gathering(release: Release) -> Mention | None:
    """A named multi-party gathering in the headline (a platform of the gazetteer that is an event,
    not a standing body nor a summit of states): "CPC Delegation Attends International Meeting of
    Communist and Workers' Parties", 中共代表团出席共产党和工人党国际会议. The codebook's ``forum`` is
    "a named multi-party forum or conference", whatever its own name calls it (a meeting, 会议): the
    word "Meeting" in its name is no meeting of the CPC side with a counterpart (rule 4). A gathering
    named inside what a headline's speaker said ("CPC ready to deepen cooperation under China-CELAC
    forum: official") is a topic, not the page's event."""
    return next((m for m in release.of(PLATFORM) if m.where == "title" and not getattr(m.entry, "body", False)
                 and m.entry.id not in STATE_SUMMITS | PARTICIPANT_GROUPS
                 and m.entry.mechanism in ("global", "regional")
                 and not quoted_in_title(release, m.span())), None)


# the subject of a headline's "meet" is many parties, not the CPC side ("Parties from Asia, Africa and
# Latin America Meet on …", "Chinese, Latin American parties meet in Shenzhen"): they gather, and the
# lead names the gathering (rule 1); one side's meeting with them has its host before the verb
MANY_MEET_SUBJECT = re.compile(r"\b(?:parties|party leaders|politicians|political leaders)\b[^.:]{0,60}$",
                               re.I)


# the CPC side as a host before the verb: the party or its department, or one of its officials
# ("Chinese and Latin American parties" names two groups of parties, no host)
CPC_HOST = re.compile(r"\b(?:CPC|CCP|IDCPC|Communist Party of China|Chinese Communist Party|International "
                      r"(?:Liaison )?Department|officials?|head|chief|minister|vice-minister)\b", re.I)


def _many_meet(release: Release, verb: re.Match[str]) -> bool:
    """Is the headline's meeting verb said of many parties gathering, with no Chinese official and no
    CPC host ("IDCPC head, Latin American party leaders meet": that side's one meeting) before it?"""
    title = release.title
    if release.zh or not MANY_MEET_SUBJECT.search(title, 0, verb.start()):
        return False
    if CPC_HOST.search(title, 0, verb.start()):
        return False
    return not any(m.where == "title" and m.start < verb.start() for m in release.of(CN_OFFICIAL))


def _event_then_meeting(title: str, meeting: re.Match[str] | None) -> tuple[str, re.Match[str]] | None:
    """A headline that names a gathering of rule 2 first and a meeting joined to it ("Guo Yezhou
    Attends CPC-PSUV Seminar and Meets Venezuelan Guests", 出席研讨会并会见…): the page reports that
    gathering, the meeting one of its parts (rule 1 comes before rule 4, whose "headline is one
    meeting" is a headline whose news is the meeting), as a visit named first is the visit
    (``_visit_then_meeting``). An event named after the meeting ("Meets Delegates to the Forum") is
    its setting and leaves the meeting."""
    if meeting is None:
        return None
    found = [(m.end(), kind, m) for kind, pattern in cues.rules("idcpc") if kind in EVENT_KINDS
             for m in pattern.finditer(title, 0, meeting.start())]
    if not found:
        return None
    end, kind, event = max(found, key=lambda f: f[0])
    return (kind, event) if VISIT_AND_MEETING.match(title[end:meeting.start()]) else None


# the seminar nouns a course for foreign cadres goes by ("a seminar for cadres of parties from …")
SEMINAR_NOUN = re.compile(r"\b(?:seminar|workshop|webinar)s?\b", re.I)


def _course_named_seminar(lead: str, found: tuple[str, re.Match[str]] | None
                          ) -> tuple[str, re.Match[str]] | None:
    """A headline's bare "seminar" ("Latin American party cadres attend seminar in Beijing") whose
    lead says whom it is for ("a seminar for cadres of political parties from Mexico, Colombia and
    Ecuador, hosted by the IDCPC"): the lead's words say what the headline's event is, a course the
    CPC side runs for foreign cadres (rule 2: 专题研讨班, "webinar for leaders/cadres of"), so the
    headline's event is a ``training_course``. Only a lead that names the course with a seminar noun
    of its own counts: training as a topic of a seminar is no course."""
    if found is None or found[0] != "seminar":
        return None
    course = cues.pattern("idcpc.training_course")
    for match in course.finditer(lead):
        if SEMINAR_NOUN.search(match.group()):
            return "training_course", found[1]
    return None


def _idcpc_rules(release: Release, passages: list[tuple[str, str, int]]) -> None:
    title = passages[0][1]
    calls = _first(tuple(r for r in cues.rules("idcpc") if r[0] in CALLS), title)
    headline_meeting = cues.pattern("headline_meeting").search(title)
    if headline_meeting and _many_meet(release, headline_meeting):
        headline_meeting = None
    visit_first = _visit_then_meeting(release, title, headline_meeting)
    if visit_first is not None:
        _set(release, "delegation_visit_abroad", "title", 0, visit_first)
        return
    event_first = _event_then_meeting(title, headline_meeting)
    if event_first is not None:
        _set(release, event_first[0], "title", 0, event_first[1])
        return
    if headline_meeting and not calls:
        by_call = _headline_meeting_by_call(release, passages[1][1])
        if by_call is not None:
            _set(release, by_call[0], "text", passages[1][2], by_call[1])
            return
        _set(release, "meeting", "title", 0, headline_meeting)
        return
    # companies toured on a visit abroad are that visit; a page headlined on a delegation's stay in
    # China is that stay, the provinces it also toured included (rule 4)
    titled_stay = cues.pattern("delegation_received").search(title)
    if _stay_as_tour(title, titled_stay):
        titled_stay = None  # 来华考察: the headline names a study tour, a field trip (rule 2)
    stay = titled_stay or _stay_leads(passages)
    skip = frozenset({"field_trip"}) if stay or _tour_abroad(release, passages) else frozenset()
    found = _first(cues.rules("idcpc"), title, skip=skip)
    found = _course_named_seminar(passages[1][1], found) or found
    if found and found[0] in EVENT_KINDS:  # "Tours Zhejiang after Party Dialogue": the tour (rule 1)
        kinds = tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS and r[0] not in skip)
        found = own_event(title, found, kinds, release.zh) or found
    gathering = _titled_gathering(release) if found is None else None
    if gathering is not None:
        _set(release, "forum", "title", 0, None)
        release.record.add_evidence(NAME, gathering.span())
        return
    attended = cues.pattern("attend_event").search(title)
    sent_to = _event_sent_to(release, passages[1][1]) if found and found[0] == "message" else None
    if sent_to is not None:
        _set(release, sent_to[0], "text", passages[1][2], sent_to[1])  # rule 1: the event over the medium
        return
    read_there = _message_at_attended(passages[1][1]) if found and found[0] == "message" else None
    if read_there is not None and not attended:
        _set(release, "other", "text", passages[1][2], read_there)  # rule 1: the event around the message
        return
    if found and not (attended and found[0] == "message"):
        _set(release, found[0], "title", 0, found[1])
        return
    if attended and not _first(tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS | CALLS),
                               passages[1][1], skip=skip):
        _set(release, "other", "title", 0, attended)  # rule 1: the event, not the message read there
        return
    occasion = None if attended else _occasion_headline(release, title, passages[1][1])
    if occasion is not None:
        _set(release, "other", "title", 0, occasion)
        return
    if _in_text(release, passages, skip):
        return
    dl = _dateline_country(release)
    if dl and dl not in ("CN", "other") and (release.country_id is None or dl == release.country_id):
        span = release.layout.dateline
        _set(release, "delegation_visit_abroad", "text", 0, None)
        release.record.add_evidence(NAME, Span(span[0], span[1], release.text[span[0]:span[1]]))
        return
    fallbacks = (("delegation_visit_abroad", "visit_stop"), ("delegation_received", "delegation_received"))
    for kind, cue in fallbacks:
        for where, text, offset in passages:
            match = cues.pattern(cue).search(text)
            if match:
                _set(release, kind, where, offset, match)
                return
    release.record.event_type = "other"


# the verbs of taking part in an event oneself (``attend_event`` also knows a congress that opens)
ATTENDING = re.compile(r"\b(?:attend(?:s|ed|ing)?|join(?:s|ed|ing)?|t(?:ake|akes|ook|aking) part|"
                       r"participat(?:e|es|ed|ing))\b|出席|参加|參加|与会|與會", re.IGNORECASE)


def _message_at_attended(lead: str) -> re.Match[str] | None:
    """Under a headline naming only a message ("Ambassador Delivers the CPC's Message to the PSUV
    Congress"), a lead whose sentence has the CPC side attending the congress, celebration or
    ceremony and reading or conveying the message there ("attended the opening of the congress on
    behalf of the CPC and read the Central Committee's message"): the message has an event around
    it, so that event is the exchange (rule 1), as ``_in_text`` reads such a sentence. Only the CPC
    side's own attending counts (``ATTENDING``): a congress that opens (值此…代表大会召开之际, a
    letter's own words) or a message "read at the congress" by the hosts leaves the headline's
    message the exchange."""
    attended = _attended(lead)
    if attended is None or not ATTENDING.search(attended.group()):
        return None
    left, right = sentence_at(lead, attended.start())
    return attended if cues.pattern("idcpc.message").search(lead, left, right) else None


def _occasion_headline(release: Release, title: str, lead: str) -> re.Match[str] | None:
    """An occasion the headline names as its news (a reception, a ceremony, an exhibition, a donation,
    the signing of an agreement between the parties; cue ``occasion_headline``), when the headline
    has no meeting, call, message or rule-2 event (read before this), no visit or delegation and
    no attending (the CPC side at a course's closing ceremony: the lead's course is the event; the
    caller leaves those to the text): the page reports that occasion, none of the codebook's
    formats, so "other". The lead's words then say what the occasion was about (a signed plan "will
    cover theory seminars"), not another event of the page, and a LAC dateline places the occasion,
    it makes no CPC visit abroad. A lead that reports a meeting or talks tells the occasion as one
    act of that meeting ("signed a memorandum during a meeting in La Paz"): the text decides."""
    if not title or cues.pattern("visit_in_headline").search(title) or cues.pattern("meeting").search(lead):
        return None
    match = cues.pattern("occasion_headline").search(title)
    if match is None or quoted_in_title(release, Span(match.start(), match.end(), match.group(), "title")):
        return None
    return match


# what lies between a message's word and the event it was sent to: "sent a video message to an
# international seminar", "a congratulatory letter to the 3rd theory seminar"; in Chinese the event
# stands after 向 and before the message (向…研讨会致贺信, 向…论坛发来贺信)
SENT_TO_EN = re.compile(r"\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,6}")
SENT_TO_ZH_BEFORE = re.compile(r"向[^。，,；;]{0,40}$")
SENT_TO_ZH_BETWEEN = re.compile(r"[^。，,；;]{0,12}")


def _event_sent_to(release: Release, lead: str) -> tuple[str, re.Match[str]] | None:
    """The event of rule 1 the lead says a message was sent to, under a headline naming only the
    message ("Sends Video Message to PSUV International Event" over "sent a video message to an
    international seminar hosted by …"): a page that reports a seminar, forum, course, dialogue or
    briefing takes that type also when the CPC side's part was a letter or a video address to it.
    Events the message speaks of are already blanked (``_written_blanked``)."""
    first = cues.pattern("idcpc.message").search(lead)
    if first is None:
        return None
    left, right = sentence_at(lead, first.start())
    messages = list(cues.pattern("idcpc.message").finditer(lead, left, right))  # "congratulatory letter"
    for kind, pattern in cues.rules("idcpc"):
        if kind not in EVENT_KINDS:
            continue
        for event in pattern.finditer(lead, left, right):
            for message in messages:
                if release.zh:
                    sent = (event.end() <= message.start()
                            and SENT_TO_ZH_BEFORE.search(lead, left, event.start()) is not None
                            and SENT_TO_ZH_BETWEEN.fullmatch(lead, event.end(), message.start()) is not None)
                else:
                    sent = (event.start() >= message.end()
                            and SENT_TO_EN.fullmatch(lead, message.end(), event.start()) is not None)
                if sent:
                    return kind, event
    return None


# Taking part in a multilateral gathering by video ("addresses the CELAC summit via video link",
# "delivered a statement via video at the General Debate of the … General Assembly",
# 以视频方式出席…峰会并致辞) is the summit or the speech (codebook: other), not a video call; so is
# a ceremony the two sides attend by video ("jointly attended via video link the launch ceremony"):
# a ceremony both attend is "other", whatever the link. So is a gathering held, hosted or chaired by video
# ("China-CELAC Forum holds third ministerial meeting via video link", 部长级会议以视频方式举行): an online
# meeting of many is the event it is.
BY_VIDEO = r"\s+(?:(?:via|by|through|over)\s+(?:a\s+)?video(?:\s+link|conference)?|online|virtually)\b"
VIDEO_AT_GATHERING = re.compile(
    r"\b(?:address(?:es|ed|ing)?|speech|remarks|attend(?:s|ed|ing)?|deliver(?:s|ed|ing)?\s+(?:a\s+|an\s+)?statement)\b"
    r"[^.]{0,100}\b(?:summit|forum|"
    r"conference|ministerial meeting|session|general assembly|ceremony|launch)\b|"
    r"\b(?:co-?chair(?:s|ed|ing)?|chair(?:s|ed|ing)?|host(?:s|ed|ing)?|holds?|held|convene[sd]?)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,6}?(?:summit|forum|conference|ministerial meeting|session|general assembly)"
    rf"{BY_VIDEO}|"
    rf"\b(?:summit|forum|conference|ministerial meeting|session)\s+(?:was\s+|is\s+)?(?:held|convened|opened)"
    rf"{BY_VIDEO}|"
    r"(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會)[^。]{0,10}(?:以)?(?:视频|視頻)(?:方式|形式)?"
    r"(?:举行|舉行|召开|召開)|"
    r"(?:出席|致辞|讲话|講話|致辭)[^。]{0,40}(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會|仪式|儀式|典礼|典禮)|"
    # a ministers' or leaders' conference by video that the principal chairs or attends (主持…外长视频会议,
    # 出席…领导人视频峰会): a gathering of many, as 主持 or 出席 says; a two-sided call is held (举行) with
    # its counterpart (同…举行视频会议)
    r"(?:出席|主持|共同主持)[^。]{0,40}(?:外长|外長|部长|部長|领导人|領導人)[^。，]{0,4}(?:视频|視頻)(?:会议|會議|峰会|峰會)|"
    r"(?:峰会|峰會|论坛|論壇|部长级会议|部長級會議|大会|大會)[^。]{0,40}(?:致辞|讲话|講話|致辭)",
    re.IGNORECASE)


# The video link as the manner of a signing the sentence reports ("signed the free trade agreement by
# video link", 以视频方式签署): a ceremony held online, the two sides' signatures its act (codebook: a
# ceremony both attend is "other"), not a conversation of two sides. English puts the manner after the
# signing verb in its clause (a finite or -ing form: "agreed to sign … online" is a plan); Chinese
# before the verb.
SIGNED_BEFORE_EN = re.compile(r"\bsign(?:s|ed|ing)\b[^.;:]{0,100}$", re.I)
SIGNED_AFTER_ZH = re.compile(r"[^。，,；;]{0,6}?(?:签署|簽署)")


def _signed_by_video(release: Release, where: str, offset: int, match: re.Match[str]) -> bool:
    """Is the video link the evidence found the manner of a signing (``SIGNED_BEFORE_EN``)?"""
    text = release.title if where == "title" else release.text
    start, end = offset + match.start(), offset + match.end()
    if release.zh:
        return SIGNED_AFTER_ZH.match(text, end) is not None
    return SIGNED_BEFORE_EN.search(text[max(0, start - 120):start]) is not None


STATE_VISIT_NAMED = re.compile(r"state visits?|国事访问|國事訪問", re.I)
OFFICIAL_VISIT_NAMED = re.compile(r"official visits?|working visit|正式访问|正式訪問|工作访问|工作訪問", re.I)


def _visit_kind(release: Release, focus: str, before: str) -> str:
    """A page about a visit as a whole: the kind the page names for it, else by the visitor (a head
    of state's visit is a state visit, anyone else's an official visit): the office nearest before
    the arrival or announcement, else the first office of the title and lead. A kind named with a
    word placing it after the page's own visit (``another_visit``: "Wang Yi Wraps Up Visit to
    Brazil" … "prepared President Xi's coming state visit") names another visit, not this one's."""
    own = focus
    for later in cues.pattern("another_visit").finditer(focus):
        own = own[:later.start()] + " " * (later.end() - later.start()) + own[later.end():]
    if STATE_VISIT_NAMED.search(own):
        return "state_visit"
    if OFFICIAL_VISIT_NAMED.search(own):
        return "official_visit"
    offices = [(m.end(), "state_visit") for m in cues.pattern("head_of_state_visitor").finditer(before)]
    offices += [(m.end(), "official_visit") for m in cues.pattern("other_visitor").finditer(before)]
    if not offices:
        offices = [(-m.start(), "state_visit") for m in cues.pattern("head_of_state_visitor").finditer(focus)]
        offices += [(-m.start(), "official_visit") for m in cues.pattern("other_visitor").finditer(focus)]
    if not offices:
        return _visit_kind_by_official(release)
    return max(offices)[1]


def _visit_kind_by_official(release: Release) -> str:
    """A visit page that names its visitor with no office ("王毅结束对巴西的访问", a later piece of a
    trip's coverage): the first Chinese official the title or lead names, with the office the
    gazetteer says they held that day — a head of state's or government's visit is a state visit,
    anyone else's an official visit. With no such official, a state visit (as before)."""
    day = release.anchor
    for m in release.mentions:
        if m.label != CN_OFFICIAL or m.zone not in ("title", "lead") or not isinstance(m.entry, Official):
            continue
        held = m.entry.offices_on(day) if day else []
        if held:
            return "state_visit" if any(o.head_of_state_or_government for o in held) else "official_visit"
    return "state_visit"


TRADE_FAIR = re.compile(r"\b(?:Expo|Exposition|Fair|Trade Fair)\b|博览会|博覽會|进博会|進博會|广交会|廣交會|"
                        r"服贸会|服貿會|交易会|交易會|展览会|展覽會", re.I)


def _two_country_gathering(release: Release, words: str) -> bool:
    """Does a Chinese gathering's name join China and the release's own country only (中国—巴巴多斯经贸
    合作论坛, 中巴企业家论坛: 中 and the first character of the country's name, as 中巴关系 is written)?
    Such a forum is bilateral, not the multilateral summit or conference a meeting on the sidelines is
    held at (codebook); 中拉论坛 (拉美) and 中非合作论坛 join China and a region."""
    if not release.zh or not release.country_id:
        return False
    entry = release.gazetteer.country(release.country_id)
    if entry is None:
        return False
    names = [n for n in entry.names["zh"] if n]
    pattern = "中国?[—－\\-–]?(?:" + "|".join(re.escape(n) for n in names) + ")|中" + re.escape(names[0][0])
    return re.search(f"(?:{pattern})[^。，、]{{0,12}}(?:论坛|峰会|年会)", words) is not None




def _bilateral_body(sidelines: re.Match[str]) -> bool:
    """Is the gathering the words name (and the rest of their clause) a session of a standing body
    of China and the one country (``bilateral_body``: "in China for the meeting of the High-Level
    Coordination and Cooperation Committee", 中巴高层协调与合作委员会会议)? Two countries' committee is
    no multilateral summit or conference (codebook, meeting_on_sidelines)."""
    text = sidelines.string
    rest = re.split(r"[.;。；]", text[sidelines.end():sidelines.end() + 120], maxsplit=1)[0]
    return cues.pattern("bilateral_body").search(sidelines.group() + rest) is not None


def _sidelines(passages: list[tuple[str, str, int]]) -> re.Match[str] | None:
    """The first words placing the page's meeting at a multilateral summit or conference
    (``sidelines``), in the title, the lead or the text around it. Not a trade expo or fair (no
    multilateral summit, codebook); nor, after the lead's first sentence, a sentence recalling an
    earlier exchange (``recalled_setting``: "Xi recalled that he and President Boric met on the
    sidelines of the APEC meeting last year", 去年…峰会期间会晤): the page names that summit as the
    setting of another meeting, not of its own."""
    pattern, recalled = cues.pattern("sidelines"), cues.pattern("recalled_setting")
    for i, (_, text, _) in enumerate(passages):
        first_sentence = sentence_at(text, 0) if i == 1 else None
        for match in pattern.finditer(text):
            left, right = sentence_at(text, match.start())
            sentence = text[left:right]
            if TRADE_FAIR.search(sentence):
                continue
            if i > 0 and (left, right) != first_sentence and recalled.search(sentence):
                continue
            return match
    return None


def _ceremony_headline(release: Release, title: str) -> re.Match[str] | None:
    """A headline naming a ceremony, banquet or reception, a signing both sides witness or a joint
    press appearance (``mfa_ceremony``), asked only when it names no exchange word of its own: the
    headline picks the exchange, and a ceremony both attend is "other" (codebook), also when the
    lead says talks came before the signing, a congratulatory message was read out at the
    reception or the envoy met the new president after the inauguration."""
    found = cues.pattern("mfa_ceremony").search(title)
    if found:
        _set(release, "other", "title", 0, found)
    return found


def _ceremony_of_a_visit(title: str, in_title: tuple[str, re.Match[str]] | None) -> re.Match[str] | None:
    """A headline whose news is a ceremony or banquet of a visit ("Xi Jinping Holds Welcome Ceremony
    for Honduran President", "… Hold Banquet for Brazilian President on State Visit", 卢拉为习近平举行
    隆重欢迎仪式): a ceremony both attend is "other" (codebook), not the visit as a whole, whose pages
    are its announcement, arrival, departure, preview or overview. Asked only when the headline's
    exchange word is the visit's (``mfa.state_visit``, ``mfa.official_visit``: "welcome ceremony" is
    one of them) and the ceremony is named at or before it; a headline that names talks or a meeting
    ("Holds Welcome Ceremony and Talks with …") or the visit first ("X Begins State Visit, Welcome
    Ceremony Held") reports that."""
    if in_title is None or in_title[0] not in VISIT_KINDS:
        return None
    ceremony = cues.pattern("mfa_ceremony").search(title)
    return ceremony if ceremony is not None and ceremony.start() < in_title[1].end() else None


def _official_on_a_visit(release: Release, title: str, visit: re.Match[str] | None) -> bool:
    """Does the headline quote a Chinese official on a visit ("Wang Yi: President Xi Jinping's State
    Visit to Brazil a Complete Success", 王毅：习近平主席拉美之行取得圆满成功)? The visit is what the
    speaker said; the page is his remarks on the trip, a minister's briefing on a trip, which the
    codebook types `other`, not a page about the visit as a whole. The speaker is a Chinese
    official the gazetteer knows, named before the colon; a column's rubric ("Spotlight: …") is
    no speaker."""
    if visit is None or RUBRIC.match(title):
        return False
    speaker = (SPEAKER_FIRST_ZH if release.zh else SPEAKER_FIRST_EN).match(title)
    if speaker is None or visit.start() < speaker.end():
        return False
    return any(m.where == "title" and m.end <= speaker.end() for m in release.of(CN_OFFICIAL))


def _signed_article(release: Release) -> re.Match[str] | None:
    """The opening above the lead names the page a signed article or gives its author's byline
    (``mfa_byline``: "By Xi Jinping, President of …", ——在…发表的署名文章): the page is the article,
    a message (codebook: messages, letters and signed articles), although its first-person text
    announces a state visit ("I will soon pay a state visit to …")."""
    opening = release.layout.clean[:release.layout.lead_start]
    return cues.pattern("mfa_byline").search(opening)


def _statement_text(passages: list[tuple[str, str, int]]) -> bool:
    """The passages given (the headline, or the headline and the lead) say the page carries a
    statement's full text ("Full Text:", 全文如下)."""
    return any(cues.pattern("full_text").search(text) for _, text, _ in passages)


def _talks_name_the_statement(title: str, face: re.Match[str], statement: re.Match[str]) -> bool:
    """The headline's talks word stands right before the statement's noun, as the words that name
    it (中国和圭亚那外长会谈联合新闻稿, 会谈的联合声明: the joint press release "of the talks"): the
    headline is the statement's own name, so the page is its text (codebook: joint_statement), not
    the talks; a verb or a clause edge between them ("Holds Talks …, Two Heads of State Sign Joint
    Statement", 会谈并签署联合声明) makes the statement what was signed there."""
    return title[face.end():statement.start()].strip() in ("", "的")


def _signed_in_headline(passages: list[tuple[str, str, int]], statement: re.Match[str]) -> bool:
    """The headline says the two sides sign the statement ("X and Y Sign Joint Communique", 签署…联合公报)
    and the page does not carry its text: the page reports the signing, a ceremony both attend
    ("other"), not the statement (codebook: joint_statement is the page that is its text)."""
    title = passages[0][1]
    return (cues.pattern("mfa_signing").search(title[:statement.start()]) is not None
            and not _statement_text(passages[:2]))


def _mfa(release: Release) -> None:
    passages = _passages(release)
    focus = " ".join(text for _, text, _ in passages)
    # the headline picks the exchange: "other" (a speech, an inauguration attended, a briefing, a
    # press appearance) from the lead only when the headline names no exchange of its own
    other = cues.pattern("mfa_other")
    title = passages[0][1]
    in_title = _first(cues.rules("mfa"), title, not_future=frozenset(FACE_TO_FACE))
    in_title = _face_before_call(title, in_title, release.zh) if in_title else None
    byline = _signed_article(release)
    if byline is not None:
        _set(release, "message", "text", 0, byline)
        return
    named_visit = in_title[1] if in_title and in_title[0] in VISIT_KINDS | {"arrival"} else None
    if _official_on_a_visit(release, title, named_visit or (
            None if in_title else cues.pattern("visit_headline").search(title))):
        release.record.event_type = "other"
        return
    ceremony = _ceremony_of_a_visit(title, in_title)
    if ceremony is not None:
        _set(release, "other", "title", 0, ceremony)
        return
    special = other.search(title)
    if special and in_title and in_title[0] in FACE_TO_FACE and in_title[1].start() < special.start():
        special = None  # "Xi meets X and attends the inauguration": the first exchange is the news
    if not title.strip() or not in_title:
        special = special or _ceremony_headline(release, title)
        special = special or cues.pattern("mfa_tour").search(title)  # a tour of a site: "other"
        special = special or other.search(passages[1][1])
        # a summit or ministerial meeting attended, when the headline names no exchange of its own
        # and no visit: "Xi Jinping to Visit Spain, Argentina … and Attend G20 Summit" and
        # 王毅将访问巴西并出席东亚合作外长会 announce a trip, a page about the visit as a whole (codebook)
        gathering = cues.pattern("mfa_gathering")
        lead = passages[1][1]
        visit_named = _visit_announced(title)
        special = special or (not visit_named and gathering.search(title)) or (
            not title.strip() and not _first(cues.rules("mfa"), lead) and gathering.search(lead))
    if special:
        release.record.event_type = "other"
        return
    visit = cues.pattern("visit_headline").search(title) if not in_title else None
    if visit:  # "Vice Foreign Minister Visits Guyana and Suriname": the visit as a whole
        _set(release, _visit_kind(release, focus, title[:visit.start()]), "title", 0, visit)
        return
    sidelines = _sidelines(passages)
    if sidelines and (_two_country_gathering(release, sidelines.group()) or _bilateral_body(sidelines)):
        sidelines = None  # 中巴企业家论坛: a forum of China and the one country is no multilateral one
    meets = cues.pattern("mfa.meeting").search(focus)
    third_country = _dateline_country(release) == "other"
    for i, (where, text, offset) in enumerate(passages):
        # the text of a joint statement has it as its headline; a page that reports or comments
        # on one is about something else
        headline = i == 0 or (i == 1 and not release.title.strip())
        # a headline naming no exchange over a lead that gives the statement's full text: the text
        headline = headline or (i == 1 and cues.pattern("full_text").search(text) is not None)
        quoted = headline and cues.pattern("commentary").search(text) is not None
        statement_ok = headline and not quoted
        skip = (FOCUS_ONLY if i >= 2 else frozenset()) | (frozenset() if statement_ok else STATEMENT)
        found = _first(cues.rules("mfa"), text, skip=skip, not_future=frozenset(FACE_TO_FACE))
        if found and i == 1 and title.strip() and not in_title and found[0] != "joint_statement":
            # a headline with no exchange word: the lead's main clause says which exchange it is
            main = _lead_main_exchange(release, text, skip)
            later = (None if main or release.zh
                     else _exchange_after_visit_setting(release, text, found, passages))
            if later is not None:
                (kind, match), (where, _, offset) = later, passages[3]
                _set(release, kind, where, offset, match)
                return
            found = main or found
        elif found and i == 1 and not title.strip():
            found = _untitled_exchange(release, text, skip, found)
        if not found:
            continue
        kind, match = found
        if kind in ("message", "joint_statement") and i == 0:
            # "Xi meets Cuban PM, extends condolences", "Xi Holds Talks with …, Two Heads of State
            # Sign Joint Statement": words of a message or a statement after the headline's meeting
            # or talks are what was said or signed there; the face-to-face exchange is the news
            face = _first(tuple(r for r in cues.rules("mfa") if r[0] in FACE_TO_FACE), text,
                          not_future=frozenset(FACE_TO_FACE))
            if face is not None and face[1].start() < match.start() and not (
                    kind == "joint_statement" and (_statement_text(passages[:1])
                                                   or _talks_name_the_statement(text, face[1], match))):
                kind, match = face
            elif kind == "joint_statement" and _signed_in_headline(passages, match):
                _set(release, "other", where, offset, match)
                return
        if kind == "message" and i == 0 and len(passages) > 1:
            # "Xi Congratulates X" over a lead "held a phone call with X, congratulating him": the
            # headline picks the congratulation, the text's own word for it gives its type (codebook)
            medium = _call_conveying(text)  # "Xi Extends Sympathies to X in Phone Call"
            if medium is not None:
                kind, match = medium
            elif (medium := _call_conveying(passages[1][1])) is not None:
                (kind, match), (where, _, offset) = medium, passages[1]
        if kind in CALLS and i == 0:
            kind, match = _face_before_call(text, (kind, match), release.zh)
        if kind == "arrival":
            kind = _visit_kind(release, focus, text[:match.start()])
        elif kind in FACE_TO_FACE and i == 0:
            # the headline picks the exchange, the lead's own word gives its type
            lead = _lead_word(release, passages)
            if lead is not None:
                kind, where, offset, match = lead
                call = _at_distance(release.layout.clean[offset:], match, zh=release.zh)
                if call is not None:  # "held talks … via video link": the call is the type
                    kind, match = call
            elif (call := _lead_call(passages)) is not None:
                (kind, match), (where, _, offset) = call, passages[1]
        if kind == "meeting" and (sidelines or third_country):
            kind = "meeting_on_sidelines"
        opening = " ".join(t for _, t, _ in passages[:2])
        if kind == "video_call" and (VIDEO_AT_GATHERING.search(opening) or (
                match is not None and _signed_by_video(release, where, offset, match))):
            kind = "other"  # a speech at, or attendance of, a summit or a signing by video: no two-sided call
        _set(release, kind, where, offset, match)
        return
    if meets and (sidelines or third_country):
        release.record.event_type = "meeting_on_sidelines"
        return
    release.record.event_type = "other"


def step(release: Release) -> None:
    if not release.record.relevant:
        return
    if release.is_mfa:
        _mfa(release)
    else:
        _idcpc(release)
