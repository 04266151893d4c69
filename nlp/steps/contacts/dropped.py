"""Contacts removed once all are read: a party named only in the description of the deceased a
condolence mourns, one named only for an exchange still to come, and on a one-country record the
parties of another LAC country.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_PARTY, Party
from nlp.release import Release
from nlp.schema import MULTILATERAL, Contact
from nlp.sentences import sentence_at

# the formats of one exchange: a party named for another one the page plans is none of its sides
ONE_EXCHANGE = frozenset({"meeting", "video_call", "phone_call", "message"})

# the occasion of a condolence: what follows names the deceased ("over the passing of former
# President Jose Mujica, a founder of …", "on the death of X, leader of …"; cue ``death_of``)
DECEASED_EN = re.compile(cues.source("death_of"), re.I)


def without_the_deceaseds_party(release: Release, contacts: list[Contact]) -> list[Contact]:
    """The contacts without a party the page names only in its description of the person whose
    death the message mourns ("sent condolences to the Broad Front over the passing of Jose Mujica,
    a founder of the coalition's Movement of Popular Participation"), when another LAC party is the
    message's addressee: the deceased's party or faction is the occasion's, not a side of the
    exchange (codebook: the parties list every LAC party the page names as taking part). A party
    named also elsewhere on the page, or the only party named, stays."""
    if release.zh or release.record.event_type != "message":
        return contacts
    text = release.layout.clean
    spans = []
    for match in DECEASED_EN.finditer(text):
        _, end = sentence_at(text, match.start())
        spans.append((match.end(), end))
    if not spans:
        return contacts
    mentions = [m for m in release.of(LAC_PARTY) if m.where in ("title", "text")]

    def occasion_only(party: str) -> bool:
        own = [m for m in mentions if m.entry.canonical == party]
        return bool(own) and all(m.where == "text" and any(a <= m.start < b for a, b in spans) for m in own)

    parties = {c.party for c in contacts if c.kind == "party" and c.party}
    dropped = {p for p in parties if occasion_only(p)}
    if not dropped or dropped == parties:
        return contacts
    return [c for c in contacts if not (c.kind == "party" and c.party in dropped)]


def without_planned_only(release: Release, contacts: list[Contact]) -> list[Contact]:
    """The contacts of a page on one meeting, call or message without a party the page names only
    after its lead, in sentences about what is still to come ("They agreed that a CPC delegation
    would visit Caracas in April and that the Communist Party of Venezuela would be invited", 访问期间，
    代表团还将会见墨西哥劳动党领导人): a plan is another exchange, not this one's (codebook, One page,
    one record: contacts list the counterparts the page names *for that exchange*). A party named
    also elsewhere on the page, or the only party named, stays."""
    if release.record.event_type not in ONE_EXCHANGE:
        return contacts
    text = release.layout.clean
    future = cues.pattern("planned_exchange")
    lead_end = release.layout.lead_end
    mentions = [m for m in release.of(LAC_PARTY) if m.where in ("title", "text") and m.entry is not None]

    def planned_only(party: str) -> bool:
        own = [m for m in mentions if m.entry.canonical == party]
        return bool(own) and all(m.where == "text" and m.start >= lead_end
                                 and future.search(text, *sentence_at(text, m.start)) for m in own)

    parties = {c.party for c in contacts if c.kind == "party" and c.party}
    dropped = {p for p in parties if planned_only(p)}
    if not dropped or dropped == parties:
        return contacts
    return [c for c in contacts if not (c.kind == "party" and c.party in dropped)]


def of_the_record_country(release: Release, contacts: list[Contact]) -> list[Contact]:
    """The contacts of a one-country record without those of another LAC country's party. A
    bilateral exchange is the CPC's with one LAC country's actors (codebook, ``exchange_type``,
    ``country``), so a party of another LAC country the page names belongs to another exchange it
    also reports ("On the same day, Guo also met with Alberto Anaya of the Labor Party of Mexico",
    同日，…还会见了墨西哥劳动党…) or to what was said: it is no counterpart of this one, and its
    party family must not make this exchange ``leftist``. A multilateral record keeps every
    country's, and so does a record whose title or lead names the party: the headline's exchange
    is the one with it ("a joint delegation of the Communist Parties of Argentina and Uruguay")."""
    own = release.country_id
    if own is None or release.record.country in (None, MULTILATERAL):
        return contacts
    gaz = release.gazetteer

    def named(zones: tuple[str, ...]) -> set[str | None]:
        """The parties and countries named where ``zones`` say (a country by its mention's id)."""
        return {m.ids[0] if m.label == LAC_COUNTRY and m.ids else getattr(m.entry, "id", None)
                for m in release.mentions if m.label in (LAC_PARTY, LAC_COUNTRY)
                and (m.where in zones or m.zone in zones)}

    # the parties and countries the title names, when it names the record's own country or one of
    # its parties: the headline picks the exchange (one page, one record), so a party of another
    # country the lead names beside it met the CPC side in another exchange (3月8日，…会见古巴
    # 共产党代表团。同日，…会见萨尔瓦多…); else those of the title and the lead
    title = named(("title",))
    own_named = own in title or any(getattr(gaz.get(i), "country", None) == own for i in title if i)
    headline = title if own_named else named(("title", "lead"))
    kept = []
    for contact in contacts:
        party = gaz.get(contact.party_id) if contact.party_id else None
        country = getattr(party, "country", None)
        if (isinstance(party, Party) and not {party.id, country} & headline and country and country != own
                and gaz.country(country) is not None):
            continue
        kept.append(contact)
    return kept
