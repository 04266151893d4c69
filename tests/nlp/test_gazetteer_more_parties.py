"""LAC parties added to the gazetteer later (São Paulo Forum and COPPPAL members, Caribbean
governing and opposition parties, communist and workers' parties): each self-written release in the
style of Xinhua/IDCPC must name the right canonical party, and a name that only looks like one of
them (Spain's Podemos, Panama's Democratic Change, a British party) must not be read as it."""

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
    ("郭业洲会见哥伦比亚客人",
     "中联部副部长郭业洲10日在京会见哥伦比亚独立革命工人运动代表团。",
     "Independent and Revolutionary Workers' Movement"),
    ("宋涛会见智利进步党主席",
     "中联部部长宋涛10日在京会见智利进步党主席一行。",
     "Progressive Party (Chile)"),
    ("宋涛会见智利平等党代表团",
     "中联部部长宋涛10日在京会见智利平等党代表团，双方交流了治党经验。",
     "Equality Party (Chile)"),
    ("郭业洲会见厄瓜多尔客人",
     "中联部副部长郭业洲10日在京会见厄瓜多尔人民民主运动领导人。",
     "Popular Unity (Ecuador)"),
    ("宋涛会见厄瓜多尔罗尔多斯党代表团",
     "中联部部长宋涛10日在京会见厄瓜多尔罗尔多斯党代表团。",
     "Ecuadorian Roldosist Party"),
    ("王家瑞会见巴拉圭客人",
     "中联部部长王家瑞10日在京会见巴拉圭争取变革爱国联盟代表团。",
     "Patriotic Alliance for Change"),
    ("王家瑞会见秘鲁必胜联盟代表团",
     "中联部部长王家瑞10日在京会见秘鲁必胜联盟代表团。",
     "Gana Perú"),
    ("宋涛会见乌拉圭人民胜利党代表团",
     "中联部部长宋涛10日在京会见乌拉圭人民胜利党总书记。",
     "Party for the Victory of the People"),
    ("宋涛会见委内瑞拉人民选举运动代表团",
     "中联部部长宋涛10日在京会见委内瑞拉人民选举运动代表团。",
     "People's Electoral Movement (Venezuela)"),
    ("郭业洲会见尼加拉瓜保守党代表团",
     "中联部副部长郭业洲10日在京会见尼加拉瓜保守党代表团。",
     "Conservative Party (Nicaragua)"),
    ("郭业洲会见萨尔瓦多民主变革党代表团",
     "中联部副部长郭业洲10日在京会见萨尔瓦多民主变革党代表团。",
     "Democratic Change (El Salvador)"),
    ("宋涛会见哥斯达黎加新共和国党代表团",
     "中联部部长宋涛10日在京会见哥斯达黎加新共和国党代表团。",
     "New Republic Party (Costa Rica)"),
    ("宋涛会见多米尼加广泛阵线代表团",
     "中联部部长宋涛10日在京会见多米尼加广泛阵线代表团。",
     "Broad Front (Dominican Republic)"),
    ("宋涛会见特多全国重建联盟代表团",
     "中联部部长宋涛10日在京会见特立尼达和多巴哥全国重建联盟代表团。",
     "National Alliance for Reconstruction"),
    ("宋涛会见格林纳达客人",
     "中联部部长宋涛10日在京会见格林纳达莫里斯·毕晓普爱国运动代表团。",
     "Maurice Bishop Patriotic Movement"),
    ("王家瑞会见苏里南新阵线代表团",
     "中联部部长王家瑞10日在京会见苏里南新阵线代表团。",
     "New Front for Democracy and Development"),
    ("宋涛会见马提尼克共产党代表团",
     "中联部部长宋涛10日在京会见马提尼克共产党代表团。",
     "Martinican Communist Party"),
    ("郭业洲会见委内瑞拉激进事业党代表团",
     "中联部副部长郭业洲10日在京会见委内瑞拉激进事业党代表团。",
     "Radical Cause"),
    ("宋涛会见智利前进联盟代表团",
     "中联部部长宋涛10日在京会见智利前进联盟代表团。",
     "Chile Vamos"),
    # the country named once, the party then written without it
    ("宋涛会见乌拉圭政党代表团",
     "中联部部长宋涛10日在京会见乌拉圭政党代表团。宋涛会见了人民胜利党总书记一行。",
     "Party for the Victory of the People"),
]

