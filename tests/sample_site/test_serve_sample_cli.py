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
