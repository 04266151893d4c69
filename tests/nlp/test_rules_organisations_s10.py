"""Campaign 10B: organisations and platforms as counterparts, and the contacts list. IDCPC pages
(English, Chinese simplified and traditional, agency and newspaper copies) where the LAC side is an
ORGANISATION rather than a person or one national party: regional platforms and bodies (COPPPAL,
the São Paulo Forum, the Puebla Group, ALBA-TCP, Parlatino, CELAC, PARLACEN, CLACSO and regional
youth, women's and trade-union networks), national think tanks, media, universities, youth and
women's wings of parties, trade-union federations, friendship associations, legislatures' groups,
party schools, delegations "of" such a body headed by a named person, and persons introduced only by
their post in such a body.

Self-written releases in the sites' style; party, country, body and official names are facts. Each
probe names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one
test per probe and field, so the pass rate per field can be read from a run. `contacts` is checked
as a list of conditions: some contact whose name contains one of the given forms, of one of the
given kinds (and bound to the given party, where the page says so); `not_government` names persons
introduced by a post in a regional or national body, who are no head of government."""

from __future__ import annotations

from typing import Any

import probe_harness
import pytest
from nlp_helpers import idcpc
from probe_harness import BL, DI, GL, KE, NO, RL, B, Probe, R, assert_unique_ids, cases, record_of, url

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_{n}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_{n}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMB_EN = "http://cu.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FMLN = "Farabundo Martí National Liberation Front"
MORENA = "National Regeneration Movement"
PRI = "Institutional Revolutionary Party"
PLD = "Dominican Liberation Party"
PDC_CL = "Christian Democratic Party (Chile)"
MAS = "Movement for Socialism (Bolivia)"
FA = "Broad Front"

PLATFORM = {"party", "other"}           # a conference or forum of parties
BODY = {"government", "other"}          # an intergovernmental body
NETWORK = {"other", "ngo", "think_tank", "party"}  # a group of personalities
FRIEND = {"ngo", "other"}
SCHOOL = {"party", "other", "think_tank"}
ANY = object()


def ev(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
       content: str = DI, contacts: list[tuple[tuple[str, ...] | str, set[str], Any]] | None = None,
       not_government: tuple[str, ...] = ()) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_type": event_type,
                           "event_date": date, "parties": party_set, "mechanism": mechanism,
                           "content": content}
    if contacts:
        out["contacts"] = contacts
    if not_government:
        out["not_government"] = not_government
    return out


