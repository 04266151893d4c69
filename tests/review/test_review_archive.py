"""Archived pages shown safely, whatever their encoding; releases without a catalog text."""

from __future__ import annotations

import requests

from nlp.records_db import RecordStore
from nlp.schema import Record, Span
from review.corpus import ArchivedCopy, sanitise_html

ZH_PAGE = (
    '<?xml version="1.0" encoding="gb2312"?><html><head><meta charset="gb2312"><title>会见</title></head>'
    "<body><p>中联部部长会见古巴共产党代表团。</p><script>alert(1)</script>"
    "<svg><script>alert(2)</script><a xlink:href='javascript:alert(3)'>x</a></svg>"
    "<div style=\"background:url('https://example.org/x.png')\">y</div>"
    "<style>@import url('https://example.org/a.css'); p { color: red }</style></body></html>"
)


def copy_of(body: bytes, content_type: str) -> ArchivedCopy:
    return ArchivedCopy(
        key="idcpc:1",
        url="http://www.idcpc.org.cn/x.html",
        warc_file="warc/x.warc.gz",
        offset=0,
        status=200,
        content_type=content_type,
        fetched_at=None,
        body=body,
    )


def test_a_gbk_page_is_decoded_and_made_harmless():
    for content_type in ("text/html; charset=gb2312", "text/html"):  # header or meta says the charset
        copy = copy_of(ZH_PAGE.encode("gbk"), content_type)
        html = copy.safe_html()
        assert "中联部部长会见古巴共产党代表团。" in html and '<meta charset="utf-8">' in html
        lowered = html.lower()
        for active in ("<script", "alert(", "url(", "@import", "href"):
            assert active not in lowered, active
        assert "p { color: red }" in html
        assert "中联部部长会见古巴共产党代表团。" in copy.as_text()


def test_empty_and_non_html_bodies_do_not_break_the_view():
    assert "(empty page)" in sanitise_html("")
    pdf = copy_of(b"%PDF-1.4 binary", "application/pdf")
    assert not pdf.is_html


def test_a_record_without_catalog_text_shows_its_evidence(served):
    store = RecordStore(served.corpus.ws.records_path)
    record = Record(
        url="https://example.org/yearbook-2019.pdf#p12",
        source="idcpc",
        title="Yearbook entry",
        relevant=True,
        country="Chile",
    )
    record.add_evidence("country", Span(10, 15, "Chile"))
    store.put(record)
    store.close()
    page = requests.get(served.url + "/record", params={"key": record.url}, timeout=10)
    assert page.status_code == 200
    assert "not in this workspace's catalog" in page.text and "Chile</li>" in page.text
    assert "archived copy" not in page.text.split("release-meta")[1].split("</div>")[0]
