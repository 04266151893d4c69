"""Speed and memory of parse + extract, and the dev-set scores.

    python bench/extract.py [--n 30000] [--seed 7] [--batch-size 256] [--no-parse] [--processes N]

Releases come from ``sample_site.releases.generate(n, seed)`` (self-written releases in the
sites' style). The *parse* column renders each release into its page template and runs
``scraper.pages.parse_page`` on the HTML; it is skipped when those modules are missing. The
*extract* column runs ``nlp.extract.extract_many`` (spaCy ``nlp.pipe`` in batches, pipelines
built once and cached). Peak memory is the process's maximum resident set size
(``resource.getrusage``), measured after each stage. The last row runs parse + extract in one
worker process per core (``--processes``). When the hand-coded dev set exists
(``../shared/eval/dev``) its scores are printed too.

Prints a table; numbers go into the README.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dipex.tables import format_table  # noqa: E402
from nlp.schema import Document  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generated(n: int, seed: int) -> tuple[list[Any], str]:
    """The sample releases, or an explanation of why there are none."""
    try:
        from sample_site.releases import generate
    except ImportError as exc:
        return [], f"sample_site.releases unavailable ({exc})"
    return list(generate(n, seed)), ""


def as_document(release: Any) -> Document:
    return Document(url=release.url, source=getattr(release, "site", "other"), lang=release.lang,
                    title=release.title, published=release.published,
                    text="\n\n".join(p for p in release.paragraphs if p))


Page = tuple[bytes, str, str]  # (html, url, site)


def render_pages(releases: list[Any]) -> list[Page]:
    from sample_site.render import article_template, render_article

    return [(render_article(r, article_template(r, None), "", []).encode("utf-8"), r.url, r.site)
            for r in releases]


def parse_pages(pages: list[Page]) -> tuple[list[Document], int]:
    """Documents of the pages, and how many pages had problems."""
    from scraper.pages import parse_page

    docs, failures = [], 0
    for body, url, site in pages:
        parsed = parse_page(body, url)
        failures += not parsed.ok
        docs.append(Document(url=parsed.url, source=site, lang=parsed.lang, title=parsed.title,
                             published=parsed.published, text=parsed.text))
    return docs, failures


def parse_stage(pages: list[Page]) -> tuple[list[Document], float, str]:
    """Parse every page; (documents, seconds, note)."""
    start = time.perf_counter()
    docs, failures = parse_pages(pages)
    seconds = time.perf_counter() - start
    return docs, seconds, f"{failures} page(s) with problems" if failures else ""


def _parse_and_extract(pages: list[Page]) -> int:
    from nlp.extract import extract_many

    docs, _ = parse_pages(pages)
    return sum(1 for record in extract_many(docs) if record.relevant)


def parallel_stage(pages: list[Page], processes: int, batch_size: int) -> tuple[float, int]:
    """Parse + extract with one worker process per core: (seconds, relevant)."""
    from concurrent.futures import ProcessPoolExecutor

    chunks = [pages[i:i + batch_size] for i in range(0, len(pages), batch_size)]
    with ProcessPoolExecutor(max_workers=processes) as pool:
        list(pool.map(_parse_and_extract, chunks[:processes]))  # warm up: pipelines built once per worker
        start = time.perf_counter()
        relevant = sum(pool.map(_parse_and_extract, chunks))
        return time.perf_counter() - start, relevant


def extract_stage(docs: list[Document], batch_size: int) -> tuple[float, int]:
    from nlp.extract import extract_many
    from nlp.language import pipeline

    pipeline("en"), pipeline("zh")  # built once, outside the timing (cached for the process)
    start = time.perf_counter()
    relevant = sum(1 for record in extract_many(docs, batch_size=batch_size) if record.relevant)
    return time.perf_counter() - start, relevant


def dev_scores() -> str:
    if not DEV.exists():
        return "dev set not available"
    from nlp.evaluate import read_gold, score
    from nlp.extract import extract_many

    rows: list[dict[str, Any]] = []
    for path in sorted(DEV.glob("*.jsonl")):
        rows += read_gold(path)[0]
    return score(list(extract_many(rows)), rows).table()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--no-parse", action="store_true", help="skip the parse column")
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="worker processes for the parallel row (default: one per core)")
    args = parser.parse_args(argv)

    releases, why = generated(args.n, args.seed)
    if not releases:
        print(f"no generated releases: {why}")
        return 2
    rows = [("releases", f"{len(releases):,}", "")]
    pages = [] if args.no_parse else render_pages(releases)
    docs = [as_document(r) for r in releases]
    del releases
    gc.collect()
    parse_seconds = 0.0
    if pages:
        docs, parse_seconds, note = parse_stage(pages)
        rows.append(("parse (parse_page)", f"{len(docs) / parse_seconds:,.0f} releases/s",
                     f"{parse_seconds:.1f} s, peak {peak_mib():,.0f} MiB {note}".strip()))
    seconds, relevant = extract_stage(docs, args.batch_size)
    rows.append(("extract (extract_many)", f"{len(docs) / seconds:,.0f} releases/s",
                 f"{seconds:.1f} s, {relevant:,} relevant, peak {peak_mib():,.0f} MiB"))
    if pages:
        total = parse_seconds + seconds
        rows.append(("parse + extract", f"{len(docs) / total:,.0f} releases/s",
                     f"{total:.1f} s, one process"))
        if args.processes > 1:
            seconds, relevant = parallel_stage(pages, args.processes, args.batch_size)
            rows.append((f"parse + extract, {args.processes} processes",
                         f"{len(pages) / seconds:,.0f} releases/s",
                         f"{seconds:.1f} s, {relevant:,} relevant (peak memory per worker as above)"))
    print(format_table(["stage", "rate", "time, memory"], rows))
    print()
    print(dev_scores())
    return 0


if __name__ == "__main__":
    sys.exit(main())
