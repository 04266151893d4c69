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
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import itertools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("gazetteer")
FILES = ("countries", "parties", "organisations", "platforms", "officials", "lookalikes", "partnerships")
LANGS = ("en", "es", "pt", "zh")
SUBREGIONS = ("south_america", "central_america", "caribbean", "mexico")
ORG_KINDS = ("legislature", "government", "think_tank", "youth", "women", "trade_union", "media", "ngo",
             "military", "business", "other")
MECHANISMS = ("global", "regional")

# EntityRuler labels
LAC_COUNTRY = "LAC_COUNTRY"
LAC_PARTY = "LAC_PARTY"
LAC_ORG = "LAC_ORG"
PLATFORM = "PLATFORM"
CN_OFFICIAL = "CN_OFFICIAL"
LOOKALIKE = "LOOKALIKE"
PARTNERSHIP_LEVEL = "PARTNERSHIP_LEVEL"

# An alias matched case-sensitively in English text: all capitals/digits, short (PT, MAS, PC, FSLN).
_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&.\-/]{0,9}$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "–": "-", "—": "-", "‐": "-",
                              "·": "·", "•": "·", "・": "·"})


@lru_cache(maxsize=1)
def _zh_tables() -> tuple[dict[int, str], dict[str, list[str]]]:
    """(traditional→simplified translate table, simplified → its traditional forms)."""
    data = json.loads((DATA_DIR / "zh_chars.json").read_text(encoding="utf-8"))
    reverse = {simp: list(trads) for simp, trads in data["simplified_to_traditional"].items()}
    return str.maketrans(data["traditional_to_simplified"]), reverse


def traditional_table() -> dict[int, str]:
    """The traditional→simplified translation table (``str.translate``), one character for one."""
    return _zh_tables()[0]


def to_simplified(text: str) -> str:
    """Traditional Chinese characters replaced by simplified ones, one for one: offsets are kept, so
    spans found in the converted text point into the original (some releases come in traditional)."""
    return (text or "").translate(_zh_tables()[0])


def to_traditional(text: str) -> str:
    """Simplified characters replaced by their usual traditional form, one for one (how Hong Kong
    and big5 copies print a release; the benchmarks use it to make such copies)."""
    reverse = _zh_tables()[1]
    return "".join(reverse.get(char, [char])[0] for char in text or "")


def traditional_variants(text: str, limit: int = 8) -> list[str]:
    """Traditional spellings of a simplified Chinese name (秘鲁 → 秘魯; 关系 → 關係, 關系, 關繫),
    the usual one first, at most ``limit``."""
    reverse = _zh_tables()[1]
    options = [reverse.get(char, [char]) for char in text]
    ambiguous = [i for i, forms in enumerate(options) if len(forms) > 1][:8]
    for i, forms in enumerate(options):
        if len(forms) > 1 and i not in ambiguous:
            options[i] = forms[:1]
    # best first: fewest departures from each character's usual traditional form
    combos = sorted(itertools.product(*(range(len(forms)) for forms in options)), key=sum)
    variants = ("".join(forms[k] for forms, k in zip(options, combo, strict=True)) for combo in combos)
    return [v for v in dict.fromkeys(variants) if v != text][:limit]


@lru_cache(maxsize=65536)  # asked of every mention by several rules: the same names again and again
def normalise(text: str) -> str:
    """The lookup key of a name: casefolded, accents dropped, quotes unified, no leading 'the',
    Chinese in simplified characters."""
    text = to_simplified(unicodedata.normalize("NFKC", text or "").translate(_APOSTROPHES))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"\s+", " ", text.casefold()).strip(" .,;:\"'()[]")
    text = re.sub(r"^(the|el|la|los|las|o|a|os|as)\s+", "", text)
    return text


@lru_cache(maxsize=4096)  # asked of every mention, several times: the same few hundred names
def is_acronym(alias: str) -> bool:
    """Short all-capital tokens are matched with exact case, so 'PT' does not hit 'pt' or 'Pt'."""
    compact = alias.replace("-", "").replace(".", "").replace("/", "").replace("&", "")
    return bool(_ACRONYM.match(alias)) and sum(c.isupper() for c in compact) >= max(2, len(compact) - 2)


def _lang_map(value: Any) -> dict[str, list[str]]:
    value = value or {}
    return {lang: [str(v) for v in (value.get(lang) or [])] for lang in LANGS}


def _day(value: str | None, *, end: bool) -> date | None:
    """'2015', '2015-11' or '2015-11-11' as the first (or, with end, the last) day it covers."""
    if not value:
        return None
    parts = [int(p) for p in str(value).split("-")]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else (12 if end else 1)
    if len(parts) > 2:
        day = parts[2]
    else:
        day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day)


def _as_date(on: date | str | None) -> date | None:
    if on is None or isinstance(on, date):
        return on
    return _day(str(on)[:10], end=False)


@dataclass(frozen=True)
class Country:
    """A LAC state or territory. ``canonical`` is the short English name human coders write."""

    id: str
    canonical: str
    names: dict[str, list[str]]
    demonyms: dict[str, list[str]]
    capitals: dict[str, list[str]]
    subregion: str
    is_state: bool
    sovereign: str | None = None
    note: str = ""
    short_zh: str | None = None  # the one character of "中古两党", "中委关系" (only where unambiguous)
    # Cities, states, provinces and departments that name this country's places only ("Guayaquil",
    # "Jalisco", 圣保罗): read as the capitals are, a place, or its office's actor ("Mayor of …")
    places: dict[str, list[str]] = field(default_factory=dict)
    # Places whose bare name is also a person's or another country's place ("Rosario": Rosario
    # Murillo; "Mendoza"): known only with their unit or office (``place_unit_forms``)
    places_with_unit: dict[str, list[str]] = field(default_factory=dict)

    def pairs_zh(self) -> list[str]:
        """"中古两党", "中古关系", "古中友好": China and this country in the Chinese short form."""
        if not self.short_zh:
            return []
        x = self.short_zh
        return [f"中{x}{w}" for w in PAIR_WORDS_ZH] + [f"{x}中{w}" for w in PAIR_WORDS_ZH]

    def all_names(self, lang: str | None = None) -> list[str]:
        langs = LANGS if lang is None else (lang,)
        out = [self.canonical] if lang in (None, "en") else []
        for group in (self.names, self.demonyms, self.capitals, self.places):
            for code in langs:
                out.extend(group.get(code, []))
        for code in langs:
            out.extend(place_unit_forms(self.places_with_unit.get(code, []), code))
        if lang in (None, "en"):
            out.extend(_plural(d) for d in self.demonyms["en"])
        return out


PAIR_WORDS_ZH = ("两党", "两国", "关系", "建交", "友好", "合作", "双方", "友谊")

# The offices a city's or a state's own people hold, written before its name ("Mayor of Rosario"),
# and the units a place's name is written with ("Mendoza Province", "the city of Rosario", 门多萨省)
PLACE_OFFICES_EN = ("Mayor", "Governor", "Prefect", "Intendant")
PLACE_UNITS_EN = ("{} Province", "Province of {}", "{} State", "State of {}", "{} City", "City of {}",
                  "city of {}", "province of {}", "state of {}")
PLACE_UNITS_ZH = ("{}市", "{}省", "{}州")


