"""Campaign 13E: the CPC side at events held in Latin America and the Caribbean — a LAC party's
congress, anniversary or rally with many foreign guests, São Paulo Forum and COPPPAL meetings in a
LAC capital, inaugurations attended by a CPC envoy, election observation, commemorations and
funerals, seminars and forums the CPC co-hosts in LAC, launches of Xi's works, photo exhibitions,
delegation tours with a LAC leg and visit pages whose headline is one meeting; with negatives
(embassy events with no CPC side, LAC events with no Chinese side, other parties' delegations).

Self-written releases in the sites' style; party, country and official names are facts, the
wording is invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md); one test per probe and field, so the pass rate per field can be read."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import BL, DI, KE, NO, RL, B, Probe, R, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_13{n:04d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
EMB_ZH = "http://cu.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_{n}.htm"
EMB_EN = "http://ve.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_{n}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FMLN = "Farabundo Martí National Liberation Front"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PTM = "Labor Party (Mexico)"
PRI = "Institutional Revolutionary Party"
PJ = "Justicialist Party"
MAS = "Movement for Socialism (Bolivia)"
PPPC = "People's Progressive Party/Civic"
LIBRE = "Liberty and Refoundation"
PACTO = "Historic Pact for Colombia"
PCCOL = "Colombian Communist Party"
RC = "Citizen Revolution Movement"
PLD = "Dominican Liberation Party"
PRD = "Democratic Revolutionary Party"
DLP = "Dominica Labour Party"
PNP = "People's National Party"
FREE_PERU = "Free Peru"


def ev(country: str, date: str | None, party_set: set[str], mechanism: set[str], event_type: str,
       content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. a LAC party's congress, anniversary or rally with foreign guests: `other` --------------
    Probe("pcdob-congress-delegation-range",
          "CPC Delegation Attends the 14th Congress of the Communist Party of Brazil",
          "Brasília, November 19th -- The 14th National Congress of the Communist Party of Brazil was "
          "held in the Brazilian capital from November 17 to 19. At the invitation of the PCdoB, a "
          "delegation of the Communist Party of China headed by Wang Yajun, a deputy head of the CPC's "
          "International Department, took part in the opening session, where some forty foreign parties "
          "were present. Wang read out the congratulations of the CPC Central Committee and wished the "
          "congress success. PCdoB President Luciana Santos thanked the CPC for its friendship.",
          "2017-11-20", url(EN, "2017-11-20", 1),
          ev("Brazil", "2017-11-17", {PCDOB}, BL, "other")),
    Probe("psuv-congress-zh-local-time",
          "中共代表团出席委内瑞拉统一社会主义党第四次代表大会",
          "当地时间7月28日至31日，委内瑞拉统一社会主义党第四次代表大会在加拉加斯举行。应委统社党邀请，"
          "中联部副部长率中共代表团出席大会开幕式，并转达中共中央对大会的热烈祝贺。来自五十多个国家的政党"
          "代表应邀与会。委统社党主席马杜罗在开幕式上发表讲话，感谢各国政党代表远道而来。",
          "2018-08-01", url(ZH, "2018-08-01", 2),
          ev("Venezuela", "2018-07-28", {PSUV}, BL, "other"), lang="zh"),
    Probe("fsln-revolution-anniversary-rally",
          "CPC Delegation Joins Celebrations of the 40th Anniversary of the Sandinista Revolution",
          "Managua, July 19th -- A CPC delegation took part today in the mass rally held in the Nicaraguan "
          "capital to mark the 40th anniversary of the triumph of the Sandinista Revolution. Tens of "
          "thousands of people and guests from many countries gathered for the celebration, presided over "
          "by Daniel Ortega, General Secretary of the Sandinista National Liberation Front. The head of "
          "the Chinese delegation conveyed the greetings of the CPC to the FSLN leadership.",
          "2019-07-21", url(EN, "2019-07-21", 3),
          ev("Nicaragua", "2019-07-19", {FSLN}, BL, "other")),
    Probe("fmln-convention-saturday",
          "Chinese Party Delegation Attends FMLN National Convention",
          "San Salvador, October 31 -- A delegation of the Communist Party of China attended on Saturday "
          "the national convention of the Farabundo Martí National Liberation Front (FMLN), where the party "
          "elected its new leadership. The head of the delegation said the CPC values its friendly "
          "relations with the FMLN and is ready to strengthen exchanges between the two parties.",
          "2021-11-01", url(EN, "2021-11-01", 4),
          ev("El Salvador", "2021-10-30", {FMLN}, BL, "other")),
    Probe("pt-congress-message-read-by-ambassador",
          "CPC Message Read Out at the Opening of the Workers' Party's National Congress",
          "São Paulo, November 23rd -- The 7th National Congress of Brazil's Workers' Party (PT) opened "
          "here on Friday, November 22. Chinese Ambassador Yang Wanming attended the opening on behalf "
          "of the CPC and read the congratulatory message of the CPC Central Committee to the congress. "
          "The message said that the CPC is willing to work with the PT to deepen exchanges of "
          "experience in governance. PT President Gleisi Hoffmann welcomed the foreign guests.",
          "2019-11-25", url(EN, "2019-11-25", 5),
          ev("Brazil", "2019-11-22", {PT}, BL, "other")),
    Probe("july26-santiago-de-cuba-zh",
          "中共代表团出席古巴“7·26”国家起义日纪念活动",
          "当地时间7月26日，古巴“7·26”国家起义日纪念大会在圣地亚哥市举行。应古巴共产党中央委员会邀请，"
          "中共代表团出席大会。古共中央第一书记、国家主席迪亚斯-卡内尔出席并讲话。代表团团长在会后向古方"
          "转达了中共中央的问候，表示中方愿同古方一道推动两党两国关系不断向前发展。",
          "2023-07-28", url(ZH, "2023-07-28", 6),
          ev("Cuba", "2023-07-26", {PCC}, BL, "other"), lang="zh"),
    Probe("broad-front-anniversary-envoy",
          "CPC Envoy Attends Broad Front's 45th Anniversary Celebration in Montevideo",
          "Montevideo, February 6th -- An envoy of the Communist Party of China joined on February 5 an "
          "open-air celebration of the 45th anniversary of the founding of the Broad Front of Uruguay. "
          "Broad Front President Mónica Xavier received the envoy at the event and thanked the CPC for "
          "its long friendship with the Uruguayan left.",
          "2016-02-08", url(EN, "2016-02-08", 7),
          ev("Uruguay", "2016-02-05", {FA}, BL, "other")),
    Probe("pcu-congress-ambassador-on-behalf",
          "Chinese Ambassador Attends the Congress of the Communist Party of Uruguay on Behalf of the CPC",
          "Montevideo, June 5th -- Chinese Ambassador Wang Gang attended on behalf of the Communist Party "
          "of China the opening of the 31st National Congress of the Communist Party of Uruguay held here "
          "on June 3. He delivered the CPC's message of greetings, which wished the PCU new successes. "
          "PCU General Secretary Juan Castillo thanked the CPC and said the two parties should deepen "
          "their exchanges.",
          "2017-06-06", url(EN, "2017-06-06", 8),
          ev("Uruguay", "2017-06-03", {PCU}, BL, "other")),
    Probe("morena-congress-message-zh",
          "墨西哥国家复兴运动党召开全国代表大会 中共中央致贺信",
          "当地时间10月17日，墨西哥国家复兴运动党在墨西哥城召开全国代表大会。中国驻墨西哥大使受中共中央"
          "委托出席开幕式，宣读中共中央致大会的贺信。贺信表示，中国共产党高度重视同国家复兴运动党的关系，"
          "愿同其加强治国理政经验交流。国家复兴运动党主席在大会上致辞。",
          "2022-10-19", url(ZH, "2022-10-19", 9),
          ev("Mexico", "2022-10-17", {MORENA}, BL, "other"), lang="zh"),
    Probe("justicialist-loyalty-day-rally",
          "CPC Delegation Attends Justicialist Party's Loyalty Day Rally",
          "Buenos Aires, October 18th -- A visiting delegation of the Communist Party of China attended "
          "yesterday the rally of the Justicialist Party marking Peronist Loyalty Day in the Argentine "
          "capital. The delegation was welcomed by leaders of the party and watched the rally from the "
          "stage together with guests from other countries.",
          "2015-10-19", url(EN, "2015-10-19", 10),
          ev("Argentina", "2015-10-17", {PJ}, B, "other")),
    Probe("fsln-anniversary-traditional-hk",
          "中共代表團出席尼加拉瓜桑解陣慶祝活動",
          "【本報訊】當地時間7月19日，尼加拉瓜首都馬那瓜舉行大型集會，慶祝桑地諾革命勝利四十五週年。應"
          "桑地諾民族解放陣線邀請，中共代表團出席集會。桑解陣總書記奧爾特加在集會上發表講話，歡迎各國來賓。"
          "代表團團長表示，中國共產黨願同桑解陣加強黨際交往。",
          "2024-07-21", url(HK_ZH, "2024-07-21", 11),
          ev("Nicaragua", "2024-07-19", {FSLN}, BL, "other"), lang="zh"),
    Probe("mas-anniversary-rally-bolivia",
          "CPC Delegation Attends Anniversary Rally of Bolivia's MAS",
          "La Paz, March 27th -- A delegation of the Communist Party of China led by a member of the CPC "
          "Central Committee attended on March 26 a rally in El Alto marking the anniversary of the "
          "founding of the Movement for Socialism (MAS-IPSP). The delegation also conveyed greetings to "
          "the party's national leadership.",
          "2019-03-28", url(EN, "2019-03-28", 12),
          ev("Bolivia", "2019-03-26", {MAS}, BL, "other")),
    Probe("ppp-congress-guyana",
          "CPC Delegation Attends Congress of Guyana's People's Progressive Party",
          "Georgetown, August 1st -- The 30th Congress of the People's Progressive Party/Civic of Guyana "
          "was held from July 29 to 31 in Berbice. A delegation of the Communist Party of China attended "
          "the congress at the invitation of the PPP/C and conveyed the CPC's greetings. PPP/C General "
          "Secretary Bharrat Jagdeo met the delegation on the sidelines.",
          "2016-08-02", url(EN, "2016-08-02", 13),
          ev("Guyana", "2016-07-29", {PPPC}, BL, "other")),
    Probe("psuv-congress-video-address",
          "Liu Jianchao Addresses PSUV Congress by Video",
          "Beijing, June 17th -- Liu Jianchao, who heads the CPC's International Department, delivered "
          "today a video address to the Fifth Congress of the United Socialist Party of Venezuela, which "
          "opened in Caracas with delegates from across the country and party guests from abroad. Liu "
          "said the CPC and the PSUV are good friends and comrades.",
          "2024-06-17", url(EN, "2024-06-17", 14),
          ev("Venezuela", "2024-06-17", {PSUV}, BL, "other")),
    Probe("pcc-60th-anniversary-gala-agency-copy",
          "Chinese delegation attends gala marking 60 years of Cuba's Communist Party",
          " date 2025-10-04\nHAVANA, Oct. 3 (Agency) -- A delegation of the Communist Party of China on "
          "Friday joined Cuban leaders at a gala in the Karl Marx Theatre celebrating the 60th "
          "anniversary of the founding of the Communist Party of Cuba's Central Committee. The head of "
          "the Chinese delegation read out a message of congratulations from the CPC Central Committee.\n"
          "Editor: Li Na",
          "2025-10-04", url(AGENCY_EN, "2025-10-04", 15),
          ev("Cuba", "2025-10-03", {PCC}, BL, "other")),
    Probe("pcch-anniversary-celebration",
          "CPC Delegation Attends Celebration of the Communist Party of Chile's Centenary",
          "Santiago, January 5th -- A delegation of the Communist Party of China took part on January 2 "
          "in the ceremony marking the 100th anniversary of the founding of the Communist Party of Chile. "
          "Party President Guillermo Teillier thanked the Chinese comrades for travelling so far and said "
          "that the two parties share many ideals.",
          "2022-01-05", url(EN, "2022-01-05", 16),
          ev("Chile", "2022-01-02", {PCCH}, BL, "other")),
    Probe("pt-anniversary-paper-zh",
          "中共代表团出席巴西劳工党成立纪念活动",
          "本报里约热内卢2月10日电　当地时间8日，巴西劳工党在里约热内卢举行成立纪念活动。中共代表团应邀出席。"
          "劳工党主席在活动上感谢中国共产党对劳工党的支持，表示劳工党愿同中共加强交流合作。\n"
          "《 日报 》（ 2024年02月11日　 第 03 版）",
          "2024-02-11", url(PAPER_ZH, "2024-02-11", 17),
          ev("Brazil", "2024-02-08", {PT}, BL, "other"), lang="zh"),
    Probe("libre-anniversary-honduras",
          "CPC Envoy Attends Anniversary Event of Honduras's Libre Party",
          "Tegucigalpa, June 27th -- An envoy of the CPC joined leaders of the Liberty and Refoundation "
          "Party (Libre) at an event here on June 26 marking the anniversary of the party's founding. "
          "Party coordinator Manuel Zelaya received the envoy, who conveyed the CPC's congratulations.",
          "2024-06-28", url(EN, "2024-06-28", 18),
          ev("Honduras", "2024-06-26", {LIBRE}, BL, "other")),
    # ---- B. regional meetings held in a LAC capital: São Paulo Forum, COPPPAL, … -----------------
    Probe("sao-paulo-forum-caracas-range",
          "CPC Delegation Attends the 25th Meeting of the São Paulo Forum",
          "Caracas, July 29th -- The 25th meeting of the São Paulo Forum took place in the Venezuelan "
          "capital from July 25 to 28, hosted by the United Socialist Party of Venezuela. A delegation of "
          "the Communist Party of China attended the meeting as a guest and its head spoke at the plenary "
          "on the CPC's views on world affairs. Leftist parties and movements of the region discussed "
          "their common agenda.",
          "2019-07-29", url(EN, "2019-07-29", 20),
          ev("multilateral", "2019-07-25", {PSUV}, RL, "forum", KE)),
    Probe("sao-paulo-forum-havana-zh",
          "中共代表团出席圣保罗论坛第24次会议",
          "当地时间7月15日至17日，圣保罗论坛第24次会议在古巴首都哈瓦那举行，会议由古巴共产党承办。"
          "中共代表团应邀出席会议，代表团团长在全体会议上发言，介绍中国共产党的执政理念。拉美和加勒比"
          "地区左翼政党和社会组织代表数百人参会。",
          "2018-07-18", url(ZH, "2018-07-18", 21),
          ev("multilateral", "2018-07-15", {PCC}, RL, "forum", KE), lang="zh"),
    Probe("sao-paulo-forum-brasilia-message-read",
          "CPC Central Committee's Message Read at the São Paulo Forum Meeting in Brasília",
          "Brasília, July 1st -- The 26th meeting of the São Paulo Forum opened here on Thursday, with the "
          "Workers' Party of Brazil as host. A representative of the CPC read out at the opening the "
          "congratulatory message of the CPC Central Committee, which wished the Forum success and said "
          "the CPC stands ready to deepen exchanges with the progressive parties of the region.",
          "2023-07-01", url(EN, "2023-07-01", 22),
          ev("multilateral", "2023-06-29", {PT}, RL, "forum", KE)),
    Probe("copppal-plenary-mexico-city",
          "CPC Delegation Attends COPPPAL Plenary Meeting in Mexico City",
          "Mexico City, March 10th -- The plenary meeting of the Permanent Conference of Political Parties "
          "of Latin America and the Caribbean (COPPPAL) was held here on March 8 and 9, hosted by the "
          "Institutional Revolutionary Party (PRI). A CPC delegation attended as a special guest, and its "
          "head briefed participants on China's development and its relations with the region.",
          "2018-03-10", url(EN, "2018-03-10", 23),
          ev("multilateral", "2018-03-08", {PRI}, R, "forum", KE)),
    Probe("copppal-meeting-buenos-aires-zh",
          "中共代表团出席拉美和加勒比政党常设大会会议",
          "当地时间11月12日，拉美和加勒比政党常设大会全体会议在阿根廷首都布宜诺斯艾利斯举行，阿根廷正义党"
          "承办会议。应邀出席会议的中共代表团团长在会上致辞，表示中国共产党愿同拉美各国政党加强对话。"
          "来自地区二十多个国家的政党领导人与会。",
          "2022-11-14", url(ZH, "2022-11-14", 24),
          ev("multilateral", "2022-11-12", {PJ}, R, "forum", KE), lang="zh"),
    Probe("anti-imperialist-meeting-havana",
          "CPC Delegation Attends International Solidarity Meeting in Havana",
          "Havana, November 3rd -- A CPC delegation attended the Anti-Imperialist Solidarity Meeting for "
          "Democracy and against Neoliberalism held here from November 1 to 3. The meeting, organised by "
          "Cuban political and social organisations with the Communist Party of Cuba, brought together "
          "more than a thousand delegates from nearly a hundred countries.",
          "2019-11-04", url(EN, "2019-11-04", 25),
          ev("Cuba", "2019-11-01", {PCC}, BL, "forum", KE),
          doubtful={"country": "a meeting a Cuban organisation hosts with guests from the whole world: "
                               "one country's event (Cuba) or a worldwide platform (multilateral)",
                    "mechanism": "follows the country doubt"}),
    Probe("lac-parties-seminar-montevideo",
          "China-Latin America Political Parties Seminar Held in Montevideo",
          "Montevideo, September 24th -- A seminar on party building and development co-hosted by the "
          "CPC's International Department and the Broad Front of Uruguay was held here on September 23. "
          "Leaders of the Broad Front, the Workers' Party of Brazil and the Communist Party of Chile "
          "joined a CPC delegation in discussing how parties can lead modernisation.",
          "2023-09-25", url(EN, "2023-09-25", 26),
          ev("multilateral", "2023-09-23", {FA, PT, PCCH}, RL, "seminar", KE)),
    Probe("cuba-theory-seminar-havana-zh",
          "中古两党第十届理论研讨会在哈瓦那举行",
          "当地时间5月22日，中国共产党和古巴共产党第十届理论研讨会在哈瓦那举行。中共代表团与古共中央有关"
          "部门负责人围绕社会主义建设的理论与实践进行深入交流。古共中央第二书记出席开幕式并致辞。",
          "2023-05-24", url(ZH, "2023-05-24", 27),
          ev("Cuba", "2023-05-22", {PCC}, BL, "seminar", KE), lang="zh"),
    Probe("morena-seminar-mexico-co-hosted",
          "Seminar on Governance Co-hosted by CPC and MORENA Held in Mexico City",
          "Mexico City, May 20th -- A seminar on governing for the people, co-hosted by the CPC's "
          "International Department and the political training institute of the National Regeneration "
          "Movement (MORENA), took place here on Sunday. Around one hundred party cadres attended, and "
          "speakers from both parties shared their experience of fighting poverty.",
          "2024-05-20", url(EN, "2024-05-20", 28),
          ev("Mexico", "2024-05-19", {MORENA}, BL, "seminar", KE)),
    Probe("pt-forum-sao-paulo-foundation",
          "China-Brazil Governance Forum Held in São Paulo",
          "São Paulo, April 12th -- The China-Brazil forum on state governance, jointly organised by the "
          "CPC's International Department and the Perseu Abramo Foundation of the Workers' Party, opened "
          "here on April 11. Officials and scholars from both countries discussed industrial policy and "
          "social programmes in two days of sessions.",
          "2024-04-12", url(EN, "2024-04-12", 29),
          ev("Brazil", "2024-04-11", {PT}, BL, "forum", KE)),
    Probe("venezuela-seminar-traditional",
          "中委治國理政經驗研討會在加拉加斯舉行",
          "當地時間3月7日，中國共產黨與委內瑞拉統一社會主義黨治國理政經驗研討會在加拉加斯舉行。中共代表團"
          "與委統社黨各級幹部一百餘人圍繞經濟建設和黨的建設進行交流。",
          "2025-03-09", url(HK_ZH, "2025-03-09", 30),
          ev("Venezuela", "2025-03-07", {PSUV}, BL, "seminar", KE), lang="zh"),
    Probe("xi-letter-read-at-havana-seminar",
          "Xi Jinping's Letter Read at Theory Seminar in Havana",
          "Havana, December 6th -- A congratulatory letter from Xi Jinping, General Secretary of the CPC "
          "Central Committee, was read today at the opening of a theory seminar between the Communist "
          "Party of China and the Communist Party of Cuba on the construction of socialism. The letter "
          "said that the two parties learn from each other on the road of socialism.",
          "2018-12-06", url(EN, "2018-12-06", 31),
          ev("Cuba", "2018-12-06", {PCC}, BL, "seminar", KE)),
    Probe("peru-party-dialogue-lima",
          "China-Peru Political Parties Dialogue Held in Lima",
          "Lima, August 16th -- A dialogue between the Communist Party of China and Peruvian political "
          "parties was held here from August 14 to 15. Leaders of Free Peru and several other parties "
          "exchanged views with a CPC delegation on development and the fight against poverty.",
          "2022-08-16", url(EN, "2022-08-16", 32),
          ev("Peru", "2022-08-14", {FREE_PERU}, BL, "dialogue", KE)),
    Probe("caribbean-parties-forum-port-of-spain",
          "CPC Co-hosts Forum with Caribbean Parties in Port of Spain",
          "Port of Spain, June 9th -- A forum of the Communist Party of China and political parties of "
          "Caribbean countries opened here on June 8. Representatives of the People's National Party of "
          "Jamaica, the Dominica Labour Party and the People's Progressive Party/Civic of Guyana attended "
          "along with a CPC delegation and discussed green development.",
          "2024-06-09", url(EN, "2024-06-09", 33),
          ev("multilateral", "2024-06-08", {PNP, DLP, PPPC}, RL, "forum", KE)),
    Probe("online-sao-paulo-forum-cpc-speech",
          "CPC Official Speaks at Online Meeting of the São Paulo Forum Working Group",
          "Beijing, July 28th -- A deputy head of the CPC's International Department spoke today by video "
          "at an online meeting of the São Paulo Forum working group, which brought together leaders of "
          "Latin American leftist parties to discuss the recovery after the pandemic.",
          "2020-07-28", url(EN, "2020-07-28", 34),
          ev("multilateral", "2020-07-28", set(), RL, "forum", KE)),
    Probe("training-workshop-havana-zh",
          "中联部在哈瓦那为古巴共产党干部举办研修班",
          "当地时间6月12日至16日，中联部在哈瓦那为古巴共产党中层干部举办治国理政专题研修班。中方专家就"
          "中国经济体制改革和乡村振兴等专题授课，四十余名古共干部参加。",
          "2023-06-18", url(ZH, "2023-06-18", 35),
          ev("Cuba", "2023-06-12", {PCC}, BL, "training_course", KE), lang="zh"),
    Probe("briefing-20th-congress-in-brasilia",
          "CPC Holds Briefing on the 20th National Congress in Brasília",
          "Brasília, December 8th -- A CPC delegation held a briefing session here on December 7 to "
          "present the outcomes of the 20th National Congress of the CPC to Brazilian political parties. "
          "Leaders of the Workers' Party, the Communist Party of Brazil and the Brazilian Socialist Party "
          "attended and asked about China's path to modernisation.",
          "2022-12-08", url(EN, "2022-12-08", 36),
          ev("Brazil", "2022-12-07", {PT, PCDOB, "Brazilian Socialist Party"}, BL, "briefing", KE)),
    Probe("briefing-plenum-mexico-zh",
          "中共代表团在墨西哥城举行二十届三中全会精神宣介会",
          "当地时间9月10日，中共代表团在墨西哥城举行党的二十届三中全会精神宣介会，墨西哥国家复兴运动党、"
          "劳动党等政党负责人和智库学者约八十人出席。代表团团长介绍了全会关于进一步全面深化改革的部署。",
          "2024-09-12", url(ZH, "2024-09-12", 37),
          ev("Mexico", "2024-09-10", {MORENA, PTM}, BL, "briefing", KE), lang="zh"),
    # ---- C. a president's inauguration attended by a CPC envoy --------------------------------------
    Probe("lula-inauguration-envoy-meets-pt",
          "Xi Jinping's Special Envoy Attends Inauguration of Brazilian President Lula",
          "Brasília, January 2nd -- Xi Jinping's special envoy attended on January 1 the inauguration "
          "ceremony of Luiz Inácio Lula da Silva as President of Brazil. On the margins, the envoy also "
          "met Gleisi Hoffmann, President of the Workers' Party, and said the CPC is ready to strengthen "
          "exchanges with the PT.",
          "2023-01-03", url(EN, "2023-01-03", 40),
          ev("Brazil", "2023-01-01", {PT}, BL, "other")),
    Probe("maduro-inauguration-zh-no-party",
          "习近平主席特使出席委内瑞拉总统就职仪式",
          "当地时间1月10日，委内瑞拉总统马杜罗在加拉加斯宣誓就职。中联部领导作为习近平主席特使出席就职仪式，"
          "并在仪式后转达习近平主席对马杜罗的祝贺和良好祝愿。马杜罗请特使转达对习近平主席的感谢。",
          "2019-01-12", url(ZH, "2019-01-12", 41),
          ev("Venezuela", "2019-01-10", set(), B, "other"), lang="zh",
          doubtful={"mechanism": "the president's party is not named: `leftist` from the coder's knowledge "
                                 "of Maduro's party, or not"}),
    Probe("arce-inauguration-envoy-mas",
          "CPC Envoy Attends Inauguration of Bolivian President Luis Arce",
          "La Paz, November 9th -- A special envoy of Xi Jinping attended the swearing-in of Luis Arce as "
          "President of Bolivia here on Sunday. The envoy also held talks with leaders of the Movement for "
          "Socialism (MAS), the governing party, on ties between the CPC and the MAS.",
          "2020-11-10", url(EN, "2020-11-10", 42),
          ev("Bolivia", "2020-11-08", {MAS}, BL, "other")),
    Probe("sheinbaum-inauguration-morena-tuesday",
          "Chinese Envoy Attends Swearing-in of Mexican President Claudia Sheinbaum",
          "Mexico City, October 2nd -- Xi Jinping's special envoy attended the inauguration of Claudia "
          "Sheinbaum as President of Mexico on Tuesday. During the stay the envoy met Luisa María "
          "Alcalde, president of the National Regeneration Movement (MORENA), and discussed party "
          "exchanges.",
          "2024-10-03", url(EN, "2024-10-03", 43),
          ev("Mexico", "2024-10-01", {MORENA}, BL, "other")),
    Probe("ortega-inauguration-fsln-zh",
          "中共代表团出席尼加拉瓜总统就职典礼",
          "当地时间1月10日，尼加拉瓜总统奥尔特加在马那瓜宣誓就职。应桑地诺民族解放阵线邀请，中共代表团出席"
          "就职典礼。典礼后，奥尔特加会见了各国来宾，中方代表团团长转达了中共中央的祝贺。",
          "2022-01-12", url(ZH, "2022-01-12", 44),
          ev("Nicaragua", "2022-01-10", {FSLN}, BL, "other"), lang="zh"),
    Probe("castillo-inauguration-free-peru",
          "CPC Envoy Attends the Inauguration of Peru's President Pedro Castillo",
          "Lima, July 29th -- A CPC envoy attended yesterday the swearing-in of Pedro Castillo as "
          "President of Peru in the Congress in Lima. The envoy later met Vladimir Cerrón, Secretary "
          "General of Free Peru, the party that carried Castillo to office.",
          "2021-07-29", url(EN, "2021-07-29", 45),
          ev("Peru", "2021-07-28", {FREE_PERU}, BL, "other")),
    # ---- D. election observation -----------------------------------------------------------------
    Probe("venezuela-election-observers-visit",
          "CPC Delegation Visits Venezuela as Election Observers",
          "At the invitation of Venezuela's National Electoral Council and the United Socialist Party of "
          "Venezuela, a CPC delegation visited Venezuela from December 3 to 8 to accompany the elections "
          "to the National Assembly held on December 6. The delegation observed voting in Caracas and met "
          "PSUV leaders, including Diosdado Cabello, who briefed it on the campaign.",
          "2020-12-10", url(EN, "2020-12-10", 46),
          ev("Venezuela", "2020-12-03", {PSUV}, BL, "delegation_visit_abroad")),
    Probe("nicaragua-election-accompaniment-zh",
          "中共代表团应邀赴尼加拉瓜观摩大选",
          "应桑地诺民族解放阵线邀请，中共代表团于11月5日至9日访问尼加拉瓜，观摩尼大选。访问期间，代表团"
          "参观投票站，会见桑解阵领导人和尼选举委员会负责人，就两党交往交换意见。",
          "2021-11-11", url(ZH, "2021-11-11", 47),
          ev("Nicaragua", "2021-11-05", {FSLN}, BL, "delegation_visit_abroad"), lang="zh"),
    Probe("el-salvador-vote-observers-sunday",
          "CPC Observers Follow El Salvador's Presidential Vote",
          "San Salvador, February 5th -- Members of a CPC delegation observed voting at polling stations "
          "in the Salvadoran capital on Sunday, at the invitation of the Farabundo Martí National "
          "Liberation Front. FMLN leaders thanked the delegation for its presence.",
          "2024-02-05", url(EN, "2024-02-05", 48),
          ev("El Salvador", "2024-02-04", {FMLN}, BL, "other"),
          doubtful={"event_type": "an observer mission's one day: `other` (the observation) or "
                                  "`delegation_visit_abroad` (a delegation's stay)"}),
    # ---- E. commemorations and funerals -----------------------------------------------------------
    Probe("fidel-memorial-rally",
          "Chinese Delegation Attends Mass Memorial Rally for Fidel Castro",
          "Havana, November 30th -- A Chinese delegation led by Xi Jinping's special envoy, Vice President "
          "Li Yuanchao, joined hundreds of thousands of Cubans on Tuesday night in the Plaza de la "
          "Revolución at the rally in memory of Fidel Castro, founder of the Communist Party of Cuba. Li "
          "expressed the deep grief of the CPC and the Chinese people to Raúl Castro.",
          "2016-11-30", url(EN, "2016-11-30", 50),
          ev("Cuba", "2016-11-29", {PCC}, BL, "other")),
    Probe("chavez-funeral-zh",
          "中共代表团出席查韦斯葬礼",
          "当地时间3月8日，委内瑞拉为已故总统、委内瑞拉统一社会主义党创始人查韦斯举行国葬。中共代表团出席"
          "葬礼，向查韦斯灵柩致哀，并向委统社党领导人转达中共中央的深切哀悼。",
          "2013-03-10", url(ZH, "2013-03-10", 51),
          ev("Venezuela", "2013-03-08", {PSUV}, BL, "other"), lang="zh"),
    Probe("ambassador-wreath-chavez-anniversary",
          "Chinese Ambassador Lays Wreath for Hugo Chávez on Behalf of the CPC",
          "Caracas, March 5th -- Entrusted by the CPC Central Committee, Chinese Ambassador Li Baorong laid "
          "a wreath today at the Cuartel de la Montaña, where Hugo Chávez rests, at a ceremony held by the "
          "United Socialist Party of Venezuela on the tenth anniversary of his death.",
          "2023-03-05", url(EN, "2023-03-05", 52),
          ev("Venezuela", "2023-03-05", {PSUV}, BL, "other")),
    Probe("borge-funeral-ambassador-on-behalf",
          "Chinese Ambassador Attends Funeral of FSLN Founder Tomás Borge",
          "Managua, May 3rd -- On behalf of the CPC Central Committee, the Chinese ambassador attended on "
          "May 2 the funeral of Tomás Borge, a founder of the Sandinista National Liberation Front, and "
          "conveyed condolences to the FSLN leadership.",
          "2012-05-03", url(EN, "2012-05-03", 53),
          ev("Nicaragua", "2012-05-02", {FSLN}, BL, "other")),
    Probe("handal-commemoration-fmln-zh",
          "中联部代表出席萨尔瓦多法拉本多·马蒂民族解放阵线纪念活动",
          "1月24日，萨尔瓦多法拉本多·马蒂民族解放阵线在圣萨尔瓦多举行纪念活动，缅怀该党已故领导人汉达尔。"
          "受中联部委托，中方代表出席活动并献花圈。法拉本多·马蒂民族解放阵线总书记感谢中国共产党。",
          "2019-01-26", url(ZH, "2019-01-26", 54),
          ev("El Salvador", "2019-01-24", {FMLN}, BL, "other"), lang="zh"),
    Probe("embassy-copy-ambassador-pcc-anniversary-zh",
          "马辉大使代表中共中央出席古巴共产党成立纪念活动",
          "2025年10月3日，驻古巴大使马辉代表中共中央出席古巴共产党中央委员会成立60周年纪念大会。古共中央"
          "第一书记迪亚斯-卡内尔出席并讲话。马辉大使转达了中共中央的热烈祝贺。",
          "2025-10-04", url(EMB_ZH, "2025-10-04", 55),
          ev("Cuba", "2025-10-03", {PCC}, BL, "other"), lang="zh"),
    # ---- F. launches of Xi's works and photo exhibitions ---------------------------------------------
    Probe("governance-book-launch-seminar-buenos-aires",
          "Launch and Seminar on Xi Jinping: The Governance of China Held in Buenos Aires",
          "Buenos Aires, April 25th -- A launch ceremony and seminar for the Spanish edition of the third "
          "volume of Xi Jinping: The Governance of China was held here on April 24, co-organised by the "
          "CPC's International Department and the Justicialist Party. Party leaders and scholars discussed "
          "the book's ideas on governance.",
          "2023-04-25", url(EN, "2023-04-25", 60),
          ev("Argentina", "2023-04-24", {PJ}, B, "seminar", KE)),
    Probe("governance-book-launch-havana-zh",
          "《习近平谈治国理政》第四卷西班牙文版首发式在哈瓦那举行",
          "当地时间11月8日，《习近平谈治国理政》第四卷西班牙文版首发式在哈瓦那举行。首发式由中联部和古巴"
          "共产党中央委员会共同主办，古共中央政治局委员出席并致辞，表示这部著作有助于古巴读者了解中国共产党"
          "的治国理政经验。",
          "2022-11-10", url(ZH, "2022-11-10", 61),
          ev("Cuba", "2022-11-08", {PCC}, BL, "other"), lang="zh",
          doubtful={"event_type": "a launch ceremony only: `other`, or a `briefing` (the CPC side presents "
                                  "its leader's thought)",
                    "content": "follows the event_type doubt"}),
    Probe("photo-exhibition-cpc-centenary-havana",
          "Photo Exhibition on the CPC's Century Opens in Havana",
          "Havana, July 2nd -- A photo exhibition on the hundred years of the Communist Party of China, "
          "organised by the CPC's International Department together with the Communist Party of Cuba's "
          "Department of International Relations, opened here yesterday. Cuban party officials toured "
          "the pictures with the Chinese ambassador.",
          "2021-07-02", url(EN, "2021-07-02", 62),
          ev("Cuba", "2021-07-01", {PCC}, BL, "other")),
    Probe("photo-exhibition-mexico-morena-zh",
          "“中国共产党的故事”图片展在墨西哥城开幕",
          "当地时间9月23日，由中联部与墨西哥国家复兴运动党政治培训学院共同举办的“中国共产党的故事”图片展在"
          "墨西哥城开幕。国家复兴运动党领导人和各界人士约二百人出席开幕式。",
          "2023-09-25", url(ZH, "2023-09-25", 63),
          ev("Mexico", "2023-09-23", {MORENA}, BL, "other"), lang="zh"),
    Probe("book-launch-caracas-psuv-traditional",
          "《習近平談治國理政》西文版推介會在加拉加斯舉行",
          "當地時間10月21日，《習近平談治國理政》西班牙文版推介會暨研討會在加拉加斯舉行，由中聯部與委內瑞拉"
          "統一社會主義黨共同主辦。委統社黨領導人和學者圍繞書中關於治國理政的論述展開研討。",
          "2018-10-23", url(HK_ZH, "2018-10-23", 64),
          ev("Venezuela", "2018-10-21", {PSUV}, BL, "seminar", KE), lang="zh"),
    # ---- G. a CPC delegation's tour with a LAC leg --------------------------------------------------
    Probe("tour-cuba-spain-portugal",
          "CPC Delegation Visits Cuba, Spain and Portugal",
          "From May 6 to 15, a CPC delegation led by Sun Haiyan, a deputy head of the CPC's International "
          "Department, visited Cuba, Spain and Portugal. In Havana the delegation met Roberto Morales "
          "Ojeda, a leader of the Communist Party of Cuba, and exchanged views on socialist construction. "
          "In Madrid and Lisbon it met leaders of the local parties.",
          "2023-05-17", url(EN, "2023-05-17", 70),
          ev("Cuba", "2023-05-06", {PCC}, BL, "delegation_visit_abroad")),
    Probe("tour-brazil-argentina",
          "CPC Delegation Visits Brazil and Argentina",
          "At the invitation of the Workers' Party of Brazil and the Justicialist Party of Argentina, a "
          "delegation of the Communist Party of China visited the two countries from August 20 to 28. "
          "In São Paulo the delegation met PT leaders; in Buenos Aires it met leaders of the Justicialist "
          "Party and visited a cooperative.",
          "2018-08-30", url(EN, "2018-08-30", 71),
          ev("multilateral", "2018-08-20", {PT, PJ}, RL, "delegation_visit_abroad")),
    Probe("tour-three-andean-zh",
          "中共代表团访问墨西哥、哥伦比亚和厄瓜多尔",
          "应墨西哥劳动党、哥伦比亚历史公约联盟和厄瓜多尔公民革命运动邀请，中共代表团于4月9日至20日访问"
          "上述三国，分别会见三党领导人，介绍中国共产党治国理政经验，并考察当地企业。",
          "2024-04-22", url(ZH, "2024-04-22", 72),
          ev("multilateral", "2024-04-09", {PTM, PACTO, RC}, RL, "delegation_visit_abroad"), lang="zh"),
    Probe("tour-russia-then-venezuela",
          "CPC Delegation Visits Russia and Venezuela",
          "A delegation of the Communist Party of China visited Russia and Venezuela from June 2 to 12. "
          "In Caracas the delegation met leaders of the United Socialist Party of Venezuela and "
          "exchanged views on party building; in Moscow it met leaders of the United Russia party.",
          "2019-06-14", url(EN, "2019-06-14", 73),
          ev("Venezuela", "2019-06-02", {PSUV}, BL, "delegation_visit_abroad")),
    Probe("tour-jamaica-trinidad",
          "CPC Delegation Visits Jamaica and Trinidad and Tobago",
          "From October 14 to 21, a CPC delegation visited Jamaica and Trinidad and Tobago at the "
          "invitation of the Jamaica Labour Party and the People's National Movement. The delegation met "
          "party and government leaders in Kingston and Port of Spain.",
          "2019-10-23", url(EN, "2019-10-23", 74),
          ev("multilateral", "2019-10-14", {"Jamaica Labour Party", "People's National Movement"}, R,
             "delegation_visit_abroad")),
    Probe("tour-cuba-vietnam-traditional",
          "中共代表團訪問古巴和越南",
          "應古巴共產黨和越南共產黨邀請，中共代表團於9月2日至11日訪問古巴和越南。在哈瓦那，代表團會見古共中央"
          "領導人，雙方就深化兩黨交流合作交換意見。",
          "2019-09-13", url(HK_ZH, "2019-09-13", 75),
          ev("Cuba", "2019-09-02", {PCC}, BL, "delegation_visit_abroad"), lang="zh"),
    Probe("visit-colombia-several-parties",
          "CPC Delegation Visits Colombia",
          "At the invitation of the Historic Pact for Colombia, a CPC delegation visited Colombia from "
          "March 3 to 8. In Bogotá the delegation met leaders of the Historic Pact and the Colombian "
          "Communist Party, and held talks with members of Congress and local officials.",
          "2023-03-10", url(EN, "2023-03-10", 76),
          ev("Colombia", "2023-03-03", {PACTO, PCCOL}, BL, "delegation_visit_abroad")),
    Probe("visit-dominican-republic-zh",
          "中共代表团访问多米尼加",
          "应多米尼加解放党邀请，中共代表团于6月18日至22日访问多米尼加，会见解放党主席和政治委员会成员，"
          "就加强两党交流、推动两国务实合作交换意见。",
          "2019-06-24", url(ZH, "2019-06-24", 77),
          ev("Dominican Republic", "2019-06-18", {PLD}, B, "delegation_visit_abroad"), lang="zh"),
    Probe("visit-panama-agency-copy",
          "Chinese party delegation wraps up visit to Panama",
          " date 2018-12-15\nPANAMA CITY, Dec. 14 (Agency) -- A delegation of the Communist Party of China "
          "ended on Friday a five-day visit to Panama that began on Dec. 10, during which it met leaders of "
          "the ruling Democratic Revolutionary Party (PRD) and toured the Panama Canal.\nEditor: Zhang Wei",
          "2018-12-15", url(AGENCY_EN, "2018-12-15", 78),
          ev("Panama", "2018-12-10", {PRD}, B, "delegation_visit_abroad")),
    # ---- H. a visit page whose headline is one meeting ------------------------------------------------
    Probe("diaz-canel-meets-delegation",
          "Díaz-Canel Meets CPC Delegation",
          "Havana, May 8th -- Miguel Díaz-Canel, First Secretary of the Communist Party of Cuba and "
          "President of Cuba, met today with a CPC delegation led by Sun Haiyan. Díaz-Canel said Cuba "
          "treasures its friendship with China. The delegation, which arrived in Havana on May 6, also "
          "met other Cuban party leaders.",
          "2023-05-09", url(EN, "2023-05-09", 80),
          ev("Cuba", "2023-05-08", {PCC}, BL, "meeting")),
    Probe("lula-meets-delegation-zh",
          "卢拉会见中共代表团",
          "当地时间8月22日，巴西总统、劳工党名誉主席卢拉在巴西利亚会见中共代表团。卢拉表示，劳工党愿同中国"
          "共产党加强交流互鉴。代表团于8月20日抵达巴西，此前已同劳工党领导人举行会谈。",
          "2023-08-24", url(ZH, "2023-08-24", 81),
          ev("Brazil", "2023-08-22", {PT}, BL, "meeting"), lang="zh"),
    Probe("maduro-receives-liu",
          "Maduro Receives Liu Jianchao in Caracas",
          "Caracas, September 5th -- Nicolás Maduro, President of Venezuela and of the United Socialist "
          "Party of Venezuela, received on Tuesday Liu Jianchao, who heads the CPC's International "
          "Department and is leading a CPC delegation on a visit to Venezuela. Liu said the CPC will keep "
          "deepening ties with the PSUV.",
          "2023-09-06", url(EN, "2023-09-06", 82),
          ev("Venezuela", "2023-09-05", {PSUV}, BL, "meeting")),
    Probe("arce-meets-cpc-delegation-full-visit",
          "Bolivian President Arce Meets CPC Delegation",
          "La Paz, April 20th -- Bolivian President Luis Arce met here on April 19 a CPC delegation on a "
          "visit to Bolivia. During its stay from April 17 to 21 the delegation also held talks with "
          "leaders of the Movement for Socialism and visited a lithium plant in Potosí.",
          "2022-04-20", url(EN, "2022-04-20", 83),
          ev("Bolivia", "2022-04-19", {MAS}, BL, "meeting")),
    Probe("ortega-meets-delegation-zh",
          "奥尔特加会见中共代表团",
          "当地时间11月9日，尼加拉瓜总统、桑地诺民族解放阵线总书记奥尔特加在马那瓜会见中共代表团。奥尔特加"
          "感谢中国共产党派团观摩尼大选。",
          "2021-11-11", url(ZH, "2021-11-11", 84),
          ev("Nicaragua", "2021-11-09", {FSLN}, BL, "meeting"), lang="zh"),
    Probe("carmona-meets-delegation-santiago",
          "Communist Party of Chile Leader Meets CPC Delegation in Santiago",
          "Santiago, March 15th -- Lautaro Carmona, General Secretary of the Communist Party of Chile, met "
          "yesterday a delegation of the CPC visiting Chile. The two sides exchanged views on the "
          "situation in Latin America and on exchanges between the two parties.",
          "2024-03-15", url(EN, "2024-03-15", 85),
          ev("Chile", "2024-03-14", {PCCH}, BL, "meeting")),
    Probe("liu-meets-boric-party-leaders-zh",
          "刘建超会见智利社会党主席",
          "当地时间9月12日，正在智利访问的中联部部长刘建超在圣地亚哥会见智利社会党主席。刘建超表示，中国"
          "共产党愿同智利社会党加强交流。",
          "2023-09-14", url(ZH, "2023-09-14", 86),
          ev("Chile", "2023-09-12", {PSCH}, BL, "meeting"), lang="zh"),
    Probe("meeting-at-sao-paulo-forum-sidelines",
          "CPC Delegation Head Meets Cuban Party Leader on Forum's Sidelines",
          "Caracas, July 27th -- On the sidelines of the São Paulo Forum meeting, the head of the CPC "
          "delegation met today with a member of the Political Bureau of the Communist Party of Cuba. The "
          "two sides agreed to strengthen coordination.",
          "2019-07-27", url(EN, "2019-07-27", 87),
          ev("Cuba", "2019-07-27", {PCC}, {"regional", "leftist"}, "meeting"),
          doubtful={"mechanism": "a side meeting with one country's party at a regional platform: the "
                                 "codebook's global side meeting rule is for worldwide platforms",
                    "content": "a meeting held at a forum: daily interaction (a meeting of two), or "
                               "knowledge exchange as a meeting with a group that came for a forum is"}),
    Probe("ambassador-only-party-congress-guest",
          "Chinese Ambassador Attends Congress of the Communist Party of Venezuela",
          "Caracas, August 28th -- Chinese Ambassador Lan Hu attended as a guest the opening of the 16th "
          "National Congress of the Communist Party of Venezuela held here on August 26, together with "
          "diplomats of other countries.",
          "2022-08-28", url(EN, "2022-08-28", 88),
          NO,
          doubtful={"relevant": "an ambassador alone, a guest among diplomats, no CPC side named: the "
                                "codebook's IDCPC exchange is one of the CPC/IDCPC (so not relevant), though "
                                "the party site's own placing suggests the party channel"}),
    # ---- I. more shapes: copies, undated leads, announcements, small parties ----------------------
    Probe("fsln-congress-agency-zh",
          "中共代表团出席桑地诺民族解放阵线代表大会",
          "新华社马那瓜11月20日电（记者张伟）尼加拉瓜桑地诺民族解放阵线代表大会20日在马那瓜开幕。应邀出席"
          "大会的中共代表团团长在开幕式上致辞，转达中国共产党的祝贺。来自三十多个国家的政党代表与会。",
          "2022-11-21", url(AGENCY_ZH, "2022-11-21", 90),
          ev("Nicaragua", "2022-11-20", {FSLN}, BL, "other"), lang="zh"),
    Probe("embassy-en-ambassador-message-psuv",
          "Ambassador Lan Hu Delivers the CPC's Message to the PSUV Congress",
          "On July 14, Ambassador Lan Hu attended the opening of the extraordinary congress of the United "
          "Socialist Party of Venezuela in Caracas on behalf of the Communist Party of China and read the "
          "CPC Central Committee's message of congratulations. President Maduro, the party's president, "
          "thanked the CPC.",
          "2022-07-15", url(EMB_EN, "2022-07-15", 91),
          ev("Venezuela", "2022-07-14", {PSUV}, BL, "other")),
    Probe("green-development-forum-santiago-xi-letter",
          "Xi Jinping Sends Letter to Forum of Chinese and Latin American Parties in Santiago",
          "Santiago, November 17th -- A forum of the Communist Party of China and political parties of "
          "Latin America and the Caribbean on green development opened here today. Xi Jinping, General "
          "Secretary of the CPC Central Committee, sent a congratulatory letter, read at the opening. "
          "Leaders of the Socialist Party of Chile, the Broad Front of Uruguay and some twenty other "
          "parties of the region attended.",
          "2023-11-17", url(EN, "2023-11-17", 92),
          ev("multilateral", "2023-11-17", {PSCH, FA}, RL, "forum", KE)),
    Probe("pcdob-congress-recently-no-day-zh",
          "中共代表团出席巴西共产党第十五次全国代表大会",
          "近日，巴西共产党第十五次全国代表大会在巴西利亚举行。应巴共邀请，中共代表团出席大会开幕式，宣读中共"
          "中央贺信。巴共主席卢西亚娜·桑托斯感谢中国共产党长期以来的支持。",
          "2021-10-20", url(ZH, "2021-10-20", 93),
          ev("Brazil", None, {PCDOB}, BL, "other"), lang="zh"),
    Probe("grenada-ndc-convention-envoy",
          "CPC Envoy Attends the National Democratic Congress Convention in Grenada",
          "St. George's, September 10th -- A CPC envoy attended on September 9 the annual convention of "
          "the National Democratic Congress (NDC), Grenada's governing party, and conveyed the "
          "greetings of the CPC to Prime Minister Dickon Mitchell, the party's political leader.",
          "2023-09-11", url(EN, "2023-09-11", 94),
          ev("Grenada", "2023-09-09", {"National Democratic Congress (Grenada)"}, B, "other")),
    Probe("dominica-labour-convention",
          "Chinese Delegation Attends Dominica Labour Party Convention",
          "Roseau, October 7th -- A delegation of the Communist Party of China attended today the "
          "delegates' conference of the Dominica Labour Party, Dominica's ruling party. Prime Minister "
          "Roosevelt Skerrit, the party's political leader, welcomed the delegation.",
          "2018-10-07", url(EN, "2018-10-07", 95),
          ev("Dominica", "2018-10-07", {DLP}, B, "other")),
    Probe("pj-national-congress-zh",
          "中共代表团出席阿根廷正义党全国代表大会",
          "当地时间3月22日，阿根廷正义党全国代表大会在布宜诺斯艾利斯举行。中共代表团应邀出席并向大会转达"
          "中国共产党的祝贺。正义党领导人会见代表团，表示愿同中共加强交往。",
          "2024-03-24", url(ZH, "2024-03-24", 96),
          ev("Argentina", "2024-03-22", {PJ}, B, "other"), lang="zh"),
    Probe("venezuela-presidential-vote-observers-zh",
          "中共代表团赴委内瑞拉观摩总统选举",
          "应委内瑞拉全国选举委员会和委内瑞拉统一社会主义党邀请，中共代表团于7月26日至30日访问委内瑞拉，"
          "观摩委总统选举，并会见委统社党领导人。",
          "2024-08-01", url(ZH, "2024-08-01", 97),
          ev("Venezuela", "2024-07-26", {PSUV}, BL, "delegation_visit_abroad"), lang="zh"),
    Probe("suriname-ndp-congress",
          "CPC Delegation Attends Congress of Suriname's National Democratic Party",
          "Paramaribo, November 26th -- A CPC delegation attended on November 24 the party congress of "
          "the National Democratic Party (NDP) of Suriname and met NDP chairman Desi Bouterse.",
          "2019-11-26", url(EN, "2019-11-26", 98),
          ev("Suriname", "2019-11-24", {"National Democratic Party (Suriname)"}, B, "other")),
    Probe("citizen-revolution-convention-quito",
          "CPC Envoy Attends Citizen Revolution Convention in Quito",
          "Quito, August 13th -- An envoy of the CPC attended yesterday the national convention of the "
          "Citizen Revolution Movement in the Ecuadorian capital, which nominated the party's candidates. "
          "Party leaders thanked the CPC for its support.",
          "2022-08-13", url(EN, "2022-08-13", 99),
          ev("Ecuador", "2022-08-12", {RC}, BL, "other")),
    Probe("free-peru-seminar-lima-zh",
          "中联部与自由秘鲁党在利马联合举办治国理政研讨会",
          "当地时间6月6日至7日，中联部与自由秘鲁党在利马联合举办治国理政研讨会。自由秘鲁党领导人和干部约六十人"
          "与中方代表围绕减贫和基础设施建设开展研讨。",
          "2022-06-09", url(ZH, "2022-06-09", 100),
          ev("Peru", "2022-06-06", {FREE_PERU}, BL, "seminar", KE), lang="zh"),
    Probe("teillier-funeral-ambassador-on-behalf",
          "Chinese Ambassador Attends Funeral of Guillermo Teillier on Behalf of the CPC",
          "Santiago, July 7th -- On behalf of the CPC Central Committee, the Chinese ambassador attended "
          "on Thursday the funeral of Guillermo Teillier, President of the Communist Party of Chile, and "
          "expressed the CPC's condolences to the party's leadership.",
          "2023-07-07", url(EN, "2023-07-07", 101),
          ev("Chile", "2023-07-06", {PCCH}, BL, "other")),
    Probe("announcement-forum-havana-future",
          "CPC Delegation to Attend Party Seminar in Havana",
          "A delegation of the Communist Party of China will attend the seminar of communist and workers' "
          "parties of Latin America to be held in Havana from October 3 to 5, at the invitation of the "
          "Communist Party of Cuba, the CPC's International Department said.",
          "2024-09-28", url(EN, "2024-09-28", 102),
          ev("multilateral", "2024-10-03", {PCC}, RL, "seminar", KE),
          doubtful={"country": "a seminar one party hosts for the region's parties: the page names only "
                               "the host (Cuba) or the region (multilateral)",
                    "mechanism": "follows the country doubt"}),
    Probe("fmln-anniversary-ambassador-message-zh",
          "驻萨尔瓦多大使代表中共中央出席法拉本多·马蒂民族解放阵线成立纪念活动",
          "10月10日，驻萨尔瓦多大使受中共中央委托，出席萨尔瓦多法拉本多·马蒂民族解放阵线成立纪念大会，并宣读"
          "中共中央贺信。该党总书记对中国共产党的祝贺表示感谢。",
          "2020-10-12", url(ZH, "2020-10-12", 103),
          ev("El Salvador", "2020-10-10", {FMLN}, BL, "other"), lang="zh"),
    # ---- K. negatives: no CPC side, no Chinese side, or not LAC ------------------------------------
    Probe("neg-embassy-spring-festival-lima",
          "Chinese Embassy in Peru Holds Spring Festival Reception",
          "Lima, January 20th -- The Chinese Embassy in Peru held a reception today to celebrate the "
          "Spring Festival. Peruvian ministers, members of Congress and representatives of the Chinese "
          "community attended. The ambassador reviewed the year's cooperation between the two countries.",
          "2023-01-20", url(EN, "2023-01-20", 110), NO),
    Probe("neg-embassy-national-day-mexico-zh",
          "驻墨西哥使馆举行国庆招待会",
          "9月26日，驻墨西哥使馆举行庆祝中华人民共和国成立75周年招待会。墨西哥外交部官员、各国驻墨使节及"
          "旅墨侨胞约五百人出席。大使致辞，回顾中墨关系发展成就。",
          "2024-09-27", url(ZH, "2024-09-27", 111), NO, lang="zh"),
    Probe("neg-sao-paulo-forum-no-chinese-side",
          "São Paulo Forum Holds Its Annual Meeting in Caracas",
          "Caracas, July 28th -- Leftist parties of Latin America and the Caribbean gathered here this "
          "week for the annual meeting of the São Paulo Forum. The final declaration called for regional "
          "integration and rejected sanctions against Venezuela.",
          "2019-07-30", url(EN, "2019-07-30", 112), NO),
    Probe("neg-vietnamese-party-at-cuban-event",
          "Vietnamese Party Delegation Attends Anniversary Event in Havana",
          "Havana, October 4th -- A delegation of the Communist Party of Vietnam attended yesterday the "
          "celebration of the 60th anniversary of the Central Committee of the Communist Party of Cuba "
          "and met Cuban party leaders.",
          "2025-10-04", url(EN, "2025-10-04", 113), NO),
    Probe("neg-lao-party-at-fsln-anniversary-zh",
          "老挝人民革命党代表团出席尼加拉瓜革命胜利纪念活动",
          "当地时间7月19日，老挝人民革命党代表团在马那瓜出席桑地诺革命胜利纪念集会，并会见桑地诺民族解放阵线"
          "领导人。",
          "2024-07-21", url(ZH, "2024-07-21", 114), NO, lang="zh"),
    Probe("neg-cpc-at-spanish-congress",
          "CPC Delegation Attends Congress of the Communist Party of Spain",
          "Madrid, March 31st -- A CPC delegation attended on March 29 the congress of the Communist "
          "Party of Spain and conveyed the CPC's greetings to its leadership.",
          "2017-03-31", url(EN, "2017-03-31", 115), NO),
    Probe("neg-cpc-at-anc-conference",
          "CPC Delegation Attends ANC National Conference",
          "Johannesburg, December 17th -- A CPC delegation attended the opening of the national conference "
          "of the African National Congress on Friday and met ANC leaders.",
          "2022-12-17", url(EN, "2022-12-17", 116), NO),
    Probe("neg-embassy-photo-exhibition-caracas-zh",
          "中委建交50周年图片展在加拉加斯开幕",
          "当地时间6月28日，由驻委内瑞拉使馆和委外交部共同举办的中委建交50周年图片展在加拉加斯开幕。委外交部"
          "副部长和使馆官员出席开幕式。",
          "2024-06-30", url(ZH, "2024-06-30", 117), NO, lang="zh"),
    Probe("neg-embassy-donation-bolivia",
          "Chinese Embassy Donates Computers to Schools in El Alto",
          "La Paz, May 15th -- The Chinese Embassy in Bolivia handed over computers to three schools in El "
          "Alto today. Bolivia's Minister of Education thanked China for its help.",
          "2021-05-15", url(EN, "2021-05-15", 118), NO),
    Probe("neg-copppal-no-chinese-side",
          "COPPPAL Meets in Santo Domingo",
          "Santo Domingo, April 12th -- Parties of the Permanent Conference of Political Parties of Latin "
          "America and the Caribbean met here on April 11 and elected a new president of the organisation.",
          "2019-04-12", url(EN, "2019-04-12", 119), NO),
    Probe("neg-vietnamese-party-at-pcdob-zh",
          "越南共产党代表团出席巴西共产党代表大会",
          "当地时间10月15日，越南共产党代表团在巴西利亚出席巴西共产党全国代表大会，并向大会转交越共中央贺信。",
          "2021-10-17", url(ZH, "2021-10-17", 120), NO, lang="zh"),
    Probe("neg-russian-party-in-havana",
          "United Russia Delegation Holds Talks in Havana",
          "Havana, June 9th -- A delegation of the United Russia party held talks today with leaders of "
          "the Communist Party of Cuba on cooperation between the two parties.",
          "2023-06-09", url(EN, "2023-06-09", 121), NO),
    Probe("neg-ambassador-jamaica-independence",
          "Chinese Ambassador Attends Jamaica's Independence Day Ceremony",
          "Kingston, August 7th -- The Chinese ambassador attended on August 6 the ceremony marking "
          "Jamaica's Independence Day at King's House, hosted by the Governor-General.",
          "2022-08-07", url(EN, "2022-08-07", 122), NO),
    Probe("neg-embassy-film-week-argentina-zh",
          "中国电影周在布宜诺斯艾利斯开幕",
          "当地时间11月5日，由驻阿根廷使馆主办的中国电影周在布宜诺斯艾利斯开幕。阿根廷文化部官员和观众三百余人"
          "出席开幕式。",
          "2019-11-07", url(ZH, "2019-11-07", 123), NO, lang="zh"),
    Probe("neg-korean-party-at-psuv-congress",
          "Workers' Party of Korea Delegation Attends PSUV Congress",
          "Caracas, July 30th -- A delegation of the Workers' Party of Korea attended the congress of the "
          "United Socialist Party of Venezuela held here from July 28 and conveyed greetings.",
          "2018-07-30", url(EN, "2018-07-30", 124), NO),
    Probe("neg-cpc-at-avante-festival",
          "CPC Delegation Attends Avante! Festival in Portugal",
          "Lisbon, September 4th -- A CPC delegation attended the Avante! Festival of the Portuguese "
          "Communist Party on September 2 and met the party's General Secretary.",
          "2023-09-04", url(EN, "2023-09-04", 125), NO),
    Probe("neg-embassy-reception-brasilia-zh",
          "驻巴西使馆举办招待会庆祝中巴建交50周年",
          "8月15日，驻巴西使馆在巴西利亚举办招待会，庆祝中巴建交50周年。巴西参议员、政府官员和各界友好人士"
          "出席。大使表示，中方愿同巴方推动两国全面战略伙伴关系不断发展。",
          "2024-08-16", url(ZH, "2024-08-16", 126), NO, lang="zh"),
]

# The second batch, written after the first rules were changed and run blind once (its first-run numbers
# are reported apart): more hosts, copies and date shapes of the same kinds of page.
PROBES += [
    Probe("b2-maduro-swearing-in-agency",
          "Chinese delegation attends Maduro's swearing-in",
          " date 2025-01-11\nCARACAS, Jan. 10 (Agency) -- A delegation of the Communist Party of China on "
          "Friday attended the swearing-in of Nicolás Maduro for a new term as Venezuela's president. "
          "The head of the delegation later met Diosdado Cabello, first vice president of the United "
          "Socialist Party of Venezuela, and conveyed the CPC's greetings.\nEditor: Wang Li",
          "2025-01-11", url(AGENCY_EN, "2025-01-11", 140),
          ev("Venezuela", "2025-01-10", {PSUV}, BL, "other")),
    Probe("b2-peru-red-fatherland-congress-zh",
          "中共代表团出席秘鲁共产党（红色祖国）全国代表大会",
          "当地时间9月21日，秘鲁共产党（红色祖国）全国代表大会在利马开幕。应该党邀请，中共代表团出席开幕式，"
          "代表团团长在会上致辞，祝贺大会召开。",
          "2019-09-23", url(ZH, "2019-09-23", 141),
          ev("Peru", "2019-09-21", {"Communist Party of Peru – Red Fatherland"}, BL, "other"), lang="zh"),
    Probe("b2-colombian-communist-congress",
          "CPC Delegation Attends Congress of the Colombian Communist Party",
          "Bogotá, November 12th -- The 23rd Congress of the Colombian Communist Party opened here on "
          "November 10. A CPC delegation attended the opening session at the party's invitation and "
          "exchanged views with party leaders on the peace process.",
          "2022-11-12", url(EN, "2022-11-12", 142),
          ev("Colombia", "2022-11-10", {PCCOL}, BL, "other")),
    Probe("b2-petro-inauguration-sunday",
          "CPC Envoy Attends the Inauguration of Colombian President Gustavo Petro",
          "Bogotá, August 8th -- An envoy of the Communist Party of China attended on Sunday the "
          "inauguration of Gustavo Petro as President of Colombia in the Plaza de Bolívar. The envoy also "
          "met leaders of the Historic Pact for Colombia, the coalition that won the election.",
          "2022-08-09", url(EN, "2022-08-09", 143),
          ev("Colombia", "2022-08-07", {PACTO}, BL, "other")),
    Probe("b2-lula-inauguration-zh",
          "中共代表团出席巴西总统卢拉就职典礼",
          "当地时间1月1日，巴西总统卢拉在巴西利亚宣誓就职。中共代表团应劳工党邀请出席就职典礼，并会见劳工党"
          "主席格莱西，转达中国共产党的祝贺。",
          "2023-01-03", url(ZH, "2023-01-03", 144),
          ev("Brazil", "2023-01-01", {PT}, BL, "other"), lang="zh"),
    Probe("b2-foro-de-sao-paulo-spanish-name",
          "CPC Representative Speaks at the Foro de São Paulo in Caracas",
          "Caracas, July 11th -- The 27th Meeting of the Foro de São Paulo opened here on July 10 with "
          "parties of the left from across Latin America and the Caribbean. A CPC representative "
          "addressed the plenary and spoke of China's views on a multipolar world.",
          "2024-07-11", url(EN, "2024-07-11", 145),
          ev("multilateral", "2024-07-10", set(), RL, "forum", KE)),
    Probe("b2-sao-paulo-forum-traditional",
          "中共代表團出席聖保羅論壇會議",
          "當地時間6月29日至7月2日，聖保羅論壇第26次會議在巴西首都巴西利亞舉行，會議由巴西勞工黨承辦。中共代表團"
          "應邀出席並在全體會議上發言。",
          "2023-07-04", url(HK_ZH, "2023-07-04", 146),
          ev("multilateral", "2023-06-29", {PT}, RL, "forum", KE), lang="zh"),
    Probe("b2-copppal-santo-domingo",
          "CPC Delegation Attends COPPPAL Meeting in Santo Domingo",
          "Santo Domingo, April 13th -- A CPC delegation attended as a guest the meeting of the Permanent "
          "Conference of Political Parties of Latin America and the Caribbean (COPPPAL) held here on "
          "April 11 and 12 and hosted by the Dominican Liberation Party.",
          "2019-04-13", url(EN, "2019-04-13", 147),
          ev("multilateral", "2019-04-11", {PLD}, R, "forum", KE)),
    Probe("b2-bolivia-election-accompaniment",
          "CPC Delegation Accompanies Bolivia's General Elections",
          "At the invitation of the Movement for Socialism, a CPC delegation visited Bolivia from October "
          "15 to 20 to accompany the general elections held on October 18. In La Paz the delegation met "
          "MAS leaders and visited polling stations.",
          "2020-10-22", url(EN, "2020-10-22", 148),
          ev("Bolivia", "2020-10-15", {MAS}, BL, "delegation_visit_abroad")),
    Probe("b2-fidel-ashes-santiago",
          "Chinese Delegation Attends Ceremony for Fidel Castro in Santiago de Cuba",
          "Santiago de Cuba, December 4th -- A Chinese delegation joined Cuban leaders today at the "
          "ceremony in Santa Ifigenia cemetery where the ashes of Fidel Castro, founder of the Communist "
          "Party of Cuba, were laid to rest.",
          "2016-12-05", url(EN, "2016-12-05", 149),
          ev("Cuba", "2016-12-04", {PCC}, BL, "other")),
    Probe("b2-fmln-40th-zh",
          "中共代表团出席萨尔瓦多法拉本多·马蒂民族解放阵线成立40周年庆祝活动",
          "当地时间10月10日，萨尔瓦多法拉本多·马蒂民族解放阵线在圣萨尔瓦多举行成立40周年庆祝活动。中共代表团"
          "应邀出席，并转交中共中央贺信。",
          "2020-10-12", url(ZH, "2020-10-12", 150),
          ev("El Salvador", "2020-10-10", {FMLN}, BL, "other"), lang="zh"),
    Probe("b2-hybrid-seminar-caracas",
          "CPC and PSUV Hold Seminar in Caracas with Participants Joining from Beijing",
          "Caracas, November 21st -- A seminar of the Communist Party of China and the United Socialist "
          "Party of Venezuela on building socialism in the new era was held here today, with speakers in "
          "Beijing joining by video link.",
          "2023-11-21", url(EN, "2023-11-21", 151),
          ev("Venezuela", "2023-11-21", {PSUV}, BL, "seminar", KE)),
    Probe("b2-poverty-forum-lima-regional",
          "China-Latin America Forum on Poverty Reduction Held in Lima",
          "Lima, October 25th -- A forum on poverty reduction co-hosted by the CPC's International "
          "Department opened here today, with party leaders and lawmakers from Peru, Ecuador, Bolivia and "
          "Colombia sharing their experience with Chinese officials.",
          "2019-10-25", url(EN, "2019-10-25", 152),
          ev("multilateral", "2019-10-25", set(), R, "forum", KE)),
    Probe("b2-portuguese-edition-seminar-sao-paulo",
          "Seminar on Xi Jinping's Book on Poverty Alleviation Held in São Paulo",
          "São Paulo, May 14th -- A seminar marking the launch of the Portuguese edition of Xi Jinping's "
          "book on poverty alleviation was held here on May 13, co-hosted by the CPC's International "
          "Department and the Workers' Party of Brazil.",
          "2019-05-14", url(EN, "2019-05-14", 153),
          ev("Brazil", "2019-05-13", {PT}, BL, "seminar", KE)),
    Probe("b2-photo-exhibition-havana-zh",
          "中国共产党图片展在哈瓦那开幕",
          "当地时间10月1日，由中联部和古巴共产党中央国际关系部共同主办的“中国共产党与中国式现代化”图片展在"
          "哈瓦那开幕。古共中央国际关系部部长出席开幕式。",
          "2024-10-03", url(ZH, "2024-10-03", 154),
          ev("Cuba", "2024-10-01", {PCC}, BL, "other"), lang="zh"),
    Probe("b2-tour-southern-cone",
          "CPC Delegation Visits Chile, Argentina and Uruguay",
          "At the invitation of the Socialist Party of Chile, the Justicialist Party and the Broad Front, a "
          "CPC delegation visited Chile, Argentina and Uruguay from November 3 to 14, meeting the three "
          "parties' leaders and visiting farms and factories.",
          "2019-11-16", url(EN, "2019-11-16", 155),
          ev("multilateral", "2019-11-03", {PSCH, PJ, FA}, RL, "delegation_visit_abroad")),
    Probe("b2-tour-brazil-south-africa",
          "CPC Delegation Visits Brazil and South Africa",
          "A CPC delegation visited Brazil and South Africa from September 2 to 11. In Brasília the "
          "delegation met leaders of the Workers' Party; in Pretoria it met ANC officials.",
          "2023-09-13", url(EN, "2023-09-13", 156),
          ev("Brazil", "2023-09-02", {PT}, BL, "delegation_visit_abroad")),
    Probe("b2-pcc-second-secretary-meets-zh",
          "古共中央第二书记会见中共代表团",
          "当地时间5月9日，古巴共产党中央第二书记莫拉莱斯在哈瓦那会见正在古巴访问的中共代表团。双方就深化两党"
          "交流互鉴交换意见。",
          "2023-05-11", url(ZH, "2023-05-11", 157),
          ev("Cuba", "2023-05-09", {PCC}, BL, "meeting"), lang="zh"),
    Probe("b2-petro-meets-delegation",
          "Colombian President Petro Meets CPC Delegation",
          "Bogotá, March 7th -- Colombian President Gustavo Petro met here on March 6 a delegation of the "
          "Communist Party of China visiting Colombia at the invitation of the Historic Pact. Petro said "
          "Colombia wants closer ties with China.",
          "2023-03-07", url(EN, "2023-03-07", 158),
          ev("Colombia", "2023-03-06", {PACTO}, BL, "meeting")),
    Probe("b2-pt-congress-attends-meets-lula",
          "CPC Delegation Attends PT Congress and Meets Lula",
          "Brasília, October 14th -- A CPC delegation attended on Friday the opening of the national "
          "congress of Brazil's Workers' Party and was received by President Lula on the sidelines.",
          "2023-10-14", url(EN, "2023-10-14", 159),
          ev("Brazil", "2023-10-13", {PT}, BL, "other"),
          doubtful={"event_type": "a headline with two exchanges, attending the congress and meeting the "
                                  "president: the first the headline names (other) or the meeting last"}),
    Probe("b2-ambassador-condolences-wake",
          "Chinese Ambassador Conveys the CPC's Condolences at the Wake of a PCU Leader",
          "Montevideo, March 12th -- Chinese Ambassador Wang Gang went today to the wake of a veteran "
          "leader of the Communist Party of Uruguay and conveyed the condolences of the CPC to the party.",
          "2019-03-12", url(EN, "2019-03-12", 160),
          ev("Uruguay", "2019-03-12", {PCU}, BL, "other")),
    Probe("b2-ambassador-for-cpc-psuv-zh",
          "驻委内瑞拉大使代表中共中央出席委统社党成立纪念活动",
          "3月24日，驻委内瑞拉大使受中共中央委托，出席委内瑞拉统一社会主义党成立纪念活动，并转达中共中央的祝贺。",
          "2023-03-26", url(ZH, "2023-03-26", 161),
          ev("Venezuela", "2023-03-24", {PSUV}, BL, "other"), lang="zh"),
    Probe("b2-greetings-read-at-fsln-rally",
          "CPC Greetings Read at Sandinista Rally in Managua",
          "Managua, July 20th -- Greetings of the Communist Party of China were read yesterday at the rally "
          "of the Sandinista National Liberation Front marking the anniversary of the revolution.",
          "2023-07-20", url(EN, "2023-07-20", 162),
          ev("Nicaragua", "2023-07-19", {FSLN}, BL, "other")),
    Probe("b2-orsi-inauguration-broad-front",
          "Xi Jinping's Special Envoy Attends Inauguration of Uruguayan President Orsi",
          "Montevideo, March 2nd -- Xi Jinping's special envoy attended on Saturday the inauguration of "
          "Yamandú Orsi as President of Uruguay, and met leaders of the Broad Front, the governing "
          "coalition.",
          "2025-03-03", url(EN, "2025-03-03", 163),
          ev("Uruguay", "2025-03-01", {FA}, BL, "other")),
    Probe("b2-chavez-birthday-commemoration",
          "Chinese Delegation Attends Commemoration of Hugo Chávez's 70th Birthday",
          "Caracas, July 29th -- A CPC delegation took part on Sunday in the commemoration of the 70th "
          "birthday of Hugo Chávez organised by the United Socialist Party of Venezuela at the Cuartel de "
          "la Montaña.",
          "2024-07-29", url(EN, "2024-07-29", 164),
          ev("Venezuela", "2024-07-28", {PSUV}, BL, "other")),
    # negatives
    Probe("b2-neg-pcc-plenum-no-chinese",
          "Communist Party of Cuba Holds Plenum in Havana",
          "Havana, December 15th -- The Central Committee of the Communist Party of Cuba held its plenary "
          "session here today and reviewed the economic plan for next year.",
          "2023-12-15", url(EN, "2023-12-15", 170), NO),
    Probe("b2-neg-embassy-reception-cuban-youth",
          "Chinese Embassy in Cuba Hosts Reception for Cuban Youth",
          "Havana, May 4th -- The Chinese Embassy in Cuba hosted a reception today for students of Cuban "
          "universities who are learning Chinese.",
          "2023-05-04", url(EN, "2023-05-04", 171), NO),
    Probe("b2-neg-embassy-culture-week-brazil-zh",
          "中国文化周在巴西利亚开幕",
          "当地时间8月20日，由驻巴西使馆主办的中国文化周在巴西利亚开幕，巴西文化部官员出席。",
          "2023-08-22", url(ZH, "2023-08-22", 172), NO, lang="zh"),
    Probe("b2-neg-lao-delegation-fsln",
          "Lao Party Delegation Attends Sandinista Anniversary",
          "Managua, July 20th -- A delegation of the Lao People's Revolutionary Party attended yesterday the "
          "anniversary rally of the Sandinista National Liberation Front.",
          "2023-07-20", url(EN, "2023-07-20", 173), NO),
    Probe("b2-neg-cpc-at-kke-congress",
          "CPC Delegation Attends Congress of the Communist Party of Greece",
          "Athens, June 3rd -- A CPC delegation attended the congress of the Communist Party of Greece held "
          "here on June 1.",
          "2021-06-03", url(EN, "2021-06-03", 174), NO),
    Probe("b2-neg-wpk-at-psuv-zh",
          "朝鲜劳动党代表团出席委内瑞拉统一社会主义党代表大会",
          "当地时间7月28日，朝鲜劳动党代表团在加拉加斯出席委内瑞拉统一社会主义党代表大会。",
          "2018-07-30", url(ZH, "2018-07-30", 175), NO, lang="zh"),
]


# probes that fail and why (filled after the first run)
OPEN: dict[tuple[str, str], str] = {
    ("anti-imperialist-meeting-havana", "event_type"):
        "a gathering whose own name is a 'Meeting' ('Anti-Imperialist Solidarity Meeting', a thousand "
        "delegates) is read as the CPC side meeting a counterpart; the forum cue knows named forums, "
        "conferences and the standing bodies' meetings, not every conference called a meeting",
    ("anti-imperialist-meeting-havana", "content"): "follows the event type",
    ("b2-ambassador-condolences-wake", "event_type"):
        "condolences conveyed in person at a wake ('went to the wake and conveyed'): the wake is the "
        "event around the message, but the attending cue asks for an attending verb (attended, joined, "
        "took part), and 'went to' is also said of trips and visits",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_event_in_lac_field(probe: Probe, name: str, expected):
    """Codebook: one country's event is that country, a regional body's meeting multilateral; the
    event type by precedence (a seminar/forum page takes that type, a message read at an event is
    that event, a congress or rally is `other`, a visit as a whole `delegation_visit_abroad`, one
    meeting's headline `meeting`); the date is the event's or the visit's first day."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def test_an_ambassador_acting_for_the_cpc_in_the_lead_makes_the_cpc_a_side():
    """Codebook, relevant: an exchange of the CPC/IDCPC; an ambassador the lead says acted on behalf
    of the CPC Central Committee only carries its part (cue ``acting_for_cpc``). The same headline
    with a lead that names no such mandate stays the embassy's activity."""
    title = "Chinese Ambassador Attends Funeral of a Founder of the FSLN"
    for_cpc = ("Managua, May 3rd -- Entrusted by the CPC Central Committee, the Chinese ambassador attended "
               "on May 2 the funeral of a founder of the Sandinista National Liberation Front.")
    alone = ("Managua, May 3rd -- The Chinese ambassador attended on May 2 the funeral of a founder of "
             "the Sandinista National Liberation Front, together with other diplomats.")
    record = idcpc(for_cpc, title=title, published="2012-05-03", url=url(EN, "2012-05-03", 130))
    assert record.relevant and record.country == "Nicaragua" and record.event_type == "other"
    record = idcpc(alone, title=title, published="2012-05-03", url=url(EN, "2012-05-03", 131))
    assert not record.relevant


def test_a_chinese_official_briefing_a_visiting_lac_delegation_stays_a_briefing():
    """The hosts' briefing of the visitors is blanked only on a CPC delegation's visit abroad
    (cue ``briefs_the_visitors``): in China, the CPC side briefing a LAC delegation on its congress
    is the CPC presenting its policy (rule 2, briefing)."""
    text = ("Beijing, March 2nd -- A deputy head of the CPC's International Department briefed the visiting "
            "delegation of the Communist Party of Cuba on the 20th National Congress of the CPC here today.")
    record = idcpc(text, title="CPC Official Briefs Cuban Party Delegation on the 20th Congress",
                   published="2023-03-02", url=url(EN, "2023-03-02", 132))
    assert record.relevant and record.event_type == "briefing"


def test_a_message_sent_to_a_congress_with_no_one_attending_stays_a_message():
    """A message read at an event is that event (rule 1, ``_message_at_attended``); a letter sent to a
    congress, with no CPC side there, is a message."""
    text = ("Beijing, June 17th -- The CPC Central Committee sent a congratulatory message today to the "
            "Fifth Congress of the United Socialist Party of Venezuela, wishing it full success.")
    record = idcpc(text, title="CPC Central Committee Sends Message to the PSUV Congress",
                   published="2024-06-17", url=url(EN, "2024-06-17", 133))
    assert record.relevant and record.event_type == "message"


def test_the_spanish_language_is_not_spain():
    """西班牙文版 (a Spanish edition) names the language, not Spain (look-alike ``zh-iberian-languages``):
    the headline's counterpart is not outside LAC."""
    text = ("当地时间4月24日，中联部与阿根廷正义党在布宜诺斯艾利斯共同举办《习近平谈治国理政》"
            "葡萄牙文版和西班牙文版推介会。")
    record = idcpc(text, title="《习近平谈治国理政》西班牙文版推介会在布宜诺斯艾利斯举行", lang="zh",
                   published="2023-04-26", url=url(ZH, "2023-04-26", 134))
    assert record.relevant and record.country == "Argentina"
