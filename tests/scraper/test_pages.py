"""Parsing release pages: the self-written pages of every template, decoding, broken and
empty pages, removed-page detection."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sample_site"))

from fixture_releases import fixture_releases  # noqa: E402

from sample_site import render  # noqa: E402
from sample_site.content import SiteContent  # noqa: E402
from scraper.pages import decode_html, is_gone_page, parse_page  # noqa: E402
from scraper.sources import load_sources  # noqa: E402

SOURCES = {s.name: s for s in load_sources()}
RELEASES = fixture_releases()
BOILERPLATE = (
    "Enditem",
    "打印",
    "【关闭】",
    "[Print]",
    "[Close]",
    "Suggest to a friend",
    "分享到",
    "Share",
    "作者",
    "责任编辑",
    "相关新闻",
    "Related News",
    "字体",
    "\u200b",
)


def page_of(release, template: str | None = None, charset: str = "utf-8") -> bytes:
    name = template or render.article_template(release, SOURCES[release.section].template)
    others = [r for r in RELEASES if r.section == release.section and r is not release]
    others = others or [r for r in RELEASES if r is not release][:2]
    return render.render_article(release, name, release.section, others, charset=charset).encode(
        "gbk" if charset == "gbk" else "utf-8", errors="xmlcharrefreplace"
    )


def test_every_template_is_served_by_the_fixture_releases():
    names = {render.article_template(r, SOURCES[r.section].template) for r in RELEASES}
    assert names == set(render.ARTICLE_TEMPLATES)


@pytest.mark.parametrize("release", RELEASES, ids=lambda r: f"{r.section}-{r.id}")
def test_self_written_pages_of_every_template(release):
    expected_template = render.article_template(release, SOURCES[release.section].template)
    page = parse_page(page_of(release), release.url, "text/html")
    assert page.ok, page.problems
    assert page.title == release.title
    assert page.published == release.published
    assert page.text == "\n\n".join(release.paragraphs)
    assert page.lang == release.lang
    assert page.template == expected_template
    for word in BOILERPLATE:
        assert word not in page.text, word
    for other in RELEASES:  # hidden related-news lists carry other releases' titles
        if other is not release:
            assert other.title not in page.text


def test_printed_time_is_kept():
    release = next(r for r in RELEASES if r.section == "mfa_zh_topnews" and r.published > "2022")
    page = parse_page(page_of(release), release.url)
    assert page.published_time == release.published_time


def test_language_comes_from_the_text_not_the_url():
    chinese = next(r for r in RELEASES if r.lang == "zh" and r.site == "mfa")
    # the Chinese page under an English-looking url is still Chinese
    page = parse_page(page_of(chinese), "https://www.mfa.gov.cn/eng/zxxx_662805/t1.shtml")
    assert page.lang == "zh"


def test_news_details_markup_is_named_by_its_language():
    english = next(r for r in RELEASES if r.section == "mfa_en_topnews")
    assert parse_page(page_of(english, "mfa_zh_news_details"), english.url).template == "mfa_en_news_details"


def test_gbk_page_decoded_by_its_meta_charset():
    release = next(r for r in RELEASES if r.lang == "zh")
    body = page_of(release, charset="gbk")
    assert b"charset=gbk" in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    for header in (None, "text/html", "text/html; charset=utf-8"):  # meta wins over the header
        page = parse_page(body, release.url, header)
        assert page.ok and page.title == release.title and page.text.startswith(release.paragraphs[0][:10])


def test_wrong_charset_header_on_a_utf8_page():
    release = next(r for r in RELEASES if r.lang == "zh")
    page = parse_page(page_of(release), release.url, "text/html; charset=iso-8859-1")
    assert page.title == release.title and page.ok


def test_decode_without_any_declaration():
    text = "<html><body><p>中华人民共和国外交部新闻稿</p></body></html>"
    assert decode_html(text.encode("gb18030")) == text
    assert decode_html(text.encode("utf-8")) == text
    assert decode_html("\ufeff<p>x</p>".encode("utf-8")) == "<p>x</p>"
    assert (
        decode_html(b"<meta charset='no-such-codec'><p>ok</p>") == "<meta charset='no-such-codec'><p>ok</p>"
    )
    assert decode_html(b"") == ""
    # the meta says utf-8 but the bytes are GBK: fall through to the next evidence, no exception
    lying = '<meta charset="utf-8"><p>外交部</p>'.encode("gbk")
    assert "外交部" in decode_html(lying, "text/html; charset=gbk")


def test_inline_tags_do_not_split_words_and_widths_are_normalised():
    html = (
        "<html><head><title>T</title></head><body><div class='vibox'>"
        "<div id='News_Body_Title'>Wang\u200b Yi Meets Guests</div><div id='News_Body_Time'>2019-11-08</div>"
        "<div id='News_Body_Txt_A' class='content'>"
        "<P>\u3000\u3000<B><SPAN>问：自</SPAN></B><B><SPAN>2010年起</SPAN></B><SPAN>中方</SPAN></P>"
        "<P><SPAN>The Foreign Min</SPAN><SPAN>ister met</SPAN><o:p></o:p> guests&nbsp;from\nBrazil today.</P>"
        "<P>外交部\n发言人表示，双方将继续加强合作与交流。</P>"
        "</div></div></body></html>"
    )
    page = parse_page(html.encode(), "https://www.fmprc.gov.cn/web/zyxw/t1714387.shtml")
    assert page.title == "Wang Yi Meets Guests"
    assert page.text.split("\n\n") == [
        "问：自2010年起中方",
        "The Foreign Minister met guests from Brazil today.",
        "外交部发言人表示，双方将继续加强合作与交流。",
    ]
    assert page.template == "mfa_zh_vibox" and page.published == "2019-11-08"


def test_enditem_trailer_and_bylines_are_dropped():
    html = (
        "<html><body><div class='con_box'><div class='con_title'>CPC Delegation Visits Peru</div>"
        "<div class='con_date'>( 2019.08.17 )</div><div class='TRS_Editor'>"
        "<p>Beijing, August 17th--A CPC delegation visited Peru and met party leaders there.</p>"
        "<p>The two sides agreed to strengthen exchanges between the parties. Enditem</p>"
        "</div></div></body></html>"
    )
    page = parse_page(html.encode(), "https://www.idcpc.org.cn/english/news/201908/t20190821_101149.html")
    assert page.template == "idcpc_en_old" and page.published == "2019-08-17"  # printed date wins over url
    assert page.text.endswith("between the parties.") and "Enditem" not in page.text


def test_generic_fallback_chain():
    html = (
        "<html><head><meta name='PubDate' content='2020-03-05'>"
        "<title>外交部发言人答记者问_中华人民共和国外交部</title></head><body>"
        "<div class='nav'>首页 &gt; 发言人表态</div>"
        "<meta name='TRSWCM.ContStart'><p>问：请介绍中方对此次会议的期待。</p>"
        "<p>答：中方期待会议取得积极成果，推动各方合作。</p><p>【打印】 【关闭】</p>"
        "<meta name='TRSWCM.ContEnd'><div>页脚</div></body></html>"
    )
    page = parse_page(html.encode(), "https://www.fmprc.gov.cn/web/wjdt/t1000001.shtml")
    assert page.template == "generic" and page.ok
    assert page.title == "外交部发言人答记者问"
    assert page.published == "2020-03-05"
    assert page.text == "问：请介绍中方对此次会议的期待。\n\n答：中方期待会议取得积极成果，推动各方合作。"


def test_generic_body_in_a_content_div_cut_at_print_widgets():
    html = (
        "<html><head><title>Statement on Cooperation</title></head><body><h1>Statement on Cooperation</h1>"
        "<div id='content'><p>The two governments issued a statement on cooperation in trade and "
        "agriculture on March 3, 2021, and agreed to meet again next year.</p>"
        "<p>[Print] [Close]</p><p>Other links</p></div></body></html>"
    )
    page = parse_page(html.encode(), "https://www.mfa.gov.cn/eng/wjdt/t1000002.shtml")
    assert page.template == "generic" and page.title == "Statement on Cooperation"
    assert page.text.endswith("next year.")
    assert page.published is None  # a date inside the body is an event date, never the publication date


def test_empty_and_short_bodies_are_layout_changes():
    empty = parse_page(b"", "https://www.mfa.gov.cn/web/zyxw/202404/t20240403_1.shtml")
    assert not empty.ok and empty.problems[0].startswith("layout_change:") and empty.text == ""
    shell = (
        "<html><body><div class='news-details'><div class='news-title'><h1>A title</h1>"
        "<p class='time'><span>2024-04-03 21:30</span></p></div>"
        "<div id='News_Body_Txt_A'><div class='TRS_UEDITOR'></div></div></div></body></html>"
    )
    page = parse_page(shell.encode(), "https://www.mfa.gov.cn/web/zyxw/202404/t20240403_1.shtml")
    assert not page.ok and any("body empty" in p for p in page.problems)
    assert page.title == "A title" and page.published == "2024-04-03"
    short = shell.replace(
        "<div class='TRS_UEDITOR'></div>", "<div class='TRS_UEDITOR'><p>Too short.</p></div>"
    )
    page = parse_page(short.encode(), "https://www.mfa.gov.cn/web/zyxw/202404/t20240403_1.shtml")
    assert any("implausibly short" in p for p in page.problems)


@pytest.mark.parametrize(
    "junk",
    [
        b"\x00\xff\xfe<<<>>>",
        b"<html",
        b"<?xml version='1.0' encoding='utf-8'?><html><body>x</body></html>",
        b"<!-- only a comment -->",
        b"<div>" * 5000 + b"deep text",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
    ],
)
def test_junk_never_raises(junk):
    page = parse_page(junk, "https://www.mfa.gov.cn/web/zyxw/")
    assert isinstance(page.problems, list) and not page.ok


def test_malformed_page_still_gives_its_text():
    from sample_site.faults import malformed

    release = next(r for r in RELEASES if r.section == "mfa_zh_topnews" and r.published > "2022")
    page = parse_page(malformed(page_of(release)), release.url)
    assert page.title == release.title
    assert release.paragraphs[0] in page.text


def test_gone_detection():
    assert is_gone_page("https://www.mfa.gov.cn/web/system/index_17321.shtml", b"<html></html>")
    assert is_gone_page("http://127.0.0.1:8000/www.mfa.gov.cn/web/system/index_17321.shtml", b"")
    release = RELEASES[0]
    assert not is_gone_page(release.url, page_of(release))
    content = SiteContent(RELEASES)
    system = content.page("https://www.mfa.gov.cn/web/system/index_17321.shtml", lambda u: u)
    assert system.status == 200 and is_gone_page("https://www.mfa.gov.cn/", system.body)


def test_hidden_blocks_inside_a_body_are_dropped():
    text = "The visible paragraph of the release, long enough to count as a body of a release page."
    html = (
        f"<html><body><div id='News_Body_Txt_A'><p>{text}</p>"
        "<div STYLE='DISPLAY: NONE'>hidden one</div><ul style='display:none;'><li>hidden two</li></ul>"
        "</div></body></html>"
    )
    assert parse_page(html.encode(), "https://www.mfa.gov.cn/web/zyxw/t1.shtml").text == text
