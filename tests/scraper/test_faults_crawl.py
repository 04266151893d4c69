"""A crawl through every fault kind: bad pages are retried, reported or flagged, never
crash the run, never stored as good text, and never lose what was fetched."""

from __future__ import annotations

from crawl_helpers import article_requests, assert_catalog_matches_warc, fast_client, run

from sample_site.releases import bundled
from sample_site.server import SampleSite
from scraper.catalog import Catalog
from scraper.sources import load_sources
from scraper.urls import canonical_key

FAULTS = ["timeout", "500_once", "429", "timeout_always", "500_always", "truncated", "redirect_loop",
          "offhost_redirect", "huge", "empty", "malformed", "wrong_charset"]
RECOVER = {"timeout", "500_once", "429", "wrong_charset"}
FAIL = {"timeout_always", "500_always", "truncated", "redirect_loop", "offhost_redirect", "huge"}


def pick_releases() -> tuple[list[str], dict[str, object]]:
    """One release per fault kind, from as few list sections as possible."""
    kinds = {s.name: s.kind for s in load_sources()}
    chosen: dict[str, object] = {}
    sections: list[str] = []
    pool = [r for r in bundled() if kinds[r.section] == "list"]
    by_section: dict[str, list] = {}
    for r in pool:
        by_section.setdefault(r.section, []).append(r)
    for section, releases in sorted(by_section.items(), key=lambda kv: -len(kv[1])):
        for r in releases:
            if len(chosen) == len(FAULTS):
                break
            chosen[FAULTS[len(chosen)]] = r
            if section not in sections:
                sections.append(section)
    return sections, chosen


def test_every_fault_kind_in_one_crawl(ws, caplog):
    sections, chosen = pick_releases()
    faults = {r.url: kind for kind, r in chosen.items()}
    client = fast_client(timeout=0.5, retries=2)
    with SampleSite(faults=faults) as site:
        report = run(ws, site, sources=sections, client=client)
        failed = dict(report.failures)
        with Catalog(ws.catalog_path) as cat:
            for kind, release in chosen.items():
                row = cat.get(canonical_key(release.url))
                if kind in RECOVER:
                    assert row is not None and row.status == "ok", kind
                    assert row.title == release.title, kind
                elif kind in FAIL:
                    assert row is None, kind  # not stored: retried next run
                    assert release.url in failed, kind
                elif kind == "empty":
                    assert row.status == "parse_failed" and row.problems, row
                elif kind == "malformed":
                    assert row is not None and row.status in ("ok", "parse_failed")
            other = [r for r in bundled() if r.section in sections and r.url not in faults]
            for r in other:
                assert cat.get(canonical_key(r.url)).status == "ok", r.url
        assert "refused" in failed[chosen["offhost_redirect"].url]
        assert "redirect loop" in failed[chosen["redirect_loop"].url]
        assert "too large" in failed[chosen["huge"].url]
        assert "example.invalid" not in "".join(r.path for r in site.requests)
        assert report.parse_failures >= 1 and not report.ok
        # every skip is logged with its url and reason
        for kind in FAIL:
            assert any(chosen[kind].url in m and "skip" in m for m in caplog.messages), kind
        assert_catalog_matches_warc(ws)

        # the next run asks again for what failed or did not parse (and only that among the releases)
        site.reset_log()
        again = run(ws, site, sources=sections, client=fast_client(timeout=0.5, retries=0))
        asked = {r.path.rsplit("/", 1)[-1] for r in site.requests}
        for kind in FAIL | {"empty"}:
            assert chosen[kind].url.rsplit("/", 1)[-1] in asked, kind
        for kind in RECOVER:
            assert chosen[kind].url.rsplit("/", 1)[-1] not in asked, kind
        assert again.new == 0


def test_a_page_served_empty_once_is_fetched_again_next_run(ws):
    """A 200 with an empty body (an overloaded server's hiccup) is no release text: stored as
    parse_failed, and the next run must ask for it again, as it does after a failed fetch —
    else the release is lost to every later run (its list page answers 304)."""
    release = next(r for r in bundled() if r.section == "idcpc_en_news")
    key = canonical_key(release.url)
    with SampleSite(faults={release.url: "empty"}) as site:
        first = run(ws, site, sources=["idcpc_en_news"])
        assert first.parse_failures == 1
        with Catalog(ws.catalog_path) as cat:
            assert cat.get(key).status == "parse_failed"
        site.faults.clear()  # the server is well again
        site.reset_log()
        again = run(ws, site, sources=["idcpc_en_news"])
        assert release.url.rsplit("/", 1)[-1] in {r.path.rsplit("/", 1)[-1] for r in site.requests}
        with Catalog(ws.catalog_path) as cat:
            row = cat.get(key)
            assert row.status == "ok" and row.title == release.title
        assert again.parse_failures == 0
        # and once it is held, it is not fetched again
        site.reset_log()
        run(ws, site, sources=["idcpc_en_news"])
        assert not article_requests(site)
        assert_catalog_matches_warc(ws)


def test_a_page_served_empty_is_retried_after_it_left_the_list(ws):
    """The sites' lists are capped: by the next run a release that came back empty may no
    longer be listed (or its list page answers 304). It is still fetched again, by its url."""
    from dataclasses import replace

    section = [r for r in bundled() if r.section == "idcpc_en_news"]
    section.sort(key=lambda r: r.published)
    oldest = section[0]
    key = canonical_key(oldest.url)
    with SampleSite(releases=section, list_depth=len(section), faults={oldest.url: "empty"}) as site:
        run(ws, site, sources=["idcpc_en_news"])
        with Catalog(ws.catalog_path) as cat:
            assert cat.get(key).status == "parse_failed"
        newer = replace(section[-1], id=section[-1].id + 7, published="2026-11-30")
        site.add_release(newer)  # the oldest drops off the capped list
        site.faults.clear()
        site.reset_log()
        again = run(ws, site, sources=["idcpc_en_news"])
        with Catalog(ws.catalog_path) as cat:
            row = cat.get(key)
            assert row.status == "ok" and row.title == oldest.title
        assert again.new == 2  # the newer release and the one that failed before
        site.reset_log()
        run(ws, site, sources=["idcpc_en_news"])
        assert not article_requests(site)  # held now: not asked again
        assert_catalog_matches_warc(ws)
