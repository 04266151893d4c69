"""Subcommands of the review area: ``review`` (the local review page) and ``import-review``
(corrections made in a review spreadsheet → labels/). The spreadsheet itself is written by
``export --for-review FILE.xlsx`` (publish's command, calling ``review.spreadsheet``)."""

from __future__ import annotations

import argparse
import logging
import sys
import time

from dipex.lock import exclusively
from dipex.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser("review", help="check and correct records in a local web page (labels/)")
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: only this machine can reach the page)",
    )
    p.add_argument("--port", type=int, default=8050, help="port (default 8050; 0 = any free port)")
    p.add_argument("--annotator", help="default annotator name (each browser can change it)")
    p.set_defaults(handler=run_review)

    p = subparsers.add_parser(
        "import-review", help="import corrections from a review spreadsheet (export --for-review) as labels"
    )
    p.add_argument("file", help="the .xlsx file")
    p.add_argument("--annotator", required=True, help="who made the corrections (goes into every label)")
    p.set_defaults(handler=run_import_review)


def no_records_note(ws: Workspace) -> str:
    """What to do when the workspace has no records store. ``extract`` is named as what it is:
    it writes a file of records and never fills this store, so a user who ran it on files and
    then opened the page (as the old note invited) found an empty queue."""
    return (
        f"no records at {ws.records_path} yet: the queue is empty until `pipeline.py run` (or "
        "`rebuild` from an archive) fills it; `extract` writes a file, not this store"
    )


def run_review(args: argparse.Namespace) -> int:
    from werkzeug.serving import make_server

    from review.app import create_app

    ws = Workspace.from_arg(args.workdir)
    if not ws.records_path.exists():
        log.warning("%s", no_records_note(ws))
    hosts = {"*"} if args.host in ("0.0.0.0", "::", "") else {args.host}
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        log.warning(
            "review page bound to %s: reachable from other machines; anyone who can reach it "
            "can write labels",
            args.host,
        )
    try:
        app = create_app(ws, annotator=args.annotator, allowed_hosts=hosts)
        server = make_server(args.host, args.port, app, threaded=True)
    except (OSError, SystemExit) as error:
        print(f"review: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        return 2
    from review.queue import ReviewQueue

    started = time.perf_counter()
    queue = ReviewQueue(ws)
    ranked = queue.sync()  # before the first page: a new store is ranked once, here
    queue.close()
    if ranked:
        print(f"review queue: {ranked} record(s) ranked in {time.perf_counter() - started:.1f} s",
              file=sys.stderr, flush=True)
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"dipex review: http://{host}:{server.server_port}/  (labels → {ws.labels_dir}; Ctrl+C stops)",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def run_import_review(args: argparse.Namespace) -> int:
    from review.saving import ReviewError
    from review.spreadsheet import SpreadsheetError, import_review

    ws = Workspace.from_arg(args.workdir)
    try:  # under the run's lock: see ``import_review`` for what a run or rebuild would do to it
        report, code = exclusively(ws, "import-review", lambda: import_review(ws, args.file, args.annotator))
    except (SpreadsheetError, ReviewError) as error:
        print(f"import-review: {error}", file=sys.stderr)
        return 2
    if report is None:
        return code
    print(report.summary())
    for error in report.errors:
        print(f"  bad cell {error}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    return 0 if report.ok else 1
