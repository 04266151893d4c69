"""The review queue as the page shows it: learn's order, narrowed by the reviewer's filters.

The order (most uncertain first) is learn's decision (``learn.queue.review_queue``); this
module only filters it by source, country, year, event type and review status, and counts
progress. Records the queue does not list (e.g. ones learn skips) follow it, in key order, so
nothing is out of a reviewer's reach.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from dipex.workspace import Workspace
from learn.labels import LabelStore
from learn.queue import review_queue
from nlp.records_db import RecordStore
from nlp.records_db import load_records as read_records
from nlp.schema import Record
from review.state import DISPUTED, STATUSES, UNREVIEWED, RecordState, record_key, states_of

log = logging.getLogger(__name__)

FILTERS = ("source", "country", "year", "event_type", "status")


@dataclass
class Entry:
    state: RecordState
    uncertainty: float | None = None
    reason: str = ""

    @property
    def key(self) -> str:
        return self.state.key

    @property
    def year(self) -> str:
        record = self.state.record
        when = self.state.fields["event_date"].value or record.published or ""
        return str(when)[:4]

    def matches(self, filters: dict[str, str]) -> bool:
        values = self.state.values()
        checks = {
            "source": self.state.record.source or "",
            "country": values.get("country") or "",
            "year": self.year,
            "event_type": values.get("event_type") or "",
            "status": self.state.status,
        }
        return all(not wanted or checks[name] == wanted for name, wanted in filters.items())


@dataclass
class Queue:
    entries: list[Entry]  # after filters, in review order
    ordered: list[Entry]  # every record, in review order
    total: int  # all records
    reviewed_total: int
    options: dict[str, list[str]] = field(default_factory=dict)

    @property
    def reviewed(self) -> int:
        return sum(e.state.status != UNREVIEWED for e in self.entries)

    @property
    def disputed(self) -> int:
        return sum(e.state.status == DISPUTED for e in self.entries)

    def position(self, key: str) -> int | None:
        return next((i for i, e in enumerate(self.entries) if e.key == key), None)


def load_records(ws: Workspace) -> list[Record]:
    return read_records(ws.records_path)


def find_record(ws: Workspace, key: str) -> Record | None:
    """One record by the key it is reviewed under (RecordStore keys are the same)."""
    if not ws.records_path.exists():
        return None
    store = RecordStore(ws.records_path)
    try:
        return store.get(key)
    finally:
        store.close()


def _order(ws: Workspace, records: list[Record]) -> list[tuple[Record, float | None, str]]:
    """Records in learn's review order, with its uncertainty and reason."""
    by_key = {record_key(r): r for r in records}
    ordered: list[tuple[Record, float | None, str]] = []
    seen: set[str] = set()
    for item in review_queue(ws, records=records, include_reviewed=True):
        record = by_key.get(item.key) or by_key.get(item.url)
        if record is not None and record_key(record) not in seen:
            seen.add(record_key(record))
            ordered.append((record, item.uncertainty, item.reason))
    ordered.extend((r, None, "") for key, r in sorted(by_key.items()) if key not in seen)
    return ordered


def build_queue(
    ws: Workspace, filters: dict[str, str] | None = None, records: list[Record] | None = None
) -> Queue:
    """The filtered queue with progress counts and the values each filter can take."""
    filters = {k: v for k, v in (filters or {}).items() if k in FILTERS and v}
    records = load_records(ws) if records is None else records
    ordered = _order(ws, records)
    states = states_of([r for r, _, _ in ordered], LabelStore(ws.labels_dir))
    everything = [Entry(state, unc, reason) for state, (_, unc, reason) in zip(states, ordered, strict=True)]
    options = {
        "source": sorted({e.state.record.source or "" for e in everything} - {""}),
        "country": sorted({e.state.values().get("country") or "" for e in everything} - {""}),
        "year": sorted({e.year for e in everything} - {""}, reverse=True),
        "event_type": sorted({e.state.values().get("event_type") or "" for e in everything} - {""}),
        "status": list(STATUSES),
    }
    return Queue(
        entries=[e for e in everything if e.matches(filters)],
        ordered=everything,
        total=len(everything),
        reviewed_total=sum(e.state.status != UNREVIEWED for e in everything),
        options=options,
    )
