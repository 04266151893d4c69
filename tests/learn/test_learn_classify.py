"""classify: versions on every row, the model's tags, human labels always winning."""

from __future__ import annotations

from learn_helpers import DAILY, KNOWLEDGE, put_corpus, record_of, records_in, small_set, write_labels

from dipex.workspace import Workspace
from learn import model
from learn.apply import apply_human_labels
from learn.classify import classify_records, rule_tag
from learn.labels import Label, LabelStore
from learn.queue import review_queue, uncertainty
from learn.train import train
from pipeline import main


def _trained(tmp_path) -> tuple[Workspace, list[dict]]:
    ws = Workspace(tmp_path)
    labelled = small_set(15)
    write_labels(ws, labelled)
    assert train(ws, with_examples=False, progress=False).activated
    keys = {r["key"] for r in labelled}
    return ws, [r for r in small_set(28, seed=5) if r["key"] not in keys]


def _trained_against_the_rules(tmp_path) -> tuple[Workspace, list[dict]]:
    """A model whose labels all contradict the rules' tags on the labelled records: the rules' tag
    is one of its features, and these labels teach it that the rules are wrong."""
    ws = Workspace(tmp_path)
    labelled = small_set(15)
    put_corpus(ws, labelled, [record_of(r, content=DAILY if r["value"] == KNOWLEDGE else KNOWLEDGE)
                              for r in labelled])
    write_labels(ws, labelled)
    assert train(ws, with_examples=False, progress=False).activated
    keys = {r["key"] for r in labelled}
    return ws, [r for r in small_set(28, seed=5) if r["key"] not in keys]


def test_classify_stamps_the_model_version_on_every_row_and_humans_win(tmp_path, capsys):
    ws, releases = _trained_against_the_rules(tmp_path)
    corpus = releases[:12]
    # The rules got every tag wrong; one release is not relevant.
    records = [record_of(r, content=DAILY if r["value"] == KNOWLEDGE else KNOWLEDGE) for r in corpus]
    records[0].relevant, records[0].content, records[0].content_source = False, None, None
    put_corpus(ws, corpus, records)
    LabelStore(ws.labels_dir).append(Label(url=corpus[1]["url"], key=corpus[1]["key"], field="content",
                                           value=DAILY, annotator="maria"))

    assert main(["--workdir", str(tmp_path), "classify"]) == 0

    version = model.active_version(ws)
    everything = records_in(ws.records_path)
    assert all(r.versions["model"] == version for r in everything)
    rows = {r.key: r for r in everything if r.key in {c["key"] for c in corpus}}
    first = rows[corpus[0]["key"]]
    assert len(rows) == 12 and first.content is None and first.content_source is None
    human = rows[corpus[1]["key"]]
    assert (human.content, human.content_source, human.content_prob) == (DAILY, "human", 1.0)
    tagged = [rows[r["key"]] for r in corpus[2:]]
    assert all(r.content_source == "model" and 0.5 <= r.content_prob <= 1 for r in tagged)
    right = sum(r.content == c["value"] for r, c in zip(tagged, corpus[2:], strict=True))
    assert right >= 8  # taught by the labels, the model undoes most of the rules' (wrong) tags
    assert all(rule_tag(r)[0] != r2["value"] for r, r2 in zip(tagged, corpus[2:], strict=True))
    out = capsys.readouterr().out
    assert version in out and "human" in out and "model" in out


def test_without_a_model_the_rule_tag_stays_and_humans_still_win(tmp_path):
    ws = Workspace(tmp_path)
    releases = small_set(2)
    records = [record_of(r) for r in releases]
    LabelStore(ws.labels_dir).append(Label(url=releases[0]["url"], key=releases[0]["key"], field="content",
                                           value=KNOWLEDGE, annotator="maria"))
    out = list(classify_records(ws, records))
    assert out[0].content == KNOWLEDGE and out[0].content_source == "human"
    assert all(r.versions["model"] == "none" for r in out)
    assert [r.content_source for r in out[1:]] == ["rule"] * 3
    assert [r.content for r in out[1:]] == [r["value"] for r in releases[1:]]


def test_apply_adjudication_wins_disagreement_keeps_value_with_a_note(tmp_path):
    store = LabelStore(tmp_path)
    a, b = (record_of(r) for r in small_set(1))
    store.append([
        Label(url=a.url, key=a.key, field="content", value=KNOWLEDGE, annotator="x"),
        Label(url=a.url, key=a.key, field="content", value=DAILY, annotator="y"),
        Label(url=b.url, key=b.key, field="content", value=DAILY, annotator="x"),
        Label(url=b.url, key=b.key, field="content", value=KNOWLEDGE, annotator="y"),
        Label(url=b.url, key=b.key, field="content", value=KNOWLEDGE, annotator="z",
              note="adjudication: a training course"),
        Label(url=b.url, field="country", value="Cuba", annotator="x"),  # by url only
        Label(url=b.url, field="mechanism", value=["leftist", "bilateral"], annotator="x"),
        Label(url=b.url, field="mechanism", value=["bilateral", "leftist"], annotator="y"),
    ])
    before = a.content
    first, second = apply_human_labels([a, b], store)
    assert first.content == before and first.content_source == "rule"
    assert any("annotators disagree on content" in note and "'x'" not in note for note in first.notes)
    assert (second.content, second.content_source) == (KNOWLEDGE, "human")
    assert second.country == "Cuba" and sorted(second.mechanism) == ["bilateral", "leftist"]


