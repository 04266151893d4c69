"""Field extractors: small named steps, each reading a ``Release`` and adding fields and
evidence to its record. ``STEPS`` is the order they run in; a later step may use what an earlier
one found (the relevance step needs the country scores, contacts and the event date the event
type, mechanism the contacts)."""

from __future__ import annotations

from collections.abc import Callable

from nlp.release import Release
from nlp.steps import contacts, content, country, event_date, event_type, mechanism, mfa, relevance

Step = Callable[[Release], None]

STEPS: tuple[tuple[str, Step], ...] = (
    ("country", country.step),
    ("relevance", relevance.step),
    ("event_type", event_type.step),
    ("event_date", event_date.step),
    ("contacts", contacts.step),
    ("mechanism", mechanism.step),
    ("content", content.step),
    ("mfa", mfa.step),
)
