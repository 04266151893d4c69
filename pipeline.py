"""dipex command line: crawl → parse → extract → classify → review → export.

Each area registers its own subcommands (``<package>/cli.py``), so this file only wires them
together and sets up logging. Exit codes: 0 ok, 1 some failures, 2 bad configuration.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import select
import sys

# Packages that contribute subcommands, in the order of the data flow.
COMMAND_MODULES = (
    "scraper.cli",  # crawl, parse, status
    "sample_site.cli",  # serve-sample
    "nlp.cli",  # extract, evaluate
    "learn.cli",  # train, classify, queue, agreement
    "review.cli",  # review, import-review
    "publish.cli",  # run, demo, rebuild, export, compare
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pipeline.py",
        description="dipex: China–Latin America party and state exchanges from official releases.",
    )
    parser.add_argument("--workdir", help="project folder (default: $DIPEX_HOME or the current folder)")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # a bad argument (exit 2, said on stderr) or --help (0): returned
        return stop.code if isinstance(stop.code, int) else 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    return int(args.handler(args) or 0)


def _stdout_closed() -> bool:
    """Whether the reader of our output went away (``pipeline.py queue | head``)."""
    try:  # a pipe whose reader closed polls as an error (POLLERR) on the writer's side
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (OSError, ValueError, AttributeError):
        return False


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:
        # A reader that stops early (head, less quit) is no failure of dipex: no traceback.
        # Only a broken standard output is taken so; any other broken pipe is raised as it was.
        if not _stdout_closed():
            raise
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
        sys.exit(141)  # 128 + SIGPIPE, what a shell tool stopped by the closed pipe returns