PROBES: list[Probe] = [
    # ---- A. COPPPAL (Permanent Conference of Political Parties of Latin America and the Caribbean) -----
    Probe("copppal-delegation-president-also-pri",
          "Liu Jianchao Meets COPPPAL Delegation",
          "Beijing, June 12th (IDCPC)--Liu Jianchao, who heads the CPC's International Department, "
          "received here today a delegation of the Permanent Conference of Political "
          "Parties of Latin America and the Caribbean (COPPPAL) headed by its President Alejandro Moreno "
          "Cárdenas, who is also President of Mexico's Institutional Revolutionary Party (PRI).\nLiu said "
          "that the CPC values its friendly exchanges with COPPPAL and stands ready to deepen dialogue "
          "with political parties of the region. Moreno said COPPPAL appreciates China's role in the "
          "development of Latin America.",
          "2023-06-13", url(EN, "2023-06-13", 1),
          ev("multilateral", "2023-06-12", "meeting", {PRI}, R,
             contacts=[(("Permanent Conference", "COPPPAL"), PLATFORM, ANY),
                       ("Alejandro Moreno", {"party"}, PRI)],
             not_government=("Alejandro Moreno",))),
    Probe("copppal-zh-meeting-president-pri",
          "刘建超会见拉美和加勒比政党常设大会代表团",
          "6月12日，中联部部长刘建超在京会见由拉美和加勒比政党常设大会主席、墨西哥革命制度党主席莫雷诺率领的代表团。"
          "刘建超表示，中国共产党愿同拉美和加勒比政党常设大会加强交流，深化治国理政经验互鉴。莫雷诺表示，常设大会高度重视同中国共产党的关系。",
          "2023-06-13", url(ZH, "2023-06-13", 2),
          ev("multilateral", "2023-06-12", "meeting", {PRI}, R,
             contacts=[("拉美和加勒比政党常设大会", PLATFORM, ANY), ("莫雷诺", {"party"}, PRI)],
             not_government=("莫雷诺",)), lang="zh"),
    Probe("copppal-trad-hk-copy",
          "劉建超會見拉美和加勒比政黨常設大會代表團",
          "【本報訊】中聯部部長劉建超6月12日在北京會見拉美和加勒比政黨常設大會主席、墨西哥革命制度黨主席莫雷諾率領的代表團。"
          "雙方就加強政黨交流、推動中拉關係發展交換意見。",
          "2023-06-14", url(HK_ZH, "2023-06-14", 3),
          ev("multilateral", "2023-06-12", "meeting", {PRI}, R,
             contacts=[(("拉美和加勒比政黨常設大會", "拉美和加勒比政党常设大会"), PLATFORM, ANY)]),
          lang="zh"),
    Probe("copppal-plenary-cpc-delegation-attends",
          "CPC Delegation Attends COPPPAL Plenary Meeting in Mexico City",
          "Mexico City, October 20th--A delegation of the Communist Party of China headed by Guo Yezhou, "
          "Vice Minister of the IDCPC, attended the plenary meeting of the Permanent Conference of "
          "Political Parties of Latin America and the Caribbean (COPPPAL) held here from October 19 to "
          "20. More than 40 political parties from 25 countries of the region took part. Guo addressed "
          "the meeting on the CPC's experience in poverty alleviation.",
          "2019-10-22", url(EN, "2019-10-22", 4),
          ev("multilateral", "2019-10-19", "forum", set(), R, KE,
             contacts=[(("Permanent Conference", "COPPPAL"), PLATFORM, ANY)])),
    Probe("copppal-zh-letter-congress",
          "拉美和加勒比政党常设大会致函祝贺中共二十大召开",
          "10月16日，拉美和加勒比政党常设大会致函中共中央，热烈祝贺中国共产党第二十次全国代表大会召开，"
          "祝愿大会取得圆满成功。函件表示，常设大会愿同中国共产党继续深化友好合作。",
          "2022-10-18", url(ZH, "2022-10-18", 5),
          ev("multilateral", "2022-10-16", "message", set(), R,
             contacts=[("拉美和加勒比政党常设大会", PLATFORM, ANY)]), lang="zh"),
    Probe("copppal-abbrev-only-executive-secretary",
          "Guo Yezhou Meets COPPPAL Executive Secretary",
          "Beijing, September 5th--Guo Yezhou, Vice Minister of the International Department of the CPC "
          "Central Committee, met with Gustavo Carvajal Isunza, Executive Secretary of COPPPAL, on "
          "September 4. The two sides exchanged views on party relations between China and Latin America.",
          "2019-09-05", url(EN, "2019-09-05", 6),
          ev("multilateral", "2019-09-04", "meeting", set(), R,
             contacts=[("COPPPAL", PLATFORM, ANY)], not_government=("Gustavo Carvajal",))),
    Probe("copppal-delegation-member-parties-named",
          "Song Tao Meets Leaders of COPPPAL Member Parties",
          "Beijing, November 28th--Song Tao, head of the IDCPC, met here today with a delegation of the "
          "Permanent Conference of Political Parties of Latin America and the Caribbean, whose members "
          "included leaders of the Institutional Revolutionary Party of Mexico and the Dominican "
          "Liberation Party. Song briefed the guests on the Fourth Plenary Session of the 19th CPC "
          "Central Committee.",
          "2019-11-28", url(EN, "2019-11-28", 7),
          ev("multilateral", "2019-11-28", "meeting", {PRI, PLD}, R,
             contacts=[(("Permanent Conference", "COPPPAL"), PLATFORM, ANY)])),
    # ---- B. the São Paulo Forum ---------------------------------------------------------------------
    Probe("spf-delegation-valente-pt",
          "Guo Yezhou Meets São Paulo Forum Delegation",
          "Beijing, April 9th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the São Paulo Forum headed by its Executive Secretary Mónica Valente, who is "
          "also Secretary for International Relations of the Workers' Party of Brazil.\nGuo said the CPC "
          "attaches importance to its exchanges with left parties of Latin America. Valente said the "
          "Forum is ready to strengthen cooperation with the CPC.",
          "2019-04-10", url(EN, "2019-04-10", 8),
          ev("multilateral", "2019-04-09", "meeting", {PT}, RL,
             contacts=[("São Paulo Forum", PLATFORM, ANY), ("Mónica Valente", {"party"}, PT)],
             not_government=("Mónica Valente",))),
    Probe("spf-zh-meeting-executive-secretary",
          "郭业洲会见圣保罗论坛执行书记",
          "4月9日，中联部副部长郭业洲在京会见圣保罗论坛执行书记、巴西劳工党国际关系书记莫妮卡·瓦伦特。"
          "双方就加强中国共产党同拉美左翼政党交流合作等交换意见。",
          "2019-04-10", url(ZH, "2019-04-10", 9),
          ev("multilateral", "2019-04-09", "meeting", {PT}, RL,
             contacts=[("圣保罗论坛", PLATFORM, ANY), ("瓦伦特", {"party"}, PT)]), lang="zh"),
    Probe("spf-trad-meeting",
          "郭業洲會見聖保羅論壇代表團",
          "【本報訊】中聯部副部長郭業洲4月9日在北京會見聖保羅論壇執行書記瓦倫特率領的代表團，"
          "雙方就拉美形勢和政黨交流交換意見。",
          "2019-04-11", url(HK_ZH, "2019-04-11", 10),
          ev("multilateral", "2019-04-09", "meeting", set(), RL,
             contacts=[(("聖保羅論壇", "圣保罗论坛"), PLATFORM, ANY)]), lang="zh"),
    Probe("spf-foro-caracas-cpc-attends",
          "CPC Delegation Attends the 25th Meeting of the Foro de São Paulo in Caracas",
          "Caracas, July 25th--A delegation of the Communist Party of China attended the 25th meeting of "
          "the Foro de São Paulo, hosted by the United Socialist Party of Venezuela (PSUV) in Caracas "
          "from July 25 to 28. Representatives of more than 190 left parties and movements from Latin "
          "America and other regions discussed the struggle against imperialism.",
          "2019-07-30", url(EN, "2019-07-30", 11),
          ev("multilateral", "2019-07-25", "forum", {PSUV}, RL, KE,
             contacts=[(("Foro de São Paulo", "São Paulo Forum"), PLATFORM, ANY)])),
    Probe("spf-zh-cpc-attends-caracas",
          "中共代表团出席圣保罗论坛第二十五届会议",
          "当地时间7月25日至28日，圣保罗论坛第二十五届会议在委内瑞拉首都加拉加斯举行，会议由委内瑞拉统一社会主义党主办。"
          "应邀出席会议的中共代表团在会上介绍了中国共产党治国理政经验。",
          "2019-07-30", url(ZH, "2019-07-30", 12),
          ev("multilateral", "2019-07-25", "forum", {PSUV}, RL, KE,
             contacts=[("圣保罗论坛", PLATFORM, ANY)]), lang="zh"),
    Probe("spf-abbreviation-fsp-after-name",
          "IDCPC Official Meets FSP Working Group",
          "Beijing, March 14th--Wang Yajun, Assistant Minister of the IDCPC, met on March 13 with members "
          "of the Working Group of the São Paulo Forum (FSP), including representatives of the Communist "
          "Party of Brazil and the Broad Front of Uruguay. Wang said the FSP is an important platform of "
          "Latin American left parties.",
          "2019-03-14", url(EN, "2019-03-14", 13),
          ev("multilateral", "2019-03-13", "meeting", {PCDOB, FA}, RL,
             contacts=[("São Paulo Forum", PLATFORM, ANY)])),
    Probe("spf-agency-copy-marker",
          "CPC delegation joins Sao Paulo Forum meeting in Caracas",
          "Home | World | China | Latin America\n date 2019-07-27\nCARACAS, July 26 -- A delegation of the "
          "Communist Party of China (CPC) on Friday attended the opening of the 25th Sao Paulo Forum, a "
          "gathering of leftist parties of Latin America and the Caribbean.\nEditor: Li Na\nRelated News",
          "2019-07-27", url(AGENCY_EN, "2019-07-27", 14),
          ev("multilateral", "2019-07-26", "forum", set(), RL, KE,
             contacts=[(("Sao Paulo Forum", "São Paulo Forum"), PLATFORM, ANY)])),
    Probe("spf-zh-agency-copy-video-seminar",
          "中共与圣保罗论坛成员党举行视频理论研讨会",
          "新华社北京9月22日电 9月22日，中联部与圣保罗论坛以视频方式共同举办理论研讨会，"
          "来自巴西劳工党、古巴共产党等十余个拉美左翼政党的代表围绕“发展中国家现代化道路”进行交流。",
          "2021-09-22", url(AGENCY_ZH, "2021-09-22", 15),
          ev("multilateral", "2021-09-22", "seminar", {PT, PCC}, RL, KE,
             contacts=[("圣保罗论坛", PLATFORM, ANY)]), lang="zh"),
    # ---- C. the Puebla Group -------------------------------------------------------------------------
    Probe("puebla-delegation-samper",
          "Liu Jianchao Meets Delegation of the Puebla Group",
          "Beijing, November 7th--Liu Jianchao, who heads the CPC's International Department, "
          "received here today a delegation of the Puebla Group headed by former Colombian "
          "President Ernesto Samper Pizano. The two sides exchanged views on the Global Development "
          "Initiative and the situation in Latin America.",
          "2023-11-08", url(EN, "2023-11-08", 16),
          ev("multilateral", "2023-11-07", "meeting", set(), RL,
             contacts=[("Puebla Group", NETWORK, ANY)], not_government=("Ernesto Samper",)),
          doubtful={"mechanism": "the Puebla Group is a group of progressive personalities, not a party; "
                                 "'leftist' by party family is the project's reading of the platform"}),
    Probe("puebla-zh-meeting",
          "刘建超会见普埃布拉集团代表团",
          "11月7日，中联部部长刘建超在京会见由哥伦比亚前总统桑佩尔率领的普埃布拉集团代表团，双方就全球发展倡议和拉美形势交换意见。",
          "2023-11-08", url(ZH, "2023-11-08", 17),
          ev("multilateral", "2023-11-07", "meeting", set(), RL,
             contacts=[("普埃布拉集团", NETWORK, ANY)], not_government=("桑佩尔",)), lang="zh",
          doubtful={"mechanism": "the Puebla Group's family, as above"}),
    Probe("puebla-online-seminar",
          "IDCPC and Puebla Group Hold Online Seminar on Development",
          "Beijing, May 18th--The International Department of the CPC Central Committee and the Puebla "
          "Group held an online seminar on May 18 on 'Development Paths of the Global South'. Former "
          "leaders and party representatives from Argentina, Brazil, Chile and Mexico took part.",
          "2022-05-19", url(EN, "2022-05-19", 18),
          ev("multilateral", "2022-05-18", "seminar", set(), RL, KE,
             contacts=[("Puebla Group", NETWORK, ANY)]),
          doubtful={"mechanism": "the Puebla Group's family, as above"}),
    # ---- D. ALBA-TCP --------------------------------------------------------------------------------
    Probe("alba-executive-secretary-llorenti",
          "Guo Yezhou Meets ALBA-TCP Executive Secretary",
          "Beijing, August 22nd--Guo Yezhou, Vice Minister of the IDCPC, met here today with Sacha "
          "Llorenti, Executive Secretary of the Bolivarian Alliance for the Peoples of Our America – "
          "Peoples' Trade Treaty (ALBA-TCP). They exchanged views on cooperation between China and the "
          "ALBA countries.",
          "2019-08-23", url(EN, "2019-08-23", 19),
          ev("multilateral", "2019-08-22", "meeting", set(), RL,
             contacts=[(("ALBA", "Bolivarian Alliance"), BODY, ANY)]),
          doubtful={"mechanism": "ALBA-TCP is a bloc of governments of the left; 'leftist' follows the "
                                 "project's platform list, the codebook speaks of parties"}),
    Probe("alba-zh-executive-secretary",
          "郭业洲会见美洲玻利瓦尔联盟执行秘书",
          "8月22日，中联部副部长郭业洲在京会见美洲玻利瓦尔联盟—人民贸易协定执行秘书略伦蒂，双方就中国同该联盟成员国合作交换意见。",
          "2019-08-23", url(ZH, "2019-08-23", 20),
          ev("multilateral", "2019-08-22", "meeting", set(), RL,
             contacts=[("美洲玻利瓦尔联盟", BODY, ANY)]), lang="zh",
          doubtful={"mechanism": "ALBA-TCP's family, as above"}),
    Probe("alba-political-council-delegation",
          "Song Tao Meets Delegation of the ALBA Political Council",
          "Beijing, June 3rd--Song Tao, head of the IDCPC, met on June 2 with a delegation of the "
          "Political Council of the ALBA-TCP, composed of deputy foreign ministers of Venezuela, Cuba, "
          "Bolivia and Nicaragua.",
          "2016-06-03", url(EN, "2016-06-03", 21),
          ev("multilateral", "2016-06-02", "meeting", set(), RL,
             contacts=[("ALBA", BODY, ANY)]),
          doubtful={"mechanism": "ALBA-TCP's family, as above"}),
    # ---- E. Parlatino --------------------------------------------------------------------------------
    Probe("parlatino-president-pizarro",
          "Guo Yezhou Meets President of the Latin American Parliament",
          "Beijing, October 15th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Latin American and Caribbean Parliament (Parlatino) headed by its President "
          "Jorge Pizarro Soto, a senator of Chile's Christian Democratic Party.",
          "2019-10-16", url(EN, "2019-10-16", 22),
          ev("multilateral", "2019-10-15", "meeting", {PDC_CL}, R,
             contacts=[(("Latin American and Caribbean Parliament", "Parlatino"), {"legislature"}, ANY),
                       ("Jorge Pizarro", {"legislature", "party"}, PDC_CL)],
             not_government=("Jorge Pizarro",))),
    Probe("parlatino-zh-speaker",
          "郭业洲会见拉丁美洲议会议长",
          "10月15日，中联部副部长郭业洲在京会见拉丁美洲议会议长皮萨罗率领的代表团。郭业洲表示，愿同拉美议会加强交往。",
          "2019-10-16", url(ZH, "2019-10-16", 23),
          ev("multilateral", "2019-10-15", "meeting", set(), R,
             contacts=[(("拉丁美洲议会", "拉美议会"), {"legislature"}, ANY),
                       ("皮萨罗", {"legislature", "party", "other"}, ANY)],
             not_government=("皮萨罗",)), lang="zh"),
    Probe("parlatino-short-form-secretary-general",
          "IDCPC Vice Minister Meets Parlatino Secretary General",
          "Beijing, May 21st--Qian Hongshan, Vice Minister of the IDCPC, met on May 20 with Elías Castillo, "
          "Secretary General of Parlatino. The two sides discussed exchanges between the CPC and "
          "legislators of Latin America and the Caribbean.",
          "2018-05-21", url(EN, "2018-05-21", 24),
          ev("multilateral", "2018-05-20", "meeting", set(), R,
             contacts=[("Parlatino", {"legislature"}, ANY)], not_government=("Elías Castillo",))),
    Probe("parlatino-trad-short",
          "錢洪山會見拉美議會秘書長",
          "【本報訊】中聯部副部長錢洪山5月20日在北京會見拉美議會秘書長卡斯蒂略，雙方就加強交往交換意見。",
          "2018-05-22", url(HK_ZH, "2018-05-22", 25),
          ev("multilateral", "2018-05-20", "meeting", set(), R,
             contacts=[(("拉美議會", "拉美议会"), {"legislature"}, ANY)]), lang="zh"),
    # ---- F. CELAC ------------------------------------------------------------------------------------
    Probe("celac-troika-envoys",
          "Liu Jianchao Meets Envoys of CELAC Troika Countries",
          "Beijing, March 20th--Liu Jianchao, head of the IDCPC, met here today with ambassadors to China "
          "of the countries of the troika of the Community of Latin American and Caribbean States "
          "(CELAC), Saint Vincent and the Grenadines, Honduras and Colombia. Liu briefed them on the "
          "two sessions.",
          "2024-03-21", url(EN, "2024-03-21", 26),
          ev("multilateral", "2024-03-20", "meeting", set(), R,
             contacts=[(("ambassador", "Ambassador", "CELAC", "Community of Latin American"),
                        {"diplomat", "government"}, ANY)])),
    Probe("celac-zh-troika-envoys",
          "刘建超会见拉共体“三驾马车”国家驻华使节",
          "3月20日，中联部部长刘建超在京会见拉共体“三驾马车”国家圣文森特和格林纳丁斯、洪都拉斯、哥伦比亚驻华大使，"
          "向他们介绍全国两会精神。",
          "2024-03-21", url(ZH, "2024-03-21", 27),
          ev("multilateral", "2024-03-20", "meeting", set(), R,
             contacts=[(("大使", "拉共体"), {"diplomat", "government"}, ANY)]), lang="zh"),
    Probe("celac-party-forum-zh",
          "第二届中国—拉共体政党论坛在昆明开幕",
          "11月24日，第二届中国—拉共体政党论坛在云南昆明开幕。来自拉美和加勒比地区26个国家的50多个政党领导人出席，"
          "墨西哥国家复兴运动党、古巴共产党等代表在开幕式上致辞。",
          "2018-11-25", url(ZH, "2018-11-25", 28),
          ev("multilateral", "2018-11-24", "forum", {MORENA, PCC}, RL, KE), lang="zh"),
    Probe("celac-pro-tempore-presidency-envoy",
          "Guo Yezhou Meets Ambassador of CELAC Pro Tempore Presidency",
          "Beijing, February 18th--Guo Yezhou, Vice Minister of the IDCPC, met with Mexican Ambassador "
          "José Luis Bernal, whose country holds the pro tempore presidency of CELAC, on February 17. "
          "They exchanged views on the China-CELAC Forum.",
          "2020-02-18", url(EN, "2020-02-18", 29),
          ev("multilateral", "2020-02-17", "meeting", set(), R,
             contacts=[("José Luis Bernal", {"diplomat"}, None)]),
          doubtful={"country": "one country's ambassador in his role for CELAC: the body or the country",
                    "mechanism": "as country"}),
    # ---- G. PARLACEN ---------------------------------------------------------------------------------
    Probe("parlacen-delegation-president",
          "Guo Yezhou Meets Delegation of the Central American Parliament",
          "Beijing, September 12th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Central American Parliament (PARLACEN) headed by its President Fanny Carolina "
          "Salinas Fernández. Guo said the CPC is willing to promote exchanges with Central American "
          "legislators.",
          "2022-09-13", url(EN, "2022-09-13", 30),
          ev("multilateral", "2022-09-12", "meeting", set(), R,
             contacts=[(("Central American Parliament", "PARLACEN"), {"legislature"}, ANY),
                       ("Fanny Carolina Salinas", {"legislature"}, ANY)],
             not_government=("Fanny Carolina Salinas",))),
    Probe("parlacen-zh",
          "郭业洲会见中美洲议会代表团",
          "9月12日，中联部副部长郭业洲在京会见中美洲议会议长萨利纳斯率领的代表团，双方就加强交流合作交换意见。",
          "2022-09-13", url(ZH, "2022-09-13", 31),
          ev("multilateral", "2022-09-12", "meeting", set(), R,
             contacts=[("中美洲议会", {"legislature"}, ANY)], not_government=("萨利纳斯",)), lang="zh"),
    Probe("parlacen-trad",
          "郭業洲會見中美洲議會代表團",
          "【本報訊】中聯部副部長郭業洲9月12日在北京會見中美洲議會議長薩利納斯率領的代表團。",
          "2022-09-14", url(HK_ZH, "2022-09-14", 32),
          ev("multilateral", "2022-09-12", "meeting", set(), R,
             contacts=[(("中美洲議會", "中美洲议会"), {"legislature"}, ANY)]), lang="zh"),
    # ---- H. regional networks: think tanks, youth, women, trade unions ---------------------------------
    Probe("clacso-seminar-buenos-aires",
          "IDCPC and CLACSO Hold Theory Seminar in Buenos Aires",
          "Buenos Aires, June 7th--The International Department of the CPC Central Committee and the Latin "
          "American Council of Social Sciences (CLACSO) jointly held a theory seminar on the governance of "
          "China here on June 6. Scholars and party representatives from a dozen Latin American countries "
          "attended.",
          "2018-06-08", url(EN, "2018-06-08", 33),
          ev("multilateral", "2018-06-06", "seminar", set(), R, KE,
             contacts=[(("CLACSO", "Latin American Council of Social Sciences"), {"think_tank"}, ANY)])),
    Probe("clacso-zh-seminar",
          "中联部与拉美社会科学理事会联合举办理论研讨会",
          "当地时间6月6日，中联部与拉丁美洲社会科学理事会在阿根廷布宜诺斯艾利斯联合举办“中国治国理政”理论研讨会，"
          "拉美十余国学者和政党代表与会。",
          "2018-06-08", url(ZH, "2018-06-08", 34),
          ev("multilateral", "2018-06-06", "seminar", set(), R, KE,
             contacts=[(("拉丁美洲社会科学理事会", "拉美社会科学理事会"), {"think_tank"}, ANY)]), lang="zh"),
    Probe("clacso-executive-secretary-person-only",
          "Guo Yezhou Meets CLACSO Executive Secretary",
          "Beijing, October 10th--Guo Yezhou, Vice Minister of the IDCPC, met here today with Karina "
          "Batthyány, Executive Secretary of the Latin American Council of Social Sciences. They "
          "discussed cooperation between Chinese and Latin American think tanks.",
          "2019-10-11", url(EN, "2019-10-11", 35),
          ev("multilateral", "2019-10-10", "meeting", set(), R,
             contacts=[("Latin American Council of Social Sciences", {"think_tank"}, ANY)],
             not_government=("Karina Batthyány",))),
    Probe("oclae-student-organisation",
          "IDCPC Official Meets Delegation of OCLAE",
          "Beijing, April 16th--An official of the IDCPC met here today with a delegation of the "
          "Continental Latin American and Caribbean Students' Organization (OCLAE) headed by its "
          "President. The two sides discussed youth exchanges between China and the region.",
          "2019-04-17", url(EN, "2019-04-17", 36),
          ev("multilateral", "2019-04-16", "meeting", set(), R,
             contacts=[(("Students' Organization", "OCLAE"), {"youth"}, ANY)])),
    Probe("lac-women-politicians-group",
          "Qian Hongshan Meets Women Politicians from Latin America and the Caribbean",
          "Beijing, March 8th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a delegation "
          "of women politicians from Argentina, Chile, Costa Rica and Panama. Qian said women play an "
          "important role in the exchanges between China and Latin America.",
          "2018-03-09", url(EN, "2018-03-09", 37),
          ev("multilateral", "2018-03-08", "meeting", set(), R)),
    Probe("tuca-trade-union-confederation",
          "IDCPC Official Meets Leaders of the Trade Union Confederation of the Americas",
          "Beijing, May 2nd--Wang Yajun, Assistant Minister of the IDCPC, met on May 1 with a delegation "
          "of the Trade Union Confederation of the Americas (TUCA) headed by its General Secretary. They "
          "exchanged views on workers' rights and development.",
          "2019-05-02", url(EN, "2019-05-02", 38),
          ev("multilateral", "2019-05-01", "meeting", set(), R,
             contacts=[("Trade Union Confederation of the Americas", {"trade_union"}, ANY)])),
    Probe("lac-youth-leaders-course-zh",
          "拉美和加勒比青年政治家研修班在京开班",
          "9月3日，由中联部主办的拉美和加勒比国家青年政治家研修班在京开班，来自古巴、委内瑞拉、巴西等8国政党青年组织的30名学员参加。",
          "2019-09-04", url(ZH, "2019-09-04", 39),
          ev("multilateral", "2019-09-03", "training_course", set(), R, KE), lang="zh"),
    # ---- I. national think tanks, media, universities -------------------------------------------------
    Probe("perseu-abramo-pt-foundation",
          "Guo Yezhou Meets Delegation of Brazil's Perseu Abramo Foundation",
          "Beijing, July 10th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the Perseu Abramo Foundation, the think tank of the Workers' Party of Brazil, headed by its "
          "President Paulo Okamotto.",
          "2023-07-11", url(EN, "2023-07-11", 40),
          ev("Brazil", "2023-07-10", "meeting", {PT}, BL,
             contacts=[("Perseu Abramo Foundation", {"think_tank"}, PT)])),
    Probe("perseu-abramo-zh",
          "郭业洲会见巴西劳工党佩尔塞乌·阿布拉莫基金会代表团",
          "7月10日，中联部副部长郭业洲在京会见巴西劳工党智库佩尔塞乌·阿布拉莫基金会主席奥卡莫托率领的代表团。",
          "2023-07-11", url(ZH, "2023-07-11", 41),
          ev("Brazil", "2023-07-10", "meeting", {PT}, BL,
             contacts=[("基金会", {"think_tank"}, PT)]), lang="zh"),
    Probe("cipi-cuba-think-tank",
          "IDCPC Official Meets Delegation of Cuba's Center for International Policy Research",
          "Beijing, November 14th--Wang Yajun, Assistant Minister of the IDCPC, met here today with a "
          "delegation of the Center for International Policy Research (CIPI) of Cuba headed by its "
          "Director José Ramón Cabañas. The two sides exchanged views on think-tank cooperation.",
          "2023-11-15", url(EN, "2023-11-15", 42),
          ev("Cuba", "2023-11-14", "meeting", set(), B,
             contacts=[(("Center for International Policy Research", "CIPI"), {"think_tank"}, ANY)]),
          doubtful={"mechanism": "a Cuban state think tank, no party named: 'leftist' only by the "
                                 "country's ruling party, which the page does not name"}),
    Probe("prensa-latina-media",
          "Qian Hongshan Meets Delegation of Prensa Latina",
          "Beijing, December 4th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a "
          "delegation of Cuba's news agency Prensa Latina headed by its President Luis Enrique González.",
          "2018-12-05", url(EN, "2018-12-05", 43),
          ev("Cuba", "2018-12-04", "meeting", set(), B,
             contacts=[("Prensa Latina", {"media"}, ANY)]),
          doubtful={"mechanism": "a Cuban state medium with no party named, as CIPI"}),
    Probe("granma-party-organ",
          "Guo Yezhou Meets Editor-in-Chief of Granma",
          "Beijing, May 23rd--Guo Yezhou, Vice Minister of the IDCPC, met on May 22 with Yailin Orta "
          "Rivera, Editor-in-Chief of Granma, the official organ of the Central Committee of the "
          "Communist Party of Cuba.",
          "2019-05-23", url(EN, "2019-05-23", 44),
          ev("Cuba", "2019-05-22", "meeting", {PCC}, BL,
             contacts=[("Yailin Orta", {"media"}, PCC)])),
    Probe("granma-zh",
          "郭业洲会见古共中央机关报《格拉玛报》社长",
          "5月22日，中联部副部长郭业洲在京会见古巴共产党中央机关报《格拉玛报》社长奥尔塔，双方就加强党的媒体交流交换意见。",
          "2019-05-23", url(ZH, "2019-05-23", 45),
          ev("Cuba", "2019-05-22", "meeting", {PCC}, BL,
             contacts=[(("奥尔塔", "格拉玛报"), {"media"}, PCC)]), lang="zh"),
    Probe("university-havana-rector",
          "IDCPC Official Meets Rector of the University of Havana",
          "Beijing, April 25th--An official of the IDCPC met here today with Miriam Nicado García, Rector "
          "of the University of Havana, who is visiting China at the invitation of Peking University.",
          "2023-04-26", url(EN, "2023-04-26", 46),
          ev("Cuba", "2023-04-25", "meeting", set(), B,
             contacts=[("Miriam Nicado", {"think_tank", "other"}, None)]),
          doubtful={"mechanism": "a Cuban university, no party: as CIPI"}),
    Probe("unam-zh-delegation",
          "中联部官员会见墨西哥国立自治大学代表团",
          "4月18日，中联部有关负责同志在京会见墨西哥国立自治大学代表团，双方就加强中墨学术交流交换意见。",
          "2019-04-19", url(ZH, "2019-04-19", 47),
          ev("Mexico", "2019-04-18", "meeting", set(), B,
             contacts=[("墨西哥国立自治大学", {"think_tank", "other"}, None)]), lang="zh"),
    Probe("argentine-journalists-delegation",
          "Argentine Journalists Visit China at the Invitation of the IDCPC",
          "Beijing, September 16th--A delegation of Argentine journalists visited Beijing and Zhejiang "
          "from September 9 to 16 at the invitation of the International Department of the CPC Central "
          "Committee. The journalists visited villages and companies to learn about poverty alleviation.",
          "2019-09-17", url(EN, "2019-09-17", 48),
          ev("Argentina", "2019-09-09", "field_trip", set(), B, KE,
             contacts=[("journalists", {"media"}, None)]),
          doubtful={"event_type": "a delegation's stay in China touring provinces: field_trip or "
                                  "delegation_received",
                    "content": "follows the doubtful event type"}),
    Probe("morena-political-training-institute",
          "Guo Yezhou Meets Delegation of MORENA's National Institute of Political Training",
          "Beijing, November 20th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the National Institute of Political Training of Mexico's National Regeneration "
          "Movement (MORENA), headed by its President Rafael Barajas.",
          "2023-11-21", url(EN, "2023-11-21", 49),
          ev("Mexico", "2023-11-20", "meeting", {MORENA}, BL,
             contacts=[(("Institute", "Rafael Barajas"), SCHOOL, MORENA)])),
    Probe("chile21-foundation",
          "IDCPC Official Meets Delegation of Chile 21 Foundation",
          "Beijing, October 29th--An official of the IDCPC met here today with a delegation of Chile 21 "
          "Foundation, a Chilean progressive think tank, headed by its Executive Director.",
          "2019-10-30", url(EN, "2019-10-30", 50),
          ev("Chile", "2019-10-29", "meeting", set(), B,
             contacts=[("Chile 21", {"think_tank"}, None)])),
    # ---- J. youth and women's wings ------------------------------------------------------------------
    Probe("ujc-first-secretary",
          "Guo Yezhou Meets Delegation of the Young Communist League of Cuba",
          "Beijing, May 14th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the Young Communist League (UJC) of Cuba headed by its First Secretary Aylín Álvarez García. "
          "Guo said the CPC supports exchanges between the youth of the two parties.",
          "2023-05-15", url(EN, "2023-05-15", 51),
          ev("Cuba", "2023-05-14", "meeting", {PCC}, BL,
             contacts=[("Young Communist League", {"youth"}, PCC),
                       ("Aylín Álvarez", {"youth"}, PCC)])),
    Probe("ujc-zh",
          "郭业洲会见古巴共产主义青年联盟代表团",
          "5月14日，中联部副部长郭业洲在京会见古巴共产主义青年联盟第一书记阿尔瓦雷斯率领的代表团。",
          "2023-05-15", url(ZH, "2023-05-15", 52),
          ev("Cuba", "2023-05-14", "meeting", {PCC}, BL,
             contacts=[("古巴共产主义青年联盟", {"youth"}, PCC)]), lang="zh"),
    Probe("ujc-trad-short",
          "郭業洲會見古巴共青盟代表團",
          "【本報訊】中聯部副部長郭業洲5月14日在北京會見古巴共青盟第一書記阿爾瓦雷斯一行。",
          "2023-05-16", url(HK_ZH, "2023-05-16", 53),
          ev("Cuba", "2023-05-14", "meeting", {PCC}, BL,
             contacts=[(("古巴共青盟",), {"youth"}, PCC)]), lang="zh"),
    Probe("jpsuv-youth-wing",
          "Qian Hongshan Meets Delegation of the Youth of the United Socialist Party of Venezuela",
          "Beijing, August 7th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Youth of the United Socialist Party of Venezuela (JPSUV) headed by its "
          "national coordinator.",
          "2018-08-08", url(EN, "2018-08-08", 54),
          ev("Venezuela", "2018-08-07", "meeting", {PSUV}, BL,
             contacts=[(("Youth", "JPSUV"), {"youth"}, PSUV)])),
    Probe("jpsuv-zh",
          "钱洪山会见委内瑞拉统一社会主义党青年组织代表团",
          "8月7日，中联部副部长钱洪山在京会见委内瑞拉统一社会主义党青年组织全国协调员率领的代表团。",
          "2018-08-08", url(ZH, "2018-08-08", 55),
          ev("Venezuela", "2018-08-07", "meeting", {PSUV}, BL,
             contacts=[("青年", {"youth"}, PSUV)]), lang="zh"),
    Probe("pt-youth-secretariat",
          "IDCPC Official Meets PT Youth Delegation",
          "Beijing, October 8th--An official of the IDCPC met on October 7 with a delegation of the Youth "
          "of the Workers' Party of Brazil headed by its National Secretary Ronald Sorriso.",
          "2019-10-08", url(EN, "2019-10-08", 56),
          ev("Brazil", "2019-10-07", "meeting", {PT}, BL,
             contacts=[(("Youth", "Ronald Sorriso", "Workers' Party"), {"youth"}, PT)])),
    Probe("fmln-women-secretariat",
          "IDCPC Official Meets FMLN Women's Delegation",
          "Beijing, March 12th--An official of the IDCPC met here today with a delegation of the "
          "Secretariat of Women of the Farabundo Martí National Liberation Front (FMLN) of El Salvador.",
          "2019-03-13", url(EN, "2019-03-13", 57),
          ev("El Salvador", "2019-03-12", "meeting", {FMLN}, BL,
             contacts=[(("Women", "women", "Farabundo", "FMLN"), {"women"}, FMLN)])),
    Probe("fmc-cuban-women",
          "Qian Hongshan Meets Delegation of the Federation of Cuban Women",
          "Beijing, March 6th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Federation of Cuban Women (FMC) headed by its Secretary General Teresa "
          "Amarelle Boué.",
          "2019-03-07", url(EN, "2019-03-07", 58),
          ev("Cuba", "2019-03-06", "meeting", set(), B,
             contacts=[("Federation of Cuban Women", {"women"}, ANY),
                       ("Teresa Amarelle", {"women"}, ANY)]),
          doubtful={"mechanism": "a mass organisation, no party named: as CIPI",
                    "parties": "the FMC is no party wing; a coder might link it to the PCC"}),
    Probe("fmc-zh",
          "钱洪山会见古巴妇女联合会代表团",
          "3月6日，中联部副部长钱洪山在京会见古巴妇女联合会总书记阿马雷列率领的代表团。",
          "2019-03-07", url(ZH, "2019-03-07", 59),
          ev("Cuba", "2019-03-06", "meeting", set(), B,
             contacts=[("古巴妇女联合会", {"women"}, ANY)]), lang="zh",
          doubtful={"mechanism": "as fmc-cuban-women", "parties": "as fmc-cuban-women"}),
    Probe("morena-women-zh",
          "中联部官员会见墨西哥国家复兴运动党妇女代表团",
          "11月5日，中联部有关负责同志在京会见墨西哥国家复兴运动党全国妇女书记率领的代表团。",
          "2019-11-06", url(ZH, "2019-11-06", 60),
          ev("Mexico", "2019-11-05", "meeting", {MORENA}, BL,
             contacts=[(("妇女", "国家复兴运动党"), {"women", "party"}, MORENA)]), lang="zh"),
    # ---- K. trade-union federations ------------------------------------------------------------------
    Probe("cut-brazil-delegation",
          "Guo Yezhou Meets Delegation of Brazil's Unified Workers' Central",
          "Beijing, August 27th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Unified Workers' Central (CUT) of Brazil headed by its President Sérgio Nobre.",
          "2019-08-28", url(EN, "2019-08-28", 61),
          ev("Brazil", "2019-08-27", "meeting", set(), B,
             contacts=[(("Unified Workers' Central", "CUT"), {"trade_union"}, None),
                       ("Sérgio Nobre", {"trade_union"}, None)])),
    Probe("cut-brazil-zh",
          "郭业洲会见巴西劳动者统一工会代表团",
          "8月27日，中联部副部长郭业洲在京会见巴西劳动者统一工会主席诺布雷率领的代表团。",
          "2019-08-28", url(ZH, "2019-08-28", 62),
          ev("Brazil", "2019-08-27", "meeting", set(), B,
             contacts=[("巴西劳动者统一工会", {"trade_union"}, None)]), lang="zh"),
    Probe("cut-brazil-portuguese-name",
          "IDCPC Official Meets CUT Leaders",
          "Beijing, June 19th--An official of the IDCPC met on June 18 with leaders of the Central Única "
          "dos Trabalhadores (CUT), Brazil's largest trade-union federation.",
          "2018-06-19", url(EN, "2018-06-19", 63),
          ev("Brazil", "2018-06-18", "meeting", set(), B,
             contacts=[(("Central Única dos Trabalhadores", "CUT"), {"trade_union"}, None)])),
    Probe("ctc-cuba-guilarte-politburo",
          "Guo Yezhou Meets Delegation of the Workers' Central Union of Cuba",
          "Beijing, May 2nd--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the Workers' Central Union of Cuba (CTC) headed by its Secretary General Ulises Guilarte de "
          "Nacimiento, member of the Political Bureau of the Central Committee of the Communist Party of "
          "Cuba.",
          "2019-05-03", url(EN, "2019-05-03", 64),
          ev("Cuba", "2019-05-02", "meeting", {PCC}, BL,
             contacts=[(("Workers' Central Union", "CTC"), {"trade_union"}, ANY),
                       ("Ulises Guilarte", {"trade_union", "party"}, PCC)])),
    Probe("ctc-cuba-zh",
          "郭业洲会见古巴劳动者中央工会代表团",
          "5月2日，中联部副部长郭业洲在京会见古共中央政治局委员、古巴劳动者中央工会总书记吉拉特率领的代表团。",
          "2019-05-03", url(ZH, "2019-05-03", 65),
          ev("Cuba", "2019-05-02", "meeting", {PCC}, BL,
             contacts=[("古巴劳动者中央工会", {"trade_union"}, ANY),
                       ("吉拉特", {"trade_union", "party"}, PCC)]), lang="zh"),
    Probe("ctc-cuba-trad-no-party",
          "郭業洲會見古巴勞動者中央工會代表團",
          "【本報訊】中聯部副部長郭業洲5月2日在北京會見古巴勞動者中央工會總書記吉拉特率領的代表團。",
          "2019-05-04", url(HK_ZH, "2019-05-04", 66),
          ev("Cuba", "2019-05-02", "meeting", set(), B,
             contacts=[(("古巴勞動者中央工會", "古巴劳动者中央工会"), {"trade_union"}, ANY)]), lang="zh",
          doubtful={"mechanism": "a Cuban trade union with no party named: as CIPI"}),
    Probe("pit-cnt-uruguay",
          "IDCPC Official Meets Delegation of Uruguay's PIT-CNT",
          "Beijing, October 17th--An official of the IDCPC met here today with a delegation of the "
          "Inter-Union Plenary of Workers – National Convention of Workers (PIT-CNT), Uruguay's "
          "trade-union confederation, headed by its President Marcelo Abdala.",
          "2019-10-18", url(EN, "2019-10-18", 67),
          ev("Uruguay", "2019-10-17", "meeting", set(), B,
             contacts=[(("PIT-CNT", "Inter-Union Plenary"), {"trade_union"}, None)])),
    Probe("cgt-argentina",
          "IDCPC Official Meets Delegation of Argentina's General Confederation of Labour",
          "Beijing, September 24th--An official of the IDCPC met on September 23 with a delegation of the "
          "General Confederation of Labour (CGT) of Argentina.",
          "2019-09-24", url(EN, "2019-09-24", 68),
          ev("Argentina", "2019-09-23", "meeting", set(), B,
             contacts=[("General Confederation of Labour", {"trade_union"}, None)])),
    # ---- L. friendship associations --------------------------------------------------------------------
    Probe("cuba-china-friendship-association",
          "IDCPC Official Meets Delegation of the Cuba-China Friendship Association",
          "Beijing, June 20th--An official of the IDCPC met here today with a delegation of the Cuba-China "
          "Friendship Association headed by its President.",
          "2019-06-21", url(EN, "2019-06-21", 69),
          ev("Cuba", "2019-06-20", "meeting", set(), B,
             contacts=[("Cuba-China Friendship Association", FRIEND, None)]),
          doubtful={"mechanism": "a Cuban association with no party named: as CIPI"}),
    Probe("icap-zh-friendship-institute",
          "中联部官员会见古巴各国人民友好协会代表团",
          "6月20日，中联部有关负责同志在京会见古巴各国人民友好协会主席冈萨雷斯率领的代表团。",
          "2019-06-21", url(ZH, "2019-06-21", 70),
          ev("Cuba", "2019-06-20", "meeting", set(), B,
             contacts=[("古巴各国人民友好协会", FRIEND | {"government"}, None)]), lang="zh",
          doubtful={"mechanism": "as CIPI"}),
    Probe("brazil-china-friendship",
          "IDCPC Official Meets Brazil-China Friendship Association",
          "Beijing, November 11th--An official of the IDCPC met here today with a delegation of the "
          "Brazil-China Friendship Association.",
          "2019-11-12", url(EN, "2019-11-12", 71),
          ev("Brazil", "2019-11-11", "meeting", set(), B,
             contacts=[("Brazil-China Friendship Association", FRIEND, None)])),
    Probe("mexico-china-friendship-zh",
          "中联部官员会见墨中友好协会代表团",
          "11月11日，中联部有关负责同志在京会见墨西哥墨中友好协会代表团。",
          "2019-11-12", url(ZH, "2019-11-12", 72),
          ev("Mexico", "2019-11-11", "meeting", set(), B,
             contacts=[("墨中友好协会", FRIEND, None)]), lang="zh"),
    # ---- M. legislatures and their groups ------------------------------------------------------------
    Probe("brazil-china-parliamentary-front",
          "Guo Yezhou Meets Delegation of the Brazil-China Parliamentary Front",
          "Beijing, September 3rd--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Brazil-China Parliamentary Front headed by Deputy Fausto Pinato.",
          "2019-09-04", url(EN, "2019-09-04", 73),
          ev("Brazil", "2019-09-03", "meeting", set(), B,
             contacts=[(("Parliamentary Front", "Fausto Pinato"), {"legislature"}, ANY)])),
    Probe("mexico-friendship-group-chamber",
          "IDCPC Official Meets Mexico-China Friendship Group of the Chamber of Deputies",
          "Beijing, April 2nd--An official of the IDCPC met on April 1 with a delegation of the Mexico-China "
          "Friendship Group of the Chamber of Deputies of Mexico, whose members included deputies of "
          "MORENA and the PRI.",
          "2019-04-02", url(EN, "2019-04-02", 74),
          ev("Mexico", "2019-04-01", "meeting", {MORENA, PRI}, BL,
             contacts=[(("Friendship Group", "Chamber of Deputies"), {"legislature"}, ANY)])),
    Probe("chile-senate-friendship-group-zh",
          "中联部官员会见智利参议院智中友好小组",
          "4月2日，中联部有关负责同志在京会见智利参议院智中友好小组主席、智利社会党参议员率领的代表团。",
          "2019-04-03", url(ZH, "2019-04-03", 75),
          ev("Chile", "2019-04-02", "meeting", {"Socialist Party of Chile"}, BL,
             contacts=[(("参议院", "友好小组"), {"legislature"}, ANY)]), lang="zh"),
    Probe("cuba-anpp-delegation-zh",
          "郭业洲会见古巴全国人大代表团",
          "10月9日，中联部副部长郭业洲在京会见古巴全国人民政权代表大会副主席科斯塔率领的代表团。",
          "2019-10-10", url(ZH, "2019-10-10", 76),
          ev("Cuba", "2019-10-09", "meeting", set(), B,
             contacts=[(("全国人民政权代表大会", "科斯塔"), {"legislature"}, ANY)]), lang="zh",
          doubtful={"mechanism": "a legislature of a socialist state with no party named: as CIPI"}),
    Probe("nicaragua-assembly-fsln-deputy",
          "Qian Hongshan Meets Nicaraguan National Assembly Delegation",
          "Beijing, December 12th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a "
          "delegation of the National Assembly of Nicaragua headed by Deputy Jacinto Suárez, member of "
          "the Sandinista National Liberation Front (FSLN).",
          "2023-12-13", url(EN, "2023-12-13", 77),
          ev("Nicaragua", "2023-12-12", "meeting", {FSLN}, BL,
             contacts=[("Jacinto Suárez", {"legislature", "party"}, FSLN)])),
    # ---- N. party schools -----------------------------------------------------------------------------
    Probe("nico-lopez-school-delegation",
          "Guo Yezhou Meets Delegation of the Ñico López Higher Party School of Cuba",
          "Beijing, June 26th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the Ñico López Higher Party School of the Central Committee of the Communist Party of Cuba "
          "headed by its Rector Mercedes López Acea.",
          "2019-06-27", url(EN, "2019-06-27", 78),
          ev("Cuba", "2019-06-26", "meeting", {PCC}, BL,
             contacts=[(("Ñico López", "Mercedes López Acea"), SCHOOL, PCC)])),
    Probe("nico-lopez-zh",
          "郭业洲会见古共中央尼科·洛佩斯高级党校代表团",
          "6月26日，中联部副部长郭业洲在京会见古巴共产党中央尼科·洛佩斯高级党校校长率领的代表团，双方就干部培训交流交换意见。",
          "2019-06-27", url(ZH, "2019-06-27", 79),
          ev("Cuba", "2019-06-26", "meeting", {PCC}, BL,
             contacts=[("尼科·洛佩斯", SCHOOL, PCC)]), lang="zh"),
    Probe("nico-lopez-trad",
          "古共尼科·洛佩斯黨校代表團訪華",
          "【本報訊】古巴共產黨中央尼科·洛佩斯黨校代表團6月20日至27日應中聯部邀請訪華，先後訪問北京、浙江，考察基層黨建。",
          "2019-06-28", url(HK_ZH, "2019-06-28", 80),
          ev("Cuba", "2019-06-20", "field_trip", {PCC}, BL, KE,
             contacts=[(("尼科·洛佩斯黨校", "尼科·洛佩斯党校"), SCHOOL, PCC)]), lang="zh",
          doubtful={"event_type": "a delegation's stay that tours provinces: field_trip or "
                                  "delegation_received",
                    "content": "follows the doubtful event type"}),
    Probe("nico-lopez-no-accent-short",
          "IDCPC Official Meets Rector of the Nico Lopez School",
          "Beijing, March 19th--An official of the IDCPC met on March 18 with the Rector of the Nico "
          "Lopez Party School of Cuba. They discussed cooperation in cadre training between the two "
          "parties.",
          "2018-03-19", url(EN, "2018-03-19", 81),
          ev("Cuba", "2018-03-18", "meeting", {PCC}, BL,
             contacts=[("Nico Lopez", SCHOOL, PCC)])),
    Probe("nico-lopez-zh-course",
          "古巴党校干部研修班在京开班",
          "3月5日，中联部为古巴共产党尼科·洛佩斯党校举办的干部研修班在京开班，25名古方学员将在华学习两周。",
          "2019-03-06", url(ZH, "2019-03-06", 82),
          ev("Cuba", "2019-03-05", "training_course", {PCC}, BL, KE,
             contacts=[("尼科·洛佩斯", SCHOOL, PCC)]), lang="zh"),
    # ---- O. a person introduced only by a post in a body -----------------------------------------------
    Probe("copppal-president-post-only",
          "Song Tao Meets COPPPAL President",
          "Beijing, August 30th--Song Tao, head of the IDCPC, met here today with Alejandro Moreno "
          "Cárdenas, President of COPPPAL. Song said the CPC is ready to work with COPPPAL to promote the "
          "China-CELAC Political Parties Forum.",
          "2022-08-31", url(EN, "2022-08-31", 83),
          ev("multilateral", "2022-08-30", "meeting", set(), R,
             contacts=[("COPPPAL", PLATFORM, ANY)], not_government=("Alejandro Moreno",))),
    Probe("parlatino-president-zh-person-only",
          "钱洪山会见拉美议会议长",
          "5月20日，中联部副部长钱洪山在京会见拉美议会议长卡斯蒂略。",
          "2018-05-21", url(ZH, "2018-05-21", 84),
          ev("multilateral", "2018-05-20", "meeting", set(), R,
             not_government=("卡斯蒂略",)), lang="zh"),
    Probe("spf-executive-secretary-person-only-trad",
          "中聯部副部長會見聖保羅論壇執行書記",
          "【本報訊】中聯部副部長郭業洲4月9日在北京會見聖保羅論壇執行書記瓦倫特。",
          "2019-04-11", url(HK_ZH, "2019-04-11", 85),
          ev("multilateral", "2019-04-09", "meeting", set(), RL,
             not_government=("瓦倫特",)), lang="zh"),
    Probe("parlacen-president-person-only",
          "IDCPC Vice Minister Meets PARLACEN President",
          "Beijing, January 16th--Qian Hongshan, Vice Minister of the IDCPC, met with Irma Segunda Amaya, "
          "President of PARLACEN, on January 15.",
          "2019-01-16", url(EN, "2019-01-16", 86),
          ev("multilateral", "2019-01-15", "meeting", set(), R,
             not_government=("Irma Segunda Amaya",))),
    # ---- P. negatives: bodies outside LAC -------------------------------------------------------------
    Probe("neg-icapp-asia",
          "Guo Yezhou Meets ICAPP Delegation",
          "Beijing, July 4th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the International Conference of Asian Political Parties (ICAPP) headed by its Secretary "
          "General.",
          "2019-07-05", url(EN, "2019-07-05", 87), NO),
    Probe("neg-african-union-zh",
          "中联部副部长会见非洲联盟委员会代表团",
          "7月4日，中联部副部长郭业洲在京会见非洲联盟委员会代表团，双方就中非合作交换意见。",
          "2019-07-05", url(ZH, "2019-07-05", 88), NO, lang="zh"),
    Probe("neg-cosatu-trade-union",
          "IDCPC Official Meets COSATU Delegation",
          "Beijing, May 6th--An official of the IDCPC met here today with a delegation of the Congress of "
          "South African Trade Unions (COSATU).",
          "2019-05-07", url(EN, "2019-05-07", 89), NO),
    Probe("neg-european-parliament-group",
          "IDCPC Vice Minister Meets Members of the European Parliament",
          "Beijing, April 9th--Qian Hongshan, Vice Minister of the IDCPC, met here today with members of "
          "the European Parliament's delegation for relations with China.",
          "2019-04-10", url(EN, "2019-04-10", 90), NO),
    Probe("neg-asean-zh-trad",
          "中聯部官員會見東盟秘書處代表團",
          "【本報訊】中聯部有關負責同志4月9日在北京會見東盟秘書處代表團。",
          "2019-04-11", url(HK_ZH, "2019-04-11", 91), NO, lang="zh"),
    Probe("neg-spanish-foundation",
          "IDCPC Official Meets Delegation of Spain's Fundación Alternativas",
          "Beijing, October 3rd--An official of the IDCPC met on October 2 with a delegation of Fundación "
          "Alternativas, a Spanish progressive think tank.",
          "2019-10-03", url(EN, "2019-10-03", 92), NO),
    # ---- Q. worldwide platforms with LAC hosts or participants ------------------------------------------
    Probe("imcwp-havana-cpc-attends",
          "CPC Delegation Attends the International Meeting of Communist and Workers' Parties in Havana",
          "Havana, October 27th--A delegation of the Communist Party of China attended the 23rd "
          "International Meeting of Communist and Workers' Parties, hosted by the Communist Party of Cuba "
          "here from October 27 to 29.",
          "2023-10-31", url(EN, "2023-10-31", 93),
          ev("multilateral", "2023-10-27", "forum", {PCC}, GL, KE)),
    Probe("imcwp-havana-zh",
          "中共代表团出席第二十三届共产党和工人党国际会议",
          "当地时间10月27日至29日，第二十三届共产党和工人党国际会议在古巴首都哈瓦那举行，会议由古巴共产党主办。中共代表团应邀出席。",
          "2023-10-31", url(ZH, "2023-10-31", 94),
          ev("multilateral", "2023-10-27", "forum", {PCC}, GL, KE), lang="zh"),
    # ---- R. more copies and mixed forms ---------------------------------------------------------------
    Probe("embassy-copy-ujc-course",
          "Cuban Youth Leaders Attend Training Course in China",
          "2019/09/20\nHome > Embassy News\nA training course for cadres of the Young Communist League of "
          "Cuba, organised by the International Department of the CPC Central Committee, opened in "
          "Beijing on September 16. Twenty young leaders of the UJC will study China's experience in "
          "youth work for two weeks.",
          "2019-09-20", url(EMB_EN, "2019-09-20", 95),
          ev("Cuba", "2019-09-16", "training_course", {PCC}, BL, KE,
             contacts=[("Young Communist League", {"youth"}, PCC)])),
    Probe("paper-zh-ctc-visit",
          "古巴劳动者中央工会代表团访华",
          "本报北京5月5日电　应中联部邀请，古巴劳动者中央工会代表团5月2日至8日访华，"
          "在京期间会见了中联部领导，并赴江苏考察。\n"
          "《 日报 》（ 2019年05月05日　 第 03 版）",
          "2019-05-05", url(PAPER_ZH, "2019-05-05", 96),
          ev("Cuba", "2019-05-02", "delegation_received", set(), B, DI,
             contacts=[("古巴劳动者中央工会", {"trade_union"}, ANY)]), lang="zh",
          doubtful={"mechanism": "as CIPI", "content": "a stay with meetings and a field trip"}),
    Probe("agency-parlatino-cooperation",
          "China, Latin American Parliament pledge closer exchanges",
          "Home | World\n date 2019-10-16\nBEIJING, Oct. 15 -- A senior official of the Communist Party of "
          "China (CPC) on Tuesday met with a delegation of the Latin American Parliament (Parlatino), "
          "pledging closer exchanges between the CPC and legislators of the region.\nEditor: Wang Fei",
          "2019-10-16", url(AGENCY_EN, "2019-10-16", 97),
          ev("multilateral", "2019-10-15", "meeting", set(), R,
             contacts=[(("Latin American Parliament", "Parlatino"), {"legislature"}, ANY)])),
    Probe("agency-zh-puebla",
          "中联部部长会见普埃布拉集团代表团",
          "新华社北京11月7日电　中联部部长刘建超7日在京会见普埃布拉集团代表团。",
          "2023-11-07", url(AGENCY_ZH, "2023-11-07", 98),
          ev("multilateral", "2023-11-07", "meeting", set(), RL,
             contacts=[("普埃布拉集团", NETWORK, ANY)]), lang="zh",
          doubtful={"mechanism": "the Puebla Group's family, as above"}),
    Probe("spf-delegation-visits-china-several-parties",
          "São Paulo Forum Delegation Visits China",
          "Beijing, September 20th--At the invitation of the IDCPC, a delegation of leaders of member "
          "parties of the São Paulo Forum, including the Farabundo Martí National Liberation Front of El "
          "Salvador and the Movement for Socialism of Bolivia, visited China from September 10 to 20. "
          "The delegation visited Beijing, Shaanxi and Guangdong.",
          "2019-09-20", url(EN, "2019-09-20", 99),
          ev("multilateral", "2019-09-10", "delegation_received", {FMLN, MAS}, RL, DI,
             contacts=[("São Paulo Forum", PLATFORM, ANY)]),
          doubtful={"event_type": "a stay touring provinces: delegation_received or field_trip",
                    "content": "follows event_type"}),
    Probe("copppal-women-zh",
          "中联部官员会见拉美和加勒比政党常设大会妇女委员会代表团",
          "3月8日，中联部有关负责同志在京会见拉美和加勒比政党常设大会妇女委员会主席率领的代表团。",
          "2019-03-09", url(ZH, "2019-03-09", 100),
          ev("multilateral", "2019-03-08", "meeting", set(), R,
             contacts=[(("妇女", "拉美和加勒比政党常设大会"), {"women"}, ANY)]), lang="zh"),
    Probe("copppal-trad-letter",
          "拉美和加勒比政黨常設大會致函中共中央",
          "【本報訊】拉美和加勒比政黨常設大會主席莫雷諾10月16日致函中共中央，祝賀中共二十大召開。",
          "2022-10-18", url(HK_ZH, "2022-10-18", 101),
          ev("multilateral", "2022-10-16", "message", set(), R,
             contacts=[(("拉美和加勒比政黨常設大會", "拉美和加勒比政党常设大会"), PLATFORM, ANY)],
             not_government=("莫雷諾",)), lang="zh"),
    Probe("celac-zh-short-envoys-briefing",
          "中联部举办面向拉共体国家驻华使节的宣介会",
          "11月2日，中联部在京举办二十届三中全会精神宣介会，拉共体国家驻华使节30余人出席。",
          "2024-11-03", url(ZH, "2024-11-03", 102),
          ev("multilateral", "2024-11-02", "briefing", set(), R, KE), lang="zh"),
    Probe("copppal-online-briefing-en",
          "IDCPC Holds Online Briefing for COPPPAL Member Parties",
          "Beijing, December 3rd--The IDCPC held an online briefing on December 2 on the Fifth Plenary "
          "Session of the 19th CPC Central Committee for leaders of member parties of the Permanent "
          "Conference of Political Parties of Latin America and the Caribbean.",
          "2020-12-03", url(EN, "2020-12-03", 103),
          ev("multilateral", "2020-12-02", "briefing", set(), R, KE,
             contacts=[("Permanent Conference", PLATFORM, ANY)])),
    Probe("pcdob-foundation-mauricio-grabois",
          "IDCPC Official Meets Delegation of Brazil's Maurício Grabois Foundation",
          "Beijing, August 14th--An official of the IDCPC met on August 13 with a delegation of the "
          "Maurício Grabois Foundation, the think tank of the Communist Party of Brazil (PCdoB).",
          "2019-08-14", url(EN, "2019-08-14", 104),
          ev("Brazil", "2019-08-13", "meeting", {PCDOB}, BL,
             contacts=[("Maurício Grabois Foundation", {"think_tank"}, PCDOB)])),
    Probe("telesur-zh-media-venezuela",
          "中联部官员会见南方电视台代表团",
          "8月15日，中联部有关负责同志在京会见总部设在委内瑞拉的拉美南方电视台代表团。",
          "2019-08-16", url(ZH, "2019-08-16", 105),
          ev("Venezuela", "2019-08-15", "meeting", set(), B,
             contacts=[("南方电视台", {"media"}, None)]), lang="zh",
          doubtful={"country": "teleSUR is a multinational channel seated in Caracas: Venezuela or "
                               "multilateral",
                    "mechanism": "follows the doubtful country"}),
]

