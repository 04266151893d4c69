"""The page's segments for its kind: a roundup's entries (nlp/items/entries.py), a digest's news
items, a trip's legs. Each segment is extracted as a release of its own, so where one is cut decides
which exchange each record reports.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY
from nlp.items.entries import by_sender_country, roundup_segments
from nlp.items.kinds import DIGEST, LEGS, ROUNDUP
from nlp.items.openings import DIGEST_OPENING
from nlp.items.units import Segment, first_sentence_end, is_short, units_of
from nlp.release import Release
from nlp.steps import contacts as contacts_step

# A delegation's trip: a leg opens when the delegation arrives in / is in the next country.
LEG_CUE = re.compile(r"\s*(?:(?:In|While in|During (?:its|their|the) (?:stay|visit) in|Then in|Later in|"
                     r"Arriving in|On arrival in) |在[^，。]{1,12}(?:期间|期間)|"
                     r"访问[^，。]{1,12}(?:期间|期間)|随后|隨後|抵达|抵達|[^，。]{0,12}在)")


def segments(release: Release, kind: str) -> list[Segment]:
    """The page's segments for its kind."""
    if kind == ROUNDUP:
        return [part for seg in roundup_segments(release.layout.clean, release.zh)
                for part in by_sender_country(release, seg)]
    if kind == DIGEST:
        return digest_segments(release.layout.clean, release.zh, release.is_mfa)
    if kind == LEGS:
        return leg_segments(release)
    return []


def digest_segments(clean: str, zh: bool, mfa: bool = False) -> list[Segment]:
    """One segment per news item: a paragraph that opens with a day or a bullet, with the
    paragraphs after it that do not (the sentences of a copy stored as one line: ``units_of``). An
    item's own headline, a short line right before its opening paragraph ("IDCPC Sends Message to
    Uruguayan Party" / "On May 9, the IDCPC sent …"), opens the item it heads, not the end of the
    one before. On a foreign-ministry page (``mfa``) whose items do not open with their days, an
    item opens with a paragraph whose first sentence reports an exchange (``_reports_exchange``:
    "Wang Yi met with …", "Meeting with X, …"), so a paragraph that goes on about the meeting
    before it ("Wang said China is willing to work with Cuba …") is that meeting's, not an
    exchange of its own."""
    paras = units_of(clean, zh)
    opening = [DIGEST_OPENING.match(clean[a:b]) is not None for a, b in paras]
    if mfa and sum(opening) < 2:
        opening = [opens or _reports_exchange(clean, a, b, zh)
                   for opens, (a, b) in zip(opening, paras, strict=True)]
        if not any(opening):
            return [Segment(a, b) for a, b in paras]
    elif sum(opening) < 2:
        return [Segment(a, b) for a, b in paras]
    out: list[Segment] = []
    after_head = False
    for i, ((a, b), opens) in enumerate(zip(paras, opening, strict=True)):
        head = (not opens and i + 1 < len(paras) and opening[i + 1] and is_short(clean[a:b], zh))
        if head or not out or (opens and not after_head):
            out.append(Segment(a, b))
        else:  # a paragraph going on with the item, or the item's opening under its headline
            out[-1] = Segment(out[-1].start, b)
        after_head = head
    return out


# The words of a foreign-ministry exchange (codebook, foreign-ministry event types): met, held
# talks, spoke by phone or video, sent a message
MFA_EXCHANGE_CUES = ("mfa.meeting", "mfa.talks", "mfa.phone_call", "mfa.video_call", "mfa.message")


def _reports_exchange(clean: str, start: int, end: int, zh: bool) -> bool:
    """The first sentence of ``clean[start:end]`` names an exchange (``MFA_EXCHANGE_CUES``) other
    than as the one its people were present at (``contacts.PRESENT``: "X参加会见", "present at the
    meeting were …" name who attended the meeting before, as a ministry page closes each one)."""
    stop = clean.find("。", start, end) + 1 if zh else first_sentence_end(clean, start, end)
    head = contacts_step.PRESENT.sub(" ", clean[start:stop if stop > start else end])
    return any(cues.pattern(cue).search(head) for cue in MFA_EXCHANGE_CUES)


def leg_segments(release: Release) -> list[Segment]:
    """One segment per LAC country of a trip, from the first paragraph that names it to the
    paragraph before the next country's (the lead, which names the trip as a whole, is left out)."""
    clean = release.layout.clean
    countries: list[tuple[int, str]] = []
    for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG):
        if m.where != "text" or m.start < release.layout.lead_end:
            continue
        country = m.entry.id if m.label == LAC_COUNTRY else getattr(m.entry, "country", None)
        if country and (not countries or countries[-1][1] != country):
            countries.append((m.start, country))
    if len({c for _, c in countries}) < 2:
        return []
    # (a copy stored as one line keeps its paragraphs only as sentences: ``units_of``)
    paras = [p for p in units_of(clean, release.zh) if p[0] >= release.layout.lead_end]
    out: list[Segment] = []
    seen: list[str] = []
    for a, b in paras:
        named = [c for start, c in countries if a <= start < b]
        if named and named[0] not in seen and (not out or LEG_CUE.match(clean[a:b])):
            seen.append(named[0])
            out.append(Segment(a, b))
        elif out:
            out[-1] = Segment(out[-1].start, b)
    return out if len(out) >= 2 else []
