"""The records table: one extracted (and later classified, reviewed) record per release.

Derived state: rebuildable from the corpus, labels and the active model at any time, so a
plain SQLite table of JSON documents is enough. Keyed by the canonical document key; a page
that reports several exchanges stores item 0 under that key and item N under ``key#N``, so
every record of one-exchange pages keeps the key it always had.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from nlp.schema import Record

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    source TEXT,
    published TEXT,
    relevant INTEGER,
    country TEXT,
    event_type TEXT,
    record_json TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
"""


class RecordStore:
    """Read and write records; each write is its own transaction so a killed run loses nothing."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.db = sqlite3.connect(path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(_SCHEMA)

    @staticmethod
    def key_of(record: Record) -> str:
        return item_key(record.key or record.url, record.item)

    def put(self, record: Record) -> bool:
        """Insert or replace; returns True when the stored record changed."""
        key = self.key_of(record)
        payload = json.dumps(record.to_dict(), ensure_ascii=False, sort_keys=True)
        row = self.db.execute("SELECT record_json FROM records WHERE key=?", (key,)).fetchone()
        if row and row[0] == payload:
            return False
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO records(key, url, source, published, relevant, country,"
                " event_type, record_json) VALUES (?,?,?,?,?,?,?,?)",
                (key, record.url, record.source, record.published, int(record.relevant),
                 record.country, record.event_type, payload),
            )
        return True

    def put_many(self, records: Iterable[Record]) -> int:
        return sum(self.put(r) for r in records)

    def put_page(self, records: list[Record]) -> int:
        """Store every record of one page and drop the items it no longer reports (a page
        re-extracted into fewer exchanges); returns how many stored records changed."""
        changed = sum(self.put(r) for r in records)
        if records:
            page = records[0].key or records[0].url
            keep = {self.key_of(r) for r in records}
            for key in self.item_keys(page):
                if key not in keep:
                    self.delete(key)
                    changed += 1
        return changed

    def item_keys(self, page: str) -> list[str]:
        """The keys of every stored record of a page (item 0 first)."""
        # a range of the primary key ('#' < '$'), not substr(): an index look-up, not a scan
        # of every record (16 ms a call at 50,000 records, paid by every review page)
        rows = self.db.execute("SELECT key FROM records WHERE key=? OR (key > ? AND key < ?)",
                               (page, page + "#", page + "$")).fetchall()
        return sorted((k for (k,) in rows), key=lambda k: (k != page, len(k), k))

    def page(self, page: str) -> list[Record]:
        """Every record of a page, in item order."""
        found = (self.get(k) for k in self.item_keys(page))
        return sorted((r for r in found if r is not None), key=lambda r: r.item)

    def get(self, key: str) -> Record | None:
        row = self.db.execute("SELECT record_json FROM records WHERE key=?", (key,)).fetchone()
        return Record.from_dict(json.loads(row[0])) if row else None

    def __iter__(self) -> Iterator[Record]:
        for (payload,) in self.db.execute("SELECT record_json FROM records ORDER BY key"):
            yield Record.from_dict(json.loads(payload))

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM records").fetchone()[0]

    def delete(self, key: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM records WHERE key=?", (key,))

    def close(self) -> None:
        self.db.close()


def item_key(page: str, item: int) -> str:
    """The store key of a page's item: the page key for item 0, ``key#N`` for the others."""
    return page if not item else f"{page}#{item}"


def load_records(path: Path) -> list[Record]:
    """Every stored record (none when the store does not exist yet: a fresh workspace)."""
    if not path.exists():
        return []
    store = RecordStore(path)
    try:
        return list(store)
    finally:
        store.close()
