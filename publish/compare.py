"""Compare the data set with a hand-coded one in the published schema.

Researchers already hold hand-coded tables (Number, Date, Country, Type, Contact, Type of
content, Mechanism). Two questions matter to them: does dipex find the same exchanges
(record-level precision and recall), and does it tell the same story (per-year and per-country
counts moving together: Pearson and Spearman correlations)?

Matching. A dipex row and a reference row are the same exchange when the country is the same
(case-insensitive), the dates are at most ``DATE_TOLERANCE`` (3) days apart, and the contacts
agree: after lower-casing and removing accents and punctuation, one contact's words are
contained in the other's, or the two overlap by at least half their words, or their spelling
is close (ratio >= 0.8); an empty contact on either side agrees with anything. Pairs are
matched one to one, closest date first, then most similar contact, so each reference row is
used once. Several exchanges of one date and country (the messages of one roundup page, the
items of a digest) are told apart by their contacts. A row without a date on one side (a
message a roundup gives no day for) matches only by name: same country and one contact
contained in the other, after every dated pair. Matched pairs that differ on Type of content
or Mechanism are listed as disagreements, as are rows found on one side only.
"""

from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from nlp.dates import parse_date

DATE_TOLERANCE = 3
MIDNIGHT = re.compile(r"(\d{4}-\d{2}-\d{2})[ T]00:00:00")
PUBLISHED_COLUMNS = ("Number", "Date", "Country", "Type", "Contact", "Type of content", "Mechanism")
COMPARED_FIELDS = ("Type of content", "Mechanism")


PLURAL = {"year": "years", "country": "countries"}


@dataclass
class Correlation:
    level: str  # year | country
    n: int  # number of years / countries compared
    pearson: float | None
    spearman: float | None
    table: list[list] = field(default_factory=list)  # [key, data count, reference count]


@dataclass
class CompareReport:
    data_rows: int
    reference_rows: int
    matches: list[tuple[dict, dict]]
    only_data: list[dict]
    only_reference: list[dict]
    field_disagreements: list[tuple[dict, dict, str]]  # (data row, reference row, field)
    by_year: Correlation
    by_country: Correlation
    # rows whose Date is filled but is no date ("reference row 3: '28/02/2013'"): such a row can
    # only match by name and counts in no year, so the report says so instead of scoring quietly
    unreadable_dates: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return len(self.matches) / self.data_rows if self.data_rows else None

    @property
    def recall(self) -> float | None:
        return len(self.matches) / self.reference_rows if self.reference_rows else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return None
        return 2 * p * r / (p + r)

    def field_agreement(self) -> dict[str, float | None]:
        out = {}
        for name in COMPARED_FIELDS:
            wrong = sum(1 for _, _, f in self.field_disagreements if f == name)
            out[name] = None if not self.matches else 1 - wrong / len(self.matches)
        return out

    def disagreements(self) -> list[list[str]]:
        """Every disagreement as a table row: kind, field, date, country, contact, ours, theirs."""
        rows: list[list[str]] = [["kind", "field", "date", "country", "contact", "dipex", "reference"]]
        for d in self.only_data:
            rows.append(
                [
                    "only in dipex",
                    "",
                    d.get("Date", ""),
                    d.get("Country", ""),
                    d.get("Contact", ""),
                    f"#{d.get('Number', '')}",
                    "",
                ]
            )
        for r in self.only_reference:
            rows.append(
                [
                    "only in reference",
                    "",
                    r.get("Date", ""),
                    r.get("Country", ""),
                    r.get("Contact", ""),
                    "",
                    f"#{r.get('Number', '')}",
                ]
            )
        for d, r, name in self.field_disagreements:
            rows.append(
                [
                    "field differs",
                    name,
                    r.get("Date", ""),
                    r.get("Country", ""),
                    r.get("Contact", ""),
                    d.get(name, ""),
                    r.get(name, ""),
                ]
            )
        return rows

    def text(self) -> str:
        def fmt(x: float | None) -> str:
            return "n/a" if x is None else f"{x:.3f}"

        lines = []
        if self.unreadable_dates:
            shown = "; ".join(self.unreadable_dates[:10])
            more = f"; … {len(self.unreadable_dates) - 10} more" if len(self.unreadable_dates) > 10 else ""
            lines.append(
                f"warning: {len(self.unreadable_dates)} row(s) with a Date that is not a date (write "
                f"YYYY-MM-DD): they match only by country and contact and count in no year: {shown}{more}"
            )
        lines += [
            f"dipex rows: {self.data_rows}   reference rows: {self.reference_rows}   "
            f"matched: {len(self.matches)}",
            f"precision {fmt(self.precision)}   recall {fmt(self.recall)}   F1 {fmt(self.f1)}",
        ]
        for name, value in self.field_agreement().items():
            lines.append(f"agreement on {name} (matched rows): {fmt(value)}")
        for c in (self.by_year, self.by_country):
            lines.append(
                f"counts per {c.level} ({c.n} {PLURAL[c.level]}): Pearson {fmt(c.pearson)}   "
                f"Spearman {fmt(c.spearman)}"
            )
        dis = self.disagreements()
        lines.append(f"disagreements: {len(dis) - 1}")
        for row in dis[1:]:
            lines.append("  " + " | ".join(row))
        return "\n".join(lines)


