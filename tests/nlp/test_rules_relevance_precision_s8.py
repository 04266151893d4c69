"""Relevance and country on pages that look LAC but are not, and pages that look non-LAC but are
(campaign s8T). Self-written releases; party, country and official names are facts."""

from __future__ import annotations

from nlp_helpers import idcpc, mfa

# --- China's own envoys, firms and people posted in LAC are no LAC actors ---------------------------


def test_chinese_ambassadors_to_the_region_are_no_lac_counterpart() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met on January 8 with Chinese ambassadors to Latin "
                "American and Caribbean countries back in Beijing for consultations.",
                title="Liu Jianchao Meets Chinese Envoys", published="2024-01-08")
    assert rec.relevant is False


def test_chinese_ambassadors_to_the_region_zh() -> None:
    rec = idcpc("1月8日，刘建超会见回京述职的中国驻拉美和加勒比国家大使。",
                title="刘建超会见中国驻外使节", lang="zh", published="2024-01-08")
    assert rec.relevant is False


def test_chinese_ambassador_to_listed_countries_zh() -> None:
    rec = idcpc("3月2日，中联部副部长会见即将赴任的中国驻巴西、阿根廷大使。",
                title="中联部副部长会见新任大使", lang="zh", published="2024-03-02")
    assert rec.relevant is False


def test_chinese_companies_operating_in_lac_countries() -> None:
    rec = mfa("Vice Foreign Minister Xie Feng held a symposium in Beijing on May 6 with Chinese companies "
              "operating in Brazil, Argentina and Chile.", title="Vice Foreign Minister Meets Chinese "
              "Enterprises", published="2024-05-06")
    assert rec.relevant is False


def test_chinese_entrepreneurs_investing_in_lac() -> None:
    rec = idcpc("Liu Jianchao met on October 9 with a group of Chinese entrepreneurs investing in Peru "
                "and Ecuador.", title="Liu Jianchao Meets Entrepreneurs", published="2023-10-09")
    assert rec.relevant is False


def test_chinese_firms_there_zh() -> None:
    rec = idcpc("10月9日，刘建超会见在秘鲁投资的中国企业家代表。", title="刘建超会见企业家代表", lang="zh",
                published="2023-10-09")
    assert rec.relevant is False


def test_lac_envoys_to_china_stay_counterparts() -> None:
    """Recall: the region's own envoys in China are its actors."""
    rec = idcpc("Liu Jianchao met with the ambassadors of Latin American and Caribbean countries to China "
                "on April 7 and briefed them on the two sessions.", title="Liu Jianchao Briefs Envoys",
                published="2023-04-07")
    assert rec.relevant is True and rec.country == "multilateral"


def test_lac_ambassador_met_stays_relevant_zh() -> None:
    rec = idcpc("4月7日，刘建超会见巴西驻华大使，双方就两党交往交换意见。中国驻巴西大使馆官员陪同。",
                title="刘建超会见巴西驻华大使", lang="zh", published="2023-04-07")
    assert rec.relevant is True and rec.country == "Brazil"


def test_lac_party_met_with_chinese_ambassador_present() -> None:
    rec = idcpc("Qian Hongshan met with a delegation of the Broad Front of Uruguay on May 9. Chinese "
                "Ambassador to Uruguay Wang Gang attended.", title="Qian Hongshan Meets Frente Amplio "
                "Delegation", published="2019-05-09")
    assert rec.relevant is True and rec.country == "Uruguay"


# --- a course or forum of several continents (Chinese list of continents) is worldwide: global ------


def test_course_for_several_continents_zh_is_global() -> None:
    rec = idcpc("10月30日，中联部举办“一带一路”国家政党干部研修班。"
                "来自亚洲、非洲和拉丁美洲20个国家的学员参加，"
                "其中包括阿根廷正义党和乌拉圭广泛阵线的代表。",
                title="政党干部研修班开班", lang="zh", published="2019-10-30")
    assert rec.relevant is True and rec.country == "multilateral"
    assert "global" in rec.mechanism and "regional" not in rec.mechanism


def test_course_africa_and_latin_america_zh_is_global() -> None:
    rec = idcpc("6月3日，非洲和拉美国家政党干部研修班在京开班，来自古巴、委内瑞拉、加纳、肯尼亚的学员参加。",
                title="政党干部研修班开班", lang="zh", published="2019-06-03")
    assert rec.country == "multilateral" and "global" in rec.mechanism


def test_course_for_lac_parties_zh_stays_regional() -> None:
    rec = idcpc("6月3日，拉美国家政党干部研修班在京开班，来自古巴、委内瑞拉、玻利维亚的学员参加。",
                title="拉美国家政党干部研修班开班", lang="zh", published="2019-06-03")
    assert rec.country == "multilateral" and "regional" in rec.mechanism and "global" not in rec.mechanism


