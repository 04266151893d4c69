"""Removed releases. The MFA answers a removed page with a redirect to its "system" page,
served 200 (sites/README §2.1), so the final url tells, not the status code."""

from __future__ import annotations

import re

SYSTEM_PAGE = re.compile(r"/web/system/|index_17321\.s?html?")
# The system page's own title, in case it is served without the redirect.
SYSTEM_MARKERS = ("index_17321",)


def is_gone_page(final_url: str, body: bytes) -> bool:
    """True when a fetch ended on the foreign ministry's "removed page" system page."""
    if SYSTEM_PAGE.search(final_url or ""):
        return True
    head = (body or b"")[:4096]
    return any(m.encode() in head for m in SYSTEM_MARKERS) and b"News_Body_Txt_A" not in (body or b"")
