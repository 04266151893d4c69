"""Campaign 17P: LAC actors that no name list knows, both sources, every event type.

A careful coder codes a page from the page alone, so a counterpart the gazetteer lacks is still a
LAC counterpart when the page tells its country: by a demonym ("the Panamanian party"), by the
country's name ("of Peru"), by the capital in the dateline, by a Spanish/Portuguese/French party name
holding the country, or by a Chinese name (巴拿马…党). The actors are invented or obscure: a newly
founded or renamed party, a small party of a small state, a party's provincial or municipal branch,
movements, trade unions, youth and women's federations, peasant organisations, think tanks,
universities, foundations, media outlets, a legislator or mayor named only by office; in messages,
meetings, visits both ways, courses, seminars and video calls; also unknown actors from several LAC
countries and an unknown LAC-wide network (regional). For the ministry: an unknown LAC minister or
official named only by office. About a fifth are not relevant: parties with Spanish, Portuguese or
French names from Spain, Portugal, lusophone and francophone Africa, Equatorial Guinea, the
Philippines or mainland France; LAC actors only mentioned.

Coding follows shared/eval/SCHEMA.md: every LAC party taking part (an unlisted party under the
name the page gives it), mechanism scope plus leftist only by the party family the page states or a
coder knows. Self-written releases in the sites' style; real names are facts, invented ones are
invented.
"""

from __future__ import annotations

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    BL,
    DI,
    IDCPC_EN,
    IDCPC_EN_OLD,
    IDCPC_ZH,
    KE,
    MFA_EN,
    MFA_ZH,
    NO,
    RL,
    B,
    M,
    MfaProbe,
    Probe,
    R,
    ZhProbe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

EMB_EN = "http://pa.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_12{n:06d}.htm"
EMB_ZH = "http://gy.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_12{n:06d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"

FA = "Broad Front"
PCC = "Communist Party of Cuba"
PT = "Workers' Party (Brazil)"

ZH_NAME = "an unlisted party on a Chinese page: which form is its canonical name (the Chinese as printed?)"

