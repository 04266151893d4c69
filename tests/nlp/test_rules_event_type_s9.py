# ruff: noqa: E501 (probe texts are prose; Chinese lines count double in width)
"""Campaign 9G: event_type by the codebook's precedence rules, on both sources (IDCPC and foreign
ministry types are different lists). Each probe also states relevance and country.

Probes are self-written releases in the sites' style (English, simplified and traditional Chinese,
copies on agency, newspaper and embassy sites); party, country and official names are facts, the
wording is ours. Probes whose coding the codebook leaves genuinely open are in DOUBTFUL and are
marked xfail(strict=False) with the reason."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from nlp_helpers import idcpc, mfa

_URLS = {
    "idcpc_en": "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_1.html",
    "idcpc_en23": "https://www.idcpc.org.cn/english2023/lldt/{ym}/t{ymd}_1.html",
    "idcpc_zh": "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_1.html",
    "mfa_en": "https://www.mfa.gov.cn/eng/xw/zyxw/{ym}/t{ymd}_1.html",
    "mfa_zh": "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.shtml",
    "agency_en": "http://www.agency-news.cn/english/{y}-{m}/{d}/c_1.htm",
    "agency_zh": "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_1.htm",
    "embassy_en": "http://br.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_1.htm",
    "embassy_zh": "http://cu.china-embassy.gov.cn/sgxw/{ym}/t{ymd}_1.htm",
    "paper_hk": "https://www.hk-daily.example.com/article/{ymd}/1.html",
    "paper_lac": "https://www.latam-press.example.com/news/{y}/{m}/{d}/story-1",
}


@dataclass(frozen=True)
class Probe:
    pid: str
    source: str  # "idcpc" | "mfa"
    site: str  # key of _URLS
    lang: str
    published: str
    title: str
    text: str
    event_type: str
    country: str | None
    relevant: bool = True


def _url(site: str, published: str) -> str:
    y, m, d = published.split("-")
    return _URLS[site].format(ym=y + m, ymd=y + m + d, y=y, m=m, d=d)


def _copy(published: str, menu: str, body: str) -> str:
    """An agency or newspaper copy: the store's leading date marker, menus, a byline."""
    return f" date {published}\n{menu}\n{body}\nEditor: Wang Lin\n"


AG_EN = "Agency News English | Home | China | World | Business | Menu | Search"
AG_ZH = "首页 | 时政 | 国际 | 财经 | 搜索"
AG_HK = "首頁 > 國際 > 正文"


def run(p: Probe):
    fn = idcpc if p.source == "idcpc" else mfa
    return fn(p.text, title=p.title, published=p.published, lang=p.lang, url=_url(p.site, p.published))


