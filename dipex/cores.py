"""How many worker processes extraction uses: every core by default, fewer on request.

Extraction rules are pure Python, so a second core nearly doubles the rate; `extract`, `run` and
`rebuild` therefore use every core the process may run on unless ``--processes`` lowers it. A
worker costs about a second to start (gazetteer and spaCy pipeline built once per worker), so a
small batch of work — a daily run with a handful of new releases — stays in one process.
"""

from __future__ import annotations

import os

PARALLEL_MIN = 1_000  # documents below which worker start-up costs more than it saves


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity, which containers and taskset narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_count(requested: int | None, documents: int | None = None) -> int:
    """Processes to extract ``documents`` with: ``requested`` when the user gave one (at least 1),
    else every core — or 1 when there is too little work to repay starting the workers."""
    if requested is not None:
        return max(1, requested)
    if documents is not None and documents < PARALLEL_MIN:
        return 1
    return available_cores()
