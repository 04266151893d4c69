"""Pages whose LAC side is more than one party or actor (seventh session, campaign C): lists of
parties written with their countries' possessives, the demonym Dominica and the Dominican Republic
share, and bare party names qualified by the countries of a sentence that holds a month's
abbreviation. Self-written releases in the sites' style; party and country names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

# ---- "A's Party and B's Party": a possessive after "and" opens the next party's name ------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing, May 10th -- Liu Jianchao, head of the IDCPC, met with leaders of Argentina's Justicialist "
     "Party and Panama's Democratic Revolutionary Party on May 10.",
     {"Justicialist Party", "Democratic Revolutionary Party"}),
    ("Beijing, Oct. 8 -- Guo Yezhou met with a delegation comprising leaders of Bolivia's Movement for "
     "Socialism, Ecuador's Citizen Revolution Movement and Venezuela's United Socialist Party on Oct. 8.",
     {"Movement for Socialism (Bolivia)", "Citizen Revolution Movement",
      "United Socialist Party of Venezuela"}),
    ("Beijing, May 10th -- Liu Jianchao met with leaders of Nicaragua's Sandinista National Liberation Front "
     "and Costa Rica's Broad Front on May 10.",
     {"Sandinista National Liberation Front", "Broad Front (Costa Rica)"}),
    ("Beijing, April 3rd -- Qian Hongshan met with representatives of Chile's Socialist Party and "
     "Uruguay's Broad Front and Argentina's Communist Party attending a seminar in Beijing.",
     {"Socialist Party of Chile", "Broad Front", "Communist Party of Argentina"}),
])
def test_possessive_list_names_each_party_once(text: str, expected: set[str]) -> None:
    record = idcpc(text, title="Senior CPC Official Meets Latin American Party Leaders")
    assert parties(record) == expected
    assert record.country == "multilateral"


def test_name_with_and_in_its_tail_stays_whole() -> None:
    """Does not over-fire: "and" followed by a plain capitalised word is still inside a name."""
    record = idcpc("Beijing, May 10th -- Liu Jianchao met with members of the Movement for Dignity and "
                   "Independence of Honduras on May 10.",
                   title="Liu Jianchao Meets Honduran Party Delegation")
    assert parties(record) == {"Movement for Dignity and Independence of Honduras"}
    assert record.country == "Honduras"


# ---- "Dominican": Dominica's demonym too ---------------------------------------------------------


@pytest.mark.parametrize(("title", "text"), [
    ("Dominican Party Delegation Visits China",
     "Beijing, Sept. 15 -- At the invitation of the CPC, a delegation of the Dominica Labour Party led by "
     "its General Secretary visited China from Sept. 5 to 14. The delegation was received by Guo Yezhou."),
    ("Guo Yezhou Meets Dominican Parties Delegation",
     "Beijing, June 19 -- Guo Yezhou met with a delegation of Dominican parties, comprising the Dominica "
     "Labour Party and the United Workers' Party, on June 19."),
    ("Guo Yezhou Meets Dominican Party Delegation",
     "Beijing, Sept. 15 -- Guo Yezhou met a delegation of the Dominica Labour Party on Sept. 15."),
])
def test_dominican_beside_a_party_of_dominica_is_dominica(title: str, text: str) -> None:
    record = idcpc(text, title=title)
    assert record.country == "Dominica"
    assert "Dominica Labour Party" in parties(record)


@pytest.mark.parametrize(("title", "text"), [
    ("Dominican Party Delegation Visits China",
     "Beijing, Sept. 15 -- A delegation of the Dominican Liberation Party visited China from Sept. 5 to 14."),
    ("Guo Yezhou Meets Dominican Party Delegation",
     "Beijing, Sept. 15 -- Guo Yezhou met a Dominican party delegation on Sept. 15, with members of the "
     "Dominica Labour Party and of parties of the Dominican Republic."),
])
def test_dominican_stays_the_republics_when_the_page_names_the_republic(title: str, text: str) -> None:
    """Does not over-fire: a party or the name of the Dominican Republic keeps the demonym its own."""
    assert idcpc(text, title=title).country == "Dominican Republic"


# ---- bare party names qualified by their sentence's countries, across "Nov. 8" ------------------


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("CPC Delegation Visits Suriname and Guyana",
     "Beijing, Nov. 22nd -- A CPC delegation headed by Li Mingxiang visited Suriname and Guyana from Nov. 8 "
     "to 18 at the invitation of the National Democratic Party and the People's Progressive Party "
     "respectively. It met with leaders of the two parties.",
     {"National Democratic Party (Suriname)", "People's Progressive Party/Civic"}),
    ("CPC Delegation Visits Grenada and Suriname",
     "Beijing, Dec. 22nd -- A CPC delegation visited Grenada and Suriname from Dec. 8 to Dec. 18, at the "
     "invitation of the National Democratic Congress and the National Democratic Party respectively.",
     {"National Democratic Congress (Grenada)", "National Democratic Party (Suriname)"}),
    ("CPC Delegation Visits Cuba and Honduras",
     "Beijing, Sept. 30 -- A CPC delegation visited Cuba and Honduras from Sept. 12 to 24, meeting leaders "
     "of the Communist Party of Cuba and of the National Party.",
     {"Communist Party of Cuba", "National Party of Honduras"}),
])
def test_month_abbreviation_ends_no_sentence(title: str, text: str, expected: set[str]) -> None:
    record = idcpc(text, title=title)
    assert parties(record) == expected
    assert record.country == "multilateral"


def test_bare_name_of_a_country_the_sentence_does_not_name_stays_unresolved() -> None:
    """Does not over-fire: Suriname's NDP is no party of a sentence that names only Guyana."""
    record = idcpc("Beijing, Nov. 22nd -- A CPC delegation visited Guyana from Nov. 8 to 18 at the "
                   "invitation of the People's Progressive Party and met the National Democratic Party.",
                   title="CPC Delegation Visits Guyana")
    assert parties(record) == {"People's Progressive Party/Civic"}
    assert record.country == "Guyana"