# ================================== IDCPC ==================================================
IDCPC_PROBES: list[Probe] = [
    # ---- rule 1: the event over the medium (letter, video address, speech) ----------------------
    Probe("I01", "idcpc", "idcpc_en", "en", "2023-11-28",
          "Xi Jinping Sends Congratulatory Letter to Theory Seminar Between CPC and Latin American and "
          "Caribbean Parties",
          "Beijing, November 28th--Xi Jinping, General Secretary of the CPC Central Committee, today sent a "
          "congratulatory letter to the theory seminar between the CPC and political parties of Latin America "
          "and the Caribbean held in Beijing. Xi noted in the letter that parties of both regions share a "
          "commitment to development. Leaders of over 30 parties from some 20 countries of the region, among "
          "them the Communist Party of Cuba and the Workers' Party of Brazil, took part in the seminar.",
          "seminar", "multilateral"),
    Probe("I02", "idcpc", "idcpc_zh", "zh", "2023-11-28",
          "习近平致信中国共产党与拉美和加勒比政党理论研讨会",
          "11月28日，中共中央总书记习近平致信中国共产党与拉美和加勒比政党理论研讨会，表示热烈祝贺。习近平在贺信中指出，"
          "中拉政党应加强治国理政经验交流。来自拉美和加勒比20多个国家的30余个政党领导人出席研讨会。",
          "seminar", "multilateral"),
    Probe("I03", "idcpc", "paper_hk", "zh", "2021-05-21",
          "習近平向中國－拉共體政黨論壇致賀信",
          _copy("2021-05-21", AG_HK,
                "新華社北京5月20日電 中共中央總書記習近平20日向中國－拉共體政黨論壇致賀信。習近平指出，中拉雙方是發展道路上的"
                "好夥伴。來自拉美和加勒比27個國家的60多個政黨和政治組織領導人以視頻方式出席論壇。"),
          "forum", "multilateral"),
    Probe("I04", "idcpc", "idcpc_en", "en", "2022-06-13",
          "Liu Jianchao Addresses Opening of Seminar for Cuban Party Cadres via Video",
          "Beijing, June 12th--Liu Jianchao, head of the IDCPC, delivered a video speech at the opening of a "
          "seminar on party building for cadres of the Communist Party of Cuba, run online by the IDCPC. Some 40 "
          "Cuban cadres attend the two-week course, which includes lectures by Chinese scholars.",
          "training_course", "Cuba"),
    Probe("I05", "idcpc", "idcpc_zh", "zh", "2022-06-13",
          "刘建超以视频方式出席古巴共产党干部研修班开班式",
          "6月12日，中联部部长刘建超以视频方式出席古巴共产党干部治党理政研修班开班式并致辞。古共中央有关部门负责人及40余名"
          "学员参加。研修班为期两周。",
          "training_course", "Cuba"),
    Probe("I06", "idcpc", "idcpc_en", "en", "2022-12-04",
          "Liu Jianchao Addresses China-CELAC Political Parties Forum by Video",
          "Beijing, December 3rd--The 3rd China-CELAC Political Parties Forum opened online today. Liu Jianchao, "
          "head of the IDCPC, addressed the opening session by video. More than 200 representatives of over 100 "
          "political parties and organisations from 27 Latin American and Caribbean countries took part.",
          "forum", "multilateral"),
    Probe("I07", "idcpc", "idcpc_en", "en", "2021-06-30",
          "CPC Central Committee Sends Congratulatory Letter to São Paulo Forum Meeting",
          "Beijing, June 29th--The CPC Central Committee sent a congratulatory letter to the 26th meeting of the "
          "São Paulo Forum, which opened online on June 28. The letter, read out at the opening session, wished "
          "the meeting success. Leftist parties of Latin America and the Caribbean attended.",
          "forum", "multilateral"),
    Probe("I08", "idcpc", "idcpc_en", "en", "2022-11-18",
          "Sun Haiyan Briefs Latin American Parties on the 20th CPC National Congress",
          "Beijing, November 17th--Sun Haiyan, Vice Minister of the IDCPC, held a briefing session via video link "
          "on the guiding principles of the 20th CPC National Congress for political parties of Latin America and "
          "the Caribbean. Over 150 party leaders from 25 countries, including the Justicialist Party of Argentina "
          "and the Broad Front of Uruguay, attended.",
          "briefing", "multilateral"),
    Probe("I09", "idcpc", "idcpc_zh", "zh", "2022-12-07",
          "陈洲向巴西政党宣介中共二十大精神",
          "12月6日，中联部副部长陈洲以视频方式向巴西劳工党、巴西共产党等政党领导人宣介中共二十大精神。与会人士表示，"
          "愿加强同中国共产党的交流。",
          "briefing", "Brazil"),
    Probe("I10", "idcpc", "idcpc_en", "en", "2020-09-09",
          "IDCPC Holds Webinar for Cadres of Venezuela's PSUV on Poverty Alleviation",
          "Beijing, September 8th--The IDCPC held a webinar on poverty alleviation for leaders and cadres of the "
          "United Socialist Party of Venezuela (PSUV). Officials of Chinese ministries shared China's practice "
          "with some 60 PSUV cadres.",
          "training_course", "Venezuela"),
    Probe("I11", "idcpc", "idcpc_en", "en", "2021-10-21",
          "CPC and Communist Party of Cuba Hold Online Theory Seminar",
          "Beijing, October 20th--The CPC and the Communist Party of Cuba held their theory seminar online on "
          "the topic of party building in the new era. Guo Yezhou, Vice Minister of the IDCPC, and leaders of the "
          "Cuban party's International Relations Department delivered speeches.",
          "seminar", "Cuba"),
    Probe("I12", "idcpc", "idcpc_en", "en", "2021-07-07",
          "CPC in Dialogue with World Political Parties Summit Held Online",
          "Beijing, July 6th--The CPC and World Political Parties Summit was held via video link. Xi Jinping "
          "delivered a keynote speech. Leaders of the Communist Party of Cuba, the Sandinista National Liberation "
          "Front and the Workers' Party of Brazil were among the participants from Latin America and the "
          "Caribbean, out of more than 500 parties worldwide.",
          "dialogue", "multilateral"),
    Probe("I13", "idcpc", "idcpc_en", "en", "2023-09-15",
          "CPC-Mexican Political Parties Dialogue Held in Mexico City",
          "Mexico City, September 14th--The CPC-Mexican Political Parties Dialogue opened here on Thursday. A CPC "
          "delegation led by Chen Zhou, Vice Minister of the IDCPC, and leaders of the National Regeneration "
          "Movement (MORENA) and the Labor Party attended and discussed modernization.",
          "dialogue", "Mexico"),
    Probe("I14", "idcpc", "idcpc_en", "en", "2019-05-23",
          "Delegation of Colombia's Alternative Democratic Pole Visits Fujian",
          "Fuzhou, May 22nd--A delegation of the Alternative Democratic Pole of Colombia visited Fujian from May 19 "
          "to 22 at the invitation of the IDCPC. The guests toured villages and companies in Fuzhou and Ningde to "
          "learn about rural revitalization.",
          "field_trip", "Colombia"),
    Probe("I15", "idcpc", "idcpc_zh", "zh", "2019-05-25",
          "乌拉圭广泛阵线干部考察团在贵州考察",
          "5月20日至24日，乌拉圭广泛阵线干部考察团应中联部邀请在贵州考察，先后走访贵阳、遵义的乡村和企业，了解脱贫攻坚经验。",
          "field_trip", "Uruguay"),
    Probe("I16", "idcpc", "idcpc_zh", "zh", "2023-10-19",
          "中共与古共第九届理论研讨会在哈瓦那举行",
          "10月18日，中国共产党与古巴共产党第九届理论研讨会在哈瓦那举行。中联部副部长孙海燕率中共代表团出席并发言，"
          "古共中央有关领导人出席。双方围绕党的建设进行深入交流。",
          "seminar", "Cuba"),
    Probe("I17", "idcpc", "idcpc_zh", "zh", "2021-08-11",
          "中联部举办巴拿马政党干部网上研修班",
          "8月10日，中联部举办巴拿马政党干部网上研修班，巴拿马民主革命党等政党的30余名干部参加，中方专家介绍了中国减贫经验。",
          "training_course", "Panama"),
    # ---- rule 3: meetings vs calls vs video meetings ------------------------------------------
    Probe("I18", "idcpc", "idcpc_en", "en", "2023-03-09",
          "Liu Jianchao Meets with Delegation of Communist Party of Cuba",
          "Beijing, March 8th--Liu Jianchao, head of the IDCPC, met here today with a delegation of the Communist "
          "Party of Cuba led by Roberto Morales Ojeda, Member of the Political Bureau. The two sides exchanged "
          "views on party-to-party relations.",
          "meeting", "Cuba"),
    Probe("I19", "idcpc", "idcpc_en", "en", "2023-04-11",
          "Liu Jianchao Holds Talks with Secretary General of Brazil's Workers' Party",
          "Beijing, April 10th--Liu Jianchao, head of the IDCPC, held talks in Beijing with the Secretary General "
          "of the Workers' Party of Brazil. They agreed to deepen exchanges of governance experience.",
          "meeting", "Brazil"),
    Probe("I20", "idcpc", "idcpc_en", "en", "2023-02-17",
          "Liu Jianchao Holds Video Call with First Vice President of Venezuela's PSUV",
          "Beijing, February 16th--Liu Jianchao, head of the IDCPC, held a video call with Diosdado Cabello, "
          "First Vice President of the United Socialist Party of Venezuela. The two sides exchanged views on "
          "cooperation between the two parties.",
          "video_call", "Venezuela"),
    Probe("I21", "idcpc", "idcpc_en", "en", "2020-05-07",
          "Song Tao Speaks with President of Communist Party of Chile on the Phone",
          "Beijing, May 6th--Song Tao, head of the IDCPC, had a telephone conversation with Guillermo Teillier, "
          "President of the Communist Party of Chile, on the fight against COVID-19.",
          "phone_call", "Chile"),
    Probe("I22", "idcpc", "idcpc_zh", "zh", "2020-05-07",
          "宋涛同墨西哥国家复兴运动党主席通电话",
          "5月6日，中联部部长宋涛同墨西哥国家复兴运动党主席通电话，双方就共同抗击疫情交换意见。",
          "phone_call", "Mexico"),
    Probe("I23", "idcpc", "idcpc_zh", "zh", "2023-02-17",
          "刘建超同巴西劳工党主席霍夫曼举行视频会谈",
          "2月16日，中联部部长刘建超同巴西劳工党主席格莱西·霍夫曼举行视频会谈，双方就加强两党交往交换意见。",
          "video_call", "Brazil"),
    Probe("I24", "idcpc", "paper_hk", "zh", "2023-06-13",
          "劉建超會見阿根廷正義黨代表團",
          _copy("2023-06-13", AG_HK,
                "新華社北京6月12日電 中共中央對外聯絡部部長劉建超12日在北京會見阿根廷正義黨代表團。雙方就加強兩黨交流交換意見。"),
          "meeting", "Argentina"),
    Probe("I25", "idcpc", "idcpc_en", "en", "2020-05-15",
          "Guo Yezhou Holds Online Seminar with Caribbean Parties on COVID-19 Response",
          "Beijing, May 14th--Guo Yezhou, Vice Minister of the IDCPC, held an online seminar with leaders of "
          "political parties from eight Caribbean countries, including Jamaica, Barbados and Trinidad and Tobago, "
          "to share experience in fighting COVID-19.",
          "seminar", "multilateral"),
    Probe("I26", "idcpc", "idcpc_en23", "en", "2024-04-24",
          "Liu Jianchao Meets with Chairman of Nicaragua's FSLN Delegation",
          "Beijing, April 23rd--Liu Jianchao, head of the IDCPC, met with a delegation of the Sandinista National "
          "Liberation Front (FSLN) of Nicaragua in Beijing. Liu said the CPC stands ready to deepen exchanges.",
          "meeting", "Nicaragua"),
    Probe("I27", "idcpc", "idcpc_zh", "zh", "2021-06-18",
          "郭业洲视频会见牙买加人民民族党总书记",
          "6月17日，中联部副部长郭业洲视频会见牙买加人民民族党总书记，双方就两党关系交换意见。",
          "video_call", "Jamaica"),
    # ---- rule 4: visits as a whole vs one meeting during them ----------------------------------
    Probe("I28", "idcpc", "idcpc_en", "en", "2023-09-21",
          "CPC Delegation Visits Cuba",
          "Havana, September 20th--A CPC delegation led by Liu Jianchao, head of the IDCPC, visited Cuba from "
          "September 17 to 20 at the invitation of the Communist Party of Cuba. During the visit, the delegation "
          "met with Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist Party of Cuba, "
          "held talks with Roberto Morales Ojeda and toured a biotechnology centre.",
          "delegation_visit_abroad", "Cuba"),
    Probe("I29", "idcpc", "idcpc_zh", "zh", "2023-09-14",
          "中共代表团访问墨西哥",
          "9月10日至13日，中联部副部长陈洲率中共代表团访问墨西哥，分别会见国家复兴运动党主席、劳动党领导人，并同墨西哥"
          "各界人士座谈。",
          "delegation_visit_abroad", "Mexico"),
    Probe("I30", "idcpc", "paper_hk", "zh", "2019-10-16",
          "中共代表團訪問秘魯和西班牙",
          _copy("2019-10-16", AG_HK,
                "應秘魯有關政黨和西班牙有關政黨邀請，中聯部副部長郭業洲率中共代表團於10月8日至15日訪問秘魯和西班牙。在秘期間，"
                "代表團會見秘魯國會主席和主要政黨領導人；在西期間，會見西班牙工人社會黨領導人。"),
          "delegation_visit_abroad", "Peru"),
    Probe("I31", "idcpc", "idcpc_en", "en", "2024-07-13",
          "CPC Delegation Concludes Visit to Chile",
          "Santiago, July 12th--A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, wrapped up a "
          "four-day visit to Chile on Friday. During its stay from July 9 to 12, the delegation met with leaders "
          "of the Socialist Party of Chile, the Communist Party of Chile and the Party for Democracy, and "
          "exchanged views with local officials in Valparaíso.",
          "delegation_visit_abroad", "Chile"),
    Probe("I32", "idcpc", "idcpc_en", "en", "2024-06-29",
          "Delegation of Communist Party of Chile Visits China",
          "Beijing, June 28th--A delegation of the Communist Party of Chile led by its President Lautaro Carmona "
          "paid a visit to China from June 20 to 28 at the invitation of the CPC. During its stay, the delegation "
          "met with leaders of the IDCPC and exchanged views with officials of several ministries in Beijing.",
          "delegation_received", "Chile"),
    Probe("I33", "idcpc", "idcpc_zh", "zh", "2019-05-18",
          "秘鲁人民力量党代表团访华",
          "应中联部邀请，秘鲁人民力量党总书记率领的代表团于5月10日至17日访华。在京期间，中联部副部长郭业洲会见代表团，"
          "代表团还同有关部门座谈交流。",
          "delegation_received", "Peru"),
    Probe("I34", "idcpc", "idcpc_en", "en", "2023-05-19",
          "Sun Haiyan Meets with Delegation of Honduras' LIBRE Party",
          "Beijing, May 18th--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Liberty and "
          "Refoundation Party (LIBRE) of Honduras, which is visiting China at the invitation of the IDCPC.",
          "meeting", "Honduras"),
    Probe("I35", "idcpc", "idcpc_en", "en", "2023-09-19",
          "Miguel Díaz-Canel Meets with CPC Delegation",
          "Havana, September 18th--Miguel Díaz-Canel, First Secretary of the Central Committee of the Communist "
          "Party of Cuba and Cuban President, met with a CPC delegation led by Liu Jianchao, head of the IDCPC, "
          "who is on a visit to Cuba.",
          "meeting", "Cuba"),
    Probe("I36", "idcpc", "idcpc_zh", "zh", "2023-09-19",
          "刘建超访问古巴期间会见古共中央第二书记莫拉莱斯",
          "9月18日，正在古巴访问的中联部部长刘建超在哈瓦那会见古巴共产党中央第二书记莫拉莱斯。双方就深化两党关系交换意见。",
          "meeting", "Cuba"),
    Probe("I37", "idcpc", "idcpc_zh", "zh", "2024-05-21",
          "马辉会见智利社会党代表团",
          "5月20日，中联部副部长马辉在京会见由总书记率领的智利社会党代表团。代表团应中联部邀请访华。",
          "meeting", "Chile"),
    Probe("I38", "idcpc", "idcpc_en", "en", "2019-10-10",
          "Training Seminar for Cadres of Caribbean Political Parties Opens in Beijing",
          "Beijing, October 9th--A seminar for cadres of political parties of Caribbean countries, hosted by the "
          "IDCPC, opened in Beijing today. Over 30 participants from Jamaica, Grenada, Dominica and Suriname will "
          "attend lectures and visit Zhejiang during the two-week course.",
          "training_course", "multilateral"),
    Probe("I39", "idcpc", "idcpc_zh", "zh", "2019-09-19",
          "中联部举办拉美国家政党干部研修班",
          "9月5日至18日，中联部在京举办拉美国家政党干部研修班，来自阿根廷、智利、乌拉圭等国的30名政党干部参加。",
          "training_course", "multilateral"),
    Probe("I40", "idcpc", "agency_zh", "zh", "2024-07-13",
          "中共代表团访问智利",
          _copy("2024-07-13", AG_ZH,
                "新华社圣地亚哥7月12日电 应智利社会党邀请，中联部副部长孙海燕率中共代表团于9日至12日访问智利，会见智利"
                "社会党、智利共产党领导人，并同智利地方官员交流。"),
          "delegation_visit_abroad", "Chile"),
    Probe("I41", "idcpc", "paper_lac", "en", "2023-06-02",
          "Cuban Communist Party delegation concludes visit to China",
          _copy("2023-06-02", "Latam Press | News | Cuba | World",
                "Havana, Jun 2 (LP) A delegation of the Communist Party of Cuba returned home after a week-long "
                "visit to China, from May 25 to June 1, at the invitation of the CPC, during which it held talks "
                "with officials of the IDCPC and of ministries in Beijing."),
          "delegation_received", "Cuba"),
    Probe("I42", "idcpc", "agency_en", "en", "2023-06-13",
          "Senior CPC official meets Argentine party delegation",
          _copy("2023-06-13", AG_EN,
                "BEIJING, June 12 -- Liu Jianchao, head of the International Department of the CPC Central "
                "Committee, met with a delegation of the Justicialist Party of Argentina in Beijing on Monday."),
          "meeting", "Argentina"),
    Probe("I43", "idcpc", "agency_en", "en", "2021-05-21",
          "Xi sends congratulatory letter to China-CELAC political parties forum",
          _copy("2021-05-21", AG_EN,
                "BEIJING, May 20 -- Xi Jinping, general secretary of the CPC Central Committee, on Thursday sent a "
                "congratulatory letter to the China-CELAC Political Parties Forum. Leaders of more than 60 parties "
                "from 27 Latin American and Caribbean countries attended the forum online."),
          "forum", "multilateral"),
    # ---- messages with no event around them -------------------------------------------------
    Probe("I44", "idcpc", "idcpc_en", "en", "2021-07-03",
          "Xi Jinping Replies to Letter from President of Brazil's Workers' Party",
          "Beijing, July 2nd--Xi Jinping, General Secretary of the CPC Central Committee, recently replied to a "
          "letter from Gleisi Hoffmann, President of the Workers' Party of Brazil. In his reply, Xi thanked the "
          "party for its congratulations on the CPC's centenary.",
          "message", "Brazil"),
    Probe("I45", "idcpc", "idcpc_zh", "zh", "2021-04-20",
          "习近平致电祝贺迪亚斯-卡内尔当选古巴共产党中央委员会第一书记",
          "4月19日，中共中央总书记习近平致电米格尔·迪亚斯-卡内尔，祝贺他当选古巴共产党中央委员会第一书记。",
          "message", "Cuba"),
    Probe("I46", "idcpc", "idcpc_en", "en", "2024-01-05",
          "IDCPC Sends Condolences to Communist Party of Chile",
          "Beijing, January 4th--The IDCPC sent a message of condolence to the Central Committee of the Communist "
          "Party of Chile over the passing of a former President of the party, expressing deep grief.",
          "message", "Chile"),
    Probe("I47", "idcpc", "idcpc_en", "en", "2021-07-03",
          "Leaders of Latin American Parties Congratulate the CPC on Its Centenary",
          "Beijing, July 2nd--Leaders of political parties in Latin America and the Caribbean have sent messages "
          "and letters to the CPC Central Committee and General Secretary Xi Jinping to congratulate the CPC on "
          "its 100th anniversary. They include the Communist Party of Cuba, the United Socialist Party of "
          "Venezuela and the Sandinista National Liberation Front of Nicaragua.",
          "message", "multilateral"),
    Probe("I48", "idcpc", "idcpc_zh", "zh", "2022-10-25",
          "古巴共产党中央致电祝贺中共二十大胜利召开",
          "古巴共产党中央委员会近日致电中共中央，热烈祝贺中国共产党第二十次全国代表大会胜利召开。",
          "message", "Cuba"),
    # ---- a meeting at an embassy ---------------------------------------------------------------
    Probe("I49", "idcpc", "idcpc_en", "en", "2023-03-03",
          "Sun Haiyan Meets with Venezuelan Ambassador to China",
          "Beijing, March 2nd--Sun Haiyan, Vice Minister of the IDCPC, met here today with the Venezuelan "
          "Ambassador to China. They exchanged views on relations between the CPC and the PSUV.",
          "meeting", "Venezuela"),
    Probe("I50", "idcpc", "idcpc_zh", "zh", "2023-03-03",
          "孙海燕会见古巴驻华大使佩雷拉",
          "3月2日，中联部副部长孙海燕在京会见古巴驻华大使佩雷拉，双方就两党两国关系交换意见。",
          "meeting", "Cuba"),
    Probe("I51", "idcpc", "idcpc_en", "en", "2019-11-12",
          "Guo Yezhou Visits Uruguayan Embassy and Meets Ambassador",
          "Beijing, November 11th--Guo Yezhou, Vice Minister of the IDCPC, visited the Embassy of Uruguay in "
          "China and met with the ambassador. They discussed exchanges between the CPC and the Broad Front.",
          "meeting", "Uruguay"),
    # ---- second batch, harder wordings (written before any code was read) ---------------------
    Probe("I52", "idcpc", "idcpc_en", "en", "2024-05-30",
          "Liu Jianchao Speaks at Opening of Seminar for Latin American Party Cadres",
          "Beijing, May 29th--Liu Jianchao, head of the IDCPC, spoke at the opening ceremony of a seminar for "
          "young leaders of political parties from Latin American and Caribbean countries. Some 40 young cadres "
          "from 15 countries will spend two weeks attending lectures in Beijing and visiting Guangdong.",
          "training_course", "multilateral"),
    Probe("I53", "idcpc", "paper_hk", "zh", "2019-09-06",
          "中聯部舉辦拉美國家政黨幹部研修班",
          _copy("2019-09-06", AG_HK,
                "9月5日，中聯部拉美國家政黨幹部研修班在京開班。來自阿根廷、智利、烏拉圭等國的30名政黨幹部將在華學習兩週。"),
          "training_course", "multilateral"),
    Probe("I54", "idcpc", "idcpc_zh", "zh", "2024-03-12",
          "古巴共产党干部专题研讨班在京开班",
          "3月11日，古巴共产党干部专题研讨班在京开班。中联部副部长孙海燕出席开班式并致辞。30名古共中高级干部参加为期两周的学习。",
          "training_course", "Cuba"),
    Probe("I55", "idcpc", "idcpc_en", "en", "2024-08-02",
          "Sun Haiyan Briefs Brazilian Parties on the Third Plenary Session in Brasília",
          "Brasília, August 1st--A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, held a briefing "
          "here on the Third Plenary Session of the 20th CPC Central Committee for leaders of Brazilian parties, "
          "including the Workers' Party and the Communist Party of Brazil.",
          "briefing", "Brazil"),
    Probe("I56", "idcpc", "idcpc_zh", "zh", "2024-08-02",
          "中共代表团在巴西举行二十届三中全会精神宣介会",
          "当地时间8月1日，中联部副部长孙海燕率中共代表团在巴西利亚举行中共二十届三中全会精神宣介会，巴西劳工党、巴西共产党"
          "等政党领导人出席。",
          "briefing", "Brazil"),
    Probe("I57", "idcpc", "idcpc_zh", "zh", "2023-07-20",
          "首届中拉政党对话会在深圳举行",
          "7月19日，首届中国共产党与拉美政党对话会在深圳举行。中联部部长刘建超出席并致辞，来自墨西哥、阿根廷、智利等国的"
          "政党领导人参加。",
          "dialogue", "multilateral"),
    Probe("I58", "idcpc", "idcpc_en", "en", "2023-06-09",
          "Delegation of Cuban Communist Party Visits Zhejiang",
          "Hangzhou, June 8th--A delegation of the Communist Party of Cuba visited Zhejiang from June 5 to 8. The "
          "delegation toured a digital village in Huzhou and a private company in Hangzhou, and learnt about "
          "local governance.",
          "field_trip", "Cuba"),
    Probe("I59", "idcpc", "idcpc_en", "en", "2022-03-16",
          "Chen Zhou Holds Online Meeting with Secretary General of Panama's Democratic Revolutionary Party",
          "Beijing, March 15th--Chen Zhou, Vice Minister of the IDCPC, held an online meeting with the Secretary "
          "General of the Democratic Revolutionary Party of Panama. They exchanged views on party-to-party "
          "cooperation.",
          "video_call", "Panama"),
    Probe("I60", "idcpc", "idcpc_zh", "zh", "2022-03-16",
          "陈洲“云会见”巴拿马民主革命党总书记",
          "3月15日，中联部副部长陈洲通过视频连线方式会见巴拿马民主革命党总书记，双方就加强两党交流合作交换意见。",
          "video_call", "Panama"),
    Probe("I61", "idcpc", "paper_lac", "en", "2021-09-10",
          "PSUV and Communist Party of China hold videoconference",
          _copy("2021-09-10", "Latam Press | News | Venezuela | World",
                "Caracas, Sep 9 (LP) Diosdado Cabello, first vice president of the United Socialist Party of "
                "Venezuela, held a videoconference on Thursday with Song Tao, head of the International "
                "Department of the CPC Central Committee, to review cooperation between the two parties."),
          "video_call", "Venezuela"),
    Probe("I62", "idcpc", "idcpc_en", "en", "2022-08-05",
          "Guo Yezhou Exchanges Views with Leader of Grenada's NDC by Telephone",
          "Beijing, August 4th--Guo Yezhou, Vice Minister of the IDCPC, exchanged views by telephone with the "
          "political leader of the National Democratic Congress of Grenada on relations between the two parties.",
          "phone_call", "Grenada"),
    Probe("I63", "idcpc", "idcpc_en", "en", "2023-11-29",
          "Liu Jianchao Meets with Leaders of Latin American Parties Attending the Theory Seminar",
          "Beijing, November 28th--Liu Jianchao, head of the IDCPC, met with leaders of political parties from "
          "Argentina, Chile, Colombia and Mexico who came to Beijing for the theory seminar between the CPC and "
          "parties of Latin America and the Caribbean.",
          "meeting", "multilateral"),
    Probe("I64", "idcpc", "idcpc_en", "en", "2023-12-02",
          "Xi Jinping Meets with First Secretary of Communist Party of Cuba",
          "Beijing, December 1st--Xi Jinping, General Secretary of the CPC Central Committee, met with Miguel "
          "Díaz-Canel, First Secretary of the Central Committee of the Communist Party of Cuba, at the Great Hall "
          "of the People today.",
          "meeting", "Cuba"),
    Probe("I65", "idcpc", "idcpc_en", "en", "2024-10-15",
          "Liu Jianchao Leads CPC Delegation to Visit Uruguay",
          "Montevideo, October 14th--At the invitation of the Broad Front of Uruguay, a CPC delegation led by Liu "
          "Jianchao, head of the IDCPC, visited Uruguay from October 10 to 14. The delegation met with the Broad "
          "Front's president and other party leaders, and held a business roundtable.",
          "delegation_visit_abroad", "Uruguay"),
    Probe("I66", "idcpc", "idcpc_zh", "zh", "2023-05-26",
          "委内瑞拉统一社会主义党代表团访华",
          "应中共中央对外联络部邀请，委内瑞拉统一社会主义党副主席率领的代表团于5月18日至25日访华。访问期间，代表团在京会见"
          "中方领导人，并同中联部负责人举行会谈。",
          "delegation_received", "Venezuela"),
    Probe("I67", "idcpc", "idcpc_en", "en", "2020-01-08",
          "IDCPC Minister Congratulates New President of Chile's Socialist Party",
          "Beijing, January 7th--Song Tao, head of the IDCPC, sent a congratulatory letter to Álvaro Elizalde on "
          "his election as President of the Socialist Party of Chile.",
          "message", "Chile"),
    Probe("I68", "idcpc", "idcpc_zh", "zh", "2021-07-03",
          "习近平复信巴西劳工党主席霍夫曼",
          "近日，中共中央总书记习近平复信巴西劳工党主席格莱西·霍夫曼，感谢她对中国共产党成立100周年的祝贺。",
          "message", "Brazil"),
    Probe("I69", "idcpc", "idcpc_zh", "zh", "2020-12-16",
          "中联部向中国－拉共体政党论坛视频会议致贺信",
          "12月15日，中国－拉共体政党论坛以视频方式举行。中联部部长宋涛致贺信。拉美和加勒比20多个国家的政党领导人与会。",
          "forum", "multilateral"),
    Probe("I70", "idcpc", "paper_hk", "zh", "2023-09-21",
          "中共代表團訪問古巴",
          _copy("2023-09-21", AG_HK,
                "應古巴共產黨邀請，中聯部部長劉建超率中共代表團於9月17日至20日訪問古巴，會見古共中央第一書記、國家主席"
                "迪亞斯-卡內爾，同古共中央第二書記莫拉萊斯舉行會談，並參觀生物科技企業。"),
          "delegation_visit_abroad", "Cuba"),
    Probe("I71", "idcpc", "idcpc_en", "en", "2019-04-26",
          "Delegation of Mexico's MORENA Party Concludes Visit to China",
          "Beijing, April 25th--A delegation of the National Regeneration Movement (MORENA) of Mexico wrapped up "
          "its visit to China today. During the visit from April 18 to 25, the delegation held talks with Guo "
          "Yezhou, Vice Minister of the IDCPC, and met officials of the National People's Congress.",
          "delegation_received", "Mexico"),
    Probe("I72", "idcpc", "idcpc_zh", "zh", "2019-04-19",
          "郭业洲会见墨西哥国家复兴运动党代表团",
          "4月18日，中联部副部长郭业洲在京会见由墨西哥国家复兴运动党全国执委会秘书长率领的代表团。代表团应中联部邀请于"
          "4月18日至25日访华。",
          "meeting", "Mexico"),
    Probe("I73", "idcpc", "idcpc_en", "en", "2022-12-21",
          "Chen Zhou Holds Online Briefing on the 20th CPC National Congress for Cuban Party",
          "Beijing, December 20th--Chen Zhou, Vice Minister of the IDCPC, held an online briefing session for "
          "leaders and members of the Communist Party of Cuba on the 20th CPC National Congress.",
          "briefing", "Cuba"),
    Probe("I74", "idcpc", "agency_en", "en", "2024-08-02",
          "CPC delegation briefs Brazilian parties on key plenum in Brasília",
          _copy("2024-08-02", AG_EN,
                "BRASILIA, Aug. 1 -- A delegation of the Communist Party of China (CPC) on Thursday held a "
                "briefing session here on the third plenary session of the 20th CPC Central Committee for leaders "
                "of the Workers' Party and other Brazilian parties."),
          "briefing", "Brazil"),
    Probe("I75", "idcpc", "idcpc_zh", "zh", "2021-09-01",
          "宋涛会见牙买加驻华大使",
          "8月31日，中联部部长宋涛在京会见牙买加驻华大使，双方就两国执政党交往交换意见。",
          "meeting", "Jamaica"),
]

