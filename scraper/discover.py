"""Discovery beyond the list pages: a site's own search (``kind = "search"`` sources) and a
researcher's list of release urls (``crawl --urls FILE``).

Both hand every release url they find to the crawler's one article path
(``Crawler.article``), so a release found by search or by a list of urls is fetched, judged,
archived and deduplicated exactly like one found on a list, and the catalog remembers how it
became known (``discovered``: the coverage report counts it).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from urllib.parse import quote

from scraper import judge
from scraper.listing import read_list_page
from scraper.sources import ANY_ARTICLE, Source, load_sources, section_for, sections_of
from scraper.urls import SITE_HOSTS, canonical_key, host_of, site_of

if TYPE_CHECKING:
    from scraper.crawl import Crawler, SourceStats

log = logging.getLogger(__name__)

MAX_SEARCH_PAGES = 200  # per query: a search that never ends is a broken search


def search(crawler: Crawler, source: Source, stats: SourceStats) -> None:
    """Read each query's result pages, newest first. A query walked to its end once is later
    read only until a page brings nothing new (like a list); the first walk goes to the end,
    because what search adds is the old releases at the bottom."""
    sections = sections_of(source, load_sources())
    cat = crawler.cat
    for query in source.queries:
        marker = source.search_url.format(q=quote(query), n="")  # this query's "list"
        complete_before = cat.list_complete(marker)
        seen: set[str] = set()
        reached_end, clean = False, True
        for n in range(1, MAX_SEARCH_PAGES + 1):
            url = source.search_url.format(q=quote(query), n=n)
            if not crawler._allowed(stats, url):
                clean = False
                break
            fetched = crawler.fetch(url, "search")
            stats.list_pages += 1
            r = fetched.response
            if r.error or r.status != 200:
                crawler._fail(stats, url, r.error or f"search page HTTP {r.status}", is_list=True)
                clean = False
                break
            page = read_list_page(r.body, url, source, r.content_type)
            links = [link for link in page.article_links if link not in seen]
            if not links:
                reached_end = True
                break
            seen.update(links)
            outcomes = []
            for link in links:
                section = section_for(link, sections)
                name = section.name if section else source.name
                outcomes.append(crawler.article(section or source, stats, link, page.dates.get(link),
                                                via="search", section=name))
            if any(o == "failed" for o in outcomes):
                clean = False
            if complete_before and "new" not in outcomes:
                break
        if reached_end and clean:
            with cat.transaction():
                cat.save_list(marker, source.name, complete=True)


def read_url_file(path: str) -> list[str]:
    """Release urls of a text file: one per line; blank lines and ``#`` comments skipped; a
    CSV's first column (or a column holding an http url) is taken."""
    urls: list[str] = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            for cell in line.replace("\t", ",").split(","):
                cell = cell.strip().strip('"')
                if cell.startswith(("http://", "https://")):
                    urls.append(cell)
                    break
    return list(dict.fromkeys(urls))


def _ad_hoc(site: str) -> Source:
    hosts = tuple(h for d in SITE_HOSTS[site] for h in (f"www.{d}", d))
    return Source(name="urls", site=site, lang="", list_urls=(), article_pattern=ANY_ARTICLE, hosts=hosts)


def url_list(crawler: Crawler, urls: list[str]) -> None:
    """Fetch each url of a researcher's list (``crawl --urls``): live first; when the live
    site no longer serves it and a web-archive source exists for its site, the capture
    nearest to today (the archive redirects ``/web/<now>id_/<url>`` to it)."""
    all_sources = load_sources()
    stats = crawler.report.per_source.setdefault("urls", _stats())
    archives = {s.site: s for s in all_sources if s.kind == "web_archive"}
    for url in urls:
        site = site_of(url)
        if site is None or canonical_key(url, site) is None:
            log.warning("skip %s: not a release url of the IDCPC or the foreign ministry", url)
            crawler.report.rejected.append((url, "not a release url of a known site"))
            continue
        section = section_for(url, [s for s in all_sources if s.kind in ("list", "country_index")])
        source = section or _ad_hoc(site)
        crawler._source = source
        outcome = crawler.article(source, stats, url, None, via="urls",
                                  section=section.name if section else "urls")
        held = crawler.cat.get(canonical_key(url, site) or "")
        if site in archives and (held is None or held.status != judge.OK):
            _from_archive(crawler, archives[site], stats, url, section)
        elif outcome == "failed":
            log.info("%s: failed live and no archive source for %s", url, site)
    crawler._source = None


def _stats():
    from scraper.crawl import SourceStats

    return SourceStats()


def _from_archive(crawler: Crawler, archive: Source, stats: SourceStats, url: str,
                  section: Source | None) -> None:
    from scraper.backfill import take_capture

    crawler.archive_hosts.add(host_of(archive.archive))
    now = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    outcome = take_capture(crawler, stats, archive.archive, now, url, section)
    key = canonical_key(url)
    if outcome == judge.OK and key:
        with crawler.cat.transaction():
            crawler.cat.note_discovered(key, "archive", section.name if section else "urls", url, None)
    elif outcome == judge.NOT_RELEASE:
        log.warning("%s: the archive's capture nearest to today is no release", url)
