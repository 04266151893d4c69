# ruff: noqa: E501  (headlines and page texts are kept whole, as printed)
"""Campaign 9K: a blind, mixed sample written the way real official pages often are, not as clean
prose: non-native English ("met here today on the morning with", "the both sides", missing articles,
odd capitals), typos in party names, dateline variants, long many-clause sentences, paragraphs that
repeat the headline, Chinese with full-width spaces, traditional characters and 〇 numerals, English
names in brackets, and HTML leftovers (&nbsp;, [Photo], Editor:, Print | Close). About 70% IDCPC-type
pages, 30% foreign-ministry pages, about 30% not relevant. Every page is self-written; names of
parties, countries and officials are facts. Expected values are a careful coder's under SCHEMA.md's
Decision rules (partnership actions by partnership-history.csv).

First run, before any rule of this campaign (122 pages written blind, 96 relevant): relevant 122/122,
country 95/96, event_date 94/96, event_type 94/96, content 70/70, mechanism 70/70, parties 70/70,
head_of_state_level 24/24, partnership 26/26; 117/122 pages fully right. One of the five misses was the
probe's own miscoding (a preview whose headline names two LAC countries is "multilateral"), so
118/122 for the pipeline. The misses: a dateline with no comma, a Chinese date with spaces, a headline
"visited X and met Y", and a Summer Davos meeting (doubtful).

Batch 2 (48 pages, 38 relevant; written after reading only the date and event-type code this campaign
changed): relevant 48/48, country 38/38, event_date 37/38, event_type 38/38, content 23/24, mechanism
24/24, parties 23/24, head_of_state_level 14/14, partnership 13/14 (a recalled level, which the project
codes as the level: the probe's miscoding); 44/48 fully right. The misses: a numeric dateline
("Beijing, 2020-04-08--"), a lower-case head noun in a list ("Conservative party"), and a party leader
who came for the CPC in Dialogue (doubtful).

Batch 3 (32 pages, 26 relevant; written after this campaign's rules): 31/32 fully right on the first
run (event_date 25/26: a day-first dateline with its ordinal, "Beijing, 21st June 2018 --").

Batch 4 (26 pages, 20 relevant; written after this campaign's rules, on party names in Spanish,
Portuguese and shortened forms): 25/26 fully right on the first run (relevant 25/26: a foreign party
"which has friendly relations with parties in Latin America" read as the region's parties met).

Batch 5 (20 pages, 16 relevant; embassy English, "&", "St.", announcements): 19/20 on the first run
(head_of_state_level 7/8: "President of the Republic of Ecuador" read as a body's president).

Batch 6 (18 pages, 13 relevant; page leftovers: &nbsp;, captions, "Related:", editor and source
lines): 17/18 on the first run (event_date 12/13: "5月8日，&nbsp;中联部…", the blanked entity read as a
gap between parts of a one-line page).

Batch 7 (12 foreign-ministry pages, 10 relevant; partnerships in non-native English, traditional and
spaced Chinese): 12/12 on the first run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from nlp_helpers import idcpc, mfa, parties
from probe_harness import DI, KE

LEFT = ["bilateral", "leftist"]
BI = ["bilateral"]
REG = ["regional"]
REGL = ["regional", "leftist"]
GLO = ["global"]
GLOL = ["global", "leftist"]
CSP = "comprehensive strategic partnership"
SP = "strategic partnership"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT = "Workers' Party (Brazil)"
FA = "Broad Front"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
MORENA = "National Regeneration Movement"
LIBRE = "Liberty and Refoundation"
PSCH = "Socialist Party of Chile"
PCB = "Communist Party of Brazil"
PNP = "People's National Party"
JLP = "Jamaica Labour Party"
PPPC = "People's Progressive Party/Civic"
PJ = "Justicialist Party"
RC = "Citizen Revolution Movement"


def en_url(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    tree = "english2023/lldt" if y >= "2023" else "english/news"
    return f"https://www.idcpc.org.cn/{tree}/{y}{m}/t{y}{m}{d}_{170000 + n}.html"


def zh_url(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"https://www.idcpc.gov.cn/lldt/{y}{m}/t{y}{m}{d}_{180000 + n}.html"


def xinhua_en(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://www.xinhuanet.com/english/{y}-{m}/{d}/c_13{n:07d}.htm"


def xinhua_zh(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://www.news.cn/politics/{y}-{m}/{d}/c_11{n:08d}.htm"


def embassy_en(cc: str, day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"http://{cc}.china-embassy.gov.cn/eng/zgyw/{y}{m}/t{y}{m}{d}_{11200000 + n}.htm"


def mfa_en(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"https://www.fmprc.gov.cn/eng/zxxx_662805/{y}{m}/t{y}{m}{d}_{11300000 + n}.html"


def mfa_zh(day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return f"https://www.mfa.gov.cn/web/zyxw/{y}{m}/t{y}{m}{d}_{11400000 + n}.shtml"


@dataclass(frozen=True)
class Page:
    """A probe page and a careful coder's values for it (only `relevant` for a page that is not)."""

    id: str
    source: str
    lang: str
    title: str
    text: str
    published: str | None
    url: str
    relevant: bool
    expect: dict[str, Any] = field(default_factory=dict)


def I(id, lang, title, text, published, url, country=None, date=None, etype=None, content=None,  # noqa: E741, E743, N802
      mech=None, party=()) -> Page:
    """An IDCPC-type page; country None means not relevant."""
    if country is None:
        return Page(id, "idcpc", lang, title, text, published, url, False)
    return Page(id, "idcpc", lang, title, text, published, url, True,
                {"country": country, "event_date": date, "event_type": etype, "content": content,
                 "mechanism": sorted(mech or []), "parties": frozenset(party)})


def M(id, lang, title, text, published, url, country=None, date=None, etype=None, hos=None,  # noqa: N802
      action=None, level=None) -> Page:
    """A foreign-ministry page; country None means not relevant."""
    if country is None:
        return Page(id, "mfa", lang, title, text, published, url, False)
    return Page(id, "mfa", lang, title, text, published, url, True,
                {"country": country, "event_date": date, "event_type": etype, "partnership_action": action,
                 "partnership_level": level} | ({} if hos is None else {"head_of_state_level": hos}))


XH = " date {iso}\nXinhuanet English | Home | China | World | Business\nEditor: {ed}\n"
XHZ = " date {iso}\n新华网 | 首页 | 时政 | 国际\n责任编辑：{ed}\n"


