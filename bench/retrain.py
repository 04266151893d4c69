"""Does retraining pay? Content macro-F1 on dev's check half as a reviewer's labels arrive.

    python bench/retrain.py [--orders 5] [--steps 0 10 20] [--tune-cv]

Reads the hand-coded real releases of ``../shared/eval/dev`` (only reads them; nothing is
copied) and, when they are absent, says so and exits 0. The IDCPC pages are split into the two
fixed halves of ``score.py`` (sha256 of the url). The tune half plays the reviewer: its relevant
pages, in an order that stands for the order corrections arrive, become content labels — the
record extraction made of the page, with the coder's content as the label — on top of the
shipped ``labels/examples.jsonl``. After 0, 10, 20 and all of them (a step larger than the tune
half is left out, never padded), a model is fitted and the check half is scored, which the
features were never designed on:

- ``path``: the whole path as ``score.py`` scores it (``content_macroF1``: the model re-tags the
  records extraction marked relevant, the others stay untagged). Its ceiling — every record
  extraction marked relevant tagged as the coder did — is printed first: the path cannot rise
  above it, whatever the labels teach;
- ``model alone``: the model's tag on every page the coder marked relevant, so relevance
  errors of extraction do not hide what the labels taught the model. ``wrong`` splits its
  errors into pages extraction finds relevant and pages it finds not relevant: on the latter the
  record has no facts, the rules give no tag (macro-F1 counts that as a miss of one class only)
  and the model tags from the text alone.

A second block fits the model on the tune-half labels only, without the shipped examples: how
fast a reviewer's labels alone teach the codebook.

The first row is the extraction rules' own tag. Each step is averaged over ``--orders``
orders of arrival (fixed seeds), the spread shown as min–max; under each block a line says
whether the mean rises, stays or falls from its first step to all labels. ``--tune-cv`` scores
by 5-fold cross-validation inside the tune half instead (for designing features without
looking at the check half). A table, not a test.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.metrics import f1_score  # noqa: E402

from dipex.tables import format_table  # noqa: E402
from dipex.workspace import Workspace  # noqa: E402
from learn import dataset, model  # noqa: E402
from learn.dataset import HUMAN, Example  # noqa: E402
from nlp.evaluate import half, pages, read_gold, reference_scores  # noqa: E402
from nlp.schema import CONTENT_LABELS, Record  # noqa: E402

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev"
STEPS = (0, 10, 20)


def shipped_examples() -> list[Example]:
    """The shipped example labels as training examples (built in an empty workspace)."""
    with tempfile.TemporaryDirectory(prefix="dipex-retrain-") as folder:
        examples, _ = dataset.build(Workspace(Path(folder)), with_examples=True)
    return examples


def macro_f1(gold: list[str], predicted: list[str]) -> float:
    return float(f1_score(gold, predicted, labels=list(CONTENT_LABELS), average="macro", zero_division=0))


def tag(fitted: Any, records: list[Record], texts: list[str]) -> list[str]:
    """The fitted model's content tags (no probability calibration needed here)."""
    if not records:
        return []
    from learn import features

    return [str(t) for t in fitted.predict(features.frame(zip(records, texts, strict=True)))]


