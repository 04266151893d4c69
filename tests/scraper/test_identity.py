"""The crawler says who runs it: the contact comes from the user, never a made-up address; a real site
is not crawled without one; loopback (the sample site, tests) needs none."""

from __future__ import annotations

import pytest

import pipeline
from scraper.catalog import Catalog
from scraper.http import (
    CONTACT_ENV,
    DEFAULT_USER_AGENT,
    ContactMissing,
    crawler_user_agent,
    is_loopback,
)

REAL = ["www.mfa.gov.cn", "www.idcpc.org.cn"]


@pytest.fixture(autouse=True)
def no_contact_in_env(monkeypatch):
    monkeypatch.delenv(CONTACT_ENV, raising=False)


def test_default_user_agent_names_no_made_up_contact():
    assert "example.org" not in DEFAULT_USER_AGENT and "github.com/dipex" not in DEFAULT_USER_AGENT


def test_real_host_without_contact_is_refused_with_how_to(tmp_path):
    with pytest.raises(ContactMissing) as caught:
        crawler_user_agent(REAL, settings=tmp_path / "dipex.toml")
    message = str(caught.value)
    assert "www.mfa.gov.cn" in message and "--contact" in message and CONTACT_ENV in message
    assert "dipex.toml" in message


def test_loopback_needs_no_contact():
    for host in ("127.0.0.1", "localhost", "::1", "[::1]", "127.3.2.1"):
        assert is_loopback(host)
    assert not is_loopback("www.mfa.gov.cn") and not is_loopback("10.0.0.1") and not is_loopback("")
    assert crawler_user_agent(["127.0.0.1"]) == DEFAULT_USER_AGENT


def test_contact_from_argument_env_or_settings(tmp_path, monkeypatch):
    settings = tmp_path / "dipex.toml"
    settings.write_text('contact = "Ana Lima <ana@uni.example>"\n', encoding="utf-8")
    assert "contact: Ana Lima <ana@uni.example>" in crawler_user_agent(REAL, settings=settings)
    monkeypatch.setenv(CONTACT_ENV, "env person <env@uni.example>")
    assert "env@uni.example" in crawler_user_agent(REAL, settings=settings)  # env over the file
    assert "arg@uni.example" in crawler_user_agent(REAL, "arg <arg@uni.example>", settings=settings)
    own = "my own agent (me@uni.example)"
    assert crawler_user_agent(REAL, user_agent=own) == own


def test_crawl_command_refuses_a_real_site_before_any_request(ws, capsys):
    code = pipeline.main(["--workdir", str(ws.root), "crawl", "--source", "mfa_zh_topnews", "--no-progress"])
    err = capsys.readouterr().err
    assert code == 2
    assert "without a contact" in err and "--contact" in err
    if ws.catalog_path.exists():
        with Catalog(ws.catalog_path) as cat:
            assert cat.last_run() is None  # nothing was started


def test_run_command_refuses_a_real_site_as_bad_configuration(ws, capsys):
    code = pipeline.main(["--workdir", str(ws.root), "run", "--source", "mfa_zh_topnews"])
    assert code == 2
    assert "without a contact" in capsys.readouterr().err


def test_the_user_agent_is_one_ascii_header_line():
    from scraper.http import user_agent_for

    agent = user_agent_for("Ana Lúcia (PUC)\r\nX-Evil: 1 李明 <li@uni.example>")
    assert agent.isascii() and "\n" not in agent and "\r" not in agent
    assert "Ana Lucia [PUC] X-Evil: 1 ?? <li@uni.example>" in agent
