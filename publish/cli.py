"""Subcommands of the publishing end: run, demo, rebuild, export, compare.

Imports of the other areas happen inside the handlers, so ``pipeline.py --help`` works even
while one of them is broken. Exit codes: 0 ok, 1 some failures, 2 bad configuration or
another run holding the workspace (nothing done).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime

from dipex.args import count, seconds
from dipex.tables import format_table
from dipex.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser(
        "run",
        help="the periodic run: crawl → parse → extract → classify → export (incremental)",
        description="Crawl new releases, code them, and rewrite the data set, figures and report. "
        "Safe to schedule: one run at a time (exit 2 if another holds the workspace), "
        "a second run with nothing new changes nothing.",
    )
    p.add_argument("--base-url", help="mirror of the sites (e.g. http://127.0.0.1:8765 for serve-sample)")
    p.add_argument("--source", nargs="+", metavar="NAME", help="only these sections of scraper/sources.toml")
    p.add_argument("--since", metavar="DATE", help="skip releases published before DATE (YYYY-MM-DD)")
    p.add_argument("--out", metavar="DIR", help="where exports go (default: WORKDIR/out)")
    p.add_argument("--delay", type=seconds, metavar="S", help="seconds between requests per host (default 1)")
    p.add_argument("--max-pages", type=count, metavar="N", help="read at most N list pages per section")
    p.add_argument("--contact", metavar="WHO",
                   help="your name and e-mail for the User-Agent (or DIPEX_CONTACT, or contact = \"...\" "
                        "in WORKDIR/dipex.toml); required for real sites")
    p.add_argument("--processes", type=count, metavar="N", help="extraction processes (default: every core)")
    p.add_argument("--backfill", action="store_true",
                   help="also fetch from the web archive what the live lists no longer show (incremental)")
    p.add_argument("--archive-delay", type=seconds, metavar="S",
                   help="seconds between requests to the web archive (default 5)")
    p.set_defaults(handler=cmd_run)

    p = subparsers.add_parser(
        "demo",
        help="serve the bundled copy of the sites on 127.0.0.1 and run the whole path on it",
        description="Runs without internet: serves the bundled sample site locally, runs crawl → export "
        "into a fresh folder, trains the content model on the shipped examples, and prints "
        "where the data set and the report are.",
    )
    p.add_argument("--dir", default="demo-out",
                   help="fresh folder for the demo (default ./demo-out); wiped only when empty or made by an "
                        "earlier demo")
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser(
        "rebuild",
        help="recompute catalog, records, classification and exports from the WARC archive",
        description="Everything derived is rebuilt from corpus/warc, labels/ and the active model; "
        "the exports come out byte-identical to the last run's.",
    )
    p.add_argument("--out", metavar="DIR", help="where exports go (default: WORKDIR/out)")
    p.add_argument("--processes", type=count, metavar="N", help="extraction processes (default: every core)")
    p.set_defaults(handler=cmd_rebuild)

    p = subparsers.add_parser(
        "export", help="rewrite the data set, figures and report from the records store"
    )
    p.add_argument("--out", metavar="DIR", help="where exports go (default: WORKDIR/out)")
    p.add_argument("--for-review", metavar="FILE.xlsx", help="also write a spreadsheet for offline review")
    p.add_argument("--as-of", metavar="DATE",
                   help="partnership ladder as of DATE, YYYY-MM-DD (default: the data's latest date)")
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser(
        "compare",
        help="compare the data set with a hand-coded one (published schema)",
        description="Record-level precision/recall (date ±3 days, country, contact), per-year and "
        "per-country count correlations, and the list of disagreements.",
    )
    p.add_argument("--reference", required=True, metavar="FILE.csv", help="hand-coded data set (CSV or XLSX)")
    p.add_argument("--data", metavar="FILE", help="dipex data set (default: WORKDIR/out/exchanges.csv)")
    p.add_argument("--output", metavar="FILE.csv", help="write the disagreements to this CSV")
    p.set_defaults(handler=cmd_compare)

    p = subparsers.add_parser(
        "coverage",
        help="how complete the corpus is per section and year: known from lists/search/archive, fetched",
        description="Per section and year (or month): releases known from the live lists, the site "
        "search, the web archive and lists of urls, and how many were fetched; the date each live list "
        "reaches back to; months with no release between busy ones (likely gaps); and which study "
        "years (2013-2023) look incomplete. Writes a figure with --figure.",
    )
    p.add_argument("--month", action="store_true", help="per month instead of per year")
    p.add_argument("--section", nargs="+", metavar="NAME", help="only these sections")
    p.add_argument("--figure", metavar="FILE", help="write the figure (PNG or SVG by suffix)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_coverage)


def print_table(rows: Sequence[Sequence], file=None) -> None:
    """Print rows as a table (first row = header)."""
    if rows:
        print(format_table(rows[0], rows[1:]), file=file or sys.stdout)


def _print_result(result) -> None:
    print_table(result.summary_rows())
    for w in result.warnings:
        print(f"warning: {w}")
    shown = result.failures[:20]
    for f in shown:
        print(f"failure: {f}")
    if len(result.failures) > len(shown):
        print(f"... {len(result.failures) - len(shown)} more failures in {result.log_path}")
    print(
        f"{result.command}: {result.headline()} in {result.seconds} s (exit {result.exit_code}); "
        f"log {result.log_path}"
    )
    if result.report:
        print(f"data set: {result.out_dir}   report: {result.report}")
    if (result.crawl or {}).get("coverage_note"):
        print(result.crawl["coverage_note"])


def _guarded(fn, *args, **kwargs):
    """Run fn; configuration errors and a held lock become exit code 2 with a clear message."""
    from publish.run import ConfigError, PipelineLocked

    try:
        return fn(*args, **kwargs), 0
    except PipelineLocked as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return None, 2
    except ConfigError as exc:
        print(f"bad configuration: {exc}", file=sys.stderr)
        return None, 2


def cmd_coverage(args: argparse.Namespace) -> int:
    from publish.coverage import coverage, figure, print_coverage

    ws = Workspace.from_arg(args.workdir)
    if not ws.catalog_path.exists():
        print(f"coverage: no catalog at {ws.catalog_path} (crawl first)", file=sys.stderr)
        return 2
    cov = coverage(ws, by_month=args.month, sections=args.section)
    print_coverage(cov, as_json=args.json)
    if args.figure:
        print(f"figure: {figure(cov, args.figure)}", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from publish.run import run

    ws = Workspace.from_arg(args.workdir)
    result, code = _guarded(
        run,
        ws,
        base_url=args.base_url,
        sources=args.source,
        since=args.since,
        out_dir=args.out,
        delay=args.delay,
        max_pages=args.max_pages,
        progress=sys.stderr.isatty(),
        contact=args.contact,
        processes=args.processes,
        backfill=args.backfill,
        archive_delay=args.archive_delay,
    )
    if result is None:
        return code
    _print_result(result)
    return result.exit_code


def cmd_demo(args: argparse.Namespace) -> int:
    from publish.demo import demo

    outcome, code = _guarded(demo, args.dir, progress=sys.stderr.isatty())
    if outcome is None:
        return code
    _print_result(outcome.run)
    print_table([["demo step", "seconds"], *outcome.steps, ["total", outcome.seconds]])
    out = outcome.folder / "out"
    print(f"\ndemo finished in {outcome.seconds} s (content model: {outcome.trained})")
    print(f"  data set: {out / 'exchanges.csv'} (also .xlsx .parquet .dta; full schema: exchanges_full.*)")
    print(f"  codebook: {out / 'codebook.md'}   datapackage: {out / 'datapackage.json'}")
    print(f"  report:   {out / 'report.html'}")
    if outcome.comparison is not None and outcome.comparison.reference_rows and outcome.comparison.data_rows:
        c = outcome.comparison
        agreement = c.field_agreement().items()
        fields = "   ".join(f"{name} {value:.3f}" for name, value in agreement if value is not None)
        print(f"  against the sample's own coding ({outcome.folder / 'reference.csv'}): {len(c.matches)} of "
              f"{c.reference_rows} exchanges found, precision {c.precision:.3f}, recall {c.recall:.3f}; "
              f"agreement {fields}")
        print(f"            every disagreement: {outcome.folder / 'comparison.txt'}")
    print(f"  review it: python pipeline.py --workdir {outcome.folder} review")
    return outcome.exit_code


def cmd_rebuild(args: argparse.Namespace) -> int:
    from publish.rebuild import rebuild

    ws = Workspace.from_arg(args.workdir)
    result, code = _guarded(rebuild, ws, out_dir=args.out, processes=args.processes)
    if result is None:
        return code
    _print_result(result)
    return result.exit_code


def cmd_export(args: argparse.Namespace) -> int:
    from publish.dataset import load_rows, publish

    ws = Workspace.from_arg(args.workdir)
    if not ws.records_path.exists():
        print(
            f"bad configuration: no records store at {ws.records_path} (run `pipeline.py run` first)",
            file=sys.stderr,
        )
        return 2
    if args.as_of:
        try:
            date.fromisoformat(args.as_of)
        except ValueError:
            print(f"bad configuration: --as-of {args.as_of!r} is not YYYY-MM-DD", file=sys.stderr)
            return 2
    def locked_publish():
        """Under the run's lock: a run between extraction and its own export holds a
        half-updated records store, and its changes.csv compares with what is in out/."""
        from publish.run import RunLock
        from publish.runlog import last_pipeline_run

        with RunLock(ws):
            rows = load_rows(ws)
            # the report is where the scheduled runs' health is read: keep the last one's
            last = last_pipeline_run(ws)
            if last is not None:
                now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                last["rewritten_by"] = {"command": "export", "at": now}
            return rows, publish(ws, rows, args.out, run=last, as_of=args.as_of)

    done, code = _guarded(locked_publish)
    if done is None:
        return code
    rows, published = done
    ch = published.export.changes.counts()
    print(
        f"{len(rows)} exchanges; {len(published.export.written)} files written, "
        f"{len(published.export.unchanged)} unchanged; new {ch['new']}, changed {ch['changed']}, "
        f"gone {ch['gone']}"
    )
    print(f"data set: {published.export.out_dir}   report: {published.report_path}")
    if args.for_review:
        from review.spreadsheet import export_for_review

        n = export_for_review(ws, args.for_review)
        print(f"review spreadsheet: {args.for_review} ({n} records)")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from pathlib import Path

    from publish.compare import compare, read_rows, write_report

    ws = Workspace.from_arg(args.workdir)
    data = Path(args.data) if args.data else ws.out_dir / "exchanges.csv"
    for path in (data, Path(args.reference)):
        if not path.exists():
            print(f"bad configuration: {path} does not exist", file=sys.stderr)
            return 2
    try:
        report = compare(read_rows(data), args.reference)
    except (ValueError, KeyError) as exc:
        print(f"bad configuration: {exc}", file=sys.stderr)
        return 2
    print(report.text())
    for c in (report.by_year, report.by_country):
        print(f"\ncounts per {c.level}")
        print_table([[c.level, "dipex", "reference"], *c.table])
    if args.output:
        write_report(report, args.output)
        print(f"\ndisagreements written to {args.output}")
    return 1 if report.unreadable_dates else 0