# --- IDCPC, English: parties no list knows -------------------------------------------------------
PARTIES_EN = [
    Probe("demonym-new-party-meeting",
          "Sun Haiyan Meets Panamanian Party Delegation",
          "Beijing, May 13th—Sun Haiyan, deputy head of the CPC International Department, received a "
          "delegation of the Panamanian Renewal Movement led by its secretary general Ariel Quintero.\n"
          "Sun said the CPC is willing to deepen exchanges with political parties of Panama. Quintero "
          "said the party, founded two years ago, hopes to learn from China's experience in governance.",
          "2024-05-14", url(IDCPC_EN_OLD, "2024-05-14", 1),
          yes("Panama", "meeting", "2024-05-13", parties={"Panamanian Renewal Movement"}, mechanism=B,
              content=DI)),
    Probe("country-in-name-small-island",
          "Ma Hui Meets Leader of New Horizon Party of Saint Lucia",
          "Beijing, June 4th—Ma Hui, a deputy head of the International Department of the CPC Central "
          "Committee, met with Clement Joseph, leader of the New Horizon Party of Saint Lucia, on June 3.\n"
          "The two sides exchanged views on party building and on cooperation in tourism and renewable "
          "energy.",
          "2025-06-05", url(IDCPC_EN, "2025-06-05", 2),
          yes("Saint Lucia", "meeting", "2025-06-03",
              parties={"New Horizon Party of Saint Lucia"}, mechanism=B,
              content=DI)),
    Probe("spanish-name-with-country",
          "Chen Zhou Meets Delegation of Partido Alianza Ciudadana de Honduras",
          "Beijing, September 10th—Chen Zhou, vice minister of the CPC International Department, met here "
          "today with a delegation of the Partido Alianza Ciudadana de Honduras headed by its president "
          "Marta Elvir.\nElvir said her party supports the one-China principle and looks forward to more "
          "exchanges with the CPC.",
          "2024-09-11", url(IDCPC_EN_OLD, "2024-09-11", 3),
          yes("Honduras", "meeting", "2024-09-10",
              parties={"Partido Alianza Ciudadana de Honduras"}, mechanism=B,
              content=DI)),
    Probe("dateline-capital-only",
          "CPC Delegation Visits Guatemala",
          "Guatemala City, November 20th—A CPC delegation led by Li Mingxiang, a deputy head of the "
          "International Department, held talks with leaders of the Frente Popular Renovador on November "
          "19.\nDuring the visit, the delegation also met with deputies of the Congress and visited a "
          "coffee cooperative.",
          "2023-11-22", url(IDCPC_EN_OLD, "2023-11-22", 4),
          yes("Guatemala", "delegation_visit_abroad", "2023-11-19", parties={"Frente Popular Renovador"},
              mechanism=B, content=DI)),
    Probe("french-name-haiti",
          "Guo Yezhou Meets Haitian Guests",
          "Beijing, March 27th—Guo Yezhou met here today with a delegation of the Rassemblement des "
          "Patriotes Haitiens led by party coordinator Jean-Robert Valcin.\nGuo briefed the guests on the "
          "CPC's governance; Valcin said Haiti hopes to learn from China's poverty reduction.",
          "2019-03-28", url(IDCPC_EN_OLD, "2019-03-28", 5),
          yes("Haiti", "meeting", "2019-03-27", parties={"Rassemblement des Patriotes Haitiens"}, mechanism=B,
              content=DI)),
    Probe("portuguese-name-brazil",
          "Liu Jianchao Meets Delegation of Brazil's Partido da Renovação Democrática",
          "Beijing, August 15th—Liu Jianchao, head of the CPC International Department, received a "
          "delegation of the Partido da Renovação Democrática of Brazil on August 14, led by its national "
          "president Rogério Lacerda.\nBoth sides agreed to strengthen dialogue between the two parties.",
          "2023-08-16", url(IDCPC_EN, "2023-08-16", 6),
          yes("Brazil", "meeting", "2023-08-14", parties={"Partido da Renovação Democrática"}, mechanism=B,
              content=DI)),
    Probe("left-family-stated",
          "Qian Hongshan Meets Socialist Workers' League of Belize Leader",
          "Beijing, July 2nd—Qian Hongshan, a deputy head of the CPC International Department, met with "
          "Dorian Castillo, chairman of the Socialist Workers' League of Belize, a left-wing party founded "
          "in 2021, on July 1.\nCastillo congratulated the CPC on its anniversary.",
          "2024-07-03", url(IDCPC_EN_OLD, "2024-07-03", 7),
          yes("Belize", "meeting", "2024-07-01",
              parties={"Socialist Workers' League of Belize"}, mechanism=BL,
              content=DI)),
    Probe("message-founding-anniversary",
          "CPC Sends Congratulatory Message to Grenada People's Labour Movement on 10th Anniversary",
          "Beijing, April 8th—The CPC Central Committee sent a congratulatory message to the Grenada "
          "People's Labour Movement on the tenth anniversary of its founding.\nThe message said the CPC "
          "appreciates the party's friendly stance and wishes it new success.",
          "2022-04-09", url(IDCPC_EN_OLD, "2022-04-09", 8),
          yes("Grenada", "message", "2022-04-08", parties={"Grenada People's Labour Movement"}, mechanism=B,
              content=DI)),
    Probe("message-congress",
          "IDCPC Congratulates Bahamas Progressive Alliance on Its First Congress",
          "Beijing, October 15th—The International Department of the CPC Central Committee sent a message "
          "of congratulations to the Bahamas Progressive Alliance on the opening of its first national "
          "congress.\nThe message wished the congress a full success.",
          "2023-10-16", url(IDCPC_EN, "2023-10-16", 9),
          yes("Bahamas", "message", "2023-10-15", parties={"Bahamas Progressive Alliance"}, mechanism=B,
              content=DI)),
    Probe("message-condolence-unknown-leader",
          "Liu Jianchao Sends Condolences on Passing of Founder of Dominica Freedom Alliance",
          "Beijing, January 22nd—Liu Jianchao sent a message of condolence to the Dominica Freedom "
          "Alliance on the death of its founder Ambrose Laville.\nLiu said Laville was an old friend of "
          "the Chinese people.",
          "2025-01-23", url(IDCPC_EN, "2025-01-23", 10),
          yes("Dominica", "message", "2025-01-22", parties={"Dominica Freedom Alliance"}, mechanism=B,
              content=DI)),
    Probe("renamed-party",
          "Ma Hui Meets Delegation of Peru's Renamed Popular Action Front",
          "Beijing, February 27th—Ma Hui met here today with a delegation of the Frente de Acción Popular "
          "del Perú, the former Andean Democratic Party, which took its new name last year.\nThe "
          "delegation was led by party president Lucía Huamán.",
          "2024-02-28", url(IDCPC_EN_OLD, "2024-02-28", 11),
          yes("Peru", "meeting", "2024-02-27", parties={"Frente de Acción Popular del Perú"}, mechanism=B,
              content=DI)),
    Probe("video-call-unknown-party",
          "Sun Haiyan Holds Video Call with Leader of Costa Rican Party",
          "Beijing, November 9th—Sun Haiyan held a video call on November 8 with Esteban Mora, general "
          "secretary of the Partido Progreso Social Costarricense.\nThey talked about cooperation in "
          "green development and youth exchanges.",
          "2021-11-10", url(IDCPC_EN_OLD, "2021-11-10", 12),
          yes("Costa Rica", "video_call", "2021-11-08", parties={"Partido Progreso Social Costarricense"},
              mechanism=B, content=DI)),
    Probe("delegation-received-small-party",
          "Delegation of Suriname's National Unity Party Visits China",
          "Beijing, June 21st—At the invitation of the CPC, a delegation of the National Unity Party of "
          "Suriname led by its chairman Ravi Ramdin visited China from June 14 to 21.\nThe delegation met "
          "with officials of the CPC International Department in Beijing and went to Zhejiang to learn about "
          "the digital economy.",
          "2019-06-22", url(IDCPC_EN_OLD, "2019-06-22", 13),
          yes("Suriname", "delegation_received", "2019-06-14", parties={"National Unity Party of Suriname"},
              mechanism=B, content=DI)),
    Probe("field-trip-unknown-party",
          "Delegation of Salvadoran Party Visits Sichuan",
          "Chengdu, April 17th—A delegation of the Salvadoran Movement for Renewal, led by its vice "
          "president Ernesto Cáceres, visited Sichuan province from April 15 to 17 at the invitation of "
          "the CPC.\nThe guests toured rural revitalisation projects and a high-tech zone.",
          "2024-04-18", url(IDCPC_EN, "2024-04-18", 14),
          yes("El Salvador", "field_trip", "2024-04-15", parties={"Salvadoran Movement for Renewal"},
              mechanism=B, content=KE)),
    Probe("course-one-country-unknown-party",
          "Seminar for Cadres of Dominican Party Opens in Beijing",
          "Beijing, September 5th—A training course for cadres of the Partido Patria Nueva of the "
          "Dominican Republic opened in Beijing on September 4.\nThirty party cadres will study the CPC's "
          "experience in grassroots organisation over ten days.",
          "2023-09-06", url(IDCPC_EN, "2023-09-06", 15),
          yes("Dominican Republic", "training_course", "2023-09-04", parties={"Partido Patria Nueva"},
              mechanism=B, content=KE)),
    Probe("theory-seminar-online",
          "CPC and Uruguayan Party Hold Online Theory Seminar",
          "Beijing, March 16th—The CPC and the Uruguayan Party of Popular Unity held an online theory "
          "seminar on March 15 on modernisation and social justice.\nScholars and party officials of both "
          "sides spoke.",
          "2022-03-17", url(IDCPC_EN_OLD, "2022-03-17", 16),
          yes("Uruguay", "seminar", "2022-03-15", parties={"Uruguayan Party of Popular Unity"}, mechanism=B,
              content=KE)),
    Probe("branch-of-known-party",
          "Chen Zhou Meets Delegation of Montevideo Committee of Uruguay's Broad Front",
          "Beijing, August 29th—Chen Zhou met here today with a delegation of the Montevideo departmental "
          "committee of the Broad Front of Uruguay, led by its coordinator Sofía Aguerre.\nThe two sides "
          "talked about city governance and party work in communities.",
          "2024-08-30", url(IDCPC_EN_OLD, "2024-08-30", 17),
          yes("Uruguay", "meeting", "2024-08-29", parties={FA}, mechanism=BL, content=DI)),
    Probe("provincial-branch-unknown",
          "Delegation of Provincial Chapter of Argentine Party Visits Jiangsu",
          "Nanjing, October 12th—A delegation of the Córdoba chapter of the Partido Federal Argentino "
          "visited Jiangsu from October 9 to 12.\nThe delegation studied industrial parks and local "
          "governance.",
          "2023-10-13", url(IDCPC_EN, "2023-10-13", 18),
          yes("Argentina", "field_trip", "2023-10-09", parties={"Partido Federal Argentino"}, mechanism=B,
              content=KE)),
    Probe("two-unknown-parties-one-country",
          "Guo Yezhou Meets Delegation of Chilean Parties",
          "Beijing, May 22nd—Guo Yezhou met here today with a joint delegation of two Chilean parties, the "
          "Partido Humanista Verde and the Movimiento Amplio Ciudadano.\nThe guests said they hope to learn "
          "from China's ecological civilisation.",
          "2024-05-23", url(IDCPC_EN_OLD, "2024-05-23", 19),
          yes("Chile", "meeting", "2024-05-22",
              parties={"Partido Humanista Verde", "Movimiento Amplio Ciudadano"},
              mechanism=B, content=DI)),
    Probe("unknown-party-country-in-body",
          "Li Mingxiang Meets Party Guests",
          "Beijing, December 3rd—Li Mingxiang met here today with Kendrick Baptiste, chairman of the Island "
          "Unity Party.\nBaptiste said Antigua and Barbuda values its friendship with China and his party "
          "supports the Belt and Road Initiative.",
          "2019-12-04", url(IDCPC_EN_OLD, "2019-12-04", 20),
          yes("Antigua and Barbuda", "meeting", "2019-12-03", parties={"Island Unity Party"}, mechanism=B,
              content=DI)),
    Probe("communist-family-unknown",
          "Sun Haiyan Meets General Secretary of Communist Party of Trinidad and Tobago",
          "Beijing, November 6th—Sun Haiyan met here today with Leroy Sealy, general secretary of the "
          "Communist Party of Trinidad and Tobago.\nSealy said his party follows Marxism and admires the "
          "CPC's achievements.",
          "2024-11-07", url(IDCPC_EN_OLD, "2024-11-07", 21),
          yes("Trinidad and Tobago", "meeting", "2024-11-06",
              parties={"Communist Party of Trinidad and Tobago"}, mechanism=BL, content=DI)),
    Probe("cpc-delegation-abroad-dateline-unknown",
          "CPC Delegation Visits Paraguay",
          "Asunción, June 18th—A CPC delegation headed by Qian Hongshan visited Paraguay from June 15 to 18 "
          "at the invitation of the Partido Encuentro Nacional Progresista.\nThe delegation met with the "
          "party's leaders, senators and business people.",
          "2019-06-20", url(IDCPC_EN_OLD, "2019-06-20", 22),
          yes("Paraguay", "delegation_visit_abroad", "2019-06-15",
              parties={"Partido Encuentro Nacional Progresista"},
              mechanism=B, content=DI)),
    Probe("briefing-for-unknown-party",
          "IDCPC Briefs Jamaican Party on the Third Plenary Session",
          "Beijing, August 1st—Wang Yajun, assistant head of the CPC International Department, briefed a "
          "delegation of the Jamaica United People's Movement on the third plenary session of the 20th CPC "
          "Central Committee on July 31.\nThe guests asked about reforms in rural areas.",
          "2024-08-02", url(IDCPC_EN, "2024-08-02", 23),
          yes("Jamaica", "briefing", "2024-07-31", parties={"Jamaica United People's Movement"}, mechanism=B,
              content=KE)),
]