# ---- S. a second batch, written after the rules of this campaign (its first run is a fresh estimate) ----
UPLA = "Union of Latin American Parties"
PROBES += [
    Probe("upla-delegation-president",
          "Guo Yezhou Meets UPLA Delegation",
          "Beijing, November 19th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Union of Latin American Parties (UPLA) headed by its President. The two sides exchanged "
          "views on party-to-party exchanges between China and Latin America.",
          "2018-11-20", url(EN, "2018-11-20", 110),
          ev("multilateral", "2018-11-19", "meeting", set(), R,
             contacts=[(("Union of Latin American Parties", "UPLA"), PLATFORM, ANY)])),
    Probe("odca-zh-meeting",
          "钱洪山会见美洲基督教民主组织代表团",
          "10月22日，中联部副部长钱洪山在京会见美洲基督教民主组织执行秘书率领的代表团。",
          "2018-10-23", url(ZH, "2018-10-23", 111),
          ev("multilateral", "2018-10-22", "meeting", set(), R,
             contacts=[("美洲基督教民主组织", PLATFORM, ANY)]), lang="zh"),
    Probe("caricom-secretary-general",
          "Liu Jianchao Meets CARICOM Secretary-General",
          "Beijing, May 16th--Liu Jianchao, head of the International Department of the CPC Central "
          "Committee, met here today with Carla Barnett, Secretary-General of the Caribbean Community "
          "(CARICOM). Liu said the CPC is willing to share governance experience with Caribbean countries.",
          "2023-05-17", url(EN, "2023-05-17", 112),
          ev("multilateral", "2023-05-16", "meeting", set(), R,
             contacts=[(("Caribbean Community", "CARICOM"), BODY, ANY)])),
    Probe("copppal-women-committee-en",
          "IDCPC Official Meets Delegation of COPPPAL's Women's Committee",
          "Beijing, March 7th--An official of the IDCPC met here today with a delegation of the Women's "
          "Committee of the Permanent Conference of Political Parties of Latin America and the Caribbean.",
          "2019-03-08", url(EN, "2019-03-08", 113),
          ev("multilateral", "2019-03-07", "meeting", set(), R,
             contacts=[(("Permanent Conference", "Women"), {"women"}, ANY)])),
    Probe("parlatino-trad-full-name",
          "錢洪山會見拉丁美洲議會代表團",
          "【本報訊】中聯部副部長錢洪山10月15日在北京會見拉丁美洲議會代表團，雙方就加強交流交換意見。",
          "2019-10-17", url(HK_ZH, "2019-10-17", 114),
          ev("multilateral", "2019-10-15", "meeting", set(), R,
             contacts=[(("拉丁美洲議會", "拉丁美洲议会"), {"legislature"}, ANY)]), lang="zh"),
    Probe("alba-zh-peoples-name",
          "中联部官员会见美洲人民玻利瓦尔联盟代表团",
          "9月5日，中联部有关负责同志在京会见美洲人民玻利瓦尔联盟代表团。",
          "2019-09-06", url(ZH, "2019-09-06", 115),
          ev("multilateral", "2019-09-05", "meeting", set(), RL,
             contacts=[("玻利瓦尔联盟", BODY, ANY)]), lang="zh",
          doubtful={"mechanism": "ALBA-TCP's family, as above"}),
    Probe("neg-topic-spf-bilateral-pcc",
          "Guo Yezhou Meets Delegation of the Communist Party of Cuba",
          "Beijing, July 2nd--Guo Yezhou, Vice Minister of the IDCPC, met here today with a delegation of "
          "the Communist Party of Cuba headed by Emilio Lozada García, head of the International Relations "
          "Department of its Central Committee. The two sides exchanged views on the preparations for the "
          "next meeting of the São Paulo Forum in Havana.",
          "2019-07-03", url(EN, "2019-07-03", 116),
          ev("Cuba", "2019-07-02", "meeting", {PCC}, BL,
             contacts=[("Communist Party of Cuba", {"party"}, PCC)])),
    Probe("icap-en-president",
          "IDCPC Official Meets President of the Cuban Institute of Friendship with the Peoples",
          "Beijing, June 3rd--An official of the IDCPC met here today with Fernando González Llort, "
          "President of the Cuban Institute of Friendship with the Peoples (ICAP).",
          "2019-06-04", url(EN, "2019-06-04", 117),
          ev("Cuba", "2019-06-03", "meeting", set(), B,
             contacts=[(("Cuban Institute of Friendship", "Fernando González"), FRIEND | {"government"},
                        None)]),
          doubtful={"mechanism": "as CIPI"}),
    Probe("feu-cuba-students",
          "IDCPC Official Meets Delegation of Cuba's Federation of University Students",
          "Beijing, October 21st--An official of the IDCPC met on October 20 with a delegation of the "
          "Federation of University Students (FEU) of Cuba.",
          "2019-10-21", url(EN, "2019-10-21", 118),
          ev("Cuba", "2019-10-20", "meeting", set(), B,
             contacts=[("Federation of University Students", {"youth"}, None)]),
          doubtful={"mechanism": "as CIPI"}),
    Probe("mst-brazil-landless",
          "IDCPC Official Meets Leaders of Brazil's Landless Workers' Movement",
          "Beijing, August 8th--An official of the IDCPC met here today with leaders of the Landless "
          "Workers' Movement (MST) of Brazil. The two sides exchanged views on rural development.",
          "2019-08-09", url(EN, "2019-08-09", 119),
          ev("Brazil", "2019-08-08", "meeting", set(), B,
             contacts=[("Landless Workers' Movement", {"ngo"}, None)])),
    Probe("chile-communist-youth-zh",
          "中联部官员会见智利共产主义青年团代表团",
          "4月24日，中联部有关负责同志在京会见智利共产主义青年团代表团。",
          "2019-04-25", url(ZH, "2019-04-25", 120),
          ev("Chile", "2019-04-24", "meeting", {"Communist Party of Chile"}, BL,
             contacts=[("智利共产主义青年团", {"youth"}, "Communist Party of Chile")]), lang="zh"),
    Probe("sandinista-youth-en",
          "Qian Hongshan Meets Delegation of the Sandinista Youth",
          "Beijing, July 19th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a delegation "
          "of the Sandinista Youth 19th of July of Nicaragua.",
          "2018-07-20", url(EN, "2018-07-20", 121),
          ev("Nicaragua", "2018-07-19", "meeting", {FSLN}, BL,
             contacts=[("Sandinista Youth", {"youth"}, FSLN)])),
    Probe("cob-bolivia-zh",
          "中联部官员会见玻利维亚工人中央工会代表团",
          "5月8日，中联部有关负责同志在京会见玻利维亚工人中央工会执行书记率领的代表团。",
          "2019-05-09", url(ZH, "2019-05-09", 122),
          ev("Bolivia", "2019-05-08", "meeting", set(), B,
             contacts=[("玻利维亚工人中央工会", {"trade_union"}, None)]), lang="zh"),
    Probe("pit-cnt-zh",
          "中联部官员会见乌拉圭全国工人总工会代表团",
          "10月17日，中联部有关负责同志在京会见乌拉圭全国工人总工会主席阿夫达拉率领的代表团。",
          "2019-10-18", url(ZH, "2019-10-18", 123),
          ev("Uruguay", "2019-10-17", "meeting", set(), B,
             contacts=[("乌拉圭全国工人总工会", {"trade_union"}, None)]), lang="zh"),
    Probe("fpa-portuguese-name",
          "IDCPC Official Meets Delegation of Fundação Perseu Abramo",
          "Beijing, September 9th--An official of the IDCPC met on September 8 with a delegation of the "
          "Fundação Perseu Abramo, the foundation of Brazil's Workers' Party.",
          "2019-09-09", url(EN, "2019-09-09", 124),
          ev("Brazil", "2019-09-08", "meeting", {PT}, BL,
             contacts=[("Fundação Perseu Abramo", {"think_tank"}, PT)])),
    Probe("ujc-trad-full-name",
          "錢洪山會見古巴共產主義青年聯盟代表團",
          "【本報訊】中聯部副部長錢洪山5月14日在北京會見古巴共產主義青年聯盟第一書記率領的代表團。",
          "2019-05-16", url(HK_ZH, "2019-05-16", 125),
          ev("Cuba", "2019-05-14", "meeting", {PCC}, BL,
             contacts=[(("古巴共產主義青年聯盟", "古巴共产主义青年联盟"), {"youth"}, PCC)]), lang="zh"),
    Probe("copppal-cadres-course-zh",
          "拉美和加勒比政党常设大会干部研修班在京开班",
          "6月10日，中联部为拉美和加勒比政党常设大会成员党举办的干部研修班在京开班，来自12个国家的30名学员参加。",
          "2019-06-11", url(ZH, "2019-06-11", 126),
          ev("multilateral", "2019-06-10", "training_course", set(), R, KE,
             contacts=[("拉美和加勒比政党常设大会", PLATFORM, ANY)]), lang="zh"),
    Probe("copppal-online-seminar-en",
          "CPC and COPPPAL Hold Online Seminar on Poverty Reduction",
          "Beijing, September 17th--The International Department of the CPC Central Committee and the "
          "Permanent Conference of Political Parties of Latin America and the Caribbean held an online "
          "seminar on poverty reduction on September 17. Leaders of more than 30 political parties from "
          "the region took part.",
          "2020-09-18", url(EN, "2020-09-18", 127),
          ev("multilateral", "2020-09-17", "seminar", set(), R, KE,
             contacts=[("Permanent Conference", PLATFORM, ANY)])),
    Probe("agency-copppal-acronym-title",
          "CPC, COPPPAL pledge closer party exchanges",
          "Home | World\n date 2022-08-31\nBEIJING, Aug. 30 -- A senior official of the Communist Party of "
          "China (CPC) on Tuesday met with Alejandro Moreno, president of the Permanent Conference of "
          "Political Parties of Latin America and the Caribbean (COPPPAL).\nEditor: Zhang Lei",
          "2022-08-31", url(AGENCY_EN, "2022-08-31", 128),
          ev("multilateral", "2022-08-30", "meeting", set(), R,
             contacts=[(("Permanent Conference", "COPPPAL"), PLATFORM, ANY),
                       ("Alejandro Moreno", {"party"}, ANY)],
             not_government=("Alejandro Moreno",))),
    Probe("parlacen-secretary-lower-case-office",
          "IDCPC Official Meets PARLACEN Delegation",
          "Beijing, June 6th--An official of the IDCPC met on June 5 with a delegation of the Central "
          "American Parliament led by its vice president, Deputy Alejandro Zamora.",
          "2019-06-06", url(EN, "2019-06-06", 129),
          ev("multilateral", "2019-06-05", "meeting", set(), R,
             contacts=[("Central American Parliament", {"legislature"}, ANY)],
             not_government=("Alejandro Zamora",))),
    Probe("venezuela-china-friendship-group-assembly",
          "IDCPC Official Meets Venezuela-China Parliamentary Friendship Group",
          "Beijing, November 26th--An official of the IDCPC met here today with members of the "
          "Venezuela-China Parliamentary Friendship Group of the National Assembly of Venezuela.",
          "2019-11-27", url(EN, "2019-11-27", 130),
          ev("Venezuela", "2019-11-26", "meeting", set(), BL,
             contacts=[(("Friendship Group", "National Assembly"), {"legislature"}, ANY)]),
          doubtful={"mechanism": "a legislature with its ruling party not named: the project reads the "
                                 "head of state's party"}),
    Probe("neg-icapp-zh-trad",
          "錢洪山會見亞洲政黨國際會議代表團",
          "【本報訊】中聯部副部長錢洪山7月4日在北京會見亞洲政黨國際會議秘書長率領的代表團。",
          "2019-07-06", url(HK_ZH, "2019-07-06", 131), NO, lang="zh"),
]


