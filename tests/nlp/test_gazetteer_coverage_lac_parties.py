"""Coverage of the gazetteer's Latin American and Caribbean parties: parties added country by country
(communist and socialist parties, ruling parties' predecessors, coalitions, parties in parliament)
and names added to existing entries (Spanish/Portuguese official names, older names, English
translations agencies use, Chinese renderings). Each case is a self-written release in the style of
the IDCPC's pages or a news-agency copy; the party must come out with its canonical name (the
English Wikipedia title) and the release's country. The negatives check that the new names do not
fire on parties, festivals or words outside the region."""

from __future__ import annotations

import pytest

from nlp.extract import extract

URL = "https://www.idcpc.org.cn/english/news/201905/t20190510_1.html"
EN_LEAD = "BEIJING, May 10 (Xinhua) -- "
ZH_LEAD = "新华社北京5月10日电 "


def _record(lang: str, title: str, text: str, published: str = "2019-05-10"):  # noqa: ANN202
    lead = ZH_LEAD if lang == "zh" else EN_LEAD
    return extract({"url": URL, "source": "idcpc", "lang": lang, "title": title,
                    "published": published, "text": lead + text})


def _parties(rec) -> set[str]:  # noqa: ANN001
    return {c.party for c in rec.contacts if c.party}


# (title, text, canonical party, country): English releases
EN_CASES = [
    # new entries
    ("Liu Jianchao meets Nicaraguan communists",
     "Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of Nicaragua led by "
     "its general secretary in Beijing on Friday.",
     "Communist Party of Nicaragua", "Nicaragua"),
    ("IDCPC official meets Nicaraguan Socialist Party delegation",
     "A vice minister of the IDCPC met with a delegation of the Nicaraguan Socialist Party (PSN) on Friday. "
     "The two sides exchanged views on party building.",
     "Nicaraguan Socialist Party", "Nicaragua"),
    ("Song Tao meets Honduran communists",
     "Song Tao, head of the IDCPC, met with former leaders of the Communist Party of Honduras in Beijing.",
     "Communist Party of Honduras", "Honduras"),
    ("Delegation of Christian Democrats of Honduras visits China",
     "Guo Yezhou, vice minister of the IDCPC, met with a delegation of the Christian Democratic Party of "
     "Honduras led by its president on Friday.",
     "Christian Democratic Party of Honduras", "Honduras"),
    ("Liu Jianchao meets Dominican Communist Party veterans",
     "Liu Jianchao, head of the IDCPC, met with veterans of the Dominican Communist Party in Beijing.",
     "Dominican Communist Party", "Dominican Republic"),
    ("IDCPC meets Haitian communists",
     "A vice minister of the IDCPC met with a delegation of the Unified Party of Haitian Communists (PUCH).",
     "Unified Party of Haitian Communists", "Haiti"),
    ("Song Tao meets PROS delegation from Brazil",
     "Song Tao, head of the IDCPC, met with a delegation of Brazil's Republican Party of the Social Order "
     "(PROS) on Friday.",
     "Republican Party of the Social Order", "Brazil"),
    ("IDCPC meets Brazilian Party of National Mobilization",
     "Guo Yezhou, vice minister of the IDCPC, met with a delegation of the Party of National Mobilization "
     "(PMN) of Brazil in Beijing.",
     "Party of National Mobilization", "Brazil"),
    ("Brazilian Avante party delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Brazil's Avante party led by its president, "
     "formerly the Labour Party of Brazil (PTdoB).",
     "Avante (political party)", "Brazil"),
    ("IDCPC meets Brazil's Revolutionary Communist Party",
     "The IDCPC received a delegation of the Revolutionary Communist Party of Brazil on Friday.",
     "Revolutionary Communist Party (Brazil)", "Brazil"),
    ("Liu Jianchao meets Cuban guests",
     "Liu Jianchao, head of the IDCPC, met with Cuban historians who spoke of the 26th of July Movement "
     "and its place in the history of the Communist Party of Cuba.",
     "26th of July Movement", "Cuba"),
    ("Seminar on Cuban party history",
     "The IDCPC held a seminar with a Cuban delegation on the Integrated Revolutionary Organizations (ORI) "
     "founded in 1961.",
     "Integrated Revolutionary Organizations", "Cuba"),
    ("Mexican coalition delegation visits China",
     "Song Tao, head of the IDCPC, met with a delegation of Mexico's Juntos Haremos Historia coalition in "
     "Beijing on Friday.",
     "Juntos Haremos Historia", "Mexico"),
    ("IDCPC meets Sigamos Haciendo Historia delegation",
     "A vice minister of the IDCPC met with legislators of Mexico's ruling coalition Sigamos Haciendo "
     "Historia on Friday.",
     "Sigamos Haciendo Historia", "Mexico"),
    ("Mexican opposition alliance delegation in Beijing",
     "The IDCPC met with a delegation of Mexico's opposition alliance Fuerza y Corazón por México.",
     "Fuerza y Corazón por México", "Mexico"),
    ("IDCPC meets Va por México legislators",
     "A vice minister of the IDCPC met with Mexican legislators of the Va por México alliance.",
     "Va por México", "Mexico"),
    ("History of the Mexican left",
     "The IDCPC received a delegation of former leaders of the Unified Socialist Party of Mexico (PSUM).",
     "Unified Socialist Party of Mexico", "Mexico"),
    ("Argentine delegation visits China",
     "Song Tao, head of the IDCPC, met with a delegation of Argentina's Citizen's Unity front led by a "
     "senator on Friday.",
     "Citizen's Unity", "Argentina"),
    ("Argentina's FREPASO leaders in China",
     "The IDCPC met with former leaders of Argentina's Front for a Country in Solidarity (FREPASO).",
     "Front for a Country in Solidarity", "Argentina"),
    ("Bolivian opposition delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Bolivia's Plan Progress for Bolivia – National "
     "Convergence (PPB-CN) on Friday.",
     "Plan Progress for Bolivia – National Convergence", "Bolivia"),
    ("Chilean left coalition delegation visits China",
     "The IDCPC met with a delegation of Chile's Juntos Podemos Más pact of communists and humanists.",
     "Juntos Podemos Más", "Chile"),
    ("Guatemalan left delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Guatemala's New Nation Alternative (ANN).",
     "New Nation Alternative", "Guatemala"),
    ("IDCPC meets Guatemala's Unionist Party",
     "The IDCPC met with a delegation of the Unionist Party of Guatemala led by its secretary general.",
     "Unionist Party (Guatemala)", "Guatemala"),
    ("Costa Rican legislators visit China",
     "A vice minister of the IDCPC met with legislators of Costa Rica's Accessibility without Exclusion "
     "party (PASE).",
     "Accessibility without Exclusion", "Costa Rica"),
    ("IDCPC meets Costa Rican Renewal Party",
     "The IDCPC met with a delegation of the Costa Rican Renewal Party on Friday.",
     "Costa Rican Renewal Party", "Costa Rica"),
    ("NJAC delegation visits China",
     "The IDCPC met with a delegation of Trinidad and Tobago's National Joint Action Committee (NJAC).",
     "National Joint Action Committee", "Trinidad and Tobago"),
    ("Vincentian veterans visit China",
     "The IDCPC met with veterans of the Saint Vincent Labour Party who later founded the Unity Labour "
     "Party's precursor talks.",
     "Saint Vincent Labour Party", "Saint Vincent and the Grenadines"),
    ("Surinamese party delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Suriname's Brotherhood and Unity in Politics "
     "(BEP) party.",
     "Brotherhood and Unity in Politics", "Suriname"),
    ("IDCPC meets Democratic Alternative '91",
     "The IDCPC met with a delegation of Suriname's Democratic Alternative '91 on Friday.",
     "Democratic Alternative '91", "Suriname"),
    ("Suriname's PALU delegation visits China",
     "The IDCPC met with a delegation of Suriname's Progressive Workers' and Farmers' Union (PALU).",
     "Progressive Workers' and Farmers' Union", "Suriname"),
    ("Puerto Rican socialists in Beijing",
     "The IDCPC met with former leaders of the Puerto Rican Socialist Party on Friday.",
     "Puerto Rican Socialist Party", "Puerto Rico"),
    ("Venezuelan opposition party delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Venezuela's Project Venezuela (Proyecto "
     "Venezuela) party.",
     "Project Venezuela", "Venezuela"),
    ("IDCPC meets Venezuela's Socialist League",
     "The IDCPC met with a delegation of the Socialist League of Venezuela, a member of the Great Patriotic "
     "Pole.",
     "Socialist League (Venezuela)", "Venezuela"),
    ("IDCPC meets Venezuelan Progressive Advance party",
     "A vice minister of the IDCPC met with a delegation of Venezuela's Progressive Advance (Avanzada "
     "Progresista) party.",
     "Progressive Advance", "Venezuela"),
    ("Uruguayan Broad Front sector visits China",
     "The IDCPC met with a delegation of Uruguay Assembly (Asamblea Uruguay), a sector of Uruguay's Broad "
     "Front.",
     "Uruguay Assembly", "Uruguay"),
    ("IDCPC meets New Space of Uruguay",
     "A vice minister of the IDCPC met with a delegation of Uruguay's New Space (Nuevo Espacio) party.",
     "New Space (Uruguay)", "Uruguay"),
    ("Paraguayan party delegation visits China",
     "The IDCPC met with a delegation of Paraguay's Progressive Democratic Party led by its president.",
     "Progressive Democratic Party (Paraguay)", "Paraguay"),
    ("Nicaraguan opposition party delegation",
     "The IDCPC met with a delegation of Nicaragua's Citizens for Freedom (CxL) party.",
     "Citizens for Freedom", "Nicaragua"),
    ("IDCPC meets Colombian legislators",
     "A vice minister of the IDCPC met with senators of Colombia's Independent Movement of Absolute "
     "Renovation (MIRA).",
     "Independent Movement of Absolute Renovation", "Colombia"),
    ("IDCPC meets Colombian party",
     "The IDCPC met with a delegation of Colombia Justa Libres led by its president.",
     "Colombia Justa Libres", "Colombia"),
    ("IDCPC meets Guatemalan party",
     "A vice minister of the IDCPC met with a delegation of Encuentro por Guatemala on Friday.",
     "Encuentro por Guatemala", "Guatemala"),
    # names added to existing entries
    ("Argentine Civic Coalition delegation visits China",
     "A vice minister of the IDCPC met with a delegation of Argentina's Afirmación para una República "
     "Igualitaria (ARI).",
     "Civic Coalition ARI", "Argentina"),
    ("IDCPC meets Argentina's radicals",
     "The IDCPC met with a delegation of Argentina's Civic Radical Union led by its chairman.",
     "Radical Civic Union", "Argentina"),
    ("Brazilian PTN delegation",
     "A vice minister of the IDCPC met with a delegation of Brazil's Partido Trabalhista Nacional (PTN).",
     "Podemos (Brazil)", "Brazil"),
    ("Chilean radicals visit China",
     "The IDCPC met with a delegation of Chile's PRSD led by its chairman on Friday.",
     "Radical Party of Chile", "Chile"),
    ("IDCPC meets party delegation",
     "The IDCPC met with a delegation of the Democratic Center Party led by its president.",
     "Democratic Center (Colombia)", "Colombia"),
    ("IDCPC meets Broad Front delegation",
     "A vice minister of the IDCPC met with a delegation of the Broad Front for Justice, Life and "
     "Liberty on Friday.",
     "Broad Front (Peru)", "Peru"),
    ("Peruvian Humanist Party delegation visits China",
     "The IDCPC met with a delegation of the Peruvian Humanist Party led by its president Yehude Simon.",
     "Together for Peru", "Peru"),
    ("Mexican PPSM delegation visits China",
     "The IDCPC met with a delegation of Mexico's PPSM led by its general secretary.",
     "Popular Socialist Party (Mexico)", "Mexico"),
    ("Honduran Democratic Unification delegation",
     "The IDCPC met with a delegation of Honduras' Unificación Democrática led by its coordinator.",
     "Democratic Unification Party", "Honduras"),
    ("Costa Rican Popular Vanguard delegation",
     "A vice minister of the IDCPC met with a delegation of Costa Rica's Vanguardia Popular.",
     "Popular Vanguard Party", "Costa Rica"),
    ("IDCPC meets party veterans",
     "The IDCPC met with former leaders of the Lavalas Political Organization on Friday.",
     "Struggling People's Organization", "Haiti"),
    ("Dominican communists visit China",
     "A vice minister of the IDCPC met with a delegation of the Communist Party of Labour of the Dominican "
     "Republic on Friday.",
     "Communist Party of Labour (Dominican Republic)", "Dominican Republic"),
    ("Guatemalan communists visit China",
     "The IDCPC met with a delegation of the Party of Labour of Guatemala led by its general secretary.",
     "Guatemalan Party of Labour", "Guatemala"),
    ("Nicaraguan liberals visit China",
     "The IDCPC met with a delegation of Nicaragua's Constitutional Liberal Party on Friday.",
     "Constitutionalist Liberal Party", "Nicaragua"),
    ("Argentine Front of All delegation",
     "A vice minister of the IDCPC met with legislators of Argentina's Front of All coalition.",
     "Frente de Todos", "Argentina"),
    ("Peruvian legislators visit China",
     "A vice minister of the IDCPC met with legislators of the Agricultural People's Front of Peru (FREPAP).",
     "Agricultural People's Front of Peru", "Peru"),
    ("IDCPC meets Kirchnerist delegation",
     "The IDCPC met with a delegation of the Front for the Victory led by its vice president on Friday.",
     "Front for Victory", "Argentina"),
    ("IDCPC meets Argentine ruling coalition",
     "A vice minister of the IDCPC met with legislators of the Union for the Fatherland coalition of "
     "Argentina.",
     "Union for the Homeland", "Argentina"),
    ("IDCPC meets Chilean coalition",
     "The IDCPC met with legislators of the Let's Go Chile coalition on Friday.",
     "Chile Vamos", "Chile"),
    ("IDCPC meets Venezuelan opposition",
     "A vice minister of the IDCPC met with a delegation of the Democratic Unity Table on Friday.",
     "Democratic Unity Roundtable", "Venezuela"),
    ("IDCPC meets Peruvian party",
     "The IDCPC met with a delegation of the Partido Político Contigo led by its president.",
     "Peruvians for Change", "Peru"),
    ("IDCPC meets Mexican ruling party",
     "A vice minister of the IDCPC met with a delegation of the Movement of National Regeneration on Friday.",
     "National Regeneration Movement", "Mexico"),
    ("IDCPC meets Guatemalan left",
     "The IDCPC met with a delegation of the National Revolutionary Unity of Guatemala on Friday.",
     "Guatemalan National Revolutionary Unity", "Guatemala"),
    ("IDCPC meets Venezuelan party",
     "A vice minister of the IDCPC met with a delegation of the Tupamaro Revolutionary Movement on Friday.",
     "Tupamaro (Venezuela)", "Venezuela"),
    ("IDCPC meets Paraguayan party",
     "The IDCPC met with a delegation of the Tekojoja Popular Movement led by its president.",
     "Popular Movement Tekojoja", "Paraguay"),
    ("IDCPC meets Dominican left party",
     "A vice minister of the IDCPC met with a delegation of the Revolutionary Force of the Dominican "
     "Republic.",
     "Force of the Revolution", "Dominican Republic"),
    ("Venezuelan First Justice delegation",
     "A vice minister of the IDCPC met with legislators of Venezuela's First Justice party.",
     "Justice First", "Venezuela"),
]

