"""Event type of an IDCPC page (party exchanges), by the codebook's decision rules, in their order of
precedence:

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
   (``event_type_passages._said_blanked``): the meeting is the exchange.

Read first in the headline (a visit or a rule-2 event joined to a meeting, a meeting held by call,
a named multi-party gathering, a message sent to an event, an occasion), then in the lead and the
text around it (rule 4); an online meeting of many parties is turned into the gathering it is, and
a page that is a letter's own text into a message.

Apart from the foreign-ministry rules (``event_type_mfa``) because the two sources report in
different ways and the codebook gives each its own rules; ``event_type.step`` picks one by the
page's source.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, PLATFORM
from nlp.release import Mention, Release
from nlp.schema import Span
from nlp.sentences import sentence_at, sentence_ends
from nlp.steps.country import quoted_in_title
from nlp.steps.dateline_country import dateline_country
from nlp.steps.event_setting import own_event
from nlp.steps.event_type_passages import passages_read
from nlp.steps.event_type_rules import (
    CALLS,
    EVENT_KINDS,
    FUTURE_BEFORE,
    NAME,
    first_rule_match,
    set_event_type,
)
from nlp.steps.event_type_visits import (
    VISIT_AND_MEETING,
    abroad_pattern,
    attended_on_the_visit,
    stay_as_tour,
    stay_in_china,
    stay_leads,
    tour_abroad,
    visit_not_setting,
    visit_then_meeting,
)
from nlp.steps.letter_page import letter_page
from nlp.steps.mechanism import STATE_SUMMITS
from nlp.topic_clauses import in_what_was_said


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
    abroad = abroad_pattern(release)
    events = tuple(r for r in rules if r[0] in (EVENT_KINDS | CALLS) - skip)
    # rule 1 before rule 4: a visit in the headline whose lead reports a briefing is the briefing
    where, text, offset = passages[1]
    found = _briefing_on_tour(text, first_rule_match(events, _groups_met_blanked(text)))
    if found and not attended_on_the_visit(passages, abroad, found):
        set_event_type(release, found[0], where, offset, found[1])
        return True
    for where, text, offset in passages:
        found = _briefing_on_tour(text, first_rule_match(events, _groups_met_blanked(text)))
        if found and not (where == "text" and text == passages[1][1]
                          and attended_on_the_visit(passages, abroad, found)):
            set_event_type(release, found[0], where, offset, found[1])
            return True
        options = [(m.start(), kind, m) for kind, m in (
            ("meeting", cues.pattern("meeting").search(text)),
            ("delegation_visit_abroad", visit_not_setting(abroad, text)),
            ("delegation_received", stay_in_china(text)),
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
            set_event_type(release, kind, where, offset, match)
            return True
    return False


def _briefing_on_tour(text: str, found: tuple[str, re.Match[str]] | None) -> tuple[str, re.Match[str]] | None:
    """A briefing told in the sentence of a tour, after the tour's verb ("toured rural areas of
    Zhejiang, where local officials briefed the guests on …"), is a stop of that tour: the page
    reports the field trip (rule 2), as a study tour's hosts explain their work on it. A briefing
    sentence of its own, or one before the tour, keeps the rule order (briefing first)."""
    if found is None or found[0] != "briefing":
        return found
    left, right = sentence_at(text, found[1].start())
    tour = cues.pattern("idcpc.field_trip").search(text, left, found[1].start())
    return ("field_trip", tour) if tour else found


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


def type_idcpc_page(release: Release) -> None:
    passages = passages_read(release)
    _idcpc_rules(release, passages)
    kind = release.record.event_type
    unnamed = kind == "other" and not release.record.evidence.get(NAME)  # nothing named the exchange
    if kind == "meeting" or unnamed:
        manner = _manner_told_next(release, passages)
        if manner is not None:
            release.record.evidence.pop(NAME, None)
            set_event_type(release, manner[0], "text", 0, manner[1])
            kind, unnamed = manner[0], False
    if (kind in ("meeting", "video_call") or unnamed) and not (
            kind == "meeting" and cues.pattern("headline_meeting").search(passages[0][1])):
        gathering = _many_parties_online(release, passages)
        if gathering:
            kind, where, offset, match = gathering
            release.record.evidence.pop(NAME, None)
            set_event_type(release, kind, where, offset, match)
    if release.record.event_type == "other" and not release.record.evidence.get(NAME):
        salutation = letter_page(release)
        if salutation is not None:  # the page is a letter's own text, whatever words it greets with
            set_event_type(release, "message", "text", 0, salutation)


# The sentence after the lead that names the lead's exchange by a noun and says how it was held ("The
# exchange took place over the telephone.", "The talks were held by video conference."): the manner
# of that exchange, told in a sentence of its own
MANNER_NEXT_EN = re.compile(r"\s*(?:The|This|Their|Th[ae]t)\s+(?:(?:two-way|bilateral|online|virtual)\s+)?"
                            r"(?:exchanges?|talks|conversation|meeting|discussions?|interaction|session)\s+"
                            r"(?:was|were|took place|had been)\b")


def _manner_told_next(release: Release, passages: list[tuple[str, str, int]]
                      ) -> tuple[str, re.Match[str]] | None:
    """A phone or video call the sentence right after the lead says the lead's exchange was (rule 3: a
    conversation of two sides by video or phone is a call), under a headline with a vague verb
    ("Holds Exchange with", "Talks with"). Only the sentence that opens on the exchange itself: a
    call recalled later ("recalled the video call of last year") is another exchange."""
    if release.zh or len(passages) < 2 or passages[1][0] == "title":
        return None
    text = release.text
    lead_end = passages[1][2] + len(passages[1][1])
    if lead_end >= len(text):
        return None
    left, right = sentence_at(text, min(len(text) - 1, lead_end + 1))
    start = left + 1 if left < lead_end else lead_end
    if MANNER_NEXT_EN.match(text, start, right) is None:
        return None
    for kind, pattern in cues.rules("idcpc"):
        if kind in CALLS:
            call = pattern.search(text, start, right)
            if call is not None and CALL_NOT_MANNER_EN.search(text, start, call.start()) is None:
                return kind, call
    return None


# Words between a lead's "met" and a call's words that make the call something else than the way
# the meeting was held: a plan or a promise ("agreed to keep in touch by phone"), what was said, a
# relative clause or an earlier exchange ("met X, who had attended a video conference", "after their
# phone call last month")
CALL_NOT_MANNER_EN = re.compile(r"\b(?:agree[ds]?|will|would|keep|kept|maintain\w*|pledg\w+|vow\w*|said|says|"
                                r"noted|hop(?:e|es|ed)|future|who|whom|whose|which|after|before|earlier|"
                                r"previous(?:ly)?|last|since|following)\b", re.I)
CLAUSE_START_ZH = re.compile(r"[，,；;。：:\n]")


# 座谈 is a sit-down discussion, the word the pages use for a session as much as for a meeting: in the
# lead's sentence of the discussion, the CPC side presenting a CPC meeting to the other side (宣介,
# 介绍…二十大) or the CPC side opening a course (出席…研修班开班式) says what the session was
DISCUSSION_ZH = re.compile(r"座谈(?!会)")
OPENING_ZH = re.compile(r"(?:出席|参加)[^。，；]{0,40}(?:开班式|开幕式)")


def _discussion_as_event(headline: re.Match[str], lead: str) -> tuple[str, re.Match[str]] | None:
    """A headline 座谈 over a lead whose discussion is a briefing or a course's opening (rule 1: a page
    that is the report of a briefing or course takes that type); a 会见 headline stays a meeting."""
    if DISCUSSION_ZH.fullmatch(headline.group()) is None:
        return None
    for said in DISCUSSION_ZH.finditer(lead):
        left, right = sentence_at(lead, said.start())
        briefing = cues.pattern("idcpc.briefing").search(lead, left, right)
        if briefing is not None:
            return "briefing", briefing
        opening = OPENING_ZH.search(lead, left, right)
        course = cues.pattern("idcpc.training_course").search(lead, left, right)
        if opening is not None and course is not None and course.start() < opening.end():
            return "training_course", course
    return None


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
    afterwards (``type_idcpc_page``)."""
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
    (``visit_then_meeting``). An event named after the meeting ("Meets Delegates to the Forum") is
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
    calls = first_rule_match(tuple(r for r in cues.rules("idcpc") if r[0] in CALLS), title)
    headline_meeting = cues.pattern("headline_meeting").search(title)
    if headline_meeting and _many_meet(release, headline_meeting):
        headline_meeting = None
    visit_first = visit_then_meeting(release, title, headline_meeting)
    if visit_first is not None:
        set_event_type(release, "delegation_visit_abroad", "title", 0, visit_first)
        return
    event_first = _event_then_meeting(title, headline_meeting)
    if event_first is not None:
        set_event_type(release, event_first[0], "title", 0, event_first[1])
        return
    if headline_meeting and not calls:
        by_call = _headline_meeting_by_call(release, passages[1][1])
        if by_call is not None:
            set_event_type(release, by_call[0], "text", passages[1][2], by_call[1])
            return
        discussed = _discussion_as_event(headline_meeting, passages[1][1])
        if discussed is not None:
            set_event_type(release, discussed[0], "text", passages[1][2], discussed[1])
            return
        set_event_type(release, "meeting", "title", 0, headline_meeting)
        return
    # companies toured on a visit abroad are that visit; a page headlined on a delegation's stay in
    # China is that stay, the provinces it also toured included (rule 4)
    titled_stay = cues.pattern("delegation_received").search(title)
    if stay_as_tour(title, titled_stay):
        titled_stay = None  # 来华考察: the headline names a study tour, a field trip (rule 2)
    stay = titled_stay or stay_leads(passages)
    skip = frozenset({"field_trip"}) if stay or tour_abroad(release, passages) else frozenset()
    found = first_rule_match(cues.rules("idcpc"), title, skip=skip)
    found = _course_named_seminar(passages[1][1], found) or found
    if found and found[0] in EVENT_KINDS:  # "Tours Zhejiang after Party Dialogue": the tour (rule 1)
        kinds = tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS and r[0] not in skip)
        found = own_event(title, found, kinds, release.zh) or found
    gathering = _titled_gathering(release) if found is None else None
    if gathering is not None:
        set_event_type(release, "forum", "title", 0, None)
        release.record.add_evidence(NAME, gathering.span())
        return
    attended = cues.pattern("attend_event").search(title)
    sent_to = _event_sent_to(release, passages[1][1]) if found and found[0] == "message" else None
    if sent_to is not None:
        # rule 1: the event over the medium
        set_event_type(release, sent_to[0], "text", passages[1][2], sent_to[1])
        return
    read_there = _message_at_attended(passages[1][1]) if found and found[0] == "message" else None
    if read_there is not None and not attended:
        # rule 1: the event around the message
        set_event_type(release, "other", "text", passages[1][2], read_there)
        return
    if found and not (attended and found[0] == "message"):
        set_event_type(release, found[0], "title", 0, found[1])
        return
    if attended and not first_rule_match(tuple(r for r in cues.rules("idcpc") if r[0] in EVENT_KINDS | CALLS),
                               passages[1][1], skip=skip):
        # rule 1: the event, not the message read there
        set_event_type(release, "other", "title", 0, attended)
        return
    occasion = None if attended else _occasion_headline(release, title, passages[1][1])
    if occasion is not None:
        set_event_type(release, "other", "title", 0, occasion)
        return
    if _in_text(release, passages, skip):
        return
    dl = dateline_country(release)
    if dl and dl not in ("CN", "other") and (release.country_id is None or dl == release.country_id):
        span = release.layout.dateline
        set_event_type(release, "delegation_visit_abroad", "text", 0, None)
        release.record.add_evidence(NAME, Span(span[0], span[1], release.text[span[0]:span[1]]))
        return
    fallbacks = (("delegation_visit_abroad", "visit_stop"), ("delegation_received", "delegation_received"))
    for kind, cue in fallbacks:
        for where, text, offset in passages:
            match = cues.pattern(cue).search(text)
            if match:
                set_event_type(release, kind, where, offset, match)
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
# stands after 向 and before the message (向…研讨会致贺信, 向…论坛发来贺信), or after the verb of sending
# whose object it is (致信拉美政党常设大会全体会议, 致电祝贺…政党会议召开)
# (a time adverb may stand between the message and its "to": "sent a message today to the plenary
# meeting of …", "a letter on Friday to the …")
SENT_TO_EN = re.compile(r"(?:\s+(?:today|yesterday|(?:on|this|last)\s+[\w]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?))?"
                        r"\s+to\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,6}")
SENT_TO_ZH_BEFORE = re.compile(r"向[^。，,；;]{0,40}$")
SENT_TO_ZH_BETWEEN = re.compile(r"[^。，,；;]{0,12}")
SENT_TO_ZH_VERB = re.compile(r"致(?:贺信|贺电|賀信|賀電|信|电|電|函)")
SENT_TO_ZH_OBJECT = re.compile(r"[^。，,；;：:]{0,40}")


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
                            and SENT_TO_ZH_BETWEEN.fullmatch(lead, event.end(), message.start()) is not None
                            ) or (message.end() <= event.start()
                                  and SENT_TO_ZH_VERB.fullmatch(message.group()) is not None
                                  and SENT_TO_ZH_OBJECT.fullmatch(lead, message.end(), event.start()))
                else:
                    sent = (event.start() >= message.end()
                            and SENT_TO_EN.fullmatch(lead, message.end(), event.start()) is not None)
                if sent:
                    return kind, event
    return None
