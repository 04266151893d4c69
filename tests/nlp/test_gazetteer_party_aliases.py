"""Aliases of LAC parties as releases write them (Chinese with and without the country, English
variants, Spanish/Portuguese names and acronyms), and a few parties added to the gazetteer: each
self-written release in the style of Xinhua/IDCPC must name the right canonical party, and an
ambiguous bare name must not be read as some LAC party."""

from __future__ import annotations

import pytest

from nlp.extract import extract
from nlp.gazetteer import Gazetteer

URL = "https://www.idcpc.org.cn/a.html"
ZH_LEAD = "新华社北京5月10日电 "
EN_LEAD = "BEIJING, May 10 (Xinhua) -- "


def _parties(lang: str, title: str, text: str) -> set[str]:
    lead = ZH_LEAD if lang == "zh" else EN_LEAD
    rec = extract({"url": URL, "source": "idcpc", "lang": lang, "title": title,
                   "published": "2019-05-10", "text": lead + text})
    return {c.party for c in rec.contacts if c.party}


ZH_CASES = [
    ("宋涛会见巴西工人党代表团",
     "中联部部长宋涛10日在京会见巴西工人党代表团。",
     "Workers' Party (Brazil)"),
    ("宋涛会见巴西劳工党主席",
     "中联部部长宋涛10日在京会见巴西劳工党全国主席。",
     "Workers' Party (Brazil)"),
    ("宋涛会见古共代表团",
     "中联部部长宋涛10日在京会见古巴共产党中央代表团。双方表示，中古两党将加强交流。",
     "Communist Party of Cuba"),
    ("宋涛会见尼加拉瓜桑解阵代表团",
     "中联部部长宋涛10日在京会见尼加拉瓜桑地诺民族解放阵线代表团。",
     "Sandinista National Liberation Front"),
    ("宋涛会见萨尔瓦多法马解阵代表团",
     "中联部部长宋涛10日在京会见萨尔瓦多法马解阵总书记。",
     "Farabundo Martí National Liberation Front"),
    ("郭业洲会见玻利维亚争社运代表团",
     "中联部副部长郭业洲10日在京会见玻利维亚争社运全国领导委员会代表团。",
     "Movement for Socialism (Bolivia)"),
    ("宋涛会见争取社会主义运动党代表团",
     "中联部部长宋涛10日在京会见玻利维亚争取社会主义运动党代表团。",
     "Movement for Socialism (Bolivia)"),
    ("宋涛会见墨西哥国家复兴运动代表团",
     "中联部部长宋涛10日在京会见墨西哥国家复兴运动主席。",
     "National Regeneration Movement"),
    ("刘建超会见厄瓜多尔公民革命运动代表团",
     "中联部部长刘建超10日在京会见厄瓜多尔公民革命运动代表团。",
     "Citizen Revolution Movement"),
    ("刘建超会见自由秘鲁党代表团",
     "中联部部长刘建超10日在京会见秘鲁自由秘鲁党代表团。",
     "Free Peru"),
    ("刘建超会见哥伦比亚历史公约代表团",
     "中联部部长刘建超10日在京会见哥伦比亚执政联盟历史公约代表团。",
     "Historic Pact for Colombia"),
    ("宋涛会见乌拉圭国民党参议员",
     "中联部部长宋涛10日在京会见乌拉圭国民党参议员。",
     "National Party (Uruguay)"),
    ("宋涛会见乌拉圭民族党代表团",
     "中联部部长宋涛10日在京会见乌拉圭民族党（白党）代表团。",
     "National Party (Uruguay)"),
    ("宋涛会见巴拉圭全国共和联盟代表团",
     "中联部部长宋涛10日在京会见巴拉圭全国共和联盟（红党）代表团。",
     "Colorado Party (Paraguay)"),
    ("宋涛会见巴拉圭红党代表团",
     "中联部部长宋涛10日在京会见巴拉圭红党主席。",
     "Colorado Party (Paraguay)"),
    ("宋涛会见圭亚那人民进步党代表团",
     "中联部部长宋涛10日在京会见圭亚那人民进步党总书记。",
     "People's Progressive Party/Civic"),
    ("宋涛会见牙买加人民民族党代表团",
     "中联部部长宋涛10日在京会见牙买加人民民族党代表团。",
     "People's National Party"),
    ("宋涛会见特多人民民族运动党代表团",
     "中联部部长宋涛10日在京会见特立尼达和多巴哥人民民族运动党代表团。",
     "People's National Movement"),
    ("宋涛会见多米尼加解放党代表团",
     "中联部部长宋涛10日在京会见多米尼加解放党代表团。",
     "Dominican Liberation Party"),
    ("宋涛会见多米尼加共和国现代革命党代表团",
     "中联部部长宋涛10日在京会见多米尼加共和国执政党现代革命党代表团。",
     "Modern Revolutionary Party"),
    ("宋涛会见洪都拉斯自由与重建党代表团",
     "中联部部长宋涛10日在京会见洪都拉斯自由与重建党代表团。",
     "Liberty and Refoundation"),
    ("宋涛会见洪都拉斯自由和重建党代表团",
     "中联部部长宋涛10日在京会见洪都拉斯自由和重建党协调员。",
     "Liberty and Refoundation"),
    ("宋涛会见秘鲁美洲人民革命联盟代表团",
     "中联部部长宋涛10日在京会见秘鲁美洲人民革命联盟代表团。",
     "Peruvian Aprista Party"),
    ("宋涛会见巴西社会主义党代表团",
     "中联部部长宋涛10日在京会见巴西社会主义党主席。",
     "Brazilian Socialist Party"),
    ("宋涛会见巴西社会主义自由党代表团",
     "中联部部长宋涛10日在京会见巴西社会主义自由党代表团。",
     "Socialism and Liberty Party"),
    ("宋涛会见巴西民主党代表团",
     "中联部部长宋涛10日在京会见巴西民主党主席。",
     "Democrats (Brazil)"),
    ("宋涛会见阿根廷革命共产党代表团",
     "中联部部长宋涛10日在京会见阿根廷革命共产党代表团。",
     "Revolutionary Communist Party (Argentina)"),
    ("宋涛会见萨尔瓦多民族主义共和联盟代表团",
     "中联部部长宋涛10日在京会见萨尔瓦多民族主义共和联盟代表团。",
     "Nationalist Republican Alliance"),
    # traditional characters: generated from the simplified alias
    ("宋濤會見巴西工人黨代表團",
     "中聯部部長宋濤10日在京會見巴西工人黨代表團。",
     "Workers' Party (Brazil)"),
]

