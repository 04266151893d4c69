"""Segments whose sender or counterpart is outside LAC, though they name LAC actors: a roundup
entry whose subject is a party outside LAC or whose LAC names all lie in what was said, a digest
item whose first sentence names a counterpart outside LAC. The codebook's contacts are those the
page names as taking part; a LAC party spoken of takes no part, so such a segment gives no item.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, LOOKALIKE, PLATFORM, Lookalike
from nlp.items.openings import BULLET
from nlp.items.units import Segment
from nlp.release import Mention, Release
from nlp.schema import Record
from nlp.sentences import sentence_at
from nlp.steps.country import FOREIGN_KINDS
from nlp.topic_clauses import CLOSE_THEN_SAID, in_what_was_said

# What may open a roundup entry before its sender: a number or bullet, an article
ENTRY_OPENING = re.compile(rf"\s*(?:\d{{1,2}}[.、)]\s*|{BULLET}\s*)?(?:The\s+|the\s+)?")
# A sender's proper name that ends in its country ("Communist Party of Britain", "Workers' Party of")
NAME_OF_COUNTRY = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,6}of\s+(?:the\s+)?")
# What joins two senders of one entry ("A and B", "A, B", A、B, A和B): no predicate between them
SENDERS_JOINED = re.compile(r"[\s,，、;；]*(?:(?:and|as well as|together with)\s+)?(?:the\s+)?|"
                            r"[\s、，]*(?:和|及|与|與)?", re.I)


def _outsider_subject(seg: Release, segment: Segment) -> bool:
    """Does the entry open with a party outside LAC as its sender (a foreign party look-alike, or a
    party's name ending in its foreign country: "The Communist Party of Spain, which has close ties
    with the Communist Party of Cuba, said …", "The Communist Party of Britain … called for an end to
    the blockade against Cuba") and name every LAC actor only after it, in its predicate or an aside,
    not joined to it as a second sender ("A and B sent …")? (A bare country or region opening the
    entry may be a place or a group of senders, not one sender: measured on dev, it is left out.)
    A roundup entry's sender is its subject; a LAC name in what the subject did or is is
    no sender of that message (codebook, contacts: those "the page names as taking part")."""
    text = seg.layout.clean
    opening = ENTRY_OPENING.match(text, segment.start, segment.end)
    head = opening.end() if opening else segment.start
    gaz = seg.gazetteer
    subject = None
    for m in seg.mentions:
        if m.label == LOOKALIKE and m.where == "text" and m.ids and head <= m.start < head + 80 and (
                m.start == head or NAME_OF_COUNTRY.fullmatch(text, head, m.start)):
            entry = gaz.get(m.ids[0])
            party = entry.kind == "party" if isinstance(entry, Lookalike) else False
            if isinstance(entry, Lookalike) and entry.country != "China" and (
                    party or (entry.kind == "country" and m.start > head)):
                subject = m
                break
    if subject is None:
        return False
    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if not lac or min(m.start for m in lac) < subject.end:
        return False
    first = min(m.start for m in lac)
    return SENDERS_JOINED.fullmatch(text, subject.end, first) is None


def outsiders_entry(seg: Release, segment: Segment, record: Record) -> bool:
    """A roundup entry of a sender outside LAC: it names a country, region or party outside LAC
    (a look-alike) before its first LAC name or as the speaker after a quotation ('"… from Cuba to
    Vietnam," said Zyuganov, Chairman of the Communist Party of the Russian Federation'), gives no
    LAC party as a contact, and every LAC name in it lies in what was said ("The CPV said the
    CPC's success encourages socialist countries such as Cuba", 久加诺夫表示，中国共产党长期支持
    古巴共产党…). The codebook's contacts are those
    "the page names as taking part": a party spoken of takes no part in that sender's message."""
    if _outsider_subject(seg, segment):
        seg.extra["outsider_subject"] = True
        return True
    if any(c.party_id for c in record.contacts):
        return False
    text = seg.layout.clean
    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if not lac or not all(in_what_was_said(text, m.start) for m in lac):
        return False
    first = min(m.start for m in lac)
    gaz = seg.gazetteer
    for m in seg.mentions:
        if (m.label != LOOKALIKE or m.where != "text" or not m.ids
                or not (segment.start <= m.start < segment.end)):
            continue
        if m.start > first and (in_what_was_said(text, m.start)
                                or not CLOSE_THEN_SAID.search(text, first, m.start)):
            continue  # after the LAC names, only the speaker of an inverted attribution ('"…," said X'),
            # not a name further on (a one-line copy's "Related news" after the entry)
        entry = gaz.get(m.ids[0])
        if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
            return True
    return False


def outsiders_item(seg: Release, segment: Segment) -> bool:
    """A digest item whose first sentence, the one saying whom the exchange was with, names a
    country, region or party outside LAC and no LAC actor ("On June 3, Liu met with the Socialist
    Party of Portugal. Both sides agreed that Portugal's ties with Brazil …"), or names no LAC actor
    while every LAC name of the item lies in what was said: the LAC names further on are topics of
    that exchange, as under a headline naming a counterpart outside LAC
    (``relevance_topics.headline_outside_lac``) or in a roundup entry (``outsiders_entry``), not a LAC
    exchange of the digest."""
    text = seg.layout.clean
    item = text[segment.start:segment.end]
    start = segment.start + len(item) - len(item.lstrip())
    first = sentence_at(text, start)
    end = min(first[1], segment.end)

    def in_first(m: Mention) -> bool:
        return m.where == "text" and start <= m.start < end

    lac = [m for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)
           if m.where == "text" and segment.start <= m.start < segment.end]
    if any(in_first(m) for m in lac):
        return False
    if lac and all(in_what_was_said(text, m.start) for m in lac) and not any(
            c.party_id for c in seg.record.contacts):
        return True  # "Liu said China and India, like Brazil, are developing countries": a topic
    gaz = seg.gazetteer
    for m in seg.mentions:
        if m.label == LOOKALIKE and m.ids and in_first(m):
            entry = gaz.get(m.ids[0])
            if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
                return True
    return False
