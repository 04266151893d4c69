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

import difflib
import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

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


# ---------------------------------------------------------------------------------------------
# The reference scoring: the rules of ``../shared/eval/score.py``, written again here so the
# project scores the same way when ../shared is absent (a test checks both give identical numbers
# when it is present). Every score is a ratio of counts summed over pages, so each page's counts
# are computed once (``page_counts``) and the scores follow from their sums (``scores_from``):
# the bootstrap resamples pages and only re-sums.
# ---------------------------------------------------------------------------------------------

REFERENCE_CONTENT = ("daily interaction", "knowledge exchange")
COUNTRY_ALIASES = {
    "trinidad tobago": "trinidad and tobago", "antigua barbuda": "antigua and barbuda",
    "saint kitts nevis": "saint kitts and nevis", "st kitts and nevis": "saint kitts and nevis",
    "st lucia": "saint lucia", "st vincent and grenadines": "saint vincent and grenadines",
    "saint vincent and the grenadines": "saint vincent and grenadines",
    "bolivia plurinational state of": "bolivia", "venezuela bolivarian republic of": "venezuela",
    "multi lateral": "multilateral", "brasil": "brazil",
}


def norm(value: Any) -> str | None:
    """The reference normalisation: ASCII, lower case, no bracketed parts, no "the", words only."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    text = re.sub(r"\([^)]*\)", " ", text.lower())
    text = text.replace("&", " and ")
    text = re.sub(r"\bthe\b", " ", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def norm_country(value: Any) -> str | None:
    """A country name as the reference compares it (normalised, aliases folded)."""
    text = norm(value)
    return COUNTRY_ALIASES.get(text, text) if text else text


def same_party(a: Any, b: Any) -> bool:
    """Two party names are one party: equal, one containing the other (past 6 letters), or close."""
    first, second = norm(a), norm(b)
    if not first or not second:
        return False
    if first == second or (len(first) > 6 and (first in second or second in first)):
        return True
    return difflib.SequenceMatcher(None, first, second).ratio() >= 0.85


def distinct_parties(row: dict[str, Any]) -> list[str]:
    """The counterpart parties of a row, each once (researchers count parties, not mentions)."""
    out: list[str] = []
    for contact in row.get("contacts") or []:
        if isinstance(contact, dict) and contact.get("party") and not any(
                same_party(contact["party"], seen) for seen in out):
            out.append(contact["party"])
    return out


def pages(rows: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One row per url: the first, unless a later one is ``item`` 0 (a page's first exchange).

    A page reporting several exchanges has several records with one url; page-level scores
    use the exchange the headline reports, which extraction writes as item 0.
    """
    out: dict[str, dict[str, Any]] = {}
    for row in rows:
        url = row["url"]
        if url not in out or (row.get("item") == 0 and out[url].get("item") != 0):
            out[url] = row
    return out


def half(url: str) -> str:
    """"tune" or "check": a fixed half of the pages, by the sha256 of the url (as score.py)."""
    return "tune" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 2 == 0 else "check"


def _day(value: Any) -> str | None:
    return str(value)[:10] if value else None


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


PAGE_COUNTS = ("rel_tp", "rel_fp", "rel_fn", "rel", "country", "dated", "date", "event_type",
               "party_tp", "party_fp", "party_fn", "idc", "exchange_type", "mechanism", "content",
               "daily_tp", "daily_fp", "daily_fn", "knowledge_tp", "knowledge_fp", "knowledge_fn",
               "paper", "paper_ok", "mfa", "partnership", "head_of_state", "predicted")


