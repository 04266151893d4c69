"""The derived SQLite stores of corpus/ (catalog, extraction cache, records), checked before a
rebuild: a damaged one (a full disk, a bad copy) is set aside, never deleted, so ``rebuild`` —
the command for a lost derived file — can recreate it instead of failing on it."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from dipex.workspace import Workspace

log = logging.getLogger(__name__)

HINT = "a derived store under corpus/ is damaged: `pipeline.py rebuild` sets it aside and recreates it"


def derived_stores(ws: Workspace) -> list[Path]:
    return [ws.catalog_path, ws.corpus_dir / "extracted.sqlite", ws.records_path]


def damage(path: Path) -> str | None:
    """Why the SQLite file cannot be used, or None when it is sound (or absent)."""
    if not path.exists():
        return None
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
            rows = [row[0] for row in db.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(map(str, rows[:3]))


def set_aside_damaged(ws: Workspace) -> list[str]:
    """Rename each damaged derived store (and its -wal/-shm) to ``<name>.damaged-<time>``;
    returns one warning per store set aside."""
    warnings: list[str] = []
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    for path in derived_stores(ws):
        why = damage(path)
        if why is None:
            continue
        target = path.with_name(f"{path.name}.damaged-{stamp}")
        for side in sorted(path.parent.glob(path.name + "-*")):
            side.rename(target.with_name(target.name + side.name[len(path.name):]))
        path.rename(target)
        warnings.append(f"{path.name} was damaged ({why}): set aside as {target.name} and recreated")
        log.warning("%s", warnings[-1])
    return warnings
