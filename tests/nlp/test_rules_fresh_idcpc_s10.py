"""Campaign 10I: a fresh mixed sample of IDCPC-type pages in the proportions a crawl meets them —
two thirds English, one third Chinese (some traditional); half on the IDCPC's own sites, half
copies on agency, newspaper and embassy sites; 2012-2025; about a third not relevant (other
regions, Chinese domestic news, LAC named only as background). Relevant kinds: meetings in
Beijing, CPC delegations in LAC, messages, video calls, seminars, training courses, forums,
briefings, field trips, provincial leaders receiving LAC groups.

Self-written releases in the sites' style; party, country and official names are facts. Expected
values follow the codebook (shared/eval/SCHEMA.md) alone; one test per probe and field."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import BL, DI, GL, KE, NO, RL, B, Probe, R, assert_unique_ids, cases, record_of, value_of

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
MORENA = "National Regeneration Movement"
FMLN = "Farabundo Martí National Liberation Front"
MAS = "Movement for Socialism (Bolivia)"
PJ = "Justicialist Party"


def en(day: str, n: int = 1, gov: bool = False) -> str:
    y, m, d = day.split("-")
    host = "www.idcpc.gov.cn" if gov else "www.idcpc.org.cn"
    return f"https://{host}/english/news/{y}{m}/t{y}{m}{d}_{n}.html"


def zh(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"https://www.idcpc.org.cn/lldt/{y}{m}/t{y}{m}{d}_{n}.html"


def agency(day: str, lang: str = "en") -> str:
    y, m, d = day.split("-")
    part = "english" if lang == "en" else "politics"
    return f"http://www.news-agency.cn/{part}/{y}-{m}/{d}/c_1128.htm"


def paper(day: str) -> str:
    y, m, d = day.split("-")
    return f"http://paper.people-daily.cn/rmrb/html/{y}-{m}/{d}/nw.D110000renmrb_{y}{m}{d}_2-03.htm"


def hk(day: str) -> str:
    y, m, d = day.split("-")
    return f"https://www.hk-wenhui.com.hk/{y}/{m}/{d}/a3.html"


def embassy(day: str, cc: str = "cu") -> str:
    y, m, d = day.split("-")
    return f"http://{cc}.china-embassy.gov.cn/eng/sgxw/{y}{m}/t{y}{m}{d}_1.htm"


def rel(country: str, date: str | None, etype: str, party_set: set[str], mech: set[str],
        content: str = DI) -> dict[str, Any]:
    return {"relevant": True, "country": country, "event_date": date, "event_type": etype,
            "parties": party_set, "mechanism": mech, "content": content}


MENU = "Home | China | World | Business | Culture | Sci-Tech | Photos | Video\n"
ZMENU = "首页 | 时政 | 国际 | 财经 | 社会 | 图片 | 视频\n"


PROBES: list[Probe] = [
    # ================= English, IDCPC site: meetings in Beijing =================
    Probe("en-meet-pcc-2023", "Liu Jianchao Meets with Delegation of the Communist Party of Cuba",
          "Beijing, May 11th (IDCPC) — Liu Jianchao, head of the International Department of the CPC "
          "Central Committee, met with a delegation of the Communist Party of Cuba led by Roberto Morales "
          "Ojeda, a Political Bureau member who is Secretary of Organization of the Central Committee of "
          "the Communist Party of Cuba, here today.\nLiu said that China and Cuba are good friends, good "
          "comrades and good brothers. Morales said the Cuban party highly values its ties with the CPC.",
          "2023-05-12", en("2023-05-12"), rel("Cuba", "2023-05-11", "meeting", {PCC}, BL)),
    Probe("en-meet-psuv-2019", "Song Tao Meets with PSUV Delegation",
          "Beijing, July 2nd (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the United "
          "Socialist Party of Venezuela (PSUV) headed by Diosdado Cabello, First Vice President of the "
          "party, on July 2.\nThe two sides exchanged views on party building and bilateral relations.",
          "2019-07-03", en("2019-07-03"), rel("Venezuela", "2019-07-02", "meeting", {PSUV}, BL)),
    Probe("en-meet-pt-2024", "Liu Haixing Meets with Delegation of Workers' Party of Brazil",
          "Beijing, March 20th (IDCPC) — Liu Haixing, vice minister of the IDCPC, met with a delegation of "
          "the Workers' Party of Brazil led by its Secretary for International Relations Romênio Pereira.\n"
          "Liu briefed the guests on the CPC's governance. The guests said the PT wishes to deepen "
          "exchanges.",
          "2024-03-21", en("2024-03-21"), rel("Brazil", "2024-03-20", "meeting", {PT}, BL)),
    Probe("en-meet-rn-chile-2018", "Guo Yezhou Meets with Delegation of National Renewal Party of Chile",
          "Beijing, April 17th (IDCPC) — Guo Yezhou, vice minister of the IDCPC, met with a delegation of "
          "the National Renewal Party of Chile led by its Vice President, on April 17.\nBoth sides agreed "
          "to strengthen exchanges between political parties.",
          "2018-04-18", en("2018-04-18"), rel("Chile", "2018-04-17", "meeting", {"National Renewal"}, B)),
    Probe("en-meet-liberal-colombia-2017", "Song Tao Meets with Colombian Liberal Party Delegation",
          "Beijing, September 6th (IDCPC) — Song Tao, head of the IDCPC, met here today with a delegation "
          "of the Colombian Liberal Party headed by former President César Gaviria, Director of the party.\n"
          "Song said the CPC is ready to enhance exchanges with all Colombian parties.",
          "2017-09-07", en("2017-09-07"),
          rel("Colombia", "2017-09-06", "meeting", {"Colombian Liberal Party"}, B)),
    Probe("en-meet-pri-2014", "Wang Jiarui Meets with PRI Delegation of Mexico",
          "Beijing, June 24th (IDCPC) — Wang Jiarui, head of the IDCPC, met with a delegation of the "
          "Institutional Revolutionary Party (PRI) of Mexico led by its President César Camacho, here "
          "today.\nCamacho said the PRI attaches great importance to relations with the CPC.",
          "2014-06-25", en("2014-06-25"),
          rel("Mexico", "2014-06-24", "meeting", {"Institutional Revolutionary Party"}, B)),
    Probe("en-meet-pnp-jamaica-2016",
          "Guo Yezhou Meets with Delegation of People's National Party of Jamaica",
          "Beijing, November 8th (IDCPC) — Guo Yezhou, vice minister of the IDCPC, met with a delegation "
          "of the People's National Party of Jamaica led by its General Secretary Paul Burke, here today.\n"
          "The two sides exchanged views on party-to-party exchanges.",
          "2016-11-09", en("2016-11-09"),
          rel("Jamaica", "2016-11-08", "meeting", {"People's National Party"}, BL)),
    Probe("en-meet-envoys-lac-2021",
          "Liu Jianchao Meets with Envoys of Latin American and Caribbean Countries",
          "Beijing, August 26th (IDCPC) — Liu Jianchao, head of the IDCPC, met with ambassadors and "
          "diplomatic envoys of Latin American and Caribbean countries in China, here today.\nLiu said the "
          "CPC is willing to deepen exchanges with political parties of the region. The envoys from "
          "Argentina, Cuba, Mexico, Venezuela and other countries spoke at the meeting.",
          "2021-08-27", en("2021-08-27"), rel("multilateral", "2021-08-26", "meeting", set(), R)),
    Probe("en-meet-caribbean-study-group-2019",
          "Qian Hongshan Meets with Study Group of Caribbean Political Parties",
          "Beijing, June 12th (IDCPC) — Qian Hongshan, vice minister of the IDCPC, met with a study group "
          "of cadres of Caribbean political parties, including the Dominica Labour Party and the Barbados "
          "Labour Party, who are attending a seminar in China, here today.\nQian said he hoped the guests "
          "would learn about China's development.",
          "2019-06-13", en("2019-06-13"),
          rel("multilateral", "2019-06-12", "meeting", {"Dominica Labour Party", "Barbados Labour Party"}, R,
              KE)),
    Probe("en-meet-pj-2023", "Liu Jianchao Meets with Delegation of Justicialist Party of Argentina",
          "Beijing, October 16th (IDCPC) — Liu Jianchao, head of the IDCPC, met with a delegation of the "
          "Justicialist Party of Argentina, here today.\nLiu said China and Argentina are comprehensive "
          "strategic partners.",
          "2023-10-17", en("2023-10-17"), rel("Argentina", "2023-10-16", "meeting", {PJ}, B)),
    Probe("en-meet-pld-2019", "Song Tao Meets with Delegation of Dominican Liberation Party",
          "Beijing, February 26th (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the "
          "Dominican Liberation Party led by its Secretary General Reinaldo Pared Pérez, on February 26.\n"
          "Song spoke positively of the establishment of diplomatic ties between the two countries.",
          "2019-02-27", en("2019-02-27"),
          rel("Dominican Republic", "2019-02-26", "meeting", {"Dominican Liberation Party"}, B)),
    Probe("en-meet-fa-uruguay-2016", "Song Tao Meets with Delegation of Broad Front of Uruguay",
          "Beijing, October 19th (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the Broad "
          "Front of Uruguay led by its President Javier Miranda, here today.\nBoth sides agreed to "
          "further strengthen party-to-party exchanges.",
          "2016-10-20", en("2016-10-20"), rel("Uruguay", "2016-10-19", "meeting", {FA}, BL)),
    Probe("en-meet-mas-2015", "Wang Jiarui Meets with MAS Delegation of Bolivia",
          "Beijing, April 9th (IDCPC) — Wang Jiarui, head of the IDCPC, met with a delegation of the "
          "Movement for Socialism (MAS) of Bolivia, here today.\nWang said the CPC values its friendship "
          "with the MAS.",
          "2015-04-10", en("2015-04-10"), rel("Bolivia", "2015-04-09", "meeting", {MAS}, BL)),
    Probe("en-meet-apra-2014", "Chen Fengxiang Meets with Delegation of Peruvian Aprista Party",
          "Beijing, May 15th (IDCPC) — Chen Fengxiang, vice minister of the IDCPC, met with a delegation "
          "of the Peruvian Aprista Party, here today.\nThe two sides exchanged views on China-Peru "
          "relations.",
          "2014-05-16", en("2014-05-16"),
          rel("Peru", "2014-05-15", "meeting", {"Peruvian Aprista Party"}, B)),
    Probe("en-meet-pnm-tt-2013",
          "Ai Ping Meets with Delegation of People's National Movement of Trinidad and Tobago",
          "Beijing, May 30th (IDCPC) — Ai Ping, vice minister of the IDCPC, met with a delegation of the "
          "People's National Movement of Trinidad and Tobago, here today.\nAi said China appreciates the "
          "party's friendly policy towards China.",
          "2013-05-31", en("2013-05-31"),
          rel("Trinidad and Tobago", "2013-05-30", "meeting", {"People's National Movement"}, B)),
    Probe("en-meet-pppc-2012", "Ai Ping Meets with PPP/C Delegation of Guyana",
          "Beijing, November 27th (IDCPC) — Ai Ping, vice minister of the IDCPC, met with a delegation of "
          "the People's Progressive Party/Civic of Guyana led by its General Secretary Clement Rohee, here "
          "today.\nThe guests spoke highly of the CPC's achievements.",
          "2012-11-28", en("2012-11-28"),
          rel("Guyana", "2012-11-27", "meeting", {"People's Progressive Party/Civic"}, BL)),
    Probe("en-meet-rc-ecuador-2024",
          "Sun Haiyan Meets with Delegation of Citizen Revolution Movement of Ecuador",
          "Beijing, May 8th (IDCPC) — Sun Haiyan, vice minister of the IDCPC, met with a delegation of the "
          "Citizen Revolution Movement of Ecuador led by its President Luisa González, on May 8.\nThe two "
          "sides exchanged views on strengthening party exchanges.",
          "2024-05-09", en("2024-05-09"),
          rel("Ecuador", "2024-05-08", "meeting", {"Citizen Revolution Movement"}, BL)),
    Probe("en-meet-libre-2023", "Liu Jianchao Meets with Delegation of LIBRE Party of Honduras",
          "Beijing, June 13th (IDCPC) — Liu Jianchao, head of the IDCPC, met with a delegation of the "
          "Liberty and Refoundation Party (LIBRE) of Honduras, here today.\nLiu welcomed the establishment "
          "of diplomatic relations between China and Honduras.",
          "2023-06-14", en("2023-06-14"),
          rel("Honduras", "2023-06-13", "meeting", {"Liberty and Refoundation"}, BL)),
    Probe("en-meet-nuevas-ideas-2022",
          "Liu Jianchao Meets with Delegation of Nuevas Ideas Party of El Salvador",
          "Beijing, November 29th (IDCPC) — Liu Jianchao, head of the IDCPC, met with a delegation of the "
          "Nuevas Ideas Party of El Salvador, here today.\nThe guests said Nuevas Ideas is ready to learn "
          "from the CPC's experience.",
          "2022-11-30", en("2022-11-30"), rel("El Salvador", "2022-11-29", "meeting", {"Nuevas Ideas"}, B)),
    Probe("en-meet-costa-rica-legislature-2019",
          "Guo Yezhou Meets with Delegation of Legislative Assembly of Costa Rica",
          "Beijing, September 4th (IDCPC) — Guo Yezhou, vice minister of the IDCPC, met with a delegation "
          "of deputies of the Legislative Assembly of Costa Rica, here today.\nGuo said China is willing "
          "to strengthen exchanges with Costa Rica's legislature.",
          "2019-09-05", en("2019-09-05"), rel("Costa Rica", "2019-09-04", "meeting", set(), B)),
    Probe("en-meet-prd-panama-2018",
          "Song Tao Meets with Delegation of Democratic Revolutionary Party of Panama",
          "Beijing, March 28th (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the "
          "Democratic Revolutionary Party of Panama led by its Secretary General Pedro Miguel González, "
          "here today.\nSong said the two countries opened a new chapter in relations last year.",
          "2018-03-29", en("2018-03-29"),
          rel("Panama", "2018-03-28", "meeting", {"Democratic Revolutionary Party"}, B)),
    Probe("en-meet-pcdob-relative-2019", "Qian Hongshan Meets with Communist Party of Brazil Delegation",
          "Beijing, June 14th (IDCPC) — Qian Hongshan, vice minister of the IDCPC, met on Tuesday with a "
          "delegation of the Communist Party of Brazil led by its Vice President Walter Sorrentino.\nThe "
          "two sides exchanged views on the international situation.",
          "2019-06-14", en("2019-06-14"), rel("Brazil", "2019-06-11", "meeting", {PCDOB}, BL)),
    # ================= English, IDCPC site: delegations abroad =================
    Probe("en-deleg-cuba-2018", "CPC Delegation Visits Cuba",
          "Havana, October 11th (IDCPC) — At the invitation of the Communist Party of Cuba, a CPC "
          "delegation led by Song Tao, head of the IDCPC, visited Cuba from October 8 to 11. During the "
          "visit, Song met with Raúl Castro, First Secretary of the Central Committee of the Communist "
          "Party of Cuba, and President Miguel Díaz-Canel.\nSong also held talks with José Ramón Balaguer, "
          "head of the International Department of the Cuban party.",
          "2018-10-12", en("2018-10-12"),
          rel("Cuba", "2018-10-08", "delegation_visit_abroad", {PCC}, BL)),
    Probe("en-deleg-mexico-2024", "CPC Delegation Visits Mexico",
          "Mexico City, July 18th (IDCPC) — A CPC delegation led by Sun Haiyan, vice minister of the IDCPC, "
          "visited Mexico from July 15 to 18 at the invitation of the National Regeneration Movement "
          "(Morena). The delegation met with Morena President Mario Delgado and leaders of the Labor Party "
          "of Mexico.",
          "2024-07-19", en("2024-07-19"),
          rel("Mexico", "2024-07-15", "delegation_visit_abroad", {MORENA, "Labor Party (Mexico)"}, BL)),
    Probe("en-deleg-meets-ortega-2019", "Song Tao Meets with Nicaraguan President Daniel Ortega",
          "Managua, November 14th (IDCPC) — Daniel Ortega, President of Nicaragua and Secretary General of "
          "the Sandinista National Liberation Front, met with a CPC delegation led by Song Tao, head of the "
          "IDCPC, here today.\nOrtega said the FSLN is willing to learn from the CPC.",
          "2019-11-15", en("2019-11-15"), rel("Nicaragua", "2019-11-14", "meeting", {FSLN}, BL)),
    Probe("en-deleg-argentina-uruguay-2017", "CPC Delegation Visits Argentina and Uruguay",
          "Buenos Aires, August 24th (IDCPC) — A CPC delegation led by Li Jun, assistant minister of the "
          "IDCPC, visited Argentina and Uruguay from August 18 to 24. In Argentina the delegation met with "
          "leaders of the Justicialist Party; in Montevideo it met with leaders of the Broad Front.",
          "2017-08-25", en("2017-08-25"),
          rel("multilateral", "2017-08-18", "delegation_visit_abroad", {PJ, FA}, {"regional", "leftist"}),
          doubtful={"mechanism": "a trip to two LAC countries: regional (several countries' actors) or "
                                 "bilateral per country; the codebook names no scope for such a trip"}),
    # ================= English, IDCPC site: messages, calls =================
    Probe("en-msg-diaz-canel-2021",
          "Xi Jinping Congratulates Díaz-Canel on Election as First Secretary of Communist Party of Cuba",
          "Beijing, April 19th (IDCPC) — Xi Jinping, General Secretary of the CPC Central Committee, today "
          "sent a message to Miguel Díaz-Canel, congratulating him on his election as First Secretary of "
          "the Central Committee of the Communist Party of Cuba.\nXi said he is willing to work with "
          "Díaz-Canel to push forward relations between the two parties.",
          "2021-04-20", en("2021-04-20"), rel("Cuba", "2021-04-19", "message", {PCC}, BL)),
    Probe("en-msg-condolence-fidel-2016",
          "CPC Central Committee Sends Condolence Message on Death of Fidel Castro",
          "Beijing, November 26th (IDCPC) — The Central Committee of the Communist Party of China sent a "
          "message of condolence to the Central Committee of the Communist Party of Cuba on the passing of "
          "Comrade Fidel Castro Ruz, here today.\nThe message said Fidel Castro was a great leader of the "
          "Cuban people.",
          "2016-11-26", en("2016-11-26"), rel("Cuba", "2016-11-26", "message", {PCC}, BL)),
    Probe("en-msg-fsln-anniversary-2021",
          "IDCPC Sends Congratulatory Message to FSLN on Its 60th Anniversary",
          "Beijing, July 23rd (IDCPC) — The International Department of the CPC Central Committee sent a "
          "congratulatory message to the Sandinista National Liberation Front of Nicaragua on July 23 on "
          "the 60th anniversary of its founding.",
          "2021-07-24", en("2021-07-24"), rel("Nicaragua", "2021-07-23", "message", {FSLN}, BL)),
    Probe("en-msg-roundup-2022", "CPC Sends Congratulatory Messages",
          "Beijing, November 2nd (IDCPC) — On October 31, the Central Committee of the Communist Party of "
          "China sent a congratulatory message to the Workers' Party of Brazil on the victory of its "
          "candidate Luiz Inácio Lula da Silva in the presidential election.\nOn November 1, the "
          "International Department of the CPC Central Committee sent a congratulatory message to the "
          "Communist Party of Vietnam.",
          "2022-11-02", en("2022-11-02"), rel("Brazil", "2022-10-31", "message", {PT}, BL)),
    Probe("en-msg-ecuador-quake-2016", "IDCPC Sends Message of Sympathy to PAIS Alliance over Earthquake",
          "Beijing, April 18th (IDCPC) — The IDCPC today sent a message of sympathy to the PAIS Alliance "
          "of Ecuador over the heavy losses caused by the strong earthquake in the country.",
          "2016-04-19", en("2016-04-19"), rel("Ecuador", "2016-04-18", "message", {"PAIS Alliance"}, BL)),
    Probe("en-video-pt-2020", "Song Tao Holds Video Call with President of Workers' Party of Brazil",
          "Beijing, September 18th (IDCPC) — Song Tao, head of the IDCPC, held a video call with Gleisi "
          "Hoffmann, President of the Workers' Party of Brazil, on Tuesday.\nThe two sides exchanged views "
          "on fighting COVID-19.",
          "2020-09-18", en("2020-09-18"), rel("Brazil", "2020-09-15", "video_call", {PT}, BL)),
    Probe("en-video-pacto-2022", "Liu Jianchao Holds Video Call with Leaders of Historic Pact of Colombia",
          "Beijing, August 10th (IDCPC) — Liu Jianchao, head of the IDCPC, held a video call with leaders "
          "of the Historic Pact for Colombia, here today.\nLiu congratulated the Historic Pact on its "
          "election victory.",
          "2022-08-11", en("2022-08-11"),
          rel("Colombia", "2022-08-10", "video_call", {"Historic Pact for Colombia"}, BL)),
    Probe("en-phone-morena-2021", "Song Tao Holds Phone Call with Morena President",
          "Beijing, March 3rd (IDCPC) — Song Tao, head of the IDCPC, held a phone call with Mario Delgado, "
          "President of the National Regeneration Movement (Morena) of Mexico, on March 3.",
          "2021-03-04", en("2021-03-04"), rel("Mexico", "2021-03-03", "phone_call", {MORENA}, BL)),
    # ================= English, IDCPC site: seminars, courses, forums, briefings, trips =================
    Probe("en-seminar-online-2020", "CPC and Latin American Parties Hold Online Seminar on Fighting COVID-19",
          "Beijing, June 11th (IDCPC) — The IDCPC held an online seminar with political parties of Latin "
          "America and the Caribbean on the theme of fighting COVID-19 and economic recovery, on June 11. "
          "Leaders of the United Socialist Party of Venezuela, the Sandinista National Liberation Front and "
          "the Broad Front of Uruguay attended and spoke.",
          "2020-06-12", en("2020-06-12"),
          rel("multilateral", "2020-06-11", "seminar", {PSUV, FSLN, FA}, RL, KE)),
    Probe("en-seminar-cpc-pcc-2018",
          "Seventh Theory Seminar between CPC and Communist Party of Cuba Held in Havana",
          "Havana, June 5th (IDCPC) — The seventh theory seminar between the Communist Party of China and "
          "the Communist Party of Cuba opened here today. Representatives of the two parties discussed "
          "party building in the new era.",
          "2018-06-06", en("2018-06-06"), rel("Cuba", "2018-06-05", "seminar", {PCC}, BL, KE)),
    Probe("en-course-lac-cadres-2019",
          "Seminar for Cadres of Latin American Political Parties Opens in Beijing",
          "Beijing, October 15th (IDCPC) — A seminar for cadres of Latin American political parties, "
          "organized by the IDCPC, opened in Beijing today. More than 30 cadres from Argentina, Chile, "
          "Colombia and Peru will attend lectures and visit Zhejiang over two weeks.",
          "2019-10-16", en("2019-10-16"),
          rel("multilateral", "2019-10-15", "training_course", set(), R, KE)),
    Probe("en-course-caribbean-2017", "Workshop for Caribbean Party Leaders Held in Beijing",
          "Beijing, July 10th (IDCPC) — A workshop for leaders of political parties of Caribbean countries, "
          "hosted by the IDCPC, was held from July 10 to 20. Participants came from Jamaica, Grenada, "
          "Dominica and Antigua and Barbuda.",
          "2017-07-21", en("2017-07-21"),
          rel("multilateral", "2017-07-10", "training_course", set(), R, KE)),
    Probe("en-course-pcc-2023", "Training Course for Cadres of Communist Party of Cuba Opens",
          "Beijing, September 4th (IDCPC) — A training course for cadres of the Communist Party of Cuba "
          "opened in Beijing today. Sun Haiyan, vice minister of the IDCPC, attended the opening ceremony.",
          "2023-09-05", en("2023-09-05"), rel("Cuba", "2023-09-04", "training_course", {PCC}, BL, KE)),
    Probe("en-webinar-mexico-2021", "IDCPC Holds Webinar for Leaders of Mexican Political Parties",
          "Beijing, November 24th (IDCPC) — The IDCPC held a webinar for leaders of Mexican political "
          "parties on poverty alleviation, on November 24. Cadres of the National Regeneration Movement and "
          "the Institutional Revolutionary Party took part.",
          "2021-11-25", en("2021-11-25"),
          rel("Mexico", "2021-11-24", "training_course", {MORENA, "Institutional Revolutionary Party"}, BL,
              KE)),
    Probe("en-forum-china-lac-2018", "Second China-Latin America and Caribbean Political Parties Forum Held",
          "Zhuhai, December 4th (IDCPC) — The Second China-Latin America and Caribbean Political Parties "
          "Forum opened here today. More than 100 representatives of political parties from 27 countries "
          "of the region, including the Workers' Party of Brazil and the Communist Party of Cuba, attended.",
          "2018-12-05", en("2018-12-05"),
          rel("multilateral", "2018-12-04", "forum", {PT, PCC}, RL, KE)),
    Probe("en-dialogue-world-2017",
          "Latin American Party Leaders Attend CPC in Dialogue with World Political Parties "
          "High-Level Meeting",
          "Beijing, December 1st (IDCPC) — Leaders of political parties from Latin America, including the "
          "United Socialist Party of Venezuela and the Communist Party of Cuba, attended the CPC in Dialogue "
          "with World Political Parties High-Level Meeting, which opened in Beijing today.",
          "2017-12-02", en("2017-12-02"),
          rel("multilateral", "2017-12-01", "dialogue", {PSUV, PCC}, GL, KE),
          doubtful={"event_type": "a named dialogue of many parties: `dialogue` (named a dialogue) or "
                                  "`forum` (a named multi-party conference)"}),
    Probe("en-briefing-plenum-2019",
          "IDCPC Holds Briefing on Fourth Plenary Session for Envoys of Latin American Countries",
          "Beijing, November 12th (IDCPC) — The IDCPC held a briefing session on the Fourth Plenary "
          "Session of the 19th CPC Central Committee for ambassadors of Latin American and Caribbean "
          "countries in China, here today.",
          "2019-11-13", en("2019-11-13"), rel("multilateral", "2019-11-12", "briefing", set(), R, KE)),
    Probe("en-briefing-congress-mexico-2022", "CPC Briefs Mexican Parties on 20th National Congress",
          "Beijing, November 18th (IDCPC) — The IDCPC held an online briefing on the 20th National Congress "
          "of the CPC for Mexican political parties on November 18. Leaders of Morena and the Labor Party "
          "of Mexico attended.",
          "2022-11-19", en("2022-11-19"),
          rel("Mexico", "2022-11-18", "briefing", {MORENA, "Labor Party (Mexico)"}, BL, KE)),
    Probe("en-field-psuv-fujian-2018", "PSUV Delegation Visits Fujian",
          "Fuzhou, May 22nd (IDCPC) — A delegation of the United Socialist Party of Venezuela visited "
          "Fujian Province from May 20 to 23, touring villages and high-tech companies to learn about "
          "poverty alleviation.",
          "2018-05-24", en("2018-05-24"),
          rel("Venezuela", "2018-05-20", "field_trip", {PSUV}, BL, KE)),
    Probe("en-prov-yunnan-fmln-2019", "Chen Hao Meets with FMLN Delegation",
          "Kunming, April 23rd (IDCPC) — Chen Hao, Secretary of the Yunnan Provincial Committee of the "
          "CPC, met with a delegation of the Farabundo Martí National Liberation Front of El Salvador, "
          "here today.",
          "2019-04-24", en("2019-04-24"), rel("El Salvador", "2019-04-23", "meeting", {FMLN}, BL)),
    Probe("en-prov-shaanxi-peru-2016", "Shaanxi Party Chief Meets with Peruvian Nationalist Party Delegation",
          "Xi'an, September 12th (IDCPC) — Lou Qinjian, Secretary of the Shaanxi Provincial Committee of "
          "the CPC, met with a delegation of the Peruvian Nationalist Party, here today.",
          "2016-09-13", en("2016-09-13"),
          rel("Peru", "2016-09-12", "meeting", {"Peruvian Nationalist Party"}, BL)),
    Probe("en-recently-grenada-2015", "Vice Minister Meets with Grenadian Party Delegation",
          "Recently, Chen Fengxiang, vice minister of the IDCPC, met with a delegation of the National "
          "Democratic Congress of Grenada in Beijing.\nThe two sides exchanged views on bilateral ties.",
          "2015-09-10", en("2015-09-10"),
          rel("Grenada", None, "meeting", {"National Democratic Congress (Grenada)"}, B)),
    Probe("en-gov-site-ambassador-cuba-2024", "Sun Haiyan Meets with Cuban Ambassador to China",
          "Beijing, January 16th (IDCPC) — Sun Haiyan, vice minister of the IDCPC, met with Alberto Blanco, "
          "Ambassador of Cuba to China, here today.",
          "2024-01-17", en("2024-01-17", gov=True), rel("Cuba", "2024-01-16", "meeting", set(), B),
          doubtful={"mechanism": "an ambassador of a socialist state, no party named: the ruling-party "
                                 "rule may or may not add leftist"}),
    # ================= English, IDCPC site: not relevant =================
    Probe("en-nr-vietnam-2023", "Liu Jianchao Meets with Delegation of Communist Party of Vietnam",
          "Beijing, April 6th (IDCPC) — Liu Jianchao, head of the IDCPC, met with a delegation of the "
          "Communist Party of Vietnam, here today.", "2023-04-07", en("2023-04-07"), NO),
    Probe("en-nr-anc-2018", "Song Tao Meets with ANC Delegation",
          "Beijing, July 3rd (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the African "
          "National Congress of South Africa, here today.", "2018-07-04", en("2018-07-04"), NO),
    Probe("en-nr-africa-lac-background-2019", "Song Tao Meets with Delegation of Tanzanian CCM",
          "Beijing, August 20th (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the Chama "
          "Cha Mapinduzi of Tanzania, here today.\nSong said the CPC is ready to share its experience with "
          "parties of developing countries in Africa, Asia and Latin America.",
          "2019-08-21", en("2019-08-21"), NO),
    Probe("en-nr-psoe-2019", "Guo Yezhou Meets with Delegation of Spanish Socialist Workers' Party",
          "Beijing, May 14th (IDCPC) — Guo Yezhou, vice minister of the IDCPC, met with a delegation of the "
          "Spanish Socialist Workers' Party, here today. Both sides discussed China-EU and China-Latin "
          "America cooperation, which Spain has long supported.",
          "2019-05-15", en("2019-05-15"), NO),
    Probe("en-nr-portugal-pcp-2016", "Song Tao Meets with Delegation of Portuguese Communist Party",
          "Beijing, June 1st (IDCPC) — Song Tao met with a delegation of the Portuguese Communist Party, "
          "here today.", "2016-06-02", en("2016-06-02"), NO),
    Probe("en-nr-african-course-2021", "Seminar for Cadres of African Political Parties Held Online",
          "Beijing, May 27th (IDCPC) — An online seminar for cadres of African political parties was held "
          "by the IDCPC on May 27. Participants from Kenya, Namibia and Zimbabwe attended.",
          "2021-05-28", en("2021-05-28"), NO),
    Probe("en-nr-domestic-plenum-2019",
          "Communiqué of the Fourth Plenary Session of the 19th CPC Central Committee",
          "Beijing, October 31st — The Fourth Plenary Session of the 19th Central Committee of the "
          "Communist Party of China was held in Beijing from October 28 to 31.",
          "2019-11-01", en("2019-11-01"), NO),
    Probe("en-nr-fiji-2024", "Sun Haiyan Meets with Fiji First Party Delegation",
          "Beijing, April 25th (IDCPC) — Sun Haiyan met with a delegation of the FijiFirst Party of Fiji, "
          "here today.", "2024-04-25", en("2024-04-25"), NO),
    Probe("en-nr-us-thinktank-2023", "Liu Jianchao Meets with Delegation of US Think Tank",
          "Beijing, September 21st (IDCPC) — Liu Jianchao met with a delegation of the Council on Foreign "
          "Relations of the United States, here today.", "2023-09-22", en("2023-09-22"), NO),
    Probe("en-nr-philippines-2013", "Ai Ping Meets with Delegation of Liberal Party of the Philippines",
          "Beijing, March 14th (IDCPC) — Ai Ping met with a delegation of the Liberal Party of the "
          "Philippines, here today.", "2013-03-14", en("2013-03-14"), NO),
    # ================= English copies: agency, embassy =================
    Probe("en-agency-meet-fsln-2023", "Senior CPC official meets Nicaraguan party delegation",
          MENU + " date 2023-11-21\nBEIJING, Nov. 21 (Xinhua) -- Liu Jianchao, head of the International "
          "Department of the CPC Central Committee, met with a delegation of the Sandinista National "
          "Liberation Front of Nicaragua in Beijing on Tuesday.\nLiu said the CPC is ready to deepen "
          "exchanges with the FSLN.\nEditor: Li Wei",
          "2023-11-21", agency("2023-11-21"), rel("Nicaragua", "2023-11-21", "meeting", {FSLN}, BL)),
    Probe("en-agency-deleg-venezuela-2013", "CPC delegation visits Venezuela",
          MENU + " date 2013-04-30\nCARACAS, April 29 (Xinhua) -- A delegation of the Communist Party of "
          "China led by Wang Jiarui, head of the IDCPC, visited Venezuela from April 26 to 29 and met "
          "leaders of the United Socialist Party of Venezuela.\nEditor: Wang Fang",
          "2013-04-30", agency("2013-04-30"),
          rel("Venezuela", "2013-04-26", "delegation_visit_abroad", {PSUV}, BL)),
    Probe("en-agency-msg-xi-lula-2022", "Xi congratulates Lula on election as Brazilian president",
          MENU + " date 2022-11-01\nBEIJING, Nov. 1 (Xinhua) -- Xi Jinping, general secretary of the CPC "
          "Central Committee, on Monday sent a congratulatory message to Luiz Inácio Lula da Silva, "
          "honorary president of the Workers' Party of Brazil.\nEditor: Zhang Yu",
          "2022-11-01", agency("2022-11-01"), rel("Brazil", "2022-10-31", "message", {PT}, BL)),
    Probe("en-agency-forum-2015", "China-LatAm political parties forum opens in Beijing",
          MENU + " date 2015-05-28\nBEIJING, May 28 (Xinhua) -- The China-Latin America and Caribbean "
          "Political Parties Forum opened in Beijing on Thursday, with representatives of some 30 parties "
          "from 17 countries of the region attending.\nEditor: Xu Lin",
          "2015-05-28", agency("2015-05-28"), rel("multilateral", "2015-05-28", "forum", set(), R, KE)),
    Probe("en-agency-course-2018", "Latin American party cadres wrap up study course in China",
          MENU + " date 2018-09-21\nBEIJING, Sept. 21 (Xinhua) -- A training course for young leaders of "
          "political parties from Latin America, hosted by the IDCPC, ended Friday after two weeks of "
          "lectures and visits to Guangdong. Participants came from Brazil, Bolivia, Ecuador and Uruguay.\n"
          "Editor: Liu Xin",
          "2018-09-21", agency("2018-09-21"), rel("multilateral", None, "training_course", set(), R, KE),
          doubtful={"event_date": "only the closing day is stated; 'two weeks' gives no first day"}),
    Probe("en-agency-field-trip-2024", "Colombian party delegation visits Sichuan",
          MENU + " date 2024-06-07\nCHENGDU, June 7 (Xinhua) -- A delegation of the Historic Pact for "
          "Colombia toured Sichuan Province this week, visiting rural revitalization projects in Chengdu "
          "and Ya'an at the invitation of the CPC.\nEditor: Wu Jing",
          "2024-06-07", agency("2024-06-07"),
          rel("Colombia", None, "field_trip", {"Historic Pact for Colombia"}, BL, KE)),
    Probe("en-agency-nr-laos-2019", "Senior CPC official meets Lao delegation",
          MENU + " date 2019-03-12\nBEIJING, March 12 (Xinhua) -- Song Tao met with a delegation of the Lao "
          "People's Revolutionary Party on Tuesday.\nEditor: Li Yan",
          "2019-03-12", agency("2019-03-12"), NO),
    Probe("en-agency-nr-domestic-2020", "Xi inspects Shaanxi",
          MENU + " date 2020-04-23\nXI'AN, April 23 (Xinhua) -- Xi Jinping, general secretary of the CPC "
          "Central Committee, inspected Shaanxi Province from Monday to Thursday.\nEditor: Hu Bo",
          "2020-04-23", agency("2020-04-23"), NO),
    Probe("en-agency-nr-celac-trade-2021", "China-LatAm trade grows despite pandemic",
          MENU + " date 2021-01-15\nBEIJING, Jan. 15 (Xinhua) -- Trade between China and Latin America rose "
          "last year, the General Administration of Customs said Friday. Brazil remained China's largest "
          "trading partner in the region.\nEditor: Ma Li",
          "2021-01-15", agency("2021-01-15"), NO),
    Probe("en-embassy-meet-pcc-2019", "Chinese Embassy: IDCPC Head Meets with Cuban Party Delegation",
          "Embassy of the People's Republic of China in the Republic of Cuba\nHome > Embassy News\n"
          " date 2019-04-09\nOn April 8, Song Tao, head of the International Department of the CPC Central "
          "Committee, met in Beijing with a delegation of the Communist Party of Cuba led by José Ramón "
          "Balaguer, head of the Department of International Relations of the party's Central Committee.",
          "2019-04-09", embassy("2019-04-09"), rel("Cuba", "2019-04-08", "meeting", {PCC}, BL)),
    Probe("en-embassy-seminar-2021", "Ambassador Attends Online Seminar between CPC and Brazilian Parties",
          "Embassy of the People's Republic of China in the Federative Republic of Brazil\nHome > Embassy "
          "News\n date 2021-10-20\nOn October 19, the IDCPC and the Communist Party of Brazil held an "
          "online theory seminar on the CPC's centenary experience. Ambassador Yang Wanming attended.",
          "2021-10-20", embassy("2021-10-20", "br"), rel("Brazil", "2021-10-19", "seminar", {PCDOB}, BL, KE)),
    Probe("en-embassy-deleg-suriname-2019", "CPC Delegation Visits Suriname",
          "Embassy of the People's Republic of China in the Republic of Suriname\nHome > Embassy News\n"
          " date 2019-05-20\n"
          "From May 15 to 18, a CPC delegation led by Xu Lüping, vice minister of the IDCPC, "
          "visited Suriname and met leaders of the National Democratic Party.",
          "2019-05-20", embassy("2019-05-20", "sr"),
          rel("Suriname", "2019-05-15", "delegation_visit_abroad", {"National Democratic Party (Suriname)"},
              B)),
    Probe("en-embassy-nr-consular-2022", "Notice on Consular Services",
          "Embassy of the People's Republic of China in the Republic of Chile\nHome > Consular Services\n"
          " date 2022-03-02\nThe consular section will be closed on March 8 for maintenance.",
          "2022-03-02", embassy("2022-03-02", "cl"), NO),
    Probe("en-embassy-nr-culture-2017", "Embassy Hosts Chinese New Year Reception",
          "Embassy of the People's Republic of China in the Republic of Peru\nHome > Embassy News\n"
          " date 2017-01-25\nOn January 24, the embassy held a Spring Festival reception for overseas "
          "Chinese in Lima.",
          "2017-01-25", embassy("2017-01-25", "pe"), NO),
    # ================= Chinese, IDCPC site =================
    Probe("zh-meet-pcc-2023", "刘建超会见古巴共产党代表团",
          "中联部网站2023年5月11日讯 5月11日，中联部部长刘建超在京会见由古共中央政治局委员、组织书记"
          "莫拉莱斯率领的古巴共产党代表团。\n刘建超表示，中古两党两国是好朋友、好同志、好兄弟。",
          "2023-05-11", zh("2023-05-11"), rel("Cuba", "2023-05-11", "meeting", {PCC}, BL), lang="zh"),
    Probe("zh-meet-psuv-2018", "宋涛会见委内瑞拉统一社会主义党代表团",
          "中联部网站2018年9月12日讯 9月12日，中联部部长宋涛在京会见委内瑞拉统一社会主义党第一副主席"
          "卡韦略率领的代表团。双方就加强党际交流交换了意见。",
          "2018-09-12", zh("2018-09-12"), rel("Venezuela", "2018-09-12", "meeting", {PSUV}, BL), lang="zh"),
    Probe("zh-meet-pt-2017", "郭业洲会见巴西劳工党代表团",
          "中联部网站2017年6月5日讯 6月5日，中联部副部长郭业洲在京会见巴西劳工党全国执委会代表团。",
          "2017-06-05", zh("2017-06-05"), rel("Brazil", "2017-06-05", "meeting", {PT}, BL), lang="zh"),
    Probe("zh-meet-ps-chile-2019", "钱洪山会见智利社会党代表团",
          "中联部网站2019年11月6日讯 11月6日，中联部副部长钱洪山在京会见智利社会党总书记率领的代表团。",
          "2019-11-06", zh("2019-11-06"),
          rel("Chile", "2019-11-06", "meeting", {"Socialist Party of Chile"}, BL), lang="zh"),
    Probe("zh-deleg-mexico-2023", "中共代表团访问墨西哥",
          "应墨西哥国家复兴运动党邀请，中联部副部长孙海燕率中共代表团于6月5日至8日访问墨西哥，"
          "分别会见国家复兴运动党主席德尔加多等。",
          "2023-06-10", zh("2023-06-10"),
          rel("Mexico", "2023-06-05", "delegation_visit_abroad", {MORENA}, BL), lang="zh"),
    Probe("zh-msg-fa-condolence-2020", "中共中央对外联络部就巴斯克斯逝世向乌拉圭广泛阵线致唁电",
          "中联部网站2020年12月7日讯 12月7日，中共中央对外联络部致电乌拉圭广泛阵线，对乌拉圭前总统"
          "巴斯克斯逝世表示深切哀悼。",
          "2020-12-07", zh("2020-12-07"), rel("Uruguay", "2020-12-07", "message", {FA}, BL), lang="zh"),
    Probe("zh-video-pacto-2023", "刘建超同哥伦比亚历史公约联盟领导人视频通话",
          "中联部网站2023年3月14日讯 3月14日，中联部部长刘建超同哥伦比亚历史公约联盟领导人举行视频通话。",
          "2023-03-14", zh("2023-03-14"),
          rel("Colombia", "2023-03-14", "video_call", {"Historic Pact for Colombia"}, BL), lang="zh"),
    Probe("zh-course-lac-2019", "拉美国家政党干部研修班在京开班",
          "中联部网站2019年4月16日讯 4月16日，由中联部主办的拉美国家政党干部研修班在京开班。来自阿根廷、"
          "秘鲁、哥伦比亚等国的30余名政党干部参加。",
          "2019-04-16", zh("2019-04-16"),
          rel("multilateral", "2019-04-16", "training_course", set(), R, KE), lang="zh"),
    Probe("zh-forum-china-lac-2021", "第三届中拉政党论坛以视频方式举行",
          "中联部网站2021年10月21日讯 10月21日，第三届中国—拉美和加勒比政党论坛以视频方式举行。巴西劳工党、"
          "古巴共产党等地区国家政党领导人出席。",
          "2021-10-21", zh("2021-10-21"),
          rel("multilateral", "2021-10-21", "forum", {PT, PCC}, RL, KE), lang="zh"),
    Probe("zh-briefing-congress-2022", "中联部举行面向拉美和加勒比国家政党的党的二十大精神宣介会",
          "中联部网站2022年11月10日讯 11月10日，中联部以视频方式举行面向拉美和加勒比国家政党的党的二十大"
          "精神宣介会。20多个国家的政党领导人参加。",
          "2022-11-10", zh("2022-11-10"), rel("multilateral", "2022-11-10", "briefing", set(), R, KE),
          lang="zh"),
    Probe("zh-field-psuv-zhejiang-2019", "委内瑞拉统社党代表团赴浙江考察",
          "中联部网站2019年5月24日讯 5月20日至23日，委内瑞拉统一社会主义党代表团赴浙江考察，参观了乡村振兴"
          "示范村和企业。",
          "2019-05-24", zh("2019-05-24"),
          rel("Venezuela", "2019-05-20", "field_trip", {PSUV}, BL, KE), lang="zh"),
    Probe("zh-prov-yunnan-peru-2018", "云南省委书记会见秘鲁民族主义党代表团",
          "中联部网站2018年7月10日讯 7月9日，云南省委书记陈豪在昆明会见秘鲁民族主义党代表团。",
          "2018-07-10", zh("2018-07-10"),
          rel("Peru", "2018-07-09", "meeting", {"Peruvian Nationalist Party"}, BL), lang="zh"),
    Probe("zh-seminar-cuba-2016", "第六届中古两党理论研讨会在京举行",
          "中联部网站2016年10月25日讯 10月25日，第六届中国共产党和古巴共产党理论研讨会在京举行。",
          "2016-10-25", zh("2016-10-25"), rel("Cuba", "2016-10-25", "seminar", {PCC}, BL, KE), lang="zh"),
    Probe("zh-meet-pj-deleg-2015", "中共代表团访问阿根廷",
          "应阿根廷正义党邀请，中联部副部长陈凤翔率中共代表团于9月7日至10日访问阿根廷。",
          "2015-09-12", zh("2015-09-12"),
          rel("Argentina", "2015-09-07", "delegation_visit_abroad", {PJ}, B), lang="zh"),
    Probe("zh-meet-rc-ecuador-2021", "宋涛会见厄瓜多尔公民革命运动代表团",
          "中联部网站2021年11月3日讯 11月3日，中联部部长宋涛在京会见厄瓜多尔公民革命运动代表团。",
          "2021-11-03", zh("2021-11-03"),
          rel("Ecuador", "2021-11-03", "meeting", {"Citizen Revolution Movement"}, BL), lang="zh"),
    Probe("zh-meet-pnp-jamaica-2014", "王家瑞会见牙买加人民民族党代表团",
          "中联部网站2014年8月19日讯 8月19日，中联部部长王家瑞在京会见牙买加人民民族党总书记率领的代表团。",
          "2014-08-19", zh("2014-08-19"),
          rel("Jamaica", "2014-08-19", "meeting", {"People's National Party"}, BL), lang="zh"),
    Probe("zh-recent-bolivia-2016", "中联部领导会见玻利维亚争取社会主义运动代表团",
          "近日，中联部副部长郭业洲在京会见玻利维亚争取社会主义运动代表团。",
          "2016-03-18", zh("2016-03-18"), rel("Bolivia", None, "meeting", {MAS}, BL), lang="zh"),
    Probe("zh-nr-vietnam-2024", "刘建超会见越南共产党代表团",
          "中联部网站2024年3月5日讯 3月5日，中联部部长刘建超在京会见越南共产党代表团。",
          "2024-03-05", zh("2024-03-05"), NO, lang="zh"),
    Probe("zh-nr-africa-2019", "非洲国家政党干部研修班在京开班",
          "中联部网站2019年7月2日讯 7月2日，非洲国家政党干部研修班在京开班。中联部此前还为亚洲、拉美等地区"
          "政党举办过多期研修班。",
          "2019-07-02", zh("2019-07-02"), NO, lang="zh"),
    Probe("zh-nr-politburo-2021", "中共中央政治局召开会议",
          "新华社北京4月30日电 中共中央政治局4月30日召开会议，分析研究当前经济形势和经济工作。",
          "2021-04-30", zh("2021-04-30"), NO, lang="zh"),
    Probe("zh-nr-spain-pce-2018", "郭业洲会见西班牙共产党代表团",
          "中联部网站2018年10月9日讯 10月9日，中联部副部长郭业洲在京会见西班牙共产党代表团。",
          "2018-10-09", zh("2018-10-09"), NO, lang="zh"),
    Probe("zh-nr-laos-2015", "宋涛会见老挝人民革命党代表团",
          "中联部网站2015年12月1日讯 12月1日，宋涛在京会见老挝人民革命党代表团。",
          "2015-12-01", zh("2015-12-01"), NO, lang="zh"),
    # ================= Chinese copies: agency, newspaper, HK (traditional) =================
    Probe("zh-agency-msg-xi-diaz-canel-2021", "习近平致电祝贺迪亚斯-卡内尔当选古共中央第一书记",
          ZMENU + " date 2021-04-20\n"
          "新华社北京4月20日电 中共中央总书记习近平19日致电米格尔·迪亚斯-卡内尔，"
          "祝贺他当选古巴共产党中央委员会第一书记。\n责任编辑：王静",
          "2021-04-20", agency("2021-04-20", "zh"), rel("Cuba", "2021-04-19", "message", {PCC}, BL),
          lang="zh"),
    Probe("zh-agency-meet-pcdob-2024", "刘建超会见巴西共产党代表团",
          ZMENU + " date 2024-09-11\n"
          "新华社北京9月10日电 中联部部长刘建超10日在京会见巴西共产党主席"
          "卢西亚娜·桑托斯率领的代表团。\n责任编辑：李明",
          "2024-09-11", agency("2024-09-11", "zh"), rel("Brazil", "2024-09-10", "meeting", {PCDOB}, BL),
          lang="zh"),
    Probe("zh-agency-yesterday-morena-2025", "中联部领导会见墨西哥国家复兴运动党代表团",
          ZMENU + " date 2025-04-16\n"
          "新华社北京4月16日电 中联部部长刘海星昨天在京会见墨西哥国家复兴运动党代表团。\n"
          "责任编辑：赵倩",
          "2025-04-16", agency("2025-04-16", "zh"), rel("Mexico", "2025-04-15", "meeting", {MORENA}, BL),
          lang="zh"),
    Probe("zh-agency-nr-economy-2023", "中拉贸易额再创新高",
          ZMENU + " date 2023-01-13\n"
          "新华社北京1月13日电 海关总署13日公布，2022年中国与拉美贸易额再创新高。\n"
          "责任编辑：周鹏",
          "2023-01-13", agency("2023-01-13", "zh"), NO, lang="zh"),
    Probe("zh-paper-meet-fsln-2018", "宋涛会见尼加拉瓜客人",
          "人民日报 2018年07月18日 第03版\n本报北京7月17日电 中联部部长宋涛17日在京会见尼加拉瓜桑地诺民族"
          "解放阵线代表团。",
          "2018-07-18", paper("2018-07-18"), rel("Nicaragua", "2018-07-17", "meeting", {FSLN}, BL),
          lang="zh"),
    Probe("zh-paper-course-caribbean-2017", "加勒比国家政党领导人研讨班结业",
          "人民日报 2017年11月30日 第21版\n本报北京11月29日电 由中联部主办的加勒比国家政党领导人专题研讨班"
          "29日在京结业。牙买加、格林纳达、多米尼克等国政党领导人参加。",
          "2017-11-30", paper("2017-11-30"), rel("multilateral", None, "training_course", set(), R, KE),
          lang="zh", doubtful={"event_date": "a closing report: only the last day is stated"}),
    Probe("zh-paper-nr-xi-inspect-2019", "习近平在河南考察",
          "人民日报 2019年09月19日 第01版\n本报郑州9月18日电 中共中央总书记习近平近日在河南考察。",
          "2019-09-19", paper("2019-09-19"), NO, lang="zh"),
    Probe("zh-hk-meet-fsln-trad-2022", "劉建超會見尼加拉瓜桑地諾民族解放陣線代表團",
          "【本報訊】中聯部部長劉建超8月24日在京會見尼加拉瓜桑地諾民族解放陣線代表團。雙方就加強兩黨交流"
          "交換了意見。",
          "2022-08-25", hk("2022-08-25"), rel("Nicaragua", "2022-08-24", "meeting", {FSLN}, BL), lang="zh"),
    Probe("zh-hk-deleg-cuba-trad-2019", "中共代表團訪問古巴",
          "【本報訊】應古巴共產黨邀請，中聯部副部長郭業洲率中共代表團於3月25日至28日訪問古巴，會見古共中央"
          "第二書記馬查多。",
          "2019-03-30", hk("2019-03-30"),
          rel("Cuba", "2019-03-25", "delegation_visit_abroad", {PCC}, BL), lang="zh"),
    Probe("zh-hk-course-trad-2024", "中聯部舉辦拉美國家政黨幹部研修班",
          "【本報訊】由中聯部主辦的拉美國家政黨幹部研修班5月13日在北京開班，來自巴西、智利、烏拉圭等國的"
          "學員參加。",
          "2024-05-15", hk("2024-05-15"),
          rel("multilateral", "2024-05-13", "training_course", set(), R, KE), lang="zh"),
    Probe("zh-hk-nr-trad-2023", "中聯部部長會見越南客人",
          "【本報訊】中聯部部長劉建超11月2日在京會見越南共產黨代表團。", "2023-11-03", hk("2023-11-03"),
          NO, lang="zh"),
    # ================= more copies (agency, embassy, newspaper) and negatives =================
    Probe("en-agency-video-libre-2024", "Senior CPC official holds video talks with Honduran party",
          MENU + " date 2024-02-07\nBEIJING, Feb. 7 (Xinhua) -- Liu Jianchao, head of the IDCPC, held a "
          "video call on Wednesday with Manuel Zelaya, general coordinator of the Liberty and Refoundation "
          "Party of Honduras.\nEditor: Sun Yi",
          "2024-02-07", agency("2024-02-07"),
          rel("Honduras", "2024-02-07", "video_call", {"Liberty and Refoundation"}, BL)),
    Probe("en-agency-prov-guangdong-pt-2023",
          "Guangdong party chief meets Brazilian Workers' Party delegation",
          MENU + " date 2023-04-13\nGUANGZHOU, April 12 (Xinhua) -- Huang Kunming, secretary of the "
          "Guangdong Provincial Committee of the CPC, met with a delegation of the Workers' Party of Brazil "
          "in Guangzhou on Wednesday.\nEditor: Chen Lu",
          "2023-04-13", agency("2023-04-13"), rel("Brazil", "2023-04-12", "meeting", {PT}, BL)),
    Probe("en-agency-msg-pcc-congress-2016", "CPC congratulates Communist Party of Cuba on Seventh Congress",
          MENU + " date 2016-04-16\nBEIJING, April 16 (Xinhua) -- The Central Committee of the Communist "
          "Party of China on Saturday sent a congratulatory message to the Central Committee of the "
          "Communist Party of Cuba on the opening of its Seventh Congress.\nEditor: Yang Yi",
          "2016-04-16", agency("2016-04-16"), rel("Cuba", "2016-04-16", "message", {PCC}, BL)),
    Probe("en-agency-nr-cambodia-2017", "CPC official meets Cambodian People's Party delegation",
          MENU + " date 2017-05-09\nBEIJING, May 9 (Xinhua) -- Song Tao met with a delegation of the "
          "Cambodian People's Party on Tuesday.\nEditor: Ye Ling",
          "2017-05-09", agency("2017-05-09"), NO),
    Probe("en-agency-nr-brics-media-2019", "Chinese, Brazilian media sign cooperation deal",
          MENU + " date 2019-11-13\nBRASILIA, Nov. 13 (Xinhua) -- Chinese and Brazilian media outlets "
          "signed a cooperation agreement on Wednesday on the sidelines of the BRICS summit.\n"
          "Editor: Lu Hui",
          "2019-11-13", agency("2019-11-13"), NO),
    Probe("en-agency-nr-russia-2023", "Senior CPC official meets United Russia delegation",
          MENU + " date 2023-07-11\nBEIJING, July 11 (Xinhua) -- Liu Jianchao met with a delegation of the "
          "United Russia party on Tuesday. Both sides spoke of cooperation within BRICS, which also "
          "includes Brazil.\nEditor: Xia Yu",
          "2023-07-11", agency("2023-07-11"), NO),
    Probe("en-embassy-nr-ambassador-2018", "Ambassador Visits Chinese-Funded Company",
          "Embassy of the People's Republic of China in the Argentine Republic\nHome > Embassy News\n"
          " date 2018-08-15\nOn August 14, Ambassador Zou Xiaoli visited a Chinese-funded railway project "
          "in Buenos Aires Province.",
          "2018-08-15", embassy("2018-08-15", "ar"), NO),
    Probe("en-embassy-briefing-caribbean-2017",
          "Embassy Co-hosts Briefing on 19th CPC Congress for Trinidad Parties",
          "Embassy of the People's Republic of China in the Republic of Trinidad and Tobago\nHome > "
          "Embassy News\n date 2017-12-06\nOn December 5, a CPC delegation held a briefing on the 19th "
          "National Congress of the CPC in Port of Spain for leaders of the People's National Movement and "
          "the United National Congress.",
          "2017-12-06", embassy("2017-12-06", "tt"),
          rel("Trinidad and Tobago", "2017-12-05", "briefing",
              {"People's National Movement", "United National Congress"}, B, KE)),
    Probe("zh-agency-nr-korea-2018", "宋涛会见朝鲜劳动党代表团",
          ZMENU + " date 2018-05-15\n"
          "新华社北京5月14日电 中联部部长宋涛14日在京会见朝鲜劳动党代表团。\n"
          "责任编辑：孙琪",
          "2018-05-15", agency("2018-05-15", "zh"), NO, lang="zh"),
    Probe("zh-agency-nr-anticorruption-2022", "中央纪委国家监委通报",
          ZMENU + " date 2022-06-20\n"
          "新华社北京6月20日电 中央纪委国家监委20日通报了多起违反中央八项规定精神问题。\n"
          "责任编辑：高远",
          "2022-06-20", agency("2022-06-20", "zh"), NO, lang="zh"),
    Probe("zh-paper-nr-africa-forum-2023", "中非政党理论研讨会在坦桑尼亚举行",
          "人民日报 2023年07月20日 第03版\n本报达累斯萨拉姆7月19日电 中非政党理论研讨会19日在坦桑尼亚举行。"
          "与会者表示，发展中国家包括拉美国家都在探索适合自身的道路。",
          "2023-07-20", paper("2023-07-20"), NO, lang="zh"),
    Probe("zh-paper-video-psuv-2020", "宋涛同委内瑞拉统社党领导人视频通话",
          "人民日报 2020年05月27日 第03版\n本报北京5月26日电 中联部部长宋涛26日同委内瑞拉统一社会主义党"
          "第一副主席卡韦略举行视频通话。",
          "2020-05-27", paper("2020-05-27"), rel("Venezuela", "2020-05-26", "video_call", {PSUV}, BL),
          lang="zh"),
    Probe("zh-hk-nr-taiwan-trad-2016", "國台辦：兩岸交流持續",
          "【本報訊】國台辦發言人9月14日表示，兩岸民間交流持續進行。", "2016-09-15", hk("2016-09-15"),
          NO, lang="zh"),
    Probe("en-nr-gov-mongolia-2014", "Wang Jiarui Meets with Mongolian People's Party Delegation",
          "Beijing, August 12th (IDCPC) — Wang Jiarui met with a delegation of the Mongolian People's "
          "Party, here today.", "2014-08-13", en("2014-08-13", gov=True), NO),
    # ---- after the first run: the two rules it called for, in other shapes ----
    Probe("zh-embassy-seminar-after-2019", "驻古巴大使出席中联部与古巴共产党理论研讨会",
          "中华人民共和国驻古巴共和国大使馆\n首页 > 使馆新闻\n date 2019-06-19\n6月18日，中联部与古巴共产党"
          "第八届理论研讨会在哈瓦那举行，驻古巴大使陈曦出席。",
          "2019-06-19", embassy("2019-06-19"), rel("Cuba", "2019-06-18", "seminar", {PCC}, BL, KE),
          lang="zh"),
    Probe("en-embassy-reception-after-2021", "Ambassador Hosts Reception for Local Friends",
          "Embassy of the People's Republic of China in the Republic of Colombia\nHome > Embassy News\n"
          " date 2021-01-28\nOn January 27, Ambassador Lan Hu hosted a reception for local friends from "
          "political parties, including the Historic Pact.",
          "2021-01-28", embassy("2021-01-28", "co"), NO),
    Probe("zh-agency-this-week-after-2023", "巴西劳工党代表团赴广东考察",
          ZMENU + " date 2023-09-08\n"
          "新华社广州9月8日电 巴西劳工党代表团本周在广东考察，参观了深圳的科技企业。\n责任编辑：林峰",
          "2023-09-08", agency("2023-09-08", "zh"), rel("Brazil", None, "field_trip", {PT}, BL, KE),
          lang="zh"),
    # ================= second blind batch: harder shapes =================
    Probe("b2-agency-weekday-pcch-2024", "Senior CPC official meets Chilean Communist Party delegation",
          MENU + " date 2024-11-15\nBEIJING, Nov. 15 (Xinhua) -- Liu Haixing, head of the IDCPC, met on "
          "Wednesday with a delegation of the Communist Party of Chile led by its President Lautaro "
          "Carmona.\nLiu said the CPC is ready to deepen exchanges of governance experience.\n"
          "Editor: Fang Yi",
          "2024-11-15", agency("2024-11-15"),
          rel("Chile", "2024-11-13", "meeting", {"Communist Party of Chile"}, BL)),
    Probe("b2-field-guasu-jiangxi-2019", "Delegation of Guasu Front of Paraguay Visits Jiangxi",
          "Nanchang, December 6th (IDCPC) — A delegation of the Guasu Front of Paraguay visited Jiangxi "
          "Province from December 2 to 6 at the invitation of the CPC, touring former revolutionary base "
          "areas and poverty alleviation projects in Jinggangshan.",
          "2019-12-07", en("2019-12-07"),
          rel("Paraguay", "2019-12-02", "field_trip", {"Guasu Front"}, BL, KE)),
    Probe("b2-video-uruguay-two-parties-2023",
          "Liu Jianchao Holds Video Call with Leaders of Uruguayan Left Parties",
          "Beijing, March 31st (IDCPC) — Liu Jianchao, head of the IDCPC, held a video call with Fernando "
          "Pereira, President of the Broad Front of Uruguay, and Juan Castillo, General Secretary of the "
          "Communist Party of Uruguay, here today.",
          "2023-03-31", en("2023-03-31"),
          rel("Uruguay", "2023-03-31", "video_call", {FA, "Communist Party of Uruguay"}, BL)),
    Probe("b2-msg-raul-reply-2017", "Raúl Castro Replies to Xi Jinping's Congratulatory Message",
          "Beijing, June 23rd (IDCPC) — Raúl Castro, First Secretary of the Central Committee of the "
          "Communist Party of Cuba, recently sent a reply to Xi Jinping, General Secretary of the CPC "
          "Central Committee, thanking him for his congratulations.",
          "2017-06-23", en("2017-06-23"), rel("Cuba", None, "message", {PCC}, BL)),
    Probe("b2-seminar-cpc-pcch-zh-2021", "中国共产党与智利共产党举行视频理论研讨会",
          "中联部网站2021年6月16日讯 6月16日，中国共产党与智利共产党以视频方式举行理论研讨会，双方围绕"
          "“党的建设与国家治理”主题进行深入交流。中联部副部长钱洪山出席并致辞。",
          "2021-06-16", zh("2021-06-16"),
          rel("Chile", "2021-06-16", "seminar", {"Communist Party of Chile"}, BL, KE), lang="zh"),
    Probe("b2-briefing-caribbean-trad-2024", "中聯部向加勒比國家政黨宣介二十屆三中全會精神",
          "【本報訊】中聯部8月6日以視頻方式舉行二十屆三中全會精神宣介會，向加勒比國家政黨領導人介紹全會"
          "精神。牙買加、格林納達、多米尼克等國政黨領導人參加。",
          "2024-08-07", hk("2024-08-07"), rel("multilateral", "2024-08-06", "briefing", set(), R, KE),
          lang="zh"),
    Probe("b2-dialogue-side-meeting-pcc-2021",
          "Song Tao Meets with Cuban Party Leader Attending CPC and World Political Parties Summit",
          "Beijing, July 7th (IDCPC) — Song Tao, head of the IDCPC, met via video link with José Ramón "
          "Balaguer, head of the International Department of the Communist Party of Cuba, who attended "
          "the CPC and World Political Parties Summit, on July 7.",
          "2021-07-08", en("2021-07-08"), rel("Cuba", "2021-07-07", "meeting", {PCC}, GL, KE),
          doubtful={"event_type": "a meeting held by video link: `meeting` (headline) or `video_call`",
                    "country": "a side meeting with one country's leader at a worldwide platform: the "
                               "country, or multilateral as LAC participants at a worldwide platform",
                    "content": "a talk by video with one leader attending an online worldwide summit: the "
                               "content rule names a group that came to China for the event"}),
    Probe("b2-brics-forum-2017",
          "BRICS Political Parties, Think-tanks and Civil Society Organizations Forum Opens in Fuzhou",
          "Fuzhou, June 11th (IDCPC) — The BRICS Political Parties, Think-tanks and Civil Society "
          "Organizations Forum opened here today. Representatives of the Workers' Party of Brazil joined "
          "parties of Russia, India and South Africa at the forum.",
          "2017-06-12", en("2017-06-12"), rel("multilateral", "2017-06-11", "forum", {PT}, GL, KE)),
    Probe("b2-sao-paulo-forum-2019", "CPC Delegation Attends 25th São Paulo Forum Meeting in Caracas",
          "Caracas, July 28th (IDCPC) — A CPC delegation attended the 25th meeting of the São Paulo Forum "
          "held in Caracas from July 25 to 28, hosted by the United Socialist Party of Venezuela.",
          "2019-07-29", en("2019-07-29"),
          rel("multilateral", "2019-07-25", "forum", {PSUV}, RL, KE)),
    Probe("b2-copppal-2016", "Song Tao Meets with COPPPAL Delegation",
          "Beijing, May 24th (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the Permanent "
          "Conference of Political Parties of Latin America and the Caribbean (COPPPAL), here today.",
          "2016-05-25", en("2016-05-25"), rel("multilateral", "2016-05-24", "meeting", set(), R)),
    Probe("b2-announce-briefing-2024",
          "IDCPC to Hold Briefing for Latin American Parties on Third Plenary Session",
          "Beijing, July 22nd (IDCPC) — The IDCPC will hold an online briefing on the Third Plenary "
          "Session of the 20th CPC Central Committee for political parties of Latin America and the "
          "Caribbean on July 25.",
          "2024-07-22", en("2024-07-22"), rel("multilateral", "2024-07-25", "briefing", set(), R, KE)),
    Probe("b2-nr-politburo-study-2020", "Xi Jinping Presides over Group Study Session of Political Bureau",
          "Beijing, November 30th — The Political Bureau of the CPC Central Committee held a group study "
          "session on intellectual property protection, here today. Xi Jinping presided.",
          "2020-11-30", en("2020-11-30"), NO),
    Probe("b2-nr-equatorial-guinea-2018", "Guo Yezhou Meets with PDGE Delegation of Equatorial Guinea",
          "Beijing, April 11th (IDCPC) — Guo Yezhou met with a delegation of the Democratic Party of "
          "Equatorial Guinea, here today.", "2018-04-12", en("2018-04-12"), NO),
    Probe("b2-prov-fujian-prm-2022",
          "Fujian Party Secretary Meets with Delegation of Dominican Modern Revolutionary Party",
          "Fuzhou, April 29th (IDCPC) — Yin Li, Secretary of the Fujian Provincial Committee of the CPC, "
          "met with a delegation of the Modern Revolutionary Party of the Dominican Republic, here today.",
          "2022-04-30", en("2022-04-30"),
          rel("Dominican Republic", "2022-04-29", "meeting", {"Modern Revolutionary Party"}, B)),
    Probe("b2-prov-jiangxi-pln-zh-2018", "江西省委副书记会见哥斯达黎加民族解放党代表团",
          "中联部网站2018年11月14日讯 11月13日，江西省委副书记在南昌会见哥斯达黎加民族解放党代表团。",
          "2018-11-14", zh("2018-11-14"),
          rel("Costa Rica", "2018-11-13", "meeting", {"National Liberation Party"}, B), lang="zh"),
    Probe("b2-field-pcc-zh-2023", "古巴共产党干部考察团结束在华考察",
          "中联部网站2023年11月28日讯 11月20日至27日，古巴共产党干部考察团应中联部邀请来华，先后赴北京、"
          "贵州考察，了解中国脱贫攻坚和乡村振兴经验。",
          "2023-11-28", zh("2023-11-28"), rel("Cuba", "2023-11-20", "field_trip", {PCC}, BL, KE), lang="zh"),
    Probe("b2-paper-msg-fsln-2021", "中共中央致电祝贺尼加拉瓜桑地诺民族解放阵线成立60周年",
          "人民日报 2021年07月24日 第02版\n本报北京7月23日电 中共中央23日致电尼加拉瓜桑地诺民族解放阵线，"
          "热烈祝贺该党成立60周年。",
          "2021-07-24", paper("2021-07-24"), rel("Nicaragua", "2021-07-23", "message", {FSLN}, BL),
          lang="zh"),
    Probe("b2-letter-friday-pt-2020", "Xi Jinping Replies to Letter from Workers' Party of Brazil",
          "Beijing, November 27th (IDCPC) — Xi Jinping, General Secretary of the CPC Central Committee, on "
          "Friday replied to a letter from Gleisi Hoffmann, President of the Workers' Party of Brazil.",
          "2020-11-28", en("2020-11-28"), rel("Brazil", "2020-11-27", "message", {PT}, BL)),
    Probe("b2-embassy-local-time-pt-2022", "CPC Delegation Meets with Leaders of Workers' Party of Brazil",
          "Embassy of the People's Republic of China in the Federative Republic of Brazil\nHome > Embassy "
          "News\n date 2022-04-29\nOn the afternoon of April 28 local time, a CPC delegation led by Chen "
          "Zhou, assistant minister of the IDCPC, met in Brasília with Gleisi Hoffmann, President of the "
          "Workers' Party.",
          "2022-04-29", embassy("2022-04-29", "br"), rel("Brazil", "2022-04-28", "meeting", {PT}, BL)),
    Probe("b2-zh-deleg-brazil-local-2022", "中共代表团访问巴西",
          "应巴西劳工党邀请，中联部部长助理陈洲率中共代表团于4月26日至30日访问巴西。当地时间4月28日，"
          "代表团在巴西利亚会见劳工党主席霍夫曼。",
          "2022-05-02", zh("2022-05-02"),
          rel("Brazil", "2022-04-26", "delegation_visit_abroad", {PT}, BL), lang="zh"),
    Probe("b2-meet-mexican-youth-parties-2018",
          "Li Jun Meets with Delegation of Young Leaders of Mexican Political Parties",
          "Beijing, October 23rd (IDCPC) — Li Jun, assistant minister of the IDCPC, met with a delegation "
          "of young leaders of Mexican political parties, including members of the National Regeneration "
          "Movement and the National Action Party, here today.",
          "2018-10-24", en("2018-10-24"),
          rel("Mexico", "2018-10-23", "meeting", {MORENA, "National Action Party (Mexico)"}, BL)),
    Probe("b2-nr-solomon-2023", "Liu Jianchao Meets with Delegation of OUR Party of Solomon Islands",
          "Beijing, July 12th (IDCPC) — Liu Jianchao met with a delegation of the Ownership, Unity and "
          "Responsibility Party of Solomon Islands, here today.", "2023-07-13", en("2023-07-13"), NO),
    Probe("b2-nr-asian-briefing-2022",
          "IDCPC Holds Briefing on 20th CPC National Congress for Asian Diplomats",
          "Beijing, November 3rd (IDCPC) — The IDCPC held a briefing on the 20th National Congress of the "
          "CPC for diplomatic envoys of Asian countries in China, here today.",
          "2022-11-04", en("2022-11-04"), NO),
    Probe("b2-nr-xi-developing-2019", "Xi Stresses Solidarity with Developing Countries",
          MENU + " date 2019-05-15\nBEIJING, May 15 (Xinhua) -- Xi Jinping said on Wednesday at the "
          "Conference on Dialogue of Asian Civilizations that China will work with developing countries "
          "in Asia, Africa and Latin America.\nEditor: Han Jie",
          "2019-05-15", agency("2019-05-15"), NO),
    Probe("b2-nr-zh-us-thinktank-2024", "刘建超会见美国智库代表团",
          "中联部网站2024年1月10日讯 1月10日，中联部部长刘建超在京会见美国智库代表团。",
          "2024-01-10", zh("2024-01-10"), NO, lang="zh"),
    # ================= third blind batch: longer texts with distractors =================
    Probe("b3-meet-fdt-argentina-2021", "Song Tao Meets with Delegation of Frente de Todos of Argentina",
          "Beijing, December 3rd (IDCPC) — Song Tao, head of the IDCPC, met with a delegation of the Frente "
          "de Todos of Argentina, here today.\nSong said the CPC has friendly exchanges with more than 600 "
          "political parties in over 160 countries, including parties in Vietnam, South Africa and "
          "Spain, and values its ties with Argentine parties. The guests said the Frente de Todos supports "
          "the Global Development Initiative.",
          "2021-12-04", en("2021-12-04"), rel("Argentina", "2021-12-03", "meeting", {"Frente de Todos"}, B)),
    Probe("b3-deleg-spain-cuba-2018", "CPC Delegation Visits Spain and Cuba",
          "Havana, November 30th (IDCPC) — A CPC delegation led by Guo Yezhou, vice minister of the IDCPC, "
          "visited Spain from November 24 to 27 and Cuba from November 27 to 30. In Madrid the delegation "
          "met leaders of the Spanish Socialist Workers' Party; in Havana it met with leaders of the "
          "Communist Party of Cuba.",
          "2018-12-01", en("2018-12-01"),
          rel("Cuba", "2018-11-27", "delegation_visit_abroad", {PCC}, BL),
          doubtful={"event_date": "the trip's first day (24th, in Spain) or the LAC leg's (27th)"}),
    Probe("b3-msg-revolution-anniv-2023",
          "Xi Jinping Congratulates Díaz-Canel on 65th Anniversary of Triumph of Cuban Revolution",
          "Beijing, December 31st (IDCPC) — Xi Jinping, General Secretary of the CPC Central Committee, "
          "today sent a message to Miguel Díaz-Canel, First Secretary of the Central Committee of the "
          "Communist Party of Cuba, on the 65th anniversary of the triumph of the Cuban Revolution.\nXi "
          "recalled that since January 1, 1959 the Cuban people have defended their sovereignty, and that "
          "on September 28, 1960 Cuba became the first Latin American country to establish diplomatic "
          "relations with New China.",
          "2023-12-31", en("2023-12-31"), rel("Cuba", "2023-12-31", "message", {PCC}, BL)),
    Probe("b3-seminar-gdi-lac-2022",
          "CPC and Latin American Parties Hold Online Seminar on Global Development Initiative",
          "Beijing, September 16th (IDCPC) — The IDCPC held an online seminar with political parties of "
          "Latin America and the Caribbean on the Global Development Initiative, on September 15. More "
          "than 100 representatives of the Workers' Party of Brazil, the Communist Party of Brazil, the "
          "Broad Front of Uruguay, the National Regeneration Movement of Mexico and the Movement for "
          "Socialism of Bolivia attended.",
          "2022-09-16", en("2022-09-16"),
          rel("multilateral", "2022-09-15", "seminar", {PT, PCDOB, FA, MORENA, MAS}, RL, KE)),
    Probe("b3-course-psuv-online-2021", "Online Training Course for PSUV Cadres Opens",
          "Beijing, December 3rd (IDCPC) — An online training course for cadres of the United Socialist "
          "Party of Venezuela, hosted by the IDCPC, opened on Monday. Over five days, lecturers introduce "
          "the CPC's experience in party building and poverty reduction.",
          "2021-12-03", en("2021-12-03"),
          rel("Venezuela", "2021-11-29", "training_course", {PSUV}, BL, KE)),
    Probe("b3-prov-zhejiang-study-group-2016", "Zhejiang Party Secretary Meets with PT Study Delegation",
          "Hangzhou, July 15th (IDCPC) — Xia Baolong, Secretary of the Zhejiang Provincial Committee of "
          "the CPC, met with a study delegation of the Workers' Party of Brazil, here today. The "
          "delegation is in Zhejiang on a study tour of rural development and private enterprises.",
          "2016-07-16", en("2016-07-16"), rel("Brazil", "2016-07-15", "meeting", {PT}, BL, KE)),
    Probe("b3-nr-chinese-enterprises-2023",
          "Liu Jianchao Meets with Executives of Chinese Enterprises in Latin America",
          "Beijing, October 25th (IDCPC) — Liu Jianchao, head of the IDCPC, met with executives of Chinese "
          "enterprises operating in Brazil, Argentina and Mexico, here today, and encouraged them to "
          "serve China-Latin America cooperation.",
          "2023-10-26", en("2023-10-26"), NO),
    Probe("b3-nr-mao-symposium-2023", "Symposium Marks 130th Anniversary of Birth of Mao Zedong",
          "Beijing, December 26th — A symposium commemorating the 130th anniversary of the birth of Comrade "
          "Mao Zedong was held in Beijing today. Xi Jinping delivered an important speech.",
          "2023-12-26", en("2023-12-26"), NO),
    Probe("b3-agency-trad-pld-2019", "宋濤會見多米尼加解放黨代表團",
          ZMENU + " date 2019-03-12\n"
          "新華社北京3月12日電 中聯部部長宋濤12日在京會見多米尼加解放黨總書記帕雷德率領"
          "的代表團。\n責任編輯：黃琳",
          "2019-03-12", agency("2019-03-12", "zh"),
          rel("Dominican Republic", "2019-03-12", "meeting", {"Dominican Liberation Party"}, B), lang="zh"),
    Probe("b3-video-free-peru-2021", "Song Tao Holds Video Call with Free Peru Leaders",
          "Beijing, July 16th (IDCPC) — Song Tao, head of the IDCPC, held a video call on Thursday with "
          "Vladimir Cerrón, Secretary General of the Free Peru party.",
          "2021-07-16", en("2021-07-16"), rel("Peru", "2021-07-15", "video_call", {"Free Peru"}, BL)),
    Probe("b3-msg-chavez-2013", "CPC Central Committee Sends Condolences on Death of Hugo Chávez",
          "Beijing, March 6th (IDCPC) — The Central Committee of the Communist Party of China today sent "
          "a message of condolence to the United Socialist Party of Venezuela on the death of President "
          "Hugo Chávez Frías, founder and leader of the party.",
          "2013-03-06", en("2013-03-06"), rel("Venezuela", "2013-03-06", "message", {PSUV}, BL)),
    Probe("b3-meet-mexican-senate-2025", "Liu Haixing Meets with President of Mexican Senate",
          "Beijing, June 20th (IDCPC) — Liu Haixing, head of the IDCPC, met with Gerardo Fernández Noroña, "
          "President of the Senate of Mexico and a leader of the National Regeneration Movement, here "
          "today.",
          "2025-06-21", en("2025-06-21"), rel("Mexico", "2025-06-20", "meeting", {MORENA}, BL)),
    Probe("b3-dialogue-central-america-2021",
          "First Dialogue between CPC and Parties of Central America and the Caribbean Held Online",
          "Beijing, October 29th (IDCPC) — The first dialogue between the CPC and political parties of "
          "Central America and the Caribbean was held online on October 28. Leaders of the Sandinista "
          "National Liberation Front of Nicaragua and the Farabundo Martí National Liberation Front of El "
          "Salvador spoke.",
          "2021-10-29", en("2021-10-29"),
          rel("multilateral", "2021-10-28", "dialogue", {FSLN, FMLN}, RL, KE)),
]


# First-run (blind) failures still open, with the reason (all 13 were fixed after the first run:
# 'this week' as no day; an embassy headline naming the CPC side of the exchange).
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_page_field(probe: Probe, name: str, expected):
    """Codebook decision rules: the headline's exchange; date from the text (stated day, dateline,
    weekday counted back); country/mechanism from the LAC actors; type by the format's precedence."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)