# --- a foreign party sharing a LAC party's name, placed abroad by the page, is foreign throughout ---


def test_workers_party_of_singapore_headline_too() -> None:
    rec = idcpc("Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the Workers' Party of "
                "Singapore on August 28.", title="Guo Yezhou Meets Workers' Party Delegation from Singapore",
                published="2018-08-28")
    assert rec.relevant is False


def test_partido_popular_of_spain_headline_too() -> None:
    rec = idcpc("Liu Jianchao met on September 9 with the Deputy Secretary for International Affairs of "
                "the Partido Popular (PP) of Spain.", title="Liu Jianchao Meets Partido Popular Delegation "
                "from Spain", published="2023-09-09")
    assert rec.relevant is False


def test_foreign_demonym_before_acronym() -> None:
    rec = idcpc("Qian Hongshan met with the Secretary General of the People's Progressive Party of the "
                "Gambia on September 3.", title="Qian Hongshan Meets Gambian PPP Delegation",
                published="2019-09-03")
    assert rec.relevant is False


def test_foreign_possessive_before_acronym() -> None:
    rec = idcpc("Song Tao met on June 27 with a delegation led by the Secretary-General of Portugal's PSD.",
                title="Song Tao Meets Portuguese Party Delegation", published="2019-06-27")
    assert rec.relevant is False


def test_lac_workers_party_headline_stays_brazil() -> None:
    """Recall: the LAC party of the shared name, placed in its own country, stays a LAC party even when
    the page also names the foreign namesake."""
    rec = idcpc("Song Tao met with a delegation of the Workers' Party of Brazil on July 18. The Brazilian "
                "guests had earlier met the Workers' Party of Korea.", title="Song Tao Meets Workers' Party "
                "Delegation", published="2019-07-18")
    assert rec.relevant is True and rec.country == "Brazil"


def test_lac_acronym_with_own_demonym_stays() -> None:
    rec = idcpc("Liu Jianchao met with a delegation of Guyana's PPP/C led by its General Secretary Bharrat "
                "Jagdeo on April 9.", title="Liu Jianchao Meets Guyanese PPP Delegation",
                published="2023-04-09")
    assert rec.relevant is True and rec.country == "Guyana"


def test_panama_partido_popular_stays() -> None:
    rec = idcpc("Qian Hongshan met with a delegation of the Partido Popular of Panama on September 19.",
                title="Qian Hongshan Meets Partido Popular Delegation", published="2019-09-19")
    assert rec.relevant is True and rec.country == "Panama"


# --- a LAC country named only in what was said after a lead sentence with a non-LAC counterpart -----


def test_brazil_in_guests_comparison_is_a_topic() -> None:
    rec = idcpc("Liu Jianchao met with the Chairman of the Awami League of Bangladesh on April 8. Liu "
                "briefed him on the CPC's work; the guest said Bangladesh admires China as Brazil and India "
                "do.", title="Liu Jianchao Meets Awami League Chairman", published="2023-04-08")
    assert rec.relevant is False


def test_cuba_recalled_in_talks_with_vietnam_mfa() -> None:
    rec = mfa("Xi Jinping met with the Vietnamese leader To Lam in Hanoi on April 14. The two sides said "
              "they would strengthen cooperation and recalled the solidarity of socialist countries with "
              "Cuba.", title="Xi Jinping Meets General Secretary To Lam", published="2025-04-14")
    assert rec.relevant is False


def test_venezuela_discussed_with_kenyan_guest() -> None:
    rec = idcpc("Song Tao met with the Secretary General of the Jubilee Party of Kenya on March 3. The two "
                "sides exchanged views on the situation in Venezuela and on China-Africa cooperation.",
                title="Song Tao Meets Jubilee Party Secretary General", published="2019-03-03")
    assert rec.relevant is False


def test_lac_guest_in_first_sentence_stays() -> None:
    """Recall: the counterpart in the first sentence is LAC's; what was said of other countries does
    not take it away."""
    rec = idcpc("Liu Jianchao met with the Ambassador of Brazil to China on April 8. The ambassador said "
                "Brazil, like India, admires China's development.", title="Liu Jianchao Meets Foreign "
                "Envoy", published="2023-04-08")
    assert rec.relevant is True and rec.country == "Brazil"


def test_second_guest_from_lac_met_stays() -> None:
    """Recall: a later lead sentence reporting a meeting with a LAC actor (not what was said) keeps it."""
    rec = idcpc("Song Tao met with the Vietnamese Ambassador on May 3. On the same day Song Tao met with "
                "the Ambassador of Cuba to China.", title="Song Tao Meets Foreign Guests",
                published="2019-05-03")
    assert rec.relevant is True and rec.country == "Cuba"


