"""Run health: small named checks with thresholds, in the manner of Querido Diário's monitors.

Each check looks at one number of a finished crawl (or at the catalog) and says whether it is
fine. Failing "warn" checks become the run's warnings, printed at the end of the crawl and
stored with the run, so a scheduled crawl that quietly stopped working is noticed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from scraper.catalog import Catalog
    from scraper.crawl import CrawlReport

STALE_AFTER_DAYS = 14
MAX_PARSE_FAILURE_SHARE = 0.05
MAX_FETCH_FAILURE_SHARE = 0.05
MAX_REQUESTS_PER_NEW_RELEASE = 5.0
BLOCKING_CODES = ("401", "403", "412", "418", "521", "567")


@dataclass
class Check:
    name: str
    ok: bool
    value: float | int | str
    threshold: str
    message: str
    level: str = "warn"  # warn: a failure is a run warning | info: reported only

    def to_dict(self) -> dict:
        return asdict(self)


def parse_failures(report: CrawlReport) -> Check:
    parsed = report.new_ok + report.parse_failures
    share = report.parse_failures / parsed if parsed else 0.0
    ok = share <= MAX_PARSE_FAILURE_SHARE
    message = f"{report.parse_failures} of {parsed} new pages failed to parse ({share:.1%})"
    if not ok:
        message += ": a layout change? see the parse problems of the run"
    return Check("parse_failures", ok, round(share, 4), f"<= {MAX_PARSE_FAILURE_SHARE:.0%}", message)


def fetch_failures(report: CrawlReport) -> Check:
    tried = report.articles_fetched + report.fetch_failures_lists
    failed = report.fetch_failures
    share = failed / tried if tried else 0.0
    ok = share <= MAX_FETCH_FAILURE_SHARE
    return Check("fetch_failures", ok, round(share, 4), f"<= {MAX_FETCH_FAILURE_SHARE:.0%}",
                 f"{failed} fetches failed of {tried} ({share:.1%}); they are retried next run")


def blocking_pages(report: CrawlReport) -> Check:
    codes = sum(report.status_counts.get(code, 0) for code in BLOCKING_CODES)
    n = max(codes, report.blocked)
    return Check("blocking_pages", n == 0, n, "== 0",
                 f"{n} blocking or challenge responses (403/412/JS challenge): the site may be "
                 "refusing the crawler; slow down (--delay) and check by hand" if n else "no blocking page")


def requests_per_new_release(report: CrawlReport) -> Check:
    value = report.requests / report.new if report.new else 0.0
    return Check("requests_per_new_release", not report.new or value <= MAX_REQUESTS_PER_NEW_RELEASE,
                 round(value, 2), f"<= {MAX_REQUESTS_PER_NEW_RELEASE:g}",
                 f"{report.requests} requests for {report.new} new releases", level="info")


def stale_sources(report: CrawlReport, catalog: Catalog, now: datetime | None = None) -> list[Check]:
    """A source crawled for at least 14 days that gave no new release in the last 14 days
    (its list url or article pattern may have moved)."""
    now = now or datetime.now(UTC)
    limit = now - timedelta(days=STALE_AFTER_DAYS)
    checks = []
    discovery = set(getattr(report, "discovery_sources", ()))  # archive/search: their finds are the sections'
    for name in report.sources:
        if name in discovery:
            continue
        first_run = _when(catalog.first_run_with(name))
        last_new = _when(catalog.last_new_release(name))
        if first_run is None or first_run > limit:
            continue  # not crawled long enough to judge
        if last_new is not None and last_new > limit:
            continue
        days = (now - last_new).days if last_new else None
        what = f"no new release for {days} days" if days is not None else "never gave a release"
        checks.append(Check(f"stale_source:{name}", False, days if days is not None else "never",
                            f"< {STALE_AFTER_DAYS} days", f"source {name}: {what}"))
    return checks


def empty_sources(report: CrawlReport) -> list[Check]:
    """A source whose first list page held no article link at all: layout or url change."""
    return [Check(f"empty_list:{name}", False, 0, "> 0 links",
                  f"source {name}: first list page has no article link matching its pattern")
            for name, stats in report.per_source.items() if stats.empty_first_page]


def run_checks(report: CrawlReport, catalog: Catalog, now: datetime | None = None) -> list[Check]:
    checks = [parse_failures(report), fetch_failures(report), blocking_pages(report),
              requests_per_new_release(report)]
    checks += empty_sources(report)
    checks += stale_sources(report, catalog, now)
    return checks


def _when(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        value = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)
