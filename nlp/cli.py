"""Commands of the extraction area: ``extract`` and ``evaluate``.

``extract --input docs.jsonl --output records.jsonl`` reads one document per line ({url, source,
lang, title, published, text}; extra keys are ignored) and writes one record per line, same url,
same order. A line that is not a JSON object still gives an output line: an error record (not
relevant, with the reason in ``notes``) under the url ``line:<number>`` when it has none, and the
line number is logged — a run never stops on bad input. Exit code 1 when some lines were bad.

``evaluate --gold FILE [--gold FILE2] [--records FILE] [--show N]`` extracts the gold rows' own
texts (or reads records already made) and, per gold file, prints the scores ``../shared/eval/
score.py`` gives (same rules, reimplemented) on all pages and on its tune and check halves, with
bootstrap intervals, the gold × predicted confusions of event type, content, mechanism and
country, exchange-level scores for pages coded exchange by exchange, and dipex's own comparison
of the other fields with up to N disagreements per field. The rules are in ``nlp/evaluate.py``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tqdm import tqdm

from dipex import atomic
from dipex.cores import worker_count
from nlp.schema import Document, Record

log = logging.getLogger(__name__)
PROGRESS_MIN = 200  # lines before a progress bar is worth showing
# Fields a document gives as text or null: a number or a list there is a broken line, reported as
# such with its reason (not left to fail inside extraction as 'extraction failed').
TEXT_FIELDS = ("title", "published", "key")
# The sources whose rules extraction knows; a crawl section's name ("mfa_zh_topnews") given as a
# source would be read with the generic rules and code a foreign-ministry call as no exchange, so
# such a line is reported, not guessed at.
SOURCES = ("idcpc", "mfa", "other")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser("extract", help="extract exchange records from documents (JSON Lines in, "
                                              "JSON Lines out)")
    p.add_argument("--input", required=True,
                   help="documents, one JSON object per line: url, source (idcpc, mfa or other), lang, "
                        "title, published, text")
    p.add_argument("--output", required=True, help="records, one JSON object per line (same url, same order)")
    p.add_argument("--batch-size", type=int, default=256, help="documents per spaCy batch (default 256)")
    p.add_argument("--processes", type=int, default=None, metavar="N",
                   help="worker processes (default: every core; one for under 1,000 lines)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=run_extract)

    p = subparsers.add_parser("evaluate", help="score extraction against hand-coded releases "
                                               "(../shared/eval format)")
    p.add_argument("--gold", action="append", required=True, help="hand-coded JSON Lines file (repeatable)")
    p.add_argument("--records", action="append",
                   help="score these records (JSON Lines; repeatable) instead of extracting the gold texts")
    p.add_argument("--show", type=int, default=0, metavar="N", help="show up to N disagreements per field")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--reps", type=int, default=1000, help="bootstrap resamples (default 1000)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed (default 0: the same intervals "
                                                       "every run)")
    p.add_argument("--no-matrices", action="store_true", help="largest confusion cells only, no matrices")
    p.add_argument("--half", choices=("all", "tune", "check"), default="all",
                   help="pages whose confusion matrices, other fields and disagreements are shown (scores "
                        "are always given for all pages and both halves); tune to study errors without "
                        "reading the check half")
    p.set_defaults(handler=run_evaluate)


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def read_documents(path: Path, bad: list[int]) -> Iterator[tuple[int, Document | None, str]]:
    """(line number, document or None, reason) for each non-empty line."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data: Any = json.loads(line)
            except json.JSONDecodeError as exc:
                bad.append(number)
                yield number, None, f"line {number}: not JSON ({exc.msg})"
                continue
            if not isinstance(data, dict):
                bad.append(number)
                yield number, None, f"line {number}: not a JSON object"
                continue
            wrong = [f"{name} is {type(data[name]).__name__}, not a string" for name in TEXT_FIELDS
                     if data.get(name) is not None and not isinstance(data[name], str)]
            if data.get("source") and data["source"] not in SOURCES:
                wrong.append(f"source is {data['source']!r}, not one of {', '.join(SOURCES)}")
            if wrong:
                bad.append(number)
                yield number, None, f"line {number}: {'; '.join(wrong)}"
                continue
            try:
                yield number, Document.from_dict(data), ""
            except (TypeError, ValueError) as exc:
                bad.append(number)
                yield number, None, f"line {number}: unusable document ({exc})"


