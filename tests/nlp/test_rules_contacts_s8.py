"""Contacts on the party's pages (session 8, campaign G): who is a counterpart, of which kind and
party, where the page writes a person's party or office in ways the earlier rules did not read.
Self-written releases; the names of people, parties and bodies are facts."""

from __future__ import annotations

import pytest

from tests.nlp.nlp_helpers import idcpc, parties

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
MAS = "Movement for Socialism (Bolivia)"


def people(record) -> dict[str, tuple[str, str | None]]:
    return {c.name: (c.kind, c.party) for c in record.contacts}


# --- a seat in a legislature is a legislature contact, of the party named after it ---------------

@pytest.mark.parametrize(("text", "name", "party"), [
    ("Guo Yezhou met with a delegation of Venezuelan lawmakers led by Francisco Torrealba, deputy of "
     "the PSUV, on May 9.", "Francisco Torrealba", PSUV),
    ("Chen Zhou met with Ivonne Passada, a senator of the Broad Front of Uruguay, in Beijing on May 9.",
     "Ivonne Passada", "Broad Front"),
])
def test_a_legislature_seat_of_a_party_is_a_legislature_contact(text: str, name: str, party: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets Latin American Guests")
    assert people(record)[name] == ("legislature", party)


def test_a_deputy_office_in_a_party_is_no_seat() -> None:
    record = idcpc("Guo Yezhou met with Pedro Infante, Deputy Secretary General of the PSUV, in Beijing on "
                   "May 9.", title="Guo Yezhou Meets PSUV Delegation")
    assert people(record)["Pedro Infante"] == ("party", PSUV)


# --- an office held formerly gives way to the one after it -----------------------------------------

def test_a_former_president_who_leads_a_party_is_a_party_contact() -> None:
    record = idcpc("Song Tao met with Evo Morales, former President of Bolivia and leader of the Movement "
                   "for Socialism, in Beijing on May 9.", title="Song Tao Meets Evo Morales")
    assert people(record)["Evo Morales"] == ("party", MAS)


def test_a_former_office_before_the_name_gives_way_to_the_role_after_it() -> None:
    record = idcpc("Liu Jianchao met with former President of Honduras Manuel Zelaya, General Coordinator of "
                   "the Liberty and Refoundation Party, on May 9.", title="Liu Jianchao Meets Honduran Guest",
                   published="2023-05-10")
    assert people(record)["Manuel Zelaya"] == ("party", "Liberty and Refoundation")


def test_a_president_in_office_stays_a_government_contact() -> None:
    record = idcpc("Song Tao met with Luis Arce, President of Bolivia and a member of the MAS, in La Paz on "
                   "May 9.", title="Song Tao Meets Bolivian President")
    assert people(record)["Luis Arce"][0] == "government"


# --- a party written right after a person's name is his ----------------------------------------------

@pytest.mark.parametrize(("text", "name", "kind", "party"), [
    ("Qian Hongshan met with Blanca Eekhout of the PSUV in Beijing on May 9.", "Blanca Eekhout", "party",
     PSUV),
    ("Guo Yezhou met with Jorge Rodríguez of the Partido Socialista Unido de Venezuela on May 9.",
     "Jorge Rodríguez", "party", PSUV),
    ("Chen Zhou met with a delegation of Colombian Congress members led by Senator Antonio Sanguino of the "
     "Green Alliance on May 9.", "Antonio Sanguino", "legislature", "Green Alliance (Colombia)"),
    ("Chen Zhou met with Brazilian federal deputy Arlindo Chinaglia of the Workers' Party on May 9.",
     "Arlindo Chinaglia", "legislature", "Workers' Party (Brazil)"),
    ("Qian Hongshan met with Mexican Senator Alejandro Armenta (Morena) on May 9.", "Alejandro Armenta",
     "legislature", "National Regeneration Movement"),
])
def test_a_party_after_the_name(text: str, name: str, kind: str, party: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets Latin American Guest")
    assert people(record)[name] == (kind, party)


def test_people_listed_with_their_parties_after_their_names() -> None:
    record = idcpc("Guo Yezhou met with young leaders of Latin American parties, including Gabriel "
                   "Miranda of the Broad Front of Uruguay and Camila Mendes of the Communist Party of "
                   "Brazil, on May 9.",
                   title="Guo Yezhou Meets Young Latin American Party Leaders")
    found = people(record)
    assert found["Gabriel Miranda"] == ("party", "Broad Front")
    assert found["Camila Mendes"] == ("party", "Communist Party of Brazil")


def test_a_country_after_the_name_is_no_party_and_a_wing_is_no_person() -> None:
    record = idcpc("Song Tao met with Nicolás Maduro of Venezuela and with leaders of the Women's Movement "
                   "of the PSUV on May 9.", title="Song Tao Meets Venezuelan Guests")
    found = people(record)
    assert found["Nicolás Maduro"][1] is None
    assert not any("Women" in name and kind != "women" for name, (kind, _) in found.items())


# --- a party before the office and the name -------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "kind", "party"), [
    ("Song Tao met with Evo Morales and his entourage on May 9. Also present were MAS deputy Gualberto "
     "Arispe and Bolivian Ambassador Guillermo Chalup.", "Gualberto Arispe", "legislature", MAS),
    ("MEXICO CITY, May 9 (Xinhua) -- Mexican ruling party Morena's president Mario Delgado met on Thursday "
     "with a visiting delegation of the Communist Party of China.", "Mario Delgado", "party",
     "National Regeneration Movement"),
    ("Li Mingxiang met with Vice President for Ideology of the PSUV Tania Díaz in Beijing on May 9.",
     "Tania Díaz", "party", PSUV),
    ("Qian Hongshan met with Head of the Department for International Relations of the Central Committee of "
     "the Communist Party of Cuba Emilio Lozada García on May 9.", "Emilio Lozada García", "party", PCC),
    ("Chen Zhou met with Secretary for International Relations of the MAS-IPSP Juan Carlos Huarachi on "
     "May 9.", "Juan Carlos Huarachi", "party", MAS),
])
def test_an_office_named_by_its_party_before_the_name(text: str, name: str, kind: str, party: str) -> None:
    record = idcpc(text, title="Latin American Party Leader Meets CPC Delegation")
    assert people(record)[name] == (kind, party)


