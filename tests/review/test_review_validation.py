"""Every write is validated: vocabulary on accept, adjudication only of disputed fields, date
order, bounded sizes, and hostile bodies answered with a JSON 400 — never a 500 — over HTTP."""

from __future__ import annotations

from learn.labels import Label, LabelStore
from nlp.records_db import RecordStore

CUBA_URL = "http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"


def post(session, token, url, payload):
    return session.post(url, json=payload, headers={"X-CSRF-Token": token}, timeout=10)


def raw_post(session, token, url, body: bytes):
    headers = {"X-CSRF-Token": token, "Content-Type": "application/json"}
    return session.post(url, data=body, headers=headers, timeout=10)


def stored(served) -> list[Label]:
    labels, problems = LabelStore(served.corpus.ws.labels_dir).read_all()
    assert not problems
    return labels


def test_accept_checks_the_record_values_it_writes(served):
    store = RecordStore(served.corpus.ws.records_path)
    record = store.get("idcpc:1002")
    record.event_type = "banquet"  # outside the IDCPC vocabulary
    store.put(record)
    store.close()
    session, token = served.session("idcpc:1002")
    answer = post(session, token, served.url + "/api/save",
                  {"key": "idcpc:1002", "annotator": "ana", "mode": "accept", "values": {}})
    assert answer.status_code == 400 and set(answer.json()["errors"]) == {"event_type"}
    assert "banquet" in answer.json()["errors"]["event_type"] and stored(served) == []
    fixed = post(session, token, served.url + "/api/save", {
        "key": "idcpc:1002", "annotator": "ana", "mode": "accept", "values": {"event_type": "seminar"}})
    assert fixed.ok and {lb.field: lb.value for lb in stored(served)}["event_type"] == "seminar"


def test_adjudicate_only_disputed_fields(served):
    LabelStore(served.corpus.ws.labels_dir).append([
        Label(url=CUBA_URL, key="idcpc:1001", field="country", value="Cuba", annotator="alice"),
        Label(url=CUBA_URL, key="idcpc:1001", field="country", value="Chile", annotator="bob"),
    ])
    session, token = served.session()
    url = served.url + "/api/save"
    answer = post(session, token, url, {"key": "idcpc:1001", "annotator": "carol", "mode": "adjudicate",
                                         "values": {"country": "Cuba", "content": "knowledge exchange"}})
    assert answer.status_code == 400 and set(answer.json()["errors"]) == {"content"}
    assert len(stored(served)) == 2
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "carol", "mode": "adjudicate",
                                      "values": {"country": "Cuba"}}).ok


def test_the_end_date_is_not_before_the_start(served):
    session, token = served.session()
    url = served.url + "/api/save"
    answer = post(session, token, url, {"key": "idcpc:1001", "annotator": "ana",
                                         "values": {"event_date_end": "2024-03-01"}})  # starts 03-05
    assert answer.status_code == 400 and "event_date_end" in answer.json()["errors"]
    both = {"event_date": "2024-03-10", "event_date_end": "2024-03-07"}
    answer = post(session, token, url, {"key": "idcpc:1001", "annotator": "ana", "values": both})
    assert answer.status_code == 400
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "ana",
                                      "values": {"event_date_end": "2024-03-06"}}).ok
    assert [lb.field for lb in stored(served)] == ["event_date_end"]


def test_lengths_and_counts_are_bounded(served):
    session, token = served.session("mfa:2001")
    url = served.url + "/api/save"
    too_long = post(session, token, url, {"key": "mfa:2001", "annotator": "ana",
                                           "values": {"counterpart": "x" * 501}})
    assert too_long.status_code == 400 and "at most 500" in too_long.json()["errors"]["counterpart"]
    assert len(too_long.json()["errors"]["counterpart"]) < 300  # the paste is not echoed back
    session, token = served.session()
    many = [{"name": f"Person {i}", "kind": "party"} for i in range(61)]
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "ana",
                                      "values": {"contacts": many}}).status_code == 400
    long_name = [{"name": "n" * 201, "kind": "party"}]
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "ana",
                                      "values": {"contacts": long_name}}).status_code == 400
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "ana",
                                      "values": {"mechanism": ["global"] * 50}}).status_code == 400
    assert post(session, token, url, {"key": "idcpc:1001", "annotator": "ana", "values": {},
                                      "comment": "c" * 2001}).status_code == 400
    assert post(session, token, url, {"key": "k" * 501, "annotator": "ana",
                                      "values": {}}).status_code == 400
    assert stored(served) == []


def test_hostile_bodies_get_a_json_400_never_a_500(served):
    session, token = served.session()
    bodies = [
        b"not json",
        b"{",
        b"\xff\xfe{}",  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # a recursion bomb
        b'{"key": "idcpc:1001", "values": ' + b'{"a": ' * 50 + b"1" + b"}" * 50 + b"}",
        b'{"key": "idcpc:1001", "annotator": "ana", "values": {"counterpart": "\\ud800"}}',
        b'{"key": "idcpc:1001", "annotator": "ana\\udfff", "values": {"country": "Chile"}}',
        b'{"key": "\\ud83d", "annotator": "ana", "values": {}}',
        b'{"key": ["idcpc:1001"], "annotator": "ana", "values": {}}',
        b'"a string"',
        b"null",
    ]
    save_only = [
        b'{"key": "idcpc:1001", "annotator": "ana", "values": [1, 2]}',
        b'{"key": "idcpc:1001", "annotator": "ana", "mode": {"x": 1}, "values": {}}',
        b'{"key": "idcpc:1001", "annotator": "ana", "values": {"contacts": [{"name": ["x"]}]}}',
        b'{"key": "idcpc:1001", "annotator": "ana", "values": {"contacts": [{"name": "a", "kind": 3}]}}',
        b'{"key": "idcpc:1001", "annotator": "ana", "values": {"relevant": "maybe"}}',
        b'{"key": "idcpc:1001", "annotator": "ana", "values": {"event_date": 20240305}}',
    ]
    for path, sent in (("/api/save", bodies + save_only), ("/api/undo", bodies)):
        for body in sent:
            answer = raw_post(session, token, served.url + path, body)
            assert answer.status_code == 400, (path, body[:60], answer.status_code)
            assert answer.headers["Content-Type"].startswith("application/json")
            assert answer.json()["ok"] is False
    big = raw_post(session, token, served.url + "/api/save", b'{"a": "' + b"x" * 2_000_000 + b'"}')
    assert big.status_code == 413 and big.json()["ok"] is False
    assert stored(served) == []
