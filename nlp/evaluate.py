"""Scoring dipex records against a hand-coded sample (format: ``../shared/eval/SCHEMA.md``).

So a researcher can measure the extractor on their own coding, every rule of the comparison is
written here:

- Records and gold rows are paired by ``source`` and ``url`` (one page can be coded once per source),
  then by ``url`` alone, then by ``id`` when a record carries it as key.
  A gold row without a record counts as a record with every field empty.
- ``relevant``: precision, recall and F1 of relevant=true over all gold rows.
- The other fields are scored on gold rows coded relevant (the codebook codes them only there),
  and only for fields the gold row has (IDCPC rows have no partnership fields, foreign-ministry
  rows no contacts, content or mechanism); a gold null is a value to match.
- ``country``, ``exchange_type``, ``event_type``, ``content``, ``head_of_state_level``: exact.
- ``event_date``: exact day (a gold null is matched only by a null).
- ``party``: precision and recall of the set of canonical party names among the contacts,
  micro-averaged (summed over rows).
- ``contact_kind``: gold contacts are paired with predicted contacts whose names share a word
  (accent- and case-free, 3+ letters, not a common word); accuracy of the kind over the pairs.
  ``contact_recall`` is the share of gold contacts paired.
- ``mechanism``: the exact set of tags.
- ``chinese_side``: exact "Name, Office" (case and spacing free); ``chinese_side_name``: the
  name part alone.
- ``counterpart``: every gold principal (split on ";") is named by some predicted one (shared
  surname word); offices are not compared; null matches null.
- ``partnership``: action and level both equal (null equal to null).

``score`` returns a ``Report``; ``Report.table()`` prints the scores and ``disagreements`` the
rows where dipex and the coder differ, field by field.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nlp.schema import Record

EXACT_FIELDS = ("country", "exchange_type", "event_date", "event_type", "content", "head_of_state_level")
COMMON = frozenset("""the and of for del de la los las da do dos das party delegation president minister
leader leaders member members secretary general first national central committee political parties cadres
foreign vice prime""".split())


@dataclass
class Metric:
    """One score: value (None when nothing to score) and the number of items behind it."""

    name: str
    value: float | None
    n: int
    note: str = ""


@dataclass
class Disagreement:
    field: str
    row_id: str
    gold: Any
    predicted: Any


@dataclass
class Report:
    metrics: list[Metric] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    rows: int = 0
    missing: int = 0

    def get(self, name: str) -> float | None:
        return next((m.value for m in self.metrics if m.name == name), None)

    def table(self) -> str:
        lines = [f"{'field':28} {'score':>7} {'n':>5}  note", "-" * 60]
        for m in self.metrics:
            value = "-" if m.value is None else f"{m.value:.3f}"
            lines.append(f"{m.name:28} {value:>7} {m.n:>5}  {m.note}")
        lines.append(f"{self.rows} gold rows, {self.missing} without a record")
        return "\n".join(lines)

    def show(self, limit: int) -> str:
        by_field: dict[str, list[Disagreement]] = {}
        for d in self.disagreements:
            by_field.setdefault(d.field, []).append(d)
        lines = []
        for name, items in by_field.items():
            lines.append(f"== {name}: {len(items)} disagreement(s)")
            for d in items[:limit]:
                lines.append(f"  {d.row_id}: gold={_short(d.gold)} dipex={_short(d.predicted)}")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"rows": self.rows, "missing": self.missing,
                "metrics": {m.name: {"value": m.value, "n": m.n} for m in self.metrics}}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 140 else text[:137] + "..."


def fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text.casefold()).strip()


def name_words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{3,}", fold(name)) if w not in COMMON}


def read_gold(path: str | Path) -> tuple[list[dict[str, Any]], list[str]]:
    """Gold rows of a JSON Lines file and a list of problems (bad lines are reported, skipped)."""
    rows: list[dict[str, Any]] = []
    problems: list[str] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{number}: not JSON ({exc.msg})")
                continue
            if not isinstance(row, dict) or not row.get("url"):
                problems.append(f"{path}:{number}: not a gold row (needs an object with a url)")
                continue
            rows.append(row)
    return rows, problems


def _ratio(good: int, total: int) -> float | None:
    return good / total if total else None


def _parties(contacts: Iterable[Any]) -> set[str]:
    out = set()
    for c in contacts or []:
        party = c.get("party") if isinstance(c, dict) else getattr(c, "party", None)
        if party:
            out.add(fold(party))
    return out


def _contact_pairs(gold: list[dict[str, Any]], predicted: list[Any]) -> list[tuple[dict[str, Any], Any]]:
    pairs = []
    used: set[int] = set()
    for g in gold or []:
        words = name_words(g.get("name"))
        for i, p in enumerate(predicted):
            if i in used:
                continue
            if words & name_words(p.name) or (g.get("party") and p.party and fold(g["party"]) == fold(p.party)
                                              and g.get("kind") == p.kind == "party"):
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def _counterpart_ok(gold: str | None, predicted: str | None) -> bool:
    if not gold or not predicted:
        return not gold and not predicted
    predicted_names = [name_words(p.split(",")[0]) for p in predicted.split(";")]
    for part in gold.split(";"):
        head = part.split(",")[0]
        names = [name_words(re.sub(r"\([^)]*\)", "", head))]  # "Sabino Vaca Narvaja (牛望道)": either name
        names += [name_words(inner) for inner in re.findall(r"\(([^)]*)\)", head)]
        if not any(words & p for words in names for p in predicted_names):
            return False
    return True


class _Counter:
    def __init__(self) -> None:
        self.good: dict[str, int] = {}
        self.total: dict[str, int] = {}

    def add(self, name: str, ok: bool) -> None:
        self.total[name] = self.total.get(name, 0) + 1
        self.good[name] = self.good.get(name, 0) + int(ok)

    def metric(self, name: str) -> Metric:
        return Metric(name, _ratio(self.good.get(name, 0), self.total.get(name, 0)), self.total.get(name, 0))


def score(records: Iterable[Record], gold_rows: Iterable[dict[str, Any]]) -> Report:
    """Compare records with hand-coded rows (see the module docstring for every rule)."""
    by_source_url: dict[tuple[str, str], Record] = {}
    by_url: dict[str, Record] = {}
    by_key: dict[str, Record] = {}
    for record in records:
        by_source_url.setdefault((record.source, record.url), record)
        by_url.setdefault(record.url, record)
        if record.key:
            by_key.setdefault(record.key, record)
    report = Report()
    counter = _Counter()
    tp = fp = fn = 0
    party_tp = party_fp = party_fn = 0
    gold_contacts = paired = 0
    for row in gold_rows:
        report.rows += 1
        row_id = str(row.get("id") or row.get("url"))
        record = (by_source_url.get((str(row.get("source") or "other"), row.get("url", "")))
                  or by_url.get(row.get("url", "")) or by_key.get(str(row.get("id"))))
        if record is None:
            report.missing += 1
            record = Record(url=row.get("url", ""))

        def check(name: str, gold: Any, predicted: Any, ok: bool | None = None, row_id: str = row_id) -> None:
            good = (gold == predicted) if ok is None else ok
            counter.add(name, good)
            if not good:
                report.disagreements.append(Disagreement(name, row_id, gold, predicted))

        gold_relevant = bool(row.get("relevant"))
        if gold_relevant and record.relevant:
            tp += 1
        elif record.relevant:
            fp += 1
            report.disagreements.append(Disagreement("relevant", row_id, False, True))
        elif gold_relevant:
            fn += 1
            report.disagreements.append(Disagreement("relevant", row_id, True, False))
        if not gold_relevant:
            continue
        for name in EXACT_FIELDS:
            if name in row:
                check(name, row.get(name), getattr(record, name))
        if "mechanism" in row and row.get("source") != "mfa":
            check("mechanism", sorted(row.get("mechanism") or []), sorted(record.mechanism or []))
        if "contacts" in row and row.get("source") != "mfa":
            gold_parties = _parties(row.get("contacts"))
            predicted_parties = _parties(record.contacts)
            party_tp += len(gold_parties & predicted_parties)
            party_fp += len(predicted_parties - gold_parties)
            party_fn += len(gold_parties - predicted_parties)
            if gold_parties != predicted_parties:
                report.disagreements.append(
                    Disagreement("party", row_id, sorted(gold_parties), sorted(predicted_parties)))
            pairs = _contact_pairs(row.get("contacts") or [], list(record.contacts))
            gold_contacts += len(row.get("contacts") or [])
            paired += len(pairs)
            for g, p in pairs:
                check("contact_kind", f"{g.get('name')}: {g.get('kind')}", f"{p.name}: {p.kind}",
                      ok=g.get("kind") == p.kind)
        if "chinese_side" in row:
            check("chinese_side", row.get("chinese_side"), record.chinese_side,
                  ok=fold(row.get("chinese_side")) == fold(record.chinese_side))
            gold_name = fold((row.get("chinese_side") or "").split(",")[0])
            predicted_name = fold((record.chinese_side or "").split(",")[0])
            counter.add("chinese_side_name", gold_name == predicted_name)
        if "counterpart" in row:
            check("counterpart", row.get("counterpart"), record.counterpart,
                  ok=_counterpart_ok(row.get("counterpart"), record.counterpart))
        if "partnership_action" in row or "partnership_level" in row:
            gold_pair = [row.get("partnership_action"), row.get("partnership_level")]
            predicted_pair = [record.partnership_action, record.partnership_level]
            check("partnership", gold_pair, predicted_pair)
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    if precision and recall:
        f1: float | None = 2 * precision * recall / (precision + recall)
    else:
        f1 = 0.0 if tp + fp + fn else None
    report.metrics += [Metric("relevant_precision", precision, tp + fp),
                       Metric("relevant_recall", recall, tp + fn), Metric("relevant_f1", f1, tp + fp + fn)]
    for name in ("country", "exchange_type", "event_date", "event_type", "mechanism", "content"):
        report.metrics.append(counter.metric(name))
    report.metrics += [Metric("party_precision", _ratio(party_tp, party_tp + party_fp), party_tp + party_fp),
                       Metric("party_recall", _ratio(party_tp, party_tp + party_fn), party_tp + party_fn),
                       counter.metric("contact_kind"),
                       Metric("contact_recall", _ratio(paired, gold_contacts), gold_contacts)]
    for name in ("chinese_side", "chinese_side_name", "counterpart", "head_of_state_level", "partnership"):
        report.metrics.append(counter.metric(name))
    report.metrics = [m for m in report.metrics if m.n or m.name.startswith("relevant")]
    return report
