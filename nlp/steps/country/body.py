"""The counterparts of a party release whose title and lead name none: the early body says with
whom ("Xi sends congratulatory letter" over its addressees), and codes the page as one country's or
multilateral.
"""

from __future__ import annotations

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Span
from nlp.sentences import sentence_at
from nlp.steps.country.leader_names import leader_named, official_named
from nlp.steps.country.mentions import FOCUS, country_of
from nlp.steps.country.outside import names_elsewhere
from nlp.steps.country.postings import envoy_elsewhere, posted_there
from nlp.steps.country.venues import is_capital
from nlp.steps.country.worldwide import EVENT_CUES, is_worldwide_event
from nlp.topic_clauses import SAID

EARLY_BODY = 600  # characters after the lead: a message page's next paragraph or two


def body_counterparts(release: Release) -> list[Mention]:
    """The LAC actors of a party release whose title and lead name no counterpart at all.

    Such a headline says what happened ("Xi sends congratulatory letter", "Theory seminar held in
    Beijing") and the next sentences say with whom: the counterpart is whoever the early body
    names (codebook: the country is the one "whose actors take part", wherever the page names
    them). A title or lead that names a country or region elsewhere, or any LAC name other than a
    capital as the place, is a page about that, and this reading does not apply. Capitals are
    venues, not actors. A foreign-ministry page is read so only for a message's addressee
    (``_message_addressees``) or for a guest the title and lead leave unnamed (``_guest_named_later``)."""
    if release.is_mfa:
        return _message_addressees(release) or _guest_named_later(release)
    # (a capital named as the place, "Havana, January 1st--A celebration …", is no actor)
    if any(not is_capital(release, m) for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM,
                                                           zones=FOCUS)):
        return []
    if names_elsewhere(release, FOCUS):
        return []
    block = address_block(release)
    # a photo caption above the lead names the people it shows (codebook: captions count as evidence)
    above = [block, *release.layout.captions]
    return [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",))
            if m.where == "text"
            and (m.start >= release.layout.lead_end or any(a <= m.start < b for a, b in above))
            and not is_capital(release, m)
            and not envoy_elsewhere(release, m) and not posted_there(release, m.where, m.start, m.end)]


def address_block(release: Release) -> tuple[int, int]:
    """(start, end) of a letter's address block above the lead ("To the National Directorate of the
    Sandinista National Liberation Front / Managua", 致委内瑞拉统一社会主义党全国领导委员会：; cue
    ``letter_address``), or (0, 0): a letter printed whole names its addressee there, before the
    first paragraph the lead is read from, so the block's names are the letter's counterpart."""
    if "address_block" not in release.extra:  # read by the country, contacts and mechanism steps
        lead_start = release.layout.lead_start
        found = cues.pattern("letter_address").search(release.layout.clean, 0, lead_start)
        release.extra["address_block"] = (found.start(), lead_start) if found else (0, 0)
    return release.extra["address_block"]


def _message_addressees(release: Release) -> list[Mention]:
    """The LAC actors a foreign-ministry message page names as the message's addressee after a
    title and lead that report the message but no addressee ("Xi sends message of sympathy over
    hurricane disaster" / "In the message to Mexican President …", 习近平在慰问电中向牙买加总理…):
    a message's addressee is its counterpart (event_type: message), and the clause that names it
    is the first of the early body that does. Only the names after that clause, in its sentence,
    count: a foreign-ministry page names other countries as topics freely."""
    if not cues.pattern("mfa.message").search(release.focus_text()):
        return []
    text = release.layout.clean
    start = release.layout.lead_end
    clause = cues.pattern("message_addressee_clause").search(text[start:start + EARLY_BODY])
    if clause is None:
        return []
    at = start + clause.end()
    end = sentence_at(text, at)[1]
    said = SAID.search(text, at, end)  # what the message said names topics, not its addressee
    end = said.start() if said else end
    return [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",))
            if m.where == "text" and at <= m.start < end and not is_capital(release, m)]


# the one-to-one exchanges of a ministry page whose guest a lead may leave unnamed
GUEST_EXCHANGES = ("mfa.talks", "mfa.meeting", "mfa.phone_call", "mfa.video_call", "mfa.state_visit",
                   "mfa.official_visit")