def path_score(gold: dict[str, dict], records: dict[str, Record], texts: dict[str, str],
               fitted: Any | None) -> float:
    """score.py's content macro-F1 on these gold pages, records re-tagged by the model if given."""
    predicted = {}
    relevant = [u for u in gold if u in records and records[u].relevant]
    tags = dict(zip(relevant, tag(fitted, [records[u] for u in relevant], [texts[u] for u in relevant]),
                    strict=True)) if fitted is not None else {}
    for url, record in records.items():
        row = record.to_dict()
        if url in tags:
            row["content"] = tags[url]
        predicted[url] = row
    return reference_scores(gold, predicted)["content_macroF1"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--orders", type=int, default=5, help="orders of arrival averaged (default 5)")
    parser.add_argument("--steps", type=int, nargs="+", default=list(STEPS),
                        help="numbers of tune-half labels (all of them is always added; "
                             "steps beyond the tune half are dropped)")
    parser.add_argument("--dev", type=Path, default=DEV,
                        help="the hand-coded dev folder (default ../shared/eval/dev)")
    parser.add_argument("--tune-cv", action="store_true",
                        help="score by cross-validation inside the tune half (never reads the check half)")
    args = parser.parse_args(argv)
    gold_path = args.dev / "idcpc.jsonl"
    if not gold_path.exists():
        print(f"{gold_path} not found: the benchmark needs the hand-coded dev set (../shared/eval/dev); "
              "nothing measured")
        return 0
    print(f"reading {args.dev} (hand-coded real releases: read and scored, never copied)")
    from nlp.extract import extract_many

    rows, _ = read_gold(gold_path)
    gold = pages(rows)
    if args.tune_cv:  # designing: the check half is not even extracted
        gold = {u: g for u, g in gold.items() if half(u) == "tune"}
    texts = {u: str(g.get("text") or "") for u, g in gold.items()}
    records: dict[str, Record] = {}
    for record in extract_many(list(gold.values())):
        records.setdefault(record.url, record)  # a page's item 0: the record score.py reads
    labelled = [u for u, g in gold.items() if g.get("relevant") and g.get("content") in CONTENT_LABELS]
    tune = sorted(u for u in labelled if half(u) == "tune")
    check_gold = {u: g for u, g in gold.items() if half(u) == "check"}
    check_relevant = [u for u in labelled if half(u) == "check"]
    base = shipped_examples()
    print(f"shipped examples: {len(base)}; tune-half labelled pages: {len(tune)}"
          + ("" if args.tune_cv else f"; check half: {len(check_gold)} pages, {len(check_relevant)} relevant "
                                     "with content"))

    def example(url: str) -> Example:
        return Example(url, records[url], texts[url], gold[url]["content"], HUMAN)

    steps = sorted({n for n in args.steps if 0 <= n < len(tune)} | {len(tune)})
    table = []
    if args.tune_cv:
        folds = 5
        for n in steps:
            values = []
            for order in range(args.orders if 0 < n < len(tune) else 1):
                arrival = tune[:]
                random.Random(order).shuffle(arrival)
                fold_of = {u: i % folds for i, u in enumerate(arrival)}
                gold_tags, predicted = [], []
                for k in range(folds):
                    held = [u for u in arrival if fold_of[u] == k]
                    train = [u for u in arrival if fold_of[u] != k][:n]
                    fitted = model.fit(base + [example(u) for u in train])
                    gold_tags += [gold[u]["content"] for u in held]
                    predicted += tag(fitted, [records[u] for u in held], [texts[u] for u in held])
                values.append(macro_f1(gold_tags, predicted))
            spread = f"{min(values):.3f}–{max(values):.3f}"
            table.append([f"{n} tune labels", sum(values) / len(values), spread])
        rules = macro_f1([gold[u]["content"] for u in tune], [records[u].content or "none" for u in tune])
        print("5-fold cross-validation inside the tune half (model alone, on relevant tune pages); rules: "
              f"{rules:.3f}")
        print(format_table(["training", "macro-F1", "range over orders"], table))
        return 0
    ceiling = path_score(check_gold, {u: _as_coded(r, gold.get(u)) for u, r in records.items()}, texts, None)
    rules_alone = macro_f1([gold[u]["content"] for u in check_relevant],
                           [records[u].content or "none" for u in check_relevant])
    found = [u for u in check_relevant if records[u].relevant]
    missed = [u for u in check_relevant if not records[u].relevant]

    def wrong(tags: dict[str, str], urls: list[str]) -> int:
        return sum(tags.get(u) != gold[u]["content"] for u in urls)

    rule_tags = {u: records[u].content or "none" for u in check_relevant}
    table.append(["path ceiling (relevant records tagged as coded)", "-", ceiling, "", "", "", ""])
    table.append(["extraction rules", "-", path_score(check_gold, records, texts, None), "", rules_alone, "",
                  f"{wrong(rule_tags, found)} / {wrong(rule_tags, missed)} (no tag)"])
    trends = []
    for shipped in (True, False):
        means: list[tuple[int, float, float]] = []
        for n in steps:
            paths, alone, wrongs = [], [], []
            for order in range(args.orders if 0 < n < len(tune) else 1):
                arrival = tune[:]
                random.Random(order).shuffle(arrival)
                train = (base if shipped else []) + [example(u) for u in arrival[:n]]
                if len({e.content for e in train}) < 2:
                    continue  # one class only: nothing to fit
                fitted = model.fit(train)
                paths.append(path_score(check_gold, records, texts, fitted))
                tags = dict(zip(check_relevant, tag(fitted, [records[u] for u in check_relevant],
                                                    [texts[u] for u in check_relevant]), strict=True))
                alone.append(macro_f1([gold[u]["content"] for u in check_relevant],
                                      [tags[u] for u in check_relevant]))
                wrongs.append((wrong(tags, found), wrong(tags, missed)))
            if not paths:
                continue
            name = f"shipped examples + {n} tune-half labels" if shipped else f"{n} tune-half labels only"
            table.append([f"model: {name}", len(train),
                          sum(paths) / len(paths), f"{min(paths):.3f}–{max(paths):.3f}",
                          sum(alone) / len(alone), f"{min(alone):.3f}–{max(alone):.3f}",
                          f"{sum(w[0] for w in wrongs) / len(wrongs):.1f} / "
                          f"{sum(w[1] for w in wrongs) / len(wrongs):.1f}"])
            means.append((n, sum(paths) / len(paths), sum(alone) / len(alone)))
        block = "shipped examples + tune-half labels" if shipped else "tune-half labels only"
        trends.append(f"{block}: path {trend([m[1] for m in means], [m[0] for m in means])}; "
                      f"model alone {trend([m[2] for m in means], [m[0] for m in means])}")
    print("content macro-F1 on the check half (IDCPC pages); 'wrong': tags unlike the coder's on the "
          f"{len(found)} relevant pages extraction finds relevant / the {len(missed)} it finds not relevant "
          "(no facts there: the rules give no tag, the model tags from the text alone); mean over orders")
    print(format_table(["tagger", "examples", "path", "range", "model alone", "range", "wrong"], table))
    for line in trends:
        print(line)
    return 0


def _as_coded(record: Record, coded: dict | None) -> Record:
    """The record with the coder's content when extraction marked it relevant (the path's ceiling)."""
    if not record.relevant or not coded or coded.get("content") not in CONTENT_LABELS:
        return record
    copy = Record.from_dict(record.to_dict())
    copy.content = coded["content"]
    return copy


def trend(means: list[float], steps: list[int], tolerance: float = 0.005) -> str:
    """Whether the means rise, stay or fall from the first step to the last (and whether on every step)."""
    if len(means) < 2:
        return "one step only"
    change = means[-1] - means[0]
    word = "rises" if change > tolerance else "falls" if change < -tolerance else "flat"
    never_down = all(b >= a - tolerance for a, b in zip(means, means[1:], strict=False))
    shape = "" if word == "flat" else (", never falling on the way" if never_down else ", not on every step")
    return f"{word} {means[0]:.3f} → {means[-1]:.3f} ({steps[0]} → {steps[-1]} labels{shape})"


if __name__ == "__main__":
    sys.exit(main())
