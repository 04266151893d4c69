"""Campaign 9O: foreign-ministry pages whose event type is `message`, `other`, `state_visit` or
`meeting`, and the boundaries between them: congratulations and letters (election, inauguration,
national day, anniversary of relations), messages exchanged both ways, condolences and sympathy,
oral messages and greetings conveyed by an envoy or a visiting minister, replies to letters, messages
and speeches to a summit, special envoys at an inauguration, a state visit as a whole against one
meeting during it, arrival and departure, banquets, welcome and signing ceremonies, meetings with a
former president or a party leader, receptions for national days.

Every release is self-written in the sites' style (fmprc.gov.cn / mfa.gov.cn, English and Chinese,
and copies on Xinhua, China Daily and embassy sites); names of people, countries and bodies are facts.
The expected values are what a coder gives under the codebook's Decision rules; a recalled
partnership level is coded as the level with no action (the project's convention, README).
Fields the codebook leaves open for a page are kept apart in ``doubt`` and checked non-strictly.

First runs, before any rule change (code of c9013e4): batch 1 (130 pages, written before any code was
read) 127 fully right; batch 2 (33 harder pages, still blind) 30. Per field over both, doubtful fields
left out: relevant 161/162, country 155/156, event_date 156/156, event_type 143/144, partnership
155/156 (action) and 154/156 (level), head-of-state level 130/133. One of the misses was the probe's
error (Brazil's 2024 level, which the evaluation set codes as an upgrade); the others were a leader
mourning at a LAC embassy read as an embassy's activity, "a comprehensive strategic partner" (one
side's) not read as the level, a sentence-case agency headline's "Brazilian president" read as no
office, and "President of the Republic" not read as a head's office. Batch 3 (24 pages, written after
reading the code and the first fixes) 23: a headline quoting a minister on a visit ("Wang Yi: President
Xi's State Visit … a Complete Success") read as the visit as a whole; and, among the doubtful fields,
"Visits the Embassy of Venezuela" read as a state visit. Batch 4 (17 pages, after the fixes) 17, one
departure page's country (Peru, leaving for Brazil) kept as doubtful.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from nlp_helpers import mfa
from probe_harness import NO, assert_unique_ids, page_cases

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
# Brazil's November 2024 step, which the evaluation set codes as a level above the comprehensive
# strategic partnership (partnership_history.json; the study's table ends in 2023)
BR_2024 = "China-Brazil community with a shared future for a more just world and a more sustainable planet"


@dataclass
class Probe:
    pid: str
    lang: str
    url: str
    published: str | None
    title: str
    text: str
    expect: dict[str, Any]
    doubt: dict[str, tuple[Any, str]] = field(default_factory=dict)


def rel(country: str, date: str | None, kind: str, hos: bool | None, level: str | None = None,
        action: str | None = None) -> dict[str, Any]:
    """The expected fields of a relevant page (hos None: not asserted)."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date, "event_type": kind,
                           "partnership_action": action, "partnership_level": level}
    if hos is not None:
        out["head_of_state_level"] = hos
    return out


def en(d: str, n: int = 12000001) -> str:
    return f"https://www.fmprc.gov.cn/eng/xw/zyxw/{d[:6]}/t{d}_{n}.html"


def zh(d: str, n: int = 12000002) -> str:
    return f"https://www.mfa.gov.cn/web/zyxw/{d[:6]}/t{d}_{n}.shtml"


def xinhua(d: str) -> str:
    return f"https://english.news.cn/{d}/6a2b3c4d5e6f7a8b9c0d/c.html"


def xinhua_zh(d: str) -> str:
    return f"http://www.news.cn/politics/leaders/{d[:4]}-{d[4:6]}/{d[6:]}/c_1130000001.htm"


def big5(d: str) -> str:
    return f"http://big5.news.cn/gate/big5/www.news.cn/politics/leaders/{d[:4]}-{d[4:6]}/{d[6:]}/c_1130000002.htm"


def chinadaily(d: str) -> str:
    return f"https://www.chinadaily.com.cn/a/{d[:6]}/{d[6:]}/WS65a0b1c2a31090682a5f0002.html"


def embassy(cc: str, d: str, lang: str = "eng") -> str:
    return f"http://{cc}.china-embassy.gov.cn/{lang}/zgyw/{d[:6]}/t{d}_11200001.htm"


def xh(iso: str) -> str:
    return f" date {iso}\nXinhua English | Home | China | World | Business | Sci-Tech\nEditor: Huaxia\n"


def xhz(iso: str) -> str:
    return f" date {iso}\n新华网 | 首页 | 时政 | 国际\n责任编辑：刘阳\n"


def xht(iso: str) -> str:
    return f" date {iso}\n新華網 | 首頁 | 時政 | 國際\n責任編輯：劉陽\n"


def cd(iso: str) -> str:
    return f" date {iso}\nChina Daily | HOME | CHINA | WORLD | OPINION\nBy XINHUA | Updated: {iso}\n"


PRESIDENT_ELECT = "a president-elect is not yet a head of state (codebook)"

