"""Cue vocabularies, read from ``nlp/gazetteer/cues.json``.

The words a release uses for each kind of event, for the Chinese party side or for a relative
day are knowledge a coder should be able to read and change without reading Python, like the
names in the gazetteer. The file lists regular-expression fragments per language; this module
joins them into compiled patterns. Chinese cues are written once, in simplified characters: the
traditional spellings that agency and Hong Kong / Taiwan copies print are added here.

A piece several patterns share (the names of the gatherings a meeting can be on the sidelines of)
is written once, under the file's top-level ``fragments`` object, and a pattern refers to it as
``{name}``; a named fragment may itself refer to names defined before it. The names are
replaced by their text when the file is read, before anything else (traditional spellings,
compiling, the prefilter's literals), so a pattern reads as if the text were written out in it.
The text goes in as written: the pattern puts it in a group where it needs one. A ``{name}``
that is not a named fragment is left for the code that reads the cue to fill (``source``'s
``{country}``).

Speed, with the same matches: each fragment gets a required-literal prefilter, computed here from
the parse Python's ``re`` makes of it (``CuePattern``): a text is searched with the alternation of
only the fragments one of whose literals it holds. Writing a cue needs no thought about it; a
fragment whose every match contains some plain word ("sidelines of", 期间会见) is skipped at once
on the pages without that word, while a fragment with no such word (only classes and gaps) is
always searched.
"""

from __future__ import annotations

import json
import re
import re._parser as sre_parse
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from nlp.gazetteer import DATA_DIR, traditional_variants

CUES_FILE = Path(DATA_DIR) / "cues.json"


# ``{name}``: a named fragment (or a fill ``source`` is given); quantifiers such as ``{0,3}`` are not
PLACEHOLDER = re.compile(r"\{([A-Za-z_]\w*)\}")
PATTERN_KEYS = ("en", "zh")  # the lists of an entry that hold patterns


@cache
def _entries() -> dict[str, dict[str, Any]]:
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    named = named_fragments(data.get("fragments", {}))
    return {e["id"]: _expanded(e, named) for e in data["entries"]}


def named_fragments(raw: dict[str, str]) -> dict[str, str]:
    """The file's ``fragments``, each with the names it refers to replaced; a name may refer
    only to names defined before it (so no fragment can refer to itself)."""
    named: dict[str, str] = {}
    for name, text in raw.items():
        named[name] = expand(text, named)
    return named


def expand(text: str, named: dict[str, str]) -> str:
    """``text`` with each ``{name}`` of ``named`` replaced by its text (other braces kept)."""
    return PLACEHOLDER.sub(lambda m: named.get(m.group(1), m.group(0)), text)


def _expanded(entry: dict[str, Any], named: dict[str, str]) -> dict[str, Any]:
    if not named:
        return entry
    out = dict(entry)
    for key in PATTERN_KEYS:
        if key in entry:
            out[key] = [expand(fragment, named) for fragment in entry[key]]
    return out


def _zh_forms(fragment: str) -> list[str]:
    return [fragment, *traditional_variants(fragment, limit=3)]


def fragments(cue_id: str) -> list[str]:
    """The fragments of one cue, English then Chinese (with traditional spellings), then those of
    the cues it lists under ``with``: a vocabulary two readers share (a ceremony, a banquet) is
    written once, and each reader's cue adds only its own words."""
    entry = _entries()[cue_id]
    zh = [form for fragment in entry.get("zh", []) for form in _zh_forms(fragment)]
    shared = [part for other in entry.get("with", []) for part in fragments(other)]
    return list(dict.fromkeys([*entry.get("en", []), *dict.fromkeys(zh), *shared]))


@cache
def words(cue_id: str, lang: str) -> frozenset[str]:
    """A cue whose fragments are plain words (a vocabulary, not patterns), in one language, as a
    set (Chinese with its traditional spellings)."""
    entry = _entries()[cue_id].get(lang, [])
    if lang == "zh":
        return frozenset(form for word in entry for form in _zh_forms(word))
    return frozenset(entry)


