"""Which country a party's name carries, or the page states for it.

A name is compared only with the parties of one country (``nlp/party_name_words.py``), and an
unlisted party needs a LAC country to be coded at all, so the country is read before the name is:
a country written in the name, its possessive or demonym right before it, "of <Country>" after its
bracketed acronym; an apposition after it (", a Haitian party", "… Delegation from Guyana"); the
Spanish or Portuguese adjective a head-first name ends with ("Frente Progresista Uruguayo"); or, for
a listed party's name only, the one country whose own name's words it holds. Separate because these
readings are about places, not about the words of the name.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from nlp.gazetteer import LAC_COUNTRY, LOOKALIKE, Country, Gazetteer, normalise
from nlp.party_name_words import name_words

if TYPE_CHECKING:
    from nlp.release import Mention, Release


# Words of country names that name no one country, or are ordinary words of party names
COMMON_PLACE_WORDS = frozenset("""united states british french dutch netherlands republic saint st islands
island virgin new north south commonwealth federation plurinational bolivarian oriental cooperative
co-operative el la san santa great and of the caribbean""".split())


@lru_cache(maxsize=4)
def _place_word_index(gaz: Gazetteer) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for country in gaz.countries:
        names = [country.canonical, *country.names["en"], *country.names["es"], *country.names["pt"],
                 *country.demonyms["en"]]
        for word in {w for n in names for w in name_words(n)} - COMMON_PLACE_WORDS:
            if len(word) > 3:
                index.setdefault(word, set()).add(country.id)
    return {w: frozenset(ids) for w, ids in index.items()}


def country_by_words(gaz: Gazetteer, words: tuple[str, ...]) -> str | None:
    """The one LAC country whose own name's words a name holds though the gazetteer met no country
    name there ("the Antigua Barbuda Labour Party"): a candidate country for a listed party's
    name only, never for an unlisted party."""
    index = _place_word_index(gaz)
    found = {c for w in words for c in index.get(w, ())}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def _adjective_index(gaz: Gazetteer) -> dict[str, str]:
    """The Spanish and Portuguese adjectives of each LAC country (uruguayo, brasileira), each of one
    country only."""
    index: dict[str, set[str]] = {}
    for country in gaz.countries:
        for lang in ("es", "pt"):
            for adjective in country.demonyms.get(lang, []):
                for word in name_words(adjective):
                    index.setdefault(word, set()).add(country.id)
    return {w: next(iter(ids)) for w, ids in index.items() if len(ids) == 1}


def adjective_country(gaz: Gazetteer, tail: tuple[str, ...]) -> Country | None:
    """The country a head-first name carries by its own adjective after the head ("Frente Progresista
    Uruguayo", "Partido Socialista Brasileiro"): Spanish and Portuguese put it there."""
    index = _adjective_index(gaz)
    found = {index[w] for w in tail if w in index}
    country = gaz.country(found.pop()) if len(found) == 1 else None
    return country if isinstance(country, Country) else None


# between a name and its country: the name's acronym in brackets, then "of" ("(PS) of ", "(PPP/C) of the ")
ACRONYM_THEN_OF = re.compile(r"\s*\(\s*[A-Z][A-Za-z./\-]{0,11}\s*\)\s+of\s+(?:the\s+)?")


def country_of(release: Release, where: str, start: int, end: int, mentions: list[Mention]) -> Any:
    """The one country a name carries: a country written in it, its possessive or demonym right
    before it, or "of <Country>" right after the name's bracketed acronym ("the Socialist Party (PS)
    of Chile": English puts the acronym straight after the name words, before their country). A
    Country, a look-alike (a country outside the region: the name is no LAC party's), None when it
    carries none, or False when it carries two."""
    source = release.title if where == "title" else release.layout.clean
    found = []
    for m in mentions:
        if m.entry is None or not is_place(m) or m.end < start - 40 or m.start > end + 30:
            continue
        capitals = {normalise(c) for c in m.entry.capitals["en"]} if isinstance(m.entry, Country) else set()
        if normalise(m.text) in capitals:
            continue  # "in Mexico City Workers' Party leaders …": a capital names no party's country
        inside = start <= m.start and m.end <= end
        before = m.end <= start and re.fullmatch(r"['’]s?\s+|\s+", source[m.end:start]) is not None
        after = m.start >= end and ACRONYM_THEN_OF.fullmatch(source[end:m.start]) is not None
        if inside or before or after:
            found.append(m.entry)
    ids = {getattr(e, "id", None) for e in found}
    if len(ids) > 1:
        return False
    return found[0] if found else None


# What English writes between a name and the country it states for it: "(CPA), a political party of
# Saint Lucia", ", a party from Haiti", "… from Barbados", "Delegation from Saint Lucia" (a headline)
STATED_OF = re.compile(r"(?:[ ]*\([^()]{1,15}\))?(?:[ ]*,[ ]+(?:a|an|the)[ ]+(?:[\w'’\-]+[ ]+){0,4}?"
                       r"(?:party|movement|front|alliance|coalition)[ ]+(?:of|from|in)|(?:[ ]+(?:delegation|"
                       r"delegations|leaders?|representatives?))?[ ]+from)[ ]+(?:the[ ]+)?",
                       re.IGNORECASE)

# ... or with the country's adjective: "(MBS), a Brazilian party", ", a small Haitian party"
STATED_ADJ = re.compile(r"(?:[ ]*\([^()]{1,15}\))?[ ]*,[ ]+(?:a|an|the)[ ]+(?:[\w'’\-]+[ ]+){0,2}?")
PARTY_AFTER_ADJ = re.compile(r"[ ]+(?:(?:political|opposition|ruling|governing|left-wing|right-wing|"
                             r"centre-left|center-left|leftist|socialist|small|new)[ ]+){0,2}"
                             r"(?:party|movement|front|alliance|coalition)\b", re.IGNORECASE)


def stated_country(source: str, end: int, mentions: list[Mention]) -> Country | None:
    """The LAC country the page states for a name it does not carry one in: an apposition right
    after it ("Pati Pèp Solidè, a Haitian party", "the Caribbean People's Alliance (CPA), a political
    party of Saint Lucia") or a headline's "… Delegation from <Country>"."""
    for m in mentions:
        if m.label != LAC_COUNTRY or not isinstance(m.entry, Country) or not end <= m.start <= end + 90:
            continue
        gap = source[end:m.start]
        if STATED_OF.fullmatch(gap):
            return m.entry
        adjectives = {normalise(d) for d in m.entry.demonyms["en"]}
        if (normalise(m.text) in adjectives and STATED_ADJ.fullmatch(gap)
                and PARTY_AFTER_ADJ.match(source, m.end)):
            return m.entry
    return None


def is_place(m: Mention) -> bool:
    """A LAC country, or another country or region of the world (a look-alike of that kind)."""
    return m.label == LAC_COUNTRY or (m.label == LOOKALIKE
                                      and getattr(m.entry, "kind", None) in ("country", "region"))
