"""The SQLite catalog of the corpus: one row per release, every alias url, list-page
validators and crawl runs.

The catalog is derived: everything in it except run history can be recreated from the WARC
files alone (``rebuild_from_warc``). It is what the rest of dipex reads — ``iter_documents``
gives the good releases, one per canonical key — and what makes crawls incremental (known
keys are never refetched, list pages are asked for with their ETag / Last-Modified).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path

from nlp.schema import Document

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS releases (
    key TEXT PRIMARY KEY,          -- "<site>:<numeric id>"
    url TEXT NOT NULL,             -- real url it was first found under (what a researcher cites)
    source TEXT,                   -- sources.toml section
    site TEXT,
    lang TEXT,
    status TEXT NOT NULL,          -- ok | gone | parse_failed
    fetched_at TEXT,
    http_status INTEGER,
    etag TEXT,
    last_modified TEXT,
    sha256 TEXT,                   -- of the response body as archived
    warc_file TEXT,                -- relative to the corpus folder
    warc_offset INTEGER,
    title TEXT,
    published TEXT,                -- YYYY-MM-DD, Beijing time
    published_time TEXT,
    text TEXT,
    template TEXT,
    problems TEXT,                 -- JSON list (parse problems / why gone)
    first_seen TEXT,
    gone_at TEXT,
    origin TEXT DEFAULT 'live',    -- where the text came from: live | archive
    captured_at TEXT               -- archive: capture time (YYYY-MM-DDTHH:MM:SSZ)
);
CREATE INDEX IF NOT EXISTS releases_source ON releases(source, status);
CREATE TABLE IF NOT EXISTS discovered (
    key TEXT NOT NULL,
    via TEXT NOT NULL,             -- list | search | archive | urls: how the release became known
    source TEXT NOT NULL,          -- list section it belongs to ("" when none matches)
    url TEXT,
    listed TEXT,                   -- YYYY-MM-DD printed beside the link or in the url, if any
    first_seen TEXT,
    PRIMARY KEY (key, via, source)
);
CREATE TABLE IF NOT EXISTS archive_captures (
    original TEXT NOT NULL,        -- url as captured
    timestamp TEXT NOT NULL,       -- 14-digit capture time (UTC)
    key TEXT NOT NULL,
    section TEXT,
    backfill TEXT,                 -- the web_archive source that listed it
    outcome TEXT,                  -- NULL = not fetched yet | ok | a reason it is not a release
    fetched_at TEXT,
    PRIMARY KEY (original, timestamp)
);
CREATE INDEX IF NOT EXISTS archive_captures_key ON archive_captures(key);
CREATE TABLE IF NOT EXISTS cdx_state (
    prefix TEXT NOT NULL,
    backfill TEXT NOT NULL,
    last_timestamp TEXT,           -- newest capture seen by the last complete listing
    resume_key TEXT,               -- where an interrupted listing goes on
    resume_from TEXT,              -- the ``from`` of the interrupted listing
    updated TEXT,
    PRIMARY KEY (prefix, backfill)
);
CREATE TABLE IF NOT EXISTS aliases (
    key TEXT NOT NULL,
    url TEXT NOT NULL,
    first_seen TEXT,
    PRIMARY KEY (key, url)
);
CREATE TABLE IF NOT EXISTS list_pages (
    url TEXT PRIMARY KEY,          -- real url of a list page
    source TEXT,
    etag TEXT,
    last_modified TEXT,
    http_status INTEGER,
    last_seen TEXT
);
CREATE TABLE IF NOT EXISTS lists (
    url TEXT PRIMARY KEY,          -- first page folder of a list (a section, or a country column)
    source TEXT,
    complete INTEGER DEFAULT 0,    -- 1 once a walk reached the last page with every link stored
    found_on TEXT,                 -- continent/country page it was discovered on (country_index)
    updated TEXT
);
CREATE TABLE IF NOT EXISTS runs (
    id TEXT PRIMARY KEY,
    started_at TEXT,
    finished_at TEXT,
    warc_file TEXT,
    sources TEXT,                  -- JSON list
    report TEXT                    -- JSON CrawlReport (health included)
);
"""


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Release:
    """A catalog row."""

    key: str
    url: str
    status: str
    source: str | None = None
    site: str | None = None
    lang: str | None = None
    fetched_at: str | None = None
    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    title: str | None = None
    published: str | None = None
    published_time: str | None = None
    text: str | None = None
    template: str | None = None
    problems: list[str] = field(default_factory=list)
    first_seen: str | None = None
    gone_at: str | None = None
    origin: str = "live"  # live | archive
    captured_at: str | None = None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Release:
        data = dict(row)
        data["problems"] = json.loads(data.get("problems") or "[]")
        return cls(**data)

    def to_document(self) -> Document:
        return Document(url=self.url, source=self.site or "other", lang=self.lang or "en",
                        title=self.title, published=self.published, text=self.text or "", key=self.key)


