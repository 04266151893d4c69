"""English demonyms two countries share ("Dominican"): the gazetteer gives them to the first,
so the page's own heads, actors or names say when the second is meant.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY
from nlp.leaders import head_by_office, leaders
from nlp.release import Mention, Release
from nlp.steps.country.mentions import FOCUS, country_of

# English demonyms two countries share: the gazetteer gives them to the first, whose they usually
# are in releases ("Dominican" is the Dominican Republic's); a head of the second named in the title
# or lead says otherwise ("Dominican Prime Minister Roosevelt Skerrit" is Dominica's), and so do
# the second's own actors or name there when the first is named there only by the shared demonym
# ("Dominican Party Delegation Visits China" over "a delegation of the Dominica Labour Party").
SHARED_DEMONYMS = {"DOM": ("DMA", re.compile(r"^Dominican$"))}


def shared_demonym(release: Release, country_id: str, mention: Mention) -> str:
    """The country a shared demonym names on this page (see ``SHARED_DEMONYMS``)."""
    other, demonym = SHARED_DEMONYMS.get(country_id, (None, None))
    if other is None or demonym is None or not demonym.match(mention.text.strip()):
        return country_id
    focus = release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=FOCUS)
    if any(country_of(m) == other for m in focus) and not any(
            country_of(m) == country_id and not demonym.match(m.text.strip()) for m in focus):
        return other  # "Dominican" beside the Dominica Labour Party, and no word of the Republic's
    text = f"{release.title}\n{release.lead()}"
    day = release.anchor
    for leader in leaders():
        if leader.country == other and (day is None or leader.held_on(day)) and (
                leader.name in text or head_by_office(text, 0, len(text), day, other) is not None):
            return other
    return country_id
