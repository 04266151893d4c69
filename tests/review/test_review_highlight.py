"""Evidence marking: text escaped first, spans wrapped, bad spans reported."""

from __future__ import annotations

from nlp.schema import Span
from review.highlight import highlight


def test_text_is_escaped_and_overlapping_spans_are_marked_once_per_piece():
    text = "<b>Cuba</b> & the Communist Party of Cuba <script>x()</script>"
    start = text.index("Communist")
    evidence = {
        "contacts": [Span(start, start + len("Communist Party of Cuba"), "Communist Party of Cuba")],
        "country": [Span(start + 19, start + 23, "Cuba")],
    }
    html, misplaced = highlight(text, evidence)
    assert not misplaced
    assert "<script>" not in html and "&lt;script&gt;x()&lt;/script&gt;" in html
    assert html.startswith("&lt;b&gt;Cuba&lt;/b&gt; &amp; the ")
    assert (
        '<mark class="ev ev-contacts" data-fields="contacts" title="contacts">Communist Party of </mark>'
        in html
    )
    assert 'data-fields="contacts country"' in html and ">Cuba</mark>" in html


def test_spans_that_do_not_fit_are_reported_not_placed():
    text = "Short text about Chile."
    evidence = {
        "country": [Span(17, 22, "Chile"), Span(17, 22, "Peru!"), Span(40, 45, "Cuba")],
        "event_date": [Span(0, 5, "Short", where="title")],
    }
    html, misplaced = highlight(text, evidence)
    assert html.count("<mark") == 1
    assert sorted(m.reason.split()[0] for m in misplaced) == ["offsets", "the"]
    title_html, _ = highlight("Short title", evidence, where="title")
    assert title_html.count("<mark") == 1
