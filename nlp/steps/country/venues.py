"""Places that say where something happened rather than with whom: a capital or another place
of a country, or a country named as the venue or the dateline. A place is no counterpart, unless it
names an institution or office of its own ("the University of Brasilia", "the Mayor of Montevideo")
or is where a visit goes (its hosts take part).
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.gazetteer import LAC_COUNTRY, PLACE_OFFICES_EN, Gazetteer, normalise, place_unit_forms
from nlp.release import Mention, Release


def is_capital(release: Release, m: Mention) -> bool:
    """A capital, or another place of the country (a city, a state: ``places`` in countries.json),
    names where something happened more often than whom it was with."""
    if m.label != LAC_COUNTRY or m.entry is None:
        return False
    if normalise(m.text) not in _capital_keys(release.gazetteer, m.entry.id):
        return False
    return not _institution_named_after(release, m) and not _visited(release, m)


def _visited(release: Release, m: Mention) -> bool:
    """Is the place named as where a visit goes (``VISITED_BEFORE_EN``)? Its hosts take part."""
    source = release.title if m.where == "title" else release.layout.clean
    pattern = VISITED_BEFORE_ZH if release.zh else VISITED_BEFORE_EN
    return pattern.search(source, max(0, m.start - 80), m.start) is not None


# A place's own office before its name, also with its unit between ("Governor of the Mexican state of
# Jalisco", "the Party Committee of Matanzas Province"): the office holder is the place's actor
INSTITUTION_BEFORE = re.compile(r"\b(?:University|Universidad|Universidade|College|Institute|Academy|"
                                r"(?i:mayor|governor|prefect|intendant|head of government|city council|"
                                r"city hall|municipal(?:ity| government)|city government|party committee|"
                                r"(?:state|provincial|departmental|regional) "
                                r"(?:government|assembly|legislature))) "
                                r"(?:of|de|do|da) (?:the )?"
                                r"(?:(?:[A-Z]\w+ )?(?i:state|province|department|region|city) of )?$")
# "the Montevideo mayor", "Montevideo City Council", "Mexico City's Head of Government": the city's own
# office after its name
INSTITUTION_AFTER_EN = re.compile(r"(?:['’]s)?\s+(?:(?i:state|province|department|region|city)\s+)?"
                                  r"(?i:mayor|governor|prefect|head of government|city council|city hall|"
                                  r"city government|municipal government|state government|"
                                  r"provincial government)\b")
# "a delegation from Guayaquil", "legislators from Sonora, Chihuahua and Sinaloa", 来自瓜亚基尔的: the
# place the people come from names whose they are, not where something happened
ORIGIN_BEFORE_EN = re.compile(r"\b(?i:delegations?|delegates|guests|leaders|legislators|lawmakers|officials|"
                              r"members|mayors|governors|representatives|cadres|politicians|deputies|"
                              r"councillors|councilors)\s+from\s+(?:the\s+)?"
                              r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|del|do|da|la)?\s*[A-Z][\w'’.-]*){0,3}"
                              r"(?:,\s*|\s+and\s+))*$")
ORIGIN_BEFORE_ZH = re.compile(r"来自(?:[\u4e00-\u9fff]{2,10}[、和])*$|來自(?:[\u4e00-\u9fff]{2,10}[、和])*$")
# "arrived in Brasilia", "visited Guayaquil and Cuenca", "a trip to Havana", 抵达利马, 访问瓜亚基尔: the
# place a visit goes to names its hosts, the country's actors (codebook: a trip to a LAC country is that
# country's), as "arrived in Brazil" does
VISITED_BEFORE_EN = re.compile(r"\b(?:visit(?:s|ed|ing)?|(?:a|an|official|state|working)\s+visit\s+to|"
                               r"arriv(?:e|es|ed|ing)\s+in|trip\s+to|tour(?:s|ed)?)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w'’.-]*(?:\s+(?:de|del|do|da|la)?\s*[A-Z][\w'’.-]*){0,3}"
                               r"(?:,\s*|\s+and\s+))*$")
VISITED_BEFORE_ZH = re.compile(r"(?:抵达|抵達|访问|訪問|到访|到訪)(?:[\u4e00-\u9fff]{2,10}[、和])*$")
# matched at the name's end
INSTITUTION_AFTER_ZH = re.compile(r"大学|大學|学院|學院|研究院|[市省州]?(?:市长|市長|省长|省長|州长|州長|"
                                  r"市政府|省政府|州政府|市议会|市議會|州议会|州議會|省委|市委)")


def _institution_named_after(release: Release, m: Mention) -> bool:
    """"the University of Brasilia", 巴西利亚大学: a capital in an institution's name names the
    institution's people, the country's actors, not where something happened. So does a capital
    that names a city's own office ("the Mayor of Montevideo", "the Montevideo mayor", 蒙得维的亚市长):
    the mayor is the city's actor, as the university is. So do the people a place's name says they
    come from ("a delegation from Guayaquil", 来自瓜亚基尔的客人)."""
    source = release.title if m.where == "title" else release.layout.clean
    if release.zh:
        return (INSTITUTION_AFTER_ZH.match(source, m.end) is not None
                or ORIGIN_BEFORE_ZH.search(source, max(0, m.start - 30), m.start) is not None)
    return (INSTITUTION_BEFORE.search(source, max(0, m.start - 40), m.start) is not None
            or INSTITUTION_AFTER_EN.match(source, m.end) is not None
            or ORIGIN_BEFORE_EN.search(source, max(0, m.start - 80), m.start) is not None)


@lru_cache(maxsize=256)
def _capital_keys(gazetteer: Gazetteer, country_id: str) -> frozenset[str]:
    """The lookup keys of a country's capital names (normalised once, not per mention)."""
    entry = gazetteer.country(country_id)
    if entry is None:
        return frozenset()
    names = [c for group in (entry.capitals, entry.places, entry.dateline_places)
             for names in group.values() for c in names]
    # a place known with its unit ("Mendoza Province"), not the office forms ("Mayor of Mendoza")
    names += [form for code, bare in entry.places_with_unit.items() for form in place_unit_forms(bare, code)
              if not form.startswith(PLACE_OFFICES_EN)]
    return frozenset(normalise(c) for c in names)


