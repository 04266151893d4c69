# ruff: noqa: E501  (probe texts are long lines)
"""Campaign 14B: a fresh foreign-ministry sample of 2014-2018 and 2023-2026 in crawl proportions
(fmprc.gov.cn / mfa.gov.cn in English and Chinese, old and new address schemes, some traditional,
agency and embassy copies; about a quarter to a third not relevant).

2014-2018: Xi's 2014 trip (BRICS in Fortaleza, Brazil, Argentina, Venezuela, Cuba, the China-LAC
leaders' meeting in Brasilia), the China-CELAC Forum's first (Beijing 2015) and second (Santiago
2018) ministerial meetings, Li Keqiang's 2015 trip (Brazil, Colombia, Peru, Chile), Xi's 2016 trip
(Ecuador, Peru with APEC Lima, Chile), G20 Hangzhou and Buenos Aires, Panama 2017, the Dominican
Republic and El Salvador 2018, visits to Beijing. 2023-2026: Honduras 2023, Lula's 2023 state visit,
Colombia, Venezuela and Uruguay in 2023, APEC Lima and G20 Rio 2024, the Forum's fourth ministerial
meeting (Beijing 2025), calls, messages, signed articles, envoys at inaugurations.

Self-written releases in the sites' style; country and official names are facts, the wording is
invented. Each probe names the values a careful coder would give under the codebook
(shared/eval/SCHEMA.md; partnership-history.csv for the partnership action); one test per probe and
field. A level only recalled is not checked; the level is checked with an action.

``PROBES`` (122 pages, 673 checks) were written blind, before any code was read: the first run passed
661 of 673. ``PROBES_2`` (57 pages, 324 checks) were written after the first fixes, to look for other
kinds; they are no blind estimate."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import mfa
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    MFA_EN,
    MFA_ZH,
    NO,
    Probe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

from nlp.schema import Record

# Older and newer address schemes of the ministry (shared/sites/README.md §2.1) and copies.
MFA_EN_OLD = "https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/t{n:07d}.shtml"
MFA_ZH_OLD = "https://www.fmprc.gov.cn/web/zyxw/t{n:07d}.shtml"
MFA_EN_XW = "https://www.fmprc.gov.cn/eng/xw/zyxw/{ym}/t{ymd}_11{n:06d}.html"
MFA_EN_WJB = "https://www.mfa.gov.cn/eng/wjb/wjbz/hd/{ym}/t{ymd}_11{n:06d}.html"
MFA_ZH_GB = "https://www.mfa.gov.cn/web/ziliao_674904/1179_674909/{ym}/t{ymd}_11{n:06d}.shtml"
MFA_ZH_REHUNG = "https://www.fmprc.gov.cn/web/gjhdq_676201/gj_676203/nmz_680924/1206_680974/xgxw_680980/{ym}/t{ymd}_93{n:05d}.shtml"
MFA_EN_SPOKES = "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/{ym}/t{ymd}_11{n:06d}.html"
EMB_ZH = "http://co.china-embassy.gov.cn/chn/zgyw/{ym}/t{ymd}_11{n:06d}.htm"
EMB_EN = "http://ar.china-embassy.gov.cn/eng/sgdt/{ym}/t{ymd}_11{n:06d}.htm"
HK_ZH = "https://www.wenweipo.com/a/{y}{m}/{d}/AP{n:06d}.html"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"


def old(template: str, n: int) -> str:
    """An address of the 2014-2021 scheme: a seven-digit id and no date."""
    return template.format(n=n)


def rel(country: str, date: str | None, event_type: str, hos: bool | None, counterpart: str | None = None,
        action: str | None = None, level: str | None = None) -> dict[str, Any]:
    """A relevant page's values (hos=None: not checked; level checked only with an action)."""
    more: dict[str, Any] = {"partnership_action": action}
    if hos is not None:
        more["head_of_state_level"] = hos
    if action:
        more["partnership_level"] = level
    if counterpart:
        more["counterpart"] = counterpart
    return yes(country, event_type, date, **more)


def M(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      lang: str = "en", **doubtful: str) -> Probe:
    return Probe(pid, title, text, published, link, expect, lang=lang, source="mfa", doubtful=doubtful)


