"""The review queue as the page shows it, kept in the records store so a page answers at once.

The order (most uncertain first) is learn's decision (``learn.queue.review_queue``); this
module keeps it, with each record's review status and current values, in a table of the
records database (``review_queue``, indexed on the order and on every filter), and narrows it
by source, country, year, event type and review status with SQL.

Why a table: rebuilding the queue for every request read every record and every label —
1.5 s a page at 10,000 records. The table is brought up to date incrementally instead:

- a record written by any process (``run``, ``classify``, ``extract``) marks itself stale
  through SQLite triggers on ``records``;
- labels are append-only, so the bytes added to each label file since the last look name the
  records whose status changed; a file that shrank or was replaced marks everything stale;
- a save or undo on the page refreshes its record at once;
- a new active model or a new ranking version rebuilds the whole table once.

Only stale rows are recomputed, in one transaction, so a page costs a few indexed queries.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dipex.workspace import Workspace
from learn.labels import LabelStore
from learn.queue import review_queue
from nlp.records_db import RecordStore
from nlp.schema import Record
from review.state import STATUSES, UNREVIEWED, RecordState, record_key, state_of

log = logging.getLogger(__name__)

FILTERS = ("source", "country", "year", "event_type", "status")
# Bump when the ranking or the row layout changes: every row is recomputed once.
QUEUE_VERSION = "2"
BATCH = 2_000

_SCHEMA = """
CREATE TABLE IF NOT EXISTS review_queue (
    key TEXT PRIMARY KEY,
    rank TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT,
    source TEXT NOT NULL DEFAULT '',
    published TEXT,
    country TEXT NOT NULL DEFAULT '',
    year TEXT NOT NULL DEFAULT '',
    event_type TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    content TEXT,
    content_prob REAL,
    uncertainty REAL,
    reason TEXT
);
CREATE INDEX IF NOT EXISTS review_queue_rank ON review_queue(rank);
CREATE INDEX IF NOT EXISTS review_queue_source ON review_queue(source, rank);
CREATE INDEX IF NOT EXISTS review_queue_country ON review_queue(country, rank);
CREATE INDEX IF NOT EXISTS review_queue_year ON review_queue(year, rank);
CREATE INDEX IF NOT EXISTS review_queue_event_type ON review_queue(event_type, rank);
CREATE INDEX IF NOT EXISTS review_queue_status ON review_queue(status, rank);
CREATE INDEX IF NOT EXISTS records_url ON records(url);
CREATE TABLE IF NOT EXISTS review_queue_stale (key TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS review_queue_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS review_queue_record_added AFTER INSERT ON records BEGIN
    INSERT OR IGNORE INTO review_queue_stale(key) VALUES (NEW.key);
END;
CREATE TRIGGER IF NOT EXISTS review_queue_record_changed AFTER UPDATE ON records BEGIN
    INSERT OR IGNORE INTO review_queue_stale(key) VALUES (NEW.key);
    INSERT OR IGNORE INTO review_queue_stale(key) VALUES (OLD.key);
END;
CREATE TRIGGER IF NOT EXISTS review_queue_record_removed AFTER DELETE ON records BEGIN
    INSERT OR IGNORE INTO review_queue_stale(key) VALUES (OLD.key);
END;
"""
_COLUMNS = (
    "key", "rank", "url", "title", "source", "published", "country", "year", "event_type",
    "status", "content", "content_prob", "uncertainty", "reason",
)


@dataclass
class Entry:
    """One record as the queue lists it (its values after the labels that stand)."""

    key: str
    rank: str
    url: str
    title: str | None
    source: str
    published: str | None
    country: str
    year: str
    event_type: str
    status: str
    content: str | None
    content_prob: float | None
    uncertainty: float | None
    reason: str | None


@dataclass
class View:
    """One page of the filtered queue with its progress counts and filter options."""

    entries: list[Entry]
    count: int  # records in this view
    reviewed: int  # of them, reviewed or disputed
    disputed: int
    total: int  # all records
    reviewed_total: int
    options: dict[str, list[str]] = field(default_factory=dict)
    first_key: str | None = None  # the head of the view (where "start reviewing" leads)


@dataclass
class Located:
    """A record's place in the filtered queue (None when it is not in the view)."""

    entry: Entry | None
    position: int | None
    prev_key: str | None
    next_key: str | None


def _rank(relevant: bool, uncertainty: float, disagreement: bool, key: str) -> str:
    """A text sort key in learn's order: relevant first, most uncertain, disagreements, key."""
    return f"{int(not relevant)}{1.0 - uncertainty:.6f}{int(not disagreement)}{key}"


def _where(filters: dict[str, str]) -> tuple[str, list[str]]:
    names = [name for name in FILTERS if filters.get(name)]
    if not names:
        return "1", []
    return " AND ".join(f"{name} = ?" for name in names), [filters[name] for name in names]


class ReviewQueue:
    """The queue table of one workspace's records database, through one connection kept open."""

    def __init__(self, ws: Workspace, labels: LabelStore | None = None) -> None:
        self.ws = ws
        self.labels = labels or LabelStore(ws.labels_dir)
        # filter options and totals change only when rows do: kept per table generation
        self._summary: tuple[str, tuple[int, int, int], dict[str, list[str]]] | None = None
        # One connection, shared by the app's request threads in turn: opening and closing one
        # per request made SQLite checkpoint its WAL at every close (~3 ms each, several a page).
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._inode: int | None = None

    # ------------------------------------------------------------------ connection
    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection | None]:
        path: Path = self.ws.records_path
        with self._lock:
            try:
                inode = path.stat().st_ino
            except FileNotFoundError:  # a fresh workspace: no records, nothing to create
                self.close()
                yield None
                return
            if self._conn is None or inode != self._inode:  # first use, or a rebuilt store
                self.close()
                db = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
                if not _has_queue(db):
                    RecordStore(path).close()  # the records table (and its own schema) first
                    db.executescript(_SCHEMA)
                self._conn, self._inode = db, inode
            yield self._conn

    def close(self) -> None:
        """Close the connection (the app keeps it open for its lifetime)."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = self._inode = None

    # ------------------------------------------------------------------ keeping it current
    def sync(self) -> int:
        """Bring the table up to date; returns how many rows were recomputed."""
        with self._lock, self._db() as db:
            if db is None:
                return 0
            wanted = self._fingerprint()
            meta = _meta(db)
            labels_seen = json.loads(meta.get("labels", "{}"))
            rebuild = {k: meta.get(k) for k in ("version", "model")} != {
                k: wanted[k] for k in ("version", "model")
            }
            label_docs, labels_now, relabel_all = _new_label_docs(self.labels, labels_seen)
            stale = db.execute("SELECT EXISTS(SELECT 1 FROM review_queue_stale)").fetchone()[0]
            if not (rebuild or relabel_all or label_docs or stale):
                return 0
            db.execute("BEGIN IMMEDIATE")
            try:
                if rebuild or relabel_all:
                    db.execute("INSERT OR IGNORE INTO review_queue_stale(key) SELECT key FROM records")
                    db.execute("DELETE FROM review_queue WHERE key NOT IN (SELECT key FROM records)")
                elif label_docs:
                    _mark_docs(db, label_docs)
                done = self._recompute(db)
                for name, value in (("version", wanted["version"]), ("model", wanted["model"]),
                                    ("labels", json.dumps(labels_now, sort_keys=True))):
                    db.execute("INSERT OR REPLACE INTO review_queue_meta(name, value) VALUES (?, ?)",
                               (name, value))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            if done > 1000:
                # statistics let SQLite pick the most selective filter's index (country=Chile
                # rather than status=unreviewed): 56 → 10 ms for a count at 50,000 records
                db.execute("ANALYZE review_queue")  # whole: sampled stats misled it (~0.1 s at 50,000)
                log.info("review queue: %d record(s) ranked", done)
            return done

    def refresh(self, keys: Iterable[str]) -> None:
        """Recompute these records' rows now (after a save or an undo on the page)."""
        with self._lock, self._db() as db:
            if db is None:
                return
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("INSERT OR IGNORE INTO review_queue_stale(key) VALUES (?)",
                               [(k,) for k in keys])
                self._recompute(db)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _fingerprint(self) -> dict[str, str]:
        from learn.model import active_version

        return {"version": QUEUE_VERSION, "model": active_version(self.ws) or ""}

    def _recompute(self, db: sqlite3.Connection) -> int:
        keys = [k for (k,) in db.execute("SELECT key FROM review_queue_stale")]
        if not keys:
            return 0
        current = self.labels.current()
        for start in range(0, len(keys), BATCH):
            chunk = keys[start : start + BATCH]
            marks = ",".join("?" * len(chunk))
            records = [
                Record.from_dict(json.loads(payload))
                for (payload,) in db.execute(
                    f"SELECT record_json FROM records WHERE key IN ({marks})", chunk
                )
            ]
            found = {record_key(r) for r in records}
            gone = [k for k in chunk if k not in found]
            db.executemany("DELETE FROM review_queue WHERE key = ?", [(k,) for k in gone])
            rows = [_row(state_of(r, current), item) for r, item in _ranked(self.ws, records)]
            db.executemany(
                f"INSERT OR REPLACE INTO review_queue({', '.join(_COLUMNS)}) "
                f"VALUES ({','.join('?' * len(_COLUMNS))})",
                rows,
            )
            db.executemany("DELETE FROM review_queue_stale WHERE key = ?", [(k,) for k in chunk])
        db.execute(
            "INSERT INTO review_queue_meta(name, value) VALUES ('generation', '1') ON CONFLICT(name) "
            "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"
        )
        return len(keys)

    # ------------------------------------------------------------------ reading
    def view(self, filters: dict[str, str] | None = None, page: int = 1, size: int = 100) -> View:
        """One page of the queue narrowed by the filters, with counts and filter options."""
        self.sync()
        filters = {k: v for k, v in (filters or {}).items() if k in FILTERS and v}
        with self._db() as db:
            if db is None:
                return View([], 0, 0, 0, 0, 0, _empty_options(), None)
            where, args = _where(filters)
            entries = [
                Entry(*row)
                for row in db.execute(
                    f"SELECT {', '.join(_COLUMNS)} FROM review_queue WHERE {where} "
                    "ORDER BY rank LIMIT ? OFFSET ?",
                    [*args, size, max(0, page - 1) * size],
                )
            ]
            (total, reviewed_total, all_disputed), options = self._totals_and_options(db)
            if filters:
                count, reviewed, disputed = _counts(db, where, args)
            else:  # the whole queue: its counts are the totals, kept per generation
                count, reviewed, disputed = total, reviewed_total, all_disputed
            head = db.execute(
                f"SELECT key FROM review_queue WHERE {where} ORDER BY rank LIMIT 1", args
            ).fetchone()
            return View(entries, count, reviewed, disputed, total, reviewed_total, options,
                        head[0] if head else None)

    def _totals_and_options(
        self, db: sqlite3.Connection
    ) -> tuple[tuple[int, int, int], dict[str, list[str]]]:
        generation = _meta(db).get("generation", "0")
        summary = self._summary
        if summary is not None and summary[0] == generation:
            return summary[1], summary[2]
        totals = _counts(db, "1", [])
        options = {
            name: [
                v for (v,) in db.execute(
                    f"SELECT DISTINCT {name} FROM review_queue WHERE {name} != '' ORDER BY {name}"
                )
            ]
            for name in ("source", "country", "year", "event_type")
        }
        options["year"].reverse()
        options["status"] = list(STATUSES)
        self._summary = (generation, totals, options)
        return totals, options

    def locate(self, key: str, filters: dict[str, str] | None = None) -> Located | None:
        """A record's row, its position in the view and its neighbours.

        Neighbours are found in the whole queue order, so a record that just left the view
        (reviewed, under status=unreviewed) still leads on to the next one that is in it."""
        self.sync()
        filters = {k: v for k, v in (filters or {}).items() if k in FILTERS and v}
        with self._db() as db:
            if db is None:
                return None
            row = db.execute(
                f"SELECT {', '.join(_COLUMNS)} FROM review_queue WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                return None
            entry = Entry(*row)
            where, args = _where(filters)
            inside = db.execute(
                f"SELECT EXISTS(SELECT 1 FROM review_queue WHERE key = ? AND {where})", [key, *args]
            ).fetchone()[0]
            position = (
                db.execute(
                    f"SELECT COUNT(*) FROM review_queue WHERE rank < ? AND {where}", [entry.rank, *args]
                ).fetchone()[0]
                if inside
                else None
            )
            prev = db.execute(
                f"SELECT key FROM review_queue WHERE rank < ? AND {where} ORDER BY rank DESC LIMIT 1",
                [entry.rank, *args],
            ).fetchone()
            nxt = db.execute(
                f"SELECT key FROM review_queue WHERE rank > ? AND {where} ORDER BY rank LIMIT 1",
                [entry.rank, *args],
            ).fetchone()
            return Located(entry, position, prev[0] if prev else None, nxt[0] if nxt else None)

    def counts(self, filters: dict[str, str] | None = None) -> tuple[int, int, int]:
        """(records, reviewed, disputed) in the view."""
        filters = {k: v for k, v in (filters or {}).items() if k in FILTERS and v}
        with self._db() as db:
            if db is None:
                return 0, 0, 0
            return _counts(db, *_where(filters))

    def ordered_keys(self) -> list[str]:
        """Every record key in review order (the spreadsheet's row order)."""
        self.sync()
        with self._db() as db:
            if db is None:
                return []
            return [k for (k,) in db.execute("SELECT key FROM review_queue ORDER BY rank")]


def _has_queue(db: sqlite3.Connection) -> bool:
    """Whether the queue's schema (table and triggers) is in place already."""
    names = {n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'review_queue%'")}
    return {"review_queue", "review_queue_stale", "review_queue_meta",
            "review_queue_record_added", "review_queue_record_changed",
            "review_queue_record_removed"} <= names


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT name, value FROM review_queue_meta"))


def _counts(db: sqlite3.Connection, where: str, args: list[str]) -> tuple[int, int, int]:
    count, reviewed, disputed = db.execute(
        "SELECT COUNT(*), TOTAL(status != ?), TOTAL(status = 'disputed') "
        f"FROM review_queue WHERE {where}",
        [UNREVIEWED, *args],
    ).fetchone()
    return int(count), int(reviewed), int(disputed)


def _empty_options() -> dict[str, list[str]]:
    return {"source": [], "country": [], "year": [], "event_type": [], "status": list(STATUSES)}


def _new_label_docs(
    labels: LabelStore, seen: dict[str, list[Any]]
) -> tuple[set[str], dict[str, list[Any]], bool]:
    """Releases (keys and urls) named by label lines appended since ``seen``; the files' new
    state; and whether a file shrank, vanished or was replaced (then every status is redone)."""
    docs: set[str] = set()
    now: dict[str, list[Any]] = {}
    everything = set(seen) - {p.name for p in labels.files()} != set()
    for path in labels.files():
        try:
            st = path.stat()
        except FileNotFoundError:
            everything = True
            continue
        inode, offset, mark = ([*seen.get(path.name, [st.st_ino, 0, ""]), ""])[:3]
        with open(path, "rb") as handle:
            handle.seek(max(0, offset - 32))
            before = handle.read(min(32, offset)).hex()
            if inode != st.st_ino or st.st_size < offset or before != mark:  # replaced or edited
                everything, offset = True, 0
            handle.seek(offset)
            tail = handle.read()
            end = tail.rfind(b"\n") + 1  # a half-written last line is read when it is whole
            handle.seek(max(0, offset + end - 32))
            now[path.name] = [st.st_ino, offset + end, handle.read(min(32, offset + end)).hex()]
        for line in tail[:end].split(b"\n"):
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict):
                docs.update(str(data[k]) for k in ("key", "url") if isinstance(data.get(k), str))
    return docs, now, everything


def _mark_docs(db: sqlite3.Connection, docs: set[str]) -> None:
    """Mark stale the records these releases' labels are about (by key or by url)."""
    listed = sorted(docs)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(
            "INSERT OR IGNORE INTO review_queue_stale(key) "
            f"SELECT key FROM records WHERE key IN ({marks}) OR url IN ({marks})",
            chunk + chunk,
        )


def _ranked(ws: Workspace, records: list[Record]) -> list[tuple[Record, Any]]:
    """Each record with learn's queue item (uncertainty, reason, relevance, disagreement)."""
    items = {item.key: item for item in review_queue(ws, records=records, include_reviewed=True)}
    return [(r, items.get(record_key(r))) for r in records]


def _row(state: RecordState, item: Any) -> tuple[Any, ...]:
    record = state.record
    values = state.values()
    when = values.get("event_date") or record.published or ""
    if item is None:  # learn did not list it: after everything, in key order
        rank, uncertainty, reason = "2" + state.key, None, ""
    else:
        rank = _rank(item.relevant, item.uncertainty, item.disagreement, state.key)
        uncertainty, reason = item.uncertainty, item.reason
    return (
        state.key, rank, record.url, record.title, record.source or "", record.published,
        values.get("country") or "", str(when)[:4], values.get("event_type") or "", state.status,
        values.get("content"), record.content_prob, uncertainty, reason,
    )


def page_records(ws: Workspace, record: Record) -> list[Record]:
    """Every record of the record's page, in item order: a roundup's or a digest's exchanges are
    reviewed side by side (the page itself when it reports one exchange)."""
    if not ws.records_path.exists():
        return [record]
    store = RecordStore(ws.records_path)
    try:
        return store.page(record.key or record.url) or [record]
    finally:
        store.close()


def find_record(ws: Workspace, key: str) -> Record | None:
    """One record by the key it is reviewed under (RecordStore keys are the same)."""
    if not ws.records_path.exists():
        return None
    store = RecordStore(ws.records_path)
    try:
        return store.get(key)
    finally:
        store.close()


def ordered_states(ws: Workspace) -> list[RecordState]:
    """Every record's review state in queue order (for the spreadsheet export)."""
    labels = LabelStore(ws.labels_dir)
    queue = ReviewQueue(ws, labels)
    try:
        keys = queue.ordered_keys()
    finally:
        queue.close()
    if not keys:
        return []
    current = labels.current()
    store = RecordStore(ws.records_path)
    try:
        records = (store.get(key) for key in keys)
        return [state_of(r, current) for r in records if r is not None]
    finally:
        store.close()