PROBES: list[Probe] = [
    # ================= condolences and sympathy on disasters =================
    Probe("cond-cl-fire-en", "en", en("20240205"), "2024-02-05",
          "Xi Jinping Sends Message of Sympathy to Chilean President Gabriel Boric over Forest Fires",
          "On February 5, 2024, President Xi Jinping sent a message of sympathy to President Gabriel Boric "
          "of "
          "Chile over the forest fires in the central region of the country that have caused heavy "
          "casualties "
          "and property losses. On behalf of the Chinese government and people, Xi Jinping expressed deep "
          "condolences over the victims and sincere sympathies to the bereaved families and the injured.",
          rel("Chile", "2024-02-05", "message", True)),
    Probe("cond-cl-fire-zh", "zh", zh("20240205"), "2024-02-05",
          "习近平就智利发生森林火灾向智利总统博里奇致慰问电",
          "2024年2月5日，国家主席习近平就智利中部地区发生严重森林火灾向智利总统博里奇致慰问电。习近平表示，惊"
          "悉智利"
          "发生森林火灾，造成重大人员伤亡和财产损失。我代表中国政府和中国人民，对遇难者致以深切哀悼，向遇难者"
          "家属和"
          "受伤人员致以诚挚慰问。",
          rel("Chile", "2024-02-05", "message", True)),
    Probe("cond-cl-fire-liqiang-zh", "zh", zh("20240205", 12000003), "2024-02-05",
          "李强就智利发生森林火灾向智利总统博里奇致慰问电",
          "2024年2月5日，国务院总理李强就智利中部地区发生严重森林火灾向智利总统博里奇致慰问电，对遇难者致以深切哀悼，"
          "向遇难者家属和伤者表示诚挚慰问。",
          rel("Chile", "2024-02-05", "message", True)),
    Probe("cond-br-flood-xh", "en", xinhua("20240506"), "2024-05-06",
          "Xi sends message of sympathy to Brazilian president over deadly floods",
          xh("2024-05-06") + "BEIJING, May 6 (Xinhua) -- Chinese President Xi Jinping on Monday sent a "
          "message "
          "of sympathy to Brazilian President Luiz Inacio Lula da Silva over the floods that hit the "
          "southern "
          "state of Rio Grande do Sul. Xi said he was shocked to learn of the disaster, which has caused "
          "heavy "
          "casualties and property losses.",
          rel("Brazil", "2024-05-06", "message", True)),
    Probe("cond-br-flood-xhz", "zh", xinhua_zh("20240506"), "2024-05-06",
          "习近平就巴西南部洪灾向巴西总统卢拉致慰问电",
          xhz("2024-05-06") + "新华社北京5月6日电 5月6日，国家主席习近平就巴西南部南里奥格兰德州发生严重洪灾"
          "向巴西"
          "总统卢拉致慰问电。习近平表示，中方愿为巴方救灾提供力所能及的帮助。",
          rel("Brazil", "2024-05-06", "message", True)),
    Probe("cond-cu-hotel-en", "en", en("20220508"), "2022-05-09",
          "Xi Jinping Sends Message of Condolence to Cuban President Miguel Díaz-Canel over the Explosion "
          "at a Hotel in Havana",
          "On May 8, 2022, President Xi Jinping sent a message of condolence to President Miguel Díaz-Canel "
          "Bermúdez of Cuba over the explosion at the Saratoga Hotel in Havana. Xi Jinping mourned the "
          "victims and expressed sincere sympathies to the families of the victims and the injured.",
          rel("Cuba", "2022-05-08", "message", True)),
    Probe("cond-cu-fire-big5", "zh", big5("20220807"), "2022-08-07",
          "習近平就古巴馬坦薩斯省油庫火災向古巴國家主席迪亞斯－卡内爾致慰問電",
          xht("2022-08-07") + "新華社北京8月7日電 國家主席習近平7日就古巴馬坦薩斯省油庫發生火災向古巴共產黨中"
          "央委員會"
          "第一書記、國家主席迪亞斯－卡内爾致慰問電。習近平表示，中方願為古方救災提供支持和幫助。",
          rel("Cuba", "2022-08-07", "message", True)),
    Probe("cond-ec-quake-en", "en", en("20160417"), "2016-04-18",
          "Xi Jinping Sends Message of Condolence to President Rafael Correa of Ecuador over Strong "
          "Earthquake",
          "On April 17, 2016, President Xi Jinping sent a message of condolence to President Rafael Correa "
          "of Ecuador over the strong earthquake that struck the country's coast. On behalf of the Chinese "
          "government and people, Xi Jinping expressed deep condolences to the victims.",
          rel("Ecuador", "2016-04-17", "message", True)),
    Probe("cond-mx-quake-zh", "zh", zh("20170920"), "2017-09-20",
          "习近平就墨西哥发生强烈地震向墨西哥总统培尼亚致慰问电",
          "2017年9月20日，国家主席习近平就墨西哥中部地区发生强烈地震向墨西哥总统培尼亚致慰问电。习近平在慰问"
          "电中"
          "表示，惊悉墨西哥发生强烈地震，造成重大人员伤亡。",
          rel("Mexico", "2017-09-20", "message", True)),
    Probe("cond-mx-quake-wangyi-zh", "zh", zh("20170920", 12000004), "2017-09-20",
          "王毅就墨西哥发生强烈地震向墨西哥外长比德加赖致慰问电",
          "2017年9月20日，外交部长王毅就墨西哥发生强烈地震向墨西哥外长比德加赖致慰问电，向遇难者表示哀悼，向"
          "遇难者"
          "家属和受伤人员表示慰问。",
          rel("Mexico", "2017-09-20", "message", False)),
    Probe("cond-ve-landslide-xh", "en", xinhua("20221011"), "2022-10-11",
          "Xi expresses condolences to Venezuelan president over deadly landslide",
          xh("2022-10-11") + "BEIJING, Oct. 11 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a "
          "message of condolences to Venezuelan President Nicolas Maduro over the landslide in the state of "
          "Aragua. Xi said China and Venezuela are comprehensive strategic partners and China is willing to "
          "provide assistance.",
          rel("Venezuela", "2022-10-11", "message", True, CSP)),
    Probe("cond-hurricane-caribbean", "en", en("20240703"), "2024-07-03",
          "Premier Li Qiang Sends Message of Sympathy to Prime Minister Andrew Holness of Jamaica over "
          "Hurricane Beryl",
          "On July 3, 2024, Premier Li Qiang sent a message of sympathy to Prime Minister Andrew Holness of "
          "Jamaica over the heavy losses caused by Hurricane Beryl. Li Qiang said China stands ready to "
          "provide help within its capacity.",
          rel("Jamaica", "2024-07-03", "message", True)),
    Probe("cond-two-countries", "en", en("20240703", 12000005), "2024-07-03",
          "Xi Jinping Sends Messages of Sympathy to Leaders of Grenada and Saint Vincent and the "
          "Grenadines over Hurricane Beryl",
          "On July 3, 2024, President Xi Jinping sent messages of sympathy to Prime Minister Dickon Mitchell "
          "of Grenada and Prime Minister Ralph Gonsalves of Saint Vincent and the Grenadines over the losses "
          "caused by Hurricane Beryl.",
          rel("multilateral", "2024-07-03", "message", True)),

    # ================= condolences on deaths =================
    Probe("cond-fidel-en", "en", en("20161126"), "2016-11-26",
          "Xi Jinping Sends Message of Condolence to Raúl Castro over the Passing of Fidel Castro",
          "On November 26, 2016, President Xi Jinping sent a message of condolence to Raúl Castro, First "
          "Secretary of the Central Committee of the Communist Party of Cuba and President of the Councils "
          "of "
          "State and Ministers of Cuba, over the passing of Comrade Fidel Castro. Xi Jinping said Fidel "
          "Castro was a great leader of the Cuban people.",
          rel("Cuba", "2016-11-26", "message", True)),
    Probe("cond-fidel-embassy-visit", "en", en("20161128"), "2016-11-28",
          "Xi Jinping Goes to the Cuban Embassy in China to Mourn the Passing of Fidel Castro",
          "On November 28, 2016, President Xi Jinping went to the Cuban Embassy in China to mourn the "
          "passing of Fidel Castro. Xi Jinping bowed in silence before the portrait and wrote in the "
          "condolence book. Cuban Ambassador to China Alberto Blanco thanked him.",
          rel("Cuba", "2016-11-28", "other", False),
          {"event_type": ("other", "a visit to an embassy to mourn: a ceremony, not a meeting or message")}),
    Probe("cond-former-president-zh", "zh", zh("20240912"), "2024-09-12",
          "习近平就秘鲁前总统藤森逝世向秘鲁总统博鲁阿尔特致唁电",
          "2024年9月12日，国家主席习近平就秘鲁前总统藤森逝世向秘鲁总统博鲁阿尔特致唁电，代表中国政府和中国人"
          "民表示"
          "深切哀悼，向其家属表示诚挚慰问。",
          rel("Peru", "2024-09-12", "message", True)),
    Probe("cond-ja-pm-death-en", "en", en("20220301"), "2022-03-02",
          "Wang Yi Sends Message of Condolence to Foreign Minister of Uruguay over the Passing of Former "
          "Foreign Minister",
          "On March 1, 2022, State Councilor and Foreign Minister Wang Yi sent a message of condolence to "
          "Foreign Minister Francisco Bustillo of Uruguay over the passing of a former foreign minister.",
          rel("Uruguay", "2022-03-01", "message", False)),
    Probe("cond-ambassador-only", "en", embassy("br", "20240506"), "2024-05-06",
          "Ambassador Zhu Qingqiao Expresses Condolences over Floods in Rio Grande do Sul",
          "On May 6, Chinese Ambassador to Brazil Zhu Qingqiao expressed deep condolences over the victims "
          "of "
          "the floods in Rio Grande do Sul, and said the Chinese Embassy will donate relief supplies.",
          NO),

    # ================= congratulations on election / inauguration =================
    Probe("cong-mx-elect-en", "en", en("20240604"), "2024-06-04",
          "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Election as President of "
          "Mexico",
          "On June 4, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her "
          "election as President of the United Mexican States. Xi Jinping noted that China and Mexico are "
          "comprehensive strategic partners.",
          rel("Mexico", "2024-06-04", "message", None, CSP),
          {"head_of_state_level": (False, PRESIDENT_ELECT + "; the page says only 'on her election'")}),
    Probe("cong-mx-elect-zh", "zh", zh("20240604"), "2024-06-04",
          "习近平致电祝贺辛鲍姆当选墨西哥总统",
          "2024年6月4日，国家主席习近平致电辛鲍姆，祝贺她当选墨西哥合众国总统。习近平指出，中国和墨西哥是全面"
          "战略伙伴。",
          rel("Mexico", "2024-06-04", "message", None, CSP),
          {"head_of_state_level": (False, PRESIDENT_ELECT)}),
    Probe("cong-mx-elect-explicit", "en", en("20180705"), "2018-07-05",
          "Xi Jinping Congratulates Andrés Manuel López Obrador on His Election as President of Mexico",
          "On July 5, 2018, President Xi Jinping sent a congratulatory message to President-elect Andrés "
          "Manuel López Obrador of Mexico. Xi Jinping said he looks forward to working with the "
          "President-elect to advance the comprehensive strategic partnership.",
          rel("Mexico", "2018-07-05", "message", False, CSP)),
    Probe("cong-mx-inaug-en", "en", en("20241001"), "2024-10-01",
          "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Assumption of Office as "
          "President of Mexico",
          "On October 1, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on "
          "her "
          "inauguration as President of the United Mexican States.",
          rel("Mexico", "2024-10-01", "message", True)),
    Probe("cong-ar-elect-xh", "en", xinhua("20231120"), "2023-11-20",
          "Xi congratulates Javier Milei on election as Argentine president",
          xh("2023-11-20") + "BEIJING, Nov. 20 (Xinhua) -- Chinese President Xi Jinping on Monday sent a "
          "congratulatory message to Javier Milei on his election as president of Argentina.",
          rel("Argentina", "2023-11-20", "message", None),
          {"head_of_state_level": (False, PRESIDENT_ELECT)}),
    Probe("cong-ve-reelect-zh", "zh", zh("20240729"), "2024-07-29",
          "习近平致电祝贺马杜罗连任委内瑞拉总统",
          "2024年7月29日，国家主席习近平致电马杜罗，祝贺他连任委内瑞拉玻利瓦尔共和国总统。习近平指出，中委是"
          "全天候"
          "战略伙伴。",
          rel("Venezuela", "2024-07-29", "message", True, "all-weather strategic partnership")),
    Probe("cong-br-inaug-cd", "en", chinadaily("20230101"), "2023-01-01",
          "Xi congratulates Lula on inauguration as Brazilian president",
          cd("2023-01-01") + "BEIJING -- Chinese President Xi Jinping on Sunday sent a congratulatory "
          "message to "
          "Luiz Inacio Lula da Silva on his inauguration as president of Brazil. Xi said he attaches great "
          "importance to the development of China-Brazil relations.",
          rel("Brazil", "2023-01-01", "message", True)),
    Probe("cong-jm-pm-reelect", "en", en("20200907"), "2020-09-07",
          "Premier Li Keqiang Sends Congratulatory Message to Andrew Holness on His Re-election as Prime "
          "Minister of Jamaica",
          "On September 7, 2020, Premier Li Keqiang sent a congratulatory message to Andrew Holness on his "
          "re-election as Prime Minister of Jamaica. Li Keqiang said China is ready to work with Jamaica to "
          "deepen the strategic partnership.",
          rel("Jamaica", "2020-09-07", "message", True, SP)),
    Probe("cong-cu-diazcanel-2018", "en", en("20180419"), "2018-04-19",
          "Xi Jinping Congratulates Miguel Díaz-Canel on His Election as President of the Council of State "
          "of Cuba",
          "On April 19, 2018, President Xi Jinping sent a congratulatory message to Miguel Díaz-Canel on his "
          "election as President of the Council of State and President of the Council of Ministers of Cuba.",
          rel("Cuba", "2018-04-19", "message", None),
          {"head_of_state_level": (True, "elected by parliament and in office the same day; the page does "
          "not say")}),
    Probe("cong-co-vp-hanzheng", "zh", zh("20220808"), "2022-08-08",
          "王岐山致电祝贺马尔克斯就任哥伦比亚副总统",
          "2022年8月8日，国家副主席王岐山致电马尔克斯，祝贺她就任哥伦比亚共和国副总统。",
          rel("Colombia", "2022-08-08", "message", False)),
    Probe("cong-npc-speaker", "en", en("20230203"), "2023-02-03",
          "Zhao Leji Sends Congratulatory Message to President of the Chamber of Deputies of Brazil",
          "On February 3, 2023, Chairman of the NPC Standing Committee Zhao Leji sent a congratulatory "
          "message to Arthur Lira on his re-election as President of the Chamber of Deputies of Brazil.",
          rel("Brazil", "2023-02-03", "message", False)),
    Probe("cong-fm-appointed-zh", "zh", zh("20230105"), "2023-01-05",
          "秦刚致电祝贺维埃拉就任巴西外长",
          "2023年1月5日，外交部长秦刚致电维埃拉，祝贺他就任巴西外交部长。",
          rel("Brazil", "2023-01-05", "message", False)),
    Probe("cong-non-lac", "en", en("20240604", 12000006), "2024-06-04",
          "Xi Jinping Sends Congratulatory Message to Narendra Modi on His Re-election as Prime Minister",
          "On June 4, 2024, President Xi Jinping sent a congratulatory message to Narendra Modi on his "
          "re-election as Prime Minister of India.",
          NO),

    # ================= national days and anniversaries, exchanged both ways =================
    Probe("anniv-ar-50-xh", "en", xinhua("20220219"), "2022-02-19",
          "Xi, Argentine president exchange congratulations on 50th anniversary of diplomatic ties",
          xh("2022-02-19") + "BEIJING, Feb. 19 (Xinhua) -- Chinese President Xi Jinping and his Argentine "
          "counterpart Alberto Fernandez on Saturday exchanged congratulatory messages on the 50th "
          "anniversary of the establishment of diplomatic relations. Xi said the comprehensive strategic "
          "partnership between the two countries has kept growing.",
          rel("Argentina", "2022-02-19", "message", True, CSP)),
    Probe("anniv-ar-50-zh", "zh", zh("20220219"), "2022-02-19",
          "习近平同阿根廷总统费尔南德斯就中阿建交50周年互致贺电",
          "2022年2月19日，国家主席习近平同阿根廷总统费尔南德斯互致贺电，庆祝两国建交50周年。习近平指出，建交"
          "半个世纪"
          "以来，中阿关系历久弥新。",
          rel("Argentina", "2022-02-19", "message", True)),
    Probe("anniv-mx-50-zh-xhz", "zh", xinhua_zh("20220214"), "2022-02-14",
          "习近平同墨西哥总统洛佩斯就中墨建交50周年互致贺电",
          xhz("2022-02-14") + "新华社北京2月14日电 2月14日，国家主席习近平同墨西哥总统洛佩斯互致贺电，庆祝两"
          "国建交"
          "50周年。习近平强调，中方愿同墨方一道推动中墨全面战略伙伴关系不断向前发展。",
          rel("Mexico", "2022-02-14", "message", True, CSP)),
    Probe("anniv-pe-50-en", "en", en("20211102"), "2021-11-02",
          "Xi Jinping and Peruvian President Pedro Castillo Exchange Congratulatory Messages on the 50th "
          "Anniversary of Diplomatic Relations",
          "On November 2, 2021, President Xi Jinping and President Pedro Castillo of Peru exchanged "
          "congratulatory messages on the 50th anniversary of the establishment of diplomatic relations "
          "between the two countries.",
          rel("Peru", "2021-11-02", "message", True)),
    Probe("anniv-cl-50-wangyi", "en", en("20201215"), "2020-12-15",
          "Wang Yi and Chilean Foreign Minister Andrés Allamand Exchange Congratulatory Messages on the 50th "
          "Anniversary of Diplomatic Relations",
          "On December 15, 2020, State Councilor and Foreign Minister Wang Yi and Chilean Foreign Minister "
          "Andrés Allamand exchanged congratulatory messages on the 50th anniversary of diplomatic "
          "relations.",
          rel("Chile", "2020-12-15", "message", False)),
    Probe("anniv-ve-50-big5", "zh", big5("20240628"), "2024-06-28",
          "習近平同委內瑞拉總統馬杜羅就中委建交50周年互致賀電",
          xht("2024-06-28") + "新華社北京6月28日電 6月28日，國家主席習近平同委內瑞拉總統馬杜羅互致賀電，慶祝"
          "兩國"
          "建交50周年。習近平指出，中委是全天候戰略夥伴。",
          rel("Venezuela", "2024-06-28", "message", True, "all-weather strategic partnership")),
    Probe("anniv-br-50-en-weekday", "en", xinhua("20240815"), "2024-08-15",
          "Xi, Lula exchange congratulations on 50th anniversary of China-Brazil diplomatic ties",
          xh("2024-08-15") + "BEIJING, Aug. 15 (Xinhua) -- Chinese President Xi Jinping and Brazilian "
          "President "
          "Luiz Inacio Lula da Silva exchanged congratulatory messages on Thursday to celebrate the 50th "
          "anniversary of diplomatic relations.",
          rel("Brazil", "2024-08-15", "message", True)),
    Probe("natday-ni-zh", "zh", zh("20230915"), "2023-09-15",
          "习近平致电祝贺尼加拉瓜独立202周年",
          "2023年9月15日，国家主席习近平致电尼加拉瓜总统奥尔特加，祝贺尼加拉瓜独立202周年。",
          rel("Nicaragua", "2023-09-15", "message", True)),
    Probe("natday-centam-200", "en", en("20210915"), "2021-09-15",
          "Xi Jinping Sends Congratulatory Messages to Presidents of Costa Rica, El Salvador and Nicaragua "
          "on the Bicentennial of Independence",
          "On September 15, 2021, President Xi Jinping sent congratulatory messages respectively to "
          "President "
          "Carlos Alvarado of Costa Rica, President Nayib Bukele of El Salvador and President Daniel Ortega "
          "of "
          "Nicaragua on the 200th anniversary of independence.",
          rel("multilateral", "2021-09-15", "message", True)),
    Probe("natday-governor-general", "en", en("20211101"), "2021-11-01",
          "Xi Jinping Sends Congratulatory Message to Governor-General of Antigua and Barbuda on the 40th "
          "Anniversary of Independence",
          "On November 1, 2021, President Xi Jinping sent a congratulatory message to Governor-General "
          "Rodney "
          "Williams of Antigua and Barbuda on the 40th anniversary of independence.",
          rel("Antigua and Barbuda", "2021-11-01", "message", None),
          {"head_of_state_level": (True, "a governor-general represents the head of state; the codebook "
          "lists "
                                   "President, Premier, Prime Minister")}),
    Probe("newyear-cu-zh", "zh", zh("20240101"), "2024-01-01",
          "习近平同古巴领导人劳尔、迪亚斯－卡内尔互致新年贺电",
          "2024年1月1日，中共中央总书记、国家主席习近平与古共中央第一书记、国家主席迪亚斯－卡内尔互致新年贺电"
          "，"
          "并致电古巴革命领导人劳尔·卡斯特罗。",
          rel("Cuba", "2024-01-01", "message", True)),
    Probe("anniv-ni-restore-wangyi", "zh", zh("20231210"), "2023-12-10",
          "王毅同尼加拉瓜外长蒙卡达就中尼复交两周年互致贺电",
          "2023年12月10日，中共中央政治局委员、外交部长王毅同尼加拉瓜外长蒙卡达互致贺电，庆祝两国复交两周年。",
          rel("Nicaragua", "2023-12-10", "message", False)),
    Probe("cong-cu-to-xi", "en", xinhua("20230310"), "2023-03-10",
          "Cuban president congratulates Xi on re-election as Chinese president",
          xh("2023-03-10") + "HAVANA, March 10 (Xinhua) -- Cuban President Miguel Diaz-Canel on Friday sent "
          "a "
          "congratulatory message to Xi Jinping on his re-election as president of China.",
          rel("Cuba", "2023-03-10", "message", True)),

    # ================= letters and replies, signed articles =================
    Probe("letter-reply-br-students", "en", en("20240801"), "2024-08-02",
          "Xi Jinping Replies to a Letter from Students of a Brazilian University",
          "On August 1, President Xi Jinping replied to a letter from a group of students of the University "
          "of Brasília learning Chinese, encouraging them to become envoys of China-Brazil friendship.",
          rel("Brazil", "2024-08-01", "message", False)),
    Probe("letter-reply-zh-cl", "zh", zh("20230613"), "2023-06-13",
          "习近平复信智利友好人士",
          "2023年6月13日，国家主席习近平复信智利中国友好协会会员，鼓励他们继续为增进两国人民友谊作出贡献。",
          rel("Chile", "2023-06-13", "message", False)),
    Probe("letter-president-to-xi", "en", en("20200415"), "2020-04-15",
          "Xi Jinping Replies to Letter from Argentine President Alberto Fernández",
          "On April 15, 2020, President Xi Jinping replied to a letter from President Alberto Fernández of "
          "Argentina, who thanked China for its support in fighting COVID-19.",
          rel("Argentina", "2020-04-15", "message", True)),
    Probe("article-pe-en", "en", en("20241113"), "2024-11-13",
          "Xi Jinping Publishes Signed Article in Peruvian Newspaper El Peruano",
          "On November 13, 2024, ahead of his state visit to Peru, President Xi Jinping published a signed "
          "article titled \"Letting the Light of Friendship and Cooperation Illuminate the Path\" in the "
          "Peruvian newspaper El Peruano.",
          rel("Peru", "2024-11-13", "message", False)),
    Probe("article-br-zh", "zh", zh("20241117"), "2024-11-17",
          "习近平在巴西媒体发表署名文章",
          "2024年11月17日，在赴里约热内卢出席二十国集团领导人峰会并对巴西进行国事访问之际，国家主席习近平在巴"
          "西"
          "《圣保罗页报》发表题为《命运与共 携手同行》的署名文章。",
          rel("Brazil", "2024-11-17", "message", False)),

    # ================= oral messages and greetings through envoys and ministers =================
    Probe("oral-cu-fm-meets-xi", "en", en("20231101"), "2023-11-01",
          "Xi Jinping Meets with Cuban Foreign Minister Bruno Rodríguez",
          "On November 1, 2023, President Xi Jinping met with Cuban Foreign Minister Bruno Rodríguez "
          "Parrilla at the Great Hall of the People. Rodríguez conveyed an oral message from President "
          "Miguel "
          "Díaz-Canel to President Xi Jinping. Xi Jinping asked him to convey his cordial greetings to "
          "President Díaz-Canel.",
          rel("Cuba", "2023-11-01", "meeting", False)),
    Probe("oral-cu-fm-meets-xi-zh", "zh", zh("20231101"), "2023-11-01",
          "习近平会见古巴外长罗德里格斯",
          "2023年11月1日，国家主席习近平在人民大会堂会见古巴外长罗德里格斯。罗德里格斯转达迪亚斯－卡内尔主席"
          "对习近平"
          "的口信。习近平请罗德里格斯转达对迪亚斯－卡内尔主席的亲切问候。",
          rel("Cuba", "2023-11-01", "meeting", False)),
    Probe("oral-br-envoy-amorim", "en", en("20230509"), "2023-05-09",
          "Wang Yi Meets with Celso Amorim, Chief Advisor to the Brazilian President",
          "On May 9, 2023, Wang Yi, Director of the Office of the Central Foreign Affairs Commission, met "
          "with "
          "Celso Amorim, Chief Advisor to President Luiz Inácio Lula da Silva, in Beijing. Amorim conveyed "
          "President Lula's greetings to President Xi Jinping.",
          rel("Brazil", "2023-05-09", "meeting", False)),
    Probe("oral-wangyi-calls-on-lula", "en", en("20250428"), "2025-04-29",
          "Wang Yi Meets with Brazilian President Lula",
          "On April 28, 2025 local time, Wang Yi met with President Luiz Inácio Lula da Silva in Rio de "
          "Janeiro "
          "on the sidelines of the BRICS Foreign Ministers' Meeting. Wang Yi conveyed the cordial greetings "
          "of "
          "President Xi Jinping to President Lula.",
          rel("Brazil", "2025-04-28", "meeting_on_sidelines", False)),
    Probe("oral-wangyi-meets-president-zh", "zh", zh("20240115"), "2024-01-16",
          "王毅会见牙买加总理霍尔尼斯",
          "当地时间2024年1月15日，中共中央政治局委员、外交部长王毅在金斯敦会见牙买加总理霍尔尼斯。王毅转达习"
          "近平主席"
          "对霍尔尼斯总理的亲切问候。",
          rel("Jamaica", "2024-01-15", "meeting", False)),
    Probe("oral-special-envoy-xi", "zh", zh("20230411"), "2023-04-11",
          "习近平会见巴西总统特使",
          "2023年4月11日，国家主席习近平在人民大会堂会见巴西总统特使、总统首席特别顾问阿莫林。阿莫林转达了卢"
          "拉总统"
          "对习近平主席的问候和口信。",
          rel("Brazil", "2023-04-11", "meeting", False)),
    Probe("oral-envoy-conveys-letter", "en", en("20220621"), "2022-06-22",
          "Wang Yi Receives Letter from Nicaraguan President Daniel Ortega to President Xi Jinping",
          "On June 21, 2022, State Councilor and Foreign Minister Wang Yi met in Beijing with Laureano "
          "Ortega, "
          "Special Envoy of President Daniel Ortega of Nicaragua, who handed over a letter from President "
          "Ortega to President Xi Jinping.",
          rel("Nicaragua", "2022-06-21", "meeting", False),
          {"event_type": ("meeting", "the headline is the letter's handover; the text's word is 'met'")}),

    # ================= messages and speeches to a summit or forum =================
    Probe("summit-celac-video", "en", en("20230124"), "2023-01-25",
          "Xi Jinping Delivers Video Speech at the Seventh CELAC Summit",
          "On January 24, 2023, President Xi Jinping delivered a video speech at the Seventh Summit of the "
          "Community of Latin American and Caribbean States (CELAC) held in Buenos Aires.",
          rel("multilateral", "2023-01-24", "other", False)),
    Probe("summit-celac-message", "en", en("20210918"), "2021-09-19",
          "Xi Jinping Sends Congratulatory Message to the Sixth CELAC Summit",
          "On September 18, 2021, President Xi Jinping sent a congratulatory message to the Sixth Summit of "
          "the Community of Latin American and Caribbean States (CELAC) held in Mexico City.",
          rel("multilateral", "2021-09-18", "message", False),
          {"event_type": ("message", "a message to a summit: the MFA rule lists no event-over-medium rule")}),
    Probe("summit-celac-forum-letter-zh", "zh", zh("20250513"), "2025-05-13",
          "习近平出席中国－拉共体论坛第四届部长级会议开幕式并发表主旨讲话",
          "2025年5月13日上午，中国－拉共体论坛第四届部长级会议在北京国家会议中心开幕。国家主席习近平出席开幕"
          "式并发表"
          "题为《共襄百年变局 同筑命运与共》的主旨讲话。巴西总统卢拉、哥伦比亚总统佩特罗、智利总统博里奇出席"
          "。",
          rel("multilateral", "2025-05-13", "other", None)),
    Probe("summit-business-letter", "en", en("20231121"), "2023-11-21",
          "Xi Jinping Sends Congratulatory Letter to the China-LAC Business Summit",
          "On November 21, 2023, President Xi Jinping sent a congratulatory letter to the 16th China-Latin "
          "America and the Caribbean Business Summit held in Chongqing.",
          rel("multilateral", "2023-11-21", "message", False),
          {"event_type": ("message", "a letter to a forum: message (the medium) or other (the event)")}),

    # ================= special envoys at inaugurations =================
    Probe("inaug-br-envoy-en", "en", en("20230101"), "2023-01-02",
          "Special Envoy of President Xi Jinping Vice Chairman Wang Yong Attends the Inauguration of "
          "Brazilian President Lula",
          "On January 1, 2023 local time, Wang Yong, Special Envoy of President Xi Jinping and Vice "
          "Chairman of the National Committee of the CPPCC, attended the inauguration ceremony of President "
          "Luiz Inácio Lula da Silva in Brasília.",
          rel("Brazil", "2023-01-01", "other", False)),
    Probe("inaug-mx-envoy-zh", "zh", zh("20241001"), "2024-10-02",
          "习近平主席特使出席墨西哥总统就职仪式",
          "当地时间2024年10月1日，习近平主席特使、全国政协副主席王勇在墨西哥城出席墨西哥总统辛鲍姆就职仪式。",
          rel("Mexico", "2024-10-01", "other", False)),
    Probe("inaug-envoy-meets-president", "en", en("20231210"), "2023-12-11",
          "Special Envoy of President Xi Jinping Meets with Argentine President Javier Milei",
          "On December 10, 2023 local time, Special Envoy of President Xi Jinping, Vice Chairman of the "
          "NPC Standing Committee Wu Weihua, who attended the inauguration in Buenos Aires, met "
          "with President Javier Milei.",
          rel("Argentina", "2023-12-10", "meeting", False)),
    Probe("inaug-envoy-zh-trad", "zh", big5("20220807"), "2022-08-08",
          "習近平主席特使出席哥倫比亞總統就職儀式",
          xht("2022-08-08") + "新華社波哥大8月7日電 當地時間8月7日，習近平主席特使、全國政協副主席王勇在波哥"
          "大出席"
          "哥倫比亞總統佩特羅就職儀式。",
          rel("Colombia", "2022-08-07", "other", False)),

    # ================= a state visit as a whole vs one meeting in it =================
    Probe("visit-br-arrive-en", "en", en("20241119"), "2024-11-20",
          "Xi Jinping Arrives in Brasília for State Visit to Brazil",
          "On the evening of November 19, 2024 local time, President Xi Jinping arrived in Brasília by "
          "special "
          "plane to pay a state visit to Brazil. Xi Jinping delivered a written statement upon arrival.",
          rel("Brazil", "2024-11-19", "state_visit", None)),
    Probe("visit-br-statement-zh", "zh", zh("20241119"), "2024-11-20",
          "习近平抵达巴西利亚开始对巴西进行国事访问",
          "当地时间11月19日晚，国家主席习近平乘专机抵达巴西利亚，开始对巴西联邦共和国进行国事访问。习近平发表"
          "书面讲话"
          "指出，中巴是全面战略伙伴。",
          rel("Brazil", "2024-11-19", "state_visit", None, CSP)),
    Probe("visit-br-talks", "en", en("20241120"), "2024-11-21",
          "Xi Jinping Holds Talks with Brazilian President Lula",
          "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inácio Lula "
          "da "
          "Silva at the Alvorada Palace in Brasília. The two heads of state announced the elevation of "
          "China-Brazil relations to a China-Brazil community with a shared future.",
          rel("Brazil", "2024-11-20", "talks", True, BR_2024, "upgrade")),
    Probe("visit-br-ceremony", "en", en("20241120", 12000007), "2024-11-21",
          "Lula Holds Grand Welcome Ceremony for Xi Jinping",
          "On November 20, 2024 local time, President Luiz Inácio Lula da Silva held a grand welcome "
          "ceremony "
          "for President Xi Jinping at the Alvorada Palace before their talks.",
          rel("Brazil", "2024-11-20", "other", True)),
    Probe("visit-br-banquet-zh", "zh", zh("20241120", 12000008), "2024-11-21",
          "卢拉为习近平举行欢迎宴会",
          "当地时间2024年11月20日晚，巴西总统卢拉在巴西利亚伊塔马拉蒂宫为国家主席习近平举行欢迎宴会。",
          rel("Brazil", "2024-11-20", "other", True)),
    Probe("visit-br-signing", "en", en("20241120", 12000009), "2024-11-21",
          "Xi Jinping and Lula Witness the Signing of Cooperation Documents",
          "On November 20, 2024 local time, after their talks, President Xi Jinping and President Luiz "
          "Inácio "
          "Lula da Silva jointly witnessed the signing of some 37 bilateral cooperation documents.",
          rel("Brazil", "2024-11-20", "other", True)),
    Probe("visit-br-depart", "en", en("20241121"), "2024-11-21",
          "Xi Jinping Concludes State Visit to Brazil and Returns to Beijing",
          "On November 21, 2024, President Xi Jinping returned to Beijing after attending the G20 Summit in "
          "Rio de Janeiro and paying a state visit to Brazil from November 19 to 21.",
          rel("Brazil", "2024-11-19", "state_visit", None)),
    Probe("visit-br-wangyi-brief", "zh", zh("20241122"), "2024-11-22",
          "王毅向媒体介绍习近平主席出席亚太经合组织会议和二十国集团峰会并对秘鲁、巴西进行国事访问情况",
          "2024年11月22日，中共中央政治局委员、外交部长王毅向随行记者介绍习近平主席此访情况。王毅说，11月13日"
          "至22日，"
          "习近平主席出席亚太经合组织第三十一次领导人非正式会议和二十国集团领导人第十九次峰会，并对秘鲁、巴西"
          "进行国事访问。",
          rel("multilateral", "2024-11-13", "other", False)),
    Probe("visit-br-senate-meeting", "en", en("20241120", 12000010), "2024-11-21",
          "Xi Jinping Meets with President of the Brazilian Senate Rodrigo Pacheco",
          "On November 20, 2024 local time, President Xi Jinping met with President of the Senate Rodrigo "
          "Pacheco in Brasília during his state visit to Brazil.",
          rel("Brazil", "2024-11-20", "meeting", False)),
    Probe("visit-pe-chancay", "en", en("20241114"), "2024-11-15",
          "Xi Jinping and Peruvian President Dina Boluarte Attend Inauguration Ceremony of Chancay Port via "
          "Video Link",
          "On November 14, 2024 local time, President Xi Jinping and President Dina Boluarte of Peru "
          "attended "
          "the opening ceremony of the Chancay Port via video link from the Government Palace in Lima.",
          rel("Peru", "2024-11-14", "other", True)),
    Probe("visit-pe-talks-zh", "zh", zh("20241114"), "2024-11-15",
          "习近平同秘鲁总统博鲁阿尔特会谈",
          "当地时间2024年11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特会谈。两国元首宣布，双方同意"
          "继续"
          "深化中秘全面战略伙伴关系。",
          rel("Peru", "2024-11-14", "talks", True, CSP)),
    Probe("visit-co-welcome-zh", "zh", zh("20231025"), "2023-10-25",
          "习近平为哥伦比亚总统佩特罗举行欢迎仪式",
          "2023年10月25日，国家主席习近平在人民大会堂东门外广场举行仪式，欢迎哥伦比亚总统佩特罗对中国进行国事"
          "访问。",
          rel("Colombia", "2023-10-25", "other", True)),
    Probe("visit-co-talks-en", "en", en("20231025"), "2023-10-25",
          "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
          "On October 25, 2023, President Xi Jinping held talks with President Gustavo Petro of Colombia, "
          "who "
          "is on a state visit to China. The two heads of state announced the establishment of a "
          "China-Colombia "
          "strategic partnership.",
          rel("Colombia", "2023-10-25", "talks", True, SP, "establish")),
    Probe("visit-co-announce", "en", en("20231020"), "2023-10-20",
          "Colombian President Gustavo Petro to Pay State Visit to China",
          "Foreign Ministry Spokesperson Hua Chunying announced: At the invitation of President Xi Jinping, "
          "President Gustavo Petro of Colombia will pay a state visit to China from October 24 to 28.",
          rel("Colombia", "2023-10-24", "state_visit", None)),
    Probe("visit-uy-announce-zh", "zh", zh("20231118"), "2023-11-18",
          "乌拉圭总统拉卡列将对中国进行国事访问",
          "外交部发言人宣布：应国家主席习近平邀请，乌拉圭东岸共和国总统拉卡列将于11月20日至24日对中国进行国事"
          "访问。",
          rel("Uruguay", "2023-11-20", "state_visit", None)),
    Probe("visit-uy-depart", "en", xinhua("20231124"), "2023-11-24",
          "Uruguayan president wraps up state visit to China",
          xh("2023-11-24") + "SHANGHAI, Nov. 24 (Xinhua) -- Uruguayan President Luis Lacalle Pou left "
          "Shanghai "
          "on Friday, wrapping up his state visit to China that began on Nov. 20.",
          rel("Uruguay", "2023-11-20", "state_visit", None)),
    Probe("visit-hn-castro-overview", "en", en("20230614"), "2023-06-14",
          "Honduran President Xiomara Castro Concludes State Visit to China",
          "Honduran President Iris Xiomara Castro Sarmiento concluded her state visit to China on June 14. "
          "During the visit from June 9 to 14, President Xi Jinping held talks with her and Premier Li Qiang "
          "met with her.",
          rel("Honduras", "2023-06-09", "state_visit", True)),
    Probe("visit-premier-official", "en", en("20150518"), "2015-05-18",
          "Li Keqiang Arrives in Brasília to Begin Official Visit to Brazil",
          "On May 18, 2015 local time, Premier Li Keqiang arrived in Brasília by special plane to begin an "
          "official visit to Brazil.",
          rel("Brazil", "2015-05-18", "official_visit", None)),
    Probe("visit-wangyi-official-zh", "zh", zh("20240114", 12000011), "2024-01-14",
          "王毅将访问巴西、牙买加",
          "外交部发言人宣布：应巴西外长维埃拉和牙买加外长约翰逊·史密斯邀请，中共中央政治局委员、外交部长王毅"
          "将于1月"
          "18日至22日访问巴西、牙买加。",
          rel("multilateral", "2024-01-18", "official_visit", False)),
    Probe("visit-press-appearance", "en", en("20230414", 12000012), "2023-04-15",
          "Xi Jinping and Lula Jointly Meet the Press",
          "On April 14, 2023, President Xi Jinping and President Luiz Inácio Lula da Silva of Brazil jointly "
          "met the press after their talks in Beijing.",
          rel("Brazil", "2023-04-14", "other", True)),
    Probe("visit-tea-zh", "zh", zh("20231122"), "2023-11-22",
          "习近平同乌拉圭总统拉卡列茶叙",
          "2023年11月22日，国家主席习近平在人民大会堂同乌拉圭总统拉卡列茶叙。",
          rel("Uruguay", "2023-11-22", "meeting", True),
          {"event_type": ("meeting", "a tea gathering between two heads: not 会见 but a meeting in kind")}),
    Probe("visit-liqiang-meets-zh", "zh", zh("20231121"), "2023-11-21",
          "李强会见乌拉圭总统拉卡列",
          "2023年11月21日下午，国务院总理李强在人民大会堂会见正在中国进行国事访问的乌拉圭总统拉卡列。双方同意"
          "将中乌"
          "关系提升为全面战略伙伴关系。",
          rel("Uruguay", "2023-11-21", "meeting", True, CSP, "upgrade")),
    Probe("visit-zhaoleji-meets", "en", en("20231121", 12000013), "2023-11-21",
          "Zhao Leji Meets with Uruguayan President Luis Lacalle Pou",
          "On November 21, 2023, Chairman of the NPC Standing Committee Zhao Leji met with President Luis "
          "Lacalle Pou of Uruguay, who is on a state visit to China, at the Great Hall of the People.",
          rel("Uruguay", "2023-11-21", "meeting", False)),
    Probe("visit-xi-sees-off-xh", "en", xinhua("20230415"), "2023-04-15",
          "Lula wraps up state visit to China",
          xh("2023-04-15") + "BEIJING, April 15 (Xinhua) -- Brazilian President Luiz Inacio Lula da Silva "
          "left "
          "Beijing on Saturday, concluding his state visit to China from April 12 to 15.",
          rel("Brazil", "2023-04-12", "state_visit", None)),

    # ================= a former president or a party leader =================
    Probe("former-uy-mujica", "en", en("20190520"), "2019-05-20",
          "Wang Yi Meets with Former Uruguayan President José Mujica",
          "On May 20, 2019, State Councilor and Foreign Minister Wang Yi met with former President José "
          "Mujica "
          "of Uruguay in Beijing.",
          rel("Uruguay", "2019-05-20", "meeting", False)),
    Probe("former-cl-bachelet-zh", "zh", zh("20190601"), "2019-06-01",
          "王毅会见智利前总统巴切莱特",
          "2019年6月1日，国务委员兼外交部长王毅在北京会见智利前总统巴切莱特。",
          rel("Chile", "2019-06-01", "meeting", False)),
    Probe("former-xi-meets-ex-president", "en", en("20240301"), "2024-03-01",
          "Xi Jinping Meets with Former Colombian President Ernesto Samper",
          "On March 1, 2024, President Xi Jinping met with former Colombian President Ernesto Samper at the "
          "Great Hall of the People.",
          rel("Colombia", "2024-03-01", "meeting", False)),
    Probe("party-leader-vfm", "en", en("20230905"), "2023-09-05",
          "Vice Foreign Minister Sun Weidong Meets with President of Brazil's Workers' Party",
          "On September 5, 2023, Vice Foreign Minister Sun Weidong met at the Ministry of Foreign Affairs "
          "with "
          "Gleisi Hoffmann, President of the Workers' Party of Brazil. The two sides exchanged views on "
          "China-Brazil relations.",
          rel("Brazil", "2023-09-05", "meeting", False)),
    Probe("party-leader-zh-ministry", "zh", zh("20230706"), "2023-07-06",
          "外交部副部长马朝旭会见智利社会党主席",
          "2023年7月6日，外交部副部长马朝旭在外交部会见智利社会党主席埃利萨尔德。",
          rel("Chile", "2023-07-06", "meeting", False)),
    Probe("vice-president-meets-former", "zh", zh("20230804"), "2023-08-04",
          "韩正会见洪都拉斯前总统塞拉亚",
          "2023年8月4日，国家副主席韩正在北京会见洪都拉斯前总统、自由与重建党总协调人塞拉亚。",
          rel("Honduras", "2023-08-04", "meeting", False)),

    # ================= receptions for national days and anniversaries =================
    Probe("reception-cu-natday-zh", "zh", zh("20240110"), "2024-01-10",
          "外交部副部长华春莹出席古巴驻华使馆古巴革命胜利65周年招待会",
          "2024年1月10日，外交部副部长华春莹出席古巴驻华使馆举办的庆祝古巴革命胜利65周年招待会并致辞。古巴驻"
          "华大使"
          "佩雷拉等出席。",
          rel("Cuba", "2024-01-10", "other", False)),
    Probe("reception-mx-anniv-en", "en", en("20220214", 12000014), "2022-02-15",
          "Vice Foreign Minister Xie Feng Attends Reception Marking the 50th Anniversary of China-Mexico "
          "Diplomatic Relations",
          "On February 14, 2022, Vice Foreign Minister Xie Feng attended a reception hosted by the Mexican "
          "Embassy in China to mark the 50th anniversary of diplomatic relations, and delivered a speech.",
          rel("Mexico", "2022-02-14", "other", False)),
    Probe("reception-lac-envoys", "zh", zh("20231201"), "2023-12-01",
          "王毅出席拉美和加勒比国家驻华使节新年招待会",
          "2023年12月1日，中共中央政治局委员、外交部长王毅出席拉美和加勒比国家驻华使节招待会并致辞，阿根廷、"
          "巴西、"
          "古巴、墨西哥等国驻华使节出席。",
          rel("multilateral", "2023-12-01", "other", False)),
    Probe("reception-chinese-embassy-only", "zh", embassy("mx", "20240926", "chn"), "2024-09-26",
          "驻墨西哥大使张润举办国庆75周年招待会",
          "2024年9月26日，驻墨西哥大使张润在墨西哥城举办庆祝中华人民共和国成立75周年招待会，墨西哥各界人士出"
          "席。",
          NO),
    Probe("reception-en-cuba-vfm", "en", en("20190110"), "2019-01-10",
          "Vice Foreign Minister Qin Gang Attends Reception Celebrating the 60th Anniversary of the Triumph "
          "of the Cuban Revolution",
          "On January 10, 2019, Vice Foreign Minister Qin Gang attended a reception held by the Cuban "
          "Embassy "
          "in China celebrating the 60th anniversary of the triumph of the Cuban Revolution.",
          rel("Cuba", "2019-01-10", "other", False)),

    # ================= copies on embassy sites =================
    Probe("emb-ar-message", "en", embassy("ar", "20220219"), "2022-02-21",
          "President Xi Jinping and President Alberto Fernández Exchange Congratulatory Messages",
          "On February 19, 2022, President Xi Jinping and President Alberto Fernández of Argentina exchanged "
          "congratulatory messages on the 50th anniversary of diplomatic relations between China and "
          "Argentina.",
          rel("Argentina", "2022-02-19", "message", True)),
    Probe("emb-cl-condolence-zh", "zh", embassy("cl", "20240206", "chn"), "2024-02-06",
          "习近平主席就智利森林火灾向博里奇总统致慰问电",
          "2024年2月5日，国家主席习近平就智利中部地区发生严重森林火灾向智利总统博里奇致慰问电。",
          rel("Chile", "2024-02-05", "message", True)),
    Probe("emb-pe-article", "en", embassy("pe", "20241113"), "2024-11-14",
          "President Xi Jinping's Signed Article in El Peruano",
          "On November 13, 2024, President Xi Jinping published a signed article in the Peruvian newspaper "
          "El "
          "Peruano ahead of his state visit to Peru.",
          rel("Peru", "2024-11-13", "message", False)),
    Probe("emb-ec-reception-ambassador", "en", embassy("ec", "20231010"), "2023-10-10",
          "Chinese Embassy in Ecuador Holds Reception for the 43rd Anniversary of Diplomatic Relations",
          "On October 10, Ambassador Chen Guoyou hosted a reception in Quito to celebrate the anniversary of "
          "diplomatic relations between China and Ecuador.",
          NO),

    # ================= more Chinese pages (simplified and traditional) =================
    Probe("zh-cong-co-petro", "zh", zh("20220620"), "2022-06-20",
          "习近平致电祝贺佩特罗当选哥伦比亚总统",
          "2022年6月20日，国家主席习近平致电佩特罗，祝贺他当选哥伦比亚共和国总统。",
          rel("Colombia", "2022-06-20", "message", None),
          {"head_of_state_level": (False, PRESIDENT_ELECT)}),
    Probe("zh-cong-co-petro-inaug", "zh", zh("20220807"), "2022-08-07",
          "习近平致电祝贺佩特罗就任哥伦比亚总统",
          "2022年8月7日，国家主席习近平致电佩特罗，祝贺他就任哥伦比亚共和国总统。",
          rel("Colombia", "2022-08-07", "message", True)),
    Probe("zh-cong-bo-arce", "zh", xinhua_zh("20201109"), "2020-11-09",
          "习近平致电祝贺阿尔塞就任玻利维亚总统",
          xhz("2020-11-09") + "新华社北京11月9日电 国家主席习近平9日致电阿尔塞，祝贺他就任多民族玻利维亚国总"
          "统。习近平"
          "指出，中玻建立战略伙伴关系以来，两国关系保持良好发展势头。",
          rel("Bolivia", "2020-11-09", "message", True, SP)),
    Probe("zh-trad-cong-ec", "zh", big5("20231123"), "2023-11-23",
          "習近平致電祝賀諾沃亞就任厄瓜多爾總統",
          xht("2023-11-23") + "新華社北京11月23日電 國家主席習近平23日致電諾沃亞，祝賀他就任厄瓜多爾共和國總"
          "統。",
          rel("Ecuador", "2023-11-23", "message", True)),
    Probe("zh-cond-trad-cl", "zh", big5("20240205"), "2024-02-05",
          "習近平就智利森林火災向智利總統博里奇致慰問電",
          xht("2024-02-05") + "新華社北京2月5日電 國家主席習近平5日就智利中部地區發生森林火災向智利總統博里奇"
          "致慰問電。",
          rel("Chile", "2024-02-05", "message", True)),
    Probe("zh-liqiang-cong-tt", "zh", zh("20250505"), "2025-05-05",
          "李强致电祝贺珀萨德－比塞萨尔就任特立尼达和多巴哥总理",
          "2025年5月5日，国务院总理李强致电珀萨德－比塞萨尔，祝贺她就任特立尼达和多巴哥共和国总理。",
          rel("Trinidad and Tobago", "2025-05-05", "message", True)),
    Probe("zh-hanzheng-cond-zh", "zh", zh("20240206"), "2024-02-06",
          "韩正就智利森林火灾向智利驻华大使馆致唁",
          "2024年2月6日，国家副主席韩正前往智利驻华使馆，对智利森林火灾遇难者表示哀悼。",
          rel("Chile", "2024-02-06", "other", False),
          {"event_type": ("other", "a visit to an embassy to mourn: a ceremony, not a meeting or message")}),
    Probe("zh-wangyi-letter-reply", "zh", zh("20210730"), "2021-07-30",
          "王毅复信巴西外长",
          "2021年7月30日，国务委员兼外交部长王毅复信巴西外长弗朗萨，感谢巴方对中方的支持。",
          rel("Brazil", "2021-07-30", "message", False)),
    Probe("zh-xi-oral-via-wangyi", "zh", zh("20240423"), "2024-04-24",
          "王毅会见巴西总统卢拉",
          "当地时间2024年4月23日，中共中央政治局委员、外交部长王毅在巴西利亚会见巴西总统卢拉。王毅转达了习近"
          "平主席对"
          "卢拉总统的亲切问候和口信。",
          rel("Brazil", "2024-04-23", "meeting", False)),
    Probe("zh-visit-arrive-lima", "zh", xinhua_zh("20241114"), "2024-11-15",
          "习近平抵达利马出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问",
          xhz("2024-11-15") + "新华社利马11月14日电 当地时间11月14日下午，国家主席习近平乘专机抵达利马，出席"
          "亚太经合"
          "组织第三十一次领导人非正式会议并对秘鲁进行国事访问。",
          rel("Peru", "2024-11-14", "state_visit", None)),
    Probe("zh-visit-signing-co", "zh", zh("20231025", 12000015), "2023-10-25",
          "习近平同哥伦比亚总统佩特罗共同见证合作文件签署",
          "2023年10月25日，国家主席习近平同哥伦比亚总统佩特罗会谈后，两国元首共同见证签署经贸、农业、教育等领"
          "域多项"
          "双边合作文件。",
          rel("Colombia", "2023-10-25", "other", True)),
    Probe("zh-banquet-beijing", "zh", zh("20230414", 12000016), "2023-04-14",
          "习近平和夫人彭丽媛为巴西总统卢拉举行欢迎宴会",
          "2023年4月14日晚，国家主席习近平和夫人彭丽媛在人民大会堂金色大厅举行宴会，欢迎来华进行国事访问的巴"
          "西总统卢拉"
          "及夫人。",
          rel("Brazil", "2023-04-14", "other", True)),
    Probe("zh-ho-signing-communique", "zh", zh("20230326"), "2023-03-26",
          "中华人民共和国和洪都拉斯共和国建立外交关系",
          "2023年3月26日，外交部长秦刚同洪都拉斯外长雷纳在北京举行会谈，并签署《中华人民共和国和洪都拉斯"
          "共和国关于建立外交关系的联合公报》。",
          rel("Honduras", "2023-03-26", "talks", False),
          {"event_type": ("talks", "a page on signing a communiqué after talks: talks or other")}),

    # ================= more English pages on fmprc and copies =================
    Probe("en-cong-cr-chaves", "en", en("20220508"), "2022-05-09",
          "Xi Jinping Sends Congratulatory Message to Rodrigo Chaves on His Inauguration as President of "
          "Costa "
          "Rica",
          "On May 8, 2022, President Xi Jinping sent a congratulatory message to Rodrigo Chaves Robles on "
          "his "
          "inauguration as President of the Republic of Costa Rica. Xi Jinping noted that China and Costa "
          "Rica are strategic partners.",
          rel("Costa Rica", "2022-05-08", "message", True, SP)),
    Probe("en-cong-uy-orsi-weekday", "en", xinhua("20250301"), "2025-03-01",
          "Xi congratulates Yamandu Orsi on assuming office as Uruguayan president",
          xh("2025-03-01") + "BEIJING, March 1 (Xinhua) -- Chinese President Xi Jinping on Saturday sent a "
          "congratulatory message to Yamandu Orsi on his inauguration as president of Uruguay.",
          rel("Uruguay", "2025-03-01", "message", True)),
    Probe("en-cong-dr-abinader", "en", en("20240816"), "2024-08-16",
          "Xi Jinping Congratulates Luis Abinader on His Inauguration for a Second Term as President of the "
          "Dominican Republic",
          "On August 16, 2024, President Xi Jinping sent a congratulatory message to Luis Abinader on his "
          "inauguration for a second term as President of the Dominican Republic.",
          rel("Dominican Republic", "2024-08-16", "message", True)),
    Probe("en-cond-ec-prison", "en", en("20210930"), "2021-09-30",
          "Wang Yi Sends Message of Condolence to Ecuadorian Foreign Minister",
          "On September 30, 2021, State Councilor and Foreign Minister Wang Yi sent a message of condolence "
          "to "
          "Foreign Minister Mauricio Montalvo of Ecuador over the deadly riot in a prison in Guayaquil.",
          rel("Ecuador", "2021-09-30", "message", False)),
    Probe("en-message-wangyi-celac-fm", "en", en("20210903"), "2021-09-03",
          "Wang Yi Sends Written Speech to the China-CELAC Forum Ministerial Video Conference",
          "On September 3, 2021, State Councilor and Foreign Minister Wang Yi delivered a written speech to "
          "the "
          "special video conference of foreign ministers of China and CELAC countries.",
          rel("multilateral", "2021-09-03", "other", False),
          {"event_type": ("other", "a written speech to a ministerial meeting: a speech at it (other) or a "
          "message")}),
    Probe("en-cond-xi-pope-not-lac", "en", en("20250421"), "2025-04-21",
          "Foreign Ministry Spokesperson's Remarks on the Passing of Pope Francis",
          "China expresses condolences over the passing of Pope Francis, who was born in Buenos Aires.",
          NO),
    Probe("en-liqiang-cong-bb", "en", en("20220121"), "2022-01-21",
          "Li Keqiang Sends Congratulatory Message to Mia Mottley on Her Re-election as Prime Minister of "
          "Barbados",
          "On January 21, 2022, Premier Li Keqiang sent a congratulatory message to Mia Amor Mottley on her "
          "re-election as Prime Minister of Barbados.",
          rel("Barbados", "2022-01-21", "message", True)),
    Probe("en-reply-lula-letter-cd", "en", chinadaily("20200901"), "2020-09-01",
          "Xi replies to letter from Brazilian president",
          cd("2020-09-01") + "BEIJING -- President Xi Jinping on Tuesday replied to a letter from Brazilian "
          "President Jair Bolsonaro, saying China is willing to strengthen cooperation against the pandemic.",
          rel("Brazil", "2020-09-01", "message", True)),
    Probe("en-visit-cuba-overview-xh", "en", xinhua("20140723"), "2014-07-23",
          "Xi wraps up Latin America tour, returns home",
          xh("2014-07-23") + "BEIJING, July 23 (Xinhua) -- Chinese President Xi Jinping returned to Beijing "
          "Wednesday after a Latin America tour that took him to Brazil, Argentina, Venezuela and Cuba from "
          "July 15 to 23.",
          rel("multilateral", "2014-07-15", "state_visit", None)),
    Probe("en-visit-ar-ceremony", "en", en("20140718"), "2014-07-19",
          "Cristina Fernández de Kirchner Holds Grand Welcome Ceremony for Xi Jinping",
          "On July 18, 2014 local time, President Cristina Fernández de Kirchner held a grand welcome "
          "ceremony "
          "for President Xi Jinping at the Casa Rosada in Buenos Aires.",
          rel("Argentina", "2014-07-18", "other", True)),
    Probe("en-visit-ar-talks-upgrade", "en", en("20140718", 12000017), "2014-07-19",
          "Xi Jinping Holds Talks with President Cristina Fernández de Kirchner of Argentina",
          "On July 18, 2014 local time, President Xi Jinping held talks with President Cristina Fernández de "
          "Kirchner in Buenos Aires. The two heads of state agreed to elevate bilateral relations to a "
          "comprehensive strategic partnership.",
          rel("Argentina", "2014-07-18", "talks", True, CSP, "upgrade")),
    Probe("en-ambassador-credentials-not", "en", embassy("cu", "20230510"), "2023-05-10",
          "Ambassador Ma Hui Presents Copy of Credentials to Cuban Foreign Ministry",
          "On May 10, Chinese Ambassador to Cuba Ma Hui presented a copy of his credentials to the Chief of "
          "Protocol of the Cuban Ministry of Foreign Affairs.",
          NO),
    Probe("en-greetings-at-meeting-vp", "en", en("20230615"), "2023-06-15",
          "Vice President Han Zheng Meets with Honduran Foreign Minister Eduardo Enrique Reina",
          "On June 15, 2023, Vice President Han Zheng met with Honduran Foreign Minister Eduardo Enrique "
          "Reina, "
          "who conveyed President Xiomara Castro's greetings to President Xi Jinping.",
          rel("Honduras", "2023-06-15", "meeting", False)),
    Probe("en-message-ni-restore-xh", "en", xinhua("20211210"), "2021-12-10",
          "China, Nicaragua resume diplomatic relations",
          xh("2021-12-10") + "TIANJIN, Dec. 10 (Xinhua) -- China and Nicaragua on Friday signed a joint "
          "communique on the resumption of diplomatic relations in the northern Chinese city of Tianjin. The "
          "communique was signed by Vice Foreign Minister Ma Zhaoxu and Laureano Ortega Murillo, adviser for "
          "investment, trade and international cooperation of the Nicaraguan president.",
          rel("Nicaragua", "2021-12-10", "other", False),
          {"event_type": ("other", "a signing ceremony both attend (other) or the communiqué "
          "(joint_statement)")}),
    # ================= batch 2 (still blind): harder boundaries =================
    Probe("b2-cond-echeverria", "en", en("20220709"), "2022-07-10",
          "Xi Jinping Sends Message of Condolence to Mexican President Andrés Manuel López Obrador over the "
          "Passing of Former President Luis Echeverría",
          "On July 9, 2022, President Xi Jinping sent a message of condolence to President Andrés Manuel "
          "López "
          "Obrador of Mexico over the passing of former President Luis Echeverría, who established "
          "diplomatic "
          "relations with China.",
          rel("Mexico", "2022-07-09", "message", True)),
    Probe("b2-sympathy-lula-health", "en", xinhua("20241211"), "2024-12-11",
          "Xi sends message of sympathy to Brazilian president after surgery",
          xh("2024-12-11") + "BEIJING, Dec. 11 (Xinhua) -- Chinese President Xi Jinping on Wednesday sent a "
          "message to Brazilian President Luiz Inacio Lula da Silva, wishing him a speedy recovery after his "
          "emergency surgery.",
          rel("Brazil", "2024-12-11", "message", True)),
    Probe("b2-lac-to-china-cond", "en", xinhua("20231219"), "2023-12-19",
          "Lula sends condolences to Xi over Gansu earthquake",
          xh("2023-12-19") + "BRASILIA, Dec. 19 (Xinhua) -- Brazilian President Luiz Inacio Lula da Silva on "
          "Tuesday sent a message of condolences to Chinese President Xi Jinping over the deadly earthquake "
          "that struck northwest China's Gansu Province.",
          rel("Brazil", "2023-12-19", "message", True)),
    Probe("b2-cong-party-first-secretary", "en", en("20210419"), "2021-04-19",
          "Xi Jinping Sends Congratulatory Message to Miguel Díaz-Canel on His Election as First Secretary "
          "of "
          "the Central Committee of the Communist Party of Cuba",
          "On April 19, 2021, General Secretary of the CPC Central Committee and President Xi Jinping sent a "
          "congratulatory message to Miguel Díaz-Canel Bermúdez, President of the Republic of Cuba, on his "
          "election as First Secretary of the Central Committee of the Communist Party of Cuba.",
          rel("Cuba", "2021-04-19", "message", True)),
    Probe("b2-reply-rijian", "zh", zh("20240920"), "2024-09-20",
          "习近平复信巴西青年代表",
          "日前，国家主席习近平复信巴西青年代表，鼓励他们为中巴友好贡献力量。",
          rel("Brazil", None, "message", False)),
    Probe("b2-reply-recently-en", "en", en("20240920", 12000101), "2024-09-20",
          "Xi Jinping Replies to a Letter from Mexican Students",
          "President Xi Jinping recently replied to a letter from Mexican students studying Chinese, "
          "encouraging them to learn more about China.",
          rel("Mexico", None, "message", False)),
    Probe("b2-newyear-across-year", "en", en("20250102", 12000103), "2025-01-02",
          "Xi Jinping and Cuban President Díaz-Canel Exchange New Year Greetings",
          "On December 31, 2024, President Xi Jinping and President Miguel Díaz-Canel Bermúdez of Cuba "
          "exchanged New Year greetings.",
          rel("Cuba", "2024-12-31", "message", True)),
    Probe("b2-credentials-one-lac", "en", en("20230510", 12000104), "2023-05-10",
          "Xi Jinping Accepts Credentials Presented by New Ambassadors",
          "On May 10, 2023, President Xi Jinping accepted the credentials presented by new ambassadors to "
          "China at the Great Hall of the People, among them Ambassador of Uruguay Fernando Lugris and the "
          "ambassadors of Greece and Kenya.",
          rel("Uruguay", "2023-05-10", "other", False)),
    Probe("b2-preview-vfm-briefing", "en", en("20241112", 12000105), "2024-11-12",
          "Vice Foreign Minister Ma Zhaoxu Briefs the Media on President Xi Jinping's Attendance at APEC and "
          "State Visit to Peru",
          "On November 12, 2024, Vice Foreign Minister Ma Zhaoxu briefed the media on President Xi Jinping's "
          "trip. From November 13 to 17, President Xi Jinping will attend the 31st APEC Economic Leaders' "
          "Meeting in Lima and pay a state visit to Peru.",
          rel("Peru", "2024-11-13", "other", False)),
    Probe("b2-leaves-beijing-zh", "zh", zh("20241113", 12000106), "2024-11-13",
          "习近平离京出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问",
          "11月13日上午，国家主席习近平乘专机离开北京，应邀出席在利马举行的亚太经合组织第三十一次领导人非正式"
          "会议并对秘鲁进行国事访问。",
          rel("Peru", "2024-11-13", "state_visit", None)),
    Probe("b2-pm-visit-official", "en", en("20241011", 12000107), "2024-10-11",
          "Prime Minister of Barbados Mia Mottley Visits China",
          "Foreign Ministry Spokesperson announced: at the invitation of Premier Li Qiang, Prime Minister of "
          "Barbados Mia Amor Mottley will visit China from October 14 to 19.",
          rel("Barbados", "2024-10-14", "official_visit", None)),
    Probe("b2-hn-visit-unnamed", "zh", zh("20230605", 12000108), "2023-06-05",
          "洪都拉斯总统卡斯特罗将访华",
          "外交部发言人宣布：应国家主席习近平邀请，洪都拉斯共和国总统希奥马拉·卡斯特罗将于6月9日至14日访华。",
          rel("Honduras", "2023-06-09", "state_visit", None)),
    Probe("b2-small-scope-talks", "en", en("20241120", 12000109), "2024-11-21",
          "Xi Jinping and Lula Hold Small-Group Talks",
          "On November 20, 2024 local time, President Xi Jinping and President Luiz Inácio Lula da Silva "
          "held "
          "talks in a small setting at the Alvorada Palace.",
          rel("Brazil", "2024-11-20", "talks", True)),
    Probe("b2-medal-ve", "en", en("20140720", 12000110), "2014-07-21",
          "Maduro Confers the Order of the Liberator on Xi Jinping",
          "On July 20, 2014 local time, President Nicolás Maduro of Venezuela conferred the Order of the "
          "Liberator, the country's highest honour, on President Xi Jinping at the Miraflores Palace in "
          "Caracas.",
          rel("Venezuela", "2014-07-20", "other", True)),
    Probe("b2-wreath-bolivar", "zh", zh("20140720", 12000111), "2014-07-21",
          "习近平向委内瑞拉民族英雄玻利瓦尔墓敬献花圈",
          "当地时间2014年7月20日，国家主席习近平在加拉加斯向委内瑞拉民族英雄玻利瓦尔墓敬献花圈。委内瑞拉总统"
          "马杜罗陪同。",
          rel("Venezuela", "2014-07-20", "other", True),
          {"head_of_state_level": (True, "the host head accompanies a wreath-laying: both attend")}),
    Probe("b2-arrival-statement-text", "en", en("20241114", 12000112), "2024-11-15",
          "Written Statement by President Xi Jinping upon Arrival in Lima",
          "On November 14, 2024 local time, President Xi Jinping arrived in Lima. The following is his "
          "written statement upon arrival: I am delighted to come to Lima for the APEC meeting and a state "
          "visit to Peru, a comprehensive strategic partner of China.",
          rel("Peru", "2024-11-14", "state_visit", None, CSP),
          {"event_type": ("state_visit", "the text of an arrival statement: the visit's arrival or a "
          "message")}),
    Probe("b2-banquet-lima", "en", en("20241114", 12000113), "2024-11-16",
          "Xi Jinping Attends Welcome Banquet Hosted by Peruvian President Dina Boluarte",
          "On the evening of November 15, 2024 local time, President Xi Jinping attended the welcome banquet "
          "hosted by President Dina Boluarte at the Government Palace in Lima.",
          rel("Peru", "2024-11-15", "other", True)),
    Probe("b2-ceremony-lima-zh", "zh", zh("20241114", 12000114), "2024-11-15",
          "博鲁阿尔特为习近平举行隆重欢迎仪式",
          "当地时间11月14日，秘鲁总统博鲁阿尔特在利马总统府为国家主席习近平举行隆重欢迎仪式。",
          rel("Peru", "2024-11-14", "other", True)),
    Probe("b2-signing-liqiang-bb", "en", en("20241015", 12000115), "2024-10-15",
          "Li Qiang and Prime Minister Mia Mottley Witness the Signing of Cooperation Documents",
          "On October 15, 2024, Premier Li Qiang and Prime Minister Mia Amor Mottley of Barbados witnessed "
          "the "
          "signing of bilateral cooperation documents after their talks.",
          rel("Barbados", "2024-10-15", "other", True)),
    Probe("b2-envoy-meets-lula-zh", "zh", zh("20230101", 12000116), "2023-01-02",
          "习近平主席特使王勇会见巴西总统卢拉",
          "当地时间2023年1月1日，习近平主席特使、全国政协副主席王勇在巴西利亚出席巴西总统卢拉就职仪式后会见卢"
          "拉。",
          rel("Brazil", "2023-01-01", "meeting", False)),
    Probe("b2-wangyi-condolence-book", "en", en("20161128", 12000117), "2016-11-29",
          "Wang Yi Signs Condolence Book at the Cuban Embassy for Fidel Castro",
          "On November 28, 2016, Foreign Minister Wang Yi went to the Cuban Embassy in Beijing to mourn "
          "Fidel "
          "Castro and signed the condolence book.",
          rel("Cuba", "2016-11-28", "other", False),
          {"relevant": (True, "a minister mourning at a LAC embassy: an exchange with its actors or none"),
           "event_type": ("other", "a condolence book signed at an embassy: a ceremony or a written "
           "condolence")}),
    Probe("b2-joint-statement-co", "en", en("20231026", 12000118), "2023-10-26",
          "Joint Statement between the People's Republic of China and the Republic of Colombia on the "
          "Establishment of a Strategic Partnership",
          "At the invitation of President Xi Jinping, President Gustavo Petro of Colombia paid a state visit "
          "to "
          "China from October 24 to 28, 2023. The two heads of state decided to establish a strategic "
          "partnership between China and Colombia.",
          rel("Colombia", "2023-10-24", "joint_statement", True, SP, "establish")),
    Probe("b2-message-to-forum-zh", "zh", zh("20240915", 12000119), "2024-09-15",
          "习近平向中拉基础设施合作论坛致贺信",
          "2024年9月15日，国家主席习近平向第十届中国－拉美和加勒比基础设施合作论坛致贺信。",
          rel("multilateral", "2024-09-15", "message", False),
          {"event_type": ("message", "a letter to a forum: message (the medium) or other (the event)")}),
    Probe("b2-wangyi-written-message-ministerial", "zh", zh("20250513", 12000120), "2025-05-13",
          "王毅同出席中拉论坛部长级会议的拉美国家外长举行会见",
          "2025年5月13日，中共中央政治局委员、外交部长王毅在北京分别会见来华出席中拉论坛第四届部长级会议的"
          "乌拉圭、哥伦比亚、智利外长。",
          rel("multilateral", "2025-05-13", "meeting_on_sidelines", False)),
    Probe("b2-meet-former-zh-trad", "zh", big5("20190520"), "2019-05-20",
          "王毅會見烏拉圭前總統穆希卡",
          xht("2019-05-20") + "新華社北京5月20日電 國務委員兼外長王毅20日在北京會見烏拉圭前總統穆希卡。",
          rel("Uruguay", "2019-05-20", "meeting", False)),
    Probe("b2-party-leader-meets-wangyi", "en", en("20240612", 12000121), "2024-06-12",
          "Wang Yi Meets with Secretary General of the Socialist Party of Chile",
          "On June 12, 2024, Wang Yi, Director of the Office of the Central Commission for Foreign Affairs, "
          "met "
          "with a delegation of the Socialist Party of Chile led by its President Paulina Vodanovic.",
          rel("Chile", "2024-06-12", "meeting", False)),
    Probe("b2-reception-vfm-national-day-en", "en", en("20230915", 12000122), "2023-09-16",
          "Vice Foreign Minister Hua Chunying Attends Mexico's National Day Reception",
          "On September 15, 2023, Vice Foreign Minister Hua Chunying attended the reception held by the "
          "Embassy of Mexico in China to celebrate the 213th anniversary of Mexico's independence.",
          rel("Mexico", "2023-09-15", "other", False)),
    Probe("b2-ambassador-delivers-letter", "en", embassy("ar", "20240115"), "2024-01-15",
          "Ambassador Wang Wei Meets with Argentine Foreign Minister Diana Mondino",
          "On January 15, Chinese Ambassador to Argentina Wang Wei met with Foreign Minister Diana Mondino "
          "and exchanged views on bilateral relations.",
          NO),
    Probe("b2-message-via-oral-headline", "en", en("20150617", 12000123), "2015-06-17",
          "Xi Jinping Receives Oral Message from Venezuelan President Nicolás Maduro",
          "On June 17, 2015, President Xi Jinping met with Venezuelan Foreign Minister Delcy Rodríguez, who "
          "conveyed an oral message from President Nicolás Maduro.",
          rel("Venezuela", "2015-06-17", "meeting", False),
          {"event_type": ("meeting", "the headline names the oral message, the text's word is 'met'")}),
    Probe("b2-exchange-messages-pm-zh", "zh", zh("20220127", 12000124), "2022-01-27",
          "李克强同巴巴多斯总理莫特利互致贺电",
          "2022年1月27日，国务院总理李克强同巴巴多斯总理莫特利互致贺电，庆祝两国建交45周年。",
          rel("Barbados", "2022-01-27", "message", True)),
    Probe("b2-cond-several-zh", "zh", zh("20240703", 12000125), "2024-07-03",
          "习近平就飓风灾害分别向格林纳达、圣文森特和格林纳丁斯领导人致慰问电",
          "2024年7月3日，国家主席习近平就飓风“贝丽尔”造成严重损失分别向格林纳达总理米切尔、圣文森特和格林"
          "纳丁斯总理冈萨尔维斯致慰问电。",
          rel("multilateral", "2024-07-03", "message", True)),
    Probe("b2-cong-vp-elect", "en", en("20230823", 12000126), "2023-08-23",
          "Vice President Han Zheng Sends Congratulatory Message to Vice President of Ecuador",
          "On August 23, 2023, Vice President Han Zheng sent a congratulatory message to Vice President "
          "Alfredo Borrero of Ecuador.",
          rel("Ecuador", "2023-08-23", "message", False)),
    Probe("b2-speech-at-celac-forum-xi-letter", "en", en("20150108", 12000127), "2015-01-08",
          "Xi Jinping Attends Opening Ceremony of First Ministerial Meeting of China-CELAC Forum",
          "On January 8, 2015, President Xi Jinping attended the opening ceremony of the First Ministerial "
          "Meeting of the China-CELAC Forum at the Great Hall of the People and delivered an important "
          "speech. "
          "President Nicolás Maduro of Venezuela and President Rafael Correa of Ecuador attended.",
          rel("multilateral", "2015-01-08", "other", None)),
    # ================= batch 3 (written after reading the code): the same classes in other dress ======
    Probe("b3-zh-cong-first-secretary", "zh", zh("20210419", 12000301), "2021-04-19",
          "习近平致电祝贺迪亚斯－卡内尔当选古巴共产党中央委员会第一书记",
          "2021年4月19日，中共中央总书记、国家主席习近平致电古巴国家主席迪亚斯－卡内尔，祝贺他当选古巴共产党"
          "中央委员会第一书记。",
          rel("Cuba", "2021-04-19", "message", True)),
    Probe("b3-zh-reply-president", "zh", zh("20200415", 12000302), "2020-04-15",
          "习近平复信阿根廷总统费尔南德斯",
          "2020年4月15日，国家主席习近平复信阿根廷总统费尔南德斯，感谢他对中国抗击疫情的支持。",
          rel("Argentina", "2020-04-15", "message", True)),
    Probe("b3-zh-reply-association", "zh", zh("20230613", 12000303), "2023-06-13",
          "习近平复信墨西哥中国友好协会成员",
          "2023年6月13日，国家主席习近平复信墨西哥中国友好协会成员，鼓励他们继续为中墨友好作出贡献。",
          rel("Mexico", "2023-06-13", "message", False)),
    Probe("b3-zh-exchange-pm-tt", "zh", zh("20240620", 12000304), "2024-06-20",
          "习近平同特立尼达和多巴哥总理罗利就两国建交50周年互致贺电",
          "2024年6月20日，国家主席习近平同特立尼达和多巴哥总理罗利互致贺电，庆祝两国建交50周年。",
          rel("Trinidad and Tobago", "2024-06-20", "message", True)),
    Probe("b3-zh-envoy-inaug-trad", "zh", big5("20241001"), "2024-10-02",
          "習近平主席特使王勇出席墨西哥總統就職儀式",
          xht("2024-10-02") + "新華社墨西哥城10月1日電 當地時間10月1日，習近平主席特使、全國政協副主席王勇在"
          "墨西哥城"
          "出席墨西哥總統辛鮑姆就職儀式。",
          rel("Mexico", "2024-10-01", "other", False)),
    Probe("b3-en-envoy-announce", "en", en("20240926", 12000305), "2024-09-26",
          "President Xi Jinping's Special Envoy Wang Yong to Attend the Inauguration of Mexican President",
          "Foreign Ministry Spokesperson announced: at the invitation of the Government of Mexico, Vice "
          "Chairman of the CPPCC National Committee Wang Yong will attend, as President Xi Jinping's special "
          "envoy, the inauguration of President Claudia Sheinbaum in Mexico City on October 1.",
          rel("Mexico", "2024-10-01", "other", False)),
    Probe("b3-zh-special-envoy-meets-xi", "zh", zh("20240514", 12000306), "2024-05-14",
          "习近平会见墨西哥总统特使",
          "2024年5月14日，国家主席习近平在人民大会堂会见墨西哥总统特使、外长巴尔塞纳。",
          rel("Mexico", "2024-05-14", "meeting", False)),
    Probe("b3-zh-video-speech-celac", "zh", zh("20230124", 12000307), "2023-01-25",
          "习近平向拉共体第七届峰会发表视频致辞",
          "当地时间2023年1月24日，拉美和加勒比国家共同体第七届峰会在阿根廷布宜诺斯艾利斯举行。国家主席习近平"
          "应邀"
          "以视频方式致辞。",
          rel("multilateral", "2023-01-24", "other", False)),
    Probe("b3-xhz-return-beijing", "zh", xinhua_zh("20241122"), "2024-11-22",
          "习近平结束出席亚太经合组织会议和二十国集团峰会并对秘鲁、巴西国事访问回到北京",
          xhz("2024-11-22") + "新华社北京11月22日电 11月22日上午，国家主席习近平结束出席亚太经合组织第三十一"
          "次领导人"
          "非正式会议和二十国集团领导人第十九次峰会并对秘鲁、巴西国事访问，回到北京。",
          rel("multilateral", None, "state_visit", None),
          {"event_date": ("2024-11-22", "a return page naming no first day: the only day is the return")}),
    Probe("b3-en-wangyi-success", "en", en("20241121", 12000308), "2024-11-22",
          "Wang Yi: President Xi Jinping's State Visit to Brazil a Complete Success",
          "On November 21, 2024, Foreign Minister Wang Yi briefed the press on President Xi Jinping's state "
          "visit to Brazil from November 19 to 21, calling it a complete success.",
          rel("Brazil", "2024-11-19", "other", False)),
    Probe("b3-en-wangyi-hn-anniv", "en", en("20240326", 12000309), "2024-03-26",
          "Wang Yi and Honduran Foreign Minister Eduardo Enrique Reina Exchange Congratulatory Messages on "
          "the First Anniversary of Diplomatic Relations",
          "On March 26, 2024, Foreign Minister Wang Yi and Foreign Minister Eduardo Enrique Reina of "
          "Honduras "
          "exchanged congratulatory messages on the first anniversary of the establishment of diplomatic "
          "relations.",
          rel("Honduras", "2024-03-26", "message", False)),
    Probe("b3-en-ag-pm", "en", en("20231101", 12000310), "2023-11-01",
          "Li Qiang Sends Congratulatory Message to Gaston Browne on the Anniversary of Independence",
          "On November 1, 2023, Premier Li Qiang sent a congratulatory message to Gaston Browne, Prime "
          "Minister "
          "of Antigua and Barbuda, on the 42nd anniversary of independence.",
          rel("Antigua and Barbuda", "2023-11-01", "message", True)),
    Probe("b3-zh-zhaoleji-cu-assembly", "zh", zh("20230419", 12000311), "2023-04-19",
          "赵乐际致电祝贺拉索连任古巴全国人大主席",
          "2023年4月19日，全国人大常委会委员长赵乐际致电拉索，祝贺他连任古巴全国人民政权代表大会主席。",
          rel("Cuba", "2023-04-19", "message", False)),
    Probe("b3-en-thursday-printed", "en", en("20210506", 12000312), "2021-05-06",
          "Xi Jinping Sends Message of Condolence to Mexican President over Metro Accident",
          "President Xi Jinping on Thursday sent a message of condolence to President Andrés Manuel López "
          "Obrador of Mexico over the collapse of a metro overpass in Mexico City.",
          rel("Mexico", "2021-05-06", "message", True)),
    Probe("b3-trad-former-president-death", "zh", big5("20240912"), "2024-09-12",
          "習近平就秘魯前總統藤森逝世向秘魯總統博魯阿爾特致唁電",
          xht("2024-09-12") + "新華社北京9月12日電 國家主席習近平12日就秘魯前總統藤森逝世向秘魯總統博魯阿爾特"
          "致唁電。",
          rel("Peru", "2024-09-12", "message", True)),
    Probe("b3-en-talks-with-signing", "en", en("20230628", 12000313), "2023-06-28",
          "Xi Jinping Holds Talks with New Zealand Prime Minister Chris Hipkins",
          "On June 27, 2023, President Xi Jinping held talks with Prime Minister Chris Hipkins of New "
          "Zealand. "
          "The two sides signed agreements on trade.",
          NO),
    Probe("b3-en-president-of-nation", "en", embassy("ar", "20231211"), "2023-12-11",
          "President Xi Jinping Sends Congratulatory Message to Javier Milei",
          "On December 10, 2023, President Xi Jinping sent a congratulatory message to Javier Milei, "
          "President "
          "of the Nation, on his inauguration.",
          rel("Argentina", "2023-12-10", "message", True),
          {"country": ("Argentina", "the country named only by the embassy's address and 'of the Nation'")}),
    Probe("b3-en-wreath-sucre", "en", en("20140723", 12000314), "2014-07-23",
          "Xi Jinping Visits the Embassy of Venezuela in China",
          "On July 23, 2014, President Xi Jinping visited the Embassy of Venezuela in China and was received "
          "by "
          "Ambassador Rocío Maneiro.",
          rel("Venezuela", "2014-07-23", "other", False),
          {"event_type": ("other", "a leader's visit to an embassy: a ceremony or a meeting with its "
          "envoy")}),
    Probe("b3-zh-reception-wangyi-ar", "zh", zh("20220219", 12000315), "2022-02-19",
          "王毅出席阿根廷驻华使馆中阿建交50周年招待会",
          "2022年2月19日，国务委员兼外长王毅出席阿根廷驻华使馆举办的庆祝中阿建交50周年招待会并致辞。",
          rel("Argentina", "2022-02-19", "other", False)),
    Probe("b3-en-former-zh-lula-2019", "en", en("20190801", 12000316), "2019-08-01",
          "Wang Yi Meets with Former Chilean President Eduardo Frei",
          "On August 1, 2019, State Councilor and Foreign Minister Wang Yi met with former President of "
          "Chile "
          "Eduardo Frei, Special Envoy of the Chilean Government for Asia-Pacific affairs.",
          rel("Chile", "2019-08-01", "meeting", False)),
    Probe("b3-xh-cong-ec-noboa", "en", xinhua("20250524"), "2025-05-24",
          "Xi congratulates Noboa on inauguration as Ecuadorian president",
          xh("2025-05-24") + "BEIJING, May 24 (Xinhua) -- Chinese President Xi Jinping on Saturday sent a "
          "congratulatory message to Daniel Noboa on his inauguration as president of Ecuador.",
          rel("Ecuador", "2025-05-24", "message", True)),
    Probe("b3-xh-cong-elect-bo", "en", xinhua("20201023"), "2020-10-23",
          "Xi congratulates Luis Arce on election as Bolivian president",
          xh("2020-10-23") + "BEIJING, Oct. 23 (Xinhua) -- Chinese President Xi Jinping on Friday sent a "
          "congratulatory message to Luis Arce on his election as president of Bolivia.",
          rel("Bolivia", "2020-10-23", "message", None),
          {"head_of_state_level": (False, PRESIDENT_ELECT)}),
    Probe("b3-zh-welcome-ceremony-hn", "zh", zh("20230612", 12000317), "2023-06-12",
          "习近平举行仪式欢迎洪都拉斯总统卡斯特罗访华",
          "2023年6月12日上午，国家主席习近平在人民大会堂东门外广场举行仪式，欢迎洪都拉斯总统卡斯特罗对中国进"
          "行"
          "国事访问。",
          rel("Honduras", "2023-06-12", "other", True)),
    Probe("b3-zh-banquet-liqiang", "zh", zh("20230613", 12000318), "2023-06-13",
          "李强为洪都拉斯总统卡斯特罗举行欢迎宴会",
          "2023年6月13日晚，国务院总理李强在人民大会堂为来华进行国事访问的洪都拉斯总统卡斯特罗举行欢迎宴会。",
          rel("Honduras", "2023-06-13", "other", True)),
    # ================= batch 4 (after the fixes): more dress of the same classes =================
    Probe("b4-xh-hurricane-two", "en", xinhua("20251029"), "2025-10-29",
          "Xi sends sympathies to Cuban, Jamaican leaders over Hurricane Melissa",
          xh("2025-10-29") + "BEIJING, Oct. 29 (Xinhua) -- Chinese President Xi Jinping on Wednesday sent "
          "messages of sympathy to Cuban President Miguel Diaz-Canel and Jamaican Governor-General Patrick "
          "Allen "
          "over the heavy losses caused by Hurricane Melissa.",
          rel("multilateral", "2025-10-29", "message", None)),
    Probe("b4-xh-peru-new-president", "en", xinhua("20251010"), "2025-10-10",
          "Xi congratulates Jose Jeri on assuming Peruvian presidency",
          xh("2025-10-10") + "BEIJING, Oct. 10 (Xinhua) -- Chinese President Xi Jinping on Friday sent a "
          "congratulatory message to Jose Jeri on his assumption of office as president of Peru.",
          rel("Peru", "2025-10-10", "message", True)),
    Probe("b4-zh-dingxuexiang-message", "zh", zh("20230301", 12000501), "2023-03-01",
          "丁薛祥致电祝贺巴西副总统阿尔克明",
          "2023年3月1日，国务院副总理丁薛祥致电巴西副总统阿尔克明，祝贺中巴高委会成立十周年。",
          rel("Brazil", "2023-03-01", "message", False)),
    Probe("b4-trad-xi-mourns-embassy", "zh", big5("20161128"), "2016-11-28",
          "習近平前往古巴駐華使館弔唁菲德爾·卡斯特羅逝世",
          xht("2016-11-28") + "新華社北京11月28日電 國家主席習近平28日前往古巴駐華使館，弔唁古巴革命領導人菲"
          "德爾·"
          "卡斯特羅逝世。",
          rel("Cuba", "2016-11-28", "other", False),
          {"event_type": ("other", "a visit to an embassy to mourn: a ceremony, not a meeting or message")}),
    Probe("b4-zh-speech-peru-congress", "zh", zh("20161121", 12000502), "2016-11-22",
          "习近平在秘鲁国会发表演讲",
          "当地时间2016年11月21日，国家主席习近平在利马秘鲁国会发表题为《同舟共济、扬帆远航，共创中拉关系美好"
          "未来》的"
          "重要演讲。",
          rel("Peru", "2016-11-21", "other", False)),
    Probe("b4-zh-joint-press", "zh", zh("20241120", 12000503), "2024-11-21",
          "习近平同巴西总统卢拉共同会见记者",
          "当地时间2024年11月20日，国家主席习近平同巴西总统卢拉在巴西利亚会谈后共同会见记者。",
          rel("Brazil", "2024-11-20", "other", True)),
    Probe("b4-xh-maduro-meets-envoy", "en", xinhua("20250110"), "2025-01-10",
          "Venezuelan president meets Chinese special envoy",
          xh("2025-01-10") + "CARACAS, Jan. 10 (Xinhua) -- Venezuelan President Nicolas Maduro on Friday met "
          "with Chinese President Xi Jinping's special envoy, Vice Chairman of the NPC Standing Committee "
          "Xiao "
          "Jie, who attended his inauguration ceremony.",
          rel("Venezuela", "2025-01-10", "meeting", False)),
    Probe("b4-en-liqiang-arrives-rio", "en", en("20250705", 12000504), "2025-07-05",
          "Li Qiang Arrives in Rio de Janeiro for the BRICS Summit and an Official Visit to Brazil",
          "On July 5, 2025 local time, Premier Li Qiang arrived in Rio de Janeiro to attend the 17th BRICS "
          "Summit "
          "and pay an official visit to Brazil.",
          rel("Brazil", "2025-07-05", "official_visit", None)),
    Probe("b4-en-xi-congress-speech", "en", en("20140716", 12000505), "2014-07-17",
          "Xi Jinping Delivers Speech at the Brazilian National Congress",
          "On July 16, 2014, President Xi Jinping delivered an important speech at the Brazilian National "
          "Congress in Brasília.",
          rel("Brazil", "2014-07-16", "other", False)),
    Probe("b4-zh-farewell", "zh", zh("20241116", 12000506), "2024-11-17",
          "习近平结束对秘鲁国事访问",
          "当地时间11月16日，国家主席习近平结束出席亚太经合组织第三十一次领导人非正式会议和对秘鲁的国事访问，"
          "乘专机"
          "离开利马前往巴西。",
          rel("Peru", "2024-11-16", "state_visit", None),
          {"event_date": ("2024-11-14", "a departure page naming no first day: the departure day or the "
                          "visit's"),
           "country": ("Peru", "leaving Peru for Brazil: the visit ended (Peru) or a trip to two LAC "
           "countries")}),
    Probe("b4-en-reply-lower-zh", "zh", xinhua_zh("20210504"), "2021-05-04",
          "习近平复信古巴国家主席迪亚斯－卡内尔",
          xhz("2021-05-04") + "新华社北京5月4日电 国家主席习近平4日复信古巴国家主席迪亚斯－卡内尔，感谢他来信"
          "祝贺。",
          rel("Cuba", "2021-05-04", "message", True)),
    Probe("b4-en-wangyi-quote-no-visit", "en", en("20250513", 12000507), "2025-05-13",
          "Wang Yi: China and Latin America Are Good Partners",
          "On May 13, 2025, Foreign Minister Wang Yi met with Colombian Foreign Minister Laura Sarabia in "
          "Beijing "
          "on the sidelines of the Fourth Ministerial Meeting of the China-CELAC Forum.",
          rel("Colombia", "2025-05-13", "meeting_on_sidelines", False)),
    Probe("b4-zh-wangyi-quote-visit-trad", "zh", big5("20241122"), "2024-11-22",
          "王毅：習近平主席對秘魯、巴西國事訪問取得豐碩成果",
          xht("2024-11-22") + "新華社北京11月22日電 外交部長王毅22日向隨行記者介紹習近平主席11月13日至21日出"
          "席亞太經合"
          "組織會議和二十國集團峰會並對秘魯、巴西進行國事訪問情況。",
          rel("multilateral", "2024-11-13", "other", False)),
    Probe("b4-en-cong-gg-pm", "en", en("20240225", 12000508), "2024-02-25",
          "Xi Jinping Sends Congratulatory Message to Prime Minister of Grenada on National Day",
          "On February 7, 2024, President Xi Jinping sent a congratulatory message to Prime Minister Dickon "
          "Mitchell of Grenada on the 50th anniversary of independence.",
          rel("Grenada", "2024-02-07", "message", True)),
    Probe("b4-en-message-future", "en", en("20231208", 12000509), "2023-12-08",
          "Xi Jinping's Special Envoy to Attend the Inauguration of Argentine President",
          "Foreign Ministry Spokesperson announced: at the invitation of the Argentine Government, Wu "
          "Weihua, "
          "Vice Chairman of the NPC Standing Committee, will attend the inauguration ceremony of President "
          "Javier Milei in Buenos Aires on December 10 as Special Envoy of President Xi Jinping.",
          rel("Argentina", "2023-12-10", "other", False)),
    Probe("b4-en-sympathy-in-meeting", "en", en("20240206", 12000510), "2024-02-06",
          "Wang Yi Meets with Chilean Ambassador to China, Expresses Sympathy over Forest Fires",
          "On February 6, 2024, Foreign Minister Wang Yi met with Chilean Ambassador to China Mauricio "
          "Hurtado "
          "and expressed sympathy over the forest fires in Chile.",
          rel("Chile", "2024-02-06", "meeting", False)),
    Probe("b4-zh-two-countries-anniv", "zh", zh("20220302", 12000511), "2022-03-02",
          "习近平分别同圭亚那总统阿里、苏里南总统单多吉就建交50周年互致贺电",
          "2022年3月2日，国家主席习近平分别同圭亚那总统阿里、苏里南总统单多吉互致贺电，庆祝建交50周年。",
          rel("multilateral", "2022-03-02", "message", True)),
]


