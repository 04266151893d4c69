"""A party named only by its members: "a delegation of Chilean communists", "Sandinista lawmakers".

Releases sometimes name the guests by the word for the members of their party rather than by the
party: a country's demonym with "communists" (the members of its communist party), or a party's own
word for its members used as an adjective before a noun of people ("Sandinista lawmakers": the
gazetteer lists "Sandinistas" as a name of the FSLN). The codebook wants every LAC party the page
names as taking part: the guests' party is named, by its members' word. Read only on a page that
names no party contact otherwise, and only where one party of the page's country answers (a country
with two communist parties, Brazil's PCdoB and PCB, leaves it open).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.gazetteer import Gazetteer, Party
from nlp.release import Release
from nlp.schema import Contact, Span
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.kinds import kind_of

# the nouns of people a members' adjective goes with ("Sandinista lawmakers", "Sandinista cadres")
PEOPLE = (r"(?:young\s+)?(?:legislators|lawmakers|parliamentarians|deputies|senators|mayors|governors|"
          r"cadres|leaders|officials|activists|militants|members|youth|delegation|delegates)")
COMMUNISTS = r"[Cc]ommunists"


@lru_cache(maxsize=64)
def _members_words(gaz: Gazetteer, country: str) -> tuple[tuple[str, str], ...]:
    """(adjective, party id) for each party of the country whose English names include its members'
    plural noun ("Sandinistas" → "Sandinista"): the word the members go by."""
    out = []
    for party in gaz.parties:
        if party.country != country:
            continue
        for alias in party.aliases.get("en", []):
            if re.fullmatch(r"[A-Z][a-z]+istas?", alias) and alias.endswith("s"):
                out.append((alias[:-1], party.id))
    return tuple(out)


def _communist_party(gaz: Gazetteer, country: str, year: int | None) -> Party | None:
    """The one party of the country whose name is a communist party's, in existence that year."""
    found = [p for p in gaz.parties if p.country == country and "Communist Party" in p.canonical
             and (year is None or p.valid_in(year))]
    return found[0] if len(found) == 1 else None


def members_party(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                  seen: dict[str, int]) -> None:
    """The guests named by their party's members' word, on an English page of one country that
    names no party contact: the contact is the group as written, of that party."""
    if release.zh or not release.country_id or any(c.party_id for c in contacts):
        return
    gaz = release.gazetteer
    country = gaz.country(release.country_id)
    if country is None:
        return
    year = release.anchor.year if release.anchor else None
    text = release.layout.clean
    options: list[tuple[re.Pattern[str], Party | None]] = []
    demonyms = "|".join(re.escape(d[:1].upper() + d[1:]) for d in country.demonyms["en"] if d)
    if demonyms:
        options.append((re.compile(rf"\b(?P<name>(?:{demonyms})\s+{COMMUNISTS})\b"),
                        _communist_party(gaz, country.id, year)))
    for word, party_id in _members_words(gaz, country.id):
        party = gaz.get(party_id)
        options.append((re.compile(rf"\b(?P<name>{re.escape(word)}\s+{PEOPLE})\b"),
                        party if isinstance(party, Party) else None))
    for pattern, party in options:
        if party is None:
            continue
        for start, end in ranges:
            match = pattern.search(text, start, end)
            if match:
                name = match.group("name")
                kind = kind_of(name)
                add_contact(contacts, seen, Contact(name=name, kind="party" if kind == "other" else kind,
                                                    party_id=party.id, party=party.canonical))
                release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))
                return
