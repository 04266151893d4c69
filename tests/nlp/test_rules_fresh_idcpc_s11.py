# ruff: noqa: E501  (Chinese lines are counted by display width)
"""Campaign 11F: a fresh mixed sample of IDCPC-type pages in the proportions a crawl meets them:
idcpc.org.cn English and Chinese news, idcpc.gov.cn, copies on Xinhua, People's Daily, provincial
party sites and LAC party websites reporting in English, 2009-2025. Meetings with visiting LAC party
leaders, CPC delegations abroad, messages both ways, video calls, seminars and courses, world and
regional platforms, and about a fifth of pages that are not relevant (other regions, domestic news).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

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
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
)

ORG_EN = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_{n}.html"
ORG_EN_OLD = "http://www.idcpc.org.cn/english/news/{ym}/t{ymd}_{n}.htm"
ORG_ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_{n}.html"
GOV_ZH = "https://www.idcpc.gov.cn/bzhd/wshd/{ym}/t{ymd}_{n}.html"
GOV_EN = "https://www.idcpc.gov.cn/english2023/bzhd/{ym}/t{ymd}_{n}.html"
XH_EN = "http://www.xinhuanet.com/english/{y}-{m}/{d}/c_13{n}.htm"
XH_ZH = "http://www.xinhuanet.com/politics/{y}-{m}/{d}/c_112{n}.htm"
PD_ZH = "http://paper.people.com.cn/rmrb/html/{y}-{m}/{d}/nw.D110000renmrb_{y}{m}{d}_{n}-03.htm"
PD_EN = "http://en.people.cn/n3/{y}/{m}{d}/c90000-98{n}.html"
PROV_ZH = "http://www.fjdj.gov.cn/news/{ym}/t{ymd}_{n}.html"
LAC_EN = "https://www.lac-party-news.org/news/{y}/{m}/{d}/item-{n}"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
MAS = "Movement for Socialism (Bolivia)"
MORENA = "National Regeneration Movement"
PRI = "Institutional Revolutionary Party"
PLD = "Dominican Liberation Party"
PRM = "Modern Revolutionary Party"
FMLN = "Farabundo Martí National Liberation Front"
LIBRE = "Liberty and Refoundation"
PPPC = "People's Progressive Party/Civic"
PNM = "People's National Movement"
UNC = "United National Congress"
JLP = "Jamaica Labour Party"
PNP = "People's National Party"
BLP = "Barbados Labour Party"
NDC = "National Democratic Congress (Grenada)"
ABLP = "Antigua and Barbuda Labour Party"
PSCH = "Socialist Party of Chile"
PCCH = "Communist Party of Chile"
PPD = "Party for Democracy"
PERU_LIBRE = "Free Peru"
RC = "Citizen Revolution Movement"
PACTO = "Historic Pact for Colombia"
PCCOL = "Colombian Communist Party"
PJ = "Justicialist Party"
PCA = "Communist Party of Argentina"
ANR = "Colorado Party (Paraguay)"
URNG = "Guatemalan National Revolutionary Unity"
PLN = "National Liberation Party"
PRD_PA = "Democratic Revolutionary Party"
NI = "Nuevas Ideas"
ULP = "Unity Labour Party"
DLP_DM = "Dominica Labour Party"
NDP_SR = "National Democratic Party (Suriname)"
PCU = "Communist Party of Uruguay"


def rel(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
        content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_date": date, "event_type": event_type,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---------------- A. meetings in China, English, idcpc.org.cn across the years ----------------
    Probe("en-2009-wang-jiarui-pcc",
          "Wang Jiarui Meets Cuban Party Delegation",
          "Beijing, March 18 -- Wang Jiarui, who heads the CPC's International Department, "
          "received here today a delegation of the Communist Party of Cuba led by José Ramón "
          "Balaguer, member of the Secretariat and head of its International Relations Department.\n"
          "Wang said the CPC values its friendship with the PCC and is ready to deepen exchanges of "
          "experience in party building and the running of the state. Balaguer thanked China for its "
          "support and briefed the host on Cuba's economic situation.",
          "2009-03-18", url(ORG_EN_OLD, "2009-03-18", 2611),
          rel("Cuba", "2009-03-18", "meeting", {PCC}, BL)),
    Probe("en-2012-ai-ping-pnm",
          "Ai Ping Meets Delegation of People's National Movement of Trinidad and Tobago",
          "Beijing, Nov. 6 -- Ai Ping, vice minister of the International Department of the CPC Central "
          "Committee, met with a delegation of the People's National Movement (PNM) of Trinidad and "
          "Tobago headed by its chairman Franklin Khan on Tuesday.\nAi briefed the guests on the CPC's "
          "upcoming 18th National Congress. Khan said the PNM wished to learn from China's development.",
          "2012-11-07", url(ORG_EN_OLD, "2012-11-07", 4410),
          rel("Trinidad and Tobago", "2012-11-06", "meeting", {PNM}, B)),
    Probe("en-2015-song-tao-psuv-weekday",
          "Song Tao Meets PSUV Delegation",
          "Song Tao, head of the IDCPC, met on Thursday with a delegation of the United Socialist Party of "
          "Venezuela headed by Héctor Rodríguez, member of its national leadership, in Beijing. Both "
          "sides pledged to expand exchanges between the two parties.",
          "2016-07-08", url(ORG_EN, "2016-07-08", 5512),
          rel("Venezuela", "2016-07-07", "meeting", {PSUV}, BL)),
    Probe("en-2018-guo-yezhou-pri",
          "Guo Yezhou Meets Mexican PRI Delegation",
          "Beijing, April 24th -- Guo Yezhou, vice minister of the IDCPC, met today with a delegation of "
          "the Institutional Revolutionary Party of Mexico led by its secretary for international "
          "affairs. The two sides exchanged views on party relations and cooperation under the Belt "
          "and Road Initiative.",
          "2018-04-24", url(ORG_EN, "2018-04-24", 6101),
          rel("Mexico", "2018-04-24", "meeting", {PRI}, B)),
    Probe("en-2023-liu-jianchao-pt",
          "Liu Jianchao Meets with Gleisi Hoffmann, President of the Workers' Party of Brazil",
          "On the afternoon of October 12, Liu Jianchao, head of the International Department of the "
          "CPC Central Committee, met with Gleisi Hoffmann, President of the Workers' Party (PT) of "
          "Brazil, in Beijing.\nLiu said that China and Brazil are both major developing countries and "
          "that the CPC is willing to strengthen strategic communication with the PT. Hoffmann said the "
          "PT regards the CPC as an important partner.",
          "2023-10-13", url(GOV_EN, "2023-10-13", 7703),
          rel("Brazil", "2023-10-12", "meeting", {PT}, BL)),
    Probe("en-2024-sun-haiyan-pld",
          "Sun Haiyan Meets with Delegation of the Dominican Liberation Party",
          "On May 21, Sun Haiyan, vice minister of the IDCPC, met with a delegation of the Dominican "
          "Liberation Party (PLD) of the Dominican Republic led by Charles Mariotti, Secretary General "
          "of the party. The two sides talked about governance experience and bilateral ties.",
          "2024-05-22", url(GOV_EN, "2024-05-22", 8120),
          rel("Dominican Republic", "2024-05-21", "meeting", {PLD}, B)),
    Probe("en-2025-liu-haixing-fsln",
          "Liu Haixing Meets with FSLN Delegation",
          "Beijing, June 17 -- Liu Haixing, head of the International Department of the CPC Central "
          "Committee, met this afternoon with a delegation of the Sandinista National Liberation Front "
          "of Nicaragua. Liu said the CPC is ready to work with the FSLN to carry forward the "
          "traditional friendship. The Nicaraguan guests spoke highly of China's achievements.",
          "2025-06-18", url(GOV_EN, "2025-06-18", 9012),
          rel("Nicaragua", "2025-06-17", "meeting", {FSLN}, BL)),
    Probe("en-2019-politburo-psch",
          "Politburo Member Meets Chilean Socialist Party Delegation",
          "Beijing, Sept. 3 (Xinhua) -- A member of the Political Bureau of the CPC Central Committee "
          "met here Tuesday with a delegation of the Socialist Party of Chile headed by its president "
          "Álvaro Elizalde. The two sides agreed to deepen exchanges on governance.",
          "2019-09-03", url(XH_EN, "2019-09-03", 124952),
          rel("Chile", "2019-09-03", "meeting", {PSCH}, BL)),
    Probe("en-2021-qian-hongshan-blp-short",
          "Qian Hongshan Meets Barbados Ambassador",
          "On March 26, Qian Hongshan, vice minister of the IDCPC, met with Barbadian Ambassador to "
          "China Francois Jackman. They exchanged views on relations between the CPC and the Barbados "
          "Labour Party.",
          "2021-03-27", url(ORG_EN, "2021-03-27", 3310),
          rel("Barbados", "2021-03-26", "meeting", set(), B),
          doubtful={"parties": "the party is only the subject of the talk, not a participant"}),
    Probe("en-2017-provincial-secretary-mas",
          "Yunnan Party Secretary Meets Bolivian MAS Delegation",
          "Kunming, Nov. 2 -- Chen Hao, secretary of the CPC Yunnan Provincial Committee, met here today "
          "with a delegation of the Movement for Socialism (MAS) of Bolivia led by deputy leader of the "
          "party's parliamentary group. The delegation is visiting China at the invitation of the "
          "IDCPC and will also go to Beijing and Shanghai.",
          "2017-11-03", url(ORG_EN, "2017-11-03", 1145),
          rel("Bolivia", "2017-11-02", "meeting", {MAS}, BL)),
    Probe("en-2014-chen-fengxiang-ppp",
          "Chen Fengxiang Meets PPP/C Delegation of Guyana",
          "Beijing, May 23 -- Chen Fengxiang, vice minister of the IDCPC, met here today with a "
          "delegation of the People's Progressive Party/Civic of Guyana led by its General Secretary "
          "Clement Rohee. Chen said the CPC appreciates the PPP/C's long-standing friendly policy "
          "toward China.",
          "2014-05-23", url(ORG_EN, "2014-05-23", 2209),
          rel("Guyana", "2014-05-23", "meeting", {PPPC}, BL)),
    Probe("en-2023-ma-hui-two-colombian-parties",
          "Ma Hui Meets Delegation of Colombian Left Parties",
          "On September 8, Ma Hui, vice minister of the IDCPC, met with a delegation of the Historic "
          "Pact for Colombia, which included leaders of the Colombian Communist Party. Ma briefed the "
          "guests on Chinese modernization. The delegation said Colombia's governing coalition hopes "
          "to learn from the CPC.",
          "2023-09-09", url(GOV_EN, "2023-09-09", 4470),
          rel("Colombia", "2023-09-08", "meeting", {PACTO, PCCOL}, BL)),
    Probe("en-2013-li-jinjun-jlp-fullname",
          "Li Jinjun Meets Jamaican Opposition Party Leader",
          "Beijing, July 9 -- Li Jinjun, vice minister of the International Department, Central "
          "Committee of the CPC, met here this afternoon with Andrew Holness, Leader of the Jamaica "
          "Labour Party and leader of the Opposition of Jamaica, and his party. Li said the CPC was "
          "willing to keep contacts with all Jamaican parties.",
          "2013-07-10", url(ORG_EN_OLD, "2013-07-10", 888),
          rel("Jamaica", "2013-07-09", "meeting", {JLP}, B)),
    Probe("en-2020-before-pandemic-libre",
          "Song Tao Meets LIBRE Delegation of Honduras",
          "Beijing, January 14 -- Song Tao, head of the IDCPC, met today with a delegation of Honduras' "
          "Liberty and Refoundation Party (LIBRE) led by its coordinator general. The guests expressed "
          "their wish to strengthen exchanges with the CPC.",
          "2020-01-14", url(ORG_EN, "2020-01-14", 1015),
          rel("Honduras", "2020-01-14", "meeting", {LIBRE}, BL)),

    # ---------------- B. meetings, Chinese pages (simplified and traditional) ----------------
    Probe("zh-wang-jiarui-pcch",
          "王家瑞会见智利共产党代表团",
          "新华社北京4月7日电 中联部部长王家瑞7日在京会见由总书记吉列尔莫·泰列尔率领的智利共产党代表团。"
          "王家瑞说，中国共产党愿与智利共产党加强交流互鉴。泰列尔表示，智共高度重视同中共的关系。",
          "2010-04-08", url(XH_ZH, "2010-04-08", 4381),
          rel("Chile", "2010-04-07", "meeting", {PCCH}, BL), lang="zh"),
    Probe("zh-song-tao-fa-uy",
          "宋涛会见乌拉圭广泛阵线代表团",
          "5月15日，中联部部长宋涛在京会见乌拉圭广泛阵线主席米兰达率领的代表团。宋涛介绍了中共十九大精神。"
          "米兰达表示，广泛阵线愿同中共深化党际交流。",
          "2018-05-16", url(ORG_ZH, "2018-05-16", 3320),
          rel("Uruguay", "2018-05-15", "meeting", {FA}, BL), lang="zh"),
    Probe("zh-liu-jianchao-morena",
          "刘建超会见墨西哥国家复兴运动党代表团",
          "2023年6月28日，中联部部长刘建超在北京会见墨西哥国家复兴运动党全国主席马里奥·德尔加多率领的代表团。"
          "双方就治国理政经验、两党关系等交换意见。",
          "2023-06-29", url(GOV_ZH, "2023-06-29", 5561),
          rel("Mexico", "2023-06-28", "meeting", {MORENA}, BL), lang="zh"),
    Probe("zh-chen-zhou-several-parties-list",
          "陈洲会见秘鲁、厄瓜多尔政党干部考察团",
          "11月2日，中联部副部长陈洲在京会见秘鲁自由党、厄瓜多尔公民革命运动干部考察团。陈洲介绍了中国式现代化"
          "的内涵。考察团成员表示，此次访华深入了解了中国发展经验。",
          "2023-11-03", url(GOV_ZH, "2023-11-03", 6611),
          rel("multilateral", "2023-11-02", "meeting", {PERU_LIBRE, RC}, RL, KE), lang="zh"),
    Probe("zh-li-mingxiang-prm-dangtian",
          "李明祥会见多米尼加现代革命党代表团",
          "北京9月12日电 中联部副部长李明祥当天会见多米尼加现代革命党总书记率领的代表团，双方就加强两党交往交换看法。",
          "2019-09-12", url(ORG_ZH, "2019-09-12", 4402),
          rel("Dominican Republic", "2019-09-12", "meeting", {PRM}, B), lang="zh"),
    Probe("zh-trad-guo-yezhou-pcdob",
          "郭業洲會見巴西共產黨代表團",
          "8月20日，中聯部副部長郭業洲在京會見巴西共產黨副主席率領的代表團。郭業洲表示，中共願同巴共加強治國理政"
          "經驗交流。",
          "2017-08-21", url(ORG_ZH, "2017-08-21", 5150),
          rel("Brazil", "2017-08-20", "meeting", {PCDOB}, BL), lang="zh"),
    Probe("zh-li-xi-pcc-politburo",
          "李希会见古巴共产党代表团",
          "新华社北京3月5日电 中共中央政治局常委、中央纪委书记李希5日在北京会见古共中央政治局委员率领的古巴共产党"
          "代表团。李希表示，中古两党两国是好同志、好朋友、好兄弟。",
          "2024-03-06", url(XH_ZH, "2024-03-06", 9981),
          rel("Cuba", "2024-03-05", "meeting", {PCC}, BL), lang="zh"),
    Probe("zh-provincial-fujian-pnp",
          "省委书记会见牙买加人民民族党代表团",
          "7月11日下午，省委书记在福州会见由牙买加人民民族党主席率领的代表团。代表团应中联部邀请访华，在闽期间将"
          "参观福州、厦门等地。",
          "2019-07-12", url(PROV_ZH, "2019-07-12", 771),
          rel("Jamaica", "2019-07-11", "meeting", {PNP}, BL), lang="zh"),
    Probe("zh-qian-hongshan-ablp-short",
          "钱洪山会见安提瓜和巴布达工党代表团",
          "4月3日，中联部副部长钱洪山在京会见安提瓜和巴布达工党代表团。",
          "2019-04-04", url(ORG_ZH, "2019-04-04", 221),
          rel("Antigua and Barbuda", "2019-04-03", "meeting", {ABLP}, B), lang="zh"),
    Probe("zh-zhao-leji-fmln-zuori",
          "赵乐际会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
          "人民日报北京12月6日电 中共中央政治局常委赵乐际昨天在北京会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记"
          "率领的代表团。",
          "2018-12-06", url(PD_ZH, "2018-12-06", 2),
          rel("El Salvador", "2018-12-05", "meeting", {FMLN}, BL), lang="zh"),
    Probe("zh-urng-guatemala",
          "中联部副部长会见危地马拉全国革命联盟代表团",
          "10月18日，中联部副部长在京会见危地马拉全国革命联盟总书记率领的代表团，介绍了中共二十届三中全会精神。",
          "2024-10-19", url(GOV_ZH, "2024-10-19", 6618),
          rel("Guatemala", "2024-10-18", "meeting", {URNG}, BL), lang="zh"),
    Probe("zh-pln-costa-rica-2011",
          "艾平会见哥斯达黎加民族解放党代表团",
          "8月18日，中联部副部长艾平在京会见哥斯达黎加民族解放党代表团。艾平表示，中哥建交以来两国关系发展顺利。",
          "2011-08-19", url(ORG_ZH, "2011-08-19", 330),
          rel("Costa Rica", "2011-08-18", "meeting", {PLN}, B), lang="zh"),

    # ---------------- C. CPC delegations abroad ----------------
    Probe("en-delegation-abroad-cuba-venezuela",
          "CPC Delegation Visits Cuba and Venezuela",
          "At the invitation of the Communist Party of Cuba and the United Socialist Party of Venezuela, "
          "a CPC delegation led by Li Mingxiang, vice minister of the IDCPC, visited Cuba from March 20 "
          "to 24 and Venezuela from March 25 to 28. In Havana, the delegation met with members of the "
          "PCC Political Bureau. In Caracas, it met with PSUV first vice president Diosdado Cabello.",
          "2019-04-01", url(ORG_EN, "2019-04-01", 1401),
          rel("multilateral", "2019-03-20", "delegation_visit_abroad", {PCC, PSUV}, RL),
          doubtful={"mechanism": "visits to two LAC countries' parties in turn: regional or bilateral"}),
    Probe("en-delegation-abroad-mexico-and-europe",
          "CPC Delegation Visits Mexico and Spain",
          "A delegation of the CPC led by Chen Zhou, vice minister of the IDCPC, paid a visit to Mexico "
          "from September 10 to 14 and to Spain from September 15 to 18. In Mexico City, the delegation "
          "met leaders of the National Regeneration Movement (MORENA) and the Labor Party, and held "
          "a briefing on the Third Plenary Session of the 20th CPC Central Committee.",
          "2024-09-20", url(GOV_EN, "2024-09-20", 5511),
          rel("Mexico", "2024-09-10", "delegation_visit_abroad", {MORENA, "Labor Party (Mexico)"}, BL),
          doubtful={"event_type": "a visit that held a briefing: the page reports the visit as a whole"}),
    Probe("zh-delegation-abroad-argentina",
          "中共代表团访问阿根廷",
          "应阿根廷正义党邀请，中联部副部长率中共代表团于10月22日至26日访问阿根廷，分别会见正义党主席、阿根廷共产党"
          "总书记等，并同阿各界人士座谈。",
          "2022-10-28", url(ORG_ZH, "2022-10-28", 4044),
          rel("Argentina", "2022-10-22", "delegation_visit_abroad", {PJ, PCA}, BL), lang="zh"),
    Probe("en-politburo-delegation-brazil",
          "Senior CPC Official Visits Brazil",
          "BRASILIA, Nov. 21 (Xinhua) -- A delegation of the Communist Party of China led by a member of "
          "the Political Bureau of the CPC Central Committee wrapped up a three-day visit to Brazil on "
          "Thursday. During the visit, the delegation met with leaders of the Workers' Party and the "
          "Communist Party of Brazil and visited a Chinese-funded power project.",
          "2019-11-22", url(XH_EN, "2019-11-22", 138574),
          rel("Brazil", "2019-11-19", "delegation_visit_abroad", {PT, PCDOB}, BL),
          doubtful={"event_date": "three-day visit ending Thursday: counting back to the first day"}),
    Probe("zh-delegation-abroad-caribbean-several",
          "中共代表团访问加勒比三国",
          "2016年5月9日至20日，中联部副部长率中共代表团访问特立尼达和多巴哥、巴巴多斯和格林纳达，会见了特多人民民族"
          "运动、巴巴多斯民主工党和格林纳达全国民主大会党领导人。",
          "2016-05-23", url(ORG_ZH, "2016-05-23", 1212),
          rel("multilateral", "2016-05-09", "delegation_visit_abroad",
              {PNM, "Democratic Labour Party (Barbados)", NDC}, R), lang="zh",
          doubtful={"mechanism": "visits to three LAC countries' parties in turn: regional or bilateral"}),
    Probe("en-cpc-delegation-meeting-during-visit",
          "Guo Yezhou Meets President of Chile's Party for Democracy in Santiago",
          "Santiago, Oct. 15 -- Guo Yezhou, vice minister of the IDCPC, who is leading a CPC delegation "
          "on a visit to Chile, met today with the president of the Party for Democracy (PPD). Both "
          "sides agreed to strengthen exchanges between young leaders.",
          "2018-10-17", url(ORG_EN, "2018-10-17", 3003),
          rel("Chile", "2018-10-15", "meeting", {PPD}, B)),

    # ---------------- D. messages both directions ----------------
    Probe("en-message-cpc-to-psuv-congress",
          "CPC Central Committee Sends Congratulatory Message to PSUV Congress",
          "Beijing, July 28 -- The Central Committee of the Communist Party of China sent a message today "
          "to the Fourth Congress of the United Socialist Party of Venezuela, extending warm "
          "congratulations on the opening of the congress.",
          "2018-07-28", url(ORG_EN, "2018-07-28", 822),
          rel("Venezuela", "2018-07-28", "message", {PSUV}, BL)),
    Probe("zh-message-xi-to-lula-pt",
          "习近平致电祝贺巴西劳工党成立40周年",
          "2月10日，中共中央总书记习近平致电巴西劳工党全国主席霍夫曼，祝贺巴西劳工党成立40周年。",
          "2020-02-11", url(ORG_ZH, "2020-02-11", 1001),
          rel("Brazil", "2020-02-10", "message", {PT}, BL), lang="zh"),
    Probe("en-message-lac-to-cpc-anniversary",
          "Leader of Guyana's PPP/C Congratulates CPC on Its Centenary",
          "Bharrat Jagdeo, General Secretary of the People's Progressive Party/Civic of Guyana, sent a "
          "letter to the CPC Central Committee on June 28, congratulating the CPC on the 100th "
          "anniversary of its founding and praising its achievements in poverty reduction.",
          "2021-07-02", url(ORG_EN, "2021-07-02", 7001),
          rel("Guyana", "2021-06-28", "message", {PPPC}, BL)),
    Probe("zh-message-condolence-fidel",
          "中共中央致电古共中央 对菲德尔·卡斯特罗逝世表示哀悼",
          "新华社北京11月26日电 中共中央26日致电古巴共产党中央委员会，对古巴革命领导人菲德尔·卡斯特罗逝世表示深切哀悼。",
          "2016-11-26", url(XH_ZH, "2016-11-26", 1988),
          rel("Cuba", "2016-11-26", "message", {PCC}, BL), lang="zh"),
    Probe("en-message-thanks-undated",
          "Dominica Labour Party Thanks CPC for Congratulations",
          "The Dominica Labour Party has written to the International Department of the CPC Central "
          "Committee to thank it for the congratulations on the party's victory in the general "
          "election. The letter said the party would continue to develop friendly relations with the "
          "CPC.",
          "2022-12-15", url(ORG_EN, "2022-12-15", 410),
          rel("Dominica", None, "message", {DLP_DM}, B),
          doubtful={"event_date": "no day in the text; the project may fall back on the printed day"}),
    Probe("zh-message-election-congrats-libre",
          "中共中央对外联络部致电祝贺洪都拉斯自由与重建党在大选中获胜",
          "近日，中联部致电洪都拉斯自由与重建党，祝贺该党候选人希奥马拉·卡斯特罗在洪都拉斯大选中获胜。",
          "2021-12-03", url(ORG_ZH, "2021-12-03", 3021),
          rel("Honduras", None, "message", {LIBRE}, BL), lang="zh"),
    Probe("en-lac-site-message-pnm",
          "PNM Conveys Greetings to Communist Party of China",
          "PORT OF SPAIN -- The People's National Movement (PNM) on Friday conveyed its congratulations "
          "to the Communist Party of China on the successful conclusion of the 20th National Congress "
          "of the CPC. In a letter to the International Department, PNM chairman Stuart Young said "
          "the party looks forward to more exchanges.",
          "2022-10-29", url(LAC_EN, "2022-10-29", 51),
          rel("Trinidad and Tobago", "2022-10-28", "message", {PNM}, B)),
    Probe("zh-message-reply-several-parties",
          "多个拉美政党致函祝贺中共二十大召开",
          "近日，古巴共产党、委内瑞拉统一社会主义党、尼加拉瓜桑地诺民族解放阵线等拉美政党致函中共中央，热烈祝贺中国"
          "共产党第二十次全国代表大会胜利召开。",
          "2022-10-25", url(ORG_ZH, "2022-10-25", 3090),
          rel("multilateral", None, "message", {PCC, PSUV, FSLN}, RL), lang="zh"),

    # ---------------- E. video calls ----------------
    Probe("en-video-call-song-tao-fsln-2020",
          "Song Tao Holds Video Call with FSLN Leader",
          "On June 19, Song Tao, head of the IDCPC, held a video call with a senior leader of the "
          "Sandinista National Liberation Front of Nicaragua. The two sides exchanged views on COVID-19 "
          "prevention and party-to-party cooperation.",
          "2020-06-20", url(ORG_EN, "2020-06-20", 2020),
          rel("Nicaragua", "2020-06-19", "video_call", {FSLN}, BL)),
    Probe("zh-video-call-liu-jianchao-mas",
          "刘建超同玻利维亚争取社会主义运动领导人举行视频会谈",
          "2022年8月24日，中联部部长刘建超同玻利维亚争取社会主义运动全国领导人举行视频会谈，双方就两党关系和共同关心"
          "的问题交换意见。",
          "2022-08-25", url(ORG_ZH, "2022-08-25", 8824),
          rel("Bolivia", "2022-08-24", "video_call", {MAS}, BL), lang="zh"),
    Probe("en-video-call-ni-el-salvador",
          "IDCPC Vice Minister Holds Video Call with Nuevas Ideas",
          "Guo Yezhou, vice minister of the IDCPC, held a video call on Friday with the president of "
          "El Salvador's ruling Nuevas Ideas party. They discussed experience in governance and "
          "cooperation in fighting the pandemic.",
          "2021-03-27", url(ORG_EN, "2021-03-27", 3341),
          rel("El Salvador", "2021-03-26", "video_call", {NI}, B)),
    Probe("zh-online-meeting-many-parties-not-call",
          "中联部举办中国共产党与拉美政党线上交流会",
          "12月6日，中联部以视频方式举办中国共产党与拉美和加勒比政党交流会，主题为团结抗疫与发展合作。来自阿根廷、"
          "巴西、智利、乌拉圭等国的20余个政党领导人出席。",
          "2020-12-07", url(ORG_ZH, "2020-12-07", 6001),
          rel("multilateral", "2020-12-06", "seminar", set(), R, KE), lang="zh",
          doubtful={"event_type": "an online exchange meeting of many parties: seminar or forum"}),
    Probe("en-phone-call-pcc",
          "Liu Jianchao Holds Phone Call with Head of Cuban Party's International Department",
          "On January 9, Liu Jianchao, head of the IDCPC, held a phone call with Emilio Lozada, head of "
          "the International Relations Department of the Central Committee of the Communist Party of "
          "Cuba, exchanging views on implementing the consensus reached by the two parties' leaders.",
          "2024-01-10", url(GOV_EN, "2024-01-10", 101),
          rel("Cuba", "2024-01-09", "phone_call", {PCC}, BL)),

    # ---------------- F. seminars, courses, briefings, field trips ----------------
    Probe("en-training-course-caribbean",
          "Seminar for Caribbean Party Cadres Opens in Beijing",
          "Beijing, Aug. 14 -- A training course for cadres of Caribbean political parties opened here "
          "today. It is hosted by the IDCPC and the China Executive Leadership Academy. Some 30 party "
          "officials from Jamaica, Barbados, Grenada and Saint Vincent and the Grenadines take part in "
          "the two-week course on governance and poverty reduction.",
          "2018-08-14", url(ORG_EN, "2018-08-14", 4141),
          rel("multilateral", "2018-08-14", "training_course", set(), R, KE)),
    Probe("zh-yanxiuban-cuba",
          "古巴共产党干部研修班在京开班",
          "9月3日，古巴共产党干部研修班在北京开班。研修班由中联部主办，为期两周，来自古共中央和各省委的25名干部参加。",
          "2019-09-04", url(ORG_ZH, "2019-09-04", 9033),
          rel("Cuba", "2019-09-03", "training_course", {PCC}, BL, KE), lang="zh"),
    Probe("en-minister-meets-study-group",
          "Qian Hongshan Meets Study Group of Latin American Parties",
          "On June 12, Qian Hongshan, vice minister of the IDCPC, met with a study group of young "
          "leaders of political parties from Argentina, Peru and Paraguay attending a seminar in "
          "China. Qian introduced the CPC's experience of governance.",
          "2019-06-13", url(ORG_EN, "2019-06-13", 6121),
          rel("multilateral", "2019-06-12", "meeting", set(), R, KE)),
    Probe("zh-briefing-fourth-plenum-lac-envoys",
          "中共十九届四中全会精神对拉美驻华使节宣介会在京举行",
          "11月15日，中联部在京举行中共十九届四中全会精神宣介会，向拉美和加勒比国家驻华使节介绍全会精神。20多个国家"
          "的驻华大使和外交官出席。",
          "2019-11-16", url(ORG_ZH, "2019-11-16", 1115),
          rel("multilateral", "2019-11-15", "briefing", set(), R, KE), lang="zh"),
    Probe("en-field-trip-fsln-zhejiang",
          "FSLN Delegation Visits Zhejiang",
          "From May 7 to 10, a delegation of the Sandinista National Liberation Front of Nicaragua "
          "visited Zhejiang Province at the invitation of the IDCPC. The delegation toured villages in "
          "Anji, an e-commerce company in Hangzhou and a community service centre, learning about "
          "rural revitalization.",
          "2024-05-13", url(GOV_EN, "2024-05-13", 5070),
          rel("Nicaragua", "2024-05-07", "field_trip", {FSLN}, BL, KE)),
    Probe("zh-kaocha-psuv-guangdong",
          "委内瑞拉统一社会主义党干部考察团访问广东",
          "6月20日至24日，委内瑞拉统一社会主义党干部考察团在广东考察，先后参观深圳前海、广州科技企业和农村社区，"
          "了解中国改革开放经验。",
          "2018-06-26", url(ORG_ZH, "2018-06-26", 6206),
          rel("Venezuela", "2018-06-20", "field_trip", {PSUV}, BL, KE), lang="zh"),
    Probe("en-online-theory-seminar-pcc",
          "CPC and PCC Hold Online Theoretical Seminar",
          "On December 9, the Communist Party of China and the Communist Party of Cuba held their "
          "annual theoretical seminar online. Officials and scholars of the two parties discussed "
          "socialist construction under new conditions.",
          "2021-12-10", url(ORG_EN, "2021-12-10", 9120),
          rel("Cuba", "2021-12-09", "seminar", {PCC}, BL, KE)),
    Probe("zh-webinar-lac-cadres-covid",
          "拉美政党干部线上研修班举行",
          "2021年5月18日至20日，中联部举办拉美和加勒比政党干部线上研修班，来自墨西哥、哥伦比亚、厄瓜多尔等国的40余名"
          "政党干部参加。",
          "2021-05-21", url(ORG_ZH, "2021-05-21", 5518),
          rel("multilateral", "2021-05-18", "training_course", set(), R, KE), lang="zh"),
    Probe("en-webinar-for-leaders-of-single-party",
          "IDCPC Holds Webinar for Cadres of Suriname's NDP",
          "An online workshop for cadres of the National Democratic Party of Suriname was held on "
          "September 15, organized by the IDCPC. The session introduced China's experience in "
          "poverty alleviation.",
          "2020-09-16", url(ORG_EN, "2020-09-16", 9150),
          rel("Suriname", "2020-09-15", "training_course", {NDP_SR}, B, KE)),
    Probe("en-briefing-cpc-congress-brazil-parties",
          "IDCPC Briefs Brazilian Parties on 20th CPC National Congress",
          "Brasilia, Nov. 10 -- A CPC delegation held a briefing session here today on the 20th CPC "
          "National Congress for leaders of the Workers' Party, the Communist Party of Brazil and "
          "the Brazilian Socialist Party.",
          "2022-11-11", url(ORG_EN, "2022-11-11", 2211),
          rel("Brazil", "2022-11-10", "briefing", {PT, PCDOB, "Brazilian Socialist Party"}, BL, KE)),

    # ---------------- G. world and regional platforms ----------------
    Probe("en-celac-parties-forum",
          "China-CELAC Political Parties Forum Held in Wuhan",
          "Wuhan, Dec. 7 -- The third China-CELAC Political Parties Forum opened here today. More than "
          "100 delegates of some 50 political parties from 26 Latin American and Caribbean countries "
          "attended, including leaders of the Communist Party of Cuba and the Workers' Party of Brazil.",
          "2018-12-08", url(ORG_EN, "2018-12-08", 7128),
          rel("multilateral", "2018-12-07", "forum", {PCC, PT}, RL, KE)),
    Probe("zh-celac-forum-2015-kunming",
          "中国—拉共体政党论坛在昆明举行",
          "新华社昆明5月28日电 首届中国—拉共体政党论坛28日在昆明开幕。来自拉美和加勒比20多个国家的政党领导人出席。",
          "2015-05-28", url(XH_ZH, "2015-05-28", 1541),
          rel("multilateral", "2015-05-28", "forum", set(), R, KE), lang="zh"),
    Probe("en-dialogue-world-parties-lac-participants",
          "Latin American Parties Join CPC in Dialogue with World Political Parties",
          "The CPC in Dialogue with World Political Parties High-level Meeting was held on July 6 via "
          "video link. Leaders of the United Socialist Party of Venezuela, the Broad Front of Uruguay "
          "and Mexico's MORENA were among the participants from Latin America.",
          "2021-07-08", url(ORG_EN, "2021-07-08", 7060),
          rel("multilateral", "2021-07-06", "dialogue", {PSUV, FA, MORENA}, GL, KE)),
    Probe("zh-brics-party-forum",
          "金砖国家政党论坛在福州开幕",
          "6月10日，金砖国家政党、智库和民间社会组织论坛在福建福州开幕。巴西劳工党、巴西共产党等巴西政党代表与会。",
          "2017-06-11", url(ORG_ZH, "2017-06-11", 6106),
          rel("multilateral", "2017-06-10", "forum", {PT, PCDOB}, GL, KE), lang="zh"),
    Probe("en-sao-paulo-forum-cpc-attends",
          "CPC Delegation Attends 25th Meeting of São Paulo Forum in Caracas",
          "Caracas, July 26 -- A CPC delegation attended the 25th meeting of the São Paulo Forum here "
          "from July 25 to 28. The delegation head addressed the plenary session and met leaders of "
          "the United Socialist Party of Venezuela on the sidelines.",
          "2019-07-29", url(ORG_EN, "2019-07-29", 7290),
          rel("multilateral", "2019-07-25", "forum", {PSUV}, RL, KE),
          doubtful={"parties": "PSUV is met on the sidelines, a second exchange of the page"}),
    Probe("en-envoys-group-meeting",
          "Liu Jianchao Meets LAC Envoys to China",
          "On April 11, Liu Jianchao, head of the IDCPC, met with ambassadors and diplomats of Latin "
          "American and Caribbean countries to China. Liu briefed them on the CPC's diplomacy in the "
          "new era.",
          "2025-04-12", url(GOV_EN, "2025-04-12", 4111),
          rel("multilateral", "2025-04-11", "meeting", set(), R)),
    Probe("zh-copppal-meeting",
          "中联部副部长会见拉美政党常设大会代表团",
          "3月25日，中联部副部长在京会见拉美和加勒比政党常设大会（COPPPAL）主席率领的代表团，双方就中拉政党交往交换意见。",
          "2010-03-26", url(ORG_ZH, "2010-03-26", 3251),
          rel("multilateral", "2010-03-25", "meeting", set(), R), lang="zh"),
    Probe("en-world-parties-summit-lac-speakers",
          "CPC and World Political Parties Summit Opens",
          "Beijing, Dec. 1 (Xinhua) -- The CPC and World Political Parties High-Level Meeting opened "
          "here on Friday, bringing together leaders of nearly 300 parties. Among the speakers were "
          "the leader of Cuba's Communist Party and the president of Bolivia's Movement for Socialism.",
          "2017-12-01", url(XH_EN, "2017-12-01", 122046),
          rel("multilateral", "2017-12-01", "forum", {PCC, MAS}, GL, KE),
          doubtful={"event_type": "a 'high-level meeting' of world parties not named a dialogue here"}),

    # ---------------- H. copies on agency, newspaper, provincial and LAC party sites ----------------
    Probe("xh-en-copy-menu-furniture",
          "Senior CPC official meets Cuban party delegation - Xinhua | English.news.cn",
          " date 2022-05-18\nHome | China | World | Business\nBEIJING, May 18 (Xinhua) -- Liu Jianchao, "
          "head of the International Department of the CPC Central Committee, met with Roberto Morales "
          "Ojeda, member of the Political Bureau of the Communist Party of Cuba Central Committee, via "
          "video link on Wednesday.\nEditor: Wang\nRelated news",
          "2022-05-18", url(XH_EN, "2022-05-18", 138001),
          rel("Cuba", "2022-05-18", "video_call", {PCC}, BL)),
    Probe("pd-en-copy-seminar-brazil",
          "China, Brazil parties discuss governance at Beijing seminar - People's Daily Online",
          " date 2024-04-19\nBEIJING, April 18 -- A seminar on state governance between the Communist "
          "Party of China and the Workers' Party of Brazil was held in Beijing on Thursday, with "
          "officials and scholars from both sides attending.\n(Web editor: Li)",
          "2024-04-19", url(PD_EN, "2024-04-19", 12001),
          rel("Brazil", "2024-04-18", "seminar", {PT}, BL, KE)),
    Probe("lac-site-jlp-visit-china",
          "JLP Delegation Concludes Visit to China",
          "KINGSTON, Jamaica -- A delegation of the Jamaica Labour Party returned home on Sunday after a "
          "week-long visit to the People's Republic of China at the invitation of the International "
          "Department of the Communist Party of China. The team, led by the party's general secretary, "
          "held talks with IDCPC officials in Beijing and toured Guangdong and Hainan.",
          "2019-08-13", url(LAC_EN, "2019-08-13", 12),
          rel("Jamaica", None, "delegation_received", {JLP}, B),
          doubtful={"event_date": "only the return day is dated; the first day is not stated"}),
    Probe("lac-site-psuv-english-meeting",
          "PSUV Vice President Meets Chinese Ambassador and CPC Envoy",
          "Caracas, 14 June 2019. Diosdado Cabello, first vice president of the PSUV, received on "
          "Friday a visiting CPC delegation headed by an IDCPC vice minister at party headquarters. "
          "Both parties reaffirmed their strategic alliance.",
          "2019-06-15", url(LAC_EN, "2019-06-15", 77),
          rel("Venezuela", "2019-06-14", "meeting", {PSUV}, BL)),
    Probe("pd-zh-copy-delegation-received",
          "智利社会党代表团访华",
          "本报北京7月19日电 应中联部邀请，智利社会党代表团于7月15日至22日访华。中联部部长在京会见代表团。代表团还赴"
          "浙江考察。",
          "2018-07-20", url(PD_ZH, "2018-07-20", 3),
          rel("Chile", "2018-07-15", "delegation_received", {PSCH}, BL), lang="zh"),
    Probe("prov-zh-fujian-field-trip-caribbean",
          "加勒比政党考察团来闽考察",
          "4月8日至11日，由巴巴多斯工党、圣文森特和格林纳丁斯团结工党等政党领导人组成的加勒比政党考察团来闽考察，"
          "参观了福州、宁德等地的乡村和企业。",
          "2019-04-12", url(PROV_ZH, "2019-04-12", 408),
          rel("multilateral", "2019-04-08", "field_trip", {BLP, ULP}, R, KE), lang="zh"),
    Probe("xh-zh-copy-meeting-weekday",
          "中联部部长会见哥伦比亚历史公约代表团",
          " date 2024-10-21\n新华社北京10月18日电 中联部部长刘建超18日在京会见哥伦比亚历史公约代表团。",
          "2024-10-21", url(XH_ZH, "2024-10-21", 9018),
          rel("Colombia", "2024-10-18", "meeting", {PACTO}, BL), lang="zh"),
    Probe("en-long-page-meeting-paraguay",
          "Wang Jiarui Meets Paraguayan Colorado Party Delegation",
          "Beijing, Dec. 6 -- Wang Jiarui, who heads the CPC's International Department, "
          "received here today a delegation of the National Republican Association – Colorado "
          "Party of Paraguay.\nWang said that although China and Paraguay have no diplomatic relations, "
          "the CPC is willing to maintain contacts with Paraguayan parties on the basis of the "
          "one-China principle, and to promote understanding between the two peoples. He introduced the "
          "outcomes of the 18th CPC National Congress, saying that China will keep to the path of "
          "peaceful development.\nThe head of the delegation said the Colorado Party appreciates "
          "China's development achievements and wishes to learn more about China. The delegation "
          "arrived in Beijing on December 4 at the invitation of the IDCPC and will also visit "
          "Shaanxi and Shanghai. Members of the delegation include several deputies of the National "
          "Congress of Paraguay and a provincial governor.",
          "2012-12-07", url(ORG_EN_OLD, "2012-12-07", 6120),
          rel("Paraguay", "2012-12-06", "meeting", {ANR}, B)),

    # ---------------- I. further relevant shapes ----------------
    Probe("en-vice-minister-meets-mexican-legislators",
          "Li Mingxiang Meets Mexican Congress Delegation",
          "On April 25, Li Mingxiang, vice minister of the IDCPC, met with a delegation of Mexican "
          "lawmakers from the Institutional Revolutionary Party and MORENA led by the chair of the "
          "Senate's Asia-Pacific committee.",
          "2019-04-26", url(ORG_EN, "2019-04-26", 4250),
          rel("Mexico", "2019-04-25", "meeting", {PRI, MORENA}, BL)),
    Probe("zh-meeting-panama-prd-long-name",
          "中联部副部长会见巴拿马民主革命党代表团",
          "2018年1月16日，中联部副部长在京会见巴拿马民主革命党总书记率领的代表团。双方回顾了中巴建交以来两党关系的发展。",
          "2018-01-17", url(ORG_ZH, "2018-01-17", 1160),
          rel("Panama", "2018-01-16", "meeting", {PRD_PA}, B), lang="zh"),
    Probe("en-meeting-uruguay-pcu",
          "IDCPC Official Meets Communist Party of Uruguay Leader",
          "Beijing, Oct. 9 -- An IDCPC assistant minister met here today with the general secretary of "
          "the Communist Party of Uruguay, who is in China to attend a seminar.",
          "2015-10-09", url(ORG_EN, "2015-10-09", 9090),
          rel("Uruguay", "2015-10-09", "meeting", {PCU}, BL, KE),
          doubtful={"content": "a single leader who came for a seminar: 'a group that came for one'?"}),
    Probe("zh-meeting-ecuador-rc-jinri",
          "中联部副部长会见厄瓜多尔公民革命运动代表团",
          "北京8月13日电 中联部副部长今日在京会见厄瓜多尔公民革命运动主席率领的代表团。",
          "2024-08-13", url(GOV_ZH, "2024-08-13", 8130),
          rel("Ecuador", "2024-08-13", "meeting", {RC}, BL), lang="zh"),
    Probe("en-meeting-peru-libre-vice-minister",
          "Vice Minister Meets Free Peru Party Delegation",
          "On November 15, an IDCPC vice minister met with a delegation of Peru's Free Peru party led by "
          "its secretary general Vladimir Cerrón.",
          "2021-11-16", url(ORG_EN, "2021-11-16", 1150),
          rel("Peru", "2021-11-15", "meeting", {PERU_LIBRE}, BL)),
    Probe("zh-delegation-received-pnm-whole",
          "特立尼达和多巴哥人民民族运动代表团访华",
          "应中联部邀请，特立尼达和多巴哥人民民族运动代表团于2019年10月8日至15日访华。中联部副部长会见了代表团。"
          "代表团在京期间参观了中共党史展览馆，还赴四川考察。",
          "2019-10-16", url(ORG_ZH, "2019-10-16", 1080),
          rel("Trinidad and Tobago", "2019-10-08", "delegation_received", {PNM}, B), lang="zh"),
    Probe("en-message-cpc-to-morena-victory",
          "CPC Congratulates MORENA on Election Victory",
          "On June 4, the International Department of the CPC Central Committee sent a message of "
          "congratulations to the National Regeneration Movement of Mexico on its candidate Claudia "
          "Sheinbaum's victory in the presidential election.",
          "2024-06-05", url(GOV_EN, "2024-06-05", 6040),
          rel("Mexico", "2024-06-04", "message", {MORENA}, BL)),
    Probe("en-meeting-grenada-ndc-yesterday",
          "Vice Minister Meets Grenada NDC Leader",
          "Beijing, Sept. 20 -- An IDCPC vice minister met yesterday with the political leader of the "
          "National Democratic Congress of Grenada, who is on a visit to China.",
          "2023-09-20", url(GOV_EN, "2023-09-20", 2019),
          rel("Grenada", "2023-09-19", "meeting", {NDC}, B)),
    Probe("zh-message-xi-reply-fsln-no-day",
          "习近平复信尼加拉瓜桑地诺民族解放阵线领导人",
          "日前，中共中央总书记习近平复信尼加拉瓜桑地诺民族解放阵线领导人，感谢其对中国共产党的祝贺。",
          "2023-01-12", url(GOV_ZH, "2023-01-12", 1120),
          rel("Nicaragua", None, "message", {FSLN}, BL), lang="zh"),
    Probe("en-unc-opposition-visit",
          "Trinidad and Tobago's UNC Delegation Visits China",
          "A delegation of the United National Congress of Trinidad and Tobago visited China from "
          "August 22 to 29 at the invitation of the IDCPC. An IDCPC vice minister met the delegation, "
          "which also visited Yunnan.",
          "2018-09-02", url(ORG_EN, "2018-09-02", 8220),
          rel("Trinidad and Tobago", "2018-08-22", "delegation_received", {UNC}, B)),

    # ---------------- J. not relevant ----------------
    Probe("nr-vietnam-meeting",
          "Liu Jianchao Meets Delegation of the Communist Party of Vietnam",
          "On March 14, Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of "
          "Vietnam led by the head of its Commission for External Relations.",
          "2023-03-15", url(GOV_EN, "2023-03-15", 315), NO),
    Probe("nr-zh-africa-anc",
          "宋涛会见南非非国大代表团",
          "9月5日，中联部部长宋涛在京会见南非非洲人国民大会总书记率领的代表团。",
          "2018-09-06", url(ORG_ZH, "2018-09-06", 906), NO, lang="zh"),
    Probe("nr-domestic-zh-party-building",
          "中联部召开党史学习教育动员大会",
          "3月3日，中联部召开党史学习教育动员大会，部长宋涛出席并讲话，要求部机关全体党员深入学习党的历史。",
          "2021-03-04", url(ORG_ZH, "2021-03-04", 303), NO, lang="zh"),
    Probe("nr-spain-psoe",
          "Guo Yezhou Meets Spanish Socialist Workers' Party Delegation",
          "Beijing, Oct. 29 -- Guo Yezhou, vice minister of the IDCPC, met today with a delegation of "
          "the Spanish Socialist Workers' Party (PSOE). The two sides discussed China-EU relations and "
          "cooperation with Latin America.",
          "2018-10-29", url(ORG_EN, "2018-10-29", 2910), NO),
    Probe("nr-portugal-pcp",
          "IDCPC Meets Portuguese Communist Party Delegation",
          "Beijing, April 17 -- An IDCPC vice minister met today with a delegation of the Portuguese "
          "Communist Party, exchanging views on the international communist movement.",
          "2014-04-17", url(ORG_EN, "2014-04-17", 1741), NO),
    Probe("nr-zh-laos",
          "李希会见老挝人民革命党代表团",
          "新华社北京5月9日电 中共中央政治局常委李希9日在北京会见老挝人民革命党中央书记处常务书记率领的代表团。",
          "2024-05-09", url(XH_ZH, "2024-05-09", 5009), NO, lang="zh"),
    Probe("nr-guinea-not-guyana",
          "Vice Minister Meets Guinean Party Delegation",
          "On July 2, an IDCPC vice minister met with a delegation of the Rally of the Guinean People of "
          "Guinea led by its secretary-general.",
          "2015-07-03", url(ORG_EN, "2015-07-03", 7023), NO),
    Probe("nr-xinhua-venezuela-election-no-cpc",
          "Venezuela holds regional elections - Xinhua",
          " date 2021-11-22\nCARACAS, Nov. 21 (Xinhua) -- Venezuelans went to the polls on Sunday to "
          "elect governors and mayors. The ruling United Socialist Party of Venezuela said turnout was "
          "higher than in previous regional elections.",
          "2021-11-22", url(XH_EN, "2021-11-22", 138111), NO),
    Probe("nr-zh-mongolia",
          "中联部副部长会见蒙古人民党代表团",
          "6月6日，中联部副部长在京会见蒙古人民党总书记率领的代表团。",
          "2022-06-07", url(ORG_ZH, "2022-06-07", 6067), NO, lang="zh"),
    Probe("nr-domestic-en-think-tank",
          "IDCPC Holds Meeting on Think Tank Work",
          "On January 18, the IDCPC held a work meeting on its think tank network. Participants discussed "
          "how to improve research on world political parties.",
          "2023-01-19", url(GOV_EN, "2023-01-19", 1180), NO),
    Probe("nr-philippines-santiago-lookalike",
          "IDCPC Vice Minister Meets Philippine Party Delegation",
          "Beijing, Feb. 26 -- An IDCPC vice minister met today with a delegation of the PDP-Laban party "
          "of the Philippines, which included the mayor of Santiago City in Isabela province.",
          "2019-02-26", url(ORG_EN, "2019-02-26", 2260), NO),
    Probe("nr-zh-russia-united",
          "刘建超同统一俄罗斯党总委员会书记举行会谈",
          "2023年4月20日，中联部部长刘建超在莫斯科同统一俄罗斯党总委员会书记会谈。",
          "2023-04-21", url(GOV_ZH, "2023-04-21", 4201), NO, lang="zh"),
    Probe("nr-domestic-provincial-poverty",
          "省委书记调研乡村振兴工作",
          "7月5日，省委书记在宁德调研乡村振兴工作，强调要推动产业发展，巩固脱贫攻坚成果。",
          "2021-07-06", url(PROV_ZH, "2021-07-06", 705), NO, lang="zh"),
    Probe("nr-nepal-video-call",
          "Song Tao Holds Video Call with Nepali Communist Party Leader",
          "On May 14, Song Tao, head of the IDCPC, held a video call with a leader of the Nepal Communist "
          "Party, exchanging views on COVID-19 cooperation.",
          "2020-05-15", url(ORG_EN, "2020-05-15", 5140), NO),
    Probe("nr-zh-europe-seminar",
          "中欧政党高层论坛在京举行",
          "6月25日，第十届中欧政党高层论坛在北京举行，来自欧洲20多个国家的政党代表出席。",
          "2019-06-26", url(ORG_ZH, "2019-06-26", 6250), NO, lang="zh"),
    Probe("nr-en-lac-mention-only",
          "IDCPC Meets Delegation of Kenya's Jubilee Party",
          "Beijing, Aug. 1 -- An IDCPC vice minister met today with a delegation of Kenya's Jubilee Party. "
          "He noted that the CPC maintains contacts with parties in Africa, Latin America and other "
          "regions.",
          "2017-08-01", url(ORG_EN, "2017-08-01", 8011), NO),
    Probe("nr-spain-zh-trad",
          "郭業洲會見西班牙人民黨代表團",
          "10月30日，中聯部副部長郭業洲在京會見西班牙人民黨代表團。",
          "2018-10-31", url(ORG_ZH, "2018-10-31", 1031), NO, lang="zh"),
    Probe("nr-new-mexico-us-state",
          "IDCPC Official Meets US State Legislators from New Mexico",
          "On April 3, an IDCPC official met with a delegation of state legislators from New Mexico of "
          "the United States, who talked about local cooperation.",
          "2019-04-04", url(ORG_EN, "2019-04-04", 4030), NO),
]

# Batch 2, written after the first run and still before reading the code under nlp/: harder shapes
# (short and informal party names, Chinese lists joined by 和/及, traditional-script copies, digests
# with a non-LAC item first, side meetings at platforms, relative days, pages with no day).
PROBES += [
    Probe("b2-en-sandinistas-informal",
          "Chinese Party Official Meets Sandinista Leaders",
          "Managua, Sept. 25 -- A visiting delegation of the Communist Party of China led by an IDCPC "
          "vice minister met on Wednesday with leaders of the Sandinista Front, Nicaragua's ruling "
          "party. The Sandinistas thanked the CPC for its support in the fight against poverty.",
          "2019-09-27", url(ORG_EN, "2019-09-27", 2501),
          rel("Nicaragua", "2019-09-25", "meeting", {FSLN}, BL)),
    Probe("b2-en-frente-amplio-spanish-name",
          "IDCPC Vice Minister Meets Frente Amplio Delegation",
          "Beijing, 16 May -- An IDCPC vice minister met here today with a delegation of Uruguay's "
          "Frente Amplio led by its vice president. Both sides reviewed cooperation between the two "
          "parties since China and Uruguay established diplomatic ties.",
          "2016-05-17", url(ORG_EN, "2016-05-17", 5160),
          rel("Uruguay", "2016-05-16", "meeting", {FA}, BL)),
    Probe("b2-en-pcdob-acronym-only",
          "Vice Minister Meets PCdoB Delegation",
          "On April 12, an IDCPC vice minister met with a delegation of the PCdoB led by its national "
          "president Luciana Santos.",
          "2021-04-13", url(ORG_EN, "2021-04-13", 4120),
          rel("Brazil", "2021-04-12", "meeting", {PCDOB}, BL)),
    Probe("b2-en-mas-ipsp",
          "IDCPC Head Meets Bolivian MAS-IPSP Leaders",
          "BEIJING, June 4 (Xinhua) -- Wang Jiarui, head of the IDCPC, met with leaders of Bolivia's "
          "MAS-IPSP on Monday, saying the CPC supports the Bolivian people's choice of development path.",
          "2012-06-05", url(XH_EN, "2012-06-05", 131),
          rel("Bolivia", "2012-06-04", "meeting", {MAS}, BL)),
    Probe("b2-zh-list-with-he",
          "中联部副部长会见古巴共产党和委内瑞拉统一社会主义党青年干部",
          "3月12日，中联部副部长在京会见来华参加研修的古巴共产党和委内瑞拉统一社会主义党青年干部，介绍了中共青年工作经验。",
          "2018-03-13", url(ORG_ZH, "2018-03-13", 3121),
          rel("multilateral", "2018-03-12", "meeting", {PCC, PSUV}, RL, KE), lang="zh"),
    Probe("b2-zh-list-with-ji",
          "墨西哥劳动党及国家复兴运动党代表团访问四川",
          "6月24日至28日，墨西哥劳动党及国家复兴运动党联合代表团应中联部邀请在四川考察，参观了成都高新区和乡村振兴示范点。",
          "2024-06-29", url(GOV_ZH, "2024-06-29", 6240),
          rel("Mexico", "2024-06-24", "field_trip", {"Labor Party (Mexico)", MORENA}, BL, KE), lang="zh"),
    Probe("b2-zh-trad-hk-copy-psuv",
          "中聯部部長會見委內瑞拉統一社會主義黨代表團",
          " date 2015-10-17\n【本報訊】中聯部部長王家瑞16日在北京會見委內瑞拉統一社會主義黨全國領導委員會成員率領的代表團。"
          "王家瑞表示，中委兩黨關係是兩國關係的重要組成部分。",
          "2015-10-17", "https://www.takungpao.com.hk/news/232108/2015/1017/12345.html",
          rel("Venezuela", "2015-10-16", "meeting", {PSUV}, BL), lang="zh"),
    Probe("b2-en-digest-non-lac-first",
          "IDCPC News in Brief",
          "On July 27, an IDCPC vice minister met with a delegation of the Cambodian People's Party.\n"
          "On July 28, an IDCPC vice minister met with a delegation of the Communist Party of Chile "
          "led by a member of its Political Commission.\nOn July 29, an IDCPC assistant minister met "
          "with the ambassador of Kazakhstan to China.",
          "2022-07-30", url(ORG_EN, "2022-07-30", 7300),
          rel("Chile", "2022-07-28", "meeting", {PCCH}, BL)),
    Probe("b2-en-headline-cuba-body-also-vietnam",
          "Song Tao Meets Cuban Party Delegation",
          "Beijing, Dec. 2 -- Song Tao, head of the IDCPC, met here today with a delegation of the "
          "Communist Party of Cuba led by a member of its Secretariat. Earlier in the day, Song met "
          "with a delegation of the Communist Party of Vietnam.",
          "2020-12-02", url(ORG_EN, "2020-12-02", 1202),
          rel("Cuba", "2020-12-02", "meeting", {PCC}, BL)),
    Probe("b2-zh-dangdishijian-havana-meeting",
          "中共代表团团长会见古巴共产党第一书记",
          "当地时间4月14日，中共中央政治局委员率中共代表团在哈瓦那会见古巴共产党中央第一书记、国家主席迪亚斯-卡内尔。"
          "双方表示要落实两党两国领导人共识。",
          "2025-04-16", url(GOV_ZH, "2025-04-16", 4140),
          rel("Cuba", "2025-04-14", "meeting", {PCC}, BL), lang="zh"),
    Probe("b2-zh-rijian-no-day",
          "中联部领导会见秘鲁共产党代表团",
          "日前，中联部领导在京会见秘鲁共产党总书记率领的代表团，双方就两党关系交换意见。",
          "2013-09-10", url(ORG_ZH, "2013-09-10", 910),
          rel("Peru", None, "meeting", {"Peruvian Communist Party"}, BL), lang="zh"),
    Probe("b2-en-recently-no-day",
          "IDCPC Official Meets Ecuadorian Socialist Party Delegation",
          "Recently, an IDCPC official met with a delegation of the Ecuadorian Socialist Party and "
          "briefed them on China's development.",
          "2016-09-23", url(ORG_EN, "2016-09-23", 9230),
          rel("Ecuador", None, "meeting", {"Ecuadorian Socialist Party"}, BL)),
    Probe("b2-en-condolence-tabare",
          "CPC Sends Condolences on Passing of Tabaré Vázquez",
          "The Central Committee of the Communist Party of China on Tuesday sent a message of "
          "condolence to the Broad Front of Uruguay on the passing of former President Tabaré Vázquez.",
          "2020-12-09", url(ORG_EN, "2020-12-09", 1209),
          rel("Uruguay", "2020-12-08", "message", {FA}, BL)),
    Probe("b2-lac-site-ppp-wednesday",
          "PPP/C General Secretary Receives CPC Delegation",
          "Georgetown, Guyana, Wednesday, September 25, 2019 -- The General Secretary of the People's "
          "Progressive Party/Civic today received a delegation of the Communist Party of China at "
          "Freedom House. The two parties agreed to continue exchanges.",
          "2019-09-26", url(LAC_EN, "2019-09-26", 25),
          rel("Guyana", "2019-09-25", "meeting", {PPPC}, BL)),
    Probe("b2-zh-zhuanti-yantaoban-lac",
          "拉美国家政党领导人专题研讨班在京开班",
          "11月13日，由中联部主办的拉美国家政党领导人专题研讨班在京开班。来自巴拿马、哥斯达黎加、多米尼加等国的"
          "政党领导人参加研讨班。",
          "2020-11-14", url(ORG_ZH, "2020-11-14", 1113),
          rel("multilateral", "2020-11-13", "training_course", set(), R, KE), lang="zh"),
    Probe("b2-zh-lilun-yantaohui-havana",
          "第十一届中古两党理论研讨会在哈瓦那举行",
          "当地时间12月1日，第十一届中国共产党和古巴共产党理论研讨会在哈瓦那举行，两党代表围绕社会主义建设进行研讨。",
          "2023-12-03", url(GOV_ZH, "2023-12-03", 1201),
          rel("Cuba", "2023-12-01", "seminar", {PCC}, BL, KE), lang="zh"),
    Probe("b2-en-field-trip-peru-shaanxi",
          "Peruvian Party Leaders Tour Shaanxi",
          "A delegation of leaders of Peruvian political parties, including members of Popular Force "
          "and the Peruvian Aprista Party, toured Shaanxi province from May 20 to 24, visiting the "
          "Yan'an revolutionary sites and a high-tech zone in Xi'an.",
          "2011-05-26", url(ORG_EN_OLD, "2011-05-26", 5201),
          rel("Peru", "2011-05-20", "field_trip", {"Popular Force", "Peruvian Aprista Party"}, B, KE)),
    Probe("b2-en-briefing-third-plenum-mexico-video",
          "IDCPC Briefs Mexican Parties on CPC Plenary Session via Video",
          "On November 29, the IDCPC held a briefing session via video link for Mexican political "
          "parties on the Third Plenary Session of the 20th CPC Central Committee. Leaders of MORENA, "
          "the Labor Party and the Institutional Revolutionary Party took part.",
          "2024-11-30", url(GOV_EN, "2024-11-30", 1129),
          rel("Mexico", "2024-11-29", "briefing", {MORENA, "Labor Party (Mexico)", PRI}, BL, KE)),
    Probe("b2-en-side-meeting-world-summit",
          "Song Tao Meets Cuban Delegate to World Parties Dialogue",
          "On the sidelines of the CPC in Dialogue with World Political Parties High-level Meeting, Song "
          "Tao met on December 2 with the head of the delegation of the Communist Party of Cuba.",
          "2017-12-03", url(ORG_EN, "2017-12-03", 1203),
          rel("Cuba", "2017-12-02", "meeting", {PCC}, GL, KE),
          doubtful={"mechanism": "one country's delegation at a worldwide platform: global or bilateral",
                    "content": "one delegation that came for the platform: 'a group that came for one'?"}),
    Probe("b2-en-xi-message-diaz-canel-party",
          "Xi Jinping Congratulates Díaz-Canel on Election as PCC First Secretary",
          "Beijing, April 19 -- Xi Jinping, general secretary of the CPC Central Committee, today sent "
          "a congratulatory message to Miguel Díaz-Canel Bermúdez on his election as First Secretary "
          "of the Central Committee of the Communist Party of Cuba.",
          "2021-04-19", url(ORG_EN, "2021-04-19", 4190),
          rel("Cuba", "2021-04-19", "message", {PCC}, BL)),
    Probe("b2-en-cpc-province-delegation-abroad",
          "Guangdong Party Chief Leads CPC Delegation to Mexico",
          "Mexico City, Nov. 14 -- A CPC delegation led by the secretary of the CPC Guangdong Provincial "
          "Committee paid a visit to Mexico from November 12 to 15. The delegation met leaders of the "
          "National Regeneration Movement and held talks with governors of several states.",
          "2018-11-16", url(ORG_EN, "2018-11-16", 1112),
          rel("Mexico", "2018-11-12", "delegation_visit_abroad", {MORENA}, BL)),
    Probe("b2-zh-video-call-pt-no-dunhao",
          "刘建超同巴西劳工党主席霍夫曼视频通话",
          "2022年7月29日，中联部部长刘建超同巴西劳工党主席霍夫曼视频通话，双方就两党交往和共同关心的问题交换意见。",
          "2022-07-30", url(ORG_ZH, "2022-07-30", 7290),
          rel("Brazil", "2022-07-29", "video_call", {PT}, BL), lang="zh"),
    Probe("b2-en-last-week-no-day",
          "Grenada's NDC Delegation Visits China",
          "A delegation of the National Democratic Congress of Grenada visited China last week at the "
          "invitation of the IDCPC, meeting officials in Beijing and touring Hunan province.",
          "2014-09-16", url(ORG_EN, "2014-09-16", 9160),
          rel("Grenada", None, "delegation_received", {NDC}, B)),
    Probe("b2-en-2009-pri-long-name",
          "Wang Jiarui Meets Mexican Guests",
          "Beijing, June 11 -- Wang Jiarui, who heads the CPC's International Department, "
          "received here today a delegation of the Partido Revolucionario Institucional of "
          "Mexico led by its secretary general.",
          "2009-06-11", url(ORG_EN_OLD, "2009-06-11", 611),
          rel("Mexico", "2009-06-11", "meeting", {PRI}, B)),
    Probe("b2-zh-trad-message-fsln",
          "中共中央致電祝賀尼加拉瓜桑地諾民族解放陣線",
          "7月19日，中共中央致電尼加拉瓜桑地諾民族解放陣線全國領導委員會，祝賀尼加拉瓜革命勝利40週年。",
          "2019-07-20", url(ORG_ZH, "2019-07-20", 7190),
          rel("Nicaragua", "2019-07-19", "message", {FSLN}, BL), lang="zh"),
    Probe("b2-en-delegation-received-chile-ppd",
          "Chilean PPD Delegation Concludes Visit to China",
          "At the invitation of the IDCPC, a delegation of the Party for Democracy of Chile led by its "
          "president visited China from March 7 to 14. During its stay, the delegation met IDCPC "
          "officials in Beijing and visited Guizhou and Shanghai.",
          "2013-03-16", url(ORG_EN_OLD, "2013-03-16", 3070),
          rel("Chile", "2013-03-07", "delegation_received", {PPD}, B)),
    Probe("b2-en-forum-online-lac-parties-2021",
          "China-LAC Political Parties Forum Held Online",
          "The China-Latin America and Caribbean Political Parties Forum was held by video link on "
          "December 2 under the theme of shared development. Over 150 leaders of political parties "
          "from 27 LAC countries took part, including the presidents of the PSUV and the PT.",
          "2020-12-03", url(ORG_EN, "2020-12-03", 1221),
          rel("multilateral", "2020-12-02", "forum", {PSUV, PT}, RL, KE)),
    Probe("b2-zh-envoy-group-mtg-liu-haixing",
          "刘海星会见拉美和加勒比国家驻华使节",
          "2025年9月26日，中联部部长刘海星在京集体会见拉美和加勒比国家驻华使节，介绍了中共二十届四中全会有关情况。",
          "2025-09-27", url(GOV_ZH, "2025-09-27", 9260),
          rel("multilateral", "2025-09-26", "meeting", set(), R), lang="zh",
          doubtful={"event_type": "presenting a CPC meeting to envoys as a group: meeting or briefing"}),
    Probe("b2-en-unc-visit-abroad-trinidad",
          "CPC Delegation Meets UNC Leader in Port of Spain",
          "Port of Spain, Feb. 21 -- Visiting CPC delegation head met on Friday with Kamla Persad-Bissessar, "
          "political leader of the United National Congress of Trinidad and Tobago.",
          "2025-02-23", url(GOV_EN, "2025-02-23", 2210),
          rel("Trinidad and Tobago", "2025-02-21", "meeting", {UNC}, B)),
    Probe("b2-en-young-leaders-regional-course-abroad",
          "IDCPC Holds Workshop for Central American Party Leaders in Panama",
          "Panama City, Oct. 16 -- A workshop for leaders of political parties from Central American "
          "countries, organized by the IDCPC, opened here today. Participants from Panama, Costa Rica, "
          "El Salvador and the Dominican Republic attended.",
          "2018-10-17", url(ORG_EN, "2018-10-17", 1016),
          rel("multilateral", "2018-10-16", "training_course", set(), R, KE)),

    # ---- batch 2: not relevant ----
    Probe("b2-nr-fretilin",
          "IDCPC Vice Minister Meets FRETILIN Delegation",
          "On June 10, an IDCPC vice minister met with a delegation of FRETILIN of Timor-Leste led by its "
          "secretary-general.",
          "2010-06-11", url(ORG_EN_OLD, "2010-06-11", 6100), NO),
    Probe("b2-nr-zh-mpla",
          "宋涛会见安哥拉人民解放运动代表团",
          "3月13日，中联部部长宋涛在京会见安哥拉人民解放运动总书记率领的代表团。",
          "2019-03-14", url(ORG_ZH, "2019-03-14", 3130), NO, lang="zh"),
    Probe("b2-nr-business-brazil-no-party",
          "Chinese, Brazilian firms sign soybean deal - Xinhua",
          " date 2023-04-14\nSAO PAULO, April 13 (Xinhua) -- Chinese and Brazilian companies signed a "
          "soybean purchase agreement on Thursday, the organizers said.",
          "2023-04-14", url(XH_EN, "2023-04-14", 139001), NO),
    Probe("b2-nr-zh-domestic-idcpc-training",
          "中联部举办青年干部培训班",
          "5月8日，中联部2023年青年干部培训班开班，部领导出席开班式并讲话。",
          "2023-05-09", url(GOV_ZH, "2023-05-09", 5080), NO, lang="zh"),
    Probe("b2-nr-spain-podemos-latam-topic",
          "IDCPC Official Meets Podemos Delegation",
          "Beijing, Nov. 13 -- An IDCPC official met with a delegation of Spain's Podemos party today. "
          "The guests shared views on progressive movements in Latin America and Europe.",
          "2015-11-13", url(ORG_EN, "2015-11-13", 1113), NO),
    Probe("b2-nr-zh-equatorial-guinea",
          "中联部副部长会见赤道几内亚民主党代表团",
          "8月1日，中联部副部长在京会见赤道几内亚民主党代表团。",
          "2017-08-02", url(ORG_ZH, "2017-08-02", 8010), NO, lang="zh"),
    Probe("b2-nr-zh-trad-japan",
          "中聯部部長會見日本自民黨代表團",
          "4月2日，中聯部部長在京會見日本自由民主黨代表團。",
          "2019-04-03", url(ORG_ZH, "2019-04-03", 4020), NO, lang="zh"),
]

# Batch 3, written after the rule changes of batch 2 (the writer had then read the dateline, party
# resolution and content code): Chinese weekdays and month-relative days, lists with spaces or 以及,
# the exchange in a later paragraph, provincial delegations abroad, Politburo members' visits,
# look-alike places and other traps.
PROBES += [
    Probe("b3-zh-zhouwu-weekday",
          "中联部副部长会见阿根廷正义党代表团",
          "北京消息 中联部副部长周五在京会见阿根廷正义党国际关系书记率领的代表团，双方就两党合作交换意见。",
          "2016-03-19", url(ORG_ZH, "2016-03-19", 3190),
          rel("Argentina", "2016-03-18", "meeting", {PJ}, B), lang="zh"),
    Probe("b3-zh-benyue-day",
          "中联部部长会见哥斯达黎加广泛阵线代表团",
          "本月25日，中联部部长在京会见哥斯达黎加广泛阵线总书记率领的代表团。",
          "2022-11-28", url(ORG_ZH, "2022-11-28", 1125),
          rel("Costa Rica", "2022-11-25", "meeting", {"Broad Front (Costa Rica)"}, BL), lang="zh"),
    Probe("b3-zh-shangzhou-no-day",
          "乌拉圭共产党代表团访华",
          "上周，乌拉圭共产党代表团应中联部邀请访华，在京会见了中联部负责同志，并赴江苏参观。",
          "2013-10-15", url(ORG_ZH, "2013-10-15", 1015),
          rel("Uruguay", None, "delegation_received", {PCU}, BL), lang="zh"),
    Probe("b3-zh-list-with-yiji",
          "中联部举办拉美政党干部研修班",
          "5月27日至6月5日，中联部举办拉美政党干部研修班，学员来自委内瑞拉统一社会主义党、玻利维亚争取社会主义运动以及"
          "尼加拉瓜桑地诺民族解放阵线。",
          "2019-06-06", url(ORG_ZH, "2019-06-06", 5270),
          rel("multilateral", "2019-05-27", "training_course", {PSUV, MAS, FSLN}, RL, KE), lang="zh"),
    Probe("b3-zh-list-spaces",
          "多国政党领导人致电祝贺中共二十届三中全会召开",
          "近日，古巴共产党 委内瑞拉统一社会主义党 墨西哥劳动党等拉美政党领导人致电中共中央，祝贺中共二十届三中全会胜利召开。",
          "2024-07-25", url(GOV_ZH, "2024-07-25", 7250),
          rel("multilateral", None, "message", {PCC, PSUV, "Labor Party (Mexico)"}, RL), lang="zh",
          doubtful={"parties": "names separated by spaces only: a list the coder reads, the text has no marks"}),
    Probe("b3-en-exchange-second-paragraph",
          "IDCPC Vice Minister Meets Guests",
          "Beijing, June 8 -- An IDCPC vice minister met guests here today.\nThe guests were a "
          "delegation of the Dominican Revolutionary Party of the Dominican Republic, led by its "
          "secretary general. The two sides exchanged views on relations between the parties.",
          "2018-06-08", url(ORG_EN, "2018-06-08", 6080),
          rel("Dominican Republic", "2018-06-08", "meeting", {"Dominican Revolutionary Party"}, B)),
    Probe("b3-en-provincial-delegation-cuba",
          "Jiangxi Party Secretary Leads CPC Delegation to Cuba",
          "Havana, Nov. 19 -- A CPC delegation led by the secretary of the CPC Jiangxi Provincial "
          "Committee visited Cuba from November 16 to 19. The delegation met members of the Political "
          "Bureau of the Communist Party of Cuba and visited the province of Pinar del Río.",
          "2010-11-20", url(ORG_EN_OLD, "2010-11-20", 1119),
          rel("Cuba", "2010-11-16", "delegation_visit_abroad", {PCC}, BL)),
    Probe("b3-zh-politburo-visit-venezuela-spain",
          "中共代表团访问委内瑞拉和西班牙",
          "应委内瑞拉统一社会主义党和西班牙工人社会党邀请，中共中央政治局委员率中共代表团于2013年10月7日至11日访问"
          "委内瑞拉，12日至15日访问西班牙。在委期间，代表团会见了委统社党领导人。",
          "2013-10-17", url(ORG_ZH, "2013-10-17", 1017),
          rel("Venezuela", "2013-10-07", "delegation_visit_abroad", {PSUV}, BL), lang="zh"),
    Probe("b3-en-long-page-visit-abroad-ecuador",
          "CPC Delegation Visits Ecuador",
          "Quito, May 31 -- At the invitation of the PAIS Alliance, a CPC delegation led by an IDCPC "
          "vice minister visited Ecuador from May 28 to 31.\nDuring the visit, the delegation met "
          "with the PAIS Alliance's national leadership, the President of the National Assembly and "
          "the Minister of Foreign Affairs. The delegation also held discussions with members of the "
          "Ecuadorian Socialist Party and the Communist Party of Ecuador on socialism in the 21st "
          "century. The delegation said the CPC appreciates Ecuador's firm support on issues "
          "concerning China's core interests, and is ready to deepen exchanges of governance "
          "experience with Ecuadorian parties. Ecuadorian politicians said they admired China's "
          "development and hoped to learn from the CPC's experience.",
          "2019-06-01", url(ORG_EN, "2019-06-01", 5310),
          rel("Ecuador", "2019-05-28", "delegation_visit_abroad",
              {"PAIS Alliance", "Ecuadorian Socialist Party", "Communist Party of Ecuador"}, BL)),
    Probe("b3-pd-en-video-call-jamaica",
          "Chinese party official holds video talks with Jamaican party leader - People's Daily Online",
          " date 2021-09-25\nBEIJING, Sept. 24 -- Song Tao, head of the IDCPC, held video talks on "
          "Friday with Mark Golding, president of Jamaica's People's National Party.\n(Web editor: Zhang)",
          "2021-09-25", url(PD_EN, "2021-09-25", 9240),
          rel("Jamaica", "2021-09-24", "video_call", {PNP}, BL)),
    Probe("b3-zh-trad-video-call-chile",
          "劉建超同智利社會黨主席視頻會談",
          "3月3日，中聯部部長劉建超同智利社會黨主席視頻會談，雙方就加強黨際交流交換意見。",
          "2023-03-04", url(ORG_ZH, "2023-03-04", 3030),
          rel("Chile", "2023-03-03", "video_call", {PSCH}, BL), lang="zh"),
    Probe("b3-en-message-pccol-anniversary",
          "CPC Sends Congratulatory Message to Colombian Communist Party",
          "On July 17, the CPC Central Committee sent a message of congratulations to the Colombian "
          "Communist Party on its 95th anniversary.",
          "2025-07-18", url(GOV_EN, "2025-07-18", 7170),
          rel("Colombia", "2025-07-17", "message", {PCCOL}, BL)),
    Probe("b3-en-seminar-lac-online-many",
          "Online Seminar with Latin American Parties on Poverty Reduction",
          "On September 13, the IDCPC held an online seminar on poverty reduction with political "
          "parties of Latin America and the Caribbean. More than 60 party leaders from 18 countries "
          "including Peru, Bolivia and Guatemala took part.",
          "2024-09-14", url(GOV_EN, "2024-09-14", 9130),
          rel("multilateral", "2024-09-13", "seminar", set(), R, KE)),
    Probe("b3-zh-field-trip-jamaica-hunan",
          "牙买加工党考察团在湖南考察",
          "7月4日，牙买加工党干部考察团在长沙参观考察，了解湖南乡村振兴和产业发展情况。",
          "2025-07-05", url(GOV_ZH, "2025-07-05", 7040),
          rel("Jamaica", "2025-07-04", "field_trip", {JLP}, B, KE), lang="zh"),
    Probe("b3-en-pd-copy-xinhua-meeting-honduras",
          "Senior CPC official meets Honduran party delegation",
          " date 2023-06-10\nBEIJING, June 9 (Xinhua) -- A senior official of the Communist Party of "
          "China met with a delegation from Honduras' ruling Liberty and Refoundation Party in "
          "Beijing on Friday.",
          "2023-06-10", url(XH_EN, "2023-06-10", 139100),
          rel("Honduras", "2023-06-09", "meeting", {LIBRE}, BL)),
    Probe("b3-zh-meeting-haiti-fanmi-lavalas",
          "中联部副部长会见海地拉瓦拉斯之家代表团",
          "11月8日，中联部副部长在京会见海地拉瓦拉斯之家代表团。",
          "2016-11-09", url(ORG_ZH, "2016-11-09", 1108),
          rel("Haiti", "2016-11-08", "meeting", {"Fanmi Lavalas"}, BL), lang="zh"),
    Probe("b3-en-vincentian-ulp-taiwan-ties",
          "IDCPC Official Meets Saint Vincent and the Grenadines Opposition Figure",
          "Beijing, Oct. 10 -- An IDCPC official met here today with a member of the Unity Labour Party "
          "of Saint Vincent and the Grenadines.",
          "2017-10-10", url(ORG_EN, "2017-10-10", 1010),
          rel("Saint Vincent and the Grenadines", "2017-10-10", "meeting", {ULP}, B)),
    Probe("b3-en-sao-paulo-forum-working-group-meeting",
          "IDCPC Vice Minister Meets São Paulo Forum Delegation",
          "On April 23, an IDCPC vice minister met with a delegation of the São Paulo Forum led by its "
          "executive secretary Monica Valente of Brazil's Workers' Party.",
          "2019-04-24", url(ORG_EN, "2019-04-24", 4230),
          rel("multilateral", "2019-04-23", "meeting", {PT}, RL)),
    Probe("b3-zh-copppal-forum-abroad",
          "中共代表团出席拉美政党常设大会年会",
          "当地时间10月10日至12日，中共代表团出席在墨西哥城举行的拉美和加勒比政党常设大会年会并致辞。",
          "2018-10-14", url(ORG_ZH, "2018-10-14", 1014),
          rel("multilateral", "2018-10-10", "forum", set(), R, KE), lang="zh"),

    # ---- batch 3: not relevant ----
    Probe("b3-nr-granada-spain",
          "IDCPC Delegation Visits Andalusia",
          "A CPC delegation visited Seville and Granada in Spain from May 5 to 8, meeting regional "
          "leaders of the Spanish Socialist Workers' Party.",
          "2016-05-10", url(ORG_EN, "2016-05-10", 5050), NO),
    Probe("b3-nr-zh-domestic-mfa-like",
          "中联部举行新春招待会",
          "1月28日，中联部在京举行新春招待会，部长出席并致辞，感谢部机关干部职工一年来的辛勤工作。",
          "2019-01-29", url(ORG_ZH, "2019-01-29", 1280), NO, lang="zh"),
    Probe("b3-nr-georgia",
          "Vice Minister Meets Georgian Dream Delegation",
          "On October 24, an IDCPC vice minister met with a delegation of the Georgian Dream party of "
          "Georgia.",
          "2024-10-25", url(GOV_EN, "2024-10-25", 1024), NO),
    Probe("b3-nr-zh-korea-wpk",
          "中联部部长会见朝鲜劳动党代表团",
          "7月10日，中联部部长在京会见朝鲜劳动党中央国际部代表团。",
          "2018-07-11", url(ORG_ZH, "2018-07-11", 7100), NO, lang="zh"),
    Probe("b3-nr-cuba-street-chinatown-mention",
          "Beijing district hosts cultural festival",
          "A cultural festival opened in Beijing's Chaoyang District on Saturday, featuring music from "
          "around the world, including salsa bands inspired by Cuba.",
          "2019-08-18", url(XH_EN, "2019-08-18", 138300), NO),
]

# Batch 4 (after batch 3's fix): non-leftist parties named by bare cores, dialogues between two
# parties, a generic headline over two LAC meetings, ambassadors, legislators of several parties.
PROBES += [
    Probe("b4-en-generic-headline-two-lac",
          "Liu Jianchao Meets Foreign Guests",
          "On March 18, Liu Jianchao, head of the IDCPC, met with a delegation of the Workers' Party of "
          "Brazil. On the same day, he also met with the ambassador of Argentina to China.",
          "2022-03-19", url(ORG_EN, "2022-03-19", 3180),
          rel("Brazil", "2022-03-18", "meeting", {PT}, BL)),
    Probe("b4-en-national-party-uruguay-core",
          "Vice Minister Meets Uruguay's National Party Delegation",
          "Beijing, July 16 -- An IDCPC vice minister met today with a delegation of the National Party "
          "of Uruguay led by a senator.",
          "2014-07-16", url(ORG_EN, "2014-07-16", 7160),
          rel("Uruguay", "2014-07-16", "meeting", {"National Party (Uruguay)"}, B)),
    Probe("b4-zh-paraguay-red-party",
          "中联部副部长会见巴拉圭红党代表团",
          "4月20日，中联部副部长在京会见巴拉圭红党主席率领的代表团。",
          "2017-04-21", url(ORG_ZH, "2017-04-21", 4200),
          rel("Paraguay", "2017-04-20", "meeting", {ANR}, B), lang="zh"),
    Probe("b4-zh-peru-nationalist",
          "中联部部长会见秘鲁民族主义党代表团",
          "2011年11月24日，中联部部长王家瑞在京会见秘鲁民族主义党代表团。",
          "2011-11-25", url(ORG_ZH, "2011-11-25", 1124),
          rel("Peru", "2011-11-24", "meeting", {"Peruvian Nationalist Party"}, BL), lang="zh"),
    Probe("b4-en-pan-mexico",
          "IDCPC Official Meets Mexico's National Action Party Delegation",
          "On May 9, an IDCPC official met with a delegation of Mexico's National Action Party (PAN).",
          "2025-05-10", url(GOV_EN, "2025-05-10", 5090),
          rel("Mexico", "2025-05-09", "meeting", {"National Action Party (Mexico)"}, B)),
    Probe("b4-en-brazil-legislators-several",
          "Vice Minister Meets Brazilian Parliamentarians",
          "Beijing, Oct. 23 -- An IDCPC vice minister met here Friday with a group of Brazilian federal "
          "deputies from the Workers' Party, the Brazilian Social Democracy Party and the Brazilian "
          "Democratic Movement.",
          "2020-10-23", url(ORG_EN, "2020-10-23", 1023),
          rel("Brazil", "2020-10-23", "meeting",
              {PT, "Brazilian Social Democracy Party", "Brazilian Democratic Movement"}, BL)),
    Probe("b4-en-cpc-psuv-dialogue",
          "CPC and PSUV Hold High-Level Dialogue",
          "Caracas, Sept. 11 -- The fourth high-level dialogue between the Communist Party of China and "
          "the United Socialist Party of Venezuela was held here today, focusing on party building and "
          "economic development.",
          "2014-09-12", url(ORG_EN, "2014-09-12", 9110),
          rel("Venezuela", "2014-09-11", "dialogue", {PSUV}, BL, KE)),
    Probe("b4-zh-briefing-brasilia-local-time",
          "中共代表团在巴西利亚举办二十大精神宣介会",
          "当地时间11月9日，中共代表团在巴西利亚举办中共二十大精神宣介会，巴西劳工党、巴西共产党、巴西社会党等政党领导人出席。",
          "2022-11-11", url(ORG_ZH, "2022-11-11", 1109),
          rel("Brazil", "2022-11-09", "briefing", {PT, PCDOB, "Brazilian Socialist Party"}, BL, KE), lang="zh"),
    Probe("b4-en-cuban-ambassador",
          "Guo Yezhou Meets Cuban Ambassador to China",
          "On January 5, Guo Yezhou, vice minister of the IDCPC, met with Cuban Ambassador to China "
          "Carlos Miguel Pereira. They discussed exchanges between the two parties in the new year.",
          "2021-01-06", url(ORG_EN, "2021-01-06", 1050),
          rel("Cuba", "2021-01-05", "meeting", set(), BL),
          doubtful={"mechanism": "an envoy of a socialist state, no party met: leftist or not"}),
    Probe("b4-zh-yunnan-cuba-kunming",
          "云南省委书记会见古巴共产党代表团",
          "9月14日，云南省委书记在昆明会见古巴共产党中央书记处成员率领的代表团。代表团此前在北京访问。",
          "2018-09-15", url(ORG_ZH, "2018-09-15", 9140),
          rel("Cuba", "2018-09-14", "meeting", {PCC}, BL), lang="zh"),
    Probe("b4-en-suriname-ndp-acronym-country",
          "IDCPC Official Meets Suriname's NDP",
          "Beijing, Dec. 3 -- An IDCPC official met here today with a delegation of Suriname's NDP led "
          "by its vice chairman.",
          "2015-12-03", url(ORG_EN, "2015-12-03", 1203),
          rel("Suriname", "2015-12-03", "meeting", {NDP_SR}, B)),
    Probe("b4-en-zh-next-day-long",
          "中联部部长会见多米尼克工党代表团",
          "6月5日，中联部部长在京会见多米尼克工党领袖率领的代表团。部长表示，中方赞赏多米尼克工党坚持一个中国原则。"
          "代表团团长表示，多米尼克工党愿同中共加强交流。次日，代表团赴浙江参观。",
          "2018-06-06", url(ORG_ZH, "2018-06-06", 6050),
          rel("Dominica", "2018-06-05", "meeting", {DLP_DM}, B), lang="zh"),
    Probe("b4-en-on-the-tenth",
          "CPC Delegation Meets Nicaraguan Leaders",
          "Managua, Aug. 12 -- A CPC delegation visiting Nicaragua met on the 10th with leaders of the "
          "FSLN, who reaffirmed the party's commitment to the one-China principle.",
          "2023-08-13", url(GOV_EN, "2023-08-13", 8100),
          rel("Nicaragua", "2023-08-10", "meeting", {FSLN}, BL)),
    Probe("b4-nr-portugal-spain-trip",
          "CPC Delegation Visits Portugal and Spain",
          "A CPC delegation led by an IDCPC vice minister visited Portugal and Spain from June 3 to 10, "
          "meeting leaders of the Portuguese Socialist Party and the People's Party of Spain.",
          "2017-06-12", url(ORG_EN, "2017-06-12", 6120), NO),
    Probe("b4-nr-zh-cambodia",
          "刘建超会见柬埔寨人民党代表团",
          "8月2日，中联部部长刘建超在京会见柬埔寨人民党代表团。",
          "2023-08-03", url(GOV_ZH, "2023-08-03", 8020), NO, lang="zh"),
]

# Batch 5: short Chinese party names (古共, 委统社党, 尼桑解阵, 巴西劳工党 after its full name),
# the counterpart described rather than named, the LAC side as the subject, page furniture.
PROBES += [
    Probe("b5-zh-short-names-only",
          "宋涛会见古共代表团",
          "1月11日，中联部部长宋涛在京会见古共中央国际关系部部长率领的古共代表团。宋涛表示，中古两党要加强治党治国经验交流。",
          "2019-01-12", url(ORG_ZH, "2019-01-12", 1110),
          rel("Cuba", "2019-01-11", "meeting", {PCC}, BL), lang="zh"),
    Probe("b5-zh-weitongshedang",
          "中联部副部长会见委统社党青年代表团",
          "5月26日，中联部副部长在京会见委统社党青年代表团，双方就青年工作交流看法。",
          "2023-05-27", url(GOV_ZH, "2023-05-27", 5260),
          rel("Venezuela", "2023-05-26", "meeting", {PSUV}, BL), lang="zh"),
    Probe("b5-en-ruling-party-described",
          "Vice Minister Meets Delegation of Venezuela's Ruling Party",
          "Beijing, April 13 -- An IDCPC vice minister met here today with a delegation of Venezuela's "
          "ruling party led by a member of its national leadership.",
          "2012-04-13", url(ORG_EN_OLD, "2012-04-13", 4130),
          rel("Venezuela", "2012-04-13", "meeting", {PSUV}, BL),
          doubtful={"parties": "the party is only described (ruling party); the coder may name it or not"}),
    Probe("b5-en-lac-subject-meets-cpc",
          "FMLN Leaders Receive CPC Delegation in San Salvador",
          "San Salvador, Nov. 30 -- Leaders of the Farabundo Martí National Liberation Front received a "
          "visiting delegation of the Communist Party of China on Friday at the party's headquarters.",
          "2018-12-01", url(LAC_EN, "2018-12-01", 1130),
          rel("El Salvador", "2018-11-30", "meeting", {FMLN}, BL)),
    Probe("b5-xh-en-furniture-message",
          "Cuban Communist Party congratulates CPC on 19th National Congress - Xinhua | English.news.cn",
          " date 2017-10-19\nSource: Xinhua | 2017-10-19 10:12:01 | Editor: huaxia\nHAVANA, Oct. 18 "
          "(Xinhua) -- The Communist Party of Cuba on Wednesday sent a congratulatory message to the "
          "Communist Party of China on the opening of its 19th National Congress.\nEnditem",
          "2017-10-19", url(XH_EN, "2017-10-19", 136690),
          rel("Cuba", "2017-10-18", "message", {PCC}, BL)),
    Probe("b5-zh-nicaragua-short-fsln",
          "中联部部长会见尼桑解阵代表团",
          "2月23日，中联部部长刘建超在京会见尼加拉瓜桑地诺民族解放阵线（尼桑解阵）代表团。",
          "2024-02-24", url(GOV_ZH, "2024-02-24", 2230),
          rel("Nicaragua", "2024-02-23", "meeting", {FSLN}, BL), lang="zh"),
    Probe("b5-en-wang-huning-cppcc-pcc",
          "Wang Huning Meets Cuban Communist Party Delegation",
          "Beijing, Nov. 7 (Xinhua) -- Wang Huning, who sits on the Politburo Standing "
          "Committee of the CPC, met with a delegation of the Communist Party of Cuba in "
          "Beijing on Tuesday.",
          "2023-11-07", url(XH_EN, "2023-11-07", 139450),
          rel("Cuba", "2023-11-07", "meeting", {PCC}, BL)),
    Probe("b5-zh-trad-taiwan-press-nr",
          "古巴外長訪問越南",
          "古巴外交部長當地時間9日抵達河內，同越南外長舉行會談。",
          "2019-09-10", "https://www.hk-news-site.com.hk/2019/09/10/a2.html", NO, lang="zh"),
    Probe("b5-en-nr-lac-lac-no-cpc",
          "Cuban and Venezuelan parties sign cooperation agreement",
          "CARACAS, March 3 (Xinhua) -- The Communist Party of Cuba and the United Socialist Party of "
          "Venezuela signed an agreement on Friday to strengthen party training cooperation.",
          "2023-03-04", url(XH_EN, "2023-03-04", 139200), NO),
]

# Batch 6: dates — a month after the printed date (the year before), no printed date (the
# address's date), an announcement of a future event, 上旬 (no day), a span without a second month.
PROBES += [
    Probe("b6-en-december-in-january-page",
          "IDCPC Vice Minister Meets Bolivian MAS Delegation",
          "On December 28, an IDCPC vice minister met with a delegation of the Movement for Socialism of "
          "Bolivia led by a senator.",
          "2019-01-03", url(ORG_EN, "2019-01-03", 1030),
          rel("Bolivia", "2018-12-28", "meeting", {MAS}, BL)),
    Probe("b6-zh-no-printed-date-url",
          "中联部副部长会见智利社会党代表团",
          "6月25日，中联部副部长在京会见智利社会党总书记率领的代表团。",
          None, url(ORG_ZH, "2018-06-26", 6251),
          rel("Chile", "2018-06-25", "meeting", {PSCH}, BL), lang="zh"),
    Probe("b6-en-future-forum-announcement",
          "China-CELAC Political Parties Forum to Open Next Week",
          "Beijing, Nov. 28 -- The fourth China-CELAC Political Parties Forum will be held in Beijing "
          "from December 4 to 6, an IDCPC spokesperson said today. Leaders of political parties from "
          "Latin American and Caribbean countries are expected to attend.",
          "2025-11-28", url(GOV_EN, "2025-11-28", 1128),
          rel("multilateral", "2025-12-04", "forum", set(), R, KE)),
    Probe("b6-zh-shangxun-no-day",
          "秘鲁自由党代表团访华",
          "8月上旬，秘鲁自由党代表团应中联部邀请访华，在京会见中联部领导，并赴陕西考察。",
          "2022-08-20", url(ORG_ZH, "2022-08-20", 8200),
          rel("Peru", None, "delegation_received", {PERU_LIBRE}, BL), lang="zh"),
    Probe("b6-en-span-ordinal",
          "Costa Rican PLN Delegation Visits China",
          "At the invitation of the IDCPC, a delegation of Costa Rica's National Liberation Party visited "
          "China from September 14th to 21st, meeting IDCPC leaders and touring Guangdong.",
          "2016-09-23", url(ORG_EN, "2016-09-23", 9140),
          rel("Costa Rica", "2016-09-14", "delegation_received", {PLN}, B)),
    Probe("b6-zh-span-chinese",
          "古巴共产党干部考察团结束访华",
          "应中联部邀请，古巴共产党干部考察团于11月3日至12日来华考察，先后访问北京、浙江和广东。",
          "2017-11-14", url(ORG_ZH, "2017-11-14", 1103),
          rel("Cuba", "2017-11-03", "field_trip", {PCC}, BL, KE), lang="zh"),
]

# Batch 7: smaller Caribbean and Central American parties, "St." and "&" forms, day-first dates.
PROBES += [
    Probe("b7-en-psol-brazil",
          "Chen Zhou Meets Delegation of Brazil's PSOL",
          "On 12 October, Chen Zhou, vice minister of the IDCPC, met with a delegation of the Socialism "
          "and Liberty Party (PSOL) of Brazil.",
          "2023-10-13", url(GOV_EN, "2023-10-13", 1012),
          rel("Brazil", "2023-10-12", "meeting", {"Socialism and Liberty Party"}, BL)),
    Probe("b7-en-antigua-ampersand",
          "IDCPC Official Meets Antigua & Barbuda Labour Party Delegation",
          "Beijing, Aug. 8 -- An IDCPC official met here today with a delegation of the Antigua & Barbuda "
          "Labour Party led by its general secretary.",
          "2016-08-08", url(ORG_EN, "2016-08-08", 8080),
          rel("Antigua and Barbuda", "2016-08-08", "meeting", {ABLP}, B)),
    Probe("b7-en-st-kitts",
          "Vice Minister Meets St. Kitts and Nevis Labour Party Delegation",
          "On June 14, an IDCPC vice minister met with a delegation of the St. Kitts and Nevis Labour Party.",
          "2024-06-15", url(GOV_EN, "2024-06-15", 6140),
          rel("Saint Kitts and Nevis", "2024-06-14", "meeting", {"Saint Kitts and Nevis Labour Party"}, B)),
    Probe("b7-en-st-lucia",
          "IDCPC Official Meets St Lucia Labour Party Leader",
          "Beijing, March 22 -- An IDCPC official met today with the political leader of the St Lucia "
          "Labour Party, who is visiting China.",
          "2018-03-22", url(ORG_EN, "2018-03-22", 3220),
          rel("Saint Lucia", "2018-03-22", "meeting", {"Saint Lucia Labour Party"}, B)),
    Probe("b7-zh-bahamas-plp",
          "中联部副部长会见巴哈马进步自由党代表团",
          "10月12日上午，中联部副部长在京会见巴哈马进步自由党代表团。",
          "2017-10-13", url(ORG_ZH, "2017-10-13", 1013),
          rel("Bahamas", "2017-10-12", "meeting", {"Progressive Liberal Party"}, B), lang="zh"),
    Probe("b7-zh-belize-pup",
          "中联部官员会见伯利兹人民统一党代表团",
          "2009年9月8日，中联部官员在京会见伯利兹人民统一党代表团。",
          "2009-09-09", url(ORG_ZH, "2009-09-09", 9080),
          rel("Belize", "2009-09-08", "meeting", {"People's United Party"}, B), lang="zh"),
    Probe("b7-zh-el-salvador-ni",
          "中联部部长会见萨尔瓦多新思想党代表团",
          "4月10日，中联部部长在京会见萨尔瓦多新思想党主席率领的代表团。",
          "2019-04-11", url(ORG_ZH, "2019-04-11", 4100),
          rel("El Salvador", "2019-04-10", "meeting", {NI}, B), lang="zh"),
    Probe("b7-nr-india-congress",
          "IDCPC Official Meets Indian National Congress Delegation",
          "On May 15, an IDCPC official met with a delegation of the Indian National Congress, which "
          "has many supporters among the Indian community in Guyana and Trinidad.",
          "2013-05-16", url(ORG_EN, "2013-05-16", 5150), NO),
]


# Probes that failed on the first, blind run and still fail: (probe id, field) -> why.
OPEN: dict[tuple[str, str], str] = {
    ("en-delegation-abroad-mexico-and-europe", "content"):
        "a visit page whose lead reports a briefing the delegation held is typed as the briefing "
        "(event_type_visits._attended_on_the_visit, a project decision: presenting is what such a "
        "trip is for); the codebook's rule 4 reads the visit as a whole",
    ("b4-en-generic-headline-two-lac", "country"):
        "a one-paragraph page of two sentences under a generic headline is not cut into its two "
        "exchanges (items.units.units_of splits a run-on line only from ONE_LINE_SENTENCES sentences)",
    ("b4-en-generic-headline-two-lac", "mechanism"):
        "as for country: both sentences' counterparts are read as one group",
    ("b7-nr-india-congress", "relevant"):
        "a LAC country named in a which-clause describing a non-LAC counterpart ('which has many "
        "supporters among the Indian community in Guyana') is read as an actor of the lead",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_page_field(probe: Probe, name: str, expected):
    record = record_of(probe)
    assert value_of(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)