# --- IDCPC, English: actors that are not parties ------------------------------------------------
ORGS_EN = [
    Probe("trade-union",
          "Ma Hui Meets Leaders of Colombian Trade Union Confederation",
          "Beijing, April 25th—Ma Hui met here today with a delegation of the Confederación Sindical "
          "Unitaria de Colombia led by its president Hernán Ospina.\nThey discussed workers' rights and "
          "vocational training.",
          "2024-04-26", url(IDCPC_EN_OLD, "2024-04-26", 30),
          yes("Colombia", "meeting", "2024-04-25", parties=set(), mechanism=B, content=DI)),
    Probe("youth-federation",
          "Youth Delegation from Dominican Republic Visits China",
          "Beijing, July 10th—A delegation of the Dominican Youth Federation visited China from July 3 to "
          "10 at the invitation of the CPC International Department.\nThe young guests met with officials "
          "in Beijing and toured Guangdong.",
          "2023-07-11", url(IDCPC_EN, "2023-07-11", 31),
          yes("Dominican Republic", "delegation_received", "2023-07-03",
              parties=set(), mechanism=B, content=DI)),
    Probe("women-federation",
          "Sun Haiyan Meets Union of Women of Suriname Delegation",
          "Beijing, March 8th—On International Women's Day, Sun Haiyan received a delegation of the Union "
          "of Women of Suriname led by its president Anjali Dwarka.\nSun said women play an important role "
          "in friendship between China and Suriname.",
          "2024-03-09", url(IDCPC_EN_OLD, "2024-03-09", 32),
          yes("Suriname", "meeting", "2024-03-08", parties=set(), mechanism=B, content=DI)),
    Probe("peasant-organisation",
          "Delegation of Paraguayan Peasant Organisation Visits Yunnan",
          "Kunming, May 9th—A delegation of the National Peasant Coordination of Paraguay visited Yunnan "
          "from May 6 to 9.\nThe delegation studied tea cooperatives and rural poverty alleviation.",
          "2019-05-10", url(IDCPC_EN_OLD, "2019-05-10", 33),
          yes("Paraguay", "field_trip", "2019-05-06", parties=set(), mechanism=B, content=KE)),
    Probe("think-tank",
          "Guo Yezhou Meets Head of Bolivian Think Tank",
          "Beijing, October 24th—Guo Yezhou met here today with Marcelo Quispe, director of the Centro de "
          "Estudios Andinos para el Desarrollo of Bolivia.\nThey exchanged views on the global governance "
          "and the Global Development Initiative.",
          "2023-10-25", url(IDCPC_EN, "2023-10-25", 34),
          yes("Bolivia", "meeting", "2023-10-24", parties=set(), mechanism=B, content=DI)),
    Probe("university-rector",
          "Li Mingxiang Meets Rector of Panamanian University",
          "Beijing, June 11th—Li Mingxiang met here today with Ana Castrellón, rector of the Universidad "
          "Autónoma de Chiriquí of Panama.\nThey discussed academic exchanges and Chinese language "
          "teaching.",
          "2024-06-12", url(IDCPC_EN_OLD, "2024-06-12", 35),
          yes("Panama", "meeting", "2024-06-11", parties=set(), mechanism=B, content=DI)),
    Probe("foundation",
          "Chen Zhou Meets President of Costa Rican Foundation",
          "Beijing, January 16th—Chen Zhou met here today with Roberto Solano, president of the Fundación "
          "Pensamiento Progresista of Costa Rica.\nSolano said the foundation will organise more seminars "
          "on China's development path.",
          "2025-01-17", url(IDCPC_EN, "2025-01-17", 36),
          yes("Costa Rica", "meeting", "2025-01-16", parties=set(), mechanism=B, content=DI)),
    Probe("media-outlet",
          "Qian Hongshan Meets Delegation of Peruvian Media",
          "Beijing, September 19th—Qian Hongshan met here today with a delegation of journalists from the "
          "Peruvian daily El Andino and the radio station Radio Nacional del Sur.\nThe guests were in China "
          "for a two-week press exchange programme.",
          "2019-09-20", url(IDCPC_EN_OLD, "2019-09-20", 37),
          yes("Peru", "meeting", "2019-09-19", parties=set(), mechanism=B)),
    Probe("legislator-by-office",
          "Ma Hui Meets Ecuadorian Legislator",
          "Beijing, November 28th—Ma Hui met here today with the chairwoman of the foreign relations "
          "committee of the National Assembly of Ecuador.\nShe said Ecuador's legislators value closer "
          "ties with China.",
          "2023-11-29", url(IDCPC_EN, "2023-11-29", 38),
          yes("Ecuador", "meeting", "2023-11-28", parties=set(), mechanism=B, content=DI)),
    Probe("mayor-by-office",
          "Li Mingxiang Meets Mayor of Valparaíso",
          "Beijing, April 3rd—Li Mingxiang met here today with the mayor of the Chilean port city of "
          "Valparaíso and her delegation.\nThey talked about cooperation between ports and sister cities.",
          "2024-04-04", url(IDCPC_EN_OLD, "2024-04-04", 39),
          yes("Chile", "meeting", "2024-04-03", parties=set(), mechanism=B, content=DI)),
    Probe("movement-social",
          "Guo Yezhou Meets Leaders of Guatemalan Indigenous Movement",
          "Beijing, August 7th—Guo Yezhou received a delegation of the Movimiento de Pueblos Mayas of "
          "Guatemala on August 6.\nThe guests were interested in China's policies for ethnic minorities.",
          "2024-08-08", url(IDCPC_EN, "2024-08-08", 40),
          yes("Guatemala", "meeting", "2024-08-06", parties=set(), mechanism=B, content=DI),
          doubtful={"parties": "a movement of indigenous peoples: a social movement or a party? the page "
                               "does not say it runs in elections"}),
    Probe("study-group-meets-minister",
          "Liu Jianchao Meets Study Group of Mexican Think Tanks",
          "Beijing, November 14th—Liu Jianchao met here today with a study group of researchers from "
          "Mexican think tanks who are in China for a two-week seminar on governance.\nThe group is led by "
          "Patricia Ruelas of the Instituto de Estudios del Pacífico Mexicano.",
          "2023-11-15", url(IDCPC_EN, "2023-11-15", 41),
          yes("Mexico", "meeting", "2023-11-14", parties=set(), mechanism=B, content=KE)),
    Probe("cpc-delegation-to-unions",
          "CPC Delegation Visits Honduras",
          "Tegucigalpa, February 21st—A CPC delegation led by Sun Haiyan visited Honduras from February 19 "
          "to 21.\nThe delegation met with the leaders of the Central General de Trabajadores de Honduras, "
          "with students of the national university and with local officials.",
          "2024-02-22", url(IDCPC_EN_OLD, "2024-02-22", 42),
          yes("Honduras", "delegation_visit_abroad", "2024-02-19", parties=set(), mechanism=B, content=DI)),
]