EN_CASES = [
    ("Song Tao meets Argentine Trotskyists",
     "Song Tao met a delegation of Argentina's Socialist Workers' Movement on Friday.",
     "Socialist Workers' Movement (Argentina)"),
    ("Guo Yezhou meets Argentine guests",
     "Guo Yezhou met leaders of Izquierda Socialista of Argentina on Friday.",
     "Socialist Left (Argentina)"),
    ("Song Tao meets Bolivian party delegation",
     "Song Tao met a delegation of the Free Bolivia Movement (MBL) on Friday.",
     "Free Bolivia Movement"),
    ("Song Tao meets Brazilian party delegation",
     "Song Tao met a delegation of Brazil's Unidade Popular on Friday.",
     "Popular Unity (Brazil)"),
    ("Song Tao meets Chilean party leader",
     "Song Tao met the founder of Chile's Progressive Party on Friday.",
     "Progressive Party (Chile)"),
    ("Song Tao meets Chilean party delegation",
     "Song Tao met a delegation of the Christian Left Party of Chile on Friday.",
     "Christian Left Party of Chile"),
    ("Song Tao meets Colombian guests",
     "Song Tao met leaders of Colombia's Patriotic March movement on Friday.",
     "Patriotic March"),
    ("Song Tao meets Ecuadorian party delegation",
     "Song Tao met a delegation of the Ecuadorian Roldosist Party (PRE) on Friday.",
     "Ecuadorian Roldosist Party"),
    ("Song Tao meets Paraguayan party delegation",
     "Song Tao met a delegation of the Revolutionary Febrerista Party of Paraguay on Friday.",
     "Revolutionary Febrerista Party"),
    ("Song Tao meets Venezuelan party delegation",
     "Song Tao met a delegation of the Venezuelan Popular Unity (UPV) on Friday.",
     "Venezuelan Popular Unity"),
    ("Song Tao meets Guyanese opposition",
     "Song Tao met a delegation of A New and United Guyana (ANUG) on Friday.",
     "A New and United Guyana"),
    ("Song Tao meets Montserrat delegation",
     "Song Tao met a delegation of Montserrat's Movement for Change and Prosperity on Friday.",
     "Movement for Change and Prosperity"),
    ("Song Tao meets Puerto Rican guests",
     "Song Tao met a delegation of the Hostosian National Independence Movement on Friday.",
     "Hostosian National Independence Movement"),
    ("Song Tao meets Curacao party delegation",
     "Song Tao met a delegation of Curacao's Frente Obrero Liberashon 30 di Mei on Friday.",
     "Workers' Liberation Front"),
    ("Song Tao meets Haitian party delegation",
     "Song Tao met a delegation of Haiti's Pitit Desalin on Friday.",
     "Pitit Desalin"),
    ("Song Tao meets Salvadoran communists",
     "Song Tao met veterans of the Communist Party of El Salvador on Friday.",
     "Communist Party of El Salvador"),
    ("Song Tao meets Saint Kitts and Nevis delegation",
     "Song Tao met leaders of Saint Kitts and Nevis's Team Unity on Friday.",
     "Team Unity (Saint Kitts and Nevis)"),
    ("Song Tao meets Mexican party delegation",
     "Song Tao met a delegation of Mexico's Partido Encuentro Solidario on Friday.",
     "Social Encounter Party"),
]


@pytest.mark.parametrize(("title", "text", "party"), ZH_CASES, ids=[c[2] + " " + c[0] for c in ZH_CASES])
def test_chinese_name(title: str, text: str, party: str) -> None:
    assert party in _parties("zh", title, text)


