"""Paragraphs and sentences: the units a release is read in.

Every step asks for the sentence around a name (``sentence_at``) or the sentences of a passage
(``sentence_ends``, ``sentence_spans``), and the layout splits its lines into paragraphs: one
splitter, apart from the reading of the lead, so that all of them cut a text the same way
(abbreviations such as "Nov." or "Hon." end no sentence, a lone capital is an initial).
"""

from __future__ import annotations

import re


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, leading/trailing spaces excluded."""
    out = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        left = len(line) - len(line.lstrip())
        right = len(line.rstrip())
        if right > left:
            out.append((match.start() + left, match.start() + right))
    return out


SENTENCE_CLOSE = ("。", ".", "!", "?", "！", "？", "\"", "”", "’", ":", "：", ";", "；")


# A sentence ends after a word, a number or a bracket, and after an acronym of two capitals or more
# ("… with the CPC. Thongloun …", "… the PSUV. The …"); a lone capital is an initial ("Luiz I. Lula",
# "U.S. President"), not the end of a sentence
SENTENCE_END_EN = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=\b[A-Z]{2}[.!?])|(?<=[A-Z]{3}[.!?]))[\"”’]?"
                             r"(?=\s+[A-Z\"“])")
# (and the Commonwealth styles before a Caribbean leader's name: "the Hon.", "the Most Hon.", "Rt. Hon.")
ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|No|Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Gov|Sen|Hon|Rt)\.$")
SENTENCE_END_ZH = re.compile(r"[。！？][”’\"]?")


def sentence_ends(text: str, start: int, end: int, zh: bool) -> list[int]:
    """Where the sentences of ``text[start:end]`` end (after the full stop and a closing quote):
    an English one before a capital, not after an abbreviation; a Chinese one at 。！？."""
    pattern = SENTENCE_END_ZH if zh else SENTENCE_END_EN
    return [m.end() for m in pattern.finditer(text, start, end)
            if zh or not ABBREVIATION.search(text, max(start, m.start() - 6), m.start())]


def sentence_spans(text: str, start: int, end: int, zh: bool) -> list[tuple[int, int]]:
    """The sentences of ``text[start:end]`` as spans, each from its first non-blank character (a
    copy stored as one line keeps its paragraphs, entries and closing line only as sentences)."""
    cuts = [start, *(e for e in sentence_ends(text, start, end, zh) if e < end), end]
    return [(a + len(text[a:b]) - len(text[a:b].lstrip()), b)
            for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def sentence_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence around ``at``: from after the previous full stop or line break
    to the next one (end excluded) — the unit a clause of a release is read in. The stop of an
    abbreviation ("On Nov. 30, the IDCPC sent …", "Mr. Xi") ends no sentence (``ABBREVIATION``)."""
    left = at
    while True:
        left = max(text.rfind(".", 0, left), text.rfind("。", 0, left), text.rfind("\n", 0, left))
        if left == -1 or not _abbreviation_stop(text, left):
            break
    right = at
    while True:
        ends = [i for i in (text.find(".", right), text.find("。", right), text.find("\n", right)) if i != -1]
        right = min(ends) if ends else len(text)
        if right == len(text) or not _abbreviation_stop(text, right):
            break
        right += 1
    return left + 1, right


def _abbreviation_stop(text: str, at: int) -> bool:
    """Is the full stop at ``at`` the one of an abbreviation ("Nov.", "Mr.")?"""
    return text[at] == "." and ABBREVIATION.search(text, max(0, at - 5), at + 1) is not None