# ================================ foreign ministry =========================================
MFA_PROBES: list[Probe] = [
    # ---- the headline picks the exchange, the text's own word gives the type ------------------
    Probe("M01", "mfa", "mfa_en", "en", "2023-04-14",
          "Xi Jinping Meets with Brazilian President Luiz Inácio Lula da Silva",
          "On the afternoon of April 14, 2023, President Xi Jinping held talks at the Great Hall of the People in "
          "Beijing with Brazilian President Luiz Inácio Lula da Silva, who is on a state visit to China.",
          "talks", "Brazil"),
    Probe("M02", "mfa", "mfa_en", "en", "2022-02-06",
          "Xi Jinping Holds Talks with Argentine President Alberto Fernández",
          "On the afternoon of February 6, 2022, President Xi Jinping held talks at the Great Hall of the People "
          "with Argentine President Alberto Fernández, who came to China for the opening of the Winter Olympics.",
          "talks", "Argentina"),
    Probe("M03", "mfa", "mfa_zh", "zh", "2023-04-14",
          "习近平同巴西总统卢拉会谈",
          "2023年4月14日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。两国元首就双边关系"
          "交换意见。",
          "talks", "Brazil"),
    Probe("M04", "mfa", "mfa_zh", "zh", "2023-11-22",
          "习近平会见乌拉圭总统拉卡列",
          "2023年11月22日下午，国家主席习近平在北京人民大会堂同来华进行国事访问的乌拉圭总统拉卡列举行会谈。",
          "talks", "Uruguay"),
    Probe("M05", "mfa", "mfa_zh", "zh", "2023-06-30",
          "李强会见古巴总理马雷罗",
          "2023年6月29日下午，国务院总理李强在北京人民大会堂会见古巴总理马雷罗。双方就深化各领域合作交换意见。",
          "meeting", "Cuba"),
    Probe("M06", "mfa", "paper_hk", "zh", "2022-11-26",
          "習近平同古巴國家主席迪亞斯-卡內爾會談",
          _copy("2022-11-26", AG_HK,
                "2022年11月25日下午，國家主席習近平在北京人民大會堂同來華進行國事訪問的古巴國家主席迪亞斯-卡內爾舉行會談。"),
          "talks", "Cuba"),
    Probe("M07", "mfa", "mfa_en", "en", "2024-03-02",
          "Wang Yi Meets with Mexican Foreign Minister Alicia Bárcena",
          "On March 1, 2024, Foreign Minister Wang Yi met with Mexican Foreign Minister Alicia Bárcena in Beijing. "
          "The two ministers exchanged views on trade and people-to-people exchanges.",
          "meeting", "Mexico"),
    Probe("M08", "mfa", "mfa_en", "en", "2023-10-25",
          "Wang Yi Holds Talks with Colombian Foreign Minister Álvaro Leyva",
          "On October 24, 2023, Foreign Minister Wang Yi held talks with Colombian Foreign Minister Álvaro Leyva "
          "in Beijing.",
          "talks", "Colombia"),
    Probe("M09", "mfa", "mfa_en", "en", "2023-06-12",
          "Qin Gang Meets with Honduran Foreign Minister Eduardo Enrique Reina",
          "On June 11, 2023, State Councilor and Foreign Minister Qin Gang held talks in Beijing with Honduran "
          "Foreign Minister Eduardo Enrique Reina, who is accompanying President Xiomara Castro on her state visit "
          "to China.",
          "talks", "Honduras"),
    Probe("M10", "mfa", "mfa_en", "en", "2023-10-17",
          "Li Qiang Holds Talks with Barbadian Prime Minister Mia Amor Mottley",
          "On the afternoon of October 16, Premier Li Qiang held talks with Prime Minister of Barbados Mia Amor "
          "Mottley, who is on an official visit to China, at the Great Hall of the People.",
          "talks", "Barbados"),
    Probe("M11", "mfa", "mfa_zh", "zh", "2023-06-14",
          "韩正会见洪都拉斯国民议会议长雷东多",
          "2023年6月13日，国家副主席韩正在北京会见洪都拉斯国民议会议长雷东多。",
          "meeting", "Honduras"),
    Probe("M12", "mfa", "mfa_en", "en", "2022-11-25",
          "Xi Jinping Meets with Cuban Prime Minister Manuel Marrero Cruz",
          "On November 24, 2022, President Xi Jinping met with Cuban Prime Minister Manuel Marrero Cruz in "
          "Beijing. Xi said China is willing to work with Cuba to deepen practical cooperation.",
          "meeting", "Cuba"),
    # ---- calls and video meetings ------------------------------------------------------------
    Probe("M13", "mfa", "mfa_en", "en", "2020-06-09",
          "Xi Jinping Speaks with Mexican President Andrés Manuel López Obrador on the Phone",
          "On the evening of June 8, 2020, President Xi Jinping spoke with Mexican President Andrés Manuel López "
          "Obrador on the phone. The two presidents discussed cooperation against COVID-19.",
          "phone_call", "Mexico"),
    Probe("M14", "mfa", "mfa_zh", "zh", "2023-08-16",
          "习近平同秘鲁总统博鲁阿尔特通电话",
          "2023年8月15日晚，国家主席习近平同秘鲁总统博鲁阿尔特通电话。",
          "phone_call", "Peru"),
    Probe("M15", "mfa", "mfa_en", "en", "2023-04-11",
          "Xi Jinping Holds Video Meeting with Argentine President Alberto Fernández",
          "On April 10, 2023, President Xi Jinping held a virtual meeting via video link in Beijing with Argentine "
          "President Alberto Fernández.",
          "video_call", "Argentina"),
    Probe("M16", "mfa", "mfa_zh", "zh", "2023-04-11",
          "习近平同阿根廷总统费尔南德斯举行视频会晤",
          "2023年4月10日，国家主席习近平在北京同阿根廷总统费尔南德斯举行视频会晤。",
          "video_call", "Argentina"),
    Probe("M17", "mfa", "mfa_en", "en", "2024-02-21",
          "Wang Yi Holds Video Call with Venezuelan Foreign Minister Yván Gil",
          "On February 20, 2024, Foreign Minister Wang Yi held a video call with Venezuelan Foreign Minister "
          "Yván Gil.",
          "video_call", "Venezuela"),
    Probe("M18", "mfa", "paper_hk", "zh", "2024-06-06",
          "王毅同巴西外長維埃拉通電話",
          _copy("2024-06-06", AG_HK, "2024年6月5日，外交部長王毅應約同巴西外長維埃拉通電話。雙方就兩國關係交換意見。"),
          "phone_call", "Brazil"),
    Probe("M19", "mfa", "mfa_en", "en", "2023-03-29",
          "Vice Premier Ding Xuexiang Speaks with Brazilian Vice President Geraldo Alckmin by Phone",
          "On March 28, 2023, Vice Premier Ding Xuexiang had a phone call with Brazilian Vice President Geraldo "
          "Alckmin.",
          "phone_call", "Brazil"),
    # ---- meetings on the sidelines of a named summit -------------------------------------------
    Probe("M20", "mfa", "mfa_en", "en", "2023-11-17",
          "Xi Jinping Meets with Chilean President Gabriel Boric",
          "On the afternoon of November 16 local time, President Xi Jinping met with Chilean President Gabriel "
          "Boric on the sidelines of the APEC Economic Leaders' Meeting in San Francisco.",
          "meeting_on_sidelines", "Chile"),
    Probe("M21", "mfa", "mfa_en", "en", "2024-11-20",
          "Xi Jinping Meets with Argentine President Javier Milei",
          "On November 19, 2024 local time, President Xi Jinping met with Argentine President Javier Milei in "
          "Rio de Janeiro, where he is attending the 19th G20 Leaders' Summit.",
          "meeting_on_sidelines", "Argentina"),
    Probe("M22", "mfa", "mfa_zh", "zh", "2024-11-20",
          "习近平会见阿根廷总统米莱",
          "当地时间2024年11月19日，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见阿根廷总统米莱。",
          "meeting_on_sidelines", "Argentina"),
    Probe("M23", "mfa", "mfa_en", "en", "2024-11-16",
          "Xi Jinping Meets with Chilean President Gabriel Boric in Lima",
          "On November 15, 2024 local time, President Xi Jinping met with Chilean President Gabriel Boric in Lima "
          "on the margins of the 31st APEC Economic Leaders' Meeting.",
          "meeting_on_sidelines", "Chile"),
    Probe("M24", "mfa", "mfa_zh", "zh", "2024-11-16",
          "习近平会见智利总统博里奇",
          "当地时间2024年11月15日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见智利总统博里奇。",
          "meeting_on_sidelines", "Chile"),
    Probe("M25", "mfa", "mfa_en", "en", "2023-09-23",
          "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira",
          "On September 22, 2023 local time, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira on the sidelines of the 78th session of the United "
          "Nations General Assembly in New York.",
          "meeting_on_sidelines", "Brazil"),
    Probe("M26", "mfa", "mfa_zh", "zh", "2024-06-11",
          "王毅会见巴西外长维埃拉",
          "当地时间2024年6月10日，外交部长王毅在俄罗斯下诺夫哥罗德出席金砖国家外长会晤期间会见巴西外长维埃拉。",
          "meeting_on_sidelines", "Brazil"),
    Probe("M27", "mfa", "mfa_en", "en", "2025-05-14",
          "Wang Yi Meets with Colombian Foreign Minister Laura Sarabia",
          "On May 13, 2025, Foreign Minister Wang Yi met with Colombian Foreign Minister Laura Sarabia in Beijing. "
          "Sarabia is in China to attend the Fourth Ministerial Meeting of the China-CELAC Forum.",
          "meeting_on_sidelines", "Colombia"),
    Probe("M28", "mfa", "mfa_zh", "zh", "2023-10-18",
          "习近平会见智利总统博里奇",
          "2023年10月17日，国家主席习近平在北京人民大会堂会见来华出席第三届“一带一路”国际合作高峰论坛的智利总统博里奇。",
          "meeting_on_sidelines", "Chile"),
    Probe("M29", "mfa", "mfa_en", "en", "2023-11-06",
          "Han Zheng Meets with Nicaraguan Minister at Import Expo",
          "On November 5, 2023, Vice President Han Zheng met in Shanghai with Laureano Ortega, Nicaraguan "
          "presidential adviser for investment, who is in China for the 6th China International Import Expo.",
          "meeting", "Nicaragua"),
    Probe("M30", "mfa", "paper_hk", "zh", "2023-11-18",
          "習近平會見墨西哥總統洛佩斯",
          _copy("2023-11-18", AG_HK,
                "當地時間2023年11月17日，國家主席習近平在舊金山出席亞太經合組織第三十次領導人非正式會議期間會見墨西哥總統洛佩斯。"),
          "meeting_on_sidelines", "Mexico"),
    Probe("M31", "mfa", "mfa_en", "en", "2024-11-15",
          "Xi Jinping Holds Talks with Peruvian President Dina Boluarte",
          "On November 14, 2024 local time, President Xi Jinping held talks with Peruvian President Dina Boluarte "
          "at the Government Palace in Lima. Xi is in Lima for the APEC Economic Leaders' Meeting and a state "
          "visit to Peru.",
          "talks", "Peru"),
    # ---- pages about a visit as a whole vs one meeting during it ------------------------------
    Probe("M32", "mfa", "mfa_en", "en", "2023-03-17",
          "Brazilian President Lula to Pay State Visit to China",
          "Foreign Ministry Spokesperson Hua Chunying announced: At the invitation of President Xi Jinping, "
          "President of the Federative Republic of Brazil Luiz Inácio Lula da Silva will pay a state visit to "
          "China from March 26 to 31.",
          "state_visit", "Brazil"),
    Probe("M33", "mfa", "mfa_zh", "zh", "2023-06-05",
          "洪都拉斯总统卡斯特罗将对中国进行国事访问",
          "外交部发言人宣布：应国家主席习近平邀请，洪都拉斯共和国总统希奥马拉·卡斯特罗将于6月9日至14日对中国进行国事访问。",
          "state_visit", "Honduras"),
    Probe("M34", "mfa", "mfa_en", "en", "2023-10-13",
          "Prime Minister of Barbados Mia Amor Mottley to Pay Official Visit to China",
          "Foreign Ministry Spokesperson announced: At the invitation of Premier Li Qiang, Prime Minister of "
          "Barbados Mia Amor Mottley will pay an official visit to China from October 15 to 21.",
          "official_visit", "Barbados"),
    Probe("M35", "mfa", "mfa_en", "en", "2019-09-10",
          "Prime Minister of Jamaica Andrew Holness to Visit China",
          "At the invitation of Premier Li Keqiang, Prime Minister of Jamaica Andrew Holness will visit China "
          "from September 15 to 20.",
          "official_visit", "Jamaica"),
    Probe("M36", "mfa", "mfa_en", "en", "2024-11-20",
          "Xi Jinping Arrives in Brasília for State Visit to Brazil",
          "On the evening of November 19, 2024 local time, President Xi Jinping arrived in Brasília by special "
          "plane to pay a state visit to Brazil.",
          "state_visit", "Brazil"),
    Probe("M37", "mfa", "mfa_zh", "zh", "2024-11-15",
          "习近平抵达利马出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问",
          "当地时间2024年11月14日，国家主席习近平乘专机抵达利马，出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行"
          "国事访问。",
          "state_visit", "Peru"),
    Probe("M38", "mfa", "mfa_en", "en", "2024-12-14",
          "Wang Yi Concludes Official Visit to Venezuela",
          "On December 13, 2024 local time, Foreign Minister Wang Yi concluded his official visit to Venezuela, "
          "during which he met with the country's leaders and held talks with his counterpart.",
          "official_visit", "Venezuela"),
    Probe("M39", "mfa", "mfa_zh", "zh", "2024-08-09",
          "王毅结束对巴西的正式访问",
          "当地时间2024年8月8日，外交部长王毅结束对巴西的正式访问。访问期间，王毅会见巴西总统，并同巴西外长举行会谈。",
          "official_visit", "Brazil"),
    Probe("M40", "mfa", "mfa_en", "en", "2024-11-21",
          "Xi Jinping Meets with President of the Federal Senate of Brazil Rodrigo Pacheco",
          "On November 20, 2024 local time, President Xi Jinping met with Rodrigo Pacheco, President of the "
          "Federal Senate of Brazil, in Brasília during his state visit to Brazil.",
          "meeting", "Brazil"),
    Probe("M41", "mfa", "mfa_zh", "zh", "2024-11-21",
          "习近平会见巴西众议长利拉",
          "当地时间2024年11月20日，国家主席习近平在巴西利亚会见巴西众议长利拉。习近平正在巴西进行国事访问。",
          "meeting", "Brazil"),
    Probe("M42", "mfa", "agency_en", "en", "2023-04-13",
          "Lula arrives in Shanghai to begin state visit to China",
          _copy("2023-04-13", AG_EN,
                "SHANGHAI, April 12 -- Brazilian President Luiz Inácio Lula da Silva arrived in Shanghai on "
                "Wednesday evening, starting a state visit to China at the invitation of President Xi Jinping."),
          "state_visit", "Brazil"),
    # ---- briefings on a trip ---------------------------------------------------------------
    Probe("M43", "mfa", "mfa_en", "en", "2024-11-22",
          "Wang Yi Briefs the Media on President Xi Jinping's Trip to Peru and Brazil",
          "On November 21, 2024 local time, at the end of President Xi Jinping's trip to attend the APEC meeting "
          "in Lima and the G20 summit in Rio de Janeiro and to pay state visits to Peru and Brazil, Foreign "
          "Minister Wang Yi briefed the accompanying journalists on the trip.",
          "other", "multilateral"),
    Probe("M44", "mfa", "mfa_zh", "zh", "2024-11-22",
          "王毅向随行记者介绍习近平主席对巴西进行国事访问情况",
          "当地时间2024年11月21日，习近平主席结束对巴西的国事访问后，外交部长王毅向随行记者介绍此访情况。",
          "other", "Brazil"),
    Probe("M45", "mfa", "mfa_en", "en", "2022-11-22",
          "Vice Foreign Minister Ma Zhaoxu Briefs the Press on Cuban President's State Visit to China",
          "On November 21, 2022, Vice Foreign Minister Ma Zhaoxu briefed the press on the upcoming state visit to "
          "China by Cuban President Miguel Díaz-Canel from November 24 to 27.",
          "other", "Cuba"),
    # ---- joint statements --------------------------------------------------------------------
    Probe("M46", "mfa", "mfa_en", "en", "2023-04-15",
          "Joint Statement Between the People's Republic of China and the Federative Republic of Brazil on "
          "Deepening the Comprehensive Strategic Partnership",
          "1. At the invitation of President Xi Jinping, President Luiz Inácio Lula da Silva paid a state visit to "
          "China from April 12 to 15, 2023. The two Heads of State held talks in Beijing in a friendly atmosphere."
          "\n2. The two sides agreed to deepen the comprehensive strategic partnership.\n3. The two sides state "
          "as follows: ...",
          "joint_statement", "Brazil"),
    Probe("M47", "mfa", "mfa_zh", "zh", "2023-10-26",
          "中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
          "一、应国家主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗于2023年10月24日至26日对中国进行国事访问。两国元首"
          "举行会谈。\n二、双方宣布将两国关系提升为战略伙伴关系。",
          "joint_statement", "Colombia"),
    Probe("M48", "mfa", "paper_hk", "zh", "2023-11-23",
          "中華人民共和國和烏拉圭東岸共和國關於建立全面戰略夥伴關係的聯合聲明",
          _copy("2023-11-23", AG_HK,
                "一、應國家主席習近平邀請，烏拉圭東岸共和國總統拉卡列於2023年11月20日至24日對中國進行國事訪問。\n"
                "二、雙方決定建立全面戰略夥伴關係。"),
          "joint_statement", "Uruguay"),
    Probe("M49", "mfa", "mfa_en", "en", "2021-12-10",
          "Joint Communiqué Between the People's Republic of China and the Republic of Nicaragua on the "
          "Resumption of Diplomatic Relations",
          "The People's Republic of China and the Republic of Nicaragua, in keeping with the interests and wishes "
          "of the two peoples, have decided to resume diplomatic relations at ambassadorial level as of the date "
          "of signature of this communiqué.",
          "joint_statement", "Nicaragua"),
    Probe("M50", "mfa", "mfa_en", "en", "2023-10-26",
          "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping held talks with Colombian President Gustavo Petro, who is on "
          "a state visit to China. After the talks, the two heads of state announced the elevation of relations "
          "to a strategic partnership, and the two sides issued a joint statement.",
          "talks", "Colombia"),
    Probe("M51", "mfa", "agency_en", "en", "2023-04-15",
          "Full text: Joint Statement between China and Brazil",
          _copy("2023-04-15", AG_EN,
                "BEIJING, April 14 -- The following is the full text of the joint statement between the People's "
                "Republic of China and the Federative Republic of Brazil on deepening the comprehensive strategic "
                "partnership:\n1. At the invitation of President Xi Jinping, President Lula paid a state visit to "
                "China."),
          "joint_statement", "Brazil"),
    # ---- signing ceremonies, ceremonies, speeches, press appearances: other ------------------
    Probe("M52", "mfa", "mfa_en", "en", "2023-11-23",
          "Xi Jinping and Uruguayan President Luis Lacalle Pou Witness the Signing of Cooperation Documents",
          "On November 22, 2023, President Xi Jinping and Uruguayan President Luis Lacalle Pou jointly witnessed "
          "the signing of more than ten bilateral cooperation documents covering trade, agriculture and science "
          "at the Great Hall of the People.",
          "other", "Uruguay"),
    Probe("M53", "mfa", "mfa_zh", "zh", "2023-04-15",
          "习近平和卢拉共同见证两国合作文件签署",
          "2023年4月14日，国家主席习近平和巴西总统卢拉在人民大会堂共同见证两国经贸、科技等领域多项合作文件的签署。",
          "other", "Brazil"),
    Probe("M54", "mfa", "mfa_en", "en", "2025-05-14",
          "Xi Jinping Attends Opening Ceremony of the Fourth Ministerial Meeting of the China-CELAC Forum",
          "On May 13, 2025, President Xi Jinping attended the opening ceremony of the Fourth Ministerial Meeting "
          "of the China-CELAC Forum in Beijing and delivered a keynote speech. Leaders and foreign ministers of "
          "CELAC member states attended.",
          "other", "multilateral"),
    Probe("M55", "mfa", "mfa_zh", "zh", "2025-05-14",
          "习近平出席中国－拉共体论坛第四届部长级会议开幕式并发表主旨讲话",
          "2025年5月13日，国家主席习近平在北京出席中国－拉美和加勒比国家共同体论坛第四届部长级会议开幕式并发表主旨讲话。",
          "other", "multilateral"),
    Probe("M56", "mfa", "mfa_en", "en", "2024-11-21",
          "Xi Jinping and President Lula Jointly Meet the Press",
          "On November 20, 2024 local time, after their talks in Brasília, President Xi Jinping and Brazilian "
          "President Luiz Inácio Lula da Silva jointly met the press.",
          "other", "Brazil"),
    Probe("M57", "mfa", "mfa_en", "en", "2022-09-08",
          "Wang Yi Attends Reception Marking the 200th Anniversary of Brazil's Independence",
          "On September 7, 2022, State Councilor and Foreign Minister Wang Yi attended a reception held by the "
          "Brazilian Embassy in China to celebrate the 200th anniversary of Brazil's independence, and delivered "
          "a speech.",
          "other", "Brazil"),
    # ---- messages and signed articles --------------------------------------------------------
    Probe("M58", "mfa", "mfa_en", "en", "2024-06-05",
          "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Election as President of Mexico",
          "On June 4, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her "
          "election as President of Mexico.",
          "message", "Mexico"),
    Probe("M59", "mfa", "mfa_zh", "zh", "2024-10-02",
          "习近平致电祝贺辛鲍姆就任墨西哥总统",
          "2024年10月1日，国家主席习近平致电辛鲍姆，祝贺她就任墨西哥总统。",
          "message", "Mexico"),
    Probe("M60", "mfa", "mfa_en", "en", "2020-12-08",
          "Xi Jinping and Cuban President Díaz-Canel Exchange Congratulatory Messages on the 60th Anniversary of "
          "Diplomatic Relations",
          "On September 28, 2020, President Xi Jinping and Cuban President Miguel Díaz-Canel exchanged "
          "congratulatory messages on the 60th anniversary of diplomatic relations between the two countries.",
          "message", "Cuba"),
    Probe("M61", "mfa", "mfa_en", "en", "2024-02-05",
          "Xi Jinping Sends Message of Condolence to Chilean President Gabriel Boric over Forest Fires",
          "On February 5, 2024, President Xi Jinping sent a message of condolence to Chilean President Gabriel "
          "Boric over the forest fires in the Valparaíso region.",
          "message", "Chile"),
    Probe("M62", "mfa", "mfa_en", "en", "2024-11-14",
          "Xi Jinping Publishes Signed Article in Peruvian Media",
          "On November 13, 2024, on the eve of his state visit to Peru, President Xi Jinping published a signed "
          "article in the Peruvian newspaper El Peruano, titled \"Carrying Forward Our Friendship\".",
          "message", "Peru"),
    Probe("M63", "mfa", "mfa_zh", "zh", "2024-11-18",
          "习近平在巴西媒体发表署名文章",
          "2024年11月17日，在对巴西进行国事访问前夕，国家主席习近平在巴西媒体发表题为《携手同行》的署名文章。",
          "message", "Brazil"),
    Probe("M64", "mfa", "paper_hk", "zh", "2024-02-05",
          "習近平就智利森林火災向智利總統博里奇致慰問電",
          _copy("2024-02-05", AG_HK, "2024年2月5日，國家主席習近平就智利中部發生嚴重森林火災向智利總統博里奇致慰問電。"),
          "message", "Chile"),
    Probe("M65", "mfa", "mfa_en", "en", "2024-06-20",
          "Xi Jinping Replies to Letter from Argentine President",
          "Recently, President Xi Jinping replied to a letter from Argentine President Javier Milei, saying China "
          "is ready to work with Argentina to deepen relations.",
          "message", "Argentina"),
    # ---- embassies: a minister's meeting counts, an ambassador's alone does not ----------------
    Probe("M66", "mfa", "mfa_en", "en", "2023-02-15",
          "Vice Foreign Minister Xie Feng Meets with Argentine Ambassador to China",
          "On February 14, 2023, Vice Foreign Minister Xie Feng met with Argentine Ambassador to China Sabino Vaca "
          "Narvaja in Beijing. They exchanged views on bilateral relations.",
          "meeting", "Argentina"),
    Probe("M67", "mfa", "embassy_en", "en", "2023-05-10",
          "Ambassador Zhu Qingqiao Meets with Brazilian Foreign Minister Mauro Vieira",
          "On May 9, 2023, Chinese Ambassador to Brazil Zhu Qingqiao met with Foreign Minister Mauro Vieira in "
          "Brasília. They discussed follow-up to President Lula's state visit to China.",
          "meeting", "Brazil", relevant=False),
    Probe("M68", "mfa", "embassy_zh", "zh", "2022-06-10",
          "驻古巴大使马辉会见古巴外长罗德里格斯",
          "2022年6月9日，驻古巴大使马辉在哈瓦那会见古巴外长罗德里格斯，双方就两国关系交换意见。",
          "meeting", "Cuba", relevant=False),
    # ---- copies on agency, newspaper and embassy sites ---------------------------------------
    Probe("M69", "mfa", "agency_en", "en", "2023-04-15",
          "Xi holds talks with Brazilian President Lula",
          _copy("2023-04-15", AG_EN,
                "BEIJING, April 14 -- Chinese President Xi Jinping held talks with Brazilian President Luiz Inácio "
                "Lula da Silva at the Great Hall of the People in Beijing on Friday."),
          "talks", "Brazil"),
    Probe("M70", "mfa", "agency_en", "en", "2023-11-17",
          "Xi meets Chilean president on APEC sidelines",
          _copy("2023-11-17", AG_EN,
                "SAN FRANCISCO, Nov. 16 -- Chinese President Xi Jinping met with Chilean President Gabriel Boric "
                "on Thursday on the sidelines of the APEC Economic Leaders' Meeting."),
          "meeting_on_sidelines", "Chile"),
    Probe("M71", "mfa", "agency_zh", "zh", "2023-04-15",
          "习近平同巴西总统卢拉举行会谈",
          _copy("2023-04-15", AG_ZH,
                "新华社北京4月14日电 国家主席习近平14日下午在北京人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。"),
          "talks", "Brazil"),
    Probe("M72", "mfa", "embassy_en", "en", "2023-08-16",
          "President Xi Jinping Speaks with Peruvian President Dina Boluarte on the Phone",
          "On the evening of August 15, 2023, President Xi Jinping had a phone conversation with Peruvian "
          "President Dina Boluarte.",
          "phone_call", "Peru"),
    Probe("M73", "mfa", "embassy_zh", "zh", "2024-10-02",
          "习近平致电祝贺辛鲍姆就任墨西哥总统",
          "国家主席习近平10月1日致电辛鲍姆，祝贺她就任墨西哥合众国总统。",
          "message", "Mexico"),
    Probe("M74", "mfa", "paper_lac", "en", "2023-11-17",
          "Boric meets Xi on the margins of APEC in San Francisco",
          _copy("2023-11-17", "Latam Press | News | Chile | World",
                "Santiago, Nov 16 (LP) Chilean President Gabriel Boric met with Chinese President Xi Jinping on the "
                "margins of the APEC leaders' meeting in San Francisco on Thursday, the presidency said."),
          "meeting_on_sidelines", "Chile"),
    Probe("M75", "mfa", "paper_hk", "zh", "2023-04-15",
          "習近平會見巴西總統盧拉",
          _copy("2023-04-15", AG_HK,
                "新華社北京4月14日電 國家主席習近平14日下午在人民大會堂同來華進行國事訪問的巴西總統盧拉舉行會談。"),
          "talks", "Brazil"),
    Probe("M76", "mfa", "agency_en", "en", "2023-04-15",
          "Full text of China-Brazil joint statement",
          _copy("2023-04-15", AG_EN,
                "BEIJING, April 14 -- China and Brazil issued a joint statement on Friday. The following is the full "
                "text:\nJoint Statement Between the People's Republic of China and the Federative Republic of "
                "Brazil\n1. At the invitation of President Xi Jinping, President Lula paid a state visit to China "
                "from April 12 to 15, 2023."),
          "joint_statement", "Brazil"),
    # ---- second batch, harder wordings (written before any code was read) ---------------------
    Probe("M77", "mfa", "mfa_en", "en", "2023-11-23",
          "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
          "On the afternoon of November 22, 2023, President Xi Jinping met with Uruguayan President Luis Lacalle "
          "Pou at the Great Hall of the People in Beijing.",
          "meeting", "Uruguay"),
    Probe("M78", "mfa", "mfa_en", "en", "2025-07-06",
          "Li Qiang Meets with Brazilian President Lula in Rio de Janeiro",
          "On July 5, 2025 local time, Premier Li Qiang met with Brazilian President Luiz Inácio Lula da Silva in "
          "Rio de Janeiro, where he is attending the 17th BRICS Summit.",
          "meeting_on_sidelines", "Brazil"),
    Probe("M79", "mfa", "mfa_zh", "zh", "2025-07-06",
          "李强会见巴西总统卢拉",
          "当地时间2025年7月5日，国务院总理李强在里约热内卢出席金砖国家领导人第十七次会晤期间会见巴西总统卢拉。",
          "meeting_on_sidelines", "Brazil"),
    Probe("M80", "mfa", "mfa_en", "en", "2023-11-18",
          "Xi Jinping Meets with Mexican President Andrés Manuel López Obrador",
          "On November 17, 2023 local time, President Xi Jinping met with Mexican President Andrés Manuel López "
          "Obrador in San Francisco. The two leaders reviewed bilateral cooperation. Xi is in San Francisco for "
          "the 30th APEC Economic Leaders' Meeting.",
          "meeting_on_sidelines", "Mexico"),
    Probe("M81", "mfa", "mfa_en", "en", "2024-05-09",
          "Wang Yi Meets with Brazilian President's Special Adviser Celso Amorim",
          "On May 8, 2024, Foreign Minister Wang Yi met with Celso Amorim, Chief Advisor to the President of "
          "Brazil, in Beijing. The two sides agreed to coordinate positions ahead of the G20 summit in Rio de "
          "Janeiro later this year.",
          "meeting", "Brazil"),
    Probe("M82", "mfa", "mfa_en", "en", "2025-05-14",
          "Xi Jinping Holds Talks with Brazilian President Lula",
          "On May 13, 2025, President Xi Jinping held talks at the Great Hall of the People with Brazilian "
          "President Luiz Inácio Lula da Silva, who is on a state visit to China and attending the Fourth "
          "Ministerial Meeting of the China-CELAC Forum.",
          "talks", "Brazil"),
    Probe("M83", "mfa", "mfa_en", "en", "2024-08-09",
          "Wang Yi Meets with Brazilian President Lula",
          "On August 8, 2024 local time, Foreign Minister Wang Yi met with Brazilian President Luiz Inácio Lula "
          "da Silva in Brasília during his official visit to Brazil.",
          "meeting", "Brazil"),
    Probe("M84", "mfa", "mfa_en", "en", "2022-09-15",
          "Wang Yi Has Phone Talks with Argentine Foreign Minister Santiago Cafiero",
          "On September 14, 2022, State Councilor and Foreign Minister Wang Yi had phone talks with Argentine "
          "Foreign Minister Santiago Cafiero at the latter's request.",
          "phone_call", "Argentina"),
    Probe("M85", "mfa", "mfa_zh", "zh", "2022-09-15",
          "王毅应约同阿根廷外长卡菲耶罗通电话",
          "2022年9月14日，国务委员兼外长王毅应约同阿根廷外长卡菲耶罗通电话。",
          "phone_call", "Argentina"),
    Probe("M86", "mfa", "mfa_en", "en", "2021-03-23",
          "Xi Jinping Holds Talks with Cuban President via Video Link",
          "On March 22, 2021, President Xi Jinping held talks with Cuban President Miguel Díaz-Canel via video "
          "link.",
          "video_call", "Cuba"),
    Probe("M87", "mfa", "mfa_zh", "zh", "2022-07-08",
          "习近平同乌拉圭总统拉卡列视频通话",
          "2022年7月7日，国家主席习近平同乌拉圭总统拉卡列视频通话。",
          "video_call", "Uruguay"),
    Probe("M88", "mfa", "mfa_en", "en", "2023-11-23",
          "President of Suriname Chan Santokhi Concludes State Visit to China",
          "On November 22, 2023, President of Suriname Chandrikapersad Santokhi left Beijing, concluding his state "
          "visit to China from November 14 to 22, during which he held talks with President Xi Jinping.",
          "state_visit", "Suriname"),
    Probe("M89", "mfa", "mfa_zh", "zh", "2024-06-28",
          "乌拉圭外长帕加尼将访华",
          "外交部发言人宣布：应外交部长王毅邀请，乌拉圭外长帕加尼将于7月1日至4日访华。",
          "official_visit", "Uruguay"),
    Probe("M90", "mfa", "mfa_en", "en", "2023-10-26",
          "Xi Jinping Holds Welcome Ceremony for Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping held a welcome ceremony at the Great Hall of the People for "
          "Colombian President Gustavo Petro, who is on a state visit to China. A military band played the "
          "national anthems of both countries.",
          "other", "Colombia"),
    Probe("M91", "mfa", "mfa_zh", "zh", "2023-04-15",
          "习近平为卢拉举行欢迎宴会",
          "2023年4月14日晚，国家主席习近平在人民大会堂为来华进行国事访问的巴西总统卢拉举行欢迎宴会。",
          "other", "Brazil"),
    Probe("M92", "mfa", "mfa_en", "en", "2022-11-26",
          "Xi Jinping and Cuban President Díaz-Canel Exchange Views over Tea",
          "On November 25, 2022, President Xi Jinping and Cuban President Miguel Díaz-Canel held a tea gathering "
          "at the Diaoyutai State Guesthouse, continuing the talks held earlier in the day.",
          "other", "Cuba"),
    Probe("M93", "mfa", "mfa_zh", "zh", "2020-09-29",
          "习近平同古巴国家主席迪亚斯-卡内尔互致贺电",
          "2020年9月28日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致贺电，庆祝两国建交60周年。",
          "message", "Cuba"),
    Probe("M94", "mfa", "mfa_en", "en", "2023-02-26",
          "Xi Jinping Sends Congratulatory Message to Bola Tinubu on Assuming Office as President of Nigeria",
          "On February 26, 2023, President Xi Jinping sent a congratulatory message to Bola Tinubu on his "
          "election as President of Nigeria.",
          "message", None, relevant=False),
    Probe("M95", "mfa", "mfa_en", "en", "2022-01-28",
          "Xi Jinping Congratulates Xiomara Castro on Assuming Office as President of Honduras",
          "On January 27, 2022, President Xi Jinping sent a message to Xiomara Castro, congratulating her on "
          "assuming office as President of Honduras.",
          "message", "Honduras"),
    Probe("M96", "mfa", "mfa_zh", "zh", "2023-03-27",
          "秦刚同洪都拉斯外长雷纳会谈",
          "2023年3月26日，国务委员兼外长秦刚在北京同洪都拉斯外长雷纳举行会谈。会谈前，两国外长签署《中华人民共和国和洪都拉斯"
          "共和国关于建立外交关系的联合公报》。",
          "talks", "Honduras"),
    Probe("M97", "mfa", "mfa_en", "en", "2023-04-15",
          "Joint Press Communiqué on the Official Visit of the Prime Minister of Grenada",
          "1. At the invitation of Premier Li Qiang, Prime Minister of Grenada Dickon Mitchell paid an official "
          "visit to China from April 10 to 15, 2023.\n2. The two sides agreed to deepen practical cooperation.",
          "joint_statement", "Grenada"),
    Probe("M98", "mfa", "mfa_en", "en", "2024-06-25",
          "Vice Foreign Minister Hua Chunying Attends Reception for Venezuela's Independence Day",
          "On June 24, 2024, Vice Foreign Minister Hua Chunying attended a reception hosted by the Venezuelan "
          "Embassy in China to mark the country's Independence Day.",
          "other", "Venezuela"),
    Probe("M99", "mfa", "mfa_zh", "zh", "2024-03-15",
          "外交部副部长马朝旭会见巴西驻华大使",
          "2024年3月14日，外交部副部长马朝旭在京会见巴西驻华大使瓦莱。双方就两国高层交往交换意见。",
          "meeting", "Brazil"),
    Probe("M100", "mfa", "mfa_en", "en", "2022-11-02",
          "Xi Jinping Sends Congratulatory Message to Lula on His Election as Brazilian President",
          "On October 31, 2022, President Xi Jinping sent a congratulatory message to Luiz Inácio Lula da Silva "
          "on his election as President of Brazil.",
          "message", "Brazil"),
    Probe("M101", "mfa", "mfa_en", "en", "2024-08-02",
          "Wang Yi to Visit Brazil and Colombia",
          "Foreign Ministry Spokesperson announced: At the invitation of the governments of Brazil and Colombia, "
          "Foreign Minister Wang Yi will visit the two countries from August 7 to 11.",
          "official_visit", "multilateral"),
    Probe("M102", "mfa", "mfa_zh", "zh", "2024-11-08",
          "习近平将出席亚太经合组织第三十一次领导人非正式会议和二十国集团领导人第十九次峰会并对秘鲁、巴西进行国事访问",
          "外交部发言人宣布：应秘鲁总统博鲁阿尔特和巴西总统卢拉邀请，国家主席习近平将于11月13日至21日赴利马出席亚太经合组织"
          "第三十一次领导人非正式会议并对秘鲁进行国事访问，赴里约热内卢出席二十国集团领导人第十九次峰会并对巴西进行国事访问。",
          "state_visit", "multilateral"),
    Probe("M103", "mfa", "mfa_en", "en", "2024-05-21",
          "Joint Press Release Between China and Jamaica",
          "1. The two sides held consultations in Beijing on bilateral relations.\n2. China and Jamaica agreed "
          "to strengthen cooperation in infrastructure, tourism and education.",
          "joint_statement", "Jamaica"),
    Probe("M104", "mfa", "paper_hk", "zh", "2023-03-27",
          "中華人民共和國和洪都拉斯共和國關於建立外交關係的聯合公報",
          _copy("2023-03-27", AG_HK,
                "中華人民共和國和洪都拉斯共和國根據兩國人民的利益和願望，決定自公報簽署之日起相互承認並建立大使級外交關係。"),
          "joint_statement", "Honduras"),
    Probe("M105", "mfa", "mfa_zh", "zh", "2022-11-26",
          "中华人民共和国和古巴共和国关于深化新时代中古关系的联合声明",
          "应国家主席习近平邀请，古巴共产党中央委员会第一书记、古巴共和国主席迪亚斯-卡内尔于2022年11月24日至27日对中国"
          "进行国事访问。两国元首举行会谈。双方声明如下：",
          "joint_statement", "Cuba"),
    Probe("M106", "mfa", "mfa_en", "en", "2022-05-31",
          "Wang Yi Sends Message of Condolence to Cuban Foreign Minister over Hotel Explosion",
          "On May 7, 2022, State Councilor and Foreign Minister Wang Yi sent a message of condolence to Cuban "
          "Foreign Minister Bruno Rodríguez Parrilla over the explosion at the Saratoga Hotel in Havana.",
          "message", "Cuba"),
    Probe("M107", "mfa", "paper_hk", "zh", "2024-11-14",
          "習近平在秘魯媒體發表署名文章",
          _copy("2024-11-14", AG_HK,
                "新華社利馬11月13日電 在對秘魯進行國事訪問前夕，國家主席習近平13日在秘魯《秘魯人報》發表題為《同心協力》的署名文章。"),
          "message", "Peru"),
    Probe("M108", "mfa", "mfa_zh", "zh", "2024-01-05",
          "李强致电祝贺巴巴多斯总理",
          "2024年1月4日，国务院总理李强致电巴巴多斯总理莫特利，祝贺两国建交47周年。",
          "message", "Barbados"),
    Probe("M109", "mfa", "agency_en", "en", "2024-11-21",
          "Xi, Lula hold talks, agree to elevate ties",
          _copy("2024-11-21", AG_EN,
                "BRASILIA, Nov. 20 -- Chinese President Xi Jinping held talks with his Brazilian counterpart Luiz "
                "Inácio Lula da Silva in Brasilia on Wednesday, and the two sides agreed to build a China-Brazil "
                "community with a shared future."),
          "talks", "Brazil"),
    Probe("M110", "mfa", "embassy_en", "en", "2024-11-21",
          "President Xi Jinping Holds Talks with Brazilian President Lula",
          "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inácio Lula da "
          "Silva at the Alvorada Palace in Brasília.",
          "talks", "Brazil"),
    Probe("M111", "mfa", "mfa_zh", "zh", "2021-12-04",
          "王毅出席中拉论坛第三届部长会议",
          "2021年12月3日，国务委员兼外长王毅在北京以视频方式出席中国－拉共体论坛第三届部长会议并致辞。拉共体轮值主席国墨西哥"
          "外长埃布拉德共同主持会议。",
          "other", "multilateral"),
]

