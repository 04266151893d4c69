# ruff: noqa: E501
"""Campaign 12C: several LAC parties of ONE country, coalitions and mixed delegations.

IDCPC pages (English, Chinese simplified and traditional, agency and newspaper copies) where the LAC
side is several parties or actors of one country: delegations drawn from several parties, a coalition
named beside (or instead of) its member parties, people named with their party after the name, in
apposition, in brackets, by acronym, in 、 lists or in "respectively" enumerations, and parties the
page only mentions (a rival defeated in an election, the party that governed before, a party the guest
once belonged to, the ruling coalition as background). Some pages name actors of two LAC countries
(multilateral, the boundary).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md): `contacts` and
the parties list every LAC party the page names as taking part, the host party of a visit included;
`leftist` when any counterpart party is leftist by its family. One test per probe and field, so the
pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import BL, DI, KE, NO, RL, B, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_{n}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_{n}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"

# canonical party names (gazetteer 'canonical', the value coders write)
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
PSB = "Brazilian Socialist Party"
PDT = "Democratic Labour Party (Brazil)"
PSOL = "Socialism and Liberty Party"
MDB = "Brazilian Democratic Movement"
PSDB = "Brazilian Social Democracy Party"
PSCH = "Socialist Party of Chile"
PCCH = "Communist Party of Chile"
PPD = "Party for Democracy"
FACH = "Broad Front (Chile)"
PDC = "Christian Democratic Party (Chile)"
RN = "National Renewal"
UDI = "Independent Democratic Union"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
PSU = "Socialist Party of Uruguay"
MPP = "Movement of Popular Participation"
PNU = "National Party (Uruguay)"
PCOLU = "Colorado Party (Uruguay)"
MORENA = "National Regeneration Movement"
PTMX = "Labor Party (Mexico)"
PVEM = "Ecologist Green Party of Mexico"
PRI = "Institutional Revolutionary Party"
PANMX = "National Action Party (Mexico)"
PJ = "Justicialist Party"
PCA = "Communist Party of Argentina"
UXP = "Union for the Homeland"
FDT = "Frente de Todos"
UCR = "Radical Civic Union"
PRO = "Republican Proposal"
FR = "Renewal Front"
APRA = "Peruvian Aprista Party"
PNP = "Peruvian Nationalist Party"
FREEPE = "Free Peru"
APP = "Alliance for Progress (Peru)"
APE = "Popular Action (Peru)"
FPOP = "Popular Force"
PCPE = "Peruvian Communist Party"
PACTO = "Historic Pact for Colombia"
PCCOL = "Colombian Communist Party"
PDA = "Alternative Democratic Pole"
HUMANE = "Humane Colombia"
COMMONS = "Commons (Colombia)"
LIBCOL = "Colombian Liberal Party"
CDCOL = "Democratic Center (Colombia)"
PLD = "Dominican Liberation Party"
PRM = "Modern Revolutionary Party"
FPDO = "People's Force"
PRDDO = "Dominican Revolutionary Party"
LIBRE = "Liberty and Refoundation"
PNH = "National Party of Honduras"
PLH = "Liberal Party of Honduras"
PSUV = "United Socialist Party of Venezuela"
GPP = "Great Patriotic Pole"
PCV = "Communist Party of Venezuela"
PPT = "Fatherland for All"
TUPV = "Tupamaro (Venezuela)"
MUD = "Democratic Unity Roundtable"
PCC = "Communist Party of Cuba"
FSLN = "Sandinista National Liberation Front"
PLC = "Constitutionalist Liberal Party"
FMLN = "Farabundo Martí National Liberation Front"
ARENA = "Nationalist Republican Alliance"
MAS = "Movement for Socialism (Bolivia)"
PCB_BO = "Communist Party of Bolivia"
RC = "Citizen Revolution Movement"
PSE = "Ecuadorian Socialist Party"
GUASU = "Guasu Front"
ANR = "Colorado Party (Paraguay)"
PLN = "National Liberation Party"
FACR = "Broad Front (Costa Rica)"
URNG = "Guatemalan National Revolutionary Unity"
SEMILLA = "Semilla Movement"


def rel(country: str, date: str | None, party_set: set[str], mechanism: set[str], event_type: str,
        content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. English IDCPC: delegations of several parties of one country, received in China ----
    Probe("br-three-party-delegation-meeting",
          "Liu Jianchao Meets Delegation of Brazilian Left Parties",
          "Beijing, June 12th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, received "
          "here today a delegation of Brazilian parties made up of members of the Workers' Party (PT), the "
          "Communist Party of Brazil (PCdoB) and the Brazilian Socialist Party (PSB).\nLiu said that the CPC "
          "values its friendship with the progressive forces of Brazil and is ready to deepen exchanges on "
          "governance.\nThe Brazilian guests said their parties admire China's achievements in reducing "
          "poverty and wish to learn from the CPC's experience.",
          "2023-06-12", url(EN, "2023-06-12", 1),
          rel("Brazil", "2023-06-12", {PT, PCDOB, PSB}, BL, "meeting")),
    Probe("cl-four-party-delegation-visit-whole",
          "Delegation of Chilean Political Parties Visits China",
          "At the invitation of the CPC, a delegation of Chilean political parties, with leaders of the "
          "Socialist Party of Chile, the Communist Party of Chile, the Party for Democracy and Frente Amplio, "
          "visited China from April 8th to 15th, 2024.\nDuring its stay the delegation held talks with Sun "
          "Haiyan, deputy head of the IDCPC, and met officials of the National People's Congress and the "
          "Ministry of Foreign Affairs. Both sides exchanged views on party building and on relations between "
          "China and Chile.",
          "2024-04-16", url(EN, "2024-04-16", 2),
          rel("Chile", "2024-04-08", {PSCH, PCCH, PPD, FACH}, BL, "delegation_received")),
    Probe("uy-fa-with-member-parties",
          "Chen Zhou Meets Delegation of Broad Front of Uruguay",
          "Beijing, September 5th (IDCPC) -- Chen Zhou, a vice minister of the IDCPC, met here today with a "
          "delegation of the Broad Front of Uruguay led by its president Fernando Pereira. The delegation "
          "included leaders of the Communist Party of Uruguay, the Socialist Party of Uruguay and the Movement "
          "of Popular Participation (MPP), the three largest forces of the coalition.\nChen briefed the guests "
          "on China's development and said the CPC is willing to strengthen exchanges with the Broad Front.\n"
          "Pereira said the Broad Front and its member parties support the one-China principle.",
          "2023-09-05", url(EN, "2023-09-05", 3),
          rel("Uruguay", "2023-09-05", {FA, PCU, PSU, MPP}, BL, "meeting")),
    Probe("mx-morena-pt-pvem-delegation",
          "Liu Jianchao Meets Delegation of Mexico's Ruling Coalition",
          "Beijing, November 20th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a delegation of lawmakers from the National Regeneration Movement (Morena), the "
          "Labor Party (PT) and the Ecologist Green Party of Mexico (PVEM), the three parties of Mexico's "
          "governing alliance.\nLiu said China and Mexico are both major developing countries and the CPC "
          "stands ready to enhance dialogue with Mexican parties.\nThe guests said their parties look forward "
          "to closer cooperation with the CPC.",
          "2023-11-20", url(EN, "2023-11-20", 4),
          rel("Mexico", "2023-11-20", {MORENA, PTMX, PVEM}, BL, "meeting")),
    Probe("ar-pj-allies-delegation",
          "IDCPC Vice Minister Meets Argentine Party Delegation",
          "Beijing, July 3rd (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation from Argentina composed of members of the Justicialist Party, the Renewal Front and the "
          "Communist Party of Argentina, which are all part of the Frente de Todos coalition.\nGuo said the "
          "CPC is ready to work with Argentine parties to push forward the comprehensive strategic partnership "
          "between the two countries.",
          "2021-07-03", url(EN, "2021-07-03", 5),
          rel("Argentina", "2021-07-03", {PJ, FR, PCA, FDT}, BL, "meeting"),
          doubtful={"parties": "the coalition is named only to describe its member parties; it may or may "
                               "not count as taking part"}),
    Probe("pe-congress-parties-delegation-nonleft",
          "Qian Hongshan Meets Delegation of Peruvian Congress Members",
          "Beijing, May 16th (IDCPC) -- Qian Hongshan, a vice minister of the IDCPC, met here today with a "
          "delegation of members of the Congress of Peru from the Alliance for Progress, Popular Action and "
          "Popular Force parties.\nQian said the CPC attaches importance to ties with all Peruvian parties. "
          "The delegation said Peru's parties regard China as an important partner.",
          "2023-05-16", url(EN, "2023-05-16", 6),
          rel("Peru", "2023-05-16", {APP, APE, FPOP}, B, "meeting")),
    Probe("pe-congress-parties-with-free-peru",
          "Sun Haiyan Meets Peruvian Parliamentarians",
          "Beijing, October 10th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with Peruvian "
          "congressmen from Free Peru, the Peruvian Aprista Party and Alliance for Progress.\nThe two sides "
          "exchanged views on cooperation between China and Peru in infrastructure and trade.",
          "2022-10-10", url(EN, "2022-10-10", 7),
          rel("Peru", "2022-10-10", {FREEPE, APRA, APP}, BL, "meeting")),
    Probe("co-pacto-members",
          "Liu Jianchao Meets Delegation of Colombia's Historic Pact",
          "Beijing, March 27th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a delegation of the Historic Pact, Colombia's governing coalition, including leaders "
          "of the Colombian Communist Party, the Alternative Democratic Pole and Humane Colombia.\nLiu said the "
          "CPC is willing to share experience of governance with the Historic Pact. The guests said the "
          "coalition and its parties value exchanges with the CPC.",
          "2024-03-27", url(EN, "2024-03-27", 8),
          rel("Colombia", "2024-03-27", {PACTO, PCCOL, PDA, HUMANE}, BL, "meeting")),
    Probe("do-three-parties-nonleft",
          "IDCPC Delegation Meets Dominican Party Leaders in Beijing",
          "Beijing, August 22nd (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of Dominican parties comprising members of the Dominican Liberation Party (PLD), the "
          "Modern Revolutionary Party (PRM) and the People's Force (FP).\nChen said that since China and the "
          "Dominican Republic established diplomatic ties in 2018, exchanges between the two sides have grown "
          "fast. The guests said the three parties agree on developing relations with China.",
          "2023-08-22", url(EN, "2023-08-22", 9),
          rel("Dominican Republic", "2023-08-22", {PLD, PRM, FPDO}, B, "meeting")),
    Probe("hn-libre-and-pn",
          "Sun Haiyan Meets Honduran Parliamentary Delegation",
          "Beijing, January 18th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with a "
          "delegation of Honduran lawmakers from the Liberty and Refoundation Party (Libre) and the National "
          "Party of Honduras.\nSun said China welcomes the growth of its relations with Honduras since the "
          "two countries established diplomatic relations last year.",
          "2024-01-18", url(EN, "2024-01-18", 10),
          rel("Honduras", "2024-01-18", {LIBRE, PNH}, BL, "meeting")),
    Probe("ve-psuv-gpp-allies",
          "Liu Jianchao Meets Delegation of Venezuela's Great Patriotic Pole",
          "Beijing, December 4th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a delegation of the Great Patriotic Pole of Venezuela, made up of leaders of the "
          "United Socialist Party of Venezuela (PSUV), Fatherland for All (PPT) and the Tupamaro movement.\n"
          "Liu said the CPC supports Venezuela in safeguarding its sovereignty.",
          "2023-12-04", url(EN, "2023-12-04", 11),
          rel("Venezuela", "2023-12-04", {GPP, PSUV, PPT, TUPV}, BL, "meeting")),

    # ---- B. people named with their party after the name, apposition, brackets, acronyms ----
    Probe("br-persons-apposition",
          "Guo Yezhou Meets Brazilian Party Leaders",
          "Beijing, May 9th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with Gleisi "
          "Hoffmann, president of the Workers' Party of Brazil, and Luciana Santos, president of the Communist "
          "Party of Brazil.\nGuo said the CPC stands ready to work with the two parties to carry forward the "
          "friendship between China and Brazil.",
          "2019-05-09", url(EN, "2019-05-09", 12),
          rel("Brazil", "2019-05-09", {PT, PCDOB}, BL, "meeting")),
    Probe("cl-persons-brackets-acronyms",
          "Chilean Parliamentarians Visit IDCPC",
          "Beijing, October 17th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a group "
          "of Chilean deputies: Daniel Núñez (PC), Marcos Ilabaca (PS) and Raúl Soto (PPD).\nChen said the CPC "
          "is ready to enhance exchanges with Chilean political parties and the National Congress.",
          "2023-10-17", url(EN, "2023-10-17", 13),
          rel("Chile", "2023-10-17", {PCCH, PSCH, PPD}, BL, "meeting")),
    Probe("mx-respectively-enumeration",
          "Liu Jianchao Meets Mexican Party Leaders",
          "Beijing, February 28th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with Mario Delgado, Alberto Anaya and Karen Castrejón, respectively the leaders of the "
          "National Regeneration Movement, the Labor Party and the Ecologist Green Party of Mexico.\nLiu "
          "said the CPC is ready to strengthen exchanges with the three parties.",
          "2023-02-28", url(EN, "2023-02-28", 14),
          rel("Mexico", "2023-02-28", {MORENA, PTMX, PVEM}, BL, "meeting")),
    Probe("uy-person-party-of-coalition",
          "IDCPC Vice Minister Meets Uruguayan Senator",
          "Beijing, April 24th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with Óscar "
          "Andrade, a senator of the Communist Party of Uruguay, a member party of the Broad Front.\nQian "
          "said the CPC and the Communist Party of Uruguay enjoy a long friendship.",
          "2023-04-24", url(EN, "2023-04-24", 15),
          rel("Uruguay", "2023-04-24", {PCU}, BL, "meeting"),
          doubtful={"parties": "the coalition names the senator's party's alliance, not a participant; a "
                               "coder might list it"}),
    Probe("ar-acronym-only-list",
          "Argentine Party Delegation Visits China",
          "At the invitation of the IDCPC, a delegation of Argentine parties (PJ, UCR and PRO) visited China "
          "from 2 to 9 September 2019. In Beijing the delegation met Guo Yezhou, vice minister of the IDCPC, "
          "and held talks on the political situation in both countries.",
          "2019-09-10", url(EN, "2019-09-10", 16),
          rel("Argentina", "2019-09-02", {PJ, UCR, PRO}, B, "delegation_received")),
    Probe("co-persons-party-after-name",
          "Sun Haiyan Meets Colombian Senators",
          "Beijing, July 11th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with Senators "
          "Iván Cepeda of the Historic Pact and Lidio García of the Colombian Liberal Party.\nBoth sides "
          "agreed to expand exchanges between legislators and parties of the two countries.",
          "2023-07-11", url(EN, "2023-07-11", 17),
          rel("Colombia", "2023-07-11", {PACTO, LIBCOL}, BL, "meeting")),
    Probe("ve-pcv-and-psuv-persons",
          "Guo Yezhou Meets Leaders of Venezuelan Parties",
          "Beijing, June 25th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with Óscar "
          "Figuera, general secretary of the Communist Party of Venezuela, and Adán Chávez, a vice president of "
          "the United Socialist Party of Venezuela.\nGuo said the CPC values its relations with the "
          "progressive parties of Venezuela.",
          "2019-06-25", url(EN, "2019-06-25", 18),
          rel("Venezuela", "2019-06-25", {PCV, PSUV}, BL, "meeting")),

    # ---- C. parties only mentioned, not taking part ----
    Probe("br-rival-defeated",
          "Liu Jianchao Meets Workers' Party Delegation of Brazil",
          "Beijing, January 15th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a delegation of the Workers' Party of Brazil. Liu congratulated the party on its "
          "victory in the presidential election, in which it defeated the Liberal Party candidate.\nThe guests "
          "said the PT hopes to deepen exchanges with the CPC on governance.",
          "2023-01-15", url(EN, "2023-01-15", 19),
          rel("Brazil", "2023-01-15", {PT}, BL, "meeting")),
    Probe("cl-party-governed-before",
          "IDCPC Vice Minister Meets Chilean National Renewal Party Delegation",
          "Beijing, November 7th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of Chile's National Renewal party, which governed the country as part of Chile Vamos "
          "until 2022.\nChen said the CPC is willing to keep up exchanges with parties across Chile's "
          "political spectrum.",
          "2023-11-07", url(EN, "2023-11-07", 20),
          rel("Chile", "2023-11-07", {RN}, B, "meeting"),
          doubtful={"parties": "Chile Vamos is named as the coalition the guest party governed in, past "
                               "context rather than a participant"}),
    Probe("pe-once-belonged",
          "Qian Hongshan Meets Peruvian Nationalist Party Leader",
          "Beijing, August 30th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of the Peruvian Nationalist Party led by a former congressman who once belonged to the "
          "Peruvian Aprista Party.\nQian said the CPC appreciates the party's friendly policy towards China.",
          "2019-08-30", url(EN, "2019-08-30", 21),
          rel("Peru", "2019-08-30", {PNP}, BL, "meeting")),
    Probe("mx-ruling-coalition-context",
          "Sun Haiyan Meets PRI Delegation of Mexico",
          "Beijing, October 24th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with a "
          "delegation of Mexico's Institutional Revolutionary Party (PRI). Sun said that although the PRI is "
          "now in opposition to the coalition led by the National Regeneration Movement, the CPC continues to "
          "value its long friendship with the PRI.",
          "2023-10-24", url(EN, "2023-10-24", 22),
          rel("Mexico", "2023-10-24", {PRI}, B, "meeting")),
    Probe("hn-defeated-party-context",
          "Liu Jianchao Meets Delegation of Honduras' Libre Party",
          "Beijing, June 8th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with a delegation of the Liberty and Refoundation Party of Honduras. The party came to power "
          "after defeating the National Party of Honduras in the 2021 elections.\nLiu said the CPC is ready "
          "to share governance experience with Libre.",
          "2023-06-08", url(EN, "2023-06-08", 23),
          rel("Honduras", "2023-06-08", {LIBRE}, BL, "meeting")),
    Probe("do-governed-before",
          "IDCPC Vice Minister Meets Modern Revolutionary Party Delegation",
          "Beijing, March 14th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of the Modern Revolutionary Party of the Dominican Republic. The party took office in "
          "2020, ending sixteen years of government by the Dominican Liberation Party.\nChen said the CPC "
          "is ready to work with the PRM for the growth of ties.",
          "2023-03-14", url(EN, "2023-03-14", 24),
          rel("Dominican Republic", "2023-03-14", {PRM}, B, "meeting")),
    Probe("ve-opposition-context",
          "Guo Yezhou Meets PSUV Delegation",
          "Beijing, May 21st (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of the United Socialist Party of Venezuela. The guests briefed Guo on the situation in "
          "Venezuela and the dialogue between the government and the opposition Democratic Unity Roundtable.",
          "2019-05-21", url(EN, "2019-05-21", 25),
          rel("Venezuela", "2019-05-21", {PSUV}, BL, "meeting")),
    Probe("ni-plc-rival",
          "Song Tao Meets FSLN Delegation",
          "Beijing, December 10th (IDCPC) -- Song Tao, head of the IDCPC, met here today with a delegation of "
          "the Sandinista National Liberation Front of Nicaragua. The guests said the FSLN had won the "
          "elections by a wide margin over the Constitutionalist Liberal Party.",
          "2021-12-10", url(EN, "2021-12-10", 26),
          rel("Nicaragua", "2021-12-10", {FSLN}, BL, "meeting")),

    # ---- D. CPC delegations to one LAC country, meeting several parties ----
    Probe("cpc-delegation-brazil-several-parties",
          "CPC Delegation Visits Brazil",
          "A CPC delegation led by Sun Haiyan, deputy head of the IDCPC, visited Brazil from March 18th to "
          "23rd, 2024. In Brasília the delegation met leaders of the Workers' Party, the Communist Party of "
          "Brazil and the Brazilian Democratic Movement, as well as members of the National Congress.\nThe "
          "Brazilian side said it valued the exchange of experience with the CPC.",
          "2024-03-25", url(EN, "2024-03-25", 27),
          rel("Brazil", "2024-03-18", {PT, PCDOB, MDB}, BL, "delegation_visit_abroad")),
    Probe("cpc-delegation-chile-host-party",
          "CPC Delegation Visits Chile at Invitation of Socialist Party",
          "At the invitation of the Socialist Party of Chile, a CPC delegation led by Chen Zhou, vice minister "
          "of the IDCPC, visited Chile from October 2nd to 6th, 2023. The delegation met Paulina Vodanovic, "
          "president of the Socialist Party, and Lautaro Carmona, president of the Communist Party of Chile, "
          "and held a discussion with members of the Christian Democratic Party.",
          "2023-10-09", url(EN, "2023-10-09", 28),
          rel("Chile", "2023-10-02", {PSCH, PCCH, PDC}, BL, "delegation_visit_abroad")),
    Probe("cpc-delegation-uruguay-host-fa",
          "CPC Delegation Visits Uruguay",
          "At the invitation of the Broad Front, a delegation of the CPC headed by Qian Hongshan, vice minister "
          "of the IDCPC, visited Uruguay from 20 to 24 November 2023. In Montevideo the delegation met leaders "
          "of the Broad Front and of the National Party and the Colorado Party.",
          "2023-11-27", url(EN, "2023-11-27", 29),
          rel("Uruguay", "2023-11-20", {FA, PNU, PCOLU}, BL, "delegation_visit_abroad")),
    Probe("cpc-delegation-mexico-and-cuba-multi",
          "CPC Delegation Visits Mexico and Cuba",
          "A CPC delegation led by Liu Jianchao, who heads the CPC's International Department, visited Mexico "
          "and Cuba from May 8th to 15th, 2023. In Mexico City the delegation met leaders of the National "
          "Regeneration Movement and the Labor Party. In Havana it held talks with leaders of the Communist "
          "Party of Cuba.",
          "2023-05-16", url(EN, "2023-05-16", 30),
          rel("multilateral", "2023-05-08", {MORENA, PTMX, PCC}, RL, "delegation_visit_abroad"),
          doubtful={"mechanism": "a trip to two LAC countries: the codebook's 'regional' is for LAC-wide "
                                 "platforms or a group of several countries' actors; a trip may read as "
                                 "two bilateral legs"}),
    Probe("cpc-delegation-argentina-and-spain",
          "CPC Delegation Visits Argentina and Spain",
          "A CPC delegation led by Guo Yezhou, vice minister of the IDCPC, visited Argentina and Spain from "
          "June 3rd to 11th, 2019. In Buenos Aires the delegation met leaders of the Justicialist Party and the "
          "Radical Civic Union. In Madrid it met leaders of the Spanish Socialist Workers' Party.",
          "2019-06-12", url(EN, "2019-06-12", 31),
          rel("Argentina", "2019-06-03", {PJ, UCR}, B, "delegation_visit_abroad")),

    # ---- E. video calls, seminars, courses, messages with several parties of one country ----
    Probe("mx-video-call-three-parties",
          "Liu Jianchao Holds Video Call with Leaders of Mexican Parties",
          "Beijing, September 14th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, held "
          "a video call today with leaders of Morena, the Labor Party and the Ecologist Green Party of "
          "Mexico.\nThey exchanged views on relations between China and Mexico.",
          "2022-09-14", url(EN, "2022-09-14", 32),
          rel("Mexico", "2022-09-14", {MORENA, PTMX, PVEM}, BL, "video_call")),
    Probe("br-online-seminar-parties",
          "CPC and Brazilian Parties Hold Online Seminar on Poverty Reduction",
          "Beijing, August 26th (IDCPC) -- The IDCPC and Brazilian parties held an online theory seminar today "
          "on poverty reduction and rural development. Guo Yezhou, vice minister of the IDCPC, spoke at the "
          "seminar. More than 60 members of the Workers' Party, the Communist Party of Brazil and the "
          "Democratic Labour Party took part.",
          "2021-08-26", url(EN, "2021-08-26", 33),
          rel("Brazil", "2021-08-26", {PT, PCDOB, PDT}, BL, "seminar", KE)),
    Probe("pe-training-course-parties",
          "Training Course for Peruvian Party Cadres Opens",
          "Beijing, November 6th (IDCPC) -- A training course for cadres of Peruvian political parties opened "
          "today in Beijing. Some 30 members of Free Peru, the Peruvian Nationalist Party and Together for "
          "Peru attend the ten-day course on China's governance and development.",
          "2023-11-06", url(EN, "2023-11-06", 34),
          rel("Peru", "2023-11-06", {FREEPE, PNP, "Together for Peru"}, BL, "training_course", KE)),
    Probe("do-training-course-nonleft",
          "Dominican Party Cadres Attend Course in China",
          "Beijing, July 9th (IDCPC) -- A study course for young leaders of Dominican parties, organized by the "
          "IDCPC, began today. The participants come from the Dominican Liberation Party, the Modern "
          "Revolutionary Party and the Dominican Revolutionary Party.",
          "2019-07-09", url(EN, "2019-07-09", 35),
          rel("Dominican Republic", "2019-07-09", {PLD, PRM, PRDDO}, B, "training_course", KE)),
    Probe("uy-messages-three-parties",
          "Uruguayan Parties Congratulate CPC on its Anniversary",
          "Beijing, July 2nd (IDCPC) -- The Broad Front of Uruguay, the Communist Party of Uruguay and the "
          "Socialist Party of Uruguay sent messages to the CPC Central Committee to congratulate it on the "
          "centenary of its founding on July 1st.",
          "2021-07-02", url(EN, "2021-07-02", 36),
          rel("Uruguay", "2021-07-02", {FA, PCU, PSU}, BL, "message"),
          doubtful={"event_date": "'on the centenary of its founding on July 1st': the day may be the "
                                  "occasion's (then the dateline's, rule 2) or the messages' own (the "
                                  "pipeline's 2021-07-01; an s11 probe reads 'on its 100th anniversary on "
                                  "Thursday' as the messages' day)"}),
    Probe("cl-field-trip-parties",
          "Chilean Party Delegation Visits Zhejiang",
          "Hangzhou, May 22nd (IDCPC) -- A delegation of young leaders of the Socialist Party of Chile and the "
          "Party for Democracy toured villages and companies in Zhejiang province today to learn about rural "
          "revitalization and the digital economy.",
          "2024-05-22", url(EN, "2024-05-22", 37),
          rel("Chile", "2024-05-22", {PSCH, PPD}, BL, "field_trip", KE)),
    Probe("ar-video-call-pj-pca",
          "Guo Yezhou Holds Video Call with Argentine Party Leaders",
          "Beijing, April 29th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, held a video call today with "
          "leaders of Argentina's Justicialist Party and the Communist Party of Argentina on cooperation in "
          "fighting COVID-19.",
          "2020-04-29", url(EN, "2020-04-29", 38),
          rel("Argentina", "2020-04-29", {PJ, PCA}, BL, "video_call")),
    Probe("co-seminar-pacto",
          "CPC-Colombian Parties Seminar on Governance Held Online",
          "Beijing, October 19th (IDCPC) -- An online seminar between the CPC and parties of Colombia's Historic "
          "Pact, including the Colombian Communist Party and the Alternative Democratic Pole, was held today on "
          "the theme of modernization and people-centred development.",
          "2023-10-19", url(EN, "2023-10-19", 39),
          rel("Colombia", "2023-10-19", {PACTO, PCCOL, PDA}, BL, "seminar", KE)),
    Probe("hn-briefing-parties",
          "IDCPC Holds Briefing for Honduran Parties",
          "Beijing, November 28th (IDCPC) -- The IDCPC held an online briefing session today for Honduran "
          "parties on the Third Plenary Session of the 20th CPC Central Committee. Members of the Liberty and "
          "Refoundation Party and the Liberal Party of Honduras attended.",
          "2024-11-28", url(EN, "2024-11-28", 40),
          rel("Honduras", "2024-11-28", {LIBRE, PLH}, BL, "briefing", KE)),

    # ---- F. multilateral boundary: actors of two LAC countries ----
    Probe("two-country-delegation-multilateral",
          "Liu Jianchao Meets Delegation of Brazilian and Uruguayan Parties",
          "Beijing, August 7th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with a joint delegation of the Workers' Party of Brazil and the Broad Front of Uruguay.\nLiu "
          "said the CPC is ready to strengthen exchanges with progressive parties of Latin America.",
          "2023-08-07", url(EN, "2023-08-07", 41),
          rel("multilateral", "2023-08-07", {PT, FA}, RL, "meeting")),
    Probe("two-country-video-call",
          "Guo Yezhou Holds Video Call with Leaders of Bolivian and Ecuadorian Parties",
          "Beijing, June 30th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, held a video call today with "
          "leaders of the Movement for Socialism of Bolivia and the Citizen Revolution Movement of Ecuador.",
          "2020-06-30", url(EN, "2020-06-30", 42),
          rel("multilateral", "2020-06-30", {MAS, RC}, RL, "video_call")),
    Probe("course-central-america-parties",
          "Course for Central American Party Cadres Held in Beijing",
          "Beijing, September 18th (IDCPC) -- A training course for cadres of parties from Central America "
          "opened today. Participants include members of the FMLN of El Salvador, the Sandinista National "
          "Liberation Front of Nicaragua and the National Liberation Party of Costa Rica.",
          "2019-09-18", url(EN, "2019-09-18", 43),
          rel("multilateral", "2019-09-18", {FMLN, FSLN, PLN}, RL, "training_course", KE)),

    # ---- G. negatives: LAC parties mentioned, no exchange with LAC actors ----
    Probe("neg-spain-meeting-lac-mention",
          "Liu Jianchao Meets Delegation of Spanish Socialist Workers' Party",
          "Beijing, April 3rd (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with a delegation of the Spanish Socialist Workers' Party. The guests spoke of their ties "
          "with Latin American parties such as the Workers' Party of Brazil and the Socialist Party of Chile.",
          "2024-04-03", url(EN, "2024-04-03", 44),
          NO),
    Probe("neg-vietnam-meeting",
          "Song Tao Meets Vietnamese Delegation",
          "Beijing, October 14th (IDCPC) -- Song Tao, head of the IDCPC, met here today with a delegation of "
          "the Communist Party of Vietnam. The two sides exchanged views on party building.",
          "2019-10-14", url(EN, "2019-10-14", 45),
          NO),
]

ZH_PROBES: list[Probe] = [
    # ---- H. Chinese IDCPC pages (simplified) ----
    Probe("zh-br-three-parties",
          "刘建超会见巴西政党代表团",
          "6月12日，中联部部长刘建超在京会见由巴西劳工党、巴西共产党和巴西社会党成员组成的巴西政党代表团。\n"
          "刘建超表示，中国共产党愿同巴西各进步政党加强治国理政经验交流。\n代表团成员表示，愿深化同中国共产党的友好关系。",
          "2023-06-12", url(ZH, "2023-06-12", 51),
          rel("Brazil", "2023-06-12", {PT, PCDOB, PSB}, BL, "meeting"), lang="zh"),
    Probe("zh-cl-dunhao-persons",
          "陈洲会见智利议员代表团",
          "10月17日，中联部副部长陈洲在京会见智利共产党众议员努涅斯、智利社会党众议员伊拉瓦卡、智利争取民主党众议员索托。\n"
          "双方就中智关系和政党交流交换意见。",
          "2023-10-17", url(ZH, "2023-10-17", 52),
          rel("Chile", "2023-10-17", {PCCH, PSCH, PPD}, BL, "meeting"), lang="zh"),
    Probe("zh-uy-fa-members",
          "钱洪山会见乌拉圭广泛阵线代表团",
          "9月5日，中联部副部长钱洪山在京会见乌拉圭广泛阵线主席佩雷拉率领的代表团，代表团成员包括乌拉圭共产党、"
          "乌拉圭社会党和乌拉圭人民参与运动的负责人。\n钱洪山表示，中国共产党高度重视同广泛阵线的关系。",
          "2023-09-05", url(ZH, "2023-09-05", 53),
          rel("Uruguay", "2023-09-05", {FA, PCU, PSU, MPP}, BL, "meeting"), lang="zh"),
    Probe("zh-mx-three-parties-respectively",
          "刘建超会见墨西哥执政联盟政党领导人",
          "2月28日，中联部部长刘建超在京会见墨西哥国家复兴运动党主席德尔加多、墨西哥劳动党全国领导人阿纳亚和"
          "墨西哥绿色生态党总书记卡斯特雷洪。\n刘建超表示，中方愿同墨西哥执政联盟各党加强交往。",
          "2023-02-28", url(ZH, "2023-02-28", 54),
          rel("Mexico", "2023-02-28", {MORENA, PTMX, PVEM}, BL, "meeting"), lang="zh"),
    Probe("zh-ar-pj-pca",
          "郭业洲会见阿根廷政党代表团",
          "7月3日，中联部副部长郭业洲在京会见阿根廷正义党和阿根廷共产党联合代表团。\n郭业洲表示，中国共产党愿同阿根廷各政党"
          "加强交流，推动中阿全面战略伙伴关系深入发展。",
          "2021-07-03", url(ZH, "2021-07-03", 55),
          rel("Argentina", "2021-07-03", {PJ, PCA}, BL, "meeting"), lang="zh"),
    Probe("zh-pe-congress-parties",
          "钱洪山会见秘鲁国会议员代表团",
          "5月16日，中联部副部长钱洪山在京会见秘鲁国会议员代表团，代表团成员来自秘鲁争取进步联盟、秘鲁人民行动党和秘鲁人民力量党。\n"
          "钱洪山表示，中国共产党愿同秘鲁各政党开展交流。",
          "2023-05-16", url(ZH, "2023-05-16", 56),
          rel("Peru", "2023-05-16", {APP, APE, FPOP}, B, "meeting"), lang="zh"),
    Probe("zh-co-pacto",
          "刘建超会见哥伦比亚历史公约代表团",
          "3月27日，中联部部长刘建超在京会见哥伦比亚执政联盟历史公约代表团，成员包括哥伦比亚共产党、哥伦比亚另类民主中心"
          "负责人。\n刘建超表示，愿同历史公约加强治国理政经验交流。",
          "2024-03-27", url(ZH, "2024-03-27", 57),
          rel("Colombia", "2024-03-27", {PACTO, PCCOL, PDA}, BL, "meeting"), lang="zh"),
    Probe("zh-do-three-parties",
          "陈洲会见多米尼加政党代表团",
          "8月22日，中联部副部长陈洲在京会见多米尼加解放党、现代革命党和人民力量党成员组成的多米尼加政党代表团。\n"
          "陈洲表示，中多建交以来两国关系发展迅速。",
          "2023-08-22", url(ZH, "2023-08-22", 58),
          rel("Dominican Republic", "2023-08-22", {PLD, PRM, FPDO}, B, "meeting"), lang="zh"),
    Probe("zh-hn-libre-pn",
          "孙海燕会见洪都拉斯议员代表团",
          "1月18日，中联部副部长孙海燕在京会见洪都拉斯自由与重建党和洪都拉斯国民党议员组成的代表团。\n"
          "孙海燕表示，中洪建交以来，两国关系开局良好。",
          "2024-01-18", url(ZH, "2024-01-18", 59),
          rel("Honduras", "2024-01-18", {LIBRE, PNH}, BL, "meeting"), lang="zh"),
    Probe("zh-ve-gpp-members",
          "刘建超会见委内瑞拉大爱国中心代表团",
          "12月4日，中联部部长刘建超在京会见委内瑞拉大爱国中心代表团，代表团由委内瑞拉统一社会主义党、委内瑞拉全民祖国党"
          "等党派负责人组成。\n刘建超表示，中方支持委内瑞拉维护国家主权。",
          "2023-12-04", url(ZH, "2023-12-04", 60),
          rel("Venezuela", "2023-12-04", {GPP, PSUV, PPT}, BL, "meeting"), lang="zh"),
    Probe("zh-br-rival-defeated",
          "刘建超会见巴西劳工党代表团",
          "1月15日，中联部部长刘建超在京会见巴西劳工党代表团。刘建超祝贺劳工党在大选中击败巴西自由党候选人、赢得总统选举。\n"
          "代表团表示，劳工党愿同中国共产党深化治国理政交流。",
          "2023-01-15", url(ZH, "2023-01-15", 61),
          rel("Brazil", "2023-01-15", {PT}, BL, "meeting"), lang="zh"),
    Probe("zh-do-governed-before",
          "陈洲会见多米尼加现代革命党代表团",
          "3月14日，中联部副部长陈洲在京会见多米尼加现代革命党代表团。该党于2020年上台执政，此前多米尼加解放党连续执政16年。\n"
          "陈洲表示，中方愿同现代革命党加强交流合作。",
          "2023-03-14", url(ZH, "2023-03-14", 62),
          rel("Dominican Republic", "2023-03-14", {PRM}, B, "meeting"), lang="zh"),
    Probe("zh-hn-defeated",
          "刘建超会见洪都拉斯自由与重建党代表团",
          "6月8日，中联部部长刘建超在京会见洪都拉斯自由与重建党代表团。该党在2021年大选中击败洪都拉斯国民党上台执政。\n"
          "刘建超表示，愿同自由与重建党分享治国理政经验。",
          "2023-06-08", url(ZH, "2023-06-08", 63),
          rel("Honduras", "2023-06-08", {LIBRE}, BL, "meeting"), lang="zh"),
    Probe("zh-cpc-delegation-chile",
          "中共代表团访问智利",
          "应智利社会党邀请，中联部副部长陈洲率中共代表团于10月2日至6日访问智利，会见智利社会党主席沃达诺维奇、"
          "智利共产党主席卡尔莫纳，并同智利基督教民主党成员座谈。",
          "2023-10-09", url(ZH, "2023-10-09", 64),
          rel("Chile", "2023-10-02", {PSCH, PCCH, PDC}, BL, "delegation_visit_abroad"), lang="zh"),
    Probe("zh-cpc-delegation-brazil",
          "中共代表团访问巴西",
          "3月18日至23日，中联部副部长孙海燕率中共代表团访问巴西，在巴西利亚会见巴西劳工党、巴西共产党和巴西民主运动党领导人，"
          "并与巴西国会议员交流。",
          "2024-03-25", url(ZH, "2024-03-25", 65),
          rel("Brazil", "2024-03-18", {PT, PCDOB, MDB}, BL, "delegation_visit_abroad"), lang="zh"),
    Probe("zh-mx-video-call",
          "刘建超同墨西哥政党领导人举行视频通话",
          "9月14日，中联部部长刘建超同墨西哥国家复兴运动党、劳动党和绿色生态党领导人举行视频通话，就中墨关系交换意见。",
          "2022-09-14", url(ZH, "2022-09-14", 66),
          rel("Mexico", "2022-09-14", {MORENA, PTMX, PVEM}, BL, "video_call"), lang="zh"),
    Probe("zh-br-seminar",
          "中国共产党同巴西政党举行减贫理论研讨会",
          "8月26日，中联部与巴西劳工党、巴西共产党、巴西民主工党以视频方式共同举办减贫与乡村发展理论研讨会。"
          "中联部副部长郭业洲出席并致辞，三党60余名成员参加。",
          "2021-08-26", url(ZH, "2021-08-26", 67),
          rel("Brazil", "2021-08-26", {PT, PCDOB, PDT}, BL, "seminar", KE), lang="zh"),
    Probe("zh-pe-training",
          "秘鲁政党干部研修班在京开班",
          "11月6日，秘鲁政党干部研修班在京开班。来自秘鲁自由党、秘鲁民族主义党的30名干部参加为期10天的研修。",
          "2023-11-06", url(ZH, "2023-11-06", 68),
          rel("Peru", "2023-11-06", {FREEPE, PNP}, BL, "training_course", KE), lang="zh"),
    Probe("zh-uy-messages",
          "乌拉圭政党致电祝贺中国共产党成立100周年",
          "近日，乌拉圭广泛阵线、乌拉圭共产党和乌拉圭社会党分别致电中共中央，热烈祝贺中国共产党成立100周年。",
          "2021-07-05", url(ZH, "2021-07-05", 69),
          rel("Uruguay", None, {FA, PCU, PSU}, BL, "message"), lang="zh"),
    Probe("zh-cl-field-trip",
          "智利政党青年领导人考察浙江",
          "5月22日，智利社会党和智利争取民主党青年领导人代表团在浙江考察乡村振兴和数字经济发展情况。",
          "2024-05-22", url(ZH, "2024-05-22", 70),
          rel("Chile", "2024-05-22", {PSCH, PPD}, BL, "field_trip", KE), lang="zh"),
    Probe("zh-two-countries",
          "刘建超会见巴西和乌拉圭政党联合代表团",
          "8月7日，中联部部长刘建超在京会见巴西劳工党和乌拉圭广泛阵线联合代表团。",
          "2023-08-07", url(ZH, "2023-08-07", 71),
          rel("multilateral", "2023-08-07", {PT, FA}, RL, "meeting"), lang="zh"),
    Probe("zh-ar-delegation-received",
          "阿根廷政党代表团访华",
          "应中联部邀请，由阿根廷正义党、激进公民联盟和共和国方案党成员组成的阿根廷政党代表团于9月2日至9日访华。"
          "在京期间，中联部副部长郭业洲会见代表团。",
          "2019-09-10", url(ZH, "2019-09-10", 72),
          rel("Argentina", "2019-09-02", {PJ, UCR, PRO}, B, "delegation_received"), lang="zh"),
    Probe("zh-ve-pcv-psuv-persons",
          "郭业洲会见委内瑞拉政党领导人",
          "6月25日，中联部副部长郭业洲在京会见委内瑞拉共产党总书记菲格拉和委内瑞拉统一社会主义党副主席阿丹·查韦斯。",
          "2019-06-25", url(ZH, "2019-06-25", 73),
          rel("Venezuela", "2019-06-25", {PCV, PSUV}, BL, "meeting"), lang="zh"),
    Probe("zh-co-persons-parties",
          "孙海燕会见哥伦比亚参议员",
          "7月11日，中联部副部长孙海燕在京会见哥伦比亚历史公约参议员塞佩达和哥伦比亚自由党参议员加西亚。",
          "2023-07-11", url(ZH, "2023-07-11", 74),
          rel("Colombia", "2023-07-11", {PACTO, LIBCOL}, BL, "meeting"), lang="zh"),
    Probe("zh-ni-rival",
          "宋涛会见尼加拉瓜桑地诺民族解放阵线代表团",
          "12月10日，中联部部长宋涛在京会见尼加拉瓜桑地诺民族解放阵线代表团。代表团介绍了该党在大选中大幅领先尼加拉瓜宪政自由党的情况。",
          "2021-12-10", url(ZH, "2021-12-10", 75),
          rel("Nicaragua", "2021-12-10", {FSLN}, BL, "meeting"), lang="zh"),
    Probe("zh-hn-briefing",
          "中联部向洪都拉斯政党宣介二十届三中全会精神",
          "11月28日，中联部以视频方式举办二十届三中全会精神宣介会，洪都拉斯自由与重建党、洪都拉斯自由党成员出席。",
          "2024-11-28", url(ZH, "2024-11-28", 76),
          rel("Honduras", "2024-11-28", {LIBRE, PLH}, BL, "briefing", KE), lang="zh"),
    Probe("zh-neg-spain",
          "刘建超会见西班牙工人社会党代表团",
          "4月3日，中联部部长刘建超在京会见西班牙工人社会党代表团。客人介绍了该党同巴西劳工党、智利社会党等拉美政党的交往。",
          "2024-04-03", url(ZH, "2024-04-03", 77),
          NO, lang="zh"),

    # ---- I. traditional characters (Hong Kong copies) ----
    Probe("zht-br-three-parties",
          "劉建超會見巴西政黨代表團",
          "【本報訊】6月12日，中聯部部長劉建超在京會見由巴西勞工黨、巴西共產黨和巴西社會黨成員組成的巴西政黨代表團。"
          "劉建超表示，中國共產黨願同巴西各進步政黨加強交流。",
          "2023-06-13", url(HK_ZH, "2023-06-13", 1),
          rel("Brazil", "2023-06-12", {PT, PCDOB, PSB}, BL, "meeting"), lang="zh"),
    Probe("zht-uy-fa-members",
          "錢洪山會見烏拉圭廣泛陣線代表團",
          "【本報訊】9月5日，中聯部副部長錢洪山在京會見烏拉圭廣泛陣線代表團，成員包括烏拉圭共產黨和烏拉圭社會黨負責人。",
          "2023-09-06", url(HK_ZH, "2023-09-06", 2),
          rel("Uruguay", "2023-09-05", {FA, PCU, PSU}, BL, "meeting"), lang="zh"),
    Probe("zht-mx-video-call",
          "劉建超同墨西哥政黨領導人視頻通話",
          "【本報訊】9月14日，中聯部部長劉建超同墨西哥國家復興運動黨和墨西哥勞動黨領導人舉行視頻通話。",
          "2022-09-15", url(HK_ZH, "2022-09-15", 3),
          rel("Mexico", "2022-09-14", {MORENA, PTMX}, BL, "video_call"), lang="zh"),
    Probe("zht-do-nonleft",
          "陳洲會見多米尼加政黨代表團",
          "【本報訊】8月22日，中聯部副部長陳洲在京會見多米尼加解放黨和現代革命黨成員組成的代表團。",
          "2023-08-23", url(HK_ZH, "2023-08-23", 4),
          rel("Dominican Republic", "2023-08-22", {PLD, PRM}, B, "meeting"), lang="zh"),
    Probe("zht-cl-training",
          "智利政黨幹部研修班在京開班",
          "【本報訊】4月10日，智利政黨幹部研修班在京開班，學員來自智利社會黨、智利共產黨和智利爭取民主黨。",
          "2024-04-11", url(HK_ZH, "2024-04-11", 5),
          rel("Chile", "2024-04-10", {PSCH, PCCH, PPD}, BL, "training_course", KE), lang="zh"),
    Probe("zht-hn-defeated",
          "劉建超會見洪都拉斯自由與重建黨代表團",
          "【本報訊】6月8日，中聯部部長劉建超在京會見洪都拉斯自由與重建黨代表團。該黨在2021年大選中擊敗洪都拉斯國民黨。",
          "2023-06-09", url(HK_ZH, "2023-06-09", 6),
          rel("Honduras", "2023-06-08", {LIBRE}, BL, "meeting"), lang="zh"),
]

COPY_PROBES: list[Probe] = [
    # ---- J. agency and newspaper copies ----
    Probe("agency-en-br-parties",
          "Senior CPC official meets Brazilian party delegation",
          "Home | China | World\n date 2023-06-12\nBEIJING, June 12 -- Liu Jianchao, who heads the International "
          "Department of the CPC, met a delegation of Brazil's Workers' Party, Communist Party of Brazil and "
          "Brazilian Socialist Party in Beijing on Monday.\nLiu said the CPC is ready to deepen exchanges with "
          "Brazilian parties.\nEditor: Wang Li",
          "2023-06-12", url(AGENCY_EN, "2023-06-12", 1),
          rel("Brazil", "2023-06-12", {PT, PCDOB, PSB}, BL, "meeting")),
    Probe("agency-en-cl-parties-thursday",
          "Senior CPC official meets Chilean lawmakers",
          "Home | China | World\n date 2023-10-20\nBEIJING, Oct. 20 -- A senior official of the Communist Party "
          "of China met on Thursday with Chilean lawmakers from the Socialist Party of Chile, the Communist "
          "Party of Chile and the Party for Democracy.\nThe two sides discussed party exchanges.\nEditor: Zhao Yi",
          "2023-10-20", url(AGENCY_EN, "2023-10-20", 2),
          rel("Chile", "2023-10-19", {PSCH, PCCH, PPD}, BL, "meeting")),
    Probe("agency-en-mx-parties-wednesday",
          "CPC official holds video call with Mexican party leaders",
          "Home | China | World\n date 2022-09-15\nBEIJING, Sept. 15 -- Liu Jianchao, head of the CPC's "
          "international department, on Wednesday held a video call with leaders of Mexico's National "
          "Regeneration Movement, the Labor Party and the Ecologist Green Party of Mexico.\nEditor: Li Na",
          "2022-09-15", url(AGENCY_EN, "2022-09-15", 3),
          rel("Mexico", "2022-09-14", {MORENA, PTMX, PVEM}, BL, "video_call")),
    Probe("agency-en-pe-course",
          "Peruvian party members attend governance course in China",
          "Home | China | World\n date 2023-11-07\nBEIJING, Nov. 7 -- Some 30 members of Peruvian parties, "
          "including Free Peru and the Peruvian Nationalist Party, began a governance course in Beijing on "
          "Monday organized by the CPC's international department.\nEditor: Chen Hao",
          "2023-11-07", url(AGENCY_EN, "2023-11-07", 4),
          rel("Peru", "2023-11-06", {FREEPE, PNP}, BL, "training_course", KE)),
    Probe("agency-en-two-country",
          "CPC official meets Bolivian, Ecuadorian party leaders",
          "Home | China | World\n date 2024-05-30\nBEIJING, May 30 -- A senior CPC official met here on "
          "Thursday with leaders of Bolivia's Movement for Socialism and Ecuador's Citizen Revolution "
          "Movement.\nEditor: Zhou Xin",
          "2024-05-30", url(AGENCY_EN, "2024-05-30", 5),
          rel("multilateral", "2024-05-30", {MAS, RC}, RL, "meeting")),
    Probe("agency-zh-br-parties",
          "刘建超会见巴西政党代表团",
          "首页 | 时政 | 国际\n date 2023-06-12\n新华社北京6月12日电 中联部部长刘建超12日在京会见巴西劳工党、巴西共产党和"
          "巴西社会党联合代表团。\n刘建超表示，中共愿同巴西各党加强交流。\n【责任编辑：王丽】",
          "2023-06-12", url(AGENCY_ZH, "2023-06-12", 6),
          rel("Brazil", "2023-06-12", {PT, PCDOB, PSB}, BL, "meeting"), lang="zh"),
    Probe("agency-zh-uy-fa",
          "钱洪山会见乌拉圭广泛阵线代表团",
          "首页 | 时政 | 国际\n date 2023-09-05\n新华社北京9月5日电 中联部副部长钱洪山5日在京会见乌拉圭广泛阵线代表团，"
          "代表团成员来自乌拉圭共产党、乌拉圭社会党和乌拉圭人民参与运动。\n【责任编辑：李娜】",
          "2023-09-05", url(AGENCY_ZH, "2023-09-05", 7),
          rel("Uruguay", "2023-09-05", {FA, PCU, PSU, MPP}, BL, "meeting"), lang="zh"),
    Probe("agency-zh-do-nonleft",
          "陈洲会见多米尼加政党代表团",
          "首页 | 时政 | 国际\n date 2023-08-22\n新华社北京8月22日电 中联部副部长陈洲22日在京会见多米尼加解放党、"
          "现代革命党和人民力量党成员组成的代表团。\n【责任编辑：赵一】",
          "2023-08-22", url(AGENCY_ZH, "2023-08-22", 8),
          rel("Dominican Republic", "2023-08-22", {PLD, PRM, FPDO}, B, "meeting"), lang="zh"),
    Probe("paper-zh-mx-three-parties",
          "刘建超会见墨西哥政党领导人",
          "本报北京2月28日电 中联部部长刘建超28日在京会见墨西哥国家复兴运动党、劳动党和绿色生态党领导人。\n"
          "《 日报 》（ 2023年03月01日　 第 03 版）",
          "2023-03-01", url(PAPER_ZH, "2023-03-01", 9),
          rel("Mexico", "2023-02-28", {MORENA, PTMX, PVEM}, BL, "meeting"), lang="zh"),
    Probe("paper-zh-co-pacto",
          "刘建超会见哥伦比亚历史公约代表团",
          "本报北京3月27日电 中联部部长刘建超27日在京会见哥伦比亚历史公约代表团，代表团成员来自哥伦比亚共产党和另类民主中心。\n"
          "《 日报 》（ 2024年03月28日　 第 03 版）",
          "2024-03-28", url(PAPER_ZH, "2024-03-28", 10),
          rel("Colombia", "2024-03-27", {PACTO, PCCOL, PDA}, BL, "meeting"), lang="zh"),
]

MORE_PROBES: list[Probe] = [
    # ---- K. more shapes: "A of P and B of Q", "both", leaders by office only, "and other parties" ----
    Probe("sv-fmln-arena-both",
          "Chen Zhou Meets Salvadoran Lawmakers",
          "Beijing, February 20th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
          "Salvadoran lawmakers from both the FMLN and ARENA.\nChen said China and El Salvador have seen "
          "fast growth in ties since establishing diplomatic relations.",
          "2019-02-20", url(EN, "2019-02-20", 80),
          rel("El Salvador", "2019-02-20", {FMLN, ARENA}, BL, "meeting")),
    Probe("py-guasu-anr",
          "IDCPC Vice Minister Meets Paraguayan Party Delegation",
          "Beijing, November 4th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of Paraguayan parties that included members of the Guasu Front and the Colorado Party.\n"
          "Guo said the CPC is open to exchanges with Paraguayan parties.",
          "2019-11-04", url(EN, "2019-11-04", 81),
          rel("Paraguay", "2019-11-04", {GUASU, ANR}, BL, "meeting")),
    Probe("cr-pln-fa",
          "Sun Haiyan Meets Costa Rican Party Leaders",
          "Beijing, June 6th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with leaders of "
          "Costa Rica's National Liberation Party and Broad Front.\nBoth sides agreed to expand exchanges.",
          "2023-06-06", url(EN, "2023-06-06", 82),
          rel("Costa Rica", "2023-06-06", {PLN, FACR}, BL, "meeting")),
    Probe("gt-urng-semilla",
          "Qian Hongshan Meets Guatemalan Party Representatives",
          "Beijing, September 12th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with "
          "representatives of Guatemala's URNG and the Semilla Movement who are visiting China.",
          "2023-09-12", url(EN, "2023-09-12", 83),
          rel("Guatemala", "2023-09-12", {URNG, SEMILLA}, BL, "meeting")),
    Probe("bo-mas-pcb",
          "Liu Jianchao Meets Bolivian Party Leaders",
          "Beijing, April 16th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with leaders of the Movement for Socialism of Bolivia and the Communist Party of Bolivia.",
          "2024-04-16", url(EN, "2024-04-16", 84),
          rel("Bolivia", "2024-04-16", {MAS, PCB_BO}, BL, "meeting")),
    Probe("ec-rc-pse",
          "Guo Yezhou Meets Ecuadorian Party Delegation",
          "Beijing, October 22nd (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of Ecuador's Citizen Revolution Movement and the Ecuadorian Socialist Party.",
          "2019-10-22", url(EN, "2019-10-22", 85),
          rel("Ecuador", "2019-10-22", {RC, PSE}, BL, "meeting")),
    Probe("br-a-of-p-and-b-of-q",
          "Chen Zhou Meets Brazilian Federal Deputies",
          "Beijing, September 19th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
          "federal deputy Daniel Almeida of the Communist Party of Brazil and federal deputy Ana Lima of the "
          "Brazilian Social Democracy Party.\nThe two sides exchanged views on cooperation between local "
          "governments.",
          "2023-09-19", url(EN, "2023-09-19", 86),
          rel("Brazil", "2023-09-19", {PCDOB, PSDB}, BL, "meeting")),
    Probe("br-socialism-liberty-and-pt",
          "Liu Jianchao Meets Brazilian Lawmakers",
          "Beijing, March 5th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with Brazilian congressmen from the PT and PSOL.",
          "2024-03-05", url(EN, "2024-03-05", 87),
          rel("Brazil", "2024-03-05", {PT, PSOL}, BL, "meeting")),
    Probe("cl-right-parties-nonleft",
          "Chen Zhou Meets Chilean Opposition Lawmakers",
          "Beijing, August 29th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with Chilean "
          "deputies of the Independent Democratic Union and National Renewal.\nChen said China values its "
          "relations with Chile and its Congress.",
          "2023-08-29", url(EN, "2023-08-29", 88),
          rel("Chile", "2023-08-29", {UDI, RN}, B, "meeting")),
    Probe("mx-pri-pan-nonleft",
          "Sun Haiyan Meets Mexican Opposition Party Leaders",
          "Beijing, May 13th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with senators of "
          "the Institutional Revolutionary Party and the National Action Party of Mexico.",
          "2024-05-13", url(EN, "2024-05-13", 89),
          rel("Mexico", "2024-05-13", {PRI, PANMX}, B, "meeting")),
    Probe("ar-uxp-coalition-only",
          "Guo Yezhou Meets Argentine Lawmakers of Union for the Homeland",
          "Beijing, August 24th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a group "
          "of Argentine lawmakers of the Union for the Homeland coalition.",
          "2023-08-24", url(EN, "2023-08-24", 90),
          rel("Argentina", "2023-08-24", {UXP}, B, "meeting")),
    Probe("ve-gpp-coalition-only",
          "Chen Zhou Meets Delegation of Great Patriotic Pole",
          "Beijing, July 18th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of Venezuela's Great Patriotic Pole, the alliance that backs President Nicolás Maduro.",
          "2023-07-18", url(EN, "2023-07-18", 91),
          rel("Venezuela", "2023-07-18", {GPP}, BL, "meeting")),
    Probe("cu-pcc-and-ujc-mixed",
          "Liu Jianchao Meets Cuban Delegation",
          "Beijing, October 30th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a Cuban delegation of officials of the Communist Party of Cuba and the Ministry of "
          "Foreign Affairs of Cuba.",
          "2023-10-30", url(EN, "2023-10-30", 92),
          rel("Cuba", "2023-10-30", {PCC}, BL, "meeting")),
    Probe("ni-fsln-and-plc-mixed-delegation",
          "Song Tao Meets Nicaraguan Parliamentary Delegation",
          "Beijing, January 12th (IDCPC) -- Song Tao, head of the IDCPC, met here today with a delegation of "
          "Nicaragua's National Assembly made up of deputies of the Sandinista National Liberation Front and "
          "the Constitutionalist Liberal Party.",
          "2022-01-12", url(EN, "2022-01-12", 93),
          rel("Nicaragua", "2022-01-12", {FSLN, PLC}, BL, "meeting")),
    Probe("uy-three-parties-governed-before",
          "Chen Zhou Meets Uruguayan Party Delegation",
          "Beijing, June 20th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of Uruguay's National Party, which leads the governing coalition. The Broad Front "
          "governed the country from 2005 to 2020.",
          "2023-06-20", url(EN, "2023-06-20", 94),
          rel("Uruguay", "2023-06-20", {PNU}, B, "meeting")),
    Probe("pe-gana-peru-coalition-member",
          "Guo Yezhou Meets Peruvian Nationalist Party Delegation",
          "Beijing, April 9th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of the Peruvian Nationalist Party and the Peruvian Communist Party, partners in the "
          "Gana Perú alliance.",
          "2019-04-09", url(EN, "2019-04-09", 95),
          rel("Peru", "2019-04-09", {PNP, PCPE, "Gana Perú"}, BL, "meeting"),
          doubtful={"parties": "the alliance describes the guests' parties; it may or may not count"}),
    Probe("co-commons-and-pcc",
          "Sun Haiyan Meets Colombian Party Leaders",
          "Beijing, March 3rd (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with leaders of "
          "Colombia's Commons party and the Colombian Communist Party.",
          "2024-03-03", url(EN, "2024-03-03", 96),
          rel("Colombia", "2024-03-03", {COMMONS, PCCOL}, BL, "meeting")),
    Probe("cpc-delegation-venezuela-several",
          "CPC Delegation Visits Venezuela",
          "At the invitation of the United Socialist Party of Venezuela, a CPC delegation led by Guo Yezhou, "
          "vice minister of the IDCPC, visited Venezuela from July 23rd to 27th, 2019. The delegation met "
          "leaders of the PSUV and the Communist Party of Venezuela.",
          "2019-07-29", url(EN, "2019-07-29", 97),
          rel("Venezuela", "2019-07-23", {PSUV, PCV}, BL, "delegation_visit_abroad")),
    Probe("cpc-delegation-dominican",
          "CPC Delegation Visits Dominican Republic",
          "A CPC delegation led by Chen Zhou, vice minister of the IDCPC, visited the Dominican Republic from "
          "May 6th to 9th, 2024, at the invitation of the Modern Revolutionary Party. The delegation also met "
          "leaders of the Dominican Liberation Party and the People's Force.",
          "2024-05-10", url(EN, "2024-05-10", 98),
          rel("Dominican Republic", "2024-05-06", {PRM, PLD, FPDO}, B, "delegation_visit_abroad")),
    Probe("hn-messages-two-parties",
          "Honduran Parties Send Condolences",
          "Beijing, January 3rd (IDCPC) -- The Liberty and Refoundation Party and the Liberal Party of Honduras "
          "sent messages of condolence to the CPC Central Committee on January 2nd over the earthquake in "
          "Xizang.",
          "2025-01-03", url(EN, "2025-01-03", 99),
          rel("Honduras", "2025-01-02", {LIBRE, PLH}, BL, "message")),
]


# ---- second batch, written after the first fixes (no longer blind: the author had read nlp/steps/contacts.py) ----
BATCH2: list[Probe] = [
    # shared acronyms resolved by the page's country
    Probe("mx-acronyms-pt-mexico",
          "Chen Zhou Meets Mexican Lawmakers",
          "Beijing, April 11th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with Mexican "
          "federal deputies from Morena, the PT and the PVEM.\nChen said China and Mexico should deepen "
          "exchanges between their legislatures and parties.",
          "2024-04-11", url(EN, "2024-04-11", 200),
          rel("Mexico", "2024-04-11", {MORENA, PTMX, PVEM}, BL, "meeting")),
    Probe("do-acronym-prd",
          "Sun Haiyan Meets Dominican Party Representatives",
          "Beijing, June 19th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with "
          "representatives of the Dominican Republic's PRD and PRM.",
          "2023-06-19", url(EN, "2023-06-19", 201),
          rel("Dominican Republic", "2023-06-19", {PRDDO, PRM}, B, "meeting")),
    Probe("co-acronym-pcc-colombia",
          "Guo Yezhou Meets Colombian Party Leaders",
          "Beijing, September 3rd (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with "
          "Colombian party leaders of the PCC and the Alternative Democratic Pole (PDA).",
          "2019-09-03", url(EN, "2019-09-03", 202),
          rel("Colombia", "2019-09-03", {PCCOL, PDA}, BL, "meeting")),
    Probe("cr-acronym-fa-costa-rica",
          "Chen Zhou Meets Costa Rican Lawmakers",
          "Beijing, August 14th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with Costa "
          "Rican deputies of the Broad Front and the National Liberation Party (PLN).",
          "2023-08-14", url(EN, "2023-08-14", 203),
          rel("Costa Rica", "2023-08-14", {FACR, PLN}, BL, "meeting")),
    # persons with the party in brackets, written out
    Probe("uy-persons-brackets-full",
          "Qian Hongshan Meets Uruguayan Legislators",
          "Beijing, October 2nd (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with "
          "Uruguayan legislators Juan Castillo (Communist Party of Uruguay) and Gonzalo Civila (Socialist "
          "Party of Uruguay).",
          "2023-10-02", url(EN, "2023-10-02", 204),
          rel("Uruguay", "2023-10-02", {PCU, PSU}, BL, "meeting")),
    Probe("br-led-by-including",
          "Liu Jianchao Meets Brazilian Delegation",
          "Beijing, November 8th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a Brazilian delegation led by Senator Humberto Costa of the Workers' Party and "
          "including deputies of the Communist Party of Brazil and the Socialism and Liberty Party.",
          "2023-11-08", url(EN, "2023-11-08", 205),
          rel("Brazil", "2023-11-08", {PT, PCDOB, PSOL}, BL, "meeting")),
    Probe("ve-party-and-ministry-mixed",
          "Liu Jianchao Meets Venezuelan Delegation",
          "Beijing, March 19th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a Venezuelan delegation of officials from the United Socialist Party of Venezuela "
          "and the Ministry of People's Power for Foreign Affairs.",
          "2024-03-19", url(EN, "2024-03-19", 206),
          rel("Venezuela", "2024-03-19", {PSUV}, BL, "meeting")),
    Probe("cl-coalition-apruebo",
          "Sun Haiyan Holds Video Call with Leaders of Chile's Apruebo Dignidad",
          "Beijing, July 27th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, held a video call today with "
          "leaders of Apruebo Dignidad, Chile's governing coalition.",
          "2022-07-27", url(EN, "2022-07-27", 207),
          rel("Chile", "2022-07-27", {"Apruebo Dignidad"}, BL, "video_call")),
    Probe("br-recalled-earlier-exchange",
          "Guo Yezhou Meets Delegation of Brazilian Socialist Party",
          "Beijing, June 4th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of the Brazilian Socialist Party.\nGuo recalled that a delegation of the Democratic "
          "Labour Party had visited China in 2018.",
          "2019-06-04", url(EN, "2019-06-04", 208),
          rel("Brazil", "2019-06-04", {PSB}, BL, "meeting")),
    Probe("ar-seminar-many-parties",
          "CPC and Argentine Parties Hold Seminar on Governance",
          "Buenos Aires, October 16th (IDCPC) -- A seminar on governance between the CPC and Argentine parties "
          "was held here today. Representatives of the Justicialist Party, the Radical Civic Union, the "
          "Republican Proposal and the Communist Party of Argentina attended.",
          "2019-10-16", url(EN, "2019-10-16", 209),
          rel("Argentina", "2019-10-16", {PJ, UCR, PRO, PCA}, BL, "seminar", KE)),
    Probe("pe-nonleft-then-party-left",
          "Qian Hongshan Meets Peruvian Aprista Party Delegation",
          "Beijing, February 6th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of the Peruvian Aprista Party led by a congressman who quit Popular Force last year.",
          "2024-02-06", url(EN, "2024-02-06", 210),
          rel("Peru", "2024-02-06", {APRA}, B, "meeting")),
    Probe("hn-three-parties-persons-respectively",
          "Sun Haiyan Meets Honduran Deputies",
          "Beijing, September 26th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with "
          "Honduran deputies Ana Flores, Luis Mejía and Rosa Paz, of Libre, the Liberal Party of Honduras and "
          "the National Party of Honduras respectively.",
          "2024-09-26", url(EN, "2024-09-26", 211),
          rel("Honduras", "2024-09-26", {LIBRE, PLH, PNH}, BL, "meeting")),
    Probe("cpc-delegation-peru-host-and-others",
          "CPC Delegation Visits Peru",
          "At the invitation of the Peruvian Aprista Party, a CPC delegation led by Qian Hongshan, vice "
          "minister of the IDCPC, visited Peru from November 12th to 16th, 2023. In Lima the delegation "
          "also met leaders of Alliance for Progress and Popular Force.",
          "2023-11-18", url(EN, "2023-11-18", 212),
          rel("Peru", "2023-11-12", {APRA, APP, FPOP}, B, "delegation_visit_abroad")),
    Probe("two-country-parties-persons",
          "Guo Yezhou Meets Leaders of Left Parties of Brazil and Chile",
          "Beijing, May 24th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with Luciana "
          "Santos, president of the Communist Party of Brazil, and Guillermo Teillier, president of the "
          "Communist Party of Chile.",
          "2019-05-24", url(EN, "2019-05-24", 213),
          rel("multilateral", "2019-05-24", {PCDOB, PCCH}, RL, "meeting")),
    Probe("sv-fmln-message-with-mention",
          "FMLN Congratulates CPC",
          "Beijing, October 25th (IDCPC) -- The Farabundo Martí National Liberation Front of El Salvador sent "
          "a message on October 23 congratulating the CPC on its 20th National Congress. The message said "
          "the FMLN, which governed El Salvador from 2009 to 2019, values its friendship with the CPC.",
          "2022-10-25", url(EN, "2022-10-25", 214),
          rel("El Salvador", "2022-10-23", {FMLN}, BL, "message")),
    # Chinese
    Probe("zh-mx-acronym-free-parties",
          "陈洲会见墨西哥议员",
          "4月11日，中联部副部长陈洲在京会见墨西哥国家复兴运动党、墨西哥劳动党和墨西哥绿色生态党联邦众议员。",
          "2024-04-11", url(ZH, "2024-04-11", 215),
          rel("Mexico", "2024-04-11", {MORENA, PTMX, PVEM}, BL, "meeting"), lang="zh"),
    Probe("zh-uy-persons-brackets",
          "钱洪山会见乌拉圭议员",
          "10月2日，中联部副部长钱洪山在京会见乌拉圭议员卡斯蒂略（乌拉圭共产党）和西维拉（乌拉圭社会党）。",
          "2023-10-02", url(ZH, "2023-10-02", 216),
          rel("Uruguay", "2023-10-02", {PCU, PSU}, BL, "meeting"), lang="zh"),
    Probe("zh-br-led-by-including",
          "刘建超会见巴西代表团",
          "11月8日，中联部部长刘建超在京会见由巴西劳工党参议员科斯塔率领的巴西代表团，团员包括巴西共产党和巴西社会主义和自由党众议员。",
          "2023-11-08", url(ZH, "2023-11-08", 217),
          rel("Brazil", "2023-11-08", {PT, PCDOB, PSOL}, BL, "meeting"), lang="zh"),
    Probe("zh-ve-party-and-ministry",
          "刘建超会见委内瑞拉代表团",
          "3月19日，中联部部长刘建超在京会见由委内瑞拉统一社会主义党和委内瑞拉外交部官员组成的代表团。",
          "2024-03-19", url(ZH, "2024-03-19", 218),
          rel("Venezuela", "2024-03-19", {PSUV}, BL, "meeting"), lang="zh"),
    Probe("zh-ar-seminar-many",
          "中阿政党治国理政研讨会在布宜诺斯艾利斯举行",
          "10月16日，中国共产党与阿根廷政党治国理政研讨会在布宜诺斯艾利斯举行。阿根廷正义党、激进公民联盟、共和国方案党和阿根廷共产党代表出席。",
          "2019-10-16", url(ZH, "2019-10-16", 219),
          rel("Argentina", "2019-10-16", {PJ, UCR, PRO, PCA}, BL, "seminar", KE), lang="zh"),
    Probe("zh-pe-delegation-host",
          "中共代表团访问秘鲁",
          "应秘鲁阿普拉党邀请，中联部副部长钱洪山率中共代表团于11月12日至16日访问秘鲁，在利马还会见了秘鲁争取进步联盟和秘鲁人民力量党领导人。",
          "2023-11-18", url(ZH, "2023-11-18", 220),
          rel("Peru", "2023-11-12", {APRA, APP, FPOP}, B, "delegation_visit_abroad"), lang="zh"),
    Probe("zh-two-country-persons",
          "郭业洲会见巴西共产党和智利共产党领导人",
          "5月24日，中联部副部长郭业洲在京会见巴西共产党主席桑托斯和智利共产党主席泰列尔。",
          "2019-05-24", url(ZH, "2019-05-24", 221),
          rel("multilateral", "2019-05-24", {PCDOB, PCCH}, RL, "meeting"), lang="zh"),
    Probe("zh-hn-three-respectively",
          "孙海燕会见洪都拉斯议员",
          "9月26日，中联部副部长孙海燕在京会见洪都拉斯自由与重建党、洪都拉斯自由党和洪都拉斯国民党议员。",
          "2024-09-26", url(ZH, "2024-09-26", 222),
          rel("Honduras", "2024-09-26", {LIBRE, PLH, PNH}, BL, "meeting"), lang="zh"),
    Probe("zh-cl-coalition-video",
          "孙海燕同智利执政联盟领导人视频通话",
          "7月27日，中联部副部长孙海燕同智利执政联盟赞成尊严联盟领导人举行视频通话。",
          "2022-07-27", url(ZH, "2022-07-27", 223),
          rel("Chile", "2022-07-27", {"Apruebo Dignidad"}, BL, "video_call"), lang="zh"),
    Probe("zht-co-pacto-members",
          "劉建超會見哥倫比亞歷史公約代表團",
          "【本報訊】3月27日，中聯部部長劉建超在京會見哥倫比亞歷史公約代表團，成員來自哥倫比亞共產黨和哥倫比亞另類民主中心。",
          "2024-03-28", url(HK_ZH, "2024-03-28", 7),
          rel("Colombia", "2024-03-27", {PACTO, PCCOL, PDA}, BL, "meeting"), lang="zh"),
    Probe("zht-ar-delegation",
          "阿根廷政黨代表團訪華",
          "【本報訊】應中聯部邀請，阿根廷正義黨和阿根廷共產黨聯合代表團於9月2日至9日訪華。",
          "2019-09-10", url(HK_ZH, "2019-09-10", 8),
          rel("Argentina", "2019-09-02", {PJ, PCA}, BL, "delegation_received"), lang="zh"),
    Probe("agency-en-uy-fa-members-tuesday",
          "CPC official meets Uruguayan Broad Front delegation",
          "Home | China | World\n date 2023-09-06\nBEIJING, Sept. 6 -- A senior official of the Communist Party "
          "of China on Tuesday met a delegation of Uruguay's Broad Front that included members of the "
          "Communist Party of Uruguay and the Movement of Popular Participation.\nEditor: Liu Yang",
          "2023-09-06", url(AGENCY_EN, "2023-09-06", 11),
          rel("Uruguay", "2023-09-05", {FA, PCU, MPP}, BL, "meeting")),
    Probe("agency-zh-hn-two-parties",
          "孙海燕会见洪都拉斯议员代表团",
          "首页 | 时政 | 国际\n date 2024-01-18\n新华社北京1月18日电 中联部副部长孙海燕18日在京会见洪都拉斯自由与重建党和"
          "国民党议员组成的代表团。\n【责任编辑：周欣】",
          "2024-01-18", url(AGENCY_ZH, "2024-01-18", 12),
          rel("Honduras", "2024-01-18", {LIBRE, PNH}, BL, "meeting"), lang="zh"),
]


# ---- third batch (not blind): parties named as setting, history or plans of the guests, not taking part ----
BATCH3: list[Probe] = [
    Probe("mx-senate-majority-setting",
          "Chen Zhou Meets PAN Senators",
          "Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with senators of "
          "the National Action Party of Mexico, who spoke of their work in a Senate where Morena holds the "
          "majority.",
          "2024-05-08", url(EN, "2024-05-08", 300),
          rel("Mexico", "2024-05-08", {PANMX}, B, "meeting")),
    Probe("py-guest-has-ruled-relative",
          "Guo Yezhou Meets Paraguayan Colorado Party Delegation",
          "Beijing, July 9th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "delegation of the Colorado Party of Paraguay, which has ruled the country for most of the past "
          "seventy years.",
          "2019-07-09", url(EN, "2019-07-09", 301),
          rel("Paraguay", "2019-07-09", {ANR}, B, "meeting")),
    Probe("br-person-served-under-other-government",
          "Sun Haiyan Meets Brazilian Deputy",
          "Beijing, April 2nd (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with Deputy "
          "Aldo Rebelo of the Communist Party of Brazil, who served as a minister in the government led by the "
          "Workers' Party.",
          "2024-04-02", url(EN, "2024-04-02", 302),
          rel("Brazil", "2024-04-02", {PCDOB}, BL, "meeting"),
          doubtful={"parties": "the PT is named as the government the guest served, not as taking part; "
                               "a coder may still list it"}),
    Probe("ve-guests-said-election-rival",
          "Liu Jianchao Meets PSUV Delegation",
          "Beijing, October 14th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with a delegation of the United Socialist Party of Venezuela. The guests said the PSUV "
          "will face the Unitary Platform in next year's presidential election.",
          "2023-10-14", url(EN, "2023-10-14", 303),
          rel("Venezuela", "2023-10-14", {PSUV}, BL, "meeting")),
    Probe("hn-opposition-to-government",
          "Chen Zhou Meets National Party of Honduras Delegation",
          "Beijing, February 27th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a "
          "delegation of the National Party of Honduras, now in opposition to the government of Liberty and "
          "Refoundation.",
          "2024-02-27", url(EN, "2024-02-27", 304),
          rel("Honduras", "2024-02-27", {PNH}, B, "meeting")),
    Probe("bo-after-fall-of-mas",
          "Qian Hongshan Meets Bolivian Party Delegation",
          "Beijing, January 23rd (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of Bolivia's Civic Community party, which rose to prominence in opposition to the "
          "Movement for Socialism.",
          "2020-01-23", url(EN, "2020-01-23", 305),
          rel("Bolivia", "2020-01-23", {"Civic Community"}, B, "meeting")),
    Probe("ni-same-forum-members",
          "Song Tao Meets FSLN Delegation",
          "Beijing, August 5th (IDCPC) -- Song Tao, head of the IDCPC, met here today with a delegation of the "
          "Sandinista National Liberation Front of Nicaragua.\nThe guests said the FSLN is grateful for the "
          "CPC's support.",
          "2021-08-05", url(EN, "2021-08-05", 306),
          rel("Nicaragua", "2021-08-05", {FSLN}, BL, "meeting")),
    Probe("zh-mx-senate-setting",
          "陈洲会见墨西哥国家行动党参议员",
          "5月8日，中联部副部长陈洲在京会见墨西哥国家行动党参议员。客人介绍了在国家复兴运动党占多数的参议院中开展工作的情况。",
          "2024-05-08", url(ZH, "2024-05-08", 307),
          rel("Mexico", "2024-05-08", {PANMX}, B, "meeting"), lang="zh"),
    Probe("zh-hn-opposition",
          "陈洲会见洪都拉斯国民党代表团",
          "2月27日，中联部副部长陈洲在京会见洪都拉斯国民党代表团。该党目前是洪都拉斯自由与重建党政府的反对党。",
          "2024-02-27", url(ZH, "2024-02-27", 308),
          rel("Honduras", "2024-02-27", {PNH}, B, "meeting"), lang="zh"),
    Probe("zh-py-guest-ruled-long",
          "郭业洲会见巴拉圭红党代表团",
          "7月9日，中联部副部长郭业洲在京会见巴拉圭红党代表团。该党长期在巴拉圭执政。",
          "2019-07-09", url(ZH, "2019-07-09", 309),
          rel("Paraguay", "2019-07-09", {ANR}, B, "meeting"), lang="zh"),
    Probe("zh-ve-election-rival",
          "刘建超会见委内瑞拉统一社会主义党代表团",
          "10月14日，中联部部长刘建超在京会见委内瑞拉统一社会主义党代表团。客人表示，该党将在明年总统选举中与委内瑞拉统一民主平台角逐。",
          "2023-10-14", url(ZH, "2023-10-14", 310),
          rel("Venezuela", "2023-10-14", {PSUV}, BL, "meeting"), lang="zh"),
]


# ---- fourth batch (not blind): other formats with several parties of one country ----
BATCH4: list[Probe] = [
    Probe("br-side-meeting-global-platform",
          "Liu Jianchao Meets Brazilian Party Leaders Attending World Political Parties Summit",
          "Beijing, March 16th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with leaders of the Workers' Party and the Communist Party of Brazil who came to Beijing for "
          "the CPC in Dialogue with World Political Parties High-level Meeting.",
          "2023-03-16", url(EN, "2023-03-16", 400),
          # (knowledge exchange: the codebook's "a meeting of the CPC side with a group that came to
          # China for one of these"; first written as daily interaction, the author's error)
          rel("Brazil", "2023-03-16", {PT, PCDOB}, {"global", "leftist"}, "meeting", KE)),
    Probe("uy-phone-call-two-parties",
          "Qian Hongshan Holds Phone Call with Uruguayan Party Leaders",
          "Beijing, February 9th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, held a phone call "
          "today with the leaders of Uruguay's Broad Front and National Party.",
          "2024-02-09", url(EN, "2024-02-09", 401),
          rel("Uruguay", "2024-02-09", {FA, PNU}, BL, "phone_call")),
    Probe("uy-briefing-three-parties",
          "IDCPC Briefs Uruguayan Parties on CPC's 20th National Congress",
          "Montevideo, December 6th (IDCPC) -- A CPC delegation held a briefing session here today on the "
          "20th National Congress of the CPC for Uruguayan parties. Leaders of the Broad Front, the National "
          "Party and the Colorado Party of Uruguay attended.",
          "2022-12-06", url(EN, "2022-12-06", 402),
          rel("Uruguay", "2022-12-06", {FA, PNU, PCOLU}, BL, "briefing", KE)),
    Probe("mx-party-dialogue",
          "China-Mexico Political Parties Dialogue Held in Mexico City",
          "Mexico City, June 27th (IDCPC) -- The third China-Mexico political parties dialogue opened here "
          "today. Leaders of the CPC, Morena, the PRI and the PAN attended and discussed modernization.",
          "2019-06-27", url(EN, "2019-06-27", 403),
          rel("Mexico", "2019-06-27", {MORENA, PRI, PANMX}, BL, "dialogue", KE)),
    Probe("pe-field-trip-fujian",
          "Peruvian Party Delegation Visits Fujian",
          "Fuzhou, August 21st (IDCPC) -- A delegation of young leaders of Peru's Alliance for Progress and "
          "Popular Action toured Fujian province today, visiting villages and a technology park.",
          "2023-08-21", url(EN, "2023-08-21", 404),
          rel("Peru", "2023-08-21", {APP, APE}, B, "field_trip", KE)),
    Probe("ve-delegation-received-span",
          "Delegation of Venezuelan Parties Visits China",
          "At the invitation of the CPC, a delegation of the Great Patriotic Pole of Venezuela, with leaders of "
          "the United Socialist Party of Venezuela and the Communist Party of Venezuela, visited China from "
          "August 12th to 19th, 2019, holding talks with officials in Beijing.",
          "2019-08-20", url(EN, "2019-08-20", 405),
          rel("Venezuela", "2019-08-12", {GPP, PSUV, PCV}, BL, "delegation_received")),
    Probe("uy-fa-message-sectors",
          "Broad Front of Uruguay Congratulates CPC on its Centenary",
          "Beijing, June 30th (IDCPC) -- Fernando Pereira, president of the Broad Front of Uruguay, sent a "
          "letter on June 29 on behalf of the Front and its sectors, among them the Communist Party of Uruguay "
          "and the Socialist Party of Uruguay, to congratulate the CPC on its centenary.",
          "2021-06-30", url(EN, "2021-06-30", 406),
          rel("Uruguay", "2021-06-29", {FA, PCU, PSU}, BL, "message")),
    Probe("zh-uy-phone-call",
          "钱洪山同乌拉圭政党领导人通电话",
          "2月9日，中联部副部长钱洪山同乌拉圭广泛阵线和乌拉圭民族党领导人通电话。",
          "2024-02-09", url(ZH, "2024-02-09", 407),
          rel("Uruguay", "2024-02-09", {FA, PNU}, BL, "phone_call"), lang="zh"),
    Probe("zh-uy-briefing",
          "中共代表团向乌拉圭政党宣介党的二十大精神",
          "12月6日，中共代表团在蒙得维的亚举行党的二十大精神宣介会，乌拉圭广泛阵线、乌拉圭民族党和乌拉圭红党领导人出席。",
          "2022-12-06", url(ZH, "2022-12-06", 408),
          rel("Uruguay", "2022-12-06", {FA, PNU, PCOLU}, BL, "briefing", KE), lang="zh"),
    Probe("zh-br-seminar-deng-list",
          "中巴政党治国理政研讨会举行",
          "3月20日，中国共产党与巴西政党治国理政研讨会以视频方式举行。巴西劳工党、巴西共产党、巴西社会党等政党代表参加。",
          "2024-03-20", url(ZH, "2024-03-20", 409),
          rel("Brazil", "2024-03-20", {PT, PCDOB, PSB}, BL, "seminar", KE), lang="zh"),
    Probe("zh-pe-field-trip",
          "秘鲁政党青年领导人考察福建",
          "8月21日，秘鲁争取进步联盟和秘鲁人民行动党青年领导人代表团在福建考察乡村振兴和科技园区。",
          "2023-08-21", url(ZH, "2023-08-21", 410),
          rel("Peru", "2023-08-21", {APP, APE}, B, "field_trip", KE), lang="zh"),
    Probe("zht-cpc-delegation-dominican",
          "中共代表團訪問多米尼加",
          "【本報訊】應多米尼加現代革命黨邀請，中聯部副部長陳洲率中共代表團於5月6日至9日訪問多米尼加，還會見了多米尼加解放黨和人民力量黨領導人。",
          "2024-05-11", url(HK_ZH, "2024-05-11", 9),
          rel("Dominican Republic", "2024-05-06", {PRM, PLD, FPDO}, B, "delegation_visit_abroad"), lang="zh"),
    Probe("zh-mx-dialogue",
          "第三届中墨政党对话会在墨西哥城举行",
          "6月27日，第三届中国—墨西哥政党对话会在墨西哥城开幕，墨西哥国家复兴运动党、革命制度党和国家行动党领导人出席。",
          "2019-06-27", url(ZH, "2019-06-27", 411),
          rel("Mexico", "2019-06-27", {MORENA, PRI, PANMX}, BL, "dialogue", KE), lang="zh"),
]


# ---- fifth batch (not blind): longer pages mixing participants, what was said and history ----
BATCH5: list[Probe] = [
    Probe("long-cl-delegation-said-and-history",
          "Sun Haiyan Meets Delegation of Chilean Governing Parties",
          "Beijing, September 11th (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with a "
          "delegation of Chile's governing parties, headed by Paulina Vodanovic, president of the Socialist "
          "Party of Chile, and including Lautaro Carmona, president of the Communist Party of Chile.\n"
          "Sun said the CPC values its long friendship with Chile's left, which dates back to the years of "
          "Salvador Allende and the Popular Unity.\nVodanovic said the two parties, together with Frente "
          "Amplio, form the core of President Gabriel Boric's coalition, and that they wish to learn from "
          "China's experience in poverty reduction.\nThe delegation will also visit Shanghai.",
          "2023-09-11", url(EN, "2023-09-11", 500),
          rel("Chile", "2023-09-11", {PSCH, PCCH}, BL, "meeting"),
          doubtful={"parties": "Frente Amplio is named in what the guest said as the parties' partner; "
                               "it does not take part, but a coder might list it"}),
    Probe("long-br-pt-meeting-rivals-said",
          "Liu Jianchao Meets PT Leader",
          "Beijing, March 2nd (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met "
          "here today with Gleisi Hoffmann, president of the Workers' Party of Brazil.\nLiu congratulated "
          "the PT on Lula's victory in last year's election and said the CPC is ready to deepen exchanges "
          "with the PT on governance.\nHoffmann said the PT, leading a broad alliance that includes the "
          "Brazilian Socialist Party and the Brazilian Democratic Movement, is committed to rebuilding "
          "Brazil after the years of Bolsonaro's government.",
          "2023-03-02", url(EN, "2023-03-02", 501),
          rel("Brazil", "2023-03-02", {PT}, BL, "meeting")),
    Probe("long-uy-fa-visit-abroad",
          "CPC Delegation Visits Uruguay and Argentina",
          "A CPC delegation led by Qian Hongshan, vice minister of the IDCPC, visited Uruguay and Argentina "
          "from April 15th to 22nd, 2024.\nIn Montevideo the delegation met Fernando Pereira, president of "
          "the Broad Front, and leaders of the Communist Party of Uruguay and the Movement of Popular "
          "Participation.\nIn Buenos Aires it met leaders of the Justicialist Party.\nBoth sides agreed to "
          "strengthen exchanges.",
          "2024-04-24", url(EN, "2024-04-24", 502),
          rel("multilateral", "2024-04-15", {FA, PCU, MPP, PJ}, RL, "delegation_visit_abroad"),
          doubtful={"mechanism": "a trip to two LAC countries: regional vs bilateral legs; the pipeline "
                                 "gives ['regional'] with no leftist, as its rule for a group (items: "
                                 "leftist only when every party is, a decision made on dev) reads the "
                                 "codebook's 'a counterpart party is leftist' as 'every'"}),
    Probe("long-zh-mx-coalition-meeting",
          "刘建超会见墨西哥执政联盟政党代表团",
          "11月20日，中联部部长刘建超在京会见墨西哥国家复兴运动党、劳动党和绿色生态党议员组成的代表团。\n"
          "刘建超表示，中方愿同墨西哥各党加强交流互鉴。\n代表团成员表示，三党组成的“继续创造历史”联盟在2024年大选中击败了由国家行动党、"
          "革命制度党和民主革命党组成的反对派联盟，愿同中国共产党深化友好关系。",
          "2023-11-20", url(ZH, "2023-11-20", 503),
          rel("Mexico", "2023-11-20", {MORENA, PTMX, PVEM}, BL, "meeting"), lang="zh"),
    Probe("long-ar-delegation-received-mixed",
          "Argentine Party Delegation Visits China",
          "At the invitation of the IDCPC, a delegation of Argentine parties visited China from October "
          "8th to 15th, 2023. Led by a senator of Union for the Homeland, the delegation included members of "
          "the Justicialist Party, the Renewal Front and the Radical Civic Union.\nIn Beijing the delegation "
          "met Sun Haiyan, deputy head of the IDCPC. The guests said Argentina's parties, whatever the result "
          "of the election against La Libertad Avanza, support close ties with China.",
          "2023-10-16", url(EN, "2023-10-16", 504),
          rel("Argentina", "2023-10-08", {UXP, PJ, FR, UCR}, B, "delegation_received")),
    Probe("long-zh-co-pacto-said",
          "孙海燕会见哥伦比亚历史公约代表团",
          "3月5日，中联部副部长孙海燕在京会见哥伦比亚历史公约代表团，代表团成员来自哥伦比亚共产党和人道哥伦比亚。\n"
          "孙海燕表示，中方愿同历史公约加强治国理政经验交流。\n代表团表示，历史公约2022年击败了哥伦比亚民主中心党等右翼政党上台执政，"
          "愿同中国共产党加强交往。",
          "2024-03-05", url(ZH, "2024-03-05", 505),
          rel("Colombia", "2024-03-05", {PACTO, PCCOL, HUMANE}, BL, "meeting"), lang="zh"),
]


# ---- sixth batch (not blind): how the region's own press writes a person's party ----
BATCH6: list[Probe] = [
    Probe("br-party-state-brackets",
          "Chen Zhou Meets Brazilian Congress Members",
          "Beijing, May 14th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with Brazilian "
          "congress members Jandira Feghali (PCdoB-RJ), Paulo Pimenta (PT-RS) and Lídice da Mata (PSB-BA).",
          "2024-05-14", url(EN, "2024-05-14", 600),
          rel("Brazil", "2024-05-14", {PCDOB, PT, PSB}, BL, "meeting")),
    Probe("mx-party-after-comma-acronyms",
          "Sun Haiyan Meets Mexican Senators",
          "Beijing, June 3rd (IDCPC) -- Sun Haiyan, deputy head of the IDCPC, met here today with Mexican "
          "senators Ana Lilia Rivera, Morena; Geovanna Bañuelos, PT; and Manuel Añorve, PRI.",
          "2024-06-03", url(EN, "2024-06-03", 601),
          rel("Mexico", "2024-06-03", {MORENA, PTMX, PRI}, BL, "meeting")),
    Probe("zh-dangji-members",
          "陈洲会见巴西议员",
          "5月14日，中联部副部长陈洲在京会见巴西共产党籍众议员费加利和巴西劳工党籍众议员皮门塔。",
          "2024-05-14", url(ZH, "2024-05-14", 602),
          rel("Brazil", "2024-05-14", {PCDOB, PT}, BL, "meeting"), lang="zh"),
    Probe("zh-liangdang-two-parties",
          "钱洪山会见智利社会党和争取民主党代表团",
          "4月22日，中联部副部长钱洪山在京会见智利社会党和智利争取民主党两党联合代表团。",
          "2024-04-22", url(ZH, "2024-04-22", 603),
          rel("Chile", "2024-04-22", {PSCH, PPD}, BL, "meeting"), lang="zh"),
    Probe("uy-spanish-names-in-english",
          "Qian Hongshan Meets Uruguayan Party Delegation",
          "Beijing, July 15th (IDCPC) -- Qian Hongshan, vice minister of the IDCPC, met here today with a "
          "delegation of the Frente Amplio of Uruguay, with members of the Partido Comunista del Uruguay and "
          "the Partido Socialista del Uruguay.",
          "2024-07-15", url(EN, "2024-07-15", 604),
          rel("Uruguay", "2024-07-15", {FA, PCU, PSU}, BL, "meeting")),
    Probe("cl-spanish-names-acronyms",
          "Chen Zhou Meets Chilean Party Representatives",
          "Beijing, January 16th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
          "representatives of the Partido Socialista (PS), the Partido Comunista (PC) and the Partido por la "
          "Democracia (PPD) of Chile.",
          "2024-01-16", url(EN, "2024-01-16", 605),
          rel("Chile", "2024-01-16", {PSCH, PCCH, PPD}, BL, "meeting")),
]


# ---- seventh batch (not blind): the country boundary with actors from outside LAC or a regional body ----
BATCH7: list[Probe] = [
    Probe("br-and-portugal-joint-delegation",
          "Guo Yezhou Meets Joint Delegation of Brazilian and Portuguese Communists",
          "Beijing, November 26th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a "
          "joint delegation of the Communist Party of Brazil and the Portuguese Communist Party.",
          "2019-11-26", url(EN, "2019-11-26", 700),
          rel("Brazil", "2019-11-26", {PCDOB}, BL, "meeting")),
    Probe("ve-ni-video-call-multilateral",
          "Liu Jianchao Holds Video Call with PSUV and FSLN Leaders",
          "Beijing, April 20th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, held a "
          "video call today with leaders of the United Socialist Party of Venezuela and the Sandinista "
          "National Liberation Front of Nicaragua.",
          "2023-04-20", url(EN, "2023-04-20", 701),
          rel("multilateral", "2023-04-20", {PSUV, FSLN}, RL, "video_call")),
    Probe("spf-delegation-brazilian-members",
          "Liu Jianchao Meets São Paulo Forum Delegation",
          "Beijing, July 4th (IDCPC) -- Liu Jianchao, who heads the CPC's International Department, met here "
          "today with a delegation of the São Paulo Forum made up of leaders of Brazil's Workers' Party and "
          "the Communist Party of Brazil.",
          "2023-07-04", url(EN, "2023-07-04", 702),
          rel("multilateral", "2023-07-04", {PT, PCDOB}, RL, "meeting")),
    Probe("zh-br-portugal-joint",
          "郭业洲会见巴西共产党和葡萄牙共产党联合代表团",
          "11月26日，中联部副部长郭业洲在京会见巴西共产党和葡萄牙共产党联合代表团。",
          "2019-11-26", url(ZH, "2019-11-26", 703),
          rel("Brazil", "2019-11-26", {PCDOB}, BL, "meeting"), lang="zh"),
    Probe("zh-ve-ni-video",
          "刘建超同委内瑞拉和尼加拉瓜政党领导人视频通话",
          "4月20日，中联部部长刘建超同委内瑞拉统一社会主义党和尼加拉瓜桑地诺民族解放阵线领导人举行视频通话。",
          "2023-04-20", url(ZH, "2023-04-20", 704),
          rel("multilateral", "2023-04-20", {PSUV, FSLN}, RL, "video_call"), lang="zh"),
]

ALL = PROBES + ZH_PROBES + COPY_PROBES + MORE_PROBES + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6 + BATCH7

# Probes that failed on the first, blind run and still fail: (probe id, field) -> why. The ten first-run
# failures (parties 7, mechanism 3) are all fixed by this campaign's rules; none left open.
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL, OPEN))
def test_coalition_page_field(probe: Probe, name: str, expected):
    """Codebook: the parties are every LAC party the page names as taking part (the host party of a
    visit included, parties only mentioned left out); leftist when any counterpart party is; one
    country's actors are bilateral, two countries' multilateral."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(ALL)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # a relative clause on a party the delegation met describes a participant, not the party before it
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with leaders of "
     "the Dominican Liberation Party, which governed the country from 2004 to 2020, and of the Modern "
     "Revolutionary Party.", {PLD, PRM}, set()),
    # a party still in power ("has governed since") is no party of the past
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a delegation "
     "of Venezuelan parties. The United Socialist Party of Venezuela has governed since 2007, and the "
     "Communist Party of Venezuela backs it.", {PSUV, PCV}, set()),
    # an office held before in the party is no membership left: the person is still of it
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with José Ramón "
     "Balaguer, a former member of the Political Bureau of the Communist Party of Cuba.", {PCC}, set()),
    # the party someone left, and the one that governed before as the clause's subject, are not
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a deputy of "
     "Liberty and Refoundation who broke away from the Liberal Party of Honduras in 2011, while the "
     "National Party of Honduras ruled until 2022.", {LIBRE}, {PLH, PNH}),
])
def test_a_party_of_the_past_is_not_taking_part(text, kept, dropped):
    """Codebook: contacts list the parties the page names as taking part; a party someone has left
    (cue ``former_party``) or that governed before (cue ``governed_before``, its clause's subject)
    is history, not a participant."""
    record = idcpc(text, title="Chen Zhou Meets Party Leaders", published="2023-05-08",
                   url=url(EN, "2023-05-08", 120))
    found = parties(record)
    assert kept <= found and not dropped & found


