"""How well the content classifier matches careful human coding: a table, not a test.

    python -m learn.bench                       # gold: ../shared/eval/dev/*.jsonl
    python -m learn.bench --gold FILE.jsonl     # any file in that format (eval/SCHEMA.md)
    python -m learn.bench --workdir PROJECT     # score PROJECT's active model instead

By default a model is trained afresh on the shipped example labels in a temporary folder, so
the number measures the shipped labels. Only relevant gold rows with a ``content`` count. The
extraction rules' own tag is scored alongside when the extractor is installed.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from sklearn.metrics import f1_score

from dipex.tables import format_table
from dipex.workspace import Workspace
from learn.dataset import bare_record, extractor
from learn.model import ContentModel
from learn.train import train
from nlp.schema import CONTENT_LABELS, Document

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"


def gold_rows(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("relevant") and row.get("content") in CONTENT_LABELS:
                    rows.append(row)
    return rows


def scores(gold: list[str], predicted: list[str]) -> list[object]:
    per_class = f1_score(gold, predicted, labels=list(CONTENT_LABELS), average=None, zero_division=0)
    macro = f1_score(gold, predicted, labels=list(CONTENT_LABELS), average="macro", zero_division=0)
    wrong = sum(g != p for g, p in zip(gold, predicted, strict=True))
    return [*map(float, per_class), float(macro), wrong]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="append", type=Path, help="gold JSONL file(s)")
    parser.add_argument("--workdir", help="score this project's active model (default: train on examples)")
    args = parser.parse_args(argv)
    paths = args.gold or sorted(DEV.glob("*.jsonl"))
    rows = gold_rows(paths)
    if not rows:
        print("no gold rows with a content label (is ../shared/eval/dev there?)")
        return 2
    if args.workdir:
        ws = Workspace.from_arg(args.workdir)
    else:
        ws = Workspace(Path(tempfile.mkdtemp(prefix="dipex-bench-")))
        result = train(ws, progress=False)
        print(f"trained on the shipped examples: CV macro-F1 {result.metrics['macro_f1']:.3f}")
    model = ContentModel.active(ws)
    if model is None:
        print("no active model")
        return 2
    extract = extractor()
    items, rule_tags = [], []
    for row in rows:
        doc = Document.from_dict(row)
        record = extract(doc) if extract else bare_record(doc)
        items.append((record, doc.text))
        rule_tags.append(record.content or "none")
    gold = [row["content"] for row in rows]
    predicted = [tag for tag, _ in model.predict(items)]
    counts = {label: gold.count(label) for label in CONTENT_LABELS}
    out = [["model " + model.version, *scores(gold, predicted)]]
    if extract:
        out.append(["extraction rules", *scores(gold, rule_tags)])
    print(f"gold: {len(rows)} relevant rows with content {counts} from {', '.join(p.name for p in paths)}")
    print(f"structured facts: {'nlp.extract' if extract else 'none (extractor not installed)'}")
    print(format_table(["tagger", "F1 daily", "F1 knowledge", "macro-F1", "wrong"], out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
