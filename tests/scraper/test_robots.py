"""robots.txt per host, against the real local site."""

from __future__ import annotations

from crawl_helpers import run

from sample_site.server import SampleSite
from scraper.archive import iter_responses
from scraper.sources import Source


def test_robots_real_file_and_html_in_its_place(ws):
    with SampleSite() as site:
        run(ws, site, sources=["idcpc_en_news", "mfa_zh_topnews"])
        robots = [r for r in site.requests if r.path.endswith("robots.txt")]
    hosts = {r.path.split("/")[1] for r in robots}
    assert hosts == {"www.idcpc.org.cn", "www.mfa.gov.cn"}  # once per host and run
    archived = {rec.url: rec for rec in iter_responses(ws.warc_dir) if rec.role == "robots"}
    assert any("idcpc" in u and rec.status == 200 for u, rec in archived.items())


def test_a_disallowed_path_is_never_fetched(ws):
    # a section under a path the local IDCPC's robots.txt disallows
    search = Source(name="idcpc_search", site="idcpc", lang="en",
                    list_urls=("https://www.idcpc.org.cn/search/web/",),
                    article_pattern=r"/t\d{8}_\d+\.html$",
                    hosts=("www.idcpc.org.cn",))
    with SampleSite() as site:
        report = run(ws, site, sources=[search])
        paths = [r.path for r in site.requests]
    assert not any("/search/" in p for p in paths)
    assert report.robots_skipped == 1
