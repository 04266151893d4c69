"""The slow, large fuzz run: how long the worst hostile document takes to parse and extract.

    python bench/fuzz.py [--random 300] [--examples 1000] [--seed 12]

Three sets, each document timed on its own (parse of its page, then extraction):

1. known worst cases at full size — the inputs that were quadratic before the budget
   (``"=" * 20000`` took 73 s, runs of dashes, brackets and quotes, pages of tags or blank lines);
2. ``--random`` long documents (up to the 60,000 characters extraction reads) stitched from the
   property tests' hostile fragments (tests/hostile.py) with a fixed seed;
3. ``--examples`` Hypothesis examples of the property tests' strategies (pages and documents).

Prints the slowest documents and the slowest time: the budget's promise is about a second.
The property tests in CI run the same strategies with 40 examples; this is their large run.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile import FRAGMENTS, hostile_page, hostile_text  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dipex.tables import format_table  # noqa: E402
from nlp.extract import MAX_CHARS, extract  # noqa: E402
from scraper.pages import parse_page  # noqa: E402

URL = "https://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"
PUNCT = "=—(\"'.,;:!?<>[]{}$%&*+#@|/\\-_~^`…、，。：“”"


def known_worst() -> dict[str, str]:
    """Inputs that were quadratic somewhere (tokenizer, dateline search, one-line copies) once."""
    rng = random.Random(1)
    cases = {f"{c!r} x 20000": c * 20000 for c in ("=", "—", "(", "'", "%", "+", ".)")}
    cases.update({
        "random punctuation x 60000": "".join(rng.choice(PUNCT) for _ in range(MAX_CHARS)),
        "punctuation and spaces x 60000": "".join(rng.choice(PUNCT + "  ") for _ in range(MAX_CHARS)),
        "'<b>' x 20000 (blanked tags)": "<b>" * 20000,
        "newline x 60000": "\n" * MAX_CHARS,
        "'&amp;' x 12000": "&amp;" * 12000,
        "'Cuba ' x 12000": "Cuba " * 12000,
        "'古巴共产党' x 12000": "古巴共产党" * 12000,
        "'Beijing, June 21st--' x 3000": "Beijing, June 21st--" * 3000,
        "'a' x 60000": "a" * MAX_CHARS,
        "text over the cut (200,000)": "Song Tao met the Communist Party of Cuba. " * 5000,
        # one line of bars, bullets and sentences: a copy stored on one line (26 s once)
        "'a | b | c • d • e. ' x 3000": "a | b | c • d • e. " * 3000,
        "'Updated: May 1, 2023 ' x 3000 (stamps)": "Updated: May 1, 2023 " * 3000,
        "'(Xinhua/Li) ' x 5000 (caption)": "(Xinhua/Li) " * 5000,
    })
    return cases


def random_documents(n: int, seed: int) -> dict[str, str]:
    """Long documents stitched from the hostile fragments, with runs of them."""
    rng = random.Random(seed)
    out = {}
    for i in range(n):
        size = rng.choice([2_000, 10_000, 30_000, MAX_CHARS])
        parts: list[str] = []
        length = 0
        while length < size:
            piece = rng.choice(FRAGMENTS)
            if rng.random() < 0.2:
                piece = piece * rng.randint(2, 400)
            elif rng.random() < 0.2:
                piece = "".join(rng.choice(PUNCT + " \n") for _ in range(rng.randint(1, 300)))
            parts.append(piece)
            length += len(piece)
        out[f"random #{i} ({size:,} chars)"] = "".join(parts)[:size]
    return out


def timed(text: str, title: str = "Song Tao Meets Delegation") -> tuple[float, float]:
    """Seconds to parse the text as a page and to extract it as a document."""
    page = (f"<html><head><title>{title}</title></head><body><div class='TRS_Editor'><p>{text}</p></div>"
            "</body></html>")
    t0 = time.perf_counter()
    parse_page(page.encode("utf-8", "surrogatepass"), URL)
    t1 = time.perf_counter()
    extract({"url": URL, "source": "idcpc", "title": title, "text": text})
    return t1 - t0, time.perf_counter() - t1


def hypothesis_run(examples: int) -> list[tuple[float, str]]:
    """The property tests' strategies at scale: (seconds, description) per example."""
    found: list[tuple[float, str]] = []

    @settings(max_examples=examples, derandomize=True, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(hostile_page(), hostile_text, st.one_of(st.none(), hostile_text))
    def run(page: tuple[bytes, str | None], text: str, title: str | None) -> None:
        body, content_type = page
        t0 = time.perf_counter()
        parse_page(body, URL, content_type)
        t1 = time.perf_counter()
        extract({"url": URL, "title": title, "text": text})
        t2 = time.perf_counter()
        found.append((t1 - t0, f"hypothesis page ({len(body):,} bytes)"))
        found.append((t2 - t1, f"hypothesis document ({len(text):,} chars)"))

    run()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--random", type=int, default=300, help="long random documents (default 300)")
    parser.add_argument("--examples", type=int, default=1000, help="Hypothesis examples (default 1000)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--top", type=int, default=12, help="slowest documents shown")
    args = parser.parse_args(argv)

    extract({"url": URL, "text": "warm-up: builds the pipelines"})
    extract({"url": URL, "text": "暖身", "lang": "zh"})
    results: list[tuple[float, float, str, int]] = []  # parse s, extract s, name, chars
    t0 = time.perf_counter()
    for name, text in {**known_worst(), **random_documents(args.random, args.seed)}.items():
        parse_s, extract_s = timed(text)
        results.append((parse_s, extract_s, name, len(text)))
    for seconds, name in hypothesis_run(args.examples):
        results.append((seconds, 0.0, name, 0) if "page" in name else (0.0, seconds, name, 0))
    total = time.perf_counter() - t0
    results.sort(key=lambda r: -(r[0] + r[1]))
    rows = [[name, chars or "", round(p, 3), round(e, 3), round(p + e, 3)]
            for p, e, name, chars in results[: args.top]]
    print(format_table(["document", "chars", "parse s", "extract s", "total s"], rows))
    worst = results[0]
    print(f"\n{len(results)} hostile documents and pages in {total:.1f} s; slowest: {worst[2]} "
          f"{worst[0] + worst[1]:.3f} s (parse {worst[0]:.3f} s, extract {worst[1]:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
