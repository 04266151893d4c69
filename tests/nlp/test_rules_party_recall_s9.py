"""Campaign 9B: the counterpart parties of relevant IDCPC pages, recall and precision.

The codebook: `contacts` and the parties list "every LAC party the page names as taking part in the
exchange, the host party of a visit included", by canonical name; a party of a country outside LAC
is never listed. Self-written releases in the style of the IDCPC pages and their copies on agency,
newspaper and embassy sites; the party, country and official names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

EN_URL = "https://www.idcpc.org.cn/english/news/201905/t20190510_1.html"
EN23_URL = "https://www.idcpc.org.cn/english2023/lldt/202403/t20240312_1.html"
ZH_URL = "https://www.idcpc.org.cn/lldt/202106/t20210618_1.html"
AGENCY_EN = "http://www.example-agency.com/english/2023-11/30/c_1.htm"
AGENCY_ZH = "http://www.news.example.cn/world/2023-11/30/c_1.htm"
HK_ZH = "https://www.hkcd.com/content/2023-11/30/content_1.html"
EMBASSY_ES = "http://es.china-embassy.gov.cn/esp/sgxx/202311/t20231130_1.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT_BR = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
FA_UY = "Broad Front"
PJ = "Justicialist Party"
PRI = "Institutional Revolutionary Party"
MORENA = "National Regeneration Movement"
PT_MX = "Labor Party (Mexico)"
PS_CL = "Socialist Party of Chile"
PC_CL = "Communist Party of Chile"
PPD_CL = "Party for Democracy"
PRD_PA = "Democratic Revolutionary Party"
PRD_MX = "Party of the Democratic Revolution"
PRD_DO = "Dominican Revolutionary Party"
PLD_DO = "Dominican Liberation Party"
PRM_DO = "Modern Revolutionary Party"
PNP_JM = "People's National Party"
JLP = "Jamaica Labour Party"
PNM_TT = "People's National Movement"
UNC_TT = "United National Congress"
PPP_GY = "People's Progressive Party/Civic"
PNCR_GY = "People's National Congress Reform"
BLP = "Barbados Labour Party"
DLP_BB = "Democratic Labour Party (Barbados)"
DLP_DM = "Dominica Labour Party"
ABLP = "Antigua and Barbuda Labour Party"
SKNLP = "Saint Kitts and Nevis Labour Party"
NDC_GD = "National Democratic Congress (Grenada)"
NNP_GD = "New National Party (Grenada)"
ULP = "Unity Labour Party"
NDP_VC = "New Democratic Party (Saint Vincent and the Grenadines)"
SLP = "Saint Lucia Labour Party"
UWP_LC = "United Workers Party (Saint Lucia)"
NDP_SR = "National Democratic Party (Suriname)"
VHP_SR = "Progressive Reform Party (Suriname)"
PUP_BZ = "People's United Party"
PLP_BS = "Progressive Liberal Party"
FNM_BS = "Free National Movement"
RC_EC = "Citizen Revolution Movement"
APRA = "Peruvian Aprista Party"
COLORADO_PY = "Colorado Party (Paraguay)"
LIBRE = "Liberty and Refoundation"
PLN_CR = "National Liberation Party"
URNG = "Guatemalan National Revolutionary Unity"
PCU = "Communist Party of Uruguay"
PSU = "Socialist Party of Uruguay"
MPP = "Movement of Popular Participation"
PCV = "Communist Party of Venezuela"
PCCOL = "Colombian Communist Party"
PACTO = "Historic Pact for Colombia"
LAVALAS = "Fanmi Lavalas"
FA_CR = "Broad Front (Costa Rica)"


def _check(record, expected: set[str], country: str | None) -> None:
    assert record.relevant
    assert parties(record) == expected
    if country is not None:
        assert record.country == country


# ---- English full names ------------------------------------------------------------------------

EN_FULL = [
    ("Liu Jianchao Meets Cuban Party Delegation",
     "Beijing, March 12th (IDCPC)--Liu Jianchao, head of the International Department of the CPC Central "
     "Committee (IDCPC), received a visiting delegation of the Communist Party of Cuba headed by Emilio "
     "Lozada, Head of the International Relations Department of its Central Committee.", {PCC}, "Cuba"),
    ("Song Tao Meets Venezuelan Ruling Party Delegation",
     "Beijing, May 9th--Song Tao, head of the IDCPC, met with a delegation of the United Socialist Party "
     "of Venezuela led by its Vice President Diosdado Cabello. The two sides exchanged views on "
     "party-to-party cooperation.", {PSUV}, "Venezuela"),
    ("Guo Yezhou Meets Nicaraguan Guests",
     "Beijing, October 21st--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the "
     "Sandinista National Liberation Front of Nicaragua headed by Carlos Fonseca Terán.",
     {FSLN}, "Nicaragua"),
    ("Chen Zhou Meets Brazilian Party Delegation",
     "Beijing, April 23rd--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the Workers' "
     "Party of Brazil. The two sides agreed to deepen exchanges on governance.", {PT_BR}, "Brazil"),
    ("CPC Official Meets PCdoB Leaders",
     "Beijing, July 3rd--Qian Hongshan, Vice Minister of the IDCPC, met with Luciana Santos, President of "
     "the Communist Party of Brazil, and her delegation.", {PCDOB}, "Brazil"),
    ("Song Tao Meets Bolivian MAS Delegation",
     "Beijing, June 14th--Song Tao met with a delegation of the Movement for Socialism of Bolivia led by "
     "Senator Leonardo Loza.", {MAS}, "Bolivia"),
    ("Guo Yezhou Meets Salvadoran Guests",
     "Beijing, August 8th--Guo Yezhou met with a delegation of the Farabundo Marti National Liberation "
     "Front of El Salvador, led by its Secretary General Oscar Ortiz.", {FMLN}, "El Salvador"),
    ("Liu Jianchao Meets Uruguayan Broad Front Delegation",
     "Beijing, November 2nd--Liu Jianchao met with a delegation of the Broad Front of Uruguay headed by "
     "Fernando Pereira, President of the party.", {FA_UY}, "Uruguay"),
    ("Song Tao Meets Argentine Delegation",
     "Beijing, September 5th--Song Tao met with a delegation of the Justicialist Party of Argentina led "
     "by its Vice President.", {PJ}, "Argentina"),
    ("Song Tao Meets Mexican PRI Leader",
     "Beijing, January 17th--Song Tao met with Claudia Ruiz Massieu, President of the Institutional "
     "Revolutionary Party of Mexico.", {PRI}, "Mexico"),
    ("Guo Yezhou Meets Mexican Labor Party Delegation",
     "Beijing, May 27th--Guo Yezhou met with a delegation of the Labor Party of Mexico led by its National "
     "Coordinator Alberto Anaya.", {PT_MX}, "Mexico"),
    ("Chen Zhou Meets Chilean Socialist Party Delegation",
     "Beijing, October 11th--Chen Zhou met with a delegation of the Socialist Party of Chile headed by "
     "its President Paulina Vodanovic.", {PS_CL}, "Chile"),
    ("Guo Yezhou Meets Chilean Communist Party Leader",
     "Beijing, December 5th--Guo Yezhou met with Lautaro Carmona, President of the Communist Party of "
     "Chile.", {PC_CL}, "Chile"),
    ("Song Tao Meets Panamanian PRD Delegation",
     "Beijing, November 20th--Song Tao met with a delegation of the Democratic Revolutionary Party of "
     "Panama led by its Secretary General Pedro Miguel González.", {PRD_PA}, "Panama"),
    ("Song Tao Meets Dominican Liberation Party Delegation",
     "Beijing, April 8th--Song Tao met with a delegation of the Dominican Liberation Party led by its "
     "Political Committee member Francisco Javier García.", {PLD_DO}, "Dominican Republic"),
    ("Qian Hongshan Meets Jamaican PNP Leader",
     "Beijing, September 24th--Qian Hongshan met with a delegation of the People's National Party of "
     "Jamaica led by its President Mark Golding.", {PNP_JM}, "Jamaica"),
    ("Chen Zhou Meets Delegation of Trinidad and Tobago's Ruling Party",
     "Beijing, June 6th--Chen Zhou met with a delegation of the People's National Movement of Trinidad "
     "and Tobago headed by its Chairman.", {PNM_TT}, "Trinidad and Tobago"),
    ("Guo Yezhou Meets Guyanese Party Delegation",
     "Beijing, August 19th--Guo Yezhou met with a delegation of the People's Progressive Party of Guyana "
     "led by its General Secretary Bharrat Jagdeo.", {PPP_GY}, "Guyana"),
    ("Chen Zhou Meets Barbados Labour Party Delegation",
     "Beijing, March 29th--Chen Zhou met with a delegation of the Barbados Labour Party. The two sides "
     "exchanged views on climate action.", {BLP}, "Barbados"),
    ("Song Tao Meets Dominica Labour Party Delegation",
     "Beijing, July 15th--Song Tao met with a delegation of the Dominica Labour Party, the ruling party "
     "of Dominica.", {DLP_DM}, "Dominica"),
    ("Qian Hongshan Meets Antiguan Guests",
     "Beijing, May 22nd--Qian Hongshan met with a delegation of the Antigua and Barbuda Labour Party "
     "headed by its Chairman.", {ABLP}, "Antigua and Barbuda"),
    ("Chen Zhou Meets St. Kitts-Nevis Labour Party Delegation",
     "Beijing, October 30th--Chen Zhou met with a delegation of the St. Kitts-Nevis Labour Party led by "
     "its Deputy Political Leader.", {SKNLP}, "Saint Kitts and Nevis"),
    ("Guo Yezhou Meets Grenadian Party Delegation",
     "Beijing, April 16th--Guo Yezhou met with a delegation of the National Democratic Congress of "
     "Grenada led by its General Secretary.", {NDC_GD}, "Grenada"),
    ("Song Tao Meets St. Vincent Ruling Party Delegation",
     "Beijing, June 25th--Song Tao met with a delegation of the Unity Labour Party of Saint Vincent and the "
     "Grenadines.", {ULP}, "Saint Vincent and the Grenadines"),
    ("Chen Zhou Meets St. Lucia Labour Party Delegation",
     "Beijing, September 9th--Chen Zhou met with a delegation of the St. Lucia Labour Party headed by its "
     "Chairman.", {SLP}, "Saint Lucia"),
    ("Guo Yezhou Meets Surinamese Guests",
     "Beijing, November 14th--Guo Yezhou met with a delegation of the National Democratic Party of "
     "Suriname.", {NDP_SR}, "Suriname"),
    ("Chen Zhou Meets Belizean Party Delegation",
     "Beijing, August 2nd--Chen Zhou met with a delegation of the People's United Party of Belize led by "
     "its Chairman.", {PUP_BZ}, "Belize"),
    ("Sun Haiyan Meets Bahamian Guests",
     "Beijing, December 7th--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
     "Progressive Liberal Party of the Bahamas.", {PLP_BS}, "Bahamas"),
    ("Guo Yezhou Meets Ecuadorian Citizen Revolution Delegation",
     "Beijing, May 13th--Guo Yezhou met with a delegation of the Citizen Revolution Movement of Ecuador "
     "led by its President Luisa González.", {RC_EC}, "Ecuador"),
    ("Chen Zhou Meets Peruvian APRA Delegation",
     "Beijing, July 9th--Chen Zhou met with a delegation of the Peruvian Aprista Party.", {APRA}, "Peru"),
    ("Qian Hongshan Meets Paraguayan Colorado Party Delegation",
     "Beijing, October 4th--Qian Hongshan met with a delegation of the Colorado Party of Paraguay led by "
     "a member of its Executive Board.", {COLORADO_PY}, "Paraguay"),
    ("Liu Jianchao Meets Honduran LIBRE Party Delegation",
     "Beijing, June 20th--Liu Jianchao met with a delegation of the Liberty and Refoundation Party of "
     "Honduras led by its General Coordinator.", {LIBRE}, "Honduras"),
    ("Guo Yezhou Meets Costa Rican PLN Delegation",
     "Beijing, March 7th--Guo Yezhou met with a delegation of the National Liberation Party of Costa "
     "Rica.", {PLN_CR}, "Costa Rica"),
    ("Chen Zhou Meets Guatemalan URNG Leaders",
     "Beijing, September 17th--Chen Zhou met with leaders of the Guatemalan National Revolutionary Unity "
     "party.", {URNG}, "Guatemala"),
    ("Song Tao Meets Haitian Fanmi Lavalas Delegation",
     "Beijing, April 2nd--Song Tao met with a delegation of the Fanmi Lavalas party of Haiti.", {LAVALAS},
     "Haiti"),
    ("Liu Jianchao Meets Colombian Historic Pact Delegation",
     "Beijing, August 28th--Liu Jianchao met with a delegation of the Historic Pact of Colombia, the "
     "ruling coalition.", {PACTO}, "Colombia"),
    ("Chen Zhou Meets Delegation of Communist Party of Venezuela",
     "Beijing, May 3rd--Chen Zhou met with Oscar Figuera, General Secretary of the Communist Party of "
     "Venezuela.", {PCV}, "Venezuela"),
    ("Guo Yezhou Meets Colombian Communist Party Delegation",
     "Beijing, June 30th--Guo Yezhou met with a delegation of the Colombian Communist Party led by its "
     "General Secretary Jaime Caycedo.", {PCCOL}, "Colombia"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), EN_FULL)
def test_english_full_names(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


# ---- names in the party's own language ---------------------------------------------------------

ORIGINAL = [
    ("Liu Jianchao Meets PSUV Delegation",
     "Beijing, March 4th--Liu Jianchao met with a delegation of Venezuela's Partido Socialista Unido de "
     "Venezuela (PSUV) led by its Vice President for International Affairs.", {PSUV}, "Venezuela"),
    ("Chen Zhou Meets Nicaraguan Party Guests",
     "Beijing, May 19th--Chen Zhou met with a delegation of the Frente Sandinista de Liberación Nacional "
     "of Nicaragua.", {FSLN}, "Nicaragua"),
    ("Guo Yezhou Meets Brazilian PT Delegation",
     "Beijing, October 15th--Guo Yezhou met with a delegation of the Partido dos Trabalhadores of Brazil "
     "headed by its National President Gleisi Hoffmann.", {PT_BR}, "Brazil"),
    ("Chen Zhou Meets PCdoB Delegation",
     "Beijing, August 12th--Chen Zhou met with a delegation of the Partido Comunista do Brasil.",
     {PCDOB}, "Brazil"),
    ("Song Tao Meets Bolivian MAS Leaders",
     "Beijing, November 6th--Song Tao met with leaders of the Movimiento al Socialismo of Bolivia.", {MAS},
     "Bolivia"),
    ("Liu Jianchao Meets Uruguayan Frente Amplio Delegation",
     "Beijing, April 18th--Liu Jianchao met with a delegation of Uruguay's Frente Amplio.", {FA_UY},
     "Uruguay"),
    ("Guo Yezhou Meets Argentine Partido Justicialista Delegation",
     "Beijing, September 27th--Guo Yezhou met with a delegation of the Partido Justicialista of Argentina.",
     {PJ}, "Argentina"),
    ("Liu Jianchao Meets MORENA Delegation",
     "Beijing, July 22nd--Liu Jianchao met with a delegation of Mexico's Movimiento Regeneración Nacional "
     "(MORENA) led by its National President Mario Delgado.", {MORENA}, "Mexico"),
    ("Chen Zhou Meets Dominican PLD Delegation",
     "Beijing, February 26th--Chen Zhou met with a delegation of the Partido de la Liberación Dominicana.",
     {PLD_DO}, "Dominican Republic"),
    ("Guo Yezhou Meets Salvadoran FMLN Delegation",
     "Beijing, March 14th--Guo Yezhou met with a delegation of the Frente Farabundo Martí para la "
     "Liberación Nacional of El Salvador.", {FMLN}, "El Salvador"),
    ("Chen Zhou Meets Surinamese NDP Delegation",
     "Beijing, October 9th--Chen Zhou met with a delegation of the Nationale Democratische Partij of "
     "Suriname.", {NDP_SR}, "Suriname"),
    ("Guo Yezhou Meets Surinamese VHP Delegation",
     "Beijing, May 29th--Guo Yezhou met with a delegation of the Vooruitstrevende Hervormings Partij (VHP) "
     "of Suriname, the ruling party.", {VHP_SR}, "Suriname"),
    ("Chen Zhou Meets Ecuadorian Party Delegation",
     "Beijing, November 21st--Chen Zhou met with a delegation of Ecuador's Movimiento Revolución "
     "Ciudadana.", {RC_EC}, "Ecuador"),
    ("Guo Yezhou Meets Chilean Socialist Party Delegation",
     "Beijing, April 10th--Guo Yezhou met with a delegation of the Partido Socialista de Chile.", {PS_CL},
     "Chile"),
    ("Qian Hongshan Meets Honduran Libre Delegation",
     "Beijing, June 12th--Qian Hongshan met with a delegation of the Partido Libertad y Refundación "
     "(LIBRE) of Honduras.", {LIBRE}, "Honduras"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ORIGINAL)
def test_names_in_the_original_language(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


# ---- acronyms alone, and after the name -----------------------------------------------------------

ACRONYMS = [
    ("Liu Jianchao Meets PSUV Delegation",
     "Beijing, March 4th--Liu Jianchao met with a PSUV delegation from Venezuela.", {PSUV}, "Venezuela"),
    ("Chen Zhou Meets FSLN Delegation",
     "Beijing, May 19th--Chen Zhou met with an FSLN delegation from Nicaragua led by a member of its "
     "National Directorate.", {FSLN}, "Nicaragua"),
    ("Song Tao Meets Cuban PCC Delegation",
     "Beijing, June 3rd--Song Tao met with a delegation of the Cuban PCC.", {PCC}, "Cuba"),
    ("Guo Yezhou Meets Delegation of Brazil's PT",
     "Beijing, October 15th--Guo Yezhou met with a delegation of Brazil's PT.", {PT_BR}, "Brazil"),
    ("Chen Zhou Meets PCdoB Delegation from Brazil",
     "Beijing, August 12th--Chen Zhou met with a PCdoB delegation from Brazil.", {PCDOB}, "Brazil"),
    ("Song Tao Meets Bolivia's MAS Delegation",
     "Beijing, November 6th--Song Tao met with a delegation of Bolivia's ruling MAS.", {MAS}, "Bolivia"),
    ("Chen Zhou Meets Panama's PRD Delegation",
     "Beijing, November 20th--Chen Zhou met with a delegation of Panama's PRD.", {PRD_PA}, "Panama"),
    ("Guo Yezhou Meets Mexican PRD Delegation",
     "Beijing, March 18th--Guo Yezhou met with a delegation of Mexico's PRD.", {PRD_MX}, "Mexico"),
    ("Chen Zhou Meets Bahamas' PLP Delegation",
     "Beijing, December 7th--Chen Zhou met with a delegation of the Bahamas' PLP.", {PLP_BS}, "Bahamas"),
    ("Guo Yezhou Meets Saint Lucia's SLP Delegation",
     "Beijing, September 9th--Guo Yezhou met with a delegation of Saint Lucia's SLP.", {SLP}, "Saint Lucia"),
    ("Chen Zhou Meets ULP Delegation of St. Vincent",
     "Beijing, June 25th--Chen Zhou met with a ULP delegation from St. Vincent and the Grenadines.", {ULP},
     "Saint Vincent and the Grenadines"),
    ("Guo Yezhou Meets Suriname's NDP Delegation",
     "Beijing, November 14th--Guo Yezhou met with a delegation of Suriname's NDP.", {NDP_SR}, "Suriname"),
    ("Chen Zhou Meets St. Vincent Opposition NDP Delegation",
     "Beijing, July 1st--Chen Zhou met with a delegation of the NDP of Saint Vincent and the Grenadines, "
     "the main opposition party.", {NDP_VC}, "Saint Vincent and the Grenadines"),
    ("Qian Hongshan Meets Trinidad and Tobago's PNM Delegation",
     "Beijing, June 6th--Qian Hongshan met with a delegation of Trinidad and Tobago's PNM.", {PNM_TT},
     "Trinidad and Tobago"),
    ("Chen Zhou Meets Jamaica's JLP Delegation",
     "Beijing, April 25th--Chen Zhou met with a delegation of Jamaica's JLP, the ruling party.", {JLP},
     "Jamaica"),
    ("Guo Yezhou Meets Dominican Republic's PRM Delegation",
     "Beijing, March 20th--Guo Yezhou met with a delegation of the PRM of the Dominican Republic.", {PRM_DO},
     "Dominican Republic"),
    ("Chen Zhou Meets El Salvador's FMLN Delegation",
     "Beijing, August 8th--Chen Zhou met with an FMLN delegation from El Salvador.", {FMLN}, "El Salvador"),
    ("Guo Yezhou Meets Uruguay's FA Delegation",
     "Beijing, November 2nd--Guo Yezhou met with a delegation of Uruguay's FA.", {FA_UY}, "Uruguay"),
    ("Chen Zhou Meets Guyana's PPP/C Delegation",
     "Beijing, August 19th--Chen Zhou met with a PPP/C delegation from Guyana.", {PPP_GY}, "Guyana"),
    ("Chen Zhou Meets Grenada's NDC Delegation",
     "Beijing, April 16th--Chen Zhou met with a delegation of Grenada's NDC.", {NDC_GD}, "Grenada"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ACRONYMS)
def test_acronyms_with_a_country(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


AFTER_NAME = [
    ("Song Tao Meets Cuban Delegation",
     "Beijing, June 3rd--Song Tao met with a delegation of the Communist Party of Cuba (PCC). The PCC "
     "delegation is visiting China at the invitation of the CPC.", {PCC}, "Cuba"),
    ("Chen Zhou Meets Mexican Delegation",
     "Beijing, May 27th--Chen Zhou met with a delegation of the Labor Party (PT) of Mexico. The PT guests "
     "spoke highly of the CPC's achievements.", {PT_MX}, "Mexico"),
    ("Guo Yezhou Meets Dominican Guests",
     "Beijing, March 20th--Guo Yezhou met with a delegation of the Dominican Revolutionary Party (PRD) "
     "of the Dominican Republic.", {PRD_DO}, "Dominican Republic"),
    ("Chen Zhou Meets Saint Lucian Delegation",
     "Beijing, September 9th--Chen Zhou met with a delegation of the United Workers Party (UWP) of Saint "
     "Lucia.", {UWP_LC}, "Saint Lucia"),
    ("Guo Yezhou Meets Bahamian Opposition Delegation",
     "Beijing, May 15th--Guo Yezhou met with a delegation of the Free National Movement (FNM) of the "
     "Bahamas.", {FNM_BS}, "Bahamas"),
    ("Chen Zhou Meets Guyanese Opposition Delegation",
     "Beijing, October 2nd--Chen Zhou met with a delegation of the People's National Congress Reform "
     "(PNCR) of Guyana.", {PNCR_GY}, "Guyana"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), AFTER_NAME)
def test_acronym_after_the_name(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


# ---- the party named through "the ruling party of X", its leader's title -------------------------

ROLE = [
    ("Song Tao Meets Delegation of Antigua and Barbuda's Ruling Party",
     "Beijing, May 22nd--Song Tao met with a delegation of the ruling party of Antigua and Barbuda led by "
     "its Chairman. Song said the CPC values its ties with the Antigua and Barbuda Labour Party.", {ABLP},
     "Antigua and Barbuda"),
    ("Chen Zhou Meets Delegation of Dominica's Ruling Party",
     "Beijing, July 15th--Chen Zhou met with a delegation of the ruling party of Dominica. The Dominica "
     "Labour Party delegation was in China at the invitation of the IDCPC.", {DLP_DM}, "Dominica"),
    ("Liu Jianchao Meets Nicaraguan Leader's Envoy",
     "Beijing, October 21st--Liu Jianchao met with an envoy of Daniel Ortega, General Secretary of the "
     "Sandinista Front and President of Nicaragua.", {FSLN}, "Nicaragua"),
    ("Liu Jianchao Meets Cuban Delegation",
     "Beijing, December 1st--Liu Jianchao met with a delegation sent by Miguel Díaz-Canel, First Secretary "
     "of the Central Committee of the Communist Party of Cuba and President of Cuba.", {PCC}, "Cuba"),
    ("Chen Zhou Meets Venezuelan Guests",
     "Beijing, March 4th--Chen Zhou met with Diosdado Cabello, First Vice President of the PSUV and "
     "Minister of the Interior of Venezuela.", {PSUV}, "Venezuela"),
    ("Guo Yezhou Meets Salvadoran Guests",
     "Beijing, August 8th--Guo Yezhou met with Manuel Flores, Secretary General of the FMLN of El "
     "Salvador.", {FMLN}, "El Salvador"),
    ("Chen Zhou Meets Uruguayan Guests",
     "Beijing, November 2nd--Chen Zhou met with Fernando Pereira, President of the Frente Amplio, and "
     "a group of Uruguayan legislators.", {FA_UY}, "Uruguay"),
    ("Guo Yezhou Meets Bolivian Guests",
     "Beijing, November 6th--Guo Yezhou met with Grover García, President of the MAS-IPSP of Bolivia.",
     {MAS}, "Bolivia"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ROLE)
def test_the_party_named_through_a_role(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


# ---- Chinese names: full, abbreviated, with and without the country, traditional -----------------

ZH = [
    ("刘建超会见古巴共产党代表团",
     "3月12日，中联部部长刘建超在京会见古巴共产党中央委员、中央国际关系部部长洛萨达率领的古共代表团。",
     {PCC}, "Cuba"),
    ("刘建超会见古共代表团",
     "3月12日，中联部部长刘建超在京会见古共中央国际关系部部长洛萨达。"
     "双方就两党关系交换意见。", {PCC}, "Cuba"),
    ("宋涛会见委内瑞拉统一社会主义党代表团",
     "5月9日，中联部部长宋涛在京"
     "会见委内瑞拉统一社会主义党第一副主席卡韦略率领的代表团。", {PSUV}, "Venezuela"),
    ("陈洲会见委统社党代表团",
     "4月23日，中联部副部长陈洲在京会见委统社党国际事务副主席率领的代表团。", {PSUV}, "Venezuela"),
    ("郭业洲会见尼加拉瓜桑地诺民族解放阵线代表团",
     "10月21日，中联部副部长郭业洲在京会见尼加拉瓜桑地诺民族解放阵线全国领导委员会委员率领的代表团。", {FSLN},
     "Nicaragua"),
    ("郭业洲会见桑解阵代表团",
     "10月21日，中联部副部长郭业洲在京会见尼加拉瓜桑解阵代表团。", {FSLN}, "Nicaragua"),
    ("陈洲会见巴西劳工党代表团",
     "4月23日，中联部副部长陈洲在京会见巴西劳工党全国主席率领的代表团。", {PT_BR}, "Brazil"),
    ("陈洲会见巴劳工党代表团",
     "4月23日，中联部副部长陈洲在京会见巴劳工党代表团。"
     "陈洲表示，中方愿同巴西劳工党加强交流。", {PT_BR}, "Brazil"),
    ("钱洪山会见巴西共产党主席",
     "7月3日，中联部副部长钱洪山在京会见巴西共产党主席桑托斯。", {PCDOB}, "Brazil"),
    ("钱洪山会见巴共代表团",
     "7月3日，中联部副部长钱洪山在京会见巴西共产党代表团。钱洪山表示，中方高度重视同巴共的关系。", {PCDOB},
     "Brazil"),
    ("刘建超会见乌拉圭广泛阵线代表团",
     "11月2日，中联部部长刘建超在京会见乌拉圭广泛阵线主席佩雷拉率领的代表团。", {FA_UY}, "Uruguay"),
    ("刘建超会见乌广阵主席",
     "11月2日，中联部部长刘建超在京会见乌拉圭执政党广泛阵线主席佩雷拉。刘建超表示，中共愿同乌广阵加强交往。",
     {FA_UY}, "Uruguay"),
    ("宋涛会见玻利维亚争取社会主义运动代表团",
     "6月14日，中联部部长宋涛在京会见玻利维亚争取社会主义运动代表团。", {MAS}, "Bolivia"),
    ("郭业洲会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
     "8月8日，中联部副部长郭业洲在京会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记率领的代表团。", {FMLN},
     "El Salvador"),
    ("宋涛会见阿根廷正义党代表团",
     "9月5日，中联部部长宋涛在京会见阿根廷正义党副主席率领的代表团。", {PJ}, "Argentina"),
    ("宋涛会见墨西哥革命制度党主席",
     "1月17日，中联部部长宋涛在京会见墨西哥革命制度党主席鲁伊斯·马谢乌。", {PRI}, "Mexico"),
    ("郭业洲会见墨西哥劳动党代表团",
     "5月27日，中联部副部长郭业洲在京会见墨西哥劳动党全国协调员阿纳亚率领的代表团。", {PT_MX}, "Mexico"),
    ("刘建超会见墨西哥国家复兴运动党代表团",
     "7月22日，中联部部长刘建超在京会见墨西哥国家复兴运动党主席率领的代表团。", {MORENA}, "Mexico"),
    ("陈洲会见智利社会党代表团",
     "10月11日，中联部副部长陈洲在京会见智利社会党主席率领的代表团。", {PS_CL}, "Chile"),
    ("郭业洲会见智利共产党主席",
     "12月5日，中联部副部长郭业洲在京会见智利共产党主席卡尔莫纳。", {PC_CL}, "Chile"),
    ("宋涛会见巴拿马民主革命党代表团",
     "11月20日，中联部部长宋涛在京会见巴拿马民主革命党总书记率领的代表团。", {PRD_PA}, "Panama"),
    ("宋涛会见多米尼加解放党代表团",
     "4月8日，中联部部长宋涛在京"
     "会见多米尼加解放党政治委员会委员率领的代表团。", {PLD_DO}, "Dominican Republic"),
    ("宋涛会见多米尼克工党代表团",
     "7月15日，中联部部长宋涛在京会见多米尼克执政党工党代表团。", {DLP_DM}, "Dominica"),
    ("钱洪山会见牙买加人民民族党代表团",
     "9月24日，中联部副部长钱洪山在京会见牙买加人民民族党主席戈尔丁率领的代表团。", {PNP_JM}, "Jamaica"),
    ("陈洲会见牙买加工党代表团",
     "4月25日，中联部副部长陈洲在京会见牙买加执政党工党代表团。", {JLP}, "Jamaica"),
    ("陈洲会见特立尼达和多巴哥人民民族运动代表团",
     "6月6日，中联部副部长陈洲在京会见特立尼达和多巴哥人民民族运动代表团。", {PNM_TT}, "Trinidad and Tobago"),
    ("郭业洲会见圭亚那人民进步党代表团",
     "8月19日，中联部副部长郭业洲在京会见圭亚那人民进步党总书记贾格迪奥率领的代表团。", {PPP_GY}, "Guyana"),
    ("陈洲会见巴巴多斯工党代表团",
     "3月29日，中联部副部长陈洲在京会见巴巴多斯工党代表团。", {BLP}, "Barbados"),
    ("钱洪山会见安提瓜和巴布达工党代表团",
     "5月22日，中联部副部长钱洪山在京"
     "会见安提瓜和巴布达工党主席率领的代表团。", {ABLP}, "Antigua and Barbuda"),
    ("郭业洲会见格林纳达全国民主大会党代表团",
     "4月16日，中联部副部长郭业洲在京会见格林纳达全国民主大会党总书记率领的代表团。", {NDC_GD}, "Grenada"),
    ("宋涛会见圣文森特和格林纳丁斯团结工党代表团",
     "6月25日，中联部部长宋涛在京会见圣文森特和格林纳丁斯团结工党代表团。", {ULP},
     "Saint Vincent and the Grenadines"),
    ("陈洲会见圣卢西亚工党代表团",
     "9月9日，中联部副部长陈洲在京会见圣卢西亚工党主席率领的代表团。", {SLP}, "Saint Lucia"),
    ("郭业洲会见苏里南民族民主党代表团",
     "11月14日，中联部副部长郭业洲在京会见苏里南民族民主党代表团。", {NDP_SR}, "Suriname"),
    ("孙海燕会见巴哈马进步自由党代表团",
     "12月7日，中联部副部长孙海燕在京会见巴哈马执政党进步自由党代表团。", {PLP_BS}, "Bahamas"),
    ("郭业洲会见厄瓜多尔公民革命运动代表团",
     "5月13日，中联部副部长郭业洲在京会见厄瓜多尔公民革命运动主席冈萨雷斯率领的代表团。", {RC_EC}, "Ecuador"),
    ("刘建超会见洪都拉斯自由与重建党代表团",
     "6月20日，中联部部长刘建超在京会见洪都拉斯自由与重建党总协调员率领的代表团。", {LIBRE}, "Honduras"),
    ("郭业洲会见哥斯达黎加民族解放党代表团",
     "3月7日，中联部副部长郭业洲在京会见哥斯达黎加民族解放党代表团。", {PLN_CR}, "Costa Rica"),
    ("郭业洲会见哥伦比亚共产党总书记",
     "6月30日，中联部副部长郭业洲在京会见哥伦比亚共产党总书记凯塞多。", {PCCOL}, "Colombia"),
    ("陈洲会见乌拉圭共产党代表团",
     "5月3日，中联部副部长陈洲在京会见乌拉圭共产党总书记率领的代表团。", {PCU}, "Uruguay"),
    ("郭业洲会见委内瑞拉共产党总书记",
     "5月3日，中联部副部长郭业洲在京会见委内瑞拉共产党总书记菲格拉。", {PCV}, "Venezuela"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH)
def test_chinese_names(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


ZH_LEADERS = [
    ("刘建超会见尼加拉瓜总统特使",
     "10月21日，中联部部长刘建超在京会见桑解阵总书记、尼加拉瓜总统奥尔特加的特使。", {FSLN}, "Nicaragua"),
    ("刘建超会见古巴客人",
     "12月1日，中联部部长刘建超在京会见古共中央第一书记、"
     "古巴国家主席迪亚斯-卡内尔派出的代表团。", {PCC}, "Cuba"),
    ("陈洲会见委内瑞拉客人",
     "3月4日，中联部副部长陈洲在京会见委内瑞拉统社党第一副主席、内政部长卡韦略。", {PSUV}, "Venezuela"),
    ("郭业洲会见安提瓜和巴布达客人",
     "5月22日，中联部副部长郭业洲在京会见安提瓜和巴布达执政党代表团。郭业洲表示，中共愿同安巴工党加强交往。",
     {ABLP}, "Antigua and Barbuda"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_LEADERS)
def test_chinese_party_named_through_a_role(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


ZH_TRAD = [
    ("劉建超會見古巴共產黨代表團",
     "3月12日，中聯部部長劉建超在京會見古巴共產黨中央國際關係部部長洛薩達率領的代表團。", {PCC}, "Cuba"),
    ("宋濤會見委內瑞拉統一社會主義黨代表團",
     "5月9日，中聯部部長宋濤在京"
     "會見委內瑞拉統一社會主義黨第一副主席卡韋略率領的代表團。", {PSUV}, "Venezuela"),
    ("陳洲會見巴西勞工黨代表團",
     "4月23日，中聯部副部長陳洲在京會見巴西勞工黨全國主席率領的代表團。", {PT_BR}, "Brazil"),
    ("郭業洲會見尼加拉瓜桑地諾民族解放陣線代表團",
     "10月21日，中聯部副部長郭業洲在京會見尼加拉瓜桑地諾民族解放陣線代表團。", {FSLN}, "Nicaragua"),
    ("劉建超會見烏拉圭廣泛陣線主席",
     "11月2日，中聯部部長劉建超在京會見烏拉圭廣泛陣線主席佩雷拉。", {FA_UY}, "Uruguay"),
    ("陳洲會見智利社會黨代表團",
     "10月11日，中聯部副部長陳洲在京會見智利社會黨主席率領的代表團。", {PS_CL}, "Chile"),
    ("錢洪山會見牙買加人民民族黨代表團",
     "9月24日，中聯部副部長錢洪山在京會見牙買加人民民族黨主席率領的代表團。", {PNP_JM}, "Jamaica"),
    ("陳洲會見古共代表團",
     "3月12日，中聯部副部長陳洲在京會見古共中央國際關係部副部長。雙方就兩黨關係交換意見。", {PCC}, "Cuba"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_TRAD)
def test_traditional_chinese_copies(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=HK_ZH, published="2023-11-30"), expected, country)


# ---- enumerations binding people to parties and countries ---------------------------------------

def test_english_enumeration_of_leaders_of_several_countries():
    text = ("Beijing, November 29th--Liu Jianchao, head of the IDCPC, met respectively with Luciana Santos, "
            "President of the Communist Party of Brazil, Fernando Pereira, President of the Broad Front of "
            "Uruguay, and Carlos Fonseca Terán, Deputy Secretary for International Relations of the "
            "Sandinista National Liberation Front of Nicaragua, who were in Beijing for the theory seminar "
            "between the CPC and Latin American parties.")
    record = idcpc(text, title="Liu Jianchao Meets Latin American Party Leaders", published="2023-11-30")
    _check(record, {PCDOB, FA_UY, FSLN}, "multilateral")


def test_english_enumeration_with_misspelt_titles():
    text = ("Beijing, May 16th--Guo Yezhou, Vice Minister of the IDCPC, met respectively with Gleisi "
            "Hoffmann, Presdient of the Workers' Party of Brazil, Manuel Flores, Secretary-Genral of the "
            "Farabundo Martí National Liberation Front of El Salvador, and Alberto Anaya, National "
            "Cordinator of the Labor Party of Mexico.")
    record = idcpc(text, title="Guo Yezhou Meets Latin American Party Leaders")
    _check(record, {PT_BR, FMLN, PT_MX}, "multilateral")


def test_english_enumeration_by_acronym():
    text = ("Beijing, June 5th--Chen Zhou, Vice Minister of the IDCPC, met separately with the heads of the "
            "delegations of Venezuela's PSUV, Cuba's PCC and Bolivia's MAS, who attended the China-Latin "
            "America political parties forum.")
    record = idcpc(text, title="Chen Zhou Meets Leaders of Latin American Parties")
    _check(record, {PSUV, PCC, MAS}, "multilateral")


def test_chinese_enumeration_with_dunhao():
    text = ("11月29日，中联部部长刘建超在京分别会见来华出席中拉政党理论研讨会的巴西共产党主席桑托斯、"
            "乌拉圭广泛阵线主席佩雷拉、尼加拉瓜桑解阵国际关系书记丰塞卡。")
    record = idcpc(text, title="刘建超分别会见拉美政党领导人", lang="zh", url=ZH_URL, published="2023-11-30")
    _check(record, {PCDOB, FA_UY, FSLN}, "multilateral")


def test_chinese_enumeration_of_abbreviations():
    text = ("6月5日，中联部副部长陈洲在京分别会见委统社党、古共、玻利维亚争取社会主义运动代表团团长。")
    record = idcpc(text, title="陈洲分别会见拉美政党代表团团长", lang="zh", url=ZH_URL)
    _check(record, {PSUV, PCC, MAS}, "multilateral")


# ---- several parties of one country, and of several countries -----------------------------------

SEVERAL = [
    ("Chen Zhou Meets Delegation of Chile's Ruling Coalition",
     "Beijing, May 8th--Chen Zhou met with a delegation of Chile's ruling coalition composed of leaders "
     "of the Socialist Party of Chile, the Party for Democracy and the Communist Party of Chile.",
     {PS_CL, PPD_CL, PC_CL}, "Chile"),
    ("Guo Yezhou Meets Joint Delegation of Mexican Parties",
     "Beijing, September 12th--Guo Yezhou met with a joint delegation of Mexican political parties "
     "comprising members of MORENA, the PT and the PRI.", {MORENA, PT_MX, PRI}, "Mexico"),
    ("Liu Jianchao Meets Delegation of Brazilian Left Parties",
     "Beijing, April 14th--Liu Jianchao met with a joint delegation of the Workers' Party and the Communist "
     "Party of Brazil.", {PT_BR, PCDOB}, "Brazil"),
    ("Chen Zhou Meets Uruguayan Broad Front Delegation",
     "Beijing, October 17th--Chen Zhou met with a delegation of Uruguay's Broad Front that included "
     "leaders of its member parties, the Communist Party of Uruguay, the Socialist Party of Uruguay and "
     "the Movement of Popular Participation.", {FA_UY, PCU, PSU, MPP}, "Uruguay"),
    ("Guo Yezhou Meets Delegation of Venezuelan Parties",
     "Beijing, July 24th--Guo Yezhou met with a delegation of the Great Patriotic Pole of Venezuela, "
     "made up of representatives of the PSUV and the Communist Party of Venezuela.",
     {"Great Patriotic Pole", PSUV, PCV}, "Venezuela"),
    ("Chen Zhou Meets Jamaican Parties Delegation",
     "Beijing, June 18th--Chen Zhou met with a delegation of young politicians of Jamaica's two main "
     "parties, the People's National Party and the Jamaica Labour Party.", {PNP_JM, JLP}, "Jamaica"),
    ("Guo Yezhou Meets Trinidad and Tobago Parties",
     "Beijing, August 23rd--Guo Yezhou met with a delegation of Trinidad and Tobago's People's National "
     "Movement and United National Congress.", {PNM_TT, UNC_TT}, "Trinidad and Tobago"),
    ("Chen Zhou Meets Delegation of Caribbean Parties",
     "Beijing, November 5th--Chen Zhou met with a delegation of Caribbean political parties including the "
     "Barbados Labour Party, the Unity Labour Party of Saint Vincent and the Grenadines and the Dominica "
     "Labour Party.", {BLP, ULP, DLP_DM}, "multilateral"),
    ("Guo Yezhou Meets Delegation of Central American Left Parties",
     "Beijing, March 26th--Guo Yezhou met with a joint delegation of the Sandinista National Liberation "
     "Front of Nicaragua, the FMLN of El Salvador and Guatemala's URNG.", {FSLN, FMLN, URNG}, "multilateral"),
    ("Chen Zhou Meets Grenadian Parties",
     "Beijing, October 3rd--Chen Zhou met with a delegation of Grenada's National Democratic Congress and "
     "New National Party.", {NDC_GD, NNP_GD}, "Grenada"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), SEVERAL)
def test_several_parties(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


ZH_SEVERAL = [
    ("陈洲会见智利执政联盟代表团",
     "5月8日，中联部副部长陈洲在京会见智利执政联盟代表团，"
     "代表团由智利社会党、争取民主党和智利共产党领导人组成。",
     {PS_CL, PPD_CL, PC_CL}, "Chile"),
    ("郭业洲会见墨西哥政党联合代表团",
     "9月12日，中联部副部长郭业洲在京会见由墨西哥国家复兴运动党、劳动党和革命制度党成员组成的联合代表团。",
     {MORENA, PT_MX, PRI}, "Mexico"),
    ("郭业洲会见中美洲左翼政党联合代表团",
     "3月26日，中联部副部长郭业洲在京会见由尼加拉瓜桑解阵、"
     "萨尔瓦多法拉本多·马蒂民族解放阵线和危地马拉全国革命联盟组成的联合代表团。",
     {FSLN, FMLN, URNG}, "multilateral"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_SEVERAL)
def test_chinese_several_parties(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


# ---- non-LAC parties on the same page, and look-alikes ------------------------------------------

NON_LAC = [
    ("Liu Jianchao Meets Cuban and Vietnamese Guests",
     "Beijing, June 3rd--Liu Jianchao met separately with a delegation of the Communist Party of Cuba and "
     "a delegation of the Communist Party of Vietnam.", {PCC}, "Cuba"),
    ("Song Tao Meets Brazilian PT Delegation",
     "Beijing, July 4th--Song Tao met with a delegation of the Workers' Party of Brazil. Earlier in the "
     "day he met with a delegation of the Workers' Party of Korea.", {PT_BR}, "Brazil"),
    ("Chen Zhou Meets Grenadian NDC Delegation",
     "Beijing, April 16th--Chen Zhou met with a delegation of Grenada's National Democratic Congress. "
     "Chen said the CPC has long had friendly ties with parties of the Caribbean and with the National "
     "Democratic Congress of Ghana.", {NDC_GD}, "Grenada"),
    ("Guo Yezhou Meets Guyanese PPP Delegation",
     "Beijing, August 19th--Guo Yezhou met with a delegation of the People's Progressive Party/Civic of "
     "Guyana. On the same day he met with leaders of the Pakistan Peoples Party.", {PPP_GY}, "Guyana"),
    ("Chen Zhou Meets Chilean Socialist Party Delegation",
     "Beijing, October 11th--Chen Zhou met with a delegation of the Socialist Party of Chile, which had "
     "earlier visited the Spanish Socialist Workers' Party in Madrid.", {PS_CL}, "Chile"),
    ("Song Tao Meets Cuban Party Delegation",
     "Beijing, November 8th--Song Tao met with a delegation of the Communist Party of Cuba. The delegation "
     "came to Beijing from Lisbon, where it had attended a meeting hosted by the Portuguese Communist "
     "Party (PCP).", {PCC}, "Cuba"),
    ("CPC Delegation Visits Mexico and Canada",
     "Mexico City, June 2nd--A CPC delegation led by Guo Yezhou visited Mexico from May 28 to 31 and met "
     "with leaders of MORENA. The delegation then went to Canada and met with the New Democratic Party.",
     {MORENA}, "Mexico"),
    ("Chen Zhou Meets Surinamese NDP Delegation",
     "Beijing, November 14th--Chen Zhou met with a delegation of the National Democratic Party (NDP) of "
     "Suriname. Chen also recalled the visit of Egypt's former National Democratic Party.", {NDP_SR},
     "Suriname"),
    ("Liu Jianchao Meets Venezuelan and South African Guests",
     "Beijing, September 18th--Liu Jianchao met separately with a delegation of the United Socialist Party "
     "of Venezuela and a delegation of the African National Congress of South Africa.", {PSUV}, "Venezuela"),
    ("Chen Zhou Meets Jamaica Labour Party Delegation",
     "Beijing, April 25th--Chen Zhou met with a delegation of the Jamaica Labour Party. The delegation "
     "went on to London for talks with the British Labour Party.", {JLP}, "Jamaica"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), NON_LAC)
def test_non_lac_parties_are_not_listed(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


ZH_NON_LAC = [
    ("刘建超分别会见古巴和越南客人",
     "6月3日，中联部部长刘建超在京分别会见古巴共产党代表团和越南共产党代表团。", {PCC}, "Cuba"),
    ("陈洲会见格林纳达全国民主大会党代表团",
     "4月16日，中联部副部长陈洲在京会见格林纳达全国民主大会党代表团。"
     "同日，陈洲还会见了加纳全国民主大会党代表团。",
     {NDC_GD}, "Grenada"),
    ("宋涛会见葡萄牙共产党和古巴共产党代表",
     "11月8日，中联部部长宋涛在京会见葡萄牙共产党总书记和古巴共产党中央国际关系部部长。", {PCC}, "Cuba"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_NON_LAC)
def test_chinese_non_lac_parties_are_not_listed(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Song Tao Meets Spanish PSOE Delegation",
     "Beijing, May 9th--Song Tao met with a delegation of the Spanish Socialist Workers' Party (PSOE)."),
    ("en", "Chen Zhou Meets Ghanaian NDC Delegation",
     "Beijing, April 16th--Chen Zhou met with a delegation of the National Democratic Congress of Ghana."),
    ("en", "Guo Yezhou Meets Portuguese Communist Party Delegation",
     "Beijing, June 2nd--Guo Yezhou met with a delegation of the Portuguese Communist Party (PCP)."),
    ("en", "Chen Zhou Meets Canadian NDP Delegation",
     "Beijing, July 1st--Chen Zhou met with a delegation of the New Democratic Party of Canada."),
    ("zh", "陈洲会见加纳全国民主大会党代表团",
     "4月16日，中联部副部长陈洲在京会见加纳全国民主大会党代表团。"),
    ("zh", "宋涛会见西班牙工人社会党代表团",
     "5月9日，中联部部长宋涛在京会见西班牙工人社会党代表团。"),
])
def test_look_alike_parties_outside_lac_are_not_relevant(lang, title, text):
    record = idcpc(text, title=title, lang=lang, url=ZH_URL if lang == "zh" else EN_URL)
    assert not record.relevant
    assert parties(record) == set()


# ---- agency, newspaper and embassy copies -------------------------------------------------------

def test_agency_english_copy_with_acronyms():
    text = (" date 2023-11-30\nAgency News English | Menu | Search\nEditor: Wang Lei\n"
            "BEIJING, Nov. 29 -- A senior official of the Communist Party of China (CPC) met with a "
            "delegation of Nicaragua's ruling Sandinista National Liberation Front (FSLN) in Beijing on "
            "Wednesday.\nThe FSLN delegation is visiting China at the invitation of the CPC.\n")
    record = idcpc(text, title="Senior CPC official meets Nicaraguan FSLN delegation", published="2023-11-30",
                   url=AGENCY_EN)
    _check(record, {FSLN}, "Nicaragua")


def test_agency_english_copy_of_a_visit_abroad():
    text = (" date 2023-11-30\nAgency News English | Menu | Search\n"
            "HAVANA, Nov. 28 -- A CPC delegation led by Liu Jianchao, head of the IDCPC, held talks with "
            "Roberto Morales Ojeda, a member of the Political Bureau of the Communist Party of Cuba (PCC), "
            "in Havana on Tuesday.\nThe delegation also met with leaders of the PCC's provincial committee "
            "in Matanzas.\n")
    record = idcpc(text, title="CPC delegation visits Cuba", published="2023-11-30", url=AGENCY_EN)
    _check(record, {PCC}, "Cuba")


def test_agency_chinese_copy():
    text = (" date 2023-11-30\n新闻 | 国际 | 首页\n责任编辑：王磊\n"
            "新华社北京11月29日电 中联部部长刘建超29日在京会见尼加拉瓜桑地诺民族解放阵线代表团。\n"
            "刘建超表示，中共愿同桑解阵加强治国理政经验交流。\n")
    record = idcpc(text, title="刘建超会见尼加拉瓜桑解阵代表团",
                   lang="zh", published="2023-11-30", url=AGENCY_ZH)
    _check(record, {FSLN}, "Nicaragua")


def test_embassy_spanish_copy():
    text = ("El 28 de noviembre, Liu Jianchao, jefe del Departamento Internacional del Comité Central del "
            "Partido Comunista de China, se reunió en Beijing con una delegación del Partido Socialista "
            "Unido de Venezuela (PSUV) encabezada por su vicepresidente.")
    record = idcpc(text, title="Liu Jianchao se reúne con delegación del PSUV", published="2023-11-30",
                   url=EMBASSY_ES)
    _check(record, {PSUV}, "Venezuela")


# ---- a visit abroad: the host parties -------------------------------------------------------------

def test_cpc_delegation_visit_lists_every_host_party():
    text = ("Brasilia, August 17th--A CPC delegation led by Song Tao, head of the IDCPC, visited Brazil from "
            "August 13 to 17. During the visit, the delegation met with Gleisi Hoffmann, President of the "
            "Workers' Party, Luciana Santos, President of the Communist Party of Brazil, and leaders of the "
            "Democratic Labour Party and the Brazilian Socialist Party.")
    record = idcpc(text, title="CPC Delegation Visits Brazil", published="2019-08-17")
    _check(record, {PT_BR, PCDOB, "Democratic Labour Party (Brazil)", "Brazilian Socialist Party"}, "Brazil")


def test_chinese_visit_lists_every_host_party():
    text = ("8月13日至17日，中联部部长宋涛率中共代表团访问巴西，"
            "分别会见巴西劳工党主席霍夫曼、巴西共产党主席桑托斯、"
            "民主工党主席卢皮和巴西社会党主席西凯拉。")
    record = idcpc(text, title="宋涛率中共代表团访问巴西", lang="zh", url=ZH_URL, published="2019-08-17")
    _check(record, {PT_BR, PCDOB, "Democratic Labour Party (Brazil)", "Brazilian Socialist Party"}, "Brazil")


# ==== second batch (written blind, like the first) ================================================

# ---- English variants of a name: demonym forms, other translations, punctuation ------------------

EN_VARIANTS = [
    ("Song Tao Meets Cuban Communist Party Delegation",
     "Beijing, June 3rd--Song Tao met with a delegation of the Cuban Communist Party.", {PCC}, "Cuba"),
    ("Chen Zhou Meets Venezuelan Guests",
     "Beijing, March 4th--Chen Zhou met with a delegation of the Venezuelan United Socialist Party.", {PSUV},
     "Venezuela"),
    ("Guo Yezhou Meets Nicaraguan Guests",
     "Beijing, October 21st--Guo Yezhou met with a delegation of the Sandinista Front for National "
     "Liberation of Nicaragua.", {FSLN}, "Nicaragua"),
    ("Chen Zhou Meets Brazilian Guests",
     "Beijing, April 23rd--Chen Zhou met with a delegation of the Brazilian Workers Party.",
     {PT_BR}, "Brazil"),
    ("Song Tao Meets Bolivian Guests",
     "Beijing, June 14th--Song Tao met with a delegation of the Movement Toward Socialism of Bolivia.", {MAS},
     "Bolivia"),
    ("Guo Yezhou Meets Salvadoran Guests",
     "Beijing, August 8th--Guo Yezhou met with a delegation of the Farabundo Martí Front for National "
     "Liberation of El Salvador.", {FMLN}, "El Salvador"),
    ("Chen Zhou Meets Chilean Guests",
     "Beijing, October 11th--Chen Zhou met with a delegation of the Chilean Socialist Party.",
     {PS_CL}, "Chile"),
    ("Guo Yezhou Meets Uruguayan Guests",
     "Beijing, May 3rd--Guo Yezhou met with a delegation of the Uruguayan Communist Party.",
     {PCU}, "Uruguay"),
    ("Chen Zhou Meets Argentine Guests",
     "Beijing, May 3rd--Chen Zhou met with a delegation of the Argentine Communist Party.",
     {"Communist Party of Argentina"}, "Argentina"),
    ("Guo Yezhou Meets Ecuadorian Guests",
     "Beijing, May 3rd--Guo Yezhou met with a delegation of the Ecuadorian Communist Party.",
     {"Communist Party of Ecuador"}, "Ecuador"),
    ("Chen Zhou Meets Bolivian Communist Party Leader",
     "Beijing, May 3rd--Chen Zhou met with the First Secretary of the Bolivian Communist Party.",
     {"Communist Party of Bolivia"}, "Bolivia"),
    ("Guo Yezhou Meets Mexican Guests",
     "Beijing, May 27th--Guo Yezhou met with a delegation of Mexico's Labour Party.", {PT_MX}, "Mexico"),
    ("Chen Zhou Meets St Lucia Labour Party Delegation",
     "Beijing, September 9th--Chen Zhou met with a delegation of the St Lucia Labour Party.", {SLP},
     "Saint Lucia"),
    ("Guo Yezhou Meets Guyanese Guests",
     "Beijing, August 19th--Guo Yezhou met with a delegation of the People's Progressive Party/Civic "
     "(PPP/C).", {PPP_GY}, "Guyana"),
    ("Chen Zhou Meets Honduran Guests",
     "Beijing, June 20th--Chen Zhou met with a delegation of Honduras' Libre Party.", {LIBRE}, "Honduras"),
    ("Chen Zhou Meets Honduran National Party Delegation",
     "Beijing, June 20th--Chen Zhou met with a delegation of the National Party of Honduras.",
     {"National Party of Honduras"}, "Honduras"),
    ("Guo Yezhou Meets Uruguayan Colorado Party Delegation",
     "Beijing, May 15th--Guo Yezhou met with a delegation of Uruguay's Colorado Party.",
     {"Colorado Party (Uruguay)"}, "Uruguay"),
    ("Chen Zhou Meets Dominican Guests",
     "Beijing, March 20th--Chen Zhou met with a delegation of the People's Force party of the Dominican "
     "Republic led by its President Leonel Fernández.", {"People's Force"}, "Dominican Republic"),
    ("Guo Yezhou Meets Salvadoran Ruling Party Delegation",
     "Beijing, June 11th--Guo Yezhou met with a delegation of Nuevas Ideas, the ruling party of El "
     "Salvador.", {"Nuevas Ideas"}, "El Salvador"),
    ("Chen Zhou Meets Peruvian Guests",
     "Beijing, July 9th--Chen Zhou met with a delegation of the Free Peru party.", {"Free Peru"}, "Peru"),
    ("Guo Yezhou Meets Costa Rican Broad Front Delegation",
     "Beijing, March 7th--Guo Yezhou met with a delegation of the Broad Front of Costa Rica.", {FA_CR},
     "Costa Rica"),
    ("Chen Zhou Meets Sandinista Delegation",
     "Beijing, October 21st--Chen Zhou met with a delegation of senior cadres of the Sandinista Front led "
     "by a member of its National Directorate.", {FSLN}, "Nicaragua"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), EN_VARIANTS)
def test_english_name_variants(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


# ---- a name without its country, the country given by the page ---------------------------------

NO_COUNTRY = [
    ("Chen Zhou Meets Delegation of Chile's Ruling Party",
     "Beijing, October 11th--Chen Zhou met with a delegation of the ruling Socialist Party led by its "
     "President Paulina Vodanovic. The guests are visiting China at the invitation of the CPC.", {PS_CL},
     "Chile"),
    ("Guo Yezhou Meets Uruguayan Guests",
     "Beijing, May 3rd--Guo Yezhou met with a delegation of the Communist Party led by its General "
     "Secretary Juan Castillo.", {PCU}, "Uruguay"),
    ("Chen Zhou Meets Trinidad and Tobago Opposition Delegation",
     "Beijing, August 23rd--Chen Zhou met with a delegation of the opposition United National Congress "
     "led by its Chairman.", {UNC_TT}, "Trinidad and Tobago"),
    ("Guo Yezhou Meets Dominican Republic Guests",
     "Beijing, March 20th--Guo Yezhou met with a delegation of the ruling Modern Revolutionary Party.",
     {PRM_DO}, "Dominican Republic"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), NO_COUNTRY)
def test_name_without_country_takes_the_pages_country(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


ZH_NO_COUNTRY = [
    ("陈洲会见智利执政党代表团",
     "10月11日，中联部副部长陈洲在京会见智利执政党社会党主席率领的代表团。", {PS_CL}, "Chile"),
    ("刘建超会见巴西执政党代表团",
     "4月14日，中联部部长刘建超在京会见巴西执政党劳工党代表团。", {PT_BR}, "Brazil"),
    ("郭业洲会见墨西哥执政党代表团",
     "7月22日，中联部副部长郭业洲在京会见墨西哥执政党国家复兴运动党代表团。", {MORENA}, "Mexico"),
    ("陈洲会见圭亚那执政党代表团",
     "8月19日，中联部副部长陈洲在京会见圭亚那执政党人民进步党代表团。", {PPP_GY}, "Guyana"),
    ("陈洲会见特多执政党代表团",
     "6月6日，中联部副部长陈洲在京"
     "会见特立尼达和多巴哥执政党人民民族运动代表团。", {PNM_TT}, "Trinidad and Tobago"),
    ("郭业洲会见巴拿马执政党代表团",
     "11月20日，中联部副部长郭业洲在京会见巴拿马执政党民主革命党代表团。", {PRD_PA}, "Panama"),
    ("陈洲会见多米尼加执政党代表团",
     "3月20日，中联部副部长陈洲在京会见多米尼加执政党现代革命党代表团。", {PRM_DO}, "Dominican Republic"),
    ("郭业洲会见圣文森特和格林纳丁斯反对党代表团",
     "7月1日，中联部副部长郭业洲在京会见圣文森特和格林纳丁斯反对党新民主党代表团。", {NDP_VC},
     "Saint Vincent and the Grenadines"),
    ("陈洲会见苏里南执政党代表团",
     "5月29日，中联部副部长陈洲在京会见苏里南执政党进步改革党代表团。", {VHP_SR}, "Suriname"),
    ("陈洲会见乌拉圭客人",
     "5月3日，中联部副部长陈洲在京会见乌拉圭广泛阵线成员党社会党代表团。", {FA_UY, PSU}, "Uruguay"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_NO_COUNTRY)
def test_chinese_name_without_country_takes_the_pages_country(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


# ---- more Chinese names, punctuation variants, traditional forms ---------------------------------

ZH_MORE = [
    ("郭业洲会见萨尔瓦多客人",
     "8月8日，中联部副部长郭业洲在京会见萨尔瓦多法拉本多•马蒂民族解放阵线代表团。", {FMLN}, "El Salvador"),
    ("郭业洲会见萨尔瓦多客人",
     "8月8日，中联部副部长郭业洲在京会见萨尔瓦多法拉本多马蒂民族解放阵线代表团。", {FMLN}, "El Salvador"),
    ("陈洲会见圣卢西亚客人",
     "9月9日，中联部副部长陈洲在京会见圣卢西亚联合工人党代表团。", {UWP_LC}, "Saint Lucia"),
    ("郭业洲会见格林纳达客人",
     "10月3日，中联部副部长郭业洲在京会见格林纳达新国家党代表团。", {NNP_GD}, "Grenada"),
    ("陈洲会见巴哈马客人",
     "5月15日，中联部副部长陈洲在京会见巴哈马自由民族运动代表团。", {FNM_BS}, "Bahamas"),
    ("郭业洲会见圣基茨和尼维斯客人",
     "10月30日，中联部副部长郭业洲在京会见圣基茨和尼维斯工党代表团。", {SKNLP}, "Saint Kitts and Nevis"),
    ("陈洲会见多米尼加客人",
     "3月20日，中联部副部长陈洲在京会见多米尼加革命党代表团。", {PRD_DO}, "Dominican Republic"),
    ("陈洲会见墨西哥客人",
     "3月18日，中联部副部长陈洲在京会见墨西哥民主革命党代表团。", {PRD_MX}, "Mexico"),
    ("陈洲会见秘鲁客人",
     "7月9日，中联部副部长陈洲在京会见秘鲁阿普拉党代表团。", {APRA}, "Peru"),
    ("郭业洲会见巴拉圭客人",
     "10月4日，中联部副部长郭业洲在京会见巴拉圭红党代表团。", {COLORADO_PY}, "Paraguay"),
    ("陈洲会见智利客人",
     "5月8日，中联部副部长陈洲在京会见智利争取民主党代表团。", {PPD_CL}, "Chile"),
    ("郭业洲会见伯利兹客人",
     "8月2日，中联部副部长郭业洲在京会见伯利兹人民统一党代表团。", {PUP_BZ}, "Belize"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_MORE)
def test_more_chinese_names(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


ZH_TRAD_MORE = [
    ("郭業洲會見桑解陣代表團",
     "10月21日，中聯部副部長郭業洲在京會見尼加拉瓜桑解陣代表團。", {FSLN}, "Nicaragua"),
    ("陳洲會見委統社黨代表團",
     "4月23日，中聯部副部長陳洲在京會見委統社黨代表團。", {PSUV}, "Venezuela"),
    ("錢洪山會見巴西共產黨主席",
     "7月3日，中聯部副部長錢洪山在京會見巴西共產黨主席桑托斯。", {PCDOB}, "Brazil"),
    ("郭業洲會見墨西哥勞動黨代表團",
     "5月27日，中聯部副部長郭業洲在京會見墨西哥勞動黨代表團。", {PT_MX}, "Mexico"),
    ("宋濤會見多米尼克工黨代表團",
     "7月15日，中聯部部長宋濤在京會見多米尼克工黨代表團。", {DLP_DM}, "Dominica"),
    ("陳洲會見玻利維亞爭取社會主義運動代表團",
     "6月14日，中聯部副部長陳洲在京會見玻利維亞爭取社會主義運動代表團。", {MAS}, "Bolivia"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_TRAD_MORE)
def test_more_traditional_chinese(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=HK_ZH, published="2023-11-30"), expected, country)


@pytest.mark.parametrize(("title", "text"), [
    ("宋涛会见巴基斯坦共产党代表团", "5月9日，中联部部长宋涛在京会见巴基斯坦共产党代表团。"),
    ("陈洲会见葡萄牙共产党代表团", "6月2日，中联部副部长陈洲在京会见葡萄牙共产党代表团。"),
    ("郭业洲会见朝鲜劳动党代表团", "7月4日，中联部副部长郭业洲在京会见朝鲜劳动党代表团。"),
])
def test_chinese_look_alikes_outside_lac(title, text):
    record = idcpc(text, title=title, lang="zh", url=ZH_URL)
    assert not record.relevant
    assert parties(record) == set()


# ---- more enumerations and several-party pages -----------------------------------------------------

def test_visit_to_two_lac_countries_lists_both_hosts():
    text = ("Caracas, May 30th--A CPC delegation led by Guo Yezhou, Vice Minister of the IDCPC, visited Cuba "
            "and Venezuela from May 22 to 29, and met with leaders of the Communist Party of Cuba and the "
            "United Socialist Party of Venezuela.")
    record = idcpc(text, title="CPC Delegation Visits Cuba and Venezuela", published="2019-05-30")
    _check(record, {PCC, PSUV}, "multilateral")


def test_members_of_two_parties_of_one_country_named_by_person():
    text = ("Beijing, April 14th--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of Brazilian "
            "legislators including Senator Humberto Costa of the Workers' Party and Deputy Orlando Silva of "
            "the Communist Party of Brazil.")
    record = idcpc(text, title="Chen Zhou Meets Brazilian Legislators")
    _check(record, {PT_BR, PCDOB}, "Brazil")


def test_chinese_enumeration_of_caribbean_parties():
    text = ("11月5日，中联部副部长陈洲在京会见加勒比政党代表团，代表团成员包括巴巴多斯工党、"
            "圣文森特和格林纳丁斯团结工党和多米尼克工党的领导人。")
    record = idcpc(text, title="陈洲会见加勒比政党代表团", lang="zh", url=ZH_URL)
    _check(record, {BLP, ULP, DLP_DM}, "multilateral")


def test_chinese_leaders_bound_to_parties_in_a_list():
    text = ("11月29日，中联部副部长陈洲在京分别会见牙买加人民民族党主席戈尔丁、"
            "特立尼达和多巴哥人民民族运动主席、"
            "圭亚那人民进步党总书记贾格迪奥。")
    record = idcpc(text, title="陈洲分别会见加勒比政党领导人", lang="zh", url=ZH_URL, published="2023-11-30")
    _check(record, {PNP_JM, PNM_TT, PPP_GY}, "multilateral")


def test_agency_copy_names_coalition_partners():
    text = (" date 2023-11-30\nAgency News English | Menu | Search\n"
            "SANTIAGO, Nov. 28 -- A delegation of the Communist Party of China (CPC) held talks on Tuesday "
            "with leaders of Chile's governing parties, among them the Socialist Party, the Communist Party, "
            "the Party for Democracy and the Radical Party.\n")
    record = idcpc(text, title="CPC delegation visits Chile", published="2023-11-30", url=AGENCY_EN)
    _check(record, {PS_CL, PC_CL, PPD_CL, "Radical Party of Chile"}, "Chile")


def test_chinese_agency_copy_of_a_visit_abroad():
    text = (" date 2023-11-30\n新闻 | 国际 | 首页\n"
            "新华社哈瓦那11月28日电 应古巴共产党邀请，中联部部长刘建超率中共代表团于11月26日至28日访问古巴，"
            "会见古共中央第一书记迪亚斯-卡内尔，同古共中央政治局委员莫拉莱斯举行会谈。\n")
    record = idcpc(text, title="刘建超率中共代表团访问古巴", lang="zh", published="2023-11-30", url=AGENCY_ZH)
    _check(record, {PCC}, "Cuba")


# ==== third batch (written blind): renamed and smaller parties, parties in context, big gatherings ===

FORMER_AND_SMALL = [
    ("Song Tao Meets Antiguan Guests",
     "Beijing, April 9th--Song Tao met with a delegation of the Antigua Labour Party led by its Chairman.",
     {ABLP}, "Antigua and Barbuda", "2009-04-10"),
    ("Guo Yezhou Meets Guyanese Opposition Delegation",
     "Beijing, September 3rd--Guo Yezhou met with a delegation of the People's National Congress of "
     "Guyana.", {PNCR_GY}, "Guyana", "2019-09-04"),
    ("Song Tao Meets Venezuelan Guests",
     "Beijing, March 14th--Song Tao met with a delegation of the Fifth Republic Movement (MVR) of "
     "Venezuela.", {"Fifth Republic Movement"}, "Venezuela", "2006-03-15"),
    ("Chen Zhou Meets Ecuadorian Guests",
     "Beijing, June 18th--Chen Zhou met with a delegation of Ecuador's ruling PAIS Alliance.",
     {"PAIS Alliance"}, "Ecuador", "2013-06-19"),
    ("Chen Zhou Meets Brazilian PMDB Delegation",
     "Beijing, July 7th--Chen Zhou met with a delegation of the Brazilian Democratic Movement Party "
     "(PMDB).", {"Brazilian Democratic Movement"}, "Brazil", "2015-07-08"),
    ("Guo Yezhou Meets Surinamese Coalition Parties",
     "Beijing, May 29th--Guo Yezhou met with a joint delegation of Suriname's governing coalition made up "
     "of the Progressive Reform Party, the General Liberation and Development Party and the National "
     "Party of Suriname.", {VHP_SR, "General Liberation and Development Party", "National Party of Suriname"},
     "Suriname", "2022-05-30"),
    ("Chen Zhou Meets Guyanese Opposition Coalition",
     "Beijing, October 2nd--Chen Zhou met with a delegation of A Partnership for National Unity and the "
     "Alliance for Change of Guyana.", {"A Partnership for National Unity", "Alliance for Change (Guyana)"},
     "Guyana", "2018-10-03"),
    ("Guo Yezhou Meets Trinidad and Tobago Guests",
     "Beijing, March 12th--Guo Yezhou met with a delegation of the Congress of the People of Trinidad and "
     "Tobago.", {"Congress of the People (Trinidad and Tobago)"}, "Trinidad and Tobago", "2012-03-13"),
    ("Chen Zhou Meets Argentine Guests",
     "Beijing, October 9th--Chen Zhou met with a delegation of Argentina's Union for the Homeland coalition.",
     {"Union for the Homeland"}, "Argentina", "2023-10-10"),
    ("Guo Yezhou Meets Panamanian Guests",
     "Beijing, April 22nd--Guo Yezhou met with a delegation of the Democratic Change party of Panama.",
     {"Democratic Change"}, "Panama", "2018-04-23"),
    ("Chen Zhou Meets Surinamese KTPI Delegation",
     "Beijing, June 4th--Chen Zhou met with a delegation of the Party for National Unity and Solidarity "
     "(KTPI) of Suriname.", {"Party for National Unity and Solidarity"}, "Suriname", "2019-06-05"),
    ("Guo Yezhou Meets Chilean Guests",
     "Beijing, September 14th--Guo Yezhou met with a delegation of Chile's Democratic Socialism coalition, "
     "which groups the Socialist Party and the Party for Democracy.",
     {"Democratic Socialism (Chile)", PS_CL, PPD_CL}, "Chile", "2023-09-15"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country", "published"), FORMER_AND_SMALL)
def test_former_names_and_smaller_parties(title, text, expected, country, published):
    _check(idcpc(text, title=title, published=published), expected, country)


CONTEXT_ONLY = [
    ("Chen Zhou Meets PSUV Delegation",
     "Beijing, March 4th--Chen Zhou met with a delegation of the United Socialist Party of Venezuela. The "
     "guests briefed Chen on the coming elections, in which the PSUV faces the opposition Democratic Unity "
     "Roundtable.", {PSUV}, "Venezuela"),
    ("Guo Yezhou Meets Uruguayan Broad Front Delegation",
     "Beijing, November 2nd--Guo Yezhou met with a delegation of the Broad Front of Uruguay. Guo "
     "congratulated the Broad Front on returning to government after five years of rule by the National "
     "Party.", {FA_UY}, "Uruguay"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), CONTEXT_ONLY)
def test_a_party_named_only_as_context_takes_no_part(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


def test_seminar_lists_every_named_party():
    text = ("Beijing, November 29th--A theory seminar between the CPC and political parties of Latin America "
            "and the Caribbean was held in Beijing. Liu Jianchao, head of the IDCPC, delivered a keynote "
            "speech. More than 100 representatives of some 30 parties from 20 countries attended, among them "
            "leaders of the Communist Party of Cuba, the United Socialist Party of Venezuela, the Sandinista "
            "National Liberation Front of Nicaragua and the Movement for Socialism of Bolivia.")
    record = idcpc(text, title="CPC Holds Theory Seminar with Latin American Parties", published="2023-11-30")
    _check(record, {PCC, PSUV, FSLN, MAS}, "multilateral")


def test_forum_speakers_named_with_party_and_country_in_brackets():
    text = ("Beijing, December 7th--The China-CELAC Political "
            "Parties Forum was held via video link. Speakers "
            "included Gleisi Hoffmann (Workers' Party, Brazil), Mario Delgado (MORENA, Mexico) and Fernando "
            "Pereira (Broad Front, Uruguay).")
    record = idcpc(text, title="China-CELAC Political Parties Forum Held Online", published="2021-12-08")
    _check(record, {PT_BR, MORENA, FA_UY}, "multilateral")


def test_chinese_head_of_state_and_party_leader_titles():
    text = ("5月9日，中联部部长刘建超在京会见委内瑞拉总统、"
            "统社党主席马杜罗的特使。刘建超表示，中共愿同委统社党加强交往。")
    record = idcpc(text, title="刘建超会见委内瑞拉总统特使", lang="zh", url=ZH_URL)
    _check(record, {PSUV}, "Venezuela")


def test_embassy_spanish_copy_of_a_mexican_party_visit():
    text = ("El 27 de mayo, Guo Yezhou, vicejefe del Departamento "
            "Internacional del Comité Central del Partido "
            "Comunista de China, se reunió en Beijing con una delegación del Partido del Trabajo de México "
            "encabezada por su Comisionado Político Nacional.")
    record = idcpc(text, title="Guo Yezhou se reúne con delegación del PT de México", published="2023-05-28",
                   url="http://mx.china-embassy.gov.cn/esp/zmgx/202305/t20230528_1.htm")
    _check(record, {PT_MX}, "Mexico")


def test_embassy_portuguese_copy():
    text = ("Em 3 de julho, Qian Hongshan, vice-ministro do Departamento Internacional do Comitê Central do "
            "Partido Comunista da China, reuniu-se em Pequim com uma delegação do Partido Comunista do "
            "Brasil (PCdoB) chefiada por sua presidente.")
    record = idcpc(text, title="Qian Hongshan reúne-se com delegação do PCdoB", published="2023-07-04",
                   url="http://br.china-embassy.gov.cn/por/zbgx/202307/t20230704_1.htm")
    _check(record, {PCDOB}, "Brazil")


# ==== fourth batch (written after the first fixes, so not blind): more look-alikes and original names ==

LOOKALIKES_MORE = [
    ("Chen Zhou Meets Saint Kitts and Nevis Guests",
     "Beijing, June 9th--Chen Zhou met with a delegation of the People's Action Movement of Saint Kitts "
     "and Nevis. Chen recalled his visit to Singapore, where he met the People's Action Party.",
     {"People's Action Movement"}, "Saint Kitts and Nevis"),
    ("Guo Yezhou Meets Jamaican PNP Delegation",
     "Beijing, May 12th--Guo Yezhou met with a delegation of the People's National Party of Jamaica. The "
     "delegation had visited the British Labour Party before coming to China.", {PNP_JM}, "Jamaica"),
    ("Chen Zhou Meets Nicaraguan and Algerian Guests",
     "Beijing, April 2nd--Chen Zhou met separately with delegations of the Sandinista National Liberation "
     "Front of Nicaragua and the National Liberation Front of Algeria.", {FSLN}, "Nicaragua"),
    ("Guo Yezhou Meets Guyanese PPP/C Delegation",
     "Beijing, August 19th--Guo Yezhou met with a delegation of the People's Progressive Party/Civic of "
     "Guyana. Guo also recalled his talks in Nicosia with the Progressive Party of Working People of "
     "Cyprus.", {PPP_GY}, "Guyana"),
    ("CPC Delegation Visits Saint Vincent and Canada",
     "Kingstown, June 2nd--A CPC delegation visited Saint Vincent and the Grenadines and met with leaders "
     "of the Unity Labour Party. It then went on to Canada, where it met with the NDP.", {ULP},
     "Saint Vincent and the Grenadines"),
    ("Chen Zhou Meets Brazilian and Korean Guests",
     "Beijing, July 4th--Chen Zhou met with a delegation of the Workers' Party of Korea in the morning "
     "and with a delegation of Brazil's Workers' Party in the afternoon.", {PT_BR}, "Brazil"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), LOOKALIKES_MORE)
def test_more_look_alikes_on_the_page(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


ZH_LOOKALIKES_MORE = [
    ("陈洲会见牙买加工党代表团",
     "4月25日，中联部副部长陈洲在京会见牙买加工党代表团。代表团此前访问了英国工党。", {JLP}, "Jamaica"),
    ("郭业洲会见圭亚那人民进步党代表团",
     "8月19日，中联部副部长郭业洲在京会见圭亚那人民进步党代表团。同日，郭业洲还会见了马来西亚人民进步党代表团。",
     {PPP_GY}, "Guyana"),
    ("陈洲分别会见巴西劳工党和朝鲜劳动党代表团",
     "7月4日，中联部副部长陈洲在京分别会见巴西劳工党代表团和朝鲜劳动党代表团。", {PT_BR}, "Brazil"),
    ("陈洲会见圣文森特和格林纳丁斯新民主党代表团",
     "7月1日，中联部副部长陈洲在京会见圣文森特和格林纳丁斯新民主党代表团。此前，代表团访问了加拿大新民主党。",
     {NDP_VC}, "Saint Vincent and the Grenadines"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ZH_LOOKALIKES_MORE)
def test_more_chinese_look_alikes_on_the_page(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


ORIGINAL_MORE = [
    ("Chen Zhou Meets Honduran Guests",
     "Beijing, June 20th--Chen Zhou met with a delegation of the Partido Liberal de Honduras.",
     {"Liberal Party of Honduras"}, "Honduras"),
    ("Guo Yezhou Meets Costa Rican Guests",
     "Beijing, March 7th--Guo Yezhou met with a delegation of Costa Rica's Partido Acción Ciudadana.",
     {"Citizens' Action Party"}, "Costa Rica"),
    ("Chen Zhou Meets Panamanian Guests",
     "Beijing, April 22nd--Chen Zhou met with a delegation of the Partido Panameñista.",
     {"Panameñista Party"}, "Panama"),
    ("Guo Yezhou Meets Colombian Guests",
     "Beijing, August 28th--Guo Yezhou met with a delegation of the Polo Democrático Alternativo of "
     "Colombia.", {"Alternative Democratic Pole"}, "Colombia"),
    ("Chen Zhou Meets Venezuelan Guests",
     "Beijing, July 24th--Chen Zhou met with a delegation of Venezuela's Patria Para Todos party.",
     {"Fatherland for All"}, "Venezuela"),
    ("Guo Yezhou Meets Dominican Guests",
     "Beijing, March 20th--Guo Yezhou met with a delegation of the Fuerza del Pueblo of the Dominican "
     "Republic.", {"People's Force"}, "Dominican Republic"),
    ("Chen Zhou Meets Peruvian Guests",
     "Beijing, July 9th--Chen Zhou met with a delegation of Peru's Partido Nacionalista Peruano.",
     {"Peruvian Nationalist Party"}, "Peru"),
    ("Guo Yezhou Meets Paraguayan Guests",
     "Beijing, October 4th--Guo Yezhou met with a delegation of Paraguay's Frente Guasu.",
     {"Guasu Front"}, "Paraguay"),
]


@pytest.mark.parametrize(("title", "text", "expected", "country"), ORIGINAL_MORE)
def test_more_names_in_the_original_language(title, text, expected, country):
    _check(idcpc(text, title=title), expected, country)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Beijing, November 2nd--Guo Yezhou met with a delegation of the Broad Front of Uruguay, which "
     "took over from the National Party in March.", {FA_UY}),
    ("zh", "11月2日，中联部副部长郭业洲在京会见乌拉圭广泛阵线代表团。"
     "广泛阵线在大选中胜出，取代民族党执政。", {FA_UY}),
])
def test_the_party_a_counterpart_replaced_takes_no_part(lang, text, expected):
    title = "郭业洲会见乌拉圭广泛阵线代表团"
    if lang == "en":
        title = "Guo Yezhou Meets Uruguayan Broad Front Delegation"
    record = idcpc(text, title=title, lang=lang, url=ZH_URL if lang == "zh" else EN_URL)
    _check(record, expected, "Uruguay")


def test_a_possessive_before_a_name_that_opens_with_its_country():
    """"Saint Lucia's Labour Party" for the Saint Lucia Labour Party: English puts the country's
    possessive before the bare name as it does for a name that ends with the country."""
    text = ("Beijing, November 5th--Chen Zhou met with leaders of the Dominica Labour Party and Saint "
            "Lucia's Labour Party, and with members of Barbados' Labour Party.")
    record = idcpc(text, title="Chen Zhou Meets Caribbean Party Leaders")
    _check(record, {DLP_DM, SLP, BLP}, "multilateral")


@pytest.mark.parametrize(("title", "text", "expected", "country"), [
    ("陈洲会见圣基茨和尼维斯客人", "10月30日，中联部副部长陈洲在京会见圣基茨工党代表团。", {SKNLP},
     "Saint Kitts and Nevis"),
    ("陈洲会见圣文森特客人", "7月1日，中联部副部长陈洲在京会见圣文森特团结工党代表团。", {ULP},
     "Saint Vincent and the Grenadines"),
])
def test_chinese_short_names_of_two_island_states(title, text, expected, country):
    _check(idcpc(text, title=title, lang="zh", url=ZH_URL), expected, country)


# ---- a long report of a gathering names its participants after the speeches ---------------------

_SPEECH = ("Liu said that the CPC is willing to work with political parties of all countries to deepen "
           "exchanges of experience in governance and to build a community with a shared future. ")
_SPEECH_ZH = "刘建超表示，中国共产党愿同各国政党一道，加强治国理政经验交流，推动构建人类命运共同体。"


@pytest.mark.parametrize("closing", [
    "Leaders of the Communist Party of Cuba, the United Socialist Party of Venezuela and the Sandinista "
    "National Liberation Front of Nicaragua spoke at the seminar.",
    "Participants from the Communist Party of Cuba, the United Socialist Party of Venezuela and the "
    "Sandinista National Liberation Front of Nicaragua said they valued China's experience.",
])
def test_participants_named_late_in_a_long_seminar_report(closing):
    text = ("Beijing, November 29th--A theory seminar between the CPC and political parties of Latin America "
            "and the Caribbean was held in Beijing. Liu Jianchao, head of the IDCPC, delivered a keynote "
            "speech.\n" + _SPEECH * 10 + "\n" + closing)
    record = idcpc(text, title="CPC Holds Theory Seminar with Latin American Parties", published="2023-11-30")
    _check(record, {PCC, PSUV, FSLN}, "multilateral")


def test_a_party_only_recalled_late_in_a_seminar_report_is_no_participant():
    text = ("Beijing, November 29th--A theory seminar between the CPC and political parties of Latin America "
            "and the Caribbean was held in Beijing. Liu Jianchao, head of the IDCPC, delivered a keynote "
            "speech.\n" + _SPEECH * 10 + "\nLiu recalled that the Communist Party of Cuba attended the "
            "first such seminar in 2016.")
    record = idcpc(text, title="CPC Holds Theory Seminar with Latin American Parties", published="2023-11-30")
    assert record.relevant and parties(record) == set()


def test_chinese_participants_named_late_in_a_long_seminar_report():
    text = ("11月29日，中拉政党理论研讨会在京举行。中联部部长刘建超出席并作主旨演讲。" + _SPEECH_ZH * 12
            + "\n古巴共产党、委内瑞拉统一社会主义党、尼加拉瓜桑地诺民族解放阵线等政党领导人出席会议并发言。")
    record = idcpc(text, title="中拉政党理论研讨会在京举行", lang="zh", url=ZH_URL, published="2023-11-30")
    _check(record, {PCC, PSUV, FSLN}, "multilateral")


# ---- party names that share their words ----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected", "country"), [
    ("Beijing, May 8th--Chen Zhou met with leaders of the Communist parties of Cuba and Venezuela.",
     {PCC, PCV}, "multilateral"),
    ("Beijing, May 8th--Chen Zhou met with leaders of the Communist parties of Cuba, Chile and Uruguay.",
     {PCC, PC_CL, PCU}, "multilateral"),
    ("Beijing, May 8th--Chen Zhou met with a delegation of Brazil's Workers' and Communist parties.",
     {PT_BR, PCDOB}, "Brazil"),
    ("Beijing, May 8th--Chen Zhou met with a delegation of Chile's Socialist and Communist parties.",
     {PS_CL, PC_CL}, "Chile"),
])
def test_names_sharing_their_words(text, expected, country):
    _check(idcpc(text, title="Chen Zhou Meets Party Leaders"), expected, country)


def test_a_party_the_counterpart_won_over_takes_no_part():
    text = ("Beijing, June 5th--Chen Zhou met with a delegation of the Broad Front of Uruguay. Chen "
            "congratulated the Broad Front on its victory over the National Party in the elections.")
    _check(idcpc(text, title="Chen Zhou Meets Uruguayan Broad Front Delegation"), {FA_UY}, "Uruguay")


@pytest.mark.parametrize(("lang", "title", "text", "expected", "country"), [
    ("en", "Liu Jianchao Meets Brazilian Guests",
     "Beijing, March 4th--Liu Jianchao met with a delegation of the Partido de los Trabajadores of Brazil.",
     {PT_BR}, "Brazil"),
    ("zh", "陈洲会见墨西哥客人", "5月3日，中联部副部长陈洲在京会见墨西哥公民运动代表团。",
     {"Citizens' Movement (Mexico)"}, "Mexico"),
])
def test_more_names_from_the_gazetteer(lang, title, text, expected, country):
    _check(idcpc(text, title=title, lang=lang, url=ZH_URL if lang == "zh" else EN_URL), expected, country)


@pytest.mark.xfail(strict=False, reason="doubtful and unfixed: on a visit page, parties described as members "
                   "of the host's coalition in a sentence of their own (no meeting said) are read as met")
def test_coalition_members_only_described_on_a_visit_page():
    text = ("Brasilia, August 17th--A CPC delegation led by Song Tao visited Brazil from August 13 to 17 and "
            "met with leaders of the Workers' Party and the Communist Party of Brazil. Brazil's governing "
            "coalition also includes the Brazilian Democratic Movement and the Social Democratic Party.")
    record = idcpc(text, title="CPC Delegation Visits Brazil", published="2019-08-17")
    _check(record, {PT_BR, PCDOB}, "Brazil")
