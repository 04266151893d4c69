"""Speed and memory of parse + extract, and the dev-set scores.

    python bench/extract.py [--n 30000] [--seed 7] [--batch-size 256] [--no-parse] [--processes N]
                            [--length real|short] [--repeat 1] [--no-dev]

Releases come from ``sample_site.releases.generate(n, seed)`` (self-written releases in the
sites' style). Generated releases are short (a few hundred characters); real ones are not: an
IDCPC or foreign-ministry page runs to 2,000–6,000 characters, a news-agency copy to 10,000
with its menus, tickers and "related news" lists, a Chinese release to 1,000–4,000 characters.
So by default (``--length real``) each release is lengthened to such a size with self-written
paragraphs (speeches, background, names of parties and countries as real pages have them) and,
for a third of the English ones, agency furniture around it; ``--length short`` keeps the
generated text. The *parse* column renders each release into its page template and runs
``scraper.pages.parse_page`` on the HTML; it is skipped when those modules are missing. The
*extract* column runs ``nlp.extract.extract_many`` (spaCy ``nlp.pipe`` in batches, pipelines
built once and cached) in one process; the next row with the default settings (every core, as
``extract`` and ``run`` do). Peak memory is the process's maximum resident set size
(``resource.getrusage``), measured after each stage. The last row runs parse + extract in one
worker process per core (``--processes``). ``--repeat N`` runs each extract row N times and
prints the best (a shared, noisy machine slows some runs down, never speeds one up). When the
hand-coded dev set exists (``../shared/eval/dev``) its scores are printed too, unless ``--no-dev``.

Prints a table; numbers go into the README.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dipex.cores import available_cores, worker_count  # noqa: E402
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


EN_FILLER = [
    "The two sides exchanged in-depth views on party building, state governance and the fight "
    "against poverty, and agreed to deepen exchanges of experience between their parties.",
    "{official} said that the Communist Party of China is willing to work with the {party} to "
    "carry forward the traditional friendship and push relations to a new level.",
    "He briefed the guests on the spirit of the Party's national congress and on China's path to "
    "modernisation, adding that China regards {country} as a good friend and partner.",
    "The delegation also visited a high-tech zone, a rural cooperative and a community service "
    "centre in {city}, where they learned about local development and poverty alleviation.",
    "Members of the delegation said that the {party} appreciates China's achievements and hopes to "
    "learn from its experience in economic development and in building a clean government.",
    "Both sides agreed to strengthen cooperation within multilateral mechanisms such as the "
    "China-CELAC Forum and to promote practical cooperation in trade, infrastructure and culture.",
    "Officials of the International Department of the CPC Central Committee and of the {country} "
    "embassy in China were present at the meeting held in the Great Hall of the People.",
    "In {year}, the two countries marked an anniversary of diplomatic relations with a series of "
    "cultural events, exhibitions and youth exchanges in {city} and in Beijing.",
]
ZH_FILLER = [
    "双方就治党治国经验、脱贫攻坚和绿色发展等议题深入交换意见，一致同意进一步加强党际交流。",
    "{official}表示，中国共产党愿同{party}一道，传承传统友谊，推动两党两国关系不断迈上新台阶。",
    "他介绍了党的全国代表大会精神和中国式现代化道路，表示中方始终视{country}为好朋友、好伙伴。",
    "代表团还参观了{city}的高新技术园区、农村合作社和社区服务中心，了解当地经济社会发展情况。",
    "代表团成员表示，{party}高度赞赏中国取得的发展成就，希望学习借鉴中方在经济建设和廉政建设方面的经验。",
    "双方同意在中国—拉共体论坛等多边机制框架内加强协调配合，推进经贸、基础设施和人文领域务实合作。",
    "中联部有关部门负责同志和{country}驻华使馆官员参加会见。",
]
EN_NAMES = {"official": ["Liu Jianchao", "Song Tao", "Wang Yi", "Guo Yezhou"],
            "party": ["Communist Party of Cuba", "Workers' Party of Brazil",
                      "United Socialist Party of Venezuela", "Broad Front of Uruguay",
                      "Sandinista National Liberation Front"],
            "country": ["Cuba", "Brazil", "Venezuela", "Uruguay", "Nicaragua", "Mexico", "Argentina"],
            "city": ["Beijing", "Shanghai", "Zhejiang Province", "Guangzhou", "Chongqing"],
            "year": ["2019", "2020", "2021", "2022", "2023"]}
ZH_NAMES = {"official": ["刘建超", "宋涛", "王毅", "郭业洲"],
            "party": ["古巴共产党", "巴西劳工党", "委内瑞拉统一社会主义党", "乌拉圭广泛阵线",
                      "尼加拉瓜桑地诺民族解放阵线"],
            "country": ["古巴", "巴西", "委内瑞拉", "乌拉圭", "尼加拉瓜", "墨西哥", "阿根廷"],
            "city": ["浙江", "上海", "广州", "重庆", "福建"]}
AGENCY_HEAD = ("Home | China | World | Business | Culture | Sports | Photos | Video\n\n"
               "Off the wire\nMarkets close higher • Weather for world cities • "
               "Spotlight: regional trade fair\n\n"
               "Source: Xinhua | Editor: Wang Lin | {day} 18:06:13\n\n")
AGENCY_TAIL = ("\n\nRelated News\n{headlines}\n\nMost Popular\n{headlines}\n\n"
               "Copyright © 2000 - 2025 All rights reserved. | About us | Contact | Privacy")
HEADLINES = ["Chinese premier meets foreign guests", "Economic forum opens in coastal city",
             "Delegation visits agricultural cooperative", "Cultural week celebrates friendship",
             "Scientists report progress on new materials", "Ministry briefs press on trade data"]


def lengthened(release: Any, rng: random.Random) -> Any:
    """The release with self-written paragraphs added up to a real page's length (see the module doc);
    its headline and lead, which carry its coding, are untouched."""
    zh = release.lang == "zh"
    filler, names = (ZH_FILLER, ZH_NAMES) if zh else (EN_FILLER, EN_NAMES)
    target = rng.randint(1_000, 4_000) if zh else rng.randint(2_000, 6_500)
    paragraphs = [p for p in release.paragraphs if p]
    length = sum(len(p) for p in paragraphs)
    while length < target:
        sentences = [rng.choice(filler).format(**{k: rng.choice(v) for k, v in names.items()})
                     for _ in range(rng.randint(1, 3))]
        paragraph = ("" if zh else " ").join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph)
    if not zh and rng.random() < 1 / 3:  # a news-agency copy with its page furniture
        headlines = "\n".join(rng.sample(HEADLINES, 4))
        paragraphs = [AGENCY_HEAD.format(day=release.published).strip(), *paragraphs,
                      AGENCY_TAIL.format(headlines=headlines).strip()]
    return dataclasses.replace(release, paragraphs=paragraphs)


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


def extract_stage(docs: list[Document], batch_size: int, processes: int = 1) -> tuple[float, int]:
    """Extract every document: (seconds, relevant pages). One process: pipelines built before the
    clock starts; several: worker start-up counted, as a user running ``extract`` meets it."""
    from nlp.extract import extract_pages
    from nlp.language import pipeline

    pipeline("en"), pipeline("zh")  # built once, outside the timing (cached for the process)
    start = time.perf_counter()
    relevant = sum(1 for records in extract_pages(docs, batch_size=batch_size, processes=processes)
                   if records and records[0].relevant)
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
    parser.add_argument("--processes", type=int, default=available_cores(),
                        help="worker processes for the parallel rows (default: one per core)")
    parser.add_argument("--length", choices=("real", "short"), default="real",
                        help="real-length texts (default) or the short generated ones")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each extract row this many times and print the best")
    parser.add_argument("--no-dev", action="store_true", help="skip the dev-set scores")
    args = parser.parse_args(argv)

    releases, why = generated(args.n, args.seed)
    if not releases:
        print(f"no generated releases: {why}")
        return 2
    if args.length == "real":
        rng = random.Random(args.seed)
        releases = [lengthened(r, rng) for r in releases]
    chars = sum(len(r.text) for r in releases) / len(releases)
    zh = sum(r.lang == "zh" for r in releases) / len(releases)
    rows = [("releases", f"{len(releases):,}", f"{args.length} length: {chars:,.0f} characters on average, "
             f"{zh:.0%} Chinese")]
    pages = [] if args.no_parse else render_pages(releases)
    docs = [as_document(r) for r in releases]
    del releases
    gc.collect()
    parse_seconds = 0.0
    if pages:
        docs, parse_seconds, note = parse_stage(pages)
        rows.append(("parse (parse_page)", f"{len(docs) / parse_seconds:,.0f} releases/s",
                     f"{parse_seconds:.1f} s, peak {peak_mib():,.0f} MiB {note}".strip()))
    seconds, relevant = min(extract_stage(docs, args.batch_size) for _ in range(args.repeat))
    rows.append(("extract (extract_many), 1 process", f"{len(docs) / seconds:,.0f} releases/s",
                 f"{seconds:.1f} s, {relevant:,} relevant, peak {peak_mib():,.0f} MiB"))
    workers = worker_count(None, len(docs))
    if workers > 1:
        seconds, relevant = min(extract_stage(docs, args.batch_size, workers) for _ in range(args.repeat))
        rows.append((f"extract, default settings ({workers} processes)",
                     f"{len(docs) / seconds:,.0f} releases/s",
                     f"{seconds:.1f} s incl. worker start-up, {relevant:,} relevant"))
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
    if not args.no_dev:
        print()
        print(dev_scores())
    return 0


if __name__ == "__main__":
    sys.exit(main())
