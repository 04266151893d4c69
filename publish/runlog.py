"""The run's own log, ``corpus/runs/<id>.json``, written at the start and at every step.

A run killed with SIGKILL (the OOM killer, a reboot, ``kill -9`` from a scheduler's timeout)
runs no ``finally``: a log written only at the end would leave no trace of it, and the next
run, ``status`` and the report would go on as if the last run were the one before. So the log
is written when the run starts (status ``running``) and again as each step begins; one still
``running`` while nobody holds the workspace lock belongs to a process that is gone. The next
run or rebuild marks it ``interrupted`` and says so in its own warnings (hence in its report);
``status`` says so at once.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dipex import atomic
from dipex.workspace import Workspace

PIPELINE_COMMANDS = ("run", "rebuild")


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Written aside, then renamed into place: a kill mid-write leaves the previous version."""
    atomic.write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")


def pipeline_logs(ws: Workspace) -> list[tuple[Path, dict[str, Any]]]:
    """The logs of ``run`` and ``rebuild`` (not the crawler's), oldest first; unreadable ones skipped."""
    found = []
    if not ws.runs_dir.is_dir():
        return found
    for command in PIPELINE_COMMANDS:
        for path in ws.runs_dir.glob(f"*-{command}.json"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if isinstance(data, dict) and data.get("command") == command:
                found.append((path, data))
    return sorted(found, key=lambda item: str(item[1].get("run_id", "")))


def _stamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def last_sign_of_life(ws: Workspace, log: dict[str, Any]) -> str | None:
    """When the gone process last wrote: the start of its last step, or a later write to a file
    only a run writes (the crawl's WARC files, the extraction cache), whichever is newest."""
    started = log.get("started_at") or ""
    candidates = [*ws.warc_dir.glob("*.warc*"), ws.corpus_dir / "extracted.sqlite",
                  ws.corpus_dir / "extracted.sqlite-wal"]
    times = [_stamp(p.stat().st_mtime) for p in candidates if p.exists()]
    times = [t for t in times if t >= started]
    return max(times, default=log.get("stage_started_at"))


def fetched_since(ws: Workspace, since: str | None) -> int | None:
    """Releases the catalog says were fetched at or after ``since`` (a killed crawl's progress)."""
    import sqlite3

    if not since or not ws.catalog_path.exists():
        return None
    try:
        db = sqlite3.connect(f"file:{ws.catalog_path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT COUNT(*) FROM releases WHERE fetched_at >= ?", (since,)).fetchone()
            return int(row[0])
        finally:
            db.close()
    except sqlite3.Error:
        return None


def describe_interrupted(ws: Workspace, log: dict[str, Any]) -> str:
    """One line: which run, when it started, the step it was in, what it had done by then."""
    done = [f"{k} {v}" for k, v in (log.get("counts") or {}).items()]
    if log.get("stage") == "crawl":
        fetched = fetched_since(ws, log.get("stage_started_at"))
        if fetched is not None:
            done.append(f"releases fetched in its crawl {fetched}")
    wrote = ("Some files of out/ may be its, others older;" if log.get("stage") == "export"
             else "It wrote nothing to out/;")
    return (
        f"the {log.get('command', 'run')} {log.get('run_id')} (pid {log.get('pid', '?')}), started "
        f"{log.get('started_at')}, was interrupted (killed, or the machine stopped) during its step "
        f"'{log.get('stage', '?')}' (begun {log.get('stage_started_at', '?')}; last write to its files "
        f"{last_sign_of_life(ws, log) or '?'}); done by then: {', '.join(done) or 'nothing counted'}. "
        f"{wrote} the runs after it redo what it left undone."
    )


def take_over_interrupted(ws: Workspace, current_run_id: str) -> list[str]:
    """Called under the workspace lock: every other log still ``running`` belongs to a process
    that is gone. Each is marked ``interrupted`` and described; it is told again only when the
    run that told it was itself killed before its report (its warnings reached nobody)."""
    notes = []
    logs = pipeline_logs(ws)
    status = {data.get("run_id"): data.get("status") for _, data in logs}
    for path, data in logs:
        untold = data.get("status") == "interrupted" and status.get(data.get("noticed_by")) in (
            "running", "interrupted")
        if data.get("run_id") == current_run_id or not (data.get("status") == "running" or untold):
            continue
        # told again: as first described (later runs' files would now pass for its progress)
        note = (untold and data.get("interrupted")) or describe_interrupted(ws, data)
        data.update(status="interrupted", exit_code=None, interrupted=note,
                    noticed_by=current_run_id)
        write_json(path, data)
        notes.append(note)
    return notes


def last_pipeline_run(ws: Workspace) -> dict[str, Any] | None:
    """The newest run or rebuild log, its status made true for ``status``: ``running`` only while
    its process lives, else ``interrupted`` with what is known of it. (Asked of the pid, not of
    the lock: taking the lock, even for an instant, could refuse a scheduled run.)"""
    logs = pipeline_logs(ws)
    if not logs:
        return None
    data = dict(logs[-1][1])
    data["log"] = str(logs[-1][0])
    if data.get("status") == "running" and not _alive(data.get("pid")):
        data["status"] = "interrupted"
        data["interrupted"] = describe_interrupted(ws, data)
    return data


def _alive(pid: Any) -> bool:
    """Whether a process with this pid exists (one we may not signal exists too)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
