"""The periodic run: crawl → parse → extract → classify → export, safe to schedule.

- Incremental: the crawler fetches only new releases; extraction runs only for releases whose
  text (sha256) or extractor version changed (the rule output is cached in
  ``corpus/extracted.sqlite``); classification and human labels are re-applied to every
  record (cheap, and a new model or label must reach old records); exports are rewritten only
  where bytes differ.
- Idempotent: a second run with nothing new on the sites changes no record and no data file.
- One at a time: ``corpus/pipeline.lock`` (fcntl.flock, released by the OS even after kill -9).
  A second instance is refused with exit code 2: nothing was run, so it is not a failure of
  the data, but a cron wrapper can tell it apart from success.
- Logged: ``corpus/runs/<timestamp>-run.json`` (start, end, counts, warnings, failures, the
  crawl's summary), next to the crawler's own run files.
- Exit codes: 0 ok; 1 the run finished but something failed or looked unhealthy (fetch
  failures, crawl health warnings, releases the extractor could not read, unreadable label
  lines, no classifier);
  2 bad configuration or another run holds the lock (nothing done).
"""

from __future__ import annotations

import logging
import os
import time
import traceback
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

from dipex.cores import worker_count
from dipex.lock import PipelineLocked, RunLock  # noqa: F401 - re-exported: older imports name them here
from dipex.workspace import Workspace
from nlp.records_db import RecordStore
from nlp.schema import Document, Record, text_sha256

log = logging.getLogger(__name__)

EXTRACT_BATCH = 64


class ConfigError(ValueError):
    """Bad arguments or settings: nothing was run."""


@dataclass
class RunResult:
    run_id: str
    command: str
    started_at: str
    finished_at: str | None = None
    seconds: float = 0.0
    exit_code: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    crawl: dict = field(default_factory=dict)
    out_dir: str | None = None
    report: str | None = None
    log_path: str | None = None
    stage: str | None = None  # the step under way (the log is rewritten as each begins)
    stage_started_at: str | None = None

    @property
    def stopped(self) -> bool:
        return any(f.startswith(f"{self.command} stopped:") for f in self.failures)

    @property
    def status(self) -> str:
        """One word for the log and the report: running, ok, warnings (and no failure), some
        failures, stopped (before its exports), not run."""
        if self.finished_at is None:
            return "running"
        if self.exit_code == 0:
            return "ok"
        if self.exit_code != 1:
            return "not run"
        if self.stopped:
            return "stopped"
        return "some failures" if self.failures else "warnings"

    def headline(self) -> str:
        """What happened, in words: 'some failures' said nothing when there were only warnings."""
        n_w, n_f = len(self.warnings), len(self.failures)
        warned = f"{n_w} warning{'s' * (n_w != 1)}"
        if self.status == "stopped":
            return f"stopped before its exports ({n_f} failure{'s' * (n_f != 1)}, {warned})"
        if self.status == "warnings":
            return f"finished with {warned} and no failure"
        if self.status == "some failures":
            return f"finished with {n_f} failure{'s' * (n_f != 1)}" + (f" and {warned}" if n_w else "")
        return self.status

    def to_dict(self) -> dict:
        return {
            "run_id": self.run_id,
            "command": self.command,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "seconds": self.seconds,
            "status": self.status,
            "exit_code": self.exit_code,
            "counts": self.counts,
            "warnings": self.warnings,
            "failures": self.failures,
            "crawl": self.crawl,
            "out_dir": self.out_dir,
            "report": self.report,
            "pid": os.getpid(),
            "stage": self.stage,
            "stage_started_at": self.stage_started_at,
        }

    def summary_rows(self) -> list[list]:
        return [["step", "count"], *[[k, v] for k, v in self.counts.items()]]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _new_result(command: str) -> RunResult:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    return RunResult(run_id=f"{stamp}-{command}", command=command, started_at=_now())


# ---------------------------------------------------------------- records
def catalog_documents(ws: Workspace) -> list[Document]:
    """Releases to code: good ones, and removed ones whose last good text is still known
    (an exchange does not un-happen when a site takes its page down)."""
    from scraper.catalog import Catalog

    if not ws.catalog_path.exists():
        return []
    with Catalog(ws.catalog_path) as cat:
        docs = list(cat.iter_documents())
        seen = {d.key for d in docs}
        for release in cat.iter_releases(status="gone"):
            if release.text and release.key not in seen:
                docs.append(release.to_document())
    return docs