# ---- a CPC delegation's trip to two or three LAC countries is multilateral -----------------------


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Chen Zhou Leads CPC Delegation to Latin America",
     "Beijing, Aug. 28th -- A CPC delegation led by Chen Zhou visited Cuba, Nicaragua and Venezuela from "
     "Aug. 14 to 24, meeting Cuban leader Díaz-Canel in Havana.", "en"),
    ("CPC Delegation Concludes Visit",
     "Beijing, Aug. 28th -- A CPC delegation led by Chen Zhou visited Cuba and Mexico from Aug. 14 to 24. "
     "In Havana it met leaders of the Communist Party of Cuba.", "en"),
    ("CPC Delegation Wraps Up Caribbean Trip",
     "Beijing, May 20th -- A CPC delegation headed by Li Mingxiang paid visits to Jamaica and Barbados from "
     "May 8 to 18. In Kingston the delegation held talks with the People's National Party.", "en"),
    ("CPC Delegation Visits Caribbean",
     "Beijing, May 20th -- A CPC delegation visited three Caribbean countries -- Jamaica, Barbados and "
     "Grenada -- from May 8 to 18, and met with the People's National Party of Jamaica.", "en"),
    ("中共代表团结束访问",
     "8月28日，中共代表团结束对洪都拉斯、乌拉圭的访问。访问期间，代表团会见了自由与重建党领导人。", "zh"),
    ("中共代表团结束工作访问",
     "3月20日，应古巴共产党邀请，中联部副部长率中共代表团于3月8日至18日对古巴、墨西哥进行工作访问，"
     "会见古共中央领导人。", "zh"),
    ("中共代表團訪問拉美",
     "3月20日，中聯部副部長率中共代表團訪問古巴、墨西哥，會見古共中央領導人。", "zh"),
    ("中共代表团圆满完成出访任务",
     "5月20日，中联部副部长率中共代表团访问古巴、墨西哥，在哈瓦那会见古巴共产党领导人。", "zh"),
])
def test_trip_to_several_lac_countries_is_multilateral(title: str, text: str, lang: str) -> None:
    record = idcpc(text, title=title, lang=lang)
    assert record.country == "multilateral"
    assert record.exchange_type == "multilateral"
    assert record.event_type == "delegation_visit_abroad"