VENUE_BEFORE_EN = re.compile(
    r"\bin (?:(?:[A-Z][\w'’.-]*|de|da|do|dos|del|la|el|of)\s+){0,3}[A-Z][\w'’.-]*,\s*$|"
    r"\b(?:in|at)\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,|\band\b)\s*)*$")
# 在古巴、委内瑞拉: places, listed; a place name holds no preposition or verb (在西班牙港同A、B会晤:
# A and B are who he met)
VENUE_BEFORE_ZH = re.compile(r"在(?:(?:(?!同|与|與|向|对|對|会|會|为|為)[\u4e00-\u9fff]){2,8}[、和及与])*$")


def is_venue(release: Release, m: Mention) -> bool:
    """A capital, or a country named as where something happened ("in Rio de Janeiro, Brazil", "in
    Port of Spain, Trinidad and Tobago",
    "in Brazil", 在巴西), or as where the dispatch was filed ("LIMA, Peru, Nov. 16 (Xinhua) --": a
    dateline names a place, never an actor): a place, which does not make a second counterpart
    country."""
    if is_capital(release, m):
        return True
    if m.label != LAC_COUNTRY:
        return False
    dateline = release.layout.dateline
    if m.where == "text" and dateline is not None and dateline[0] <= m.start < dateline[1]:
        return True
    source = release.title if m.where == "title" else release.layout.clean
    before = source[max(0, m.start - 60):m.start]
    return bool((VENUE_BEFORE_ZH if release.zh else VENUE_BEFORE_EN).search(before))