# (title, text, canonical party, country): Chinese releases
ZH_CASES = [
    ("刘建超会见尼加拉瓜共产党代表团",
     "中联部部长刘建超10日在京会见尼加拉瓜共产党总书记率领的代表团。",
     "Communist Party of Nicaragua", "Nicaragua"),
    ("郭业洲会见尼加拉瓜社会党代表团",
     "中联部副部长郭业洲10日在京会见尼加拉瓜社会党代表团。",
     "Nicaraguan Socialist Party", "Nicaragua"),
    ("宋涛会见洪都拉斯共产党老党员",
     "中联部部长宋涛10日在京会见洪都拉斯共产党老党员代表团。",
     "Communist Party of Honduras", "Honduras"),
    ("郭业洲会见洪都拉斯基督教民主党代表团",
     "中联部副部长郭业洲10日在京会见洪都拉斯基督教民主党主席。",
     "Christian Democratic Party of Honduras", "Honduras"),
    ("刘建超会见多米尼加共产党老领导人",
     "中联部部长刘建超10日在京会见多米尼加共产党老领导人。",
     "Dominican Communist Party", "Dominican Republic"),
    ("宋涛会见巴西社会秩序共和党代表团",
     "中联部部长宋涛10日在京会见巴西社会秩序共和党代表团。",
     "Republican Party of the Social Order", "Brazil"),
    ("中联部领导会见巴西我们能党代表团",
     "中联部副部长10日在京会见巴西我们能党主席率领的代表团。",
     "Podemos (Brazil)", "Brazil"),
    ("刘建超会见古巴七·二六运动老战士代表团",
     "中联部部长刘建超10日在京会见古巴七·二六运动老战士代表团。",
     "26th of July Movement", "Cuba"),
    ("中联部领导会见古巴革命统一组织老战士",
     "中联部副部长10日在京会见古巴革命统一组织老战士代表团。",
     "Integrated Revolutionary Organizations", "Cuba"),
    ("刘建超会见古巴社会主义革命统一党老党员",
     "中联部部长刘建超10日在京会见古巴社会主义革命统一党老党员代表团。",
     "United Party of the Cuban Socialist Revolution", "Cuba"),
    ("郭业洲会见哥伦比亚爱国进军运动代表团",
     "中联部副部长郭业洲10日在京会见哥伦比亚爱国进军运动代表团。",
     "Patriotic March", "Colombia"),
    ("郭业洲会见哥伦比亚另类民主极代表团",
     "中联部副部长郭业洲10日在京会见哥伦比亚另类民主极主席。",
     "Alternative Democratic Pole", "Colombia"),
    ("刘建超会见秘鲁我们能党代表团",
     "中联部部长刘建超10日在京会见秘鲁我们能党主席。",
     "Podemos Perú", "Peru"),
    ("宋涛会见牙买加劳工党代表团",
     "中联部部长宋涛10日在京会见牙买加劳工党总书记。",
     "Jamaica Labour Party", "Jamaica"),
    ("郭业洲会见波多黎各社会党老领导人",
     "中联部副部长郭业洲10日在京会见波多黎各社会党老领导人。",
     "Puerto Rican Socialist Party", "Puerto Rico"),
]


