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
import warnings
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np
import spacy
from spacy.attrs import IS_ALPHA, IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from nlp.gazetteer import Gazetteer

log = logging.getLogger(__name__)

RULER_NAME = "gazetteer_ruler"
MAX_VARIANTS = 48  # phrase spellings kept per token pattern (dash x apostrophe x accent x case)
DASH_WORDS = frozenset("- – — ‐ －".split())
# Function words a name's Title Case keeps small, in English and in the languages of the region's
# party names (Spanish, Portuguese, French, Dutch): "Frente Farabundo Martí para la Liberación
# Nacional", "Movimiento al Socialismo", "Parti des Travailleurs", "Partij voor de Arbeid"
SMALL_WORDS = frozenset("""of the and for in on to with at by a an de del la las los el y e da do dos das
para por al con sin en pelo pela pelos pelas com sem no na nos nas du des le les et pour van voor het der
den op""".split())
TRAINED_PIPELINE = "en_core_web_sm"


def _casings(words: list[str]) -> list[list[str]]:
    """The spellings a case-free name takes in releases: 'communist party of cuba' as written
    lower, Title Case, Title Case with small words lower, UPPER and Sentence case."""
    title = [w[:1].upper() + w[1:] for w in words]
    small = [w if (i and w in SMALL_WORDS) else t for i, (w, t) in enumerate(zip(words, title, strict=True))]
    sentence = [title[0], *words[1:]]
    upper = [w.upper() for w in words]
    # "High-level Meeting": a title-cased name whose hyphenated words keep the second part small
    hyphen = [w if i and words[i - 1] in DASH_WORDS else s
              for i, (w, s) in enumerate(zip(words, small, strict=True))]
    out: list[list[str]] = []
    for form in (words, title, small, sentence, upper, hyphen):
        if form not in out:
            out.append(form)
    return out


def phrases_of(pattern: list[dict[str, Any]]) -> list[list[str]]:
    """Every token sequence an EntityRuler token pattern of the gazetteer matches, as word lists.

    Token specs are ``{"LOWER": v}``, ``{"TEXT": v}`` or ``{"ORTH": v}`` with v a string or
    ``{"IN": [...]}``; LOWER tokens get the usual casings of the whole name.
    """
    options: list[list[str]] = []
    fixed: list[bool] = []  # spelled as given in every casing (acronyms, dashes)
    for spec in pattern:
        ((attr, value),) = spec.items()
        values = value["IN"] if isinstance(value, dict) else [value]
        options.append([str(v) for v in values])
        fixed.append(attr != "LOWER")
    case_free = not all(fixed)
    out: list[list[str]] = []
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
        words = list(combo)
        for form in (_casings(words) if case_free else [words]):
            form = [w if keep else f for w, f, keep in zip(words, form, fixed, strict=True)]
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
    else:
        # a full stop after a mixed-case acronym ends the sentence ("cadres of the PCdoB."): spaCy
        # splits it after two capitals or a lower-case word, not after "oB", and the name was lost
        suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\."]
        nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
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
    if code != "zh":
        nlp.tokenizer = WarmTokenizer(nlp.tokenizer)
    log.debug("built %s pipeline with %d phrase patterns", code, len(patterns))
    return nlp


class WarmTokenizer:
    """spaCy's tokenizer, with its chunk cache kept warm: the same tokens, several times faster.

    spaCy caches the tokens of each space-delimited chunk, but stops saving to the cache for the
    rest of a document once a chunk with a special case appears (a paragraph break's lone space,
    "Nov.", "don't"; spaCy issue #1250), so in a long release most chunks are re-split by the
    affix rules every time: 3 ms for a 5,000-character release, half of extraction. Here each
    chunk not seen before is first tokenized on its own — which saves it, as spaCy would in a
    document without special cases — and then the whole text goes through spaCy's tokenizer as
    before, finding its chunks in the cache. The cache only ever holds spaCy's own tokenization
    of a chunk, so the tokens are spaCy's.
    """

    SEEN_MAX = 500_000  # chunk strings remembered per process (then forgotten, not wrong)

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.seen: set[str] = set()

    def __call__(self, text: str) -> Doc:
        seen = self.seen
        new = [chunk for chunk in set(text.split()) if chunk not in seen]
        if new:
            if len(seen) + len(new) > self.SEEN_MAX:
                seen.clear()
            for chunk in new:
                self.tokenizer(chunk)
            seen.update(new)
        return self.tokenizer(text)


