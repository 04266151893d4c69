"""compare on a self-written reference with known numbers."""

from __future__ import annotations

import csv

import pytest

from pipeline import main
from publish.compare import compare, read_rows

HEADER = ["Number", "Date", "Country", "Type", "Contact", "Type of content", "Mechanism"]

# Reference: 6 exchanges; per year 2020: 1, 2021: 2, 2022: 3; per country Cuba 3, Brazil 2, multilateral 1.
REFERENCE = [
    [1, "2020-05-01", "Cuba", "meeting", "Communist Party of Cuba", "daily interaction", "bilateral+leftist"],
    [2, "2021-03-10", "Brazil", "seminar", "Workers' Party (PT)", "knowledge exchange", "bilateral+leftist"],
    [3, "2021-09-09", "Cuba", "meeting", "Miguel Díaz-Canel", "daily interaction", "bilateral+leftist"],
    [4, "2022-01-20", "multilateral", "forum", "CELAC", "knowledge exchange", "regional"],
    [5, "2022-06-01", "Brazil", "meeting", "Lula", "daily interaction", "bilateral"],
    [6, "2022-11-11", "Cuba", "message", "Communist Party of Cuba", "daily interaction", "bilateral+leftist"],
]
# dipex: 6 rows; 4 match the reference (one 2 days off, one contact by containment, one by accents),
# one is 5 days off (no match), one is extra. Per year 2020: 1, 2021: 3, 2022: 2.
DATA = [
    [
        1,
        "2020-05-03",
        "Cuba",
        "meeting",
        "Roberto Morales, Communist Party of Cuba",
        "daily interaction",
        "bilateral+leftist",
    ],
    [2, "2021-03-10", "Brazil", "seminar", "Workers' Party", "knowledge exchange", "bilateral"],
    [3, "2021-09-09", "Cuba", "meeting", "Miguel Diaz-Canel", "daily interaction", "bilateral+leftist"],
    [
        4,
        "2021-12-01",
        "Chile",
        "meeting",
        "Socialist Party of Chile",
        "daily interaction",
        "bilateral+leftist",
    ],
    [5, "2022-01-25", "multilateral", "forum", "CELAC", "knowledge exchange", "regional"],
    [6, "2022-06-02", "Brazil", "meeting", "Luiz Inácio Lula da Silva", "knowledge exchange", "bilateral"],
]


def _write(path, rows):
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(rows)
    return path


@pytest.fixture
def files(tmp_path):
    return _write(tmp_path / "data.csv", DATA), _write(tmp_path / "reference.csv", REFERENCE)


def test_known_numbers(files):
    data, reference = files
    report = compare(read_rows(data), reference)
    assert len(report.matches) == 4
    assert report.precision == pytest.approx(4 / 6)
    assert report.recall == pytest.approx(4 / 6)
    assert {r["Number"] for r in report.only_reference} == {"4", "6"}
    assert {d["Number"] for d in report.only_data} == {"4", "5"}
    # per year: dipex (1, 3, 2) vs reference (1, 2, 3): Pearson 0.5, Spearman 0.5
    assert report.by_year.table == [["2020", 1, 1], ["2021", 3, 2], ["2022", 2, 3]]
    assert report.by_year.pearson == pytest.approx(0.5)
    assert report.by_year.spearman == pytest.approx(0.5)
    # per country: Brazil 2/2, Chile 1/0, Cuba 2/3, multilateral 1/1
    assert report.by_country.table == [
        ["Brazil", 2, 2],
        ["Chile", 1, 0],
        ["Cuba", 2, 3],
        ["multilateral", 1, 1],
    ]
    # x = (2, 1, 2, 1), y = (2, 0, 3, 1): deviations give 2 / sqrt(1 * 5); ranks give 4 / sqrt(4 * 5)
    assert report.by_country.pearson == pytest.approx(2 / 5**0.5)
    assert report.by_country.spearman == pytest.approx(2 / 5**0.5)
    fields = sorted((r["Number"], f) for _, r, f in report.field_disagreements)
    assert fields == [("2", "Mechanism"), ("5", "Type of content")]
    assert report.field_agreement() == {"Type of content": 0.75, "Mechanism": 0.75}
    assert len(report.disagreements()) == 1 + 2 + 2 + 2


