"""Canonical keys, alias normalisation, the mirror mapping and the sources file."""

from __future__ import annotations

import pytest

from scraper.http import parse_retry_after
from scraper.sources import SourceError, load_sources, select
from scraper.urls import (
    canonical_key,
    folder_of,
    from_mirror,
    normalize,
    release_number,
    same_release,
    to_mirror,
)


def test_release_number_new_and_old_schemes():
    assert release_number("https://www.mfa.gov.cn/web/zyxw/202404/t20240403_11276141.shtml") == 11276141
    assert release_number("https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/t1714387.shtml") == 1714387
    assert release_number("https://www.idcpc.org.cn/english/news/201903/t20190322_99885.html") == 99885
    assert release_number("https://www.mfa.gov.cn/web/zyxw/index_2.shtml") is None
    assert release_number("https://www.mfa.gov.cn/web/zyxw/") is None


def test_aliases_of_one_release_share_the_key():
    mfa = [
        "https://www.mfa.gov.cn/eng/xwfw_665399/s2510_665401/202404/t20240403_11276221.html",
        "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/202404/t20240403_11276221.html",
        "http://www.fmprc.gov.cn/eng/xwfw_665399/s2510_665401/202404/t20240403_11276221.html",
    ]
    assert {canonical_key(u) for u in mfa} == {"mfa:11276221"}
    assert len({normalize(u) for u in mfa}) == 1
    zh = ["https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202406/t20240602_11368960.shtml",
          "https://www.fmprc.gov.cn/ziliao_674904/1179_674909/202406/t20240602_11368960.shtml"]
    assert normalize(zh[0]) == normalize(zh[1])
    idcpc = ["https://www.idcpc.org.cn/english/news/202404/t20240425_163791.html",
             "http://www.idcpc.gov.cn/english/news/202404/t20240425_163791.html",
             "https://www.idcpc.org.cn/english2023/lldt/202404/t20240425_163791.html"]
    assert {canonical_key(u) for u in idcpc} == {"idcpc:163791"}
    assert normalize(idcpc[0]) == normalize(idcpc[1]) != normalize(idcpc[2])
    assert same_release(idcpc[0], idcpc[2])
    # the same number on the other site is another release
    assert canonical_key("https://www.mfa.gov.cn/web/zyxw/202404/t20240425_163791.shtml") == "mfa:163791"
    assert canonical_key("https://example.org/a/t20240425_163791.html") is None


def test_mirror_round_trip_and_refusal():
    base = "http://127.0.0.1:8765"
    real = "https://www.mfa.gov.cn/web/zyxw/index.shtml"
    wire = to_mirror(real, base)
    assert wire == "http://127.0.0.1:8765/www.mfa.gov.cn/web/zyxw/index.shtml"
    assert from_mirror(wire, base + "/") == real
    assert from_mirror("http://example.invalid/www.mfa.gov.cn/x", base) is None
    assert from_mirror(base + "/", base) is None
    assert to_mirror(real, None) == real and from_mirror(real, None) == real


def test_folder_of_adds_the_trailing_slash():
    assert folder_of("https://h.cn/web/wjbzhd/index_1.html") == "https://h.cn/web/wjbzhd/"
    assert folder_of("https://h.cn/web/wjbzhd") == "https://h.cn/web/wjbzhd/"
    assert folder_of("https://h.cn/web/wjbzhd/") == "https://h.cn/web/wjbzhd/"


def test_shipped_sources_load_and_select():
    sources = load_sources()
    names = [s.name for s in sources]
    assert len(names) == len(set(names)) >= 19
    for s in sources:
        assert s.site in ("idcpc", "mfa") and (s.lang in ("en", "zh") or s.kind == "web_archive")
        assert all(u.endswith("/") for u in s.list_urls)
    chosen = select(sources, ["mfa_zh_topnews", "idcpc_en_news"])
    assert [s.name for s in chosen] == ["mfa_zh_topnews", "idcpc_en_news"]
    assert chosen[0].page_url(chosen[0].list_urls[0], 0).endswith("/web/zyxw/index.shtml")
    assert chosen[0].page_url(chosen[0].list_urls[0], 3).endswith("/web/zyxw/index_3.shtml")
    assert chosen[0].is_article("https://www.mfa.gov.cn/web/zyxw/202404/t20240403_11276141.shtml")
    with pytest.raises(SourceError, match="unknown source"):
        select(sources, ["no_such_section"])


def test_a_bad_sources_file_is_reported(tmp_path):
    path = tmp_path / "sources.toml"
    path.write_text('[[source]]\nname = "x"\nsite = "mfa"\nlang = "en"\nlist_urls = ["https://a/"]\n'
                    'hosts = ["a"]\narticle_pattern = "t\\\\d+"\ncolour = "red"\n')
    with pytest.raises(SourceError, match="unknown keys"):
        load_sources(path)
    path.write_text('[[source]]\nname = "x"\nsite = "mfa"\nlang = "en"\nlist_urls = ["https://a/"]\n'
                    'hosts = ["a"]\n')
    with pytest.raises(SourceError, match="article_pattern"):
        load_sources(path)


def test_retry_after_forms():
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(None) is None and parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == pytest.approx(10.0)
