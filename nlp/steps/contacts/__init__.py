"""Contacts: the LAC counterparts named in the title and lead, with kind and party.

Three sources, all restricted to where a release says whom the exchange was with (title, lead,
and sentences of the early body that introduce people: "led by", "met with", "headed by"):

- parties: each gazetteer party named there (a delegation of the PCC; the FSLN's cadres);
- organisations: legislatures, youth and women's leagues, unions, think tanks, media;
- people: a capitalised name next to its role ("Fernando Pereira, president of the Broad Front";
  "Cuban President Miguel Diaz-Canel"; 古巴国家主席迪亚斯-卡内尔).
  The kind is the first role the release gives ("first secretary of the PCC and Cuban president"
  is a party contact; "Venezuelan Foreign Minister" a government one), and the party is a
  party named in that role. Chinese officials are the Chinese side, never contacts.

A party mentioned only in the body ("the ruling PSUV has...") is not a contact: the codebook
fills ``party`` only for counterparts who belong to it.

The parts, one job a module: ``focus`` finds the passages that say whom the exchange was with;
``contact_list`` adds a contact once (``NAME``, the step's evidence key); ``kinds`` reads a role's
contact kind; ``english_names`` and ``chinese_names`` hold how each language writes a person with
an office; ``people_en`` and ``people_zh`` read the people, ``persons_party_en`` an English
person's party, ``party_lookup`` the party a mention names or owns; ``groups`` reads the parties
and organisations (and LAC-wide bodies), ``shared_names`` party names written once for two,
``captions`` a photo caption's people; ``background_parties`` tells the parties named as what was
talked about or as rivals from those taking part, ``early_parties`` adds the parties taking part
named later, ``described_party`` a party named by description or as one of 两党, ``members_party``
one named by its members' word ("Chilean communists", "Sandinista lawmakers"); ``fallbacks`` are
the counterparts of a page that names no party or person, and ``dropped`` the contacts removed at
the end. ``step`` runs them in order.
"""

from __future__ import annotations

from nlp.release import Release
from nlp.schema import MULTILATERAL, Contact
from nlp.steps.contacts.captions import captioned
from nlp.steps.contacts.chinese_names import ZH_STOP
from nlp.steps.contacts.contact_list import NAME
from nlp.steps.contacts.described_party import described_party, pair_party
from nlp.steps.contacts.dropped import (
    of_the_record_country,
    without_planned_only,
    without_the_deceaseds_party,
)
from nlp.steps.contacts.early_parties import PRESENT, early_parties
from nlp.steps.contacts.english_names import STYLE_FORMS
from nlp.steps.contacts.fallbacks import demonym_group, friendship_body, named_official, participants
from nlp.steps.contacts.focus import focus_ranges, participant_sentences, recalled_sentences, without
from nlp.steps.contacts.groups import groups, regional_bodies
from nlp.steps.contacts.kinds import kind_of
from nlp.steps.contacts.members_party import members_party
from nlp.steps.contacts.people_en import people_en
from nlp.steps.contacts.people_zh import heads_zh, party_leaders_zh, people_zh, transliterated_zh
from nlp.steps.contacts.shared_names import shared_words

__all__ = ["NAME", "PRESENT", "STYLE_FORMS", "ZH_STOP", "kind_of", "recalled_sentences", "step"]


def step(release: Release) -> None:
    """The contacts of a relevant release: the readers of parties, people and captions over the passages
    that say whom the exchange was with, then the parties named later, the fallbacks of a page that
    named no one, the contacts dropped, and the regional bodies and officials found by name."""
    if not release.record.relevant:
        return
    # the dateline names who reports, not whom the exchange was with: its agency credit ("HAVANA, May 10
    # (Prensa Latina)", "(ACN)") is a LAC medium, but no counterpart
    dateline = [release.layout.dateline] if release.layout.dateline else []
    ranges = without(without(focus_ranges(release), recalled_sentences(release))
                     + participant_sentences(release), dateline)
    contacts: list[Contact] = []
    seen: dict[str, int] = {}
    groups(release, ranges, contacts, seen)
    if release.zh:
        people_zh(release, ranges, contacts, seen)
        party_leaders_zh(release, ranges, contacts, seen)
        transliterated_zh(release, ranges, contacts, seen)
        heads_zh(release, ranges, contacts, seen)
    else:
        people_en(release, ranges, contacts, seen)
    captioned(release, contacts, seen)
    shared_words(release, ranges, contacts, seen)
    early_parties(release, contacts, seen)
    described_party(release, contacts, seen)
    pair_party(release, contacts, seen)
    members_party(release, ranges, contacts, seen)
    if release.record.country == MULTILATERAL and not contacts:
        participants(release, ranges, contacts, seen)
    elif not contacts:
        demonym_group(release, ranges, contacts, seen)
    if not contacts and release.record.country != MULTILATERAL:
        friendship_body(release, ranges, contacts, seen)
    contacts = of_the_record_country(release, contacts)
    contacts = without_the_deceaseds_party(release, contacts)
    contacts = without_planned_only(release, contacts)
    if release.record.country == MULTILATERAL:
        regional_bodies(release, ranges, contacts, seen)
    named = release.extra.get("named_leader")
    if named is not None and not contacts:  # the head in office the country step found by name
        contacts.append(Contact(name=named.text, kind="government"))
        release.record.add_evidence(NAME, named)
    official = release.extra.get("named_official")
    if official is not None:  # the official the country step found by name
        named_official(release, official, contacts)
    release.record.contacts = contacts
