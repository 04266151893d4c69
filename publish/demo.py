"""The whole path on a machine without internet: the bundled copy of the sites, served on
127.0.0.1, crawled and coded into a fresh folder.

Steps: copy the repository's labelled examples (``labels/examples.jsonl``) into the folder
and train the content model on them (via the ``train`` command, when it exists), so the demo
shows the model path too → serve ``sample_site`` (bundled releases) → ``run`` (crawl, parse,
extract, classify, export) → compare the data set with the coding the sample releases were
written with (``reference.csv``, as a researcher's hand-coded file would be) → print where
the data set, the comparison and the report are.

The folder is wiped first, but only when it is empty or was made by an earlier demo (it
holds the ``.dipex-demo`` marker): a typo must not erase someone's work.
"""

from __future__ import annotations

import csv
import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from dipex.workspace import Workspace
from publish.compare import CompareReport, compare, read_rows
from publish.run import ConfigError, RunResult, run

log = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[1]
MARKER = ".dipex-demo"


@dataclass
class DemoResult:
    folder: Path
    run: RunResult
    trained: str  # what training did, or why it was skipped
    seconds: float
    steps: list[tuple[str, float]] = field(default_factory=list)  # (step, seconds)
    comparison: CompareReport | None = None

    @property
    def exit_code(self) -> int:
        return self.run.exit_code


def fresh_folder(folder: Path) -> None:
    if folder.exists():
        if not folder.is_dir():
            raise ConfigError(f"{folder} is a file, not a folder")
        if any(folder.iterdir()) and not (folder / MARKER).exists():
            raise ConfigError(f"{folder} is not empty and was not made by `demo`; choose another --dir")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("made by `pipeline.py demo`; wiped by the next demo\n", encoding="utf-8")


def _train(ws: Workspace) -> str:
    """Train the content model through the `train` command, when labels and the command exist."""
    examples = sorted(ws.labels_dir.glob("*.jsonl"))
    if not examples:
        return "skipped: no labelled examples"
    import pipeline

    parser = pipeline.build_parser()
    try:
        args = parser.parse_args(["--workdir", str(ws.root), "train"])
    except SystemExit:
        return "skipped: no `train` command"
    try:
        code = int(args.handler(args) or 0)
    except Exception as exc:  # noqa: BLE001 - the demo goes on with rule tags
        log.warning("train failed: %s", exc)
        return f"failed ({type(exc).__name__}: {exc}); rule tags kept"
    return "model trained" if code == 0 else f"train exited {code}; rule tags kept"


REFERENCE_COLUMNS = ["Number", "Date", "Country", "Type", "Contact", "Type of content", "Mechanism"]


def write_reference(releases, path: Path) -> int:
    """The sample releases' own coding as a hand-coded data set in the published schema: one
    row per exchange (an event the site reported in two languages is one row). Returns rows."""
    rows: dict[tuple, dict] = {}
    for release in releases:
        truth = release.truth
        if not truth.get("relevant"):
            continue
        contact = "; ".join(c["name"] if release.lang == "en" else (c.get("party") or c["name"])
                            for c in truth.get("contacts", []))
        if release.site == "mfa":
            contact = truth.get("counterpart") or ""
        parties = tuple(sorted({c.get("party") or "" for c in truth.get("contacts", [])}))
        # one exchange: same site, day, country and principal (a visit is "talks" on one page and
        # "state visit" on another)
        key = (release.site, truth["event_date"], truth["country"], truth.get("counterpart") or parties)
        row = rows.setdefault(key, {
            "Date": truth["event_date"], "Country": truth["country"],
            "Type": truth.get("exchange_type") or "bilateral", "Contact": contact,
            "Type of content": truth.get("content") or "",
            "Mechanism": "+".join(truth.get("mechanism") or []),
        })
        if release.lang == "en" and contact:
            row["Contact"] = contact  # coders write the English names
    ordered = sorted(rows.values(), key=lambda r: (r["Date"], r["Country"]))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=REFERENCE_COLUMNS)
        writer.writeheader()
        for number, row in enumerate(ordered, 1):
            writer.writerow({"Number": number, **row})
    return len(ordered)


def demo(
    folder: str | Path = "demo-out", progress: bool = False, releases=None, sources: list[str] | None = None
) -> DemoResult:
    """``releases``/``sources`` default to the bundled site and every section (tests pass a few)."""
    from sample_site.server import SampleSite

    t0 = time.monotonic()
    folder = Path(folder).resolve()
    fresh_folder(folder)
    ws = Workspace(folder).ensure()
    shipped = REPO / "labels" / "examples.jsonl"
    if shipped.exists():
        shutil.copy2(shipped, ws.labels_dir / shipped.name)
    # the shipped examples carry their own text, so the model can be trained before the crawl
    # and the one run below classifies with it
    trained = _train(ws)
    steps = [(f"train ({trained})", round(time.monotonic() - t0, 2))]
    if releases is None:
        from sample_site.releases import bundled

        releases = bundled()
    # the site as the real ones are today (capped lists, removed pages) and its web archive:
    # the run backfills from the archive what the lists no longer show
    with SampleSite.with_history(releases=releases) as site:
        log.info("local copy of the sites at %s", site.base_url)
        result = run(ws, base_url=site.base_url, sources=sources, delay=0, progress=progress,
                     backfill=True, archive_delay=0)
    steps.append(("run (crawl → export)", result.seconds))
    comparison = None
    data_csv = ws.root / "out" / "exchanges.csv"
    if data_csv.exists():
        t1 = time.monotonic()
        reference = folder / "reference.csv"
        write_reference(releases, reference)
        comparison = compare(read_rows(data_csv), reference)
        (folder / "comparison.txt").write_text(comparison.text() + "\n", encoding="utf-8")
        steps.append(("compare with the sample's coding", round(time.monotonic() - t1, 2)))
    return DemoResult(folder, result, trained, round(time.monotonic() - t0, 2), steps, comparison)