class CharacterSegmenter:
    """spaCy's Chinese "char" segmentation without its alignment pass: one token per character.

    ``spacy.blank("zh")`` already segments per character (the gazetteer's Chinese phrase patterns
    rely on it); building the Doc straight from the characters is a third faster. The Doc is given
    each character's string-store hash rather than the character: spaCy then finds the lexeme by
    that hash instead of hashing the character's UTF-8 bytes again, for every character of every
    release (the same Doc, built twice as fast).
    """

    def __init__(self, vocab: Any) -> None:
        self.vocab = vocab
        self.orths = _Orths(vocab)

    def __call__(self, text: str) -> Doc:
        return Doc(self.vocab, words=list(map(self.orths.__getitem__, text)), spaces=[False] * len(text))


class _Orths(dict[str, int]):
    """Character -> its hash in the vocab's string store (added there on first sight)."""

    def __init__(self, vocab: Any) -> None:
        super().__init__()
        self.vocab = vocab

    def __missing__(self, char: str) -> int:
        orth: int = self.vocab.strings.add(char)
        self[char] = orth
        return orth


class Entity(NamedTuple):
    """A gazetteer name found in a tokenized text: what ``add_mentions`` reads of a spaCy entity."""

    label_: str
    ent_id_: str
    start_char: int
    end_char: int
    text: str


class Found(NamedTuple):
    """The gazetteer entities of one text, in text order (``.ents`` as on a spaCy Doc)."""

    ents: list[Entity]


def gazetteer_entities(nlp: Language, doc: Doc, text: str | None = None) -> Found:
    """The entities the pipeline's EntityRuler would set on ``doc``, without setting them.

    Same matches, same choice (longest first, then leftmost; a match whose first or last token is
    taken is dropped: ``EntityRuler.match`` and ``set_annotations`` of spaCy 3), same order. What
    is skipped is the bookkeeping extraction never reads — a Span and Token objects per match, a
    quadratic filter of earlier entities, the ``doc.ents`` setter — a fifth of the extraction time
    on real-length releases, and most of it on a page that names thousands of entities."""
    ruler = nlp.get_pipe(RULER_NAME)
    words, index = _without_spaces(doc)
    matches = list(ruler.phrase_matcher(words))
    if len(ruler.matcher):  # token patterns (the gazetteer gives none): asked only when there are some
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = list(ruler.matcher(words)) + matches
    if index is not None:  # back to the tokens of the document
        matches = [(m_id, index[start], index[end - 1] + 1) for m_id, start, end in matches]
    final = set([(m_id, start, end) for m_id, start, end in matches if start != end])  # noqa: C403
    ordered = sorted(final, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
    seen: set[int] = set()
    kept: list[tuple[int, int, int]] = []
    for m_id, start, end in ordered:
        if start not in seen and end - 1 not in seen:
            kept.append((start, end, m_id))
            seen.update(range(start, end))
    kept.sort()
    text = doc.text if text is None else text  # the string tokenized (Doc.text rebuilds it: slow)
    # As many tokens as characters (a Chinese text): each token is one character, token i is at i
    per_char = len(doc) == len(text)
    ents: list[Entity] = []
    for start, end, m_id in kept:
        label, ent_id = ruler._ent_ids.get(m_id, (doc.vocab.strings[m_id], ""))
        if per_char:
            a, b = start, end
        else:
            first, last = doc[start], doc[end - 1]
            a, b = first.idx, last.idx + len(last.text)
        ents.append(Entity(label, ent_id or "", a, b, text[a:b]))
    return Found(ents)


def _without_spaces(doc: Doc) -> tuple[Doc, list[int] | None]:
    """The document without the whitespace tokens inside a run of words, and each kept token's
    index in the document (None when there was none to drop).

    Two spaces or a tab inside a name ("Communist Party  of Cuba", a line broken twice in a copy)
    make a whitespace token of their own, and a phrase pattern, spelled word by word, would not
    match across it: a name is the same words however much space a copy puts between them. Only a
    whitespace token with a word (letters; a Chinese character) on both sides can be inside a name;
    one after a full stop, a number or the title separator cannot, and most pages have no other, so
    their document is matched as it is (rebuilding every document cost two fifths of the extraction
    time). Read as arrays: iterating tokens would make a Python object per token."""
    if len(doc) < 3:
        return doc, None
    flags = doc.to_array([IS_SPACE, IS_ALPHA]).astype(bool)
    space, word = flags[:, 0], flags[:, 1]
    inner = np.zeros(len(doc), dtype=bool)
    inner[1:-1] = space[1:-1] & word[:-2] & word[2:]
    if not inner.any():
        return doc, None
    index = np.flatnonzero(~inner).tolist()
    orth = doc.to_array([ORTH])
    strings = doc.vocab.strings
    words = [strings[int(orth[i])] for i in index]
    return Doc(doc.vocab, words=words, spaces=[True] * len(words)), index


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
