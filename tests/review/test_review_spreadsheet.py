"""The review spreadsheet: export, correct in "Excel", import as labels — bad cells included."""

from __future__ import annotations

import datetime
import re

import pytest
from openpyxl import load_workbook
from review_corpus import VOCAB

import pipeline
from learn.labels import LabelStore
from nlp.records_db import RecordStore
from review.spreadsheet import SpreadsheetError, export_for_review, import_review


def columns(sheet) -> dict[str, str]:
    return {cell.value: cell.column_letter for cell in sheet[1]}


def row_of(sheet, key: str) -> int:
    letter = columns(sheet)["key"]
    return next(c.row for c in sheet[letter] if c.value == key)


@pytest.fixture
def exported(corpus, tmp_path):
    path = tmp_path / "review.xlsx"
    assert export_for_review(corpus.ws, path, vocab=VOCAB) == 4
    return path


def test_export_has_one_row_per_record_hidden_keys_and_drop_downs(corpus, exported):
    book = load_workbook(exported)
    sheet = book["review"]
    col = columns(sheet)
    assert sheet.column_dimensions[col["key"]].hidden and sheet.column_dimensions[col["text_sha256"]].hidden
    assert book["exported"].sheet_state == "hidden" and book["lists"].sheet_state == "hidden"
    row = row_of(sheet, "idcpc:1001")
    assert sheet[f"{col['content']}{row}"].value == "daily interaction"
    assert sheet[f"{col['relevant']}{row}"].value == "yes"
    assert sheet[f"{col['mechanism']}{row}"].value == "bilateral, leftist"
    assert sheet[f"{col['contacts']}{row}"].value == "Roberto Morales Ojeda | party | Communist Party of Cuba"
    assert "<script>window.pwned" in sheet[f"{col['text']}{row}"].value  # the text, as data
    assert sheet[f"{col['chinese_side']}{row}"].value is None  # not a field of party releases
    mfa = row_of(sheet, "mfa:2001")
    assert sheet[f"{col['partnership_level']}{mfa}"].value == "comprehensive strategic partnership"
    validated = {
        re.match(r"[A-Z]+", cell_range).group(0)
        for rule in sheet.data_validations.dataValidation
        for cell_range in str(rule.sqref).split()
    }
    for name in ("relevant", "country", "exchange_type", "content", "partnership_action", "accept"):
        assert col[name] in validated, name
    event_rules = [r for r in sheet.data_validations.dataValidation if col["event_type"] in str(r.sqref)]
    lists = book["lists"]
    referenced = {
        lists.cell(row=1, column=lists[r.formula1.split("!")[1].split(":")[0].replace("$", "")].column).value
        for r in event_rules
    }
    assert referenced == {"event_type_idcpc", "event_type_mfa"}