def _records_for(lines: Iterator[tuple[int, Document | None, str]], batch_size: int,
                 processes: int = 1) -> Iterator[Record]:
    """Records in input order (a page's items one after the other): good documents through
    extract_pages, bad lines as error records."""
    from nlp.extract import error_record, extract_pages

    pending: list[tuple[int, Document | None, str]] = []

    def flush() -> Iterator[Record]:
        docs = [doc for _, doc, _ in pending if doc is not None]
        extracted = iter(extract_pages(docs, batch_size=batch_size, processes=processes))
        for number, doc, reason in pending:
            if doc is None:
                log.warning("%s", reason)
                yield error_record(Document(url=f"line:{number}"), reason)
            else:
                if not doc.url:
                    doc.url = f"line:{number}"
                yield from next(extracted)
        pending.clear()

    for item in lines:
        if item[1] is not None and not item[1].url:
            item[1].url = f"line:{item[0]}"
        pending.append(item)
        if len(pending) >= batch_size * processes * 4:  # enough batches to keep every worker busy
            yield from flush()
    yield from flush()


def run_extract(args: argparse.Namespace) -> int:
    source = Path(args.input)
    if not source.is_file():
        print(f"no such input file: {source}", file=sys.stderr)
        return 2
    target = Path(args.output)
    total = _count_lines(source)
    bad: list[int] = []
    relevant = 0
    written = 0
    quiet = args.no_progress or total < PROGRESS_MIN
    bar = tqdm(total=total, unit="release", desc="extract", disable=quiet)
    with atomic.open_replacing(target) as out, bar:
        processes = worker_count(args.processes, total)
        for record in _records_for(read_documents(source, bad), args.batch_size, processes):
            out.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
            written += 1
            relevant += int(record.relevant)
            bar.update(int(record.item == 0))  # the bar counts pages, not items
    print(f"{written} record(s) written to {target}: {relevant} relevant, {len(bad)} bad line(s)"
          + (f" (lines {', '.join(map(str, bad[:20]))}{'...' if len(bad) > 20 else ''})" if bad else ""))
    return 1 if bad else 0


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    """The records of a file (objects with a url); unreadable lines logged and skipped."""
    from nlp.evaluate import read_gold

    rows, problems = read_gold(path)
    for problem in problems:
        log.warning("%s", problem)
    return rows


def run_evaluate(args: argparse.Namespace) -> int:
    from nlp.evaluate import evaluate_file, format_evaluation, half, pages, read_gold, score, split_gold
    from nlp.extract import extract_many

    files: list[tuple[str, list[dict[str, Any]]]] = []
    for path in args.gold:
        if not Path(path).is_file():
            print(f"no such gold file: {path}", file=sys.stderr)
            return 2
        found, problems = read_gold(path)
        for problem in problems:
            log.warning("%s", problem)
        files.append((path, found))
    if not any(rows for _, rows in files):
        print("no gold rows to score", file=sys.stderr)
        return 2
    if args.records:
        predicted: list[dict[str, Any]] = []
        for path in args.records:
            if not Path(path).is_file():
                print(f"no such records file: {path}", file=sys.stderr)
                return 2
            predicted += _read_jsonl(path)
    else:
        docs = [Document.from_dict(row) for _, rows in files for row in rows]
        predicted = [record.to_dict() for record in tqdm(extract_many(docs), total=len(docs), unit="release",
                                                           desc="extract", disable=len(docs) < PROGRESS_MIN)]
    results: dict[str, Any] = {}
    for path, rows in files:
        # a page coded in two gold files (an IDCPC and a foreign-ministry coding of one release) is
        # scored against the record extracted as that file's source
        sources = {row.get("source") for row in rows if row.get("source")}
        own = [r for r in predicted if r.get("source") in sources] if sources else predicted
        result = evaluate_file(rows, own, reps=args.reps, seed=args.seed)
        page_rows, _ = split_gold(rows)
        page_rows = [row for row in page_rows if args.half == "all" or half(row["url"]) == args.half]
        records = []
        for data in pages(own).values():
            try:
                records.append(Record.from_dict(data))
            except (TypeError, KeyError, ValueError) as exc:
                log.warning("%s: not a record (%s)", data.get("url"), exc)
        detail = score(records, page_rows)
        results[path] = (result, detail)
    if args.json:
        print(json.dumps({path: {"pages": result["pages"], "intervals": result["intervals"],
                                 "confusion": {h: {name: [[g, p, n] for (g, p), n in sorted(cells.items())]
                                                   for name, cells in by_field.items()}
                                               for h, by_field in result["confusion"].items()},
                                 "exchanges": result["exchanges"], "detail": detail.to_dict()}
                          for path, (result, detail) in results.items()}, indent=1, ensure_ascii=False))
        return 0
    for path, (result, detail) in results.items():
        print(f"== {path}")
        print(format_evaluation(result, matrices=not args.no_matrices, detail_half=args.half))
        if detail.rows:
            print()
            print(f"other fields (dipex's own comparison, {args.half} pages)")
            print(detail.table())
            if args.show:
                print()
                print(detail.show(args.show))
        print()
    return 0