def _field_of(record: Any, name: str) -> Any:
    return getattr(record, name)


def run(probe: Probe) -> Any:
    return mfa(probe.text, title=probe.title, published=probe.published, lang=probe.lang, url=probe.url)


def wrong_fields(probe: Probe, record: Any) -> dict[str, tuple[Any, Any]]:
    """Fields where the record differs from the coder's values (expected, got); a page coded not
    relevant checks only relevance, and a field kept in ``doubt`` is checked only there."""
    out = {}
    for name, want in probe.expect.items():
        if name in probe.doubt:
            continue
        got = _field_of(record, name)
        if got != want:
            out[name] = (want, got)
    return out


# Probes the first run (blind) got wrong on some field and no general rule fixes yet: each with its reason.
OPEN: dict[str, str] = {}


@pytest.mark.parametrize("probe", page_cases(PROBES, OPEN))
def test_page_is_coded_as_a_coder_codes_it(probe: Probe) -> None:
    record = run(probe)
    assert wrong_fields(probe, record) == {}


@pytest.mark.parametrize("probe", [pytest.param(p, id=p.pid) for p in PROBES if p.doubt])
@pytest.mark.xfail(strict=False, reason="doubtful: the codebook leaves this field open for this page")
def test_doubtful_fields(probe: Probe) -> None:
    record = run(probe)
    assert {k: _field_of(record, k) for k in probe.doubt} == {k: v for k, (v, _) in probe.doubt.items()}


