"""How a party's name is compared with the names the gazetteer lists: word by word, in any order.

A variant form of a listed party's name ("the Party of Labour of Guatemala", "the Broad Front
Party of Costa Rica") is that party's when its words, compared without case, accents, possessives,
plural "s", British or American spelling, small words and the country's own names, are a clear best
match among the names of the parties of one country (``SIMILAR``, and ``MARGIN`` above any other).
Separate from where a name is found on a page (``nlp/party_name_candidates.py``) and which country
it carries (``nlp/party_name_country.py``): this is the one place that says when two names are one.

Comparison uses ``difflib`` on short word lists (a party name is a few words; a country has at most a
few dozen parties), cached per name, so no release pays for it twice.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import Gazetteer, Party, normalise

SIMILAR = 0.9  # word-order-free similarity for a variant form to be a listed party's name
MARGIN = 0.05  # ... and by how much it must beat every other party of the country
STOP = frozenset("""of for the to toward towards and de del la las los el y e do da dos das para por al
pela pelo du des le les et pour van voor het a an""".split())
PARTY_NOUNS = frozenset({"party", "partido", "parti", "partij", "pati"})
SPELLING = {"labor": "labour", "center": "centre", "organization": "organisation", "defense": "defence"}


def name_word(token: str) -> str:
    """A word of a name as compared: no possessive, no plural s, one spelling."""
    token = token.strip("'’").replace("’", "'")
    if token.endswith("'s"):
        token = token[:-2]
    token = token.rstrip("'")
    if len(token) > 4 and token.endswith("s") and not token.endswith(("ss", "ismo", "ism")):
        token = token[:-1]
    return SPELLING.get(token, token)


@lru_cache(maxsize=16384)  # the same names, page after page
def name_words(text: str) -> tuple[str, ...]:
    """A name's words as names are compared: normalised, brackets dropped ("(PSUV)"), "&" as "and",
    each word in its one spelling (``name_word``), so two ways of writing one name meet."""
    text = re.sub(r"\([^)]*\)", " ", normalise(text).replace("&", " and "))
    return tuple(name_word(t) for t in re.split(r"[^\w'’]+", text) if t and t.strip("'’"))


@lru_cache(maxsize=64)
def country_name_words(gaz: Gazetteer, country_id: str) -> frozenset[str]:
    """The words of a country's names and demonyms: in a party's name they say whose party it is,
    not which party, so names are compared without them (``content_words``)."""
    country = gaz.country(country_id)
    if country is None:
        return frozenset()
    groups = (country.names, country.demonyms)
    names = [country.canonical] + [n for lang in ("en", "es", "pt") for group in groups
                                   for n in group.get(lang, [])]
    return frozenset(w for n in names for w in name_words(n)) | {"st", "saint", "republic"}


def content_words(words: tuple[str, ...], country_words: frozenset[str]) -> tuple[str, ...]:
    """The words that tell one party from another: a name's words without stop words and without
    its country's words ("Communist Party of Cuba" and "Cuban Communist Party" meet)."""
    return tuple(w for w in words if w not in STOP and w not in country_words)


@lru_cache(maxsize=64)
def _country_names(gaz: Gazetteer, country_id: str) -> tuple[tuple[Party, tuple[str, ...]], ...]:
    """Each name of each party of a country, as compared (acronyms left out)."""
    country_words = country_name_words(gaz, country_id)
    out = []
    for party in gaz.parties:
        if party.country != country_id:
            continue
        for name in dict.fromkeys(party.all_names()):
            if re.search(r"[\u4e00-\u9fff]", name) or " " not in name.strip():
                continue
            words = content_words(name_words(name), country_words)
            if words:
                out.append((party, words))
    return tuple(out)


def _ratio(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """difflib's ratio of the sorted words; 0 when its cheap upper bound already says the two are
    too far apart to matter (below ``SIMILAR - MARGIN``, neither a match nor a rival of one)."""
    matcher = difflib.SequenceMatcher(None, " ".join(sorted(a)), " ".join(sorted(b)))
    if matcher.real_quick_ratio() < SIMILAR - MARGIN or matcher.quick_ratio() < SIMILAR - MARGIN:
        return 0.0
    return matcher.ratio()


def _similarity(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Word-order-free similarity; a party noun written on one side only ("the Broad Front Party",
    "the Popular Vanguard") is no difference."""
    score = _ratio(a, b)
    a2, b2 = tuple(w for w in a if w not in PARTY_NOUNS), tuple(w for w in b if w not in PARTY_NOUNS)
    if a2 and b2 and (a2, b2) != (a, b):
        score = max(score, _ratio(a2, b2))
    return score


@lru_cache(maxsize=4096)
def best_party(gaz: Gazetteer, country_id: str, words: tuple[str, ...]) -> Party | None:
    """The one party of the country a name's content words name: the best match at ``SIMILAR`` or
    more, ``MARGIN`` above any other party of the country; else None (no party, or two alike)."""
    scores: dict[str, tuple[float, Party]] = {}
    shared = set(words) - PARTY_NOUNS
    for party, names in _country_names(gaz, country_id):
        if not shared & set(names):
            continue  # not one word in common: no form of this name
        score = _similarity(words, names)
        if score > scores.get(party.id, (0.0, party))[0]:
            scores[party.id] = (score, party)
    ranked = sorted(scores.values(), key=lambda s: -s[0])
    if not ranked or ranked[0][0] < SIMILAR:
        return None
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
        return None
    return ranked[0][1]


def self_described_left(name: str) -> bool:
    """Does a party's own name call it communist, socialist, Marxist, … or of the left?"""
    words = name_words(name)
    vocabulary = cues.words("party_name.self_described_left", "en")
    pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
    return any(w in vocabulary for w in words) or bool(pairs & vocabulary)


def cut_short(gaz: Gazetteer, country_id: str, party: Party, text: str) -> bool:
    """Is the name as written the opening of another party's name of the country ("Partido Comunista
    del Peru" opens "Partido Comunista del Perú – Patria Roja")? Then it may be that party's name cut
    short as well as a form of the matched one: better no party than the wrong one."""
    written = normalise(text)
    return any(other is not party and normalise(name).startswith(written + " ")
               for other, _ in _country_names(gaz, country_id) for name in other.all_names())
