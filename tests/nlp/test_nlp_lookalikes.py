"""Names that look Latin American but are not, and Chinese-language releases."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

from nlp.schema import MULTILATERAL


def test_spanish_and_portuguese_parties_are_not_lac():
    for text, title in (
        ("Beijing, March 3rd--Qian Hongshan met here today with a delegation of the Communist Party of Spain "
         "(PCE) and the Spanish Socialist Workers' Party (PSOE).", "Qian Hongshan Meets Spanish Parties"),
        ("SUZHOU, April 23 – Li Jinjun met here today with Matos Rosa, the Portuguese Social Democratic "
         "Party (PSD) official in town for a forum.", "Li Jinjun Meets PSD Secretary-General"),
        ("Beijing, May 4th--Guo Yezhou met here today with a delegation of the Portuguese Communist Party "
         "(PCP) led by its general secretary.", "Guo Yezhou Meets PCP Delegation"),
    ):
        record = idcpc(text, title=title)
        assert not record.relevant, title
        assert parties(record) == set()


def test_polish_psl_is_not_a_lac_party():
    record = idcpc("Beijing, June 5th--Qian Hongshan met here today with a delegation of the Polish People's "
                   "Party (PSL).", title="Qian Hongshan Meets PSL Delegation")
    assert not record.relevant


def test_labour_parties_elsewhere_are_not_lac():
    for name in ("British Labour Party", "Australian Labor Party", "New Zealand Labour Party"):
        record = idcpc(f"Beijing, July 9th--Guo Yezhou met here today with a delegation of the {name}.",
                       title=f"Guo Yezhou Meets {name} Delegation")
        assert not record.relevant, name


def test_caribbean_labour_party_is_lac():
    record = idcpc("Beijing, July 9th--Guo Yezhou met here today with a delegation of the Antigua and "
                   "Barbuda "
                   "Labour Party (ABLP).", title="Guo Yezhou Meets ABLP Delegation")
    assert record.relevant and record.country == "Antigua and Barbuda"
    assert "leftist" not in record.mechanism


def test_colombo_is_not_colombia():
    record = idcpc("Colombo, June 12th--Song Tao met here today with leaders of the Sri Lanka Freedom Party.",
                   title="Song Tao Visits Colombo")
    assert not record.relevant


def test_papua_new_guinea_is_not_guinea_and_not_lac():
    record = idcpc("Beijing, May 2nd--Zhu Rui met here today with a delegation of the Pangu Party of Papua "
                   "New "
                   "Guinea.", title="Zhu Rui Meets Papua New Guinea Delegation")
    assert not record.relevant


def test_shared_acronym_resolved_by_country():
    record = idcpc("Beijing, May 2nd--Song Tao met here today with a delegation of the Democratic "
                   "Revolutionary "
                   "Party (PRD) of Panama.", title="Song Tao Meets Panama's PRD")
    assert record.country == "Panama"
    assert {c.party_id for c in record.contacts if c.party_id} <= {"prd-pa"}


def test_chinese_release_simplified():
    record = idcpc("新华社北京4月20日电 "
                   "4月20日,习近平以中共中央总书记名义致电劳尔·卡斯特罗,对古巴共产党党代会后他继续担任第一书记表示祝贺。",
                   title="习近平致电劳尔·卡斯特罗表示祝贺", published="2016-04-20",
                   lang="zh")
    assert record.relevant and record.country == "Cuba"
    assert record.event_type == "message"
    assert record.event_date == "2016-04-20"
    assert "Communist Party of Cuba" in parties(record)
    assert record.mechanism == ["bilateral", "leftist"]
    assert record.content == "daily interaction"


def test_chinese_release_traditional_regional_course():
    record = idcpc("國際在線報道:8日，中共中央對外聯絡部在北京為拉美青年幹部研修班舉行見面會。"
                   "學員共19人，分別來自墨西哥、哥倫比亞、智利、巴西和阿根廷。",
                   title="中聯部為拉美青年幹部研修班學員舉行見面會", published="2016-08-09", lang="zh")
    assert record.relevant
    assert record.country == MULTILATERAL
    assert record.event_type == "training_course"
    assert record.content == "knowledge exchange"
    assert record.event_date == "2016-08-08"
    assert record.mechanism == ["regional"]


def test_chinese_lookalike_inside_a_word():
    record = idcpc("中联部副部长在京会见日本自由民主党代表团,双方就沿海地区发展交换意见。",
                   title="中联部副部长会见日本自民党代表团",
                   published="2019-03-01", lang="zh")
    assert not record.relevant


def test_chinese_idcpc_official_is_not_a_counterpart():
    record = idcpc("9月3日，中共中央对外联络部副部长马辉在北京会见乌拉圭广泛阵线代表团。\n\n"
                   "马辉表示，中国共产党愿同乌拉圭广泛阵线加强交流。",
                   title="马辉会见乌拉圭广泛阵线代表团", published="2024-09-04", lang="zh")
    assert record.relevant and record.country == "Uruguay"
    assert [c.name for c in record.contacts] == ["乌拉圭广泛阵线"]
    assert parties(record) == {"Broad Front"}


def test_chinese_message_to_a_transliterated_name():
    record = idcpc("新华社北京4月19日电 4月19日，习近平以中共中央总书记名义致电劳尔·卡斯特罗，"
                   "对他继续担任古巴共产党中央委员会第一书记表示祝贺。",
                   title="习近平致电劳尔·卡斯特罗表示祝贺", published="2018-04-19", lang="zh")
    castro = next(c for c in record.contacts if c.name.startswith("劳尔·卡斯特罗"))
    assert castro.name == "劳尔·卡斯特罗 (Raúl Castro)"  # the coders' form: as written, then English
    assert castro.kind == "party" and castro.party == "Communist Party of Cuba"


def test_a_meeting_sentence_after_the_lead_names_the_counterpart():
    record = idcpc("BRASILIA, May 6 (Xinhua) -- A CPC delegation headed by Li Xi toured Sao Paulo and "
                   "Brasilia this week and met local officials.\n\nLi spoke of the two parties' ties "
                   "on Friday, meeting with Luiz Inacio Lula da Silva, the Brazilian President.",
                   title="CPC delegation visits Brazil", published="2024-05-06")
    names = [c.name for c in record.contacts]
    assert "Luiz Inacio Lula da Silva" in names
    assert "Li Xi" not in names  # who heads the CPC delegation is the Chinese side
