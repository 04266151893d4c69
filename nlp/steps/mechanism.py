"""Mechanism: global, regional or bilateral, plus "leftist" (codebook).

- global: a worldwide platform frames the exchange (CPC in Dialogue with World Political
  Parties, the BRICS political parties forum) — named in the title, or in the lead of a
  multilateral exchange (Latin American parties among the world's at a CPC forum);
- regional: a LAC-wide platform or the region itself is the counterpart (the country step
  already made such a release "multilateral");
- bilateral: one country's actors.

A meeting with one country's actors held with a group that came for a platform, or during it, takes
the platform's scope: the codebook says so of worldwide platforms ("also a side meeting with a group
that came for one"), and a LAC-wide platform's side meeting is the same exchange one scope lower
(met on the sidelines of the China-LAC Political Parties Forum: regional).

"leftist" is added when a counterpart's party is leftist in the gazetteer (its rule: socialist
state, self-described left, São Paulo Forum member, or a recorded decision) or, unlisted, its name
calls it so (a Chinese name in the lead, 特立尼达和多巴哥共产党, noted only), when a leftist
platform frames it (São Paulo Forum), or — for a bilateral exchange with a government or
legislature — when the country's leftist ruling party is named in the release, the country is
a socialist state, or the head of state in office that day led a leftist party
(``nlp/lac_leaders.json``): a Venezuelan foreign minister represents the PSUV government.

State summits (G20, APEC, the UN) are not party platforms: a meeting on their sidelines stays
bilateral. Foreign-ministry records carry no mechanism (the codebook codes it for the IDCPC).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import LAC_COUNTRY, LAC_PARTY, PLATFORM, Party
from nlp.leaders import ruling_party
from nlp.party_names_zh import UNLISTED_LEFT_ZH
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL
from nlp.sentences import sentence_at
from nlp.steps.country import is_worldwide_event, listed_with_outsiders
from nlp.steps.country.body import address_block
from nlp.topic_clauses import in_what_was_said

NAME = "mechanism"
STATE_KINDS = frozenset({"government", "legislature", "diplomat"})
STATE_SUMMITS = frozenset({"g20", "apec", "un-general-assembly", "bri-forum", "brics"})
GATHERINGS = frozenset({"training_course", "seminar", "forum", "dialogue", "briefing", "field_trip"})


def socialist_state_parties(release: Release) -> set[str]:
    """Ids of parties that rule a socialist state (their country is one)."""
    cached = release.gazetteer.__dict__.get("_dipex_socialist")
    if cached is None:
        cached = {e["id"] for e in release.gazetteer.raw["parties"]["entries"]
                  if isinstance(e, dict) and e.get("leftist_basis") == "socialist_state"}
        release.gazetteer.__dict__["_dipex_socialist"] = cached
    return cached


# An office held before ("former Colombian President Ernesto Samper", "Ernesto Samper, former President
# of Colombia", 哥伦比亚前总统桑佩尔, 原外长): its holder speaks for no government in office
FORMER_BEFORE_EN = re.compile(r"\b(?:former|ex-)\s*(?:[\w'’.-]+\s+){0,5}$", re.I)
FORMER_AFTER_EN = re.compile(r"^(?:\s*\([^()]{1,40}\))?\s*,\s*(?:a\s+|the\s+)?(?:former|ex-)", re.I)
FORMER_BEFORE_ZH = re.compile(r"(?<![目此之提以当當眼])(?:前|原)任?[^，。、；\s]{0,4}?"
                              r"(?:总统|總統|副总统|副總統|总理|總理|外长|外長|部长|部長|大使|议长|議長|"
                              r"国务卿|國務卿|主席|领导人|領導人)$")


def _former(release: Release, name: str) -> bool:
    """Is every mention of this contact's name in the page that of an office held before
    (``FORMER_*``)? A former president or minister speaks for no government in office, so the
    ruling party of the day says nothing of the exchange's party family (codebook: leftist goes by
    the counterpart's party)."""
    text = release.layout.clean
    found = [m.start() for m in re.finditer(re.escape(name), text)] if name else []
    if not found:
        return False
    for at in found:
        before, after = text[max(0, at - 60):at], text[at + len(name):at + len(name) + 60]
        if release.zh:
            if not FORMER_BEFORE_ZH.search(before[-16:]):
                return False
        elif not (FORMER_BEFORE_EN.search(before) or FORMER_AFTER_EN.match(after)):
            return False
    return True


AT_PLATFORM_REACH = 60  # characters between the words of attending and the platform's name


