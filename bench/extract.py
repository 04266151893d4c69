"""Speed and memory of parse + extract, and the dev-set scores.

    python bench/extract.py [--n 30000] [--seed 7] [--batch-size 256] [--no-parse] [--dev DIR]

Releases come from ``sample_site.releases.generate(n, seed)`` (self-written releases in the
sites' style). The *parse* column renders each release into its page template and runs
``scraper.pages.parse_page`` on the HTML; it is skipped when those modules are missing. The
*extract* column runs ``nlp.extract.extract_many`` (spaCy ``nlp.pipe`` in batches, pipelines
built once and cached). Peak memory is the process's maximum resident set size
(``resource.getrusage``), measured after each stage. When the hand-coded dev set exists
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


def parse_stage(releases: list[Any]) -> tuple[list[Document] | None, float, str]:
    """Render and parse every release; (documents, seconds, note)."""
    try:
        from sample_site.render import article_template, render_article
        from scraper.pages import parse_page
    except ImportError as exc:
        return None, 0.0, f"skipped ({exc})"
    pages = []
    for release in releases:
        name = article_template(release, None)
        pages.append((render_article(release, name, "", []).encode("utf-8"), release))
    start = time.perf_counter()
    docs = []
    failures = 0
    for body, release in pages:
        parsed = parse_page(body, release.url)
        if not parsed.ok:
            failures += 1
        docs.append(Document(url=parsed.url, source=getattr(release, "site", "other"), lang=parsed.lang,
                             title=parsed.title, published=parsed.published, text=parsed.text))
    seconds = time.perf_counter() - start
    return docs, seconds, f"{failures} page(s) with problems" if failures else ""


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
    args = parser.parse_args(argv)

    releases, why = generated(args.n, args.seed)
    if not releases:
        print(f"no generated releases: {why}")
        return 2
    rows = [("releases", f"{len(releases):,}", "")]
    docs: list[Document] | None = None
    parse_seconds = 0.0
    if not args.no_parse:
        docs, seconds, note = parse_stage(releases)
        parse_seconds = seconds
        if docs is not None:
            rows.append(("parse (parse_page)", f"{len(docs) / seconds:,.0f} releases/s",
                         f"{seconds:.1f} s, peak {peak_mib():,.0f} MiB {note}".strip()))
        else:
            rows.append(("parse (parse_page)", "-", note))
    if docs is None:
        docs = [as_document(r) for r in releases]
    del releases
    gc.collect()
    seconds, relevant = extract_stage(docs, args.batch_size)
    rows.append(("extract (extract_many)", f"{len(docs) / seconds:,.0f} releases/s",
                 f"{seconds:.1f} s, {relevant:,} relevant, peak {peak_mib():,.0f} MiB"))
    if parse_seconds:
        total = parse_seconds + seconds
        rows.append(("parse + extract", f"{len(docs) / total:,.0f} releases/s",
                     f"{total:.1f} s on {os.cpu_count()} core(s), one process"))
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:{width}}  {value:>18}  {note}")
    print()
    print(dev_scores())
    return 0


if __name__ == "__main__":
    sys.exit(main())
