"""Contacts (s7R campaign): the party of a person whose office the party's name premodifies, and the
party of who leads a party's delegation with the office before the name. Self-written releases."""

from __future__ import annotations

from nlp_helpers import idcpc


def _contact(record, name):
    return next(c for c in record.contacts if name in c.name)


def test_party_name_running_into_the_office_gives_the_persons_party() -> None:
    r = idcpc("Beijing, June 14th--Song Tao, head of the IDCPC, met with Farabundo Martí National "
              "Liberation Front Secretary General Medardo González on June 13.",
              published="2019-06-14")
    c = _contact(r, "Medardo González")
    assert (c.kind, c.party) == ("party", "Farabundo Martí National Liberation Front")
    r = idcpc("Beijing, March 28th--Guo Yezhou, Vice Minister of the IDCPC, met with Jamaican People's "
              "National Party General Secretary Julian Robinson and his delegation on March 27.",
              published="2019-03-28")
    c = _contact(r, "Julian Robinson")
    assert (c.kind, c.party) == ("party", "People's National Party")


def test_party_acronym_before_a_state_sounding_office_is_a_party_office() -> None:
    r = idcpc("Beijing, April 24th--Liu Jianchao, head of the IDCPC, met with PSUV First Vice President "
              "Diosdado Cabello in Beijing on April 23.", published="2023-04-24")
    c = _contact(r, "Diosdado Cabello")
    assert (c.kind, c.party) == ("party", "United Socialist Party of Venezuela")


def test_state_office_not_premodified_by_the_party_stays_government() -> None:
    r = idcpc("Beijing, April 24th--Liu Jianchao, head of the IDCPC, met with a PSUV delegation and with "
              "Venezuelan Vice President Delcy Rodríguez in Beijing on April 23.", published="2023-04-24")
    c = _contact(r, "Delcy Rodríguez")
    assert c.kind == "government"
    assert c.party is None


def test_leader_of_a_party_delegation_with_his_office_before_the_name() -> None:
    r = idcpc("BEIJING, Nov. 21 -- Song Tao, head of the IDCPC, met with a delegation of Peruvian Aprista "
              "Party led by Secretary General Elías Rodríguez Zavaleta here on Thursday.",
              published="2019-11-22")
    c = _contact(r, "Elías Rodríguez Zavaleta")
    assert (c.kind, c.party) == ("party", "Peruvian Aprista Party")
    r = idcpc("Beijing, July 3rd--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the "
              "Communist Party of Chile headed by Deputy Secretary General Bárbara Figueroa on July 2.",
              published="2019-07-03")
    c = _contact(r, "Bárbara Figueroa")
    assert c.party == "Communist Party of Chile"


def test_cpc_delegation_led_by_an_official_gives_no_lac_party() -> None:
    r = idcpc("Havana, March 14th--A CPC delegation led by Vice Minister Guo Yezhou of the IDCPC met with "
              "Cuban Foreign Minister Bruno Rodríguez Parrilla on March 13.", published="2019-03-14")
    assert all("Guo" not in c.name for c in r.contacts)
    c = _contact(r, "Bruno Rodríguez")
    assert c.kind == "government"


ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/201905/t20190510_1.html"


def _zh(text: str):
    return idcpc(text, lang="zh", url=ZH_URL)


def test_chinese_offices_beyond_party_and_state_ones_name_a_counterpart() -> None:
    r = _zh("5月22日，中联部部长助理李明祥在京会见厄瓜多尔战略研究中心主任科雷亚。")
    assert _contact(r, "科雷亚").kind == "think_tank"
    r = _zh("7月6日，中联部部长宋涛在京会见特立尼达和多巴哥联合民族大会党领袖珀萨德-比塞萨尔。")
    c = _contact(r, "珀萨德-比塞萨尔")
    assert (c.kind, c.party) == ("party", "United National Congress")
    r = _zh("6月20日，中联部副部长李军在京会见古巴《格拉玛报》社长拉米雷斯一行。")
    assert _contact(r, "拉米雷斯").kind == "media"
    r = _zh("4月16日，中联部副部长郭业洲在京会见古巴革命武装力量部副部长埃斯皮诺萨将军。")
    assert _contact(r, "埃斯皮诺萨").kind == "military"


def test_member_of_congress_of_a_party_is_legislature_with_that_party() -> None:
    r = _zh("8月8日，中联部副部长钱洪山在京会见洪都拉斯自由与重建党总协调员萨拉亚率领的代表团，"
            "代表团成员包括自由与重建党国会议员罗德里格斯。")
    c = _contact(r, "罗德里格斯")
    assert (c.kind, c.party) == ("legislature", "Liberty and Refoundation")


