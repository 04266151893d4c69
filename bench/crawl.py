"""How much a crawl of the local copy of the sites costs, first and incremental, and what a
first crawl with web-archive backfill reaches.

    python bench/crawl.py [--releases N] [--new K] [--depth D]

Serves the local site (sample_site) with N generated releases over loopback, then measures
three runs into a fresh workspace: the first crawl, a run with nothing new, and a run after K
releases were added. Prints requests per new release for the first and the incremental crawl,
and for the no-change run its request count and the share of 304 answers. No timing: the
numbers are requests, which is what a polite crawler spends of the sites' patience.

Then the backfill: the same releases (plus the sample's 2013-2014 ones) on the site "as today"
— each list capped at its newest D releases, a few pages removed — with its local web archive.
A first crawl with ``backfill`` prints requests per new release for the live site and the
archive separately, and the share of the releases reached per year; a second backfill prints
what asking again costs when nothing is new.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dipex.tables import format_table  # noqa: E402
from dipex.workspace import Workspace  # noqa: E402
from sample_site.releases import generate, older  # noqa: E402
from sample_site.server import SampleSite, removed_in_history  # noqa: E402
from scraper.catalog import Catalog  # noqa: E402
from scraper.crawl import crawl  # noqa: E402
from scraper.http import HttpClient  # noqa: E402
from scraper.urls import canonical_key  # noqa: E402

ARTICLE = re.compile(r"/t(\d{8}_)?\d+\.s?html?$")


def measure(ws: Workspace, site: SampleSite) -> dict:
    site.reset_log()
    report = crawl(ws, base_url=site.base_url, delay=0, progress=False,
                   client=HttpClient(delay=0, timeout=5, retries=1, backoff=0.01))
    requests = report.requests
    n304 = report.status_counts.get("304", 0)
    return {
        "requests": requests,
        "article requests": sum(1 for r in site.requests if ARTICLE.search(r.path)),
        "new releases": report.new,
        "requests / new": round(requests / report.new, 2) if report.new else None,
        "304 answers": n304,
        "304 share": f"{n304 / requests:.0%}" if requests else "-",
    }


def backfill_runs(releases: list, depth: int) -> tuple[list[list], list[list]]:
    """(rows per run: requests live / archive per new release; rows per year: share reached)."""
    rows, years = [], []
    removed = removed_in_history(releases)
    # 15 releases per list page, as the foreign ministry's Chinese lists print (sites/README §2.4)
    with tempfile.TemporaryDirectory() as tmp, SampleSite(releases=releases, list_depth=depth,
                                                          removed=removed, page_size=15) as site:
        ws = Workspace(Path(tmp)).ensure()
        for name in ("first crawl + backfill", "second crawl + backfill"):
            site.reset_log()
            r = crawl(ws, base_url=site.base_url, delay=0, progress=False, backfill=True, archive_delay=0,
                      client=HttpClient(delay=0, timeout=5, retries=1, backoff=0.01))
            live, archive = r.requests_by_channel.get("live", 0), r.requests_by_channel.get("archive", 0)
            new_live = r.new - r.new_archive
            captures = sum(1 for q in site.requests if q.path.startswith("/web.archive.org/web/"))
            rows.append([name, live, new_live, round(live / new_live, 2) if new_live else "-", archive,
                         r.cdx_requests, captures, r.new_archive,
                         round(archive / r.new_archive, 2) if r.new_archive else "-"])
        with Catalog(ws.catalog_path) as cat:
            held = {x.key: x for x in cat.iter_releases(status="ok")}
    per_year: dict[str, list[int]] = {}
    for release in releases:
        counts = per_year.setdefault(release.published[:4], [0, 0, 0])
        got = held.get(canonical_key(release.url))
        counts[0] += 1
        counts[1] += got is not None
        counts[2] += got is not None and got.origin == "archive"
    for year, (total, reached, from_archive) in sorted(per_year.items()):
        years.append([year, total, reached, from_archive, f"{reached / total:.0%}"])
    return rows, years


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--releases", type=int, default=300, help="releases on the local site")
    parser.add_argument("--new", type=int, default=10, help="releases added before the incremental run")
    parser.add_argument("--depth", type=int, default=10, help="releases each capped list still shows")
    args = parser.parse_args(argv)

    releases = list(generate(args.releases, seed=1))
    top = max(r.id for r in releases)
    added = [dataclasses.replace(r, id=top + 1000 + i, published="2026-11-23")
             for i, r in enumerate(releases[: args.new])]
    rows = []
    with tempfile.TemporaryDirectory() as tmp, SampleSite(releases=releases) as site:
        ws = Workspace(Path(tmp)).ensure()
        rows.append(("first crawl", measure(ws, site)))
        rows.append(("no change", measure(ws, site)))
        for release in added:
            site.add_release(release)
        rows.append((f"{args.new} new releases", measure(ws, site)))

    headers = ["run", *rows[0][1].keys()]
    print(f"crawl of the local site: {args.releases} releases, 19 sections, delay 0 on loopback")
    print(format_table(headers, [[name, *("-" if v is None else v for v in values.values())]
                                 for name, values in rows]))

    runs, years = backfill_runs([*releases, *older()], args.depth)
    print(f"\nbackfill: the same releases and 12 of 2013-2014, lists capped at {args.depth} releases "
          "(15 a page), 4 pages removed, the local web archive")
    print(format_table(["run", "live requests", "new (live)", "live requests / new", "archive requests",
                        "CDX", "captures", "new (archive)", "archive requests / new"], runs))
    print(format_table(["year", "releases", "reached", "from the archive", "share reached"], years))
    return 0


if __name__ == "__main__":
    sys.exit(main())