def test_a_party_body_after_an_office_is_no_person() -> None:
    record = idcpc("Song Tao met with Orlando Ortega, member of the FSLN National Council, on May 9.",
                   title="Song Tao Meets Nicaraguan Guest")
    assert set(people(record)) <= {"Orlando Ortega", "FSLN"}


# --- the delegation's head: "its" office, a wing's delegation ---------------------------------------

@pytest.mark.parametrize(("text", "name", "kind", "party"), [
    ("Guo Yezhou met with a delegation of the Young Communist League of Cuba headed by its First Secretary "
     "Aylín Álvarez on May 9.", "Aylín Álvarez", "youth", PCC),
    ("Chen Zhou met with a delegation of the United Socialist Youth of Venezuela (JPSUV) led by Rodbexa "
     "Poleo on May 9.", "Rodbexa Poleo", "youth", PSUV),
    ("Guo Yezhou met with a delegation of the MAS-IPSP led by its Vice President Gerardo García on May 9.",
     "Gerardo García", "party", MAS),
])
def test_who_heads_a_partys_or_a_wings_delegation(text: str, name: str, kind: str, party: str) -> None:
    record = idcpc(text, title="IDCPC Official Meets Latin American Delegation")
    assert people(record)[name] == (kind, party)


def test_who_heads_a_chinese_delegation_is_still_no_contact() -> None:
    record = idcpc("Diosdado Cabello, First Vice President of the PSUV, met with a CPC delegation headed by "
                   "its leader Zhang Wei in Caracas on May 9.", title="PSUV Leader Meets CPC Delegation")
    assert "Zhang Wei" not in people(record)


# --- "its" and "the party's" refer back to the party just named -----------------------------------

def test_its_office_is_in_the_party_named_before() -> None:
    record = idcpc("Song Tao met with Nicolás Maduro, President of the PSUV, as well as Diosdado Cabello, "
                   "its First Vice President, and Delcy Rodríguez, Vice President of Venezuela.",
                   title="Song Tao Visits Venezuela")
    found = people(record)
    assert found["Diosdado Cabello"] == ("party", PSUV)
    assert found["Delcy Rodríguez"] == ("government", None)


