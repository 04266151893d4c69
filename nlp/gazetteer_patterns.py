"""The EntityRuler patterns of the gazetteer: token patterns for English-language text (dash,
apostrophe, accent and spelling variants; which names keep their capitals) and phrase patterns
for Chinese (dash, interpunct, region and traditional-character variants).

Why a module of its own: how a name becomes a pattern decides what the ruler can match and what
it must not (ordinary prose, look-alikes); it is built once per language from the loaded
gazetteer (``Gazetteer.patterns``) and is independent of how the files are read or checked.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from nlp.gazetteer_entries import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PARTNERSHIP_LEVEL,
    PLATFORM,
    Country,
    Lookalike,
    Official,
    PartnershipLevel,
)
from nlp.name_forms import (
    apostrophe_forms,
    article_forms,
    country_forms_zh,
    country_swap_forms,
    demonym_forms_es,
    generic_cores,
    generic_cores_zh,
    listed_cores,
    member_forms,
    platform_forms,
    possessive_forms,
    quoted_zh,
    translation_forms_zh,
    without_article,
)
from nlp.names import (
    APOSTROPHES,
    DASHES,
    HEAD_NOUNS,
    INTERPUNCTS,
    has_han,
    has_latin,
    is_acronym,
    is_generic,
    normalise,
    strip_accents,
)
from nlp.zh_variants import traditional_variants

if TYPE_CHECKING:
    from nlp.gazetteer import Gazetteer


@lru_cache(maxsize=4)
def _tokenizer(lang: str) -> Any:
    import spacy

    return spacy.blank(lang).tokenizer


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
    forms = {token, strip_accents(token)}
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
        len(words) >= 4 or any(strip_accents(w) in place_words for w in words))
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


def lower_head_pattern(alias: str, exact: bool) -> list[dict[str, Any]] | None:
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
        return [n for n in entry.all_names("zh") if has_han(n)] + pairs
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


def build_patterns(gaz: Gazetteer, lang: str) -> list[dict[str, Any]]:
    lookalike_keys = {normalise(n) for lk in gaz.lookalikes for n in lk.all_names()}
    place_words = _place_words(gaz)
    ids: dict[tuple[str, str], list[str]] = {}
    shapes: dict[tuple[str, str], Any] = {}
    written: dict[tuple[str, str], list[str]] = {}
    for label, entries, with_acronyms in _groups(gaz):
        for entry in entries:
            names = [(n, is_acronym(n)) for n in _names_for(entry, lang)]
            if label in (LAC_PARTY, LAC_ORG) and lang == "en" and getattr(entry, "country", None):
                names += [(n, False) for n in possessive_forms(gaz, entry)]
            if label == LAC_PARTY and lang == "en":
                names += [(n, False) for n in member_forms(entry) + article_forms(gaz, entry)
                          + demonym_forms_es(gaz, entry) + country_swap_forms(gaz, entry)
                          + without_article(entry)]
            if label in (LAC_PARTY, LAC_ORG) and lang == "en":
                names += [(n, False) for n in apostrophe_forms([n for n, _ in names])]
                names += [(n, False) for n in generic_cores(gaz, entry) + listed_cores(gaz, entry)
                          if has_latin(n)]
            if label == LAC_PARTY and lang == "zh":
                names += [(n, False) for n in quoted_zh(gaz, entry) + generic_cores_zh(gaz, entry)
                          + country_forms_zh(gaz, entry) + translation_forms_zh(gaz, entry)
                          + [c for c in listed_cores(gaz, entry) if has_han(c)]]
            if with_acronyms and lang != "zh":
                names += [(a, True) for a in entry.acronyms]
            if label == PLATFORM and lang == "en":
                names += [(n, is_acronym(n)) for n in platform_forms(entry)]
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
                    lower_head = lower_head_pattern(name, exact) if label == LAC_PARTY else None
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
            words.update(strip_accents(w).casefold() for w in re.split(r"[\s\-–—,()]+", name) if w)
    return frozenset(words - _NOT_PLACE_WORDS)
