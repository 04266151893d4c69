"""The crawl and status commands where no site is needed: bad configuration, an empty
corpus, and a host that refuses connections."""

from __future__ import annotations

import json
import socket

import pytest

import pipeline
from scraper.catalog import Catalog


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_status_of_an_empty_workspace(ws, capsys):
    assert pipeline.main(["--workdir", str(ws.root), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["releases"] == 0 and status["last_run"] is None


def test_bad_crawl_arguments_are_configuration_errors(ws, capsys):
    root = str(ws.root)
    assert pipeline.main(["--workdir", root, "crawl", "--source", "no_such_section"]) == 2
    assert "unknown source" in capsys.readouterr().err
    assert pipeline.main(["--workdir", root, "crawl", "--since", "last tuesday"]) == 2
    assert pipeline.main(["--workdir", root, "crawl", "--max-pages", "0"]) == 2


def test_an_unreachable_site_fails_the_run_without_crashing(ws, capsys, caplog):
    base = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    code = pipeline.main(["--workdir", str(ws.root), "crawl", "--source", "mfa_zh_topnews",
                          "--base-url", base, "--delay", "0", "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1
    assert "mfa_zh_topnews" in out and "failed: https://www.mfa.gov.cn/web/zyxw/index.shtml" in out
    assert any("robots.txt unreachable" in m for m in caplog.messages)
    with Catalog(ws.catalog_path) as cat:
        run = cat.last_run()
        assert run["finished_at"] and run["report"]["fetch_failures"] == 1 and len(cat) == 0
    assert list(ws.warc_dir.glob("*.warc.gz"))  # the run's archive exists (with its warcinfo)


def test_the_delay_help_tells_the_default_the_crawl_uses_also_on_a_loopback_mirror():
    """--help said '0 on loopback', but the crawl paces a loopback mirror at the default 1 s too
    (only an explicit --delay changes it): a user following the help waited minutes on serve-sample."""
    import argparse

    from scraper.crawl import DEFAULT_DELAY

    parser = pipeline.build_parser()
    crawl = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["crawl"]
    (delay,) = [a for a in crawl._actions if a.dest == "delay"]
    assert delay.default is None and DEFAULT_DELAY == 1.0  # None: the crawl's default pace, loopback or not
    assert "0 on loopback" not in delay.help
    assert "default 1" in delay.help and "give 0" in delay.help


@pytest.mark.parametrize("argv", [
    ["crawl", "--delay", "-1"], ["crawl", "--archive-delay", "nan"], ["crawl", "--max-pages", "0"],
    ["run", "--delay", "-0.5"], ["run", "--processes", "0"], ["run", "--max-pages", "-3"],
    ["rebuild", "--processes", "-2"],
])
def test_values_no_command_can_use_are_bad_configuration(ws, capsys, argv):
    """`run --delay -1` or `--processes 0` ran as if nothing was said; they are refused (exit 2)
    before anything is done, with what is allowed."""
    assert pipeline.main(["--workdir", str(ws.root), *argv]) == 2
    err = capsys.readouterr().err
    assert "0 or more" in err or "1 or more" in err
    assert not (ws.root / "corpus" / "runs").exists() or not list((ws.root / "corpus" / "runs").iterdir())