@cache
def english_of(cue_id: str) -> dict[str, str]:
    """A cue's ``zh_en``: the English word (one of the cue's ``en``) each of its Chinese words is
    read as, for a step that writes the English of what a Chinese page says (秘书长 is the
    Secretary-General of a body); the Chinese words with their traditional spellings, as every
    Chinese cue has them."""
    pairs = _entries()[cue_id].get("zh_en", {})
    return {form: english for word, english in pairs.items() for form in _zh_forms(word)}


def source(cue_id: str, **fill: str) -> str:
    """One alternation of a cue's fragments; ``{name}`` placeholders are filled from ``fill``."""
    parts = fragments(cue_id)
    for key, value in fill.items():
        parts = [p.replace("{" + key + "}", value) for p in parts]
    return "|".join(f"(?:{p})" for p in parts)


@cache
def pattern(cue_id: str) -> CuePattern:
    """A cue compiled case-insensitively (headline anchors ``^`` match at line starts), searched as
    a ``re.Pattern`` is (see ``CuePattern`` for how a text's search skips fragments it cannot hold)."""
    return CuePattern(fragments(cue_id))


def _compile(parts: list[str]) -> re.Pattern[str]:
    """One alternation of fragments. When every fragment opens with a plain character, a lookahead
    on those characters comes first: positions that cannot start the cue (most of a release) are
    skipped at once, and the matches are the same."""
    alternation = "|".join(f"(?:{p})" for p in parts)
    firsts = [_first_char(f) for f in parts]
    if firsts and all(firsts):
        chars = {c for f in firsts for c in (f.lower(), f.upper())}
        alternation = "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])(?:" + alternation + ")"
    return re.compile(alternation, re.IGNORECASE | re.MULTILINE)


def _first_char(fragment: str) -> str | None:
    """The character every match of a fragment starts with, when the fragment says so plainly
    (a literal first character, not made optional, and no alternation outside a group)."""
    body = fragment[2:] if fragment.startswith("\\b") else fragment
    first = body[:1]
    if not first or not (first.isalnum() or first in "'’-") or body[1:2] in ("?", "*", "{"):
        return None
    return None if _has_top_level_bar(fragment) else first


