"""The serve-sample command: its options and the fault demo."""

from __future__ import annotations

from fixture_releases import fixture_releases

import pipeline
from sample_site.cli import demo_faults
from sample_site.faults import FAULT_KINDS


def test_serve_sample_options():
    args = pipeline.build_parser().parse_args(["serve-sample", "--port", "0", "--faults"])
    assert args.port == 0 and args.faults and args.host == "127.0.0.1" and callable(args.handler)


def test_demo_faults_give_every_kind_once_and_spare_the_gbk_page():
    releases = fixture_releases()
    spare = releases[0].url
    faults = demo_faults(releases, spare=spare)
    assert sorted(faults.values()) == sorted(FAULT_KINDS[: len(faults)])
    assert len(faults) == min(len(FAULT_KINDS), len(releases) - 1) and spare not in faults


def test_the_printed_crawl_command_asks_for_no_pause(tmp_path):
    """The crawler keeps its one-second pace on a loopback mirror too, so the command serve-sample
    prints for its own site must say --delay 0 (a user copying it waited minutes for nothing)."""
    import signal
    import subprocess
    import sys
    from pathlib import Path

    root = Path(pipeline.__file__).resolve().parent
    proc = subprocess.Popen([sys.executable, "-u", str(root / "pipeline.py"), "--workdir", str(tmp_path),
                             "serve-sample", "--port", "0"], stdout=subprocess.PIPE, text=True, cwd=root)
    try:
        line = ""
        for line in proc.stdout:
            if line.startswith("crawl it:"):
                break
        assert line.startswith("crawl it:") and "--base-url http://127.0.0.1:" in line
        assert line.rstrip().endswith("--delay 0")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