PROBES: list[Probe] = [
    # ================================ 2014 ================================
    M("14-multi-en-xi-trip-announced",
      "Xi Jinping to Attend BRICS Summit and Visit Brazil, Argentina, Venezuela and Cuba",
      "Foreign Ministry Spokesperson Hong Lei announced on July 4 that President Xi Jinping will travel to "
      "Brazil from July 13 for the sixth BRICS leaders' meeting in Fortaleza, pay state visits to Brazil, "
      "Argentina, Venezuela and Cuba, and take part in a meeting of Chinese and Latin American and Caribbean "
      "leaders in Brasilia. The trip will end on July 23.",
      "2014-07-04", old(MFA_EN_OLD, 1171001),
      rel("multilateral", "2014-07-13", "state_visit", True)),
    M("14-br-zh-xi-talks-rousseff",
      "习近平同巴西总统罗塞夫举行会谈",
      "当地时间7月17日，国家主席习近平在巴西利亚总统府同巴西总统罗塞夫举行会谈。两国元首回顾了建交40年来双边关系的发展，"
      "同意以明年为契机推动中巴全面战略伙伴关系再上台阶。罗塞夫表示，巴方高度重视对华关系。会谈后，两国元首共同见证了多项合作文件的签署。",
      "2014-07-18", old(MFA_ZH_OLD, 1175012),
      rel("Brazil", "2014-07-17", "talks", True, "罗塞夫|Rousseff"), "zh"),
    M("14-ar-en-xi-talks-kirchner-upgrade",
      "Xi Jinping Holds Talks with President Cristina Fernández de Kirchner of Argentina",
      "On July 18, 2014 local time, President Xi Jinping held talks with President Cristina Fernández de "
      "Kirchner at the Casa Rosada in Buenos Aires. The two heads of state decided to lift China-Argentina "
      "relations to a comprehensive strategic partnership. Xi said the two countries are at similar stages of "
      "development and share broad interests. Fernández de Kirchner said Argentina counts China among its most "
      "important partners.",
      "2014-07-19", old(MFA_EN_OLD, 1175503),
      rel("Argentina", "2014-07-18", "talks", True, "Kirchner", "upgrade", CSP)),
    M("14-ve-zh-xi-talks-maduro-upgrade",
      "习近平同委内瑞拉总统马杜罗举行会谈",
      "当地时间7月20日下午，国家主席习近平在加拉加斯米拉弗洛雷斯宫同委内瑞拉总统马杜罗举行会谈。两国元首一致决定，"
      "将中委关系提升为全面战略伙伴关系。习近平表示，中方愿同委方扩大能源、农业、基础设施等领域合作。马杜罗表示，委方视中国为最可信赖的朋友。",
      "2014-07-21", old(MFA_ZH_OLD, 1176021),
      rel("Venezuela", "2014-07-20", "talks", True, "马杜罗|Maduro", "upgrade", CSP), "zh"),
    M("14-cu-en-xi-visits-fidel",
      "Xi Jinping Visits Former Cuban Leader Fidel Castro",
      "On July 22, 2014 local time, President Xi Jinping went to the home of Fidel Castro in Havana and met "
      "with the founder of the Cuban revolution. The two had a cordial conversation on the world situation "
      "and the friendship between the two peoples. Fidel Castro said he follows China's development closely.",
      "2014-07-23", old(MFA_EN_OLD, 1176442),
      rel("Cuba", "2014-07-22", "meeting", False, "Fidel Castro")),
    M("14-cu-zh-xi-talks-raul",
      "习近平同古巴领导人劳尔·卡斯特罗举行会谈",
      "当地时间7月22日上午，国家主席习近平在哈瓦那革命宫同古巴国务委员会主席兼部长会议主席劳尔·卡斯特罗举行会谈。"
      "习近平表示，中古是好朋友、好同志、好兄弟。劳尔表示，古方愿借鉴中国改革开放的经验。双方签署了经贸、金融、农业等领域合作文件。",
      "2014-07-23", old(MFA_ZH_OLD, 1176450),
      rel("Cuba", "2014-07-22", "talks", True, "劳尔|Raúl"), "zh"),
    M("14-multi-en-china-lac-leaders-meeting",
      "Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
      "On July 17, 2014 local time, President Xi Jinping met leaders of Latin American and Caribbean countries "
      "at the Itamaraty Palace in Brasilia. The meeting was chaired jointly by Xi and Brazilian President Dilma "
      "Rousseff, with the leaders of the CELAC quartet present. The two sides announced a comprehensive "
      "cooperative partnership between China and Latin America and the Caribbean, and agreed to launch the "
      "China-CELAC Forum as soon as possible.",
      "2014-07-18", old(MFA_EN_OLD, 1175600),
      rel("multilateral", "2014-07-17", "other", None, None, "establish", "comprehensive cooperative partnership")),
    M("14-cl-en-apec-xi-meets-bachelet",
      "Xi Jinping Meets with President Michelle Bachelet of Chile",
      "On November 10, 2014, President Xi Jinping met with Chilean President Michelle Bachelet, who is in "
      "Beijing for the 22nd APEC Economic Leaders' Meeting, at Yanqi Lake. Xi said the two countries should "
      "make good use of the strategic partnership. Bachelet said Chile hopes to export more farm products "
      "to China.",
      "2014-11-10", old(MFA_EN_OLD, 1209871),
      rel("Chile", "2014-11-10", "meeting_on_sidelines", True, "Bachelet")),
    # ================================ 2015 ================================
    M("15-multi-zh-first-ministerial-opening",
      "习近平出席中国－拉共体论坛首届部长级会议开幕式",
      "1月8日上午，中国－拉共体论坛首届部长级会议在北京人民大会堂开幕。国家主席习近平出席开幕式并发表题为《共同谱写中拉全面合作伙伴关系新篇章》的讲话。"
      "拉共体轮值主席国哥斯达黎加总统索利斯、厄瓜多尔总统科雷亚、委内瑞拉总统马杜罗以及拉共体成员国外长等出席。",
      "2015-01-08", old(MFA_ZH_OLD, 1226712),
      rel("multilateral", "2015-01-08", "other", None), "zh"),
    M("15-ec-en-xi-talks-correa-establish",
      "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "On January 7, 2015, President Xi Jinping held talks with Ecuadorian President Rafael Correa, who is "
      "paying a state visit to China, at the Great Hall of the People. The two leaders agreed to establish a "
      "strategic partnership between China and Ecuador. Correa said Ecuador regards China as a reliable "
      "friend in its drive for development.",
      "2015-01-07", old(MFA_EN_OLD, 1226401),
      rel("Ecuador", "2015-01-07", "talks", True, "Correa", "establish", SP)),
    M("15-cr-zh-xi-talks-solis-establish",
      "习近平同哥斯达黎加总统索利斯举行会谈",
      "1月6日下午，国家主席习近平在人民大会堂同来华进行国事访问的哥斯达黎加总统索利斯举行会谈。两国元首宣布，中哥建立平等互利、共同发展的战略伙伴关系。"
      "索利斯表示，哥方感谢中方对拉共体论坛的支持。",
      "2015-01-06", old(MFA_ZH_OLD, 1226130),
      rel("Costa Rica", "2015-01-06", "talks", True, "索利斯|Solís", "establish", SP), "zh"),
    M("15-ve-en-xi-meets-maduro-forum",
      "Xi Jinping Meets with Venezuelan President Nicolás Maduro",
      "On January 7, 2015, President Xi Jinping met at the Great Hall of the People with Venezuelan President "
      "Nicolás Maduro, who came to Beijing to attend the first ministerial meeting of the China-CELAC Forum. "
      "Xi said China is ready to work with Venezuela on the comprehensive strategic partnership. Maduro briefed "
      "Xi on the situation in his country.",
      "2015-01-07", old(MFA_EN_OLD, 1226405),
      rel("Venezuela", "2015-01-07", "meeting_on_sidelines", True, "Maduro")),
    M("15-multi-en-li-trip-announced",
      "Premier Li Keqiang to Visit Brazil, Colombia, Peru and Chile",
      "Foreign Ministry Spokesperson Hua Chunying announced on May 8 that at the invitation of the leaders of "
      "the four countries, Premier Li Keqiang of the State Council will pay official visits to Brazil, "
      "Colombia, Peru and Chile from May 18 to 26.",
      "2015-05-08", old(MFA_EN_OLD, 1262102),
      rel("multilateral", "2015-05-18", "official_visit", True)),
    M("15-br-en-li-talks-rousseff",
      "Li Keqiang Holds Talks with President Dilma Rousseff of Brazil",
      "On May 19, 2015 local time, Premier Li Keqiang held talks with Brazilian President Dilma Rousseff at the "
      "Planalto Palace in Brasilia. The two sides agreed to work together on a railway linking the Atlantic and "
      "the Pacific and on production capacity. Rousseff said Brazil welcomes Chinese investment in its "
      "infrastructure. The two leaders then witnessed the signing of some 35 agreements.",
      "2015-05-20", old(MFA_EN_OLD, 1265345),
      rel("Brazil", "2015-05-19", "talks", True, "Rousseff")),
    M("15-co-zh-li-talks-santos",
      "李克强同哥伦比亚总统桑托斯举行会谈",
      "当地时间5月21日下午，李克强总理与哥伦比亚总统桑托斯在波哥大举行会谈。李克强表示，中方愿同哥方开展产能合作，参与哥基础设施建设。"
      "桑托斯表示，哥方欢迎中国企业投资，愿推动双边贸易平衡发展。",
      "2015-05-22", old(MFA_ZH_OLD, 1265760),
      rel("Colombia", "2015-05-21", "talks", True, "桑托斯|Santos"), "zh"),
    M("15-pe-en-li-talks-humala",
      "Li Keqiang Holds Talks with Peruvian President Ollanta Humala",
      "On the afternoon of May 22 local time, Premier Li Keqiang held talks with President Ollanta Humala at "
      "the Government Palace in Lima. Li said the two countries are comprehensive strategic partners and "
      "should deepen cooperation in mining, farming and fisheries. Humala expressed interest in the "
      "two-ocean railway study.",
      "2015-05-23", old(MFA_EN_OLD, 1266011),
      rel("Peru", "2015-05-22", "talks", True, "Humala")),
    M("15-cl-zh-li-talks-bachelet",
      "李克强同智利总统巴切莱特举行会谈",
      "当地时间5月25日上午，国务院总理李克强在圣地亚哥拉莫内达宫同智利总统巴切莱特举行会谈。双方同意推进中智自贸协定升级谈判，"
      "用好人民币清算安排。巴切莱特表示，智方愿做中国与拉美合作的桥梁。",
      "2015-05-26", old(MFA_ZH_OLD, 1266390),
      rel("Chile", "2015-05-25", "talks", True, "巴切莱特|Bachelet"), "zh"),
    M("15-ar-en-wangyi-talks-timerman",
      "Wang Yi Holds Talks with Argentine Foreign Minister Héctor Timerman",
      "On February 3, 2015, Foreign Minister Wang Yi held talks with Foreign Minister Héctor Timerman of "
      "Argentina, who is accompanying President Fernández de Kirchner on her state visit, at the Diaoyutai "
      "State Guesthouse. The two ministers exchanged views on the follow-up to the leaders' agreements.",
      "2015-02-03", old(MFA_EN_OLD, 1234501),
      rel("Argentina", "2015-02-03", "talks", False, "Timerman")),
    # ================================ 2016 ================================
    M("16-multi-en-xi-trip-announced",
      "Xi Jinping to Attend APEC Meeting in Lima and Pay State Visits to Ecuador, Peru and Chile",
      "Foreign Ministry Spokesperson Geng Shuang announced on November 9 that President Xi Jinping will pay "
      "state visits to Ecuador, Peru and Chile and attend the 24th APEC Economic Leaders' Meeting in Lima "
      "from November 17 to 23.",
      "2016-11-09", old(MFA_EN_OLD, 1414312),
      rel("multilateral", "2016-11-17", "state_visit", True)),
    M("16-ec-agency-en-xi-arrives-quito",
      "Xi arrives in Quito for state visit to Ecuador",
      "Home | China | World | Business | Photos\n date 2016-11-17\nQUITO, Nov. 17 (Xinhua) -- Chinese President "
      "Xi Jinping arrived here Thursday for a state visit to Ecuador, the first leg of his three-nation tour "
      "of Latin America. Xi was greeted at the airport by President Rafael Correa. In a written statement "
      "upon arrival, Xi said he expects to deepen mutual trust with Ecuador.\nEditor: Li Xia",
      None, url(AGENCY_EN, "2016-11-17", 101),
      rel("Ecuador", "2016-11-17", "state_visit", True, "Correa")),
    M("16-ec-en-xi-talks-correa-upgrade",
      "Xi Jinping Holds Talks with President Rafael Correa of Ecuador",
      "On November 17, 2016 local time, President Xi Jinping held talks with President Rafael Correa at the "
      "Carondelet Palace in Quito. The two heads of state agreed to elevate China-Ecuador relations to a "
      "comprehensive strategic partnership. Xi said China supports Ecuador's reconstruction after the "
      "earthquake. Correa thanked China for its timely help.",
      "2016-11-18", old(MFA_EN_OLD, 1417011),
      rel("Ecuador", "2016-11-17", "talks", True, "Correa", "upgrade", CSP)),
    M("16-ec-zh-joint-statement",
      "中华人民共和国和厄瓜多尔共和国联合声明",
      "一、应厄瓜多尔共和国总统拉斐尔·科雷亚邀请，中华人民共和国主席习近平于2016年11月17日至18日对厄瓜多尔进行国事访问。"
      "两国元首在友好气氛中举行会谈。\n二、双方决定建立中厄全面战略伙伴关系。\n三、厄方重申坚持一个中国政策。\n四、双方同意加强基础设施、能源和金融合作。",
      "2016-11-18", old(MFA_ZH_OLD, 1417102),
      rel("Ecuador", "2016-11-17", "joint_statement", None, None, "upgrade", CSP), "zh"),
    M("16-pe-en-xi-talks-kuczynski",
      "Xi Jinping Holds Talks with President Pedro Pablo Kuczynski of Peru",
      "On November 21, 2016 local time, President Xi Jinping held talks with President Pedro Pablo Kuczynski "
      "at the Government Palace in Lima. Xi said China and Peru, as comprehensive strategic partners, should "
      "upgrade their free trade agreement. Kuczynski said his first trip abroad after taking office was to "
      "China, which shows the weight Peru gives the relationship.",
      "2016-11-22", old(MFA_EN_OLD, 1418220),
      rel("Peru", "2016-11-21", "talks", True, "Kuczynski")),
    M("16-mx-zh-apec-xi-meets-pena-nieto",
      "习近平会见墨西哥总统培尼亚",
      "当地时间11月19日，国家主席习近平在利马出席亚太经合组织第二十四次领导人非正式会议期间会见墨西哥总统培尼亚。"
      "习近平表示，中墨全面战略伙伴关系保持良好发展势头。培尼亚表示，墨方愿同中方加强贸易和投资合作。",
      "2016-11-20", old(MFA_ZH_OLD, 1417760),
      rel("Mexico", "2016-11-19", "meeting_on_sidelines", True, "培尼亚|Peña"), "zh"),
    M("16-cl-en-xi-talks-bachelet-upgrade",
      "Xi Jinping Holds Talks with President Michelle Bachelet of Chile",
      "On November 22, 2016 local time, President Xi Jinping held talks with Chilean President Michelle "
      "Bachelet at La Moneda Palace in Santiago. The two heads of state decided to raise bilateral ties to a "
      "comprehensive strategic partnership. Xi recalled that Chile was the first South American country to "
      "set up diplomatic relations with New China.",
      "2016-11-23", old(MFA_EN_OLD, 1418555),
      rel("Chile", "2016-11-22", "talks", True, "Bachelet", "upgrade", CSP)),
    M("16-ar-en-g20-xi-meets-macri",
      "Xi Jinping Meets with President Mauricio Macri of Argentina",
      "On September 3, 2016, President Xi Jinping met in Hangzhou with Argentine President Mauricio Macri, "
      "who is attending the G20 Hangzhou Summit. Xi said China is ready to work with the new Argentine "
      "government. Macri said Argentina will take over the G20 presidency in 2018 and hopes for China's "
      "support.",
      "2016-09-03", old(MFA_EN_OLD, 1395601),
      rel("Argentina", "2016-09-03", "meeting_on_sidelines", True, "Macri")),
    M("16-uy-zh-xi-talks-vazquez-establish",
      "习近平同乌拉圭总统巴斯克斯举行会谈",
      "10月18日下午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统巴斯克斯举行会谈。两国元首一致决定，建立中乌战略伙伴关系。"
      "巴斯克斯表示，乌方愿成为中国进入南方共同市场的门户。",
      "2016-10-18", old(MFA_ZH_OLD, 1407650),
      rel("Uruguay", "2016-10-18", "talks", True, "巴斯克斯|Vázquez", "establish", SP), "zh"),
    M("16-cu-en-condolence-fidel",
      "Xi Jinping Sends Message of Condolence to Raúl Castro on the Passing of Fidel Castro",
      "On November 26, 2016, President Xi Jinping sent a message of condolence to Raúl Castro, President of "
      "the Council of State of Cuba, on the death of Fidel Castro. Xi said the Chinese people had lost a "
      "close comrade and true friend, and that his name will be remembered.",
      "2016-11-26", old(MFA_EN_OLD, 1419011),
      rel("Cuba", "2016-11-26", "message", True, "Raúl Castro")),
    M("16-ec-zh-earthquake-condolence",
      "习近平就厄瓜多尔强烈地震向厄总统科雷亚致慰问电",
      "4月17日，国家主席习近平就厄瓜多尔沿海地区发生强烈地震向厄瓜多尔总统科雷亚致慰问电，对遇难者表示深切哀悼，向伤者和遇难者家属表示诚挚慰问。",
      "2016-04-17", old(MFA_ZH_OLD, 1356008),
      rel("Ecuador", "2016-04-17", "message", True, "科雷亚|Correa"), "zh"),
    # ================================ 2017 ================================
    M("17-pa-en-joint-communique-ties",
      "Joint Communiqué on the Establishment of Diplomatic Relations between China and Panama",
      "The People's Republic of China and the Republic of Panama, in keeping with the interests and wishes of "
      "the two peoples, have decided to recognize each other and to establish relations at ambassadorial "
      "level as of the date of signature of this communiqué. The Government of Panama recognizes that there "
      "is but one China in the world.\nSigned in Beijing on June 13, 2017 by Wang Yi, Foreign Minister, and "
      "Isabel de Saint Malo, Vice President and Foreign Minister of Panama.",
      "2017-06-13", old(MFA_EN_OLD, 1470001),
      rel("Panama", "2017-06-13", "joint_statement", False)),
    M("17-pa-zh-wangyi-talks-saint-malo",
      "王毅同巴拿马副总统兼外长德圣马洛举行会谈",
      "6月13日，外交部长王毅在北京同巴拿马副总统兼外长德圣马洛举行会谈。会谈前，两人签署了中巴两国建交联合公报。"
      "王毅表示，这是一个历史性时刻。德圣马洛表示，巴方作出了正确的选择。",
      "2017-06-13", old(MFA_ZH_OLD, 1470010),
      rel("Panama", "2017-06-13", "talks", False, "德圣马洛|Saint Malo"), "zh"),
    M("17-pa-zh-varela-visit-announced",
      "巴拿马总统巴雷拉将对中国进行国事访问",
      "外交部发言人陆慷宣布：应国家主席习近平邀请，巴拿马共和国总统胡安·卡洛斯·巴雷拉将于11月16日至22日对中国进行国事访问。",
      "2017-11-10", old(MFA_ZH_OLD, 1509120),
      rel("Panama", "2017-11-16", "state_visit", True, "巴雷拉|Varela"), "zh"),
    M("17-pa-agency-zh-xi-talks-varela",
      "习近平同巴拿马总统巴雷拉举行会谈",
      "首页 > 时政 > 正文\n date 2017-11-17\n新华社北京11月17日电 国家主席习近平17日在人民大会堂同来华进行国事访问的巴拿马总统巴雷拉举行会谈。"
      "习近平强调，建交以来两国各领域交流合作全面起步。巴雷拉表示，巴方愿成为共建“一带一路”的重要伙伴。\n【纠错】 责任编辑：王娟",
      None, url(AGENCY_ZH, "2017-11-17", 102),
      rel("Panama", "2017-11-17", "talks", True, "巴雷拉|Varela"), "zh"),
    M("17-br-en-xi-talks-temer",
      "Xi Jinping Holds Talks with President Michel Temer of Brazil",
      "On September 1, 2017, President Xi Jinping held talks with Brazilian President Michel Temer at the "
      "Great Hall of the People. Temer is on a state visit to China before the BRICS summit in Xiamen. Xi said "
      "the two countries should align their development strategies. Temer said Brazil wants more Chinese "
      "investment in its privatization programme.",
      "2017-09-01", old(MFA_EN_OLD, 1489001),
      rel("Brazil", "2017-09-01", "talks", True, "Temer")),
    M("17-ar-zh-xi-talks-macri",
      "习近平同阿根廷总统马克里举行会谈",
      "5月17日下午，国家主席习近平在人民大会堂同来华进行国事访问并出席“一带一路”国际合作高峰论坛的阿根廷总统马克里举行会谈。"
      "习近平指出，中阿全面战略伙伴关系的发展符合两国人民的利益。马克里表示，阿方愿扩大对华农产品出口。",
      "2017-05-17", old(MFA_ZH_OLD, 1462700),
      rel("Argentina", "2017-05-17", "talks", True, "马克里|Macri"), "zh"),
    M("17-cl-en-congrats-pinera-elected",
      "Xi Jinping Congratulates Sebastián Piñera on His Election as President of Chile",
      "On December 19, 2017, President Xi Jinping sent a congratulatory message to Sebastián Piñera on his "
      "election as President of the Republic of Chile. Xi said he attaches great importance to the "
      "comprehensive strategic partnership and is willing to work with the president-elect.",
      "2017-12-19", old(MFA_EN_OLD, 1520701),
      rel("Chile", "2017-12-19", "message", False, "Piñera")),
    M("17-mx-zh-earthquake-condolence",
      "习近平就墨西哥发生强烈地震向墨西哥总统培尼亚致慰问电",
      "9月20日，国家主席习近平就墨西哥中部发生强烈地震造成重大人员伤亡向墨西哥总统培尼亚致慰问电。习近平表示，中方愿向墨方提供帮助。",
      "2017-09-20", old(MFA_ZH_OLD, 1495020),
      rel("Mexico", "2017-09-20", "message", True, "培尼亚|Peña"), "zh"),
    # ================================ 2018 ================================
    M("18-multi-en-wangyi-second-ministerial",
      "Wang Yi Attends the Second Ministerial Meeting of the China-CELAC Forum",
      "On January 22, 2018 local time, Foreign Minister Wang Yi attended the second ministerial meeting of the "
      "China-CELAC Forum in Santiago, Chile, and spoke at the opening session. Foreign ministers and "
      "representatives of 33 Latin American and Caribbean states took part. The meeting adopted the Santiago "
      "Declaration and a joint action plan for 2019 to 2021, as well as a special declaration on the Belt and "
      "Road.",
      "2018-01-23", old(MFA_EN_OLD, 1527001),
      rel("multilateral", "2018-01-22", "other", False)),
    M("18-cl-zh-wangyi-talks-munoz",
      "王毅同智利外长穆尼奥斯举行会谈",
      "当地时间1月21日，外交部长王毅在圣地亚哥出席中拉论坛第二届部长级会议前夕，同智利外长穆尼奥斯举行会谈。"
      "王毅表示，中方感谢智方为会议所做的筹备。穆尼奥斯表示，智方欢迎中方参加会议的代表团。",
      "2018-01-22", old(MFA_ZH_OLD, 1526700),
      rel("Chile", "2018-01-21", "talks", False, "穆尼奥斯|Muñoz"), "zh",
      event_type="held talks during a trip to a forum meeting: the codebook gives talks for 会谈 and sidelines for a meeting during a conference"),
    M("18-bo-en-xi-talks-morales-establish",
      "Xi Jinping Holds Talks with President Evo Morales of Bolivia",
      "On June 19, 2018, President Xi Jinping held talks with Bolivian President Evo Morales, who is on a state "
      "visit to China, at the Great Hall of the People. The two heads of state announced a strategic "
      "partnership between China and Bolivia. Morales said Bolivia would like to join the Belt and Road.",
      "2018-06-19", old(MFA_EN_OLD, 1570301),
      rel("Bolivia", "2018-06-19", "talks", True, "Morales", "establish", SP)),
    M("18-do-zh-joint-communique-ties",
      "中华人民共和国和多米尼加共和国关于建立外交关系的联合公报",
      "中华人民共和国和多米尼加共和国根据两国人民的利益和愿望，决定自本公报签署之日起相互承认并建立大使级外交关系。"
      "多米尼加共和国政府承认世界上只有一个中国。\n本公报于2018年5月1日在北京签署。中方代表为国务委员兼外长王毅，多方代表为外长巴尔加斯。",
      "2018-05-01", old(MFA_ZH_OLD, 1556001),
      rel("Dominican Republic", "2018-05-01", "joint_statement", False), "zh"),
    M("18-sv-en-wangyi-talks-castaneda",
      "Wang Yi Holds Talks with Foreign Minister Carlos Castaneda of El Salvador",
      "On August 21, 2018, State Councilor and Foreign Minister Wang Yi held talks with Salvadoran Foreign "
      "Minister Carlos Castaneda at the Diaoyutai State Guesthouse. Before the talks, the two ministers signed "
      "a joint communiqué on establishing diplomatic relations. Wang said El Salvador had stood on the right "
      "side of history.",
      "2018-08-21", old(MFA_EN_OLD, 1587001),
      rel("El Salvador", "2018-08-21", "talks", False, "Castaneda")),
    M("18-do-en-xi-talks-medina",
      "Xi Jinping Holds Talks with President Danilo Medina of the Dominican Republic",
      "On the afternoon of November 2, 2018, President Xi Jinping held talks with President Danilo Medina of "
      "the Dominican Republic at the Great Hall of the People. Medina is the first Dominican head of state to "
      "visit China. The two leaders agreed to open cooperation in trade, tourism and infrastructure.",
      "2018-11-02", old(MFA_EN_OLD, 1609001),
      rel("Dominican Republic", "2018-11-02", "talks", True, "Medina")),
    M("18-tt-zh-xi-meets-rowley",
      "习近平会见特立尼达和多巴哥总理罗利",
      "5月15日，国家主席习近平在人民大会堂会见来华进行正式访问的特立尼达和多巴哥总理罗利。习近平表示，中方愿同特多深化全面合作伙伴关系。"
      "罗利表示，特多愿参与“一带一路”建设。",
      "2018-05-15", old(MFA_ZH_OLD, 1559201),
      rel("Trinidad and Tobago", "2018-05-15", "meeting", True, "罗利|Rowley"), "zh"),
    M("18-ar-en-xi-talks-macri-buenos-aires",
      "Xi Jinping Holds Talks with President Mauricio Macri of Argentina",
      "On December 2, 2018 local time, President Xi Jinping held talks with Argentine President Mauricio Macri "
      "at the Casa Rosada, a day after the G20 summit in Buenos Aires closed. Xi thanked Argentina for hosting "
      "the summit. The two sides signed some 30 documents on trade, finance and energy.",
      "2018-12-03", old(MFA_EN_OLD, 1618301),
      rel("Argentina", "2018-12-02", "talks", True, "Macri")),
    M("18-multi-zh-xi-leaves-for-g20-trip",
      "习近平离京出席二十国集团领导人峰会并对西班牙、阿根廷、巴拿马、葡萄牙进行国事访问",
      "11月27日上午，国家主席习近平乘专机离开北京，应邀对西班牙进行国事访问，出席在阿根廷布宜诺斯艾利斯举行的二十国集团领导人第十三次峰会，"
      "并对阿根廷、巴拿马、葡萄牙进行国事访问。陪同出访的有中共中央政治局委员丁薛祥、杨洁篪，国务委员兼外长王毅等。",
      "2018-11-27", old(MFA_ZH_OLD, 1616001),
      rel("multilateral", "2018-11-27", "state_visit", True), "zh"),
    M("18-pa-en-xi-talks-varela-panama-city",
      "Xi Jinping Holds Talks with President Juan Carlos Varela of Panama",
      "On December 3, 2018 local time, President Xi Jinping held talks with President Juan Carlos Varela at the "
      "Palacio de las Garzas in Panama City. It was the first visit of a Chinese head of state to Panama. The "
      "two leaders agreed to move forward with a feasibility study on a free trade agreement.",
      "2018-12-04", old(MFA_EN_OLD, 1618801),
      rel("Panama", "2018-12-03", "talks", True, "Varela")),
    # ================================ 2023 ================================
    M("23-hn-en-joint-communique-ties",
      "Joint Communiqué between the People's Republic of China and the Republic of Honduras on the Establishment of Diplomatic Relations",
      "The two governments have decided to recognize each other and to set up relations at ambassadorial level "
      "from the date this communiqué is signed. The Government of Honduras recognizes the one-China principle "
      "and will no longer have official relations with Taiwan.\nDone in Beijing on March 26, 2023, in Chinese "
      "and Spanish, by Qin Gang and Eduardo Enrique Reina.",
      "2023-03-26", url(MFA_EN, "2023-03-26", 1),
      rel("Honduras", "2023-03-26", "joint_statement", False)),
    M("23-hn-zh-qin-gang-talks-reina",
      "秦刚同洪都拉斯外长雷纳举行会谈",
      "2023年3月26日，国务委员兼外长秦刚在北京同洪都拉斯外长雷纳举行会谈，会谈前两国外长签署了建交联合公报。"
      "秦刚表示，中方欢迎洪方作出正确的政治决断。雷纳表示，洪方将坚定奉行一个中国原则。",
      "2023-03-26", url(MFA_ZH, "2023-03-26", 2),
      rel("Honduras", "2023-03-26", "talks", False, "雷纳|Reina"), "zh"),
    M("23-hn-zh-castro-visit-announced",
      "洪都拉斯总统卡斯特罗将对中国进行国事访问",
      "外交部发言人汪文斌宣布：应国家主席习近平邀请，洪都拉斯共和国总统希奥马拉·卡斯特罗将于6月9日至14日对中国进行国事访问。",
      "2023-06-07", url(MFA_ZH, "2023-06-07", 3),
      rel("Honduras", "2023-06-09", "state_visit", True, "卡斯特罗|Castro"), "zh"),
    M("23-hn-en-xi-talks-castro",
      "Xi Jinping Holds Talks with Honduran President Xiomara Castro",
      "On the afternoon of June 12, 2023, President Xi Jinping held talks with Honduran President Xiomara "
      "Castro at the Great Hall of the People. It was Castro's first visit to China since the two countries "
      "set up diplomatic ties in March. Xi said China welcomes Honduras to the Belt and Road family. Castro "
      "said her country hopes to learn from China's experience in fighting poverty.",
      "2023-06-12", url(MFA_EN, "2023-06-12", 4),
      rel("Honduras", "2023-06-12", "talks", True, "Castro")),
    M("23-br-zh-lula-arrives-shanghai",
      "巴西总统卢拉抵达上海开始对中国进行国事访问",
      "4月12日晚，巴西总统卢拉乘专机抵达上海，开始对中国进行国事访问。在沪期间，卢拉将出席新开发银行行长就职仪式。之后他将前往北京。",
      "2023-04-12", url(MFA_ZH, "2023-04-12", 5),
      rel("Brazil", "2023-04-12", "state_visit", True, "卢拉|Lula"), "zh"),
    M("23-br-en-xi-talks-lula",
      "Xi Jinping Holds Talks with Brazilian President Luiz Inácio Lula da Silva",
      "On the afternoon of April 14, 2023, President Xi Jinping held talks with President Luiz Inácio Lula da "
      "Silva at the Great Hall of the People. Xi said China-Brazil relations had always been of strategic "
      "importance. Lula said Brazil wants to raise the comprehensive strategic partnership to a new height. "
      "After the talks they witnessed the signing of documents on trade, the digital economy and space.",
      "2023-04-14", url(MFA_EN, "2023-04-14", 6),
      rel("Brazil", "2023-04-14", "talks", True, "Lula")),
    M("23-br-en-li-qiang-meets-lula",
      "Li Qiang Meets with Brazilian President Lula",
      "On the morning of April 14, 2023, Premier Li Qiang met with President Luiz Inácio Lula da Silva at the "
      "Great Hall of the People. Li said China is willing to import more quality products from Brazil. Lula "
      "said Brazil welcomes Chinese firms in the energy transition.",
      "2023-04-14", url(MFA_EN, "2023-04-14", 7),
      rel("Brazil", "2023-04-14", "meeting", True, "Lula")),
    M("23-br-en-zhao-leji-meets-lula",
      "Zhao Leji Meets with Brazilian President Lula",
      "On April 14, 2023, Zhao Leji, Chairman of the Standing Committee of the National People's Congress, met "
      "with Brazilian President Luiz Inácio Lula da Silva in Beijing. Zhao said the NPC is ready to deepen "
      "exchanges with the Brazilian National Congress.",
      "2023-04-14", url(MFA_EN, "2023-04-14", 8),
      rel("Brazil", "2023-04-14", "meeting", False, "Lula")),
    M("23-br-zh-joint-statement",
      "中华人民共和国和巴西联邦共和国联合声明（全文）",
      "一、应国家主席习近平邀请，巴西联邦共和国总统路易斯·伊纳西奥·卢拉·达席尔瓦于2023年4月12日至15日对中国进行国事访问。"
      "两国元首就双边关系以及共同关心的国际和地区问题深入交换意见。\n二、双方同意进一步深化中巴全面战略伙伴关系。\n三、双方欢迎签署多项合作文件。",
      "2023-04-15", url(MFA_ZH_GB, "2023-04-15", 9),
      rel("Brazil", "2023-04-12", "joint_statement", None), "zh"),
    M("23-co-en-xi-talks-petro-establish",
      "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
      "On the afternoon of October 25, 2023, President Xi Jinping held talks with President Gustavo Petro, who "
      "is in China on a state visit, at the Great Hall of the People. The two heads of state announced that "
      "China-Colombia relations would be elevated to a strategic partnership. Petro said Colombia hopes to "
      "attract Chinese investment in railways and clean energy.",
      "2023-10-25", url(MFA_EN, "2023-10-25", 10),
      rel("Colombia", "2023-10-25", "talks", True, "Petro", "establish", SP)),
    M("23-co-emb-zh-xi-talks-petro",
      "习近平同哥伦比亚总统佩特罗举行会谈",
      "首页 > 中国要闻\n2023年10月25日，习近平主席在人民大会堂与正在中国国事访问的哥伦比亚总统佩特罗举行会谈。"
      "两国元首宣布，将中哥关系提升为战略伙伴关系。佩特罗表示，哥方愿同中方深化铁路、新能源合作。\n【打印本页】【关闭窗口】",
      "2023-10-26", url(EMB_ZH, "2023-10-26", 11),
      rel("Colombia", "2023-10-25", "talks", True, "佩特罗|Petro", "establish", SP), "zh"),
    M("23-ve-zh-xi-talks-maduro-all-weather",
      "习近平同委内瑞拉总统马杜罗举行会谈",
      "9月13日下午，国家主席习近平在人民大会堂同来华进行国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布，将中委关系提升为全天候战略伙伴关系。"
      "习近平表示，中方支持委内瑞拉人民捍卫国家主权。马杜罗表示，委方愿加入更多全球发展倡议项目。",
      "2023-09-13", url(MFA_ZH, "2023-09-13", 12),
      rel("Venezuela", "2023-09-13", "talks", True, "马杜罗|Maduro", "upgrade", "all-weather strategic partnership"), "zh"),
    M("23-uy-en-xi-talks-lacalle-pou-upgrade",
      "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
      "On November 22, 2023, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou, who is "
      "on a state visit to China, at the Great Hall of the People. The two heads of state agreed to lift "
      "China-Uruguay relations to a comprehensive strategic partnership. Lacalle Pou said Uruguay hopes to "
      "make progress on a free trade agreement.",
      "2023-11-22", url(MFA_EN, "2023-11-22", 13),
      rel("Uruguay", "2023-11-22", "talks", True, "Lacalle Pou", "upgrade", CSP)),
    M("23-uy-hk-zh-xi-talks-lacalle-pou",
      "習近平同烏拉圭總統拉卡列舉行會談",
      "【文匯報訊】據新華社報道，國家主席習近平11月22日在人民大會堂同來華進行國事訪問的烏拉圭總統拉卡列舉行會談。"
      "兩國元首宣布將中烏關係提升為全面戰略夥伴關係。拉卡列表示，烏方願推進對華自貿談判。",
      "2023-11-23", url(HK_ZH, "2023-11-23", 14),
      rel("Uruguay", "2023-11-22", "talks", True, "拉卡列|Lacalle", "upgrade", CSP), "zh"),
    M("23-cl-en-xi-talks-boric-brf",
      "Xi Jinping Holds Talks with Chilean President Gabriel Boric",
      "On October 17, 2023, President Xi Jinping held talks at the Great Hall of the People with Chilean "
      "President Gabriel Boric, who is in Beijing for the third Belt and Road Forum for International "
      "Cooperation and a state visit. Xi said China and Chile had been pioneers in ties between China and "
      "Latin America. Boric said Chile hopes to work with China on lithium and astronomy.",
      "2023-10-17", url(MFA_EN, "2023-10-17", 15),
      rel("Chile", "2023-10-17", "talks", True, "Boric"),
      event_type="held talks during a state visit that coincides with a forum: talks by the text's word, or sidelines"),
    M("23-ar-en-congrats-milei-elected",
      "Xi Jinping Sends Congratulatory Message to Javier Milei",
      "On November 21, 2023, President Xi Jinping sent a message to Javier Milei congratulating him on his "
      "election as President of Argentina. Xi said the two countries are comprehensive strategic partners and "
      "that he is ready to work with the president-elect for a good development of ties.",
      "2023-11-21", url(MFA_EN, "2023-11-21", 16),
      rel("Argentina", "2023-11-21", "message", False, "Milei")),
    # ================================ 2024 ================================
    M("24-multi-en-xi-leaves-for-lima-rio",
      "Xi Jinping Departs Beijing for APEC in Lima, G20 in Rio and State Visits to Peru and Brazil",
      "On the morning of November 13, 2024, President Xi Jinping left Beijing by special plane for Lima, where "
      "he will attend the 31st APEC Economic Leaders' Meeting and pay a state visit to Peru. He will then go "
      "to Rio de Janeiro for the 19th G20 summit and pay a state visit to Brazil.",
      "2024-11-13", url(MFA_EN_XW, "2024-11-13", 17),
      rel("multilateral", "2024-11-13", "state_visit", True)),
    M("24-pe-zh-signed-article",
      "习近平在秘鲁媒体发表署名文章",
      "在应邀对秘鲁进行国事访问之际，国家主席习近平11月13日在秘鲁《秘鲁人报》发表题为《让友谊与合作之船扬帆远航》的署名文章。"
      "文章回顾了中秘友好交往的历史，展望钱凯港等合作项目的前景。",
      "2024-11-13", url(MFA_ZH, "2024-11-13", 18),
      rel("Peru", "2024-11-13", "message", False), "zh"),
    M("24-pe-en-xi-talks-boluarte",
      "Xi Jinping Holds Talks with Peruvian President Dina Boluarte",
      "On November 14, 2024 local time, President Xi Jinping held talks with President Dina Boluarte at the "
      "Government Palace in Lima. The two heads of state agreed to keep the comprehensive strategic partnership "
      "on a steady course and signed off on an upgraded free trade agreement. Boluarte said the Chancay port "
      "opens a new route between Asia and South America.",
      "2024-11-15", url(MFA_EN_XW, "2024-11-15", 19),
      rel("Peru", "2024-11-14", "talks", True, "Boluarte")),
    M("24-pe-zh-chancay-ceremony",
      "习近平同秘鲁总统博鲁阿尔特共同以视频方式出席钱凯港开港仪式",
      "当地时间11月14日下午，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特一起以视频方式出席钱凯港开港仪式。"
      "习近平在致辞中表示，钱凯港将成为新时代的印加古道。博鲁阿尔特表示，这是秘鲁发展的重要时刻。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 20),
      rel("Peru", "2024-11-14", "other", None), "zh"),
    M("24-cl-en-apec-xi-meets-boric",
      "Xi Jinping Meets with Chilean President Gabriel Boric",
      "On November 16, 2024 local time, President Xi Jinping met with Chilean President Gabriel Boric on the "
      "sidelines of the 31st APEC Economic Leaders' Meeting in Lima. Xi said the two countries should work on "
      "new areas such as green minerals and e-commerce. Boric said Chile supports multilateral trade.",
      "2024-11-17", url(MFA_EN_XW, "2024-11-17", 21),
      rel("Chile", "2024-11-16", "meeting_on_sidelines", True, "Boric")),
    M("24-ar-zh-g20-xi-meets-milei",
      "习近平会见阿根廷总统米莱",
      "当地时间11月19日，国家主席习近平在里约热内卢出席二十国集团领导人峰会期间会见阿根廷总统米莱。习近平表示，中阿都是发展中大国和新兴市场国家。"
      "米莱表示，阿方愿同中方扩大经贸合作。",
      "2024-11-20", url(MFA_ZH, "2024-11-20", 22),
      rel("Argentina", "2024-11-19", "meeting_on_sidelines", True, "米莱|Milei"), "zh"),
    M("24-mx-en-g20-xi-meets-sheinbaum",
      "Xi Jinping Meets with Mexican President Claudia Sheinbaum",
      "On November 18, 2024 local time, President Xi Jinping met with Mexican President Claudia Sheinbaum in "
      "Rio de Janeiro, where both are attending the G20 summit. Xi said that China and Mexico are both major "
      "developing countries. Sheinbaum said Mexico wants balanced trade with China.",
      "2024-11-19", url(MFA_EN_XW, "2024-11-19", 23),
      rel("Mexico", "2024-11-18", "meeting_on_sidelines", True, "Sheinbaum")),
    M("24-br-agency-en-xi-arrives-brasilia",
      "Xi arrives in Brasilia for state visit to Brazil",
      "World | China | Photos | Video\n date 2024-11-20\nBRASILIA, Nov. 19 (Xinhua) -- Chinese President Xi "
      "Jinping arrived in Brasilia on Tuesday evening for a state visit to Brazil, after wrapping up the G20 "
      "summit in Rio de Janeiro. Senior Brazilian officials greeted him at the air force base.\nRelated: Xi, "
      "Lula to hold talks",
      None, url(AGENCY_EN, "2024-11-20", 103),
      rel("Brazil", "2024-11-19", "state_visit", True)),
    M("24-br-en-xi-talks-lula-community",
      "Xi Jinping Holds Talks with Brazilian President Lula",
      "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inácio Lula da "
      "Silva at the Alvorada Palace in Brasilia. The two heads of state decided to lift China-Brazil relations "
      "to a China-Brazil community with a shared future for a more just world and a more sustainable planet, "
      "and to link the Belt and Road with Brazil's development programmes.",
      "2024-11-21", url(MFA_EN_XW, "2024-11-21", 24),
      rel("Brazil", "2024-11-20", "talks", True, "Lula")),
    M("24-br-zh-joint-statement",
      "中华人民共和国和巴西联邦共和国联合声明（全文）",
      "一、应巴西联邦共和国总统卢拉邀请，中华人民共和国主席习近平于2024年11月17日至21日出席在里约热内卢举行的二十国集团领导人峰会并对巴西进行国事访问。\n"
      "二、两国元首宣布，将中巴关系定位提升为携手构建更公正世界和更可持续星球的中巴命运共同体。\n三、双方将推动共建“一带一路”倡议同巴西发展规划对接。",
      "2024-11-21", url(MFA_ZH_GB, "2024-11-21", 25),
      rel("Brazil", "2024-11-17", "joint_statement", None), "zh"),
    M("24-cl-zh-wildfire-condolence",
      "习近平就智利森林火灾向智利总统博里奇致慰问电",
      "2月4日，国家主席习近平就智利中部瓦尔帕莱索大区发生森林火灾向智利总统博里奇致慰问电。习近平表示，惊悉火灾造成重大人员伤亡，"
      "谨代表中国政府和人民，对遇难者表示深切哀悼。",
      "2024-02-04", url(MFA_ZH, "2024-02-04", 26),
      rel("Chile", "2024-02-04", "message", True, "博里奇|Boric"), "zh"),
    M("24-br-en-floods-sympathy",
      "Xi Jinping Sends Message of Sympathy to Brazilian President Lula over Floods",
      "On May 6, 2024, President Xi Jinping sent a message of sympathy to President Luiz Inácio Lula da Silva "
      "over the heavy floods in the state of Rio Grande do Sul. Xi said he was saddened to learn of the loss "
      "of life and wished the people of the flooded areas an early return to normal life.",
      "2024-05-06", url(MFA_EN, "2024-05-06", 27),
      rel("Brazil", "2024-05-06", "message", True, "Lula")),
    M("24-mx-en-congrats-sheinbaum-elected",
      "Xi Jinping Congratulates Claudia Sheinbaum on Her Election as President of Mexico",
      "On June 4, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her election "
      "as President of the United Mexican States. Xi said he stands ready to work with the president-elect to "
      "carry the comprehensive strategic partnership forward.",
      "2024-06-04", url(MFA_EN, "2024-06-04", 28),
      rel("Mexico", "2024-06-04", "message", False, "Sheinbaum")),
    M("24-br-zh-han-zheng-meets-alckmin",
      "韩正会见巴西副总统阿尔克明",
      "2024年6月7日，国家副主席韩正在北京人民大会堂会见巴西副总统阿尔克明。双方共同回顾了中巴高层协调与合作委员会的工作。"
      "阿尔克明表示，巴方期待习近平主席年内访巴。",
      "2024-06-07", url(MFA_ZH, "2024-06-07", 29),
      rel("Brazil", "2024-06-07", "meeting", False, "阿尔克明|Alckmin"), "zh"),
    M("24-br-en-wangyi-meets-amorim",
      "Wang Yi Meets with Celso Amorim, Chief Advisor to the Brazilian President",
      "On May 23, 2024, Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign "
      "Minister, met with Celso Amorim, Chief Advisor to President Lula, in Beijing. The two sides issued a "
      "joint understanding on a political settlement of the Ukraine crisis.",
      "2024-05-24", url(MFA_EN, "2024-05-24", 30),
      rel("Brazil", "2024-05-23", "meeting", False, "Amorim")),
    M("24-ag-en-li-qiang-talks-browne",
      "Li Qiang Holds Talks with Prime Minister of Antigua and Barbuda Gaston Browne",
      "On the afternoon of Thursday, Premier Li Qiang and Prime Minister Gaston Browne of Antigua and Barbuda, "
      "in Beijing for an official visit, held talks in the Great Hall. Li said China "
      "supports small island states in coping with climate change. Browne thanked China for help with "
      "infrastructure.",
      "2024-03-29", url(MFA_EN, "2024-03-29", 31),
      rel("Antigua and Barbuda", "2024-03-28", "talks", True, "Browne")),
    # ================================ 2025 ================================
    M("25-ve-en-envoy-at-inauguration",
      "Special Envoy of President Xi Jinping Attends the Inauguration of Venezuelan President Maduro",
      "On January 10, 2025 local time, Wang Dongming, Vice Chairman of the Standing Committee of the National "
      "People's Congress and special envoy of President Xi Jinping, attended the inauguration of Nicolás "
      "Maduro as President of Venezuela in Caracas. During his stay, Wang conveyed Xi's greetings to Maduro.",
      "2025-01-11", url(MFA_EN_XW, "2025-01-11", 32),
      rel("Venezuela", "2025-01-10", "other", False)),
    M("25-multi-en-fourth-ministerial-opening",
      "Xi Jinping Attends the Opening Ceremony of the Fourth Ministerial Meeting of the China-CELAC Forum",
      "On the morning of May 13, 2025, the fourth ministerial meeting of the China-CELAC Forum opened at the "
      "National Convention Center in Beijing. President Xi Jinping attended the opening ceremony and gave a "
      "keynote speech, announcing five programmes for joint development with Latin America and the Caribbean. "
      "Brazilian President Lula, Colombian President Petro and Chilean President Boric were present.",
      "2025-05-13", url(MFA_EN_XW, "2025-05-13", 33),
      rel("multilateral", "2025-05-13", "other", None)),
    M("25-br-zh-xi-talks-lula",
      "习近平同巴西总统卢拉举行会谈",
      "5月13日下午，国家主席习近平在人民大会堂同来华进行国事访问并出席中拉论坛第四届部长级会议开幕式的巴西总统卢拉举行会谈。"
      "习近平表示，中巴命运共同体建设开局良好。卢拉表示，巴方愿同中方加强在金砖等多边机制中的协调。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 34),
      rel("Brazil", "2025-05-13", "talks", True, "卢拉|Lula"), "zh"),
    M("25-co-en-xi-talks-petro",
      "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
      "On May 14, 2025, President Xi Jinping held talks with President Gustavo Petro of Colombia, who is on a "
      "state visit to China and attended the opening of the China-CELAC Forum's ministerial meeting, at the "
      "Great Hall of the People. After the talks, the two heads of state witnessed the signing of a "
      "cooperation plan on the Belt and Road. Xi said the strategic partnership set up two years ago is "
      "bearing fruit.",
      "2025-05-14", url(MFA_EN_XW, "2025-05-14", 35),
      rel("Colombia", "2025-05-14", "talks", True, "Petro")),
    M("25-cl-zh-xi-meets-boric-forum",
      "习近平会见智利总统博里奇",
      "5月14日上午，国家主席习近平在人民大会堂会见来华出席中拉论坛第四届部长级会议开幕式的智利总统博里奇。"
      "习近平表示，中智全面战略伙伴关系走在中拉关系前列。博里奇表示，智方愿同中方在锂矿开发、天文等领域深化合作。",
      "2025-05-14", url(MFA_ZH, "2025-05-14", 36),
      rel("Chile", "2025-05-14", "meeting_on_sidelines", True, "博里奇|Boric"), "zh"),
    M("25-multi-zh-wangyi-briefs-ministerial",
      "王毅介绍中拉论坛第四届部长级会议成果",
      "5月13日，中国－拉共体论坛第四届部长级会议在北京举行。会后，中共中央政治局委员、外交部长王毅向中外媒体介绍会议成果。"
      "王毅表示，会议通过了北京宣言和2025至2027年共同行动计划，体现了中拉双方携手发展的共同意愿。",
      "2025-05-14", url(MFA_ZH, "2025-05-14", 37),
      rel("multilateral", "2025-05-13", "other", False), "zh"),
    M("25-br-en-xi-phone-lula",
      "Xi Jinping Speaks with Brazilian President Lula on the Phone",
      "On the evening of August 11, 2025, President Xi Jinping had a phone conversation with Brazilian "
      "President Luiz Inácio Lula da Silva at his request. Lula briefed Xi on Brazil's response to new tariffs "
      "imposed on Brazilian goods. Xi said China supports Brazil in defending its sovereignty and that the "
      "two countries should stand together against unilateralism.",
      "2025-08-12", url(MFA_EN_XW, "2025-08-12", 38),
      rel("Brazil", "2025-08-11", "phone_call", True, "Lula")),
    M("25-uy-en-wangyi-talks-lubetkin",
      "Wang Yi Holds Talks with Uruguayan Foreign Minister Mario Lubetkin",
      "On June 24, 2025, Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign "
      "Minister, held talks in Beijing with Uruguayan Foreign Minister Mario Lubetkin. Wang said the "
      "comprehensive strategic partnership has kept its momentum under the new Uruguayan government.",
      "2025-06-24", url(MFA_EN_WJB, "2025-06-24", 39),
      rel("Uruguay", "2025-06-24", "talks", False, "Lubetkin")),
    M("25-ec-zh-congrats-noboa-reelected",
      "习近平致电祝贺诺沃当选连任厄瓜多尔总统",
      "4月15日，国家主席习近平致电诺沃，祝贺他当选连任厄瓜多尔总统。习近平指出，中厄全面战略伙伴关系持续深化，中方愿同厄方一道推动两国关系取得新发展。",
      "2025-04-15", url(MFA_ZH, "2025-04-15", 40),
      rel("Ecuador", "2025-04-15", "message", True, "诺沃|Noboa"), "zh"),
    M("25-cu-zh-wangyi-meets-rodriguez",
      "王毅会见古巴外长罗德里格斯",
      "2025年3月26日，中共中央政治局委员、外交部长王毅在北京会见古巴外长罗德里格斯。王毅表示，中方坚定支持古巴反对外来干涉。"
      "罗德里格斯表示，古方感谢中方提供的援助。",
      "2025-03-26", url(MFA_ZH, "2025-03-26", 41),
      rel("Cuba", "2025-03-26", "meeting", False, "罗德里格斯|Rodríguez"), "zh"),
    # ================================ 2026 ================================
    M("26-br-en-wangyi-phone-vieira",
      "Wang Yi Holds Phone Call with Brazilian Foreign Minister Mauro Vieira",
      "On January 14, 2026, Wang Yi, Member of the Political Bureau of the CPC Central Committee and Foreign "
      "Minister, spoke on the phone with Brazilian Foreign Minister Mauro Vieira. The two ministers exchanged "
      "views on BRICS cooperation this year and on the situation in the region.",
      "2026-01-15", url(MFA_EN_WJB, "2026-01-15", 42),
      rel("Brazil", "2026-01-14", "phone_call", False, "Vieira")),
    M("26-co-zh-wangyi-meets-villavicencio",
      "王毅会见哥伦比亚外长比利亚维森西奥",
      "当地时间3月3日，中共中央政治局委员、外交部长王毅在北京会见哥伦比亚外长比利亚维森西奥。王毅表示，中方愿同哥方落实好两国元首共识。"
      "比利亚维森西奥表示，哥方愿深化同中方的战略伙伴关系。",
      "2026-03-04", url(MFA_ZH, "2026-03-04", 43),
      rel("Colombia", "2026-03-03", "meeting", False, "比利亚维森西奥|Villavicencio"), "zh"),
    M("26-cl-en-envoy-at-kast-inauguration",
      "Special Envoy of President Xi Jinping Attends the Inauguration of Chilean President José Antonio Kast",
      "On March 11, 2026 local time, the special envoy of President Xi Jinping, Vice Chairman of the NPC "
      "Standing Committee Xiao Jie, attended the inauguration of President José Antonio Kast in Valparaíso. "
      "The envoy conveyed Xi's congratulations and said China is willing to keep ties on a steady course.",
      "2026-03-12", url(MFA_EN_XW, "2026-03-12", 44),
      rel("Chile", "2026-03-11", "other", False)),
    M("26-ar-emb-en-wangyi-meets-quirno",
      "Wang Yi Meets with Argentine Foreign Minister Pablo Quirno",
      "Home > Embassy News\nOn Wednesday, Foreign Minister Wang Yi met with Argentine Foreign Minister Pablo "
      "Quirno in Beijing. Wang said China values Argentina as a comprehensive strategic partner. Quirno said "
      "Argentina wants to sell more beef and soybeans to China.\n[Print] [Close]",
      "2026-02-06", url(EMB_EN, "2026-02-06", 45),
      rel("Argentina", "2026-02-04", "meeting", False, "Quirno")),
    M("26-mx-zh-rehung-wangyi-phone-de-la-fuente",
      "王毅同墨西哥外长德拉富恩特通电话",
      "2026年4月9日，中共中央政治局委员、外交部长王毅应约同墨西哥外长德拉富恩特通电话。双方就中墨经贸关系和全球治理问题交换意见。",
      "2026-04-10", url(MFA_ZH_REHUNG, "2026-04-10", 46),
      rel("Mexico", "2026-04-09", "phone_call", False, "德拉富恩特|de la Fuente"), "zh"),
    # ============================ not relevant ============================
    M("no-14-in-en-brics-xi-meets-modi",
      "Xi Jinping Meets with Indian Prime Minister Narendra Modi",
      "On July 14, 2014 local time, President Xi Jinping met with Prime Minister Narendra Modi of India in "
      "Fortaleza, Brazil, on the sidelines of the sixth BRICS summit. Xi said China and India should be "
      "partners for development.",
      "2014-07-15", old(MFA_EN_OLD, 1174901), NO),
    M("no-14-ru-zh-brics-xi-meets-putin",
      "习近平会见俄罗斯总统普京",
      "当地时间7月14日，国家主席习近平在巴西福塔莱萨出席金砖国家领导人第六次会晤前会见俄罗斯总统普京。两国元首就乌克兰局势交换意见。",
      "2014-07-15", old(MFA_ZH_OLD, 1174920), NO, "zh"),
    M("no-15-cn-en-spokesperson-general",
      "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on May 20, 2015",
      "Q: Premier Li Keqiang is visiting Brazil. Some say China wants to secure resources in Latin America. "
      "What is your response?\nA: China's cooperation with Latin American countries is open and mutually "
      "beneficial. I'd refer you to the releases on the visit.\nQ: Can you update us on the South China Sea?\n"
      "A: China's position is consistent and clear.",
      "2015-05-20", old(MFA_EN_OLD, 1265501), NO),
    M("no-16-ph-en-apec-xi-meets-duterte",
      "Xi Jinping Meets with Philippine President Rodrigo Duterte",
      "On November 19, 2016 local time, President Xi Jinping met with President Rodrigo Duterte of the "
      "Philippines in Lima, where both are attending the APEC leaders' meeting. Xi said the turnaround in "
      "relations is welcome.",
      "2016-11-20", old(MFA_EN_OLD, 1417801), NO),
    M("no-16-us-zh-apec-xi-meets-obama",
      "习近平会见美国总统奥巴马",
      "当地时间11月20日，国家主席习近平在利马会见美国总统奥巴马。习近平表示，中美关系保持总体稳定。奥巴马表示，美方愿同中方保持沟通。",
      "2016-11-21", old(MFA_ZH_OLD, 1418001), NO, "zh"),
    M("no-17-cn-en-ambassador-panama-credentials",
      "Chinese Ambassador Wei Qiang Presents Credentials to Panamanian President Varela",
      "On November 1, 2017, Wei Qiang, the first Chinese Ambassador to Panama, presented his letter of "
      "credentials to President Juan Carlos Varela at the presidential palace. Varela welcomed the ambassador "
      "and wished him success.",
      "2017-11-02", old(MFA_EN_OLD, 1506801), NO),
    M("no-18-es-en-xi-talks-sanchez",
      "Xi Jinping Holds Talks with Spanish Prime Minister Pedro Sánchez",
      "On November 28, 2018 local time, President Xi Jinping held talks with Prime Minister Pedro Sánchez at "
      "the Moncloa Palace in Madrid. The two sides agreed to work together in third markets, including Latin "
      "America.",
      "2018-11-29", old(MFA_EN_OLD, 1617101), NO),
    M("no-18-us-zh-g20-xi-trump-dinner",
      "习近平同美国总统特朗普举行会晤",
      "当地时间12月1日，国家主席习近平在布宜诺斯艾利斯同美国总统特朗普共进晚餐并举行会晤。双方同意停止加征新的关税。",
      "2018-12-02", old(MFA_ZH_OLD, 1617920), NO, "zh"),
    M("no-18-pt-en-xi-talks-rebelo",
      "Xi Jinping Holds Talks with Portuguese President Marcelo Rebelo de Sousa",
      "On December 4, 2018 local time, President Xi Jinping held talks with President Marcelo Rebelo de Sousa "
      "in Lisbon. Xi noted Portugal's role as a bridge to the Portuguese-speaking world, including Brazil.",
      "2018-12-05", old(MFA_EN_OLD, 1619101), NO),
    M("no-18-sv-zh-spokesperson-taiwan",
      "2018年8月21日外交部发言人陆慷主持例行记者会",
      "问：萨尔瓦多同中国建交后，台湾当局称将继续打压。你有何评论？\n答：一个中国原则是国际社会的普遍共识。我们欢迎更多国家站到正确一边。\n"
      "问：关于朝鲜半岛局势有何最新消息？\n答：我们希望各方保持克制。",
      "2018-08-21", old(MFA_ZH_OLD, 1587050), NO, "zh"),
    M("no-23-hn-en-spokesperson-question",
      "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 15, 2023",
      "Q: The President of Honduras said on Twitter that she has asked her foreign minister to pursue "
      "diplomatic ties with China. What is your comment?\nA: We have noted the reports. China is ready to "
      "develop friendly relations with all countries on the basis of the one-China principle.\nQ: A follow-up "
      "on the Ukraine crisis?\nA: Our position has not changed.",
      "2023-03-15", url(MFA_EN_SPOKES, "2023-03-15", 51), NO),
    M("no-23-br-emb-zh-ambassador-meets-governor",
      "祝青桥大使会见圣保罗州州长",
      "首页 > 使馆动态\n3月20日，驻巴西大使祝青桥在圣保罗会见州长塔西西奥，双方就加强经贸合作交换意见。",
      "2023-03-21", url(EMB_ZH, "2023-03-21", 52), NO, "zh"),
    M("no-24-us-en-apec-xi-meets-biden",
      "Xi Jinping Meets with U.S. President Joe Biden",
      "On November 16, 2024 local time, President Xi Jinping met with U.S. President Joe Biden in Lima, Peru, "
      "on the sidelines of the APEC leaders' meeting. Xi said a stable relationship serves both peoples.",
      "2024-11-17", url(MFA_EN_XW, "2024-11-17", 53), NO),
    M("no-24-jp-zh-apec-xi-meets-ishiba",
      "习近平会见日本首相石破茂",
      "当地时间11月15日，国家主席习近平在秘鲁利马出席亚太经合组织领导人非正式会议期间会见日本首相石破茂。",
      "2024-11-16", url(MFA_ZH, "2024-11-16", 54), NO, "zh"),
    M("no-24-au-en-g20-xi-meets-albanese",
      "Xi Jinping Meets with Australian Prime Minister Anthony Albanese",
      "On November 18, 2024 local time, President Xi Jinping met with Prime Minister Anthony Albanese in Rio "
      "de Janeiro on the sidelines of the G20 summit. Xi said the relationship has turned around.",
      "2024-11-19", url(MFA_EN_XW, "2024-11-19", 55), NO),
    M("no-24-fr-zh-g20-xi-meets-macron",
      "习近平会见法国总统马克龙",
      "当地时间11月18日，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见法国总统马克龙。双方就乌克兰危机交换意见。",
      "2024-11-19", url(MFA_ZH, "2024-11-19", 56), NO, "zh"),
    M("no-24-ru-en-wangyi-lavrov-rio",
      "Wang Yi Meets with Russian Foreign Minister Sergey Lavrov",
      "On February 21, 2024 local time, Wang Yi met with Russian Foreign Minister Sergey Lavrov in Rio de "
      "Janeiro on the sidelines of the G20 foreign ministers' meeting. The two sides discussed cooperation "
      "in the BRICS and the SCO.",
      "2024-02-22", url(MFA_EN, "2024-02-22", 57), NO),
    M("no-24-eg-zh-wangyi-egypt-rio",
      "王毅会见埃及外长舒克里",
      "当地时间2月21日，外交部长王毅在里约热内卢出席二十国集团外长会期间会见埃及外长舒克里，双方就加沙局势交换意见。",
      "2024-02-22", url(MFA_ZH, "2024-02-22", 58), NO, "zh"),
    M("no-24-pk-en-pacific-islands",
      "Wang Yi Chairs the Third China-Pacific Island Countries Foreign Ministers' Meeting",
      "On May 28, 2024, Wang Yi chaired the third foreign ministers' meeting between China and Pacific Island "
      "countries in Beijing. Ministers from Fiji, Papua New Guinea, Samoa, Solomon Islands and others took "
      "part.",
      "2024-05-28", url(MFA_EN, "2024-05-28", 59), NO),
    M("no-25-cn-en-spokesperson-panama-canal",
      "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on February 3, 2025",
      "Q: The U.S. says Chinese firms control the Panama Canal. What is your response?\nA: China has never "
      "taken part in the management or operation of the canal and respects Panama's sovereignty over it.\n"
      "Q: Any comment on new tariffs on Chinese goods?\nA: There are no winners in a trade war.",
      "2025-02-03", url(MFA_EN_SPOKES, "2025-02-03", 60), NO),
    M("no-25-id-zh-envoy-indonesia",
      "习近平主席特使出席印尼总统就职仪式",
      "当地时间10月20日，国家主席习近平特使、国家副主席韩正在雅加达出席印度尼西亚总统普拉博沃就职仪式。",
      "2024-10-21", url(MFA_ZH, "2024-10-21", 61), NO, "zh"),
    M("no-25-kz-en-xi-congrats",
      "Xi Jinping Sends Congratulatory Message to Kazakh President Tokayev on Independence Day",
      "On December 16, 2025, President Xi Jinping sent a congratulatory message to President Kassym-Jomart "
      "Tokayev on the anniversary of Kazakhstan's independence.",
      "2025-12-16", url(MFA_EN_XW, "2025-12-16", 62), NO),
    M("no-25-ar-emb-en-ambassador-donation",
      "Ambassador Wang Wei Attends Donation Ceremony in Buenos Aires",
      "Home > Embassy News\nOn September 12, 2025, Chinese Ambassador to Argentina Wang Wei attended a ceremony "
      "at which a Chinese company donated computers to schools in the province of Buenos Aires. The "
      "ambassador said people-to-people friendship is the basis of relations.\n[Print] [Close]",
      "2025-09-13", url(EMB_EN, "2025-09-13", 63), NO),
    M("no-25-es-zh-wangyi-spain-latin-america",
      "王毅同西班牙外交大臣阿尔瓦雷斯会谈",
      "2025年4月10日，外交部长王毅在北京同西班牙外交大臣阿尔瓦雷斯会谈。双方同意在拉美等第三方市场开展合作，加强在联合国等多边机制中的协调。",
      "2025-04-10", url(MFA_ZH, "2025-04-10", 64), NO, "zh"),
    M("no-26-sg-hk-zh-wangyi-singapore",
      "王毅會見新加坡外長維文",
      "【文匯報訊】據外交部網站消息，王毅1月20日在北京會見新加坡外長維文，雙方就東盟合作交換意見。",
      "2026-01-21", url(HK_ZH, "2026-01-21", 65), NO, "zh"),
    M("no-26-cn-zh-ministry-event-no-lac",
      "外交部举办“新时代的中国”湖南全球推介活动",
      "4月16日，外交部在北京举办“新时代的中国”湖南全球推介活动。外交部长王毅出席并致辞，来自一百多个国家的驻华使节参加。",
      "2026-04-16", url(MFA_ZH, "2026-04-16", 66), NO, "zh"),
    M("no-17-eg-en-vice-fm-egypt",
      "Vice Foreign Minister Meets Egyptian Delegation",
      "On March 2, 2017, Vice Foreign Minister Zhang Ming met with a delegation of the Egyptian parliament in "
      "Beijing. The two sides discussed Belt and Road cooperation in Africa.",
      "2017-03-02", old(MFA_EN_OLD, 1442101), NO),
    M("no-14-cu-agency-en-embassy-rice",
      "Chinese embassy donates rice to hurricane-hit Cuban province",
      "Home | World | Americas\n date 2014-10-09\nHAVANA, Oct. 8 (Xinhua) -- The Chinese Embassy in Cuba on "
      "Wednesday handed over a shipment of rice to the province of Guantanamo, which was hit by a hurricane. "
      "Ambassador Zhang Tuo said China will stand by the Cuban people.",
      None, url(AGENCY_EN, "2014-10-09", 104), NO),
]

