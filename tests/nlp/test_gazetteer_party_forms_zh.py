"""Chinese names of LAC parties on Chinese pages (campaign Z5): transliteration variants and older
or short forms the IDCPC and copies of its releases write, a bare name too common to stand alone
(社会党, 正义党, 人民党, 进步党) bound by the country that opens its chain of titles, and a Chinese
name that follows another country of the world (以色列劳工党, 葡萄牙社会党) never read as the LAC
party of that name. Every release is self-written in the sites' style; names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.gazetteer import Gazetteer, to_traditional
from nlp.language import pipeline

URL = "https://www.idcpc.org.cn/bzhd/wshd/201905/t20190510_160001.html"
FSLN = "Sandinista National Liberation Front"
FMLN = "Farabundo Martí National Liberation Front"


def _zh(text: str, title: str = "") -> set[str]:
    return parties(idcpc(text, title=title, lang="zh", url=URL))


def _meeting(who: str) -> str:
    return f"5月9日，中联部副部长郭业洲在京会见{who}。\n双方就两党关系和共同关心的问题交换意见。"


@pytest.mark.parametrize("who, expected", [
    ("尼加拉瓜桑迪诺民族解放阵线代表团", FSLN),
    ("桑迪诺民族解放阵线全国委员会委员、国际关系书记阿里亚斯", FSLN),
    ("尼加拉瓜桑迪诺阵线代表团", FSLN),
    ("萨尔瓦多法拉本德·马蒂民族解放阵线总书记", FMLN),
    ("法拉本德・马蒂民族解放阵线总书记弗洛雷斯", FMLN),
    ("萨尔瓦多法拉本多·马迪民族解放阵线代表团", FMLN),
    ("萨尔瓦多法拉本多马迪民族解放阵线代表团", FMLN),
])
def test_transliteration_variants(who: str, expected: str) -> None:
    """桑地诺/桑迪诺, 法拉本多/法拉本德 and 马蒂/马迪 render one name each: every spelling names the party."""
    assert _zh(_meeting(who), title="郭业洲会见拉美客人") == {expected}


def test_transliteration_variant_in_traditional_characters() -> None:
    text = to_traditional(_meeting("尼加拉瓜桑迪诺民族解放阵线代表团"))
    assert _zh(text, title=to_traditional("郭业洲会见尼加拉瓜客人")) == {FSLN}


@pytest.mark.parametrize("who, expected", [
    ("秘鲁共产党—红色祖国总书记", "Communist Party of Peru – Red Fatherland"),
    ("秘鲁共产党-红色祖国总书记", "Communist Party of Peru – Red Fatherland"),
    ("厄瓜多尔马列共产党代表团", "Marxist–Leninist Communist Party of Ecuador"),
    ("多米尼加劳动党总书记", "Dominican Workers' Party"),
    ("智利激进社会民主党主席", "Radical Party of Chile"),
    ("哥斯达黎加国家解放党主席", "National Liberation Party"),
    ("墨劳动党全国协调员阿纳亚", "Labor Party (Mexico)"),
    # 基督教社会 and 社会基督教 both render "Social Christian"
    ("厄瓜多尔社会基督教党主席", "Social Christian Party (Ecuador)"),
    ("哥斯达黎加社会基督教团结党主席", "Social Christian Unity Party"),
    ("巴西社会主义人民党主席", "Cidadania"),  # its name until 2019
    ("委内瑞拉大爱国极领导人", "Great Patriotic Pole"),  # Gran Polo Patriótico: 极 (pole) beside 中心
])
def test_other_chinese_forms(who: str, expected: str) -> None:
    assert _zh(_meeting(who), title="郭业洲会见拉美客人") == {expected}


def test_colombian_communist_party_short_form() -> None:
    """哥共 as 古共 and 智共: country's first character + 共, the Colombian Communist Party."""
    text = "7月17日，中联部部长刘建超致函哥共总书记凯塞多，祝贺哥共成立93周年。"
    assert _zh(text, title="刘建超致函祝贺哥共成立93周年") == {"Colombian Communist Party"}


@pytest.mark.parametrize("country", ["特立尼达和多巴哥共和国", "多哥共和国"])
def test_ge_gong_inside_a_republic_names_no_party(country: str) -> None:
    """多哥共和国 and 特立尼达和多巴哥共和国 contain 哥共: that is no Colombian party."""
    text = f"5月9日，中联部副部长郭业洲在京会见{country}议会代表团。\n双方就两国关系交换意见。"
    assert "Colombian Communist Party" not in _zh(text, title="郭业洲会见外国客人")


