"""Text made safe to tokenize and to write, before any rule reads it.

Not part of a release's layout: the extraction runs it on every page first, so that a run of
punctuation cannot make spaCy's tokenizer quadratic and a lone surrogate cannot break hashing or
writing the record. Both keep the text's length, so offsets (evidence spans) stay true.
"""

from __future__ import annotations

import re

# spaCy's English tokenizer peels punctuation off a space-free chunk one character at a time, and
# each peel copies the rest of the chunk: a run of punctuation costs the square of its length
# ("=" * 20000 took 73 s). Text never needs more than a few punctuation marks in a row, so before
# tokenizing, a run longer than this keeps its first marks and the rest become spaces (same
# length, same offsets: evidence spans stay true).
PUNCT_RUN = re.compile(r"[^\w\s][^\w\s]{8,}")  # 9+ marks; so spelled, the search skips a fifth faster
PUNCT_KEEP = 3


def tokenizer_safe(text: str) -> tuple[str, int]:
    """``text`` with each run of 9+ punctuation marks cut to its first 3 (the rest overwritten
    by spaces), and how many runs were cut. The tokenizer is quadratic on such runs; nothing a
    rule looks for lives inside one."""
    runs = 0

    def cut(match: re.Match[str]) -> str:
        nonlocal runs
        runs += 1
        run = match.group()
        return run[:PUNCT_KEEP] + " " * (len(run) - PUNCT_KEEP)

    return PUNCT_RUN.sub(cut, text), runs


SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates (from JSON escapes such as "\\ud800") replaced by U+FFFD, and
    how many there were: they cannot be encoded, so hashing or writing the record would fail.
    Same length, same offsets."""
    return SURROGATE.subn("\ufffd", text)
