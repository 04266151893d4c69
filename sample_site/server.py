"""The local copy of the sites, served over real HTTP on 127.0.0.1 in a thread of its own.

Every host of every source is served under its own prefix: ``BASE/HOST/PATH`` answers for
``https://HOST/PATH`` (the mirror convention of scraper/urls.py). Tests crawl it with the
real crawler; ``pipeline.py serve-sample`` serves it for a person to try.
"""

from __future__ import annotations

import logging
import socket
import threading
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from sample_site import faults as F
from sample_site.content import EPOCH, Page, SiteContent, _key, etag
from sample_site.wayback import ARCHIVE_HOST, Wayback

log = logging.getLogger(__name__)

# Lists of the site "as today" show this many newest releases each (the real lists are capped).
HISTORY_LIST_DEPTH = 5


def removed_in_history(releases) -> list[str]:
    """Releases the site "as today" has removed: the oldest of three sections of the foreign
    ministry and one of the IDCPC (their pages answer "system page" or 404; the archive still
    has them)."""
    out = []
    for section in ("mfa_zh_leaders_2015", "mfa_en_topnews", "mfa_zh_statements", "idcpc_en_news"):
        chosen = sorted((r for r in releases if r.section == section), key=lambda r: (r.published, r.id))
        if len(chosen) > 1:
            out.append(chosen[1].url)
    return out


@dataclass
class RequestLogEntry:
    """One request the site saw (status None while it is still being answered)."""

    method: str
    path: str  # as on the wire: /HOST/PATH?QUERY
    status: int | None
    conditional: bool  # carried If-None-Match or If-Modified-Since


class SampleSite:
    """Context manager: ``with SampleSite() as site: ... site.base_url ...``."""

    def __init__(
        self,
        port: int = 0,
        releases=None,
        faults: dict[str, str] | None = None,
        *,
        host: str = "127.0.0.1",
        page_size: int | None = None,
        hang_seconds: float = 5.0,
        gbk: bool = True,
        list_depth: int | None = None,
        removed: list[str] | None = None,
        archive_throttle: bool = False,
    ):
        if releases is None:
            from sample_site.releases import bundled

            releases = bundled()
        self.content = SiteContent(list(releases), page_size=page_size, gbk=gbk, list_depth=list_depth)
        # the archive captured every release while it was online, removed ones included
        self.archive = Wayback(self.content, throttle=archive_throttle)
        for url in removed or []:
            self.content.remove_release(url)
        self.faults: dict[str, str] = {}
        for url, kind in (faults or {}).items():
            self.set_fault(url, kind)
        self.hang_seconds = hang_seconds
        self.requests: list[RequestLogEntry] = []
        self._counts: dict[str, int] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = ThreadingHTTPServer((host, port), _handler_class(self))
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        self.base_url = f"http://{host}:{self._server.server_address[1]}"

    # ------------------------------------------------------------ lifecycle
    def start(self) -> SampleSite:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, args=(0.05,), name="sample-site", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> SampleSite:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @classmethod
    def with_history(cls, releases=None, **options) -> SampleSite:
        """The site as the real ones are today: lists capped at their newest
        ``HISTORY_LIST_DEPTH`` releases, and a few releases removed (still in the archive)."""
        if releases is None:
            from sample_site.releases import bundled

            releases = bundled()
        options.setdefault("list_depth", HISTORY_LIST_DEPTH)
        options.setdefault("removed", removed_in_history(releases))
        return cls(releases=releases, **options)

    # ------------------------------------------------------------ the contract
    @property
    def gbk_url(self) -> str | None:
        """Real url of the page served GBK-encoded."""
        return self.content.gbk_url

    def url(self, real_url: str) -> str:
        """Wire url of a real url on this site."""
        parts = urlsplit(real_url)
        rest = parts.path or "/"
        if parts.query:
            rest += "?" + parts.query
        return f"{self.base_url}/{(parts.hostname or '').lower()}{rest}"

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()

    def add_release(self, release) -> None:
        """A new release: its page is served and it appears on top of its list."""
        self.content.add_release(release)

    def remove_release(self, url: str) -> None:
        """The release's urls now redirect to the "system" page (MFA) or give 404 (IDCPC)."""
        self.content.remove_release(url)

    def set_fault(self, real_url: str, kind: str) -> None:
        self.faults[_key(real_url)] = F.check_kind(kind)

    def entry_urls(self) -> list[str]:
        return self.content.entry_urls()

    # ------------------------------------------------------------ internals
    def _count(self, key: str) -> int:
        with self._lock:
            self._counts[key] = self._counts.get(key, 0) + 1
            return self._counts[key]

    def _log(self, entry: RequestLogEntry) -> None:
        with self._lock:
            self.requests.append(entry)


def _handler_class(site: SampleSite):
    class Handler(_Handler):
        pass

    Handler.site = site
    return Handler