EN_CASES = [
    ("Song Tao meets Bolivia's Movement Towards Socialism delegation",
     "Song Tao met a delegation of the Movement Towards Socialism of Bolivia here on Friday.",
     "Movement for Socialism (Bolivia)"),
    ("Song Tao meets delegation of Brazilian Workers' Party",
     "Song Tao met a delegation of the Brazilian Workers' Party here on Friday.",
     "Workers' Party (Brazil)"),
    ("Song Tao meets Sandinista Front delegation",
     "Song Tao met a delegation of Nicaragua's Sandinista Front here on Friday.",
     "Sandinista National Liberation Front"),
    ("Song Tao meets Salvadoran party delegation",
     "Song Tao met a delegation of the Farabundo Marti Front for National Liberation of El Salvador.",
     "Farabundo Martí National Liberation Front"),
    ("Liu Jianchao meets Mexican party delegation",
     "Liu Jianchao met a delegation of Mexico's Revolutionary Institutional Party on Friday.",
     "Institutional Revolutionary Party"),
    ("Liu Jianchao meets Mexico's Morena delegation",
     "Liu Jianchao met a delegation of the Movement for National Regeneration of Mexico.",
     "National Regeneration Movement"),
    ("Song Tao meets Ecuadorian party delegation",
     "Song Tao met a delegation of Ecuador's Citizens Revolution Movement on Friday.",
     "Citizen Revolution Movement"),
    ("Song Tao meets Peruvian party delegation",
     "Song Tao met a delegation of Peru's Fuerza 2011 led by its secretary-general.",
     "Popular Force"),
    ("Song Tao meets Brazilian party delegation",
     "Song Tao met a delegation of the Democrats (DEM) party of Brazil led by its president.",
     "Democrats (Brazil)"),
    ("Song Tao meets Brazilian party delegation",
     "Song Tao met a delegation of Brazil's Liberal Front Party (PFL).",
     "Democrats (Brazil)"),
    ("Song Tao meets Brazilian Labour Party delegation",
     "Song Tao met a delegation of the Brazilian Labour Party here on Friday.",
     "Brazilian Labour Party (current)"),
    ("Song Tao meets Brazilian party delegation",
     "Song Tao met a delegation of the Socialist Party of Brazil here on Friday.",
     "Brazilian Socialist Party"),
    ("Liu Jianchao meets Argentine party leader",
     "Liu Jianchao met Sergio Massa, leader of Argentina's Renewal Front.",
     "Renewal Front"),
    ("Song Tao meets Argentine communists",
     "Song Tao met a delegation of the Revolutionary Communist Party of Argentina.",
     "Revolutionary Communist Party (Argentina)"),
    ("Liu Jianchao meets Venezuelan opposition delegation",
     "Liu Jianchao met a delegation of the Unitary Platform of Venezuela.",
     "Unitary Platform"),
    ("Song Tao meets Dominican communists",
     "Song Tao met a delegation of the Communist Party of Labour (Dominican Republic).",
     "Communist Party of Labour (Dominican Republic)"),
    ("Song Tao meets Dominican ruling party delegation",
     "Song Tao met a delegation of the Dominican Modern Revolutionary Party.",
     "Modern Revolutionary Party"),
    ("Song Tao meets Trinidad and Tobago delegation",
     "Song Tao met Trinidad and Tobago's People's National Movement delegation.",
     "People's National Movement"),
    ("Song Tao meets Jamaican party delegation",
     "Song Tao met a delegation of the Jamaican People's National Party.",
     "People's National Party"),
    ("Song Tao meets Chilean coalition delegation",
     "Song Tao met a delegation of Chile Vamos, the governing coalition of Chile.",
     "Chile Vamos"),
    ("Song Tao meets Chilean party delegation",
     "Song Tao met a delegation of Chile's Party for Democracy (PPD).",
     "Party for Democracy"),
    ("Song Tao meets Guyanese opposition",
     "Song Tao met a delegation of We Invest in Nationhood, Guyana's main opposition party.",
     "We Invest in Nationhood"),
    ("Song Tao meets Paraguayan party delegation",
     "Song Tao met a delegation of the Paraguayan Colorado Party here on Friday.",
     "Colorado Party (Paraguay)"),
    ("Song Tao meets Colombian coalition",
     "Song Tao met a delegation of Colombia's Historic Pact here on Friday.",
     "Historic Pact for Colombia"),
]


