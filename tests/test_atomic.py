"""dipex.atomic: a file is replaced whole or left as it was, and no side file is left behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dipex import atomic


class Interrupted(Exception):
    pass


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_an_interrupted_stream_leaves_the_old_file_and_no_side_file(tmp_path):
    target = tmp_path / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(Interrupted), atomic.open_replacing(target) as out:
        out.write("new, half")
        raise Interrupted
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _only(tmp_path) == ["records.jsonl"]


@pytest.mark.parametrize("write", [
    lambda path: atomic.write_text(path, "new\n"),
    lambda path: atomic.write_bytes(path, b"new\n"),
])
def test_an_interrupted_whole_write_leaves_the_old_file(tmp_path, monkeypatch, write):
    target = tmp_path / "metadata.json"
    target.write_text("old\n", encoding="utf-8")

    def refuse(*_args: object) -> None:  # the rename is where a kill would leave things
        raise Interrupted

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(Interrupted):
        write(target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _only(tmp_path) == ["metadata.json"]


def test_a_library_save_through_the_side_path(tmp_path):
    target = tmp_path / "sub" / "review.xlsx"  # the folder is made
    with atomic.replacing(target) as side:
        assert side.parent == target.parent and side.name.startswith(".review.xlsx.")
        side.write_bytes(b"book")
    assert target.read_bytes() == b"book" and _only(target.parent) == ["review.xlsx"]
    with pytest.raises(Interrupted), atomic.replacing(target) as side:
        side.write_bytes(b"half")
        raise Interrupted
    assert target.read_bytes() == b"book" and _only(target.parent) == ["review.xlsx"]


def test_text_is_utf8_with_the_newlines_given(tmp_path):
    target = tmp_path / "ACTIVE"
    atomic.write_text(target, "中联部 v1\n")
    assert target.read_bytes() == "中联部 v1\n".encode()
    with atomic.open_replacing(target, newline="") as out:
        out.write("a\r\nb\n")
    assert target.read_bytes() == b"a\r\nb\n"


@pytest.mark.parametrize("mask, mode", [(0o022, 0o644), (0o077, 0o600)])
def test_the_file_gets_the_mode_of_a_plain_write(tmp_path, mask, mode):
    old = os.umask(mask)
    try:
        atomic.write_text(tmp_path / "log.json", "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "log.json").stat().st_mode) == mode


def test_a_side_file_left_by_a_killed_writer_is_swept_by_the_next_write(tmp_path):
    """A writer killed outright (SIGKILL) cannot remove its side file; the next write of the
    same file removes it once it is stale, and leaves the complete old file until then."""
    import signal
    import subprocess
    import sys
    import time

    target = tmp_path / "records.jsonl"
    target.write_text("old\n", encoding="utf-8")
    writer = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from dipex import atomic\n"
         f"with atomic.open_replacing({str(target)!r}) as out:\n"
         "    out.write('half'); out.flush(); print('writing', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1])
    assert writer.stdout.readline().strip() == "writing"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    (left,) = [p for p in tmp_path.iterdir() if p.name.endswith(atomic.SIDE_SUFFIX)]
    assert target.read_text(encoding="utf-8") == "old\n"

    atomic.write_text(target, "young side kept\n")  # a fresh side file may be a live writer's
    assert left.exists()
    old = time.time() - atomic.STALE_AFTER - 60
    os.utime(left, (old, old))
    atomic.write_text(target, "new\n")
    assert _only(tmp_path) == ["records.jsonl"]
    assert target.read_text(encoding="utf-8") == "new\n"


def test_stale_side_files_of_other_files_are_not_touched(tmp_path):
    other = tmp_path / ".labels.jsonl.abc123.part"
    other.write_text("x", encoding="utf-8")
    old = 1_000_000.0
    os.utime(other, (old, old))
    atomic.write_text(tmp_path / "records.jsonl", "new\n")
    assert other.exists()
