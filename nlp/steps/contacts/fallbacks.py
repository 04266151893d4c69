"""Counterparts of a page that names no party or person where it says whom the exchange was with:
a multilateral exchange's participants as the release groups them, a group named by its country's
demonym, a friendship body of the two countries, and the official the country step found by name.
"""

from __future__ import annotations

import re

from nlp.leaders import LacOfficial
from nlp.release import Release
from nlp.schema import Contact, Span
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.english_names import CAPITAL
from nlp.steps.contacts.kinds import kind_of

_COUNTRY_LIST = r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*"
PARTICIPANTS_EN = (
    # the region's envoys as a group (codebook, regional: "meetings with LAC envoys as a group")
    re.compile(r"(?P<name>(?:ambassadors|envoys|diplomats|heads of mission)(?:\s+to\s+China)?\s+"
               r"(?:from|of)\s+(?:the\s+)?(?:\d+\s+)?Latin American and Caribbean "
               r"(?:countries|states|region))"),
    re.compile(rf"(?P<name>(?:(?:some|about|more than|over|nearly)\s+)?(?:\d+\s+)?(?:young\s+)?(?:party\s+)?"
               rf"(?:cadres|leaders|representatives|officials|delegates|legislators|parliamentarians|"
               rf"journalists|scholars|ambassadors|envoys|diplomats|media\s+professionals)"
               rf"(?:\s+of\s+(?:[a-z]+\s+)?(?:political\s+)?parties)?\s+from\s+"
               rf"(?:{_COUNTRY_LIST}(?:,\s+|\s+and\s+))+{_COUNTRY_LIST})"),
    re.compile(r"(?P<name>(?:leaders|representatives)\s+of\s+(?:political\s+)?parties\s+(?:from|of)\s+"
               r"(?:the\s+)?Latin American and Caribbean (?:countries|region))"),
)
PARTICIPANTS_ZH = (
    re.compile(r"(?P<name>(?:来自|來自)[^。，]{2,40}?的\d*多?(?:位|名)?(?:青年)?(?:干部|幹部|代表|政党领导人|青年))"),
)


def participants(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                 seen: dict[str, int]) -> None:
    """A multilateral exchange's counterparts as the release groups them ("30 young cadres from
    Argentina, Chile and Mexico"), when it names no party or person: the row still says who."""
    text = release.layout.clean
    opening = (release.layout.lead_start, min(len(text), release.layout.lead_end + 1500))
    for pattern in PARTICIPANTS_ZH if release.zh else PARTICIPANTS_EN:
        for start, end in [*ranges, opening]:
            match = pattern.search(text, start, end)
            if match:
                name = match.group("name").strip(" ,，")
                kind = kind_of(name)
                add_contact(contacts, seen, Contact(name=name,
                                                    kind="other" if kind == "government" else kind))
                at = match.start("name")
                release.record.add_evidence(NAME, Span(at, at + len(name), name))
                return


GROUP_NOUNS_EN = (r"(?:young\s+)?(?:journalists|reporters|scholars|academics|researchers|legislators|"
                  r"parliamentarians|lawmakers|senators|congressmen|mayors|governors|cadres|diplomats|"
                  r"media\s+professionals)")


def demonym_group(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                  seen: dict[str, int]) -> None:
    """A bilateral page whose counterparts are a group named by its country's demonym and a noun of
    people ("Venezuelan journalists", "a group of Chilean scholars", "Mexican legislators"), when it
    names no party or person: the group is the contact, of the kind its noun says (as
    ``participants`` does for several countries' groups)."""
    country = release.gazetteer.country(release.country_id) if release.country_id else None
    if country is None or release.zh:
        return
    demonyms = "|".join(re.escape(d[:1].upper() + d[1:]) for d in country.demonyms["en"] if d)
    if not demonyms:
        return
    pattern = re.compile(rf"\b(?P<name>(?:{demonyms})\s+{GROUP_NOUNS_EN})\b")
    text = release.layout.clean
    for start, end in ranges:
        match = pattern.search(text, start, end)
        if match:
            name = match.group("name")
            add_contact(contacts, seen, Contact(name=name, kind=kind_of(name)))
            release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))
            return


FRIENDSHIP_HEAD_EN = (r"(?:Friendship|Parliamentary|Solidarity)\s+"
                      r"(?:Association|Society|Group|League|Institute|Front|Committee|Movement)")
FRIENDSHIP_HEAD_ZH = r"(?:友好|友誼|友谊|议员|議員)(?:协会|協會|小组|小組|团体|團體|阵线|陣線)"


def friendship_body(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                    seen: dict[str, int]) -> None:
    """A bilateral page whose counterpart is a body named for the two countries ("the Cuba-China
    Friendship Association", "the Brazil-China Parliamentary Front", "the Mexico-China Friendship
    Group of the Chamber of Deputies", 墨中友好协会), when it names no party or person: the body is
    the contact, of the kind its words give (an association an NGO, a parliamentary group a
    legislature's). Such bodies are many and seldom in the gazetteer; their names are made the same
    way in every country."""
    country = release.gazetteer.country(release.country_id) if release.country_id else None
    if country is None:
        return
    text = release.layout.clean
    if release.zh:
        own = "|".join(re.escape(n) for n in country.names.get("zh", []) if n)
        short = re.escape(country.short_zh) if country.short_zh else ""
        pairs = "|".join(p for p in (f"{short}中" if short else "", f"中{short}" if short else "",
                                     f"(?:{own})[—－-]?中国" if own else "") if p)
        if not pairs:
            return
        pattern = re.compile(rf"(?P<name>(?:(?:{own})[^，。；、\s]{{0,6}}?)?(?:{pairs}){FRIENDSHIP_HEAD_ZH})")
    else:
        names = "|".join(re.escape(n) for n in country.names.get("en", []) + country.demonyms.get("en", [])
                         if n)
        of_body = rf"(?:\s+of\s+(?:the\s+)?{CAPITAL}[\w'’]+(?:\s+(?:of\s+)?{CAPITAL}[\w'’]+){{0,3}})?"
        pattern = re.compile(rf"\b(?P<name>(?:(?:{names})\s*[-–]\s*China|China\s*[-–]\s*(?:{names}))\s+"
                             rf"{FRIENDSHIP_HEAD_EN}{of_body})")
    for start, end in ranges:
        match = pattern.search(text, start, end)
        if match:
            name = match.group("name")
            kind = kind_of(name)
            add_contact(contacts, seen, Contact(name=name, kind=kind if kind != "other" else "ngo"))
            release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))
            return


def named_official(release: Release, official: tuple[Span, LacOfficial], contacts: list[Contact]) -> None:
    """The LAC official the country step found by name (``lac_officials.json``) is a contact of his
    office's kind — the party he leads for a party office ("Gleisi Hoffmann", "Roberto Morales
    Ojeda, Secretary of Organization of the Central Committee": the roster knows whose committee) —
    added when the page gave no contact, else completing the contact of that name where the words
    around it did not say its kind or party."""
    span, person = official
    party = release.gazetteer.get(person.party) if person.party else None
    names = {span.text, person.name}
    same = [c for c in contacts if any(n in c.name or c.name in n for n in names if c.name)]
    if not contacts:
        contacts.append(Contact(name=span.text, kind=person.kind, party_id=person.party if party else None,
                                party=party.canonical if party else None))
        release.record.add_evidence(NAME, span)
    for contact in same:
        if contact.kind == "other":
            contact.kind = person.kind
        if party is not None and contact.party is None and contact.kind == "party":
            contact.party_id, contact.party = person.party, party.canonical
