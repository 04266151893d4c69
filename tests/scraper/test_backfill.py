"""Web-archive backfill, site search and lists of urls, against the local site "as today"
(capped lists, removed pages) and its local stand-in of the Wayback Machine, over loopback."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

from crawl_helpers import assert_catalog_matches_warc, catalog_count, run

from sample_site.releases import bundled
from sample_site.server import SampleSite, removed_in_history
from scraper.archive import iter_responses
from scraper.catalog import Catalog
from scraper.judge import NOT_RELEASE, OK, judge_capture
from scraper.pages import parse_page
from scraper.sources import load_sources
from scraper.urls import canonical_key

REPO = Path(__file__).resolve().parents[2]
SOURCES = {s.name: s for s in load_sources()}
ALL = {canonical_key(r.url) for r in bundled()}


def capture_paths(site) -> list[str]:
    return [unquote(r.path) for r in site.requests if r.path.startswith("/web.archive.org/web/")]


def cdx_paths(site) -> list[str]:
    return [unquote(r.path) for r in site.requests if "/cdx/search/cdx" in r.path]


def held(ws) -> dict:
    with Catalog(ws.catalog_path) as cat:
        return {r.key: r for r in cat.iter_releases()}


def test_backfill_reaches_every_release_the_lists_no_longer_show(ws):
    with SampleSite.with_history(archive_throttle=True) as site:
        live = run(ws, site)
        live_keys = {k for k, r in held(ws).items() if r.status == OK}
        assert live.new == len(live_keys) < len(ALL)  # capped lists and removed pages hide some
        site.reset_log()
        report = run(ws, site, backfill=True, archive_delay=0)
        captures = capture_paths(site)
        bad, old_layout = site.archive.bad, site.archive.old_layout_url
    rows = held(ws)
    assert {k for k, r in rows.items() if r.status == OK} == ALL  # every release, 2013 onwards
    assert report.new == report.new_archive == len(ALL - live_keys)
    # no capture of a release the live site gave: a live copy wins, and costs the archive nothing
    asked = {canonical_key(p.split("id_/", 1)[1]) for p in captures}
    assert not asked & live_keys
    for key in ALL - live_keys:
        assert rows[key].origin == "archive" and rows[key].captured_at.endswith("Z"), key
    for key in live_keys:
        assert rows[key].origin == "live" and rows[key].captured_at is None
    # removed pages are filled in from the archive; they were gone on the live site
    for url in removed_in_history(bundled()):
        assert rows[canonical_key(url)].origin == "archive"
    # the 429 was honoured (Retry-After) and the capture fetched on the retry
    assert report.status_counts.get("429") == 1
    # captured error pages, the cut capture and the mis-encoded one were tried and rejected,
    # and the good capture of the same release taken instead
    assert report.captures_not_release >= 3
    with Catalog(ws.catalog_path) as cat:
        outcomes = dict(cat.db.execute("SELECT original, outcome FROM archive_captures "
                                       "WHERE outcome IS NOT NULL AND outcome != 'ok'").fetchall())
    reasons = " | ".join(outcomes.values())
    assert "captured error page" in reasons and "truncated capture" in reasons and "encoding" in reasons
    for url in bad.values():
        if canonical_key(url) not in live_keys:
            assert rows[canonical_key(url)].status == OK
    # the old-layout capture of a page the live site shows in the new layout parses the same
    release = next(r for r in bundled() if r.url == old_layout)
    row = rows[canonical_key(old_layout)]
    assert row.title == release.title and row.published == release.published
    if row.origin == "archive":
        assert row.template == "mfa_zh_vibox"
    # the WARC keeps what was fetched, with the original url and capture time beside it
    records = [r for r in iter_responses(ws.warc_dir) if r.role == "capture" and r.status == 200]
    assert records and all(r.original and len(r.captured_at) == 14 for r in records)
    assert all(r.url.startswith("https://web.archive.org/web/") for r in records)
    assert_catalog_matches_warc(ws)


def test_a_second_backfill_asks_only_for_newer_captures_and_fetches_nothing_held(ws):
    with SampleSite.with_history() as site:
        run(ws, site, backfill=True, archive_delay=0)
        with Catalog(ws.catalog_path) as cat:
            newest = dict(cat.db.execute("SELECT prefix, last_timestamp FROM cdx_state").fetchall())
        site.reset_log()
        again = run(ws, site, backfill=True, archive_delay=0)
        assert capture_paths(site) == [] and again.new == 0
        queries = cdx_paths(site)
        assert len(queries) == len(newest)
        for prefix, stamp in newest.items():
            assert any(f"url={prefix}" in q and f"from={stamp}" in q for q in queries), prefix
        # one new capture of a release the live lists never showed: fetched, and only it
        release = dataclasses.replace(bundled()[0], id=1_399_001)
        site.archive.add_capture(release.url, "20990101000000",
                                 site.content.article_body(bundled()[0].url))
        site.reset_log()
        third = run(ws, site, backfill=True, archive_delay=0)
        assert [p.split("id_/", 1)[1] for p in capture_paths(site)] == [release.url]
        assert third.new_archive == 1
    assert_catalog_matches_warc(ws)


def test_an_interrupted_listing_goes_on_from_its_resume_key_and_nothing_is_fetched_twice(ws):
    archive = dataclasses.replace(SOURCES["archive_mfa"], cdx_limit=15)
    lists = [s for s in SOURCES.values() if s.kind == "list" and s.site == "mfa"]
    with SampleSite.with_history() as site:
        run(ws, site, sources=lists)
        site.archive.down_after(3)  # an outage after three archive requests
        first = run(ws, site, sources=[archive], archive_delay=0)
        assert first.fetch_failures and not first.ok
        with Catalog(ws.catalog_path) as cat:
            states = cat.db.execute("SELECT resume_key FROM cdx_state "
                                    "WHERE resume_key IS NOT NULL").fetchall()
        assert states  # the listing stopped mid-way and knows where to go on
        before = capture_paths(site)
        site.archive.down_after(None)
        site.reset_log()
        second = run(ws, site, sources=[archive], archive_delay=0)
        assert second.ok
        assert "resumeKey=" in cdx_paths(site)[0]
        after = capture_paths(site)
    assert len(after) == len(set(after))  # nothing fetched twice
    assert len(set(before)) <= 1  # the outage stopped the fetching at its first failed capture
    mfa = {canonical_key(r.url) for r in bundled() if r.site == "mfa"}
    assert mfa <= {k for k, r in held(ws).items() if r.status == OK}


def test_kill_9_mid_backfill_then_resume_without_refetching(ws):
    with SampleSite.with_history() as site:
        cmd = [sys.executable, "pipeline.py", "--workdir", str(ws.root), "crawl", "--base-url",
               site.base_url, "--delay", "0", "--archive-delay", "0.03", "--no-progress",
               "--source", "archive_mfa", "archive_idcpc"]
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while catalog_count(ws.catalog_path, "origin = 'archive'") < 5:
            assert proc.poll() is None, "the backfill finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        first = capture_paths(site)
        site.reset_log()
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert done.returncode in (0, 1), done.stdout + done.stderr
        second = capture_paths(site)
    # at most the one capture in flight at the kill is asked again
    assert len(set(first) & set(second)) <= 1
    assert ALL <= {k for k, r in held(ws).items() if r.status == OK}
    assert_catalog_matches_warc(ws)


def test_captured_error_pages_cut_and_mis_encoded_captures_are_no_release():
    with SampleSite() as site:
        wayback = site.archive
        url = next(iter(site.content.articles.values())).url
        good = site.content.article_body(url)
        assert judge_capture(url, url, 200, good).status == OK
        for capture in wayback.captures:
            if capture.kind in ("error_page", "truncated", "wrong_encoding"):
                verdict = judge_capture(capture.original, capture.original, 200, capture.body)
                assert verdict.status == NOT_RELEASE, (capture.kind, verdict)
    # the same checks hold for live pages: a mis-decoded page is reported, not stored as text
    from sample_site.wayback import mojibake

    zh = next(r for r in bundled() if r.lang == "zh")
    with SampleSite() as site:
        page = parse_page(mojibake(site.content.article_body(zh.url)), zh.url)
    assert any(p.startswith("encoding:") for p in page.problems)


def test_site_search_finds_releases_beyond_the_lists(ws):
    search = dataclasses.replace(SOURCES["idcpc_en_search"], queries=("Cuba", "Venezuela", "Nicaragua"))
    with SampleSite.with_history() as site:
        run(ws, site)
        before = {k for k, r in held(ws).items() if r.status == OK}
        report = run(ws, site, sources=[search])
    found = {k for k, r in held(ws).items() if r.status == OK} - before
    assert found and report.new == len(found)
    hidden = {canonical_key(r.url) for r in bundled() if r.site == "idcpc" and r.lang == "en"
              and any(q in r.title + r.text for q in search.queries)} - before
    removed = {canonical_key(u) for u in removed_in_history(bundled())}
    assert found == hidden - removed
    with Catalog(ws.catalog_path) as cat:
        via = {r[0] for r in cat.db.execute("SELECT key FROM discovered WHERE via = 'search'")}
    assert found <= via


def test_a_list_of_urls_live_first_then_the_archive(ws, tmp_path):
    releases = bundled()
    removed = removed_in_history(releases)[0]
    listed = [r.url for r in releases if r.url not in removed_in_history(releases)][:2]
    path = tmp_path / "appendix.csv"
    path.write_text("# urls of a study's appendix\nurl,note\n" + f"{listed[0]},a\n{listed[1]}\n"
                    f"{removed},gone\nhttps://example.org/not/a/release.html\nnot a url\n", encoding="utf-8")
    from scraper.discover import read_url_file

    urls = read_url_file(str(path))
    assert urls == [*listed, removed, "https://example.org/not/a/release.html"]
    with SampleSite.with_history() as site:
        report = run(ws, site, urls=urls)
    rows = held(ws)
    for url in listed:
        assert rows[canonical_key(url)].origin == "live"
    assert rows[canonical_key(removed)].status == OK and rows[canonical_key(removed)].origin == "archive"
    # a url of no known site is never fetched: named as not crawled, not counted as a failed fetch
    stray = "https://example.org/not/a/release.html"
    assert report.rejected == [(stray, "not a release url of a known site")]
    assert not any(url == stray for url, _ in report.failures)


def test_rebuild_from_the_warc_keeps_where_each_text_came_from(ws):
    with SampleSite.with_history() as site:
        run(ws, site, backfill=True, archive_delay=0)
    before = {k: (r.status, r.origin, r.captured_at, r.sha256) for k, r in held(ws).items()}
    with Catalog(ws.catalog_path) as cat:
        cat.rebuild_from_warc()
    after = {k: (r.status, r.origin, r.captured_at, r.sha256) for k, r in held(ws).items()}
    assert after == before


def test_the_command_line_urls_file_and_status(ws, tmp_path):
    releases = bundled()
    removed = removed_in_history(releases)[0]
    good = tmp_path / "urls.txt"
    good.write_text(f"{removed}\nhttps://example.org/not/a/release.html\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing here\n", encoding="utf-8")
    with SampleSite.with_history() as site:
        base = [sys.executable, "pipeline.py", "--workdir", str(ws.root), "crawl", "--base-url",
                site.base_url, "--delay", "0", "--archive-delay", "0", "--no-progress", "--urls"]

        def crawl_urls(path: Path) -> subprocess.CompletedProcess:
            return subprocess.run([*base, str(path)], cwd=REPO, capture_output=True, text=True, timeout=120)

        done = crawl_urls(good)
        assert done.returncode == 0, done.stdout + done.stderr
        # the url of no known site is named as not crawled, and the summary's "0 failed" agrees
        assert "not crawled: https://example.org/not/a/release.html" in done.stdout
        assert "failed: https://example.org" not in done.stdout and " 0 failed" in done.stdout
        bad = crawl_urls(empty)
        missing = crawl_urls(tmp_path / "nope.txt")
    assert bad.returncode == 2 and "no http(s) url" in bad.stderr
    assert missing.returncode == 2 and "cannot read" in missing.stderr
    assert held(ws)[canonical_key(removed)].origin == "archive"
    status = subprocess.run([sys.executable, "pipeline.py", "--workdir", str(ws.root), "status"], cwd=REPO,
                            capture_output=True, text=True, timeout=60)
    assert "'archive': 1" in status.stdout


def test_since_skips_older_captures_but_coverage_still_knows_them(ws):
    with SampleSite.with_history() as site:
        run(ws, site, sources=[SOURCES["archive_idcpc"]], since="2024-01-01", archive_delay=0)
    rows = held(ws)
    assert rows and all(r.published >= "2024" for r in rows.values())
    with Catalog(ws.catalog_path) as cat:
        known = cat.db.execute("SELECT COUNT(*) FROM discovered WHERE via = 'archive'").fetchone()[0]
    assert known > len(rows)