def test_the_partys_secretary_is_of_the_party_named_before() -> None:
    record = idcpc("Chen Zhou met with the Secretary-General of the Communist Party of Ecuador, Winston "
                   "Alarcón, and the party's international secretary, Patricio Zhingri, on May 9.",
                   title="Chen Zhou Meets Ecuadorian Communists")
    assert people(record)["Patricio Zhingri"] == ("party", "Communist Party of Ecuador")


# --- Cuban and Venezuelan media's bare "the Party" --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Havana, May 9 (ACN) Morales Ojeda, member of the Political Bureau and Secretary of Organization of the "
    "Party Central Committee, met on Thursday with a delegation of the International Department of the CPC "
    "Central Committee.",
    "Havana, May 9 (Cubadebate) Emilio Lozada, head of the Party's International Relations Department, held "
    "talks with a delegation of the International Department of the CPC Central Committee on Thursday.",
])
def test_the_party_on_a_cuban_page_is_the_pcc(text: str) -> None:
    record = idcpc(" date 2019-05-10\n" + text, title="Cuban Party Leader Meets Chinese Delegation",
                   url="http://www.example-agency.com/2019-05/10/c_1.htm")
    assert parties(record) == {PCC}
    assert all(party == PCC for _, party in people(record).values())


def test_the_party_with_two_parties_of_the_country_named_is_neither() -> None:
    record = idcpc("Caracas, May 9 (VTV) The vice president of the Party, Adán Chávez, received a CPC "
                   "delegation on Thursday, after talks of the PSUV and the Communist Party of Venezuela.",
                   title="Venezuelan Party Leader Meets CPC Delegation")
    assert people(record)["Adán Chávez"][1] is None


# --- who is present --------------------------------------------------------------------------------

def test_also_present_was_an_ambassador() -> None:
    record = idcpc("Liu Jianchao met with a delegation of the Communist Party of Cuba led by Roberto Morales "
                   "Ojeda in Beijing on May 8. Also present was Carlos Miguel Pereira, Cuban Ambassador to "
                   "China.", title="Liu Jianchao Meets Cuban Party Delegation", published="2023-05-10")
    assert people(record)["Carlos Miguel Pereira"] == ("diplomat", None)


def test_an_agency_lead_after_a_dash_opens_with_the_counterpart() -> None:
    record = idcpc(" date 2019-05-10\nKINGSTON, May 9 -- Peter Phillips, President of the People's National "
                   "Party (PNP), met with a delegation of the Communist Party of China on Thursday.",
                   title="Jamaica's PNP Leader Meets CPC Delegation",
                   url="http://www.example-agency.com/2019-05/10/c_2.htm")
    assert people(record)["Peter Phillips"] == ("party", "People's National Party")


# --- Chinese ---------------------------------------------------------------------------------------

def test_a_chinese_ambassador_posted_to_a_lac_country_is_the_chinese_side() -> None:
    record = idcpc("5月9日，中联部部长助理李明祥会见尼加拉瓜桑地诺民族解放阵线代表团。"
                   "尼加拉瓜驻华大使门多萨、中国驻尼加拉瓜大使陈曦在座。",
                   title="李明祥会见尼加拉瓜桑解阵代表团", lang="zh")
    names = {c.name for c in record.contacts}
    assert "门多萨" in names and "陈曦" not in names


def test_an_office_in_a_youth_league_is_a_youth_contact_zh() -> None:
    record = idcpc("5月9日，中联部部长助理李明祥会见古巴共青盟第一书记阿尔瓦雷斯。",
                   title="李明祥会见古巴客人", lang="zh")
    assert people(record)["阿尔瓦雷斯"] == ("youth", PCC)


def test_a_senator_of_a_party_in_a_chain_of_offices_zh() -> None:
    record = idcpc("5月9日，中联部副部长陈洲会见墨西哥国家复兴运动党参议员、参议院外委会主席莫雷诺。",
                   title="陈洲会见墨西哥参议员", lang="zh")
    assert people(record)["莫雷诺"] == ("legislature", "National Regeneration Movement")


