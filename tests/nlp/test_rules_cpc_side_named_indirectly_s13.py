"""Campaign 13I: the CPC side named indirectly. Pages written by others (LAC media in English, Chinese
portals, LAC parties' own statements) name the Chinese party in many ways: "the Chinese Communist
Party (CCP)", "China's ruling party", "the Chinese party", "Chinese comrades", "the Party" after a
full mention, "General Secretary Xi", the CPC's congress as the occasion, "the International Liaison
Department" / "ILD", 中国党, 中共, 中方, 中联部, 中国共产党人, 习近平总书记 alone; and pages where the LAC
actor speaks first. Negatives: a LAC party talking about China with no exchange, China's government
(not the party) as the Chinese side, the Vietnamese Communist Party or the Kuomintang as the
Chinese-speaking side.

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import BL, DI, GL, KE, NO, RL, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
PL = "https://www.plenglish.com/news/{y}/{m}/{d}/story-{n}/"
GRANMA = "https://en.granma.cu/mundo/{y}-{m}-{d}/story-{n}"
TELESUR = "https://www.telesurenglish.net/news/{y}{m}{d}-story-{n}.html"
EL19 = "https://www.el19digital.com/en/articulos/ver/{y}{m}{d}-{n}"
PORTAL_ZH = "http://world.portal-news.cn/n1/{y}/{m}{d}/c1002-{n}.html"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_{n}.htm"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_{n}.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
MAS = "Movement for Socialism (Bolivia)"
PCU = "Communist Party of Uruguay"
FMLN = "Farabundo Martí National Liberation Front"
LIBRE = "Liberty and Refoundation"
PPPC = "People's Progressive Party/Civic"


def ex(country: str, date: str | None, party_set: set[str], mechanism: set[str],
       event_type: str = "meeting", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


def msg(country: str, date: str | None, party_set: set[str], mechanism: set[str] = BL) -> dict[str, Any]:
    return ex(country, date, party_set, mechanism, event_type="message")


PROBES: list[Probe] = [
    # ---- A. English copies on LAC media: the CPC named by outsiders' words -------------------------
    Probe("telesur-ccp-acronym-tuesday",
          "Venezuela's PSUV receives Chinese Communist Party delegation",
          "CARACAS, June 12 (teleSUR) — First Vice President of the United Socialist Party of Venezuela "
          "(PSUV), Diosdado Cabello, on Tuesday welcomed at the party headquarters a delegation of the "
          "Chinese Communist Party (CCP) headed by Sun Haiyan. The two sides talked about ties between "
          "the parties and the training of young leaders.\nCabello thanked the CCP for its steady "
          "support of Venezuela against unilateral sanctions.",
          "2024-06-12", url(TELESUR, "2024-06-12", 1),
          ex("Venezuela", "2024-06-11", {PSUV}, BL)),
    Probe("pl-chinas-ruling-party-here-today",
          "Cuban party leader meets envoy of China's ruling party",
          "HAVANA, March 5 (Prensa Latina) Roberto Morales Ojeda, organization secretary of the Communist "
          "Party of Cuba, met here today with a delegation of China's ruling party led by Li Mingxiang, "
          "an assistant minister of its international department.\nThe Cuban leader praised the "
          "fraternal bonds between the two organizations and the exchange of experience on party "
          "building.",
          "2024-03-05", url(PL, "2024-03-05", 2),
          ex("Cuba", "2024-03-05", {PCC}, BL)),
    Probe("pl-the-chinese-party-only",
          "Brazil's Workers' Party and Chinese party discuss cooperation",
          "BRASILIA, Nov 9 (Prensa Latina) The president of the Workers' Party (PT), Gleisi Hoffmann, "
          "held a meeting on Wednesday with a visiting delegation of the Chinese party, which is touring "
          "Brazil at the invitation of the PT.\nBoth sides agreed to expand the exchange of cadres and "
          "studies on poverty reduction, according to a note from the PT.",
          "2023-11-09", url(PL, "2023-11-09", 3),
          ex("Brazil", "2023-11-08", {PT}, BL),
          doubtful={"relevant": "'the Chinese party' alone never says which party; a coder who knows "
                                "that only the CPC sends such delegations codes it relevant"}),
    Probe("granma-chinese-comrades",
          "Cuban and Chinese comrades share experience on party work",
          "Members of the Secretariat of the Central Committee of the Communist Party of Cuba exchanged "
          "on Tuesday in Havana with Chinese comrades of the Communist Party of China who are on a working "
          "visit to the island.\nThe Chinese comrades, led by Peng Xiubin, a director-general in the "
          "CPC's foreign affairs department, explained the results of the Third Plenary Session of the "
          "20th Central Committee.",
          "2024-10-02", url(GRANMA, "2024-10-02", 4),
          ex("Cuba", "2024-10-01", {PCC}, BL),
          doubtful={"event_type": "a visiting group explaining a CPC plenum: a meeting, or a `briefing` "
                                  "(the CPC side presents a CPC meeting to a foreign party)?",
                    "content": "follows the event type's doubt"}),
    Probe("granma-the-party-capitalised",
          "Díaz-Canel receives Chinese party delegation",
          "Miguel Díaz-Canel Bermúdez, First Secretary of the Communist Party of Cuba and President of the "
          "Republic, received on Thursday a delegation of the Communist Party of China (CPC).\nThe Cuban "
          "leader highlighted the historic role of the Party in the achievements of the Chinese people "
          "and expressed gratitude for the solidarity of the Party and the Chinese government with Cuba.",
          "2023-05-25", url(GRANMA, "2023-05-26", 5),
          ex("Cuba", "2023-05-25", {PCC}, BL)),
    Probe("el19-general-secretary-xi-message",
          "Comandante Daniel sends message to General Secretary Xi",
          "Managua, September 27. Comandante Daniel Ortega and Compañera Rosario Murillo sent a message "
          "today to General Secretary Xi Jinping and the Chinese people on the 75th anniversary of the "
          "founding of the People's Republic of China.\nIn the name of the Sandinista National Liberation "
          "Front, they wished General Secretary Xi and the Party he leads new victories.",
          "2024-09-27", url(EL19, "2024-09-27", 6),
          msg("Nicaragua", "2024-09-27", {FSLN})),
    Probe("el19-xi-alone-after-full",
          "Nicaragua's FSLN greets Xi",
          "Managua, October 23. The Sandinista National Liberation Front (FSLN) sent on Sunday a "
          "message to Xi Jinping on his reelection as general secretary of the Communist Party of China. "
          "In it, the FSLN tells Xi that the people of Nicaragua admire the path of the Chinese nation.",
          "2022-10-23", url(EL19, "2022-10-23", 7),
          msg("Nicaragua", "2022-10-23", {FSLN})),
    Probe("pl-pcdob-congress-occasion-no-addressee",
          "Communist Party of Brazil salutes CPC congress",
          "BRASILIA, Oct 18 (Prensa Latina) The Communist Party of Brazil (PCdoB) issued a message on "
          "Monday greeting the CPC's 20th National Congress, which opened in Beijing on Sunday.\nThe "
          "PCdoB said the congress will chart the course for China's modernization.",
          "2022-10-18", url(PL, "2022-10-18", 8),
          msg("Brazil", "2022-10-17", {PCDOB})),
    Probe("pl-international-liaison-department",
          "Cuban official meets head of the CPC's International Liaison Department",
          "BEIJING, July 14 (Prensa Latina) Emilio Lozada García, head of the International Relations "
          "Department of the Communist Party of Cuba, met on Thursday with Liu Jianchao, who leads the "
          "International Liaison Department of the Communist Party of China.\nBoth officials agreed to "
          "deepen the exchange of experience between the two parties.",
          "2023-07-14", url(PL, "2023-07-14", 9),
          ex("Cuba", "2023-07-13", {PCC}, BL)),
    Probe("telesur-ild-acronym-video",
          "PT and China's ILD hold video conference",
          "SAO PAULO, April 10 (teleSUR) — Leaders of Brazil's Workers' Party (PT) held a video "
          "conversation on Wednesday with the International Liaison Department (ILD) of the Communist "
          "Party of China. The ILD vice minister Sun Haiyan and PT international secretary Romênio "
          "Pereira discussed the G20 agenda and party exchanges.",
          "2024-04-10", url(TELESUR, "2024-04-10", 10),
          ex("Brazil", "2024-04-10", {PT}, BL, event_type="video_call")),
    Probe("pl-idcpc-latin-america-bureau",
          "Chilean communists meet officials of the IDCPC's Latin America bureau",
          "SANTIAGO DE CHILE, March 12 (Prensa Latina) The secretary general of the Communist Party of "
          "Chile, Lautaro Carmona, received today a group of officials of the IDCPC's bureau for Latin "
          "American and Caribbean affairs, headed by its director.\nThey discussed cooperation between "
          "the two parties.",
          "2025-03-12", url(PL, "2025-03-12", 11),
          ex("Chile", "2025-03-12", {PCCH}, BL)),
    Probe("pl-pcc-statement-to-chinese-comrades",
          "PCC statement addressed to the Chinese comrades",
          "HAVANA, Dec 2 (Prensa Latina) The Central Committee of the Communist Party of Cuba issued on "
          "Wednesday a statement addressed to the Chinese comrades, voicing its deep sorrow at the death "
          "of Jiang Zemin, a former leader of the Communist Party of China.",
          "2022-12-02", url(PL, "2022-12-02", 12),
          msg("Cuba", "2022-11-30", {PCC})),
    Probe("pl-ortega-chinese-revolution-anniversary",
          "Ortega hails anniversary of the victory of the Chinese Revolution",
          "MANAGUA, Oct 1 (Prensa Latina) Nicaraguan President Daniel Ortega, leader of the Sandinista "
          "Front, sent today a message to Xi Jinping, general secretary of the Communist Party of China, "
          "on the anniversary of the victory of the Chinese Revolution.",
          "2023-10-01", url(PL, "2023-10-01", 13),
          msg("Nicaragua", "2023-10-01", {FSLN})),
    Probe("telesur-mas-ccp-condolence",
          "Bolivia's MAS sends condolences to the CCP",
          "LA PAZ, Dec 1 (teleSUR) — The Movement for Socialism (MAS) on Thursday expressed its "
          "condolences to the Chinese Communist Party (CCP) over the passing of former Chinese "
          "leader Jiang Zemin.",
          "2022-12-01", url(TELESUR, "2022-12-01", 14),
          msg("Bolivia", "2022-12-01", {MAS})),
    Probe("granma-seminar-the-party",
          "Cuban and Chinese parties open theory seminar in Havana",
          "The theoretical seminar between the Communist Party of Cuba and the Communist Party of China "
          "(CPC) began on Monday in Havana, with the theme of socialist construction in the new era.\n"
          "Speakers from the Party of the Chinese side presented the CPC's experience in governing a "
          "large country.",
          "2024-11-12", url(GRANMA, "2024-11-12", 15),
          ex("Cuba", "2024-11-11", {PCC}, BL, event_type="seminar", content=KE)),
    Probe("pl-psuv-field-trip-ccp-invitation",
          "PSUV delegation tours Zhejiang province",
          "BEIJING, May 24 (Prensa Latina) A delegation of the United Socialist Party of Venezuela (PSUV) "
          "toured villages and companies in Zhejiang province this week at the invitation of the Chinese "
          "Communist Party.\nThe visitors learned about rural revitalization and the digital economy.",
          "2024-05-24", url(PL, "2024-05-24", 16),
          ex("Venezuela", None, {PSUV}, BL, event_type="field_trip", content=KE)),
    Probe("telesur-ruling-party-delegation-uruguay",
          "Delegation of China's ruling party concludes Uruguay visit",
          "MONTEVIDEO, Sept 21 (teleSUR) — A delegation of China's ruling Communist Party wrapped up a "
          "three-day visit to Uruguay on Thursday, during which it met leaders of the Broad Front and of "
          "the Communist Party of Uruguay.",
          "2023-09-21", url(TELESUR, "2023-09-21", 17),
          ex("Uruguay", "2023-09-21", {FA, PCU}, BL, event_type="delegation_visit_abroad"),
          doubtful={"event_date": "a three-day visit that ended on the stated Thursday: the earliest day "
                                  "the page gives (Thursday) or the first day counted back?"}),
    Probe("pl-ild-course-caribbean",
          "Caribbean party cadres attend ILD online course",
          "HAVANA, Nov 15 (Prensa Latina) Cadres from parties of several Caribbean countries began on "
          "Friday an online course on governance organized by the International Liaison Department of "
          "the Communist Party of China.",
          "2024-11-15", url(PL, "2024-11-15", 18),
          ex("multilateral", "2024-11-15", set(), {"regional"}, event_type="training_course", content=KE)),
    Probe("pl-morena-ccp-agreement",
          "Morena signs cooperation memorandum with the Chinese Communist Party",
          "MEXICO CITY, June 8 (Prensa Latina) Mexico's ruling National Regeneration Movement (Morena) "
          "and the Chinese Communist Party signed on Thursday a memorandum of understanding on party "
          "exchanges, at a ceremony in the capital attended by Morena president Mario Delgado.",
          "2023-06-08", url(PL, "2023-06-08", 19),
          ex("Mexico", "2023-06-08", {MORENA}, BL),
          doubtful={"event_type": "a signing ceremony of the two parties: `meeting` or `other`?"}),
    Probe("telesur-libre-chinese-party-leaders",
          "Honduras' Libre party meets Chinese Communist Party leaders",
          "TEGUCIGALPA, Aug 3 (teleSUR) — Leaders of the Liberty and Refoundation party (Libre) met on "
          "Thursday with Chinese Communist Party officials visiting Honduras for the first time since the "
          "two countries established relations.",
          "2023-08-04", url(TELESUR, "2023-08-04", 20),
          ex("Honduras", "2023-08-03", {LIBRE}, BL)),
    Probe("granma-general-secretary-xi-reply",
          "General Secretary Xi replies to Cuban youth leader",
          "General Secretary Xi Jinping replied on Friday to a letter from the first secretary of the "
          "Young Communist League of Cuba, encouraging Cuban and Chinese youth to carry forward the "
          "friendship between the two parties.",
          "2024-04-06", url(GRANMA, "2024-04-06", 21),
          {"relevant": True, "country": "Cuba", "event_type": "message", "event_date": "2024-04-05",
           "mechanism": BL, "content": DI},
          doubtful={"mechanism": "a youth league of the ruling party is the party's counterpart "
                                 "(leftist)?"}),
    Probe("agency-en-ccp-cuban-fm-no",
          "China, Cuba hold foreign ministry consultations",
          "HAVANA, May 16 -- Chinese Vice Foreign Minister Hua Chunying and Cuban Deputy Foreign "
          "Minister Elio Rodríguez held political consultations here on Tuesday, reviewing "
          "bilateral cooperation in trade and health.",
          "2024-05-16", url(AGENCY_EN, "2024-05-16", 22),
          NO),
    # ---- B. Chinese pages: 中国党, 中共, 中方, 中联部, 中国共产党人, 习近平总书记 ----------------------
    Probe("zh-zhonglianbu-abbrev-meeting",
          "中联部负责人会见古巴共产党代表团",
          "新华社北京5月10日电 中联部部长刘建超10日在京会见古巴共产党中央国际关系部部长埃米利奥·洛萨达率领的"
          "古共代表团。双方就加强两党交流交换了意见。",
          "2023-05-10", url(AGENCY_ZH, "2023-05-10", 30),
          ex("Cuba", "2023-05-10", {PCC}, BL), lang="zh"),
    Probe("zh-zhonggong-zhongyang-duiwai-lianluobu",
          "中共中央对外联络部副部长会见巴西劳工党代表团",
          "本网北京11月20日电 11月20日，中共中央对外联络部副部长孙海燕在京会见巴西劳工党全国执委会成员率领的"
          "代表团。",
          "2023-11-20", url(ZH, "2023-11-20", 31),
          ex("Brazil", "2023-11-20", {PT}, BL), lang="zh"),
    Probe("zh-zhonggong-only-psuv",
          "委内瑞拉统一社会主义党代表团访华",
          "应中共邀请，委内瑞拉统一社会主义党副主席卡韦略率代表团于6月3日至8日访华。代表团在京会见中联部负责同志，"
          "并赴广东考察。",
          "2024-06-09", url(PORTAL_ZH, "2024-06-09", 32),
          ex("Venezuela", "2024-06-03", {PSUV}, BL, event_type="delegation_received"), lang="zh",
          doubtful={"content": "a delegation's stay with meetings and a tour of a province: daily "
                               "interaction (meetings) or knowledge exchange (field trip)?"}),
    Probe("zh-zhongguodang-on-party-page",
          "古共中央致电中国党",
          "据古巴《格拉玛报》报道，古巴共产党中央委员会10月17日致电中国党，热烈祝贺中共二十大开幕，"
          "表示古共愿同中国党继续深化友好关系。",
          "2022-10-19", url(PORTAL_ZH, "2022-10-19", 33),
          msg("Cuba", "2022-10-17", {PCC}), lang="zh"),
    Probe("zh-zhongfang-party-page-meeting",
          "刘建超会见智利共产党总书记",
          "7月4日，刘建超在京会见智利共产党总书记卡尔莫纳。刘建超表示，中方愿同智共加强治国理政经验交流。"
          "卡尔莫纳表示，智共高度重视同中国共产党的关系。",
          "2024-07-04", url(ZH, "2024-07-04", 34),
          ex("Chile", "2024-07-04", {PCCH}, BL), lang="zh"),
    Probe("zh-full-central-committee-message",
          "中国共产党中央委员会致电祝贺古巴共产党第八次代表大会召开",
          "2021年4月16日，中国共产党中央委员会致电古巴共产党中央委员会，热烈祝贺古共八大开幕。",
          "2021-04-17", url(ZH, "2021-04-17", 35),
          msg("Cuba", "2021-04-16", {PCC}), lang="zh"),
    Probe("zh-zhongguo-gongchandangren",
          "乌拉圭共产党致函中国共产党人",
          "乌拉圭共产党中央委员会6月30日致函中国共产党人，祝贺中国共产党成立100周年，表示两党友谊历久弥坚。",
          "2021-07-02", url(ZH, "2021-07-02", 36),
          msg("Uruguay", "2021-06-30", {PCU}), lang="zh"),
    Probe("zh-xi-general-secretary-alone",
          "萨尔瓦多法拉本多·马蒂民族解放阵线致函习近平总书记",
          "日前，萨尔瓦多法拉本多·马蒂民族解放阵线总书记致函习近平总书记，祝贺中共二十届三中全会胜利召开。",
          "2024-07-25", url(ZH, "2024-07-25", 37),
          msg("El Salvador", None, {FMLN}), lang="zh"),
    Probe("zh-zhongguo-gongchandang-congress-occasion",
          "巴西共产党祝贺中共二十大召开",
          "新华社巴西利亚10月17日电 巴西共产党17日发表声明，祝贺中国共产党第二十次全国代表大会召开，"
          "认为大会将为中国发展指明方向。",
          "2022-10-18", url(AGENCY_ZH, "2022-10-18", 38),
          msg("Brazil", "2022-10-17", {PCDOB}), lang="zh"),
    Probe("zh-zhonglianbu-video-call-ppp",
          "中联部副部长同圭亚那人民进步党总书记视频通话",
          "中联部副部长孙海燕3月15日同圭亚那人民进步党总书记贾格迪奥举行视频通话，双方就深化两党关系交换意见。",
          "2023-03-16", url(ZH, "2023-03-16", 39),
          ex("Guyana", "2023-03-15", {PPPC}, {"bilateral"}, event_type="video_call"), lang="zh",
          doubtful={"mechanism": "the PPP/C's family (founded as a Marxist party, now centre-left): leftist "
                                 "or not is the coder's knowledge"}),
    Probe("zh-trad-zhonggong-meeting",
          "中共代表團會見墨西哥國家復興運動黨主席",
          "應墨西哥國家復興運動黨邀請，中共代表團9月12日在墨西哥城會見該黨主席德爾加多，雙方就兩黨合作交換意見。",
          "2023-09-13", url(HK_ZH, "2023-09-13", 40),
          ex("Mexico", "2023-09-12", {MORENA}, BL), lang="zh"),
    Probe("zh-trad-zhonglianbu-psch",
          "中聯部負責人會見智利社會黨代表團",
          "中聯部副部長孫海燕5月22日在京會見智利社會黨總書記率領的代表團。",
          "2024-05-23", url(HK_ZH, "2024-05-23", 41),
          ex("Chile", "2024-05-22", {PSCH}, BL), lang="zh"),
    Probe("zh-trad-zhongguo-dang-seminar",
          "中國黨同古巴黨舉行理論研討會",
          "中國共產黨與古巴共產黨第八次理論研討會11月18日在哈瓦那舉行。兩黨代表圍繞社會主義建設交流經驗。",
          "2024-11-19", url(HK_ZH, "2024-11-19", 42),
          ex("Cuba", "2024-11-18", {PCC}, BL, event_type="seminar", content=KE), lang="zh"),
    Probe("zh-portal-lac-speaks-first-zhongguo-tongzhi",
          "委内瑞拉统一社会主义党向中国同志致以问候",
          "委内瑞拉统一社会主义党全国领导委员会9月30日发表致中国同志的公开信，祝贺中华人民共和国成立75周年，"
          "感谢中国共产党对委内瑞拉的支持。",
          "2024-10-02", url(PORTAL_ZH, "2024-10-02", 43),
          msg("Venezuela", "2024-09-30", {PSUV}), lang="zh"),
    Probe("zh-agency-mas-zhongfang",
          "玻利维亚争取社会主义运动党领导人会见中方代表团",
          "新华社拉巴斯8月7日电 玻利维亚争取社会主义运动党领导人6日在拉巴斯会见中共代表团。"
          "中方代表团团长表示，"
          "中国共产党愿同该党加强交流。",
          "2023-08-07", url(AGENCY_ZH, "2023-08-07", 44),
          ex("Bolivia", "2023-08-06", {MAS}, BL), lang="zh"),
    Probe("zh-zhonglianbu-lac-envoys-group",
          "中联部举办拉美国家驻华使节吹风会",
          "11月3日，中联部在京举办面向拉美和加勒比国家驻华使节的吹风会，介绍中共二十届三中全会精神。",
          "2024-11-04", url(ZH, "2024-11-04", 45),
          ex("multilateral", "2024-11-03", set(), {"regional"}, event_type="briefing", content=KE),
          lang="zh"),
    Probe("zh-jiezuo-xi-general-secretary-trad",
          "巴西勞工黨主席致函習近平總書記",
          "巴西勞工黨主席霍夫曼日前致函習近平總書記，祝賀中國共產黨成立102週年。",
          "2023-07-05", url(HK_ZH, "2023-07-05", 46),
          msg("Brazil", None, {PT}), lang="zh"),
    Probe("zh-zhonggong-zhongyang-message-morena",
          "中共中央致电祝贺墨西哥国家复兴运动党",
          "6月4日，中共中央致电墨西哥国家复兴运动党，祝贺该党在大选中获胜。",
          "2024-06-05", url(ZH, "2024-06-05", 47),
          msg("Mexico", "2024-06-04", {MORENA}), lang="zh"),
    Probe("zh-spf-zhonggong-letter-forum",
          "中共中央对外联络部致信圣保罗论坛",
          "7月1日，中共中央对外联络部致信圣保罗论坛执行秘书处，祝贺论坛成立34周年，表示愿同拉美左翼政党加强交流。",
          "2024-07-02", url(ZH, "2024-07-02", 48),
          msg("multilateral", "2024-07-01", set(), RL), lang="zh"),
    # ---- C. English IDCPC pages: LAC actor first, CPC named by its office --------------------------
    Probe("en-idcpc-lac-first-chinese-comrades",
          "Message from the Communist Party of Uruguay to the Chinese Comrades",
          "Dear Chinese comrades,\nThe Communist Party of Uruguay sends you its fraternal greetings on the "
          "anniversary of the victory of the Chinese Revolution and the founding of the People's Republic. "
          "We follow with admiration the work of your Party.\nCentral Committee\nCommunist Party of "
          "Uruguay\nMontevideo, September 29, 2023",
          "2023-10-03", url(EN, "2023-10-03", 50),
          msg("Uruguay", "2023-09-29", {PCU})),
    Probe("en-idcpc-general-secretary-xi-only",
          "Leader of Colombian Communist Party writes to General Secretary Xi",
          "Recently, Jaime Caycedo, who leads the Colombian Communist Party, wrote to General Secretary "
          "Xi Jinping, saying that the Colombian communists are inspired by the CPC's centenary.",
          "2021-07-06", url(EN, "2021-07-06", 51),
          msg("Colombia", None, {"Colombian Communist Party"})),
    Probe("en-idcpc-ild-head-received",
          "Head of ILD receives Peruvian party leaders",
          "Beijing, August 22nd — Liu Haixing, head of the International Liaison Department, received "
          "here today a delegation of the Free Peru party headed by its secretary general Vladimir "
          "Cerrón.",
          "2025-08-22", url(EN, "2025-08-22", 52),
          ex("Peru", "2025-08-22", {"Free Peru"}, BL)),
    Probe("en-idcpc-cpc-leaders-phrase",
          "Senior CPC official meets Argentine party delegation",
          "Beijing, May 15th—A senior official of China's governing party, Sun Haiyan, received here today "
          "a delegation of the Justicialist Party of Argentina.",
          "2024-05-15", url(EN, "2024-05-15", 53),
          ex("Argentina", "2024-05-15", {"Justicialist Party"}, {"bilateral"})),
    Probe("en-idcpc-party-cap-after-cpc-seminar-online",
          "CPC and Venezuelan party hold online seminar",
          "Beijing, March 20th—The Communist Party of China (CPC) and the United Socialist Party of "
          "Venezuela held an online theory seminar today on the building of ruling parties. Speakers of "
          "the Party described how its grassroots organisations serve the people.",
          "2024-03-20", url(EN, "2024-03-20", 54),
          ex("Venezuela", "2024-03-20", {PSUV}, BL, event_type="seminar", content=KE)),
    Probe("en-idcpc-party-cap-fmln",
          "FMLN thanks the CPC",
          "San Salvador, March 3rd—The Farabundo Martí National Liberation Front (FMLN) sent a letter "
          "to the Communist Party of China today, thanking the Party for its support during the "
          "pandemic.",
          "2020-03-05", url(EN, "2020-03-05", 55),
          msg("El Salvador", "2020-03-03", {FMLN})),
    Probe("en-idcpc-cpc-delegation-visit-mexico-chinese-party",
          "Chinese party delegation visits Mexico",
          "From June 10 to 14, a delegation of the Chinese party headed by Sun Haiyan, vice minister of "
          "the IDCPC, visited Mexico, where it met leaders of Morena and of the Labor Party.",
          "2023-06-16", url(EN, "2023-06-16", 56),
          ex("Mexico", "2023-06-10", {MORENA, "Labor Party (Mexico)"}, BL,
             event_type="delegation_visit_abroad")),
    Probe("en-idcpc-brics-global-chinese-communist",
          "Brazilian party leader at dialogue with world parties",
          "Sept 27th—Representatives of the Workers' Party of Brazil joined leaders of many parties at the "
          "dialogue between the Chinese Communist Party and political parties of the world held in "
          "Beijing today.",
          "2024-09-27", url(EN, "2024-09-27", 57),
          ex("multilateral", "2024-09-27", {PT}, GL, event_type="dialogue", content=KE)),
    # ---- D. agency/portal copies naming the CPC via Xi -----------------------------------------
    Probe("agency-en-xi-after-full-mention",
          "Cuban leader sends message to Xi",
          "HAVANA, Oct 2 -- Cuban leader Miguel Díaz-Canel, who heads the Communist Party of Cuba, sent a "
          "message to Xi Jinping, the top leader of the Communist Party of China, on Monday. Díaz-Canel "
          "told Xi that Cuba values the support of the Chinese people.",
          "2023-10-02", url(AGENCY_EN, "2023-10-02", 60),
          msg("Cuba", "2023-10-02", {PCC})),
    Probe("granma-xi-jinping-party-head-phone",
          "Díaz-Canel and Xi talk by phone",
          "The First Secretary of the Communist Party of Cuba, Miguel Díaz-Canel, held a phone "
          "conversation on Wednesday with Xi Jinping, general secretary of the Communist Party of "
          "China. Both leaders reaffirmed the ties between the two parties.",
          "2022-02-10", url(GRANMA, "2022-02-10", 61),
          ex("Cuba", "2022-02-09", {PCC}, BL, event_type="phone_call")),
    Probe("pl-chinese-communists-pcv",
          "Venezuelan communists meet Chinese counterparts",
          "CARACAS, Nov 7 (Prensa Latina) The Communist Party of Venezuela held a meeting on Tuesday with "
          "Chinese communists from the CPC's international department who are visiting Caracas.",
          "2023-11-07", url(PL, "2023-11-07", 62),
          ex("Venezuela", "2023-11-07", {"Communist Party of Venezuela"}, BL)),
    Probe("pl-chinese-ruling-party-ppp-guyana",
          "Guyana's PPP meets delegation of Chinese ruling party",
          "GEORGETOWN, Feb 20 (Prensa Latina) Bharrat Jagdeo, general secretary of the ruling People's "
          "Progressive Party/Civic, received on Tuesday a delegation of the ruling party of China led by "
          "an official of its international department.",
          "2024-02-21", url(PL, "2024-02-21", 63),
          ex("Guyana", "2024-02-20", {PPPC}, {"bilateral"}),
          doubtful={"mechanism": "the PPP/C's family: leftist or not is the coder's knowledge"}),
    Probe("telesur-chinese-party-school-course",
          "Latin American leftist cadres study in China",
          "BEIJING, July 8 (teleSUR) — Cadres of leftist parties from Venezuela, Cuba and Nicaragua began "
          "a study course on governance organized by the CCP's International Liaison Department on "
          "Monday.",
          "2024-07-08", url(TELESUR, "2024-07-08", 64),
          ex("multilateral", "2024-07-08", set(), RL, event_type="training_course", content=KE)),
    # ---- E. negatives ---------------------------------------------------------------------------------
    Probe("neg-pcc-taiwan-rally",
          "Cuban communists reaffirm support for one China",
          "HAVANA, Aug 5 (Prensa Latina) Speakers at a rally of the Communist Party of Cuba in Havana on "
          "Friday reaffirmed their support for the one-China principle and condemned the visit of a US "
          "politician to Taiwan.",
          "2022-08-05", url(PL, "2022-08-05", 70),
          NO),
    Probe("neg-psuv-praises-chinese-model-own-event",
          "Maduro praises China's development",
          "CARACAS, Jan 15 (teleSUR) — At a PSUV congress in Caracas on Monday, President Nicolás Maduro "
          "praised the development model of the Chinese Communist Party and called on party members to "
          "study it.",
          "2024-01-15", url(TELESUR, "2024-01-15", 71),
          NO),
    Probe("neg-foreign-ministry-agency",
          "Chinese, Brazilian foreign ministers hold talks",
          "BEIJING, Feb 5 -- Chinese Foreign Minister Wang Yi held talks on Monday with his Brazilian "
          "counterpart Mauro Vieira, and the two agreed to enhance coordination in the G20.",
          "2024-02-05", url(AGENCY_EN, "2024-02-05", 72),
          NO,
          doubtful={"relevant": "Wang Yi also sits on the CPC's Political Bureau; a foreign minister's "
                                "talks are the government's channel"}),
    Probe("neg-vietnam-communist-party-cuba",
          "Vietnamese and Cuban communists meet",
          "HAVANA, Sept 14 (Prensa Latina) A delegation of the Communist Party of Vietnam met on Thursday "
          "with leaders of the Communist Party of Cuba, and both sides praised the fraternal ties between "
          "the two parties.",
          "2023-09-14", url(PL, "2023-09-14", 73),
          NO),
    Probe("neg-kuomintang-paraguay",
          "Kuomintang delegation visits Paraguay",
          "ASUNCION, May 2 -- A delegation of the Chinese Kuomintang (KMT) met on Tuesday with leaders "
          "of Paraguay's Colorado Party in Asunción.",
          "2023-05-02", url(AGENCY_EN, "2023-05-02", 74),
          NO),
    Probe("neg-zh-kmt-paraguay",
          "中国国民党代表团访问巴拉圭",
          "中国国民党副主席率团5月2日抵达亚松森，会见巴拉圭红党领导人。",
          "2023-05-03", url(HK_ZH, "2023-05-03", 75),
          NO, lang="zh"),
    Probe("neg-zh-yuegong-gugong",
          "越共代表团访问古巴",
          "越南共产党代表团9月12日在哈瓦那会见古巴共产党领导人，双方表示将加强两党关系。",
          "2023-09-13", url(PORTAL_ZH, "2023-09-13", 76),
          NO, lang="zh"),
    Probe("neg-zh-waijiaobu-argentina",
          "中阿外交部举行政治磋商",
          "新华社布宜诺斯艾利斯3月6日电 中国外交部副部长与阿根廷外交部副部长"
          "5日在布宜诺斯艾利斯举行政治磋商。",
          "2024-03-06", url(AGENCY_ZH, "2024-03-06", 77),
          NO, lang="zh"),
    Probe("neg-el19-trade-ministry",
          "Nicaragua and China sign trade protocol",
          "Managua, January 1. Nicaragua's Minister of Development, Industry and Trade and China's "
          "Minister of Commerce signed a protocol today to bring a free trade agreement into force.",
          "2024-01-01", url(EL19, "2024-01-01", 78),
          NO),
    Probe("neg-cpc-spanish-party",
          "CPC official meets Spanish socialists",
          "Beijing, June 4th—Sun Haiyan, a vice minister of the IDCPC, met here today with a delegation "
          "of the Spanish Socialist Workers' Party.",
          "2024-06-04", url(EN, "2024-06-04", 79),
          NO),
    Probe("neg-granma-pcc-own-plenum-mentions-china",
          "Party plenum reviews economic measures",
          "The Central Committee of the Communist Party of Cuba held its plenary meeting on Saturday in "
          "Havana. Speakers noted the cooperation with China, Russia and Vietnam in energy projects.",
          "2024-12-14", url(GRANMA, "2024-12-14", 80),
          NO),
    Probe("neg-zh-lac-party-comment-taiwan",
          "洪都拉斯自由与重建党声明支持一个中国原则",
          "洪都拉斯自由与重建党3月26日在其党部举行集会，发表声明表示坚定支持一个中国原则。",
          "2023-03-27", url(PORTAL_ZH, "2023-03-27", 81),
          NO, lang="zh"),
    Probe("neg-zh-ambassador-only-gov",
          "中国驻乌拉圭大使会见乌外长",
          "中国驻乌拉圭大使4月3日会见乌拉圭外长，双方就两国合作交换意见。",
          "2024-04-04", url(PORTAL_ZH, "2024-04-04", 82),
          NO, lang="zh"),
    Probe("neg-vietnam-party-general-secretary-brazil",
          "Vietnamese party chief meets Brazilian communists",
          "BRASILIA, Aug 6 (Prensa Latina) General Secretary To Lam of the Communist Party of Vietnam met "
          "on Tuesday with leaders of the Communist Party of Brazil, who praised the ties between "
          "Vietnamese and Brazilian communists.",
          "2024-08-06", url(PL, "2024-08-06", 83),
          NO),
    Probe("neg-kmt-chinese-party-guatemala",
          "Chinese Nationalist Party leader visits Guatemala",
          "GUATEMALA CITY, Nov 8 -- The vice chairman of the Chinese Nationalist Party (Kuomintang) met "
          "leaders of the governing party of Guatemala on Wednesday.",
          "2023-11-09", url(AGENCY_EN, "2023-11-09", 84),
          NO),
    Probe("neg-telesur-chinese-embassy-reception",
          "Chinese embassy marks national day in Caracas",
          "CARACAS, Sept 28 (teleSUR) — The Chinese embassy in Caracas held a reception on Thursday to "
          "mark the founding anniversary of the People's Republic, attended by Venezuelan ministers.",
          "2023-09-28", url(TELESUR, "2023-09-28", 85),
          NO),
    # ---- F. second blind batch: Spanish acronyms in English copies, lowercase offices, occasions ----
    Probe("pl-pcch-spanish-acronym",
          "Cuban party receives PCCh delegation",
          "HAVANA, April 18 (Prensa Latina) The second secretary of the Communist Party of Cuba received "
          "today a delegation of the Communist Party of China (PCCh), with which he discussed the "
          "updating of the Cuban economic model.",
          "2024-04-18", url(PL, "2024-04-18", 90),
          ex("Cuba", "2024-04-18", {PCC}, BL)),
    Probe("pl-partido-comunista-de-china-in-english",
          "Uruguayan Broad Front meets Partido Comunista de China envoys",
          "MONTEVIDEO, Oct 10 (Prensa Latina) The president of the Broad Front, Fernando Pereira, met on "
          "Thursday with envoys of the Partido Comunista de China, who came to learn about the coalition's "
          "electoral campaign.",
          "2024-10-10", url(PL, "2024-10-10", 91),
          ex("Uruguay", "2024-10-10", {FA}, BL)),
    Probe("telesur-beijings-governing-party",
          "Colombian Historic Pact hosts Beijing's governing party",
          "BOGOTA, Feb 28 (teleSUR) — Lawmakers of the Historic Pact received on Wednesday a delegation of "
          "Beijing's governing Communist Party, which is touring South America.",
          "2024-02-28", url(TELESUR, "2024-02-28", 92),
          ex("Colombia", "2024-02-28", {"Historic Pact for Colombia"}, BL)),
    Probe("granma-cpc-international-department-lowercase",
          "Cuban official meets head of the CPC's international department",
          "Emilio Lozada, who heads the international relations department of the Cuban Party, held talks "
          "on Monday with Liu Jianchao, head of the CPC's international department, on a visit to "
          "Havana.",
          "2024-01-23", url(GRANMA, "2024-01-23", 93),
          ex("Cuba", "2024-01-22", {PCC}, BL)),
    Probe("el19-chinese-party-centenary",
          "Nicaragua greets the Chinese party on its centenary",
          "Managua, July 1. The Sandinista National Liberation Front sent today a message to the Chinese "
          "party on its 100th founding anniversary, wishing the Chinese communists many more victories.",
          "2021-07-01", url(EL19, "2021-07-01", 94),
          msg("Nicaragua", "2021-07-01", {FSLN})),
    Probe("pl-ccp-anniversary-greeting-pcu",
          "Uruguayan communists greet the CCP",
          "MONTEVIDEO, July 1 (Prensa Latina) The Communist Party of Uruguay greeted today the Chinese "
          "Communist Party on its 102nd anniversary in a letter sent to the Chinese embassy.",
          "2023-07-01", url(PL, "2023-07-01", 95),
          msg("Uruguay", "2023-07-01", {PCU})),
    Probe("telesur-xi-alone-after-mention-arce",
          "Bolivia's MAS leader writes to Xi",
          "LA PAZ, Oct 24 (teleSUR) — Evo Morales, leader of the Movement for Socialism (MAS), sent a "
          "letter on Monday to Xi Jinping, general secretary of the Communist Party of China. Morales "
          "told Xi that his reelection is good news for the peoples of the South.",
          "2022-10-25", url(TELESUR, "2022-10-25", 96),
          msg("Bolivia", "2022-10-24", {MAS})),
    Probe("pl-ccp-seminar-online-mexico",
          "Mexican and Chinese parties hold virtual seminar",
          "MEXICO CITY, Sept 5 (Prensa Latina) The Labor Party (PT) of Mexico and the CCP held on "
          "Thursday a virtual seminar on modernization and poverty alleviation with dozens of cadres.",
          "2024-09-06", url(PL, "2024-09-06", 97),
          ex("Mexico", "2024-09-05", {"Labor Party (Mexico)"}, BL, event_type="seminar", content=KE)),
    Probe("granma-chinese-comrades-field-trip-cuba-in-china",
          "Cuban party cadres visit Fujian",
          "A delegation of cadres of the Communist Party of Cuba visited companies and villages in Fujian "
          "province from May 6 to 10, hosted by their Chinese comrades.",
          "2024-05-14", url(GRANMA, "2024-05-14", 98),
          ex("Cuba", "2024-05-06", {PCC}, BL, event_type="field_trip", content=KE)),
    Probe("zh-zhonglianbu-lamei-ju",
          "中联部拉美局负责同志会见哥伦比亚共产党代表团",
          "本网讯 4月9日，中联部拉美局负责同志在京会见哥伦比亚共产党中央执委率领的代表团，"
          "双方介绍了各自党的情况。",
          "2024-04-10", url(ZH, "2024-04-10", 99),
          ex("Colombia", "2024-04-09", {"Colombian Communist Party"}, BL), lang="zh"),
    Probe("zh-zhongguo-gongchandang-ren-trad-pcch",
          "智利共產黨致信中國共產黨人",
          "智利共產黨總書記卡爾莫納7月1日致信中國共產黨人，祝賀中國共產黨成立103週年。",
          "2024-07-03", url(HK_ZH, "2024-07-03", 100),
          msg("Chile", "2024-07-01", {PCCH}), lang="zh"),
    Probe("zh-portal-zhonggong-ershida-no-addressee",
          "墨西哥劳动党发表声明祝贺中共二十大",
          "墨西哥劳动党10月16日发表声明，热烈祝贺中共二十大开幕，称大会对世界社会主义运动意义重大。",
          "2022-10-18", url(PORTAL_ZH, "2022-10-18", 101),
          msg("Mexico", "2022-10-16", {"Labor Party (Mexico)"}), lang="zh"),
    Probe("zh-zhongfang-xuanjiang-briefing-uruguay",
          "中共代表团在乌拉圭宣介二十届三中全会精神",
          "11月12日，中共代表团在蒙得维的亚举行宣介会，向乌拉圭广泛阵线等政党介绍中共二十届三中全会精神。"
          "中方表示愿同乌方政党加强交流。",
          "2024-11-14", url(ZH, "2024-11-14", 102),
          ex("Uruguay", "2024-11-12", {FA}, BL, event_type="briefing", content=KE), lang="zh"),
    # ---- G. second batch of negatives ---------------------------------------------------------------
    Probe("neg-granma-the-party-is-cuban-minister-of-commerce",
          "Cuban leaders receive China's commerce minister",
          "Leaders of the Party and the Government of Cuba received on Tuesday the Chinese Minister of "
          "Commerce, Wang Wentao, who is visiting the island to review trade projects.",
          "2024-03-20", url(GRANMA, "2024-03-20", 110),
          NO),
    Probe("neg-telesur-opposition-criticises-ccp",
          "Argentine opposition deputy criticises CCP",
          "BUENOS AIRES, June 3 (teleSUR) — A deputy of the Republican Proposal party said on Monday that "
          "Argentina should not depend on loans from a country ruled by the Chinese Communist Party.",
          "2024-06-03", url(TELESUR, "2024-06-03", 111),
          NO),
    Probe("neg-zh-trad-yuenan-gongchandang-nicaragua",
          "越南共產黨代表團訪問尼加拉瓜",
          "越南共產黨代表團10月5日在馬那瓜會見尼加拉瓜桑地諾民族解放陣線領導人，雙方同意加強兩黨合作。",
          "2023-10-06", url(HK_ZH, "2023-10-06", 112),
          NO, lang="zh"),
    Probe("neg-dpp-taiwan-guatemala",
          "Taiwan's ruling party delegation visits Guatemala",
          "GUATEMALA CITY, May 20 -- A delegation of Taiwan's Democratic Progressive Party met members of "
          "the Guatemalan congress on Monday.",
          "2024-05-21", url(AGENCY_EN, "2024-05-21", 113),
          NO),
    Probe("neg-zh-zhongfang-government-only-brazil",
          "中巴举行高层协调与合作委员会会议",
          "新华社北京6月7日电 中方和巴西方面6月7日在京举行中巴高层协调与合作委员会会议，"
          "双方就经贸合作达成共识。",
          "2024-06-07", url(AGENCY_ZH, "2024-06-07", 114),
          NO, lang="zh"),
    Probe("neg-pl-cuban-party-vietnam-party-school",
          "Cuban cadres study at Vietnamese party school",
          "HANOI, Nov 20 (Prensa Latina) Cadres of the Communist Party of Cuba began on Monday a course at "
          "the Ho Chi Minh National Academy of Politics, run by the Vietnamese communist party.",
          "2023-11-20", url(PL, "2023-11-20", 115),
          NO),
    Probe("neg-chinese-party-in-history-only",
          "PCdoB marks its own anniversary",
          "SAO PAULO, March 25 (Prensa Latina) The Communist Party of Brazil celebrated its 102nd "
          "anniversary on Monday with an event in Sao Paulo, where speakers recalled that the party had "
          "learned from the Chinese Revolution in its early years.",
          "2024-03-25", url(PL, "2024-03-25", 116),
          NO),
    # ---- H. third blind batch: the CPC named once and then only by a short form ----------------------
    Probe("granma-ild-only-no-cpc",
          "Cuban party official meets envoys of China's ILD",
          "Officials of the International Relations Department of the Communist Party of Cuba met on "
          "Wednesday in Havana with a group from the ILD, China's International Liaison Department, led "
          "by its vice minister Sun Haiyan.",
          "2024-05-16", url(GRANMA, "2024-05-16", 130),
          ex("Cuba", "2024-05-15", {PCC}, BL)),
    Probe("pl-chinese-comrades-only-statement",
          "Chilean communists write to Chinese comrades",
          "SANTIAGO DE CHILE, Oct 1 (Prensa Latina) The Communist Party of Chile sent today a letter to "
          "its Chinese comrades on the 75th anniversary of the People's Republic, praising their "
          "struggle against poverty.",
          "2024-10-01", url(PL, "2024-10-01", 131),
          msg("Chile", "2024-10-01", {PCCH})),
    Probe("zh-zhongguodang-alone-no-zhonggong",
          "古巴共产党代表团会见中国党领导人",
          "应中国党邀请，古巴共产党中央政治局委员莫拉莱斯率代表团于9月9日抵京访问。中国党领导人会见了代表团。",
          "2024-09-12", url(PORTAL_ZH, "2024-09-12", 132),
          ex("Cuba", "2024-09-09", {PCC}, BL, event_type="delegation_received"), lang="zh",
          doubtful={"event_type": "a headline about one meeting over a lead about the stay: meeting "
                                  "(the headline picks) or delegation_received?"}),
    Probe("zh-xi-zongshuji-alone-reply",
          "习近平总书记复信巴西劳工党主席",
          "近日，习近平总书记复信巴西劳工党主席霍夫曼，感谢她来信祝贺，表示愿同劳工党一道推动两党关系发展。",
          "2024-03-20", url(ZH, "2024-03-20", 133),
          msg("Brazil", None, {PT}), lang="zh"),
    Probe("zh-lac-first-dui-zhongguo-tongzhi",
          "尼加拉瓜桑解阵致中国同志的信",
          "亲爱的中国同志们：\n值此中国共产党成立一百周年之际，桑地诺民族解放阵线向你们致以革命的敬礼。\n"
          "桑地诺民族解放阵线\n2021年6月29日于马那瓜",
          "2021-07-01", url(ZH, "2021-07-01", 134),
          msg("Nicaragua", "2021-06-29", {FSLN}), lang="zh"),
    Probe("zh-trad-zhongfang-party-meeting-peru",
          "中聯部副部長會見秘魯自由秘魯黨代表團",
          "中聯部副部長孫海燕3月5日在京會見秘魯自由秘魯黨總書記率領的代表團。孫海燕表示，中方願同該黨加強交往。",
          "2024-03-06", url(HK_ZH, "2024-03-06", 135),
          ex("Peru", "2024-03-05", {"Free Peru"}, BL), lang="zh"),
    Probe("el19-ortega-the-party-chinese-anniversary",
          "Daniel and Rosario greet the Communist Party of China",
          "Managua, July 1. Comandante Daniel Ortega and Compañera Rosario Murillo sent greetings today to "
          "the Communist Party of China on its 103rd anniversary. They said that the Party has led the "
          "Chinese people to great victories.",
          "2024-07-01", url(EL19, "2024-07-01", 136),
          msg("Nicaragua", "2024-07-01", {FSLN}),
          doubtful={"parties": "Ortega and Murillo named by their first names and no party on the page: "
                               "their party (FSLN) or none?",
                    "mechanism": "follows the parties' doubt"}),
    Probe("telesur-ccp-20th-congress-psuv-statement",
          "PSUV hails CCP's 20th Congress",
          "CARACAS, Oct 16 (teleSUR) — The United Socialist Party of Venezuela (PSUV) issued a statement "
          "on Sunday saluting the opening of the CCP's 20th National Congress in Beijing.",
          "2022-10-17", url(TELESUR, "2022-10-17", 137),
          msg("Venezuela", "2022-10-16", {PSUV})),
    Probe("pl-chinese-party-school-cuba-cadres",
          "Cuban cadres graduate from course in China",
          "BEIJING, June 21 (Prensa Latina) A group of cadres of the Communist Party of Cuba completed on "
          "Friday a two-week course on party building at the Central Party School of the CCP.",
          "2024-06-21", url(PL, "2024-06-21", 138),
          ex("Cuba", "2024-06-21", {PCC}, BL, event_type="training_course", content=KE),
          doubtful={"event_date": "a page on the course's close that gives no first day: the close or "
                                  "null?"}),
    Probe("granma-the-party-video-fmln",
          "Salvadoran and Chinese parties hold video meeting",
          "Leaders of the FMLN held a video conversation on Tuesday with officials of the Communist Party "
          "of China. The Party's representatives spoke of China's modernisation.",
          "2023-06-14", url(GRANMA, "2023-06-14", 139),
          ex("El Salvador", "2023-06-13", {FMLN}, BL, event_type="video_call")),
    # ---- I. third batch of negatives ------------------------------------------------------------------
    Probe("neg-zh-zhongfang-government-on-portal-cuba",
          "中古两国政府签署经济技术合作协定",
          "据新华社哈瓦那电，中方与古巴方面9月20日在哈瓦那签署两国政府经济技术合作协定。中国驻古巴大使出席。",
          "2024-09-21", url(PORTAL_ZH, "2024-09-21", 140),
          NO, lang="zh"),
    Probe("neg-pl-vietnamese-communists-chile",
          "Chilean and Vietnamese communists meet",
          "SANTIAGO DE CHILE, April 2 (Prensa Latina) Leaders of the Communist Party of Chile received on "
          "Tuesday a delegation of Vietnamese comrades from the Communist Party of Vietnam.",
          "2024-04-02", url(PL, "2024-04-02", 141),
          NO),
    Probe("neg-zh-trad-guomindang-honduras",
          "國民黨副主席訪問宏都拉斯",
          "中國國民黨副主席4月10日在德古西加巴會見宏都拉斯國民黨領導人，雙方交換意見。",
          "2023-04-11", url(HK_ZH, "2023-04-11", 142),
          NO, lang="zh"),
    Probe("neg-telesur-chinese-government-ministers-bolivia",
          "China and Bolivia sign lithium deal",
          "LA PAZ, Jan 20 (teleSUR) — Bolivia's Ministry of Hydrocarbons and a Chinese state company "
          "signed on Friday an agreement to build lithium plants.",
          "2023-01-20", url(TELESUR, "2023-01-20", 143),
          NO),
]


# Probes that failed on the first, blind run and still fail: (probe id, field) -> why.
OPEN: dict[tuple[str, str], str] = {
    ("neg-psuv-praises-chinese-model-own-event", "relevant"): "a LAC party's own congress where its leader "
    "praises the CCP's model is taken as an exchange: praise of the CPC is how roundups of congratulations "
    "word each sender's message (cue praise_of_cpc), and telling praise said at one's own gathering from "
    "praise sent to the CPC needs the addressee, which the rules do not yet read",
    ("neg-telesur-opposition-criticises-ccp", "relevant"): "a LAC politician's remark: the text's 'a "
    "country ruled by the CCP' is no side now (RULED_BY), but the headline 'criticises CCP' still names "
    "the CCP as if a side. A gate 'a copy naming no exchange word is not relevant' was tried and "
    "dropped: copies word thanks, courtesy calls and exchanges in Spanish or Portuguese the exchange "
    "cues do not know",
}


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_cpc_side_named_indirectly_field(probe: Probe, name: str, expected):
    """Codebook, relevant: an IDCPC exchange needs the CPC/IDCPC as the Chinese side, however the
    page names it; the other fields follow the LAC actors and the exchange as reported."""
    record = record_of(probe)
    assert value_of(record, name) == expected


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def test_a_bracketed_acronym_after_a_lac_partys_name_stays_that_partys():
    """The negative of the CPC's bracketed acronym: "the Communist Party of Chile (PCCh)" is Chile's."""
    record = idcpc("SANTIAGO DE CHILE, March 12 (Prensa Latina) The Communist Party of Chile (PCCh) received "
                   "today a delegation of the Communist Party of China led by Sun Haiyan. The PCCh thanked "
                   "the visitors.", title="PCCh receives Chinese delegation", published="2025-03-12",
                   url=url(PL, "2025-03-12", 120))
    assert record.relevant and record.country == "Chile" and parties(record) == {PCCH}


def test_a_headline_naming_a_lac_party_at_a_gathering_of_world_parties_is_global():
    """A worldwide gathering named by description in the headline ("at seminar of world parties") has
    the LAC party as one of its guests: multilateral and global, as at a named platform."""
    record = idcpc("Beijing, June 5th—Leaders of the Communist Party of Cuba joined a theory seminar of "
                   "world political parties hosted by the CPC today.",
                   title="Cuban party at seminar of world parties", published="2024-06-05",
                   url=url(EN, "2024-06-05", 121))
    assert record.country == "multilateral" and "global" in record.mechanism


@pytest.mark.parametrize(("lead", "expected"), [
    ("CARACAS, Oct 16 (teleSUR) — The PSUV on Sunday hailed the 20th National Congress of the CCP.",
     "message"),
    ("HAVANA, July 1 (Prensa Latina) The Communist Party of Cuba greeted today the CPC on its 103rd "
     "anniversary.", "message"),
    # greeting visitors on an anniversary is no congratulation sent: the meeting is the exchange
    ("HAVANA, July 1 (Prensa Latina) Leaders of the Communist Party of Cuba greeted a delegation of the CPC "
     "today on the anniversary of the Moncada attack and held a meeting with it.", "meeting"),
])
def test_saluting_the_other_sides_occasion_is_a_congratulation(lead, expected):
    """idcpc.message: hailing, saluting or greeting the other side's congress, plenum or anniversary is
    congratulating it (a message); greeting its visitors is not."""
    record = idcpc(lead, title="Party greets the Chinese comrades", published="2024-07-01",
                   url=url(TELESUR, "2024-07-01", 125))
    assert record.relevant and record.event_type == expected


@pytest.mark.parametrize(("words", "relevant"), [
    ("warned on Monday against loans from a country ruled by the", False),
    ("said on Monday that trade under the rule of the", False),
    # "led by" is a delegation's head: the CPC side
    ("met on Monday with a delegation led by Liu Jianchao of the", True),
])
def test_the_cpc_as_what_rules_china_is_no_side(words, relevant):
    """party_side: "a country ruled by the Chinese Communist Party" describes China; the CPC is no side
    of an exchange there (codebook, relevant: an exchange between the CPC/IDCPC and LAC actors)."""
    text = (f"BUENOS AIRES, June 3 (teleSUR) — A deputy of the Republican Proposal party {words} Chinese "
            "Communist Party.")
    record = idcpc(text, title="Argentine deputy and Chinese loans", published="2024-06-03",
                   url=url(TELESUR, "2024-06-03", 126))
    assert record.relevant is relevant
