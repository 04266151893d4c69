"""The spaCy pipelines extraction runs on, built once per language and cached.

A pipeline is ``spacy.blank(lang)`` plus one EntityRuler built from the gazetteer. The
gazetteer gives token patterns (``LOWER`` for distinctive names, exact ``TEXT`` for acronyms
and names made of common words); a ruler with ~1,800 token patterns runs through spaCy's
``Matcher`` at about 25 releases a second, far below what a corpus of tens of thousands
needs. So each token pattern is expanded once into the phrases it can match (its dash,
apostrophe and accent variants, and for case-free names the casings text actually uses:
lower, Title, Title-with-small-function-words, UPPER, Sentence) and given to the ruler as
exact-spelling phrase patterns, which spaCy matches with a hash lookup. Longest match wins
across every label, so "Papua New Guinea" (a look-alike) beats "Guinea" and "Workers' Party
of Korea" beats "Workers' Party".

When a trained English pipeline (``en_core_web_sm``) is installed, ``trained_pipeline()``
returns it: its person and organisation entities are added as extra evidence for contacts.
It is never required.
"""

from __future__ import annotations

import importlib.util
import itertools
import logging
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from nlp.gazetteer import Gazetteer

log = logging.getLogger(__name__)

RULER_NAME = "gazetteer_ruler"
MAX_VARIANTS = 48  # phrase spellings kept per token pattern (dash x apostrophe x accent x case)
SMALL_WORDS = frozenset("of the and for in on to de del la las los el y e da do dos das".split())
TRAINED_PIPELINE = "en_core_web_sm"


def _casings(words: list[str]) -> list[list[str]]:
    """The spellings a case-free name takes in releases: 'communist party of cuba' as written
    lower, Title Case, Title Case with small words lower, UPPER and Sentence case."""
    title = [w[:1].upper() + w[1:] for w in words]
    small = [w if (i and w in SMALL_WORDS) else t for i, (w, t) in enumerate(zip(words, title, strict=True))]
    sentence = [title[0], *words[1:]]
    upper = [w.upper() for w in words]
    out: list[list[str]] = []
    for form in (words, title, small, sentence, upper):
        if form not in out:
            out.append(form)
    return out


def phrases_of(pattern: list[dict[str, Any]]) -> list[list[str]]:
    """Every token sequence an EntityRuler token pattern of the gazetteer matches, as word lists.

    Token specs are ``{"LOWER": v}``, ``{"TEXT": v}`` or ``{"ORTH": v}`` with v a string or
    ``{"IN": [...]}``; LOWER tokens get the usual casings of the whole name.
    """
    options: list[list[str]] = []
    case_free = False
    for spec in pattern:
        ((attr, value),) = spec.items()
        values = value["IN"] if isinstance(value, dict) else [value]
        options.append([str(v) for v in values])
        case_free = case_free or attr == "LOWER"
    out: list[list[str]] = []
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
        words = list(combo)
        for form in (_casings(words) if case_free else [words]):
            if form not in out:
                out.append(form)
    return out


def ruler_patterns(lang: str, gazetteer: Gazetteer | None = None) -> list[dict[str, Any]]:
    """The gazetteer's patterns as exact-spelling phrase patterns for an EntityRuler."""
    gaz = gazetteer or Gazetteer.load()
    out: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str]] = set()
    for item in gaz.patterns(lang):
        pattern = item["pattern"]
        if isinstance(pattern, str):
            phrases = [pattern]
        else:
            phrases = [" ".join(words) for words in phrases_of(pattern)]
        for phrase in phrases:
            key = (item["label"], item["id"], phrase)
            if key not in seen:
                seen.add(key)
                out.append({"label": item["label"], "pattern": phrase, "id": item["id"]})
    return out


def build_pipeline(lang: str, gazetteer: Gazetteer | None = None) -> Language:
    """A blank pipeline for ``lang`` ("en" or "zh"; anything else is read as English) with the
    gazetteer's EntityRuler."""
    code = "zh" if lang == "zh" else "en"
    nlp = spacy.blank(code)
    if code == "zh":
        nlp.tokenizer = CharacterSegmenter(nlp.vocab)
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME,
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    patterns = ruler_patterns(code, gazetteer)
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(patterns)
    if not patterns:
        log.warning("gazetteer gave no %s patterns: no names will be found", code)
    # The ruler re-counts its ~10,000 pattern keys on every document only to warn when there are
    # none; we checked once above, so skip that per-document count (a tenth of the run time).
    ruler._require_patterns = lambda: None
    log.debug("built %s pipeline with %d phrase patterns", code, len(patterns))
    return nlp


class CharacterSegmenter:
    """spaCy's Chinese "char" segmentation without its alignment pass: one token per character.

    ``spacy.blank("zh")`` already segments per character (the gazetteer's Chinese phrase patterns
    rely on it); building the Doc straight from the characters is a third faster.
    """

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(text), spaces=[False] * len(text))


@lru_cache(maxsize=4)
def pipeline(lang: str) -> Language:
    """The cached pipeline for a language (built on first use, ~1 s)."""
    return build_pipeline("zh" if lang == "zh" else "en")


@lru_cache(maxsize=1)
def trained_pipeline() -> Language | None:
    """The installed trained English pipeline (NER as extra evidence), or None."""
    if importlib.util.find_spec(TRAINED_PIPELINE) is None:
        return None
    try:
        return spacy.load(TRAINED_PIPELINE, disable=["lemmatizer"])
    except (OSError, ImportError, ValueError) as exc:  # a broken install is not fatal
        log.warning("trained pipeline %s unusable: %s", TRAINED_PIPELINE, exc)
        return None
