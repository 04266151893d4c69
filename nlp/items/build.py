"""The records of each page (``expand``): a multi-exchange page's items, after the page's own
record where the codebook codes the page as a whole; else its page-level record, which gains a
roundup's senders when every LAC entry names the one country it found, and is not relevant when
every sender or news item is outside LAC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from nlp import cues
from nlp.items.collective import (
    collective_record,
    is_collective,
    one_country_record,
    one_countrys_senders,
    senders_of_several_countries,
)
from nlp.items.documents import segment_document
from nlp.items.kinds import DIGEST, LEGS, ROUNDUP, kind_of
from nlp.items.page_items import items_of
from nlp.items.segments import segments
from nlp.items.units import Segment
from nlp.release import Release
from nlp.schema import Document, Record
from nlp.separate import separate_items

Extractor = Callable[[list[Document]], list[Release]]


def expand(pages: list[Release], extract_docs: Extractor) -> list[list[Record]]:
    """The records of each page, in the pages' order: its items when it is a multi-exchange page
    with LAC items, else its one page-level record. ``extract_docs`` runs the field steps on
    segment documents in one batch (the caller's spaCy batching)."""
    plans: list[tuple[str, list[Segment], int]] = []
    docs: list[Document] = []
    for page in pages:
        kind = kind_of(page, page.record)
        segs = segments(page, kind) if kind else []
        if kind == LEGS and not segs:
            kind = None
        plans.append((kind or "", segs, len(docs)))
        docs.extend(segment_document(page, kind, s) for s in segs if kind)
    done = extract_docs(docs) if docs else []
    out: list[list[Record]] = []
    for page, (kind, segs, first) in zip(pages, plans, strict=True):
        items = items_of(page, kind, segs, done[first:first + len(segs)]) if kind and segs else []
        if kind == LEGS:
            for record in items:
                record.event_type = page.record.event_type
                record.content = page.record.content
                record.content_prob = page.record.content_prob
                record.content_source = page.record.content_source
        if kind == ROUNDUP and not items and page.extra.get("outsiders_entries"):
            out.append([_no_lac_sender(page)])
            continue
        if kind == DIGEST and not items and page.extra.get("outsiders_items"):
            out.append([_no_lac_item(page)])
            continue
        if (kind == ROUNDUP and page.record.relevant and "body_counterparts" not in page.extra
                and all(r.country == page.record.country for r in items)):
            # the page's one counterpart country, which its title or lead names and its page-level
            # coding reports; the sender a roundup's list names is its contact too
            record = _with_senders(page.record, items if kind == ROUNDUP else [])
            if record.event_type in (None, "other") and _praise_only(page):
                _format_of(record, items[0])
            senders_of_several_countries(page, record, items)
            out.append(separate_items(page, record) or [record])
            continue
        if kind == ROUNDUP and one_countrys_senders(page, items):
            for record in items:
                record.item += 1
            out.append([one_country_record(page, items), *items])
            continue
        if kind in (ROUNDUP, LEGS) and is_collective(page, kind, items):
            for record in items:
                record.item += 1
            out.append([collective_record(page, kind, items), *items])
            continue
        out.append(items or separate_items(page, page.record) or [replace(page.record, item=0)])
    return out


def _praise_only(page: Release) -> bool:
    """Is the page a roundup by its senders' praise alone ("外国政党政要高度评价中共十九届六中全会",
    "Foreign parties speak highly of …", ``praise_of_cpc``), its title and lead naming no message?
    Its page-level coding then found no format, where each entry is a message."""
    focus = page.focus_text()
    return (cues.pattern("praise_of_cpc").search(focus) is not None
            and cues.pattern("idcpc.message").search(focus) is None
            and cues.pattern("gathering_held").search(focus) is None)


def _format_of(record: Record, item: Record) -> None:
    """The record takes the item's event type and content (and the evidence of its type)."""
    record.event_type = item.event_type
    record.content, record.content_prob, record.content_source = (
        item.content, item.content_prob, item.content_source)
    record.evidence["event_type"] = list(item.evidence.get("event_type", []))


def _no_lac_item(page: Release) -> Record:
    """A digest whose only LAC names are topics of items with counterparts outside LAC
    (``outsiders_item``): it reports no exchange with a LAC actor, so the page is not relevant."""
    record = _page_copy(page)
    return _not_relevant(record, f"{DIGEST} page: every item's counterpart is outside LAC; the LAC names "
                                 "are topics")


def _no_lac_sender(page: Release) -> Record:
    """A roundup whose only LAC names are in what its senders from outside LAC said or did (and
    that the page-level coding gives no LAC party as contact outside their entries): no exchange
    with a LAC actor — the page is not relevant (the codebook's record is the exchange, and every
    sender is outside LAC)."""
    record = _page_copy(page)
    asides = page.extra.get("outsider_subjects", [])
    text = page.layout.clean
    if any(c.party_id and not any(c.name in text[a.start:a.end] for a in asides) for c in record.contacts):
        return record  # a LAC party the page names outside the entries of senders from outside LAC
    return _not_relevant(record, f"{ROUNDUP} page: every sender is outside LAC; the LAC names are what "
                                 "they said")


def _page_copy(page: Release) -> Record:
    """The page's record as item 0, with lists of its own (the page's record stays as it was)."""
    return replace(page.record, item=0, contacts=list(page.record.contacts), notes=list(page.record.notes),
                   evidence=dict(page.record.evidence))


def _not_relevant(record: Record, why: str) -> Record:
    """The record coded as no exchange with a LAC actor, with the reason in its notes."""
    record.relevant = False
    record.country = None
    record.exchange_type = None
    record.evidence.pop("country", None)
    record.evidence.pop("relevant", None)
    record.notes.append(why)
    return record


def _with_senders(page: Record, items: list[Record]) -> Record:
    """The page-level record, with the people the items name that it does not, and the parties: an
    entry's sender is a side of the page's exchange though the page-level reading took it for what
    the sender before it said ("The PT said …, and the PCdoB wished …", one country's two senders)."""
    record = replace(page, item=0, contacts=list(page.contacts), evidence=dict(page.evidence))
    known = {c.name for c in record.contacts}
    parties = {c.party for c in record.contacts if c.party}
    senders = [c for r in items for c in r.contacts if c.name not in known
               and (c.kind != "party" or (c.party and c.party not in parties))]
    for contact in senders:
        known.add(contact.name)
    record.contacts[:0] = list({c.name: c for c in senders}.values())
    for r in items:
        spans = [s for s in r.evidence.get("contacts", []) if any(s.text == c.name for c in senders)]
        if spans:
            record.evidence["contacts"] = spans + list(record.evidence.get("contacts", []))
    return record
