"""The event a headline names as its setting, not as its own exchange (IDCPC event_type, rule 1).

A headline may name two kinds of event: the one the page reports and the one that brought the
delegation ("Workers' Party Delegation Tours Zhejiang after Party Dialogue", 劳工党代表团出席对话会后赴浙江
考察). The event in the adjunct of time (``headline_setting``: "after", "ahead of", "during" before
it; 后, 期间 after it) is the occasion; the other kind is what the page is the report of.
"""

from __future__ import annotations

import re

from nlp import cues

SEPARATOR = re.compile(r"[,:;，：；]")


def own_event(title: str, found: tuple[str, re.Match[str]], rules: tuple[tuple[str, re.Pattern[str]], ...],
              zh: bool) -> tuple[str, re.Match[str]] | None:
    """Another event kind of ``rules`` the headline names, when ``found`` (the first by priority)
    stands in an adjunct of time: English puts the preposition before it (no more than a few words
    and no comma between), Chinese 后 / 期间 right after it (论坛期间举行宣介会: the forum is the setting
    of the briefing, which the headline then reports)."""
    setting = cues.pattern("headline_setting")
    kind, match = found
    others = tuple(rule for rule in rules if rule[0] != kind)
    if zh:
        after = setting.match(title, match.end())
        return _first_of(others, title, after.end()) if after else None
    before = [m for m in setting.finditer(title, 0, match.start())
              if match.start() - m.end() <= 40 and not SEPARATOR.search(title, m.end(), match.start())]
    return _first_of(others, title[:before[-1].start()]) if before else None


def _first_of(rules: tuple[tuple[str, re.Pattern[str]], ...], text: str,
              pos: int = 0) -> tuple[str, re.Match[str]] | None:
    """The first rule (by priority) matching ``text`` from ``pos`` on: searched in the whole headline,
    so the match's offsets are the headline's (they become the evidence span)."""
    for kind, pattern in rules:
        match = pattern.search(text, pos)
        if match:
            return kind, match
    return None
