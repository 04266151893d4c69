# ruff: noqa: E501  (headlines and page texts are kept whole, as printed)
"""Campaign 9C: a blind, mixed sample of IDCPC-type pages (English and Chinese sections of the site,
and copies on agency, newspaper, provincial and embassy sites), 2015-2025, about a third not relevant.
Every page is self-written in the sites' style; party, country and official names are facts. Each
relevant page carries all the fields a careful coder gives under SCHEMA.md's Decision rules.

First run, before any rule of this campaign (batch 1, written blind: 134 pages, 88 relevant):
relevant 131/134, country 85/88, event_date 86/88, event_type 86/88, content 86/88, mechanism 83/88,
parties 87/88; 127/134 pages fully right. Batches 2-6 (92 pages, written after reading parts of the
code): 88/92 fully right on their first run."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import DI, KE

LEFT = ["bilateral", "leftist"]
BI = ["bilateral"]
REG = ["regional"]
REGL = ["regional", "leftist"]
GLO = ["global"]
GLOL = ["global", "leftist"]


def en_url(day: str, n: int = 1) -> str:
    """The English section's address: /english/news/ before 2023, /english2023/lldt/ after."""
    y, m, d = day.split("-")
    tree = "english2023/lldt" if y >= "2023" else "english/news"
    return f"https://www.idcpc.org.cn/{tree}/{y}{m}/t{y}{m}{d}_{160000 + n}.html"


