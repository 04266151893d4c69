"""How extraction holds up when a release arrives dirty, as copies on mirrors and aggregators do.

    python bench/robustness.py [--n 300] [--seed 11] [--show VARIANT]

Takes generated sample releases (self-written, with the coding a person would give them) and
extracts each one clean and under a few kinds of damage seen in the wild: no headline, no
publication date, a headline ticker naming another country's news above the text, share bars
with a mis-decoded (mojibake) block and a footer, a "date YYYY-MM-DD" header instead of a
publication date, a photo caption and a byline with a time stamp above the text, the whole copy on
one line, Chinese in traditional characters. Prints, per variant, the share of fields that still
agree with the coding.
``--show VARIANT`` lists that variant's disagreements. A table, not a test.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dipex.tables import format_table  # noqa: E402
from nlp.extract import extract_many  # noqa: E402
from nlp.gazetteer import to_traditional  # noqa: E402
from sample_site.releases import SampleRelease, generate  # noqa: E402

FIELDS = ("relevant", "country", "event_date", "event_type", "content", "mechanism", "counterpart",
          "partnership_action")
TICKER = ("Off the wire\nStorm hits coast • Spotlight: China, Brazil upgrade relations to comprehensive "
          "strategic partnership • Markets close higher • Weather for world cities\n\n")
SHARE = "Email|Print|Comments  twitter  facebook  reddit\n\n"
MOJIBAKE = "ʬƲΤƶںϲẔ̌ʻϼԸ߱ȷᡣʷͲ밨«̻żλĥϳңӶDZֹڿìѤѻԾɶ«ѽĽճԤơ״ڲİе˫𷶼ӴɰɡҬ\n\n"
FOOTER = "\n\nHot News | Links | About us | Contact | Copyright. All rights reserved."


def document(r: SampleRelease, title: bool = True, published: bool = True, before: str = "",
             after: str = "") -> dict[str, Any]:
    return {"url": r.url, "source": r.site, "lang": r.lang, "title": r.title if title else None,
            "published": r.published if published else None, "text": before + r.text + after}


VARIANTS: dict[str, Callable[[SampleRelease], dict[str, Any]]] = {
    "clean": lambda r: document(r),
    "no headline": lambda r: document(r, title=False),
    "no publication date": lambda r: document(r, published=False),
    "neither": lambda r: document(r, title=False, published=False),
    "headline ticker above": lambda r: document(r, before=TICKER),
    "share bar, mojibake, footer": lambda r: document(r, before=SHARE + MOJIBAKE, after=FOOTER),
    "'date' header, no date": lambda r: document(r, published=False, before=f"date {r.published} \n\n"),
    "caption and stamp above": lambda r: document(
        r, before=f"A view of the venue. (Photo by Staff)\nBy Staff | Updated: {r.published} 10:22\n\n"),
    "stored on one line": lambda r: {**document(r), "text": " ".join(r.text.split("\n"))},
    "traditional characters": lambda r: {**document(r), "title": to_traditional(r.title),
                                         "text": to_traditional(r.text)},
}


def _comparable(name: str, value: Any) -> Any:
    if name == "counterpart" and value:
        return str(value).split(",")[0]  # the name; offices are written in several ways
    if name == "mechanism":
        return sorted(value or [])
    return value


def agreement(releases: list[SampleRelease], make: Callable[[SampleRelease], dict[str, Any]]
              ) -> tuple[dict[str, float], list[tuple[str, str, Any, Any]]]:
    """Share of agreeing fields (coded fields of relevant releases; `relevant` on all) and the
    disagreements (field, url, coded, extracted)."""
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    wrong = []
    for release, record in zip(releases, extract_many([make(r) for r in releases]), strict=True):
        truth = release.truth
        for name in FIELDS:
            if name not in truth or (name != "relevant" and not truth.get("relevant")):
                continue
            want, got = _comparable(name, truth[name]), _comparable(name, getattr(record, name))
            seen[name] += 1
            right[name] += want == got
            if want != got:
                wrong.append((name, release.url, want, got))
    return {name: right[name] / seen[name] for name in FIELDS if seen[name]}, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--show", choices=list(VARIANTS), help="list this variant's disagreements")
    args = parser.parse_args(argv)
    releases = list(generate(args.n, args.seed))
    header = ["variant", *FIELDS]
    rows = []
    for name, make in VARIANTS.items():
        shares, wrong = agreement(releases, make)
        rows.append([name, *(shares.get(f) for f in FIELDS)])
        if name == args.show:
            for field, url, want, got in wrong:
                print(f"{field}: {url}: coded {want!r}, extracted {got!r}")
    print(f"{args.n} generated releases, seed {args.seed}: share of fields agreeing with their coding")
    print(format_table(header, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
