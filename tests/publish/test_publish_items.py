"""The data set counts exchanges: the items of roundup pages after the merge (self-written pages
in the sites' style; the party and people's names are facts)."""

from __future__ import annotations

import csv

from make_records import record

from nlp.extract import extract_many
from publish.compare import compare
from publish.merge import group_events
from publish.rows import build_rows, published_view

FIRST = (
    "BEIJING, June 23 (Xinhua) -- Parties abroad have sent warm congratulations on the coming "
    "anniversary of the founding of the Communist Party of China (CPC).\n\n"
    "Those sending congratulatory messages include:\n\n"
    "Juan Castillo, general secretary of the Communist Party of Uruguay;\n\n"
    "Bert De Belder, international secretary of the Workers' Party of Belgium;\n\n"
    "Roosevelt Skerrit, leader of the Dominica Labour Party and prime minister of Dominica."
)
SECOND = (
    "BEIJING, July 5 (Xinhua) -- Leaders of foreign political parties keep extending congratulations "
    "on the anniversary of the founding of the Communist Party of China (CPC).\n\n"
    "Juan Castillo, general secretary of the Communist Party of Uruguay, said the CPC has shown the "
    "way out of poverty for hundreds of millions.\n\n"
    "Andrew Holness, leader of the Jamaica Labour Party and prime minister of Jamaica, said the "
    "CPC's achievements are an example for developing countries."
)


def _roundups():
    return list(extract_many([
        {"url": "https://en.example.cn/n3/2021/0624/c90000-1.html", "source": "idcpc", "lang": "en",
         "title": "Highlights of foreign congratulatory messages (6)", "published": "2021-06-24",
         "text": FIRST},
        {"url": "https://en.example.cn/n3/2021/0706/c90000-2.html", "source": "idcpc", "lang": "en",
         "title": "Highlights of foreign congratulatory messages (50)", "published": "2021-07-06",
         "text": SECOND},
    ]))


def test_one_message_reported_by_two_roundups_is_one_row():
    records = _roundups()
    # each page's senders come from two LAC countries: item 0 is the page's collective record,
    # which is no exchange and gives no row
    assert [(r.item, r.country) for r in records] == [(0, "multilateral"), (1, "Uruguay"), (2, "Dominica"),
                                                     (0, "multilateral"), (1, "Uruguay"), (2, "Jamaica")]
    rows = build_rows(records)
    assert sorted(row["country"] for row in rows) == ["Dominica", "Jamaica", "Uruguay"]
    uruguay = next(row for row in rows if row["country"] == "Uruguay")
    assert uruguay["releases"] == 2 and "c90000-1" in uruguay["urls"] and "c90000-2" in uruguay["urls"]
    assert "same party (Communist Party of Uruguay)" in uruguay["merge_note"]


def test_two_exchanges_of_one_page_are_never_one_row():
    a = record("idcpc:5", date="2021-07-01", country="Cuba", event_type="message",
               contacts=[{"name": "Communist Party of Cuba", "party_id": "cu-pcc",
                          "party": "Communist Party of Cuba"}])
    b = record("idcpc:5", date="2021-07-01", country="Cuba", event_type="message", item=1,
               contacts=[{"name": "Communist Party of Cuba", "party_id": "cu-pcc",
                          "party": "Communist Party of Cuba"}])
    assert len(group_events([a, b])) == 2
    rows = build_rows([a, b])
    assert sorted(row["event_id"] for row in rows) == ["ev-idcpc:5", "ev-idcpc:5#1"]
    assert sorted(row["keys"] for row in rows) == ["idcpc:5", "idcpc:5#1"]


def test_undated_messages_weeks_apart_need_the_same_sender():
    one = record("idcpc:7", date=None, published="2021-06-24", country="Uruguay", event_type="message",
                 contacts=["Juan Castillo"])
    other = record("idcpc:8", date=None, published="2021-07-06", country="Uruguay", event_type="message",
                   contacts=["Andres Lima"])
    assert len(group_events([one, other])) == 2  # 12 days apart, different senders
    dated = record("idcpc:9", date="2021-07-06", country="Uruguay", event_type="message",
                   contacts=["Juan Castillo"])
    assert len(group_events([one, dated])) == 2  # a message with its own day keeps the 3-day window


def test_compare_matches_the_items_of_one_page_by_contact(tmp_path):
    rows = [published_view(r) for r in build_rows(_roundups())]
    reference = tmp_path / "coded.csv"
    with reference.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Number", "Date", "Country", "Type", "Contact", "Type of content", "Mechanism"])
        writer.writerow([1, "", "Uruguay", "bilateral", "Juan Castillo", "daily interaction",
                         "bilateral+leftist"])
        writer.writerow([2, "", "Dominica", "bilateral", "Roosevelt Skerrit", "daily interaction",
                         "bilateral"])
        writer.writerow([3, "", "Jamaica", "bilateral", "Andrew Holness", "daily interaction", "bilateral"])
    report = compare(rows, reference)
    assert (report.precision, report.recall) == (1.0, 1.0)
    assert not report.field_disagreements


def test_a_run_stores_every_item_and_drops_those_a_changed_page_no_longer_reports(tmp_path):
    from dipex.workspace import Workspace
    from nlp.records_db import load_records
    from nlp.schema import Document
    from publish.run import RunResult, update_records

    ws = Workspace(tmp_path / "project")
    ws.ensure()
    page = Document(url="https://en.example.cn/n3/2021/0624/c90000-1.html", source="idcpc", lang="en",
                    title="Highlights of foreign congratulatory messages (6)", published="2021-06-24",
                    text=FIRST, key="people:1")
    update_records(ws, RunResult("r1", "run", "now"), documents=[page], processes=1)
    stored = load_records(ws.records_path)
    assert sorted((r.key, r.item, r.country) for r in stored) == [
        ("people:1", 0, "multilateral"), ("people:1", 1, "Uruguay"), ("people:1", 2, "Dominica")]
    page.text = FIRST.replace("Roosevelt Skerrit, leader of the Dominica Labour Party and prime minister of "
                              "Dominica.", "Keir Starmer, leader of the British Labour Party.")
    result = RunResult("r2", "run", "now")
    update_records(ws, result, documents=[page], processes=1)
    assert [(r.key, r.item, r.country) for r in load_records(ws.records_path)] == [("people:1", 0, "Uruguay")]
    assert result.counts["records"] == 1
