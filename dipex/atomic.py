"""Files replaced whole or not at all: written to a side file in the same folder, then renamed.

A run can be killed mid-write (the OOM killer, ``kill -9``, a full disk): a file written in
place would be left half-written, and the next reader would take a truncated records file,
model metadata or spreadsheet for a whole one. Written aside and renamed with ``os.replace``
(atomic on one file system, hence the same folder), the old version stays until the new one
is complete. On an error the side file is removed, so no ``.part`` litter is left behind; a
writer killed outright cannot remove its own, so the next write of the same file sweeps side
files of that file older than ``STALE_AFTER`` (an active writer's is younger: it was made
moments ago or is being written to).

The side file gets a unique name (``.<name>.<random>.part``, from ``mkstemp``), so two writers
never share one, and before the rename it gets the mode a plain write would give (0666 less
the umask): ``mkstemp`` makes it private (0600), but what is written here is made to be read
by others (exports, records, logs). Nothing is fsynced: none of the writers did.
"""

from __future__ import annotations

import glob
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

SIDE_SUFFIX = ".part"
STALE_AFTER = 24 * 3600  # seconds; far longer than any write of a records file or model takes


def current_umask() -> int:
    """The process's umask, read without changing it where Linux allows (/proc), else by the
    classic set-and-restore."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def sweep_stale_sides(path: Path, now: float | None = None) -> list[Path]:
    """Remove side files of ``path`` left by a killed writer (older than ``STALE_AFTER``)."""
    now = time.time() if now is None else now
    swept = []
    for side in path.parent.glob(f".{glob.escape(path.name)}.*{SIDE_SUFFIX}"):
        try:
            if now - side.stat().st_mtime > STALE_AFTER:
                side.unlink()
                swept.append(side)
        except OSError:  # gone meanwhile, or not ours to remove: leave it
            continue
    return swept


@contextmanager
def replacing(path: Path | str) -> Iterator[Path]:
    """``with replacing(path) as side:`` write ``side`` (by any means: a library's ``save``);
    on a clean exit it replaces ``path``, on an exception it is removed and ``path`` is left
    as it was. The folder is created if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_sides(path)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=SIDE_SUFFIX)
    os.close(fd)
    side = Path(name)
    try:
        yield side
        os.chmod(side, 0o666 & ~current_umask())
        os.replace(side, path)
    except BaseException:
        side.unlink(missing_ok=True)
        raise


@contextmanager
def open_replacing(path: Path | str, encoding: str = "utf-8",
                   newline: str | None = None) -> Iterator[TextIO]:
    """``with open_replacing(path) as out:`` a text file streamed line by line, replacing
    ``path`` when the block ends without an exception (closed before the rename)."""
    with replacing(path) as side, side.open("w", encoding=encoding, newline=newline) as out:
        yield out


def write_bytes(path: Path | str, data: bytes) -> None:
    """``path`` replaced by ``data`` whole, or left as it was."""
    with replacing(path) as side:
        side.write_bytes(data)


def write_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    """``path`` replaced by ``text`` whole, or left as it was."""
    with open_replacing(path, encoding=encoding) as out:
        out.write(text)
