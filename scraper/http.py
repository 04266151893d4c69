"""The one HTTP client of dipex: polite, bounded, and never raising for network trouble.

Politeness is the default, not an option: an identifying User-Agent with a contact, at most
one request per second per host (jittered), exponential backoff on timeouts, 429 and 5xx
(honouring ``Retry-After``), redirects followed by hand so the crawler can refuse ones that
leave its hosts or go in circles, and a size cap per response. The client knows nothing of
IDCPC or the foreign ministry; every exchange on the wire is handed back so the caller can
archive it.
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import os
import random
import threading
import time
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import requests
from requests.structures import CaseInsensitiveDict

log = logging.getLogger(__name__)

# No made-up address: a site operator who wants to reach the crawler's owner must reach a real
# person, so the contact comes from the user (``--contact``, $DIPEX_CONTACT or ``contact = "..."``
# in the workspace's dipex.toml). Without one, only loopback hosts (the sample site, tests) are
# crawled, under this User-Agent that claims no contact.
DEFAULT_USER_AGENT = "dipex/0.1 (research crawler; local test run, no contact)"
CONTACT_ENV = "DIPEX_CONTACT"
SETTINGS_FILE = "dipex.toml"


class ContactMissing(ValueError):
    """A crawl of a real site was asked for without a contact for the User-Agent."""


def user_agent_for(contact: str) -> str:
    """The User-Agent naming the person or address a site operator can reach. Header values are
    ASCII on the wire (http.client sends Latin-1 and fails beyond it): accents are dropped
    ("Lúcia" → "Lucia"), other characters become "?", and line breaks cannot split the header."""
    flat = unicodedata.normalize("NFKD", contact)
    flat = "".join(c for c in flat if not unicodedata.combining(c))
    flat = flat.encode("ascii", "replace").decode("ascii")
    clean = " ".join(flat.replace("(", "[").replace(")", "]").split())
    return f"dipex/0.1 (research crawler; contact: {clean})"


def configured_contact(contact: str | None = None, settings: Path | None = None) -> str | None:
    """The crawler's contact: ``contact`` (``--contact``), else $DIPEX_CONTACT, else ``contact``
    in the settings file (the workspace's dipex.toml); None when none is set."""
    for value in (contact, os.environ.get(CONTACT_ENV)):
        if value and value.strip():
            return value.strip()
    if settings is not None and settings.is_file():
        try:
            data = tomllib.loads(settings.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ContactMissing(f"cannot read {settings}: {exc}") from exc
        value = data.get("contact")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def is_loopback(host: str | None) -> bool:
    """True for localhost and loopback addresses: the sample site and test servers."""
    if not host:
        return False
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def crawler_user_agent(hosts: Iterable[str], contact: str | None = None, user_agent: str | None = None,
                       settings: Path | None = None) -> str:
    """The User-Agent for a crawl of ``hosts``. An explicit ``user_agent`` is the user's own; else
    the configured contact goes into it. Raises ContactMissing, saying how to set one, when a real
    (non-loopback) host would be crawled with no contact."""
    if user_agent:
        return user_agent
    found = configured_contact(contact, settings)
    if found:
        return user_agent_for(found)
    real = sorted({h for h in hosts if not is_loopback(h)})
    if real:
        where = f" or contact = \"...\" in {settings}" if settings is not None else ""
        raise ContactMissing(
            f"refusing to crawl {', '.join(real[:3])}{' …' if len(real) > 3 else ''} without a contact: "
            f"site operators must be able to reach you. Give --contact 'Your Name <you@example.edu>', "
            f"or set {CONTACT_ENV}{where}.")
    return DEFAULT_USER_AGENT
MB = 1024 * 1024
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
# How much of an over-size body is kept for the archive (the rest is never read).
KEEP_OF_OVERSIZE = 64 * 1024


@dataclass
class Exchange:
    """One request and its response as seen on the wire (before any redirect is followed)."""

    url: str
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes
    request_headers: dict[str, str]
    truncated: str | None = None  # WARC-Truncated reason: "length" (size cap) | "disconnect"
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))


