"""A derived SQLite store under corpus/ damaged (a full disk, a bad copy): the run says which
file and what to do, and ``rebuild`` — the command for a lost derived file — recreates it."""

from __future__ import annotations

from pathlib import Path

import pytest
from site_releases import SECTIONS, releases

from dipex.workspace import Workspace
from publish.rebuild import rebuild
from publish.run import run
from sample_site.server import SampleSite

pytest.importorskip("nlp.extract", reason="the extractor (nlp helper) is not in the tree yet")


def _data(out) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes()
            for p in sorted(out.rglob("*")) if p.is_file() and p.name != "report.html"}


def _damage(path) -> None:
    data = path.read_bytes()
    for side in path.parent.glob(path.name + "-*"):  # SQLite WAL / shm
        side.unlink()
    path.write_bytes(data[:3000] + b"\x00garbage" * 200)


def test_rebuild_recreates_damaged_derived_stores(tmp_path):
    ws = Workspace(tmp_path / "w").ensure()
    with SampleSite(releases=releases()) as site:
        first = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
        assert first.failures == []
        before = _data(ws.out_dir)
        for path in (ws.records_path, ws.corpus_dir / "extracted.sqlite"):
            _damage(path)

        stopped = run(ws, base_url=site.base_url, sources=SECTIONS, delay=0)
        assert stopped.exit_code == 1
        [failure] = [f for f in stopped.failures if "stopped" in f]
        assert "rebuild" in failure, failure
        assert _data(ws.out_dir) == before  # nothing published from a damaged store
        # the report a researcher opens says the latest run stopped, not that all is well
        report = (ws.out_dir / "report.html").read_text(encoding="utf-8")
        assert "stopped" in report and Path(stopped.log_path).stem in report
        assert report.count("dipex:stopped -->") == 2  # one banner (start and end marks)

    again = rebuild(ws)
    assert "dipex:stopped" not in (ws.out_dir / "report.html").read_text(encoding="utf-8")
    assert again.failures == [], again.failures
    assert any("records.sqlite" in w and "set aside" in w for w in again.warnings), again.warnings
    assert list(ws.corpus_dir.glob("records.sqlite.damaged-*"))  # kept, not deleted
    assert _data(ws.out_dir) == before
