"""robots.txt, read once per host and run, with the sites' habits taken into account.

The foreign ministry has no robots.txt: the url redirects to an HTML error page served 200,
which means "no rules", not "everything disallowed". The IDCPC serves a real file. As in
RFC 9309, a missing file (4xx) means no rules and an unreachable one (5xx, network failure)
means stay away from that host for this run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

log = logging.getLogger(__name__)


@dataclass
class RobotsAnswer:
    """What fetching a robots.txt came to (status None = no response at all)."""

    status: int | None
    body: bytes
    content_type: str | None
    error: str | None = None


@dataclass
class HostRules:
    kind: str  # rules | none | unreachable
    parser: RobotFileParser | None = None
    reason: str = ""


def _looks_like_html(body: bytes, content_type: str | None) -> bool:
    if content_type and "html" in content_type.lower():
        return True
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype", b"<html", b"<head", b"<?xml", b"<body")) or b"<html" in head


def read_rules(answer: RobotsAnswer, robots_url: str) -> HostRules:
    if answer.status is None or answer.status >= 500 or answer.status == 429:
        why = answer.error or f"HTTP {answer.status}"
        return HostRules("unreachable", reason=f"robots.txt unreachable ({why}): host skipped this run")
    if answer.status >= 400:
        return HostRules("none", reason=f"robots.txt HTTP {answer.status}: no rules")
    if answer.status != 200:
        return HostRules("none", reason=f"robots.txt HTTP {answer.status}: no rules")
    if _looks_like_html(answer.body, answer.content_type):
        return HostRules("none", reason="an HTML page in place of robots.txt: no rules")
    parser = RobotFileParser(robots_url)
    parser.parse(answer.body.decode("utf-8", "replace").splitlines())
    return HostRules("rules", parser, "robots.txt rules")


class Robots:
    """Answers "may this url be fetched?" for real urls, fetching each host's file once.

    ``fetch(robots_url)`` is the crawler's (archiving, mirror-aware) fetch."""

    def __init__(self, fetch: Callable[[str], RobotsAnswer], user_agent: str,
                 on_crawl_delay: Callable[[str, float], None] | None = None) -> None:
        self._fetch = fetch
        self.user_agent = user_agent
        self._hosts: dict[str, HostRules] = {}
        self._on_crawl_delay = on_crawl_delay

    def rules(self, url: str) -> HostRules:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self._hosts:
            robots_url = f"{parts.scheme or 'https'}://{host}/robots.txt"
            rules = read_rules(self._fetch(robots_url), robots_url)
            log.info("%s: %s", robots_url, rules.reason)
            if rules.parser is not None and self._on_crawl_delay:
                delay = rules.parser.crawl_delay(self.user_agent)
                if delay:
                    self._on_crawl_delay(url, float(delay))
            self._hosts[host] = rules
        return self._hosts[host]

    def allowed(self, url: str) -> tuple[bool, str]:
        """(allowed, reason when not)."""
        rules = self.rules(url)
        if rules.kind == "unreachable":
            return False, rules.reason
        if rules.kind == "rules" and rules.parser is not None:
            if not rules.parser.can_fetch(self.user_agent, url):
                return False, "disallowed by robots.txt"
        return True, ""
