"""Crawls of the real local site over loopback into real WARC files and a real catalog."""

from __future__ import annotations

import dataclasses
import json

import pytest
from crawl_helpers import article_requests, assert_catalog_matches_warc, run

from sample_site.releases import bundled
from sample_site.server import SampleSite
from scraper.archive import read_record
from scraper.catalog import Catalog
from scraper.sources import load_sources
from scraper.urls import canonical_key

SOURCES = {s.name: s for s in load_sources()}


def releases_of(section: str) -> list:
    return [r for r in bundled() if r.section == section]


def busiest_section(site: str | None = None) -> str:
    counts: dict[str, int] = {}
    for r in bundled():
        if (site is None or r.site == site) and SOURCES[r.section].kind == "list":
            counts[r.section] = counts.get(r.section, 0) + 1
    return max(counts, key=counts.get)


def test_first_crawl_then_a_run_with_nothing_new(ws):
    releases = bundled()
    expected = {canonical_key(r.url) for r in releases}
    with SampleSite() as site:
        first = run(ws, site)
        assert first.ok, (first.failures, first.warnings)
        with Catalog(ws.catalog_path) as cat:
            docs = {d.key: d for d in cat.iter_documents()}
        assert set(docs) == expected
        assert first.new == len(expected)
        for r in releases:  # titles survive every template and encoding (incl. the GBK page)
            assert docs[canonical_key(r.url)].title == r.title, r.url
            assert docs[canonical_key(r.url)].published == r.published, r.url
        assert_catalog_matches_warc(ws)

        site.reset_log()
        again = run(ws, site)
        assert again.new == 0 and again.ok
        assert article_requests(site) == []
        lists = [r for r in site.requests if not r.path.endswith("robots.txt") and r.status != 302
                 and "error.htm" not in r.path]
        assert lists and all(r.status == 304 and r.conditional for r in lists), lists
        assert again.status_counts.get("304") == len(lists)
        hosts = {r.path.split("/")[1] for r in site.requests}
        assert again.requests == len(site.requests)  # the client counts what the site saw
        assert sum(1 for r in site.requests if r.path.endswith("robots.txt")) == len(hosts)


def test_a_new_release_is_found_on_the_next_run(ws):
    section = busiest_section("mfa")
    template = releases_of(section)[0]
    fresh = dataclasses.replace(template, id=template.id + 777_777, title="A release added later",
                                published="2026-11-20")
    with SampleSite() as site:
        run(ws, site, sources=[section])
        site.add_release(fresh)
        site.reset_log()
        report = run(ws, site, sources=[section])
        assert report.new == 1
        fetched = article_requests(site)
        assert len(fetched) == 1 and fetched[0].path.endswith(fresh.url.split("/")[-1])
    with Catalog(ws.catalog_path) as cat:
        row = cat.get(canonical_key(fresh.url))
        assert row is not None and row.status == "ok" and row.title == "A release added later"


def test_the_same_release_under_two_urls_is_one_release(ws):
    """IDCPC English: the same id under /english/news/ and an /english2023/ column."""
    original = releases_of("idcpc_en_news")[0]
    twin = dataclasses.replace(original, section="idcpc_en2023_lldt")
    assert twin.url != original.url and canonical_key(twin.url) == canonical_key(original.url)
    with SampleSite() as site:
        site.add_release(twin)
        report = run(ws, site, sources=["idcpc_en_news", "idcpc_en2023_lldt"])
        fetched = [r.path for r in article_requests(site) if r.path.endswith(original.url.split("/")[-1])]
    assert len(fetched) == 1
    key = canonical_key(original.url)
    with Catalog(ws.catalog_path) as cat:
        assert set(cat.aliases(key)) >= {original.url, twin.url}
        assert [d.key for d in cat.iter_documents()].count(key) == 1
    assert report.aliases_added >= 1


def test_a_removed_release_is_marked_gone_and_kept(ws):
    section = busiest_section("mfa")
    victim = releases_of(section)[0]
    key = canonical_key(victim.url)
    with SampleSite() as site:
        run(ws, site, sources=[section])
        with Catalog(ws.catalog_path) as cat:
            before = cat.get(key)
        site.remove_release(victim.url)
        report = run(ws, site, sources=[section], refetch=True)
    assert report.gone == 1
    with Catalog(ws.catalog_path) as cat:
        row = cat.get(key)
        assert row.status == "gone" and row.gone_at
        assert row.text == before.text  # never deleted
        assert key not in {d.key for d in cat.iter_documents()}
        status, _, body = read_record(*cat.warc_pointer(key))
        assert status == 200 and body  # the archive still has the page as it was
    assert_catalog_matches_warc(ws)


def test_max_pages_and_since(ws, tmp_path):
    dated = [r for r in bundled() if SOURCES[r.section].kind == "list" and "_" in r.url.rsplit("/t", 1)[-1]]
    section = max({r.section for r in dated}, key=lambda name: len(releases_of(name)))
    source = SOURCES[section]
    with SampleSite() as site:
        report = run(ws, site, sources=[section], max_pages=1)
        list_requests = [r for r in site.requests if "index" in r.path or "default" in r.path]
        assert len(list_requests) == len(source.list_urls)
        assert 0 < report.new <= len(releases_of(section))
        dates = sorted(r.published for r in releases_of(section))
        cut = dates[len(dates) // 2]
        from dipex.workspace import Workspace
        other = Workspace(tmp_path / "since").ensure()
        since = run(other, site, sources=[section], since=cut)
    with Catalog(other.catalog_path) as cat:
        kept = [d.published for d in cat.iter_documents()]
    assert kept and all(p >= cut for p in kept)
    assert since.new == sum(1 for d in dates if d >= cut)


def test_status_command_output(ws, capsys):
    import pipeline

    section = busiest_section("idcpc")
    with SampleSite() as site:
        run(ws, site, sources=[section])
    assert pipeline.main(["--workdir", str(ws.root), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["releases"] == len({canonical_key(r.url) for r in releases_of(section)})
    assert section in status["by_source_year"]
    assert status["last_run"]["report"]["new"] == status["releases"]
    assert pipeline.main(["--workdir", str(ws.root), "status"]) == 0
    assert "last crawl" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_parse_command_prints_json(tmp_path, capsys, lang):
    import pipeline
    from scraper.urls import to_mirror

    release = next(r for r in bundled() if r.lang == lang)
    with SampleSite() as site:
        from crawl_helpers import fast_client
        body = fast_client().get(to_mirror(release.url, site.base_url)).body
    page = tmp_path / "page.html"
    page.write_bytes(body)
    assert pipeline.main(["parse", str(page), "--url", release.url]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert parsed["title"] == release.title and parsed["lang"] == lang and parsed["ok"]


def test_a_second_crawl_of_one_corpus_is_refused_while_the_first_holds_its_lock(ws):
    """One crawl per corpus at a time: the crawl's lock is the workspace lock's kind (flock, freed
    when its holder dies), on its own file, so a crawl and a review can still run side by side."""
    from dipex.lock import PipelineLocked, RunLock
    from scraper.crawl import CrawlLocked

    with SampleSite() as site, RunLock(ws, "crawl.lock"):
        with pytest.raises(CrawlLocked, match="crawl.lock"):
            run(ws, site)
    assert issubclass(CrawlLocked, PipelineLocked)
    with SampleSite() as site:
        assert run(ws, site).ok  # freed when its holder let go
