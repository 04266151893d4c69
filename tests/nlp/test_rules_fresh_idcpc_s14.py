# ruff: noqa: E501  (probe pages are prose; a line per sentence reads better unbroken)
"""Campaign 14A: a fresh IDCPC sample of 2021-2022, the online years, in the proportions a crawl
meets: about a third not about LAC (parties of Asia, Africa, Europe, the CPC's own events, LAC only
as a topic), the rest the LAC exchanges of those years: video meetings of Song Tao, Liu Jianchao and
the deputy heads with one LAC party, online seminars and "cloud" briefings on the centenary, the
sixth plenum and the 20th Congress, training webinars for one party's or several countries' cadres,
the July 2021 CPC and World Political Parties Summit, the China-LAC parties forum held online,
congratulations on the centenary and on Xi's re-election, condolences, vaccine talks between parties,
and the first in-person meetings again late in 2022. English, Chinese simplified and traditional,
on the IDCPC's site and in agency and newspaper copies.

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder gives under the codebook (shared/eval/SCHEMA.md); one test per
probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
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

EN = IDCPC_EN_OLD
EN23 = IDCPC_EN
ZH = IDCPC_ZH
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
MO_ZH = "http://www.macaodaily.com/html/{y}-{m}/{d}/content_1{n:05d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PCV = "Communist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
MORENA = "National Regeneration Movement"
PTMX = "Labor Party (Mexico)"
PRI = "Institutional Revolutionary Party"
MAS = "Movement for Socialism (Bolivia)"
PSCH = "Socialist Party of Chile"
PCCH = "Communist Party of Chile"
PJ = "Justicialist Party"
FMLN = "Farabundo Martí National Liberation Front"
LIBRE = "Liberty and Refoundation"
RC = "Citizen Revolution Movement"
PERU_LIBRE = "Free Peru"
PACTO = "Historic Pact for Colombia"
PCCOL = "Colombian Communist Party"
PLD = "Dominican Liberation Party"
PRM = "Modern Revolutionary Party"
PPPC = "People's Progressive Party/Civic"
PNM = "People's National Movement"
JLP = "Jamaica Labour Party"
PRD_PA = "Democratic Revolutionary Party"
CUBA_STATE = ("a Cuban state actor with no party named: the codebook's leftist mark is about a "
              "counterpart party or the ruling party of a socialist state; coders split")
DIGEST_DAY = ("a digest of messages sent over days under a dateline: rule 2 dates it by the dateline, "
              "the project dates a roundup only by a day an entry states ('over the past days' is "
              "'recently' or the report's day)")
WORLD_DIGEST = ("a digest of messages from parties of the whole world, LAC among them, is no platform: "
                "regional (several LAC countries) or global reads both ways")
FAMILY = "the party family is disputed (centre-left or social-democratic), leftist is a coder's call"


def ex(country: str, event_type: str, date: str | None, party_set: set[str], mechanism: set[str],
       content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return yes(country, event_type, date, parties=party_set, mechanism=mechanism, content=content)


PROBES: list[Probe] = [
    # ============================================ A. not about LAC (about a third) ==========
    Probe("neg-song-tao-video-lprp",
          "Song Tao Holds Video Meeting with Lao Party Leader",
          "Beijing, March 3rd (IDCPC)—Song Tao, who heads the CPC's International Department, talked by "
          "video link today with a senior leader of the Lao People's Revolutionary Party about the "
          "China-Laos railway and joint work against the pandemic.",
          "2021-03-03", url(EN, "2021-03-03", 1), NO),
    Probe("neg-guo-yezhou-video-anc",
          "Guo Yezhou Talks with ANC Officials via Video",
          "Beijing, April 14th (IDCPC)—Guo Yezhou, a deputy head of the IDCPC, held a video meeting on "
          "Wednesday with officials of the African National Congress on vaccine supplies and party "
          "building.",
          "2021-04-15", url(EN, "2021-04-15", 2), NO),
    Probe("neg-qian-hongshan-spd-online",
          "Qian Hongshan Exchanges Views with SPD Foreign Policy Spokesperson Online",
          "Beijing, May 19th (IDCPC)—Qian Hongshan, deputy head of the IDCPC, held an online exchange "
          "today with a foreign policy spokesperson of Germany's Social Democratic Party. They talked "
          "about climate change and the China-EU investment agreement.",
          "2021-05-19", url(EN, "2021-05-19", 3), NO),
    Probe("neg-centenary-gala-domestic",
          "IDCPC Staff Study Xi's Speech on the Centenary",
          "Beijing, July 2nd (IDCPC)—The IDCPC held a meeting today for its staff to study General "
          "Secretary Xi Jinping's speech at the ceremony marking the 100th anniversary of the CPC. "
          "Song Tao asked all staff to serve the Party's external work better.",
          "2021-07-02", url(EN, "2021-07-02", 4), NO),
    Probe("neg-world-summit-no-lac",
          "Leaders of Asian Parties Speak at CPC and World Political Parties Summit",
          "Beijing, July 7th (IDCPC)—Party leaders from Cambodia, Nepal, Pakistan and Mongolia spoke "
          "at the online CPC and World Political Parties Summit on July 6, praising the CPC's "
          "achievements in its first hundred years.",
          "2021-07-07", url(EN, "2021-07-07", 5), NO),
    Probe("neg-vietnam-congress-message",
          "CPC Central Committee Congratulates CPV on Its 13th Congress",
          "Beijing, January 31st (IDCPC)—The CPC Central Committee sent a message today to the Central "
          "Committee of the Communist Party of Vietnam, congratulating it on the close of its 13th "
          "National Congress.",
          "2021-01-31", url(EN, "2021-01-31", 6), NO),
    Probe("neg-sixth-plenum-asia-briefing",
          "IDCPC Briefs South Asian Parties on Sixth Plenary Session",
          "Beijing, November 24th (IDCPC)—The IDCPC held an online briefing today for more than 60 "
          "leaders of parties from India, Bangladesh, Sri Lanka and Nepal on the Sixth Plenary "
          "Session of the 19th CPC Central Committee.",
          "2021-11-24", url(EN, "2021-11-24", 7), NO),
    Probe("neg-africa-webinar",
          "Webinar for Cadres of Ethiopia's Prosperity Party Held",
          "Beijing, September 8th (IDCPC)—An online training course for 50 cadres of Ethiopia's "
          "Prosperity Party on poverty reduction opened today. Shen Beili, deputy head of the IDCPC, "
          "spoke at the opening.",
          "2021-09-08", url(EN, "2021-09-08", 8), NO),
    Probe("neg-lac-topic-think-tank",
          "Think Tank Experts Discuss Global Development Initiative",
          "Beijing, October 12th (IDCPC)—Chinese scholars met at an IDCPC symposium today to discuss "
          "the Global Development Initiative. Speakers said developing countries in Africa, Asia and "
          "Latin America would benefit from closer cooperation on vaccines and green growth.",
          "2021-10-12", url(EN, "2021-10-12", 9), NO),
    Probe("neg-liu-jianchao-us-ambassador",
          "Liu Jianchao Meets US Ambassador",
          "Beijing, August 18th (IDCPC)—Liu Jianchao, who heads the IDCPC, met here today with "
          "Nicholas Burns, the US ambassador to China. They exchanged views on relations between the "
          "two countries.",
          "2022-08-18", url(EN, "2022-08-18", 10), NO),
    Probe("neg-liu-jianchao-pakistan-20th",
          "Liu Jianchao Briefs Pakistani Parties on the 20th CPC National Congress",
          "Beijing, November 4th (IDCPC)—Liu Jianchao held a video briefing today for leaders of "
          "Pakistan's political parties on the outcome of the 20th CPC National Congress.",
          "2022-11-04", url(EN, "2022-11-04", 11), NO),
    Probe("neg-russia-united-russia-video",
          "CPC and United Russia Hold Video Dialogue",
          "Beijing, September 30th (IDCPC)—The CPC and the United Russia party held their dialogue by "
          "video link today. Song Tao and Dmitry Medvedev spoke from Beijing and Moscow.",
          "2021-09-30", url(EN, "2021-09-30", 12), NO),
    Probe("neg-latin-america-as-venue-of-covid",
          "IDCPC Holds Briefing for Chinese Enterprises on Overseas Pandemic Situation",
          "Beijing, February 25th (IDCPC)—The IDCPC briefed managers of Chinese companies today on how "
          "the pandemic was developing in Europe, Africa and Latin America, and on safety of staff "
          "working abroad.",
          "2021-02-25", url(EN, "2021-02-25", 13), NO),
    Probe("neg-shen-beili-serbia",
          "Shen Beili Meets Serbian Progressive Party Delegation",
          "Beijing, December 6th (IDCPC)—Shen Beili, deputy head of the IDCPC, met today with a "
          "delegation of the Serbian Progressive Party, the first foreign party group received in "
          "person in months.",
          "2022-12-06", url(EN, "2022-12-06", 14), NO),
    Probe("neg-japan-ldp-video",
          "Qian Hongshan Holds Video Meeting with Japanese LDP Lawmakers",
          "Beijing, June 22nd (IDCPC)—Qian Hongshan held a video meeting today with lawmakers of "
          "Japan's Liberal Democratic Party on the 50th anniversary of diplomatic ties next year.",
          "2021-06-22", url(EN, "2021-06-22", 15), NO),
    Probe("neg-en23-mongolia",
          "Liu Jianchao Meets Mongolian People's Party Secretary General",
          "Beijing, December 14th—Liu Jianchao, head of the IDCPC, met here today with the secretary "
          "general of the Mongolian People's Party.",
          "2022-12-14", url(EN23, "2022-12-14", 16), NO),
    Probe("neg-agency-africa-summit",
          "African party leaders hail CPC centenary",
          " date 2021-07-01 Home | World | Africa\nNAIROBI, July 1 (Xinhua) -- Leaders of political "
          "parties in Kenya, Tanzania and Zambia hailed the 100th anniversary of the Communist Party "
          "of China on Thursday, praising its role in poverty reduction.\nEditor: Wang Li",
          "2021-07-01", url(AGENCY_EN, "2021-07-01", 17), NO),
    Probe("neg-hungary-fidesz",
          "Guo Yezhou Talks with Fidesz Leaders via Video",
          "Beijing, October 20th (IDCPC)—Guo Yezhou held video talks on Tuesday with leaders of "
          "Hungary's Fidesz on the Belt and Road and party exchanges.",
          "2021-10-21", url(EN, "2021-10-21", 18), NO),
    # ---- Chinese negatives
    Probe("zh-neg-song-tao-cambodia-video",
          "宋涛同柬埔寨人民党领导人举行视频会谈",
          "3月16日，中联部部长宋涛同柬埔寨人民党中央常委举行视频会谈，双方就抗击疫情和治党理政交换了意见。",
          "2021-03-17", url(ZH, "2021-03-17", 21), NO, lang="zh"),
    Probe("zh-neg-africa-sixth-plenum",
          "中联部以视频方式向非洲政党宣介十九届六中全会精神",
          "11月30日，中联部副部长沈蓓莉以视频方式向南非、纳米比亚、津巴布韦等国政党领导人宣介党的十九届六中全会精神。",
          "2021-12-01", url(ZH, "2021-12-01", 22), NO, lang="zh"),
    Probe("zh-neg-internal-study",
          "中联部召开党史学习教育动员大会",
          "3月5日，中联部召开党史学习教育动员大会。宋涛出席并讲话，要求全部党员干部深入学习党的百年奋斗历程。",
          "2021-03-06", url(ZH, "2021-03-06", 23), NO, lang="zh"),
    Probe("zh-neg-topic-lac",
          "中联部举办全球发展倡议专家座谈会",
          "9月9日，中联部举办全球发展倡议专家座谈会。与会学者认为，倡议契合亚洲、非洲和拉美广大发展中国家的需要。",
          "2021-09-10", url(ZH, "2021-09-10", 24), NO, lang="zh"),
    Probe("zh-neg-liu-jianchao-vietnam",
          "刘建超会见越南驻华大使",
          "8月25日，中联部部长刘建超在京会见越南驻华大使范星梅，双方就两党交往交换意见。",
          "2022-08-26", url(ZH, "2022-08-26", 25), NO, lang="zh"),
    Probe("zh-neg-europe-online-seminar",
          "中欧政党高层论坛以线上方式举行",
          "6月29日，中欧政党高层论坛以视频方式举行，来自德国、法国、意大利等国的政党领导人与会。",
          "2022-06-30", url(ZH, "2022-06-30", 26), NO, lang="zh"),
    Probe("zh-neg-qian-hongshan-korea",
          "钱洪山同朝鲜劳动党代表举行视频会见",
          "5月11日，中联部副部长钱洪山以视频方式会见朝鲜劳动党中央国际部代表。",
          "2021-05-12", url(ZH, "2021-05-12", 27), NO, lang="zh"),
    Probe("zh-neg-trad-kazakhstan",
          "中聯部部長劉建超會見哈薩克斯坦阿瑪納特黨代表團",
          "【本報訊】中聯部部長劉建超12月8日在北京會見哈薩克斯坦阿瑪納特黨代表團，雙方同意恢復線下交往。",
          "2022-12-09", url(HK_ZH, "2022-12-09", 28), NO, lang="zh"),
    Probe("zh-neg-agency-asia-summit",
          "亚洲政党领导人热烈祝贺中国共产党成立100周年",
          "新华社北京7月2日电 连日来，越南、老挝、柬埔寨、蒙古国等亚洲国家政党领导人纷纷致电致函，"
          "热烈祝贺中国共产党成立100周年。",
          "2021-07-02", url(AGENCY_ZH, "2021-07-02", 29), NO, lang="zh"),
    Probe("zh-neg-twentieth-congress-domestic",
          "中联部传达学习党的二十大精神",
          "10月24日，中联部召开部务会，传达学习党的二十大精神。刘建超主持会议。",
          "2022-10-25", url(ZH, "2022-10-25", 30), NO, lang="zh"),
    Probe("zh-neg-trad-spain-topic",
          "學者談中國與拉美合作前景",
          "【本報訊】多位學者日前在北京座談，認為中國與拉丁美洲在新能源、數字經濟等領域合作潛力巨大。",
          "2022-05-20", url(MO_ZH, "2022-05-20", 31), NO, lang="zh"),
    Probe("neg-europe-left-online",
          "Online Seminar with European Left Parties Held",
          "Beijing, December 2nd (IDCPC)—The IDCPC held an online theory seminar today with leaders "
          "of left parties of Greece, Portugal, Spain and France on the CPC's century of struggle.",
          "2021-12-02", url(EN, "2021-12-02", 32), NO),
    Probe("neg-cpc-delegation-sri-lanka",
          "CPC Delegation Visits Sri Lanka",
          "Colombo, December 20th (IDCPC)—A CPC delegation led by Shen Beili visited Sri Lanka from "
          "December 17 to 20, the first such trip abroad since the pandemic began, and met party leaders.",
          "2022-12-21", url(EN, "2022-12-21", 33), NO),
    Probe("neg-brazil-as-example",
          "Guo Yezhou Meets South African Communist Party Leader",
          "Beijing, June 9th (IDCPC)—Guo Yezhou met via video link today with the general secretary of "
          "the South African Communist Party. He said BRICS countries such as Brazil, India and South "
          "Africa should stand together against unilateralism.",
          "2021-06-09", url(EN, "2021-06-09", 34), NO),
    Probe("neg-zh-egypt-plenum",
          "中联部向阿拉伯国家政党宣介十九届六中全会精神",
          "11月25日，中联部以线上线下结合方式向埃及、约旦、黎巴嫩等阿拉伯国家政党宣介十九届六中全会精神，宋涛出席并讲话。",
          "2021-11-26", url(ZH, "2021-11-26", 35), NO, lang="zh"),
    Probe("neg-peru-china-embassy-internal",
          "Chinese Diplomats Attend Lecture on CPC History",
          "Beijing, April 20th (IDCPC)—Diplomats who served in Peru, Chile and Mexico gave a lecture "
          "today to young IDCPC staff on their experience abroad, as part of the Party history study.",
          "2021-04-20", url(EN, "2021-04-20", 36), NO),

    # ============================================ B. video meetings with one LAC party ======
    Probe("song-tao-video-pcc-morales",
          "Song Tao Holds Video Talks with Roberto Morales Ojeda",
          "Beijing, June 16th (IDCPC)—Song Tao, who heads the CPC's International Department, held "
          "talks by video link today with Roberto Morales Ojeda, a member of the Political Bureau of "
          "the Communist Party of Cuba who runs its Organization Department. Song said the CPC would "
          "keep sharing experience of governance with its Cuban comrades.",
          "2021-06-16", url(EN, "2021-06-16", 41), ex("Cuba", "video_call", "2021-06-16", {PCC}, BL)),
    Probe("song-tao-video-psuv-cabello",
          "Song Tao Talks with PSUV First Vice President Diosdado Cabello via Video",
          "Beijing, March 25th (IDCPC)—Song Tao talked via video on Wednesday with Diosdado Cabello, "
          "first vice president of the United Socialist Party of Venezuela (PSUV). They discussed "
          "pandemic control, vaccines and party building.",
          "2021-03-26", url(EN, "2021-03-26", 42), ex("Venezuela", "video_call", "2021-03-24", {PSUV}, BL)),
    Probe("guo-yezhou-video-morena",
          "Guo Yezhou Holds Video Meeting with MORENA President Mario Delgado",
          "Beijing, May 27th (IDCPC)—Guo Yezhou, a deputy head of the IDCPC, held a video meeting "
          "today with Mario Delgado, president of Mexico's National Regeneration Movement (MORENA). "
          "Delgado thanked China for the vaccines it had supplied to Mexico.",
          "2021-05-27", url(EN, "2021-05-27", 43), ex("Mexico", "video_call", "2021-05-27", {MORENA}, BL)),
    Probe("qian-hongshan-video-fa-uruguay",
          "Qian Hongshan Meets Broad Front President Online",
          "Beijing, August 10th (IDCPC)—Qian Hongshan, deputy head of the IDCPC, met online today with "
          "Fernando Pereira, president of Uruguay's Broad Front. The two sides agreed to hold more "
          "exchanges among young cadres.",
          "2021-08-10", url(EN, "2021-08-10", 44), ex("Uruguay", "video_call", "2021-08-10", {FA}, BL)),
    Probe("shen-beili-video-pcdob",
          "Shen Beili Holds Video Talks with PCdoB President Luciana Santos",
          "Beijing, September 14th (IDCPC)—Shen Beili, deputy head of the IDCPC, held video talks "
          "today with Luciana Santos, president of the Communist Party of Brazil (PCdoB), on the "
          "centenary of the CPC and the fight against COVID-19.",
          "2021-09-14", url(EN, "2021-09-14", 45), ex("Brazil", "video_call", "2021-09-14", {PCDOB}, BL)),
    Probe("song-tao-video-pt-vaccine",
          "Song Tao Holds Video Meeting with Workers' Party President Gleisi Hoffmann",
          "Beijing, February 4th (IDCPC)—Song Tao held a video meeting on Thursday with Gleisi "
          "Hoffmann, president of Brazil's Workers' Party. Hoffmann said the PT valued China's "
          "help with vaccines, and the two sides agreed to deepen cooperation against the pandemic.",
          "2021-02-05", url(EN, "2021-02-05", 46), ex("Brazil", "video_call", "2021-02-04", {PT}, BL)),
    Probe("guo-yezhou-video-mas-evo",
          "Guo Yezhou Talks with MAS Leaders via Video Link",
          "Beijing, April 8th (IDCPC)—Guo Yezhou talked via video link today with leaders of Bolivia's "
          "Movement for Socialism (MAS), including its head of international relations. They spoke "
          "of the party's return to government and of vaccine cooperation.",
          "2021-04-08", url(EN, "2021-04-08", 47), ex("Bolivia", "video_call", "2021-04-08", {MAS}, BL)),
    Probe("qian-hongshan-phone-fmln",
          "Qian Hongshan Speaks by Phone with FMLN Secretary General",
          "Beijing, October 19th (IDCPC)—Qian Hongshan spoke by telephone on Monday with the secretary "
          "general of El Salvador's Farabundo Martí National Liberation Front (FMLN), on "
          "relations between the two parties.",
          "2021-10-20", url(EN, "2021-10-20", 48), ex("El Salvador", "phone_call", "2021-10-18", {FMLN}, BL)),
    Probe("song-tao-video-peru-libre",
          "Song Tao Holds Video Meeting with Free Peru Party Leader",
          "Beijing, September 2nd (IDCPC)—Song Tao held a video meeting today with Vladimir Cerrón, "
          "secretary general of Peru's Free Peru party (Perú Libre), after the party's candidate Pedro "
          "Castillo took office as president.",
          "2021-09-02", url(EN, "2021-09-02", 49), ex("Peru", "video_call", "2021-09-02", {PERU_LIBRE}, BL)),
    Probe("shen-beili-video-libre-honduras",
          "Shen Beili Talks Online with LIBRE Party of Honduras",
          "Beijing, January 20th (IDCPC)—Shen Beili held an online meeting today with a delegation of "
          "Honduras's Liberty and Refoundation Party (LIBRE) led by its general coordinator Manuel "
          "Zelaya, days before Xiomara Castro's inauguration as president.",
          "2022-01-20", url(EN, "2022-01-20", 50), ex("Honduras", "video_call", "2022-01-20", {LIBRE}, BL)),
    Probe("guo-yezhou-video-pj",
          "Guo Yezhou Holds Video Talks with Justicialist Party Delegation",
          "Beijing, November 9th (IDCPC)—Guo Yezhou held video talks on Tuesday with a delegation of "
          "Argentina's Justicialist Party led by its secretary for international relations. Both "
          "sides praised the cooperation of China and Argentina in fighting the pandemic.",
          "2021-11-10", url(EN, "2021-11-10", 51), ex("Argentina", "video_call", "2021-11-09", {PJ}, B)),
    Probe("liu-jianchao-video-pacto",
          "Liu Jianchao Holds Video Call with Historic Pact Leaders of Colombia",
          "Beijing, September 6th (IDCPC)—Liu Jianchao, who heads the IDCPC, held a video call today "
          "with leaders of Colombia's Historic Pact, the coalition that brought Gustavo Petro to the "
          "presidency.",
          "2022-09-06", url(EN, "2022-09-06", 52), ex("Colombia", "video_call", "2022-09-06", {PACTO}, BL)),
    Probe("liu-jianchao-video-pcc-lozada",
          "Liu Jianchao Talks with Head of PCC's International Relations Department via Video",
          "Beijing, July 21st (IDCPC)—Liu Jianchao talked via video link today with Emilio Lozada "
          "García, who heads the international relations department of the Central Committee of the "
          "Communist Party of Cuba. Liu said the CPC stands firmly with Cuba against the blockade.",
          "2022-07-21", url(EN, "2022-07-21", 53), ex("Cuba", "video_call", "2022-07-21", {PCC}, BL)),
    Probe("qian-hongshan-video-plD",
          "Qian Hongshan Holds Video Meeting with Dominican Liberation Party",
          "Beijing, July 13th (IDCPC)—Qian Hongshan held a video meeting on July 12 with Charles "
          "Mariotti, secretary general of the Dominican Liberation Party (PLD).",
          "2021-07-13", url(EN, "2021-07-13", 54), ex("Dominican Republic", "video_call", "2021-07-12", {PLD}, B),
          doubtful={"mechanism": FAMILY}),
    Probe("song-tao-video-pppc",
          "Song Tao Holds Video Talks with PPP/C General Secretary Bharrat Jagdeo",
          "Beijing, December 1st (IDCPC)—Song Tao held video talks today with Bharrat Jagdeo, general "
          "secretary of the People's Progressive Party/Civic of Guyana and the country's vice "
          "president, on party ties and the Belt and Road.",
          "2021-12-01", url(EN, "2021-12-01", 55), ex("Guyana", "video_call", "2021-12-01", {PPPC}, BL)),
    Probe("guo-yezhou-video-pnm",
          "Guo Yezhou Meets PNM Chairman via Video",
          "Beijing, June 29th (IDCPC)—Guo Yezhou met via video link on Monday with the chairman of the "
          "People's National Movement (PNM) of Trinidad and Tobago. They exchanged views on the "
          "pandemic and trade.",
          "2021-06-29", url(EN, "2021-06-29", 56), ex("Trinidad and Tobago", "video_call", "2021-06-28", {PNM}, B)),
    Probe("en23-liu-jianchao-video-rc",
          "Liu Jianchao Holds Online Meeting with Citizen Revolution Leaders",
          "Beijing, October 11th—Liu Jianchao, head of the IDCPC, held an online meeting today with "
          "leaders of Ecuador's Citizen Revolution Movement, who praised China's development path.",
          "2022-10-11", url(EN23, "2022-10-11", 57), ex("Ecuador", "video_call", "2022-10-11", {RC}, BL)),
    Probe("shen-beili-video-pcch",
          "Shen Beili Talks with Communist Party of Chile President via Video",
          "Beijing, May 18th (IDCPC)—Shen Beili talked via video link today with Guillermo Teillier, "
          "president of the Communist Party of Chile, about the new constitution being drafted in Chile "
          "and the CPC's centenary.",
          "2022-05-18", url(EN, "2022-05-18", 58), ex("Chile", "video_call", "2022-05-18", {PCCH}, BL)),
    Probe("qian-hongshan-video-ptmx-vaccine",
          "Qian Hongshan and Labor Party of Mexico Discuss Vaccine Cooperation",
          "Beijing, March 10th (IDCPC)—Qian Hongshan held a video meeting on Tuesday with Alberto "
          "Anaya, national leader of Mexico's Labor Party (PT). Anaya said Chinese vaccines had helped "
          "Mexico in a hard moment.",
          "2021-03-10", url(EN, "2021-03-10", 59), ex("Mexico", "video_call", "2021-03-09", {PTMX}, BL)),
    # ---- Chinese video meetings
    Probe("zh-song-tao-video-pcc",
          "宋涛同古共中央政治局委员莫拉莱斯举行视频会谈",
          "6月16日，中联部部长宋涛同古巴共产党中央政治局委员、组织部长莫拉莱斯举行视频会谈。宋涛表示，中国共产党愿同古巴共产党加强治党治国经验交流。",
          "2021-06-17", url(ZH, "2021-06-17", 61), ex("Cuba", "video_call", "2021-06-16", {PCC}, BL), lang="zh"),
    Probe("zh-guo-yezhou-video-psuv",
          "郭业洲同委内瑞拉统一社会主义党代表举行视频会见",
          "4月22日，中联部副部长郭业洲以视频方式会见委内瑞拉统一社会主义党国际事务负责人，双方就疫苗合作和两党交往交换意见。",
          "2021-04-23", url(ZH, "2021-04-23", 62), ex("Venezuela", "video_call", "2021-04-22", {PSUV}, BL), lang="zh"),
    Probe("zh-qian-hongshan-video-fsln",
          "钱洪山同尼加拉瓜桑地诺民族解放阵线代表举行视频会谈",
          "12月14日，中联部副部长钱洪山同尼加拉瓜桑地诺民族解放阵线代表举行视频会谈。钱洪山表示，中尼复交为两党关系发展开辟了新前景。",
          "2021-12-15", url(ZH, "2021-12-15", 63), ex("Nicaragua", "video_call", "2021-12-14", {FSLN}, BL), lang="zh"),
    Probe("zh-shen-beili-video-pcu",
          "沈蓓莉同乌拉圭共产党总书记卡斯蒂略视频通话",
          "9月28日，中联部副部长沈蓓莉同乌拉圭共产党总书记卡斯蒂略视频通话，介绍中国共产党百年奋斗的历史经验。",
          "2021-09-29", url(ZH, "2021-09-29", 64), ex("Uruguay", "video_call", "2021-09-28", {PCU}, BL), lang="zh"),
    Probe("zh-liu-jianchao-video-pt-brazil",
          "刘建超同巴西劳工党主席霍夫曼视频会见",
          "11月8日，中联部部长刘建超以视频方式会见巴西劳工党主席霍夫曼，祝贺卢拉当选巴西总统。",
          "2022-11-09", url(ZH, "2022-11-09", 65), ex("Brazil", "video_call", "2022-11-08", {PT}, BL), lang="zh"),
    Probe("zh-song-tao-video-morena",
          "宋涛同墨西哥国家复兴运动主席德尔加多举行视频会谈",
          "当地时间10日晚，也即北京时间11日上午，中联部部长宋涛同墨西哥国家复兴运动主席德尔加多举行视频会谈，双方就抗疫合作交换了意见。",
          "2022-03-11", url(ZH, "2022-03-11", 66), ex("Mexico", "video_call", "2022-03-10", {MORENA}, BL), lang="zh",
          doubtful={"event_date": "two clocks: the local evening of the 10th is the Beijing morning of the 11th"}),
    Probe("zh-guo-yezhou-phone-mas",
          "郭业洲同玻利维亚争取社会主义运动领导人通电话",
          "1月26日，中联部副部长郭业洲同玻利维亚争取社会主义运动全国领导层成员通电话，就两党交流合作交换意见。",
          "2021-01-27", url(ZH, "2021-01-27", 67), ex("Bolivia", "phone_call", "2021-01-26", {MAS}, BL), lang="zh"),
    Probe("zh-trad-song-tao-video-psuv",
          "宋濤與委內瑞拉統一社會主義黨第一副主席卡韋略視頻會談",
          "【本報訊】中聯部部長宋濤3月24日同委內瑞拉統一社會主義黨第一副主席卡韋略舉行視頻會談，雙方就疫情防控和黨的建設交換意見。",
          "2021-03-26", url(HK_ZH, "2021-03-26", 68), ex("Venezuela", "video_call", "2021-03-24", {PSUV}, BL), lang="zh"),
    Probe("zh-shen-beili-video-fa",
          "沈蓓莉同乌拉圭广泛阵线主席佩雷拉举行视频会见",
          "8月31日，中联部副部长沈蓓莉视频会见乌拉圭广泛阵线主席佩雷拉。",
          "2022-09-01", url(ZH, "2022-09-01", 69), ex("Uruguay", "video_call", "2022-08-31", {FA}, BL), lang="zh"),
    Probe("zh-qian-hongshan-video-pj",
          "钱洪山视频会见阿根廷正义党代表",
          "5月19日，中联部副部长钱洪山视频会见阿根廷正义党国际关系书记，双方表示愿深化两党交往。",
          "2022-05-20", url(ZH, "2022-05-20", 70), ex("Argentina", "video_call", "2022-05-19", {PJ}, B), lang="zh"),
    # ============================================ C. online seminars, cloud briefings ==========
    Probe("online-seminar-centenary-lac",
          "Online Seminar on the CPC's Centenary Held for Latin American Parties",
          "Beijing, June 24th (IDCPC)—The IDCPC held an online theory seminar today on the hundred "
          "years of the CPC with leaders of more than 30 parties of Latin America and the Caribbean. "
          "Speakers from the Communist Party of Cuba, the Workers' Party of Brazil and Mexico's MORENA "
          "praised the CPC's people-centred governance. Song Tao gave a keynote speech.",
          "2021-06-24", url(EN, "2021-06-24", 81), ex(M, "seminar", "2021-06-24", {PCC, PT, MORENA}, RL, KE)),
    Probe("cloud-briefing-sixth-plenum-lac",
          "IDCPC Holds Cloud Briefing on Sixth Plenary Session for Latin American Parties",
          "Beijing, December 9th (IDCPC)—The IDCPC held a \"cloud\" briefing session today on the Sixth "
          "Plenary Session of the 19th CPC Central Committee for leaders of parties of Argentina, Chile, "
          "Uruguay and Peru. Guo Yezhou presented the plenum's resolution on the Party's history. "
          "Leaders of the Justicialist Party, the Socialist Party of Chile, the Broad Front and Free "
          "Peru spoke.",
          "2021-12-09", url(EN, "2021-12-09", 82),
          ex(M, "briefing", "2021-12-09", {PJ, PSCH, FA, PERU_LIBRE}, RL, KE)),
    Probe("briefing-20th-congress-cuba",
          "Liu Jianchao Briefs Communist Party of Cuba on the 20th CPC National Congress",
          "Beijing, November 2nd (IDCPC)—The IDCPC held a briefing session by video link today for the "
          "Communist Party of Cuba on the 20th CPC National Congress. Liu Jianchao presented the "
          "congress report; Roberto Morales Ojeda and some 80 Cuban cadres took part from Havana.",
          "2022-11-02", url(EN, "2022-11-02", 83), ex("Cuba", "briefing", "2022-11-02", {PCC}, BL, KE)),
    Probe("briefing-20th-congress-caribbean",
          "IDCPC Briefs Caribbean Parties on the 20th CPC National Congress",
          "Beijing, November 17th (IDCPC)—Qian Hongshan presented the outcome of the 20th CPC National "
          "Congress today at an online briefing for leaders of parties of Jamaica, Guyana, Trinidad and "
          "Tobago and Barbados. Participants from the Jamaica Labour Party and the People's Progressive "
          "Party/Civic asked about China's modernization.",
          "2022-11-17", url(EN, "2022-11-17", 84), ex(M, "briefing", "2022-11-17", {JLP, PPPC}, RL, KE)),
    Probe("online-seminar-venezuela-psuv",
          "CPC and PSUV Hold Online Theory Seminar",
          "Beijing, October 28th (IDCPC)—The CPC and the United Socialist Party of Venezuela held an "
          "online theory seminar on Thursday on party building in the new era. Guo Yezhou and PSUV "
          "vice president Diosdado Cabello spoke, and some 200 party members joined by video.",
          "2021-10-29", url(EN, "2021-10-29", 85), ex("Venezuela", "seminar", "2021-10-28", {PSUV}, BL, KE)),
    Probe("video-call-with-briefing-pt",
          "Liu Jianchao Holds Video Call with PT Leaders on 20th CPC Congress",
          "Beijing, November 21st (IDCPC)—Liu Jianchao held a video call today with leaders of "
          "Brazil's Workers' Party and briefed them on the main points of the 20th CPC National "
          "Congress. Gleisi Hoffmann said the PT was eager to learn from it.",
          "2022-11-21", url(EN, "2022-11-21", 86), ex("Brazil", "video_call", "2022-11-21", {PT}, BL),
          doubtful={"event_type": "a video call whose substance is a briefing: call or briefing",
                    "content": "follows the event type's doubt"}),
    Probe("online-dialogue-cpc-lac-leftist",
          "CPC and Latin American Left Parties Hold Online Dialogue on Governance",
          "Beijing, April 29th (IDCPC)—An online dialogue on governance in the post-pandemic era was "
          "held today between the CPC and left parties of Latin America. Song Tao spoke with leaders "
          "of Nicaragua's Sandinista National Liberation Front, El Salvador's FMLN and Bolivia's "
          "Movement for Socialism.",
          "2021-04-29", url(EN, "2021-04-29", 87), ex(M, "dialogue", "2021-04-29", {FSLN, FMLN, MAS}, RL, KE)),
    Probe("agency-cloud-briefing-sixth-plenum",
          "CPC briefs Latin American parties on key plenum",
          " date 2021-12-10 Home | China | Politics\nBEIJING, Dec. 10 (Xinhua) -- The International "
          "Department of the CPC Central Committee on Friday held an online briefing on the sixth "
          "plenary session of the 19th CPC Central Committee for over 100 representatives of political "
          "parties from Mexico, Colombia, Venezuela and Ecuador, including the Labor Party of Mexico "
          "and the Colombian Communist Party.\nEditor: Huaxia",
          "2021-12-10", url(AGENCY_EN, "2021-12-10", 88),
          ex(M, "briefing", "2021-12-10", {PTMX, PCCOL}, RL, KE)),
    # ---- Chinese seminars, briefings
    Probe("zh-cloud-briefing-sixth-plenum-lac",
          "中联部举办面向拉美政党的十九届六中全会精神“云宣介”",
          "12月9日，中联部以视频方式举办党的十九届六中全会精神“云宣介”，阿根廷正义党、智利社会党、乌拉圭广泛阵线等拉美和加勒比地区国家政党领导人与会。郭业洲作主旨宣介。",
          "2021-12-10", url(ZH, "2021-12-10", 91),
          ex(M, "briefing", "2021-12-09", {PJ, PSCH, FA}, RL, KE), lang="zh"),
    Probe("zh-briefing-20th-cuba",
          "中联部向古巴共产党宣介党的二十大精神",
          "11月2日，中联部以视频连线方式向古巴共产党宣介党的二十大精神。刘建超作宣介，古共中央政治局委员莫拉莱斯等80余名党员干部在哈瓦那参加。",
          "2022-11-03", url(ZH, "2022-11-03", 92), ex("Cuba", "briefing", "2022-11-02", {PCC}, BL, KE), lang="zh"),
    Probe("zh-theory-seminar-pcdob",
          "中巴两党举行线上理论研讨会",
          "7月27日，中国共产党同巴西共产党以线上方式举行理论研讨会，主题为“百年大党的成功之道”。沈蓓莉和巴西共产党主席桑托斯分别致辞。",
          "2021-07-28", url(ZH, "2021-07-28", 93), ex("Brazil", "seminar", "2021-07-27", {PCDOB}, BL, KE), lang="zh"),
    Probe("zh-briefing-20th-mexico",
          "中联部举办面向墨西哥政党的党的二十大精神专题宣介会",
          "11月24日，中联部以线上方式举办党的二十大精神专题宣介会，墨西哥国家复兴运动、劳动党、革命制度党等政党领导人和党员约150人参加。",
          "2022-11-25", url(ZH, "2022-11-25", 94),
          ex("Mexico", "briefing", "2022-11-24", {MORENA, PTMX, PRI}, BL, KE), lang="zh"),
    Probe("zh-trad-briefing-centenary-lac",
          "中聯部向拉美政黨介紹建黨百年",
          "【本報訊】中聯部6月30日以視頻方式舉辦中國共產黨建黨百年專題宣介會，古巴共產黨、委內瑞拉統一社會主義黨、尼加拉瓜桑地諾民族解放陣線等拉美政黨領導人出席。",
          "2021-07-01", url(MO_ZH, "2021-07-01", 95),
          ex(M, "briefing", "2021-06-30", {PCC, PSUV, FSLN}, RL, KE), lang="zh"),
    Probe("zh-agency-online-seminar-lac",
          "中国共产党与拉美政党举行百年党史网上研讨会",
          "新华社北京6月24日电 中国共产党与拉美和加勒比政党百年党史网上研讨会24日举行。古巴共产党、巴西劳工党、墨西哥国家复兴运动等30多个政党的领导人参会。",
          "2021-06-24", url(AGENCY_ZH, "2021-06-24", 96),
          ex(M, "seminar", "2021-06-24", {PCC, PT, MORENA}, RL, KE), lang="zh"),
    # ============================================ D. training webinars ========================
    Probe("webinar-psuv-cadres",
          "Online Training Course for PSUV Cadres Opens",
          "Beijing, July 20th (IDCPC)—An online training course run by the IDCPC for 60 cadres of the "
          "United Socialist Party of Venezuela opened today. For two weeks the participants will study "
          "the CPC's experience in poverty alleviation and rural revitalization.",
          "2021-07-20", url(EN, "2021-07-20", 101),
          ex("Venezuela", "training_course", "2021-07-20", {PSUV}, BL, KE)),
    Probe("webinar-caribbean-cadres",
          "Webinar for Party Cadres of Caribbean Countries Held",
          "Beijing, September 23rd (IDCPC)—A webinar for cadres of political parties of Caribbean "
          "countries on the CPC's governance opened on Wednesday. Some 40 cadres of the People's "
          "National Movement of Trinidad and Tobago, the Jamaica Labour Party and Guyana's People's "
          "Progressive Party/Civic joined it.",
          "2021-09-24", url(EN, "2021-09-24", 102),
          ex(M, "training_course", "2021-09-22", {PNM, JLP, PPPC}, RL, KE)),
    Probe("webinar-central-america-cadres",
          "Online Workshop for Young Leaders of Central American Parties Concludes",
          "Beijing, May 14th (IDCPC)—An online workshop held by the IDCPC for young leaders of parties of "
          "El Salvador, Honduras and Panama ended today after ten days. Members of the FMLN, LIBRE and "
          "the Democratic Revolutionary Party of Panama studied China's digital economy.",
          "2021-05-14", url(EN, "2021-05-14", 103),
          ex(M, "training_course", "2021-05-05", {FMLN, LIBRE, PRD_PA}, RL, KE),
          doubtful={"event_date": "the first day is counted back from 'ended today after ten days'"}),
    Probe("webinar-cuba-cadres-en23",
          "Online Seminar for Cadres of the Communist Party of Cuba Opens",
          "Beijing, March 15th—An online seminar for 50 cadres of the Communist Party of Cuba on "
          "economic reform and opening-up opened today, run by the IDCPC with the Central Party School.",
          "2022-03-15", url(EN23, "2022-03-15", 104),
          ex("Cuba", "training_course", "2022-03-15", {PCC}, BL, KE)),
    Probe("webinar-pcdob-closing-qian",
          "Qian Hongshan Attends Closing of Online Course for PCdoB Cadres",
          "Beijing, June 11th (IDCPC)—Qian Hongshan spoke on Friday at the closing ceremony of an online "
          "course the IDCPC organized for cadres of the Communist Party of Brazil, which began on "
          "May 31.",
          "2021-06-12", url(EN, "2021-06-12", 105),
          ex("Brazil", "training_course", "2021-05-31", {PCDOB}, BL, KE)),
    Probe("zh-webinar-nicaragua",
          "尼加拉瓜桑地诺民族解放阵线干部线上研修班开班",
          "3月22日，中联部为尼加拉瓜桑地诺民族解放阵线举办的干部线上研修班开班，40余名学员将学习中国脱贫攻坚经验。钱洪山出席开班式并致辞。",
          "2022-03-23", url(ZH, "2022-03-23", 106),
          ex("Nicaragua", "training_course", "2022-03-22", {FSLN}, BL, KE), lang="zh"),
    Probe("zh-webinar-lac-several",
          "拉美和加勒比国家政党干部网上研讨班举行",
          "10月12日至22日，中联部举办拉美和加勒比国家政党干部网上专题研讨班，来自秘鲁、哥伦比亚、厄瓜多尔等国家政党的50余名干部参加。",
          "2021-10-23", url(ZH, "2021-10-23", 107),
          ex(M, "training_course", "2021-10-12", set(), R, KE), lang="zh"),
    Probe("zh-webinar-bolivia-mas",
          "玻利维亚争取社会主义运动干部在线研修班结业",
          "8月27日，中联部为玻利维亚争取社会主义运动举办的干部在线研修班结业。研修班于8月16日开班，学员们在线学习了中国共产党的治国理政经验。",
          "2021-08-28", url(ZH, "2021-08-28", 108),
          ex("Bolivia", "training_course", "2021-08-16", {MAS}, BL, KE), lang="zh"),
    # ============================================ E. world summit, China-LAC forum =============
    Probe("world-summit-lac-leaders",
          "Latin American Party Leaders Join CPC and World Political Parties Summit",
          "Beijing, July 6th (IDCPC)—The CPC and World Political Parties Summit was held online today, "
          "with Xi Jinping delivering a keynote speech. Among over 500 parties taking part were the "
          "Communist Party of Cuba, the United Socialist Party of Venezuela and Nicaragua's Sandinista "
          "National Liberation Front, whose leaders addressed the summit.",
          "2021-07-06", url(EN, "2021-07-06", 121), ex(M, "forum", "2021-07-06", {PCC, PSUV, FSLN}, GL, KE)),
    Probe("world-summit-agency-mexico",
          "Mexican party leaders laud CPC at world summit",
          " date 2021-07-07 Home | World | Americas\nMEXICO CITY, July 7 (Xinhua) -- Leaders of Mexico's "
          "National Regeneration Movement and the Labor Party, who spoke at the CPC and World Political "
          "Parties Summit held by video link on Tuesday, said the CPC had set an example of serving "
          "the people.\nEditor: Liu Xin",
          "2021-07-07", url(AGENCY_EN, "2021-07-07", 122), ex(M, "forum", "2021-07-06", {MORENA, PTMX}, GL, KE)),
    Probe("china-lac-parties-forum-online",
          "China-LAC Political Parties Forum Held Online",
          "Beijing, October 26th (IDCPC)—The China-Latin America and Caribbean Political Parties Forum "
          "was held online today on the theme of recovery after the pandemic. Song Tao spoke, together "
          "with leaders of Argentina's Justicialist Party, Uruguay's Broad Front and Chile's Socialist "
          "Party.",
          "2021-10-26", url(EN, "2021-10-26", 123), ex(M, "forum", "2021-10-26", {PJ, FA, PSCH}, RL, KE)),
    Probe("china-celac-forum-online-2022",
          "China-CELAC Political Parties Forum Opens by Video Link",
          "Beijing, December 8th (IDCPC)—The China-CELAC Political Parties Forum opened today by video "
          "link, bringing together over 100 parties and organizations of the region. Liu Jianchao said "
          "the CPC wished to share development opportunities with the region's parties.",
          "2022-12-08", url(EN, "2022-12-08", 124), ex(M, "forum", "2022-12-08", set(), R, KE)),
    Probe("brics-party-forum-pt",
          "BRICS Political Parties Forum Held Online",
          "Beijing, June 10th (IDCPC)—The BRICS Political Parties, Think Tanks and Civil Society "
          "Organizations Forum was held online on Thursday. Speakers from Brazil's Workers' Party and "
          "Russia's United Russia joined Song Tao in calling for an open world economy.",
          "2021-06-11", url(EN, "2021-06-11", 125), ex(M, "forum", "2021-06-10", {PT}, GL, KE)),
    Probe("zh-world-summit-lac",
          "拉美政党领导人出席中国共产党与世界政党领导人峰会",
          "7月6日，中国共产党与世界政党领导人峰会以视频连线方式举行。古巴共产党、委内瑞拉统一社会主义党、尼加拉瓜桑地诺民族解放阵线等拉美政党领导人在峰会上发言。",
          "2021-07-07", url(ZH, "2021-07-07", 126),
          ex(M, "forum", "2021-07-06", {PCC, PSUV, FSLN}, GL, KE), lang="zh"),
    Probe("zh-china-lac-forum-online",
          "中拉政党论坛以视频方式举行",
          "10月26日，第三届中国—拉美和加勒比政党论坛以视频方式举行。宋涛出席并致辞，阿根廷正义党、乌拉圭广泛阵线、智利社会党等拉美政党领导人与会。",
          "2021-10-27", url(ZH, "2021-10-27", 127),
          ex(M, "forum", "2021-10-26", {PJ, FA, PSCH}, RL, KE), lang="zh"),
    Probe("zh-paper-world-summit-letter",
          "习近平在中国共产党与世界政党领导人峰会上发表主旨讲话",
          "本报北京7月6日电 中国共产党与世界政党领导人峰会6日晚以视频连线方式举行。中共中央总书记、国家主席习近平出席并发表主旨讲话。"
          "古巴共产党第一书记、国家主席迪亚斯-卡内尔等外国政党领导人在峰会上发言。",
          "2021-07-07", url(PAPER_ZH, "2021-07-07", 128),
          ex(M, "forum", "2021-07-06", {PCC}, GL, KE), lang="zh"),
    # ============================================ F. congratulations ==========================
    Probe("pcc-congratulates-centenary",
          "Communist Party of Cuba Congratulates CPC on Its Centenary",
          "Beijing, July 1st (IDCPC)—The Central Committee of the Communist Party of Cuba sent a "
          "message to the CPC Central Committee today congratulating it on its 100th anniversary. The "
          "message said the CPC's century was an inspiration for revolutionaries everywhere.",
          "2021-07-01", url(EN, "2021-07-01", 141), ex("Cuba", "message", "2021-07-01", {PCC}, BL)),
    Probe("psuv-letter-centenary",
          "PSUV Sends Letter of Congratulations on CPC Centenary",
          "Beijing, June 29th (IDCPC)—Nicolás Maduro, president of the United Socialist Party of "
          "Venezuela, sent a letter to Xi Jinping on Monday to congratulate the CPC on its 100th "
          "anniversary.",
          "2021-06-29", url(EN, "2021-06-29", 142), ex("Venezuela", "message", "2021-06-28", {PSUV}, BL)),
    Probe("lac-parties-congratulate-digest",
          "Latin American and Caribbean Parties Congratulate CPC on Its 100th Anniversary",
          "Beijing, July 5th (IDCPC)—Over the past days leaders of many parties of Latin America and "
          "the Caribbean sent messages of congratulations on the CPC's centenary. Among them were "
          "Brazil's Workers' Party, Uruguay's Broad Front, Mexico's MORENA and the Communist Party of "
          "Chile.",
          "2021-07-05", url(EN, "2021-07-05", 143), ex(M, "message", None, {PT, FA, MORENA, PCCH}, RL),
          doubtful={"event_date": DIGEST_DAY}),
    Probe("fsln-congratulates-xi-reelection",
          "FSLN Congratulates Xi Jinping on Re-election as General Secretary",
          "Beijing, October 24th (IDCPC)—Daniel Ortega, general secretary of Nicaragua's Sandinista "
          "National Liberation Front, sent a message to Xi Jinping on October 23 congratulating him on "
          "his re-election as general secretary of the CPC Central Committee.",
          "2022-10-24", url(EN, "2022-10-24", 144), ex("Nicaragua", "message", "2022-10-23", {FSLN}, BL)),
    Probe("world-parties-congratulate-xi-digest",
          "Leaders of Foreign Parties Congratulate Xi on Re-election",
          "Beijing, October 26th (IDCPC)—Leaders of foreign parties have sent messages congratulating "
          "Xi Jinping on his re-election. They include the leaders of Laos's People's Revolutionary "
          "Party, South Africa's ANC, the Communist Party of Cuba and Venezuela's PSUV.",
          "2022-10-26", url(EN, "2022-10-26", 145), ex(M, "message", "2022-10-26", {PCC, PSUV}, RL),
          doubtful={"mechanism": WORLD_DIGEST, "event_date": DIGEST_DAY}),
    Probe("agency-pt-message-20th",
          "Brazil's Workers' Party hails 20th CPC Congress",
          " date 2022-10-17 Home | World | Americas\nBRASILIA, Oct. 17 (Xinhua) -- Brazil's Workers' "
          "Party (PT) sent a message on Sunday to the Communist Party of China, wishing success to its "
          "20th National Congress that opened in Beijing the same day.\nEditor: Zhang Jiaxin",
          "2022-10-17", url(AGENCY_EN, "2022-10-17", 146), ex("Brazil", "message", "2022-10-16", {PT}, BL)),
    Probe("zh-pcc-centenary-message",
          "古巴共产党中央委员会致电祝贺中国共产党成立100周年",
          "7月1日，古巴共产党中央委员会致电中共中央，热烈祝贺中国共产党成立100周年。",
          "2021-07-01", url(ZH, "2021-07-01", 147), ex("Cuba", "message", "2021-07-01", {PCC}, BL), lang="zh"),
    Probe("zh-lac-digest-centenary",
          "拉美和加勒比政党领导人祝贺中国共产党成立100周年",
          "近日，拉美和加勒比地区多国政党领导人致电致函，祝贺中国共产党成立100周年。巴西劳工党主席霍夫曼表示，中国共产党的百年历程令人钦佩。乌拉圭广泛阵线、墨西哥国家复兴运动也发来贺信。",
          "2021-07-03", url(ZH, "2021-07-03", 148), ex(M, "message", None, {PT, FA, MORENA}, RL), lang="zh"),
    Probe("zh-psuv-xi-reelection",
          "委内瑞拉统一社会主义党主席马杜罗致电祝贺习近平当选中共中央总书记",
          "10月24日，委内瑞拉统一社会主义党主席、委内瑞拉总统马杜罗致电习近平，祝贺他再次当选中共中央总书记。",
          "2022-10-25", url(ZH, "2022-10-25", 149), ex("Venezuela", "message", "2022-10-24", {PSUV}, BL), lang="zh"),
    Probe("zh-trad-pt-message",
          "巴西勞工黨致函祝賀中共建黨百年",
          "【本報訊】巴西勞工黨主席霍夫曼6月30日致函中共中央，祝賀中國共產黨成立一百周年，讚揚中共帶領人民擺脫貧困。",
          "2021-07-02", url(HK_ZH, "2021-07-02", 150), ex("Brazil", "message", "2021-06-30", {PT}, BL), lang="zh"),
    Probe("zh-cpc-congratulates-pcc-congress",
          "中共中央致电祝贺古巴共产党第八次代表大会召开",
          "4月16日，中共中央致电古巴共产党中央委员会，祝贺古巴共产党第八次代表大会召开。",
          "2021-04-17", url(ZH, "2021-04-17", 151), ex("Cuba", "message", "2021-04-16", {PCC}, BL), lang="zh"),
    Probe("cpc-congratulates-diaz-canel",
          "Xi Jinping Congratulates Díaz-Canel on Election as PCC First Secretary",
          "Beijing, April 20th (IDCPC)—Xi Jinping, general secretary of the CPC Central Committee, sent "
          "a message on Monday to Miguel Díaz-Canel, congratulating him on his election as first "
          "secretary of the Communist Party of Cuba at its Eighth Congress.",
          "2021-04-20", url(EN, "2021-04-20", 152), ex("Cuba", "message", "2021-04-19", {PCC}, BL)),
    # ============================================ G. condolences ==============================
    Probe("song-tao-condolence-isturiz",
          "Song Tao Sends Condolences on the Death of Aristóbulo Istúriz",
          "Beijing, April 28th (IDCPC)—Song Tao sent a message to the United Socialist Party of "
          "Venezuela today mourning the death of Aristóbulo Istúriz, the party's vice president and "
          "minister of education.",
          "2021-04-28", url(EN, "2021-04-28", 161), ex("Venezuela", "message", "2021-04-28", {PSUV}, BL)),
    Probe("pcc-condolence-jiang-zemin",
          "Communist Party of Cuba Mourns Jiang Zemin",
          "Beijing, December 2nd (IDCPC)—The Central Committee of the Communist Party of Cuba sent a "
          "message of condolence to the CPC Central Committee on Thursday over the death of Comrade "
          "Jiang Zemin.",
          "2022-12-02", url(EN, "2022-12-02", 162), ex("Cuba", "message", "2022-12-01", {PCC}, BL)),
    Probe("lac-parties-condolence-jiang-digest",
          "Latin American Parties Send Condolences on Jiang Zemin's Death",
          "Beijing, December 5th (IDCPC)—Leaders of parties of Latin America have sent messages of "
          "condolence over the death of Jiang Zemin, among them Nicaragua's Sandinista National "
          "Liberation Front, the Communist Party of Brazil and Uruguay's Broad Front.",
          "2022-12-05", url(EN, "2022-12-05", 163), ex(M, "message", "2022-12-05", {FSLN, PCDOB, FA}, RL)),
    Probe("zh-condolence-isturiz",
          "宋涛就委内瑞拉统一社会主义党副主席伊斯图里斯逝世致唁电",
          "4月28日，中联部部长宋涛致电委内瑞拉统一社会主义党，对该党副主席伊斯图里斯逝世表示深切哀悼。",
          "2021-04-29", url(ZH, "2021-04-29", 164), ex("Venezuela", "message", "2021-04-28", {PSUV}, BL), lang="zh"),
    Probe("zh-fsln-condolence-jiang",
          "尼加拉瓜桑地诺民族解放阵线就江泽民同志逝世致唁电",
          "12月1日，尼加拉瓜桑地诺民族解放阵线总书记奥尔特加致电中共中央，对江泽民同志逝世表示沉痛哀悼。",
          "2022-12-02", url(ZH, "2022-12-02", 165), ex("Nicaragua", "message", "2022-12-01", {FSLN}, BL), lang="zh"),
    # ============================================ H. in-person again (late 2022) ===============
    Probe("liu-jianchao-meets-pcc-delegation",
          "Liu Jianchao Meets Delegation of Communist Party of Cuba",
          "Beijing, November 24th (IDCPC)—Liu Jianchao, head of the IDCPC, met here today with a "
          "delegation of the Communist Party of Cuba accompanying Miguel Díaz-Canel on his state visit. "
          "Liu said the visit marked a new start for exchanges in person.",
          "2022-11-24", url(EN, "2022-11-24", 181), ex("Cuba", "meeting", "2022-11-24", {PCC}, BL)),
    Probe("liu-jianchao-meets-argentine-ambassador",
          "Liu Jianchao Meets Argentine Ambassador Sabino Vaca Narvaja",
          "Beijing, December 13th (IDCPC)—Liu Jianchao met on Monday with Sabino Vaca Narvaja, "
          "Argentina's ambassador to China, on party exchanges and the partnership of the two countries.",
          "2022-12-13", url(EN, "2022-12-13", 182), ex("Argentina", "meeting", "2022-12-12", set(), B)),
    Probe("liu-jianchao-meets-cuban-ambassador",
          "Liu Jianchao Meets Cuban Ambassador",
          "Beijing, August 3rd (IDCPC)—Liu Jianchao met here today with Carlos Miguel Pereira, Cuba's "
          "ambassador to China. Pereira thanked China for its help after the fire at the Matanzas oil "
          "depot.",
          "2022-08-10", url(EN, "2022-08-10", 183), ex("Cuba", "meeting", "2022-08-03", set(), B),
          doubtful={"mechanism": CUBA_STATE}),
    Probe("qian-hongshan-meets-fsln-delegation",
          "Qian Hongshan Meets Nicaraguan Delegation in Beijing",
          "Beijing, December 15th (IDCPC)—Qian Hongshan received here today a delegation of Nicaragua's "
          "Sandinista National Liberation Front, the first Latin American party group to come to "
          "Beijing since the pandemic began.",
          "2022-12-15", url(EN, "2022-12-15", 184), ex("Nicaragua", "meeting", "2022-12-15", {FSLN}, BL)),
    Probe("zh-liu-jianchao-pt-meeting",
          "刘建超会见巴西劳工党代表团",
          "12月20日，中联部部长刘建超在京会见巴西劳工党代表团。刘建超表示，中方祝贺劳工党在大选中获胜，愿同新一届巴西政府加强合作。",
          "2022-12-21", url(ZH, "2022-12-21", 185), ex("Brazil", "meeting", "2022-12-20", {PT}, BL), lang="zh"),
    Probe("zh-shen-beili-nicaragua-ambassador",
          "沈蓓莉会见尼加拉瓜驻华大使坎贝尔",
          "9月6日，中联部副部长沈蓓莉在京会见尼加拉瓜驻华大使坎贝尔。",
          "2022-09-07", url(ZH, "2022-09-07", 186), ex("Nicaragua", "meeting", "2022-09-06", set(), B), lang="zh",
          doubtful={"mechanism": "an ambassador of a state whose ruling party is leftist; coders split"}),
    Probe("zh-trad-liu-meets-pcc",
          "劉建超會見古巴共產黨代表團",
          "【本報訊】中聯部部長劉建超11月24日在北京會見隨古巴國家主席訪華的古巴共產黨代表團，雙方表示要恢復和擴大線下交往。",
          "2022-11-25", url(HK_ZH, "2022-11-25", 187), ex("Cuba", "meeting", "2022-11-24", {PCC}, BL), lang="zh"),
    Probe("cpc-delegation-visits-cuba-2022",
          "CPC Delegation Visits Cuba",
          "Havana, December 18th (IDCPC)—A CPC delegation led by Qian Hongshan visited Cuba from "
          "December 14 to 18 at the invitation of the Communist Party of Cuba, the first trip of a CPC "
          "delegation to Latin America since 2020. The delegation met Roberto Morales Ojeda and toured "
          "a biotech centre.",
          "2022-12-19", url(EN, "2022-12-19", 188),
          ex("Cuba", "delegation_visit_abroad", "2022-12-14", {PCC}, BL)),
    Probe("pcch-delegation-received-2022",
          "Delegation of Communist Party of Chile Visits China",
          "Beijing, December 22nd (IDCPC)—A delegation of the Communist Party of Chile led by its "
          "secretary general Lautaro Carmona visited China from December 16 to 22 at the invitation of "
          "the CPC. In Beijing Shen Beili met the delegation, which also went to Zhejiang.",
          "2022-12-22", url(EN, "2022-12-22", 189),
          ex("Chile", "delegation_received", "2022-12-16", {PCCH}, BL)),
    Probe("psuv-field-trip-fujian",
          "PSUV Delegation Visits Fujian",
          "Fuzhou, December 20th (IDCPC)—A delegation of the United Socialist Party of Venezuela visited "
          "Fujian province from December 18 to 20, touring a tea cooperative and a port to learn about "
          "rural development.",
          "2022-12-21", url(EN, "2022-12-21", 190),
          ex("Venezuela", "field_trip", "2022-12-18", {PSUV}, BL, KE)),
    # ============================================ I. vaccine and pandemic talks ================
    Probe("vaccine-video-pcu",
          "CPC and Communist Party of Uruguay Discuss Pandemic Response",
          "Beijing, January 14th (IDCPC)—Guo Yezhou held a video conversation today with Juan Castillo, "
          "general secretary of the Communist Party of Uruguay, on the response to COVID-19 and "
          "supplies of vaccines.",
          "2021-01-14", url(EN, "2021-01-14", 201), ex("Uruguay", "video_call", "2021-01-14", {PCU}, BL)),
    Probe("vaccine-online-meeting-pcv",
          "Qian Hongshan Holds Online Exchange with Communist Party of Venezuela",
          "Beijing, February 17th (IDCPC)—Qian Hongshan held an online exchange on Tuesday with Oscar "
          "Figuera, general secretary of the Communist Party of Venezuela, on fighting the pandemic.",
          "2021-02-17", url(EN, "2021-02-17", 202), ex("Venezuela", "video_call", "2021-02-16", {PCV}, BL)),
    Probe("zh-vaccine-video-prm",
          "郭业洲同多米尼加现代革命党领导人视频会见",
          "3月30日，中联部副部长郭业洲视频会见多米尼加现代革命党领导人，双方就新冠疫苗合作交换意见。",
          "2021-03-31", url(ZH, "2021-03-31", 203), ex("Dominican Republic", "video_call", "2021-03-30", {PRM}, B),
          lang="zh"),
    Probe("zh-vaccine-video-peru-libre",
          "宋涛视频会见自由秘鲁党总书记塞隆",
          "8月17日，中联部部长宋涛视频会见自由秘鲁党总书记塞隆，双方就疫苗合作和两党关系交换意见。",
          "2021-08-18", url(ZH, "2021-08-18", 204), ex("Peru", "video_call", "2021-08-17", {PERU_LIBRE}, BL),
          lang="zh"),
    Probe("agency-psuv-vaccine-talks",
          "China, Venezuela parties discuss vaccine cooperation",
          " date 2021-05-12 Home | World | Americas\nCARACAS, May 12 (Xinhua) -- Leaders of the United "
          "Socialist Party of Venezuela and the Communist Party of China held a video conference on "
          "Tuesday to discuss cooperation on COVID-19 vaccines, the PSUV said.\nEditor: Huaxia",
          "2021-05-12", url(AGENCY_EN, "2021-05-12", 205), ex("Venezuela", "video_call", "2021-05-11", {PSUV}, BL)),
    # ============================================ J. a few more shapes ==========================
    Probe("song-tao-video-mas-and-arce-government",
          "Song Tao Holds Video Talks with Bolivian Vice President David Choquehuanca",
          "Beijing, March 31st (IDCPC)—Song Tao held video talks today with David Choquehuanca, vice "
          "president of Bolivia and a leader of the Movement for Socialism (MAS).",
          "2021-03-31", url(EN, "2021-03-31", 221), ex("Bolivia", "video_call", "2021-03-31", {MAS}, BL)),
    Probe("guo-yezhou-video-argentine-deputies",
          "Guo Yezhou Talks with Argentine Deputies of Frente de Todos",
          "Beijing, August 25th (IDCPC)—Guo Yezhou talked by video on Tuesday with a group of Argentine "
          "lawmakers of the ruling Frente de Todos coalition about legislative and party exchanges.",
          "2021-08-25", url(EN, "2021-08-25", 222),
          ex("Argentina", "video_call", "2021-08-24", {"Frente de Todos"}, B),
          doubtful={"mechanism": FAMILY}),
    Probe("zh-pcc-video-seminar-lozada",
          "中古两党举行视频理论研讨会",
          "2022年9月28日，中国共产党和古巴共产党以视频方式举行第十次理论研讨会，主题是“新时代的党的建设”。古共中央国际关系部部长洛萨达出席并致辞。",
          "2022-09-29", url(ZH, "2022-09-29", 223), ex("Cuba", "seminar", "2022-09-28", {PCC}, BL, KE), lang="zh"),
    Probe("online-meeting-lac-envoys",
          "Liu Jianchao Briefs Latin American Envoys on 20th Party Congress",
          "Beijing, November 10th (IDCPC)—Liu Jianchao met here today with ambassadors of Latin American "
          "and Caribbean countries to China, including those of Cuba, Mexico, Brazil and Argentina, and "
          "briefed them on the 20th CPC National Congress.",
          "2022-11-10", url(EN, "2022-11-10", 224), ex(M, "briefing", "2022-11-10", set(), R, KE),
          doubtful={"event_type": "'met ... and briefed them': a meeting with envoys or a briefing",
                    "content": "follows the event type's doubt"}),
    Probe("zh-envoys-briefing-lac",
          "刘建超向拉美和加勒比国家驻华使节宣介党的二十大精神",
          "11月10日，中联部部长刘建超在京向古巴、墨西哥、巴西、阿根廷等拉美和加勒比国家驻华使节宣介党的二十大精神。",
          "2022-11-11", url(ZH, "2022-11-11", 225), ex(M, "briefing", "2022-11-10", set(), R, KE), lang="zh"),
    Probe("psuv-video-briefing-sixth-plenum",
          "IDCPC Briefs PSUV on Sixth Plenum via Video",
          "Beijing, December 3rd (IDCPC)—The IDCPC held a briefing session via video today for the "
          "United Socialist Party of Venezuela on the sixth plenary session of the 19th CPC Central "
          "Committee. Song Tao spoke, and Diosdado Cabello chaired on the Venezuelan side.",
          "2021-12-03", url(EN, "2021-12-03", 226), ex("Venezuela", "briefing", "2021-12-03", {PSUV}, BL, KE)),
    Probe("lac-women-leaders-online",
          "Online Seminar for Women Leaders of Latin American Parties Held",
          "Beijing, March 8th (IDCPC)—An online seminar for women leaders of parties of Mexico, Brazil "
          "and Chile was held today on women's role in poverty reduction. Shen Beili spoke. Participants "
          "came from MORENA, the Communist Party of Brazil and the Socialist Party of Chile.",
          "2022-03-08", url(EN, "2022-03-08", 227),
          ex(M, "seminar", "2022-03-08", {MORENA, PCDOB, PSCH}, RL, KE),
          doubtful={"event_type": "an 'online seminar for women leaders' the CPC side runs: a seminar "
                                  "between peers or a course for leaders (the codebook's 'webinar for leaders')"}),
    Probe("zh-paper-caribbean-webinar",
          "加勒比国家政党干部“云研修”结业",
          "本报北京11月19日电 中联部为加勒比国家政党干部举办的线上研修班19日结业。来自牙买加工党、圭亚那人民进步党和特立尼达和多巴哥人民民族运动的学员参加了为期两周的学习。",
          "2021-11-20", url(PAPER_ZH, "2021-11-20", 228),
          ex(M, "training_course", None, {JLP, PPPC, PNM}, RL, KE), lang="zh",
          doubtful={"event_date": "only the closing day is given; the first day is 'two weeks' before"}),
]

# ================================================ second wave (written after the first fixes) =====
PCP = "Peruvian Communist Party"
NI = "Nuevas Ideas"

PROBES_2: list[Probe] = [
    Probe("w2-pcdob-centenary-video-address",
          "Song Tao Addresses PCdoB Centenary Celebration via Video",
          "Beijing, March 26th (IDCPC)—Song Tao addressed by video link on Friday a ceremony in São Paulo "
          "celebrating the 100th anniversary of the founding of the Communist Party of Brazil, praising "
          "its century of struggle for Brazil's working people.",
          "2022-03-26", url(EN, "2022-03-26", 301), ex("Brazil", "other", "2022-03-25", {PCDOB}, BL)),
    Probe("w2-zh-pcdob-centenary-message",
          "中共中央致电祝贺巴西共产党成立100周年",
          "3月25日，中共中央致电巴西共产党全国委员会，祝贺巴西共产党成立100周年。",
          "2022-03-26", url(ZH, "2022-03-26", 302), ex("Brazil", "message", "2022-03-25", {PCDOB}, BL), lang="zh"),
    Probe("w2-liu-meets-lac-envoys-group",
          "Liu Jianchao Meets Envoys of Latin American and Caribbean Countries",
          "Beijing, June 15th (IDCPC)—Liu Jianchao met here today with a group of ambassadors to China of "
          "Latin American and Caribbean countries, among them those of Uruguay, Venezuela and Jamaica. "
          "Liu said the IDCPC would keep close contact with the parties of the region.",
          "2022-06-15", url(EN, "2022-06-15", 303), ex(M, "meeting", "2022-06-15", set(), R)),
    Probe("w2-envoys-field-trip-yunnan",
          "Latin American Envoys Tour Yunnan at IDCPC Invitation",
          "Kunming, August 5th (IDCPC)—Diplomats of Latin American and Caribbean countries in China, from "
          "Cuba, Argentina, Chile and Uruguay among others, began a three-day tour of Yunnan province "
          "today at the invitation of the IDCPC, visiting villages lifted out of poverty.",
          "2021-08-05", url(EN, "2021-08-05", 304), ex(M, "field_trip", "2021-08-05", set(), R, KE)),
    Probe("w2-online-exchange-communist-parties-lac",
          "IDCPC Holds Online Exchange with Communist Parties of Latin America",
          "Beijing, November 18th (IDCPC)—The IDCPC held an online exchange on Thursday with leaders of "
          "communist parties of Latin America on the lessons of the CPC's history. Guo Yezhou spoke; "
          "leaders of the Communist Party of Chile, the Communist Party of Uruguay and the Colombian "
          "Communist Party took part.",
          "2021-11-18", url(EN, "2021-11-18", 305), ex(M, "seminar", "2021-11-18", {PCCH, PCU, PCCOL}, RL, KE),
          doubtful={"event_type": "an online 'exchange' of many parties on a theme: a seminar by its kind, "
                                  "but the page names no format",
                    "content": "follows the event type's doubt"}),
    Probe("w2-online-seminar-mixed-world",
          "Online Seminar on Poverty Reduction Held with Parties of Several Continents",
          "Beijing, May 26th (IDCPC)—An online seminar on poverty reduction was held today by the IDCPC "
          "with leaders of the Communist Party of Cuba, the United Socialist Party of Venezuela, the "
          "Communist Party of Vietnam and the Lao People's Revolutionary Party.",
          "2021-05-26", url(EN, "2021-05-26", 306), ex(M, "seminar", "2021-05-26", {PCC, PSUV}, GL, KE)),
    Probe("w2-kicillof-video",
          "Song Tao Talks with Buenos Aires Governor Axel Kicillof via Video",
          "Beijing, April 13th (IDCPC)—Song Tao held a video meeting today with Axel Kicillof, governor of "
          "Argentina's Buenos Aires province, on cooperation between Chinese provinces and Buenos Aires.",
          "2022-04-13", url(EN, "2022-04-13", 307), ex("Argentina", "video_call", "2022-04-13", set(), B)),
    Probe("w2-zh-agency-pt-video",
          "宋涛同巴西劳工党主席举行视频会谈",
          " date 2021-02-05 首页 > 时政\n新华社北京2月4日电 中共中央对外联络部部长宋涛4日同巴西劳工党主席霍夫曼举行视频会谈。"
          "双方就抗疫合作等交换了意见。\n【纠错】 责任编辑：王莉",
          "2021-02-05", url(AGENCY_ZH, "2021-02-05", 308), ex("Brazil", "video_call", "2021-02-04", {PT}, BL),
          lang="zh"),
    Probe("w2-zh-trad-pcc-condolence",
          "古巴共產黨中央致唁電悼念江澤民同志",
          "【本報訊】古巴共產黨中央委員會12月1日致電中共中央，對江澤民同志逝世表示沉痛哀悼。",
          "2022-12-02", url(HK_ZH, "2022-12-02", 309), ex("Cuba", "message", "2022-12-01", {PCC}, BL), lang="zh"),
    Probe("w2-zh-macau-world-summit",
          "拉美政黨領導人出席中國共產黨與世界政黨領導人峰會",
          "【新華社北京七月六日電】中國共產黨與世界政黨領導人峰會六日以視頻連線方式舉行，巴西勞工黨、墨西哥國家復興運動等拉美政黨領導人在會上發言。",
          "2021-07-07", url(MO_ZH, "2021-07-07", 310), ex(M, "forum", "2021-07-06", {PT, MORENA}, GL, KE),
          lang="zh"),
    Probe("w2-qian-video-nuevas-ideas",
          "Qian Hongshan Holds Video Talks with Nuevas Ideas Leaders",
          "Beijing, December 16th (IDCPC)—Qian Hongshan held video talks on Wednesday with leaders of El "
          "Salvador's Nuevas Ideas party on the two countries' cooperation since diplomatic ties began.",
          "2021-12-16", url(EN, "2021-12-16", 311), ex("El Salvador", "video_call", "2021-12-15", {NI}, B)),
    Probe("w2-zh-briefing-20th-peru",
          "中联部向秘鲁政党宣介党的二十大精神",
          "11月15日，中联部副部长沈蓓莉以视频方式向自由秘鲁党、秘鲁共产党等秘鲁政党领导人宣介党的二十大精神。",
          "2022-11-16", url(ZH, "2022-11-16", 312), ex("Peru", "briefing", "2022-11-15", {PERU_LIBRE, PCP}, BL, KE),
          lang="zh"),
    Probe("w2-zh-pcc-delegation-received-late2022",
          "古巴共产党代表团访华",
          "12月5日至10日，古巴共产党中央国际关系部部长洛萨达率古共代表团访华。刘建超会见代表团。代表团还赴浙江参观考察。",
          "2022-12-11", url(ZH, "2022-12-11", 313),
          ex("Cuba", "delegation_received", "2022-12-05", {PCC}, BL), lang="zh"),
    Probe("w2-pt-delegation-visit-late2022",
          "Delegation of Brazil's Workers' Party Visits China",
          "Beijing, December 9th—A delegation of Brazil's Workers' Party, the first to come since the "
          "pandemic, arrived on Wednesday for a five-day visit at the invitation of the CPC. Liu Jianchao "
          "met the delegation, which will also go to Shanghai.",
          "2022-12-09", url(EN23, "2022-12-09", 314),
          ex("Brazil", "delegation_received", "2022-12-07", {PT}, BL)),
    Probe("w2-pppc-course-closes",
          "Online Training Course for PPP/C Cadres Concludes",
          "Beijing, October 14th (IDCPC)—An online training course that the IDCPC ran for cadres of "
          "Guyana's People's Progressive Party/Civic, which began on October 4, closed on Thursday.",
          "2021-10-14", url(EN, "2021-10-14", 315),
          ex("Guyana", "training_course", "2021-10-04", {PPPC}, BL, KE)),
    Probe("w2-agency-cuba-video-briefing",
          "Cuban party officials join CPC briefing on 20th congress",
          " date 2022-11-03 Home | World | Americas\nHAVANA, Nov. 2 (Xinhua) -- Officials of the Communist "
          "Party of Cuba on Wednesday joined a video briefing by the International Department of the CPC "
          "Central Committee on the 20th CPC National Congress.\nEditor: Huaxia",
          "2022-11-03", url(AGENCY_EN, "2022-11-03", 316), ex("Cuba", "briefing", "2022-11-02", {PCC}, BL, KE)),
    Probe("w2-morena-dialogue-online",
          "CPC and MORENA Hold High-level Dialogue Online",
          "Beijing, June 22nd (IDCPC)—The CPC and Mexico's National Regeneration Movement held a "
          "high-level dialogue online today on governance for the people. Liu Jianchao and MORENA "
          "president Mario Delgado spoke.",
          "2022-06-22", url(EN, "2022-06-22", 317), ex("Mexico", "dialogue", "2022-06-22", {MORENA}, BL, KE)),
    Probe("w2-zh-fmln-video-year",
          "郭业洲同萨尔瓦多法拉本多·马蒂民族解放阵线总书记视频会见",
          "2021年12月15日，中联部副部长郭业洲视频会见萨尔瓦多法拉本多·马蒂民族解放阵线总书记，双方表示愿加强两党交流。",
          "2021-12-17", url(ZH, "2021-12-17", 318), ex("El Salvador", "video_call", "2021-12-15", {FMLN}, BL),
          lang="zh"),
    Probe("w2-zh-young-leaders-forum-online",
          "中拉青年政治家论坛以视频方式举行",
          "12月9日，中拉青年政治家论坛以视频方式举行，来自阿根廷、智利、哥伦比亚等国家的政党青年领导人与会。",
          "2022-12-10", url(ZH, "2022-12-10", 319), ex(M, "forum", "2022-12-09", set(), R, KE), lang="zh"),
    Probe("w2-zh-macau-liu-video-pt",
          "劉建超視頻會見巴西勞工黨主席",
          "【本報訊】中聯部部長劉建超十一月八日以視頻方式會見巴西勞工黨主席霍夫曼，祝賀勞工黨候選人盧拉勝選。",
          "2022-11-10", url(MO_ZH, "2022-11-10", 320), ex("Brazil", "video_call", "2022-11-08", {PT}, BL), lang="zh"),
    # ---- negatives of the second wave
    Probe("w2-neg-spokesperson-cuba",
          "IDCPC Spokesperson Answers Question on the Situation in Cuba",
          "Beijing, July 13th (IDCPC)—Answering a reporter's question today, IDCPC spokesperson Hu Zhaoming "
          "said China opposes outside interference in Cuba's internal affairs and calls for an end to the "
          "blockade.",
          "2021-07-13", url(EN, "2021-07-13", 321), NO,
          doubtful={"relevant": "a statement about Cuba, no exchange with a Cuban actor; earlier campaigns "
                                "took some statements of support as relevant"}),
    Probe("w2-neg-psoe-video-lac-topic",
          "Shen Beili Talks with PSOE Officials via Video",
          "Beijing, September 7th (IDCPC)—Shen Beili held a video meeting today with officials of Spain's "
          "Socialist Workers' Party. The two sides also talked about the situation in Latin America.",
          "2021-09-07", url(EN, "2021-09-07", 322), NO),
    Probe("w2-neg-zh-africa-webinar",
          "非洲国家政党干部线上研修班开班",
          "6月8日，中联部为肯尼亚、坦桑尼亚、赞比亚等非洲国家政党干部举办的线上研修班开班。",
          "2021-06-09", url(ZH, "2021-06-09", 323), NO, lang="zh"),
    Probe("w2-neg-zh-trad-southeast-asia-briefing",
          "中聯部向東南亞政黨宣介六中全會精神",
          "【本報訊】中聯部11月26日以視頻方式向越南、老撾、柬埔寨等東南亞國家政黨宣介十九屆六中全會精神。",
          "2021-11-27", url(HK_ZH, "2021-11-27", 324), NO, lang="zh"),
    Probe("w2-neg-agency-lula-wins",
          "Lula wins Brazil's presidential runoff",
          " date 2022-10-31 Home | World | Americas\nBRASILIA, Oct. 30 (Xinhua) -- Former president Luiz "
          "Inacio Lula da Silva of the Workers' Party won Brazil's presidential runoff on Sunday, the "
          "electoral court said.\nEditor: Huaxia",
          "2022-10-31", url(AGENCY_EN, "2022-10-31", 325), NO),
    Probe("w2-neg-vietnam-ambassador-cuba-mentioned",
          "Song Tao Meets Vietnamese Ambassador",
          "Beijing, January 12th (IDCPC)—Song Tao met here today with the Vietnamese ambassador to China. "
          "Song said socialist countries such as China, Vietnam, Laos and Cuba should share experience.",
          "2021-01-12", url(EN, "2021-01-12", 326), NO),
    Probe("w2-neg-zh-internal-lac-staff",
          "中联部拉美局党支部开展主题党日活动",
          "6月25日，中联部拉美局党支部赴北京郊区开展主题党日活动，重温入党誓词。",
          "2021-06-26", url(ZH, "2021-06-26", 327), NO, lang="zh"),
    Probe("w2-neg-en23-cambodia-cpp",
          "Liu Jianchao Meets Cambodian People's Party Delegation",
          "Beijing, December 1st—Liu Jianchao met here today with a delegation of the Cambodian People's "
          "Party, the first in-person meeting with a foreign party delegation after the 20th Congress.",
          "2022-12-01", url(EN23, "2022-12-01", 328), NO),
]

# ================================================ third wave: short forms, other tongues, furniture ==
PROBES_3: list[Probe] = [
    Probe("w3-zh-abbrev-fsln",
          "钱洪山同尼桑解阵代表视频会谈",
          "6月9日，中联部副部长钱洪山同尼桑解阵国际关系书记视频会谈，双方就两党交往和抗疫合作交换意见。",
          "2021-06-10", url(ZH, "2021-06-10", 401), ex("Nicaragua", "video_call", "2021-06-09", {FSLN}, BL), lang="zh"),
    Probe("w3-zh-abbrev-pcc",
          "刘建超同古共中央国际关系部部长视频通话",
          "7月21日，中联部部长刘建超同古共中央国际关系部部长洛萨达视频通话。刘建超表示，中方坚定支持古巴反对封锁。",
          "2022-07-22", url(ZH, "2022-07-22", 402), ex("Cuba", "video_call", "2022-07-21", {PCC}, BL), lang="zh"),
    Probe("w3-zh-abbrev-psuv",
          "郭业洲视频会见委统社党国际事务负责人",
          "5月18日，中联部副部长郭业洲视频会见委统社党国际事务负责人，双方就新冠疫苗合作交换意见。",
          "2021-05-19", url(ZH, "2021-05-19", 403), ex("Venezuela", "video_call", "2021-05-18", {PSUV}, BL), lang="zh"),
    Probe("w3-zh-abbrev-fmln",
          "沈蓓莉同萨法马阵领导人视频会见",
          "9月14日，中联部副部长沈蓓莉同萨法马阵领导人视频会见。",
          "2021-09-15", url(ZH, "2021-09-15", 404), ex("El Salvador", "video_call", "2021-09-14", {FMLN}, BL), lang="zh"),
    Probe("w3-zh-morena-with-party-suffix",
          "宋涛视频会见墨西哥国家复兴运动党主席",
          "5月27日，中联部部长宋涛视频会见墨西哥国家复兴运动党主席德尔加多。",
          "2021-05-28", url(ZH, "2021-05-28", 405), ex("Mexico", "video_call", "2021-05-27", {MORENA}, BL), lang="zh"),
    Probe("w3-zh-mas-with-party-suffix",
          "钱洪山视频会见玻利维亚争取社会主义运动党代表",
          "10月20日，中联部副部长钱洪山视频会见玻利维亚争取社会主义运动党代表团。",
          "2021-10-21", url(ZH, "2021-10-21", 406), ex("Bolivia", "video_call", "2021-10-20", {MAS}, BL), lang="zh"),
    Probe("w3-en-frente-amplio",
          "Guo Yezhou Holds Video Talks with Leaders of Frente Amplio",
          "Beijing, March 17th (IDCPC)—Guo Yezhou held video talks today with leaders of Uruguay's Frente "
          "Amplio on the fight against the pandemic.",
          "2021-03-17", url(EN, "2021-03-17", 407), ex("Uruguay", "video_call", "2021-03-17", {FA}, BL)),
    Probe("w3-en-partido-dos-trabalhadores",
          "Shen Beili Talks with Partido dos Trabalhadores Officials Online",
          "Beijing, June 2nd (IDCPC)—Shen Beili held an online meeting today with officials of Brazil's "
          "Partido dos Trabalhadores on party training and youth exchanges.",
          "2022-06-02", url(EN, "2022-06-02", 408), ex("Brazil", "video_call", "2022-06-02", {PT}, BL)),
    Probe("w3-en-acronym-only-psuv",
          "Song Tao Meets PSUV Delegation Online",
          "Beijing, February 23rd (IDCPC)—Song Tao met online today with a delegation of Venezuela's PSUV "
          "led by its vice president for international affairs.",
          "2021-02-23", url(EN, "2021-02-23", 409), ex("Venezuela", "video_call", "2021-02-23", {PSUV}, BL)),
    Probe("w3-en-donation-pcc",
          "IDCPC Hands Over Anti-epidemic Supplies to Communist Party of Cuba",
          "Beijing, May 20th (IDCPC)—The IDCPC handed over a batch of masks and syringes today to the "
          "Communist Party of Cuba, at a ceremony at the Cuban embassy in Beijing attended by ambassador "
          "Carlos Miguel Pereira.",
          "2021-05-20", url(EN, "2021-05-20", 410), ex("Cuba", "other", "2021-05-20", {PCC}, BL)),
    Probe("w3-agency-furniture-peru",
          "Senior CPC official holds video talks with Peruvian party leader",
          " date 2021-09-03 Home | China | World | Business\nSenior CPC official holds video talks with "
          "Peruvian party leader\nBEIJING, Sept. 2 (Xinhua) -- Song Tao, head of the International "
          "Department of the CPC Central Committee, held video talks on Thursday with Vladimir Cerron, "
          "secretary general of Peru's Free Peru party.\nRelated: Chinese FM meets Vietnamese counterpart "
          "| Xi sends message to Lao leader\nEditor: Li Xia",
          "2021-09-03", url(AGENCY_EN, "2021-09-03", 411), ex("Peru", "video_call", "2021-09-02", {PERU_LIBRE}, BL)),
    Probe("w3-xi-replies-pcdob",
          "Xi Jinping Replies to Letter from PCdoB Leaders",
          "Beijing, April 2nd (IDCPC)—Xi Jinping has written back to leaders of the Communist Party of "
          "Brazil, who had sent him a letter on their party's centenary.",
          "2022-04-02", url(EN, "2022-04-02", 412), ex("Brazil", "message", "2022-04-02", {PCDOB}, BL)),
    Probe("w3-two-countries-video",
          "Guo Yezhou Holds Video Meetings with Chilean and Uruguayan Parties",
          "Beijing, July 29th (IDCPC)—Guo Yezhou held video meetings today with leaders of the Socialist "
          "Party of Chile and of Uruguay's Broad Front on the CPC's centenary.",
          "2021-07-29", url(EN, "2021-07-29", 413), ex(M, "video_call", "2021-07-29", {PSCH, FA}, RL)),
    Probe("w3-agency-havana-pcc-video",
          "Chinese, Cuban parties vow closer ties at video meeting",
          " date 2021-01-15 Home | World | Americas\nHAVANA, Jan. 15 (Xinhua) -- Senior officials of the "
          "Communist Party of China (CPC) and the Communist Party of Cuba (PCC) held a video meeting on "
          "Thursday and agreed to deepen their exchanges in 2021.\nEditor: Huaxia",
          "2021-01-15", url(AGENCY_EN, "2021-01-15", 414), ex("Cuba", "video_call", "2021-01-14", {PCC}, BL)),
    Probe("w3-en23-andean-course",
          "Online Course for Party Leaders of Andean Countries Opens",
          "Beijing, September 20th—An online course for party leaders of Ecuador, Peru and Bolivia on "
          "green development, run by the IDCPC, opened today.",
          "2022-09-20", url(EN23, "2022-09-20", 415), ex(M, "training_course", "2022-09-20", set(), R, KE)),
    Probe("w3-cuban-lawmakers-video",
          "Qian Hongshan Talks Online with Cuban Lawmakers",
          "Beijing, October 5th (IDCPC)—Qian Hongshan held an online meeting today with members of Cuba's "
          "National Assembly of People's Power on the experience of people's congresses.",
          "2021-10-05", url(EN, "2021-10-05", 416), ex("Cuba", "video_call", "2021-10-05", set(), B),
          doubtful={"mechanism": CUBA_STATE}),
    Probe("w3-neg-us-democrats-venezuela-topic",
          "Guo Yezhou Talks with US Democratic Party Figures via Video",
          "Beijing, May 6th (IDCPC)—Guo Yezhou held a video meeting today with former officials of the US "
          "Democratic Party. They exchanged views on China-US relations and the situation in Venezuela.",
          "2021-05-06", url(EN, "2021-05-06", 417), NO),
    Probe("w3-neg-zh-trad-topic-left",
          "學者：拉美左翼政黨再度崛起",
          "【本報訊】多位國際問題學者近日在北京研討會上指出，拉美左翼政黨在智利、哥倫比亞等國選舉中接連獲勝。",
          "2022-07-01", url(HK_ZH, "2022-07-01", 418), NO, lang="zh"),
]

# ================================================ fourth wave: events as topics, short forms, clocks ==
PROBES_4: list[Probe] = [
    Probe("w4-video-on-forum-preparations",
          "Song Tao Holds Video Talks with Justicialist Party Leaders",
          "Beijing, October 20th (IDCPC)—Song Tao held video talks today with leaders of Argentina's "
          "Justicialist Party on preparations for the China-Latin America and Caribbean Political Parties "
          "Forum to be held online next week.",
          "2021-10-20", url(EN, "2021-10-20", 501), ex("Argentina", "video_call", "2021-10-20", {PJ}, B)),
    Probe("w4-zh-video-on-forum-preparations",
          "宋涛同阿根廷正义党领导人举行视频会谈",
          "10月20日，中联部部长宋涛同阿根廷正义党领导人举行视频会谈，双方就筹办下周以视频方式举行的中拉政党论坛交换意见。",
          "2021-10-21", url(ZH, "2021-10-21", 502), ex("Argentina", "video_call", "2021-10-20", {PJ}, B), lang="zh"),
    Probe("w4-video-agreed-to-hold-seminar",
          "Qian Hongshan Holds Video Meeting with PCdoB Leaders",
          "Beijing, July 6th (IDCPC)—Qian Hongshan held a video meeting today with leaders of the Communist "
          "Party of Brazil. The two sides agreed to hold a theory seminar on party building later this "
          "year and to send young cadres on study tours once travel resumes.",
          "2022-07-06", url(EN, "2022-07-06", 503), ex("Brazil", "video_call", "2022-07-06", {PCDOB}, BL)),
    Probe("w4-zh-video-agreed-training",
          "郭业洲视频会见古巴共产党代表",
          "6月23日，中联部副部长郭业洲视频会见古巴共产党中央国际关系部副部长。双方同意继续办好古共干部研修班，加强治党理政经验交流。",
          "2021-06-24", url(ZH, "2021-06-24", 504), ex("Cuba", "video_call", "2021-06-23", {PCC}, BL), lang="zh"),
    Probe("w4-letter-to-online-seminar",
          "Song Tao Sends Letter to Online Seminar Hosted by Communist Party of Cuba",
          "Beijing, November 30th (IDCPC)—Song Tao sent a congratulatory letter today to an online theory "
          "seminar hosted by the Communist Party of Cuba on socialism in the 21st century.",
          "2021-11-30", url(EN, "2021-11-30", 505), ex("Cuba", "seminar", "2021-11-30", {PCC}, BL, KE)),
    Probe("w4-video-message-pt-congress",
          "Liu Jianchao Sends Video Message to Workers' Party Event",
          "Beijing, September 15th (IDCPC)—Liu Jianchao sent a video message today to a ceremony of Brazil's "
          "Workers' Party marking the anniversary of its founding congress in São Paulo.",
          "2022-09-15", url(EN, "2022-09-15", 506), ex("Brazil", "other", "2022-09-15", {PT}, BL),
          doubtful={"event_type": "a video message to a party's ceremony: the ceremony (other) or a message"}),
    Probe("w4-zh-abbrev-pcch",
          "沈蓓莉视频会见智共领导人",
          "5月11日，中联部副部长沈蓓莉视频会见智共中央领导人，双方就智利制宪进程和两党交往交换意见。",
          "2022-05-12", url(ZH, "2022-05-12", 507), ex("Chile", "video_call", "2022-05-11", {PCCH}, BL), lang="zh"),
    Probe("w4-zh-abbrev-pccol",
          "钱洪山同哥共总书记视频通话",
          "9月15日，中联部副部长钱洪山同哥伦比亚共产党（哥共）总书记视频通话。",
          "2022-09-16", url(ZH, "2022-09-16", 508), ex("Colombia", "video_call", "2022-09-15", {PCCOL}, BL), lang="zh"),
    Probe("w4-en-cuban-communist-party",
          "Guo Yezhou Talks with Cuban Communist Party Official via Video",
          "Beijing, June 23rd (IDCPC)—Guo Yezhou talked via video today with an official of the Cuban "
          "Communist Party's international relations department.",
          "2021-06-23", url(EN, "2021-06-23", 509), ex("Cuba", "video_call", "2021-06-23", {PCC}, BL)),
    Probe("w4-en-sandinistas",
          "Song Tao Holds Video Conference with Sandinista Leaders",
          "Beijing, December 10th (IDCPC)—Song Tao held a video conference today with leaders of the "
          "Sandinistas, Nicaragua's ruling party, the day Nicaragua restored diplomatic ties with China.",
          "2021-12-10", url(EN, "2021-12-10", 510), ex("Nicaragua", "video_call", "2021-12-10", {FSLN}, BL)),
    Probe("w4-evening-beijing-time",
          "Liu Jianchao Holds Video Talks with MORENA Leaders",
          "Beijing, July 7th (IDCPC)—Liu Jianchao held video talks with leaders of Mexico's National "
          "Regeneration Movement on the evening of July 6, Beijing time.",
          "2022-07-07", url(EN, "2022-07-07", 511), ex("Mexico", "video_call", "2022-07-06", {MORENA}, BL)),
    Probe("w4-zh-beijing-time-evening",
          "钱洪山同乌拉圭广泛阵线领导人视频会谈",
          "北京时间7月6日晚，中联部副部长钱洪山同乌拉圭广泛阵线领导人举行视频会谈。",
          "2021-07-07", url(ZH, "2021-07-07", 512), ex("Uruguay", "video_call", "2021-07-06", {FA}, BL), lang="zh"),
    Probe("w4-earlier-this-week",
          "Latin American Party Leaders Exchange Views with CPC Online",
          "Beijing, May 13th (IDCPC)—Leaders of Bolivia's Movement for Socialism held an online exchange "
          "with IDCPC officials earlier this week on rural development.",
          "2022-05-13", url(EN, "2022-05-13", 513), ex("Bolivia", "video_call", None, {MAS}, BL),
          doubtful={"country": "the headline names the region's leaders, the lead one country's party: a group "
                               "or one country",
                    "mechanism": "follows the country's doubt"}),
    Probe("w4-exchanged-letters",
          "Song Tao and PCU General Secretary Exchange Letters",
          "Beijing, January 8th (IDCPC)—Song Tao and Juan Castillo, general secretary of the Communist "
          "Party of Uruguay, exchanged New Year letters, wishing each other's parties success in 2021.",
          "2021-01-08", url(EN, "2021-01-08", 514), ex("Uruguay", "message", "2021-01-08", {PCU}, BL)),
    Probe("w4-neg-chinese-ambassador-to-brazil",
          "Liu Jianchao Meets New Chinese Ambassador to Brazil",
          "Beijing, October 11th (IDCPC)—Liu Jianchao met here today with Zhu Qingqiao, who will take up his "
          "post as Chinese ambassador to Brazil, and asked him to help party exchanges with Brazil.",
          "2022-10-11", url(EN, "2022-10-11", 515), NO),
    Probe("w4-neg-zh-chinese-firms-peru",
          "中联部召开在秘鲁中资企业座谈会",
          "3月18日，中联部以视频方式召开在秘鲁投资的中资企业座谈会，了解企业疫情下的经营情况。",
          "2021-03-19", url(ZH, "2021-03-19", 516), NO, lang="zh"),
    Probe("w4-neg-world-parties-no-lac-named",
          "Foreign Party Leaders Praise Sixth Plenum Resolution",
          "Beijing, November 19th (IDCPC)—Leaders of parties in Russia, Serbia, Pakistan and Ethiopia praised "
          "the resolution of the Sixth Plenary Session on the CPC's history in messages to the IDCPC.",
          "2021-11-19", url(EN, "2021-11-19", 517), NO),
    Probe("w4-zh-paper-pt-video-year-in-text",
          "中联部负责人同巴西劳工党领导人视频会谈",
          "本报北京2021年3月4日电 中联部负责人今天同巴西劳工党领导人举行视频会谈，就抗击新冠肺炎疫情合作交换意见。",
          "2021-03-05", url(PAPER_ZH, "2021-03-05", 518), ex("Brazil", "video_call", "2021-03-04", {PT}, BL), lang="zh"),
]

# ================================================ fifth wave: standing bodies, election greetings ====
FACH = "Broad Front (Chile)"

PROBES_5: list[Probe] = [
    Probe("w5-sao-paulo-forum-online",
          "CPC Delegation Addresses Online Meeting of São Paulo Forum",
          "Beijing, September 24th (IDCPC)—Qian Hongshan addressed by video today a meeting of the São Paulo "
          "Forum's working group held online, on the CPC's experience in fighting poverty.",
          "2021-09-24", url(EN, "2021-09-24", 601), ex(M, "forum", "2021-09-24", set(), RL, KE)),
    Probe("w5-copppal-plenary-video",
          "Guo Yezhou Attends COPPPAL Plenary via Video Link",
          "Beijing, November 29th (IDCPC)—Guo Yezhou attended via video link on Monday the plenary meeting "
          "of the Permanent Conference of Political Parties of Latin America and the Caribbean (COPPPAL), "
          "and spoke on the CPC's centenary.",
          "2021-11-29", url(EN, "2021-11-29", 602), ex(M, "forum", "2021-11-29", set(), R, KE)),
    Probe("w5-zh-puebla-group-video",
          "刘建超同普埃布拉集团成员视频交流",
          "12月13日，中联部部长刘建超同普埃布拉集团部分成员举行视频交流，就拉美形势和中拉关系交换意见。",
          "2022-12-14", url(ZH, "2022-12-14", 603), ex(M, "video_call", "2022-12-13", set(), RL),
          doubtful={"event_type": "an online exchange with several members of a group of politicians: a call or "
                                  "the group's meeting"}),
    Probe("w5-cpc-congratulates-pacto",
          "IDCPC Congratulates Historic Pact on Petro's Election",
          "Beijing, June 20th (IDCPC)—The IDCPC sent a message on Monday to the Historic Pact of Colombia, "
          "congratulating it on the election of Gustavo Petro as president.",
          "2022-06-20", url(EN, "2022-06-20", 604), ex("Colombia", "message", "2022-06-20", {PACTO}, BL)),
    Probe("w5-letter-to-broad-front-chile",
          "Song Tao Sends Letter to Chile's Broad Front",
          "Beijing, December 20th (IDCPC)—Song Tao sent a letter today to Chile's Broad Front, congratulating "
          "it on Gabriel Boric's victory in the presidential election.",
          "2021-12-20", url(EN, "2021-12-20", 605), ex("Chile", "message", "2021-12-20", {FACH}, BL)),
    Probe("w5-zh-letter-broad-front-chile",
          "宋涛致函祝贺智利广泛阵线",
          "12月20日，中联部部长宋涛致函智利广泛阵线，祝贺该党候选人博里奇在智利总统选举中获胜。",
          "2021-12-21", url(ZH, "2021-12-21", 606), ex("Chile", "message", "2021-12-20", {FACH}, BL), lang="zh"),
    Probe("w5-liu-congratulates-pt-lula",
          "Liu Jianchao Congratulates Workers' Party on Lula's Victory",
          "Beijing, October 31st (IDCPC)—Liu Jianchao sent a message today to Gleisi Hoffmann, president of "
          "Brazil's Workers' Party, congratulating the party on Lula's victory in the presidential runoff.",
          "2022-10-31", url(EN, "2022-10-31", 607), ex("Brazil", "message", "2022-10-31", {PT}, BL)),
    Probe("w5-zh-trad-libre-message",
          "宋濤致電祝賀洪都拉斯自由與重建黨",
          "【本報訊】中聯部部長宋濤12月1日致電洪都拉斯自由與重建黨，祝賀該黨候選人希奧馬拉·卡斯特羅當選總統。",
          "2021-12-02", url(HK_ZH, "2021-12-02", 608), ex("Honduras", "message", "2021-12-01", {LIBRE}, BL), lang="zh"),
    Probe("w5-lac-journalists-briefing",
          "IDCPC Briefs Latin American Journalists on the 20th CPC National Congress",
          "Beijing, October 27th (IDCPC)—The IDCPC held a briefing today for journalists of Latin American "
          "media outlets based in Beijing, from Mexico, Argentina, Brazil and Cuba, on the outcome of the "
          "20th CPC National Congress.",
          "2022-10-27", url(EN, "2022-10-27", 609), ex(M, "briefing", "2022-10-27", set(), R, KE)),
    Probe("w5-zh-think-tank-forum",
          "中拉智库论坛以线上方式举行",
          "11月25日，中拉智库论坛以线上方式举行，中联部副部长沈蓓莉出席并致辞，来自阿根廷、巴西、墨西哥等国家的智库学者参加。",
          "2021-11-26", url(ZH, "2021-11-26", 610), ex(M, "forum", "2021-11-25", set(), R, KE), lang="zh"),
    Probe("w5-women-seminar-cuba-fmc",
          "Online Seminar with Federation of Cuban Women Held",
          "Beijing, February 16th (IDCPC)—The IDCPC and the Federation of Cuban Women held an online seminar "
          "today on women's role in rural development. Shen Beili and the federation's secretary general "
          "spoke.",
          "2022-02-16", url(EN, "2022-02-16", 611), ex("Cuba", "seminar", "2022-02-16", set(), B, KE),
          doubtful={"mechanism": CUBA_STATE}),
    Probe("w5-neg-zh-trad-embassy-reception",
          "中國駐巴西大使館舉行國慶招待會",
          "【本報訊】中國駐巴西大使館9月28日舉行國慶73周年招待會，巴西各界人士出席。",
          "2022-09-29", url(MO_ZH, "2022-09-29", 612), NO),
    Probe("w5-neg-en-cpc-anniversary-foreign-media-asia",
          "Foreign Journalists Visit CPC Museum",
          "Beijing, June 18th (IDCPC)—Journalists from Japan, Singapore and Thailand visited the Museum of the "
          "Communist Party of China today on a tour organized for the centenary.",
          "2021-06-18", url(EN, "2021-06-18", 613), NO),
]

# ================================================ sixth wave: long pages with background ============
PROBES_6: list[Probe] = [
    Probe("w6-long-psuv-video-background",
          "Song Tao Holds Video Talks with PSUV Vice President",
          "Beijing, August 19th (IDCPC)—Song Tao, who heads the CPC's International Department, held talks "
          "by video link today with Diosdado Cabello, first vice president of the United Socialist Party of "
          "Venezuela.\n"
          "Song said that the CPC had just marked its centenary and was ready to share its experience of "
          "governance with the PSUV. He recalled his talks last month with leaders of the Communist Party "
          "of Cuba, and noted that China had supplied vaccines to Venezuela, Bolivia and Argentina.\n"
          "Cabello thanked the CPC for its support and said the PSUV firmly backs the one-China principle.",
          "2021-08-19", url(EN, "2021-08-19", 701), ex("Venezuela", "video_call", "2021-08-19", {PSUV}, BL)),
    Probe("w6-zh-long-pcc-video-forum-promise",
          "宋涛同古巴共产党领导人举行视频会谈",
          "11月4日，中联部部长宋涛同古巴共产党中央政治局委员莫拉莱斯举行视频会谈。\n"
          "宋涛介绍了党的十九届六中全会的主要精神，表示中国共产党愿同古巴共产党深化治党治国经验交流。\n"
          "莫拉莱斯表示，古共高度重视同中国共产党的关系，愿在中拉政党论坛等多边框架下同中方加强协调。",
          "2021-11-05", url(ZH, "2021-11-05", 702), ex("Cuba", "video_call", "2021-11-04", {PCC}, BL), lang="zh"),
    Probe("w6-long-online-seminar-series",
          "Online Seminar with Latin American Parties on Governance Held",
          "Beijing, November 4th (IDCPC)—An online seminar on governance in the new era was held today "
          "between the CPC and parties of Latin America and the Caribbean.\n"
          "Guo Yezhou gave the keynote speech. Leaders of Mexico's Labor Party, Chile's Socialist Party and "
          "Ecuador's Citizen Revolution Movement spoke about their countries' paths.\n"
          "The seminar was the third in a series the IDCPC has held this year, after those with parties "
          "of Africa and of Southeast Asia.",
          "2021-11-04", url(EN, "2021-11-04", 703), ex(M, "seminar", "2021-11-04", {PTMX, PSCH, RC}, RL, KE)),
    Probe("w6-long-pt-delegation-with-pcdob-member",
          "Liu Jianchao Meets Brazilian Party Delegation",
          "Beijing, December 16th (IDCPC)—Liu Jianchao met here today with a delegation of Brazil's Workers' "
          "Party led by its vice president. The delegation also included a member of the national "
          "leadership of the Communist Party of Brazil.\n"
          "Liu said the CPC looks forward to working with the new government of President-elect Lula. "
          "The guests said the two parties of Brazil's left were eager to learn from China's experience.",
          "2022-12-16", url(EN, "2022-12-16", 704), ex("Brazil", "meeting", "2022-12-16", {PT, PCDOB}, BL)),
    Probe("w6-agency-long-cuban-cadres-course",
          "Cuban party cadres study China's reform online",
          " date 2021-05-13 Home | World | Americas\nCuban party cadres study China's reform online\n"
          "HAVANA, May 13 (Xinhua) -- An online course for 40 cadres of the Communist Party of Cuba on "
          "China's reform and opening-up, run by the International Department of the CPC Central "
          "Committee, opened on Monday.\n"
          "\"We want to know how China kept growing while fighting the pandemic,\" said one participant, "
          "a party official from Santiago de Cuba.\n"
          "Since 2015 the department has trained hundreds of Cuban cadres in China.\nEditor: Huaxia",
          "2021-05-13", url(AGENCY_EN, "2021-05-13", 705),
          ex("Cuba", "training_course", "2021-05-10", {PCC}, BL, KE)),
    Probe("w6-letter-text-diaz-canel",
          "Message from Miguel Díaz-Canel to Xi Jinping",
          "Dear Comrade Xi Jinping,\n"
          "On behalf of the Communist Party of Cuba, I send you our warmest greetings on your re-election as "
          "General Secretary of the Central Committee of the Communist Party of China.\n"
          "We are sure that under your leadership China will keep advancing, and that the ties between our "
          "two parties will grow ever closer.\n"
          "Fraternally,\n"
          "Miguel Díaz-Canel Bermúdez\n"
          "First Secretary, Central Committee of the Communist Party of Cuba\n"
          "Havana, 23 October 2022",
          "2022-10-25", url(EN, "2022-10-25", 706), ex("Cuba", "message", "2022-10-23", {PCC}, BL)),
    Probe("w6-long-two-calls-headline-one",
          "Guo Yezhou Holds Video Talks with PSUV Leaders",
          "Beijing, May 13th (IDCPC)—Guo Yezhou held video talks on Monday with leaders of the United "
          "Socialist Party of Venezuela on vaccine cooperation and party building.\n"
          "On Wednesday, Guo also talked by video with officials of Nicaragua's Sandinista National "
          "Liberation Front.",
          "2021-05-13", url(EN, "2021-05-13", 707), ex("Venezuela", "video_call", "2021-05-10", {PSUV}, BL)),
    Probe("w6-zh-long-briefing-with-other-regions",
          "中联部举办面向拉美政党的党的二十大精神宣介会",
          "10月25日，中联部以视频方式举办面向拉美和加勒比政党的党的二十大精神宣介会。\n"
          "刘建超作主旨宣介。阿根廷正义党、巴西劳工党、墨西哥国家复兴运动等政党领导人发言。\n"
          "此前，中联部已分别向亚洲、非洲和欧洲政党举办了类似宣介会。",
          "2022-10-26", url(ZH, "2022-10-26", 708),
          ex(M, "briefing", "2022-10-25", {PJ, PT, MORENA}, RL, KE), lang="zh"),
]

# ================================================ seventh wave: days as the language gives them =====
PROBES_7: list[Probe] = [
    Probe("w7-zh-weekday",
          "宋涛同委内瑞拉统一社会主义党领导人视频会谈",
          "新华社北京3月4日电 中联部部长宋涛周二同委内瑞拉统一社会主义党第一副主席卡韦略举行视频会谈。",
          "2021-03-04", url(AGENCY_ZH, "2021-03-04", 801), ex("Venezuela", "video_call", "2021-03-02", {PSUV}, BL),
          lang="zh"),
    Probe("w7-zh-yesterday-agency",
          "中联部负责人同巴西共产党主席视频会见",
          "新华社北京3月5日电 中联部副部长沈蓓莉昨天同巴西共产党主席桑托斯视频会见，双方就抗疫合作交换意见。",
          "2021-03-05", url(AGENCY_ZH, "2021-03-05", 802), ex("Brazil", "video_call", "2021-03-04", {PCDOB}, BL),
          lang="zh"),
    Probe("w7-zh-evening-before-dateline",
          "钱洪山同秘鲁自由秘鲁党领导人视频会谈",
          "新华社北京4月20日电 中联部副部长钱洪山19日晚同自由秘鲁党领导人举行视频会谈。",
          "2022-04-20", url(AGENCY_ZH, "2022-04-20", 803), ex("Peru", "video_call", "2022-04-19", {PERU_LIBRE}, BL),
          lang="zh"),
    Probe("w7-range-seminar",
          "Online Seminar for Leaders of Central American Parties Held",
          "Beijing, June 10th (IDCPC)—An online theory seminar between the CPC and parties of Central America "
          "was held from June 8 to 10. Leaders of the FMLN of El Salvador and LIBRE of Honduras spoke.",
          "2021-06-10", url(EN, "2021-06-10", 804), ex(M, "seminar", "2021-06-08", {FMLN, LIBRE}, RL, KE),
          doubtful={"event_type": "a headline 'seminar for leaders of … parties' (the codebook's course 'for "
                                  "leaders') over a lead 'theory seminar between' peers"}),
    Probe("w7-two-day-range-dash",
          "CPC and Latin American Parties Hold Online Forum on Centenary",
          "Beijing, July 2nd (IDCPC)—The CPC held an online forum with parties of Latin America and the "
          "Caribbean on July 1-2 to mark its centenary. Leaders of Cuba's Communist Party and Uruguay's "
          "Broad Front spoke.",
          "2021-07-02", url(EN, "2021-07-02", 805), ex(M, "forum", "2021-07-01", {PCC, FA}, RL, KE)),
    Probe("w7-future-announcement",
          "IDCPC to Hold Video Briefing for Latin American Parties",
          "Beijing, March 1st (IDCPC)—The IDCPC will hold a video briefing on March 3 for leaders of parties "
          "of Latin America and the Caribbean on this year's Two Sessions, its spokesperson said today. "
          "Parties of Mexico, Peru and Cuba have confirmed they will take part.",
          "2022-03-01", url(EN, "2022-03-01", 806), ex(M, "briefing", "2022-03-03", set(), R, KE)),
    Probe("w7-zh-this-month-day",
          "中联部向乌拉圭广泛阵线宣介全国两会精神",
          "本月10日，中联部以视频方式向乌拉圭广泛阵线领导人宣介全国两会精神。",
          "2022-03-12", url(ZH, "2022-03-12", 807), ex("Uruguay", "briefing", "2022-03-10", {FA}, BL, KE), lang="zh"),
    Probe("w7-zh-trad-chinese-numerals-range",
          "拉美政黨幹部線上研修班舉行",
          "【本報訊】中聯部為拉美國家政黨幹部舉辦的線上研修班於十月十一日至二十一日舉行，來自秘魯、智利、阿根廷的三十餘名幹部參加。",
          "2021-10-23", url(HK_ZH, "2021-10-23", 808), ex(M, "training_course", "2021-10-11", set(), R, KE),
          lang="zh"),
    Probe("w7-en-phoned",
          "Song Tao Phones MAS Leader Evo Morales",
          "Beijing, January 22nd (IDCPC)—Song Tao phoned Evo Morales, leader of Bolivia's Movement for "
          "Socialism, today to exchange views on the two parties' cooperation.",
          "2021-01-22", url(EN, "2021-01-22", 809), ex("Bolivia", "phone_call", "2021-01-22", {MAS}, BL)),
    Probe("w7-zh-exchange-greetings",
          "中国共产党同古巴共产党互致新年贺信",
          "1月1日，中共中央对外联络部同古巴共产党中央国际关系部互致新年贺信，祝愿两党关系在新的一年取得新发展。",
          "2022-01-02", url(ZH, "2022-01-02", 810), ex("Cuba", "message", "2022-01-01", {PCC}, BL), lang="zh"),
]

# ================================================ eighth wave: negatives with look-alike names =======
PROBES_8: list[Probe] = [
    Probe("w8-neg-sao-tome-mlstp",
          "Shen Beili Holds Video Talks with São Tomé and Príncipe's MLSTP",
          "Beijing, April 27th (IDCPC)—Shen Beili held video talks today with leaders of the Movement for "
          "the Liberation of São Tomé and Príncipe/Social Democratic Party on party building.",
          "2021-04-27", url(EN, "2021-04-27", 901), NO),
    Probe("w8-neg-frelimo-portuguese",
          "Qian Hongshan Talks with FRELIMO Party Officials via Video",
          "Beijing, March 23rd (IDCPC)—Qian Hongshan talked via video today with officials of Mozambique's "
          "FRELIMO party, the Liberation Front of Mozambique, about the fight against poverty.",
          "2021-03-23", url(EN, "2021-03-23", 902), NO),
    Probe("w8-neg-equatorial-guinea",
          "Guo Yezhou Meets Equatorial Guinea's Democratic Party Online",
          "Beijing, July 15th (IDCPC)—Guo Yezhou met online today with a delegation of the Democratic Party "
          "of Equatorial Guinea led by its secretary general.",
          "2021-07-15", url(EN, "2021-07-15", 903), NO),
    Probe("w8-neg-spain-granada-valencia",
          "Liu Jianchao Meets PSOE Delegation from Andalusia and Valencia",
          "Beijing, December 7th (IDCPC)—Liu Jianchao met here today with a delegation of Spain's Socialist "
          "Workers' Party that included regional leaders from Granada, Córdoba and Valencia.",
          "2022-12-07", url(EN, "2022-12-07", 904), NO),
    Probe("w8-neg-podemos-spanish-name",
          "Shen Beili Holds Online Exchange with Podemos",
          "Beijing, October 13th (IDCPC)—Shen Beili held an online exchange today with leaders of Spain's "
          "Podemos party and of the Communist Party of Spain (Partido Comunista de España).",
          "2021-10-13", url(EN, "2021-10-13", 905), NO),
    Probe("w8-neg-papua-new-guinea",
          "Song Tao Talks with Papua New Guinea's Pangu Party via Video",
          "Beijing, August 31st (IDCPC)—Song Tao talked via video today with leaders of the Pangu Party of "
          "Papua New Guinea on the Belt and Road.",
          "2021-08-31", url(EN, "2021-08-31", 906), NO),
    Probe("w8-neg-zh-guinea-bissau",
          "钱洪山视频会见几内亚比绍独立党领导人",
          "6月15日，中联部副部长钱洪山视频会见几内亚比绍和佛得角非洲独立党领导人。",
          "2021-06-16", url(ZH, "2021-06-16", 907), NO, lang="zh"),
    Probe("w8-neg-zh-cape-verde",
          "沈蓓莉同佛得角争取独立非洲党视频会谈",
          "3月9日，中联部副部长沈蓓莉同佛得角争取独立非洲党领导人举行视频会谈。",
          "2022-03-10", url(ZH, "2022-03-10", 908), NO, lang="zh"),
    Probe("w8-neg-philippines-nacionalista",
          "Guo Yezhou Meets Nacionalista Party Leaders via Video",
          "Beijing, November 16th (IDCPC)—Guo Yezhou met via video today with leaders of the Nacionalista "
          "Party of the Philippines.",
          "2021-11-16", url(EN, "2021-11-16", 909), NO),
    Probe("w8-neg-new-mexico-us",
          "IDCPC Official Talks with US State Lawmakers Online",
          "Beijing, September 28th (IDCPC)—An IDCPC official talked online today with state lawmakers from "
          "New Mexico and Arizona on local cooperation.",
          "2022-09-28", url(EN, "2022-09-28", 910), NO),
    Probe("w8-neg-agency-vaccine-arrives-chile",
          "Chinese vaccines arrive in Santiago",
          " date 2021-01-29 Home | World | Americas\nSANTIAGO, Jan. 28 (Xinhua) -- A batch of COVID-19 vaccines "
          "made in China arrived in Chile on Thursday, the health ministry said.\nEditor: Huaxia",
          "2021-01-29", url(AGENCY_EN, "2021-01-29", 911), NO),
    Probe("w8-neg-zh-trad-portugal-party",
          "中聯部副部長會見葡萄牙共產黨代表",
          "【本報訊】中聯部副部長沈蓓莉11月22日在北京會見葡萄牙共產黨代表，雙方就疫後交往交換意見。",
          "2022-11-23", url(MO_ZH, "2022-11-23", 912), NO, lang="zh"),
]

# ================================================ ninth wave: events of a LAC party, interviews =======
PROBES_9: list[Probe] = [
    Probe("w9-video-address-psuv-congress",
          "Song Tao Addresses PSUV Congress by Video",
          "Beijing, June 19th (IDCPC)—Song Tao addressed by video link today the congress of the United "
          "Socialist Party of Venezuela in Caracas, wishing it success.",
          "2021-06-19", url(EN, "2021-06-19", 1001), ex("Venezuela", "other", "2021-06-19", {PSUV}, BL)),
    Probe("w9-zh-video-address-pcdob-congress",
          "钱洪山以视频方式出席巴西共产党代表大会开幕式",
          "10月15日，中联部副部长钱洪山以视频方式出席巴西共产党第十五次全国代表大会开幕式并致辞。",
          "2021-10-16", url(ZH, "2021-10-16", 1002), ex("Brazil", "other", "2021-10-15", {PCDOB}, BL), lang="zh"),
    Probe("w9-book-launch-argentina",
          "Spanish Edition of Book on CPC History Launched Online with Argentine Party Leaders",
          "Beijing, September 17th (IDCPC)—A Spanish edition of a book on the history of the CPC was launched "
          "today at an online ceremony held by the IDCPC with leaders of Argentina's Justicialist Party.",
          "2021-09-17", url(EN, "2021-09-17", 1003), ex("Argentina", "other", "2021-09-17", {PJ}, B),
          doubtful={"event_type": "an online launch ceremony with one party: a ceremony both attend (other) or "
                                  "a video call"}),
    Probe("w9-photo-exhibition-havana",
          "Photo Exhibition on CPC Centenary Opens in Havana",
          "Havana, June 30th (IDCPC)—A photo exhibition on the CPC's centenary organized with the Communist "
          "Party of Cuba opened today in Havana. Song Tao sent a video message to the opening.",
          "2021-06-30", url(EN, "2021-06-30", 1004), ex("Cuba", "other", "2021-06-30", {PCC}, BL)),
    Probe("w9-neg-interview-pcc-official",
          "Interview: CPC's centenary an inspiration, says Cuban party official",
          " date 2021-06-28 Home | World | Americas\nHAVANA, June 28 (Xinhua) -- The centenary of the Communist "
          "Party of China is an inspiration for revolutionaries, a senior official of the Communist Party of "
          "Cuba told Xinhua in a recent interview.\nEditor: Huaxia",
          "2021-06-28", url(AGENCY_EN, "2021-06-28", 1005), NO),
    Probe("w9-neg-commentary-lac",
          "Commentary: Latin America's parties see a partner in the CPC",
          " date 2022-10-28 Home | Opinion\nBEIJING, Oct. 28 (Xinhua) -- Over the past week, parties across "
          "Latin America have hailed the 20th CPC National Congress, from Brazil's Workers' Party to "
          "Mexico's MORENA.\nEditor: Huaxia",
          "2022-10-28", url(AGENCY_EN, "2022-10-28", 1006), NO,
          doubtful={"relevant": "a commentary names LAC parties' praise: no exchange it reports, but a coder "
                                "may read the praise as messages"}),
    Probe("w9-zh-cloud-tour-fujian",
          "拉美政党领导人“云参访”福建乡村",
          "7月9日，中联部组织阿根廷、乌拉圭、智利等国政党领导人以视频方式“云参访”福建宁德乡村振兴项目。",
          "2022-07-10", url(ZH, "2022-07-10", 1007), ex(M, "field_trip", "2022-07-09", set(), R, KE), lang="zh",
          doubtful={"event_type": "a tour by video: a field trip (its kind) or a briefing (the CPC side presents)"}),
    Probe("w9-en-cpc-attends-pt-event-online",
          "CPC Delegation Attends Workers' Party Anniversary Event Online",
          "Beijing, February 10th (IDCPC)—A CPC delegation attended online today an event marking the 42nd "
          "anniversary of the founding of Brazil's Workers' Party, and Shen Beili delivered a speech.",
          "2022-02-10", url(EN, "2022-02-10", 1008), ex("Brazil", "other", "2022-02-10", {PT}, BL)),
]

assert_unique_ids(PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6 + PROBES_7 + PROBES_8 + PROBES_9)
ALL_PROBES = PROBES + PROBES_2 + PROBES_3 + PROBES_4 + PROBES_5 + PROBES_6 + PROBES_7 + PROBES_8 + PROBES_9

# ================================================ tenth wave: parties new in those years =============
PROBES_10: list[Probe] = [
    Probe("w10-apruebo-dignidad",
          "Shen Beili Talks with Apruebo Dignidad Leaders via Video",
          "Beijing, April 6th (IDCPC)—Shen Beili talked via video today with leaders of Chile's Apruebo "
          "Dignidad coalition, which backs President Gabriel Boric.",
          "2022-04-06", url(EN, "2022-04-06", 1101), ex("Chile", "video_call", "2022-04-06", {"Apruebo Dignidad"}, BL)),
    Probe("w10-colombia-humana",
          "Liu Jianchao Holds Video Talks with Colombia Humana Leaders",
          "Beijing, August 23rd (IDCPC)—Liu Jianchao held video talks today with leaders of Colombia Humana, "
          "the party of President Gustavo Petro.",
          "2022-08-23", url(EN, "2022-08-23", 1102), ex("Colombia", "video_call", "2022-08-23", {"Humane Colombia"}, BL)),
    Probe("w10-comunes",
          "Qian Hongshan Talks Online with Colombia's Comunes Party",
          "Beijing, March 16th (IDCPC)—Qian Hongshan held an online meeting today with leaders of Colombia's "
          "Comunes party on the peace process and rural development.",
          "2022-03-16", url(EN, "2022-03-16", 1103), ex("Colombia", "video_call", "2022-03-16", {"Commons (Colombia)"}, BL)),
    Probe("w10-frente-guasu",
          "Guo Yezhou Holds Video Meeting with Paraguay's Frente Guasu",
          "Beijing, September 9th (IDCPC)—Guo Yezhou held a video meeting today with leaders of Paraguay's "
          "Frente Guasu on exchanges between the two parties.",
          "2021-09-09", url(EN, "2021-09-09", 1104), ex("Paraguay", "video_call", "2021-09-09", {"Guasu Front"}, BL)),
    Probe("w10-fuerza-del-pueblo",
          "Qian Hongshan Meets Fuerza del Pueblo Leaders Online",
          "Beijing, November 23rd (IDCPC)—Qian Hongshan met online today with leaders of the Dominican "
          "Republic's Fuerza del Pueblo party, led by former president Leonel Fernández.",
          "2021-11-23", url(EN, "2021-11-23", 1105),
          ex("Dominican Republic", "video_call", "2021-11-23", {"People's Force"}, B), doubtful={"mechanism": FAMILY}),
    Probe("w10-psol",
          "Shen Beili Holds Video Talks with Brazil's PSOL",
          "Beijing, May 24th (IDCPC)—Shen Beili held video talks today with leaders of Brazil's Socialism and "
          "Liberty Party (PSOL) on the 2022 elections.",
          "2022-05-24", url(EN, "2022-05-24", 1106), ex("Brazil", "video_call", "2022-05-24", {"Socialism and Liberty Party"}, BL)),
    Probe("w10-zh-apruebo",
          "沈蓓莉同智利赞成尊严联盟领导人视频会见",
          "4月6日，中联部副部长沈蓓莉同智利赞成尊严联盟领导人视频会见。",
          "2022-04-07", url(ZH, "2022-04-07", 1107), ex("Chile", "video_call", "2022-04-06", {"Apruebo Dignidad"}, BL),
          lang="zh"),
    Probe("w10-zh-guasu",
          "郭业洲同巴拉圭瓜苏阵线领导人视频会见",
          "9月9日，中联部副部长郭业洲同巴拉圭瓜苏阵线领导人视频会见。",
          "2021-09-10", url(ZH, "2021-09-10", 1108), ex("Paraguay", "video_call", "2021-09-09", {"Guasu Front"}, BL),
          lang="zh"),
]

ALL_PROBES += PROBES_10
assert_unique_ids(ALL_PROBES)

# ================================================ eleventh wave: the IDCPC site's own page furniture ==
PROBES_11: list[Probe] = [
    Probe("w11-old-en-stamp-enditem",
          "Guo Yezhou Holds Video Talks with Communist Party of Chile",
          "Guo Yezhou Holds Video Talks with Communist Party of Chile\n( 2021.03.12 )\n"
          "Beijing, March 11th (IDCPC)—Guo Yezhou, a deputy head of the IDCPC, held video talks today with "
          "leaders of the Communist Party of Chile on the CPC's centenary and cooperation against COVID-19.\n"
          "Enditem",
          None, url(EN, "2021-03-12", 1201), ex("Chile", "video_call", "2021-03-11", {PCCH}, BL)),
    Probe("w11-old-en-stamp-no-dateline",
          "IDCPC Holds Webinar for Cadres of Guyana's PPP/C",
          "IDCPC Holds Webinar for Cadres of Guyana's PPP/C\n( 2021.11.26 )\n"
          "A webinar for 30 cadres of the People's Progressive Party/Civic of Guyana on rural development "
          "was held today by the IDCPC.\nEnditem",
          None, url(EN, "2021-11-26", 1202), ex("Guyana", "training_course", "2021-11-26", {PPPC}, BL, KE)),
    Probe("w11-en23-header",
          "Liu Jianchao Meets Delegation of Nicaragua's FSLN",
          "Liaison Activities\nLiu Jianchao Meets Delegation of Nicaragua's FSLN\n2022.12.20 / Source: /\n"
          "Beijing, December 19th—Liu Jianchao, head of the IDCPC, met here today with a delegation of the "
          "Sandinista National Liberation Front of Nicaragua.",
          "2022-12-20", url(EN23, "2022-12-20", 1203), ex("Nicaragua", "meeting", "2022-12-19", {FSLN}, BL)),
    Probe("w11-zh-lldt-header",
          "钱洪山视频会见墨西哥劳动党领导人",
          "联络动态\n联络动态\n作者:\n责任编辑:\n"
          "4月14日，中联部副部长钱洪山视频会见墨西哥劳动党全国领导人阿纳亚，双方就两党交往交换意见。",
          "2021-04-15", url(ZH, "2021-04-15", 1204), ex("Mexico", "video_call", "2021-04-14", {PTMX}, BL), lang="zh"),
    Probe("w11-zh-lldt-header-no-title",
          "",
          "联络动态\n联络动态\n作者:\n责任编辑:\n"
          "11月30日，中联部部长宋涛以视频方式同委内瑞拉统一社会主义党第一副主席卡韦略会谈。",
          "2021-12-01", url(ZH, "2021-12-01", 1205), ex("Venezuela", "video_call", "2021-11-30", {PSUV}, BL), lang="zh"),
    Probe("w11-neg-old-en-stamp-laos",
          "Song Tao Holds Video Talks with Lao Party Delegation",
          "Song Tao Holds Video Talks with Lao Party Delegation\n( 2022.04.08 )\n"
          "Beijing, April 7th (IDCPC)—Song Tao held video talks today with a delegation of the Lao People's "
          "Revolutionary Party on the railway linking the two countries.\nEnditem",
          None, url(EN, "2022-04-08", 1206), NO),
    Probe("w11-en-old-no-published-relative",
          "Shen Beili Talks with PCU General Secretary by Video",
          "Shen Beili Talks with PCU General Secretary by Video\n( 2022.06.10 )\n"
          "Beijing, June 10th (IDCPC)—Shen Beili talked by video on Wednesday with Juan Castillo, general "
          "secretary of the Communist Party of Uruguay.\nEnditem",
          None, url(EN, "2022-06-10", 1207), ex("Uruguay", "video_call", "2022-06-08", {PCU}, BL)),
]

ALL_PROBES += PROBES_11
assert_unique_ids(ALL_PROBES)

# ================================================ twelfth wave: Chinese leads read without a headline ==
LLDT_HEAD = "联络动态\n联络动态\n作者:\n责任编辑:\n"

PROBES_12: list[Probe] = [
    Probe("w12-zh-tongguo-shipin-jiaoliu",
          "",
          LLDT_HEAD + "2月24日，中联部副部长郭业洲通过视频与智利社会党主席进行交流，双方就两党关系交换意见。",
          "2021-02-25", url(ZH, "2021-02-25", 1301), ex("Chile", "video_call", "2021-02-24", {PSCH}, BL), lang="zh"),
    Probe("w12-zh-zhixin",
          "",
          LLDT_HEAD + "6月28日，中联部部长宋涛致信巴西劳工党主席霍夫曼，感谢劳工党对中国共产党百年华诞的祝贺。",
          "2021-06-29", url(ZH, "2021-06-29", 1302), ex("Brazil", "message", "2021-06-28", {PT}, BL), lang="zh"),
    Probe("w12-zh-yingyue-phone",
          "",
          LLDT_HEAD + "3月12日，中联部副部长钱洪山应约同尼加拉瓜桑地诺民族解放阵线国际关系书记通电话。",
          "2021-03-13", url(ZH, "2021-03-13", 1303), ex("Nicaragua", "phone_call", "2021-03-12", {FSLN}, BL), lang="zh"),
    Probe("w12-zh-wangluo-huitan",
          "",
          LLDT_HEAD + "9月7日，中联部副部长沈蓓莉同哥伦比亚共产党领导人举行网络视频会谈。",
          "2022-09-08", url(ZH, "2022-09-08", 1304), ex("Colombia", "video_call", "2022-09-07", {PCCOL}, BL), lang="zh"),
    Probe("w12-zh-jiejian",
          "",
          LLDT_HEAD + "12月12日，中联部部长刘建超在京接见古巴共产党代表团。",
          "2022-12-13", url(ZH, "2022-12-13", 1305), ex("Cuba", "meeting", "2022-12-12", {PCC}, BL), lang="zh"),
    Probe("w12-zh-embassy-reception",
          "",
          LLDT_HEAD + "1月5日，中联部副部长钱洪山出席古巴驻华使馆举办的古巴革命胜利63周年招待会并致辞。",
          "2022-01-06", url(ZH, "2022-01-06", 1306), ex("Cuba", "other", "2022-01-05", set(), B), lang="zh",
          doubtful={"mechanism": CUBA_STATE}),
    Probe("w12-zh-forum-address-video",
          "",
          LLDT_HEAD + "10月26日，中联部部长宋涛以视频方式出席中拉政党论坛并致辞，阿根廷正义党、墨西哥劳动党等政党领导人与会。",
          "2021-10-27", url(ZH, "2021-10-27", 1307), ex(M, "forum", "2021-10-26", {PJ, PTMX}, RL, KE), lang="zh"),
    Probe("w12-zh-condolence-letter",
          "",
          LLDT_HEAD + "4月28日，中联部部长宋涛致唁函委内瑞拉统一社会主义党，对伊斯图里斯逝世表示哀悼。",
          "2021-04-29", url(ZH, "2021-04-29", 1308), ex("Venezuela", "message", "2021-04-28", {PSUV}, BL), lang="zh"),
    Probe("w12-zh-neg-untitled-vietnam",
          "",
          LLDT_HEAD + "5月20日，中联部副部长钱洪山以视频方式同越共中央对外部负责人会谈。",
          "2021-05-21", url(ZH, "2021-05-21", 1309), NO, lang="zh"),
]

ALL_PROBES += PROBES_12
assert_unique_ids(ALL_PROBES)

# ================================================ thirteenth wave: more of the crawl's negatives ======
PROBES_13: list[Probe] = [
    Probe("w13-neg-nepal-video", "Song Tao Holds Video Talks with Nepali Party Leaders",
          "Beijing, February 9th (IDCPC)—Song Tao held video talks today with leaders of the Communist Party "
          "of Nepal (Unified Marxist-Leninist) on the two parties' cooperation.",
          "2021-02-09", url(EN, "2021-02-09", 1401), NO),
    Probe("w13-neg-kenya-jubilee", "Guo Yezhou Meets Kenya's Jubilee Party Online",
          "Beijing, August 3rd (IDCPC)—Guo Yezhou met online today with officials of Kenya's Jubilee Party.",
          "2021-08-03", url(EN, "2021-08-03", 1402), NO),
    Probe("w13-neg-uk-labour", "Qian Hongshan Exchanges Views with British Labour Party Figures",
          "Beijing, March 30th (IDCPC)—Qian Hongshan held an online exchange today with former ministers of "
          "the British Labour Party on climate cooperation.",
          "2021-03-30", url(EN, "2021-03-30", 1403), NO),
    Probe("w13-neg-cpc-anniversary-domestic", "IDCPC Holds Party History Lecture",
          "Beijing, May 21st (IDCPC)—The IDCPC held a lecture on the Party's history today for its staff, as "
          "part of the study campaign for the centenary.",
          "2021-05-21", url(EN, "2021-05-21", 1404), NO),
    Probe("w13-neg-sco-parties-forum", "SCO Political Parties Forum Held Online",
          "Beijing, July 29th (IDCPC)—The political parties forum of the Shanghai Cooperation Organization "
          "countries was held online today, with leaders from Russia, Kazakhstan and Uzbekistan.",
          "2021-07-29", url(EN, "2021-07-29", 1405), NO),
    Probe("w13-neg-africa-20th-briefing", "IDCPC Briefs African Parties on the 20th CPC Congress",
          "Beijing, November 9th (IDCPC)—Liu Jianchao briefed leaders of parties of Tanzania, Namibia and "
          "Zimbabwe by video today on the 20th CPC National Congress.",
          "2022-11-09", url(EN, "2022-11-09", 1406), NO),
    Probe("w13-neg-en23-singapore", "Liu Jianchao Meets Singapore's PAP Delegation",
          "Beijing, November 30th—Liu Jianchao met here today with a delegation of Singapore's People's "
          "Action Party.",
          "2022-11-30", url(EN23, "2022-11-30", 1407), NO),
    Probe("w13-neg-agency-covax", "China to provide more vaccines to developing countries",
          " date 2021-08-05 Home | China\nBEIJING, Aug. 5 (Xinhua) -- China will provide 2 billion doses of "
          "vaccines to the world this year, including to countries in Asia, Africa and Latin America, "
          "Xi Jinping said in a written message to a forum on vaccine cooperation.\nEditor: Huaxia",
          "2021-08-05", url(AGENCY_EN, "2021-08-05", 1408), NO),
    Probe("w13-neg-zh-pakistan", "刘建超会见巴基斯坦正义运动党代表团",
          "12月2日，中联部部长刘建超在京会见巴基斯坦正义运动党代表团。",
          "2022-12-03", url(ZH, "2022-12-03", 1409), NO, lang="zh"),
    Probe("w13-neg-zh-ethiopia", "沈蓓莉同埃塞俄比亚繁荣党领导人视频会谈",
          "7月14日，中联部副部长沈蓓莉同埃塞俄比亚繁荣党领导人举行视频会谈。",
          "2021-07-15", url(ZH, "2021-07-15", 1410), NO, lang="zh"),
    Probe("w13-neg-zh-italy", "郭业洲视频会见意大利民主党代表",
          "4月29日，中联部副部长郭业洲视频会见意大利民主党外事负责人。",
          "2021-04-30", url(ZH, "2021-04-30", 1411), NO, lang="zh"),
    Probe("w13-neg-zh-internal-plenum", "中联部召开学习贯彻十九届六中全会精神大会",
          "11月15日，中联部召开学习贯彻党的十九届六中全会精神大会，宋涛出席并讲话。",
          "2021-11-16", url(ZH, "2021-11-16", 1412), NO, lang="zh"),
    Probe("w13-neg-zh-trad-mongolia", "錢洪山會見蒙古人民黨代表",
          "【本報訊】中聯部副部長錢洪山12月5日在北京會見蒙古人民黨代表，雙方同意恢復人員往來。",
          "2022-12-06", url(HK_ZH, "2022-12-06", 1413), NO, lang="zh"),
    Probe("w13-neg-zh-agency-world-summit-asia", "柬埔寨人民党领导人出席中国共产党与世界政党领导人峰会",
          "新华社金边7月6日电 柬埔寨人民党领导人6日以视频方式出席中国共产党与世界政党领导人峰会并发言。",
          "2021-07-06", url(AGENCY_ZH, "2021-07-06", 1414), NO, lang="zh"),
    Probe("w13-neg-zh-thinktank-topic", "中联部举办“百年大党与世界”国际研讨会",
          "10月19日，中联部举办“百年大党与世界”研讨会，来自俄罗斯、印度、南非等国的学者在线参会，与会者认为中国经验对亚非拉国家有借鉴意义。",
          "2021-10-20", url(ZH, "2021-10-20", 1415), NO, lang="zh"),
    Probe("w13-neg-korea-wpk-message", "Xi Jinping Exchanges Messages with Kim Jong Un",
          "Beijing, July 1st (IDCPC)—Xi Jinping and Kim Jong Un exchanged messages today marking the "
          "60th anniversary of the treaty between the two countries.",
          "2021-07-11", url(EN, "2021-07-11", 1416), NO),
]

ALL_PROBES += PROBES_13
assert_unique_ids(ALL_PROBES)

# Fields that still fail, each with the reason (filled in after the first run).
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(ALL_PROBES, OPEN))
def test_fresh_idcpc_online_years_page_field(probe: Probe, name: str, expected: Any) -> None:
    assert value_of(record_of(probe), name) == expected
