"""Agreement numbers against values computed by hand."""

from __future__ import annotations

import math

import pytest

from learn.agreement import agreement
from learn.labels import Label, LabelStore

K, D = "knowledge exchange", "daily interaction"
# Ten releases coded by ana and ben; they disagree on releases 3 and 10.
ANA = [K, K, K, D, D, D, D, D, D, D]
BEN = [K, K, D, D, D, D, D, D, D, K]

# Hand computation (n = 10 releases, 2 annotators, 2 categories):
# observed agreement pₒ = 8/10 = 0.8
# Cohen's κ: ana uses K 3/10, D 7/10; ben K 3/10, D 7/10 → pₑ = 0.3·0.3 + 0.7·0.7 = 0.58
#   κ = (0.8 − 0.58) / (1 − 0.58) = 0.22 / 0.42 = 0.5238095
# Krippendorff's α (nominal): coincidences o(K,K) = 2·2 = 4, o(D,D) = 6·2 = 12, o(K,D) = o(D,K) = 2;
#   n_K = 6, n_D = 14, n = 20 → α = 1 − (n − 1)·(o(K,D) + o(D,K)) / (2·n_K·n_D)
#   = 1 − 19·4 / 168 = 92 / 168 = 0.5476190
# Gwet's AC1: pₐ = 0.8; π_K = mean share of K per release = (1+1+0.5+0.5)/10 = 0.3, π_D = 0.7;
#   pₑ = (0.3·0.7 + 0.7·0.3) / (Q − 1 = 1) = 0.42 → AC1 = (0.8 − 0.42) / (1 − 0.42) = 0.38 / 0.58 = 0.6551724
KAPPA = 0.22 / 0.42
ALPHA = 92 / 168
AC1 = 0.38 / 0.58


def _store(tmp_path) -> LabelStore:
    store = LabelStore(tmp_path)
    labels = []
    for i, (a, b) in enumerate(zip(ANA, BEN, strict=True)):
        labels.append(Label(f"u{i}", "content", a, "ana"))
        labels.append(Label(f"u{i}", "content", b, "ben"))
    # An adjudication is a decision, not a third coding: it must not change the numbers.
    labels.append(Label("u2", "content", K, "carla", note="adjudication: seminar"))
    # A release coded by one person only does not count.
    labels.append(Label("u99", "content", D, "ana"))
    store.append(labels)
    return store


def test_kappa_alpha_and_ac1_match_the_hand_computation(tmp_path):
    [content] = agreement(_store(tmp_path).current())
    assert content.field == "content"
    assert content.units == 10 and content.annotators == 2
    assert content.agreement == pytest.approx(0.8)
    assert content.alpha == pytest.approx(ALPHA, abs=1e-9)
    assert content.ac1 == pytest.approx(AC1, abs=1e-9)
    [pair] = content.pairs
    assert (pair.first, pair.second, pair.n) == ("ana", "ben", 10)
    assert pair.kappa == pytest.approx(KAPPA, abs=1e-9)


def test_three_annotators_multi_rater_ac1_and_alpha(tmp_path):
    # Two releases: (K, K, D) and (D, D, D).
    # AC1: pₐ = [(2·1 + 1·0)/(3·2) + (3·2)/(3·2)] / 2 = (1/3 + 1)/2 = 2/3;
    #   π_K = (2/3 + 0)/2 = 1/3, π_D = 2/3 → pₑ = 2·(1/3·2/3) = 4/9 → AC1 = (2/3 − 4/9)/(5/9) = 0.4
    # α: coincidences (each pair weighted 1/(m−1) = 1/2): release 1 → o(K,K) = 1, o(K,D) = o(D,K) = 1;
    #   release 2 → o(D,D) = 3; n_K = 2, n_D = 4, n = 6 → α = 1 − 5·2/(2·2·4) = 1 − 10/16 = 0.375
    store = LabelStore(tmp_path)
    store.append([Label("a", "content", v, who) for v, who in zip([K, K, D], ["x", "y", "z"], strict=True)]
                 + [Label("b", "content", D, who) for who in ["x", "y", "z"]])
    [content] = agreement(store.current())
    assert content.ac1 == pytest.approx(0.4)
    assert content.alpha == pytest.approx(0.375)
    assert len(content.pairs) == 3


def test_everyone_using_one_category_gives_kappa_n_a(tmp_path):
    store = LabelStore(tmp_path)
    store.append([Label(f"u{i}", "content", D, who) for i in range(3) for who in ("x", "y")])
    [content] = agreement(store.current())
    assert math.isnan(content.pairs[0].kappa)
    assert content.ac1 == 1.0 and content.alpha == 1.0


def test_agreement_command_prints_a_table(tmp_path, capsys):
    from pipeline import main

    _store(tmp_path / "labels")
    assert main(["--workdir", str(tmp_path), "agreement"]) == 0
    out = capsys.readouterr().out
    assert "Krippendorff α" in out and "0.548" in out and "0.655" in out and "0.524" in out