def test_export_never_writes_formulas(corpus, tmp_path):
    store = RecordStore(corpus.ws.records_path)
    record = store.get("idcpc:1003")
    record.title = '=HYPERLINK("http://evil.example","click")'
    path = tmp_path / "formula.xlsx"
    export_for_review(corpus.ws, path, records=[record], vocab=VOCAB)
    store.close()
    sheet = load_workbook(path)["review"]
    cell = sheet[f"{columns(sheet)['title']}2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert cell.quotePrefix  # Excel keeps it text when a reviewer edits the cell


def test_export_quotes_every_formula_like_start(corpus, tmp_path):
    store = RecordStore(corpus.ws.records_path)
    record = store.get("idcpc:1003")
    path = tmp_path / "formula.xlsx"
    for start in ("+SUM(A1:A9)", "-2+3", "@cmd"):
        record.title = start
        export_for_review(corpus.ws, path, records=[record], vocab=VOCAB)
        cell = load_workbook(path)["review"][f"{columns(load_workbook(path)['review'])['title']}2"]
        assert cell.data_type == "s" and cell.value == start and cell.quotePrefix
    store.close()


def test_unchanged_spreadsheet_imports_nothing(corpus, exported):
    report = import_review(corpus.ws, exported, "ana", vocab=VOCAB)
    assert report.ok and report.rows == 4 and report.labels == 0


def test_corrections_round_trip_into_labels_and_bad_cells_are_reported(corpus, exported):
    book = load_workbook(exported)
    sheet = book["review"]
    col = columns(sheet)
    cuba, brazil, mfa, kenya = (
        row_of(sheet, k) for k in ("idcpc:1001", "idcpc:1002", "mfa:2001", "idcpc:1003")
    )
    good = {
        f"{col['content']}{cuba}": "knowledge exchange",
        f"{col['event_date']}{cuba}": datetime.datetime(2024, 3, 4),  # a date typed into Excel
        f"{col['contacts']}{cuba}": "Roberto Morales Ojeda | party | PCC\nAna Pérez | government",
        f"{col['mechanism']}{brazil}": "bilateral",
        f"{col['accept']}{mfa}": "yes",
        f"{col['comment']}{mfa}": "checked against the joint statement",
    }
    bad = {
        f"{col['country']}{brazil}": "Atlantis",
        f"{col['event_date']}{brazil}": "2024-13-45",
        f"{col['relevant']}{kenya}": "perhaps",
        f"{col['content']}{kenya}": "gossip",
        f"{col['chinese_side']}{kenya}": "Wang Yi",
        f"{col['contacts']}{kenya}": "Someone | party | Party of Atlantis",
    }
    for address, value in {**good, **bad}.items():
        sheet[address] = value
    book.save(exported)

    first = import_review(corpus.ws, exported, "ana", vocab=VOCAB)
    assert not first.ok and first.rows == 4 and first.labels == 3 + 1 + 12  # accepted ministry row: 12
    labels, problems = LabelStore(corpus.ws.labels_dir).read()
    assert not problems
    by_doc = {}
    for label in labels:
        by_doc.setdefault(label.key, {})[label.field] = label
    assert by_doc["idcpc:1001"]["content"].value == "knowledge exchange"
    assert by_doc["idcpc:1001"]["event_date"].value == "2024-03-04"
    assert [c["party_id"] for c in by_doc["idcpc:1001"]["contacts"].value] == ["cu-pcc", None]
    assert set(by_doc["idcpc:1001"]) == {"content", "event_date", "contacts"}
    assert set(by_doc["idcpc:1002"]) == {"mechanism"}  # its bad cells skipped, the good one kept
    assert len(by_doc["mfa:2001"]) == 12 and by_doc["mfa:2001"]["partnership_action"].value == "upgrade"
    assert by_doc["mfa:2001"]["event_type"].note.endswith("checked against the joint statement")
    assert "idcpc:1003" not in by_doc
    assert all(
        lb.annotator == "ana" and lb.text_sha256 and lb.note.startswith("review import") for lb in labels
    )

    again = import_review(corpus.ws, exported, "ana", vocab=VOCAB)  # after fixing nothing: no duplicates
    assert again.labels == 0 and again.unchanged == first.labels and len(again.errors) == len(bad)
    assert import_review(corpus.ws, exported, "bo", vocab=VOCAB).labels == first.labels  # another coder
    assert sorted(e.cell for e in first.errors) == sorted(bad)
    message = {e.cell: str(e) for e in first.errors}
    assert message[f"{col['country']}{brazil}"].startswith(f"review!{col['country']}{brazil}: 'Atlantis'")
    assert "gazetteer" in message[f"{col['country']}{brazil}"]
    assert "yes | no" in message[f"{col['relevant']}{kenya}"]
    assert "not a field of idcpc releases" in message[f"{col['chinese_side']}{kenya}"]
    assert "daily interaction | knowledge exchange" in message[f"{col['content']}{kenya}"]


def test_browser_and_spreadsheet_labels_are_the_same(corpus, exported):
    from review.app import create_app

    client = create_app(corpus.ws, vocab=VOCAB).test_client()
    page = client.get("/record?key=idcpc:1002").get_data(as_text=True)
    token = page.split('name="csrf-token" content="')[1].split('"')[0]
    assert (
        client.post(
            "/api/save",
            headers={"X-CSRF-Token": token},
            json={"key": "idcpc:1002", "annotator": "web", "values": {"mechanism": ["regional", "leftist"]}},
        ).status_code
        == 200
    )
    book = load_workbook(exported)
    sheet = book["review"]
    sheet[f"{columns(sheet)['mechanism']}{row_of(sheet, 'idcpc:1002')}"] = "regional, leftist"
    book.save(exported)
    assert import_review(corpus.ws, exported, "sheet", vocab=VOCAB).labels == 1
    labels, _ = LabelStore(corpus.ws.labels_dir).read()
    web, sheet_label = labels
    assert (web.url, web.key, web.field, web.value, web.text_sha256) == (
        sheet_label.url,
        sheet_label.key,
        sheet_label.field,
        sheet_label.value,
        sheet_label.text_sha256,
    )


def test_not_a_review_spreadsheet_is_refused_whole(corpus, tmp_path):
    from openpyxl import Workbook

    other = tmp_path / "other.xlsx"
    Workbook().save(other)
    with pytest.raises(SpreadsheetError, match="no sheet 'review'"):
        import_review(corpus.ws, other, "ana", vocab=VOCAB)
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really")
    code = pipeline.main(
        [
            "--workdir",
            str(corpus.ws.root),
            "import-review",
            str(tmp_path / "broken.xlsx"),
            "--annotator",
            "ana",
        ]
    )
    assert code == 2
    assert LabelStore(corpus.ws.labels_dir).read() == ([], [])


def test_import_review_command_reports_bad_cells_and_imports_the_good(corpus, exported, capsys):
    book = load_workbook(exported)
    sheet = book["review"]
    col = columns(sheet)
    sheet[f"{col['content']}{row_of(sheet, 'idcpc:1002')}"] = "daily interaction"
    sheet[f"{col['content']}{row_of(sheet, 'idcpc:1001')}"] = "small talk"
    book.save(exported)
    code = pipeline.main(
        ["--workdir", str(corpus.ws.root), "import-review", str(exported), "--annotator", "ana"]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "1 label(s) written" in out and "1 bad cell(s)" in out
    assert f"review!{col['content']}{row_of(sheet, 'idcpc:1001')}: 'small talk'" in out
    [label] = LabelStore(corpus.ws.labels_dir).read()[0]
    assert (label.key, label.field, label.value, label.annotator) == (
        "idcpc:1002",
        "content",
        "daily interaction",
        "ana",
    )


def test_an_end_date_before_the_start_is_refused_with_its_cell(corpus, exported):
    book = load_workbook(exported)
    sheet = book["review"]
    col, row = columns(sheet), row_of(sheet, "idcpc:1001")
    sheet[f"{col['event_date_end']}{row}"] = "2024-03-01"  # the event starts on 2024-03-05
    sheet[f"{col['country']}{row}"] = "Chile"
    book.save(exported)
    report = import_review(corpus.ws, exported, "ana", vocab=VOCAB)
    assert [str(e) for e in report.errors if "before it starts" in str(e)]
    labels, _ = LabelStore(corpus.ws.labels_dir).read()
    assert [(lb.field, lb.value) for lb in labels] == [("country", "Chile")]


def test_a_bad_part_of_a_contacts_cell_is_named(corpus, exported):
    """A contacts cell holds several lines; the message named only the whole cell, so a coder had
    to guess which line's kind or party was refused. It names the refused part too."""
    book = load_workbook(exported)
    sheet = book["review"]
    col, row = columns(sheet), row_of(sheet, "idcpc:1001")
    sheet[f"{col['contacts']}{row}"] = "Roberto Morales Ojeda | party | PCC\nNicolás Maduro | person"
    book.save(exported)
    (error,) = import_review(corpus.ws, exported, "ana", vocab=VOCAB).errors
    assert "'person' in it" in str(error) and "contact kind one of party" in str(error)