def page_counts(gold: dict[str, Any], predicted: dict[str, Any] | None) -> dict[str, int]:
    """What one gold page adds to each count the reference scores are made of."""
    p = predicted or {}
    c = dict.fromkeys(PAGE_COUNTS, 0)
    c["predicted"] = int(predicted is not None)
    gold_relevant, predicted_relevant = bool(gold.get("relevant")), bool(p.get("relevant"))
    c["rel_tp"] = int(gold_relevant and predicted_relevant)
    c["rel_fp"] = int(predicted_relevant and not gold_relevant)
    c["rel_fn"] = int(gold_relevant and not predicted_relevant)
    if not gold_relevant:
        return c
    c["rel"] = 1
    c["country"] = int(norm_country(gold.get("country")) == norm_country(p.get("country")))
    if gold.get("event_date"):
        c["dated"] = 1
        c["date"] = int(_day(gold["event_date"]) == _day(p.get("event_date")))
    c["event_type"] = int(gold.get("event_type") == p.get("event_type"))
    used: set[int] = set()
    gold_parties, predicted_parties = distinct_parties(gold), distinct_parties(p)
    for party in gold_parties:
        j = next((i for i, other in enumerate(predicted_parties)
                  if i not in used and same_party(party, other)), None)
        if j is None:
            c["party_fn"] += 1
        else:
            c["party_tp"] += 1
            used.add(j)
    c["party_fp"] = len(predicted_parties) - len(used)
    if gold.get("source") == "idcpc":
        c["idc"] = 1
        c["exchange_type"] = int(gold.get("exchange_type") == p.get("exchange_type"))
        c["mechanism"] = int(set(gold.get("mechanism") or []) == set(p.get("mechanism") or []))
        c["content"] = int(gold.get("content") == p.get("content"))
        for name, label in zip(("daily", "knowledge"), REFERENCE_CONTENT, strict=True):
            c[f"{name}_tp"] = int(gold.get("content") == label and p.get("content") == label)
            c[f"{name}_fp"] = int(gold.get("content") != label and p.get("content") == label)
            c[f"{name}_fn"] = int(gold.get("content") == label and p.get("content") != label)
        if gold.get("paper_row"):
            c["paper"] = 1
            c["paper_ok"] = int(norm_country(gold.get("country")) == norm_country(p.get("country"))
                                and gold.get("exchange_type") == p.get("exchange_type")
                                and gold.get("content") == p.get("content")
                                and set(gold.get("mechanism") or []) == set(p.get("mechanism") or []))
    elif gold.get("source") == "mfa":
        c["mfa"] = 1
        action_ok = gold.get("partnership_action") == p.get("partnership_action")
        level_ok = (norm(gold.get("partnership_level")) == norm(p.get("partnership_level"))
                    if gold.get("partnership_action") else True)
        c["partnership"] = int(action_ok and level_ok)
        c["head_of_state"] = int(bool(gold.get("head_of_state_level")) == bool(p.get("head_of_state_level")))
    return c


def scores_from(c: dict[str, Any], n_gold: int) -> dict[str, Any]:
    """The reference scores (names and order as score.py prints them) from summed page counts."""
    res: dict[str, Any] = {}
    res["relevant_P"], res["relevant_R"], res["relevant_F1"] = _prf(c["rel_tp"], c["rel_fp"], c["rel_fn"])
    n = c["rel"] or 1
    res["country"] = c["country"] / n
    res["event_date"] = c["date"] / (c["dated"] or 1)
    res["event_type"] = c["event_type"] / n
    res["party_P"], res["party_R"], res["party_F1"] = _prf(c["party_tp"], c["party_fp"], c["party_fn"])
    if c["idc"]:
        m = c["idc"]
        res["exchange_type"] = c["exchange_type"] / m
        res["mechanism"] = c["mechanism"] / m
        f1s = [_prf(c[f"{name}_tp"], c[f"{name}_fp"], c[f"{name}_fn"])[2] for name in ("daily", "knowledge")]
        res["content_macroF1"] = sum(f1s) / 2
        res["content_acc"] = c["content"] / m
        if c["paper"]:
            res["paper_rows"] = f"{c['paper_ok']}/{c['paper']}"
    if c["mfa"]:
        res["mfa_partnership"] = c["partnership"] / c["mfa"]
        res["mfa_head_of_state"] = c["head_of_state"] / c["mfa"]
    res["n_gold"], res["n_relevant"], res["n_pred"] = n_gold, c["rel"], c["predicted"]
    return res


