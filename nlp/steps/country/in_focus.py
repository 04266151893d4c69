"""People in the title or lead whose country the page names only outside them (or not at all):
a LAC head or official, an office-holder of a foreign-ministry page datelined in a LAC capital, the
hosts a party delegation meets "here". The person is the exchange's actor, so his country gets the
weight of the zone he is named in.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY
from nlp.release import ZONE_WEIGHT, Mention, Release
from nlp.schema import Span
from nlp.steps.country.leader_names import leader_named, official_named
from nlp.steps.country.mentions import FOCUS, country_of
from nlp.steps.country.outside import outside_counterpart
from nlp.steps.country.venues import is_capital


def leader_in_focus(release: Release, scores: dict[str, float],
                     tables: tuple[dict[str, float], ...]) -> None:
    """A LAC head named in the title or lead ("迪亚斯-卡内尔24日致电习近平", "Miguel Diaz-Canel sent a
    message to Xi") is the exchange's actor also where the page names his country only outside them —
    a photo caption above the lead, the dateline's capital, the body: the weight of the zone he is
    named in goes to his country (with no LAC name at all, ``leader_named`` decides in ``step``).
    So too where the page names only a place of another LAC country ("Xi Jinping Meets with Gustavo
    Petro" in Rio de Janeiro, "met in Port of Spain with Prime Minister Baldwin Spencer"): the place
    is where they met, the head his country's actor."""
    named = leader_named(release)
    if named is None:
        return
    leader, span = named
    entry = release.gazetteer.country(leader.country)
    if entry is None:
        return
    if entry.id not in scores:
        if not release.is_mfa:  # (a party page's head may be a former one: ``leader_named``)
            return
        scores[entry.id] = 0.0
    weight = ZONE_WEIGHT["title" if span.where == "title" else "lead"]
    for table in tables:
        table[entry.id] = table.get(entry.id, 0.0) + weight
    release.extra["named_leader"] = span
    release.record.add_evidence("country", span)


# A line that opens with a place and a comma: a dateline ("HAVANA, 5 March", "Brasília, 20 January 2025")
DATELINE_PLACE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:[^\S\n][A-Za-zÁÉÍÓÚÑ][\w'’.-]*){0,3},")
# The rest of a name and the country after it ("… Sergei Lavrov of Russia", "… Albares, of Spain")
OF_A_PLACE_AFTER = re.compile(r"(?:[^\S\n]+[A-ZÁÉÍÓÚÑ][\w'’.-]*)*,?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]")
# The first office-holder a lead names, with what may stand before the office ("Brazilian", "The")
HOME_OFFICE_EN = re.compile(
    r"(?:(?P<pre>(?!(?:Executive|Deputy|Vice|First)\b)[A-Z][\w'’-]*)\s+)?(?P<office>(?:(?:Executive|Deputy|Vice|First)[\s-]+)*"
    r"(?:President[ae]?|Prime Minister|Premier|Chancellor|Canciller|(?:[A-Z][\w-]*\s+){1,2}Minister|"
    r"(?:Minister|Secretary)\s+of\s+[A-Z][\w]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w]*){0,3}))"
    r",?\s+(?:(?:the\s+)?(?:Most\s+)?(?:Hon|Dr|Mr|Mrs|Ms)\.?\s+)*(?P<name>[A-ZÁÉÍÓÚÑ][\w'’-]+)")


def official_in_focus(release: Release, scores: dict[str, float],
                       tables: tuple[dict[str, float], ...]) -> None:
    """A LAC official named in the title or lead (``official_named``: "Liu Jianchao met with Foreign
    Minister Bruno Rodríguez Parrilla in Havana", "Wang Yi Meets with Alberto van Klaveren" at a
    meeting in Rio de Janeiro) is the exchange's actor where the page names a LAC country only as
    the place, as a head is (``leader_in_focus``): the weight of his zone goes to his country. On a
    party page only where that country is named (a minister's own capital)."""
    named = official_named(release)
    if named is None:
        return
    person, span = named
    entry = release.gazetteer.country(person.country)
    if entry is None or (entry.id not in scores and not release.is_mfa):
        return
    scores.setdefault(entry.id, 0.0)
    weight = ZONE_WEIGHT["title" if span.where == "title" else "lead"]
    for table in tables:
        table[entry.id] = table.get(entry.id, 0.0) + weight
    release.extra["named_official"] = (span, person)
    release.record.add_evidence("country", span)


def home_official_in_focus(release: Release, scores: dict[str, float],
                            tables: tuple[dict[str, float], ...]) -> None:
    """A foreign-ministry page datelined in a LAC capital ("Brasília, 20 January 2025", "Havana,
    5 March (Prensa Latina)") whose lead opens with an office-holder named by bare office ("Foreign
    Minister Mauro Vieira", "Canciller Álvaro Leyva", "Vice President Geraldo Alckmin", Mexico's
    "Secretary of Foreign Affairs Alicia Bárcena"): a dispatch
    or a government's release names its own country's officials without a demonym, so the first
    office-holder, when he is not a Chinese official, is the dateline country's actor. The lead's
    weight goes to that country. An office with a word before it ("Spanish Foreign Minister",
    "Chinese Vice President") is someone else's, and the rule does not apply."""
    if not release.is_mfa or release.zh:
        return
    text = release.layout.clean
    # the dateline, or a first line that is one ("Brasília, 20 January 2025" over the lead)
    dateline = release.layout.dateline or (0, release.layout.lead_start)
    capitals = [m for m in release.of(LAC_COUNTRY)
                if m.where == "text" and dateline[0] <= m.start < dateline[1] and is_capital(release, m)
                and DATELINE_PLACE.match(text, text.rfind("\n", 0, m.start) + 1)]
    country = country_of(capitals[0]) if capitals else None
    if country is None or country not in scores:
        return
    lead_start = max(release.layout.lead_start, dateline[1])
    lead = text[lead_start:release.layout.lead_end]
    match = HOME_OFFICE_EN.search(lead)
    if match is None or (match.group("pre") or "The").casefold() != "the":
        return
    start, end = lead_start + match.start("office"), lead_start + match.end("name")
    if any(m.label == CN_OFFICIAL and m.where == "text" and m.start < end and start < m.end
           for m in release.mentions) or "Chin" in text[start:end]:
        return
    if OF_A_PLACE_AFTER.match(text, end):
        return  # "Foreign Minister Sergei Lavrov of Russia": the office is marked after the name
    for table in tables:
        table[country] = table.get(country, 0.0) + ZONE_WEIGHT["lead"]
    release.record.add_evidence("country", Span(start, end, text[start:end], "text"))


def hosts_here_in_focus(release: Release, scores: dict[str, float],
                         tables: tuple[dict[str, float], ...]) -> None:
    """A party page datelined in a LAC capital ("Havana, May 22nd (IDCPC)--", 新华社拉巴斯7月2日电)
    whose lead has the CPC side meet or visit "here" (cue ``met_here``: "met here today with leaders
    of the ruling party", 在这里会见了来访的中共代表团): the hosts it met are the dateline country's
    actors, named or not (codebook: the country "whose actors take part"; a CPC delegation in a LAC
    city is a visit or a meeting there). The lead's weight goes to that country."""
    if release.is_mfa:
        return
    text = release.layout.clean
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    lead = text[lead_start:lead_end]
    if not cues.pattern("party_side").search(lead) or outside_counterpart(release, FOCUS):
        return
    dateline = release.layout.dateline
    here = cues.pattern("met_here").search(lead) if dateline is not None else None
    if here is not None and dateline is not None:
        places = [m for m in release.of(LAC_COUNTRY) if m.where == "text"
                  and dateline[0] <= m.start < dateline[1] and is_capital(release, m)]
        evidence = Span(lead_start + here.start(), lead_start + here.end(), here.group(), "text")
    else:
        # "met in Havana on May 20 with leaders of the ruling party", 在哈瓦那会见执政党领导人
        places = [m for m in release.of(LAC_COUNTRY) if m.where == "text" and lead_start <= m.start < lead_end
                  and is_capital(release, m) and _met_in(release, m)]
        evidence = places[0].span() if places else None
    countries = {country_of(m) for m in places}
    if len(countries) != 1 or evidence is None:
        return
    country = countries.pop()
    if country is None or country not in scores:
        return
    for table in tables:
        table[country] = table.get(country, 0.0) + ZONE_WEIGHT["lead"]
    release.record.add_evidence("country", evidence)


def _met_in(release: Release, m: Mention) -> bool:
    """Is the place where the lead's meeting was held (cue ``met_in_place``)?"""
    text = release.layout.clean
    if release.zh:
        return m.start > 0 and bool(cues.pattern("met_in_place").match(text, m.start - 1))
    return bool(cues.pattern("met_in_place").search(text[max(0, m.start - 60):m.start]))
