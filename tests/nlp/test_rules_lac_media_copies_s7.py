"""English copies of CPC–LAC party exchanges as Latin American and third-party agencies write them
(Prensa Latina, ACN, teleSUR, Granma, Caribbean papers), self-written in their style."""

from __future__ import annotations

import pytest

from nlp.dates import DATELINE_EN
from tests.nlp.nlp_helpers import idcpc, parties

PL_URL = "https://www.plenglish.com/news/2024/05/10/story-1/"
CU = "Communist Party of Cuba"


# --- A dateline whose agency credit ends it with no dash ("HAVANA, May 10 (Prensa Latina) ...") ---

@pytest.mark.parametrize(("lead", "expected"), [
    ("HAVANA, May 10 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the Communist "
     "Party of Cuba, received on Thursday a delegation of the Communist Party of China (CPC).", "2024-05-09"),
    ("Havana, May 10 (ACN) The Cuban and Chinese parties, the Communist Party of Cuba and the Communist "
     "Party of China, opened on Wednesday their theoretical seminar in Havana.", "2024-05-08"),
    ("CARACAS, May 10 (teleSUR) The United Socialist Party of Venezuela (PSUV) held talks on Monday with a "
     "delegation of the Communist Party of China.", "2024-05-06"),
    ("CARACAS, May 10 (teleSUR) - The United Socialist Party of Venezuela (PSUV) held talks on Monday with "
     "a delegation of the Communist Party of China.", "2024-05-06"),
])
def test_weekday_counts_back_from_a_dateline_closed_by_its_credit(lead: str, expected: str) -> None:
    rec = idcpc(lead + "\nBoth sides reviewed party-to-party relations.",
                title="Party leaders meet Chinese delegation", published="2024-05-17", url=PL_URL)
    assert rec.relevant
    assert rec.event_date == expected


def test_credit_dateline_without_weekday_gives_the_dateline_day() -> None:
    rec = idcpc("MANAGUA, May 8 (Prensa Latina) Leaders of the Sandinista National Liberation Front met "
                "here today with a delegation of the Communist Party of China.",
                title="FSLN leaders meet Chinese party delegation", published="2024-05-10", url=PL_URL)
    assert rec.event_date == "2024-05-08"
    assert parties(rec) == {"Sandinista National Liberation Front"}


def test_a_bracketed_aside_before_lower_case_is_no_dateline() -> None:
    assert DATELINE_EN.match("Havana, May 8 (Wednesday) marked the start of the seminar.") is None
    assert DATELINE_EN.match("HAVANA, May 8 (Prensa Latina) The seminar opened.") is not None
    assert DATELINE_EN.match("BEIJING, May 8 (Xinhua) -- Liu met Morales.") is not None


# --- Contacts of such copies: the credit is no counterpart; the order "The <role>, <Name>, <verb>" ---

def _person(rec, name: str):
    return next((c for c in rec.contacts if c.name.startswith(name)), None)


@pytest.mark.parametrize("credit", ["Prensa Latina", "ACN", "teleSUR"])
def test_the_agency_credit_of_the_dateline_is_no_contact(credit: str) -> None:
    rec = idcpc(f"HAVANA, May 10 ({credit}) The Communist Party of Cuba received on Thursday a delegation "
                "of the Communist Party of China (CPC) led by a vice minister of its International Dept.",
                title="Cuban party receives CPC delegation", published="2024-05-10", url=PL_URL)
    assert rec.relevant
    assert not [c for c in rec.contacts if c.kind == "media"]
    assert parties(rec) == {CU}


@pytest.mark.parametrize(("lead", "name", "kind", "party"), [
    ("HAVANA, Sept 14 (ACN) The First Secretary of the Central Committee of the Partido Comunista de Cuba "
     "and President of the Republic, Miguel Díaz-Canel Bermúdez, received on Wednesday the visiting "
     "delegation of the Chinese Communist Party.", "Miguel Díaz-Canel", "party", CU),
    ("Havana, Sept 14 (Prensa Latina) The head of the Department of International Relations of the Central "
     "Committee of the Communist Party of Cuba, Emilio Lozada, held talks on Wednesday with a delegation of "
     "the Communist Party of China.", "Emilio Lozada", "party", CU),
    ("SAO PAULO, Sept 14 (Prensa Latina) The president of the Communist Party of Brazil (PCdoB), Luciana "
     "Santos, received on Wednesday a delegation of the Communist Party of China (CPC).", "Luciana Santos",
     "party", "Communist Party of Brazil"),
    ("HAVANA, Sept 14 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the Communist "
     "Party of Cuba, received on Wednesday a delegation of the Communist Party of China.",
     "Roberto Morales Ojeda", "party", CU),
])
def test_a_counterpart_introduced_in_agency_order_gets_role_and_party(lead: str, name: str, kind: str,
                                                                      party: str) -> None:
    rec = idcpc(lead, title="Party leader receives Chinese delegation", published="2023-09-14", url=PL_URL)
    person = _person(rec, name)
    assert person is not None, rec.contacts
    assert (person.kind, person.party) == (kind, party)


