"""A run killed with SIGKILL (no ``finally`` runs) is told by the next run, ``status`` and the
report, from what it left on disk; a rebuild with only warnings says so. Real processes, the
sample site over loopback, real SQLite."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from site_releases import SECTIONS, releases

from dipex.workspace import Workspace
from pipeline import main
from publish.run import run
from publish.runlog import last_pipeline_run
from sample_site.server import SampleSite

REPO = Path(__file__).resolve().parents[2]

pytest.importorskip("nlp.extract", reason="the extractor (nlp helper) is not in the tree yet")


def _logs(ws: Workspace) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(ws.runs_dir.glob("*-run.json"))]


def _kill_during_crawl(ws: Workspace, site: SampleSite) -> dict:
    """Start a real ``pipeline.py run`` (slow: a delay between requests), SIGKILL it in its crawl."""
    before = {log["run_id"] for log in _logs(ws)}
    site.requests.clear()
    proc = subprocess.Popen(
        [sys.executable, "pipeline.py", "--workdir", str(ws.root), "run", "--base-url", site.base_url,
         "--delay", "0.5", "--source", *SECTIONS],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            running = [log for log in _logs(ws)
                       if log.get("status") == "running" and log["run_id"] not in before]
            if running and len(site.requests) >= 2:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the run never logged itself as running")
        live = last_pipeline_run(ws)
        assert live["status"] == "running" and live["pid"] == proc.pid  # it holds the lock: not interrupted
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return running[0]


def test_a_killed_run_is_told_by_status_the_next_run_and_its_report(tmp_path, capsys):
    ws = Workspace(tmp_path / "project").ensure()
    with SampleSite(releases=releases()) as site:
        killed = _kill_during_crawl(ws, site)
        assert killed["stage"] == "crawl" and killed["pid"]

        assert main(["--workdir", str(ws.root), "status"]) == 0
        out = capsys.readouterr().out
        assert f"last run {killed['run_id']}: interrupted" in out, out
        # the crawler's own line is the crawl's, with no end time shown as "None"
        assert "finished None" not in out and "\nlast crawl " in out, out
        assert "was interrupted (killed, or the machine stopped) during its step 'crawl'" in out

        result = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
        told = [w for w in result.warnings if w.startswith("previous run:")]
        assert len(told) == 1 and killed["run_id"] in told[0] and "'crawl'" in told[0], result.warnings
        assert result.counts["records"] == 4  # the next run picks up and finishes
        report = (ws.out_dir / "report.html").read_text(encoding="utf-8")
        assert f"the run {killed['run_id']}" in report and "was interrupted" in report
        marked = next(log for log in _logs(ws) if log["run_id"] == killed["run_id"])
        assert marked["status"] == "interrupted" and marked["noticed_by"] == result.run_id

        again = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)  # told once, not every run
        assert not [w for w in again.warnings if w.startswith("previous run:")]
        assert main(["--workdir", str(ws.root), "status"]) == 0
        assert f"last run {again.run_id}: {again.status}" in capsys.readouterr().out

        # two killed in a row: the second told of the first in warnings nobody saw, so both are told
        first = _kill_during_crawl(ws, site)
        second = _kill_during_crawl(ws, site)
        told = [w for w in run(ws, base_url=site.base_url, sources=SECTIONS, delay=0).warnings
                if w.startswith("previous run:")]
        assert [first["run_id"] in told[0], second["run_id"] in told[1]] == [True, True], told


def test_a_rebuild_with_only_warnings_says_so(tmp_path, capsys):
    ws = Workspace(tmp_path / "project").ensure()
    with SampleSite(releases=releases()) as site:
        run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
    (ws.labels_dir / "labels.jsonl").open("a", encoding="utf-8").write("{not a label\n")
    capsys.readouterr()
    assert main(["--workdir", str(ws.root), "rebuild"]) == 1
    out = capsys.readouterr().out
    assert "rebuild: finished with 1 warning and no failure in" in out, out
    assert "some failures" not in out
    log = json.loads(sorted(ws.runs_dir.glob("*-rebuild.json"))[-1].read_text())
    assert log["status"] == "warnings" and log["failures"] == [] and log["finished_at"]
