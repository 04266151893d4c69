"""Campaign 17V: a second, fresh blind sample of LAC parties and bodies that no name list knows.

Two campaigns wrote rules for unlisted counterparts (parties, unions, federations, think tanks)
after blind runs on their own probes; these pages are the check. Invented or obscure names of Latin
American and Caribbean parties and bodies, named every way pages name them: English and own-language
names, acronyms, with and without the country, the country only from a demonym, "of X", a dateline
or a later sentence; several parties; a listed and an unlisted party together; and hard negatives
(Spanish-, Portuguese-, French- and English-named parties of Africa, Europe, Asia and the Pacific;
LAC parties only mentioned).

Self-written releases in the sites' style; party, country and official names of real people and
parties are facts, the rest invented. Each probe names the values a careful coder would give under
the codebook (shared/eval/SCHEMA.md). ``parties`` is the set of canonical party names of the
contacts: for a party no list knows, the coder writes its English name as the page gives it (the
own-language name where the page gives no English one). ``n_parties`` counts them, so a party found
under another spelling is told apart from one missed."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    BL,
    DI,
    GL,
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
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_2-03.htm"
EMBASSY_ZH = "http://{cc}.china-embassy.gov.cn/sgxw/{ym}/t{ymd}_11{n:04d}.htm"


def en(pid: str, title: str, text: str, day: str, n: int, expect: dict[str, Any], old: bool = False,
       **kw: Any) -> Probe:
    """An IDCPC English page printed on ``day``."""
    return Probe(pid, title, text, day, url(IDCPC_EN_OLD if old else IDCPC_EN, day, n), expect, **kw)


def zh(pid: str, title: str, text: str, day: str, n: int, expect: dict[str, Any], **kw: Any) -> Probe:
    """An IDCPC Chinese page printed on ``day``."""
    return Probe(pid, title, text, day, url(IDCPC_ZH, day, n), expect, lang="zh", **kw)


PROBES: list[Probe] = [
    # ---- A. IDCPC English: one unlisted party, named in the many ways pages name it ----
    en("en-full-name-of-country",
       "Sun Haiyan Meets Delegation of Democratic Convergence Party of Honduras",
       "Beijing, March 14th—Sun Haiyan, vice minister of the CPC's International Department, received here "
       "today a delegation of the Democratic Convergence Party of Honduras led by its secretary-general "
       "Marco Antonio Zelaya. Sun said the CPC is willing to deepen exchanges with Honduran parties. Zelaya "
       "said his party values the experience of the CPC in governance.",
       "2024-03-14", 101,
       yes("Honduras", "meeting", "2024-03-14", parties={"Democratic Convergence Party of Honduras"},
           n_parties=1, mechanism=B, content=DI)),
    en("en-demonym-only",
       "Guo Yezhou Meets Guatemalan Party Delegation",
       "Beijing, June 6th—Guo Yezhou, a deputy head of the CPC's International Department, met here today "
       "with a delegation of the Movement for Popular Sovereignty, a Guatemalan party, headed by its "
       "president Ana Lucía Chacón. The two sides exchanged views on party building and on ties between "
       "China and Guatemala.",
       "2023-06-06", 102,
       yes("Guatemala", "meeting", "2023-06-06", parties={"Movement for Popular Sovereignty"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-acronym-after-name",
       "Chen Zhou Meets Leader of Peruvian Left Party",
       "Beijing, September 20th—Chen Zhou, a vice minister of the CPC's International Department, met here "
       "today with Rosa Quispe Mamani, chairwoman of the New Socialist Front (NFS) of Peru. Chen briefed the "
       "guest on the CPC's work since its 20th National Congress. Quispe said the NFS admires China's path "
       "and hopes to learn from the CPC's experience in poverty reduction.",
       "2023-09-20", 103,
       yes("Peru", "meeting", "2023-09-20", parties={"New Socialist Front"}, n_parties=1, mechanism=BL,
           content=DI)),
    en("en-spanish-name-only",
       "Sun Haiyan Meets Delegation of Bolivian Party",
       "Beijing, April 11th—Sun Haiyan of the CPC's International Department met here today with a "
       "delegation of Bolivia's Frente Revolucionario de Izquierda Nacional led by its leader Ramiro "
       "Condori. Sun said the CPC is ready to strengthen exchanges with Bolivian political parties of all "
       "kinds. Condori thanked China for its support to Bolivia's development.",
       "2024-04-11", 104,
       yes("Bolivia", "meeting", "2024-04-11", parties={"Frente Revolucionario de Izquierda Nacional"},
           n_parties=1, mechanism=BL, content=DI)),
    en("en-country-later-sentence",
       "Liu Haixing Meets Chairman of the Citizens' Renewal Party",
       "Beijing, November 2nd—Liu Haixing, who heads the CPC's International Department, received here "
       "today Julio Benítez, chairman of the Citizens' Renewal Party. Liu said China regards Paraguay as a "
       "country with which it wishes to build understanding. Benítez said his party, which holds seats in "
       "the Paraguayan Congress, supports more exchanges with China.",
       "2025-11-02", 105,
       yes("Paraguay", "meeting", "2025-11-02", parties={"Citizens' Renewal Party"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-portuguese-name-brazil",
       "Chen Zhou Meets Delegation of Brazilian Party",
       "Beijing, May 16th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Partido da Renovação Trabalhista of Brazil led by its national president "
       "Carlos Eduardo Moura. The two sides discussed cooperation between local governments and exchanges "
       "between young politicians.",
       "2024-05-16", 106,
       yes("Brazil", "meeting", "2024-05-16", parties={"Partido da Renovação Trabalhista"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-caribbean-labour-party",
       "Sun Haiyan Meets Leader of Grenadian Opposition Party",
       "Beijing, July 9th—Sun Haiyan, vice minister of the CPC's International Department, met here today "
       "with Peter David Mitchell, political leader of the People's Progressive Movement of Grenada. Sun "
       "said "
       "that China and Grenada are good friends and partners. Mitchell said the movement supports the "
       "one-China principle.",
       "2019-07-09", 107,
       yes("Grenada", "meeting", "2019-07-09", parties={"People's Progressive Movement of Grenada"},
           n_parties=1, mechanism=B, content=DI), old=True),
    en("en-communist-party-obscure",
       "Qian Hongshan Meets Delegation of the Communist Party of Paraguay",
       "Beijing, October 15th—Qian Hongshan, vice minister of the CPC's International Department, met here "
       "today with a delegation of the Paraguayan Communist Party headed by its general secretary Najeeb "
       "Amado. Qian introduced the CPC's ideas on governance. Amado said the party will continue to tell "
       "Paraguayans the truth about China.",
       "2019-10-15", 108,
       yes("Paraguay", "meeting", "2019-10-15", parties={"Paraguayan Communist Party"}, n_parties=1,
           mechanism=BL, content=DI), old=True),
    en("en-secretary-general-then-party",
       "Ma Hui Meets Secretary-General of Costa Rican Party",
       "Beijing, August 27th—Ma Hui, vice minister of the CPC's International Department, met here today "
       "with Laura Vargas Solís, secretary-general of the Costa Rican Progressive Union Party. They "
       "exchanged "
       "views on relations between their parties and on economic cooperation between China and Costa Rica.",
       "2024-08-27", 109,
       yes("Costa Rica", "meeting", "2024-08-27", parties={"Costa Rican Progressive Union Party"},
           n_parties=1, mechanism=B, content=DI)),
    en("en-dateline-abroad",
       "CPC Delegation Visits Ecuador",
       "Quito, March 21st—At the invitation of the Ecuadorian Socialist Party, a CPC delegation led by Hu "
       "Heping, a member of the CPC Central Committee, paid a visit to Ecuador from March 19th to 23rd. The "
       "delegation met with leaders of the Ecuadorian Socialist Party and of the Citizen Power Movement, "
       "and visited a Chinese-funded hydropower station.",
       "2023-03-25", 110,
       yes("Ecuador", "delegation_visit_abroad", "2023-03-19",
           parties={"Ecuadorian Socialist Party", "Citizen Power Movement"}, n_parties=2, mechanism=BL,
           content=DI)),
    en("en-video-call-unlisted",
       "Liu Jianchao Holds Video Call with Leader of Colombian Party",
       "Beijing, February 8th—Liu Jianchao, who heads the CPC's International Department, held a video call "
       "today with Gustavo Andrés Orozco, president of Colombia's Alternative Democratic Pole. Liu said the "
       "CPC is ready to work with Colombian parties to carry forward the friendship. Orozco said his party "
       "stands for social justice and would like closer ties with the CPC.",
       "2023-02-08", 111,
       yes("Colombia", "video_call", "2023-02-08", parties={"Alternative Democratic Pole"}, n_parties=1,
           mechanism=BL, content=DI)),
    en("en-message-condolence-unlisted",
       "CPC Central Committee Sends Condolences on Passing of Uruguayan Party Founder",
       "Beijing, January 19th—The Central Committee of the CPC sent a message of condolence to the "
       "Socialist Workers' Movement of Uruguay on the death of its founder Hugo Nelson Ferreira. The message "
       "said Ferreira had been an old friend of the Chinese people and had done much to advance ties between "
       "the two parties.",
       "2022-01-19", 112,
       yes("Uruguay", "message", "2022-01-19", parties={"Socialist Workers' Movement of Uruguay"},
           n_parties=1, mechanism=BL, content=DI)),
    en("en-delegation-received-whole-stay",
       "Delegation of Party of Citizen Convergence of Mexico Visits China",
       "At the invitation of the CPC, a delegation of the Party of Citizen Convergence of Mexico led by its "
       "national coordinator Diego Elizondo visited China from June 3rd to 10th. Wei Hongtian, an assistant "
       "minister of the CPC's International Department, met the delegation in Beijing. The delegation also "
       "went to Zhejiang and Guangdong.",
       "2024-06-11", 113,
       yes("Mexico", "delegation_received", "2024-06-03", parties={"Party of Citizen Convergence of Mexico"},
           n_parties=1, mechanism=B, content=DI)),
    en("en-field-trip-province",
       "Delegation of Honduran Party of National Unity Visits Fujian",
       "Fuzhou, September 12th—A delegation of the Honduran Party of National Unity led by its vice "
       "president Karla Mejía visited Fujian Province from September 10th to 13th at the invitation of the "
       "CPC. The delegation toured a tea cooperative, a port and a rural revitalisation project, and learned "
       "about the CPC's work in poverty alleviation.",
       "2024-09-14", 114,
       yes("Honduras", "field_trip", "2024-09-10", parties={"Honduran Party of National Unity"}, n_parties=1,
           mechanism=B, content=KE)),
    en("en-listed-and-unlisted",
       "Chen Zhou Meets Delegation of Venezuelan Parties",
       "Beijing, May 22nd—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with a joint delegation of the United Socialist Party of Venezuela and the Bolivarian Movement of "
       "Popular Unity, led by Diosdado Rivas. Chen said the CPC supports Venezuela in defending its "
       "sovereignty. Rivas said the two parties will learn from the CPC's experience.",
       "2024-05-22", 115,
       yes("Venezuela", "meeting", "2024-05-22",
           parties={"United Socialist Party of Venezuela", "Bolivarian Movement of Popular Unity"},
           n_parties=2, mechanism=BL, content=DI)),
    en("en-two-unlisted-one-country",
       "Sun Haiyan Meets Delegation of Chilean Parties",
       "Beijing, October 8th—Sun Haiyan, vice minister of the CPC's International Department, met here "
       "today with a delegation of Chilean parties made up of leaders of the Humanist Federation Party and "
       "the Regionalist Green Party. Sun briefed them on China's high-quality development. The guests said "
       "Chile hopes to deepen cooperation with China in clean energy.",
       "2024-10-08", 116,
       yes("Chile", "meeting", "2024-10-08", parties={"Humanist Federation Party", "Regionalist Green Party"},
           n_parties=2, mechanism=B, content=DI)),
    en("en-union-confederation",
       "Chen Zhou Meets Delegation of Argentine Trade Union Confederation",
       "Beijing, April 18th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Argentine Confederation of Metal Workers led by its secretary-general "
       "Hernán Roldán. The two sides exchanged views on workers' rights and on economic cooperation between "
       "China and Argentina.",
       "2024-04-18", 117,
       yes("Argentina", "meeting", "2024-04-18", parties=set(), n_parties=0, mechanism=B, content=DI)),
    en("en-think-tank",
       "Guo Yezhou Meets Delegation of Brazilian Think Tank",
       "Beijing, November 14th—Guo Yezhou, vice minister of the CPC's International Department, met here "
       "today with a delegation of the Instituto de Estudos Sul-Sul of Brazil headed by its director Paula "
       "Mendes. The two sides discussed exchanges between think tanks and the Global Development "
       "Initiative.",
       "2023-11-14", 118,
       yes("Brazil", "meeting", "2023-11-14", parties=set(), n_parties=0, mechanism=B, content=DI)),
    en("en-youth-wing-of-unlisted",
       "Delegation of Young Leaders of Dominican Party Visits China",
       "Beijing, July 3rd—Wei Hongtian, an assistant minister of the CPC's International Department, met "
       "here today with a delegation of young leaders of the Dominican Liberal Renewal Party led by Nelson "
       "Peña. Wei said young people are the future of China–Dominican Republic relations. The delegation "
       "will also visit Shaanxi.",
       "2023-07-03", 119,
       yes("Dominican Republic", "meeting", "2023-07-03", parties={"Dominican Liberal Renewal Party"},
           n_parties=1, mechanism=B, content=DI)),
    en("en-former-president-and-party",
       "Ma Hui Meets Former President of Panama",
       "Beijing, June 25th—Ma Hui, vice minister of the CPC's International Department, met here today with "
       "Ernesto Aguilar, former president of Panama and honorary chairman of the Panamanian Popular "
       "Alliance. The two sides exchanged views on the Belt and Road and on party-to-party ties.",
       "2024-06-25", 120,
       yes("Panama", "meeting", "2024-06-25", parties={"Panamanian Popular Alliance"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-suriname-party",
       "Sun Haiyan Meets Chairman of Surinamese Party",
       "Beijing, December 5th—Sun Haiyan, vice minister of the CPC's International Department, met here "
       "today with Ronald Wijdenbosch, chairman of the Progressive Workers' and Farmers' Union of Suriname. "
       "Sun spoke highly of the friendship between China and Suriname. Wijdenbosch said his party supports "
       "the Belt and Road Initiative.",
       "2019-12-05", 121,
       yes("Suriname", "meeting", "2019-12-05",
           parties={"Progressive Workers' and Farmers' Union of Suriname"}, n_parties=1, mechanism=BL,
           content=DI), old=True),
    en("en-jamaica-party-country-in-dateline",
       "Wang Yajun Meets Leader of Jamaican Opposition Movement",
       "Beijing, March 28th—Wang Yajun, an assistant minister of the CPC's International Department, met "
       "here "
       "today with Desmond Whyte, leader of the National Democratic Movement of Jamaica. Wang said China "
       "values its relations with Jamaica. Whyte said he hoped to see more Chinese investment in the "
       "Caribbean.",
       "2021-03-28", 122,
       yes("Jamaica", "meeting", "2021-03-28", parties={"National Democratic Movement of Jamaica"},
           n_parties=1, mechanism=B, content=DI)),
    en("en-guyana-party-acronym-first",
       "Guo Yezhou Meets AFC Delegation from Guyana",
       "Beijing, August 19th—Guo Yezhou, a vice minister of the CPC's International Department, met here "
       "today with a delegation of the AFC (Alliance for Change) of Guyana led by its leader Khemraj "
       "Ramjattan. "
       "Guo said the CPC wishes to have exchanges with all parties of Guyana.",
       "2019-08-19", 123,
       yes("Guyana", "meeting", "2019-08-19", parties={"Alliance for Change"}, n_parties=1, mechanism=B,
           content=DI), old=True),
    en("en-seminar-unlisted-party",
       "CPC and Salvadoran Party Hold Theory Seminar",
       "San Salvador, October 24th—A theory seminar on the modernisation of governance, co-hosted by the "
       "CPC's International Department and the Salvadoran Democratic Left Party, was held here today. Some "
       "60 members of the party took part. Speakers from both parties shared their experience in building "
       "grassroots organisations.",
       "2023-10-26", 124,
       yes("El Salvador", "seminar", "2023-10-24", parties={"Salvadoran Democratic Left Party"}, n_parties=1,
           mechanism=BL, content=KE)),
    en("en-training-course-one-party",
       "CPC Opens Training Course for Cadres of Nicaraguan Party",
       "Beijing, July 17th—An online workshop for cadres of the Nicaraguan Independent Liberal Alliance "
       "opened "
       "today. Run by the CPC's International Department, the course will run for ten days and cover China's "
       "rural development and the CPC's self-reform. Forty cadres of the party attended.",
       "2022-07-17", 125,
       yes("Nicaragua", "training_course", "2022-07-17", parties={"Nicaraguan Independent Liberal Alliance"},
           n_parties=1, mechanism=B, content=KE)),
    en("en-phone-call-unlisted",
       "Liu Jianchao Talks with Chairman of Trinidadian Party over Phone",
       "Beijing, April 2nd—Liu Jianchao, head of the CPC's International Department, had a telephone "
       "conversation today with Anand Ramlogan, chairman of the Progressive Empowerment Party of Trinidad "
       "and "
       "Tobago. The two sides exchanged views on party relations.",
       "2024-04-02", 126,
       yes("Trinidad and Tobago", "phone_call", "2024-04-02",
           parties={"Progressive Empowerment Party of Trinidad and Tobago"}, n_parties=1, mechanism=B,
           content=DI)),
    en("en-yesterday-weekday",
       "Sun Haiyan Meets Delegation of Belizean Party",
       "Beijing, May 12th—Sun Haiyan, vice minister of the CPC's International Department, met on Thursday "
       "with a delegation of the Belize Progressive Party led by its leader Patrick Rogers. The two sides "
       "talked about exchanges between political parties.",
       "2023-05-12", 127,
       yes("Belize", "meeting", "2023-05-11", parties={"Belize Progressive Party"}, n_parties=1, mechanism=B,
           content=DI)),
    en("en-haiti-party",
       "Wei Hongtian Meets Haitian Party Leader",
       "Beijing, September 4th—Wei Hongtian, an assistant minister of the CPC's International Department, "
       "met here today with Jean-Claude Désir, coordinator of the Haitian Patriotic Union for Renewal. Wei "
       "said China follows the situation in Haiti with concern. Désir thanked China for its humanitarian "
       "aid.",
       "2024-09-04", 128,
       yes("Haiti", "meeting", "2024-09-04", parties={"Haitian Patriotic Union for Renewal"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-women-federation",
       "Ma Hui Meets Delegation of Cuban Federation of Small Farmers",
       "Beijing, November 21st—Ma Hui, vice minister of the CPC's International Department, met here today "
       "with a delegation of Cuba's National Association of Small Farmers led by its president Rafael "
       "Santiesteban. Ma said the CPC and the Communist Party of Cuba share ideals.",
       "2023-11-21", 129,
       yes("Cuba", "meeting", "2023-11-21", parties=set(), n_parties=0, mechanism=B, content=DI)),
    en("en-antigua-party-of",
       "Guo Yezhou Meets Delegation from Antigua and Barbuda",
       "Beijing, June 13th—Guo Yezhou, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Democratic National Alliance of Antigua and Barbuda led by its chairman "
       "Joanne Massiah. Guo said China and Antigua and Barbuda have been good partners.",
       "2024-06-13", 130,
       yes("Antigua and Barbuda", "meeting", "2024-06-13", parties={"Democratic National Alliance"},
           n_parties=1, mechanism=B, content=DI)),
]
PROBES += [
    # ---- B. IDCPC English: several countries, platforms, and unlisted bodies among listed ones ----
    en("en-two-countries-unlisted",
       "Chen Zhou Meets Delegation of Central American Parties",
       "Beijing, March 7th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with a delegation of Central American parties made up of leaders of the Guatemalan Winaq Movement "
       "and "
       "the Honduran Democratic Unification Party. Chen said the CPC is ready to deepen exchanges with "
       "parties of the region.",
       "2024-03-07", 131,
       yes(M, "meeting", "2024-03-07", parties={"Winaq", "Democratic Unification Party"},
           n_parties=2, mechanism=RL, content=DI, exchange_type=M)),
    en("en-regional-course-unlisted-parties",
       "Workshop for Caribbean Party Cadres Opens in Beijing",
       "Beijing, October 16th—A workshop for cadres of Caribbean political parties, run by the CPC's "
       "International Department, opened here today. Some thirty members of the Barbados Progressive "
       "Alliance, the Dominica People's Congress and the Saint Lucia Reform Party attended. The workshop "
       "will "
       "cover China's governance and green development.",
       "2023-10-16", 132,
       yes(M, "training_course", "2023-10-16",
           parties={"Barbados Progressive Alliance", "Dominica People's Congress",
                    "Saint Lucia Reform Party"},
           n_parties=3, mechanism=R, content=KE)),
    en("en-global-dialogue-lac-unlisted",
       "Leaders of Latin American Parties Attend CPC in Dialogue with World Political Parties",
       "Beijing, July 6th—The CPC in Dialogue with World Political Parties high-level meeting was held "
       "online today. Among the participants from Latin America were Rodrigo Céspedes, president of the "
       "Bolivian Movement for Sovereignty, and Teresa Lima, vice chair of the Socialist Union of Ecuador.",
       "2021-07-06", 133,
       yes(M, "dialogue", "2021-07-06",
           parties={"Bolivian Movement for Sovereignty", "Socialist Union of Ecuador"},
           n_parties=2, mechanism=GL, content=KE)),
    en("en-mixed-listed-unlisted-multi",
       "Sun Haiyan Meets Delegation of South American Left Parties",
       "Beijing, August 29th—Sun Haiyan, vice minister of the CPC's International Department, met here today "
       "with a delegation of left-wing parties of South America, including the Communist Party of Brazil, "
       "the "
       "Argentine Humanist Labour Party and the Uruguayan Party for the Victory of the People. The two sides "
       "exchanged views on the international situation.",
       "2023-08-29", 134,
       yes(M, "meeting", "2023-08-29",
           parties={"Communist Party of Brazil", "Argentine Humanist Labour Party",
                    "Party for the Victory of the People"},
           n_parties=3, mechanism=RL, content=DI)),
    en("en-celac-forum-unlisted",
       "China-CELAC Political Parties Forum Held in Tianjin",
       "Tianjin, May 25th—The China-CELAC Political Parties Forum opened here today. Over 100 leaders of "
       "parties from 27 countries of the region attended, among them the Honduran Civic Resistance Party and "
       "the Progressive Caribbean Movement of Saint Vincent and the Grenadines.",
       "2018-05-26", 135,
       yes(M, "forum", "2018-05-25", mechanism=R, content=KE), old=True),
    en("en-visit-abroad-unlisted-hosts",
       "CPC Delegation Visits Colombia and Peru",
       "Lima, July 14th—A CPC delegation led by Wang Yajun, an assistant minister of the CPC's International "
       "Department, visited Colombia and Peru from July 8th to 14th. In Bogotá it met leaders of the Green "
       "Alliance Party; in Lima it held talks with the Peruvian Workers' Front and the Democratic Peru "
       "Party.",
       "2024-07-16", 136,
       yes(M, "delegation_visit_abroad", "2024-07-08",
           parties={"Green Alliance", "Peruvian Workers' Front", "Democratic Peru Party"}, n_parties=3,
           mechanism=RL, content=DI)),
    en("en-ambassadors-and-party-briefing",
       "CPC Holds Briefing for Argentine Parties",
       "Buenos Aires, December 4th—A briefing on the CPC's recent plenary session was held here today by a "
       "CPC delegation. Leaders of the Justicialist Party and of the Movement for Federal Dignity of "
       "Argentina "
       "attended.",
       "2024-12-06", 137,
       yes("Argentina", "briefing", "2024-12-04",
           parties={"Justicialist Party", "Movement for Federal Dignity"}, n_parties=2, mechanism=B,
           content=KE)),
    en("en-party-leader-only-surname-later",
       "Wei Hongtian Meets Delegation of Chilean Party",
       "Beijing, January 15th—Wei Hongtian, an assistant minister of the CPC's International Department, met "
       "here today with a delegation led by Tomás Ibarra, vice president of Chile's Party of Social "
       "Convergence. Ibarra said the party admires China's success.",
       "2025-01-15", 138,
       yes("Chile", "meeting", "2025-01-15", parties={"Social Convergence"}, n_parties=1,
           mechanism=BL, content=DI)),
    en("en-mexico-state-branch",
       "Delegation of Mexican Regional Party Visits China",
       "Beijing, October 3rd—Sun Haiyan, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Sonora branch of the Mexican Social Encounter Party led by its state leader "
       "Raúl Garza. Sun said local exchanges are an important part of China–Mexico ties.",
       "2019-10-03", 139,
       yes("Mexico", "meeting", "2019-10-03", parties={"Social Encounter Party"}, n_parties=1,
           mechanism=B, content=DI), old=True),
    en("en-bahamas-party",
       "Guo Yezhou Meets Bahamian Opposition Leader",
       "Beijing, April 25th—Guo Yezhou, vice minister of the CPC's International Department, met here today "
       "with Lynden Cartwright, deputy leader of the Democratic National Movement of the Bahamas. Guo said "
       "China wishes to deepen practical cooperation with the Bahamas.",
       "2024-04-25", 140,
       yes("Bahamas", "meeting", "2024-04-25", parties={"Democratic National Movement"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-workers-federation-with-party",
       "Chen Zhou Meets Colombian Union and Party Delegation",
       "Beijing, June 19th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with "
       "a delegation of the Colombian Patriotic Union Party and the Unified Federation of Colombian Workers. "
       "Chen said the CPC is willing to share its experience in serving the people.",
       "2024-06-19", 141,
       yes("Colombia", "meeting", "2024-06-19", parties={"Patriotic Union (Colombia)"}, n_parties=1,
           mechanism=BL, content=DI)),
    en("en-letter-reply-unlisted",
       "Liu Jianchao Replies to Letter from Leader of Ecuadorian Party",
       "Beijing, February 21st—Liu Jianchao, head of the CPC's International Department, today replied to a "
       "letter from Verónica Alarcón, president of the Democratic Left Renewal of Ecuador, thanking her for "
       "her Spring Festival greetings.",
       "2024-02-21", 142,
       yes("Ecuador", "message", "2024-02-21", parties={"Democratic Left Renewal"}, n_parties=1,
           mechanism=BL, content=DI)),
    en("en-the-party-only-later",
       "Sun Haiyan Meets Delegation from Uruguay",
       "Beijing, September 9th—Sun Haiyan, vice minister of the CPC's International Department, met here "
       "today with a delegation from Uruguay led by Martín Olivera. Olivera, who chairs the Uruguayan Civic "
       "Union Party, said his party values dialogue with the CPC.",
       "2024-09-09", 143,
       yes("Uruguay", "meeting", "2024-09-09", parties={"Uruguayan Civic Union Party"}, n_parties=1,
           mechanism=B, content=DI)),
    en("en-caricom-body-not-party",
       "Chen Zhou Meets Delegation of Caribbean Youth Council",
       "Beijing, November 6th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Caribbean Regional Youth Council made up of young leaders from Jamaica, "
       "Barbados and Guyana. Chen said youth exchanges build lasting friendship.",
       "2023-11-06", 144,
       yes(M, "meeting", "2023-11-06", parties=set(), n_parties=0, mechanism=R, content=DI)),
    en("en-peasant-movement",
       "Wang Yajun Meets Delegation of Brazilian Landless Movement",
       "Beijing, March 19th—Wang Yajun, an assistant minister of the CPC's International Department, met "
       "here "
       "today with a delegation of Brazil's Movement of Small Farmers led by its coordinator Isabela Nunes. "
       "They talked about rural development and food security.",
       "2024-03-19", 145,
       yes("Brazil", "meeting", "2024-03-19", parties=set(), n_parties=0, mechanism=B, content=DI)),
]

NEGATIVES: list[Probe] = [
    # ---- C. hard negatives: Spanish/Portuguese/French/English-named parties outside LAC ----
    en("neg-equatorial-guinea",
       "Sun Haiyan Meets Delegation of the Democratic Party of Equatorial Guinea",
       "Beijing, March 12th—Sun Haiyan, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Partido Democrático de Guinea Ecuatorial led by its secretary-general. The "
       "two sides exchanged views on party building.",
       "2024-03-12", 201, NO),
    en("neg-angola-portuguese",
       "Chen Zhou Meets Delegation of the MPLA",
       "Beijing, May 8th—Chen Zhou, vice minister of the CPC's International Department, met here today with "
       "a delegation of the Movimento Popular de Libertação de Angola led by a member of its political "
       "bureau. "
       "Chen said China and Angola are good brothers.",
       "2024-05-08", 202, NO),
    en("neg-cape-verde",
       "Guo Yezhou Meets Leader of the African Party for the Independence of Cape Verde",
       "Beijing, July 23rd—Guo Yezhou, vice minister of the CPC's International Department, met here today "
       "with the president of the African Party for the Independence of Cape Verde (PAICV). The two sides "
       "agreed to strengthen exchanges between Chinese and Cape Verdean parties.",
       "2024-07-23", 203, NO),
    en("neg-spain-podemos",
       "Ma Hui Meets Delegation of Spanish Party",
       "Beijing, October 17th—Ma Hui, vice minister of the CPC's International Department, met here today "
       "with "
       "a delegation of the Spanish party Unidas Podemos. The two sides talked about China–EU relations and "
       "the situation in Latin America, where both have partners.",
       "2023-10-17", 204, NO),
    en("neg-portugal-communist",
       "CPC Delegation Visits Portugal",
       "Lisbon, September 25th—A CPC delegation led by Hu Heping visited Portugal from September 22nd to "
       "26th "
       "and met leaders of the Portuguese Communist Party and the Socialist Party. The delegation also "
       "visited Porto.",
       "2023-09-27", 205, NO),
    en("neg-senegal-french",
       "Wei Hongtian Meets Delegation of Senegalese Party",
       "Beijing, June 4th—Wei Hongtian, an assistant minister of the CPC's International Department, met "
       "here "
       "today with a delegation of the Alliance pour la République of Senegal. Wei said China and Senegal "
       "enjoy a comprehensive strategic cooperative partnership.",
       "2024-06-04", 206, NO),
    en("neg-new-caledonia",
       "Chen Zhou Meets Delegation of New Caledonian Independence Front",
       "Beijing, November 28th—Chen Zhou, vice minister of the CPC's International Department, met here "
       "today "
       "with a delegation of the Front de Libération Nationale Kanak et Socialiste of New Caledonia. They "
       "exchanged views on cooperation among Pacific island parties.",
       "2023-11-28", 207, NO),
    en("neg-philippines-spanish",
       "Sun Haiyan Meets Delegation of Philippine Party",
       "Beijing, August 14th—Sun Haiyan, vice minister of the CPC's International Department, met here today "
       "with a delegation of the Partido Demokratiko Pilipino led by its secretary-general. Sun said the CPC "
       "wishes to deepen exchanges with Philippine parties.",
       "2024-08-14", 208, NO),
    en("neg-timor-leste",
       "Guo Yezhou Meets FRETILIN Delegation",
       "Beijing, May 30th—Guo Yezhou, vice minister of the CPC's International Department, met here today "
       "with "
       "a delegation of the Frente Revolucionária do Timor-Leste Independente. Guo said the CPC values its "
       "ties with the party.",
       "2024-05-30", 209, NO),
    en("neg-belgium-french",
       "Ma Hui Meets Delegation of Belgian Socialist Party",
       "Beijing, March 27th—Ma Hui, vice minister of the CPC's International Department, met here today with "
       "a "
       "delegation of the Parti Socialiste of Belgium. The two sides discussed relations between China and "
       "Europe.",
       "2024-03-27", 210, NO),
    en("neg-lac-party-only-mentioned",
       "Chen Zhou Meets Delegation of Mozambican Party",
       "Beijing, April 9th—Chen Zhou, vice minister of the CPC's International Department, met here today "
       "with "
       "a delegation of FRELIMO led by a member of its political commission. The guest recalled that the "
       "party had recently sent observers to a congress of the Workers' Party of Brazil and of the Bolivian "
       "Movement for Sovereignty.",
       "2024-04-09", 211, NO),
    en("neg-canada-english",
       "Wang Yajun Meets Canadian Party Delegation",
       "Beijing, October 21st—Wang Yajun, an assistant minister of the CPC's International Department, met "
       "here today with a delegation of the New Democratic Party of Canada's British Columbia branch. They "
       "exchanged views on provincial cooperation.",
       "2019-10-21", 212, NO, old=True),
    en("neg-vanuatu",
       "Sun Haiyan Meets Vanuatu Party Leader",
       "Beijing, September 17th—Sun Haiyan, vice minister of the CPC's International Department, met here "
       "today with the president of the Union des Partis Modérés of Vanuatu. Sun said China respects the "
       "development path chosen by Pacific island countries.",
       "2024-09-17", 213, NO),
    en("neg-guinea-bissau",
       "Wei Hongtian Meets PAIGC Delegation",
       "Beijing, December 11th—Wei Hongtian, an assistant minister of the CPC's International Department, "
       "met "
       "here today with a delegation of the African Party for the Independence of Guinea and Cape Verde from "
       "Guinea-Bissau. Wei said the two parties enjoy a traditional friendship.",
       "2023-12-11", 214, NO),
]
ZH_PROBES: list[Probe] = [
    # ---- D. IDCPC Chinese (simplified and some traditional) ----
    zh("zh-peru-front",
       "孙海燕会见秘鲁新社会主义阵线代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n3月21日，中联部副部长孙海燕在京会见由主席罗莎·基斯佩率领的秘鲁新社会主义"
       "阵线代表团。孙海燕介绍了中共二十大以来的工作。基斯佩表示，该阵线愿学习借鉴中共治国理政经验。",
       "2024-03-22", 301,
       yes("Peru", "meeting", "2024-03-21", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-honduras-democratic-unification",
       "陈洲会见洪都拉斯民主统一党总书记",
       "6月12日，中联部副部长陈洲在京会见洪都拉斯民主统一党总书记塞萨尔·哈姆。双方就两党关系和中洪合作交换意见。",
       "2024-06-13", 302,
       yes("Honduras", "meeting", "2024-06-12", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-paraguay-communist",
       "郭业洲会见巴拉圭共产党代表团",
       "10月15日，中联部副部长郭业洲在京会见巴拉圭共产党总书记纳吉布·阿马多率领的代表团。郭业洲表示，中共愿同巴共加强交流。",
       "2019-10-16", 303,
       yes("Paraguay", "meeting", "2019-10-15", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-guatemala-winaq",
       "马辉会见危地马拉维纳克运动领导人",
       "9月5日，中联部副部长马辉在京会见危地马拉维纳克运动总协调人玛丽亚·托伊。马辉表示，中方愿同危地马拉各政党开展交往。",
       "2024-09-06", 304,
       yes("Guatemala", "meeting", "2024-09-05", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-brazil-psol",
       "陈洲会见巴西社会主义和自由党代表团",
       "5月9日，中联部副部长陈洲在京会见巴西社会主义和自由党全国主席保拉·卡尔多佐率领的代表团。双方就治国理政经验进行了交流。",
       "2024-05-10", 305,
       yes("Brazil", "meeting", "2024-05-09", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-mexico-citizens-movement",
       "孙海燕会见墨西哥公民运动党代表团",
       "11月7日，中联部副部长孙海燕在京会见墨西哥公民运动党全国协调员率领的代表团。孙海燕表示，中墨是全面战略伙伴。",
       "2023-11-08", 306,
       yes("Mexico", "meeting", "2023-11-07", n_parties=1, mechanism=B, content=DI)),
    zh("zh-suriname-vhp",
       "魏鸿天会见苏里南进步改革党代表团",
       "4月16日，中联部部长助理魏鸿天在京会见苏里南进步改革党副主席率领的代表团。魏鸿天介绍了中国式现代化。",
       "2024-04-17", 307,
       yes("Suriname", "meeting", "2024-04-16", n_parties=1, mechanism=B, content=DI)),
    zh("zh-demonym-only-party",
       "郭业洲会见乌拉圭政党代表团",
       "8月28日，中联部副部长郭业洲在京会见乌拉圭社会主义工人运动主席埃尔南·费雷拉。双方就加强两党交流交换意见。",
       "2019-08-29", 308,
       yes("Uruguay", "meeting", "2019-08-28", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-dominican-fuerza",
       "陈洲会见多米尼加人民力量党代表团",
       "当地时间7月2日，中联部副部长陈洲在圣多明各会见多米尼加人民力量党主席率领的该党领导人。陈洲表示，中方重视同多米尼加各政党交往。",
       "2024-07-04", 309,
       yes("Dominican Republic", "meeting", "2024-07-02", n_parties=1, mechanism=B, content=DI)),
    zh("zh-two-countries",
       "孙海燕会见中美洲左翼政党联合代表团",
       "12月3日，中联部副部长孙海燕在京会见由危地马拉维纳克运动和萨尔瓦多民主左翼党领导人组成的中美洲左翼政党联合代表团。",
       "2024-12-04", 310,
       yes(M, "meeting", "2024-12-03", n_parties=2, mechanism=RL, content=DI)),
    zh("zh-trad-costa-rica",
       "孫海燕會見哥斯大黎加廣泛陣線黨代表團",
       "5月14日，中聯部副部長孫海燕在京會見哥斯大黎加廣泛陣線黨主席率領的代表團。雙方就兩黨關係交換意見。",
       "2024-05-15", 311,
       yes("Costa Rica", "meeting", "2024-05-14", n_parties=1, mechanism=BL, content=DI)),
    zh("zh-trad-haiti",
       "魏鴻天會見海地團結聯盟黨領導人",
       "10月22日，中聯部部長助理魏鴻天在京會見海地團結聯盟黨主席讓·克洛德。魏鴻天表示，中方關注海地局勢。",
       "2024-10-23", 312,
       yes("Haiti", "meeting", "2024-10-22", n_parties=1, mechanism=B, content=DI)),
    zh("zh-training-bolivia",
       "玻利维亚主权运动干部考察团访问浙江",
       "9月10日至16日，应中共邀请，玻利维亚主权运动干部考察团访问浙江，考察了乡村振兴和数字经济项目。",
       "2024-09-17", 313,
       yes("Bolivia", "field_trip", "2024-09-10", n_parties=1, mechanism=BL, content=KE)),
    zh("zh-union-not-party",
       "陈洲会见智利劳动者统一工会代表团",
       "3月26日，中联部副部长陈洲在京会见智利劳动者统一工会主席率领的代表团。双方就劳动者权益保护交换意见。",
       "2024-03-27", 314,
       yes("Chile", "meeting", "2024-03-26", n_parties=0, mechanism=B, content=DI)),
    zh("zh-neg-angola",
       "郭业洲会见安哥拉人民解放运动代表团",
       "6月18日，中联部副部长郭业洲在京会见安哥拉人民解放运动政治局委员率领的代表团。",
       "2024-06-19", 315, NO),
    zh("zh-neg-spain",
       "马辉会见西班牙左翼联盟代表团",
       "4月23日，中联部副部长马辉在京会见西班牙左翼联盟总协调人。双方还就拉美形势交换了看法。",
       "2024-04-24", 316, NO),
    zh("zh-neg-mozambique",
       "孙海燕会见莫桑比克解放阵线党代表团",
       "7月30日，中联部副部长孙海燕在京会见莫桑比克解放阵线党总书记率领的代表团。",
       "2024-07-31", 317, NO),
]
MENU_EN = "Home | China | World | Business | Culture | Photos\n"
MENU_ZH = "首页 | 时政 | 国际 | 财经 | 评论\n"

COPIES: list[Probe] = [
    # ---- E. agency, newspaper and embassy copies of party exchanges ----
    Probe("agency-en-honduras-unlisted",
          "Senior CPC official meets Honduran party delegation",
          MENU_EN + " date 2024-03-15\nBEIJING, March 15 -- A senior official of the Communist Party of "
          "China "
          "(CPC) met with a delegation of the Honduran Party of Popular Renewal in Beijing on Friday. Sun "
          "Haiyan, who serves as a deputy head of the CPC's International Department, said the CPC values "
          "exchanges with Honduran parties.\nEditor: Li Wen",
          "2024-03-15", url(AGENCY_EN, "2024-03-15", 401),
          yes("Honduras", "meeting", "2024-03-15", parties={"Honduran Party of Popular Renewal"}, n_parties=1,
              mechanism=B, content=DI)),
    Probe("agency-en-ecuador-acronym",
          "CPC, Ecuadorian party vow closer ties",
          MENU_EN + " date 2023-08-22\nBEIJING, Aug. 22 -- Chen Zhou of the CPC's International Department "
          "met "
          "on Tuesday with a delegation of the Movement of Ecuadorian Workers (MTE) led by its chair Luis "
          "Andrade. The MTE, a left-wing party, wishes to learn from China's experience.\nEnditem",
          "2023-08-22", url(AGENCY_EN, "2023-08-22", 402),
          yes("Ecuador", "meeting", "2023-08-22", parties={"Movement of Ecuadorian Workers"}, n_parties=1,
              mechanism=BL, content=DI)),
    Probe("agency-en-dateline-abroad",
          "CPC delegation holds talks with Guatemalan parties",
          MENU_EN + " date 2024-10-11\nGUATEMALA CITY, Oct. 10 -- A delegation of the Communist Party of "
          "China "
          "held talks here on Thursday with leaders of the Convergence for Democratic Change party. The two "
          "sides discussed party building and trade.\nEditor: Zhang Min",
          "2024-10-11", url(AGENCY_EN, "2024-10-11", 403),
          yes("Guatemala", "meeting", "2024-10-10", parties={"Convergence for Democratic Change"},
              n_parties=1,
              mechanism=B, content=DI),
          doubtful={"event_type": "a CPC delegation's talks abroad: meeting or delegation_visit_abroad"}),
    Probe("agency-en-neg-spain",
          "CPC official meets Spanish party leaders",
          MENU_EN + " date 2024-02-27\nBEIJING, Feb. 27 -- Ma Hui of the CPC's International Department met "
          "on "
          "Tuesday with leaders of Spain's Más País party. They discussed ties between China and Europe and "
          "the "
          "shared interest of both in Latin America.\nEditor: Wu Jing",
          "2024-02-27", url(AGENCY_EN, "2024-02-27", 404), NO),
    Probe("agency-zh-peru",
          "中联部副部长会见秘鲁政党代表团",
          MENU_ZH + " date 2024-06-20\n新华社北京6月20日电 中联部副部长陈洲20日在京会见"
          "秘鲁民主人民阵线主席率领的代表团。"
          "陈洲表示，中方愿同秘鲁各政党加强交流。\n【责任编辑：王芳】",
          "2024-06-20", url(AGENCY_ZH, "2024-06-20", 405),
          yes("Peru", "meeting", "2024-06-20", n_parties=1, mechanism=B, content=DI)),
    Probe("agency-zh-colombia-two",
          "中联部部长会见哥伦比亚政党领导人",
          MENU_ZH + " date 2023-12-06\n新华社北京12月6日电 中联部部长刘建超6日在京会见"
          "哥伦比亚人道主义运动主席和哥伦比亚"
          "共产党总书记。刘建超表示，中方愿同哥方政党深化交流。\n【责任编辑：赵杰】",
          "2023-12-06", url(AGENCY_ZH, "2023-12-06", 406),
          yes("Colombia", "meeting", "2023-12-06", n_parties=2, mechanism=BL, content=DI)),
    Probe("paper-zh-brazil",
          "中巴政党交流活动在京举行",
          "人民日报北京9月14日电 9月13日，中联部副部长孙海燕在京会见巴西团结党主席率领的代表团。"
          "双方就两国友好合作交换意见。",
          "2024-09-14", url(PAPER_ZH, "2024-09-14"),
          yes("Brazil", "meeting", "2024-09-13", n_parties=1, mechanism=B, content=DI)),
    Probe("embassy-zh-chile",
          "驻智利大使出席智利社会融合党代表团访华行前会",
          "8月1日，驻智利大使牛清报会见即将访华的智利社会融合党代表团。牛大使介绍了中共对外交往情况。",
          "2024-08-02", url(EMBASSY_ZH, "2024-08-02", 407, cc="cl"), NO,
          lang="zh"),
]

MFA_PROBES: list[Probe] = [
    # ---- F. foreign ministry pages whose LAC counterpart is an unlisted party's leader ----
    Probe("mfa-en-wangyi-party-leader",
          "Wang Yi Meets Leader of Peruvian Party",
          "On May 17, 2024, Foreign Minister Wang Yi met in Beijing with Rosa Quispe Mamani, chairwoman of "
          "the "
          "New Socialist Front of Peru. Wang Yi said China and Peru are comprehensive strategic partners.",
          "2024-05-17", url(MFA_EN, "2024-05-17", 501),
          yes("Peru", "meeting", "2024-05-17", head_of_state_level=False), source="mfa"),
    Probe("mfa-en-vp-meets-opposition",
          "Vice President Han Zheng Meets President of Colombian Green Alliance Party",
          "On October 9, 2024, Vice President Han Zheng met with Juliana Ortiz, president of the Green "
          "Alliance "
          "Party of Colombia, at the Great Hall of the People. Han Zheng said China is ready to work with "
          "Colombia to enrich their strategic partnership.",
          "2024-10-09", url(MFA_EN, "2024-10-09", 502),
          yes("Colombia", "meeting", "2024-10-09", head_of_state_level=False), source="mfa"),
    Probe("mfa-en-xi-president-party",
          "Xi Jinping Meets President of Guatemala",
          "On April 12, 2025, President Xi Jinping met with President Bernardo Arévalo of Guatemala, who is "
          "also "
          "the founder of the Seed Movement. Xi said China stands ready to develop ties with Guatemala.",
          "2025-04-12", url(MFA_EN, "2025-04-12", 503),
          yes("Guatemala", "meeting", "2025-04-12", head_of_state_level=True), source="mfa",
          doubtful={"relevant": "Guatemala and China had no diplomatic ties in 2025; an invented meeting"}),
    Probe("mfa-en-neg-equatorial-guinea",
          "Wang Yi Meets Secretary-General of the Democratic Party of Equatorial Guinea",
          "On June 3, 2024, Foreign Minister Wang Yi met with the secretary-general of the Partido "
          "Democrático de "
          "Guinea Ecuatorial in Beijing. Wang Yi said China supports Equatorial Guinea in its development.",
          "2024-06-03", url(MFA_EN, "2024-06-03", 504), NO, source="mfa"),
    Probe("mfa-en-neg-angola-vp",
          "Vice Premier Meets MPLA Delegation",
          "On July 19, 2024, Vice Premier Ding Xuexiang met with a delegation of the Movimento Popular de "
          "Libertação de Angola in Beijing. Ding said China and Angola are good friends.",
          "2024-07-19", url(MFA_EN, "2024-07-19", 505), NO, source="mfa"),
    Probe("mfa-zh-wangyi-party-chile",
          "王毅会见智利社会融合党主席",
          "2024年8月20日，外交部长王毅在北京会见智利社会融合党主席托马斯·伊瓦拉。王毅表示，中方愿同智方深化全面战略伙伴关系。",
          "2024-08-20", url(MFA_ZH, "2024-08-20", 506),
          yes("Chile", "meeting", "2024-08-20", head_of_state_level=False), lang="zh", source="mfa"),
    Probe("mfa-zh-vice-minister-party-panama",
          "外交部副部长会见巴拿马人民联盟党领导人",
          "2024年11月5日，外交部副部长华春莹在京会见巴拿马人民联盟党主席。双方就中巴关系交换意见。",
          "2024-11-05", url(MFA_ZH, "2024-11-05", 507),
          yes("Panama", "meeting", "2024-11-05", head_of_state_level=False), lang="zh", source="mfa"),
    Probe("mfa-zh-neg-ambassador-only",
          "驻秘鲁大使会见秘鲁新社会主义阵线主席",
          "2024年3月4日，驻秘鲁大使宋扬会见秘鲁新社会主义阵线主席罗莎·基斯佩。",
          "2024-03-04", url(MFA_ZH, "2024-03-04", 508), NO, lang="zh", source="mfa"),
    Probe("mfa-en-neg-portugal",
          "Wang Yi Meets Leader of Portuguese Socialist Party",
          "On September 2, 2024, Foreign Minister Wang Yi met with the secretary-general of the Partido "
          "Socialista of Portugal in Beijing. Wang Yi said China and Portugal enjoy mutual trust.",
          "2024-09-02", url(MFA_EN, "2024-09-02", 509), NO, source="mfa"),
    Probe("mfa-en-phone-party-president-elect",
          "Wang Yi Speaks with Secretary-General of Honduran Ruling Party over Phone",
          "On January 24, 2024, Foreign Minister Wang Yi had a phone call with Rebeca Martínez, "
          "secretary-general "
          "of the Liberty and Refoundation Party of Honduras. Wang Yi said the establishment of diplomatic "
          "relations opened a new chapter.",
          "2024-01-24", url(MFA_EN, "2024-01-24", 510),
          yes("Honduras", "phone_call", "2024-01-24", head_of_state_level=False), source="mfa"),
]

ALL = PROBES + NEGATIVES + ZH_PROBES + COPIES + MFA_PROBES
assert_unique_ids(ALL)

# Fields the codebook leaves a careful coder unsure of ((pid, field) → why).
DOUBTFUL: dict[tuple[str, str], str] = {
    ("en-celac-forum-unlisted", "mechanism"): "leftist or not for a forum of 27 countries' parties",
    ("en-visit-abroad-unlisted-hosts", "mechanism"): "a trip to two LAC countries: regional or bilateral",
    ("en-ambassadors-and-party-briefing", "mechanism"): "party family of the Justicialist Party",
    ("en-women-federation", "mechanism"): "a mass organisation of a socialist state, not its ruling party",
    ("en-mixed-listed-unlisted-multi", "content"): "a multi-country delegation meeting, no forum named",
    ("en-youth-wing-of-unlisted", "event_type"): "headline 'visits China' over a text of one meeting",
    ("en-mexico-state-branch", "event_type"): "headline 'visits China' over a text of one meeting",
    ("zh-training-bolivia", "mechanism"): "an invented party's family: the page says not",
}

# Fields still failing ((pid, field) → why). Unlisted names are found in nlp/party_names.py, which
# this campaign leaves alone (being split into modules): misses whose fix belongs there stay open.
_NAMES = "unlisted party name not found (nlp/party_names.py)"
_SECOND = "second of two coordinated party names not found (nlp/party_names.py)"
_EXTRA = "a description or a non-party body read as a party's name (nlp/party_names.py)"
_ZH = "unlisted Chinese party name not found (nlp/party_names.py)"
OPEN: dict[tuple[str, str], str] = {
    ("en-women-federation", "parties"): "a party only named in what was said is listed as a contact",
    ("en-women-federation", "n_parties"): "a party only named in what was said is listed as a contact",
    ("en-letter-reply-unlisted", "parties"): "a longer unlisted name read as the listed party it begins with",
    ("en-letter-reply-unlisted", "mechanism"): "follows the party read as the listed, non-leftist one",
    ("zh-peru-front", "n_parties"): _ZH,
    ("zh-demonym-only-party", "n_parties"): _ZH,
    ("zh-two-countries", "n_parties"): _ZH,
    ("zh-trad-haiti", "n_parties"): _ZH + " (traditional, 團結 in the name)",
    ("zh-training-bolivia", "n_parties"): _ZH + " (a study group's name before 考察团)",
    ("agency-zh-peru", "n_parties"): _ZH,
    ("agency-zh-colombia-two", "n_parties"): _ZH + " (first of two)",
}

_LAC_SUFFIX = (" of peru", " of honduras", " of grenada", " of uruguay", " of mexico", " of suriname",
               " of trinidad and tobago", " of jamaica", " of antigua and barbuda", " of guyana", " of "
               "ecuador",
               " of colombia", " of brazil", " of chile", " of the bahamas", " of argentina", " of bolivia",
               " of guatemala", " of paraguay", " of panama", " of costa rica", " of el salvador",
               " of nicaragua", " of haiti", " of belize", " of the dominican republic", " of venezuela")


def _party_key(name: str) -> str:
    """A party name as a coder compares it: case, a leading "the", a trailing "of <country>" and a
    "(Country)" tag do not tell two parties apart."""
    key = name.strip().lower().removeprefix("the ")
    key = key.split(" (")[0]
    for suffix in _LAC_SUFFIX:
        key = key.removesuffix(suffix)
    return key


def field_of(probe: Probe, name: str) -> Any:
    """The field ``name`` of the probe's record; ``parties`` compared by ``_party_key``, ``n_parties``
    the number of distinct parties."""
    record = record_of(probe)
    if name == "n_parties":
        return len({_party_key(p) for p in value_of(record, "parties")})
    if name == "parties":
        return {_party_key(p) for p in value_of(record, "parties")}
    return value_of(record, name)


def _expected(name: str, value: Any) -> Any:
    return {_party_key(p) for p in value} if name == "parties" else value


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL, OPEN, DOUBTFUL))
def test_unlisted_validation_page_field(probe: Probe, name: str, expected: Any) -> None:
    assert field_of(probe, name) == _expected(name, expected)
