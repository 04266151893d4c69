"""An acronym a page defines for a party abroad keeps that meaning on the whole page.

A release gives a party's acronym in brackets where it first names it, and then uses the acronym
alone ("a delegation of the Socialist Party (PS) of Senegal. The PS leader said …"). Where the name
so defined is placed in a country outside the region ("… (PS) of Senegal", "… of Senegal (PS)",
"Senegal's Socialist Party (PS)") or is itself a foreign party's name ("the French Communist Party
(PCF)"), the page's later bare uses of that acronym are that foreign party, not the LAC party the
gazetteer files under the same letters (Chile's PS): a page does not switch an acronym it has just
defined to another party. A page that also names a LAC party carrying the acronym by its full name
is left to the other rules (the letters mean two parties there). Runs before ``_named_otherwise``
in ``nlp.release.resolve``, so a bare shared name is not then read through the acronym."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from nlp.gazetteer import LAC_COUNTRY, LAC_PARTY, LOOKALIKE, Party, is_acronym, normalise

if TYPE_CHECKING:
    from nlp.release import Mention, Release

# the acronym in brackets right after a name: "(PS)", "(PTB)", "（PCF）"
BRACKET = re.compile(r"\s*[(（]\s*([A-Za-z][A-Za-z0-9/&.-]{1,11})\s*[)）]")
OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
POSSESSIVE_OR_DEMONYM = re.compile(r"(?:['’]s?)?\s+(?:the\s+)?")


def _foreign_place(m: Mention) -> bool:
    """A country or region outside LAC (a look-alike of kind country/region)."""
    return m.label == LOOKALIKE and getattr(m.entry, "kind", None) in ("country", "region")


def _foreign_party(m: Mention) -> bool:
    """A party abroad the gazetteer knows by name ("French Communist Party")."""
    return m.label == LOOKALIKE and getattr(m.entry, "kind", None) == "party"


def _key(acronym: str) -> str:
    return acronym.replace(".", "").strip()


def _placed_abroad(source: str, m: Mention, places: list[Mention]) -> bool:
    """Is a name placed in one of these countries: "of <country>" right after it (its bracketed
    acronym between), or the country's possessive or demonym right before it? (``_twinned`` does so
    for the names resolved before the page's other rules chose one for a shared bare name.)"""
    bracket = BRACKET.match(source, m.end)
    of = OF.match(source, bracket.end() if bracket else m.end)
    if of is not None and any(p.start == of.end() for p in places):
        return True
    gap = source[:m.start]
    return any(p.end <= m.start and POSSESSIVE_OR_DEMONYM.fullmatch(gap, p.end) for p in places)


def _defined_abroad(source: str, m: Mention, places: list[Mention]) -> tuple[str, int] | None:
    """(acronym, end) when the name ``m`` defines a bracketed acronym for a party abroad."""
    bracket = BRACKET.match(source, m.end)
    if _foreign_party(m) or (bracket is not None and _placed_abroad(source, m, places)):
        return (_key(bracket.group(1)), bracket.end()) if bracket else None
    of = OF.match(source, m.end)  # "the Socialist Party of Senegal (PS)"
    place = next((p for p in places if of is not None and p.start == of.end()), None)
    after = BRACKET.match(source, place.end) if place is not None else None
    return (_key(after.group(1)), after.end()) if after is not None else None


def apply(release: Release) -> None:
    """Unset the LAC party of every mention of an acronym the page defines for a party abroad, and
    of the name that defines it."""
    abroad: dict[str, list[Mention]] = {}
    names_abroad: set[str] = set()
    placed: set[int] = set()  # names a country qualifies, LAC or not
    for where, source in (("title", release.title), ("text", release.layout.clean)):
        if not source:
            continue
        mentions = [m for m in release.mentions if m.where == where]
        places = [m for m in mentions if _foreign_place(m)]
        if not places and not any(_foreign_party(m) for m in mentions):
            continue
        every_place = places + [m for m in mentions if m.label == LAC_COUNTRY]
        for m in mentions:
            if not (m.label == LAC_PARTY and not is_acronym(m.text)) and not _foreign_party(m):
                continue
            if m.label == LAC_PARTY and _placed_abroad(source, m, every_place):
                placed.add(id(m))
            if m.label == LAC_PARTY and _placed_abroad(source, m, places):
                _reject(m)  # "Socialist Party of Senegal": a name placed abroad is no LAC party
                names_abroad.add(normalise(m.text))
            found = _defined_abroad(source, m, places)
            if found is not None and is_acronym(found[0]):
                abroad.setdefault(found[0], []).append(m)
    for m in release.mentions:
        # the headline's bare "Socialist Party" over the text's "Socialist Party of Senegal": a page
        # writes one party's name the same way throughout
        if m.label == LAC_PARTY and id(m) not in placed and normalise(m.text) in names_abroad:
            _reject(m)
    for acronym, names in abroad.items():
        defining = {id(m) for m in names}
        if _lac_full_name_with(release, acronym, defining):
            continue
        for m in release.mentions:
            if m.label == LAC_PARTY and (id(m) in defining or _key(m.text) == acronym):
                _reject(m)


def _reject(m: Mention) -> None:
    """No LAC party, and no candidate left for the rules that choose among a shared name's parties
    later (``_named_otherwise``)."""
    m.entry, m.ids = None, ()


def _lac_full_name_with(release: Release, acronym: str, defining: set[int]) -> bool:
    """Does the page name, by a full name, a LAC party that has this acronym (outside the names that
    define it abroad)?"""
    return any(m.label == LAC_PARTY and id(m) not in defining and not is_acronym(m.text)
               and isinstance(m.entry, Party) and acronym in {_key(a) for a in m.entry.acronyms}
               and normalise(m.text) not in release.gazetteer.cores
               for m in release.mentions)
