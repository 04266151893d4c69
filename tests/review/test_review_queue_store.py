"""The review queue kept in the records store: indexed, updated on save, on records written by
other processes and on labels appended elsewhere; foreign-ministry records ranked by their own
fields; words for codes and an archived-copy link only when there is a copy — over HTTP."""

from __future__ import annotations

import re
import sqlite3
from urllib.parse import quote, unquote

import requests

from learn.labels import Label, LabelStore
from learn.queue import mfa_uncertainty, review_queue
from nlp.records_db import RecordStore
from review.queue import ReviewQueue

CUBA_URL = "http://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"


def progress(html: str) -> tuple[int, int]:
    found = re.search(r"<strong>(\d+)</strong> of <strong>(\d+)</strong> reviewed", html)
    return int(found.group(1)), int(found.group(2))


def queue_keys(html: str) -> list[str]:
    """The record keys the queue table lists, in order."""
    table = html[html.index("<tbody>"):]
    return [unquote(k) for k in re.findall(r'href="/record\?key=([^&"]+)', table)]


def test_the_queue_is_a_table_of_the_records_store_with_indexes(served):
    assert requests.get(served.url + "/", timeout=10).ok
    db = sqlite3.connect(served.corpus.ws.records_path)
    names = {n for (n,) in db.execute("SELECT name FROM sqlite_master")}
    assert {"review_queue", "review_queue_status", "review_queue_country", "review_queue_rank"} <= names
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT key FROM review_queue WHERE status = ? ORDER BY rank LIMIT 100",
        ("unreviewed",)))
    assert "USING INDEX review_queue_status" in plan or "USING COVERING INDEX review_queue_status" in plan
    assert db.execute("SELECT COUNT(*) FROM review_queue").fetchone()[0] == 4
    db.close()


def test_a_save_and_an_undo_update_the_queue_at_once(served):
    session, token = served.session()
    headers = {"X-CSRF-Token": token}
    unreviewed = {"status": "unreviewed"}
    assert progress(session.get(served.url + "/", params=unreviewed, timeout=10).text) == (0, 4)
    assert session.post(served.url + "/api/save", headers=headers, timeout=10, json={
        "key": "idcpc:1001", "annotator": "ana", "values": {"country": "Chile"}}).ok
    page = session.get(served.url + "/", params=unreviewed, timeout=10).text
    assert progress(page) == (0, 3) and "idcpc:1001" not in queue_keys(page)
    chile = session.get(served.url + "/", params={"country": "Chile"}, timeout=10).text
    assert progress(chile) == (1, 1)
    assert session.post(served.url + "/api/undo", headers=headers, timeout=10,
                        json={"key": "idcpc:1001", "annotator": "ana"}).ok
    assert progress(session.get(served.url + "/", params=unreviewed, timeout=10).text) == (0, 4)
    assert progress(session.get(served.url + "/", params={"country": "Chile"}, timeout=10).text) == (0, 0)


def test_records_and_labels_written_elsewhere_reach_the_queue(served):
    ws = served.corpus.ws
    assert progress(requests.get(served.url + "/", params={"country": "Mexico"}, timeout=10).text) == (0, 0)
    store = RecordStore(ws.records_path)  # e.g. `run` re-extracting a release
    record = store.get("idcpc:1002")
    record.country = "Mexico"
    store.put(record)
    store.delete("idcpc:1003")
    store.close()
    page = requests.get(served.url + "/", params={"country": "Mexico"}, timeout=10).text
    assert progress(page) == (0, 1)
    assert progress(requests.get(served.url + "/", timeout=10).text) == (0, 3)
    LabelStore(ws.labels_dir).append(  # e.g. import-review in another terminal, by url only
        Label(url=CUBA_URL, field="event_type", value="seminar", annotator="bo"))
    page = requests.get(served.url + "/", params={"event_type": "seminar"}, timeout=10).text
    assert "idcpc:1001" in queue_keys(page) and progress(page)[0] == 1
    (ws.labels_dir / "labels.jsonl").write_text("")  # labels replaced: every status recomputed
    assert progress(requests.get(served.url + "/", timeout=10).text) == (0, 3)


