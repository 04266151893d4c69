"""``pipeline.py serve-sample``: the local copy of the sites, for a person to try."""

from __future__ import annotations

import argparse
import time


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this area's subcommands to ``pipeline.py``."""
    p = subparsers.add_parser(
        "serve-sample",
        help="serve the self-written copy of the sites on 127.0.0.1 (Ctrl-C stops it)",
        description="Serve the local copy of the IDCPC and foreign-ministry sites over HTTP. "
        "Crawl it with: pipeline.py crawl --base-url <printed base url>.",
    )
    p.add_argument("--port", type=int, default=8765, help="port (0 = any free port; default 8765)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--faults",
        action="store_true",
        help="give one release of each fault kind (timeouts, 500, 429, truncated, ...)",
    )
    p.add_argument(
        "--history",
        action="store_true",
        help="the sites as today: lists capped at their newest releases, a few pages removed "
        "(what the web archive at BASE/web.archive.org still has; crawl it with --backfill)",
    )
    p.add_argument(
        "--hang",
        type=float,
        default=40.0,
        help="seconds a 'timeout' fault hangs (longer than the crawler's timeout; default 40)",
    )
    p.set_defaults(handler=serve_sample)


def demo_faults(releases: list, spare: str | None = None) -> dict[str, str]:
    """One release per fault kind, spread over the sections (never the ``spare`` url)."""
    from sample_site.faults import FAULT_KINDS

    ordered = sorted((r for r in releases if r.url != spare), key=lambda r: (r.section, r.id))
    step = max(1, len(ordered) // len(FAULT_KINDS))
    return {r.url: kind for r, kind in zip(ordered[::step], FAULT_KINDS, strict=False)}


def serve_sample(args: argparse.Namespace) -> int:
    from sample_site.releases import bundled
    from sample_site.server import SampleSite

    releases = bundled()
    try:
        make = SampleSite.with_history if getattr(args, "history", False) else SampleSite
        site = make(port=args.port, releases=releases, host=args.host, hang_seconds=args.hang)
    except OSError as exc:
        print(f"cannot listen on {args.host}:{args.port}: {exc}")
        return 2
    faults = demo_faults(releases, spare=site.gbk_url) if args.faults else None
    for url, kind in (faults or {}).items():
        site.set_fault(url, kind)
    with site:
        print(f"serving {len(releases)} releases at {site.base_url}  (Ctrl-C stops)")
        print(f"real https://HOST/PATH is served at {site.base_url}/HOST/PATH; entry pages:")
        for url in site.entry_urls():
            print("  " + site.url(url))
        if site.gbk_url:
            print(f"GBK-encoded page: {site.url(site.gbk_url)}")
        for url, kind in (faults or {}).items():
            print(f"  fault {kind:16} {site.url(url)}")
        print(f"web archive (CDX, raw captures): {site.base_url}/web.archive.org/cdx/search/cdx?url=...")
        # the crawler keeps its polite one-second pace on a loopback mirror too (crawl --help): the
        # sample site is the user's own, so the command printed asks for no pause
        print(f"crawl it: python pipeline.py crawl --base-url {site.base_url} --delay 0"
              + (" --backfill --archive-delay 0" if getattr(args, "history", False) else ""))
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopped")
    return 0
