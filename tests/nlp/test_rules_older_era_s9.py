# ruff: noqa: E501
"""Campaign 9Q: pages of the earlier years (2012-2018) of both sources, with the people and names of
that era (IDCPC heads Wang Jiarui and Song Tao and their deputies; Hu Jintao, Xi Jinping, Li Keqiang,
Yang Jiechi and Wang Yi; the LAC heads then in office and their Chinese renderings; the parties of the
time) and the old layouts: the English IDCPC "( 2014.07.18 )" date line over a "Beijing July 18th--"
dateline, old fmprc "2014/07/18" stamps and t<7 digits>.shtml addresses.

Every release is self-written in the sites' style; names of people, parties, countries and bodies are
facts, the events are plausible inventions. The expected values are what a coder gives under the
codebook's Decision rules: a head counts at head-of-state level only when in office on the page's date
(a former head, a vice president or a president-elect does not); a government counterpart of a
leftist ruling party is leftist by the party ruling on that day (the project's reading of "the ruling
party of a socialist state"). Fields the codebook leaves genuinely open are kept in ``doubt`` and
checked in a non-strict xfail test, so they do not count as rules.

First runs, before any rule change: batch 1 (115 pages, written before any code was read) 98/115 fully
right: IDCPC event_date 29/44 (the comma-less "Beijing May 21st--" dateline was not read, the printed
day taken), MFA head_of_state_level 57/59 (Cuba's "President of the Councils of State and Ministers"
read as a body's office); every other field 100%. Batch 2 (40 pages, written after reading only the
dateline and Cuban-office code) 39/40: a party's coalition ("a member of the ruling New Majority
coalition") listed as a participant. All fixed by general rules (see the tests after the batches).
Batch 3 (15 pages, written after the fixes): 15/15; batch 4 (8): 8/8.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from nlp_helpers import idcpc, mfa, parties
from probe_harness import DI, KE, NO, M, assert_unique_ids, page_cases

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
BI = ["bilateral"]
BL = ["bilateral", "leftist"]

PT = "Workers' Party (Brazil)"
PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
MAS = "Movement for Socialism (Bolivia)"
FSLN = "Sandinista National Liberation Front"
FMLN = "Farabundo Martí National Liberation Front"
FA = "Broad Front"
PAIS = "PAIS Alliance"
PRI = "Institutional Revolutionary Party"
PSCH = "Socialist Party of Chile"
PRO = "Republican Proposal"
PLD = "Dominican Liberation Party"


@dataclass
class Probe:
    pid: str
    source: str
    lang: str
    url: str
    published: str | None
    title: str
    text: str
    expect: dict[str, Any]
    doubt: dict[str, tuple[Any, str]] = field(default_factory=dict)


def ie(n: int, day: str) -> str:
    """An old English IDCPC address (day as YYYYMMDD)."""
    return f"http://www.idcpc.org.cn/english/news/{day[:6]}/t{day}_{n}.html"


def iz(n: int, day: str) -> str:
    return f"https://www.idcpc.org.cn/lldt/{day[:6]}/t{day}_{n}.html"


def me(n: int) -> str:
    """An old English fmprc address with no date in it."""
    return f"https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t{n}.shtml"


def mz(n: int) -> str:
    return f"https://www.fmprc.gov.cn/web/zyxw/t{n}.shtml"


def mr(day: str, n: int) -> str:
    """An old page re-hung on the 2021 site (low id, date in the address)."""
    return f"https://www.mfa.gov.cn/web/zyxw/{day[:6]}/t{day}_{n}.shtml"


def ir(country: str, date: str | None, kind: str, content: str, mech: list[str],
       pts: set[str] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date, "event_type": kind,
                           "content": content, "mechanism": mech}
    if pts is not None:
        out["parties"] = pts
    return out


def mrel(country: str, date: str | None, kind: str, hos: bool | None, action: str | None = None,
         level: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date, "event_type": kind,
                           "partnership_action": action}
    if action is not None:
        out["partnership_level"] = level
    if hos is not None:
        out["head_of_state_level"] = hos
    return out


LEFT_DOUBT = "doubtful: party family of this party (the codebook leaves it to the coder's knowledge)"

IDCPC: list[Probe] = [
    # ---- English, old layout: "( YYYY.MM.DD )" line, "City Month Dth--" dateline, Enditem -------------
    Probe("en-wjr-pt-2013", "idcpc", "en", ie(1, "20130522"), "2013-05-22",
          "Wang Jiarui Meets with Delegation of Brazil's Workers' Party",
          "( 2013.05.22 )\nBeijing May 21st--Wang Jiarui, Head of the International Department of the CPC "
          "Central Committee, today received a delegation of the Workers' Party (PT) of Brazil led by its "
          "President Rui Falcão.\nWang said the CPC values its friendly ties with the PT, the ruling party of "
          "Brazil.\nEnditem",
          ir("Brazil", "2013-05-21", "meeting", DI, BL, {PT})),
    Probe("en-wjr-pcc-2012", "idcpc", "en", ie(2, "20121107"), "2012-11-07",
          "Wang Jiarui Meets with Cuban Guests",
          "( 2012.11.07 )\nBeijing November 6th--Wang Jiarui, Minister of the IDCPC, met here today with José "
          "Ramón Balaguer, Member of the Secretariat and Head of the International Relations Department of the "
          "Central Committee of the Communist Party of Cuba.\nThe two sides exchanged views on party "
          "building.\nEnditem",
          ir("Cuba", "2012-11-06", "meeting", DI, BL, {PCC})),
    Probe("en-songtao-psuv-2016", "idcpc", "en", ie(3, "20160914"), "2016-09-14",
          "Song Tao Meets with PSUV Delegation of Venezuela",
          "( 2016.09.14 )\nBeijing September 13th--Song Tao, Head of the IDCPC, met here today with a "
          "delegation of the United Socialist Party of Venezuela (PSUV) headed by Diosdado Cabello, First "
          "Vice President of the PSUV.\nSong said the CPC is ready to deepen exchanges of experience in "
          "governance.\nEnditem",
          ir("Venezuela", "2016-09-13", "meeting", DI, BL, {PSUV})),
    Probe("en-aiping-visit-mexico-2014", "idcpc", "en", ie(4, "20140718"), "2014-07-18",
          "CPC Delegation Visits Mexico",
          "( 2014.07.18 )\nMexico City July 17th--A CPC delegation led by Ai Ping, Vice Minister of the IDCPC, "
          "paid a visit to Mexico from July 13 to 17 at the invitation of the Institutional Revolutionary "
          "Party (PRI). During the visit, the delegation met with César Camacho, President of the National "
          "Executive Committee of the PRI, and with leaders of the Chamber of Deputies.\nEnditem",
          ir("Mexico", "2014-07-13", "delegation_visit_abroad", DI, BI, {PRI})),
    Probe("en-lijinjun-fmln-2015", "idcpc", "en", ie(5, "20150409"), "2015-04-09",
          "Li Jinjun Meets with FMLN Delegation",
          "( 2015.04.09 )\nBeijing April 8th--Li Jinjun, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Farabundo Marti National Liberation Front (FMLN) of El Salvador led by Medardo "
          "González, General Coordinator of the FMLN.\nEnditem",
          ir("El Salvador", "2015-04-08", "meeting", DI, BL, {FMLN})),
    Probe("en-chenfengxiang-mas-2013", "idcpc", "en", ie(6, "20131023"), "2013-10-23",
          "Chen Fengxiang Meets with Bolivian Guests",
          "( 2013.10.23 )\nBeijing October 22nd--Chen Fengxiang, Vice Minister of the IDCPC, met here today "
          "with a delegation of the Movement for Socialism (MAS) of Bolivia, the ruling party of the country, "
          "headed by its Vice President Gerardo García.\nEnditem",
          ir("Bolivia", "2013-10-22", "meeting", DI, BL, {MAS})),
    Probe("en-guoyezhou-pri-weekday-2017", "idcpc", "en", ie(7, "20170321"), "2017-03-21",
          "Guo Yezhou Meets with PRI Delegation of Mexico",
          "( 2017.03.21 )\nBeijing March 21st--Guo Yezhou, Vice Minister of the IDCPC, met on Monday with a "
          "delegation of the Institutional Revolutionary Party (PRI) of Mexico, the ruling party, led by its "
          "Secretary General Claudia Ruiz Massieu.\nEnditem",
          ir("Mexico", "2017-03-20", "meeting", DI, BI, {PRI})),
    Probe("en-zhouli-fa-2012", "idcpc", "en", ie(8, "20120613"), "2012-06-13",
          "Zhou Li Meets with Uruguayan Broad Front Delegation",
          "( 2012.06.13 )\nBeijing June 12th--Zhou Li, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Broad Front of Uruguay, the ruling party, led by Mónica Xavier, its "
          "President.\nEnditem",
          ir("Uruguay", "2012-06-12", "meeting", DI, BL, {FA})),
    Probe("en-qianhongshan-pt-2018", "idcpc", "en", ie(9, "20180412"), "2018-04-12",
          "Qian Hongshan Meets with Brazilian Workers' Party Delegation",
          "( 2018.04.12 )\nBeijing April 11th--Qian Hongshan, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Workers' Party of Brazil headed by Monica Valente, Secretary for International "
          "Relations of the party.\nEnditem",
          ir("Brazil", "2018-04-11", "meeting", DI, BL, {PT})),
    Probe("en-politburo-cuba-visit-2014", "idcpc", "en", ie(10, "20141103"), "2014-11-03",
          "Liu Qibao Leads CPC Delegation to Visit Cuba",
          "( 2014.11.03 )\nHavana November 1st--At the invitation of the Communist Party of Cuba, a CPC "
          "delegation led by Liu Qibao, Member of the Political Bureau of the CPC Central Committee and Head "
          "of its Publicity Department, paid a visit to Cuba from October 29 to November 1. During the visit, "
          "Raúl Castro, First Secretary of the Central Committee of the Communist Party of Cuba and President "
          "of the Councils of State and Ministers, met with the delegation.\nEnditem",
          ir("Cuba", "2014-10-29", "delegation_visit_abroad", DI, BL, {PCC})),
    Probe("en-politburo-fsln-2015", "idcpc", "en", ie(11, "20150611"), "2015-06-11",
          "Liu Yunshan Meets with Nicaraguan FSLN Delegation",
          "( 2015.06.11 )\nBeijing June 10th--Liu Yunshan, Member of the Standing Committee of the Political "
          "Bureau of the CPC Central Committee, met here today with a delegation of the Sandinista National "
          "Liberation Front (FSLN) of Nicaragua. Li Jinjun, Vice Minister of the IDCPC, was present.\nEnditem",
          ir("Nicaragua", "2015-06-10", "meeting", DI, BL, {FSLN})),
    Probe("en-forum-2018", "idcpc", "en", ie(12, "20180607"), "2018-06-07",
          "Second China-Latin America and the Caribbean Political Parties Forum Opens in Shenzhen",
          "( 2018.06.07 )\nShenzhen June 6th--The Second China-Latin America and the Caribbean Political "
          "Parties Forum opened here today. Song Tao, Head of the IDCPC, attended and addressed the opening. "
          "Over 200 representatives of parties from 27 Latin American and Caribbean countries, among them the "
          "Workers' Party of Brazil and the Communist Party of Cuba, took part.\nEnditem",
          ir(M, "2018-06-06", "forum", KE, ["regional", "leftist"], {PT, PCC})),
    Probe("en-course-2017", "idcpc", "en", ie(13, "20170905"), "2017-09-05",
          "Training Course for Cadres of Latin American Parties Opens in Beijing",
          "( 2017.09.05 )\nBeijing September 4th--A training course for cadres of political parties of Latin "
          "American and Caribbean countries opened here today. Some 30 party officials from eight countries "
          "will spend two weeks learning about China's reform and development.\nEnditem",
          ir(M, "2017-09-04", "training_course", KE, ["regional"])),
    Probe("en-fieldtrip-pais-2016", "idcpc", "en", ie(14, "20160520"), "2016-05-20",
          "Delegation of Ecuador's PAIS Alliance Visits Zhejiang",
          "( 2016.05.20 )\nHangzhou May 18th--A delegation of the PAIS Alliance Movement of Ecuador headed by "
          "Doris Soliz, its Executive Secretary, visited Zhejiang from May 16 to 18 at the invitation of the "
          "IDCPC, learning about the province's private economy and rural development.\nEnditem",
          ir("Ecuador", "2016-05-16", "field_trip", KE, BL, {PAIS})),
    Probe("en-condolence-chavez-2013", "idcpc", "en", ie(15, "20130306"), "2013-03-06",
          "CPC Central Committee Sends Condolences to PSUV",
          "( 2013.03.06 )\nBeijing March 6th--The CPC Central Committee today sent a message of condolence "
          "to the United Socialist Party of Venezuela on the passing of President Hugo Chávez, the party's "
          "founder and leader.\nEnditem",
          ir("Venezuela", "2013-03-06", "message", DI, BL, {PSUV})),
    Probe("en-gov-ecuador-correa-era-2014", "idcpc", "en", ie(16, "20140110"), "2014-01-10",
          "Wang Jiarui Meets with Ecuadorian Foreign Minister",
          "( 2014.01.10 )\nBeijing January 9th--Wang Jiarui, Head of the IDCPC, met here today with Ricardo "
          "Patiño, Minister of Foreign Affairs and Human Mobility of Ecuador.\nEnditem",
          ir("Ecuador", "2014-01-09", "meeting", DI, BL, set())),
    Probe("en-gov-venezuela-maduro-era-2015", "idcpc", "en", ie(17, "20150925"), "2015-09-25",
          "Wang Jiarui Meets with Venezuelan Minister",
          "( 2015.09.25 )\nBeijing September 24th--Wang Jiarui met here today with Venezuelan Minister of "
          "Planning Ricardo Menéndez, who is in China for the work of the intergovernmental commission.\n"
          "Enditem",
          ir("Venezuela", "2015-09-24", "meeting", DI, BL, set())),
    Probe("en-gov-brazil-temer-era-2017", "idcpc", "en", ie(18, "20170615"), "2017-06-15",
          "Song Tao Meets with Brazilian Minister",
          "( 2017.06.15 )\nBeijing June 14th--Song Tao, Head of the IDCPC, met here today with Brazilian "
          "Minister of Foreign Affairs Aloysio Nunes Ferreira.\nEnditem",
          ir("Brazil", "2017-06-14", "meeting", DI, BI, set())),
    Probe("en-gov-chile-bachelet-era-2016", "idcpc", "en", ie(19, "20160422"), "2016-04-22",
          "Song Tao Meets with Chilean Foreign Minister",
          "( 2016.04.22 )\nBeijing April 21st--Song Tao, Head of the IDCPC, met here today with Heraldo "
          "Muñoz, Foreign Minister of Chile.\nEnditem",
          ir("Chile", "2016-04-21", "meeting", DI, BI, set()),
          {"mechanism": (BL, "doubtful: Chile under Bachelet (Socialist Party) is not a socialist state; the "
                              "project reads a government's envoy as its president's party")}),
    Probe("en-wjr-visit-uruguay-mujica-2013", "idcpc", "en", ie(20, "20130418"), "2013-04-18",
          "Wang Jiarui Visits Uruguay",
          "( 2013.04.18 )\nMontevideo April 16th--Wang Jiarui, Head of the IDCPC, led a CPC delegation to "
          "visit Uruguay from April 14 to 16 at the invitation of the Broad Front. Uruguayan President José "
          "Mujica met with the delegation, and Wang held talks with Mónica Xavier, President of the Broad "
          "Front.\nEnditem",
          ir("Uruguay", "2013-04-14", "delegation_visit_abroad", DI, BL, {FA})),
    Probe("en-received-pcch-2015", "idcpc", "en", ie(21, "20151020"), "2015-10-20",
          "Delegation of the Communist Party of Chile Concludes China Visit",
          "( 2015.10.20 )\nBeijing October 19th--A delegation of the Communist Party of Chile headed by "
          "Guillermo Teillier, its President, wrapped up a visit to China today. During its stay from October "
          "12 to 19 at the invitation of the CPC, the delegation held talks with the IDCPC in Beijing and "
          "toured Shaanxi and Shanghai.\nEnditem",
          ir("Chile", "2015-10-12", "delegation_received", DI, BL, {"Communist Party of Chile"})),
    Probe("en-dateline-comma-weekday-2014", "idcpc", "en", ie(22, "20140718"), "2014-07-18",
          "Ai Ping Meets with Delegation of Peru's Nationalist Party",
          "( 2014.07.18 )\nBeijing, July 18th--Ai Ping, Vice Minister of the IDCPC, met on Wednesday with a "
          "delegation of the Peruvian Nationalist Party, the ruling party of Peru, led by its President Nadine "
          "Heredia.\nEnditem",
          ir("Peru", "2014-07-16", "meeting", DI, BI, {"Peruvian Nationalist Party"}),
          {"mechanism": (BL, LEFT_DOUBT)}),
    Probe("en-no-dateline-marker-only-2016", "idcpc", "en", ie(23, "20161110"), "2016-11-10",
          "Song Tao Meets with Chairman of Dominican PLD",
          "( 2016.11.10 )\nSong Tao, Head of the IDCPC, met with a delegation of the Dominican Liberation Party "
          "(PLD) of the Dominican Republic led by Temístocles Montás, Member of its Political Committee, in "
          "Beijing on November 9.\nEnditem",
          ir("Dominican Republic", "2016-11-09", "meeting", DI, BI, {PLD})),
    Probe("en-macri-party-2016", "idcpc", "en", ie(24, "20160602"), "2016-06-02",
          "Guo Yezhou Meets with Argentine PRO Delegation",
          "( 2016.06.02 )\nBeijing June 1st--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Republican Proposal (PRO) of Argentina, the party of President Mauricio Macri.\n"
          "Enditem",
          ir("Argentina", "2016-06-01", "meeting", DI, BI, {PRO})),
    Probe("en-seminar-cuba-2015", "idcpc", "en", ie(25, "20151202"), "2015-12-02",
          "Sixth Theoretical Seminar between CPC and PCC Held in Beijing",
          "( 2015.12.02 )\nBeijing December 1st--The sixth theoretical seminar between the Communist Party of "
          "China and the Communist Party of Cuba opened here today. Guo Yezhou, Vice Minister of the IDCPC, "
          "and José Ramón Balaguer, Head of the International Relations Department of the PCC Central "
          "Committee, attended.\nEnditem",
          ir("Cuba", "2015-12-01", "seminar", KE, BL, {PCC})),
    Probe("en-president-morales-2014", "idcpc", "en", ie(26, "20140916"), "2014-09-16",
          "Wang Jiarui Meets with Bolivian President Evo Morales",
          "( 2014.09.16 )\nLa Paz September 15th--Wang Jiarui, Head of the IDCPC, who is on a visit to "
          "Bolivia, met here today with Bolivian President Evo Morales, also leader of the Movement for "
          "Socialism.\nEnditem",
          ir("Bolivia", "2014-09-15", "meeting", DI, BL, {MAS})),
    # ---- negatives of the era ------------------------------------------------------------------
    Probe("en-neg-spain-2015", "idcpc", "en", ie(27, "20150310"), "2015-03-10",
          "Li Jinjun Meets with Spanish Socialist Workers' Party Delegation",
          "( 2015.03.10 )\nBeijing March 9th--Li Jinjun met here today with a delegation of the Spanish "
          "Socialist Workers' Party (PSOE).\nEnditem", NO),
    Probe("en-neg-portugal-2017", "idcpc", "en", ie(28, "20170511"), "2017-05-11",
          "Guo Yezhou Meets with Portuguese Communist Party Delegation",
          "( 2017.05.11 )\nBeijing May 10th--Guo Yezhou met here today with a delegation of the Portuguese "
          "Communist Party.\nEnditem", NO),
    Probe("en-neg-angola-2014", "idcpc", "en", ie(29, "20140305"), "2014-03-05",
          "Wang Jiarui Meets with MPLA Delegation",
          "( 2014.03.05 )\nBeijing March 4th--Wang Jiarui met here today with a delegation of the Popular "
          "Movement for the Liberation of Angola (MPLA).\nEnditem", NO),
    # ---- Chinese ----------------------------------------------------------------------------------
    Probe("zh-wjr-pcc-2013", "idcpc", "zh", iz(1, "20130416"), "2013-04-16", "王家瑞会见古巴共产党代表团",
          "2013年4月15日，中联部部长王家瑞在京会见由古共中央国际关系部部长巴拉格尔率领的古巴共产党代表团。"
          "双方就两党关系交换了意见。",
          ir("Cuba", "2013-04-15", "meeting", DI, BL, {PCC})),
    Probe("zh-songtao-pt-2016", "idcpc", "zh", iz(2, "20161109"), "2016-11-09", "宋涛会见巴西劳工党主席",
          "11月8日，中联部部长宋涛在京会见巴西劳工党主席法尔康。宋涛表示，中国共产党愿同劳工党加强交流。",
          ir("Brazil", "2016-11-08", "meeting", DI, BL, {PT})),
    Probe("zh-aiping-visit-venezuela-2013", "idcpc", "zh", iz(3, "20130916"), "2013-09-16",
          "艾平率中共代表团访问委内瑞拉",
          "应委内瑞拉统一社会主义党邀请，中联部副部长艾平率中共代表团于9月10日至14日访问委内瑞拉。访问期间，"
          "代表团会见了委统社党第一副主席卡贝略，并同委统社党领导人举行会谈。",
          ir("Venezuela", "2013-09-10", "delegation_visit_abroad", DI, BL, {PSUV})),
    Probe("zh-mas-fieldtrip-2017", "idcpc", "zh", iz(4, "20170517"), "2017-05-17",
          "玻利维亚争取社会主义运动干部考察团访问贵州",
          "5月12日至16日，玻利维亚争取社会主义运动干部考察团应中联部邀请访问贵州，考察当地扶贫开发和"
          "生态建设。",
          ir("Bolivia", "2017-05-12", "field_trip", KE, BL, {MAS})),
    Probe("zh-chenfengxiang-pais-2014", "idcpc", "zh", iz(5, "20140612"), "2014-06-12",
          "陈凤翔会见厄瓜多尔主权祖国联盟运动代表团",
          "6月11日，中联部副部长陈凤翔在京会见厄瓜多尔执政党主权祖国联盟运动代表团。",
          ir("Ecuador", "2014-06-11", "meeting", DI, BL, {PAIS})),
    Probe("zh-guoyezhou-pnp-2014", "idcpc", "zh", iz(6, "20141021"), "2014-10-21",
          "郭业洲会见秘鲁民族主义党代表团",
          "10月20日，中联部副部长郭业洲在京会见秘鲁执政党民族主义党代表团。双方就治党理政经验进行了交流。",
          ir("Peru", "2014-10-20", "meeting", DI, BI, {"Peruvian Nationalist Party"}),
          {"mechanism": (BL, LEFT_DOUBT)}),
    Probe("zh-zhouli-fa-2012", "idcpc", "zh", iz(7, "20120919"), "2012-09-19", "周力会见乌拉圭广泛阵线代表团",
          "9月18日，中联部副部长周力在京会见乌拉圭执政党广泛阵线代表团。",
          ir("Uruguay", "2012-09-18", "meeting", DI, BL, {FA})),
    Probe("zh-qianhongshan-fsln-2018", "idcpc", "zh", iz(8, "20180510"), "2018-05-10",
          "钱洪山会见尼加拉瓜桑地诺民族解放阵线代表团",
          "5月9日，中联部副部长钱洪山在京会见尼加拉瓜桑地诺民族解放阵线代表团。",
          ir("Nicaragua", "2018-05-09", "meeting", DI, BL, {FSLN})),
    Probe("zh-condolence-fidel-2016", "idcpc", "zh", iz(9, "20161127"), "2016-11-27",
          "中共中央致电古巴共产党中央委员会 悼念菲德尔·卡斯特罗同志逝世",
          "2016年11月26日，中共中央致电古巴共产党中央委员会，对古巴革命领导人菲德尔·卡斯特罗同志逝世表示"
          "深切哀悼。",
          ir("Cuba", "2016-11-26", "message", DI, BL, {PCC})),
    Probe("zh-seminar-cuba-2017", "idcpc", "zh", iz(10, "20171126"), "2017-11-26",
          "中古两党第八届理论研讨会在哈瓦那举行",
          "11月24日，中国共产党和古巴共产党第八届理论研讨会在古巴哈瓦那举行。中联部副部长郭业洲率中共代表团"
          "出席，古共中央国际关系部部长巴拉格尔出席并致辞。",
          ir("Cuba", "2017-11-24", "seminar", KE, BL, {PCC})),
    Probe("zh-gov-venezuela-2014", "idcpc", "zh", iz(11, "20140723"), "2014-07-23", "王家瑞会见委内瑞拉外长",
          "7月22日，中联部部长王家瑞在京会见委内瑞拉外交部长哈瓦。",
          ir("Venezuela", "2014-07-22", "meeting", DI, BL, set())),
    Probe("zh-gov-brazil-dilma-2015", "idcpc", "zh", iz(12, "20150320"), "2015-03-20",
          "王家瑞会见巴西总统府秘书长",
          "3月19日，中联部部长王家瑞在京会见巴西总统府秘书长罗塞托。",
          ir("Brazil", "2015-03-19", "meeting", DI, BL, set())),
    Probe("zh-gov-argentina-macri-2017", "idcpc", "zh", iz(13, "20170421"), "2017-04-21",
          "宋涛会见阿根廷内政部长",
          "4月20日，中联部部长宋涛在京会见阿根廷内政、公共工程和住房部长弗里赫里奥。",
          ir("Argentina", "2017-04-20", "meeting", DI, BI, set())),
    Probe("zh-trad-wjr-pt-2014", "idcpc", "zh", iz(14, "20140808"), "2014-08-08", "王家瑞會見巴西勞工黨代表團",
          "8月7日，中聯部部長王家瑞在京會見巴西勞工黨代表團。雙方就兩黨關係交換意見。",
          ir("Brazil", "2014-08-07", "meeting", DI, BL, {PT})),
    Probe("zh-lijinjun-visit-elsalvador-2016", "idcpc", "zh", iz(15, "20160525"), "2016-05-25",
          "李进军率中共代表团访问萨尔瓦多",
          "应萨尔瓦多执政党法拉本多·马蒂民族解放阵线邀请，中联部副部长李进军率中共代表团于5月18日至21日访问"
          "萨尔瓦多。访问期间，萨尔瓦多总统桑切斯·塞伦会见代表团。",
          ir("El Salvador", "2016-05-18", "delegation_visit_abroad", DI, BL, {FMLN})),
    Probe("zh-politburo-mexico-2013", "idcpc", "zh", iz(16, "20130829"), "2013-08-29",
          "刘云山会见墨西哥革命制度党代表团",
          "8月28日，中共中央政治局常委刘云山在人民大会堂会见墨西哥革命制度党主席卡马乔率领的代表团。",
          ir("Mexico", "2013-08-28", "meeting", DI, BI, {PRI})),
    Probe("zh-course-lac-2016", "idcpc", "zh", iz(17, "20160615"), "2016-06-15",
          "拉美国家政党干部研修班在京开班",
          "6月14日，拉美国家政党干部研修班在京开班。来自古巴、委内瑞拉、玻利维亚等国的30余名政党干部参加。",
          ir(M, "2016-06-14", "training_course", KE, ["regional"])),
    Probe("zh-received-pnp-2015-zh", "idcpc", "zh", iz(18, "20150703"), "2015-07-03",
          "哥伦比亚自由党代表团访华",
          "应中联部邀请，哥伦比亚自由党代表团于6月26日至7月2日访华。在京期间，中联部副部长郭业洲会见代表团。"
          "代表团还赴四川参观访问。",
          ir("Colombia", "2015-06-26", "delegation_received", DI, BI)),
    Probe("zh-neg-spain-2014", "idcpc", "zh", iz(19, "20140310"), "2014-03-10", "艾平会见西班牙共产党代表团",
          "3月9日，中联部副部长艾平在京会见西班牙共产党代表团。", NO),
    Probe("zh-neg-vietnam-2016", "idcpc", "zh", iz(20, "20160411"), "2016-04-11", "宋涛会见越南共产党代表团",
          "4月10日，中联部部长宋涛在京会见越南共产党中央对外部代表团。", NO),
]


MFA: list[Probe] = [
    # ---- English, old fmprc layout: "YYYY/MM/DD" stamp, t<7 digits>.shtml --------------------------
    Probe("en-xi-dilma-talks-2014", "mfa", "en", me(1175801), "2014-07-18",
          "Xi Jinping Holds Talks with President Dilma Rousseff of Brazil",
          "2014/07/18\nOn July 17, 2014 local time, President Xi Jinping held talks with President Dilma "
          "Rousseff at the Planalto Palace in Brasilia. The two heads of state agreed to deepen the China-"
          "Brazil comprehensive strategic partnership.",
          mrel("Brazil", "2014-07-17", "talks", True)),
    Probe("en-xi-cfk-upgrade-2014", "mfa", "en", me(1175802), "2014-07-19",
          "Xi Jinping Holds Talks with President Cristina Fernández de Kirchner of Argentina",
          "2014/07/19\nOn July 18, 2014 local time, President Xi Jinping held talks with President Cristina "
          "Fernández de Kirchner at the Casa Rosada in Buenos Aires. The two heads of state decided to upgrade "
          "China-Argentina relations to a comprehensive strategic partnership.",
          mrel("Argentina", "2014-07-18", "talks", True, "upgrade", CSP)),
    Probe("en-xi-maduro-upgrade-2014", "mfa", "en", me(1175803), "2014-07-21",
          "Xi Jinping Holds Talks with President Nicolás Maduro of Venezuela",
          "2014/07/21\nOn July 20, 2014 local time, President Xi Jinping held talks with President Nicolás "
          "Maduro in Caracas. The two heads of state agreed to elevate bilateral ties to a comprehensive "
          "strategic partnership.",
          mrel("Venezuela", "2014-07-20", "talks", True, "upgrade", CSP)),
    Probe("en-xi-raul-talks-2014", "mfa", "en", me(1175804), "2014-07-23",
          "Xi Jinping Holds Talks with President Raúl Castro of Cuba",
          "2014/07/23\nOn July 22, 2014 local time, President Xi Jinping held talks in Havana with Raúl Castro, "
          "President of the Councils of State and Ministers of Cuba.",
          mrel("Cuba", "2014-07-22", "talks", True)),
    Probe("en-xi-celac-leaders-2014", "mfa", "en", me(1175805), "2014-07-18",
          "Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
          "2014/07/18\nOn July 17, 2014 local time, President Xi Jinping attended the China-Latin America and "
          "Caribbean Leaders' Meeting in Brasilia together with the heads of state and government of Brazil, "
          "Cuba, Costa Rica, Ecuador, Antigua and Barbuda and other countries, and delivered a keynote speech.",
          mrel(M, "2014-07-17", "other", None)),
    Probe("en-xi-humala-upgrade-2013", "mfa", "en", me(1029801), "2013-04-07",
          "Xi Jinping Holds Talks with Peruvian President Ollanta Humala",
          "2013/04/07\nOn April 6, 2013, President Xi Jinping held talks with President Ollanta Humala of Peru "
          "in the Great Hall of the People. The two heads of state announced the upgrading of China-Peru "
          "relations to a comprehensive strategic partnership.",
          mrel("Peru", "2013-04-06", "talks", True, "upgrade", CSP)),
    Probe("en-xi-pena-upgrade-2013", "mfa", "en", me(1046301), "2013-06-05",
          "Xi Jinping Holds Talks with Mexican President Enrique Peña Nieto",
          "2013/06/05\nOn June 4, 2013 local time, President Xi Jinping held talks with President Enrique Peña "
          "Nieto in Mexico City. The two heads of state agreed to upgrade the China-Mexico strategic "
          "partnership to a comprehensive strategic partnership.",
          mrel("Mexico", "2013-06-04", "talks", True, "upgrade", CSP)),
    Probe("en-li-dilma-2015", "mfa", "en", me(1265401), "2015-05-20",
          "Li Keqiang Holds Talks with President Dilma Rousseff of Brazil",
          "2015/05/20\nOn May 19, 2015 local time, Premier Li Keqiang held talks with President Dilma Rousseff "
          "in Brasilia.",
          mrel("Brazil", "2015-05-19", "talks", True)),
    Probe("en-li-santos-2015", "mfa", "en", me(1265402), "2015-05-22",
          "Li Keqiang Holds Talks with Colombian President Juan Manuel Santos",
          "2015/05/22\nOn May 21, 2015 local time, Premier Li Keqiang held talks with President Juan Manuel "
          "Santos in Bogota.",
          mrel("Colombia", "2015-05-21", "talks", True)),
    Probe("en-li-humala-meets-2015", "mfa", "en", me(1265403), "2015-05-23",
          "Li Keqiang Meets with President Ollanta Humala of Peru",
          "2015/05/23\nOn May 22, 2015 local time, Premier Li Keqiang met with President Ollanta Humala at the "
          "Government Palace in Lima.",
          mrel("Peru", "2015-05-22", "meeting", True)),
    Probe("en-li-bachelet-2015", "mfa", "en", me(1265404), "2015-05-26",
          "Li Keqiang Holds Talks with Chilean President Michelle Bachelet",
          "2015/05/26\nOn May 25, 2015 local time, Premier Li Keqiang held talks with President Michelle "
          "Bachelet in Santiago.",
          mrel("Chile", "2015-05-25", "talks", True)),
    Probe("en-xi-macri-nss-2016", "mfa", "en", me(1352601), "2016-04-01",
          "Xi Jinping Meets with President Mauricio Macri of Argentina",
          "2016/04/01\nOn March 31, 2016 local time, President Xi Jinping met with President Mauricio Macri of "
          "Argentina in Washington D.C., where both are attending the Nuclear Security Summit.",
          mrel("Argentina", "2016-03-31", "meeting_on_sidelines", True)),
    Probe("en-xi-correa-upgrade-2016", "mfa", "en", me(1416301), "2016-11-18",
          "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
          "2016/11/18\nOn November 17, 2016 local time, President Xi Jinping held talks with President Rafael "
          "Correa in Quito. The two heads of state agreed to upgrade China-Ecuador relations to a "
          "comprehensive strategic partnership.",
          mrel("Ecuador", "2016-11-17", "talks", True, "upgrade", CSP)),
    Probe("en-xi-ppk-2016", "mfa", "en", me(1397301), "2016-09-13",
          "Xi Jinping Holds Talks with Peruvian President Pedro Pablo Kuczynski",
          "2016/09/13\nOn September 13, 2016, President Xi Jinping held talks with President Pedro Pablo "
          "Kuczynski of Peru, who is on a state visit to China, at the Great Hall of the People.",
          mrel("Peru", "2016-09-13", "talks", True)),
    Probe("en-xi-bachelet-upgrade-2016", "mfa", "en", me(1417601), "2016-11-23",
          "Xi Jinping Holds Talks with President Michelle Bachelet of Chile",
          "2016/11/23\nOn November 22, 2016 local time, President Xi Jinping held talks with President Michelle "
          "Bachelet in Santiago. The two heads of state jointly announced the elevation of China-Chile "
          "relations to a comprehensive strategic partnership.",
          mrel("Chile", "2016-11-22", "talks", True, "upgrade", CSP)),
    Probe("en-xi-vazquez-establish-2016", "mfa", "en", me(1406801), "2016-10-19",
          "Xi Jinping Holds Talks with President Tabaré Vázquez of Uruguay",
          "2016/10/19\nOn October 18, 2016, President Xi Jinping held talks with President Tabaré Vázquez of "
          "Uruguay at the Great Hall of the People. The two heads of state announced the establishment of a "
          "China-Uruguay strategic partnership.",
          mrel("Uruguay", "2016-10-18", "talks", True, "establish", SP)),
    Probe("en-xi-varela-2017", "mfa", "en", me(1511901), "2017-11-17",
          "Xi Jinping Holds Talks with President Juan Carlos Varela of Panama",
          "2017/11/17\nOn November 17, 2017, President Xi Jinping held talks with President Juan Carlos Varela "
          "of Panama, the first Panamanian head of state to visit China since the two countries established "
          "diplomatic relations.",
          mrel("Panama", "2017-11-17", "talks", True)),
    Probe("en-xi-morales-establish-2018", "mfa", "en", me(1570101), "2018-06-19",
          "Xi Jinping Holds Talks with Bolivian President Evo Morales",
          "2018/06/19\nOn June 19, 2018, President Xi Jinping held talks with President Evo Morales of Bolivia "
          "in the Great Hall of the People. The two heads of state announced that China and Bolivia establish "
          "a strategic partnership.",
          mrel("Bolivia", "2018-06-19", "talks", True, "establish", SP)),
    Probe("en-xi-medina-2018", "mfa", "en", me(1609001), "2018-11-02",
          "Xi Jinping Holds Talks with President Danilo Medina of the Dominican Republic",
          "2018/11/02\nOn November 2, 2018, President Xi Jinping held talks with President Danilo Medina of the "
          "Dominican Republic, who is on a state visit to China.",
          mrel("Dominican Republic", "2018-11-02", "talks", True)),
    Probe("en-xi-sanchez-ceren-2018", "mfa", "en", me(1608701), "2018-11-01",
          "Xi Jinping Holds Talks with President Salvador Sánchez Cerén of El Salvador",
          "2018/11/01\nOn November 1, 2018, President Xi Jinping held talks with President Salvador Sánchez "
          "Cerén of El Salvador at the Great Hall of the People.",
          mrel("El Salvador", "2018-11-01", "talks", True)),
    Probe("en-wangyi-venezuela-fm-2014", "mfa", "en", me(1155001), "2014-05-07",
          "Wang Yi Meets with Venezuelan Foreign Minister Elías Jaua",
          "2014/05/07\nOn May 6, 2014, Foreign Minister Wang Yi met with Venezuelan Foreign Minister Elías Jaua "
          "in Beijing.",
          mrel("Venezuela", "2014-05-06", "meeting", False)),
    Probe("en-yangjiechi-timerman-2012", "mfa", "en", me(944301), "2012-06-26",
          "Yang Jiechi Holds Talks with Argentine Foreign Minister Héctor Timerman",
          "2012/06/26\nOn June 25, 2012, Foreign Minister Yang Jiechi held talks with Argentine Foreign "
          "Minister Héctor Timerman in Beijing.",
          mrel("Argentina", "2012-06-25", "talks", False)),
    Probe("en-hu-raul-2012", "mfa", "en", me(946201), "2012-07-05",
          "Hu Jintao Holds Talks with Cuban President Raúl Castro",
          "2012/07/05\nOn July 5, 2012, President Hu Jintao held talks with Raúl Castro, President of the "
          "Councils of State and Ministers of Cuba, at the Great Hall of the People.",
          mrel("Cuba", "2012-07-05", "talks", True)),
    Probe("en-xi-maduro-elect-message-2013", "mfa", "en", me(1031501), "2013-04-16",
          "Xi Jinping Sends Congratulatory Message to Nicolás Maduro",
          "2013/04/16\nOn April 15, 2013, President Xi Jinping sent a message to Nicolás Maduro, congratulating "
          "him on his election as President of Venezuela.",
          mrel("Venezuela", "2013-04-15", "message", False)),
    Probe("en-hu-pena-elect-message-2012", "mfa", "en", me(965501), "2012-09-04",
          "Hu Jintao Congratulates Enrique Peña Nieto on His Election as Mexican President",
          "2012/09/04\nOn September 3, 2012, President Hu Jintao sent a message of congratulations to "
          "President-elect Enrique Peña Nieto of Mexico.",
          mrel("Mexico", "2012-09-03", "message", False)),
    Probe("en-xi-macri-elect-message-2015", "mfa", "en", me(1318001), "2015-11-24",
          "Xi Jinping Congratulates Mauricio Macri on His Election as Argentine President",
          "2015/11/24\nOn November 23, 2015, President Xi Jinping sent a message to Mauricio Macri, "
          "congratulating him on being elected President of Argentina.",
          mrel("Argentina", "2015-11-23", "message", False)),
    Probe("en-xi-temer-vp-2013", "mfa", "en", me(1096601), "2013-11-08",
          "Xi Jinping Meets with Brazilian Vice President Michel Temer",
          "2013/11/08\nOn November 8, 2013, President Xi Jinping met with Vice President Michel Temer of Brazil "
          "at the Great Hall of the People.",
          mrel("Brazil", "2013-11-08", "meeting", False)),
    Probe("en-xi-temer-president-g20-2016", "mfa", "en", me(1394601), "2016-09-02",
          "Xi Jinping Meets with President Michel Temer of Brazil",
          "2016/09/02\nOn September 2, 2016, President Xi Jinping met in Hangzhou with President Michel Temer of "
          "Brazil, who is in China for the G20 Hangzhou Summit.",
          mrel("Brazil", "2016-09-02", "meeting_on_sidelines", True)),
    Probe("en-xi-pinera-apec-2013", "mfa", "en", me(1086001), "2013-10-08",
          "Xi Jinping Meets with Chilean President Sebastián Piñera",
          "2013/10/08\nOn October 7, 2013 local time, President Xi Jinping met with President Sebastián Piñera "
          "of Chile on the sidelines of the APEC Economic Leaders' Meeting in Bali.",
          mrel("Chile", "2013-10-07", "meeting_on_sidelines", True)),
    Probe("en-li-former-pinera-2016", "mfa", "en", me(1380001), "2016-07-12",
          "Li Keqiang Meets with Former Chilean President Sebastián Piñera",
          "2016/07/12\nOn July 11, 2016, Premier Li Keqiang met at the Great Hall of the People with former "
          "President Sebastián Piñera of Chile.",
          mrel("Chile", "2016-07-11", "meeting", False)),
    Probe("en-xi-former-lula-2017", "mfa", "en", me(1470001), "2017-05-26",
          "Xi Jinping Meets with Former Brazilian President Luiz Inácio Lula da Silva",
          "2017/05/26\nOn May 25, 2017, President Xi Jinping met with former Brazilian President Luiz Inácio "
          "Lula da Silva in Beijing.",
          mrel("Brazil", "2017-05-25", "meeting", False)),
    Probe("en-moreno-2018", "mfa", "en", me(1621001), "2018-12-12",
          "Xi Jinping Holds Talks with President Lenín Moreno of Ecuador",
          "2018/12/12\nOn December 12, 2018, President Xi Jinping held talks with President Lenín Moreno of "
          "Ecuador, who is on a state visit to China.",
          mrel("Ecuador", "2018-12-12", "talks", True)),
    Probe("en-macri-visit-announce-2017", "mfa", "en", me(1461001), "2017-05-10",
          "Argentine President Mauricio Macri to Pay State Visit to China",
          "2017/05/10\nAt the invitation of President Xi Jinping, President Mauricio Macri of Argentina will "
          "pay a state visit to China from May 16 to 20 and attend the Belt and Road Forum for International "
          "Cooperation.",
          mrel("Argentina", "2017-05-16", "state_visit", None)),
    Probe("en-vice-fm-2018", "mfa", "en", me(1590001), "2018-08-22",
          "Vice Foreign Minister Qin Gang Meets with Salvadoran Foreign Minister",
          "2018/08/22\nOn August 21, 2018, Vice Foreign Minister Qin Gang met in Beijing with Foreign Minister "
          "Carlos Castaneda of El Salvador.",
          mrel("El Salvador", "2018-08-21", "meeting", False)),
    Probe("en-no-published-stamp-only-2014", "mfa", "en", me(1175806), None,
          "Xi Jinping Meets with Cuban Leader Fidel Castro",
          "2014/07/23\nOn July 22, 2014 local time, President Xi Jinping met with Cuban revolutionary leader "
          "Fidel Castro at his home in Havana.",
          mrel("Cuba", "2014-07-22", "meeting", False)),
    Probe("en-neg-ambassador-2015", "mfa", "en", me(1300001), "2015-08-12",
          "Ambassador Li Jinzhang Meets with Brazilian Minister",
          "2015/08/12\nOn August 11, 2015, Chinese Ambassador to Brazil Li Jinzhang met with Brazilian "
          "Minister of Development Armando Monteiro in Brasilia.", NO),
    Probe("en-neg-portugal-2014", "mfa", "en", me(1220001), "2014-12-05",
          "Xi Jinping Holds Talks with Portuguese President Aníbal Cavaco Silva",
          "2014/12/05\nOn December 4, 2014, President Xi Jinping held talks with Portuguese President Aníbal "
          "Cavaco Silva at the Great Hall of the People.", NO),
    # ---- Chinese ----------------------------------------------------------------------------------
    Probe("zh-xi-dilma-2014", "mfa", "zh", mz(1175811), "2014-07-18", "习近平同巴西总统罗塞夫举行会谈",
          "2014/07/18\n当地时间7月17日，国家主席习近平在巴西利亚总统府同巴西总统罗塞夫举行会谈。",
          mrel("Brazil", "2014-07-17", "talks", True)),
    Probe("zh-xi-dilma-alt-2015", "mfa", "zh", mz(1265411), "2015-05-20", "李克强同巴西总统罗塞芙举行会谈",
          "2015/05/20\n当地时间5月19日，国务院总理李克强在巴西利亚同巴西总统罗塞芙举行会谈。",
          mrel("Brazil", "2015-05-19", "talks", True)),
    Probe("zh-xi-cfk-2014", "mfa", "zh", mz(1175812), "2014-07-19", "习近平同阿根廷总统克里斯蒂娜举行会谈",
          "2014/07/19\n当地时间7月18日，国家主席习近平在布宜诺斯艾利斯同阿根廷总统克里斯蒂娜举行会谈。两国元首"
          "一致决定，将中阿关系提升为全面战略伙伴关系。",
          mrel("Argentina", "2014-07-18", "talks", True, "upgrade", CSP)),
    Probe("zh-xi-vazquez-elect-2014", "mfa", "zh", mz(1219911), "2014-12-02", "习近平致电祝贺巴斯克斯当选乌拉圭总统",
          "2014/12/02\n12月1日，国家主席习近平致电巴斯克斯，祝贺他当选乌拉圭东岸共和国总统。",
          mrel("Uruguay", "2014-12-01", "message", False)),
    Probe("zh-xi-correa-establish-2015", "mfa", "zh", mz(1226311), "2015-01-07", "习近平同厄瓜多尔总统科雷亚举行会谈",
          "2015/01/07\n1月7日，国家主席习近平在人民大会堂同厄瓜多尔总统科雷亚举行会谈。两国元首决定建立中厄"
          "战略伙伴关系。",
          mrel("Ecuador", "2015-01-07", "talks", True, "establish", SP)),
    Probe("zh-li-humala-2013", "mfa", "zh", mz(1029811), "2013-04-08", "李克强会见秘鲁总统乌马拉",
          "2013/04/08\n4月7日，国务院总理李克强在人民大会堂会见秘鲁总统乌马拉。",
          mrel("Peru", "2013-04-07", "meeting", True)),
    Probe("zh-hu-santos-2012", "mfa", "zh", mz(931811), "2012-05-09", "胡锦涛同哥伦比亚总统桑托斯举行会谈",
          "2012/05/09\n5月9日，国家主席胡锦涛在人民大会堂同哥伦比亚总统桑托斯举行会谈。",
          mrel("Colombia", "2012-05-09", "talks", True)),
    Probe("zh-xi-bachelet-apec-2014", "mfa", "zh", mz(1210011), "2014-11-11", "习近平会见智利总统巴切莱特",
          "2014/11/11\n11月11日，国家主席习近平在北京雁栖湖国际会议中心会见来华出席亚太经合组织第二十二次领导人"
          "非正式会议的智利总统巴切莱特。",
          mrel("Chile", "2014-11-11", "meeting_on_sidelines", True)),
    Probe("zh-xi-raul-2014", "mfa", "zh", mz(1175813), "2014-07-23",
          "习近平同古巴国务委员会主席兼部长会议主席劳尔·卡斯特罗举行会谈",
          "2014/07/23\n当地时间7月22日，国家主席习近平在哈瓦那革命宫同古巴国务委员会主席兼部长会议主席劳尔·"
          "卡斯特罗举行会谈。",
          mrel("Cuba", "2014-07-22", "talks", True)),
    Probe("zh-xi-morales-2018", "mfa", "zh", mz(1570111), "2018-06-19", "习近平同玻利维亚总统莫拉莱斯举行会谈",
          "2018/06/19\n6月19日，国家主席习近平在人民大会堂同玻利维亚总统莫拉莱斯举行会谈。两国元首一致同意，"
          "建立中玻战略伙伴关系。",
          mrel("Bolivia", "2018-06-19", "talks", True, "establish", SP)),
    Probe("zh-xi-pena-2013", "mfa", "zh", mz(1046311), "2013-06-05", "习近平同墨西哥总统培尼亚·涅托举行会谈",
          "2013/06/05\n当地时间6月4日，国家主席习近平在墨西哥城同墨西哥总统培尼亚·涅托举行会谈。两国元首决定，"
          "将中墨关系提升为全面战略伙伴关系。",
          mrel("Mexico", "2013-06-04", "talks", True, "upgrade", CSP)),
    Probe("zh-xi-varela-2017", "mfa", "zh", mz(1511911), "2017-11-17", "习近平同巴拿马总统巴雷拉举行会谈",
          "2017/11/17\n11月17日，国家主席习近平在人民大会堂同巴拿马总统巴雷拉举行会谈。",
          mrel("Panama", "2017-11-17", "talks", True)),
    Probe("zh-xi-medina-2018", "mfa", "zh", mz(1609011), "2018-11-02", "习近平同多米尼加总统梅迪纳举行会谈",
          "2018/11/02\n11月2日，国家主席习近平在人民大会堂同多米尼加总统梅迪纳举行会谈。",
          mrel("Dominican Republic", "2018-11-02", "talks", True)),
    Probe("zh-xi-sanchez-ceren-2018", "mfa", "zh", mz(1608711), "2018-11-01", "习近平同萨尔瓦多总统桑切斯·塞伦举行会谈",
          "2018/11/01\n11月1日，国家主席习近平在人民大会堂同萨尔瓦多总统桑切斯·塞伦举行会谈。",
          mrel("El Salvador", "2018-11-01", "talks", True)),
    Probe("zh-xi-kuczynski-2016", "mfa", "zh", mz(1397311), "2016-09-13", "习近平同秘鲁总统库琴斯基举行会谈",
          "2016/09/13\n9月13日，国家主席习近平在人民大会堂同秘鲁总统库琴斯基举行会谈。",
          mrel("Peru", "2016-09-13", "talks", True)),
    Probe("zh-xi-macri-2017", "mfa", "zh", mz(1462011), "2017-05-17", "习近平同阿根廷总统马克里举行会谈",
          "2017/05/17\n5月17日，国家主席习近平在人民大会堂同阿根廷总统马克里举行会谈。",
          mrel("Argentina", "2017-05-17", "talks", True)),
    Probe("zh-xi-temer-2017", "mfa", "zh", mz(1489011), "2017-09-01", "习近平同巴西总统特梅尔举行会谈",
          "2017/09/01\n9月1日，国家主席习近平在人民大会堂同巴西总统特梅尔举行会谈。",
          mrel("Brazil", "2017-09-01", "talks", True)),
    Probe("zh-xi-mujica-2013", "mfa", "zh", mz(1073011), "2013-09-10", "习近平会见乌拉圭总统穆希卡",
          "2013/09/10\n9月10日，国家主席习近平在人民大会堂会见乌拉圭总统穆希卡。",
          mrel("Uruguay", "2013-09-10", "meeting", True)),
    Probe("zh-xi-ortega-phone-2017", "mfa", "zh", mz(1500011), "2017-11-07", "习近平同尼加拉瓜总统奥尔特加通电话",
          "2017/11/07\n11月6日，国家主席习近平应约同尼加拉瓜总统奥尔特加通电话。",
          mrel("Nicaragua", "2017-11-06", "phone_call", True),
          {"relevant": (True, "doubtful: China had no ties with Nicaragua in 2017; the page is invented")}),
    Probe("zh-xi-maduro-rehung-2015", "mfa", "zh", mr("20150108", 9327301), "2015-01-08",
          "习近平同委内瑞拉总统马杜罗举行会谈",
          "2015/01/08\n1月7日，国家主席习近平在人民大会堂同委内瑞拉总统马杜罗举行会谈。",
          mrel("Venezuela", "2015-01-07", "talks", True)),
    Probe("zh-wangyi-former-cfk-2017", "mfa", "zh", mz(1470011), "2017-06-02", "王毅会见阿根廷前总统克里斯蒂娜",
          "2017/06/02\n6月1日，外交部长王毅在北京会见阿根廷前总统克里斯蒂娜。",
          mrel("Argentina", "2017-06-01", "meeting", False)),
    Probe("zh-li-former-vazquez-2013", "mfa", "zh", mz(1050011), "2013-06-20", "李源潮会见乌拉圭前总统巴斯克斯",
          "2013/06/20\n6月19日，国家副主席李源潮在人民大会堂会见乌拉圭前总统巴斯克斯。",
          mrel("Uruguay", "2013-06-19", "meeting", False)),
    Probe("zh-xi-pinera-2018-second", "mfa", "zh", mz(1613011), "2018-11-17", "习近平会见智利总统皮涅拉",
          "2018/11/17\n当地时间11月16日，国家主席习近平在莫尔兹比港出席亚太经合组织第二十六次领导人非正式会议"
          "期间会见智利总统皮涅拉。",
          mrel("Chile", "2018-11-16", "meeting_on_sidelines", True)),
    Probe("zh-yangjiechi-fm-2012", "mfa", "zh", mz(950011), "2012-07-20", "杨洁篪同巴西外长帕特里奥塔会谈",
          "2012/07/20\n7月19日，外交部长杨洁篪在北京同巴西外长帕特里奥塔举行会谈。",
          mrel("Brazil", "2012-07-19", "talks", False)),
    Probe("zh-vice-fm-2016", "mfa", "zh", mz(1380011), "2016-07-15", "外交部副部长王超会见哥斯达黎加外交部副部长",
          "2016/07/15\n7月14日，外交部副部长王超在京会见哥斯达黎加外交部副部长。",
          mrel("Costa Rica", "2016-07-14", "meeting", False)),
    Probe("zh-solis-2015", "mfa", "zh", mz(1226611), "2015-01-07", "习近平同哥斯达黎加总统索利斯举行会谈",
          "2015/01/07\n1月6日，国家主席习近平在人民大会堂同哥斯达黎加总统索利斯举行会谈。",
          mrel("Costa Rica", "2015-01-06", "talks", True)),
    Probe("zh-trad-xi-santos-2016", "mfa", "zh", mz(1390011), "2016-08-02", "習近平致電祝賀哥倫比亞和平進程",
          "2016/08/02\n8月1日，國家主席習近平致電哥倫比亞總統桑托斯，祝賀哥倫比亞政府同反政府武裝達成和平協議。",
          mrel("Colombia", "2016-08-01", "message", True),
          {"head_of_state_level": (True, "doubtful: a message from head to head in office; the codebook's "
                                         "'A signed article or a briefing is false' does not name messages")}),
    Probe("zh-neg-ambassador-2016", "mfa", "zh", mz(1390021), "2016-03-10", "驻墨西哥大使邱小琪会见墨西哥外长",
          "2016/03/10\n3月9日，驻墨西哥大使邱小琪会见墨西哥外长鲁伊斯·马谢乌。", NO),
    Probe("zh-neg-spain-2018", "mfa", "zh", mz(1620011), "2018-11-28", "习近平同西班牙首相桑切斯举行会谈",
          "2018/11/28\n当地时间11月28日，国家主席习近平在马德里同西班牙首相桑切斯举行会谈。", NO),
]

ALL = IDCPC + MFA


# ---- batch 2 (written after reading only the dateline and Cuban-office code): agency, newspaper and
# embassy copies, heads at the edges of their terms, Wen Jiabao's 2012 tour, the era's parties ------

XH_EN = "http://www.xinhuanet.com/english/{d}/c_{n}.htm"
XH_ZH = "http://www.xinhuanet.com/politics/{d}/c_{n}.htm"
PD_ZH = "http://politics.people.com.cn/n1/{y}/{md}/c1024-{n}.html"
EMB_EN = "http://ec.chineseembassy.org/eng/zegx/t{n}.htm"

IDCPC_2: list[Probe] = [
    Probe("b2-agency-en-pt-2013", "idcpc", "en", XH_EN.format(d="2013-05/22", n=124747001), "2013-05-22",
          "Senior CPC leader meets Brazilian Workers' Party delegation",
          " date 2013-05-22\nXinhua English | Home | China | World\nBEIJING, May 21 (Xinhua) -- Liu Yunshan, a "
          "senior leader of the Communist Party of China (CPC), met with a delegation of the Workers' Party of "
          "Brazil here on Tuesday.\nLiu said the CPC is willing to deepen exchanges with the party.\n",
          ir("Brazil", "2013-05-21", "meeting", DI, BL, {PT})),
    Probe("b2-agency-zh-fsln-2015", "idcpc", "zh", XH_ZH.format(d="2015-06/10", n=1115574001), "2015-06-10",
          "刘云山会见尼加拉瓜桑地诺民族解放阵线代表团",
          "新华社北京6月10日电 中共中央政治局常委刘云山10日在人民大会堂会见尼加拉瓜桑地诺民族解放阵线代表团。"
          "刘云山表示，中方愿同桑解阵加强交流互鉴。",
          ir("Nicaragua", "2015-06-10", "meeting", DI, BL, {FSLN})),
    Probe("b2-agency-trad-psuv-2016", "idcpc", "zh", XH_ZH.format(d="2016-09/13", n=1119560001), "2016-09-13",
          "宋濤會見委內瑞拉統一社會主義黨代表團",
          "新華社北京9月13日電 中共中央對外聯絡部部長宋濤13日在京會見委內瑞拉統一社會主義黨代表團。",
          ir("Venezuela", "2016-09-13", "meeting", DI, BL, {PSUV})),
    Probe("b2-en-cadre-seminar-cuba-2016", "idcpc", "en", ie(40, "20161012"), "2016-10-12",
          "Seminar for Cadres of the Communist Party of Cuba Opens in Beijing",
          "( 2016.10.12 )\nBeijing October 11th--A seminar for cadres of the Communist Party of Cuba, run by the "
          "IDCPC, opened here today. Over the next two weeks the 25 Cuban officials will attend lectures on "
          "party building and economic reform.\nEnditem",
          ir("Cuba", "2016-10-11", "training_course", KE, BL, {PCC})),
    Probe("b2-en-fieldtrip-psuv-2016", "idcpc", "en", ie(41, "20160610"), "2016-06-10",
          "Delegation of Venezuela's PSUV Visits Shaanxi",
          "( 2016.06.10 )\nXi'an June 8th--A delegation of the United Socialist Party of Venezuela (PSUV) visited "
          "Shaanxi from June 5 to 8 at the invitation of the IDCPC, touring villages and high-tech zones.\n"
          "Enditem",
          ir("Venezuela", "2016-06-05", "field_trip", KE, BL, {PSUV})),
    Probe("b2-en-dialogue-2017", "idcpc", "en", ie(42, "20171202"), "2017-12-02",
          "CPC in Dialogue with World Political Parties High-Level Meeting Opens",
          "( 2017.12.02 )\nBeijing December 1st--The CPC in Dialogue with World Political Parties High-Level "
          "Meeting opened here today, with leaders of nearly 300 parties from over 120 countries. Among the "
          "guests were leaders of the Communist Party of Cuba and the Workers' Party of Brazil.\nEnditem",
          ir(M, "2017-12-01", "dialogue", KE, ["global", "leftist"], {PCC, PT})),
    Probe("b2-en-former-lula-pt-2017", "idcpc", "en", ie(43, "20170919"), "2017-09-19",
          "Song Tao Meets with Former Brazilian President Lula",
          "( 2017.09.19 )\nBeijing September 18th--Song Tao, Head of the IDCPC, met here today with Luiz Inácio "
          "Lula da Silva, former President of Brazil and Honorary President of the Workers' Party.\nEnditem",
          ir("Brazil", "2017-09-18", "meeting", DI, BL, {PT})),
    Probe("b2-en-gov-venezuela-chavez-era-2012", "idcpc", "en", ie(44, "20120705"), "2012-07-05",
          "Zhou Li Meets with Venezuelan Guests",
          "( 2012.07.05 )\nBeijing July 4th--Zhou Li, Vice Minister of the IDCPC, met here today with Jorge "
          "Arreaza, Minister of Science and Technology of Venezuela.\nEnditem",
          ir("Venezuela", "2012-07-04", "meeting", DI, BL, set())),
    Probe("b2-en-psch-2016", "idcpc", "en", ie(45, "20160927"), "2016-09-27",
          "Li Jinjun Meets with Delegation of the Socialist Party of Chile",
          "( 2016.09.27 )\nBeijing September 26th--Li Jinjun, Vice Minister of the IDCPC, met here today with a "
          "delegation of the Socialist Party of Chile, a member of the ruling New Majority coalition.\nEnditem",
          ir("Chile", "2016-09-26", "meeting", DI, BL, {PSCH})),
    Probe("b2-en-honduras-pn-2015", "idcpc", "en", ie(46, "20151105"), "2015-11-05",
          "Guo Yezhou Meets with Delegation of the National Party of Honduras",
          "( 2015.11.05 )\nBeijing November 4th--Guo Yezhou, Vice Minister of the IDCPC, met here today with a "
          "delegation of the National Party of Honduras, the ruling party of the country.\nEnditem",
          ir("Honduras", "2015-11-04", "meeting", DI, BI, {"National Party of Honduras"})),
    Probe("b2-en-paraguay-colorado-2016", "idcpc", "en", ie(47, "20160823"), "2016-08-23",
          "Li Jinjun Meets with Paraguayan Colorado Party Delegation",
          "( 2016.08.23 )\nBeijing August 22nd--Li Jinjun met here today with a delegation of the National "
          "Republican Association-Colorado Party of Paraguay.\nEnditem",
          ir("Paraguay", "2016-08-22", "meeting", DI, BI, {"Colorado Party (Paraguay)"})),
    Probe("b2-zh-pld-2015", "idcpc", "zh", iz(40, "20150612"), "2015-06-12", "郭业洲会见多米尼加解放党代表团",
          "6月11日，中联部副部长郭业洲在京会见多米尼加执政党多米尼加解放党代表团。",
          ir("Dominican Republic", "2015-06-11", "meeting", DI, BI, {PLD})),
    Probe("b2-zh-pac-2016", "idcpc", "zh", iz(41, "20160420"), "2016-04-20", "李进军会见哥斯达黎加公民行动党代表团",
          "4月19日，中联部副部长李进军在京会见哥斯达黎加执政党公民行动党代表团。",
          ir("Costa Rica", "2016-04-19", "meeting", DI, BI, {"Citizens' Action Party"})),
    Probe("b2-zh-two-lac-trip-2014", "idcpc", "zh", iz(42, "20141128"), "2014-11-28", "中共代表团访问墨西哥和古巴",
          "应墨西哥革命制度党和古巴共产党邀请，中联部副部长艾平率中共代表团于11月18日至27日访问墨西哥和古巴，"
          "分别会见了两党领导人。",
          {"relevant": True, "country": M, "event_date": "2014-11-18", "event_type": "delegation_visit_abroad",
           "content": DI, "parties": {PRI, PCC}},
          {"mechanism": (["regional", "leftist"], "doubtful: a CPC trip to two LAC countries' parties; the "
                         "codebook's 'group of several LAC countries' actors' may or may not mean separate "
                         "bilateral visits")}),
    Probe("b2-zh-lac-and-spain-trip-2013", "idcpc", "zh", iz(43, "20130620"), "2013-06-20", "中共代表团访问智利和西班牙",
          "应智利社会党和西班牙工人社会党邀请，中联部副部长陈凤翔率中共代表团于6月8日至18日访问智利和西班牙。"
          "在智期间，代表团会见了智利社会党主席。",
          ir("Chile", "2013-06-08", "delegation_visit_abroad", DI, BL, {PSCH})),
    Probe("b2-zh-xi-message-maduro-2013", "idcpc", "zh", iz(44, "20130416"), "2013-04-16",
          "习近平致电祝贺马杜罗当选委内瑞拉总统",
          "4月15日，中共中央总书记、国家主席习近平致电马杜罗，祝贺他当选委内瑞拉玻利瓦尔共和国总统。",
          ir("Venezuela", "2013-04-15", "message", DI, BL, set())),
    Probe("b2-en-weekday-2016", "idcpc", "en", ie(48, "20160608"), "2016-06-08",
          "Guo Yezhou Meets with Uruguayan Broad Front Delegation",
          "( 2016.06.08 )\nBeijing June 8th--Guo Yezhou, Vice Minister of the IDCPC, met on Monday with a "
          "delegation of the Broad Front of Uruguay.\nEnditem",
          ir("Uruguay", "2016-06-06", "meeting", DI, BL, {FA})),
    Probe("b2-en-yesterday-2013", "idcpc", "en", ie(49, "20130326"), "2013-03-26",
          "Wang Jiarui Meets with Bolivian MAS Delegation",
          "( 2013.03.26 )\nBeijing March 26th--Wang Jiarui, Head of the IDCPC, met yesterday with a delegation "
          "of the Movement for Socialism of Bolivia.\nEnditem",
          ir("Bolivia", "2013-03-25", "meeting", DI, BL, {MAS})),
    Probe("b2-en-neg-philippines-2014", "idcpc", "en", ie(50, "20140415"), "2014-04-15",
          "Wang Jiarui Meets with Philippine Liberal Party Delegation",
          "( 2014.04.15 )\nBeijing April 14th--Wang Jiarui met here today with a delegation of the Liberal Party "
          "of the Philippines.\nEnditem", NO),
    Probe("b2-zh-neg-pp-spain-2017", "idcpc", "zh", iz(45, "20170310"), "2017-03-10", "宋涛会见西班牙人民党代表团",
          "3月9日，中联部部长宋涛在京会见西班牙人民党代表团。", NO),
]

MFA_2: list[Probe] = [
    Probe("b2-agency-en-cfk-2014", "mfa", "en", XH_EN.format(d="2014-07/19", n=133495001), "2014-07-19",
          "China, Argentina lift ties to comprehensive strategic partnership",
          " date 2014-07-19\nXinhua English | Home | World\nBUENOS AIRES, July 18 (Xinhua) -- Chinese President "
          "Xi Jinping and his Argentine counterpart Cristina Fernandez de Kirchner on Friday agreed to lift "
          "bilateral ties to a comprehensive strategic partnership.\nThe two leaders held talks at the Casa "
          "Rosada.\n",
          mrel("Argentina", "2014-07-18", "talks", True, "upgrade", CSP)),
    Probe("b2-en-pena-last-days-2018", "mfa", "en", me(1618001), "2018-12-01",
          "Xi Jinping Meets with Mexican President Enrique Peña Nieto",
          "2018/12/01\nOn November 30, 2018 local time, President Xi Jinping met with President Enrique Peña "
          "Nieto of Mexico on the sidelines of the G20 Summit in Buenos Aires.",
          mrel("Mexico", "2018-11-30", "meeting_on_sidelines", True)),
    Probe("b2-en-amlo-elect-2018", "mfa", "en", me(1573001), "2018-07-03",
          "Xi Jinping Congratulates Andrés Manuel López Obrador on His Election as Mexican President",
          "2018/07/03\nOn July 2, 2018, President Xi Jinping sent a message to Andrés Manuel López Obrador, "
          "congratulating him on his election as President of Mexico.",
          mrel("Mexico", "2018-07-02", "message", False)),
    Probe("b2-en-bachelet-takes-office-2014", "mfa", "en", me(1136001), "2014-03-12",
          "Xi Jinping Congratulates Michelle Bachelet on Taking Office as Chilean President",
          "2014/03/12\nOn March 11, 2014, President Xi Jinping sent a message to Michelle Bachelet, "
          "congratulating her on taking office as President of Chile.",
          mrel("Chile", "2014-03-11", "message", True)),
    Probe("b2-trad-xi-maduro-2014", "mfa", "zh", mz(1175822), "2014-07-21", "習近平同委內瑞拉總統馬杜羅舉行會談",
          "2014/07/21\n當地時間7月20日，國家主席習近平在加拉加斯同委內瑞拉總統馬杜羅舉行會談。兩國元首一致決定，"
          "將中委關係提升為全面戰略夥伴關係。",
          mrel("Venezuela", "2014-07-20", "talks", True, "upgrade", CSP)),
    Probe("b2-pd-zh-kuczynski-2016", "mfa", "zh", PD_ZH.format(y="2016", md="0913", n=28714001), "2016-09-13",
          "习近平同秘鲁总统库琴斯基举行会谈",
          "人民网北京9月13日电 国家主席习近平13日在人民大会堂同来华进行国事访问的秘鲁总统库琴斯基举行会谈。",
          mrel("Peru", "2016-09-13", "talks", True)),
    Probe("b2-embassy-en-correa-2015", "mfa", "en", EMB_EN.format(n=1226999), "2015-01-08",
          "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa",
          "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa\n2015/01/08\nOn January 7, 2015, "
          "President Xi Jinping held talks with President Rafael Correa of Ecuador at the Great Hall of the "
          "People. The two heads of state agreed to establish a China-Ecuador strategic partnership.",
          mrel("Ecuador", "2015-01-07", "talks", True, "establish", SP)),
    Probe("b2-en-arrival-brasilia-2014", "mfa", "en", me(1175807), "2014-07-17",
          "Xi Jinping Arrives in Brasilia to Begin State Visit to Brazil",
          "2014/07/17\nOn the evening of July 16, 2014 local time, President Xi Jinping arrived in Brasilia to "
          "begin his state visit to Brazil.",
          mrel("Brazil", "2014-07-16", "state_visit", None)),
    Probe("b2-en-state-councilor-yang-2015", "mfa", "en", me(1290001), "2015-09-16",
          "Yang Jiechi Meets with Venezuelan Foreign Minister Delcy Rodríguez",
          "2015/09/16\nOn September 15, 2015, State Councilor Yang Jiechi met in Beijing with Venezuelan "
          "Foreign Minister Delcy Rodríguez.",
          mrel("Venezuela", "2015-09-15", "meeting", False)),
    Probe("b2-en-li-vazquez-2016", "mfa", "en", me(1406802), "2016-10-20",
          "Li Keqiang Meets with Uruguayan President Tabaré Vázquez",
          "2016/10/20\nOn October 19, 2016, Premier Li Keqiang met with President Tabaré Vázquez of Uruguay at "
          "the Great Hall of the People.",
          mrel("Uruguay", "2016-10-19", "meeting", True)),
    Probe("b2-en-zhang-dejiang-ppk-2016", "mfa", "en", me(1397302), "2016-09-15",
          "Zhang Dejiang Meets with Peruvian President Pedro Pablo Kuczynski",
          "2016/09/15\nOn September 14, 2016, Chairman of the NPC Standing Committee Zhang Dejiang met with "
          "President Pedro Pablo Kuczynski of Peru at the Great Hall of the People.",
          mrel("Peru", "2016-09-14", "meeting", False)),
    Probe("b2-zh-li-former-lagos-2016", "mfa", "zh", mz(1380012), "2016-06-15", "李克强会见智利前总统拉戈斯",
          "2016/06/15\n6月14日，国务院总理李克强在中南海紫光阁会见智利前总统拉戈斯。",
          mrel("Chile", "2016-06-14", "meeting", False)),
    Probe("b2-zh-macri-elect-2015", "mfa", "zh", mz(1318011), "2015-11-24", "习近平致电祝贺马克里当选阿根廷总统",
          "2015/11/24\n11月23日，国家主席习近平致电马克里，祝贺他当选阿根廷共和国总统。",
          mrel("Argentina", "2015-11-23", "message", False)),
    Probe("b2-zh-dilma-inaugurated-2015", "mfa", "zh", mz(1224011), "2015-01-02", "习近平致电祝贺罗塞夫就任巴西总统",
          "2015/01/02\n1月1日，国家主席习近平致电罗塞夫，祝贺她连任巴西联邦共和国总统。",
          mrel("Brazil", "2015-01-01", "message", True)),
    Probe("b2-en-hu-calderon-g20-2012", "mfa", "en", me(943001), "2012-06-19",
          "Hu Jintao Meets with Mexican President Felipe Calderón",
          "2012/06/19\nOn June 18, 2012 local time, President Hu Jintao met with President Felipe Calderón of "
          "Mexico on the sidelines of the G20 Summit in Los Cabos.",
          mrel("Mexico", "2012-06-18", "meeting_on_sidelines", True)),
    Probe("b2-en-wen-dilma-2012", "mfa", "en", me(944001), "2012-06-22",
          "Wen Jiabao Holds Talks with Brazilian President Dilma Rousseff",
          "2012/06/22\nOn June 21, 2012 local time, Premier Wen Jiabao held talks with President Dilma Rousseff "
          "in Rio de Janeiro, where he is attending the UN Conference on Sustainable Development.",
          mrel("Brazil", "2012-06-21", "talks", True),
          {"event_type": ("meeting_on_sidelines", "doubtful: held talks at a UN conference: 'talks' by the "
                          "text's word, or a sideline meeting by the place")}),
    Probe("b2-en-wen-mujica-2012", "mfa", "en", me(944101), "2012-06-23",
          "Wen Jiabao Holds Talks with Uruguayan President José Mujica",
          "2012/06/23\nOn June 22, 2012 local time, Premier Wen Jiabao held talks with President José Mujica "
          "in Montevideo.",
          mrel("Uruguay", "2012-06-22", "talks", True)),
    Probe("b2-en-wen-cfk-video-2012", "mfa", "en", me(944201), "2012-06-26",
          "Wen Jiabao Holds Video Conference with Argentine President Cristina Fernández de Kirchner",
          "2012/06/26\nOn June 25, 2012, Premier Wen Jiabao held a video conference with President Cristina "
          "Fernández de Kirchner of Argentina from Buenos Aires.",
          mrel("Argentina", "2012-06-25", "video_call", True)),
    Probe("b2-zh-wen-pinera-2012", "mfa", "zh", mz(944311), "2012-06-27", "温家宝同智利总统皮涅拉举行会谈",
          "2012/06/27\n当地时间6月26日，国务院总理温家宝在圣地亚哥同智利总统皮涅拉举行会谈。双方决定建立中智"
          "战略伙伴关系。",
          {"relevant": True, "country": "Chile", "event_date": "2012-06-26", "event_type": "talks",
           "head_of_state_level": True},
          {"partnership_action": ("establish", "doubtful: Chile's first partnership by the study's table "
                                  "(not read for this campaign)")}),
    Probe("b2-zh-neg-rajoy-2017", "mfa", "zh", mz(1470021), "2017-05-15", "李克强会见西班牙首相拉霍伊",
          "2017/05/15\n5月14日，国务院总理李克强在人民大会堂会见西班牙首相拉霍伊。", NO),
]

ALL += IDCPC_2 + MFA_2


# ---- batch 3 (written after the fixes above): relative days, heads met by the IDCPC, inaugurations,
# envoys and vice presidents on the Chinese side ---------------------------------------------------

IDCPC_3: list[Probe] = [
    Probe("b3-en-weekday-month-back-2013", "idcpc", "en", ie(60, "20130301"), "2013-03-01",
          "Chen Fengxiang Meets with Delegation of Cuban Communist Party",
          "( 2013.03.01 )\nBeijing March 1st--Chen Fengxiang, Vice Minister of the IDCPC, met on Thursday with a "
          "delegation of the Communist Party of Cuba.\nEnditem",
          ir("Cuba", "2013-02-28", "meeting", DI, BL, {PCC})),
    Probe("b3-zh-riqian-2014", "idcpc", "zh", iz(60, "20140415"), "2014-04-15", "艾平会见乌拉圭广泛阵线代表团",
          "日前，中联部副部长艾平在京会见乌拉圭执政党广泛阵线代表团。",
          ir("Uruguay", None, "meeting", DI, BL, {FA})),
    Probe("b3-en-recently-2017", "idcpc", "en", ie(61, "20170713"), "2017-07-13",
          "Qian Hongshan Meets with Delegation of Nicaragua's FSLN",
          "( 2017.07.13 )\nQian Hongshan, Vice Minister of the IDCPC, recently met in Beijing with a delegation "
          "of the Sandinista National Liberation Front of Nicaragua.\nEnditem",
          ir("Nicaragua", None, "meeting", DI, BL, {FSLN})),
    Probe("b3-zh-morales-president-2014", "idcpc", "zh", iz(61, "20140917"), "2014-09-17", "王家瑞会见玻利维亚总统莫拉莱斯",
          "当地时间9月15日，正在玻利维亚访问的中联部部长王家瑞在拉巴斯会见玻利维亚总统莫拉莱斯。",
          ir("Bolivia", "2014-09-15", "meeting", DI, BL)),
    Probe("b3-en-cuban-vp-2018", "idcpc", "en", ie(62, "20180925"), "2018-09-25",
          "Song Tao Meets with Cuban Vice President Salvador Valdés Mesa",
          "( 2018.09.25 )\nBeijing September 24th--Song Tao, Head of the IDCPC, met here today with Salvador "
          "Valdés Mesa, First Vice President of the Councils of State and Ministers of Cuba.\nEnditem",
          ir("Cuba", "2018-09-24", "meeting", DI, BL)),
    Probe("b3-en-pt-president-dilma-era-2014", "idcpc", "en", ie(63, "20140828"), "2014-08-28",
          "Ai Ping Meets with Workers' Party Secretary for International Relations",
          "( 2014.08.28 )\nBeijing August 27th--Ai Ping, Vice Minister of the IDCPC, met here today with Mônica "
          "Valente, Secretary for International Relations of the Workers' Party (PT), Brazil's ruling party.\n"
          "Enditem",
          ir("Brazil", "2014-08-27", "meeting", DI, BL, {PT})),
]

MFA_3: list[Probe] = [
    Probe("b3-en-xi-morales-celac-2014", "mfa", "en", me(1175808), "2014-07-18",
          "Xi Jinping Meets with Bolivian President Evo Morales",
          "2014/07/18\nOn July 17, 2014 local time, President Xi Jinping met with President Evo Morales of "
          "Bolivia in Brasilia, where they attended the China-Latin America and Caribbean Leaders' Meeting.",
          mrel("Bolivia", "2014-07-17", "meeting_on_sidelines", True)),
    Probe("b3-en-wangyi-saint-malo-2017", "mfa", "en", me(1470031), "2017-06-14",
          "Wang Yi Holds Talks with Vice President and Foreign Minister of Panama Isabel de Saint Malo",
          "2017/06/14\nOn June 13, 2017, Foreign Minister Wang Yi held talks in Beijing with Vice President and "
          "Foreign Minister Isabel de Saint Malo of Panama.",
          mrel("Panama", "2017-06-13", "talks", False)),
    Probe("b3-en-li-yuanchao-bachelet-2014", "mfa", "en", me(1136011), "2014-03-12",
          "Li Yuanchao Meets with Chilean President Michelle Bachelet",
          "2014/03/12\nOn March 11, 2014 local time, Vice President Li Yuanchao, special envoy of President Xi "
          "Jinping, met in Santiago with President Michelle Bachelet after attending her inauguration.",
          mrel("Chile", "2014-03-11", "meeting", False)),
    Probe("b3-zh-envoy-inauguration-ppk-2016", "mfa", "zh", mz(1386011), "2016-07-29",
          "习近平主席特使出席秘鲁总统库琴斯基就职仪式",
          "2016/07/29\n当地时间7月28日，国家主席习近平特使、全国人大常委会副委员长陈竺在利马出席秘鲁新任总统"
          "库琴斯基就职仪式。",
          mrel("Peru", "2016-07-28", "other", False)),
    Probe("b3-zh-xi-former-humala-2017", "mfa", "zh", mz(1470041), "2017-04-11", "王毅会见秘鲁前总统乌马拉",
          "2017/04/11\n4月10日，外交部长王毅在北京会见秘鲁前总统乌马拉。",
          mrel("Peru", "2017-04-10", "meeting", False)),
    Probe("b3-en-xi-humala-apec-2014", "mfa", "en", me(1209001), "2014-11-11",
          "Xi Jinping Meets with Peruvian President Ollanta Humala",
          "2014/11/11\nOn November 10, 2014, President Xi Jinping met at the Yanqi Lake International Convention "
          "Center with President Ollanta Humala of Peru, who is in Beijing for the 22nd APEC Economic Leaders' "
          "Meeting.",
          mrel("Peru", "2014-11-10", "meeting_on_sidelines", True)),
    Probe("b3-zh-li-santos-2012-trad", "mfa", "zh", mz(931812), "2012-05-11", "溫家寶會見哥倫比亞總統桑托斯",
          "2012/05/11\n5月10日，國務院總理溫家寶在人民大會堂會見哥倫比亞總統桑托斯。",
          mrel("Colombia", "2012-05-10", "meeting", True)),
    Probe("b3-en-phone-raul-2016", "mfa", "en", me(1420001), "2016-11-29",
          "Xi Jinping Sends Message of Condolence to Raúl Castro on the Passing of Fidel Castro",
          "2016/11/29\nOn November 26, 2016, President Xi Jinping sent a message of condolence to Raúl Castro, "
          "President of the Councils of State and Ministers of Cuba, on the passing of Fidel Castro.",
          mrel("Cuba", "2016-11-26", "message", True)),
    Probe("b3-en-not-lac-sanchez-2018", "mfa", "en", me(1620001), "2018-11-29",
          "Xi Jinping Holds Talks with Spanish Prime Minister Pedro Sánchez",
          "2018/11/29\nOn November 28, 2018 local time, President Xi Jinping held talks in Madrid with Prime "
          "Minister Pedro Sánchez of Spain.", NO),
]

ALL += IDCPC_3 + MFA_3


# ---- batch 4: more Chinese renderings, and the ruling party by the day in Chinese -------------------

IDCPC_4: list[Probe] = [
    Probe("b4-zh-gov-brazil-temer-2017", "idcpc", "zh", iz(70, "20170620"), "2017-06-20", "宋涛会见巴西外长",
          "6月19日，中联部部长宋涛在京会见巴西外交部长努内斯。",
          ir("Brazil", "2017-06-19", "meeting", DI, BI, set())),
    Probe("b4-zh-gov-chile-pinera-2013", "idcpc", "zh", iz(71, "20130515"), "2013-05-15", "王家瑞会见智利外长",
          "5月14日，中联部部长王家瑞在京会见智利外交部长莫雷诺。",
          ir("Chile", "2013-05-14", "meeting", DI, BI, set())),
    Probe("b4-zh-gov-ecuador-correa-2015", "idcpc", "zh", iz(72, "20150110"), "2015-01-10", "艾平会见厄瓜多尔外长",
          "1月9日，中联部副部长艾平在京会见厄瓜多尔外交和移民部长帕蒂尼奥。",
          ir("Ecuador", "2015-01-09", "meeting", DI, BL, set())),
]

MFA_4: list[Probe] = [
    Probe("b4-zh-xi-moreno-2018", "mfa", "zh", mz(1621011), "2018-12-12", "习近平同厄瓜多尔总统莫雷诺举行会谈",
          "2018/12/12\n12月12日，国家主席习近平在人民大会堂同来华进行国事访问的厄瓜多尔总统莫雷诺举行会谈。",
          mrel("Ecuador", "2018-12-12", "talks", True)),
    Probe("b4-zh-cfk-fullname-2015", "mfa", "zh", mz(1243011), "2015-02-05",
          "习近平同阿根廷总统克里斯蒂娜·费尔南德斯·德基什内尔举行会谈",
          "2015/02/05\n2月4日，国家主席习近平在人民大会堂同来华进行国事访问的阿根廷总统克里斯蒂娜·费尔南德斯·"
          "德基什内尔举行会谈。",
          mrel("Argentina", "2015-02-04", "talks", True)),
    Probe("b4-zh-li-dilma-phone-2013", "mfa", "zh", mz(1040011), "2013-05-28", "李克强同巴西总统罗塞夫通电话",
          "2013/05/28\n5月27日，国务院总理李克强应约同巴西总统罗塞夫通电话。",
          mrel("Brazil", "2013-05-27", "phone_call", True)),
    Probe("b4-zh-xi-meets-former-correa-2018", "mfa", "zh", mz(1560011), "2018-04-20", "王毅会见厄瓜多尔前总统科雷亚",
          "2018/04/20\n4月19日，外交部长王毅在北京会见厄瓜多尔前总统科雷亚。",
          mrel("Ecuador", "2018-04-19", "meeting", False)),
    Probe("b4-zh-yangjiechi-patino-2013", "mfa", "zh", mz(1090011), "2013-10-22", "杨洁篪会见厄瓜多尔外长帕蒂尼奥",
          "2013/10/22\n10月21日，国务委员杨洁篪在中南海会见厄瓜多尔外交、贸易和一体化部长帕蒂尼奥。",
          mrel("Ecuador", "2013-10-21", "meeting", False)),
]

ALL += IDCPC_4 + MFA_4


def _run(p: Probe):
    fn = idcpc if p.source == "idcpc" else mfa
    return fn(p.text, title=p.title, published=p.published, lang=p.lang, url=p.url)


def _value(record, key: str) -> Any:
    if key == "parties":
        return parties(record)
    return getattr(record, key)


def _wrong(p: Probe) -> list[str]:
    record = _run(p)
    wrong = []
    keys = ["relevant"] if not p.expect["relevant"] else list(p.expect)
    for key in keys:
        if key in p.doubt:
            continue
        got = _value(record, key)
        if got != p.expect[key]:
            wrong.append(f"{key}: got {got!r}, want {p.expect[key]!r}")
    return wrong


# Probes whose first run failed and that no general rule fixed in this session (reason given).
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("probe", page_cases(ALL, XFAIL))
def test_older_era_page(probe: Probe) -> None:
    assert _wrong(probe) == []


DOUBTS = [(p, k) for p in ALL for k in p.doubt]


@pytest.mark.xfail(strict=False, reason="doubtful fields (see each probe's reason)")
@pytest.mark.parametrize(("probe", "key"), DOUBTS, ids=[f"{p.pid}:{k}" for p, k in DOUBTS])
def test_older_era_doubtful_field(probe: Probe, key: str) -> None:
    assert _value(_run(probe), key) == probe.doubt[key][0]


def test_probe_ids_are_unique() -> None:
    assert_unique_ids(ALL)


# ---- after the first run: the classes it found, written out ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("( 2014.05.05 )\nPort of Spain May 3rd--Ai Ping, Vice Minister of the IDCPC, met here today with leaders "
     "of the People's National Movement of Trinidad and Tobago.\nEnditem", "2014-05-03"),
    ("( 2014.07.21 )\nBuenos Aires July 18th—Li Jinjun, Vice Minister of the IDCPC, met here today with "
     "leaders of the Justicialist Party of Argentina.\nEnditem", "2014-07-18"),
    ("( 2015.03.16 )\nSan José March 9th--Guo Yezhou, Vice Minister of the IDCPC, met on Saturday with "
     "leaders of the Citizens' Action Party of Costa Rica.\nEnditem", "2015-03-07"),
    ("( 2016.01.20 )\nBeijing Jan. 18th--Song Tao met here today with a delegation of the Communist Party of "
     "Cuba.\nEnditem", "2016-01-18"),
])
def test_an_old_idcpc_dateline_without_a_comma_dates_the_exchange(text: str, expected: str) -> None:
    """Codebook, event_date rule 2: the dateline's day when the text says "here today"; rule 3: a
    weekday counts back from the dateline's day. The English IDCPC pages of the 2010s print the city
    and day with no comma between ("Beijing July 18th--") under a printed "( 2014.07.18 )" line."""
    day = expected.replace("-", "")
    record = idcpc(text, title="IDCPC Vice Minister Meets with Party Leaders", published=text[2:12].replace(".", "-"),
                   url=ie(900, day))
    assert record.relevant
    assert record.event_date == expected


@pytest.mark.parametrize("text", [
    # a capitalised line that is no place: the day is the stated one, not a dateline's
    "( 2014.05.22 )\nOn May 20, Wang Jiarui met with a delegation of the Workers' Party of Brazil in Beijing.\n"
    "Enditem",
    "( 2014.05.22 )\nWang Jiarui met in Beijing on May 20 with a delegation of the Workers' Party of Brazil.\n"
    "Enditem",
])
def test_prose_with_a_month_and_day_is_no_dateline(text: str) -> None:
    record = idcpc(text, title="Wang Jiarui Meets with Brazilian PT Delegation", published="2014-05-22",
                   url=ie(901, "20140522"))
    assert record.event_date == "2014-05-20"


@pytest.mark.parametrize(("text", "head"), [
    ("On July 22, 2014 local time, President Xi Jinping held talks with Raúl Castro, President of the Councils "
     "of State and Ministers of Cuba.", True),
    ("On July 22, 2014 local time, President Xi Jinping held talks with Raúl Castro, President of the Council "
     "of State and Ministers of Cuba.", True),
    ("On July 22, 2014 local time, President Xi Jinping held talks with Raúl Castro, President of the Council "
     "of State and of the Council of Ministers of Cuba.", True),
    ("On July 22, 2014 local time, President Xi Jinping held talks with Raúl Castro, First Secretary of the "
     "Central Committee of the Communist Party of Cuba and President of the Councils of State and Ministers "
     "of Cuba.", True),
    # a deputy of those councils or the chair of the assembly is no head of state
    ("On July 22, 2014 local time, President Xi Jinping met with Miguel Díaz-Canel, First Vice President of "
     "the Councils of State and Ministers of Cuba.", False),
    ("On July 22, 2014 local time, President Xi Jinping met with Esteban Lazo, President of the National "
     "Assembly of People's Power of Cuba.", False),
])
def test_cubas_president_of_the_councils_is_its_head_of_state(text: str, head: bool) -> None:
    """Codebook, head_of_state_level: both principals heads of state or government in office. Until
    2019 Cuba's head of state was styled President of the Council(s) of State and Ministers."""
    record = mfa("2014/07/23\n" + text, title="Xi Jinping Meets with Cuban Leader", published="2014-07-23",
                 url=me(1175899))
    assert record.country == "Cuba"
    assert record.head_of_state_level is head


