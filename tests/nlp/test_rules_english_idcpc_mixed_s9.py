"""Campaign 9X (a blind sample of common English IDCPC pages and their agency copies): IDCPC
ministers and vice ministers meeting LAC parties, leaders and envoys in Beijing, online or abroad;
delegations led by provincial leaders; multi-paragraph pages; pages that are not relevant.
Self-written releases in the sites' style; party, country and official names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties


def _url(pub: str) -> str:
    y, m, d = pub.split("-")
    return f"https://www.idcpc.org.cn/english/news/{y}{m}/t{y}{m}{d}_1.html"


def _xinhua(pub: str) -> str:
    y, m, d = pub.split("-")
    return f"http://www.xinhuanet.com/english/{y}-{m}/{d}/c_1388.htm"


def _chinadaily(pub: str) -> str:
    y, m, d = pub.split("-")
    return f"https://www.chinadaily.com.cn/a/{y}{m}/{d}/WS5c1a2b.html"


def _cgtn(pub: str) -> str:
    return f"https://news.cgtn.com/news/{pub}/Story-1a2b3c/index.html"


DI, KE = "daily interaction", "knowledge exchange"
BL, BLL = ["bilateral"], ["bilateral", "leftist"]
OFFICIALS = "Officials of the IDCPC were present."

# (id, title, text, published, url builder, expected). Expected: relevant, country, date, type,
# parties, content, mechanism. An irrelevant page checks only relevant.
CASES: list[tuple[str, str, str, str, object, dict]] = [
    ("song_cuba_delegation", "Song Tao Meets with Delegation of the Communist Party of Cuba",
     "Beijing, March 14th (IDCPC)--Song Tao, head of the International Department of the CPC Central "
     "Committee, met with a delegation of the Communist Party of Cuba led by Jose Ramon Balaguer, head "
     "of the International Relations Department of the CPC Central Committee of Cuba, here today.\n"
     "Song said that the CPC attaches great importance to its relations with the Communist Party of "
     "Cuba. Balaguer briefed on the latest situation in Cuba.\nThe two sides exchanged views on "
     "strengthening party-to-party exchanges. " + OFFICIALS, "2017-03-14", _url,
     dict(rel=True, country="Cuba", date="2017-03-14", type="meeting", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("liu_jianchao_morena", "Liu Jianchao Meets with Morena Delegation from Mexico",
     "Beijing, November 8th (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the "
     "National Regeneration Movement (Morena) of Mexico led by its President Mario Delgado in Beijing "
     "today.\nLiu said the CPC is willing to deepen exchanges of experience in governance with Morena.\n"
     "Delgado said that Morena regards the CPC as an important partner.", "2023-11-08", _url,
     dict(rel=True, country="Mexico", date="2023-11-08", type="meeting",
          parties={"National Regeneration Movement"}, content=DI, mech=BLL)),
    ("guo_yezhou_ambassador_uruguay", "Guo Yezhou Meets with Uruguayan Ambassador to China",
     "Beijing, April 22nd (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with Fernando Lugris, "
     "Uruguayan Ambassador to China, on April 21.\nThe two sides exchanged views on party-to-party "
     "relations and practical cooperation between the two countries.", "2021-04-22", _url,
     dict(rel=True, country="Uruguay", date="2021-04-21", type="meeting", parties=set(), content=DI,
          mech=BL)),
    ("qian_hongshan_venezuela_video", "Qian Hongshan Holds Video Call with PSUV Vice President",
     "Beijing, September 2nd (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, held a video call "
     "with Diosdado Cabello, First Vice President of the United Socialist Party of Venezuela (PSUV).\n"
     "The two sides exchanged views on the COVID-19 response and party relations.", "2020-09-02", _url,
     dict(rel=True, country="Venezuela", date="2020-09-02", type="video_call",
          parties={"United Socialist Party of Venezuela"}, content=DI, mech=BLL)),
    ("chen_zhou_grenada_ndc", "Chen Zhou Meets with Delegation of Grenada's National Democratic Congress",
     "Beijing, July 5th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "National Democratic Congress (NDC) of Grenada headed by its General Secretary here today.\nThe two "
     "sides exchanged views on inter-party exchanges. " + OFFICIALS, "2019-07-05", _url,
     dict(rel=True, country="Grenada", date="2019-07-05", type="meeting",
          parties={"National Democratic Congress (Grenada)"}, content=DI, mech=BL)),
    ("sun_haiyan_dominican_pld", "Sun Haiyan Meets with Dominican Liberation Party Delegation",
     "Beijing, June 12th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of "
     "the Dominican Liberation Party (PLD) of the Dominican Republic led by its Secretary General "
     "Charlie Mariotti here on June 11.\nSun said China and the Dominican Republic established "
     "diplomatic relations last year.", "2019-06-12", _url,
     dict(rel=True, country="Dominican Republic", date="2019-06-11", type="meeting",
          parties={"Dominican Liberation Party"}, content=DI, mech=BL)),
    ("ma_hui_jamaica_pnp", "Ma Hui Meets with PNP Delegation from Jamaica",
     "Beijing, August 27th (IDCPC)--Ma Hui, Assistant Minister of the IDCPC, met with a delegation of "
     "the People's National Party (PNP) of Jamaica in Beijing on August 26.\nThe two sides exchanged "
     "views on party building and cooperation.", "2024-08-27", _url,
     dict(rel=True, country="Jamaica", date="2024-08-26", type="meeting",
          parties={"People's National Party"}, content=DI, mech=BLL)),
    ("li_mingxiang_fmln_online", "Li Mingxiang Meets Online with FMLN Leaders",
     "Beijing, February 23rd (IDCPC)--Li Mingxiang, Assistant Minister of the IDCPC, met online with "
     "leaders of the Farabundo Marti National Liberation Front (FMLN) of El Salvador on February 22.\n"
     "The two sides exchanged views on strengthening party-to-party relations.", "2022-02-23", _url,
     dict(rel=True, country="El Salvador", date="2022-02-22", type="video_call",
          parties={"Farabundo Martí National Liberation Front"}, content=DI, mech=BLL)),
    ("liu_haixing_brazil_pt", "Liu Haixing Meets with Workers' Party Delegation of Brazil",
     "Beijing, May 17th (IDCPC)--Liu Haixing, head of the IDCPC, met with a delegation of the Workers' "
     "Party (PT) of Brazil led by its National President Edinho Silva in Beijing on May 16.\nLiu said the "
     "CPC stands ready to work with the PT to implement the important consensus of the two heads of "
     "state.\n" + OFFICIALS, "2025-05-17", _url,
     dict(rel=True, country="Brazil", date="2025-05-16", type="meeting", parties={"Workers' Party (Brazil)"},
          content=DI, mech=BLL)),
    ("song_tao_nicaragua_abroad", "Song Tao Meets with Nicaraguan Vice President in Managua",
     "Managua, December 10th (IDCPC)--Song Tao, head of the IDCPC, met with Rosario Murillo, Vice "
     "President of Nicaragua and leader of the Sandinista National Liberation Front (FSLN), in Managua "
     "on December 9.\nSong was visiting Nicaragua at the head of a CPC delegation.", "2021-12-10", _url,
     dict(rel=True, country="Nicaragua", date="2021-12-09", type="meeting",
          parties={"Sandinista National Liberation Front"}, content=DI, mech=BLL)),
    ("guo_yezhou_delegation_visit_abroad", "CPC Delegation Visits Argentina and Uruguay",
     "Buenos Aires, October 20th (IDCPC)--A CPC delegation led by Guo Yezhou, Vice Minister of the IDCPC, "
     "visited Argentina from October 14 to 17 and Uruguay from October 17 to 20.\nIn Argentina, the "
     "delegation met with leaders of the Justicialist Party. In Uruguay it met with leaders of the Broad "
     "Front.", "2019-10-20", _url,
     dict(rel=True, country="multilateral", date="2019-10-14", type="delegation_visit_abroad",
          parties={"Justicialist Party", "Broad Front"}, content=DI, mech=["regional", "leftist"])),
    ("chen_zhou_visits_colombia", "CPC Delegation Led by Chen Zhou Visits Colombia",
     "Bogota, March 28th (IDCPC)--At the invitation of the Historic Pact for Colombia, a CPC delegation "
     "led by Chen Zhou, Vice Minister of the IDCPC, paid a visit to Colombia from March 25 to 28.\nDuring "
     "the visit, the delegation met with leaders of the Historic Pact and senators, and exchanged views "
     "on governance.", "2023-03-28", _url,
     dict(rel=True, country="Colombia", date="2023-03-25", type="delegation_visit_abroad",
          parties={"Historic Pact for Colombia"}, content=DI, mech=BLL)),
    ("provincial_leader_mexico",
     "Delegation of the CPC Led by Secretary of Hunan Provincial Party Committee Visits Mexico",
     "Mexico City, September 15th (IDCPC)--A CPC delegation led by Du Jiahao, Secretary of the Hunan "
     "Provincial Committee of the CPC, visited Mexico from September 11 to 15.\nThe delegation met "
     "with leaders of the National Regeneration Movement and the Labor Party and attended a trade "
     "promotion event.", "2019-09-15", _url,
     dict(rel=True, country="Mexico", date="2019-09-11", type="delegation_visit_abroad",
          parties={"National Regeneration Movement", "Labor Party (Mexico)"}, content=DI, mech=BLL)),
    ("liu_jianchao_celac_envoys", "Liu Jianchao Meets with Envoys of Latin American and Caribbean Countries",
     "Beijing, April 18th (IDCPC)--Liu Jianchao, head of the IDCPC, met with envoys of Latin American "
     "and Caribbean countries to China in Beijing today.\nLiu briefed on the spirit of the 20th CPC "
     "National Congress. Ambassadors from more than 20 countries attended.", "2023-04-18", _url,
     dict(rel=True, country="multilateral", date="2023-04-18", type="briefing", parties=set(), content=KE,
          mech=["regional"])),
    ("celac_forum", "China-CELAC Political Parties Forum Held Online",
     "Beijing, May 28th (IDCPC)--The third China-CELAC Political Parties Forum was held online on May "
     "27. Liu Jianchao, head of the IDCPC, delivered a keynote speech.\nMore than 100 leaders of over 60 "
     "political parties of Latin American and Caribbean countries attended the forum.", "2022-05-28", _url,
     dict(rel=True, country="multilateral", date="2022-05-27", type="forum", parties=set(), content=KE,
          mech=["regional"])),
    ("theory_seminar_cuba", "CPC and Communist Party of Cuba Hold Theory Seminar",
     "Havana, November 23rd (IDCPC)--The 8th Theory Seminar between the CPC and the Communist Party of "
     "Cuba was held in Havana on November 21 and 22.\nSong Tao, head of the IDCPC, led the CPC "
     "delegation. The two sides exchanged views on the theme of party building in the new era.",
     "2018-11-23", _url,
     dict(rel=True, country="Cuba", date="2018-11-21", type="seminar", parties={"Communist Party of Cuba"},
          content=KE, mech=BLL)),
    ("training_course_lac", "Seminar for Cadres of Latin American Political Parties Opens",
     "Beijing, June 6th (IDCPC)--A seminar for cadres of political parties from Latin American countries, "
     "hosted by the IDCPC, opened in Beijing today. Sun Haiyan, Vice Minister of the IDCPC, attended the "
     "opening ceremony.\nThe participants from Argentina, Chile, Peru and Ecuador will visit Beijing and "
     "Zhejiang during the ten-day program.", "2019-06-06", _url,
     dict(rel=True, country="multilateral", date="2019-06-06", type="training_course", parties=set(),
          content=KE, mech=["regional"])),
    ("field_trip_guyana", "PPP/C Delegation from Guyana Visits Fujian",
     "Fuzhou, July 19th (IDCPC)--A delegation of the People's Progressive Party/Civic (PPP/C) of "
     "Guyana visited Fujian Province from July 16 to 19 at the invitation of the IDCPC.\nThe delegation "
     "visited villages and companies and learned about poverty alleviation.", "2018-07-19", _url,
     dict(rel=True, country="Guyana", date="2018-07-16", type="field_trip",
          parties={"People's Progressive Party/Civic"}, content=KE, mech=BLL)),
    ("message_condolence_cuba", "CPC Central Committee Sends Condolence Message to Communist Party of Cuba",
     "Beijing, November 26th (IDCPC)--The CPC Central Committee sent a message of condolence to the "
     "Central Committee of the Communist Party of Cuba today on the passing of Comrade Fidel Castro.",
     "2016-11-26", _url,
     dict(rel=True, country="Cuba", date="2016-11-26", type="message", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("xinhua_song_tao_chile", "Senior CPC official meets Chilean Socialist Party delegation",
     " date 2018-04-11\nXinhua | English | Home | World | China\nSource: Xinhua | Editor: Zhang Yi\n"
     "BEIJING, April 11 (Xinhua) -- Song Tao, head of the CPC Central Committee's International "
     "Department, met with a delegation of the Socialist Party of Chile in Beijing "
     "Wednesday.\nThe two sides exchanged views on party ties and bilateral cooperation.",
     "2018-04-11", _xinhua,
     dict(rel=True, country="Chile", date="2018-04-11", type="meeting", parties={"Socialist Party of Chile"},
          content=DI, mech=BLL)),
    ("chinadaily_liu_jianchao_honduras", "CPC official meets Honduran party leader",
     " date 2023-06-14\nChina Daily | Home | China | Politics\nBy Cao Desheng | chinadaily.com.cn\n"
     "Liu Jianchao, head of the CPC Central Committee's International Department, met with a delegation "
     "of the Liberty and Refoundation Party (Libre) of Honduras in "
     "Beijing on Tuesday.\nLiu said the CPC is ready to build ties with Libre after China and Honduras "
     "established diplomatic relations.", "2023-06-14", _chinadaily,
     dict(rel=True, country="Honduras", date="2023-06-13", type="meeting",
          parties={"Liberty and Refoundation"},
          content=DI, mech=BLL)),
    ("cgtn_ecuador_rc", "CPC official meets Ecuador's Citizen Revolution delegation",
     " date 2024-10-30\nCGTN | China | World\nUpdated 18:22, 30-Oct-2024\n"
     "Sun Haiyan, vice minister of the CPC Central Committee's International Department, met a "
     "delegation of Ecuador's Citizen Revolution Movement in Beijing on Tuesday.\n"
     "The two sides exchanged views on exchanges between the two parties.", "2024-10-30", _cgtn,
     dict(rel=True, country="Ecuador", date="2024-10-29", type="meeting",
          parties={"Citizen Revolution Movement"},
          content=DI, mech=BLL)),
    ("panama_prd", "Chen Zhou Meets with Delegation of Panama's Democratic Revolutionary Party",
     "Beijing, January 16th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met here today with a "
     "delegation of the Democratic Revolutionary Party (PRD) of Panama headed by its Secretary General "
     "Pedro Miguel Gonzalez.\nThe two sides exchanged views on party ties.", "2018-01-16", _url,
     dict(rel=True, country="Panama", date="2018-01-16", type="meeting",
          parties={"Democratic Revolutionary Party"}, content=DI, mech=BL)),
    ("trinidad_unc", "Guo Yezhou Meets with Delegation of UNC of Trinidad and Tobago",
     "Beijing, September 6th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of "
     "the United National Congress (UNC) of Trinidad and Tobago on September 5.\nThe delegation is "
     "visiting China at the invitation of the IDCPC.", "2019-09-06", _url,
     dict(rel=True, country="Trinidad and Tobago", date="2019-09-05", type="meeting",
          parties={"United National Congress"}, content=DI, mech=BL)),
    ("barbados_blp", "Qian Hongshan Meets with BLP Delegation of Barbados",
     "Beijing, October 25th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "the Barbados Labour Party (BLP) led by its General Secretary on October 24.", "2018-10-25", _url,
     dict(rel=True, country="Barbados", date="2018-10-24", type="meeting", parties={"Barbados Labour Party"},
          content=DI, mech=BL)),
    ("suriname_ndp_received", "Delegation of National Democratic Party of Suriname Visits China",
     "Beijing, May 30th (IDCPC)--A delegation of the National Democratic Party (NDP) of Suriname visited "
     "China from May 22 to 30 at the invitation of the IDCPC. During its stay in Beijing, Qian Hongshan, "
     "Vice Minister of the IDCPC, met with the delegation. The delegation also visited Shanghai and "
     "Guizhou.", "2019-05-30", _url,
     dict(rel=True, country="Suriname", date="2019-05-22", type="delegation_received",
          parties={"National Democratic Party (Suriname)"}, content=DI, mech=BL)),
    ("antigua_ablp", "Sun Haiyan Meets with Antigua and Barbuda Labour Party Delegation",
     "Beijing, November 20th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of "
     "the Antigua and Barbuda Labour Party (ABLP) on November 19.\nThe two sides exchanged views on "
     "strengthening exchanges between the two parties.", "2024-11-20", _url,
     dict(rel=True, country="Antigua and Barbuda", date="2024-11-19", type="meeting",
          parties={"Antigua and Barbuda Labour Party"}, content=DI, mech=BL)),
    ("bolivia_mas_video", "Liu Jianchao Holds Video Talks with MAS Leader of Bolivia",
     "Beijing, March 9th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks via video link with Evo "
     "Morales, leader of the Movement for Socialism (MAS) of Bolivia, on March 8.", "2023-03-09", _url,
     dict(rel=True, country="Bolivia", date="2023-03-08", type="video_call",
          parties={"Movement for Socialism (Bolivia)"}, content=DI, mech=BLL)),
    ("peru_ambassador", "Chen Zhou Meets with Peruvian Ambassador",
     "Beijing, July 13th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with Luis Quesada, "
     "Ambassador of Peru to China, on July 12. The two sides exchanged views on bilateral relations.",
     "2021-07-13", _url,
     dict(rel=True, country="Peru", date="2021-07-12", type="meeting", parties=set(), content=DI, mech=BL)),
    ("costa_rica_pln", "Guo Yezhou Meets with Delegation of Costa Rica's National Liberation Party",
     "Beijing, August 2nd (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the "
     "National Liberation Party (PLN) of Costa Rica here today.", "2018-08-02", _url,
     dict(rel=True, country="Costa Rica", date="2018-08-02", type="meeting",
          parties={"National Liberation Party"}, content=DI, mech=BL)),
    ("dominica_dlp", "Ma Hui Meets with Dominica Labour Party Delegation",
     "Beijing, April 10th (IDCPC)--Ma Hui, Assistant Minister of the IDCPC, met with a delegation of "
     "the Dominica Labour Party led by its Chairman on April 9.", "2024-04-10", _url,
     dict(rel=True, country="Dominica", date="2024-04-09", type="meeting", parties={"Dominica Labour Party"},
          content=DI, mech=BL)),
    ("uruguay_frente_amplio_weekday", "Liu Jianchao Meets with Broad Front Delegation of Uruguay",
     "Beijing, (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front of "
     "Uruguay led by its President Fernando Pereira on Thursday.\nThe two sides exchanged views on "
     "party ties.", "2024-05-18", _url,
     dict(rel=True, country="Uruguay", date="2024-05-16", type="meeting", parties={"Broad Front"},
          content=DI, mech=BLL)),
    ("argentina_pj_yesterday", "Song Tao Meets with Justicialist Party Delegation",
     "Beijing, June 20th (IDCPC)--Song Tao, head of the IDCPC, met yesterday with a delegation of the "
     "Justicialist Party of Argentina.", "2019-06-20", _url,
     dict(rel=True, country="Argentina", date="2019-06-19", type="meeting", parties={"Justicialist Party"},
          content=DI, mech=BL)),
    ("cuba_letter_xi", "Xi Jinping Sends Congratulatory Message to Miguel Diaz-Canel",
     "Beijing, April 20th (IDCPC)--Xi Jinping, General Secretary of the CPC Central Committee, sent a "
     "congratulatory message today to Miguel Diaz-Canel on his election as First Secretary of the "
     "Central Committee of the Communist Party of Cuba.", "2021-04-20", _url,
     dict(rel=True, country="Cuba", date="2021-04-20", type="message", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("brics_parties_forum", "BRICS Political Parties Forum Held in Fuzhou",
     "Fuzhou, June 11th (IDCPC)--The BRICS Political Parties, Think Tanks and Civil Society "
     "Organizations Forum opened in Fuzhou on June 10. Song Tao delivered a speech. Representatives of "
     "the Workers' Party of Brazil attended among delegates from the BRICS countries.", "2017-06-11", _url,
     dict(rel=True, country="multilateral", date="2017-06-10", type="forum",
          parties={"Workers' Party (Brazil)"}, content=KE, mech=["global", "leftist"])),
    ("cpc_world_dialogue", "CPC in Dialogue with World Political Parties High-level Meeting Held",
     "Beijing, March 16th (IDCPC)--The CPC in Dialogue with World Political Parties High-level Meeting "
     "was held via video link on March 15. Leaders of over 500 political parties from more than 150 "
     "countries, including the Communist Party of Cuba and the Sandinista National Liberation Front, "
     "attended.", "2023-03-16", _url,
     dict(rel=True, country="multilateral", date="2023-03-15", type="dialogue",
          parties={"Communist Party of Cuba", "Sandinista National Liberation Front"}, content=KE,
          mech=["global", "leftist"])),
    ("study_group_meeting", "Chen Zhou Meets with Study Group of Mexican Party Cadres",
     "Beijing, October 11th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a study group of "
     "cadres of the Institutional Revolutionary Party (PRI) of Mexico here today. The group is in China "
     "for a training course hosted by the IDCPC.", "2017-10-11", _url,
     dict(rel=True, country="Mexico", date="2017-10-11", type="meeting",
          parties={"Institutional Revolutionary Party"}, content=KE, mech=BL)),
    ("briefing_lac_parties", "IDCPC Holds Briefing on Sixth Plenary Session for LAC Parties",
     "Beijing, December 3rd (IDCPC)--The IDCPC held an online briefing session on the Sixth Plenary "
     "Session of the 19th CPC Central Committee for political parties of Latin American and Caribbean "
     "countries on December 2. Chen Zhou presented the session's documents. Leaders of parties from "
     "Brazil, Mexico and Cuba attended.", "2021-12-03", _url,
     dict(rel=True, country="multilateral", date="2021-12-02", type="briefing", parties=set(), content=KE,
          mech=["regional"])),
    ("venezuela_psuv_delegation", "Song Tao Meets with PSUV Delegation",
     "Beijing, September 4th (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the United "
     "Socialist Party of Venezuela (PSUV) led by Diosdado Cabello, First Vice President of the PSUV, "
     "on September 3.\nThe two sides exchanged views on the situation in Venezuela.", "2018-09-04", _url,
     dict(rel=True, country="Venezuela", date="2018-09-03", type="meeting",
          parties={"United Socialist Party of Venezuela"}, content=DI, mech=BLL)),
    ("el_salvador_ambassador_farewell", "Li Mingxiang Meets with Outgoing Ambassador of El Salvador",
     "Beijing, January 30th (IDCPC)--Li Mingxiang, Assistant Minister of the IDCPC, met with Aldo "
     "Alvarez, Ambassador of El Salvador to China, who is leaving his post, on January 29.",
     "2025-01-30", _url,
     dict(rel=True, country="El Salvador", date="2025-01-29", type="meeting", parties=set(), content=DI,
          mech=BL)),
    ("vincent_ulp", "Guo Yezhou Meets with Unity Labour Party Leader",
     "Beijing, November 14th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of "
     "the Unity Labour Party of Saint Vincent and the Grenadines on November 13.", "2019-11-14", _url,
     dict(rel=True, country="Saint Vincent and the Grenadines", date="2019-11-13", type="meeting",
          parties={"Unity Labour Party"}, content=DI, mech=BL)),
    ("bahamas_plp", "Sun Haiyan Meets with Progressive Liberal Party Delegation of the Bahamas",
     "Beijing, March 22nd (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of "
     "the Progressive Liberal Party of the Bahamas on March 21.", "2024-03-22", _url,
     dict(rel=True, country="Bahamas", date="2024-03-21", type="meeting",
          parties={"Progressive Liberal Party"},
          content=DI, mech=BL)),
    ("belize_pup", "Chen Zhou Meets with Delegation of People's United Party of Belize",
     "Beijing, May 8th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "People's United Party of Belize here today.", "2019-05-08", _url,
     dict(rel=True, country="Belize", date="2019-05-08", type="meeting", parties={"People's United Party"},
          content=DI, mech=BL)),
    ("chile_pc_mayor", "Liu Jianchao Meets with Communist Party of Chile Delegation",
     "Beijing, July 20th (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the "
     "Communist Party of Chile led by its President Lautaro Carmona on July 19.", "2023-07-20", _url,
     dict(rel=True, country="Chile", date="2023-07-19", type="meeting", parties={"Communist Party of Chile"},
          content=DI, mech=BLL)),
    ("brazil_pcdob_abroad", "CPC Delegation Visits Brazil",
     "Brasilia, November 12th (IDCPC)--A CPC delegation led by Qian Hongshan, Vice Minister of the IDCPC, "
     "visited Brazil from November 6 to 12 at the invitation of the Communist Party of Brazil (PCdoB).\n"
     "The delegation met with leaders of the PCdoB and the Workers' Party.", "2019-11-12", _url,
     dict(rel=True, country="Brazil", date="2019-11-06", type="delegation_visit_abroad",
          parties={"Communist Party of Brazil", "Workers' Party (Brazil)"}, content=DI, mech=BLL)),
    ("nicaragua_fsln_received", "FSLN Delegation Visits China",
     "Beijing, April 28th (IDCPC)--A delegation of the Sandinista National Liberation Front (FSLN) of "
     "Nicaragua visited China from April 20 to 28 at the invitation of the IDCPC. Liu Jianchao, head of "
     "the IDCPC, met with the delegation. The delegation also visited Jiangxi.", "2024-04-28", _url,
     dict(rel=True, country="Nicaragua", date="2024-04-20", type="delegation_received",
          parties={"Sandinista National Liberation Front"}, content=DI, mech=BLL)),
    ("online_seminar_lac", "IDCPC Holds Online Seminar with Latin American Parties on Poverty Reduction",
     "Beijing, October 29th (IDCPC)--The IDCPC held an online seminar with political parties of Latin "
     "American countries on poverty reduction on October 28. Guo Yezhou attended and addressed the "
     "seminar. Party leaders from Argentina, Uruguay, Panama and Peru joined.", "2020-10-29", _url,
     dict(rel=True, country="multilateral", date="2020-10-28", type="seminar", parties=set(), content=KE,
          mech=["regional"])),
    ("sao_paulo_forum", "CPC Delegation Attends Sao Paulo Forum Meeting in Caracas",
     "Caracas, July 29th (IDCPC)--A CPC delegation attended the 25th Meeting of the Sao Paulo Forum held "
     "in Caracas, Venezuela, from July 25 to 28. The delegation also met with leaders of the United "
     "Socialist Party of Venezuela.", "2019-07-29", _url,
     dict(rel=True, country="multilateral", date="2019-07-25", type="forum",
          parties={"United Socialist Party of Venezuela"}, content=KE, mech=["regional", "leftist"])),
    ("guatemala_urng", "Qian Hongshan Meets with URNG Delegation",
     "Beijing, June 14th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "the Guatemalan National Revolutionary Unity (URNG) on June 13.", "2018-06-14", _url,
     dict(rel=True, country="Guatemala", date="2018-06-13", type="meeting",
          parties={"Guatemalan National Revolutionary Unity"}, content=DI, mech=BLL)),
    ("saint_lucia_slp", "Ma Hui Meets with Saint Lucia Labour Party Delegation",
     "Beijing, October 17th (IDCPC)--Ma Hui, Assistant Minister of the IDCPC, met with a delegation of "
     "the Saint Lucia Labour Party (SLP) on October 16. The two sides exchanged views on the relations "
     "between the two parties and countries. " + OFFICIALS, "2023-10-17", _url,
     dict(rel=True, country="Saint Lucia", date="2023-10-16", type="meeting",
          parties={"Saint Lucia Labour Party"},
          content=DI, mech=BL)),
    ("mexico_pt_video", "Chen Zhou Holds Video Conference with Labor Party of Mexico",
     "Beijing, June 30th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, held a video conference with "
     "Alberto Anaya, National Coordinator of the Labor Party (PT) of Mexico, on June 29.", "2020-06-30", _url,
     dict(rel=True, country="Mexico", date="2020-06-29", type="video_call", parties={"Labor Party (Mexico)"},
          content=DI, mech=BLL)),
    ("xinhua_cuba_liu_haixing", "Senior CPC official meets Cuban guests",
     " date 2025-03-05\nXinhua | English\nSource: Xinhua | Editor: Huaxia\n"
     "BEIJING, March 5 (Xinhua) -- Liu Haixing, head of the CPC Central Committee's International "
     "Department, met with Emilio Lozada, head of the International Relations "
     "Department of the Communist Party of Cuba Central Committee, in Beijing on Tuesday.",
     "2025-03-05", _xinhua,
     dict(rel=True, country="Cuba", date="2025-03-04", type="meeting", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("chinadaily_peru_delegation", "Peruvian lawmakers visit CPC department",
     " date 2019-08-22\nChina Daily | Home\nBy Zhou Jin | China Daily\n"
     "Guo Yezhou, vice-minister of the International Department of the CPC Central Committee, met with "
     "a delegation of members of the Congress of Peru in Beijing on Wednesday.", "2019-08-22", _chinadaily,
     dict(rel=True, country="Peru", date="2019-08-21", type="meeting", parties=set(), content=DI, mech=BL)),
    ("caribbean_group", "Chen Zhou Meets with Delegation of Caribbean Political Parties",
     "Beijing, August 22nd (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of "
     "political parties from Caribbean countries including Jamaica, Barbados and Grenada here today.",
     "2019-08-22", _url,
     dict(rel=True, country="multilateral", date="2019-08-22", type="meeting", parties=set(), content=DI,
          mech=["regional"])),
    ("mexican_senate", "Liu Jianchao Meets with President of the Mexican Senate",
     "Mexico City, May 24th (IDCPC)--Liu Jianchao, head of the IDCPC, met with Ana Lilia Rivera, "
     "President of the Senate of Mexico, in Mexico City on May 23.", "2024-05-24", _url,
     dict(rel=True, country="Mexico", date="2024-05-23", type="meeting", parties=set(), content=DI, mech=BL)),
    ("colombia_liberal", "Sun Haiyan Meets with Colombian Liberal Party Delegation",
     "Beijing, March 8th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
     "Colombian Liberal Party on March 7.", "2024-03-08", _url,
     dict(rel=True, country="Colombia", date="2024-03-07", type="meeting",
          parties={"Colombian Liberal Party"},
          content=DI, mech=BL)),
    ("paraguay_colorado", "Qian Hongshan Meets with Colorado Party Delegation from Paraguay",
     "Beijing, September 19th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation "
     "of the Colorado Party of Paraguay on September 18.", "2018-09-19", _url,
     dict(rel=True, country="Paraguay", date="2018-09-18", type="meeting",
          parties={"Colorado Party (Paraguay)"},
          content=DI, mech=BL)),
    ("honduras_ambassador", "Li Mingxiang Meets with Honduran Ambassador",
     "Beijing, February 20th (IDCPC)--Li Mingxiang, Assistant Minister of the IDCPC, met with Salvador "
     "Moncada, Ambassador of Honduras to China, on February 19.", "2025-02-20", _url,
     dict(rel=True, country="Honduras", date="2025-02-19", type="meeting",
          parties=set(), content=DI, mech=BL)),
    ("young_leaders_lac", "Delegation of Young Political Leaders from Latin America Visits China",
     "Beijing, November 9th (IDCPC)--A delegation of young political leaders from Latin American and "
     "Caribbean countries visited China from November 1 to 9 at the invitation of the IDCPC. Sun Haiyan "
     "met with the delegation. The delegation visited Beijing and Sichuan.", "2018-11-09", _url,
     dict(rel=True, country="multilateral", date="2018-11-01", type="delegation_received", parties=set(),
          content=DI, mech=["regional"])),
    # ---- batch 2: longer pages, provincial delegations, relative dates, copies ----
    ("provincial_received_by_minister", "Song Tao Meets with Delegation of Chile's Party for Democracy",
     "Beijing, April 3rd (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the Party for "
     "Democracy (PPD) of Chile led by its President Heraldo Munoz here today.\nSong said that the CPC "
     "is ready to work with political parties of Chile, including the PPD, to enhance mutual trust. He "
     "introduced the CPC's 19th National Congress.\nMunoz said the PPD admires China's achievements and "
     "hopes to learn from the CPC's experience.\nThe delegation will also visit Zhejiang and Shanghai.\n"
     + OFFICIALS, "2018-04-03", _url,
     dict(rel=True, country="Chile", date="2018-04-03", type="meeting", parties={"Party for Democracy"},
          content=DI, mech=BL)),
    ("vice_governor_leads_to_peru", "Delegation of CPC Led by Yunnan Party Chief Visits Peru",
     "Lima, October 9th (IDCPC)--At the invitation of the Peruvian government, a delegation of the CPC "
     "led by Chen Hao, Secretary of the CPC Yunnan Provincial Committee, paid a visit to Peru from "
     "October 6 to 9.\nDuring the visit, Chen met with the President of the Congress of Peru and the "
     "Minister of Foreign Trade and Tourism, and attended a business forum.", "2019-10-09", _url,
     dict(rel=True, country="Peru", date="2019-10-06", type="delegation_visit_abroad", parties=set(),
          content=DI, mech=BL)),
    ("meets_during_visit_multi_para", "Guo Yezhou Meets with Cuban Vice President in Havana",
     "Havana, August 15th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with Salvador Valdes "
     "Mesa, Vice President of Cuba, in Havana on August 14.\nGuo said that China and Cuba are good "
     "friends, good comrades and good brothers.\nValdes thanked China for its support.\nDuring his "
     "stay in Cuba, Guo also met with Jose Ramon Balaguer, head of the International Relations Department "
     "of the Central Committee of the Communist Party of Cuba.", "2019-08-15", _url,
     dict(rel=True, country="Cuba", date="2019-08-14", type="meeting", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("exchange_views_recently", "Liu Jianchao Meets with Mexican Ambassador",
     "Beijing (IDCPC)--Liu Jianchao, head of the IDCPC, recently met with Jesus Seade, Ambassador of "
     "Mexico to China. The two sides exchanged views on relations between the two countries.",
     "2023-02-15", _url,
     dict(rel=True, country="Mexico", date=None, type="meeting", parties=set(), content=DI, mech=BLL)),
    ("ministers_of_plural_countries", "Chen Zhou Meets with Ambassadors of Caribbean Countries",
     "Beijing, December 12th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with ambassadors of "
     "Antigua and Barbuda, Barbados, Dominica, Grenada, Jamaica, Suriname and Trinidad and Tobago to China "
     "here today. The two sides exchanged views on relations between China and Caribbean countries.",
     "2018-12-12", _url,
     dict(rel=True, country="multilateral", date="2018-12-12", type="meeting", parties=set(), content=DI,
          mech=["regional"])),
    ("workshop_for_cuban_cadres", "Workshop for Cadres of the Communist Party of Cuba Opens in Beijing",
     "Beijing, September 17th (IDCPC)--A workshop for cadres of the Communist Party of Cuba, hosted by the "
     "IDCPC, opened in Beijing on September 16. Qian Hongshan attended the opening ceremony and gave a "
     "speech.\nThe 25 participants will study China's reform and opening up for two weeks.",
     "2019-09-17", _url,
     dict(rel=True, country="Cuba", date="2019-09-16", type="training_course",
          parties={"Communist Party of Cuba"}, content=KE, mech=BLL)),
    ("minister_meets_course_group", "Sun Haiyan Meets with Participants of Seminar for Uruguayan Cadres",
     "Beijing, July 8th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with the participants of "
     "the seminar for cadres of the Broad Front of Uruguay on July 7.", "2019-07-08", _url,
     dict(rel=True, country="Uruguay", date="2019-07-07", type="meeting", parties={"Broad Front"},
          content=KE, mech=BLL)),
    ("congratulations_election", "CPC Central Committee Congratulates Morena on Election Victory",
     "Beijing, June 5th (IDCPC)--The CPC Central Committee sent a congratulatory message to the National "
     "Regeneration Movement of Mexico on June 4 on its victory in the general election.",
     "2024-06-05", _url,
     dict(rel=True, country="Mexico", date="2024-06-04", type="message",
          parties={"National Regeneration Movement"}, content=DI, mech=BLL)),
    ("phone_call_argentina", "Liu Jianchao Holds Phone Conversation with Justicialist Party Leader",
     "Beijing, January 19th (IDCPC)--Liu Jianchao, head of the IDCPC, held a phone conversation with "
     "Alberto Fernandez, President of the Justicialist Party of Argentina, on January 18.",
     "2023-01-19", _url,
     dict(rel=True, country="Argentina", date="2023-01-18", type="phone_call", parties={"Justicialist Party"},
          content=DI, mech=BL)),
    ("xinhua_copy_nicaragua_meeting", "Senior CPC official meets Nicaraguan delegation",
     " date 2024-01-24\nXinhua | English | China | World | Business\nSource: Xinhua | Editor: Huaxia | "
     "2024-01-24 21:04:32\nBEIJING, Jan. 24 (Xinhua) -- Liu Jianchao, head of the CPC Central "
     "Committee's International Department, met with a delegation of the "
     "Sandinista National Liberation Front (FSLN) of Nicaragua in Beijing on Wednesday.\nLiu said the CPC "
     "is willing to deepen exchanges with the FSLN.\nRelated:\nChina, Cuba pledge closer ties",
     "2024-01-24", _xinhua,
     dict(rel=True, country="Nicaragua", date="2024-01-24", type="meeting",
          parties={"Sandinista National Liberation Front"}, content=DI, mech=BLL)),
    ("guyana_ppp_provincial_host", "Delegation of PPP/C of Guyana Visits Shandong",
     "Jinan, May 20th (IDCPC)--A delegation of the People's Progressive Party/Civic of Guyana headed by "
     "its General Secretary Bharrat Jagdeo visited Shandong Province from May 17 to 20. Liu Jiayi, "
     "Secretary of the CPC Shandong Provincial Committee, met with the delegation.", "2019-05-20", _url,
     dict(rel=True, country="Guyana", date="2019-05-17", type="field_trip",
          parties={"People's Progressive Party/Civic"}, content=KE, mech=BLL)),
    ("ecuador_alianza_pais", "Song Tao Meets with PAIS Alliance Delegation of Ecuador",
     "Beijing, November 27th (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the PAIS "
     "Alliance of Ecuador on November 26.", "2017-11-27", _url,
     dict(rel=True, country="Ecuador", date="2017-11-26", type="meeting", parties={"PAIS Alliance"},
          content=DI, mech=BLL)),
    ("dominican_prm", "Chen Zhou Meets with Modern Revolutionary Party Delegation",
     "Beijing, June 26th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "Modern Revolutionary Party (PRM) of the Dominican Republic on June 25.", "2023-06-26", _url,
     dict(rel=True, country="Dominican Republic", date="2023-06-25", type="meeting",
          parties={"Modern Revolutionary Party"}, content=DI, mech=BL)),
    ("trinidad_pnm_dateline_only", "Qian Hongshan Meets with PNM Delegation of Trinidad and Tobago",
     "Beijing, October 30th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "the People's National Movement (PNM) of Trinidad and Tobago.", "2019-10-30", _url,
     dict(rel=True, country="Trinidad and Tobago", date="2019-10-30", type="meeting",
          parties={"People's National Movement"}, content=DI, mech=BL)),
    ("dialogue_china_lac", "China-Latin America Party Dialogue on Governance Held in Shanghai",
     "Shanghai, September 25th (IDCPC)--A dialogue between the CPC and political parties of Latin America "
     "on governance experience was held in Shanghai on September 24. Qian Hongshan attended. About 40 "
     "party leaders from 12 Latin American countries took part.", "2019-09-25", _url,
     dict(rel=True, country="multilateral", date="2019-09-24", type="dialogue", parties=set(), content=KE,
          mech=["regional"])),
    ("venezuela_mixed_nonlac", "Song Tao Meets with Delegations of Venezuela and Laos",
     "Beijing, May 21st (IDCPC)--Song Tao, head of the IDCPC, met separately today with a delegation of "
     "the United Socialist Party of Venezuela and a delegation of the Lao People's Revolutionary Party.",
     "2019-05-21", _url,
     dict(rel=True, country="Venezuela", date="2019-05-21", type="meeting",
          parties={"United Socialist Party of Venezuela"}, content=DI, mech=BLL)),
    # ---- batch 3: harder pages ----
    ("provincial_chief_receives_lac",
     "Secretary of Jiangxi Provincial Party Committee Meets with FMLN Delegation",
     "Nanchang, October 15th (IDCPC)--Yi Lianhong, Secretary of the CPC Jiangxi Provincial Committee, met "
     "with a delegation of the Farabundo Marti National Liberation Front (FMLN) of El Salvador in Nanchang "
     "on October 14. The delegation is visiting China at the invitation of the IDCPC.", "2022-10-15", _url,
     dict(rel=True, country="El Salvador", date="2022-10-14", type="meeting",
          parties={"Farabundo Martí National Liberation Front"}, content=DI, mech=BLL)),
    ("weekday_in_lead_idcpc", "Liu Jianchao Meets with Uruguayan National Party Delegation",
     "Beijing, (IDCPC)--Liu Jianchao, head of the IDCPC, met on Monday with a delegation of the National "
     "Party of Uruguay led by its President Pablo Iturralde.\nThe two sides exchanged views on China-Uruguay "
     "free trade talks.", "2023-08-30", _url,
     dict(rel=True, country="Uruguay", date="2023-08-28", type="meeting",
          parties={"National Party (Uruguay)"},
          content=DI, mech=BL)),
    ("with_several_lac_parties_one_country",
     "Qian Hongshan Meets with Leaders of Brazilian Political Parties",
     "Beijing, September 9th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "leaders of Brazilian political parties, including the Brazilian Democratic Movement and the "
     "Brazilian Social Democracy Party, on September 8.", "2019-09-09", _url,
     dict(rel=True, country="Brazil", date="2019-09-08", type="meeting",
          parties={"Brazilian Democratic Movement", "Brazilian Social Democracy Party"},
          content=DI, mech=BL)),
    ("guest_minister_plus_vice", "Song Tao and Guo Yezhou Meet with Cuban Party Delegation",
     "Beijing, May 27th (IDCPC)--Song Tao, head of the IDCPC, together with Guo Yezhou, Vice Minister of "
     "the IDCPC, met on May 26 with a delegation of cadres of the Communist Party of Cuba who are in China "
     "for a study tour on party building.", "2018-05-27", _url,
     dict(rel=True, country="Cuba", date="2018-05-26", type="meeting", parties={"Communist Party of Cuba"},
          content=KE, mech=BLL)),
    ("cgtn_online_dialogue", "CPC holds online exchange with Latin American parties",
     " date 2021-07-28\nCGTN | World | China\nUpdated 21:10, 28-Jul-2021\n"
     "The International Department of the CPC Central Committee held an online exchange meeting with "
     "political parties of Latin American and Caribbean countries on Tuesday to share the experience of "
     "the CPC's centenary. Party leaders from 20 countries in the region attended.", "2021-07-28", _cgtn,
     dict(rel=True, country="multilateral", date="2021-07-27", type="seminar", parties=set(), content=KE,
          mech=["regional"])),
    ("dominica_vs_dominican_rep", "Chen Zhou Meets with United Workers' Party of Dominica",
     "Beijing, April 19th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "United Workers' Party of Dominica on April 18.", "2018-04-19", _url,
     dict(rel=True, country="Dominica", date="2018-04-18", type="meeting",
          parties={"United Workers' Party (Dominica)"},
          content=DI, mech=BL)),
    ("month_before_printed_year", "Guo Yezhou Meets with Chilean Party Delegation",
     "Beijing (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the Socialist "
     "Party of Chile on December 28.", "2020-01-03", _url,
     dict(rel=True, country="Chile", date="2019-12-28", type="meeting", parties={"Socialist Party of Chile"},
          content=DI, mech=BLL)),
    ("xinhua_mexican_lawmakers_pri", "CPC official meets Mexican lawmakers",
     " date 2018-09-07\nXinhua | English\nSource: Xinhua | Editor: Li Xia\n"
     "BEIJING, Sept. 7 (Xinhua) -- Guo Yezhou, vice minister of the CPC Central Committee's "
     "International Department, met with a delegation of Mexican lawmakers from the "
     "Institutional Revolutionary Party in Beijing on Thursday.", "2018-09-07", _xinhua,
     dict(rel=True, country="Mexico", date="2018-09-06", type="meeting",
          parties={"Institutional Revolutionary Party"}, content=DI, mech=BL)),
    # ---- batch 4 ----
    ("head_of_state_abroad", "Song Tao Meets with Venezuelan President Maduro",
     "Caracas, May 22nd (IDCPC)--Venezuelan President Nicolas Maduro met with a CPC delegation led by "
     "Song Tao, head of the IDCPC, at the Miraflores Palace on May 21.\nMaduro, also President of the "
     "United Socialist Party of Venezuela, asked Song to convey his greetings to General Secretary Xi "
     "Jinping.", "2018-05-22", _url,
     dict(rel=True, country="Venezuela", date="2018-05-21", type="meeting",
          parties={"United Socialist Party of Venezuela"}, content=DI, mech=BLL)),
    ("journalists_lac_group", "Guo Yezhou Meets with Delegation of Latin American Journalists",
     "Beijing, June 18th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of "
     "journalists from Argentina, Brazil, Chile and Mexico here today.", "2018-06-18", _url,
     dict(rel=True, country="multilateral", date="2018-06-18", type="meeting", parties=set(), content=DI,
          mech=["regional"])),
    ("future_announcement", "CPC Delegation to Visit Cuba",
     "Beijing, January 8th (IDCPC)--At the invitation of the Communist Party of Cuba, a CPC delegation "
     "led by Liu Jianchao, head of the IDCPC, will pay a visit to Cuba from January 12 to 15, an IDCPC "
     "spokesperson announced today.", "2024-01-08", _url,
     dict(rel=True, country="Cuba", date="2024-01-12", type="delegation_visit_abroad",
          parties={"Communist Party of Cuba"}, content=DI, mech=BLL)),
    ("think_tank_brazil", "Chen Zhou Meets with Delegation of Brazilian Think Tank",
     "Beijing, November 22nd (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "Getulio Vargas Foundation of Brazil on November 21. The two sides exchanged views on China-Brazil "
     "relations and think tank cooperation.", "2019-11-22", _url,
     dict(rel=True, country="Brazil", date="2019-11-21", type="meeting", parties=set(), content=DI, mech=BL)),
    ("abbrev_month_dateline", "Sun Haiyan Meets with Jamaica Labour Party Delegation",
     "Beijing, Sept. 25 (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met here today with a delegation "
     "of the Jamaica Labour Party (JLP) headed by its General Secretary Horace Chang.", "2019-09-25", _url,
     dict(rel=True, country="Jamaica", date="2019-09-25", type="meeting", parties={"Jamaica Labour Party"},
          content=DI, mech=BL)),
    ("title_no_country", "Liu Jianchao Meets with Visiting Party Delegation",
     "Beijing, March 27th (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the Broad "
     "Front for Democracy of Panama on March 26. The two sides exchanged views on party ties.",
     "2024-03-27", _url,
     dict(rel=True, country="Panama", date="2024-03-26", type="meeting",
          parties={"Broad Front for Democracy"},
          content=DI, mech=BLL)),
    ("nr_european_mention_of_cuba", "Song Tao Meets with Delegation of Communist Party of Greece",
     "Beijing, April 14th (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the Communist "
     "Party of Greece on April 13. The guests said they had attended a meeting of communist parties in "
     "Havana last year.", "2019-04-14", _url, dict(rel=False)),
    ("nr_world_seminar_mentions_latin_america", "IDCPC Holds Seminar for African Party Cadres",
     "Beijing, November 5th (IDCPC)--A seminar for cadres of political parties from African countries "
     "opened in Beijing on November 4. Qian Hongshan said the CPC had held similar programs for Asia and "
     "Latin America.", "2019-11-05", _url, dict(rel=False)),
    # ---- batch 5 ----
    ("spanish_party_name", "Guo Yezhou Meets with Delegation of Frente Amplio of Uruguay",
     "Beijing, June 4th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met on the afternoon of June 3 "
     "with a delegation of the Frente Amplio of Uruguay headed by its Vice President.", "2019-06-04", _url,
     dict(rel=True, country="Uruguay", date="2019-06-03", type="meeting", parties={"Broad Front"},
          content=DI, mech=BLL)),
    ("politburo_member_meets", "Wang Huning Meets with Delegation of the Communist Party of Cuba",
     "Beijing, July 10th (IDCPC)--Wang Huning, Member of the Standing Committee of the Political Bureau of "
     "the CPC Central Committee, met with a delegation of the Communist Party of Cuba led by Roberto Morales "
     "Ojeda in the Great Hall of the People today. Liu Jianchao, head of the IDCPC, was present.",
     "2023-07-10", _url,
     dict(rel=True, country="Cuba", date="2023-07-10", type="meeting", parties={"Communist Party of Cuba"},
          content=DI, mech=BLL)),
    ("young_leaders_program_opens", "China-LAC Young Political Leaders Program Opens in Beijing",
     "Beijing, October 16th (IDCPC)--A training program for young political leaders from Latin American "
     "and Caribbean countries opened in Beijing on October 15. Sun Haiyan, Vice Minister of the IDCPC, "
     "attended the opening ceremony and delivered a speech.", "2024-10-16", _url,
     dict(rel=True, country="multilateral", date="2024-10-15", type="training_course", parties=set(),
          content=KE, mech=["regional"])),
    ("colombia_multi_party_delegation", "Chen Zhou Meets with Delegation of Colombian Political Parties",
     "Beijing, May 13th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met on May 12 with a delegation "
     "of Colombian political parties composed of members of the Historic Pact for Colombia and the "
     "Colombian Liberal Party.", "2023-05-13", _url,
     dict(rel=True, country="Colombia", date="2023-05-12", type="meeting",
          parties={"Historic Pact for Colombia", "Colombian Liberal Party"}, content=DI, mech=BLL)),
    ("provincial_trip_two_lac", "Delegation of CPC Led by Guangdong Party Chief Visits Cuba and Mexico",
     "Havana, November 2nd (IDCPC)--A CPC delegation led by Li Xi, Secretary of the CPC Guangdong "
     "Provincial Committee, visited Cuba from October 28 to 31 and Mexico from October 31 to November 2.\n"
     "In Cuba, the delegation met with leaders of the Communist Party of Cuba.", "2018-11-02", _url,
     dict(rel=True, country="multilateral", date="2018-10-28", type="delegation_visit_abroad",
          parties={"Communist Party of Cuba"}, content=DI, mech=["regional", "leftist"])),
    ("nr_latin_american_studies_china", "Qian Hongshan Attends Symposium on Diplomacy Studies",
     "Beijing, December 20th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, attended a symposium of "
     "Chinese scholars on the study of party diplomacy, including experts on Latin American affairs.",
     "2019-12-20", _url, dict(rel=False)),
    # ---- not relevant ----
    ("nr_vietnam", "Liu Jianchao Meets with Delegation of Communist Party of Vietnam",
     "Beijing, May 10th (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the Communist "
     "Party of Vietnam here today. The two sides exchanged views on party ties.", "2023-05-10", _url,
     dict(rel=False)),
    ("nr_spain", "Song Tao Meets with Delegation of Spanish Socialist Workers' Party",
     "Beijing, June 2nd (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the Spanish "
     "Socialist Workers' Party (PSOE) on June 1.", "2019-06-02", _url, dict(rel=False)),
    ("nr_portugal", "Chen Zhou Meets with Portuguese Communist Party Delegation",
     "Beijing, September 12th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of "
     "the Portuguese Communist Party here today.", "2019-09-12", _url, dict(rel=False)),
    ("nr_guinea_bissau", "Qian Hongshan Meets with PAIGC Delegation of Guinea-Bissau",
     "Beijing, July 3rd (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of the "
     "African Party for the Independence of Guinea and Cape Verde (PAIGC) of Guinea-Bissau on July 2.",
     "2019-07-03", _url, dict(rel=False)),
    ("nr_new_mexico", "Guo Yezhou Meets with Delegation of New Mexico State Legislators",
     "Beijing, April 16th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of "
     "legislators from the US state of New Mexico here today.", "2018-04-16", _url, dict(rel=False)),
    ("nr_dominica_vs_dominican", "Sun Haiyan Meets with Delegation of Equatorial Guinea's PDGE",
     "Beijing, March 9th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
     "Democratic Party of Equatorial Guinea (PDGE) on March 8.", "2024-03-09", _url, dict(rel=False)),
    ("nr_internal_meeting", "IDCPC Holds Meeting to Study Spirit of Plenary Session",
     "Beijing, November 15th (IDCPC)--The IDCPC held a meeting today to study the spirit of the Sixth "
     "Plenary Session of the 19th CPC Central Committee. Song Tao presided over the meeting.",
     "2021-11-15", _url, dict(rel=False)),
    ("nr_latin_mention", "Liu Jianchao Meets with Spanish Ambassador",
     "Beijing, February 7th (IDCPC)--Liu Jianchao, head of the IDCPC, met with Rafael Dezcallar, "
     "Spanish Ambassador to China. Liu said Spain can play a bridging role in China's relations with "
     "Europe and Latin America.", "2023-02-07", _url, dict(rel=False)),
    ("nr_philippines", "Chen Zhou Meets with Delegation of Philippine Party",
     "Beijing, August 29th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the "
     "Nacionalista Party of the Philippines on August 28.", "2018-08-29", _url, dict(rel=False)),
    ("nr_world_forum_no_lac", "CPC and World Political Parties Summit on Climate Held",
     "Beijing, July 7th (IDCPC)--A summit of the CPC and world political parties was held online on July 6. "
     "Leaders of parties from Russia, Pakistan, South Africa and Germany spoke.", "2021-07-07", _url,
     dict(rel=False)),
    ("nr_xinhua_domestic", "CPC official stresses poverty relief work",
     " date 2019-03-12\nXinhua | English\nSource: Xinhua\n"
     "BEIJING, March 12 (Xinhua) -- Song Tao, head of the International Department of the CPC Central "
     "Committee, attended a meeting on targeted poverty alleviation in Guizhou Province on Monday.",
     "2019-03-12", _xinhua, dict(rel=False)),
    ("nr_georgia", "Guo Yezhou Meets with Georgian Dream Party Delegation",
     "Beijing, June 25th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the "
     "Georgian Dream party of Georgia on June 24.", "2019-06-25", _url, dict(rel=False)),
    ("nr_labour_uk", "Sun Haiyan Meets with British Labour Party Delegation",
     "Beijing, October 30th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of "
     "the Labour Party of the United Kingdom on October 29.", "2024-10-30", _url, dict(rel=False)),
    ("nr_guinea", "Ma Hui Meets with Delegation from Guinea",
     "Beijing, April 2nd (IDCPC)--Ma Hui, Assistant Minister of the IDCPC, met with a delegation of the "
     "Rally of the Guinean People of Guinea on April 1.", "2024-04-02", _url, dict(rel=False)),
    ("nr_nepal", "Liu Haixing Meets with Nepali Congress Delegation",
     "Beijing, June 10th (IDCPC)--Liu Haixing, head of the IDCPC, met with a delegation of the Nepali "
     "Congress on June 9.", "2025-06-10", _url, dict(rel=False)),
    ("nr_sweden", "Li Mingxiang Meets with Swedish Ambassador",
     "Beijing, January 14th (IDCPC)--Li Mingxiang, Assistant Minister of the IDCPC, met with the "
     "Ambassador of Sweden to China on January 13.", "2025-01-14", _url, dict(rel=False)),
    ("nr_cgtn_africa", "CPC official meets ANC delegation",
     " date 2023-09-20\nCGTN | China\nUpdated 20:10, 20-Sep-2023\n"
     "Liu Jianchao met with a delegation of the African National Congress of South Africa in Beijing on "
     "Tuesday.", "2023-09-20", _cgtn, dict(rel=False)),
    ("nr_kazakhstan", "Qian Hongshan Meets with Amanat Party Delegation",
     "Beijing, May 15th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "the Amanat Party of Kazakhstan on May 14.", "2023-05-15", _url, dict(rel=False)),
]

FIELDS = ("relevant", "country", "event_date", "event_type", "parties", "content", "mechanism")
_KEY = {"relevant": "rel", "country": "country", "event_date": "date", "event_type": "type",
        "parties": "parties", "content": "content", "mechanism": "mech"}

# Probes the first run failed and no general rule fixed in this campaign: (case id, field) → reason.
OPEN: dict[tuple[str, str], str] = {
    # doubtful: the codebook adds leftist by a counterpart *party*; the project codes a government,
    # legislature or envoy counterpart leftist when the head of state in office led a leftist party
    # (nlp/steps/mechanism.py). The blind probe said bilateral only.
    ("mexican_senate", "mechanism"): "doubtful: leftist for a state counterpart of a leftist-led government",
    ("honduras_ambassador",
     "mechanism"): "doubtful: leftist for a state counterpart of a leftist-led government",
    # doubtful: a "meets with envoys" headline over a lead where the minister briefs them on a CPC
    # congress: rule 1 (a page that reports a briefing) or rule 4 (a headline that is one meeting).
    ("liu_jianchao_celac_envoys",
     "event_type"): "doubtful: meeting with LAC envoys where the minister briefs",
    ("liu_jianchao_celac_envoys", "content"): "doubtful: follows the meeting/briefing doubt",
}


def _params():
    for cid, title, text, pub, url, exp in CASES:
        for field in FIELDS:
            if field != "relevant" and not exp["rel"]:
                continue
            marks = ()
            if (cid, field) in OPEN:
                marks = (pytest.mark.xfail(strict=False, reason=OPEN[(cid, field)]),)
            yield pytest.param(title, text, pub, url(pub), exp, field, id=f"{cid}-{field}", marks=marks)


_CACHE: dict[tuple[str, str], object] = {}


def _record(title: str, text: str, pub: str, url: str):
    key = (title, text)
    if key not in _CACHE:
        _CACHE[key] = idcpc(text, title=title, published=pub, url=url)
    return _CACHE[key]


@pytest.mark.parametrize(("title", "text", "pub", "url", "exp", "field"), list(_params()))
def test_english_idcpc_page_field(title, text, pub, url, exp, field):
    """Each field of each page as a careful coder would give it under the codebook."""
    record = _record(title, text, pub, url)
    want = exp[_KEY[field]]
    if field == "relevant":
        assert record.relevant is want
    elif field == "parties":
        assert parties(record) == want
    elif field == "mechanism":
        assert set(record.mechanism or []) == set(want)
    else:
        assert getattr(record, field) == want