def test_the_chinese_official_in_agency_order_is_no_contact() -> None:
    rec = idcpc("CARACAS, Sept 14 (teleSUR) The head of the International Department of the Communist Party "
                "of China, Liu Jianchao, met on Wednesday with leaders of the United Socialist Party of "
                "Venezuela (PSUV).", title="PSUV meets Chinese party delegation", published="2023-09-14",
                url=PL_URL)
    assert rec.relevant
    assert _person(rec, "Liu Jianchao") is None
    assert parties(rec) == {"United Socialist Party of Venezuela"}


@pytest.mark.parametrize(("lead", "country", "party"), [
    ("MANAGUA, May 10 (Prensa Latina) A delegation of the Communist Party of China arrived in Managua on "
     "Wednesday for a four-day visit at the invitation of the Sandinista National Liberation Front.",
     "Nicaragua", "Sandinista National Liberation Front"),
    ("CARACAS, May 10 (Prensa Latina) A delegation of the Communist Party of China arrived in Caracas on "
     "Wednesday at the invitation of the United Socialist Party of Venezuela.",
     "Venezuela", "United Socialist Party of Venezuela"),
])
def test_a_cuban_agency_credit_adds_no_second_country(lead: str, country: str, party: str) -> None:
    rec = idcpc(lead, title="Chinese party delegation arrives", published="2024-05-10", url=PL_URL)
    assert (rec.country, rec.exchange_type) == (country, "bilateral")
    assert "regional" not in rec.mechanism
    assert parties(rec) == {party}


def test_a_cuban_agency_copy_of_a_cuban_exchange_is_still_cuban() -> None:
    rec = idcpc("HAVANA, May 10 (Prensa Latina) Cuba's First Vice Prime Minister met on Thursday with a "
                "delegation of the Communist Party of China.", title="Cuban leader meets CPC delegation",
                published="2024-05-10", url=PL_URL)
    assert rec.relevant
    assert rec.country == "Cuba"


# --- "the Chinese Party" is the CPC side; "the Cuban Party" is the Communist Party of Cuba ---

@pytest.mark.parametrize(("lead", "title"), [
    ("Havana, Mar 6 (ACN) On Tuesday, the Cuban Party and the Chinese Party held a videoconference to "
     "exchange experiences in the fight against corruption.", "Cuban and Chinese parties on corruption"),
    ("HAVANA, March 6 (Prensa Latina) The Cuban Party received on Tuesday a message from the Chinese party "
     "thanking it for its greetings.", "Cuban Party receives message"),
    ("HAVANA, March 6 (Prensa Latina) Members of the Communist Party of Cuba met on Tuesday with officials "
     "of the Chinese party visiting the island.", "Party officials meet in Havana"),
])
def test_the_chinese_party_is_the_cpc_side(lead: str, title: str) -> None:
    rec = idcpc(lead, title=title, published="2025-03-06", url=PL_URL)
    assert rec.relevant
    assert rec.country == "Cuba"
    assert parties(rec) == {CU}
    assert rec.mechanism == ["bilateral", "leftist"]


def test_a_cuban_party_page_naming_no_chinese_side_stays_irrelevant() -> None:
    rec = idcpc("HAVANA, March 6 (Prensa Latina) The Cuban Party held on Tuesday the plenary session of its "
                "Central Committee to review the economic program.", title="Cuban Party holds plenary",
                published="2025-03-06", url=PL_URL)
    assert not rec.relevant


def test_a_cuban_party_meeting_the_vietnamese_party_is_no_cpc_exchange() -> None:
    rec = idcpc("HAVANA, March 6 (Prensa Latina) The Cuban Party and the Communist Party of Vietnam held "
                "talks on Tuesday in Havana.", title="Cuban and Vietnamese parties hold talks",
                published="2025-03-06", url=PL_URL)
    assert not rec.relevant


# --- "A delegation of the Communist Party of China arrived in / visited ...": the CPC's visit abroad ---