@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    # the headline reports one meeting held during the trip
    ("Liu Jianchao Meets Roberto Morales Ojeda",
     "Havana, March 3 -- Liu Jianchao met with Roberto Morales Ojeda of the Communist Party of Cuba in "
     "Havana on March 3. Liu was on a visit to Cuba and Venezuela.", "en", "Cuba"),
    # a LAC delegation's visit to China: its earlier stops are no counterparts
    ("PSUV Delegation Visits China",
     "Beijing, March 3 -- A delegation of the PSUV, which earlier visited Cuba and Nicaragua, arrived in "
     "Beijing on March 3.", "en", "Venezuela"),
    # the trip named as the setting of something else
    ("中联部部长在哈瓦那出席活动",
     "3月3日，中联部部长在访问古巴和委内瑞拉期间，在哈瓦那出席古巴共产党举办的活动。", "zh", "Cuba"),
    # one LAC country and a country outside the region is that LAC country
    ("CPC Delegation Visits Mexico and Germany",
     "Beijing, Oct. 5th -- A CPC delegation headed by Wang Yajun visited Mexico and Germany from Sept. 22 "
     "to Oct. 2. In Mexico City it met with leaders of MORENA.", "en", "Mexico"),
])
def test_trip_rule_does_not_over_fire(title: str, text: str, lang: str, country: str) -> None:
    assert idcpc(text, title=title, lang=lang).country == country


# ---- "visited A and B at the invitation of P and Q respectively": Q is B's party -----------------


@pytest.mark.parametrize(("text", "expected"), [
    ("Beijing, Aug. 28th -- A CPC delegation led by Guo Yezhou visited Uruguay and Paraguay from Aug. 14 to "
     "24 at the invitation of the Broad Front and the Colorado Party respectively.",
     {"Broad Front", "Colorado Party (Paraguay)"}),
    ("Beijing, Aug. 28th -- A CPC delegation visited Honduras and Uruguay from Aug. 14 to 24 at the "
     "invitation of the Liberty and Refoundation party and the National Party respectively.",
     {"Liberty and Refoundation", "National Party (Uruguay)"}),
    ("Beijing, Aug. 28th -- A CPC delegation visited Chile and Uruguay from Aug. 14 to 24 at the invitation "
     "of the Socialist Party and the Broad Front respectively.",
     {"Socialist Party of Chile", "Broad Front"}),
])
def test_respectively_pairs_countries_with_parties(text: str, expected: set[str]) -> None:
    record = idcpc(text, title="CPC Delegation Visits Two Latin American Countries")
    assert parties(record) == expected
    assert record.country == "multilateral"


@pytest.mark.parametrize("text", [
    # no "respectively": Uruguay's Colorado Party or Paraguay's, the page does not say
    "Beijing, Aug. 28th -- A CPC delegation led by Guo Yezhou visited Uruguay and Paraguay from Aug. 14 to "
    "24 at the invitation of the Broad Front and the Colorado Party.",
    # three parties for two countries: no pairing
    "Beijing, Aug. 28th -- A CPC delegation visited Uruguay and Paraguay, where it met the Broad Front, the "
    "Authentic Radical Liberal Party and the Colorado Party respectively.",
])
def test_no_pairing_without_one_party_per_country(text: str) -> None:
    found = parties(idcpc(text, title="CPC Delegation Visits Two Latin American Countries"))
    assert not {"Colorado Party (Paraguay)", "Colorado Party (Uruguay)"} & found
