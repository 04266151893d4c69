"""The whole path on a machine without internet: the bundled copy of the sites, served on
127.0.0.1, crawled and coded into a fresh folder.

Steps: copy the repository's labelled examples (``labels/examples.jsonl``) into the folder
and train the content model on them (via the ``train`` command, when it exists), so the demo
shows the model path too → serve ``sample_site`` (bundled releases) → ``run`` (crawl, parse,
extract, classify, export) → print where the data set and the report are.

The folder is wiped first, but only when it is empty or was made by an earlier demo (it
holds the ``.dipex-demo`` marker): a typo must not erase someone's work.
"""

from __future__ import annotations

import logging
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from publish.run import ConfigError, RunResult, run
from workspace import Workspace

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
    with SampleSite(releases=releases) as site:
        log.info("local copy of the sites at %s", site.base_url)
        result = run(ws, base_url=site.base_url, sources=sources, delay=0, progress=progress)
    steps.append(("run (crawl → export)", result.seconds))
    return DemoResult(folder, result, trained, round(time.monotonic() - t0, 2), steps)