@pytest.mark.parametrize(("text", "expected"), [
    ("( 2016.09.27 )\nBeijing September 26th--Li Jinjun met here today with a delegation of the Socialist "
     "Party of Chile, a member of the ruling New Majority coalition.\nEnditem", {PSCH}),
    ("( 2016.09.27 )\nBeijing September 26th--Li Jinjun met here today with a delegation of the Socialist "
     "Party of Chile (PS), one of the founding members of the New Majority, led by its President Isabel "
     "Allende.\nEnditem", {PSCH}),
    # a person's membership gives that person's party, a participant
    ("( 2016.09.27 )\nBeijing September 26th--Li Jinjun met here today with a Chilean delegation led by "
     "Osvaldo Andrade, a member of the Socialist Party of Chile.\nEnditem", {PSCH}),
    # the coalition that came is a participant
    ("( 2016.09.27 )\nBeijing September 26th--Li Jinjun met here today with a delegation of the New Majority "
     "coalition of Chile, including leaders of the Socialist Party of Chile.\nEnditem",
     {PSCH, "New Majority"}),
])
def test_the_coalition_a_party_belongs_to_is_no_participant(text: str, expected: set[str]) -> None:
    """Codebook, contacts/mechanism: the parties the page names as taking part. "X, a member of the
    ruling Y coalition" says which bloc X belongs to; Y sent no one."""
    record = idcpc(text, title="Li Jinjun Meets with Chilean Delegation", published="2016-09-27",
                   url=ie(902, "20160927"))
    assert parties(record) == expected