def test_an_english_party_name_ends_before_and():
    """English names put the tail after the head with "of"/"for" only: "and" after the head opens the
    next party's name, also one the gazetteer does not know."""
    record = idcpc("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
                   "members of the Peruvian Nationalist Party and Together for Peru.",
                   title="Chen Zhou Meets Peruvian Party Members", published="2023-05-08",
                   url=url(EN, "2023-05-08", 121))
    assert parties(record) == {PNP, "Together for Peru"}


def test_a_known_partys_family_is_not_overridden_by_a_party_named_beside_it():
    """Codebook: leftist when a counterpart party is leftist; a leftist party named only as context
    does not make a non-leftist counterpart party leftist."""
    record = idcpc("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
                   "senators of the National Action Party of Mexico.\nChen said that the PAN, now in "
                   "opposition to Morena, remains a friend of the Chinese people.",
                   title="Chen Zhou Meets PAN Senators", published="2023-05-08",
                   url=url(EN, "2023-05-08", 122))
    assert parties(record) == {PANMX} and record.mechanism == ["bilateral"]


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("5月8日，中联部副部长陈洲在京会见洪都拉斯自由与重建党代表团。团长2011年退出洪都拉斯自由党，参与创建了该党。",
     {LIBRE}, {PLH}),
    # an office once held in a party he is still of: 曾是 before the party is no leaving
    ("5月8日，中联部副部长陈洲在京会见古巴共产党代表团。团长曾是古巴共产党中央委员。", {PCC}, set()),
])
def test_a_party_left_in_chinese(text, kept, dropped):
    """退出, 脱离 right before a party's name: the party someone left; 曾是 is not (an office held before)."""
    record = idcpc(text, title="陈洲会见拉美政党代表团", lang="zh", published="2023-05-08",
                   url=url(ZH, "2023-05-08", 123))
    found = parties(record)
    assert kept <= found and not dropped & found