def place_unit_forms(names: list[str], lang: str) -> list[str]:
    """A place known only with its unit or office: "Mendoza" → "Mendoza Province", "Mayor of
    Mendoza"…; in Chinese 门多萨 → 门多萨省, 门多萨州, 门多萨市. The office forms name the place's
    actor (``PLACE_OFFICES_EN``), the unit forms the place."""
    if lang == "zh":
        return [unit.format(n) for n in names for unit in PLACE_UNITS_ZH]
    out = [unit.format(n) for n in names for unit in PLACE_UNITS_EN]
    return out + [f"{office} of {n}" for n in names for office in PLACE_OFFICES_EN]


@dataclass(frozen=True)
class Party:
    """A LAC political party or party-like movement (coalitions and fronts included)."""

    id: str
    canonical: str
    country: str
    leftist: bool
    family: str
    wikipedia_title: str | None = None
    official_name: str | None = None
    acronyms: tuple[str, ...] = ()
    aliases: dict[str, list[str]] = field(default_factory=dict)
    founded: int | None = None
    dissolved: int | None = None
    renamed_to: str | None = None
    merged_into: str | None = None
    preferred_for: tuple[str, ...] = ()
    note: str = ""

    def all_names(self, lang: str | None = None) -> list[str]:
        langs = LANGS if lang is None else (lang,)
        out: list[str] = []
        if lang in (None, "en"):
            out.append(self.canonical)
            if self.wikipedia_title:
                out.append(self.wikipedia_title)
        if self.official_name and lang in (None, "es", "pt", "en"):
            out.append(self.official_name)
        for code in langs:
            out.extend(self.aliases.get(code, []))
        return out

    def valid_in(self, year: int) -> bool:
        started = self.founded is None or self.founded <= year
        return started and (self.dissolved is None or year <= self.dissolved)


def canonical_and_aliases(canonical: str, aliases: dict[str, list[str]], lang: str | None) -> list[str]:
    """Names of an entry that has a canonical English name and aliases by language."""
    out = [canonical] if lang in (None, "en") else []
    for code in LANGS if lang is None else (lang,):
        out.extend(aliases.get(code, []))
    return out


@dataclass(frozen=True)
class Organisation:
    """A non-party counterpart: legislature, youth or women's league, union, think tank, media."""

    id: str
    canonical: str
    kind: str
    country: str | None
    acronyms: tuple[str, ...] = ()
    aliases: dict[str, list[str]] = field(default_factory=dict)
    party: str | None = None
    note: str = ""

    def all_names(self, lang: str | None = None) -> list[str]:
        return canonical_and_aliases(self.canonical, self.aliases, lang)


@dataclass(frozen=True)
class Platform:
    """A regional (LAC-wide) or global platform; decides the record's ``mechanism``."""

    id: str
    canonical: str
    mechanism: str
    acronyms: tuple[str, ...] = ()
    aliases: dict[str, list[str]] = field(default_factory=dict)
    leftist: bool = False
    founded: int | None = None
    note: str = ""
    body: bool = False  # a standing organisation (São Paulo Forum), not an event series
    kind: str = ""  # a body's codebook contact kind (COPPPAL: party, Parlatino: legislature)

    def all_names(self, lang: str | None = None) -> list[str]:
        return canonical_and_aliases(self.canonical, self.aliases, lang)


@dataclass(frozen=True)
class Office:
    """One office held over a span of days; ``to`` None means still held."""

    title_en: str
    title_zh: str
    start: date | None
    end: date | None
    head_of_state_or_government: bool = False
    approximate: bool = False

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Official:
    """A Chinese official and the offices they held (by date)."""

    id: str
    name_en: str
    name_zh: str
    aliases: dict[str, list[str]]
    offices: tuple[Office, ...]
    note: str = ""

    def offices_on(self, on: date | str) -> list[Office]:
        day = _as_date(on)
        return [o for o in self.offices if day is not None and o.held_on(day)]

    def all_names(self, lang: str | None = None) -> list[str]:
        langs = LANGS if lang is None else (lang,)
        out: list[str] = []
        if lang in (None, "en"):
            out.append(self.name_en)
        if lang in (None, "zh"):
            out.append(self.name_zh)
        for code in langs:
            out.extend(self.aliases.get(code, []))
        return out


@dataclass(frozen=True)
class Lookalike:
    """A string that resembles a LAC entity but is not one (and why)."""

    id: str
    names: dict[str, list[str]]
    kind: str
    resembles: str | None
    reason: str
    country: str | None = None
    acronyms: tuple[str, ...] = ()  # shared with a LAC entry: never a pattern, see foreign_uses()

    def all_names(self, lang: str | None = None) -> list[str]:
        langs = LANGS if lang is None else (lang,)
        out: list[str] = []
        for code in langs:
            out.extend(self.names.get(code, []))
        return out


@dataclass(frozen=True)
class PartnershipLevel:
    """A rung of China's partnership ladder; higher ``rank`` is a closer relationship."""

    id: str
    rank: int
    canonical: str
    aliases: dict[str, list[str]]
    note: str = ""
    # ``YYYY-MM`` when the level is a formula coined for one step (Brazil's 2024 "community with a
    # shared future for ..."): before that month its words are the generic political formula, no rung
    coined: str | None = None

    def all_names(self, lang: str | None = None) -> list[str]:
        names = canonical_and_aliases(self.canonical, self.aliases, lang)
        # the two sides "become strategic partners", 结为全面战略伙伴: the partners, not the partnership;
        # and one side alone, "a comprehensive strategic partner of China" (English marks the number,
        # Chinese does not: 伙伴 is both)
        partners = [n[: -len("partnership")] + suffix for n in names if n.endswith(" partnership")
                    for suffix in ("partners", "partner")]
        partners += [n[: -len("关系")] for n in names if n.endswith("伙伴关系") and len(n) > 6]
        return names + partners


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
        self.countries: list[Country] = self._build("countries", self._country)
        self.parties: list[Party] = self._build("parties", self._party)
        self.organisations: list[Organisation] = self._build("organisations", self._organisation)
        self.platforms: list[Platform] = self._build("platforms", self._platform)
        self.officials: list[Official] = self._build("officials", self._official)
        self.lookalikes: list[Lookalike] = self._build("lookalikes", self._lookalike)
        self.partnership_levels: list[PartnershipLevel] = sorted(
            self._build("partnerships", self._level), key=lambda lv: lv.rank)
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
    def _country(e: dict[str, Any]) -> Country:
        return Country(id=e["id"], canonical=e["canonical"], names=_lang_map(e.get("names")),
                       demonyms=_lang_map(e.get("demonyms")), capitals=_lang_map(e.get("capitals")),
                       subregion=e.get("subregion", ""), is_state=bool(e.get("is_state")),
                       sovereign=e.get("sovereign"), note=e.get("note", ""), short_zh=e.get("short_zh"),
                       places=_lang_map(e.get("places")),
                       places_with_unit=_lang_map(e.get("places_with_unit")))

    @staticmethod
    def _party(e: dict[str, Any]) -> Party:
        return Party(id=e["id"], canonical=e["canonical"], country=e.get("country", ""),
                     leftist=bool(e.get("leftist")), family=e.get("family", ""),
                     wikipedia_title=e.get("wikipedia_title"), official_name=e.get("official_name"),
                     acronyms=tuple(e.get("acronyms") or ()), aliases=_lang_map(e.get("aliases")),
                     founded=e.get("founded"), dissolved=e.get("dissolved"), renamed_to=e.get("renamed_to"),
                     merged_into=e.get("merged_into"), preferred_for=tuple(e.get("preferred_for") or ()),
                     note=e.get("note", ""))

    @staticmethod
    def _organisation(e: dict[str, Any]) -> Organisation:
        return Organisation(id=e["id"], canonical=e["canonical"], kind=e.get("kind", ""),
                            country=e.get("country"), acronyms=tuple(e.get("acronyms") or ()),
                            aliases=_lang_map(e.get("aliases")), party=e.get("party"), note=e.get("note", ""))

    @staticmethod
    def _platform(e: dict[str, Any]) -> Platform:
        return Platform(id=e["id"], canonical=e["canonical"], mechanism=e.get("mechanism", ""),
                        acronyms=tuple(e.get("acronyms") or ()), aliases=_lang_map(e.get("aliases")),
                        leftist=bool(e.get("leftist")), founded=e.get("founded"), note=e.get("note", ""),
                        body=bool(e.get("body")), kind=e.get("kind", ""))

    @staticmethod
    def _official(e: dict[str, Any]) -> Official:
        offices = tuple(
            Office(title_en=o["title_en"], title_zh=o.get("title_zh", ""),
                   start=_day(o.get("from"), end=False), end=_day(o.get("to"), end=True),
                   head_of_state_or_government=bool(o.get("head_of_state_or_government")),
                   approximate=bool(o.get("approximate")))
            for o in e.get("offices") or ())
        return Official(id=e["id"], name_en=e["name_en"], name_zh=e.get("name_zh", ""),
                        aliases=_lang_map(e.get("aliases")), offices=offices, note=e.get("note", ""))

    @staticmethod
    def _lookalike(e: dict[str, Any]) -> Lookalike:
        return Lookalike(id=e["id"], names=_lang_map(e.get("names")), kind=e.get("kind", ""),
                         resembles=e.get("resembles"), reason=e.get("reason", ""), country=e.get("country"),
                         acronyms=tuple(e.get("acronyms") or ()))

    @staticmethod
    def _level(e: dict[str, Any]) -> PartnershipLevel:
        return PartnershipLevel(id=e["id"], rank=int(e["rank"]), canonical=e["canonical"],
                                aliases=_lang_map(e.get("aliases")), note=e.get("note", ""),
                                coined=e.get("coined"))

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
        day = _as_date(on)
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
            if alias and _contains(key, alias) and (best is None or len(alias) > best[0]):
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
        return _patterns(self, lang)

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


