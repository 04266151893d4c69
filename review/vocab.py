"""What a reviewer may pick from: countries and parties of the gazetteer, in one small view.

The review page offers parties by typing (an autocomplete over the gazetteer) and the
spreadsheet validates country and party cells; both go through this module, so the way the
gazetteer is read for reviewing lives in one place.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from nlp.schema import MULTILATERAL

log = logging.getLogger(__name__)

PARTNERSHIP_LEVELS = (
    "comprehensive strategic partnership",
    "strategic partnership",
    "all-weather strategic partnership",
    "comprehensive cooperative partnership",
    "cooperative partnership",
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name, for matching what a person types."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).casefold().split())


@dataclass(frozen=True)
class PartyChoice:
    """A party as the review page offers it."""

    id: str
    name: str  # canonical English name
    country: str | None = None
    aliases: tuple[str, ...] = ()

    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name


@dataclass
class Vocab:
    """Countries and parties a reviewer can pick; empty lists mean "free text accepted"."""

    countries: list[str] = field(default_factory=list)
    parties: list[PartyChoice] = field(default_factory=list)
    partnership_levels: tuple[str, ...] = PARTNERSHIP_LEVELS
    version: str | None = None

    def __post_init__(self) -> None:
        # ids and "name (country)" labels are unique; a bare name or acronym may not be
        self._party_exact: dict[str, PartyChoice] = {}
        self._party_alias: dict[str, set[str]] = {}
        by_id = {p.id: p for p in self.parties}
        for party in self.parties:
            self._party_exact[fold(party.id)] = party
            self._party_exact[fold(party.label())] = party
            for name in (party.name, *party.aliases):
                if name:
                    self._party_alias.setdefault(fold(name), set()).add(party.id)
        self._by_id = by_id
        self._countries = {fold(c): c for c in self.countries}

    def country(self, text: str) -> str | None:
        """The canonical country for a typed name (or ``multilateral``); None when unknown."""
        folded = fold(text)
        if folded == MULTILATERAL:
            return MULTILATERAL
        if not self.countries:
            return text.strip() or None
        return self._countries.get(folded)

    def party(self, text: str) -> PartyChoice | None:
        """The gazetteer party a typed id, "name (country)", name, acronym or alias stands for;
        None when unknown or when a name fits several parties (pick the labelled form)."""
        folded = fold(text)
        if folded in self._party_exact:
            return self._party_exact[folded]
        ids = self._party_alias.get(folded, set())
        return self._by_id[next(iter(ids))] if len(ids) == 1 else None

    def search_parties(self, query: str, limit: int = 20) -> list[PartyChoice]:
        """Parties whose name, id or an alias contains what was typed (prefix matches first)."""
        wanted = fold(query)
        if not wanted:
            return self.parties[:limit]
        first: list[PartyChoice] = []
        then: list[PartyChoice] = []
        for party in self.parties:
            names = [fold(n) for n in (party.name, party.id, *party.aliases) if n]
            if any(n.startswith(wanted) for n in names):
                first.append(party)
            elif any(wanted in n for n in names):
                then.append(party)
        return (first + then)[:limit]


def from_gazetteer(gazetteer: Any) -> Vocab:
    """Build the review vocabulary from a loaded ``nlp.gazetteer.Gazetteer``."""
    country_names = {c.id: c.canonical for c in gazetteer.countries}
    parties = [
        PartyChoice(
            id=p.id,
            name=p.canonical,
            country=country_names.get(p.country, p.country or None),
            aliases=tuple(dict.fromkeys([*p.acronyms, *p.all_names()])),
        )
        for p in gazetteer.parties
    ]
    parties.sort(key=lambda p: (fold(p.country or ""), fold(p.name)))
    levels = tuple(level.canonical for level in getattr(gazetteer, "partnership_levels", ()))
    return Vocab(
        countries=sorted(country_names.values()),
        parties=parties,
        partnership_levels=levels or PARTNERSHIP_LEVELS,
        version=gazetteer.version,
    )


@lru_cache(maxsize=1)
def load_vocab() -> Vocab:
    """The gazetteer's vocabulary; without a readable gazetteer, countries and parties are
    free text (reported) rather than the review page failing."""
    try:
        from nlp.gazetteer import Gazetteer

        return from_gazetteer(Gazetteer.load())
    except (ImportError, OSError, ValueError, KeyError) as error:
        log.error("gazetteer unreadable (%s): countries and parties are free text in review", error)
        return Vocab()
