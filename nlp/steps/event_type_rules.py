"""What every rule of the event_type step shares: the field's name, the kinds the rules name
together (rule 2's events, the calls, the visits), the words announcing an exchange for later, the
first rule that matches and the setting of the type with its evidence.

Apart from the IDCPC and foreign-ministry rules (``event_type_idcpc``, ``event_type_mfa``) because
both sets, and the readings they use, type a page the same way: one place for how a match becomes
the record's type and evidence.
"""

from __future__ import annotations

import re

from nlp.release import Release
from nlp.schema import Span

NAME = "event_type"


VISIT_KINDS = frozenset({"state_visit", "official_visit"})
FUTURE_BEFORE = re.compile(r"(?:\bwill|\bto|\bexpected to|将|將|拟|擬)\s*(?:also\s+)?$", re.I)


def first_rule_match(rules: tuple[tuple[str, re.Pattern[str]], ...], text: str,
                     skip: frozenset[str] = frozenset(),
                     not_future: frozenset[str] = frozenset()) -> tuple[str, re.Match[str]] | None:
    """The first rule (in priority order) with a match; a match announced for later ("will hold
    talks") does not count for the kinds in ``not_future``."""
    for kind, pattern in rules:
        if kind in skip:
            continue
        for match in pattern.finditer(text):
            if kind in not_future and FUTURE_BEFORE.search(text[max(0, match.start() - 20):match.start()]):
                continue
            return kind, match
    return None


# a name that calls the event a dialogue before the word of its format ("the CPC in Dialogue with World
# Political Parties High-level Meeting", "… Dialogue … Summit"): the capital marks the name, a lowercase
# dialogue is what the sides do
DIALOGUE_NAMED_BEFORE = re.compile(r"\bDialogue\b[^.,;:!?\n]{0,60}$")


def set_event_type(release: Release, kind: str, where: str, offset: int, match: re.Match[str] | None) -> None:
    text = release.title if where == "title" else release.text
    if kind == "forum" and match is not None and DIALOGUE_NAMED_BEFORE.search(
            text, max(0, offset + match.start() - 80), offset + match.start()):
        kind = "dialogue"  # an event named a dialogue is a dialogue (rule 2), whatever its format word
    release.record.event_type = kind
    if match is not None:
        start, end = offset + match.start(), offset + match.end()
        release.record.add_evidence(NAME, Span(start, end, text[start:end], where))


EVENT_KINDS = frozenset({"training_course", "seminar", "forum", "dialogue", "briefing", "field_trip"})
CALLS = frozenset({"video_call", "phone_call"})
