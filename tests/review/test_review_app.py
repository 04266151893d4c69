"""The review app over real loopback HTTP: queue, saving, undo, adjudication, safety."""

from __future__ import annotations

import json
import re
import threading

import requests
from review_corpus import CUBA_TEXT

from learn.labels import Label, LabelStore
from review.saving import last_save


def labels_of(served, **match) -> list[Label]:
    labels, problems = LabelStore(served.corpus.ws.labels_dir).read()
    assert not problems
    return [lb for lb in labels if all(getattr(lb, k) == v for k, v in match.items())]


def post(session, token, url, payload, **headers):
    return session.post(url, json=payload, headers={"X-CSRF-Token": token, **headers}, timeout=10)


def test_queue_lists_records_most_uncertain_first_with_filters_and_progress(served):
    page = requests.get(served.url + "/", timeout=10).text
    assert page.index("Liu Jianchao Meets") < page.index("Seminar on Governance")  # p=.52 before p=.93
    assert "0</strong> of <strong>4</strong> reviewed" in page
    mfa_only = requests.get(served.url + "/", params={"source": "mfa"}, timeout=10).text
    assert "Xi Jinping Holds Talks" in mfa_only and "Liu Jianchao Meets" not in mfa_only
    old = requests.get(served.url + "/", params={"year": "2023"}, timeout=10).text
    assert "IDCPC Delegation Visits Kenya" in old and "Seminar on Governance" not in old
    cuba = requests.get(
        served.url + "/", params={"country": "Cuba", "event_type": "meeting"}, timeout=10
    ).text
    assert "Liu Jianchao Meets" in cuba and "Xi Jinping" not in cuba

    session, token = served.session()
    assert post(
        session,
        token,
        served.url + "/api/save",
        {"key": "idcpc:1002", "annotator": "ana", "mode": "accept", "values": {}},
    ).ok
    page = requests.get(served.url + "/", params={"status": "unreviewed"}, timeout=10).text
    assert "Seminar on Governance" not in page and "0</strong> of <strong>3</strong> reviewed" in page
    page = requests.get(served.url + "/", timeout=10).text
    assert "1</strong> of <strong>4</strong> reviewed" in page


def test_record_page_escapes_the_release_and_marks_evidence(served):
    page = requests.get(served.url + "/record", params={"key": "idcpc:1001"}, timeout=10)
    assert page.status_code == 200
    html = page.text
    assert "<script>window.pwned" not in html
    assert "2 &lt; 3 &amp; the friendship &lt;b&gt;grows&lt;/b&gt; &lt;script&gt;window.pwned" in html
    assert '<mark class="ev ev-contacts ev-country ev-several" data-fields="contacts country"' in html
    assert 'href="http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"' in html
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    assert "<kbd>Ctrl+Enter</kbd>" in html and "undo your last save" in html  # shortcuts on the page
    assert requests.get(served.url + "/record", params={"key": "idcpc:9999"}, timeout=10).status_code == 404


def test_save_writes_one_label_per_changed_field(served):
    session, token = served.session()
    answer = post(
        session,
        token,
        served.url + "/api/save",
        {
            "key": "idcpc:1001",
            "annotator": "ana",
            "mode": "save",
            "values": {
                "content": "knowledge exchange",
                "event_date": "2024-03-04",
                "contacts": [
                    {"name": "Roberto Morales Ojeda", "kind": "party", "party": "PCC"},
                    {"name": "Ana Pérez", "kind": "government", "party": ""},
                ],
            },
        },
    )
    assert answer.status_code == 200, answer.text
    labels = labels_of(served, annotator="ana")
    assert {lb.field: lb.value for lb in labels} == {
        "content": "knowledge exchange",
        "event_date": "2024-03-04",
        "contacts": [
            {
                "name": "Roberto Morales Ojeda",
                "kind": "party",
                "party_id": "cu-pcc",
                "party": "Communist Party of Cuba",
            },
            {"name": "Ana Pérez", "kind": "government", "party_id": None, "party": None},
        ],
    }
    assert {lb.key for lb in labels} == {"idcpc:1001"} and all(lb.text_sha256 for lb in labels)
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["status"] == "reviewed" and state["values"]["content"] == "knowledge exchange"


def test_accept_writes_every_field_as_it_stands(served):
    session, token = served.session("mfa:2001")
    answer = post(
        session,
        token,
        served.url + "/api/save",
        {"key": "mfa:2001", "annotator": "bo", "mode": "accept", "values": {"event_date": "2024-11-19"}},
    )
    assert answer.ok
    values = {lb.field: lb.value for lb in labels_of(served, annotator="bo")}
    assert values["event_date"] == "2024-11-19" and values["partnership_action"] == "upgrade"
    # content too: the ministry's rows publish a Type of content, so accepting confirms it
    assert values["head_of_state_level"] is True and values["content"] == "daily interaction"
    assert set(values) == {
        "relevant",
        "country",
        "exchange_type",
        "event_date",
        "event_date_end",
        "event_type",
        "content",
        "chinese_side",
        "counterpart",
        "head_of_state_level",
        "partnership_action",
        "partnership_level",
    }


