"""The periodic run against the local site over loopback: idempotency, the lock, rebuild,
incremental updates, the run log, and the demo. One module-scoped workspace, used in order."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from site_releases import SECTIONS, extra_release, releases

from dipex.workspace import Workspace
from pipeline import main
from publish.run import RunLock, run
from sample_site.server import SampleSite

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("nlp.extract", reason="the extractor (nlp helper) is not in the tree yet")

DATA_FILES = [
    f"{stem}.{ext}" for stem in ("exchanges", "exchanges_full") for ext in ("csv", "xlsx", "parquet", "dta")
] + ["datapackage.json", "codebook.md", "changes.csv"]


def snapshot(out) -> dict[str, bytes]:
    """Every file in out/ except the report (the one file that carries the run's time)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and p.name != "report.html"
    }


@pytest.fixture(scope="module")
def site():
    with SampleSite(releases=releases()) as s:
        yield s


@pytest.fixture(scope="module")
def ws(tmp_path_factory) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("run")).ensure()


@pytest.fixture(scope="module")
def first(ws, site):
    result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    return result, snapshot(ws.out_dir)


def _healthy(result) -> None:
    assert result.failures == []
    assert not [w for w in result.warnings if w.startswith("crawl:")]
    assert result.exit_code == (1 if result.warnings else 0)


def test_first_run_publishes_everything(ws, first):
    result, files = first
    _healthy(result)
    assert result.counts["new releases"] == 4
    assert result.counts["extracted (new or changed text)"] == 4
    assert result.counts["records"] == 4
    for name in DATA_FILES:
        assert name in files, name
    assert "figures/by_country.png" in files and (ws.out_dir / "report.html").exists()
    assert result.counts["rows new"] == result.counts["exchanges (rows)"]
    full = list(csv.DictReader((ws.out_dir / "exchanges_full.csv").open(encoding="utf-8")))
    # the English and the Chinese release of the Cuban delegation's visit are one exchange
    cuba = [r for r in full if "idcpc:150101" in r["keys"]]
    assert len(cuba) == 1 and cuba[0]["keys"] == "idcpc:150101; idcpc:150102"
    assert cuba[0]["urls"].count("http") >= 2 and cuba[0]["archive"].count(".warc.gz@") == 2


def test_second_run_changes_nothing(ws, site, first):
    _, before = first
    result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    _healthy(result)
    assert result.counts["new releases"] == 0
    assert result.counts["extracted (new or changed text)"] == 0
    assert result.counts["records changed"] == 0
    assert (result.counts["rows new"], result.counts["rows changed"], result.counts["rows gone"]) == (0, 0, 0)
    assert result.counts["files written"] == 0
    assert snapshot(ws.out_dir) == before


def test_run_log(ws, first):
    logs = sorted(ws.runs_dir.glob("*-run.json"))
    assert len(logs) >= 2
    data = json.loads(logs[0].read_text())
    assert data["started_at"] <= data["finished_at"]
    assert data["counts"]["new releases"] == 4
    assert data["crawl"]["summary"][0][0] == "source"


def test_second_instance_is_refused(ws, site, first, capsys):
    with RunLock(ws):
        code = main(
            [
                "--workdir",
                str(ws.root),
                "run",
                "--base-url",
                site.base_url,
                "--delay",
                "0",
                "--source",
                *SECTIONS,
            ]
        )
        assert code == 2
        assert "another dipex process" in capsys.readouterr().err
        assert main(["--workdir", str(ws.root), "rebuild"]) == 2
    assert snapshot(ws.out_dir) == first[1]


def test_export_waits_for_no_run_it_is_refused_while_one_holds_the_lock(ws, first, capsys):
    """``export`` while a scheduled run is between extraction and its own export would publish
    a half-updated records store (and the run's changes.csv would then compare with that):
    one at a time, as run and rebuild are."""
    with RunLock(ws):
        assert main(["--workdir", str(ws.root), "export"]) == 2
        assert "another dipex process" in capsys.readouterr().err
    assert snapshot(ws.out_dir) == first[1]
    assert main(["--workdir", str(ws.root), "export"]) == 0  # the lock is free again