# A second batch, written after the first run (after reading the code of the rules fixed): other kinds of
# the two periods (anniversary messages exchanged, envoys and vice leaders, premiers at BRICS and COP,
# Caribbean heads, APEC 2026, ministers' visits abroad, briefings on a trip, more negatives).
PROBES_2: list[Probe] = [
    M("24-br-en-anniversary-messages",
      "Xi Jinping and Brazilian President Lula Exchange Congratulatory Messages on the 50th Anniversary of Diplomatic Ties",
      "On August 15, 2024, President Xi Jinping and Brazilian President Luiz Inácio Lula da Silva exchanged "
      "congratulatory messages to mark half a century of diplomatic relations. Xi said the two countries have "
      "become a model of solidarity among developing countries. Lula said Brazil looks forward to Xi's state "
      "visit later this year.",
      "2024-08-15", url(MFA_EN, "2024-08-15", 201),
      rel("Brazil", "2024-08-15", "message", True, "Lula")),
    M("24-ve-zh-anniversary-messages",
      "习近平同委内瑞拉总统马杜罗就中委建交50周年互致贺电",
      "6月28日，国家主席习近平同委内瑞拉总统马杜罗互致贺电，庆祝两国建交50周年。习近平指出，中委是全天候战略伙伴。"
      "马杜罗表示，委方愿同中方共同开创两国关系新的半个世纪。",
      "2024-06-28", url(MFA_ZH, "2024-06-28", 202),
      rel("Venezuela", "2024-06-28", "message", True, "马杜罗|Maduro"), "zh"),
    M("25-br-en-li-qiang-meets-lula-brics",
      "Li Qiang Meets with Brazilian President Lula",
      "On July 5, 2025 local time, Premier Li Qiang met with Brazilian President Luiz Inácio Lula da Silva in "
      "Rio de Janeiro, where he is attending the 17th BRICS summit. Li said China supports Brazil's BRICS "
      "chairmanship. Lula said the bloc should speak up for the Global South.",
      "2025-07-06", url(MFA_EN_XW, "2025-07-06", 203),
      rel("Brazil", "2025-07-05", "meeting_on_sidelines", True, "Lula")),
    M("25-br-zh-ding-xuexiang-cop30",
      "丁薛祥会见巴西总统卢拉",
      "当地时间11月6日，国家主席习近平特使、国务院副总理丁薛祥在贝伦出席联合国气候变化大会领导人峰会期间会见巴西总统卢拉。"
      "丁薛祥表示，中方支持巴方办好本届大会。卢拉表示，巴方感谢中方在气候变化问题上的建设性作用。",
      "2025-11-07", url(MFA_ZH, "2025-11-07", 204),
      rel("Brazil", "2025-11-06", "meeting_on_sidelines", False, "卢拉|Lula"), "zh"),
    M("26-cl-en-apec-shenzhen-xi-meets-kast",
      "Xi Jinping Meets with Chilean President José Antonio Kast",
      "On November 11, 2026, President Xi Jinping met with Chilean President José Antonio Kast in Shenzhen on "
      "the sidelines of the 33rd APEC Economic Leaders' Meeting. Xi said China and Chile should keep their "
      "free trade partnership on track. Kast said Chile values China as its largest trading partner.",
      "2026-11-11", url(MFA_EN_XW, "2026-11-11", 205),
      rel("Chile", "2026-11-11", "meeting_on_sidelines", True, "Kast")),
    M("16-pe-zh-li-yuanchao-inauguration",
      "李源潮出席秘鲁总统就职仪式",
      "当地时间7月28日，国家主席习近平特使、国家副主席李源潮在利马出席秘鲁新任总统库琴斯基的就职仪式。李源潮转达了习近平主席的诚挚祝贺。",
      "2016-07-29", old(MFA_ZH_OLD, 1385201),
      rel("Peru", "2016-07-28", "other", False), "zh"),
    M("16-pe-en-li-yuanchao-meets-kuczynski",
      "Li Yuanchao Meets with Peruvian President Pedro Pablo Kuczynski",
      "On July 29, 2016 local time, Vice President Li Yuanchao, in Lima as President Xi Jinping's special envoy "
      "for the inauguration, met with President Pedro Pablo Kuczynski. Kuczynski said he will make China the "
      "destination of his first trip abroad.",
      "2016-07-30", old(MFA_EN_OLD, 1385301),
      rel("Peru", "2016-07-29", "meeting", False, "Kuczynski")),
    M("15-br-zh-wang-yang-cosban",
      "汪洋与巴西副总统特梅尔共同主持中巴高委会第四次会议",
      "当地时间2015年11月6日，国务院副总理汪洋在巴西利亚同巴西副总统特梅尔共同主持中巴高层协调与合作委员会第四次会议。"
      "双方回顾了李克强总理访巴成果的落实情况。",
      "2015-11-07", old(MFA_ZH_OLD, 1312601),
      rel("Brazil", "2015-11-06", "other", False), "zh"),
    M("16-multi-en-wangyi-briefs-trip",
      "Wang Yi Talks about President Xi Jinping's Trip to Latin America",
      "At the end of President Xi Jinping's state visits to Ecuador, Peru and Chile and his attendance at the "
      "APEC meeting in Lima from November 17 to 23, Foreign Minister Wang Yi briefed the accompanying "
      "journalists. Wang said the trip had opened a new chapter in China's ties with the region.",
      "2016-11-24", old(MFA_EN_OLD, 1418901),
      rel("multilateral", "2016-11-17", "other", False)),
    M("18-multi-zh-wangyi-visit-announced",
      "外交部发言人宣布王毅将出席中拉论坛第二届部长级会议并访问智利、乌拉圭",
      "外交部发言人陆慷宣布：应智利、乌拉圭两国外长邀请，国务委员兼外交部长王毅将于1月21日至25日出席在智利圣地亚哥举行的中国－拉共体论坛第二届部长级会议，"
      "并对智利和乌拉圭进行正式访问。",
      "2018-01-16", old(MFA_ZH_OLD, 1525901),
      rel("multilateral", "2018-01-21", "official_visit", False), "zh"),
    M("18-uy-en-wangyi-meets-vazquez",
      "Wang Yi Meets with Uruguayan President Tabaré Vázquez",
      "On January 24, 2018 local time, State Councilor and Foreign Minister Wang Yi met with President Tabaré "
      "Vázquez in Montevideo. Vázquez said Uruguay was the first Mercosur country to sign a Belt and Road "
      "memorandum with China.",
      "2018-01-25", old(MFA_EN_OLD, 1528301),
      rel("Uruguay", "2018-01-24", "meeting", False, "Vázquez")),
    M("23-gd-en-li-qiang-talks-mitchell",
      "Li Qiang Holds Talks with Grenadian Prime Minister Dickon Mitchell",
      "On the morning of Friday, Premier Li Qiang held talks with Prime Minister Dickon Mitchell of Grenada at "
      "the Great Hall of the People. Li said China is ready to help Grenada with renewable energy. Mitchell "
      "said Grenada adheres to the one-China principle.",
      "2023-06-17", url(MFA_EN, "2023-06-17", 206),
      rel("Grenada", "2023-06-16", "talks", True, "Mitchell")),
    M("24-bb-zh-wangyi-meets-mottley",
      "王毅会见巴巴多斯总理莫特利",
      "2024年5月30日，中共中央政治局委员、外交部长王毅在北京会见巴巴多斯总理莫特利。王毅表示，中方支持小岛屿国家应对气候变化。莫特利表示，巴方愿同中方深化合作。",
      "2024-05-30", url(MFA_ZH, "2024-05-30", 207),
      rel("Barbados", "2024-05-30", "meeting", False, "莫特利|Mottley"), "zh"),
    M("24-hn-hk-zh-castro-congratulates",
      "習近平同洪都拉斯總統卡斯特羅通電話",
      "【文匯報訊】據外交部網站消息，國家主席習近平3月26日應約同洪都拉斯總統卡斯特羅通電話，慶祝兩國建交一周年。"
      "習近平表示，中方願同洪方推進各領域務實合作。卡斯特羅表示，洪方堅定奉行一個中國原則。",
      "2024-03-27", url(HK_ZH, "2024-03-27", 208),
      rel("Honduras", "2024-03-26", "phone_call", True, "卡斯特羅|卡斯特罗|Castro"), "zh"),
    M("25-multi-en-wangyi-meets-celac-quartet",
      "Wang Yi Meets with Foreign Ministers of the CELAC Quartet",
      "On May 12, 2025, Foreign Minister Wang Yi met in Beijing with foreign ministers of the CELAC quartet, "
      "who are in China for the fourth ministerial meeting of the China-CELAC Forum. The two sides discussed "
      "preparations for the meeting.",
      "2025-05-12", url(MFA_EN_WJB, "2025-05-12", 209),
      rel("multilateral", "2025-05-12", "meeting_on_sidelines", False)),
    M("14-br-agency-en-xi-rousseff-talks",
      "Xi, Rousseff hold talks in Brasilia",
      "Home | World | Americas\n date 2014-07-18\nBRASILIA, July 17 (Xinhua) -- Chinese President Xi Jinping and "
      "his Brazilian counterpart Dilma Rousseff held talks here on Thursday and agreed to deepen cooperation in "
      "railways, energy and aviation. The two leaders witnessed the signing of 32 agreements.\nEditor: Zhang Yi",
      None, url(AGENCY_EN, "2014-07-18", 210),
      rel("Brazil", "2014-07-17", "talks", True, "Rousseff")),
    M("17-cu-zh-wangyi-talks-rodriguez",
      "王毅同古巴外长罗德里格斯举行会谈",
      "11月30日，外交部长王毅在北京同古巴外长罗德里格斯举行会谈。王毅表示，中方愿同古方加强治国理政经验交流。罗德里格斯表示，古方感谢中方的支持。",
      "2017-11-30", old(MFA_ZH_OLD, 1515601),
      rel("Cuba", "2017-11-30", "talks", False, "罗德里格斯|Rodríguez"), "zh"),
    M("23-hn-en-spokesperson-announces-qin-visit",
      "Honduran Foreign Minister to Visit China",
      "Foreign Ministry Spokesperson Wang Wenbin announced that at the invitation of State Councilor and Foreign "
      "Minister Qin Gang, Honduran Foreign Minister Eduardo Enrique Reina will visit China from March 25 to 30.",
      "2023-03-24", url(MFA_EN, "2023-03-24", 211),
      rel("Honduras", "2023-03-25", "official_visit", False, "Reina")),
    M("no-15-cn-en-li-meets-ecb",
      "Li Keqiang Meets with European Commission President",
      "On June 29, 2015, Premier Li Keqiang met with European Commission President Jean-Claude Juncker in "
      "Brussels. The two sides discussed cooperation on infrastructure, including in third markets such as "
      "Latin America.",
      "2015-06-30", old(MFA_EN_OLD, 1277001), NO),
    M("no-23-br-en-ndb-rousseff-shanghai",
      "Spokesperson's Remarks on the New Development Bank",
      "Q: Former Brazilian President Dilma Rousseff has taken office as President of the New Development Bank. "
      "What is your comment?\nA: China supports the bank in playing a bigger role for emerging markets.",
      "2023-03-28", url(MFA_EN_SPOKES, "2023-03-28", 212), NO),
    M("no-26-zh-spokesperson-venezuela-question",
      "2026年1月5日外交部发言人毛宁主持例行记者会",
      "问：美国对委内瑞拉采取军事行动，中方有何评论？\n答：中方一贯反对在国际关系中使用武力。\n问：日本首相近日涉台言论，中方如何看待？\n答：我们已多次阐明立场。",
      "2026-01-05", url(MFA_ZH, "2026-01-05", 213), NO, "zh"),
    M("no-24-ve-emb-zh-ambassador-meets-fm",
      "蓝虎大使会见委内瑞拉外长希尔",
      "首页 > 使馆动态\n2024年9月10日，驻委内瑞拉大使蓝虎拜会委内瑞拉外长希尔，双方就双边关系交换意见。\n【打印本页】【关闭窗口】",
      "2024-09-11", url(EMB_ZH, "2024-09-11", 214), NO, "zh"),
    M("no-16-cn-zh-xi-meets-russia-apec",
      "习近平会见俄罗斯总统普京",
      "当地时间11月19日，国家主席习近平在利马出席亚太经合组织第二十四次领导人非正式会议期间会见俄罗斯总统普京。",
      "2016-11-20", old(MFA_ZH_OLD, 1417701), NO, "zh"),
    M("no-25-za-en-li-qiang-brics-south-africa",
      "Li Qiang Meets with South African President Cyril Ramaphosa",
      "On July 6, 2025 local time, Premier Li Qiang met with South African President Cyril Ramaphosa in Rio de "
      "Janeiro on the sidelines of the BRICS summit.",
      "2025-07-07", url(MFA_EN_XW, "2025-07-07", 215), NO),
    # ---- harder kinds: signed articles before a trip, letters, signings by ministers, vice ministers ----
    M("14-ar-zh-signed-article-before-visit",
      "习近平在阿根廷媒体发表署名文章",
      "在对阿根廷进行国事访问前夕，国家主席习近平7月17日在阿根廷《号角报》发表题为《推动中阿关系迈向新台阶》的署名文章。"
      "文章指出，中阿两国虽然远隔重洋，但友好交往源远流长。",
      "2014-07-17", old(MFA_ZH_OLD, 1175301),
      rel("Argentina", "2014-07-17", "message", False), "zh"),
    M("24-br-en-signed-article-folha",
      "Xi Jinping Publishes a Signed Article in Brazilian Media",
      "On November 19, 2024, ahead of his state visit to Brazil, President Xi Jinping published a signed "
      "article in the Brazilian newspaper Folha de S.Paulo. In the article, Xi recalled his earlier visits to "
      "Brazil and called for closer cooperation in green industries and the digital economy.",
      "2024-11-19", url(MFA_EN_XW, "2024-11-19", 216),
      rel("Brazil", "2024-11-19", "message", False)),
    M("24-mx-en-congrats-sheinbaum-inaugurated",
      "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Inauguration as President of Mexico",
      "On October 1, 2024, President Xi Jinping sent a message to Claudia Sheinbaum, congratulating her on "
      "being sworn in as President of Mexico. Xi said he is ready to work with President Sheinbaum to steer "
      "the comprehensive strategic partnership to new heights.",
      "2024-10-01", url(MFA_EN_XW, "2024-10-01", 217),
      rel("Mexico", "2024-10-01", "message", True, "Sheinbaum")),
    M("24-multi-zh-xi-letter-business-summit",
      "习近平向第十七届中国－拉美企业家高峰会致贺信",
      "11月20日，第十七届中国－拉美企业家高峰会在秘鲁利马开幕。国家主席习近平致贺信，对峰会的召开表示热烈祝贺。"
      "习近平指出，中拉经贸合作惠及双方人民。",
      "2024-11-20", url(MFA_ZH, "2024-11-20", 218),
      rel("multilateral", "2024-11-20", "message", False), "zh",
      country="a congratulatory letter to a business summit held in one LAC country with participants from the region: Peru or multilateral"),
    M("23-ni-en-wang-wentao-fta-signing",
      "China and Nicaragua Sign Free Trade Agreement",
      "On August 31, 2023, Commerce Minister Wang Wentao and Nicaraguan Minister Laureano Ortega signed the "
      "free trade agreement between the two countries by video link. Wang said the agreement is a milestone "
      "in ties since diplomatic relations were restored.",
      "2023-09-01", url(MFA_EN, "2023-09-01", 219),
      rel("Nicaragua", "2023-08-31", "other", False)),
    M("25-ar-zh-vice-minister-meets-ambassador",
      "外交部副部长华春莹会见阿根廷驻华大使",
      "2025年2月18日，外交部副部长华春莹会见阿根廷驻华大使马努埃尔·贝洛尼，双方就中阿关系交换意见。",
      "2025-02-18", url(MFA_ZH, "2025-02-18", 220),
      rel("Argentina", "2025-02-18", "meeting", False, "贝洛尼|Belloni"), "zh"),
    M("23-br-zh-wang-huning-meets-lula",
      "王沪宁会见巴西总统卢拉",
      "4月14日，全国政协主席王沪宁在北京会见来华进行国事访问的巴西总统卢拉。王沪宁表示，全国政协愿同巴西各界加强交流。",
      "2023-04-14", url(MFA_ZH, "2023-04-14", 221),
      rel("Brazil", "2023-04-14", "meeting", False, "卢拉|Lula"), "zh"),
    M("15-multi-en-wangyi-celac-quartet-beijing",
      "Wang Yi Meets with Foreign Ministers of the CELAC Quartet",
      "On January 7, 2015, Foreign Minister Wang Yi met in Beijing with the foreign ministers of Costa Rica, "
      "Cuba, Ecuador and Antigua and Barbuda, the members of the CELAC quartet, who came for the first "
      "ministerial meeting of the China-CELAC Forum.",
      "2015-01-07", old(MFA_EN_OLD, 1226410),
      rel("multilateral", "2015-01-07", "meeting_on_sidelines", False)),
    M("18-sv-zh-xh-xi-meets-sanchez-ceren",
      "习近平会见萨尔瓦多总统桑切斯",
      "新华社北京11月1日电 国家主席习近平1日在人民大会堂会见萨尔瓦多总统桑切斯。桑切斯正在中国国事访问，并将出席首届进口博览会。"
      "习近平表示，中萨建交开启了两国关系新纪元。",
      "2018-11-01", url(AGENCY_ZH, "2018-11-01", 222),
      rel("El Salvador", "2018-11-01", "meeting", True, "桑切斯|Sánchez"), "zh"),
    M("no-25-cn-en-director-general-meets",
      "Director-General of the Department of Latin American and Caribbean Affairs Meets Peruvian Ambassador",
      "On April 2, 2025, Director-General Cai Wei of the Department of Latin American and Caribbean Affairs met "
      "with the Peruvian Ambassador to China at the ministry and exchanged views on bilateral cooperation.",
      "2025-04-02", url(MFA_EN, "2025-04-02", 223), NO,
      relevant="a department head of the ministry, below a vice minister: SCHEMA names state leaders, ministers and vice ministers"),
    # ---- dates by weekday or with no year, several countries, groups, letters, captions ----
    M("24-pe-en-weekday-no-dateline",
      "Xi Jinping Meets with Peruvian Congress President Eduardo Salhuana",
      "On Friday local time, President Xi Jinping met with Eduardo Salhuana, President of the Congress of "
      "Peru, in Lima. Salhuana said the Congress supports closer ties with China.",
      "2024-11-16", url(MFA_EN_XW, "2024-11-16", 224),
      rel("Peru", "2024-11-15", "meeting", False, "Salhuana")),
    M("14-ve-en-no-year-anywhere",
      "Xi Jinping Meets with Venezuelan National Assembly President Diosdado Cabello",
      "On July 21 local time, President Xi Jinping met with Diosdado Cabello, President of the National "
      "Assembly of Venezuela, in Caracas. Cabello said the Assembly values its exchanges with the NPC.",
      None, old(MFA_EN_OLD, 1176101),
      rel("Venezuela", None, "meeting", False, "Cabello")),
    M("15-multi-en-wangyi-two-ministers",
      "Wang Yi Meets with Foreign Ministers of Ecuador and Peru",
      "On January 8, 2015, Foreign Minister Wang Yi met jointly with Ricardo Patiño, Foreign Minister of "
      "Ecuador, and Gonzalo Gutiérrez, Foreign Minister of Peru, on the margins of the China-CELAC Forum "
      "ministerial meeting in Beijing.",
      "2015-01-08", old(MFA_EN_OLD, 1226720),
      rel("multilateral", "2015-01-08", "meeting_on_sidelines", False)),
    M("25-multi-zh-xi-meets-lac-leaders-group",
      "习近平集体会见来华出席中拉论坛第四届部长级会议开幕式的拉美国家领导人",
      "5月13日中午，国家主席习近平在人民大会堂集体会见来华出席中拉论坛第四届部长级会议开幕式的巴西总统卢拉、智利总统博里奇、哥伦比亚总统佩特罗。"
      "习近平表示，中拉合作正迎来新的机遇。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 225),
      rel("multilateral", "2025-05-13", "meeting_on_sidelines", True), "zh"),
    M("24-br-en-caption-first",
      "Han Zheng Meets with Brazilian Foreign Minister Mauro Vieira",
      "(Photo: Vice President Han Zheng meets Mauro Vieira in Beijing)\nOn January 19, 2024, Vice President "
      "Han Zheng met with Brazilian Foreign Minister Mauro Vieira at the Great Hall of the People. Han said "
      "China is ready to work with Brazil to celebrate the 50th anniversary of ties.",
      "2024-01-19", url(MFA_EN, "2024-01-19", 226),
      rel("Brazil", "2024-01-19", "meeting", False, "Vieira")),
    M("16-ec-en-li-yuanchao-condolence-visit",
      "Vice President Li Yuanchao Visits Ecuadorian Embassy to Mourn Quake Victims",
      "On April 19, 2016, Vice President Li Yuanchao went to the Embassy of Ecuador in Beijing to mourn the "
      "victims of the earthquake and signed the book of condolence. Ambassador José Borja received him.",
      "2016-04-19", old(MFA_EN_OLD, 1356401),
      rel("Ecuador", "2016-04-19", "other", False),
      event_type="a condolence call at an embassy: a message of condolence in person, a meeting with the ambassador, or other"),
    # ---- partnership steps worded otherwise than the history codes them, and levels only recalled ----
    M("16-cl-en-joint-statement-establish-worded",
      "Joint Statement between the People's Republic of China and the Republic of Chile",
      "1. At the invitation of President Michelle Bachelet, President Xi Jinping paid a state visit to Chile "
      "from November 22 to 23, 2016.\n2. The two sides agreed to establish a comprehensive strategic "
      "partnership, opening a new stage in bilateral ties.\n3. The two sides will speed up the upgrade of the "
      "free trade agreement.",
      "2016-11-23", old(MFA_EN_OLD, 1418700),
      rel("Chile", "2016-11-22", "joint_statement", None, None, "upgrade", CSP)),
    M("18-bo-zh-joint-statement-establish",
      "中华人民共和国和多民族玻利维亚国关于建立战略伙伴关系的联合声明",
      "一、应国家主席习近平邀请，多民族玻利维亚国总统埃沃·莫拉莱斯于2018年6月18日至23日对中国进行国事访问。\n"
      "二、双方一致决定，建立中玻战略伙伴关系。\n三、玻方愿积极参与共建“一带一路”。",
      "2018-06-19", old(MFA_ZH_OLD, 1570401),
      rel("Bolivia", "2018-06-18", "joint_statement", None, None, "establish", SP), "zh"),
    M("23-ve-en-xi-talks-maduro-all-weather",
      "Xi Jinping Holds Talks with Venezuelan President Nicolás Maduro",
      "On the afternoon of September 13, 2023, President Xi Jinping held talks with President Nicolás Maduro, "
      "who is on a state visit to China, at the Great Hall of the People. The two heads of state jointly "
      "announced that China-Venezuela relations would be lifted to an all-weather strategic partnership.",
      "2023-09-13", url(MFA_EN, "2023-09-13", 227),
      rel("Venezuela", "2023-09-13", "talks", True, "Maduro", "upgrade", "all-weather strategic partnership")),
    M("16-pe-zh-recalled-level-deepen",
      "习近平同秘鲁总统库琴斯基举行会谈",
      "当地时间11月21日，国家主席习近平在利马同秘鲁总统库琴斯基举行会谈。两国元首同意深化中秘全面战略伙伴关系，推动自贸协定升级联合研究。",
      "2016-11-22", old(MFA_ZH_OLD, 1418230),
      rel("Peru", "2016-11-21", "talks", True, "库琴斯基|Kuczynski"), "zh"),
    M("17-uy-en-wangyi-recalls-partnership",
      "Wang Yi Holds Talks with Uruguayan Foreign Minister Rodolfo Nin Novoa",
      "On April 18, 2017, Foreign Minister Wang Yi held talks with Uruguayan Foreign Minister Rodolfo Nin Novoa "
      "in Beijing. Wang said the strategic partnership the two heads of state set up last October has given "
      "ties a new start.",
      "2017-04-18", old(MFA_EN_OLD, 1454101),
      rel("Uruguay", "2017-04-18", "talks", False, "Nin Novoa")),
    M("23-co-zh-vice-minister-briefs-petro-visit",
      "外交部副部长谢锋就哥伦比亚总统佩特罗访华举行中外媒体吹风会",
      "10月20日，外交部副部长谢锋就哥伦比亚总统佩特罗将于10月24日至26日对中国进行国事访问举行吹风会。谢锋表示，访问期间两国元首将举行会谈，"
      "共同规划中哥关系未来发展。",
      "2023-10-20", url(MFA_ZH, "2023-10-20", 228),
      rel("Colombia", "2023-10-24", "other", False), "zh"),
    # ---- one page, two LAC leaders; a meeting and a ceremony in one headline ----
    M("24-multi-en-xi-meets-two-leaders-apec",
      "Xi Jinping Meets with Chilean President Boric and Mexican Foreign Minister de la Fuente in Lima",
      "On November 16, 2024 local time, on the sidelines of the APEC Economic Leaders' Meeting in Lima, "
      "President Xi Jinping met separately with Chilean President Gabriel Boric and Mexican Foreign Minister "
      "Juan Ramón de la Fuente.",
      "2024-11-17", url(MFA_EN_XW, "2024-11-17", 229),
      rel("multilateral", "2024-11-16", "meeting_on_sidelines", None)),
    M("18-pa-zh-xi-meets-and-visits-canal",
      "习近平同巴拿马总统巴雷拉共同参观巴拿马运河新船闸",
      "当地时间12月3日，国家主席习近平在巴拿马总统巴雷拉陪同下参观巴拿马运河科科利新船闸，观看一艘中国货轮通过船闸。",
      "2018-12-04", old(MFA_ZH_OLD, 1618850),
      rel("Panama", "2018-12-03", "other", True, "巴雷拉|Varela"), "zh",
      head_of_state_level="both heads at a sight of the visit, no exchange of views named"),
    M("14-ar-zh-hk-xi-congress-speech",
      "習近平在阿根廷國會發表演講",
      "【文匯報訊】國家主席習近平當地時間7月18日在布宜諾斯艾利斯出席阿根廷國會特別會議並發表演講，闡述中方對中拉關係的看法。",
      "2014-07-19", url(HK_ZH, "2014-07-19", 230),
      rel("Argentina", "2014-07-18", "other", False), "zh"),
    # ---- copies that date the exchange by a weekday, 昨日 or a bare day number ----
    M("24-cl-agency-en-dateline-elsewhere",
      "Xi meets Chilean president in Lima",
      "Home | China\n date 2024-11-17\nBEIJING, Nov. 17 (Xinhua) -- Chinese President Xi Jinping met with Chilean "
      "President Gabriel Boric in Lima on Saturday on the sidelines of the APEC meeting, calling for closer "
      "cooperation in new energy.\nEditor: Huang Wei",
      None, url(AGENCY_EN, "2024-11-17", 231),
      rel("Chile", "2024-11-16", "meeting_on_sidelines", True, "Boric")),
    M("24-pe-zh-local-day-number-url-date",
      "习近平同秘鲁总统博鲁阿尔特举行会谈",
      "当地时间14日下午，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。两国元首同意以钱凯港开港为契机深化互联互通合作。",
      None, url(MFA_ZH, "2024-11-15", 232),
      rel("Peru", "2024-11-14", "talks", True, "博鲁阿尔特|Boluarte"), "zh"),
    M("23-co-hk-zh-yesterday",
      "習近平晤哥倫比亞總統佩特羅",
      "【大公報訊】國家主席習近平昨日在北京人民大會堂同來華進行國事訪問的哥倫比亞總統佩特羅舉行會談，兩國元首宣布將中哥關係提升為戰略夥伴關係。",
      "2023-10-26", url(HK_ZH, "2023-10-26", 233),
      rel("Colombia", "2023-10-25", "talks", True, "佩特羅|佩特罗|Petro", "establish", SP), "zh"),
    M("23-co-en-weekday-published-next-day",
      "Xi, Petro agree to lift ties to strategic partnership",
      "Chinese President Xi Jinping held talks with visiting Colombian President Gustavo Petro in Beijing on "
      "Wednesday, and the two leaders announced that bilateral relations will be raised to a strategic "
      "partnership.",
      "2023-10-26", url(AGENCY_EN, "2023-10-26", 234),
      rel("Colombia", "2023-10-25", "talks", True, "Petro", "establish", SP)),
    M("16-ec-zh-people-daily-dateline",
      "习近平同厄瓜多尔总统科雷亚举行会谈",
      "本报基多11月17日电 国家主席习近平17日在基多同厄瓜多尔总统科雷亚举行会谈。两国元首一致同意，将中厄关系提升为全面战略伙伴关系。",
      "2016-11-19", "http://paper.people.com.cn/rmrb/html/2016-11/19/nw.D110000renmrb_20161119_1-01.htm",
      rel("Ecuador", "2016-11-17", "talks", True, "科雷亚|Correa", "upgrade", CSP), "zh"),
    # ---- LAC nationals acting for a world body: no LAC actor ----
    M("no-23-un-en-unga-president-trinidadian",
      "Wang Yi Meets with President of the UN General Assembly Dennis Francis",
      "On November 8, 2023, Wang Yi met with Dennis Francis, President of the 78th Session of the United "
      "Nations General Assembly, in Beijing. Francis, a diplomat from Trinidad and Tobago, said he values "
      "China's support for multilateralism.",
      "2023-11-08", url(MFA_EN, "2023-11-08", 235), NO),
    M("no-25-ndb-en-xi-meets-rousseff",
      "Xi Jinping Meets with New Development Bank President Dilma Rousseff",
      "On February 6, 2025, President Xi Jinping met with Dilma Rousseff, President of the New Development "
      "Bank, in Beijing. Xi said China supports the bank in growing into a new type of multilateral "
      "development institution.",
      "2025-02-06", url(MFA_EN_XW, "2025-02-06", 236), NO),
    M("no-24-ndb-zh-li-qiang-meets-rousseff",
      "李强会见新开发银行行长罗塞夫",
      "2024年3月28日，国务院总理李强在北京会见新开发银行行长罗塞夫。李强表示，中方支持新开发银行发展壮大。",
      "2024-03-28", url(MFA_ZH, "2024-03-28", 237), NO, "zh"),
]