def test_chinese_hosts_with_such_offices_are_no_counterparts() -> None:
    r = _zh("5月10日，中联部副部长郭业洲在京会见巴西劳工党代表团。"
            "新华社社长傅华、中国企业联合会会长王忠禹陪同。")
    assert [c.name for c in r.contacts] == ["巴西劳工党"]
    r = _zh("5月10日，古巴共产党代表团访问福建，福建省省长王宁、厦门市市长庄稼汉会见代表团。")
    assert [c.name for c in r.contacts] == ["古巴共产党"]


def test_names_listed_after_one_office_each_hold_it() -> None:
    r = _zh("7月2日，中联部副部长钱洪山在京集体会见古巴、委内瑞拉、玻利维亚驻华大使"
            "佩雷拉、约弗雷达、西莱斯。")
    assert sorted(c.name for c in r.contacts if c.kind == "diplomat") == ["佩雷拉", "约弗雷达", "西莱斯"]
    r = _zh("3月5日，中联部部长宋涛在京会见古共中央政治局委员莫拉莱斯、巴尔德斯等。")
    names = {c.name: c.party for c in r.contacts}
    assert names.get("巴尔德斯") == "Communist Party of Cuba"


def test_a_listed_item_with_its_own_office_or_party_ends_the_list() -> None:
    r = _zh("5月16日，中联部部长宋涛在京分别会见巴西劳工党主席霍夫曼、巴西共产党主席桑托斯。")
    assert {c.name: c.party for c in r.contacts if c.kind == "party" and "党" not in c.name} == {
        "霍夫曼": "Workers' Party (Brazil)", "桑托斯": "Communist Party of Brazil"}
    r = _zh("4月2日，中联部副部长郭业洲在京会见古巴驻华大使佩雷拉、中联部拉美局负责同志。")
    assert [c.name for c in r.contacts] == ["佩雷拉"]


def test_a_rank_before_the_name_is_no_part_of_it() -> None:
    r = idcpc("Beijing, April 16th--Guo Yezhou, Vice Minister of the IDCPC, met with General Ramón Espinosa "
              "Martín, Vice Minister of the Revolutionary Armed Forces of Cuba, on April 15.",
              published="2019-04-16")
    c = _contact(r, "Ramón Espinosa Martín")
    assert (c.name, c.kind) == ("Ramón Espinosa Martín", "military")
    r = idcpc("Beijing, May 6th--Li Mingxiang, Assistant Minister of the IDCPC, met with Comrade Roberto "
              "Regalado, "
              "Secretary for International Relations of the Communist Party of Cuba, on May 5.",
              published="2019-05-06")
    c = _contact(r, "Roberto Regalado")
    assert (c.name, c.party) == ("Roberto Regalado", "Communist Party of Cuba")


def test_secretary_general_before_a_name_is_still_read_as_the_office() -> None:
    r = idcpc("Beijing, June 14th--Song Tao, head of the IDCPC, met with FMLN Secretary General Medardo "
              "González on June 13.", published="2019-06-14")
    assert [c.name for c in r.contacts if "González" in c.name] == ["Medardo González"]


def test_a_party_name_with_a_dot_is_no_person() -> None:
    r = idcpc("6月14日，中联部部长宋涛在京会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记冈萨雷斯。",
              title="宋涛会见萨尔瓦多法马阵线总书记", lang="zh", url=ZH_URL)
    assert all(c.party == "Farabundo Martí National Liberation Front" for c in r.contacts)
    r = _zh("9月1日，中联部部长刘建超致电劳尔·卡斯特罗，祝贺古巴共产党成立纪念日。")
    assert any(c.name.startswith("劳尔·卡斯特罗") for c in r.contacts)


def test_a_legislature_word_in_a_partys_name_is_no_legislature() -> None:
    r = idcpc("Beijing, July 5th -- The head of the IDCPC met with Kamla Persad-Bissessar, political leader "
              "of the United National Congress (UNC) of Trinidad and Tobago, today.", published="2018-07-05")
    c = _contact(r, "Kamla Persad-Bissessar")
    assert (c.kind, c.party) == ("party", "United National Congress")
    r = idcpc("Beijing, July 5th -- Qian Hongshan, Vice Minister of the IDCPC, met with Ralph Gonsalves, "
              "Speaker of the House of Assembly of Saint Vincent and the Grenadines, today.",
              published="2018-07-05")
    assert _contact(r, "Ralph Gonsalves").kind == "legislature"