def _met_at_platform(release: Release, platforms: list[Mention]) -> bool:
    """Was the page's meeting held with a group that came for a worldwide platform, or during it
    ("met with the delegation of the Communist Party of Cuba attending the CPC in Dialogue with
    World Political Parties", 在出席中国共产党与世界政党高层对话会期间会见)? The codebook's global
    scope covers "a side meeting with a group that came for one". Read in the lead's first
    sentence only, the meeting's: a platform a later sentence names is a topic of the talk (a forum
    the guests will attend). ``platforms``: the worldwide ones, or the LAC-wide ones (a side meeting
    of a LAC-wide platform, regional)."""
    if not platforms:
        return False
    text = release.layout.clean
    start = release.layout.lead_start
    first = sentence_at(text, start)
    attending = cues.pattern("at_platform")
    for m in platforms:
        if m.where != "text" or not (first[0] <= m.start < first[1]):
            continue
        if attending.search(text, max(first[0], m.start - AT_PLATFORM_REACH), m.start):
            return True
    return False


def _came_for_platform(release: Release, scope: str = "global") -> bool:
    """Does a sentence of the page say the counterpart is in China or came there for a worldwide
    platform ("The delegation is in China to attend the CPC in Dialogue with World Political Parties",
    代表团是应邀来华出席中国共产党与世界政党高层对话会的; cue ``came_for_platform``)? Pages often say why
    the guests came only after the meeting's sentence; the codebook's global scope covers "a side meeting
    with a group that came for one". The cue holds only what happened (is here, came, 来华出席): a
    platform the guests are welcome to attend, or will attend, is a topic of the talk, and so is one
    named inside what someone said. ``scope``: "global", or "regional" for a LAC-wide platform."""
    platforms = [m for m in release.of(PLATFORM) if m.where == "text" and m.entry.mechanism == scope
                 and m.entry.id not in STATE_SUMMITS]
    if not platforms:
        return False
    text = release.layout.clean
    came = cues.pattern("came_for_platform")
    for m in platforms:
        left = max(sentence_at(text, m.start)[0], m.start - AT_PLATFORM_REACH)
        if came.search(text, left, m.start) and not in_what_was_said(text, m.start):
            return True
    return False


def _leftist_group(release: Release) -> str | None:
    """The words naming the page's counterparts as a leftist party family, in the title or
    the lead's first sentence ("Left-wing parties of Latin America send joint letter", 拉美和加勒比地区
    左翼政党领导人联名致函; cue ``leftist_group``): the codebook adds leftist by the counterpart
    party's family, and a group written only by its family gives it (several countries' parties, or one
    country's parties none of which the page names: "a delegation of Brazilian left-wing parties"). A
    later sentence may be a topic
    of the exchange (the CPC's wish to work with the region's left), so it is not read."""
    found = cues.pattern("leftist_group").search(release.title or "")
    if found is not None:
        return found.group()
    text = release.layout.clean
    first = sentence_at(text, release.layout.lead_start)
    found = cues.pattern("leftist_group").search(text, first[0], first[1])
    return found.group() if found is not None else None


RULING_BEFORE = 30  # characters from the country's name to "ruling party" (Venezuela's ruling party)
RULING_AFTER = 8  # from the words to the country's name (the ruling party of Venezuela)


def _described_ruling_party(release: Release) -> Party | None:
    """The party in power on the exchange's day when the title or the lead's first sentence names the
    counterpart only as its country's ruling party ("a delegation of Venezuela's ruling party",
    委内瑞拉执政党代表团; cue ``ruling_party_described``): the coder knows which party that is, and the
    codebook adds leftist by its family. The release's country must be named right before the words
    or right after them: China's ruling party is the CPC itself. The party is the head's in office
    that day (``nlp/lac_leaders.json``)."""
    if not release.country_id:
        return None
    text = release.layout.clean
    first = sentence_at(text, release.layout.lead_start)
    pattern = cues.pattern("ruling_party_described")
    countries = [m for m in release.of(LAC_COUNTRY) if release.country_id in m.ids]
    for where, body, start, end in (("title", release.title or "", 0, len(release.title or "")),
                                    ("text", text, first[0], first[1])):
        for match in pattern.for_text(body).finditer(body, start, end):
            if any(c.where == where and (0 <= match.start() - c.end <= RULING_BEFORE
                                         or 0 <= c.start - match.end() <= RULING_AFTER) for c in countries):
                day = parse_date(release.record.event_date) or release.anchor
                party = release.gazetteer.get(ruling_party(release.country_id, day) or "")
                return party if isinstance(party, Party) else None
    return None