@dataclass
class Response:
    """What a fetch came to: the final url, status, headers and body, or why it failed."""

    requested_url: str
    url: str  # final url after redirects
    status: int | None = None
    headers: CaseInsensitiveDict = field(default_factory=CaseInsensitiveDict)
    body: bytes = b""
    error: str | None = None  # None = a usable response (any status) came back
    exchanges: list[Exchange] = field(default_factory=list)
    attempts: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.status is not None

    @property
    def content_type(self) -> str | None:
        return self.headers.get("Content-Type")


@dataclass
class _Attempt:
    exchange: Exchange | None
    error: str | None
    retryable: bool
    wait_hint: float | None = None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class HttpClient:
    """requests.Session with per-host pacing, retries, manual redirects and a size cap.

    ``get`` returns a ``Response`` for every outcome; ``stats`` counts what went over the wire
    (``requests``, one entry per status code, ``network_errors``) for the run's health.
    """

    def __init__(
        self,
        *,
        user_agent: str | None = None,
        delay: float = 1.0,
        jitter: float = 0.5,
        timeout: float = 20.0,
        retries: int = 3,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        max_retry_after: float = 120.0,
        max_bytes: int = 10 * MB,
        max_redirects: int = 5,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
        seed: int | None = None,
    ) -> None:
        self.user_agent = user_agent or DEFAULT_USER_AGENT
        self.delay = max(0.0, delay)
        self.jitter = max(0.0, jitter)
        self.timeout = timeout
        self.retries = max(0, retries)
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.max_bytes = max_bytes
        self.max_redirects = max_redirects
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = self.user_agent
        self.session.trust_env = False  # no proxies from the environment between us and the site
        self._sleep = sleep
        self._rng = random.Random(seed)
        self._last: dict[str, float] = {}
        self._host_delay: dict[str, float] = {}
        self._lock = threading.Lock()
        self.stats: Counter[str] = Counter()

    # ------------------------------------------------------------------ pacing
    def slow_down(self, url: str, seconds: float) -> None:
        """Use at least ``seconds`` between requests to the host of ``url`` (robots Crawl-delay)."""
        host = urlsplit(url).netloc.lower()
        self._host_delay[host] = max(seconds, self._host_delay.get(host, 0.0))

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        delay = max(self.delay, self._host_delay.get(host, 0.0))
        with self._lock:
            last = self._last.get(host)
            if delay > 0 and last is not None:
                gap = delay * (1.0 + self._rng.uniform(0.0, self.jitter))
                remaining = gap - (time.monotonic() - last)
                if remaining > 0:
                    self._sleep(remaining)
            self._last[host] = time.monotonic()

    # ------------------------------------------------------------------ one request
    def _once(self, url: str, headers: dict[str, str]) -> _Attempt:
        self._wait_turn(url)
        self.stats["requests"] += 1
        sent = {"User-Agent": self.user_agent, **headers}
        try:
            resp = self.session.get(url, headers=headers, timeout=self.timeout,
                                    allow_redirects=False, stream=True)
        except requests.Timeout:
            self.stats["network_errors"] += 1
            return _Attempt(None, f"timeout after {self.timeout:g}s", True)
        except requests.ConnectionError as exc:
            self.stats["network_errors"] += 1
            # nobody listening: retrying within seconds will not help; the next run will
            return _Attempt(None, f"connection failed: {_short(exc)}", not _refused(exc))
        except (requests.RequestException, ValueError) as exc:
            self.stats["network_errors"] += 1
            return _Attempt(None, f"request failed: {_short(exc)}", False)

        status = resp.status_code
        self.stats[str(status)] += 1
        raw_headers = list(resp.raw.headers.items()) if resp.raw is not None else list(resp.headers.items())

        def exchange(body: bytes, truncated: str | None = None) -> Exchange:
            return Exchange(url, status, resp.reason or "", raw_headers, body, sent, truncated)

        try:
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                why = f"response too large: Content-Length {declared} > cap {self.max_bytes}"
                return _Attempt(exchange(b"", "length"), why, False)
            body = bytearray()
            for chunk in resp.iter_content(64 * 1024):
                body += chunk
                if len(body) > self.max_bytes:
                    return _Attempt(exchange(bytes(body[:KEEP_OF_OVERSIZE]), "length"),
                                    f"response too large: over cap {self.max_bytes} bytes, aborted", False)
        except requests.exceptions.ChunkedEncodingError:
            got = len(body)
            want = f" of {declared}" if declared else ""
            return _Attempt(exchange(bytes(body), "disconnect"),
                            f"truncated body (got {got}{want} bytes)", True)
        except requests.ConnectionError as exc:  # read timeout while streaming the body
            self.stats["network_errors"] += 1
            return _Attempt(exchange(bytes(body), "time"), f"body read failed: {_short(exc)}", True)
        except requests.RequestException as exc:
            return _Attempt(exchange(bytes(body), "unspecified"), f"body read failed: {_short(exc)}", False)
        finally:
            resp.close()

        ex = exchange(bytes(body))
        if status == 429 or status >= 500:
            hint = parse_retry_after(resp.headers.get("Retry-After"))
            return _Attempt(ex, f"HTTP {status}", True, hint)
        return _Attempt(ex, None, False)

    def _with_retries(self, url: str, headers: dict[str, str], response: Response) -> _Attempt:
        attempt = _Attempt(None, "not tried", False)
        for number in range(self.retries + 1):
            attempt = self._once(url, headers)
            response.attempts += 1
            if attempt.exchange is not None:
                response.exchanges.append(attempt.exchange)
            if not attempt.retryable:
                return attempt
            if number == self.retries:
                attempt.error = f"{attempt.error} (gave up after {number + 1} attempts)"
                return attempt
            wait = min(self.max_backoff, self.backoff * (2 ** number))
            wait *= 1.0 + self._rng.uniform(0.0, 0.25)
            if attempt.wait_hint is not None:
                if attempt.wait_hint > self.max_retry_after:
                    log.warning("%s: Retry-After %.0fs capped to %.0fs", url, attempt.wait_hint,
                                self.max_retry_after)
                wait = min(attempt.wait_hint, self.max_retry_after)
            log.info("%s: %s, retry %d/%d in %.2fs", url, attempt.error, number + 1, self.retries, wait)
            if wait > 0:
                self._sleep(wait)
        return attempt

    # ------------------------------------------------------------------ public
    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        may_follow: Callable[[str], str | None] | None = None,
    ) -> Response:
        """GET ``url``; conditional when validators are given; redirects followed by hand.

        ``may_follow(next_url)`` returns a reason to refuse a redirect target (off-host),
        or None. Never raises for network problems: ``Response.error`` says what went wrong.
        """
        response = Response(requested_url=url, url=url)
        conditional: dict[str, str] = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        seen = [url]
        current = url
        for hop in range(self.max_redirects + 1):
            attempt = self._with_retries(current, conditional if hop == 0 else {}, response)
            ex = attempt.exchange
            response.url = current
            if ex is not None:
                response.status = ex.status
                response.headers = CaseInsensitiveDict(ex.headers)
                response.body = ex.body
            if attempt.error:
                response.error = attempt.error
                return response
            assert ex is not None
            location = response.headers.get("Location")
            if ex.status not in REDIRECT_STATUSES or not location:
                return response
            target = urljoin(current, location.strip())
            if target in seen:
                response.error = f"redirect loop: {' -> '.join(seen + [target])}"
                return response
            refusal = may_follow(target) if may_follow else None
            if refusal:
                response.error = f"redirect to {target} refused: {refusal}"
                return response
            seen.append(target)
            current = target
        response.error = f"too many redirects (more than {self.max_redirects}): {' -> '.join(seen)}"
        return response

    def close(self) -> None:
        self.session.close()


def _refused(exc: BaseException) -> bool:
    """Whether a connection error is a refused connection (somewhere down the cause chain)."""
    seen: set[int] = set()
    stack: list[object] = [exc]
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ConnectionRefusedError):
            return True
        if isinstance(item, BaseException):
            stack += [item.__cause__, item.__context__, getattr(item, "reason", None), *item.args]
    return "Connection refused" in str(exc)


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "..."