BY_ID = {p.pid: p for p in PROBES}

# (probe id, field) -> why it stays open after this campaign.
OPEN: dict[tuple[str, str], str] = {}


def _contact_ok(record, forms, kinds: set[str], party) -> bool:
    forms = (forms,) if isinstance(forms, str) else forms
    for c in record.contacts:
        if any(f.lower() in (c.name or "").lower() for f in forms) and c.kind in kinds:
            if party is ANY or c.party == party:
                return True
    return False


def value_of(record, name: str, expected):
    """The harness's value; contacts and not_government keep the expected entries the record bears out."""
    if name == "contacts":
        return [check for check in expected if _contact_ok(record, *check)]
    if name == "not_government":
        return tuple(n for n in expected
                     if not any(n in (c.name or "") and c.kind == "government" for c in record.contacts))
    return probe_harness.value_of(record, name)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_organisation_page_field(probe: Probe, name: str, expected):
    """Codebook: a regional body or platform on the LAC side makes the exchange multilateral with a
    regional (LAC-wide) or global (worldwide) mechanism, +leftist by party family; a national body is
    its country's actor; `contacts` lists the body itself with its kind and binds persons to the party
    the page names; parties named as taking part are listed."""
    record = record_of(probe)
    assert value_of(record, name, expected) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def test_a_regional_body_named_as_a_topic_of_a_bilateral_talk_is_no_contact():
    """The body is a counterpart only where the LAC side is regional (country rule: multilateral)."""
    record = record_of(BY_ID["neg-topic-spf-bilateral-pcc"])
    assert record.country == "Cuba"
    assert not any("São Paulo Forum" in c.name for c in record.contacts)


