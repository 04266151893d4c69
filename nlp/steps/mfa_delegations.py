"""The leader of a LAC delegation a Chinese principal met, as the counterpart of a foreign-ministry page.

"Vice Foreign Minister X met with a delegation of Ecuador's Citizen Revolution movement led by Luisa
González": the one met is the delegation, and the person leading it is its principal (codebook: the
counterpart is the LAC principal's name and office), whether or not the page gives an office. Used
only when no office-and-name pattern found a counterpart; only a delegation the lead ties to a LAC
actor (a party, body or country named between "delegation" and "led by")."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY

if TYPE_CHECKING:
    from nlp.release import Release

LAC_LABELS = (LAC_PARTY, LAC_ORG, LAC_COUNTRY)


@cache
def _pattern(name_re: str) -> re.Pattern[str]:
    """"delegation(s) of … led/headed by [its|their] [lower-case office words] <Name>"."""
    return re.compile(r"\bdelegations?\b(?P<of>[^.;\n]{0,160}?)\b(?:led|headed)\s+by\s+"
                      r"(?:(?:its|their|the)\s+)?(?P<office>(?:[a-z][\w-]*\s+){0,4}?)"
                      rf"(?P<name>{name_re})")


def delegation_leader(release: Release, name_re: str,
                      trim: Callable[[str], str | None]) -> list[tuple[str, str | None, int, int]]:
    """[(name, office or None, start, end)] of the leader of the lead's LAC delegation, or []."""
    text = release.layout.clean
    start, end = release.layout.lead_start, release.layout.lead_end
    match = _pattern(name_re).search(text, start, end)
    if match is None:
        return []
    a, b = match.start("of"), match.end("of")
    if not any(m.where == "text" and m.label in LAC_LABELS and a <= m.start and m.end <= b
               for m in release.mentions):
        return []
    name = trim(match.group("name"))
    if not name:
        return []
    office = match.group("office").strip()
    return [(name, office.title() if office else None, match.start("name"), match.start("name") + len(name))]