def test_lac_party_named_in_later_sentence_stays() -> None:
    rec = idcpc("Liu Jianchao met with a delegation of parties of the Global South on June 3. The "
                "delegation included the Secretary General of the United Socialist Party of Venezuela, who "
                "said the PSUV admires the CPC.", title="Liu Jianchao Meets Party Delegation",
                published="2023-06-03")
    assert rec.relevant is True


def test_said_in_first_sentence_after_outside_counterpart() -> None:
    rec = idcpc("Liu Jianchao met with the Secretary General of the Communist Party of the Russian "
                "Federation on November 7; Zyuganov said the Russian communists stand with Cuba, Venezuela "
                "and Nicaragua.", title="Liu Jianchao Meets Zyuganov", published="2023-11-07")
    assert rec.relevant is False


def test_lac_said_in_first_sentence_zh() -> None:
    rec = idcpc("11月7日，刘建超会见俄罗斯联邦共产党中央主席久加诺夫。"
                "久加诺夫表示，俄共同古巴、委内瑞拉人民站在一起。",
                title="刘建超会见久加诺夫", lang="zh", published="2023-11-07")
    assert rec.relevant is False


# --- non-LAC countries named by their demonyms: Georgian, Guinean, Filipino -------------------------


def test_georgian_party_headline_is_outside_lac() -> None:
    rec = idcpc("Liu Jianchao met on May 6 with a delegation of the Georgian Dream Party. Liu said that "
                "China's cooperation with Georgia, like that with Uruguay and Chile, is win-win.",
                title="Liu Jianchao Meets Georgian Dream Party Delegation", published="2024-05-06")
    assert rec.relevant is False


def test_equatorial_guinean_guest_with_spanish_words() -> None:
    rec = idcpc("Song Tao met with an Equatorial Guinean party delegation on June 3. The guests said their "
                "country, like Cuba and Venezuela, values its Spanish-speaking heritage.",
                title="Song Tao Meets Equatorial Guinean Delegation", published="2017-06-03")
    assert rec.relevant is False


def test_guyanese_guest_still_guyana() -> None:
    """Recall: Guyana's own demonym is no Guinean."""
    rec = idcpc("Liu Jianchao met with a Guyanese delegation of the People's Progressive Party/Civic on "
                "April 9.", title="Liu Jianchao Meets Guyanese Delegation", published="2023-04-09")
    assert rec.relevant is True and rec.country == "Guyana"


# --- China's teams back from LAC -----------------------------------------------------------------------


def test_chinese_teams_back_from_lac() -> None:
    rec = idcpc("Liu Jianchao met with Chinese medical team members returning from Guyana and Chinese "
                "peacekeepers who served in Haiti on March 6.", title="Liu Jianchao Meets Returning Teams",
                published="2024-03-06")
    assert rec.relevant is False


def test_guyanese_medical_team_in_china_stays() -> None:
    rec = idcpc("Liu Jianchao met with a delegation of Guyana's Ministry of Health, including doctors who "
                "trained with the Chinese medical team in Georgetown, on March 6.",
                title="Liu Jianchao Meets Guyanese Health Delegation", published="2024-03-06")
    assert rec.relevant is True and rec.country == "Guyana"


# --- more forms: "from <foreign country>" after the name; 驻 before a region group (foreign ministry) ---


def test_party_name_from_foreign_country() -> None:
    rec = idcpc("Liu Jianchao met with a delegation of the New Democratic Party from Canada on June 1. The "
                "NDP is Canada's social democratic party.", title="Liu Jianchao Meets NDP Delegation",
                published="2023-06-01")
    assert rec.relevant is False


def test_party_name_from_lac_country_stays() -> None:
    rec = idcpc("Liu Jianchao met with a delegation of the New Democratic Party from Saint Vincent and the "
                "Grenadines on June 1.", title="Liu Jianchao Meets NDP Delegation", published="2023-06-01")
    assert rec.relevant is True and rec.country == "Saint Vincent and the Grenadines"


def test_broad_front_from_costa_rica() -> None:
    rec = idcpc("Qian Hongshan met with leaders of the Broad Front from Costa Rica on June 14.",
                title="Qian Hongshan Meets Broad Front Leaders", published="2019-06-14")
    assert rec.relevant is True and rec.country == "Costa Rica"


def test_chinese_envoys_to_the_region_mfa_zh() -> None:
    rec = mfa("6月3日，王毅会见回国述职的中国驻拉美国家使节。", title="王毅会见中国驻拉美国家使节", lang="zh",
              published="2024-06-03")
    assert rec.relevant is False


def test_region_envoys_in_china_mfa_zh_stay() -> None:
    rec = mfa("6月3日，王毅会见拉美国家驻华使节。", title="王毅会见拉美国家驻华使节", lang="zh",
              published="2024-06-03")
    assert rec.relevant is True and rec.country == "multilateral"