def zh_url(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"https://www.idcpc.gov.cn/lldt/{y}{m}/t{y}{m}{d}_{150000 + n}.html"


def xinhua_en(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://www.xinhuanet.com/english/{y}-{m}/{d}/c_13{n:07d}.htm"


def xinhua_zh(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://www.news.cn/politics/{y}-{m}/{d}/c_11{n:08d}.htm"


def people_zh(day: str) -> str:
    y, m, d = day.split("-")
    return f"http://paper.people.com.cn/rmrb/html/{y}-{m}/{d}/nw.D110000renmrb_{y}{m}{d}_2-03.htm"


def people_en(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://en.people.cn/n3/{y}/{m}{d}/c90000-{9000000 + n}.html"


@dataclass(frozen=True)
class Page:
    """A probe page and a careful coder's values for it (only `relevant` for a page that is not)."""

    id: str
    lang: str
    title: str
    text: str
    published: str | None
    url: str
    relevant: bool
    country: str | None = None
    date: str | None = None
    etype: str | None = None
    content: str | None = None
    mech: list[str] = field(default_factory=list)
    parties: frozenset[str] = frozenset()


def P(id, lang, title, text, published, url, relevant=True, country=None, date=None, etype=None,  # noqa: N802
      content=None, mech=None, party=()):
    return Page(id, lang, title, text, published, url, relevant, country, date, etype, content,
                list(mech or []), frozenset(party))


PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT = "Workers' Party (Brazil)"
FA = "Broad Front"

PAGES: list[Page] = [
    # ================= English section: meetings in Beijing =================================
    P("en-meet-cuba-2023", "en", "Liu Jianchao Meets with Delegation of the Communist Party of Cuba",
      "Beijing, April 12th (IDCPC)--Liu Jianchao, head of the International Department of the CPC Central "
      "Committee (IDCPC), met with a delegation led by Roberto Morales Ojeda, Member of the Political Bureau "
      "and Secretary of the Organization Department of the Central Committee of the Communist Party of Cuba, "
      "here today.\n"
      "Liu said that the CPC is willing to work with the Communist Party of Cuba to carry out what the two parties' and countries' top leaders agreed, deepen exchanges of experience "
      "in party building and state governance, and push forward the China-Cuba community with a shared "
      "future.\n"
      "Morales Ojeda said that Cuba firmly adheres to the one-China principle and is ready to learn from the "
      "CPC's experience.\n"
      "Sun Haiyan, Vice Minister of the IDCPC, was present.",
      "2023-04-13", en_url("2023-04-13"), True, "Cuba", "2023-04-12", "meeting", DI, LEFT, [PCC]),
    P("en-meet-brazil-pt-2019", "en", "Song Tao Meets with Secretary General of Brazil's Workers' Party",
      "Beijing, October 23rd--Song Tao, head of the IDCPC, met with a delegation of the Workers' Party of "
      "Brazil headed by its Secretary General Paulo Teixeira.\n"
      "Song said the CPC attaches importance to its friendly relations with the Workers' Party and is "
      "willing to strengthen exchanges at all levels. Teixeira thanked the CPC for its hospitality and said "
      "the Workers' Party looks forward to learning from China's poverty alleviation.",
      "2019-10-24", en_url("2019-10-24", 2), True, "Brazil", "2019-10-23", "meeting", DI, LEFT, [PT]),
    P("en-meet-mexico-morena-2019", "en", "Guo Yezhou Meets with Delegation of Mexico's MORENA",
      "Beijing, July 5th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the National "
      "Regeneration Movement (MORENA) of Mexico led by Yeidckol Polevnsky, its President.\n"
      "The two sides exchanged views on the relations between the two parties and countries, and on "
      "cooperation under the Belt and Road Initiative.",
      "2019-07-06", en_url("2019-07-06", 3), True, "Mexico", "2019-07-05", "meeting", DI, LEFT,
      ["National Regeneration Movement"]),
    P("en-meet-chile-ppd-2018", "en", "Qian Hongshan Meets with Chilean Party for Democracy Delegation",
      "Beijing, November 14th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of the Party "
      "for Democracy of Chile headed by Heraldo Muñoz, its President.\n"
      "Qian briefed the guests on the CPC's governance of China and China's reform and opening up. Muñoz said "
      "his party values the development of relations with China and hopes to strengthen exchanges with the "
      "CPC.",
      "2018-11-15", en_url("2018-11-15", 4), True, "Chile", "2018-11-14", "meeting", DI, BI,
      ["Party for Democracy"]),
    P("en-meet-colombia-liberal-2017", "en", "Li Jun Meets with Colombian Liberal Party Delegation",
      "Beijing, June 6th--Li Jun, Assistant Minister of the IDCPC, met with a delegation of the Colombian "
      "Liberal Party led by Juan Fernando Cristo, a member of its national leadership.\n"
      "The two sides exchanged views on party-to-party exchanges and practical cooperation between the two "
      "countries.",
      "2017-06-07", en_url("2017-06-07", 5), True, "Colombia", "2017-06-06", "meeting", DI, BI,
      ["Colombian Liberal Party"]),
    P("en-meet-argentina-pj-2017", "en", "Guo Yezhou Meets with Delegation of Argentina's Justicialist Party",
      "Beijing, September 19th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
      "the Justicialist Party of Argentina.\n"
      "Guo said that the CPC is ready to deepen exchanges with Argentina's major political parties. The "
      "guests said the Justicialist Party supports the comprehensive strategic partnership between the two "
      "countries.",
      "2017-09-20", en_url("2017-09-20", 6), True, "Argentina", "2017-09-19", "meeting", DI, BI,
      ["Justicialist Party"]),
    P("en-meet-jamaica-ambassador-2021", "en", "Chen Zhou Meets with Jamaican Ambassador to China",
      "Beijing, March 18th--Chen Zhou, Vice Minister of the IDCPC, met with Jamaican Ambassador to China "
      "Cordell Wilson.\n"
      "The two sides exchanged views on relations between China and Jamaica and on exchanges between the CPC "
      "and Jamaican political parties.",
      "2021-03-19", en_url("2021-03-19", 7), True, "Jamaica", "2021-03-18", "meeting", DI, BI, []),
    P("en-meet-lac-envoys-2024", "en", "Liu Jianchao Meets with Envoys of Latin American and Caribbean Countries",
      "Beijing, May 28th--Liu Jianchao, head of the IDCPC, met with envoys of Latin American and Caribbean "
      "countries in China, including Ambassadors of Argentina, Brazil, Cuba, Mexico and Venezuela.\n"
      "Liu briefed the envoys on the third plenary session ahead and China's relations with the region. The "
      "ambassadors said they are willing to enhance exchanges with the CPC.",
      "2024-05-29", en_url("2024-05-29", 8), True, "multilateral", "2024-05-28", "meeting", DI, REG, []),
    P("en-meet-uruguay-fa-thursday-2016", "en", "Song Tao Meets with Leaders of Uruguay's Broad Front",
      "Beijing, December 2nd--Song Tao, head of the IDCPC, met on Thursday with a delegation of the Broad "
      "Front of Uruguay led by Javier Miranda, President of the Broad Front.\n"
      "Song said the CPC and the Broad Front have enjoyed friendly exchanges for years. Miranda said the "
      "Broad Front is ready to strengthen the exchange of experience in governance with the CPC.",
      "2016-12-03", en_url("2016-12-03", 9), True, "Uruguay", "2016-12-01", "meeting", DI, LEFT, [FA]),
    P("en-meet-venezuela-psuv-2018", "en", "Song Tao Meets with PSUV Delegation",
      "Beijing, September 12th--Song Tao, head of the IDCPC, met with a delegation of the United Socialist "
      "Party of Venezuela (PSUV) led by Diosdado Cabello, First Vice President of the PSUV.\n"
      "Song said the CPC values its friendly relations with the PSUV. Cabello said the PSUV will continue "
      "to learn from the CPC.",
      "2018-09-13", en_url("2018-09-13", 10), True, "Venezuela", "2018-09-12", "meeting", DI, LEFT, [PSUV]),
    P("en-meet-scholars-brazil-2019", "en", "Guo Yezhou Meets with Brazilian Think Tank Delegation",
      "Beijing, April 9th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of scholars from "
      "the Getulio Vargas Foundation of Brazil.\n"
      "The two sides exchanged views on China-Brazil relations and on the governance experience of the two "
      "countries.",
      "2019-04-10", en_url("2019-04-10", 11), True, "Brazil", "2019-04-09", "meeting", DI, BI, []),
    P("en-meet-peru-libre-abroad-2022", "en", "Chen Zhou Meets with Leaders of Peru's Free Peru Party in Lima",
      "Lima, August 30th--Chen Zhou, Vice Minister of the IDCPC, who is leading a CPC delegation on a visit "
      "to Peru, met with Vladimir Cerrón, Secretary General of the Free Peru Party.\n"
      "Chen said that the CPC is willing to strengthen exchanges with Free Peru. Cerrón said his party "
      "admires the achievements of the CPC.",
      "2022-09-01", en_url("2022-09-01", 12), True, "Peru", "2022-08-30", "meeting", DI, LEFT,
      ["Free Peru"]),
    P("en-meet-dominican-prm-2023", "en", "Sun Haiyan Meets with Delegation of the Dominican Republic's Modern Revolutionary Party",
      "Beijing, October 17th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
      "Modern Revolutionary Party (PRM), the ruling party of the Dominican Republic, led by its Secretary "
      "General Carolina Mejía.\n"
      "Sun said the CPC is ready to work with the PRM to push forward the relations between the two "
      "countries, which established diplomatic ties in 2018.",
      "2023-10-18", en_url("2023-10-18", 13), True, "Dominican Republic", "2023-10-17", "meeting", DI, BI,
      ["Modern Revolutionary Party"]),
    P("en-meet-trinidad-pnm-2019", "en", "Guo Yezhou Meets with Delegation of Trinidad and Tobago's PNM",
      "Beijing, May 15th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the People's "
      "National Movement (PNM), the ruling party of Trinidad and Tobago.\n"
      "Guo said China stands ready to deepen practical cooperation with Trinidad and Tobago. The guests "
      "spoke highly of China's development.",
      "2019-05-16", en_url("2019-05-16", 14), True, "Trinidad and Tobago", "2019-05-15", "meeting", DI, BI,
      ["People's National Movement"]),
    P("en-meet-ecuador-ambassador-lastweek-2020", "en", "Guo Yezhou Meets with Ambassador of Ecuador",
      "Guo Yezhou, Vice Minister of the IDCPC, met last week with Carlos Larrea, Ambassador of Ecuador to "
      "China. The two sides exchanged views on cooperation in the fight against COVID-19.",
      "2020-06-08", en_url("2020-06-08", 15), True, "Ecuador", None, "meeting", DI, BI, []),
    P("en-meet-honduras-libre-2024", "en", "Liu Jianchao Meets with Delegation of Honduras' LIBRE Party",
      "Beijing, March 21st (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the Liberty and "
      "Refoundation Party (LIBRE), the ruling party of Honduras, led by its General Coordinator Manuel "
      "Zelaya.\n"
      "Liu said that since China and Honduras established diplomatic relations last year, the relations "
      "between the two countries have got off to a good start. Zelaya said LIBRE firmly adheres to the "
      "one-China principle.",
      "2024-03-22", en_url("2024-03-22", 16), True, "Honduras", "2024-03-21", "meeting", DI, LEFT,
      ["Liberty and Refoundation"]),

    # ================= English: delegations both ways ======================================
    P("en-visit-uruguay-2018", "en", "CPC Delegation Visits Uruguay",
      "At the invitation of the Broad Front of Uruguay, a CPC delegation led by Li Jun, Assistant Minister of "
      "the IDCPC, visited Uruguay from May 14th to 17th.\n"
      "During the visit, the delegation met with Javier Miranda, President of the Broad Front, and with "
      "leaders of the National Party, and held talks with officials of the Uruguayan government. The two "
      "sides exchanged views on relations between the parties and on the 30th anniversary of diplomatic "
      "ties.\n"
      "The delegation also visited Chinese-funded enterprises in Montevideo.",
      "2018-05-20", en_url("2018-05-20", 17), True, "Uruguay", "2018-05-14", "delegation_visit_abroad", DI,
      LEFT, [FA, "National Party (Uruguay)"]),
    P("en-visit-mexico-cuba-2019", "en", "CPC Delegation Visits Mexico and Spain",
      "At the invitation of the National Regeneration Movement (MORENA) of Mexico and the Spanish Socialist "
      "Workers' Party, a CPC delegation headed by Qian Hongshan, Vice Minister of the IDCPC, paid visits to "
      "Mexico and Spain from June 3rd to 12th.\n"
      "In Mexico, the delegation met with MORENA's leaders and with members of the Mexican Congress. In "
      "Spain, it met with leaders of the Spanish Socialist Workers' Party.",
      "2019-06-14", en_url("2019-06-14", 18), True, "Mexico", "2019-06-03", "delegation_visit_abroad", DI,
      LEFT, ["National Regeneration Movement"]),
    P("en-received-fsln-2024", "en", "Delegation of Nicaragua's Sandinista National Liberation Front Visits China",
      "At the invitation of the CPC, a delegation of the Sandinista National Liberation Front (FSLN) of "
      "Nicaragua led by Gustavo Porras, a member of its National Directorate, visited China from September "
      "2nd to 9th.\n"
      "During its stay, Liu Jianchao, head of the IDCPC, met with the delegation. The delegation also went to "
      "Shanghai and Jiangsu, where it held talks with local leaders.",
      "2024-09-10", en_url("2024-09-10", 19), True, "Nicaragua", "2024-09-02", "delegation_received", DI,
      LEFT, [FSLN]),
    P("en-fieldtrip-ecuador-rc-2019", "en", "Delegation of Ecuador's Citizen Revolution Movement Visits Zhejiang",
      "From August 14th to 16th, a delegation of the Citizen Revolution Movement of Ecuador visited Zhejiang "
      "Province at the invitation of the IDCPC. The delegation toured villages in Anji and a technology park "
      "in Hangzhou and learned about rural revitalization and the digital economy.\n"
      "The guests said China's development offers useful experience for Ecuador.",
      "2019-08-18", en_url("2019-08-18", 20), True, "Ecuador", "2019-08-14", "field_trip", KE, LEFT,
      ["Citizen Revolution Movement"]),
    P("en-visit-brazil-argentina-2015", "en", "CPC Delegation Visits Brazil",
      "Brasilia, November 10th--A CPC delegation led by Chen Fengxiang, Vice Minister of the IDCPC, arrived "
      "here today for a visit to Brazil at the invitation of the Workers' Party.\n"
      "During its stay, the delegation will meet with leaders of the Workers' Party, the Brazilian Democratic "
      "Movement Party and the Communist Party of Brazil, and will attend a seminar on governance.",
      "2015-11-11", en_url("2015-11-11", 21), True, "Brazil", "2015-11-10", "delegation_visit_abroad", DI,
      LEFT, [PT, "Brazilian Democratic Movement", "Communist Party of Brazil"]),

    # ================= English: calls, video meetings, messages ============================
    P("en-video-uruguay-2021", "en", "Song Tao Holds Video Meeting with President of Uruguay's Broad Front",
      "Beijing, March 2nd--Song Tao, head of the IDCPC, held a video meeting with Fernando Pereira, President "
      "of the Broad Front of Uruguay.\n"
      "The two sides exchanged views on cooperation against COVID-19 and on the centenary of the CPC.",
      "2021-03-03", en_url("2021-03-03", 22), True, "Uruguay", "2021-03-02", "video_call", DI, LEFT, [FA]),
    P("en-phone-chile-ps-2020", "en", "Guo Yezhou Holds Phone Talks with President of the Socialist Party of Chile",
      "Guo Yezhou, Vice Minister of the IDCPC, held phone talks with Álvaro Elizalde, President of the "
      "Socialist Party of Chile, on April 22nd. Guo briefed Elizalde on China's fight against COVID-19, and "
      "Elizalde thanked China for its medical supplies.",
      "2020-04-24", en_url("2020-04-24", 23), True, "Chile", "2020-04-22", "phone_call", DI, LEFT,
      ["Socialist Party of Chile"]),
    P("en-message-cuba-2021", "en", "Xi Jinping Congratulates Miguel Díaz-Canel on His Election as First Secretary of the Communist Party of Cuba",
      "On April 19th, Xi Jinping, General Secretary of the CPC Central Committee and Chinese President, sent "
      "a message to Miguel Díaz-Canel, congratulating him on his election as First Secretary of the Central "
      "Committee of the Communist Party of Cuba.\n"
      "Xi said that the CPC and the Communist Party of Cuba are good comrades and brothers. He is ready to "
      "work with Díaz-Canel to lead the relations between the two parties and countries to a new level.",
      "2021-04-20", en_url("2021-04-20", 24), True, "Cuba", "2021-04-19", "message", DI, LEFT, [PCC]),
    P("en-condolence-fsln-2016", "en", "CPC Central Committee Sends Condolences to the FSLN",
      "The International Department of the CPC Central Committee sent a message of condolence to the "
      "National Directorate of the Sandinista National Liberation Front of Nicaragua on November 30th on the "
      "passing of Tomás Borge's widow, expressing deep sympathy to the family.",
      "2016-12-01", en_url("2016-12-01", 25), True, "Nicaragua", "2016-11-30", "message", DI, LEFT, [FSLN]),
    P("en-message-letter-to-seminar-2023", "en", "Xi Jinping Sends Congratulatory Letter to the Theory Seminar between the CPC and the Communist Party of Cuba",
      "Havana, December 5th--The 14th Theory Seminar between the Communist Party of China and the Communist "
      "Party of Cuba opened here today. Xi Jinping, General Secretary of the CPC Central Committee, sent a "
      "congratulatory letter to the seminar.\n"
      "Some 100 participants from the two parties discussed the theme of socialist modernization in a "
      "changing world.",
      "2023-12-06", en_url("2023-12-06", 26), True, "Cuba", "2023-12-05", "seminar", KE, LEFT, [PCC]),

    # ================= English: seminars, forums, courses, briefings =======================
    P("en-forum-celac-2018", "en", "Second China-Latin America and Caribbean Political Parties Forum Opens in Shenzhen",
      "Shenzhen, December 2nd--The Second China-CELAC Political Parties Forum opened here today under the "
      "theme of building a community with a shared future. Song Tao, head of the IDCPC, delivered a keynote "
      "speech.\n"
      "More than 300 participants from about 80 political parties of 30 Latin American and Caribbean "
      "countries, including the Communist Party of Cuba and the United Socialist Party of Venezuela, attended "
      "the forum.",
      "2018-12-03", en_url("2018-12-03", 27), True, "multilateral", "2018-12-02", "forum", KE, REGL,
      [PCC, PSUV]),
    P("en-course-caribbean-2019", "en", "Training Course for Caribbean Party Leaders Opens in Beijing",
      "Beijing, September 16th--A training course for political party leaders of Caribbean countries opened "
      "here today. Participants from the Jamaica Labour Party, the Saint Lucia Labour Party and the "
      "Barbados Labour Party will learn about China's experience in poverty alleviation "
      "over two weeks.",
      "2019-09-17", en_url("2019-09-17", 28), True, "multilateral", "2019-09-16", "training_course", KE,
      REG, ["Jamaica Labour Party", "Saint Lucia Labour Party", "Barbados Labour Party"]),
    P("en-course-cuba-cadres-2017", "en", "Seminar for Cadres of the Communist Party of Cuba Concludes",
      "Beijing, June 23rd--A seminar for cadres of the Communist Party of Cuba, held by the IDCPC, concluded "
      "today. The 25 participants attended lectures from June 12th to 23rd on party building and economic "
      "reform and visited Guangdong.",
      "2017-06-24", en_url("2017-06-24", 29), True, "Cuba", "2017-06-12", "training_course", KE, LEFT, [PCC]),
    P("en-briefing-20th-lac-2022", "en", "IDCPC Holds Online Briefing on the 20th CPC National Congress for Latin American Parties",
      "Beijing, November 8th--The IDCPC held an online briefing session on the 20th National Congress of the "
      "CPC for political parties of Latin America and the Caribbean. Liu Jianchao, head of the IDCPC, "
      "presented the congress's main outcomes.\n"
      "More than 200 leaders from over 60 parties of 25 countries, including the Workers' Party of Brazil "
      "and the Broad Front of Uruguay, attended.",
      "2022-11-09", en_url("2022-11-09", 30), True, "multilateral", "2022-11-08", "briefing", KE, REGL,
      [PT, FA]),
    P("en-briefing-psuv-2021", "en", "Briefing Session on the Sixth Plenary Session for Venezuela's PSUV Held Online",
      "Beijing, December 9th--Guo Yezhou, Vice Minister of the IDCPC, gave an online briefing on the Sixth "
      "Plenary Session of the 19th CPC Central Committee to leaders of the United Socialist Party of "
      "Venezuela.",
      "2021-12-10", en_url("2021-12-10", 31), True, "Venezuela", "2021-12-09", "briefing", KE, LEFT, [PSUV]),
    P("en-seminar-pcdob-2020", "en", "CPC and Communist Party of Brazil Hold Online Seminar",
      "Beijing, September 24th--The CPC and the Communist Party of Brazil held an online seminar on party "
      "building in the new era. Guo Yezhou, Vice Minister of the IDCPC, and Luciana Santos, President of the "
      "Communist Party of Brazil, attended and spoke.",
      "2020-09-25", en_url("2020-09-25", 32), True, "Brazil", "2020-09-24", "seminar", KE, LEFT,
      ["Communist Party of Brazil"]),
    P("en-forum-saopaulo-2019", "en", "CPC Delegation Attends 25th Meeting of the São Paulo Forum",
      "Caracas, July 25th--A CPC delegation attended the 25th Meeting of the São Paulo Forum held here from "
      "July 25th to 28th. The delegation delivered a speech at the forum and met with leaders of the United "
      "Socialist Party of Venezuela, the host party.",
      "2019-07-30", en_url("2019-07-30", 33), True, "multilateral", "2019-07-25", "forum", KE, REGL, [PSUV]),
    P("en-side-meeting-dialogue-2017", "en", "Song Tao Meets with Latin American Party Leaders Attending the CPC in Dialogue with World Political Parties",
      "Beijing, December 2nd--Song Tao, head of the IDCPC, met with leaders of political parties from Latin "
      "America attending the CPC in Dialogue with World Political Parties High-level Meeting, including "
      "leaders of the Workers' Party of Brazil and the Justicialist Party of Argentina.",
      "2017-12-03", en_url("2017-12-03", 34), True, "multilateral", "2017-12-02", "meeting", KE, GLOL,
      [PT, "Justicialist Party"]),
    P("en-brics-forum-2017", "en", "BRICS Political Parties, Think Tanks and Civil Society Organizations Forum Opens in Fuzhou",
      "Fuzhou, June 11th--The BRICS Political Parties, Think Tanks and Civil Society Organizations Forum "
      "opened here today. Representatives from Brazil, Russia, India and South Africa, including members of "
      "the Workers' Party of Brazil, attended.",
      "2017-06-12", en_url("2017-06-12", 35), True, "multilateral", "2017-06-11", "forum", KE, GLOL, [PT]),
    P("en-dialogue-online-2021", "en", "CPC and Latin American Parties Hold Online Dialogue on COVID-19 Response",
      "Beijing, May 27th--The CPC and Latin American and Caribbean Political Parties Online Dialogue was held "
      "today. Song Tao, head of the IDCPC, and leaders of more than 40 parties from 20 countries, including "
      "the Communist Party of Cuba and MORENA of Mexico, took part.",
      "2021-05-28", en_url("2021-05-28", 36), True, "multilateral", "2021-05-27", "dialogue", KE, REGL,
      [PCC, "National Regeneration Movement"]),
    P("en-fieldtrip-argentina-guizhou-2023", "en", "Argentine Young Politicians Delegation Visits Guizhou",
      "Guiyang, June 20th--A delegation of young politicians from Argentina's Justicialist Party and Radical "
      "Civic Union visited Guizhou from June 18th to 21st at the invitation of the IDCPC, touring big-data "
      "centers and poverty relief projects.",
      "2023-06-22", en_url("2023-06-22", 37), True, "Argentina", "2023-06-18", "field_trip", KE, BI,
      ["Justicialist Party", "Radical Civic Union"]),
    P("en-course-lac-webinar-2020", "en", "Webinar for Leaders of Latin American Political Parties Held",
      "Beijing, October 14th--The IDCPC held a webinar for leaders of political parties from Latin America "
      "on poverty reduction, attended by participants from Bolivia, Ecuador, Peru and Chile.",
      "2020-10-15", en_url("2020-10-15", 38), True, "multilateral", "2020-10-14", "training_course", KE,
      REG, []),

    # ================= English: roundups, digests ==========================================
    P("en-digest-2019", "en", "IDCPC News in Brief",
      "* On March 4th, Song Tao, head of the IDCPC, met with a delegation of the Communist Party of Vietnam.\n"
      "* On March 5th, Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the Peruvian "
      "Nationalist Party led by Ollanta Humala.\n"
      "* On March 6th, Qian Hongshan, Vice Minister, met with the Ambassador of Chile.",
      "2019-03-08", en_url("2019-03-08", 39), True, "Peru", "2019-03-05", "meeting", DI, LEFT,
      ["Peruvian Nationalist Party"]),
    P("en-roundup-week-2022", "en", "Weekly Roundup of Party Exchanges",
      "This week, the IDCPC held a number of exchanges with foreign parties.\n"
      "On Tuesday, Chen Zhou met via video link with leaders of the Mexican Labor Party.\n"
      "On Wednesday, Liu Jianchao met with a Russian delegation.",
      "2022-06-10", en_url("2022-06-10", 40), True, "Mexico", "2022-06-07", "video_call", DI, LEFT,
      ["Labor Party (Mexico)"]),

    # ================= Chinese section ====================================================
    P("zh-meet-cuba-2023", "zh", "刘建超会见古共中央书记处书记",
      "6月12日，中联部部长刘建超在京会见古巴共产党中央书记处书记、中央国际关系部部长埃米利奥·洛萨达率领的古共代表团。\n"
      "刘建超表示，中方愿同古方一道，落实好两党两国最高领导人重要共识，深化治党治国经验交流。\n"
      "洛萨达表示，古共珍视同中国共产党的传统友谊，愿学习借鉴中共治国理政经验。\n"
      "中联部副部长孙海燕参加会见。",
      "2023-06-13", zh_url("2023-06-13"), True, "Cuba", "2023-06-12", "meeting", DI, LEFT, [PCC]),
    P("zh-meet-psuv-2018", "zh", "宋涛会见委内瑞拉统一社会主义党代表团",
      "9月12日，中联部部长宋涛在京会见委内瑞拉统一社会主义党第一副主席卡韦略率领的代表团。\n"
      "宋涛表示，中方高度重视发展同委内瑞拉统一社会主义党的关系。卡韦略表示，委统社党愿加强同中共的交流合作。",
      "2018-09-13", zh_url("2018-09-13", 2), True, "Venezuela", "2018-09-12", "meeting", DI, LEFT, [PSUV]),
    P("zh-meet-morena-2020", "zh", "郭业洲会见墨西哥国家复兴运动党主席",
      "1月16日，中联部副部长郭业洲在京会见墨西哥国家复兴运动党主席拉米雷斯。双方就两党关系和治国理政经验交换意见。",
      "2020-01-17", zh_url("2020-01-17", 3), True, "Mexico", "2020-01-16", "meeting", DI, LEFT,
      ["National Regeneration Movement"]),
    P("zh-meet-peru-ambassador-2019", "zh", "钱洪山会见秘鲁驻华大使",
      "3月26日，中联部副部长钱洪山在京会见秘鲁驻华大使克萨达。双方就中秘关系和两国政党交往交换意见。",
      "2019-03-27", zh_url("2019-03-27", 4), True, "Peru", "2019-03-26", "meeting", DI, BI, []),
    P("zh-meet-panama-prd-2018", "zh", "陈洲会见巴拿马民主革命党代表团",
      "7月10日，中联部副部长陈洲在京会见巴拿马执政党民主革命党总书记率领的代表团。双方就建交一年来两国关系的发展交换意见。",
      "2018-07-11", zh_url("2018-07-11", 5), True, "Panama", "2018-07-10", "meeting", DI, BI,
      ["Democratic Revolutionary Party"]),
    P("zh-visit-chile-2019", "zh", "中共代表团访问智利",
      "应智利社会党邀请，中联部副部长郭业洲率中共代表团于10月8日至11日访问智利，分别会见智利社会党主席埃利萨尔德、"
      "争取民主党主席穆尼奥斯等，并同智利议会议员座谈。\n"
      "双方就加强党际交流、深化中智全面战略伙伴关系交换意见。",
      "2019-10-14", zh_url("2019-10-14", 6), True, "Chile", "2019-10-08", "delegation_visit_abroad", DI,
      LEFT, ["Socialist Party of Chile", "Party for Democracy"]),
    P("zh-fieldtrip-colombia-guizhou-2019", "zh", "哥伦比亚政党代表团在贵州考察",
      "应中联部邀请，哥伦比亚自由党和保守党联合代表团于8月20日至23日在贵州考察，了解当地脱贫攻坚和大数据产业发展情况。",
      "2019-08-26", zh_url("2019-08-26", 7), True, "Colombia", "2019-08-20", "field_trip", KE, BI,
      ["Colombian Liberal Party", "Colombian Conservative Party"]),
    P("zh-course-lac-2018", "zh", "拉美和加勒比国家政党领导人研修班在京开班",
      "5月14日，由中联部主办的拉美和加勒比国家政党领导人研修班在京开班。来自阿根廷、巴西、智利、墨西哥等10国"
      "政党的30余名学员参加研修。中联部副部长郭业洲出席开班式并致辞。",
      "2018-05-15", zh_url("2018-05-15", 8), True, "multilateral", "2018-05-14", "training_course", KE, REG,
      []),
    P("zh-forum-celac-2015", "zh", "首届中拉政党论坛在北京举行",
      "5月26日，首届中国—拉美和加勒比政党论坛在北京举行。中联部部长王家瑞出席并作主旨讲话。来自拉美和加勒比"
      "20余国的30多个政党和政治组织的领导人与会，包括古巴共产党、委内瑞拉统一社会主义党等。",
      "2015-05-27", zh_url("2015-05-27", 9), True, "multilateral", "2015-05-26", "forum", KE, REGL,
      [PCC, PSUV]),
    P("zh-briefing-plenum-2024", "zh", "中联部举行党的二十届三中全会精神线上宣介会",
      "8月6日，中联部以视频方式面向拉美和加勒比地区政党举行党的二十届三中全会精神宣介会。中联部副部长孙海燕作宣介。"
      "来自巴西、阿根廷、乌拉圭等国的百余名政党领导人出席。",
      "2024-08-07", zh_url("2024-08-07", 10), True, "multilateral", "2024-08-06", "briefing", KE, REG, []),
    P("zh-message-cuba-2021", "zh", "习近平致电祝贺迪亚斯-卡内尔当选古巴共产党中央委员会第一书记",
      "4月19日，中共中央总书记、国家主席习近平致电迪亚斯-卡内尔，祝贺他当选古巴共产党中央委员会第一书记。\n"
      "习近平指出，中古两党两国是好同志、好朋友、好兄弟。",
      "2021-04-20", zh_url("2021-04-20", 11), True, "Cuba", "2021-04-19", "message", DI, LEFT, [PCC]),
    P("zh-video-pt-2022", "zh", "刘建超视频会见巴西劳工党主席",
      "8月3日，中联部部长刘建超视频会见巴西劳工党主席格莱西·霍夫曼。双方就两党关系和共同关心的问题交换意见。",
      "2022-08-04", zh_url("2022-08-04", 12), True, "Brazil", "2022-08-03", "video_call", DI, LEFT, [PT]),
    P("zh-phone-pj-2020", "zh", "郭业洲同阿根廷正义党主席通电话",
      "5月12日，中联部副部长郭业洲同阿根廷正义党主席何塞·路易斯·希奥哈通电话，介绍中方抗击疫情经验。",
      "2020-05-13", zh_url("2020-05-13", 13), True, "Argentina", "2020-05-12", "phone_call", DI, BI,
      ["Justicialist Party"]),
    P("zh-seminar-cuba-2019", "zh", "第十届中古两党理论研讨会在哈瓦那举行",
      "当地时间11月25日，第十届中国共产党与古巴共产党理论研讨会在哈瓦那举行。中联部副部长郭业洲率中共代表团出席"
      "并作主旨发言。双方围绕新时代党的建设等议题深入研讨。",
      "2019-11-27", zh_url("2019-11-27", 14), True, "Cuba", "2019-11-25", "seminar", KE, LEFT, [PCC]),
    P("zh-global-dialogue-side-2017", "zh", "宋涛会见出席中国共产党与世界政党高层对话会的拉美政党领导人",
      "12月2日，中联部部长宋涛在京会见出席中国共产党与世界政党高层对话会的拉美政党领导人，包括巴西劳工党、"
      "乌拉圭广泛阵线等政党的领导人。",
      "2017-12-03", zh_url("2017-12-03", 15), True, "multilateral", "2017-12-02", "meeting", KE, GLOL,
      [PT, FA]),
    P("zh-received-fsln-2023", "zh", "尼加拉瓜桑地诺民族解放阵线代表团访华",
      "应中国共产党邀请，尼加拉瓜桑地诺民族解放阵线代表团于4月10日至16日访华。中联部部长刘建超会见代表团。"
      "代表团还赴广东参观访问。",
      "2023-04-18", zh_url("2023-04-18", 16), True, "Nicaragua", "2023-04-10", "delegation_received", DI,
      LEFT, [FSLN]),
    P("zh-meet-recent-2017", "zh", "郭业洲会见乌拉圭广泛阵线代表团",
      "近日，中联部副部长郭业洲在京会见乌拉圭广泛阵线主席米兰达率领的代表团。双方就两党关系交换意见。",
      "2017-11-03", zh_url("2017-11-03", 17), True, "Uruguay", None, "meeting", DI, LEFT, [FA]),
    P("zh-meet-fmln-2019", "zh", "钱洪山会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
      "4月2日，中联部副部长钱洪山在京会见萨尔瓦多执政党法拉本多·马蒂民族解放阵线代表团。",
      "2019-04-03", zh_url("2019-04-03", 18), True, "El Salvador", "2019-04-02", "meeting", DI, LEFT,
      ["Farabundo Martí National Liberation Front"]),
    P("zh-meet-jamaica-jlp-2024", "zh", "孙海燕会见牙买加工党代表团",
      "11月5日，中联部副部长孙海燕在京会见牙买加执政党牙买加工党总书记率领的代表团。",
      "2024-11-06", zh_url("2024-11-06", 19), True, "Jamaica", "2024-11-05", "meeting", DI, BI,
      ["Jamaica Labour Party"]),
    P("zh-meet-mas-2025", "zh", "刘海星会见玻利维亚争取社会主义运动代表团",
      "3月18日，中联部部长刘海星在京会见玻利维亚执政党争取社会主义运动代表团。双方就加强两党交往交换意见。",
      "2025-03-19", zh_url("2025-03-19", 20), True, "Bolivia", "2025-03-18", "meeting", DI, LEFT,
      ["Movement for Socialism (Bolivia)"]),
    P("zh-trad-meet-cuba-2016", "zh", "宋濤會見古巴共產黨代表團",
      "12月8日，中聯部部長宋濤在京會見古巴共產黨中央政治局委員率領的代表團。雙方就兩黨關係交換意見。",
      "2016-12-09", zh_url("2016-12-09", 21), True, "Cuba", "2016-12-08", "meeting", DI, LEFT, [PCC]),
    P("zh-trad-meet-fsln-2022", "zh", "中聯部副部長會見尼加拉瓜桑地諾民族解放陣線代表團",
      "12月15日，中聯部副部長陳洲以視頻方式會見尼加拉瓜桑地諾民族解放陣線代表團。",
      "2022-12-16", zh_url("2022-12-16", 22), True, "Nicaragua", "2022-12-15", "video_call", DI, LEFT,
      [FSLN]),
    P("zh-trad-forum-2023", "zh", "中國—拉美和加勒比政黨論壇在京開幕",
      "11月28日，中國—拉美和加勒比政黨論壇在京開幕。中聯部部長劉建超出席。來自拉美和加勒比地區20多個國家的政黨"
      "領導人與會。",
      "2023-11-29", zh_url("2023-11-29", 23), True, "multilateral", "2023-11-28", "forum", KE, REG, []),
    P("zh-digest-2020", "zh", "联络动态",
      "●7月1日，中联部副部长郭业洲视频会见南非非国大代表。\n"
      "●7月2日，中联部副部长郭业洲视频会见哥斯达黎加民族解放党主席。\n"
      "●7月3日，中联部副部长钱洪山会见老挝驻华大使。",
      "2020-07-05", zh_url("2020-07-05", 24), True, "Costa Rica", "2020-07-02", "video_call", DI, BI,
      ["National Liberation Party"]),
    P("zh-visit-abroad-brazil-2024", "zh", "中共代表团访问巴西",
      "应巴西劳工党邀请，中联部副部长孙海燕率中共代表团于3月4日至8日访问巴西，会见劳工党主席霍夫曼、巴西共产党"
      "主席桑托斯，并与圣保罗州政府官员座谈。",
      "2024-03-10", zh_url("2024-03-10", 25), True, "Brazil", "2024-03-04", "delegation_visit_abroad", DI,
      LEFT, [PT, "Communist Party of Brazil"]),
    P("zh-course-cuba-2018", "zh", "古巴共产党干部研修班在华学习",
      "应中联部邀请，古巴共产党干部研修班一行25人于6月4日至15日来华研修，学习中国改革开放和党的建设经验。",
      "2018-06-17", zh_url("2018-06-17", 26), True, "Cuba", "2018-06-04", "training_course", KE, LEFT, [PCC]),
    P("zh-month-before-2019", "zh", "郭业洲会见厄瓜多尔驻华大使",
      "12月27日，中联部副部长郭业洲在京会见厄瓜多尔驻华大使拉雷亚。",
      "2020-01-03", zh_url("2020-01-03", 27), True, "Ecuador", "2019-12-27", "meeting", DI, BI, []),

    # ================= copies: agency, newspaper, provincial, embassy ======================
    P("copy-xinhua-en-pt-2019", "en", "Senior CPC official meets Brazilian Workers' Party delegation",
      " date 2019-10-24\nXinhuanet | English | Home | China | World | Business | Photos\n"
      "Source: Xinhua | 2019-10-24 09:12:15 | Editor: huaxia\n"
      "BEIJING, Oct. 23 (Xinhua) -- Song Tao, head of the CPC Central Committee's International Department, met with a delegation from Brazil's Workers' Party in Beijing on "
      "Wednesday.\n"
      "Song said the CPC is willing to work with the Workers' Party to strengthen exchanges.\n"
      "[Editor: huaxia]\nRelated:\nChina, Brazil pledge closer ties (2019-10-20)",
      "2019-10-24", xinhua_en("2019-10-24"), True, "Brazil", "2019-10-23", "meeting", DI, LEFT, [PT]),
    P("copy-xinhua-en-thursday-2021", "en", "CPC official holds talks with Cuban party delegation via video",
      " date 2021-06-18\nXinhua English | Menu\n"
      "BEIJING, June 17 (Xinhua) -- Song Tao, head of the IDCPC, held a video meeting on Thursday with "
      "Emilio Lozada, head of the international relations department of the Central Committee of the "
      "Communist Party of Cuba.\n"
      "The two sides exchanged views on the centenary of the CPC.",
      "2021-06-18", xinhua_en("2021-06-18", 2), True, "Cuba", "2021-06-17", "video_call", DI, LEFT, [PCC]),
    P("copy-people-zh-2018", "zh", "宋涛会见智利社会党代表团",
      " date 2018-11-22\n人民日报 > 2018年11月22日 > 第03版：要闻\n"
      "本报北京11月21日电 中联部部长宋涛21日在京会见智利社会党主席埃利萨尔德率领的代表团。\n"
      "双方就两党关系交换意见。\n（责编：王晓）",
      "2018-11-22", people_zh("2018-11-22"), True, "Chile", "2018-11-21", "meeting", DI, LEFT,
      ["Socialist Party of Chile"]),
    P("copy-xinhua-zh-forum-2023", "zh", "中国—拉美和加勒比政党理论研讨会在京举行",
      " date 2023-11-30\n新华网 | 首页 | 时政 | 国际\n"
      "新华社北京11月29日电 中国共产党与拉美和加勒比政党理论研讨会29日在京举行。中联部部长刘建超出席并致辞。"
      "古巴共产党、委内瑞拉统一社会主义党等20多个国家的政党领导人参加。\n【纠错】 责任编辑：李明",
      "2023-11-30", xinhua_zh("2023-11-30"), True, "multilateral", "2023-11-29", "seminar", KE, REGL,
      [PCC, PSUV]),
    P("copy-provincial-fujian-2018", "zh", "古巴共产党代表团来闽考察",
      " date 2018-05-26\n福建省人民政府门户网站 | 首页 > 政务动态 > 福建要闻\n"
      "5月24日至26日，应中联部邀请，古巴共产党中央委员会代表团一行来闽考察，先后赴福州、厦门参观自贸区和社区。"
      "省委副书记会见了代表团。\n【打印】【关闭】",
      "2018-05-26", "https://www.fujian.gov.cn/xwdt/fjyw/201805/t20180526_1.htm", True, "Cuba",
      "2018-05-24", "field_trip", KE, LEFT, [PCC]),
    P("copy-embassy-cuba-2019", "zh", "中联部副部长郭业洲访问古巴",
      " date 2019-11-28\n中华人民共和国驻古巴共和国大使馆 | 首页 > 使馆新闻\n"
      "11月24日至28日，中联部副部长郭业洲率中共代表团访问古巴，出席第十届中古两党理论研讨会，并会见古共中央第二书记"
      "马查多。驻古巴大使陈曦陪同。",
      "2019-11-28", "http://cu.china-embassy.gov.cn/chn/sgxw/201911/t20191128_1.htm", True, "Cuba",
      "2019-11-24", "delegation_visit_abroad", DI, LEFT, [PCC]),
    P("copy-people-en-briefing-2017", "en", "CPC briefs Latin American parties on 19th National Congress",
      " date 2017-11-20\nPeople's Daily Online | English | China | World\n"
      "MEXICO CITY, Nov. 18 (People's Daily) -- A CPC delegation held a briefing here Saturday on the 19th "
      "National Congress of the CPC for political parties of Mexico, including the Institutional "
      "Revolutionary Party and MORENA.\n(Web editor: Zhang Kai)",
      "2017-11-20", people_en("2017-11-20"), True, "Mexico", "2017-11-18", "briefing", KE, LEFT,
      ["Institutional Revolutionary Party", "National Regeneration Movement"]),
    P("copy-chinadaily-yesterday-2016", "en", "IDCPC head meets Venezuelan party leaders",
      " date 2016-05-11\nChina Daily | Home | China | Politics\n"
      "Song Tao, head of the International Department of the CPC Central Committee, met with a delegation of "
      "the United Socialist Party of Venezuela in Beijing yesterday, the department said.\n"
      "By ZHANG YUNBI | China Daily | Updated: 2016-05-11",
      "2016-05-11", "https://www.chinadaily.com.cn/china/2016-05/11/content_25001.htm", True, "Venezuela",
      "2016-05-10", "meeting", DI, LEFT, [PSUV]),
    P("copy-xinhua-en-course-2024", "en", "Latin American party officials conclude study program in China",
      " date 2024-07-12\nXinhua | Menu | Search\n"
      "BEIJING, July 11 (Xinhua) -- A training program for officials of political parties from Latin "
      "American and Caribbean countries concluded in Beijing on Thursday. Over 14 days, 32 participants from "
      "Argentina, Chile, Colombia and Honduras studied China's governance and development.",
      "2024-07-12", xinhua_en("2024-07-12", 3), True, "multilateral", "2024-07-11", "training_course", KE,
      REG, []),
    P("copy-xinhua-zh-visit-mexico-2025", "zh", "中共代表团访问墨西哥",
      " date 2025-04-20\n新华网 | 首页\n"
      "新华社墨西哥城4月18日电 应墨西哥国家复兴运动党邀请，中联部副部长率中共代表团16日至18日访问墨西哥，"
      "会见国家复兴运动党主席阿尔卡尔德、劳动党领导人。\n责任编辑：张三",
      "2025-04-20", xinhua_zh("2025-04-20", 2), True, "Mexico", "2025-04-16", "delegation_visit_abroad", DI,
      LEFT, ["National Regeneration Movement", "Labor Party (Mexico)"]),

    # ================= NOT relevant: other regions =========================================
    P("neg-en-vietnam-2019", "en", "Song Tao Meets with Delegation of the Communist Party of Vietnam",
      "Beijing, March 4th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
      "Vietnam. The two sides exchanged views on party building.",
      "2019-03-05", en_url("2019-03-05", 50), False),
    P("neg-en-anc-2020", "en", "Guo Yezhou Holds Video Meeting with ANC Leaders",
      "Beijing, July 1st--Guo Yezhou held a video meeting with leaders of the African National Congress of "
      "South Africa on cooperation against COVID-19.",
      "2020-07-02", en_url("2020-07-02", 51), False),
    P("neg-en-psoe-2018", "en", "Qian Hongshan Meets with Spanish Socialist Workers' Party Delegation",
      "Beijing, April 10th--Qian Hongshan met with a delegation of the Spanish Socialist Workers' Party. The "
      "guests said Spain can act as a bridge between China and Latin America.",
      "2018-04-11", en_url("2018-04-11", 52), False),
    P("neg-en-guinea-2017", "en", "Li Jun Meets with Delegation of the Rally of the People of Guinea",
      "Beijing, May 22nd--Li Jun met with a delegation of the Rally of the Guinean People of Guinea. The two "
      "sides exchanged views on bauxite cooperation.",
      "2017-05-23", en_url("2017-05-23", 53), False),
    P("neg-en-png-2019", "en", "Guo Yezhou Meets with Papua New Guinea's Pangu Party Delegation",
      "Beijing, August 7th--Guo Yezhou met with a delegation of the Pangu Party of Papua New Guinea.",
      "2019-08-08", en_url("2019-08-08", 54), False),
    P("neg-en-srilanka-2018", "en", "CPC Delegation Visits Sri Lanka",
      "Colombo, October 5th--A CPC delegation led by Li Jun arrived in Colombo for a visit to Sri Lanka and "
      "met with leaders of the Sri Lanka Freedom Party.",
      "2018-10-07", en_url("2018-10-07", 55), False),
    P("neg-en-workers-korea-2019", "en", "Song Tao Meets with Delegation of the Workers' Party of Korea",
      "Beijing, January 8th--Song Tao met with a delegation of the Workers' Party of Korea.",
      "2019-01-09", en_url("2019-01-09", 56), False),
    P("neg-en-labour-uk-2016", "en", "IDCPC Vice Minister Meets with British Labour Party Delegation",
      "Beijing, June 20th--Chen Fengxiang met with a delegation of the Labour Party of the United Kingdom. "
      "The guests said the Labour Party follows with interest China's ties with Africa and the Caribbean.",
      "2016-06-21", en_url("2016-06-21", 57), False),
    P("neg-en-canada-liberal-2018", "en", "Guo Yezhou Meets with Liberal Party of Canada Delegation",
      "Beijing, November 5th--Guo Yezhou met with members of the Liberal Party of Canada. The two sides "
      "discussed trade in North America.",
      "2018-11-06", en_url("2018-11-06", 58), False),
    P("neg-en-portugal-pcp-2019", "en", "Qian Hongshan Meets with Portuguese Communist Party Delegation",
      "Beijing, September 3rd--Qian Hongshan met with a delegation of the Portuguese Communist Party. Both "
      "sides spoke of the community of Portuguese-speaking countries, which includes Brazil.",
      "2019-09-04", en_url("2019-09-04", 59), False),
    P("neg-en-icapp-2021", "en", "CPC Attends ICAPP Online Meeting",
      "Beijing, October 27th--Song Tao attended an online meeting of the International Conference of Asian "
      "Political Parties, together with parties from South Asia, Southeast Asia and Central Asia.",
      "2021-10-28", en_url("2021-10-28", 60), False),
    P("neg-en-spain-granada-2017", "en", "CPC Delegation Visits Spain",
      "Madrid, November 14th--A CPC delegation visited Spain from November 12th to 16th and held talks with "
      "the People's Party in Madrid and local officials in Granada and Santiago de Compostela.",
      "2017-11-17", en_url("2017-11-17", 61), False),
    P("neg-en-mauritius-labour-2023", "en", "Sun Haiyan Meets with Mauritius Labour Party Delegation",
      "Beijing, June 28th (IDCPC)--Sun Haiyan met with a delegation of the Labour Party of Mauritius.",
      "2023-06-29", en_url("2023-06-29", 62), False),
    P("neg-en-dialogue-no-lac-2016", "en", "CPC and European Political Parties High-Level Dialogue Held",
      "Chongqing, May 26th--The 6th China-Europe High-Level Political Parties Forum opened here today, with "
      "more than 100 participants from 30 European countries.",
      "2016-05-27", en_url("2016-05-27", 63), False),
    P("neg-en-equatorial-guinea-2022", "en", "Chen Zhou Meets with Democratic Party of Equatorial Guinea Delegation",
      "Beijing, April 14th--Chen Zhou met via video link with leaders of the Democratic Party of Equatorial "
      "Guinea.",
      "2022-04-15", en_url("2022-04-15", 64), False),

    # ================= NOT relevant: domestic, Chinese side only =============================
    P("neg-en-domestic-study-2021", "en", "IDCPC Holds Study Session on Party History",
      "Beijing, April 2nd--The IDCPC held a study session on the history of the CPC. Song Tao called on all "
      "staff to serve the centenary well.",
      "2021-04-03", en_url("2021-04-03", 65), False),
    P("neg-en-symposium-scholars-2019", "en", "IDCPC Holds Symposium on China-Latin America Relations",
      "Beijing, December 10th--The IDCPC held a symposium on China-Latin America relations attended by "
      "Chinese scholars from the Chinese Academy of Social Sciences and Peking University. Participants "
      "discussed the political situation in Latin America and the prospects for party exchanges.",
      "2019-12-11", en_url("2019-12-11", 66), False),
    P("neg-en-us-thinktank-2018", "en", "Guo Yezhou Meets with Delegation of US Think Tank",
      "Beijing, October 11th--Guo Yezhou met with a delegation of the Inter-American Dialogue, a US think "
      "tank. The two sides exchanged views on China-US relations and the situation in Latin America.",
      "2018-10-12", en_url("2018-10-12", 67), False),
    P("neg-en-domestic-poverty-2020", "en", "Song Tao Inspects Poverty Alleviation Work in Guizhou",
      "Guiyang, August 20th--Song Tao inspected poverty alleviation projects supported by the IDCPC in "
      "Guizhou province.",
      "2020-08-21", en_url("2020-08-21", 68), False),
    P("neg-en-book-launch-2022", "en", "Spanish Edition of Xi Jinping's Book Launched",
      "Beijing, July 8th--The Spanish edition of a volume of Xi Jinping's works was launched. Officials said "
      "the book would reach readers in Spain and across the Spanish-speaking world.",
      "2022-07-09", en_url("2022-07-09", 69), False),
    P("neg-en-staff-meeting-2024", "en", "IDCPC Holds Meeting to Study the Third Plenary Session",
      "Beijing, July 22nd--The IDCPC held a meeting to study the guiding principles of the third plenary "
      "session of the 20th CPC Central Committee. Liu Jianchao presided.",
      "2024-07-23", en_url("2024-07-23", 70), False),
    P("neg-en-trade-mention-2023", "en", "Liu Jianchao Meets with Delegation of Kazakhstan's Amanat Party",
      "Beijing, September 5th (IDCPC)--Liu Jianchao met with a delegation of the Amanat Party of Kazakhstan. "
      "Liu noted that China's trade with Central Asia has now surpassed that with Latin America.",
      "2023-09-06", en_url("2023-09-06", 71), False),

    # ================= NOT relevant: Chinese section ======================================
    P("neg-zh-vietnam-2022", "zh", "刘建超会见越南共产党代表团",
      "11月1日，中联部部长刘建超在京会见越南共产党中央对外部部长黎怀忠率领的代表团。",
      "2022-11-02", zh_url("2022-11-02", 50), False),
    P("neg-zh-anc-2019", "zh", "郭业洲会见南非非国大代表团",
      "6月5日，中联部副部长郭业洲在京会见南非非洲人国民大会代表团。",
      "2019-06-06", zh_url("2019-06-06", 51), False),
    P("neg-zh-domestic-2018", "zh", "中联部召开干部大会",
      "3月20日，中联部召开干部大会，传达学习全国两会精神。宋涛主持会议并讲话。",
      "2018-03-21", zh_url("2018-03-21", 52), False),
    P("neg-zh-psoe-2019", "zh", "钱洪山会见西班牙工人社会党代表团",
      "10月15日，中联部副部长钱洪山在京会见西班牙工人社会党代表团。客人表示，西班牙愿在中国与拉美之间发挥桥梁作用。",
      "2019-10-16", zh_url("2019-10-16", 53), False),
    P("neg-zh-guinea-2020", "zh", "郭业洲视频会见几内亚人民联盟领导人",
      "9月8日，中联部副部长郭业洲视频会见几内亚执政党几内亚人民联盟领导人。",
      "2020-09-09", zh_url("2020-09-09", 54), False),
    P("neg-zh-png-2023", "zh", "孙海燕会见巴布亚新几内亚潘古党代表团",
      "5月16日，中联部副部长孙海燕在京会见巴布亚新几内亚潘古党代表团。",
      "2023-05-17", zh_url("2023-05-17", 55), False),
    P("neg-zh-scholars-lac-2024", "zh", "中联部举办拉美形势研讨会",
      "4月9日，中联部举办拉美形势研讨会，邀请中国社会科学院拉丁美洲研究所等单位专家学者，就拉美地区政治形势和政党"
      "发展趋势进行研讨。",
      "2024-04-10", zh_url("2024-04-10", 56), False),
    P("neg-zh-us-thinktank-2017", "zh", "钱洪山会见美国智库代表团",
      "8月2日，中联部副部长钱洪山在京会见美国智库代表团，双方就中美关系、拉美形势等交换意见。",
      "2017-08-03", zh_url("2017-08-03", 57), False),
    P("neg-zh-portugal-2021", "zh", "宋涛视频会见葡萄牙共产党总书记",
      "3月9日，中联部部长宋涛视频会见葡萄牙共产党总书记。双方谈及葡语国家共同体。",
      "2021-03-09", zh_url("2021-03-09", 58), False),
    P("neg-zh-laos-2016", "zh", "宋涛会见老挝人民革命党代表团",
      "9月21日，中联部部长宋涛在京会见老挝人民革命党中央委员率领的代表团。",
      "2016-09-22", zh_url("2016-09-22", 59), False),
    P("neg-zh-inspection-2023", "zh", "刘建超赴浙江调研",
      "7月4日至6日，中联部部长刘建超赴浙江调研，了解地方对外交往工作情况。",
      "2023-07-07", zh_url("2023-07-07", 60), False),
    P("neg-zh-trad-europe-2017", "zh", "中歐政黨高層論壇在重慶舉行",
      "5月25日，中歐政黨高層論壇在重慶舉行。來自歐洲30個國家的政黨代表出席。",
      "2017-05-26", zh_url("2017-05-26", 61), False),
    P("neg-zh-russia-2025", "zh", "刘海星会见统一俄罗斯党代表团",
      "2月20日，中联部部长刘海星在京会见统一俄罗斯党代表团。",
      "2025-02-21", zh_url("2025-02-21", 62), False),
    P("neg-zh-serbia-2024", "zh", "孙海燕会见塞尔维亚社会党代表团",
      "10月9日，中联部副部长孙海燕在京会见塞尔维亚社会党代表团。",
      "2024-10-10", zh_url("2024-10-10", 63), False),

    # ================= NOT relevant: copies ===============================================
    P("neg-copy-xinhua-en-trade-2019", "en", "China, Brazil sign soybean trade deal",
      " date 2019-10-25\nXinhuanet | English | Business\n"
      "BEIJING, Oct. 24 (Xinhua) -- China's Ministry of Commerce and Brazil's agriculture ministry signed a "
      "protocol on soybean exports on Thursday.\n[Editor: huaxia]",
      "2019-10-25", xinhua_en("2019-10-25", 4), False),
    P("neg-copy-people-zh-domestic-2020", "zh", "中联部举行新年招待会",
      " date 2020-01-10\n人民日报 > 2020年01月10日 > 第04版\n"
      "本报北京1月9日电 中联部9日在京举行新年招待会，各国驻华使节出席。宋涛致辞。",
      "2020-01-10", people_zh("2020-01-10"), False),
    P("neg-copy-xinhua-en-vietnam-2023", "en", "Senior CPC official meets Vietnamese delegation",
      " date 2023-08-30\nXinhua | Menu\n"
      "BEIJING, Aug. 29 (Xinhua) -- Liu Jianchao, head of the IDCPC, met with a Communist Party of Vietnam "
      "delegation in Beijing on Tuesday.\nRelated:\nCPC official meets Cuban delegation (2023-08-20)",
      "2023-08-30", xinhua_en("2023-08-30", 5), False),
    P("neg-copy-provincial-domestic-2021", "zh", "省委外办举办外事工作培训班",
      " date 2021-09-15\n云南省人民政府 | 首页 > 要闻\n"
      "9月14日，省委外办举办全省外事工作培训班，学习党的对外工作理论，中联部有关同志授课。",
      "2021-09-15", "https://www.yn.gov.cn/ywdt/ynyw/202109/t20210915_1.html", False),
    P("neg-copy-chinadaily-lac-topic-2024", "en", "Scholars discuss China-LAC cooperation at Beijing seminar",
      " date 2024-05-22\nChina Daily | Home | World\n"
      "Chinese scholars and officials gathered in Beijing on Tuesday to discuss prospects for cooperation "
      "between China and Latin America, ten years after the China-CELAC Forum was launched.",
      "2024-05-22", "https://www.chinadaily.com.cn/a/202405/22/WS6650.html", False),

    # ================= more of the mix =====================================================
    P("en-meet-copppal-2016", "en", "Song Tao Meets with COPPPAL Delegation",
      "Beijing, November 22nd--Song Tao, head of the IDCPC, met with a delegation of the Permanent "
      "Conference of Political Parties of Latin America and the Caribbean (COPPPAL) led by its President "
      "Alejandro Moreno.\n"
      "Song said the CPC values its cooperation with COPPPAL and is ready to work with parties of the region "
      "to promote China-Latin America relations.",
      "2016-11-23", en_url("2016-11-23", 80), True, "multilateral", "2016-11-22", "meeting", DI, REG, []),
    P("en-meet-cuba-abroad-havana-2024", "en", "Liu Jianchao Meets with First Secretary of the Communist Party of Cuba in Havana",
      "Havana, February 26th--Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist "
      "Party of Cuba and President of Cuba, met here today with Liu Jianchao, head of the IDCPC, who was "
      "visiting Cuba at the head of a CPC delegation.\n"
      "Díaz-Canel asked Liu to convey his greetings to General Secretary Xi Jinping.",
      "2024-02-28", en_url("2024-02-28", 81), True, "Cuba", "2024-02-26", "meeting", DI, LEFT, [PCC]),
    P("en-meet-legislators-costa-rica-2018", "en", "Qian Hongshan Meets with Costa Rican Legislators",
      "Beijing, August 28th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of members of "
      "the Legislative Assembly of Costa Rica from the National Liberation Party and the Citizens' Action "
      "Party.",
      "2018-08-29", en_url("2018-08-29", 82), True, "Costa Rica", "2018-08-28", "meeting", DI, BI,
      ["National Liberation Party", "Citizens' Action Party"]),
    P("en-dialogue-youth-2023", "en", "China-Latin America Young Political Leaders Dialogue Held in Chongqing",
      "Chongqing, September 14th (IDCPC)--The China-Latin America and Caribbean Young Political Leaders "
      "Dialogue was held here from September 14th to 15th. Young politicians from Brazil, Chile, Colombia, "
      "Mexico and Uruguay took part.",
      "2023-09-16", en_url("2023-09-16", 83), True, "multilateral", "2023-09-14", "dialogue", KE, REG, []),
    P("en-message-condolence-chile-2018", "en", "IDCPC Sends Condolences to the Communist Party of Chile",
      "On July 4th, the IDCPC sent a message of condolence to the Central Committee of the Communist Party of "
      "Chile over the passing of its former Secretary General, expressing deep grief.",
      "2018-07-06", en_url("2018-07-06", 84), True, "Chile", "2018-07-04", "message", DI, LEFT,
      ["Communist Party of Chile"]),
    P("en-video-multiparty-seminar-2020", "en", "CPC Holds Online Seminar with Latin American Parties on Poverty Reduction",
      "Beijing, November 18th--The IDCPC held an online seminar with political parties from Latin America and "
      "the Caribbean on poverty reduction and rural development. Guo Yezhou, Vice Minister of the IDCPC, "
      "addressed the seminar, which brought together some 80 party leaders from 15 countries, among them "
      "the Farabundo Martí National Liberation Front of El Salvador.",
      "2020-11-19", en_url("2020-11-19", 85), True, "multilateral", "2020-11-18", "seminar", KE, REGL,
      ["Farabundo Martí National Liberation Front"]),
    P("zh-visit-abroad-argentina-2017", "zh", "中共代表团访问阿根廷和乌拉圭",
      "应阿根廷正义党和乌拉圭广泛阵线邀请，中联部副部长郭业洲率中共代表团于9月3日至10日访问阿根廷和乌拉圭，"
      "分别会见正义党、共和国方案党和广泛阵线领导人。",
      "2017-09-12", zh_url("2017-09-12", 80), True, "multilateral", "2017-09-03",
      "delegation_visit_abroad", DI, REGL, ["Justicialist Party", "Republican Proposal", FA]),
    P("zh-received-pcdob-2019", "zh", "巴西共产党代表团访华",
      "应中联部邀请，巴西共产党主席桑托斯率代表团于10月14日至20日访华。中联部部长宋涛会见代表团。代表团还赴"
      "陕西参观访问。",
      "2019-10-22", zh_url("2019-10-22", 81), True, "Brazil", "2019-10-14", "delegation_received", DI,
      LEFT, ["Communist Party of Brazil"]),
    P("zh-meet-dominica-2019", "zh", "郭业洲会见多米尼克工党代表团",
      "6月18日，中联部副部长郭业洲在京会见多米尼克执政党工党代表团。双方就两党关系交换意见。",
      "2019-06-19", zh_url("2019-06-19", 82), True, "Dominica", "2019-06-18", "meeting", DI, BI,
      ["Dominica Labour Party"]),
    P("zh-briefing-bilateral-cuba-2022", "zh", "中联部向古共宣介党的二十大精神",
      "11月14日，中联部副部长陈洲以视频方式向古巴共产党中央委员会宣介党的二十大精神。古共中央国际关系部部长出席。",
      "2022-11-15", zh_url("2022-11-15", 83), True, "Cuba", "2022-11-14", "briefing", KE, LEFT, [PCC]),
    P("copy-xinhua-en-brics-2024", "en", "BRICS political parties forum opens in Vladivostok",
      " date 2024-06-18\nXinhua | Menu | Search\n"
      "VLADIVOSTOK, Russia, June 17 (Xinhua) -- An international inter-party forum of BRICS countries opened "
      "here on Monday. A CPC delegation attended, along with representatives of parties from Brazil, "
      "including Brazil's Workers' Party.",
      "2024-06-18", xinhua_en("2024-06-18", 6), True, "multilateral", "2024-06-17", "forum", KE, GLOL, [PT]),
    P("neg-en-mention-passing-2024", "en", "Liu Jianchao Meets with Delegation of Spain's People's Party",
      "Beijing, May 9th (IDCPC)--Liu Jianchao met with a delegation of Spain's People's Party. Liu recalled "
      "that he had visited Brazil and Mexico earlier in the year.",
      "2024-05-10", en_url("2024-05-10", 90), False),
    P("neg-en-niger-2019", "en", "Qian Hongshan Meets with Nigerien Party Delegation",
      "Beijing, July 3rd--Qian Hongshan met with a delegation of the Nigerien Party for Democracy and "
      "Socialism of Niger.",
      "2019-07-04", en_url("2019-07-04", 91), False),
    P("neg-zh-dominica-like-2018", "zh", "郭业洲会见几内亚比绍非洲独立党代表团",
      "12月4日，中联部副部长郭业洲在京会见几内亚比绍和佛得角非洲独立党代表团。",
      "2018-12-05", zh_url("2018-12-05", 90), False),
    P("neg-zh-chinese-only-2022", "zh", "中联部召开拉美政党工作座谈会",
      "6月20日，中联部召开拉美地区政党工作座谈会，部内有关局室负责同志参加，总结近年来对拉美政党工作。",
      "2022-06-21", zh_url("2022-06-21", 91), False),
    P("neg-en-us-2025", "en", "Sun Haiyan Meets with US Congressional Staff Delegation",
      "Beijing, April 3rd--Sun Haiyan met with a delegation of US congressional staff. The guests raised "
      "questions about China's relations with Panama and the Panama Canal.",
      "2025-04-04", en_url("2025-04-04", 92), False),
]


# A second batch, longer pages with more page furniture, written after the first batch's fixes (the
# code of the country, digest and date steps had been read by then: these numbers are less blind).
PAGES_2: list[Page] = [
    P("b2-en-colombia-pacto-2024", "en", "Liu Jianchao Meets with Delegation of Colombia's Historic Pact",
      "Home > News\n( 2024.04.24 )\n"
      "Beijing, April 23rd (IDCPC)--Liu Jianchao, head of the International Department of the CPC Central "
      "Committee, met with a delegation of the Historic Pact for Colombia led by Gabriel Becerra, a member of "
      "its national leadership, here today.\n"
      "Liu said that China and Colombia are good friends and partners. The CPC is ready to work with the "
      "Historic Pact to strengthen exchanges of experience in governance and to support the practical "
      "cooperation of the two countries in trade, infrastructure and green development.\n"
      "Becerra said that the Historic Pact appreciates China's support for Colombia's peace process. He said "
      "Colombia hopes to work with China as it does with Chile, Mexico and Peru in the Pacific Alliance, to "
      "promote the openness of the region.\n"
      "Sun Haiyan, Vice Minister of the IDCPC, was present.\n"
      "Source: IDCPC | Editor: Wang",
      "2024-04-24", en_url("2024-04-24", 400), True, "Colombia", "2024-04-23", "meeting", DI, LEFT,
      ["Historic Pact for Colombia"]),
    P("b2-en-paraguay-colorado-2018", "en", "Qian Hongshan Meets with Delegation of Paraguay's Colorado Party",
      "( 2018.06.22 )\n"
      "Beijing, June 21st--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of the National "
      "Republican Association-Colorado Party of Paraguay led by its Vice President.\n"
      "Qian briefed the guests on China's development and its policy towards Latin America. He said that "
      "the CPC is willing to have contacts with all political parties of Paraguay on the basis of the "
      "one-China principle.\n"
      "The guests said they hoped to learn more about China and to promote exchanges between the peoples "
      "of the two countries.",
      "2018-06-22", en_url("2018-06-22", 401), True, "Paraguay", "2018-06-21", "meeting", DI, BI,
      ["Colorado Party (Paraguay)"]),
    P("b2-zh-lula-abroad-2024", "zh", "孙海燕会见巴西总统卢拉",
      "当地时间3月5日，正在巴西访问的中联部副部长孙海燕在巴西利亚会见巴西总统、劳工党创始人卢拉。\n"
      "孙海燕转达了习近平总书记对卢拉的亲切问候，表示中方愿同巴方一道，推动中巴全面战略伙伴关系不断向前发展。\n"
      "卢拉请孙海燕转达对习近平总书记的问候，表示巴西劳工党高度重视同中国共产党的关系。",
      "2024-03-07", zh_url("2024-03-07", 400), True, "Brazil", "2024-03-05", "meeting", DI, LEFT, [PT]),
    P("b2-zh-xinhua-morena-2025", "zh", "刘海星会见墨西哥国家复兴运动党总书记",
      " date 2025-06-13\n新华网 | 首页 | 时政\n"
      "新华社北京6月12日电（记者王明）中共中央对外联络部部长刘海星12日在京会见墨西哥国家复兴运动党总书记卡洛斯·托雷斯"
      "率领的代表团。\n"
      "刘海星表示，中方愿同墨方加强治国理政经验交流，推动中墨全面战略伙伴关系不断发展。\n"
      "托雷斯表示，国家复兴运动党愿同中国共产党深化交流合作。\n"
      "【纠错】 【责任编辑：李华】",
      "2025-06-13", xinhua_zh("2025-06-13", 400), True, "Mexico", "2025-06-12", "meeting", DI, LEFT,
      ["National Regeneration Movement"]),
    P("b2-en-xinhua-cuba-seminar-2017", "en", "Chinese, Cuban parties hold theoretical seminar in Havana",
      " date 2017-04-07\nXinhua | English | World | Americas\n"
      "Source: Xinhua | 2017-04-07 08:10:11 | Editor: Mu Xuequan\n"
      "HAVANA, April 6 (Xinhua) -- The Communist Party of China (CPC) and the Communist Party of Cuba held a "
      "theoretical seminar on Thursday in Havana on building socialism with national characteristics.\n"
      "Some 60 officials and scholars of the two parties took part in the two-day event, which was opened by "
      "Jose Ramon Machado Ventura, Second Secretary of the Central Committee of the Communist Party of Cuba, "
      "and a CPC delegation headed by a vice minister of the IDCPC.\n"
      "[Photo: Participants at the seminar in Havana, April 6, 2017.]\n"
      "Related:\nCuba, China sign cooperation agreements (2017-03-20)",
      "2017-04-07", xinhua_en("2017-04-07", 401), True, "Cuba", "2017-04-06", "seminar", KE, LEFT, [PCC]),
    P("b2-en-roundup-centenary-2021", "en", "Leaders of Latin American Parties Congratulate CPC on Its Centenary",
      "In recent days, leaders of political parties of Latin American and Caribbean countries have sent "
      "messages to the CPC Central Committee and General Secretary Xi Jinping, warmly congratulating the CPC "
      "on its centenary.\n"
      "Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist Party of Cuba, said that "
      "the CPC has led the Chinese people to great achievements.\n"
      "Nicolás Maduro, President of the United Socialist Party of Venezuela, said that the PSUV firmly "
      "supports the CPC.\n"
      "Gleisi Hoffmann, President of the Workers' Party of Brazil, said the Workers' Party admires the CPC's "
      "record in lifting millions out of poverty.",
      "2021-07-03", en_url("2021-07-03", 402), True, "multilateral", None, "message", DI, REGL, [PCC, PSUV, PT]),
    P("b2-zh-visit-vietnam-cuba-2015", "zh", "中共代表团访问越南和古巴",
      "应越南共产党和古巴共产党邀请，中联部副部长率中共代表团于9月10日至18日访问越南、古巴。\n"
      "在越期间，代表团会见了越共中央对外部负责人。在古期间，代表团会见了古共中央第二书记马查多，并同古共中央国际关系部"
      "举行工作会谈，就两党交往和各自国内形势交换意见。",
      "2015-09-20", zh_url("2015-09-20", 400), True, "Cuba", "2015-09-10", "delegation_visit_abroad", DI,
      LEFT, [PCC]),
    P("b2-en-received-mas-2016", "en", "Delegation of Bolivia's Movement for Socialism Visits China",
      "At the invitation of the CPC, a delegation of the Movement for Socialism (MAS) of Bolivia, led by a "
      "member of its national leadership, visited China from October 14th to 21st.\n"
      "During its stay in Beijing, Song Tao, head of the IDCPC, met with the delegation, and the two sides "
      "exchanged views on party-to-party relations. The delegation also went to Shaanxi and Zhejiang, where "
      "it learned about local economic development.\n"
      "This is the MAS's third delegation to China in five years.",
      "2016-10-22", en_url("2016-10-22", 403), True, "Bolivia", "2016-10-14", "delegation_received", DI,
      LEFT, ["Movement for Socialism (Bolivia)"]),
    P("b2-zh-trad-fieldtrip-psuv-2024", "zh", "委內瑞拉統一社會主義黨考察團訪問四川",
      "應中聯部邀請，委內瑞拉統一社會主義黨幹部考察團於11月27日至29日在四川考察，先後赴成都、綿陽參觀高新技術企業和"
      "鄉村，了解四川經濟社會發展情況。省委常委會見了考察團。",
      "2024-11-30", zh_url("2024-11-30", 401), True, "Venezuela", "2024-11-27", "field_trip", KE, LEFT, [PSUV]),
    P("b2-en-briefing-envoys-2023", "en", "IDCPC Holds Briefing for Latin American and Caribbean Diplomats on the Two Sessions",
      "Beijing, March 16th (IDCPC)--The IDCPC held a briefing session on the Two Sessions for diplomats of "
      "Latin American and Caribbean countries in China. Sun Haiyan, Vice Minister of the IDCPC, presented the "
      "outcomes of the sessions.\n"
      "More than 30 ambassadors and diplomats from 20 countries of the region attended.",
      "2023-03-17", en_url("2023-03-17", 404), True, "multilateral", "2023-03-16", "briefing", KE, REG, []),
    P("b2-en-caribbean-group-2019", "en", "Guo Yezhou Meets with Delegation of Caribbean Political Parties",
      "Beijing, June 27th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of Caribbean "
      "political parties composed of leaders of the Antigua and Barbuda Labour Party, the Dominica Labour "
      "Party and the Unity Labour Party of Saint Vincent and the Grenadines.\n"
      "Guo said that China values its friendship with Caribbean countries. The guests thanked China for its "
      "support to the region's development.",
      "2019-06-28", en_url("2019-06-28", 405), True, "multilateral", "2019-06-27", "meeting", DI, REG,
      ["Antigua and Barbuda Labour Party", "Dominica Labour Party", "Unity Labour Party"]),
    P("b2-en-meet-course-participants-2018", "en", "Chen Zhou Meets with Participants of Training Course for Latin American Party Cadres",
      "Beijing, October 19th--Chen Zhou, Assistant Minister of the IDCPC, met here today with participants "
      "of a training course for cadres of political parties from Latin American countries.\n"
      "Chen briefed the participants on the CPC's governance and exchanged views with them on poverty "
      "reduction.",
      "2018-10-20", en_url("2018-10-20", 406), True, "multilateral", "2018-10-19", "meeting", KE, REG, []),
    P("b2-en-video-copppal-2020", "en", "Guo Yezhou Holds Video Call with COPPPAL President",
      "Beijing, August 13th--Guo Yezhou, Vice Minister of the IDCPC, held a video call with the President "
      "of the Permanent Conference of Political Parties of Latin America and the Caribbean (COPPPAL).\n"
      "The two sides exchanged views on cooperation against COVID-19.",
      "2020-08-14", en_url("2020-08-14", 407), True, "multilateral", "2020-08-13", "video_call", DI, REG, []),
    P("b2-zh-message-pcc-congress-2021", "zh", "中共中央致电祝贺古巴共产党第八次代表大会召开",
      "4月16日，中共中央致电古巴共产党中央委员会，祝贺古巴共产党第八次代表大会召开。\n"
      "贺电说，中国共产党和古巴共产党是好同志、好兄弟。相信古巴共产党一定能团结带领古巴人民取得社会主义建设新成就。",
      "2021-04-17", zh_url("2021-04-17", 402), True, "Cuba", "2021-04-16", "message", DI, LEFT, [PCC]),
    P("b2-zh-digest-week-2019", "zh", "中联部一周外事活动",
      "6月24日，中联部部长宋涛在京会见柬埔寨人民党代表团。\n"
      "6月25日，中联部副部长郭业洲在京会见乌拉圭广泛阵线代表团。\n"
      "6月26日，中联部副部长钱洪山在京会见俄罗斯统一俄罗斯党代表团。",
      "2019-06-29", zh_url("2019-06-29", 403), True, "Uruguay", "2019-06-25", "meeting", DI, LEFT, [FA]),
    P("b2-en-argentina-congress-2023", "en", "Sun Haiyan Meets with Argentine Congressional Delegation",
      "Beijing, May 11th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of members of "
      "the Argentine Chamber of Deputies from the Justicialist Party and the Republican Proposal (PRO).\n"
      "The two sides exchanged views on the comprehensive strategic partnership and on exchanges between "
      "legislators of the two countries.",
      "2023-05-12", en_url("2023-05-12", 408), True, "Argentina", "2023-05-11", "meeting", DI, BI,
      ["Justicialist Party", "Republican Proposal"]),
    P("b2-en-fsln-tuesday-2022", "en", "Chen Zhou Meets with FSLN Leaders via Video Link",
      "Beijing, March 24th--Chen Zhou, Vice Minister of the IDCPC, met via video link on Tuesday with leaders "
      "of the Sandinista National Liberation Front (FSLN) of Nicaragua.\n"
      "The two sides exchanged views on the resumption of diplomatic relations between China and Nicaragua "
      "and on party-to-party exchanges.",
      "2022-03-25", en_url("2022-03-25", 409), True, "Nicaragua", "2022-03-22", "video_call", DI, LEFT, [FSLN]),
    P("b2-en-fmln-talks-2018", "en", "Song Tao Holds Talks with Secretary General of FMLN",
      "Beijing, April 26th--Song Tao, head of the IDCPC, held talks with Medardo González, Secretary General "
      "of the Farabundo Martí National Liberation Front (FMLN), the ruling party of El Salvador.\n"
      "The two sides agreed to strengthen exchanges following the establishment of diplomatic relations "
      "between the two countries.",
      "2018-04-27", en_url("2018-04-27", 410), True, "El Salvador", "2018-04-26", "meeting", DI, LEFT,
      ["Farabundo Martí National Liberation Front"]),
    P("b2-zh-trad-uruguay-national-2019", "zh", "郭業洲會見烏拉圭國家黨代表團",
      "11月14日，中聯部副部長郭業洲在京會見烏拉圭國家黨代表團。雙方就中烏關係和兩黨交往交換意見。",
      "2019-11-15", zh_url("2019-11-15", 404), True, "Uruguay", "2019-11-14", "meeting", DI, BI,
      ["National Party (Uruguay)"]),
    P("b2-zh-dialogue-central-america-2023", "zh", "中国共产党与中美洲政党对话会在京举行",
      "12月7日，中国共产党与中美洲政党对话会在京举行。中联部部长刘建超出席并致辞。来自萨尔瓦多、洪都拉斯、尼加拉瓜、"
      "巴拿马等国的政党领导人与会，包括尼加拉瓜桑地诺民族解放阵线、洪都拉斯自由与重建党领导人。",
      "2023-12-08", zh_url("2023-12-08", 405), True, "multilateral", "2023-12-07", "dialogue", KE, REGL,
      [FSLN, "Liberty and Refoundation"]),
    P("b2-en-pt-dialogue-2023", "en", "CPC and Brazil's Workers' Party Hold Dialogue on Governance",
      "Beijing, February 16th (IDCPC)--The CPC and the Workers' Party of Brazil held a high-level dialogue on "
      "governance here today. Liu Jianchao, head of the IDCPC, and Gleisi Hoffmann, President of the "
      "Workers' Party, attended and addressed the dialogue.",
      "2023-02-17", en_url("2023-02-17", 411), True, "Brazil", "2023-02-16", "dialogue", KE, LEFT, [PT]),
    P("b2-en-letter-maduro-2020", "en", "Nicolás Maduro Sends Letter to Xi Jinping",
      "Recently, Nicolás Maduro, President of Venezuela and President of the United Socialist Party of "
      "Venezuela, sent a letter to Xi Jinping, General Secretary of the CPC Central Committee, thanking the "
      "CPC and the Chinese government for their assistance in the fight against COVID-19.",
      "2020-04-10", en_url("2020-04-10", 412), True, "Venezuela", None, "message", DI, LEFT, [PSUV]),
    P("b2-zh-phone-peru-libre-2021", "zh", "宋涛同自由秘鲁党总书记通电话",
      "12月2日，中联部部长宋涛同秘鲁执政党自由秘鲁党总书记塞龙通电话，双方就两党关系交换意见。",
      "2021-12-03", zh_url("2021-12-03", 406), True, "Peru", "2021-12-02", "phone_call", DI, LEFT,
      ["Free Peru"]),
    P("b2-zh-course-caribbean-2025", "zh", "加勒比国家政党干部研修班在京开班",
      "9月18日，加勒比国家政党干部研修班在京开班。中联部副部长出席开班式。来自牙买加、巴巴多斯、格林纳达等国的25名"
      "学员将在华学习两周。",
      "2025-09-19", zh_url("2025-09-19", 407), True, "multilateral", "2025-09-18", "training_course", KE,
      REG, []),

    # ---- not relevant ----
    P("b2-neg-en-spain-fm-2019", "en", "Song Tao Meets with Spanish Foreign Minister",
      "Beijing, January 21st--Song Tao, head of the IDCPC, met with Josep Borrell, Foreign Minister of "
      "Spain.\n"
      "Borrell said that Spain is ready to work with China on the upcoming Ibero-American Summit agenda and "
      "on relations with Latin America.",
      "2019-01-22", en_url("2019-01-22", 450), False),
    P("b2-neg-en-world-summit-2021", "en", "CPC and World Political Parties Summit Held",
      "Beijing, July 6th--The CPC and World Political Parties Summit was held via video link. Leaders of "
      "more than 500 political parties and organizations from over 160 countries attended.",
      "2021-07-07", en_url("2021-07-07", 451), False),
    P("b2-neg-en-philippines-liberal-2018", "en", "Guo Yezhou Meets with Delegation of the Liberal Party of the Philippines",
      "Beijing, October 9th--Guo Yezhou met with a delegation of the Liberal Party of the Philippines.",
      "2018-10-10", en_url("2018-10-10", 452), False),
    P("b2-neg-en-georgia-2023", "en", "Sun Haiyan Meets with Delegation of the Georgian Dream Party",
      "Beijing, September 12th (IDCPC)--Sun Haiyan met with a delegation of the Georgian Dream Party of "
      "Georgia.",
      "2023-09-13", en_url("2023-09-13", 453), False),
    P("b2-neg-zh-us-panama-2025", "zh", "刘海星会见美国前政要",
      "2月26日，中联部部长刘海星在京会见美国前国务卿。双方就中美关系、巴拿马运河等问题交换意见。",
      "2025-02-27", zh_url("2025-02-27", 450), False),
    P("b2-neg-zh-africa-briefing-2024", "zh", "中联部面向非洲政党举行专题宣介会",
      "8月12日，中联部面向非洲国家政党举行党的二十届三中全会精神专题宣介会，来自30个非洲国家的政党领导人出席。",
      "2024-08-13", zh_url("2024-08-13", 451), False),
    P("b2-neg-zh-embassy-brazil-2022", "zh", "驻巴西大使会见巴西劳工党主席",
      " date 2022-05-10\n中华人民共和国驻巴西联邦共和国大使馆 | 首页 > 使馆动态\n"
      "5月9日，驻巴西大使会见巴西劳工党主席霍夫曼，双方就中巴关系交换意见。",
      "2022-05-10", "http://br.china-embassy.gov.cn/chn/sgxw/202205/t20220510_1.htm", False),
    P("b2-neg-en-kke-2017", "en", "Li Jun Meets with Delegation of the Communist Party of Greece",
      "Beijing, May 3rd--Li Jun met with a delegation of the Communist Party of Greece. The guests said "
      "the KKE stands in solidarity with the peoples of Cuba and Venezuela.",
      "2017-05-04", en_url("2017-05-04", 454), False),
    P("b2-neg-en-cprf-2019", "en", "Song Tao Meets with Zyuganov",
      "Beijing, December 5th--Song Tao met with Gennady Zyuganov, Chairman of the Communist Party of the "
      "Russian Federation. Zyuganov said that the Russian communists support the just cause of Venezuela.",
      "2019-12-06", en_url("2019-12-06", 455), False),
    P("b2-neg-en-nz-national-2018", "en", "Qian Hongshan Meets with New Zealand National Party Delegation",
      "Beijing, August 21st--Qian Hongshan met with members of the National Party of New Zealand.",
      "2018-08-22", en_url("2018-08-22", 456), False),
    P("b2-neg-en-belgium-workers-2016", "en", "Chen Fengxiang Meets with Workers' Party of Belgium Delegation",
      "Beijing, March 30th--Chen Fengxiang met with a delegation of the Workers' Party of Belgium.",
      "2016-03-31", en_url("2016-03-31", 457), False),
    P("b2-neg-zh-vietnam-mention-2023", "zh", "刘建超会见越共中央对外部部长",
      "10月10日，中联部部长刘建超在京会见越共中央对外部部长黎怀忠。黎怀忠表示，越方愿同中方以及古巴、老挝等社会主义国家"
      "加强交流。",
      "2023-10-11", zh_url("2023-10-11", 452), False),
    P("b2-neg-en-xinhua-vicefm-2019", "en", "Chinese vice FM meets Brazilian counterpart",
      " date 2019-08-02\nXinhua | English | China\n"
      "BEIJING, Aug. 1 (Xinhua) -- Chinese Vice Foreign Minister Qin Gang met with Brazilian Deputy Foreign "
      "Minister Otávio Brandelli in Beijing on Thursday.\n[Editor: huaxia]",
      "2019-08-02", xinhua_en("2019-08-02", 450), False),
]


# A third batch: the harder forms a crawl also brings (menus of other headlines above the article,
# captions, announcements, provincial hosts, former presidents, youth wings, late-year dates).
PAGES_3: list[Page] = [
    P("b3-en-menu-above-2019", "en", "Senior CPC official meets Chilean Socialist Party leader",
      " date 2019-05-25\nXinhua | English | Home | China | World | Business\n"
      "Latest: CPC official meets Cuban delegation | Argentine party leaders visit Shanghai | "
      "Venezuelan envoy praises China\n"
      "BEIJING, May 24 (Xinhua) -- Guo Yezhou, vice minister of the International Department of the CPC "
      "Central Committee, met with Álvaro Elizalde, president of the Socialist Party of Chile, in Beijing on "
      "Friday.\n"
      "The two sides exchanged views on the relations between the two parties.\n[Editor: huaxia]",
      "2019-05-25", xinhua_en("2019-05-25", 500), True, "Chile", "2019-05-24", "meeting", DI, LEFT,
      ["Socialist Party of Chile"]),
    P("b3-zh-samper-2024", "zh", "马辉会见哥伦比亚前总统桑佩尔",
      "9月19日，中联部副部长马辉在京会见哥伦比亚前总统桑佩尔。双方就中哥关系和拉美形势交换意见。",
      "2024-09-20", zh_url("2024-09-20", 500), True, "Colombia", "2024-09-19", "meeting", DI, BI, []),
    P("b3-en-announce-2018", "en", "CPC Delegation to Visit Argentina and Chile",
      "At the invitation of the Justicialist Party of Argentina and the Socialist Party of Chile, a CPC "
      "delegation led by Guo Yezhou, Vice Minister of the IDCPC, will visit Argentina and Chile from May "
      "10th to 18th.",
      "2018-05-08", en_url("2018-05-08", 501), True, "multilateral", "2018-05-10", "delegation_visit_abroad",
      DI, REGL, ["Justicialist Party", "Socialist Party of Chile"]),
    P("b3-en-provincial-host-2016", "en", "Jiangxi Party Chief Meets Costa Rican Party Delegation",
      "Nanchang, April 15th--Qiang Wei, Secretary of the CPC Jiangxi Provincial Committee, met with a "
      "delegation of the National Liberation Party of Costa Rica, which is visiting Jiangxi at the "
      "invitation of the IDCPC.\n"
      "Qiang briefed the guests on Jiangxi's economic and social development.",
      "2016-04-16", en_url("2016-04-16", 502), True, "Costa Rica", "2016-04-15", "meeting", DI, BI,
      ["National Liberation Party"]),
    P("b3-zh-late-year-2017", "zh", "宋涛会见古巴共产党代表团",
      "12月30日，中联部部长宋涛在京会见古共中央国际关系部部长率领的古巴共产党代表团。",
      "2018-01-02", zh_url("2018-01-02", 501), True, "Cuba", "2017-12-30", "meeting", DI, LEFT, [PCC]),
    P("b3-en-youth-2022", "en", "Chen Zhou Meets with Delegation of the Communist Youth of Venezuela",
      "Beijing, July 28th--Chen Zhou, Vice Minister of the IDCPC, met via video link with leaders of the "
      "youth organization of the United Socialist Party of Venezuela.\n"
      "The two sides exchanged views on youth exchanges between the two parties.",
      "2022-07-29", en_url("2022-07-29", 503), True, "Venezuela", "2022-07-28", "video_call", DI, LEFT, [PSUV]),
    P("b3-en-xi-reply-2023", "en", "Xi Jinping Replies to Letter from Members of Brazil's Workers' Party",
      "Xi Jinping, General Secretary of the CPC Central Committee, recently replied to a letter from members "
      "of the Workers' Party of Brazil who had studied in China, encouraging them to contribute to "
      "China-Brazil friendship.",
      "2023-08-15", en_url("2023-08-15", 504), True, "Brazil", None, "message", DI, LEFT, [PT]),
    P("b3-zh-celac-troika-2016", "zh", "宋涛会见拉共体“四驾马车”代表团",
      "9月6日，中联部部长宋涛在京会见拉美和加勒比国家共同体“四驾马车”外长代表团。双方就中拉整体合作交换意见。",
      "2016-09-07", zh_url("2016-09-07", 502), True, "multilateral", "2016-09-06", "meeting", DI, REG, []),
    P("b3-en-caption-lead-2023", "en", "Liu Jianchao Meets with Delegation of Uruguay's Broad Front",
      "[Photo] Liu Jianchao meets with a delegation of the Broad Front of Uruguay, Beijing, July 4, 2023.\n"
      "Beijing, July 4th (IDCPC)--Liu Jianchao, head of the IDCPC, met with a delegation of the Broad Front "
      "of Uruguay led by its President Fernando Pereira.\n"
      "Liu said that the CPC appreciates the Broad Front's commitment to friendship with China.",
      "2023-07-05", en_url("2023-07-05", 505), True, "Uruguay", "2023-07-04", "meeting", DI, LEFT, [FA]),
    P("b3-zh-two-parties-one-country-2019", "zh", "郭业洲会见秘鲁政党联合代表团",
      "7月16日，中联部副部长郭业洲在京会见秘鲁人民力量党、秘鲁争取进步联盟党联合代表团。双方就中秘关系交换意见。",
      "2019-07-17", zh_url("2019-07-17", 503), True, "Peru", "2019-07-16", "meeting", DI, BI,
      ["Popular Force", "Alliance for Progress (Peru)"]),
    P("b3-en-think-tank-forum-2019", "en", "China-LAC Political Parties and Think Tanks Forum Held in Beijing",
      "Beijing, September 25th--A forum on governance for political parties and think tanks of China and "
      "Latin America and the Caribbean was held here today. Guo Yezhou, Vice Minister of the IDCPC, "
      "attended. Participants from Mexico, Colombia and Costa Rica spoke.",
      "2019-09-26", en_url("2019-09-26", 506), True, "multilateral", "2019-09-25", "forum", KE, REG, []),
    P("b3-zh-afternoon-2020", "zh", "郭业洲会见古巴驻华大使",
      "1月8日下午，中联部副部长郭业洲在京会见古巴驻华大使佩雷拉。双方就两党两国关系交换意见。",
      "2020-01-09", zh_url("2020-01-09", 504), True, "Cuba", "2020-01-08", "meeting", DI, LEFT, []),
    P("b3-en-guyana-ppp-2024", "en", "Sun Haiyan Meets with Delegation of Guyana's People's Progressive Party/Civic",
      "Beijing, November 5th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
      "People's Progressive Party/Civic (PPP/C), the ruling party of Guyana, led by its General Secretary "
      "Bharrat Jagdeo.",
      "2024-11-06", en_url("2024-11-06", 507), True, "Guyana", "2024-11-05", "meeting", DI, LEFT,
      ["People's Progressive Party/Civic"]),

    # ---- not relevant ----
    P("b3-neg-en-menu-lac-2023", "en", "Senior CPC official meets Lao party delegation",
      " date 2023-05-19\nXinhua | English | Home | World\n"
      "Latest: CPC official meets Cuban delegation | Brazil's Lula to visit China | Argentine party "
      "leaders tour Shanghai\n"
      "BEIJING, May 18 (Xinhua) -- Liu Jianchao, head of the IDCPC, met with a delegation of the Lao People's "
      "Revolutionary Party in Beijing on Thursday.\n[Editor: huaxia]",
      "2023-05-19", xinhua_en("2023-05-19", 550), False),
    P("b3-neg-zh-jamaica-reception-staff-2018", "zh", "中联部拉美局举办迎春招待会",
      "2月5日，中联部拉美局在京举办迎春招待会，局内同志和部分离退休干部参加。",
      "2018-02-06", zh_url("2018-02-06", 550), False),
    P("b3-neg-en-book-lac-2024", "en", "Book on Latin American Political Parties Published",
      "Beijing, March 5th--A book on the development of political parties in Latin America, written by "
      "researchers of the Chinese Academy of Social Sciences, was published by a Beijing press.",
      "2024-03-06", en_url("2024-03-06", 551), False),
]


# A fourth batch: long Chinese pages and Hong Kong copies in traditional characters, evening and
# relative days, visiting briefing teams, online forums, and long pages about others that name LAC late.
PAGES_4: list[Page] = [
    P("b4-zh-long-cuba-2023", "zh", "刘建超会见古巴共产党中央政治局委员、组织部部长莫拉莱斯",
      "1月12日晚，中联部部长刘建超在京会见古巴共产党中央政治局委员、书记处书记、组织部部长莫拉莱斯率领的古共代表团。\n"
      "刘建超表示，去年11月，迪亚斯-卡内尔第一书记成功访华，习近平总书记同他举行会谈，为新时代中古关系发展指明了方向。"
      "中国共产党愿同古巴共产党一道，加强治党治国经验交流，推动构建中古命运共同体。\n"
      "莫拉莱斯表示，古共高度重视同中国共产党的关系，愿同中方加强干部培训等领域合作。\n"
      "中联部副部长孙海燕等参加会见。\n"
      "【打印本页】【关闭窗口】",
      "2023-01-13", zh_url("2023-01-13", 600), True, "Cuba", "2023-01-12", "meeting", DI, LEFT, [PCC]),
    P("b4-zh-hk-copy-2018", "zh", "中聯部部長會見委內瑞拉客人",
      " date 2018-03-09\n大公網 | 首頁 > 中國 > 時政\n"
      "【大公報訊】據新華社北京3月8日電 中聯部部長宋濤8日在京會見委內瑞拉統一社會主義黨副主席率領的代表團。\n"
      "宋濤表示，中方願同委方加強黨際交流。\n（責任編輯：陳明）",
      "2018-03-09", "http://www.takungpao.com/news/232108/2018/0309/1.html", True, "Venezuela", "2018-03-08",
      "meeting", DI, LEFT, [PSUV]),
    P("b4-zh-xinhua-havana-2019", "zh", "中古两党理论研讨会在哈瓦那开幕",
      " date 2019-11-15\n新华网 | 首页 | 国际\n"
      "新华社哈瓦那11月14日电（记者朱婉君）中国共产党与古巴共产党第十一次理论研讨会14日在哈瓦那开幕。中联部副部长率中共"
      "代表团出席。古共中央第二书记马查多出席开幕式并讲话。\n"
      "双方围绕“新时代执政党建设”主题进行研讨。\n【纠错】",
      "2019-11-15", xinhua_zh("2019-11-15", 600), True, "Cuba", "2019-11-14", "seminar", KE, LEFT, [PCC]),
    P("b4-zh-yesterday-2022", "zh", "中联部副部长会见尼加拉瓜驻华大使",
      " date 2022-11-25\n人民日报 > 2022年11月25日 > 第03版\n"
      "本报北京11月24日电 中联部副部长陈洲昨天在京会见尼加拉瓜驻华大使。双方就两党两国关系交换意见。",
      "2022-11-25", people_zh("2022-11-25"), True, "Nicaragua", "2022-11-23", "meeting", DI, LEFT, []),
    P("b4-en-online-forum-2020", "en", "China-Latin America and Caribbean Political Parties Forum Held Online",
      "Beijing, October 29th--The China-Latin America and Caribbean Political Parties Forum was held via "
      "video link today under the theme of solidarity against the pandemic. Song Tao, head of the IDCPC, "
      "delivered a keynote speech.\n"
      "Leaders of some 60 political parties of 26 countries of the region attended, including those of the "
      "Communist Party of Cuba, the Workers' Party of Brazil and the Broad Front of Uruguay.\n"
      "Participants agreed that solidarity and cooperation are the only way to overcome the pandemic.",
      "2020-10-30", en_url("2020-10-30", 601), True, "multilateral", "2020-10-29", "forum", KE, REGL,
      [PCC, PT, FA]),
    P("b4-en-long-other-lac-late-2017", "en", "Song Tao Meets with Delegation of the Communist Party of India (Marxist)",
      "Beijing, October 26th--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
      "India (Marxist).\n"
      "Song briefed the guests on the 19th National Congress of the CPC. He said that the CPC values its "
      "exchanges with left-wing parties of South Asia.\n"
      "The guests said that the CPI(M) is following the CPC's experience closely.\n"
      "After the meeting, the guests said they would attend a meeting of communist parties in Russia, "
      "where parties from Europe, Asia and Latin America would gather.",
      "2017-10-27", en_url("2017-10-27", 602), False),
    P("b4-zh-long-other-2024", "zh", "刘建超会见南非共产党总书记",
      "6月6日，中联部部长刘建超在京会见南非共产党总书记马派拉。\n"
      "刘建超表示，中国共产党愿同南非共产党加强治国理政经验交流。\n"
      "马派拉表示，南非共产党高度评价中国式现代化的成就，愿同中方一道，在金砖合作框架内加强同拉美、亚洲发展中国家的团结。",
      "2024-06-07", zh_url("2024-06-07", 601), False),
    P("b4-zh-briefing-team-2022", "zh", "中共二十大精神宣介团访问古巴",
      "应古巴共产党邀请，中共二十大精神宣介团于12月5日至9日访问古巴，分别向古共中央、哈瓦那省委和古巴高校宣介党的二十大"
      "精神，并会见古共中央第二书记莫拉莱斯。",
      "2022-12-11", zh_url("2022-12-11", 602), True, "Cuba", "2022-12-05", "briefing", KE, LEFT, [PCC]),
    P("b4-en-evening-2018", "en", "Guo Yezhou Meets with Mexican PRI Delegation",
      "Beijing, March 8th--Guo Yezhou, Vice Minister of the IDCPC, met on the evening of March 7th with a "
      "delegation of the Institutional Revolutionary Party (PRI) of Mexico.\n"
      "The two sides exchanged views on party-to-party relations.",
      "2018-03-09", en_url("2018-03-09", 603), True, "Mexico", "2018-03-07", "meeting", DI, BI,
      ["Institutional Revolutionary Party"]),
    P("b4-zh-today-copy-2024", "zh", "中联部副部长会见智利共产党代表团",
      " date 2024-06-06\n中国新闻网 | 首页 > 时政\n"
      "中新网北京6月6日电 中联部副部长孙海燕今天在京会见智利共产党主席卡拉斯科率领的代表团。\n（编辑：周华）",
      "2024-06-06", "https://www.chinanews.com.cn/gn/2024/06-06/1.shtml", True, "Chile", "2024-06-06",
      "meeting", DI, LEFT, ["Communist Party of Chile"]),
    P("b4-en-legs-trip-2019", "en", "CPC Delegation Visits Ecuador and Peru",
      "At the invitation of the PAIS Alliance of Ecuador and the Peruvian Nationalist Party, a CPC delegation "
      "led by Qian Hongshan, Vice Minister of the IDCPC, visited Ecuador and Peru from April 2nd to 10th.\n"
      "In Ecuador, the delegation met with leaders of the PAIS Alliance and members of the National "
      "Assembly. In Peru, the delegation met with leaders of the Peruvian Nationalist Party and Popular "
      "Force.",
      "2019-04-12", en_url("2019-04-12", 604), True, "multilateral", "2019-04-02", "delegation_visit_abroad",
      DI, REGL, ["PAIS Alliance", "Peruvian Nationalist Party", "Popular Force"]),
    P("b4-zh-women-2016", "zh", "中联部副部长会见巴西劳工党妇女代表团",
      "5月17日，中联部副部长李军在京会见巴西劳工党全国妇女书记率领的妇女干部代表团。",
      "2016-05-18", zh_url("2016-05-18", 603), True, "Brazil", "2016-05-17", "meeting", DI, LEFT, [PT]),
    P("b4-neg-zh-hk-taiwan-2019", "zh", "外交部：中方讚賞薩爾瓦多政府堅持一個中國原則",
      " date 2019-06-12\n文匯網 | 首頁 > 中國\n"
      "外交部發言人在例行記者會上表示，中方讚賞薩爾瓦多新政府堅持一個中國原則。",
      "2019-06-12", "http://news.wenweipo.com/2019/06/12/1.htm", False),
    P("b4-neg-en-celac-ministers-state-2021", "en", "Chinese FM attends China-CELAC ministerial video meeting",
      " date 2021-12-04\nXinhua | English | China\n"
      "BEIJING, Dec. 3 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi attended the third "
      "ministerial meeting of the China-CELAC Forum via video link on Friday.\n[Editor: huaxia]",
      "2021-12-04", xinhua_en("2021-12-04", 650), False),
]


# A fifth batch: copies in Caribbean and Latin American English-language papers, spans across months,
# days without a day, and pages whose headline is one exchange among several.
PAGES_5: list[Page] = [
    P("b5-gleaner-pnp-2019", "en", "PNP delegation meets Chinese Communist Party officials in Beijing",
      " date 2019-01-07\nThe Gleaner | News | Lead Stories\n"
      "BEIJING, China, January 5 -- A People's National Party (PNP) delegation led by its president Dr "
      "Peter Phillips met on Saturday with officials of the International Department of the Communist Party "
      "of China in Beijing.\n"
      "Phillips said the PNP intends to deepen its relationship with the CPC. The delegation is to spend a "
      "week in China, visiting Shanghai and Guangzhou.\n"
      "Comments (0) | Share | More Lead Stories",
      "2019-01-07", "https://jamaica-gleaner.com/article/lead-stories/20190107/pnp-delegation-meets-cpc",
      True, "Jamaica", "2019-01-05", "meeting", DI, LEFT, ["People's National Party"]),
    P("b5-chronicle-ppp-2023", "en", "PPP/C delegation concludes China visit",
      " date 2023-08-10\nGuyana Chronicle | Home | News\n"
      "A delegation of the People's Progressive Party/Civic (PPP/C) on Wednesday concluded a visit to China "
      "at the invitation of the Communist Party of China. The visit, from August 1 to 9, included meetings "
      "with the International Department of the CPC Central Committee in Beijing and a tour of Fujian "
      "province.",
      "2023-08-10", "https://guyanachronicle.com/2023/08/10/ppp-c-delegation-concludes-china-visit/",
      True, "Guyana", "2023-08-01", "delegation_received", DI, LEFT, ["People's Progressive Party/Civic"]),
    P("b5-zh-cross-month-2017", "zh", "中共代表团访问墨西哥",
      "应墨西哥革命制度党邀请，中联部副部长率中共代表团于5月30日至6月3日访问墨西哥，会见革命制度党主席和墨西哥政府官员。",
      "2017-06-05", zh_url("2017-06-05", 700), True, "Mexico", "2017-05-30", "delegation_visit_abroad", DI,
      BI, ["Institutional Revolutionary Party"]),
    P("b5-en-no-day-visit-2016", "en", "Delegation of Dominican Liberation Party Visits China",
      "At the invitation of the CPC, a delegation of the Dominican Liberation Party (PLD) of the Dominican "
      "Republic visited China in late May and early June. During the visit, the delegation held talks with "
      "officials of the IDCPC and visited Guizhou.",
      "2016-06-08", en_url("2016-06-08", 700), True, "Dominican Republic", None, "delegation_received", DI,
      BI, ["Dominican Liberation Party"]),
    P("b5-zh-riqian-2024", "zh", "孙海燕会见洪都拉斯自由与重建党代表团",
      "日前，中联部副部长孙海燕在京会见洪都拉斯自由与重建党总书记率领的代表团。双方就两党关系交换意见。",
      "2024-10-15", zh_url("2024-10-15", 701), True, "Honduras", None, "meeting", DI, LEFT,
      ["Liberty and Refoundation"]),
    P("b5-en-two-days-2016", "en", "Li Jun Meets with Delegation of Peru's American Popular Revolutionary Alliance",
      "Beijing, June 1st--Li Jun, Assistant Minister of the IDCPC, met on May 30 and 31 with leaders of the "
      "Peruvian Aprista Party (APRA) who were visiting China.",
      "2016-06-02", en_url("2016-06-02", 701), True, "Peru", "2016-05-30", "meeting", DI, BI,
      ["Peruvian Aprista Party"]),
    P("b5-zh-headline-second-2018", "zh", "郭业洲会见智利争取民主党代表团",
      "10月16日，中联部副部长郭业洲在京先后会见老挝人民革命党代表团和智利争取民主党代表团。\n"
      "在会见智利客人时，郭业洲表示，中方愿同智利各政党加强交往。",
      "2018-10-17", zh_url("2018-10-17", 702), True, "Chile", "2018-10-16", "meeting", DI, BI,
      ["Party for Democracy"]),
    P("b5-en-message-and-meeting-2021", "en", "Xi Jinping Sends Congratulatory Message to Xiomara Castro",
      "On November 30th, Xi Jinping, General Secretary of the CPC Central Committee, sent a message to "
      "Xiomara Castro, congratulating her on her election as President of Honduras and candidate of the "
      "Liberty and Refoundation Party (LIBRE).",
      "2021-12-01", en_url("2021-12-01", 702), True, "Honduras", "2021-11-30", "message", DI, LEFT,
      ["Liberty and Refoundation"]),
    P("b5-neg-en-observer-domestic-2022", "en", "PNP holds annual conference in Kingston",
      " date 2022-09-19\nJamaica Observer | News\n"
      "KINGSTON, Jamaica -- The People's National Party held its 84th annual conference on Sunday, where "
      "party president Mark Golding addressed delegates on the cost of living.",
      "2022-09-19", "https://www.jamaicaobserver.com/2022/09/19/pnp-conference/", False),
    P("b5-neg-en-chronicle-trade-2024", "en", "Guyana, China sign agriculture cooperation deal",
      " date 2024-04-03\nGuyana Chronicle | Business\n"
      "GEORGETOWN -- Guyana's Ministry of Agriculture and the Chinese Embassy signed an agreement on rice "
      "technology on Tuesday.",
      "2024-04-03", "https://guyanachronicle.com/2024/04/03/guyana-china-agriculture/", False),
]


# A sixth batch: counterparts named by a person, an acronym, a Spanish or Portuguese name, or a Chinese
# short form only.
PAGES_6: list[Page] = [
    P("b6-en-person-title-2018", "en", "Song Tao Meets with Diosdado Cabello",
      "Beijing, September 12th--Song Tao, head of the IDCPC, met with Diosdado Cabello, First Vice President "
      "of the PSUV, and his party.",
      "2018-09-13", en_url("2018-09-13", 800), True, "Venezuela", "2018-09-12", "meeting", DI, LEFT, [PSUV]),
    P("b6-zh-person-title-2018", "zh", "宋涛会见卡韦略",
      "9月12日，中联部部长宋涛在京会见委内瑞拉统一社会主义党第一副主席卡韦略。",
      "2018-09-13", zh_url("2018-09-13", 800), True, "Venezuela", "2018-09-12", "meeting", DI, LEFT, [PSUV]),
    P("b6-en-acronym-fmln-2019", "en", "Guo Yezhou Meets with FMLN Delegation",
      "Beijing, January 15th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the FMLN of El "
      "Salvador.",
      "2019-01-16", en_url("2019-01-16", 801), True, "El Salvador", "2019-01-15", "meeting", DI, LEFT,
      ["Farabundo Martí National Liberation Front"]),
    P("b6-en-spanish-name-2022", "en", "Chen Zhou Meets with Leaders of Uruguay's Frente Amplio",
      "Beijing, May 19th--Chen Zhou, Vice Minister of the IDCPC, met via video link with leaders of the "
      "Frente Amplio of Uruguay.",
      "2022-05-20", en_url("2022-05-20", 802), True, "Uruguay", "2022-05-19", "video_call", DI, LEFT, [FA]),
    P("b6-en-portuguese-name-2017", "en", "Li Jun Meets with Delegation of Brazil's Partido dos Trabalhadores",
      "Beijing, August 22nd--Li Jun, Assistant Minister of the IDCPC, met with a delegation of the Partido "
      "dos Trabalhadores (PT) of Brazil.",
      "2017-08-23", en_url("2017-08-23", 803), True, "Brazil", "2017-08-22", "meeting", DI, LEFT, [PT]),
    P("b6-en-pcdob-2024", "en", "Sun Haiyan Meets with PCdoB Delegation",
      "Beijing, April 9th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the "
      "Communist Party of Brazil (PCdoB) led by its President Luciana Santos.",
      "2024-04-10", en_url("2024-04-10", 804), True, "Brazil", "2024-04-09", "meeting", DI, LEFT,
      ["Communist Party of Brazil"]),
    P("b6-en-ruling-unnamed-2019", "en", "Guo Yezhou Meets with Delegation of Saint Lucia's Ruling Party",
      "Beijing, October 10th--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of the ruling "
      "party of Saint Lucia.",
      "2019-10-11", en_url("2019-10-11", 805), True, "Saint Lucia", "2019-10-10", "meeting", DI, BI, []),
    P("b6-zh-short-cuba-2021", "zh", "宋涛同古共中央国际关系部部长举行视频会谈",
      "6月8日，中联部部长宋涛同古共中央国际关系部部长洛萨达举行视频会谈。",
      "2021-06-09", zh_url("2021-06-09", 801), True, "Cuba", "2021-06-08", "video_call", DI, LEFT, [PCC]),
    P("b6-zh-short-fsln-2023", "zh", "刘建超会见桑解阵代表团",
      "2月21日，中联部部长刘建超在京会见尼加拉瓜桑解阵全国领导委员会委员率领的代表团。",
      "2023-02-22", zh_url("2023-02-22", 802), True, "Nicaragua", "2023-02-21", "meeting", DI, LEFT, [FSLN]),
    P("b6-zh-short-psuv-2019", "zh", "郭业洲会见委统社党代表团",
      "3月12日，中联部副部长郭业洲在京会见委统社党全国领导委员会委员率领的代表团。",
      "2019-03-13", zh_url("2019-03-13", 803), True, "Venezuela", "2019-03-12", "meeting", DI, LEFT, [PSUV]),
    P("b6-zh-short-fmln-2018", "zh", "钱洪山会见萨尔瓦多法马阵线代表团",
      "8月28日，中联部副部长钱洪山在京会见萨尔瓦多法马阵线代表团。",
      "2018-08-29", zh_url("2018-08-29", 804), True, "El Salvador", "2018-08-28", "meeting", DI, LEFT,
      ["Farabundo Martí National Liberation Front"]),
    P("b6-zh-peru-red-2016", "zh", "李军会见秘鲁共产党（红色祖国）代表团",
      "4月12日，中联部部长助理李军在京会见秘鲁共产党（红色祖国）代表团。",
      "2016-04-13", zh_url("2016-04-13", 805), True, "Peru", "2016-04-12", "meeting", DI, LEFT,
      ["Communist Party of Peru – Red Fatherland"]),
    P("b6-zh-mas-short-2025", "zh", "刘海星会见玻利维亚争社运代表团",
      "1月14日，中联部部长刘海星在京会见玻利维亚争取社会主义运动代表团。",
      "2025-01-15", zh_url("2025-01-15", 806), True, "Bolivia", "2025-01-14", "meeting", DI, LEFT,
      ["Movement for Socialism (Bolivia)"]),
    P("b6-neg-en-acronym-pt-portugal-2019", "en", "Qian Hongshan Meets with Delegation of Portugal's PS",
      "Beijing, June 4th--Qian Hongshan met with a delegation of the Socialist Party (PS) of Portugal.",
      "2019-06-05", en_url("2019-06-05", 850), False),
    P("b6-neg-zh-socialist-party-france-2017", "zh", "李军会见法国社会党代表团",
      "9月5日，中联部部长助理李军在京会见法国社会党代表团。",
      "2017-09-06", zh_url("2017-09-06", 850), False),
]


# Pages whose first run failed and that no general rule fixed in this session (reason given).
XFAIL: dict[str, str] = {
    "en-meet-ecuador-ambassador-lastweek-2020": (
        "doubtful: an envoy alone, no party named; the project reads a government's envoy as its "
        "president's party (Ecuador 2017-2021: Lenín Moreno, PAIS Alliance, leftist in the gazetteer), "
        "the probe's coder gave bilateral only"),
    "zh-month-before-2019": "doubtful: as above (Ecuador's envoy, December 2019)",
    "b4-zh-yesterday-2022": (
        "doubtful: the envoy reading again (Nicaragua's envoy, FSLN government; the probe's coder said "
        "leftist here, bilateral for Ecuador's above). The project applies its reading only to a named "
        "envoy: an unnamed one (尼加拉瓜驻华大使) is no contact, so no ruling party is looked up"),
    "b4-zh-women-2016": (
        "doubtful: a 'women cadres delegation' (妇女干部代表团): the project reads 干部代表团 as a study "
        "group (knowledge exchange), the probe's coder as a delegation (daily interaction)"),
}


def _check(page: Page) -> list[str]:
    url = page.url
    record = idcpc(page.text, title=page.title, published=page.published, lang=page.lang, url=url)
    wrong = []
    if record.relevant != page.relevant:
        wrong.append(f"relevant {record.relevant}")
    if not page.relevant:
        return wrong
    got = {"country": record.country, "date": record.event_date, "etype": record.event_type,
           "content": record.content, "mech": sorted(record.mechanism or []),
           "parties": frozenset(parties(record))}
    want = {"country": page.country, "date": page.date, "etype": page.etype, "content": page.content,
            "mech": sorted(page.mech), "parties": page.parties}
    for key, value in want.items():
        if got[key] != value:
            wrong.append(f"{key}: got {got[key]!r}, want {value!r}")
    return wrong


def _params():
    for page in PAGES + PAGES_2 + PAGES_3 + PAGES_4 + PAGES_5 + PAGES_6:
        marks = [pytest.mark.xfail(strict=False, reason=XFAIL[page.id])] if page.id in XFAIL else []
        yield pytest.param(page, id=page.id, marks=marks)


@pytest.mark.parametrize("page", list(_params()))
def test_a_careful_coder_gives_these_values(page: Page):
    assert _check(page) == []


def test_probe_ids_are_unique():
    every = PAGES + PAGES_2 + PAGES_3 + PAGES_4 + PAGES_5 + PAGES_6
    assert len({p.id for p in every}) == len(every)


# ---- the classes the first run found, in more of the forms the pages use ----------------------

@pytest.mark.parametrize(("lang", "title", "text", "country", "day"), [
    ("en", "IDCPC Activities",
     "• On June 3rd, Liu Jianchao met with a delegation of the Communist Party of Vietnam.\n"
     "• On June 4th, Sun Haiyan met with a delegation of the Socialist Party of Chile.\n"
     "• On June 5th, Chen Zhou met with the Ambassador of Laos.", "Chile", "2023-06-04"),
    ("zh", "",
     "■6月3日，中联部部长刘建超会见越南共产党代表团。\n"
     "■6月4日，中联部副部长孙海燕会见智利社会党代表团。\n"
     "■6月5日，中联部副部长陈洲会见老挝驻华大使。", "Chile", "2023-06-04"),
])
def test_a_bulleted_list_of_dated_items_is_a_digest(lang, title, text, country, day):
    """One page, one record: under no headline or a generic one, the record is the first exchange
    with LAC actors; a bullet mark before each item's day still opens a digest's item, and English
    pages write the day as an ordinal ("June 4th")."""
    url = en_url("2023-06-06", 300) if lang == "en" else zh_url("2023-06-06", 300)
    record = idcpc(text, title=title, lang=lang, published="2023-06-06", url=url)
    assert record.relevant and record.country == country and record.event_date == day


@pytest.mark.parametrize(("lang", "title", "text", "day"), [
    ("en", "Workshop for Latin American Party Cadres Closes in Beijing",
     "Beijing, May 17th--A workshop for cadres of political parties from Latin American countries closed "
     "here today. The 20 participants studied party building and poverty reduction from May 6th to 17th.",
     "2019-05-06"),
    ("zh", "拉美国家政党干部研修班结业",
     "5月17日，拉美国家政党干部研修班在京结业。20名学员于5月6日至17日在华学习党的建设和减贫经验。",
     "2019-05-06"),
    # a span that does not end with the course is something else: the close dates the page
    ("en", "Workshop for Latin American Party Cadres Closes in Beijing",
     "Beijing, May 17th--A workshop for cadres of political parties from Latin American countries closed "
     "here today. Several participants had joined an earlier programme from April 1st to 12th.",
     "2019-05-17"),
])
def test_a_span_ending_on_a_courses_close_is_the_courses_span(lang, title, text, day):
    url = en_url("2019-05-18", 301) if lang == "en" else zh_url("2019-05-18", 301)
    record = idcpc(text, title=title, lang=lang, published="2019-05-18", url=url)
    assert record.event_type == "training_course" and record.event_date == day


@pytest.mark.parametrize(("lang", "title", "text", "country"), [
    ("en", "CPC briefs Latin American parties on plenary session",
     "SANTIAGO, Nov. 20 -- A CPC delegation held a briefing here on the plenary session for Chilean "
     "political parties, including the Socialist Party of Chile and the Party for Democracy.", "Chile"),
    ("en", "CPC briefs Latin American parties on plenary session",
     "BUENOS AIRES, Nov. 20 -- A CPC delegation briefed political parties from Argentina, among them the "
     "Justicialist Party and the Radical Civic Union, on the plenary session.", "Argentina"),
    # the lead names the region's parties itself: the group stays the region's
    ("en", "CPC briefs Latin American parties on plenary session",
     "BEIJING, Nov. 20 -- The IDCPC held a briefing on the plenary session for political parties from "
     "Latin America, including Mexico's MORENA.", "multilateral"),
    # two countries' parties named: several countries' actors
    ("en", "CPC briefs Latin American parties on plenary session",
     "BEIJING, Nov. 20 -- The IDCPC briefed political parties of Chile, among them the Socialist Party "
     "of Chile, and Peru's Free Peru party on the plenary session.", "multilateral"),
])
def test_a_headlines_region_over_one_countrys_parties_is_that_country(lang, title, text, country):
    """Codebook, country: multilateral is actors of two or more LAC countries or a regional body; an
    agency headline's "Latin American parties" over a lead naming one country's parties as such is
    that country's exchange."""
    record = idcpc(" date 2021-11-21\n" + text, title=title, lang=lang, published="2021-11-21",
                   url=xinhua_en("2021-11-21", 302))
    assert record.relevant and record.country == country


@pytest.mark.parametrize(("title", "text", "relevant"), [
    ("中联部召开拉美政党工作座谈会", "3月10日，中联部召开拉美政党工作座谈会，部内有关局室负责同志参加。", False),
    ("中联部举办拉美国家形势研讨会", "3月10日，中联部举办拉美国家形势研讨会，国内专家学者参加。", False),
    # the region's parties or cadres themselves are the actors
    ("拉美国家政党干部研修班开班", "3月10日，拉美国家政党干部研修班在京开班，中联部副部长出席。", True),
    ("陈洲会见拉美国家政党代表团", "3月10日，中联部副部长陈洲会见拉美国家政党代表团，双方就拉美形势交换意见。", True),
])
def test_the_work_on_or_the_situation_of_the_regions_parties_is_a_topic(title, text, relevant):
    """Codebook, relevant: an exchange with LAC actors; 拉美政党工作 is the CPC's work on the region's
    parties, 拉美国家形势 the region's situation — what the Chinese side's own meeting is about."""
    record = idcpc(text, title=title, lang="zh", published="2023-03-11", url=zh_url("2023-03-11", 303))
    assert record.relevant is relevant


@pytest.mark.parametrize(("lang", "title", "text", "mechanism"), [
    ("en", "Ma Hui Meets with Former Colombian President Samper",
     "Beijing, September 19th--Ma Hui, Vice Minister of the IDCPC, met with Ernesto Samper, former "
     "President of Colombia.", ["bilateral"]),
    ("en", "Ma Hui Meets with Former Colombian President",
     "Beijing, September 19th--Ma Hui, Vice Minister of the IDCPC, met with former Colombian President "
     "Ernesto Samper.", ["bilateral"]),
    ("zh", "马辉会见哥伦比亚前总统桑佩尔", "9月19日，中联部副部长马辉在京会见哥伦比亚前总统桑佩尔。", ["bilateral"]),
    # an official in office speaks for the government of the day (the project's reading, unchanged)
    ("zh", "马辉会见哥伦比亚外长", "9月19日，中联部副部长马辉在京会见哥伦比亚外长穆里略。", ["bilateral", "leftist"]),
])
def test_a_former_office_holder_speaks_for_no_government_in_office(lang, title, text, mechanism):
    """Codebook, mechanism: leftist goes by the counterpart's party; a former president or minister
    is no envoy of the government in office, so the ruling party of the day does not type him."""
    url = en_url("2024-09-20", 304) if lang == "en" else zh_url("2024-09-20", 304)
    record = idcpc(text, title=title, lang=lang, published="2024-09-20", url=url)
    assert record.country == "Colombia" and record.mechanism == mechanism


@pytest.mark.parametrize(("title", "text", "relevant"), [
    ("Book on Latin American Political Parties Published",
     "Beijing, March 5th--A book on the development of political parties in Latin America, written by "
     "Chinese researchers, was published.", False),
    ("IDCPC Researchers Publish Report on Latin American Parties",
     "Beijing, March 5th--Researchers published a report about the situation of parties in Latin "
     "America.", False),
    # the region's parties as the audience or as the senders stay the actors
    ("IDCPC Holds Briefing on the Plenary Session for Latin American Parties",
     "Beijing, March 5th--The IDCPC held a briefing on the plenary session for political parties of Latin "
     "America.", True),
    ("COPPPAL Sends Letter to IDCPC",
     "Beijing, March 5th--On behalf of Latin American parties, the President of COPPPAL sent a letter to "
     "the IDCPC.", True),
])
def test_the_regions_parties_written_about_are_a_topic(title, text, relevant):
    record = idcpc(text, title=title, published="2024-03-06", url=en_url("2024-03-06", 305))
    assert record.relevant is relevant


@pytest.mark.parametrize(("title", "text", "kind"), [
    ("中国共产党同拉美和加勒比政党举行共同抗疫视频会议",
     "5月28日，中国共产党同拉美和加勒比政党共同抗击新冠肺炎疫情视频会议举行。中联部部长宋涛出席并讲话。来自拉美和加勒比"
     "20多个国家的30多个政党领导人与会。", "seminar"),
    ("宋涛同拉美政党领导人举行视频会议",
     "5月28日，中联部部长宋涛同拉美和加勒比政党领导人举行视频会议，介绍中国共产党抗疫经验。", "briefing"),
    # one party by video: the region's parties are the ties talked about
    ("宋涛同古共中央国际关系部部长举行视频会谈",
     "5月28日，中联部部长宋涛同古巴共产党中央国际关系部部长举行视频会谈，双方就中国同拉美和加勒比政党交往交换意见。",
     "video_call"),
])
def test_an_online_meeting_with_the_regions_parties_is_the_gathering_it_is(title, text, kind):
    """Codebook, event_type rule 3: an online meeting of many parties is the event it is (a seminar,
    a briefing when the CPC side presents its experience), not a video call; 同拉美和加勒比政党举行… names
    the region's parties as the side met, as "with Latin American parties" does."""
    record = idcpc(text, title=title, lang="zh", published="2020-05-29", url=zh_url("2020-05-29", 306))
    assert record.relevant and record.event_type == kind


@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "IDCPC Holds Roundtable with Latin American Parties",
     "Beijing, May 28th--The IDCPC held a roundtable with leaders of political parties from Latin America "
     "and the Caribbean on poverty reduction. Some 30 leaders from 12 countries attended."),
    ("zh", "中拉政党减贫圆桌会在京举行", "5月28日，中联部举办中拉政党减贫圆桌会，来自拉美12国的政党领导人与会。"),
])
def test_a_roundtable_is_a_seminar(lang, title, text):
    """Rule 2: a seminar is peers discussing a theme; a roundtable is one by its name."""
    url = en_url("2020-05-29", 307) if lang == "en" else zh_url("2020-05-29", 307)
    record = idcpc(text, title=title, lang=lang, published="2020-05-29", url=url)
    assert record.event_type == "seminar" and record.content == "knowledge exchange"


@pytest.mark.parametrize(("lang", "title", "text", "relevant"), [
    ("en", "Latin American party officials conclude study program in China",
     "BEIJING, July 11 (Xinhua) -- A training program for officials of political parties from Latin American "
     "and Caribbean countries concluded in Beijing on Thursday.", True),
    ("zh", "拉美国家政党干部研修班在京结业", "新华社北京7月11日电 拉美国家政党干部研修班11日在京结业。", True),
    # a course for government officials is no party exchange without a CPC side named
    ("en", "Latin American officials conclude training program in China",
     "BEIJING, July 11 (Xinhua) -- A training program on trade for officials of Latin American and Caribbean "
     "governments concluded in Beijing on Thursday.", False),
])
def test_a_course_in_china_for_other_parties_officials_is_the_cpcs(lang, title, text, relevant):
    """Codebook, training_course: a course the CPC side runs for foreign cadres; a copy that names no
    host still reports a party exchange when the course is for other parties' officials in China."""
    url = xinhua_en("2024-07-12", 308) if lang == "en" else xinhua_zh("2024-07-12", 308)
    record = idcpc(" date 2024-07-12\n" + text, title=title, lang=lang, published="2024-07-12", url=url)
    assert record.relevant is relevant
