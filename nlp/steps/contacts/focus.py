"""Where a release says whom the exchange was with: the title, the lead, and the early sentences
that introduce counterparts (met with, led by, a message to, a gathering's participants), less the
sentences that recall an earlier exchange. Contacts are read only there.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_PARTY
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.country.body import address_block

# Whom a talk was held with ("discussed the topic with representatives of the PCC and Morena"): the
# parties after it are the talk's participants, not what it was about
WITH_PARTICIPANTS_SOURCE = (r"\bwith\s+(?:the\s+)?(?:representatives|delegates|delegations|leaders|members|"
                            r"officials)\s+(?:of|from)\b")
WITH_PARTICIPANTS = re.compile(WITH_PARTICIPANTS_SOURCE)
# (the lookahead names every alternative's first character: positions that cannot start a cue are
# skipped at once, five times faster on long releases). Beside meetings and messages, the words that
# name an event's participants ("discussed it with representatives of", "attended by") introduce them.
COUNTERPART_CUE = re.compile(
    r"(?=[lhmictwap率会會致])(?:\bled by\b|" + WITH_PARTICIPANTS_SOURCE + r"|\battended by\b|"
    r"\bparticipants\s+(?:of|from)\b|"
    r"\bheaded by\b|\bmet with\b|\bmeeting with\b|\bmeets with\b|"
    r"\btalks with\b|"
    r"\bmet\s+(?:on\s+)?[A-Z][a-z]+day with\b|"
    r"\bmet separately\b|\bincluding\b|\bheld talks with\b|"
    r"\bmessage (?:of [a-z]+ )?to\b|\bletter to\b|\bcongratulat|\bcondolence|率领|率領|会见|會見|会谈|會談|"
    r"致电|致電)")
SENTENCE_EDGE = re.compile(r"[.。\n]")


def focus_ranges(release: Release) -> list[tuple[int, int]]:
    """Lead, and the early sentences that introduce counterparts (met with, led by, a message to);
    before the lead, a letter's address block ("To the National Directorate of …", ``address_block``)."""
    text = release.layout.clean
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    block = address_block(release)
    ranges = [block, (lead_start, lead_end)] if block[1] > block[0] else [(lead_start, lead_end)]
    window_end = min(len(text), lead_end + 1500)
    found = [*COUNTERPART_CUE.finditer(text, lead_end, window_end),
             *cues.pattern("party_members").finditer(text, lead_end, window_end)]
    for cue in sorted(found, key=lambda match: match.start()):
        if ranges and ranges[-1][0] <= cue.start() < ranges[-1][1]:
            continue
        left = max(text.rfind(".", 0, cue.start()), text.rfind("。", 0, cue.start()),
                   text.rfind("\n", 0, cue.start())) + 1
        edge = SENTENCE_EDGE.search(text, cue.end())
        ranges.append((max(left, lead_end), edge.end() if edge else len(text)))  # with its full stop
    return ranges


def participant_sentences(release: Release) -> list[tuple[int, int]]:
    """The sentences naming the LAC participants of a worldwide event (the country step found
    them): the list of guests is where such a report says whom the exchange was with."""
    text = release.layout.clean
    out: list[tuple[int, int]] = []
    for span in release.extra.get("worldwide", []) + release.extra.get("body_counterparts", []):
        left = max(text.rfind(".", 0, span.start), text.rfind("。", 0, span.start),
                   text.rfind("\n", 0, span.start)) + 1
        edge = SENTENCE_EDGE.search(text, span.end)
        out.append((left, edge.end() if edge else len(text)))
    return out


# A page about a visit as a whole: each party the delegation met during it takes part, wherever the
# report names the meeting.
WHOLE_VISIT = frozenset({"delegation_visit_abroad", "delegation_received"})
RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\b", re.IGNORECASE)


def recalled_sentences(release: Release) -> list[tuple[int, int]]:
    """Sentences after the one reporting the page's exchange that recall an earlier exchange: words
    of ``recalled_exchange`` ("had met", "earlier this year", 曾会见, 去年) before any LAC party the
    sentence names ("Earlier this year, on January 15, Song Tao had met with a delegation of the Party
    for Democracy", 今年1月15日，宋涛曾会见智利争取民主党代表团). The people and parties there are
    that earlier exchange's, not counterparts of this one (One page, one record). The lead's first
    sentence is the page's own exchange and is never one ("X, who had visited Cuba before, met with
    ..."), nor is a sentence that names a party before the recall ("Present were leaders of the MAS,
    who had visited China last year"). A page about a visit as a whole has none: what its delegation
    had done before, at an earlier stop, is part of that visit ("Before Chile, the delegation had
    met leaders of the PJ in Buenos Aires")."""
    if release.record.event_type in WHOLE_VISIT:
        return []
    text = release.layout.clean
    _, first_right = sentence_at(text, release.layout.lead_start)
    window_end = min(len(text), release.layout.lead_end + 1500)
    recall = cues.pattern("recalled_exchange")
    out: list[tuple[int, int]] = []
    for match in recall.finditer(text, first_right, window_end):
        left, right = sentence_at(text, match.start())
        if left < first_right or (out and out[-1][0] == left):
            continue
        if RELATIVE_BEFORE.search(text, max(left, match.start() - 16), match.start()):
            continue  # "Morales, who had visited China in 2015, is ...": about a person, no recalled exchange
        if any(m.label == LAC_PARTY and m.where == "text" and left <= m.start < match.start()
               for m in release.mentions):
            continue
        out.append((left, right))
    return out


def without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with the holes cut out of them."""
    out = list(ranges)
    for hole_start, hole_end in holes:
        cut: list[tuple[int, int]] = []
        for a, b in out:
            if hole_end <= a or b <= hole_start:
                cut.append((a, b))
                continue
            if a < hole_start:
                cut.append((a, hole_start))
            if hole_end < b:
                cut.append((hole_end, b))
        out = cut
    return out
