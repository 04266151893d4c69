"""What the content model sees: the codebook's grounds as the extractor found them."""

from __future__ import annotations

from learn_helpers import DAILY, KNOWLEDGE, record_of, small_set
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from learn import features
from learn.model import ContentModel
from nlp.schema import Contact, Record, Span


def _record(**changes) -> Record:
    record = Record(url="u", source="idcpc", lang="en", relevant=True, event_type="meeting",
                    exchange_type="bilateral", content=DAILY, content_source="rule",
                    contacts=[Contact("A delegation", "party", "x", "Communist Party of Cuba")],
                    mechanism=["bilateral", "leftist"])
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def test_facts_carry_event_type_family_and_participant_cues():
    tokens = features.facts_of(_record(event_type="seminar", content=KNOWLEDGE)).split()
    assert {"event_type=seminar", "family=knowledge", "parties=1", "contact=party"} <= set(tokens)
    # A meeting the rules still call knowledge exchange: a group that came for a course or a tour.
    group = features.facts_of(_record(content=KNOWLEDGE)).split()
    assert "family=daily" in group and "participants=group" in group
    many = _record(contacts=[Contact("A", "party", "a", "Broad Front"),
                             Contact("B", "party", "b", "Colorado Party"),
                             Contact("C", "party", "c", "National Party")])
    assert {"parties=2-3", "participants=many"} <= set(features.facts_of(many).split())
    untyped = features.facts_of(Record(url="v")).split()  # no type is no evidence: no token
    assert not any(t.startswith(("event_type=", "family=")) for t in untyped)
    titled = _record(evidence={"event_type": [Span(0, 5, "Meets", "title")]})
    assert "type_from=title" in features.facts_of(titled).split()


def test_the_rules_tag_survives_a_model_or_a_person_re_tagging():
    assert features.rule_token(_record()) == "rule=daily"
    by_model = _record(content=KNOWLEDGE, content_source="model",
                       notes=["rule tag: daily interaction (p=0.800)"])
    assert features.rule_token(by_model) == "rule=daily"
    by_person = _record(event_type="forum", content=DAILY, content_source="human")
    assert features.rule_content(by_person) == KNOWLEDGE  # the rule the extractor applies to a forum
    assert features.rule_token(Record(url="v")) == "rule=none"


def test_frame_has_a_column_per_block_and_an_older_model_reads_only_its_own():
    items = [(record_of(r), r["text"]) for r in small_set(3)]
    data = features.frame(items)
    assert list(data.columns) == list(features.COLUMNS) and data["rule"].str.startswith("rule=").all()
    # A model saved before the ``rule`` column existed still predicts.
    older = Pipeline([("features", ColumnTransformer([("title", TfidfVectorizer(), "title"),
                                                      ("facts", TfidfVectorizer(), "facts")])),
                      ("classifier", LogisticRegression())])
    older.fit(data[["title", "body", "facts"]], [r["value"] for r in small_set(3)])
    predictions = ContentModel("old", older).predict(items)
    assert len(predictions) == 6 and all(tag in (DAILY, KNOWLEDGE) for tag, _ in predictions)


def test_retrain_benchmark_says_so_and_exits_0_without_the_dev_set(tmp_path, capsys):
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "bench" / "retrain.py"
    spec = importlib.util.spec_from_file_location("bench_retrain", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--dev", str(tmp_path / "absent")]) == 0
    assert "not found" in capsys.readouterr().out