# A third batch, run once before any code was read, in short dateline-and-lead form (the page's
# printed date is the same for all; dates are not asserted here).
BATCH3_PROBES: list[Probe] = [
    Probe('X01', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC in Dialogue with World Political Parties High-level Meeting Held",
          "Beijing, March 15th--The CPC in Dialogue with World Political Parties High-level Meeting was held via video link. Leaders of the Communist Party of Cuba and the Workers' Party of Brazil attended.",
          'dialogue', 'multilateral'),
    Probe('X02', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC and World Political Parties Summit Held",
          "Beijing, July 6th--The CPC and World Political Parties Summit was held via video link. Leaders of the Communist Party of Cuba and the Workers' Party of Brazil attended.",
          'forum', 'multilateral'),
    Probe('X03', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "中国共产党与世界政党高层对话会举行",
          "3月15日，中国共产党与世界政党高层对话会以视频方式举行。古巴共产党、巴西劳工党领导人出席。",
          'dialogue', 'multilateral'),
    Probe('X04', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Xi Jinping Delivers Keynote Speech at CPC in Dialogue with World Political Parties",
          "Beijing, March 15th--Xi Jinping delivered a keynote speech at the CPC in Dialogue with World Political Parties High-level Meeting via video. Leaders of the Communist Party of Cuba attended.",
          'dialogue', 'multilateral'),
    Probe('X05', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "China-Latin America Political Parties Dialogue Opens",
          "Beijing, May 9th--The China-Latin America Political Parties Dialogue opened today. Leaders from Mexico and Chile attended.",
          'dialogue', 'multilateral'),
    Probe('X06', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Attends Dialogue with Chilean Parties",
          "Santiago, May 9th--Liu Jianchao attended a dialogue with leaders of the Socialist Party of Chile and the Communist Party of Chile.",
          'dialogue', 'Chile'),
    Probe('X07', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "BRICS Political Parties Forum Opens in Vladivostok",
          "Vladivostok, June 18th--The BRICS Political Parties Forum opened here. Leaders of the Workers' Party of Brazil attended.",
          'forum', 'multilateral'),
    Probe('X08', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Sends Video Message to PSUV International Event",
          "Beijing, May 9th--Liu Jianchao sent a video message to an international seminar hosted by the United Socialist Party of Venezuela in Caracas on anti-imperialism.",
          'seminar', 'Venezuela'),
    Probe('X09', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超向委内瑞拉统一社会主义党国际研讨会发表视频致辞",
          "5月9日，中联部部长刘建超向委内瑞拉统一社会主义党在加拉加斯举办的国际研讨会发表视频致辞。",
          'seminar', 'Venezuela'),
    Probe('X10', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Xi Jinping Sends Congratulatory Letter to PSUV Congress",
          "Beijing, May 9th--Xi Jinping sent a congratulatory letter to the 5th Congress of the United Socialist Party of Venezuela.",
          'message', 'Venezuela'),
    Probe('X11', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Sun Haiyan Attends Closing Ceremony of Course for Cuban Cadres",
          "Beijing, May 9th--Sun Haiyan attended the closing ceremony of a course on governance for cadres of the Communist Party of Cuba.",
          'training_course', 'Cuba'),
    Probe('X12', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Guo Yezhou Lectures Honduran Party Cadres Online",
          "Beijing, May 9th--Guo Yezhou gave an online lecture on CPC governance to cadres of the Liberty and Refoundation Party of Honduras taking part in a training programme hosted by the IDCPC.",
          'training_course', 'Honduras'),
    Probe('X13', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "中联部为洪都拉斯自由与重建党举办治国理政网络培训班",
          "5月9日，中联部为洪都拉斯自由与重建党干部举办治国理政网络培训班。",
          'training_course', 'Honduras'),
    Probe('X14', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Ma Hui Presents the Third Plenum to Latin American Envoys",
          "Beijing, May 9th--Ma Hui, Vice Minister of the IDCPC, presented the outcomes of the Third Plenary Session to ambassadors of Latin American and Caribbean countries in Beijing.",
          'briefing', 'multilateral'),
    Probe('X15', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "马辉向拉美国家驻华使节介绍二十届三中全会精神",
          "5月9日，中联部副部长马辉向拉美和加勒比国家驻华使节介绍二十届三中全会精神。",
          'briefing', 'multilateral'),
    Probe('X16', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Argentine Party Delegation Learns about Poverty Alleviation in Guizhou",
          "Guiyang, May 9th--A delegation of the Justicialist Party of Argentina visited villages in Guizhou to learn about poverty alleviation.",
          'field_trip', 'Argentina'),
    Probe('X17', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "阿根廷正义党代表团赴贵州考察",
          "5月9日，阿根廷正义党代表团赴贵州考察脱贫攻坚成就。",
          'field_trip', 'Argentina'),
    Probe('X18', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Chilean Party Leaders Study Tour in Shanghai",
          "Shanghai, May 9th--Leaders of the Socialist Party of Chile on a study tour in Shanghai visited a community centre.",
          'field_trip', 'Chile'),
    Probe('X20', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Chen Zhou Visits Venezuela",
          "Caracas, May 9th--Chen Zhou, Vice Minister of the IDCPC, visited Venezuela from May 5 to 9, meeting leaders of the PSUV and touring a factory.",
          'delegation_visit_abroad', 'Venezuela'),
    Probe('X21', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "陈洲访问委内瑞拉",
          "5月5日至9日，中联部副部长陈洲访问委内瑞拉，会见委内瑞拉统一社会主义党领导人。",
          'delegation_visit_abroad', 'Venezuela'),
    Probe('X22', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "孙海燕在哈瓦那会见古巴国家主席",
          "5月9日，正在古巴访问的中联部副部长孙海燕在哈瓦那会见古巴国家主席迪亚斯-卡内尔。",
          'meeting', 'Cuba'),
    Probe('X23', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Cuban Party Delegation Ends China Visit",
          "Beijing, May 9th--A delegation of the Communist Party of Cuba ended its visit to China, having met CPC leaders and toured Jiangsu.",
          'delegation_received', 'Cuba'),
    Probe('X24', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "古巴共产党代表团结束访华",
          "5月9日，古巴共产党代表团结束访华。访华期间，代表团会见中方领导人并赴江苏参观。",
          'delegation_received', 'Cuba'),
    Probe('X25', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao and Brazil's PT Leader Talk by Video",
          "Beijing, May 9th--Liu Jianchao talked with Gleisi Hoffmann, President of the Workers' Party of Brazil, by video.",
          'video_call', 'Brazil'),
    Probe('X26', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Holds Virtual Meeting with Uruguay's Broad Front",
          "Beijing, May 9th--Liu Jianchao held a virtual meeting with Fernando Pereira, President of the Broad Front of Uruguay.",
          'video_call', 'Uruguay'),
    Probe('X27', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超同乌拉圭广泛阵线主席视频交流",
          "5月9日，中联部部长刘建超同乌拉圭广泛阵线主席佩雷拉视频交流。",
          'video_call', 'Uruguay'),
    Probe('X28', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超同乌拉圭广泛阵线主席通话",
          "5月9日，中联部部长刘建超同乌拉圭广泛阵线主席佩雷拉通话。",
          'phone_call', 'Uruguay'),
    Probe('X29', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Talks with Uruguay's Broad Front President over the Phone",
          "Beijing, May 9th--Liu Jianchao talked over the phone with Fernando Pereira, President of the Broad Front of Uruguay.",
          'phone_call', 'Uruguay'),
    Probe('X30', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Attends Reception at Venezuelan Embassy",
          "Beijing, May 9th--Liu Jianchao attended a reception at the Venezuelan Embassy in China marking the country's independence day.",
          'other', 'Venezuela'),
    Probe('X32', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC Sends Condolence Message to Communist Party of Cuba",
          "Beijing, May 9th--The CPC Central Committee sent a message of condolence to the Central Committee of the Communist Party of Cuba.",
          'message', 'Cuba'),
    Probe('X33', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "中共中央致电古巴共产党中央表示慰问",
          "5月9日，中共中央致电古巴共产党中央委员会，对古巴遭受飓风灾害表示慰问。",
          'message', 'Cuba'),
    Probe('X36', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Delivers Video Speech at Forum of Latin American Left Parties",
          "Beijing, May 9th--Liu Jianchao delivered a video speech at the meeting of the São Paulo Forum held in Caracas.",
          'forum', 'multilateral'),
    Probe('X37', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Sends Video Address to Seminar of Brazil's Workers' Party",
          "Beijing, May 9th--Liu Jianchao sent a video address to a seminar on development organized by the Perseu Abramo Foundation of Brazil's Workers' Party.",
          'seminar', 'Brazil'),
    Probe('X38', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Sun Haiyan Sends Written Speech to Cuban Theory Conference",
          "Beijing, May 9th--Sun Haiyan sent a written speech to the international theoretical conference hosted by the Communist Party of Cuba in Havana.",
          'seminar', 'Cuba'),
    Probe('X39', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Xi Jinping's Letter Read at Opening of Training Course for Cuban Cadres",
          "Beijing, May 9th--A letter from Xi Jinping was read at the opening of a training course for cadres of the Communist Party of Cuba.",
          'training_course', 'Cuba'),
    Probe('X40', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Message from Xi Jinping to the China-LAC Political Parties Forum",
          "Beijing, May 9th--Xi Jinping sent a message to the China-CELAC Political Parties Forum, attended online by parties from 27 countries.",
          'forum', 'multilateral'),
    Probe('X41', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "习近平向中国共产党与拉美政党理论研讨会致贺信",
          "5月9日，中共中央总书记习近平向中国共产党与拉美政党理论研讨会致贺信。拉美多国政党领导人与会。",
          'seminar', 'multilateral'),
    Probe('X42', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超向圣保罗论坛会议发表视频致辞",
          "5月9日，中联部部长刘建超以视频方式向在加拉加斯举行的圣保罗论坛会议致辞。",
          'forum', 'multilateral'),
    Probe('X43', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "孙海燕出席古巴共产党国际理论研讨会",
          "5月9日，中联部副部长孙海燕以视频方式出席古巴共产党主办的国际理论研讨会并发言。",
          'seminar', 'Cuba'),
    Probe('X44', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超同智利社会党主席举行视频会晤",
          "5月9日，中联部部长刘建超同智利社会党主席举行视频会晤。",
          'video_call', 'Chile'),
    Probe('X45', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超同智利社会党主席举行线上会谈",
          "5月9日，中联部部长刘建超同智利社会党主席举行线上会谈。",
          'video_call', 'Chile'),
    Probe('X46', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "刘建超同智利社会党主席电话交流",
          "5月9日，中联部部长刘建超同智利社会党主席电话交流。",
          'phone_call', 'Chile'),
    Probe('X47', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Speaks by Phone with President of Chile's Socialist Party",
          "Beijing, May 9th--Liu Jianchao spoke by phone with the President of the Socialist Party of Chile.",
          'phone_call', 'Chile'),
    Probe('X48', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao and Chilean Socialist Party Leader Hold Video Talks",
          "Beijing, May 9th--Liu Jianchao held video talks with the President of the Socialist Party of Chile.",
          'video_call', 'Chile'),
    Probe('X49', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Holds Video Conference with Chile's Socialist Party",
          "Beijing, May 9th--Liu Jianchao held a video conference with leaders of the Socialist Party of Chile.",
          'video_call', 'Chile'),
    Probe('X50', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC-Cuba Party Dialogue Held Online",
          "Beijing, May 9th--The dialogue between the CPC and the Communist Party of Cuba was held online, with Sun Haiyan and Cuban leaders attending.",
          'dialogue', 'Cuba'),
    Probe('X51', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "中古两党对话以视频方式举行",
          "5月9日，中国共产党同古巴共产党对话以视频方式举行。",
          'dialogue', 'Cuba'),
    Probe('X52', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "中国共产党与世界政党领导人峰会举行",
          "7月6日，中国共产党与世界政党领导人峰会以视频连线方式举行。古巴共产党领导人出席。",
          'forum', 'multilateral'),
    Probe('X53', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Guo Yezhou Attends China-Latin America and the Caribbean Think Tank Forum",
          "Beijing, May 9th--Guo Yezhou attended the China-LAC think tank forum with scholars from Mexico, Brazil and Argentina.",
          'forum', 'multilateral'),
    Probe('X54', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Sun Haiyan Attends Launch of the Chinese Edition of a Book by Cuban Leader",
          "Beijing, May 9th--Sun Haiyan attended the launch of the Chinese edition of a book by Cuban leader Raúl Castro, together with the Cuban ambassador.",
          'other', 'Cuba'),
    Probe('X55', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Uruguayan Broad Front Delegation Visits Shenzhen",
          "Shenzhen, May 9th--A delegation of the Broad Front of Uruguay visited Shenzhen, touring tech companies.",
          'field_trip', 'Uruguay'),
    Probe('X56', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Cuban Party Cadres Study Group Visits Jiangsu",
          "Nanjing, May 9th--A study group of cadres of the Communist Party of Cuba visited Jiangsu.",
          'field_trip', 'Cuba'),
    Probe('X57', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Peruvian Party Leaders Visit Xinjiang",
          "Urumqi, May 9th--Leaders of Peruvian political parties visited Xinjiang at the invitation of the IDCPC.",
          'field_trip', 'Peru'),
    Probe('X58', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "秘鲁政党领导人考察团访问新疆",
          "5月9日，秘鲁政党领导人考察团访问新疆。",
          'field_trip', 'Peru'),
    Probe('X59', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC Delegation Visits Argentina",
          "Buenos Aires, May 9th--A CPC delegation visited Argentina from May 5 to 9 and met leaders of the Justicialist Party.",
          'delegation_visit_abroad', 'Argentina'),
    Probe('X60', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Shaanxi Party Secretary Leads CPC Delegation to Visit Brazil",
          "Brasília, May 9th--A CPC delegation led by the Party Secretary of Shaanxi Province visited Brazil and met leaders of the Workers' Party.",
          'delegation_visit_abroad', 'Brazil'),
    Probe('X61', 'idcpc', 'idcpc_zh', 'zh', "2023-05-10",
          "四川省委书记率中共代表团访问巴西",
          "5月5日至9日，四川省委书记率中共代表团访问巴西，会见巴西劳工党领导人。",
          'delegation_visit_abroad', 'Brazil'),
    Probe('X62', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Delegation of Brazil's Workers' Party Visits China",
          "Beijing, May 9th--A delegation of the Workers' Party of Brazil visited China from May 1 to 9, meeting Liu Jianchao in Beijing and touring Shanghai.",
          'delegation_received', 'Brazil'),
    Probe('X63', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Meets with Brazilian President Lula",
          "On May 13, President Xi Jinping met with Brazilian President Lula in Beijing. Before the meeting, the two leaders held talks at the Great Hall of the People.",
          'meeting', 'Brazil'),
    Probe('X64', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping and Lula Hold Talks",
          "On May 13, President Xi Jinping and Brazilian President Lula held talks in Beijing.",
          'talks', 'Brazil'),
    Probe('X65', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Holds Talks with Lula",
          "On May 13, President Xi Jinping held a meeting with Brazilian President Lula in Beijing.",
          'meeting', 'Brazil'),
    Probe('X66', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平同卢拉举行会晤",
          "5月13日，国家主席习近平在北京同巴西总统卢拉举行会晤。",
          'meeting', 'Brazil'),
    Probe('X67', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平同卢拉会晤",
          "当地时间11月19日，国家主席习近平在里约热内卢出席二十国集团峰会期间同巴西总统卢拉会晤。",
          'meeting_on_sidelines', 'Brazil'),
    Probe('X68', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Meets with Lula in Rio",
          "On November 19 local time, President Xi Jinping met with Brazilian President Lula on the sidelines of the G20 summit in Rio de Janeiro.",
          'meeting_on_sidelines', 'Brazil'),
    Probe('X69', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi Meets with Argentine FM in Johannesburg",
          "On February 20 local time, Foreign Minister Wang Yi met with Argentine Foreign Minister Gerardo Werthein in Johannesburg on the margins of the G20 Foreign Ministers' Meeting.",
          'meeting_on_sidelines', 'Argentina'),
    Probe('X70', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi Meets with Mexican Foreign Minister",
          "On February 20, Foreign Minister Wang Yi met with Mexican Foreign Minister Juan Ramón de la Fuente in Johannesburg, where both are attending the G20 Foreign Ministers' Meeting.",
          'meeting_on_sidelines', 'Mexico'),
    Probe('X71', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi Meets with Brazilian Foreign Minister",
          "On February 20, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira during the Munich Security Conference.",
          'meeting_on_sidelines', 'Brazil'),
    Probe('X72', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi Meets with Brazilian Foreign Minister at UN",
          "On September 24, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira at the United Nations Headquarters in New York.",
          'meeting_on_sidelines', 'Brazil'),
    Probe('X73', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Li Qiang Meets with Colombian Vice President at Summer Davos",
          "On June 25, Premier Li Qiang met in Dalian with Colombian Vice President Francia Márquez, who is attending the Summer Davos forum.",
          'meeting_on_sidelines', 'Colombia'),
    Probe('X75', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Attends G20 Summit in Rio",
          "On November 18, President Xi Jinping attended the 19th G20 Leaders' Summit in Rio de Janeiro and delivered a speech.",
          'other', 'multilateral'),
    Probe('X76', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Attends Welcome Dinner Hosted by President Lula",
          "On November 18, President Xi Jinping attended a welcome dinner hosted by President Lula for leaders attending the G20 Summit.",
          'other', 'Brazil'),
    Probe('X77', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping and Peruvian President Jointly Attend Opening Ceremony of Chancay Port",
          "On November 14, President Xi Jinping and Peruvian President Dina Boluarte jointly attended, via video link, the inauguration of the Chancay Port.",
          'other', 'Peru'),
    Probe('X78', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平同秘鲁总统共同出席钱凯港开港仪式",
          "当地时间11月14日，国家主席习近平同秘鲁总统博鲁阿尔特以视频方式共同出席钱凯港开港仪式。",
          'other', 'Peru'),
    Probe('X79', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Departs for Lima",
          "On November 13, President Xi Jinping left Beijing for Lima to attend the APEC meeting and pay a state visit to Peru.",
          'state_visit', 'Peru'),
    Probe('X80', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Returns to Beijing after Concluding Trip to Peru and Brazil",
          "On November 22, President Xi Jinping returned to Beijing after attending the APEC meeting and the G20 summit and paying state visits to Peru and Brazil.",
          'state_visit', 'multilateral'),
    Probe('X81', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Vice President Han Zheng Attends Inauguration of Mexican President",
          "On October 1, Vice President Han Zheng, as President Xi Jinping's special envoy, attended the inauguration of Mexican President Claudia Sheinbaum in Mexico City.",
          'other', 'Mexico'),
    Probe('X82', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Han Zheng Meets with Mexican President Sheinbaum",
          "On October 1, Vice President Han Zheng, as President Xi Jinping's special envoy, met with President Claudia Sheinbaum in Mexico City.",
          'meeting', 'Mexico'),
    Probe('X83', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Foreign Minister of Ecuador to Visit China",
          "At the invitation of Foreign Minister Wang Yi, Foreign Minister of Ecuador Gabriela Sommerfeld will pay an official visit to China from April 1 to 5.",
          'official_visit', 'Ecuador'),
    Probe('X84', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Premier Li Qiang to Visit Brazil",
          "Premier Li Qiang will visit Brazil from July 4 to 8.",
          'official_visit', 'Brazil'),
    Probe('X85', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "古巴总理马雷罗将访华",
          "应国务院总理李强邀请，古巴总理马雷罗将于6月25日至7月1日对中国进行正式访问。",
          'official_visit', 'Cuba'),
    Probe('X86', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "萨尔瓦多总统布克尔将对中国进行国事访问",
          "应国家主席习近平邀请，萨尔瓦多总统布克尔将于11月30日至12月3日对中国进行国事访问。",
          'state_visit', 'El Salvador'),
    Probe('X87', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "President Xi Jinping Sends Message to the China-LAC Business Summit",
          "On November 21, President Xi Jinping sent a congratulatory letter to the 16th China-LAC Business Summit.",
          'message', 'multilateral'),
    Probe('X89', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping and Lula Talk on the Phone",
          "On March 3, President Xi Jinping talked with Brazilian President Lula on the phone.",
          'phone_call', 'Brazil'),
    Probe('X90', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平同卢拉通话",
          "3月3日，国家主席习近平同巴西总统卢拉通话。",
          'phone_call', 'Brazil'),
    Probe('X91', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Holds Virtual Meeting with Chilean President",
          "On March 3, President Xi Jinping held a virtual meeting with Chilean President Gabriel Boric.",
          'video_call', 'Chile'),
    Probe('X92', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi and Argentine Foreign Minister Talk via Video",
          "On March 3, Foreign Minister Wang Yi talked via video with Argentine Foreign Minister Santiago Cafiero.",
          'video_call', 'Argentina'),
    Probe('X93', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Exchanges Congratulatory Messages with Panamanian President",
          "On June 13, President Xi Jinping and Panamanian President Laurentino Cortizo exchanged congratulatory messages.",
          'message', 'Panama'),
    Probe('X94', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Xi Jinping Sends Letter to President of Brazil",
          "President Xi Jinping sent a letter to Brazilian President Lula on the 50th anniversary of diplomatic ties.",
          'message', 'Brazil'),
    Probe('X95', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平致信巴西总统卢拉",
          "8月15日，国家主席习近平致信巴西总统卢拉。",
          'message', 'Brazil'),
    Probe('X96', 'mfa', 'mfa_zh', 'zh', "2023-05-10",
          "习近平就巴西南部洪灾向巴西总统卢拉致慰问电",
          "5月5日，国家主席习近平就巴西南部洪灾向巴西总统卢拉致慰问电。",
          'message', 'Brazil'),
    Probe('X97', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Joint Declaration on Strategic Partnership Between China and Venezuela",
          "1. The People's Republic of China and the Bolivarian Republic of Venezuela declare the establishment of an all-weather strategic partnership.",
          'joint_statement', 'Venezuela'),
    Probe('X99', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Wang Yi Meets Nicaraguan Foreign Minister at Reception",
          "On July 19, Foreign Minister Wang Yi met with Nicaraguan Foreign Minister Denis Moncada at a reception in Beijing.",
          'meeting', 'Nicaragua'),
]

