"""The crawl: walk every section's list pages, fetch releases not yet in the catalog,
archive every response, and record what each page came to.

Incremental by construction. A list page's validators (ETag / Last-Modified) are stored only
once every release it links to is in the catalog, so a 304 later means "nothing to do on this
page"; a list whose walk once reached its last page is "complete", and later walks stop at the
first page that is unchanged or wholly known. Known releases are never refetched unless asked.

Safe to kill. Each response is flushed to the WARC file before the catalog row pointing at it
is committed; on start, WARC files of runs that never finished are re-indexed, so nothing
fetched is lost and nothing is stored twice (the key is the primary key).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from tqdm import tqdm

from dipex import atomic
from dipex.lock import PipelineLocked, RunLock
from dipex.workspace import Workspace
from nlp.dates import parse_date
from scraper import health, indexing, judge
from scraper.archive import WarcArchive, new_run_id
from scraper.catalog import Catalog, now_utc
from scraper.http import SETTINGS_FILE, HttpClient, Response, crawler_user_agent
from scraper.listing import country_roots, read_list_page, subcolumn
from scraper.robots import Robots, RobotsAnswer
from scraper.sources import Source, load_sources, select
from scraper.urls import canonical_key, from_mirror, host_of, to_mirror

log = logging.getLogger(__name__)

DEFAULT_DELAY = 1.0


class CrawlLocked(PipelineLocked):
    """Another crawl is writing to this corpus."""


@dataclass
class SourceStats:
    list_pages: int = 0
    list_304: int = 0
    new: int = 0
    known: int = 0
    gone: int = 0
    parse_failed: int = 0
    failed: int = 0
    blocked: int = 0
    robots_skipped: int = 0
    aliases: int = 0
    empty_first_page: bool = False


@dataclass
class CrawlReport:
    """What a crawl run did, and how healthy it looked."""

    run_id: str
    started_at: str
    sources: list[str]
    finished_at: str | None = None
    warc_file: str | None = None
    requests: int = 0
    status_counts: dict[str, int] = field(default_factory=dict)
    new: int = 0  # new good releases
    new_ok: int = 0
    gone: int = 0
    parse_failures: int = 0
    fetch_failures: int = 0
    fetch_failures_lists: int = 0
    articles_fetched: int = 0
    blocked: int = 0
    robots_skipped: int = 0
    aliases_added: int = 0
    new_archive: int = 0  # of ``new``: releases whose text came from a web-archive capture
    cdx_requests: int = 0
    captures_listed: int = 0  # captures newly listed by the archive's CDX
    captures_fetched: int = 0
    captures_not_release: int = 0  # captured error pages, cut or mis-encoded captures
    requests_by_channel: dict[str, int] = field(default_factory=dict)  # live | archive
    discovery_sources: list[str] = field(default_factory=list)  # web_archive / search sources of the run
    reindexed: dict[str, int] = field(default_factory=dict)
    per_source: dict[str, SourceStats] = field(default_factory=dict)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    # urls given with ``--urls`` that are no release of a known site: never fetched, so no failure
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)
    parse_failed_urls: list[tuple[str, str]] = field(default_factory=list)
    checks: list[health.Check] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.warnings and not self.fetch_failures

    def summary_rows(self) -> list[list]:
        """One row per source plus a total: for the closing table of ``pipeline.py crawl``."""
        rows = []
        total = Counter()
        for name, s in self.per_source.items():
            row = [name, s.list_pages, s.list_304, s.new, s.known, s.gone, s.parse_failed,
                   s.failed + s.blocked]
            rows.append(row)
            total.update(dict(zip(SUMMARY_HEADERS[1:], row[1:], strict=True)))
        rows.append(["TOTAL", *[total[h] for h in SUMMARY_HEADERS[1:]]])
        return rows

    def to_dict(self) -> dict:
        data = asdict(self)
        data["ok"] = self.ok
        return data


SUMMARY_HEADERS = ["source", "list pages", "304", "new", "known", "gone", "parse failed", "failed"]


@dataclass
class Fetched:
    response: Response
    final_url: str  # real url that answered
    offset: int | None  # WARC offset of the final response record


class Crawler:
    def __init__(self, ws: Workspace, catalog: Catalog, archive: WarcArchive, client: HttpClient,
                 report: CrawlReport, *, base_url: str | None, since: date | None, max_pages: int | None,
                 refetch: bool, honour_crawl_delay: bool, bar: tqdm) -> None:
        self.ws, self.cat, self.archive, self.client, self.report = ws, catalog, archive, client, report
        self.base_url = base_url.rstrip("/") if base_url else None
        self.since, self.max_pages, self.refetch = since, max_pages, refetch
        self.bar = bar
        self.fetched_this_run: set[str] = set()
        self.robots = Robots(self._fetch_robots, client.user_agent,
                             self._crawl_delay if honour_crawl_delay else None)
        self._source: Source | None = None
        self.archive_hosts: set[str] = set()
        self.archive_delay: float | None = None

    def wire(self, url: str) -> str:
        """The url as sent (through the mirror when there is one)."""
        return to_mirror(url, self.base_url)

    # ------------------------------------------------------------------ wire
    def _crawl_delay(self, url: str, seconds: float) -> None:
        log.info("%s: robots.txt asks for Crawl-delay %gs", url, seconds)
        self.client.slow_down(to_mirror(url, self.base_url), seconds)

    def _may_follow(self, source: Source | None, host: str, hosts: set[str] | None = None):
        allowed = hosts or (set(source.hosts) if source else {host})

        def check(target: str) -> str | None:
            real = from_mirror(target, self.base_url)
            if real is None:
                return f"leaves the mirror {self.base_url}"
            if host_of(real) not in allowed:
                return f"off-host ({host_of(real)} is not one of {sorted(allowed)})"
            return None
        return check

    def fetch(self, url: str, role: str, *, etag: str | None = None,
              last_modified: str | None = None, hosts: set[str] | None = None,
              extra: Callable[[str], dict[str, str]] | None = None) -> Fetched:
        """GET a real url (through the mirror when there is one) and archive every exchange.

        ``hosts`` are the hosts a redirect may go to (default: the section's); ``extra(real
        url)`` gives more WARC headers for each exchange (a capture's original url and time)."""
        source = self._source
        response = self.client.get(to_mirror(url, self.base_url), etag=etag, last_modified=last_modified,
                                   may_follow=self._may_follow(source, host_of(url), hosts))
        channel = "archive" if host_of(url) in self.archive_hosts else "live"
        counts = self.report.requests_by_channel
        counts[channel] = counts.get(channel, 0) + response.attempts
        offset = None
        for exchange in response.exchanges:
            real = from_mirror(exchange.url, self.base_url) or exchange.url
            offset = self.archive.append(exchange, real_url=real, request_url=url, role=role,
                                         source=source.name if source else None,
                                         extra=extra(real) if extra else None)
        self.bar.update(response.attempts)
        final = from_mirror(response.url, self.base_url) or response.url
        return Fetched(response, final, offset)

    def _fetch_robots(self, robots_url: str) -> RobotsAnswer:
        fetched = self.fetch(robots_url, "robots")
        r = fetched.response
        if r.error and r.status is None:
            return RobotsAnswer(None, b"", None, r.error)
        if r.error and r.status is not None and 300 <= r.status < 400:
            # a redirect we refused (off-host) or a loop: treat like a missing file
            return RobotsAnswer(404, b"", None, r.error)
        return RobotsAnswer(r.status, r.body, r.content_type, r.error)

    # ------------------------------------------------------------------ bookkeeping
    def _fail(self, stats: SourceStats, url: str, reason: str, *, blocked: bool = False,
              is_list: bool = False) -> None:
        log.warning("skip %s: %s", url, reason)
        self.report.failures.append((url, reason))
        if blocked:
            stats.blocked += 1
            self.report.blocked += 1
        else:
            stats.failed += 1
        self.report.fetch_failures += 1
        if is_list:
            self.report.fetch_failures_lists += 1

    def _allowed(self, stats: SourceStats, url: str) -> bool:
        ok, reason = self.robots.allowed(url)
        if ok:
            return True
        if self.robots.rules(url).kind == "unreachable":
            self._fail(stats, url, reason, is_list=True)  # the host is down: a failure, not a rule
        else:
            log.warning("skip %s: %s", url, reason)
            stats.robots_skipped += 1
            self.report.robots_skipped += 1
        return False

    # ------------------------------------------------------------------ articles
    def article(self, source: Source, stats: SourceStats, url: str, listed: str | None,
                via: str = "list", section: str | None = None) -> str:
        """Handle one article link: 'known' | 'new' | 'old' (before --since) | 'skipped' | 'failed'.

        ``via`` says how it became known (list | search | urls), for the coverage report. A
        release held only as an archived capture is fetched again when the live site shows
        it: a live copy wins. A release held as parse_failed is fetched again too, as a
        failed fetch is: an empty or cut page is often a server's hiccup."""
        key = canonical_key(url, source.site)
        if key is None:
            log.warning("skip %s: no release id in the url", url)
            return "skipped"
        with self.cat.transaction():
            self.cat.note_discovered(key, via, section or source.name, url, listed)
        if self.since and listed and listed < self.since.isoformat():
            log.debug("skip %s: listed %s, before --since %s", url, listed, self.since)
            return "old"
        held = self.cat.get(key)
        live_held = held is not None and held.status != judge.PARSE_FAILED and (
            held.origin != "archive" or held.status != judge.OK)
        if (live_held and not self.refetch) or key in self.fetched_this_run:
            if self.cat.add_alias(key, url):
                stats.aliases += 1
                self.report.aliases_added += 1
                log.info("alias %s of known release %s", url, key)
            stats.known += 1
            return "known"
        if not self._allowed(stats, url):
            return "skipped"
        fetched = self.fetch(url, "article")
        self.report.articles_fetched += 1
        r = fetched.response
        if r.error or r.status is None:
            self._fail(stats, url, r.error or "no response")
            return "failed"
        verdict = judge.judge_article(url, fetched.final_url, r.status, r.body, r.content_type)
        if not verdict.stored:
            self._fail(stats, url, verdict.reason, blocked=verdict.status == judge.BLOCKED)
            return "failed"
        was = self.cat.get(key)
        with self.cat.transaction():
            status = indexing.store_article(
                self.cat, url=url, key=key, source=source, verdict=verdict, http_status=r.status,
                body=r.body, headers=r.headers, fetched_at=now_utc(),
                warc_file=self.cat.warc_relpath(self.archive.path), warc_offset=fetched.offset)
        self.fetched_this_run.add(key)
        if status == judge.GONE:
            if was is None or was.status != judge.GONE:
                stats.gone += 1
                self.report.gone += 1
            log.info("gone %s: %s", url, verdict.reason)
        elif verdict.status == judge.PARSE_FAILED:  # (a good earlier copy may have been kept)
            stats.parse_failed += 1
            self.report.parse_failures += 1
            self.report.parse_failed_urls.append((url, verdict.reason))
            log.warning("parse failed %s: %s", url, verdict.reason)
        elif was is None or was.status == judge.PARSE_FAILED:
            stats.new += 1
            self.report.new += 1
            self.report.new_ok += 1
        self.bar.set_postfix(new=self.report.new, refresh=False)
        published = getattr(verdict.page, "published", None)
        if self.since and published and published < self.since.isoformat():
            return "old"  # stored (it was fetched anyway), but it tells paging to stop
        return "new"

    # ------------------------------------------------------------------ lists
    def walk_list(self, source: Source, folder: str, stats: SourceStats) -> None:
        """Page through one list, newest first, stopping as early as incrementality allows."""
        complete_before = self.cat.list_complete(folder)
        n, count = 0, None
        reached_end, clean = False, True
        while True:
            if self.max_pages is not None and n >= self.max_pages:
                break
            if count is not None and n >= count:
                reached_end = True
                break
            url = source.list_page_url(folder, n)
            if not self._allowed(stats, url):
                clean = False
                break
            state = self.cat.list_page(url)
            use_validators = state is not None and not self.refetch
            fetched = self.fetch(url, "list", etag=state.etag if use_validators else None,
                                 last_modified=state.last_modified if use_validators else None)
            r = fetched.response
            stats.list_pages += 1
            if r.error or r.status is None:
                self._fail(stats, url, r.error or "no response", is_list=True)
                clean = False
                break
            if r.status == 304:
                stats.list_304 += 1
                if complete_before:
                    break  # unchanged, and everything below it was walked before
                n += 1
                continue
            if r.status in (404, 410) or (r.status == 200 and _is_gone(fetched.final_url, r.body)):
                if n == 0:
                    self._fail(stats, url, f"first list page missing (HTTP {r.status})", is_list=True)
                    clean = False
                else:
                    reached_end = True  # past the last page
                break
            if r.status != 200:
                blocked = r.status in judge.BLOCKING_STATUSES
                self._fail(stats, url, f"list page HTTP {r.status}", blocked=blocked, is_list=True)
                clean = False
                break
            if judge.looks_like_challenge(r.body):
                self._fail(stats, url, "challenge page (JavaScript/anti-bot) instead of the list",
                           blocked=True, is_list=True)
                clean = False
                break
            page = read_list_page(r.body, url, source, r.content_type)
            if page.page_count:
                count = page.page_count
            if not page.article_links:
                if n == 0:
                    stats.empty_first_page = True
                    log.warning("skip %s: no article link matches %s (layout change?)", url,
                                source.article_pattern)
                    clean = False
                else:
                    reached_end = True
                break
            outcomes = Counter(self.article(source, stats, link, page.dates.get(link))
                               for link in page.article_links)
            page_clean = outcomes["failed"] == 0 and outcomes["old"] == 0
            with self.cat.transaction():
                if page_clean:
                    self.cat.save_list_page(url, source.name, r.headers.get("ETag"),
                                            r.headers.get("Last-Modified"), r.status)
                else:
                    self.cat.forget_list_page(url)
            clean = clean and page_clean
            if self.since and outcomes["old"] and not (outcomes["new"] or outcomes["known"]):
                break  # the whole page is older than --since: the rest of the list is too
            if complete_before and outcomes["new"] == 0 and page_clean:
                break  # a whole page already known: the rest was walked before
            n += 1
        if reached_end and clean and not self.since:
            with self.cat.transaction():
                self.cat.save_list(folder, source.name, complete=True)

    def country_lists(self, source: Source, stats: SourceStats) -> list[str]:
        """The sub-column lists (``xgxw_<id>/``) of the LAC countries on the continent pages."""
        found: list[str] = []
        for continent in source.list_urls:
            url = source.page_url(continent, 0)
            if not self._allowed(stats, url):
                continue
            state = self.cat.list_page(url)
            known = self.cat.lists_found_on(url)
            use_validators = state is not None and bool(known) and not self.refetch
            fetched = self.fetch(url, "index", etag=state.etag if use_validators else None,
                                 last_modified=state.last_modified if use_validators else None)
            r = fetched.response
            stats.list_pages += 1
            if r.error or r.status is None or r.status not in (200, 304):
                self._fail(stats, url, r.error or f"continent page HTTP {r.status}", is_list=True)
                found += known
                continue
            if r.status == 304:
                stats.list_304 += 1
                found += known
                continue
            page = read_list_page(r.body, url, source, r.content_type)
            roots = country_roots(page, source)
            if not roots:
                stats.empty_first_page = True
                log.warning("skip %s: no country link matches %s (layout change?)", url, source.country_link)
            all_found = True
            for root in roots:
                column = self._country_column(source, stats, root, known)
                if column is None:
                    all_found = False
                    continue
                with self.cat.transaction():
                    self.cat.save_list(column, source.name, found_on=url)
                found.append(column)
            if all_found:
                with self.cat.transaction():
                    self.cat.save_list_page(url, source.name, r.headers.get("ETag"),
                                            r.headers.get("Last-Modified"), r.status)
        return list(dict.fromkeys(found))

    def _country_column(self, source: Source, stats: SourceStats, root: str, known: list[str]) -> str | None:
        for column in known:
            if column.startswith(root):
                return column  # found on an earlier run: no need to read the country page again
        if not self._allowed(stats, root):
            return None
        fetched = self.fetch(root, "index")
        r = fetched.response
        stats.list_pages += 1
        if r.error or r.status != 200:
            self._fail(stats, root, r.error or f"country page HTTP {r.status}", is_list=True)
            return None
        page = read_list_page(r.body, root, source, r.content_type)
        column = subcolumn(page, source)
        if column is None:
            log.warning("skip %s: no sub-column link matches %s", root, source.subcolumn)
        return column

    def crawl_source(self, source: Source) -> None:
        self._source = source
        stats = self.report.per_source.setdefault(source.name, SourceStats())
        if source.kind == "web_archive":
            from scraper.backfill import backfill

            backfill(self, source, stats)
            return
        if source.kind == "search":
            from scraper.discover import search

            search(self, source, stats)
            return
        if source.kind == "country_index":
            folders = self.country_lists(source, stats)
        else:
            folders = list(source.list_urls)
        for folder in folders:
            self.bar.set_description(source.name)
            self.walk_list(source, folder, stats)
        self.retry_unparsed(source, stats)

    def retry_unparsed(self, source: Source, stats: SourceStats) -> None:
        """Fetch again, by url, the section's live releases stored as parse_failed that its
        lists did not show this run: lists are capped and a list page may answer 304, so a
        page that once came back empty or cut would else never be asked for again."""
        pending = [r for r in self.cat.iter_releases(status=judge.PARSE_FAILED, source=source.name)
                   if r.origin != "archive" and r.key not in self.fetched_this_run]
        for release in pending:
            if not self.since or (release.published or "9999") >= self.since.isoformat():
                self.article(source, stats, release.url, release.published)


def _url_list(crawler: Crawler, urls: list[str]) -> None:
    from scraper.discover import url_list

    url_list(crawler, urls)


def _is_gone(final_url: str, body: bytes) -> bool:
    from scraper.pages import is_gone_page

    return is_gone_page(final_url, body)


def reconcile(catalog: Catalog, current_run: str) -> dict[str, int]:
    """Re-index WARC files of runs that never finished (killed): every release whose record
    reached the archive gets its catalog row; the run is marked interrupted."""
    total: Counter = Counter()
    for run in catalog.unfinished_runs(exclude=current_run):
        path = catalog.corpus_dir / (run["warc_file"] or "")
        counts: Counter = Counter()
        if run["warc_file"] and path.exists():
            counts = indexing.index_archive(catalog, path, only_missing=True)
        log.warning("run %s did not finish (killed?); re-indexed its archive: %s", run["id"], dict(counts))
        with catalog.transaction():
            catalog.finish_run(run["id"], {"interrupted": True, "reindexed": dict(counts)})
        total.update({k: v for k, v in counts.items() if k != "already_indexed"})
    return dict(total)


def crawled_hosts(sources: list[Source]) -> list[str]:
    """Every host a crawl of these sources may request (their hosts and list pages' hosts)."""
    hosts = {h for s in sources for h in s.hosts}
    hosts.update(urlsplit(u).hostname or "" for s in sources for u in s.list_urls)
    return sorted(h for h in hosts if h)


def crawl(ws: Workspace, sources: list[str] | list[Source] | None = None, since: date | str | None = None,
          max_pages: int | None = None, base_url: str | None = None, delay: float | None = None,
          refetch: bool = False, progress: bool = True, *, user_agent: str | None = None,
          contact: str | None = None,
          client: HttpClient | None = None, now: datetime | None = None, backfill: bool = False,
          search: bool = False, urls: list[str] | None = None,
          archive_delay: float | None = None) -> CrawlReport:
    """Crawl the named sources (every list section by default) into ``ws``'s corpus; see the
    module doc.

    ``delay`` (seconds between requests per host, default 1 s jittered) given explicitly also
    overrides a robots.txt Crawl-delay: tests and the demo use 0 on loopback. ``backfill``
    adds the web-archive sources, ``search`` the site-search ones (run after the lists, so a
    live copy comes first); ``urls`` are release urls to fetch as well (``crawl --urls``);
    ``archive_delay`` overrides the web-archive sources' own pace."""
    ws.ensure()
    given = [s for s in sources or [] if isinstance(s, Source)]
    if given:
        extra = select(load_sources(), None, backfill=backfill, search=search) if backfill or search else []
        chosen = given + [s for s in extra if s.kind in ("web_archive", "search") and s not in given]
    else:
        chosen = select(load_sources(), [s for s in sources or [] if isinstance(s, str)],
                        backfill=backfill, search=search)
        if urls and not sources:
            chosen = [s for s in chosen if s.kind in ("web_archive", "search")]  # just the list of urls
    if isinstance(since, str):
        since = parse_date(since)
    if client is None:  # a real host needs the user's contact in the User-Agent (ContactMissing)
        hosts = ([urlsplit(base_url).hostname or ""] if base_url
                 else crawled_hosts(chosen) + [urlsplit(u).hostname or "" for u in urls or []])
        agent = crawler_user_agent(hosts, contact, user_agent, ws.root / SETTINGS_FILE)
        client = HttpClient(user_agent=agent, delay=DEFAULT_DELAY if delay is None else delay)
    run_id = new_run_id()
    with RunLock(ws, "crawl.lock", CrawlLocked), Catalog(ws.catalog_path) as cat:
        discovery = [s.name for s in chosen if s.kind in ("web_archive", "search")]
        report = CrawlReport(run_id=run_id, started_at=now_utc(), sources=[s.name for s in chosen],
                             discovery_sources=discovery)
        report.reindexed = reconcile(cat, run_id)
        archive = WarcArchive(ws.warc_dir, run_id)
        report.warc_file = cat.warc_relpath(archive.path)
        with cat.transaction():
            cat.start_run(run_id, report.warc_file, report.sources)
        bar = tqdm(total=None, unit="req", desc="crawl", disable=not progress, leave=False)
        crawler = Crawler(ws, cat, archive, client, report, base_url=base_url, since=since,
                          max_pages=max_pages, refetch=refetch, honour_crawl_delay=delay is None, bar=bar)
        crawler.archive_delay = archive_delay
        try:
            for source in chosen:
                if source.kind == "web_archive" and urls:
                    _url_list(crawler, urls)
                    urls = None
                crawler.crawl_source(source)
            if urls:
                _url_list(crawler, urls)
        finally:
            bar.close()
            archive.close()
        report.requests = client.stats["requests"]
        report.status_counts = {k: v for k, v in sorted(client.stats.items()) if k != "requests"}
        report.finished_at = now_utc()
        report.checks = health.run_checks(report, cat, now)
        report.warnings = [c.message for c in report.checks if not c.ok and c.level == "warn"]
        for warning in report.warnings:
            log.warning("run health: %s", warning)
        data = report.to_dict()
        with cat.transaction():
            cat.finish_run(run_id, data)
        atomic.write_text(ws.runs_dir / f"{run_id}.json",
                          json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return report

