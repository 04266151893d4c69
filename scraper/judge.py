"""What a fetched article response means for the catalog: a good release, a removed one,
a layout change, a blocking page, or a failure to retry later.

One decision, used both while crawling and when the catalog is rebuilt from the WARC files,
so a rebuilt catalog says exactly what the crawl said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OK = "ok"
GONE = "gone"
PARSE_FAILED = "parse_failed"
NOT_RELEASE = "not_release"  # an archived capture that is no release page (error page, cut, mis-encoded)
BLOCKED = "blocked"  # not stored: retried on a later run, raised in run health
FAILED = "failed"  # not stored: retried on a later run

BLOCKING_STATUSES = {401, 403, 412, 418, 521, 567}
# Markers of anti-bot / JavaScript challenge pages (Jiasule/Knownsec "__jsl_clearance", generic
# "verify you are human" pages). A release page never carries them in a tiny script-only body.
_CHALLENGE = re.compile(
    r"__jsl_clearance|jsl_clearance|challenge-platform|cf-chl|captcha|verify you are human|"
    r"enable javascript|请开启JavaScript|安全验证|访问验证|人机验证|document\.cookie\s*=",
    re.IGNORECASE,
)
CHALLENGE_MAX_BYTES = 30_000


def looks_like_challenge(body: bytes) -> bool:
    """A small page that is mostly a script asking the browser to prove itself."""
    if not body or len(body) > CHALLENGE_MAX_BYTES:
        return False
    head = body[:CHALLENGE_MAX_BYTES].decode("utf-8", "replace")
    return "<script" in head.lower() and bool(_CHALLENGE.search(head))


@dataclass
class Verdict:
    status: str  # ok | gone | parse_failed | blocked | failed
    reason: str = ""
    page: object | None = None  # scraper.pages.ParsedPage when parsed
    problems: list[str] = field(default_factory=list)

    @property
    def stored(self) -> bool:
        """Whether the catalog keeps this outcome (failures are retried instead)."""
        return self.status in (OK, GONE, PARSE_FAILED)


def judge_article(url: str, final_url: str, status: int, body: bytes,
                  content_type: str | None = None) -> Verdict:
    """Decide what the response to an article url (``url``, real) came to.

    ``final_url`` is the real url that answered after redirects: the foreign ministry marks a
    removed release by redirecting to its 200 "system" page, so the final url matters more
    than the status code."""
    from scraper.pages import is_gone_page, parse_page

    if status in (404, 410):
        return Verdict(GONE, f"HTTP {status}")
    if status in BLOCKING_STATUSES:
        return Verdict(BLOCKED, f"blocking status HTTP {status}")
    if status != 200:
        return Verdict(FAILED, f"HTTP {status}")
    if is_gone_page(final_url, body):
        return Verdict(GONE, f"removed: system page {final_url}")
    if looks_like_challenge(body):
        return Verdict(BLOCKED, "challenge page (JavaScript/anti-bot) instead of the release")
    page = parse_page(body, url, content_type)
    if page.problems:
        return Verdict(PARSE_FAILED, "layout change? " + "; ".join(page.problems), page, list(page.problems))
    return Verdict(OK, "", page, list(page.notes))  # a good page keeps the repairs parsing made


_END_OF_DOCUMENT = re.compile(rb"</html\s*>", re.IGNORECASE)


def judge_capture(original: str, final_url: str, status: int, body: bytes,
                  content_type: str | None = None) -> Verdict:
    """Decide what a web-archive capture of ``original`` came to: a release (OK), not a release
    (NOT_RELEASE: the sites' "page not found" and system pages the archive recorded with
    status 200, captures cut short, captures in the wrong encoding, anything the parsers
    reject), or a failure to retry (FAILED: the archive did not answer with the capture).

    The checks are the live pages' (gone page, challenge, parse problems) plus one the live
    path gets from the HTTP layer: a capture is whole only if the document ends."""
    from scraper.pages import is_gone_page, parse_page

    if status in (404, 410):
        return Verdict(NOT_RELEASE, f"archive HTTP {status}")
    if status != 200:
        return Verdict(FAILED, f"archive HTTP {status}")
    if is_gone_page(final_url, body) or is_gone_page(original, body):
        return Verdict(NOT_RELEASE, "captured error page (page not found / system page)")
    if looks_like_challenge(body):
        return Verdict(NOT_RELEASE, "captured challenge page")
    if not _END_OF_DOCUMENT.search(body[-4096:]):
        return Verdict(NOT_RELEASE, "truncated capture (the document does not end)")
    page = parse_page(body, original, content_type)
    if page.problems:
        return Verdict(NOT_RELEASE, "; ".join(page.problems), page, list(page.problems))
    return Verdict(OK, "", page, list(page.notes))