def test_record_page_position_and_neighbours_come_from_the_table(served):
    order = queue_keys(requests.get(served.url + "/", timeout=10).text)
    assert len(order) == 4
    page = requests.get(served.url + "/record", params={"key": order[1]}, timeout=10).text
    assert "record 2 of 4" in page
    data = re.search(r'id="review-data">(.*?)</script>', page).group(1)
    assert quote(order[0]) in data and quote(order[2]) in data
    only_mfa = requests.get(served.url + "/record", params={"key": order[0], "source": "mfa"}, timeout=10)
    assert only_mfa.ok
    assert requests.get(served.url + "/record", params={"key": "x" * 600}, timeout=10).status_code == 404


def test_foreign_ministry_records_rank_by_the_fields_they_are_reviewed_on(corpus):
    store = RecordStore(corpus.ws.records_path)
    complete = store.get("mfa:2001")
    store.close()
    unc, reason = mfa_uncertainty(complete)
    assert reason.startswith("foreign ministry: every field found") and "upgrade" in reason
    sparse = complete.__class__.from_dict({**complete.to_dict(), "url": "https://www.mfa.gov.cn/x_2002.html",
                                           "key": "mfa:2002", "counterpart": None, "chinese_side": None,
                                           "partnership_action": None})
    unc2, reason2 = mfa_uncertainty(sparse)
    assert unc2 > unc and "no chinese side, no counterpart" in reason2
    items = review_queue(corpus.ws, records=[complete, sparse])
    assert [i.key for i in items] == ["mfa:2002", "mfa:2001"]
    assert all("p=" not in i.reason for i in items)  # no content probability for the ministry


def test_codes_are_shown_as_words_and_the_party_box_has_a_label(served):
    page = requests.get(served.url + "/record", params={"key": "idcpc:1001"}, timeout=10).text
    assert '<option value="delegation_received" >delegation received in China</option>' in page
    assert "leftist party</label>" in page and "regional platform" in page
    assert re.search(r'<label class="sub">party <input class="c-party"', page)
    assert '<option value="think_tank" >think tank</option>' in page
    queue = requests.get(served.url + "/", timeout=10).text
    assert "foreign ministry" in queue


def test_the_archived_copy_is_offered_only_when_there_is_one(served):
    page = requests.get(served.url + "/record", params={"key": "idcpc:1001"}, timeout=10).text
    assert 'id="archive-link"' in page and 'id="archive-inline"' in page
    for warc in served.corpus.ws.warc_dir.glob("*.warc*"):
        warc.unlink()
    page = requests.get(served.url + "/record", params={"key": "idcpc:1001"}, timeout=10).text
    assert 'id="archive-link"' not in page and 'id="archive-inline"' not in page


def test_a_fresh_workspace_has_an_empty_queue(tmp_path):
    from dipex.workspace import Workspace

    queue = ReviewQueue(Workspace(tmp_path / "empty"))
    view = queue.view()
    assert (view.count, view.entries) == (0, []) and not (tmp_path / "empty").exists()


def test_a_label_file_edited_in_place_is_read_again(served):
    ws = served.corpus.ws
    LabelStore(ws.labels_dir).append(
        Label(url=CUBA_URL, key="idcpc:1001", field="country", value="Chile", annotator="bo"))
    assert progress(requests.get(served.url + "/", params={"country": "Chile"}, timeout=10).text) == (1, 1)
    path = ws.labels_dir / "labels.jsonl"
    text = path.read_text(encoding="utf-8").replace('"Chile"', '"Argentina"')
    with open(path, "r+", encoding="utf-8") as handle:  # same file, rewritten and grown
        handle.write(text)
    assert progress(requests.get(served.url + "/", params={"country": "Chile"}, timeout=10).text) == (0, 0)
    page = requests.get(served.url + "/", params={"country": "Argentina"}, timeout=10).text
    assert progress(page) == (1, 1)


def test_a_new_model_or_ranking_version_reranks_every_record_once(corpus):
    queue = ReviewQueue(corpus.ws)
    try:
        assert queue.sync() == 4  # a new store: every record ranked
        assert queue.sync() == 0  # nothing changed: nothing recomputed
        db = sqlite3.connect(corpus.ws.records_path)
        with db:
            db.execute("UPDATE review_queue_meta SET value = 'an-older-model' WHERE name = 'model'")
        db.close()
        assert queue.sync() == 4 and queue.sync() == 0
    finally:
        queue.close()