def test_lock_held_by_another_process(ws, site, first, capsys):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from publish.run import RunLock; from dipex.workspace import Workspace\n"
            "with RunLock(Workspace.from_arg(sys.argv[1])):\n    print('locked', flush=True); time.sleep(30)",
            str(ws.root),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        code = main(["--workdir", str(ws.root), "run", "--base-url", site.base_url, "--source", *SECTIONS])
        assert code == 2
        assert f"pid {holder.pid}" in capsys.readouterr().err
    finally:
        holder.kill()
        holder.wait()
    with RunLock(ws):  # freed when the holder died
        pass


def _hold_lock(ws) -> subprocess.Popen:
    """Another real process holding the workspace lock, as a run between its steps does."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from publish.run import RunLock; from dipex.workspace import Workspace\n"
         "with RunLock(Workspace.from_arg(sys.argv[1])):\n    print('locked', flush=True); time.sleep(60)",
         str(ws.root)],
        cwd=REPO, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_classify_train_and_import_review_are_refused_while_a_run_holds_the_workspace(ws, first, tmp_path,
                                                                                      capsys):
    """classify rewrites the rows the run is rewriting, train would read a half-rebuilt store and
    swap models/ACTIVE under it, import-review reads the records store to tell what changed:
    each is refused with exit 2 and changes nothing; classify on files touches no store and runs."""
    sheet = tmp_path / "review.xlsx"
    assert main(["--workdir", str(ws.root), "export", "--for-review", str(sheet)]) == 0
    records = ws.records_path.read_bytes()
    labels = sorted(p.name for p in ws.labels_dir.rglob("*") if p.is_file())
    capsys.readouterr()
    holder = _hold_lock(ws)
    try:
        for argv in (["classify"], ["train"], ["import-review", str(sheet), "--annotator", "ana"]):
            assert main(["--workdir", str(ws.root), *argv]) == 2, argv
            err = capsys.readouterr().err
            assert f"{argv[0]}: refused: another dipex process (pid {holder.pid})" in err, err
        assert ws.records_path.read_bytes() == records
        assert sorted(p.name for p in ws.labels_dir.rglob("*") if p.is_file()) == labels
        assert not (ws.models_dir / "ACTIVE").exists()
        out = tmp_path / "tagged.jsonl"
        rows = tmp_path / "records.jsonl"
        rows.write_text(json.dumps({"url": "https://example.org/a", "relevant": False}) + "\n")
        argv = ["classify", "--input", str(rows), "--output", str(out)]
        assert main(["--workdir", str(ws.root), *argv]) in (0, 1)
        assert out.exists()
    finally:
        holder.kill()
        holder.wait()
    assert main(["--workdir", str(ws.root), "classify"]) == 0  # the lock is free again
    assert main(["--workdir", str(ws.root), "import-review", str(sheet), "--annotator", "ana"]) == 0


def test_classify_after_a_run_changes_no_record_and_keeps_where_each_text_came_from(ws, site, first, capsys):
    """``classify`` started each record from the extraction cache, which lacks the catalog's
    text_from ("live" / "archive <time>"): it rewrote every row, and the next run rewrote them back."""
    capsys.readouterr()
    assert main(["--workdir", str(ws.root), "classify"]) == 0
    assert "4 records, 0 changed" in capsys.readouterr().out
    result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    assert result.counts["records changed"] == 0


def test_rebuild_gives_identical_exports(ws, first):
    for derived in (ws.catalog_path, ws.records_path, ws.corpus_dir / "extracted.sqlite"):
        derived.unlink()
        for side in derived.parent.glob(derived.name + "-*"):  # SQLite WAL / shm
            side.unlink()
    shutil.rmtree(ws.out_dir / "figures")
    assert main(["--workdir", str(ws.root), "rebuild"]) in (0, 1)
    assert snapshot(ws.out_dir) == first[1]


def test_export_command_rewrites_nothing(ws, first, tmp_path):
    assert main(["--workdir", str(ws.root), "export"]) == 0
    assert snapshot(ws.out_dir) == first[1]
    sheet = tmp_path / "review.xlsx"
    assert main(["--workdir", str(ws.root), "export", "--for-review", str(sheet)]) == 0
    assert load_workbook(sheet).active.max_row >= 2
    other = tmp_path / "elsewhere"
    assert main(["--workdir", str(ws.root), "export", "--out", str(other)]) == 0
    assert {k: v for k, v in snapshot(other).items() if k != "changes.csv"} == {
        k: v for k, v in first[1].items() if k != "changes.csv"
    }


def test_export_keeps_the_last_runs_health_in_the_report(ws, first):
    """The report is where a researcher reads whether the scheduled runs are healthy: an
    ``export`` (after a classify or a review) rewrites it, and must keep showing the last run's
    health, saying the page was rewritten by export, instead of 'No run log'."""
    from publish.runlog import last_pipeline_run

    last = last_pipeline_run(ws)
    assert main(["--workdir", str(ws.root), "export"]) == 0
    page = (ws.out_dir / "report.html").read_text(encoding="utf-8")
    assert "No run log" not in page
    assert last["run_id"] in page and "rewritten by <code>export</code>" in page


def test_new_release_is_picked_up_incrementally(ws, site, first):
    site.add_release(extra_release())
    result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    _healthy(result)
    assert result.counts["new releases"] == 1
    assert result.counts["extracted (new or changed text)"] == 1
    assert result.counts["records"] == 5
    changes = (ws.out_dir / "changes.csv").read_text()
    assert changes.startswith("change,event_id")
    if result.counts["exchanges (rows)"] > first[0].counts["exchanges (rows)"]:
        assert "new,ev-idcpc:150400" in changes


def test_bad_configuration_exits_2(ws, capsys):
    assert main(["--workdir", str(ws.root), "run", "--source", "no_such_section"]) == 2
    assert main(["--workdir", str(ws.root), "run", "--since", "last tuesday"]) == 2
    assert "bad configuration" in capsys.readouterr().err


def test_demo_on_a_small_site(tmp_path):
    from publish.demo import demo

    outcome = demo(tmp_path / "demo", releases=releases(), sources=SECTIONS)
    assert outcome.run.failures == []
    out = tmp_path / "demo" / "out"
    assert (out / "exchanges.csv").exists() and (out / "report.html").exists()
    assert outcome.seconds > 0
    # a folder that was not made by the demo is never wiped
    precious = tmp_path / "thesis"
    precious.mkdir()
    (precious / "chapter1.tex").write_text("...")
    assert main(["demo", "--dir", str(precious)]) == 2
    assert (precious / "chapter1.tex").exists()


def test_a_broken_line_in_labels_is_a_warning_of_the_run(site, tmp_path):
    """A label line that cannot be read is a human decision the data set no longer applies:
    the run's log and report must say so (with file and line), not only stderr, and a
    scheduled run exits 1 so the loss is seen."""
    from learn.labels import Label, LabelStore

    ws = Workspace(tmp_path / "w").ensure()
    store = LabelStore(ws.labels_dir)
    store.append(Label(url="https://example.org/x", key="idcpc:1", field="content",
                       value="daily interaction", annotator="maria"))
    with store.path.open("a", encoding="utf-8") as fh:
        fh.write('{"url": "https://example.org/y", "field": "content", "val\n')
    result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    assert result.failures == []
    problems = [w for w in result.warnings if "labels.jsonl:2" in w]
    assert len(problems) == 1 and "skipped" in problems[0], result.warnings
    assert result.exit_code == 1
    logged = json.loads(Path(result.log_path).read_text())
    assert any("labels.jsonl:2" in w for w in logged["warnings"])
    assert "labels.jsonl:2" in (ws.out_dir / "report.html").read_text(encoding="utf-8")