def test_queue_most_uncertain_first_then_disagreement_skipping_reviewed(tmp_path, capsys):
    ws = Workspace(tmp_path)
    releases = small_set(3)
    records = [record_of(r, key=f"k{i}") for i, r in enumerate(releases)]
    probs = [0.95, 0.55, 0.8, 0.8, 0.6, 0.99]
    for record, prob in zip(records, probs, strict=True):
        record.content_prob = prob
    # k3 was re-tagged by a model that disagrees with the rules' tag (kept in its note).
    records[3].notes.append(f"rule tag: {KNOWLEDGE if records[3].content == DAILY else DAILY} (p=0.700)")
    records[3].content_source = "model"
    records[5].relevant = False
    LabelStore(ws.labels_dir).append(Label(url=records[4].url, key="k4", field="relevant", value=True,
                                           annotator="maria"))
    items = review_queue(ws, records)
    assert [item.key for item in items] == ["k1", "k3", "k2", "k0", "k5"]
    assert items[0].uncertainty == uncertainty(0.55) and abs(uncertainty(0.55) - 0.9) < 1e-9
    assert items[1].disagreement and "rules say" in items[1].reason
    assert not items[-1].relevant
    everything = review_queue(ws, records, include_reviewed=True)
    assert [item.key for item in everything] == ["k1", "k4", "k3", "k2", "k0", "k5"]

    assert main(["--workdir", str(tmp_path), "queue", "--json"]) == 0  # empty store: nothing, no crash
    assert main(["--workdir", str(tmp_path), "queue"]) == 0
    assert "nothing to review" in capsys.readouterr().out


def test_classify_a_file_of_records_with_the_active_model(tmp_path, capsys):
    """``classify --input/--output``: same lines, same order, unknown keys kept, bad lines copied."""
    import json

    ws, releases = _trained(tmp_path / "project")
    corpus = releases[:4]
    records = [record_of(r) for r in corpus]
    records[1].item = 1  # a page's second exchange keeps its item
    records[3].relevant, records[3].content, records[3].content_source = False, None, None
    source = tmp_path / "records.jsonl"
    lines = [json.dumps({**record.to_dict(), "pipeline_note": "kept"}) for record in records]
    lines.insert(2, "{not a record")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    documents = tmp_path / "docs.jsonl"
    documents.write_text("\n".join(json.dumps({"url": r["url"], "text": r["text"]}) for r in corpus) + "\n",
                         encoding="utf-8")
    target = tmp_path / "out" / "tagged.jsonl"

    code = main(["--workdir", str(ws.root), "classify", "--input", str(source), "--output", str(target),
                 "--documents", str(documents)])

    assert code == 1  # one line was not a record
    out_lines = target.read_text(encoding="utf-8").splitlines()
    assert out_lines[2] == "{not a record" and len(out_lines) == 5
    rows = [json.loads(line) for i, line in enumerate(out_lines) if i != 2]
    assert [r["url"] for r in rows] == [r.url for r in records] and rows[1]["item"] == 1
    assert all(r["pipeline_note"] == "kept" for r in rows)
    version = model.active_version(ws)
    assert all(r["versions"]["model"] == version for r in rows)
    assert [r["content_source"] for r in rows] == ["model", "model", "model", None]
    assert sum(r["content"] == c["value"] for r, c in zip(rows[:3], corpus[:3], strict=True)) >= 2
    assert "3 tagged by the model" in capsys.readouterr().out

    # Without a model the rules' tags stay and the command says so (exit 1); a missing input is 2.
    bare = tmp_path / "bare"
    assert main(["--workdir", str(bare), "classify", "--input", str(documents), "--output",
                 str(tmp_path / "o.jsonl")]) == 1
    assert "none active" in capsys.readouterr().out
    assert main(["--workdir", str(bare), "classify", "--input", str(tmp_path / "none.jsonl"),
                 "--output", str(tmp_path / "o.jsonl")]) == 2
    assert main(["--workdir", str(bare), "classify", "--input", str(documents)]) == 2


def test_an_active_model_whose_folder_is_gone_is_an_error_not_silently_the_rules(tmp_path, capsys):
    """``models/ACTIVE`` naming a version whose folder was lost (a partial restore, a cleanup):
    falling back to the rules' tags would change every row's content in the next export with
    exit 0 and no word. It is an error, as a damaged model file is, and names the way out."""
    import shutil

    import pytest

    ws, releases = _trained(tmp_path)
    corpus = releases[:6]
    put_corpus(ws, corpus, [record_of(r) for r in corpus])
    assert main(["--workdir", str(tmp_path), "classify"]) == 0
    before = {r.key: (r.content, r.content_source) for r in records_in(ws.records_path)}
    version = model.active_version(ws)
    shutil.rmtree(ws.models_dir / version)
    capsys.readouterr()

    with pytest.raises(model.ModelError, match=f"models/ACTIVE names {version}"):
        model.ContentModel.active(ws)
    assert main(["--workdir", str(tmp_path), "classify"]) == 2
    out = capsys.readouterr().out
    assert version in out and "train" in out
    assert {r.key: (r.content, r.content_source) for r in records_in(ws.records_path)} == before
    # train still works (it makes a new model and activates it): the way out
    assert train(ws, with_examples=False, progress=False).activated
    assert model.ContentModel.active(ws) is not None
