"""From an archived article response to a catalog row — while crawling, when a killed run
is reconciled, and when the catalog is rebuilt from the WARC files.

One function stores a judged article (``store_article``) and one walks WARC files
(``index_archive``), so the three paths cannot drift apart.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from pathlib import Path

from scraper import judge
from scraper.archive import ArchivedResponse, iter_responses
from scraper.catalog import Catalog, Release
from scraper.sources import LIST_KINDS, Source, load_sources
from scraper.urls import canonical_key, site_of

log = logging.getLogger(__name__)

TRANSIENT = {429} | set(range(500, 600))


def store_article(cat: Catalog, *, url: str, key: str, source: Source | None, verdict: judge.Verdict,
                  http_status: int | None, body: bytes, headers, fetched_at: str,
                  warc_file: str | None, warc_offset: int | None, origin: str = "live",
                  captured_at: str | None = None) -> str:
    """Write a judged article to the catalog; returns what the catalog now says (ok | gone |
    parse_failed). A good release is never replaced by a failed parse of a later fetch, and a
    live copy is never replaced by an archived capture (``origin="archive"``): the capture
    only fills in what the live site no longer lists or serves."""
    sha = hashlib.sha256(body).hexdigest()
    if origin == "archive":
        held = cat.get(key)
        if verdict.status != judge.OK:
            return held.status if held else verdict.status  # a capture that is no release: not stored
        if held is not None and held.status == judge.OK and held.origin != "archive":
            cat.add_alias(key, url, fetched_at)
            return judge.OK
    site = source.site if source else site_of(url)
    lang_hint = source.lang if source else None
    name = source.name if source else None
    if verdict.status == judge.GONE:
        cat.mark_gone(key, url, reason=verdict.reason, fetched_at=fetched_at, http_status=http_status,
                      sha256=sha, warc_file=warc_file, warc_offset=warc_offset, source=name, site=site,
                      lang=lang_hint)
        cat.add_alias(key, url, fetched_at)
        return judge.GONE
    page = verdict.page
    old = cat.get(key)
    if verdict.status == judge.PARSE_FAILED and old is not None and old.status == judge.OK:
        log.warning("%s: refetched page no longer parses (%s); the earlier good copy is kept",
                    url, verdict.reason)
        cat.add_alias(key, url, fetched_at)
        return judge.OK
    cat.put(Release(
        key=key, url=url, status=verdict.status, source=name or (old.source if old else None),
        site=site, lang=getattr(page, "lang", None) or lang_hint, fetched_at=fetched_at,
        http_status=http_status, etag=headers.get("ETag") if headers else None,
        last_modified=headers.get("Last-Modified") if headers else None, sha256=sha,
        warc_file=warc_file, warc_offset=warc_offset, title=getattr(page, "title", None),
        published=getattr(page, "published", None), published_time=getattr(page, "published_time", None),
        text=getattr(page, "text", None), template=getattr(page, "template", None),
        problems=list(verdict.problems), origin=origin, captured_at=captured_at,
        gone_at=old.gone_at if old is not None and origin == "archive" else None,
    ))
    cat.add_alias(key, url, fetched_at)
    return verdict.status


def _source_for(record: ArchivedResponse, by_name: dict[str, Source], sources: list[Source]) -> Source | None:
    if record.source and record.source in by_name and by_name[record.source].kind in LIST_KINDS:
        return by_name[record.source]
    for source in sources:
        if source.kind in LIST_KINDS and source.is_article(record.original or record.request_url):
            return source
    return None


def _warc_date(record: ArchivedResponse) -> str:
    return record.date if record.date.endswith("Z") else record.date + ("Z" if record.date else "")


def index_archive(cat: Catalog, warc: str | os.PathLike[str], *, only_missing: bool = True,
                  sources: list[Source] | None = None) -> Counter:
    """Index the article responses of a WARC file (or folder) into the catalog.

    ``only_missing`` (reconciling a killed run): keys already in the catalog are left alone.
    Otherwise (rebuild) every final response is applied in archive order, so the latest fetch
    of a release wins, exactly as during the crawls. Aliases seen on archived list pages are
    restored too."""
    sources = sources if sources is not None else load_sources()
    by_name = {s.name: s for s in sources}
    counts: Counter = Counter()
    lists: list[ArchivedResponse] = []
    for record in iter_responses(warc):
        if record.role == "list":
            if not only_missing and record.status == 200:
                lists.append(record)
            continue
        if record.role == "capture":
            _index_capture(cat, record, by_name, sources, counts, only_missing)
            continue
        if record.role not in (None, "article"):
            continue
        key = canonical_key(record.request_url)
        if key is None:
            continue
        if 300 <= record.status < 400 or record.status in TRANSIENT or record.truncated:
            continue  # a hop or a failed attempt; the final response follows (or the fetch failed)
        if only_missing and cat.has(key):
            counts["already_indexed"] += 1
            continue
        source = _source_for(record, by_name, sources)
        verdict = judge.judge_article(record.request_url, record.url, record.status, record.body,
                                      record.headers.get("Content-Type"))
        if not verdict.stored:
            counts[verdict.status] += 1
            continue
        with cat.transaction():
            status = store_article(
                cat, url=record.request_url, key=key, source=source, verdict=verdict,
                http_status=record.status, body=record.body, headers=record.headers,
                fetched_at=_warc_date(record), warc_file=cat.warc_relpath(record.warc_path),
                warc_offset=record.offset)
        counts[status] += 1
    if lists:
        _restore_list_aliases(cat, lists, by_name, counts)
    return counts


def capture_time(timestamp: str | None) -> str | None:
    """``20190512103000`` -> ``2019-05-12T10:30:00Z``."""
    if not timestamp or len(timestamp) < 14 or not timestamp[:14].isdigit():
        return None
    t = timestamp
    return f"{t[:4]}-{t[4:6]}-{t[6:8]}T{t[8:10]}:{t[10:12]}:{t[12:14]}Z"


def _index_capture(cat: Catalog, record: ArchivedResponse, by_name: dict[str, Source],
                   sources: list[Source], counts: Counter, only_missing: bool) -> None:
    """An archived capture (backfill) back into the catalog: what the crawl decided, decided
    again (a live copy wins; a capture that is no release is remembered, not stored)."""
    original = record.original
    key = canonical_key(original) if original else None
    if key is None or 300 <= record.status < 400 or record.status in TRANSIENT or record.truncated:
        return
    held = cat.get(key)
    if only_missing and held is not None and held.status == judge.OK:
        counts["already_indexed"] += 1
        return
    verdict = judge.judge_capture(original, record.url, record.status, record.body,
                                  record.headers.get("Content-Type"))
    with cat.transaction():
        cat.capture_outcome(original, record.captured_at or "", verdict.status if verdict.status == judge.OK
                            else verdict.reason, key)
        if verdict.status != judge.OK:
            counts["captures not a release"] += 1
            return
        status = store_article(
            cat, url=original, key=key, source=_source_for(record, by_name, sources), verdict=verdict,
            http_status=record.status, body=record.body, headers=record.headers,
            fetched_at=_warc_date(record), warc_file=cat.warc_relpath(record.warc_path),
            warc_offset=record.offset, origin="archive", captured_at=capture_time(record.captured_at))
    counts[f"archive {status}"] += 1


def _restore_list_aliases(cat: Catalog, lists: list[ArchivedResponse], by_name: dict[str, Source],
                          counts: Counter) -> None:
    from scraper.listing import read_list_page

    with cat.transaction():
        for record in lists:
            source = by_name.get(record.source or "")
            if source is None:
                continue
            page = read_list_page(record.body, record.url, source, record.headers.get("Content-Type"))
            for link in page.article_links:
                key = canonical_key(link, source.site)
                if key and cat.has(key) and cat.add_alias(key, link, _warc_date(record)):
                    counts["aliases"] += 1


def archived_keys(warc: str | os.PathLike[str] | Path) -> set[str]:
    """Keys of the releases the archive holds a stored outcome for (ok, gone or parse_failed):
    what a catalog consistent with the WARC files must contain, no more, no less."""
    keys: set[str] = set()
    for record in iter_responses(warc):
        if record.role == "capture":
            key = canonical_key(record.original) if record.original else None
            if key is None or record.status != 200 or record.truncated:
                continue
            verdict = judge.judge_capture(record.original, record.url, record.status, record.body,
                                          record.headers.get("Content-Type"))
            if verdict.status == judge.OK:
                keys.add(key)
            continue
        if record.role not in (None, "article"):
            continue
        key = canonical_key(record.request_url)
        if key is None or 300 <= record.status < 400 or record.status in TRANSIENT or record.truncated:
            continue
        verdict = judge.judge_article(record.request_url, record.url, record.status, record.body,
                                      record.headers.get("Content-Type"))
        if verdict.stored:
            keys.add(key)
    return keys