@pytest.mark.parametrize(("lead", "title"), [
    ("MANAGUA, May 10 (Prensa Latina) A delegation of the Communist Party of China arrived in Managua on "
     "Wednesday for a four-day visit at the invitation of the Sandinista National Liberation Front.\nThe "
     "delegation will meet with FSLN leaders and government officials.", "Chinese party delegation arrives"),
    ("CARACAS, May 10 (teleSUR) A delegation of the Communist Party of China visited Caracas from May 6 to 9 "
     "at the invitation of the United Socialist Party of Venezuela.\nThe delegation will also meet with "
     "members of the National Assembly.", "Chinese delegation in Venezuela"),
])
def test_a_delegation_of_the_party_of_china_visiting_lac_is_a_visit_abroad(lead: str, title: str) -> None:
    rec = idcpc(lead, title=title, published="2024-05-10", url=PL_URL)
    assert rec.relevant
    assert rec.event_type == "delegation_visit_abroad"


def test_a_lac_delegation_ending_its_china_visit_is_still_received() -> None:
    rec = idcpc("CARACAS, May 10 (teleSUR) The delegation of the United Socialist Party of Venezuela wrapped "
                "up its China visit on Thursday after meeting leaders of the Communist Party of China in "
                "Beijing.", title="PSUV delegation wraps up China visit", published="2024-05-10", url=PL_URL)
    assert rec.event_type == "delegation_received"


# --- A day-first dateline ("Havana, 10 May (ACN)") is the dateline, not the exchange's stated day ---

@pytest.mark.parametrize(("lead", "expected"), [
    ("Havana, 10 May (ACN) Cuban and Chinese party officials, of the Communist Party of Cuba and the "
     "Communist Party of China, held on Thursday the annual meeting of their consultation mechanism.",
     "2024-05-09"),
    ("Caracas, 10 May (teleSUR) The United Socialist Party of Venezuela (PSUV) met on Monday with a "
     "delegation of the Communist Party of China.", "2024-05-06"),
    ("CARACAS, 8 May 2024 -- The United Socialist Party of Venezuela (PSUV) met here today with a "
     "delegation of the Communist Party of China.", "2024-05-08"),
])
def test_a_day_first_dateline_dates_the_lead(lead: str, expected: str) -> None:
    rec = idcpc(lead, title="Party officials meet", published="2024-05-17", url=PL_URL)
    assert rec.relevant
    assert rec.event_date == expected


def test_a_day_first_date_in_the_lead_is_still_a_stated_day() -> None:
    rec = idcpc("Caracas, May 10 (teleSUR) The United Socialist Party of Venezuela (PSUV) met on 8 May with "
                "a delegation of the Communist Party of China.", title="PSUV meets CPC delegation",
                published="2024-05-17", url=PL_URL)
    assert rec.event_date == "2024-05-08"


# --- Training as the field of cooperation is a topic, not a course ---

@pytest.mark.parametrize("lead", [
    "LA PAZ, March 6 (Prensa Latina) The Movement for Socialism (MAS-IPSP) and the Communist Party of China "
    "signed on Wednesday a memorandum to strengthen cooperation in the training of leaders, during a meeting"
    " in La Paz.",
    "LA PAZ, March 6 (Prensa Latina) Leaders of the Movement for Socialism (MAS-IPSP) and a delegation of "
    "the Communist Party of China agreed on Wednesday to deepen exchanges on training, at a meeting.",
])
def test_training_as_a_field_of_cooperation_is_no_course(lead: str) -> None:
    rec = idcpc(lead, title="MAS and Communist Party of China sign agreement", published="2025-03-06",
                url=PL_URL)
    assert rec.event_type == "meeting"


def test_a_training_given_to_cadres_is_still_a_course() -> None:
    rec = idcpc("MANAGUA, March 6 (Prensa Latina) Forty cadres of the Sandinista National Liberation Front "
                "began on Monday a training organized by the International Department of the Communist "
                "Party of China in Beijing.", title="Sandinista cadres begin training in China",
                published="2025-03-06", url=PL_URL)
    assert rec.event_type == "training_course"


# --- A party named right before its office: "The United National Congress (UNC) political leader X" ---

def test_a_party_premodifying_a_role_is_the_persons_party() -> None:
    rec = idcpc("Port of Spain, Sept 14 -- The United National Congress (UNC) political leader Kamla "
                "Persad-Bissessar yesterday received a delegation from the Communist Party of China.",
                title="UNC leader meets Chinese Communist Party delegation", published="2023-09-14",
                url="https://www.caribbean-paper.example/news/2023/09/14/1")
    person = _person(rec, "Kamla Persad-Bissessar")
    assert person is not None, rec.contacts
    assert (person.kind, person.party) == ("party", "United National Congress")


def test_a_party_listed_before_a_state_office_is_not_its_holders() -> None:
    rec = idcpc("CARACAS, May 10 -- Leaders of the PSUV and Venezuelan President Nicolas Maduro met a "
                "delegation of the Communist Party of China.", title="Maduro meets CPC delegation",
                published="2024-05-10", url=PL_URL)
    person = _person(rec, "Nicolas Maduro")
    assert person is not None and person.kind == "government" and person.party is None