def _has_top_level_bar(fragment: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in fragment:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


@cache
def rules(group: str) -> tuple[tuple[str, CuePattern], ...]:
    """The ordered rule list of a group (ids ``group.kind``): the first kind that matches wins."""
    prefix = group + "."
    ids = [cue_id for cue_id in _entries() if cue_id.startswith(prefix)]
    return tuple((cue_id[len(prefix):], pattern(cue_id)) for cue_id in ids)


def file_bytes() -> bytes:
    """The file's bytes, for the gazetteer version every record carries."""
    return CUES_FILE.read_bytes()


# A text holding one of these may match an ASCII letter of a cue where its lowercase shows another
# letter (İ, ı, ſ match i, i, s under re.IGNORECASE; İ also lowercases to two characters): such a
# text is searched with the whole pattern. tests/nlp/test_cues_prefilter.py checks the list against
# every Unicode character.
UNFOLDED = "\u0130\u0131\u017f"
_NEVER = re.compile("(?!)")
_MAX_EXACT = 16


class CuePattern:
    """A cue's compiled alternation, with a required-literal prefilter per fragment.

    Each fragment is parsed by Python's own regular-expression parser to find literal strings one
    of which every match of the fragment contains ("sidelines of", one of "delegation" …
    "entrepreneurs", 期间会见). A search first looks those up in the lowercased text (plain
    substring search, fast) and runs the alternation of only the fragments whose literal is there.
    A fragment left out cannot match anywhere in that text, and an alternation tries its branches
    in order, so the result is the same match as the whole pattern's: same span, same text. A
    fragment with no such literal is always kept; a pattern with capturing groups is either run
    whole or, when no fragment can match, not at all (its group numbers never change)."""

    def __init__(self, parts: list[str]) -> None:
        self.parts = parts
        self.full = _compile(parts)
        self.literals = [_required_literals(p) for p in parts]
        # each literal once, with the fragments it lets through (a bit per fragment); ASCII ones
        # apart, as a text without other characters cannot hold the rest
        masks: dict[str, int] = {}
        self._always = 0
        for i, lits in enumerate(self.literals):
            if lits is None:
                self._always |= 1 << i
            for lit in lits or ():
                masks[lit] = masks.get(lit, 0) | 1 << i
        self._ascii = [(lit, mask) for lit, mask in masks.items() if lit.isascii()]
        # the others with their non-ASCII characters: a text lacking one of them lacks the literal
        self._other = [(lit, frozenset(c for c in lit if not c.isascii()), mask)
                       for lit, mask in masks.items() if not lit.isascii()]
        self._subsets: dict[int, re.Pattern[str]] = {0: _NEVER, (1 << len(parts)) - 1: self.full}
        self._recent: dict[str, re.Pattern[str]] = {}  # the last texts searched (title, lead, …)

    def __getattr__(self, name: str) -> Any:  # pattern, flags, groups, sub …: the whole pattern's
        return getattr(self.full, name)

    def for_text(self, text: str) -> re.Pattern[str]:
        """The pattern to search ``text`` with (any part of it): the fragments it may match."""
        compiled = self._recent.get(text)
        if compiled is None:
            compiled = self._choose(text)
            if len(self._recent) >= 16:
                self._recent.clear()
            self._recent[text] = compiled
        return compiled

    def _choose(self, text: str) -> re.Pattern[str]:
        kept = self._kept(text)
        if kept is None:
            return self.full
        compiled = self._subsets.get(kept)
        if compiled is None:
            if self.full.groups:
                return self.full
            compiled = _compile([p for i, p in enumerate(self.parts) if kept >> i & 1])
            if len(self._subsets) < 1024:
                self._subsets[kept] = compiled
        return compiled

    def _kept(self, text: str) -> int | None:
        """The fragments (a bit each) that ``text`` holds a literal of or that have none, or None
        when the text must be searched whole (it holds a character of ``UNFOLDED``). Each literal
        is looked up where it is quickest to find (see ``_Folded``)."""
        folded = _folded(text)
        if folded is None:
            return None
        kept = self._always
        ascii_text = folded.ascii
        for lit, mask in self._ascii:
            if lit in ascii_text:
                kept |= mask
        if not folded.is_ascii:
            lowered, chars = folded.lowered, folded.chars
            if chars is None:
                for lit, _, mask in self._other:
                    if lit in lowered:
                        kept |= mask
            else:
                for lit, needs, mask in self._other:
                    if needs <= chars and lit in lowered:
                        kept |= mask
        return kept

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self.for_text(string).search(string, *args)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.for_text(string).match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.for_text(string).fullmatch(string, *args)

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.for_text(string).finditer(string, *args)

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.full.findall(string, *args) if self.full.groups else \
            self.for_text(string).findall(string, *args)


class _Folded:
    """A text as every cue's prefilter reads it, made once per text (the same page, lead or
    sentence is searched by many cues):

    * ``lowered``: the text lowercased;
    * ``ascii``: the ASCII characters of ``lowered`` (the others left out). An ASCII literal
      occurs in it wherever it occurs in ``lowered`` (and perhaps where two pieces met around a
      character left out, which only keeps a fragment that was not needed), and the search is
      quicker: one bullet (•) or © in an English agency copy makes Python store the whole text two
      bytes a character, and a Chinese text's ASCII characters are few. A str, not bytes: ``in``
      on bytes costs more per look-up, which the many short texts (titles, sentences) feel;
    * ``chars``: for a long text with other characters than ASCII ones, the set of its characters:
      a literal with a character outside it is not in the text, known without a scan (a short
      text is scanned sooner than its set is made)."""

    __slots__ = ("lowered", "ascii", "is_ascii", "chars")

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        self.is_ascii = lowered.isascii()
        self.ascii = lowered if self.is_ascii else lowered.encode("ascii", "ignore").decode("ascii")
        self.chars = frozenset(lowered) if not self.is_ascii and len(lowered) >= 256 else None


_FOLDED: dict[str, _Folded | None] = {}


def _folded(text: str) -> _Folded | None:
    """The text's ``_Folded``, or None when it holds a character of ``UNFOLDED``."""
    try:
        return _FOLDED[text]
    except KeyError:
        pass
    if len(_FOLDED) >= 128:
        _FOLDED.clear()
    folded = _FOLDED[text] = None if any(c in text for c in UNFOLDED) else _Folded(text.lower())
    return folded


def _required_literals(fragment: str) -> tuple[str, ...] | None:
    """Lowercase strings one of which the text of every match of ``fragment`` contains (read from
    the parse Python's ``re`` itself makes), or None when no such set is known. Only characters
    that lowercase plainly count: ASCII ones, and uncased ones such as Chinese characters."""
    try:
        tree = sre_parse.parse(fragment, re.IGNORECASE | re.MULTILINE)
        _, must = _sequence(list(tree))
    except Exception:  # noqa: BLE001 - re's parse tree is internal: if it changes, no prefilter, same matches
        return None
    if not must:
        return None
    shortest = sorted(must, key=len)  # a string holding another needs no look-up of its own
    kept: list[str] = []
    for lit in shortest:
        if not any(k in lit for k in kept):
            kept.append(lit)
    return tuple(kept)


Strings = frozenset[str] | None


def _plain(code: int) -> str | None:
    char = chr(code)
    if char.isascii() or (char.lower() == char and char.upper() == char):
        return char.lower()
    return None


def _better(a: Strings, b: Strings) -> Strings:
    """The better of two required sets to look up: fewest strings among those whose shortest
    string has at least 6 characters (rare enough), else the longest shortest string."""
    valid = [s for s in (a, b) if s and "" not in s]
    if not valid:
        return None
    return max(valid, key=lambda s: (min(6, *map(len, s)), -len(s), min(map(len, s))))


def _sequence(items: list[tuple[Any, Any]]) -> tuple[Strings, Strings]:
    """(exact, must) of a sequence: ``exact`` every string it can match when few, ``must`` a set
    one of which every match contains."""
    run: Strings = frozenset({""})  # the exact strings of the items since the last break
    exact_all = True
    best: Strings = None
    for op, av in items:
        exact, must = _node(op, av)
        if exact is not None and run is not None and len(run) * len(exact) <= _MAX_EXACT:
            if len(run) == 1 < len(exact):
                best = _better(best, run)  # "jointly " before (?:met|meet|meets|meeting): one string
            run = frozenset(a + b for a in run for b in exact)
            continue
        exact_all = False
        best = _better(_better(best, run), must)
        run = exact if exact is not None else frozenset({""})
    best = _better(best, run)
    return (run if exact_all else None), best


def _node(op: Any, av: Any) -> tuple[Strings, Strings]:
    c = sre_parse
    if op is c.LITERAL:
        char = _plain(av)
        return (frozenset({char}), None) if char is not None else (None, None)
    if op is c.IN:
        chars = [_plain(v) if o is c.LITERAL else None for o, v in av]
        if chars and all(ch is not None for ch in chars):
            return frozenset(chars), None  # type: ignore[arg-type]
        return None, None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""}), None  # zero width: the text matched around it is contiguous
    if op is c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is c.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is c.BRANCH:
        branches = [_sequence(list(b)) for b in av[1]]
        exacts = [e for e, _ in branches]
        if all(e is not None for e in exacts) and sum(map(len, exacts)) <= _MAX_EXACT:  # type: ignore[arg-type]
            return frozenset().union(*exacts), None  # type: ignore[arg-type]
        musts = [_better(e, m) for e, m in branches]
        if any(m is None for m in musts):
            return None, None
        return None, frozenset().union(*musts)  # type: ignore[arg-type]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, body = av
        exact, must = _sequence(list(body))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        if low == 1 and high == 1:
            return exact, must
        return None, _better(exact, must)
    return None, None
