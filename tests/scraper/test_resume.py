"""Killed crawls continue where they stopped, and the catalog can be rebuilt from the WARC
files alone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from crawl_helpers import article_requests, assert_catalog_matches_warc, catalog_count, run

from sample_site.releases import bundled
from sample_site.server import SampleSite
from scraper.catalog import Catalog
from scraper.urls import canonical_key

REPO = Path(__file__).resolve().parents[2]


def test_kill_9_mid_crawl_then_resume(ws):
    expected = {canonical_key(r.url) for r in bundled()}
    with SampleSite() as site:
        cmd = [sys.executable, "pipeline.py", "--workdir", str(ws.root), "crawl", "--base-url",
               site.base_url, "--delay", "0.02", "--no-progress"]
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while catalog_count(ws.catalog_path) < 5:
            assert proc.poll() is None, "the crawl finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        partial = catalog_count(ws.catalog_path)
        assert 0 < partial < len(expected)

        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr

    with Catalog(ws.catalog_path) as cat:
        keys = [r.key for r in cat.iter_releases()]
        assert sorted(keys) == sorted(expected)  # none lost, none twice
        runs = cat.db.execute("SELECT id, finished_at, report FROM runs ORDER BY id").fetchall()
        assert len(runs) == 2 and all(r["finished_at"] for r in runs)
        assert '"interrupted": true' in runs[0]["report"]
    assert_catalog_matches_warc(ws)


def test_a_record_archived_but_not_cataloged_is_reindexed_not_refetched(ws):
    """The window kill -9 can hit: the WARC record is flushed, the catalog row not committed."""
    section = bundled()[0].section
    with SampleSite() as site:
        first = run(ws, site, sources=[section])
        with Catalog(ws.catalog_path) as cat:
            lost = [r.key for r in cat.iter_releases()][:3]
            for key in lost:
                cat.db.execute("DELETE FROM releases WHERE key = ?", (key,))
                cat.db.execute("DELETE FROM aliases WHERE key = ?", (key,))
            cat.db.execute("DELETE FROM list_pages")  # their list pages were not finished either
            cat.db.execute("UPDATE runs SET finished_at = NULL, report = NULL WHERE id = ?", (first.run_id,))
        site.reset_log()
        again = run(ws, site, sources=[section])
        assert article_requests(site) == []
    assert again.reindexed.get("ok") == len(lost) and again.new == 0
    with Catalog(ws.catalog_path) as cat:
        assert all(cat.get(k).status == "ok" for k in lost)
    assert_catalog_matches_warc(ws)


def test_rebuild_from_warc_gives_the_same_catalog(ws):
    with SampleSite() as site:
        run(ws, site, sources=["idcpc_en_news", "mfa_zh_topnews", "mfa_en_topnews_2015"])
    columns = "key, url, status, source, site, lang, sha256, warc_file, warc_offset, title, published, text"
    with Catalog(ws.catalog_path) as cat:
        before = [tuple(r) for r in cat.db.execute(f"SELECT {columns} FROM releases ORDER BY key")]
        aliases = [tuple(r) for r in cat.db.execute("SELECT key, url FROM aliases ORDER BY key, url")]
        counts = cat.rebuild_from_warc(ws.warc_dir)
        after = [tuple(r) for r in cat.db.execute(f"SELECT {columns} FROM releases ORDER BY key")]
        assert after == before and counts["ok"] == len(before)
        assert [tuple(r) for r in cat.db.execute("SELECT key, url FROM aliases ORDER BY key, url")] == aliases
