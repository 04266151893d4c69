"""The ``extract`` and ``evaluate`` commands and the scoring rules (the reference scorer's, reimplemented)."""

from __future__ import annotations

import json

import pytest
from nlp_helpers import DEV

import pipeline
from nlp.evaluate import (
    MIN_PAGES,
    NO_PAGE,
    TOO_SMALL,
    _with_interval,
    bootstrap,
    confusion,
    confusion_table,
    distinct_parties,
    exchange_scores,
    exchange_similarity,
    half,
    largest_errors,
    match_exchanges,
    norm,
    norm_country,
    pages,
    read_gold,
    reference_scores,
    same_party,
    score,
)
from nlp.schema import Contact, Record

CUBA = ("Beijing, June 21st--IDCPC Minister Song Tao met here today with a visiting group from the "
        "Communist Party of Cuba (PCC).")
JAPAN = ("Tokyo, August 7th--Song Tao met here today with Renho Murata, who leads Japan's Democratic "
         "Party.")


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_extract_command_writes_one_record_per_line(tmp_path, capsys):
    source = tmp_path / "docs.jsonl"
    _write(source, [
        json.dumps({"url": "u1", "source": "idcpc", "lang": "en", "title": "Song Tao Meets PCC", "published":
                    "2018-06-21", "text": CUBA}),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"url": "u4", "source": "idcpc", "title": None, "published": None, "text": JAPAN}),
        json.dumps({"source": "idcpc", "text": CUBA, "published": "2018-06-21"}),
    ])
    target = tmp_path / "out" / "records.jsonl"
    code = pipeline.main(["extract", "--input", str(source), "--output", str(target), "--no-progress"])
    assert code == 1  # bad lines reported
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["url"] for r in rows] == ["u1", "line:2", "line:3", "u4", "line:6"]
    assert rows[0]["relevant"] and rows[0]["country"] == "Cuba"
    assert "not JSON" in rows[1]["notes"][0] and rows[1]["relevant"] is False
    assert rows[3]["relevant"] is False
    assert rows[4]["relevant"] is True
    assert "5 record(s) written" in capsys.readouterr().out
    assert Record.from_dict(rows[0]).contacts[0].party == "Communist Party of Cuba"


def test_extract_command_rejects_a_missing_input(tmp_path):
    assert pipeline.main(["extract", "--input", str(tmp_path / "none.jsonl"),
                          "--output", str(tmp_path / "o.jsonl")]) == 2


