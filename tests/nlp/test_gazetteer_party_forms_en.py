"""English (and Spanish/French/Dutch) name forms of LAC parties: a party is found and bound however
a release writes it. Self-written releases in the sites' style; party and country names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.gazetteer import Gazetteer, Party
from nlp.language import gazetteer_entities, pipeline


def meeting(name: str, title: str = "Song Tao Meets Foreign Guests") -> tuple[set[str], str | None]:
    """The parties and country of an IDCPC meeting with a delegation of ``name``."""
    record = idcpc(f"Beijing, May 10th -- Song Tao, head of the IDCPC, met with a delegation of the {name} "
                   "led by its Secretary-General here today. Song said the CPC is ready to deepen exchanges "
                   "with the party.", title=title)
    return parties(record), record.country


# --- the country before the name, its name or "of <country>" after it, whatever the party's own name


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Communist Party of Mexico", "Mexican Communist Party", "Mexico"),
    ("Socialist Party of Ecuador", "Ecuadorian Socialist Party", "Ecuador"),
    ("Communist Party of Paraguay", "Paraguayan Communist Party", "Paraguay"),
    ("Suriname National Democratic Party", "National Democratic Party (Suriname)", "Suriname"),
    ("Grenada National Democratic Congress", "National Democratic Congress (Grenada)", "Grenada"),
    ("Liberal Alliance of Nicaragua", "Nicaraguan Liberal Alliance", "Nicaragua"),
])
def test_country_written_in_another_place_of_the_name(written: str, canonical: str, country: str) -> None:
    assert meeting(written) == ({canonical}, country)


def test_a_form_two_parties_of_one_country_could_take_stays_with_its_own_party() -> None:
    # the PCdoB and the PCB are both a "Communist Party" of Brazil: each keeps its own English name
    assert meeting("Communist Party of Brazil")[0] == {"Communist Party of Brazil"}
    assert meeting("Brazilian Communist Party")[0] == {"Brazilian Communist Party"}


def test_a_swapped_form_does_not_swallow_a_longer_name_of_the_country() -> None:
    # "Revolutionary Party of the Dominican Republic" would be the PRD's; "Modern" makes it the PRM
    assert meeting("Modern Revolutionary Party of the Dominican Republic") == (
        {"Modern Revolutionary Party"}, "Dominican Republic")


# --- the two PRDs (and other parties that share an acronym across countries), by the country written


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Party of the Democratic Revolution of Panama", "Democratic Revolutionary Party", "Panama"),
    ("Party of the Democratic Revolution (PRD) of Panama", "Democratic Revolutionary Party", "Panama"),
    ("Panama's Party of the Democratic Revolution", "Democratic Revolutionary Party", "Panama"),
    ("Democratic Revolutionary Party of Panama", "Democratic Revolutionary Party", "Panama"),
    ("Democratic Revolutionary Party (PRD) of Mexico", "Party of the Democratic Revolution", "Mexico"),
    ("Mexico's Democratic Revolutionary Party", "Party of the Democratic Revolution", "Mexico"),
    ("Party of the Democratic Revolution (PRD) of Mexico", "Party of the Democratic Revolution", "Mexico"),
    ("Mexican Democratic Revolutionary Party", "Party of the Democratic Revolution", "Mexico"),
    ("Panamanian Party of the Democratic Revolution", "Democratic Revolutionary Party", "Panama"),
])
def test_prd_bound_by_the_country_written_beside_it(written: str, canonical: str, country: str) -> None:
    assert meeting(written) == ({canonical}, country)


def test_bare_prd_bound_by_the_page_country() -> None:
    lead = "Beijing, May 10th -- Song Tao, head of the IDCPC, met with a delegation of the PRD of "
    mexico = idcpc(lead + "Mexico here today. The Mexican guests said the PRD values its ties with the CPC.")
    panama = idcpc(lead + "Panama here today. The Panamanian guests said the PRD values ties with the CPC.")
    assert (parties(mexico), mexico.country) == ({"Party of the Democratic Revolution"}, "Mexico")
    assert (parties(panama), panama.country) == ({"Democratic Revolutionary Party"}, "Panama")


@pytest.mark.parametrize("name", [
    "Philippine Democratic Revolutionary Party",
    "Socialist Party of Portugal",
    "Portuguese Socialist Party (PS)",
    "Socialist Workers' Party of Spain",
    "Spanish Socialist Workers' Party (PSOE)",
    "Communist Party of Spain (PCE)",
    "Workers Party of Bangladesh",
    "Bangladesh Workers Party",
])
def test_a_party_of_a_country_outside_the_region_is_no_lac_party(name: str) -> None:
    record = idcpc(f"Beijing, May 10th -- Song Tao, head of the IDCPC, met with a delegation of the {name} "
                   "here today.", title=f"Song Tao Meets Delegation of the {name}")
    assert parties(record) == set()
    assert record.relevant is False


# --- orthography: spaces, ampersands, apostrophes, small words of Spanish names


@pytest.mark.parametrize(("written", "canonical"), [
    ("Communist Party  of Cuba", "Communist Party of Cuba"),
    ("Partido Socialista Unido  de Venezuela", "United Socialist Party of Venezuela"),
    ("Sandinista National  Liberation Front", "Sandinista National Liberation Front"),
])
def test_two_spaces_inside_a_name(written: str, canonical: str) -> None:
    assert canonical in meeting(written)[0]


def test_the_name_found_across_two_spaces_keeps_its_offsets() -> None:
    nlp = pipeline("en")
    text = "Guests from the Communist Party  of Cuba and the  PCC."
    found = gazetteer_entities(nlp, nlp(text), text)
    names = [(e.label_, text[e.start_char:e.end_char]) for e in found.ents]
    assert ("LAC_PARTY", "Communist Party  of Cuba") in names
    assert ("LAC_PARTY", "PCC") in names


@pytest.mark.parametrize(("written", "canonical"), [
    ("Frente Farabundo Marti para la Liberacion Nacional", "Farabundo Martí National Liberation Front"),
    ("Movimiento al Socialismo (MAS) of Bolivia", "Movement for Socialism (Bolivia)"),
    ("Partido Comunista Do Brasil", "Communist Party of Brazil"),
])
def test_spanish_and_portuguese_small_words_in_title_case(written: str, canonical: str) -> None:
    assert canonical in meeting(written)[0]


@pytest.mark.parametrize(("written", "canonical"), [
    ("Saint Kitts & Nevis Labour Party", "Saint Kitts and Nevis Labour Party"),
    ("Trinidad & Tobago People's National Movement", "People's National Movement"),
])
def test_ampersand_for_and(written: str, canonical: str) -> None:
    assert canonical in meeting(written)[0]


@pytest.mark.parametrize(("written", "canonical"), [
    ("Peoples Progressive Party of Guyana", "People's Progressive Party/Civic"),
    ("Peoples National Movement of Trinidad and Tobago", "People's National Movement"),
    ("People’s United Party of Belize", "People's United Party"),
])
def test_possessive_apostrophe_dropped_or_curly(written: str, canonical: str) -> None:
    assert canonical in meeting(written)[0]


# --- the English forms Chinese releases use: translations, word orders, older names


@pytest.mark.parametrize(("alias", "country", "canonical"), [
    ("Green Ecologist Party of Mexico", "MEX", "Ecologist Green Party of Mexico"),
    ("Communist Party of Mexico", "MEX", "Mexican Communist Party"),
    ("Party of Brazilian Social Democracy", "BRA", "Brazilian Social Democracy Party"),
    ("Party of the Republic", "BRA", "Liberal Party (Brazil, 2006)"),
    ("Progressive Party (Brazil)", "BRA", "Progressistas"),
    ("Socialist United Party of Venezuela", "VEN", "United Socialist Party of Venezuela"),
    ("Movement for the Fifth Republic", "VEN", "Fifth Republic Movement"),
    ("A New Time", "VEN", "A New Era"),
    ("Homeland for All", "VEN", "Fatherland for All"),
    ("Popular Participation Movement", "URY", "Movement of Popular Participation"),
    ("Radical Social Democratic Party", "CHL", "Radical Party of Chile"),
    ("National Renovation", "CHL", "National Renewal"),
    ("Independent Democrat Union", "CHL", "Independent Democratic Union"),
    ("Force of the People", "DOM", "People's Force"),
    ("Reformist Social Christian Party", "DOM", "Social Christian Reformist Party"),
    ("National Conciliation Party", "SLV", "National Coalition Party (El Salvador)"),
    ("Great Alliance for National Unity", "SLV", "Grand Alliance for National Unity"),
    ("National Union of Hope", "GTM", "National Unity of Hope"),
    ("Liberal Constitutionalist Party", "NIC", "Constitutionalist Liberal Party"),
    ("Arnulfista Party", "PAN", "Panameñista Party"),
    ("Movement of the Revolutionary Left", "BOL", "Revolutionary Left Movement (Bolivia)"),
    ("Popular Christian Party", "PER", "Christian People's Party"),
    ("Citizen Movement", "MEX", "Citizens' Movement (Mexico)"),
    ("People's Vanguard Party", "CRI", "Popular Vanguard Party"),
    ("Citizen Action Party", "CRI", "Citizens' Action Party"),
    ("Convergencia", "MEX", "Citizens' Movement (Mexico)"),
    ("Brazilian Progressive Party", "BRA", "Progressistas"),
    ("Solidarity Party of Brazil", "BRA", "Solidariedade"),
    ("Organization of People in Struggle", "HTI", "Struggling People's Organization"),
])
def test_english_forms_in_the_gazetteer(alias: str, country: str, canonical: str) -> None:
    party = Gazetteer.load().party_by_alias(alias, country=country)
    assert party is not None and party.canonical == canonical


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Green Ecologist Party of Mexico", "Ecologist Green Party of Mexico", "Mexico"),
    ("National Conciliation Party of El Salvador", "National Coalition Party (El Salvador)", "El Salvador"),
    ("Arnulfista Party of Panama", "Panameñista Party", "Panama"),
    ("Popular Participation Movement of Uruguay", "Movement of Popular Participation", "Uruguay"),
])
def test_english_forms_found_in_a_release(written: str, canonical: str, country: str) -> None:
    assert meeting(written) == ({canonical}, country)


def test_a_roundup_of_one_countrys_parties_in_their_english_forms() -> None:
    record = idcpc("From May 6 to 9, a CPC delegation headed by Song Tao, head of the IDCPC, visited Mexico. "
                   "In Mexico City the delegation met with leaders of the National Regeneration Movement "
                   "(MORENA), the Labor Party (PT) and the Communist Party of Mexico.",
                   title="IDCPC Delegation Visits Mexico")
    assert record.country == "Mexico"
    expected = {"National Regeneration Movement", "Labor Party (Mexico)", "Mexican Communist Party"}
    assert expected <= parties(record)


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Liberal Party of Brazil", "Liberal Party (Brazil, 2006)", "Brazil"),
    ("Social Democratic Party of Brazil", "Social Democratic Party (Brazil, 2011)", "Brazil"),
    ("Republican Party of Chile", "Republican Party (Chile, 2019)", "Chile"),
])
def test_a_wikipedia_bracket_with_a_year_still_names_the_country(written: str, canonical: str,
                                                                 country: str) -> None:
    assert meeting(written) == ({canonical}, country)


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Party of Socialism and Liberty of Brazil", "Socialism and Liberty Party", "Brazil"),
    ("Party of Dominican Liberation", "Dominican Liberation Party", "Dominican Republic"),
    ("Guatemalan Labour Party", "Guatemalan Party of Labour", "Guatemala"),
    ("Guatemalan Labor Party", "Guatemalan Party of Labour", "Guatemala"),
])
def test_party_of_x_and_x_party(written: str, canonical: str, country: str) -> None:
    assert meeting(written) == ({canonical}, country)


def resolved_parties(text: str) -> list[tuple[str, str]]:
    """(written name, canonical) of every party mention of a release as the steps see it."""
    from nlp.extract import _prepare, _spacy_text
    from nlp.release import add_mentions
    from nlp.schema import Document

    release = _prepare(Document(url="https://www.idcpc.org.cn/english/news/201905/t20190510_1.html",
                                source="idcpc", lang="en", title="", published="2019-05-10", text=text),
                       Gazetteer.load())
    nlp = pipeline("en")
    spaced = _spacy_text(release)
    add_mentions(release, gazetteer_entities(nlp, nlp.make_doc(spaced), spaced))
    return [(m.text, m.entry.canonical) for m in release.mentions if isinstance(m.entry, Party)]


# pages about Mexico (named twice): the bare PRD name is Mexico's unless a possessive or demonym says
@pytest.mark.parametrize("text", [
    "Mexican guests from Mexico said that in Panama City Party of the Democratic Revolution cadres met.",
    "Guests from Mexico, Brazil and Panama Party of the Democratic Revolution members met in Mexico.",
])
def test_a_capital_or_bare_country_name_before_a_party_does_not_qualify_it(text: str) -> None:
    prd = "Party of the Democratic Revolution"
    assert resolved_parties(text) == [(prd, prd)]


@pytest.mark.parametrize("text", [
    "Mexican guests from Mexico met cadres of Panama's Party of the Democratic Revolution.",
    "Mexican guests from Mexico met cadres of the Panamanian Party of the Democratic Revolution.",
])
def test_a_possessive_or_demonym_before_a_party_qualifies_it(text: str) -> None:
    assert [canonical for _, canonical in resolved_parties(text)] == ["Democratic Revolutionary Party"]


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Partnership for National Unity of Guyana", "A Partnership for National Unity", "Guyana"),
    ("Libertad Avanza of Argentina", "La Libertad Avanza", "Argentina"),
])
def test_a_name_opening_with_an_article_written_with_the_releases_own(written: str, canonical: str,
                                                                       country: str) -> None:
    assert meeting(written) == ({canonical}, country)


def test_a_names_common_words_without_its_article_stay_prose() -> None:
    # "A New Era" is Venezuela's Un Nuevo Tiempo; "a new era" and "the New Era" are a headline's words
    record = idcpc("Beijing, May 10th -- Song Tao, head of the IDCPC, met with a delegation of the Communist "
                   "Party of Venezuela here today. Song said bilateral relations have entered the New Era.",
                   title="Song Tao: Ties Enter the New Era")
    assert parties(record) == {"Communist Party of Venezuela"}


@pytest.mark.parametrize(("written", "canonical", "country"), [
    ("Farabundo Marti Front", "Farabundo Martí National Liberation Front", "El Salvador"),
    ("FARC party", "Commons (Colombia)", "Colombia"),
    ("Alternative Revolutionary Force of the Common", "Commons (Colombia)", "Colombia"),
])
def test_short_and_former_english_names_of_parties(written: str, canonical: str, country: str) -> None:
    """A front's short name; the name Colombia's Comunes bore from 2017 to 2021 in its English forms."""
    found, found_country = meeting(written)
    assert canonical in found and found_country == country