class _Handler(BaseHTTPRequestHandler):
    site: SampleSite
    protocol_version = "HTTP/1.1"
    wbufsize = 64 * 1024  # headers and body leave in one write (no Nagle / delayed-ACK stalls)
    server_version = "Apache"
    sys_version = ""

    def setup(self) -> None:
        super().setup()
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s %s", self.address_string(), format % args)

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    # ------------------------------------------------------------
    def _answer(self, head: bool) -> None:
        site = self.site
        conditional = bool(self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"))
        entry = RequestLogEntry(self.command, self.path, None, conditional)
        site._log(entry)
        host, _, rest = self.path.lstrip("/").partition("/")
        if host.lower() == ARCHIVE_HOST:
            try:
                self._archive(entry, "/" + rest, head)
            except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
                self.close_connection = True
            return
        real = f"https://{host.lower()}/{rest}"
        key = _key(real)
        kind = site.faults.get(key)
        nth = site._count(key) if kind else 0
        try:
            self._serve(entry, real, kind, nth, head)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError):
            self.close_connection = True  # the client gave up (timeouts, size caps): expected

    def _serve(self, entry: RequestLogEntry, real: str, kind: str | None, nth: int, head: bool) -> None:
        site = self.site
        if kind in ("timeout", "timeout_always") and (kind == "timeout_always" or nth == 1):
            if site._stopping.wait(site.hang_seconds):
                self.close_connection = True
                return
        if kind in ("500_once", "500_always") and (kind == "500_always" or nth == 1):
            return self._send(
                entry, Page(500, b"<html><body><h1>500 Internal Server Error</h1></body></html>"), head
            )
        if kind == "429" and nth == 1:
            return self._send(
                entry,
                Page(429, b"<html><body>Too Many Requests</body></html>", headers={"Retry-After": "1"}),
                head,
            )
        if kind == "redirect_loop":
            target = real.split("?", 1)[0] + ("" if "?" in real else "?loop=1")
            return self._send(entry, Page(302, headers={"Location": site.url(target)}), head)
        if kind == "offhost_redirect":
            return self._send(entry, Page(302, headers={"Location": F.OFFHOST + urlsplit(real).path}), head)

        page = site.content.page(real, site.url)
        if page.status == 200 and kind:
            page = self._spoil(page, kind)
            if page is None:
                return self._send_huge(entry, site.content.page(real, site.url), head)
        if page.cacheable and page.status == 200 and not kind:
            tag = etag(page.body)
            page.headers.setdefault("Last-Modified", formatdate(EPOCH, usegmt=True))
            page.headers["ETag"] = tag
            if self._unchanged(tag, page.headers["Last-Modified"]):
                return self._send(
                    entry,
                    Page(304, headers={"ETag": tag, "Last-Modified": page.headers["Last-Modified"]}),
                    head,
                )
        self._send(entry, page, head)

    def _archive(self, entry: RequestLogEntry, rest: str, head: bool) -> None:
        """The Wayback stand-in: ``/cdx/search/cdx?...`` and ``/web/<timestamp>id_/<url>``."""
        archive = self.site.archive
        path, _, query = rest.partition("?")
        if archive.outage():
            return self._send(entry, Page(503, b"<html><body>Service Unavailable</body></html>"), head)
        if path == "/robots.txt":
            return self._send(entry, Page(404, b"", "text/plain"), head)
        if path == "/cdx/search/cdx":
            status, body, ctype = archive.cdx(query)
            return self._send(entry, Page(status, body, ctype), head)
        status, body, ctype, headers = archive.raw(rest, self.site.url)
        self._send(entry, Page(status, body, ctype, headers=headers), head)

    def _spoil(self, page: Page, kind: str) -> Page | None:
        """A good page turned into the fault's bad one (None = stream the huge body)."""
        if kind == "empty":
            return Page(200, b"", page.content_type)
        if kind == "malformed":
            return Page(200, F.malformed(page.body), page.content_type)
        if kind == "wrong_charset":
            return Page(200, page.body, "text/html; charset=iso-8859-1")
        if kind == "truncated":
            return Page(200, page.body, page.content_type, headers={"X-Truncated": "1"})
        if kind == "huge":
            return None
        return page

    def _unchanged(self, tag: str, modified: str) -> bool:
        match = self.headers.get("If-None-Match")
        if match:
            return tag in [m.strip() for m in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
            except (TypeError, ValueError):
                return False
        return False

    def _send(self, entry: RequestLogEntry, page: Page, head: bool) -> None:
        truncated = page.headers.pop("X-Truncated", None)
        entry.status = page.status
        self.send_response(page.status)
        body = b"" if page.status == 304 else page.body
        if page.status != 304:
            self.send_header("Content-Type", page.content_type)
        for name, value in page.headers.items():
            self.send_header(name, value)
        length = len(body) + (F.TRUNCATED_MISSING if truncated else 0)
        self.send_header("Content-Length", str(length))
        if truncated:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head and body:
            self.wfile.write(body)
        self.wfile.flush()

    def _send_huge(self, entry: RequestLogEntry, page: Page, head: bool) -> None:
        entry.status = 200
        self.send_response(200)
        self.send_header("Content-Type", page.content_type)
        self.send_header("Content-Length", str(max(F.HUGE_BYTES, len(page.body))))
        self.end_headers()
        if not head:
            for part in F.huge_chunks(page.body):
                self.wfile.write(part)
        self.wfile.flush()