PAGES: list[Page] = [
    # ===================== IDCPC English: non-native phrasing =====================================
    I("en-cuba-morning-2018", "en", "Song Tao Meets with Delegation of Communist party of cuba",
      "Beijing June 21st--Song Tao, head of the IDCPC met here today on the morning with the delegation of "
      "Communist party of cuba headed by Jose Ramon Balaguer, Member of Secretariat and Head of International "
      "Relations Department of the Central Committee of Communist party of cuba.\n"
      "Song deeply introduced the CPC's experience in poverty alleviation and the both sides exchanged views "
      "on the party-to-party relations and the issues of common concern. Balaguer said that Communist Party "
      "of Cuba is willing to learn from CPC experience.",
      "2018-06-22", en_url("2018-06-22"), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("en-nic-sandinist-2019", "en", "Guo Yezhou Met Delegation of Sandinist Front of Nicaragua",
      "Beijing, May 8th--Guo Yezhou, Vice-minister of IDCPC, met with delegation of Sandinist National "
      "Liberation Front(FSLN) of Nicaragua headed by Jacinto Suarez, Secretary for International Relations "
      "of FSLN, on May 7.\n"
      "Guo said that CPC appreciate the FSLN's friendly attitude. Suarez expressed thanks for the warm "
      "reception and said the Sandinist Front is willing to deepen exchange with the CPC.",
      "2019-05-08", en_url("2019-05-08", 2), "Nicaragua", "2019-05-07", "meeting", DI, LEFT, [FSLN]),
    I("en-uy-frente-amplio-2017", "en", "Li Jun Meets Frente Amplio party Delegation of Uruguay",
      "Beijing, Sept. 12th--Li Jun, Assistant Minister of the IDCPC met with a delegation of the Frente "
      "Amplio party of Uruguay here today. The delegation was headed by Javier Miranda, President of Frente "
      "Amplio.\n"
      "Li introduced the situation of the 19th National Congress of CPC to be held. Miranda said Frente "
      "Amplio highly appreciate the achievements China made.",
      "2017-09-13", en_url("2017-09-13", 3), "Uruguay", "2017-09-12", "meeting", DI, LEFT, [FA]),
    I("en-br-workers-apostrophe-2016", "en", "Chen Fengxiang Meets with Delegation of Brazil's Worker's Party",
      "Beijing, October 18th--Chen Fengxiang, Vice Minister of the IDCPC, met here today with a delegation "
      "of Worker's Party of Brazil (PT) led by Monica Valente, Secretary for International Relations of PT.\n"
      "Chen said that CPC and PT have kept good relationship for long time. Valente said that the Worker's "
      "Party hope to further learn from China's development experiences.",
      "2016-10-19", en_url("2016-10-19", 4), "Brazil", "2016-10-18", "meeting", DI, LEFT, [PT]),
    I("en-ven-long-sentence-2018", "en", "Song Tao Meets with Vice President of PSUV",
      "Beijing, September 13th--Song Tao, head of the International Department of CPC Central Committee, "
      "met with Diosdado Cabello, First Vice President of the United Socialist Party of Venezuela (PSUV) and "
      "President of the National Constituent Assembly of Venezuela, who is visiting China at the invitation "
      "of the CPC, here this afternoon, during which the two sides, having reviewed the development of the "
      "relations between the two parties and two countries since the establishment of the comprehensive "
      "strategic partnership, agreed that they would further strengthen the exchanges in state governance, "
      "which both parties consider important, and deepen the practical cooperation in the fields of energy, "
      "finance and infrastructure, so as to benefit the two peoples.\n"
      "Cabello said that PSUV firmly adhere to one-China policy.",
      "2018-09-14", en_url("2018-09-14", 5), "Venezuela", "2018-09-13", "meeting", DI, LEFT, [PSUV]),
    I("en-bol-repeat-headline-2019", "en", "Qian Hongshan Meets with Delegation of Bolivia's MAS",
      "Qian Hongshan Meets with Delegation of Bolivia's MAS\n"
      "Beijing, April 2nd--Qian Hongshan, Vice Minister of the IDCPC met here today with a delegation of "
      "Movement Toward Socialism (MAS) of Bolivia headed by Gabriela Montano, Member of National Leadership "
      "of MAS.\n"
      "Qian Hongshan met with delegation of Bolivia's MAS. Qian said the CPC is ready to work together with "
      "MAS to promote the strategic partnership between China and Bolivia.",
      "2019-04-03", en_url("2019-04-03", 6), "Bolivia", "2019-04-02", "meeting", DI, LEFT, [MAS]),
    I("en-slv-fmln-mr-2018", "en", "Xu Lyuping Meets with Secretary General of FMLN",
      "Beijing, November 27th--Xu Lyuping, Vice Minister of the IDCPC, met here today with Mr. Medardo "
      "Gonzalez, Secretary General of Farabundo Marti National Liberation Front (FMLN) of El Salvador.\n"
      "Xu said the establishment of diplomatic relations between China and El Salvador opened a new page. "
      "Mr. Gonzalez said the FMLN will continue to support the one-China policy.",
      "2018-11-28", en_url("2018-11-28", 7), "El Salvador", "2018-11-27", "meeting", DI, LEFT, [FMLN]),
    I("en-mex-morena-noaccent-2018", "en", "Guo Yezhou Meets with Morena Delegation of Mexico",
      "Beijing, Nov. 6th--Guo Yezhou, Vice-Minister of the IDCPC, met here today with the delegation of "
      "Movimiento Regeneracion Nacional (Morena) of Mexico headed by Mr. Hector Diaz Polanco, member of "
      "national council of Morena.\n"
      "Guo briefed about the CPC's governance practice. Diaz Polanco said Morena would like to enhance "
      "exchanges with CPC after taking office.",
      "2018-11-07", en_url("2018-11-07", 8), "Mexico", "2018-11-06", "meeting", DI, LEFT, [MORENA]),
    I("en-hon-libre-2023", "en", "Sun Haiyan Meets with Delegation of Honduras LIBRE Party",
      "Beijing, June 13th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met with delegation of Liberty "
      "and Refoundation Party (LIBRE) of Honduras here today. The delegation was led by Mr. Rixi Moncada, "
      "coordinator of the party.\n"
      "Sun welcomed the establishment of China-Honduras diplomatic ties. the two sides exchanged views "
      "on the exchanges between two parties.",
      "2023-06-14", en_url("2023-06-14", 9), "Honduras", "2023-06-13", "meeting", DI, LEFT, [LIBRE]),
    I("en-chile-ps-british-2017", "en", "Guo Yezhou Meets Chilean Socialist Party Delegation",
      "Beijing, 14 March--Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of Socialist Party "
      "of Chile led by its Vice President here today. Guo said that the CPC values its long-standing "
      "relations with Socialist Party of Chile and would like to strengthen dialogue and co-operation in "
      "areas of mutual interest, and to deepen the understanding between the two parties' organisations.",
      "2017-03-15", en_url("2017-03-15", 10), "Chile", "2017-03-14", "meeting", DI, LEFT, [PSCH]),
    I("en-jam-pnp-yesterday-2019", "en", "Wang Yajun Meets with PNP Delegation of Jamaica",
      "Beijing, August 29th--Wang Yajun, Assistant Minister of the IDCPC, met yesterday with delegation of "
      "People's National Party (PNP) of Jamaica led by Peter Phillips, President of PNP and Leader of "
      "Opposition.\n"
      "the two sides exchanged views on the party relations.",
      "2019-08-29", en_url("2019-08-29", 11), "Jamaica", "2019-08-28", "meeting", DI, LEFT, [PNP]),
    I("en-guy-ppp-html-2018", "en", "Li Jun Meets with Delegation of Guyana's PPP/C",
      "Beijing,&nbsp;July 10th--Li Jun, Assistant Minister of the IDCPC, met with the delegation of "
      "People's Progressive Party/Civic of Guyana headed by Bharrat Jagdeo, General Secretary of the party "
      "and former President, here today.&nbsp;\n[Photo]\n"
      "Li said CPC is willing to enhance exchanges with PPP/C. Jagdeo thanked for the hospitality.\n"
      "Print | Close",
      "2018-07-11", en_url("2018-07-11", 12), "Guyana", "2018-07-10", "meeting", DI, LEFT, [PPPC]),
    I("en-arg-pj-marker-2018", "en", "Qian Hongshan Meets with Argentine Justicialist Party Delegation",
      "( 2018.06.21 )\n"
      "Beijing, June 20th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a delegation of "
      "Justicialist Party (PJ) of Argentina headed by Mr. Jose Luis Gioja, President of PJ.\n"
      "Both sides exchanged the views on the strengthening the relations between two parties.",
      "2018-06-21", en_url("2018-06-21", 13), "Argentina", "2018-06-20", "meeting", DI, BI, [PJ]),
    I("en-ecu-rc-2019", "en", "Guo Yezhou Meets with delegation of Ecuador's Citizen Revolution",
      "Beijing, Dec. 3rd--Guo Yezhou, Vice minister of IDCPC, met with the delegation of Citizen Revolution "
      "Movement of Ecuador here today. Guo gave the introduction of Fourth Plenary Session of 19th CPC "
      "Central Committee. The members of delegation said they highly value the friendship with CPC.",
      "2019-12-04", en_url("2019-12-04", 14), "Ecuador", "2019-12-03", "meeting", DI, LEFT, [RC]),
    I("en-br-pcdob-2019", "en", "Song Tao Met with President of Communist Party of Brazil",
      "Beijing, October 17th--Song Tao, Minister of the IDCPC met on the afternoon with Luciana Santos, "
      "President of Communist Party of Brazil (PCdoB) and Vice-Governor of Pernambuco State, who led "
      "delegation to visit China. Song said CPC attaches great importance on the friendship with PCdoB.",
      "2019-10-18", en_url("2019-10-18", 15), "Brazil", "2019-10-17", "meeting", DI, LEFT, [PCB]),
    # --- visits abroad, datelines in LAC ---
    I("en-cuba-havana-visit-2019", "en", "CPC Delegation Visits Cuba",
      "Havana, 21 June--A CPC delegation headed by Mr. Li Xi, Member of the Political Bureau of the CPC "
      "Central Committee and Party Secretary of Guangdong Province, paid visit to Cuba from June 18 to 21 at "
      "the invitation of the Communist Party of Cuba. During the visit, Li Xi met with Miguel Diaz-Canel, "
      "President of Cuba, and had talks with Jose Ramon Machado Ventura, Second Secretary of the Central "
      "Committee of Communist Party of Cuba. the both sides exchanged the views on party-building.",
      "2019-06-24", en_url("2019-06-24", 16), "Cuba", "2019-06-18", "delegation_visit_abroad", DI, LEFT, [PCC]),
    I("en-uy-montevideo-visit-2017", "en", "CPC delegation visited Uruguay and met leaders of Frente Amplio",
      "Montevideo, Oct. 27th--The CPC delegation led by Mr. Huang Kunming, paid visit to Uruguay during "
      "Oct. 24-27. Delegation met with leaders of Frente Amplio and the Communist party of Uruguay, and "
      "introduced the spirit of 19th CPC National Congress.",
      "2017-10-30", en_url("2017-10-30", 17), "Uruguay", "2017-10-24", "delegation_visit_abroad", DI, LEFT,
      [FA, "Communist Party of Uruguay"]),
    I("en-peru-lima-two-countries-2016", "en", "CPC Delegation Visits Peru and Spain",
      "Lima, Nov. 15th--At the invitation of the Peruvian government, a CPC delegation headed by Ai Ping, "
      "Vice Minister of the IDCPC, visited Peru from November 11 to 15 and then Spain. In Lima the "
      "delegation met with leaders of the Peruvian Aprista Party and the Congress.",
      "2016-11-18", en_url("2016-11-18", 18), "Peru", "2016-11-11", "delegation_visit_abroad", DI, BI,
      ["Peruvian Aprista Party"]),
    # --- knowledge exchange ---
    I("en-lac-course-2019", "en", "Seminar for Cadres from Latin American parties opened in Beijing",
      "Beijing, July 9th--The Seminar for Latin American and Caribbean Political Party Cadres, hosted by "
      "the IDCPC, opened here today. about 30 cadres from political parties of Mexico, Colombia, Peru, Chile "
      "and other 8 countries attend the 2-week workshop, which is to introduce the CPC experience in "
      "governance.",
      "2019-07-10", en_url("2019-07-10", 19), "multilateral", "2019-07-09", "training_course", KE, REG, []),
    I("en-celac-forum-long-2018", "en", "The 2nd China-CELAC Political Parties Forum held in Shenzhen",
      "Shenzhen, May 29th--The 2nd Forum of Political Parties of China and Community of Latin American and "
      "Caribbean States (CELAC), co-hosted by the IDCPC, was held here on 28-29 May, with more than 300 "
      "representatives from over 80 political parties of China and 26 Latin American and Caribbean "
      "countries attended the forum, under the theme of jointly building the Belt and Road and the "
      "China-Latin America community of shared future, during which the participants had in-depth "
      "discussions.",
      "2018-05-30", en_url("2018-05-30", 20), "multilateral", "2018-05-28", "forum", KE, REG, []),
    I("en-cuba-theory-seminar-2019", "en", "The 10th Theoretical Seminar between CPC and Communist party of cuba held",
      "Havana, Nov 13th--The 10th Theory Seminar between CPC and Communist party of cuba was held here on "
      "November 12-13, with the theme of party building in new era. Mr. Wang Weiguang led the CPC "
      "delegation. the both sides delivered speeches.",
      "2019-11-15", en_url("2019-11-15", 21), "Cuba", "2019-11-12", "seminar", KE, LEFT, [PCC]),
    I("en-mex-fieldtrip-2019", "en", "Delegation of Mexican Party of Labor visits Guizhou",
      "Guiyang, 25 July--Delegation of the Labor Party (PT) of Mexico headed by Alberto Anaya, National "
      "Coordinator, visited Guizhou Province from July 22 to 25 at invitation of the IDCPC, where the "
      "delegation learnt the experience of targeted poverty alleviation in villages and big data companies.",
      "2019-07-26", en_url("2019-07-26", 22), "Mexico", "2019-07-22", "field_trip", KE, LEFT, ["Labor Party (Mexico)"]),
    I("en-lac-briefing-2017", "en", "Briefing on 19th CPC National Congress for Latin American Envoys held",
      "Beijing, November 3rd--The IDCPC held a briefing session here today for ambassadors and diplomats "
      "of Latin American and Caribbean countries in China on the 19th CPC National Congress. Li Jun, "
      "Assistant Minister, introduced the main spirit of the congress. Ambassadors from Cuba, Venezuela, "
      "Brazil and other countries attended.",
      "2017-11-04", en_url("2017-11-04", 23), "multilateral", "2017-11-03", "briefing", KE, REG, []),
    I("en-lac-online-2020", "en", "Guo Yezhou attended the online seminar with Latin American parties",
      "Beijing, June 17th--Guo Yezhou, Vice minister of IDCPC, attended the online seminar between CPC and "
      "political parties of Latin America and the Caribbean on fighting COVID-19 on Tuesday. More than 40 "
      "leaders of parties from 20 countries participated the seminar.",
      "2020-06-18", en_url("2020-06-18", 24), "multilateral", "2020-06-16", "seminar", KE, REG, []),
    # --- calls and messages ---
    I("en-cuba-condolence-2016", "en", "CPC Central Committee sends the condolence message to the Communist party of cuba",
      "Beijing, Nov. 26th--The Central Committee of CPC sent today a message of condolence to the Central "
      "Committee of Communist Party of Cuba over the passing away of Comrade Fidel Castro Ruz, the leader of "
      "Cuban revolution.",
      "2016-11-27", en_url("2016-11-27", 25), "Cuba", "2016-11-26", "message", DI, LEFT, [PCC]),
    I("en-ven-video-2021", "en", "Song Tao held video call with Diosdado Cabello",
      "Beijing, March 24th--Song Tao, head of IDCPC, had the video call with Mr. Diosdado Cabello, First "
      "Vice-president of United Socialist Party of Venezuela on March 23. The both sides exchanged views on "
      "cooperation in fighting COVID-19 pandemic.",
      "2021-03-25", en_url("2021-03-25", 26), "Venezuela", "2021-03-23", "video_call", DI, LEFT, [PSUV]),
    I("en-nic-congrats-2021", "en", "Xi Jinping sends congratulatory message to Daniel Ortega",
      "Beijing, Dec. 30th--Xi Jinping, General Secretary of CPC Central Committee, sent a congratulatory "
      "message today to Daniel Ortega, General Secretary of Sandinista National Liberation Front, on the "
      "restoration of diplomatic relations between China and Nicaragua.",
      "2021-12-31", en_url("2021-12-31", 27), "Nicaragua", "2021-12-30", "message", DI, LEFT, [FSLN]),
    I("en-chile-phone-2022", "en", "Liu Jianchao Speak on Phone with President of Socialist Party of Chile",
      "Beijing, July 5th--Liu Jianchao, head of the IDCPC spoke by phone yesterday with Paulina Vodanovic, "
      "President of the Socialist party of chile. The two sides exchanged views on relationship between the "
      "two parties.",
      "2022-07-06", en_url("2022-07-06", 28), "Chile", "2022-07-04", "phone_call", DI, LEFT, [PSCH]),
    # --- agency copies ---
    I("xh-cuba-thursday-2018", "en", "Senior CPC official meets Cuban delegation",
      XH.format(iso="2018-06-21", ed="Mu Xuequan") +
      "BEIJING, June 21 (Xinhua) -- Song Tao, head of the CPC Central Committee's International Department, met with a delegation of the Communist Party of Cuba on Thursday in "
      "Beijing.\nThe two sides exchanged views on party-to-party exchanges.\n[Photo]",
      "2018-06-21", xinhua_en("2018-06-21"), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("xh-ven-wed-2019", "en", "Chinese senior official meets Venezuelan party delegation",
      XH.format(iso="2019-04-25", ed="Yurou") +
      "BEIJING, April 24 (Xinhua) -- A senior official of the Communist Party of China (CPC) met with a "
      "delegation of the United Socialist Party of Venezuela (PSUV) in Beijing on Wednesday. Huang Kunming, "
      "a member of the Political Bureau of the CPC Central Committee, said the CPC is ready to deepen "
      "exchanges.\nPrint | Close",
      "2019-04-25", xinhua_en("2019-04-25", 2), "Venezuela", "2019-04-24", "meeting", DI, LEFT, [PSUV]),
    I("xh-lac-theory-2023", "en", "CPC, Latin American parties hold theory seminar",
      XH.format(iso="2023-11-30", ed="Zhang Yiqing") +
      "BEIJING, Nov. 29 (Xinhua) -- A theory seminar between the Communist Party of China and political "
      "parties of Latin America and the Caribbean was held on Wednesday via video link and in person. "
      "Representatives from more than 20 countries attended.",
      "2023-11-30", xinhua_en("2023-11-30", 3), "multilateral", "2023-11-29", "seminar", KE, REG, []),
    # ===================== IDCPC Chinese ==========================================================
    I("zh-cuba-spaces-2018", "zh", "宋涛会见古巴共产党代表团",
      "6 月 21 日 ， 中联部部长宋涛在京会见古巴共产党中央委员会国际关系部部长巴拉格尔率领的古共代表团 。 双方就加强两党交往交换意见 。",
      "2018-06-22", zh_url("2018-06-22"), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("zh-cuba-traditional-2018", "zh", "宋濤會見古巴共產黨代表團",
      "6月21日，中聯部部長宋濤在京會見古巴共產黨中央國際關係部部長巴拉格爾率領的古共代表團。雙方就兩黨關係交換意見。",
      "2018-06-22", zh_url("2018-06-22", 2), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("zh-ven-ling-numeral-2019", "zh", "郭业洲会见委内瑞拉统一社会主义党代表团",
      "二〇一九年四月二十三日，中联部副部长郭业洲在京会见委内瑞拉统一社会主义党代表团。双方就两党关系和治国理政经验交换意见。",
      "2019-04-24", zh_url("2019-04-24", 3), "Venezuela", "2019-04-23", "meeting", DI, LEFT, [PSUV]),
    I("zh-uy-brackets-2017", "zh", "李军会见乌拉圭广泛阵线主席",
      "9月12日，中联部部长助理李军在京会见乌拉圭广泛阵线（Frente Amplio）主席米兰达（Javier Miranda）。李军介绍了中共十九大筹备情况。米兰达表示，广泛阵线高度重视同中国共产党的关系。",
      "2017-09-13", zh_url("2017-09-13", 4), "Uruguay", "2017-09-12", "meeting", DI, LEFT, [FA]),
    I("zh-br-pt-brackets-2019", "zh", "宋涛会见巴西劳工党代表团",
      "10月23日，中联部部长宋涛在京会见巴西劳工党（PT）总书记特谢拉（Paulo Teixeira）率领的代表团。双方就两党关系交换看法。",
      "2019-10-24", zh_url("2019-10-24", 5), "Brazil", "2019-10-23", "meeting", DI, LEFT, [PT]),
    I("zh-nic-fullwidth-2022", "zh", "刘建超会见尼加拉瓜桑地诺民族解放阵线代表团",
      "　　7月12日，中联部部长刘建超在京会见尼加拉瓜桑地诺民族解放阵线（桑解阵）代表团。　　刘建超表示，中尼复交以来两国关系快速发展。　　代表团成员表示，桑解阵愿同中共加强交流。",
      "2022-07-13", zh_url("2022-07-13", 6), "Nicaragua", "2022-07-12", "meeting", DI, LEFT, [FSLN]),
    I("zh-bol-traditional-2019", "zh", "錢洪山會見玻利維亞爭取社會主義運動代表團",
      "4月2日，中聯部副部長錢洪山在京會見玻利維亞爭取社會主義運動代表團。錢洪山表示，中方願同玻方加強交流互鑒。",
      "2019-04-03", zh_url("2019-04-03", 7), "Bolivia", "2019-04-02", "meeting", DI, LEFT, [MAS]),
    I("zh-mex-dangtian-2018", "zh", "郭业洲会见墨西哥国家复兴运动代表团",
      "2018年11月6日，中联部副部长郭业洲在京会见墨西哥国家复兴运动（Morena）全国委员会委员迪亚斯率领的代表团。当天，双方还举行了工作会谈。",
      "2018-11-07", zh_url("2018-11-07", 8), "Mexico", "2018-11-06", "meeting", DI, LEFT, [MORENA]),
    I("zh-chile-course-2019", "zh", "拉美和加勒比政党干部研修班在京开班",
      "7月9日，拉美和加勒比国家政党干部研修班在京开班。来自墨西哥、智利、秘鲁、哥伦比亚等12个国家的约30名政党干部参加。中联部部长助理李军出席开班式并致辞。",
      "2019-07-10", zh_url("2019-07-10", 9), "multilateral", "2019-07-09", "training_course", KE, REG, []),
    I("zh-cuba-seminar-ling-2019", "zh", "第十届中古两党理论研讨会在哈瓦那举行",
      "当地时间二〇一九年十一月十二日至十三日，第十届中国共产党与古巴共产党理论研讨会在哈瓦那举行。双方围绕新时代党的建设进行深入交流。",
      "2019-11-15", zh_url("2019-11-15", 10), "Cuba", "2019-11-12", "seminar", KE, LEFT, [PCC]),
    I("zh-celac-forum-2018", "zh", "第二届中拉政党论坛在深圳举行",
      "5月28日至29日，第二届中国—拉共体政党论坛在深圳举行，来自拉美和加勒比26个国家的80多个政党的300余名代表出席。",
      "2018-05-30", zh_url("2018-05-30", 11), "multilateral", "2018-05-28", "forum", KE, REG, []),
    I("zh-cuba-condolence-2016", "zh", "中共中央就菲德尔·卡斯特罗逝世向古共中央致唁电",
      "11月26日，中共中央致电古巴共产党中央委员会，对古巴革命领导人菲德尔·卡斯特罗同志逝世表示深切哀悼。",
      "2016-11-27", zh_url("2016-11-27", 12), "Cuba", "2016-11-26", "message", DI, LEFT, [PCC]),
    I("zh-ven-video-2021", "zh", "宋涛同委内瑞拉统一社会主义党第一副主席卡贝略举行视频通话",
      "3月23日，中联部部长宋涛同委内瑞拉统一社会主义党（PSUV）第一副主席卡贝略（Diosdado Cabello）举行视频通话。双方就共同抗击疫情交换意见。",
      "2021-03-25", zh_url("2021-03-25", 13), "Venezuela", "2021-03-23", "video_call", DI, LEFT, [PSUV]),
    I("zh-mex-fieldtrip-2019", "zh", "墨西哥劳动党代表团在贵州考察",
      "7月22日至25日，应中联部邀请，墨西哥劳动党全国协调员阿纳亚率代表团在贵州考察，了解精准扶贫和大数据产业发展情况。",
      "2019-07-26", zh_url("2019-07-26", 14), "Mexico", "2019-07-22", "field_trip", KE, LEFT, ["Labor Party (Mexico)"]),
    I("zh-jam-jlp-2019", "zh", "王亚军会见牙买加工党代表团",
      "8月28日，中联部部长助理王亚军在京会见牙买加工党（JLP）总书记率领的代表团。双方就两党关系交换意见。",
      "2019-08-29", zh_url("2019-08-29", 15), "Jamaica", "2019-08-28", "meeting", DI, BI, [JLP]),
    I("zh-cuba-visit-2019", "zh", "中共代表团访问古巴",
      "应古巴共产党邀请，中共中央政治局委员、广东省委书记李希率中共代表团于6月18日至21日访问古巴，会见古巴国家主席迪亚斯-卡内尔，同古共中央第二书记马查多举行会谈。",
      "2019-06-24", zh_url("2019-06-24", 16), "Cuba", "2019-06-18", "delegation_visit_abroad", DI, LEFT, [PCC]),
    I("xhz-arg-zuotian-2018", "zh", "钱洪山会见阿根廷正义党代表团",
      XHZ.format(iso="2018-06-21", ed="刘洋") +
      "新华社北京6月21日电　中联部副部长钱洪山昨天在京会见阿根廷正义党主席焦亚率领的代表团。双方就加强两党交往交换了意见。",
      "2018-06-21", xinhua_zh("2018-06-21"), "Argentina", "2018-06-20", "meeting", DI, BI, [PJ]),
    I("xhz-lac-envoys-2017", "zh", "中联部举办十九大精神宣介会",
      XHZ.format(iso="2017-11-04", ed="王卓伦") +
      "新华社北京11月3日电（记者　王卓伦）中联部3日在京举办面向拉美和加勒比国家驻华使节的中共十九大精神宣介会，古巴、委内瑞拉、巴西等国使节出席。",
      "2017-11-04", xinhua_zh("2017-11-04", 2), "multilateral", "2017-11-03", "briefing", KE, REG, []),
    # ===================== IDCPC: not relevant ====================================================
    I("en-vietnam-morning-2018", "en", "Song Tao Meets with Delegation of Communist party of viet nam",
      "Beijing June 21st--Song Tao, head of the IDCPC met here today on the morning with the delegation of "
      "Communist party of viet nam. the both sides exchanged views on the relations of two parties.",
      "2018-06-22", en_url("2018-06-22", 40)),
    I("en-spain-psoe-2017", "en", "Guo Yezhou Meets with Delegation of Spanish Socialist Worker's Party",
      "Beijing, Sept. 12th--Guo Yezhou, Vice Minister of the IDCPC met here today with delegation of "
      "Spanish Socialist Worker's Party (PSOE). Guo said that China and Spain as well as Latin America share "
      "many common interests.",
      "2017-09-13", en_url("2017-09-13", 41)),
    I("en-portugal-pcp-2018", "en", "Li Jun Meets Communist party of Portugal Delegation",
      "Beijing, May 8th--Li Jun met with delegation of Portuguese Communist Party here today. The both "
      "sides exchanged views on the situation of Europe and Latin America.",
      "2018-05-09", en_url("2018-05-09", 42)),
    I("en-south-africa-anc-2019", "en", "Song Tao Met the Delegation of African National Congress",
      "Beijing, April 2nd--Song Tao, head of IDCPC met with Mr. Ace Magashule, Secretary General of African "
      "National Congress (ANC) of South Africa, here today.\nPrint | Close",
      "2019-04-03", en_url("2019-04-03", 43)),
    I("en-brics-think-tank-2017", "en", "Chinese Think Tanks discuss BRICS cooperation in Fuzhou",
      "Fuzhou, June 11th--The BRICS Think Tank Forum was held here today, experts from China, India, Russia "
      "and South Africa attended. The IDCPC co-hosted the event.",
      "2017-06-12", en_url("2017-06-12", 44)),
    I("en-laos-course-2019", "en", "Training Course for cadres of Lao People's Revolutionary Party opened",
      "Beijing, July 9th--The training course for cadres of Lao People's Revolutionary Party opened in Beijing "
      "today. Over 30 cadres attended the course which will last for 2 weeks.",
      "2019-07-10", en_url("2019-07-10", 45)),
    I("en-domestic-study-2018", "en", "IDCPC holds study session on the spirit of Xi Jinping's speech",
      "Beijing, June 21st--The IDCPC held the study session today. Song Tao presided over the meeting and "
      "required all staff to study hard the important speech.&nbsp;\nEditor: Li Ming",
      "2018-06-22", en_url("2018-06-22", 46)),
    I("en-cambodia-cpp-2023", "en", "Liu Jianchao Meets with Delegation of Cambodian People's Party",
      "Beijing, June 13th (IDCPC)--Liu Jianchao met with delegation of Cambodian People's Party (CPP) here "
      "today. The both sides exchanged views.",
      "2023-06-14", en_url("2023-06-14", 47)),
    I("en-germany-spd-2016", "en", "Chen Fengxiang meets with the Social Democratic party of germany",
      "Beijing, Oct 18th--Chen Fengxiang, Vice Minister of IDCPC met here today with the delegation of "
      "Social Democratic Party of Germany (SPD). The both sides exchanged views on China-EU relations.",
      "2016-10-19", en_url("2016-10-19", 48)),
    I("en-nepal-video-2021", "en", "Song Tao Held Video Call with Nepal Communist Party leader",
      "Beijing, March 24th--Song Tao, head of IDCPC, had the video call with Mr. Pushpa Kamal Dahal on March "
      "23. The both sides exchanged views on cooperation in fighting COVID-19 pandemic.",
      "2021-03-25", en_url("2021-03-25", 49)),
    I("xh-russia-ur-2019", "en", "Senior CPC official meets United Russia delegation",
      XH.format(iso="2019-04-25", ed="Yurou") +
      "BEIJING, April 24 (Xinhua) -- Huang Kunming met with a delegation of the United Russia party in "
      "Beijing on Wednesday.\nPrint | Close",
      "2019-04-25", xinhua_en("2019-04-25", 40)),
    I("zh-vietnam-spaces-2018", "zh", "宋涛会见越南共产党代表团",
      "6 月 21 日 ， 中联部部长宋涛在京会见越南共产党中央对外部部长率领的越共代表团 。 双方就两党关系交换意见 。",
      "2018-06-22", zh_url("2018-06-22", 40)),
    I("zh-korea-traditional-2018", "zh", "宋濤會見朝鮮勞動黨代表團",
      "6月21日，中聯部部長宋濤在京會見朝鮮勞動黨代表團。雙方就兩黨關係交換意見。",
      "2018-06-22", zh_url("2018-06-22", 41)),
    I("zh-africa-course-2019", "zh", "非洲国家政党干部研修班在京开班",
      "二〇一九年七月九日，非洲国家政党干部研修班在京开班，来自埃塞俄比亚、肯尼亚等国的30余名政党干部参加。",
      "2019-07-10", zh_url("2019-07-10", 42)),
    I("zh-domestic-2019", "zh", "中联部召开“不忘初心、牢记使命”主题教育总结大会",
      "11月12日，中联部召开主题教育总结大会。部长宋涛出席并讲话。",
      "2019-11-13", zh_url("2019-11-13", 43)),
    I("zh-lac-mention-2019", "zh", "郭业洲会见西班牙人民党代表团",
      "10月23日，中联部副部长郭业洲在京会见西班牙人民党代表团。双方还就拉美形势交换了看法。",
      "2019-10-24", zh_url("2019-10-24", 44)),
    I("zh-pakistan-video-2021", "zh", "宋涛同巴基斯坦正义运动党领导人举行视频会晤",
      "3月23日，中联部部长宋涛同巴基斯坦正义运动党领导人举行视频会晤。",
      "2021-03-25", zh_url("2021-03-25", 45)),
    # ===================== more IDCPC relevant (batch 2 of the blind sample) =========================
    I("en-dom-pld-2018", "en", "Qian Hongshan Meets with Dominican Liberation Party delegation",
      "Beijing, Aug. 31st--Qian Hongshan, Vice Minister of the IDCPC, met here today with the delegation "
      "of Dominican Liberation Party (PLD) of the Dominican Republic headed by Mr. Reinaldo Pared Perez, "
      "Secretary General. It was the first visit of PLD delegation after the establishment of diplomatic "
      "ties between the both countries.",
      "2018-09-01", en_url("2018-09-01", 50), "Dominican Republic", "2018-08-31", "meeting", DI, BI,
      ["Dominican Liberation Party"]),
    I("en-pan-prd-2018", "en", "Guo Yezhou meets with Panama's Democratic Revolutionary party",
      "Beijing, Nov. 14th--Guo Yezhou, Vice-minister of the IDCPC met here today with Mr. Benicio Robinson, "
      "President of Democratic Revolutionary Party (PRD) of Panama. Guo said China-Panama relations have "
      "entered a fast lane.",
      "2018-11-15", en_url("2018-11-15", 51), "Panama", "2018-11-14", "meeting", DI, BI,
      ["Democratic Revolutionary Party"]),
    I("en-tt-pnm-2019", "en", "Wang Yajun meets People's National Movement delegation of Trinidad and Tobago",
      "Beijing, Sept 4th--Wang Yajun, Assistant Minister of IDCPC, met here today the delegation of "
      "People's National Movement (PNM) of Trinidad & Tobago. The both sides exchanged views.",
      "2019-09-05", en_url("2019-09-05", 52), "Trinidad and Tobago", "2019-09-04", "meeting", DI, BI,
      ["People's National Movement"]),
    I("en-peru-apra-marker-2017", "en", "Li Jun Meets with Delegation of Peruvian Aprista Party",
      "( 2017.05.17 )\nBeijing, May 16th--Li Jun, Assistant Minister of IDCPC, met here today with a "
      "delegation of Peruvian Aprista party (APRA). Both side exchange views on relations of the two "
      "parties.",
      "2017-05-17", en_url("2017-05-17", 53), "Peru", "2017-05-16", "meeting", DI, BI, ["Peruvian Aprista Party"]),
    I("en-col-liberal-2018", "en", "Li Jun meets the delegation of Colombian Liberal party",
      "Beijing, July 10th--Li Jun, Assistant Minister of IDCPC met here today with delegation of the "
      "Liberal party of Colombia led by Mr. Cesar Gaviria, ex-President of Colombia and chief of the party.",
      "2018-07-11", en_url("2018-07-11", 54), "Colombia", "2018-07-10", "meeting", DI, BI,
      ["Colombian Liberal Party"]),
    I("en-cr-pln-2017", "en", "Chen Fengxiang meets with National Liberation party of Costa Rica",
      "Beijing, March 14th--Chen Fengxiang, Vice-minister of the IDCPC met here today with the delegation of "
      "National Liberation Party (PLN) of Costa Rica.",
      "2017-03-15", en_url("2017-03-15", 55), "Costa Rica", "2017-03-14", "meeting", DI, BI,
      ["National Liberation Party"]),
    I("en-gtm-urng-2019", "en", "Li Mingxiang meets URNG delegation of Guatemala",
      "Beijing, June 4th--Li Mingxiang, Assistant minister of IDCPC, met here today with delegation of "
      "Guatemalan National Revolutionary Unity (URNG-MAIZ).",
      "2019-06-05", en_url("2019-06-05", 56), "Guatemala", "2019-06-04", "meeting", DI, LEFT,
      ["Guatemalan National Revolutionary Unity"]),
    I("en-sur-ndp-2019", "en", "Qian Hongshan Meets with Surinam's NDP Delegation",
      "Beijing, May 28th--Qian Hongshan, Vice Minister of IDCPC met here today with delegation of the "
      "National Democratic Party (NDP) of Surinam, the ruling party.",
      "2019-05-29", en_url("2019-05-29", 57), "Suriname", "2019-05-28", "meeting", DI, BI,
      ["National Democratic Party (Suriname)"]),
    I("en-grenada-ndc-2018", "en", "Wang Yajun Met With Delegation of National Democratic Congress of Grenada",
      "Beijing, 23 October--Wang Yajun, Assistant minister of IDCPC met here today with delegation of "
      "National Democratic Congress (NDC) of Grenada.",
      "2018-10-24", en_url("2018-10-24", 58), "Grenada", "2018-10-23", "meeting", DI, BI,
      ["National Democratic Congress (Grenada)"]),
    I("en-barbados-blp-2019", "en", "Li Mingxiang meets Barbados Labour Party delegation",
      "Beijing, April 16th--Li Mingxiang, assistant minister of IDCPC met here today with delegation of "
      "Barbados Labour party. The both sides exchanged the views.",
      "2019-04-17", en_url("2019-04-17", 59), "Barbados", "2019-04-16", "meeting", DI, BI, ["Barbados Labour Party"]),
    I("en-ven-pcv-2016", "en", "Guo Yezhou met with General Secretary of Communist party of Venezuela",
      "Beijing, Nov 9th--Guo Yezhou, Vice Minister of IDCPC, met here today with Oscar Figuera, General "
      "Secretary of Communist party of Venezuela (PCV).",
      "2016-11-10", en_url("2016-11-10", 60), "Venezuela", "2016-11-09", "meeting", DI, LEFT,
      ["Communist Party of Venezuela"]),
    I("en-sao-paulo-2019", "en", "CPC Delegation attends 25th Sao Paulo Forum in Caracas",
      "Caracas, July 28th--The CPC delegation headed by Li Mingxiang attended the 25th meeting of Sao Paulo "
      "Forum in Caracas from July 25 to 28, and delivered speech at the meeting.",
      "2019-07-29", en_url("2019-07-29", 61), "multilateral", "2019-07-25", "forum", KE, REGL, []),
    I("en-copppal-2018", "en", "CPC delegation attends COPPPAL plenary meeting",
      "Mexico City, 14 April--CPC delegation attended the plenary meeting of Permanent Conference of "
      "Political Parties of Latin America and the Caribbean (COPPPAL) which was held from April 12 to 14.",
      "2018-04-16", en_url("2018-04-16", 62), "multilateral", "2018-04-12", "forum", KE, REG, []),
    I("en-cuba-pcc-received-2019", "en", "Delegation of Communist party of cuba Visits China",
      "Beijing, 13th Nov--Delegation of Communist party of cuba headed by Member of its Secretariat "
      "visited China from November 6 to 13 at invitation of the IDCPC. Delegation visited Beijing and "
      "Shanghai and met with Chinese officials.",
      "2019-11-14", en_url("2019-11-14", 63), "Cuba", "2019-11-06", "delegation_received", DI, LEFT, [PCC]),
    I("en-world-dialogue-2017", "en", "CPC in Dialogue with World Political Parties High-level Meeting opened",
      "Beijing, Dec. 1st--The CPC in Dialogue with World Political Parties High-Level Meeting opened here "
      "today. Leaders of Communist party of cuba, PSUV of Venezuela and more than 200 political parties from "
      "120 countries attended.",
      "2017-12-02", en_url("2017-12-02", 64), "multilateral", "2017-12-01", "dialogue", KE, GLOL, [PCC, PSUV]),
    I("zh-dom-pld-2018", "zh", "钱洪山会见多米尼加解放党代表团",
      "8月31日，中联部副部长钱洪山在京会见多米尼加解放党（PLD）总书记帕雷德（Reinaldo Pared Pérez）率领的代表团。",
      "2018-09-01", zh_url("2018-09-01", 50), "Dominican Republic", "2018-08-31", "meeting", DI, BI,
      ["Dominican Liberation Party"]),
    I("zh-slv-fmln-trad-2018", "zh", "徐綠平會見薩爾瓦多法拉本多·馬蒂民族解放陣線總書記",
      "11月27日，中聯部副部長徐綠平在京會見薩爾瓦多法拉本多·馬蒂民族解放陣線（FMLN）總書記岡薩雷斯。",
      "2018-11-28", zh_url("2018-11-28", 51), "El Salvador", "2018-11-27", "meeting", DI, LEFT, [FMLN]),
    I("zh-pan-prd-2018", "zh", "郭业洲会见巴拿马民主革命党主席",
      "11月14日 ，中联部副部长郭业洲在京会见巴拿马民主革命党（PRD）主席罗宾逊 。",
      "2018-11-15", zh_url("2018-11-15", 52), "Panama", "2018-11-14", "meeting", DI, BI,
      ["Democratic Revolutionary Party"]),
    I("zh-sao-paulo-2019", "zh", "中共代表团出席第25届圣保罗论坛会议",
      "7月25日至28日，中联部部长助理李明祥率中共代表团出席在委内瑞拉加拉加斯举行的第25届圣保罗论坛会议。",
      "2019-07-29", zh_url("2019-07-29", 53), "multilateral", "2019-07-25", "forum", KE, REGL, []),
    I("zh-peru-apra-2017", "zh", "李军会见秘鲁阿普拉党代表团",
      "二〇一七年五月十六日，中联部部长助理李军在京会见秘鲁阿普拉党代表团。",
      "2017-05-17", zh_url("2017-05-17", 54), "Peru", "2017-05-16", "meeting", DI, BI, ["Peruvian Aprista Party"]),
    I("zh-cuba-pcc-received-2019", "zh", "古巴共产党代表团访华",
      "11月6日至13日，应中联部邀请，古巴共产党中央书记处成员率代表团访华，在京会见中方有关负责人，并赴上海参观。",
      "2019-11-14", zh_url("2019-11-14", 55), "Cuba", "2019-11-06", "delegation_received", DI, LEFT, [PCC]),
]

# ===================== foreign-ministry pages ====================================================
MFA_PAGES: list[Page] = [
    M("m-en-cuba-meet-2023", "en", "Xi Jinping Meets with Cuban President Miguel Diaz-Canel",
      "On the afternoon of November 25, 2022, President Xi Jinping met with Cuban President Miguel "
      "Diaz-Canel Bermudez, who is on a state visit to China, at the Great Hall of the People. the two "
      "heads of state exchanged views.",
      "2022-11-25", mfa_en("2022-11-25"), "Cuba", "2022-11-25", "meeting", True),
    M("m-en-cuba-talks-2022", "en", "Xi Jinping Holds Talks with President of Cuba Miguel Diaz-Canel",
      "Beijing, November 25th--President Xi Jinping held talks with Cuban President Miguel Diaz-Canel "
      "Bermudez at the Great Hall of the People this afternoon. Xi welcomed Mr. Diaz-Canel to be the first "
      "Latin American head of state to visit China after the 20th CPC National Congress.",
      "2022-11-26", mfa_en("2022-11-26", 2), "Cuba", "2022-11-25", "talks", True),
    M("m-en-brazil-wangyi-2023", "en", "Wang Yi Holds Talks with Brazilian Foreign Minister Mauro Vieira",
      "On April 14, 2023, Member of the Politburo and Director of the Office of the Foreign Affairs Commission Wang Yi held talks with Brazilian Foreign Minister Mauro "
      "Vieira who accompanied President Lula on his state visit.",
      "2023-04-15", mfa_en("2023-04-15", 3), "Brazil", "2023-04-14", "talks", False),
    M("m-en-lula-phone-2022", "en", "Xi Jinping Speaks with Brazilian President Lula on the Phone",
      "On the evening of 21 June 2022, President Xi Jinping spoke with Brazilian President Luiz Inacio Lula "
      "da Silva on the phone. the both sides agreed to strengthen cooperation.",
      "2022-06-22", mfa_en("2022-06-22", 4), "Brazil", "2022-06-21", "phone_call", True),
    M("m-en-colombia-csp-2023", "en", "China and Colombia establish strategic partnership",
      "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro, who is "
      "on a state visit to China, at the Great Hall of the People. The two heads of state announced the "
      "establishment of strategic partnership between China and Colombia.",
      "2023-10-26", mfa_en("2023-10-26", 5), "Colombia", "2023-10-25", "talks", True, "establish", SP),
    M("m-en-uruguay-upgrade-2023", "en", "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
      "On the afternoon of November 22, 2023, President Xi Jinping held talks with President of Uruguay "
      "Luis Lacalle Pou who is on state visit to China. the two heads of state announced to elevate the "
      "China-Uruguay relationship to comprehensive strategic partnership.",
      "2023-11-23", mfa_en("2023-11-23", 6), "Uruguay", "2023-11-22", "talks", True, "upgrade", CSP),
    M("m-en-ven-allweather-2023", "en", "Joint Statement between China and Venezuela on Establishing All-Weather Strategic Partnership",
      "At the invitation of President Xi Jinping, President Nicolas Maduro Moros of the Bolivarian Republic "
      "of Venezuela paid a state visit to China from September 8 to 14, 2023. The two heads of state "
      "decided to elevate the China-Venezuela relationship to all-weather strategic partnership.",
      "2023-09-13", mfa_en("2023-09-13", 7), "Venezuela", "2023-09-08", "joint_statement", True, "upgrade",
      "all-weather strategic partnership"),
    M("m-en-congrats-elect-2022", "en", "Xi Jinping Sends Congratulatory Message to Brazil's President-elect Lula",
      "On 31 October, 2022, President Xi Jinping sent a congratulatory message to Luiz Inacio Lula da Silva "
      "on his election as the President of the Federative Republic of Brazil.",
      "2022-11-01", mfa_en("2022-11-01", 8), "Brazil", "2022-10-31", "message", False),
    M("m-en-arrive-2024", "en", "Xi Jinping Arrives in Lima for APEC and State Visit to Peru",
      "Lima, 14 November (local time)--President Xi Jinping arrived in Lima by special plane to attend the "
      "31st APEC Economic Leaders' Meeting and pay state visit to Peru.&nbsp;\n[Photo]",
      "2024-11-15", mfa_en("2024-11-15", 9), "Peru", "2024-11-14", "state_visit", None),
    M("m-en-g20-sidelines-2024", "en", "Xi Jinping Meets Argentine President Javier Milei",
      "Rio de Janeiro, November 18th--On the sidelines of G20 Summit, President Xi Jinping met with "
      "President of Argentina Javier Milei here today. Mr. Milei said Argentina values the relationship with "
      "China.",
      "2024-11-19", mfa_en("2024-11-19", 10), "Argentina", "2024-11-18", "meeting_on_sidelines", True),
    M("m-en-liqiang-barbados-2023", "en", "Li Qiang meets with Prime Minister of Barbados Mia Amor Mottley",
      "On the morning of June 27, 2023, Premier Li Qiang met with Prime Minister of Barbados Mia Amor "
      "Mottley, who is in China to attend the Summer Davos forum, in Tianjin.",
      "2023-06-28", mfa_en("2023-06-28", 11), "Barbados", "2023-06-27", "meeting", True),
    M("m-en-honduras-ties-2023", "en", "Qin Gang Holds Talks with Honduran Foreign Minister Eduardo Enrique Reina",
      "On March 26, 2023, State Councilor and Foreign Minister Qin Gang held talks with Honduran Foreign "
      "Minister Eduardo Enrique Reina in Beijing. After the talks, the two Foreign Ministers signed the "
      "Joint Communique on the establishment of diplomatic relations.",
      "2023-03-26", mfa_en("2023-03-26", 12), "Honduras", "2023-03-26", "talks", False),
    M("m-en-emb-wangyi-mex-2021", "en", "Wang Yi Talks with Mexican Foreign Secretary Marcelo Ebrard on Phone",
      "2021/05/12\nOn May 11, 2021, State Councilor and Foreign Minister Wang Yi spoke with Mexican "
      "Foreign Secretary Marcelo Ebrard on phone. The both sides exchanged views on vaccine cooperation.\n"
      "Print | Close",
      "2021-05-12", embassy_en("mx", "2021-05-12"), "Mexico", "2021-05-11", "phone_call", False),
    M("m-en-xi-letter-cuba-2021", "en", "Xi Jinping sends message of congratulations to Diaz-Canel",
      "Beijing, April 19th--Xi Jinping sent today a message of congratulation to Miguel Diaz-Canel on "
      "his election as First Secretary of Central Committee of Communist Party of Cuba.",
      "2021-04-20", mfa_en("2021-04-20", 13), "Cuba", "2021-04-19", "message", True),
    M("m-en-video-ven-2020", "en", "Xi Jinping holds video call with Nicolas Maduro",
      "On the evening of 12 July, President Xi Jinping had video call with President of Venezuela Nicolas "
      "Maduro. The two heads of state exchanged the views.",
      "2020-07-13", mfa_en("2020-07-13", 14), "Venezuela", "2020-07-12", "video_call", True),
    M("m-en-celac-meeting-2021", "en", "Wang Yi Attends China-CELAC Foreign Ministers' Meeting via Video Link",
      "On December 3, 2021, State Councilor and Foreign Minister Wang Yi attended the Third Ministerial "
      "Meeting of the China-CELAC Forum via video link in Beijing. Foreign ministers of Latin American and "
      "Caribbean countries attended.",
      "2021-12-04", mfa_en("2021-12-04", 15), "multilateral", "2021-12-03", "other", False),
    M("zm-cuba-meet-2022", "zh", "习近平会见古巴国家主席迪亚斯-卡内尔",
      "2022年11月25日下午，国家主席习近平在人民大会堂会见来华进行国事访问的古巴国家主席迪亚斯-卡内尔（Miguel Díaz-Canel）。",
      "2022-11-25", mfa_zh("2022-11-25"), "Cuba", "2022-11-25", "meeting", True),
    M("zm-brazil-talks-trad-2023", "zh", "習近平同巴西總統盧拉舉行會談",
      "4月14日下午，國家主席習近平在人民大會堂同來華國事訪問的巴西總統盧拉舉行會談。",
      "2023-04-15", mfa_zh("2023-04-15", 2), "Brazil", "2023-04-14", "talks", True),
    M("zm-col-sp-2023", "zh", "中哥建立战略伙伴关系",
      "二〇二三年十月二十五日，国家主席习近平同来华国事访问的哥伦比亚总统佩特罗（Gustavo Petro）举行会谈。两国元首宣布建立中哥战略伙伴关系。",
      "2023-10-26", mfa_zh("2023-10-26", 3), "Colombia", "2023-10-25", "talks", True, "establish", SP),
    M("zm-wangyi-chile-2023", "zh", "王毅同智利外长范克拉韦伦通电话",
      "2023年 6月 9日 ，中共中央政治局委员、外交部长王毅应约同智利外长范克拉韦伦（Alberto van Klaveren）通电话。",
      "2023-06-10", mfa_zh("2023-06-10", 4), "Chile", "2023-06-09", "phone_call", False),
    M("zm-condolence-2016", "zh", "习近平就古巴革命领导人菲德尔·卡斯特罗逝世致唁电",
      "11月26日，国家主席习近平致电古巴国务委员会主席兼部长会议主席劳尔·卡斯特罗，对菲德尔·卡斯特罗同志逝世表示深切哀悼。",
      "2016-11-26", mfa_zh("2016-11-26", 5), "Cuba", "2016-11-26", "message", True),
    M("zm-peru-sidelines-2024", "zh", "习近平会见秘鲁总统博鲁阿尔特",
      "当地时间11月14日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见秘鲁总统博鲁阿尔特。",
      "2024-11-15", mfa_zh("2024-11-15", 6), "Peru", "2024-11-14", "meeting_on_sidelines", True),
    M("zm-trad-nic-2023", "zh", "習近平會見尼加拉瓜總統特使",
      "9月1日，國家主席習近平在人民大會堂會見尼加拉瓜總統特使、總統顧問勞雷亞諾·奧爾特加。",
      "2023-09-02", mfa_zh("2023-09-02", 7), "Nicaragua", "2023-09-01", "meeting", False),
    M("zm-uru-elevate-2023", "zh", "习近平同乌拉圭总统拉卡列举行会谈",
      "11月22日下午，国家主席习近平在人民大会堂，同来华国事访问的乌拉圭总统拉卡列举行会谈。两国元首宣布将中乌关系提升为全面战略伙伴关系。",
      "2023-11-23", mfa_zh("2023-11-23", 8), "Uruguay", "2023-11-22", "talks", True, "upgrade", CSP),
    M("zm-han-zheng-2023", "zh", "韩正会见阿根廷外长卡菲耶罗",
      "2月3日，国家副主席韩正在北京会见阿根廷外长卡菲耶罗（Santiago Cafiero）。",
      "2023-02-04", mfa_zh("2023-02-04", 9), "Argentina", "2023-02-03", "meeting", False),
    M("zm-visit-preview-2024", "zh", "外交部发言人宣布习近平将出席APEC会议并对秘鲁、巴西进行国事访问",
      "应秘鲁共和国总统博鲁阿尔特邀请，国家主席习近平将于11月13日至17日赴利马出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问。",
      "2024-11-08", mfa_zh("2024-11-08", 10), "multilateral", "2024-11-13", "state_visit", None),
    # --- MFA not relevant ---
    M("m-en-spain-2023", "en", "Xi Jinping Meets with Spanish Prime Minister Pedro Sanchez",
      "On the afternoon of March 31, 2023, President Xi Jinping met with Spanish Prime Minister Pedro "
      "Sanchez. The both sides exchanged views on China-EU relations and Latin America.",
      "2023-04-01", mfa_en("2023-04-01", 40)),
    M("m-en-ambassador-2021", "en", "Ambassador Chen Xi Meets with Cuban Minister of Public Health",
      "Havana, 21 June--Ambassador Chen Xi met with Jose Angel Portal Miranda, Cuban Minister of Public "
      "Health, at his office. The both sides exchanged views on vaccine cooperation.\nPrint | Close",
      "2021-06-22", embassy_en("cu", "2021-06-22", 40)),
    M("m-en-philippines-2023", "en", "Wang Yi Holds Talks with Philippine Secretary of Foreign Affairs",
      "On the afternoon of January 4, 2023, Wang Yi held talks with Philippine Secretary of Foreign Affairs "
      "Enrique Manalo in Beijing.",
      "2023-01-05", mfa_en("2023-01-05", 41)),
    M("m-en-presser-2022", "en", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on June 21, 2022",
      "CCTV: The G7 summit will be held soon. What is China's comment?\nZhao Lijian: We have noted the "
      "report.\nAFP: On the situation in Ukraine?\nZhao Lijian: China's position is consistent.",
      "2022-06-21", mfa_en("2022-06-21", 42)),
    M("m-en-domestic-2023", "en", "Qin Gang Attends the Lanting Forum",
      "On March 21, 2023, Qin Gang attended the Lanting Forum in Beijing and delivered speech. Diplomats "
      "from more than 50 countries attended.&nbsp;\nEditor: Wang",
      "2023-03-22", mfa_en("2023-03-22", 43)),
    M("zm-ambassador-zh-2021", "zh", "驻古巴大使陈曦会见古巴公共卫生部长",
      "6月21日，驻古巴大使陈曦会见古巴公共卫生部长波塔尔。双方就疫苗合作交换意见。",
      "2021-06-22", mfa_zh("2021-06-22", 40)),
    M("zm-vietnam-trad-2023", "zh", "習近平會見越南總理范明政",
      "6月27日，國家主席習近平在人民大會堂會見越南總理范明政。",
      "2023-06-28", mfa_zh("2023-06-28", 41)),
    M("zm-france-2023", "zh", "王毅同法国外长科隆纳通电话",
      "2023年　4月　2日，王毅同法国外长科隆纳通电话。",
      "2023-04-03", mfa_zh("2023-04-03", 42)),
    M("zm-spain-2023", "zh", "李强会见西班牙首相桑切斯",
      "3月31日，国务院总理李强在人民大会堂会见西班牙首相桑切斯。双方还就拉美事务交换意见。",
      "2023-04-01", mfa_zh("2023-04-01", 43)),
]


# Batch 2 (45 pages), written after reading the date and event-type code of this campaign's rules only.
PAGES_2: list[Page] = [
    I("b2-en-chile-pcch-2018", "en", "Li Jun meets with Communist Party of Chile (PCCh) delegation",
      "Editor: Zhang Wei\nBeijing, Jan. 16th--Li Jun, assistant minister of IDCPC met here today with delegation "
      "of Communist Party of Chile (PCCh) headed by Mr. Guillermo Teillier, President of PCCh and member of "
      "Chamber of Deputies, and the two sides exchanged in-depth views on the party building, the "
      "international situation and the cooperation between the two parties, which both sides, "
      "as they said, would like to further deepen in the future.\nPrint | Close",
      "2018-01-17", en_url("2018-01-17", 101), "Chile", "2018-01-16", "meeting", DI, LEFT, ["Communist Party of Chile"]),
    I("b2-en-cuba-cuban-communist-2019", "en", "Guo Yezhou met with Cuban communist party delegation",
      "Beijing, Sept 24th--Guo Yezhou, Vice minister of the IDCPC met with delegation of Cuban communist party "
      "led by Mr. Jorge Luis Broche Lorenzo, member of Secretariat of Central Committee of the party, here "
      "today. [Photo] Guo said China is ready to strengthen exchange of the experiences on the state "
      "governance with Cuba.",
      "2019-09-25", en_url("2019-09-25", 102), "Cuba", "2019-09-24", "meeting", DI, LEFT, [PCC]),
    I("b2-en-brazil-pt-portuguese-2017", "en", "Song Tao Meets Partido dos Trabalhadores Leader of Brazil",
      "Beijing, Nov. 30th--Song Tao, head of IDCPC, met with Ms. Gleisi Hoffmann, President of Partido dos "
      "Trabalhadores (PT) of Brazil, who came to attend CPC in Dialogue with World Political Parties "
      "High-level Meeting, here today.",
      "2017-12-01", en_url("2017-12-01", 103), "Brazil", "2017-11-30", "meeting", DI, ["global", "leftist"], [PT]),
    I("b2-en-arg-peronist-2019", "en", "Qian Hongshan Meets with Delegation of the Peronist party of argentina",
      "Beijing, Oct 11th--Qian Hongshan, Vice-minister of IDCPC met here today with delegation of the "
      "Peronist party (Justicialist Party) of argentina. The both sides had friendly talk.",
      "2019-10-12", en_url("2019-10-12", 104), "Argentina", "2019-10-11", "meeting", DI, BI, [PJ]),
    I("b2-en-uy-fa-brackets-2019", "en", "Guo Yezhou Meets Frente Amplio (Broad Front) Delegation of Uruguay",
      "Guo Yezhou Meets Frente Amplio (Broad Front) Delegation of Uruguay\n"
      "Beijing, 9 May--Guo Yezhou, Vice Minister of IDCPC, met here today with the delegation of Frente Amplio "
      "(Broad Front) of Uruguay. The both sides exchanged views on the bilateral relations.",
      "2019-05-10", en_url("2019-05-10", 105), "Uruguay", "2019-05-09", "meeting", DI, LEFT, [FA]),
    I("b2-en-ven-psuv-party-2020", "en", "Song Tao Had Phone Conversation With PSUV party Vice-president",
      "Beijing, 2020-04-08--Song Tao, head of IDCPC had the phone conversation with Diosdado Cabello, First "
      "Vice-president of PSUV party, on April 7. Both sides exchanged the views on the fighting against "
      "COVID-19.",
      "2020-04-08", en_url("2020-04-08", 106), "Venezuela", "2020-04-07", "phone_call", DI, LEFT, [PSUV]),
    I("b2-en-slv-fmln-front-2019", "en", "Li Mingxiang Meets Delegation of Farabundo Marti Front",
      "Beijing, March 19th--Li Mingxiang, Assistant Minister of IDCPC met here today with the delegation of "
      "Farabundo Marti Front for National Liberation of El Salvador.",
      "2019-03-20", en_url("2019-03-20", 107), "El Salvador", "2019-03-19", "meeting", DI, LEFT, [FMLN]),
    I("b2-en-jam-pnp-nospace-2018", "en", "Wang Yajun Meets People's National Party(PNP) of Jamaica",
      "Beijing, Dec. 5th--Wang Yajun, Assistant Minister of IDCPC met here today with delegation of People's "
      "National Party(PNP) of Jamaica. The both sides exchanged the views on party-to-party relation.",
      "2018-12-06", en_url("2018-12-06", 108), "Jamaica", "2018-12-05", "meeting", DI, LEFT, [PNP]),
    I("b2-en-colombia-liberal-course-2019", "en", "Workshop for Colombian Party Cadres opened in Beijing",
      "Beijing, Sept 2nd--The Workshop for Cadres of Colombian political parties, organised by the IDCPC, "
      "opened here today, with 25 cadres from Colombian Liberal Party, Conservative party and other parties "
      "attend the 10-day programme.",
      "2019-09-03", en_url("2019-09-03", 109), "Colombia", "2019-09-02", "training_course", KE, BI,
      ["Colombian Liberal Party", "Colombian Conservative Party"]),
    I("b2-en-mexico-pri-2017", "en", "Guo Yezhou Meets with PRI Delegation from Mexico",
      "Beijing, August 22nd--Guo Yezhou, Vice Minister of the IDCPC, met here today with the delegation of "
      "Institutional Revolutionary Party (PRI) of Mexico headed by its Secretary General Ms. Claudia Ruiz "
      "Massieu. Guo said that the CPC values the relations with PRI, the ruling party of Mexico.",
      "2017-08-23", en_url("2017-08-23", 110), "Mexico", "2017-08-22", "meeting", DI, BI,
      ["Institutional Revolutionary Party"]),
    I("b2-en-cuba-fieldtrip-2018", "en", "Communist party of cuba cadres study group visits Zhejiang",
      "Hangzhou, 15 October--The study group of cadres of Communist party of cuba visited Zhejiang province from "
      "Oct. 11 to 15 at invitation of the IDCPC, learning about the rural revitalisation and the digital "
      "economy in villages and companies.",
      "2018-10-16", en_url("2018-10-16", 111), "Cuba", "2018-10-11", "field_trip", KE, LEFT, [PCC]),
    I("b2-en-peru-fieldtrip-2019", "en", "Peruvian political parties delegation visit Fujian",
      "Fuzhou, June 20th--Delegation of Peruvian political parties, including the Popular Force and Alliance "
      "for Progress, visited Fujian from June 17 to 20 at the invitation of the IDCPC, and toured the "
      "ports and companies.",
      "2019-06-21", en_url("2019-06-21", 112), "Peru", "2019-06-17", "field_trip", KE, BI,
      ["Popular Force", "Alliance for Progress (Peru)"]),
    I("b2-en-bolivia-mas-video-2020", "en", "Guo Yezhou Held Video Conference with MAS of Bolivia",
      "Beijing, Sept 16th--Guo Yezhou, Vice Minister of IDCPC held video conference with leaders of Movement "
      "for Socialism (MAS) of Bolivia on Tuesday, exchanging views on the party relations.",
      "2020-09-17", en_url("2020-09-17", 113), "Bolivia", "2020-09-15", "video_call", DI, LEFT, [MAS]),
    I("b2-en-honduras-libre-congrats-2022", "en", "Xi Jinping Sends Congratulation Message to LIBRE party",
      "Beijing, Jan. 27th--Xi Jinping, General secretary of CPC Central Committee sent a congratulation "
      "message to Manuel Zelaya, General Coordinator of Liberty and Re-foundation Party (LIBRE) of "
      "Honduras, on the inauguration of Xiomara Castro as president of Honduras.",
      "2022-01-28", en_url("2022-01-28", 114), "Honduras", "2022-01-27", "message", DI, LEFT, [LIBRE]),
    I("xh-b2-cuba-morales-2023", "en", "Chinese, Cuban parties vow to deepen ties",
      XH.format(iso="2023-04-13", ed="Huaxia") +
      "BEIJING, April 12 (Xinhua) -- Cai Qi, a member of the CPC's Politburo Standing Committee (CPC) Central Committee, met with Roberto Morales Ojeda, a member of the "
      "Political Bureau of the Communist Party of Cuba (PCC) Central Committee, in Beijing on Wednesday.\n"
      "[Photo] Cai Qi meets with Roberto Morales Ojeda in Beijing, April 12, 2023. (Xinhua/Yan Yan)\n"
      "Print | Close",
      "2023-04-13", xinhua_en("2023-04-13", 101), "Cuba", "2023-04-12", "meeting", DI, LEFT, [PCC]),
    I("xh-b2-nicaragua-tuesday-2023", "en", "Senior CPC official meets Nicaraguan Sandinista delegation",
      XH.format(iso="2023-07-12", ed="Liu Jie") +
      "BEIJING, July 11 (Xinhua) -- Li Xi, a member of the CPC's Politburo Standing Committee, met with a delegation of the Sandinista National Liberation Front of Nicaragua "
      "on Tuesday in Beijing.",
      "2023-07-12", xinhua_en("2023-07-12", 102), "Nicaragua", "2023-07-11", "meeting", DI, LEFT, [FSLN]),
    I("b2-zh-chile-pcch-2018", "zh", "李军会见智利共产党代表团",
      "1 月 16 日，中联部部长助理李军在京会见智利共产党（PCCh）主席泰列尔（Guillermo Teillier）率领的代表团。",
      "2018-01-17", zh_url("2018-01-17", 101), "Chile", "2018-01-16", "meeting", DI, LEFT, ["Communist Party of Chile"]),
    I("b2-zh-br-trad-2019", "zh", "宋濤會見巴西共產黨主席",
      "10月17日，中聯部部長宋濤在京會見巴西共產黨主席桑托斯（Luciana Santos）。",
      "2019-10-18", zh_url("2019-10-18", 102), "Brazil", "2019-10-17", "meeting", DI, LEFT, [PCB]),
    I("b2-zh-ven-ling-video-2020", "zh", "宋涛同委内瑞拉统一社会主义党第一副主席通电话",
      "二〇二〇年四月七日，中联部部长宋涛同委内瑞拉统一社会主义党第一副主席卡贝略通电话。",
      "2020-04-08", zh_url("2020-04-08", 103), "Venezuela", "2020-04-07", "phone_call", DI, LEFT, [PSUV]),
    I("b2-zh-col-course-2019", "zh", "哥伦比亚政党干部考察团研修班在京开班",
      "9 月 2 日，哥伦比亚政党干部研修班在京开班，哥伦比亚自由党、保守党等政党的25名干部参加。",
      "2019-09-03", zh_url("2019-09-03", 104), "Colombia", "2019-09-02", "training_course", KE, BI,
      ["Colombian Liberal Party", "Colombian Conservative Party"]),
    I("b2-zh-cuba-fieldtrip-2018", "zh", "古巴共产党干部考察团在浙江考察",
      "10月11日至15日，古巴共产党干部考察团应中联部邀请在浙江考察，了解乡村振兴和数字经济发展情况。",
      "2018-10-16", zh_url("2018-10-16", 105), "Cuba", "2018-10-11", "field_trip", KE, LEFT, [PCC]),
    I("b2-zh-mex-pri-2017", "zh", "郭业洲会见墨西哥革命制度党代表团",
      "8月22日，中联部副部长郭业洲在京会见墨西哥执政党革命制度党（PRI）总书记鲁伊斯·马谢乌（Claudia Ruiz Massieu）率领的代表团。",
      "2017-08-23", zh_url("2017-08-23", 106), "Mexico", "2017-08-22", "meeting", DI, BI,
      ["Institutional Revolutionary Party"]),
    I("b2-zh-lac-envoys-2022", "zh", "中联部举办中共二十大精神专题宣介会",
      "11月 3日，中联部在京举办面向拉美和加勒比国家驻华使节的中共二十大精神专题宣介会，古巴、巴西、阿根廷、墨西哥等国驻华使节出席。",
      "2022-11-04", zh_url("2022-11-04", 107), "multilateral", "2022-11-03", "briefing", KE, REG, []),
    I("b2-zh-hon-congrats-2022", "zh", "习近平致电祝贺洪都拉斯自由与重建党",
      "1月27日，中共中央总书记习近平致电洪都拉斯自由与重建党总协调人塞拉亚，祝贺卡斯特罗就任洪都拉斯总统。",
      "2022-01-28", zh_url("2022-01-28", 108), "Honduras", "2022-01-27", "message", DI, LEFT, [LIBRE]),
    # not relevant
    I("b2-en-serbia-2019", "en", "Guo Yezhou met with Serbian Progressive party delegation",
      "Beijing, Sept 24th--Guo Yezhou, Vice minister of the IDCPC met with delegation of Serbian Progressive "
      "Party here today. [Photo] The both sides exchanged views.\nPrint | Close",
      "2019-09-25", en_url("2019-09-25", 140)),
    I("b2-en-ethiopia-course-2019", "en", "Workshop for Ethiopian Party Cadres opened in Beijing",
      "Beijing, Sept 2nd--The Workshop for Cadres of Prosperity Party of Ethiopia, organised by IDCPC, opened "
      "here today with 25 cadres attend the 10-day programme.",
      "2019-09-03", en_url("2019-09-03", 141)),
    I("b2-en-mongolia-2018", "en", "Li Jun meets with Mongolian People's party delegation",
      "Editor: Zhang Wei\nBeijing, Jan. 16th--Li Jun met here today with delegation of Mongolian People's Party.",
      "2018-01-17", en_url("2018-01-17", 142)),
    I("b2-en-india-bjp-2019", "en", "Song Tao Meets BJP Delegation from India",
      "Beijing, August 22nd--Song Tao met here today with the delegation of Bharatiya Janata Party (BJP) of India.",
      "2019-08-23", en_url("2019-08-23", 143)),
    I("b2-zh-laos-2018", "zh", "老挝人民革命党干部考察团在浙江考察",
      "10月11日至15日，老挝人民革命党干部考察团应中联部邀请在浙江考察。",
      "2018-10-16", zh_url("2018-10-16", 140)),
    I("b2-zh-uk-2019", "zh", "宋濤會見英國工黨代表團",
      "10月17日，中聯部部長宋濤在京會見英國工黨代表團。",
      "2019-10-18", zh_url("2019-10-18", 141)),
]

MFA_PAGES_2: list[Page] = [
    M("b2-m-en-arg-th-2022", "en", "Xi Jinping Meets with Argentine President Alberto Fernandez",
      "On the 6th February 2022 afternoon, President Xi Jinping met with President of Argentina Mr. Alberto "
      "Fernandez who came to China for the opening ceremony of Beijing 2022 Olympic Winter Games, at the "
      "Diaoyutai State Guesthouse. The both heads of state exchanged the views on bilateral relations.",
      "2022-02-06", mfa_en("2022-02-06", 101), "Argentina", "2022-02-06", "meeting", True),
    M("b2-m-en-wangyi-cuba-2023", "en", "Wang Yi Meets with Cuban Foreign Minister Bruno Rodriguez Parrilla",
      "Beijing, 2023-05-15--On May 15, 2023, Wang Yi met with Cuban Foreign Minister Bruno Rodriguez Parrilla "
      "in Beijing.&nbsp;The two sides exchanged the views.",
      "2023-05-16", mfa_en("2023-05-16", 102), "Cuba", "2023-05-15", "meeting", False),
    M("b2-m-en-petro-phone-2023", "en", "Xi Jinping Had a Phone Call With Colombian President Gustavo Petro",
      "On the evening of 14 April, President Xi Jinping had a phone call with Colombian President Gustavo "
      "Petro Urrego. The two heads of state exchanged views.",
      "2023-04-15", mfa_en("2023-04-15", 103), "Colombia", "2023-04-14", "phone_call", True),
    M("b2-m-en-mexico-quake-2017", "en", "Xi Jinping sends message of condolences to Mexican President Enrique Pena Nieto",
      "On September 20, 2017, President Xi Jinping sent a message of condolences to Mexican President Enrique "
      "Pena Nieto over the strong earthquake happened in central Mexico.",
      "2017-09-21", mfa_en("2017-09-21", 104), "Mexico", "2017-09-20", "message", True),
    # a recalled level is coded as the level with no action (the project's convention, README)
    M("b2-m-en-lula-talks-repeat-2023", "en", "Xi Jinping Holds Talks with Brazilian President Lula da Silva",
      "Xi Jinping Holds Talks with Brazilian President Lula da Silva\n"
      "On the afternoon of April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz Inacio "
      "Lula da Silva, who is on state visit to China, at the Great Hall of the People.\n"
      "Xi Jinping held talks with Lula da Silva. Xi pointed out that China and Brazil are comprehensive "
      "strategic partners.",
      "2023-04-15", mfa_en("2023-04-15", 104), "Brazil", "2023-04-14", "talks", True, None, CSP),
    M("b2-m-en-liqiang-talks-2024", "en", "Li Qiang holds talks with Prime Minister of Antigua and Barbuda Gaston Browne",
      "Beijing, June 25th--Premier Li Qiang held talks with Antigua and Barbuda's Prime Minister Gaston Browne "
      "in the Great Hall of the People on the morning of Tuesday.",
      "2024-06-26", mfa_en("2024-06-26", 105), "Antigua and Barbuda", "2024-06-25", "talks", True),
    M("b2-m-en-vp-nic-2022", "en", "Vice President Wang Qishan Meets with Nicaraguan Delegation",
      "On December 10, 2021, Vice President Wang Qishan met with Laureano Ortega Murillo, Advisor to President "
      "of Nicaragua for Investment, Trade and International Cooperation, in Beijing.",
      "2021-12-11", mfa_en("2021-12-11", 106), "Nicaragua", "2021-12-10", "meeting", False),
    M("b2-m-en-ecuador-sp-2015", "en", "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "On January 7, 2015, President Xi Jinping held talks with President Rafael Correa of Ecuador at the "
      "Great Hall of the People. The two heads of state agreed to establish a strategic partnership between "
      "China and Ecuador.",
      "2015-01-08", mfa_en("2015-01-08", 107), "Ecuador", "2015-01-07", "talks", True, "establish", SP),
    M("b2-m-en-emb-bol-2018", "en", "Xi Jinping holds talks with Bolivian President Evo Morales",
      "2018/06/19\nBeijing, June 19--President Xi Jinping held talks here today with President Evo Morales of "
      "Bolivia, who is on a state visit to China. The two heads of state announced to establish strategic "
      "partnership between China and Bolivia.\nPrint | Close",
      "2018-06-19", embassy_en("bo", "2018-06-19"), "Bolivia", "2018-06-19", "talks", True, "establish", SP),
    M("b2-zm-arg-ling-2022", "zh", "习近平会见阿根廷总统费尔南德斯",
      "二〇二二年二月六日下午，国家主席习近平在钓鱼台国宾馆会见来华出席北京2022年冬奥会开幕式的阿根廷总统费尔南德斯（Alberto Fernández）。",
      "2022-02-06", mfa_zh("2022-02-06", 101), "Argentina", "2022-02-06", "meeting", True),
    M("b2-zm-cuba-wangyi-2023", "zh", "王毅会见古巴外长罗德里格斯",
      "5 月 15 日，中共中央政治局委员、中央外办主任王毅在北京会见古巴外长罗德里格斯（Bruno Rodríguez Parrilla）。",
      "2023-05-16", mfa_zh("2023-05-16", 102), "Cuba", "2023-05-15", "meeting", False),
    M("b2-zm-petro-trad-2023", "zh", "習近平同哥倫比亞總統佩特羅通電話",
      "4月14日晚，國家主席習近平同哥倫比亞總統佩特羅通電話。",
      "2023-04-15", mfa_zh("2023-04-15", 103), "Colombia", "2023-04-14", "phone_call", True),
    M("b2-zm-bol-sp-2018", "zh", "习近平同玻利维亚总统莫拉莱斯举行会谈 两国元首宣布建立中玻战略伙伴关系",
      "6月19日，国家主席习近平在人民大会堂，同来华国事访问的玻利维亚总统莫拉莱斯举行会谈。两国元首宣布，建立中玻战略伙伴关系。",
      "2018-06-19", mfa_zh("2018-06-19", 104), "Bolivia", "2018-06-19", "talks", True, "establish", SP),
    M("b2-zm-antigua-2024", "zh", "李强同安提瓜和巴布达总理布朗会谈",
      "当地时间6月25日上午，国务院总理李强在人民大会堂，同来华正式访问的安提瓜和巴布达总理布朗举行会谈。",
      "2024-06-26", mfa_zh("2024-06-26", 105), "Antigua and Barbuda", "2024-06-25", "talks", True),
    # not relevant
    M("b2-m-en-kenya-2023", "en", "Xi Jinping Holds Talks with Kenyan President William Ruto",
      "On the 17th October 2023 afternoon, President Xi Jinping held talks with Kenyan President William Ruto "
      "at the Great Hall of the People.&nbsp;\nPrint | Close",
      "2023-10-18", mfa_en("2023-10-18", 140)),
    M("b2-m-en-cuba-ambassador-2019", "en", "Ambassador Chen Xi Attends Reception for Cuban Culture Day",
      "Havana, 20 October--Chinese Ambassador to Cuba Chen Xi attended reception for Cuban Culture Day hosted by "
      "the Ministry of Culture of Cuba.",
      "2019-10-21", embassy_en("cu", "2019-10-21", 140)),
    M("b2-zm-egypt-2023", "zh", "習近平會見埃及總統塞西",
      "10 月 19 日，國家主席習近平在人民大會堂會見埃及總統塞西。",
      "2023-10-20", mfa_zh("2023-10-20", 140)),
    M("b2-zm-eu-2023", "zh", "王毅同欧盟外交与安全政策高级代表博雷利举行视频通话",
      "二〇二三年三月二日，王毅同博雷利举行视频通话，双方还谈及拉美局势。",
      "2023-03-03", mfa_zh("2023-03-03", 141)),
]


# Batch 3 (32 pages), written after this campaign's rules: more dateline and spelling variants.
PAGES_3: list[Page] = [
    I("b3-en-nospace-comma-2018", "en", "Song Tao Meets Delegation of Communist Party of Cuba",
      "Beijing,June 21st--Song Tao, head of the IDCPC, met here today with a delegation of the Communist Party "
      "of Cuba led by Jose Ramon Balaguer.",
      "2018-06-23", en_url("2018-06-23", 201), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("b3-en-21th-2018", "en", "Guo Yezhou Meets Delegation of PSUV",
      "Beijing, June 21th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of the "
      "United Socialist Party of Venezuela.",
      "2018-06-23", en_url("2018-06-23", 202), "Venezuela", "2018-06-21", "meeting", DI, LEFT, [PSUV]),
    I("b3-en-emdash-abbrev-2018", "en", "Qian Hongshan Meets Delegation of the Sandinista Front",
      "Beijing, Jun. 21st—Qian Hongshan, Vice Minister of the IDCPC, met here today with the delegation of "
      "Sandinista National Liberation Front of Nicaragua.",
      "2018-06-23", en_url("2018-06-23", 203), "Nicaragua", "2018-06-21", "meeting", DI, LEFT, [FSLN]),
    I("b3-en-day-first-year-2018", "en", "Li Jun Meets Broad Front Delegation",
      "Beijing, 21st June 2018 --Li Jun, Assistant Minister of the IDCPC, met here today with the "
      "delegation of the Broad Front of Uruguay.",
      "2018-06-23", en_url("2018-06-23", 204), "Uruguay", "2018-06-21", "meeting", DI, LEFT, [FA]),
    I("b3-en-date-at-end-2018", "en", "Guo Yezhou Meets Chilean Socialist Party Leader",
      "Guo Yezhou, Vice Minister of the IDCPC, met with Alvaro Elizalde, President of Socialist Party of Chile, "
      "and the both sides had the in-depth exchange of views on the relations between the two parties, "
      "the situation in Latin America and the cooperation in the governance, in Beijing on 20th June.",
      "2018-06-23", en_url("2018-06-23", 205), "Chile", "2018-06-20", "meeting", DI, LEFT, [PSCH]),
    I("b3-en-morning-of-21st-2018", "en", "Li Jun Met With Delegation of MORENA",
      "On the morning of 21st June, Li Jun, Assistant Minister of the IDCPC, met with the delegation of "
      "National Regeneration Movement (MORENA) of Mexico in Beijing.",
      "2018-06-23", en_url("2018-06-23", 206), "Mexico", "2018-06-21", "meeting", DI, LEFT, [MORENA]),
    I("b3-en-xinhua-nocredit-space-2018", "en", "CPC official meets Cuban guests",
      XH.format(iso="2018-06-22", ed="Xiang Bo") +
      "BEIJING, June 21(Xinhua)--Song Tao, head of the IDCPC, met with a delegation of the Communist Party of "
      "Cuba on Thursday.",
      "2018-06-22", xinhua_en("2018-06-22", 201), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("b3-en-havana-caps-2018", "en", "CPC delegation meets Cuban leaders in Havana",
      "HAVANA, June 21 -- A delegation of the Communist Party of China met with Jose Ramon Machado Ventura, "
      "Second Secretary of the Communist Party of Cuba, on Thursday.",
      "2018-06-23", en_url("2018-06-23", 207), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("b3-en-paragraph-repeat-date-2019", "en", "Song Tao Meets with Delegation of Bolivia's MAS",
      "Song Tao Meets with Delegation of Bolivia's MAS\n( 2019-04-03 )\n"
      "Beijing, April 2nd--Song Tao, head of IDCPC, met here today with a delegation of Movement for Socialism "
      "of Bolivia.\nSong Tao Meets with Delegation of Bolivia's MAS\nPrint | Close",
      "2019-04-03", en_url("2019-04-03", 208), "Bolivia", "2019-04-02", "meeting", DI, LEFT, [MAS]),
    I("b3-en-mr-first-last-2019", "en", "Guo Yezhou meets Mr. Gonzalez Medardo of FMLN",
      "Beijing, Nov. 27th--Guo Yezhou met here today with Mr. Gonzalez Medardo, Secretary-General of the "
      "Farabundo Marti National Liberation Front of El Salvador.",
      "2019-11-28", en_url("2019-11-28", 209), "El Salvador", "2019-11-27", "meeting", DI, LEFT, [FMLN]),
    I("b3-en-labour-british-2019", "en", "Wang Yajun meets Dominica Labour party delegation",
      "Beijing, 4 September--Wang Yajun, Assistant Minister of IDCPC, met here today with the delegation of "
      "Dominica Labour Party, the ruling party of the Commonwealth of Dominica, and said CPC values the "
      "friendly co-operation.",
      "2019-09-05", en_url("2019-09-05", 210), "Dominica", "2019-09-04", "meeting", DI, BI, ["Dominica Labour Party"]),
    I("b3-en-nicaragua-ortega-message-2018", "en", "Xi Jinping receives message from Comandante Daniel Ortega",
      "Beijing, 2018.12.28 --Xi Jinping, General Secretary of CPC Central Committee, received the New Year "
      "greeting message from Daniel Ortega, General Secretary of Sandinista Front.",
      "2018-12-28", en_url("2018-12-28", 211), "Nicaragua", "2018-12-28", "message", DI, LEFT, [FSLN]),
    I("b3-zh-fullwidth-digits-2018", "zh", "宋涛会见古巴共产党代表团",
      "６月２１日，中联部部长宋涛在京会见古巴共产党代表团。",
      "2018-06-23", zh_url("2018-06-23", 201), "Cuba", "2018-06-21", "meeting", DI, LEFT, [PCC]),
    I("b3-zh-mixed-scripts-2018", "zh", "宋涛会见委內瑞拉統一社會主義黨代表团",
      "6月21日上午，中联部部长宋涛在京會見委内瑞拉统一社会主义党代表團。雙方就两党关系交换意见。\n【打印】【关闭】",
      "2018-06-23", zh_url("2018-06-23", 202), "Venezuela", "2018-06-21", "meeting", DI, LEFT, [PSUV]),
    I("b3-zh-editor-2018", "zh", "郭业洲会见尼加拉瓜桑解阵代表团",
      "6月21日，中联部副部长郭业洲在京会见尼加拉瓜桑地诺民族解放阵线代表团。\n责任编辑：王洋\n【打印】【关闭】",
      "2018-06-23", zh_url("2018-06-23", 203), "Nicaragua", "2018-06-21", "meeting", DI, LEFT, [FSLN]),
    I("b3-zh-ling-range-2018", "zh", "中共代表团访问乌拉圭",
      "应乌拉圭广泛阵线邀请，二〇一八年六月十八日至二十一日，中共代表团访问乌拉圭，会见广泛阵线主席米兰达。",
      "2018-06-23", zh_url("2018-06-23", 204), "Uruguay", "2018-06-18", "delegation_visit_abroad", DI, LEFT, [FA]),
    I("b3-zh-zuori-2018", "zh", "钱洪山会见智利社会党代表团",
      "新华社北京6月22日电　中联部副部长钱洪山21日在京会见智利社会党代表团。",
      "2018-06-22", xinhua_zh("2018-06-22", 201), "Chile", "2018-06-21", "meeting", DI, LEFT, [PSCH]),
    I("b3-zh-brackets-en-2018", "zh", "李军会见墨西哥国家复兴运动（MORENA）代表团",
      "6月21日，中联部部长助理李军在京会见墨西哥国家复兴运动（Movimiento Regeneración Nacional, MORENA）代表团。",
      "2018-06-23", zh_url("2018-06-23", 205), "Mexico", "2018-06-21", "meeting", DI, LEFT, [MORENA]),
    # not relevant
    I("b3-en-vietnam-nospace-2018", "en", "Song Tao Meets Delegation of Communist Party of Vietnam",
      "Beijing,June 21st--Song Tao met here today with a delegation of the Communist Party of Vietnam.",
      "2018-06-23", en_url("2018-06-23", 240)),
    I("b3-en-greek-2018", "en", "Guo Yezhou Meets Delegation of SYRIZA",
      "Beijing, June 21th--Guo Yezhou met here today with a delegation of SYRIZA party of Greece.\nPrint | Close",
      "2018-06-23", en_url("2018-06-23", 241)),
    I("b3-zh-japan-2018", "zh", "宋涛会见日本自民党代表团",
      "６月２１日，中联部部长宋涛在京会见日本自民党代表团。\n【打印】【关闭】",
      "2018-06-23", zh_url("2018-06-23", 240)),
    I("b3-zh-lao-trad-2018", "zh", "宋濤會見老撾人民革命黨代表團",
      "6 月 21 日，中聯部部長宋濤在京會見老撾人民革命黨代表團。",
      "2018-06-23", zh_url("2018-06-23", 241)),
]

MFA_PAGES_3: list[Page] = [
    M("b3-m-en-21th-2018", "en", "Wang Yi Holds Talks with Foreign Minister of Panama Isabel de Saint Malo",
      "Beijing, June 21th--State Councilor and Foreign Minister Wang Yi held talks here today with Vice "
      "President and Foreign Minister of Panama Isabel de Saint Malo de Alvarado.",
      "2018-06-22", mfa_en("2018-06-22", 201), "Panama", "2018-06-21", "talks", False),
    M("b3-m-en-nocomma-2017", "en", "Xi Jinping Holds Talks with Panama's President Juan Carlos Varela",
      "Beijing November 17th--President Xi Jinping held talks with President Juan Carlos Varela of Panama at "
      "the Great Hall of the People this afternoon. The two heads of state agreed to push forward the "
      "relations after establishment of diplomatic ties.",
      "2017-11-18", mfa_en("2017-11-18", 202), "Panama", "2017-11-17", "talks", True),
    M("b3-m-en-day-first-2019", "en", "Wang Yi meets with Foreign Minister of Suriname Yldiz Pollack-Beighle",
      "On 27 November 2019, State Councilor and Foreign Minister Wang Yi met with Foreign Minister of Suriname "
      "Yldiz Pollack-Beighle in Beijing.",
      "2019-11-28", mfa_en("2019-11-28", 203), "Suriname", "2019-11-27", "meeting", False),
    M("b3-m-en-dr-ties-2018", "en", "Wang Yi Holds Talks With Foreign Minister of Dominican Republic Miguel Vargas",
      "Beijing, 2018-05-01--Wang Yi held talks with Dominican Republic Foreign Minister Miguel Vargas "
      "Maldonado on April 30, and the two foreign ministers signed joint communique on establishment of "
      "diplomatic relations.",
      "2018-05-01", mfa_en("2018-05-01", 204), "Dominican Republic", "2018-04-30", "talks", False),
    M("b3-m-en-xi-peru-repeat-2016", "en", "Xi Jinping Holds Talks with President Pedro Pablo Kuczynski of Peru",
      "Xi Jinping Holds Talks with President Pedro Pablo Kuczynski of Peru\n"
      "On September 13, 2016, President Xi Jinping held talks with President Pedro Pablo Kuczynski of Peru "
      "who is on state visit to China at the Great Hall of the People.\n[Photo]\nPrint | Close",
      "2016-09-14", mfa_en("2016-09-14", 205), "Peru", "2016-09-13", "talks", True),
    M("b3-zm-fullwidth-2019", "zh", "习近平会见乌拉圭总统巴斯克斯",
      "２０１９年１１月２７日，国家主席习近平在人民大会堂会见乌拉圭总统巴斯克斯（Tabaré Vázquez）。",
      "2019-11-28", mfa_zh("2019-11-28", 201), "Uruguay", "2019-11-27", "meeting", True),
    M("b3-zm-spaced-2017", "zh", "习近平同巴拿马总统巴雷拉举行会谈",
      "11 月 17 日下午，国家主席习近平在人民大会堂，同来华国事访问的巴拿马总统巴雷拉举行会谈。\n【打印】【关闭】",
      "2017-11-18", mfa_zh("2017-11-18", 202), "Panama", "2017-11-17", "talks", True),
    M("b3-zm-trad-ling-2016", "zh", "習近平同秘魯總統庫琴斯基舉行會談",
      "二〇一六年九月十三日，國家主席習近平在人民大會堂同來華國事訪問的秘魯總統庫琴斯基舉行會談。",
      "2016-09-14", mfa_zh("2016-09-14", 203), "Peru", "2016-09-13", "talks", True),
    # not relevant
    M("b3-m-en-nocomma-nz-2017", "en", "Xi Jinping Holds Talks with Prime Minister of New Zealand",
      "Beijing November 17th--President Xi Jinping held talks with Prime Minister of New Zealand at the Great "
      "Hall of the People this afternoon.",
      "2017-11-18", mfa_en("2017-11-18", 240)),
    M("b3-zm-fullwidth-th-2019", "zh", "习近平会见泰国总理巴育",
      "２０１９年１１月２７日，国家主席习近平在人民大会堂会见泰国总理巴育。",
      "2019-11-28", mfa_zh("2019-11-28", 240)),
]


# Batch 4 (30 pages), written after this campaign's rules: party names in the forms hurried pages use.
PAGES_4: list[Page] = [
    I("b4-en-workers-noapos-2019", "en", "Song Tao meets Brazilian Workers Party leaders",
      "Beijing, March 12th--Song Tao, head of IDCPC, met here today with leaders of the Brazilian Workers "
      "Party led by Gleisi Hoffmann, its President.",
      "2019-03-13", en_url("2019-03-13", 301), "Brazil", "2019-03-12", "meeting", DI, LEFT, [PT]),
    I("b4-en-pcc-spanish-2019", "en", "Guo Yezhou meets delegation of Partido Comunista de Cuba",
      "Beijing, March 12th--Guo Yezhou, Vice Minister of IDCPC met here today with delegation of Partido "
      "Comunista de Cuba(PCC) headed by its member of the Secretariat.",
      "2019-03-13", en_url("2019-03-13", 302), "Cuba", "2019-03-12", "meeting", DI, LEFT, [PCC]),
    I("b4-en-psuv-spanish-2019", "en", "Li Jun meets Partido Socialista Unido de Venezuela delegation",
      "Beijing, March 12th--Li Jun, Assistant Minister of IDCPC met here today with delegation of Partido "
      "Socialista Unido de Venezuela (PSUV).",
      "2019-03-13", en_url("2019-03-13", 303), "Venezuela", "2019-03-12", "meeting", DI, LEFT, [PSUV]),
    I("b4-en-fmln-spanish-2019", "en", "Li Mingxiang Meets Frente Farabundo Marti para la Liberacion Nacional delegation",
      "Beijing, March 12th--Li Mingxiang met here today with the delegation of Frente Farabundo Marti para la "
      "Liberacion Nacional (FMLN) of El Salvador.",
      "2019-03-13", en_url("2019-03-13", 304), "El Salvador", "2019-03-12", "meeting", DI, LEFT, [FMLN]),
    I("b4-en-pj-spanish-2019", "en", "Qian Hongshan meets Partido Justicialista delegation of Argentina",
      "Beijing, March 12th--Qian Hongshan met here today with the delegation of Partido Justicialista of "
      "Argentina headed by its vice-president.",
      "2019-03-13", en_url("2019-03-13", 305), "Argentina", "2019-03-12", "meeting", DI, BI, [PJ]),
    I("b4-en-three-parties-2019", "en", "Delegation of Latin American leftist parties visits China",
      "Beijing, March 20th--A delegation of leaders of Frente Amplio party of Uruguay, Partido dos "
      "Trabalhadores of Brazil and PSUV of Venezuela visited China from March 14 to 20 at invitation of IDCPC, "
      "and met with Song Tao and visited Shanghai.",
      "2019-03-21", en_url("2019-03-21", 306), "multilateral", "2019-03-14", "delegation_received", DI, REGL,
      [FA, PT, PSUV]),
    I("b4-en-long-clause-2019", "en", "Chen Zhou Meets Guatemalan URNG Leaders",
      "Beijing, May 15th--Chen Zhou, Vice Minister of the IDCPC, who has been in charge of the relations "
      "with the political parties of Latin America for many years and who visited the region several times, "
      "met here today with leaders of the Guatemalan National Revolutionary Unity, a party which was "
      "founded in 1982 and which, after the peace accords, has taken part in the elections, and the two "
      "sides, which have maintained friendly contacts, exchanged views.",
      "2019-05-16", en_url("2019-05-16", 307), "Guatemala", "2019-05-15", "meeting", DI, LEFT,
      ["Guatemalan National Revolutionary Unity"]),
    I("b4-en-peronists-2019", "en", "Guo Yezhou meets leaders of the Argentine Peronists",
      "Beijing, March 12th--Guo Yezhou met here today with leaders of the Justicialist party (Peronist) of "
      "Argentina.",
      "2019-03-13", en_url("2019-03-13", 308), "Argentina", "2019-03-12", "meeting", DI, BI, [PJ]),
    I("b4-en-pcb-vs-pcdob-2019", "en", "Li Jun meets delegation of Brazilian Communist Party (PCB)",
      "Beijing, March 12th--Li Jun met here today with the delegation of Brazilian Communist Party (PCB).",
      "2019-03-13", en_url("2019-03-13", 309), "Brazil", "2019-03-12", "meeting", DI, LEFT, ["Brazilian Communist Party"]),
    I("b4-en-condolence-chavez-2013", "en", "CPC Central Committee sends condolence on death of Hugo Chavez",
      "Beijing, March 6th--The CPC Central Committee sent a message of condolence today to the United "
      "Socialist Party of Venezuela on the passing away of Hugo Chavez, President of Venezuela and leader "
      "of the party.",
      "2013-03-07", en_url("2013-03-07", 310), "Venezuela", "2013-03-06", "message", DI, LEFT, [PSUV]),
    I("b4-en-mas-abbrev-2019", "en", "Qian Hongshan Meets MAS-IPSP delegation of Bolivia",
      "Beijing, April 2nd--Qian Hongshan met here today with delegation of MAS-IPSP of Bolivia.",
      "2019-04-03", en_url("2019-04-03", 311), "Bolivia", "2019-04-02", "meeting", DI, LEFT, [MAS]),
    I("b4-zh-three-parties-2019", "zh", "拉美左翼政党联合代表团访华",
      "3月14日至20日，应中联部邀请，由乌拉圭广泛阵线、巴西劳工党和委内瑞拉统一社会主义党领导人组成的联合代表团访华，会见宋涛并赴上海参观。",
      "2019-03-21", zh_url("2019-03-21", 301), "multilateral", "2019-03-14", "delegation_received", DI, REGL,
      [FA, PT, PSUV]),
    I("b4-zh-trad-guatemala-2019", "zh", "陳洲會見危地馬拉全國革命聯盟領導人",
      "5月15日，中聯部副部長陳洲在京會見危地馬拉全國革命聯盟（URNG）領導人。",
      "2019-05-16", zh_url("2019-05-16", 302), "Guatemala", "2019-05-15", "meeting", DI, LEFT,
      ["Guatemalan National Revolutionary Unity"]),
    I("b4-zh-chavez-2013", "zh", "中共中央就查韦斯逝世向委内瑞拉统一社会主义党致唁电",
      "3月6日，中共中央致电委内瑞拉统一社会主义党，对委内瑞拉总统、统社党主席查韦斯逝世表示沉痛哀悼。",
      "2013-03-07", zh_url("2013-03-07", 303), "Venezuela", "2013-03-06", "message", DI, LEFT, [PSUV]),
    # not relevant
    I("b4-en-spanish-podemos-2019", "en", "Guo Yezhou meets delegation of Podemos party of Spain",
      "Beijing, March 12th--Guo Yezhou met here today with delegation of Podemos party of Spain.",
      "2019-03-13", en_url("2019-03-13", 340)),
    I("b4-en-portuguese-ps-2019", "en", "Li Jun meets Partido Socialista delegation of Portugal",
      "Beijing, March 12th--Li Jun met here today with delegation of Partido Socialista of Portugal.",
      "2019-03-13", en_url("2019-03-13", 341)),
    I("b4-en-philippines-2019", "en", "Qian Hongshan meets PDP-Laban party delegation",
      "Beijing, March 12th--Qian Hongshan met here today with delegation of PDP-Laban party of the "
      "Philippines, which has friendly relations with parties in Latin America.",
      "2019-03-13", en_url("2019-03-13", 342)),
    I("b4-zh-spain-2019", "zh", "郭业洲会见西班牙社会主义工人党代表团",
      "3 月 12 日，中联部副部长郭业洲在京会见西班牙社会主义工人党代表团。",
      "2019-03-13", zh_url("2019-03-13", 340)),
]

MFA_PAGES_4: list[Page] = [
    M("b4-m-en-cuba-long-2018", "en", "Li Keqiang Meets with President of the Council of State Miguel Diaz-Canel of Cuba",
      "On the afternoon of November 8, 2018, Premier Li Keqiang met at the Great Hall of the People with "
      "President of the Council of State and the Council of Ministers of Cuba Miguel Diaz-Canel, who is "
      "paying state visit to China, and the two sides, having agreed that the relations between the two "
      "countries, which are good friends, good comrades and good brothers, enjoy a high level, said that they "
      "are ready to deepen cooperation in trade, biotechnology and renewable energy.",
      "2018-11-09", mfa_en("2018-11-09", 301), "Cuba", "2018-11-08", "meeting", True),
    M("b4-m-en-ven-spanish-2018", "en", "Xi Jinping Holds Talks With Venezuelan President Nicolas Maduro Moros",
      "Beijing, 14 September--President Xi Jinping held talks here today with President Nicolas Maduro Moros "
      "of the Bolivarian Republic of Venezuela. The two heads of state agreed to deepen the comprehensive "
      "strategic partnership.",
      "2018-09-15", mfa_en("2018-09-15", 302), "Venezuela", "2018-09-14", "talks", True, None, CSP),
    M("b4-m-en-jamaica-sp-2019", "en", "Xi Jinping Holds Talks with Prime Minister of Jamaica Andrew Holness",
      "On the afternoon of April 29, 2019, President Xi Jinping held talks with Prime Minister of Jamaica Andrew "
      "Holness, who is here for the Second Belt and Road Forum and official visit. The two leaders agreed to "
      "establish a strategic partnership between China and Jamaica.",
      "2019-04-30", mfa_en("2019-04-30", 303), "Jamaica", "2019-04-29", "talks", True, "upgrade", SP),
    M("b4-m-en-suriname-2019", "en", "Xi Jinping Holds Talks with President Desire Delano Bouterse of Suriname",
      "On the afternoon of November 27, 2019, President Xi Jinping held talks with President Desire Delano "
      "Bouterse of Suriname at the Great Hall of the People. The two heads of state announced to establish "
      "strategic cooperative partnership between China and Suriname.",
      "2019-11-28", mfa_en("2019-11-28", 304), "Suriname", "2019-11-27", "talks", True, "establish",
      "strategic cooperative partnership"),
    M("b4-zm-jamaica-sp-2019", "zh", "习近平同牙买加总理霍尔尼斯举行会谈",
      "4月29日下午，国家主席习近平在人民大会堂，同来华出席第二届“一带一路”国际合作高峰论坛并进行正式访问的牙买加总理霍尔尼斯举行会谈。两国领导人同意建立中牙战略伙伴关系。",
      "2019-04-30", mfa_zh("2019-04-30", 301), "Jamaica", "2019-04-29", "talks", True, "upgrade", SP),
    M("b4-zm-suriname-2019", "zh", "习近平同苏里南总统鲍特瑟举行会谈",
      "11月27日下午，国家主席习近平在人民大会堂，同来华国事访问的苏里南总统鲍特瑟举行会谈。两国元首宣布建立中苏战略合作伙伴关系。",
      "2019-11-28", mfa_zh("2019-11-28", 302), "Suriname", "2019-11-27", "talks", True, "establish",
      "strategic cooperative partnership"),
    # not relevant
    M("b4-m-en-portugal-2018", "en", "Xi Jinping Holds Talks with President of Portugal",
      "Lisbon, 5 December--President Xi Jinping held talks here today with President Marcelo Rebelo de Sousa "
      "of Portugal, and the two sides agreed to cooperate in Portuguese-speaking countries including Brazil.",
      "2018-12-06", mfa_en("2018-12-06", 340)),
    M("b4-zm-portugal-2018", "zh", "习近平同葡萄牙总统德索萨举行会谈",
      "当地时间12月5日，国家主席习近平在里斯本同葡萄牙总统德索萨举行会谈。",
      "2018-12-06", mfa_zh("2018-12-06", 340)),
]


# Batch 5 (24 pages), written after this campaign's rules: embassy English, "&", "St.", announcements.
PAGES_5: list[Page] = [
    I("b5-en-two-lac-2018", "en", "Delegation of CPC Led by Mr. Wang Yajun Visits Venezuela and Cuba",
      "Havana, 25th Oct--The CPC delegation led by Wang Yajun, Assistant Minister of IDCPC, visited Venezuela "
      "and Cuba from October 18 to 25, during which delegation met with leaders of PSUV and Communist Party "
      "of Cuba.",
      "2018-10-26", en_url("2018-10-26", 501), "multilateral", "2018-10-18", "delegation_visit_abroad", DI, REGL,
      [PSUV, PCC]),
    I("b5-en-stvincent-2019", "en", "Li Mingxiang meets Unity Labour Party of St. Vincent & the Grenadines",
      "Beijing, Oct. 9th--Li Mingxiang, Assistant Minister of IDCPC, met here today with the delegation of "
      "Unity Labour Party (ULP) of St. Vincent & the Grenadines.",
      "2019-10-10", en_url("2019-10-10", 502), "Saint Vincent and the Grenadines", "2019-10-09", "meeting", DI,
      BI, ["Unity Labour Party"]),
    I("b5-en-antigua-amp-2019", "en", "Wang Yajun meets Antigua & Barbuda Labour Party delegation",
      "Beijing, Oct. 9th--Wang Yajun met here today with delegation of Antigua & Barbuda Labour Party (ABLP).",
      "2019-10-10", en_url("2019-10-10", 503), "Antigua and Barbuda", "2019-10-09", "meeting", DI, BI,
      ["Antigua and Barbuda Labour Party"]),
    I("b5-en-tt-amp-unc-2019", "en", "Li Mingxiang meets UNC delegation of Trinidad & Tobago",
      "Beijing, Oct. 9th--Li Mingxiang met here today with delegation of United National Congress (UNC) of "
      "Trinidad & Tobago, the main opposition party.",
      "2019-10-10", en_url("2019-10-10", 504), "Trinidad and Tobago", "2019-10-09", "meeting", DI, BI,
      ["United National Congress"]),
    I("b5-zh-ling-two-lac-2018", "zh", "王亚军率中共代表团访问委内瑞拉和古巴",
      "二〇一八年十月十八日至二十五日，中联部部长助理王亚军率中共代表团访问委内瑞拉和古巴，分别会见委内瑞拉统一社会主义党和古巴共产党领导人。",
      "2018-10-26", zh_url("2018-10-26", 501), "multilateral", "2018-10-18", "delegation_visit_abroad", DI, REGL,
      [PSUV, PCC]),
    I("b5-zh-stvincent-2019", "zh", "李明祥会见圣文森特和格林纳丁斯团结工党代表团",
      "10 月 9 日，中联部部长助理李明祥在京会见圣文森特和格林纳丁斯团结工党代表团。",
      "2019-10-10", zh_url("2019-10-10", 502), "Saint Vincent and the Grenadines", "2019-10-09", "meeting", DI, BI,
      ["Unity Labour Party"]),
    # not relevant
    I("b5-en-stlucia-island-2019", "en", "Li Mingxiang meets delegation of Sri Lanka Freedom party",
      "Beijing, Oct. 9th--Li Mingxiang met here today with delegation of Sri Lanka Freedom Party (SLFP).",
      "2019-10-10", en_url("2019-10-10", 540)),
    I("b5-zh-nepal-2018", "zh", "王亚军率中共代表团访问尼泊尔",
      "二〇一八年十月十八日至二十五日，中联部部长助理王亚军率中共代表团访问尼泊尔。",
      "2018-10-26", zh_url("2018-10-26", 540)),
]

MFA_PAGES_5: list[Page] = [
    M("b5-m-en-he-2018", "en", "H.E. President Xi Jinping Meets H.E. Mr. Lenin Moreno, President of Ecuador",
      "Beijing, December 12th--H.E. President Xi Jinping met with H.E. Mr. Lenin Moreno Garces, President of "
      "the Republic of Ecuador, who is on state visit to China, at the Great Hall of People this morning.",
      "2018-12-13", embassy_en("ec", "2018-12-13", 501), "Ecuador", "2018-12-12", "meeting", True),
    M("b5-m-en-tt-amp-2018", "en", "Li Keqiang had talks with Prime Minister of Trinidad & Tobago Keith Rowley",
      "On May 15, 2018, Premier Li Keqiang had talks with Prime Minister of Trinidad & Tobago Keith Rowley, "
      "who is on official visit to China, at Great Hall of the People.",
      "2018-05-16", mfa_en("2018-05-16", 502), "Trinidad and Tobago", "2018-05-15", "talks", True),
    M("b5-m-en-stkitts-2019", "en", "Wang Yi meets Foreign Minister of St. Kitts and Nevis",
      "On 20 September, 2019 (local time), Wang Yi met in New York with Foreign Minister of St. Kitts and "
      "Nevis Mark Brantley on the sidelines of UN General Assembly.",
      "2019-09-21", mfa_en("2019-09-21", 503), "Saint Kitts and Nevis", "2019-09-20", "meeting_on_sidelines", False),
    M("b5-m-en-announce-2018", "en", "Foreign Ministry Spokesperson Announces President Lenin Moreno's State Visit",
      "At the invitation of President Xi Jinping, President Lenin Moreno of the Republic of Ecuador will pay a "
      "state visit to China from Dec. 12 to 16.",
      "2018-12-07", mfa_en("2018-12-07", 504), "Ecuador", "2018-12-12", "state_visit", None),
    M("b5-m-en-gov-general-2019", "en", "Wang Qishan Meets Governor-General of Antigua & Barbuda",
      "On June 18th, 2019, Vice President Wang Qishan met with Governor-General of Antigua & Barbuda Rodney "
      "Williams in Beijing.",
      "2019-06-19", mfa_en("2019-06-19", 505), "Antigua and Barbuda", "2019-06-18", "meeting", False),
    M("b5-m-en-dominica-2018", "en", "Xi Jinping Meets With Prime Minister of Dominica Roosevelt Skerrit",
      "Beijing, Oct 18th--President Xi Jinping met with Prime Minister of Commonwealth of Dominica Roosevelt "
      "Skerrit here this afternoon.",
      "2018-10-19", mfa_en("2018-10-19", 506), "Dominica", "2018-10-18", "meeting", True),
    M("b5-zm-ven-announce-2023", "zh", "外交部发言人宣布委内瑞拉总统马杜罗将对中国进行国事访问",
      "应国家主席习近平邀请，委内瑞拉玻利瓦尔共和国总统马杜罗将于 9 月 8 日至 14 日对中国进行国事访问。",
      "2023-09-06", mfa_zh("2023-09-06", 501), "Venezuela", "2023-09-08", "state_visit", None),
    M("b5-zm-stkitts-2019", "zh", "王毅会见圣基茨和尼维斯外长布兰特利",
      "当地时间2019年9月20日，王毅在纽约出席联合国大会期间会见圣基茨和尼维斯外长布兰特利。",
      "2019-09-21", mfa_zh("2019-09-21", 502), "Saint Kitts and Nevis", "2019-09-20", "meeting_on_sidelines", False),
    M("b5-zm-tt-2018", "zh", "李克强同特立尼达和多巴哥总理罗利会谈",
      "5月15日，国务院总理李克强在人民大会堂，同来华正式访问的特立尼达和多巴哥总理罗利举行会谈。",
      "2018-05-16", mfa_zh("2018-05-16", 503), "Trinidad and Tobago", "2018-05-15", "talks", True),
    M("b5-zm-dominica-trad-2018", "zh", "習近平會見多米尼克總理斯凱里特",
      "10月18日下午，國家主席習近平在人民大會堂會見多米尼克總理斯凱里特。",
      "2018-10-19", mfa_zh("2018-10-19", 504), "Dominica", "2018-10-18", "meeting", True),
    # not relevant
    M("b5-m-en-srilanka-2019", "en", "Wang Yi meets Foreign Minister of Sri Lanka",
      "On 20 September, 2019 (local time), Wang Yi met in New York with Foreign Minister of Sri Lanka on "
      "the sidelines of UN General Assembly.",
      "2019-09-21", mfa_en("2019-09-21", 540)),
    M("b5-zm-dominican-vs-dominica-note-2018", "zh", "习近平会见新西兰总理阿德恩",
      "11 月 18 日，国家主席习近平会见新西兰总理阿德恩。",
      "2018-11-19", mfa_zh("2018-11-19", 540)),
]


# Batch 6 (20 pages), written after this campaign's rules: page leftovers around the release.
PAGES_6: list[Page] = [
    I("b6-en-caption-other-day-2019", "en", "Song Tao Meets Delegation of Nicaragua's FSLN",
      "[Photo] Song Tao and the FSLN delegation, May 7, 2019.\n"
      "Beijing, May 8th--Song Tao, head of the IDCPC, met here today with the delegation of Sandinista "
      "National Liberation Front of Nicaragua.\nEditor: Li Na\nPrint | Close",
      "2019-05-09", en_url("2019-05-09", 601), "Nicaragua", "2019-05-08", "meeting", DI, LEFT, [FSLN]),
    I("b6-en-nbsp-everywhere-2019", "en", "Guo&nbsp;Yezhou&nbsp;Meets&nbsp;Delegation of Broad Front of Uruguay",
      "Beijing,&nbsp;May&nbsp;8th--Guo&nbsp;Yezhou,&nbsp;Vice Minister of the IDCPC, met here today with the "
      "delegation of the Broad Front of Uruguay.&nbsp;&nbsp;",
      "2019-05-09", en_url("2019-05-09", 602), "Uruguay", "2019-05-08", "meeting", DI, LEFT, [FA]),
    I("b6-en-related-cuba-2019", "en", "Li Jun Meets with Delegation of Ecuador's Citizen Revolution",
      "Beijing, May 8th--Li Jun met here today with the delegation of Citizen Revolution Movement of Ecuador.\n"
      "Related:\nSong Tao Meets Delegation of Communist Party of Cuba\nGuo Yezhou Meets PSUV Delegation\n"
      "Print | Close",
      "2019-05-09", en_url("2019-05-09", 603), "Ecuador", "2019-05-08", "meeting", DI, LEFT, [RC]),
    I("b6-en-editor-first-2019", "en", "Chen Zhou Meets Peruvian Delegation",
      "Editor: Zhang San\n( 2019-05-09 )\nBeijing, May 8th--Chen Zhou, Vice Minister of the IDCPC, met here "
      "today with the delegation of Peruvian Aprista Party.\n",
      "2019-05-09", en_url("2019-05-09", 604), "Peru", "2019-05-08", "meeting", DI, BI, ["Peruvian Aprista Party"]),
    I("b6-en-source-line-2019", "en", "Li Mingxiang Meets FMLN Delegation",
      "Source: IDCPC  Date: 2019-05-09\nBeijing, May 8th--Li Mingxiang met here today with the FMLN delegation "
      "of El Salvador.\n[Photo]",
      "2019-05-09", en_url("2019-05-09", 605), "El Salvador", "2019-05-08", "meeting", DI, LEFT, [FMLN]),
    I("b6-zh-nbsp-2019", "zh", "宋涛会见尼加拉瓜桑解阵代表团",
      "5月8日，&nbsp;中联部部长宋涛在京会见尼加拉瓜桑地诺民族解放阵线代表团。&nbsp;&nbsp;【打印】【关闭】",
      "2019-05-09", zh_url("2019-05-09", 601), "Nicaragua", "2019-05-08", "meeting", DI, LEFT, [FSLN]),
    I("b6-zh-related-2019", "zh", "李军会见厄瓜多尔公民革命运动代表团",
      "5月8日，中联部部长助理李军在京会见厄瓜多尔公民革命运动代表团。\n相关新闻：\n宋涛会见古巴共产党代表团\n郭业洲会见委内瑞拉统一社会主义党代表团",
      "2019-05-09", zh_url("2019-05-09", 602), "Ecuador", "2019-05-08", "meeting", DI, LEFT, [RC]),
    I("b6-zh-caption-2019", "zh", "陈洲会见秘鲁阿普拉党代表团",
      "图为会见现场。（2019年5月7日摄）\n5月8日，中联部副部长陈洲在京会见秘鲁阿普拉党代表团。",
      "2019-05-09", zh_url("2019-05-09", 603), "Peru", "2019-05-08", "meeting", DI, BI, ["Peruvian Aprista Party"]),
    I("b6-zh-long-sentence-2019", "zh", "郭业洲会见巴西劳工党代表团",
      "5月8日，中联部副部长郭业洲在京会见由巴西劳工党全国执委、国际关系书记瓦伦特率领的、应中联部邀请来华访问并将赴上海、浙江等地考察的巴西劳工党代表团，双方就两党关系、治国理政经验以及共同关心的国际和地区问题深入交换意见。",
      "2019-05-09", zh_url("2019-05-09", 604), "Brazil", "2019-05-08", "meeting", DI, LEFT, [PT]),
    # not relevant: a LAC name only in the leftovers
    I("b6-en-related-only-2019", "en", "Li Jun Meets with Delegation of Communist Party of Vietnam",
      "Beijing, May 8th--Li Jun met here today with the delegation of Communist Party of Vietnam.\n"
      "Related:\nSong Tao Meets Delegation of Communist Party of Cuba\nPrint | Close",
      "2019-05-09", en_url("2019-05-09", 640)),
    I("b6-zh-related-only-2019", "zh", "李军会见越南共产党代表团",
      "5月8日，中联部部长助理李军在京会见越南共产党代表团。\n相关新闻：\n宋涛会见古巴共产党代表团",
      "2019-05-09", zh_url("2019-05-09", 640)),
    I("b6-en-caption-only-2019", "en", "Guo Yezhou Meets with Delegation of Nepali Congress",
      "Beijing, May 8th--Guo Yezhou met here today with the delegation of Nepali Congress.\n"
      "[Photo] Guo Yezhou, who visited Cuba last year, with the guests.",
      "2019-05-09", en_url("2019-05-09", 641)),
]

MFA_PAGES_6: list[Page] = [
    M("b6-m-en-nbsp-2019", "en", "Wang&nbsp;Yi Holds Talks with Foreign Minister of Ecuador Jose Valencia",
      "On&nbsp;May 8, 2019, State Councilor and Foreign Minister Wang Yi held talks with Foreign Minister of "
      "Ecuador Jose Valencia in Beijing.&nbsp;\n[Photo]\nPrint | Close",
      "2019-05-09", mfa_en("2019-05-09", 601), "Ecuador", "2019-05-08", "talks", False),
    M("b6-m-en-related-2019", "en", "Xi Jinping Speaks with Brazilian President on the Phone",
      "On May 8, 2019, President Xi Jinping spoke with Brazilian President Jair Bolsonaro on the phone.\n"
      "Related:\nWang Yi Meets Foreign Minister of Argentina\nPrint | Close",
      "2019-05-09", mfa_en("2019-05-09", 602), "Brazil", "2019-05-08", "phone_call", True),
    M("b6-zm-nbsp-2019", "zh", "王毅同厄瓜多尔外长巴伦西亚会谈",
      "2019年5月8日，&nbsp;国务委员兼外长王毅在北京同厄瓜多尔外长巴伦西亚举行会谈。&nbsp;【打印】【关闭】",
      "2019-05-09", mfa_zh("2019-05-09", 601), "Ecuador", "2019-05-08", "talks", False),
    M("b6-zm-caption-2019", "zh", "习近平同巴西总统通电话",
      "（图为资料照片，2018年11月摄）\n5月8日，国家主席习近平同巴西总统博索纳罗通电话。",
      "2019-05-09", mfa_zh("2019-05-09", 602), "Brazil", "2019-05-08", "phone_call", True),
    # not relevant
    M("b6-m-en-related-only-2019", "en", "Wang Yi Holds Talks with Foreign Minister of Poland",
      "On May 8, 2019, Wang Yi held talks with Foreign Minister of Poland in Beijing.\n"
      "Related:\nXi Jinping Speaks with Brazilian President on the Phone\nPrint | Close",
      "2019-05-09", mfa_en("2019-05-09", 640)),
    M("b6-zm-related-only-2019", "zh", "王毅同波兰外长会谈",
      "5月8日，王毅在北京同波兰外长举行会谈。\n相关新闻：\n习近平同巴西总统通电话",
      "2019-05-09", mfa_zh("2019-05-09", 640)),
]


# Batch 7 (16 pages), written after this campaign's rules: partnerships and Chinese numerals in MFA pages.
MFA_PAGES_7: list[Page] = [
    M("b7-m-en-costa-rica-2015", "en", "Xi Jinping Holds Talks with President Luis Guillermo Solis of Costa Rica",
      "Beijing, January 7th--President Xi Jinping held talks here today with President Luis Guillermo Solis "
      "Rivera of the Republic of Costa Rica, and the both sides decided to elevate bilateral relations to "
      "strategic partnership.",
      "2015-01-08", mfa_en("2015-01-08", 701), "Costa Rica", "2015-01-07", "talks", True, "establish", SP),
    M("b7-m-en-ecuador-csp-2016", "en", "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "Quito, 17 November--President Xi Jinping held talks here today with President Rafael Correa Delgado "
      "of Ecuador. The two heads of state announced the upgrading of China-Ecuador relations to "
      "comprehensive strategic partnership.",
      "2016-11-18", mfa_en("2016-11-18", 702), "Ecuador", "2016-11-17", "talks", True, "upgrade", CSP),
    M("b7-m-en-chile-csp-2016", "en", "Xi Jinping Holds Talks with President Michelle Bachelet of Chile",
      "Santiago, 22 November--President Xi Jinping held talks with President Michelle Bachelet Jeria here "
      "today, and the two heads of state agreed to elevate the relationship to comprehensive strategic "
      "partnership.",
      "2016-11-23", mfa_en("2016-11-23", 703), "Chile", "2016-11-22", "talks", True, "upgrade", CSP),
    M("b7-m-en-argentina-csp-2014", "en", "Xi Jinping Holds Talks with President Cristina Fernandez de Kirchner",
      "Buenos Aires, July 18th--President Xi Jinping held talks with President Cristina Fernandez de Kirchner "
      "of Argentina here today. The two heads of state announced to upgrade the bilateral relations to "
      "comprehensive strategic partnership.",
      "2014-07-19", mfa_en("2014-07-19", 704), "Argentina", "2014-07-18", "talks", True, "upgrade", CSP),
    M("b7-m-en-peru-recall-2016", "en", "Li Keqiang Meets with President Pedro Pablo Kuczynski of Peru",
      "On September 14, 2016, Premier Li Keqiang met with President Pedro Pablo Kuczynski Godard of the "
      "Republic of Peru. Li said China is willing to deepen the comprehensive strategic partnership.",
      "2016-09-15", mfa_en("2016-09-15", 705), "Peru", "2016-09-14", "meeting", True, None, CSP),
    M("b7-zm-costa-rica-2015", "zh", "习近平同哥斯达黎加总统索利斯举行会谈",
      "二〇一五年一月七日，国家主席习近平在人民大会堂同哥斯达黎加总统索利斯举行会谈，双方决定建立中哥战略伙伴关系。",
      "2015-01-08", mfa_zh("2015-01-08", 701), "Costa Rica", "2015-01-07", "talks", True, "establish", SP),
    M("b7-zm-ecuador-trad-2016", "zh", "習近平同厄瓜多爾總統科雷亞舉行會談",
      "當地時間11月17日，國家主席習近平在基多同厄瓜多爾總統科雷亞舉行會談。兩國元首宣布將中厄關係提升為全面戰略夥伴關係。",
      "2016-11-18", mfa_zh("2016-11-18", 702), "Ecuador", "2016-11-17", "talks", True, "upgrade", CSP),
    M("b7-zm-chile-spaced-2016", "zh", "习近平同智利总统巴切莱特举行会谈",
      "当地时间 11 月 22 日，国家主席习近平在圣地亚哥同智利总统巴切莱特举行会谈。两国元首一致同意将中智关系提升为全面战略伙伴关系。",
      "2016-11-23", mfa_zh("2016-11-23", 703), "Chile", "2016-11-22", "talks", True, "upgrade", CSP),
    M("b7-zm-uru-sp-2016", "zh", "习近平同乌拉圭总统巴斯克斯举行会谈",
      "10 月 18 日，国家主席习近平在人民大会堂同乌拉圭总统巴斯克斯举行会谈。两国元首宣布建立中乌战略伙伴关系。",
      "2016-10-19", mfa_zh("2016-10-19", 704), "Uruguay", "2016-10-18", "talks", True, "establish", SP),
    M("b7-m-en-uru-sp-2016", "en", "Xi Jinping Holds Talks with President Tabare Vazquez of Uruguay",
      "Beijing, 18 October--President Xi Jinping held talks here today with President Tabare Vazquez of the "
      "Oriental Republic of Uruguay. The two heads of state announced the establishment of the strategic "
      "partnership between China and Uruguay.",
      "2016-10-19", mfa_en("2016-10-19", 705), "Uruguay", "2016-10-18", "talks", True, "establish", SP),
    # not relevant
    M("b7-m-en-serbia-2016", "en", "Xi Jinping Holds Talks with President Tomislav Nikolic of Serbia",
      "Belgrade, 18 June--President Xi Jinping held talks here today with President Tomislav Nikolic of the "
      "Republic of Serbia, and the both sides decided to elevate bilateral relations to comprehensive "
      "strategic partnership.",
      "2016-06-19", mfa_en("2016-06-19", 740)),
    M("b7-zm-serbia-2016", "zh", "习近平同塞尔维亚总统尼科利奇举行会谈",
      "当地时间 6 月 18 日，国家主席习近平在贝尔格莱德同塞尔维亚总统尼科利奇举行会谈，双方决定将中塞关系提升为全面战略伙伴关系。",
      "2016-06-19", mfa_zh("2016-06-19", 740)),
]
PAGES_7: list[Page] = []

ALL = (PAGES + MFA_PAGES + PAGES_2 + MFA_PAGES_2 + PAGES_3 + MFA_PAGES_3 + PAGES_4 + MFA_PAGES_4
       + PAGES_5 + MFA_PAGES_5 + PAGES_6 + MFA_PAGES_6 + MFA_PAGES_7)

# Probes the first run (blind) got wrong and no general rule fixes yet: each with its reason.
OPEN: dict[str, str] = {
    "b2-en-brazil-pt-portuguese-2017": "doubtful: one party leader who came for the CPC in Dialogue (global): "
                                       "is the side meeting a knowledge exchange, as with a group that came "
                                       "for one, or a daily interaction?",
    "m-en-liqiang-barbados-2023": "doubtful: is the Summer Davos (a business forum) a multilateral "
                                  "conference for meeting_on_sidelines, or like a trade expo?",
}


def run(page: Page) -> Any:
    fn = idcpc if page.source == "idcpc" else mfa
    return fn(page.text, title=page.title, published=page.published, lang=page.lang, url=page.url)


def wrong_fields(page: Page, record: Any) -> dict[str, tuple[Any, Any]]:
    """Fields where the record differs from the coder's values (expected, got); a page coded not
    relevant checks only relevance."""
    out: dict[str, tuple[Any, Any]] = {}
    if record.relevant != page.relevant:
        out["relevant"] = (page.relevant, record.relevant)
    if not page.relevant:
        return out
    for name, want in page.expect.items():
        if name == "parties":
            got: Any = frozenset(parties(record))
        elif name == "mechanism":
            got = sorted(record.mechanism or [])
        else:
            got = getattr(record, name)
        if got != want:
            out[name] = (want, got)
    return out


def _params() -> list[Any]:
    out = []
    for page in ALL:
        marks = [pytest.mark.xfail(strict=False, reason=OPEN[page.id])] if page.id in OPEN else []
        out.append(pytest.param(page, id=page.id, marks=marks))
    return out


@pytest.mark.parametrize("page", _params())
def test_a_careful_coder_gives_these_values(page: Page) -> None:
    assert wrong_fields(page, run(page)) == {}


def test_probe_ids_are_unique() -> None:
    ids = [p.id for p in ALL]
    assert len(ids) == len(set(ids))


# ---- the classes the first run found, in more of the forms the pages use ------------------------

@pytest.mark.parametrize(("text", "published", "day"), [
    ("Beijing June 21st--Song Tao, head of the IDCPC met here today with the delegation of Communist party "
     "of cuba.", "2018-06-23", "2018-06-21"),
    ("Havana 21 June--A CPC delegation met with leaders of the Communist Party of Cuba here today.",
     "2018-06-23", "2018-06-21"),
    ("Mexico City April 12--Li Jun met with the leaders of MORENA here today.", "2018-04-14", "2018-04-12"),
    ("Buenos Aires Nov. 6th -- Guo Yezhou met with the President of Justicialist Party here today.",
     "2018-11-08", "2018-11-06"),
    ("BEIJING June 21 (Xinhua) -- Song Tao met with a delegation of the Communist Party of Cuba on Thursday.",
     "2018-06-23", "2018-06-21"),
    ("Havana 21st June--A CPC delegation met with leaders of the Communist Party of Cuba here today.",
     "2018-06-23", "2018-06-21"),
    ("Beijing, 21st June 2018 --Li Jun met with the delegation of the Broad Front of Uruguay here today.",
     "2018-06-23", "2018-06-21"),
    ("Caracas, 21st June, 2018 -- Li Jun met with leaders of the PSUV yesterday.", "2018-06-23", "2018-06-20"),
])
def test_a_dateline_without_its_comma_is_still_the_dateline(text, published, day):
    """Codebook, event_date rule 2: the dateline's day, when the text names no other; non-native and
    hurried releases drop the comma after the city."""
    record = idcpc(text, title="Senior official meets Latin American party delegation", published=published,
                   url=en_url(published, 90))
    assert record.relevant and record.event_date == day


@pytest.mark.parametrize("text", [
    "The seminar was held on May 10-12 in Havana, where the guests met leaders of the Communist Party of Cuba.",
    "Delegation Visited Guizhou July 22-25 at the invitation of the IDCPC, and met Sandinista leaders.",
])
def test_a_line_opening_with_prose_and_a_day_range_is_no_dateline(text):
    """The negative: lower-case words before the day, or a second day after the dash, are prose."""
    record = idcpc(text, title="Latin American party delegation in China", published="2019-07-30",
                   url=en_url("2019-07-30", 91))
    assert record.event_date != "2019-07-30"


@pytest.mark.parametrize(("text", "day"), [
    ("6 月 21 日 ， 中联部部长宋涛在京会见古巴共产党代表团 。", "2018-06-21"),
    ("2018 年 6 月 21 日，中联部部长宋涛在京会见古巴共产党代表团。", "2018-06-21"),
    ("6月 21日，中联部部长宋涛在京会见古巴共产党代表团。", "2018-06-21"),
    ("6 月 18 日至 21 日，古巴共产党代表团访华。", "2018-06-18"),
    ("　　6\u3000月\u300021\u3000日，中联部部长宋涛在京会见古巴共产党代表团。", "2018-06-21"),
])
def test_a_chinese_date_spaced_from_its_digits_is_the_same_day(text, day):
    """Codebook, event_date rule 1 (5月10日): pages that space digits apart from Chinese characters
    write the same stated day."""
    record = idcpc(text, title="宋涛会见古巴共产党代表团", lang="zh", published="2018-06-25",
                   url=zh_url("2018-06-25", 90))
    assert record.relevant and record.event_date == day


@pytest.mark.parametrize(("lang", "title", "text", "kind"), [
    ("en", "CPC Delegation Visits Cuba and Meets Raul Castro",
     "Havana, May 10th--A CPC delegation led by Li Xi visited Cuba from May 7 to 10 and met Raul Castro, "
     "First Secretary of the Central Committee of the Communist Party of Cuba.", "delegation_visit_abroad"),
    ("en", "Chen Fengxiang visited Nicaragua, met with FSLN leaders",
     "Managua, Oct. 20th--Chen Fengxiang, Vice Minister of the IDCPC, visited Nicaragua from October 17 to 20 "
     "and met with leaders of the Sandinista National Liberation Front.", "delegation_visit_abroad"),
    ("zh", "中共代表团访问古巴并会见古共中央第一书记",
     "5月7日至10日，李希率中共代表团访问古巴，会见古共中央第一书记劳尔·卡斯特罗。", "delegation_visit_abroad"),
    ("zh", "陈凤翔访问尼加拉瓜，会见桑解阵领导人",
     "10月17日至20日，中联部副部长陈凤翔访问尼加拉瓜，会见桑地诺民族解放阵线领导人。", "delegation_visit_abroad"),
    # the negatives: the meeting is the headline's news, the visit its setting or another place
    ("en", "Li Xi Meets Raul Castro While Visiting Cuba",
     "Havana, May 10th--Li Xi, who is visiting Cuba, met Raul Castro here today.", "meeting"),
    ("en", "Guo Yezhou Visits Cuban Embassy and Meets Ambassador",
     "Beijing, May 10th--Guo Yezhou visited the Cuban Embassy in China and met the Ambassador here today.",
     "meeting"),
    ("zh", "李希在访问古巴期间会见劳尔·卡斯特罗",
     "5月10日，正在古巴访问的李希会见古共中央第一书记劳尔·卡斯特罗。", "meeting"),
])
def test_a_headline_visit_with_a_meeting_joined_to_it_is_the_visit(lang, title, text, kind):
    """Codebook, event_type rule 4: a page reporting a CPC delegation's visit to LAC as a whole is
    delegation_visit_abroad; a headline whose news is one meeting (also during a visit) is a meeting.
    "Visits Cuba and Meets …" names the visit first and the meeting as one of its parts."""
    url = zh_url("2019-05-11", 92) if lang == "zh" else en_url("2019-05-11", 92)
    record = idcpc(text, title=title, lang=lang, published="2019-05-11", url=url)
    assert record.relevant and record.event_type == kind


@pytest.mark.parametrize(("text", "day"), [
    ("Beijing, 2020-04-08--Song Tao, head of IDCPC had the phone conversation with Diosdado Cabello, First "
     "Vice-president of PSUV, on April 7.", "2020-04-07"),
    ("Havana, 2019.06.21 -- The CPC delegation met with leaders of the Communist Party of Cuba yesterday.",
     "2019-06-20"),
    ("Beijing, 2020/04/08--Song Tao met with a delegation of the United Socialist Party of Venezuela here "
     "today.", "2020-04-08"),
])
def test_a_dateline_with_a_numeric_date_is_the_dateline(text, day):
    """Codebook, event_date rules 1-3: a place, a numeric date and a dash are the dateline, whose day
    counts "yesterday" and "today"; it is not the exchange's stated day when the text names another."""
    record = idcpc(text, title="Senior official meets Latin American party leader", published="2020-04-09",
                   url=en_url("2020-04-09", 93))
    assert record.relevant and record.event_date == day


@pytest.mark.parametrize(("text", "expected"), [
    ("cadres from Colombian Liberal Party, Conservative party and other parties attended",
     {"Colombian Liberal Party", "Colombian Conservative Party"}),
    ("cadres of Patriotic Union party and Colombian Communist party attended",
     {"Patriotic Union (Colombia)", "Colombian Communist Party"}),
    ("leaders of the Liberal party of Colombia attended", {"Colombian Liberal Party"}),
    # the negatives: no name before the lower-case head, or only a country's word
    ("cadres of the ruling party of Colombia attended", set()),
    ("cadres of Colombian party and government attended", set()),
    ("Party cadres of the Chinese party and government attended", set()),
])
def test_a_lower_case_head_noun_still_ends_a_partys_name(text, expected):
    """Codebook, contacts: every LAC party the page names, by its English name; non-native writers
    lower-case the head noun of a name ("Conservative party"), which names the party all the same."""
    record = idcpc("Beijing, Sept 2nd--The Workshop for Cadres of Colombian political parties, organised by "
                   f"the IDCPC, opened here today, with 25 {text}.",
                   title="Workshop for Colombian Party Cadres opened in Beijing", published="2019-09-03",
                   url=en_url("2019-09-03", 94))
    assert record.relevant and parties(record) == expected


@pytest.mark.parametrize(("title", "text", "relevant"), [
    ("Qian Hongshan meets PDP-Laban party delegation",
     "Beijing, March 12th--Qian Hongshan met here today with delegation of PDP-Laban party of the "
     "Philippines, which has friendly relations with parties in Latin America.", False),
    ("Guo Yezhou meets delegation of the Left Bloc",
     "Beijing, March 12th--Guo Yezhou met here today with a delegation of the Left Bloc, which keeps close "
     "ties with the leftist parties of Latin America and the Caribbean.", False),
    ("Li Jun meets Podemos delegation",
     "Beijing, March 12th--Li Jun met here today with a delegation of Podemos, and said the CPC values its "
     "exchanges with political parties in Latin America.", False),
    # the positives: the region's parties as the side met
    ("Li Jun meets delegation of Latin American parties",
     "Beijing, March 12th--Li Jun met here today with a delegation of political parties from Latin America, "
     "and the two sides exchanged views on relations with China.", True),
    ("Guo Yezhou meets leaders of Caribbean parties",
     "Beijing, March 12th--Guo Yezhou met here today with leaders of parties in the Caribbean.", True),
])
def test_the_regions_parties_as_the_object_of_a_relation_are_no_side(title, text, relevant):
    """Codebook, relevant: an exchange with LAC actors. Parties of the region named as those someone
    has "relations with" describe a side (or what is hoped for), as a country after "relations with"
    is a topic; they are not who was met."""
    record = idcpc(text, title=title, published="2019-03-13", url=en_url("2019-03-13", 395))
    assert record.relevant is relevant


@pytest.mark.parametrize(("lead", "country", "head"), [
    ("President Xi Jinping met with H.E. Mr. Lenin Moreno Garces, President of the Republic of Ecuador.",
     "Ecuador", True),
    ("President Xi Jinping met with Nicolas Maduro Moros, President of the Bolivarian Republic of Venezuela.",
     "Venezuela", True),
    ("President Xi Jinping met with Tabare Vazquez, President of the Oriental Republic of Uruguay.",
     "Uruguay", True),
    ("President Xi Jinping met with Luis Arce, President of the Plurinational State of Bolivia.", "Bolivia", True),
    ("Premier Li Keqiang met with Roosevelt Skerrit, Prime Minister of the Commonwealth of Dominica.",
     "Dominica", True),
    # the negative: a body's president heads the body, not the country
    ("President Xi Jinping met with Esteban Lazo, President of the National Assembly of People's Power of "
     "Cuba.", "Cuba", False),
])
def test_an_office_of_the_countrys_formal_name_heads_the_country(lead, country, head):
    """Codebook, head_of_state_level: both principals heads of state or government. "President of the
    Republic of Ecuador" is Ecuador's President: the formal name is the country's, not a body's."""
    record = mfa(f"Beijing, December 12th--{lead}", title="Chinese leader meets Latin American leader",
                 published="2018-12-13", url=mfa_en("2018-12-13", 590))
    assert record.relevant and record.country == country
    assert record.head_of_state_level is head


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("zh", "5月8日，&nbsp;中联部部长宋涛在京会见尼加拉瓜桑地诺民族解放阵线代表团。", "2019-05-08"),
    ("zh", "5月8日，<span>　</span>中联部部长宋涛在京会见尼加拉瓜桑地诺民族解放阵线代表团。", "2019-05-08"),
    ("zh", "当地时间5月7日，&nbsp;&nbsp;中共代表团在马那瓜会见桑地诺民族解放阵线领导人。", "2019-05-07"),
    ("en", "On May 7,&nbsp;&nbsp;Song Tao, head of the IDCPC, met with a delegation of the Sandinista National "
     "Liberation Front of Nicaragua.", "2019-05-07"),
    # the negative: a printed headline spaced apart from the lead is still a part of its own
    ("zh", "宋涛会见尼加拉瓜桑解阵代表团&nbsp;&nbsp;&nbsp;5月7日，中联部部长宋涛在京会见尼加拉瓜桑地诺民族解放阵线代表团。",
     "2019-05-07"),
])
def test_a_gap_after_a_comma_is_inside_the_lead(lang, text, day):
    """Codebook, event_date rule 1: the stated day. A blanked entity or tag after a comma leaves a gap
    inside the sentence, not between parts of a page stored on one line: no paragraph ends with a comma."""
    url = zh_url("2019-05-09", 690) if lang == "zh" else en_url("2019-05-09", 690)
    record = idcpc(text, title="宋涛会见尼加拉瓜桑解阵代表团" if lang == "zh" else "Song Tao Meets FSLN Delegation",
                   lang=lang, published="2019-05-09", url=url)
    assert record.relevant and record.event_date == day