assert_unique_ids(PROBES + PROBES_2)

# (pid, field) -> why it still fails; filled after the first run.
HOST_UNNAMED = ("doubtful: a visit page (announcement, departure, arrival) that names no host head receiving "
                "the visitor; the project reads head level on a visit page only when the page shows the host head "
                "(SCHEMA: 'when the visiting head of state is received by the host head'), a coder may read a "
                "state visit as such a reception")
COMMUNITY = ("doubtful: the project (partnerships.json) ranks Brazil's 2024 'community with a shared future "
             "for a more just world …' as a rung above the comprehensive strategic partnership, saying the study "
             "and the coders treat it so; the history table beside the codebook ends in 2023 and names only "
             "partnerships")
OPEN: dict[tuple[str, str], str] = {
    ("14-cu-en-xi-visits-fidel", "counterpart"): "a former head named by name only before the verb ('the home of "
                                                  "Fidel Castro ... met with the founder of'): the roster of heads is "
                                                  "read for heads in office",
    ("15-multi-en-li-trip-announced", "head_of_state_level"): HOST_UNNAMED,
    ("16-multi-en-xi-trip-announced", "head_of_state_level"): HOST_UNNAMED,
    ("18-multi-zh-xi-leaves-for-g20-trip", "head_of_state_level"): HOST_UNNAMED,
    ("23-br-zh-lula-arrives-shanghai", "head_of_state_level"): HOST_UNNAMED,
    ("24-multi-en-xi-leaves-for-lima-rio", "head_of_state_level"): HOST_UNNAMED,
    ("24-br-agency-en-xi-arrives-brasilia", "head_of_state_level"): HOST_UNNAMED,
    ("24-br-en-xi-talks-lula-community", "partnership_action"): COMMUNITY,
    ("24-br-zh-joint-statement", "partnership_action"): COMMUNITY,
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_mfa_s14_page_field(probe: Probe, name: str, expected: Any) -> None:
    """Codebook (foreign ministry): relevance, country, the exchange's first day, the headline's
    exchange typed by the text's own word, both principals heads of state/government in office, the
    partnership action read against the history table; the counterpart names the LAC principal (as
    printed or in the gazetteer's English form: any of the '|' forms)."""
    got = value_of(record_of(probe), name)
    if name == "counterpart":
        assert any(form in got for form in expected.split("|"))
    else:
        assert got == expected


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES_2, OPEN))
def test_fresh_mfa_s14_second_batch_page_field(probe: Probe, name: str, expected: Any) -> None:
    """The second batch, read as the first."""
    test_fresh_mfa_s14_page_field(probe, name, expected)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

