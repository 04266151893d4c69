"""Recompute everything derived from what is precious: the WARC archive and labels/.

Catalog (re-indexed from the WARC files), extracted records (every release, whatever the
cache says), classification (active model + human labels) and exports. With the same
archive, labels and model, the exports are byte-identical to those of the last run, which is
the check that the published data set can be reproduced from its sources.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from dipex.workspace import Workspace
from publish.run import (
    ConfigError,
    RunLock,
    RunResult,
    _finish,
    _mark_stopped,
    _new_result,
    _now,
    begin_step,
    start_logging,
    update_records,
    write_log,
)

log = logging.getLogger(__name__)


def rebuild(ws: Workspace, out_dir: str | Path | None = None, processes: int | None = None) -> RunResult:
    """Rebuild catalog, records and exports (extraction on every core unless ``processes`` lowers
    it); raises ConfigError when there is no archive."""
    from scraper.catalog import Catalog

    if not ws.warc_dir.is_dir() or not any(ws.warc_dir.glob("*.warc*")):
        raise ConfigError(
            f"no WARC archive in {ws.warc_dir}: nothing to rebuild (run `pipeline.py run` first)"
        )
    t0 = time.monotonic()
    result = _new_result("rebuild")
    # the crawler's lock too: re-indexing under a running crawl would race with it
    with RunLock(ws), RunLock(ws, "crawl.lock"):
        try:
            from publish.derived import set_aside_damaged

            start_logging(ws, result, "re-index the archive")
            result.warnings += set_aside_damaged(ws)
            with Catalog(ws.catalog_path) as cat:
                indexed = cat.rebuild_from_warc(ws.warc_dir)
            result.counts.update(
                {f"catalog {k}": v for k, v in sorted(indexed.items()) if isinstance(v, int)}
            )
            begin_step(ws, result, "extract and classify")
            update_records(ws, result, force=True, processes=processes)
            begin_step(ws, result, "export")
            _finish(ws, result, t0, Path(out_dir) if out_dir else None)
        except BaseException as exc:  # Ctrl-C too: logged as a stop, then passed on
            result.exit_code = 1
            result.failures.append(f"rebuild stopped: {type(exc).__name__}{f': {exc}' if str(exc) else ''}")
            log.exception("rebuild stopped")
            result.finished_at = _now()
            result.seconds = round(time.monotonic() - t0, 2)
            _mark_stopped(ws, result, out_dir)
            if not isinstance(exc, Exception):
                raise
        finally:
            write_log(ws, result)
    return result