@pytest.mark.parametrize(("text", "published", "url", "expected"), [
    # the year from the old page's printed stamp
    ("2013/06/05\nOn June 4 local time, President Xi Jinping held talks with President Enrique Peña Nieto "
     "in Mexico City.", None, me(1046399), "2013-06-04"),
    ("2013/06/05\n当地时间6月4日，国家主席习近平在墨西哥城同墨西哥总统培尼亚·涅托举行会谈。", None, mz(1046398),
     "2013-06-04"),
    # a month after the stamp's is the year before
    ("2015/01/08\nOn December 30, President Xi Jinping spoke on the phone with President Nicolás Maduro of "
     "Venezuela.", None, me(1226398), "2014-12-30"),
    # no stamp, no printed date, no date in the address: no year, no day
    ("On June 4 local time, President Xi Jinping held talks with President Enrique Peña Nieto in Mexico "
     "City.", None, me(1046397), None),
])
def test_an_old_fmprc_page_takes_the_year_from_its_stamp(text: str, published: str | None, url: str,
                                                          expected: str | None) -> None:
    """Codebook, Dates: a year missing from the text comes from the dateline, the printed date or the
    page's own time stamp; with none of these, null. Old fmprc pages print "2013/06/05" above the
    body and have no date in their t<7 digits> address."""
    zh = "习近平" in text
    record = mfa(text, title="习近平同墨西哥总统会谈" if zh else "Xi Jinping Holds Talks with Latin American "
                 "President", published=published, lang="zh" if zh else "en", url=url)
    assert record.relevant
    assert record.event_date == expected
