"""A party's common bare name coordinated with another party of one country is that country's party.

"a delegation of Chile's Socialist Party, Party for Democracy and Communist Party",
由智利社会党、争取民主党和共产党领导人组成的代表团: a list joined by commas, "and", 、 or 和
names the parties of the one country its first member carries ("Chile's", 智利), so a bare name
inside it ("Communist Party", 共产党, "Labour Party") is the party of that name of the same country.
Such names are too common to stand alone (the CPC itself, Britain's Labour Party: ``NOT_CORES``,
``ZH_CLAUSE_ONLY``), and elsewhere are read only in a chain of one person's titles; a list of
parties is the other construction in which the language carries a country over to a bare name.
Only a name that follows the resolved party with nothing but a coordinator between them counts:
"the Socialist Party of Chile. The Communist Party …" is no list, and neither is a sentence that
merely mentions both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from nlp.gazetteer import LAC_PARTY, Party, normalise
from nlp.names import has_han

if TYPE_CHECKING:
    from nlp.release import Mention, Release

# What stands between two members of a list of parties: "A, B and C", "A and the B", 甲、乙和丙.
COORDINATOR_EN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")
COORDINATOR_ZH = re.compile(r"\s*[、和及与暨]\s*")


def resolve(release: Release, bare: Callable[[Release, Mention], bool]) -> None:
    """Resolve each bare common party name that follows a resolved LAC party across a coordinator
    to that party's country's party of the name (when the country has exactly one)."""
    gaz = release.gazetteer
    common = gaz.listed_cores
    parties = sorted((m for m in release.mentions if m.label == LAC_PARTY), key=lambda m: (m.where, m.start))
    for before, m in zip(parties, parties[1:], strict=False):
        if (m.entry is not None or not isinstance(before.entry, Party) or before.where != m.where
                or normalise(m.text) not in common or not bare(release, m)):
            continue
        source = release.title if m.where == "title" else release.layout.clean
        joiner = COORDINATOR_ZH if has_han(m.text) else COORDINATOR_EN
        if not joiner.fullmatch(source, before.end, m.start):
            continue
        country = before.entry.country
        found = [c for c in gaz.candidates("|".join(m.ids)) if getattr(c, "country", None) == country]
        if len(found) == 1:
            m.entry = found[0]


def drop_unplaced(release: Release, chain_only: frozenset[str]) -> None:
    """Forget the bare names read only in a chain or a list (English "Communist Party") that neither
    placed: they are matched only to be read so, and any other reading of the words (a coalition's
    own "Communist Party" under its front, a name the page's country places) stays the later rules'."""
    release.mentions = [m for m in release.mentions if not (
        m.label == LAC_PARTY and m.entry is None and normalise(m.text) in chain_only)]