def test_probe_ids_are_unique() -> None:
    assert_unique_ids(PROBES)


# ---- classes the first run found wrong, with more pages of each ---------------------------------

@pytest.mark.parametrize(("title", "text", "level"), [
    ("Xi Jinping Arrives in Lima for State Visit to Peru",
     "On November 14, 2024, President Xi Jinping arrived in Lima for a state visit to Peru, a comprehensive "
     "strategic partner of China.", CSP),
    ("Xi Jinping Sends Message of Sympathy to Ecuadorian President",
     "On April 17, 2016, President Xi Jinping sent a message of sympathy to President Rafael Correa, saying "
     "Ecuador is China's strategic partner in Latin America.", SP),
    ("Li Qiang Meets with Prime Minister of Jamaica",
     "On June 12, 2024, Premier Li Qiang met with Prime Minister Andrew Holness of Jamaica, calling Jamaica "
     "a "
     "strategic partner of China in the Caribbean.", SP),
])
def test_one_sides_partner_names_the_level(title: str, text: str, level: str) -> None:
    """A level only recalled is coded as the level (the project's convention); English marks the
    number, so "a comprehensive strategic partner" names the rung as "comprehensive strategic partners"
    does (Chinese 全面战略伙伴 is both)."""
    day = text.split(", ")[0].replace("On ", "")
    record = mfa(text, title=title, published=None, url=en("20240612", 12000201))
    assert record.relevant, day
    assert record.partnership_level == level
    assert record.partnership_action is None


