"""An undone review save is withdrawn everywhere: apply, classify, train, agreement see nothing of
it, and the label file keeps every line (the undo is an appended event)."""

from __future__ import annotations

from learn_helpers import DAILY, KNOWLEDGE, put_corpus, record_of, records_in, small_set, write_labels

from dipex.workspace import Workspace
from learn import dataset
from learn.classify import classify_store
from learn.labels import Label, LabelStore, effective, undo_event
from learn.train import train
from review.saving import decide, undo_last
from review.state import state_of
from review.vocab import Vocab


def _save_and_undo(ws: Workspace, record, values: dict) -> None:
    store = LabelStore(ws.labels_dir)
    decide(store, state_of(record, store.current()), "maria", values, "save", Vocab())
    undone = undo_last(store, state_of(record, store.current()), "maria")
    assert undone.save_id and sorted(undone.fields) == sorted(values)


def test_classify_never_turns_an_undone_guess_into_a_human_label(tmp_path):
    ws = Workspace(tmp_path)
    releases = small_set(2)
    records = [record_of(r) for r in releases]
    put_corpus(ws, releases, records)
    target = records[0]
    flipped = KNOWLEDGE if target.content == DAILY else DAILY
    _save_and_undo(ws, target, {"content": flipped, "country": "Chile"})

    classify_store(ws, progress=False)
    row = {r.key: r for r in records_in(ws.records_path)}[target.key]
    assert (row.content, row.content_source, row.content_prob) == (target.content, "rule", 0.6)
    assert row.country == target.country
    trail, _ = LabelStore(ws.labels_dir).read_all()
    assert len(trail) == 3 and trail[-1].field == "undo"  # append-only: 2 labels + 1 event
    assert LabelStore(ws.labels_dir).read()[0] == [] and LabelStore(ws.labels_dir).current() == {}


def test_a_label_baked_into_the_store_goes_when_its_save_is_undone(tmp_path):
    """classify after a save writes content_source=human into the store; after the undo, the next
    classify gives the rules' tag back (from the run's extraction cache)."""
    from nlp.records_db import RecordStore

    ws = Workspace(tmp_path)
    releases = small_set(2)
    records = [record_of(r) for r in releases]
    put_corpus(ws, releases, records)
    cache = RecordStore(ws.corpus_dir / "extracted.sqlite")
    cache.put_many(records)
    cache.close()
    target = records[0]
    store = LabelStore(ws.labels_dir)
    flipped = KNOWLEDGE if target.content == DAILY else DAILY
    decide(store, state_of(target, store.current()), "maria", {"content": flipped}, "save", Vocab())
    classify_store(ws, progress=False)
    assert {r.key: r for r in records_in(ws.records_path)}[target.key].content_source == "human"
    undo_last(store, state_of(target, store.current()), "maria")
    classify_store(ws, progress=False)
    row = {r.key: r for r in records_in(ws.records_path)}[target.key]
    assert (row.content, row.content_source) == (target.content, "rule")


def test_train_never_sees_an_undone_decision(tmp_path):
    ws = Workspace(tmp_path)
    labelled = small_set(6)
    write_labels(ws, labelled, note="review save 0123456789ab")
    write_labels(ws, labelled[:3], annotator="bo", note="review save 0000000000aa")
    store = LabelStore(ws.labels_dir)
    store.append(undo_event(labelled[0]["url"], labelled[0]["key"], "0123456789ab", "tester"))
    examples, report = dataset.build(ws, min_labels=0, min_per_class=0, with_examples=False)
    assert report.human == 3  # tester's whole save withdrawn: only bo's three remain
    assert {e.key for e in examples} == {r["key"] for r in labelled[:3]}
    assert not train(ws, with_examples=False, min_labels=0, min_per_class=0, progress=False).activated


def test_older_undo_lines_read_as_withdrawals():
    """Undo lines written before undo was a revert (values written back in the reviewer's name)
    withdraw their save too, and are no decision themselves."""
    save = Label(url="u", key="k", field="country", value="Chile", annotator="ana",
                 note="review save 0123456789ab")
    old_undo = Label(url="u", key="k", field="country", value="Cuba", annotator="ana",
                     note="review undo of 0123456789ab (fedcba987654)")
    other = Label(url="u", key="k", field="country", value="Chile", annotator="bo",
                  note="review save 0123456789ab")
    assert effective([save, old_undo, other]) == [other]  # withdrawn per annotator
