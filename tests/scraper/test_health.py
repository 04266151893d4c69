"""Run-health checks, challenge pages and robots.txt answers (no network needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scraper import health
from scraper.catalog import Catalog, Release
from scraper.crawl import CrawlReport, SourceStats
from scraper.judge import looks_like_challenge
from scraper.robots import RobotsAnswer, read_rules


def test_rules_from_answers():
    html = RobotsAnswer(200, b"<!DOCTYPE html><html><body>error</body></html>", "text/html")
    assert read_rules(html, "https://www.mfa.gov.cn/robots.txt").kind == "none"
    text = RobotsAnswer(200, b"User-agent: *\nDisallow: /was5/\n", "text/plain")
    rules = read_rules(text, "https://www.idcpc.org.cn/robots.txt")
    assert rules.kind == "rules"
    assert not rules.parser.can_fetch("dipex/0.1", "https://www.idcpc.org.cn/was5/web/search")
    assert rules.parser.can_fetch("dipex/0.1", "https://www.idcpc.org.cn/english/news/")
    assert read_rules(RobotsAnswer(404, b"", None), "x").kind == "none"
    assert read_rules(RobotsAnswer(None, b"", None, "timeout"), "x").kind == "unreachable"
    assert read_rules(RobotsAnswer(503, b"", None), "x").kind == "unreachable"


def test_challenge_pages_are_recognised():
    challenge = (b"<html><head><script>var x=1;document.cookie='__jsl_clearance=1600000000.1|0|abc';"
                 b"location.href=location.pathname;</script></head></html>")
    assert looks_like_challenge(challenge)
    page = b"<html><body><p>" + b"A release about a visit. " * 50 + b"</p></body></html>"
    assert not looks_like_challenge(page)


def report_with(**fields) -> CrawlReport:
    report = CrawlReport(run_id="r", started_at="2026-01-01T00:00:00Z", sources=["s"])
    report.per_source["s"] = SourceStats()
    for name, value in fields.items():
        setattr(report, name, value)
    return report


def test_health_warnings(tmp_path):
    with Catalog(tmp_path / "catalog.sqlite") as cat:
        fine = health.run_checks(report_with(new=40, new_ok=40, articles_fetched=40, requests=44,
                                             status_counts={"200": 44}), cat)
        assert all(c.ok for c in fine if c.level == "warn")

        bad = report_with(new=90, new_ok=90, parse_failures=10, articles_fetched=120, fetch_failures=20,
                          status_counts={"200": 100, "403": 2}, requests=130)
        names = {c.name for c in health.run_checks(bad, cat) if not c.ok}
        assert {"parse_failures", "fetch_failures", "blocking_pages"} <= names

        challenge = report_with(blocked=1)
        assert not health.blocking_pages(challenge).ok

        empty = report_with()
        empty.per_source["s"].empty_first_page = True
        assert [c.name for c in health.empty_sources(empty)] == ["empty_list:s"]

        # a source crawled for weeks without anything new
        start = datetime(2026, 1, 1, tzinfo=UTC)
        cat.start_run("old", "warc/x.warc.gz", ["s"])
        cat.db.execute("UPDATE runs SET started_at = ? WHERE id = 'old'",
                       (start.strftime("%Y-%m-%dT%H:%M:%SZ"),))
        cat.put(Release(key="mfa:1", url="https://www.mfa.gov.cn/web/zyxw/202601/t20260101_1.shtml",
                        status="ok", source="s", fetched_at="2026-01-01T00:00:00Z"))
        soon = health.stale_sources(report_with(), cat, now=start + timedelta(days=10))
        late = health.stale_sources(report_with(), cat, now=start + timedelta(days=20))
        assert soon == [] and late[0].name == "stale_source:s" and "20 days" in late[0].message
        # a web-archive or search source finds releases for the sections: never "stale" itself
        archive = report_with()
        archive.discovery_sources = ["s"]
        assert health.stale_sources(archive, cat, now=start + timedelta(days=20)) == []
