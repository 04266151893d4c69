"""From records (one per release) to rows of the data set (one per exchange).

Only relevant records become rows; releases reporting one exchange are merged first
(publish/merge.py). Values are plain strings, ints, floats, bools or None so every export
format writes them the same way; ordering is by date, country, event id, so the same
records always give the same rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from nlp.items import exchanges
from nlp.records_db import item_key
from nlp.schema import MECHANISM_TAGS, Contact, Record
from publish.codebook import COLUMNS, PUBLISHED
from publish.merge import Event, event_day, group_events, merge_note

Row = dict[str, object]

_SOURCE_RANK = {"human": 0, "model": 1, "rule": 2}


@dataclass
class Provenance:
    """Where each release is archived and under which urls it was seen (from the catalog)."""

    aliases: dict[str, list[str]] = field(default_factory=dict)
    archive: dict[str, str] = field(default_factory=dict)  # key -> "warc/file.warc.gz@offset"
    origin: dict[str, str] = field(default_factory=dict)  # key -> "live" | "archive <capture time>"

    @classmethod
    def from_catalog(cls, catalog, keys: Iterable[str]) -> Provenance:
        prov = cls()
        for key in keys:
            prov.aliases[key] = catalog.aliases(key)
            pointer = catalog.warc_pointer(key)
            if pointer:
                prov.archive[key] = f"{catalog.warc_relpath(pointer[0])}@{pointer[1]}"
            origin = catalog.text_origin(key) if hasattr(catalog, "text_origin") else None
            if origin:
                prov.origin[key] = origin
        return prov


def render_mechanism(tags: Iterable[str]) -> str:
    """['leftist', 'bilateral'] -> 'bilateral+leftist' (the studies' notation, fixed order)."""
    tags = set(tags)
    known = [t for t in MECHANISM_TAGS if t in tags]
    return "+".join(known + sorted(tags - set(MECHANISM_TAGS)))


def _key(record: Record) -> str:
    """A record's identity in the row (ids, keys, evidence): its page, ``#N`` for item N."""
    return item_key(record.key or record.url, record.item)


def _page(record: Record) -> str:
    """The catalog key of a record's page (where it is archived, its other urls)."""
    return record.key or record.url


def _lead(records: list[Record]) -> Record:
    """The release whose description heads the row: the most complete, English first."""

    def filled(r: Record) -> int:
        return sum(bool(v) for v in (r.event_date, r.contacts, r.event_type, r.content, r.country))

    return min(records, key=lambda r: (-filled(r), r.lang != "en", r.source != "idcpc", _key(r)))


def _content(records: list[Record], lead: Record) -> Record:
    """Whose content label counts: a human's, then the model's, then the rules'; surest first."""
    labelled = [r for r in records if r.content]
    if not labelled:
        return lead
    return min(
        labelled,
        key=lambda r: (
            _SOURCE_RANK.get(r.content_source or "", 3),
            -(r.content_prob or 0.0),
            r is not lead,
            _key(r),
        ),
    )


def _contacts(records: list[Record]) -> list[Contact]:
    seen: set[str] = set()
    out = []
    for r in records:
        for c in r.contacts:
            ident = c.name.strip().lower()
            if ident and ident not in seen:
                seen.add(ident)
                out.append(c)
    return out


def _latin(text: str) -> bool:
    return not any("\u4e00" <= ch <= "\u9fff" for ch in text)


def published_contact(records: list[Record], lead: Record) -> str | None:
    """The Contact column as coders write it: English names. A foreign-ministry exchange is its
    LAC principal; otherwise the contacts of the English releases, and for a Chinese-only
    event each contact's canonical party, or its name when no party was resolved."""
    if lead.source == "mfa" and lead.counterpart:
        return lead.counterpart
    english = [r for r in records if r.lang == "en" and r.contacts]
    if english:
        return _joined(c.name for c in _contacts(english)) or None
    names = [c.party if c.party and not _latin(c.name) else c.name for c in _contacts(records)]
    return _joined(names) or None


def _joined(values: Iterable[str | None], sep: str = "; ") -> str:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return sep.join(out)


def _first(records: list[Record], name: str):
    for r in records:
        value = getattr(r, name)
        if value not in (None, "", []):
            return value
    return None


def event_row(event: Event, prov: Provenance | None = None) -> Row:
    prov = prov or Provenance()
    recs = event.records
    lead = _lead(recs)
    ordered = [lead, *sorted((r for r in recs if r is not lead), key=_key)]
    days = [d for d in (event_day(r) for r in recs) if d]
    start = min(days).isoformat() if days else None
    ends = [r.event_date_end for r in recs if r.event_date_end]
    end = max(ends) if ends else None
    chosen = _content(recs, lead)
    contacts = _contacts(ordered)
    mfa_first = sorted(ordered, key=lambda r: r.source != "mfa")
    hos = [r.head_of_state_level for r in recs if r.head_of_state_level is not None]
    evidence = {
        _key(r): {
            name: [[s.start, s.end, s.text, s.where] for s in spans]
            for name, spans in sorted(r.evidence.items())
        }
        for r in ordered
    }
    urls: list[str] = []
    for r in ordered:
        for u in [r.url, *prov.aliases.get(_page(r), [])]:
            if u not in urls:
                urls.append(u)
    content_note = ""
    if len({r.content for r in recs if r.content}) > 1:
        content_note = f"; content taken from {_key(chosen)} ({chosen.content_source})"
    mechanism = set().union(*(r.mechanism for r in recs))
    notes = _joined(n for r in ordered for n in r.notes)
    return {
        "number": 0,
        "date": start,
        "country": lead.country,
        "type": _first(ordered, "exchange_type"),
        "contact": published_contact(ordered, lead),
        "content": chosen.content,
        "mechanism": render_mechanism(mechanism) or None,
        "event_id": "ev-" + min(_key(r) for r in recs),
        "date_end": end if end and start and end > start else None,
        "year": int(start[:4]) if start else None,
        "event_type": (lead.event_type or "").replace("_", " ") or None,
        "contacts_as_written": _joined(c.name for c in contacts) or None,
        "contact_parties": _joined(c.party for c in contacts) or None,
        "content_prob": None if chosen.content_prob is None else round(float(chosen.content_prob), 4),
        "content_source": chosen.content_source if chosen.content else None,
        "chinese_side": _first(mfa_first, "chinese_side"),
        "counterpart": _first(mfa_first, "counterpart"),
        "head_of_state_level": (True in hos) if hos else None,
        "partnership_action": _first(mfa_first, "partnership_action"),
        "partnership_level": _first(mfa_first, "partnership_level"),
        "sources": _joined(sorted({r.source for r in recs})),
        "languages": _joined(sorted({r.lang for r in recs})),
        "releases": len(recs),
        "title": lead.title,
        "published": min((r.published for r in recs if r.published), default=None),
        "keys": _joined(_key(r) for r in ordered),
        "urls": " | ".join(urls),
        "archive": _joined(prov.archive.get(_page(r), "") for r in ordered) or None,
        "text_from": "; ".join(prov.origin.get(k, "live") for k in dict.fromkeys(_page(r) for r in ordered))
        if prov.origin else None,
        "evidence": json.dumps(evidence, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
        "extractor_version": _joined(sorted({r.versions.get("extractor", "") for r in recs})) or None,
        "gazetteer_version": _joined(sorted({r.versions.get("gazetteer", "") for r in recs})) or None,
        "model_version": _joined(sorted({r.versions.get("model", "") for r in recs})) or None,
        "merge_note": merge_note(event, lead) + content_note,
        "notes": notes or None,
    }


def _sort_key(row: Row) -> tuple:
    return (row["date"] is None, row["date"] or "", row["country"] or "", row["event_id"])


def build_rows(
    records: Iterable[Record], prov: Provenance | None = None, keep: Callable[[Record], bool] | None = None
) -> list[Row]:
    """The data set: relevant records merged into exchanges, sorted and numbered 1..N. A page's
    collective record (a roundup coded as a page) is no exchange: its items are."""
    keep = keep or (lambda r: bool(r.relevant))
    rows = [event_row(e, prov) for e in group_events(r for r in exchanges(records) if keep(r))]
    rows.sort(key=_sort_key)
    for n, row in enumerate(rows, 1):
        row["number"] = n
    return rows


def published_view(row: Row) -> Row:
    """The row in the published schema (Number, Date, Country, Type, Contact, ...)."""
    return {c.published: row.get(c.name) for c in PUBLISHED}


def full_view(row: Row) -> Row:
    return {c.name: row.get(c.name) for c in COLUMNS}
