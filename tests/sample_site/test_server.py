"""The local site over real HTTP: aliases, lists and pagination, conditional requests,
removed releases, robots, the GBK page, country pages, and every fault kind."""

from __future__ import annotations

import dataclasses
import http.client
import re
import socket
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from fixture_releases import fixture_releases

from sample_site.faults import FAULT_KINDS, HUGE_BYTES
from sample_site.server import SampleSite
from scraper.pages import is_gone_page, parse_page

RELEASES = fixture_releases()
ZH_NEW = next(r for r in RELEASES if r.section == "mfa_zh_topnews" and r.published > "2022")
EN_OLD = next(r for r in RELEASES if r.section == "mfa_en_topnews_2015")
IDCPC = next(r for r in RELEASES if r.section == "idcpc_en_news")
TOPNEWS_LIST = "https://www.mfa.gov.cn/web/zyxw/index.shtml"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def get(
    site: SampleSite, real_url: str, headers: dict | None = None, timeout: float = 5.0, follow: bool = False
) -> tuple[int, dict, bytes]:
    """(status, headers, body) of a plain urllib request; HTTP errors are answers, not exceptions."""
    opener = urllib.request.build_opener() if follow else urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(site.url(real_url), headers=headers or {})
    try:
        with opener.open(request, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


@pytest.fixture(scope="module")
def site():
    with SampleSite(releases=RELEASES) as s:
        yield s


def test_aliases_serve_the_same_page(site):
    body = get(site, ZH_NEW.url)[2]
    path = urlsplit(ZH_NEW.url).path
    for alias in (
        "https://www.fmprc.gov.cn" + path,
        "https://www.mfa.gov.cn" + path.replace("/web/", "/", 1),
        "https://www.fmprc.gov.cn" + path.replace("/web/", "/", 1),
    ):
        status, _, other = get(site, alias)
        assert status == 200 and other == body, alias
    en = get(site, EN_OLD.url)[2]
    assert get(site, EN_OLD.url.replace("/mfa_eng/", "/eng/"))[2] == en
    assert get(site, EN_OLD.url.replace("www.fmprc.gov.cn", "www.mfa.gov.cn"))[2] == en
    idcpc = get(site, IDCPC.url)[2]
    for host in ("www.idcpc.gov.cn", "idcpc.org.cn"):
        assert get(site, IDCPC.url.replace("www.idcpc.org.cn", host))[2] == idcpc
    assert parse_page(body, ZH_NEW.url).title == ZH_NEW.title


def test_list_pages_newest_first_with_paginator_and_relative_links(site):
    status, _, body = get(site, TOPNEWS_LIST)
    html = body.decode("utf-8")
    count, current = map(int, re.search(r"createPageHTML\((\d+), (\d+)", html).groups())
    assert status == 200 and count >= 2 and current == 0
    links = re.findall(r'href="(\./\d{6}/t\d{8}_\d+\.shtml)"', html)
    topnews = sorted(
        (r for r in RELEASES if r.section == "mfa_zh_topnews"), key=lambda r: r.published, reverse=True
    )
    assert links and links[0] == "./" + topnews[0].url.split("/zyxw/", 1)[1]
    assert f"{topnews[0].title}（{topnews[0].published}）" in html
    seen = []
    for n in range(count):
        page = get(site, TOPNEWS_LIST if n == 0 else TOPNEWS_LIST.replace("index", f"index_{n}"))[2].decode()
        seen += re.findall(r'href="\./(\d{6}/t\d{8}_\d+\.shtml)"', page)
    assert seen == [r.url.split("/zyxw/", 1)[1] for r in topnews]
    assert get(site, TOPNEWS_LIST.replace("index", f"index_{count}"))[0] == 404
    assert get(site, "https://www.mfa.gov.cn/web/zyxw/")[2] == body  # the folder url is page 0
    assert get(site, "https://www.mfa.gov.cn/web/zyxw")[0] == 301


def test_old_lists_have_the_hidden_pages_script(site):
    html = get(site, "https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/default.shtml")[2].decode()
    assert "var currentPage = 0;" in html and re.search(r"var countPage = \d+//", html)
    assert re.search(
        r'<div class="rebox_news">.*<a href="\./t\d{7}\.shtml"[^>]*>[^<]+</a>\(\d{4}-\d{2}-\d{2}\)',
        html,
        re.S,
    )
    en = get(site, "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/default.shtml")[2].decode()
    assert 'class="newsLst_mod"' in en and "./t1617480.shtml" in en


def test_unchanged_list_answers_304_and_a_new_release_changes_it():
    with SampleSite(releases=RELEASES) as site:
        status, headers, _ = get(site, TOPNEWS_LIST)
        assert status == 200 and headers["ETag"] and headers["Last-Modified"]
        assert get(site, TOPNEWS_LIST, {"If-None-Match": headers["ETag"]})[0] == 304
        assert get(site, TOPNEWS_LIST, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
        assert [(r.status, r.conditional) for r in site.requests] == [(200, False), (304, True), (304, True)]
        fresh = dataclasses.replace(
            ZH_NEW, id=ZH_NEW.id + 5, title="新增的一条示例新闻", published="2020-01-01"
        )
        site.add_release(fresh)
        status, after, body = get(site, TOPNEWS_LIST, {"If-None-Match": headers["ETag"]})
        assert status == 200 and after["ETag"] != headers["ETag"]
        assert (
            re.search(r'<a href="([^"]+)"', body.decode().split('class="list1"', 1)[1]).group(1)
            == "./" + fresh.url.split("/zyxw/", 1)[1]
        )  # on top, although older than the others
        assert parse_page(get(site, fresh.url)[2], fresh.url).title == fresh.title


def test_removed_release_redirects_to_the_system_page():
    with SampleSite(releases=RELEASES) as site:
        site.remove_release(ZH_NEW.url)
        status, headers, _ = get(site, ZH_NEW.url.replace("www.mfa.gov.cn", "www.fmprc.gov.cn"))
        assert status == 302 and headers["Location"].endswith("/www.mfa.gov.cn/web/system/index_17321.shtml")
        with urllib.request.urlopen(site.url(ZH_NEW.url)) as resp:
            assert resp.status == 200 and is_gone_page(resp.url, resp.read())
        site.remove_release(IDCPC.url)
        assert get(site, IDCPC.url)[0] == 404


def test_robots(site):
    status, headers, _ = get(site, "https://www.mfa.gov.cn/robots.txt")
    assert status == 302 and headers["Location"] == site.url("https://www.mfa.gov.cn/error.htm")
    status, headers, body = get(site, "https://www.fmprc.gov.cn/robots.txt", follow=True)
    assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<html" in body
    status, headers, body = get(site, "https://www.idcpc.org.cn/robots.txt")
    assert status == 200 and headers["Content-Type"] == "text/plain" and b"Disallow: /was5/" in body


def test_gbk_page(site):
    assert site.gbk_url
    status, headers, body = get(site, site.gbk_url)
    assert status == 200 and b"charset=gbk" in body and "charset" not in headers["Content-Type"]
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    release = next(r for r in RELEASES if r.url == site.gbk_url)
    page = parse_page(body, release.url, headers["Content-Type"])
    assert page.ok and page.title == release.title and page.text == "\n\n".join(release.paragraphs)


def test_country_pages(site):
    release = next(r for r in RELEASES if r.section == "mfa_zh_lac_countries")
    continent = release.url.split("1206_")[0]
    html = get(site, continent)[2].decode()
    assert 'class="linkList2"' in html and 'class="linkHd"' in html
    cid = int(re.search(r"1206_(\d+)/", release.url).group(1))
    assert f'href="./1206_{cid}/"' in html
    bmz = get(site, "https://www.mfa.gov.cn/web/gjhdq_676201/gj_676203/bmz_679954/")[2].decode()
    assert "./1206_680528/" in bmz and "./1206_680426/" in bmz  # USA and Canada are there too
    root = get(site, f"{continent}1206_{cid}/")[2].decode()
    assert f'window.location.href="./1206x0_{cid + 2}/"' in root
    for sub in (f"./1206x0_{cid + 2}/", f"./sbgx_{cid + 4}/", f"./xgxw_{cid + 6}/"):
        assert f'href="{sub}"' in root
        assert get(site, f"{continent}1206_{cid}/{sub[2:]}")[0] == 200
    news = get(site, f"{continent}1206_{cid}/xgxw_{cid + 6}/index.shtml")[2].decode()
    assert "./" + release.url.split(f"xgxw_{cid + 6}/", 1)[1] in news


def test_unknown_paths_and_hosts(site):
    assert get(site, "https://www.mfa.gov.cn/web/zyxw/209901/t20990101_1.shtml")[0] == 404
    assert get(site, "https://example.org/web/zyxw/")[0] == 404


# ---------------------------------------------------------------- faults
def raw_get(site: SampleSite, real_url: str, timeout: float = 2.0) -> tuple[int, dict, bytes]:
    """http.client, so a short body (truncated) is seen as such."""
    parts = urlsplit(site.base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(
            "GET",
            urlsplit(site.url(real_url)).path
            + (("?" + urlsplit(real_url).query) if urlsplit(real_url).query else ""),
        )
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_fault_kinds_are_the_contracts():
    assert set(FAULT_KINDS) == {
        "timeout",
        "timeout_always",
        "500_once",
        "500_always",
        "429",
        "truncated",
        "redirect_loop",
        "offhost_redirect",
        "huge",
        "empty",
        "malformed",
        "wrong_charset",
    }
    with pytest.raises(ValueError):
        SampleSite(releases=RELEASES, faults={ZH_NEW.url: "slow"})


@pytest.mark.parametrize("kind", ["timeout", "timeout_always"])
def test_timeouts(kind):
    with SampleSite(releases=RELEASES, faults={ZH_NEW.url: kind}, hang_seconds=3) as site:
        with pytest.raises((socket.timeout, TimeoutError)):
            raw_get(site, ZH_NEW.url, timeout=0.3)
        if kind == "timeout":
            assert raw_get(site, ZH_NEW.url)[0] == 200
        else:
            with pytest.raises((socket.timeout, TimeoutError)):
                raw_get(site, ZH_NEW.url, timeout=0.3)


@pytest.mark.parametrize(
    "kind,statuses",
    [("500_once", [500, 200, 200]), ("500_always", [500, 500, 500]), ("429", [429, 200, 200])],
)
def test_status_faults(kind, statuses):
    with SampleSite(releases=RELEASES, faults={ZH_NEW.url: kind}) as site:
        answers = [raw_get(site, ZH_NEW.url) for _ in statuses]
        assert [a[0] for a in answers] == statuses
        if kind == "429":
            assert answers[0][1]["Retry-After"] == "1"
        # any alias of the url is the same page, with the same fault counter
        assert get(site, ZH_NEW.url.replace("www.mfa", "www.fmprc"))[0] == statuses[-1]


def test_truncated_body():
    with SampleSite(releases=RELEASES, faults={ZH_NEW.url: "truncated"}) as site:
        with pytest.raises(http.client.IncompleteRead) as err:
            raw_get(site, ZH_NEW.url)
        assert len(err.value.partial) > 500 and err.value.expected > 0


def test_redirect_faults():
    with SampleSite(
        releases=RELEASES, faults={ZH_NEW.url: "redirect_loop", EN_OLD.url: "offhost_redirect"}
    ) as site:
        status, headers, _ = get(site, ZH_NEW.url)
        assert status == 302
        back = headers["Location"]
        assert back.startswith(site.base_url) and back != site.url(ZH_NEW.url)
        status, headers, _ = wire_get(back)
        assert status == 302 and headers["Location"] == site.url(ZH_NEW.url)  # and round again
        status, headers, _ = get(site, EN_OLD.url)
        assert status == 302 and headers["Location"].startswith("http://example.invalid/")
    assert not any("example.invalid" in r.path for r in site.requests)


def wire_get(url: str) -> tuple[int, dict, bytes]:
    """One request to a wire url, redirects not followed."""
    try:
        with urllib.request.build_opener(NoRedirect).open(url, timeout=5) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read()


def test_huge_body():
    with SampleSite(releases=RELEASES, faults={ZH_NEW.url: "huge"}) as site:
        status, headers, body = raw_get(site, ZH_NEW.url, timeout=10)
    assert status == 200 and int(headers["Content-Length"]) == HUGE_BYTES and len(body) == HUGE_BYTES


def test_a_client_that_gives_up_on_a_huge_body_does_not_break_the_site():
    with SampleSite(releases=RELEASES, faults={ZH_NEW.url: "huge"}) as site:
        with urllib.request.urlopen(site.url(ZH_NEW.url), timeout=5) as resp:
            assert len(resp.read(100_000)) == 100_000
        assert get(site, TOPNEWS_LIST)[0] == 200


def test_empty_malformed_and_wrong_charset():
    faults = {ZH_NEW.url: "empty", EN_OLD.url: "malformed", IDCPC.url: "wrong_charset"}
    with SampleSite(releases=RELEASES, faults=faults) as site:
        status, headers, body = get(site, ZH_NEW.url)
        assert status == 200 and body == b"" and headers["Content-Length"] == "0"
        assert not parse_page(body, ZH_NEW.url).ok
        status, _, body = get(site, EN_OLD.url)
        assert status == 200 and b"</P>" not in body and b"</html>" not in body
        page = parse_page(body, EN_OLD.url)
        assert page.title == EN_OLD.title and EN_OLD.paragraphs[0] in page.text
        status, headers, body = get(site, IDCPC.url)
        assert headers["Content-Type"] == "text/html; charset=iso-8859-1" and b"charset=utf-8" in body
        assert parse_page(body, IDCPC.url, headers["Content-Type"]).title == IDCPC.title