@dataclass
class ListPageState:
    url: str
    source: str | None
    etag: str | None
    last_modified: str | None
    http_status: int | None
    last_seen: str | None


class Catalog:
    """The catalog file (``corpus/catalog.sqlite``); WARC pointers are relative to its folder."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.corpus_dir = self.path.parent
        self.db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self._migrate()
        self.db.executescript(SCHEMA)
        self._depth = 0

    def _migrate(self) -> None:
        """Columns added since a catalog was made (origin and capture time of a release)."""
        have = {r["name"] for r in self.db.execute("PRAGMA table_info(releases)")}
        if have and "origin" not in have:
            self.db.execute("ALTER TABLE releases ADD COLUMN origin TEXT DEFAULT 'live'")
        if have and "captured_at" not in have:
            self.db.execute("ALTER TABLE releases ADD COLUMN captured_at TEXT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Catalog]:
        """Everything inside is committed together (or not at all)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self._depth = 1
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")
        finally:
            self._depth = 0

    # ------------------------------------------------------------------ releases
    def put(self, release: Release) -> None:
        """Insert or update a release; ``first_seen`` and the url first found are kept."""
        old = self.get(release.key)
        if old is not None:
            release.first_seen = old.first_seen or release.first_seen
            release.url = old.url
        release.first_seen = release.first_seen or release.fetched_at or now_utc()
        data = {f.name: getattr(release, f.name) for f in fields(Release)}
        data["problems"] = json.dumps(release.problems, ensure_ascii=False)
        names = ", ".join(data)
        marks = ", ".join(f":{n}" for n in data)
        self.db.execute(f"INSERT OR REPLACE INTO releases ({names}) VALUES ({marks})", data)
        self.add_alias(release.key, release.url, release.first_seen)

    def mark_gone(self, key: str, url: str, *, reason: str, fetched_at: str, http_status: int | None,
                  sha256: str | None, warc_file: str | None, warc_offset: int | None,
                  source: str | None = None, site: str | None = None, lang: str | None = None) -> None:
        """A removed release: status gone, what was known of it (title, text) is kept."""
        old = self.get(key)
        if old is None:
            self.put(Release(key=key, url=url, status="gone", source=source, site=site, lang=lang,
                             fetched_at=fetched_at, http_status=http_status, sha256=sha256,
                             warc_file=warc_file, warc_offset=warc_offset, problems=[reason],
                             gone_at=fetched_at))
            return
        if old.status == "gone":
            return
        old.status = "gone"
        old.gone_at = fetched_at
        old.problems = [*old.problems, reason]
        self.put(old)  # the pointer still shows the last good copy of the page

    def get(self, key: str) -> Release | None:
        row = self.db.execute("SELECT * FROM releases WHERE key = ?", (key,)).fetchone()
        return Release.from_row(row) if row else None

    def has(self, key: str) -> bool:
        return self.db.execute("SELECT 1 FROM releases WHERE key = ?", (key,)).fetchone() is not None

    def iter_releases(self, status: str | None = None, source: str | None = None) -> Iterator[Release]:
        sql, args = "SELECT * FROM releases WHERE 1=1", []
        if status:
            sql, args = sql + " AND status = ?", [*args, status]
        if source:
            sql, args = sql + " AND source = ?", [*args, source]
        for row in self.db.execute(sql + " ORDER BY published, key", args).fetchall():
            yield Release.from_row(row)

    def iter_documents(self) -> Iterator[Document]:
        """The good releases (status ok), one per canonical key, as extraction input."""
        for release in self.iter_releases(status="ok"):
            yield release.to_document()

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM releases").fetchone()[0]

    def warc_pointer(self, key: str) -> tuple[Path, int] | None:
        """(WARC file, offset) of the archived response a release was read from."""
        row = self.db.execute("SELECT warc_file, warc_offset FROM releases WHERE key = ?", (key,)).fetchone()
        if not row or not row["warc_file"] or row["warc_offset"] is None:
            return None
        return self.corpus_dir / row["warc_file"], int(row["warc_offset"])

    def text_origin(self, key: str) -> str | None:
        """Where a release's text came from: ``live``, or ``archive <capture time>`` when it was
        read from a web-archive capture (None for an unknown key)."""
        row = self.db.execute("SELECT origin, captured_at FROM releases WHERE key = ?", (key,)).fetchone()
        if not row:
            return None
        if row["origin"] == "archive":
            return f"archive {row['captured_at'] or ''}".strip()
        return "live"

    def text_origins(self) -> dict[str, str]:
        """``text_origin`` of every release at once (for the records of a run)."""
        rows = self.db.execute("SELECT key, origin, captured_at FROM releases")
        return {r["key"]: f"archive {r['captured_at'] or ''}".strip() if r["origin"] == "archive" else "live"
                for r in rows}

    def warc_relpath(self, path: str | os.PathLike[str]) -> str:
        path = Path(path).resolve()
        try:
            return path.relative_to(self.corpus_dir.resolve()).as_posix()
        except ValueError:
            return str(path)

    # ------------------------------------------------------------------ aliases
    def add_alias(self, key: str, url: str, seen_at: str | None = None) -> bool:
        """Remember a url of a release; True when it was not known yet."""
        cur = self.db.execute("INSERT OR IGNORE INTO aliases (key, url, first_seen) VALUES (?, ?, ?)",
                              (key, url, seen_at or now_utc()))
        return cur.rowcount > 0

    def aliases(self, key: str) -> list[str]:
        rows = self.db.execute("SELECT url FROM aliases WHERE key = ? ORDER BY first_seen, url", (key,))
        return [r["url"] for r in rows]

    # ------------------------------------------------------------------ discovery
    def note_discovered(self, key: str, via: str, source: str | None, url: str,
                        listed: str | None = None) -> None:
        """Remember that ``via`` (list | search | archive | urls) knows of a release: what the
        coverage report counts per section and year."""
        self.db.execute(
            "INSERT INTO discovered (key, via, source, url, listed, first_seen) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key, via, source) "
            "DO UPDATE SET listed = COALESCE(discovered.listed, excluded.listed)",
            (key, via, source or "", url, listed, now_utc()))

    def add_capture(self, original: str, timestamp: str, key: str, section: str | None,
                    backfill: str) -> bool:
        """A capture listed by the archive; True when it was not known yet."""
        cur = self.db.execute(
            "INSERT OR IGNORE INTO archive_captures (original, timestamp, key, section, backfill) "
            "VALUES (?, ?, ?, ?, ?)", (original, timestamp, key, section, backfill))
        return cur.rowcount > 0

    def capture_outcome(self, original: str, timestamp: str, outcome: str, key: str | None = None) -> None:
        self.db.execute(
            "INSERT INTO archive_captures (original, timestamp, key, outcome, fetched_at) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(original, timestamp) DO UPDATE SET outcome = excluded.outcome, "
            "fetched_at = excluded.fetched_at", (original, timestamp, key or "", outcome, now_utc()))

    def captures_to_try(self, backfill: str) -> dict[str, list[tuple[str, str, str | None]]]:
        """Per release key not held yet (or held without good text): its untried captures,
        newest first, as (original, timestamp, section)."""
        rows = self.db.execute(
            "SELECT c.key, c.original, c.timestamp, c.section FROM archive_captures c "
            "LEFT JOIN releases r ON r.key = c.key "
            "WHERE c.backfill = ? AND c.outcome IS NULL AND (r.key IS NULL OR r.status != 'ok') "
            "AND NOT EXISTS (SELECT 1 FROM archive_captures d WHERE d.key = c.key AND d.outcome = 'ok') "
            "ORDER BY c.key, c.timestamp DESC", (backfill,))
        out: dict[str, list[tuple[str, str, str | None]]] = {}
        for r in rows:
            out.setdefault(r["key"], []).append((r["original"], r["timestamp"], r["section"]))
        return out

    def cdx_state(self, prefix: str, backfill: str) -> dict:
        row = self.db.execute("SELECT * FROM cdx_state WHERE prefix = ? AND backfill = ?",
                              (prefix, backfill)).fetchone()
        return dict(row) if row else {"prefix": prefix, "backfill": backfill, "last_timestamp": None,
                                      "resume_key": None, "resume_from": None}

    def save_cdx_state(self, state: dict) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO cdx_state (prefix, backfill, last_timestamp, resume_key, resume_from, "
            "updated) VALUES (?, ?, ?, ?, ?, ?)",
            (state["prefix"], state["backfill"], state.get("last_timestamp"), state.get("resume_key"),
             state.get("resume_from"), now_utc()))

    # ------------------------------------------------------------------ list pages
    def list_page(self, url: str) -> ListPageState | None:
        row = self.db.execute("SELECT * FROM list_pages WHERE url = ?", (url,)).fetchone()
        return ListPageState(**dict(row)) if row else None

    def save_list_page(self, url: str, source: str, etag: str | None, last_modified: str | None,
                       http_status: int | None) -> None:
        """Validators of a list page whose every link is in the catalog (so a 304 next time
        means: nothing to do on this page)."""
        self.db.execute(
            "INSERT OR REPLACE INTO list_pages (url, source, etag, last_modified, http_status, last_seen) "
            "VALUES (?, ?, ?, ?, ?, ?)", (url, source, etag, last_modified, http_status, now_utc()))

    def forget_list_page(self, url: str) -> None:
        self.db.execute("DELETE FROM list_pages WHERE url = ?", (url,))

    def list_complete(self, url: str) -> bool:
        row = self.db.execute("SELECT complete FROM lists WHERE url = ?", (url,)).fetchone()
        return bool(row and row["complete"])

    def save_list(self, url: str, source: str, *, complete: bool | None = None,
                  found_on: str | None = None) -> None:
        row = self.db.execute("SELECT complete, found_on FROM lists WHERE url = ?", (url,)).fetchone()
        done = complete if complete is not None else bool(row and row["complete"])
        where = found_on or (row["found_on"] if row else None)
        self.db.execute("INSERT OR REPLACE INTO lists (url, source, complete, found_on, updated) "
                        "VALUES (?, ?, ?, ?, ?)", (url, source, int(done), where, now_utc()))

    def lists_found_on(self, page_url: str) -> list[str]:
        rows = self.db.execute("SELECT url FROM lists WHERE found_on = ? ORDER BY url", (page_url,))
        return [r["url"] for r in rows]

    # ------------------------------------------------------------------ runs
    def start_run(self, run_id: str, warc_file: str, sources: list[str]) -> None:
        self.db.execute("INSERT INTO runs (id, started_at, warc_file, sources) VALUES (?, ?, ?, ?)",
                        (run_id, now_utc(), warc_file, json.dumps(sources)))

    def finish_run(self, run_id: str, report: dict) -> None:
        self.db.execute("UPDATE runs SET finished_at = ?, report = ? WHERE id = ?",
                        (now_utc(), json.dumps(report, ensure_ascii=False), run_id))

    def unfinished_runs(self, exclude: str | None = None) -> list[dict]:
        rows = self.db.execute("SELECT * FROM runs WHERE finished_at IS NULL AND id != ? ORDER BY id",
                               (exclude or "",))
        return [dict(r) for r in rows]

    def last_run(self) -> dict | None:
        row = self.db.execute("SELECT * FROM runs ORDER BY started_at DESC, id DESC LIMIT 1").fetchone()
        if not row:
            return None
        data = dict(row)
        data["sources"] = json.loads(data["sources"] or "[]")
        data["report"] = json.loads(data["report"]) if data["report"] else None
        return data

    def last_new_release(self, source: str) -> str | None:
        """When a release of this source was first seen last (for the 14-day staleness check)."""
        row = self.db.execute("SELECT MAX(first_seen) AS t FROM releases WHERE source = ?",
                              (source,)).fetchone()
        return row["t"] if row else None

    def first_run_with(self, source: str) -> str | None:
        row = self.db.execute("SELECT MIN(started_at) AS t FROM runs WHERE sources LIKE ?",
                              (f'%"{source}"%',)).fetchone()
        return row["t"] if row else None

    # ------------------------------------------------------------------ summaries
    def counts_by_source_year(self) -> list[dict]:
        rows = self.db.execute(
            "SELECT source, substr(COALESCE(published, ''), 1, 4) AS year, status, COUNT(*) AS n "
            "FROM releases GROUP BY source, year, status ORDER BY source, year, status")
        return [dict(r) for r in rows]

    # ------------------------------------------------------------------ rebuild
    def rebuild_from_warc(self, warc_dir: str | os.PathLike[str] | None = None) -> dict:
        """Recreate releases and aliases from the WARC files alone (the catalog is derived).

        List-page validators and list completeness are dropped rather than guessed, so the
        next crawl re-reads list pages in full (without refetching any known release).
        Returns counts of what was indexed."""
        from scraper import indexing

        warc_dir = Path(warc_dir) if warc_dir else self.corpus_dir / "warc"
        with self.transaction():
            for table in ("releases", "aliases", "list_pages", "lists"):
                self.db.execute(f"DELETE FROM {table}")
            counts = indexing.index_archive(self, warc_dir, only_missing=False)
        log.info("catalog rebuilt from %s: %s", warc_dir, counts)
        return counts