def _extract_safely(docs: list[Document], failures: list[str],
                    processes: int | None = None) -> Iterator[tuple[Document, list[Record]]]:
    """extract_many on every core (``processes`` lowers it; small jobs stay in one process); if
    that fails, in batches in this process: a batch that fails is redone one release at a time,
    and a release that still fails is logged (url + reason) and skipped, never crashing the run."""
    from nlp.extract import extract_items, extract_pages  # a release's records: one per exchange

    workers = worker_count(processes, len(docs))
    if workers > 1:
        try:
            records = list(extract_pages(docs, processes=workers))
        except Exception as exc:  # noqa: BLE001 - a broken worker must not stop the run
            log.warning("parallel extraction failed (%s); extracting in this process", exc)
        else:
            yield from zip(docs, records, strict=True)
            return
    for i in range(0, len(docs), EXTRACT_BATCH):
        batch = docs[i : i + EXTRACT_BATCH]
        try:
            yield from zip(batch, list(extract_pages(batch)), strict=True)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad release must not stop the run
            log.warning("extract batch failed (%s); retrying one by one", exc)
        for doc in batch:
            try:
                yield doc, extract_items(doc)
            except Exception as exc:  # noqa: BLE001
                reason = f"{type(exc).__name__}: {exc}"
                log.error("extract failed for %s: %s", doc.url, reason)
                log.debug("%s", traceback.format_exc())
                failures.append(f"extract {doc.url}: {reason}")


def _text_origins(ws: Workspace) -> dict[str, str]:
    from scraper.catalog import Catalog

    if not ws.catalog_path.exists():
        return {}
    with Catalog(ws.catalog_path) as cat:
        return cat.text_origins()


def _classify(
    ws: Workspace, records: list[Record], texts: dict[str, str], warnings: list[str]
) -> list[Record]:
    try:
        from learn.classify import classify_records
        from learn.labels import LabelStore
    except ImportError as exc:
        warnings.append(f"classification unavailable ({exc}); rule tags kept, human labels not applied")
        return records
    classified = list(classify_records(ws, records, texts=texts))
    _, problems = LabelStore(ws.labels_dir).read()
    warnings += [f"labels: {p} (a decision not applied: fix or remove the line)" for p in problems]
    return classified


def update_records(
    ws: Workspace, result: RunResult, documents: Iterable[Document] | None = None, force: bool = False,
    processes: int | None = None,
) -> None:
    """Bring the records store up to date with the catalog (see the module doc)."""
    from nlp.extract import EXTRACTOR_VERSION

    docs = list(documents) if documents is not None else catalog_documents(ws)
    cache = RecordStore(ws.corpus_dir / "extracted.sqlite")
    store = RecordStore(ws.records_path)
    try:
        keys = {d.key or d.url for d in docs}
        todo = []
        for doc in docs:
            old = cache.get(doc.key or doc.url)
            if (
                force
                or old is None
                or old.text_sha256 != text_sha256(doc.text)
                or old.versions.get("extractor") != EXTRACTOR_VERSION
            ):
                todo.append(doc)
        extracted = 0
        for doc, rec in _extract_safely(todo, result.failures, processes):
            for one in rec:
                one.key = doc.key or one.key or doc.url
                one.text_sha256 = one.text_sha256 or text_sha256(doc.text)
            cache.put_page(rec)  # a page's items; items it no longer reports are dropped
            extracted += 1
        stale = [cache.key_of(r) for r in cache if (r.key or r.url) not in keys]
        for key in stale:
            cache.delete(key)
        raw = [r for r in cache]
        origins = _text_origins(ws)
        for r in raw:  # where each text came from (live, or a web-archive capture), from the catalog
            r.text_from = origins.get(r.key or r.url, r.text_from)
        classified = _classify(ws, raw, {d.key or d.url: d.text for d in docs}, result.warnings)
        changed = sum(store.put(r) for r in classified)
        wanted = {store.key_of(r) for r in classified}  # (page, item) keys
        removed = [store.key_of(r) for r in store if store.key_of(r) not in wanted]
        for key in removed:
            store.delete(key)
        result.counts.update(
            {
                "releases to code": len(docs),
                "extracted (new or changed text)": extracted,
                "extract failures": len(todo) - extracted,
                "records": len(store),
                "relevant records": sum(1 for r in classified if r.relevant),
                "records changed": changed + len(removed),
            }
        )
    finally:
        cache.close()
        store.close()


# ---------------------------------------------------------------- the run
def write_log(ws: Workspace, result: RunResult) -> Path:
    """The run's log (publish.runlog): at the start, as each step begins, and at the end."""
    from publish.runlog import write_json

    path = ws.runs_dir / f"{result.run_id}.json"
    result.log_path = str(path)
    write_json(path, result.to_dict())
    return path


def begin_step(ws: Workspace, result: RunResult, stage: str) -> None:
    """Note the step now under way in the log, so a run killed in it is known by it."""
    result.stage, result.stage_started_at = stage, _now()
    write_log(ws, result)


def start_logging(ws: Workspace, result: RunResult, first_stage: str) -> None:
    """Under the lock, first thing: tell of earlier runs that were killed, then log this one."""
    from publish.runlog import take_over_interrupted

    result.warnings += [f"previous run: {note}" for note in take_over_interrupted(ws, result.run_id)]
    begin_step(ws, result, first_stage)


