"""How much a crawl of the local copy of the sites costs, first and incremental.

    python bench/crawl.py [--releases N] [--new K]

Serves the local site (sample_site) with N generated releases over loopback, then measures
three runs into a fresh workspace: the first crawl, a run with nothing new, and a run after K
releases were added. Prints requests per new release for the first and the incremental crawl,
and for the no-change run its request count and the share of 304 answers. No timing: the
numbers are requests, which is what a polite crawler spends of the sites' patience.
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
from sample_site.releases import generate  # noqa: E402
from sample_site.server import SampleSite  # noqa: E402
from scraper.crawl import crawl  # noqa: E402
from scraper.http import HttpClient  # noqa: E402

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--releases", type=int, default=300, help="releases on the local site")
    parser.add_argument("--new", type=int, default=10, help="releases added before the incremental run")
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
