"""Parties and organisations named where the page says whom the exchange was with, a youth or
women's wing written around its party's name, and the LAC-wide bodies that are counterparts of a
regional exchange.
"""

from __future__ import annotations

import re
from typing import Any

from nlp.gazetteer import LAC_ORG, LAC_PARTY, PLATFORM, Organisation, Party, normalise
from nlp.release import Mention, Release
from nlp.schema import Contact
from nlp.steps.contacts.background_parties import background, coalition_of_party
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.kinds import body_of_kind

# A party's youth or women's wing written around the party's name ("the PSUV youth wing", "the
# FSLN's Youth", "the Juventud del PSUV", "the Women's Front of the PNP") where the gazetteer lists
# no such form of the wing: the group is the wing (kind youth/women), still of that party.
WING_AFTER = re.compile(r"(?:['’]s)?\s+(?i:(?P<youth>youth|young)|(?P<women>women['’]?s?))\b|"
                        # 国家复兴运动党全国妇女书记, 常设大会妇女委员会, 统社党青年组织: the wing's
                        # word right after the party's or the body's Chinese name
                        r"(?:全国|全國|中央)?(?:(?P<youth_zh>青年)|(?P<women_zh>妇女|婦女))")
WING_BEFORE = re.compile(r"\b(?i:(?P<youth>youth|juventud|juventude|jeunesse)|(?P<women>women['’]?s?|"
                         r"mujeres|mulheres))(?:\s+[A-Z][\w'’]*){0,2}\s+(?:of|del|de\s+la|do|da|de)\s+"
                         r"(?:the\s+|la\s+|el\s+|o\s+|a\s+)?$")


def wing_kind(source: str, start: int, end: int) -> str:
    """The kind of a group named by a party's name: ``youth`` or ``women`` where the name stands in
    its wing's (``WING_AFTER``, ``WING_BEFORE``), else ``party``."""
    match = WING_AFTER.match(source, end) or WING_BEFORE.search(source, max(0, start - 40), start)
    if match is None:
        return "party"
    return "youth" if match.group("youth") or match.groupdict().get("youth_zh") else "women"


def groups(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
           seen: dict[str, int]) -> None:
    """Parties and organisations named in the title and the counterpart passages."""
    def inside(m: Mention) -> bool:
        return m.where == "title" or any(a <= m.start < b for a, b in ranges)

    gaz = release.gazetteer
    # a body once, whichever of its names the page prints (古巴共青盟 in the headline, 古巴共产主义青年联盟
    # in the text): by the longest, the name written out (as the party names are, _written_out_longer)
    bodies: dict[str, int] = {}  # body id -> its contact's index
    for m in release.mentions:
        if not inside(m) or m.entry is None:
            continue
        if m.label == LAC_PARTY and isinstance(m.entry, Party):
            party = m.entry
            if any(c.party_id == party.id and c.kind == "party" for c in contacts):
                continue
            if m.where == "text" and background(release.layout.clean, m.start, m.end):
                continue  # a party the counterpart spoke of, or a rival, not one taking part
            if coalition_of_party(release, m):
                continue  # "the Socialist Party of Chile, a member of the New Majority coalition"
            if m.where == "title" and _written_out_longer(release, m, inside):
                continue  # the headline's short name of the party the text names in full
            source = release.title if m.where == "title" else release.layout.clean
            contact = Contact(name=m.text, kind=wing_kind(source, m.start, m.end), party_id=party.id,
                              party=party.canonical)
        elif m.label == LAC_ORG and isinstance(m.entry, Organisation):
            org = m.entry
            if org.id in bodies:
                index = bodies[org.id]
                if index < len(contacts) and len(m.text) > len(contacts[index].name):
                    contacts[index].name = m.text
                    seen[re.sub(r"\W+", " ", m.text.lower()).strip()] = index
                continue
            owner = gaz.get(org.party) if org.party else None
            party = owner if isinstance(owner, Party) else None
            contact = Contact(name=m.text, kind=org.kind or "other", party_id=party.id if party else None,
                              party=party.canonical if party else None)
        else:
            continue
        if add_contact(contacts, seen, contact):
            release.record.add_evidence(NAME, m.span())
            if m.label == LAC_ORG:
                bodies[m.entry.id] = len(contacts) - 1


def _written_out_longer(release: Release, title_mention: Mention, inside: Any) -> bool:
    """Does the text name, in the words of the headline's party name plus more, another party?
    A headline cuts a name short (秘鲁共产党 for 秘鲁共产党（红色祖国）, the qualifier in brackets
    dropped); where the counterpart passages' fuller name (``inside``) is a different party's, the
    headline meant that one."""
    short = normalise(title_mention.text)
    own = getattr(title_mention.entry, "id", None)
    return bool(short) and any(
        m.where == "text" and inside(m) and m.label == LAC_PARTY and isinstance(m.entry, Party)
        and m.entry.id != own
        and len(normalise(m.text)) > len(short) and normalise(m.text).startswith(short)
        for m in release.mentions)


def regional_bodies(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                    seen: dict[str, int]) -> None:
    """A LAC-wide body named where the page says whom the exchange was with (a delegation of COPPPAL,
    Parlatino's secretary general, a letter of the São Paulo Forum) is itself a counterpart when the
    LAC side is regional (country rule: multilateral), of its kind in platforms.json. Added after the
    people and parties, so that the page's first counterpart stays the one it names first."""
    added: set[str] = set()
    for m in sorted(release.mentions, key=lambda m: (m.where == "title", m.start)):
        if not body_of_kind(m) or m.label != PLATFORM or m.entry.id in added:
            continue
        if m.where == "text" and not any(a <= m.start < b for a, b in ranges):
            continue
        added.add(m.entry.id)  # one contact per body, however many of its names the page gives
        source = release.title if m.where == "title" else release.layout.clean
        wing = wing_kind(source, m.start, m.end)  # COPPPAL's women's committee is a women's contact
        if add_contact(contacts, seen, Contact(name=m.text, kind=m.entry.kind if wing == "party" else wing)):
            release.record.add_evidence(NAME, m.span())