def test_a_trading_partner_is_no_level() -> None:
    record = mfa("On June 12, 2024, Premier Li Qiang met with Prime Minister Andrew Holness of Jamaica. "
    "China "
                 "is an important trading partner of Jamaica.", title="Li Qiang Meets with Prime Minister of "
                 "Jamaica", published="2024-06-12", url=en("20240612", 12000202))
    assert record.partnership_level is None


@pytest.mark.parametrize(("title", "text", "hos"), [
    ("Xi replies to letter from Cuban president",
     " date 2021-05-04\nXinhua English | Home | China\nBEIJING, May 4 (Xinhua) -- President Xi Jinping on "
     "Tuesday replied to a letter from Cuban President Miguel Diaz-Canel.", True),
    ("Li Qiang replies to letter from Jamaican prime minister",
     " date 2024-03-04\nXinhua English | Home | China\nBEIJING, March 4 (Xinhua) -- Premier Li Qiang on "
     "Monday replied to a letter from Jamaican Prime Minister Andrew Holness.", True),
    ("Xi replies to letter from Brazilian students",
     " date 2024-03-04\nXinhua English | Home | China\nBEIJING, March 4 (Xinhua) -- President Xi Jinping on "
     "Monday replied to a letter from students of a Brazilian university, encouraging them to learn "
     "Chinese.", False),
])
def test_a_sentence_case_reply_to_a_head_stays_at_head_level(title: str, text: str, hos: bool) -> None:
    """Codebook, head_of_state_level: a message between heads is at head level; an agency headline in
    sentence case writes the office in lower case after the country's adjective, still the state's
    office (a reply to students stays below head level)."""
    d = text[6:16].replace("-", "")
    record = mfa(text, title=title, published=text[6:16], url=xinhua(d))
    assert record.relevant and record.event_type == "message"
    assert record.head_of_state_level is hos