def _contains(haystack: str, needle: str) -> bool:
    """Substring at word boundaries for alphabetic needles; plain substring for Chinese."""
    if any("\u4e00" <= c <= "\u9fff" for c in needle):
        return needle in haystack
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


@lru_cache(maxsize=8)
def _load_cached(data_dir: str) -> Gazetteer:
    return Gazetteer(Path(data_dir))


@lru_cache(maxsize=4)
def _tokenizer(lang: str) -> Any:
    import spacy

    return spacy.blank(lang).tokenizer


DASHES = ["-", "–", "—", "‐"]
APOSTROPHES = ["'", "’"]
INTERPUNCTS = ["·", "•", "・", "‧"]
# Words so common that a name made only of them ("New Ideas", "Popular Force", "A New Era", "Broad Front")
# must be matched with its capitals: lowercase "a new era" or "new ideas" is ordinary diplomatic prose.
GENERIC_WORDS = frozenset("""
a an the of for and in to with by on at de del la el los las y e da do dos das
new ideas popular force broad front unity change radical democratic democracy action will era free together
possible renewal union national social political evolution citizen citizens revolution revolutionary
convergence party movement alliance progress progressive people people's peoples liberal labour labor
workers workers' worker republican republicans independent independence green left right centre center
historic historical pact patriotic patriot fatherland homeland liberty freedom justice first way another
goals realizing hope commons common sovereign great pole christian socialist socialism socialists communist
communists congress organization organisation struggling cause united unified federation coalition
encounter solidarity solidary citizen's majority country we are our all everyone's for all front's
beloved crusade progressives renovation restoration reform reformation development vanguard seed
""".split())


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_generic(alias: str) -> bool:
    """A name made only of common words: matched with its capitals, never case-insensitively."""
    words = [w for w in re.split(r"[\s\-–—/]+", alias.casefold()) if w]
    return all(w.strip(".,()'’") in GENERIC_WORDS or len(w.strip(".,()'’")) <= 1 for w in words)


# British and American spellings of the words party and organisation names are made of: agency
# copies write "Dominica Labor Party" for the Dominica Labour Party
SPELLINGS = (("Labour", "Labor"), ("Organisation", "Organization"), ("Centre", "Center"),
             ("Defence", "Defense"),
             # "Antigua & Barbuda Labour Party", "Saint Kitts & Nevis Labour Party": the ampersand
             # of a compound place or a name's "and"
             ("and", "&"),
             # "Saint Lucia", "St. Lucia", "St Lucia": the saint of a place name, spelled out or not
             ("Saint", "St."), ("Saint", "St"), ("St.", "St"))


_SPELLING_OF: dict[str, list[str]] = {}
for _a, _b in SPELLINGS:
    _SPELLING_OF.setdefault(_a.casefold(), []).append(_b)
    _SPELLING_OF.setdefault(_b.casefold(), []).append(_a)


def _spellings(word: str) -> list[str]:
    """The word's other spellings (``SPELLINGS``), capitalised as the word is."""
    return [y if word[:1].isupper() else y.lower() for y in _SPELLING_OF.get(word.casefold(), [])]


def _token_forms(token: str) -> set[str]:
    """A word of a name as written, without accents, with either apostrophe, in either spelling."""
    forms = {token, _strip_accents(token)}
    forms |= {f.replace("'", "’") for f in forms} | {f.replace("’", "'") for f in forms}
    return forms | {other for f in forms for other in _spellings(f)}


