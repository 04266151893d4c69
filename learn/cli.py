"""Subcommands of this area: ``train``, ``classify``, ``queue``, ``agreement``.

``classify`` re-tags the records store, or with ``--input records.jsonl --output records.jsonl``
a file of records (``extract``'s output), so the whole path can be scored on files:
``extract`` → ``classify`` → ``evaluate --records``.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections import Counter
from dataclasses import asdict

from dipex.lock import exclusively
from dipex.tables import format_table
from dipex.workspace import Workspace

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser("train", help="fit the content classifier on labels/ → models/<version>/")
    p.add_argument("--force", action="store_true",
                   help="activate the new model even if it scores lower than the active one")
    p.add_argument("--min-labels", type=int, default=30,
                   help="below this many human content labels, rule tags are added as weak labels (30)")
    p.add_argument("--min-per-class", type=int, default=8,
                   help="... or below this many in one class (8)")
    p.add_argument("--no-examples", action="store_true",
                   help="do not add the repository's shipped example labels (labels/examples.jsonl)")
    p.set_defaults(handler=run_train)

    p = subparsers.add_parser("classify", help="re-tag content with the active model: the records store, "
                                               "or a file of records (--input/--output)")
    p.add_argument("--input", help="records, one JSON object per line (the output of extract)")
    p.add_argument("--output", help="where to write the tagged records (same order; needs --input)")
    p.add_argument("--documents", help="the documents file extract read, for the releases' body texts")
    p.set_defaults(handler=run_classify)

    p = subparsers.add_parser("queue", help="records to review next, most uncertain first")
    p.add_argument("--limit", type=int, default=20, help="how many (default 20; 0 = all)")
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.set_defaults(handler=run_queue)

    p = subparsers.add_parser("agreement", help="inter-annotator agreement per field (κ, α, AC1)")
    p.set_defaults(handler=run_agreement)


def metrics_table(metrics: dict) -> str:
    rows = [[label, m["precision"], m["recall"], m["f1"], m["support"]]
            for label, m in metrics["per_class"].items()]
    out = [format_table(["class", "precision", "recall", "F1", "n"], rows),
           f"macro-F1 {metrics['macro_f1']:.3f}   accuracy {metrics['accuracy']:.3f}   "
           f"({metrics['folds']}-fold stratified cross-validation)", "",
           "confusion matrix (rows: label, columns: predicted)"]
    labels = metrics["confusion"]["labels"]
    out.append(format_table(["", *labels], [[label, *row] for label, row in
                                     zip(labels, metrics["confusion"]["matrix"], strict=True)]))
    return "\n".join(out)


def run_train(args: argparse.Namespace) -> int:
    from learn.train import train

    ws = Workspace.from_arg(args.workdir)
    # under the run's lock: a run or rebuild half-way through the records store and catalog would
    # hand it a partial training set (weak labels, texts), and two trains would race on models/ACTIVE
    result, code = exclusively(ws, "train", lambda: train(
        ws, force=args.force, min_labels=args.min_labels, min_per_class=args.min_per_class,
        with_examples=not args.no_examples))
    if result is None:
        return code
    for problem in result.report.problems:
        print(f"warning: {problem}")
    print("\n".join(result.report.lines()))
    if result.metrics:
        print()
        print(metrics_table(result.metrics))
        print()
    for message in result.messages:
        print(message)
    if result.activated:
        print(f"saved and activated models/{result.version}/")
        return 0
    return 1 if result.metrics else 2


def run_classify(args: argparse.Namespace) -> int:
    from learn.classify import classify_store
    from learn.model import ModelError
    from nlp.records_db import RecordStore

    ws = Workspace.from_arg(args.workdir)
    if args.input or args.output:
        return _classify_file(ws, args)
    if not ws.records_path.exists():
        print(f"no records store at {ws.records_path}: run extraction first")
        return 2
    try:  # under the run's lock: the run rewrites the same rows (see classify_store)
        done, code = exclusively(ws, "classify", lambda: classify_store(ws))
    except ModelError as error:
        print(f"error: {error}")
        return 2
    if done is None:
        return code
    seen, changed, version = done
    store = RecordStore(ws.records_path)
    try:
        sources = Counter(record.content_source or "none" for record in store if record.relevant)
    finally:
        store.close()
    print(f"model: {version or 'none active (rule tags kept)'}; {seen} records, {changed} changed")
    print(format_table(["content_source", "relevant records"], sorted(sources.items())))
    return 0


def _classify_file(ws: Workspace, args: argparse.Namespace) -> int:
    """``classify --input A --output B``: exit 0 when every line was a record and a model is
    active, 1 when lines were bad or no model is active (rule tags kept), 2 when it cannot run."""
    from pathlib import Path

    from learn.classify import classify_file
    from learn.model import ModelError

    if not (args.input and args.output):
        print("classify on files needs both --input and --output")
        return 2
    for name in ("input", "documents"):
        path = getattr(args, name)
        if path and not Path(path).is_file():
            print(f"no such {name} file: {path}")
            return 2
    try:
        result = classify_file(ws, args.input, args.output, documents=args.documents)
    except ModelError as error:
        print(f"error: {error}")
        return 2
    print(f"model: {result.version or 'none active (rule tags kept)'}; {result.written} record(s) written to "
          f"{args.output}, {result.tagged} tagged by the model"
          + (f", {result.without_text} relevant without a body text (headline and facts only)"
             if result.without_text else "")
          + (f"; {len(result.bad_lines)} line(s) not records, copied unchanged (lines "
             f"{', '.join(map(str, result.bad_lines[:20]))})" if result.bad_lines else ""))
    return 1 if result.bad_lines or not result.version else 0


def run_queue(args: argparse.Namespace) -> int:
    from learn.model import ModelError
    from learn.queue import review_queue

    ws = Workspace.from_arg(args.workdir)
    try:
        items = review_queue(ws, limit=args.limit or None)
    except ModelError as error:
        print(f"error: {error}")
        return 2
    if args.json:
        for item in items:
            print(json.dumps(asdict(item), ensure_ascii=False))
        return 0
    if not items:
        print("nothing to review (no records, or all reviewed)")
        return 0
    print(format_table(["#", "uncertainty", "key", "why"],
                [[i, item.uncertainty, item.key, item.reason] for i, item in enumerate(items, 1)]))
    return 0


def run_agreement(args: argparse.Namespace) -> int:
    from learn.agreement import agreement
    from learn.labels import LabelStore

    ws = Workspace.from_arg(args.workdir)
    store = LabelStore(ws.labels_dir)
    _, problems = store.read()
    for problem in problems:
        print(f"warning: {problem}")
    results = agreement(store.current())
    if not results:
        print("no release is coded by two or more annotators yet")
        return 0
    print(format_table(["field", "releases", "annotators", "agreement", "Krippendorff α", "Gwet AC1"],
                [[r.field, r.units, r.annotators, r.agreement, r.alpha, r.ac1] for r in results]))
    print()
    print(format_table(["field", "annotator", "annotator", "releases", "agreement", "Cohen κ"],
                [[p.field, p.first, p.second, p.n, p.agreement, p.kappa]
                 for r in results for p in r.pairs]))
    return 0
