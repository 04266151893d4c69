"""What the page's headline names. A headline that names a LAC actor would place every entry in
that country, so segments are read under a neutral title, and a page headlined on one is no untitled
digest; the headline's names also choose the first item and say whether the page's exchanges are
reported together.
"""

from __future__ import annotations

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Release
from nlp.steps.country import REGION_EN, REGION_ZH, is_venue


def title_names_lac(release: Release) -> bool:
    """The headline names a LAC actor, platform or the region (it would place every entry there).
    On a foreign-ministry page a worldwide platform (BRICS, G20, APEC, the UN) in the headline is the
    gathering the meetings were held at, and a LAC city or country named as the place is where
    ("Li Qiang Meets Leaders at the BRICS Summit in Rio de Janeiro"): neither is a LAC side, and the
    entries are the principal's meetings with each country there."""
    region = REGION_ZH if release.zh else REGION_EN
    return bool(region.search(release.title)) or any(
        m.where == "title" and not (release.is_mfa and (
            is_venue(release, m)
            or (m.label == PLATFORM and getattr(m.entry, "mechanism", None) == "global")))
        for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM))


def headline_names(page: Release) -> set[str]:
    """Ids of the LAC countries, parties and organisations the headline names (and their countries)."""
    named: set[str] = set()
    for m in page.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG):
        if m.where != "title":
            continue
        named.add(m.entry.id)
        country = getattr(m.entry, "country", None)
        if isinstance(country, str):
            named.add(country)
    return named
