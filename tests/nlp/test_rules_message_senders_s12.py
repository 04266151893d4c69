"""Campaign 12G: IDCPC message pages, English and Chinese: who sends or receives on the LAC side (a
leader named without the party, the party's organ, newspaper, school or foundation, its youth or
women's wing, its international secretary, parliamentary group, faction, provincial committee, a
former president speaking for it, a coalition, a government in the party's name) and on the CPC side
(Xi as General Secretary, the Central Committee, the IDCPC and its officials, a provincial committee,
a letter handed over by the embassy); and what the message is called (greetings, salute, tribute,
solidarity message, statement, open letter, note, cable, card, video greeting, condolence book, a
post on social media; 贺词, 致辞, 声明, 公开信, 慰问, 悼念). Pages that are the message, and reports of
the LAC party's own event where the CPC's message is read out. Negatives: posts with no exchange,
LAC-to-LAC and non-LAC messages.

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import BL, DI, KE, NO, RL, Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_7{n:03d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_7{n:03d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMB_EN = "http://cu.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
MPP = "Movement of Popular Participation"
PCU = "Communist Party of Uruguay"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PTMX = "Labor Party (Mexico)"
MAS = "Movement for Socialism (Bolivia)"
FMLN = "Farabundo Martí National Liberation Front"
PCV = "Communist Party of Venezuela"
GPP = "Great Patriotic Pole"
RC = "Citizen Revolution Movement"
PACTO = "Historic Pact for Colombia"
LIBRE = "Liberty and Refoundation"
PPP = "People's Progressive Party/Civic"
PNP = "People's National Party"
PERU_LIBRE = "Free Peru"
PCP = "Peruvian Communist Party"
PCA = "Communist Party of Argentina"
PJ = "Justicialist Party"
URNG = "Guatemalan National Revolutionary Unity"
PRD_MX = "Party of the Democratic Revolution"


def msg(country: str, date: str | None, party_set: set[str], mechanism: set[str],
        event_type: str = "message", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


READ_AT_CONGRESS = ("a page on the LAC party's own congress or rally where the CPC's message is read out: a "
                    "message, or (rule 1: a message has no event around it) the congress, none of rule 2's "
                    "formats, so other")

PROBES: list[Probe] = [
    # ---- A. the LAC sender named without the party in the headline (the party only in the body) ----
    Probe("ortega-comandante-anniversary",
          "Comandante Daniel Ortega Greets Xi Jinping on the CPC's Anniversary",
          "Managua, July 1st--Comandante Daniel Ortega and Compañera Rosario Murillo sent a message on June "
          "30 to Xi Jinping, General Secretary of the CPC Central Committee, greeting the 100th anniversary "
          "of the Communist Party of China. Speaking for the Sandinista National Liberation Front, they "
          "praised the Chinese people's path and wished the friendship of the two parties a long life.",
          "2021-07-01", url(EN, "2021-07-01", 1),
          msg("Nicaragua", "2021-06-30", {FSLN}, BL)),
    Probe("lula-honorary-president-letter",
          "Lula Writes to Xi Jinping on His Re-election",
          "Brasília, October 24th--Luiz Inácio Lula da Silva, honorary president of Brazil's Workers' Party, "
          "sent a letter to Xi Jinping today to congratulate him on being re-elected General Secretary of "
          "the CPC Central Committee. Lula said he looked forward to deeper ties between the PT and the CPC.",
          "2022-10-25", url(EN, "2022-10-25", 2),
          msg("Brazil", "2022-10-24", {PT}, BL)),
    Probe("zh-raul-comrade-gugong",
          "劳尔·卡斯特罗同志致函习近平总书记",
          "本网讯 2月3日，古巴革命领导人、古共前中央第一书记劳尔·卡斯特罗同志致函中共中央总书记习近平，"
          "祝贺中国人民喜迎农历新春。劳尔在函中表示，古中两党两国情谊深厚，愿双方继续携手前行。",
          "2024-02-05", url(ZH, "2024-02-05", 3),
          msg("Cuba", "2024-02-03", {PCC}, BL), lang="zh"),
    Probe("maduro-president-only",
          "Nicolás Maduro Sends Message to Xi Jinping on the CPC Centenary",
          "Caracas, June 30th--Nicolás Maduro, President of the Bolivarian Republic of Venezuela, sent a "
          "message to Xi Jinping, General Secretary of the CPC Central Committee, on the coming centenary of "
          "the Communist Party of China, hailing what the Chinese people had achieved under its leadership.",
          "2021-07-01", url(EN, "2021-07-01", 4),
          msg("Venezuela", "2021-06-30", set(), BL),
          doubtful={"mechanism": "the page names no party; a coder may add leftist for the ruling party "
                                 "he knows, or keep bilateral only"}),
    Probe("zh-diaz-canel-title-first-secretary-only",
          "迪亚斯-卡内尔致电习近平",
          "本网讯 10月23日，古巴共产党中央第一书记、古巴国家主席迪亚斯-卡内尔致电习近平，"
          "热烈祝贺他再次当选中共中央总书记。迪亚斯-卡内尔表示，古共愿同中共加强治党治国经验交流。",
          "2022-10-24", url(ZH, "2022-10-24", 5),
          msg("Cuba", "2022-10-23", {PCC}, BL), lang="zh"),
    Probe("evo-jefe-mas-greetings-yesterday",
          "Evo Morales Sends New Year Greetings to the CPC",
          "La Paz, January 2nd--Evo Morales, who leads Bolivia's Movement for Socialism (MAS-IPSP), sent "
          "New Year greetings yesterday to the Communist Party of China and its General Secretary, wishing "
          "the Chinese people peace and prosperity.",
          "2020-01-03", url(EN, "2020-01-03", 6),
          msg("Bolivia", "2020-01-01", {MAS}, BL)),

    # ---- B. the party's organ, school, foundation, wings and officers ----
    Probe("granma-anniversary-liu-jianchao",
          "Liu Jianchao Congratulates Granma on Its 60th Anniversary",
          "Beijing, October 3rd--Liu Jianchao, who heads the CPC's International Department, sent a "
          "message today to the editors of Granma, the official newspaper of the Central Committee of the "
          "Communist Party of Cuba, on the 60th anniversary of its founding. He praised the paper's role in "
          "telling the story of the Cuban revolution and in deepening understanding between the two peoples.",
          "2025-10-03", url(EN, "2025-10-03", 7),
          msg("Cuba", "2025-10-03", {PCC}, BL)),
    Probe("perseu-abramo-foundation-letter",
          "Perseu Abramo Foundation Writes to the International Department",
          "Beijing, March 14th--The International Department of the CPC Central Committee has received a "
          "letter from the Perseu Abramo Foundation, the think tank of Brazil's Workers' Party, dated March "
          "9. Its president thanked the Department for hosting the foundation's researchers last year and "
          "proposed a joint study of poverty reduction.",
          "2024-03-14", url(EN, "2024-03-14", 8),
          msg("Brazil", "2024-03-09", {PT}, BL)),
    Probe("zh-nico-lopez-school-letter",
          "古共中央“尼科·洛佩斯”高级党校致函中联部",
          "本网讯 古巴共产党中央“尼科·洛佩斯”高级党校校长近日致函中联部，感谢中方为古方学员举办研修活动，"
          "表示愿同中共中央党校等机构深化交流合作。",
          "2023-06-12", url(ZH, "2023-06-12", 9),
          msg("Cuba", None, {PCC}, BL), lang="zh"),
    Probe("ujc-youth-wing-centenary",
          "Cuban Communist Youth Send Greetings on the CPC Centenary",
          "Havana, June 29th--The Young Communist League, the youth organisation of the Communist Party of "
          "Cuba, sent a message of greetings to the Communist Party of China today on its 100th anniversary, "
          "saying Cuban young people admire the energy of China's new generation.",
          "2021-06-30", url(EN, "2021-06-30", 10),
          msg("Cuba", "2021-06-29", {PCC}, BL)),
    Probe("pt-women-secretariat-march8",
          "Women's Secretariat of Brazil's Workers' Party Writes to the IDCPC",
          "Beijing, March 8th--The National Women's Secretariat of the Workers' Party of Brazil sent a "
          "message to the International Department of the CPC Central Committee on International Women's "
          "Day, proposing exchanges between women cadres of the two parties.",
          "2023-03-09", url(EN, "2023-03-09", 11),
          msg("Brazil", "2023-03-08", {PT}, BL)),
    Probe("pt-international-secretary-condolence",
          "PT's International Relations Secretary Sends Condolences",
          "Beijing, December 1st--Romênio Pereira, secretary for international relations of the Workers' "
          "Party of Brazil, sent a message of condolence to the International Department of the CPC Central "
          "Committee on November 30 over the passing of comrade Jiang Zemin.",
          "2022-12-01", url(EN, "2022-12-01", 12),
          msg("Brazil", "2022-11-30", {PT}, BL)),
    Probe("zh-pcdob-international-secretary-letter",
          "巴西共产党国际关系书记致函中联部",
          "本网讯 9月20日，巴西共产党国际关系书记安娜·普列斯特斯致函中联部，祝贺中华人民共和国成立74周年，"
          "表示巴共珍视同中国共产党的友好关系。",
          "2023-09-22", url(ZH, "2023-09-22", 13),
          msg("Brazil", "2023-09-20", {PCDOB}, BL), lang="zh"),
    Probe("fa-parliamentary-group-message",
          "Broad Front's Parliamentary Group Sends Message to the CPC",
          "Montevideo, November 12th--Members of the Broad Front's group in Uruguay's General Assembly sent "
          "a joint message to the Communist Party of China on November 11, thanking it for receiving their "
          "delegation and hoping to learn more about China's whole-process people's democracy.",
          "2024-11-13", url(EN, "2024-11-13", 14),
          msg("Uruguay", "2024-11-11", {FA}, BL)),
    Probe("mpp-faction-of-broad-front",
          "Uruguay's MPP Greets the CPC",
          "Montevideo, October 1st--The Movement of Popular Participation (MPP), the largest group within "
          "Uruguay's Broad Front coalition, sent greetings to the Communist Party of China today on the "
          "anniversary of the People's Republic.",
          "2019-10-02", url(EN, "2019-10-02", 15),
          msg("Uruguay", "2019-10-01", {MPP}, BL),
          doubtful={"parties": "the faction's coalition is named as its frame, not as a sender; a coder "
                               "may list the Broad Front too"}),
    Probe("pcc-havana-provincial-committee-shanghai",
          "PCC Havana Provincial Committee Sends Sympathy to CPC Shanghai Committee",
          "Shanghai, April 10th--The Havana Provincial Committee of the Communist Party of Cuba sent a "
          "message of sympathy to the Shanghai Municipal Committee of the CPC on April 8, wishing the city's "
          "people a swift victory over the epidemic.",
          "2022-04-10", url(EN, "2022-04-10", 16),
          msg("Cuba", "2022-04-08", {PCC}, BL)),
    Probe("correa-former-president-for-rc",
          "Rafael Correa Writes to the CPC on Behalf of the Citizen Revolution",
          "Quito, July 2nd--Former Ecuadorian President Rafael Correa, speaking for the Citizen Revolution "
          "Movement, sent a letter to the Communist Party of China on June 30 to congratulate it on its "
          "anniversary.",
          "2023-07-02", url(EN, "2023-07-02", 17),
          msg("Ecuador", "2023-06-30", {RC}, BL)),
    Probe("gpp-coalition-greetings",
          "Great Patriotic Pole of Venezuela Congratulates the CPC",
          "Caracas, October 17th--The Great Patriotic Pole Simón Bolívar, Venezuela's coalition of "
          "revolutionary parties and movements, sent a message of congratulations to the Communist Party of "
          "China on October 16 on the opening of its 20th National Congress.",
          "2022-10-18", url(EN, "2022-10-18", 18),
          msg("Venezuela", "2022-10-16", {GPP}, BL)),
    Probe("historic-pact-coalition-letter",
          "Historic Pact for Colombia Sends Greetings",
          "Bogotá, October 2nd--Leaders of the Historic Pact for Colombia sent a letter of greetings to the "
          "International Department of the CPC Central Committee today on China's National Day, voicing "
          "their wish to learn from China's experience in rural development.",
          "2023-10-03", url(EN, "2023-10-03", 19),
          msg("Colombia", "2023-10-02", {PACTO}, BL)),
    Probe("nicaragua-government-and-fsln",
          "Government of Nicaragua and the FSLN Send Condolences",
          "Managua, November 30th--The Government of Reconciliation and National Unity of Nicaragua and the "
          "Sandinista National Liberation Front sent a joint message of condolence to the Communist Party of "
          "China and the Chinese people today over the passing of Jiang Zemin.",
          "2022-12-01", url(EN, "2022-12-01", 20),
          msg("Nicaragua", "2022-11-30", {FSLN}, BL)),
    Probe("zh-pcc-and-government-in-party-name",
          "古巴共产党和古巴政府向中方致慰问电",
          "本网讯 8月7日，古巴共产党中央委员会和古巴政府联名致电中共中央和中国政府，"
          "就中国北方遭受严重洪涝灾害表示慰问，祝愿灾区人民早日重建家园。",
          "2023-08-09", url(ZH, "2023-08-09", 21),
          msg("Cuba", "2023-08-07", {PCC}, BL), lang="zh"),
    Probe("zh-pt-youth-wing",
          "巴西劳工党青年组织致函中共",
          "本网讯 5月4日，巴西劳工党青年组织全国书记致函中国共产党，纪念五四运动105周年，"
          "表示愿同中国青年加强交流。",
          "2024-05-06", url(ZH, "2024-05-06", 22),
          msg("Brazil", "2024-05-04", {PT}, BL), lang="zh"),
    Probe("morena-national-council-president",
          "President of Morena's National Council Writes to the CPC",
          "Mexico City, February 9th--Alfonso Durazo, who presides over the National Council of Mexico's "
          "National Regeneration Movement, sent a letter to the Communist Party of China on Thursday, "
          "wishing the Chinese people a happy Spring Festival.",
          "2024-02-09", url(EN, "2024-02-09", 23),
          msg("Mexico", "2024-02-08", {MORENA}, BL)),
    Probe("zh-psuv-state-committee-yunnan",
          "委内瑞拉统一社会主义党卡拉沃沃州委员会致函云南省委",
          "本网讯 11月15日，委内瑞拉统一社会主义党卡拉沃沃州委员会致函中共云南省委，"
          "感谢云南省委此前接待该党干部考察团，希望双方在地方层面加强交往。",
          "2023-11-17", url(ZH, "2023-11-17", 24),
          msg("Venezuela", "2023-11-15", {PSUV}, BL), lang="zh"),

    # ---- C. the CPC side: Xi as General Secretary, the Central Committee, the IDCPC, its officials,
    #      a provincial committee, the embassy handing over a letter ----
    Probe("xi-general-secretary-diaz-canel-reelected",
          "Xi Jinping Congratulates Díaz-Canel on Re-election as PCC First Secretary",
          "Beijing, April 19th--Xi Jinping, General Secretary of the CPC Central Committee, sent a message "
          "today to Miguel Díaz-Canel Bermúdez, warmly congratulating him on his election as First "
          "Secretary of the Central Committee of the Communist Party of Cuba.",
          "2021-04-19", url(EN, "2021-04-19", 30),
          msg("Cuba", "2021-04-19", {PCC}, BL)),
    Probe("cpc-cc-fmln-convention",
          "CPC Central Committee Sends Greetings to the FMLN's National Convention",
          "Beijing, November 26th--The Central Committee of the Communist Party of China sent a message of "
          "greetings on November 25 to the National Convention of El Salvador's Farabundo Martí National "
          "Liberation Front, wishing the gathering full success.",
          "2023-11-26", url(EN, "2023-11-26", 31),
          msg("El Salvador", "2023-11-25", {FMLN}, BL)),
    Probe("idcpc-condolence-pcv-leader",
          "IDCPC Mourns the Passing of a Veteran Leader of the Communist Party of Venezuela",
          "Beijing, March 5th--The International Department of the CPC Central Committee sent a message of "
          "condolence to the Central Committee of the Communist Party of Venezuela yesterday on the death of "
          "one of its founding-generation leaders.",
          "2020-03-05", url(EN, "2020-03-05", 32),
          msg("Venezuela", "2020-03-04", {PCV}, BL)),
    Probe("vice-minister-letter-morena-president",
          "Sun Haiyan Writes to Morena's President",
          "Beijing, August 21st--Sun Haiyan, a vice minister of the CPC's International Department, sent a "
          "letter on August 20 to Luisa María Alcalde, the new president of Mexico's National Regeneration "
          "Movement, congratulating her on taking office.",
          "2024-08-21", url(EN, "2024-08-21", 33),
          msg("Mexico", "2024-08-20", {MORENA}, BL)),
    Probe("zh-provincial-committee-greets-pt-state",
          "中共广东省委致函巴西劳工党圣保罗州委员会",
          "本网讯 1月10日，中共广东省委致函巴西劳工党圣保罗州委员会，祝贺新年，"
          "回顾双方近年来的友好交往，表示愿深化地方党际合作。",
          "2024-01-12", url(ZH, "2024-01-12", 34),
          msg("Brazil", "2024-01-10", {PT}, BL), lang="zh"),
    Probe("embassy-hands-over-xi-reply-pt",
          "Chinese Ambassador Delivers Xi Jinping's Reply Letter to PT President",
          "Brasília, March 3rd--Zhu Qingqiao, China's Ambassador to Brazil, today handed Gleisi Hoffmann, "
          "president of the Workers' Party, a reply letter from Xi Jinping, General Secretary of the CPC "
          "Central Committee. In the letter Xi thanked the PT for its greetings and said the two parties "
          "should keep sharing experience in governance.",
          "2023-03-04", url(EN, "2023-03-04", 35),
          msg("Brazil", "2023-03-03", {PT}, BL),
          doubtful={"event_type": "the handing-over is a meeting with an envoy; the headline names the "
                                  "letter, which is the exchange between the parties"}),
    Probe("zh-xi-reply-letter-pcch",
          "习近平复信智利共产党总书记",
          "新华社北京6月18日电 6月17日，中共中央总书记习近平复信智利共产党总书记劳塔罗·卡莫纳，"
          "感谢他来信祝贺，表示中共愿同智共加强交往。",
          "2024-06-18", url(ZH, "2024-06-18", 36),
          msg("Chile", "2024-06-17", {PCCH}, BL), lang="zh"),
    Probe("liu-haixing-card-psch",
          "IDCPC Minister Sends Card to Socialist Party of Chile",
          "Beijing, December 28th--Liu Haixing, who now leads the CPC's International Department, sent a New "
          "Year card to Paulina Vodanovic, president of the Socialist Party of Chile, on December 27, "
          "wishing the party and the Chilean people a good new year.",
          "2025-12-28", url(EN, "2025-12-28", 37),
          msg("Chile", "2025-12-27", {PSCH}, BL)),

    # ---- D. what the message is called ----
    Probe("pcdob-salutes-cpc",
          "Communist Party of Brazil Salutes the CPC on Its 102nd Anniversary",
          "São Paulo, July 1st--Luciana Santos, president of the Communist Party of Brazil, sent a "
          "salute to the Communist Party of China today on the 102nd anniversary of its founding.",
          "2023-07-02", url(EN, "2023-07-02", 40),
          msg("Brazil", "2023-07-01", {PCDOB}, BL)),
    Probe("pcc-homage-mao-birth",
          "PCC Pays Homage to Mao Zedong on the 130th Anniversary of His Birth",
          "Havana, December 26th--The Central Committee of the Communist Party of Cuba sent a message of "
          "homage to the Communist Party of China today on the 130th anniversary of Mao Zedong's birth, "
          "recalling his place in the history of the world's peoples.",
          "2023-12-27", url(EN, "2023-12-27", 41),
          msg("Cuba", "2023-12-26", {PCC}, BL)),
    Probe("pcu-tribute-letter",
          "Communist Party of Uruguay Sends Tribute on the Passing of Comrade Jiang Zemin",
          "Montevideo, December 2nd--The Communist Party of Uruguay sent a letter of tribute to the CPC "
          "Central Committee on December 1, honouring the memory of Jiang Zemin.",
          "2022-12-03", url(EN, "2022-12-03", 42),
          msg("Uruguay", "2022-12-01", {PCU}, BL)),
    Probe("cpc-solidarity-pcc-hurricane",
          "CPC Sends Solidarity Message to the Communist Party of Cuba after Hurricane Ian",
          "Beijing, September 30th--The International Department of the CPC Central Committee sent a "
          "message of solidarity to the Central Committee of the Communist Party of Cuba on Thursday after "
          "Hurricane Ian swept through the west of the island.",
          "2022-09-30", url(EN, "2022-09-30", 43),
          msg("Cuba", "2022-09-29", {PCC}, BL)),
    Probe("psuv-pledge-one-china",
          "PSUV Pledges Support for China's Reunification",
          "Caracas, August 4th--The United Socialist Party of Venezuela sent a message to the International "
          "Department of the CPC Central Committee on August 3 pledging its firm support for the one-China "
          "principle.",
          "2022-08-04", url(EN, "2022-08-04", 44),
          msg("Venezuela", "2022-08-03", {PSUV}, BL)),
    Probe("pcch-statement-of-support-sent",
          "Communist Party of Chile Sends Statement of Support to the CPC",
          "Santiago, August 5th--The Communist Party of Chile sent the International Department of the CPC "
          "Central Committee a statement of support today, reaffirming its adherence to the one-China "
          "principle.",
          "2022-08-06", url(EN, "2022-08-06", 45),
          msg("Chile", "2022-08-05", {PCCH}, BL)),
    Probe("fsln-open-letter",
          "Open Letter from the FSLN to the Communist Party of China",
          "Managua, January 10th--The National Leadership of the Sandinista National Liberation Front "
          "published an open letter to the Communist Party of China today, thanking it for its support "
          "during the pandemic and for the vaccines donated to Nicaragua.",
          "2022-01-11", url(EN, "2022-01-11", 46),
          msg("Nicaragua", "2022-01-10", {FSLN}, BL)),
    Probe("ppp-note-of-thanks",
          "Guyana's PPP/C Sends Note of Thanks",
          "Georgetown, May 16th--The People's Progressive Party/Civic of Guyana sent a note of thanks to "
          "the International Department of the CPC Central Committee on May 15 for the training its young "
          "cadres had received in China.",
          "2024-05-17", url(EN, "2024-05-17", 47),
          msg("Guyana", "2024-05-15", {PPP}, BL)),
    Probe("pnp-jamaica-cable",
          "People's National Party of Jamaica Sends Cable to the CPC",
          "Kingston, October 2nd--Mark Golding, president of Jamaica's People's National Party, sent a "
          "cable yesterday to the Communist Party of China to congratulate it on National Day.",
          "2023-10-02", url(EN, "2023-10-02", 48),
          msg("Jamaica", "2023-10-01", {PNP}, BL)),
    Probe("libre-telegram-condolence",
          "Honduras' LIBRE Party Sends Telegram of Condolence",
          "Tegucigalpa, December 1st--The Liberty and Refoundation Party (LIBRE) of Honduras sent a "
          "telegram of condolence to the CPC Central Committee today over the death of Jiang Zemin.",
          "2022-12-02", url(EN, "2022-12-02", 49),
          msg("Honduras", "2022-12-01", {LIBRE}, BL)),
    Probe("psuv-video-greeting-anniversary",
          "PSUV Leader Sends Video Greeting to the CPC",
          "Caracas, June 30th--Diosdado Cabello, first vice president of the United Socialist Party of "
          "Venezuela, sent a video greeting to the Communist Party of China on Wednesday ahead of the 100th "
          "anniversary of its founding.",
          "2021-06-30", url(EN, "2021-06-30", 50),
          msg("Venezuela", "2021-06-30", {PSUV}, BL)),
    Probe("mas-recorded-message-new-year",
          "MAS Leader's Recorded Message to the CPC",
          "La Paz, February 10th--Leaders of Bolivia's Movement for Socialism sent a recorded message to "
          "the Communist Party of China today to greet the Chinese New Year.",
          "2024-02-11", url(EN, "2024-02-11", 51),
          msg("Bolivia", "2024-02-10", {MAS}, BL)),
    Probe("peru-parties-condolence-book",
          "Peruvian Party Leaders Sign Condolence Book for Jiang Zemin",
          "Lima, December 5th--Leaders of Free Peru and of the Peruvian Communist Party went to the Chinese "
          "Embassy in Lima today to sign the book of condolence for comrade Jiang Zemin and laid a wreath "
          "in his memory.",
          "2022-12-06", url(EN, "2022-12-06", 52),
          msg("Peru", "2022-12-05", {PERU_LIBRE, PCP}, BL),
          doubtful={"event_type": "a visit to the embassy to mourn is a condolence, but it is also a "
                                  "call on the embassy"}),
    Probe("diaz-canel-message-chinese-people",
          "Díaz-Canel's New Year Message to the Chinese People",
          "Havana, February 9th--Miguel Díaz-Canel, First Secretary of the Central Committee of the "
          "Communist Party of Cuba, sent a message to the Communist Party of China and the Chinese people "
          "today, wishing them a happy Year of the Dragon.",
          "2024-02-10", url(EN, "2024-02-10", 53),
          msg("Cuba", "2024-02-09", {PCC}, BL)),
    Probe("maduro-post-on-x-congress",
          "Maduro Congratulates the CPC in a Post on X",
          "Caracas, October 23rd--Nicolás Maduro, president of the United Socialist Party of Venezuela, "
          "congratulated Xi Jinping today on his re-election as General Secretary of the CPC Central "
          "Committee in a message posted on his account on X, formerly Twitter.",
          "2022-10-24", url(EN, "2022-10-24", 54),
          msg("Venezuela", "2022-10-23", {PSUV}, BL)),
    Probe("arce-facebook-greetings",
          "Bolivia's MAS Posts Greetings to the CPC on Facebook",
          "La Paz, July 1st--The Movement for Socialism posted a message of greetings to the Communist "
          "Party of China on its Facebook page today, on the 103rd anniversary of its founding.",
          "2024-07-02", url(EN, "2024-07-02", 55),
          msg("Bolivia", "2024-07-01", {MAS}, BL)),

    # ---- E. Chinese names of messages ----
    Probe("zh-hecihe-pcch-new-year",
          "智利共产党总书记发来新年贺词",
          "本网讯 1月1日，智利共产党总书记卡莫纳向中国共产党发来新年贺词，"
          "祝愿中国人民新年快乐，期待两党关系在新的一年取得新进展。",
          "2024-01-03", url(ZH, "2024-01-03", 60),
          msg("Chile", "2024-01-01", {PCCH}, BL), lang="zh"),
    Probe("zh-video-zhici-fsln",
          "桑解阵领导人发表视频致辞祝贺中共成立一百周年",
          "本网讯 6月28日，尼加拉瓜桑地诺民族解放阵线总书记奥尔特加发表视频致辞，"
          "热烈祝贺中国共产党成立一百周年，称赞中共带领人民取得历史性成就。",
          "2021-06-29", url(ZH, "2021-06-29", 61),
          msg("Nicaragua", "2021-06-28", {FSLN}, BL), lang="zh"),
    Probe("zh-shengming-pt-to-idcpc",
          "巴西劳工党致函中联部发表声明支持一个中国原则",
          "本网讯 8月3日，巴西劳工党致函中联部，发表声明重申坚定奉行一个中国原则，支持中方维护国家主权。",
          "2022-08-05", url(ZH, "2022-08-05", 62),
          msg("Brazil", "2022-08-03", {PT}, BL), lang="zh"),
    Probe("zh-gongkaixin-pcv",
          "委内瑞拉共产党致中国共产党的公开信",
          "本网讯 委内瑞拉共产党中央政治局9月25日发表致中国共产党的公开信，"
          "感谢中方长期以来给予的理解和支持，愿加强两党交流。",
          "2019-09-27", url(ZH, "2019-09-27", 63),
          msg("Venezuela", "2019-09-25", {PCV}, BL), lang="zh"),
    Probe("zh-weiwen-cpc-to-pcc-fire",
          "中共中央对外联络部向古巴共产党致慰问电",
          "本网讯 8月7日，中联部致电古巴共产党中央国际关系部，就马坦萨斯油库火灾造成人员伤亡表示慰问。",
          "2022-08-08", url(ZH, "2022-08-08", 64),
          msg("Cuba", "2022-08-07", {PCC}, BL), lang="zh"),
    Probe("zh-daonian-pcdob-condolence-book",
          "巴西共产党领导人赴中国驻巴西使馆悼念",
          "本网讯 12月2日，巴西共产党主席卢西亚娜·桑托斯前往中国驻巴西使馆吊唁，"
          "在吊唁簿上题词悼念江泽民同志。",
          "2022-12-04", url(ZH, "2022-12-04", 65),
          msg("Brazil", "2022-12-02", {PCDOB}, BL), lang="zh",
          doubtful={"event_type": "a visit to the embassy to mourn: a condolence, or a call on the envoy"}),
    Probe("zh-weibo-post-pt",
          "巴西劳工党主席在社交媒体发文祝贺中共二十大召开",
          "本网讯 10月16日，巴西劳工党主席格莱西·霍夫曼在社交媒体发文，"
          "祝贺中国共产党第二十次全国代表大会开幕，"
          "表示期待劳工党同中共深化交流互鉴。",
          "2022-10-17", url(ZH, "2022-10-17", 66),
          msg("Brazil", "2022-10-16", {PT}, BL), lang="zh"),
    Probe("zh-hedian-libre-xi",
          "洪都拉斯自由与重建党致电习近平",
          "本网讯 3月26日，洪都拉斯自由与重建党总协调人塞拉亚致电中共中央总书记习近平，祝贺中洪建交，"
          "表示自由与重建党愿同中共建立联系。",
          "2023-03-28", url(ZH, "2023-03-28", 67),
          msg("Honduras", "2023-03-26", {LIBRE}, BL), lang="zh"),
    Probe("zh-xi-kouxin-mas",
          "习近平同玻利维亚争取社会主义运动领导人互致贺信",
          "新华社北京10月1日电 日前，玻利维亚争取社会主义运动领导人致信习近平，祝贺中华人民共和国成立75周年。"
          "习近平复信表示感谢。",
          "2024-10-01", url(ZH, "2024-10-01", 68),
          msg("Bolivia", None, {MAS}, BL), lang="zh"),
    Probe("zh-trad-hk-fmln-condolence",
          "法拉本多·馬蒂民族解放陣線致唁電",
          "【本報訊】薩爾瓦多法拉本多·馬蒂民族解放陣線11月30日致電中共中央，對江澤民同志逝世表示深切哀悼。",
          "2022-12-01", url(HK_ZH, "2022-12-01", 69),
          msg("El Salvador", "2022-11-30", {FMLN}, BL), lang="zh"),
    Probe("zh-trad-hk-pcc-greets-cpc",
          "古巴共產黨致賀中共百年",
          "【本報訊】古巴共產黨中央委員會6月30日致函中國共產黨中央委員會，祝賀中國共產黨成立一百週年，"
          "表示古共與中共是志同道合的好同志、好朋友。",
          "2021-07-01", url(HK_ZH, "2021-07-01", 70),
          msg("Cuba", "2021-06-30", {PCC}, BL), lang="zh"),
    Probe("zh-agency-morena-letter",
          "墨西哥国家复兴运动党致函中共",
          " date 2023-07-03\n新闻中心 | 首页 | 时政 | 国际 | 财经\n当前位置：首页 > 国际\n"
          "新华社墨西哥城7月2日电 墨西哥国家复兴运动党全国主席马里奥·德尔加多1日致函中国共产党，"
          "祝贺中共成立102周年，期待两党开展治国理政经验交流。\n责任编辑：李明",
          "2023-07-03", url(AGENCY_ZH, "2023-07-03", 71),
          msg("Mexico", "2023-07-01", {MORENA}, BL), lang="zh"),
    Probe("zh-paper-urng-letter",
          "危地马拉全国革命联盟致函中联部",
          "危地马拉全国革命联盟总书记日前致函中联部，感谢中方邀请该党干部来华研修，"
          "表示愿继续加强两党友好往来。\n《 日报 》（ 2023年05月12日　 第 03 版）\n",
          "2023-05-12", url(PAPER_ZH, "2023-05-12", 72),
          msg("Guatemala", None, {URNG}, BL), lang="zh"),

    # ---- F. pages that ARE the message ----
    Probe("fulltext-cpc-to-fsln-anniversary",
          "Full Text: Message of the CPC Central Committee to the FSLN",
          "Full text of the message sent by the Central Committee of the Communist Party of China to the "
          "Sandinista National Liberation Front on the 45th anniversary of the Sandinista revolution:\n"
          "Dear comrades,\nOn this anniversary we send our warm congratulations to the FSLN and to the "
          "people of Nicaragua. The Communist Party of China stands ready to work with you for an even "
          "closer friendship.\nCentral Committee of the Communist Party of China\nJuly 18, 2024",
          "2024-07-19", url(EN, "2024-07-19", 80),
          msg("Nicaragua", "2024-07-18", {FSLN}, BL)),
    Probe("letter-pt-signature-spanish-style",
          "Letter from the Workers' Party of Brazil",
          "Estimado camarada Liu Jianchao,\nOn behalf of the National Executive Committee of the Workers' "
          "Party, I thank you and your Department for the warm hospitality our delegation enjoyed in Beijing "
          "and Chongqing. We look forward to the next round of exchanges between our parties.\nFraternally,\n"
          "Romênio Pereira\nSecretary for International Relations, PT\nSão Paulo, 14 de noviembre de 2023",
          "2023-11-20", url(EN, "2023-11-20", 81),
          msg("Brazil", "2023-11-14", {PT}, BL)),
    Probe("letter-translation-note-pcv",
          "Message from the Communist Party of Venezuela to the CPC (Translation)",
          "Dear comrades of the Communist Party of China,\nThe Political Bureau of the Communist Party of "
          "Venezuela greets you on the anniversary of the founding of the People's Republic of China and "
          "wishes your people new successes.\nPolitical Bureau of the Central Committee\nCommunist Party of "
          "Venezuela\n(Translated from the Spanish by the IDCPC; the original is kept on file.)",
          "2019-10-04", url(EN, "2019-10-04", 82),
          msg("Venezuela", None, {PCV}, BL)),
    Probe("zh-fulltext-xi-letter-ppp",
          "习近平致圭亚那人民进步党总书记贺信全文",
          "尊敬的贾格迪奥总书记：\n值此圭亚那人民进步党成立75周年之际，我谨代表中国共产党中央委员会，"
          "向你并通过你向人民进步党全体党员致以热烈祝贺。\n中共中央总书记 习近平\n2025年1月1日",
          "2025-01-02", url(ZH, "2025-01-02", 83),
          msg("Guyana", "2025-01-01", {PPP}, BL), lang="zh"),
    Probe("letter-fa-president-no-date",
          "Greetings from Uruguay's Broad Front",
          "Estimados compañeros,\nThe Broad Front of Uruguay sends its fraternal greetings to the Communist "
          "Party of China and wishes you success in your work for the good of the Chinese people.\n"
          "Fernando Pereira\nPresident, Frente Amplio",
          "2023-09-30", url(EN, "2023-09-30", 84),
          msg("Uruguay", None, {FA}, BL)),

    # ---- G. the LAC party's own event, where the CPC's message is read out ----
    Probe("pcc-congress-opens-cpc-message-read",
          "Eighth PCC Congress Opens in Havana; CPC's Message Read to Delegates",
          "Havana, April 16th--The Eighth Congress of the Communist Party of Cuba opened here today. At the "
          "opening session the congratulatory message of the Central Committee of the Communist Party of "
          "China was read to the delegates, who greeted it with applause.",
          "2021-04-17", url(EN, "2021-04-17", 90),
          msg("Cuba", "2021-04-16", {PCC}, BL),
          doubtful={"event_type": READ_AT_CONGRESS}),
    Probe("fmln-anniversary-rally-greeting",
          "FMLN Marks Its Anniversary; CPC Greeting Read at the Rally",
          "San Salvador, October 11th--Thousands of members of the Farabundo Martí National Liberation "
          "Front gathered in the capital on Saturday to mark the party's 43rd anniversary. A greeting from "
          "the International Department of the CPC Central Committee was read at the rally.",
          "2023-10-11", url(EN, "2023-10-11", 91),
          msg("El Salvador", "2023-10-07", {FMLN}, BL),
          doubtful={"event_date": "the greeting was read at Saturday's rally; the day it was sent is not "
                                  "written, so the rally's day or the dateline's",
                    "event_type": READ_AT_CONGRESS}),
    Probe("zh-pt-congress-idcpc-video",
          "巴西劳工党全国代表大会开幕 中联部部长视频致辞",
          "本网讯 8月2日，巴西劳工党第八次全国代表大会在巴西利亚开幕。中联部部长刘建超应邀发表视频致辞，"
          "祝贺大会召开，表示中共愿同劳工党深化交流合作。",
          "2025-08-03", url(ZH, "2025-08-03", 92),
          msg("Brazil", "2025-08-02", {PT}, BL), lang="zh",
          doubtful={"event_type": READ_AT_CONGRESS}),
    Probe("sao-paulo-forum-cpc-letter-read",
          "São Paulo Forum Meeting Held in Caracas; CPC Letter Read",
          "Caracas, July 26th--The 25th meeting of the São Paulo Forum, hosted by the United Socialist Party "
          "of Venezuela, opened here today with parties from across Latin America and the Caribbean. A "
          "letter of greetings from the International Department of the CPC Central Committee was read "
          "at the opening.",
          "2019-07-27", url(EN, "2019-07-27", 93),
          msg("multilateral", "2019-07-26", {PSUV}, RL, event_type="forum", content=KE)),
    Probe("zh-pcch-congress-cpc-message",
          "智利共产党举行第二十七次全国代表大会 中共中央致贺电",
          "本网讯 智利共产党第二十七次全国代表大会12月8日在圣地亚哥召开。中共中央向大会致贺电，"
          "贺电在开幕式上宣读。",
          "2024-12-10", url(ZH, "2024-12-10", 94),
          msg("Chile", "2024-12-08", {PCCH}, BL), lang="zh",
          doubtful={"event_type": READ_AT_CONGRESS}),
    Probe("cpc-video-address-to-pt-seminar",
          "IDCPC Vice Minister Gives Video Address to PT-CPC Theory Seminar",
          "Beijing, May 23rd--A theory seminar on governance held online by the Workers' Party of Brazil and "
          "the CPC opened today. Sun Haiyan, vice minister of the International Department, addressed it by "
          "video, and some fifty cadres of the two parties took part.",
          "2024-05-23", url(EN, "2024-05-23", 95),
          msg("Brazil", "2024-05-23", {PT}, BL, event_type="seminar", content=KE)),

    # ---- H. several senders or receivers ----
    Probe("cards-to-several-lac-parties",
          "IDCPC Sends New Year Cards to Latin American Parties",
          "Beijing, December 30th--The International Department of the CPC Central Committee sent New Year "
          "cards this week to the leaders of the Communist Party of Cuba, the Workers' Party of Brazil and "
          "the National Regeneration Movement of Mexico, among other parties of the region.",
          "2023-12-30", url(EN, "2023-12-30", 100),
          msg("multilateral", None, {PCC, PT, MORENA}, RL)),
    Probe("fa-and-pcu-joint-message",
          "Uruguay's Broad Front and Communist Party Send Joint Message",
          "Montevideo, October 18th--The Broad Front and the Communist Party of Uruguay sent a joint message "
          "to the Communist Party of China on October 17, congratulating it on the opening of its 20th "
          "National Congress.",
          "2022-10-18", url(EN, "2022-10-18", 101),
          msg("Uruguay", "2022-10-17", {FA, PCU}, BL)),
    Probe("zh-argentina-two-parties-hedian",
          "阿根廷正义党和阿根廷共产党致电祝贺",
          "本网讯 10月22日，阿根廷正义党和阿根廷共产党分别致电中共中央，祝贺中共二十大胜利闭幕。",
          "2022-10-24", url(ZH, "2022-10-24", 102),
          msg("Argentina", "2022-10-22", {PJ, PCA}, BL), lang="zh"),
    Probe("mexico-three-parties-letters",
          "Mexican Parties Write to the CPC",
          "Mexico City, July 2nd--The National Regeneration Movement, the Labor Party and the Party of the "
          "Democratic Revolution each sent letters to the Communist Party of China on July 1 to greet its "
          "102nd anniversary.",
          "2023-07-02", url(EN, "2023-07-02", 103),
          msg("Mexico", "2023-07-01", {MORENA, PTMX, PRD_MX}, BL)),

    # ---- N. negatives ----
    Probe("neg-lula-post-praises-china",
          "Lula Praises China's Fight against Poverty",
          "Brasília, March 2nd--Brazilian President Luiz Inácio Lula da Silva wrote on social media today "
          "that Brazil could learn from China's record in lifting people out of poverty, after reading a "
          "report by the World Bank.",
          "2024-03-03", url(AGENCY_EN, "2024-03-03", 110), NO),
    Probe("neg-pcc-to-fsln-anniversary",
          "Communist Party of Cuba Greets the FSLN on the Revolution's Anniversary",
          "Havana, July 19th--The Central Committee of the Communist Party of Cuba sent a message to the "
          "Sandinista National Liberation Front today on the 45th anniversary of the Sandinista revolution.",
          "2024-07-20", url(AGENCY_EN, "2024-07-20", 111), NO),
    Probe("zh-neg-pcc-to-psuv",
          "古巴共产党致电委内瑞拉统一社会主义党",
          "新华社哈瓦那3月5日电 古巴共产党中央委员会5日致电委内瑞拉统一社会主义党，纪念查韦斯逝世十周年。",
          "2023-03-06", url(AGENCY_ZH, "2023-03-06", 112), NO, lang="zh"),
    Probe("neg-cpc-to-portuguese-cp",
          "CPC Congratulates the Portuguese Communist Party on Its Congress",
          "Beijing, December 13th--The Central Committee of the Communist Party of China sent a message of "
          "congratulations to the Portuguese Communist Party today on the opening of its 22nd Congress in "
          "Almada.",
          "2024-12-13", url(EN, "2024-12-13", 113), NO),
    Probe("neg-cpc-to-psoe",
          "IDCPC Sends Greetings to Spain's Socialist Workers' Party",
          "Beijing, November 29th--The International Department of the CPC Central Committee sent greetings "
          "to the Spanish Socialist Workers' Party today on its 41st Federal Congress in Seville.",
          "2024-11-29", url(EN, "2024-11-29", 114), NO),
    Probe("neg-xi-to-wpk",
          "Xi Jinping Sends Message to the Workers' Party of Korea",
          "Beijing, October 10th--Xi Jinping, General Secretary of the CPC Central Committee, sent a message "
          "of congratulations today to the Workers' Party of Korea on the 80th anniversary of its founding.",
          "2025-10-10", url(EN, "2025-10-10", 115), NO),
    Probe("zh-neg-cpc-to-vietnam",
          "中共中央致电越南共产党",
          "新华社北京2月3日电 2月3日，中共中央致电越南共产党中央委员会，祝贺越南共产党成立95周年。",
          "2025-02-03", url(ZH, "2025-02-03", 116), NO, lang="zh"),
    Probe("neg-ndc-ghana",
          "CPC Greets Ghana's National Democratic Congress",
          "Beijing, January 8th--The International Department of the CPC Central Committee sent a message "
          "today to the National Democratic Congress of Ghana, congratulating it on its victory in the "
          "general election.",
          "2025-01-08", url(EN, "2025-01-08", 117), NO),
    Probe("neg-xi-thanks-parties-no-lac",
          "Xi Jinping Thanks Foreign Parties for Their Messages",
          "Beijing, October 28th--Xi Jinping, General Secretary of the CPC Central Committee, sent messages "
          "of thanks today to the leaders of political parties of many countries who had congratulated the "
          "CPC on its 20th National Congress.",
          "2022-10-28", url(EN, "2022-10-28", 118), NO),
    Probe("zh-neg-cuban-ambassador-article",
          "古巴驻华大使在中国报纸发表署名文章",
          "本网讯 1月1日，古巴驻华大使在中国一家报纸发表署名文章，介绍古巴革命胜利65年来的发展成就。",
          "2024-01-03", url(PAPER_ZH, "2024-01-03", 119), NO, lang="zh"),
    Probe("neg-vietnam-to-sao-paulo-forum",
          "Communist Party of Vietnam Sends Message to São Paulo Forum",
          "Hanoi, June 30th--The Communist Party of Vietnam sent a message of greetings today to the 26th "
          "meeting of the São Paulo Forum in Brasília.",
          "2023-06-30", url(AGENCY_EN, "2023-06-30", 120), NO),
    Probe("neg-lula-interview-agency",
          "Interview: Lula on Brazil's Trade with Asia",
          "Brasília, April 10th--In an interview with a Chinese news agency, Brazilian President Luiz Inácio "
          "Lula da Silva said trade with Asia would grow further and that Brazil welcomed investment.",
          "2023-04-11", url(AGENCY_EN, "2023-04-11", 121), NO),
    Probe("neg-xi-state-condolence-chile-president",
          "Xi Jinping Sends Condolences to Chilean President over Wildfires",
          "Beijing, February 5th--President Xi Jinping sent a message of condolence today to Chilean "
          "President Gabriel Boric over the forest fires in the Valparaíso region.",
          "2024-02-05", url(EN, "2024-02-05", 122), NO,
          doubtful={"relevant": "a state message to a LAC head of state on the party's site: the codebook "
                                "counts exchanges of the CPC with LAC actors, and the page shows only the "
                                "state capacity"}),
    Probe("zh-neg-pcb-to-pcv-lac-to-lac",
          "巴西共产党致函委内瑞拉共产党",
          "新华社巴西利亚9月2日电 巴西共产党1日致函委内瑞拉共产党，祝贺该党成立94周年。",
          "2025-09-02", url(AGENCY_ZH, "2025-09-02", 123), NO, lang="zh"),
    Probe("neg-embassy-statement-no-party",
          "Chinese Embassy in Cuba Donates Rice to Flood Victims",
          "Havana, June 5th--The Chinese Embassy in Cuba handed over a donation of rice to the authorities "
          "of Pinar del Río province today for families hit by the floods.",
          "2024-06-06", url(EMB_EN, "2024-06-06", 124), NO),
    Probe("neg-sp-forum-statement-on-china-no-cpc",
          "Chile's Socialist Party Leader Writes about China",
          "Santiago, May 20th--Paulina Vodanovic, president of the Socialist Party of Chile, published a "
          "column in a Chilean newspaper today on the country's trade with China and the Pacific.",
          "2024-05-21", url(AGENCY_EN, "2024-05-21", 125), NO),

    # ---- I. second batch (written after the first run, before looking at its results in these kinds) ----
    Probe("zh-granma-idcpc-message",
          "中联部致函祝贺古巴《格拉玛报》创刊60周年",
          "本网讯 10月3日，中联部致函古共中央机关报《格拉玛报》，祝贺该报创刊60周年，"
          "赞赏其为增进两党两国人民相互了解所作贡献。",
          "2025-10-04", url(ZH, "2025-10-04", 130),
          msg("Cuba", "2025-10-03", {PCC}, BL), lang="zh"),
    Probe("zh-perseu-abramo-foundation",
          "巴西劳工党佩尔塞乌·阿布拉莫基金会致函中联部",
          "本网讯 4月8日，巴西劳工党智库佩尔塞乌·阿布拉莫基金会主席致函中联部，"
          "感谢中方接待该基金会研究人员，建议双方合作开展减贫研究。",
          "2024-04-10", url(ZH, "2024-04-10", 131),
          msg("Brazil", "2024-04-08", {PT}, BL), lang="zh"),
    Probe("nico-lopez-school-en",
          "Ñico López Party School Thanks the IDCPC",
          "Havana, November 20th--The rector of the Ñico López Higher Party School of the Communist Party of "
          "Cuba sent a letter of thanks yesterday to the International Department of the CPC Central "
          "Committee for the seminar materials it had shared with the school.",
          "2024-11-20", url(EN, "2024-11-20", 132),
          msg("Cuba", "2024-11-19", {PCC}, BL)),
    Probe("zh-pcdob-women-wing",
          "巴西共产党妇女工作部致函中联部",
          "本网讯 3月8日，巴西共产党妇女工作部负责人致函中联部，祝贺国际劳动妇女节，"
          "希望两党妇女干部加强交流。",
          "2024-03-11", url(ZH, "2024-03-11", 133),
          msg("Brazil", "2024-03-08", {PCDOB}, BL), lang="zh"),
    Probe("zh-trad-psuv-video-greeting",
          "委內瑞拉統一社會主義黨發來視頻賀詞",
          "【本報訊】委內瑞拉統一社會主義黨第一副主席卡韋略1月27日向中國共產黨發來視頻賀詞，"
          "祝賀中國人民新春快樂。",
          "2025-01-29", url(HK_ZH, "2025-01-29", 134),
          msg("Venezuela", "2025-01-27", {PSUV}, BL), lang="zh"),
    Probe("zh-weibo-mas-post",
          "玻利维亚争取社会主义运动在社交媒体发文祝贺中华人民共和国国庆",
          "本网讯 10月1日，玻利维亚争取社会主义运动在其官方社交媒体账号发文，"
          "向中国共产党和中国人民致以国庆祝福。",
          "2024-10-03", url(ZH, "2024-10-03", 135),
          msg("Bolivia", "2024-10-01", {MAS}, BL), lang="zh"),
    Probe("agency-en-fsln-cable-menus",
          "Nicaragua's FSLN Sends Cable to CPC",
          " date 2023-07-02\nAgency News English | Home | China | World | Business\nEditor: Li Hua\n"
          "MANAGUA, July 1 -- Nicaragua's Sandinista National Liberation Front sent a cable to the "
          "Communist Party of China on Saturday to greet the 102nd anniversary of its founding.\n"
          "Share | Print | Comments",
          "2023-07-02", url(AGENCY_EN, "2023-07-02", 136),
          msg("Nicaragua", "2023-07-01", {FSLN}, BL)),
    Probe("zh-libre-parliamentary-group",
          "洪都拉斯自由与重建党议会党团致函中共",
          "本网讯 6月15日，洪都拉斯自由与重建党国会党团致函中国共产党，感谢中方接待该党议员代表团。",
          "2024-06-17", url(ZH, "2024-06-17", 137),
          msg("Honduras", "2024-06-15", {LIBRE}, BL), lang="zh"),
    Probe("pcv-political-bureau-solidarity-message",
          "Communist Party of Venezuela Sends Solidarity Message to CPC",
          "Caracas, January 30th--The Political Bureau of the Communist Party of Venezuela sent a message of "
          "solidarity to the CPC on January 29, as China battled the novel coronavirus outbreak.",
          "2020-01-30", url(EN, "2020-01-30", 138),
          msg("Venezuela", "2020-01-29", {PCV}, BL)),
    Probe("zh-cpc-cc-hedian-fmln-anniversary",
          "中共中央致电祝贺法拉本多·马蒂民族解放阵线成立40周年",
          "新华社北京10月10日电 10月10日，中共中央致电萨尔瓦多法拉本多·马蒂民族解放阵线全国领导委员会，"
          "祝贺该党成立40周年。",
          "2020-10-10", url(ZH, "2020-10-10", 139),
          msg("El Salvador", "2020-10-10", {FMLN}, BL), lang="zh"),
    Probe("jamaica-pnp-youth-note",
          "PNP Youth Organisation Sends Note of Thanks",
          "Kingston, August 22nd--The PNP Youth Organisation, the youth arm of Jamaica's People's National "
          "Party, sent a note of thanks to the CPC on Wednesday after a group of its members returned from "
          "a seminar in Beijing.",
          "2024-08-22", url(EN, "2024-08-22", 140),
          msg("Jamaica", "2024-08-21", {PNP}, BL)),
    Probe("neg-zh-cuba-party-to-world",
          "古巴共产党致函委内瑞拉和尼加拉瓜执政党",
          "新华社哈瓦那1月2日电 古巴共产党中央委员会1日分别致函委内瑞拉统一社会主义党和尼加拉瓜桑解阵，"
          "祝贺新年。",
          "2024-01-02", url(AGENCY_ZH, "2024-01-02", 141), NO, lang="zh"),
    Probe("neg-maduro-post-about-china-trade",
          "Maduro Hails Oil Shipments to Asia",
          "Caracas, May 3rd--Venezuelan President Nicolás Maduro wrote on X today that oil shipments to "
          "China and India had grown this year, calling it proof that sanctions had failed.",
          "2024-05-04", url(AGENCY_EN, "2024-05-04", 142), NO),
    Probe("neg-cpc-message-to-sacp",
          "IDCPC Sends Greetings to the South African Communist Party",
          "Beijing, July 30th--The International Department of the CPC Central Committee sent a message of "
          "greetings to the South African Communist Party today on the 103rd anniversary of its founding.",
          "2024-07-30", url(EN, "2024-07-30", 143), NO),
    Probe("zh-neg-cpc-to-spain-pce",
          "中联部致函西班牙共产党",
          "本网讯 4月14日，中联部致函西班牙共产党，祝贺该党成立104周年。",
          "2025-04-15", url(ZH, "2025-04-15", 144), NO, lang="zh"),

    # ---- J. third batch (written after the second commit) ----
    Probe("zh-fa-uruguay-coalition-hedian",
          "乌拉圭广泛阵线致电祝贺中共二十届三中全会召开",
          "本网讯 7月19日，乌拉圭广泛阵线主席费尔南多·佩雷拉致电中共中央，"
          "祝贺中共二十届三中全会胜利召开。",
          "2024-07-22", url(ZH, "2024-07-22", 160),
          msg("Uruguay", "2024-07-19", {FA}, BL), lang="zh"),
    Probe("zh-former-president-for-party-mas",
          "玻利维亚前总统代表争取社会主义运动致函中共",
          "本网讯 7月1日，玻利维亚前总统、争取社会主义运动领导人莫拉莱斯代表该党致函中国共产党，"
          "祝贺中共成立103周年。",
          "2024-07-03", url(ZH, "2024-07-03", 161),
          msg("Bolivia", "2024-07-01", {MAS}, BL), lang="zh"),
    Probe("zh-embassy-zhuanjiao-xi-letter-pcc",
          "驻古巴大使转交习近平总书记复信",
          "本网讯 3月12日，中国驻古巴大使在哈瓦那向古巴共产党中央第一书记迪亚斯-卡内尔"
          "转交中共中央总书记习近平的复信。",
          "2024-03-13", url(ZH, "2024-03-13", 162),
          msg("Cuba", "2024-03-12", {PCC}, BL), lang="zh",
          doubtful={"event_type": "the handing-over is a call on the envoy; the letter is the "
                                  "parties' exchange"}),
    Probe("fujian-committee-letter-pcc-santiago",
          "CPC Fujian Provincial Committee Writes to PCC Santiago de Cuba Committee",
          "Fuzhou, May 20th--The Fujian Provincial Committee of the CPC sent a letter today to the Santiago "
          "de Cuba Provincial Committee of the Communist Party of Cuba, proposing exchanges between party "
          "schools of the two provinces.",
          "2024-05-21", url(EN, "2024-05-21", 163),
          msg("Cuba", "2024-05-20", {PCC}, BL)),
    Probe("pcch-youth-jjcc-message",
          "Chile's Communist Youth Greets the CPC",
          "Santiago, July 2nd--The Communist Youth of Chile, the party's youth wing, sent a message to the "
          "Communist Party of China on July 1 to greet its anniversary and praise China's young generation.",
          "2023-07-03", url(EN, "2023-07-03", 164),
          msg("Chile", "2023-07-01", {PCCH}, BL)),
    Probe("fsln-wreath-and-book-idcpc",
          "FSLN Envoy Lays Wreath and Signs Condolence Book at the IDCPC",
          "Beijing, December 3rd--On behalf of the Sandinista National Liberation Front, Nicaragua's "
          "ambassador laid a wreath and signed the book of condolence for comrade Jiang Zemin at the "
          "International Department of the CPC Central Committee today.",
          "2022-12-03", url(EN, "2022-12-03", 165),
          msg("Nicaragua", "2022-12-03", {FSLN}, BL),
          doubtful={"event_type": "mourning in person at the IDCPC: a condolence, or a call on it"}),
    Probe("pt-telegram-yesterday-agency-copy",
          "Brazil's Workers' Party Sends Telegram of Congratulations",
          " date 2024-10-02\nAgency News English | Home | China | World\n"
          "SAO PAULO, Oct. 1 -- The Workers' Party of Brazil sent a telegram to the Communist Party of China "
          "on Monday, congratulating the Chinese people on the 75th anniversary of the People's Republic.\n"
          "Share | Print",
          "2024-10-02", url(AGENCY_EN, "2024-10-02", 166),
          msg("Brazil", "2024-09-30", {PT}, BL)),
    Probe("pcu-congress-cpc-message-read-zh-trad",
          "烏拉圭共產黨召開代表大會 中共中央致賀信",
          "【本報訊】烏拉圭共產黨第三十二次代表大會11月22日在蒙得維的亞開幕，中共中央致賀信，賀信在開幕式上宣讀。",
          "2024-11-24", url(HK_ZH, "2024-11-24", 167),
          msg("Uruguay", "2024-11-22", {PCU}, BL), lang="zh",
          doubtful={"event_type": READ_AT_CONGRESS}),
    Probe("morena-open-letter-to-chinese-people",
          "Morena Addresses Open Letter to the CPC and the Chinese People",
          "Mexico City, October 1st--The National Regeneration Movement published an open letter to the "
          "Communist Party of China and the Chinese people today on the 75th anniversary of the People's "
          "Republic of China.",
          "2024-10-02", url(EN, "2024-10-02", 168),
          msg("Mexico", "2024-10-01", {MORENA}, BL)),
    Probe("neg-pcc-statement-no-addressee",
          "Communist Party of Cuba Issues Statement on the Blockade",
          "Havana, June 1st--The Communist Party of Cuba issued a statement today condemning the economic "
          "blockade and thanking governments that had voted against it at the United Nations.",
          "2024-06-02", url(AGENCY_EN, "2024-06-02", 169), NO),
    Probe("zh-neg-lac-leader-weibo-no-exchange",
          "智利总统在社交媒体谈智中贸易",
          "新华社圣地亚哥5月3日电 智利总统博里奇3日在社交媒体发文，介绍智利樱桃对华出口增长情况。",
          "2024-05-04", url(AGENCY_ZH, "2024-05-04", 170), NO, lang="zh"),
    Probe("neg-pt-greets-frente-amplio",
          "Workers' Party of Brazil Greets Uruguay's Broad Front on Election Victory",
          "Brasília, November 25th--The Workers' Party sent a message of congratulations to the Broad Front "
          "of Uruguay today after Yamandú Orsi won the presidential run-off.",
          "2024-11-26", url(AGENCY_EN, "2024-11-26", 171), NO),
]

OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_message_sender_field(probe: Probe, name: str, expected):
    """Codebook: a `message` is a congratulation, condolence or letter exchanged between the two sides
    with no event around it, whoever on either side sends it and whatever it is called; daily
    interaction; the parties are those the page names, a wing's or organ's party included; the date is
    the day the message was sent or read."""
    record = record_of(probe)
    assert value_of(record, name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign changed, with their negatives ------------------------------------------

def test_a_bare_congress_after_a_verb_is_the_named_congress_no_forum():
    """祝贺大会召开 refers back to the party congress the lead named; a forum names itself before 大会."""
    named = idcpc("本网讯 9月6日，第三届世界政党大会在北京召开，来自拉美的巴西劳工党等政党代表出席。",
                  title="世界政党大会召开", lang="zh", published="2025-09-07", url=url(ZH, "2025-09-07", 150))
    assert named.event_type == "forum"


@pytest.mark.parametrize(("text", "expected"), [
    # a statement sent to the CPC side, in the double-object order, is a letter under another name
    ("Santiago, August 5th--The Communist Party of Chile sent the International Department of the CPC "
     "Central Committee a statement of support today.", "message"),
    # a greeting, salute or note sent
    ("Caracas, June 30th--The PSUV sent a video greeting to the Communist Party of China today.", "message"),
])
def test_more_names_of_a_message(text, expected):
    record = idcpc(text, title="", published="2022-08-06", url=url(EN, "2022-08-06", 151))
    assert record.relevant and record.event_type == expected


def test_a_statement_only_issued_is_still_no_message():
    """A statement with no addressee (``idcpc.message``: only issued or published) is not a letter."""
    record = idcpc("Santiago, August 5th--The Communist Party of Chile issued a statement today on the "
                   "situation in the Taiwan Strait.", title="Communist Party of Chile Issues Statement",
                   published="2022-08-06", url=url(EN, "2022-08-06", 152))
    assert record.event_type != "message"


def test_what_a_thank_you_letter_thanks_for_is_no_event_of_the_page():
    record = idcpc("Havana, November 20th--The Communist Party of Cuba sent a letter to the IDCPC yesterday, "
                   "thanking it for the theory seminar held in Beijing last month.",
                   title="PCC Sends Letter of Thanks", published="2024-11-20", url=url(EN, "2024-11-20", 153))
    assert record.event_type == "message" and record.content == DI


def test_a_seminar_report_keeps_its_type_when_a_letter_is_read_there():
    """Rule 1: the report of a seminar is a seminar, also when the CPC's part was a letter to it."""
    record = idcpc("Brasília, May 23rd--A theory seminar between the Workers' Party of Brazil and the CPC "
                   "opened here today. A congratulatory letter from Xi Jinping was read at the opening.",
                   title="PT-CPC Theory Seminar Opens in Brasília", published="2024-05-23",
                   url=url(EN, "2024-05-23", 154))
    assert record.event_type == "seminar"


def test_a_letters_text_without_a_closing_day_has_none_but_a_report_keeps_the_printed_day():
    """Codebook, event_date: no day in the text → null. A page that is the letter itself and closes
    with no day gives none; a report with no dateline keeps the printed day (a measured fallback)."""
    letter = idcpc("Dear comrades,\nThe Communist Party of Uruguay greets the Communist Party of China "
                   "on its anniversary.\nCentral Committee\nCommunist Party of Uruguay",
                   title="Message from the Communist Party of Uruguay", published="2023-07-03",
                   url=url(EN, "2023-07-03", 155))
    assert letter.event_type == "message" and letter.event_date is None
    report = idcpc("The Communist Party of Uruguay sent a message of greetings to the Communist "
                   "Party of China on its anniversary.", title="Communist Party of Uruguay Greets the CPC",
                   published="2023-07-03", url=url(EN, "2023-07-03", 156))
    assert report.event_date == "2023-07-03"
