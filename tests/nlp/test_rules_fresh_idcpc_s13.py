"""Campaign 13L: a fresh IDCPC sample of 2015-2020 in the proportions a crawl meets: about a third
not about LAC (parties of Asia, Africa, Europe, the IDCPC's own events, LAC only as topic or venue),
the rest LAC exchanges of every kind of those years: Wang Jiarui and Song Tao and vice ministers
meeting LAC delegations, CPC delegations in LAC, provincial hosts, cadre courses, the China-LAC
political parties forum, the 2017 CPC in Dialogue with World Political Parties meeting, messages on
the 19th Congress and LAC congresses, the condolences on Fidel Castro's death (2016).

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc
from probe_harness import (
    BL,
    DI,
    GL,
    KE,
    NO,
    RL,
    B,
    G,
    Probe,
    R,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
)

EN = "http://www.idcpc.org.cn/english/news/{ym}/t{ymd}_9{n:05d}.html"
ZH = "http://www.idcpc.org.cn/zlbdt/{ym}/t{ymd}_9{n:05d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_13{n:04d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_11{n:04d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PRI = "Institutional Revolutionary Party"
PJ = "Justicialist Party"
MAS = "Movement for Socialism (Bolivia)"
AP = "PAIS Alliance"
LEFT_GOVERNMENT = ("a state actor of a country whose president leads a leftist party: the codebook names "
                   "only the ruling party of a socialist state; the project adds leftist (as 12I)")


def ex(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
       content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ================= A. not about LAC =================
    Probe("neg-wang-jiarui-lao",
          "Wang Jiarui Meets Lao People's Revolutionary Party Delegation",
          "Beijing, April 21st (IDCPC)—Wang Jiarui, who heads the CPC's International Department, "
          "received today a delegation of the Lao People's Revolutionary Party. The two sides talked "
          "about cadre exchanges and the building of the China-Laos railway.",
          "2015-04-21", url(EN, "2015-04-21", 1), NO),
    Probe("neg-song-tao-anc",
          "Song Tao Holds Talks with ANC Secretary General",
          "Beijing, June 5th (IDCPC)—Song Tao, head of the IDCPC, held talks here today with Gwede "
          "Mantashe, secretary general of the African National Congress of South Africa. Both praised "
          "the ties between the two parties.",
          "2016-06-05", url(EN, "2016-06-05", 2), NO),
    Probe("neg-guo-yezhou-germany-spd",
          "Guo Yezhou Meets SPD Delegation",
          "Beijing, September 12th (IDCPC)—Guo Yezhou, vice minister of the IDCPC, met today with a "
          "delegation of Germany's Social Democratic Party. They exchanged views on Europe-China trade.",
          "2017-09-12", url(EN, "2017-09-12", 3), NO),
    Probe("neg-idcpc-party-school-study",
          "IDCPC Holds Study Session on the Spirit of the Sixth Plenary Session",
          "Beijing, November 3rd (IDCPC)—The Party committee of the IDCPC organized a study session "
          "today for all staff on the decisions of the Sixth Plenary Session of the 18th CPC Central "
          "Committee. Song Tao asked staff to apply strict Party discipline.",
          "2016-11-03", url(EN, "2016-11-03", 4), NO),
    Probe("neg-li-jun-mongolia",
          "Li Jun Meets Mongolian People's Party Delegation",
          "Beijing, May 16th (IDCPC)—Li Jun, vice minister of the IDCPC, met today with a delegation of "
          "the Mongolian People's Party led by its secretary general.",
          "2018-05-16", url(EN, "2018-05-16", 5), NO),
    Probe("neg-cpc-delegation-vietnam",
          "CPC Delegation Visits Viet Nam",
          "Hanoi, July 10th (IDCPC)—A CPC delegation led by Guo Yezhou visited Viet Nam from July 7 to "
          "10 at the invitation of the Communist Party of Viet Nam and met its leaders.",
          "2019-07-11", url(EN, "2019-07-11", 6), NO),
    Probe("neg-topic-latin-america-think-tank",
          "IDCPC Hosts Think Tank Symposium on Belt and Road",
          "Beijing, March 30th (IDCPC)—Chinese scholars met at a symposium hosted by the IDCPC today to "
          "discuss the Belt and Road Initiative. Speakers noted that the initiative had drawn interest "
          "in Latin America and Africa as well as in Europe.",
          "2018-03-30", url(EN, "2018-03-30", 7), NO),
    Probe("neg-venue-cuba-vietnam-talk",
          "Qian Hongshan Meets Vietnamese Ambassador",
          "Beijing, January 9th (IDCPC)—Qian Hongshan, vice minister of the IDCPC, met today with the "
          "Vietnamese ambassador to China. Qian recalled that the two had first met in Havana years ago.",
          "2019-01-09", url(EN, "2019-01-09", 8), NO),
    Probe("neg-africa-course",
          "Seminar for Cadres of African Political Parties Opens in Beijing",
          "Beijing, October 18th (IDCPC)—A seminar for party cadres from Kenya, Uganda, Ethiopia and "
          "Tanzania opened today. Over 40 cadres will study China's poverty reduction for two weeks.",
          "2017-10-18", url(EN, "2017-10-18", 9), NO),
    Probe("neg-spain-pp",
          "Wang Yajun Meets Spanish People's Party Delegation",
          "Beijing, November 27th (IDCPC)—Wang Yajun, vice minister of the IDCPC, met with a delegation "
          "of Spain's People's Party today. Wang said Spain was a bridge to Europe and Latin America.",
          "2019-11-27", url(EN, "2019-11-27", 10), NO),
    Probe("neg-russia-united-russia-forum",
          "Dialogue between CPC and United Russia Held in Sochi",
          "Sochi, May 29th (IDCPC)—The sixth dialogue between the CPC and United Russia took place here "
          "today. Song Tao and Dmitry Medvedev attended.",
          "2018-05-30", url(EN, "2018-05-30", 11), NO),
    Probe("neg-pakistan-ppp",
          "Chen Fengxiang Meets Pakistan Peoples Party Leaders",
          "Islamabad, August 22nd (IDCPC)—Chen Fengxiang, vice minister of the IDCPC, met on August 21 "
          "with leaders of the Pakistan Peoples Party during his visit.",
          "2016-08-22", url(EN, "2016-08-22", 12), NO),
    Probe("neg-korea-wpk",
          "Song Tao Meets WPK Delegation",
          "Beijing, February 14th (IDCPC)—Song Tao met today with a delegation of the Workers' Party of "
          "Korea led by a member of its Central Committee.",
          "2019-02-14", url(EN, "2019-02-14", 13), NO),
    Probe("neg-portugal-pcp",
          "Zhou Li Meets Portuguese Communist Party Delegation",
          "Beijing, June 23rd (IDCPC)—Zhou Li, vice minister of the IDCPC, met today with a delegation "
          "of the Portuguese Communist Party.",
          "2015-06-23", url(EN, "2015-06-23", 14), NO),
    Probe("neg-covid-africa-video",
          "IDCPC Holds Video Conference with African Parties on COVID-19",
          "Beijing, May 20th (IDCPC)—The IDCPC held a video conference today with leaders of parties of "
          "Zimbabwe, Namibia and Mozambique on fighting the COVID-19 epidemic.",
          "2020-05-20", url(EN, "2020-05-20", 15), NO),
    # ---- Chinese negatives
    Probe("zh-neg-song-tao-cambodia",
          "宋涛会见柬埔寨人民党代表团",
          "新华社北京3月12日电 中联部部长宋涛12日在京会见柬埔寨人民党代表团。"
          "双方就加强治党理政经验交流交换了意见。",
          "2018-03-13", url(ZH, "2018-03-13", 16), NO, lang="zh"),
    Probe("zh-neg-guo-yezhou-italy",
          "郭业洲会见意大利民主党代表团",
          "10月17日，中联部副部长郭业洲在京会见意大利民主党代表团。",
          "2019-10-18", url(ZH, "2019-10-18", 17), NO, lang="zh"),
    Probe("zh-neg-internal-meeting",
          "中联部召开全部工作会议",
          "1月8日，中联部召开全部工作会议，总结2018年党的对外工作，部署2019年重点任务。宋涛出席并讲话，会议提到将继续拓展同亚洲、非洲、拉美各国政党的交往。",
          "2019-01-09", url(ZH, "2019-01-09", 18), NO, lang="zh"),
    Probe("zh-neg-trad-myanmar",
          "中聯部副部長李軍會見緬甸聯邦鞏固與發展黨代表團",
          "【本報訊】中聯部副部長李軍9日在北京會見緬甸聯邦鞏固與發展黨代表團，雙方就中緬經濟走廊交換意見。",
          "2017-08-10", url(HK_ZH, "2017-08-10", 19), NO, lang="zh"),
    Probe("zh-neg-kazakhstan-province",
          "哈萨克斯坦祖国之光党代表团访问新疆",
          "9月4日至8日，哈萨克斯坦祖国之光党代表团应中联部邀请访问新疆，考察当地经济社会发展。",
          "2019-09-09", url(ZH, "2019-09-09", 20), NO, lang="zh"),
    Probe("zh-neg-topic-lac-trade",
          "中联部举办“一带一路”专题吹风会",
          "6月14日，中联部就“一带一路”建设进展举办专题吹风会，向中国媒体介绍情况。发言人表示，越来越多的拉美国家表达参与意愿。",
          "2018-06-15", url(ZH, "2018-06-15", 21), NO, lang="zh"),
    # ================= B. meetings in Beijing =================
    Probe("wang-jiarui-pcc-delegation",
          "Wang Jiarui Meets Delegation of Communist Party of Cuba",
          "Beijing, March 18th (IDCPC)—Wang Jiarui, who heads the CPC's International Department, met "
          "here today with a delegation of the Communist Party of Cuba led by José Ramón Balaguer, head "
          "of its Department of International Relations. Wang praised the updating of Cuba's economic "
          "model.",
          "2015-03-18", url(EN, "2015-03-18", 31), ex("Cuba", "2015-03-18", "meeting", {PCC}, BL)),
    Probe("song-tao-psuv-vice-president",
          "Song Tao Meets PSUV Delegation",
          "Beijing, September 6th (IDCPC)—Song Tao, head of the IDCPC, met on Tuesday with a delegation "
          "of the United Socialist Party of Venezuela headed by its first vice president Diosdado "
          "Cabello. Song said the CPC valued its ties with the PSUV.",
          "2016-09-08", url(EN, "2016-09-08", 32), ex("Venezuela", "2016-09-06", "meeting", {PSUV}, BL)),
    Probe("li-jun-pri-delegation",
          "Li Jun Meets Delegation of Mexico's PRI",
          "Beijing, August 29th (IDCPC)—Li Jun, vice minister of the IDCPC, received here today a "
          "delegation of Mexico's Institutional Revolutionary Party (PRI) led by its secretary for "
          "international affairs. They discussed party building and trade.",
          "2017-08-29", url(EN, "2017-08-29", 33), ex("Mexico", "2017-08-29", "meeting", {PRI}, B)),
    Probe("guo-yezhou-apra",
          "Guo Yezhou Meets Peruvian Aprista Party Leader",
          "Beijing, April 11th (IDCPC)—Guo Yezhou, vice minister of the IDCPC, met with a delegation "
          "of the Peruvian Aprista Party today.",
          "2016-04-11", url(EN, "2016-04-11", 34),
          ex("Peru", "2016-04-11", "meeting", {"Peruvian Aprista Party"}, B)),
    Probe("wang-yajun-pj-argentina",
          "Wang Yajun Meets Justicialist Party Delegation from Argentina",
          "Beijing, July 4th (IDCPC)—Wang Yajun, vice minister of the IDCPC, met here today with a "
          "delegation of Argentina's Justicialist Party. Wang said China was ready to deepen exchanges.",
          "2019-07-04", url(EN, "2019-07-04", 35), ex("Argentina", "2019-07-04", "meeting", {PJ}, B)),
    Probe("song-tao-pcdob-president",
          "Song Tao Meets President of Communist Party of Brazil",
          "Beijing, November 14th (IDCPC)—Song Tao met with Luciana Santos, president of the Communist "
          "Party of Brazil, on November 13 in Beijing. The two exchanged views on party relations.",
          "2017-11-14", url(EN, "2017-11-14", 36), ex("Brazil", "2017-11-13", "meeting", {PCDOB}, BL)),
    Probe("zhou-li-pnp-jamaica",
          "Zhou Li Meets People's National Party Delegation of Jamaica",
          "Beijing, June 2nd (IDCPC)—Zhou Li, vice minister of the IDCPC, met today with a delegation "
          "of the People's National Party of Jamaica.",
          "2015-06-02", url(EN, "2015-06-02", 37),
          ex("Jamaica", "2015-06-02", "meeting", {"People's National Party"}, BL)),
    Probe("qian-hongshan-fmln",
          "Qian Hongshan Meets FMLN Delegation",
          "Beijing, October 24th (IDCPC)—Qian Hongshan, vice minister of the IDCPC, met today with a "
          "delegation of El Salvador's Farabundo Martí National Liberation Front (FMLN). Qian welcomed "
          "the establishment of diplomatic ties between the two countries in August.",
          "2018-10-24", url(EN, "2018-10-24", 38),
          ex("El Salvador", "2018-10-24", "meeting", {"Farabundo Martí National Liberation Front"}, BL)),
    Probe("song-tao-lac-ambassadors",
          "Song Tao Meets Envoys of Latin American and Caribbean Countries",
          "Beijing, January 17th (IDCPC)—Song Tao met here today with ambassadors of Latin American and "
          "Caribbean countries to China, including those of Mexico, Chile, Uruguay and Cuba, and briefed "
          "them on the CPC's external work in the new year.",
          "2018-01-17", url(EN, "2018-01-17", 39),
          ex("multilateral", "2018-01-17", "meeting", set(), R)),
    Probe("wang-jiarui-pln-costa-rica",
          "Wang Jiarui Meets Costa Rica's National Liberation Party Delegation",
          "Beijing, January 26th (IDCPC)—Wang Jiarui met here today with a delegation of the National "
          "Liberation Party of Costa Rica led by its president.",
          "2015-01-26", url(EN, "2015-01-26", 40),
          ex("Costa Rica", "2015-01-26", "meeting", {"National Liberation Party"}, B)),
    Probe("politburo-member-ortega-envoy",
          "Chinese Leader Meets FSLN Delegation",
          "Beijing, May 23rd (IDCPC)—Liu Yunshan, a member of the CPC leadership's top body, met in the "
          "Great Hall of the People today with a delegation of Nicaragua's Sandinista National "
          "Liberation Front. Song Tao was present.",
          "2017-05-23", url(EN, "2017-05-23", 41), ex("Nicaragua", "2017-05-23", "meeting", {FSLN}, BL)),
    Probe("chen-fengxiang-pld-dominican",
          "Chen Fengxiang Meets Dominican Liberation Party Delegation",
          "Beijing, December 10th (IDCPC)—Chen Fengxiang, vice minister of the IDCPC, met today with a "
          "delegation of the Dominican Liberation Party. Chen hailed the establishment of diplomatic "
          "relations between China and the Dominican Republic earlier this year.",
          "2018-12-10", url(EN, "2018-12-10", 42),
          ex("Dominican Republic", "2018-12-10", "meeting", {"Dominican Liberation Party"}, B)),
    Probe("song-tao-pt-two-parties-yesterday",
          "Song Tao Meets Leaders of Brazil's Workers' Party",
          "Beijing, August 15th (IDCPC)—Song Tao met yesterday with a delegation of Brazil's Workers' "
          "Party led by its president Gleisi Hoffmann.",
          "2018-08-15", url(EN, "2018-08-15", 43), ex("Brazil", "2018-08-14", "meeting", {PT}, BL)),
    Probe("guo-yezhou-chile-ps",
          "Guo Yezhou Meets Socialist Party of Chile Delegation",
          "Beijing, March 7th (IDCPC)—Guo Yezhou met today with a delegation of the Socialist Party of "
          "Chile led by its secretary general. He briefed the guests on the two sessions.",
          "2019-03-07", url(EN, "2019-03-07", 44),
          ex("Chile", "2019-03-07", "meeting", {"Socialist Party of Chile"}, BL)),
    # ---- agency copies of meetings
    Probe("agency-en-song-tao-mas",
          "Senior CPC official meets Bolivian MAS delegation",
          " date 2016-05-19\nHome | China | World | Business\nBEIJING, May 19 (Agency) -- Song Tao, "
          "who heads the International Department of the CPC, met Thursday with a delegation of the "
          "Movement for Socialism (MAS) of Bolivia. Song said ties between the two parties have grown "
          "fast.\nEditor: Li Ming\nRelated: China, Kenya sign deals",
          "2016-05-19", url(AGENCY_EN, "2016-05-19", 45), ex("Bolivia", "2016-05-19", "meeting", {MAS}, BL)),
    Probe("agency-en-chinese-leader-pcu",
          "Chinese senior official meets Uruguayan communist leader",
          " date 2019-06-20\nBEIJING, June 20 (Agency) -- A senior leader of the Communist Party of China "
          "(CPC) met here Thursday with Juan Castillo, secretary general of the Communist Party of "
          "Uruguay.\nWang Huning said the CPC was willing to enhance exchanges with the Uruguayan party.",
          "2019-06-20", url(AGENCY_EN, "2019-06-20", 46),
          ex("Uruguay", "2019-06-20", "meeting", {"Communist Party of Uruguay"}, BL)),
    # ---- Chinese meetings
    Probe("zh-song-tao-pcc",
          "宋涛会见古巴共产党代表团",
          "4月16日，中联部部长宋涛在京会见古巴共产党中央国际关系部部长巴拉格尔率领的古共代表团。宋涛表示，中方愿同古方加强治国理政经验交流。",
          "2017-04-17", url(ZH, "2017-04-17", 51), ex("Cuba", "2017-04-16", "meeting", {PCC}, BL), lang="zh"),
    Probe("zh-wang-jiarui-psuv",
          "王家瑞会见委内瑞拉统一社会主义党代表团",
          "新华社北京2月5日电 中联部部长王家瑞5日在京会见委内瑞拉统一社会主义党代表团。",
          "2015-02-06", url(AGENCY_ZH, "2015-02-06", 52),
          ex("Venezuela", "2015-02-05", "meeting", {PSUV}, BL), lang="zh"),
    Probe("zh-li-jun-morena",
          "李军会见墨西哥国家复兴运动党代表团",
          "9月20日，中联部副部长李军在京会见墨西哥国家复兴运动党主席率领的代表团。双方就两党交往交换了意见。",
          "2018-09-21", url(ZH, "2018-09-21", 53),
          ex("Mexico", "2018-09-20", "meeting", {"National Regeneration Movement"}, BL), lang="zh"),
    Probe("zh-qian-hongshan-fa-uruguay",
          "钱洪山会见乌拉圭广泛阵线代表团",
          "11月5日，中联部副部长钱洪山在京会见乌拉圭广泛阵线代表团。",
          "2019-11-06", url(ZH, "2019-11-06", 54), ex("Uruguay", "2019-11-05", "meeting", {FA}, BL),
          lang="zh"),
    Probe("zh-trad-guo-yezhou-ecuador",
          "郭業洲會見厄瓜多爾主權祖國聯盟運動代表團",
          "【本報訊】中聯部副部長郭業洲12日在北京會見厄瓜多爾主權祖國聯盟運動代表團，雙方表示願深化黨際交流。",
          "2016-07-13", url(HK_ZH, "2016-07-13", 55),
          ex("Ecuador", "2016-07-12", "meeting", {AP}, BL), lang="zh"),
    Probe("zh-song-tao-lac-envoys",
          "宋涛集体会见拉美和加勒比国家驻华使节",
          "12月4日，中联部部长宋涛在京集体会见拉美和加勒比国家驻华使节，介绍中共十九大精神。阿根廷、巴西、古巴、墨西哥等国使节出席。",
          "2017-12-05", url(ZH, "2017-12-05", 56),
          ex("multilateral", "2017-12-04", "briefing", set(), R, KE), lang="zh",
          doubtful={"event_type": "a group meeting of envoys where the minister presents the Congress: "
                                  "briefing (presents a CPC meeting) or meeting (集体会见)?",
                    "content": "follows the event type's doubt"}),
    # ================= C. CPC delegations abroad =================
    Probe("cpc-delegation-cuba-nicaragua",
          "CPC Delegation Visits Cuba and Nicaragua",
          "Managua, June 18th (IDCPC)—A CPC delegation led by Song Tao visited Cuba from June 10 to 14 "
          "and Nicaragua from June 14 to 17 at the invitation of the Communist Party of Cuba and the "
          "Sandinista National Liberation Front. In Havana the delegation met Raúl Castro, and in "
          "Managua, Daniel Ortega.",
          "2016-06-18", url(EN, "2016-06-18", 61),
          ex("multilateral", "2016-06-10", "delegation_visit_abroad", {PCC, FSLN}, RL)),
    Probe("cpc-delegation-mexico-only",
          "CPC Delegation Visits Mexico",
          "Mexico City, October 26th (IDCPC)—At the invitation of the Institutional Revolutionary Party, "
          "a CPC delegation led by Li Jun visited Mexico from October 22 to 26. The delegation met "
          "leaders of the PRI and of the National Action Party and toured Guadalajara.",
          "2016-10-27", url(EN, "2016-10-27", 62),
          ex("Mexico", "2016-10-22", "delegation_visit_abroad", {PRI, "National Action Party (Mexico)"}, B)),
    Probe("cpc-delegation-brazil-and-portugal",
          "CPC Delegation Visits Brazil and Portugal",
          "Lisbon, May 30th (IDCPC)—A CPC delegation headed by Guo Yezhou paid a visit to Brazil from "
          "May 21 to 25, where it met leaders of the Workers' Party and the Brazilian Democratic "
          "Movement, and then to Portugal.",
          "2018-05-31", url(EN, "2018-05-31", 63),
          ex("Brazil", "2018-05-21", "delegation_visit_abroad", {PT, "Brazilian Democratic Movement"}, BL)),
    Probe("meeting-abroad-headline-maduro",
          "Maduro Meets CPC Delegation",
          "Caracas, November 21st (IDCPC)—Nicolás Maduro, president of Venezuela and head of the United "
          "Socialist Party of Venezuela, met on November 20 with a CPC delegation led by Song Tao, which "
          "was in Venezuela to brief the PSUV on the 19th CPC National Congress.",
          "2017-11-21", url(EN, "2017-11-21", 64),
          ex("Venezuela", "2017-11-20", "meeting", {PSUV}, BL),
          doubtful={"event_type": "a headline meeting during a visit to brief on the Congress: meeting "
                                  "(rule 4) or briefing (the trip's purpose)?"}),
    Probe("briefing-19th-congress-havana",
          "CPC Delegation Briefs Cuban Party on 19th National Congress",
          "Havana, November 15th (IDCPC)—A CPC delegation led by Qian Hongshan held a briefing session "
          "here on November 14 for cadres of the Communist Party of Cuba on the 19th National Congress "
          "of the CPC. About 100 Cuban party members attended.",
          "2017-11-16", url(EN, "2017-11-16", 65),
          ex("Cuba", "2017-11-14", "briefing", {PCC}, BL, KE)),
    Probe("zh-delegation-chile-argentina",
          "中共代表团访问智利和阿根廷",
          "应智利社会党和阿根廷正义党邀请，中联部副部长王亚军率中共代表团于10月8日至15日访问智利和阿根廷，分别会见两党领导人并介绍中共十九届四中全会精神。",
          "2019-10-17", url(ZH, "2019-10-17", 66),
          ex("multilateral", "2019-10-08", "delegation_visit_abroad", {"Socialist Party of Chile", PJ}, RL),
          lang="zh",
          doubtful={"event_type": "a visit whose delegation also presents a plenum (介绍…全会精神): "
                                  "the visit as a whole (rule 4) or a briefing (rule 1 comes first)?",
                    "content": "follows the event type's doubt"}),
    Probe("zh-delegation-peru-only",
          "中共代表团访问秘鲁",
          "应秘鲁民族主义党邀请，中联部副部长郭业洲率中共代表团于3月20日至24日访问秘鲁，会见秘鲁民族主义党主席乌马拉等。",
          "2015-03-26", url(ZH, "2015-03-26", 67),
          ex("Peru", "2015-03-20", "delegation_visit_abroad", {"Peruvian Nationalist Party"}, BL), lang="zh"),
    Probe("provincial-cpc-delegation-cuba",
          "Jiangsu Party Delegation Visits Cuba",
          "Havana, September 13th (IDCPC)—At the invitation of the Communist Party of Cuba, a delegation "
          "of the CPC Jiangsu Provincial Committee visited Cuba from September 9 to 13, meeting leaders "
          "of the PCC in Havana and Matanzas.",
          "2019-09-14", url(EN, "2019-09-14", 68),
          ex("Cuba", "2019-09-09", "delegation_visit_abroad", {PCC}, BL)),
    # ================= D. LAC delegations in China, provinces =================
    Probe("delegation-received-pt-whole-stay",
          "Delegation of Brazil's Workers' Party Visits China",
          "Beijing, July 21st (IDCPC)—A delegation of the Workers' Party of Brazil visited China from July "
          "14 to 21 at the invitation of the CPC. In Beijing it met Song Tao; it then visited Shanghai "
          "and Zhejiang.",
          "2016-07-22", url(EN, "2016-07-22", 71),
          ex("Brazil", "2016-07-14", "delegation_received", {PT}, BL)),
    Probe("provincial-host-fsln-yunnan",
          "Yunnan Party Secretary Meets FSLN Delegation",
          "Kunming, April 26th (IDCPC)—Chen Hao, secretary of the CPC Yunnan Provincial Committee, met "
          "here today with a delegation of Nicaragua's Sandinista National Liberation Front, which was "
          "on a visit to China at the invitation of the CPC.",
          "2018-04-26", url(EN, "2018-04-26", 72), ex("Nicaragua", "2018-04-26", "meeting", {FSLN}, BL)),
    Probe("field-trip-pcc-fujian",
          "Cuban Party Cadres Visit Fujian",
          "Fuzhou, November 9th (IDCPC)—A delegation of cadres of the Communist Party of Cuba visited "
          "Fujian from November 5 to 9, touring a tea cooperative, a port and a village that lifted "
          "itself out of poverty.",
          "2018-11-10", url(EN, "2018-11-10", 73), ex("Cuba", "2018-11-05", "field_trip", {PCC}, BL, KE)),
    Probe("zh-field-trip-psuv-guangdong",
          "委内瑞拉统一社会主义党考察团访问广东",
          "6月3日至7日，委内瑞拉统一社会主义党考察团应中联部邀请访问广东，考察深圳经济特区建设和基层党建。广东省委副书记会见了考察团。",
          "2019-06-08", url(ZH, "2019-06-08", 74),
          ex("Venezuela", "2019-06-03", "field_trip", {PSUV}, BL, KE), lang="zh"),
    Probe("zh-provincial-shaanxi-colombia",
          "陕西省委书记会见哥伦比亚自由党代表团",
          "5月14日，陕西省委书记胡和平在西安会见哥伦比亚自由党代表团。代表团应中联部邀请访华。",
          "2019-05-15", url(ZH, "2019-05-15", 75),
          ex("Colombia", "2019-05-14", "meeting", {"Colombian Liberal Party"}, B), lang="zh"),
    Probe("zh-received-whole-stay-fsln",
          "尼加拉瓜桑地诺民族解放阵线代表团访华",
          "应中国共产党邀请，尼加拉瓜桑地诺民族解放阵线代表团于8月6日至13日访华。在京期间，中联部部长宋涛会见代表团。代表团还赴四川参观访问。",
          "2019-08-14", url(ZH, "2019-08-14", 76),
          ex("Nicaragua", "2019-08-06", "delegation_received", {FSLN}, BL), lang="zh"),
    # ================= E. courses, seminars, forums, dialogues =================
    Probe("course-lac-cadres-2016",
          "Seminar for Party Cadres of Latin American Countries Opens in Beijing",
          "Beijing, September 8th (IDCPC)—A training seminar for middle-aged and young cadres of political "
          "parties of Latin American countries, hosted by the IDCPC, opened here today. Nearly 30 cadres "
          "from Brazil, Peru, Ecuador, Colombia and Chile will attend lectures for two weeks.",
          "2016-09-08", url(EN, "2016-09-08", 81),
          ex("multilateral", "2016-09-08", "training_course", set(), R, KE)),
    Probe("course-caribbean-cadres",
          "Workshop for Caribbean Party Leaders Held",
          "Beijing, May 25th (IDCPC)—A workshop for leaders of political parties of Caribbean countries "
          "ran from May 14 to 25. Participants came from Jamaica, Grenada, Barbados, Dominica and Trinidad "
          "and Tobago. Li Jun met the participants at its close.",
          "2017-05-26", url(EN, "2017-05-26", 82),
          ex("multilateral", "2017-05-14", "training_course", set(), R, KE)),
    Probe("forum-china-celac-parties-2015",
          "China-Latin America and Caribbean Political Parties Forum Opens in Beijing",
          "Beijing, May 26th (IDCPC)—The first China-Latin America and Caribbean Political Parties Forum "
          "opened here today. Over 80 leaders of more than 30 parties of 27 countries of the region, "
          "among them the Communist Party of Cuba and the PRI of Mexico, attended. Liu Yunshan spoke at "
          "the opening.",
          "2015-05-26", url(EN, "2015-05-26", 83),
          ex("multilateral", "2015-05-26", "forum", {PCC, PRI}, RL, KE)),
    Probe("forum-zhuhai-second",
          "Second China-Latin America Political Parties Forum Held in Zhuhai",
          "Zhuhai, December 2nd (IDCPC)—The second China-Latin America and Caribbean Political Parties "
          "Forum was held here from November 30 to December 1 with the theme of shared development. "
          "Song Tao delivered a keynote speech to delegates from over 20 countries of the region.",
          "2016-12-02", url(EN, "2016-12-02", 84),
          ex("multilateral", "2016-11-30", "forum", set(), R, KE)),
    Probe("side-meeting-at-forum-pcc",
          "Song Tao Meets Cuban Delegates to the Parties Forum",
          "Shenzhen, December 6th (IDCPC)—On the sidelines of the China-Latin America and Caribbean "
          "Political Parties Forum, Song Tao met today with the delegation of the Communist Party of "
          "Cuba attending the forum.",
          "2018-12-06", url(EN, "2018-12-06", 85),
          ex("Cuba", "2018-12-06", "meeting", {PCC}, {"regional", "leftist"}, KE),
          doubtful={"mechanism": "a side meeting with one party that came for a regional platform: the "
                                 "codebook gives global for such a side meeting; regional by analogy?"}),
    Probe("dialogue-high-level-2017",
          "CPC in Dialogue with World Political Parties High-Level Meeting Opens",
          "Beijing, December 1st (IDCPC)—The CPC in Dialogue with World Political Parties High-Level "
          "Meeting opened here today. Xi Jinping gave a keynote speech to over 600 party leaders from "
          "more than 120 countries. Speakers from Latin America included leaders of the Communist Party "
          "of Cuba and the United Socialist Party of Venezuela.",
          "2017-12-01", url(EN, "2017-12-01", 86),
          ex("multilateral", "2017-12-01", "dialogue", {PCC, PSUV}, GL, KE)),
    Probe("dialogue-side-meeting-bolivia",
          "Song Tao Meets Bolivian Guests at High-Level Meeting",
          "Beijing, December 2nd (IDCPC)—Song Tao met here today with a delegation of Bolivia's Movement "
          "for Socialism (MAS), which was in Beijing for the CPC in Dialogue with World Political "
          "Parties High-Level Meeting.",
          "2017-12-02", url(EN, "2017-12-02", 87),
          ex("Bolivia", "2017-12-02", "meeting", {MAS}, GL, KE)),
    Probe("seminar-theory-pcc-cpc",
          "Theory Seminar of CPC and Communist Party of Cuba Held in Havana",
          "Havana, October 19th (IDCPC)—The ninth theory seminar between the CPC and the Communist Party "
          "of Cuba was held here on October 17 and 18. Scholars and officials of both parties discussed "
          "socialist construction.",
          "2018-10-19", url(EN, "2018-10-19", 88), ex("Cuba", "2018-10-17", "seminar", {PCC}, BL, KE)),
    Probe("zh-course-lac-2019",
          "拉美国家政党领导人研讨班在京开班",
          "7月8日，由中联部主办的拉美国家政党领导人研讨班在京开班。来自阿根廷、智利、秘鲁、哥伦比亚等国的20余名政党领导人参加。",
          "2019-07-09", url(ZH, "2019-07-09", 89),
          ex("multilateral", "2019-07-08", "training_course", set(), R, KE), lang="zh"),
    Probe("zh-course-pcc-cadres",
          "古巴共产党干部考察团研修班结业",
          "3月29日，古巴共产党干部研修班在京结业。研修班于3月18日开班，学员听取了关于中国改革开放的专题讲座。",
          "2019-03-30", url(ZH, "2019-03-30", 90),
          ex("Cuba", "2019-03-18", "training_course", {PCC}, BL, KE), lang="zh"),
    Probe("zh-forum-china-lac-2018",
          "第三届中国－拉美和加勒比政党论坛在深圳开幕",
          "新华社深圳12月5日电 第三届中国－拉美和加勒比政党论坛5日在深圳开幕。"
          "来自拉美和加勒比地区20多个国家的近百位政党领导人出席。宋涛出席开幕式并致辞。",
          "2018-12-06", url(AGENCY_ZH, "2018-12-06", 91),
          ex("multilateral", "2018-12-05", "forum", set(), R, KE), lang="zh"),
    Probe("zh-dialogue-high-level-lac",
          "中国共产党与世界政党高层对话会在京开幕",
          "12月1日，中国共产党与世界政党高层对话会在京开幕。来自120多个国家的近300个政党和政治组织领导人出席，其中包括古巴共产党、巴西共产党等拉美政党代表。",
          "2017-12-02", url(ZH, "2017-12-02", 92),
          ex("multilateral", "2017-12-01", "dialogue", {PCC, PCDOB}, GL, KE), lang="zh"),
    Probe("zh-seminar-online-lac-covid",
          "中联部同拉美政党举行抗疫视频研讨会",
          "6月10日，中联部同墨西哥、阿根廷、乌拉圭等拉美国家政党举行抗击新冠肺炎疫情经验交流视频研讨会。",
          "2020-06-11", url(ZH, "2020-06-11", 93),
          ex("multilateral", "2020-06-10", "seminar", set(), R, KE), lang="zh"),
    Probe("video-call-song-tao-pcc-2020",
          "Song Tao Holds Video Call with Cuban Party Official",
          "Beijing, July 22nd (IDCPC)—Song Tao held a video call today with José Ramón Balaguer of the "
          "Communist Party of Cuba. They discussed the fight against COVID-19.",
          "2020-07-22", url(EN, "2020-07-22", 94), ex("Cuba", "2020-07-22", "video_call", {PCC}, BL)),
    # ================= F. messages =================
    Probe("msg-condolence-fidel-cpc-cc",
          "CPC Central Committee Sends Condolences on Death of Fidel Castro",
          "Beijing, November 26th (IDCPC)—The CPC Central Committee sent a message of condolence today to "
          "the Central Committee of the Communist Party of Cuba on the death of Fidel Castro, leader of "
          "the Cuban revolution.",
          "2016-11-26", url(EN, "2016-11-26", 101), ex("Cuba", "2016-11-26", "message", {PCC}, BL)),
    Probe("msg-song-tao-cuban-embassy-fidel",
          "Song Tao Pays Respects to Fidel Castro at Cuban Embassy",
          "Beijing, November 28th (IDCPC)—Song Tao went to the Cuban Embassy in Beijing today to mourn "
          "Fidel Castro and signed the book of condolence.",
          "2016-11-28", url(EN, "2016-11-28", 102), ex("Cuba", "2016-11-28", "message", set(), B),
          doubtful={"event_type": "a condolence visit to an embassy: message (condolence) or meeting?",
                    "mechanism": "the embassy of a socialist state with no party named: leftist?"}),
    Probe("msg-pcc-congratulates-19th",
          "Communist Party of Cuba Congratulates CPC on 19th National Congress",
          "Beijing, October 19th (IDCPC)—The Central Committee of the Communist Party of Cuba sent a "
          "message on October 18 congratulating the CPC on the opening of its 19th National Congress.",
          "2017-10-19", url(EN, "2017-10-19", 103), ex("Cuba", "2017-10-18", "message", {PCC}, BL)),
    Probe("msg-roundup-19th-lac-parties",
          "Foreign Parties Congratulate CPC on 19th National Congress (III)",
          "Beijing, October 25th (IDCPC)—Political parties of many countries continue to send messages on "
          "the successful conclusion of the 19th National Congress. Among them were the Workers' Party "
          "of Brazil, the Justicialist Party of Argentina and Mexico's PRI.",
          "2017-10-25", url(EN, "2017-10-25", 104),
          {"relevant": True, "country": "multilateral", "event_type": "message",
           "parties": {PT, PJ, PRI}, "mechanism": RL, "content": DI}),
    Probe("msg-cpc-psuv-anniversary",
          "CPC Congratulates PSUV on 10th Anniversary",
          "Beijing, March 14th (IDCPC)—The IDCPC sent a message of congratulations to the United Socialist "
          "Party of Venezuela on the tenth anniversary of its founding.",
          "2018-03-14", url(EN, "2018-03-14", 105), ex("Venezuela", "2018-03-14", "message", {PSUV}, BL)),
    Probe("msg-cpc-pcc-seventh-congress",
          "CPC Sends Congratulations to Seventh Congress of Cuban Party",
          "Beijing, April 16th (IDCPC)—The CPC Central Committee sent a congratulatory message on April 16 "
          "to the Communist Party of Cuba on the opening of its Seventh Congress in Havana.",
          "2016-04-17", url(EN, "2016-04-17", 106), ex("Cuba", "2016-04-16", "message", {PCC}, BL)),
    Probe("msg-xi-reply-ortega",
          "Xi Jinping Replies to FSLN Letter",
          "Beijing, January 10th (IDCPC)—Xi Jinping, general secretary of the CPC Central Committee, "
          "recently replied to a letter from Daniel Ortega, general secretary of the Sandinista National "
          "Liberation Front, thanking him for his congratulations on the 19th National Congress.",
          "2018-01-10", url(EN, "2018-01-10", 107), ex("Nicaragua", None, "message", {FSLN}, BL)),
    Probe("msg-cpc-pcdob-congress",
          "CPC Congratulates Communist Party of Brazil on Its Congress",
          "Beijing, November 17th (IDCPC)—On Friday the CPC Central Committee sent a message to the "
          "14th Congress of the Communist Party of Brazil, wishing it full success.",
          "2017-11-18", url(EN, "2017-11-18", 108), ex("Brazil", "2017-11-17", "message", {PCDOB}, BL)),
    Probe("zh-msg-condolence-fidel",
          "中共中央致电古共中央 沉痛悼念菲德尔·卡斯特罗",
          "11月26日，中共中央致唁电古巴共产党中央委员会，对古巴革命领导人菲德尔·卡斯特罗逝世表示深切哀悼。",
          "2016-11-26", url(ZH, "2016-11-26", 109), ex("Cuba", "2016-11-26", "message", {PCC}, BL),
          lang="zh"),
    Probe("zh-msg-psuv-19th-congress",
          "委内瑞拉统一社会主义党致电祝贺中共十九大召开",
          "连日来，各国政党纷纷致电致函祝贺中共十九大召开。委内瑞拉统一社会主义党中央10月18日致电中共中央，表示热烈祝贺。",
          "2017-10-20", url(ZH, "2017-10-20", 110),
          ex("Venezuela", "2017-10-18", "message", {PSUV}, BL), lang="zh"),
    Probe("zh-trad-msg-fsln-anniversary",
          "中共中央致電祝賀桑地諾民族解放陣線成立五十五周年",
          "【本報訊】中共中央23日致電尼加拉瓜桑地諾民族解放陣線，祝賀該黨成立五十五周年。",
          "2016-07-24", url(HK_ZH, "2016-07-24", 111),
          ex("Nicaragua", "2016-07-23", "message", {FSLN}, BL), lang="zh"),
    Probe("zh-msg-spf-congress",
          "中联部致信祝贺圣保罗论坛第二十四届会议召开",
          "7月15日，中联部致信祝贺圣保罗论坛第二十四届会议在哈瓦那召开。",
          "2018-07-16", url(ZH, "2018-07-16", 112), ex("multilateral", "2018-07-15", "message", set(), RL),
          lang="zh",
          doubtful={"event_type": "a letter to a gathering under a headline about the letter: rule 1 (the "
                                  "page reports the event) or a message? (as in campaign 9A)",
                    "content": "follows the event type's doubt"}),
    Probe("zh-msg-condolence-chile-pcch",
          "中联部就智利共产党领导人逝世致唁电",
          "中联部日前致电智利共产党，对该党一位前领导人逝世表示哀悼。",
          "2019-04-12", url(ZH, "2019-04-12", 113),
          ex("Chile", None, "message", {"Communist Party of Chile"}, BL), lang="zh"),
    # ================= G. more kinds =================
    Probe("lac-topic-mentioned-only-cambodia-trip",
          "Song Tao Meets Cambodian Guests, Recalls Trip to Latin America",
          "Beijing, August 3rd (IDCPC)—Song Tao met today with a delegation of the Cambodian People's "
          "Party. Song told the guests that he had just returned from Latin America, where the ideas of "
          "the CPC drew interest.",
          "2018-08-03", url(EN, "2018-08-03", 121), NO),
    Probe("lac-venue-brics-no-lac-party",
          "CPC Delegation Attends Party Meeting in Brazil",
          "Brasília, November 12th (IDCPC)—A CPC delegation attended a meeting of ruling parties of "
          "Asian countries held in Brasília alongside a trade fair, meeting delegates of Viet Nam's and "
          "Laos' parties.",
          "2019-11-13", url(EN, "2019-11-13", 122), NO,
          doubtful={"relevant": "a meeting held in Brazil with no Brazilian actor: venue only"}),
    Probe("agency-en-delegation-ecuador",
          "Chinese party delegation visits Ecuador",
          " date 2016-03-10\nQUITO, March 10 (Agency) -- A delegation of the Communist Party of China led "
          "by Chen Fengxiang wrapped up a four-day visit to Ecuador on Wednesday, during which it met "
          "leaders of the ruling PAIS Alliance movement.\nRelated: Ecuador quake relief",
          "2016-03-10", url(AGENCY_EN, "2016-03-10", 123),
          ex("Ecuador", None, "delegation_visit_abroad", {AP}, BL),
          doubtful={"event_date": "a four-day visit ending on Wednesday (March 9): the first day is "
                                  "countable (March 6), or none?"}),
    Probe("paper-zh-song-tao-colombia-commons",
          "宋涛会见哥伦比亚共产党代表团",
          "本报北京6月27日电 中联部部长宋涛27日在京会见哥伦比亚共产党总书记率领的代表团。",
          "2018-06-28", url(PAPER_ZH, "2018-06-28", 124),
          ex("Colombia", "2018-06-27", "meeting", {"Colombian Communist Party"}, BL), lang="zh"),
    Probe("dominica-dlp-2019",
          "Qian Hongshan Meets Dominica Labour Party Delegation",
          "Beijing, September 17th (IDCPC)—Qian Hongshan met on Monday with a delegation of the Dominica "
          "Labour Party led by its general secretary.",
          "2019-09-18", url(EN, "2019-09-18", 125),
          ex("Dominica", "2019-09-16", "meeting", {"Dominica Labour Party"}, B)),
    Probe("guyana-ppp-2015",
          "Guo Yezhou Meets PPP/C Delegation of Guyana",
          "Beijing, October 13th (IDCPC)—Guo Yezhou met with a delegation of Guyana's People's "
          "Progressive Party/Civic today.",
          "2015-10-13", url(EN, "2015-10-13", 126),
          ex("Guyana", "2015-10-13", "meeting", {"People's Progressive Party/Civic"}, BL)),
    Probe("trinidad-pnm-2018",
          "Li Jun Meets People's National Movement Delegation of Trinidad and Tobago",
          "Beijing, April 19th (IDCPC)—Li Jun met today with a delegation of the People's National "
          "Movement of Trinidad and Tobago.",
          "2018-04-19", url(EN, "2018-04-19", 127),
          ex("Trinidad and Tobago", "2018-04-19", "meeting", {"People's National Movement"}, B)),
    Probe("panama-prd-2017",
          "Song Tao Meets Democratic Revolutionary Party Delegation of Panama",
          "Beijing, November 8th (IDCPC)—Song Tao met today with a delegation of Panama's Democratic "
          "Revolutionary Party, welcoming the diplomatic relations established in June.",
          "2017-11-08", url(EN, "2017-11-08", 128),
          ex("Panama", "2017-11-08", "meeting", {"Democratic Revolutionary Party"}, B)),
    Probe("zh-honduras-libre-2020-video",
          "钱洪山同洪都拉斯自由与重建党领导人举行视频会谈",
          "9月15日，中联部副部长钱洪山同洪都拉斯自由与重建党总协调员举行视频会谈。",
          "2020-09-16", url(ZH, "2020-09-16", 129),
          ex("Honduras", "2020-09-15", "video_call", {"Liberty and Refoundation"}, BL), lang="zh"),
    Probe("zh-grenada-ndc",
          "李军会见格林纳达全国民主大会党代表团",
          "11月20日，中联部副部长李军在京会见格林纳达全国民主大会党代表团。",
          "2019-11-21", url(ZH, "2019-11-21", 130),
          ex("Grenada", "2019-11-20", "meeting", {"National Democratic Congress (Grenada)"}, B), lang="zh"),
    # ================= H. second blind batch (written before reading any code) =================
    Probe("neg-equatorial-guinea-pdge",
          "Chen Fengxiang Meets Democratic Party of Equatorial Guinea Delegation",
          "Beijing, March 22nd (IDCPC)—Chen Fengxiang met today with a delegation of the Democratic Party "
          "of Equatorial Guinea, the Spanish-speaking country's ruling party.",
          "2018-03-22", url(EN, "2018-03-22", 141), NO),
    Probe("neg-spain-psoe-granada",
          "CPC Delegation Visits Spain",
          "Madrid, June 14th (IDCPC)—A CPC delegation led by Wang Yajun visited Spain from June 9 to 14, "
          "meeting leaders of the Spanish Socialist Workers' Party in Madrid and touring Granada and "
          "Santiago de Compostela.",
          "2019-06-15", url(EN, "2019-06-15", 142), NO),
    Probe("neg-us-new-mexico",
          "Guo Yezhou Meets US State Legislators",
          "Beijing, April 3rd (IDCPC)—Guo Yezhou met today with a group of state legislators from New "
          "Mexico and Arizona of the United States.",
          "2018-04-03", url(EN, "2018-04-03", 143), NO),
    Probe("neg-guinea-rpg",
          "Song Tao Meets Guinea's Rally of the Guinean People Delegation",
          "Beijing, September 26th (IDCPC)—Song Tao met today with a delegation of the Rally of the "
          "Guinean People of Guinea.",
          "2017-09-26", url(EN, "2017-09-26", 144), NO),
    Probe("neg-georgia-dream",
          "Li Jun Meets Georgian Dream Delegation",
          "Beijing, October 30th (IDCPC)—Li Jun met here today with a delegation of the Georgian Dream "
          "party of Georgia.",
          "2019-10-30", url(EN, "2019-10-30", 145), NO),
    Probe("neg-vietnam-cuba-topic",
          "Song Tao Meets Vietnamese Party Delegation",
          "Beijing, June 11th (IDCPC)—Song Tao met today with a delegation of the Communist Party of Viet "
          "Nam. The guests said Viet Nam, China, Laos and Cuba share the cause of socialism.",
          "2016-06-11", url(EN, "2016-06-11", 146), NO),
    Probe("neg-zh-portugal-socialist",
          "王亚军会见葡萄牙社会党代表团",
          "9月24日，中联部副部长王亚军在京会见葡萄牙社会党代表团。",
          "2019-09-25", url(ZH, "2019-09-25", 147), NO, lang="zh"),
    Probe("neg-zh-panama-canal-topic",
          "中联部举办中外智库对话会",
          "4月20日，中联部在京举办中外智库对话会，来自英国、法国、埃及的学者参加，与会者谈到巴拿马运河和苏伊士运河对全球贸易的意义。",
          "2018-04-21", url(ZH, "2018-04-21", 148), NO, lang="zh"),
    Probe("neg-zh-trad-dominica-confusion",
          "中聯部副部長會見多哥爭取共和聯盟代表團",
          "【本報訊】中聯部副部長陳鳳翔5日在北京會見多哥爭取共和聯盟代表團。",
          "2018-07-06", url(HK_ZH, "2018-07-06", 149), NO, lang="zh"),
    # ---- relevant, more shapes
    Probe("spf-meeting-havana-cpc-attends",
          "CPC Delegation Attends São Paulo Forum Meeting in Havana",
          "Havana, July 17th (IDCPC)—A CPC delegation led by Li Jun attended the 24th Meeting of the São "
          "Paulo Forum held here from July 15 to 17. Li addressed the meeting and met leaders of several "
          "member parties.",
          "2018-07-18", url(EN, "2018-07-18", 151),
          ex("multilateral", "2018-07-15", "forum", set(), RL, KE)),
    Probe("copppal-meeting-cpc-attends",
          "CPC Delegation Attends COPPPAL Meeting",
          "Mexico City, March 11th (IDCPC)—A CPC delegation attended a meeting of the Permanent Conference "
          "of Political Parties of Latin America and the Caribbean (COPPPAL) held here on March 10.",
          "2016-03-12", url(EN, "2016-03-12", 152),
          ex("multilateral", "2016-03-10", "forum", set(), R, KE)),
    Probe("wednesday-counted-back",
          "Song Tao Meets Leader of Communist Party of Venezuela",
          "Beijing, September 14th (IDCPC)—Song Tao met on Wednesday with Oscar Figuera, general secretary "
          "of the Communist Party of Venezuela.",
          "2018-09-14", url(EN, "2018-09-14", 153),
          ex("Venezuela", "2018-09-12", "meeting", {"Communist Party of Venezuela"}, BL)),
    Probe("recently-no-day",
          "Guo Yezhou Meets Delegation of Peru's Broad Front",
          "Beijing (IDCPC)—Guo Yezhou recently met with a delegation of Peru's Broad Front in Beijing.",
          "2017-06-30", url(EN, "2017-06-30", 154),
          ex("Peru", None, "meeting", {"Broad Front (Peru)"}, BL)),
    Probe("two-lac-parties-one-country-mexico",
          "Li Jun Meets Mexican Party Leaders",
          "Beijing, May 9th (IDCPC)—Li Jun met today with a joint delegation of Mexico's Labor Party and "
          "the Party of the Democratic Revolution.",
          "2016-05-09", url(EN, "2016-05-09", 155),
          ex("Mexico", "2016-05-09", "meeting",
             {"Labor Party (Mexico)", "Party of the Democratic Revolution"}, BL)),
    Probe("government-minister-no-party-bolivia",
          "Song Tao Meets Bolivian Minister",
          "Beijing, October 16th (IDCPC)—Song Tao met today with Bolivia's minister of the presidency Juan "
          "Ramón Quintana.",
          "2015-10-16", url(EN, "2015-10-16", 156), ex("Bolivia", "2015-10-16", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("covid-donation-video-argentina-2020",
          "IDCPC Holds Online Meeting with Argentine Justicialist Party",
          "Beijing, April 28th (IDCPC)—Song Tao held an online meeting today with José Luis Gioja, "
          "president of Argentina's Justicialist Party, and pledged support in the fight against COVID-19.",
          "2020-04-28", url(EN, "2020-04-28", 157), ex("Argentina", "2020-04-28", "video_call", {PJ}, B)),
    Probe("online-seminar-lac-parties-2020",
          "Online Seminar Between CPC and Latin American Parties Held",
          "Beijing, August 6th (IDCPC)—An online seminar on party building in times of COVID-19 was held "
          "today between the CPC and leftist parties of Latin America and the Caribbean. Over 30 parties "
          "took part, among them the Broad Front of Uruguay and the Communist Party of Cuba.",
          "2020-08-06", url(EN, "2020-08-06", 158),
          ex("multilateral", "2020-08-06", "seminar", {FA, PCC}, RL, KE)),
    Probe("minister-meets-course-class",
          "Song Tao Meets Participants of Course for Latin American Cadres",
          "Beijing, November 29th (IDCPC)—Song Tao met here today with participants of a study course for "
          "party cadres from Latin American countries, who came from Brazil, Uruguay, Chile and Bolivia.",
          "2019-11-29", url(EN, "2019-11-29", 159),
          ex("multilateral", "2019-11-29", "meeting", set(), R, KE)),
    Probe("field-trip-caribbean-guizhou",
          "Caribbean Party Delegation Visits Guizhou",
          "Guiyang, August 23rd (IDCPC)—A delegation of leaders of political parties of Caribbean "
          "countries, from Antigua and Barbuda, Saint Lucia and Suriname, toured Guizhou from August 19 "
          "to 23, learning about targeted poverty alleviation.",
          "2019-08-24", url(EN, "2019-08-24", 160),
          ex("multilateral", "2019-08-19", "field_trip", set(), R, KE)),
    Probe("msg-condolence-fidel-xi-to-raul",
          "Xi Jinping Sends Message of Condolence to Raúl Castro",
          "Beijing, November 26th (IDCPC)—Xi Jinping, as general secretary of the CPC Central Committee "
          "and president of China, sent a message today to Raúl Castro, who leads the Communist Party of "
          "Cuba, expressing deep grief at the death of Fidel Castro.",
          "2016-11-26", url(EN, "2016-11-26", 161), ex("Cuba", "2016-11-26", "message", {PCC}, BL)),
    Probe("msg-fa-uruguay-19th-yesterday",
          "Broad Front of Uruguay Congratulates CPC",
          "Beijing, October 27th (IDCPC)—The Broad Front of Uruguay sent a message yesterday "
          "congratulating Xi Jinping on his re-election as general secretary at the 19th Congress.",
          "2017-10-27", url(EN, "2017-10-27", 162), ex("Uruguay", "2017-10-26", "message", {FA}, BL)),
    Probe("msg-cpc-to-mas-election-2020",
          "IDCPC Congratulates MAS on Election Victory",
          "Beijing, October 23rd (IDCPC)—The IDCPC sent a message on October 22 to Bolivia's Movement for "
          "Socialism, congratulating it on the victory of its candidate Luis Arce.",
          "2020-10-23", url(EN, "2020-10-23", 163), ex("Bolivia", "2020-10-22", "message", {MAS}, BL)),
    Probe("agency-zh-li-jun-chile-pc-trad",
          "李軍會見智利共產黨代表團",
          " date 2016-08-30\n首頁 | 時政 | 國際\n"
          "新華社北京8月30日電 中聯部副部長李軍30日在京會見智利共產黨總書記率領的代表團。"
          "\n責任編輯：王明",
          "2016-08-30", url(AGENCY_ZH, "2016-08-30", 164),
          ex("Chile", "2016-08-30", "meeting", {"Communist Party of Chile"}, BL), lang="zh"),
    Probe("zh-paper-wang-jiarui-pt",
          "王家瑞会见巴西劳工党代表团",
          "本报北京7月8日电 中联部部长王家瑞8日在京会见巴西劳工党全国执委会副主席率领的代表团。",
          "2015-07-09", url(PAPER_ZH, "2015-07-09", 165), ex("Brazil", "2015-07-08", "meeting", {PT}, BL),
          lang="zh"),
    Probe("zh-province-sichuan-course-lac",
          "拉美政党干部考察团在四川考察",
          "10月15日至19日，拉美国家政党干部考察团在四川考察。考察团成员来自阿根廷、秘鲁、厄瓜多尔等国。四川省委副书记会见考察团。",
          "2018-10-20", url(ZH, "2018-10-20", 166),
          ex("multilateral", "2018-10-15", "field_trip", set(), R, KE), lang="zh"),
    Probe("zh-xi-reply-diaz-canel-2019",
          "习近平复信古共中央第一书记劳尔",
          "新华社北京1月3日电 中共中央总书记习近平1月2日"
          "复信古巴共产党中央第一书记劳尔·卡斯特罗，感谢其对中方的祝贺。",
          "2019-01-03", url(AGENCY_ZH, "2019-01-03", 167), ex("Cuba", "2019-01-02", "message", {PCC}, BL),
          lang="zh"),
    Probe("zh-msg-pt-mexico-19th",
          "墨西哥劳动党致函祝贺中共十九大胜利闭幕",
          "10月24日，墨西哥劳动党全国领导委员会致函中共中央，祝贺中共十九大胜利闭幕。",
          "2017-10-25", url(ZH, "2017-10-25", 168),
          ex("Mexico", "2017-10-24", "message", {"Labor Party (Mexico)"}, BL), lang="zh"),
    Probe("zh-guo-yezhou-lac-youth",
          "郭业洲会见拉美青年政治家代表团",
          "6月18日，中联部副部长郭业洲在京会见拉美青年政治家代表团，成员来自巴西、阿根廷、哥伦比亚等国多个政党。",
          "2019-06-19", url(ZH, "2019-06-19", 169), ex("multilateral", "2019-06-18", "meeting", set(), R),
          lang="zh"),
    Probe("zh-ecuador-rc-2020-video",
          "中联部同厄瓜多尔公民革命运动举行视频会议",
          "11月12日，中联部副部长钱洪山同厄瓜多尔公民革命运动领导人举行视频会议，就疫情防控和两党关系交换意见。",
          "2020-11-13", url(ZH, "2020-11-13", 170),
          ex("Ecuador", "2020-11-12", "video_call", {"Citizen Revolution Movement"}, BL), lang="zh"),
    # ============ I. after the first run: verbs of mentioning (提到, 谈到, "mentioned") ============
    Probe("zh-rule-meeting-talked-of-region",
          "宋涛会见乌拉圭广泛阵线代表团",
          "5月9日，中联部部长宋涛在京会见乌拉圭广泛阵线代表团。"
          "宋涛谈到，中国共产党重视同拉美各国政党的交往。",
          "2018-05-10", url(ZH, "2018-05-10", 181), ex("Uruguay", "2018-05-09", "meeting", {FA}, BL),
          lang="zh"),
    Probe("zh-rule-trad-africa-seminar-brazil-mentioned",
          "非洲國家政黨幹部研修班在京開班",
          "【本報訊】非洲國家政黨幹部研修班8日在北京開班，來自肯尼亞、贊比亞的學員參加。"
          "與會者談到巴西和印度的減貧經驗。",
          "2018-10-09", url(HK_ZH, "2018-10-09", 182), NO, lang="zh"),
    Probe("zh-rule-meeting-while-mentioning-party",
          "郭业洲会见古巴共产党代表团",
          "3月6日，中联部副部长郭业洲在京会见古巴共产党代表团。郭业洲提及两党在理论研讨方面的合作。",
          "2019-03-07", url(ZH, "2019-03-07", 183), ex("Cuba", "2019-03-06", "meeting", {PCC}, BL),
          lang="zh"),
    Probe("rule-en-plenary-mentioned-latin-america",
          "IDCPC Holds Annual Work Conference",
          "Beijing, January 10th (IDCPC)—The IDCPC held its annual work conference today. The conference "
          "mentioned Latin America, Africa and Asia as regions where the party's exchanges would grow.",
          "2018-01-10", url(EN, "2018-01-10", 184), NO),
    # ============ J. a third batch (written after reading the relevance code) ============
    Probe("spanish-name-frente-para-la-victoria",
          "Chen Fengxiang Meets Argentine Delegation",
          "Beijing, June 9th (IDCPC)—Chen Fengxiang met here today with a delegation of Argentina's Front "
          "for Victory (Frente para la Victoria), the ruling coalition.",
          "2015-06-09", url(EN, "2015-06-09", 191),
          ex("Argentina", "2015-06-09", "meeting", {"Front for Victory"}, B)),
    Probe("suriname-ndp-2016",
          "Li Jun Meets Suriname's National Democratic Party Delegation",
          "Beijing, March 3rd (IDCPC)—Li Jun met with a delegation of the National Democratic Party of "
          "Suriname today.",
          "2016-03-03", url(EN, "2016-03-03", 192),
          ex("Suriname", "2016-03-03", "meeting", {"National Democratic Party (Suriname)"}, B)),
    Probe("last-week-no-day",
          "Qian Hongshan Meets Venezuelan Communist Leaders",
          "Beijing (IDCPC)—Last week Qian Hongshan met with a delegation of the Communist Party of "
          "Venezuela in Beijing.",
          "2019-04-15", url(EN, "2019-04-15", 193),
          ex("Venezuela", None, "meeting", {"Communist Party of Venezuela"}, BL)),
    Probe("zh-pan-mexico-delegation",
          "王亚军会见墨西哥国家行动党代表团",
          "7月2日，中联部副部长王亚军在京会见墨西哥国家行动党代表团。",
          "2019-07-03", url(ZH, "2019-07-03", 194),
          ex("Mexico", "2019-07-02", "meeting", {"National Action Party (Mexico)"}, B),
          lang="zh"),
    Probe("zh-ppd-chile",
          "郭业洲会见智利争取民主党代表团",
          "1月15日，中联部副部长郭业洲在京会见智利争取民主党代表团。",
          "2018-01-16", url(ZH, "2018-01-16", 195),
          ex("Chile", "2018-01-15", "meeting", {"Party for Democracy"}, B), lang="zh"),
    Probe("zh-trad-pcv-venezuela",
          "錢洪山會見委內瑞拉共產黨代表團",
          "【本報訊】中聯部副部長錢洪山14日在北京會見委內瑞拉共產黨總書記率領的代表團。",
          "2019-05-15", url(HK_ZH, "2019-05-15", 196),
          ex("Venezuela", "2019-05-14", "meeting", {"Communist Party of Venezuela"}, BL), lang="zh"),
    Probe("neg-agency-en-vietnam-cuba-venue",
          "Vietnamese, Cuban parties hold talks in Havana",
          " date 2016-05-12\nHAVANA, May 12 (Agency) -- Leaders of the Communist Party of Vietnam and the "
          "Communist Party of Cuba held talks here on Thursday on building socialism.",
          "2016-05-12", url(AGENCY_EN, "2016-05-12", 197), NO),
    Probe("antigua-ablp-field-trip",
          "Antigua and Barbuda Labour Party Delegation Visits Zhejiang",
          "Hangzhou, September 20th (IDCPC)—A delegation of the Antigua and Barbuda Labour Party toured "
          "Zhejiang from September 17 to 20, visiting an e-commerce company and a model village.",
          "2018-09-21", url(EN, "2018-09-21", 198),
          ex("Antigua and Barbuda", "2018-09-17", "field_trip", {"Antigua and Barbuda Labour Party"}, B, KE)),
    # ============ K. a fourth batch: digests, region-wide trips, group meetings, date spans ============
    Probe("trip-latin-america-three-countries",
          "CPC Delegation Visits Latin America",
          "Beijing, April 30th (IDCPC)—A CPC delegation led by Wang Yajun visited Uruguay, Argentina and "
          "Colombia from April 18 to 29, meeting leaders of the Broad Front, the Justicialist Party and the "
          "Colombian Liberal Party.",
          "2019-04-30", url(EN, "2019-04-30", 201),
          ex("multilateral", "2019-04-18", "delegation_visit_abroad",
             {FA, PJ, "Colombian Liberal Party"}, RL)),
    Probe("dialogue-group-meeting-lac-leaders",
          "Song Tao Meets Latin American Party Leaders Attending High-Level Meeting",
          "Beijing, December 3rd (IDCPC)—Song Tao met today with leaders of Latin American and Caribbean "
          "parties who came for the CPC in Dialogue with World Political Parties High-Level Meeting.",
          "2017-12-03", url(EN, "2017-12-03", 202),
          ex("multilateral", "2017-12-03", "meeting", set(), G, KE)),
    Probe("zh-span-across-months",
          "巴西劳工党干部考察团访华",
          "应中联部邀请，巴西劳工党干部考察团于11月28日至12月5日访华，在京期间中联部副部长李军会见了考察团，代表团还赴浙江、上海考察。",
          "2018-12-06", url(ZH, "2018-12-06", 203),
          ex("Brazil", "2018-11-28", "delegation_received", {PT}, BL),
          doubtful={"event_type": "a 考察团 whose stay is reported as a whole (访华): delegation_received or "
                                  "field_trip (考察)?",
                    "content": "follows the event type's doubt"}),
    Probe("digest-first-item-lac",
          "IDCPC News in Brief",
          "Beijing, October 12th (IDCPC)—\n-- On October 10, Guo Yezhou met with a delegation of the "
          "Dominican Liberation Party.\n-- On October 11, Li Jun met with a delegation of the Mongolian "
          "People's Party.",
          "2018-10-12", url(EN, "2018-10-12", 204),
          ex("Dominican Republic", "2018-10-10", "meeting", {"Dominican Liberation Party"}, B)),
    Probe("agency-en-furniture-lac-related",
          "Chinese official meets Lao party delegation",
          " date 2018-07-02\nBEIJING, July 2 (Agency) -- Song Tao met Monday with a delegation of the Lao "
          "People's Revolutionary Party.\nRelated:\nChina, Brazil hold trade talks\nCuban film week opens",
          "2018-07-02", url(AGENCY_EN, "2018-07-02", 205), NO),
    Probe("video-call-lula-pt-2020",
          "Song Tao Holds Video Talks with Workers' Party of Brazil",
          "Beijing, September 24th (IDCPC)—Song Tao held video talks on September 23 with Gleisi Hoffmann, "
          "president of Brazil's Workers' Party, on cooperation against COVID-19.",
          "2020-09-24", url(EN, "2020-09-24", 206), ex("Brazil", "2020-09-23", "video_call", {PT}, BL)),
    Probe("zh-forum-full-name-2015",
          "首届中国—拉美和加勒比政党论坛在京举行",
          "5月26日至27日，首届中国—拉美和加勒比政党论坛在北京举行。来自拉美和加勒比地区27个国家的30多个政党的领导人出席。",
          "2015-05-28", url(ZH, "2015-05-28", 207),
          ex("multilateral", "2015-05-26", "forum", set(), R, KE), lang="zh"),
    Probe("developing-countries-course-cuba-among",
          "Seminar for Officials of Developing Countries Closes",
          "Beijing, June 28th (IDCPC)—A seminar on party building for officials of developing countries "
          "closed today after two weeks. Participants came from Cuba, Ghana, Laos and Cambodia.",
          "2016-06-28", url(EN, "2016-06-28", 208),
          ex("multilateral", "2016-06-28", "training_course", set(), G, KE),
          doubtful={"relevant": "LAC participants in a course for developing countries: relevant as a "
                                "worldwide platform, or a course mainly for others?",
                    "country": "one LAC country among other continents: Cuba or multilateral (worldwide)?",
                    "event_date": "a closing day on a page whose course began two weeks earlier: "
                                  "no start day",
                    "mechanism": "a worldwide course: global by analogy",
                    "event_type": "follows the relevance doubt", "parties": "follows the relevance doubt",
                    "content": "follows the relevance doubt"}),
    # ============ L. a fifth batch: short Chinese party names, non-party counterparts, provinces ============
    Probe("zh-abbrev-weitongshedang",
          "宋涛会见委统社党代表团",
          "8月21日，中联部部长宋涛在京会见委内瑞拉统一社会主义党（委统社党）副主席率领的代表团。",
          "2018-08-22", url(ZH, "2018-08-22", 211), ex("Venezuela", "2018-08-21", "meeting", {PSUV}, BL),
          lang="zh"),
    Probe("zh-abbrev-gugong-only",
          "郭业洲会见古共中央国际部部长",
          "6月5日，中联部副部长郭业洲在京会见古共中央国际关系部部长巴拉格尔。",
          "2017-06-06", url(ZH, "2017-06-06", 212), ex("Cuba", "2017-06-05", "meeting", {PCC}, BL),
          lang="zh"),
    Probe("zh-trad-song-tao-pt-president",
          "宋濤會見巴西勞工黨主席",
          "【本報訊】中聯部部長宋濤27日在北京會見巴西勞工黨主席霍夫曼。",
          "2019-03-28", url(HK_ZH, "2019-03-28", 213), ex("Brazil", "2019-03-27", "meeting", {PT}, BL),
          lang="zh"),
    Probe("wang-jiarui-chile-senate",
          "Wang Jiarui Meets President of Chilean Senate",
          "Beijing, April 8th (IDCPC)—Wang Jiarui met here today with a delegation of the Senate of Chile "
          "led by its president.",
          "2015-04-08", url(EN, "2015-04-08", 214), ex("Chile", "2015-04-08", "meeting", set(), B),
          doubtful={"mechanism": LEFT_GOVERNMENT}),
    Probe("zhou-li-brazil-think-tank",
          "Zhou Li Meets Brazilian Think Tank Delegation",
          "Beijing, November 16th (IDCPC)—Zhou Li met today with a delegation of the Getulio Vargas "
          "Foundation, a Brazilian think tank.",
          "2016-11-16", url(EN, "2016-11-16", 215), ex("Brazil", "2016-11-16", "meeting", set(), B)),
    Probe("sichuan-course-cuban-officials",
          "Course for Cuban Party Officials on Poverty Alleviation Held in Sichuan",
          "Chengdu, May 18th (IDCPC)—A training course on poverty alleviation for officials of the "
          "Communist Party of Cuba, hosted by the IDCPC and the Sichuan provincial party committee, ran "
          "from May 8 to 18.",
          "2019-05-19", url(EN, "2019-05-19", 216),
          ex("Cuba", "2019-05-08", "training_course", {PCC}, BL, KE)),
    Probe("cpc-delegation-psuv-congress",
          "CPC Delegation Attends PSUV Congress",
          "Caracas, July 30th (IDCPC)—A CPC delegation led by Li Jun attended the Fourth Congress of the "
          "United Socialist Party of Venezuela held here from July 28 to 30, and delivered a message of "
          "congratulations.",
          "2018-07-31", url(EN, "2018-07-31", 217),
          ex("Venezuela", "2018-07-28", "delegation_visit_abroad", {PSUV}, BL),
          doubtful={"event_type": "a delegation attending a party congress abroad: the visit "
                                  "(delegation_visit_abroad), other, or message (it delivered one)?"}),
    Probe("neg-zh-cuban-embassy-no-cpc",
          "古巴驻华使馆举行招待会庆祝革命胜利纪念日",
          "1月2日，古巴驻华使馆在京举行招待会，庆祝古巴革命胜利58周年。各国驻华使节出席。",
          "2017-01-03", url(AGENCY_ZH, "2017-01-03", 218), NO, lang="zh"),
]

OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_idcpc_field(probe: Probe, name: str, expected):
    """Codebook: relevance, country, event date, event type, parties, mechanism and content as a
    careful coder would give them for a fresh crawl sample of IDCPC pages of 2015-2020."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign changed, with their negatives ---------------------------------------------