def test_a_ministry_rows_content_is_corrected_like_any_field(served):
    """The ministry's rows publish a Type of content: a reviewer's correction reaches the record."""
    from learn.apply import apply_human_labels
    from nlp.records_db import load_records

    session, token = served.session("mfa:2001")
    answer = post(session, token, served.url + "/api/save",
                  {"key": "mfa:2001", "annotator": "bo", "mode": "save",
                   "values": {"content": "knowledge exchange"}})
    assert answer.ok, answer.text
    ws = served.corpus.ws
    records = {r.key: r for r in apply_human_labels(load_records(ws.records_path), LabelStore(ws.labels_dir))}
    assert records["mfa:2001"].content == "knowledge exchange"
    assert records["mfa:2001"].content_source == "human"


def test_bad_values_and_annotators_are_refused_with_reasons(served):
    session, token = served.session()
    url = served.url + "/api/save"
    bad = post(
        session,
        token,
        url,
        {
            "key": "idcpc:1001",
            "annotator": "ana",
            "mode": "save",
            "values": {
                "content": "gossip",
                "chinese_side": "Wang Yi",
                "colour": 1,
                "event_date": "2024-02-31",
            },
        },
    )
    assert bad.status_code == 400
    errors = bad.json()["errors"]
    assert set(errors) == {"content", "chinese_side", "colour", "event_date"}
    assert "daily interaction | knowledge exchange" in errors["content"]
    for annotator in ("", None, "<script>", "x" * 65):
        answer = post(
            session,
            token,
            url,
            {
                "key": "idcpc:1001",
                "annotator": annotator,
                "mode": "save",
                "values": {"content": "knowledge exchange"},
            },
        )
        assert answer.status_code == 400 and "annotator" in answer.json()["error"]
    assert post(session, token, url, {"key": "nope", "annotator": "ana", "values": {}}).status_code == 404
    assert session.post(url, data="not json", headers={"X-CSRF-Token": token}, timeout=10).status_code == 400
    assert labels_of(served) == []


def test_writes_without_the_csrf_token_are_rejected(served):
    session, token = served.session()
    payload = {
        "key": "idcpc:1001",
        "annotator": "ana",
        "mode": "save",
        "values": {"content": "knowledge exchange"},
    }
    assert session.post(served.url + "/api/save", json=payload, timeout=10).status_code == 403
    assert post(session, "forged" + token, served.url + "/api/save", payload).status_code == 403
    other, other_token = served.session()
    assert post(session, other_token, served.url + "/api/save", payload).status_code == 403  # not its token
    assert (
        requests.post(
            served.url + "/api/undo",
            json={"key": "idcpc:1001", "annotator": "ana"},
            headers={"X-CSRF-Token": token},
            timeout=10,
        ).status_code
        == 403
    )  # no session cookie
    assert labels_of(served) == []
    assert post(session, token, served.url + "/api/save", payload).status_code == 200


def test_only_loopback_host_names_are_answered(served):
    answer = requests.get(served.url + "/", headers={"Host": "evil.example:8050"}, timeout=10)
    assert answer.status_code == 400
    assert requests.get(served.url + "/", headers={"Host": "localhost"}, timeout=10).status_code == 200


def test_undo_is_a_revert_one_save_at_a_time(served):
    session, token = served.session()
    save, undo = served.url + "/api/save", served.url + "/api/undo"
    key = {"key": "idcpc:1001", "annotator": "ana"}
    assert post(session, token, save, {**key, "values": {"country": "Brazil"}}).ok
    assert post(
        session, token, save, {**key, "values": {"country": "Chile", "content": "knowledge exchange"}}
    ).ok
    first = post(session, token, undo, key).json()
    assert sorted(first["fields"]) == ["content", "country"]
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["values"]["country"] == "Brazil"  # ana's earlier decision
    assert state["values"]["content"] == "daily interaction"  # the machine's value, no label
    store = LabelStore(served.corpus.ws.labels_dir)
    assert ("idcpc:1001", "content") not in store.current()  # nobody decided content
    assert post(session, token, undo, key).json()["fields"] == ["country"]
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["values"]["country"] == "Cuba" and state["status"] == "unreviewed"
    assert store.read()[0] == []  # no label in anyone's name
    assert post(session, token, undo, key).json()["undone"] is None
    # bo's save is not ana's to undo
    assert post(
        session, token, save, {"key": "idcpc:1001", "annotator": "bo", "values": {"country": "Mexico"}}
    ).ok
    assert post(session, token, undo, key).json()["undone"] is None
    trail, _ = store.read_all()
    assert len(trail) == 1 + 2 + 2 + 1  # saves, two undo events, bo: nothing rewritten, ever
    assert [lb.field for lb in trail if lb.undoes] == ["undo", "undo"]
    assert [(lb.annotator, lb.value) for lb in store.read()[0]] == [("bo", "Mexico")]