def _guest_named_later(release: Release) -> list[Mention]:
    """The LAC guest of a foreign-ministry exchange whose title and lead name no country, party or
    person of either side's counterpart ("Wang Yi Meets Foreign Minister" / "… met with a visiting
    foreign minister", 习近平会见外国总统): the sentence of the early body that first names a LAC
    actor as the guest — calling it the guest, giving it a principal's office, or in a photo caption
    (cue ``guest_named_later``) — names the counterpart (codebook: captions count as evidence).
    A lead that names any country, or a LAC person the gazetteer knows, says whom it was with, and
    what the guest said after its name ("…, said Brazil …") names topics."""
    focus = release.focus_text()
    if not any(cues.pattern(cue).search(focus) for cue in GUEST_EXCHANGES):
        return []
    if release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM, zones=FOCUS) or names_elsewhere(release, FOCUS):
        return []
    if leader_named(release) is not None or official_named(release) is not None:
        return []
    text = release.layout.clean
    for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",)):
        if m.where != "text" or m.start < release.layout.lead_end or is_capital(release, m):
            continue
        start, end = sentence_at(text, m.start)
        if not cues.pattern("guest_named_later").search(text, start, end):
            continue
        said = SAID.search(text, start, end)
        if said and said.start() < m.start:
            return []
        return [n for n in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("early",))
                if n.where == "text" and start <= n.start < (said.start() if said else end)
                and not is_capital(release, n)]
    return []


def text_counterparts(release: Release) -> list[Mention]:
    """The LAC actors the text names in its lead and early body (capitals, envoys posted elsewhere
    and places of posting are no actors)."""
    return [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead", "early"))
            if m.where == "text" and not is_capital(release, m) and not envoy_elsewhere(release, m)
            and not posted_there(release, m.where, m.start, m.end)]


def code_from_body(release: Release, body: list[Mention]) -> None:
    """Country of a page whose counterparts only the early body names: one country, or
    multilateral when a second country's actors are named about as often (the participants of a
    seminar, a list of senders). Actors from outside LAC named among them make the LAC ones
    participants of something wider: of an event the title or lead names (a seminar, forum,
    dialogue, briefing or course), multilateral and global as at any worldwide platform; with no
    such event (a press conference listing the year's visitors), or when the title or lead speaks
    of messages (a roundup of foreign senders: its items are read one by one), not from here."""
    record = release.record
    actors: dict[str, set[str]] = {}  # each country's distinct actors (its name alone counts once)
    first: dict[str, Mention] = {}
    for m in body:
        country = country_of(m)
        if country:
            actors.setdefault(country, set()).add(m.entry.id)
            first.setdefault(country, m)
    if not actors:
        return
    # "the FMLN of El Salvador" is one actor: a country named beside its own party adds none
    weights = {c: float(len(ids - {c}) or 1) for c, ids in actors.items()}
    ranked = sorted(weights, key=lambda c: -weights[c])
    wider = bool(names_elsewhere(release, ("early",))) or is_worldwide_event(release)
    focus = release.focus_text()
    if wider and (cues.pattern("idcpc.message").search(focus)
                  or not any(cues.pattern(cue).search(focus) for cue in EVENT_CUES)):
        return
    release.extra["body_counterparts"] = [m.span() for m in body[:8]]
    record.notes.append("counterpart: the title and lead name none; the early body names it")
    if wider or (len(ranked) >= 2 and weights[ranked[0]] < 2 * weights[ranked[1]]):
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        if wider:
            release.extra["worldwide"] = list(release.extra["body_counterparts"])
        for c in ranked[:4]:
            record.add_evidence("country", first[c].span())
        return
    code_bilateral(release, ranked[0], first[ranked[0]].span())


def code_bilateral(release: Release, country_id: str, evidence: Span) -> None:
    """One LAC country's actors: the record's country, with the mention that names it."""
    release.country_id = country_id
    entry = release.gazetteer.country(country_id)
    release.record.country = entry.canonical if entry else country_id
    release.record.exchange_type = "bilateral"
    release.record.add_evidence("country", evidence)