def test_evaluate_command_prints_scores_and_disagreements(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    _write(gold, [
        json.dumps({"id": "g1", "source": "idcpc", "url": "u1", "lang": "en", "title": "Song Tao Meets PCC",
                    "published": "2018-06-21", "text": CUBA, "relevant": True, "event_date": "2018-06-21",
                    "country": "Cuba", "exchange_type": "bilateral",
                    "contacts": [{"name": "PCC delegation", "kind": "party",
                                  "party": "Communist Party of Cuba"}],
                    "event_type": "meeting", "content": "daily interaction",
                    "mechanism": ["bilateral", "leftist"]}),
        json.dumps({"id": "g2", "source": "idcpc", "url": "u2", "lang": "en", "title": "Song Tao Meets DPJ",
                    "published": "2017-08-07", "text": JAPAN, "relevant": True, "country": "Cuba",
                    "event_type": "meeting"}),
        "garbage line",
    ])
    assert pipeline.main(["evaluate", "--gold", str(gold), "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert "relevant_F1" in out and "content_macroF1" in out and "tune" in out and "check" in out
    assert "relevant_f1" in out and "party_precision" in out
    assert "g2: gold=true dipex=false" in out
    assert "largest cells" in out and "gold \\ dipex" in out  # confusions with their matrices
    which = half("u2")
    assert pipeline.main(["evaluate", "--gold", str(gold), "--half", which, "--show", "5"]) == 0
    out = capsys.readouterr().out
    assert f"({which} half)" in out and f"other fields (dipex's own comparison, {which} pages)" in out
    assert pipeline.main(["evaluate", "--gold", str(tmp_path / "missing.jsonl")]) == 2


def test_evaluate_scores_existing_records(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    _write(gold, [json.dumps({"id": "g1", "source": "mfa", "url": "u1", "text": "", "relevant": True,
                              "country": "Peru", "chinese_side": "Xi Jinping, President",
                              "counterpart": "Dina Boluarte, President", "head_of_state_level": True,
                              "partnership_action": None, "partnership_level": "comprehensive strategic "
                                                                               "partnership"})])
    records = tmp_path / "records.jsonl"
    record = Record(url="u1", source="mfa", relevant=True, country="Peru", chinese_side="Xi Jinping, "
                                                                                        "President",
                    counterpart="Dina Ercilia Boluarte Zegarra, President", head_of_state_level=True,
                    partnership_level="comprehensive strategic partnership")
    _write(records, [json.dumps(record.to_dict())])
    assert pipeline.main(["evaluate", "--gold", str(gold), "--records", str(records), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)[str(gold)]
    assert result["pages"]["all"]["country"] == 1.0 and result["pages"]["all"]["mfa_head_of_state"] == 1.0
    metrics = result["detail"]["metrics"]
    for name in ("country", "chinese_side", "counterpart", "head_of_state_level", "partnership"):
        assert metrics[name]["value"] == 1.0, name


def test_scoring_rules():
    gold = [
        {"id": "a", "source": "idcpc", "url": "a", "relevant": True, "country": "Cuba", "event_date": None,
         "contacts": [{"name": "Raul Castro", "kind": "party", "party": "Communist Party of Cuba"},
                      {"name": "Bruno Rodriguez", "kind": "government", "party": None}],
         "mechanism": ["leftist", "bilateral"]},
        {"id": "b", "source": "idcpc", "url": "b", "relevant": False},
        {"id": "c", "source": "idcpc", "url": "c", "relevant": True, "country": "Peru"},
    ]
    records = [
        Record(url="a", source="idcpc", relevant=True, country="Cuba", event_date=None,
               contacts=[Contact("Raúl Castro Ruz", "party", "pcc-cu", "Communist Party of Cuba"),
                         Contact("Bruno Rodríguez", "party", "pcc-cu", "Communist Party of Cuba"),
                         Contact("Someone Else", "party", "x", "Justicialist Party")],
               mechanism=["bilateral", "leftist"]),
        Record(url="b", source="idcpc", relevant=True, country="Chile"),
    ]
    report = score(records, gold)
    assert report.get("relevant_precision") == pytest.approx(0.5)
    assert report.get("relevant_recall") == pytest.approx(0.5)
    assert report.get("country") == pytest.approx(0.5)  # c has no record: counts as empty
    assert report.get("event_date") == pytest.approx(1.0)  # null matches null; c has no event_date to score
    assert report.get("mechanism") == pytest.approx(1.0)  # order free
    assert report.get("party_precision") == pytest.approx(0.5)
    assert report.get("party_recall") == pytest.approx(1.0)
    assert report.get("contact_kind") == pytest.approx(0.5)  # Bruno Rodriguez: government vs party
    assert report.missing == 1
    assert "relevant" in report.show(3)


def test_read_gold_reports_bad_lines(tmp_path):
    path = tmp_path / "g.jsonl"
    _write(path, [json.dumps({"url": "u"}), "{", json.dumps({"no": "url"})])
    rows, problems = read_gold(path)
    assert len(rows) == 1 and len(problems) == 2


# --- the reference scorer's rules (../shared/eval/score.py), on self-written rows ---------------

def _idcpc_gold(url, content="daily interaction", **more):
    row = {"url": url, "source": "idcpc", "relevant": True, "country": "Cuba", "event_date": "2019-05-10",
           "event_type": "meeting", "exchange_type": "bilateral", "content": content,
           "mechanism": ["bilateral", "leftist"],
           "contacts": [{"name": "A delegation", "kind": "party", "party": "Communist Party of Cuba"}]}
    row.update(more)
    return row


def test_page_rule_takes_item_zero_else_the_first_line():
    rows = [{"url": "u", "item": 1, "country": "Peru"}, {"url": "u", "item": 0, "country": "Cuba"},
            {"url": "v", "country": "Chile"}, {"url": "v", "country": "Peru"}]
    chosen = pages(rows)
    assert chosen["u"]["country"] == "Cuba" and chosen["v"]["country"] == "Chile"


def test_half_is_a_fixed_hash_of_the_url():
    import hashlib

    urls = [f"https://example.invalid/{i}.html" for i in range(40)]
    for url in urls:
        expected = "tune" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 2 == 0 else "check"
        assert half(url) == expected
    assert {half(u) for u in urls} == {"tune", "check"}


def test_normalisation_and_party_matching():
    assert norm("The Communist Party of Cuba (PCC)") == "communist party of cuba"
    assert norm_country("Trinidad & Tobago") == "trinidad and tobago"
    assert norm_country("St. Lucia") == "saint lucia"
    assert norm_country("México") == "mexico"
    assert same_party("Partido Socialista Unido de Venezuela", "Partido Socialista Unido de Venezuela (PSUV)")
    assert same_party("Broad Front", "Broad Front of Uruguay")  # containment past six letters
    assert not same_party("PT", "PTB")  # short names must be equal or close
    assert not same_party("", "Broad Front")
    # one party named twice (organisation, then a leader's affiliation) is one party
    assert distinct_parties({"contacts": [{"party": "Broad Front"}, {"party": "Broad Front (Uruguay)"},
                                          {"party": None}]}) == ["Broad Front"]


def test_reference_scores_follow_the_reference_rules():
    gold = {"a": _idcpc_gold("a"), "b": _idcpc_gold("b", content="knowledge exchange", event_type="seminar"),
            "c": {"url": "c", "source": "idcpc", "relevant": False},
            "d": _idcpc_gold("d", event_date=None)}
    predicted = {"a": {**_idcpc_gold("a"), "contacts": [{"party": "Communist Party of Cuba (PCC)"},
                                                        {"party": "Justicialist Party"}]},
                 "b": {**_idcpc_gold("b"), "country": "Brasil"},
                 "c": {"url": "c", "relevant": True}}
    res = reference_scores(gold, predicted)
    assert res["relevant_P"] == pytest.approx(2 / 3) and res["relevant_R"] == pytest.approx(2 / 3)
    assert res["country"] == pytest.approx(1 / 3)  # d has no record: every field empty
    assert res["event_date"] == pytest.approx(1.0)  # only gold rows with a date are scored
    assert res["party_P"] == pytest.approx(2 / 3) and res["party_R"] == pytest.approx(2 / 3)
    assert res["content_acc"] == pytest.approx(1 / 3)
    # daily: tp 1 (a), fp 1 (b), fn 1 (d) → F1 0.5; knowledge: tp 0 → F1 0
    assert res["content_macroF1"] == pytest.approx(0.25)
    assert (res["n_gold"], res["n_relevant"], res["n_pred"]) == (4, 3, 3)
    assert "mfa_partnership" not in res


def test_bootstrap_is_fixed_and_brackets_the_score():
    gold = {f"u{i}": _idcpc_gold(f"u{i}", content="knowledge exchange" if i % 3 else "daily interaction")
            for i in range(30)}
    predicted = {u: {**g, "content": "daily interaction"} if i % 4 == 0 else g
                 for i, (u, g) in enumerate(gold.items())}
    first = bootstrap(gold, predicted, reps=200, seed=3)
    assert first == bootstrap(gold, predicted, reps=200, seed=3)
    value = reference_scores(gold, predicted)["content_acc"]
    low, high = first["content_acc"]
    assert low <= value <= high and low < high
    assert first["country"] == (1.0, 1.0)


def test_a_score_no_page_makes_is_printed_not_applicable_and_kept_as_the_reference_gives_it():
    """Foreign-ministry pages name no parties: on such a half party precision is made of no page.
    score.py gives 0 there (kept, so the numbers agree), but the table says n/a, not 0.000."""
    gold = {f"m{i}": {"url": f"m{i}", "source": "mfa", "relevant": True, "country": "Peru",
                      "event_date": "2019-05-10", "event_type": "talks", "contacts": []} for i in range(12)}
    scores = reference_scores(gold, dict(gold))
    intervals = bootstrap(gold, dict(gold), reps=100)
    assert scores["party_P"] == 0.0 and intervals["party_P"] == NO_PAGE
    assert _with_interval(scores["party_P"], intervals["party_P"]) == f"n/a ({NO_PAGE})"
    assert _with_interval(scores["country"], intervals["country"]) == "1.000 (1.00–1.00)"


def test_no_interval_below_a_sensible_number_of_pages_and_none_that_misses_its_score():
    """Two relevant pages of five, both right: a resample that draws no relevant page cannot
    score country, and counting it as 0 gave 1.000 (0.00-1.00); on so few pages no interval is
    honest, so none is given ("n too small")."""
    gold = {"a": _idcpc_gold("a"), "b": _idcpc_gold("b"),
            **{u: {"url": u, "source": "idcpc", "relevant": False} for u in "cde"}}
    intervals = bootstrap(gold, dict(gold), reps=200)
    assert intervals["country"] == TOO_SMALL and intervals["relevant_F1"] == TOO_SMALL
    row = _with_interval(reference_scores(gold, dict(gold))["country"], intervals["country"])
    assert row == f"1.000 ({TOO_SMALL})"
    # enough pages: a resample that draws no page a score is made of is left out, not scored 0
    many = {**{f"r{i}": _idcpc_gold(f"r{i}") for i in range(MIN_PAGES)},
            **{f"n{i}": {"url": f"n{i}", "source": "idcpc", "relevant": False} for i in range(40)}}
    intervals = bootstrap(many, dict(many), reps=300)
    assert intervals["country"] == (1.0, 1.0) and intervals["relevant_P"] == (1.0, 1.0)
    wrong = {u: {**g, "country": "Peru"} if u in ("r0", "r1") else g for u, g in many.items()}
    scores = reference_scores(many, wrong)
    for seed in range(5):  # every interval given holds its own score
        for name, interval in bootstrap(many, wrong, reps=200, seed=seed).items():
            if isinstance(interval, tuple):
                assert interval[0] <= scores[name] <= interval[1], (name, interval, scores[name])


def test_confusion_cells_and_largest_errors():
    gold = {"a": _idcpc_gold("a"), "b": _idcpc_gold("b"), "c": _idcpc_gold("c", event_type="seminar"),
            "m": {"url": "m", "source": "mfa", "relevant": True, "event_type": "talks", "country": "Peru"}}
    predicted = {"a": _idcpc_gold("a", event_type="delegation_visit_abroad"),
                 "b": _idcpc_gold("b", event_type="delegation_visit_abroad", mechanism=["bilateral"]),
                 "c": _idcpc_gold("c", event_type="seminar")}
    cells = confusion(gold, predicted, "event_type")
    assert cells[("meeting", "delegation_visit_abroad")] == 2 and cells[("talks", "none")] == 1
    assert largest_errors(cells, 1) == [("meeting", "delegation_visit_abroad", 2)]
    mechanism = confusion(gold, predicted, "mechanism")  # foreign-ministry pages have no mechanism
    assert sum(mechanism.values()) == 3 and mechanism[("bilateral+leftist", "bilateral")] == 1
    table = confusion_table(cells)
    assert table[0][0] == "gold \\ dipex" and "seminar" in table[0]


# --- exchange level ------------------------------------------------------------------------------

def _item(url, item, country, party=None, name="", **more):
    record = {"url": url, "item": item, "relevant": True, "country": country,
              "contacts": [{"name": name, "kind": "party", "party": party}] if party or name else [],
              "event_type": "message", "content": "daily interaction", "mechanism": ["bilateral"]}
    record.update(more)
    return record


def test_exchange_matching_is_one_to_one_by_country_and_party():
    gold = [{"country": "Argentina", "party": "Justicialist Party", "counterpart": "Ana Example"},
            {"country": "Argentina", "party": "Radical Civic Union", "counterpart": "Bruno Sample"},
            {"country": "Jamaica", "party": "People's National Party", "counterpart": "Carla Test"}]
    items = [_item("p", 0, "Argentina", "Radical Civic Union (UCR)"),
             _item("p", 1, "Argentina", "Justicialist Party"),
             _item("p", 2, "Jamaica"),  # party missed: the only Jamaican exchange still matches
             _item("p", 3, "Argentina", "Justicialist Party")]  # a second record of one exchange
    assert match_exchanges(gold, items) == [(0, 1), (1, 0), (2, 2)]
    # a named party that contradicts is not the same exchange, even in the same country
    assert exchange_similarity(gold[0], _item("p", 0, "Argentina", "Socialist Party")) is None
    assert exchange_similarity(gold[0], _item("p", 0, "Uruguay", "Justicialist Party")) is None
    # a shared name word counts when the party is not named
    assert exchange_similarity(gold[1], _item("p", 0, "Argentina", name="Bruno Sample")) == 1


def test_exchange_scores_precision_recall_and_count_error():
    gold_pages = [
        {"url": "p1", "exchanges": [{"country": "Dominica", "party": "Dominica Labour Party",
                                     "counterpart": "", "event_type": "message",
                                     "content": "daily interaction", "mechanism": ["bilateral"],
                                     "event_date": None},
                                    {"country": "Jamaica", "party": "People's National Party",
                                     "counterpart": "", "event_type": "message",
                                     "content": "daily interaction", "mechanism": ["bilateral"],
                                     "event_date": None}]},
        {"url": "p2", "exchanges": []},
        {"url": "p3", "exchanges": [{"country": "Cuba", "party": "Communist Party of Cuba", "counterpart": "",
                                     "event_type": "message", "content": "daily interaction",
                                     "mechanism": ["bilateral", "leftist"], "event_date": "2021-07-01"}]},
    ]
    records = [_item("p1", 1, "Jamaica", "People's National Party"),
               _item("p1", 0, "Dominican Republic", "Dominican Liberation Party"),  # a look-alike
               _item("p2", 0, "Peru", "Peruvian Aprista Party"),
               {**_item("p2", 1, "Peru"), "relevant": False},  # not an exchange: not counted
               {**_item("p1", 2, "multilateral"), "collective": True},  # the page's coding: not counted
               _item("p3", 0, "Cuba", "Communist Party of Cuba", event_date="2021-07-01")]
    res = exchange_scores(gold_pages, records)
    assert (res["n_gold_exchanges"], res["n_items"], res["n_matched"]) == (3, 4, 2)
    assert res["exchange_P"] == pytest.approx(0.5) and res["exchange_R"] == pytest.approx(2 / 3)
    assert res["count_error"] == pytest.approx(1 / 3)  # p1: 2 vs 2, p2: 1 vs 0, p3: 1 vs 1
    assert res["count_exact"] == pytest.approx(2 / 3)
    assert res["matched_mechanism"] == pytest.approx(0.5)  # Cuba: leftist missing
    assert res["matched_event_date"] == pytest.approx(1.0)


def test_evaluate_command_scores_a_multi_exchange_file(tmp_path, capsys):
    gold = tmp_path / "multi.jsonl"
    _write(gold, [json.dumps({"url": "p3", "source": "idcpc", "lang": "en", "title": "Messages", "text": "",
                              "exchanges": [{"country": "Cuba", "party": "Communist Party of Cuba",
                                             "counterpart": "", "event_type": "message"}]})])
    records = tmp_path / "records.jsonl"
    _write(records, [json.dumps(_item("p3", 0, "Cuba", "Communist Party of Cuba"))])
    assert pipeline.main(["evaluate", "--gold", str(gold), "--records", str(records)]) == 0
    out = capsys.readouterr().out
    assert "exchange level" in out and "exchange_F1" in out and "page level" not in out


def test_a_page_coded_in_two_gold_files_is_scored_against_each_sources_record(tmp_path, capsys):
    """One release coded as an IDCPC page and as a foreign-ministry page: each gold file is scored
    against the record extracted for its own source, as score.py scores each file alone."""
    row = {"url": "p9", "lang": "en", "title": "Talks", "text": "", "relevant": True, "country": "Cuba"}
    idcpc_gold, mfa_gold = tmp_path / "idcpc.jsonl", tmp_path / "mfa.jsonl"
    _write(idcpc_gold, [json.dumps({**row, "source": "idcpc", "event_type": "meeting"})])
    _write(mfa_gold, [json.dumps({**row, "source": "mfa", "event_type": "talks"})])
    idcpc_records, mfa_records = tmp_path / "idcpc.pred.jsonl", tmp_path / "mfa.pred.jsonl"
    _write(idcpc_records, [json.dumps(_item("p9", 0, "Cuba", source="idcpc", event_type="meeting"))])
    _write(mfa_records, [json.dumps(_item("p9", 0, "Cuba", source="mfa", event_type="talks"))])
    assert pipeline.main(["evaluate", "--gold", str(idcpc_gold), "--gold", str(mfa_gold), "--records",
                          str(idcpc_records), "--records", str(mfa_records), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result[str(idcpc_gold)]["pages"]["all"]["event_type"] == 1.0
    assert result[str(mfa_gold)]["pages"]["all"]["event_type"] == 1.0


# --- identical to the reference scorer on the dev files, when they are here -------------------------

SCORE_PY = DEV.parent / "score.py"


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/eval/score.py not available")
def test_same_numbers_as_the_reference_scorer_on_dev(tmp_path):
    """Both halves and the whole of each dev file, on records the extractor makes (read, not copied)."""
    import importlib.util

    from nlp.extract import extract_many

    spec = importlib.util.spec_from_file_location("reference_score", SCORE_PY)
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    for name in ("idcpc.jsonl", "mfa.jsonl"):
        rows, problems = read_gold(DEV / name)
        assert not problems
        predicted_path = tmp_path / f"pred-{name}"
        predicted_rows = [record.to_dict() for record in extract_many(rows)]
        _write(predicted_path, [json.dumps(r, ensure_ascii=False) for r in predicted_rows])
        gold_ref, predicted_ref = reference.load(DEV / name), reference.load(predicted_path)
        gold, predicted = pages(rows), pages(predicted_rows)
        assert reference_scores(gold, predicted) == reference.score(gold_ref, predicted_ref)
        for which in ("tune", "check"):
            assert all(half(u) == reference.half(u) for u in gold)
            subset = {u: g for u, g in gold.items() if half(u) == which}
            subset_ref = {u: g for u, g in gold_ref.items() if reference.half(u) == which}
            assert reference_scores(subset, predicted) == reference.score(subset_ref, predicted_ref)