@pytest.mark.parametrize(("title", "text", "party"), EN_CASES, ids=[c[2] + " " + c[1][:40] for c in EN_CASES])
def test_english_name(title: str, text: str, party: str) -> None:
    assert party in _parties("en", title, text)


# a name that resembles a new entry, but names another party (or none)
OTHER = [
    ("zh", "宋涛会见巴拿马民主变革党代表团", "中联部部长宋涛10日在京会见巴拿马民主变革党代表团。",
     {"Democratic Change"}),
    ("en", "Song Tao meets Panamanian party delegation",
     "Song Tao met a delegation of Panama's Democratic Change (Cambio Democrático) on Friday.",
     {"Democratic Change"}),
    ("en", "Song Tao meets Ecuadorian party delegation",
     "Song Tao met a delegation of Ecuador's Social Christian Party (PSC) on Friday.",
     {"Social Christian Party (Ecuador)"}),
    ("en", "Song Tao meets Spanish party delegation",
     "Song Tao met a delegation of Spain's Podemos party on Friday.", set()),
    ("zh", "宋涛会见西班牙我们能党代表团", "中联部部长宋涛10日在京会见西班牙我们能党代表团。", set()),
    ("en", "Song Tao meets British party delegation",
     "Song Tao met a delegation of Britain's Conservative Party on Friday.", set()),
    ("en", "Song Tao meets Brazilian movement",
     "Song Tao met leaders of Brazil's Landless Workers' Movement (MST) on Friday.", set()),
    ("zh", "宋涛会见斯里兰卡客人", "中联部部长宋涛10日在京会见斯里兰卡人民民主运动代表团。", set()),
    ("en", "Song Tao meets Peruvian delegation",
     "Song Tao met a Peruvian delegation and said both sides opened a new front in team unity.", set()),
]


@pytest.mark.parametrize(("lang", "title", "text", "parties"), OTHER, ids=[c[1] for c in OTHER])
def test_lookalike_is_not_the_new_party(lang: str, title: str, text: str, parties: set[str]) -> None:
    assert _parties(lang, title, text) == parties


def test_new_entries_in_the_gazetteer() -> None:
    gaz = Gazetteer.load()
    expected = {
        "哥伦比亚独立革命工人运动": "moir-co", "厄瓜多尔罗尔多斯党": "pre-ec", "乌拉圭人民胜利党": "pvp-uy",
        "马提尼克共产党": "pcm-mq", "Movimiento Bolivia Libre": "mbl-bo", "UNACE": "unace-py",
        "Movimiento Electoral del Pueblo": "mep-ve", "Alianza Bravo Pueblo": "abp-ve", "TUF": "tuf-gy",
        "Partido Roldosista Ecuatoriano": "pre-ec",
        "Movimiento Independentista Nacional Hostosiano": "minh-pr",
    }
    for alias, party_id in expected.items():
        found = gaz.party_by_alias(alias)
        assert found is not None and found.id == party_id, alias
    # leftist rule: communist and workers' parties and São Paulo Forum members are leftist,
    # labour, conservative and big-tent parties are not
    for party_id in ("pcs-sv", "pcm-mq", "moir-co", "pvp-uy", "mep-ve", "mbpm-gd", "pro-cl", "minh-pr"):
        assert gaz.get(party_id).leftist, party_id
    for party_id in ("spa-sr", "nar-tt", "pp-tt", "tuf-gy", "apc-py", "cd-sv", "prian-ec"):
        assert not gaz.get(party_id).leftist, party_id
    # a shared Spanish name still needs the country: Cambio Democrático is Panama's or El Salvador's
    assert {p.id for p in gaz.parties_by_alias("Cambio Democrático")} == {"cd-pa", "cd-sv"}
    assert gaz.party_by_alias("Cambio Democrático", country="SLV").id == "cd-sv"
    # a party merged into another names its successor
    assert gaz.get("pcs-sv").merged_into == "fmln-sv"
    assert gaz.get("psc-br").merged_into == "podemos-br"