def _page(title: str, text: str, day: str, lang: str = "en") -> Record:
    """One page extracted afresh (``record_of`` keeps records by the probe's id, for the probe list)."""
    return mfa(text, title=title, published=day, lang=lang, url=url(MFA_ZH if lang == "zh" else MFA_EN, day, 900))


@pytest.mark.parametrize(("title", "text", "expected"), [
    # a call on a person named by a title or by age: the text's own word types it
    ("Xi Jinping Visits Former Cuban Leader Fidel Castro",
     "On July 22, 2014, President Xi Jinping called at the home of Fidel Castro in Havana and met with him.",
     "meeting"),
    ("Xi Jinping Visits Venezuelan President Hugo Chávez in Hospital",
     "On June 10, 2011, Vice President Xi Jinping met with President Hugo Chávez in Caracas.", "meeting"),
    # a visit to a place stays a visit
    ("Wang Yi Visits Mexico",
     "From May 22 to 24, 2015, Foreign Minister Wang Yi paid an official visit to Mexico.", "official_visit"),
    ("Vice Foreign Minister Visits Guyana and Suriname",
     "From March 3 to 8, 2016, Vice Foreign Minister Wang Chao visited Guyana and Suriname.", "official_visit"),
])
def test_a_visit_to_a_person_is_no_visit_page(title: str, text: str, expected: str) -> None:
    """Codebook (foreign ministry): state_visit / official_visit for a page about a visit as a whole;
    'visits Former Leader X' calls on a person, a meeting with him."""
    assert _page(title, text, "2015-05-22").event_type == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
     "On July 17, 2014, President Xi Jinping attended a meeting of Chinese and Latin American and Caribbean "
     "leaders in Brasilia with President Dilma Rousseff and the CELAC quartet.", "other"),
    # a meeting with one leader stays a meeting, also on a day of such a gathering
    ("Xi Jinping Meets with Chilean President Michelle Bachelet",
     "On November 10, 2014, President Xi Jinping met with Chilean President Michelle Bachelet, who is in "
     "Beijing for the APEC Economic Leaders' Meeting.", "meeting_on_sidelines"),
])
def test_a_leaders_meeting_by_name_is_a_summit(title: str, text: str, expected: str) -> None:
    """Codebook (foreign ministry): a summit itself is `other`; a meeting of many states' leaders
    named as such ('Leaders' Meeting') is one."""
    assert _page(title, text, "2014-07-17").event_type == expected


