"""List pages of every era (self-written in the structure of the real ones)."""

from __future__ import annotations

import pytest

pytest.importorskip("scraper.pages", reason="scraper.pages (site helper) not in the tree yet")

from scraper.listing import country_roots, page_count, read_list_page, subcolumn
from scraper.sources import load_sources

SOURCES = {s.name: s for s in load_sources()}

ZH_2015 = """<html><head><meta charset="utf-8"></head><body><div class="rebox_news"><ul>
<li><a href="./t1714387.shtml">王毅会见某国外长</a>(2019-11-08)</li>
<li><a href="./t1714001.shtml">外交部发言人答记者问</a>(2019-11-07)</li>
<li><a href="../../zyxw/t1700000.shtml">别的栏目</a>(2019-11-07)</li>
</ul></div>
<div id="pages" style="display:none"><script>var currentPage = 0;//所在页从0开始
var countPage = 67//共多少页
document.write("...");</script></div></body></html>"""

ZH_2021 = """<html><head><meta charset="utf-8"></head><body>
<ul class="list1"><li><a href="./202507/t20250726_11677803.shtml">联合声明（2025-07-26）</a></li></ul>
<ul class="list1"><li><a href="./202507/t20250720_11670001.shtml">另一条（2025-07-20）</a></li>
<li><a href="./202507/t20250726_11677803.shtml">重复链接（2025-07-26）</a></li></ul>
<script>createPageHTML(29, 2, "index", "shtml");</script></body></html>"""

EN_2025 = """<html><body><div class="news_list"><ul>
<li><a href="./202507/t20250729_11679232.html">Wang Yi Meets a Visiting Minister</a></li>
<li><a href="https://www.fmprc.gov.cn/eng/xw/zyxw/202507/t20250728_11679001.html">Another item</a></li>
</ul></div><script>var countPage = 143</script></body></html>"""

CONTINENT = """<html><body><div class="linkList2"><div class="linkHd">南美洲</div><ul>
<li><a href="./1206_680926/">阿根廷</a></li><li><a href="./1206_680974/">巴西</a></li>
</ul></div><div class="linkList2"><div class="linkHd">北美洲</div><ul>
<li><a href="./1206_680426/">加拿大</a></li><li><a href="./1206_680528/">美国</a></li></ul></div>
</body></html>"""

ROOT = """<html><head><script>window.location.href="./1206x0_680928/";</script></head><body>
<a href="./1206x0_680928/">国家概况</a><a href="./sbgx_680930/">双边关系</a>
<a href="./xgxw_680932/">相关新闻</a>
</body></html>"""


def test_zh_2015_default_list():
    source = SOURCES["mfa_zh_leaders_2015"]
    url = "https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/default_3.shtml"
    page = read_list_page(ZH_2015.encode(), url, source, "text/html")
    assert page.article_links == [
        "https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/t1714387.shtml",
        "https://www.fmprc.gov.cn/web/wjdt_674879/gjldrhd_674881/t1714001.shtml",
    ]
    assert page.page_count == 67 and page.current_page == 0
    assert page.dates[page.article_links[0]] == "2019-11-08"


def test_zh_2021_list_resolves_against_the_folder_with_a_slash():
    source = SOURCES["mfa_zh_statements"]
    for url in ("https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/index_2.shtml",
                "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909"):
        page = read_list_page(ZH_2021.encode(), url, source)
        assert page.article_links == [
            "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202507/t20250726_11677803.shtml",
            "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/202507/t20250720_11670001.shtml",
        ]
        assert page.page_count == 29 and page.current_page == 2
        assert page.dates[page.article_links[1]] == "2025-07-20"


def test_en_2025_list_and_gbk_and_broken_pages():
    source = SOURCES["mfa_en_news"]
    page = read_list_page(EN_2025.encode(), "https://www.fmprc.gov.cn/eng/xw/zyxw/", source)
    assert len(page.article_links) == 2 and page.page_count == 143
    gbk = ZH_2021.replace('charset="utf-8"', 'charset="gbk"').encode("gbk")
    assert len(read_list_page(gbk, "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/",
                              SOURCES["mfa_zh_statements"]).article_links) == 2
    for junk in (b"", b"\x00\xff<<<", b"<html><ul class='list1'><li><a href='./202507/t20250726_1.shtml'"):
        read_list_page(junk, "https://www.mfa.gov.cn/web/zyxw/", SOURCES["mfa_zh_topnews"])  # no exception


def test_page_count_forms():
    assert page_count('createPageHTML(5, 0, "index", "html")') == (5, 0)
    assert page_count("var currentPage = 3;var countPage = 13") == (13, 3)
    assert page_count("<html></html>") == (None, None)


def test_country_index_pages():
    source = SOURCES["mfa_zh_lac_countries"]
    continent = "https://www.mfa.gov.cn/web/gjhdq_676201/gj_676203/nmz_680924/"
    page = read_list_page(CONTINENT.encode(), continent, source)
    assert country_roots(page, source) == [continent + "1206_680926/", continent + "1206_680974/"]
    root = read_list_page(ROOT.encode(), continent + "1206_680926/", source)
    assert subcolumn(root, source) == continent + "1206_680926/xgxw_680932/"
    assert root.js_redirect == continent + "1206_680926/1206x0_680928/"
    assert source.list_page_url(continent + "1206_680926/xgxw_680932/", 0).endswith("xgxw_680932/index.shtml")
