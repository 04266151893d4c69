"""train: a small labelled set, the no-regression guard, saved artefacts, the weak-label fallback."""

from __future__ import annotations

import json
import random

import pytest
import skops.io as sio
from learn_helpers import DAILY, KNOWLEDGE, put_corpus, record_of, small_set, write_labels

from dipex.workspace import Workspace
from learn import model
from learn.labels import Label, LabelStore
from learn.train import train
from pipeline import main


def test_train_on_a_small_labelled_set_saves_a_versioned_model(tmp_path, capsys):
    ws = Workspace(tmp_path)
    releases = small_set(15)
    write_labels(ws, releases)

    assert main(["--workdir", str(tmp_path), "train", "--no-examples"]) == 0

    out = capsys.readouterr().out
    assert "macro-F1" in out and "confusion matrix" in out and "knowledge exchange" in out
    version = model.active_version(ws)
    assert version and f"models/{version}/" in out
    meta = json.loads((ws.models_dir / version / "metadata.json").read_text())
    assert meta["n_labels"] == 30 and meta["n_human"] == 30 and meta["n_weak"] == 0
    assert meta["classes"] == {DAILY: 15, KNOWLEDGE: 15}
    assert set(meta) >= {"labels_hash", "gazetteer_version", "extractor_version", "metrics", "date"}
    assert meta["metrics"]["macro_f1"] > 0.8
    assert meta["calibrated"] is True
    assert meta["features"]["version"] == 3 and "rule" in meta["features"]["columns"]
    assert sum(map(sum, meta["metrics"]["confusion"]["matrix"])) == 30
    # skops, no pickle: the file is a zip archive loadable with the explicit trusted list only.
    assert (ws.models_dir / version / "model.skops").read_bytes()[:2] == b"PK"
    loaded = model.ContentModel.active(ws)
    held_out = [r for r in small_set(20, seed=9) if r not in releases][:6]
    predictions = loaded.predict([(record_of(r), r["text"]) for r in held_out])
    assert all(tag in (DAILY, KNOWLEDGE) and 0.5 <= prob <= 1 for tag, prob in predictions)


def test_a_worse_model_is_refused_and_force_replaces_the_active_one(tmp_path, capsys):
    ws = Workspace(tmp_path)
    releases = small_set(16)
    write_labels(ws, releases)
    first = train(ws, with_examples=False, progress=False)
    assert first.activated
    # An adjudicator "corrects" 40% of the releases to the wrong class: the labels get noisy.
    flipped = {r["key"] for r in random.Random(3).sample(releases, 13)}
    write_labels(ws, releases, annotator="careless", note="adjudication (test)", flip=flipped,
                 time="2026-02-01T00:00:00+00:00")

    assert main(["--workdir", str(tmp_path), "train", "--no-examples"]) == 1
    out = capsys.readouterr().out
    assert f"not replacing the active model {first.version}" in out and "--force" in out
    assert model.active_version(ws) == first.version
    assert len([p for p in ws.models_dir.iterdir() if p.is_dir()]) == 1

    assert main(["--workdir", str(tmp_path), "train", "--no-examples", "--force"]) == 0
    forced = model.active_version(ws)
    assert forced != first.version
    meta = model.metadata(ws, forced)
    assert meta["forced"] is True and meta["previous"] == first.version
    assert meta["metrics"]["macro_f1"] < first.metrics["macro_f1"]


def test_untrusted_types_in_a_model_file_are_refused(tmp_path):
    ws = Workspace(tmp_path)
    folder = ws.models_dir / "v1"
    folder.mkdir(parents=True)
    sio.dump({"pipeline": random.Random(1)}, folder / model.MODEL_FILE)
    with pytest.raises(model.ModelError, match="untrusted types"):
        model.load(ws, "v1")


def test_too_few_labels_fall_back_to_rule_tags_as_weak_labels(tmp_path):
    ws = Workspace(tmp_path)
    releases = small_set(12)
    human = releases[:3] + releases[12:15]
    write_labels(ws, human)
    # The rules tagged every other release in the records store (text in the catalog).
    put_corpus(ws, releases)

    result = train(ws, with_examples=False, progress=False)

    assert result.activated
    assert result.report.human == 6 and result.report.weak == 18
    assert any("weak labels" in message for message in result.messages)
    assert model.metadata(ws, result.version)["n_weak"] == 18


def test_no_labels_and_no_records_means_no_model(tmp_path, capsys):
    assert main(["--workdir", str(tmp_path), "train", "--no-examples"]) == 2
    assert "rule tags" in capsys.readouterr().out
    assert model.active_version(Workspace(tmp_path)) is None


def test_labels_joined_to_catalog_text_and_broken_lines_skipped(tmp_path):
    ws = Workspace(tmp_path)
    releases = small_set(10)
    put_corpus(ws, releases)
    # A user's labels carry no text: they point at corpus documents by key/url + text hash.
    LabelStore(ws.labels_dir).append(
        Label(url=r["url"], key=r["key"], field="content", value=r["value"], annotator="maria",
              text_sha256=r["text_sha256"]) for r in releases)
    with open(ws.labels_dir / "labels.jsonl", "a", encoding="utf-8") as handle:
        handle.write('{"url": "https://x", "field": "content", "value": "daily inter')

    result = train(ws, min_labels=10, with_examples=False, progress=False)

    assert result.report.human == 20 and result.report.weak == 0 and result.report.no_text == 0
    assert len(result.report.problems) == 1 and ":21: skipped" in result.report.problems[0]
    assert result.activated