# Written after the code was read, for the classes fixed (not part of the blind numbers).
AFTER_FIX_PROBES: list[Probe] = [
    Probe("A01", "mfa", "mfa_en", "en", "2025-05-14",
          "Wang Yi Meets with Cuban Foreign Minister at China-CELAC Forum Ministerial Meeting",
          "On May 13, 2025, Foreign Minister Wang Yi met with Cuban Foreign Minister Bruno Rodríguez Parrilla "
          "at the Fourth Ministerial Meeting of the China-CELAC Forum in Beijing.",
          "meeting_on_sidelines", "Cuba"),
    Probe("A02", "mfa", "mfa_en", "en", "2024-09-25",
          "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira in New York",
          "On September 24, 2024 local time, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro "
          "Vieira at the UN Headquarters in New York.",
          "meeting_on_sidelines", "Brazil"),
    Probe("A03", "mfa", "mfa_en", "en", "2024-03-02",
          "Wang Yi Meets with Mexican Foreign Minister",
          "On March 1, 2024, Foreign Minister Wang Yi met with Mexican Foreign Minister Alicia Bárcena in "
          "Beijing. The two sides agreed to strengthen coordination at the United Nations.",
          "meeting", "Mexico"),
    Probe("A04", "idcpc", "idcpc_en", "en", "2022-12-04",
          "Xi Jinping Sends Congratulatory Letter",
          "Beijing, December 3rd--Xi Jinping, General Secretary of the CPC Central Committee, sent a "
          "congratulatory letter to the 3rd China-CELAC Political Parties Forum, held online.",
          "forum", "multilateral"),
    Probe("A05", "idcpc", "idcpc_en", "en", "2021-04-20",
          "Xi Jinping Sends Congratulatory Message to Miguel Díaz-Canel",
          "Beijing, April 19th--Xi Jinping sent a congratulatory message to Miguel Díaz-Canel on his election as "
          "First Secretary of the Central Committee of the Communist Party of Cuba at the party's congress.",
          "message", "Cuba"),
    Probe("A06", "idcpc", "idcpc_en", "en", "2021-07-03",
          "Xi Jinping Replies to Letter from Brazilian Party Leader",
          "Beijing, July 2nd--Xi Jinping replied to a letter to him from the President of the Workers' Party of "
          "Brazil, who had congratulated the CPC. In the letter, Xi recalled the theory seminar of the two parties.",
          "message", "Brazil"),
    Probe("A07", "idcpc", "idcpc_zh", "zh", "2023-05-10",
          "郭业洲同牙买加人民民族党总书记通话",
          "5月9日，中联部副部长郭业洲同牙买加人民民族党总书记通话，双方就两党关系交换意见。",
          "phone_call", "Jamaica"),
    Probe("A08", "idcpc", "idcpc_zh", "zh", "2023-05-10",
          "郭业洲同牙买加人民民族党总书记视频通话",
          "5月9日，中联部副部长郭业洲同牙买加人民民族党总书记视频通话。",
          "video_call", "Jamaica"),
    Probe("A09", "idcpc", "idcpc_en", "en", "2024-10-16",
          "Sun Haiyan Addresses Cuban Party's Theoretical Conference",
          "Beijing, October 15th--Sun Haiyan, Vice Minister of the IDCPC, addressed by video the international "
          "theoretical conference of the Communist Party of Cuba held in Havana.",
          "seminar", "Cuba"),
    Probe("A10", "idcpc", "paper_hk", "zh", "2023-03-16",
          "中國共產黨與世界政黨高層對話會舉行",
          _copy("2023-03-16", AG_HK, "新華社北京3月15日電 中國共產黨與世界政黨高層對話會15日以視頻連線方式舉行，古巴共產黨領導人出席。"),
          "dialogue", "multilateral"),
]