# --- IDCPC, English: several LAC countries, unknown networks --------------------------------------
GROUPS_EN = [
    Probe("unknown-lac-network",
          "Liu Jianchao Meets Delegation of Latin American Progressive Parliamentarians Network",
          "Beijing, May 29th—Liu Jianchao met here today with a delegation of the Latin American and "
          "Caribbean Network of Progressive Parliamentarians, with legislators from Argentina, Brazil, "
          "Mexico and Honduras.\nLiu said the CPC is ready to work with progressive forces of the region.",
          "2024-05-30", url(IDCPC_EN_OLD, "2024-05-30", 50),
          yes(M, "meeting", "2024-05-29", parties=set(), mechanism=R, content=DI)),
    Probe("two-unknown-parties-two-countries",
          "Ma Hui Meets Delegation of Central American Parties",
          "Beijing, October 17th—Ma Hui met here today with a joint delegation of the Movimiento "
          "Democrático Nicaragüense and the Partido Unión Salvadoreña.\nThe guests said Central America "
          "wants stronger ties with China.",
          "2024-10-18", url(IDCPC_EN_OLD, "2024-10-18", 51),
          yes(M, "meeting", "2024-10-17",
              parties={"Movimiento Democrático Nicaragüense", "Partido Unión Salvadoreña"}, mechanism=R,
              content=DI)),
    Probe("unknown-caribbean-forum",
          "CPC Attends Forum of Caribbean Youth Leaders",
          "Beijing, December 6th—The CPC and the Caribbean Young Leaders Forum held an online forum on "
          "December 5 on youth and sustainable development, with young politicians from Jamaica, Barbados, "
          "Guyana and Grenada.\nQian Hongshan addressed the opening.",
          "2023-12-07", url(IDCPC_EN, "2023-12-07", 52),
          yes(M, "forum", "2023-12-05", parties=set(), mechanism=R, content=KE)),
    Probe("course-several-caribbean",
          "Workshop for Caribbean Party Cadres Closes",
          "Beijing, July 26th—A workshop for cadres of parties from Caribbean countries closed on July 25 "
          "after twelve days.\nThe participants, from Dominica, Saint Vincent and the Grenadines and Saint "
          "Kitts and Nevis, studied the CPC's work in poverty alleviation.",
          "2019-07-27", url(IDCPC_EN_OLD, "2019-07-27", 53),
          yes(M, "training_course", "2019-07-25", mechanism=R, content=KE),
          doubtful={"event_date": "a closing day with the length of the course: is the start day derived?"}),
    Probe("unknown-andean-seminar",
          "Online Seminar of CPC and Andean Left Parties",
          "Beijing, June 27th—The CPC held an online seminar on June 26 with leftist parties from Bolivia, "
          "Ecuador and Peru, among them the Frente Andino Socialista.\nParticipants discussed the "
          "development paths of socialism.",
          "2024-06-28", url(IDCPC_EN, "2024-06-28", 54),
          yes(M, "seminar", "2024-06-26", parties={"Frente Andino Socialista"}, mechanism=RL, content=KE)),
    Probe("envoys-of-unknown-federation",
          "Chen Zhou Meets Delegation of Latin American Federation of Rural Workers",
          "Beijing, March 20th—Chen Zhou met here today with a delegation of the Federación "
          "Latinoamericana de Trabajadores Rurales, whose members come from eleven countries of the "
          "region.\nChen briefed the guests on rural revitalisation.",
          "2025-03-21", url(IDCPC_EN, "2025-03-21", 55),
          yes(M, "meeting", "2025-03-20", parties=set(), mechanism=R, content=DI)),
]

