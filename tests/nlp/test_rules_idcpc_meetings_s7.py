"""English IDCPC pages of meetings and visits (seventh session, campaign G): a party's name that
ends before "and" opens its holder's next office or the next party, envoys titled with the country
they are posted to, a capital that names a city's own office, a compound adjective "Chinese-X" in a
LAC body's name, and the region's envoys met as a group. Self-written releases in the sites'
style; party, country and people's names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

# ---- a party's name ends before "and" + an office or another party's name ----------------------


@pytest.mark.parametrize(("text", "title", "expected"), [
    ("Liu Jianchao, head of the IDCPC, met with Roosevelt Skerrit, Political Leader of the Dominica Labour "
     "Party and Prime Minister of Dominica, in Beijing on June 27.",
     "Liu Jianchao Meets with Leader of Dominica Labour Party", {"Dominica Labour Party"}),
    ("Liu Jianchao met with Philip J. Pierre, Political Leader of the Saint Lucia Labour Party and Prime "
     "Minister of Saint Lucia, in Beijing on October 20.",
     "Liu Jianchao Meets with Saint Lucia Labour Party Leader", {"Saint Lucia Labour Party"}),
    ("Guo Yezhou met with Mark Golding, President of the People's National Party and Leader of the "
     "Opposition of Jamaica, in Beijing on August 29.",
     "Guo Yezhou Meets with PNP President", {"People's National Party"}),
    ("Liu Jianchao met with leaders of the Barbados Labour Party and Democratic Labour Party in Beijing "
     "on May 8. They exchanged views on inter-party exchanges.",
     "Liu Jianchao Meets with Barbadian Party Leaders",
     {"Barbados Labour Party", "Democratic Labour Party (Barbados)"}),
])
def test_party_name_ends_before_and_opening_an_office_or_a_name(text: str, title: str,
                                                                  expected: set[str]) -> None:
    record = idcpc(text, title=title)
    assert parties(record) == expected
    assert not any("not in the gazetteer" in note for note in record.notes)


def test_and_inside_an_unlisted_party_name_is_kept() -> None:
    """Does not over-fire: an "and" between two plain words of a name is the name's own."""
    record = idcpc("Guo Yezhou met with a delegation of the Party of Labour and Progress of Guyana in "
                   "Beijing on May 8.", title="Guo Yezhou Meets with Guyanese Party Delegation")
    assert parties(record) == {"Party of Labour and Progress of Guyana"}


# ---- an envoy's title names the country he is posted to -----------------------------------------