def test_cli(files, tmp_path, capsys):
    data, reference = files
    out = tmp_path / "disagreements.csv"
    code = main(
        [
            "--workdir",
            str(tmp_path),
            "compare",
            "--reference",
            str(reference),
            "--data",
            str(data),
            "--output",
            str(out),
        ]
    )
    assert code == 0
    text = capsys.readouterr().out
    assert "precision 0.667   recall 0.667" in text
    assert "counts per year (3 years): Pearson 0.500   Spearman 0.500" in text
    rows = list(csv.reader(out.open()))
    assert rows[0][0] == "kind" and len(rows) == 7


def test_cli_bad_reference(tmp_path, files):
    data, _ = files
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n")
    assert main(["--workdir", str(tmp_path), "compare", "--reference", str(bad), "--data", str(data)]) == 2
    assert (
        main(
            [
                "--workdir",
                str(tmp_path),
                "compare",
                "--reference",
                str(tmp_path / "none.csv"),
                "--data",
                str(data),
            ]
        )
        == 2
    )


def test_the_demo_reference_is_the_sample_coding_one_row_per_exchange(tmp_path):
    from publish.demo import write_reference
    from sample_site.releases import generate

    releases = list(generate(120, 5))
    n = write_reference(releases, tmp_path / "reference.csv")
    rows = read_rows(tmp_path / "reference.csv")
    relevant = [r for r in releases if r.truth.get("relevant")]
    retold = [r for r in relevant if r.lang == "zh" and any(
        o.lang == "en" and o.site == r.site and o.truth["event_date"] == r.truth["event_date"]
        and o.truth["country"] == r.truth["country"] for o in relevant)]
    assert retold, "the generator reports some events twice"
    assert n == len(rows) <= len(relevant) - len(retold)
    assert len({(r["Date"], r["Country"], r["Contact"]) for r in rows}) == n  # no exchange twice
    for twin in retold:
        day, country = twin.truth["event_date"], twin.truth["country"]
        row = next(r for r in rows if r["Date"] == day and r["Country"] == country)
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in row["Contact"])  # the English release's names


def test_a_reference_whose_dates_cannot_be_read_is_said_so_not_matched_silently(files, tmp_path, capsys):
    """A reference saved from a spreadsheet in a European locale has dates like 01/05/2020.
    They must not be quietly dropped (rows then matched on names alone, per-year counts n/a):
    the rows are named, with what a date must look like, and the command exits 1."""
    data, _ = files
    eu = [[n, "/".join(reversed(day.split("-"))), *rest] for n, day, *rest in REFERENCE]
    reference = _write(tmp_path / "reference_eu.csv", eu)
    report = compare(read_rows(data), reference)
    assert len(report.unreadable_dates) == 6
    assert report.unreadable_dates[0] == "reference row 2: '01/05/2020'"
    code = main(["--workdir", str(tmp_path), "compare", "--reference", str(reference), "--data", str(data)])
    assert code == 1
    text = capsys.readouterr().out
    assert text.startswith("warning: 6 row(s) with a Date that is not a date (write YYYY-MM-DD)")
    assert "reference row 2: '01/05/2020'" in text


def test_an_xlsx_reference_with_date_cells_reads_as_days(files, tmp_path):
    """Dates typed in Excel are date cells; they read as YYYY-MM-DD (not '2020-05-01 00:00:00'),
    so the disagreements list shows them as the CSV would."""
    import datetime

    from openpyxl import Workbook

    data, _ = files
    book = Workbook()
    book.active.append(HEADER)
    for n, day, *rest in REFERENCE:
        book.active.append([n, datetime.datetime.fromisoformat(day), *rest])
    book.save(tmp_path / "reference.xlsx")
    rows = read_rows(tmp_path / "reference.xlsx")
    assert [r["Date"] for r in rows] == [r[1] for r in REFERENCE]
    report = compare(read_rows(data), tmp_path / "reference.xlsx")
    assert len(report.matches) == 4 and report.unreadable_dates == []