def _finish(ws: Workspace, result: RunResult, t0: float, out_dir: Path | None) -> None:
    """Write the data set, then the report with the run's final counts."""
    from publish.dataset import load_rows, publish

    rows = load_rows(ws)
    published = publish(ws, rows, out_dir, report=False)
    ch = published.export.changes.counts()
    result.counts.update(
        {
            "exchanges (rows)": len(rows),
            "rows new": ch["new"],
            "rows changed": ch["changed"],
            "rows gone": ch["gone"],
            "files written": len(published.export.written),
        }
    )
    if result.failures or result.warnings:
        result.exit_code = max(result.exit_code, 1)
    result.out_dir = str(published.export.out_dir)
    result.report = str(published.report_path)
    result.finished_at = _now()
    result.seconds = round(time.monotonic() - t0, 2)
    published.write_report(result.to_dict())


def run(
    ws: Workspace,
    base_url: str | None = None,
    sources: list[str] | None = None,
    since: str | None = None,
    out_dir: str | Path | None = None,
    delay: float | None = None,
    max_pages: int | None = None,
    progress: bool = False,
    contact: str | None = None,
    processes: int | None = None,
    backfill: bool = False,
    archive_delay: float | None = None,
) -> RunResult:
    """One periodic run (module doc). Raises PipelineLocked / ConfigError before doing anything.
    ``backfill`` adds the web-archive sources to the crawl (``run --backfill``)."""
    from nlp.dates import parse_date
    from scraper.crawl import crawl, crawled_hosts
    from scraper.http import SETTINGS_FILE, ContactMissing, crawler_user_agent
    from scraper.sources import SourceError, load_sources, select

    if since and parse_date(since) is None:
        raise ConfigError(f"--since {since!r} is not a date (use YYYY-MM-DD)")
    if base_url and not base_url.startswith(("http://", "https://")):
        raise ConfigError(f"--base-url {base_url!r} must start with http:// or https://")
    try:
        chosen = select(load_sources(), sources, backfill=backfill)
    except SourceError as exc:
        raise ConfigError(str(exc)) from exc
    hosts = [urlsplit(base_url).hostname or ""] if base_url else crawled_hosts(chosen)
    try:  # no contact for a real site: refused before anything is done
        crawler_user_agent(hosts, contact, None, ws.root / SETTINGS_FILE)
    except ContactMissing as exc:
        raise ConfigError(str(exc)) from exc
    ws.ensure()
    t0 = time.monotonic()
    result = _new_result("run")
    with RunLock(ws):
        try:
            start_logging(ws, result, "crawl")
            report = crawl(
                ws,
                sources=sources,
                since=since,
                base_url=base_url,
                delay=delay,
                max_pages=max_pages,
                progress=progress,
                contact=contact,
                backfill=backfill,
                archive_delay=archive_delay,
            )
            result.crawl = {
                "run_id": report.run_id,
                "ok": report.ok,
                "requests": report.requests,
                "status_counts": report.status_counts,
                "summary": [["source", *_crawl_headers()], *report.summary_rows()],
            }
            from publish.coverage import run_summary

            result.crawl.update(run_summary(ws))  # per-year coverage; a line when a study year is thin
            result.counts.update(
                {
                    "requests": report.requests,
                    "new releases": report.new,
                    "gone releases": report.gone,
                    "parse failures": report.parse_failures,
                    "fetch failures": report.fetch_failures,
                }
            )
            result.warnings += [f"crawl: {w}" for w in report.warnings]
            result.failures += [f"fetch {url}: {why}" for url, why in report.failures]
            result.failures += [f"parse {url}: {why}" for url, why in report.parse_failed_urls]
            if not report.ok:
                result.exit_code = 1
            begin_step(ws, result, "extract and classify")
            update_records(ws, result)
            begin_step(ws, result, "export")
            _finish(ws, result, t0, Path(out_dir) if out_dir else None)
        except BaseException as exc:  # Ctrl-C too: logged as a stop, then passed on
            import sqlite3

            from publish.derived import HINT

            result.exit_code = 1
            hint = f" ({HINT})" if isinstance(exc, sqlite3.DatabaseError) else ""
            result.failures.append(f"run stopped: {type(exc).__name__}{f': {exc}' if str(exc) else ''}{hint}")
            log.exception("run stopped")
            result.finished_at = _now()
            result.seconds = round(time.monotonic() - t0, 2)
            _mark_stopped(ws, result, out_dir)
            if not isinstance(exc, Exception):
                raise
        finally:
            write_log(ws, result)
    return result


def _mark_stopped(ws: Workspace, result: RunResult, out_dir: str | Path | None) -> None:
    """The stop on top of the existing report (publish.report.mark_stopped); never raises."""
    try:
        from publish.report import mark_stopped

        mark_stopped((Path(out_dir) if out_dir else ws.out_dir) / "report.html", result.to_dict())
    except Exception:  # the stop is in the run's log whatever happens here
        log.exception("could not mark the report")


def _crawl_headers() -> list[str]:
    from scraper.crawl import SUMMARY_HEADERS

    return SUMMARY_HEADERS[1:]
