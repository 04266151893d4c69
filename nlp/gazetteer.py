"""The gazetteer: what dipex knows about LAC countries, parties, organisations, platforms,
Chinese officials and China's partnership titles — loaded from the JSON files in
``nlp/gazetteer/`` (see its README for what an entry means and the rule for "leftist").

Why a module of its own: extraction, review, export and evaluation must agree on one
canonical name per party or country, and a coder's correction must be checkable against
the same list. The data is versioned (``Gazetteer.version``) so every record can say which
gazetteer produced it.

Lookups normalise text the way releases vary it (case, accents, curly apostrophes, a leading
"the", spacing). Short acronyms are ambiguous across countries ("PRD", "PT", "FA"); the
lookups return every candidate or resolve with a country when one is known.

``python -m nlp.gazetteer --check`` validates the files (duplicates, unknown countries,
missing fields) and exits 1 on errors.

The work is split by job: ``nlp.gazetteer_entries`` (the typed entries and how each is built from
its JSON object), ``nlp.names`` (the lookup key of a name, acronyms, common words),
``nlp.zh_variants`` (simplified and traditional characters), ``nlp.name_forms`` (the other ways
releases write a listed name), ``nlp.gazetteer_patterns`` (the EntityRuler patterns) and
``nlp.gazetteer_check`` (validation). This module loads and indexes the files, answers lookups,
runs the command, and re-exports the names the rest of dipex imports from ``nlp.gazetteer``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from nlp.gazetteer_check import REQUIRED, check, summary
from nlp.gazetteer_entries import (
    CN_OFFICIAL,
    DATA_DIR,
    FILES,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LANGS,
    LOOKALIKE,
    MECHANISMS,
    ORG_KINDS,
    PAIR_WORDS_ZH,
    PARTNERSHIP_LEVEL,
    PLACE_OFFICES_EN,
    PLACE_UNITS_EN,
    PLACE_UNITS_ZH,
    PLATFORM,
    SUBREGIONS,
    Country,
    Lookalike,
    Office,
    Official,
    Organisation,
    PartnershipLevel,
    Party,
    Platform,
    as_date,
    canonical_and_aliases,
    country_entry,
    level_entry,
    lookalike_entry,
    official_entry,
    organisation_entry,
    party_entry,
    place_unit_forms,
    platform_entry,
)
from nlp.gazetteer_patterns import SPELLINGS, ZH_REGION_FORMS, build_patterns, lower_head_pattern
from nlp.name_forms import (
    LISTED_CORES_EN,
    NAME_ARTICLES,
    NOT_CORES,
    PLATFORM_HEADS,
    PLURAL_OWNERS,
    ZH_CLAUSE_ONLY,
    ZH_CORE_MIN,
    ZH_PARTY_END,
    ZH_QUOTES,
    generic_cores,
    generic_cores_zh,
    listed_cores,
    quoted_zh,
)
from nlp.names import (
    APOSTROPHES,
    DASHES,
    GENERIC_WORDS,
    HEAD_NOUNS,
    INTERPUNCTS,
    contains,
    is_acronym,
    is_generic,
    normalise,
)
from nlp.zh_variants import to_simplified, to_traditional, traditional_table, traditional_variants

# The names other modules, tests and benchmarks import from here (this module once held them all)
__all__ = [
    "APOSTROPHES", "CN_OFFICIAL", "DASHES", "DATA_DIR", "FILES", "GENERIC_WORDS", "HEAD_NOUNS", "INTERPUNCTS",
    "LAC_COUNTRY", "LAC_ORG", "LAC_PARTY", "LANGS", "LISTED_CORES_EN", "LOOKALIKE", "MECHANISMS",
    "NAME_ARTICLES", "NOT_CORES", "ORG_KINDS", "PAIR_WORDS_ZH", "PARTNERSHIP_LEVEL", "PLACE_OFFICES_EN",
    "PLACE_UNITS_EN", "PLACE_UNITS_ZH", "PLATFORM", "PLATFORM_HEADS", "PLURAL_OWNERS", "REQUIRED",
    "SPELLINGS", "SUBREGIONS", "UNLISTED", "ZH_CLAUSE_ONLY", "ZH_CORE_MIN", "ZH_PARTY_END", "ZH_QUOTES",
    "ZH_REGION_FORMS", "Country", "Gazetteer", "Lookalike", "Office", "Official", "Organisation",
    "PartnershipLevel", "Party", "Platform", "lower_head_pattern", "canonical_and_aliases", "check",
    "generic_cores", "generic_cores_zh", "is_acronym", "is_generic", "listed_cores", "main", "normalise",
    "place_unit_forms", "quoted_zh", "summary", "to_simplified", "to_traditional", "traditional_table",
    "traditional_variants", "unlisted_name",
]


def _read(path: Path) -> dict[str, Any]:
    """One gazetteer file; a file that is not JSON is a broken install, reported with its path."""
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"gazetteer file {path} unreadable: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ValueError(f"gazetteer file {path}: expected an object with an 'entries' list")
    return data


class Gazetteer:
    """All gazetteer files, indexed for lookup. Use ``Gazetteer.load()`` (cached)."""

    def __init__(self, data_dir: Path = DATA_DIR) -> None:
        self.data_dir = Path(data_dir)
        self.raw: dict[str, dict[str, Any]] = {name: _read(self.data_dir / f"{name}.json") for name in FILES}
        self.version = self._version()
        self.load_problems: list[str] = []
        self.countries: list[Country] = self._build("countries", country_entry)
        self.parties: list[Party] = self._build("parties", party_entry)
        self.organisations: list[Organisation] = self._build("organisations", organisation_entry)
        self.platforms: list[Platform] = self._build("platforms", platform_entry)
        self.officials: list[Official] = self._build("officials", official_entry)
        self.lookalikes: list[Lookalike] = self._build("lookalikes", lookalike_entry)
        self.partnership_levels: list[PartnershipLevel] = sorted(
            self._build("partnerships", level_entry), key=lambda lv: lv.rank)
        self._by_id: dict[str, Any] = {}
        for group in (self.countries, self.parties, self.organisations, self.platforms, self.officials,
                      self.lookalikes, self.partnership_levels):
            for entry in group:
                self._by_id.setdefault(entry.id, entry)
        self._country_index = self._index(self.countries)
        self._party_index = self._index(self.parties, acronyms=True)
        self._org_index = self._index(self.organisations, acronyms=True)
        self._platform_index = self._index(self.platforms, acronyms=True)
        self._official_index = self._index(self.officials)
        self._lookalike_index = self._index(self.lookalikes)
        self._level_index = self._index(self.partnership_levels)
        names = {normalise(name) for party in self.parties for name in party.all_names()}
        self.cores: frozenset[str] = frozenset(
            normalise(core) for party in self.parties
            for core in generic_cores(self, party) + generic_cores_zh(self, party)) - names
        self.listed_cores: frozenset[str] = frozenset(
            normalise(core) for party in self.parties for core in listed_cores(self, party)) - names

    # ----------------------------------------------------------------- loading
    @classmethod
    def load(cls, data_dir: Path | str | None = None) -> Gazetteer:
        """The gazetteer of ``data_dir`` (default: the files shipped with the package), cached."""
        return _load_cached(str(Path(data_dir) if data_dir else DATA_DIR))

    def _build(self, name: str, make: Any) -> list[Any]:
        """Typed entries of one file; an entry too broken to build is left out and reported, never fatal."""
        out = []
        for i, entry in enumerate(self.raw[name].get("entries", [])):
            try:
                out.append(make(entry))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                ident = entry.get("id", "?") if isinstance(entry, dict) else "?"
                self.load_problems.append(f"{name}.json entry {i} ({ident}): unusable: {exc!r}")
        return out

    def _version(self) -> str:
        digest = hashlib.sha256()
        dates = []
        for name in FILES:
            digest.update(name.encode())
            digest.update((self.data_dir / f"{name}.json").read_bytes())
            dates.append(str(self.raw[name].get("version", "")))
        for extra in ("zh_chars.json", "cues.json", "partnership_history.json"):  # chars, cues, history
            path = self.data_dir / extra
            if path.exists():
                digest.update(path.read_bytes())
        return f"{max(dates)}+{digest.hexdigest()[:10]}"

    @staticmethod
    def _index(entries: list[Any], acronyms: bool = False) -> dict[str, list[Any]]:
        index: dict[str, list[Any]] = {}
        for entry in entries:
            names = list(entry.all_names())
            if acronyms:
                names.extend(entry.acronyms)
            for name in names:
                key = normalise(name)
                if key and entry not in index.setdefault(key, []):
                    index[key].append(entry)
        return index

    # ----------------------------------------------------------------- lookups
    def get(self, entry_id: str) -> Any:
        """Any entry by id (country, party, organisation, platform, official, look-alike, level)."""
        return self._by_id.get(entry_id)

    def country(self, country_id: str) -> Country | None:
        entry = self._by_id.get(country_id)
        return entry if isinstance(entry, Country) else None

    def is_lookalike(self, text: str) -> Lookalike | None:
        """The look-alike entry this text names, if any (checked before any positive match)."""
        found = self._lookalike_index.get(normalise(text))
        return found[0] if found else None

    def foreign_uses(self, acronym: str) -> list[Lookalike]:
        """Non-LAC parties that share this acronym ("PPP": Pakistan Peoples Party). A bare acronym with
        foreign uses should count as a LAC party only with corroboration (its full name or its country
        in the same release)."""
        return [lk for lk in self.lookalikes if acronym.strip() in lk.acronyms]

    def country_by_name(self, text: str) -> Country | None:
        """The LAC country a name, demonym or capital refers to; None for look-alikes ('Guinea')."""
        key = normalise(text)
        if key in self._lookalike_index:
            return None
        found = self._country_index.get(key)
        return found[0] if found else None

    def parties_by_alias(self, text: str) -> list[Party]:
        """Every party a name or acronym may refer to (several for 'PRD', 'PT', 'Frente Amplio')."""
        key = normalise(text)
        if key in self._lookalike_index:
            return []
        return list(self._party_index.get(key, []))

    def party_by_alias(self, text: str, country: str | None = None, year: int | None = None) -> Party | None:
        """The one party a name refers to, narrowed by country (id or name) and year when given.

        An ambiguous alias with no country resolves only when an entry declares it the usual
        meaning in China's releases (``preferred_for``), else None: better no party than the
        wrong one.
        """
        found = self.parties_by_alias(text)
        if country:
            wanted = self.country(country) or self.country_by_name(country)
            found = [p for p in found if wanted is not None and p.country == wanted.id]
        if year is not None and len(found) > 1:
            found = [p for p in found if p.valid_in(year)] or found
        if len(found) == 1:
            return found[0]
        key = normalise(text)
        preferred = [p for p in found if key in {normalise(a) for a in p.preferred_for}]
        return preferred[0] if len(preferred) == 1 else None

    def organisations_by_alias(self, text: str) -> list[Organisation]:
        return list(self._org_index.get(normalise(text), []))

    def organisation_by_alias(self, text: str, country: str | None = None) -> Organisation | None:
        found = self.organisations_by_alias(text)
        if country:
            wanted = self.country(country) or self.country_by_name(country)
            found = [o for o in found if wanted is not None and o.country == wanted.id]
        return found[0] if len(found) == 1 else None

    def platform_by_alias(self, text: str) -> Platform | None:
        found = self._platform_index.get(normalise(text), [])
        return found[0] if len(found) == 1 else None

    def officials_on(self, on: date | str) -> list[tuple[Official, Office]]:
        """Every (official, office) pair held on a day."""
        day = as_date(on)
        return [(o, office) for o in self.officials for office in o.offices
                if day is not None and office.held_on(day)]

    def holder_of(self, title_en: str, on: date | str) -> Official | None:
        """Who held an office (English title as in officials.json) on a day."""
        wanted = normalise(title_en)
        for official, office in self.officials_on(on):
            if normalise(office.title_en) == wanted:
                return official
        return None

    def official_by_name(self, name: str, on: date | str | None = None) -> Official | None:
        """The official a name refers to; with ``on``, only if they held some listed office that day."""
        found = self._official_index.get(normalise(name), [])
        if on is not None:
            found = [o for o in found if o.offices_on(on)]
        return found[0] if found else None

    def partnership_level(self, text: str) -> PartnershipLevel | None:
        """The partnership level named in text (a phrase or a sentence): the longest title found."""
        key = normalise(text)
        if key in self._level_index:
            return self._level_index[key][0]
        best: tuple[int, PartnershipLevel] | None = None
        for alias, levels in self._level_index.items():
            if alias and contains(key, alias) and (best is None or len(alias) > best[0]):
                best = (len(alias), levels[0])
        return best[1] if best else None

    # ----------------------------------------------------------------- patterns
    def patterns(self, lang: str = "en") -> list[dict[str, Any]]:
        """EntityRuler patterns for one language: English-language text also gets the
        Spanish/Portuguese names and acronyms (releases quote them); Chinese gets phrase patterns.

        Each pattern is ``{"label", "pattern", "id"}``. ``id`` is the entry id, or, for an alias
        shared by several entries of one label, the candidate ids joined by "|" — resolve those
        with ``candidates(id)`` and a country. Aliases that are also look-alikes are emitted only
        as LOOKALIKE, so the ruler never proposes them as LAC entities.
        """
        return build_patterns(self, lang)

    def candidates(self, pattern_id: str) -> list[Any]:
        """The entries behind a pattern id ("pt-br" or "prd-mx|prd-pa|prd-do")."""
        return [self._by_id[i] for i in pattern_id.split("|") if i in self._by_id]

    def unlisted_party(self, name: str, country: str, leftist: bool) -> Party:
        """A party a release names that no entry lists (``nlp/party_names.py``): its name as
        written is its canonical, until a coder adds it to ``parties.json``. Kept by id
        (``unlisted:<country>:<name>``) so that ``get`` finds it for every step of the release, as
        it finds a listed party; it is never matched by name and adds no pattern. The same name and
        country always give the same entry, whichever release met it first."""
        party_id = f"{UNLISTED}{country}:{name}"
        found = self._by_id.get(party_id)
        if not isinstance(found, Party):
            found = Party(id=party_id, canonical=name, country=country, leftist=leftist,
                          family="unlisted", note="not in the gazetteer: named so in a release")
            self._by_id[party_id] = found
        return found


UNLISTED = "unlisted:"  # the id prefix of a party no entry lists (Gazetteer.unlisted_party)


def unlisted_name(party_id: str | None) -> str | None:
    """The name of an unlisted party from its id (``unlisted:<country>:<name>``), None for a listed
    party's id: a record carries the id, and review keeps such a party as extraction named it."""
    if not party_id or not party_id.startswith(UNLISTED):
        return None
    _, _, rest = party_id.partition(UNLISTED)
    _, sep, name = rest.partition(":")
    return name if sep and name else None


@lru_cache(maxsize=8)
def _load_cached(data_dir: str) -> Gazetteer:
    return Gazetteer(Path(data_dir))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.gazetteer", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="validate the files; exit 1 on problems")
    parser.add_argument("--data-dir", default=None, help="gazetteer folder (default: the shipped one)")
    args = parser.parse_args(argv)
    gaz = Gazetteer(Path(args.data_dir) if args.data_dir else DATA_DIR)
    print(f"gazetteer {gaz.version}")
    for key, value in summary(gaz).items():
        print(f"  {key:20} {value}")
    if args.check:
        problems = check(gaz)
        for problem in problems:
            print(f"PROBLEM {problem}")
        print(f"{len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
