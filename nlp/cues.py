"""Cue vocabularies, read from ``nlp/gazetteer/cues.json``.

The words a release uses for each kind of event, for the Chinese party side or for a relative
day are knowledge a coder should be able to read and change without reading Python, like the
names in the gazetteer. The file lists regular-expression fragments per language; this module
joins them into compiled patterns. Chinese cues are written once, in simplified characters: the
traditional spellings that agency and Hong Kong / Taiwan copies print are added here.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from nlp.gazetteer import DATA_DIR, traditional_variants

CUES_FILE = Path(DATA_DIR) / "cues.json"


@cache
def _entries() -> dict[str, dict[str, Any]]:
    data = json.loads(CUES_FILE.read_text(encoding="utf-8"))
    return {e["id"]: e for e in data["entries"]}


def _zh_forms(fragment: str) -> list[str]:
    return [fragment, *traditional_variants(fragment, limit=3)]


def fragments(cue_id: str) -> list[str]:
    """The fragments of one cue, English then Chinese (with traditional spellings)."""
    entry = _entries()[cue_id]
    zh = [form for fragment in entry.get("zh", []) for form in _zh_forms(fragment)]
    return list(entry.get("en", [])) + list(dict.fromkeys(zh))


def source(cue_id: str, **fill: str) -> str:
    """One alternation of a cue's fragments; ``{name}`` placeholders are filled from ``fill``."""
    parts = fragments(cue_id)
    for key, value in fill.items():
        parts = [p.replace("{" + key + "}", value) for p in parts]
    return "|".join(f"(?:{p})" for p in parts)


@cache
def pattern(cue_id: str) -> re.Pattern[str]:
    """A cue compiled case-insensitively (headline anchors ``^`` match at line starts). When every
    fragment opens with a plain character, a lookahead on those characters comes first: positions
    that cannot start the cue (most of a release) are skipped at once, and the matches are the same."""
    alternation = source(cue_id)
    firsts = [_first_char(f) for f in fragments(cue_id)]
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
def rules(group: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The ordered rule list of a group (ids ``group.kind``): the first kind that matches wins."""
    prefix = group + "."
    ids = [cue_id for cue_id in _entries() if cue_id.startswith(prefix)]
    return tuple((cue_id[len(prefix):], pattern(cue_id)) for cue_id in ids)


def file_bytes() -> bytes:
    """The file's bytes, for the gazetteer version every record carries."""
    return CUES_FILE.read_bytes()
