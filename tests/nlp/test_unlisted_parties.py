"""Party names the gazetteer's aliases do not reach (nlp/party_names.py): other forms of a listed
party's name, linked within its own country only, and LAC parties no entry lists, coded by their name
as written with a note for the reviewer. Self-written releases; party and country names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.extract import extract_items

LEAD = "Liu Jianchao, head of the IDCPC, met with a delegation of the {party} in Beijing on May 9. "
MORE = "The two sides exchanged views on party-building and on relations between the two parties."


def _page(party: str, title: str) -> set[str]:
    return parties(idcpc(LEAD.format(party=party) + MORE, title=title))


# ---------------------------------------------------------------- variant forms of listed parties


@pytest.mark.parametrize(
    "written, title, canonical",
    [
        (
            "Party of Labour of Guatemala",
            "Liu Jianchao Meets Guatemalan Delegation",
            "Guatemalan Party of Labour",
        ),
        ("Dominican Party of Workers", "Liu Jianchao Meets Dominican Delegation", "Dominican Workers' Party"),
        (
            "Labour Party of Saint Lucia",
            "Liu Jianchao Meets Saint Lucian Delegation",
            "Saint Lucia Labour Party",
        ),
        (
            "Party of National Liberation of Costa Rica",
            "Liu Jianchao Meets Costa Rican Delegation",
            "National Liberation Party",
        ),
        (
            "Party of Citizen Action of Costa Rica",
            "Liu Jianchao Meets Costa Rican Delegation",
            "Citizens' Action Party",
        ),
        (
            "Party of the Workers of Brazil",
            "Liu Jianchao Meets Brazilian Delegation",
            "Workers' Party (Brazil)",
        ),
        (
            "Sandinista Front of National Liberation",
            "Liu Jianchao Meets Nicaraguan Delegation",
            "Sandinista National Liberation Front",
        ),
        (
            "Broad Front Party of Costa Rica",
            "Liu Jianchao Meets Costa Rican Delegation",
            "Broad Front (Costa Rica)",
        ),
        (
            "Popular Vanguard of Costa Rica",
            "Liu Jianchao Meets Costa Rican Delegation",
            "Popular Vanguard Party",
        ),
        (
            "Democratic Unification of Honduras",
            "Liu Jianchao Meets Honduran Delegation",
            "Democratic Unification Party",
        ),
        (
            "Antigua Barbuda Labour Party",
            "Liu Jianchao Meets Antiguan Delegation",
            "Antigua and Barbuda Labour Party",
        ),
        ("Labour Party of Barbados", "Liu Jianchao Meets Barbadian Delegation", "Barbados Labour Party"),
        (
            "Socialist Party of French Guiana",
            "Liu Jianchao Meets Guests from French Guiana",
            "Guianese Socialist Party",
        ),
    ],
)
def test_a_listed_party_written_in_another_form_is_that_party(written, title, canonical):
    """Word order, "of <country>" for a demonym, "Party of the Workers" for "Workers' Party", a head
    noun added or left out: the words of a listed party's name, compared in any order within the
    name's country, name that party."""
    assert _page(written, title) == {canonical}


def test_a_variant_form_is_leftist_as_its_party_is():
    record = idcpc(
        LEAD.format(party="Party of Labour of Guatemala") + MORE,
        title="Liu Jianchao Meets Guatemalan Delegation",
    )
    assert "leftist" in record.mechanism


@pytest.mark.parametrize(
    "written, title, wrong",
    [
        # another country's party of the same words: Mexico's "Party of Labor", Brazil's "Workers' Party"
        ("Party of Labour of Guatemala", "Liu Jianchao Meets Guatemalan Delegation", "Labor Party (Mexico)"),
        ("Barbados Workers' Party", "Liu Jianchao Meets Barbadian Delegation", "Workers' Party (Brazil)"),
        # the other Barbadian labour party has a word of its own (Democratic)
        (
            "Labour Party of Barbados",
            "Liu Jianchao Meets Barbadian Delegation",
            "Democratic Labour Party (Barbados)",
        ),
    ],
)
def test_a_variant_form_is_never_linked_across_countries(written, title, wrong):
    assert wrong not in _page(written, title)


# ---------------------------------------------------------------- unlisted parties