LEAD = "Beijing, October 16th (IDCPC)—Song Tao met today with {}."


@pytest.mark.parametrize(("who", "expected"), [
    ("Bolivia's minister of the presidency Juan Ramón Quintana", {("Juan Ramón Quintana", "government")}),
    ("Bolivia's foreign minister David Choquehuanca", {("David Choquehuanca", "government")}),
    ("Cuban vice president Salvador Valdés Mesa", {("Salvador Valdés Mesa", "government")}),
    ("Brazil's senator Fernando Collor", {("Fernando Collor", "legislature")}),
    # a capitalised title up to the ministry's remit: the given names after it are the person's
    ("Bolivian Minister of the Presidency Juan Ramón Quintana", {("Juan Ramón Quintana", "government")}),
    ("Cuban Minister of Economy Alejandro Gil Fernández", {("Alejandro Gil Fernández", "government")}),
    ("President of the Dominican Republic Danilo Medina", {("Danilo Medina", "government")}),
    # the Chinese side and an outside country's office are no LAC counterparts
    ("China's foreign minister Wang Yi and Cuba's foreign minister Bruno Rodríguez",
     {("Bruno Rodríguez", "government")}),
])
def test_an_office_in_lower_case_after_a_country_word_names_its_holder(who, expected):
    """Agency sentence case writes the office in lower case after the country's adjective or
    possessive ("Bolivia's foreign minister David Choquehuanca"): the holder is a counterpart
    (codebook: contacts list every LAC counterpart), of the office's kind."""
    record = idcpc(LEAD.format(who), title="Song Tao Meets Guests", published="2015-10-16",
                   url=url(EN, "2015-10-16", 301))
    assert {(c.name, c.kind) for c in record.contacts} == expected


def test_an_outside_countrys_lower_case_office_is_no_counterpart():
    record = idcpc(LEAD.format("Spain's foreign minister Josep Borrell"), title="Song Tao Meets Guests",
                   published="2018-10-16", url=url(EN, "2018-10-16", 302))
    assert not record.relevant and record.contacts == []