@pytest.mark.parametrize(("title", "text", "party"), ZH_CASES, ids=[c[2] + " " + c[0] for c in ZH_CASES])
def test_chinese_alias(title: str, text: str, party: str) -> None:
    assert party in _parties("zh", title, text)


@pytest.mark.parametrize(("title", "text", "party"), EN_CASES, ids=[c[2] + " " + c[1][:40] for c in EN_CASES])
def test_english_alias(title: str, text: str, party: str) -> None:
    assert party in _parties("en", title, text)


NEGATIVE = [
    # bare names every country has: no LAC party without a LAC name
    ("zh", "宋涛会见社会党代表团", "中联部部长宋涛10日在京会见社会党代表团。"),
    ("zh", "宋涛会见工党代表团", "中联部部长宋涛10日在京会见工党代表团。"),
    ("zh", "宋涛会见国民党代表团", "中联部部长宋涛10日在京会见国民党代表团。"),
    ("zh", "宋涛会见朝鲜劳动党代表团", "中联部部长宋涛10日在京会见朝鲜劳动党代表团。"),
    ("zh", "宋涛会见西班牙工人社会党代表团", "中联部部长宋涛10日在京会见西班牙工人社会党代表团。"),
    ("en", "Song Tao meets delegation of Workers' Party of Korea",
     "Song Tao met a delegation of the Workers' Party of Korea here on Friday."),
    ("en", "Song Tao meets Italian Democrats", "Song Tao met a delegation of the Democrats of Italy."),
]


@pytest.mark.parametrize(("lang", "title", "text"), NEGATIVE, ids=[c[1] for c in NEGATIVE])
def test_ambiguous_or_foreign_name_is_no_lac_party(lang: str, title: str, text: str) -> None:
    assert _parties(lang, title, text) == set()


def test_new_aliases_resolve_in_the_gazetteer() -> None:
    gaz = Gazetteer.load()
    expected = {
        "巴西工人党": "pt-br", "争社运": "mas-bo", "国家复兴运动": "morena-mx", "历史公约": "ph-co",
        "乌拉圭国民党": "pn-uy", "全国共和联盟": "anr-py", "现代革命党": "prm-do", "法马解阵": "fmln-sv",
        "自由和重建党": "libre-hn", "美洲人民革命联盟": "apra-pe", "Fuerza 2011": "fp-pe",
        "Partido da Frente Liberal": "dem-br", "Frente Renovador": "fr-ar",
        "Plataforma Unitaria Democrática": "pud-ve", "Partido Comunista del Trabajo": "pct-do",
    }
    for alias, party_id in expected.items():
        found = gaz.party_by_alias(alias)
        assert found is not None and found.id == party_id, alias
    # a shared acronym resolves only with its country
    assert gaz.party_by_alias("PPD") is None
    assert gaz.party_by_alias("PPD", country="CHL").id == "ppd-cl"
    assert gaz.party_by_alias("PPD", country="PRI").id == "ppd-pr"