@pytest.mark.parametrize(("text", "hos"), [
    ("On April 19, 2021, President Xi Jinping sent a congratulatory message to Miguel Díaz-Canel Bermúdez, "
     "President of the Republic of Cuba, on his election as First Secretary of the Communist Party of Cuba.",
     True),
    ("On November 26, 2016, President Xi Jinping sent a message of condolence to Raúl Castro, President of "
     "the Council of State of Cuba, over the passing of Fidel Castro.", True),
    ("On February 3, 2023, President Xi Jinping sent a congratulatory message to Rodrigo Pacheco, President "
     "of the Senate of Brazil, on his re-election.", False),
])
def test_the_head_named_by_the_state_is_a_head(text: str, hos: bool) -> None:
    """"President of the Republic", "of the Council of State" name the state's head as "President"
    does; a senate's president is not one."""
    record = mfa(text, title="", published=None, url=en("20210419", 12000203))
    assert record.relevant and record.event_type == "message"
    assert record.head_of_state_level is hos


@pytest.mark.parametrize(("title", "text", "relevant"), [
    ("Xi Jinping Goes to the Cuban Embassy in China to Mourn Fidel Castro",
     "On November 28, 2016, President Xi Jinping went to the Cuban Embassy in China to mourn Fidel Castro.",
     True),
    ("Wang Yi Visits Mexican Embassy in China to Offer Condolences",
     "On September 20, 2017, Foreign Minister Wang Yi went to the Mexican Embassy in China to offer "
     "condolences over the earthquake.", True),
    ("Chinese Embassy in Brazil Holds Reception for National Day",
     "On September 26, the Chinese Embassy in Brazil held a reception for the 75th anniversary of the "
     "founding of the People's Republic of China.", False),
    ("The Embassy in Cuba Donates Rice to Matanzas",
     "On August 10, the Chinese Embassy in Cuba donated rice to the province of Matanzas.", False),
])
def test_a_leader_at_a_lac_embassy_is_no_embassy_activity(title: str, text: str, relevant: bool) -> None:
    """Who counts (foreign ministry): an exchange led only by an ambassador (an embassy's activity) is
    not relevant; a state leader or minister who goes to a LAC country's embassy leads the exchange."""
    record = mfa(text, title=title, published=None, url=en("20170920", 12000204))
    assert record.relevant is relevant


