"""Web-archive backfill: the releases the live lists no longer reach, from the Internet
Archive's captures (a ``kind = "web_archive"`` source of ``scraper/sources.toml``).

Two steps, each resumable:

1. **List** the captured article urls of each prefix with the CDX API
   (``/cdx/search/cdx?url=PREFIX&matchType=prefix&filter=statuscode:200&filter=original:…
   &collapse=urlkey&output=json&showResumeKey=true&limit=N&from=…``). Every row is saved in
   the catalog (``archive_captures``) as it arrives, with the resume key of the next page
   (``cdx_state``), so a killed listing goes on where it stopped. A complete listing stores
   the newest capture time it saw; the next backfill asks only ``from`` there.
2. **Fetch** the captures of releases the catalog does not hold with good text, newest
   capture first, in raw mode (``/web/<timestamp>id_/<url>``: the bytes as captured, no
   toolbar). The WARC keeps exactly what came back, with the original url and the capture
   time beside it. A capture that is no release (a captured "page not found", a cut or
   mis-encoded capture: ``judge.judge_capture``) is remembered and the next capture of the
   same release is tried. A live copy always wins (``indexing.store_article``).

Politeness: the archive has its own pace (``delay`` of the source, default 5 s between
requests; ``crawl --archive-delay``), on top of the client's backoff on 429 / 5xx that honours
``Retry-After``.
"""

from __future__ import annotations

import json
import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from nlp.dates import date_from_url, iso
from scraper import indexing, judge
from scraper.archive import CAPTURE_HEADER, ORIGINAL_HEADER
from scraper.catalog import now_utc
from scraper.sources import Source, load_sources, section_for, sections_of
from scraper.urls import canonical_key, host_of

if TYPE_CHECKING:
    from scraper.crawl import Crawler, SourceStats

log = logging.getLogger(__name__)

DEFAULT_ARCHIVE_DELAY = 5.0
# Server-side filter: TRS article files only (old t<7 digits> and dated t<YYYYMMDD>_<n>).
ARTICLE_FILTER = r".*/t[0-9]{5,8}\.s?html?|.*/t[0-9]{8}_[0-9]+\.s?html?"
_RAW = re.compile(r"/web/(\d{14})(?:id_)?/(.+)$")
MAX_CAPTURES_PER_RELEASE = 4  # bad captures tried before a release is left for the next run


def cdx_url(source: Source, prefix: str, *, since: str | None, resume_key: str | None) -> str:
    """The CDX query of one page of a prefix's listing."""
    params = [("url", prefix), ("matchType", "prefix"), ("filter", "statuscode:200"),
              ("filter", "original:" + ARTICLE_FILTER), ("collapse", "urlkey"), ("output", "json"),
              ("showResumeKey", "true"), ("limit", str(source.cdx_limit))]
    if since:
        params.append(("from", since))
    if resume_key:
        params.append(("resumeKey", resume_key))
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
    return f"{source.archive}/cdx/search/cdx?{query}"


def parse_cdx(body: bytes) -> tuple[list[dict[str, str]], str | None]:
    """Rows (as dicts by the header row) and the resume key of a JSON CDX answer. An answer
    that is not the expected JSON gives no rows (and is reported by the caller)."""
    data = json.loads(body.decode("utf-8") or "[]")
    if not isinstance(data, list):
        raise ValueError("CDX answer is not a JSON list")
    if not data:
        return [], None
    header, *rest = data
    resume = None
    if len(rest) >= 2 and rest[-2] == [] and len(rest[-1]) == 1:
        resume = str(rest[-1][0])
        rest = rest[:-2]
    rows = [dict(zip(header, row, strict=False)) for row in rest if isinstance(row, list) and row]
    return rows, resume


def raw_capture_url(archive: str, timestamp: str, original: str) -> str:
    return f"{archive}/web/{timestamp}id_/{original}"


def list_captures(crawler: Crawler, source: Source, stats: SourceStats, sections: list[Source]) -> bool:
    """Step 1 for every prefix; True when every listing completed."""
    cat = crawler.cat
    complete = True
    for prefix in source.prefixes:
        state = cat.cdx_state(prefix, source.name)
        since = state.get("resume_from") if state.get("resume_key") else (
            state.get("last_timestamp") or source.from_date)
        resume = state.get("resume_key")
        newest = state.get("last_timestamp") or ""
        while True:
            url = cdx_url(source, prefix, since=since, resume_key=resume)
            if not crawler._allowed(stats, url):
                complete = False
                break
            fetched = crawler.fetch(url, "cdx", hosts={host_of(source.archive)})
            crawler.report.cdx_requests += 1
            stats.list_pages += 1
            r = fetched.response
            if r.error or r.status != 200:
                crawler._fail(stats, url, r.error or f"CDX HTTP {r.status}", is_list=True)
                complete = False
                break
            try:
                rows, next_key = parse_cdx(r.body)
            except (ValueError, UnicodeDecodeError) as exc:
                crawler._fail(stats, url, f"CDX answer unreadable: {exc}", is_list=True)
                complete = False
                break
            with cat.transaction():
                for row in rows:
                    original, timestamp = row.get("original", ""), row.get("timestamp", "")
                    key = canonical_key(original, source.site)
                    if key is None or len(timestamp) != 14 or not timestamp.isdigit():
                        continue
                    newest = max(newest, timestamp)
                    section = section_for(original, sections)
                    if section is None:
                        continue  # an article of a column dipex does not study
                    listed = iso(date_from_url(original))
                    cat.note_discovered(key, "archive", section.name, original, listed)
                    if crawler.since and listed and listed < crawler.since.isoformat():
                        continue  # known (coverage counts it) but older than --since: not fetched
                    if cat.add_capture(original, timestamp, key, section.name, source.name):
                        crawler.report.captures_listed += 1
                state.update(resume_key=next_key, resume_from=since if next_key else None)
                if not next_key:
                    state["last_timestamp"] = newest or state.get("last_timestamp")
                cat.save_cdx_state(state)
            if not next_key:
                break
            resume = next_key
    return complete