def reference_scores(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The scores ``score.py GOLD PRED`` prints, for gold and predictions given by url."""
    total = dict.fromkeys(PAGE_COUNTS, 0)
    for url, row in gold.items():
        for name, value in page_counts(row, predicted.get(url)).items():
            total[name] += value
    return scores_from(total, len(gold))


# What each score is a share of: the page counts summed into its denominator. A resample in
# which they sum to 0 cannot score it (score.py's ``x / (n or 1)`` and ``_prf`` give 0 there, a
# number no page earned), and a score made of fewer than MIN_PAGES pages gets no interval.
DENOMINATORS: dict[str, tuple[str, ...]] = {
    "relevant_P": ("rel_tp", "rel_fp"), "relevant_R": ("rel_tp", "rel_fn"),
    "relevant_F1": ("rel_tp", "rel_fp", "rel_fn"),
    "country": ("rel",), "event_type": ("rel",), "event_date": ("dated",),
    "party_P": ("party_tp", "party_fp"), "party_R": ("party_tp", "party_fn"),
    "party_F1": ("party_tp", "party_fp", "party_fn"),
    "exchange_type": ("idc",), "mechanism": ("idc",), "content_acc": ("idc",), "content_macroF1": ("idc",),
    "mfa_partnership": ("mfa",), "mfa_head_of_state": ("mfa",),
}
MIN_PAGES = 10
TOO_SMALL = "n too small"
NO_INTERVAL = "no interval: resamples miss the score"
NO_PAGE = "no page scores it"  # e.g. party precision on a half of foreign-ministry pages only


def bootstrap(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]], reps: int = 1000,
              seed: int = 0) -> dict[str, tuple[float, float] | str]:
    """95% percentile interval of every numeric score, resampling gold pages with replacement.

    The seed is fixed so a re-run prints the same intervals. A resample that draws no page a
    score is made of (no relevant page, no IDCPC page) is left out for that score, not scored 0.
    Instead of an interval: NO_PAGE when no page makes the score, TOO_SMALL when fewer than
    MIN_PAGES pages make the score (1.000 with 0.00–1.00 on two pages says nothing), NO_INTERVAL
    when the percentiles leave out the score itself (a skewed few pages), which a reader would take
    for an error.
    """
    urls = list(gold)
    if not urls:
        return {}
    matrix = np.array([[counts[name] for name in PAGE_COUNTS]
                       for counts in (page_counts(gold[u], predicted.get(u)) for u in urls)], dtype=np.int64)
    column = {name: i for i, name in enumerate(PAGE_COUNTS)}
    behind = {name: int((matrix[:, [column[c] for c in cols]].sum(axis=1) > 0).sum())
              for name, cols in DENOMINATORS.items()}
    point = scores_from(dict(zip(PAGE_COUNTS, (int(v) for v in matrix.sum(axis=0)), strict=True)), len(urls))
    rng = np.random.default_rng(seed)
    draws: dict[str, list[float]] = {}
    for _ in range(reps):
        sums = matrix[rng.integers(0, len(urls), len(urls))].sum(axis=0)
        counts = dict(zip(PAGE_COUNTS, (int(v) for v in sums), strict=True))
        for name, value in scores_from(counts, len(urls)).items():
            if isinstance(value, float) and any(counts[c] for c in DENOMINATORS.get(name, ("predicted",))):
                draws.setdefault(name, []).append(value)
    out: dict[str, tuple[float, float] | str] = {}
    for name, value in point.items():
        if not isinstance(value, float):
            continue
        values = draws.get(name)
        if behind.get(name, len(urls)) == 0:
            out[name] = NO_PAGE
            continue
        if behind.get(name, len(urls)) < MIN_PAGES or not values:
            out[name] = TOO_SMALL
            continue
        low, high = float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))
        out[name] = (low, high) if low - 1e-9 <= value <= high + 1e-9 else NO_INTERVAL
    return out


# Confusion tables: what the coder wrote (rows) against what dipex wrote (columns), on the pages
# the reference scores each field on, so errors show as classes rather than as single pages.
CONFUSION_FIELDS = ("event_type", "content", "mechanism", "country")


def _class(name: str, row: dict[str, Any]) -> str:
    if name == "mechanism":
        return "+".join(sorted(row.get("mechanism") or [])) or "none"
    if name == "country":
        return norm_country(row.get("country")) or "none"
    return str(row.get(name) or "none")


def confusion(gold: dict[str, dict[str, Any]], predicted: dict[str, dict[str, Any]],
              name: str) -> Counter[tuple[str, str]]:
    """(gold class, predicted class) → pages, over the relevant gold pages the field is scored on."""
    cells: Counter[tuple[str, str]] = Counter()
    for url, row in gold.items():
        if not row.get("relevant"):
            continue
        if name in ("content", "mechanism") and row.get("source") != "idcpc":
            continue
        cells[_class(name, row), _class(name, predicted.get(url) or {})] += 1
    return cells


def confusion_table(cells: Counter[tuple[str, str]], max_classes: int = 14) -> list[list[Any]]:
    """Rows of a gold × predicted matrix (header row first); rare classes folded into "(other)"."""
    weight: Counter[str] = Counter()
    for (g, p), n in cells.items():
        weight[g] += n
        weight[p] += n
    keep = {label for label, _ in weight.most_common(max_classes)}
    folded: Counter[tuple[str, str]] = Counter()
    for (g, p), n in cells.items():
        folded[g if g in keep else "(other)", p if p in keep else "(other)"] += n
    labels = sorted({g for g, _ in folded} | {p for _, p in folded})
    rows: list[list[Any]] = [["gold \\ dipex", *labels]]
    for g in labels:
        if any(folded[g, p] for p in labels):
            rows.append([g, *[folded[g, p] or "." for p in labels]])
    return rows


def largest_errors(cells: Counter[tuple[str, str]], k: int = 5) -> list[tuple[str, str, int]]:
    """The k largest off-diagonal cells: the classes the extractor confuses most."""
    wrong = [(g, p, n) for (g, p), n in cells.items() if g != p]
    return sorted(wrong, key=lambda cell: (-cell[2], cell[0], cell[1]))[:k]


# ---------------------------------------------------------------------------------------------
# Exchange level: pages coded exchange by exchange (a gold line with ``exchanges``), against the
# several records extraction writes for such a page (same url, ``item`` 0, 1, 2 …).
#
# A predicted item and a gold exchange are the same exchange when their countries are equal
# (reference normalisation) and their counterparts do not contradict each other; among such
# pairs, a shared party (reference ``same_party``) counts most, then a shared name word of the
# counterpart person (accent-free, 3+ letters, not a title), then page order. Pairs are taken
# best first, one to one. A contradiction: both sides name a party or a person and neither the
# parties nor the names agree — so a roundup's two Argentine parties are never swapped, while an
# item whose party was missed still matches the one exchange of its country.
# ---------------------------------------------------------------------------------------------

EXCHANGE_FIELDS = ("event_type", "content", "mechanism", "event_date")


def _item_names(record: dict[str, Any]) -> set[str]:
    words: set[str] = set()
    for contact in record.get("contacts") or []:
        if isinstance(contact, dict):
            words |= name_words(contact.get("name"))
    return words | name_words(record.get("counterpart"))


def exchange_similarity(gold: dict[str, Any], item: dict[str, Any]) -> int | None:
    """How strongly a predicted item is this gold exchange (higher is surer); None: not it."""
    if norm_country(gold.get("country")) != norm_country(item.get("country")):
        return None
    item_parties = distinct_parties(item)
    party = (any(same_party(gold["party"], other) for other in item_parties)
             if gold.get("party") and item_parties else None)
    gold_names = name_words(re.sub(r"\([^)]*\)", " ", gold.get("counterpart") or ""))
    item_names = _item_names(item)
    person = bool(gold_names & item_names) if gold_names and item_names else None
    if party is not True and person is not True and (party is False or person is False):
        return None
    return 2 * int(bool(party)) + int(bool(person))


def match_exchanges(gold: list[dict[str, Any]], items: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, item index) pairs, surest first (see the rule above)."""
    candidates = []
    for i, exchange in enumerate(gold):
        for j, item in enumerate(items):
            similarity = exchange_similarity(exchange, item)
            if similarity is not None:
                candidates.append((-similarity, abs(i - j), i, j))
    pairs, used_gold, used_items = [], set(), set()
    for _, _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_items:
            pairs.append((i, j))
            used_gold.add(i)
            used_items.add(j)
    return sorted(pairs)


def _item_order(record: dict[str, Any], position: int) -> tuple[int, int]:
    item = record.get("item")
    return (item if isinstance(item, int) else position, position)


def exchange_scores(gold_pages: list[dict[str, Any]], records: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Exchange-level precision, recall, F1, per-page count error and field agreement on pairs.

    Every relevant record of a gold page is a predicted exchange, except its collective record
    (the page coded as one); pages without gold coding are not looked at. ``count_error`` is the
    mean of |items − gold exchanges| per page,
    ``count_exact`` the share of pages with the right number of items.
    """
    by_url: dict[str, list[tuple[tuple[int, int], dict[str, Any]]]] = {}
    for position, record in enumerate(records):
        if record.get("relevant") and not record.get("collective"):
            by_url.setdefault(record["url"], []).append((_item_order(record, position), record))
    matched = n_gold = n_items = exact = 0
    errors: list[int] = []
    agree: Counter[str] = Counter()
    scored: Counter[str] = Counter()
    for page in gold_pages:
        exchanges = [e for e in page.get("exchanges") or [] if isinstance(e, dict)]
        items = [record for _, record in sorted(by_url.get(page["url"], []), key=lambda pair: pair[0])]
        pairs = match_exchanges(exchanges, items)
        matched += len(pairs)
        n_gold += len(exchanges)
        n_items += len(items)
        errors.append(len(items) - len(exchanges))
        exact += int(len(items) == len(exchanges))
        for i, j in pairs:
            g, p = exchanges[i], items[j]
            for name in EXCHANGE_FIELDS:
                if name == "event_date" and not g.get("event_date"):
                    continue
                if name == "mechanism":
                    ok = set(g.get("mechanism") or []) == set(p.get("mechanism") or [])
                elif name == "event_date":
                    ok = _day(g.get("event_date")) == _day(p.get("event_date"))
                else:
                    ok = g.get(name) == p.get(name)
                scored[name] += 1
                agree[name] += int(ok)
    precision, recall, f1 = _prf(matched, n_items - matched, n_gold - matched)
    res: dict[str, Any] = {"exchange_P": precision, "exchange_R": recall, "exchange_F1": f1,
                           "count_error": (sum(abs(e) for e in errors) / len(errors)) if errors else 0.0,
                           "count_bias": (sum(errors) / len(errors)) if errors else 0.0,
                           "count_exact": (exact / len(errors)) if errors else 0.0}
    for name in EXCHANGE_FIELDS:
        if scored[name]:
            res[f"matched_{name}"] = agree[name] / scored[name]
    res["n_pages"], res["n_gold_exchanges"], res["n_items"], res["n_matched"] = (
        len(gold_pages), n_gold, n_items, matched)
    return res


# ---------------------------------------------------------------------------------------------
# One gold file, as ``pipeline.py evaluate`` reports it.
# ---------------------------------------------------------------------------------------------

HALVES = ("all", "tune", "check")


def split_gold(rows: Iterable[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(page-coded rows, exchange-coded rows): a line with ``exchanges`` is coded per exchange."""
    page_rows, exchange_rows = [], []
    for row in rows:
        (exchange_rows if isinstance(row.get("exchanges"), list) else page_rows).append(row)
    return page_rows, exchange_rows


def in_half(urls: Iterable[str], which: str) -> set[str]:
    """The urls of one half ("all" keeps every url)."""
    return {u for u in urls if which == "all" or half(u) == which}


def evaluate_file(gold_rows: list[dict[str, Any]], predicted_rows: list[dict[str, Any]], reps: int = 1000,
                  seed: int = 0) -> dict[str, Any]:
    """Scores of one gold file against predicted records (dicts), the way score.py scores it.

    ``pages``: the reference scores on all pages and on each half; ``intervals``: their
    bootstrap 95% intervals; ``confusion``: gold × predicted cells per field (all pages, and
    per half); ``exchanges``: exchange-level scores when the file has exchange-coded pages.
    """
    page_rows, exchange_rows = split_gold(gold_rows)
    predicted = pages(predicted_rows)
    out: dict[str, Any] = {"pages": {}, "intervals": {}, "confusion": {}, "exchanges": {}}
    if page_rows:
        gold = pages(page_rows)
        for which in HALVES:
            keep = in_half(gold, which)
            subset = {u: g for u, g in gold.items() if u in keep}
            if not subset:
                continue
            out["pages"][which] = reference_scores(subset, predicted)
            out["intervals"][which] = bootstrap(subset, predicted, reps=reps, seed=seed)
            out["confusion"][which] = {name: confusion(subset, predicted, name) for name in CONFUSION_FIELDS}
    if exchange_rows:
        for which in HALVES:
            keep = in_half((row["url"] for row in exchange_rows), which)
            subset_rows = [row for row in exchange_rows if row["url"] in keep]
            if subset_rows:
                out["exchanges"][which] = exchange_scores(subset_rows, predicted_rows)
    return out


def _with_interval(value: Any, interval: tuple[float, float] | str | None) -> str:
    """A score with its interval, or with why it has none (bootstrap). A score no page makes is
    printed n/a: score.py's 0 there (its ``x / (n or 1)``) is a number no page earned."""
    if isinstance(value, float):
        if interval == NO_PAGE:
            return f"n/a ({NO_PAGE})"
        if isinstance(interval, str):
            return f"{value:.3f} ({interval})"
        return f"{value:.3f}" + (f" ({interval[0]:.2f}–{interval[1]:.2f})" if interval else "")
    return "" if value is None else str(value)


def format_evaluation(result: dict[str, Any], largest: int = 6, matrices: bool = True,
                      detail_half: str = "all") -> str:
    """The printed report of ``evaluate_file``: scores per half with intervals, confusions, exchanges.

    ``detail_half`` picks the pages whose confusion matrices are printed ("tune" to study errors
    without reading the check half); the largest cells always give all / tune / check counts.
    """
    from dipex.tables import format_table

    lines: list[str] = []
    if result["pages"]:
        halves = [h for h in HALVES if h in result["pages"]]
        names = list(result["pages"][halves[0]])
        rows = [[name, *[_with_interval(result["pages"][h].get(name), result["intervals"][h].get(name))
                         for h in halves]] for name in names]
        lines.append("page level, as ../shared/eval/score.py scores it (95% bootstrap interval, "
                     f"pages resampled, fixed seed; none on fewer than {MIN_PAGES} pages: {TOO_SMALL!r})")
        lines.append(format_table(["field", *halves], rows))
        for name in CONFUSION_FIELDS:
            cells = result["confusion"]["all"][name]
            if not cells:
                continue
            lines.append("")
            wrong = sum(n for (g, p), n in cells.items() if g != p)
            lines.append(f"{name}: {wrong} of {sum(cells.values())} pages differ; largest cells "
                         f"(gold → dipex, pages: all / tune / check):")
            for g, p, n in largest_errors(cells, largest):
                per_half = [result["confusion"].get(h, {}).get(name, Counter())[g, p]
                            for h in ("tune", "check")]
                lines.append(f"  {g} → {p}: {n} / {per_half[0]} / {per_half[1]}")
            shown = result["confusion"].get(detail_half, {}).get(name)
            if matrices and name != "country" and shown:
                if detail_half != "all":
                    lines.append(f"({detail_half} half)")
                lines.append(format_table(*_split_header(confusion_table(shown))))
    if result["exchanges"]:
        halves = [h for h in HALVES if h in result["exchanges"]]
        names = list(result["exchanges"][halves[0]])
        if lines:
            lines.append("")
        lines.append("exchange level (pages coded exchange by exchange; items matched one to one by "
                     "country and party / counterpart)")
        rows = [[name, *[result["exchanges"][h].get(name) for h in halves]] for name in names]
        lines.append(format_table(["measure", *halves], rows))
    return "\n".join(lines)


def _split_header(rows: list[list[Any]]) -> tuple[list[Any], list[list[Any]]]:
    return rows[0], rows[1:]