# --- IDCPC and copies, Chinese --------------------------------------------------------------------
ZH = [
    ZhProbe("zh-demonym-party",
            "孙海燕会见巴拿马民族复兴运动代表团",
            "5月13日，中联部副部长孙海燕在京会见巴拿马民族复兴运动总书记金特罗率领的代表团。\n"
            "孙海燕表示，中国共产党愿同巴拿马各政党加强交流。金特罗说，该党成立两年，愿学习中国治国理政经验。",
            "2024-05-14", url(IDCPC_ZH, "2024-05-14", 60),
            yes("Panama", "meeting", "2024-05-13", parties={"巴拿马民族复兴运动"}, mechanism=B, content=DI),
            doubtful={"parties": ZH_NAME}),
    ZhProbe("zh-country-in-name",
            "马辉会见圣卢西亚新地平线党领袖",
            "6月3日，中联部副部长马辉在京会见圣卢西亚新地平线党领袖约瑟夫。\n双方就党的建设和旅游、新能源合作交换意见。",
            "2025-06-04", url(IDCPC_ZH, "2025-06-04", 61),
            yes("Saint Lucia", "meeting", "2025-06-03", mechanism=B, content=DI)),
    ZhProbe("zh-message-anniversary",
            "中共中央致电祝贺格林纳达人民劳动运动成立十周年",
            "4月8日，中共中央致电格林纳达人民劳动运动，祝贺该党成立十周年。\n贺电表示，中国共产党赞赏该党对华友好立场。",
            "2022-04-09", url(IDCPC_ZH, "2022-04-09", 62),
            yes("Grenada", "message", "2022-04-08", mechanism=B, content=DI)),
    ZhProbe("zh-condolence",
            "刘建超致电悼念多米尼克自由联盟创始人",
            "1月22日，中联部部长刘建超致电多米尼克自由联盟，对该党创始人拉维尔逝世表示深切哀悼。",
            "2025-01-23", url(IDCPC_ZH, "2025-01-23", 63),
            yes("Dominica", "message", "2025-01-22", mechanism=B, content=DI)),
    ZhProbe("zh-trade-union",
            "马辉会见哥伦比亚统一工会联合会代表团",
            "4月25日，中联部副部长马辉在京会见哥伦比亚统一工会联合会主席奥斯皮纳率领的代表团。\n双方就劳工权益和职业培训交换看法。",
            "2024-04-26", url(IDCPC_ZH, "2024-04-26", 64),
            yes("Colombia", "meeting", "2024-04-25", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-youth-delegation-visit",
            "多米尼加青年联合会代表团访华",
            "7月3日至10日，应中联部邀请，多米尼加青年联合会代表团访华。代表团在京会见中联部负责同志，并赴广东参观考察。",
            "2023-07-11", url(IDCPC_ZH, "2023-07-11", 65),
            yes("Dominican Republic", "delegation_received", "2023-07-03", parties=set(), mechanism=B,
                content=DI)),
    ZhProbe("zh-think-tank",
            "郭业洲会见玻利维亚安第斯发展研究中心主任",
            "10月24日，中联部副部长郭业洲在京会见玻利维亚安第斯发展研究中心主任基斯佩。\n双方就全球治理和全球发展倡议交换意见。",
            "2023-10-25", url(IDCPC_ZH, "2023-10-25", 66),
            yes("Bolivia", "meeting", "2023-10-24", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-legislator-office",
            "陈洲会见厄瓜多尔国民代表大会外委会主席",
            "11月28日，中联部副部长陈洲在京会见厄瓜多尔国民代表大会外交委员会主席。",
            "2023-11-29", url(IDCPC_ZH, "2023-11-29", 67),
            yes("Ecuador", "meeting", "2023-11-28", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-field-trip",
            "萨尔瓦多革新运动代表团在四川考察",
            "4月15日至17日，萨尔瓦多革新运动副主席卡塞雷斯率领的代表团应中共邀请在四川考察，参观乡村振兴项目和高新区。",
            "2024-04-18", url(IDCPC_ZH, "2024-04-18", 68),
            yes("El Salvador", "field_trip", "2024-04-15", mechanism=B, content=KE)),
    ZhProbe("zh-course-party",
            "多米尼加新祖国党干部研修班在京开班",
            "9月4日，多米尼加新祖国党干部研修班在京开班。30名该党干部将在十天里学习中国共产党基层组织建设经验。",
            "2023-09-05", url(IDCPC_ZH, "2023-09-05", 69),
            yes("Dominican Republic", "training_course", "2023-09-04", mechanism=B, content=KE)),
    ZhProbe("zh-video-call",
            "孙海燕同哥斯达黎加社会进步党总书记视频通话",
            "11月8日，中联部副部长孙海燕同哥斯达黎加社会进步党总书记莫拉举行视频通话。双方就绿色发展和青年交流等议题交换意见。",
            "2021-11-09", url(IDCPC_ZH, "2021-11-09", 70),
            yes("Costa Rica", "video_call", "2021-11-08", mechanism=B, content=DI)),
    ZhProbe("zh-cpc-abroad-capital",
            "中共代表团访问巴拉圭",
            "6月15日至18日，钱洪山率中共代表团访问巴拉圭，会见全国进步聚会党领导人、参议员和企业界人士。",
            "2019-06-20", url(IDCPC_ZH, "2019-06-20", 71),
            yes("Paraguay", "delegation_visit_abroad", "2019-06-15", mechanism=B, content=DI)),
    ZhProbe("zh-mayor",
            "李明祥会见智利瓦尔帕莱索市市长",
            "4月3日，中联部副部长李明祥在京会见智利瓦尔帕莱索市市长一行。双方就港口合作和友城交流交换意见。",
            "2024-04-04", url(IDCPC_ZH, "2024-04-04", 72),
            yes("Chile", "meeting", "2024-04-03", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-women",
            "孙海燕会见苏里南妇女联合会代表团",
            "3月8日，中联部副部长孙海燕在京会见苏里南妇女联合会主席德瓦尔卡率领的代表团。",
            "2024-03-09", url(IDCPC_ZH, "2024-03-09", 73),
            yes("Suriname", "meeting", "2024-03-08", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-two-countries-parties",
            "马辉会见中美洲政党联合代表团",
            "10月17日，中联部副部长马辉在京会见尼加拉瓜民主运动和萨尔瓦多联盟党联合代表团。",
            "2024-10-18", url(IDCPC_ZH, "2024-10-18", 74),
            yes(M, "meeting", "2024-10-17", mechanism=R, content=DI)),
    ZhProbe("zh-lac-network",
            "刘建超会见拉美和加勒比进步议员网络代表团",
            "5月29日，中联部部长刘建超在京会见拉美和加勒比进步议员网络代表团，成员来自阿根廷、巴西、墨西哥和洪都拉斯。",
            "2024-05-30", url(IDCPC_ZH, "2024-05-30", 75),
            yes(M, "meeting", "2024-05-29", parties=set(), mechanism=R, content=DI)),
    ZhProbe("zh-trad-party",
            "孫海燕會見巴拿馬民族復興運動代表團",
            "5月13日，中聯部副部長孫海燕在京會見巴拿馬民族復興運動總書記率領的代表團。雙方就加強黨際交流交換意見。",
            "2024-05-14", url(IDCPC_ZH, "2024-05-14", 76),
            yes("Panama", "meeting", "2024-05-13", mechanism=B, content=DI)),
    ZhProbe("zh-trad-union",
            "馬輝會見洪都拉斯工人總工會代表團",
            "2月20日，中聯部副部長馬輝在京會見洪都拉斯工人總工會代表團。",
            "2024-02-21", url(IDCPC_ZH, "2024-02-21", 77),
            yes("Honduras", "meeting", "2024-02-20", parties=set(), mechanism=B, content=DI)),
    ZhProbe("zh-trad-message",
            "中聯部致電祝賀巴哈馬進步聯盟召開首屆全國代表大會",
            "10月15日，中聯部致電巴哈馬進步聯盟，祝賀該黨首屆全國代表大會開幕。",
            "2023-10-16", url(IDCPC_ZH, "2023-10-16", 78),
            yes("Bahamas", "message", "2023-10-15", mechanism=B, content=DI)),
    ZhProbe("zh-agency-unknown-party",
            "中联部副部长会见海地爱国者联盟代表团",
            "首页 > 时政\n date 2019-03-27\n新华社北京3月27日电 "
            "中联部副部长郭业洲27日在京会见海地爱国者联盟协调员瓦尔桑率领的代表团。"
            "双方就治国理政经验交换意见。\n【纠错】 责任编辑：王丽",
            "2019-03-27", url(AGENCY_ZH, "2019-03-27", 79),
            yes("Haiti", "meeting", "2019-03-27", mechanism=B, content=DI)),
    ZhProbe("zh-paper-delegation",
            "秘鲁人民行动阵线代表团访华",
            "本报北京2月28日电 应中共邀请，秘鲁人民行动阵线主席瓦曼率领的代表团于2月21日至28日访华。"
            "中联部副部长马辉在京会见代表团。代表团还赴浙江参观考察。",
            "2024-02-29", url(PAPER_ZH, "2024-02-29", 80),
            yes("Peru", "delegation_received", "2024-02-21", mechanism=B, content=DI)),
    ZhProbe("zh-embassy-guyana",
            "中共代表团访问圭亚那",
            "2024年9月12日，钱洪山率领的中共代表团在乔治敦会见圭亚那人民团结进步党领导人。驻圭亚那大使出席。",
            "2024-09-13", url(EMB_ZH, "2024-09-13", 81),
            yes("Guyana", "delegation_visit_abroad", "2024-09-12", mechanism=B, content=DI)),
    ZhProbe("zh-communist-unknown",
            "孙海燕会见特立尼达和多巴哥共产党总书记",
            "11月6日，中联部副部长孙海燕在京会见特立尼达和多巴哥共产党总书记西利。西利表示，该党坚持马克思主义。",
            "2024-11-07", url(IDCPC_ZH, "2024-11-07", 82),
            yes("Trinidad and Tobago", "meeting", "2024-11-06", mechanism=BL, content=DI)),
]

# --- agency, newspaper and embassy copies, English ------------------------------------------------
COPIES_EN = [
    Probe("agency-unknown-party",
          "Senior CPC official meets Panamanian party delegation",
          "Home | China | World | Business\n date 2024-05-13\nBEIJING, May 13 (Xinhua) -- Sun Haiyan, a "
          "senior official of the Communist Party of China, met with a delegation of the Panamanian Renewal "
          "Movement in Beijing on Monday.\nSun said China values its ties with Panama.\nEditor: Liu Yang",
          "2024-05-13", url(AGENCY_EN, "2024-05-13", 90),
          yes("Panama", "meeting", "2024-05-13", parties={"Panamanian Renewal Movement"}, mechanism=B,
              content=DI)),
    Probe("agency-cpc-abroad-union",
          "CPC delegation visits Honduras",
          "Home | World\n date 2024-02-21\nTEGUCIGALPA, Feb. 21 (Xinhua) -- A delegation of the Communist "
          "Party of China led by Sun Haiyan ended a three-day visit to Honduras on Wednesday, during which "
          "it "
          "met with trade union leaders and university students.\nEditor: Zhang Wei",
          "2024-02-21", url(AGENCY_EN, "2024-02-21", 91),
          yes("Honduras", "delegation_visit_abroad", "2024-02-19", parties=set(), mechanism=B, content=DI),
          doubtful={"event_date": "the first day follows only from 'ended a three-day visit' on a weekday"}),
    Probe("embassy-copy-mayor",
          "Ambassador Attends Meeting between CPC Delegation and Mayor of Colón",
          "On October 3, 2023, a CPC delegation led by Li Mingxiang met with the mayor of the city of Colón "
          "in Panama. Ambassador Xu Xueyuan attended.\nThe two sides discussed port logistics and trade zone "
          "cooperation.",
          "2023-10-04", url(EMB_EN, "2023-10-04", 92),
          yes("Panama", "meeting", "2023-10-03", parties=set(), mechanism=B, content=DI)),
    Probe("agency-seminar-unknown-lac-network",
          "China, Latin America hold seminar on governance",
          "Home | World\n date 2023-09-21\nBEIJING, Sept. 21 (Xinhua) -- A seminar between the Communist "
          "Party "
          "of China and the Red Latinoamericana de Pensamiento Crítico, a network of Latin American "
          "left-wing "
          "think tanks, was held online on Thursday.\nScholars from a dozen countries of the region took "
          "part.\nEditor: Gao",
          "2023-09-21", url(AGENCY_EN, "2023-09-21", 93),
          yes(M, "seminar", "2023-09-21", mechanism=R, content=KE)),
    Probe("paper-copy-party-message",
          "CPC congratulates Belize party on its founding",
          "By staff reporter | Updated: 2024-07-02\nThe CPC International Department on Monday sent a "
          "message "
          "congratulating the Socialist Workers' League of Belize on the third anniversary of its founding.\n"
          "Belize and China do not have diplomatic ties, but party contacts have grown.",
          "2024-07-02", url(AGENCY_EN, "2024-07-02", 94),
          yes("Belize", "message", "2024-07-01", parties={"Socialist Workers' League of Belize"},
              mechanism=BL, content=DI)),
]

# --- the ministry: unknown officials named by office ----------------------------------------------
MFA = [
    MfaProbe("mfa-fm-by-office",
             "Wang Yi Meets Minister of Foreign Affairs of Grenada",
             "On June 6, 2024, Foreign Minister Wang Yi met in Beijing with the Minister of Foreign "
             "Affairs of "
             "Grenada.\nWang Yi said China is ready to deepen practical cooperation with Grenada.",
             "2024-06-07", url(MFA_EN, "2024-06-07", 100),
             yes("Grenada", "meeting", "2024-06-06", head_of_state_level=False)),
    MfaProbe("mfa-agriculture-minister",
             "Vice Foreign Minister Meets Honduran Minister of Agriculture",
             "On March 12, 2024, Vice Foreign Minister Hua Chunying met with the Minister of Agriculture and "
             "Livestock of Honduras.\nThe two sides exchanged views on agricultural trade.",
             "2024-03-12", url(MFA_EN, "2024-03-12", 101),
             yes("Honduras", "meeting", "2024-03-12", head_of_state_level=False)),
    MfaProbe("mfa-pm-small-state-talks",
             "Li Qiang Holds Talks with Prime Minister of Dominica",
             "On the morning of November 19, 2024, Premier Li Qiang held talks at the Great Hall of the "
             "People "
             "with the Prime Minister of Dominica, who is on an official visit to China.\nThe two leaders "
             "agreed to expand cooperation in climate resilience.",
             "2024-11-19", url(MFA_EN, "2024-11-19", 102),
             yes("Dominica", "talks", "2024-11-19", head_of_state_level=True)),
    MfaProbe("mfa-governor-general",
             "Vice President Meets Governor-General of Saint Kitts and Nevis",
             "On April 10, 2024, Vice President Han Zheng met with the Governor-General of Saint Kitts and "
             "Nevis in Beijing.\nHan said the two countries are good friends despite the distance.",
             "2024-04-10", url(MFA_EN, "2024-04-10", 103),
             yes("Saint Kitts and Nevis", "meeting", "2024-04-10", head_of_state_level=False)),
    MfaProbe("mfa-deputy-fm-by-office",
             "Vice Foreign Minister Holds Consultations with Deputy Foreign Minister of Ecuador",
             "On September 25, 2023, Vice Foreign Minister Ma Zhaoxu held political consultations in Beijing "
             "with the Vice Minister of Foreign Affairs of Ecuador.\nThe two sides reviewed the "
             "implementation "
             "of the free trade agreement.",
             "2023-09-26", url(MFA_EN, "2023-09-26", 104),
             yes("Ecuador", "other", "2023-09-25", head_of_state_level=False),
             doubtful={"event_type": "consultations: the list has no word for them; other or meeting?"}),
    MfaProbe("mfa-speaker-by-office",
             "Zhao Leji Meets President of the Legislative Assembly of Costa Rica",
             "On the afternoon of July 8, 2024, Zhao Leji met at the Great Hall of the People with the "
             "President of the Legislative Assembly of Costa Rica.\nZhao said the NPC is willing to "
             "strengthen "
             "exchanges with the Costa Rican legislature.",
             "2024-07-08", url(MFA_EN, "2024-07-08", 105),
             yes("Costa Rica", "meeting", "2024-07-08", head_of_state_level=False)),
    MfaProbe("mfa-phone-fm",
             "Wang Yi Speaks with Foreign Minister of Suriname on the Phone",
             "On February 15, 2023, Foreign Minister Wang Yi had a phone call with the Minister of Foreign "
             "Affairs, International Business and International Cooperation of Suriname.",
             "2023-02-16", url(MFA_EN, "2023-02-16", 106),
             yes("Suriname", "phone_call", "2023-02-15", head_of_state_level=False)),
    MfaProbe("mfa-message-new-pm",
             "Li Qiang Congratulates New Prime Minister of Antigua and Barbuda",
             "On December 2, 2025, Premier Li Qiang sent a congratulatory message to the newly elected Prime "
             "Minister of Antigua and Barbuda on taking office.",
             "2025-12-02", url(MFA_EN, "2025-12-02", 107),
             yes("Antigua and Barbuda", "message", "2025-12-02", head_of_state_level=True)),
    MfaProbe("mfa-several-unknown-ministers",
             "Wang Yi Meets Foreign Ministers of Caribbean Countries",
             "On May 20, 2024, Foreign Minister Wang Yi met in Beijing with the foreign ministers of "
             "Barbados, "
             "Jamaica and Trinidad and Tobago, who came for a consultation meeting.",
             "2024-05-21", url(MFA_EN, "2024-05-21", 108),
             yes(M, "meeting", "2024-05-20", head_of_state_level=False)),
    MfaProbe("mfa-zh-fm-office",
             "王毅会见格林纳达外长",
             "2024年6月6日，外交部长王毅在北京会见格林纳达外交部长。王毅表示，中方愿同格方深化务实合作。",
             "2024-06-07", url(MFA_ZH, "2024-06-07", 109), lang="zh",
             expect=yes("Grenada", "meeting", "2024-06-06", head_of_state_level=False)),
    MfaProbe("mfa-zh-pm-talks",
             "李强同多米尼克总理会谈",
             "2024年11月19日上午，国务院总理李强在人民大会堂同来华正式访问的多米尼克总理举行会谈。",
             "2024-11-19", url(MFA_ZH, "2024-11-19", 110), lang="zh",
             expect=yes("Dominica", "talks", "2024-11-19", head_of_state_level=True)),
    MfaProbe("mfa-zh-vice-minister-agri",
             "华春莹会见洪都拉斯农牧业部长",
             "2024年3月12日，外交部副部长华春莹会见洪都拉斯农牧业部长，双方就农产品贸易交换意见。",
             "2024-03-12", url(MFA_ZH, "2024-03-12", 111), lang="zh",
             expect=yes("Honduras", "meeting", "2024-03-12", head_of_state_level=False)),
    MfaProbe("mfa-zh-speaker",
             "赵乐际会见哥斯达黎加立法大会主席",
             "2024年7月8日下午，全国人大常委会委员长赵乐际在人民大会堂会见哥斯达黎加立法大会主席。",
             "2024-07-08", url(MFA_ZH, "2024-07-08", 112), lang="zh",
             expect=yes("Costa Rica", "meeting", "2024-07-08", head_of_state_level=False)),
    MfaProbe("mfa-zh-trad-fm",
             "王毅同蘇里南外長通電話",
             "2023年2月15日，外交部長王毅同蘇里南外交、國際商務和國際合作部長通電話。",
             "2023-02-16", url(MFA_ZH, "2023-02-16", 113), lang="zh",
             expect=yes("Suriname", "phone_call", "2023-02-15", head_of_state_level=False)),
    MfaProbe("mfa-capital-only",
             "Sun Weidong Meets Foreign Minister in Bridgetown",
             "Bridgetown, August 14, 2024 - Vice Foreign Minister Sun Weidong met with the Minister of "
             "Foreign "
             "Affairs and Foreign Trade during his visit on August 13.\nThe two sides agreed to implement "
             "the "
             "consensus of their leaders.",
             "2024-08-14", url(MFA_EN, "2024-08-14", 114),
             yes("Barbados", "meeting", "2024-08-13", head_of_state_level=False)),
]

# --- not relevant: Iberian, African, Asian and French look-alikes; LAC actors only mentioned --------
NEGATIVES = [
    Probe("neg-spain-regional-party",
          "Ma Hui Meets Delegation of Partido Regionalista de Cantabria",
          "Beijing, May 15th—Ma Hui met here today with a delegation of the Partido Regionalista de "
          "Cantabria "
          "of Spain.\nThe guests said the region hopes for more Chinese tourists.",
          "2024-05-16", url(IDCPC_EN_OLD, "2024-05-16", 120), NO),
    Probe("neg-portugal-party",
          "Chen Zhou Meets Leader of Portuguese Party",
          "Beijing, March 6th—Chen Zhou met here today with the leader of the Partido Renovação Lusitana of "
          "Portugal.\nThey talked about ties between China and the European Union.",
          "2024-03-07", url(IDCPC_EN_OLD, "2024-03-07", 121), NO),
    Probe("neg-equatorial-guinea",
          "Sun Haiyan Meets Delegation of Equatoguinean Party",
          "Beijing, September 3rd—Sun Haiyan met here today with a delegation of the Partido de Unidad "
          "Nacional de Guinea Ecuatorial.\nThe guests said Equatorial Guinea appreciates China's help in "
          "infrastructure.",
          "2024-09-04", url(IDCPC_EN, "2024-09-04", 122), NO),
    Probe("neg-angola-party",
          "Liu Jianchao Meets Angolan Guests",
          "Beijing, June 19th—Liu Jianchao met here today with a delegation of the Frente Democrático "
          "Angolano led by its secretary general.\nLiu said the CPC values its ties with parties of Angola.",
          "2023-06-20", url(IDCPC_EN, "2023-06-20", 123), NO),
    Probe("neg-mozambique-party",
          "Guo Yezhou Meets Delegation of Mozambican Party",
          "Beijing, November 12th—Guo Yezhou received a delegation of the Partido Independente de "
          "Moçambique on November 11.\nThe delegation will visit Fujian.",
          "2019-11-13", url(IDCPC_EN_OLD, "2019-11-13", 124), NO),
    Probe("neg-cabo-verde",
          "Qian Hongshan Meets Cabo Verdean Party Leader",
          "Beijing, April 23rd—Qian Hongshan met here today with the president of the União Democrática "
          "Cabo-verdiana.\nBoth sides praised the friendship between China and Cabo Verde.",
          "2024-04-24", url(IDCPC_EN_OLD, "2024-04-24", 125), NO),
    Probe("neg-sao-tome",
          "Li Mingxiang Meets Delegation from São Tomé and Príncipe",
          "Beijing, August 20th—Li Mingxiang met here today with a delegation of the Movimento Social "
          "Democrata of São Tomé and Príncipe.",
          "2024-08-21", url(IDCPC_EN_OLD, "2024-08-21", 126), NO),
    Probe("neg-philippines",
          "Ma Hui Meets Leader of Philippine Party",
          "Beijing, October 8th—Ma Hui met here today with the chairman of the Partido Bagong Maynila of the "
          "Philippines.\nThey exchanged views on Asia-Pacific cooperation.",
          "2024-10-09", url(IDCPC_EN, "2024-10-09", 127), NO),
    Probe("neg-france-mainland",
          "Chen Zhou Meets Delegation of French Party",
          "Beijing, January 9th—Chen Zhou met here today with a delegation of the Rassemblement Écologiste "
          "Populaire of France, led by its national secretary.\nThey discussed climate cooperation.",
          "2024-01-10", url(IDCPC_EN_OLD, "2024-01-10", 128), NO),
    Probe("neg-senegal",
          "Sun Haiyan Meets Delegation of Senegalese Party",
          "Beijing, July 17th—Sun Haiyan received a delegation of the Parti de la Renaissance Sénégalaise on "
          "July 16.\nThe guests will visit Hunan.",
          "2024-07-18", url(IDCPC_EN, "2024-07-18", 129), NO),
    Probe("neg-cote-divoire",
          "Guo Yezhou Meets Ivorian Guests",
          "Beijing, February 14th—Guo Yezhou met here today with a delegation of the Union pour le Progrès "
          "Ivoirien.",
          "2019-02-15", url(IDCPC_EN_OLD, "2019-02-15", 130), NO),
    Probe("neg-spain-mentions-latin-america",
          "Liu Jianchao Meets Spanish Party Delegation",
          "Beijing, April 11th—Liu Jianchao met here today with a delegation of the Partido Progresista "
          "Ibérico of Spain.\nThe guests said their party keeps close ties with parties in Latin America and "
          "hopes to act as a bridge between China, Europe and Latin America.",
          "2024-04-12", url(IDCPC_EN, "2024-04-12", 131), NO),
    Probe("neg-lac-only-mentioned-vietnam",
          "Sun Haiyan Meets Vietnamese Guests",
          "Beijing, March 14th—Sun Haiyan met here today with a delegation of the Communist Party of "
          "Vietnam.\nThe two sides also exchanged views on their parties' cooperation with left-wing parties "
          "of Cuba, Venezuela and Nicaragua.",
          "2024-03-15", url(IDCPC_EN_OLD, "2024-03-15", 132), NO),
    Probe("neg-chinese-provincial-lac-mentioned",
          "CPC Delegation Studies Export Trade in Guangdong",
          "Guangzhou, June 5th—A delegation of the CPC International Department studied the export of "
          "electric vehicles to Mexico, Brazil and Chile at companies in Guangdong.\nNo foreign guests "
          "took part.",
          "2024-06-06", url(IDCPC_EN, "2024-06-06", 133), NO),
    Probe("neg-zh-spain",
          "马辉会见西班牙坎塔布里亚地区党代表团",
          "5月15日，中联部副部长马辉在京会见西班牙坎塔布里亚地区党代表团。",
          "2024-05-16", url(IDCPC_ZH, "2024-05-16", 134), NO, lang="zh"),
    Probe("neg-zh-angola",
          "刘建超会见安哥拉民主阵线代表团",
          "6月19日，中联部部长刘建超在京会见安哥拉民主阵线总书记率领的代表团。",
          "2023-06-20", url(IDCPC_ZH, "2023-06-20", 135), NO, lang="zh"),
    Probe("neg-zh-equatorial-guinea",
          "孙海燕会见赤道几内亚民族团结党代表团",
          "9月3日，中联部副部长孙海燕在京会见赤道几内亚民族团结党代表团。",
          "2024-09-04", url(IDCPC_ZH, "2024-09-04", 136), NO, lang="zh"),
    Probe("neg-zh-guinea-bissau",
          "郭业洲会见几内亚比绍社会革新党代表团",
          "11月11日，中联部副部长郭业洲在京会见几内亚比绍社会革新党代表团。",
          "2019-11-12", url(IDCPC_ZH, "2019-11-12", 137), NO, lang="zh"),
    Probe("neg-zh-trad-portugal",
          "陳洲會見葡萄牙盧西塔尼亞革新黨領導人",
          "3月6日，中聯部副部長陳洲在京會見葡萄牙盧西塔尼亞革新黨領導人。",
          "2024-03-07", url(IDCPC_ZH, "2024-03-07", 138), NO, lang="zh"),
    Probe("neg-agency-lac-only-mentioned",
          "Chinese, Mozambican parties vow closer ties",
          "Home | World\n date 2019-11-11\nBEIJING, Nov. 11 (Xinhua) -- A senior official of the Communist "
          "Party of China met with a delegation of the Partido Independente de Moçambique on Monday.\nThe "
          "Mozambican guests arrived from Brazil, where they attended a conference of Portuguese-speaking "
          "parties.\nEditor: Li",
          "2019-11-11", url(AGENCY_EN, "2019-11-11", 139), NO),
    MfaProbe("neg-mfa-fm-of-spain-mentions-lac",
             "Wang Yi Meets Foreign Minister of Spain",
             "On May 8, 2024, Foreign Minister Wang Yi met with the Spanish Minister of Foreign Affairs, "
             "European Union and Cooperation.\nThe Spanish minister said Spain is ready to play a role in "
             "China's ties with Latin America.",
             "2024-05-08", url(MFA_EN, "2024-05-08", 140), NO),
    MfaProbe("neg-mfa-ambassador-only",
             "Chinese Ambassador Meets Minister of Agriculture of Honduras",
             "On March 20, 2024, the Chinese Ambassador to Honduras met with the Minister of Agriculture and "
             "Livestock of Honduras to discuss shrimp exports.",
             "2024-03-21", url(MFA_EN, "2024-03-21", 141), NO),
    MfaProbe("neg-mfa-zh-equatorial-guinea",
             "王毅会见赤道几内亚外长",
             "2024年6月11日，外交部长王毅在北京会见赤道几内亚外交部长。",
             "2024-06-12", url(MFA_ZH, "2024-06-12", 142), NO, lang="zh"),
]

# --- more shapes: late country, acronym only, LAC side as host, mixed countries --------------------
MORE = [
    Probe("demonym-only-late",
          "Guo Yezhou Meets Party Leader",
          "Beijing, May 7th—Guo Yezhou met here today with Orlando Bejarano, president of the Alianza "
          "Democrática Republicana.\nBejarano said the Colombian party admires China's development and "
          "wants to send young cadres to study in China.",
          "2019-05-08", url(IDCPC_EN_OLD, "2019-05-08", 150),
          yes("Colombia", "meeting", "2019-05-07", parties={"Alianza Democrática Republicana"}, mechanism=B,
              content=DI)),
    Probe("unknown-party-with-known-party",
          "CPC Delegation Meets Brazilian Party Leaders in Brasília",
          "Brasília, August 21st—A CPC delegation led by Li Mingxiang met on August 20 with leaders of the "
          "Workers' Party of Brazil and of the newly founded Partido Frente Cidadã, both members of the "
          "governing coalition.",
          "2023-08-22", url(IDCPC_EN, "2023-08-22", 151),
          yes("Brazil", "meeting", "2023-08-20", parties={PT, "Partido Frente Cidadã"}, mechanism=BL,
              content=DI)),
    Probe("cuba-branch-and-federation",
          "Sun Haiyan Meets Delegation from Cuba's Holguín Province",
          "Beijing, October 30th—Sun Haiyan met here today with a delegation of the Holguín provincial "
          "committee of the Communist Party of Cuba, which included leaders of the province's peasant "
          "association.\nThey discussed agricultural cooperation.",
          "2024-10-31", url(IDCPC_EN_OLD, "2024-10-31", 152),
          yes("Cuba", "meeting", "2024-10-30", parties={PCC}, mechanism=BL, content=DI)),
    Probe("party-by-acronym-country-told",
          "Chen Zhou Meets Delegation of Guyanese PUPG",
          "Beijing, September 12th—Chen Zhou met here today with a delegation of the People's Unity and "
          "Progress Party of Guyana (PUPG). The PUPG was founded in 2019.\nChen said the CPC values its "
          "friendship with Guyana's political parties.",
          "2024-09-13", url(IDCPC_EN, "2024-09-13", 153),
          yes("Guyana", "meeting", "2024-09-12", parties={"People's Unity and Progress Party of Guyana"},
              mechanism=B, content=DI)),
    Probe("nicaragua-ruling-family-youth",
          "Ma Hui Meets Delegation of Sandinista Youth",
          "Beijing, July 22nd—Ma Hui met here today with a delegation of the Juventud Sandinista 19 de "
          "Julio, the youth wing of Nicaragua's ruling Sandinista National Liberation Front.",
          "2024-07-23", url(IDCPC_EN_OLD, "2024-07-23", 154),
          yes("Nicaragua", "meeting", "2024-07-22", parties={"Sandinista National Liberation Front"},
              mechanism=BL, content=DI)),
    Probe("mexico-state-party-chapter",
          "Delegation of Mexican State Legislators Visits Zhejiang",
          "Hangzhou, March 28th—A delegation of legislators of the congress of the Mexican state of Jalisco "
          "visited Zhejiang from March 25 to 28 at the invitation of the CPC.\nThey studied the digital "
          "economy and e-commerce villages.",
          "2024-03-29", url(IDCPC_EN, "2024-03-29", 155),
          yes("Mexico", "field_trip", "2024-03-25", parties=set(), mechanism=B, content=KE)),
    Probe("one-lac-one-africa-delegation",
          "Qian Hongshan Meets Delegations of Dominican and Gabonese Parties",
          "Beijing, June 13th—Qian Hongshan met here today separately with a delegation of the Movimiento "
          "Independiente Dominicano and a delegation of the Parti Gabonais du Progrès Social.",
          "2024-06-14", url(IDCPC_EN_OLD, "2024-06-14", 156),
          yes("Dominican Republic", "meeting", "2024-06-13", parties={"Movimiento Independiente Dominicano"},
              mechanism=B, content=DI)),
    Probe("cpc-delegation-to-lac-and-europe",
          "CPC Delegation Visits Ecuador and Spain",
          "Quito, April 16th—A CPC delegation led by Guo Yezhou visited Ecuador from April 12 to 16 and then "
          "Spain. In Quito it met with leaders of the Movimiento Patria Altiva y Soberana Renovada and "
          "local officials.",
          "2019-04-20", url(IDCPC_EN_OLD, "2019-04-20", 157),
          yes("Ecuador", "delegation_visit_abroad", "2019-04-12",
              parties={"Movimiento Patria Altiva y Soberana Renovada"}, mechanism=B, content=DI)),
    Probe("zh-agency-dateline-havana",
          "中共代表团会见古巴全国小农协会领导人",
          "首页 > 国际\n date 2024-10-15\n新华社哈瓦那10月14日电 "
          "正在古巴访问的中共代表团14日在哈瓦那会见古巴全国小农协会领导人，"
          "双方就农业合作交换意见。\n【纠错】",
          "2024-10-15", url(AGENCY_ZH, "2024-10-15", 158),
          yes("Cuba", "meeting", "2024-10-14", parties=set(), mechanism=B, content=DI),
          lang="zh",
          doubtful={"mechanism": "a mass organisation of a socialist state, not its ruling party: "
                                 "leftist is for parties, but a coder may read it as the party's"}),
    Probe("zh-unknown-party-guatemala-capital",
          "中共代表团在危地马拉城会见人民革新阵线领导人",
          "11月19日，李明祥率领的中共代表团在危地马拉城会见人民革新阵线领导人。代表团还会见国会议员并参观咖啡合作社。",
          "2023-11-21", url(IDCPC_ZH, "2023-11-21", 159),
          yes("Guatemala", "meeting", "2023-11-19", mechanism=B, content=DI), lang="zh"),
    Probe("zh-course-several-caribbean",
          "加勒比国家政党干部研修班在京结业",
          "7月25日，加勒比国家政党干部研修班在京结业。来自多米尼克、圣文森特和格林纳丁斯、圣基茨和尼维斯等国的学员参加。",
          "2019-07-26", url(IDCPC_ZH, "2019-07-26", 160),
          yes(M, "training_course", "2019-07-25", mechanism=R, content=KE), lang="zh",
          doubtful={"event_date": "only the closing day is given: is the closing the day the page reports?"}),
    Probe("zh-unknown-forum-lac",
          "中国共产党与拉美进步青年论坛举行",
          "12月5日，中国共产党与拉美和加勒比进步青年论坛以视频方式举行，来自牙买加、巴巴多斯、圭亚那等国的青年政治家参加。",
          "2023-12-06", url(IDCPC_ZH, "2023-12-06", 161),
          yes(M, "forum", "2023-12-05", parties=set(), mechanism=R, content=KE), lang="zh"),
    Probe("zh-neg-mention-lac",
          "孙海燕会见越南客人",
          "3月14日，中联部副部长孙海燕在京会见越南共产党代表团。双方还就同古巴、委内瑞拉等拉美左翼政党的合作交换意见。",
          "2024-03-15", url(IDCPC_ZH, "2024-03-15", 162), NO, lang="zh"),
]

PROBES = PARTIES_EN + ORGS_EN + GROUPS_EN + ZH + COPIES_EN + MFA + NEGATIVES + MORE

OPEN: dict[tuple[str, str], str] = {
    ("renamed-party", "parties"): (
        "the head-first name holds a listed party's name ('Acción Popular') with no word of its own beyond "
        "another head noun, so it is read as that party; the headline's 'Renamed' is read as a name's word"),
    ("unknown-andean-seminar", "parties"): (
        "a party of one of three named countries, its own country not stated: no country to code it by"),
    ("cpc-delegation-to-lac-and-europe", "parties"): (
        "a head-first name carrying no country takes the page's country only when the page names no place "
        "outside the region; this page names Spain as the trip's next stop"),
    **{("mfa-capital-only", f): ("a ministry page that places its counterpart only by a capital in the "
                                 "dateline: the capital is not read as the country's name there")
       for f in ("relevant", "country", "event_type", "head_of_state_level")},
    ("neg-chinese-provincial-lac-mentioned", "relevant"): (
        "three LAC countries named as export markets in the lead of a CPC delegation's own tour read as a "
        "group of LAC counterparts"),
}

assert_unique_ids(PROBES)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_unknown_actors_page_field(probe: Probe, name: str, expected: object) -> None:
    assert value_of(record_of(probe), name) == expected
