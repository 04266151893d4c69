"""The archived copy of a page with a bogus charset label or stray control characters is shown,
never a server error (the view decodes as the parser does)."""

from __future__ import annotations

import pytest

from review.corpus import ArchivedCopy

PAGE = "<html><head><title>Meeting</title></head><body><p>Song Tao met a PCC delegation — ¡Sí!</p>" \
       "<script>x()</script>\x01\x0b</body></html>"


def copy_of(body: bytes, content_type: str) -> ArchivedCopy:
    return ArchivedCopy(key="idcpc:1", url="http://www.idcpc.org.cn/x.html", warc_file="warc/x.warc.gz",
                        offset=0, status=200, content_type=content_type, fetched_at=None, body=body)


@pytest.mark.parametrize("label", ["idna", "punycode", "undefined", "rot13", "utf-16", "no-such-charset"])
def test_bogus_charset_labels_are_shown(label):
    for content_type, body in ((f"text/html; charset={label}", PAGE),
                               ("text/html", PAGE.replace("<head>", f"<head><meta charset='{label}'>"))):
        copy = copy_of(body.encode("utf-8"), content_type)
        html = copy.safe_html()
        assert "Song Tao met a PCC delegation — ¡Sí!" in html
        assert "x()" not in html
        assert "Song Tao met" in copy.as_text()
