"""Actors outside LAC and China named on the page (the gazetteer's look-alikes, a demonym that
is also a language word before an office, a worldwide organisation's official): such an actor in
the focus means the LAC names there are not the exchange's only side.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LOOKALIKE, Lookalike
from nlp.release import Mention, Release

FOREIGN_KINDS = frozenset({"country", "region", "party"})
# Demonyms that are also language or community words in LAC news (Spanish-speaking, the French
# Caribbean, British colonies), so the look-alikes leave them out: before an office ("French
# President", in an agency headline "French president", also with a portfolio between: "Indian
# Environment Minister") they name a counterpart outside LAC
LANGUAGE_DEMONYM = re.compile(
    r"\b(?:Spanish|Portuguese|French|British|Dutch|Indian|(?<!Latin )(?<!South )(?<!Central )(?<!North )"
    r"American|U\.S\.|US)\s+(?:(?:Environment|Trade|Finance|Defen[cs]e|Commerce|Economy|Agriculture|Health|"
    r"Education|Culture|Energy|Interior|Home|Justice|Labou?r)\s+)?"
    r"(?i:President|Prime Minister|PM|Premier|King|Queen|Foreign Minister|FM|Chancellor|Vice President|"
    r"Minister|Secretary of State|counterpart|leader)\b")


def names_elsewhere(release: Release, zones: tuple[str, ...]) -> list[Mention]:
    """Countries, regions and parties outside LAC and China (the gazetteer's look-alikes) named in
    these zones."""
    gaz = release.gazetteer
    out = []
    for m in release.mentions:
        if m.label == LOOKALIKE and m.zone in zones and m.ids:
            entry = gaz.get(m.ids[0])
            if isinstance(entry, Lookalike) and entry.kind in FOREIGN_KINDS and entry.country != "China":
                out.append(m)
    return out


def outside_counterpart(release: Release, zones: tuple[str, ...]) -> bool:
    """Do these zones name an actor outside LAC: a country, region or party outside LAC (the
    gazetteer's look-alikes), a demonym that is also a language word before an office ("French
    President"), or an official of a worldwide organisation ("UN Secretary-General", "IMF Managing
    Director", ``world_org_official``)? Such an actor met in a LAC city, or beside LAC names, makes
    those names places or topics (country: the LAC country "whose actors take part")."""
    if names_elsewhere(release, zones):
        return True
    passages = ([release.title] if "title" in zones else []) + ([release.lead()] if "lead" in zones else [])
    world_org = cues.pattern("world_org_official")
    return any(LANGUAGE_DEMONYM.search(text) or world_org.search(text) for text in passages)
