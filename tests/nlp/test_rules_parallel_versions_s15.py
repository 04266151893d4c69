"""Campaign 15A: one event, many versions. A careful coder gives the same row to every copy of one
exchange: the IDCPC's or the ministry's English page and its Chinese page, an agency or newspaper
copy with its own dateline, byline, caption or "Editor:" line, a traditional-character copy (Hong
Kong / Macao portal, an embassy's site), a one-paragraph short copy, and a copy printed a day or more
after the event (relative days then count from that copy's own dateline).

Self-written releases in the sites' style; party, country and official names are facts, the events
and wording are invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md). Probe ids are ``<event>.<version>``; ``test_versions_agree`` checks, per
event and field, that the versions the coder codes alike are extracted alike. Where a version's own
wording changes a field (a copy that drops the day), its expected value says so in a comment.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

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

# Copies on other sites (invented hosts in the shape of the real ones).
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
PEOPLE_ZH = "http://world.people-net.cn/n1/{y}/{m}{d}/c1002-3{n:04d}.html"
CHINADAILY_EN = "https://www.daily-en.cn/a/{y}{m}/{d}/WS{n:04d}.html"
CGTN_EN = "https://news.tv-net.cn/{y}-{m}-{d}/story-{n}/index.html"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
MO_ZH = "https://www.macao-daily.com.mo/html/{y}-{m}/{d}/content_{n}.htm"
EMBASSY = "http://{cc}.china-embassy.gov.cn/{col}/{ym}/t{ymd}_11{n:06d}.htm"
TW_ZH = "https://www.tw-news.com.tw/news/aipl/{y}{m}{d}{n:04d}.aspx"
BIG5 = "http://big5.agency-news.cn/gate/big5/www.agency-news.cn/"
PROVINCE_ZH = "https://zjnews.province-daily.cn/{y}{m}/{d}/{n}.shtml"

PCDOB = "Communist Party of Brazil"
PT = "Workers' Party (Brazil)"
PSB = "Brazilian Socialist Party"
PSUV = "United Socialist Party of Venezuela"
PCV = "Communist Party of Venezuela"
PCC = "Communist Party of Cuba"
FA = "Broad Front"
FMLN = "Farabundo Martí National Liberation Front"
MORENA = "National Regeneration Movement"
ANR = "Colorado Party (Paraguay)"
PCCH = "Communist Party of Chile"
LIBRE = "Liberty and Refoundation"
FSLN = "Sandinista National Liberation Front"
PLD = "Dominican Liberation Party"

ZH = "zh"
MFA = "mfa"


def en(pid: str, title: str, text: str, published: str | None, address: str, expect: dict[str, Any],
       **more: Any) -> Probe:
    """An IDCPC-coded page in English (the site's own or a copy)."""
    return Probe(pid, title, text, published, address, expect, **more)


def zh(pid: str, title: str, text: str, published: str | None, address: str, expect: dict[str, Any],
       **more: Any) -> Probe:
    """An IDCPC-coded page in Chinese (simplified or traditional)."""
    return Probe(pid, title, text, published, address, expect, lang=ZH, **more)


def mfa_en(pid: str, title: str, text: str, published: str | None, address: str, expect: dict[str, Any],
           counterpart: str | None = None) -> Probe:
    """A ministry-coded page in English; ``counterpart`` is a name the record's counterpart must hold."""
    if counterpart:
        COUNTERPARTS[pid] = counterpart
    return Probe(pid, title, text, published, address, expect, source=MFA)


def mfa_zh(pid: str, title: str, text: str, published: str | None, address: str, expect: dict[str, Any],
           **more: Any) -> Probe:
    """A ministry-coded page in Chinese."""
    return Probe(pid, title, text, published, address, expect, lang=ZH, source=MFA, **more)


COUNTERPARTS: dict[str, str] = {}


def hos(country: str, event_type: str, date: str | None, level: bool, action: str | None = None,
        partnership: str | None = None) -> dict[str, Any]:
    """The expected fields of a relevant ministry page."""
    return yes(country, event_type, date, head_of_state_level=level, partnership_action=action,
               partnership_level=partnership)


# ---------------------------------------------------------------- IDCPC events ----
E01 = yes("Brazil", "meeting", "2012-05-21", parties={PCDOB}, mechanism=BL, content=DI)
E02 = yes("Venezuela", "meeting", "2016-06-14", parties={PSUV}, mechanism=BL, content=DI)
E03 = yes("Uruguay", "delegation_visit_abroad", "2019-11-04", parties={FA}, mechanism=BL, content=DI)
E04 = yes("Cuba", "video_call", "2020-08-27", parties={PCC}, mechanism=BL, content=DI)
E05 = yes("Cuba", "message", "2021-04-19", parties={PCC}, mechanism=BL, content=DI)
E06 = yes("Uruguay", "message", "2022-10-24", parties={FA}, mechanism=BL, content=DI)
E07 = yes(M, "training_course", "2018-11-07", parties={PT, FMLN}, mechanism=RL, content=KE)
E08 = yes(M, "forum", "2018-05-28", parties={PSUV, PT, MORENA, ANR}, mechanism=RL, content=KE)
E09 = yes("Chile", "field_trip", "2023-05-10", parties={PCCH}, mechanism=BL, content=KE)
E10 = yes(M, "briefing", "2024-07-30", parties=set(), mechanism=R, content=KE)
E11 = yes("Honduras", "meeting", "2025-10-14", parties={LIBRE}, mechanism=BL, content=DI)
E12 = yes("Nicaragua", "delegation_received", "2014-07-15", parties={FSLN}, mechanism=BL, content=DI)
E13 = yes("Brazil", "dialogue", "2022-09-08", parties={PT, PCDOB, PSB}, mechanism=BL, content=KE)
E14 = yes("Cuba", "message", "2016-11-26", parties={PCC}, mechanism=BL, content=DI)
E15 = yes("Peru", "meeting", "2026-03-12", parties=set(), mechanism=B, content=DI)
E16 = yes("Venezuela", "meeting", "2017-03-15", parties={PCV}, mechanism=BL, content=DI)

IDCPC_PROBES: list[Probe] = [
    # ---- e01: a minister meets a PCdoB delegation (2012) ----
    en("e01.site-en", "Wang Jiarui Meets Delegation of Communist Party of Brazil",
       "( 2012.05.22 )\nBeijing, May 21st--Wang Jiarui, who heads the CPC's International Department, "
       "received here today a delegation of the Communist Party of Brazil (PCdoB) led by Renato Rabelo, "
       "the party's national president.\nWang said the CPC values its long friendship with the PCdoB "
       "and is ready to deepen exchanges on party building and governance. Rabelo praised China's "
       "development and said his party wants to learn from the CPC's experience.\nEnditem",
       "2012-05-22", url(IDCPC_EN_OLD, "2012-05-22", 101), E01),
    zh("e01.site-zh", "王家瑞会见巴西共产党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n5月21日，中联部部长王家瑞在京会见由巴西共产党主席雷纳托·拉贝"
       "罗"
       "率领的巴共代表团。\n王家瑞表示，中共重视同巴共的传统友谊，愿同巴共加强治党理政经验交流。拉贝罗积极评"
       "价"
       "中国的发展成就，表示巴共希望借鉴中共的经验。",
       "2012-05-22", url(IDCPC_ZH, "2012-05-22", 101), E01),
    en("e01.agency-en", "Senior CPC official meets Brazilian communist party delegation",
       "Home | China | World | Business | Photos\n date 2012-05-21\nBEIJING, May 21 (Xinhua) -- A senior "
       "official of the Communist Party of China (CPC) met with a visiting delegation of the Communist "
       "Party of Brazil (PCdoB) here Monday.\nWang Jiarui, the CPC's top official for international "
       "liaison, told Renato Rabelo, who leads the PCdoB, that the two parties should step up exchanges.\n"
       "Editor: Mu Xuequan",
       "2012-05-21", url(AGENCY_EN, "2012-05-21", 101), E01),
    zh("e01.people-zh", "王家瑞会见巴西共产党客人",
       "人民网北京5月21日电（记者 李明）中联部部长王家瑞今天在北京会见了巴西共产党主席拉贝罗率领的代表团。"
       "双方就两党关系和共同关心的问题交换了意见。\n（责任编辑：张华）",
       "2012-05-21", url(PEOPLE_ZH, "2012-05-21", 101), E01),

    # ---- e02: Song Tao meets a PSUV delegation (2016) ----
    en("e02.site-en", "Song Tao Meets PSUV Delegation",
       "( 2016.06.15 )\nBeijing, June 14th--Song Tao, the head of the CPC's International Department, met "
       "here today with a delegation of the United Socialist Party of Venezuela (PSUV) led by Héctor "
       "Rodríguez, a member of its national leadership.\nSong said the CPC is willing to work with the "
       "PSUV to carry forward their friendship and to share experience in running the party and the "
       "state. Rodríguez thanked China for its support.\nEnditem",
       "2016-06-15", url(IDCPC_EN_OLD, "2016-06-15", 201), E02),
    zh("e02.site-zh", "宋涛会见委内瑞拉统一社会主义党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n6月14日，中联部部长宋涛在京会见委内瑞拉统一社会主义党全国领导"
       "委员"
       "罗德里格斯率领的代表团。\n宋涛表示，中共愿同委统社党加强交往，深化治党治国经验交流。罗德里格斯感谢中"
       "方"
       "长期以来的支持。",
       "2016-06-15", url(IDCPC_ZH, "2016-06-15", 201), E02),
    zh("e02.hk-trad", "宋濤會見委內瑞拉統一社會主義黨代表團",
       "【本報訊】中聯部部長宋濤6月14日在北京會見委內瑞拉統一社會主義黨全國領導委員羅德里格斯率領的代表團。"
       "雙方就加強兩黨交流合作交換意見。\n（編輯：陳小明）",
       "2016-06-15", url(HK_ZH, "2016-06-15", 201), E02),
    en("e02.short", "Song Tao Meets PSUV Delegation",
       "On June 14, Song Tao, head of the IDCPC, met in Beijing with a PSUV delegation headed by Héctor "
       "Rodríguez and discussed ties between the two parties.",
       "2016-06-16", url(IDCPC_EN_OLD, "2016-06-16", 202), E02),

    # ---- e03: a CPC delegation's visit to Uruguay and Portugal as a whole (2019) ----
    en("e03.site-en", "CPC Delegation Visits Uruguay and Portugal",
       "( 2019.11.12 )\nFrom November 4th to 11th, a CPC delegation led by Guo Yezhou, vice-minister of "
       "the IDCPC, visited Uruguay and Portugal at the invitation of the Broad Front of Uruguay and the "
       "Portuguese Socialist Party.\nIn Montevideo, the delegation met Javier Miranda, president of the "
       "Broad Front, and leaders of the Uruguayan parliament, and briefed them on the CPC's governance. "
       "In Lisbon, the delegation held talks with leaders of the Socialist Party.\nEnditem",
       "2019-11-12", url(IDCPC_EN_OLD, "2019-11-12", 301), E03),
    zh("e03.site-zh", "中共代表团访问乌拉圭和葡萄牙",
       "联络动态\n联络动态\n作者：\n责任编辑：\n应乌拉圭广泛阵线和葡萄牙社会党邀请，中联部副部长郭业洲率中共"
       "代表团于"
       "11月4日至11日访问乌拉圭和葡萄牙。\n在乌期间，代表团会见了广泛阵线主席米兰达和乌议会领导人，介绍了中共"
       "治国"
       "理政经验。在葡期间，代表团同社会党领导人举行会谈。",
       "2019-11-12", url(IDCPC_ZH, "2019-11-12", 301), E03),
    en("e03.agency-en", "CPC delegation in Uruguay to deepen party ties",
       "Home | World | Latin America\n date 2019-11-05\nMONTEVIDEO, Nov. 5 (Xinhua) -- A delegation of the "
       "Communist Party of China (CPC) headed by Guo Yezhou began a visit to Uruguay on Monday at the "
       "invitation of the ruling Broad Front.\nDuring the visit the delegation is meeting the Broad "
       "Front's president Javier Miranda and members of parliament.\n[Photo caption: Guo Yezhou (R) "
       "speaks with Javier Miranda in Montevideo, Nov. 4, 2019.]\nEditor: Shi Yinglun",
       "2019-11-05", url(AGENCY_EN, "2019-11-05", 301), E03),
    en("e03.late", "CPC delegation wraps up Uruguay trip",
       "Home | World\n date 2019-11-14\nMONTEVIDEO, Nov. 13 -- A delegation of the Communist Party of "
       "China (CPC) led by Guo Yezhou recently concluded a visit to Uruguay, where it held meetings with "
       "the Broad Front and lawmakers, before flying on to Portugal.\nEditor: Li Xia",
       "2019-11-14", url(AGENCY_EN, "2019-11-14", 302),
       # this copy gives no day of the visit ("recently"): no date
       {**E03, "event_date": None}),

    # ---- e04: a video call with the PCC (2020) ----
    en("e04.site-en", "Song Tao Holds Video Call with José Ramón Balaguer",
       "( 2020.08.28 )\nBeijing, August 27th--Song Tao, head of the IDCPC, held a video call today with José "
       "Ramón Balaguer, who heads the International Relations Department of the Central Committee of the "
       "Communist Party of Cuba.\nThe two sides exchanged views on fighting COVID-19 and on exchanges "
       "between the two parties.\nEnditem",
       "2020-08-28", url(IDCPC_EN_OLD, "2020-08-28", 401), E04),
    zh("e04.site-zh", "宋涛同古共中央国际关系部部长巴拉格尔视频通话",
       "联络动态\n联络动态\n作者：\n责任编辑：\n8月27日，中联部部长宋涛同古巴共产党中央国际关系部部长巴拉格尔"
       "举行视频"
       "通话。\n双方就共同抗击新冠肺炎疫情、加强两党交往等交换了意见。",
       "2020-08-28", url(IDCPC_ZH, "2020-08-28", 401), E04),
    zh("e04.embassy-zh", "宋涛同古共中央国际关系部部长巴拉格尔视频通话",
       "驻古巴使馆 > 中古关系\n2020/08/29\n8月27日，中联部部长宋涛同古共中央国际关系部部长巴拉格尔举行视频通"
       "话。"
       "双方表示将进一步加强两党交流合作。\n【打印】【关闭】",
       "2020-08-29", url(EMBASSY, "2020-08-29", 401, cc="cu", col="chn/zggx"), E04),
    en("e04.agency-en", "CPC, Communist Party of Cuba officials hold video call",
       " date 2020-08-28\nBEIJING, Aug. 28 (Xinhua) -- Song Tao, head of the International Department of "
       "the Communist Party of China (CPC), held a video call on Thursday with José Ramón Balaguer of the "
       "Communist Party of Cuba, the two sides said.\nThey agreed to keep up exchanges during the "
       "pandemic.\nEditor: Huaxia",
       "2020-08-28", url(AGENCY_EN, "2020-08-28", 401), E04),

    # ---- e05: Xi's message to Díaz-Canel on his election as the PCC's leader (2021) ----
    en("e05.site-en", "Xi Jinping Congratulates Miguel Díaz-Canel on Election as Leader of the PCC",
       "2021.04.20 / Source: IDCPC\nBeijing, April 19th--Xi Jinping, general secretary of the CPC Central "
       "Committee, sent a message of congratulations today to Miguel Díaz-Canel Bermúdez on his election "
       "as first secretary of the Communist Party of Cuba at the party's Eighth Congress.\nXi said the "
       "CPC is ready to work with the Cuban party to lift their ties to a new level.",
       "2021-04-20", url(IDCPC_EN, "2021-04-20", 501), E05),
    zh("e05.site-zh", "习近平致电祝贺迪亚斯-卡内尔当选古巴共产党中央第一书记",
       "联络动态\n联络动态\n作者：\n责任编辑：\n4月19日，中共中央总书记习近平致电迪亚斯-卡内尔，祝贺他当选古"
       "巴共产党"
       "中央委员会第一书记。\n习近平表示，中共愿同古共一道，推动两党两国关系不断迈上新台阶。",
       "2021-04-20", url(IDCPC_ZH, "2021-04-20", 501), E05),
    zh("e05.agency-zh", "习近平致电祝贺迪亚斯-卡内尔当选古共中央第一书记",
       " date 2021-04-20\n新华社北京4月20日电 中共中央总书记习近平19日致电迪亚斯-卡内尔，祝贺他当选古巴共产党"
       "中央"
       "第一书记。\n习近平在贺电中表示，中古两党两国是好朋友、好同志。\n【责任编辑：王婧】",
       "2021-04-20", url(AGENCY_ZH, "2021-04-20", 501), E05),
    zh("e05.macao-trad", "習近平致電祝賀迪亞斯-卡內爾當選古共中央第一書記",
       "新華社北京4月20日電 中共中央總書記習近平19日致電迪亞斯-卡內爾，祝賀他當選古巴共產黨中央委員會第一書記"
       "。"
       "習近平表示，願同古方共同推動兩黨兩國關係向前發展。",
       "2021-04-20", url(MO_ZH, "2021-04-20", 501), E05),
    en("e05.short", "Xi congratulates Díaz-Canel",
       "Xi Jinping on April 19 sent congratulations to Miguel Díaz-Canel on his election as first "
       "secretary of the Communist Party of Cuba.",
       "2021-04-21", url(CHINADAILY_EN, "2021-04-21", 501), E05),

    # ---- e06: a message from the Broad Front of Uruguay on the CPC's 20th Congress (2022) ----
    en("e06.site-en", "Broad Front of Uruguay Congratulates the CPC on Its 20th National Congress",
       "2022.10.27 / Source: IDCPC\nOn October 24, Fernando Pereira, president of the Broad Front of "
       "Uruguay, sent a message to General Secretary Xi Jinping congratulating the CPC on the successful "
       "close of its 20th National Congress.\nThe message said the Congress charts a course for China's "
       "modernization and that the Broad Front hopes to deepen its ties with the CPC.",
       "2022-10-27", url(IDCPC_EN, "2022-10-27", 601), E06),
    zh("e06.site-zh", "乌拉圭广泛阵线致函祝贺中共二十大胜利闭幕",
       "联络动态\n联络动态\n作者：\n责任编辑：\n10月24日，乌拉圭广泛阵线主席佩雷拉致函中共中央总书记习近平，"
       "祝贺中共"
       "二十大胜利闭幕。\n贺函表示，大会为中国式现代化指明了方向，广泛阵线愿同中共深化交往。",
       "2022-10-27", url(IDCPC_ZH, "2022-10-27", 601), E06),
    zh("e06.paper-zh", "外国政党祝贺中共二十大胜利闭幕",
       "本报北京10月26日电 乌拉圭广泛阵线主席佩雷拉24日致函习近平总书记，热烈祝贺中国共产党第二十次全国代表大"
       "会"
       "胜利闭幕，表示愿同中共加强交流。\n《人民日报》（2022年10月26日 03 版）",
       "2022-10-26", url(PAPER_ZH, "2022-10-26", 601), E06),

    # ---- e07: a training course for LAC party cadres (2018) ----
    en("e07.site-en", "Seminar for Cadres of Latin American and Caribbean Political Parties Opens in Beijing",
       "( 2018.11.08 )\nBeijing, November 7th--A training course on poverty reduction for cadres of Latin "
       "American and Caribbean political parties, run by the IDCPC, opened here today. Some 30 party "
       "officials from ten countries, including members of the Workers' Party of Brazil and the Farabundo "
       "Martí National Liberation Front of El Salvador, attend the two-week course, which includes "
       "lectures and visits to villages.\nEnditem",
       "2018-11-08", url(IDCPC_EN_OLD, "2018-11-08", 701), E07),
    zh("e07.site-zh", "拉美和加勒比政党干部研修班在京开班",
       "联络动态\n联络动态\n作者：\n责任编辑：\n11月7日，中联部主办的拉美和加勒比国家政党干部减贫研修班在京开"
       "班。来自"
       "10个国家的约30名政党干部参加，其中包括巴西劳工党和萨尔瓦多法拉本多·马蒂民族解放阵线的成员。研修班为期"
       "两周，"
       "安排专题讲座和实地考察。",
       "2018-11-08", url(IDCPC_ZH, "2018-11-08", 701), E07),
    en("e07.chinadaily-en", "Latin American party cadres study China's poverty fight",
       "By Zhang Wei | chinadaily.com.cn | Updated: 2018-11-08 09:12\nAbout 30 officials of political "
       "parties from Latin America and the Caribbean, among them members of Brazil's Workers' Party and "
       "El Salvador's FMLN, began a two-week training course in Beijing on Wednesday organized by the "
       "CPC's International Department.\nThe course covers targeted poverty alleviation.",
       "2018-11-08", url(CHINADAILY_EN, "2018-11-08", 701), E07),
    en("e07.short", "LAC party cadres' course opens",
       "A training course for Latin American and Caribbean party cadres, with members of Brazil's "
       "Workers' Party and the FMLN, opened in Beijing on November 7.",
       "2018-11-09", url(IDCPC_EN_OLD, "2018-11-09", 702), E07),

    # ---- e08: a China–LAC political parties forum (2018) ----
    en("e08.site-en", "China-Latin America and the Caribbean Political Parties Forum Held in Shenzhen",
       "( 2018.05.30 )\nShenzhen, May 28th--The China-Latin America and the Caribbean Political Parties "
       "Forum opened here today. Leaders of more than 40 parties from 20 countries of the region, "
       "including the United Socialist Party of Venezuela, the Workers' Party of Brazil, Mexico's MORENA "
       "and Paraguay's Colorado Party, discussed governance and cooperation under the Belt and Road "
       "with CPC officials.\nEnditem",
       "2018-05-30", url(IDCPC_EN_OLD, "2018-05-30", 801), E08),
    zh("e08.site-zh", "中国—拉美和加勒比政党论坛在深圳举行",
       "联络动态\n联络动态\n作者：\n责任编辑：\n5月28日，中国—拉美和加勒比政党论坛在深圳开幕。来自地区20个国"
       "家的40多个"
       "政党领导人出席，其中包括委内瑞拉统一社会主义党、巴西劳工党、墨西哥国家复兴运动和巴拉圭红党。与会代表"
       "同中共"
       "代表围绕治国理政和共建“一带一路”深入交流。",
       "2018-05-30", url(IDCPC_ZH, "2018-05-30", 801), E08),
    en("e08.cgtn-en", "Chinese and Latin American parties meet in Shenzhen",
       "Updated 21:40, 28-May-2018\nBy Liu Yang\nParty leaders from Latin America and the Caribbean gathered "
       "in Shenzhen on Monday for a forum with the Communist Party of China. Delegates of Venezuela's "
       "PSUV, Brazil's Workers' Party, Mexico's MORENA and Paraguay's Colorado Party were among the "
       "speakers at the China-Latin America and the Caribbean Political Parties Forum.",
       "2018-05-28", url(CGTN_EN, "2018-05-28", 801), E08),
    zh("e08.hk-trad", "中國—拉美和加勒比政黨論壇深圳開幕",
       "【本報深圳5月28日電】中國—拉美和加勒比政黨論壇今日在深圳開幕。委內瑞拉統一社會主義黨、巴西勞工黨、墨"
       "西哥"
       "國家復興運動及巴拉圭紅黨等拉美政黨領導人出席並發言。",
       "2018-05-29", url(HK_ZH, "2018-05-29", 801), E08),

    # ---- e09: a PCCh delegation's field trip to Zhejiang (2023) ----
    en("e09.site-en", "Delegation of the Communist Party of Chile Visits Zhejiang",
       "2023.05.15 / Source: IDCPC\nFrom May 10 to 13, a delegation of the Communist Party of Chile led by "
       "its president Lautaro Carmona toured Zhejiang Province at the invitation of the CPC. The guests "
       "visited villages in Anji and a digital-economy park in Hangzhou to learn about rural "
       "revitalization and grassroots party building.",
       "2023-05-15", url(IDCPC_EN, "2023-05-15", 901), E09),
    zh("e09.site-zh", "智利共产党代表团赴浙江考察",
       "联络动态\n联络动态\n作者：\n责任编辑：\n5月10日至13日，应中共邀请，智利共产党主席卡莫纳率智共代表团赴"
       "浙江考察，"
       "参观安吉乡村和杭州数字经济园区，了解乡村振兴和基层党建情况。",
       "2023-05-15", url(IDCPC_ZH, "2023-05-15", 901), E09),
    zh("e09.province-zh", "智利共产党代表团来浙考察",
       "浙江新闻 > 要闻\n2023-05-11 08:30 来源：浙江日报\n记者 王芳\n本报讯 5月10日，智利共产党主席卡莫纳率代"
       "表团抵达"
       "杭州，开始在浙江的考察。代表团将走访安吉乡村，了解基层党建和乡村振兴经验。\n编辑：周琳",
       "2023-05-11", url(PROVINCE_ZH, "2023-05-11", 901), E09),
    zh("e09.late-zh", "智利共产党代表团在浙江考察",
       "本报讯 日前，智利共产党主席卡莫纳率代表团在浙江考察，参观乡村和数字经济园区。",
       "2023-05-20", url(PROVINCE_ZH, "2023-05-20", 902),
       # 日前 gives no day (codebook rule 3): no date
       {**E09, "event_date": None}),

    # ---- e10: a briefing on the Third Plenary Session for LAC diplomats (2024) ----
    en("e10.site-en", "IDCPC Briefs Latin American and Caribbean Diplomats on the Third Plenary Session",
       "2024.07.31 / Source: IDCPC\nBeijing, July 30th--The IDCPC held a briefing session here today on "
       "the Third Plenary Session of the 20th CPC Central Committee for ambassadors and diplomats of "
       "Latin American and Caribbean countries in China. Vice-minister Sun Haiyan presented the session's "
       "decisions on further deepening reform, and envoys of Argentina, Cuba, Mexico, Colombia and other "
       "countries asked questions.",
       "2024-07-31", url(IDCPC_EN, "2024-07-31", 1001), E10),
    zh("e10.site-zh", "中联部向拉美和加勒比国家驻华使节宣介党的二十届三中全会精神",
       "联络动态\n联络动态\n作者：\n责任编辑：\n7月30日，中联部在京举行二十届三中全会精神宣介会，向拉美和加勒"
       "比国家驻华"
       "使节介绍全会关于进一步全面深化改革的部署。中联部副部长孙海燕出席并宣介。阿根廷、古巴、墨西哥、哥伦比"
       "亚等国"
       "使节参加。",
       "2024-07-31", url(IDCPC_ZH, "2024-07-31", 1001), E10),
    en("e10.agency-en", "LAC envoys briefed on CPC plenum",
       " date 2024-07-31\nBEIJING, July 31 (Xinhua) -- Diplomats from Latin American and Caribbean countries "
       "were briefed on Tuesday by the International Department of the Communist Party of China Central "
       "Committee on the outcomes of the Third Plenary Session.\nEnvoys of Argentina, Cuba and Mexico "
       "attended.\nEditor: Zhang Yi",
       "2024-07-31", url(AGENCY_EN, "2024-07-31", 1001), E10),
    en("e10.short", "Briefing for LAC diplomats",
       "On July 30 the IDCPC briefed ambassadors of Latin American and Caribbean countries in Beijing on "
       "the Third Plenary Session of the 20th CPC Central Committee.",
       "2024-08-01", url(IDCPC_EN, "2024-08-01", 1002), E10),

    # ---- e11: the IDCPC's head meets a Libre delegation from Honduras (2025) ----
    en("e11.site-en", "Liu Haixing Meets Delegation of Liberty and Refoundation Party of Honduras",
       "2025.10.15 / Source: IDCPC\nBeijing, October 14th--Liu Haixing, who heads the CPC's International "
       "Department, received here today a delegation of the Liberty and Refoundation Party (LIBRE) of "
       "Honduras led by its coordinator-general's representative Marlon Ochoa.\nLiu said the CPC is ready "
       "to enhance exchanges with LIBRE on the basis of the one-China principle.",
       "2025-10-15", url(IDCPC_EN, "2025-10-15", 1101), E11),
    zh("e11.site-zh", "刘海星会见洪都拉斯自由与重建党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n10月14日，中联部部长刘海星在京会见洪都拉斯自由与重建党代表团"
       "。\n刘海星"
       "表示，中共愿在一个中国原则基础上同自由与重建党加强交往。",
       "2025-10-15", url(IDCPC_ZH, "2025-10-15", 1101), E11),
    en("e11.agency-en", "Senior CPC official meets Honduran party delegation",
       " date 2025-10-14\nBEIJING, Oct. 14 (Xinhua) -- Liu Haixing, head of the International Department "
       "of the CPC Central Committee, met with a delegation from Honduras' Liberty and Refoundation Party "
       "in Beijing on Tuesday.\nEditor: Huaxia",
       "2025-10-14", url(AGENCY_EN, "2025-10-14", 1101), E11),
    zh("e11.hk-trad", "劉海星會見洪都拉斯自由與重建黨代表團",
       "【本報訊】中聯部部長劉海星14日在北京會見洪都拉斯自由與重建黨代表團，雙方就加強兩黨交往交換意見。",
       "2025-10-15", url(HK_ZH, "2025-10-15", 1101), E11),

    # ---- e12: an FSLN delegation's stay in China as a whole (2014) ----
    en("e12.site-en", "FSLN Delegation Visits China",
       "( 2014.07.25 )\nAt the invitation of the CPC, a delegation of the Sandinista National Liberation "
       "Front (FSLN) of Nicaragua led by Jacinto Suárez, its secretary for international relations, "
       "visited China from July 15th to 24th. Vice-minister Li Jun met the delegation in Beijing. The "
       "delegation also travelled to Sichuan and Shanghai.\nEnditem",
       "2014-07-25", url(IDCPC_EN_OLD, "2014-07-25", 1201), E12),
    zh("e12.site-zh", "尼加拉瓜桑地诺民族解放阵线代表团访华",
       "联络动态\n联络动态\n作者：\n责任编辑：\n应中共邀请，尼加拉瓜桑地诺民族解放阵线国际关系书记苏亚雷斯率"
       "代表团于7月"
       "15日至24日访华。中联部副部长李军在京会见代表团。代表团还赴四川、上海参观访问。",
       "2014-07-25", url(IDCPC_ZH, "2014-07-25", 1201), E12),
    en("e12.short", "FSLN Delegation Visits China",
       "An FSLN delegation from Nicaragua headed by Jacinto Suárez was in China from July 15 to 24 at the "
       "CPC's invitation.",
       "2014-07-26", url(IDCPC_EN_OLD, "2014-07-26", 1202), E12),

    # ---- e13: an online dialogue between the CPC and Brazilian parties (2022) ----
    en("e13.site-en", "CPC and Brazilian Political Parties Hold Online Dialogue",
       "( 2022.09.09 )\nBeijing, September 8th--The CPC and Brazilian parties held a dialogue online today on"
       " "
       "governance and development. Vice-minister Chen Zhou spoke for the CPC; leaders of the Workers' "
       "Party, the Communist Party of Brazil and the Brazilian Socialist Party took part and shared their "
       "views on reducing inequality.\nEnditem",
       "2022-09-09", url(IDCPC_EN_OLD, "2022-09-09", 1301), E13),
    zh("e13.site-zh", "中巴（西）政党对话会以视频方式举行",
       "联络动态\n联络动态\n作者：\n责任编辑：\n9月8日，中国共产党与巴西政党对话会以视频方式举行。中联部副部"
       "长陈洲出席并"
       "讲话，巴西劳工党、巴西共产党和巴西社会党领导人参加，围绕治国理政和缩小不平等交流。",
       "2022-09-09", url(IDCPC_ZH, "2022-09-09", 1301), E13),
    zh("e13.agency-zh", "中国共产党与巴西政党举行视频对话会",
       " date 2022-09-09\n新华社北京9月9日电 中国共产党与巴西政党对话会8日以视频方式举行，巴西劳工党、巴西共"
       "产党、"
       "巴西社会党领导人出席。\n【责任编辑：李佳】",
       "2022-09-09", url(AGENCY_ZH, "2022-09-09", 1301), E13),

    # ---- e14: Xi's condolences on the death of Fidel Castro (2016) ----
    en("e14.site-en", "Xi Jinping Sends Condolences on the Passing of Fidel Castro",
       "( 2016.11.26 )\nBeijing, November 26th--Xi Jinping, general secretary of the CPC Central Committee, "
       "today sent a message of condolence to Raúl Castro, who leads the Communist Party of Cuba, on the "
       "death of Comrade Fidel Castro.\nXi said the Chinese people had lost a close comrade and a sincere "
       "friend.\nEnditem",
       "2016-11-26", url(IDCPC_EN_OLD, "2016-11-26", 1401), E14),
    zh("e14.site-zh", "习近平就菲德尔·卡斯特罗逝世致唁电",
       "联络动态\n联络动态\n作者：\n责任编辑：\n11月26日，中共中央总书记习近平致电古巴共产党中央第一书记劳尔·"
       "卡斯特罗，"
       "对菲德尔·卡斯特罗同志逝世表示深切哀悼。",
       "2016-11-26", url(IDCPC_ZH, "2016-11-26", 1401), E14),
    zh("e14.hk-trad", "習近平就菲德爾·卡斯特羅逝世致唁電",
       "【本報北京11月26日電】中共中央總書記習近平今日致電古巴共產黨領導人勞爾·卡斯特羅，對菲德爾·卡斯特羅逝"
       "世表示"
       "沉痛哀悼。",
       "2016-11-27", url(HK_ZH, "2016-11-27", 1401), E14),
    en("e14.late", "Chinese leaders mourn Fidel Castro",
       " date 2016-11-28\nBEIJING, Nov. 28 -- Xi Jinping sent a message of condolence on Saturday to Raúl "
       "Castro, leader of the Communist Party of Cuba, after the death of Fidel Castro. Chinese officials "
       "also paid respects at the Cuban embassy on Monday.\nEditor: Xiang Bo",
       "2016-11-28", url(AGENCY_EN, "2016-11-28", 1401), E14),

    # ---- e15: a vice minister meets a delegation of Peru's Congress (2026) ----
    en("e15.site-en", "Sun Haiyan Meets Delegation of the Congress of Peru",
       "2026.03.13 / Source: IDCPC\nBeijing, March 12th--Sun Haiyan, vice-minister of the IDCPC, met here "
       "today with a delegation of the Congress of the Republic of Peru led by congressman Carlos Anderson. "
       "The two sides talked about exchanges between legislators and practical cooperation.",
       "2026-03-13", url(IDCPC_EN, "2026-03-13", 1501), E15),
    zh("e15.site-zh", "孙海燕会见秘鲁国会代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n3月12日，中联部副部长孙海燕在京会见秘鲁国会议员安德森率领的秘"
       "鲁国会代表团，"
       "双方就立法机构交流和务实合作交换意见。",
       "2026-03-13", url(IDCPC_ZH, "2026-03-13", 1501), E15),
    en("e15.embassy-en", "Vice Minister Sun Haiyan Meets Peruvian Congress Delegation",
       "Embassy of the People's Republic of China in the Republic of Peru > News\n2026-03-14 10:02\nOn 12 "
       "March, Sun Haiyan, vice minister of the International Department of the CPC Central Committee, "
       "met a delegation of the Peruvian Congress headed by Carlos Anderson in Beijing.\n[Print] [Close]",
       "2026-03-14", url(EMBASSY, "2026-03-14", 1501, cc="pe", col="eng/zgxw"), E15),
    en("e15.short", "Sun Haiyan meets Peruvian lawmakers",
       "Sun Haiyan met a delegation of Peru's Congress in Beijing on March 12.",
       "2026-03-13", url(CHINADAILY_EN, "2026-03-13", 1501), E15),

    # ---- e16: a digest whose first LAC item is a meeting with the PCV (2017) ----
    en("e16.site-en", "IDCPC News in Brief",
       "( 2017.03.17 )\nOn March 14th, Vice-minister Guo Yezhou met a delegation of the Communist Party of "
       "Vietnam in Beijing.\nOn March 15th, Vice-minister Li Jun met a delegation of the Communist Party "
       "of Venezuela (PCV) led by its general secretary Óscar Figuera.\nOn March 16th, Vice-minister Wang "
       "Yajun met guests from the Cambodian People's Party.\nEnditem",
       "2017-03-17", url(IDCPC_EN_OLD, "2017-03-17", 1601), E16),
    zh("e16.site-zh", "中联部简讯",
       "联络动态\n联络动态\n作者：\n责任编辑：\n3月14日，中联部副部长郭业洲在京会见越南共产党代表团。\n3月15"
       "日，中联部"
       "副部长李军会见委内瑞拉共产党总书记菲格拉率领的委共代表团。\n3月16日，中联部副部长王亚军会见柬埔寨人民"
       "党客人。",
       "2017-03-17", url(IDCPC_ZH, "2017-03-17", 1601), E16),
    en("e16.short", "Li Jun meets PCV delegation",
       "On March 15, IDCPC vice-minister Li Jun met Óscar Figuera, general secretary of the Communist Party "
       "of Venezuela, and his delegation in Beijing.",
       "2017-03-18", url(IDCPC_EN_OLD, "2017-03-18", 1602), E16),
]

# ------------------------------------------------------------ ministry events ----
F01 = hos("Brazil", "talks", "2023-04-14", True)
CSP = "comprehensive strategic partnership"
RECALLED = ("the page only recalls a level: the decision rules make partnership_level the new level "
            "(none here), the field list 'the level named'; the project follows the tune half's "
            "coders and keeps it")


def recalled(expect: dict[str, Any], level: str) -> dict[str, Any]:
    """A version that names a level it only recalls (no action): the level kept, marked doubtful."""
    return {**expect, "partnership_level": level}
F02 = hos("Colombia", "talks", "2023-10-25", True, "establish", "strategic partnership")
F03 = hos("Venezuela", "talks", "2023-09-13", True, "upgrade", "all-weather strategic partnership")
F04 = hos("Uruguay", "talks", "2023-11-22", True, "upgrade", "comprehensive strategic partnership")
F05 = hos("Suriname", "talks", "2019-11-27", True, "establish", "strategic cooperative partnership")
F06 = hos("Bolivia", "talks", "2018-06-19", True, "establish", "strategic partnership")
F07 = hos("Mexico", "phone_call", "2020-03-26", False)
F08 = hos("Mexico", "message", "2024-06-04", False)
F09 = hos("Argentina", "meeting_on_sidelines", "2024-11-19", True)
F10 = hos("Honduras", "joint_statement", "2023-03-26", False)
F11 = yes(M, "official_visit", "2015-05-18", partnership_action=None, partnership_level=None)

MFA_PROBES: list[Probe] = [
    # ---- f01: Xi and Lula hold talks during a state visit (2023); the partnership is only recalled ----
    mfa_en("f01.site-en", "Xi Jinping Holds Talks with Brazilian President Luiz Inácio Lula da Silva",
           "On the afternoon of April 14, 2023, President Xi Jinping held talks with President Luiz Inácio "
           "Lula da Silva of Brazil at the Great Hall of the People in Beijing. Lula is in China on a state "
           "visit.\nXi said the two countries, as the largest developing economies of their hemispheres, "
           "should give their comprehensive strategic partnership fresh meaning. Lula said Brazil wants to "
           "work with China on trade, climate and a fairer world order.",
           "2023-04-14", url(MFA_EN, "2023-04-14", 101), recalled(F01, CSP), counterpart="Lula"),
    mfa_zh("f01.site-zh", "习近平同巴西总统卢拉会谈",
           "4月14日下午，习近平主席在人民大会堂与巴西总统卢拉举行会谈。卢拉正在中国进行国事访问。\n习近平指出"
           "，中巴"
           "同为东西半球最大的发展中国家，双方应赋予中巴全面战略伙伴关系新的内涵。卢拉表示，巴方愿同中方在贸"
           "易、气候"
           "变化等领域加强合作。",
           "2023-04-14", url(MFA_ZH, "2023-04-14", 101), recalled(F01, CSP)),
    mfa_en("f01.agency-en", "Xi holds talks with Brazilian president",
           "Home | China | World\n date 2023-04-14\nBEIJING, April 14 (Xinhua) -- Chinese President Xi Jinpin"
           "g "
           "held talks with Brazilian President Luiz Inacio Lula da Silva on Friday in Beijing.\nThe two "
           "leaders agreed to deepen cooperation in trade, green industry and technology.\nEditor: Huaxia",
           "2023-04-14", url(AGENCY_EN, "2023-04-14", 101), F01),
    mfa_zh("f01.hk-trad", "習近平同巴西總統盧拉會談",
           "【本報北京4月14日電】國家主席習近平14日下午在人民大會堂同巴西總統盧拉舉行會談。盧拉正在中國進行國"
           "事訪問。"
           "兩國元首同意深化經貿、綠色發展等領域合作。",
           "2023-04-15", url(HK_ZH, "2023-04-15", 101), F01),
    mfa_en("f01.late", "What Lula's Beijing talks mean for China-Brazil ties",
           " date 2023-04-16\nBEIJING, April 16 -- Chinese President Xi Jinping and Brazilian President Luiz "
           "Inacio Lula da Silva held talks on Friday in Beijing, agreeing to expand trade and cooperation "
           "in science and technology.\nEditor: Wu Lu",
           "2023-04-16", url(AGENCY_EN, "2023-04-16", 102), F01),

    # ---- f02: Xi and Petro hold talks and establish a strategic partnership (2023) ----
    mfa_en("f02.site-en", "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
           "On October 25, 2023, President Xi Jinping held talks with President Gustavo Petro of Colombia, "
           "who is paying a state visit to China, at the Great Hall of the People. The two heads of state "
           "announced that China and Colombia are establishing a strategic partnership.\nXi said the new "
           "partnership opens a new chapter in bilateral relations.",
           "2023-10-25", url(MFA_EN, "2023-10-25", 201), F02, counterpart="Petro"),
    mfa_zh("f02.site-zh", "习近平同哥伦比亚总统佩特罗举行会谈",
           "10月25日，国家主席习近平在人民大会堂同来华国事访问的哥伦比亚总统佩特罗会谈。两国元首宣布，中哥建"
           "立战略"
           "伙伴关系。\n习近平表示，这是两国关系史上的新篇章。",
           "2023-10-25", url(MFA_ZH, "2023-10-25", 201), F02),
    mfa_en("f02.cgtn-en", "China, Colombia set up strategic partnership as Xi, Petro meet",
           "Updated 19:05, 25-Oct-2023\nBy Wang Xin\nChinese President Xi Jinping and his Colombian counterpa"
           "rt "
           "Gustavo Petro held talks in Beijing on Wednesday and announced that the two countries will "
           "establish a strategic partnership.",
           "2023-10-25", url(CGTN_EN, "2023-10-25", 201), F02),
    mfa_zh("f02.embassy-zh", "习近平同哥伦比亚总统佩特罗会谈",
           "驻哥伦比亚使馆 > 使馆新闻\n2023/10/26\n当地时间10月25日（北京时间10月25日），习近平主席在北京同哥"
           "伦比亚总统"
           "佩特罗举行会谈，两国元首共同宣布建立中哥战略伙伴关系。\n【打印】【关闭】",
           "2023-10-26", url(EMBASSY, "2023-10-26", 201, cc="co", col="chn/sgxw"), F02),

    # ---- f03: Xi and Maduro raise ties to an all-weather strategic partnership (2023) ----
    mfa_en("f03.site-en", "Xi Jinping Holds Talks with Venezuelan President Nicolás Maduro",
           "On September 13, 2023, President Xi Jinping held talks with President Nicolás Maduro of "
           "Venezuela, who is on a state visit, at the Great Hall of the People. The two heads of state "
           "announced the elevation of China-Venezuela relations to an all-weather strategic partnership.",
           "2023-09-13", url(MFA_EN, "2023-09-13", 301), F03, counterpart="Maduro"),
    mfa_zh("f03.site-zh", "习近平同委内瑞拉总统马杜罗会谈",
           "9月13日，国家主席习近平在人民大会堂同来华国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布，将中"
           "委关系"
           "提升为全天候战略伙伴关系。",
           "2023-09-13", url(MFA_ZH, "2023-09-13", 301), F03),
    mfa_zh("f03.agency-zh", "习近平同委内瑞拉总统马杜罗会谈 两国关系提升为全天候战略伙伴关系",
           " date 2023-09-13\n新华社北京9月13日电 国家主席习近平13日在人民大会堂同委内瑞拉总统马杜罗会谈。两"
           "国元首"
           "宣布把中委关系提升为全天候战略伙伴关系。\n【责任编辑：刘洋】",
           "2023-09-13", url(AGENCY_ZH, "2023-09-13", 301), F03),
    mfa_en("f03.short", "China, Venezuela upgrade ties",
           "Xi Jinping and Nicolás Maduro held talks in Beijing on September 13 and lifted China-Venezuela "
           "ties to an all-weather strategic partnership.",
           "2023-09-14", url(CHINADAILY_EN, "2023-09-14", 301), F03),

    # ---- f04: Xi and Lacalle Pou upgrade ties (2023) ----
    mfa_en("f04.site-en", "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
           "On November 22, 2023, President Xi Jinping held talks in Beijing with President Luis Lacalle Pou "
           "of Uruguay, who is paying a state visit. The two heads of state agreed to elevate the "
           "relationship to a comprehensive strategic partnership.",
           "2023-11-22", url(MFA_EN, "2023-11-22", 401), F04, counterpart="Lacalle Pou"),
    mfa_zh("f04.site-zh", "习近平同乌拉圭总统拉卡列会谈",
           "11月22日，国家主席习近平在北京同来华国事访问的乌拉圭总统拉卡列举行会谈。两国元首一致同意将中乌关"
           "系提升"
           "为全面战略伙伴关系。",
           "2023-11-22", url(MFA_ZH, "2023-11-22", 401), F04),
    mfa_zh("f04.hk-trad", "中烏關係提升為全面戰略夥伴關係",
           "【本報北京11月22日電】國家主席習近平今日同來訪的烏拉圭總統拉卡列舉行會談，雙方宣布將兩國關係提升"
           "為全面"
           "戰略夥伴關係。",
           "2023-11-23", url(HK_ZH, "2023-11-23", 401), F04),

    # ---- f05: Xi and Bouterse establish a strategic cooperative partnership (2019) ----
    mfa_en("f05.site-en", "Xi Jinping Holds Talks with President Desiré Delano Bouterse of Suriname",
           "On November 27, 2019, President Xi Jinping held talks at the Great Hall of the People with "
           "President Desiré Delano Bouterse of Suriname, who is on a state visit to China. The two heads "
           "of state agreed to establish a strategic cooperative partnership between China and Suriname.",
           "2019-11-27", url(MFA_EN, "2019-11-27", 501), F05, counterpart="Bouterse"),
    mfa_zh("f05.site-zh", "习近平同苏里南总统鲍特瑟会谈",
           "11月27日，国家主席习近平在人民大会堂同来华进行国事访问的苏里南总统鲍特瑟会谈。两国元首同意建立中"
           "苏"
           "战略合作伙伴关系。",
           "2019-11-27", url(MFA_ZH, "2019-11-27", 501), F05),
    mfa_en("f05.late", "China, Suriname set up strategic cooperative partnership",
           " date 2019-11-29\nBEIJING, Nov. 29 -- China and Suriname agreed to establish a strategic "
           "cooperative partnership when President Xi Jinping held talks with Surinamese President Desiré "
           "Delano Bouterse in Beijing on Wednesday.\nEditor: Gu Yu",
           "2019-11-29", url(AGENCY_EN, "2019-11-29", 501), F05),

    # ---- f06: Xi and Morales establish a strategic partnership (2018) ----
    mfa_en("f06.site-en", "Xi Jinping Holds Talks with President Evo Morales of Bolivia",
           "On June 19, 2018, President Xi Jinping held talks with President Evo Morales of Bolivia, who is "
           "on a state visit to China, at the Great Hall of the People. The two heads of state decided to "
           "establish a strategic partnership between China and Bolivia.",
           "2018-06-19", url(MFA_EN, "2018-06-19", 601), F06, counterpart="Morales"),
    mfa_zh("f06.site-zh", "习近平同玻利维亚总统莫拉莱斯举行会谈",
           "6月19日，国家主席习近平在人民大会堂同来华进行国事访问的玻利维亚总统莫拉莱斯举行会谈。两国元首决定"
           "建立"
           "中玻战略伙伴关系。",
           "2018-06-19", url(MFA_ZH, "2018-06-19", 601), F06),
    mfa_en("f06.agency-en", "China, Bolivia establish strategic partnership",
           " date 2018-06-19\nBEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping and Bolivian Presiden"
           "t "
           "Evo Morales held talks here Tuesday and agreed to lift bilateral ties to a strategic "
           "partnership.\n[Photo caption: Xi Jinping holds talks with Evo Morales at the Great Hall of the "
           "People in Beijing, June 19, 2018.]\nEditor: Yang Yi",
           "2018-06-19", url(AGENCY_EN, "2018-06-19", 601), F06),

    # ---- f07: Wang Yi's phone call with Marcelo Ebrard (2020) ----
    mfa_en("f07.site-en", "Wang Yi Has a Phone Call with Mexican Foreign Minister Marcelo Ebrard",
           "On March 26, 2020, State Councilor and Foreign Minister Wang Yi spoke on the phone with Mexican "
           "Foreign Minister Marcelo Ebrard. Wang said China stands ready to share its experience of "
           "fighting COVID-19 and to help Mexico with medical supplies.",
           "2020-03-27", url(MFA_EN, "2020-03-27", 701), F07, counterpart="Ebrard"),
    mfa_zh("f07.site-zh", "王毅同墨西哥外长埃布拉德通电话",
           "2020年3月26日，国务委员兼外长王毅应约同墨西哥外长埃布拉德通电话。王毅表示，中方愿同墨方分享抗疫经"
           "验，"
           "并提供力所能及的帮助。",
           "2020-03-27", url(MFA_ZH, "2020-03-27", 701), F07),
    mfa_en("f07.agency-en", "Chinese FM talks with Mexican counterpart over phone",
           " date 2020-03-27\nBEIJING, March 27 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang"
           " "
           "Yi held a phone conversation on Thursday with Mexican Foreign Minister Marcelo Ebrard on "
           "cooperation against the epidemic.\nEditor: Liu",
           "2020-03-27", url(AGENCY_EN, "2020-03-27", 701), F07),

    # ---- f08: Xi's message to a president-elect (2024): not yet a head of state ----
    mfa_en("f08.site-en", "Xi Jinping Congratulates Claudia Sheinbaum on Her Election as President of Mexico",
           "On June 4, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her "
           "election as President of the United Mexican States. Xi said he stands ready to work with "
           "President-elect Sheinbaum to push the comprehensive strategic partnership forward.",
           "2024-06-04", url(MFA_EN, "2024-06-04", 801), recalled(F08, CSP), counterpart="Sheinbaum"),
    mfa_zh("f08.site-zh", "习近平致电祝贺辛鲍姆当选墨西哥总统",
           "2024年6月4日，国家主席习近平致电辛鲍姆，祝贺她当选墨西哥合众国总统。习近平表示，愿同当选总统辛鲍"
           "姆一道，"
           "推动中墨全面战略伙伴关系不断向前发展。",
           "2024-06-04", url(MFA_ZH, "2024-06-04", 801), recalled(F08, CSP)),
    mfa_zh("f08.hk-trad", "習近平致電祝賀辛鮑姆當選墨西哥總統",
           "【本報北京6月4日電】國家主席習近平今日致電辛鮑姆，祝賀她當選墨西哥總統。",
           "2024-06-05", url(HK_ZH, "2024-06-05", 801), F08),
    mfa_en("f08.short", "Xi congratulates Mexico's president-elect",
           "Xi Jinping on June 4 congratulated Claudia Sheinbaum on being elected president of Mexico.",
           "2024-06-05", url(CHINADAILY_EN, "2024-06-05", 801), F08),

    # ---- f09: Xi meets Milei on the sidelines of the G20 summit in Rio (2024) ----
    mfa_en("f09.site-en", "Xi Jinping Meets Argentine President Javier Milei",
           "On the afternoon of November 19, 2024 local time, President Xi Jinping met with President Javier "
           "Milei of Argentina on the sidelines of the G20 Summit in Rio de Janeiro. Xi said China and "
           "Argentina should respect each other and keep their comprehensive strategic partnership on a "
           "steady track.",
           "2024-11-20", url(MFA_EN, "2024-11-20", 901), recalled(F09, CSP), counterpart="Milei"),
    mfa_zh("f09.site-zh", "习近平会见阿根廷总统米莱",
           "当地时间11月19日下午，国家主席习近平在里约热内卢出席二十国集团领导人峰会期间会见阿根廷总统米莱。"
           "习近平"
           "指出，中阿应相互尊重，推动两国全面战略伙伴关系稳定发展。",
           "2024-11-20", url(MFA_ZH, "2024-11-20", 901), recalled(F09, CSP)),
    mfa_en("f09.cgtn-en", "Xi meets Milei in Rio",
           "Updated 08:12, 20-Nov-2024\nChinese President Xi Jinping met with Argentine President Javier Mile"
           "i "
           "on Tuesday on the margins of the G20 summit in Rio de Janeiro, Brazil.",
           "2024-11-20", url(CGTN_EN, "2024-11-20", 901), F09),
    mfa_en("f09.late", "Milei hails China ties after meeting Xi in Rio",
           " date 2024-11-21\nBUENOS AIRES, Nov. 20 -- Argentine President Javier Milei, who met Chinese "
           "President Xi Jinping on Tuesday at the G20 summit in Rio de Janeiro, said on Wednesday that "
           "China is a very interesting trade partner.\nEditor: Zhou Lu",
           "2024-11-21", url(AGENCY_EN, "2024-11-21", 901), F09),

    # ---- f10: the joint communiqué with Honduras (2023): signed by foreign ministers ----
    mfa_en("f10.site-en", "Joint Communiqué between China and Honduras on Establishing Diplomatic Relations",
           "China and Honduras, wishing to serve the interests of both peoples, have decided to recognize "
           "each other and to set up diplomatic relations at ambassadorial level from the date of signing. "
           "Honduras accepts the one-China principle and ends its so-called official ties with Taiwan.\n"
           "Signed in Beijing on March 26, 2023.\nQin Gang, Foreign Minister of China\nEduardo Enrique Reina,"
           " "
           "Minister of Foreign Affairs of Honduras",
           "2023-03-26", url(MFA_EN, "2023-03-26", 1001), F10),
    mfa_zh("f10.site-zh", "中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报",
           "中洪两国政府根据两国人民的利益和愿望，决定自签字之日起相互承认并建立大使级外交关系。洪方承认一个"
           "中国原则，"
           "断绝同台湾的所谓“外交关系”。\n二〇二三年三月二十六日于北京\n中方代表 秦刚\n洪方代表 雷纳",
           "2023-03-26", url(MFA_ZH, "2023-03-26", 1001), F10),
    mfa_en("f10.agency-en", "China, Honduras establish diplomatic ties",
           " date 2023-03-26\nBEIJING, March 26 (Xinhua) -- China and Honduras on Sunday signed a joint "
           "communique in Beijing to establish diplomatic relations. Chinese Foreign Minister Qin Gang and "
           "Honduran Foreign Minister Eduardo Enrique Reina signed the document.\nEditor: Huaxia",
           "2023-03-26", url(AGENCY_EN, "2023-03-26", 1001),
           # a report of the signing, not the communiqué's text: the codebook's joint_statement is the
           # page that is the text; a ceremony both sides attend is `other`
           {**F10, "event_type": "other"}),

    # ---- f11: the announcement of Li Keqiang's trip to four LAC countries (2015) ----
    mfa_en("f11.site-en", "Li Keqiang to Visit Brazil, Colombia, Peru and Chile",
           "Foreign Ministry Spokesperson Hong Lei announced that at the invitation of the leaders of the "
           "four countries, Premier Li Keqiang will pay official visits to Brazil, Colombia, Peru and Chile "
           "from May 18 to 26.",
           "2015-05-12", url(MFA_EN, "2015-05-12", 1101), F11),
    mfa_zh("f11.site-zh", "李克强将对巴西、哥伦比亚、秘鲁、智利进行正式访问",
           "外交部发言人洪磊宣布：应四国领导人邀请，国务院总理李克强将于5月18日至26日对巴西、哥伦比亚、秘鲁和"
           "智利进行"
           "正式访问。",
           "2015-05-12", url(MFA_ZH, "2015-05-12", 1101), F11),
    mfa_zh("f11.agency-zh", "李克强将访问拉美四国",
           " date 2015-05-12\n新华社北京5月12日电 外交部发言人洪磊12日宣布，国务院总理李克强将于5月18日至26日"
           "对巴西、"
           "哥伦比亚、秘鲁、智利进行正式访问。\n【责任编辑：赵静】",
           "2015-05-12", url(AGENCY_ZH, "2015-05-12", 1101), F11),
]

# ----------------------------------------------------------------- not relevant ----
NEG_PROBES: list[Probe] = [
    # n01: a Spanish party (Spanish speakers, Europe)
    en("n01.site-en", "Guo Yezhou Meets PSOE Delegation",
       "( 2019.04.10 )\nBeijing, April 9th--Guo Yezhou, vice-minister of the IDCPC, met here today with a "
       "delegation of the Spanish Socialist Workers' Party (PSOE) led by Héctor Gómez. They talked about "
       "China-EU relations.\nEnditem",
       "2019-04-10", url(IDCPC_EN_OLD, "2019-04-10", 2101), NO),
    zh("n01.site-zh", "郭业洲会见西班牙工人社会党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n4月9日，中联部副部长郭业洲在京会见西班牙工人社会党代表团，双"
       "方就中欧关系"
       "交换意见。",
       "2019-04-10", url(IDCPC_ZH, "2019-04-10", 2101), NO),
    en("n01.agency-en", "CPC official meets Spanish socialists",
       " date 2019-04-09\nBEIJING, April 9 (Xinhua) -- A senior CPC official met a delegation of Spain's "
       "Socialist Workers' Party here Tuesday.\nEditor: Xiaoxia",
       "2019-04-09", url(AGENCY_EN, "2019-04-09", 2101), NO),
    # n02: Equatorial Guinea (Spanish-speaking Africa)
    en("n02.site-en", "Liu Jianchao Meets PDGE Delegation of Equatorial Guinea",
       "2023.06.14 / Source: IDCPC\nBeijing, June 13th--Liu Jianchao, who heads the CPC's International "
       "Department, received here today a delegation of the Democratic Party of Equatorial Guinea led by "
       "its secretary general.",
       "2023-06-14", url(IDCPC_EN, "2023-06-14", 2201), NO),
    zh("n02.site-zh", "刘建超会见赤道几内亚民主党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n6月13日，中联部部长刘建超在京会见赤道几内亚民主党总书记率领的"
       "代表团。",
       "2023-06-14", url(IDCPC_ZH, "2023-06-14", 2201), NO),
    zh("n02.hk-trad", "劉建超會見赤道幾內亞民主黨代表團",
       "【本報訊】中聯部部長劉建超13日在北京會見赤道幾內亞民主黨代表團。",
       "2023-06-14", url(HK_ZH, "2023-06-14", 2201), NO),
    # n03: Portugal's president
    mfa_en("n03.site-en", "Xi Jinping Holds Talks with Portuguese President Marcelo Rebelo de Sousa",
           "On April 29, 2019, President Xi Jinping held talks with President Marcelo Rebelo de Sousa of "
           "Portugal in Beijing. The two heads of state agreed to deepen their comprehensive strategic "
           "partnership.",
           "2019-04-29", url(MFA_EN, "2019-04-29", 2301), NO),
    mfa_zh("n03.site-zh", "习近平同葡萄牙总统德索萨会谈",
           "4月29日，国家主席习近平在北京同葡萄牙总统德索萨举行会谈，双方同意深化中葡全面战略伙伴关系。",
           "2019-04-29", url(MFA_ZH, "2019-04-29", 2301), NO),
    # n04: only an ambassador on the Chinese side (codebook: not relevant)
    mfa_en("n04.embassy-en", "Ambassador Song Yang Meets Peruvian Foreign Minister",
           "Embassy of the People's Republic of China in the Republic of Peru > News\n2022-08-17\nOn August 1"
           "6, "
           "Chinese Ambassador to Peru Song Yang called on Foreign Minister Miguel Rodríguez Mackay in Lima. "
           "They discussed bilateral cooperation.\n[Print] [Close]",
           "2022-08-17", url(EMBASSY, "2022-08-17", 2401, cc="pe", col="eng/sgxw"), NO),
    mfa_zh("n04.embassy-zh", "宋扬大使会见秘鲁外长",
           "驻秘鲁使馆 > 使馆新闻\n2022/08/17\n8月16日，驻秘鲁大使宋扬在利马拜会秘鲁外长罗德里格斯，双方就双"
           "边合作交换"
           "意见。\n【打印】【关闭】",
           "2022-08-17", url(EMBASSY, "2022-08-17", 2401, cc="pe", col="chn/sgxw"), NO),
    # n05: a Philippine party (Spanish-looking names, Asia)
    en("n05.site-en", "Chen Zhou Meets PDP-Laban Delegation of the Philippines",
       "( 2021.09.24 )\nBeijing, September 23rd--Chen Zhou, vice-minister of the IDCPC, held an online "
       "meeting today with Aquilino Pimentel, president of PDP-Laban of the Philippines.\nEnditem",
       "2021-09-24", url(IDCPC_EN_OLD, "2021-09-24", 2501), NO),
    zh("n05.site-zh", "陈洲会见菲律宾民主人民力量党代表",
       "联络动态\n联络动态\n作者：\n责任编辑：\n9月23日，中联部副部长陈洲以视频方式会见菲律宾民主人民力量党主"
       "席皮门特尔。",
       "2021-09-24", url(IDCPC_ZH, "2021-09-24", 2501), NO),
    # n06: a spokesperson's remark on Venezuela: no exchange
    mfa_en("n06.site-en", "Foreign Ministry Spokesperson Hua Chunying's Remarks on the Situation in Venezuela"
           "",
           "Q: What is China's view of the situation in Venezuela?\nA: China supports the efforts of the "
           "Venezuelan government to uphold national sovereignty and stability, and opposes outside "
           "interference in Venezuela's internal affairs.",
           "2019-01-30", url(MFA_EN, "2019-01-30", 2601), NO),
    mfa_zh("n06.site-zh", "外交部发言人华春莹就委内瑞拉局势答记者问",
           "问：中方如何看待委内瑞拉当前局势？\n答：中方支持委内瑞拉政府维护国家主权和稳定的努力，反对外部势"
           "力干涉委内瑞拉"
           "内政。",
           "2019-01-30", url(MFA_ZH, "2019-01-30", 2601), NO),
    # n07: a CPC delegation's trip to Spain and Portugal only
    en("n07.site-en", "CPC Delegation Visits Spain and Portugal",
       "2025.05.27 / Source: IDCPC\nFrom May 20 to 26, a CPC delegation led by vice-minister Sun Haiyan "
       "visited Spain and Portugal and met leaders of the PSOE and the Portuguese Socialist Party.",
       "2025-05-27", url(IDCPC_EN, "2025-05-27", 2701), NO),
    zh("n07.site-zh", "中共代表团访问西班牙和葡萄牙",
       "联络动态\n联络动态\n作者：\n责任编辑：\n5月20日至26日，中联部副部长孙海燕率中共代表团访问西班牙和葡萄"
       "牙，会见西班牙"
       "工人社会党和葡萄牙社会党领导人。",
       "2025-05-27", url(IDCPC_ZH, "2025-05-27", 2701), NO),
    en("n07.short", "CPC delegation in Iberia",
       "A CPC delegation led by Sun Haiyan visited Spain and Portugal from May 20 to 26.",
       "2025-05-28", url(IDCPC_EN, "2025-05-28", 2702), NO),
    # n08: Guinea (a lookalike of Guyana)
    en("n08.site-en", "Ai Ping Meets Delegation of the Rally of the Guinean People",
       "( 2013.09.11 )\nBeijing, September 10th--Ai Ping, vice-minister of the IDCPC, met here today with a "
       "delegation of the Rally of the Guinean People (RPG) of Guinea.\nEnditem",
       "2013-09-11", url(IDCPC_EN_OLD, "2013-09-11", 2801), NO),
    zh("n08.site-zh", "艾平会见几内亚人民联盟代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n9月10日，中联部副部长艾平在京会见几内亚人民联盟代表团。",
       "2013-09-11", url(IDCPC_ZH, "2013-09-11", 2801), NO),
    # n09: Spain's foreign minister
    mfa_en("n09.site-en", "Wang Yi Meets Spanish Foreign Minister José Manuel Albares",
           "On September 9, 2024, Foreign Minister Wang Yi met with Spanish Foreign Minister José Manuel "
           "Albares in Beijing. They discussed China-EU trade and the Spanish Prime Minister's visit.",
           "2024-09-09", url(MFA_EN, "2024-09-09", 2901), NO),
    mfa_zh("n09.site-zh", "王毅会见西班牙外交大臣阿尔瓦雷斯",
           "2024年9月9日，外交部长王毅在北京会见西班牙外交大臣阿尔瓦雷斯，双方就中欧经贸等交换意见。",
           "2024-09-09", url(MFA_ZH, "2024-09-09", 2901), NO),
    # n10: a Chinese scholars' seminar about Latin America: no LAC actor takes part
    en("n10.site-en", "Seminar on Latin American Studies Held in Beijing",
       "( 2018.10.18 )\nBeijing, October 17th--Chinese scholars from universities and think tanks met here "
       "today at a seminar on the study of Latin America, discussing the region's economies and China's "
       "trade with it. Officials of the IDCPC attended.\nEnditem",
       "2018-10-18", url(IDCPC_EN_OLD, "2018-10-18", 3001), NO),
    zh("n10.site-zh", "拉美研究学术研讨会在京举行",
       "联络动态\n联络动态\n作者：\n责任编辑：\n10月17日，拉美研究学术研讨会在京举行。来自国内高校和智库的学"
       "者围绕拉美"
       "经济形势和中拉经贸合作进行研讨，中联部有关同志出席。",
       "2018-10-18", url(IDCPC_ZH, "2018-10-18", 3001), NO),
]


# ------------------------------------------- more events and versions (written blind, batch 2) ----
E17 = yes("Cuba", "seminar", "2023-12-05", parties={PCC}, mechanism=BL, content=KE)
E18 = yes(M, "meeting", "2023-02-16", parties=set(), mechanism=R, content=DI)
E19 = yes(M, "forum", "2019-07-25", parties={PSUV}, mechanism=RL, content=KE)
F12 = yes("Cuba", "state_visit", "2022-11-24", partnership_action=None)
F13 = hos("Chile", "meeting_on_sidelines", "2022-11-17", True)
F14 = hos("Chile", "message", "2024-02-05", True)
F15 = hos("Peru", "talks", "2024-11-14", True)

BATCH2: list[Probe] = [
    # ---- e17: a theory seminar of the CPC and the PCC in Havana, with Xi's letter read out (2023) ----
    en("e17.site-en", "Theoretical Seminar Between the CPC and the Communist Party of Cuba Held in Havana",
       "2023.12.07 / Source: IDCPC\nHavana, December 5th--The theoretical seminar between the Communist Party"
       " "
       "of China and the Communist Party of Cuba opened here today, on building socialism in the new era. "
       "A letter of congratulations from Xi Jinping was read at the opening, and Chinese and Cuban party "
       "scholars and officials presented papers over two days.",
       "2023-12-07", url(IDCPC_EN, "2023-12-07", 1701), E17),
    zh("e17.site-zh", "中古两党理论研讨会在哈瓦那举行",
       "联络动态\n联络动态\n作者：\n责任编辑：\n当地时间12月5日，中国共产党和古巴共产党理论研讨会在哈瓦那开幕"
       "，主题为新时代"
       "社会主义建设。开幕式上宣读了习近平总书记的贺信。两党学者和干部进行了为期两天的研讨。",
       "2023-12-07", url(IDCPC_ZH, "2023-12-07", 1701), E17),
    zh("e17.embassy-zh", "中古两党理论研讨会在哈开幕",
       "驻古巴使馆 > 使馆新闻\n2023/12/06\n当地时间12月5日，中古两党理论研讨会在哈瓦那开幕，两党代表围绕社会"
       "主义建设"
       "进行交流研讨。\n【打印】【关闭】",
       "2023-12-06", url(EMBASSY, "2023-12-06", 1701, cc="cu", col="chn/sgxw"), E17),
    en("e17.agency-en", "Chinese, Cuban communists hold theory seminar in Havana",
       " date 2023-12-06\nHAVANA, Dec. 5 (Xinhua) -- The Communist Party of China and the Communist Party of "
       "Cuba opened a two-day theoretical seminar here on Tuesday, with a congratulatory letter from Xi "
       "Jinping read at the start.\nEditor: Huaxia",
       "2023-12-06", url(AGENCY_EN, "2023-12-06", 1701), E17),
    zh("e17.hk-trad", "中古兩黨理論研討會在哈瓦那舉行",
       "【本報訊】中國共產黨與古巴共產黨理論研討會當地時間12月5日在哈瓦那開幕，會上宣讀了習近平的賀信。",
       "2023-12-07", url(HK_ZH, "2023-12-07", 1701), E17),

    # ---- e18: the IDCPC's head meets LAC ambassadors as a group (2023) ----
    en("e18.site-en", "Liu Jianchao Meets Ambassadors of Latin American and Caribbean Countries to China",
       "2023.02.17 / Source: IDCPC\nBeijing, February 16th--Liu Jianchao, who heads the CPC's International "
       "Department, met here today with envoys of Latin American and Caribbean countries to China, "
       "among them the ambassadors of Brazil, Mexico, Cuba and Jamaica. He briefed them on the CPC's "
       "priorities for the year and heard their views on party exchanges.",
       "2023-02-17", url(IDCPC_EN, "2023-02-17", 1801), E18),
    zh("e18.site-zh", "刘建超会见拉美和加勒比国家驻华使节",
       "联络动态\n联络动态\n作者：\n责任编辑：\n2月16日，中联部部长刘建超在京会见拉美和加勒比国家驻华使节，巴"
       "西、墨西哥、"
       "古巴、牙买加等国大使参加。",
       "2023-02-17", url(IDCPC_ZH, "2023-02-17", 1801), E18),
    en("e18.agency-en", "Senior CPC official meets LAC envoys",
       " date 2023-02-17\nBEIJING, Feb. 17 (Xinhua) -- Liu Jianchao, head of the International Department of "
       "the CPC Central Committee, met with ambassadors of Latin American and Caribbean countries in "
       "Beijing on Thursday.\nEditor: Huaxia",
       "2023-02-17", url(AGENCY_EN, "2023-02-17", 1801), E18),
    en("e18.short", "Liu Jianchao meets LAC envoys",
       "Liu Jianchao met ambassadors of Brazil, Mexico, Cuba, Jamaica and other Latin American and "
       "Caribbean countries in Beijing on February 16.",
       "2023-02-18", url(CHINADAILY_EN, "2023-02-18", 1801), E18),

    # ---- e19: a CPC delegation at the São Paulo Forum's meeting in Caracas (2019) ----
    en("e19.site-en", "CPC Delegation Attends the 25th Meeting of the São Paulo Forum",
       "( 2019.07.30 )\nFrom July 25th to 28th, a CPC delegation attended the 25th meeting of the São Paulo "
       "Forum in Caracas, hosted by the United Socialist Party of Venezuela. The delegation addressed "
       "the plenary and met leaders of left parties of the region.\nEnditem",
       "2019-07-30", url(IDCPC_EN_OLD, "2019-07-30", 1901), E19),
    zh("e19.site-zh", "中共代表团出席第25届圣保罗论坛会议",
       "联络动态\n联络动态\n作者：\n责任编辑：\n7月25日至28日，中共代表团出席在加拉加斯举行的第25届圣保罗论坛"
       "会议。会议由委内"
       "瑞拉统一社会主义党主办。代表团在全会上发言，并会见地区左翼政党领导人。",
       "2019-07-30", url(IDCPC_ZH, "2019-07-30", 1901), E19),
    en("e19.agency-en", "Sao Paulo Forum opens in Caracas with Chinese delegation",
       " date 2019-07-26\nCARACAS, July 26 (Xinhua) -- The 25th meeting of the Sao Paulo Forum, hosted by "
       "Venezuela's ruling United Socialist Party, opened here on Thursday, with a delegation of the "
       "Communist Party of China among the guests.\nEditor: Mu",
       "2019-07-26", url(AGENCY_EN, "2019-07-26", 1901), E19),
    zh("e19.hk-trad", "中共代表團出席聖保羅論壇會議",
       "【本報訊】第25屆聖保羅論壇會議7月25日至28日在加拉加斯舉行，委內瑞拉統一社會主義黨主辦，中共代表團應邀"
       "出席。",
       "2019-07-30", url(HK_ZH, "2019-07-30", 1901), E19),

    # ---- more versions of earlier events ----
    zh("e02.agency-zh", "宋涛会见委内瑞拉统社党代表团",
       " date 2016-06-15\n新华社北京6月15日电 中联部部长宋涛星期二在京会见委内瑞拉统一社会主义党代表团，双方"
       "就两党关系"
       "交换意见。\n【责任编辑：孙强】",
       "2016-06-15", url(AGENCY_ZH, "2016-06-15", 201), E02),
    zh("e04.late-zh", "中古两党视频交流抗疫经验",
       "人民网北京8月30日电 中联部部长宋涛8月27日同古巴共产党中央国际关系部部长巴拉格尔视频通话，交流抗疫经验"
       "。"
       "\n（责任编辑：刘军）",
       "2020-08-30", url(PEOPLE_ZH, "2020-08-30", 401), E04),
    zh("e11.late-zh", "刘海星会见洪都拉斯自由与重建党客人",
       "本报北京10月17日电 中联部部长刘海星本周二在京会见洪都拉斯自由与重建党代表团。",
       "2025-10-17", url(PAPER_ZH, "2025-10-17", 1101), E11),
    mfa_zh("f06.big5-trad", "習近平同玻利維亞總統莫拉萊斯會談",
           "新華社北京6月19日電 國家主席習近平19日在人民大會堂同玻利維亞總統莫拉萊斯會談。兩國元首宣布建立中"
           "玻戰略"
           "夥伴關係。",
           "2018-06-19", BIG5 + "2018-06/19/c_1300601.htm", F06),
    mfa_en("f07.late", "China, Mexico vow to cooperate against COVID-19",
           " date 2020-03-28\nBEIJING, March 28 -- Chinese Foreign Minister Wang Yi and his Mexican counterpa"
           "rt "
           "Marcelo Ebrard spoke by phone on Thursday about fighting the epidemic together.\nEditor: Wang",
           "2020-03-28", url(AGENCY_EN, "2020-03-28", 702), F07),

    # ---- f12: the announcement of Díaz-Canel's state visit (2022) ----
    mfa_en("f12.site-en", "Cuban President Miguel Díaz-Canel to Pay State Visit to China",
           "Foreign Ministry Spokesperson Zhao Lijian announced that at the invitation of President Xi "
           "Jinping, Miguel Díaz-Canel Bermúdez, President of Cuba, will pay a state visit to China from "
           "November 24 to 27.",
           "2022-11-21", url(MFA_EN, "2022-11-21", 1201), F12),
    mfa_zh("f12.site-zh", "古巴国家主席迪亚斯-卡内尔将对中国进行国事访问",
           "外交部发言人赵立坚宣布：应国家主席习近平邀请，古巴国家主席迪亚斯-卡内尔将于11月24日至27日对中国进"
           "行国事访问。",
           "2022-11-21", url(MFA_ZH, "2022-11-21", 1201), F12),
    mfa_en("f12.agency-en", "Cuban president to visit China",
           " date 2022-11-21\nBEIJING, Nov. 21 (Xinhua) -- Cuban President Miguel Diaz-Canel Bermudez will pa"
           "y a "
           "state visit to China from Nov. 24 to 27, a foreign ministry spokesperson said Monday.\nEditor: Li"
           "u",
           "2022-11-21", url(AGENCY_EN, "2022-11-21", 1201), F12),
    mfa_zh("f12.hk-trad", "古巴國家主席將對中國進行國事訪問",
           "【本報訊】外交部發言人趙立堅21日宣布，古巴國家主席迪亞斯-卡內爾將於11月24日至27日對中國進行國事訪"
           "問。",
           "2022-11-22", url(HK_ZH, "2022-11-22", 1201), F12),

    # ---- f13: Xi meets Boric on the sidelines of APEC in Bangkok (2022) ----
    mfa_en("f13.site-en", "Xi Jinping Meets Chilean President Gabriel Boric",
           "On the afternoon of November 17, 2022 local time, President Xi Jinping met with President Gabriel"
           " "
           "Boric of Chile in Bangkok, where both are attending the APEC Economic Leaders' Meeting.",
           "2022-11-17", url(MFA_EN, "2022-11-17", 1301), F13, counterpart="Boric"),
    mfa_zh("f13.site-zh", "习近平会见智利总统博里奇",
           "当地时间11月17日下午，国家主席习近平在曼谷出席亚太经合组织领导人非正式会议期间会见智利总统博里奇"
           "。",
           "2022-11-17", url(MFA_ZH, "2022-11-17", 1301), F13),
    mfa_en("f13.agency-en", "Xi meets Chilean president in Bangkok",
           " date 2022-11-18\nBANGKOK, Nov. 18 (Xinhua) -- Chinese President Xi Jinping met with Chilean "
           "President Gabriel Boric on Thursday on the sidelines of the APEC meeting here.\nEditor: Zhang",
           "2022-11-18", url(AGENCY_EN, "2022-11-18", 1301), F13),

    # ---- f14: Xi's condolences to Boric over wildfires (2024): two presidents ----
    mfa_en("f14.site-en", "Xi Jinping Sends Message of Condolences to Chilean President Gabriel Boric",
           "On February 5, 2024, President Xi Jinping sent a message of condolences to President Gabriel Bori"
           "c "
           "of Chile over the forest fires in the Valparaíso region that caused heavy loss of life.",
           "2024-02-05", url(MFA_EN, "2024-02-05", 1401), F14, counterpart="Boric"),
    mfa_zh("f14.site-zh", "习近平就智利森林火灾向智利总统博里奇致慰问电",
           "2024年2月5日，国家主席习近平就智利瓦尔帕莱索大区发生严重森林火灾造成重大人员伤亡，向智利总统博里"
           "奇致慰问电。",
           "2024-02-05", url(MFA_ZH, "2024-02-05", 1401), F14),
    mfa_zh("f14.agency-zh", "习近平就智利森林火灾向智利总统致慰问电",
           " date 2024-02-05\n新华社北京2月5日电 2月5日，国家主席习近平就智利森林火灾向智利总统博里奇致慰问电"
           "。"
           "\n【责任编辑：周】",
           "2024-02-05", url(AGENCY_ZH, "2024-02-05", 1401), F14),
    mfa_en("f14.short", "Xi offers condolences to Chile",
           "Xi Jinping on Monday sent condolences to Chilean President Gabriel Boric over deadly forest fires"
           ".",
           "2024-02-06", url(CHINADAILY_EN, "2024-02-06", 1401), F14),

    # ---- f15: Xi and Boluarte hold talks during Xi's state visit to Peru, at the time of APEC (2024) ----
    mfa_en("f15.site-en", "Xi Jinping Holds Talks with Peruvian President Dina Boluarte",
           "On November 14, 2024 local time, President Xi Jinping held talks with President Dina Boluarte at "
           "the Government Palace in Lima. Xi is paying a state visit to Peru and will attend the APEC "
           "Economic Leaders' Meeting.",
           "2024-11-15", url(MFA_EN, "2024-11-15", 1501), F15, counterpart="Boluarte"),
    mfa_zh("f15.site-zh", "习近平同秘鲁总统博鲁阿尔特会谈",
           "当地时间11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。习近平正在秘鲁进行国事"
           "访问并出席"
           "亚太经合组织领导人非正式会议。",
           "2024-11-15", url(MFA_ZH, "2024-11-15", 1501), F15),
    mfa_en("f15.agency-en", "Xi, Boluarte hold talks in Lima",
           " date 2024-11-15\nLIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Peruvian"
           " "
           "President Dina Boluarte here on Thursday during his state visit to Peru.\nEditor: Huaxia",
           "2024-11-15", url(AGENCY_EN, "2024-11-15", 1501), F15),
    mfa_zh("f15.mo-trad", "習近平同秘魯總統博魯阿爾特會談",
           "新華社利馬11月14日電 國家主席習近平當地時間14日在利馬總統府同秘魯總統博魯阿爾特舉行會談。",
           "2024-11-15", url(MO_ZH, "2024-11-15", 1501), F15),
]

# -------------------------- batch 3 (written blind): Taiwan portals' names, related-links, captions ----
E20 = yes("Dominican Republic", "meeting", "2019-09-17", parties={PLD}, mechanism=B, content=DI)
F16 = hos("Costa Rica", "talks", "2015-01-06", True, "establish", "strategic partnership")
F17 = hos("Ecuador", "talks", "2016-11-17", True, "upgrade", "comprehensive strategic partnership")

BATCH3: list[Probe] = [
    # ---- e20: a vice minister meets a PLD delegation of the Dominican Republic (2019) ----
    en("e20.site-en", "Guo Yezhou Meets Delegation of the Dominican Liberation Party",
       "( 2019.09.18 )\nBeijing, September 17th--Guo Yezhou, vice-minister of the IDCPC, met here today with "
       "a "
       "delegation of the Dominican Liberation Party (PLD) of the Dominican Republic led by Temístocles "
       "Montás, a member of its political committee. The two sides discussed the new diplomatic ties "
       "between their countries and exchanges between the parties.\nEnditem",
       "2019-09-18", url(IDCPC_EN_OLD, "2019-09-18", 2001), E20),
    zh("e20.site-zh", "郭业洲会见多米尼加解放党代表团",
       "联络动态\n联络动态\n作者：\n责任编辑：\n9月17日，中联部副部长郭业洲在京会见多米尼加解放党政治委员会委"
       "员蒙塔斯率领"
       "的代表团，双方就两国建交后的两党交往交换意见。",
       "2019-09-18", url(IDCPC_ZH, "2019-09-18", 2001), E20),
    zh("e20.tw-trad", "中共中聯部會見多明尼加執政黨代表團",
       "（中央社台北9月18日電）中共中聯部副部長郭業洲17日在北京會見多明尼加解放黨代表團。多明尼加去年與台灣斷"
       "交。"
       "\n（編輯：林克倫）",
       "2019-09-18", url(TW_ZH, "2019-09-18", 2001), E20),
    en("e20.agency-en", "CPC official meets Dominican party delegation",
       " date 2019-09-18\nBEIJING, Sept. 18 (Xinhua) -- A senior official of the Communist Party of China met"
       " "
       "a delegation of the Dominican Liberation Party here on Tuesday.\nEditor: Li\nRelated:\nXi meets "
       "Vietnamese leader\nChinese vice president visits Kenya",
       "2019-09-18", url(AGENCY_EN, "2019-09-18", 2001), E20),

    # ---- f16: Xi and Solís establish a strategic partnership with Costa Rica (2015) ----
    mfa_en("f16.site-en", "Xi Jinping Holds Talks with President Luis Guillermo Solís of Costa Rica",
           "On January 6, 2015, President Xi Jinping held talks with President Luis Guillermo Solís of Costa "
           "Rica, who is on a state visit to China. The two heads of state agreed to set up a strategic "
           "partnership of equality, mutual trust and win-win cooperation.",
           "2015-01-06", url(MFA_EN, "2015-01-06", 1601), F16, counterpart="Solís"),
    mfa_zh("f16.site-zh", "习近平同哥斯达黎加总统索利斯会谈",
           "1月6日，国家主席习近平同来华进行国事访问的哥斯达黎加总统索利斯举行会谈。两国元首一致同意建立平等"
           "互信、"
           "合作共赢的中哥战略伙伴关系。",
           "2015-01-06", url(MFA_ZH, "2015-01-06", 1601), F16),
    mfa_zh("f16.tw-trad", "哥斯大黎加總統訪中 與習近平會談",
           "（中央社台北1月7日電）哥斯大黎加總統索利斯6日在北京與中國國家主席習近平會談，雙方宣布建立戰略夥伴"
           "關係。"
           "\n（編輯：陳家倫）",
           "2015-01-07", url(TW_ZH, "2015-01-07", 1601), F16),
    mfa_en("f16.short", "China, Costa Rica set up strategic partnership",
           "Xi Jinping and Costa Rican President Luis Guillermo Solís agreed in Beijing on Tuesday to build a"
           " "
           "strategic partnership.",
           "2015-01-07", url(CHINADAILY_EN, "2015-01-07", 1601), F16),

    # ---- f17: Xi and Correa raise ties to a comprehensive strategic partnership in Quito (2016) ----
    mfa_en("f17.site-en", "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
           "On November 17, 2016 local time, President Xi Jinping held talks with President Rafael Correa in "
           "Quito. The two heads of state agreed to elevate China-Ecuador relations to a comprehensive "
           "strategic partnership.",
           "2016-11-18", url(MFA_EN, "2016-11-18", 1701), F17, counterpart="Correa"),
    mfa_zh("f17.site-zh", "习近平同厄瓜多尔总统科雷亚会谈",
           "当地时间11月17日，国家主席习近平在基多同厄瓜多尔总统科雷亚举行会谈。两国元首决定将中厄关系提升为"
           "全面战略"
           "伙伴关系。",
           "2016-11-18", url(MFA_ZH, "2016-11-18", 1701), F17),
    mfa_zh("f17.tw-trad", "習近平訪厄瓜多 雙方關係升級",
           "（中央社基多17日綜合外電報導）中國國家主席習近平17日在基多與厄瓜多總統柯利亞會談，雙方同意將兩國"
           "關係提升"
           "為全面戰略夥伴關係。",
           "2016-11-18", url(TW_ZH, "2016-11-18", 1701), F17),
    mfa_en("f17.agency-en", "China, Ecuador lift ties to comprehensive strategic partnership",
           " date 2016-11-18\nQUITO, Nov. 17 (Xinhua) -- Visiting Chinese President Xi Jinping and his "
           "Ecuadorian counterpart Rafael Correa agreed here Thursday to upgrade relations to a "
           "comprehensive strategic partnership.\n[Photo caption: Xi Jinping holds talks with Rafael "
           "Correa in Quito, Ecuador, Nov. 17, 2016.]\nEditor: Huaxia",
           "2016-11-18", url(AGENCY_EN, "2016-11-18", 1701), F17),

    # ---- Taiwan-portal and related-link copies of earlier events ----
    mfa_zh("f10.tw-trad", "宏都拉斯與中國建交",
           "（中央社台北3月26日電）宏都拉斯外長雷納與中國外長秦剛26日在北京簽署建交聯合公報，兩國即日起建立外"
           "交關係。"
           "\n（編輯：黃名璽）",
           "2023-03-26", url(TW_ZH, "2023-03-26", 1001),
           # like the agency's report: a report of the signing, not the communiqué's text
           {**F10, "event_type": "other"}),
    mfa_zh("f05.tw-trad", "蘇利南總統訪中 兩國建立戰略合作夥伴關係",
           "（中央社台北11月28日電）蘇利南總統鮑特瑟27日在北京與中國國家主席習近平會談，雙方同意建立戰略合作"
           "夥伴關係。",
           "2019-11-28", url(TW_ZH, "2019-11-28", 501), F05),
    zh("e11.tw-trad", "宏都拉斯執政黨代表團訪中 中聯部長會見",
       "（中央社台北10月15日電）中共中聯部長劉海星14日在北京會見宏都拉斯自由與重建黨代表團。\n（編輯：邱國強"
       "）",
       "2025-10-15", url(TW_ZH, "2025-10-15", 1101), E11),
    en("e02.agency-related", "CPC official meets Venezuelan ruling party delegation",
       " date 2016-06-14\nBEIJING, June 14 (Xinhua) -- Song Tao, head of the CPC's International Department, "
       "met "
       "a delegation of the United Socialist Party of Venezuela here Tuesday.\nEditor: Mu\nRelated:\n"
       "Chinese, Vietnamese parties hold theory seminar\nCPC delegation visits Spain",
       "2016-06-14", url(AGENCY_EN, "2016-06-14", 202), E02),
    mfa_en("f04.caption", "Photos: Xi Jinping Holds Talks with Uruguayan President",
           "[Photo caption: President Xi Jinping holds talks with President Luis Lacalle Pou of Uruguay at th"
           "e "
           "Great Hall of the People in Beijing, Nov. 22, 2023. The two sides announced a comprehensive "
           "strategic partnership.]",
           "2023-11-22", url(MFA_EN, "2023-11-22", 402), F04),
    en("e12.people-en", "Nicaraguan Sandinista delegation tours China",
       "People's Daily Online\n(People's Daily Online) 09:12, July 16, 2014\nA delegation of Nicaragua's "
       "Sandinista National Liberation Front arrived in Beijing on Tuesday for a ten-day visit to China "
       "at the invitation of the CPC, which will take it to Sichuan and Shanghai.\n(Editor: Kong Defang)",
       "2014-07-16", "http://en.people-net.cn/n/2014/0716/c90883-8601201.html", E12),
]

# ------------ batch 4, written AFTER reading the code (not in the blind numbers): the new rules' edges ----
PSCH = "Socialist Party of Chile"
PCB_BR = "Brazilian Communist Party"
E21 = yes("Chile", "delegation_visit_abroad", "2024-05-06", parties={PSCH}, mechanism=BL, content=DI)
E22 = yes("Cuba", "meeting", "2018-10-17", parties={PCC}, mechanism=BL, content=DI)
E23 = yes("Brazil", "meeting", "2024-09-09", parties={PCB_BR}, mechanism=BL, content=DI)

BATCH4: list[Probe] = [
    # ---- e21: a trip to Spain and Chile: "the Socialist Party" in Santiago is Chile's, not the PSOE ----
    en("e21.site-en", "CPC Delegation Visits Spain and Chile",
       "2024.05.14 / Source: IDCPC\nFrom May 6 to 13, a CPC delegation led by vice-minister Ma Hui visited "
       "Spain and Chile. In Madrid it met officials of the Spanish Socialist Workers' Party. In Santiago "
       "the delegation met leaders of the Socialist Party and spoke about governance.",
       "2024-05-14", url(IDCPC_EN, "2024-05-14", 2101), E21),
    zh("e21.site-zh", "中共代表团访问西班牙和智利",
       "联络动态\n联络动态\n作者：\n责任编辑：\n5月6日至13日，中联部副部长马辉率中共代表团访问西班牙和智利，"
       "在马德里会见西班牙"
       "工人社会党官员，在圣地亚哥会见智利社会党领导人。",
       "2024-05-14", url(IDCPC_ZH, "2024-05-14", 2101), E21),
    en("e21.agency-en", "CPC delegation meets Chilean socialists",
       " date 2024-05-10\nSANTIAGO, May 10 (Xinhua) -- A delegation of the Communist Party of China, which "
       "began a tour of Spain and Chile on Monday, met leaders of the Socialist Party of Chile here on "
       "Thursday.\nEditor: Huaxia",
       "2024-05-10", url(AGENCY_EN, "2024-05-10", 2101),
       # the copy's headline reports one meeting of the tour ("meets"): a meeting, on Thursday
       {**E21, "event_type": "meeting", "event_date": "2024-05-09"}),
    # ---- e22: a copy that only describes the Cuban party: the description stands for it ----
    en("e22.site-en", "Li Jun Meets Delegation of the Communist Party of Cuba",
       "( 2018.10.18 )\nBeijing, October 17th--Li Jun, vice-minister of the IDCPC, met here today with a "
       "delegation of the Communist Party of Cuba.\nEnditem",
       "2018-10-18", url(IDCPC_EN_OLD, "2018-10-18", 2201), E22),
    en("e22.agency-en", "Senior CPC official meets Cuban communist party delegation",
       " date 2018-10-17\nBEIJING, Oct. 17 (Xinhua) -- A senior official of the Communist Party of China met "
       "a delegation of Cuba's communist party here on Wednesday.\nEditor: Huaxia",
       "2018-10-17", url(AGENCY_EN, "2018-10-17", 2201), E22),
    zh("e22.mo-trad", "李軍會見古巴共產黨代表團",
       "新華社北京10月17日電 中聯部副部長李軍17日在京會見古巴共產黨代表團，古中兩黨代表就加強交流交換意見。",
       "2018-10-18", url(MO_ZH, "2018-10-18", 2201), E22),
    zh("e22.pair-only", "古中两党代表在京会面",
       "本报北京10月17日电 中联部副部长李军今天在京会见来访的古巴客人，古中两党代表就加强交流交换意见。",
       "2018-10-18", url(PAPER_ZH, "2018-10-18", 2201), E22),
    # ---- e23: the PCB itself, described in the headline and named in the text ----
    en("e23.site-en", "Qian Hongshan Meets Delegation of the Brazilian Communist Party",
       "2024.09.10 / Source: IDCPC\nBeijing, September 9th--Qian Hongshan, vice-minister of the IDCPC, met "
       "here today with a delegation of the Brazilian Communist Party (PCB).",
       "2024-09-10", url(IDCPC_EN, "2024-09-10", 2301), E23),
    en("e23.agency-en", "CPC official meets Brazilian communist party delegation",
       " date 2024-09-09\nBEIJING, Sept. 9 (Xinhua) -- Qian Hongshan of the CPC's International Department "
       "met a delegation of the Brazilian Communist Party (PCB) here on Monday.\nEditor: Huaxia",
       "2024-09-09", url(AGENCY_EN, "2024-09-09", 2301), E23),
]

# -------- batch 5, written after reading the code: dates a copy gives otherwise, captions, related links ----
BATCH5: list[Probe] = [
    # a copy with no printed date and no dateline: the month-day takes the year of the page's address
    en("e10.no-printed-date", "LAC diplomats briefed on the plenum",
       "On July 30 the International Department of the CPC Central Committee briefed envoys of Latin American"
       " "
       "and Caribbean countries on the Third Plenary Session.",
       None, url(IDCPC_EN, "2024-07-31", 1003), E10),
    # a weekday with no dateline and no printed date: the codebook counts it from neither
    en("e04.weekday-no-anchor", "CPC and Cuban party officials talk by video",
       "Song Tao, head of the International Department of the CPC, held a video call on Thursday with José "
       "Ramón Balaguer of the Communist Party of Cuba.",
       None, "http://www.agency-news.cn/english/c_13000401.htm",
       # no dateline, no printed date, no date in the address: no day
       {**E04, "event_date": None}),
    # a Latin American agency's English copy: "this Thursday" from its own dateline
    en("e04.prensa-en", "Cuban and Chinese parties review ties by video",
       "Havana, Aug 27 (Prensa Latina) The head of International Relations of the Communist Party of Cuba, "
       "José Ramón Balaguer, held a video conference this Thursday with Song Tao, head of the International "
       "Department of the Communist Party of China.\nmem/rfc",
       "2020-08-27", "https://www.prensa-latina-news.cu/2020/08/27/cuban-chinese-parties-video/", E04),
    # a file photo of an earlier year under the copy: its date is the photo's, not the meeting's
    en("e02.file-photo", "CPC, Venezuelan ruling party pledge closer ties",
       " date 2016-06-14\nBEIJING, June 14 (Xinhua) -- Song Tao, head of the CPC's International "
       "Department, met a delegation of the United Socialist Party of Venezuela here on Tuesday.\n"
       "[File photo taken on May 5, 2015 shows the Venezuelan flag in Caracas.]\nEditor: Mu",
       "2016-06-14", url(AGENCY_EN, "2016-06-14", 203), E02),
    # a related-links list naming another LAC exchange under the copy: not the page's exchange
    en("e14.related", "Xi sends condolences over death of Fidel Castro",
       " date 2016-11-26\nBEIJING, Nov. 26 (Xinhua) -- Xi Jinping, general secretary of the CPC Central "
       "Committee, sent a message of condolence on Saturday to Raúl Castro, leader of the Communist Party "
       "of Cuba, on the death of Fidel Castro.\nEditor: Xiang Bo\nRelated:\nXi meets Argentine president "
       "in Lima\nChina, Ecuador lift ties to comprehensive strategic partnership",
       "2016-11-26", url(AGENCY_EN, "2016-11-26", 1402), E14),
    # a newspaper's own report (本报讯): the day in the text
    zh("e13.paper-zh", "中国共产党与巴西政党举行对话会",
       "本报讯（记者 王明）9月8日，中国共产党与巴西政党对话会以视频方式举行。巴西劳工党、巴西共产党、巴西社会"
       "党领导人"
       "参加。\n《人民日报》（2022年09月10日 03 版）",
       "2022-09-10", url(PAPER_ZH, "2022-09-10", 1301), E13),
    # a photo page in Chinese: the caption is the page
    mfa_zh("f02.caption-zh", "组图：习近平同哥伦比亚总统佩特罗会谈",
           "（图为10月25日，国家主席习近平在北京人民大会堂同哥伦比亚总统佩特罗举行会谈。两国元首宣布建立战略"
           "伙伴关系。"
           "新华社记者 李学仁 摄）",
           "2023-10-25", url(AGENCY_ZH, "2023-10-25", 202), F02),
    # a late English copy: "on Wednesday" from its own dateline two days on
    mfa_en("f02.late", "Colombia's Petro wraps up China visit",
           " date 2023-10-27\nBEIJING, Oct. 27 -- Colombian President Gustavo Petro left Beijing on Friday af"
           "ter "
           "a state visit during which he and Chinese President Xi Jinping held talks on Wednesday and "
           "announced a strategic partnership.\nEditor: Zhao",
           "2023-10-27", url(AGENCY_EN, "2023-10-27", 203),
           # the headline is the visit as a whole (wraps up, a departure): a state visit page, dated by
           # the earliest day it gives for the visit (the talks on Wednesday), its first day not given
           {**F02, "event_type": "state_visit"}),
]

# ---- batch 6, after reading the code: two more ministry kinds (a video call; a China–CELAC meeting) ----
F18 = hos("Argentina", "video_call", "2021-06-15", False)
F19 = yes(M, "other", "2025-05-13", partnership_action=None)

BATCH6: list[Probe] = [
    mfa_en("f18.site-en", "Wang Yi Holds Video Call with Argentine Foreign Minister Felipe Solá",
           "On June 15, 2021, State Councilor and Foreign Minister Wang Yi held a video call with Argentine "
           "Foreign Minister Felipe Solá. They discussed vaccine cooperation and the Belt and Road.",
           "2021-06-15", url(MFA_EN, "2021-06-15", 1801), F18, counterpart="Solá"),
    mfa_zh("f18.site-zh", "王毅同阿根廷外长索拉视频通话",
           "2021年6月15日，国务委员兼外长王毅同阿根廷外长索拉举行视频通话，双方就疫苗合作和共建“一带一路”交换"
           "意见。",
           "2021-06-15", url(MFA_ZH, "2021-06-15", 1801), F18),
    mfa_en("f18.agency-en", "Chinese, Argentine FMs hold video call",
           " date 2021-06-16\nBEIJING, June 16 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang "
           "Yi "
           "held a video call with Argentine Foreign Minister Felipe Sola on Tuesday.\nEditor: Huaxia",
           "2021-06-16", url(AGENCY_EN, "2021-06-16", 1801), F18),
    mfa_zh("f18.hk-trad", "王毅與阿根廷外長索拉視頻通話",
           "【本報訊】國務委員兼外長王毅15日同阿根廷外長索拉舉行視頻通話。",
           "2021-06-16", url(HK_ZH, "2021-06-16", 1801), F18),
    # ---- f19: Xi's speech at the opening of a China–CELAC Forum ministerial meeting (2025) ----
    mfa_en("f19.site-en", "Xi Jinping Attends the Opening Ceremony of the Fourth Ministerial Meeting of the "
           "China-CELAC Forum",
           "On the morning of May 13, 2025, President Xi Jinping attended the opening ceremony of the Fourth "
           "Ministerial Meeting of the China-CELAC Forum in Beijing and delivered a keynote speech. Leaders "
           "and foreign ministers of Latin American and Caribbean countries attended.",
           "2025-05-13", url(MFA_EN, "2025-05-13", 1901), F19),
    mfa_zh("f19.site-zh", "习近平出席中国－拉共体论坛第四届部长级会议开幕式",
           "5月13日上午，国家主席习近平在北京出席中国－拉共体论坛第四届部长级会议开幕式并发表主旨讲话。拉美和"
           "加勒比"
           "国家领导人和外长出席。",
           "2025-05-13", url(MFA_ZH, "2025-05-13", 1901), F19),
    mfa_en("f19.agency-en", "Xi addresses China-CELAC Forum ministerial meeting",
           " date 2025-05-13\nBEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping on Tuesday addressed t"
           "he "
           "opening of the fourth ministerial meeting of the China-CELAC Forum in Beijing.\nEditor: Huaxia",
           "2025-05-13", url(AGENCY_EN, "2025-05-13", 1901), F19),
]

PROBES = IDCPC_PROBES + MFA_PROBES + NEG_PROBES + BATCH2 + BATCH3 + BATCH4 + BATCH5 + BATCH6
# the counterpart of copies, where the copy names him clearly (a Chinese copy's name in brackets)
COUNTERPARTS.update({"f01.agency-en": "Lula", "f01.hk-trad": "Lula", "f09.cgtn-en": "Milei",
                     "f13.agency-en": "Boric", "f15.mo-trad": "Boluarte", "f10.tw-trad": "Reina",
                     "f08.short": "Sheinbaum", "f18.agency-en": "Sol"})
assert_unique_ids(PROBES)

# (pid, field) → why the field still fails (the blind first run's failures are fixed).
OPEN: dict[tuple[str, str], str] = {}

# (pid, field) → why a careful coder is unsure (xfail, non-strict).
DOUBTFUL: dict[tuple[str, str], str] = {
    **{(pid, "partnership_level"): RECALLED
       for pid in ("f01.site-en", "f01.site-zh", "f08.site-en", "f08.site-zh", "f09.site-en", "f09.site-zh")},
    ("e17.embassy-zh", "parties"): "中古两党 names no party: the coder knows Cuba's one party",
    ("f10.tw-trad", "event_type"): "as f10.agency-en",
    ("f16.short", "event_type"): "the copy names no format for the heads' exchange ('agreed in Beijing'): "
                                 "talks as the other versions know, or other",
    ("f10.agency-en", "event_type"): "a report of the signing of a joint communiqué, not its text: "
                                     "joint_statement (the exchange) or other (a ceremony both attend)",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN, DOUBTFUL))
