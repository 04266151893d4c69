"""Every export format is written deterministically and reads back."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from make_records import record, sample_records
from openpyxl import load_workbook

from dipex.workspace import Workspace
from nlp.schema import Span
from publish.codebook import COLUMNS, PUBLISHED
from publish.dataset import publish
from publish.exports import write_exports
from publish.rows import build_rows

PUBLISHED_NAMES = ["Number", "Date", "Country", "Type", "Contact", "Type of content", "Mechanism"]


@pytest.fixture
def rows():
    recs = sample_records()
    long = recs[2]
    for i in range(300):  # evidence far beyond Stata's 2045-byte str and XLSX's 32767-char cell
        long.add_evidence("contacts", Span(i, i + 40, "Partido dos Trabalhadores — 劳工党 " * 3))
    return build_rows(recs)


def test_published_schema_columns():
    assert [c.published for c in PUBLISHED] == PUBLISHED_NAMES


def test_every_format_reads_back(tmp_path, rows):
    out = tmp_path / "out"
    result = write_exports(Workspace(tmp_path), rows, out)
    assert result.rows == len(rows) == 8

    pub = pd.read_csv(out / "exchanges.csv", dtype=str, keep_default_na=False)
    assert list(pub.columns) == PUBLISHED_NAMES
    assert pub.loc[0, "Mechanism"] == "bilateral+leftist"
    assert pub.loc[0, "Contact"] == "Roberto Morales Ojeda"  # English; the Chinese page's in the full schema
    full = pd.read_csv(out / "exchanges_full.csv", dtype=str, keep_default_na=False)
    assert list(full.columns) == [c.name for c in COLUMNS]
    long_evidence = full.loc[full.event_id == "ev-idcpc:103", "evidence"].item()
    assert len(json.loads(long_evidence)["idcpc:103"]["contacts"]) == 300

    for stem in ("exchanges", "exchanges_full"):
        pq = pd.read_parquet(out / f"{stem}.parquet")
        assert len(pq) == 8
        dta = pd.read_stata(out / f"{stem}.dta")
        assert len(dta) == 8
        book = load_workbook(out / f"{stem}.xlsx", read_only=True)
        assert book.active.max_row == 9
    pq = pd.read_parquet(out / "exchanges.parquet")
    assert list(pq.columns) == PUBLISHED_NAMES
    assert pq["Number"].tolist() == list(range(1, 9))
    assert str(pq["Date"].iloc[0]) == "2023-03-02"

    dta = pd.read_stata(out / "exchanges.dta")
    assert list(dta.columns) == [
        "Number",
        "Date",
        "Country",
        "Type",
        "Contact",
        "Type_of_content",
        "Mechanism",
    ]
    assert dta["Contact"].iloc[0] == "Roberto Morales Ojeda"
    assert str(dta["Date"].iloc[0].date()) == "2023-03-02"  # a Stata date, not text
    with pd.io.stata.StataReader(out / "exchanges_full.dta") as reader:
        labels = reader.variable_labels()
        data = reader.read()
    assert all(0 < len(v) <= 80 for v in labels.values())
    assert labels["content"].startswith("Type of content")
    assert data["contacts_as_written"].iloc[0] == "Roberto Morales Ojeda; 莫拉莱斯"  # UTF-8 (version 118)
    assert data.loc[data.event_id == "ev-idcpc:103", "evidence"].item() == long_evidence  # strL, whole
    assert data.loc[data.event_id == "ev-mfa:201", "head_of_state_level"].item() == 1

    xlsx = pd.read_excel(out / "exchanges_full.xlsx", dtype=str)
    cut = xlsx.loc[xlsx.event_id == "ev-idcpc:103", "evidence"].item()
    assert len(cut) <= 32767 and cut.endswith("[cut: full value in the CSV]")


def test_codebook_and_datapackage(tmp_path, rows):
    out = tmp_path / "out"
    write_exports(Workspace(tmp_path), rows, out)
    package = json.loads((out / "datapackage.json").read_text())
    assert package["profile"] == "tabular-data-package"
    for res in package["resources"]:
        path = out / res["path"]
        assert path.exists()
        with path.open(encoding="utf-8") as fh:
            header = next(csv.reader(fh))
        assert header == [f["name"] for f in res["schema"]["fields"]]
        for f in res["schema"]["fields"]:
            assert f["type"] in {"string", "integer", "number", "boolean", "date"}
    fields = {f["name"]: f for f in package["resources"][0]["schema"]["fields"]}
    assert fields["Type of content"]["constraints"]["enum"] == ["daily interaction", "knowledge exchange"]
    # every value of an enum column is allowed
    with (out / "exchanges_full.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            for c in COLUMNS:
                if c.enum and row[c.name]:
                    assert row[c.name] in c.enum, (c.name, row[c.name])
    book = (out / "codebook.md").read_text()
    assert all(f"`{c.name}`" in book for c in COLUMNS)


def test_rewrite_is_byte_identical_and_changes_are_reported(tmp_path):
    out = tmp_path / "out"
    ws = Workspace(tmp_path)
    first = write_exports(ws, build_rows(sample_records()), out)
    assert first.changes.counts() == {"new": 8, "changed": 0, "gone": 0}
    snapshot = {p.name: p.read_bytes() for p in out.iterdir()}
    again = write_exports(ws, build_rows(sample_records()), out)  # fresh objects, same content
    assert again.written == [] and not again.data_changed
    assert again.changes.counts() == {"new": 0, "changed": 0, "gone": 0}
    assert {p.name: p.read_bytes() for p in out.iterdir()} == snapshot

    recs = sample_records()
    recs = [r for r in recs if r.key != "mfa:202"]  # gone
    recs[0].content = "knowledge exchange"  # changed (the merged Cuba row)
    recs.append(record("idcpc:500", date="2025-05-05", country="Colombia", contacts=["Pacto Histórico"]))
    result = write_exports(ws, build_rows(recs), out)
    assert result.changes.counts() == {"new": 1, "changed": 1, "gone": 1}
    with (out / "changes.csv").open(encoding="utf-8") as fh:
        table = list(csv.DictReader(fh))
    kinds = {(r["change"], r["event_id"]) for r in table}
    assert ("new", "ev-idcpc:500") in kinds and ("gone", "ev-mfa:202") in kinds
    assert ("changed", "ev-idcpc:101") in kinds
    changed = next(r for r in table if r["event_id"] == "ev-idcpc:101")
    assert "content" in changed["fields_changed"].split()


def test_figures_and_report(tmp_path):
    recs = sample_records()
    recs.append(
        record(
            "idcpc:900",
            date="2024-08-08",
            country="Chile",
            contacts=["<script>alert(1)</script> & Partido Socialista"],
        )
    )
    rows = build_rows(recs)
    published = publish(Workspace(tmp_path), rows, tmp_path / "out")
    out = tmp_path / "out"
    for name in ("by_country", "per_year", "content", "partnerships", "head_of_state"):
        assert (out / "figures" / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert b"<svg" in (out / "figures" / f"{name}.svg").read_bytes()
        assert (out / "tables" / f"{name}.csv").exists()
    by_country = list(csv.reader((out / "tables" / "by_country.csv").open()))
    assert ["multilateral", "1"] in by_country and ["Brazil", "2"] in by_country
    partnerships = list(csv.reader((out / "tables" / "partnerships.csv").open()))
    assert partnerships[1][:3] == ["2024", "upgrade", "Brazil"]
    html = published.report_path.read_text()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'src="http' not in html and "data:image/png;base64," in html
    # same data: same figure bytes (SVG hash salt and metadata fixed)
    before = {p: p.read_bytes() for p in (out / "figures").iterdir()}
    again = publish(Workspace(tmp_path), rows, out)
    assert not [n for n in again.export.written if n.startswith("figures/")]
    assert {p: p.read_bytes() for p in (out / "figures").iterdir()} == before


def test_empty_data_set_still_exports(tmp_path):
    published = publish(Workspace(tmp_path), [], tmp_path / "out")
    assert published.export.rows == 0
    assert pd.read_stata(tmp_path / "out" / "exchanges.dta").empty
    assert pd.read_parquet(tmp_path / "out" / "exchanges_full.parquet").empty
    assert "no exchanges yet" in (tmp_path / "out" / "figures" / "by_country.svg").read_text()


def test_an_exchange_whose_event_id_changes_is_changed_not_new_and_gone(tmp_path):
    """A row's event_id is its smallest release key: when an earlier-numbered report of the same
    exchange arrives later (the English page after the Chinese one), the id changes. changes.csv
    must say the exchange changed (and what its id was), not that one row went and another came."""
    out, ws = tmp_path / "out", Workspace(tmp_path)
    recs = [r for r in sample_records() if r.key != "idcpc:101"]  # only the Chinese report so far
    write_exports(ws, build_rows(recs), out)
    result = write_exports(ws, build_rows(sample_records()), out)  # the English report, key 101, joins it
    assert result.changes.counts() == {"new": 0, "changed": 1, "gone": 0}
    with (out / "changes.csv").open(encoding="utf-8") as fh:
        (row,) = list(csv.DictReader(fh))
    assert (row["change"], row["event_id"]) == ("changed", "ev-idcpc:101")
    assert "event_id (was ev-idcpc:102)" in row["fields_changed"]
    assert "keys" in row["fields_changed"].split()


@pytest.mark.parametrize("killed_after", range(11))  # 11 files: a kill before each
def test_a_write_killed_part_way_leaves_changes_csv_right_after_the_next(tmp_path, monkeypatch, killed_after):
    """The next version's changes are computed against exchanges_full.csv in out/. A write killed
    after replacing it but before changes.csv left changes.csv describing the version before,
    and the next write, seeing no difference, never told of the killed write's new rows. The
    baseline is written last, so a rerun after a kill at any point reports them."""
    import publish.exports as exports

    out, ws = tmp_path / "out", Workspace(tmp_path)
    before = [r for r in sample_records() if r.key != "mfa:202"]
    write_exports(ws, build_rows(before), out)
    real, done = exports.write_if_changed, []

    def dying(path, data):
        if len(done) == killed_after:
            raise KeyboardInterrupt("killed")
        done.append(path.name)
        return real(path, data)

    monkeypatch.setattr(exports, "write_if_changed", dying)
    with pytest.raises(KeyboardInterrupt):
        write_exports(ws, build_rows(sample_records()), out)  # the Peru call (mfa:202) is new
    monkeypatch.setattr(exports, "write_if_changed", real)
    write_exports(ws, build_rows(sample_records()), out)
    with (out / "changes.csv").open(encoding="utf-8") as fh:
        assert ("new", "ev-mfa:202") in {(r["change"], r["event_id"]) for r in csv.DictReader(fh)}


def test_the_report_names_the_content_model_behind_the_rows(tmp_path):
    """After `train` activates a model, a researcher reading the report could not tell which
    model tagged this version's content (only exchanges_full's model_version column said it):
    the summary names each model with its rows, and the rows of the rules' tags."""
    recs = sample_records()
    for r in recs[:4]:
        r.versions["model"] = "20261207T185647Z-eef61eaf"
    published = publish(Workspace(tmp_path), build_rows(recs), tmp_path / "out")
    html = published.report_path.read_text()
    assert "<td>content model</td>" in html
    assert "20261207T185647Z-eef61eaf (3 rows); none, the rules&#x27; tags (5 rows)" in html


def test_the_codebook_names_the_stata_variables_as_the_files_have_them(tmp_path):
    """The codebook said every Stata file used the snake_case names, but exchanges.dta has the
    published names with underscores (Type_of_content): a do-file written from it failed."""
    out = tmp_path / "out"
    write_exports(Workspace(tmp_path), build_rows(sample_records()), out)
    published = list(pd.read_stata(out / "exchanges.dta").columns)
    assert "Type_of_content" in published
    book = (out / "codebook.md").read_text()
    assert all(f"`{name}`" in book for name in published)
    assert "`exchanges_full.dta` uses the snake_case names" in book
