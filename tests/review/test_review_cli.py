"""`pipeline.py review` really serves the page, on loopback by default."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import requests

import pipeline

REPO = Path(__file__).resolve().parents[2]


def test_review_binds_loopback_by_default():
    args = pipeline.build_parser().parse_args(["review"])
    assert (args.host, args.port, args.annotator) == ("127.0.0.1", 8050, None)
    args = pipeline.build_parser().parse_args(["import-review", "x.xlsx", "--annotator", "ana"])
    assert (args.file, args.annotator) == ("x.xlsx", "ana")


def test_review_command_serves_the_queue(corpus):
    process = subprocess.Popen(
        [
            sys.executable,
            str(REPO / "pipeline.py"),
            "--workdir",
            str(corpus.ws.root),
            "review",
            "--port",
            "0",
            "--annotator",
            "ana",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        # Ctrl+C is what a user stops it with: a test run started in the background (nohup … &)
        # passes SIGINT down as ignored, and Python then never raises KeyboardInterrupt
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:\d+/", line).group(0)
        page = requests.get(url, timeout=10)
        assert page.status_code == 200 and "Liu Jianchao Meets" in page.text
        record = requests.get(url + "record", params={"key": "idcpc:1001"}, timeout=10).text
        assert '"defaultAnnotator": "ana"' in record
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()  # never leave a server behind
            raise
    assert process.returncode == 0


def test_the_empty_workspace_note_does_not_send_the_user_to_extract(tmp_path):
    """`extract` writes a file of records, never the workspace's records store: the note shown
    when the page has no records names what fills the store."""
    from dipex.workspace import Workspace
    from review.cli import no_records_note

    note = no_records_note(Workspace(tmp_path))
    assert "`pipeline.py run`" in note and "`rebuild`" in note
    assert "`extract` writes a file, not this store" in note
