"""The HTTP client against the real local site: every fault kind of the contract ends in a
usable response or a clear reason, never in an exception."""

from __future__ import annotations

import pytest
from crawl_helpers import fast_client

from sample_site.releases import bundled
from sample_site.server import SampleSite
from scraper.http import DEFAULT_USER_AGENT, HttpClient
from scraper.urls import from_mirror, host_of, to_mirror


@pytest.fixture(scope="module")
def url() -> str:
    return bundled()[0].url


def fetch(site: SampleSite, url: str, client: HttpClient | None = None, **kwargs):
    client = client or fast_client()
    return client.get(to_mirror(url, site.base_url), **kwargs)


def stay_on(site: SampleSite, url: str):
    def check(target: str) -> str | None:
        real = from_mirror(target, site.base_url)
        if real is None or host_of(real) != host_of(url):
            return "off-host"
        return None
    return check


def test_plain_fetch(url):
    with SampleSite() as site:
        r = fetch(site, url)
    assert r.ok and r.status == 200 and len(r.body) > 200 and r.attempts == 1
    assert r.exchanges[0].request_headers["User-Agent"] == DEFAULT_USER_AGENT


@pytest.mark.parametrize("kind", ["timeout", "500_once", "429"])
def test_transient_faults_are_retried(url, kind):
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        import time
        time.sleep(seconds)

    with SampleSite(faults={url: kind}) as site:
        r = fetch(site, url, fast_client(sleep=sleep, timeout=0.5))
    assert r.ok and r.status == 200, r.error
    assert r.attempts == 2
    if kind == "429":
        assert [e.status for e in r.exchanges] == [429, 200]
        assert waits and waits[-1] >= 1.0  # the site's Retry-After: 1 was honoured
    if kind == "500_once":
        assert [e.status for e in r.exchanges] == [500, 200]


@pytest.mark.parametrize("kind,reason", [
    ("timeout_always", "timeout"),
    ("500_always", "HTTP 500"),
    ("truncated", "truncated"),
    ("redirect_loop", "redirect loop"),
    ("offhost_redirect", "refused"),
    ("huge", "too large"),
])
def test_hard_faults_give_a_reason(url, kind, reason):
    with SampleSite(faults={url: kind}) as site:
        r = fetch(site, url, fast_client(timeout=0.5, retries=1), may_follow=stay_on(site, url))
    assert not r.ok
    assert reason in r.error
    if kind == "500_always":
        assert r.status == 500 and r.attempts == 2
    if kind == "huge":
        assert len(r.body) < 1024 * 1024 and r.exchanges[-1].truncated == "length"


def test_size_cap_is_configurable(url):
    with SampleSite() as site:
        r = fetch(site, url, fast_client(max_bytes=100))
    assert not r.ok and "too large" in r.error


def test_connection_refused_is_a_failure_not_an_exception():
    client = fast_client(retries=1)
    r = client.get("http://127.0.0.1:9/www.mfa.gov.cn/web/zyxw/index.shtml")
    assert not r.ok and r.status is None and "connection failed" in r.error
    assert client.stats["network_errors"] == 1  # refused: not retried within the run


def test_conditional_get_on_a_list_page():
    list_url = "https://www.mfa.gov.cn/web/zyxw/index.shtml"
    with SampleSite() as site:
        first = fetch(site, list_url)
        etag, modified = first.headers.get("ETag"), first.headers.get("Last-Modified")
        assert first.status == 200 and (etag or modified)
        again = fetch(site, list_url, etag=etag, last_modified=modified)
    assert again.status == 304 and again.ok and again.body == b""


def test_pacing_per_host_is_at_least_the_delay():
    waits: list[float] = []
    client = HttpClient(delay=1.0, jitter=0.5, sleep=waits.append, retries=0)
    with SampleSite() as site:
        for _ in range(3):
            client.get(site.base_url + "/www.mfa.gov.cn/web/zyxw/index.shtml")
    assert len(waits) == 2
    assert all(0.9 <= w <= 1.5 for w in waits)  # 1 s, jittered upwards, minus the request's own time
