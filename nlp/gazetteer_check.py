"""Validation of the gazetteer files (``python -m nlp.gazetteer --check``): missing fields,
duplicate ids, unknown countries and references, look-alikes that would hide an entry, places
named by two countries; and the counts the command prints.

Why a module of its own: a coder edits the JSON files by hand; these checks are what stands
between an edit and a corpus re-coded with a broken list, and they read the loaded gazetteer
without being part of any lookup.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from nlp.gazetteer_entries import FILES, MECHANISMS, ORG_KINDS, SUBREGIONS, place_unit_forms
from nlp.names import normalise

if TYPE_CHECKING:
    from nlp.gazetteer import Gazetteer


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

    problems: list[str] = list(gaz.load_problems) + official_problems() + cue_problems(gaz.data_dir)
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


def cue_problems(data_dir: Path) -> list[str]:
    """Problems in ``cues.json``: it is read only when extraction first needs a cue, so a broken
    file (bad JSON, a pattern that does not compile, a ``with`` naming no cue, a Chinese word
    read as an English word the cue does not have) would otherwise surface mid-run, not here."""
    from nlp.cues import PATTERN_KEYS, expand, named_fragments  # (nlp.cues imports nlp.gazetteer)

    path = Path(data_dir) / "cues.json"
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        named = named_fragments(data.get("fragments", {}))
        entries: list[dict[str, Any]] = list(data["entries"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        return [f"cues.json: cannot be read ({exc})"]
    problems: list[str] = []
    ids = [e.get("id") for e in entries if isinstance(e, dict)]
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not entry.get("id"):
            problems.append(f"cues.json entry {i}: not an object with an id")
            continue
        where = f"cues.json cue {entry['id']}"
        if ids.count(entry["id"]) > 1:
            problems.append(f"{where}: duplicate id")
        for other in entry.get("with", []):
            if other not in ids:
                problems.append(f"{where}: 'with' names no cue {other!r}")
        for key in PATTERN_KEYS:
            for fragment in entry.get(key, []):
                try:
                    re.compile(expand(fragment, named))
                except (re.error, TypeError) as exc:
                    problems.append(f"{where}: {key} fragment {fragment!r} does not compile ({exc})")
        for word, english in entry.get("zh_en", {}).items():
            if english not in entry.get("en", []):
                problems.append(f"{where}: zh_en reads {word!r} as {english!r}, not one of its en words")
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