def test_an_undone_adjudication_leaves_the_field_disputed_again(served):
    store = LabelStore(served.corpus.ws.labels_dir)
    url = "http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"
    store.append([
        Label(url=url, key="idcpc:1001", field="event_type", value="meeting", annotator="alice"),
        Label(url=url, key="idcpc:1001", field="event_type", value="seminar", annotator="bob"),
    ])
    session, token = served.session()
    assert post(session, token, served.url + "/api/save", {
        "key": "idcpc:1001", "annotator": "carol", "mode": "adjudicate",
        "values": {"event_type": "seminar"}}).ok
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["status"] == "reviewed"
    assert post(session, token, served.url + "/api/undo", {"key": "idcpc:1001", "annotator": "carol"}).ok
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["status"] == "disputed" and state["values"]["event_type"] == "meeting"


def test_a_comment_cannot_pose_as_an_undo(served):
    session, token = served.session()
    assert post(session, token, served.url + "/api/save", {
        "key": "idcpc:1001", "annotator": "ana", "values": {"country": "Chile"},
        "comment": "review undo of 0123456789ab"}).ok
    [label] = LabelStore(served.corpus.ws.labels_dir).read()[0]
    assert label.value == "Chile" and label.undoes is None


def test_two_tabs_saving_at_once_lose_nothing(served):
    tabs = [served.session() for _ in range(2)]
    failures: list[str] = []

    def tab(number: int) -> None:
        session, token = tabs[number]
        for i in range(15):
            answer = post(
                session,
                token,
                served.url + "/api/save",
                {
                    "key": "idcpc:1001",
                    "annotator": f"tab{number}",
                    "mode": "save",
                    "values": {"event_date": f"2024-03-{i + 1:02d}", "country": ["Cuba", "Chile"][i % 2]},
                },
            )
            if not answer.ok:
                failures.append(answer.text)

    threads = [threading.Thread(target=tab, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    lines = (served.corpus.ws.labels_dir / "labels.jsonl").read_text().splitlines()
    assert len(lines) == 2 * 15 * 2 and all(json.loads(line) for line in lines)
    for number in range(2):
        mine = labels_of(served, annotator=f"tab{number}", field="event_date")
        assert sorted(lb.value for lb in mine) == [f"2024-03-{i + 1:02d}" for i in range(15)]


def test_disagreement_is_shown_and_a_third_annotator_adjudicates(served):
    store = LabelStore(served.corpus.ws.labels_dir)
    record = {
        "url": "http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html",
        "key": "idcpc:1001",
    }
    store.append(
        [
            Label(field="content", value="knowledge exchange", annotator="alice", **record),
            Label(field="content", value="daily interaction", annotator="bob", **record),
            Label(field="country", value="Cuba", annotator="alice", **record),
            Label(field="country", value="Cuba", annotator="bob", **record),
        ]
    )
    assert "disputed" in requests.get(served.url + "/", params={"status": "disputed"}, timeout=10).text
    page = requests.get(served.url + "/record", params={"key": "idcpc:1001"}, timeout=10).text
    assert "Annotators disagree" in page
    assert '<span class="who">alice</span>: <span class="what">knowledge exchange</span>' in page
    assert '<span class="who">bob</span>: <span class="what">daily interaction</span>' in page
    session, token = served.session()
    payload = {"key": "idcpc:1001", "mode": "adjudicate", "values": {"content": "knowledge exchange"}}
    refused = post(session, token, served.url + "/api/save", {**payload, "annotator": "alice"})
    assert refused.status_code == 400 and "third annotator" in refused.json()["error"]
    assert post(session, token, served.url + "/api/save", {**payload, "annotator": "carol"}).ok
    [decision] = labels_of(served, annotator="carol")
    assert decision.note.startswith("adjudication") and decision.value == "knowledge exchange"
    state = session.get(served.url + "/api/state", params={"key": "idcpc:1001"}, timeout=10).json()
    assert state["status"] == "reviewed" and state["values"]["content"] == "knowledge exchange"
    assert last_save(LabelStore(served.corpus.ws.labels_dir).read()[0], {"idcpc:1001"}, "carol")


def test_archived_copy_is_sanitised_sandboxed_and_found_by_key_only(served):
    page = requests.get(served.url + "/archive", params={"key": "idcpc:1001"}, timeout=10)
    assert (
        page.status_code == 200 and 'sandbox=""' in page.text and "warc/dipex-test-run.warc.gz" in page.text
    )
    assert "Roberto Morales Ojeda" in page.text  # the "as text" view
    raw = requests.get(served.url + "/archive/raw", params={"key": "idcpc:1001"}, timeout=10)
    assert raw.status_code == 200
    csp = raw.headers["Content-Security-Policy"]
    assert csp.startswith("sandbox;") and "default-src 'none'" in csp and "script-src" not in csp
    body = raw.text.lower()
    for active in ("<script", "onload", "onerror", "<iframe", "href=", "http-equiv", "src=", "<link"):
        assert active not in body, active
    assert "roberto morales ojeda" in body and CUBA_TEXT[:20].lower() in body
    for key in ("../../../etc/passwd", "/etc/passwd", "warc/dipex-test-run.warc.gz", "idcpc:9999", ""):
        assert requests.get(served.url + "/archive/raw", params={"key": key}, timeout=10).status_code == 404
        assert requests.get(served.url + "/archive", params={"key": key}, timeout=10).status_code == 404


def test_party_autocomplete_searches_the_gazetteer(served):
    found = requests.get(served.url + "/api/parties", params={"q": "communist"}, timeout=10).json()
    assert sorted(p["id"] for p in found) == ["br-pcdob", "cu-pcc"]
    assert (
        requests.get(served.url + "/api/parties", params={"q": "morena"}, timeout=10).json()[0]["label"]
        == "National Regeneration Movement (Mexico)"
    )


def test_a_record_that_left_the_view_still_leads_to_the_next_one_in_it(served):
    session, token = served.session()
    queue = requests.get(served.url + "/", params={"status": "unreviewed"}, timeout=10).text
    found = re.findall(r'href="/record\?key=([^&"]+)&amp;status=unreviewed"', queue)
    keys = list(dict.fromkeys(k.replace("%3A", ":") for k in found))
    assert sorted(keys) == sorted(served.corpus.keys)
    first, second = keys[0], keys[1]
    assert post(
        session,
        token,
        served.url + "/api/save",
        {"key": first, "annotator": "ana", "mode": "accept", "values": {}},
    ).ok
    page = requests.get(
        served.url + "/record", params={"key": first, "status": "unreviewed"}, timeout=10
    ).text
    assert "record outside this view" in page
    data = json.loads(
        re.search(r'<script type="application/json" id="review-data">(.*?)</script>', page).group(1)
    )
    assert data["next"] == f"/record?key={second.replace(':', '%3A')}&status=unreviewed"


def test_evidence_of_a_damaged_copy_is_marked_on_the_text_as_extraction_read_it(tmp_path):
    """A copy stored with entities left as text, UTF-8 read as Windows-1252 and a soft hyphen: the
    extractor reads it repaired (nlp.repair), so its offsets are into the repaired text; the page
    shows that text, and every span is marked, none reported as misplaced."""
    from review_corpus import VOCAB
    from werkzeug.test import Client

    from dipex.workspace import Workspace
    from nlp.extract import extract
    from nlp.records_db import RecordStore
    from review.app import create_app
    from scraper.catalog import Catalog, Release

    title = "Liu Jianchao Meets Delegation of the Workers&#39; Party of Brazil"
    text = ("Beijing, May 14th -- Liu Jianchao, who heads the IDCPC, met here today with a group from "
            "the Workers&#39; Party of Brazil led by its vice president "
            "Jos\u00c3\u00a9 Guimar\u00c3\u00a3es. "
            "The two sides talked about party-to-party co\u00adoperation &amp; exchanges.")
    url = "http://www.idcpc.org.cn/english2023/news/202405/t20240514_3001.html"
    ws = Workspace(tmp_path / "project")
    ws.ensure()
    record = extract({"url": url, "source": "idcpc", "lang": "en", "title": title,
                      "published": "2024-05-14", "text": text, "key": "idcpc:3001"})
    assert record.relevant and record.country == "Brazil"
    assert any(s.text == "Workers' Party of Brazil" for spans in record.evidence.values() for s in spans)
    catalog = Catalog(ws.catalog_path)
    catalog.put(Release(key="idcpc:3001", url=url, status="ok", source="idcpc", site="idcpc", lang="en",
                        fetched_at="2024-12-01T00:00:00Z", http_status=200, title=title,
                        published="2024-05-14", text=text))
    catalog.close()
    store = RecordStore(ws.records_path)
    store.put_many([record])
    store.close()
    page = Client(create_app(ws, annotator=None, vocab=VOCAB)).get("/record?key=idcpc:3001",
                                                                      headers={"Host": "127.0.0.1"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "evidence span(s) not marked" not in html
    assert "Workers&#39; Party of Brazil</mark>" in html or "Workers&#x27; Party of Brazil</mark>" in html
    assert "Jos\u00e9 Guimar\u00e3es" in html and "\u00c3" not in html