def step(release: Release) -> None:
    record = release.record
    if not record.relevant or release.is_mfa:
        return
    tags: list[str] = []
    block = address_block(release)  # a letter's addressee above its lead ("To the … São Paulo Forum")
    platforms = [m for m in release.of(PLATFORM) if m.entry.id not in STATE_SUMMITS
                 and (m.zone in ("title", "lead") or (m.where == "text" and block[0] <= m.start < block[1]))]
    global_platforms = [m for m in platforms if m.entry.mechanism == "global"]
    if record.country == MULTILATERAL:
        # LAC participants at an event of parties from around the world: named by their parties or
        # only by their countries ("representatives of parties from Argentina, Brazil and Cuba")
        # or listed beside countries outside LAC at an event ("participants from Cuba, Brazil, Vietnam
        # and Laos"): not the region's event alone
        worldwide = (global_platforms or release.extra.get("worldwide")
                     or is_worldwide_event(release, gathering=record.event_type in GATHERINGS)
                     or listed_with_outsiders(release))
        if worldwide and not global_platforms and record.event_type == "message" and any(
                m.entry.mechanism == "regional" for m in platforms):
            # a LAC-wide platform's own message (the São Paulo Forum's, COPPAL's), also one a roundup
            # of the world's senders carries: a message is exchanged between two sides, so the
            # world's other senders are no platform around it (codebook: regional, a LAC-wide platform)
            worldwide = False
        tags.append("global" if worldwide else "regional")
    elif (any(m.where == "title" for m in global_platforms) or _met_at_platform(release, global_platforms)
          or (record.event_type == "meeting" and _came_for_platform(release))):
        tags.append("global")
        release.extra["side_meeting"] = True
    elif record.event_type == "meeting" and (
            _met_at_platform(release, [m for m in platforms if m.entry.mechanism == "regional"])
            or _came_for_platform(release, "regional")):
        tags.append("regional")
        release.extra["side_meeting"] = True
    else:
        tags.append("bilateral")
    for m in global_platforms[:1] + [m for m in platforms if m.entry.mechanism == "regional"][:1]:
        record.add_evidence(NAME, m.span())
    leftist = None
    gaz = release.gazetteer
    for contact in record.contacts:
        party = gaz.get(contact.party_id) if contact.party_id else None
        if isinstance(party, Party) and party.leftist:
            leftist = contact.name
            break
    leftist_platform = next((m for m in platforms if m.entry.leftist), None)
    if leftist is None and leftist_platform is not None:
        leftist = leftist_platform.text
        record.add_evidence(NAME, leftist_platform.span())
    if leftist is None and (record.country == MULTILATERAL or not any(c.party_id for c in record.contacts)):
        # a group named by its family: of several countries, or one country's parties none of which is named
        leftist = _leftist_group(release)
    if leftist is None and record.country != MULTILATERAL and not any(c.party_id for c in record.contacts):
        # the lead's party no entry lists, whose Chinese name calls it communist or socialist
        leftist = release.extra.get(UNLISTED_LEFT_ZH)
    if leftist is None and record.country != MULTILATERAL and release.country_id:
        socialist = socialist_state_parties(release)
        for m in release.of(LAC_PARTY):
            party = m.entry
            if isinstance(party, Party) and party.country == release.country_id and party.leftist:
                # (only for a counterpart whose party the page does not give: one whose party is
                # known has its family; another party named beside it is context, "now in
                # opposition to the coalition led by Morena")
                if party.id in socialist or any(c.kind in ("government", "legislature", "party", "diplomat")
                                                and not c.party_id for c in record.contacts):
                    leftist = m.text
                    record.add_evidence(NAME, m.span())
                    break
        if leftist is None:
            ruling = [p for p in socialist if getattr(gaz.get(p), "country", None) == release.country_id]
            if ruling:
                leftist = ruling[0]
        party_known = any(c.party_id for c in record.contacts)
        if leftist is None and not party_known:
            described = _described_ruling_party(release)
            if described is not None and described.leftist:
                leftist = described.id
        if leftist is None and not party_known and any(c.kind in STATE_KINDS and not _former(release, c.name)
                                                       for c in record.contacts):
            # a government answers for its ruling party: the head of state's party on the day
            day = parse_date(record.event_date) or release.anchor
            party = gaz.get(ruling_party(release.country_id, day) or "")
            if isinstance(party, Party) and party.leftist:
                leftist = party.id
    if leftist is None and record.country != MULTILATERAL and _only_unlisted_parties(release):
        leftist = _called_left(release)
    if leftist is not None:
        tags.append("leftist")
    record.mechanism = tags


def _only_unlisted_parties(release: Release) -> bool:
    """Are all the counterparts' parties ones no entry lists? A listed party's family is the
    gazetteer's, which a page's passing words do not change."""
    gaz = release.gazetteer
    found = [gaz.get(c.party_id) for c in release.record.contacts if c.party_id]
    return bool(found) and all(isinstance(p, Party) and p.family == "unlisted" for p in found)


def _called_left(release: Release) -> str | None:
    """The page's own words setting an unlisted counterpart party in the left, as an apposition to its
    name or acronym ("The MTE, a left-wing party, …"; cue ``party_called_left``): the codebook adds
    leftist by the party's family, and for a party the coder has no knowledge of, the page is what
    gives it. Words in what a speaker said are not read (a wish to work with the left)."""
    text = release.layout.clean
    for found in cues.pattern("party_called_left").for_text(text).finditer(text):
        if not in_what_was_said(text, found.start()):
            release.record.add_evidence(NAME, found.span())
            return found.group()
    return None
