"""Review of a page that reports two exchanges: the page's items side by side, and a correction
to one item is a label of that item only (over loopback HTTP, real SQLite and label files)."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
import requests
from review_corpus import VOCAB, Corpus, build_corpus
from werkzeug.serving import make_server

from dipex.workspace import Workspace
from learn.apply import apply_human_labels
from learn.labels import LabelStore
from nlp.records_db import RecordStore
from nlp.schema import Contact
from review.app import create_app
from review.state import state_of


@pytest.fixture
def two_items(tmp_path) -> Iterator[tuple[str, Corpus]]:
    """The corpus of the review tests, where page idcpc:1001 also reports a second exchange (a
    Uruguayan party met the same day) as item 1, and the app serving it."""
    corpus = build_corpus(Workspace(tmp_path / "project"))
    store = RecordStore(corpus.ws.records_path)
    try:
        first = store.get("idcpc:1001")
        second = replace(first, item=1, country="Uruguay",
                         contacts=[Contact("Fernando Pereira", "party", "uy-fa", "Broad Front")],
                         evidence={}, content_prob=0.55)
        store.put_page([first, second])
    finally:
        store.close()
    app = create_app(corpus.ws, annotator=None, vocab=VOCAB)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", corpus
    finally:
        server.shutdown()
        thread.join(timeout=5)


def test_a_pages_items_are_shown_together(two_items):
    url, _ = two_items
    page = requests.get(url + "/record", params={"key": "idcpc:1001#1"}, timeout=10)
    assert page.status_code == 200
    nav = re.search(r'<nav class="page-items".*?</nav>', page.text, re.S).group()
    assert "This page reports 2 exchanges" in nav
    assert "1. Cuba: Roberto Morales Ojeda" in nav and "2. Uruguay: Fernando Pereira" in nav
    assert 'aria-current="true">2. Uruguay' in nav  # the item on screen is marked, the other linked
    assert "key=idcpc%3A1001&amp;" not in nav and "key=idcpc%3A1001" in nav
    queue = requests.get(url + "/", timeout=10).text
    assert queue.count("Liu Jianchao Meets") == 2  # each exchange is a row of the queue


def test_a_correction_to_one_item_is_a_label_of_that_item(two_items):
    url, corpus = two_items
    session = requests.Session()
    page = session.get(url + "/record", params={"key": "idcpc:1001#1"}, timeout=10)
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
    answer = session.post(url + "/api/save", json={
        "key": "idcpc:1001#1", "annotator": "ana", "mode": "save",
        "values": {"content": "knowledge exchange"}}, headers={"X-CSRF-Token": token}, timeout=10)
    assert answer.status_code == 200, answer.text
    labels, problems = LabelStore(corpus.ws.labels_dir).read()
    assert not problems and len(labels) == 1
    label = labels[0]
    assert (label.key, label.item, label.field, label.doc) == ("idcpc:1001", 1, "content", "idcpc:1001#1")

    store = RecordStore(corpus.ws.records_path)
    try:
        first, second = store.page("idcpc:1001")
    finally:
        store.close()
    current = LabelStore(corpus.ws.labels_dir).current()
    assert state_of(second, current).fields["content"].value == "knowledge exchange"
    assert not state_of(first, current).fields["content"].labelled  # item 0 untouched
    applied = list(apply_human_labels([first, second], LabelStore(corpus.ws.labels_dir)))
    assert [r.content for r in applied] == ["daily interaction", "knowledge exchange"]
    assert applied[1].content_source == "human" and applied[0].content_source == "rule"

    undo = session.post(url + "/api/undo", json={"key": "idcpc:1001", "annotator": "ana"},
                        headers={"X-CSRF-Token": token}, timeout=10)
    assert undo.status_code == 200 and undo.json()["undone"] is None  # nothing was saved on item 0
    undo = session.post(url + "/api/undo", json={"key": "idcpc:1001#1", "annotator": "ana"},
                        headers={"X-CSRF-Token": token}, timeout=10)
    assert undo.status_code == 200 and undo.json()["undone"] == label.save_id
    after = LabelStore(corpus.ws.labels_dir).current()
    assert not state_of(second, after).fields["content"].labelled


def test_a_pages_collective_record_is_shown_as_the_page_not_as_an_exchange(tmp_path):
    """A roundup of several countries keeps the page's own record as item 0 (collective): the
    review page names it as the page and counts the exchanges without it."""
    corpus = build_corpus(Workspace(tmp_path / "project"))
    store = RecordStore(corpus.ws.records_path)
    try:
        first = store.get("idcpc:1001")
        page = replace(first, item=0, collective=True, country="multilateral", evidence={})
        cuba = replace(first, item=1, evidence={})
        uruguay = replace(first, item=2, country="Uruguay", evidence={},
                          contacts=[Contact("Fernando Pereira", "party", "uy-fa", "Broad Front")])
        store.put_page([page, cuba, uruguay])
    finally:
        store.close()
    server = make_server("127.0.0.1", 0, create_app(corpus.ws, annotator=None, vocab=VOCAB), threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        answer = requests.get(f"http://127.0.0.1:{server.server_port}/record",
                              params={"key": "idcpc:1001#2"}, timeout=10)
    finally:
        server.shutdown()
        thread.join(timeout=5)
    assert answer.status_code == 200
    nav = re.search(r'<nav class="page-items".*?</nav>', answer.text, re.S).group()
    assert "This page reports 2 exchanges" in nav
    assert "the page as one record (multilateral)" in nav
    assert "1. Cuba: Roberto Morales Ojeda" in nav and "2. Uruguay: Fernando Pereira" in nav
