"""Relevance: does the release report an exchange with Latin American or Caribbean actors?

A release is relevant when a LAC actor — a country, party, organisation or LAC-wide platform —
is named in its title or lead, where a release says whom the exchange was with. A capital alone
("in Brasilia") is a venue, not a counterpart: a meeting with Russia's president in Brasilia is
not a LAC exchange. A LAC name
deep in the body (a speech's aside, a "related news" teaser, a meeting *held* in Rio with
someone else) does not make it relevant. Look-alikes ("Papua New Guinea", the Portuguese PSD,
Spanish parties) never count: the gazetteer resolves them away before this step.

For the foreign ministry the counterpart must also be on the Chinese state's side of a
relationship: a press-conference transcript about East Asia that mentions BRICS is not.
"""

from __future__ import annotations

from nlp.release import Release

NAME = "relevance"
MIN_FOCUS = 3.0  # one mention in the lead (3) or the title (4)
MIN_TEXT = 40  # characters: shorter is not a release


def step(release: Release) -> None:
    record = release.record
    focus = release.extra.get("actor_scores", {})
    cues = release.extra.get("regional_cues", [])
    if len(release.layout.clean.strip()) + len(release.title) < MIN_TEXT:
        record.relevant = False
        record.notes.append("no text to read")
        return
    strongest = max(focus.values(), default=0.0)
    record.relevant = bool(record.country) and (strongest >= MIN_FOCUS or bool(cues))
    if not record.relevant:
        record.country = None
        record.exchange_type = None
        record.evidence.pop("country", None)
        release.country_id = None
        if release.scores:
            record.notes.append("LAC names only outside the title and lead")
    elif "country" in record.evidence:
        record.evidence["relevant"] = list(record.evidence["country"])
