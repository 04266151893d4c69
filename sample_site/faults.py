"""The ways a page can go wrong on purpose, so the crawler's handling of each is tested over
real HTTP. A fault is set per real url (any alias of it) and counts that url's requests."""

from __future__ import annotations

import re

FAULT_KINDS = (
    "timeout",  # first request hangs past the client's timeout, later ones fine
    "timeout_always",
    "500_once",
    "500_always",
    "429",  # first request: 429 with Retry-After: 1
    "truncated",  # Content-Length larger than the bytes sent
    "redirect_loop",
    "offhost_redirect",  # 302 to http://example.invalid/...
    "huge",  # a 12 MB body
    "empty",  # 200 with an empty body
    "malformed",  # tag soup: unclosed tags, broken attributes, still has the text
    "wrong_charset",  # header says iso-8859-1, the page is UTF-8 and its meta says so
)
HUGE_BYTES = 12 * 1024 * 1024
TRUNCATED_MISSING = 4096  # bytes promised by Content-Length but never sent
OFFHOST = "http://example.invalid"


def check_kind(kind: str) -> str:
    if kind not in FAULT_KINDS:
        raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(FAULT_KINDS)}")
    return kind


def malformed(body: bytes) -> bytes:
    """Tag soup from a good page: closing tags of paragraphs and inline runs gone, a broken
    attribute quote, stray brackets, no end of document. The text is all still there."""
    from scraper.pages.decode import declared_charset, decode_html

    codec = declared_charset(body) or "utf-8"
    text = decode_html(body)
    text = re.sub(r"</(p|P|span|SPAN|li|b|B|font)>", "", text)
    text = re.sub(r"(<p)(\s+style=\")", r'\1 class="x\2', text, count=1)  # an unterminated quote run
    text = text.replace("<body>", "<body>\n<div <b <<font color=red>", 1)
    text = re.sub(r"</body>\s*</html>\s*$", "<table><tr><td>", text.strip())
    return text.encode(codec, errors="xmlcharrefreplace")


def huge_chunks(page: bytes, chunk: int = 64 * 1024):
    """The page, then filler, up to HUGE_BYTES in total (streamed, never held at once)."""
    yield page
    sent = len(page)
    filler = (b"<!-- " + b"x" * 1000 + b" -->\n") * (chunk // 1006)
    while sent < HUGE_BYTES:
        part = filler[: HUGE_BYTES - sent]
        yield part
        sent += len(part)