@pytest.mark.parametrize(
    "written, title, canonical, leftist",
    [
        (
            "Communist Party of Belize",
            "Liu Jianchao Meets Belizean Delegation",
            "Communist Party of Belize",
            True,
        ),
        ("Haitian Communist Party", "Liu Jianchao Meets Haitian Delegation", "Haitian Communist Party", True),
        (
            "Socialist Workers' Party of Panama",
            "Liu Jianchao Meets Panamanian Delegation",
            "Socialist Workers' Party of Panama",
            True,
        ),
        (
            "Trinidad and Tobago Communist Party",
            "Liu Jianchao Meets Trinidadian Delegation",
            "Trinidad and Tobago Communist Party",
            True,
        ),
        (
            "Belize Progressive Party",
            "Liu Jianchao Meets Belizean Delegation",
            "Belize Progressive Party",
            False,
        ),
        (
            "Bahamas Democratic Movement",
            "Liu Jianchao Meets Bahamian Delegation",
            "Bahamas Democratic Movement",
            False,
        ),
        # a possessive country is no part of the name
        (
            "Argentina's Patriotic Revolutionary Movement",
            "Liu Jianchao Meets Argentine Delegation",
            "Patriotic Revolutionary Movement",
            False,
        ),
        # a bare "Workers' Party" is not self-described left (Saint Lucia's United Workers Party is not)
        (
            "Barbados Workers' Party",
            "Liu Jianchao Meets Barbadian Delegation",
            "Barbados Workers' Party",
            False,
        ),
    ],
)
def test_an_unlisted_lac_party_is_coded_by_its_name_as_written(written, title, canonical, leftist):
    """A Title-case name with a party head noun and a LAC country, that no entry lists: a counterpart
    party named as written, leftist only where its own name says so, noted for the reviewer."""
    record = idcpc(LEAD.format(party=written) + MORE, title=title)
    assert parties(record) == {canonical}
    assert ("leftist" in record.mechanism) is leftist
    assert any(note.startswith(f"party not in the gazetteer: {canonical} (") for note in record.notes)


@pytest.mark.parametrize(
    "written, title, canonical, listed",
    [
        (
            "Revolutionary Communist Party of Uruguay",
            "Liu Jianchao Meets Uruguayan Delegation",
            "Revolutionary Communist Party of Uruguay",
            "Communist Party of Uruguay",
        ),
        (
            "Marxist-Leninist Communist Party of Venezuela",
            "Liu Jianchao Meets Venezuelan Delegation",
            "Marxist-Leninist Communist Party of Venezuela",
            "Communist Party of Venezuela",
        ),
    ],
)
def test_a_longer_name_around_a_listed_one_is_another_party(written, title, canonical, listed):
    """The gazetteer reads "Communist Party of Uruguay" inside "the Revolutionary Communist Party of
    Uruguay"; the longer name, with a word of its own, is another party."""
    found = _page(written, title)
    assert found == {canonical} and listed not in found


def test_an_unlisted_party_in_a_message_roundup():
    text = (
        "Recently, leaders of political parties of several countries sent messages to General Secretary "
        "Xi Jinping, congratulating him on the 100th anniversary of the founding of the CPC.\n"
        "Carlos Lopez, General Secretary of the Communist Party of Honduras, said in his message that the "
        "CPC has led the Chinese people to great achievements.\n"
        "Nguyen Van Binh, a leader of the Communist Party of Vietnam, said the two parties share ideals.\n"
        "Paulo Raimundo, Secretary General of the Portuguese Communist Party, sent warm greetings."
    )
    items = extract_items(
        {
            "url": "https://www.idcpc.org.cn/english/news/202107/t20210705_1.html",
            "source": "idcpc",
            "lang": "en",
            "published": "2021-07-05",
            "text": text,
            "title": "Leaders of Foreign Political Parties Congratulate the CPC",
        }
    )
    assert {c.party for r in items for c in r.contacts if c.party} == {"Communist Party of Honduras"}


# ---------------------------------------------------------------- what is no LAC party


@pytest.mark.parametrize(
    "written, title",
    [
        ("Communist Party of Spain", "Liu Jianchao Meets Spanish Delegation"),
        ("Portuguese Communist Party", "Liu Jianchao Meets Portuguese Delegation"),
        ("Workers' Party of Korea", "Liu Jianchao Meets DPRK Delegation"),
        ("Lao People's Revolutionary Party", "Liu Jianchao Meets Lao Delegation"),
        ("Communist Party of Canada", "Liu Jianchao Meets Canadian Delegation"),
        ("French Communist Party", "Liu Jianchao Meets French Delegation"),
    ],
)
def test_a_party_outside_the_region_is_no_lac_party(written, title):
    """A foreign party, on a page that also names LAC countries (the talks' topics)."""
    text = (
        LEAD.format(party=written) + "The two sides also discussed the situation in Cuba, Venezuela and "
        "Honduras, and relations with left parties of Latin America."
    )
    assert parties(idcpc(text, title=title)) == set()