@pytest.mark.parametrize(("lang", "title", "text", "date"), [
    ("en", "Wang Yi: President Xi Jinping's Latin America Trip a Journey of Friendship",
     "On November 22, 2024, Foreign Minister Wang Yi briefed the press on President Xi Jinping's trip to "
     "Peru "
     "and Brazil from November 13 to 21.", "2024-11-13"),
    ("en", "Wang Yi: Premier Li Qiang's Visit to Brazil Deepens Mutual Trust",
     "On July 8, 2025, Foreign Minister Wang Yi told reporters that Premier Li Qiang's official visit to "
     "Brazil "
     "from July 5 to 7 deepened mutual trust.", "2025-07-05"),
    ("zh", "王毅：习近平主席拉美之行取得圆满成功",
     "2024年11月22日，外交部长王毅向随行记者介绍习近平主席11月13日至21日对秘鲁、巴西进行国事访问情况。",
     "2024-11-13"),
])
def test_an_official_quoted_on_a_visit_is_his_remarks(lang: str, title: str, text: str, date: str) -> None:
    """Codebook, event_type (foreign ministry): a minister's briefing on a trip is `other`, dated by the
    trip's first day; a headline that quotes a Chinese official on the visit is his remarks on it,
    the visit being what he said."""
    d = date.replace("-", "")
    record = mfa(text, title=title, lang=lang, published=None, url=zh(d, 12000401) if lang == "zh" else en(d))
    assert record.relevant and record.event_type == "other"
    assert record.event_date == date
    assert record.head_of_state_level is False


@pytest.mark.parametrize("title", [
    "Spotlight: President Xi Jinping's State Visit to Brazil",
    "Xi Jinping Concludes State Visit to Brazil",
])
def test_a_rubric_or_a_plain_visit_headline_stays_the_visit(title: str) -> None:
    record = mfa("On November 21, 2024, President Xi Jinping concluded his state visit to Brazil from "
    "November "
                 "19 to 21.", title=title, published="2024-11-21", url=en("20241121", 12000402))
    assert record.event_type == "state_visit" and record.event_date == "2024-11-19"


def test_a_visit_to_an_embassy_is_no_trip() -> None:
    """A headline visit names a trip as a whole when its object is a place one travels to; an
    embassy or consulate visited is a call at a building (here received by the envoy)."""
    record = mfa("On July 23, 2014, President Xi Jinping visited the Embassy of Venezuela in China and was "
                 "received by Ambassador Rocío Maneiro.", title="Xi Jinping Visits the Embassy of Venezuela "
                 "in China", published="2014-07-23", url=en("20140723", 12000403))
    assert record.relevant and record.country == "Venezuela"
    assert record.event_type not in ("state_visit", "official_visit")
