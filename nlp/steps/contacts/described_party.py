"""A party the page names only by description ("the ruling party of Nicaragua", 尼加拉瓜执政党)
or as one of the pair 中古两党: the one party of the country the page names is that party.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_PARTY, Party
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Contact
from nlp.sentences import sentence_at
from nlp.steps.contacts.background_parties import RIVAL
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.two_parties import two_parties_zh


def described_party(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A message whose title or lead names its party by description only ("sent a message to the
    ruling party of Nicaragua", "a letter from a Mexican party", 致电尼加拉瓜执政党): the one party of
    the country the page names is that party, also where the page names it only in what the
    message said ("The message said the FSLN has led …") — the message's addressee or signer is
    what it speaks of. Two or more parties of the country named leave it open, and a rival named
    as such is none; a page that names a party contact already needs no description resolved.
    A message to a person addressed as a comrade ("Comrade Nicolás Maduro", "Compañero Daniel
    Ortega", 奥尔特加同志) describes his party the same way: "comrade" is how parties address each
    other's members, so the one party of his country the page names is his."""
    record = release.record
    focus = release.focus_text()
    if (record.event_type != "message" or not release.country_id or record.country == MULTILATERAL
            or any(c.party_id for c in contacts)
            or not (cues.pattern("unnamed_party").search(focus) or _comrade_addressed(release))):
        return
    text = release.layout.clean

    def rival(m: Mention) -> bool:
        return m.where == "text" and RIVAL.search(text, max(sentence_at(text, m.start)[0], m.start - 80),
                                                  m.start) is not None

    named = [m for m in release.mentions if m.label == LAC_PARTY and isinstance(m.entry, Party)
             and m.entry.country == release.country_id and not rival(m)]
    if len({m.entry.id for m in named}) != 1:
        return
    m = named[0]
    party = m.entry
    if add_contact(contacts, seen, Contact(name=m.text,
                                           kind="party", party_id=party.id, party=party.canonical)):
        release.record.add_evidence(NAME, m.span())


def pair_party(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A Chinese page that names no party contact but the two sides as 中古两党: the pair names the
    socialist state's one party (``two_parties_zh``), a counterpart the page names taking part."""
    if any(c.party_id for c in contacts):
        return
    found = two_parties_zh(release)
    if found is None:
        return
    span, party = found
    if add_contact(contacts, seen, Contact(name=span.text,
                                           kind="party", party_id=party.id, party=party.canonical)):
        release.record.add_evidence(NAME, span)


# A person addressed as a party member: "Comrade", Spanish "Compañero/a", "Camarada", Portuguese
# "Companheiro/a" before the name; Chinese 同志 after it — not the word as a predicate or a noun
# (两党是亲密同志, 好同志, 同志加兄弟, 同志们: "close comrades", "comrades and brothers", an audience)
COMRADE = re.compile(r"\b(?:Comrade|Compa(?:ñ|n)er[oa]|Camarada|Companheir[oa])\s+(?=[A-ZÁÉÍÓÚÑ])|"
                     r"(?<![密的是好老和及与與位])同志(?![们們加般])")


def _comrade_addressed(release: Release) -> bool:
    """Does the title or lead address a LAC person as a comrade (``COMRADE``)? Not the CPC's own
    leaders (习近平同志, "Comrade Xi Jinping"): a Chinese official named right after the English word
    or right before 同志 is the CPC side."""
    officials = [m for m in release.mentions if m.label == CN_OFFICIAL]
    for where, text, offset in (("title", release.title, 0),
                                ("text", release.lead(), release.layout.lead_start)):
        for match in COMRADE.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if match.group() == "同志":
                own = any(m.where == where and start - 1 <= m.end <= start for m in officials)
            else:
                own = any(m.where == where and end <= m.start <= end + 1 for m in officials)
            if not own:
                return True
    return False
