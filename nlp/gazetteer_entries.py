"""The gazetteer's entries as typed objects — countries, parties, organisations, platforms, Chinese
officials and their offices, look-alikes, partnership levels — and how each is built from its
JSON object in ``nlp/gazetteer/``.

Why a module of its own: every step of extraction reads these objects, and the files' names,
languages, labels and allowed values are the vocabulary the loader, the patterns and the
validation share. Nothing here indexes or matches; ``nlp.gazetteer.Gazetteer`` does.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
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


def as_date(on: date | str | None) -> date | None:
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
    # A capital whose bare name other places share ("Santiago", "La Paz") but which a dispatch's
    # dateline writes bare only for this country's city: wire datelines qualify the namesakes
    # ("SANTIAGO DE CUBA", "LA PAZ, Mexico"), so the bare name there is this capital; elsewhere
    # in a text it is no place of the country
    dateline_places: dict[str, list[str]] = field(default_factory=dict)

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
        day = as_date(on)
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


def _plural(demonym: str) -> str:
    if demonym.endswith(("ese", "s", "ch", "sh", "ais")):
        return demonym
    return demonym + "s"


# ----------------------------------------------------------------- from JSON
# One entry of a file (a JSON object) as its typed entry; a missing key or a wrong type raises, and
# ``Gazetteer._build`` leaves that entry out and reports it.
def country_entry(e: dict[str, Any]) -> Country:
    return Country(id=e["id"], canonical=e["canonical"], names=_lang_map(e.get("names")),
                   demonyms=_lang_map(e.get("demonyms")), capitals=_lang_map(e.get("capitals")),
                   subregion=e.get("subregion", ""), is_state=bool(e.get("is_state")),
                   sovereign=e.get("sovereign"), note=e.get("note", ""), short_zh=e.get("short_zh"),
                   places=_lang_map(e.get("places")),
                   places_with_unit=_lang_map(e.get("places_with_unit")),
                   dateline_places=_lang_map(e.get("dateline_places")))


def party_entry(e: dict[str, Any]) -> Party:
    return Party(id=e["id"], canonical=e["canonical"], country=e.get("country", ""),
                 leftist=bool(e.get("leftist")), family=e.get("family", ""),
                 wikipedia_title=e.get("wikipedia_title"), official_name=e.get("official_name"),
                 acronyms=tuple(e.get("acronyms") or ()), aliases=_lang_map(e.get("aliases")),
                 founded=e.get("founded"), dissolved=e.get("dissolved"), renamed_to=e.get("renamed_to"),
                 merged_into=e.get("merged_into"), preferred_for=tuple(e.get("preferred_for") or ()),
                 note=e.get("note", ""))


def organisation_entry(e: dict[str, Any]) -> Organisation:
    return Organisation(id=e["id"], canonical=e["canonical"], kind=e.get("kind", ""),
                        country=e.get("country"), acronyms=tuple(e.get("acronyms") or ()),
                        aliases=_lang_map(e.get("aliases")), party=e.get("party"), note=e.get("note", ""))


def platform_entry(e: dict[str, Any]) -> Platform:
    return Platform(id=e["id"], canonical=e["canonical"], mechanism=e.get("mechanism", ""),
                    acronyms=tuple(e.get("acronyms") or ()), aliases=_lang_map(e.get("aliases")),
                    leftist=bool(e.get("leftist")), founded=e.get("founded"), note=e.get("note", ""),
                    body=bool(e.get("body")), kind=e.get("kind", ""))


def official_entry(e: dict[str, Any]) -> Official:
    offices = tuple(
        Office(title_en=o["title_en"], title_zh=o.get("title_zh", ""),
               start=_day(o.get("from"), end=False), end=_day(o.get("to"), end=True),
               head_of_state_or_government=bool(o.get("head_of_state_or_government")),
               approximate=bool(o.get("approximate")))
        for o in e.get("offices") or ())
    return Official(id=e["id"], name_en=e["name_en"], name_zh=e.get("name_zh", ""),
                    aliases=_lang_map(e.get("aliases")), offices=offices, note=e.get("note", ""))


def lookalike_entry(e: dict[str, Any]) -> Lookalike:
    return Lookalike(id=e["id"], names=_lang_map(e.get("names")), kind=e.get("kind", ""),
                     resembles=e.get("resembles"), reason=e.get("reason", ""), country=e.get("country"),
                     acronyms=tuple(e.get("acronyms") or ()))


def level_entry(e: dict[str, Any]) -> PartnershipLevel:
    return PartnershipLevel(id=e["id"], rank=int(e["rank"]), canonical=e["canonical"],
                            aliases=_lang_map(e.get("aliases")), note=e.get("note", ""),
                            coined=e.get("coined"))
