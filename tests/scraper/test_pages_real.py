"""The parsers on the real foreign-ministry pages in ../shared/sites/real-html/mfa/ (skipped
when that folder is absent). Only checks; no text of these pages enters the project."""

from __future__ import annotations

import json
import re
from pathlib import Path

import lxml.html
import pytest

from nlp.dates import date_from_url
from scraper.pages import decode_html, parse_page

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "sites" / "real-html" / "mfa"
pytestmark = pytest.mark.skipif(
    not (REAL / "index.jsonl").exists(), reason="no real pages (../shared absent)"
)

TEMPLATES = {
    "article-2015-2021": {"mfa_zh_vibox", "mfa_en_content_mod"},
    "article-vibox-rehung": {"mfa_zh_vibox"},
    "article-2021plus": {"mfa_zh_news_details", "mfa_en_news_details"},
}
BOILERPLATE = (
    "打印",
    "【关闭】",
    "Suggest to a friend",
    "分享到",
    "bshare",
    "Related News",
    "相关新闻",
    "字体",
    "Please enter E-mail",
    "推荐给朋友",
    "\u200b",
)


def entries() -> list[dict]:
    if not (REAL / "index.jsonl").exists():
        return []
    rows = [
        json.loads(line) for line in (REAL / "index.jsonl").read_text(encoding="utf-8").splitlines() if line
    ]
    return [r for r in rows if r["kind"] != "list"]


def hidden_titles(body: bytes) -> list[str]:
    """Link texts of the hidden related-news lists of a real page."""
    root = lxml.html.document_fromstring(decode_html(body))
    xpath = "//*[@id='relnews_list' or @id='relnews-list' or @id='id_RelNewsList']//a"
    return [t for t in (a.text_content().strip() for a in root.xpath(xpath)) if len(t) > 8]


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e["file"][-40:])
def test_real_article_page(entry):
    body = (REAL / entry["file"]).read_bytes()
    page = parse_page(body, entry["url"], entry.get("content_type"))
    assert page.ok, page.problems
    assert page.title and len(page.title) > 5
    assert page.template in TEMPLATES[entry["kind"]]
    assert page.lang == entry["lang"]
    url_date = date_from_url(entry["url"])
    if url_date:
        assert page.published == url_date.isoformat()
    else:
        assert page.published and re.fullmatch(r"\d{4}-\d{2}-\d{2}", page.published)
    assert len(page.text) > (50 if page.lang == "zh" else 150) and "\n\n" in page.text
    for word in BOILERPLATE:
        assert word not in page.text, word
    for title in hidden_titles(body):
        assert title not in page.text, title
    assert page.title not in page.text.split("\n\n")[0]  # the heading is not repeated as the first paragraph
