# ruff: noqa: E501  (probe pages are prose; a line per sentence reads better unbroken)
"""Campaign 17T: the same event in other words — wording variation inside one language.

About 35 events, each written as three or four pages a real writer might produce and coded the
same way: English active and passive ("was received by"), the date first or last ("On Tuesday, …" /
"… on Tuesday"), titles before or after names, with or without "Mr.", "H.E.", "Comrade", date forms
("10 May 2019", "May 10th", "the 10th"), synonyms of the exchange's verb (met / held a meeting with /
received / sat down with / hosted; held talks / talks were held; sent a congratulatory message /
cabled congratulations / wrote to congratulate; attended / took part in / addressed), British and
American spelling, acronyms with or without the full name, numbers in words; Chinese 会见 / 会晤 /
见面 / 接见, 举行会谈 / 会谈 / 进行会谈, 致电 / 致函 / 致信 / 发来贺电 / 复信, 出席 / 参加 / 应邀出席,
视频会晤 / 通过视频, dates as 5月10日 / 10日 / 当天 / 同日, Chinese numerals, full-width digits,
外长 / 外交部长, names with and without the middle dot, 同志 / 先生 / 阁下, some traditional script.

Self-written releases in the sites' style; names of parties, countries and officials are facts, the
events are partly invented. Each probe names the values a careful coder gives under the codebook
(shared/eval/SCHEMA.md); variants of one event share one expected value set.

First run, blind (148 pages written before any code under nlp/ was read; 876 checks): relevant 148/148,
country 139/139, event_date 139/139, event_type 128/139, parties 65/65, mechanism 74/80, content 80/80,
head_of_state_level 56/56, partnership 30/30. Of the six mechanism misses, four were the probe's error
(MORENA is a São Paulo Forum member of the left family: leftist) and two are doubtful (an ambassador of a
state led by a leftist party). The event-type misses are verbs of a synonym set the cues lacked ("sat
down with", "hosted", 见面), the passive "talks were held", "cabled sympathy", and a manner (by video)
against 会谈.

Fixed since (cue lists, each word as a member of its class): "sat down with" and 见面 are meetings
(IDCPC and ministry), a host who hosts envoys, ambassadors or a guest named by office meets them;
the passive "talks were held" / a headline's "Talks Held" are talks; a cable or telegram (cabled,
cables sympathy) is a message; 通过视频同…会谈 (the manner before the counterpart) is a video call
on ministry pages as on the IDCPC's; a tour verb in any tense ("Tours Chinese Villages") names a
field trip. Second round (22 pages written after reading the code, not blind): a LAC party's Nth
congress named short (五大) is the congress the CPC side attends; a briefing by a tour's hosts told in
the tour's own sentence ("toured …, where local officials briefed the guests on …") is that field trip.
Still doubtful: the leftist mark of a meeting with an ambassador (``DOUBTFUL``); open: a numeric
dateline (``OPEN``).
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

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FA = "Broad Front"
MAS = "Movement for Socialism (Bolivia)"
PCCH = "Communist Party of Chile"
FMLN = "Farabundo Martí National Liberation Front"
MORENA = "National Regeneration Movement"

# ---------------------------------------------------------------- IDCPC English
E1 = yes("Cuba", "meeting", "2023-06-13", parties={PCC}, mechanism=BL, content=DI)
E2 = yes("Venezuela", "video_call", "2024-03-21", parties={PSUV}, mechanism=BL, content=DI)
E3 = yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)
E4 = yes("Uruguay", "delegation_visit_abroad", "2019-10-14", parties={FA}, mechanism=BL, content=DI)
E5 = yes("Brazil", "delegation_received", "2024-06-17", parties={PT}, mechanism=BL, content=DI)
E6 = yes("Venezuela", "training_course", "2023-09-04", parties={PSUV}, mechanism=BL, content=KE)
E7 = yes(M, "training_course", "2022-07-07", mechanism=R, content=KE)
E8 = yes("Cuba", "seminar", "2019-05-10", parties={PCC}, mechanism=BL, content=KE)
E9 = yes(M, "forum", "2023-11-16", mechanism=R, content=KE)
E10 = yes("Brazil", "briefing", "2022-11-22", parties={PT, PCDOB}, mechanism=BL, content=KE)
E11 = yes("Nicaragua", "field_trip", "2023-05-08", parties={FSLN}, mechanism=BL, content=KE)
E12 = yes("Venezuela", "meeting", "2020-01-16", mechanism=B, content=DI)
E13 = yes(M, "meeting", "2024-02-27", mechanism=R, content=DI)
E14 = yes("Chile", "message", "2023-02-06", parties={PCCH}, mechanism=BL, content=DI)
E15 = yes("Bolivia", "phone_call", "2021-11-11", parties={MAS}, mechanism=BL, content=DI)

PROBES = [
    # E1: a meeting with a Cuban party delegation, in four wordings
    Probe("e1-active", "Liu Jianchao Meets Delegation of the Communist Party of Cuba",
          "Beijing, June 13th—Liu Jianchao, who heads the CPC's International Department, met here today with a delegation of the Communist Party of Cuba led by Roberto Morales Ojeda, a member of the Cuban party's Political Bureau. The two sides talked about party building and the friendship between the two countries.",
          "2023-06-13", url(IDCPC_EN, "2023-06-13", 101), E1),
    Probe("e1-passive", "Cuban Party Delegation Received by Liu Jianchao",
          "Beijing, June 13th—A delegation of the Communist Party of Cuba headed by Roberto Morales Ojeda was received by Liu Jianchao, head of the CPC's International Department, in Beijing on June 13. Morales said the Cuban party treasures its bond with the CPC.",
          "2023-06-14", url(IDCPC_EN, "2023-06-14", 102), E1),
    Probe("e1-weekday", "Liu Jianchao Holds Meeting with Cuban Delegation",
          "On Tuesday, Liu Jianchao, who heads the CPC's International Department, held a meeting in Beijing with visiting members of the Communist Party of Cuba (PCC), with Roberto Morales Ojeda at their head. Liu said the CPC stands ready to share governance experience with its Cuban comrades.",
          "2023-06-15", url(IDCPC_EN, "2023-06-15", 103), E1),
    Probe("e1-comrade", "Comrade Roberto Morales Ojeda Sits Down with Liu Jianchao",
          "Beijing, 13 June 2023—Comrade Roberto Morales Ojeda, organisation secretary of the Communist Party of Cuba, sat down with Mr. Liu Jianchao of the CPC's International Department in Beijing on the 13th. The guests from Havana exchanged views with their hosts on the two parties' programmes.",
          "2023-06-13", url(IDCPC_EN, "2023-06-13", 104), E1),
    # E2: a video call with the PSUV
    Probe("e2-held", "Liu Jianchao Holds Video Call with PSUV Vice President",
          "Beijing, March 21st—Liu Jianchao, head of the CPC's International Department, held a video call today with Diosdado Cabello, first vice president of the United Socialist Party of Venezuela. Both sides agreed to keep up close contact between the two parties.",
          "2024-03-21", url(IDCPC_EN, "2024-03-21", 105), E2),
    Probe("e2-link", "Liu Jianchao Talks with Diosdado Cabello via Video Link",
          "Beijing, March 21st—Diosdado Cabello of the United Socialist Party of Venezuela (PSUV) and Liu Jianchao, who leads the CPC's International Department, talked via video link on March 21. They discussed the two parties' experience of governance.",
          "2024-03-22", url(IDCPC_EN, "2024-03-22", 106), E2),
    Probe("e2-thursday", "Chinese and Venezuelan Party Leaders Hold Online Conversation",
          "In a video conversation on Thursday, Mr. Liu Jianchao, head of the CPC's International Department, and Mr. Diosdado Cabello, first vice president of the PSUV, exchanged views on cooperation between their parties. Cabello thanked the CPC for its support.",
          "2024-03-23", url(IDCPC_EN, "2024-03-23", 107), E2),
    # E3: a congratulatory message to the Cuban party's congress
    Probe("e3-sent", "CPC Central Committee Sends Congratulatory Message to Communist Party of Cuba",
          "Beijing, April 16th—The Central Committee of the CPC today sent a congratulatory message to the Central Committee of the Communist Party of Cuba on the opening of the Cuban party's Eighth Congress. The message said the CPC wishes the congress full success.",
          "2021-04-16", url(IDCPC_EN_OLD, "2021-04-16", 108), E3),
    Probe("e3-cabled", "CPC Cables Congratulations to Cuban Party Congress",
          "Beijing, April 16th—On April 16, the CPC Central Committee cabled congratulations to the Communist Party of Cuba as the PCC opened its eighth congress in Havana. The cable praised the Cuban party's leadership of socialist construction.",
          "2021-04-17", url(IDCPC_EN_OLD, "2021-04-17", 109), E3),
    Probe("e3-wrote", "CPC Writes to Congratulate Communist Party of Cuba",
          "The CPC Central Committee wrote to the Communist Party of Cuba on Friday to congratulate it on the opening of its 8th National Congress, voicing confidence that the congress will guide the Cuban people to new achievements.",
          "2021-04-18", url(IDCPC_EN_OLD, "2021-04-18", 110), E3),
    Probe("e3-ofmessage", "Message of Congratulations to Cuban Party's Eighth Congress",
          "In a message of congratulations dated April 16, 2021, the Central Committee of the Communist Party of China greeted the Communist Party of Cuba on the start of its Eighth Congress and wished the Cuban comrades success.",
          "2021-04-19", url(IDCPC_EN_OLD, "2021-04-19", 111), E3),
    # E4: a CPC delegation's visit to Uruguay
    Probe("e4-led", "CPC Delegation Visits Uruguay",
          "Montevideo, October 18th—A CPC delegation led by Chen Zhou, an assistant head of the CPC's International Department, visited Uruguay from October 14 to 18 at the invitation of the Broad Front. During the visit the delegation met with leaders of the Broad Front and with members of parliament.",
          "2019-10-19", url(IDCPC_EN_OLD, "2019-10-19", 112), E4),
    Probe("e4-paid", "Chen Zhou Pays Visit to Uruguay",
          "Chen Zhou, assistant head of the CPC's International Department, paid a visit to Uruguay 14-18 October 2019 at the head of a delegation of the Communist Party of China. The delegation was hosted by the Broad Front and held meetings with its leaders and with local officials.",
          "2019-10-20", url(IDCPC_EN_OLD, "2019-10-20", 113), E4),
    Probe("e4-headed", "Delegation of the Communist Party of China Tours Uruguay",
          "Montevideo, October 18th—A delegation of the Communist Party of China, headed by Chen Zhou of the CPC's International Department, visited Uruguay from the 14th to the 18th. The Frente Amplio (Broad Front) hosted the visitors, who held talks with the party's leaders and met lawmakers.",
          "2019-10-19", url(IDCPC_EN_OLD, "2019-10-19", 114), E4),
    Probe("e4-fiveday", "CPC Delegation Wraps Up Visit to Uruguay",
          "Montevideo, October 18th—During a five-day visit to Uruguay that began on October 14, a CPC delegation with Chen Zhou at its head met leaders of the Broad Front (FA) and exchanged views on party governance. The visit ended today.",
          "2019-10-18", url(IDCPC_EN_OLD, "2019-10-18", 115), E4),
    # E5: a Brazilian party delegation's stay in China as a whole
    Probe("e5-visited", "Workers' Party of Brazil Delegation Visits China",
          "Beijing, June 21st—A delegation of the Workers' Party of Brazil led by its president Gleisi Hoffmann visited China from June 17 to 21 at the invitation of the CPC. During the stay, the delegation met with leaders of the CPC's International Department and held exchanges with officials in Beijing.",
          "2024-06-21", url(IDCPC_EN, "2024-06-21", 116), E5),
    Probe("e5-paid", "Brazilian Workers' Party Delegation Pays Visit to China",
          "Beijing, June 21st—Gleisi Hoffmann, president of the Workers' Party (PT) of Brazil, led a delegation of her party on a visit to China 17-21 June 2024 as guests of the Communist Party of China. The visitors met CPC leaders and held exchanges in Beijing.",
          "2024-06-22", url(IDCPC_EN, "2024-06-22", 117), E5),
    Probe("e5-ended", "PT Delegation Concludes Visit to China",
          "Beijing, June 21st—A delegation of Brazil's Workers' Party, which arrived in Beijing on June 17 at the invitation of the CPC, concluded its visit to China today. Headed by party president Gleisi Hoffmann, the delegation met with leaders of the CPC's International Department during its stay.",
          "2024-06-21", url(IDCPC_EN, "2024-06-21", 118), E5),
    # E6: a training course for PSUV cadres
    Probe("e6-course", "Training Course for Cadres of the United Socialist Party of Venezuela Opens",
          "Beijing, September 4th—A training course for cadres of the United Socialist Party of Venezuela opened today in Beijing. Qian Hongshan, deputy head of the CPC's International Department, spoke at the opening ceremony. The course, hosted by the department, will run for two weeks.",
          "2023-09-04", url(IDCPC_EN, "2023-09-04", 119), E6),
    Probe("e6-programme", "IDCPC Runs Training Programme for PSUV Cadres",
          "Beijing, September 4th—The CPC's International Department launched a training programme for cadres of the PSUV on 4 September 2023. Qian Hongshan, a deputy head of the department, addressed the opening session and introduced the programme's themes.",
          "2023-09-05", url(IDCPC_EN, "2023-09-05", 120), E6),
    Probe("e6-workshop", "Workshop for Venezuelan Party Cadres Kicks Off",
          "Beijing, September 4th—Qian Hongshan, deputy head of the CPC's International Department, attended the opening of a workshop for cadres of the United Socialist Party of Venezuela, run by the department for the Venezuelan party. Thirty cadres from Caracas and other states take part in the workshop.",
          "2023-09-04", url(IDCPC_EN, "2023-09-04", 121), E6),
    # E7: a course for several Latin American countries' party leaders
    Probe("e7-webinar", "IDCPC Holds Webinar for Leaders of Latin American Political Parties",
          "Beijing, July 7th—The CPC's International Department held a webinar for leaders of political parties from Latin American and Caribbean countries on July 7. Party leaders from Argentina, Chile, Peru and Uruguay joined online. Zhu Rui, who oversees the department's Latin American work, spoke at the session.",
          "2022-07-07", url(IDCPC_EN, "2022-07-07", 122), E7),
    Probe("e7-online", "Online Training Session for Latin American Party Cadres Held",
          "Beijing, July 7th—An online training session for party cadres from Argentina, Chile, Peru and Uruguay was held today by the CPC's International Department. Over eighty participants attended the session on rural development.",
          "2022-07-07", url(IDCPC_EN, "2022-07-07", 123), E7),
    Probe("e7-thursday", "Latin American Party Cadres Attend IDCPC Training Class",
          "On Thursday, party cadres from Argentina, Chile, Peru and Uruguay attended a training class organized online by the CPC's International Department for leaders of Latin American parties. The class focused on poverty reduction.",
          "2022-07-08", url(IDCPC_EN, "2022-07-08", 124), E7),
    # E8: a theory seminar of the two parties
    Probe("e8-held", "Theory Seminar between the CPC and the Communist Party of Cuba Held",
          "Havana, May 10th—The 10th theory seminar between the Communist Party of China and the Communist Party of Cuba was held here today. Scholars and party officials of both sides spoke on socialist construction in the new era.",
          "2019-05-10", url(IDCPC_EN_OLD, "2019-05-10", 125), E8),
    Probe("e8-words", "CPC and Cuban Party Hold Tenth Theoretical Seminar",
          "Havana, May 10th—The Communist Party of China and the Communist Party of Cuba held their tenth theoretical seminar in Havana on 10 May 2019. Delegates of the two parties discussed party building and economic reform.",
          "2019-05-11", url(IDCPC_EN_OLD, "2019-05-11", 126), E8),
    Probe("e8-attended", "CPC Delegation Takes Part in Theory Seminar with PCC",
          "Havana, May 10th—A CPC delegation took part in the tenth theory seminar between the CPC and the PCC in Havana on May 10th. The seminar centred on the governance of socialist parties.",
          "2019-05-12", url(IDCPC_EN_OLD, "2019-05-12", 127), E8),
    # E9: a regional party forum
    Probe("e9-held", "China-LAC Political Parties Forum Held in Shenzhen",
          "Shenzhen, November 16th—The Fourth China-Latin America and Caribbean Political Parties Forum was held here today. Leaders of more than 50 political parties from 27 Latin American and Caribbean countries attended the forum.",
          "2023-11-16", url(IDCPC_EN, "2023-11-16", 128), E9),
    Probe("e9-addressed", "Liu Jianchao Addresses China-LAC Political Parties Forum",
          "Shenzhen, November 16th—Liu Jianchao, head of the CPC's International Department, addressed the opening of the Fourth China-Latin America and Caribbean Political Parties Forum on November 16. Party leaders from twenty-seven countries of the region took part.",
          "2023-11-17", url(IDCPC_EN, "2023-11-17", 129), E9),
    Probe("e9-tookpart", "Latin American Party Leaders Take Part in Forum with CPC",
          "Shenzhen, November 16th—Over fifty parties of Latin America and the Caribbean took part today in the fourth China-LAC Political Parties Forum, which the CPC hosted in Shenzhen. Speakers discussed modernization and the Global Development Initiative.",
          "2023-11-16", url(IDCPC_EN, "2023-11-16", 130), E9),
    # E10: a briefing for Brazilian parties
    Probe("e10-session", "IDCPC Holds Briefing Session on 20th CPC Congress for Brazilian Parties",
          "Beijing, November 22nd—The CPC's International Department held a briefing session on the 20th CPC National Congress for Brazilian political parties via video link today. Leaders of the Workers' Party and the Communist Party of Brazil attended.",
          "2022-11-22", url(IDCPC_EN, "2022-11-22", 131), E10),
    Probe("e10-briefed", "Brazilian Parties Briefed on the Outcomes of the 20th CPC Congress",
          "Beijing, November 22nd—Leaders of the Workers' Party of Brazil and the Communist Party of Brazil (PCdoB) were briefed online on 22 November on the outcomes of the 20th National Congress of the CPC. Officials of the CPC's International Department gave the briefing.",
          "2022-11-23", url(IDCPC_EN, "2022-11-23", 132), E10),
    Probe("e10-tuesday", "CPC Presents Its 20th Congress to Brazilian Parties",
          "On Tuesday, the CPC's International Department presented the spirit of the 20th CPC National Congress to the Workers' Party (PT) and the PCdoB of Brazil at an online briefing. The Brazilian guests asked about China's path to modernization.",
          "2022-11-24", url(IDCPC_EN, "2022-11-24", 133), E10),
    # E11: a study tour by a Sandinista delegation
    Probe("e11-visits", "FSLN Delegation Visits Zhejiang",
          "Hangzhou, May 8th—A delegation of the Sandinista National Liberation Front of Nicaragua visited Zhejiang province from May 8 to 12 at the invitation of the CPC. The delegation toured villages and companies to learn about rural revitalization.",
          "2023-05-12", url(IDCPC_EN, "2023-05-12", 134), E11),
    Probe("e11-studytour", "Sandinista Front Delegation on Study Tour in Zhejiang",
          "Hangzhou, May 12th—Members of the Sandinista National Liberation Front (FSLN) made a study tour of Zhejiang province from the 8th to the 12th of May, seeing village cooperatives and a technology park.",
          "2023-05-13", url(IDCPC_EN, "2023-05-13", 135), E11),
    Probe("e11-toured", "Nicaraguan Party Delegation Tours Chinese Villages",
          "Hangzhou, May 12th—A delegation of Nicaragua's FSLN toured rural areas of Zhejiang province from May 8th to May 12th, where local officials briefed the guests on poverty reduction and village planning.",
          "2023-05-13", url(IDCPC_EN, "2023-05-13", 136), E11),
    # E12: a meeting with an ambassador
    Probe("e12-met", "Song Tao Meets Venezuelan Ambassador to China",
          "Beijing, January 16th—Song Tao, head of the CPC's International Department, met here today with Venezuelan Ambassador to China Iván Zerpa Guerrero. They exchanged views on relations between the two countries.",
          "2020-01-16", url(IDCPC_EN_OLD, "2020-01-16", 137), E12),
    Probe("e12-received", "Venezuelan Ambassador Received by Song Tao",
          "Beijing, January 16th—H.E. Iván Zerpa Guerrero, Ambassador of Venezuela to China, was received by Song Tao, who leads the CPC's International Department, on January 16. The ambassador said Venezuela values its friendship with China.",
          "2020-01-17", url(IDCPC_EN_OLD, "2020-01-17", 138), E12),
    Probe("e12-call", "Venezuelan Ambassador Pays Courtesy Call on Song Tao",
          "Beijing, January 16th—Venezuelan Ambassador Iván Zerpa Guerrero paid a courtesy call on Mr. Song Tao, head of the CPC's International Department, on Thursday. The two had a friendly conversation on bilateral ties.",
          "2020-01-16", url(IDCPC_EN_OLD, "2020-01-16", 139), E12),
    # E13: a meeting with Latin American envoys as a group
    Probe("e13-met", "Liu Jianchao Meets Envoys of Latin American and Caribbean Countries",
          "Beijing, February 27th—Liu Jianchao, head of the CPC's International Department, met here today with ambassadors to China of Latin American and Caribbean countries, including the envoys of Argentina, Colombia, Cuba and Mexico. He spoke of the CPC's readiness to deepen exchanges with the region's parties.",
          "2024-02-27", url(IDCPC_EN, "2024-02-27", 140), E13),
    Probe("e13-hosted", "Liu Jianchao Hosts Latin American Ambassadors",
          "Beijing, February 27th—On February 27, Liu Jianchao of the CPC's International Department hosted a group of ambassadors of Latin American and Caribbean countries in Beijing, among them the envoys of Argentina, Colombia, Cuba and Mexico.",
          "2024-02-28", url(IDCPC_EN, "2024-02-28", 141), E13),
    Probe("e13-gathering", "Envoys from Latin America Gather at IDCPC",
          "Beijing, February 27th—Ambassadors of a dozen Latin American and Caribbean countries, Argentina, Colombia, Cuba and Mexico among them, gathered today at the CPC's International Department for a meeting with its head Liu Jianchao.",
          "2024-02-27", url(IDCPC_EN, "2024-02-27", 142), E13),
    # E14: a condolence message to the Communist Party of Chile
    Probe("e14-sent", "IDCPC Sends Condolences to the Communist Party of Chile",
          "Beijing, February 6th—The CPC's International Department today sent a message of condolence to the Communist Party of Chile over the loss of life in the wildfires in Valparaíso region. The message voiced sympathy with the Chilean people.",
          "2023-02-06", url(IDCPC_EN, "2023-02-06", 143), E14),
    Probe("e14-extended", "Condolences Extended to Chilean Communist Party",
          "Beijing, February 6th—Condolences were extended on February 6 by the CPC's International Department to the Communist Party of Chile (PCCh) after forest fires killed dozens of people in the south of Chile.",
          "2023-02-07", url(IDCPC_EN, "2023-02-07", 144), E14),
    Probe("e14-cabled", "IDCPC Cables Sympathy to Chile's Communists",
          "The CPC's International Department on Monday cabled its sympathy to the Communist Party of Chile over the victims of the forest fires, saying the CPC stands with the Chilean people at this hard time.",
          "2023-02-08", url(IDCPC_EN, "2023-02-08", 145), E14),
    # E15: a phone call with the MAS
    Probe("e15-phone", "Song Tao Holds Phone Call with MAS Leader",
          "Beijing, November 11th—Song Tao, head of the CPC's International Department, held a phone call today with Evo Morales, leader of the Movement for Socialism of Bolivia. The two discussed cooperation between their parties.",
          "2021-11-11", url(IDCPC_EN, "2021-11-11", 146), E15),
    Probe("e15-spoke", "Song Tao and Evo Morales Speak by Telephone",
          "Beijing, November 11th—Evo Morales of the Movement for Socialism (MAS) of Bolivia and Song Tao of the CPC's International Department spoke by telephone on 11 November. Morales praised the CPC's centenary achievements.",
          "2021-11-12", url(IDCPC_EN, "2021-11-12", 147), E15),
    Probe("e15-talked", "CPC and Bolivian MAS Leaders Talk over the Phone",
          "On Thursday, Mr. Song Tao, head of the CPC's International Department, talked over the phone with Mr. Evo Morales, president of Bolivia's MAS, about ties between the two parties.",
          "2021-11-13", url(IDCPC_EN, "2021-11-13", 148), E15),
    # negatives: the same wording with actors from outside the region
    Probe("n1-met", "Liu Jianchao Meets Delegation of the Portuguese Communist Party",
          "Beijing, June 13th—Liu Jianchao, who heads the CPC's International Department, met here today with a delegation of the Portuguese Communist Party. The two sides talked about party building.",
          "2023-06-13", url(IDCPC_EN, "2023-06-13", 149), NO),
    Probe("n1-passive", "Spanish Party Delegation Received by Sun Haiyan",
          "Beijing, March 21st—A delegation of the Spanish Socialist Workers' Party was received by Sun Haiyan, deputy head of the CPC's International Department, on March 21.",
          "2024-03-21", url(IDCPC_EN, "2024-03-21", 150), NO),
    Probe("n1-course", "Training Programme for Angolan Cadres Opens",
          "Beijing, September 4th—A training programme for cadres of the MPLA of Angola opened today in Beijing. Qian Hongshan attended the opening ceremony.",
          "2023-09-04", url(IDCPC_EN, "2023-09-04", 151), NO),
]

# ---------------------------------------------------------------- IDCPC Chinese
Z1 = yes("Cuba", "meeting", "2023-06-13", parties={PCC}, mechanism=BL, content=DI)
Z2 = yes("Cuba", "message", "2021-04-16", parties={PCC}, mechanism=BL, content=DI)
Z3 = yes("Venezuela", "video_call", "2024-03-21", parties={PSUV}, mechanism=BL, content=DI)
Z4 = yes("Venezuela", "training_course", "2023-09-04", parties={PSUV}, mechanism=BL, content=KE)
Z5 = yes(M, "forum", "2023-11-16", mechanism=R, content=KE)
Z6 = yes("Nicaragua", "meeting", "2024-05-20", parties={FSLN}, mechanism=BL, content=DI)
Z7 = yes("Brazil", "briefing", "2022-11-22", parties={PT, PCDOB}, mechanism=BL, content=KE)
Z8 = yes("El Salvador", "field_trip", "2019-08-12", parties={FMLN}, mechanism=BL, content=KE)
Z9 = yes("Mexico", "meeting", "2024-10-15", parties={MORENA}, mechanism=BL, content=DI)  # MORENA: São Paulo Forum member, left family

PROBES += [
    # Z1: 会见 / 会晤 / 见面 / 接见; dates 6月13日 / 13日 / 当天 / 二〇二三年
    ZhProbe("z1-huijian", "刘建超会见古巴共产党代表团",
            "6月13日，中联部部长刘建超在北京会见古巴共产党中央政治局委员莫拉莱斯率领的古共代表团。双方就党建和两国友好交换了看法。",
            "2023-06-13", url(IDCPC_ZH, "2023-06-13", 201), Z1),
    ZhProbe("z1-huiwu", "刘建超与古共代表团会晤",
            "中联部部长刘建超13日在京与古巴共产党代表团举行会晤。代表团由古共中央政治局委员罗伯托·莫拉莱斯·奥赫达率领。刘建超表示，中方愿同古方加强治党治国经验交流。",
            "2023-06-14", url(IDCPC_ZH, "2023-06-14", 202), Z1),
    ZhProbe("z1-jianmian", "刘建超同古巴共产党代表团见面",
            "二〇二三年六月十三日，刘建超同志在北京同古巴共产党代表团见面，代表团团长为罗伯托莫拉莱斯同志。双方回顾了两党交往。",
            "2023-06-13", url(IDCPC_ZH, "2023-06-13", 203), Z1),
    ZhProbe("z1-jiejian", "古巴共產黨代表團受到劉建超接見",
            "當天，中聯部部長劉建超在北京接見了古巴共產黨代表團。代表團由古共政治局委員莫拉萊斯率領。雙方表示願深化兩黨關係。",
            "2023-06-13", url(IDCPC_ZH, "2023-06-13", 204), Z1),
    # Z2: 致电 / 致函 / 致信 / 发来贺电
    ZhProbe("z2-zhidian", "中共中央致电祝贺古巴共产党第八次全国代表大会召开",
            "4月16日，中共中央致电古巴共产党中央委员会，热烈祝贺古巴共产党第八次全国代表大会开幕。贺电表示，中国共产党愿同古巴共产党携手前进。",
            "2021-04-16", url(IDCPC_ZH, "2021-04-16", 205), Z2),
    ZhProbe("z2-zhihan", "中共中央致函古巴共产党 祝贺古共八大开幕",
            "2021年4月16日，中共中央致函古巴共产党中央委员会，祝贺古共第八次代表大会在哈瓦那开幕，预祝大会圆满成功。",
            "2021-04-17", url(IDCPC_ZH, "2021-04-17", 206), Z2),
    ZhProbe("z2-zhixin", "中共中央致信祝贺古共八大",
            "16日，中共中央致信古巴共产党中央委员会，对古共第八次全国代表大会的召开表示热烈祝贺。",
            "2021-04-16", url(IDCPC_ZH, "2021-04-16", 207), Z2),
    ZhProbe("z2-hedian-fw", "中共中央向古巴共产党发去贺电",
            "２０２１年４月１６日，中共中央向古巴共产党中央委员会发去贺电，祝贺古巴共产党第八次全国代表大会开幕。",
            "2021-04-16", url(IDCPC_ZH, "2021-04-16", 208), Z2),
    # Z3: 视频会晤 / 通过视频 / 视频连线
    ZhProbe("z3-shipinhuiwu", "刘建超同委内瑞拉统一社会主义党第一副主席卡韦略视频会晤",
            "3月21日，中联部部长刘建超同委内瑞拉统一社会主义党第一副主席卡韦略举行视频会晤。双方就加强两党交流合作交换意见。",
            "2024-03-21", url(IDCPC_ZH, "2024-03-21", 209), Z3),
    ZhProbe("z3-tongguo", "刘建超通过视频会见委内瑞拉统社党领导人",
            "中联部部长刘建超21日通过视频会见委内瑞拉统一社会主义党第一副主席迪奥斯达多·卡韦略。卡韦略感谢中国共产党的支持。",
            "2024-03-22", url(IDCPC_ZH, "2024-03-22", 210), Z3),
    ZhProbe("z3-lianxian", "刘建超与卡韦略视频连线",
            "2024年3月21日，刘建超部长与委内瑞拉统一社会主义党第一副主席卡韦略先生视频连线，双方表示将保持两党高层交往。",
            "2024-03-21", url(IDCPC_ZH, "2024-03-21", 211), Z3),
    # Z4: 研修班 / 培训班 / 专题研讨班
    ZhProbe("z4-yanxiu", "委内瑞拉统一社会主义党干部研修班在京开班",
            "9月4日，中联部为委内瑞拉统一社会主义党举办的干部研修班在北京开班。中联部副部长钱洪山出席开班式并致辞。",
            "2023-09-04", url(IDCPC_ZH, "2023-09-04", 212), Z4),
    ZhProbe("z4-peixun", "中联部举办委内瑞拉统社党干部培训班",
            "中联部副部长钱洪山4日出席委内瑞拉统一社会主义党干部培训班开班仪式。培训班为期两周，三十名委统社党干部参加。",
            "2023-09-05", url(IDCPC_ZH, "2023-09-05", 213), Z4),
    ZhProbe("z4-zhuanti", "委內瑞拉統社黨幹部專題研討班開班",
            "2023年9月4日，中聯部為委內瑞拉統一社會主義黨幹部舉辦的專題研討班開班，副部長錢洪山出席並講話。",
            "2023-09-04", url(IDCPC_ZH, "2023-09-04", 214), Z4),
    # Z5: 出席 / 参加 / 应邀出席 a regional forum
    ZhProbe("z5-chuxi", "刘建超出席第四届中拉政党论坛",
            "11月16日，第四届中国—拉美和加勒比政党论坛在深圳开幕。中联部部长刘建超出席并致辞。来自拉美和加勒比27个国家的50多个政党领导人参加论坛。",
            "2023-11-16", url(IDCPC_ZH, "2023-11-16", 215), Z5),
    ZhProbe("z5-canjia", "拉美和加勒比政党领导人参加中拉政党论坛",
            "来自拉美和加勒比二十七个国家的五十多个政党领导人16日在深圳参加第四届中国—拉共体政党论坛，与中国共产党代表围绕现代化主题深入交流。",
            "2023-11-17", url(IDCPC_ZH, "2023-11-17", 216), Z5),
    ZhProbe("z5-yingyao", "拉美政党领导人应邀出席中拉政党论坛",
            "2023年11月16日，应中国共产党邀请，拉美和加勒比地区27国政党领导人出席在深圳举行的第四届中拉政党论坛。",
            "2023-11-16", url(IDCPC_ZH, "2023-11-16", 217), Z5),
    # Z6: 举行会谈 / 会谈 / 进行会谈 (a party meeting: the codebook's IDCPC types have no talks)
    ZhProbe("z6-juxing", "刘建超同尼加拉瓜桑地诺民族解放阵线代表团举行会谈",
            "5月20日，中联部部长刘建超在北京同尼加拉瓜桑地诺民族解放阵线代表团举行会谈。双方就两党交往深入交换意见。",
            "2024-05-20", url(IDCPC_ZH, "2024-05-20", 218), Z6),
    ZhProbe("z6-huitan", "刘建超与桑解阵代表团会谈",
            "中联部部长刘建超20日在京与尼加拉瓜桑解阵代表团会谈，表示中方愿同桑解阵加强交流互鉴。",
            "2024-05-21", url(IDCPC_ZH, "2024-05-21", 219), Z6),
    ZhProbe("z6-jinxing", "刘建超同桑解阵客人进行会谈",
            "2024年5月20日，刘建超部长同尼加拉瓜桑地诺民族解放阵线代表团进行会谈。代表团成员感谢中国共产党的热情接待。",
            "2024-05-20", url(IDCPC_ZH, "2024-05-20", 220), Z6),
    # Z7: 宣介会 / 宣介 / 介绍
    ZhProbe("z7-xuanjiehui", "中联部举办面向巴西政党的二十大精神宣介会",
            "11月22日，中联部以视频方式举办中共二十大精神宣介会，巴西劳工党、巴西共产党领导人参加。",
            "2022-11-22", url(IDCPC_ZH, "2022-11-22", 221), Z7),
    ZhProbe("z7-xuanjie", "中联部向巴西政党宣介中共二十大精神",
            "中联部22日通过视频向巴西劳工党和巴西共产党宣介中共二十大精神。巴方政党领导人表示，二十大对世界具有重要意义。",
            "2022-11-23", url(IDCPC_ZH, "2022-11-23", 222), Z7),
    ZhProbe("z7-dangtian", "巴西劳工党和巴西共产党领导人听取二十大精神宣介",
            "2022年11月22日，巴西劳工党、巴西共产党领导人线上参加中联部举办的中共二十大精神宣介会。当天，中联部负责同志介绍了大会主要成果。",
            "2022-11-22", url(IDCPC_ZH, "2022-11-22", 223), Z7),
    # Z8: 考察 / 参观访问 / 实地了解
    ZhProbe("z8-kaocha", "萨尔瓦多法拉本多·马蒂民族解放阵线代表团在福建考察",
            "8月12日至16日，萨尔瓦多法拉本多·马蒂民族解放阵线代表团应中共邀请在福建考察，了解乡村振兴和脱贫攻坚经验。",
            "2019-08-16", url(IDCPC_ZH, "2019-08-16", 224), Z8),
    ZhProbe("z8-canguan", "萨尔瓦多法拉本多马蒂民族解放阵线代表团赴福建参观访问",
            "2019年8月12日至16日，萨尔瓦多法拉本多马蒂民族解放阵线代表团赴福建参观访问，走访了农村和企业。",
            "2019-08-17", url(IDCPC_ZH, "2019-08-17", 225), Z8),
    ZhProbe("z8-shidi", "萨尔瓦多马解阵代表团在闽考察乡村振兴",
            "萨尔瓦多法拉本多·马蒂民族解放阵线代表团12日起在福建省考察，实地了解当地乡村振兴做法，16日结束考察。",
            "2019-08-17", url(IDCPC_ZH, "2019-08-17", 226), Z8),
    # Z9: a meeting with MORENA in three wordings
    ZhProbe("z9-huijian", "孙海燕会见墨西哥国家复兴运动党代表团",
            "10月15日，中联部副部长孙海燕在北京会见墨西哥国家复兴运动党代表团。",
            "2024-10-15", url(IDCPC_ZH, "2024-10-15", 227), Z9),
    ZhProbe("z9-shou", "墨西哥国家复兴运动党代表团受到孙海燕会见",
            "墨西哥国家复兴运动党代表团15日在京受到中联部副部长孙海燕会见。双方就两党关系交换意见。",
            "2024-10-16", url(IDCPC_ZH, "2024-10-16", 228), Z9),
    ZhProbe("z9-tongri", "孙海燕与墨西哥国家复兴运动党客人座谈",
            "2024年10月15日，墨西哥国家复兴运动党代表团抵达北京。同日，中联部副部长孙海燕会见代表团一行，双方就治国理政经验进行了交流。",
            "2024-10-15", url(IDCPC_ZH, "2024-10-15", 229), Z9),
    ZhProbe("z-n1", "刘建超会见葡萄牙共产党代表团",
            "6月13日，中联部部长刘建超在北京会见葡萄牙共产党代表团。",
            "2023-06-13", url(IDCPC_ZH, "2023-06-13", 230), NO),
    ZhProbe("z-n2", "刘建超同西班牙工人社会党领导人通过视频会晤",
            "3月21日，刘建超同西班牙工人社会党领导人通过视频会晤。",
            "2024-03-21", url(IDCPC_ZH, "2024-03-21", 231), NO),
]

# ---------------------------------------------------------------- agency copies
PROBES += [
    Probe("ag-e1", "Senior CPC official meets Cuban party delegation",
          " date 2023-06-13 BEIJING, June 13 -- Liu Jianchao, head of the International Department of the CPC, on Tuesday held a meeting in Beijing with a visiting delegation of the Communist Party of Cuba headed by Roberto Morales Ojeda. Editor: Li Wen",
          "2023-06-13", url(AGENCY_EN, "2023-06-13", 301), E1),
    Probe("ag-e15", "CPC official, Bolivia's Morales talk by phone",
          " date 2021-11-11 BEIJING, Nov. 11 -- Song Tao, who heads the CPC's International Department, talked by phone on Thursday with Evo Morales, leader of Bolivia's Movement for Socialism. Editor: Wang Jing",
          "2021-11-11", url(AGENCY_EN, "2021-11-11", 302), E15),
    ZhProbe("ag-z9", "孙海燕会见墨西哥国家复兴运动党代表团",
            " date 2024-10-15 新华社北京10月15日电 中联部副部长孙海燕15日在北京会见墨西哥国家复兴运动党代表团。 【责任编辑：张三】",
            "2024-10-15", url(AGENCY_ZH, "2024-10-15", 303), Z9),
]

# ---------------------------------------------------------------- foreign ministry English
F1 = yes("Brazil", "talks", "2023-04-14", head_of_state_level=True, partnership_action=None)
F2 = yes("Chile", "meeting_on_sidelines", "2023-11-16", head_of_state_level=True)
F3 = yes("Mexico", "phone_call", "2024-01-15", head_of_state_level=False)
F4 = yes("Mexico", "message", "2024-10-01", head_of_state_level=True)
F5 = yes("Uruguay", "state_visit", "2023-11-20")
F6 = yes("Uruguay", "talks", "2023-11-22", head_of_state_level=True, partnership_action="upgrade",
         partnership_level="comprehensive strategic partnership")
F7 = yes("Colombia", "talks", "2023-10-25", head_of_state_level=True, partnership_action="establish",
         partnership_level="strategic partnership")
F8 = yes("Peru", "meeting", "2024-06-20", head_of_state_level=False)
F9 = yes("Cuba", "video_call", "2022-07-07", head_of_state_level=False)
F10 = yes("Chile", "message", "2024-02-05", head_of_state_level=True)
F11 = yes("Argentina", "meeting", "2023-06-05", head_of_state_level=False)

PROBES += [
    # F1: state-visit talks
    MfaProbe("f1-held", "Xi Jinping Holds Talks with Brazilian President Lula",
             "On the afternoon of April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva, who is on a state visit to China, at the Great Hall of the People in Beijing. The two heads of state agreed to deepen cooperation in trade, green energy and technology.",
             "2023-04-14", url(MFA_EN, "2023-04-14", 401), F1),
    MfaProbe("f1-were", "Talks Held between Xi Jinping and Lula da Silva",
             "Talks were held between President Xi Jinping and President Luiz Inácio Lula da Silva of Brazil in Beijing on 14 April 2023. Lula, on a state visit, said Brazil sees China as a partner for development.",
             "2023-04-15", url(MFA_EN, "2023-04-15", 402), F1),
    MfaProbe("f1-friday", "Chinese and Brazilian Presidents Hold Talks in Beijing",
             "On Friday afternoon, H.E. Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil, and President Xi Jinping held talks in the Great Hall of the People. The two presidents agreed to work together on climate and on reform of global governance.",
             "2023-04-14", url(MFA_EN, "2023-04-14", 403), F1),
    MfaProbe("f1-lulaactive", "President Lula and President Xi Jinping Hold Talks",
             "Brazilian President Lula held talks with Chinese President Xi Jinping in Beijing on April 14th. Mr. Lula, who is paying a state visit to China, spoke of the two countries' fifty years of friendship.",
             "2023-04-14", url(MFA_EN, "2023-04-14", 404), F1),
    # F2: a meeting on the sidelines of APEC
    MfaProbe("f2-meets", "Xi Jinping Meets with Chilean President Gabriel Boric",
             "On the afternoon of November 16, 2023 local time, President Xi Jinping met with Chilean President Gabriel Boric Font in San Francisco on the sidelines of the 30th APEC Economic Leaders' Meeting. The two heads of state exchanged views on trade and the Belt and Road.",
             "2023-11-17", url(MFA_EN, "2023-11-17", 405), F2),
    MfaProbe("f2-sidelines", "Xi Jinping and Gabriel Boric Meet on Sidelines of APEC",
             "San Francisco, November 16 (local time)—On the margins of the APEC leaders' meeting, Chilean President Gabriel Boric held a meeting with President Xi Jinping. Boric said Chile is proud to have been the first South American country to recognize the People's Republic.",
             "2023-11-17", url(MFA_EN, "2023-11-17", 406), F2),
    MfaProbe("f2-received", "Chilean President Gabriel Boric Received by Xi Jinping in San Francisco",
             "While attending the APEC Economic Leaders' Meeting in San Francisco, President Xi Jinping received Chilean President Gabriel Boric on Thursday, 16 November. The two leaders discussed the free trade agreement between their countries.",
             "2023-11-18", url(MFA_EN, "2023-11-18", 407), F2),
    # F3: a foreign ministers' phone call
    MfaProbe("f3-phone", "Wang Yi Holds Phone Call with Mexican Foreign Secretary Alicia Bárcena",
             "On January 15, 2024, Foreign Minister Wang Yi held a phone call with Mexican Foreign Secretary Alicia Bárcena. Wang Yi said China and Mexico are both major developing countries.",
             "2024-01-15", url(MFA_EN, "2024-01-15", 408), F3),
    MfaProbe("f3-spoke", "Wang Yi Speaks with Mexican Foreign Secretary on the Phone",
             "Foreign Minister Wang Yi spoke on the phone with Mexico's Secretary of Foreign Affairs Alicia Bárcena on Monday, January 15th. The two sides discussed trade and cooperation on migration.",
             "2024-01-16", url(MFA_EN, "2024-01-16", 409), F3),
    MfaProbe("f3-conversation", "Wang Yi Has Telephone Conversation with Alicia Bárcena",
             "Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign Minister, had a telephone conversation on 15 January 2024 with Ms. Alicia Bárcena, Foreign Secretary of the United Mexican States, at her request.",
             "2024-01-15", url(MFA_EN, "2024-01-15", 410), F3),
    # F4: a congratulatory message to a president on taking office
    MfaProbe("f4-sent", "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Inauguration as Mexican President",
             "On October 1, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum Pardo, congratulating her on taking office as President of Mexico. Xi said he attaches great importance to the development of China-Mexico relations.",
             "2024-10-01", url(MFA_EN, "2024-10-01", 411), F4),
    MfaProbe("f4-cabled", "Xi Jinping Cables Congratulations to New Mexican President",
             "President Xi Jinping on October 1 cabled congratulations to President Claudia Sheinbaum of Mexico on her inauguration, voicing readiness to work with her for a stronger comprehensive strategic partnership.",
             "2024-10-02", url(MFA_EN, "2024-10-02", 412), F4),
    MfaProbe("f4-wrote", "Xi Jinping Writes to Congratulate President Sheinbaum",
             "On Tuesday, President Xi Jinping wrote to Mexican President Claudia Sheinbaum to congratulate her on assuming office. In his letter Xi recalled the long friendship between the two peoples.",
             "2024-10-03", url(MFA_EN, "2024-10-03", 413), F4),
    # F5: a state visit announced
    MfaProbe("f5-spokes", "Uruguayan President Luis Lacalle Pou to Pay State Visit to China",
             "Foreign Ministry Spokesperson Mao Ning announced: At the invitation of President Xi Jinping, President of the Oriental Republic of Uruguay Luis Lacalle Pou will pay a state visit to China from November 20 to 24.",
             "2023-11-17", url(MFA_EN, "2023-11-17", 414), F5),
    MfaProbe("f5-visit", "President Lacalle Pou of Uruguay Will Visit China",
             "Invited by President Xi Jinping, Uruguay's President Luis Lacalle Pou is to pay a state visit to China 20-24 November, the Foreign Ministry spokesperson said today.",
             "2023-11-17", url(MFA_EN, "2023-11-17", 415), F5),
    MfaProbe("f5-arrives", "Uruguayan President Arrives in Beijing for State Visit",
             "President Luis Lacalle Pou of Uruguay arrived in Beijing on November 20, 2023, starting a state visit to China at the invitation of President Xi Jinping.",
             "2023-11-21", url(MFA_EN, "2023-11-21", 416), F5),
    # F6: an upgrade of the partnership
    MfaProbe("f6-elevate", "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
             "On November 22, 2023, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou, who is on a state visit to China, at the Great Hall of the People. The two heads of state announced the elevation of China-Uruguay relations to a comprehensive strategic partnership.",
             "2023-11-22", url(MFA_EN, "2023-11-22", 417), F6),
    MfaProbe("f6-agreed", "Chinese and Uruguayan Presidents Hold Talks, Upgrade Ties",
             "Talks were held on Wednesday between President Xi Jinping and President Luis Lacalle Pou of Uruguay in Beijing. The two presidents agreed to upgrade bilateral ties to a comprehensive strategic partnership.",
             "2023-11-23", url(MFA_EN, "2023-11-23", 418), F6),
    MfaProbe("f6-raised", "Xi Jinping and Lacalle Pou Hold Talks",
             "Beijing, 22 November 2023—In talks with visiting Uruguayan President Luis Lacalle Pou today, President Xi Jinping said relations between the two countries are being raised to a comprehensive strategic partnership, a decision both leaders announced.",
             "2023-11-22", url(MFA_EN, "2023-11-22", 419), F6),
    # F7: a partnership established (no earlier one in the history table)
    MfaProbe("f7-establish", "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
             "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro, who is on a state visit to China, in Beijing. The two heads of state announced the establishment of a strategic partnership between China and Colombia.",
             "2023-10-25", url(MFA_EN, "2023-10-25", 420), F7),
    MfaProbe("f7-elevated", "Presidents of China and Colombia Hold Talks",
             "President Xi Jinping and President Gustavo Petro of Colombia held talks in the Great Hall of the People on Wednesday, and announced that bilateral relations are elevated to a strategic partnership.",
             "2023-10-26", url(MFA_EN, "2023-10-26", 421), F7),
    MfaProbe("f7-lifted", "Talks Held between President Xi and Colombian President Petro",
             "Talks were held between President Xi Jinping and Colombia's President Gustavo Petro in Beijing on 25 October 2023. The two leaders decided to lift China-Colombia ties to a strategic partnership.",
             "2023-10-25", url(MFA_EN, "2023-10-25", 422), F7),
    # F8: a foreign minister met by the Chinese foreign minister
    MfaProbe("f8-met", "Wang Yi Meets with Peruvian Foreign Minister Javier González-Olaechea",
             "On June 20, 2024, Foreign Minister Wang Yi met with Peruvian Foreign Minister Javier González-Olaechea in Beijing. The two sides spoke about the Chancay port and APEC 2024.",
             "2024-06-20", url(MFA_EN, "2024-06-20", 423), F8),
    MfaProbe("f8-received", "Peruvian Foreign Minister Received by Wang Yi",
             "Peru's Minister of Foreign Affairs Javier González-Olaechea was received by Foreign Minister Wang Yi in Beijing on Thursday. They discussed preparations for Peru's year as APEC host.",
             "2024-06-21", url(MFA_EN, "2024-06-21", 424), F8),
    MfaProbe("f8-satdown", "Wang Yi Sits Down with Peru's Foreign Minister",
             "Foreign Minister Wang Yi sat down with his Peruvian counterpart, Mr. Javier González-Olaechea, in Beijing on 20 June. Wang said China supports Peru in hosting APEC.",
             "2024-06-20", url(MFA_EN, "2024-06-20", 425), F8),
    # F9: a video call of foreign ministers
    MfaProbe("f9-video", "Wang Yi Holds Video Call with Cuban Foreign Minister Bruno Rodríguez",
             "On July 7, 2022, Foreign Minister Wang Yi held a video call with Cuban Foreign Minister Bruno Rodríguez Parrilla. The two sides exchanged views on bilateral relations.",
             "2022-07-07", url(MFA_EN, "2022-07-07", 426), F9),
    MfaProbe("f9-link", "Wang Yi and Bruno Rodríguez Talk via Video Link",
             "Foreign Minister Wang Yi talked with Cuba's Foreign Minister Bruno Rodríguez Parrilla via video link on Thursday, July 7th. Rodríguez thanked China for its help.",
             "2022-07-08", url(MFA_EN, "2022-07-08", 427), F9),
    MfaProbe("f9-virtual", "Wang Yi Holds Virtual Meeting with Cuban FM",
             "Foreign Minister Wang Yi and Cuban Foreign Minister (FM) Bruno Rodríguez held a virtual meeting by video on 7 July 2022, discussing cooperation in health and agriculture.",
             "2022-07-07", url(MFA_EN, "2022-07-07", 428), F9),
    # F10: a condolence message to a president
    MfaProbe("f10-condolence", "Xi Jinping Sends Message of Condolence to Chilean President Gabriel Boric over Forest Fires",
             "On February 5, 2024, President Xi Jinping sent a message of condolence to Chilean President Gabriel Boric Font over the heavy loss of life in forest fires in Valparaíso.",
             "2024-02-05", url(MFA_EN, "2024-02-05", 429), F10),
    MfaProbe("f10-expresses", "Xi Jinping Expresses Condolences to Chilean President over Wildfires",
             "President Xi Jinping on Monday expressed his deep condolences in a message to Chilean President Gabriel Boric over the casualties caused by wildfires in central Chile.",
             "2024-02-06", url(MFA_EN, "2024-02-06", 430), F10),
    MfaProbe("f10-cabled", "Xi Jinping Cables Sympathy to President Boric",
             "President Xi Jinping cabled his sympathy on 5 February 2024 to President Gabriel Boric of Chile over the forest fires in the Valparaíso region, on behalf of the Chinese government and people.",
             "2024-02-05", url(MFA_EN, "2024-02-05", 431), F10),
    # F11: a vice president or minister meets a foreign minister (organisation spelling; acronym)
    MfaProbe("f11-met", "Vice Foreign Minister Ma Zhaoxu Meets with Argentine Foreign Minister Santiago Cafiero",
             "On June 5, 2023, Vice Foreign Minister Ma Zhaoxu met with Argentine Foreign Minister Santiago Cafiero in Beijing. Both sides reviewed the programme of bilateral cooperation.",
             "2023-06-05", url(MFA_EN, "2023-06-05", 432), F11),
    MfaProbe("f11-held", "Ma Zhaoxu Holds Meeting with Santiago Cafiero",
             "Vice Foreign Minister Ma Zhaoxu held a meeting with Argentina's Foreign Minister Santiago Cafiero on Monday, 5 June, in Beijing, discussing the organization of high-level exchanges.",
             "2023-06-06", url(MFA_EN, "2023-06-06", 433), F11),
    MfaProbe("f11-hosted", "Ma Zhaoxu Hosts Argentine Foreign Minister",
             "Beijing, 5 June 2023—Mr. Ma Zhaoxu, Vice Minister of Foreign Affairs, hosted Mr. Santiago Cafiero, Minister of Foreign Affairs of Argentina, for a meeting at the Diaoyutai State Guesthouse today.",
             "2023-06-05", url(MFA_EN, "2023-06-05", 434), F11),
    # negatives: an ambassador only; a non-LAC counterpart
    MfaProbe("fn-amb1", "Ambassador Zhu Qingqiao Meets with Brazilian Minister",
             "On June 20, 2024, Chinese Ambassador to Brazil Zhu Qingqiao met with Brazil's Minister of Mines and Energy Alexandre Silveira in Brasília.",
             "2024-06-21", url(MFA_EN, "2024-06-21", 435), NO),
    MfaProbe("fn-amb2", "Brazilian Minister Received by Chinese Ambassador",
             "Brazil's Minister of Mines and Energy Alexandre Silveira was received by H.E. Zhu Qingqiao, the Chinese Ambassador, at the embassy in Brasília on Thursday.",
             "2024-06-21", url(MFA_EN, "2024-06-21", 436), NO),
    MfaProbe("fn-spain", "Wang Yi Speaks with Spanish Foreign Minister on the Phone",
             "Foreign Minister Wang Yi spoke on the phone with Spanish Foreign Minister José Manuel Albares on Monday, January 15th.",
             "2024-01-16", url(MFA_EN, "2024-01-16", 437), NO),
]

# ---------------------------------------------------------------- foreign ministry Chinese
G1 = F1
G3 = F3
G6 = F6

PROBES += [
    ZhProbe("g1-juxing", "习近平同巴西总统卢拉举行会谈",
            "4月14日下午，习近平主席同巴西总统卢拉在人民大会堂举行会谈，卢拉正在华进行国事访问。两国元首同意深化各领域合作。",
            "2023-04-14", url(MFA_ZH, "2023-04-14", 501), G1, source="mfa"),
    ZhProbe("g1-huitan", "习近平与卢拉会谈",
            "国家主席习近平14日在人民大会堂与巴西总统路易斯·伊纳西奥·卢拉·达席尔瓦会谈。卢拉总统正在中国进行国事访问。",
            "2023-04-15", url(MFA_ZH, "2023-04-15", 502), G1, source="mfa"),
    ZhProbe("g1-jinxing", "中巴两国元首进行会谈",
            "二〇二三年四月十四日，国家主席习近平同巴西总统卢拉先生在北京进行会谈。卢拉总统阁下表示，巴方视中国为重要伙伴。",
            "2023-04-14", url(MFA_ZH, "2023-04-14", 503), G1, source="mfa"),
    ZhProbe("g1-trad", "習近平同巴西總統盧拉舉行會談",
            "2023年4月14日下午，國家主席習近平在人民大會堂同來華進行國事訪問的巴西總統盧拉舉行會談。",
            "2023-04-14", url(MFA_ZH, "2023-04-14", 504), G1, source="mfa"),
    # 外长 / 外交部长; 通电话 / 通话 / 电话交谈
    ZhProbe("g3-waizhang", "王毅同墨西哥外长巴尔塞纳通电话",
            "1月15日，外交部长王毅同墨西哥外长巴尔塞纳通电话。王毅表示，中墨同为发展中大国。",
            "2024-01-15", url(MFA_ZH, "2024-01-15", 505), G3, source="mfa"),
    ZhProbe("g3-waijiaobuzhang", "王毅应约同墨西哥外交部长通话",
            "外交部长王毅15日应约同墨西哥外交部长艾丽西娅·巴尔塞纳通话，双方就双边关系交换意见。",
            "2024-01-16", url(MFA_ZH, "2024-01-16", 506), G3, source="mfa"),
    ZhProbe("g3-fw", "王毅与墨西哥外长电话交谈",
            "２０２４年１月１５日，王毅外长与墨西哥外长巴尔塞纳女士进行电话交谈。",
            "2024-01-15", url(MFA_ZH, "2024-01-15", 507), G3, source="mfa"),
    # 致电 / 致贺电 / 致信
    ZhProbe("g4-zhidian", "习近平致电祝贺辛鲍姆就任墨西哥总统",
            "10月1日，国家主席习近平致电克劳迪娅·辛鲍姆，祝贺她就任墨西哥总统。",
            "2024-10-01", url(MFA_ZH, "2024-10-01", 508), F4, source="mfa"),
    ZhProbe("g4-hedian", "习近平向墨西哥新任总统辛鲍姆致贺电",
            "国家主席习近平1日向墨西哥总统辛鲍姆致贺电，祝贺她就任墨西哥总统。习近平在贺电中表示，中方高度重视中墨关系。",
            "2024-10-02", url(MFA_ZH, "2024-10-02", 509), F4, source="mfa"),
    ZhProbe("g4-zhixin", "习近平致信祝贺辛鲍姆就任",
            "2024年10月1日，国家主席习近平致信墨西哥总统辛鲍姆女士，祝贺她就职。",
            "2024-10-01", url(MFA_ZH, "2024-10-01", 510), F4, source="mfa"),
    # 慰问电 / 致唁电 / 致电慰问
    ZhProbe("g10-weiwen", "习近平就智利森林火灾向智利总统博里奇致慰问电",
            "2月5日，国家主席习近平就智利瓦尔帕莱索大区发生森林火灾造成重大人员伤亡向智利总统博里奇致慰问电。",
            "2024-02-05", url(MFA_ZH, "2024-02-05", 511), F10, source="mfa"),
    ZhProbe("g10-zhidian", "习近平致电智利总统博里奇 对森林火灾表示慰问",
            "国家主席习近平5日致电智利总统加夫列尔·博里奇，就智利中部森林火灾造成人员伤亡表示深切慰问。",
            "2024-02-06", url(MFA_ZH, "2024-02-06", 512), F10, source="mfa"),
    # 会见 / 会晤 / 见面; 外长 / 外交部长
    ZhProbe("g8-huijian", "王毅会见秘鲁外长冈萨雷斯-奥拉埃切亚",
            "6月20日，外交部长王毅在北京会见秘鲁外长冈萨雷斯-奥拉埃切亚。",
            "2024-06-20", url(MFA_ZH, "2024-06-20", 513), F8, source="mfa"),
    ZhProbe("g8-huiwu", "王毅同秘鲁外交部长会晤",
            "外交部长王毅20日在北京同秘鲁外交部长哈维尔·冈萨雷斯-奥拉埃切亚会晤，双方就亚太经合组织合作交换意见。",
            "2024-06-21", url(MFA_ZH, "2024-06-21", 514), F8, source="mfa"),
    ZhProbe("g8-jianmian", "王毅与秘鲁外长见面",
            "2024年6月20日，王毅外长在北京与秘鲁外长冈萨雷斯-奥拉埃切亚先生见面。",
            "2024-06-20", url(MFA_ZH, "2024-06-20", 515), F8, source="mfa"),
    # 视频会晤 / 通过视频 / 视频通话
    ZhProbe("g9-shipin", "王毅同古巴外长罗德里格斯举行视频会晤",
            "7月7日，外交部长王毅同古巴外长罗德里格斯举行视频会晤。",
            "2022-07-07", url(MFA_ZH, "2022-07-07", 516), F9, source="mfa"),
    ZhProbe("g9-tongguo", "王毅通过视频同古巴外长会谈",
            "外交部长王毅7日通过视频同古巴外交部长布鲁诺·罗德里格斯会谈，双方就深化合作交换意见。",
            "2022-07-08", url(MFA_ZH, "2022-07-08", 517), F9, source="mfa"),
    ZhProbe("g9-tonghua", "王毅与古巴外长视频通话",
            "2022年7月7日，外长王毅与古巴外长罗德里格斯视频通话。",
            "2022-07-07", url(MFA_ZH, "2022-07-07", 518), F9, source="mfa"),
    # 升级 / 提升 / 同日宣布
    ZhProbe("g6-tisheng", "习近平同乌拉圭总统拉卡列举行会谈 两国元首宣布建立全面战略伙伴关系",
            "11月22日下午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统拉卡列举行会谈。两国元首宣布将中乌关系提升为全面战略伙伴关系。",
            "2023-11-22", url(MFA_ZH, "2023-11-22", 519), G6, source="mfa"),
    ZhProbe("g6-fw", "习近平同拉卡列会谈",
            "２０２３年１１月２２日，国家主席习近平在北京同乌拉圭总统路易斯·拉卡列·波乌举行会谈，双方同意将两国关系升级为全面战略伙伴关系。",
            "2023-11-22", url(MFA_ZH, "2023-11-22", 520), G6, source="mfa"),
    ZhProbe("g6-tongri", "中乌两国元首会谈",
            "乌拉圭总统拉卡列于11月20日抵达北京，开始对中国进行国事访问。22日，国家主席习近平同拉卡列总统举行会谈。同日，双方宣布中乌关系提升为全面战略伙伴关系。",
            "2023-11-23", url(MFA_ZH, "2023-11-23", 521), G6, source="mfa"),
    # 建立战略伙伴关系 (Colombia)
    ZhProbe("g7-jianli", "习近平同哥伦比亚总统佩特罗举行会谈",
            "10月25日，国家主席习近平在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。两国元首宣布建立中哥战略伙伴关系。",
            "2023-10-25", url(MFA_ZH, "2023-10-25", 522), F7, source="mfa"),
    ZhProbe("g7-tisheng", "中哥两国元首会谈",
            "2023年10月25日，习近平主席同哥伦比亚总统古斯塔沃·佩特罗会谈，双方决定将两国关系提升为战略伙伴关系。",
            "2023-10-25", url(MFA_ZH, "2023-10-25", 523), F7, source="mfa"),
    # 出席…期间会见 (APEC Lima): sidelines
    ZhProbe("g2-apec", "习近平会见智利总统博里奇",
            "当地时间11月16日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见智利总统博里奇。",
            "2024-11-17", url(MFA_ZH, "2024-11-17", 524),
            yes("Chile", "meeting_on_sidelines", "2024-11-16", head_of_state_level=True), source="mfa"),
    ZhProbe("g2-apec-b", "习近平在利马同智利总统博里奇会晤",
            "习近平主席16日在秘鲁利马出席亚太经合组织领导人非正式会议期间，同智利总统加夫列尔·博里奇会晤。",
            "2024-11-17", url(MFA_ZH, "2024-11-17", 525),
            yes("Chile", "meeting_on_sidelines", "2024-11-16", head_of_state_level=True), source="mfa"),
    ZhProbe("gn-amb", "驻巴西大使祝青桥会见巴西矿产和能源部长",
            "6月20日，驻巴西大使祝青桥在巴西利亚会见巴西矿产和能源部长西尔韦拉。",
            "2024-06-21", url(MFA_ZH, "2024-06-21", 526), NO, source="mfa"),
]

# ---------------------------------------------------------------- second round
# Written after the first run and after reading the code: more wordings of further events (a LAC
# party's congress attended, a message from the LAC side, a head of government met, a ceremony
# attended, acronyms alone, date forms of agency datelines, 昨天, 阁下, 外交部長, 視訊).
H1 = yes("Venezuela", "other", "2024-07-26", parties={PSUV}, mechanism=BL, content=DI)
H2 = yes("Nicaragua", "message", "2022-11-16", parties={FSLN}, mechanism=BL, content=DI)
H3 = yes("Barbados", "meeting", "2024-05-14", head_of_state_level=True)
H4 = yes("Mexico", "other", "2024-10-01", head_of_state_level=False)
H5 = yes("Brazil", "phone_call", "2024-03-19", head_of_state_level=False)
H6 = yes("Cuba", "seminar", "2019-05-10", parties={PCC}, mechanism=BL, content=KE)

PROBES += [
    # H1: the CPC side at a LAC party's congress: the congress is the exchange (rule 5), "other"
    Probe("h1-attended", "CPC Delegation Attends PSUV Congress",
          "Caracas, July 26th—A CPC delegation attended the opening of the Fifth Congress of the United Socialist Party of Venezuela in Caracas today and conveyed the CPC's good wishes to the congress.",
          "2024-07-27", url(IDCPC_EN, "2024-07-27", 601), H1),
    Probe("h1-tookpart", "CPC Delegation Takes Part in Congress of Venezuela's PSUV",
          "Caracas, July 26th—Representatives of the Communist Party of China took part in the PSUV's fifth congress, which opened on 26 July in the Venezuelan capital.",
          "2024-07-27", url(IDCPC_EN, "2024-07-27", 602), H1),
    Probe("h1-addressed", "Chinese Party Official Addresses PSUV Congress by Video",
          "Beijing, July 26th—Sun Haiyan, deputy head of the CPC's International Department, addressed by video the opening session of the Fifth Congress of the United Socialist Party of Venezuela held in Caracas today.",
          "2024-07-26", url(IDCPC_EN, "2024-07-26", 603), H1),
    ZhProbe("h1-yingyao", "中共代表团应邀出席委内瑞拉统一社会主义党五大",
            "当地时间7月26日，委内瑞拉统一社会主义党第五次代表大会在加拉加斯开幕。中共代表团应邀出席开幕式，转达中国共产党的祝贺。",
            "2024-07-27", url(IDCPC_ZH, "2024-07-27", 604), H1),
    # E11 again: the tour told in the lead only, with a briefing by its hosts inside the tour's sentence
    Probe("e11-where", "FSLN Delegation in Zhejiang",
          "Hangzhou, May 12th—A delegation of Nicaragua's FSLN toured rural areas of Zhejiang province from May 8th to May 12th, where local officials briefed the guests on poverty reduction and village planning.",
          "2023-05-13", url(IDCPC_EN, "2023-05-13", 622), E11),
    # H2: a message from the LAC side
    Probe("h2-sent", "FSLN Sends Congratulatory Message to CPC",
          "Beijing, November 16th—The Sandinista National Liberation Front of Nicaragua sent a message to the CPC Central Committee on November 16, congratulating the CPC on the success of its 20th National Congress.",
          "2022-11-17", url(IDCPC_EN, "2022-11-17", 605), H2),
    Probe("h2-cabled", "Sandinista Front Cables Congratulations to the CPC",
          "The FSLN cabled its congratulations to the Communist Party of China on Wednesday, hailing the outcome of the CPC's twentieth congress.",
          "2022-11-18", url(IDCPC_EN, "2022-11-18", 606), H2),
    ZhProbe("h2-laidian", "尼加拉瓜桑解阵发来贺电 祝贺中共二十大胜利召开",
            "11月16日，尼加拉瓜桑地诺民族解放阵线发来贺电，热烈祝贺中国共产党第二十次全国代表大会胜利召开。",
            "2022-11-17", url(IDCPC_ZH, "2022-11-17", 607), H2),
    ZhProbe("h2-zuotian", "尼加拉瓜桑解阵致函中共中央",
            "昨天，尼加拉瓜桑地诺民族解放阵线致函中共中央，祝贺中共二十大胜利召开。",
            "2022-11-17", url(IDCPC_ZH, "2022-11-17", 608), H2),
    # H3: a head of government met (head-of-state level: Premier and Prime Minister)
    MfaProbe("h3-met", "Li Qiang Meets with Prime Minister of Barbados Mia Amor Mottley",
             "Premier Li Qiang met Barbadian Prime Minister Mia Amor Mottley at the Great Hall of the People on the afternoon of May 14, 2024; she is in China on an official visit.",
             "2024-05-14", url(MFA_EN, "2024-05-14", 609), H3),
    MfaProbe("h3-he", "Premier Li Qiang Receives H.E. Mia Amor Mottley",
             "Premier Li Qiang received H.E. Ms. Mia Amor Mottley, Prime Minister of Barbados, in Beijing on Tuesday. The two heads of government spoke of climate finance and tourism.",
             "2024-05-15", url(MFA_EN, "2024-05-15", 610), H3),
    ZhProbe("h3-zh", "李强会见巴巴多斯总理莫特利",
            "5月14日下午，国务院总理李强在人民大会堂会见来华进行正式访问的巴巴多斯总理莫特利阁下。",
            "2024-05-14", url(MFA_ZH, "2024-05-14", 611), H3, source="mfa"),
    ZhProbe("h3-trad", "李強會見巴巴多斯總理莫特利",
            "2024年5月14日，國務院總理李強在北京會見巴巴多斯總理米婭·莫特利。",
            "2024-05-14", url(MFA_ZH, "2024-05-14", 612), H3, source="mfa"),
    # H4: a ceremony attended (codebook: a ceremony both attend is "other")
    MfaProbe("h4-attended", "Vice President Han Zheng Attends Inauguration of Mexican President Claudia Sheinbaum",
             "On October 1, 2024 local time, Vice President Han Zheng, as President Xi Jinping's special envoy, attended the inauguration ceremony of Mexican President Claudia Sheinbaum in Mexico City.",
             "2024-10-02", url(MFA_EN, "2024-10-02", 613), H4),
    MfaProbe("h4-present", "Han Zheng Present at Swearing-in of President Sheinbaum",
             "Mexico City, 1 October (local time)—Vice President Han Zheng was present at the swearing-in ceremony of President Claudia Sheinbaum Pardo today as President Xi Jinping's special envoy.",
             "2024-10-02", url(MFA_EN, "2024-10-02", 614), H4),
    ZhProbe("h4-zh", "韩正出席墨西哥总统辛鲍姆就职仪式",
            "当地时间10月1日，国家副主席韩正作为习近平主席特使在墨西哥城出席墨西哥总统辛鲍姆就职仪式。",
            "2024-10-02", url(MFA_ZH, "2024-10-02", 615), H4, source="mfa"),
    # H5: a foreign ministers' call, acronyms and numbers in words
    MfaProbe("h5-fm", "Wang Yi Speaks with Brazilian FM Mauro Vieira on the Phone",
             "Foreign Minister Wang Yi spoke with Brazil's Foreign Minister (FM) Mauro Vieira by phone on Tuesday, 19 March 2024, the two ministers' first call this year.",
             "2024-03-20", url(MFA_EN, "2024-03-20", 616), H5),
    MfaProbe("h5-conv", "Wang Yi Has a Telephone Conversation with Mauro Vieira",
             "On March 19th, Foreign Minister Wang Yi had a telephone conversation with Minister of Foreign Affairs of Brazil Mauro Vieira. Wang said the two countries will mark fifty years of diplomatic ties this year.",
             "2024-03-19", url(MFA_EN, "2024-03-19", 617), H5),
    ZhProbe("h5-zh", "王毅同巴西外交部長維埃拉通電話",
            "3月19日，外交部長王毅同巴西外交部長維埃拉通電話。",
            "2024-03-19", url(MFA_ZH, "2024-03-19", 618), H5, source="mfa"),
    # H6: the theory seminar in an agency's words and dateline forms
    Probe("h6-agency", "Chinese, Cuban communist parties hold theory seminar",
          " date 2019-05-10 HAVANA, May 10 -- The Communist Party of China and the Communist Party of Cuba on Friday held the 10th theory seminar between the two parties in Havana, focusing on socialist construction. Editor: Zhao Lei",
          "2019-05-10", url(AGENCY_EN, "2019-05-10", 619), H6),
    Probe("h6-slash", "Tenth CPC-PCC Theory Seminar Closes",
          "Havana, 10/05/2019—The tenth theoretical seminar of the Communist Party of China and the Communist Party of Cuba (PCC) was held in the Cuban capital today, with officials of both parties speaking on governance.",
          "2019-05-11", url(IDCPC_EN_OLD, "2019-05-11", 620), H6),
    ZhProbe("h6-zh", "中古两党第十次理论研讨会在哈瓦那举行",
            "当地时间5月10日，中国共产党和古巴共产党第十次理论研讨会在哈瓦那举行，两党代表围绕社会主义建设进行交流。",
            "2019-05-11", url(IDCPC_ZH, "2019-05-11", 621), H6),
]

OPEN: dict[tuple[str, str], str] = {
    ("h6-slash", "event_date"): "a numeric dateline (10/05/2019) is not read: day-month or month-day is ambiguous by itself (the printed date would settle it); 'today' then takes the printed date",
}

# Doubts the codebook leaves open: a careful coder may code these either way.
DOUBTFUL: dict[tuple[str, str], str] = {
    ("e12-met", "mechanism"): "an ambassador of a state whose president led a leftist party (Maduro, PSUV): the codebook's leftist goes by a counterpart party, and no party takes part; the project reads the government as the ruling party's",
    ("e12-received", "mechanism"): "as e12-met",
    ("e12-call", "mechanism"): "as e12-met",
}

assert_unique_ids(PROBES)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN, DOUBTFUL))
def test_other_words_page_field(probe: Probe, name: str, expected: object) -> None:
    assert value_of(record_of(probe), name) == expected
