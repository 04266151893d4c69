"""Helpers of the scraper tests: a fast loopback client, a crawl runner, and a consistency
check of catalog against WARC."""

from __future__ import annotations

import hashlib

from dipex.workspace import Workspace
from scraper.archive import read_record
from scraper.catalog import Catalog
from scraper.crawl import crawl
from scraper.http import HttpClient
from scraper.indexing import archived_keys


def fast_client(**overrides) -> HttpClient:
    """Loopback settings: no pacing, short timeouts and backoff (politeness is tested apart)."""
    options = dict(delay=0, timeout=1.0, retries=2, backoff=0.01, max_backoff=0.05, max_retry_after=3)
    options.update(overrides)
    return HttpClient(**options)


def run(ws: Workspace, site, **kwargs):
    kwargs.setdefault("client", fast_client())
    return crawl(ws, base_url=site.base_url, delay=0, progress=False, **kwargs)


def catalog_count(path, where: str = "1=1") -> int:
    """Rows of the catalog's releases (matching ``where``), read-only, while a crawl may be
    writing; 0 when there is no catalog yet or it is busy."""
    import sqlite3
    from pathlib import Path

    if not Path(path).exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute(f"SELECT COUNT(*) FROM releases WHERE {where}").fetchone()[0]
    except sqlite3.Error:
        return 0


def article_requests(site) -> list:
    """Requests the site saw for release pages (t..._N / tNNNNNNN files)."""
    import re

    pattern = re.compile(r"/t(\d{8}_)?\d+\.s?html?$")
    return [r for r in site.requests if pattern.search(r.path.split("?")[0])]


def assert_catalog_matches_warc(ws: Workspace) -> None:
    """Every catalog row points at a readable archived response with the same sha256, and
    every release the archive holds a final response for is in the catalog (once)."""
    with Catalog(ws.catalog_path) as cat:
        rows = list(cat.iter_releases())
        keys = [r.key for r in rows]
        assert len(keys) == len(set(keys))
        for row in rows:
            pointer = cat.warc_pointer(row.key)
            assert pointer is not None, row.key
            status, _headers, body = read_record(*pointer)
            assert hashlib.sha256(body).hexdigest() == row.sha256, row.key
    assert archived_keys(ws.warc_dir) == set(keys)