def test_a_party_office_first_in_a_chain_stays_a_party_contact_zh() -> None:
    record = idcpc("5月9日，中联部部长刘建超会见古巴共产党中央委员、青年共产主义者联盟第一书记托雷斯。",
                   title="刘建超会见古巴客人", lang="zh", published="2023-05-10")
    assert people(record)["托雷斯"] == ("party", PCC)


def test_the_head_named_before_the_delegation_he_leads_zh() -> None:
    record = idcpc("5月9日，中联部副部长陈洲在京会见由总书记罗德里格斯率领的尼加拉瓜桑解阵代表团。",
                   title="陈洲会见尼加拉瓜桑解阵代表团", lang="zh")
    assert people(record)["罗德里格斯"] == ("party", "Sandinista National Liberation Front")


# --- offices before a name with the party after it, or in a list --------------------------------------

def test_an_office_before_the_name_and_the_party_post_after_it() -> None:
    record = idcpc("Guo Yezhou met with Jamaican Senator Peter Bunting, a member of the People's National "
                   "Party, on May 9.", title="Guo Yezhou Meets Jamaican Senator")
    assert people(record)["Peter Bunting"] == ("legislature", "People's National Party")


def test_a_deputy_minister_is_a_government_contact() -> None:
    record = idcpc("Song Tao met with Venezuelan Deputy Foreign Minister Rander Peña on May 9.",
                   title="Song Tao Meets Venezuelan Guest")
    assert people(record)["Rander Peña"] == ("government", None)


def test_two_offices_of_two_parties_in_one_list() -> None:
    record = idcpc("Guo Yezhou met with Vice-President of the Communist Party of Brazil Walter "
                   "Sorrentino and Secretary for International Relations of the Workers' Party Romênio "
                   "Pereira on May 9.",
                   title="Guo Yezhou Meets Brazilian Guests")
    found = people(record)
    assert found["Walter Sorrentino"] == ("party", "Communist Party of Brazil")
    assert found["Romênio Pereira"] == ("party", "Workers' Party (Brazil)")


def test_a_party_body_between_the_party_and_the_office() -> None:
    record = idcpc("Liu Jianchao met with PSUV National Directorate member Freddy Bernal in Beijing on "
                   "May 9.", title="Liu Jianchao Meets PSUV Leader", published="2023-05-10")
    assert people(record)["Freddy Bernal"] == ("party", PSUV)


def test_a_role_after_the_name_is_an_office_not_the_next_item() -> None:
    record = idcpc("Guo Yezhou met with President of the National Assembly of Ecuador José Serrano, who is a "
                   "member of the PAIS Alliance, on May 9.", title="Guo Yezhou Meets Ecuadorian Guest")
    assert people(record)["José Serrano"] == ("legislature", "PAIS Alliance")
    record = idcpc("During the visit, the delegation met with Venezuelan President Nicolás Maduro, with "
                   "leaders of the Communist Party of Venezuela.", title="CPC Delegation Visits Venezuela")
    assert people(record)["Nicolás Maduro"] == ("government", None)


def test_an_office_with_its_portfolio_makes_a_short_acronym_a_party() -> None:
    record = idcpc("Liu Jianchao held a video call with the Secretary for International Relations of the PT, "
                   "Romênio Pereira, on May 9.", title="Liu Jianchao Holds Video Call with PT Leader",
                   published="2023-05-10")
    assert people(record)["Romênio Pereira"] == ("party", "Workers' Party (Brazil)")


def test_the_partys_office_before_a_name_and_a_delegation_head() -> None:
    record = idcpc("Chen Zhou met with FMLN General Secretary Óscar Ortiz and the party's deputy Anabel "
                   "Belloso on May 9.", title="Chen Zhou Meets FMLN Leaders")
    fmln = "Farabundo Martí National Liberation Front"
    assert people(record)["Anabel Belloso"] == ("legislature", fmln)
    record = idcpc("Guo Yezhou met with FSLN delegation head Carlos Fonseca Terán on May 9.",
                   title="Guo Yezhou Meets FSLN Delegation")
    assert people(record)["Carlos Fonseca Terán"] == ("party", "Sandinista National Liberation Front")


