"""Removed releases. The MFA answers a removed page with a redirect to its "system" page,
served 200 (sites/README §2.1), so the final url tells, not the status code. Error pages
served (or archived) with status 200 — "404 Not Found", "页面不存在" — are removed pages too:
a capture of one in the web archive is no release."""

from __future__ import annotations

import re

SYSTEM_PAGE = re.compile(r"/web/system/|index_17321\.s?html?")
# The system page's own title, in case it is served without the redirect.
SYSTEM_MARKERS = ("index_17321",)
# Titles and notices of error pages (nginx/Apache defaults, the sites' own Chinese notices).
_ERROR_TITLE = re.compile(rb"<title>\s*(?:404|403|410|500|502|503)\b[^<]*</title>|<title>[^<]*(?:not found|"
                          rb"page error|\xe9\xa1\xb5\xe9\x9d\xa2\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8|"
                          rb"\xe9\xa1\xb5\xe9\x9d\xa2\xe9\x94\x99\xe8\xaf\xaf)[^<]*</title>", re.IGNORECASE)
_ERROR_NOTICE = ("您访问的页面不存在".encode(), "您访问的页面出错".encode())


def is_gone_page(final_url: str, body: bytes) -> bool:
    """True when a fetch ended on the foreign ministry's "removed page" system page."""
    if SYSTEM_PAGE.search(final_url or ""):
        return True
    head = (body or b"")[:4096]
    if b"News_Body_Txt_A" in (body or b""):
        return False
    if any(m.encode() in head for m in SYSTEM_MARKERS) or _ERROR_TITLE.search(head):
        return True
    return len(body or b"") < 8192 and any(n in (body or b"") for n in _ERROR_NOTICE)
