"""Content, first by rule: "knowledge exchange" or "daily interaction" (codebook).

Knowledge exchange shares knowledge on a specific issue among many participants over time:
training courses, seminars and workshops, forums, political dialogues, field trips, briefings on
a party congress, and a meeting of the CPC side with a group that came for one of these (a
study group, a course's participants: ``group_counterpart`` in ``nlp/gazetteer/cues.json``; guests
of a worldwide platform, which the mechanism step has found: "global"; guests met on the sidelines
of a LAC-wide platform, which it has found as well: ``side_meeting``).
Everything else — meetings, courtesy calls, messages, calls, delegation visits — is daily
interaction. The rule's confidence (``content_prob``) is higher when the
event type came from the title than from the lead, and lowest when the type is "other"; the
classifier in ``learn/`` may later replace the rule's tag (``content_source`` "model").
"""

from __future__ import annotations

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, LOOKALIKE, PLATFORM, Lookalike
from nlp.release import Release
from nlp.sentences import sentence_at, sentence_spans

FOREIGN = frozenset({"country", "party"})  # look-alike kinds that name another country's counterpart

NAME = "content"
KNOWLEDGE = frozenset({"training_course", "seminar", "forum", "dialogue", "field_trip", "briefing"})
# the formats in which the counterpart may be a group that came for a course, study tour or forum: a
# meeting with it, or the page on its stay as a whole
GROUP_KINDS = frozenset({"meeting", "delegation_received"})
DAILY = frozenset({"meeting", "message", "phone_call", "video_call", "delegation_visit_abroad",
                   "delegation_received", "state_visit", "official_visit", "talks", "meeting_on_sidelines",
                   "joint_statement"})


def step(release: Release) -> None:
    record = release.record
    if not record.relevant:
        return
    kind = record.event_type or "other"
    from_title = any(s.where == "title" for s in record.evidence.get("event_type", []))
    group = False
    if kind in GROUP_KINDS and not release.is_mfa:
        # the mechanism step found the meeting held with guests of a worldwide platform of parties
        # (CPC in Dialogue with World Political Parties, BRICS party forum): a group that came for a
        # dialogue or a forum, whatever sentence says so. A page on the whole stay of a group that came
        # to study (a study group, 考察团) reports a study tour: knowledge exchange as well
        group = (cues.pattern("group_counterpart").search(_bodies_unnamed(release)) is not None
                 or "global" in (record.mechanism or []) or bool(release.extra.get("side_meeting")))
    if kind in KNOWLEDGE or group:
        record.content = "knowledge exchange"
        record.content_prob = 0.9 if from_title else 0.75
        if kind == "briefing":
            record.content_prob = 0.6
    else:
        record.content = "daily interaction"
        record.content_prob = (0.9 if from_title else 0.8) if kind in DAILY else 0.6
    record.content_source = "rule"
    if "event_type" in record.evidence:
        record.evidence["content"] = list(record.evidence["event_type"])


def _bodies_unnamed(release: Release) -> str:
    """The title and lead with the names of standing bodies blanked: "members of the Working Group of
    the São Paulo Forum" are a body's members, not a group that came for a forum (a standing body's
    name is no event, platforms.json ``body``)."""
    text = release.title + "\n" + _other_countries_blanked(release)
    clean = release.layout.clean
    for span in release.extra.get("body_counterparts", [])[:1]:
        # a lead that names no counterpart (a long introduction of the Chinese side): the group is
        # described in the sentence that names it ("Her audience was a delegation …, in China for a
        # study programme")
        left, right = sentence_at(clean, span.start)
        text += "\n" + clean[left:right]
    for span in release.record.evidence.get("event_date", [])[:1]:
        # a lead on another exchange (an Asian party met in the morning, 17日上午…会见老挝…): the
        # page's exchange is reported in the sentence its day was read from, and the group met is
        # described there ("18日，…会见…古共干部考察团")
        if span.where == "text" and not release.layout.lead_start <= span.start < release.layout.lead_end:
            left, right = sentence_at(clean, span.start)
            text += "\n" + clean[left:right]
    for name in {m.text for m in release.mentions if m.label == PLATFORM and getattr(m.entry, "body", False)}:
        if name:
            text = text.replace(name, " " * len(name))
    return text


def _other_countries_blanked(release: Release) -> str:
    """The lead with the sentences blanked that name a counterpart of a country outside LAC and no
    LAC actor ("Liu met a delegation of cadres of the Communist Party of Viet Nam. On the same day,
    he met a delegation of the Broad Front"): that group is another exchange's, not the LAC one's."""
    layout = release.layout
    start, end = layout.lead_start, layout.lead_end
    text = list(layout.clean[start:end])
    gaz = release.gazetteer
    foreign = [m.start for m in release.mentions if m.label == LOOKALIKE and m.where == "text" and m.ids
               and isinstance(e := gaz.get(m.ids[0]), Lookalike) and e.kind in FOREIGN
               and e.country != "China" and start <= m.start < end]
    if not foreign:
        return layout.lead()
    lac = [m.start for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM) if m.where == "text"]
    for a, b in sentence_spans(layout.clean, start, end, release.zh):
        if any(a <= f < b for f in foreign) and not any(a <= x < b for x in lac):
            text[a - start:b - start] = [" "] * (b - a)
    return "".join(text)