def test_one_contact_per_body_however_many_of_its_names():
    """"the Latin American and Caribbean Parliament (Parlatino)" and a headline's "Latin American
    Parliament" are one counterpart."""
    record = record_of(BY_ID["parlatino-president-pizarro"])
    assert sum(c.kind == "legislature" and c.party is None for c in record.contacts) == 1


@pytest.mark.parametrize(("text", "kind"), [
    ("met here today with a delegation led by former Colombian President Ernesto Samper Pizano.", "other"),
    ("met here today with Colombian President Gustavo Petro.", "government"),
])
def test_an_office_held_before_is_no_government(text: str, kind: str):
    """Codebook kinds: a former head of state speaks for no government in office; the one in office
    does."""
    record = idcpc("Beijing, June 5th--Liu Jianchao, head of the IDCPC, " + text,
                   title="Liu Jianchao Meets Colombian Guest", published="2023-06-05",
                   url=url(EN, "2023-06-05", 140))
    assert [c.kind for c in record.contacts if "Samper" in c.name or "Petro" in c.name] == [kind]


def test_a_friendship_body_is_a_contact_only_where_the_page_names_no_other():
    """The two countries' body is the fallback counterpart; a person the page names comes first."""
    record = idcpc("Beijing, June 20th--An official of the IDCPC met here today with Miguel Barnet, "
                   "President of the Cuba-China Friendship Association.",
                   title="IDCPC Official Meets Cuban Guest", published="2019-06-20",
                   url=url(EN, "2019-06-20", 141))
    assert [c.name for c in record.contacts][:1] == ["Miguel Barnet"]