@pytest.mark.parametrize(("text", "day", "level"), [
    ("1月6日，国家主席习近平同哥斯达黎加总统索利斯举行会谈。两国元首宣布建立平等互利、共同发展的战略伙伴关系。",
     "2015-01-06", SP),
    # the quality alone names a rung of its own (Venezuela, 2001)
    ("4月17日，国家主席江泽民同委内瑞拉总统查韦斯举行会谈。双方宣布建立共同发展的战略伙伴关系。",
     "2001-04-17", "strategic partnership for common development"),
])
def test_a_quality_closing_a_list_describes_the_plain_rung(text: str, day: str, level: str) -> None:
    """partnership_level: the new level in English words; 平等互利、共同发展的战略伙伴关系 lists the
    partnership's qualities ('of equality, mutual benefit and common development'): a strategic
    partnership, while 共同发展的战略伙伴关系 alone is the rung named for its one quality."""
    record = _page("两国元首举行会谈", text, day, "zh")
    assert record.partnership_action == "establish" and record.partnership_level == level


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("王文涛同尼加拉瓜部长签署自贸协定",
     "2023年8月31日，商务部部长王文涛同尼加拉瓜部长劳雷亚诺·奥尔特加以视频方式签署中尼自由贸易协定。", "other"),
    ("China and Nicaragua Sign Free Trade Agreement",
     "On August 31, 2023, Commerce Minister Wang Wentao and Nicaraguan Minister Laureano Ortega signed the "
     "agreement by video link.", "other"),
    # a call held by video stays a call, also when a signing (done or planned) is reported with it
    ("Wang Yi Holds Video Call with Chilean Foreign Minister",
     "On May 6, 2020, Wang Yi held a video call with Chilean Foreign Minister Teodoro Ribera and signed a "
     "memorandum by video link.", "video_call"),
    ("Wang Yi Holds Video Call with Chilean Foreign Minister",
     "On May 6, 2020, Wang Yi held a video call with Chilean Foreign Minister Teodoro Ribera. The two sides "
     "agreed to sign more agreements online.", "video_call"),
    ("王毅同智利外长视频通话",
     "2020年5月6日，王毅同智利外长里韦拉举行视频通话，双方同意以视频方式签署更多合作文件。", "video_call"),
])
def test_a_signing_by_video_is_a_ceremony(title: str, text: str, expected: str) -> None:
    """Codebook (foreign ministry): a conversation of two sides by video is a ``video_call``; a
    ceremony both attend is ``other`` — a signing held by video link is such a ceremony."""
    lang = "zh" if "王" in title else "en"
    assert _page(title, text, "2023-08-31", lang).event_type == expected