@pytest.mark.parametrize(("text", "expected"), [
    # a party named after "recalled" in a later sentence is of an earlier exchange
    ("Beijing, June 4th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a delegation "
     "of the Brazilian Socialist Party.\nGuo recalled that leaders of the Democratic Labour Party had come "
     "to China in 2018.", {PSB}),
    # the counterpart named in the lead stays one when a recall names it again
    ("Beijing, June 4th (IDCPC) -- Guo Yezhou, vice minister of the IDCPC, met here today with a delegation "
     "of the Brazilian Socialist Party.\nGuo recalled the long friendship between the CPC and the Brazilian "
     "Socialist Party.", {PSB}),
    ("6月4日，中联部副部长郭业洲在京会见巴西社会党代表团。郭业洲回顾了巴西民主工党代表团2018年访华的情况。", {PSB}),
])
def test_a_recalled_exchanges_party_is_not_a_counterpart(text, expected):
    """One page, one record: words of cue ``recall`` before a party in a later sentence recall an
    earlier exchange (cue ``recalled_exchange`` takes them)."""
    zh = not text.startswith("Beijing")
    record = idcpc(text, title="郭业洲会见巴西社会党代表团" if zh else "Guo Yezhou Meets PSB Delegation",
                   lang="zh" if zh else "en", published="2019-06-04", url=url(ZH if zh else EN, "2019-06-04", 124))
    assert parties(record) == expected


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    # the party the guests oppose, and the one holding the majority of their chamber, are the setting
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with deputies of "
     "the National Party of Honduras, in opposition to the government of Liberty and Refoundation.",
     {PNH}, {LIBRE}),
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with deputies of "
     "Venezuela's Democratic Action, who work in a National Assembly where the PSUV holds a large majority.",
     {"Democratic Action (Venezuela)"}, {PSUV}),
    # a relative clause on the guest party is no setting: the guest holds the majority
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a delegation "
     "of the United Socialist Party of Venezuela, which holds a majority in the National Assembly.",
     {PSUV}, set()),
    # opposition to something else, further off, leaves the party named after it
    ("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with a delegation "
     "of Cuban parties. He voiced China's opposition to the blockade and praised the Communist Party of "
     "Cuba for its leadership.", {PCC}, set()),
])
def test_a_party_opposed_or_holding_the_chamber_is_the_setting(text, kept, dropped):
    """Codebook: contacts list the parties the page names as taking part; the party the counterpart
    stands in opposition to (cues ``rival_before``, ``rival_after``) or that holds the majority of
    its chamber (cue ``majority_after``, as its clause's subject) is not one."""
    record = idcpc(text, title="Chen Zhou Meets Party Leaders", published="2023-05-08",
                   url=url(EN, "2023-05-08", 125))
    found = parties(record)
    assert kept <= found and not dropped & found


@pytest.mark.parametrize(("tail", "expected"), [
    ("Peru's Alliance for Progress and Popular Action", {APP, APE}),
    ("Peru's Alliance for Progress and the Popular Action", {APP, APE}),
    # "and" inside an unlisted name's tail, with no listed party after it, stays in the name
    ("Honduras' Movement for Dignity and Independence", {"Movement for Dignity and Independence"}),
])
def test_and_before_a_listed_party_opens_the_next_name(tail, expected):
    """A list of parties is joined by "and": a listed party's name after "and" is the next party, not
    words of the name before it (nlp/party_names.py)."""
    record = idcpc("Beijing, May 8th (IDCPC) -- Chen Zhou, vice minister of the IDCPC, met here today with "
                   f"members of {tail}.", title="Chen Zhou Meets Party Members", published="2023-05-08",
                   url=url(EN, "2023-05-08", 126))
    assert parties(record) == expected