@pytest.mark.parametrize(("title", "text", "party", "country"), EN_CASES, ids=[c[2] for c in EN_CASES])
def test_english_release_names_the_party(title: str, text: str, party: str, country: str) -> None:
    rec = _record("en", title, text)
    assert party in _parties(rec)
    assert rec.country == country


@pytest.mark.parametrize(("title", "text", "party", "country"), ZH_CASES, ids=[c[2] for c in ZH_CASES])
def test_chinese_release_names_the_party(title: str, text: str, party: str, country: str) -> None:
    rec = _record("zh", title, text)
    assert party in _parties(rec)
    assert rec.country == country


def test_a_bare_pcr_is_argentinas_and_brazils_with_brazil() -> None:
    """'PCR' is now two parties' acronym: alone it keeps its usual meaning, Argentina's."""
    from nlp.gazetteer import Gazetteer
    gaz = Gazetteer.load()
    assert gaz.party_by_alias("PCR").id == "pcr-ar"
    assert gaz.party_by_alias("PCR", country="BRA").id == "pcr-br"


# Names outside the region that contain or equal a new name: no LAC party may be read
NEGATIVE_CASES = [
    ("en", "Chinese party delegation visits Britain",
     "A delegation of the IDCPC met with leaders of the Democratic Unionist Party in Belfast on Friday."),
    ("en", "CPC delegation attends Portuguese festival",
     "A delegation of the IDCPC attended the Avante! Festival of the Portuguese Communist Party in Lisbon."),
    ("en", "IDCPC meets British socialists",
     "A vice minister of the IDCPC met with a delegation of the Socialist Workers Party (Britain) in "
     "Beijing."),
    ("en", "IDCPC meets Spanish socialists",
     "A vice minister of the IDCPC met with a delegation of the Spanish Socialist Workers' Party in "
     "Beijing."),
    ("en", "IDCPC meets American party",
     "A vice minister of the IDCPC met with a delegation of the Party for Socialism and Liberation of the "
     "United States."),
    ("en", "IDCPC meets Polish delegation",
     "A vice minister of the IDCPC met with a delegation of Poland's Civic Coalition in Beijing on Friday."),
    ("zh", "中联部代表团访问英国",
     "中联部代表团10日在贝尔法斯特会见阿尔斯特统一党领导人。"),
    ("zh", "中联部领导会见西班牙我们能党代表团",
     "中联部副部长10日在京会见西班牙我们能党代表团。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), NEGATIVE_CASES, ids=[c[1] for c in NEGATIVE_CASES])
def test_names_outside_the_region_are_no_lac_party(lang: str, title: str, text: str) -> None:
    assert not _parties(_record(lang, title, text))


def test_panamas_peoples_party_stays_the_partido_popular() -> None:
    """No second 'People's Party' of Panama was added: the possessive form keeps its one meaning."""
    rec = _record("en", "IDCPC meets party delegation",
                  "The IDCPC met with a delegation of Panama's People's Party on Friday.")
    assert _parties(rec) == {"People's Party (Panama)"}


# Common words and phrases that resemble a new name: in a Mexican or Peruvian release about something
# else, no party may be read from them
WORD_CASES = [
    ("en", "China, Mexico hold talks",
     "Chinese and Mexican officials said they would go forward on trade, and praised the people of Mexico "
     "for their civic spirit and democratic unification of efforts."),
    ("en", "China, Peru hold talks",
     "Officials of China and Peru said both countries would build a new space for cooperation and that "
     "the popular vanguard of reform was in the provinces."),
    ("zh", "中墨举行会谈",
     "中墨双方10日在京举行会谈，强调要推进公民参与和民主统一的社会治理。"),
]


@pytest.mark.parametrize(("lang", "title", "text"), WORD_CASES, ids=[c[1] for c in WORD_CASES])
def test_ordinary_words_are_no_party(lang: str, title: str, text: str) -> None:
    assert not _parties(_record(lang, title, text))


@pytest.mark.parametrize("published, expected", [
    ("2016-04-20", "Communist Party of Cuba"),
    ("2021-04-20", "Communist Party of Cuba"),
])
def test_a_socialist_leader_speaks_for_the_party_ruling_on_the_day(published: str, expected: str) -> None:
    """Cuba's ruling party has predecessors in the gazetteer (the ORI, the PURSC): the leader of a
    socialist state named without his party is linked to the party ruling on the release's day,
    never to a predecessor dissolved decades before."""
    rec = _record("en", "Xi congratulates Cuban leader on reelection",
                  "In a message on Wednesday, Xi Jinping told Cuban leader Raul Castro that the two parties "
                  "will deepen their friendship, and wished the Cuban party's congress success.", published)
    assert expected in _parties(rec)
    assert "Integrated Revolutionary Organizations" not in _parties(rec)
    assert "United Party of the Cuban Socialist Revolution" not in _parties(rec)