@pytest.mark.parametrize(("title", "text", "relevant"), [
    ("Wang Yi Meets with President of the UN General Assembly",
     "On November 8, 2023, Wang Yi met with Dennis Francis, President of the UN General Assembly. Francis, a "
     "diplomat from Trinidad and Tobago, praised China's role.", False),
    ("Wang Yi Meets with Director-General of the FAO",
     "On May 4, 2017, Wang Yi met with José Graziano da Silva, Director-General of the FAO, who was born in "
     "Brazil and led the Zero Hunger programme.", False),
    # a group from the country is its actors; an adviser acts for his president
    ("Wang Yi Meets with a Delegation",
     "On May 4, 2017, Wang Yi met with a delegation from Cuba led by Vice Foreign Minister Rogelio Sierra.", True),
    ("Wang Yi Meets with Celso Amorim",
     "On May 23, 2024, Wang Yi met with Celso Amorim, chief adviser to the President of Brazil, a veteran "
     "diplomat from Brazil.", True),
])
def test_a_persons_origin_is_no_lac_actor(title: str, text: str, relevant: bool) -> None:
    """Codebook (relevant): an exchange with actors of a LAC country. Where one person comes from ('a
    diplomat from Trinidad and Tobago', 'born in Brazil') is his origin, not the side he acts for."""
    assert _page(title, text, "2023-11-08").relevant is relevant
