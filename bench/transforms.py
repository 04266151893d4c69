"""Does the coding of real releases survive the ways copies of them differ? (metamorphic check)

    python bench/transforms.py [--half tune|check|all] [--source idcpc|mfa|all]

Reads the hand-coded dev pages (``../shared/eval/dev``; skipped when absent) and extracts each
page as stored and under transforms that must not change a coder's row: page furniture around
the text (a menu, share bar, photo caption and byline with a time stamp above, "related news"
below; English or Chinese), the whole copy on one line, no title given, Chinese pages in
traditional characters. Prints the reference scores (``nlp.evaluate``, as ``score.py``) per
transform, so a drop shows which kind of copy a rule depends on. By default only the *tune*
half is read (the half rules may be studied on); ``--half check`` scores the other half
without printing any page. A table, not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dipex.tables import format_table  # noqa: E402
from nlp.evaluate import half, pages, reference_scores  # noqa: E402
from nlp.extract import extract_many  # noqa: E402
from nlp.gazetteer import to_traditional  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"
FIELDS = ("relevant_F1", "country", "event_date", "event_type", "party_R", "mechanism", "content_macroF1",
          "mfa_partnership", "mfa_head_of_state")
# self-written page furniture in the style of agency and newspaper copies
TOP_EN = ["Home | China | World | Business | Opinion | Photos | Video",
          "Share on Facebook  Share on Twitter  Print  Email",
          "A view of the venue before the event. (Photo by Staff Reporter)",
          "By Staff Writer | Updated: {day} 10:22"]
BOTTOM_EN = ["Related news", "Premier meets visiting European leader", "Copyright. All rights reserved.",
             "Editor: Staff"]
TOP_ZH = ["首页 > 国际 > 正文", "分享到：微博 微信", "来源：本网 {day} 10:22  字号：大 中 小",
          "图为活动现场。（本网记者 摄）"]
BOTTOM_ZH = ["相关新闻", "总理会见欧洲国家领导人", "（责任编辑：本网）", "版权所有 未经授权禁止转载"]

DOCUMENT_FIELDS = ("url", "source", "lang", "title", "published", "text")
Transform = Callable[[dict[str, Any]], dict[str, Any] | None]


def _furniture(page: dict[str, Any], one_line: bool = False) -> dict[str, Any]:
    day = (page.get("published") or "")[:10]
    zh = page.get("lang") == "zh"
    top = [line.format(day=day) for line in (TOP_ZH if zh else TOP_EN)]
    bottom = BOTTOM_ZH if zh else BOTTOM_EN
    lines = [*top, *(page.get("text") or "").split("\n"), *bottom]
    return {**page, "text": (" " if one_line else "\n").join(lines)}


def _traditional(page: dict[str, Any]) -> dict[str, Any] | None:
    if page.get("lang") != "zh":
        return None
    return {**page, "title": page.get("title") and to_traditional(page["title"]),
            "text": page.get("text") and to_traditional(page["text"])}


TRANSFORMS: dict[str, Transform] = {
    "as stored": lambda page: page,
    "furniture": _furniture,
    "one line": lambda page: {**page, "text": " ".join((page.get("text") or "").split("\n"))},
    "furniture, one line": lambda page: _furniture(page, one_line=True),
    "no title": lambda page: {**page, "title": None},
    "traditional": _traditional,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--half", choices=("tune", "check", "all"), default="tune")
    parser.add_argument("--source", choices=("idcpc", "mfa", "all"), default="all")
    args = parser.parse_args()
    if not DEV.exists():
        print(f"no dev set at {DEV}: nothing to measure")
        return 0
    sources = ("idcpc", "mfa") if args.source == "all" else (args.source,)
    rows = []
    for source in sources:
        lines = (DEV / f"{source}.jsonl").read_text(encoding="utf-8").splitlines()
        gold_rows = [json.loads(line) for line in lines if line.strip()]
        gold = {url: row for url, row in pages(gold_rows).items() if args.half in ("all", half(url))}
        for name, transform in TRANSFORMS.items():
            docs = []
            for row in gold.values():
                changed = transform({k: row.get(k) for k in DOCUMENT_FIELDS})
                if changed is not None:
                    docs.append(changed)
            kept = {d["url"] for d in docs}
            predicted = pages(r.to_dict() for r in extract_many(docs))
            scores = reference_scores({u: g for u, g in gold.items() if u in kept}, predicted)
            rows.append([source, name, len(kept), *(scores.get(f) for f in FIELDS)])
    print(format_table(["source", "transform", "pages", *FIELDS], [
        [*row[:3], *("" if v is None else f"{v:.3f}" for v in row[3:])] for row in rows]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