@pytest.mark.parametrize("who, expected", [
    ("阿根廷参议员、正义党全国委员会委员费尔南德斯", "Justicialist Party"),
    ("阿根廷布宜诺斯艾利斯省省长、正义党副主席基西洛夫", "Justicialist Party"),
    ("智利参议员、社会党总书记", "Socialist Party of Chile"),
    ("巴拿马国民大会议员、人民党主席", "People's Party (Panama)"),
    ("巴西联邦众议员、进步党领袖", "Progressistas"),
    ("智利众议员、共产党中央委员", "Communist Party of Chile"),
    ("乌拉圭参议员兼共产党总书记", "Communist Party of Uruguay"),
])
def test_bare_short_name_under_its_clause_country(who: str, expected: str) -> None:
    """A three-character name shared by many countries' parties is the party of the LAC country that
    opens the chain of titles it stands in."""
    assert expected in _zh(_meeting(who), title="郭业洲会见拉美客人")


@pytest.mark.parametrize("who", [
    "西班牙、智利等国社会党人士组成的代表团",  # two countries: whose Socialist Party is unclear
    "智利和葡萄牙客人。社会党主席随后介绍了情况",  # the page names a country outside LAC too
    "智利和阿根廷客人。社会党主席随后介绍了情况",  # two LAC countries with a 社会党 each
    "智利客人。双方谈到社会党人的历史",  # 社会党人: socialists, a common word
])
def test_bare_short_name_without_one_clause_country_is_not_bound(who: str) -> None:
    assert "Socialist Party of Chile" not in _zh(_meeting(who), title="郭业洲会见外国客人")


@pytest.mark.parametrize("who, title", [
    ("智利客人，社会党主席巴韦", "郭业洲会见智利客人"),
    ("来访的社会党主席巴韦", "郭业洲会见智利客人"),
    ("阿根廷客人。正义党副主席马约拉尔介绍了该党情况", "郭业洲会见拉美客人"),
    ("智利客人。社会党人士介绍了该党情况", "郭业洲会见智利客人"),
])
def test_bare_short_name_on_a_page_about_one_country(who: str, title: str) -> None:
    """A page that names one LAC country (and no other country) before the bare name: its party."""
    found = _zh(_meeting(who), title=title)
    assert found & {"Socialist Party of Chile", "Justicialist Party"}


@pytest.mark.parametrize("who", ["以色列劳工党代表团", "挪威劳工党代表团"])
def test_foreign_country_before_a_chinese_party_name(who: str) -> None:
    """劳工党 alone is Brazil's in China's releases; 以色列劳工党 is Israel's."""
    assert _zh(_meeting(who), title=f"郭业洲会见{who}") == set()


def test_laogongdang_alone_still_brazil() -> None:
    text = _meeting("巴西联邦众议员、劳工党全国执委会委员齐纳尔多")
    assert _zh(text, title="郭业洲会见巴西客人") == {"Workers' Party (Brazil)"}


@pytest.mark.parametrize("who", ["葡萄牙社会党总书记", "西班牙工人社会党国际书记", "韩国正义党代表团"])
def test_other_countries_parties_are_not_lac(who: str) -> None:
    assert _zh(_meeting(who), title=f"郭业洲会见{who}") == set()


@pytest.mark.parametrize("name, on, title", [
    ("李干杰", "2023-05-10", "Head of the Organization Department of the CPC Central Committee"),
    ("李干杰", "2025-05-10", "Head of the United Front Work Department of the CPC Central Committee"),
    ("石泰峰", "2023-05-10", "Head of the United Front Work Department of the CPC Central Committee"),
    ("石泰峰", "2025-05-10", "Head of the Organization Department of the CPC Central Committee"),
    ("尤權", "2019-05-10", "Head of the United Front Work Department of the CPC Central Committee"),
    ("何巍", "2025-05-10", "Vice Minister of the International Department of the CPC Central Committee"),
    ("周力", "2013-05-10", "Vice Minister of the International Department of the CPC Central Committee"),
])
def test_chinese_officials_added_to_the_roster(name: str, on: str, title: str) -> None:
    """Heads of the Central Committee's departments and IDCPC vice ministers, in either script."""
    gaz = Gazetteer.load()
    official = gaz.official_by_name(name, on=on)
    assert official is not None
    assert title in {o.title_en for o in official.offices_on(on)}


def test_zhou_li_inside_an_ordinary_phrase_is_no_official() -> None:
    """本周力争 contains 周力 (Zhou Li): the look-alike wins, so no Chinese official is named there."""
    doc = pipeline("zh")("双方表示，本周力争完成合作文件磋商。中联部副部长周力会见古巴客人。")
    officials = [e.text for e in doc.ents if e.label_ == "CN_OFFICIAL"]
    assert officials == ["周力"]


@pytest.mark.parametrize("who", [
    "古巴客人。古巴客人盛赞共产党领导下的中国取得的成就",  # the CPC
    "智利客人。共产党主席随后介绍了情况",  # no country in its clause: 共产党 is not read by the page
])
def test_bare_gongchandang_only_as_a_title_of_a_chain(who: str) -> None:
    """共产党 alone is most often the CPC: it names a LAC party only as a title under its clause's country."""
    found = _zh(_meeting(who), title="郭业洲会见拉美客人")
    assert not found & {"Communist Party of Cuba", "Communist Party of Chile"}