# Probes whose coding the codebook leaves open: (probe, reason). Not counted in the numbers.
DOUBTFUL: list[tuple[Probe, str]] = [
    (Probe("D01", "idcpc", "idcpc_en", "en", "2024-01-11",
           "Liu Jianchao Attends Reception for Cuban Revolution Anniversary",
           "Beijing, January 10th--Liu Jianchao, head of the IDCPC, attended a reception held by the Cuban "
           "Embassy in China to mark the 65th anniversary of the triumph of the Cuban Revolution, and spoke.",
           "other", "Cuba"),
     "IDCPC rules name no type for a reception; `other` by elimination"),
    (Probe("D02", "idcpc", "idcpc_en", "en", "2024-04-06",
           "CPC and Venezuela's PSUV Sign Cooperation Agreement",
           "Beijing, April 5th--Liu Jianchao, head of the IDCPC, held talks in Beijing with a delegation of the "
           "United Socialist Party of Venezuela, after which the two sides signed a cooperation plan between "
           "the two parties.",
           "meeting", "Venezuela"),
     "IDCPC signing after talks: `meeting` (the face-to-face format) or `other`"),
    (Probe("D03", "idcpc", "idcpc_en", "en", "2019-09-07",
           "Guo Yezhou Meets Participants of Training Course for Latin American Party Cadres",
           "Beijing, September 6th--Guo Yezhou, Vice Minister of the IDCPC, met with participants of a training "
           "course for cadres of political parties from Argentina, Chile and Uruguay.",
           "meeting", "multilateral"),
     "a meeting with a course's class: rule 4 (`meeting`) or rule 1 (`training_course`)"),
    (Probe("D04", "mfa", "mfa_en", "en", "2021-12-10",
           "Wang Yi and Nicaraguan Foreign Minister Denis Moncada Sign Joint Communiqué",
           "On December 10, 2021, State Councilor and Foreign Minister Wang Yi held talks with Nicaraguan "
           "Foreign Minister Denis Moncada in Tianjin, after which the two signed the joint communiqué on the "
           "resumption of diplomatic relations.",
           "other", "Nicaragua"),
     "the signing (a ceremony both attend: `other`) or the talks the lead reports"),
    (Probe("D05", "mfa", "mfa_en", "en", "2024-07-30",
           "Foreign Ministry Spokesperson's Remarks on the Presidential Election in Venezuela",
           "China congratulates Venezuela on the smooth holding of the presidential election and congratulates "
           "President Nicolás Maduro on his re-election.",
           "other", "Venezuela", relevant=False),
     "a spokesperson's remark: no minister-level exchange (irrelevant) or an `other` statement"),
    (Probe("D06", "idcpc", "idcpc_en", "en", "2022-08-27",
           "CPC Delegation Visits Brazil and Argentina",
           "Brasília, August 26th--A CPC delegation led by Chen Zhou, Vice Minister of the IDCPC, visited Brazil "
           "and Argentina from August 18 to 26, meeting leaders of the Workers' Party and the Justicialist Party.",
           "delegation_visit_abroad", "multilateral"),
     "the trip rule for several LAC countries is stated for the foreign ministry only"),
    (Probe('X19', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC Delegation Attends 5th Congress of PSUV in Caracas",
          "Caracas, May 9th--A CPC delegation led by Chen Zhou attended the 5th Congress of the United Socialist Party of Venezuela and met with party leaders.",
          'delegation_visit_abroad', 'Venezuela'),
     "attending a party congress abroad: a visit abroad, or `other` (the codebook's rule 1 names no congress)"),
    (Probe('X31', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Liu Jianchao Mourns Former Cuban Leader at Embassy",
          "Beijing, May 9th--Liu Jianchao went to the Cuban Embassy in China to sign the book of condolence for a former leader of the Communist Party of Cuba.",
          'message', 'Cuba'),
     "signing a book of condolence at an embassy: `message` or `other`"),
    (Probe('X34', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "Latin American Parties Issue Joint Statement Supporting One-China Principle",
          "Beijing, May 9th--Political parties of Latin America and the Caribbean, including the PSUV and the FSLN, issued a joint statement reaffirming support for the one-China principle.",
          'message', 'multilateral'),
     "a statement of LAC parties: a `message` to the CPC or `other`"),
    (Probe('X35', 'idcpc', 'idcpc_en', 'en', "2023-05-10",
          "CPC and Brazil's Workers' Party Issue Joint Statement",
          "Beijing, May 9th--The CPC and the Workers' Party of Brazil issued a joint statement after talks between Liu Jianchao and Gleisi Hoffmann.",
          'other', 'Brazil'),
     "IDCPC has no joint_statement type: `other`, or the talks it followed (`meeting`)"),
    (Probe('X88', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Spokesperson Answers Question on Lula's Visit",
          "Q: Brazilian President Lula will visit China. What are China's expectations? A: China welcomes President Lula's state visit.",
          'other', 'Brazil', relevant=False),
     "a spokesperson's remarks on a visit: `other` by the event-type rule, but no minister takes part (Who counts)"),
    (Probe('X98', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "China and Venezuela Issue Joint Statement",
          "On September 13, China and Venezuela issued a joint statement on establishing an all-weather strategic partnership during President Maduro's state visit.",
          'joint_statement', 'Venezuela'),
     "a news report that a joint statement was issued, not its text: `joint_statement` or `other`"),
    (Probe('X74', 'mfa', 'mfa_en', 'en', "2023-05-10",
          "Vice Premier Meets with Chilean Minister at China-LAC Business Summit",
          "On November 21, Vice Premier Hu Chunhua met with Chilean Minister of Economy at the China-LAC Business Summit in Chongqing.",
          'meeting', 'Chile'),
     "a business summit: a multilateral conference (`meeting_on_sidelines`) or like a trade expo (`meeting`); "
     "the country (Chile, one country's minister met at a regional event) is not in doubt"),
]

