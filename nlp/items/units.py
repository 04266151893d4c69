"""The stretches of a page's text that segments are cut from, and the ``Segment`` they become.
A page's units are its paragraphs or, for a copy stored as one line, its sentences (``units_of``):
every kind of page reads a one-line copy as it reads one with paragraphs. A short line
(``is_short``) is a name or a title line, which belongs with the text it heads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.prose import is_caption
from nlp.schema import Span
from nlp.sentences import SENTENCE_CLOSE, paragraphs, sentence_spans
from nlp.text import ONE_LINE_SENTENCES, PART_GAP_SPLIT


@dataclass(frozen=True)
class Segment:
    """A stretch of the page's text that reports one exchange (offsets into the page text)."""

    start: int
    end: int


def within(span: Span, segment: Segment) -> bool:
    """Does the evidence span lie in the segment's text (a span of the title or outside is another
    exchange's or the page's)?"""
    return span.where == "text" and segment.start <= span.start and span.end <= segment.end


SHORT_WORDS = 12  # an English line of fewer words with no full stop is a name or a title line
SHORT_ZH = 25
# The list of senders after an introduction: "Those sending messages include: A; B; C".
LIST_INTRO = re.compile(r"(?:\binclud(?:e|es|ed|ing)\b|\bare as follows\b|的有|有：|有:|如下)\s*[:：]?\s*",
                        re.I)


def is_short(line: str, zh: bool) -> bool:
    """Is the line a name or a title line (or a sender's header), which belongs with the text after it?"""
    stripped = line.strip()
    if stripped.endswith((":", "：")):  # a sender's header ("Name, role:") leads into the quote;
        return not LIST_INTRO.search(stripped)  # an introduction to a list does not
    if stripped.endswith((".", "。", "!", "?", "！", "？", "\"", "”", ";", "；")):
        return False
    return len(stripped) < SHORT_ZH if zh else len(stripped.split()) < SHORT_WORDS


def first_sentence_end(clean: str, start: int, end: int) -> int:
    """The end of the first sentence of ``clean[start:end]`` (its full stop), or ``end``."""
    match = FIRST_SENTENCE_END.search(clean, start, end)
    return match.end() if match else end


# an English sentence's full stop: a stop after a word of two or more letters, not an initial or
# an abbreviation's dot ("Oct. 17", "Dr. Ortega")
FIRST_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                                r"(?<!\bSept)(?<!\b(?:Mr|Dr|No|St|Ms))\.(?=\s|$)")


# A copy stored as one line keeps its senders' paragraphs only as sentences: a page of one or two
# lines, one of them with ONE_LINE_SENTENCES sentences or more, is read sentence by sentence, as
# ``layout`` reads its lead (a sentence that goes on about the same sender, "He said …", joins the
# one before, as a paragraph would). A short page joined by single blanks was one unit: its senders
# or a trip's legs in its later paragraphs were read as one entry, or none.


def units_of(clean: str, zh: bool) -> list[tuple[int, int]]:
    """Paragraphs; the line of a copy stored as one line is cut into its parts spaced apart, and a
    run-on part of ONE_LINE_SENTENCES sentences or more into its sentences. A copy whose report is
    one such line among lines of page furniture (a menu, a caption, "Enditem", related headlines:
    no other line ends as a sentence ends) is read the same way, as ``layout`` reads its lead."""
    paras = paragraphs(clean)
    if len(paras) > 2:
        prose = [p for p in paras if clean[p[0]:p[1]].endswith(SENTENCE_CLOSE[:8])
                 and not is_caption(clean[p[0]:p[1]])]
        if len(prose) != 1:
            return paras
        return [unit for p in paras for unit in (_sentences(clean, p, zh) if p == prose[0] else [p])]
    out: list[tuple[int, int]] = []
    # its paragraphs spaced apart on the line (PART_GAP) are paragraphs still, as ``layout`` reads them
    parts = [(start + m.start(), start + m.end()) for start, end in paras
             for m in PART_GAP_SPLIT.finditer(clean[start:end])]
    if len(parts) > 2:
        paras = parts
    for para in paras:
        out.extend(_sentences(clean, para, zh))
    return out


def _sentences(clean: str, para: tuple[int, int], zh: bool) -> list[tuple[int, int]]:
    """A run-on part's sentences when it has ONE_LINE_SENTENCES or more, else the part whole."""
    spans = sentence_spans(clean, *para, zh)
    return spans if len(spans) >= ONE_LINE_SENTENCES else [para]
