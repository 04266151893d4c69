# ruff: noqa: E501  (probe releases are data: long lines keep each sentence whole)
"""Campaign 9H: exchanges of the IDCPC type where the Chinese side is not the IDCPC's own leadership —
provincial and municipal party secretaries and standing-committee members receiving LAC party
delegations, CPC delegations led by Politburo members, provincial secretaries or vice ministers
visiting LAC, the Youth League, the Women's Federation and the party schools hosting LAC cadres,
LAC delegations' field visits to counties, villages, companies and party schools, and Chinese copies
on party-media and provincial news sites with their page furniture. Negatives: purely domestic
pages and pages about non-LAC foreign guests.

Every release is self-written in the sites' style; names of parties, countries and officials are
facts. Each probe lists the values a careful coder gives under the codebook (SCHEMA.md, "Decision
rules"); each field is a test of its own, so a run gives per-field counts.

First runs (field right / probes asserting it):
- batches A-G (104 probes, written before reading any code): relevant 96/104, country 79/86,
  event_date 85/85, event_type 76/85, content 77/86, mechanism 63/69, parties 70/75;
- batch H (25, after reading the relevance step): relevant 24/25, country 17/18, event_date 18/18,
  event_type 15/18, content 14/16, mechanism 13/14, parties 14/15;
- batch I (12): relevant 10/12, country 8/10, event_date 10/10, event_type 8/10, content 8/10,
  mechanism 6/8, parties 6/9 (one of the misses was the probe's own error, corrected);
- batch J (8): all right;
- batch K (4, trips whose headline names regions; after the trip rule): all right.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import DI, KE, NO

ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_1.html"
EN = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_1.html"
PEOPLE = "http://cpc.people.com.cn/n1/{y}/{md}/c64094-3268{md}.html"
XINHUA_ZH = "http://www.news.cn/politics/{y}-{m}/{d}/c_1129{md}.htm"
XINHUA_EN = "https://english.news.cn/{ymd}/c1a2b3/c.html"
GMW = "https://news.gmw.cn/{y}-{m}/{d}/content_3682{md}.htm"
ZJ = "https://zjnews.zjol.com.cn/zjnews/{ym}/t{ymd}_2581.shtml"
FJ = "https://www.fujian.gov.cn/xwdt/fjyw/{ym}/t{ymd}_6201.htm"
SC = "https://www.sc.gov.cn/10462/10464/10797/{y}/{md}/a1b2.shtml"
YN = "https://www.yn.gov.cn/ywdt/ynyw/{ym}/t{ymd}_2901.html"
JX = "http://www.jiangxi.gov.cn/art/{y}/{m}/{d}/art_393_4521.html"
PARTY_SCHOOL = "https://www.ccps.gov.cn/xwpd/rdxw/{ym}/t{ymd}_1598.shtml"


def url(pattern: str, day: str) -> str:
    y, m, d = day.split("-")
    return pattern.format(y=y, m=m, d=d, ym=y + m, ymd=y + m + d, md=m + d)


@dataclass
class Probe:
    pid: str
    lang: str
    title: str
    text: str
    published: str | None
    url: str
    expected: dict = field(default_factory=dict)


PROBES: list[Probe] = []


def probe(pid: str, lang: str, title: str, text: str, published: str | None, site: str, **expected) -> None:
    PROBES.append(Probe(pid, lang, title, text, published, url(site, published or "2023-05-12"), expected))


BI_LEFT = ["bilateral", "leftist"]
BI = ["bilateral"]

# ---- A. a provincial or municipal secretary / standing-committee member meets a LAC delegation -----

probe("A01", "zh", "易炼红会见古巴共产党代表团",
      "5月11日，省委书记易炼红在杭州会见由古共中央委员、马坦萨斯省委第一书记率领的古巴共产党代表团。"
      "易炼红介绍了浙江经济社会发展情况，表示愿同古方加强地方交流合作。古方表示，此访加深了对中国式现代化的认识。",
      "2023-05-12", ZJ, relevant=True, country="Cuba", event_date="2023-05-11", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("A02", "zh", "周祖翼会见巴西劳工党代表团",
      "4月18日下午，省委书记周祖翼在福州会见巴西劳工党全国执委率领的代表团一行。双方就加强党际交流、"
      "深化地方经贸合作等交换意见。省委常委、秘书长参加会见。",
      "2024-04-19", FJ, relevant=True, country="Brazil", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("A03", "zh", "王晓晖会见委内瑞拉统一社会主义党代表团",
      "王晓晖在会见委内瑞拉统一社会主义党代表团时表示 深化交流互鉴 拓展务实合作\n"
      "四川在线记者 张明\n6月13日，省委书记王晓晖在成都会见委内瑞拉统一社会主义党全国领导委员会委员率领的代表团。"
      "王晓晖说，四川愿与委方在能源、农业等领域加强合作。",
      "2019-06-14", SC, relevant=True, country="Venezuela", event_date="2019-06-13", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("A04", "zh", "省委常委、宣传部长会见智利共产党干部考察团",
      "9月20日，省委常委、宣传部部长在昆明会见智利共产党干部考察团一行。考察团应中联部邀请来华，"
      "在滇期间将赴大理、西双版纳考察乡村振兴和民族团结进步工作。",
      "2018-09-21", YN, relevant=True, country="Chile", event_date="2018-09-20", event_type="meeting",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Chile"})
probe("A05", "zh", "尹弘会见尼加拉瓜桑地诺民族解放阵线代表团",
      "10月24日，省委书记尹弘在南昌会见尼加拉瓜桑地诺民族解放阵线代表团。尹弘表示，江西是中国革命的摇篮，"
      "欢迎代表团深入了解江西红色文化和绿色发展。代表团团长感谢江西的热情接待。",
      "2024-10-25", JX, relevant=True, country="Nicaragua", event_date="2024-10-24", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Sandinista National Liberation Front"})
probe("A06", "zh", "市委书记会见乌拉圭广泛阵线代表团",
      "本报讯 11月16日，市委书记在市委会见乌拉圭广泛阵线主席率领的代表团，双方就城市治理、"
      "港口合作等议题交流。市领导陪同会见。",
      "2023-11-17", ZJ, relevant=True, country="Uruguay", event_date="2023-11-16", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Broad Front"})
probe("A07", "zh", "省委副书记、省长会见玻利维亚争取社会主义运动代表团",
      "3月27日，省委副书记、省长在贵阳会见玻利维亚争取社会主义运动代表团。双方就锂电产业和大数据合作深入交流。",
      "2025-03-28", YN, relevant=True, country="Bolivia", event_date="2025-03-27", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Movement for Socialism (Bolivia)"})
probe("A08", "zh", "省委常委、统战部部长会见墨西哥国家复兴运动代表团",
      "当天，省委常委、统战部部长在长沙会见墨西哥国家复兴运动党全国委员会书记率领的代表团。",
      "2023-05-12", ZJ, relevant=True, country="Mexico", event_date="2023-05-12", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"National Regeneration Movement"})
probe("A09", "zh", "省委书记会见牙买加工党代表团",
      "11月16日，省委书记在海口会见牙买加执政党工党总书记率领的代表团。双方就旅游和自贸港建设交换意见。",
      "2023-11-17", FJ, relevant=True, country="Jamaica", event_date="2023-11-16", event_type="meeting",
      content=DI, mechanism=BI, parties={"Jamaica Labour Party"})
probe("A10", "zh", "省委书记会见乌拉圭民族党代表团",
      "6月13日，省委书记在南京会见乌拉圭民族党代表团。双方表示愿加强地方政党交流。",
      "2019-06-14", ZJ, relevant=True, country="Uruguay", event_date="2019-06-13", event_type="meeting",
      content=DI, mechanism=BI, parties={"National Party (Uruguay)"})
probe("A11", "en", "Yi Lianhong Meets with Delegation of the Communist Party of Cuba",
      "Hangzhou, May 11th (IDCPC)--Yi Lianhong, Secretary of the Zhejiang Provincial Committee of the CPC, met "
      "here today with a delegation of the Communist Party of Cuba headed by a member of its Central Committee. "
      "The delegation is visiting China at the invitation of the IDCPC.",
      "2023-05-12", EN, relevant=True, country="Cuba", event_date="2023-05-11", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("A12", "en", "Chen Min'er Meets with Brazilian Workers' Party Delegation",
      "Tianjin, April 18th--Chen Min'er, member of the Political Bureau of the CPC Central Committee and "
      "Secretary of the Tianjin Municipal Party Committee, met with a delegation of the Workers' Party of Brazil. "
      "Both sides exchanged views on port cooperation and party building.",
      "2024-04-19", EN, relevant=True, country="Brazil", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("A13", "en", "Provincial Party Chief Meets Chilean Socialist Party Delegation",
      "Kunming, September 20th--A member of the Standing Committee of the CPC Yunnan Provincial Committee met "
      "on Thursday with a delegation of the Socialist Party of Chile, which is in Yunnan for a study tour on "
      "poverty alleviation.",
      "2018-09-21", EN, relevant=True, country="Chile", event_date="2018-09-20", event_type="meeting",
      content=KE, mechanism=BI_LEFT, parties={"Socialist Party of Chile"})
probe("A14", "en", "Shanghai Party Secretary Meets Leader of Mexico's Morena",
      "Shanghai, November 16th (IDCPC)--Chen Jining, member of the Political Bureau of the CPC Central "
      "Committee and Secretary of the CPC Shanghai Municipal Committee, met with the President of the National "
      "Regeneration Movement (Morena) of Mexico, who leads a party delegation to China.",
      "2023-11-17", EN, relevant=True, country="Mexico", event_date="2023-11-16", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"National Regeneration Movement"})
probe("A15", "zh", "王宁会见拉美国家政党干部研修班学员",
      "9月20日，省委书记王宁在昆明会见来滇考察的拉美国家政党干部研修班学员，学员来自古巴、委内瑞拉、"
      "玻利维亚、厄瓜多尔等8个国家。王宁介绍了云南脱贫攻坚的做法。",
      "2018-09-21", YN, relevant=True, country="multilateral", event_date="2018-09-20", event_type="meeting",
      content=KE, mechanism=["regional"])
probe("A16", "zh", "省委书记会见加勒比国家政党代表团",
      "本报讯（记者 李华）3月27日，省委书记在福州会见由巴巴多斯工党、多米尼克工党和圣卢西亚工党领导人"
      "组成的加勒比国家政党联合代表团。双方就海洋经济合作交换意见。",
      "2025-03-28", FJ, relevant=True, country="multilateral", event_date="2025-03-27", event_type="meeting",
      content=DI, parties={"Barbados Labour Party", "Dominica Labour Party", "Saint Lucia Labour Party"})
probe("A17", "zh", "省委书记会见古巴驻华大使",
      "5月11日，省委书记在杭州会见古巴驻华大使佩雷拉。双方就深化浙江与古巴在生物医药、旅游等领域合作交换意见。",
      "2023-05-12", ZJ, relevant=True, country="Cuba", event_date="2023-05-11", event_type="meeting", content=DI)
probe("A18", "zh", "市委书记会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
      "10月24日上午，市委书记在厦门会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团一行。",
      "2024-10-25", FJ, relevant=True, country="El Salvador", event_date="2024-10-24", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Farabundo Martí National Liberation Front"})
probe("A19", "zh", "省委书记会见巴拿马民主革命党代表团",
      "昨天，省委书记在广州会见巴拿马执政党民主革命党总书记率领的代表团。双方就物流和港口合作交换意见。",
      "2019-06-14", ZJ, relevant=True, country="Panama", event_date="2019-06-13", event_type="meeting",
      content=DI, parties={"Democratic Revolutionary Party"})
probe("A20", "zh", "省委书记会见多米尼加解放党代表团",
      "近日，省委书记在合肥会见多米尼加解放党代表团。双方就新能源汽车合作进行交流。",
      "2018-09-21", ZJ, relevant=True, country="Dominican Republic", event_date=None, event_type="meeting",
      content=DI, parties={"Dominican Liberation Party"})
probe("A21", "en", "Guangdong Party Chief Meets Peruvian APRA Delegation",
      "Guangzhou, June 13th--The Secretary of the CPC Guangdong Provincial Committee met with a delegation of "
      "the Peruvian Aprista Party on Thursday afternoon, and briefed the guests on the Greater Bay Area.",
      "2019-06-14", EN, relevant=True, country="Peru", event_date="2019-06-13", event_type="meeting",
      content=DI, parties={"Peruvian Aprista Party"})
probe("A22", "zh", "省委副书记会见洪都拉斯自由与重建党代表团",
      "4月18日，省委副书记在济南会见洪都拉斯自由与重建党代表团。代表团此行应中联部邀请访华。",
      "2024-04-19", FJ, relevant=True, country="Honduras", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Liberty and Refoundation"})

# ---- B. CPC delegations led by Politburo members, provincial secretaries, vice ministers abroad ----

probe("B01", "zh", "中共代表团访问古巴",
      "应古巴共产党中央委员会邀请，中共中央政治局委员、重庆市委书记袁家军率中共代表团于5月6日至9日访问古巴，"
      "会见古共中央第一书记、国家主席迪亚斯-卡内尔，同古共中央组织部长会谈，并赴哈瓦那省考察。",
      "2023-05-12", ZH, relevant=True, country="Cuba", event_date="2023-05-06", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("B02", "zh", "中共代表团访问巴西",
      "应巴西劳工党邀请，中共中央政治局委员、天津市委书记陈敏尔于4月14日至17日率中共代表团访问巴西，"
      "分别会见巴西副总统、劳工党主席，并与圣保罗州官员座谈。",
      "2024-04-19", ZH, relevant=True, country="Brazil", event_date="2024-04-14", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("B03", "zh", "中共代表团访问南非、巴西",
      "应南非非洲人国民大会和巴西劳工党邀请，中共中央政治局委员率中共代表团于10月15日至22日访问南非、巴西。"
      "在巴西期间，代表团会见劳工党主席，介绍二十届三中全会精神。",
      "2024-10-25", ZH, relevant=True, country="Brazil", event_date="2024-10-15", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("B04", "en", "CPC Delegation Visits Cuba",
      "At the invitation of the Communist Party of Cuba, a CPC delegation headed by Yuan Jiajun, member of the "
      "Political Bureau of the CPC Central Committee and Secretary of the Chongqing Municipal Party Committee, "
      "paid a visit to Cuba from May 6 to 9. During the visit, Yuan met with Miguel Díaz-Canel, First Secretary "
      "of the Central Committee of the Communist Party of Cuba and President of Cuba.",
      "2023-05-12", EN, relevant=True, country="Cuba", event_date="2023-05-06", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("B05", "en", "CPC Delegation Visits Argentina and Spain",
      "At the invitation of the Justicialist Party of Argentina and the Spanish Socialist Workers' Party, a CPC "
      "delegation led by the Secretary of the CPC Hubei Provincial Committee visited Argentina and Spain from "
      "November 10 to 17. In Buenos Aires, the delegation met with leaders of the Justicialist Party.",
      "2023-11-17", EN, relevant=True, country="Argentina", event_date="2023-11-10",
      event_type="delegation_visit_abroad", content=DI, parties={"Justicialist Party"})
probe("B06", "zh", "中联部副部长率中共代表团访问墨西哥",
      "应墨西哥国家复兴运动党邀请，中联部副部长率中共代表团于3月20日至24日访问墨西哥，会见该党主席、"
      "众议院议长等，同墨西哥劳动党领导人座谈。",
      "2025-03-28", ZH, relevant=True, country="Mexico", event_date="2025-03-20", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"National Regeneration Movement", "Labor Party (Mexico)"})
probe("B07", "zh", "袁家军会见古巴国家主席迪亚斯-卡内尔",
      "当地时间5月7日，正在古巴访问的中共中央政治局委员、重庆市委书记袁家军在哈瓦那会见古共中央第一书记、"
      "国家主席迪亚斯-卡内尔。袁家军转达了习近平总书记的亲切问候。",
      "2023-05-12", ZH, relevant=True, country="Cuba", event_date="2023-05-07", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("B08", "en", "Li Ganjie Meets with Venezuelan President Maduro",
      "Caracas, June 10th--Li Ganjie, member of the Political Bureau of the CPC Central Committee, who is "
      "leading a CPC delegation on a visit to Venezuela, met with Nicolás Maduro, President of Venezuela and "
      "President of the United Socialist Party of Venezuela, in Caracas on June 10.",
      "2019-06-14", EN, relevant=True, country="Venezuela", event_date="2019-06-10", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("B09", "zh", "中共代表团访问古巴、委内瑞拉",
      "应古巴共产党和委内瑞拉统一社会主义党邀请，中联部副部长率中共代表团于9月10日至18日访问古巴、委内瑞拉，"
      "分别会见两党领导人，介绍中共十九大以来的新成就。",
      "2018-09-21", ZH, relevant=True, country="multilateral", event_date="2018-09-10",
      event_type="delegation_visit_abroad", content=DI,
      parties={"Communist Party of Cuba", "United Socialist Party of Venezuela"})
probe("B10", "zh", "中共代表团访问智利",
      "应智利社会党邀请，省委书记率中共代表团于11月12日至15日访问智利，会见社会党主席及部分地方官员，"
      "出席中智地方合作推介会。",
      "2023-11-17", ZH, relevant=True, country="Chile", event_date="2023-11-12", event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Socialist Party of Chile"})
probe("B11", "zh", "中共代表团访问乌拉圭",
      "近日，应乌拉圭广泛阵线邀请，中共代表团访问乌拉圭。代表团团长、省委副书记会见广泛阵线主席，双方就治国理政交流。",
      "2019-06-14", ZH, relevant=True, country="Uruguay", event_date=None, event_type="delegation_visit_abroad",
      content=DI, mechanism=BI_LEFT, parties={"Broad Front"})
probe("B12", "zh", "中共二十大精神宣介团访问古巴",
      "11月14日至16日，中共二十大精神宣介团访问古巴，在哈瓦那举行宣介会，向古共中央委员、各省委负责人等百余人"
      "宣介中共二十大精神。",
      "2022-11-18", ZH, relevant=True, country="Cuba", event_date="2022-11-14", event_type="briefing",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("B13", "en", "CPC Delegation Briefs Brazilian Parties on the Third Plenary Session",
      "Brasilia, October 18th--A CPC delegation held a briefing session in Brasilia to introduce the spirit of the "
      "Third Plenary Session of the 20th CPC Central Committee. Leaders of the Workers' Party and the Communist "
      "Party of Brazil attended.",
      "2024-10-25", EN, relevant=True, country="Brazil", event_date="2024-10-18", event_type="briefing",
      content=KE, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)", "Communist Party of Brazil"})
probe("B14", "en", "CPC Delegation Visits Nicaragua",
      "At the invitation of the Sandinista National Liberation Front, a CPC delegation led by a Vice Minister of "
      "the IDCPC paid a visit to Nicaragua from March 18 to 21. The delegation met with leaders of the FSLN and "
      "the National Assembly.",
      "2025-03-28", EN, relevant=True, country="Nicaragua", event_date="2025-03-18",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT,
      parties={"Sandinista National Liberation Front"})
probe("B15", "zh", "中共代表团访问巴巴多斯、牙买加和特立尼达和多巴哥",
      "应巴巴多斯工党、牙买加人民民族党和特多联合民族大会党邀请，中共代表团于6月2日至11日访问加勒比三国。",
      "2019-06-14", ZH, relevant=True, country="multilateral", event_date="2019-06-02",
      event_type="delegation_visit_abroad", content=DI)
probe("B16", "zh", "陈敏尔会见巴西劳工党主席",
      "当地时间4月15日，正在巴西访问的中共中央政治局委员、天津市委书记陈敏尔在巴西利亚会见劳工党主席。",
      "2024-04-19", ZH, relevant=True, country="Brazil", event_date="2024-04-15", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("B17", "en", "CPC Delegation Visits Europe and Latin America",
      "A CPC delegation headed by the Secretary of the CPC Jiangsu Provincial Committee visited Germany, Italy "
      "and Colombia from November 5 to 14 at the invitation of the parties of the three countries. In Bogota, "
      "the delegation met with leaders of the Colombian Liberal Party.",
      "2023-11-17", EN, relevant=True, country="Colombia", event_date="2023-11-05",
      event_type="delegation_visit_abroad", content=DI, parties={"Colombian Liberal Party"})

# ---- C. Youth League, Women's Federation, party schools ------------------------------------------

probe("C01", "zh", "古巴共产党干部研修班在中央党校开班",
      "5月8日，古巴共产党干部研修班在中央党校（国家行政学院）开班。中联部副部长、中央党校副校长出席开班式。"
      "来自古共中央和各省委的30名干部将进行为期两周的学习。",
      "2023-05-12", PARTY_SCHOOL, relevant=True, country="Cuba", event_date="2023-05-08",
      event_type="training_course", content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("C02", "zh", "中国浦东干部学院举办拉美和加勒比国家政党干部研修班",
      "10月14日至24日，由中联部主办、中国浦东干部学院承办的拉美和加勒比国家政党干部研修班在上海举办，"
      "来自阿根廷、巴西、智利、乌拉圭等10国政党的30余名干部参加。",
      "2024-10-25", ZH, relevant=True, country="multilateral", event_date="2024-10-14",
      event_type="training_course", content=KE, mechanism=["regional"])
probe("C03", "en", "Central Party School Hosts Workshop for Venezuelan Party Cadres",
      "Beijing, June 10th--A workshop for cadres of the United Socialist Party of Venezuela opened today at the "
      "Party School of the CPC Central Committee (National Academy of Governance). A Vice President of the "
      "school addressed the opening ceremony.",
      "2019-06-14", EN, relevant=True, country="Venezuela", event_date="2019-06-10", event_type="training_course",
      content=KE, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("C04", "zh", "中央党校副校长会见智利共产党干部考察团",
      "9月18日，中央党校（国家行政学院）副校长在校内会见智利共产党干部考察团，介绍了中央党校干部教育培训情况。",
      "2018-09-21", PARTY_SCHOOL, relevant=True, country="Chile", event_date="2018-09-18", event_type="meeting",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Chile"})
probe("C05", "zh", "中国延安干部学院举办尼加拉瓜桑地诺民族解放阵线干部研修班",
      "4月8日至18日，尼加拉瓜桑地诺民族解放阵线干部研修班在中国延安干部学院举办。学员学习了延安精神和党的建设经验。",
      "2024-04-19", ZH, relevant=True, country="Nicaragua", event_date="2024-04-08",
      event_type="training_course", content=KE, mechanism=BI_LEFT,
      parties={"Sandinista National Liberation Front"})
probe("C06", "en", "China Executive Leadership Academy Pudong Runs Course for Caribbean Party Leaders",
      "Shanghai, March 27th--A training course for leaders of political parties from Caribbean countries, "
      "organized by the IDCPC and run by the China Executive Leadership Academy Pudong, opened on March 24. "
      "Participants came from Barbados, Dominica, Grenada, Jamaica and Suriname.",
      "2025-03-28", EN, relevant=True, country="multilateral", event_date="2025-03-24",
      event_type="training_course", content=KE, mechanism=["regional"])
probe("C07", "zh", "共青团中央书记处书记会见古巴共青盟代表团",
      "5月10日，共青团中央书记处书记在京会见古巴共产主义青年联盟第一书记率领的代表团。中联部有关负责同志参加会见。",
      "2023-05-12", ZH, relevant=True, country="Cuba", event_date="2023-05-10", event_type="meeting",
      content=DI)
probe("C08", "zh", "全国妇联副主席会见古巴妇女联合会代表团",
      "11月15日，全国妇联副主席在京会见古巴妇女联合会总书记率领的代表团。双方就妇女参与经济社会发展交换意见。"
      "代表团应中联部邀请访华。",
      "2023-11-17", ZH, relevant=True, country="Cuba", event_date="2023-11-15", event_type="meeting", content=DI)
probe("C09", "zh", "拉美青年政治家研修班在京开班",
      "6月10日，由共青团中央和中联部共同主办的拉美青年政治家研修班在京开班，来自墨西哥、哥伦比亚、秘鲁、"
      "阿根廷等国政党青年组织的25名学员参加。",
      "2019-06-14", ZH, relevant=True, country="multilateral", event_date="2019-06-10",
      event_type="training_course", content=KE)
probe("C10", "en", "Seminar for Women Leaders of Latin American Parties Held in Beijing",
      "Beijing, April 18th--A seminar for women leaders of political parties from Latin America and the "
      "Caribbean, co-hosted by the IDCPC and the All-China Women's Federation, opened today in Beijing. "
      "Participants from Cuba, Venezuela, Brazil and Mexico discussed women's role in development.",
      "2024-04-19", EN, relevant=True, country="multilateral", event_date="2024-04-18", content=KE)
probe("C11", "zh", "省委党校举办古巴共产党干部培训班",
      "9月17日，古巴共产党干部培训班在省委党校开班，省委常委、组织部部长出席开班式并讲话。",
      "2018-09-21", ZJ, relevant=True, country="Cuba", event_date="2018-09-17", event_type="training_course",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})

# ---- D. a LAC delegation's field visit to a county, village, company or party school ------------

probe("D01", "zh", "古巴共产党代表团在江西考察",
      "10月21日至24日，古巴共产党代表团在江西考察，先后走访井冈山、赣州等地的乡村和企业，了解红色资源传承和乡村振兴。",
      "2024-10-25", JX, relevant=True, country="Cuba", event_date="2024-10-21", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("D02", "zh", "委内瑞拉统一社会主义党代表团到我县考察",
      "6月12日，委内瑞拉统一社会主义党代表团一行到我县考察，先后参观了现代农业产业园和县融媒体中心。"
      "县委书记陪同考察。",
      "2019-06-14", SC, relevant=True, country="Venezuela", event_date="2019-06-12", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("D03", "en", "Bolivian MAS Delegation Visits Villages in Yunnan",
      "Kunming, March 26th--A delegation of the Movement for Socialism of Bolivia visited villages and a tea "
      "cooperative in Pu'er city from March 24 to 26 to learn about poverty alleviation, accompanied by local "
      "party officials.",
      "2025-03-28", EN, relevant=True, country="Bolivia", event_date="2025-03-24", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Movement for Socialism (Bolivia)"})
probe("D04", "zh", "巴西劳工党代表团参观比亚迪公司",
      "4月17日，巴西劳工党代表团一行参观比亚迪公司总部，了解新能源汽车研发和绿色发展情况。市委常委陪同参观。",
      "2024-04-19", ZH, relevant=True, country="Brazil", event_date="2024-04-17", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("D05", "zh", "智利社会党干部考察团到市委党校交流",
      "11月14日，智利社会党干部考察团到市委党校参观交流，了解干部教育培训工作。市委党校常务副校长介绍了有关情况。",
      "2023-11-17", ZJ, relevant=True, country="Chile", event_date="2023-11-14", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Socialist Party of Chile"})
probe("D06", "zh", "乌拉圭广泛阵线代表团访问福建",
      "5月8日至11日，乌拉圭广泛阵线代表团访问福建。省委书记会见了代表团。代表团赴宁德、福州考察脱贫攻坚和数字经济。",
      "2023-05-12", FJ, relevant=True, country="Uruguay", event_date="2023-05-08", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Broad Front"})
probe("D07", "en", "Nicaraguan Sandinista Delegation Tours Zhejiang Village",
      "Hangzhou, October 23rd--A delegation of the Sandinista National Liberation Front toured Yucun village in "
      "Anji county on Wednesday, where it learned about the idea that lucid waters and lush mountains are "
      "invaluable assets.",
      "2024-10-25", EN, relevant=True, country="Nicaragua", event_date="2024-10-23", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Sandinista National Liberation Front"})
probe("D08", "zh", "拉美国家政党干部考察团在贵州考察",
      "3月24日至27日，由墨西哥、巴拿马、哥斯达黎加等国政党干部组成的拉美国家政党干部考察团在贵州考察大数据产业和乡村振兴。",
      "2025-03-28", YN, relevant=True, country="multilateral", event_date="2025-03-24", event_type="field_trip",
      content=KE, mechanism=["regional"])
probe("D09", "zh", "萨尔瓦多法拉本多·马蒂民族解放阵线代表团赴深圳考察",
      "6月11日至13日，萨尔瓦多法拉本多·马蒂民族解放阵线代表团在深圳考察，参观了前海和华为公司，了解改革开放成就。",
      "2019-06-14", ZH, relevant=True, country="El Salvador", event_date="2019-06-11", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Farabundo Martí National Liberation Front"})
probe("D10", "en", "Cuban Party Cadres Visit Party School in Fujian",
      "Fuzhou, May 10th--A study group of cadres of the Communist Party of Cuba visited the Party School of the "
      "CPC Fujian Provincial Committee on May 10, exchanging views with teachers on cadre education.",
      "2023-05-12", EN, relevant=True, country="Cuba", event_date="2023-05-10", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("D11", "zh", "圭亚那人民进步党代表团在湖南考察",
      "近日，圭亚那人民进步党代表团一行来湘考察，参观了十八洞村和长沙的工程机械企业。",
      "2018-09-21", ZJ, relevant=True, country="Guyana", event_date=None, event_type="field_trip", content=KE,
      parties={"People's Progressive Party/Civic"})
probe("D12", "zh", "墨西哥劳动党代表团在浙江考察",
      "11月13日至16日，墨西哥劳动党代表团在浙江考察。考察期间，省委常委、秘书长会见代表团。代表团还走访了义乌小商品市场。",
      "2023-11-17", ZJ, relevant=True, country="Mexico", event_date="2023-11-13", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Labor Party (Mexico)"})

# ---- E. copies on party-media, agency and provincial sites with their page furniture -------------

FURN_PEOPLE = (" date {date}\n人民网 >> 中国共产党新闻网 >> 时政\n{title}\n{date_cn} 来源：人民网－人民日报 "
               "分享到：\n{body}\n（责任编辑：王晓、李明）\n分享到：\n相关新闻\n{related}\n")
FURN_PROV = (" date {date}\n首页 > 要闻 > 本省要闻\n{title}\n发布时间：{date} 来源：{src} 字号：大 中 小\n{body}\n"
             "责任编辑：张伟\n分享到：微信 微博\n相关新闻：\n{related}\n【打印本页】【关闭窗口】\n")


def people(title: str, body: str, date: str, related: str) -> str:
    y, m, d = date.split("-")
    return FURN_PEOPLE.format(date=date, title=title, body=body, related=related,
                              date_cn=f"{y}年{m}月{d}日")


def prov(title: str, body: str, date: str, related: str, src: str = "浙江日报") -> str:
    return FURN_PROV.format(date=date, title=title, body=body, related=related, src=src)


probe("E01", "zh", "浙江省委书记会见古巴共产党代表团",
      people("浙江省委书记会见古巴共产党代表团",
             "本报杭州5月11日电（记者 李强）浙江省委书记11日在杭州会见古巴共产党代表团。双方表示愿加强党际交流。",
             "2023-05-12", "越南共产党代表团访问广西\n老挝人民革命党干部考察团来华\n刘建超会见委内瑞拉客人"),
      "2023-05-12", PEOPLE, relevant=True, country="Cuba", event_date="2023-05-11", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("E02", "zh", "福建省委书记会见巴西劳工党代表团",
      prov("福建省委书记会见巴西劳工党代表团",
           "4月18日，省委书记在福州会见巴西劳工党代表团，双方就深化地方合作交换意见。",
           "2024-04-19", "省委常委会召开会议\n我省与阿根廷省份签署友好合作协议\n古巴驻华大使访问厦门", src="福建日报"),
      "2024-04-19", FJ, relevant=True, country="Brazil", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("E03", "zh", "委内瑞拉统一社会主义党代表团在川考察",
      prov("委内瑞拉统一社会主义党代表团在川考察",
           "6月11日至13日，委内瑞拉统一社会主义党代表团在四川考察。省委常委会见了代表团。代表团参观了成都天府新区。",
           "2019-06-14", "越南客人参观成都大熊猫基地\n智利共产党干部考察团访问我省", src="四川日报"),
      "2019-06-14", SC, relevant=True, country="Venezuela", event_date="2019-06-11", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("E04", "zh", "中共代表团访问古巴",
      " date 2023-05-12\n新华网 > 时政 > 正文\n中共代表团访问古巴\n2023-05-12 08:31:05 来源：新华社\n"
      "新华社哈瓦那5月9日电（记者 陈敏）应古巴共产党邀请，中共中央政治局委员、重庆市委书记袁家军率中共代表团"
      "于6日至9日访问古巴。古共中央第一书记、国家主席迪亚斯-卡内尔会见代表团。\n【纠错】 责任编辑：刘阳\n"
      "相关新闻\n中委双方签署合作文件\n巴西总统会见中国客人\n",
      "2023-05-12", XINHUA_ZH, relevant=True, country="Cuba", event_date="2023-05-06",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("E05", "en", "Cuban president meets CPC delegation",
      " date 2023-05-12\nXinhua | English | Home | China | World | Business\nSource: Xinhua | Editor: huaxia\n"
      "HAVANA, May 7 (Xinhua) -- Cuban President Miguel Diaz-Canel, also First Secretary of the Central Committee "
      "of the Communist Party of Cuba, met here on Sunday with a delegation of the Communist Party of China "
      "led by Yuan Jiajun, member of the Political Bureau of the CPC Central Committee.\n"
      "Related:\nVenezuelan president meets Chinese guests\nChinese, Brazilian parties hold seminar\n",
      "2023-05-12", XINHUA_EN, relevant=True, country="Cuba", event_date="2023-05-07", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("E06", "zh", "智利共产党干部考察团在云南考察",
      " date 2018-09-21\n光明网 首页 > 时政频道 > 正文\n智利共产党干部考察团在云南考察\n"
      "2018-09-21 09:12 来源：云南日报\n9月17日至20日，智利共产党干部考察团在云南考察，先后到昆明、大理了解脱贫攻坚经验。"
      "省委常委会见考察团。\n[责任编辑：孙华]\n分享到\n相关阅读\n越南共产党代表团在云南参观\n",
      "2018-09-21", GMW, relevant=True, country="Chile", event_date="2018-09-17", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Chile"})
probe("E07", "zh", "江西省委书记会见尼加拉瓜客人",
      prov("江西省委书记会见尼加拉瓜客人",
           "本报南昌讯（记者 周颖）10月24日，省委书记在南昌会见尼加拉瓜桑地诺民族解放阵线代表团一行。",
           "2024-10-25", "老挝国会代表团访问江西\n古巴共产党代表团访问井冈山", src="江西日报"),
      "2024-10-25", JX, relevant=True, country="Nicaragua", event_date="2024-10-24", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Sandinista National Liberation Front"})
probe("E08", "en", "Chinese provincial leader meets Brazilian Workers' Party delegation",
      " date 2024-04-19\nChina Daily | Home | China | Regional\nBy Li Hua in Fuzhou | chinadaily.com.cn | "
      "Updated: 2024-04-19 09:45\nZhou Zuyi, Party chief of Fujian province, met a delegation of Brazil's Workers' "
      "Party in Fuzhou on Thursday, pledging closer exchanges between the province and Brazil.\n"
      "Share this story\nRelated Stories\nVietnamese delegation tours Fujian\nCuban ambassador visits Xiamen\n",
      "2024-04-19", XINHUA_EN, relevant=True, country="Brazil", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("E09", "zh", "貴州省委書記會見玻利維亞爭取社會主義運動代表團",
      " date 2025-03-28\n首頁 > 新聞 > 本地\n貴州省委書記會見玻利維亞爭取社會主義運動代表團\n來源：貴州日報\n"
      "3月27日，省委書記在貴陽會見玻利維亞爭取社會主義運動代表團。雙方就加強交流合作交換意見。\n責任編輯：陳靜\n分享到：\n",
      "2025-03-28", YN, relevant=True, country="Bolivia", event_date="2025-03-27", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Movement for Socialism (Bolivia)"})
probe("E10", "zh", "中国浦东干部学院举办拉美国家政党干部研修班",
      people("中国浦东干部学院举办拉美国家政党干部研修班",
             "10月14日，拉美国家政党干部研修班在中国浦东干部学院开班。来自古巴、委内瑞拉、巴西、阿根廷等国的学员参加。",
             "2024-10-25", "中央党校举办越南干部研修班\n非洲国家政党干部考察团访问上海"),
      "2024-10-25", PEOPLE, relevant=True, country="multilateral", event_date="2024-10-14",
      event_type="training_course", content=KE, mechanism=["regional"])
probe("E11", "zh", "中联部副部长率中共代表团访问巴西、阿根廷",
      " date 2023-11-17\n中国共产党新闻网>>高层动态\n2023年11月17日 来源：中联部网站\n"
      "应巴西劳工党和阿根廷正义党邀请，中联部副部长率中共代表团于11月8日至15日访问巴西、阿根廷。\n"
      "（责任编辑：赵娜）\n分享到：\n",
      "2023-11-17", PEOPLE, relevant=True, country="multilateral", event_date="2023-11-08",
      event_type="delegation_visit_abroad", content=DI,
      parties={"Workers' Party (Brazil)", "Justicialist Party"})
probe("E12", "en", "Chilean party cadres tour Zhejiang village",
      " date 2023-11-17\nXinhua | English\nSource: Xinhua | 2023-11-17 10:20:00 | Editor: huaxia\n"
      "HANGZHOU, Nov. 16 (Xinhua) -- A delegation of cadres from the Socialist Party of Chile on Thursday toured "
      "a village in Anji county, learning how eco-tourism has lifted incomes.\nFollow us on Twitter\n",
      "2023-11-17", XINHUA_EN, relevant=True, country="Chile", event_date="2023-11-16", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Socialist Party of Chile"})

# ---- F. negatives: domestic pages and non-LAC foreign guests --------------------------------------

probe("F01", "zh", "易炼红在湖州调研",
      "5月11日，省委书记易炼红在湖州调研乡村振兴和生态文明建设。他强调，要坚定不移走生态优先、绿色发展之路。",
      "2023-05-12", ZJ, **NO)
probe("F02", "zh", "省委书记会见越南共产党代表团",
      "4月18日，省委书记在南宁会见越南共产党中央委员、广宁省委书记率领的代表团。双方就边境经贸合作交换意见。",
      "2024-04-19", FJ, **NO)
probe("F03", "zh", "省委书记会见西班牙工人社会党代表团",
      "6月13日，省委书记在成都会见西班牙工人社会党代表团。双方就加强地方交流交换意见。",
      "2019-06-14", SC, **NO)
probe("F04", "zh", "葡萄牙共产党代表团在福建考察",
      "3月24日至27日，葡萄牙共产党代表团在福建考察，参观了厦门经济特区和宁德乡村。",
      "2025-03-28", FJ, **NO)
probe("F05", "en", "Jiangsu Party Chief Meets Lao Party Delegation",
      "Nanjing, November 16th--The Secretary of the CPC Jiangsu Provincial Committee met with a delegation of "
      "the Lao People's Revolutionary Party. Both sides agreed to deepen exchanges between localities.",
      "2023-11-17", EN, **NO)
probe("F06", "zh", "中央党校举办老挝人民革命党干部研修班",
      "9月17日，老挝人民革命党干部研修班在中央党校开班，学员来自老挝各省。",
      "2018-09-21", PARTY_SCHOOL, **NO)
probe("F07", "zh", "省委常委会召开会议",
      prov("省委常委会召开会议",
           "10月24日，省委常委会召开会议，传达学习中央有关会议精神，研究部署全省经济工作。",
           "2024-10-25", "省委书记会见古巴共产党代表团\n巴西劳工党代表团在赣考察", src="江西日报"),
      "2024-10-25", JX, **NO)
probe("F08", "zh", "中共代表团访问西班牙、葡萄牙",
      "应西班牙工人社会党和葡萄牙社会党邀请，省委书记率中共代表团于11月10日至16日访问西班牙、葡萄牙。",
      "2023-11-17", ZH, **NO)
probe("F09", "zh", "共青团中央书记处书记会见非洲青年政治家代表团",
      "5月10日，共青团中央书记处书记在京会见由南非、肯尼亚、坦桑尼亚青年政治家组成的代表团。",
      "2023-05-12", ZH, **NO)
probe("F10", "en", "Fujian Delegation Visits Vietnam",
      "Hanoi, April 17th--A CPC delegation led by the Secretary of the CPC Fujian Provincial Committee visited "
      "Vietnam and met with leaders of the Communist Party of Vietnam. The delegation had earlier travelled to "
      "Laos.",
      "2024-04-19", EN, **NO)
probe("F11", "zh", "我省企业承建的秘鲁港口项目进展顺利",
      "记者从省国资委获悉，我省企业承建的秘鲁钱凯港配套项目进展顺利，预计年内完工。省委常委、常务副省长到企业调研。",
      "2024-10-25", ZJ, **NO)
probe("F12", "zh", "全国妇联召开执委会议",
      "11月15日，全国妇联召开十三届执委会议，传达学习党的二十届三中全会精神。会议还通报了同拉美国家妇女组织交往情况。",
      "2023-11-17", ZH, **NO)
probe("F13", "zh", "省委书记会见德国基民盟代表团",
      " date 2019-06-14\n人民网 >> 地方\n省委书记会见德国基民盟代表团\n来源：四川日报\n"
      "6月13日，省委书记在成都会见德国基督教民主联盟代表团。\n（责任编辑：王晓）\n相关新闻\n省委书记会见委内瑞拉统一社会主义党代表团\n",
      "2019-06-14", PEOPLE, **NO)
probe("F14", "en", "Central Party School Hosts Cambodian Cadres",
      "Beijing, March 27th--A study group of cadres of the Cambodian People's Party began a two-week course at the "
      "Party School of the CPC Central Committee. The school has hosted cadres from Asia, Africa and Latin America.",
      "2025-03-28", EN, **NO)
probe("F15", "zh", "县委书记到新几内亚路社区调研",
      "6月12日，县委书记到城关镇调研基层治理工作，实地察看了社区服务中心和养老服务站。",
      "2019-06-14", SC, **NO)


# ---- G. batch 2: more secretaries, trips with a LAC leg, party schools, look-alike guests ---------

probe("G01", "en", "Wang Ning Meets with Delegation of the Communist Party of Venezuela",
      "Kunming, September 20th (IDCPC)--Wang Ning, Secretary of the CPC Yunnan Provincial Committee, met here "
      "today with a delegation of the Communist Party of Venezuela led by its General Secretary.",
      "2018-09-21", EN, relevant=True, country="Venezuela", event_date="2018-09-20", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Venezuela"})
probe("G02", "zh", "省委书记会见苏里南民族民主党代表团",
      "6月13日，省委书记在昆明会见苏里南民族民主党代表团，双方就农业和基础设施合作交换意见。",
      "2019-06-14", YN, relevant=True, country="Suriname", event_date="2019-06-13", event_type="meeting",
      content=DI, parties={"National Democratic Party (Suriname)"})
probe("G03", "zh", "中共代表团访问哥伦比亚",
      "应哥伦比亚共产党邀请，中联部副部长率中共代表团于3月15日至19日访问哥伦比亚，会见哥共总书记，并同哥伦比亚"
      "国会议员座谈。",
      "2025-03-28", ZH, relevant=True, country="Colombia", event_date="2025-03-15",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT,
      parties={"Colombian Communist Party"})
probe("G04", "zh", "市委书记会见古巴哈瓦那省委第一书记",
      "5月10日，市委书记在市委会见古巴共产党哈瓦那省委第一书记一行。双方表示将推动友好城市关系不断深化。",
      "2023-05-12", ZJ, relevant=True, country="Cuba", event_date="2023-05-10", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("G05", "en", "Chinese party delegation visits Portugal, Brazil",
      " date 2024-04-19\nXinhua | English\nSource: Xinhua | Editor: huaxia\n"
      "BRASILIA, April 17 (Xinhua) -- A delegation of the Communist Party of China led by Chen Min'er, member of "
      "the Political Bureau of the CPC Central Committee, visited Portugal and Brazil from April 10 to 17. In "
      "Brasilia the delegation held talks with leaders of the Workers' Party.\nFollow us on Twitter\n",
      "2024-04-19", XINHUA_EN, relevant=True, country="Brazil", event_date="2024-04-10",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("G06", "zh", "委内瑞拉统一社会主义党干部考察团到省委党校参观交流",
      "9月19日，委内瑞拉统一社会主义党干部考察团到省委党校参观交流，观看了党史教育展览，并与学员座谈。",
      "2018-09-21", SC, relevant=True, country="Venezuela", event_date="2018-09-19", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("G07", "zh", "古巴共產黨代表團在浙江考察",
      " date 2023-11-17\n首頁 > 要聞\n古巴共產黨代表團在浙江考察\n來源：浙江在線\n"
      "11月13日至16日，古巴共產黨代表團在浙江考察，先後走訪杭州、湖州的鄉村和企業。\n責任編輯：林峰\n分享到：\n",
      "2023-11-17", ZJ, relevant=True, country="Cuba", event_date="2023-11-13", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("G08", "zh", "省委书记会见新西兰工党代表团",
      "4月18日，省委书记在杭州会见新西兰工党代表团。双方就地方合作交换意见。",
      "2024-04-19", ZJ, **NO)
probe("G09", "zh", "省委书记会见赤道几内亚民主党代表团",
      "10月24日，省委书记在长沙会见赤道几内亚民主党总书记率领的代表团。",
      "2024-10-25", ZJ, **NO)
probe("G10", "en", "Workers' Party of Korea Delegation Visits Liaoning",
      "Shenyang, June 13th--A delegation of the Workers' Party of Korea visited Liaoning province from June 10 to "
      "13, touring farms and factories. The Secretary of the CPC Liaoning Provincial Committee met the delegation.",
      "2019-06-14", EN, **NO)
probe("G11", "en", "CPC Delegation Visits the United States and Mexico",
      "At the invitation of the National Regeneration Movement of Mexico, a CPC delegation led by the Secretary of "
      "the CPC Guangdong Provincial Committee visited the United States and Mexico from November 6 to 13. In "
      "Mexico City, the delegation met with the President of Morena.",
      "2023-11-17", EN, relevant=True, country="Mexico", event_date="2023-11-06",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT,
      parties={"National Regeneration Movement"})
probe("G12", "zh", "哥斯达黎加民族解放党代表团在广西考察",
      "3月24日至26日，哥斯达黎加民族解放党代表团在广西考察，参观了南宁的东盟博览会展馆和桂林的乡村旅游项目。",
      "2025-03-28", ZH, relevant=True, country="Costa Rica", event_date="2025-03-24", event_type="field_trip",
      content=KE, parties={"National Liberation Party"})
probe("G13", "zh", "古巴共产党干部研修班结业",
      " date 2023-05-22\n光明网 > 时政 > 正文\n古巴共产党干部研修班结业\n来源：中国共产党新闻网\n"
      "5月19日，在中央党校举办的古巴共产党干部研修班结业。学员表示，两周学习加深了对中国共产党治国理政经验的了解。\n"
      "[责任编辑：孙华]\n相关阅读\n越南干部研修班开班\n",
      "2023-05-22", GMW, relevant=True, country="Cuba", event_type="training_course", content=KE,
      mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("G14", "en", "Chongqing Party Chief Meets Honduran Party Delegation",
      "Chongqing, October 24th--Yuan Jiajun, Secretary of the CPC Chongqing Municipal Committee, met with a "
      "delegation of the Liberty and Refoundation Party (LIBRE) of Honduras on October 24.",
      "2024-10-25", EN, relevant=True, country="Honduras", event_date="2024-10-24", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Liberty and Refoundation"})
probe("G15", "zh", "县委书记陪同古巴客人考察茶园",
      "6月12日，古巴共产党代表团在县委书记陪同下到我县考察生态茶园和乡村旅游示范点，了解绿色发展和群众增收情况。",
      "2019-06-14", SC, relevant=True, country="Cuba", event_date="2019-06-12", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})


# ---- H. batch 3 (written after reading the relevance step): other verbs for tours, agency copies,
# trips with several LAC legs, party-school delegations, regional platforms, more negatives -------

probe("H01", "en", "Yunnan Party chief meets Cuban party delegation",
      " date 2018-09-21\nChina Daily | Home | China | Regional\nBy Wu Lan in Kunming | Updated: 2018-09-21\n"
      "Wang Ning, Party chief of Yunnan province, met a delegation of the Communist Party of Cuba in Kunming on "
      "Tuesday, saying the province hopes to expand trade in coffee and tourism with Cuba.\nShare this story\n",
      "2018-09-21", XINHUA_EN, relevant=True, country="Cuba", event_date="2018-09-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H02", "zh", "古巴共产党代表团访问湖南",
      people("古巴共产党代表团访问湖南",
             "9月16日至19日，古巴共产党代表团访问湖南。省委副书记在长沙会见代表团。代表团赴韶山参观毛泽东同志故居，"
             "并考察了长沙经济技术开发区。",
             "2018-09-21", "江西：老区振兴再提速\n柬埔寨人民党代表团访问广西"),
      "2018-09-21", PEOPLE, relevant=True, country="Cuba", event_date="2018-09-16", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H03", "en", "CPC Delegation Visits Mexico, Cuba and Portugal",
      "At the invitation of the parties of the three countries, a CPC delegation headed by a member of the "
      "Political Bureau of the CPC Central Committee visited Mexico, Cuba and Portugal from June 2 to 11, "
      "meeting leaders of Morena and the Communist Party of Cuba.",
      "2019-06-14", EN, relevant=True, country="multilateral", event_date="2019-06-02",
      event_type="delegation_visit_abroad", content=DI,
      parties={"National Regeneration Movement", "Communist Party of Cuba"})
probe("H04", "zh", "省委书记会见古巴共产党中央政治局委员",
      "6月13日，省委书记在西宁会见古巴共产党中央政治局委员、组织部长率领的古共代表团。双方就干部队伍建设交流经验。",
      "2019-06-14", YN, relevant=True, country="Cuba", event_date="2019-06-13", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H05", "zh", "市委常委、统战部部长会见巴西共产党代表团",
      "4月17日，市委常委、统战部部长在市委会见巴西共产党全国委员会副主席率领的代表团，介绍了我市经济社会发展情况。",
      "2024-04-19", ZJ, relevant=True, country="Brazil", event_date="2024-04-17", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Brazil"})
probe("H06", "zh", "古巴共产党干部考察团在我市调研",
      "11月14日，古巴共产党干部考察团一行在我市调研基层党建和社区治理工作，市委副书记陪同。",
      "2023-11-17", ZJ, relevant=True, country="Cuba", event_date="2023-11-14", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H07", "zh", "委内瑞拉统一社会主义党代表团走访下党乡",
      "5月9日，委内瑞拉统一社会主义党代表团走访宁德市寿宁县下党乡，了解当地脱贫致富和基层治理经验。",
      "2023-05-12", FJ, relevant=True, country="Venezuela", event_date="2023-05-09", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("H08", "zh", "乌拉圭广泛阵线代表团观摩社区党建工作",
      "6月12日，乌拉圭广泛阵线代表团到杭州市上城区观摩社区党建工作，区委书记介绍了有关情况。",
      "2019-06-14", ZJ, relevant=True, country="Uruguay", event_date="2019-06-12", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Broad Front"})
probe("H09", "en", "Cuban party delegation visits Huawei in Shenzhen",
      " date 2023-11-17\nXinhua | English\nSource: Xinhua | Editor: huaxia\n"
      "SHENZHEN, Nov. 15 (Xinhua) -- A delegation of the Communist Party of Cuba visited the headquarters of "
      "Huawei in Shenzhen on Wednesday, learning about 5G and digital services.\n",
      "2023-11-17", XINHUA_EN, relevant=True, country="Cuba", event_date="2023-11-15", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H10", "en", "Brazilian Workers' Party delegation learns about rural revitalization in Zhejiang",
      "Hangzhou, April 17th--A delegation of the Workers' Party of Brazil visited Yucun village and a bamboo "
      "company in Anji county from April 15 to 17 to learn about rural revitalization, accompanied by officials "
      "of the Zhejiang Provincial Committee of the CPC.",
      "2024-04-19", EN, relevant=True, country="Brazil", event_date="2024-04-15", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("H11", "zh", "中聯部副部長率中共代表團訪問阿根廷",
      "應阿根廷正義黨邀請，中聯部副部長率中共代表團於11月6日至10日訪問阿根廷，會見正義黨主席及布宜諾斯艾利斯省省長。",
      "2023-11-17", ZH, relevant=True, country="Argentina", event_date="2023-11-06",
      event_type="delegation_visit_abroad", content=DI, parties={"Justicialist Party"})
probe("H12", "zh", "中央党校代表团访问古巴",
      "应古巴共产党尼科·洛佩斯高级党校邀请，中央党校（国家行政学院）副校长率代表团于5月3日至7日访问古巴，"
      "同古方就干部教育培训交流经验。",
      "2023-05-12", ZH, relevant=True, country="Cuba", event_date="2023-05-03",
      event_type="delegation_visit_abroad", mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("H13", "zh", "二十届三中全会精神宣介团在墨西哥举行宣介会",
      "当地时间10月21日，中共二十届三中全会精神宣介团在墨西哥城举行宣介会，墨西哥国家复兴运动党、劳动党等政党"
      "领导人和学者约80人出席。",
      "2024-10-25", ZH, relevant=True, country="Mexico", event_date="2024-10-21", event_type="briefing",
      content=KE, mechanism=BI_LEFT, parties={"National Regeneration Movement", "Labor Party (Mexico)"})
probe("H14", "zh", "拉美国家青年政党领导人研修班学员赴延安参观",
      "10月22日，来自古巴、委内瑞拉、尼加拉瓜、玻利维亚等国的拉美国家青年政党领导人研修班学员赴延安参观学习，"
      "了解延安精神。",
      "2024-10-25", ZH, relevant=True, country="multilateral", event_date="2024-10-22", event_type="field_trip",
      content=KE, mechanism=["regional"])
probe("H15", "en", "IDCPC Vice Minister Leads CPC Delegation to Jamaica and Barbados",
      "A CPC delegation led by a Vice Minister of the IDCPC visited Jamaica and Barbados from March 16 to 22 at "
      "the invitation of the People's National Party and the Barbados Labour Party.",
      "2025-03-28", EN, relevant=True, country="multilateral", event_date="2025-03-16",
      event_type="delegation_visit_abroad", content=DI,
      parties={"People's National Party", "Barbados Labour Party"})
probe("H16", "en", "Li Xi Meets Raul Castro",
      "Havana, November 14th--Li Xi, member of the Political Bureau of the CPC Central Committee, who is on a "
      "visit to Cuba, met with Raul Castro, leader of the Cuban revolution, in Havana on November 14.",
      "2023-11-17", EN, relevant=True, country="Cuba", event_date="2023-11-14", event_type="meeting",
      content=DI)
probe("H17", "zh", "省委书记会见拉美国家驻华使节",
      "5月10日，省委书记在杭州会见来浙考察的拉美国家驻华使节团，使节来自阿根廷、智利、秘鲁、乌拉圭等11国。",
      "2023-05-12", ZJ, relevant=True, country="multilateral", event_date="2023-05-10", event_type="meeting",
      mechanism=["regional"])
probe("H18", "zh", "中央党校举办省部级干部专题研讨班",
      "9月17日，省部级主要领导干部专题研讨班在中央党校开班。研讨班将围绕推进中国式现代化进行学习。",
      "2018-09-21", PARTY_SCHOOL, **NO)
probe("H19", "zh", "省委书记会见葡萄牙驻华大使",
      "3月27日，省委书记在杭州会见葡萄牙驻华大使，双方就经贸和文化交流合作交换意见。",
      "2025-03-28", ZJ, **NO)
probe("H20", "en", "Hunan Party Chief Meets Delegation of Guinea's Ruling Party",
      "Changsha, October 24th--The Secretary of the CPC Hunan Provincial Committee met with a delegation of the "
      "Rally of the Guinean People, the ruling party of Guinea, and introduced agricultural cooperation.",
      "2024-10-25", EN, **NO)
probe("H21", "zh", "越南共产党代表团在我县考察",
      "4月17日，越南共产党代表团一行到我县考察乡村振兴工作，县委书记陪同考察。",
      "2024-04-19", SC, **NO)
probe("H22", "zh", "省委书记会见新加坡客人",
      "11月16日，省委书记在福州会见新加坡企业家代表团。双方谈到携手开拓东南亚和拉美市场。",
      "2023-11-17", FJ, **NO)
probe("H23", "zh", "省委理论学习中心组举行集体学习",
      people("省委理论学习中心组举行集体学习",
             "6月13日，省委理论学习中心组举行集体学习，省委书记主持并讲话。",
             "2019-06-14", "省委书记会见古巴共产党代表团\n巴西劳工党代表团访问我省"),
      "2019-06-14", PEOPLE, **NO)
probe("H24", "zh", "共青团中央书记处书记会见越南胡志明共青团代表团",
      "5月10日，共青团中央书记处书记在京会见越南胡志明共产主义青年团代表团。",
      "2023-05-12", ZH, **NO)
probe("H25", "zh", "智利共产党代表团结束访华",
      "智利共产党代表团于11月8日至15日应中联部邀请访华。在华期间，中联部副部长会见代表团，代表团还赴浙江考察。",
      "2023-11-17", ZH, relevant=True, country="Chile", event_date="2023-11-08", event_type="delegation_received",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Chile"})


# ---- I. batch 4 (after reading the relevance step): English copies naming the local party chief
# without "CPC", LAC agencies' reports of CPC delegations, contacts of several kinds ---------------

probe("I01", "en", "Xiamen Party chief meets Brazilian Workers' Party delegation",
      " date 2024-04-19\nChina Daily | Home | China | Regional\nBy Hu Mei in Xiamen | Updated: 2024-04-19\n"
      "Xiamen's Party secretary met a delegation of Brazil's Workers' Party on Thursday, discussing cooperation "
      "between the port city and Brazilian states.\nShare this story\n",
      "2024-04-19", XINHUA_EN, relevant=True, country="Brazil", event_date="2024-04-18", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("I02", "en", "City Party chief meets Cuban guests",
      " date 2023-05-12\nShanghai Daily | Metro\nUpdated: 2023-05-12\n"
      "The city's Party secretary met a delegation of the Communist Party of Cuba on Thursday, and the two sides "
      "discussed biotechnology cooperation.\n",
      "2023-05-12", XINHUA_EN, relevant=True, country="Cuba", event_date="2023-05-11", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("I03", "en", "Díaz-Canel receives Chinese Communist Party delegation",
      " date 2023-05-12\nPrensa Latina | English | Cuba\n"
      "Havana, May 8 (Prensa Latina) Cuban President Miguel Díaz-Canel received a delegation of the Communist "
      "Party of China headed by Yuan Jiajun, member of its Political Bureau, on Monday at the Palace of the "
      "Revolution.\n",
      "2023-05-12", XINHUA_EN, relevant=True, country="Cuba", event_date="2023-05-08", event_type="meeting",
      content=DI, parties=set())  # the page names the president only, not his party
probe("I04", "en", "Lula meets with senior Chinese party official",
      " date 2024-04-19\nAgência Brasil | English\n"
      "Brasília, April 16 -- President Luiz Inácio Lula da Silva met on Tuesday with Chen Min'er, a member of "
      "the Political Bureau of the Communist Party of China, who is leading a party delegation to Brazil.\n",
      "2024-04-19", XINHUA_EN, relevant=True, country="Brazil", event_date="2024-04-16", event_type="meeting",
      content=DI)
probe("I05", "zh", "委内瑞拉总统马杜罗会见中共代表团",
      "当地时间6月10日，委内瑞拉总统、统一社会主义党主席马杜罗在加拉加斯会见中共中央政治局委员率领的中共代表团。",
      "2019-06-14", ZH, relevant=True, country="Venezuela", event_date="2019-06-10", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"United Socialist Party of Venezuela"})
probe("I06", "zh", "省委书记率团访问古巴",
      "应古巴共产党邀请，省委书记率省代表团于11月5日至8日访问古巴，会见古共中央第二书记，并出席在哈瓦那举行的经贸推介会。",
      "2023-11-17", FJ, relevant=True, country="Cuba", event_date="2023-11-05",
      event_type="delegation_visit_abroad", content=DI, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("I07", "zh", "省委书记率团访问巴西阿根廷",
      "10月12日至20日，省委书记率省代表团访问巴西、阿根廷，分别会见巴西劳工党主席和阿根廷正义党主席。",
      "2024-10-25", FJ, relevant=True, country="multilateral", event_date="2024-10-12",
      event_type="delegation_visit_abroad", content=DI,
      parties={"Workers' Party (Brazil)", "Justicialist Party"})
probe("I08", "en", "Guizhou Party Secretary Meets Bolivian MAS Delegation",
      "Guiyang, March 27th--Xu Lin, Secretary of the Guizhou Provincial Party Committee, met with a delegation "
      "of the Movement for Socialism of Bolivia here today.",
      "2025-03-28", EN, relevant=True, country="Bolivia", event_date="2025-03-27", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Movement for Socialism (Bolivia)"})
probe("I09", "zh", "区委书记会见智利社会党代表团",
      "5月10日下午，区委书记会见智利社会党代表团，介绍了本区数字经济和社区治理情况。",
      "2023-05-12", ZJ, relevant=True, country="Chile", event_date="2023-05-10", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Socialist Party of Chile"})
probe("I10", "zh", "自治区党委书记会见尼加拉瓜桑地诺民族解放阵线代表团",
      "6月12日，自治区党委书记在南宁会见尼加拉瓜桑地诺民族解放阵线代表团，双方就农业合作交换意见。",
      "2019-06-14", ZH, relevant=True, country="Nicaragua", event_date="2019-06-12", event_type="meeting",
      content=DI, mechanism=BI_LEFT, parties={"Sandinista National Liberation Front"})
probe("I11", "en", "Vietnamese Party Delegation Tours Fujian After Visit to Cuba",
      "Fuzhou, November 15th--A delegation of the Communist Party of Vietnam toured Fujian from November 12 to "
      "15. The Secretary of the CPC Fujian Provincial Committee met the delegation, which came to China after a "
      "visit to Cuba.",
      "2023-11-17", EN, **NO)
probe("I12", "zh", "省委书记会见西班牙共产党代表团",
      "6月13日，省委书记在西安会见西班牙共产党总书记率领的代表团。",
      "2019-06-14", SC, **NO)


# ---- J. batch 5 (after reading the relevance step): local hosts of forums and courses, groups that
# came for one, youth and women's delegations the IDCPC invited --------------------------------------

probe("J01", "zh", "省委书记会见出席中拉政党论坛的拉美政党领导人",
      "6月12日，省委书记在昆明会见出席中国共产党与拉美和加勒比政党论坛的部分拉美政党领导人，包括古巴共产党、"
      "委内瑞拉统一社会主义党和巴西劳工党的代表。",
      "2019-06-14", YN, relevant=True, country="multilateral", event_date="2019-06-12", event_type="meeting",
      content=KE, parties={"Communist Party of Cuba", "United Socialist Party of Venezuela",
                           "Workers' Party (Brazil)"})
probe("J02", "zh", "中国共产党与拉美和加勒比政党论坛在重庆开幕",
      "5月10日，中国共产党与拉美和加勒比政党论坛在重庆开幕。中共中央政治局委员、重庆市委书记出席开幕式并致辞。"
      "来自拉美和加勒比20多个国家的近百名政党领导人与会。",
      "2023-05-12", ZH, relevant=True, country="multilateral", event_date="2023-05-10", event_type="forum",
      content=KE, mechanism=["regional"])
probe("J03", "en", "Jiangxi Party Secretary Meets Participants of Course for Latin American Cadres",
      "Nanchang, October 23rd--Yin Hong, Secretary of the CPC Jiangxi Provincial Committee, met with participants "
      "of a training course for party cadres from Latin American countries, who are on a study tour of the "
      "province.",
      "2024-10-25", EN, relevant=True, country="multilateral", event_date="2024-10-23", event_type="meeting",
      content=KE, mechanism=["regional"])
probe("J04", "zh", "古巴共青盟代表团在浙江考察",
      "应中联部邀请，古巴共产主义青年联盟代表团于11月13日至16日在浙江考察，先后走访杭州的科技企业和湖州的乡村。",
      "2023-11-17", ZJ, relevant=True, country="Cuba", event_date="2023-11-13", event_type="field_trip",
      content=KE)
probe("J05", "zh", "巴西劳工党妇女代表团在福建考察",
      "10月21日至24日，应中联部邀请来华的巴西劳工党妇女代表团在福建考察，参观了福州的妇女创业园和宁德的乡村。",
      "2024-10-25", FJ, relevant=True, country="Brazil", event_date="2024-10-21", event_type="field_trip",
      content=KE, mechanism=BI_LEFT, parties={"Workers' Party (Brazil)"})
probe("J06", "en", "Communist Party of Cuba Cadres Conclude Course at Party School in Shanghai",
      "Shanghai, May 11th--A training course for cadres of the Communist Party of Cuba, held at the China "
      "Executive Leadership Academy Pudong from April 27, ended on May 11.",
      "2023-05-12", EN, relevant=True, country="Cuba", event_date="2023-04-27", event_type="training_course",
      content=KE, mechanism=BI_LEFT, parties={"Communist Party of Cuba"})
probe("J07", "zh", "市委书记会见拉美和加勒比国家驻华使节",
      "3月26日，市委书记会见来我市参访的拉美和加勒比国家驻华使节团，使节来自古巴、巴西、墨西哥等国。",
      "2025-03-28", ZJ, relevant=True, country="multilateral", event_date="2025-03-26", event_type="meeting",
      mechanism=["regional"])
probe("J08", "zh", "省委书记会见柬埔寨人民党代表团",
      "3月26日，省委书记在南宁会见柬埔寨人民党代表团。代表团此前曾访问古巴和委内瑞拉。",
      "2025-03-28", ZJ, **NO)


# ---- K. batch 6: trips whose headline names regions, not countries ---------------------------------

probe("K01", "zh", "中共代表团访问欧洲和拉美",
      "应有关政党邀请，省委书记率中共代表团于11月5日至14日访问德国、意大利和哥伦比亚。在波哥大，代表团会见"
      "哥伦比亚自由党领导人。",
      "2023-11-17", ZH, relevant=True, country="Colombia", event_date="2023-11-05",
      event_type="delegation_visit_abroad", content=DI, parties={"Colombian Liberal Party"})
probe("K02", "en", "CPC Delegation Wraps Up Africa, Latin America Tour",
      "A CPC delegation led by a member of the Political Bureau of the CPC Central Committee concluded a visit "
      "to Kenya and Chile on October 20. The delegation visited Chile from October 16 to 20 at the invitation "
      "of the Socialist Party of Chile.",
      "2024-10-25", EN, relevant=True, country="Chile", event_type="delegation_visit_abroad", content=DI,
      mechanism=BI_LEFT, parties={"Socialist Party of Chile"})
probe("K03", "zh", "中共代表团访问亚洲和非洲",
      "应有关政党邀请，中联部副部长率中共代表团于3月10日至20日访问越南、老挝和南非。",
      "2025-03-28", ZH, **NO)
probe("K04", "en", "CPC Delegation Visits Europe",
      "A CPC delegation led by the Secretary of the CPC Sichuan Provincial Committee visited Spain and Portugal "
      "from June 3 to 10, meeting leaders of the Spanish Socialist Workers' Party. The delegation briefed its "
      "hosts on China's cooperation with Latin America.",
      "2019-06-14", EN, **NO)


FIELDS = ("relevant", "country", "event_date", "event_type", "content", "mechanism", "parties")
# Probes still missed after this campaign's rules; "doubtful:" marks a codebook doubt. The first run
# (blind) also missed B17, C04, D02, D08, E10, E12 and G15 (see the commit log).
MISSED: dict[str, str] = {
    # a title naming a LAC country only as the site of a Chinese company's project (秘鲁钱凯港项目): no
    # LAC actor, yet the party official visiting the company makes it look like a party exchange
    "F11-relevant": "known miss: a LAC country as the site of a project in a domestic headline",
    # a local page that names no CPC side and its place only by a township no list holds (宁德市寿宁县下党乡)
    "H07": "known miss: a tour whose only Chinese side is a township's name",
}
DOUBTFUL = {
    # a delegation's visit page whose text says it "introduced" a plenum: a visit as a whole
    # (rule 4) or the report of a briefing (rule 1)? The page names no briefing session.
    "B03": "doubtful: a visit that introduces a CPC plenum may be coded a briefing",
    "B09": "doubtful: a visit that introduces a CPC congress may be coded a briefing",
    # a course's participants on a tour: the report of a field trip or of the course (rule 1 lists both)?
    "H14": "doubtful: a course's participants touring Yan'an may be coded the course",
}


def _marks(p: Probe, name: str) -> list:
    reason = MISSED.get(f"{p.pid}-{name}") or MISSED.get(p.pid)
    if name in ("event_type", "content") and p.pid in DOUBTFUL:
        reason = DOUBTFUL[p.pid]
    return [pytest.mark.xfail(strict=False, reason=reason)] if reason else []


CASES = [pytest.param(p, f, marks=_marks(p, f), id=f"{p.pid}-{f}")
         for p in PROBES for f in FIELDS if f in p.expected]


def _value(record, name: str):
    if name == "parties":
        return parties(record)
    if name == "mechanism":
        return list(record.mechanism or [])
    return getattr(record, name)


_CACHE: dict[str, object] = {}


def _extract(p: Probe):
    if p.pid not in _CACHE:
        _CACHE[p.pid] = idcpc(p.text, title=p.title, published=p.published, lang=p.lang, url=p.url)
    return _CACHE[p.pid]


@pytest.mark.parametrize(("p", "name"), CASES)
def test_probe_field(p: Probe, name: str):
    assert _value(_extract(p), name) == p.expected[name]


def test_probe_ids_are_unique():
    ids = [p.pid for p in PROBES]
    assert len(ids) == len(set(ids))
