"""One event, many releases: the merge rule of publish/merge.py."""

from __future__ import annotations

import random

from make_records import record, sample_records

from publish.merge import group_events, names_match
from publish.rows import build_rows


def _rows(records):
    return build_rows(records)


def test_one_event_reported_twice_becomes_one_row_with_both_urls():
    en = record(
        "idcpc:1",
        date="2024-04-03",
        country="Cuba",
        contacts=[
            {"name": "Roberto Morales Ojeda", "party_id": "cu-pcc", "party": "Communist Party of Cuba"}
        ],
        mechanism=("bilateral", "leftist"),
    )
    zh = record(
        "idcpc:2",
        lang="zh",
        date="2024-04-04",
        country="Cuba",
        contacts=[{"name": "莫拉莱斯", "party_id": "cu-pcc", "party": "Communist Party of Cuba"}],
        mechanism=("leftist", "bilateral"),
        url="https://www.idcpc.org.cn/lldt/202404/t20240404_2.html",
    )
    rows = _rows([zh, en])
    assert len(rows) == 1
    row = rows[0]
    assert row["releases"] == 2
    assert en.url in row["urls"] and zh.url in row["urls"]
    assert row["keys"] == "idcpc:1; idcpc:2"  # the English release leads
    assert row["event_id"] == "ev-idcpc:1"
    assert row["date"] == "2024-04-03"
    assert row["mechanism"] == "bilateral+leftist"
    assert row["languages"] == "en; zh"
    assert "same party (Communist Party of Cuba)" in row["merge_note"]
    assert "idcpc:1" in row["merge_note"] and "idcpc:2" in row["merge_note"]


def test_idcpc_and_foreign_ministry_report_of_one_visit_merge():
    idcpc = record(
        "idcpc:10",
        date="2024-11-20",
        country="Brazil",
        event_type="meeting",
        contacts=["Lula"],
        content="daily interaction",
        prob=0.6,
    )
    mfa = record(
        "mfa:20",
        source="mfa",
        date="2024-11-21",
        country="Brazil",
        event_type="state_visit",
        contacts=["Luiz Inácio Lula da Silva"],
        counterpart="Luiz Inácio Lula da Silva, President",
        head_of_state_level=True,
        partnership_action="upgrade",
        partnership_level="comprehensive strategic partnership",
        content="daily interaction",
        content_source="human",
        prob=1.0,
    )
    (row,) = _rows([idcpc, mfa])
    assert row["sources"] == "idcpc; mfa"
    assert row["head_of_state_level"] is True
    assert row["partnership_action"] == "upgrade"
    assert row["content_source"] == "human"
    assert "'Lula' ~ 'Luiz Inácio Lula da Silva'" in row["merge_note"]


def test_different_exchanges_stay_apart():
    base = dict(country="Mexico", date="2024-07-15")
    same_site_other_party = [
        record("idcpc:1", contacts=["Morena"], **base),
        record("idcpc:2", contacts=["Institutional Revolutionary Party"], **base),
    ]
    assert len(_rows(same_site_other_party)) == 2
    too_far = [
        record("idcpc:1", contacts=["Morena"], **base),
        record("idcpc:2", contacts=["Morena"], country="Mexico", date="2024-07-19"),
    ]
    assert len(_rows(too_far)) == 2
    other_family = [
        record("idcpc:1", contacts=["Morena"], **base),
        record("idcpc:2", contacts=["Morena"], event_type="phone_call", **base),
    ]
    assert len(_rows(other_family)) == 2
    other_country = [
        record("idcpc:1", contacts=["Morena"], **base),
        record("idcpc:2", contacts=["Morena"], country="Cuba", date="2024-07-15"),
    ]
    assert len(_rows(other_country)) == 2
    # same site and language naming nobody: two pages may be two meetings, so no merge
    unnamed = [record("idcpc:1", **base), record("idcpc:2", **base)]
    assert len(_rows(unnamed)) == 2
    # ... but an English and a Chinese page naming nobody on the same day do merge
    assert len(_rows([record("idcpc:1", **base), record("idcpc:2", lang="zh", **base)])) == 1


def test_within_three_days_is_the_window():
    a = record("idcpc:1", date="2024-07-15", country="Peru", contacts=["Peru Libre"])
    b = record("idcpc:2", date="2024-07-18", country="Peru", contacts=["Perú Libre party"])
    (row,) = _rows([a, b])
    assert "3 days apart" in row["merge_note"]


def test_merging_is_transitive_and_independent_of_order():
    recs = sample_records() + [
        record("idcpc:300", date="2022-01-01", country="Bolivia", contacts=["MAS"]),
        record("idcpc:301", date="2022-01-03", country="Bolivia", contacts=["Movement for Socialism (MAS)"]),
        record("idcpc:302", date="2022-01-05", country="Bolivia", contacts=["MAS"]),
    ]
    expected = _rows(recs)
    shuffled = list(recs)
    random.Random(7).shuffle(shuffled)
    assert _rows(shuffled) == expected
    bolivia = [r for r in expected if r["country"] == "Bolivia"]
    assert len(bolivia) == 1 and bolivia[0]["releases"] == 3
    assert len(group_events([r for r in recs if r.relevant])) == len(expected)


def test_irrelevant_releases_are_not_rows_and_rows_are_numbered_in_order():
    rows = _rows(sample_records())
    assert [r["number"] for r in rows] == list(range(1, len(rows) + 1))
    assert "ev-idcpc:107" not in {r["event_id"] for r in rows}
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)
    assert rows[-1]["date"] is None  # undated rows last


def test_names_match():
    assert names_match("Lula", "Luiz Inácio Lula da Silva")
    assert names_match("President Gustavo Petro", "Gustavo Petro")
    assert names_match("Miguel Díaz-Canel", "Miguel Diaz Canel")
    assert not names_match("Gustavo Petro", "Nicolás Maduro")
    assert not names_match("莫拉莱斯", "Morales")


def test_contact_column_is_written_in_english_as_coders_do():
    zh_only = record("idcpc:7", lang="zh", contacts=[
        {"name": "古巴共产党代表团", "party_id": "cu-pcc", "party": "Communist Party of Cuba"},
        {"name": "某某", "kind": "other"},
    ])
    call = record("mfa:8", source="mfa", lang="zh", country="Brazil", date="2024-06-01",
                  contacts=[{"name": "卢拉"}], counterpart="Luiz Inácio Lula da Silva, President")
    rows = {r["keys"]: r for r in _rows([zh_only, call])}
    assert rows["idcpc:7"]["contact"] == "Communist Party of Cuba; 某某"  # unresolved names stay as written
    assert rows["mfa:8"]["contact"] == "Luiz Inácio Lula da Silva, President"
