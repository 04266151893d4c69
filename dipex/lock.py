"""One dipex process at a time per workspace: ``corpus/pipeline.lock`` (fcntl.flock).

The OS frees a flock when its holder dies, even after ``kill -9``, so a killed run never
leaves the workspace locked. Every command that writes what a run also writes (the records
store, the exports, models/ACTIVE, labels/ from a spreadsheet) takes it, so none of them can
work on a store another one is half-way through updating.
"""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from dipex.workspace import Workspace

T = TypeVar("T")


class PipelineLocked(RuntimeError):
    """Another run (or rebuild, export, train, classify, import-review) holds this workspace."""


class RunLock:
    """``with RunLock(ws):`` one pipeline process per workspace; raises PipelineLocked."""

    def __init__(self, ws: Workspace, name: str = "pipeline.lock",
                 error: type[PipelineLocked] = PipelineLocked) -> None:
        self.path = ws.corpus_dir / name
        self.error = error  # what a refusal raises (the crawler's own lock: ``CrawlLocked``)

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "a+")  # noqa: SIM115 - held for the whole run
        try:
            fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            self.fh.seek(0)
            holder = self.fh.read().strip() or "?"
            self.fh.close()
            raise self.error(
                f"another dipex process (pid {holder}) is working in {self.path.parent.parent}; "
                f"it holds {self.path}. Wait for it to finish."
            ) from exc
        self.fh.seek(0)
        self.fh.truncate()
        self.fh.write(str(os.getpid()))
        self.fh.flush()
        return self

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


def exclusively(ws: Workspace, command: str, fn: Callable[[], T]) -> tuple[T | None, int]:
    """``fn()`` under the workspace lock: (its value, 0), or (None, 2) with *refused: …* on
    stderr when another process holds it (nothing done; a scheduler tells it from success)."""
    try:
        with RunLock(ws):
            return fn(), 0
    except PipelineLocked as exc:
        print(f"{command}: refused: {exc}", file=sys.stderr)
        return None, 2