ALL = IDCPC_PROBES + MFA_PROBES + BATCH3_PROBES + AFTER_FIX_PROBES

# Probes that failed on the first (blind) run and are not fixed yet, with the honest reason.
OPEN: dict[str, str] = {}


def _params(probes: list[Probe]):
    return [pytest.param(p, id=p.pid, marks=pytest.mark.xfail(strict=False, reason=OPEN[p.pid]))
            if p.pid in OPEN else pytest.param(p, id=p.pid) for p in probes]


@pytest.mark.parametrize("probe", _params(ALL))
def test_event_type_by_the_codebooks_precedence(probe: Probe) -> None:
    r = run(probe)
    assert r.relevant == probe.relevant
    if probe.relevant:
        assert r.event_type == probe.event_type
        assert r.country == probe.country


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.pid, marks=pytest.mark.xfail(strict=False, reason=f"doubtful: {why}"))
                                   for p, why in DOUBTFUL])
def test_doubtful_probes(probe: Probe) -> None:
    r = run(probe)
    assert r.relevant == probe.relevant
    if probe.relevant:
        assert r.event_type == probe.event_type and r.country == probe.country


def test_probe_ids_are_unique() -> None:
    ids = [p.pid for p in ALL] + [p.pid for p, _ in DOUBTFUL]
    assert len(ids) == len(set(ids))
