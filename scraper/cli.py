"""``crawl``, ``parse`` and ``status``: collecting releases and looking at the corpus."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import defaultdict
from dataclasses import asdict
from pathlib import Path

from dipex.args import count, seconds
from dipex.tables import format_table
from dipex.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser("crawl", help="collect new releases into corpus/ (WARC + catalog)")
    p.add_argument("--source", action="extend", nargs="+", default=[], metavar="NAME",
                   help="section(s) of scraper/sources.toml (default: all)")
    p.add_argument("--since", metavar="DATE", help="skip releases published before DATE (YYYY-MM-DD)")
    p.add_argument("--max-pages", type=count, metavar="N", help="read at most N pages of each list")
    p.add_argument("--base-url", metavar="URL",
                   help="a mirror serving https://HOST/PATH at URL/HOST/PATH (e.g. serve-sample)")
    p.add_argument("--delay", type=seconds, metavar="S",
                   help="seconds between requests to one host (default 1, jittered, also on a "
                        "loopback mirror: give 0 for serve-sample)")
    p.add_argument("--refetch", action="store_true", help="fetch known releases again")
    p.add_argument("--contact", metavar="WHO",
                   help="your name and e-mail for the User-Agent, so site operators can reach you "
                        "(or set DIPEX_CONTACT, or contact = \"...\" in WORKDIR/dipex.toml); "
                        "required for real sites")
    p.add_argument("--user-agent", metavar="UA", help="a whole User-Agent of your own (with your contact)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--backfill", action="store_true",
                   help="also the web-archive sources: releases the lists no longer show, from the "
                   "Internet Archive's captures (incremental: only newer captures are asked for)")
    p.add_argument("--search", action="store_true", help="also the site-search sources (IDCPC search pages)")
    p.add_argument("--urls", metavar="FILE",
                   help="fetch the release urls listed in FILE (one per line, or a CSV column); a url "
                   "the live site no longer serves is taken from the web archive's newest capture")
    p.add_argument("--archive-delay", type=seconds, metavar="S",
                   help="seconds between requests to the web archive (default: the source's, 5)")
    p.set_defaults(handler=run_crawl)

    p = subparsers.add_parser("parse", help="parse one saved release page and print it as JSON")
    p.add_argument("file", metavar="FILE.html")
    p.add_argument("--url", required=True, help="the url the page was served from")
    p.add_argument("--content-type", help="Content-Type header it came with")
    p.set_defaults(handler=run_parse)

    p = subparsers.add_parser("status", help="the corpus: releases by source and year, gone pages, last run")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_status)


def run_crawl(args: argparse.Namespace) -> int:
    from nlp.dates import parse_date
    from scraper.crawl import SUMMARY_HEADERS, CrawlLocked, crawl
    from scraper.http import ContactMissing
    from scraper.sources import SourceError

    since = None
    if args.since:
        since = parse_date(args.since)
        if since is None:
            print(f"--since: not a date: {args.since!r} (use YYYY-MM-DD)", file=sys.stderr)
            return 2
    urls = None
    if args.urls:
        from scraper.discover import read_url_file

        try:
            urls = read_url_file(args.urls)
        except OSError as exc:
            print(f"--urls: cannot read {args.urls}: {exc}", file=sys.stderr)
            return 2
        if not urls:
            print(f"--urls: no http(s) url in {args.urls}", file=sys.stderr)
            return 2
    ws = Workspace.from_arg(args.workdir)
    try:
        report = crawl(ws, sources=args.source or None, since=since, max_pages=args.max_pages,
                       base_url=args.base_url, delay=args.delay, refetch=args.refetch,
                       progress=not args.no_progress and sys.stderr.isatty(), user_agent=args.user_agent,
                       backfill=args.backfill, search=args.search, urls=urls,
                       archive_delay=args.archive_delay,
                       contact=args.contact)
    except ContactMissing as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    except CrawlLocked as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    print(format_table(SUMMARY_HEADERS, report.summary_rows()))
    codes = ", ".join(f"{k}: {v}" for k, v in report.status_counts.items())
    print(f"\nrun {report.run_id}: {report.requests} requests ({codes}); {report.new} new, "
          f"{report.gone} gone, {report.parse_failures} parse failures, {report.fetch_failures} failed, "
          f"{report.aliases_added} new aliases; archive {report.warc_file}")
    if report.cdx_requests or report.captures_fetched:
        print(f"web archive: {report.cdx_requests} CDX requests, {report.captures_listed} captures newly "
              f"listed, {report.captures_fetched} fetched, {report.captures_not_release} not a release; "
              f"{report.new_archive} releases from captures")
    if report.reindexed:
        print(f"re-indexed from interrupted runs: {report.reindexed}")
    for url, reason in report.parse_failed_urls[:20]:
        print(f"  parse failed: {url}: {reason}")
    for url, reason in report.failures[:20]:
        print(f"  failed: {url}: {reason}")
    for url, reason in report.rejected[:20]:
        print(f"  not crawled: {url}: {reason}")
    for warning in report.warnings:
        print(f"WARNING: {warning}")
    return 0 if report.ok else 1


def run_parse(args: argparse.Namespace) -> int:
    from scraper.pages import parse_page

    path = Path(args.file)
    try:
        body = path.read_bytes()
    except OSError as exc:
        print(f"parse: cannot read {path}: {exc}", file=sys.stderr)
        return 2
    page = parse_page(body, args.url, args.content_type)
    data = asdict(page)
    data["ok"] = page.ok
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0 if page.ok else 1


def corpus_status(ws: Workspace) -> dict:
    """Releases by source and year, gone pages and the last run (what ``status`` shows)."""
    from scraper.catalog import Catalog

    if not ws.catalog_path.exists():
        return {"catalog": str(ws.catalog_path), "releases": 0, "by_source_year": {}, "gone": [],
                "last_run": None, "last_pipeline_run": _last_pipeline_run(ws)}
    with Catalog(ws.catalog_path) as cat:
        by: dict[str, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
        totals: dict[str, int] = defaultdict(int)
        for row in cat.counts_by_source_year():
            by[row["source"] or "?"][row["year"] or "?"][row["status"]] = row["n"]
            totals[row["status"]] += row["n"]
        gone = [{"key": r.key, "url": r.url, "title": r.title, "gone_at": r.gone_at}
                for r in cat.iter_releases(status="gone")]
        origins = dict(cat.db.execute("SELECT COALESCE(origin, 'live'), COUNT(*) FROM releases "
                                      "GROUP BY 1 ORDER BY 1").fetchall())
        return {"catalog": str(ws.catalog_path), "releases": len(cat), "by_status": dict(totals),
                "by_origin": origins,
                "by_source_year": {s: dict(y) for s, y in sorted(by.items())}, "gone": gone,
                "last_run": cat.last_run(), "last_pipeline_run": _last_pipeline_run(ws)}


def _last_pipeline_run(ws: Workspace) -> dict | None:
    """The newest ``run``/``rebuild`` log (the crawl is only its first step): a run killed after
    its crawl leaves a finished crawl behind, so only this log tells it was interrupted."""
    try:
        from publish.runlog import last_pipeline_run
    except ImportError as error:  # status works while the publishing end is broken
        log.warning("run logs not read: %s", error)
        return None
    return last_pipeline_run(ws)


def run_status(args: argparse.Namespace) -> int:
    ws = Workspace.from_arg(args.workdir)
    status = corpus_status(ws)
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    print(f"catalog {status['catalog']}: {status['releases']} releases {status.get('by_status', {})}, "
          f"text from {status.get('by_origin', {})} (live site / web-archive capture)")
    rows = []
    for source, years in status["by_source_year"].items():
        for year, counts in sorted(years.items()):
            rows.append([source, year, counts.get("ok", 0), counts.get("parse_failed", 0),
                         counts.get("gone", 0)])
    if rows:
        print(format_table(["source", "year", "ok", "parse failed", "gone"], rows))
    if status["gone"]:
        print(f"\ngone pages ({len(status['gone'])}):")
        for g in status["gone"][:50]:
            print(f"  {g['key']}  {g['url']}  (gone {g['gone_at']})")
    run = status["last_run"]
    if run:
        report = run.get("report") or {}
        state = "finished" if run["finished_at"] else "running or killed"
        if report.get("interrupted"):
            state = "interrupted"
        # "crawl", not "run": beside it stands the last pipeline run (its own id), and a killed
        # crawl has no end time ("-", not "None")
        print(f"\nlast crawl {run['id']} ({state}), started {run['started_at']}, "
              f"finished {run['finished_at'] or '-'}")
        if report.get("requests") is not None:
            print(f"  {report['requests']} requests {report.get('status_counts')}, {report.get('new')} new, "
                  f"{report.get('gone')} gone, {report.get('parse_failures')} parse failures")
        for check in report.get("checks", []):
            mark = "ok " if check["ok"] else ("WARN" if check["level"] == "warn" else "info")
            print(f"  [{mark}] {check['name']}: {check['message']}")
    _print_pipeline_run(status.get("last_pipeline_run"))
    return 0


def _print_pipeline_run(run: dict | None) -> None:
    if not run:
        return
    print(f"\nlast {run.get('command', 'run')} {run.get('run_id')}: {run.get('status')}, started "
          f"{run.get('started_at')}, finished {run.get('finished_at') or '-'} (log {run.get('log')})")
    if run.get("interrupted"):
        print(f"  WARN {run['interrupted']}")
    elif run.get("status") == "running":
        print(f"  pid {run.get('pid')}, now in its step '{run.get('stage')}' "
              f"(begun {run.get('stage_started_at')})")
    for line in (run.get("failures") or [])[:3]:
        print(f"  failure: {line}")
