"""Exports a researcher can open safely: formula-like text stays text in XLSX and exact in CSV, the
codebook says how to open the CSV, files follow the umask, and the partnership ladder as of a day."""

from __future__ import annotations

import csv
import os
import stat
import zipfile

import pytest
from make_records import record, sample_records
from openpyxl import load_workbook

import pipeline
from dipex.workspace import Workspace
from nlp.records_db import RecordStore
from publish.dataset import publish
from publish.exports import write_exports
from publish.ladder import HEADER, ladder, tier_of
from publish.rows import build_rows

HOSTILE = ["=1+2", "+SUM(A1:A9)", "-2+3", "@cmd", "=HYPERLINK(\"http://x.example\",\"x\")"]


def hostile_rows():
    countries = ["Cuba", "Brazil", "Chile", "Peru", "Mexico"]  # apart: five rows, no merge
    recs = [record(f"idcpc:{900 + i}", date=f"2024-0{i + 1}-05", country=countries[i],
                   contacts=[{"name": name, "kind": "party"}]) for i, name in enumerate(HOSTILE)]
    return build_rows(recs)


def test_formula_like_text_is_text_in_xlsx_and_exact_in_csv(tmp_path):
    rows = hostile_rows()
    out = tmp_path / "out"
    write_exports(Workspace(tmp_path), rows, out)
    for stem, column in (("exchanges", "Contact"), ("exchanges_full", "contact")):
        with zipfile.ZipFile(out / f"{stem}.xlsx") as z:
            sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
        assert "<f>" not in sheet and "<f " not in sheet  # no formula anywhere
        book = load_workbook(out / f"{stem}.xlsx")
        header = [c.value for c in book.active[1]]
        cells = [row[header.index(column)] for row in book.active.iter_rows(min_row=2)]
        assert sorted(c.value for c in cells) == sorted(HOSTILE)
        assert all(c.data_type == "s" and c.quotePrefix for c in cells)
        with (out / f"{stem}.csv").open(encoding="utf-8", newline="") as fh:
            assert sorted(r[column] for r in csv.DictReader(fh)) == sorted(HOSTILE)


def test_codebook_says_how_to_open_the_csv(tmp_path):
    write_exports(Workspace(tmp_path), hostile_rows(), tmp_path / "out")
    text = (tmp_path / "out" / "codebook.md").read_text(encoding="utf-8")
    assert "## Opening the CSV safely" in text and "as Text" in text
    assert "partnership_ladder.csv" in text


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_exported_files_follow_the_umask(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        publish(Workspace(tmp_path), build_rows(sample_records()), tmp_path / "out")
    finally:
        os.umask(old)
    files = [p for p in (tmp_path / "out").rglob("*") if p.is_file()]
    assert len(files) > 10
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == mode, path


def partnership_rows():
    steps = [("BRA", "Brazil", "2012-06-21", "upgrade", "comprehensive strategic partnership"),
             ("BRA", "Brazil", "1993-11-10", "establish", "strategic partnership"),
             ("BRA", "Brazil", "2024-11-20", "upgrade", "China-Brazil community with a shared future for a "
              "more just world and a more sustainable planet"),
             ("BRA", "Brazil", "2014-07-17", "upgrade", "comprehensive strategic partnership"),  # repeated
             ("VEN", "Venezuela", "2023-09-13", "upgrade", "all-weather strategic partnership"),
             ("JAM", "Jamaica", "2005-02-03", "establish", "friendly partnership for common development")]
    recs = [record(f"mfa:{700 + i}", source="mfa", date=day, country=country, partnership_action=action,
                   partnership_level=level, event_type="talks")
            for i, (_, country, day, action, level) in enumerate(steps)]
    return build_rows(recs)


def test_partnership_ladder_as_of_a_date():
    rows = partnership_rows()
    table = ladder(rows, "2015-01-01")
    assert table[0] == HEADER
    by_country = {r[0]: r for r in table[1:]}
    assert set(by_country) == {"Brazil", "Jamaica"}  # Venezuela's step comes later
    brazil = by_country["Brazil"]
    assert brazil[1] == "comprehensive strategic partnership"
    assert brazil[2] == "comprehensive strategic partnership" and brazil[4] == "2012-06-21"  # first reached
    assert brazil[5] == 3 and brazil[6] == "2015-01-01"
    assert by_country["Jamaica"][2] == "partnership"
    latest = ladder(rows)  # default: the data's latest date
    assert latest[1][0] == "Venezuela" and latest[1][2] == "all-weather"  # highest rung first
    assert {r[0]: r[2] for r in latest[1:]}["Brazil"] == "community with a shared future"
    assert latest[1][6] == "2024-11-20"
    with pytest.raises(ValueError):
        ladder(rows, "soon")


def test_tiers():
    assert tier_of("strategic partnership for common development") == "strategic partnership"
    assert tier_of("comprehensive cooperative partnership") == "comprehensive partnership"
    assert tier_of("friendly and cooperative relationship") == "relationship"


def test_ladder_in_exports_report_and_export_command(tmp_path, capsys):
    ws = Workspace(tmp_path).ensure()
    store = RecordStore(ws.records_path)
    recs = [record(f"mfa:{700 + i}", source="mfa", date=r["date"], country=r["country"],
                   partnership_action=r["partnership_action"], partnership_level=r["partnership_level"],
                   event_type="talks")
            for i, r in enumerate(partnership_rows())]
    for rec in recs:
        store.put(rec)
    store.close()
    out = tmp_path / "out"
    base = ["--workdir", str(tmp_path), "export", "--out", str(out)]
    assert pipeline.main([*base, "--as-of", "2015-01-01"]) == 0
    with (out / "tables" / "partnership_ladder.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == HEADER and {r[0] for r in table[1:]} == {"Brazil", "Jamaica"}
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "Partnership ladder as of 2015-01-01" in report
    assert pipeline.main([*base, "--as-of", "x"]) == 2
