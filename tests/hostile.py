"""Hypothesis strategies for hostile input, shared by the property tests (in CI: fixed seed, small
budget) and by bench/fuzz.py (the slow, large run). Self-written fragments only."""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Fixed seed (derandomize), few examples, no example database: the same run on every machine.
CI = settings(max_examples=40, derandomize=True, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

FRAGMENTS = [
    "Beijing, June 21st--", "Song Tao met here today with ", "the Communist Party of Cuba (PCC)",
    "新华社北京4月20日电 ", "中联部部长会见古巴共产党代表团。", "Brazil", "PT", " | ", "\n\n", "  ",
    "<p>", "</p>", "<script>alert(1)</script>", "</style>", "<!--", "-->", "&nbsp;", "&#0;", "&#xD800;",
    "=" * 50, "—" * 30, "(" * 40, "'" * 30, "……", "·", "\x00", "\x01", "\x0b", "\ufffd", "\ud800",
    "date 2024-01-01 ", "On March 4--", "2024年3月4日", "Related News", "Off the wire", "•", "|||",
    "🇨🇺", "\u202e", "\u200b", "Ａ", "ﬁ", "İ", "ß",
]
hostile_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=30)), max_size=40).map("".join)
optional_text = st.one_of(st.none(), hostile_text)
CHARSETS = ["utf-8", "gbk", "gb2312", "undefined", "punycode", "idna", "rot13", "utf-16", "utf-7",
            "latin-1", "x-nope", "", "utf-8\"", "unicode_escape"]


@st.composite
def hostile_page(draw: st.DrawFn) -> tuple[bytes, str | None]:
    """Bytes of a release-like page with hostile parts, and a Content-Type header (or None)."""
    charset = draw(st.sampled_from(CHARSETS))
    title = draw(hostile_text)
    body = draw(hostile_text)
    head = draw(st.sampled_from(["", f"<meta charset='{charset}'>",
                                 f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">']))
    html = (f"<html><head>{head}<title>{title}</title></head><body><h1>{title}</h1>"
            f"<div class='TRS_Editor'><p>{body}</p></div>{draw(hostile_text)}</body></html>")
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "latin-1"]))
    errors = draw(st.sampled_from(["replace", "surrogatepass"])) if encoding == "utf-8" else "replace"
    data = html.encode(encoding, errors=errors)
    if draw(st.booleans()):
        data = data + draw(st.binary(max_size=60))
    header = draw(st.sampled_from([None, "text/html", f"text/html; charset={charset}", "application/json"]))
    return data, header
