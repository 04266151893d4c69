"""What every part of the country step reads off a gazetteer mention: the country it places
(a country's own, or the country of a named party or organisation), and the zones that are the
page's focus (title and lead), where the exchange's sides are named.
"""

from __future__ import annotations

from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Mention

FOCUS = ("title", "lead")


def country_of(m: Mention) -> str | None:
    """The LAC country a mention places: a country's own, or the country of the party or organisation
    it names (None where the gazetteer gives none)."""
    if m.label == LAC_COUNTRY:
        return m.entry.id
    return getattr(m.entry, "country", None)
