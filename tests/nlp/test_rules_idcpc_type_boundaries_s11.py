"""Campaign 11S: IDCPC-type pages at the boundaries of event type, by the codebook's types and
decision rules: a meeting with a visiting LAC party delegation versus the delegation's visit as a
whole (a page on the visit's several stops, a page on one meeting during it, a provincial leg);
meeting versus talks; a message versus the event it was sent to (a letter to a seminar, a video
address to a forum, congratulations read out at a congress); the "other" kinds (a reception, the
signing of a cooperation agreement between parties, a photo exhibition, a donation) and briefings,
online exchanges; CPC delegations visiting LAC; courses, seminars, study groups and study tours.
Country, mechanism, content, date and parties are checked on the same probes.

Self-written releases in the style of the sites and of agency, provincial and newspaper copies;
party, country and official names are facts, the wording is invented. Each probe names the values
a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test per probe and
field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import (
    BL,
    DI,
    GL,
    KE,
    NO,
    RL,
    B,
    G,
    M,
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
)

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_11{n:04d}.html"
EN_OLD = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_{n}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_11{n:04d}.html"
ZH_GOV = "https://www.idcpc.gov.cn/bzhd/wshd/{ym}/t{ymd}_11{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_11{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_11{n:04d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
PROV_ZH = "https://www.province-news.cn/system/{y}/{m}/{d}/0{n:04d}.shtml"
PROV_EN = "https://english.province-news.cn/{y}{m}/{d}/c{n:04d}.html"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMB_EN = "http://cu.china-embassy.gov.cn/eng/zgyw/{ym}/t{ymd}_11{n:04d}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PTM = "Labor Party (Mexico)"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
PPPC = "People's Progressive Party/Civic"
PCCOL = "Colombian Communist Party"
PCP = "Communist Party of Peru – Red Fatherland"
NDP = "National Democratic Party (Suriname)"
JLP = "Jamaica Labour Party"
PNP = "People's National Party"


def ex(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
       content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. a LAC party delegation in China: the stay as a whole, one meeting, a provincial leg ----
    Probe("psuv-visit-whole-several-stops",
          "PSUV Delegation Visits China",
          "From May 6 to 13, a delegation of the United Socialist Party of Venezuela (PSUV) headed by its "
          "First Vice President Diosdado Cabello paid a visit to China at the invitation of the CPC. In "
          "Beijing, Cai Qi received the guests and Liu Jianchao, head of the IDCPC, held talks with them. "
          "The delegation then travelled to Zhejiang and Guangdong, where it learnt about village renewal "
          "and the digital economy and was received by local Party leaders.",
          "2023-05-14", url(EN, "2023-05-14", 1),
          ex("Venezuela", "2023-05-06", "delegation_received", {PSUV}, BL)),
    Probe("psuv-one-meeting-during-visit",
          "Liu Jianchao Holds Talks with PSUV Delegation",
          "Beijing, May 8th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks here today with a "
          "delegation of the United Socialist Party of Venezuela led by Diosdado Cabello, First Vice "
          "President of the party.\nLiu said the two parties trust each other and should share more of "
          "their experience in running a country. Cabello thanked the CPC for its hospitality.\nThe "
          "delegation is in China from May 6 to 13 and will also go to Zhejiang and Guangdong.",
          "2023-05-08", url(EN, "2023-05-08", 2),
          ex("Venezuela", "2023-05-08", "meeting", {PSUV}, BL)),
    Probe("psuv-provincial-leg-meeting-weekday",
          "Zhejiang Party Chief Meets Venezuelan Party Guests",
          "HANGZHOU, May 10 -- Yi Lianhong, Secretary of the CPC Zhejiang Provincial Committee, met in "
          "Hangzhou on Wednesday with a visiting delegation of the United Socialist Party of Venezuela "
          "headed by Diosdado Cabello.\nYi introduced the province's private economy and its work on "
          "common prosperity. Cabello said Venezuela hopes to learn from Zhejiang's experience.",
          "2023-05-11", url(PROV_EN, "2023-05-11", 3),
          ex("Venezuela", "2023-05-10", "meeting", {PSUV}, BL)),
    Probe("psuv-provincial-leg-tour",
          "Venezuelan Party Delegation Tours Guangdong",
          "From May 11 to 13, a delegation of the United Socialist Party of Venezuela led by Diosdado "
          "Cabello toured Guangzhou and Shenzhen. The guests went to a science park, an electric-vehicle "
          "plant and a rebuilt urban village, and heard how the province attracts investment.",
          "2023-05-15", url(EN, "2023-05-15", 4),
          ex("Venezuela", "2023-05-11", "field_trip", {PSUV}, BL, KE)),
    Probe("zh-pcc-visit-whole",
          "古巴共产党代表团访华",
          "应中共中央对外联络部邀请，古共中央政治局委员、中央书记处书记罗伯托·莫拉莱斯率古巴共产党代表团于6月3日至"
          "10日访华。在京期间，中央领导同志会见了代表团，中联部部长刘建超同代表团举行会谈。代表团还赴四川、浙江"
          "两省参观，了解当地乡村振兴和基层党建情况。",
          "2023-06-11", url(ZH, "2023-06-11", 5),
          ex("Cuba", "2023-06-03", "delegation_received", {PCC}, BL), lang="zh"),
    Probe("zh-pcc-one-meeting",
          "刘建超会见古巴共产党代表团",
          "6月5日，中联部部长刘建超在京会见古共中央政治局委员、中央书记处书记罗伯托·莫拉莱斯率领的古巴共产党"
          "代表团。刘建超说，中古两党是同志加兄弟，愿同古方加强治党治国经验交流。莫拉莱斯表示，古共珍视同中共的"
          "传统友谊。",
          "2023-06-05", url(ZH, "2023-06-05", 6),
          ex("Cuba", "2023-06-05", "meeting", {PCC}, BL), lang="zh"),
    Probe("zh-pcc-provincial-leg-tour",
          "古巴共产党代表团在川参观",
          "6月7日至8日，古巴共产党代表团在成都参观了一个社区服务中心、一家高新技术企业和一个现代农业园区，"
          "了解四川在基层治理和科技创新方面的做法。代表团团长罗伯托·莫拉莱斯表示，此行收获很大。",
          "2023-06-09", url(PROV_ZH, "2023-06-09", 7),
          ex("Cuba", "2023-06-07", "field_trip", {PCC}, BL, KE), lang="zh"),
    Probe("zh-pcc-provincial-leg-meeting",
          "省委书记会见古巴共产党代表团",
          "6月7日下午，四川省委书记在成都会见了由古共中央书记处书记罗伯托·莫拉莱斯率领的古巴共产党代表团。"
          "双方就加强地方交流、深化农业合作交换了意见。",
          "2023-06-08", url(PROV_ZH, "2023-06-08", 8),
          ex("Cuba", "2023-06-07", "meeting", {PCC}, BL), lang="zh"),
    Probe("fsln-concludes-visit",
          "FSLN Delegation Wraps Up Visit to China",
          "Beijing, September 18th (IDCPC)--A delegation of Nicaragua's Sandinista National Liberation "
          "Front (FSLN) ended its eight-day stay in China on Sunday. From September 10 to 17, the guests "
          "were received by leaders in Beijing, took part in talks at the IDCPC and toured Fujian, where "
          "they learnt about tea farming and the fight against poverty.",
          "2023-09-18", url(EN, "2023-09-18", 9),
          ex("Nicaragua", "2023-09-10", "delegation_received", {FSLN}, BL)),
    Probe("pcu-meeting-weekday",
          "Chen Zhou Meets Delegation of the Communist Party of Uruguay",
          "Beijing, March 14th (IDCPC)--Chen Zhou, Vice Minister of the IDCPC, met on Tuesday with a "
          "delegation of the Communist Party of Uruguay led by Juan Castillo, its General Secretary.\n"
          "The two sides exchanged views on the situation of their countries and on party building.",
          "2023-03-15", url(EN, "2023-03-15", 10),
          ex("Uruguay", "2023-03-14", "meeting", {PCU}, BL)),
    Probe("pt-visit-beijing-and-shaanxi",
          "Delegation of Brazil's Workers' Party Visits Beijing and Shaanxi",
          "At the invitation of the CPC, a delegation of the Workers' Party (PT) of Brazil visited China "
          "from October 15 to 22. In Beijing, the guests were received by Li Xi and held talks with the "
          "IDCPC. In Shaanxi, they went to Yan'an and a village that has turned to apple growing.",
          "2023-10-24", url(EN, "2023-10-24", 11),
          ex("Brazil", "2023-10-15", "delegation_received", {PT}, BL)),
    Probe("hk-pcc-concludes-visit-traditional",
          "古巴共產黨代表團結束訪華",
          "【本報北京訊】應中聯部邀請訪華的古巴共產黨代表團，6月10日結束在華行程。6月3日抵京以來，代表團"
          "在北京同中方舉行會談，並赴四川、浙江參觀企業和農村，了解中國的發展經驗。",
          "2023-06-11", url(HK_ZH, "2023-06-11", 12),
          ex("Cuba", "2023-06-03", "delegation_received", {PCC}, BL), lang="zh"),
    Probe("agency-cai-qi-meets-pcc-monday",
          "Senior CPC official meets Cuban party delegation",
          "Home | China | World | Business\n date 2023-06-05\nBEIJING, June 5 (Xinhua) -- Cai Qi, who sits "
          "on the Politburo Standing Committee of the CPC, met with a "
          "delegation of the Communist Party of Cuba (PCC) here on Monday.\nCai said China and Cuba are "
          "good friends and brothers. Roberto Morales Ojeda, who led the delegation, said the PCC wishes "
          "to learn from the CPC.\nEditor: Wang Li",
          "2023-06-05", url(AGENCY_EN, "2023-06-05", 13),
          ex("Cuba", "2023-06-05", "meeting", {PCC}, BL)),
    Probe("zh-prov-paper-meets-psuv",
          "省委书记会见委内瑞拉统一社会主义党代表团",
          "本报杭州5月10日讯 省委书记易炼红10日在杭州会见委内瑞拉统一社会主义党第一副主席卡韦略率领的代表团。"
          "易炼红介绍了浙江经济社会发展情况。卡韦略说，浙江的发展令人印象深刻。",
          "2023-05-11", url(PROV_ZH, "2023-05-11", 14),
          ex("Venezuela", "2023-05-10", "meeting", {PSUV}, BL), lang="zh"),
    Probe("psch-president-visit-whole",
          "President of the Socialist Party of Chile Visits China",
          "At the invitation of the CPC, Paulina Vodanovic, President of the Socialist Party of Chile, "
          "visited China from April 2 to 9. She was received by a senior leader in Beijing, held talks "
          "with the IDCPC and went to Yunnan, where she looked at the region's trade links with South "
          "America.",
          "2024-04-10", url(EN, "2024-04-10", 15),
          ex("Chile", "2024-04-02", "delegation_received", {PSCH}, BL)),
    Probe("zh-morena-cadres-tour-fujian",
          "墨西哥国家复兴运动党干部考察团访问福建",
          "7月16日至19日，墨西哥国家复兴运动党干部考察团在福建参观考察，先后走访福州、厦门的社区、企业和"
          "自贸试验区，了解福建在生态保护和对外开放方面的做法。",
          "2024-07-20", url(PROV_ZH, "2024-07-20", 16),
          ex("Mexico", "2024-07-16", "field_trip", {MORENA}, BL, KE), lang="zh"),
    Probe("caribbean-cadres-tour-fujian",
          "Study Group of Caribbean Party Cadres Visits Fujian",
          "A study group of party cadres from Antigua and Barbuda, Dominica, Grenada and Jamaica toured "
          "Fujian from November 6 to 10. In Fuzhou and Ningde, the visitors saw how fishing villages and "
          "tea growers shook off poverty, and talked with local officials about rural governance.",
          "2023-11-12", url(EN, "2023-11-12", 17),
          ex(M, "2023-11-06", "field_trip", set(), R, KE)),
    Probe("fmln-delegation-arrives-meets",
          "Guo Yezhou Meets Delegation of the FMLN of El Salvador",
          "Beijing, November 16th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met here on Thursday "
          "with a delegation of the Farabundo Martí National Liberation Front (FMLN) of El Salvador that "
          "arrived in China two days earlier for a week-long visit.\nGuo briefed the guests on China's "
          "development, and the two sides talked about ties between the parties.",
          "2023-11-17", url(EN, "2023-11-17", 18),
          ex("El Salvador", "2023-11-16", "meeting", {FMLN}, BL)),
    Probe("zh-mas-visit-whole-conclude",
          "玻利维亚争取社会主义运动代表团访华",
          "应中共中央对外联络部邀请，玻利维亚争取社会主义运动代表团于9月20日至27日访华。代表团在京期间同中联部"
          "领导举行会谈，出席了中方举办的座谈交流活动，还赴贵州参观大数据企业和易地扶贫搬迁安置点。",
          "2023-09-28", url(ZH_GOV, "2023-09-28", 19),
          ex("Bolivia", "2023-09-20", "delegation_received", {MAS}, BL), lang="zh"),
    # ---- B. a CPC delegation in LAC: the visit as a whole, one meeting during it ----------------
    Probe("cpc-visit-cuba-whole",
          "CPC Delegation Visits Cuba",
          "At the invitation of the Communist Party of Cuba, a CPC delegation led by Li Shulei, head of "
          "the Publicity Department of the CPC Central Committee, visited Cuba from March 20 to 24. In "
          "Havana, the delegation was received by Miguel Díaz-Canel, First Secretary of the PCC Central "
          "Committee, held talks with Roberto Morales Ojeda and went to Matanzas province to see a "
          "cooperative farm.",
          "2024-03-26", url(EN, "2024-03-26", 20),
          ex("Cuba", "2024-03-20", "delegation_visit_abroad", {PCC}, BL)),
    Probe("cpc-visit-cuba-one-meeting",
          "Li Shulei Meets with Díaz-Canel in Havana",
          "Havana, March 21st (IDCPC)--Miguel Díaz-Canel, First Secretary of the Central Committee of the "
          "Communist Party of Cuba and President of Cuba, met here today with a CPC delegation led by Li "
          "Shulei.\nLi conveyed the greetings of the Chinese leaders. Díaz-Canel said Cuba values the "
          "support of the Chinese party and people.",
          "2024-03-22", url(EN, "2024-03-22", 21),
          ex("Cuba", "2024-03-21", "meeting", {PCC}, BL)),
    Probe("cpc-visit-mexico-and-spain",
          "CPC Delegation Visits Mexico and Spain",
          "A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, visited Mexico and Spain from "
          "April 22 to 30. In Mexico City, the delegation met leaders of the National Regeneration "
          "Movement (MORENA) and the Labor Party, and talked with lawmakers. In Madrid, it met members "
          "of the Spanish Socialist Workers' Party.",
          "2024-05-02", url(EN, "2024-05-02", 22),
          ex("Mexico", "2024-04-22", "delegation_visit_abroad", {MORENA, PTM}, BL)),
    Probe("cpc-visit-brazil-and-argentina",
          "CPC Delegation Visits Brazil and Argentina",
          "A CPC delegation led by Chen Zhou, Vice Minister of the IDCPC, visited Brazil and Argentina "
          "from June 3 to 11. In Brasília, the delegation met leaders of the Workers' Party; in Buenos "
          "Aires, it talked with officials of the Justicialist Party about trade and local governance.",
          "2024-06-12", url(EN, "2024-06-12", 23),
          ex(M, "2024-06-03", "delegation_visit_abroad", {PT, "Justicialist Party"}, RL),
          doubtful={"mechanism": "a tour of two LAC countries with one party each: 'a group of several "
                                 "LAC countries' actors' (regional) or bilateral twice; the codebook is "
                                 "silent on tours"}),
    Probe("zh-cpc-visit-venezuela-whole",
          "中共代表团访问委内瑞拉",
          "应委内瑞拉统一社会主义党邀请，中联部副部长孙海燕率中共代表团于11月12日至15日访问委内瑞拉，会见委"
          "总统、统社党主席马杜罗，同统社党第一副主席卡韦略举行会谈，并参观了当地的社区委员会。",
          "2023-11-17", url(ZH, "2023-11-17", 24),
          ex("Venezuela", "2023-11-12", "delegation_visit_abroad", {PSUV}, BL), lang="zh"),
    Probe("zh-cpc-visit-venezuela-one-meeting",
          "马杜罗会见中共代表团",
          "当地时间11月13日，委内瑞拉总统、统一社会主义党主席马杜罗在加拉加斯会见中联部副部长孙海燕率领的"
          "中共代表团。马杜罗表示，委方感谢中方长期以来的支持。孙海燕转达了中方领导人的问候。",
          "2023-11-15", url(ZH, "2023-11-15", 25),
          ex("Venezuela", "2023-11-13", "meeting", {PSUV}, BL), lang="zh"),
    Probe("provincial-delegation-visits-chile",
          "Delegation of the CPC Yunnan Provincial Committee Visits Chile",
          "From August 5 to 9, a delegation of the CPC Yunnan Provincial Committee visited Chile. In "
          "Santiago, the delegation met leaders of the Socialist Party of Chile and the Communist Party "
          "of Chile, and talked with regional officials about fruit exports and tourism.",
          "2024-08-12", url(EN, "2024-08-12", 26),
          ex("Chile", "2024-08-05", "delegation_visit_abroad", {PSCH, PCCH}, BL)),
    Probe("agency-cpc-official-wraps-up-nicaragua",
          "Senior CPC official wraps up visit to Nicaragua",
          "Home | World | Americas\n date 2024-10-11\nMANAGUA, Oct. 10 (Xinhua) -- A CPC delegation headed "
          "by Liu Jianchao ended a three-day visit to Nicaragua on Wednesday. During the visit, which "
          "began on Oct. 7, the delegation was received by Daniel Ortega, General Secretary of the "
          "Sandinista National Liberation Front, and met party and state officials.",
          "2024-10-11", url(AGENCY_EN, "2024-10-11", 27),
          ex("Nicaragua", "2024-10-07", "delegation_visit_abroad", {FSLN}, BL)),
    Probe("hk-cpc-visit-brazil-traditional",
          "中共代表團訪問巴西",
          "【本報訊】應巴西勞工黨邀請，中共代表團於8月19日至23日訪問巴西，在巴西利亞會見勞工黨主席，並同巴西"
          "共產黨領導人交流，介紹中國式現代化的理念和實踐。",
          "2023-08-25", url(HK_ZH, "2023-08-25", 28),
          ex("Brazil", "2023-08-19", "delegation_visit_abroad", {PT, PCDOB}, BL), lang="zh"),
    Probe("cpc-delegation-briefs-colombian-parties",
          "CPC Delegation Briefs Colombian Parties on the 20th CPC National Congress",
          "Bogotá, December 6th (IDCPC)--A CPC delegation led by Qian Hongshan held a briefing session "
          "here today on the 20th National Congress of the CPC for leaders of the Colombian Liberal Party "
          "and the Colombian Communist Party. Qian explained the Congress's main conclusions; the guests "
          "asked about China's path to modernization.",
          "2022-12-07", url(EN, "2022-12-07", 29),
          ex("Colombia", "2022-12-06", "briefing", {"Colombian Liberal Party", PCCOL}, BL, KE)),
    Probe("cpc-visit-argentina-with-briefing-inside",
          "CPC Delegation Visits Argentina",
          "A CPC delegation led by Qian Hongshan, Vice Minister of the IDCPC, visited Argentina from "
          "December 1 to 4. The delegation met leaders of the Justicialist Party and the Communist Party "
          "of Argentina, and on December 2 presented the results of the 20th CPC National Congress at "
          "a meeting with party representatives in Buenos Aires.",
          "2022-12-05", url(EN, "2022-12-05", 30),
          ex("Argentina", "2022-12-01", "delegation_visit_abroad",
             {"Justicialist Party", "Communist Party of Argentina"}, BL),
          doubtful={"event_type": "a visit page with a briefing inside: rule 1 (a briefing) or rule 4 "
                                  "(the visit as a whole); the headline names the visit",
                    "event_date": "follows the type: the visit's first day, or the briefing's day",
                    "content": "follows the type: daily as a visit, knowledge exchange as a briefing"}),
    Probe("cpc-delegation-attends-pcdob-congress",
          "CPC Delegation Attends the 15th Congress of the Communist Party of Brazil",
          "At the invitation of the Communist Party of Brazil, a CPC delegation attended the party's "
          "15th National Congress in Brasília from October 15 to 17. The head of the delegation read out "
          "the congratulations of the CPC Central Committee at the opening and met the party's President "
          "Luciana Santos.",
          "2021-10-19", url(EN, "2021-10-19", 31),
          ex("Brazil", "2021-10-15", "delegation_visit_abroad", {PCDOB}, BL),
          doubtful={"event_type": "a CPC delegation at a LAC party's congress: its visit abroad, the "
                                  "message it read out, or 'other'; the codebook names none of these"}),
    Probe("zh-cpc-visit-uruguay-meeting-broad-front",
          "中共代表团会见乌拉圭广泛阵线主席",
          "当地时间4月25日，中共代表团团长在蒙得维的亚会见乌拉圭广泛阵线主席费尔南多·佩雷拉。双方就两党交往"
          "和地方合作交换意见。代表团此前还访问了阿根廷。",
          "2024-04-27", url(ZH, "2024-04-27", 32),
          ex("Uruguay", "2024-04-25", "meeting", {FA}, BL), lang="zh"),
    Probe("zh-cpc-visit-guyana-whole",
          "中共代表团访问圭亚那",
          "应圭亚那人民进步党邀请，以中联部副部长为团长的中共代表团于2月26日至29日访问圭亚那，会见圭总统、"
          "人民进步党领导人，并考察了当地的农业项目。",
          "2024-03-01", url(ZH, "2024-03-01", 33),
          ex("Guyana", "2024-02-26", "delegation_visit_abroad", {PPPC}, BL), lang="zh"),
    # ---- C. meeting versus talks: talks between party leaders are a meeting on IDCPC pages -----
    Probe("talks-pcch-secretary-general",
          "Liu Jianchao Holds Talks with Secretary General of the Communist Party of Chile",
          "Beijing, April 25th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks on Thursday with "
          "Lautaro Carmona, Secretary General of the Communist Party of Chile.\nThe two sides talked "
          "about the ties between their parties and about cooperation in mining and clean energy.",
          "2024-04-26", url(EN, "2024-04-26", 40),
          ex("Chile", "2024-04-25", "meeting", {PCCH}, BL)),
    Probe("zh-talks-pt-president",
          "刘建超同巴西劳工党主席会谈",
          "7月16日，中联部部长刘建超在京同巴西劳工党主席格莱西·霍夫曼举行会谈。双方表示，愿以两国建交50周年"
          "为契机，推动两党交往再上台阶。",
          "2024-07-17", url(ZH, "2024-07-17", 41),
          ex("Brazil", "2024-07-16", "meeting", {PT}, BL), lang="zh"),
    Probe("talks-and-signing-same-headline",
          "Liu Jianchao Holds Talks with PSUV Delegation, Two Sides Sign Cooperation Memorandum",
          "Beijing, November 24th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks here today with a "
          "delegation of the United Socialist Party of Venezuela led by Diosdado Cabello. After the talks, "
          "the two sides signed a memorandum on exchanges between the parties for the coming years.",
          "2022-11-25", url(EN, "2022-11-25", 42),
          ex("Venezuela", "2022-11-24", "meeting", {PSUV}, BL),
          doubtful={"event_type": "talks and a signing in one headline: the talks come first (meeting), "
                                  "the signing alone would be 'other'"}),
    Probe("agency-party-officials-hold-talks",
          "Chinese, Cuban party officials hold talks in Beijing",
          "Home | China\n date 2024-07-16\nBEIJING, July 16 (Xinhua) -- Liu Jianchao, head of the "
          "International Department of the CPC Central Committee, held talks here Tuesday with Roberto "
          "Morales Ojeda, a member of the Political Bureau of the Communist Party of Cuba Central "
          "Committee.\nThe two sides agreed to deepen exchanges on governance.",
          "2024-07-16", url(AGENCY_EN, "2024-07-16", 43),
          ex("Cuba", "2024-07-16", "meeting", {PCC}, BL)),
    Probe("meets-mexican-ambassador",
          "Sun Haiyan Meets Mexican Ambassador to China",
          "Beijing, October 9th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met here today with "
          "Jesús Seade, Ambassador of Mexico to China. The two sides talked about exchanges between "
          "Chinese and Mexican political parties and the new Mexican government's priorities.",
          "2024-10-10", url(EN, "2024-10-10", 44),
          ex("Mexico", "2024-10-09", "meeting", set(), B)),
    Probe("zh-meets-lac-envoys-as-group",
          "孙海燕会见拉美和加勒比国家驻华使节",
          "3月13日，中联部副部长孙海燕在京会见拉美和加勒比地区十余国驻华使节，介绍全国两会精神，并就加强中拉"
          "政党交往听取使节们的意见。",
          "2025-03-14", url(ZH, "2025-03-14", 45),
          ex(M, "2025-03-13", "meeting", set(), R),
          doubtful={"event_type": "envoys told of the two sessions: a meeting, or a briefing (the CPC "
                                  "side presents a policy); the headline says 会见"}),
    Probe("zh-talks-fmln-hui-tan-weekday",
          "陈洲同萨尔瓦多法拉本多·马蒂民族解放阵线代表团会谈",
          "中联部网站北京11月16日讯 中联部副部长陈洲16日同萨尔瓦多法拉本多·马蒂民族解放阵线总书记率领的代表团"
          "举行会谈，双方就两党关系交换了意见。",
          "2023-11-17", url(ZH, "2023-11-17", 46),
          ex("El Salvador", "2023-11-16", "meeting", {FMLN}, BL), lang="zh"),
    Probe("talks-libre-honduras",
          "IDCPC Holds Talks with Delegation of Honduras' Libre Party",
          "Beijing, June 9th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, held talks on "
          "Wednesday with a delegation of the Liberty and Refoundation Party (Libre) of Honduras. The two "
          "sides talked about building ties after the two countries established relations.",
          "2021-06-10", url(EN, "2021-06-10", 47),
          ex("Honduras", "2021-06-09", "meeting", {"Liberty and Refoundation"}, BL)),
    # ---- D. a message versus the event it was sent to -----------------------------------------
    Probe("xi-letter-to-china-lac-parties-forum",
          "Xi Jinping Sends Congratulatory Letter to the China-LAC Political Parties Forum",
          "Beijing, July 12th (IDCPC)--The China-Latin America and Caribbean Political Parties Forum "
          "opened today in Beijing. Xi Jinping sent a congratulatory letter, which Cai Qi read out at the "
          "opening. Some 300 party leaders from 27 countries of the region attended the meeting, which "
          "discussed modernization and South-South cooperation.",
          "2023-07-13", url(EN, "2023-07-13", 50),
          ex(M, "2023-07-12", "forum", set(), R, KE)),
    Probe("letter-to-seminar-in-havana",
          "Liu Jianchao Sends Letter to a Seminar in Havana",
          "Havana, September 26th--A seminar on the governance of China was held today at the Ñico López "
          "Higher School of the Communist Party of Cuba. Liu Jianchao, head of the IDCPC, sent a letter "
          "that the Chinese Ambassador read out. Cuban scholars and party officials discussed China's "
          "reform and opening up and what it means for Cuba's own reforms.",
          "2019-09-27", url(EN_OLD, "2019-09-27", 51),
          ex("Cuba", "2019-09-26", "seminar", {PCC}, BL, KE)),
    Probe("zh-letter-to-theory-seminar",
          "刘建超向中古两党理论研讨会致信",
          "第十二届中古两党理论研讨会9月26日在哈瓦那开幕。中联部部长刘建超致信祝贺，我驻古巴大使宣读了贺信。"
          "两党学者和干部围绕社会主义建设中的党的建设进行了深入讨论。",
          "2019-09-27", url(ZH, "2019-09-27", 52),
          ex("Cuba", "2019-09-26", "seminar", {PCC}, BL, KE), lang="zh"),
    Probe("video-address-to-sao-paulo-forum",
          "Liu Jianchao Addresses São Paulo Forum Meeting by Video",
          "Brasília, June 29th--The annual meeting of the São Paulo Forum opened here today. Liu "
          "Jianchao, head of the IDCPC, spoke by video at the opening session. He said China stands with "
          "the left-wing forces of the region in their search for a development path of their own.",
          "2023-06-30", url(EN, "2023-06-30", 53),
          ex(M, "2023-06-29", "forum", set(), RL, KE)),
    Probe("zh-video-address-china-lac-forum",
          "刘建超向中拉政党论坛视频致辞",
          "11月21日，第十届中拉政党论坛以线上线下相结合方式举行。中联部部长刘建超视频致辞。拉美和加勒比二十余国"
          "政党领导人围绕全球发展倡议进行交流。",
          "2023-11-22", url(ZH, "2023-11-22", 54),
          ex(M, "2023-11-21", "forum", set(), R, KE), lang="zh"),
    Probe("zh-message-to-pcdob-congress-text",
          "中共中央致巴西共产党第十五次全国代表大会的贺信",
          "巴西共产党第十五次全国代表大会：\n值此巴西共产党第十五次全国代表大会召开之际，中国共产党中央委员会"
          "谨向大会致以热烈的祝贺。我们衷心祝愿大会取得圆满成功。\n中国共产党中央委员会\n2021年10月14日",
          "2021-10-15", url(ZH, "2021-10-15", 55),
          ex("Brazil", "2021-10-14", "message", {PCDOB}, BL), lang="zh"),
    Probe("message-read-out-at-psuv-congress",
          "CPC Message Read Out at the Congress of the PSUV",
          "Caracas, October 29th--The Fifth Congress of the United Socialist Party of Venezuela opened "
          "here today. At the opening, the Chinese Ambassador read out a message from the CPC Central "
          "Committee congratulating the PSUV on its congress and wishing it success.",
          "2021-10-31", url(EN, "2021-10-31", 56),
          ex("Venezuela", "2021-10-29", "message", {PSUV}, BL),
          doubtful={"event_type": "congratulations read out at a LAC party's own congress: a message "
                                  "(the congress is none of the codebook's event kinds) or 'other'"}),
    Probe("video-speech-broad-front-anniversary",
          "Liu Jianchao Sends Video Speech to the Broad Front's Anniversary Event",
          "Montevideo, February 5th--The Broad Front of Uruguay marked its 52nd anniversary with a rally "
          "here today. Liu Jianchao, head of the IDCPC, sent a video speech congratulating the party.",
          "2023-02-07", url(EN, "2023-02-07", 57),
          ex("Uruguay", "2023-02-05", "message", {FA}, BL),
          doubtful={"event_type": "a video greeting to a party's anniversary rally: a message, or "
                                  "'other' (the rally is no codebook event)"}),
    Probe("xi-reply-letter-pcc-leader",
          "Xi Jinping Replies to Letter from Raúl Castro",
          "Beijing, May 20th (IDCPC)--Xi Jinping, General Secretary of the CPC Central Committee, "
          "recently wrote back to Raúl Castro Ruz, leader of the Cuban revolution, thanking him for his "
          "greetings and wishing him good health.",
          "2022-05-20", url(EN, "2022-05-20", 58),
          ex("Cuba", None, "message", {PCC}, BL)),
    Probe("video-speech-seminar-mexico",
          "Seminar on Chinese Modernization Held in Mexico City",
          "Mexico City, March 12th--A seminar on Chinese modernization co-hosted by the Chinese Embassy "
          "and the National Regeneration Movement's political training institute was held here today. "
          "Liu Jianchao spoke by video; MORENA lawmakers and scholars discussed what Mexico may draw "
          "from China's experience.",
          "2024-03-13", url(EN, "2024-03-13", 59),
          ex("Mexico", "2024-03-12", "seminar", {MORENA}, BL, KE)),
    Probe("letter-to-copppal-plenary",
          "Liu Jianchao Sends Congratulatory Message to COPPPAL Meeting",
          "Buenos Aires, April 18th--The Permanent Conference of Political Parties of Latin America and "
          "the Caribbean (COPPPAL) held its plenary meeting here today, with parties from more than 20 "
          "countries. Liu Jianchao, head of the IDCPC, sent a message of congratulations, which was read "
          "out at the meeting.",
          "2024-04-19", url(EN, "2024-04-19", 60),
          ex(M, "2024-04-18", "forum", set(), R, KE)),
    Probe("idcpc-congratulates-pt-congress",
          "IDCPC Congratulates the Workers' Party of Brazil on Its National Congress",
          "Beijing, June 20th (IDCPC)--The IDCPC sent a message today to the Workers' Party of Brazil on "
          "the opening of its National Congress, wishing the Congress success and the party new "
          "achievements.",
          "2025-06-20", url(EN, "2025-06-20", 61),
          ex("Brazil", "2025-06-20", "message", {PT}, BL)),
    Probe("agency-xi-letter-forum",
          "Xi sends congratulatory letter to China-LAC party forum",
          "Home | China\n date 2023-07-12\nBEIJING, July 12 (Xinhua) -- Chinese President Xi Jinping on "
          "Wednesday sent a congratulatory letter to the China-Latin America and Caribbean Political "
          "Parties Forum, which opened in Beijing the same day.\nIn the letter, Xi said China is ready to "
          "work with the region's parties for common development.",
          "2023-07-12", url(AGENCY_EN, "2023-07-12", 62),
          ex(M, "2023-07-12", "forum", set(), R, KE),
          doubtful={"event_type": "a page on the letter alone, with the forum only named: rule 1 reads "
                                  "'a page that is the report of a forum'; Xi's letter example says forum"}),
    Probe("hk-letter-seminar-traditional",
          "劉建超致信中古兩黨理論研討會",
          "【本報訊】第十二屆中古兩黨理論研討會9月26日在哈瓦那舉行。中聯部部長劉建超致信祝賀。兩黨學者圍繞"
          "黨的建設展開研討。",
          "2019-09-28", url(HK_ZH, "2019-09-28", 63),
          ex("Cuba", "2019-09-26", "seminar", {PCC}, BL, KE), lang="zh"),
    Probe("condolence-no-event",
          "IDCPC Sends Condolences to the Communist Party of Chile",
          "Beijing, July 5th (IDCPC)--The IDCPC today sent a message of condolence to the Communist "
          "Party of Chile on the death of Guillermo Teillier, the party's President.",
          "2023-07-05", url(EN, "2023-07-05", 64),
          ex("Chile", "2023-07-05", "message", {PCCH}, BL)),
    # ---- E. "other" kinds, briefings, calls and online exchanges --------------------------------
    Probe("reception-lac-envoys-spring-festival",
          "IDCPC Holds Reception for Envoys of Latin American and Caribbean Countries",
          "Beijing, January 18th (IDCPC)--The IDCPC hosted a reception today for diplomatic envoys of "
          "Latin American and Caribbean countries in China to mark the coming Spring Festival. Sun "
          "Haiyan, Vice Minister of the IDCPC, raised a toast to the friendship between China and the "
          "region; ambassadors of Cuba, Brazil, Mexico and other countries attended.",
          "2024-01-19", url(EN, "2024-01-19", 70),
          ex(M, "2024-01-18", "other", set(), R)),
    Probe("zh-reception-lac-envoys",
          "中联部举办拉美和加勒比国家驻华使节新春招待会",
          "1月18日，中联部在京举办拉美和加勒比国家驻华使节新春招待会。中联部副部长孙海燕致辞，古巴、巴西、"
          "墨西哥等国驻华使节出席。",
          "2024-01-19", url(ZH, "2024-01-19", 71),
          ex(M, "2024-01-18", "other", set(), R), lang="zh"),
    Probe("signing-idcpc-psuv-agreement",
          "IDCPC and PSUV Sign Agreement on Cooperation",
          "Beijing, September 13th (IDCPC)--The IDCPC and the United Socialist Party of Venezuela signed an "
          "agreement on exchanges and cooperation for the next five years here today. Liu Jianchao and "
          "Diosdado Cabello, First Vice President of the PSUV, put their names to the document.",
          "2023-09-14", url(EN, "2023-09-14", 72),
          ex("Venezuela", "2023-09-13", "other", {PSUV}, BL)),
    Probe("zh-signing-cpc-pcc-plan",
          "中国共产党与古巴共产党签署交流合作计划",
          "6月5日，中联部部长刘建超与古共中央书记处书记罗伯托·莫拉莱斯在京签署两党新一期交流合作计划。根据计划，"
          "双方将在干部培训、理论研讨等方面开展合作。",
          "2023-06-06", url(ZH, "2023-06-06", 73),
          ex("Cuba", "2023-06-05", "other", {PCC}, BL), lang="zh"),
    Probe("photo-exhibition-havana",
          "Photo Exhibition on CPC-PCC Friendship Opens in Havana",
          "Havana, October 3rd--A photo exhibition on six decades of friendship between the Communist "
          "Party of China and the Communist Party of Cuba opened today in the Cuban capital. Officials of "
          "the PCC Central Committee and the Chinese Ambassador cut the ribbon. Some 80 pictures show "
          "visits, meetings and joint projects.",
          "2025-10-04", url(EN, "2025-10-04", 74),
          ex("Cuba", "2025-10-03", "other", {PCC}, BL)),
    Probe("zh-photo-exhibition-mexico-city",
          "中墨政党友好交往图片展在墨西哥城开幕",
          "当地时间5月20日，中墨政党友好交往图片展在墨西哥城开幕。墨西哥国家复兴运动党和劳动党领导人、中国驻墨"
          "使馆官员出席开幕式。",
          "2024-05-22", url(ZH, "2024-05-22", 75),
          ex("Mexico", "2024-05-20", "other", {MORENA, PTM}, BL), lang="zh"),
    Probe("donation-idcpc-fsln",
          "IDCPC Donates Medical Supplies to the FSLN",
          "Managua, June 18th--A handover ceremony for medical supplies donated by the IDCPC to the "
          "Sandinista National Liberation Front of Nicaragua was held here today. FSLN officials thanked "
          "the Chinese party for its help in the fight against the epidemic.",
          "2022-06-20", url(EN, "2022-06-20", 76),
          ex("Nicaragua", "2022-06-18", "other", {FSLN}, BL)),
    Probe("zh-donation-pcc-handover",
          "中联部向古巴共产党捐赠抗疫物资交接仪式在哈瓦那举行",
          "当地时间4月22日，中联部向古巴共产党捐赠抗疫物资交接仪式在哈瓦那举行。古共中央国际关系部部长和中国驻"
          "古巴大使出席并致辞。",
          "2020-04-24", url(ZH, "2020-04-24", 77),
          ex("Cuba", "2020-04-22", "other", {PCC}, BL), lang="zh"),
    Probe("online-seminar-cpc-pcch",
          "CPC and Communist Party of Chile Hold Online Seminar on Poverty Reduction",
          "Beijing, October 20th (IDCPC)--The IDCPC and the Communist Party of Chile held an online seminar "
          "today on reducing poverty. Officials and researchers of both parties compared their "
          "countries' policies on rural incomes and social protection.",
          "2021-10-21", url(EN, "2021-10-21", 78),
          ex("Chile", "2021-10-20", "seminar", {PCCH}, BL, KE)),
    Probe("video-call-pt-president",
          "Liu Jianchao Holds Video Call with President of Brazil's Workers' Party",
          "Beijing, March 2nd (IDCPC)--Liu Jianchao, head of the IDCPC, held a video call today with "
          "Gleisi Hoffmann, National President of the Workers' Party of Brazil. They talked about the "
          "coming visit of President Lula and ties between the parties.",
          "2023-03-03", url(EN, "2023-03-03", 79),
          ex("Brazil", "2023-03-02", "video_call", {PT}, BL)),
    Probe("online-exchange-morena-youth",
          "IDCPC Holds Online Exchange with Young Leaders of MORENA",
          "Beijing, August 11th (IDCPC)--The IDCPC held an online exchange today with young leaders of "
          "Mexico's National Regeneration Movement (MORENA). Young officials of the CPC told of their "
          "work in villages; the Mexican guests asked about youth employment.",
          "2022-08-12", url(EN, "2022-08-12", 80),
          ex("Mexico", "2022-08-11", "seminar", {MORENA}, BL, KE),
          doubtful={"event_type": "an online exchange of two parties' young officials on a theme: a "
                                  "seminar (peers on a theme) or a video_call (two sides by video)",
                    "content": "follows the type: knowledge exchange as a seminar, daily as a call"}),
    Probe("briefing-lac-envoys-plenary",
          "IDCPC Briefs Latin American and Caribbean Envoys on the Third Plenary Session",
          "Beijing, July 26th (IDCPC)--The IDCPC held a briefing session here today for diplomatic envoys "
          "of Latin American and Caribbean countries on the Third Plenary Session of the 20th CPC "
          "Central Committee. Sun Haiyan presented its decisions on deepening reform and took questions.",
          "2024-07-27", url(EN, "2024-07-27", 81),
          ex(M, "2024-07-26", "briefing", set(), R, KE)),
    Probe("zh-online-briefing-pcc-cadres",
          "中共二十大精神线上宣介会面向古巴共产党干部举行",
          "12月15日，中联部以视频方式为古巴共产党干部举办中共二十大精神宣介会。中方宣介团成员介绍了大会的主要"
          "成果，古共中央委员和地方干部一百余人参加。",
          "2022-12-16", url(ZH, "2022-12-16", 82),
          ex("Cuba", "2022-12-15", "briefing", {PCC}, BL, KE), lang="zh"),
    Probe("zh-briefing-session-of-forum",
          "中拉政党论坛期间举行三中全会精神专题宣介会",
          "11月22日，在第十届中拉政党论坛期间，中方举行二十届三中全会精神专题宣介会，向与会拉美和加勒比政党领导人"
          "介绍全会的主要内容。",
          "2024-11-23", url(ZH, "2024-11-23", 83),
          ex(M, "2024-11-22", "briefing", set(), R, KE), lang="zh"),
    Probe("phone-call-fsln",
          "Liu Jianchao Talks with FSLN Leader on the Phone",
          "Beijing, February 16th (IDCPC)--Liu Jianchao, head of the IDCPC, spoke by phone today with "
          "Rosario Murillo, a leader of the Sandinista National Liberation Front of Nicaragua, about the "
          "party ties that followed the restoration of diplomatic relations.",
          "2022-02-17", url(EN, "2022-02-17", 84),
          ex("Nicaragua", "2022-02-16", "phone_call", {FSLN}, BL)),
    Probe("book-launch-ceremony-buenos-aires",
          "Launch Ceremony for Spanish Edition of Book on the CPC Held in Buenos Aires",
          "Buenos Aires, August 28th--A ceremony to launch the Spanish edition of a book on the history of "
          "the Communist Party of China took place here today. Leaders of the Justicialist Party and "
          "the Communist Party of Argentina attended alongside the Chinese Ambassador.",
          "2021-08-30", url(EN, "2021-08-30", 85),
          ex("Argentina", "2021-08-28", "other", {"Justicialist Party", "Communist Party of Argentina"}, BL),
          doubtful={"event_type": "a book launch: 'other', or a seminar when speakers discuss the book"}),
    Probe("video-call-vs-online-forum",
          "IDCPC Holds Online Meeting with Parties of Central America",
          "Beijing, December 2nd (IDCPC)--The IDCPC held an online meeting today with leaders of political "
          "parties from Costa Rica, El Salvador, Honduras, Nicaragua and Panama on cooperation after the "
          "pandemic. Vice Minister Qian Hongshan spoke at the meeting.",
          "2021-12-03", url(EN, "2021-12-03", 86),
          ex(M, "2021-12-02", "forum", set(), R, KE),
          doubtful={"event_type": "an online meeting of many parties is 'the event it is'; this one has "
                                  "no name: forum or seminar"}),
    Probe("zh-video-call-maduro",
          "刘建超同委内瑞拉统社党第一副主席视频通话",
          "5月18日，中联部部长刘建超同委内瑞拉统一社会主义党第一副主席卡韦略视频通话，双方就两党交往和治国理政经验"
          "交流交换意见。",
          "2022-05-19", url(ZH, "2022-05-19", 87),
          ex("Venezuela", "2022-05-18", "video_call", {PSUV}, BL), lang="zh"),
    Probe("embassy-copy-reception-pcc-anniversary",
          "IDCPC Reception in Havana Marks Anniversary of Party Ties",
          "Havana, December 2nd--The Chinese Embassy, on behalf of the IDCPC, held a reception here "
          "today to mark the anniversary of ties between the Communist Party of China and the Communist "
          "Party of Cuba. Members of the PCC Political Bureau attended.",
          "2024-12-03", url(EMB_EN, "2024-12-03", 88),
          ex("Cuba", "2024-12-02", "other", {PCC}, BL)),
    # ---- F. courses, seminars, dialogues, forums, study groups, study tours ---------------------
    Probe("course-cuban-cadres",
          "Training Course for Cadres of the Communist Party of Cuba Opens in Beijing",
          "Beijing, April 10th (IDCPC)--A training course for cadres of the Communist Party of Cuba "
          "opened here today. Over two weeks, 25 Cuban officials will attend lectures on economic "
          "management and Party building and visit Shandong.",
          "2024-04-11", url(EN, "2024-04-11", 90),
          ex("Cuba", "2024-04-10", "training_course", {PCC}, BL, KE)),
    Probe("zh-course-lac-cadres",
          "2023年拉美政党干部研修班在京开班",
          "9月4日，2023年拉美政党干部研修班在京开班。来自阿根廷、智利、哥伦比亚、秘鲁等8国政党的30余名学员将"
          "在华学习两周，了解中国式现代化。",
          "2023-09-05", url(ZH, "2023-09-05", 91),
          ex(M, "2023-09-04", "training_course", set(), R, KE), lang="zh"),
    Probe("webinar-caribbean-leaders",
          "IDCPC Holds Webinar for Leaders of Caribbean Political Parties",
          "Beijing, June 24th (IDCPC)--The IDCPC held a webinar today for leaders of political parties of "
          "Caribbean countries on governance in the digital age. Participants came from Barbados, "
          "Guyana, Jamaica, Suriname and Trinidad and Tobago.",
          "2021-06-25", url(EN, "2021-06-25", 92),
          ex(M, "2021-06-24", "training_course", set(), R, KE)),
    Probe("meets-study-group-brazil",
          "Sun Haiyan Meets Study Group of Brazilian Party Cadres",
          "Beijing, November 7th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met here today with a "
          "study group of cadres of the Workers' Party and the Communist Party of Brazil, who are in "
          "China for a course on governance.",
          "2023-11-08", url(EN, "2023-11-08", 93),
          ex("Brazil", "2023-11-07", "meeting", {PT, PCDOB}, BL, KE)),
    Probe("zh-meets-psuv-study-group",
          "陈洲会见委内瑞拉统社党干部考察团",
          "10月17日，中联部副部长陈洲在京会见委内瑞拉统一社会主义党干部考察团。考察团一行将赴上海、浙江了解城市"
          "治理经验。",
          "2024-10-18", url(ZH, "2024-10-18", 94),
          ex("Venezuela", "2024-10-17", "meeting", {PSUV}, BL, KE), lang="zh"),
    Probe("theory-seminar-cpc-pcc-beijing",
          "CPC-PCC Theory Seminar Held in Beijing",
          "Beijing, November 28th (IDCPC)--The 13th theory seminar between the Communist Party of China and "
          "the Communist Party of Cuba was held here today. Scholars and officials of both parties "
          "discussed socialist modernization and the role of the party.",
          "2023-11-29", url(EN, "2023-11-29", 95),
          ex("Cuba", "2023-11-28", "seminar", {PCC}, BL, KE)),
    Probe("online-seminar-cpc-morena",
          "CPC and MORENA Hold Online Seminar on Governance",
          "Beijing, September 8th (IDCPC)--The CPC and Mexico's National Regeneration Movement held an "
          "online seminar today on state governance. Speakers of both parties compared how they train "
          "officials and keep in touch with voters.",
          "2022-09-09", url(EN, "2022-09-09", 96),
          ex("Mexico", "2022-09-08", "seminar", {MORENA}, BL, KE)),
    Probe("dialogue-china-brazil-parties",
          "China-Brazil Political Parties Dialogue Held in Brasília",
          "Brasília, August 21st--A dialogue between the Communist Party of China and Brazilian political "
          "parties was held here today. Leaders of the Workers' Party, the Communist Party of Brazil and "
          "other parties discussed the path to development with a CPC delegation.",
          "2023-08-22", url(EN, "2023-08-22", 97),
          ex("Brazil", "2023-08-21", "dialogue", {PT, PCDOB}, BL, KE)),
    Probe("forum-china-celac-parties",
          "China-CELAC Political Parties Forum Opens in Beijing",
          "Beijing, December 5th (IDCPC)--The China-CELAC Political Parties Forum opened here today. "
          "Leaders of some 60 political parties of Latin America and the Caribbean are taking part in "
          "the two-day meeting on development and cooperation.",
          "2018-12-06", url(EN_OLD, "2018-12-06", 98),
          ex(M, "2018-12-05", "forum", set(), R, KE)),
    Probe("global-dialogue-lac-participants",
          "LAC Parties Take Part in the CPC in Dialogue with World Political Parties",
          "Beijing, March 15th (IDCPC)--The CPC in Dialogue with World Political Parties High-level Meeting "
          "was held online today. Leaders of the Workers' Party of Brazil and the Communist Party of Cuba "
          "were among the speakers from Latin America.",
          "2023-03-16", url(EN, "2023-03-16", 99),
          ex(M, "2023-03-15", "dialogue", {PT, PCC}, GL, KE)),
    Probe("side-meeting-caribbean-leaders-summit",
          "Liu Jianchao Meets Caribbean Party Leaders Attending the Summit",
          "Beijing, July 6th (IDCPC)--On the sidelines of the CPC and World Political Parties Summit, Liu "
          "Jianchao met here today with leaders of parties from Barbados, Dominica and Grenada who came "
          "for the summit.",
          "2021-07-07", url(EN, "2021-07-07", 100),
          ex(M, "2021-07-06", "meeting", set(), G, KE)),
    Probe("side-meeting-one-party-at-summit",
          "Liu Jianchao Meets President of Broad Front at the Summit",
          "Beijing, July 6th (IDCPC)--Liu Jianchao met here today with Fernando Pereira, President of the "
          "Broad Front of Uruguay, who came to attend the CPC and World Political Parties Summit.",
          "2021-07-07", url(EN, "2021-07-07", 101),
          ex("Uruguay", "2021-07-06", "meeting", {FA}, GL, KE),
          doubtful={"mechanism": "one party's leader met on the side of a worldwide platform: global "
                                 "(a side meeting) or bilateral (one country's actors)",
                    "content": "a side meeting with one leader: knowledge exchange only for 'a group'"}),
    Probe("zh-special-course-pcc-senior-cadres",
          "古巴共产党高级干部专题研讨班在京举办",
          "5月8日至20日，古巴共产党高级干部专题研讨班在京举办。20名古共中高级干部围绕经济体制改革和党的建设进行"
          "学习，并赴江苏参观。",
          "2024-05-21", url(ZH, "2024-05-21", 102),
          ex("Cuba", "2024-05-08", "training_course", {PCC}, BL, KE), lang="zh"),
    Probe("workshop-young-lac-leaders",
          "Workshop for Young Leaders of Latin American Parties Opens",
          "Beijing, May 15th (IDCPC)--A workshop for young leaders of political parties from Latin America "
          "opened here today. Participants from Argentina, Colombia, Ecuador and Peru will spend ten days "
          "on lectures and visits.",
          "2024-05-16", url(EN, "2024-05-16", 103),
          ex(M, "2024-05-15", "training_course", set(), R, KE)),
    Probe("seminar-montevideo-two-parties",
          "Seminar on Chinese Modernization Held in Montevideo",
          "Montevideo, September 10th--A seminar on Chinese modernization was held here today by the "
          "Chinese Embassy with the Broad Front and the Communist Party of Uruguay. Speakers of the "
          "three parties discussed how each country can pursue a development path of its own.",
          "2024-09-11", url(EN, "2024-09-11", 104),
          ex("Uruguay", "2024-09-10", "seminar", {FA, PCU}, BL, KE)),
    Probe("hk-forum-fujian-traditional",
          "中拉政黨論壇在福建舉行",
          "【本報福州訊】第九屆中拉政黨論壇11月14日在福建泉州開幕，拉美和加勒比二十餘國政黨領導人與會，就共建"
          "「一帶一路」展開交流。",
          "2022-11-15", url(HK_ZH, "2022-11-15", 105),
          ex(M, "2022-11-14", "forum", set(), R, KE), lang="zh"),
    Probe("study-tour-colombian-leaders-guizhou",
          "Colombian Party Leaders Study Poverty Reduction in Guizhou",
          "Guiyang, May 22nd--A delegation of leaders of the Colombian Liberal Party and the Colombian "
          "Communist Party toured Guizhou from May 20 to 23, visiting relocated villages, a data centre "
          "and a tea cooperative to learn about China's approach to ending poverty.",
          "2024-05-24", url(EN, "2024-05-24", 106),
          ex("Colombia", "2024-05-20", "field_trip", {"Colombian Liberal Party", PCCOL}, BL, KE)),
    Probe("meets-training-class-lac-leaders",
          "Li Xi Meets Participants of a Course for Latin American Party Leaders",
          "Beijing, September 6th (IDCPC)--Li Xi met here today with participants in a training course for "
          "leaders of political parties from Latin American countries, who came from Argentina, Chile, "
          "Mexico and Peru.",
          "2023-09-07", url(EN, "2023-09-07", 107),
          ex(M, "2023-09-06", "meeting", set(), R, KE)),
    Probe("seminar-for-ndp-officials-is-course",
          "Seminar for Officials of Suriname's National Democratic Party Held in Beijing",
          "Beijing, October 14th (IDCPC)--A seminar for officials of the National Democratic Party of "
          "Suriname opened here today. Over ten days, the participants will attend lectures on local "
          "governance and economic planning given by Chinese experts.",
          "2019-10-15", url(EN_OLD, "2019-10-15", 108),
          ex("Suriname", "2019-10-14", "training_course", {NDP}, B, KE)),
    Probe("zh-course-caribbean-online",
          "加勒比国家政党干部线上研修班开班",
          "6月10日，加勒比国家政党干部线上研修班开班，牙买加、巴巴多斯、圭亚那等国政党的40余名干部在线参加，"
          "中方专家将围绕乡村振兴授课。",
          "2022-06-11", url(ZH, "2022-06-11", 109),
          ex(M, "2022-06-10", "training_course", set(), R, KE), lang="zh"),
    Probe("course-jamaica-two-parties",
          "Training Course for Jamaican Party Cadres Concludes",
          "Beijing, November 30th (IDCPC)--A two-week training course for cadres of Jamaica's People's "
          "National Party and Jamaica Labour Party ended here today. The course began on November 17 with "
          "lectures on infrastructure planning.",
          "2023-12-01", url(EN, "2023-12-01", 110),
          ex("Jamaica", "2023-11-17", "training_course", {PNP, JLP}, BL, KE)),
    Probe("zh-dialogue-cpc-mexican-parties",
          "中国共产党与墨西哥政党对话会在墨西哥城举行",
          "当地时间6月12日，中国共产党与墨西哥政党对话会在墨西哥城举行。墨西哥国家复兴运动党、劳动党等政党领导人"
          "同中共代表团就现代化道路进行交流。",
          "2024-06-14", url(ZH, "2024-06-14", 111),
          ex("Mexico", "2024-06-12", "dialogue", {MORENA, PTM}, BL, KE), lang="zh"),
    Probe("brics-party-forum-lac-brazil",
          "BRICS Political Parties Forum Opens in Vladivostok with Brazilian Participants",
          "Vladivostok, June 17th--The BRICS political parties forum opened here today. Liu Jianchao led "
          "the CPC delegation; leaders of the Workers' Party of Brazil also took part.",
          "2024-06-18", url(EN, "2024-06-18", 112),
          ex(M, "2024-06-17", "forum", {PT}, GL, KE)),
    # ---- G. more shapes: visits abroad to a platform, copies, negatives --------------------------
    Probe("cpc-visit-peru-whole",
          "CPC Delegation Visits Peru",
          "At the invitation of the Communist Party of Peru – Red Fatherland, a CPC delegation led by Qian "
          "Hongshan visited Peru from July 8 to 11. In Lima, the delegation met the party's leaders, "
          "talked with members of Congress and visited the port of Chancay.",
          "2024-07-13", url(EN, "2024-07-13", 120),
          ex("Peru", "2024-07-08", "delegation_visit_abroad", {PCP}, BL)),
    Probe("meets-peruvian-leaders-in-lima",
          "Qian Hongshan Meets Leaders of the Communist Party of Peru – Red Fatherland in Lima",
          "Lima, July 9th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, who is visiting Peru at the "
          "head of a CPC delegation, met here today with leaders of the Communist Party of Peru – Red "
          "Fatherland. The two sides talked about the new port and trade.",
          "2024-07-10", url(EN, "2024-07-10", 121),
          ex("Peru", "2024-07-09", "meeting", {"Communist Party of Peru – Red Fatherland"}, BL)),
    Probe("zh-agency-cai-qi-meets-pcc",
          "蔡奇会见古巴共产党代表团",
          "首页 | 时政 | 国际\n date 2023-06-05\n新华社北京6月5日电 中共中央政治局常委蔡奇5日在京会见"
          "古共中央政治局委员罗伯托·莫拉莱斯率领的古巴共产党代表团。蔡奇表示，中方愿同古方加强交流互鉴。\n【责任编辑：李明】",
          "2023-06-05", url(AGENCY_ZH, "2023-06-05", 122),
          ex("Cuba", "2023-06-05", "meeting", {PCC}, BL), lang="zh"),
    Probe("not-relevant-cpc-visit-spain",
          "CPC Delegation Visits Spain",
          "A CPC delegation led by Sun Haiyan visited Spain from April 27 to 30. In Madrid, it met leaders "
          "of the Spanish Socialist Workers' Party and the Communist Party of Spain.",
          "2024-05-02", url(EN, "2024-05-02", 123),
          NO),
    Probe("not-relevant-african-course",
          "Training Course for Cadres of African Parties Opens in Beijing",
          "Beijing, April 10th (IDCPC)--A training course for cadres of political parties from Kenya, "
          "Tanzania and Zambia opened here today. The participants will study rural development.",
          "2024-04-11", url(EN, "2024-04-11", 124),
          NO),
    Probe("not-relevant-reception-asian-envoys",
          "IDCPC Holds Reception for Envoys of Asian Countries",
          "Beijing, January 22nd (IDCPC)--The IDCPC hosted a Spring Festival reception today for diplomatic "
          "envoys of Asian countries in China. Envoys of Laos, Vietnam and Cambodia attended.",
          "2024-01-23", url(EN, "2024-01-23", 125),
          NO),
    Probe("pcc-delegation-visits-shanghai-leg",
          "Cuban Party Delegation Visits Shanghai",
          "Shanghai, June 8th--A delegation of the Communist Party of Cuba visited Shanghai on June 8 and "
          "9. A leader of the municipal Party committee met the guests, who then saw a free trade zone "
          "and a neighbourhood service centre.",
          "2023-06-10", url(PROV_EN, "2023-06-10", 126),
          ex("Cuba", "2023-06-08", "field_trip", {PCC}, BL, KE)),
    Probe("condolence-book-cuban-embassy",
          "Liu Jianchao Signs Book of Condolence at the Cuban Embassy",
          "Beijing, November 28th (IDCPC)--Liu Jianchao, head of the IDCPC, went to the Cuban Embassy in "
          "China today to sign the book of condolence for a late leader of the Communist Party of Cuba.",
          "2016-11-29", url(EN_OLD, "2016-11-29", 127),
          ex("Cuba", "2016-11-28", "message", {PCC}, BL),
          doubtful={"event_type": "a condolence book signed at an embassy: a condolence (message) or a "
                                  "call on the embassy (meeting / other)"}),
    Probe("zh-briefing-brazil-parties",
          "中联部面向巴西政党举办专题宣介会",
          "8月29日，中联部在京以线上方式面向巴西劳工党、巴西共产党等政党举办二十届三中全会精神专题宣介会，"
          "巴方政党领导人和干部六十余人参加。",
          "2024-08-30", url(ZH, "2024-08-30", 128),
          ex("Brazil", "2024-08-29", "briefing", {PT, PCDOB}, BL, KE), lang="zh"),
    Probe("cpc-attends-sao-paulo-forum-caracas",
          "CPC Delegation Attends the São Paulo Forum in Caracas",
          "Caracas, July 25th--A CPC delegation attended the meeting of the São Paulo Forum that opened "
          "here today, with left-wing parties from across Latin America and the Caribbean. The head of "
          "the delegation spoke at the meeting.",
          "2019-07-27", url(EN_OLD, "2019-07-27", 129),
          ex(M, "2019-07-25", "forum", set(), RL, KE)),
    Probe("zh-cpc-attends-sao-paulo-forum",
          "中共代表团出席圣保罗论坛年会",
          "当地时间7月25日，第25届圣保罗论坛年会在加拉加斯开幕。中共代表团应邀出席并在大会上致辞，介绍中国共产党"
          "的治国理政经验。",
          "2019-07-27", url(ZH, "2019-07-27", 130),
          ex(M, "2019-07-25", "forum", set(), RL, KE), lang="zh"),
    Probe("cpc-attends-copppal-mexico",
          "CPC Delegation Attends COPPPAL Meeting in Mexico City",
          "Mexico City, October 18th--A CPC delegation took part in a meeting of the Permanent Conference "
          "of Political Parties of Latin America and the Caribbean (COPPPAL) held here today on "
          "sustainable development.",
          "2022-10-20", url(EN, "2022-10-20", 131),
          ex(M, "2022-10-18", "forum", set(), R, KE)),
    Probe("cuban-cadres-complete-course",
          "Cuban Party Cadres Complete Study Programme in China",
          "Beijing, April 24th (IDCPC)--A training course for cadres of the Communist Party of Cuba closed "
          "here today after two weeks of lectures and visits. The participants received certificates "
          "from the IDCPC.",
          "2024-04-25", url(EN, "2024-04-25", 132),
          ex("Cuba", "2024-04-24", "training_course", {PCC}, BL, KE),
          doubtful={"event_date": "a closing page: the day it closed (the page's exchange) or the course's "
                                  "first day, which the page does not give"}),
    Probe("zh-psuv-youth-tour-shaanxi",
          "委内瑞拉统社党青年干部考察团在陕西考察",
          "10月21日至23日，委内瑞拉统一社会主义党青年干部考察团在陕西延安、西安参观考察，了解中国共产党的历史和"
          "当地的乡村振兴实践。",
          "2024-10-24", url(PROV_ZH, "2024-10-24", 133),
          ex("Venezuela", "2024-10-21", "field_trip", {PSUV}, BL, KE), lang="zh"),
    Probe("video-link-talks-psuv",
          "Liu Jianchao Holds Talks with PSUV Leader via Video Link",
          "Beijing, January 25th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks via video link today "
          "with Diosdado Cabello, First Vice President of the United Socialist Party of Venezuela, about "
          "party exchanges in the new year.",
          "2022-01-26", url(EN, "2022-01-26", 134),
          ex("Venezuela", "2022-01-25", "video_call", {PSUV}, BL)),
    Probe("zh-china-caribbean-parties-seminar",
          "中国—加勒比政党研讨会以视频方式举行",
          "11月9日，中国—加勒比政党研讨会以视频方式举行。来自牙买加、巴巴多斯、多米尼克等国的十余个政党领导人"
          "围绕气候变化与可持续发展展开研讨，中联部副部长出席并致辞。",
          "2021-11-10", url(ZH, "2021-11-10", 135),
          ex(M, "2021-11-09", "seminar", set(), R, KE), lang="zh"),
    Probe("central-america-dialogue",
          "China-Central America Political Parties Dialogue Held Online",
          "Beijing, November 30th (IDCPC)--The China-Central America Political Parties Dialogue was held "
          "online today. Parties from Costa Rica, El Salvador, Honduras, Nicaragua and Panama exchanged "
          "views with the CPC on green development.",
          "2023-12-01", url(EN, "2023-12-01", 136),
          ex(M, "2023-11-30", "dialogue", set(), R, KE)),
    Probe("zh-online-seminar-cpc-morena",
          "中墨两党治国理政视频研讨会举行",
          "9月8日，中国共产党同墨西哥国家复兴运动党举行治国理政视频研讨会，两党干部和学者围绕干部培养、"
          "联系群众等议题进行交流。",
          "2022-09-09", url(ZH_GOV, "2022-09-09", 137),
          ex("Mexico", "2022-09-08", "seminar", {MORENA}, BL, KE), lang="zh"),
    Probe("zh-cpc-delegation-visits-cuba-whole-gov",
          "中共代表团访问古巴",
          "应古巴共产党邀请，中共中央宣传部部长李书磊率中共代表团于3月20日至24日访问古巴。在哈瓦那期间，古共中央"
          "第一书记、国家主席迪亚斯-卡内尔会见代表团。代表团还赴马坦萨斯省参观。",
          "2024-03-26", url(ZH_GOV, "2024-03-26", 138),
          ex("Cuba", "2024-03-20", "delegation_visit_abroad", {PCC}, BL), lang="zh"),
    Probe("zh-paper-cpc-meets-fsln",
          "中联部负责人会见尼加拉瓜桑地诺民族解放阵线代表团",
          "本报北京9月12日电 中联部部长刘建超12日在京会见尼加拉瓜桑地诺民族解放阵线代表团。"
          "双方表示，两国复交以来两党关系发展良好。",
          "2023-09-13", url(PAPER_ZH, "2023-09-13", 139),
          ex("Nicaragua", "2023-09-12", "meeting", {FSLN}, BL), lang="zh"),
    Probe("jlp-delegation-visit-whole",
          "Jamaica Labour Party Delegation Visits China",
          "At the invitation of the CPC, a delegation of the Jamaica Labour Party led by its General "
          "Secretary visited China from September 1 to 8. The guests held talks at the IDCPC in Beijing "
          "and toured Guangxi and Hainan, where they saw ports and tourism projects.",
          "2024-09-10", url(EN, "2024-09-10", 140),
          ex("Jamaica", "2024-09-01", "delegation_received", {JLP}, B)),
    Probe("jlp-delegation-tour-hainan",
          "Jamaican Party Delegation Visits Hainan",
          "Haikou, September 5th--A delegation of the Jamaica Labour Party visited Hainan from September 5 "
          "to 7, touring the free trade port, a tropical farming centre and a tourism resort.",
          "2024-09-08", url(PROV_EN, "2024-09-08", 141),
          ex("Jamaica", "2024-09-05", "field_trip", {JLP}, B, KE)),
    Probe("zh-meets-jlp-delegation",
          "孙海燕会见牙买加工党代表团",
          "9月2日，中联部副部长孙海燕在京会见牙买加工党总书记率领的代表团。双方就加强两党交往和经贸合作交换意见。",
          "2024-09-03", url(ZH, "2024-09-03", 142),
          ex("Jamaica", "2024-09-02", "meeting", {JLP}, B), lang="zh"),
    Probe("reception-for-lac-delegations-at-forum",
          "IDCPC Holds Welcome Banquet for Delegates to the China-LAC Parties Forum",
          "Beijing, July 11th (IDCPC)--On the eve of the China-Latin America and Caribbean Political Parties "
          "Forum, the IDCPC gave a welcome banquet here today for the delegates of parties from the "
          "region. Liu Jianchao proposed a toast.",
          "2023-07-12", url(EN, "2023-07-12", 143),
          ex(M, "2023-07-11", "other", set(), R),
          doubtful={"event_type": "a banquet on the eve of a forum: 'other', or part of the forum",
                    "content": "follows the type: daily as 'other', knowledge exchange as the forum"}),
    Probe("cuban-envoy-meets-idcpc-message-handed",
          "Cuban Ambassador Delivers Letter from Díaz-Canel to the IDCPC",
          "Beijing, April 20th (IDCPC)--Liu Jianchao, head of the IDCPC, met today with Alberto Blanco, "
          "Ambassador of Cuba to China, who handed over a letter from Miguel Díaz-Canel, First "
          "Secretary of the PCC Central Committee, thanking the CPC for its congratulations.",
          "2021-04-21", url(EN, "2021-04-21", 144),
          ex("Cuba", "2021-04-20", "message", {PCC}, BL),
          doubtful={"event_type": "a letter handed over at a meeting with an envoy: the headline names "
                                  "the letter (message); the lead says met (meeting)"}),
    Probe("zh-training-course-closing-mexico",
          "墨西哥政党干部研修班结业",
          "11月24日，墨西哥政党干部研修班在京结业。来自墨西哥国家复兴运动党、劳动党的25名学员在华学习两周。",
          "2023-11-25", url(ZH, "2023-11-25", 145),
          ex("Mexico", "2023-11-24", "training_course", {MORENA, PTM}, BL, KE), lang="zh",
          doubtful={"event_date": "a closing page: the day it closed, or null for the course's unstated "
                                  "first day"}),
    # ---- H. written after the first run (not blind): the occasion headline and its limits ------
    Probe("zh-signing-idcpc-pt-memorandum",
          "中联部与巴西劳工党签署合作谅解备忘录",
          "7月17日，中联部部长刘建超与巴西劳工党主席格莱西·霍夫曼在京签署两党合作谅解备忘录。备忘录提出，双方"
          "今后将互派干部考察团并共同举办研讨会。",
          "2024-07-18", url(ZH, "2024-07-18", 150),
          ex("Brazil", "2024-07-17", "other", {PT}, BL), lang="zh"),
    Probe("agency-parties-sign-plan",
          "Chinese, Venezuelan parties sign cooperation plan",
          "Home | China\n date 2023-09-13\nBEIJING, Sept. 13 (Xinhua) -- The Communist Party of China and "
          "the United Socialist Party of Venezuela signed a plan for exchanges and cooperation here "
          "Wednesday. "
          "Under the plan, the two parties will hold a forum on governance every two years.",
          "2023-09-13", url(AGENCY_EN, "2023-09-13", 151),
          ex("Venezuela", "2023-09-13", "other", {PSUV}, BL)),
    Probe("meets-guests-at-reception",
          "Liu Jianchao Meets Cuban Guests at a Reception Marking Party Ties",
          "Beijing, December 2nd (IDCPC)--Liu Jianchao, head of the IDCPC, met here today with leaders of "
          "the Communist Party of Cuba at a reception marking the anniversary of ties between the parties.",
          "2024-12-03", url(EN, "2024-12-03", 152),
          ex("Cuba", "2024-12-02", "meeting", {PCC}, BL)),
    Probe("visit-cuba-signs-plan",
          "CPC Delegation Visits Cuba, Signs Cooperation Plan with the PCC",
          "Havana, March 22nd--A CPC delegation led by Li Shulei, which arrived on March 20, signed a plan "
          "for exchanges with the Communist Party of Cuba here today, after meeting PCC leaders.",
          "2024-03-23", url(EN, "2024-03-23", 153),
          ex("Cuba", "2024-03-20", "delegation_visit_abroad", {PCC}, BL)),
    Probe("zh-idcpc-attends-cuban-embassy-reception",
          "中联部领导出席古巴驻华使馆招待会",
          "1月2日，中联部副部长出席古巴驻华使馆举行的古巴革命胜利纪念日招待会，并同古巴驻华大使佩雷拉交谈。",
          "2025-01-03", url(ZH, "2025-01-03", 154),
          ex("Cuba", "2025-01-02", "other", set(), BL), lang="zh"),
    Probe("zh-two-parties-mexico-open",
          "中墨两党治国理政研讨会举行",
          "10月15日，中墨两党治国理政研讨会在墨西哥城举行，两党学者和干部围绕减贫与社会治理进行交流。",
          "2024-10-16", url(ZH, "2024-10-16", 155),
          ex("Mexico", "2024-10-15", "seminar", set(), B, KE), lang="zh",
          doubtful={"mechanism": "which Mexican party the pair names is open; the project may add leftist "
                                 "by the ruling party of the day"}),
    Probe("warm-reception-is-how-received",
          "Cuban Leader Gives Warm Reception to Chinese Party Envoy",
          "Havana, March 21st--Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist "
          "Party of Cuba, met here today with Li Shulei, who heads the publicity work of the CPC.",
          "2024-03-22", url(EN, "2024-03-22", 156),
          ex("Cuba", "2024-03-21", "meeting", {PCC}, BL)),
    # ---- I. a second batch written after the rules (not blind): more shapes of the same doubts --
    Probe("psuv-delegation-arrives",
          "PSUV Delegation Arrives in Beijing",
          "Beijing, May 6th (IDCPC)--A delegation of the United Socialist Party of Venezuela led by Diosdado "
          "Cabello arrived here today for a week-long visit to China at the invitation of the CPC.",
          "2023-05-07", url(EN, "2023-05-07", 160),
          ex("Venezuela", "2023-05-06", "delegation_received", {PSUV}, BL)),
    Probe("leader-visits-china-lead-opens-with-meeting",
          "Secretary General of the Communist Party of Chile Visits China",
          "Lautaro Carmona, Secretary General of the Communist Party of Chile, met Cai Qi in Beijing on "
          "April 24 during a visit to China from April 22 to 29. He also held talks at the IDCPC and went "
          "to Guizhou and Chongqing.",
          "2024-04-30", url(EN, "2024-04-30", 161),
          ex("Chile", "2024-04-22", "delegation_received", {PCCH}, BL)),
    Probe("zh-pt-delegation-concludes",
          "应邀访华的巴西劳工党代表团结束访问",
          "应中联部邀请访华的巴西劳工党代表团10月22日结束访问回国。10月15日抵京后，代表团在京同中方举行会谈，并赴"
          "陕西参观。",
          "2023-10-23", url(ZH, "2023-10-23", 162),
          ex("Brazil", "2023-10-15", "delegation_received", {PT}, BL), lang="zh"),
    Probe("cuban-delegation-in-yunnan-no-verb",
          "Cuban Party Delegation in Yunnan",
          "Kunming, June 9th--A delegation of the Communist Party of Cuba spent two days in Yunnan from June "
          "8, touring a flower market, a coffee plantation and a border trade zone.",
          "2023-06-11", url(PROV_EN, "2023-06-11", 163),
          ex("Cuba", "2023-06-08", "field_trip", {PCC}, BL, KE),
          doubtful={k: "a provincial copy that names no CPC side at all (no host, no official): the "
                       "pipeline reads no party exchange; a coder may know the tour is the CPC's"
                    for k in ("relevant", "country", "event_type", "parties", "mechanism", "content")}),
    Probe("cpc-delegation-in-mexico-no-verb",
          "Chinese Party Delegation in Mexico",
          "Mexico City, April 23rd--A CPC delegation led by Sun Haiyan, on a visit to Mexico from April 22, "
          "met today with leaders of the National Regeneration Movement and of the Labor Party, and "
          "called on the Senate.",
          "2024-04-24", url(EN, "2024-04-24", 164),
          ex("Mexico", "2024-04-22", "delegation_visit_abroad", {MORENA, PTM}, BL),
          doubtful={"event_type": "a no-verb headline over a lead whose main verb is 'met' today: the "
                                  "visit (headline) or the day's meetings",
                    "event_date": "follows the type"}),
    Probe("agency-cuban-delegation-ends-tour",
          "Cuban party delegation ends China tour",
          "Home | China\n date 2023-06-10\nBEIJING, June 10 (Xinhua) -- A delegation of the Communist Party "
          "of Cuba on Saturday wrapped up a visit to China that began on June 3 and took it to Beijing, "
          "Sichuan and Zhejiang.",
          "2023-06-10", url(AGENCY_EN, "2023-06-10", 165),
          ex("Cuba", "2023-06-03", "delegation_received", {PCC}, BL)),
    Probe("zh-talks-in-caracas-during-visit",
          "孙海燕同委内瑞拉统社党第一副主席卡韦略会谈",
          "当地时间11月14日，正在委内瑞拉访问的中联部副部长孙海燕在加拉加斯同统一社会主义党第一副主席卡韦略举行会谈。",
          "2023-11-16", url(ZH, "2023-11-16", 166),
          ex("Venezuela", "2023-11-14", "meeting", {PSUV}, BL), lang="zh"),
    Probe("attends-anniversary-ceremony-beijing",
          "Liu Jianchao Attends Ceremony Marking Anniversary of China-Cuba Party Ties",
          "Beijing, December 2nd (IDCPC)--Liu Jianchao attended a ceremony here today held by the Cuban "
          "Embassy to mark the anniversary of relations between the Communist Party of China and the "
          "Communist Party of Cuba.",
          "2024-12-03", url(EN, "2024-12-03", 167),
          ex("Cuba", "2024-12-02", "other", {PCC}, BL)),
    Probe("zh-attends-venezuelan-embassy-reception",
          "中联部副部长出席委内瑞拉驻华使馆招待会",
          "7月5日，中联部副部长陈洲出席委内瑞拉驻华使馆举行的独立日招待会，同委驻华大使交流。",
          "2024-07-06", url(ZH, "2024-07-06", 168),
          ex("Venezuela", "2024-07-05", "other", set(), B), lang="zh",
          doubtful={"mechanism": "no party named: bilateral by the codebook's words; the project adds "
                                 "leftist for a named envoy of a leftist government (none is named here)"}),
    Probe("zh-online-briefing-argentine-parties",
          "中联部面向阿根廷政党举行线上宣介会",
          "3月20日，中联部面向阿根廷正义党、阿根廷共产党等政党以视频方式举行全国两会精神宣介会。",
          "2024-03-21", url(ZH, "2024-03-21", 169),
          ex("Argentina", "2024-03-20", "briefing", {"Justicialist Party", "Communist Party of Argentina"},
             BL, KE), lang="zh"),
    Probe("addresses-opening-of-caribbean-course",
          "Vice Minister Addresses Opening of Course for Caribbean Party Cadres",
          "Beijing, June 3rd (IDCPC)--Sun Haiyan spoke today at the opening of a training course for party "
          "cadres from Caribbean countries, with participants from Dominica, Grenada, Guyana and Suriname.",
          "2024-06-04", url(EN, "2024-06-04", 170),
          ex(M, "2024-06-03", "training_course", set(), R, KE)),
    Probe("psch-study-delegation-shenzhen",
          "Study Delegation of the Socialist Party of Chile Visits Shenzhen",
          "Shenzhen, November 14th--A study delegation of the Socialist Party of Chile visited Shenzhen "
          "on November 13 and 14, calling on a telecoms company and a port.",
          "2024-11-15", url(PROV_EN, "2024-11-15", 171),
          ex("Chile", "2024-11-13", "field_trip", {PSCH}, BL, KE)),
    Probe("meets-mexican-course-participants",
          "Guo Yezhou Meets Mexican Party Cadres Attending a Course",
          "Beijing, November 20th (IDCPC)--Guo Yezhou met here today with cadres of the National "
          "Regeneration Movement and the Labor Party of Mexico who are taking part in a training course.",
          "2023-11-21", url(EN, "2023-11-21", 172),
          ex("Mexico", "2023-11-20", "meeting", {MORENA, PTM}, BL, KE)),
    Probe("zh-meets-brazil-leaders-at-forum",
          "刘建超会见出席中拉政党论坛的巴西政党领导人",
          "7月11日，中联部部长刘建超在京会见来华出席中拉政党论坛的巴西劳工党、巴西共产党领导人。",
          "2023-07-12", url(ZH, "2023-07-12", 173),
          ex("Brazil", "2023-07-11", "meeting", {PT, PCDOB}, RL, KE), lang="zh"),
    Probe("video-talks-pcc-leader",
          "Liu Jianchao Holds Talks by Video with PCC Leader",
          "Beijing, August 30th (IDCPC)--Liu Jianchao, head of the IDCPC, held talks by video today with "
          "Emilio Lozada, head of the International Relations Department of the PCC Central Committee.",
          "2022-08-31", url(EN, "2022-08-31", 174),
          ex("Cuba", "2022-08-30", "video_call", {PCC}, BL)),
    # ---- J. a third batch after the rules (not blind): occasions abroad, events held in LAC --------
    Probe("donates-computers-party-school",
          "IDCPC Donates Computers to Cuban Party School",
          "Havana, May 14th--Computers and printers donated by the IDCPC were handed to the Ñico López "
          "Higher School of the Communist Party of Cuba here today. The school's director thanked the "
          "Chinese party.",
          "2024-05-15", url(EN, "2024-05-15", 180),
          ex("Cuba", "2024-05-14", "other", {PCC}, BL)),
    Probe("course-for-cuban-cadres-in-havana",
          "CPC Runs Course for Cuban Cadres in Havana",
          "Havana, February 19th--A training course for cadres of the Communist Party of Cuba, taught by "
          "lecturers sent by the IDCPC, opened here today and will run for a week.",
          "2024-02-20", url(EN, "2024-02-20", 181),
          ex("Cuba", "2024-02-19", "training_course", {PCC}, BL, KE)),
    Probe("zh-seminar-held-by-delegation-in-havana",
          "中共代表团在哈瓦那举办中国式现代化研讨会",
          "当地时间3月22日，访问古巴的中共代表团在哈瓦那同古巴共产党举办中国式现代化研讨会，古共中央委员和学者"
          "五十余人参加。",
          "2024-03-24", url(ZH, "2024-03-24", 182),
          ex("Cuba", "2024-03-22", "seminar", {PCC}, BL, KE), lang="zh"),
    Probe("zh-open-day-lac-envoys",
          "中联部举办拉美和加勒比国家驻华使节开放日活动",
          "5月28日，中联部举办拉美和加勒比国家驻华使节开放日活动，十余国使节参观了中联部的对外交往史料陈列。",
          "2024-05-29", url(ZH, "2024-05-29", 183),
          ex(M, "2024-05-28", "other", set(), R), lang="zh"),
    Probe("online-dialogue-colombian-parties",
          "IDCPC Holds Online Dialogue with Colombian Parties",
          "Beijing, September 14th (IDCPC)--The IDCPC held an online dialogue today with leaders of several "
          "Colombian parties on peace-building and rural development.",
          "2022-09-15", url(EN, "2022-09-15", 184),
          ex("Colombia", "2022-09-14", "dialogue", set(), B, KE)),
    Probe("zh-phone-call-diaz-canel",
          "刘建超同古共中央第一书记迪亚斯-卡内尔通电话",
          "1月10日，中联部部长刘建超同古巴共产党中央委员会第一书记迪亚斯-卡内尔通电话，双方就两党关系交换意见。",
          "2024-01-11", url(ZH, "2024-01-11", 185),
          ex("Cuba", "2024-01-10", "phone_call", {PCC}, BL), lang="zh"),
    Probe("exhibition-at-pt-headquarters",
          "Exhibition on China's Fight Against Poverty Opens at Workers' Party Headquarters",
          "São Paulo, August 8th--An exhibition on how China ended extreme poverty opened today at the "
          "headquarters of Brazil's Workers' Party, with PT leaders and Chinese diplomats present.",
          "2023-08-10", url(EN, "2023-08-10", 186),
          ex("Brazil", "2023-08-08", "other", {PT}, BL)),
    Probe("delegation-attends-handover-managua",
          "CPC Delegation Attends Handover Ceremony of Donated Supplies in Managua",
          "Managua, October 8th--A CPC delegation attended a ceremony here today at which supplies donated "
          "by the IDCPC were handed over to the Sandinista National Liberation Front.",
          "2024-10-09", url(EN, "2024-10-09", 187),
          ex("Nicaragua", "2024-10-08", "other", {FSLN}, BL)),
    Probe("zh-exchange-meeting-lac-parties",
          "郭业洲出席中国—拉美政党交流会",
          "4月18日，中国—拉美政党交流会在京举行，来自巴西、智利、乌拉圭等国的政党领导人参加，中联部副部长郭业洲"
          "出席并致辞。",
          "2019-04-19", url(ZH, "2019-04-19", 188),
          ex(M, "2019-04-18", "seminar", set(), R, KE), lang="zh"),
    Probe("zh-video-talks-psch",
          "中联部副部长同智利社会党主席视频会谈",
          "6月6日，中联部副部长孙海燕同智利社会党主席保利娜·沃达诺维奇举行视频会谈。",
          "2023-06-07", url(ZH, "2023-06-07", 189),
          ex("Chile", "2023-06-06", "video_call", {PSCH}, BL), lang="zh"),
    Probe("meets-at-donation-ceremony",
          "Liu Jianchao Meets Nicaraguan Guests at Donation Ceremony",
          "Beijing, October 8th (IDCPC)--Liu Jianchao met here today with a delegation of the Sandinista "
          "National Liberation Front at a ceremony for supplies the IDCPC donated to the party.",
          "2024-10-09", url(EN, "2024-10-09", 190),
          ex("Nicaragua", "2024-10-08", "meeting", {FSLN}, BL)),
    Probe("parties-hold-talks-in-caracas",
          "CPC and PSUV Hold Party-to-Party Talks in Caracas",
          "Caracas, November 14th--The CPC and the United Socialist Party of Venezuela held talks here today "
          "between a CPC delegation and PSUV leaders on exchanges of experience in governance.",
          "2023-11-16", url(EN, "2023-11-16", 191),
          ex("Venezuela", "2023-11-14", "meeting", {PSUV}, BL)),
    Probe("hk-attends-pcc-anniversary-traditional",
          "中共代表團出席古巴共產黨成立紀念活動",
          "【本報哈瓦那電】當地時間10月3日，中共代表團出席古巴共產黨成立六十周年紀念活動，並向古共轉達中共中央的"
          "祝賀。",
          "2025-10-05", url(HK_ZH, "2025-10-05", 192),
          ex("Cuba", "2025-10-03", "other", {PCC}, BL), lang="zh"),
    # ---- K. a fourth batch after the rules (not blind): dates of visits, courses named seminars ----
    Probe("psuv-visit-arrived-on-sunday",
          "PSUV Delegation Visits China",
          "Beijing, May 8th (IDCPC)--A delegation of the United Socialist Party of Venezuela arrived here on "
          "Sunday for a week in China. Besides talks in Beijing, the guests will go to Zhejiang and "
          "Guangdong.",
          "2023-05-08", url(EN, "2023-05-08", 200),
          ex("Venezuela", "2023-05-07", "delegation_received", {PSUV}, BL)),
    Probe("cpc-visit-uruguay-day-first",
          "CPC Delegation Visits Uruguay",
          "From 10 to 13 September, a CPC delegation led by Qian Hongshan visited Uruguay at the invitation "
          "of the Broad Front, meeting the party's leaders and members of its caucus in parliament.",
          "2023-09-15", url(EN, "2023-09-15", 201),
          ex("Uruguay", "2023-09-10", "delegation_visit_abroad", {FA}, BL)),
    Probe("zh-special-seminar-class-brazil",
          "巴西政党干部专题研讨班开班",
          "8月5日，巴西政党干部专题研讨班在京开班，巴西劳工党、巴西共产党的30名干部将学习两周。",
          "2024-08-06", url(ZH, "2024-08-06", 202),
          ex("Brazil", "2024-08-05", "training_course", {PT, PCDOB}, BL, KE), lang="zh"),
    Probe("seminar-for-psuv-senior-cadres",
          "Seminar for Senior Cadres of Venezuela's PSUV Opens in Beijing",
          "Beijing, October 14th (IDCPC)--A seminar for senior cadres of the United Socialist Party of "
          "Venezuela opened here today; for ten days the participants will hear lectures on planning and "
          "Party building.",
          "2024-10-15", url(EN, "2024-10-15", 203),
          ex("Venezuela", "2024-10-14", "training_course", {PSUV}, BL, KE)),
    Probe("theory-workshop-between-parties",
          "Theory Workshop Between the CPC and the Communist Party of Brazil Held Online",
          "Beijing, June 18th (IDCPC)--Scholars and officials of the CPC and the Communist Party of Brazil "
          "held an online theory workshop today on socialism in the 21st century.",
          "2021-06-19", url(EN, "2021-06-19", 204),
          ex("Brazil", "2021-06-18", "seminar", {PCDOB}, BL, KE)),
    Probe("agency-briefing-peruvian-parties-lima",
          "Chinese party delegation briefs Peruvian parties in Lima",
          "Home | World\n date 2024-11-09\nLIMA, Nov. 8 (Xinhua) -- A delegation of the Communist Party of "
          "China held a briefing session here on Friday for leaders of Peruvian political parties on the "
          "Third Plenary Session of the 20th CPC Central Committee.",
          "2024-11-09", url(AGENCY_EN, "2024-11-09", 205),
          ex("Peru", "2024-11-08", "briefing", set(), B, KE)),
    Probe("meets-lac-parties-attending-forum",
          "Liu Jianchao Meets Delegates of Latin American Parties Attending the Forum",
          "Beijing, July 11th (IDCPC)--Liu Jianchao met here today with leaders of parties from Argentina, "
          "Chile and Uruguay who came for the China-Latin America and Caribbean Political Parties Forum.",
          "2023-07-12", url(EN, "2023-07-12", 206),
          ex(M, "2023-07-11", "meeting", set(), R, KE)),
    Probe("online-briefing-lac-parties",
          "IDCPC Holds Online Briefing for Latin American Parties",
          "Beijing, March 18th (IDCPC)--The IDCPC held an online briefing today for leaders of political "
          "parties from more than 20 Latin American and Caribbean countries on the outcome of the two "
          "sessions.",
          "2024-03-19", url(EN, "2024-03-19", 207),
          ex(M, "2024-03-18", "briefing", set(), R, KE)),
    Probe("hk-talks-psuv-traditional",
          "劉建超同委內瑞拉統社黨代表團會談",
          "【本報北京電】中聯部部長劉建超5月8日在京同委內瑞拉統一社會主義黨第一副主席卡韋略率領的代表團舉行"
          "會談。",
          "2023-05-09", url(HK_ZH, "2023-05-09", 208),
          ex("Venezuela", "2023-05-08", "meeting", {PSUV}, BL), lang="zh"),
    Probe("zh-provincial-delegation-visits-cuba",
          "福建省委代表团访问古巴",
          "应古巴共产党邀请，福建省委副书记率福建省委代表团于5月12日至15日访问古巴，会见古共中央领导人，并参观"
          "哈瓦那的生物科技企业。",
          "2024-05-17", url(PROV_ZH, "2024-05-17", 209),
          ex("Cuba", "2024-05-12", "delegation_visit_abroad", {PCC}, BL), lang="zh"),
]


# (probe, field) pairs that still fail, with the reason; emptied as rules are fixed.
OPEN: dict[tuple[str, str], str] = {
    ("meets-mexican-ambassador", "mechanism"):
        "the project's decision (mechanism.step): a government's envoy answers for the ruling party of "
        "the day (MORENA, leftist); the codebook's 'a counterpart party is leftist' reads as no party "
        "named, bilateral alone",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_type_boundary_field(probe: Probe, name: str, expected):
    """Codebook, event_type (IDCPC): a page on a visit as a whole is the visit, a page whose headline
    is one meeting is a meeting (talks included); a page that reports a seminar, forum, dialogue,
    course or briefing takes that type also when the CPC side's part was a letter or a video
    address; a conversation of two sides by video or phone is a call; the rest is 'other'. Content
    follows the type (and a meeting with a group that came for a course is knowledge exchange);
    country and mechanism follow the LAC actors and the platform."""
    record = record_of(probe)
    assert value_of(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)