def _token_pattern(alias: str, exact: bool, anycase: bool = False,
                   place_words: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """Token pattern for English-language text: dash and apostrophe variants, accents optional.

    Case: acronyms exact; descriptive phrases (``anycase``: partnership titles) any case; other names
    any case (LOWER) only when distinctive — two or more words, not all common words, and naming a
    place ("Communist Party of Cuba") or four words long ("Sandinista National Liberation Front").
    The rest ("Institutional Revolutionary Party", "A New Era", "Morena") must keep their capitals
    (or be ALL CAPS), since their lowercase forms are ordinary prose.
    """
    tokens = [t.text for t in _tokenizer("en")(alias)]
    words = [t.casefold() for t in tokens if t not in DASHES and t not in APOSTROPHES]
    distinctive = len(words) >= 2 and not is_generic(alias) and (
        len(words) >= 4 or any(_strip_accents(w) in place_words for w in words))
    case_sensitive = not (anycase or distinctive)
    pattern: list[dict[str, Any]] = []
    for token in tokens:
        if token in DASHES:
            pattern.append({"ORTH": {"IN": DASHES}})
            continue
        if token in APOSTROPHES:
            pattern.append({"ORTH": {"IN": APOSTROPHES}})
            continue
        forms = _token_forms(token)
        if exact or (token.isupper() and len(token) > 1 and token.isalpha()):
            # an acronym inside a name keeps its capitals in every casing ("CPC in Dialogue with
            # World Political Parties", "China-CELAC Forum"): "Cpc" is no spelling of it
            values = sorted(forms)
            key = "TEXT"
        elif case_sensitive:
            values = sorted(forms | {f.upper() for f in forms})
            key = "TEXT"
        else:
            values = sorted({f.lower() for f in forms})
            key = "LOWER"
        pattern.append({key: values[0] if len(values) == 1 else {"IN": values}})
    return pattern


# The common nouns that head a party's name. Agency English often writes the noun lower-case after
# the name's distinctive part: "the Communist party of Cuba", "Brazil's Workers' party", "the
# Sandinista National Liberation front".
HEAD_NOUNS = frozenset("""party front movement alliance coalition union pole bloc congress federation
convergence pact organization organisation""".split())


def _lower_head_pattern(alias: str, exact: bool) -> list[dict[str, Any]] | None:
    """Token pattern for a party name written with its head noun lower-case ("Communist party of
    Cuba"), or None when that spelling would be ordinary prose.

    The rest of the name keeps its capitals exactly as written, and must open the name and be
    distinctive on its own (a place, a demonym, a word no common phrase uses: "Cuba", "Brazil's",
    "Sandinista"): "the communist party", "a Workers' party" or "the National party" stay prose.
    Acronyms have no head noun to lower.
    """
    if exact or is_acronym(alias):
        return None
    tokens = [t.text for t in _tokenizer("en")(alias)]
    heads = {i for i, t in enumerate(tokens) if t.casefold() in HEAD_NOUNS and t[:1].isupper()}
    if not heads or 0 in heads or is_generic(" ".join(t for i, t in enumerate(tokens) if i not in heads)):
        return None
    pattern: list[dict[str, Any]] = []
    for i, token in enumerate(tokens):
        if token in DASHES or token in APOSTROPHES:
            pattern.append({"ORTH": {"IN": DASHES if token in DASHES else APOSTROPHES}})
            continue
        forms = _token_forms(token)
        values = sorted({f.lower() for f in forms} if i in heads else forms)
        pattern.append({"TEXT": values[0] if len(values) == 1 else {"IN": values}})
    return pattern


def _article_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Partido Comunista de Ecuador" for "… del Ecuador", "Partido Comunista del Uruguay" for "… de
    Uruguay", "… de Argentina" for "… de la Argentina": Spanish writes some countries' names with
    or without their article (el Ecuador, el Uruguay, el Perú, la Argentina). Only for a country
    whose Spanish names show the article ("República del Ecuador"), and never a form that is
    another party's name."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    spanish = country.names["es"]
    out: list[str] = []
    for name in [party.official_name or "", *party.aliases.get("es", [])]:
        for place in (n for n in spanish if " " not in n):
            if name.endswith(f" de la {place}") or name.endswith(f" del {place}"):
                out.append(f"{name.rsplit(' de', 1)[0]} de {place}")
            elif name.endswith(f" de {place}") and any(f" del {place}" in n for n in spanish):
                out.append(f"{name[: -len(place) - 4]} del {place}")
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


# Plural nouns of party names whose possessive English writes with or without its apostrophe
# ("United Workers' Party", "United Workers Party"; "Citizens' Action Party", "Citizens Action Party").
PLURAL_OWNERS = ("Workers", "Citizens")


def _apostrophe_forms(names: list[str]) -> list[str]:
    """Names with a possessive's apostrophe dropped ("Workers' Party" → "Workers Party", "People's
    National Movement" → "Peoples National Movement"), and for ``PLURAL_OWNERS`` added ("United
    Workers Party" → "United Workers' Party"): copies write both,
    and two parties whose names differ only there (Dominica's and Saint Lucia's United Workers'
    Party) must both be candidates, for the page's country to decide."""
    out: list[str] = []
    for name in names:
        if re.search(r"s['’](?= )", name):
            out.append(re.sub(r"(?<=s)['’](?= )", "", name))
        # a common noun's singular possessive loses its apostrophe too: "Peoples Progressive
        # Party", "Peoples National Movement" (not a place's: "Brazil's" stays as written)
        dropped = re.sub(r"\b(\w+)['’]s\b",
                         lambda m: m.group(1) + "s" if m.group(1).casefold() in GENERIC_WORDS else m.group(0),
                         name)
        if dropped != name:
            out.append(dropped)
        for word in PLURAL_OWNERS:
            if re.search(rf"\b{word} ", name):
                out.append(re.sub(rf"\b{word} ", f"{word}' ", name))
    return [n for n in dict.fromkeys(out) if n not in names]


def _demonym_forms_es(gaz: Gazetteer, party: Any) -> list[str]:
    """"Partido Comunista de Colombia" for the Partido Comunista Colombiano, "Partido Comunista
    Mexicano" ↔ "… de México": Spanish names a party by its country or by the country's adjective.
    Only for a "Partido …" name, and only when no other party of the country has a name opening
    the same way ("Partido Comunista Peruano" and "Partido Comunista del Perú – Patria Roja" are two
    parties, so Peru's get none)."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    places = [n for n in country.names["es"] if " " not in n]
    adjectives = [d[:1].upper() + d[1:] for d in country.demonyms["es"][:1]]
    out: list[str] = []
    for name in [party.official_name or "", *party.aliases.get("es", [])]:
        if not name.startswith("Partido "):
            continue
        stem = next((name[: -len(a) - 1] for a in adjectives if name.endswith(" " + a)), None)
        if stem is None:
            stem = next((re.sub(r" de(?:l| la| el)?$", "", name[: -len(p) - 1]) for p in places
                         if re.search(rf" de(?:l| la| el)? {re.escape(p)}$", name)), None)
            if stem is None:
                continue
            out += [f"{stem} {a}" for a in adjectives]
        else:
            out += [f"{stem} de {p}" for p in places]
        rivals = [n for other in gaz.parties if other is not party and other.country == party.country
                  for n in [other.official_name or "", *other.aliases.get("es", [])]]
        if any(_strip_accents(r).startswith(_strip_accents(stem)) for r in rivals):
            return []
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


NAME_ARTICLES = ("The", "A", "An", "La", "El", "Los", "Las")


def _without_article(party: Any) -> list[str]:
    """"Partnership for National Unity" for A Partnership for National Unity, "Libertad Avanza" for
    La Libertad Avanza: a release puts its own article before a name that opens with one ("the
    Partnership for National Unity", "the Libertad Avanza"). Only where what is left is
    distinctive — not made of common words only, or three words at least — since "New Era" of
    "A New Era" is a headline's ordinary words."""
    out: list[str] = []
    for name in [*party.all_names("en"), *party.all_names("es")]:
        first, _, rest = name.partition(" ")
        if first in NAME_ARTICLES and rest and (len(rest.split()) >= 3 or not is_generic(rest)):
            out.append(rest)
    return list(dict.fromkeys(out))


def _member_forms(party: Any) -> list[str]:
    """"Sandinista Party" for the party whose members English calls "the Sandinistas": English names
    a party by its members' word as an adjective before "party". The members' word is a one-word
    plural among its English aliases whose singular is a word of another of its names ("Sandinista
    National Liberation Front"); a one-word name that is no such plural ("Cambiemos") gives none."""
    names = party.all_names("en")
    words = {w for name in names if " " in name for w in name.split()}
    out: list[str] = []
    for name in getattr(party, "aliases", {}).get("en", []):
        if (" " not in name and name.endswith("s") and name[:-1] in words and not is_acronym(name)
                and not is_generic(name)):
            out.append(f"{name[:-1]} Party")
    return out


# The head nouns of platforms named after the city they were founded in: English writes both "São
# Paulo Forum" and "the Forum of São Paulo", "Puebla Group" and "the Group of Puebla", "Rio Group"
# and "the Group of Rio" (as Spanish does: Foro de São Paulo, Grupo de Puebla, Grupo de Río).
PLATFORM_HEADS = ("Forum", "Group")


def _platform_forms(platform: Any) -> list[str]:
    """English forms of a platform's name beyond its aliases: "<Head> of <Place>" for a "<Place>
    <Head>" name whose place is a proper name of one or two words (no acronym, no common word:
    "BRICS Political Parties Forum" stays as it is), and a long acronym said as a word written in
    Title case ("Caricom", "Celac", "Unasur", "Copppal"; four letters or fewer stay capitals, as
    ALBA, SICA, UPLA are words or names too)."""
    out: list[str] = []
    for name in platform.all_names("en"):
        *place, head = name.split()
        proper = all(w[:1].isupper() and not is_acronym(w) and not set(w) & set(DASHES) for w in place)
        if 1 <= len(place) <= 2 and head in PLATFORM_HEADS and proper and not is_generic(" ".join(place)):
            out.append(f"{head} of {' '.join(place)}")
    out += [a.capitalize() for a in platform.acronyms if len(a) >= 5 and a.isalpha() and a.isupper()]
    return list(dict.fromkeys(out))


# Chinese writes the region both short and in full, joined by 和 or 及: 拉美 is 拉丁美洲 cut short,
# and a name with one is written with the other (拉美和加勒比国家共同体, 拉丁美洲和加勒比国家共同体).
ZH_REGION_FORMS = (("拉美", "拉丁美洲"), ("美和加勒比", "美及加勒比"), ("洲和加勒比", "洲及加勒比"))


def _phrase_variants(alias: str) -> list[str]:
    """Chinese phrase patterns: the name as written, its other dash and interpunct spellings, and its
    traditional-character spellings (some copies of releases are in traditional characters)."""
    out = [alias]
    for short, full in ZH_REGION_FORMS:  # 拉美和加勒比政党常设大会, 拉丁美洲及加勒比政党常设大会
        for written in list(out):
            if short in written:
                out.append(written.replace(short, full))
            elif full in written:
                out.append(written.replace(full, short))
    for group in (DASHES + ["－"], INTERPUNCTS):
        for mark in group:
            if mark in alias:
                out.extend(alias.replace(mark, other) for other in group if other != mark)
                if group is INTERPUNCTS:  # 法拉本多-马蒂: copies join a transliterated name by a hyphen
                    out.extend(alias.replace(mark, other) for other in ("-", "－"))
    out.extend(t for variant in list(out) for t in traditional_variants(variant))
    return list(dict.fromkeys(out))


def _groups(gaz: Gazetteer) -> list[tuple[str, list[Any], bool]]:
    """(label, entries, with acronyms) in the order their patterns are emitted."""
    return [
        (LOOKALIKE, gaz.lookalikes, False),
        (LAC_COUNTRY, gaz.countries, False),
        (LAC_PARTY, gaz.parties, True),
        (LAC_ORG, gaz.organisations, True),
        (PLATFORM, gaz.platforms, True),
        (CN_OFFICIAL, gaz.officials, False),
        (PARTNERSHIP_LEVEL, gaz.partnership_levels, False),
    ]


def _names_for(entry: Any, lang: str) -> list[str]:
    if lang == "zh":
        pairs = entry.pairs_zh() if isinstance(entry, Country) else []
        return [n for n in entry.all_names("zh") if _has_han(n)] + pairs
    if lang == "en":
        names = entry.all_names("en")
        if isinstance(entry, Country):
            names += entry.names["es"] + entry.names["pt"]  # es/pt demonyms stay out: ordinary words
        elif not isinstance(entry, (Official, PartnershipLevel, Lookalike)):
            names += entry.all_names("es") + entry.all_names("pt")
        elif isinstance(entry, Lookalike):
            names += entry.names["es"] + entry.names["pt"]
        return names
    return entry.all_names(lang)


def _cores(gaz: Gazetteer, party: Any, any_bracket: bool = False) -> tuple[Any, list[str]]:
    """The party's country and the English names without it: "Socialist Party" of "Socialist Party of
    Chile", "… (Chile)" or "… (Chile, 2013)" (with ``any_bracket``, of any "… (qualifier)")."""
    country = gaz.country(party.country)
    if country is None:
        return None, []
    places = [n for n in dict.fromkeys([country.canonical, *country.names["en"]]) if n]
    place_re = "|".join(re.escape(n) for n in places)
    # Wikipedia's bracket may add the founding year to the country: "Liberal Party (Brazil, 2006)"
    bracket = r"[^)]*" if any_bracket else rf"(?:{place_re})(?:,? \d{{4}})?"
    cores = []
    for name in party.all_names("en"):
        match = re.match(rf"^(?P<x>.+?) (?:of|in) (?:the )?(?:{place_re})$|^(?P<y>.+?) \({bracket}\)$", name)
        if match:
            cores.append(match.group("x") or match.group("y"))
    return country, cores


def _possessive_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Chile's Socialist Party" and "Chilean Socialist Party" for the Socialist Party of Chile (or
    "… (Chile)"), "Cuba's National Assembly of People's Power": agency copies name a party or an
    organisation by its country's possessive or demonym, and the bare "Socialist Party" is too
    common to be a name on its own."""
    country, cores = _cores(gaz, party)
    if country is None:
        return []
    places = [n for n in dict.fromkeys([country.canonical, *country.names["en"]]) if n]
    out: list[str] = []
    bracketed = {m.group(1) for name in party.all_names("en") if (m := re.match(r"^(.+?) \(.+\)$", name))}
    for core in cores:
        if len(core.split()) < 2 and not is_acronym(core):
            continue
        out += [f"{place}'s {core}" for place in places[:2]]
        out += [f"{demonym} {core}" for demonym in country.demonyms["en"][:2]]
        out += [f"{place}' {core}" for place in places[:2] if place.endswith("s")]  # "Honduras' …"
        if core in bracketed:
            # "Green Party (Brazil)" is also written "the Green Party of Brazil"; so is a core that is
            # a name of its own, else "the Democratic Labour Party of Barbados" is read as the
            # longer "Labour Party of Barbados" inside it (the Barbados Labour Party)
            out += [f"{core} of {place}" for place in places[:2]]
    for name in party.all_names("en"):  # "the Labour Party of Saint Kitts and Nevis" for "Saint Kitts …"
        place = next((p for p in sorted(places, key=len, reverse=True) if name.startswith(p + " ")), None)
        rest = name[len(place) + 1:] if place else ""
        if place and len(rest.split()) >= 2:
            out.append(f"{rest} of {place}")
            # the country's other names and its demonym open the same name: "Antigua & Barbuda
            # Labour Party", "the Jamaican Labour Party", "St Kitts-Nevis Labour Party"
            out += [f"{other} {rest}" for other in places if other != place]
            out += [f"{demonym} {rest}" for demonym in country.demonyms["en"][:2]]
            # and its possessive, as for a name that ends with it: "Saint Lucia's Labour Party",
            # "Barbados' Labour Party" (the bare "Labour Party" after it is no name on its own)
            out += [f"{other}'s {rest}" for other in places[:2]]
            out += [f"{other}' {rest}" for other in places[:2] if other.endswith("s")]
    if isinstance(party, Party):
        out += _with_country_after(gaz, party, places)
    return list(dict.fromkeys(out))


def _with_country_after(gaz: Gazetteer, party: Any, places: list[str]) -> list[str]:
    """"the Unity Labour Party of Saint Vincent and the Grenadines": a party whose name carries no
    country, written with its country after it, where a namesake's form would be read inside it. The
    matcher keeps the longest name, and a party named with its country first has the form "{rest} of
    {country}" ("Labour Party of Saint Vincent" for the Saint Vincent Labour Party), which a longer
    name ending in that rest holds (as the bracketed cores above guard "the Democratic Labour Party
    of Barbados"). Only those names get the form: for every party it would cost the ruler much memory."""
    rests = _country_first_rests(gaz).get(getattr(party, "country", None) or "", ())
    out = []
    for name in dict.fromkeys(filter(None, [party.canonical, getattr(party, "official_name", None)])):
        if "(" in name or any(place in name for place in places):
            continue
        if any(name.endswith(" " + rest) for rest in rests):
            out += [f"{name} of {place}" for place in places]
    return out


_RESTS: dict[int, dict[str, set[str]]] = {}


def _country_first_rests(gaz: Gazetteer) -> dict[str, set[str]]:
    """Per country, the rest of each party name that opens with the country ("Labour Party" of the
    Saint Vincent Labour Party): the "{rest} of {country}" forms ``_possessive_forms`` gives."""
    if id(gaz) not in _RESTS:
        rests: dict[str, set[str]] = {}
        for party in gaz.parties:
            country = gaz.country(party.country) if party.country else None
            if country is None:
                continue
            places = sorted({country.canonical, *country.names["en"]} - {""}, key=len, reverse=True)
            for name in party.all_names("en"):
                place = next((p for p in places if name.startswith(p + " ")), None)
                if place and len(name[len(place) + 1:].split()) >= 2:
                    rests.setdefault(party.country, set()).add(name[len(place) + 1:])
        _RESTS[id(gaz)] = rests
    return _RESTS[id(gaz)]


def _place_of(country: Any, place: str) -> str:
    """"the Dominican Republic", "the Bahamas": a country name English writes with its article after
    "of" (a "… Republic" name, or one the country lists with "The"), else the name alone."""
    listed = {n.casefold() for n in country.names["en"]}
    return f"the {place}" if place.endswith("Republic") or f"the {place}".casefold() in listed else place


def _country_swap_forms(gaz: Gazetteer, party: Any) -> list[str]:
    """"Communist Party of Mexico" and "Mexico's Communist Party" for the Mexican Communist Party,
    "Suriname National Democratic Party" for the National Democratic Party (Suriname): English names
    a party by its country in three places — the demonym before the name, the country's name before
    it, "of <country>" after it — and releases use any of them whatever the party's own name does
    ("Socialist Party of Ecuador" for the Partido Socialista Ecuatoriano). ``_possessive_forms`` gives
    the demonym and possessive for a name with "of <country>"; this gives the rest: for a name
    opening with the demonym, the name with "of <country>" and the possessive; for a name with
    "of <country>" or "(<country>)", the name opened by the country's name. Only where what is left
    ends as a party's name does (Party, Front, Movement, …) and is two words at least, and never a
    form that is another party's name ("Communist Party of Brazil" is not the Brazilian Communist
    Party)."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return []
    places = _short_places(country)
    rivals = {rest for other in gaz.parties if other is not party and other.country == party.country
              for rest in _bare_names(gaz, other)}
    out: list[str] = []
    for name in party.all_names("en"):
        demonym = next((d for d in country.demonyms["en"] if name.startswith(d + " ")), None)
        rest = name[len(demonym) + 1:] if demonym else ""
        if demonym and _swappable(rest, rivals):
            out += [f"{rest} of {_place_of(country, place)}" for place in places]
            out += [f"{place}'s {rest}" for place in places]
            out += [f"{place}' {rest}" for place in places if place.endswith("s")]  # "Honduras' …"
    for core in _cores(gaz, party)[1]:
        if _swappable(core, rivals):
            out += [f"{place} {core}" for place in places if not place.startswith(("The ", "the "))]
    return [n for n in dict.fromkeys(out) if all(p is party for p in gaz.parties_by_alias(n))]


def _swappable(rest: str, rivals: set[str]) -> bool:
    """A party's name without its country that may take the country elsewhere: two words at least,
    ending as a party's name does, and no other party of the country has it as its bare name or as
    the end of one (the PCdoB and the PCB are both a "Communist Party" of Brazil: neither gets the
    other's form; "Revolutionary Party of the Dominican Republic" would swallow the "Modern
    Revolutionary Party" before it)."""
    words = rest.split()
    key = _strip_accents(rest).casefold()
    return (len(words) >= 2 and words[-1].casefold() in HEAD_NOUNS
            and not any(r == key or r.endswith(" " + key) for r in rivals))


def _short_places(country: Any) -> list[str]:
    """The country's canonical English name and its short variants ("St. Kitts and Nevis", "Surinam"),
    not its official long names ("Federative Republic of Brazil", "United Mexican States")."""
    official = re.compile(r"\b(?:Republic|State|States|Commonwealth|Federation)\b")
    return [n for n in dict.fromkeys([country.canonical, *country.names["en"]])
            if n and (n == country.canonical or not official.search(n))]


def _bare_names(gaz: Gazetteer, party: Any) -> set[str]:
    """The party's English names without the country wherever it stands (demonym, name or
    possessive before; "of <country>" or a bracket after), casefolded and without accents."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    if country is None:
        return set()
    heads = sorted({*country.demonyms["en"], *(f"{p}'s" for p in _short_places(country)),
                    *_short_places(country)}, key=len, reverse=True)
    out = set(_cores(gaz, party)[1])
    for name in party.all_names("en"):
        head = next((h for h in heads if name.startswith(h + " ")), None)
        out.add(name[len(head) + 1:] if head else name)
    return {_strip_accents(n).casefold() for n in out}



# Bare party names that mean another party too often in these releases to be read by the page's
# country alone: the CPC itself ("the Communist Party"), Britain's Labour Party, parties worldwide.
NOT_CORES = frozenset({"communist party", "workers' party", "workers party", "labour party", "labor party",
                       "people's party", "peoples party", "green party", "socialist workers' party",
                       "new party", "republican party", "democratic party", "liberal party of canada"})


def generic_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """"National Party" for the National Party (Uruguay) and the National Party of Honduras: the bare
    name a page uses once it has named the country. Made of common words only (so matched with its
    capitals), two words at least, and not one of ``NOT_CORES``. Which party it is, the release's
    country decides (``nlp.release.resolve``)."""
    _, cores = _cores(gaz, party, any_bracket=True)
    return list(dict.fromkeys(core for core in cores if len(core.split()) >= 2 and is_generic(core)
                              and _strip_accents(core).casefold() not in NOT_CORES))


# Too common to stand alone even on a page about the party's country, but a name in a list of that
# country's parties ("MORENA; Alberto Anaya of the Labor Party", 国家复兴运动党和劳动党): the
# country written once qualifies every party of the list. A Chinese one is also read by the country
# of its clause or of its page (``nlp.release._clause_country``, ``_page_country``). "Communist Party"
# stays out, and 共产党 is read only by its clause's country (``ZH_CLAUSE_ONLY``): a LAC page's bare
# "Communist Party" is most often the CPC.
LISTED_CORES_EN = NOT_CORES - {"communist party", "liberal party of canada"}


def listed_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """The party's names too common to stand alone, usable only in a list of its country's parties
    (``nlp.release.resolve``): an English ``NOT_CORES`` core, a three-character Chinese core."""
    country, cores = _cores(gaz, party, any_bracket=True)
    if country is not None:
        # "Saint Lucia Labour Party": a name that opens with its country gives the same bare name
        # ("the Labour Party") as one that ends with it
        places = sorted(_short_places(country), key=len, reverse=True)
        for name in party.all_names("en"):
            place = next((p for p in places if name.startswith(p + " ")), None)
            if place:
                cores = [*cores, name[len(place) + 1:]]
    english = [c for c in cores if _strip_accents(c).casefold() in LISTED_CORES_EN]
    chinese = [c for c in _zh_cores(gaz, party)
               if (len(c) == ZH_CORE_MIN - 1 and c.endswith("党")) or c in ZH_CLAUSE_ONLY]
    return list(dict.fromkeys(english + chinese))


# Bare Chinese names read only by the LAC country that opens their clause (智利众议员、共产党中央委员),
# never by the page's country or a list: a LAC page's bare 共产党 is most often the CPC; 工党 (two
# characters: also inside words, 职工党员) is Britain's, Australia's or a Caribbean country's Labour
# Party, read only as a title of a chain under its country (圣卢西亚总理、工党领袖).
ZH_CLAUSE_ONLY = frozenset({"共产党", "工党"})
ZH_CORE_MIN = 4  # 社会党, 共产党, 劳工党: three characters are too common to stand alone
ZH_PARTY_END = ("党", "运动", "阵线", "联盟", "公约", "阵营")


def generic_cores_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """争取民主党 for 智利争取民主党: the Chinese name without its country, which a page uses once it
    has named the country (as "National Party" in English). Four characters at least, ending as a
    party's name does; which party it is, the release's country decides (``nlp.release.resolve``)."""
    return [core for core in _zh_cores(gaz, party)
            if len(core) >= ZH_CORE_MIN and core.endswith(ZH_PARTY_END)]


def _zh_cores(gaz: Gazetteer, party: Any) -> list[str]:
    """The party's Chinese names that start with its country's name, without it."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    names = country.names["zh"] if country else []
    places = sorted((n for n in names if _has_han(n)), key=len, reverse=True)
    out: list[str] = []
    for name in party.all_names("zh"):
        place = next((p for p in places if name.startswith(p)), "")
        if place and len(name) > len(place):
            out.append(name[len(place):])
    return list(dict.fromkeys(out))


ZH_QUOTES = (("“", "”"), ("「", "」"), ('"', '"'))


def quoted_zh(gaz: Gazetteer, party: Any) -> list[str]:
    """秘鲁“为了变革秘鲁人”党 for 秘鲁为了变革秘鲁人党, 厄瓜多尔“公民革命”运动 for 厄瓜多尔公民革命运动:
    Chinese prints a party name that is a phrase ("Peruvians for Change", "Citizen Revolution")
    between quotation marks, the country and the head word (党, 运动, 阵线, …) outside them."""
    country = gaz.country(party.country) if getattr(party, "country", None) else None
    names = country.names["zh"] if country else []
    places = sorted((n for n in names if _has_han(n)), key=len, reverse=True)
    out: list[str] = []
    for name in party.all_names("zh"):
        head = next((h for h in ZH_PARTY_END if name.endswith(h)), None)
        if head is None:
            continue
        place = next((p for p in places if name.startswith(p)), "")
        core = name[len(place):-len(head)]
        if len(core) >= 2 and _has_han(core):
            out += [f"{place}{left}{core}{right}{head}" for left, right in ZH_QUOTES]
    return out


def _has_latin(text: str) -> bool:
    return any("a" <= c.casefold() <= "z" for c in text)


def _has_han(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def _patterns(gaz: Gazetteer, lang: str) -> list[dict[str, Any]]:
    lookalike_keys = {normalise(n) for lk in gaz.lookalikes for n in lk.all_names()}
    place_words = _place_words(gaz)
    ids: dict[tuple[str, str], list[str]] = {}
    shapes: dict[tuple[str, str], Any] = {}
    written: dict[tuple[str, str], list[str]] = {}
    for label, entries, with_acronyms in _groups(gaz):
        for entry in entries:
            names = [(n, is_acronym(n)) for n in _names_for(entry, lang)]
            if label in (LAC_PARTY, LAC_ORG) and lang == "en" and getattr(entry, "country", None):
                names += [(n, False) for n in _possessive_forms(gaz, entry)]
            if label == LAC_PARTY and lang == "en":
                names += [(n, False) for n in _member_forms(entry) + _article_forms(gaz, entry)
                          + _demonym_forms_es(gaz, entry) + _country_swap_forms(gaz, entry)
                          + _without_article(entry)]
            if label in (LAC_PARTY, LAC_ORG) and lang == "en":
                names += [(n, False) for n in _apostrophe_forms([n for n, _ in names])]
                names += [(n, False) for n in generic_cores(gaz, entry) + listed_cores(gaz, entry)
                          if _has_latin(n)]
            if label == LAC_PARTY and lang == "zh":
                names += [(n, False) for n in quoted_zh(gaz, entry) + generic_cores_zh(gaz, entry)
                          + [c for c in listed_cores(gaz, entry) if _has_han(c)]]
            if with_acronyms and lang != "zh":
                names += [(a, True) for a in entry.acronyms]
            if label == PLATFORM and lang == "en":
                names += [(n, is_acronym(n)) for n in _platform_forms(entry)]
            for name, exact in names:
                name = name.strip()
                if not name or (label != LOOKALIKE and normalise(name) in lookalike_keys):
                    continue
                variants: list[Any]
                if lang == "zh":
                    variants = _phrase_variants(name)
                else:
                    variants = [_token_pattern(name, exact, anycase=label == PARTNERSHIP_LEVEL,
                                               place_words=place_words)]
                    lower_head = _lower_head_pattern(name, exact) if label == LAC_PARTY else None
                    if lower_head is not None:
                        variants.append(lower_head)
                for pattern in variants:
                    key = (label, json.dumps(pattern, ensure_ascii=False, sort_keys=True))
                    shapes.setdefault(key, pattern)
                    bucket = ids.setdefault(key, [])
                    if entry.id not in bucket:
                        bucket.append(entry.id)
                    if isinstance(pattern, list):
                        # the usual casings of a name miss some spellings as written ("Frente
                        # para la Victoria", "Republic of El Salvador", "Port-au-Prince"), and a
                        # long name's spelling variants are capped (language.MAX_VARIANTS)
                        spelling = " ".join(t.text for t in _tokenizer("en")(name))
                        if spelling not in written.setdefault(key, []):
                            written[key].append(spelling)
    out = [{"label": label, "pattern": shapes[(label, k)], "id": "|".join(ids[(label, k)])}
           for label, k in ids]
    out += [{"label": label, "pattern": spelling, "id": "|".join(ids[(label, k)])}
            for (label, k), spellings in written.items() for spelling in spellings]
    return out


# Words of country names that do not make a name distinctive ("Republic of", "Saint", "Islands").
_NOT_PLACE_WORDS = frozenset("""republic saint st st. islands island states state united commonwealth
federation co operative cooperative city plurinational bolivarian oriental eastern federative kingdom
british french the of and y e da do de del la las""".split())


def _place_words(gaz: Gazetteer) -> frozenset[str]:
    """Lowercase words of LAC country names, demonyms and capitals, plus the region's own names."""
    words = {"latin", "america", "american", "americas", "caribbean", "lac", "celac"}
    for country in gaz.countries:
        names = [country.canonical, *country.names["en"], *country.names["es"], *country.names["pt"],
                 *country.demonyms["en"], *country.capitals["en"]]
        for name in names:
            words.update(_strip_accents(w).casefold() for w in re.split(r"[\s\-–—,()]+", name) if w)
    return frozenset(words - _NOT_PLACE_WORDS)


def _plural(demonym: str) -> str:
    if demonym.endswith(("ese", "s", "ch", "sh", "ais")):
        return demonym
    return demonym + "s"


# ----------------------------------------------------------------- validation
REQUIRED = {
    "countries": ("id", "canonical", "names", "subregion", "is_state"),
    "parties": ("id", "canonical", "country", "leftist", "family"),
    "organisations": ("id", "canonical", "kind", "aliases"),
    "platforms": ("id", "canonical", "mechanism", "aliases"),
    "officials": ("id", "name_en", "name_zh", "offices"),
    "lookalikes": ("id", "names", "kind", "reason"),
    "partnerships": ("id", "rank", "canonical", "aliases"),
}


def check(gaz: Gazetteer) -> list[str]:
    """Problems in the files: missing fields, duplicate ids, unknown countries or references, a
    look-alike that equals a LAC entity's canonical name (it would hide that entity); and in the
    roster of LAC officials beside the heads (``nlp/lac_officials.json``, ``official_problems``)."""
    from nlp.leaders import official_problems  # (nlp.leaders imports this module)

    problems: list[str] = list(gaz.load_problems) + official_problems()
    seen: dict[str, str] = {}
    for name in FILES:
        if "version" not in gaz.raw[name]:
            problems.append(f"{name}.json: no top-level version")
        for i, entry in enumerate(gaz.raw[name].get("entries", [])):
            if not isinstance(entry, dict):
                problems.append(f"{name}.json entry {i}: not an object")
                continue
            where = f"{name}.json entry {i} ({entry.get('id', '?')})"
            for req in REQUIRED[name]:
                empty = entry.get(req) in (None, "", [], {}) and req not in ("leftist", "is_state")
                if req not in entry or empty:
                    problems.append(f"{where}: missing {req}")
            if entry.get("id") in seen:
                problems.append(f"{where}: duplicate id (also in {seen[entry['id']]})")
            seen[entry.get("id")] = name
    country_ids = {c.id for c in gaz.countries}
    party_ids = {p.id for p in gaz.parties}
    for c in gaz.countries:
        if c.subregion not in SUBREGIONS:
            problems.append(f"country {c.id}: unknown subregion {c.subregion!r}")
        if not c.names["zh"]:
            problems.append(f"country {c.id}: no Chinese name")
    for p in gaz.parties:
        if p.country not in country_ids:
            problems.append(f"party {p.id}: unknown country {p.country!r}")
        for ref in (p.renamed_to, p.merged_into):
            if ref and ref not in party_ids:
                problems.append(f"party {p.id}: unknown successor {ref!r}")
        if not p.family:
            problems.append(f"party {p.id}: no family")
    for o in gaz.organisations:
        if o.kind not in ORG_KINDS:
            problems.append(f"organisation {o.id}: unknown kind {o.kind!r}")
        if o.country is not None and o.country not in country_ids:
            problems.append(f"organisation {o.id}: unknown country {o.country!r}")
        if o.party and o.party not in party_ids:
            problems.append(f"organisation {o.id}: unknown party {o.party!r}")
    for pl in gaz.platforms:
        if pl.mechanism not in MECHANISMS:
            problems.append(f"platform {pl.id}: unknown mechanism {pl.mechanism!r}")
        if pl.kind and pl.kind not in (*ORG_KINDS, "party"):  # a conference of parties is one
            problems.append(f"platform {pl.id}: unknown kind {pl.kind!r}")
    for lk in gaz.lookalikes:
        if lk.resembles and lk.resembles not in gaz._by_id:
            problems.append(f"lookalike {lk.id}: resembles unknown id {lk.resembles!r}")
    ranks = [lv.rank for lv in gaz.partnership_levels]
    if len(set(ranks)) != len(ranks):
        problems.append("partnerships: two levels share a rank")
    for o in gaz.officials:
        for office in o.offices:
            if office.start and office.end and office.end < office.start:
                problems.append(f"official {o.id}: office {office.title_en!r} ends before it starts")
    lookalike_keys = {normalise(n): lk.id for lk in gaz.lookalikes for n in lk.all_names()}
    for group in (gaz.countries, gaz.parties, gaz.organisations, gaz.platforms):
        for entry in group:
            if normalise(entry.canonical) in lookalike_keys:
                problems.append(f"{entry.id}: canonical name {entry.canonical!r} is also look-alike "
                                f"{lookalike_keys[normalise(entry.canonical)]!r}")
    # a place (countries.json ``places``, ``places_with_unit``) names one country's place only
    place_owner: dict[str, str] = {}
    for c in gaz.countries:
        own = {normalise(n) for n in [c.canonical, *[n for g in (c.names, c.demonyms, c.capitals)
                                                    for names in g.values() for n in names]]}
        forms = [n for names in c.places.values() for n in names]
        forms += [f for code, bare in c.places_with_unit.items() for f in place_unit_forms(bare, code)]
        for form in forms:
            key = normalise(form)
            if key in lookalike_keys:
                problems.append(f"country {c.id}: place {form!r} is also look-alike {lookalike_keys[key]!r}")
            if key in own:
                problems.append(f"country {c.id}: place {form!r} is already its name or capital")
            if place_owner.setdefault(key, c.id) != c.id:
                problems.append(f"country {c.id}: place {form!r} is also a place of {place_owner[key]}")
    for c in gaz.countries:
        for form in [n for names in c.places.values() for n in names]:
            other = gaz._country_index.get(normalise(form), [])
            if any(o.id != c.id for o in other):
                problems.append(f"country {c.id}: place {form!r} is another country's name")
    # canonical country names must resolve to themselves
    for c in gaz.countries:
        if gaz.country_by_name(c.canonical) is not c:
            problems.append(f"country {c.id}: canonical name {c.canonical!r} does not resolve to it")
    return problems


def summary(gaz: Gazetteer) -> dict[str, int]:
    return {
        "countries": len(gaz.countries),
        "states": sum(c.is_state for c in gaz.countries),
        "parties": len(gaz.parties),
        "leftist_parties": sum(p.leftist for p in gaz.parties),
        "organisations": len(gaz.organisations),
        "platforms": len(gaz.platforms),
        "officials": len(gaz.officials),
        "lookalikes": len(gaz.lookalikes),
        "partnership_levels": len(gaz.partnership_levels),
        "patterns_en": len(gaz.patterns("en")),
        "patterns_zh": len(gaz.patterns("zh")),
    }


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