# ---------------------------------------------------------------- reading
def read_rows(path: str | Path) -> list[dict]:
    """A data set in the published schema (CSV; XLSX read with pandas)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xls"):
        import pandas as pd

        frame = pd.read_excel(path, dtype=str).fillna("")
        rows = frame.to_dict("records")
        for row in rows:  # a date cell reads as '2020-05-01 00:00:00': the day is what was coded
            day = MIDNIGHT.fullmatch(str(row.get("Date") or "").strip())
            if day:
                row["Date"] = day.group(1)
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    missing = [c for c in ("Date", "Country", "Contact") if rows and c not in rows[0]]
    if missing:
        raise ValueError(f"{path}: not in the published schema, missing column(s) {missing}")
    return [{k: ("" if v is None else str(v).strip()) for k, v in r.items()} for r in rows]


# ---------------------------------------------------------------- matching
def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^\w]+", " ", text).strip()


def contact_similarity(a: str, b: str) -> float:
    """1.0 for containment, else word overlap or spelling ratio; 0.5 when a side is empty."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return 0.5
    if na in nb or nb in na:
        return 1.0
    wa, wb = set(na.split()), set(nb.split())
    overlap = len(wa & wb) / min(len(wa), len(wb))
    return max(overlap, SequenceMatcher(None, na, nb).ratio())


def contacts_agree(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    if not na or not nb or na in nb or nb in na:
        return True
    wa, wb = set(na.split()), set(nb.split())
    if len(wa & wb) / min(len(wa), len(wb)) >= 0.5:
        return True
    return SequenceMatcher(None, na, nb).ratio() >= 0.8


def _day(row: dict):
    return parse_date(row.get("Date") or "") if row.get("Date") else None


def match(data: Sequence[dict], reference: Sequence[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (data index, reference index): closest date, then closest contact."""
    by_country: dict[str, list[int]] = {}
    for j, r in enumerate(reference):
        by_country.setdefault(_norm(r.get("Country", "")), []).append(j)
    candidates = []
    for i, d in enumerate(data):
        day_d = _day(d)
        for j in by_country.get(_norm(d.get("Country", "")), []):
            r = reference[j]
            day_r = _day(r)
            if day_d is None or day_r is None:
                named = _norm(d.get("Contact", "")) and _norm(r.get("Contact", ""))
                if named and contact_similarity(d.get("Contact", ""), r.get("Contact", "")) == 1.0:
                    candidates.append((DATE_TOLERANCE + 1, -1.0, i, j))
                continue
            gap = abs((day_d - day_r).days)
            if gap > DATE_TOLERANCE or not contacts_agree(d.get("Contact", ""), r.get("Contact", "")):
                continue
            candidates.append((gap, -contact_similarity(d.get("Contact", ""), r.get("Contact", "")), i, j))
    candidates.sort()
    used_d, used_r, pairs = set(), set(), []
    for _, _, i, j in candidates:
        if i not in used_d and j not in used_r:
            used_d.add(i)
            used_r.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# ---------------------------------------------------------------- correlation
def _correlate(level: str, data_counts: Counter, ref_counts: Counter) -> Correlation:
    from scipy import stats

    keys = sorted(set(data_counts) | set(ref_counts))
    table = [[k, data_counts.get(k, 0), ref_counts.get(k, 0)] for k in keys]
    xs = [row[1] for row in table]
    ys = [row[2] for row in table]
    pearson = spearman = None
    if len(keys) >= 2 and len(set(xs)) > 1 and len(set(ys)) > 1:
        pearson = float(stats.pearsonr(xs, ys)[0])
        spearman = float(stats.spearmanr(xs, ys)[0])
        pearson = None if math.isnan(pearson) else pearson
        spearman = None if math.isnan(spearman) else spearman
    return Correlation(level, len(keys), pearson, spearman, table)


def _year(row: dict) -> str | None:
    day = _day(row)
    return str(day.year) if day else None


def _mechanism(value: str) -> str:
    return "+".join(sorted(t for t in re.split(r"[+,;/ ]+", value.lower()) if t))


def compare(rows: Sequence[dict], reference_csv: str | Path) -> CompareReport:
    """Compare data-set rows (published schema) with a hand-coded reference file."""
    reference = read_rows(reference_csv)
    data = [{k: ("" if v is None else str(v)) for k, v in r.items()} for r in rows]
    pairs = match(data, reference)
    matched_d = {i for i, _ in pairs}
    matched_r = {j for _, j in pairs}
    field_dis = []
    for i, j in pairs:
        d, r = data[i], reference[j]
        if r.get("Type of content") and _norm(d.get("Type of content", "")) != _norm(r["Type of content"]):
            field_dis.append((d, r, "Type of content"))
        if r.get("Mechanism") and _mechanism(d.get("Mechanism", "")) != _mechanism(r["Mechanism"]):
            field_dis.append((d, r, "Mechanism"))
    years_d = Counter(y for y in map(_year, data) if y)
    years_r = Counter(y for y in map(_year, reference) if y)
    unreadable = [
        f"{side} row {n}: {row['Date']!r}"
        for side, rows_ in (("dipex", data), ("reference", reference))
        for n, row in enumerate(rows_, start=2)  # row 1 is the header, as a spreadsheet numbers it
        if row.get("Date") and _day(row) is None
    ]
    countries_d = Counter(d.get("Country") for d in data if d.get("Country"))
    countries_r = Counter(r.get("Country") for r in reference if r.get("Country"))
    return CompareReport(
        data_rows=len(data),
        reference_rows=len(reference),
        matches=[(data[i], reference[j]) for i, j in pairs],
        only_data=[d for i, d in enumerate(data) if i not in matched_d],
        only_reference=[r for j, r in enumerate(reference) if j not in matched_r],
        field_disagreements=field_dis,
        by_year=_correlate("year", years_d, years_r),
        by_country=_correlate("country", countries_d, countries_r),
        unreadable_dates=unreadable,
    )


def write_report(report: CompareReport, path: str | Path) -> None:
    """The disagreements as CSV (for a spreadsheet)."""
    with Path(path).open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(report.disagreements())
