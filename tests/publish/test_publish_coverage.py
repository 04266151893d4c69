"""``coverage`` on a local site with known gaps: what the lists, the archive and the search
know per section and year, what was fetched, how far each list reaches, the likely gap months
and the study years that look incomplete — crawled for real over loopback."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from dipex.workspace import Workspace
from publish.coverage import Coverage, coverage, figure, likely_gaps, run_summary
from sample_site.releases import bundled
from sample_site.server import SampleSite
from scraper.crawl import crawl
from scraper.http import HttpClient
from scraper.sources import load_sources

REPO = Path(__file__).resolve().parents[2]
SECTION = "mfa_en_topnews"
SOURCES = {s.name: s for s in load_sources()}


def dated(days: list[str]) -> list:
    base = next(r for r in bundled() if r.section == SECTION)
    return [dataclasses.replace(base, id=9_900_000 + i * 7, published=day) for i, day in enumerate(days)]


# 2015: 3 releases; 2016: none; 2017: 4 a month, but none in June; 2018: 2
DAYS = (["2015-03-02", "2015-07-08", "2015-11-11"]
        + [f"2017-{m:02d}-{d:02d}" for m in range(1, 13) if m != 6 for d in (3, 10, 17, 24)]
        + ["2018-02-05", "2018-09-09"])


def client() -> HttpClient:
    return HttpClient(delay=0, timeout=2, retries=1, backoff=0.01)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """(coverage after the lists only, coverage after the backfill, the workspace)."""
    ws = Workspace(tmp_path_factory.mktemp("cov") / "project").ensure()
    releases = dated(DAYS)
    with SampleSite(releases=releases, list_depth=10) as site:
        crawl(ws, sources=[SOURCES[SECTION]], base_url=site.base_url, delay=0, progress=False,
              client=client())
        lists_only = coverage(ws)
        crawl(ws, sources=[SOURCES[SECTION], SOURCES["archive_mfa"]], base_url=site.base_url, delay=0,
              progress=False, client=client(), archive_delay=0)
    return lists_only, coverage(ws), ws


def cell(cov: Coverage, period: str):
    return next(c for c in cov.cells if c.section == SECTION and c.period == period)


def test_the_capped_list_shows_only_its_newest_releases(crawled):
    lists_only, _, _ = crawled
    assert [(c.period, c.lists, c.known, c.fetched) for c in lists_only.cells] == [("2017", 8, 8, 8),
                                                                                  ("2018", 2, 2, 2)]
    assert lists_only.list_reach[SECTION] == "2017-11-03"  # the 10 newest: 2 of 2018, 8 of 2017
    years = lists_only.incomplete_years
    assert set(years) == set(range(2013, 2017))  # before the list's reach nothing is known
    assert "no release" in years[2015]


def test_after_the_backfill_every_year_is_known_and_fetched(crawled):
    _, cov, _ = crawled
    assert (cell(cov, "2015").known, cell(cov, "2015").archive, cell(cov, "2015").fetched) == (3, 3, 3)
    y2017 = cell(cov, "2017")
    assert (y2017.known, y2017.lists, y2017.archive, y2017.fetched, y2017.missing) == (44, 8, 44, 44, 0)
    assert cell(cov, "2018").known == 2
    assert not any(c.period == "2016" for c in cov.cells)
    assert cov.list_reach[SECTION] == "2017-11-03"  # the archive does not move the list's reach
    assert cov.gaps == {SECTION: ["2017-06"]}  # four a month around it, none in June
    years = cov.incomplete_years
    assert "no release while the years around it have some" in years[2016]
    assert "likely gap 2017-06" in years[2017]
    assert 2015 not in years and 2018 not in years
    assert "2013" in cov.incomplete_line() and "2017" in cov.incomplete_line()


def test_per_month_table_and_totals(crawled):
    _, _, ws = crawled
    cov = coverage(ws, by_month=True)
    assert cell(cov, "2017-05").known == 4 and not any(c.period == "2017-06" for c in cov.cells)
    table = cov.table()
    assert table[0][:2] == ["section", "period"]
    assert ["ALL", "2017-07", 0, 0, 4, 0, 4, 4, 0] in table


def test_figure_run_summary_and_the_command(crawled, tmp_path):
    _, cov, ws = crawled
    assert figure(cov, tmp_path / "coverage.png").stat().st_size > 1000
    assert figure(cov, tmp_path / "coverage.svg").read_text(encoding="utf-8").startswith("<?xml")
    summary = run_summary(ws)
    assert summary["coverage"][0][0] == "year" and summary["coverage_note"].startswith("coverage:")
    done = subprocess.run([sys.executable, "pipeline.py", "--workdir", str(ws.root), "coverage", "--month"],
                          cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "2017-06" in done.stdout and "look incomplete" in done.stdout


def test_gaps_need_busy_neighbours_and_no_catalog_is_no_error(tmp_path):
    assert likely_gaps({"2020-01": 5, "2020-03": 5}) == ["2020-02"]
    assert likely_gaps({"2020-01": 1, "2020-03": 5}) == []
    assert likely_gaps({}) == []
    empty = coverage(Workspace(tmp_path))
    assert empty.cells == [] and empty.incomplete_line() is None


def test_a_run_with_backfill_says_where_each_text_came_from(tmp_path):
    import csv

    from nlp.records_db import load_records
    from publish.run import run

    sections = ("mfa_en_topnews_2015", "idcpc_en_news")
    releases = [r for r in bundled() if r.section in sections]
    ws = Workspace(tmp_path / "project").ensure()
    with SampleSite.with_history(releases=releases) as site:
        result = run(ws, base_url=site.base_url, sources=list(sections), delay=0, backfill=True,
                     archive_delay=0, processes=1)
    assert result.counts["new releases"] == len(releases)
    origins = {r.text_from.split(" ")[0] for r in load_records(ws.records_path)}
    assert origins == {"live", "archive"}
    with open(ws.out_dir / "exchanges_full.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert any("archive 20" in row["text_from"] for row in rows)
    assert all(len(row["text_from"].split("; ")) == len(row["keys"].split("; ")) for row in rows)
    assert result.crawl["coverage"][0][0] == "year"
    assert "Coverage" in (ws.out_dir / "report.html").read_text(encoding="utf-8")


def test_the_figure_shows_the_study_years_with_no_release_shaded():
    """A section whose corpus starts in 2022 has study years 2013–2021 'incomplete (no release)';
    the figure drew only the years with releases, so none was shaded and it looked complete."""
    from publish.coverage import Cell, Coverage, figure_years

    cov = Coverage(cells=[Cell("mfa_zh_topnews", "2022", lists=1, known=1, fetched=1),
                          Cell("mfa_zh_topnews", "2024", lists=2, known=2, fetched=2)],
                   incomplete_years={y: "no release (the corpus starts in 2022)" for y in range(2013, 2022)})
    years = figure_years(cov)
    assert years[0] == "2013" and "2021" in years and "2022" in years and "2024" in years
    assert years == sorted(years) and "2023" in years  # a year between two drawn ones is drawn, empty
