"""The page's item records (``items_of``): which segments give an item (a relevant record with a
LAC actor of its own, not an outsider's), which are one exchange (one sender, one leg, one news
item: merged by identity), a digest item's day given as the item before's, and the item
the headline names put first.
"""

from __future__ import annotations

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.items.headline import headline_names
from nlp.items.item_record import finish_item
from nlp.items.kinds import DIGEST, LEGS, ROUNDUP
from nlp.items.outsiders import outsiders_entry, outsiders_item
from nlp.items.senders import add_sender
from nlp.items.units import Segment, within
from nlp.release import Release
from nlp.schema import Record
from nlp.steps.country import is_capital


def items_of(page: Release, kind: str, segs: list[Segment], seg_releases: list[Release]) -> list[Record]:
    """The page's item records (empty when no segment has a LAC actor)."""
    records: list[Record] = []
    by_identity: dict[tuple[str | None, ...], Record] = {}
    day_before: str | None = None  # the last day an item before this one stated
    for segment, seg in zip(segs, seg_releases, strict=True):
        day_before, same_day = _day_of_item_before(page, kind, segment, seg, day_before)
        if seg is None or not seg.record.relevant or not _names_actor(seg, segment, kind):
            continue
        if kind == ROUNDUP and outsiders_entry(seg, segment, seg.record):
            page.extra["outsiders_entries"] = page.extra.get("outsiders_entries", 0) + 1
            if seg.extra.get("outsider_subject"):
                page.extra.setdefault("outsider_subjects", []).append(segment)
            continue
        if kind == DIGEST and outsiders_item(seg, segment):
            page.extra["outsiders_items"] = page.extra.get("outsiders_items", 0) + 1
            continue
        record = finish_item(page, kind, segment, seg)
        if same_day is not None and record.event_date in (None, same_day[1]):
            record.event_date = same_day[0]  # "On the same day, X also met …", 同日: the day just named
            record.event_date_end = None
            record.notes.append("event date: the day the item before states")
        if kind == ROUNDUP:
            add_sender(seg, segment, record, page.doc.text or "")
        identity = _identity(record, kind)
        same_country = [r for r in records if r.country == record.country]
        bare = [r for r in same_country if not r.contacts]
        if identity in by_identity:
            _merge_into(by_identity[identity], record)
        elif not record.contacts and same_country and kind != DIGEST:
            _merge_into(same_country[-1], record)  # more about a sender already listed
        elif record.contacts and bare and kind != DIGEST:
            _merge_into(record, bare[0])  # the sender named after a first mention of the country
            records[records.index(bare[0])] = record
            by_identity = {k: v for k, v in by_identity.items() if v is not bare[0]}
            by_identity[identity] = record
        else:
            by_identity[identity] = record
            records.append(record)
    headline = _headline_item(page, records)
    if headline:
        records.insert(0, records.pop(headline))
    for i, record in enumerate(records):
        record.item = i
        if len(records) > 1:
            record.notes.append(f"{kind} page: exchange {i + 1} of {len(records)}")
    return records


def _names_actor(seg: Release, segment: Segment, kind: str) -> bool:
    """The segment itself names a LAC actor (a country other than by its capital, a party, an
    organisation, a LAC-wide platform; in a digest, also the region as the exchange's actors, as
    the country step reads it: "met participants of a course for cadres from eight Latin American
    and Caribbean countries", a group met as one): "Latin America" in a quote about the world does
    not make an African president's message a LAC exchange (the country step leaves a region in
    what was said out). A roundup's entry is a sender's: the region's words there ("and other
    Latin American parties") name no sender of their own."""
    if kind == DIGEST and any(span.where == "text" and segment.start <= span.start < segment.end
                              for span in seg.extra.get("regional_cues", [])):
        return True
    for m in seg.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM):
        if m.where != "text" or not (segment.start <= m.start < segment.end):
            continue
        if m.label == PLATFORM and getattr(m.entry, "mechanism", None) != "regional":
            continue
        if m.label == LAC_COUNTRY and is_capital(seg, m):
            continue
        return True
    return False


def _identity(record: Record, kind: str) -> tuple[str | None, ...]:
    """Who the exchange was with: a trip's leg is its country; a message, its country and the
    party (or, without one, the first person) behind it; a news item, all that and its day and
    kind (a digest reports two meetings with one party on two days as two exchanges)."""
    if kind == LEGS:
        return (record.country,)
    if kind == DIGEST:
        party = next((c.party_id for c in record.contacts if c.party_id), None)
        return (record.country, party, record.event_date, record.event_type,
                record.evidence["item"][0].start if not record.event_date else None)
    party = next((c.party_id for c in record.contacts if c.party_id), None)
    person = record.contacts[0].name if record.contacts else None
    return (record.country, party or person)


def _merge_into(kept: Record, other: Record) -> None:
    """Two segments of one exchange (several people of one party, a continued quote)."""
    names = {c.name for c in kept.contacts}
    kept.contacts.extend(c for c in other.contacts if c.name not in names)
    for name, spans in other.evidence.items():
        kept.evidence.setdefault(name, []).extend(spans)
    kept.event_date = kept.event_date or other.event_date
    for tag in other.mechanism:
        if tag == "leftist" and tag not in kept.mechanism:
            kept.mechanism.append(tag)


# an item's day given as that of the item before it (codebook, event_date rule 2: "on the same day",
# 同日, 当天), or as a time of that day ("Later that day"): cue ``same_day``
SAME_DAY = cues.pattern("same_day")


def _day_of_item_before(page: Release, kind: str, segment: Segment, seg: Release | None,
                        day_before: str | None) -> tuple[str | None, tuple[str, str | None] | None]:
    """For a digest (a principal's or a department's meetings one after another): the last day an item
    so far states, and, for an item that states no day of its own or gives it as "the same day"
    (同日, "Later that day"), that day with the day the item would otherwise get (the printed date).
    Each item is read alone, so its "same day" has no day before it; on the page it is the day the
    item before names (codebook, event_date rule 2), and an item that names no day goes on that day.
    On a party digest only an item that says "the same day" takes the day before: its items are each
    one department's meeting, and one that names no day (近日, "Recently, …") has none (rule 3)."""
    if kind != DIGEST or seg is None:
        return day_before, None
    spans = [s for s in seg.record.evidence.get("event_date", []) if within(s, segment)]
    if not page.is_mfa and not SAME_DAY.search(page.layout.clean, segment.start, segment.end):
        return (seg.record.event_date if spans and seg.record.event_date else day_before), None
    stated = [s for s in spans if not SAME_DAY.search(s.text)]
    if stated and seg.record.event_date:
        return seg.record.event_date, None
    if day_before is None:
        return None, None
    return day_before, (day_before, seg.record.event_date if spans else None)


def _headline_item(page: Release, records: list[Record]) -> int:
    """Index of the item the headline names (its country or party), else 0."""
    named = headline_names(page)
    if not named:
        return 0
    gaz = page.gazetteer
    for i, record in enumerate(records):
        parties = {c.party_id for c in record.contacts if c.party_id}
        entry = next((gaz.country(c) for c in named if gaz.country(c) is not None
                      and gaz.country(c).canonical == record.country), None)
        if parties & named or entry is not None:
            return i
    return 0
