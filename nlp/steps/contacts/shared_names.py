"""Party names a release writes once for two ("the Socialist and Communist parties of Chile",
智利社会党和共产党): each party looked up in full.
"""

from __future__ import annotations

import re
from typing import Any

from nlp.release import Release
from nlp.schema import Contact, Span
from nlp.steps.contacts.background_parties import background
from nlp.steps.contacts.contact_list import NAME, add_contact

# Party names sharing their words ("the Socialist and Communist parties of Chile", "the Communist
# Parties of Argentina and Uruguay", "Brazil's Workers' and Communist parties", 智利社会党和共产党,
# 阿根廷、乌拉圭共产党): each party in full. English writes the shared plural with or without its
# capital, and a list of three with a comma ("the Communist parties of Cuba, Chile and Uruguay").
WORDS = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
SHARED_PLACE_EN = re.compile(rf"\b(?P<a>{WORDS}) and (?:the )?(?P<b>{WORDS}) [Pp]arties "
                             rf"(?:of|in) (?:the )?(?P<place>{WORDS})")
SHARED_OWNER_EN = re.compile(rf"\b(?P<place>{WORDS})['’]s? (?P<a>{WORDS}) and (?:the )?(?P<b>{WORDS}) "
                             rf"[Pp]arties\b")
# the shared name may be in lower case ("the communist parties of Uruguay and Venezuela")
SHARED_NAME_EN = re.compile(rf"\b(?P<name>{WORDS}|[a-z][\w'’-]+) [Pp]arties (?:of|in|from) "
                            rf"(?:the )?(?P<p1>{WORDS})(?:, (?:the )?(?P<p3>{WORDS}))?,? "
                            rf"and (?:the )?(?P<p2>{WORDS})")
# or with the countries as adjectives before the shared plural ("the Chinese and Cuban communist
# parties", "the Cuban and Chinese Communist Parties"): each adjective a demonym, read as its country
DEMONYM = r"[A-Z][\w'’-]+"
SHARED_ADJECTIVE_EN = re.compile(rf"\b(?P<p1>{DEMONYM}) and (?:the )?(?P<p2>{DEMONYM}) "
                                 rf"(?P<name>[A-Z][\w'’-]+|[a-z][\w'’-]+) [Pp]arties\b")


def _straight(word: str) -> str:
    """A shared name's word as the gazetteer spells it: "Workers’" with a straight apostrophe."""
    return word.replace("’", "'")


def _place_first(name: str) -> str:
    """"Saint Lucia Labour Party" for "Labour Party of Saint Lucia": English names a country's party
    either way, and the gazetteer may list only one."""
    head, _, place = name.partition(" Party of ")
    return f"{place} {head} Party" if place else name


def _by_demonyms(release: Release, start: int, end: int) -> list[tuple[str, int, int]]:
    """The parties of "the Chinese and Cuban communist parties": each adjective that names a LAC
    country ("Cuban" → Cuba) gives "<Name> Party of <country>"; "Chinese" names no LAC country."""
    out: list[tuple[str, int, int]] = []
    for m in SHARED_ADJECTIVE_EN.finditer(release.layout.clean, start, end):
        name = _straight(m.group("name"))
        name = name[0].upper() + name[1:]
        for group in ("p1", "p2"):
            country = release.gazetteer.country_by_name(m.group(group))
            if country is not None:
                out.append((f"{name} Party of {country.canonical}", m.start(group), m.end("name")))
    return out


def _shared_zh(gaz: Any) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Chinese patterns, with the LAC countries' Chinese names as the places."""
    cached = gaz.__dict__.get("_dipex_shared_zh")
    if cached is None:
        names = sorted({n for c in gaz.countries for n in c.names["zh"] if n}, key=len, reverse=True)
        place = "|".join(re.escape(n) for n in names)
        cached = (re.compile(rf"(?P<place>{place})(?P<a>[\u4e00-\u9fff]{{1,8}}?党)(?:和|与|及|、)"
                             rf"(?P<b>[\u4e00-\u9fff]{{2,8}}?党)"),
                  re.compile(rf"(?P<p1>{place})(?:、|和|与)(?P<p2>{place})(?P<name>[\u4e00-\u9fff]{{1,6}}?党)"))
        gaz.__dict__["_dipex_shared_zh"] = cached
    return cached


def shared_words(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                 seen: dict[str, int]) -> None:
    """Parties whose names a release writes once for two: each is looked up in full."""
    gaz = release.gazetteer
    text = release.layout.clean
    for start, end in ranges:
        found: list[tuple[str, int, int]] = []
        if release.zh:
            shared_place, shared_name = _shared_zh(gaz)
            for m in shared_place.finditer(text, start, end):
                found += [(m.group("place") + m.group(g), m.start(g), m.end(g)) for g in ("a", "b")]
            for m in shared_name.finditer(text, start, end):
                found += [(m.group(p) + m.group("name"), m.start(p), m.end("name")) for p in ("p1", "p2")]
        else:
            for pattern in (SHARED_PLACE_EN, SHARED_OWNER_EN):
                for m in pattern.finditer(text, start, end):
                    place = m.group("place")
                    found += [(f"{_straight(m.group(g))} Party of {place}", m.start(g), m.end(g))
                              for g in ("a", "b")]
            for m in SHARED_NAME_EN.finditer(text, start, end):
                name = _straight(m.group("name"))
                name = name[0].upper() + name[1:]
                found += [(f"{name} Party of {m.group(p)}", m.start(p), m.end(p)) for p in ("p1", "p3", "p2")
                          if m.group(p)]
            found += _by_demonyms(release, start, end)
        for name, a, b in found:
            party = gaz.party_by_alias(name) or gaz.party_by_alias(_place_first(name))
            if party is None or any(c.party_id == party.id for c in contacts) or background(text, a):
                continue
            contact = Contact(name=name, kind="party", party_id=party.id, party=party.canonical)
            if add_contact(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(a, b, text[a:b]))
