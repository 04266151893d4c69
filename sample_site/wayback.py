"""A local stand-in of the Internet Archive's Wayback Machine, for the releases of the local site.

Backfill is tested without the internet against this: the CDX endpoint
(``/cdx/search/cdx``: ``url`` + ``matchType=prefix|exact|host|domain``, ``from``/``to``,
``filter=[!]field:regex``, ``collapse=urlkey``, ``output=json``, ``limit``, paging by
``showResumeKey``/``resumeKey`` or ``page``) and raw captures (``/web/<timestamp>id_/<url>``:
the bytes as captured, no toolbar; a timestamp that is not a capture redirects to the nearest
one). What the real archive holds is copied in kind: a capture of every release of the
sample (also those the capped lists no longer show and those the site removed), captures of
list pages, and captures that are not releases at all although recorded with status 200 — the
sites' "page not found" pages, a truncated capture, one in the wrong encoding — each under
an alias url of a release that also has a good capture, plus an old-layout (vibox) capture
of a page the live site now serves in the new layout.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import parse_qs, quote, unquote, urlsplit

from sample_site import render

ARCHIVE_HOST = "web.archive.org"
CDX_FIELDS = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]
_RAW = re.compile(r"^/web/(\d{1,14})(id_|if_|im_)?/(.+)$")
BAD_KINDS = ("error_page", "truncated", "wrong_encoding")


@dataclass
class Capture:
    original: str
    timestamp: str  # 14 digits, UTC
    body: bytes
    content_type: str = "text/html"
    status: int = 200
    kind: str = "good"  # good | error_page | truncated | wrong_encoding | old_layout | list

    @property
    def urlkey(self) -> str:
        return surt(self.original)

    def row(self) -> list[str]:
        digest = hashlib.sha1(self.body).hexdigest()[:32].upper()
        mimetype = self.content_type.split(";")[0].strip()
        return [self.urlkey, self.timestamp, self.original, mimetype, str(self.status), digest,
                str(len(self.body))]


def surt(url: str) -> str:
    """Sort-friendly url key as the Wayback CDX writes it: host reversed without ``www``,
    ``)`` then the lower-cased path and query (``cn,gov,mfa)/web/zyxw/...``)."""
    if "://" not in url:
        url = "http://" + url
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    path = (parts.path or "/").lower()
    if parts.query:
        path += "?" + parts.query.lower()
    return ",".join(reversed(host.split("."))) + ")" + path


def stamp(day: str, hour: int = 10, minute: int = 0, plus_days: int = 0) -> str:
    when = date.fromisoformat(day) + timedelta(days=plus_days)
    return f"{when:%Y%m%d}{hour:02d}{minute:02d}00"


def _alias(url: str) -> str:
    """Another url of the same release (the other host of its site)."""
    for a, b in (("www.mfa.gov.cn", "www.fmprc.gov.cn"), ("www.fmprc.gov.cn", "www.mfa.gov.cn"),
                 ("www.idcpc.org.cn", "www.idcpc.gov.cn"), ("www.idcpc.gov.cn", "www.idcpc.org.cn")):
        if a in url:
            return url.replace(a, b, 1)
    return url


def mojibake(body: bytes) -> bytes:
    """A page whose UTF-8 bytes were once read as Windows-1252 and written back as UTF-8 (the
    way captures in the wrong encoding look); the meta tag still says utf-8."""
    text = body.decode("utf-8", "replace")
    return text.encode("utf-8").decode("cp1252", "replace").encode("utf-8")


class Wayback:
    """The captures of one local site, and the answers of the archive's two endpoints."""

    def __init__(self, content, *, throttle: bool = False) -> None:
        self.content = content
        self.throttle = throttle  # answer the first capture request with 429 Retry-After: 1
        self.lock = threading.RLock()
        self.captures: list[Capture] = []
        self._bad: dict[str, str] = {}  # kind -> release url that got a bad capture of that kind
        self._old_layout_url: str | None = None
        self._capture_requests = 0
        self._built = False
        self._requests = 0
        self._down_after: int | None = None

    def down_after(self, n: int | None) -> None:
        """An outage: every archive request after the next ``n`` answers 503 (None: back up)."""
        with self.lock:
            self._down_after = None if n is None else self._requests + n

    def outage(self) -> bool:
        """Count one request; True when the archive is down for it."""
        with self.lock:
            self._requests += 1
            return self._down_after is not None and self._requests > self._down_after

    def _ensure(self) -> None:
        """Captures are rendered on first use: most sites of the tests are never asked."""
        with self.lock:
            if not self._built:
                self._build()
                self._built = True

    # ------------------------------------------------------------ what the archive holds
    def _build(self) -> None:
        releases = sorted(self.content.articles.values(), key=lambda r: (r.published, r.id))
        for release in releases:
            self.captures.append(Capture(release.url, stamp(release.published, plus_days=1),
                                         self.content.article_body(release.url)))
        # an old-layout capture: a Chinese release the live site now shows in the news-details
        # template, captured while it was still shown in the vibox one
        for release in releases:
            if release.site == "mfa" and release.lang == "zh" and release.published >= "2022":
                source = self.content.sources.get(release.section)
                hint = source.template if source else None
                if render.article_template(release, hint) != "mfa_zh_news_details":
                    continue
                old = render.render_article(release, "mfa_zh_vibox", release.section, []).encode("utf-8")
                self.captures = [c for c in self.captures if c.original != release.url]
                self.captures.append(Capture(_alias(release.url), stamp(release.published, 9),
                                             old, kind="old_layout"))
                self._old_layout_url = release.url
                break
        # captures that are not releases, each beside a good capture of the same release
        by_site = {"mfa": [r for r in releases if r.site == "mfa"],
                   "idcpc": [r for r in releases if r.site == "idcpc"]}
        zh = [r for r in by_site["mfa"] if r.lang == "zh"]  # mojibake shows in Chinese text
        picks = [("error_page", by_site["mfa"][:1]), ("error_page", by_site["idcpc"][:1]),
                 ("truncated", by_site["idcpc"][1:2]), ("wrong_encoding", zh[:1])]
        for kind, chosen in picks:
            for release in chosen:
                good = self.content.article_body(release.url)
                if kind == "error_page":
                    name = "system" if release.site == "mfa" else "not_found"
                    body = render.render_static(name).encode("utf-8")
                elif kind == "truncated":
                    body = good[: int(len(good) * 0.6)]
                else:
                    body = mojibake(good)
                self.captures.append(Capture(_alias(release.url), stamp(release.published, plus_days=400),
                                             body, kind=kind))
                self._bad.setdefault(kind, release.url)
        # list pages are captured too (a backfill must not take them for releases)
        for lists in self.content.folders.values():
            for folder in lists[:1]:
                self.captures.append(Capture(folder.url + folder.first_page, "20200101000000",
                                             b"<html><body>list</body></html>", kind="list"))
        self.captures.sort(key=lambda c: (c.urlkey, c.timestamp))

    @property
    def bad(self) -> dict[str, str]:
        """Kind of bad capture -> the release url it stands beside (a good capture exists too)."""
        self._ensure()
        return dict(self._bad)

    @property
    def old_layout_url(self) -> str | None:
        """The release whose only capture is in the old (vibox) layout."""
        self._ensure()
        return self._old_layout_url

    def add_capture(self, url: str, timestamp: str, body: bytes | None = None) -> None:
        """A new capture (of a release added to the live site since, say)."""
        self._ensure()
        with self.lock:
            self.captures.append(Capture(url, timestamp, body if body is not None
                                         else self.content.article_body(url)))
            self.captures.sort(key=lambda c: (c.urlkey, c.timestamp))

    # ------------------------------------------------------------ CDX
    def cdx(self, query: str) -> tuple[int, bytes, str]:
        """(status, body, content type) of a CDX query string."""
        self._ensure()
        q = parse_qs(query, keep_blank_values=True)
        one = {k: v[-1] for k, v in q.items()}
        url = one.get("url", "")
        if not url:
            return 400, b"missing url", "text/plain"
        match_type = one.get("matchType", "exact")
        wanted = surt(url if "://" in url else "http://" + url)
        if match_type == "prefix" or url.endswith("*"):
            wanted = wanted.rstrip("*")
            test = lambda key: key.startswith(wanted)  # noqa: E731
        elif match_type in ("host", "domain"):
            host = wanted.split(")", 1)[0]
            test = (lambda key: key.split(")", 1)[0] == host) if match_type == "host" else (  # noqa: E731
                lambda key: key.split(")", 1)[0] == host or key.startswith(host + ","))
        else:
            test = lambda key: key == wanted  # noqa: E731
        low, high = one.get("from", ""), one.get("to", "")
        filters = []
        for spec in q.get("filter", []):
            negate = spec.startswith("!")
            name, _, pattern = spec.lstrip("!").partition(":")
            if name not in CDX_FIELDS:
                return 400, f"bad filter field {name}".encode(), "text/plain"
            try:
                filters.append((CDX_FIELDS.index(name), re.compile(pattern), negate))
            except re.error:
                return 400, b"bad filter regex", "text/plain"
        with self.lock:
            rows = [c.row() for c in self.captures if test(c.urlkey)]
        rows = [r for r in rows if (not low or r[1] >= low.ljust(14, "0"))
                and (not high or r[1] <= high.ljust(14, "9"))]
        rows = [r for r in rows if all(bool(rx.fullmatch(r[i])) != neg for i, rx, neg in filters)]
        if one.get("collapse") == "urlkey":
            kept, last = [], None
            for r in rows:
                if r[0] != last:
                    kept.append(r)
                last = r[0]
            rows = kept
        resume = one.get("resumeKey")
        if resume:
            after = unquote(resume)
            rows = [r for r in rows if f"{r[0]} {r[1]}" > after]
        limit = int(one["limit"]) if one.get("limit", "").isdigit() else None
        if one.get("page", "").isdigit():
            size = limit or 50
            start = int(one["page"]) * size
            rows, more = rows[start:start + size], False
        else:
            more = limit is not None and len(rows) > limit
            rows = rows[:limit] if limit is not None else rows
        if one.get("output") == "json":
            out: list[list[str]] = [CDX_FIELDS, *rows] if rows else []
            if more and one.get("showResumeKey") == "true":
                out += [[], [quote(f"{rows[-1][0]} {rows[-1][1]}")]]
            return 200, json.dumps(out).encode(), "application/json"
        text = "\n".join(" ".join(r) for r in rows)
        if more and one.get("showResumeKey") == "true":
            text += "\n\n" + quote(f"{rows[-1][0]} {rows[-1][1]}")
        return 200, (text + "\n").encode() if text else b"", "text/plain"

    # ------------------------------------------------------------ raw captures
    def raw(self, path: str, mirror_of) -> tuple[int, bytes, str, dict[str, str]]:
        """(status, body, content type, headers) of ``/web/<timestamp>id_/<url>``."""
        self._ensure()
        match = _RAW.match(path)
        if not match:
            return 404, b"not in the archive", "text/plain", {}
        timestamp, flag, original = match.groups()
        if original.startswith(("http:/", "https:/")) and not original.startswith(("http://", "https://")):
            original = original.replace(":/", "://", 1)
        with self.lock:
            self._capture_requests += 1
            first = self._capture_requests == 1
            same = [c for c in self.captures if c.urlkey == surt(original)]
        if self.throttle and first:
            return 429, b"<html><body>Too Many Requests</body></html>", "text/html", {"Retry-After": "1"}
        if not same:
            missing = b"<html><body>Wayback Machine has not archived that URL.</body></html>"
            return 404, missing, "text/html", {}
        want = timestamp.ljust(14, "0")
        exact = next((c for c in same if c.timestamp == want), None)
        if exact is None or flag != "id_":
            nearest = min(same, key=lambda c: abs(int(c.timestamp) - int(want)))
            target = f"https://{ARCHIVE_HOST}/web/{nearest.timestamp}id_/{nearest.original}"
            return 302, b"", "text/html", {"Location": mirror_of(target)}
        headers = {"Memento-Datetime": _http_date(exact.timestamp),
                   "Link": f'<{exact.original}>; rel="original"'}
        return exact.status, exact.body, exact.content_type, headers


def _http_date(timestamp: str) -> str:
    from datetime import UTC, datetime
    from email.utils import format_datetime

    when = datetime.strptime(timestamp, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    return format_datetime(when, usegmt=True)