@pytest.mark.parametrize(("text", "name", "country"), [
    ("Liu Jianchao met with Cuban Ambassador to China Alberto Blanco in Beijing on January 12. They "
     "exchanged views on exchanges between the two parties this year.", "Alberto Blanco", "Cuba"),
    ("Sun Haiyan met with Ambassador of Nicaragua to China Michael Campbell in Beijing on February 27.",
     "Michael Campbell", "Nicaragua"),
    ("Liu Jianchao met with Jorge Arreaza, Secretary for International Affairs of the PSUV, and "
     "Venezuela's Ambassador to China David Velásquez in Beijing on February 15.",
     "David Velásquez", "Venezuela"),
    ("Guo Yezhou met with Argentina's Ambassador to China Sabino Vaca Narvaja in Beijing on May 10.",
     "Sabino Vaca Narvaja", "Argentina"),
])
def test_envoy_posted_to_china_is_a_diplomat_contact(text: str, name: str, country: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets with Ambassador")
    assert record.country == country
    assert (name, "diplomat") in {(c.name, c.kind) for c in record.contacts}


def test_chinese_envoy_on_a_lac_page_is_no_contact() -> None:
    """Does not over-fire: China's own ambassador at the meeting is the Chinese side."""
    record = idcpc("Liu Jianchao met with a delegation of the Communist Party of Cuba in Beijing on May 10. "
                   "Chinese Ambassador to Cuba Ma Hui attended the meeting.",
                   title="Liu Jianchao Meets with PCC Delegation")
    assert "Ma Hui" not in {c.name for c in record.contacts}
    assert parties(record) == {"Communist Party of Cuba"}


# ---- a capital naming a city's own office is the city's actor, not a venue -----------------------


@pytest.mark.parametrize(("text", "title", "country"), [
    ("Jinan, April 4th -- Lin Wu, Secretary of the CPC Shandong Provincial Committee, met with Carolina "
     "Cosse, Mayor of Montevideo, in Jinan today. They discussed cooperation between sister cities.",
     "Shandong party chief meets Montevideo mayor", "Uruguay"),
    ("Chen Zhou, Vice Minister of the IDCPC, met with the Montevideo mayor Carolina Cosse in Beijing on "
     "April 6.", "Chen Zhou Meets with Montevideo Mayor", "Uruguay"),
    ("Qian Hongshan met with a delegation of the Lima City Council in Beijing on May 10.",
     "Qian Hongshan Meets with Lima City Council Delegation", "Peru"),
])
def test_capital_naming_a_city_office_makes_the_page_relevant(text: str, title: str, country: str) -> None:
    record = idcpc(text, title=title)
    assert record.relevant
    assert record.country == country


def test_capital_as_a_venue_stays_a_venue() -> None:
    """Does not over-fire: the mayor of a city outside the region met in a LAC capital."""
    record = idcpc("Liu Jianchao met with the Mayor of Hanoi in Havana on May 10.",
                   title="Liu Jianchao Meets with Mayor of Hanoi")
    assert not record.relevant


# ---- "Chinese-X" in a LAC body's name is no Chinese side -----------------------------------------


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Liu Jianchao met with Enrique Dussel Peters, Coordinator of the Center for Chinese-Mexican Studies "
     "of the National Autonomous University of Mexico, in Beijing on May 22.", "Enrique Dussel Peters",
     "think_tank"),
    ("Chen Zhou met with María Teresa Montalvo, Director of the Chinese-Venezuelan Friendship Institute, in "
     "Beijing on May 10.", "María Teresa Montalvo", "think_tank"),
])
def test_compound_chinese_adjective_is_no_chinese_side(text: str, name: str, kind: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets with Latin American Guest")
    assert (name, kind) in {(c.name, c.kind) for c in record.contacts}


def test_chinese_office_still_marks_the_chinese_side() -> None:
    """Does not over-fire: a Chinese official named with a role is no contact."""
    record = idcpc("Fernando Pereira, President of the Broad Front of Uruguay, met with Zhang Wei, Director "
                   "of the Chinese Academy of Social Sciences' Institute of Latin American Studies, in "
                   "Beijing on May 22.", title="Broad Front President Visits Beijing")
    assert "Zhang Wei" not in {c.name for c in record.contacts}


# ---- the region's envoys (and other groups) met as a group ---------------------------------------


@pytest.mark.parametrize("text", [
    "Liu Jianchao met with the ambassadors to China of Latin American and Caribbean countries in Beijing on "
    "December 6. Liu briefed them on the CPC's work this year.",
    "Liu Jianchao met with the envoys from Latin American and Caribbean countries in Beijing on December 6.",
    "Sun Haiyan met with diplomats of 20 Latin American and Caribbean countries in Beijing on December 6.",
])
def test_lac_envoys_as_a_group(text: str) -> None:
    record = idcpc(text, title="IDCPC Meets with Latin American and Caribbean Envoys")
    assert record.country == "multilateral"
    assert record.mechanism == ["regional"]
    assert [c.kind for c in record.contacts] == ["diplomat"]


def test_media_professionals_from_several_lac_countries() -> None:
    record = idcpc("Chen Zhou met with a delegation of Latin American media professionals from Argentina, "
                   "Brazil, Chile and Mexico in Beijing on September 21.",
                   title="Chen Zhou Meets with Latin American Media Delegation")
    assert record.country == "multilateral"
    assert [c.kind for c in record.contacts] == ["media"]


# ---- a party's youth or women's wing named around the party's name -------------------------------


@pytest.mark.parametrize(("text", "kind", "party"), [
    ("Liu Jianchao met with a delegation of Venezuela's PSUV youth wing, the Juventud del PSUV, led by its "
     "national coordinator, in Beijing on December 12.", "youth", "United Socialist Party of Venezuela"),
    ("Sun Haiyan met with a delegation of the FSLN's youth organization in Beijing on August 8.", "youth",
     "Sandinista National Liberation Front"),
    ("Sun Haiyan met with leaders of the Women's Movement of the PNP of Jamaica in Beijing on March 8.",
     "women", "People's National Party"),
])
def test_party_wing_is_a_youth_or_women_contact_of_the_party(text: str, kind: str, party: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets with Latin American Guests")
    assert {(c.kind, c.party) for c in record.contacts} == {(kind, party)}


@pytest.mark.parametrize("text", [
    "Sun Haiyan met with a delegation of the FSLN in Beijing on May 10. The delegation included young "
    "cadres.",
    "Sun Haiyan met with young leaders of the Workers' Party of Brazil in Beijing on May 10.",
])
def test_young_party_members_are_party_contacts(text: str) -> None:
    """Does not over-fire: young members of a party are the party's, not a youth wing."""
    record = idcpc(text, title="Sun Haiyan Meets with Latin American Guests")
    assert [c.kind for c in record.contacts] == ["party"]


# ---- one country's group named by its demonym; a city's head of government -----------------------


@pytest.mark.parametrize(("text", "title", "name", "kind"), [
    ("Chen Zhou met with Venezuelan journalists attending a media seminar in Beijing on September 12.",
     "Chen Zhou Meets with Venezuelan Journalists", "Venezuelan journalists", "media"),
    ("Guo Yezhou met with a group of Chilean scholars in Beijing on May 10.",
     "Guo Yezhou Meets with Chilean Scholars", "Chilean scholars", "think_tank"),
    ("Guo Yezhou met with Mexican legislators in Beijing on May 10.",
     "Guo Yezhou Meets with Mexican Legislators", "Mexican legislators", "legislature"),
    ("Guo Yezhou met with Argentine mayors visiting China in Beijing on May 10.",
     "Guo Yezhou Meets with Argentine Mayors", "Argentine mayors", "government"),
])
def test_demonym_group_is_the_contact(text: str, title: str, name: str, kind: str) -> None:
    record = idcpc(text, title=title)
    assert [(c.name, c.kind) for c in record.contacts] == [(name, kind)]


def test_demonym_group_gives_way_to_a_named_party() -> None:
    """Does not over-fire: a group whose party the page names is that party's contact."""
    record = idcpc("Guo Yezhou met with Mexican legislators of MORENA in Beijing on May 10.",
                   title="Guo Yezhou Meets with Mexican Legislators")
    assert parties(record) == {"National Regeneration Movement"}
    assert "Mexican legislators" not in {c.name for c in record.contacts}


@pytest.mark.parametrize("title", ["Liu Jianchao Meets with Mexico City Head of Government",
                                   "Liu Jianchao Meets with Mexico City's Head of Government"])
def test_city_head_of_government_before_the_name(title: str) -> None:
    record = idcpc("Liu Jianchao met with Mexico City's Head of Government Martí Batres in Beijing on "
                   "June 5.", title=title)
    assert record.country == "Mexico"
    assert [(c.name, c.kind) for c in record.contacts] == [("Martí Batres", "government")]


# ---- a middle initial is part of a counterpart's name ---------------------------------------------


@pytest.mark.parametrize(("text", "name", "party"), [
    ("Liu Jianchao met with Philip J. Pierre, Political Leader of the Saint Lucia Labour Party and Prime "
     "Minister of Saint Lucia, in Beijing on October 20.", "Philip J. Pierre", "Saint Lucia Labour Party"),
    ("Liu Jianchao met with Mia A. Mottley, Political Leader of the Barbados Labour Party, in Beijing on "
     "October 20.", "Mia A. Mottley", "Barbados Labour Party"),
])
def test_middle_initial_in_a_name(text: str, name: str, party: str) -> None:
    record = idcpc(text, title="Liu Jianchao Meets with Caribbean Party Leader")
    assert (name, "party", party) in {(c.name, c.kind, c.party) for c in record.contacts}