@pytest.mark.parametrize(
    "written, title",
    [
        ("Venezuelan Youth Movement for Socialism", "Liu Jianchao Meets Venezuelan Youth"),
        ("Landless Workers' Movement of Brazil", "Liu Jianchao Meets Brazilian Delegation"),
        ("Cuban Movement for Peace and the Sovereignty of Peoples", "Liu Jianchao Meets Cuban Guests"),
        ("Federation of Cuban Women", "Liu Jianchao Meets Cuban Women"),
        ("Honduran Peasant Front", "Liu Jianchao Meets Honduran Guests"),
        ("Latin American Workers' Party Forum", "Liu Jianchao Meets Latin American Guests"),
        ("Dominican Republic Chamber of Commerce Business Alliance", "Liu Jianchao Meets Dominican Guests"),
        ("Union of South American Nations", "Liu Jianchao Meets South American Guests"),
    ],
)
def test_a_body_that_is_no_party_is_no_party(written, title):
    """A youth, peasant, peace or business body, a union of states, a forum: its name may hold a
    party head noun and a LAC country, but it is no party."""
    assert _page(written, title) == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The guests said the Ruling Party of Chile and Chilean Opposition Party leaders value ties with us.",
        "Political Parties of Latin America and the Caribbean were praised.",
        "The Chilean Government and the National Congress of Chile support the Belt and Road.",
    ],
)
def test_a_generic_phrase_or_an_office_is_no_party(sentence):
    text = (
        "Liu Jianchao, head of the IDCPC, met with Chilean Ambassador Mauricio Hurtado on May 9. " + sentence
    )
    assert parties(idcpc(text, title="Liu Jianchao Meets Chilean Ambassador")) == set()


# ---------------------------------------------------------------- Chinese: a note only


def test_an_unlisted_chinese_party_name_is_noted_not_coded():
    """伯利兹共产党: no English name can be derived from the characters with confidence, and a Chinese
    surface name would match no coder's English title: the reviewer is told, no party is coded."""
    record = idcpc(
        "5月10日，中联部部长刘建超在京会见伯利兹共产党总书记卡洛斯。双方就两党交流交换了意见。",
        title="刘建超会见伯利兹共产党总书记",
        lang="zh",
    )
    assert parties(record) == set()
    assert any("伯利兹共产党" in note and "not in the gazetteer" in note for note in record.notes)


@pytest.mark.parametrize("written", ["越南共产党", "西班牙共产党", "巴西劳工党", "智利国民议会"])
def test_a_chinese_name_that_is_listed_foreign_or_no_party_gets_no_note(written):
    record = idcpc(
        f"5月10日，中联部部长刘建超在京会见{written}代表团。双方谈到古巴形势。",
        title=f"刘建超会见{written}代表团",
        lang="zh",
    )
    assert not any("not in the gazetteer" in note for note in record.notes)


@pytest.mark.parametrize(
    "title, text, canonical",
    [
        (
            "Chinese Delegation Meets Leaders Of Haitian Communist Party",
            "A delegation of the Haitian Communist Party visited the IDCPC on June 3 and met its head.",
            "Haitian Communist Party",
        ),
        (
            "Guests From Belize Progressive Party Visit Fujian",
            "Guests from the Belize Progressive Party visited Fujian province on June 6 for a study tour.",
            "Belize Progressive Party",
        ),
        (
            "IDCPC Receives Delegation From Communist Party Of Honduras",
            "The IDCPC received a delegation of the Communist Party of Honduras on June 4.",
            "Communist Party of Honduras",
        ),
    ],
)
def test_a_title_case_headline_does_not_run_into_the_name(title, text, canonical):
    """A headline in Title Case capitalises its verbs, people and small words ("Meets Leaders Of"):
    the unlisted party's name starts after them, as the text writes it."""
    record = idcpc(text, title=title, published="2021-06-07")
    assert parties(record) == {canonical}
    assert all(canonical in note for note in record.notes if note.startswith("party not in the gazetteer"))


@pytest.mark.parametrize(
    "title, party",
    [
        ("CPC and Communist Party of Cuba Hold Theoretical Seminar", "Communist Party of Cuba"),
        ("Socialist Party of Chile Opens Its Congress", "Socialist Party of Chile"),
        ("Communist Party of Honduras Holds Congress", "Communist Party of Honduras"),
    ],
)
def test_a_headline_after_the_name_is_not_part_of_it(title, party):
    """English closes a name with its country ("… of Cuba") and a headline's verb follows it: "Hold
    Theoretical Seminar" is no part of the party's name."""
    record = idcpc(f"Beijing, May 9th--The {party} and the IDCPC held a theoretical seminar on May 9.",
                   title=title)
    assert parties(record) == {party}
    assert not any("Hold" in note or "Open" in note for note in record.notes)


@pytest.mark.parametrize(
    "topic",
    ["the rise of the Chilean Republican Movement", "the rise of the Republican Party of Chile"],
)
def test_a_party_in_what_the_guests_briefed_on_is_a_topic(topic):
    """A party named in what one side briefed the other on is what they talked about, listed in the
    gazetteer or not: no side of the exchange."""
    text = (
        "Liu Jianchao, head of the IDCPC, met with a delegation of the Socialist Party of Chile on July 4. "
        f"The guests briefed on Chilean politics, including {topic}."
    )
    assert parties(idcpc(text, title="Liu Jianchao Meets Chilean Delegation")) == {"Socialist Party of Chile"}
