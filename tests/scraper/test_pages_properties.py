"""Property tests (Hypothesis, fixed seed, small budget): no bytes make the page parser, the
decoder or the article judge raise; a parsed page's text is text lxml and JSON can hold."""

from __future__ import annotations

import json

from hostile import CI, hostile_page
from hypothesis import given
from hypothesis import strategies as st

from scraper.judge import judge_article
from scraper.pages import parse_page
from scraper.pages.decode import decode_html

URL = "https://www.idcpc.org.cn/english2023/news/202403/t20240305_1001.html"


@CI
@given(hostile_page())
def test_parser_never_raises(page):
    body, content_type = page
    parsed = parse_page(body, URL, content_type)
    assert isinstance(parsed.text, str) and isinstance(parsed.problems, list)
    assert not any(p.startswith("parse_error") for p in parsed.problems), parsed.problems
    json.dumps(parsed.to_dict())  # storable as it is
    assert judge_article(URL, URL, 200, body, content_type).status


@CI
@given(st.binary(max_size=400), st.one_of(st.none(), st.text(max_size=60)))
def test_decoder_never_raises(body, content_type):
    notes: list[str] = []
    assert isinstance(decode_html(body, content_type, notes), str)
