"""Property tests (Hypothesis, fixed seed, small budget) of the review API: whatever a page or a
hostile client sends — any JSON, any key, any filter — the answer is a page or a JSON error,
never a server error."""

from __future__ import annotations

import json
import re

import pytest
from hostile import CI, hostile_text
from hypothesis import given
from hypothesis import strategies as st
from review_corpus import VOCAB, build_corpus

from dipex.workspace import Workspace
from review.app import create_app

KEYS = ["idcpc:1001", "idcpc:1002", "mfa:2001", "idcpc:1003", "", "nope", "idcpc:1001#1"]
FIELDS = ["relevant", "country", "event_type", "event_date", "event_end", "content", "mechanism",
          "contacts", "counterpart", "partnership_action", "exchange_type"]

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), hostile_text,
              st.sampled_from(["Cuba", "meeting", "daily interaction", "2024-03-05", "yes"])),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(max_size=12), inner, max_size=4)),
    max_leaves=12,
)
payloads = st.one_of(
    json_values,
    st.fixed_dictionaries({
        "key": st.one_of(st.sampled_from(KEYS), json_values),
        "annotator": st.one_of(st.sampled_from(["ana", "bo", ""]), json_values),
        "mode": st.one_of(st.sampled_from(["save", "accept", "adjudicate"]), json_values),
        "values": st.one_of(st.dictionaries(st.sampled_from(FIELDS), json_values, max_size=4), json_values),
        "comment": st.one_of(st.none(), hostile_text),
    }),
)


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    corpus = build_corpus(Workspace(tmp_path_factory.mktemp("review-props") / "project"))
    app = create_app(corpus.ws, annotator=None, vocab=VOCAB)
    app.config["TESTING"] = False  # errors answered as in use, not raised into the test
    test_client = app.test_client()
    page = test_client.get("/record?key=idcpc:1001", base_url="http://127.0.0.1")
    token = re.search(r'name="csrf-token" content="([^"]+)"', page.get_data(as_text=True)).group(1)
    return test_client, token


@CI
@given(payloads, st.sampled_from(["/api/save", "/api/undo"]))
def test_any_json_write_is_answered_without_a_server_error(client, payload, path):
    test_client, token = client
    answer = test_client.post(path, data=json.dumps(payload), content_type="application/json",
                              headers={"X-CSRF-Token": token}, base_url="http://127.0.0.1")
    assert answer.status_code < 500, answer.get_data(as_text=True)[:300]
    assert answer.is_json


@CI
@given(st.binary(max_size=200))
def test_any_body_is_answered_without_a_server_error(client, body):
    test_client, token = client
    answer = test_client.post("/api/save", data=body, content_type="application/json",
                              headers={"X-CSRF-Token": token}, base_url="http://127.0.0.1")
    assert answer.status_code < 500


@CI
@given(st.one_of(st.sampled_from(KEYS), hostile_text), hostile_text)
def test_any_key_or_filter_in_a_page_address(client, key, filter_value):
    test_client, _ = client
    for path, params in (("/record", {"key": key}), ("/api/state", {"key": key}),
                         ("/", {"country": filter_value, "source": filter_value, "year": filter_value}),
                         ("/archive", {"key": key}), ("/api/parties", {"q": filter_value})):
        answer = test_client.get(path, query_string=params, base_url="http://127.0.0.1")
        assert answer.status_code < 500, (path, answer.status_code)
