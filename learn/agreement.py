"""How far annotators agree, per field: Cohen's κ (pairs), Krippendorff's α and Gwet's AC1.

Only releases coded by two or more annotators count, each annotator's latest label; an
adjudication is a decision, not an independent coding, so it is left out. Values are nominal
(lists such as mechanism compare as sets).

- κ (Cohen 1960), per pair on the releases both coded: (pₒ − pₑ) / (1 − pₑ), pₑ from each
  annotator's own category shares. Undefined (n/a) when pₑ = 1.
- α (Krippendorff), nominal, any number of annotators, missing codings allowed (the
  ``krippendorff`` package).
- AC1 (Gwet 2008), multi-rater: pₐ = mean over releases of Σₖ rₖ(rₖ−1) / (r(r−1));
  πₖ = mean over releases of rₖ / r; pₑ = Σₖ πₖ(1−πₖ) / (Q−1), Q = categories used in the field.
  Less affected than κ by skewed categories (most releases are daily interaction).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

import krippendorff
import numpy as np

from learn.apply import canonical, is_adjudication
from learn.labels import Label

Units = dict[str, dict[str, str]]  # release → annotator → canonical value


@dataclass
class PairKappa:
    field: str
    first: str
    second: str
    n: int
    agreement: float
    kappa: float


@dataclass
class FieldAgreement:
    field: str
    units: int
    annotators: int
    agreement: float  # share of coded pairs agreeing
    alpha: float
    ac1: float
    pairs: list[PairKappa] = field(default_factory=list)


def units_by_field(current: dict[tuple[str, str], dict[str, Label]]) -> dict[str, Units]:
    """Releases coded by ≥ 2 annotators (adjudications excluded), per field."""
    out: dict[str, Units] = {}
    for (doc, name), by_annotator in current.items():
        coded = {who: canonical(label.value) for who, label in by_annotator.items()
                 if not is_adjudication(label)}
        if len(coded) >= 2:
            out.setdefault(name, {})[doc] = coded
    return out


def cohen_kappa(first: list[str], second: list[str]) -> float:
    n = len(first)
    if n == 0:
        return math.nan
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    share_a, share_b = Counter(first), Counter(second)
    expected = sum(share_a[k] * share_b[k] for k in share_a) / (n * n)
    if expected == 1:
        return math.nan
    return (observed - expected) / (1 - expected)


def krippendorff_alpha(units: Units) -> float:
    annotators = sorted({who for coded in units.values() for who in coded})
    categories = sorted({value for coded in units.values() for value in coded.values()})
    if len(categories) < 2:
        return 1.0 if units else math.nan  # everyone used one category: no disagreement at all
    index = {value: i for i, value in enumerate(categories)}
    data = np.full((len(annotators), len(units)), np.nan)
    for column, coded in enumerate(units.values()):
        for row, who in enumerate(annotators):
            if who in coded:
                data[row, column] = index[coded[who]]
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def gwet_ac1(units: Units) -> float:
    categories = sorted({value for coded in units.values() for value in coded.values()})
    if not units:
        return math.nan
    agree = 0.0
    shares: Counter[str] = Counter()
    for coded in units.values():
        r = len(coded)
        counts = Counter(coded.values())
        agree += sum(c * (c - 1) for c in counts.values()) / (r * (r - 1))
        for value, c in counts.items():
            shares[value] += c / r
    pa = agree / len(units)
    if len(categories) < 2:
        return 1.0
    pi = {k: shares[k] / len(units) for k in categories}
    pe = sum(p * (1 - p) for p in pi.values()) / (len(categories) - 1)
    return (pa - pe) / (1 - pe)


def pair_agreement(units: Units) -> float:
    agree = total = 0
    for coded in units.values():
        for a, b in combinations(sorted(coded), 2):
            total += 1
            agree += coded[a] == coded[b]
    return agree / total if total else math.nan


def agreement(current: dict[tuple[str, str], dict[str, Label]]) -> list[FieldAgreement]:
    """Per field (sorted by name): agreement share, α, AC1, and κ for every pair of annotators."""
    results = []
    for name, units in sorted(units_by_field(current).items()):
        annotators = sorted({who for coded in units.values() for who in coded})
        pairs = []
        for a, b in combinations(annotators, 2):
            both = [coded for coded in units.values() if a in coded and b in coded]
            if both:
                first, second = [c[a] for c in both], [c[b] for c in both]
                observed = sum(x == y for x, y in zip(first, second, strict=True)) / len(both)
                pairs.append(PairKappa(name, a, b, len(both), observed, cohen_kappa(first, second)))
        results.append(FieldAgreement(name, len(units), len(annotators), pair_agreement(units),
                                      krippendorff_alpha(units), gwet_ac1(units), pairs))
    return results
