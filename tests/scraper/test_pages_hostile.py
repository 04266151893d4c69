"""Hostile bytes give a parsed page with the problem noted, never a lost page: control characters
after </script> or </style>, bogus or lying charset labels."""

from __future__ import annotations

import pytest

from scraper.judge import OK, judge_article
from scraper.pages import parse_page
from scraper.pages.decode import decode_html, xml_safe

URL = "https://www.idcpc.org.cn/english/news/202406/t20240621_123.html"
PAGE = ("<html><head><title>Song Tao Meets PCC Delegation</title></head><body>"
        "<h1>Song Tao Meets PCC Delegation</h1><div class='TRS_Editor'><p>Beijing, June 21st--Song Tao "
        "met here today with a delegation of the Communist Party of Cuba led by its international "
        "secretary. Both sides exchanged views on party building.</p></div></body></html>")


@pytest.mark.parametrize("where", ["</script>", "</style>"])
@pytest.mark.parametrize("char", ["\x01", "\x0b", "\x00", "\x1f"])
def test_control_character_after_script_or_style(where, char):
    extra = "<script>var a = 1;</script>" if where == "</script>" else "<style>p { }</style>"
    html = PAGE.replace("</h1>", "</h1>" + extra + char + "x")
    page = parse_page(html.encode("utf-8"), URL)
    assert page.ok, page.problems
    assert page.title == "Song Tao Meets PCC Delegation" and "Communist Party of Cuba" in page.text
    assert any("control character" in note for note in page.notes)


@pytest.mark.parametrize("label", ["undefined", "punycode", "idna", "rot13", "base64", "utf-7", "utf-16",
                                   "unicode_escape", "x-no-such"])
def test_bogus_charset_labels_never_raise(label):
    body = PAGE.replace("ó", "ó").replace("Beijing", "Beijing ¡ó").encode("utf-8")
    for content_type, data in ((f"text/html; charset={label}", body),
                               (None, body.replace(b"<head>", f"<head><meta charset='{label}'>".encode()))):
        page = parse_page(data, URL, content_type)
        assert page.ok, page.problems
        assert "Beijing ¡ó" in page.text  # the valid UTF-8 page is read as UTF-8
        assert any(label in note for note in page.notes)
        verdict = judge_article(URL, URL, 200, data, content_type)
        assert verdict.status == OK and verdict.problems == page.notes


def test_a_lying_label_falls_back_and_is_noted():
    notes: list[str] = []
    text = decode_html("中国共产党".encode(), "text/html; charset=ascii", notes)
    assert text == "中国共产党"
    notes = []
    assert decode_html("中国共产党".encode("gbk"), "text/html; charset=utf-8", notes) == "中国共产党"
    assert any("not utf-8" in n for n in notes)


def test_xml_safe_keeps_length_and_text():
    notes: list[str] = []
    assert xml_safe("a\x01b\ud800c\ufffe", notes) == "a b c " and notes
    assert xml_safe("plain\ttext\n", notes := []) == "plain\ttext\n" and not notes