def test_a_photos_position_marker_between_the_name_and_the_party() -> None:
    record = idcpc("Song Tao met with Raúl Castro (L) of the PCC in Havana on May 9.",
                   title="Song Tao Meets Raúl Castro")
    assert people(record)["Raúl Castro"] == ("party", PCC)


def test_an_unknown_partys_name_is_not_the_bare_party() -> None:
    record = idcpc("Caracas, May 9 (VTV) Pedro Pérez, President of the Democratic Renewal Party, and "
                   "Diosdado Cabello of the PSUV received a CPC delegation on Thursday.",
                   title="Venezuelan Party Leaders Meet CPC Delegation")
    assert people(record)["Pedro Pérez"][1] != PSUV


def test_the_party_in_a_chinese_officials_role_is_not_the_pcc() -> None:
    record = idcpc(" date 2019-05-10\nHavana, May 9 (ACN) Morales Ojeda, Secretary of Organization of the "
                   "Party Central Committee, received Wang Hao, deputy director of the International "
                   "Department of the Party Central Committee of China, on Thursday.",
                   title="Cuban Party Leader Meets Chinese Guest",
                   url="http://www.example-agency.com/2019-05/10/c_3.htm")
    assert "Wang Hao" not in people(record)
    assert people(record)["Morales Ojeda"] == ("party", PCC)


@pytest.mark.parametrize("order", [0, 1])
def test_in_a_list_of_name_role_pairs_a_party_belongs_to_the_name_before_it(order: int) -> None:
    pairs = [("Javier Miranda", "President of the Broad Front", "Broad Front"),
             ("Juan Castillo", "Secretary General of the Communist Party of Uruguay",
              "Communist Party of Uruguay")]
    if order:
        pairs.reverse()
    listed = ", ".join(f"{name}, {role}" for name, role, _ in pairs)
    record = idcpc(f"Chen Zhou met respectively with {listed}, and Mónica Xavier, a senator of the Socialist "
                   "Party of Uruguay, on May 9.", title="Chen Zhou Meets Uruguayan Party Leaders")
    for name, _, party in pairs:
        assert people(record)[name] == ("party", party)


def test_a_partys_candidate_is_the_topic_of_a_message_not_a_counterpart() -> None:
    record = idcpc("The IDCPC sent a message of congratulations to the United Socialist Party of Venezuela "
                   "on July 29 on the victory of its candidate Nicolas Maduro in the presidential election.",
                   title="IDCPC Congratulates PSUV on Election Victory", published="2024-07-30")
    assert "Nicolas Maduro" not in people(record)


def test_a_deputy_political_leader_is_a_party_office_and_an_office_is_no_name() -> None:
    record = idcpc("Beijing, July 5th -- The IDCPC head met with Kamla Persad-Bissessar, political leader of "
                   "the United National Congress (UNC) of Trinidad and Tobago, today. Also present was "
                   "Prakash Ramadhar, Deputy Political Leader of the UNC.",
                   title="IDCPC Head Meets UNC Leader", published="2018-07-06")
    found = people(record)
    assert found["Prakash Ramadhar"] == ("party", "United National Congress")
    assert not any("Leader" in name for name in found)


def test_a_leaders_word_before_a_verb_or_a_meeting_is_no_name_zh() -> None:
    record = idcpc("11月20日，中联部部长宋涛在京会见墨西哥政党代表团，"
                   "代表团由国家复兴运动、劳动党和革命制度党的领导人组成。",
                   title="宋涛会见墨西哥政党代表团", lang="zh")
    assert "组成" not in people(record)


def test_a_partys_leader_right_after_its_name_zh() -> None:
    record = idcpc("5月9日，中联部副部长郭业洲会见来华访问的墨西哥劳动党全国领导人安纳亚。",
                   title="郭业洲会见墨西哥客人", lang="zh")
    assert people(record)["安纳亚"] == ("party", "Labor Party (Mexico)")
    record = idcpc("10月25日，乌拉圭广泛阵线领导人联名致函中共中央，祝贺大会胜利闭幕。",
                   title="乌拉圭广泛阵线领导人致函祝贺", lang="zh")
    assert "联名" not in people(record)
