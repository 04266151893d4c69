# ruff: noqa: E501  (probe pages are prose; a line per sentence reads better unbroken)
"""Campaign 17F: fresh party-exchange pages as the web copies them, a new hand's blind sample.

The held-out pages are mostly copies of IDCPC releases on other hosts: People's Daily Online
English, the department's own English and Chinese sites, china.org.cn, big5 gateways in traditional
characters, chinagate, ecns, Global Times, Shine, China Military Online, Qiushi, the party's news
portal, embassy sites, provincial papers (Fujian, Zhejiang, Jilin), Sohu, ifeng, China Youth Net,
Economic Daily's e-paper and a bare IP address. Each probe wears its host's furniture (menus,
bylines, "Web editor", "(Xinhua)", source lines, share bars, related-news lists, e-paper page
labels, 来源/责任编辑 lines) and the leading " date YYYY-MM-DD" marker of a stored copy. The kinds
are those party diplomacy produces, 2008-2026: meetings in Beijing and in the provinces, CPC
delegations to LAC, LAC delegations' stays, messages both ways, courses and study tours, seminars,
forums, briefings, video calls; every one of the 33 LAC states appears; about a fifth are not
relevant (look-alike names, LAC only as a topic, a LAC actor's own affairs, a state-only exchange).

Self-written releases; party, country and official names are facts. Each probe names the values a
careful coder gives under the codebook (shared/eval/SCHEMA.md); fields where the codebook leaves a
coder unsure (mostly whether a centre-left or labour party is "leftist") are marked doubtful.
"""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import (
    BL,
    DI,
    GL,
    IDCPC_EN,
    IDCPC_EN_OLD,
    IDCPC_ZH,
    KE,
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

# The hosts copies stand on (their own address patterns, filled in by ``url``).
PD_EN = "http://en.people.cn/n3/{y}/{m}{d}/c90000-2{n:06d}.html"
CORG = "http://www.china.org.cn/china/{y}-{m}/{d}/content_8{n:07d}.htm"
B5_CRI = "http://big5.cri.cn/gate/big5/news.cri.cn/{y}{m}{d}/a{n:07d}.html"
B5_CCC = "http://big5.china.com.cn/gate/big5/news.china.com.cn/{y}-{m}/{d}/content_4{n:07d}.htm"
B5_GOV = "http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/{y}-{m}/{d}/content_5{n:06d}.htm"
GATE = "http://en.chinagate.cn/news/{y}-{m}/{d}/content_4{n:07d}.htm"
ECNS = "https://www.ecns.cn/news/politics/{y}-{m}-{d}/detail-ihe{n:05d}.shtml"
GT = "https://www.globaltimes.cn/page/{ym}/13{n:05d}.shtml"
SHINE = "https://www.shine.cn/news/nation/{y}{m}{d}{n:04d}/"
MIL = "http://eng.chinamil.com.cn/CHINA_209163/TopStories_209189/{ym}/t{ymd}_{n:07d}.html"
QS = "http://www.qstheory.cn/yaowen/{y}-{m}/{d}/c_11{n:08d}.htm"
CPCNEWS = "http://cpc.people.com.cn/n1/{y}/{m}{d}/c64094-3{n:07d}.html"
EMB = "http://{cc}.china-embassy.gov.cn/zgxw/{ym}/t{ymd}_11{n:06d}.htm"
FJ = "https://fjrb.fjdaily.com/pc/con/{ym}/{d}/content_1{n:06d}.html"
ZJ = "https://zjrb.zjol.com.cn/html/{y}-{m}/{d}/content_3{n:06d}.htm"
JL = "http://jlrbszb.dajilin.com/pc/paper/c/{ym}/{d}/content_1{n:05d}.html"
SOHU = "https://www.sohu.com/a/7{n:08d}_115239"
IFENG = "https://news.ifeng.com/c/8Q{n:04d}kLmZx"
YOUTH = "http://news.youth.cn/gn/{ym}/t{ymd}_1{n:07d}.htm"
CE = "http://paper.ce.cn/pc/content/{ym}/{d}/content_2{n:06d}.html"
IP = "http://124.127.56.{n}/english/news/{ym}/t{ymd}_2.html"
IP_ZH = "http://124.127.56.{n}/lldt/{ym}/t{ymd}_3.html"
GOV_EN = "http://www.idcpc.gov.cn/english/news/{ym}/t{ymd}_5{n:04d}.html"
IDCPC_EN_NEW = IDCPC_EN

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
MAS = "Movement for Socialism (Bolivia)"
FA = "Broad Front"
PSCH = "Socialist Party of Chile"
PPD = "Party for Democracy"
PJ = "Justicialist Party"
UCR = "Radical Civic Union"
PLD = "Dominican Liberation Party"
PRM = "Modern Revolutionary Party"
PPP = "People's Progressive Party/Civic"
PNM = "People's National Movement"
FNM = "Free National Movement"
PLP = "Progressive Liberal Party"
BLP = "Barbados Labour Party"
MORENA = "National Regeneration Movement"
PT_MX = "Labor Party (Mexico)"
PACTO = "Historic Pact for Colombia"
COMUNES = "Commons (Colombia)"
JLP = "Jamaica Labour Party"
PNP_JM = "People's National Party"
LIBRE = "Liberty and Refoundation"
RC = "Citizen Revolution Movement"
NI = "Nuevas Ideas"
PRD_PA = "Democratic Revolutionary Party"
FA_CR = "Broad Front (Costa Rica)"
NNP = "New National Party (Grenada)"
NDC_GD = "National Democratic Congress (Grenada)"
DLP_DM = "Dominica Labour Party"
SLP = "Saint Lucia Labour Party"
ULP = "Unity Labour Party"
ABLP = "Antigua and Barbuda Labour Party"
SKNLP = "Saint Kitts and Nevis Labour Party"
PUP = "People's United Party"
NDP_SR = "National Democratic Party (Suriname)"
URNG = "Guatemalan National Revolutionary Unity"
GUASU = "Guasu Front"
COLORADO_PY = "Colorado Party (Paraguay)"
FREE_PERU = "Free Peru"
PCU = "Communist Party of Uruguay"
PCA = "Communist Party of Argentina"
PCCH = "Communist Party of Chile"

FAMILY = "whether this centre-left, labour or social-democratic party is 'leftist' is the coder's call on its party family"

# Host furniture: the menus, bylines and source lines each host puts around a copied release.
PD_HEAD = " date {iso}\nPeople's Daily Online | Home | China | World | Business | Military | Opinion | Society\n{title}\n(Xinhua) {stamp}\n"
PD_TAIL = "\n(Web editor: {ed})\nRelated News\n{related}\nShare this story"
CORG_HEAD = " date {iso}\nchina.org.cn | Home | China | World | Business | Culture | Travel | Photos\nSource: Xinhua | {iso} | Editor: {ed}\n"
CORG_TAIL = "\nFollow China.org.cn on Twitter and Facebook to join the conversation.\nShare: Facebook | Twitter | Weibo"

PROBES: list[Probe] = [
    # ================= A. People's Daily Online English
    Probe("pd-cuba-lozada-2023",
          "Senior CPC official meets Cuban party delegation",
          " date 2023-06-13\nPeople's Daily Online | Home | China | World | Business | Military | Opinion | Society\nSenior CPC official meets Cuban party delegation\n(Xinhua) 09:12, June 13, 2023\nBEIJING, June 12 (Xinhua) -- Liu Jianchao, who heads the CPC's International Department, met on Monday with a delegation of the Communist Party of Cuba led by Emilio Lozada, chief of the Cuban party's international relations department.\nThe two sides talked about sharing experience in party building and about the economic reforms under way on the island.\n(Web editor: Zhang Kaiwei, Liang Jun)\nRelated News\nCPC delegation visits Argentina, meets Justicialist Party leaders\nChinese, Mexican parties vow closer ties\nShare this story",
          "2023-06-13", url(PD_EN, "2023-06-13", 1),
          yes("Cuba", "meeting", "2023-06-12", parties={PCC}, mechanism=BL, content=DI)),
    Probe("pd-venezuela-psuv-2019",
          "CPC, Venezuelan ruling party pledge to deepen exchanges",
          " date 2019-04-24\nPeople's Daily Online | Home | China | World | Business | Military | Opinion\nCPC, Venezuelan ruling party pledge to deepen exchanges\n(Xinhua) 08:40, April 24, 2019\nBEIJING, April 23 (Xinhua) -- Song Tao, head of the International Department of the CPC, met here on Tuesday with Adán Chávez, vice-president for international affairs of the United Socialist Party of Venezuela (PSUV).\nSong said the CPC values its friendship with the PSUV. Chávez briefed Song on the situation in his country.\n(Web editor: Bianji)\nShare this story",
          "2019-04-24", url(PD_EN, "2019-04-24", 2),
          yes("Venezuela", "meeting", "2019-04-23", parties={PSUV}, mechanism=BL, content=DI)),
    Probe("pd-brazil-pt-video-2022",
          "CPC official holds video talks with Brazil's Workers' Party leader",
          " date 2022-09-15\nPeople's Daily Online | Home | China | World | Business\nCPC official holds video talks with Brazil's Workers' Party leader\n(Xinhua) 10:05, September 15, 2022\nBEIJING, Sept. 14 (Xinhua) -- Liu Jianchao held a video call on Wednesday with Gleisi Hoffmann, president of Brazil's Workers' Party, on relations between the two parties and the coming elections in Brazil.\n(Web editor: Wu Chengliang, Liang Jun)",
          "2022-09-15", url(PD_EN, "2022-09-15", 3),
          yes("Brazil", "video_call", "2022-09-14", parties={PT}, mechanism=BL, content=DI)),
    Probe("pd-global-dialogue-lac-2023",
          "Party leaders from around the world join CPC dialogue on modernization",
          " date 2023-03-16\nPeople's Daily Online | Home | China | World | Politics\nParty leaders from around the world join CPC dialogue on modernization\n(Xinhua) 07:58, March 16, 2023\nBEIJING, March 15 (Xinhua) -- More than 500 political parties and organizations from over 150 countries took part on Wednesday in the CPC in Dialogue with World Political Parties High-level Meeting, held online and in Beijing.\nAmong the speakers were leaders of the Communist Party of Cuba and of Nicaragua's Sandinista National Liberation Front, who praised China's path to modernization.\n(Web editor: Xiang Jingjing, Liang Jun)",
          "2023-03-16", url(PD_EN, "2023-03-16", 4),
          yes(M, "dialogue", "2023-03-15", parties={PCC, FSLN}, mechanism=GL, content=KE)),
    Probe("pd-neg-equatorial-guinea-2023",
          "CPC official meets Equatorial Guinea party delegation",
          " date 2023-11-09\nPeople's Daily Online | Home | China | World | Business\nCPC official meets Equatorial Guinea party delegation\n(Xinhua) 08:31, November 09, 2023\nBEIJING, Nov. 8 (Xinhua) -- Sun Haiyan, deputy head of the CPC International Department, met on Wednesday with a delegation of the Democratic Party of Equatorial Guinea, and the two sides discussed cadre training.\n(Web editor: Chen Lidi)",
          "2023-11-09", url(PD_EN, "2023-11-09", 5), NO),
    Probe("pd-chile-delegation-2023",
          "CPC delegation visits Chile",
          " date 2023-11-11\nPeople's Daily Online | Home | China | World\nCPC delegation visits Chile\n(Xinhua) 16:20, November 11, 2023\nSANTIAGO, Nov. 10 (Xinhua) -- A delegation of the Communist Party of China led by Yuan Jiajun, party chief of Chongqing, paid a visit to Chile from November 6 to 9, after a stop in Spain.\nIn Santiago the delegation held talks with leaders of the Socialist Party of Chile and the Party for Democracy, and called on the president of the Chamber of Deputies.\n(Web editor: Zhong Wenxing, Liang Jun)",
          "2023-11-11", url(PD_EN, "2023-11-11", 6),
          yes("Chile", "delegation_visit_abroad", "2023-11-06", parties={PSCH, PPD}, mechanism=BL, content=DI)),
    Probe("pd-dominican-pld-2018",
          "Senior CPC official meets Dominican party delegation",
          " date 2018-09-21\nPeople's Daily Online | Home | China | World\nSenior CPC official meets Dominican party delegation\n(Xinhua) 09:03, September 21, 2018\nBEIJING, Sept. 20 (Xinhua) -- Chen Zhou, deputy head of the CPC International Department, met here Thursday with a delegation of the Dominican Liberation Party, the ruling party of the Dominican Republic, months after the two countries set up diplomatic ties.\n(Web editor: Sun Zhao, Bianji)",
          "2018-09-21", url(PD_EN, "2018-09-21", 7),
          yes("Dominican Republic", "meeting", "2018-09-20", parties={PLD}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("pd-neg-guinea-rpg-2019",
          "CPC, Guinean ruling party vow to boost cooperation",
          " date 2019-05-17\nPeople's Daily Online | Home | China | World\nCPC, Guinean ruling party vow to boost cooperation\n(Xinhua) 08:15, May 17, 2019\nBEIJING, May 16 (Xinhua) -- Qian Hongshan, a vice minister of the CPC International Department, met on Thursday with a delegation of the Rally of the Guinean People, Guinea's ruling party, led by its secretary-general.\n(Web editor: Gu Jiayi, Bianji)",
          "2019-05-17", url(PD_EN, "2019-05-17", 8), NO),
    Probe("pd-guyana-ppp-2024",
          "CPC official meets Guyanese party leader",
          " date 2024-05-22\nPeople's Daily Online | Home | China | World\nCPC official meets Guyanese party leader\n(Xinhua) 09:40, May 22, 2024\nBEIJING, May 21 (Xinhua) -- Liu Jianchao met here on Tuesday with Bharrat Jagdeo, general secretary of Guyana's People's Progressive Party/Civic and vice president of the country.\nLiu said the CPC is ready to share governance experience with the PPP/C.\n(Web editor: Tian Yi, Liang Jun)",
          "2024-05-22", url(PD_EN, "2024-05-22", 9),
          yes("Guyana", "meeting", "2024-05-21", parties={PPP}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("pd-trinidad-pnm-2019",
          "Trinidad and Tobago party delegation visits China",
          " date 2019-10-25\nPeople's Daily Online | Home | China | World\nTrinidad and Tobago party delegation visits China\n(Xinhua) 11:12, October 25, 2019\nBEIJING, Oct. 24 (Xinhua) -- A delegation of the People's National Movement of Trinidad and Tobago, led by its chairman, is in China from Oct. 20 to 29 at the invitation of the CPC.\nGuo Yezhou, deputy head of the CPC International Department, met the delegation on Thursday. The guests will also visit Jiangsu and Guangdong.\n(Web editor: Bianji)",
          "2019-10-25", url(PD_EN, "2019-10-25", 10),
          yes("Trinidad and Tobago", "delegation_received", "2019-10-20", parties={PNM}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("pd-bahamas-fnm-2018",
          "Song Tao meets Bahamian party delegation",
          " date 2018-06-08\nPeople's Daily Online | Home | China | World\nSong Tao meets Bahamian party delegation\n(Xinhua) 08:22, June 08, 2018\nBEIJING, June 7 (Xinhua) -- Song Tao, who leads the CPC's International Department, met with a delegation of the Free National Movement of the Bahamas here Thursday.\n(Web editor: Liang Jun)",
          "2018-06-08", url(PD_EN, "2018-06-08", 11),
          yes("Bahamas", "meeting", "2018-06-07", parties={FNM}, mechanism=B, content=DI)),
    Probe("pd-lac-centenary-messages-2021",
          "Latin American parties send congratulations on CPC centenary",
          " date 2021-07-02\nPeople's Daily Online | Home | China | World\nLatin American parties send congratulations on CPC centenary\n(Xinhua) 10:30, July 02, 2021\nBEIJING, July 1 (Xinhua) -- Political parties of Latin America have sent letters and messages to the Communist Party of China on its 100th anniversary.\nThe Communist Party of Cuba said in its message that the CPC has led the Chinese people to great achievements. The United Socialist Party of Venezuela wished the CPC further success, and Brazil's Workers' Party praised China's victory over extreme poverty.\n(Web editor: Hu Ximeng, Liang Jun)",
          "2021-07-02", url(PD_EN, "2021-07-02", 12),
          yes(M, "message", "2021-07-01", parties={PCC, PSUV, PT}, mechanism=RL, content=DI)),
    Probe("pd-barbados-blp-2024",
          "CPC official meets Barbadian party delegation",
          " date 2024-10-18\nPeople's Daily Online | Home | China | World\nCPC official meets Barbadian party delegation\n(Xinhua) 09:00, October 18, 2024\nBEIJING, Oct. 17 (Xinhua) -- Ma Hui, a deputy head of the CPC International Department, met on Thursday with a delegation of the Barbados Labour Party led by its general secretary.\n(Web editor: Zhang Kaiwei, Liang Jun)",
          "2024-10-18", url(PD_EN, "2024-10-18", 13),
          yes("Barbados", "meeting", "2024-10-17", parties={BLP}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),

    # ================= B. the department's English site (new and old)
    Probe("idcpc-en-argentina-pj-2024",
          "Sun Haiyan Meets Delegation of Argentina's Justicialist Party",
          "Beijing, April 9th (IDCPC)—Sun Haiyan, a vice minister of the IDCPC, met here today with a delegation of the Justicialist Party of Argentina led by a member of its national council.\nThe two sides exchanged views on relations between the parties and the countries.",
          "2024-04-09", url(IDCPC_EN_NEW, "2024-04-09", 14),
          yes("Argentina", "meeting", "2024-04-09", parties={PJ}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("idcpc-en-uruguay-fa-2023",
          "Liu Jianchao Meets Broad Front Delegation of Uruguay",
          "Beijing, July 4th (IDCPC)—Liu Jianchao received here today a delegation of Uruguay's Broad Front headed by its president Fernando Pereira.\nLiu said the CPC is willing to deepen dialogue with the Broad Front on governance. Pereira thanked the CPC for the warm welcome.",
          "2023-07-04", url(IDCPC_EN_NEW, "2023-07-04", 15),
          yes("Uruguay", "meeting", "2023-07-04", parties={FA}, mechanism=BL, content=DI)),
    Probe("idcpc-en-ecuador-rc-video-2021",
          "Song Tao Holds Video Call with Leader of Ecuador's Citizen Revolution",
          "Beijing, March 10th (IDCPC)—Song Tao held a video call today with a leader of Ecuador's Citizen Revolution Movement. The two sides talked about the fight against COVID-19 and exchanges between the two parties.",
          "2021-03-10", url(IDCPC_EN_NEW, "2021-03-10", 16),
          yes("Ecuador", "video_call", "2021-03-10", parties={RC}, mechanism=BL, content=DI)),
    Probe("idcpc-en-bolivia-mas-message-2020",
          "IDCPC Congratulates MAS on Election Victory in Bolivia",
          "Beijing, October 23rd (IDCPC)—The International Department of the CPC Central Committee sent a message today to the Movement for Socialism of Bolivia, congratulating it on its candidate Luis Arce's victory in the general election.\nThe message said the CPC would work with the MAS to carry forward the friendship of the two parties.",
          "2020-10-23", url(IDCPC_EN_NEW, "2020-10-23", 17),
          yes("Bolivia", "message", "2020-10-23", parties={MAS}, mechanism=BL, content=DI)),
    Probe("idcpc-en-el-salvador-ni-2024",
          "Delegation of El Salvador's Nuevas Ideas Party Visits China",
          "At the invitation of the CPC, a delegation of the Nuevas Ideas party of El Salvador visited China from March 3 to 10.\nIn Beijing, Ma Hui, a vice minister of the IDCPC, met the delegation. The guests also went to Sichuan, where they learned about rural revitalization.",
          "2024-03-12", url(IDCPC_EN_NEW, "2024-03-12", 18),
          yes("El Salvador", "delegation_received", "2024-03-03", parties={NI}, mechanism=B, content=DI)),
    Probe("idcpc-en-panama-prd-2018",
          "Guo Yezhou Meets Panamanian Democratic Revolutionary Party Delegation",
          "Beijing, November 14th (IDCPC)—Guo Yezhou, vice minister of the IDCPC, met here today with a delegation of the Democratic Revolutionary Party of Panama.\nGuo said relations between China and Panama have grown fast since diplomatic ties were set up.",
          "2018-11-14", url(IDCPC_EN_NEW, "2018-11-14", 19),
          yes("Panama", "meeting", "2018-11-14", parties={PRD_PA}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("idcpc-en-costa-rica-fa-2019",
          "Chen Zhou Meets Broad Front Delegation of Costa Rica",
          "Beijing, May 28th (IDCPC)—Chen Zhou, a vice minister of the IDCPC, met today with a delegation of the Broad Front of Costa Rica led by its national chairman. Both sides exchanged views on party-to-party exchanges.",
          "2019-05-28", url(IDCPC_EN_NEW, "2019-05-28", 20),
          yes("Costa Rica", "meeting", "2019-05-28", parties={FA_CR}, mechanism=BL, content=DI)),
    Probe("idcpc-en-caribbean-course-2019",
          "Seminar for Caribbean Party Cadres Opens in Beijing",
          "Beijing, June 18th (IDCPC)—A seminar for cadres of political parties from eight Caribbean countries, run by the IDCPC, opened here today. Over two weeks the 30 participants will attend lectures on China's development and travel to Zhejiang.\nQian Hongshan, vice minister of the IDCPC, spoke at the opening ceremony.",
          "2019-06-18", url(IDCPC_EN_NEW, "2019-06-18", 21),
          yes(M, "training_course", "2019-06-18", mechanism=R, content=KE)),
    Probe("idcpc-en-briefing-lac-envoys-2022",
          "IDCPC Briefs Latin American and Caribbean Envoys on 20th CPC National Congress",
          "Beijing, November 3rd (IDCPC)—The IDCPC held a briefing here today for ambassadors and diplomats of Latin American and Caribbean countries in China on the outcomes of the 20th National Congress of the CPC.\nA vice minister of the department gave the presentation and answered questions from the envoys.",
          "2022-11-03", url(IDCPC_EN_NEW, "2022-11-03", 22),
          yes(M, "briefing", "2022-11-03", mechanism=R, content=KE)),
    Probe("idcpc-en-cuba-online-seminar-2021",
          "CPC and Communist Party of Cuba Hold Online Theory Seminar",
          "Beijing, December 2nd (IDCPC)—The 11th theory seminar between the CPC and the Communist Party of Cuba was held today by video link, on the theme of party building in the new era.\nScholars and officials from both parties spoke. The CPC side was led by a vice minister of the IDCPC.",
          "2021-12-02", url(IDCPC_EN_NEW, "2021-12-02", 23),
          yes("Cuba", "seminar", "2021-12-02", parties={PCC}, mechanism=BL, content=KE)),
    Probe("idcpc-en-uruguay-pcu-centenary-2020",
          "CPC Central Committee Congratulates Communist Party of Uruguay on Its Centenary",
          "Beijing, September 21st (IDCPC)—The CPC Central Committee sent a message today to the Central Committee of the Communist Party of Uruguay, extending warm congratulations on the 100th anniversary of its founding.",
          "2020-09-21", url(IDCPC_EN_NEW, "2020-09-21", 24),
          yes("Uruguay", "message", "2020-09-21", parties={PCU}, mechanism=BL, content=DI)),
    Probe("idcpc-en-mexico-colombia-trip-2024",
          "CPC Delegation Visits Mexico and Colombia",
          "Mexico City, September 13th—A CPC delegation led by a vice minister of the IDCPC visited Mexico and Colombia from September 5 to 12.\nIn Mexico City the delegation met leaders of the National Regeneration Movement; in Bogota it held talks with the Historic Pact and with members of the Colombian congress.",
          "2024-09-14", url(IDCPC_EN_NEW, "2024-09-14", 25),
          yes(M, "delegation_visit_abroad", "2024-09-05", parties={MORENA, PACTO}, mechanism=RL, content=DI)),
    Probe("idcpc-en-peru-study-guizhou-2019",
          "Peruvian Party Cadres Study Poverty Relief in Guizhou",
          "Guiyang, August 22nd—A study group of cadres of Peruvian political parties visited Guizhou from August 19 to 23 at the invitation of the IDCPC. They toured villages and a big data park and talked with local officials about poverty relief.",
          "2019-08-24", url(IDCPC_EN_NEW, "2019-08-24", 26),
          yes("Peru", "field_trip", "2019-08-19", mechanism=B, content=KE)),
    Probe("idcpc-en-neg-envoys-two-sessions-2024",
          "IDCPC Briefs Foreign Diplomats on the Two Sessions",
          "Beijing, March 13th (IDCPC)—The IDCPC held a briefing here today for diplomats of Asian, African and European countries on the annual sessions of the National People's Congress and the CPPCC.",
          "2024-03-13", url(IDCPC_EN_NEW, "2024-03-13", 27), NO),
    Probe("idcpc-en-sao-paulo-forum-2019",
          "CPC Delegation Attends 25th São Paulo Forum in Caracas",
          "Caracas, July 28th—A delegation of the CPC attended the 25th meeting of the São Paulo Forum, held in Caracas from July 25 to 28. The head of the delegation addressed the plenary and met leaders of several Latin American left-wing parties on the sidelines.",
          "2019-07-30", url(IDCPC_EN_NEW, "2019-07-30", 28),
          yes(M, "forum", "2019-07-25", mechanism=RL, content=KE)),
    Probe("gov-en-paraguay-colorado-2009",
          "Wang Jiarui Meets Colorado Party Delegation of Paraguay",
          "( 2009.06.12 )\nBeijing, June 11th--Wang Jiarui, who then headed the CPC's International Department, met here today with a delegation of Paraguay's Colorado Party. The two sides discussed party contacts between countries without diplomatic ties.\nEnditem",
          "2009-06-12", url(GOV_EN, "2009-06-12", 29),
          yes("Paraguay", "meeting", "2009-06-11", parties={COLORADO_PY}, mechanism=B, content=DI)),
    Probe("gov-en-haiti-earthquake-2010",
          "IDCPC Sends Sympathy Message to Haitian Political Parties",
          "( 2010.01.15 )\nBeijing, January 14th--The International Department of the CPC Central Committee sent a message today to the main political parties of Haiti, expressing deep sympathy over the heavy losses caused by the earthquake.\nEnditem",
          "2010-01-15", url(GOV_EN, "2010-01-15", 30),
          yes("Haiti", "message", "2010-01-14", mechanism=B, content=DI)),
    Probe("old-en-saint-lucia-slp-2012",
          "Li Jinjun Meets Saint Lucia Labour Party Delegation",
          "Source: IDCPC\n2012-05-18\nBeijing, May 17th--Li Jinjun, a vice minister of the IDCPC, met here today with a delegation of the Saint Lucia Labour Party. Li briefed the guests on China's development.",
          "2012-05-18", url(IDCPC_EN_OLD, "2012-05-18", 31),
          yes("Saint Lucia", "meeting", "2012-05-17", parties={SLP}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
]

PROBES_ZH: list[Probe] = [
    # ================= C. the department's Chinese site, and a bare-IP mirror
    Probe("zh-cuba-lozada-2024", "刘建超会见古巴共产党中央国际关系部部长",
          "2024年1月16日，中联部部长刘建超在京会见古巴共产党中央委员、中央国际关系部部长埃米利奥·洛萨达。双方就深化两党交流合作交换了意见。",
          "2024-01-16", url(IDCPC_ZH, "2024-01-16", 40),
          yes("Cuba", "meeting", "2024-01-16", parties={PCC}, mechanism=BL, content=DI), lang="zh"),
    Probe("zh-venezuela-cabello-video-2022", "刘建超同委内瑞拉统一社会主义党第一副主席卡韦略视频通话",
          "9月28日，中联部部长刘建超同委内瑞拉统一社会主义党第一副主席卡韦略举行视频通话。刘建超表示，中方愿同统社党加强治国理政经验交流。",
          "2022-09-29", url(IDCPC_ZH, "2022-09-29", 41),
          yes("Venezuela", "video_call", "2022-09-28", parties={PSUV}, mechanism=BL, content=DI), lang="zh"),
    Probe("zh-argentina-pj-zhejiang-2018", "阿根廷正义党干部考察团访问浙江",
          "应中联部邀请，阿根廷正义党干部考察团于10月15日至21日访华。考察团在浙江参观了乡村和企业，了解中国共产党基层组织建设经验。",
          "2018-10-23", url(IDCPC_ZH, "2018-10-23", 42),
          yes("Argentina", "field_trip", "2018-10-15", parties={PJ}, mechanism=B, content=KE), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("zh-mexico-pt-anaya-2019", "郭业洲会见墨西哥劳动党主席阿纳亚",
          "4月17日，中联部副部长郭业洲在京会见墨西哥劳动党全国领导委员会主席阿尔韦托·阿纳亚。双方就两党关系和共同关心的问题交换看法。",
          "2019-04-18", url(IDCPC_ZH, "2019-04-18", 43),
          yes("Mexico", "meeting", "2019-04-17", parties={PT_MX}, mechanism=BL, content=DI), lang="zh"),
    Probe("zh-dominica-labour-2023", "孙海燕会见多米尼克工党代表团",
          "11月21日，中联部副部长孙海燕在京会见多米尼克工党总书记率领的代表团，介绍了中国式现代化的内涵。",
          "2023-11-22", url(IDCPC_ZH, "2023-11-22", 44),
          yes("Dominica", "meeting", "2023-11-21", parties={DLP_DM}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("zh-saint-lucia-slp-2019", "钱洪山会见圣卢西亚工党领袖",
          "6月5日，中联部副部长钱洪山在京会见圣卢西亚工党领袖皮埃尔。双方就两党交往交换意见。",
          "2019-06-06", url(IDCPC_ZH, "2019-06-06", 45),
          yes("Saint Lucia", "meeting", "2019-06-05", parties={SLP}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("zh-china-lac-parties-forum-2018", "中国—拉美政党论坛第六届会议在深圳举行",
          "12月4日至5日，中国—拉美政党论坛第六届会议在深圳举行，来自拉美和加勒比地区20多个国家的政党领导人与会，围绕共建“一带一路”展开讨论。中联部部长宋涛出席开幕式并致辞。",
          "2018-12-06", url(IDCPC_ZH, "2018-12-06", 46),
          yes(M, "forum", "2018-12-04", mechanism=R, content=KE), lang="zh"),
    Probe("zh-neg-guinea-2021", "中联部副部长会见几内亚人民联盟代表",
          "3月9日，中联部副部长陈洲同几内亚人民联盟总书记举行视频会谈，双方介绍了各自国家抗击疫情的情况。",
          "2021-03-10", url(IDCPC_ZH, "2021-03-10", 47), NO, lang="zh"),
    Probe("zh-panama-prd-message-2019", "中联部致电祝贺巴拿马民主革命党赢得大选",
          "5月7日，中联部致电巴拿马民主革命党，祝贺该党候选人科尔蒂索在大选中获胜。贺电表示，中方愿同民革党加强交流，推动两国关系发展。",
          "2019-05-08", url(IDCPC_ZH, "2019-05-08", 48),
          yes("Panama", "message", "2019-05-07", parties={PRD_PA}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("zh-neg-psoe-latam-2017", "中联部副部长会见西班牙工人社会党代表团",
          "6月13日，中联部副部长郭业洲在京会见西班牙工人社会党代表团。双方就中欧关系和拉丁美洲形势交换了意见。",
          "2017-06-14", url(IDCPC_ZH, "2017-06-14", 49), NO, lang="zh"),
    Probe("ip-en-grenada-nnp-2019",
          "Qian Hongshan Meets Delegation of Grenada's New National Party",
          "Beijing, September 24th (IDCPC)—Qian Hongshan, vice minister of the IDCPC, met here today with a delegation of the New National Party of Grenada led by its deputy political leader. Qian said the CPC values its friendly exchanges with the NNP.",
          "2019-09-24", url(IP, "2019-09-24", 50),
          yes("Grenada", "meeting", "2019-09-24", parties={NNP}, mechanism=B, content=DI)),
    Probe("ip-zh-dominican-prm-2021", "陈洲同多米尼加现代革命党总书记视频会谈",
          "6月22日，中联部副部长陈洲同多米尼加现代革命党总书记举行视频会谈，就加强两党交流合作达成共识。",
          "2021-06-23", url(IP_ZH, "2021-06-23", 51),
          yes("Dominican Republic", "video_call", "2021-06-22", parties={PRM}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),

    # ================= D. china.org.cn
    Probe("corg-colombia-comunes-guangxi-2019",
          "Colombian party delegation learns from Guangxi's poverty fight",
          " date 2019-11-29\nchina.org.cn | Home | China | World | Business | Culture | Travel | Photos\nSource: Xinhua | 2019-11-29 | Editor: Wang Yiyi\nNANNING, Nov. 28 (Xinhua) -- A delegation of Colombia's Common Alternative Revolutionary Force (FARC) party, on a study tour at the CPC's invitation, visited villages in Guangxi Zhuang Autonomous Region this week to learn how local officials lifted families out of poverty.\nThe tour runs from Nov. 25 to 30.\nFollow China.org.cn on Twitter and Facebook to join the conversation.\nShare: Facebook | Twitter | Weibo",
          "2019-11-29", url(CORG, "2019-11-29", 52),
          yes("Colombia", "field_trip", "2019-11-25", parties={COMUNES}, mechanism=BL, content=KE)),
    Probe("corg-jamaica-jlp-2019",
          "Senior CPC official meets Jamaica Labour Party delegation",
          " date 2019-03-22\nchina.org.cn | Home | China | World | Business | Photos\nSource: Xinhua | 2019-03-22 | Editor: Li Xiao\nBEIJING, March 21 (Xinhua) -- Guo Yezhou, deputy head of the International Department of the CPC Central Committee, met on Thursday with a delegation of the ruling Jamaica Labour Party, led by its general secretary.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2019-03-22", url(CORG, "2019-03-22", 53),
          yes("Jamaica", "meeting", "2019-03-21", parties={JLP}, mechanism=B, content=DI)),
    Probe("corg-neg-galicia-2018",
          "CPC delegation visits Spain's Galicia",
          " date 2018-05-12\nchina.org.cn | Home | China | World\nSource: Xinhua | 2018-05-12 | Editor: Zhang Liying\nSANTIAGO DE COMPOSTELA, Spain, May 11 (Xinhua) -- A CPC delegation met here on Friday with leaders of the Galician Nationalist Bloc and of Galicia's regional government, discussing cooperation in fisheries and tourism.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2018-05-12", url(CORG, "2018-05-12", 54), NO),
    Probe("corg-brazil-pcdob-seminar-2016",
          "CPC officials join Brazilian Communist Party seminar in Sao Paulo",
          " date 2016-11-26\nchina.org.cn | Home | China | World | Business\nSource: Xinhua | 2016-11-26 | Editor: Xu Xiaoxuan\nSAO PAULO, Nov. 24 (Xinhua) -- A seminar on socialism in the 21st century, co-hosted by the Communist Party of Brazil and a visiting CPC delegation, was held here on Thursday, with some 100 party members and academics attending.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2016-11-26", url(CORG, "2016-11-26", 55),
          yes("Brazil", "seminar", "2016-11-24", parties={PCDOB}, mechanism=BL, content=KE)),
    Probe("corg-haiti-legislators-2017",
          "CPC official meets Haitian lawmakers",
          " date 2017-05-12\nchina.org.cn | Home | China | World\nSource: Xinhua | 2017-05-12 | Editor: Wu Jin\nBEIJING, May 11 (Xinhua) -- Li Jun, a deputy head of the International Department of the CPC Central Committee, met on Thursday with a group of members of Haiti's Chamber of Deputies who are visiting China.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2017-05-12", url(CORG, "2017-05-12", 56),
          yes("Haiti", "meeting", "2017-05-11", mechanism=B, content=DI)),
    Probe("corg-paraguay-guasu-2025",
          "CPC official meets Paraguayan opposition front",
          " date 2025-04-10\nchina.org.cn | Home | China | World\nSource: Xinhua | 2025-04-10 | Editor: Zhou Xin\nBEIJING, April 9 (Xinhua) -- Sun Haiyan, deputy head of the CPC International Department, met on Wednesday with a delegation of Paraguay's Guasu Front led by a senator.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2025-04-10", url(CORG, "2025-04-10", 57),
          yes("Paraguay", "meeting", "2025-04-09", parties={GUASU}, mechanism=BL, content=DI)),

    # ================= E. big5 gateways, traditional characters
    Probe("b5cri-cuba-wang-huning-2023", "王滬寧會見古巴共產黨代表團",
          " date 2023-06-15\n國際在線 | 首頁 | 新聞 | 國內 | 國際\n2023-06-15 08:12:30 | 來源：新華網 | 編輯：劉小雨\n新華社北京6月14日電　中共中央政治局常委、全國政協主席王滬寧14日在北京會見由古共中央政治局委員莫拉萊斯率領的古巴共產黨代表團。雙方表示將繼續加強兩黨友好交往。\n分享到：",
          "2023-06-15", url(B5_CRI, "2023-06-15", 60),
          yes("Cuba", "meeting", "2023-06-14", parties={PCC}, mechanism=BL, content=DI), lang="zh"),
    Probe("b5ccc-nicaragua-fsln-2023", "劉建超會見尼加拉瓜桑地諾民族解放陣線代表團",
          " date 2023-04-21\n中國網 | 首頁 | 新聞中心 | 國際\n來源：中聯部網站 | 作者： | 2023-04-21\n4月20日，中聯部部長劉建超在京會見尼加拉瓜桑地諾民族解放陣線代表團。劉建超表示，中方願同桑解陣加強治黨治國經驗交流。\n責任編輯：張明",
          "2023-04-21", url(B5_CCC, "2023-04-21", 61),
          yes("Nicaragua", "meeting", "2023-04-20", parties={FSLN}, mechanism=BL, content=DI), lang="zh"),
    Probe("b5gov-brazil-pt-cai-qi-2024", "蔡奇會見巴西勞工黨主席",
          " date 2024-06-06\n中國政府網 | 首頁 | 新聞 | 要聞\n2024-06-06 07:41 來源：新華社\n新華社北京6月5日電　中共中央政治局常委、中央書記處書記蔡奇5日在北京會見巴西勞工黨主席霍夫曼。蔡奇表示，中方願同巴西勞工黨深化交流互鑒。\n【我要糾錯】 責任編輯：王洋",
          "2024-06-06", url(B5_GOV, "2024-06-06", 62),
          yes("Brazil", "meeting", "2024-06-05", parties={PT}, mechanism=BL, content=DI), lang="zh"),
    Probe("b5cri-lac-cadre-course-2017", "拉美國家政黨幹部研修班在京開班",
          " date 2017-09-12\n國際在線 | 首頁 | 新聞\n2017-09-12 10:02:11 | 來源：國際在線\n9月11日，由中聯部主辦的拉美國家政黨幹部研修班在北京開班。來自阿根廷、智利、秘魯、烏拉圭等國的30餘名政黨幹部將在華學習兩周。",
          "2017-09-12", url(B5_CRI, "2017-09-12", 63),
          yes(M, "training_course", "2017-09-11", mechanism=R, content=KE), lang="zh"),
    Probe("b5ccc-neg-equatorial-guinea-2019", "中聯部副部長會見赤道幾內亞民主黨代表團",
          " date 2019-07-03\n中國網 | 首頁 | 新聞中心\n來源：中國網 | 2019-07-03\n7月2日，中聯部副部長陳洲在京會見赤道幾內亞民主黨代表團。\n責任編輯：李靜",
          "2019-07-03", url(B5_CCC, "2019-07-03", 64), NO, lang="zh"),
    Probe("b5gov-bolivia-mas-video-2020", "宋濤同玻利維亞爭取社會主義運動領導人視頻通話",
          " date 2020-06-19\n中國政府網 | 首頁 | 新聞\n2020-06-19 09:30 來源：新華網\n6月18日，中聯部部長宋濤同玻利維亞爭取社會主義運動主席莫拉萊斯舉行視頻通話，雙方就新冠肺炎疫情和兩黨關係交換意見。",
          "2020-06-19", url(B5_GOV, "2020-06-19", 65),
          yes("Bolivia", "video_call", "2020-06-18", parties={MAS}, mechanism=BL, content=DI), lang="zh"),
    Probe("b5cri-peru-free-peru-2021", "陳洲會見自由秘魯黨代表團",
          " date 2021-11-18\n國際在線 | 首頁 | 新聞\n2021-11-18 09:12:03 | 來源：國際在線\n11月17日，中聯部副部長陳洲在京會見自由秘魯黨代表團。雙方表示願加強兩黨交流。",
          "2021-11-18", url(B5_CRI, "2021-11-18", 66),
          yes("Peru", "meeting", "2021-11-17", parties={FREE_PERU}, mechanism=BL, content=DI), lang="zh"),
    Probe("b5ccc-svg-ulp-2016", "中聯部副部長會見聖文森特和格林納丁斯團結工黨代表團",
          " date 2016-10-13\n中國網 | 首頁 | 新聞中心\n來源：中聯部網站 | 2016-10-13\n10月12日，中聯部副部長在京會見聖文森特和格林納丁斯團結工黨代表團，雙方就加強交往交換了看法。",
          "2016-10-13", url(B5_CCC, "2016-10-13", 67),
          yes("Saint Vincent and the Grenadines", "meeting", "2016-10-12", parties={ULP}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),

    # ================= F. chinagate, ecns, Global Times, Shine, China Military Online
    Probe("gate-argentina-ucr-trip-2018",
          "CPC delegation visits Argentina",
          " date 2018-04-20\nChina.org.cn | China Gate | News | Business | Policies\nSource: Xinhua | 2018-04-20\nBUENOS AIRES, April 19 (Xinhua) -- A delegation of the Communist Party of China wrapped up a visit to Argentina on Thursday, which began on April 15 and followed a stay in Portugal.\nIn Buenos Aires the delegation held talks with leaders of the Radical Civic Union and met the deputy speaker of the Chamber of Deputies.",
          "2018-04-20", url(GATE, "2018-04-20", 70),
          yes("Argentina", "delegation_visit_abroad", "2018-04-15", parties={UCR}, mechanism=B, content=DI)),
    Probe("gate-belize-pup-2015",
          "CPC official meets Belize opposition party delegation",
          " date 2015-07-10\nChina.org.cn | China Gate | News\nSource: Xinhua | 2015-07-10\nBEIJING, July 9 (Xinhua) -- A deputy head of the International Department of the CPC Central Committee met on Thursday with a delegation of Belize's People's United Party, although the two countries have no diplomatic ties.",
          "2015-07-10", url(GATE, "2015-07-10", 71),
          yes("Belize", "meeting", "2015-07-09", parties={PUP}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("gate-neg-lac-trade-topic-2016",
          "Scholars discuss China-Latin America economic ties",
          " date 2016-09-08\nChina.org.cn | China Gate | News\nSource: China.org.cn | 2016-09-08\nBEIJING, Sept. 7 -- Chinese economists met here on Wednesday to discuss trade and investment between China and Latin America, as Chinese firms expand in Brazil, Chile and Peru.",
          "2016-09-08", url(GATE, "2016-09-08", 72), NO),
    Probe("ecns-mexico-morena-2023",
          "CPC official meets Mexican ruling party leader",
          " date 2023-10-19\nEcns.cn | Home | Politics | Society\n(ECNS) -- Liu Jianchao, head of the CPC's International Department, met on Wednesday in Beijing with Mario Delgado, president of Mexico's National Regeneration Movement (Morena).\nThe two agreed to strengthen party-to-party dialogue.\n(Xinhua)",
          "2023-10-19", url(ECNS, "2023-10-19", 73),
          yes("Mexico", "meeting", "2023-10-18", parties={MORENA}, mechanism=BL, content=DI)),
    Probe("ecns-st-kitts-labour-2024",
          "Saint Kitts and Nevis party leaders visit China",
          " date 2024-07-12\nEcns.cn | Home | Politics\n(ECNS) -- Sun Haiyan, deputy head of the CPC International Department, met in Beijing on Thursday with a delegation of the Saint Kitts and Nevis Labour Party, the Caribbean country's governing party.\n(Xinhua)",
          "2024-07-12", url(ECNS, "2024-07-12", 74),
          yes("Saint Kitts and Nevis", "meeting", "2024-07-11", parties={SKNLP}, mechanism=B, content=DI),
          doubtful={"mechanism": FAMILY}),
    Probe("ecns-neg-cuba-plenum-2024",
          "Cuban Communist Party holds plenum on economy",
          " date 2024-07-05\nEcns.cn | Home | World\n(ECNS) -- The Central Committee of the Communist Party of Cuba held a plenary session in Havana on Thursday to review the country's economic program, with Miguel Díaz-Canel calling for more domestic food production.\n(Xinhua)",
          "2024-07-05", url(ECNS, "2024-07-05", 75), NO),
    Probe("gt-colombia-pacto-2023",
          "Colombian Historic Pact delegation visits China",
          " date 2023-08-30\nGlobal Times | China | Politics\nBy Global Times Published: Aug 30, 2023 10:21 PM\nA delegation of Colombia's ruling Historic Pact coalition is visiting China from August 27 to September 2 at the invitation of the CPC, the International Department of the CPC Central Committee said on Wednesday.\nThe delegation met with department officials in Beijing and will travel to Shaanxi.",
          "2023-08-30", url(GT, "2023-08-30", 76),
          yes("Colombia", "delegation_received", "2023-08-27", parties={PACTO}, mechanism=BL, content=DI)),
    Probe("gt-honduras-libre-fujian-2024",
          "Honduran party delegation studies rural revitalization in Fujian",
          " date 2024-04-26\nGlobal Times | China | Society\nBy Global Times Published: Apr 26, 2024 08:45 PM\nA study group of Honduras' ruling Liberty and Refoundation Party (LIBRE) toured villages and tea farms in Fujian Province from April 22 to 25, the province's foreign affairs office said.",
          "2024-04-26", url(GT, "2024-04-26", 77),
          yes("Honduras", "field_trip", "2024-04-22", parties={LIBRE}, mechanism=BL, content=KE)),
    Probe("gt-neg-state-brazil-agriculture-2024",
          "Chinese vice premier meets Brazilian agriculture minister",
          " date 2024-05-14\nGlobal Times | China | Diplomacy\nBy Xinhua Published: May 14, 2024 09:02 PM\nChinese Vice Premier Liu Guozhong met with Brazilian Minister of Agriculture Carlos Fávaro in Beijing on Tuesday, and the two sides discussed trade in beef and soybeans.",
          "2024-05-14", url(GT, "2024-05-14", 78), NO),
    Probe("shine-uruguay-fa-shanghai-2019",
          "Uruguayan party delegation tours Shanghai's Pudong",
          " date 2019-09-12\nSHINE | Nation | Metro | Business\nXinhua | 2019-09-12\nA delegation of Uruguay's ruling Broad Front visited Shanghai on Wednesday, touring the Pudong New Area and a community center to learn about the city's development. The group came to China at the invitation of the CPC and also visited Zhejiang.",
          "2019-09-12", url(SHINE, "2019-09-12", 79),
          yes("Uruguay", "field_trip", "2019-09-11", parties={FA}, mechanism=BL, content=KE)),
    Probe("shine-cuba-chen-jining-2024",
          "Shanghai party chief meets Cuban guests",
          " date 2024-09-20\nSHINE | Nation | Metro\nShine | 2024-09-20\nChen Jining, Party secretary of Shanghai, met a delegation of the Communist Party of Cuba on Thursday, saying the city is willing to expand exchanges with Havana in biomedicine and tourism.",
          "2024-09-20", url(SHINE, "2024-09-20", 80),
          yes("Cuba", "meeting", "2024-09-19", parties={PCC}, mechanism=BL, content=DI)),
    Probe("shine-neg-film-week-2024",
          "Latin American film week opens in Shanghai",
          " date 2024-11-02\nSHINE | Metro | Entertainment\nShine | 2024-11-02\nA week of films from Argentina, Mexico and Chile opened in Shanghai on Friday, with screenings at five cinemas across the city.",
          "2024-11-02", url(SHINE, "2024-11-02", 81), NO),
    Probe("mil-cuba-wang-huning-2023",
          "Senior CPC official meets delegation of Communist Party of Cuba",
          " date 2023-06-15\nChina Military Online | English | China | Top Stories\nSource: Xinhua | Editor: Chen Zhuo | 2023-06-15 10:12:33\nBEIJING, June 14 (Xinhua) -- Wang Huning, a top Chinese political advisor, met on Wednesday in Beijing with a delegation of the Communist Party of Cuba led by Roberto Morales Ojeda.",
          "2023-06-15", url(MIL, "2023-06-15", 82),
          yes("Cuba", "meeting", "2023-06-14", parties={PCC}, mechanism=BL, content=DI)),
    Probe("mil-neg-military-venezuela-2018",
          "Chinese military delegation visits Venezuela",
          " date 2018-11-20\nChina Military Online | English | China | Military Exchanges\nSource: China Military Online | Editor: Li Jiayao | 2018-11-20\nCARACAS, Nov. 19 -- A delegation of the Chinese People's Liberation Army met with Venezuela's defense minister on Monday, and the two sides discussed training and military medicine.",
          "2018-11-20", url(MIL, "2018-11-20", 83), NO),
]

PROBES_COPIES: list[Probe] = [
    # ================= G. Qiushi, the party's news portal
    Probe("qs-cuba-theory-seminar-2019", "第九次中古两党理论研讨会在古巴举行",
          " date 2019-04-12\n求是网 | 首页 | 要闻 | 理论\n来源：新华社 | 2019-04-12 08:30\n新华社哈瓦那4月11日电　中国共产党和古巴共产党第九次理论研讨会11日在哈瓦那举行，主题为“新时代的党的建设”。两党专家学者围绕社会主义建设经验进行了深入交流。\n责任编辑：王萌",
          "2019-04-12", url(QS, "2019-04-12", 90),
          yes("Cuba", "seminar", "2019-04-11", parties={PCC}, mechanism=BL, content=KE), lang="zh"),
    Probe("qs-brazil-pcdob-centenary-2022", "习近平致电祝贺巴西共产党成立100周年",
          " date 2022-03-26\n求是网 | 首页 | 要闻\n来源：新华社 | 2022-03-26 09:02\n新华社北京3月25日电　中共中央总书记习近平25日致电巴西共产党主席卢西亚娜·桑托斯，祝贺巴西共产党成立100周年。习近平表示，中国共产党高度重视同巴西共产党的传统友好关系。\n责任编辑：李娜",
          "2022-03-26", url(QS, "2022-03-26", 91),
          yes("Brazil", "message", "2022-03-25", parties={PCDOB}, mechanism=BL, content=DI), lang="zh"),
    Probe("cpcnews-brazil-pcdob-2017", "宋涛会见巴西共产党主席",
          " date 2017-05-11\n中国共产党新闻网>>高层动态\n2017年05月11日08:12 来源：人民网-人民日报\n本报北京5月10日电　中联部部长宋涛10日在京会见巴西共产党主席卢西亚娜·桑托斯，双方就两党关系交换意见。\n(责任编辑：王珂园、常雪梅)\n相关新闻\n宋涛会见古巴共产党代表团\n中共代表团访问墨西哥",
          "2017-05-11", url(CPCNEWS, "2017-05-11", 92),
          yes("Brazil", "meeting", "2017-05-10", parties={PCDOB}, mechanism=BL, content=DI), lang="zh"),
    Probe("cpcnews-caribbean-jiangxi-2018", "加勒比国家政党干部考察团赴江西考察",
          " date 2018-12-14\n中国共产党新闻网>>党建>>对外交流\n2018年12月14日09:40 来源：江西日报\n应中联部邀请，牙买加、巴巴多斯、格林纳达等加勒比国家政党干部考察团12月10日至13日在江西考察，参观了井冈山革命博物馆和现代农业园区。\n(责任编辑：杨丽娜、谢磊)",
          "2018-12-14", url(CPCNEWS, "2018-12-14", 93),
          yes(M, "field_trip", "2018-12-10", mechanism=R, content=KE), lang="zh"),
    Probe("cpcnews-peru-ecuador-trip-2016", "中共代表团访问秘鲁和厄瓜多尔",
          " date 2016-05-27\n中国共产党新闻网>>高层动态\n2016年05月27日07:55 来源：人民网\n应秘鲁和厄瓜多尔有关政党邀请，中联部副部长郭业洲率中共代表团于5月18日至26日访问两国，分别会见了秘鲁民族主义党和厄瓜多尔主权祖国联盟运动领导人。\n(责任编辑：常雪梅)",
          "2016-05-27", url(CPCNEWS, "2016-05-27", 94),
          yes(M, "delegation_visit_abroad", "2016-05-18", parties={"Peruvian Nationalist Party", "PAIS Alliance"}, mechanism=RL, content=DI), lang="zh",
          doubtful={"mechanism": "PAIS Alliance under Correa is leftist; whether that makes the trip's scope leftist is the coder's call on its family"}),
    Probe("cpcnews-neg-portugal-pcp-2019", "中联部副部长会见葡萄牙共产党代表团",
          " date 2019-02-28\n中国共产党新闻网>>高层动态\n2019年02月28日08:02 来源：人民网\n2月27日，中联部副部长郭业洲在京会见葡萄牙共产党代表团，双方就两党交往交换意见。\n(责任编辑：王珂园)",
          "2019-02-28", url(CPCNEWS, "2019-02-28", 95), NO, lang="zh"),

    # ================= H. embassy sites (Chinese news columns)
    Probe("emb-cu-pcc-delegation-2022", "古巴共产党代表团访华",
          " date 2022-07-20\n中华人民共和国驻古巴共和国大使馆 | 首页 | 使馆新闻 | 中国新闻 | 领事服务\n2022/07/20\n应中国共产党邀请，古共中央政治局委员、组织部长莫拉莱斯率古巴共产党代表团于7月15日至20日访华。中联部部长刘建超会见代表团。代表团还赴福建参观考察。\n【打印本页】【关闭窗口】",
          "2022-07-20", url(EMB, "2022-07-20", 96, cc="cu"),
          yes("Cuba", "delegation_received", "2022-07-15", parties={PCC}, mechanism=BL, content=DI), lang="zh"),
    Probe("emb-br-pt-meeting-2023", "刘建超会见巴西劳工党代表团",
          " date 2023-05-23\n中华人民共和国驻巴西联邦共和国大使馆 | 首页 | 中国新闻\n2023/05/23\n5月22日，中联部部长刘建超在京会见巴西劳工党全国执委、国际关系书记率领的代表团。\n【打印本页】【关闭窗口】",
          "2023-05-23", url(EMB, "2023-05-23", 97, cc="br"),
          yes("Brazil", "meeting", "2023-05-22", parties={PT}, mechanism=BL, content=DI), lang="zh"),
    Probe("emb-ar-pca-2024", "中联部副部长会见阿根廷共产党主席",
          " date 2024-01-13\n中华人民共和国驻阿根廷共和国大使馆 | 首页 | 使馆新闻 | 中国新闻\n2024/01/13\n1月12日，中联部副部长孙海燕在京会见阿根廷共产党主席率领的代表团，双方就两党交流合作交换看法。\n【打印本页】【关闭窗口】",
          "2024-01-13", url(EMB, "2024-01-13", 98, cc="ar"),
          yes("Argentina", "meeting", "2024-01-12", parties={PCA}, mechanism=BL, content=DI), lang="zh"),
    Probe("emb-gd-cpc-delegation-2025", "中共代表团访问格林纳达",
          " date 2025-06-19\n中华人民共和国驻格林纳达大使馆 | 首页 | 使馆动态\n2025/06/19\n6月14日至17日，中联部副部长马辉率中共代表团访问格林纳达，会见了国家民主大会党领袖、总理米切尔，并同该党领导人举行会谈。驻格林纳达大使陪同。\n【打印本页】【关闭窗口】",
          "2025-06-19", url(EMB, "2025-06-19", 99, cc="gd"),
          yes("Grenada", "delegation_visit_abroad", "2025-06-14", parties={NDC_GD}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("emb-bb-blp-2023", "中联部副部长会见巴巴多斯工党代表团",
          " date 2023-09-13\n中华人民共和国驻巴巴多斯大使馆 | 首页 | 中国新闻\n2023/09/13\n9月12日，中联部副部长孙海燕在京会见巴巴多斯工党总书记率领的代表团。\n【打印本页】【关闭窗口】",
          "2023-09-13", url(EMB, "2023-09-13", 100, cc="bb"),
          yes("Barbados", "meeting", "2023-09-12", parties={BLP}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("emb-ec-neg-ambassador-minister-2023", "驻厄瓜多尔大使会见厄外长",
          " date 2023-03-30\n中华人民共和国驻厄瓜多尔共和国大使馆 | 首页 | 使馆动态\n2023/03/30\n3月29日，驻厄瓜多尔大使陈国友拜会厄瓜多尔外交部长，双方就两国自贸协定落实交换意见。\n【打印本页】【关闭窗口】",
          "2023-03-30", url(EMB, "2023-03-30", 101, cc="ec"), NO, lang="zh"),

    # ================= I. provincial papers' e-papers
    Probe("fj-suriname-ndp-2019", "苏里南民族民主党代表团来闽考察",
          " date 2019-06-14\n福建日报 | 2019年06月14日 | 第02版：要闻\n本报讯（记者 林蔚）应中联部邀请，苏里南民族民主党代表团6月10日至13日来闽考察，先后参观了福州、厦门的社区和企业，了解福建经济社会发展情况。\n【字体：大 中 小】 上一篇 下一篇",
          "2019-06-14", url(FJ, "2019-06-14", 102),
          yes("Suriname", "field_trip", "2019-06-10", parties={NDP_SR}, mechanism=B, content=KE), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("fj-jamaica-pnp-2023", "周祖翼会见牙买加人民民族党代表团",
          " date 2023-09-13\n福建日报 | 2023年09月13日 | 第01版：要闻\n本报讯（记者 张辉）12日下午，省委书记周祖翼在福州会见牙买加人民民族党代表团一行。周祖翼介绍了福建发展情况，希望双方在旅游、农业领域加强合作。\n上一篇 下一篇",
          "2023-09-13", url(FJ, "2023-09-13", 103),
          yes("Jamaica", "meeting", "2023-09-12", parties={PNP_JM}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("zj-chile-ps-2019", "车俊会见智利社会党代表团",
          " date 2019-04-22\n浙江日报 | 2019年04月22日 | 第01版：要闻\n本报杭州4月21日讯（记者 刘乐平）省委书记车俊今天在杭州会见智利社会党代表团，双方就加强地方合作交流了看法。\n【打印】【关闭】",
          "2019-04-22", url(ZJ, "2019-04-22", 104),
          yes("Chile", "meeting", "2019-04-21", parties={PSCH}, mechanism=BL, content=DI), lang="zh"),
    Probe("zj-lac-party-study-2023", "拉美国家政党考察团在浙江考察",
          " date 2023-12-02\n浙江日报 | 2023年12月02日 | 第03版：要闻\n本报讯 11月27日至30日，应中联部邀请，来自墨西哥、哥伦比亚、秘鲁、巴拉圭的政党干部考察团在杭州、湖州考察“千万工程”和数字经济发展。\n【打印】【关闭】",
          "2023-12-02", url(ZJ, "2023-12-02", 105),
          yes(M, "field_trip", "2023-11-27", mechanism=R, content=KE), lang="zh"),
    Probe("jl-peru-study-2018", "秘鲁政党干部考察团来吉林考察",
          " date 2018-08-31\n吉林日报 | 2018年08月31日 | 第02版：综合新闻\n本报讯（记者 王洪岩）8月27日至30日，秘鲁多党干部考察团来我省考察，先后参观了长春一汽和农业合作社。\n上一篇 下一篇",
          "2018-08-31", url(JL, "2018-08-31", 106),
          yes("Peru", "field_trip", "2018-08-27", mechanism=B, content=KE), lang="zh"),
    Probe("jl-neg-vietnam-2018", "省委书记会见越南共产党代表团",
          " date 2018-07-11\n吉林日报 | 2018年07月11日 | 第01版：要闻\n本报讯 7月10日，省委书记巴音朝鲁在长春会见越南共产党代表团，双方就加强地方合作交换意见。\n上一篇 下一篇",
          "2018-07-11", url(JL, "2018-07-11", 107), NO, lang="zh"),

    # ================= J. portals: Sohu, ifeng, China Youth Net, Economic Daily
    Probe("sohu-jamaica-pnp-2023", "孙海燕会见牙买加人民民族党总书记",
          " date 2023-01-21\n搜狐首页 > 新闻 > 正文\n中联部 2023-01-21 10:12 发布于：北京市\n1月20日，中联部副部长孙海燕在京会见牙买加人民民族党总书记。双方就两党关系交换看法。\n返回搜狐，查看更多\n责任编辑：",
          "2023-01-21", url(SOHU, "2023-01-21", 108),
          yes("Jamaica", "meeting", "2023-01-20", parties={PNP_JM}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("sohu-antigua-ablp-message-2023", "中联部致电祝贺安提瓜和巴布达工党赢得大选",
          " date 2023-01-20\n搜狐首页 > 新闻 > 正文\n中联部 2023-01-20 18:02 发布于：北京市\n1月19日，中联部致电安提瓜和巴布达工党领袖、总理布朗，祝贺该党在大选中获胜。\n返回搜狐，查看更多\n责任编辑：",
          "2023-01-20", url(SOHU, "2023-01-20", 109),
          yes("Antigua and Barbuda", "message", "2023-01-19", parties={ABLP}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("ifeng-honduras-libre-2023", "刘建超会见洪都拉斯自由与重建党代表团",
          " date 2023-09-13\n凤凰网资讯 > 时政\n2023年09月13日 08:20:31 来自 北京 新华社\n9月12日，中联部部长刘建超在京会见洪都拉斯自由与重建党代表团。刘建超表示，中洪建交以来两党交往不断加深。\n举报",
          "2023-09-13", url(IFENG, "2023-09-13", 110),
          yes("Honduras", "meeting", "2023-09-12", parties={LIBRE}, mechanism=BL, content=DI), lang="zh"),
    Probe("ifeng-guatemala-urng-2015", "危地马拉全国革命联盟代表团访华",
          " date 2015-11-04\n凤凰网资讯 > 大陆\n2015年11月04日 09:11 来源：中联部网站\n应中国共产党邀请，危地马拉全国革命联盟代表团于10月27日至11月3日访华，在京会见了中联部领导，并赴陕西参观。\n举报",
          "2015-11-04", url(IFENG, "2015-11-04", 111),
          yes("Guatemala", "delegation_received", "2015-10-27", parties={URNG}, mechanism=BL, content=DI), lang="zh"),
    Probe("ifeng-neg-venezuela-election-2024", "委内瑞拉举行总统选举",
          " date 2024-07-29\n凤凰网资讯 > 国际\n2024年07月29日 10:02 来自 北京 新华社\n委内瑞拉28日举行总统选举，统一社会主义党候选人马杜罗宣布获胜，反对派提出质疑。\n举报",
          "2024-07-29", url(IFENG, "2024-07-29", 112), NO, lang="zh"),
    Probe("youth-lac-young-politicians-2016", "拉美和加勒比青年政治家研修班在京开班",
          " date 2016-08-19\n中国青年网 | 首页 | 时政 | 国内\n来源：中国青年网 2016-08-19 09:00\n8月18日，拉美和加勒比青年政治家研修班在北京开班。来自12个国家政党的青年干部将在华学习两周，了解中国共产党治国理政经验。\n责任编辑：王一涵",
          "2016-08-19", url(YOUTH, "2016-08-19", 113),
          yes(M, "training_course", "2016-08-18", mechanism=R, content=KE), lang="zh"),
    Probe("youth-bahamas-plp-2022", "陈洲会见巴哈马进步自由党代表团",
          " date 2022-12-02\n中国青年网 | 首页 | 时政\n来源：中国青年网 2022-12-02 10:10\n12月1日，中联部副部长陈洲在京会见巴哈马进步自由党代表团。\n责任编辑：刘洋",
          "2022-12-02", url(YOUTH, "2022-12-02", 114),
          yes("Bahamas", "meeting", "2022-12-01", parties={PLP}, mechanism=B, content=DI), lang="zh",
          doubtful={"mechanism": FAMILY}),
    Probe("ce-china-lac-parties-forum-2015", "中拉政党论坛在京举行",
          " date 2015-11-04\n经济日报 2015年11月04日 第04版：综合\n本报北京11月3日讯 首届中国—拉美和加勒比政党论坛今天在京开幕，来自拉美和加勒比地区的政党领导人围绕经贸合作发表看法。\n上一篇 下一篇",
          "2015-11-04", url(CE, "2015-11-04", 115),
          yes(M, "forum", "2015-11-03", mechanism=R, content=KE), lang="zh"),
    Probe("ce-neg-lac-trade-2024", "中拉贸易额创新高",
          " date 2024-12-06\n经济日报 2024年12月06日 第05版：国际\n海关数据显示，今年前11个月中国同拉美和加勒比地区贸易额同比增长，巴西、墨西哥和智利位列前三。\n上一篇 下一篇",
          "2024-12-06", url(CE, "2024-12-06", 116), NO, lang="zh"),
]

PROBES_MORE: list[Probe] = [
    # ================= K. recent pages, messages from LAC to the CPC, more look-alikes
    Probe("idcpc-en-cuba-liu-haixing-2026",
          "Liu Haixing Meets Delegation of the Communist Party of Cuba",
          "Beijing, January 15th (IDCPC)—Liu Haixing, who heads the CPC's International Department, received here today a delegation of the Communist Party of Cuba. The two sides exchanged views on implementing the consensus reached by the leaders of the two parties.",
          "2026-01-15", url(IDCPC_EN_NEW, "2026-01-15", 120),
          yes("Cuba", "meeting", "2026-01-15", parties={PCC}, mechanism=BL, content=DI)),
    Probe("pd-venezuela-video-2025",
          "CPC official holds video call with Venezuelan ruling party leader",
          " date 2025-11-21\nPeople's Daily Online | Home | China | World\nCPC official holds video call with Venezuelan ruling party leader\n(Xinhua) 09:05, November 21, 2025\nBEIJING, Nov. 20 (Xinhua) -- Liu Haixing, head of the CPC International Department, held a video call on Thursday with Diosdado Cabello, first vice-president of the United Socialist Party of Venezuela.\n(Web editor: Zhang Kaiwei, Liang Jun)\nRelated News\nCPC delegation visits Brazil",
          "2025-11-21", url(PD_EN, "2025-11-21", 121),
          yes("Venezuela", "video_call", "2025-11-20", parties={PSUV}, mechanism=BL, content=DI)),
    Probe("pd-neg-related-news-lac-2024",
          "CPC official meets Kenyan party delegation",
          " date 2024-12-06\nPeople's Daily Online | Home | China | World\nCPC official meets Kenyan party delegation\n(Xinhua) 08:40, December 06, 2024\nBEIJING, Dec. 5 (Xinhua) -- A deputy head of the CPC International Department met on Thursday with a delegation of Kenya's United Democratic Alliance, and the two sides talked about cadre training.\n(Web editor: Liang Jun)\nRelated News\nCPC official meets Cuban party delegation\nChinese, Brazilian parties hold theory seminar\nShare this story",
          "2024-12-06", url(PD_EN, "2024-12-06", 122), NO),
    Probe("idcpc-en-cuba-condolence-jiang-2022",
          "Communist Party of Cuba Sends Condolences on the Passing of Comrade Jiang Zemin",
          "Beijing, December 1st (IDCPC)—The Central Committee of the Communist Party of Cuba sent a message of condolence to the CPC Central Committee today on the death of Comrade Jiang Zemin, recalling his friendship with the Cuban people.",
          "2022-12-01", url(IDCPC_EN_NEW, "2022-12-01", 123),
          yes("Cuba", "message", "2022-12-01", parties={PCC}, mechanism=BL, content=DI)),
    Probe("zh-nicaragua-fsln-congratulates-20th-2022", "尼加拉瓜桑地诺民族解放阵线致电祝贺中共二十大召开",
          "10月18日，尼加拉瓜桑地诺民族解放阵线致电中共中央，热烈祝贺中国共产党第二十次全国代表大会召开，表示相信中国共产党将带领中国人民取得新的更大成就。",
          "2022-10-19", url(IDCPC_ZH, "2022-10-19", 124),
          yes("Nicaragua", "message", "2022-10-18", parties={FSLN}, mechanism=BL, content=DI), lang="zh"),
    Probe("pd-neg-penang-georgetown-2019",
          "CPC delegation visits Malaysia's Penang",
          " date 2019-04-22\nPeople's Daily Online | Home | China | World\nCPC delegation visits Malaysia's Penang\n(Xinhua) 10:15, April 22, 2019\nGEORGE TOWN, Malaysia, April 21 (Xinhua) -- A delegation of the Communist Party of China met here on Sunday with leaders of the Democratic Action Party of Penang state, discussing port and trade links.\n(Web editor: Bianji)",
          "2019-04-22", url(PD_EN, "2019-04-22", 125), NO),
    Probe("corg-neg-granada-spain-2014",
          "Chinese party officials tour Spain's Andalusia",
          " date 2014-10-17\nchina.org.cn | Home | China | World\nSource: Xinhua | 2014-10-17 | Editor: Chen Zhi\nGRANADA, Spain, Oct. 16 (Xinhua) -- A CPC delegation met on Thursday with officials of the Andalusian branch of the Spanish Socialist Workers' Party in Granada, discussing olive farming and tourism.\nFollow China.org.cn on Twitter and Facebook to join the conversation.",
          "2014-10-17", url(CORG, "2014-10-17", 126), NO),
    Probe("gov-en-lac-envoys-new-year-2011",
          "Wang Jiarui Meets Latin American Envoys",
          "( 2011.05.20 )\nBeijing, May 19th--Wang Jiarui, who then headed the CPC's International Department, met here today with ambassadors of Latin American and Caribbean countries to China, including those of Brazil, Cuba, Mexico and Venezuela, and briefed them on China's 12th Five-Year Plan.\nEnditem",
          "2011-05-20", url(GOV_EN, "2011-05-20", 127),
          yes(M, "briefing", "2011-05-19", mechanism=R, content=KE)),
    Probe("b5gov-chile-pcch-message-2021", "中共中央致電祝賀智利共產黨建黨100週年",
          " date 2022-01-05\n中國政府網 | 首頁 | 新聞\n2022-01-05 09:00 來源：新華社\n新華社北京1月4日電　中共中央4日致電智利共產黨中央委員會，熱烈祝賀智利共產黨成立100週年。賀電表示，中國共產黨願同智利共產黨加強交流互鑒。\n責任編輯：王洋",
          "2022-01-05", url(B5_GOV, "2022-01-05", 128),
          yes("Chile", "message", "2022-01-04", parties={PCCH}, mechanism=BL, content=DI), lang="zh"),
    Probe("ecns-neg-dominica-vs-dominican-state-2018",
          "Chinese FM meets Dominican Republic foreign minister",
          " date 2018-09-21\nEcns.cn | Home | Politics\n(ECNS) -- Chinese State Councilor and Foreign Minister Wang Yi met in Beijing on Thursday with the foreign minister of the Dominican Republic, Miguel Vargas, discussing trade and tourism.\n(Xinhua)",
          "2018-09-21", url(ECNS, "2018-09-21", 129), NO),
    Probe("ip-en-suriname-vhp-2021",
          "Chen Zhou Holds Video Talks with Suriname's Progressive Reform Party",
          "Beijing, April 22nd (IDCPC)—Chen Zhou, vice minister of the IDCPC, held video talks today with a leader of the Progressive Reform Party, Suriname's ruling party, on cooperation against the pandemic.",
          "2021-04-22", url(IP, "2021-04-22", 130),
          yes("Suriname", "video_call", "2021-04-22", parties={"Progressive Reform Party (Suriname)"}, mechanism=B, content=DI)),
    Probe("zj-neg-mexico-state-governor-2019", "浙江省长会见墨西哥州长",
          " date 2019-10-25\n浙江日报 | 2019年10月25日 | 第02版：要闻\n本报杭州10月24日讯 省长袁家军今天在杭州会见墨西哥哈利斯科州州长一行，双方就经贸合作进行交流。\n【打印】【关闭】",
          "2019-10-25", url(ZJ, "2019-10-25", 131), NO, lang="zh",
          doubtful={"relevant": "a provincial governor who is also a CPC cadre meeting a LAC state governor: state-only in form, yet party officials on one side"}),
]

PROBES += PROBES_ZH + PROBES_COPIES + PROBES_MORE
assert_unique_ids(PROBES)

# Fields that still fail, each with the reason (filled in after the first run).
OPEN: dict[tuple[str, str], str] = {
    ("pd-lac-centenary-messages-2021", "event_date"): "a roundup of messages with no day of their own gets no date; the codebook dates it by the dispatch's day",
    ("corg-colombia-comunes-guangxi-2019", "event_date"): "a tour's 'runs from Nov. 25 to 30' after a 'this week' lead is not read",
    ("corg-brazil-pcdob-seminar-2016", "parties"): "the headline's 'Brazilian Communist Party seminar' is read as the PCB, the body names the PCdoB",
    ("ecns-st-kitts-labour-2024", "event_type"): "headline of a visit over a body of one meeting",
    ("gov-en-lac-envoys-new-year-2011", "event_type"): "a meeting with envoys where the CPC side briefed them",
    ("gov-en-lac-envoys-new-year-2011", "content"): "a meeting with envoys where the CPC side briefed them",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_copies_idcpc_page_field(probe: Probe, name: str, expected: Any) -> None:
    assert value_of(record_of(probe), name) == expected