def test_members_of_a_standing_body_are_no_group_that_came_for_a_forum():
    """Content: "members of the … São Paulo Forum" are the body's members (daily interaction); delegates
    attending a forum came for one (knowledge exchange)."""
    assert record_of(BY_ID["spf-abbreviation-fsp-after-name"]).content == "daily interaction"
    record = idcpc("Beijing, March 14th--Wang Yajun, Assistant Minister of the IDCPC, met on March 13 with "
                   "Brazilian delegates attending the China-Latin America and Caribbean Political Parties "
                   "Forum.", title="Wang Yajun Meets Brazilian Delegates", published="2019-03-14",
                   url=url(EN, "2019-03-14", 142))
    assert record.content == "knowledge exchange"


def test_the_conference_word_of_a_bodys_own_name_is_no_meeting_of_it():
    """A message to COPPPAL stays a message; the plenary meeting of COPPPAL is a forum."""
    message = idcpc("Beijing, October 12th--The IDCPC sent a congratulatory message to the Permanent "
                    "Conference of Political Parties of Latin America and the Caribbean on its anniversary.",
                    title="IDCPC Congratulates COPPPAL", published="2019-10-12",
                    url=url(EN, "2019-10-12", 143))
    assert message.event_type == "message"
    assert record_of(BY_ID["spf-foro-caracas-cpc-attends"]).event_type == "forum"