def take_capture(crawler: Crawler, stats: SourceStats, archive: str, timestamp: str, original: str,
                 section: Source | None) -> str:
    """Fetch one raw capture, judge it and store it: ``ok`` (a release, stored unless a live copy
    is held), ``not_release`` (remembered, the next capture may be tried) or ``failed`` (the
    archive did not answer: stop for this run). The capture time recorded is the one the
    archive answered with (it redirects a timestamp that is no capture to the nearest one)."""
    cat = crawler.cat
    key = canonical_key(original)
    url = raw_capture_url(archive, timestamp, original)
    if key is None or not crawler._allowed(stats, url):
        return judge.FAILED
    before = crawler._source
    crawler._source = section or before

    def extra(real: str) -> dict[str, str]:
        match = _RAW.search(real)
        headers = {ORIGINAL_HEADER: match.group(2) if match else original}
        if match:
            headers[CAPTURE_HEADER] = match.group(1)
        return headers

    try:
        fetched = crawler.fetch(url, "capture", hosts={host_of(archive)}, extra=extra)
    finally:
        crawler._source = before
    crawler.report.captures_fetched += 1
    r = fetched.response
    if r.error or r.status is None:
        crawler._fail(stats, url, r.error or "no response")
        return judge.FAILED
    match = _RAW.search(fetched.final_url)
    captured = match.group(1) if match else timestamp
    verdict = judge.judge_capture(original, fetched.final_url, r.status, r.body, r.content_type)
    if verdict.status == judge.FAILED:
        crawler._fail(stats, url, verdict.reason)
        return judge.FAILED
    with cat.transaction():
        outcome = judge.OK if verdict.status == judge.OK else verdict.reason
        cat.capture_outcome(original, captured, outcome, key)
        if captured != timestamp:
            cat.capture_outcome(original, timestamp, f"redirected to the capture of {captured}", key)
        if verdict.status != judge.OK:
            crawler.report.captures_not_release += 1
            log.info("capture %s is no release: %s", url, verdict.reason)
            return judge.NOT_RELEASE
        was = cat.get(key)
        status = indexing.store_article(
            cat, url=original, key=key, source=section, verdict=verdict, http_status=r.status,
            body=r.body, headers=r.headers, fetched_at=now_utc(),
            warc_file=cat.warc_relpath(crawler.archive.path), warc_offset=fetched.offset,
            origin="archive", captured_at=indexing.capture_time(captured))
    crawler.fetched_this_run.add(key)
    if status == judge.OK and (was is None or was.status != judge.OK):
        stats.new += 1
        crawler.report.new += 1
        crawler.report.new_ok += 1
        crawler.report.new_archive += 1
    return judge.OK


def fetch_captures(crawler: Crawler, source: Source, stats: SourceStats, sections: list[Source]) -> None:
    """Step 2: one good capture for each release listed but not held with good text, newest
    capture first; at most a few bad ones per release and run."""
    by_name = {s.name: s for s in sections}
    for _key, captures in sorted(crawler.cat.captures_to_try(source.name).items()):
        for original, timestamp, section_name in captures[:MAX_CAPTURES_PER_RELEASE]:
            section = by_name.get(section_name or "") or section_for(original, sections)
            outcome = take_capture(crawler, stats, source.archive, timestamp, original, section)
            if outcome == judge.FAILED:
                return  # the archive is struggling: what is left waits for the next run
            if outcome == judge.OK:
                break


def backfill(crawler: Crawler, source: Source, stats: SourceStats) -> None:
    """Both steps for one web_archive source (module doc)."""
    sections = sections_of(source, load_sources())
    crawler.archive_hosts.add(host_of(source.archive))
    if crawler.archive_delay is not None or source.delay is not None:
        pace = crawler.archive_delay if crawler.archive_delay is not None else source.delay
        crawler.client.slow_down(crawler.wire(source.archive), pace or 0.0)
    list_captures(crawler, source, stats, sections)
    fetch_captures(crawler, source, stats, sections)
