"""pipeline.py read through a pipe that closes early (``pipeline.py queue | head``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """A researcher piping a long listing into head saw a BrokenPipeError traceback: the command
    now ends quietly with 141 (as a shell tool stopped by SIGPIPE does)."""
    page = tmp_path / "long.html"
    page.write_text(
        '<html><head><title>T</title></head><body><div class="TRS_Editor">'
        + "<p>Beijing, May 1st--words here. </p>" * 20000
        + "</div></body></html>",
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "pipeline.py", "parse", str(page),
         "--url", "https://www.idcpc.org.cn/english/news/202405/t20240501_1.html"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    assert proc.stdout.read(10).startswith(b"{")
    proc.stdout.close()  # the reader goes away, as head does after its lines
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr, stderr