def test_parallel_versions_page_field(probe: Probe, name: str, expected: Any) -> None:
    assert value_of(record_of(probe), name) == expected


@pytest.mark.parametrize("probe", [p for p in PROBES if p.pid in COUNTERPARTS], ids=lambda p: p.pid)
def test_parallel_versions_counterpart(probe: Probe) -> None:
    assert COUNTERPARTS[probe.pid] in (record_of(probe).counterpart or "")


def _key(value: Any) -> str:
    """A value's form for comparing versions: sets in sorted order."""
    return repr(sorted(value)) if isinstance(value, set) else repr(value)


def _events() -> dict[str, list[Probe]]:
    by_event: dict[str, list[Probe]] = defaultdict(list)
    for probe in PROBES:
        by_event[probe.pid.split(".")[0]].append(probe)
    return by_event


def _agreement_cases() -> list[Any]:
    """One case per event and field that the coder codes alike on at least two versions (doubtful
    versions left out)."""
    out = []
    for event, probes in sorted(_events().items()):
        names = sorted({name for p in probes for name in p.expect})
        for name in names:
            groups: dict[str, list[Probe]] = defaultdict(list)
            for p in probes:
                if name in p.expect and (p.pid, name) not in DOUBTFUL:
                    groups[_key(p.expect[name])].append(p)
            same = max(groups.values(), key=len)
            if len(same) >= 2:
                marks = ([pytest.mark.xfail(strict=False, reason=AGREE_OPEN[(event, name)])]
                         if (event, name) in AGREE_OPEN else [])
                out.append(pytest.param(same, name, id=f"{event}-{name}", marks=marks))
    return out


# (event, field) → why its versions are still extracted differently (none left).
AGREE_OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("versions", "name"), _agreement_cases())
def test_versions_agree(versions: list[Probe], name: str) -> None:
    values = {p.pid: value_of(record_of(p), name) for p in versions}
    assert len({_key(v) for v in values.values()}) == 1, values
