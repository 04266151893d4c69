"""Who takes part in a meeting, visit or event (codebook: contacts and the parties list every LAC party
the page names as taking part, the host party of a visit included; a contact's party is the party the
person belongs to). Self-written releases in the sites' style."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/202305/t20230510_1.html"


def zh(text: str, title: str = "") -> object:
    return idcpc(text, title=title, lang="zh", url=ZH_URL, published="2023-05-10")


def people(record: object) -> dict[str, tuple[str, str | None]]:
    return {c.name: (c.kind, c.party) for c in record.contacts}  # type: ignore[attr-defined]


# --- a state head listed before the next group met takes no party from it ---

def test_president_then_next_group_met_keeps_no_party() -> None:
    rec = idcpc("At the invitation of the Frente Amplio, a CPC delegation led by Chen Zhou, vice minister"
                " of the "
                "IDCPC, visited Uruguay from May 3 to 7.\n\nDuring the visit, the delegation met with"
                " Yamandu Orsi, "
                "President of Uruguay, with leaders of the Communist Party of Uruguay, and with members of"
                " the "
                "Uruguayan Parliament.\n\nChen said the CPC values its friendship with the Broad Front.",
                title="CPC delegation visits Uruguay")
    assert people(rec)["Yamandu Orsi"] == ("government", None)
    assert parties(rec) == {"Broad Front", "Communist Party of Uruguay"}


def test_role_before_name_is_read_before_it() -> None:
    rec = idcpc("Caracas, May 8th--At the invitation of the United Socialist Party of Venezuela, a CPC"
                " delegation "
                "led by Chen Zhou, vice minister of the IDCPC, visited Venezuela from May 3 to 7.\n\nDuring"
                " the "
                "visit, the delegation also met with Venezuelan President Nicolas Maduro, with leaders of"
                " the "
                "Communist Party of Venezuela, and with members of the Venezuelan National Assembly.",
                title="CPC delegation visits Venezuela")
    assert people(rec)["Nicolas Maduro"] == ("government", None)
    assert parties(rec) == {"United Socialist Party of Venezuela", "Communist Party of Venezuela"}


# --- an office "of" a party is a party office ---

def test_president_of_a_party_is_a_party_contact() -> None:
    for role, party, country in (("National President of the PT", "Workers' Party (Brazil)", "Brazil"),
                                 ("President of the Broad Front", "Broad Front", "Uruguay"),
                                 ("vice president of the PCdoB", "Communist Party of Brazil", "Brazil")):
        rec = idcpc(f"Liu Jianchao, head of the IDCPC, met with Walter Rossi, {role}, in Beijing on May"
                    f" 9.\n\n"
                    f"Rossi said {country} values its friendship with China.")
        assert people(rec)["Walter Rossi"] == ("party", party), role


def test_minister_who_is_also_party_official_stays_government() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with a delegation of the United Socialist Party of"
                " Venezuela "
                "led by Diosdado Cabello, First Vice President of the PSUV, in Beijing on May 9.\n\nThe"
                " delegation "
                "included Tania Diaz, member of the National Directorate of the PSUV, and Yvan Gil,"
                " Minister of "
                "Foreign Affairs of Venezuela and member of the National Directorate of the PSUV.")
    found = people(rec)
    assert found["Diosdado Cabello"] == ("party", "United Socialist Party of Venezuela")
    assert found["Tania Diaz"] == ("party", "United Socialist Party of Venezuela")
    assert found["Yvan Gil"] == ("government", "United Socialist Party of Venezuela")


def test_chinese_office_right_after_party_name_is_a_party_office() -> None:
    rec = zh("5月9日，中联部部长刘建超在京会见乌拉圭广泛阵线主席佩雷拉率领的代表团。\n\n刘建超表示，中国共"
             "产党重视同广泛阵线的友谊。")
    assert people(rec)["佩雷拉"] == ("party", "Broad Front")
    rec = zh("5月9日，中联部部长刘建超在京会见墨西哥国家复兴运动主席德尔加多。\n\n双方就两党关系交换了意见。")
    assert people(rec)["德尔加多"] == ("party", "National Regeneration Movement")


# --- members, heads and people present, named after the lead ---

def test_members_and_people_present_take_part() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with a delegation of the Sandinista National"
                " Liberation Front "
                "led by Gustavo Porras, member of the FSLN National Directorate, in Beijing on May"
                " 9.\n\nLiu said "
                "the CPC values the friendship.\n\nThe delegation included Jacinto Suarez, international"
                " secretary "
                "of the FSLN.\n\nMichael Campbell, Ambassador of Nicaragua to China, was present.")
    found = people(rec)
    assert found["Jacinto Suarez"] == ("party", "Sandinista National Liberation Front")
    assert found["Michael Campbell"] == ("diplomat", None)


def test_present_at_the_meeting_were() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with Nicaraguan Foreign Minister Denis Moncada in"
                " Beijing on "
                "May 9.\n\nPresent at the meeting were Jacinto Suarez, international secretary of the FSLN,"
                " and "
                "Michael Campbell, Ambassador of Nicaragua to China.")
    found = people(rec)
    assert found["Jacinto Suarez"] == ("party", "Sandinista National Liberation Front")
    assert found["Michael Campbell"] == ("diplomat", None)


def test_met_respectively_with_each_party_leader() -> None:
    rec = idcpc("Chen Zhou, vice minister of the IDCPC, met with leaders of Chilean parties in Santiago on"
                " May 22."
                "\n\nHe met respectively with Paulina Vodanovic, President of the Socialist Party of Chile,"
                " and "
                "Lautaro Carmona, President of the Communist Party of Chile.")
    found = people(rec)
    assert found["Paulina Vodanovic"] == ("party", "Socialist Party of Chile")
    assert found["Lautaro Carmona"] == ("party", "Communist Party of Chile")


def test_chinese_member_list_and_head() -> None:
    rec = zh("5月9日，中联部部长刘建超在京会见尼加拉瓜桑地诺民族解放阵线代表团。\n\n刘建超表示，中方重视两"
             "党友谊。\n\n"
             "代表团成员包括尼加拉瓜桑地诺民族解放阵线国际书记苏亚雷斯等。")
    assert people(rec)["苏亚雷斯"] == ("party", "Sandinista National Liberation Front")
    rec = zh("5月10日，中联部副部长孙海燕在京会见委内瑞拉统一社会主义党代表团。\n\n双方就两党关系交换了意见"
             "。\n\n"
             "代表团团长为委内瑞拉统一社会主义党全国领导委员会委员迪亚斯。")
    assert people(rec)["迪亚斯"] == ("party", "United Socialist Party of Venezuela")


def test_chinese_ambassador_present_is_not_a_contact() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with Cuban President Miguel Diaz-Canel in Havana on"
                " May 9.\n\n"
                "Ma Hui, Chinese Ambassador to Cuba, was present.")
    assert not any("Ma Hui" in name for name in people(rec))


# --- a party post given in a later sentence ---

def test_party_post_in_a_later_sentence() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with Diosdado Cabello of Venezuela in Beijing on May"
                " 9.\n\n"
                "Diosdado Cabello is First Vice President of the PSUV. He is visiting China at the"
                " invitation of "
                "the CPC.")
    assert people(rec)["Diosdado Cabello"] == ("party", "United Socialist Party of Venezuela")
    rec = zh("5月9日，中联部部长刘建超在京会见古巴外长罗德里格斯。\n\n罗德里格斯同时也是古巴共产党中央政治"
             "局委员。"
             "他表示，古中友谊深厚。")
    assert people(rec)["罗德里格斯"] == ("government", "Communist Party of Cuba")


# --- the leader of a party's youth wing belongs to the party ---

def test_youth_wing_leader_belongs_to_the_party() -> None:
    rec = idcpc("Hu Zhaoming, vice minister of the IDCPC, met with a delegation of the Union of Young"
                " Communists "
                "of Cuba led by Aylin Alvarez, First Secretary of the Union of Young Communists, in Beijing"
                " on May "
                "15.")
    assert people(rec)["Aylin Alvarez"] == ("youth", "Communist Party of Cuba")
    rec = zh("5月15日，中联部副部长胡兆明在京会见古巴共产主义青年联盟第一书记阿尔瓦雷斯率领的代表团。")
    assert people(rec)["阿尔瓦雷斯"] == ("youth", "Communist Party of Cuba")
    rec = zh("5月15日，中聯部副部長胡兆明在京會見委內瑞拉統一社會主義黨青年組織全國副主席波萊奧率領的代表團"
             "。")
    assert people(rec)["波萊奧"] == ("youth", "United Socialist Party of Venezuela")


# --- a party the sides talked about is a topic, not a participant ---

def test_party_in_the_topic_of_the_talks_is_not_a_participant() -> None:
    rec = idcpc("Sun Haiyan, vice minister of the IDCPC, met with a delegation of the Broad Front of"
                " Uruguay led by "
                "Fernando Pereira, President of the Broad Front, in Beijing on May 12.\n\nThe two sides"
                " exchanged "
                "views on the Broad Front's relations with the National Party and on Latin America.")
    assert parties(rec) == {"Broad Front"}
    rec = zh("5月12日，中联部副部长孙海燕在京会见乌拉圭广泛阵线主席佩雷拉率领的代表团。\n\n"
             "双方就广泛阵线同乌拉圭民族党的关系以及拉美形势交换了意见。")
    assert parties(rec) == {"Broad Front"}
    rec = idcpc("Chen Zhou, vice minister of the IDCPC, met with a delegation of the People's National"
                " Party of "
                "Jamaica in Beijing on May 9.\n\nThe two sides discussed the Jamaica Labour Party"
                " government's "
                "policies.")
    assert parties(rec) == {"People's National Party"}


def test_topic_naming_the_cpc_keeps_the_counterpart_party() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with Venezuelan guests in Beijing on May 9.\n\nThe"
                " two sides "
                "exchanged views on relations between the CPC and the United Socialist Party of Venezuela.")
    assert parties(rec) == {"United Socialist Party of Venezuela"}
    rec = zh("5月9日，中联部部长刘建超在京会见委内瑞拉客人。\n\n双方就中国共产党同委内瑞拉统一社会主义党关"
             "系交换了意见。")
    assert parties(rec) == {"United Socialist Party of Venezuela"}


# --- a party the page says stayed away does not take part ---

def test_party_that_did_not_attend_is_not_a_participant() -> None:
    rec = idcpc("At the invitation of the Modern Revolutionary Party, a CPC delegation led by Chen Zhou"
                " visited the "
                "Dominican Republic from May 3 to 7.\n\nDuring the visit, the delegation met with President"
                " Luis "
                "Abinader and held talks with PRM leaders.\n\nThe Dominican Liberation Party declined an "
                "invitation to the talks.", title="CPC delegation visits Dominican Republic")
    assert parties(rec) == {"Modern Revolutionary Party"}
    rec = zh("应乌拉圭广泛阵线邀请，中联部副部长陈洲率中共代表团于5月3日至7日访问乌拉圭。\n\n"
             "访问期间，代表团会见了广泛阵线主席佩雷拉。乌拉圭民族党未参加上述会见"
             "。", title="中共代表团访问乌拉圭")
    assert parties(rec) == {"Broad Front"}


def test_staying_away_in_another_clause_keeps_the_party() -> None:
    rec = idcpc("At the invitation of the People's National Party, a CPC delegation led by Chen Zhou visited "
                "Jamaica from May 3 to 7.\n\nDuring the visit, the delegation met with leaders of the"
                " Jamaica "
                "Labour Party, while a PNP youth group did not"
                " attend.", title="CPC delegation visits Jamaica")
    assert parties(rec) == {"People's National Party", "Jamaica Labour Party"}


# --- Chinese offices in a row: the first one gives the kind ---

def test_chinese_chain_of_offices_first_office_gives_kind() -> None:
    rec = zh("5月9日，中联部部长刘建超在京会见古巴共产党中央政治局委员、国务委员会副主席莫拉莱斯。")
    assert people(rec)["莫拉莱斯"] == ("party", "Communist Party of Cuba")
    rec = zh("5月9日，中联部部长刘建超在京会见委内瑞拉统一社会主义党第一副主席、国民代表大会主席卡贝略。")
    assert people(rec)["卡贝略"] == ("party", "United Socialist Party of Venezuela")
    rec = zh("5月9日，中联部部长刘建超在京会见尼加拉瓜外长、桑地诺民族解放阵线全国领导委员会委员蒙卡达。")
    assert people(rec)["蒙卡达"] == ("government", "Sandinista National Liberation Front")
