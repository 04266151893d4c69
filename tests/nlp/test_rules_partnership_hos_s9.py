# ruff: noqa: E501 (probe texts are prose; Chinese lines count double in width)
"""Campaign 9R: foreign-ministry partnership action and level and head-of-state level for every LAC
country the study's partnership table lists, in the years around each step (codebook: partnership
rule, head_of_state_level rule, event_type for the foreign ministry). Self-written releases in the
sites' style; the names of countries and officials and the partnership history are facts, the
wording is invented."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

SP = "strategic partnership"
CSP = "comprehensive strategic partnership"
CCP = "comprehensive cooperative partnership"
SCP = "strategic cooperative partnership"
AW = "all-weather strategic partnership"
FPCD = "friendly partnership for common development"
SPCD = "strategic partnership for common development"
AGENCY = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_1.htm"


def _url(day: str, lang: str) -> str:
    ym, ymd = day[:7].replace("-", ""), day.replace("-", "")
    if lang == "zh":
        return f"https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.html"
    return f"https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_1.html"


def _agency(day: str) -> str:
    y, m, d = day.split("-")
    return AGENCY.format(y=y, m=m, d=d)


# (id, lang, published, title, text, expected fields, url or None)
PROBES: list[tuple[str, str, str, str, str, dict, str | None]] = [
    # ---------------- Brazil: established 1993, upgraded 2012 ----------------
    ("bra-1993", "en", "1993-11-23", "Jiang Zemin Holds Talks with Brazilian President Itamar Franco",
     "On November 23, President Jiang Zemin held talks with President Itamar Franco of Brazil in Brasilia. "
     "The two heads of state agreed to establish a strategic partnership between China and Brazil.",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("bra-2012-en", "en", "2012-06-21", "Wen Jiabao Holds Talks with Brazilian President Dilma Rousseff",
     "Rio de Janeiro, June 21 -- Premier Wen Jiabao held talks with Brazilian President Dilma Rousseff here "
     "today. The two leaders announced that China-Brazil relations are elevated to a comprehensive "
     "strategic partnership.",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("bra-2012-zh", "zh", "2012-06-21", "温家宝同巴西总统罗塞夫举行会谈",
     "当地时间6月21日，国务院总理温家宝在里约热内卢同巴西总统罗塞夫举行会谈。双方决定将中巴关系提升为全面战略伙伴关系。",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("bra-2012-side", "en", "2012-06-20",
     "Wen Jiabao Meets Brazilian President on Sidelines of Rio+20 Conference",
     "Rio de Janeiro, June 20 -- Premier Wen Jiabao met with Brazilian President Dilma Rousseff on the "
     "sidelines of the United Nations Conference on Sustainable Development (Rio+20). The two sides agreed "
     "to upgrade bilateral ties to a comprehensive strategic partnership.",
     dict(country="Brazil", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("bra-2019-side", "en", "2019-11-13", "Xi Jinping Meets Brazilian President Jair Bolsonaro",
     "Brasilia, November 13 -- President Xi Jinping met with Brazilian President Jair Bolsonaro on the "
     "sidelines of the 11th BRICS Summit. Xi said the China-Brazil comprehensive strategic partnership "
     "has maintained sound momentum.",
     dict(country="Brazil", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-2023-talks", "en", "2023-04-14", "Xi Jinping Holds Talks with Brazilian President Lula",
     "On the afternoon of April 14, President Xi Jinping held talks with Brazilian President Luiz Inacio "
     "Lula da Silva at the Great Hall of the People. Xi said that China and Brazil should give full play to "
     "their comprehensive strategic partnership.",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-2023-talks-t", "zh", "2023-04-14", "習近平同巴西總統盧拉舉行會談",
     "4月14日下午，國家主席習近平在人民大會堂同巴西總統盧拉舉行會談。習近平指出，中巴全面戰略夥伴關係內涵不斷豐富。",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-2024-msg", "zh", "2024-08-15", "习近平同巴西总统卢拉就中巴建交50周年互致贺电",
     "8月15日，国家主席习近平同巴西总统卢拉互致贺电，庆贺两国建交50周年。习近平指出，中巴全面战略伙伴关系持续深化。",
     dict(country="Brazil", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-vp", "en", "2023-07-06", "Vice President Han Zheng Meets Brazilian President Lula",
     "Brasilia, July 6 -- Vice President Han Zheng met with Brazilian President Luiz Inacio Lula da Silva "
     "at the Planalto Palace. Han said China values its comprehensive strategic partnership with Brazil.",
     dict(country="Brazil", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-fm-call", "en", "2022-03-10", "Wang Yi Has a Phone Call with Brazilian Foreign Minister",
     "On March 10, State Councilor and Foreign Minister Wang Yi had a phone call with Brazilian Foreign "
     "Minister Carlos Franca. Wang Yi said China and Brazil are comprehensive strategic partners.",
     dict(country="Brazil", event_type="phone_call", head_of_state_level=False,
          partnership_action=None), None),
    ("bra-li-qiang", "en", "2023-04-14", "Li Qiang Meets Brazilian President Lula",
     "On April 14, Premier Li Qiang met with Brazilian President Luiz Inacio Lula da Silva, who is on a "
     "state visit to China. Li Qiang said China is ready to deepen practical cooperation with Brazil.",
     dict(country="Brazil", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("bra-2024-arrive", "en", "2024-11-19", "Xi Jinping Arrives in Brasilia for State Visit to Brazil",
     "Brasilia, November 19 -- President Xi Jinping arrived here on Tuesday for a state visit to Brazil at "
     "the invitation of Brazilian President Luiz Inacio Lula da Silva. In a written statement upon arrival, "
     "Xi said the two countries have been comprehensive strategic partners for more than a decade.",
     dict(country="Brazil", event_type="state_visit", head_of_state_level=True,
          partnership_action=None), None),
    ("bra-2020-call", "en", "2020-03-19", "Xi Jinping Speaks with Brazilian President Bolsonaro on the Phone",
     "On the evening of March 19, President Xi Jinping spoke with Brazilian President Jair Bolsonaro on the "
     "phone. Xi said China stands ready to work with Brazil to advance the China-Brazil comprehensive "
     "strategic partnership.",
     dict(country="Brazil", event_type="phone_call", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),

    # ---------------- Venezuela: established 2001, upgraded 2014 and 2023 ----------------
    ("ven-2001", "en", "2001-05-24", "Jiang Zemin Holds Talks with Venezuelan President Hugo Chavez",
     "On May 24, President Jiang Zemin held talks with Venezuelan President Hugo Chavez in Beijing. The two "
     "presidents announced the establishment of a strategic partnership for common development between "
     "China and Venezuela.",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SPCD), None),
    ("ven-2001-zh", "zh", "2001-05-24", "江泽民同委内瑞拉总统查韦斯举行会谈",
     "5月24日，国家主席江泽民在人民大会堂同委内瑞拉总统查韦斯举行会谈。两国元首宣布，中委建立共同发展的战略伙伴关系。",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SPCD), None),
    ("ven-2014", "en", "2014-07-20", "Xi Jinping Holds Talks with Venezuelan President Nicolas Maduro",
     "Caracas, July 20 -- President Xi Jinping held talks with Venezuelan President Nicolas Maduro here on "
     "Sunday. The two heads of state decided to elevate China-Venezuela relations to a comprehensive "
     "strategic partnership.",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ven-2023", "en", "2023-09-13", "Xi Jinping Holds Talks with Venezuelan President Nicolas Maduro",
     "On the afternoon of September 13, President Xi Jinping held talks with Venezuelan President Nicolas "
     "Maduro, who is on a state visit to China. The two heads of state announced the elevation of "
     "China-Venezuela relations to an all-weather strategic partnership.",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=AW), None),
    ("ven-2023-zh", "zh", "2023-09-13", "习近平同委内瑞拉总统马杜罗举行会谈",
     "9月13日下午，国家主席习近平在人民大会堂，同来华国事访问的委内瑞拉总统马杜罗举行会谈。两国元首宣布，将中委关系提升为全天候战略伙伴关系。",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=AW), None),
    ("ven-2023-will", "en", "2023-09-13", "Xi Jinping Holds Talks with Venezuelan President",
     "On September 13, President Xi Jinping held talks with Venezuelan President Nicolas Maduro in Beijing. "
     "The two heads of state agreed that China-Venezuela relations will be elevated to an all-weather "
     "strategic partnership.",
     dict(country="Venezuela", partnership_action="upgrade", partnership_level=AW), None),
    ("ven-2018", "en", "2018-09-14", "Xi Jinping Holds Talks with Venezuelan President Maduro",
     "On September 14, President Xi Jinping held talks with Venezuelan President Nicolas Maduro at the Great "
     "Hall of the People. Xi said the China-Venezuela comprehensive strategic partnership has kept "
     "growing.",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("ven-2024-fm", "en", "2024-05-10", "Wang Yi Meets with Venezuelan Foreign Minister Yvan Gil",
     "On May 10, Foreign Minister Wang Yi met with Venezuelan Foreign Minister Yvan Gil in Beijing. Wang Yi "
     "said that the China-Venezuela all-weather strategic partnership is growing steadily.",
     dict(country="Venezuela", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=AW), None),
    ("ven-2020-call-zh", "zh", "2020-04-02", "习近平同委内瑞拉总统马杜罗通电话",
     "4月2日晚，国家主席习近平应约同委内瑞拉总统马杜罗通电话。习近平强调，中方愿同委方一道推动中委全面战略伙伴关系不断向前发展。",
     dict(country="Venezuela", event_type="phone_call", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("ven-2023-js", "en", "2023-09-14",
     "Joint Statement between the People's Republic of China and the Bolivarian Republic of Venezuela on "
     "Establishing an All-Weather Strategic Partnership",
     "At the invitation of President Xi Jinping, President Nicolas Maduro of the Bolivarian Republic of "
     "Venezuela paid a state visit to China from September 8 to 14, 2023. The two heads of state decided to "
     "elevate bilateral relations to an all-weather strategic partnership.",
     dict(country="Venezuela", event_type="joint_statement",
          partnership_action="upgrade", partnership_level=AW), None),

    # ---------------- Mexico: established 2003, upgraded 2013 ----------------
    ("mex-2003", "en", "2003-12-12", "Wen Jiabao Holds Talks with Mexican President Vicente Fox",
     "Mexico City, December 12 -- Premier Wen Jiabao held talks with Mexican President Vicente Fox today. "
     "The two sides agreed to establish a strategic partnership between China and Mexico.",
     dict(country="Mexico", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("mex-2013", "en", "2013-06-04", "Xi Jinping Holds Talks with Mexican President Enrique Pena Nieto",
     "Mexico City, June 4 -- President Xi Jinping held talks with Mexican President Enrique Pena Nieto here "
     "on Tuesday. The two leaders agreed to lift China-Mexico relations to a comprehensive strategic "
     "partnership.",
     dict(country="Mexico", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("mex-2013-zh", "zh", "2013-06-04", "习近平同墨西哥总统培尼亚举行会谈",
     "当地时间6月4日，国家主席习近平在墨西哥城同墨西哥总统培尼亚举行会谈。两国元首一致同意将中墨关系提升为全面战略伙伴关系。",
     dict(country="Mexico", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("mex-2013-apec", "en", "2013-10-06", "Xi Jinping Meets Mexican President Pena Nieto in Bali",
     "Bali, October 6 -- President Xi Jinping met with Mexican President Enrique Pena Nieto on the sidelines "
     "of the APEC Economic Leaders' Meeting. Xi said the two countries should implement the consensus on "
     "the China-Mexico comprehensive strategic partnership.",
     dict(country="Mexico", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("mex-elect", "en", "2024-06-04", "Xi Jinping Congratulates Claudia Sheinbaum on Election as Mexican President",
     "On June 4, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her election as "
     "President of Mexico. Xi said he is ready to work with her to lead the China-Mexico comprehensive "
     "strategic partnership to a new level.",
     dict(country="Mexico", event_type="message", head_of_state_level=False,
          partnership_action=None), None),

    # ---------------- Argentina: established 2004, upgraded 2014 ----------------
    ("arg-2004", "en", "2004-11-16", "Hu Jintao Holds Talks with Argentine President Nestor Kirchner",
     "Buenos Aires, November 16 -- President Hu Jintao held talks with Argentine President Nestor Kirchner "
     "here today. The two heads of state announced the establishment of a strategic partnership between "
     "China and Argentina.",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("arg-2014", "en", "2014-07-18", "Xi Jinping Holds Talks with Argentine President Cristina Fernandez",
     "Buenos Aires, July 18 -- President Xi Jinping held talks with Argentine President Cristina Fernandez "
     "de Kirchner at the Casa Rosada. The two heads of state announced the elevation of bilateral relations "
     "to a comprehensive strategic partnership.",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("arg-2014-zh", "zh", "2014-07-18", "习近平同阿根廷总统克里斯蒂娜举行会谈",
     "当地时间7月18日，国家主席习近平在布宜诺斯艾利斯同阿根廷总统克里斯蒂娜举行会谈。两国元首宣布，将中阿关系提升为全面战略伙伴关系。",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("arg-2022", "en", "2022-02-06", "Xi Jinping Holds Talks with Argentine President Alberto Fernandez",
     "On the afternoon of February 6, President Xi Jinping held talks with Argentine President Alberto "
     "Fernandez at the Great Hall of the People. Xi said China and Argentina are comprehensive strategic "
     "partners.",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action=None), None),
    ("arg-2024-g20", "en", "2024-11-19", "Xi Jinping Meets Argentine President Javier Milei",
     "Rio de Janeiro, November 19 -- President Xi Jinping met with Argentine President Javier Milei on the "
     "sidelines of the G20 Summit. Xi said China is willing to work with Argentina to advance the China-"
     "Argentina comprehensive strategic partnership.",
     dict(country="Argentina", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-elect", "en", "2023-11-21", "Xi Jinping Sends Congratulatory Message to Javier Milei",
     "On November 21, President Xi Jinping sent a congratulatory message to Javier Milei on his election as "
     "President of Argentina.",
     dict(country="Argentina", event_type="message", head_of_state_level=False,
          partnership_action=None, partnership_level=None), None),
    ("arg-2014-agency", "en", "2014-07-19", "China, Argentina lift ties to comprehensive strategic partnership",
     " date 2014-07-19\nAgency News English | Menu | Search\nEditor: Wang Fang\n"
     "BUENOS AIRES, July 18 -- Chinese President Xi Jinping and his Argentine counterpart Cristina Fernandez "
     "de Kirchner on Friday agreed to upgrade bilateral ties to a comprehensive strategic partnership during "
     "talks here.",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), "agency"),

    # ---------------- Chile: established 2004, upgraded 2012 and 2016 ----------------
    ("chl-2004", "en", "2004-11-18", "Hu Jintao Holds Talks with Chilean President Ricardo Lagos",
     "Santiago, November 18 -- President Hu Jintao held talks with Chilean President Ricardo Lagos here "
     "today. The two presidents announced the establishment of a comprehensive cooperative partnership "
     "between China and Chile.",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=CCP), None),
    ("chl-2012", "en", "2012-06-26", "Wen Jiabao Holds Talks with Chilean President Sebastian Pinera",
     "Santiago, June 26 -- Premier Wen Jiabao held talks with Chilean President Sebastian Pinera. The two "
     "sides agreed to elevate China-Chile relations to a strategic partnership.",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    ("chl-2012-zh", "zh", "2012-06-26", "温家宝同智利总统皮涅拉举行会谈",
     "当地时间6月26日，国务院总理温家宝在圣地亚哥同智利总统皮涅拉举行会谈。双方宣布，将中智关系提升为战略伙伴关系。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    ("chl-2014-apec", "en", "2014-11-11", "Xi Jinping Meets Chilean President Michelle Bachelet",
     "Beijing, November 11 -- President Xi Jinping met with Chilean President Michelle Bachelet, who is in "
     "Beijing for the APEC Economic Leaders' Meeting. Xi said the China-Chile strategic partnership has "
     "made steady progress.",
     dict(country="Chile", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),
    ("chl-2016", "en", "2016-11-22", "Xi Jinping Holds Talks with Chilean President Michelle Bachelet",
     "Santiago, November 22 -- President Xi Jinping held talks with Chilean President Michelle Bachelet at "
     "La Moneda Palace. The two heads of state agreed to raise China-Chile ties to a comprehensive "
     "strategic partnership.",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("chl-2016-t", "zh", "2016-11-22", "習近平同智利總統巴切萊特舉行會談",
     "當地時間11月22日，國家主席習近平在聖地亞哥同智利總統巴切萊特舉行會談。兩國元首一致決定，將中智關係提升為全面戰略夥伴關係。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("chl-2019-zh", "zh", "2019-04-25", "习近平同智利总统皮涅拉举行会谈",
     "4月25日，国家主席习近平在人民大会堂，同来华国事访问的智利总统皮涅拉举行会谈。习近平指出，中智全面战略伙伴关系保持良好发展势头。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("chl-2024-condol", "en", "2024-02-05", "Xi Jinping Sends Condolence Message to Chilean President Gabriel Boric",
     "On February 5, President Xi Jinping sent a message of condolence to Chilean President Gabriel Boric "
     "over the forest fires in the Valparaiso region.",
     dict(country="Chile", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("chl-vp-zh", "zh", "2019-04-27", "国家副主席王岐山会见智利总统皮涅拉",
     "4月27日，国家副主席王岐山在北京会见智利总统皮涅拉。王岐山表示，中方愿同智方深化全面战略伙伴关系。",
     dict(country="Chile", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("chl-former", "en", "2019-10-15", "Wang Yi Meets Former Chilean President Michelle Bachelet",
     "On October 15, State Councilor and Foreign Minister Wang Yi met with former Chilean President Michelle "
     "Bachelet in Beijing.",
     dict(country="Chile", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=None), None),

    # ---------------- Jamaica: established 2005, upgraded 2019 ----------------
    ("jam-2005", "en", "2005-02-03", "Vice President Zeng Qinghong Holds Talks with Jamaican Prime Minister",
     "Kingston, February 3 -- Vice President Zeng Qinghong held talks with Jamaican Prime Minister P. J. "
     "Patterson here today. The two sides decided to establish a friendly partnership for common "
     "development between China and Jamaica.",
     dict(country="Jamaica", event_type="talks", head_of_state_level=False,
          partnership_action="establish", partnership_level=FPCD), None),
    ("jam-2019", "en", "2019-04-10", "Li Keqiang Holds Talks with Jamaican Prime Minister Andrew Holness",
     "On April 10, Premier Li Keqiang held talks with Jamaican Prime Minister Andrew Holness at the Great "
     "Hall of the People. The two sides announced that China-Jamaica relations are elevated to a strategic "
     "partnership.",
     dict(country="Jamaica", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    ("jam-gg", "en", "2019-11-05", "Xi Jinping Meets Governor-General of Jamaica Patrick Allen",
     "On November 5, President Xi Jinping met with Governor-General of Jamaica Patrick Allen in Shanghai, who "
     "is attending the China International Import Expo.",
     dict(country="Jamaica", head_of_state_level=False, partnership_action=None,
          partnership_level=None), None),
    ("jam-fm-call", "en", "2021-04-20", "Wang Yi Speaks with Jamaican Foreign Minister on the Phone",
     "On April 20, State Councilor and Foreign Minister Wang Yi spoke on the phone with Jamaican Minister of "
     "Foreign Affairs and Foreign Trade Kamina Johnson Smith. Wang Yi said China and Jamaica are strategic "
     "partners.",
     dict(country="Jamaica", event_type="phone_call", head_of_state_level=False,
          partnership_action=None), None),
    ("jam-2019-zh", "zh", "2019-04-11", "习近平会见牙买加总理霍尔尼斯",
     "4月11日，国家主席习近平在人民大会堂会见牙买加总理霍尔尼斯。习近平指出，中牙建立战略伙伴关系，为两国关系发展注入新动力。",
     dict(country="Jamaica", event_type="meeting", head_of_state_level=True), None),

    # ---------------- Trinidad and Tobago: established 2005, upgraded 2013 ----------------
    ("tto-2005", "en", "2005-02-01", "Zeng Qinghong Holds Talks with Prime Minister of Trinidad and Tobago",
     "Port of Spain, February 1 -- Vice President Zeng Qinghong held talks with Prime Minister Patrick Manning "
     "of Trinidad and Tobago. The two sides agreed to establish a friendly partnership for common "
     "development.",
     dict(country="Trinidad and Tobago", event_type="talks", head_of_state_level=False,
          partnership_action="establish", partnership_level=FPCD), None),
    ("tto-2013", "en", "2013-06-01",
     "Xi Jinping Holds Talks with Prime Minister of Trinidad and Tobago Kamla Persad-Bissessar",
     "Port of Spain, June 1 -- President Xi Jinping held talks with Prime Minister Kamla Persad-Bissessar of "
     "Trinidad and Tobago here today. The two leaders announced the elevation of bilateral relations to a "
     "comprehensive cooperative partnership.",
     dict(country="Trinidad and Tobago", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CCP), None),
    ("tto-2013-zh", "zh", "2013-06-01", "习近平同特立尼达和多巴哥总理比塞萨尔举行会谈",
     "当地时间6月1日，国家主席习近平在西班牙港同特立尼达和多巴哥总理比塞萨尔举行会谈。双方一致同意建立中特全面合作伙伴关系。",
     dict(country="Trinidad and Tobago", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CCP), None),
    ("tto-2018", "en", "2018-05-14", "Xi Jinping Meets Prime Minister of Trinidad and Tobago Keith Rowley",
     "On May 14, President Xi Jinping met with Prime Minister Keith Rowley of Trinidad and Tobago in Beijing. "
     "Xi said that since the two countries set up a comprehensive cooperative partnership, exchanges in "
     "every field have grown.",
     dict(country="Trinidad and Tobago", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=CCP), None),

    # ---------------- Peru: established 2008, upgraded 2013 ----------------
    ("per-2008", "en", "2008-11-19", "Hu Jintao Holds Talks with Peruvian President Alan Garcia",
     "Lima, November 19 -- President Hu Jintao held talks with Peruvian President Alan Garcia at the "
     "Government Palace. The two heads of state announced the establishment of a China-Peru strategic "
     "partnership.",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("per-2013", "en", "2013-04-06", "Xi Jinping Holds Talks with Peruvian President Ollanta Humala",
     "On April 6, President Xi Jinping held talks with Peruvian President Ollanta Humala at the Great Hall of "
     "the People. The two presidents decided to upgrade China-Peru relations to a comprehensive strategic "
     "partnership.",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("per-2013-t", "zh", "2013-04-06", "習近平同秘魯總統烏馬拉舉行會談",
     "4月6日，國家主席習近平在人民大會堂同秘魯總統烏馬拉舉行會談。兩國元首決定將中秘關係提升為全面戰略夥伴關係。",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("per-2016", "en", "2016-11-21", "Xi Jinping Holds Talks with Peruvian President Pedro Pablo Kuczynski",
     "Lima, November 21 -- President Xi Jinping held talks with Peruvian President Pedro Pablo Kuczynski. Xi "
     "said the China-Peru comprehensive strategic partnership is at its best in history.",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("per-2024-arrive-zh", "zh", "2024-11-14", "习近平抵达利马",
     "当地时间11月14日，国家主席习近平乘专机抵达利马，应秘鲁总统博鲁阿尔特邀请对秘鲁进行国事访问。习近平发表书面讲话指出，中秘全面战略伙伴关系不断深化。",
     dict(country="Peru", event_type="state_visit", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("per-2024-article", "en", "2024-11-13", "Xi Jinping Publishes a Signed Article in Peruvian Media",
     "On November 13, ahead of his state visit to Peru, President Xi Jinping published a signed article "
     "titled \"Friendship That Spans Across Mountains and Seas\" in the Peruvian newspaper El Peruano. Xi "
     "wrote that China and Peru are comprehensive strategic partners.",
     dict(country="Peru", event_type="message", head_of_state_level=False,
          partnership_action=None), None),

    # ---------------- CELAC: established 2014 ----------------
    ("celac-2014", "en", "2014-07-17", "Xi Jinping Attends China-Latin America and Caribbean Leaders' Meeting",
     "Brasilia, July 17 -- President Xi Jinping attended the China-Latin America and Caribbean Leaders' "
     "Meeting here today with leaders of CELAC member states. The leaders announced the establishment of a "
     "China-LAC comprehensive cooperative partnership featuring equality, mutual benefit and common "
     "development.",
     dict(country="multilateral", event_type="other",
          partnership_action="establish", partnership_level=CCP), None),
    ("celac-2014-zh", "zh", "2014-07-17", "习近平出席中国－拉美和加勒比国家领导人会晤",
     "当地时间7月17日，国家主席习近平在巴西利亚出席中国－拉美和加勒比国家领导人会晤。与会领导人共同宣布建立平等互利、共同发展的中拉全面合作伙伴关系。",
     dict(country="multilateral", event_type="other",
          partnership_action="establish", partnership_level=CCP), None),
    ("celac-2015", "en", "2015-01-08", "Xi Jinping Addresses Opening of First Ministerial Meeting of China-CELAC Forum",
     "On January 8, President Xi Jinping attended the opening ceremony of the first Ministerial Meeting of "
     "the China-CELAC Forum in Beijing and delivered a speech. Xi said the China-LAC comprehensive "
     "cooperative partnership has entered a new stage.",
     dict(country="multilateral", event_type="other",
          partnership_action=None, partnership_level=CCP), None),

    # ---------------- Ecuador: established 2015, upgraded 2016 ----------------
    ("ecu-2015", "en", "2015-01-07", "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa",
     "On January 7, President Xi Jinping held talks with Ecuadorian President Rafael Correa in Beijing. The "
     "two heads of state agreed to establish a strategic partnership between China and Ecuador.",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("ecu-2016", "en", "2016-11-17", "Xi Jinping Holds Talks with Ecuadorian President Rafael Correa",
     "Quito, November 17 -- President Xi Jinping held talks with Ecuadorian President Rafael Correa here. The "
     "two heads of state announced that bilateral relations have been elevated to a comprehensive strategic "
     "partnership.",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ecu-2016-zh", "zh", "2016-11-17", "习近平同厄瓜多尔总统科雷亚举行会谈",
     "当地时间11月17日，国家主席习近平在基多同厄瓜多尔总统科雷亚举行会谈。两国元首共同宣布，将中厄关系提升为全面战略伙伴关系。",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ecu-2018", "en", "2018-12-12", "Xi Jinping Holds Talks with Ecuadorian President Lenin Moreno",
     "On December 12, President Xi Jinping held talks with Ecuadorian President Lenin Moreno in Beijing. Xi "
     "noted that China and Ecuador have maintained a comprehensive strategic partnership.",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("ecu-2016-js", "en", "2016-11-18",
     "Joint Statement between the People's Republic of China and the Republic of Ecuador on Establishing a "
     "Comprehensive Strategic Partnership",
     "At the invitation of President Rafael Correa, President Xi Jinping paid a state visit to Ecuador from "
     "November 17 to 18, 2016. The two heads of state agreed to elevate China-Ecuador relations to a "
     "comprehensive strategic partnership.",
     dict(country="Ecuador", event_type="joint_statement",
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ecu-condol", "en", "2023-03-19", "Xi Jinping Sends Condolence Message to Ecuadorian President Guillermo Lasso",
     "On March 19, President Xi Jinping sent a message of condolence to Ecuadorian President Guillermo Lasso "
     "over the earthquake in southern Ecuador.",
     dict(country="Ecuador", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("ecu-fm", "en", "2022-02-05", "Wang Yi Meets Ecuadorian President Guillermo Lasso",
     "On February 5, State Councilor and Foreign Minister Wang Yi met with Ecuadorian President Guillermo "
     "Lasso, who is in Beijing for the opening of the Winter Olympics.",
     dict(country="Ecuador", head_of_state_level=False, partnership_action=None,
          partnership_level=None), None),

    # ---------------- Costa Rica: established 2015 ----------------
    ("cri-2015", "en", "2015-01-06", "Xi Jinping Holds Talks with Costa Rican President Luis Guillermo Solis",
     "On January 6, President Xi Jinping held talks with Costa Rican President Luis Guillermo Solis at the "
     "Great Hall of the People. The two heads of state announced the establishment of a strategic "
     "partnership between China and Costa Rica.",
     dict(country="Costa Rica", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("cri-2015-zh", "zh", "2015-01-06", "习近平同哥斯达黎加总统索利斯举行会谈",
     "1月6日，国家主席习近平在人民大会堂同哥斯达黎加总统索利斯举行会谈。两国元首一致同意，建立平等互利、共同发展的中哥战略伙伴关系。",
     dict(country="Costa Rica", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("cri-2018-fm", "en", "2018-09-05", "Wang Yi Meets Costa Rican Foreign Minister",
     "On September 5, State Councilor and Foreign Minister Wang Yi met with Costa Rican Foreign Minister "
     "Epsy Campbell Barr in Beijing. Wang Yi said the China-Costa Rica strategic partnership has kept "
     "developing.",
     dict(country="Costa Rica", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),

    # ---------------- Uruguay: established 2016, upgraded 2023 ----------------
    ("ury-2016", "en", "2016-10-18", "Xi Jinping Holds Talks with Uruguayan President Tabare Vazquez",
     "On October 18, President Xi Jinping held talks with Uruguayan President Tabare Vazquez at the Great "
     "Hall of the People. The two heads of state decided to elevate bilateral relations to a strategic "
     "partnership.",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("ury-2016-zh", "zh", "2016-10-18", "习近平同乌拉圭总统巴斯克斯举行会谈",
     "10月18日，国家主席习近平在人民大会堂同乌拉圭总统巴斯克斯举行会谈。两国元首宣布，将中乌关系提升为战略伙伴关系。",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("ury-2023", "en", "2023-11-22", "Xi Jinping Holds Talks with Uruguayan President Luis Lacalle Pou",
     "On November 22, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou, who is on a "
     "state visit to China. The two heads of state announced the upgrading of China-Uruguay relations to a "
     "comprehensive strategic partnership. Uruguay thus joins Brazil, Argentina and Chile among the "
     "region's comprehensive strategic partners of China.",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ury-2023-t", "zh", "2023-11-22", "習近平同烏拉圭總統拉卡列舉行會談",
     "11月22日，國家主席習近平在人民大會堂同來華國事訪問的烏拉圭總統拉卡列舉行會談。兩國元首宣佈，將中烏關係提升為全面戰略夥伴關係。",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ury-2023-js-zh", "zh", "2023-11-22", "中华人民共和国和乌拉圭东岸共和国关于建立全面战略伙伴关系的联合声明",
     "应国家主席习近平邀请，乌拉圭东岸共和国总统拉卡列于2023年11月20日至24日对中国进行国事访问。两国元首宣布建立中乌全面战略伙伴关系。",
     dict(country="Uruguay", event_type="joint_statement",
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ury-2019-fm", "en", "2019-06-11", "Wang Yi Meets Uruguayan Foreign Minister Rodolfo Nin Novoa",
     "On June 11, State Councilor and Foreign Minister Wang Yi met with Uruguayan Foreign Minister Rodolfo "
     "Nin Novoa in Beijing. Wang Yi said the China-Uruguay strategic partnership has gained momentum.",
     dict(country="Uruguay", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
    ("ury-li-qiang-zh", "zh", "2023-11-23", "李强会见乌拉圭总统拉卡列",
     "11月23日，国务院总理李强在人民大会堂会见来华进行国事访问的乌拉圭总统拉卡列。李强表示，中方愿同乌方落实好两国元首共识。",
     dict(country="Uruguay", event_type="meeting", head_of_state_level=True), None),
    ("ury-2016-agency", "en", "2016-10-18", "China, Uruguay establish strategic partnership",
     " date 2016-10-18\nAgency News English | Menu | Search\nEditor: Li Ming\n"
     "BEIJING, Oct. 18 -- Chinese President Xi Jinping and his Uruguayan counterpart Tabare Vazquez agreed "
     "here Tuesday to lift bilateral relations to a strategic partnership.",
     dict(country="Uruguay", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), "agency"),

    # ---------------- Bolivia: established 2018 ----------------
    ("bol-2018", "en", "2018-06-19", "Xi Jinping Holds Talks with Bolivian President Evo Morales",
     "On June 19, President Xi Jinping held talks with Bolivian President Evo Morales at the Great Hall of the "
     "People. The two heads of state announced the establishment of a strategic partnership between China "
     "and Bolivia.",
     dict(country="Bolivia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("bol-2018-zh", "zh", "2018-06-19", "习近平同玻利维亚总统莫拉莱斯举行会谈",
     "6月19日，国家主席习近平在人民大会堂同玻利维亚总统莫拉莱斯举行会谈。两国元首宣布，中玻关系提升为战略伙伴关系。",
     dict(country="Bolivia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("bol-2018-js", "en", "2018-06-19",
     "Joint Statement between the People's Republic of China and the Plurinational State of Bolivia on "
     "Establishing a Strategic Partnership",
     "At the invitation of President Xi Jinping, President Evo Morales Ayma of the Plurinational State of "
     "Bolivia paid a state visit to China from June 18 to 23, 2018. The two sides decided to establish a "
     "strategic partnership.",
     dict(country="Bolivia", event_type="joint_statement",
          partnership_action="establish", partnership_level=SP), None),
    ("bol-2020-msg", "en", "2020-11-09", "Xi Jinping Congratulates Luis Arce on Assuming Office as Bolivian President",
     "On November 9, President Xi Jinping sent a congratulatory message to Luis Arce on his inauguration as "
     "President of Bolivia. Xi said he attaches great importance to the China-Bolivia strategic "
     "partnership.",
     dict(country="Bolivia", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),

    # ---------------- Suriname: established 2019 ----------------
    ("sur-2019", "en", "2019-11-27", "Xi Jinping Holds Talks with Surinamese President Desire Delano Bouterse",
     "On November 27, President Xi Jinping held talks with Surinamese President Desire Delano Bouterse in "
     "Beijing. The two heads of state announced the establishment of a China-Suriname strategic cooperative "
     "partnership.",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SCP), None),
    ("sur-2019-zh", "zh", "2019-11-27", "习近平同苏里南总统鲍特瑟举行会谈",
     "11月27日，国家主席习近平在人民大会堂同苏里南总统鲍特瑟举行会谈。两国元首宣布，建立中苏战略合作伙伴关系。",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SCP), None),
    ("sur-2019-js-zh", "zh", "2019-11-28", "中华人民共和国和苏里南共和国关于建立战略合作伙伴关系的联合声明",
     "应国家主席习近平邀请，苏里南共和国总统鲍特瑟于2019年11月24日至12月1日对中国进行国事访问。双方一致决定建立中苏战略合作伙伴关系。",
     dict(country="Suriname", event_type="joint_statement",
          partnership_action="establish", partnership_level=SCP), None),
    ("sur-2023", "en", "2023-11-29", "Xi Jinping Holds Talks with Surinamese President Chandrikapersad Santokhi",
     "On November 29, President Xi Jinping held talks with Surinamese President Chandrikapersad Santokhi at "
     "the Great Hall of the People. Xi said that since the establishment of the strategic cooperative "
     "partnership, China-Suriname relations have grown rapidly.",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=SCP), None),

    # ---------------- Colombia: established 2023 ----------------
    ("col-2023", "en", "2023-10-25", "Xi Jinping Holds Talks with Colombian President Gustavo Petro",
     "On the afternoon of October 25, President Xi Jinping held talks with Colombian President Gustavo Petro "
     "at the Great Hall of the People. The two heads of state announced the elevation of China-Colombia "
     "relations to a strategic partnership.",
     dict(country="Colombia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("col-2023-t", "zh", "2023-10-25", "習近平同哥倫比亞總統佩特羅舉行會談",
     "10月25日下午，國家主席習近平在人民大會堂同來華國事訪問的哥倫比亞總統佩特羅舉行會談。兩國元首宣佈，將中哥關係提升為戰略夥伴關係。",
     dict(country="Colombia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("col-2023-js", "en", "2023-10-26",
     "Joint Statement between the People's Republic of China and the Republic of Colombia on the "
     "Establishment of a Strategic Partnership",
     "At the invitation of President Xi Jinping, President Gustavo Petro of the Republic of Colombia paid a "
     "state visit to China from October 24 to 26, 2023. The two heads of state agreed to elevate bilateral "
     "relations to a strategic partnership.",
     dict(country="Colombia", event_type="joint_statement",
          partnership_action="establish", partnership_level=SP), None),
    ("col-arrive", "en", "2023-10-24", "Colombian President Gustavo Petro Arrives in Beijing for State Visit",
     "On October 24, Colombian President Gustavo Petro arrived in Beijing to begin his state visit to China "
     "at the invitation of President Xi Jinping.",
     dict(country="Colombia", event_type="state_visit", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("col-announce", "en", "2023-10-20",
     "Foreign Ministry Spokesperson Announces Colombian President's State Visit to China",
     "At the invitation of President Xi Jinping, President of the Republic of Colombia Gustavo Petro will pay "
     "a state visit to China from October 24 to 26.",
     dict(country="Colombia", event_type="state_visit", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("col-fm", "en", "2024-07-30", "Wang Yi Holds Talks with Colombian Foreign Minister Luis Gilberto Murillo",
     "On July 30, Foreign Minister Wang Yi held talks with Colombian Foreign Minister Luis Gilberto Murillo in "
     "Beijing. Wang Yi said the two countries should deliver on the strategic partnership set up by the two "
     "heads of state last year.",
     dict(country="Colombia", event_type="talks", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
    ("col-2023-zh-decide", "zh", "2023-10-25", "习近平同哥伦比亚总统佩特罗举行会谈",
     "10月25日下午，国家主席习近平在人民大会堂同哥伦比亚总统佩特罗举行会谈。两国元首决定将中哥关系提升为战略伙伴关系。",
     dict(country="Colombia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),

    # ---------------- head-of-state level beyond the table's countries ----------------
    ("atg-gg", "en", "2019-08-20", "Wang Qishan Meets Governor-General of Antigua and Barbuda",
     "On August 20, Vice President Wang Qishan met with Governor-General of Antigua and Barbuda Rodney "
     "Williams in Beijing.",
     dict(country="Antigua and Barbuda", event_type="meeting", head_of_state_level=False,
          partnership_action=None), None),
    ("atg-gg-xi", "en", "2019-08-21", "Xi Jinping Meets Governor-General of Antigua and Barbuda",
     "On August 21, President Xi Jinping met with Governor-General of Antigua and Barbuda Rodney Williams at "
     "the Great Hall of the People.",
     dict(country="Antigua and Barbuda", event_type="meeting", head_of_state_level=False), None),
    ("brb-pm", "en", "2019-09-18", "Xi Jinping Meets Prime Minister of Barbados Mia Mottley",
     "On September 18, President Xi Jinping met with Prime Minister of Barbados Mia Mottley at the Great Hall "
     "of the People.",
     dict(country="Barbados", event_type="meeting", head_of_state_level=True), None),
    ("bra-vps", "en", "2024-06-07", "Han Zheng Holds Talks with Brazilian Vice President Geraldo Alckmin",
     "On June 7, Vice President Han Zheng held talks with Brazilian Vice President Geraldo Alckmin in Beijing. "
     "Han said China and Brazil are comprehensive strategic partners.",
     dict(country="Brazil", event_type="talks", head_of_state_level=False,
          partnership_action=None), None),
    ("cub-vp-zh", "zh", "2023-11-30", "国家副主席韩正会见古巴总统迪亚斯-卡内尔",
     "11月30日，国家副主席韩正在哈瓦那会见古巴国家主席迪亚斯-卡内尔。",
     dict(country="Cuba", event_type="meeting", head_of_state_level=False), None),
    ("cub-xi-zh", "zh", "2022-11-25", "习近平同古巴国家主席迪亚斯-卡内尔举行会谈",
     "11月25日，国家主席习近平在人民大会堂同古巴国家主席迪亚斯-卡内尔举行会谈。",
     dict(country="Cuba", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("mex-former", "en", "2019-10-12", "Wang Yi Meets Former Mexican President Vicente Fox",
     "On October 12, State Councilor and Foreign Minister Wang Yi met with former Mexican President Vicente "
     "Fox in Beijing.",
     dict(country="Mexico", head_of_state_level=False), None),
    ("xi-former-zh", "zh", "2019-10-12", "习近平会见乌拉圭前总统穆希卡",
     "10月12日，国家主席习近平在人民大会堂会见乌拉圭前总统穆希卡。",
     dict(country="Uruguay", event_type="meeting", head_of_state_level=False), None),
    ("per-fm-pres", "en", "2024-06-28", "Wang Yi Meets Peruvian President Dina Boluarte",
     "On June 28, Foreign Minister Wang Yi met with Peruvian President Dina Boluarte in Beijing.",
     dict(country="Peru", head_of_state_level=False), None),
    ("col-msg-anniv", "en", "2025-02-07",
     "Xi Jinping Exchanges Congratulatory Messages with Colombian President Gustavo Petro",
     "On February 7, President Xi Jinping and Colombian President Gustavo Petro exchanged congratulatory "
     "messages on the 45th anniversary of diplomatic ties. Xi said the China-Colombia strategic partnership "
     "has brought benefits to both peoples.",
     dict(country="Colombia", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),
    ("jam-li-msg", "en", "2020-09-08", "Li Keqiang Congratulates Andrew Holness on Re-election as Jamaican Prime Minister",
     "On September 8, Premier Li Keqiang sent a congratulatory message to Andrew Holness on his re-election "
     "as Prime Minister of Jamaica.",
     dict(country="Jamaica", event_type="message", head_of_state_level=True), None),
    ("trip-brief", "en", "2024-11-12",
     "Vice Foreign Minister Briefs the Press on President Xi Jinping's State Visits to Peru and Brazil",
     "On November 12, Vice Foreign Minister Ma Zhaoxu briefed the press on President Xi Jinping's upcoming "
     "state visits to Peru and Brazil and his attendance at the APEC and G20 meetings.",
     dict(country="multilateral", event_type="other", head_of_state_level=False), None),

    # ---------------- pages on another country's step: not LAC ----------------
    ("esp", "en", "2023-03-31", "Xi Jinping Meets with Spanish Prime Minister Pedro Sanchez",
     "On March 31, President Xi Jinping met with Spanish Prime Minister Pedro Sanchez in Beijing. Xi said "
     "China and Spain should carry forward their comprehensive strategic partnership.",
     dict(relevant=False, partnership_action=None), None),
    ("srb-zh", "zh", "2024-05-08", "习近平同塞尔维亚总统武契奇举行会谈",
     "当地时间5月8日，国家主席习近平在贝尔格莱德同塞尔维亚总统武契奇举行会谈。两国元首宣布深化和提升中塞全面战略伙伴关系，构建新时代中塞命运共同体。",
     dict(relevant=False, partnership_action=None), None),
    ("vnm", "en", "2023-12-12", "Xi Jinping Holds Talks with General Secretary Nguyen Phu Trong",
     "Hanoi, December 12 -- Xi Jinping held talks with Nguyen Phu Trong. The two sides agreed to build a "
     "China-Vietnam community with a shared future that carries strategic significance.",
     dict(relevant=False, partnership_action=None), None),
    ("kaz", "en", "2019-09-11", "Xi Jinping Holds Talks with Kazakh President Tokayev",
     "On September 11, President Xi Jinping held talks with Kazakh President Kassym-Jomart Tokayev. The two "
     "heads of state announced the elevation of bilateral ties to a permanent comprehensive strategic "
     "partnership.",
     dict(relevant=False, partnership_action=None), None),
    # a LAC page that names a non-LAC country's earlier step
    ("ecu-other", "en", "2015-01-07", "Xi Jinping Meets Ecuadorian President Rafael Correa",
     "On January 7, President Xi Jinping met with Ecuadorian President Rafael Correa in Beijing on the eve of "
     "the China-CELAC Forum ministerial meeting. The two sides agreed to establish a strategic partnership.",
     dict(country="Ecuador", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    # an embassy copy of a recall page
    ("per-embassy", "en", "2016-11-22", "Xi Jinping Holds Talks with Peruvian President Kuczynski",
     "Lima, November 21 -- President Xi Jinping held talks with Peruvian President Pedro Pablo Kuczynski. "
     "The two heads of state agreed to deepen the China-Peru comprehensive strategic partnership.",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP),
     "http://pe.china-embassy.gov.cn/eng/zgyw/201611/t20161122_1.htm"),
    ("ven-2014-agency-zh", "zh", "2014-07-21", "中委关系提升为全面战略伙伴关系",
     " date 2014-07-21\n新闻 | 首页 | 搜索\n责任编辑：王芳\n新华社加拉加斯7月20日电 国家主席习近平20日在加拉加斯同委内瑞拉总统马杜罗举行会谈。两国元首决定将中委关系提升为全面战略伙伴关系。",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP),
     "http://www.agency-news.cn/politics/2014-07/21/c_1.htm"),
]


def run(probe: tuple) -> object:
    pid, lang, day, title, text, _expect, url = probe
    if url == "agency":
        url = _agency(day)
    return mfa(text, title=title, published=day, lang=lang, url=url or _url(day, lang))


@pytest.mark.parametrize("probe", PROBES, ids=[p[0] for p in PROBES])
def test_partnership_and_head_of_state_level(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- doubtful: the codebook does not settle these ----------------

@pytest.mark.xfail(strict=False, reason="doubtful: the study table ends in 2023; a 2024 'community with a "
                   "shared future' named as the new stage of Brazil's relations is no level on the "
                   "partnership ladder of the table")
def test_doubtful_brazil_2024_community() -> None:
    r = mfa("当地时间11月20日，国家主席习近平在巴西利亚同巴西总统卢拉举行会谈。两国元首宣布，将中巴关系提升为携手构建更公正世界和更可持续星球的中巴命运共同体。",
            title="习近平同巴西总统卢拉举行会谈", published="2024-11-20", lang="zh",
            url=_url("2024-11-20", "zh"))
    assert r.partnership_action == "upgrade"


@pytest.mark.xfail(strict=False, reason="doubtful: a China-LAC community with a shared future named on a "
                   "bilateral page is no bilateral partnership level, but the codebook does not say so")
def test_doubtful_region_community_on_a_bilateral_page() -> None:
    r = mfa("On May 12, President Xi Jinping met with Colombian President Gustavo Petro in Beijing. Xi said "
            "China is ready to work with Colombia to build a China-LAC community with a shared future.",
            title="Xi Jinping Meets Colombian President", published="2025-05-12", url=_url("2025-05-12", "en"))
    assert (r.partnership_action, r.partnership_level) == (None, None)


@pytest.mark.xfail(strict=False, reason="doubtful: a head of state's joint statement: the codebook names no "
                   "principal for a statement page")
def test_doubtful_joint_statement_head_of_state_level() -> None:
    r = run(next(p for p in PROBES if p[0] == "col-2023-js"))
    assert r.head_of_state_level is True


# ---------------- batch 2: harder wording, more channels, more offices ----------------
PROBES2: list[tuple[str, str, str, str, str, dict, str | None]] = [
    # steps in a phone call and in messages
    ("ecu-2016-call", "en", "2016-11-17", "Xi Jinping Holds Phone Talks with Ecuadorian President Correa",
     "On November 17, President Xi Jinping held a phone conversation with Ecuadorian President Rafael Correa. "
     "The two heads of state agreed to elevate China-Ecuador ties to a comprehensive strategic partnership.",
     dict(country="Ecuador", event_type="phone_call", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("col-msg-step-zh", "zh", "2023-10-26", "习近平就中哥建立战略伙伴关系同佩特罗互致贺电",
     "10月26日，国家主席习近平同哥伦比亚总统佩特罗互致贺电，庆贺两国建立战略伙伴关系。",
     dict(country="Colombia", event_type="message", head_of_state_level=True), None),
    ("ven-2023-video", "en", "2023-09-13", "Xi Jinping and Maduro Hold Talks",
     "Xi Jinping held talks with Nicolas Maduro, President of Venezuela, on Wednesday afternoon in Beijing. "
     "Both sides agreed to upgrade their relationship into an all-weather strategic partnership.",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=AW), None),
    # recall forms: anniversaries, "since the establishment", "strategic partners"
    ("per-anniv", "en", "2018-11-19", "Xi Jinping Exchanges Messages with Peruvian President Vizcarra",
     "On November 19, President Xi Jinping and Peruvian President Martin Vizcarra exchanged congratulatory "
     "messages marking the 10th anniversary of the establishment of the China-Peru strategic partnership "
     "and the fifth anniversary of its elevation to a comprehensive strategic partnership.",
     dict(country="Peru", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("mex-since-zh", "zh", "2018-04-02", "王毅同墨西哥外长比德加赖举行会谈",
     "4月2日，国务委员兼外长王毅在北京同墨西哥外长比德加赖举行会谈。王毅表示，中墨建立全面战略伙伴关系五年来，两国关系取得长足发展。",
     dict(country="Mexico", event_type="talks", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-deepen-t", "zh", "2022-02-06", "習近平同阿根廷總統費爾南德斯舉行會談",
     "2月6日下午，國家主席習近平在人民大會堂同來華出席北京冬奧會開幕式的阿根廷總統費爾南德斯舉行會談。兩國元首一致同意深化中阿全面戰略夥伴關係。",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("ury-higher", "en", "2019-04-27", "Wang Yi Meets Uruguayan Foreign Minister",
     "On April 27, Wang Yi met Uruguayan Foreign Minister Rodolfo Nin Novoa in Beijing. Wang said China is "
     "ready to push the China-Uruguay strategic partnership to a higher level.",
     dict(country="Uruguay", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
    ("sur-zh-recall", "zh", "2023-11-29", "习近平同苏里南总统单多吉举行会谈",
     "11月29日，国家主席习近平在人民大会堂同苏里南总统单多吉举行会谈。习近平指出，中苏战略合作伙伴关系建立以来，两国各领域合作取得丰硕成果。",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=SCP), None),
    ("tto-zh-recall", "zh", "2018-05-14", "习近平会见特立尼达和多巴哥总理罗利",
     "5月14日，国家主席习近平在人民大会堂会见特立尼达和多巴哥总理罗利。习近平指出，中特全面合作伙伴关系不断发展。",
     dict(country="Trinidad and Tobago", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=CCP), None),
    ("jam-zh-recall", "zh", "2005-06-10", "吴仪会见牙买加总理帕特森",
     "6月10日，国务院副总理吴仪在北京会见牙买加总理帕特森。吴仪表示，中牙共同发展的友好伙伴关系建立以来，两国合作不断加强。",
     dict(country="Jamaica", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=FPCD), None),
    ("ven-zh-spcd-recall", "zh", "2009-04-08", "胡锦涛同委内瑞拉总统查韦斯举行会谈",
     "4月8日，国家主席胡锦涛在人民大会堂同委内瑞拉总统查韦斯举行会谈。胡锦涛表示，中委共同发展的战略伙伴关系不断深化。",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=SPCD), None),
    ("celac-zh-recall", "zh", "2021-12-03", "王毅出席中拉论坛第三届部长会议",
     "12月3日，国务委员兼外长王毅以视频方式出席中国－拉共体论坛第三届部长会议。王毅表示，中拉全面合作伙伴关系进入新阶段。",
     dict(country="multilateral", head_of_state_level=False,
          partnership_action=None, partnership_level=CCP), None),
    # steps with the old level named, or with a verb far from the level
    ("mex-from-to", "en", "2013-06-04", "Xi Jinping and Pena Nieto Hold Talks",
     "On June 4, President Xi Jinping held talks with Mexican President Enrique Pena Nieto in Mexico City. "
     "They agreed to upgrade the China-Mexico strategic partnership to a comprehensive strategic "
     "partnership.",
     dict(country="Mexico", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("chl-from-to-zh", "zh", "2016-11-22", "习近平同智利总统巴切莱特举行会谈",
     "当地时间11月22日，国家主席习近平在圣地亚哥同智利总统巴切莱特举行会谈。两国元首一致同意，将中智战略伙伴关系提升为全面战略伙伴关系。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("bol-title-step", "en", "2018-06-19", "China, Bolivia Establish Strategic Partnership",
     "On June 19, President Xi Jinping held talks with Bolivian President Evo Morales in Beijing. The two "
     "leaders signed cooperation documents in trade, energy and infrastructure.",
     dict(country="Bolivia", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("cri-agreed-future", "en", "2015-01-06", "Xi Jinping Holds Talks with Costa Rican President",
     "On January 6, President Xi Jinping held talks with Costa Rican President Luis Guillermo Solis. Xi and "
     "Solis agreed that the two countries will establish a strategic partnership of equality and mutual "
     "benefit.",
     dict(country="Costa Rica", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("ury-preview", "en", "2023-11-17",
     "Foreign Ministry Spokesperson Announces State Visit of Uruguayan President Lacalle Pou",
     "At the invitation of President Xi Jinping, President Luis Lacalle Pou of Uruguay will pay a state "
     "visit to China from November 20 to 24.",
     dict(country="Uruguay", event_type="state_visit", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("chl-2016-sidelines", "en", "2016-11-19", "Xi Jinping Meets Chilean President Bachelet in Lima",
     "Lima, November 19 -- On the sidelines of the APEC Economic Leaders' Meeting, President Xi Jinping met "
     "with Chilean President Michelle Bachelet. Xi said he looks forward to his state visit to Chile, which "
     "will open a new chapter in the China-Chile strategic partnership.",
     dict(country="Chile", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),
    # offices: speakers, vice premiers, acting and interim heads, presidents-elect
    ("bra-npc", "en", "2023-04-13", "Zhao Leji Meets Brazilian President Lula",
     "On April 13, Zhao Leji, Chairman of the Standing Committee of the National People's Congress, met with "
     "Brazilian President Luiz Inacio Lula da Silva in Beijing.",
     dict(country="Brazil", event_type="meeting", head_of_state_level=False), None),
    ("arg-vice-premier", "en", "2014-02-12", "Vice Premier Wang Yang Meets Argentine President",
     "Buenos Aires, February 12 -- Vice Premier Wang Yang met with Argentine President Cristina Fernandez de "
     "Kirchner here.",
     dict(country="Argentina", event_type="meeting", head_of_state_level=False), None),
    ("per-elect-zh", "zh", "2021-07-20", "习近平致电祝贺卡斯蒂略当选秘鲁总统",
     "7月20日，国家主席习近平致电佩德罗·卡斯蒂略，祝贺他当选秘鲁总统。",
     dict(country="Peru", event_type="message", head_of_state_level=False), None),
    ("bra-pres-elect", "en", "2022-11-01", "Xi Jinping Congratulates Lula on Election as Brazilian President",
     "On November 1, President Xi Jinping sent a congratulatory message to Luiz Inacio Lula da Silva, "
     "congratulating him on his election as President of Brazil.",
     dict(country="Brazil", event_type="message", head_of_state_level=False), None),
    ("dma-pm", "en", "2024-04-22", "Li Qiang Holds Talks with Prime Minister of Dominica Roosevelt Skerrit",
     "On April 22, Premier Li Qiang held talks with Prime Minister of Dominica Roosevelt Skerrit at the Great "
     "Hall of the People.",
     dict(country="Dominica", event_type="talks", head_of_state_level=True), None),
    ("grd-gg-li", "en", "2023-06-15", "Li Qiang Meets Governor-General of Grenada",
     "On June 15, Premier Li Qiang met with Governor-General of Grenada Cecile La Grenade in Beijing.",
     dict(country="Grenada", event_type="meeting", head_of_state_level=False), None),
    ("guy-pres-t", "zh", "2024-03-20", "王毅會見圭亞那總統阿里",
     "3月20日，外交部長王毅在北京會見圭亞那總統阿里。",
     dict(country="Guyana", event_type="meeting", head_of_state_level=False), None),
    ("cub-pm-zh", "zh", "2023-09-24", "李强会见古巴总理马雷罗",
     "9月24日，国务院总理李强在杭州会见来华出席第十九届亚运会开幕式的古巴总理马雷罗。",
     dict(country="Cuba", head_of_state_level=True), None),
    ("nic-vp", "en", "2023-01-10", "Xi Jinping Meets Nicaraguan Vice President",
     "On January 10, President Xi Jinping met with Nicaraguan Vice President Rosario Murillo via video link.",
     dict(country="Nicaragua", head_of_state_level=False), None),
    ("ven-vp-fm", "en", "2018-09-13", "Wang Yi Meets Venezuelan Executive Vice President Delcy Rodriguez",
     "On September 13, Wang Yi met with Venezuelan Executive Vice President Delcy Rodriguez in Beijing. Wang "
     "said the China-Venezuela comprehensive strategic partnership is strong.",
     dict(country="Venezuela", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("hnd-zh", "zh", "2023-06-12", "习近平同洪都拉斯总统卡斯特罗举行会谈",
     "6月12日下午，国家主席习近平在人民大会堂，同来华国事访问的洪都拉斯总统卡斯特罗举行会谈。",
     dict(country="Honduras", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("xi-msg-gg", "en", "2022-08-06", "Xi Jinping Congratulates Jamaica on Independence Day",
     "On August 6, President Xi Jinping sent a congratulatory message to Governor-General of Jamaica Patrick "
     "Allen on the 60th anniversary of the country's independence.",
     dict(country="Jamaica", event_type="message", head_of_state_level=False), None),
    # visits as a whole
    ("sur-visit-start", "en", "2019-11-24", "Surinamese President Bouterse Begins State Visit to China",
     "Surinamese President Desire Delano Bouterse arrived in Beijing on November 24 for a state visit to "
     "China at the invitation of President Xi Jinping.",
     dict(country="Suriname", event_type="state_visit", head_of_state_level=True,
          partnership_action=None, partnership_level=None), None),
    ("per-arrival-en", "en", "2024-11-14", "Xi Jinping Arrives in Lima for State Visit to Peru",
     "Lima, November 14 -- President Xi Jinping arrived here Thursday for a state visit to Peru at the "
     "invitation of Peruvian President Dina Boluarte. In a written statement, Xi said that China and Peru "
     "have been comprehensive strategic partners for over a decade.",
     dict(country="Peru", event_type="state_visit", head_of_state_level=True,
          partnership_action=None), None),
    ("fm-visit", "en", "2024-05-10", "Venezuelan Foreign Minister Yvan Gil to Visit China",
     "Foreign Ministry Spokesperson announced: At the invitation of Foreign Minister Wang Yi, Venezuelan "
     "Foreign Minister Yvan Gil will pay an official visit to China from May 9 to 12.",
     dict(country="Venezuela", event_type="official_visit", head_of_state_level=False), None),
    # joint statements and communiques
    ("arg-2014-js", "en", "2014-07-19",
     "Joint Statement between the People's Republic of China and the Argentine Republic on Strengthening "
     "the Comprehensive Strategic Partnership",
     "At the invitation of President Cristina Fernandez de Kirchner, President Xi Jinping paid a state visit "
     "to Argentina from July 18 to 19, 2014. The two sides decided to elevate bilateral relations to a "
     "comprehensive strategic partnership.",
     dict(country="Argentina", event_type="joint_statement",
          partnership_action="upgrade", partnership_level=CSP), None),
    ("cri-js-t", "zh", "2015-01-06", "中華人民共和國和哥斯達黎加共和國關於建立戰略夥伴關係的聯合聲明",
     "應國家主席習近平邀請，哥斯達黎加共和國總統索利斯於2015年1月5日至10日對中國進行國事訪問。雙方一致同意建立中哥戰略夥伴關係。",
     dict(country="Costa Rica", event_type="joint_statement",
          partnership_action="establish", partnership_level=SP), None),
    ("jam-js", "en", "2019-04-12",
     "Joint Press Communique between the People's Republic of China and Jamaica",
     "At the invitation of Premier Li Keqiang, Prime Minister Andrew Holness of Jamaica paid an official "
     "visit to China from April 8 to 13, 2019. The two sides announced that China-Jamaica relations are "
     "elevated to a strategic partnership.",
     dict(country="Jamaica", event_type="joint_statement",
          partnership_action="upgrade", partnership_level=SP), None),
    ("ven-js-recall", "en", "2018-09-15",
     "Joint Statement between the People's Republic of China and the Bolivarian Republic of Venezuela",
     "At the invitation of President Xi Jinping, President Nicolas Maduro paid a state visit to China from "
     "September 13 to 18, 2018. The two sides agreed to continue deepening the China-Venezuela "
     "comprehensive strategic partnership.",
     dict(country="Venezuela", event_type="joint_statement",
          partnership_action=None, partnership_level=CSP), None),
    # agency and embassy copies
    ("col-agency", "en", "2023-10-25", "China, Colombia elevate ties to strategic partnership",
     " date 2023-10-25\nAgency News English | Menu | Search\nEditor: Zhang Wei\n"
     "BEIJING, Oct. 25 -- Chinese President Xi Jinping held talks with Colombian President Gustavo Petro here "
     "on Wednesday, and the two heads of state announced the elevation of bilateral ties to a strategic "
     "partnership.",
     dict(country="Colombia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), "agency"),
    ("sur-agency", "en", "2019-11-27", "China, Suriname set up strategic cooperative partnership",
     " date 2019-11-27\nAgency News English | Menu | Search\nEditor: Li Na\n"
     "BEIJING, Nov. 27 -- Chinese President Xi Jinping and his Surinamese counterpart Desire Delano Bouterse "
     "held talks here on Wednesday and agreed to set up a strategic cooperative partnership.",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SCP), "agency"),
    ("ecu-embassy-zh", "zh", "2016-11-18", "习近平同厄瓜多尔总统科雷亚举行会谈",
     "当地时间11月17日，国家主席习近平在基多同厄瓜多尔总统科雷亚举行会谈。两国元首共同宣布，将中厄关系提升为全面战略伙伴关系。",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP),
     "http://ec.china-embassy.gov.cn/chn/zgyw/201611/t20161118_1.htm"),
    # not LAC
    ("fra-zh", "zh", "2024-05-06", "习近平同法国总统马克龙举行会谈",
     "当地时间5月6日，国家主席习近平在巴黎同法国总统马克龙举行会谈。双方同意推动中法全面战略伙伴关系行稳致远。",
     dict(relevant=False, partnership_action=None), None),
    ("pak", "en", "2023-10-20", "Xi Jinping Meets Pakistani Caretaker Prime Minister",
     "On October 20, President Xi Jinping met with Pakistani Caretaker Prime Minister Anwaar-ul-Haq Kakar. "
     "Xi said the all-weather strategic cooperative partnership stands firm.",
     dict(relevant=False, partnership_action=None), None),
]


@pytest.mark.parametrize("probe", PROBES2, ids=[p[0] for p in PROBES2])
def test_partnership_and_head_of_state_level_batch2(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 3: wishes, later reports of a step, party leaders, envoys ----------------
PROBES3: list[tuple[str, str, str, str, str, dict, str | None]] = [
    # a wish to raise relations further is no step
    ("chl-wish-zh", "zh", "2019-04-25", "习近平同智利总统皮涅拉举行会谈",
     "4月25日，国家主席习近平同智利总统皮涅拉举行会谈。习近平表示，中方愿同智方一道，推动中智全面战略伙伴关系迈上新台阶。",
     dict(country="Chile", head_of_state_level=True, partnership_action=None, partnership_level=CSP), None),
    ("mex-wish-zh", "zh", "2021-09-15", "王毅同墨西哥外长埃布拉德通电话",
     "9月15日，国务委员兼外长王毅应约同墨西哥外长埃布拉德通电话。王毅表示，中方愿同墨方推动两国全面战略伙伴关系提升到更高水平。",
     dict(country="Mexico", event_type="phone_call", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-wish-en", "en", "2019-06-28", "Xi Jinping Meets Argentine President Mauricio Macri",
     "Osaka, June 28 -- President Xi Jinping met with Argentine President Mauricio Macri on the sidelines of "
     "the G20 Summit. Xi called on both sides to lift the comprehensive strategic partnership to new heights.",
     dict(country="Argentina", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    # later pages on an earlier step: recalled, no action
    ("col-later", "en", "2024-02-05", "Wang Yi Holds Phone Call with Colombian Foreign Minister",
     "On February 5, Foreign Minister Wang Yi held a phone call with Colombian Foreign Minister Alvaro Leyva. "
     "Wang Yi recalled that the two heads of state elevated bilateral relations to a strategic partnership "
     "last October.",
     dict(country="Colombia", event_type="phone_call", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
    ("ury-later-zh", "zh", "2024-03-08", "王毅会见乌拉圭外长帕格尼亚",
     "3月8日，外交部长王毅在北京会见乌拉圭外长帕格尼亚。王毅表示，去年两国元首宣布将中乌关系提升为全面战略伙伴关系，开启了两国关系新篇章。",
     dict(country="Uruguay", head_of_state_level=False, partnership_action=None,
          partnership_level=CSP), None),
    ("ven-later", "en", "2024-09-13", "Xi Jinping Exchanges Messages with Maduro",
     "On September 13, President Xi Jinping and Venezuelan President Nicolas Maduro exchanged messages on "
     "the first anniversary of the elevation of bilateral ties to an all-weather strategic partnership.",
     dict(country="Venezuela", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=AW), None),
    # party leaders, special envoys, legislative heads
    ("cub-raul", "en", "2019-11-10", "Xi Jinping Meets First Secretary of the Communist Party of Cuba Raul Castro",
     "On November 10, Xi Jinping met with Raul Castro, First Secretary of the Central Committee of the "
     "Communist Party of Cuba, in Havana.",
     dict(country="Cuba", head_of_state_level=False), None),
    ("cub-diaz-condol", "en", "2022-05-07", "Xi Jinping Sends Condolence Message to Cuban President",
     "On May 7, President Xi Jinping sent a message of condolence to Cuban President Miguel Diaz-Canel over "
     "the explosion at a hotel in Havana.",
     dict(country="Cuba", event_type="message", head_of_state_level=True), None),
    ("mex-envoy", "en", "2018-12-01", "Special Envoy of Xi Jinping Attends Inauguration of Mexican President",
     "Mexico City, December 1 -- Wang Chen, special envoy of President Xi Jinping and Vice Chairman of the "
     "NPC Standing Committee, attended the inauguration of Mexican President Andres Manuel Lopez Obrador and "
     "met with him afterwards.",
     dict(country="Mexico", head_of_state_level=False), None),
    ("bra-envoy-zh", "zh", "2023-01-02", "习近平主席特使出席巴西总统就职仪式",
     "当地时间1月1日，习近平主席特使、全国人大常委会副委员长王晨在巴西利亚出席巴西总统卢拉就职仪式，并会见卢拉。",
     dict(country="Brazil", head_of_state_level=False), None),
    ("wang-huning", "en", "2023-04-14", "Wang Huning Meets Brazilian President Lula",
     "On April 14, Wang Huning, Chairman of the National Committee of the CPPCC, met with Brazilian President "
     "Luiz Inacio Lula da Silva in Beijing.",
     dict(country="Brazil", event_type="meeting", head_of_state_level=False), None),
    ("li-g20", "en", "2024-11-18", "Li Qiang Meets Brazilian President Lula in Rio",
     "Rio de Janeiro, November 18 -- Premier Li Qiang met with Brazilian President Luiz Inacio Lula da Silva "
     "on the sidelines of the G20 Summit.",
     dict(country="Brazil", event_type="meeting_on_sidelines", head_of_state_level=True), None),
    ("bhs-pm-zh", "zh", "2024-04-08", "李强同巴哈马总理戴维斯举行会谈",
     "4月8日，国务院总理李强在人民大会堂同巴哈马总理戴维斯举行会谈。",
     dict(country="Bahamas", event_type="talks", head_of_state_level=True), None),
    ("ury-xi-reply", "en", "2024-02-10", "Xi Jinping Replies to Letter from Uruguayan President",
     "On February 10, President Xi Jinping replied to a letter from Uruguayan President Luis Lacalle Pou. "
     "Xi said he is ready to advance the China-Uruguay comprehensive strategic partnership.",
     dict(country="Uruguay", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("xi-former-pm", "en", "2018-09-04", "Wang Yi Meets Former Prime Minister of Jamaica",
     "On September 4, Wang Yi met with former Jamaican Prime Minister Portia Simpson-Miller in Beijing.",
     dict(country="Jamaica", head_of_state_level=False), None),
    # a step named in the headline, its sentence in the text
    ("ecu-title-t", "zh", "2016-11-17", "中厄關係提升為全面戰略夥伴關係",
     "當地時間11月17日，國家主席習近平在基多同厄瓜多爾總統科雷亞舉行會談。兩國元首宣佈，將中厄關係提升為全面戰略夥伴關係。",
     dict(country="Ecuador", head_of_state_level=True, partnership_action="upgrade",
          partnership_level=CSP), None),
    ("per-title-step", "en", "2008-11-20", "China and Peru Establish Strategic Partnership",
     "Lima, November 19 -- Chinese President Hu Jintao and Peruvian President Alan Garcia held talks here "
     "today and announced the establishment of a strategic partnership.",
     dict(country="Peru", head_of_state_level=True, partnership_action="establish",
          partnership_level=SP), None),
    # the regional level beside a bilateral one
    ("col-two-levels", "en", "2023-10-25", "Xi Jinping Holds Talks with Colombian President Petro",
     "On October 25, President Xi Jinping held talks with Colombian President Gustavo Petro. The two heads of "
     "state announced the establishment of a China-Colombia strategic partnership. Xi said China and "
     "Colombia should jointly advance the China-LAC comprehensive cooperative partnership.",
     dict(country="Colombia", head_of_state_level=True, partnership_action="establish",
          partnership_level=SP), None),
    ("bol-two-levels-zh", "zh", "2018-06-19", "习近平同玻利维亚总统莫拉莱斯举行会谈",
     "6月19日，国家主席习近平同玻利维亚总统莫拉莱斯举行会谈。两国元首宣布，建立中玻战略伙伴关系。习近平强调，中方愿同拉美国家共同推进中拉全面合作伙伴关系。",
     dict(country="Bolivia", head_of_state_level=True, partnership_action="establish",
          partnership_level=SP), None),
    # a step during a visit of a head of government received by the head of state
    ("jam-xi-2019", "en", "2019-04-11", "Xi Jinping Meets Jamaican Prime Minister Andrew Holness",
     "On April 11, President Xi Jinping met with Jamaican Prime Minister Andrew Holness at the Great Hall of "
     "the People. Xi said that the two sides have just announced the elevation of bilateral relations to a "
     "strategic partnership.",
     dict(country="Jamaica", event_type="meeting", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    # Costa Rica's qualified level, English
    ("cri-qualified", "en", "2015-01-06", "Xi Jinping Holds Talks with Costa Rican President Solis",
     "On January 6, President Xi Jinping held talks with Costa Rican President Luis Guillermo Solis. The two "
     "heads of state agreed to establish a China-Costa Rica strategic partnership featuring equality, mutual "
     "benefit and common development.",
     dict(country="Costa Rica", partnership_action="establish", partnership_level=SP), None),
    # a step on a vice president's visit
    ("tto-2005-zh", "zh", "2005-02-01", "曾庆红同特立尼达和多巴哥总理曼宁举行会谈",
     "当地时间2月1日，国家副主席曾庆红在西班牙港同特立尼达和多巴哥总理曼宁举行会谈。双方决定建立互利共赢、共同发展的友好合作伙伴关系。",
     dict(country="Trinidad and Tobago", head_of_state_level=False, partnership_action="establish"), None),
    # a message between heads that announces the step
    ("sur-msg", "en", "2019-11-28", "Xi Jinping Exchanges Messages with Surinamese President",
     "On November 28, President Xi Jinping and Surinamese President Desire Delano Bouterse exchanged "
     "messages, in which they confirmed the decision to establish a strategic cooperative partnership.",
     dict(country="Suriname", event_type="message", head_of_state_level=True,
          partnership_action="establish", partnership_level=SCP), None),
]


DOUBTFUL3 = {"sur-msg": "doubtful: messages that 'confirm the decision' to establish may report a step "
                        "taken at the talks (an action) or recall it (no action); the codebook does not say"}


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p[0], marks=pytest.mark.xfail(strict=False, reason=DOUBTFUL3[p[0]]))
    if p[0] in DOUBTFUL3 else pytest.param(p, id=p[0]) for p in PROBES3])
def test_partnership_and_head_of_state_level_batch3(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 4: month edges of the history, previews, more copies ----------------
PROBES4: list[tuple[str, str, str, str, str, dict, str | None]] = [
    # a statement dated in the month after the step's month
    ("sur-js-dec", "en", "2019-12-01",
     "Joint Statement between the People's Republic of China and the Republic of Suriname",
     "At the invitation of President Xi Jinping, President Desire Delano Bouterse of the Republic of "
     "Suriname paid a state visit to China from November 24 to December 1, 2019. The two heads of state "
     "announced the establishment of a strategic cooperative partnership between China and Suriname.",
     dict(country="Suriname", event_type="joint_statement", partnership_action="establish",
          partnership_level=SCP), None),
    ("ven-js-sep", "zh", "2023-09-30", "中委关于建立全天候战略伙伴关系的联合声明",
     "应国家主席习近平邀请，委内瑞拉玻利瓦尔共和国总统马杜罗于2023年9月8日至14日对中国进行国事访问。两国元首决定将中委关系提升为全天候战略伙伴关系。",
     dict(country="Venezuela", event_type="joint_statement", partnership_action="upgrade",
          partnership_level=AW), None),
    # a preview naming the step to come
    ("ury-preview-step", "en", "2023-11-17",
     "Vice Foreign Minister Briefs on Uruguayan President's State Visit to China",
     "On November 17, Vice Foreign Minister Xie Feng briefed the press on the upcoming state visit of "
     "Uruguayan President Luis Lacalle Pou. He said the two heads of state will announce the elevation of "
     "China-Uruguay relations to a comprehensive strategic partnership.",
     dict(country="Uruguay", event_type="other", head_of_state_level=False,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("col-preview-zh", "zh", "2023-10-20", "外交部副部长就哥伦比亚总统佩特罗访华举行中外媒体吹风会",
     "10月20日，外交部副部长华春莹就哥伦比亚总统佩特罗对中国进行国事访问举行吹风会。她介绍，访问期间，两国元首将共同宣布建立中哥战略伙伴关系。",
     dict(country="Colombia", event_type="other", head_of_state_level=False,
          partnership_action="establish", partnership_level=SP), None),
    ("ven-preview-hope", "en", "2023-09-07", "Foreign Ministry Spokesperson on Venezuelan President's Visit",
     "Foreign Ministry Spokesperson Mao Ning said on September 7 that China hopes the two heads of state will "
     "announce new steps for the China-Venezuela comprehensive strategic partnership during the visit.",
     dict(country="Venezuela", partnership_action=None, partnership_level=CSP), None),
    # spaced and traditional Chinese copies
    ("bol-spaced", "zh", "2018-06-19", "习近平同玻利维亚总统莫拉莱斯举行会谈",
     "6月19日，国家主席习近平在人民大会堂同玻利维亚总统莫拉莱斯举行会谈。两国元首宣布，建立中玻 战略伙伴 关系。",
     dict(country="Bolivia", head_of_state_level=True, partnership_action="establish",
          partnership_level=SP), None),
    ("arg-2004-t", "zh", "2004-11-16", "胡錦濤同阿根廷總統基什內爾舉行會談",
     "當地時間11月16日，國家主席胡錦濤在布宜諾斯艾利斯同阿根廷總統基什內爾舉行會談。兩國元首宣佈建立中阿戰略夥伴關係。",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("mex-2003-zh", "zh", "2003-12-12", "温家宝同墨西哥总统福克斯举行会谈",
     "当地时间12月12日，国务院总理温家宝在墨西哥城同墨西哥总统福克斯举行会谈。双方同意建立中墨战略伙伴关系。",
     dict(country="Mexico", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("chl-2004-zh", "zh", "2004-11-18", "胡锦涛同智利总统拉戈斯举行会谈",
     "当地时间11月18日，国家主席胡锦涛在圣地亚哥同智利总统拉戈斯举行会谈。两国元首宣布建立中智全面合作伙伴关系。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=CCP), None),
    ("per-2008-zh", "zh", "2008-11-19", "胡锦涛同秘鲁总统加西亚举行会谈",
     "当地时间11月19日，国家主席胡锦涛在利马同秘鲁总统加西亚举行会谈。两国元首宣布，中秘建立战略伙伴关系。",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("bra-1993-zh", "zh", "1993-11-23", "江泽民同巴西总统佛朗哥举行会谈",
     "11月23日，国家主席江泽民在巴西利亚同巴西总统佛朗哥举行会谈。双方同意建立中巴战略伙伴关系。",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("ecu-2015-zh", "zh", "2015-01-07", "习近平同厄瓜多尔总统科雷亚举行会谈",
     "1月7日，国家主席习近平在人民大会堂同厄瓜多尔总统科雷亚举行会谈。两国元首一致同意建立中厄战略伙伴关系。",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
    ("jam-2005-zh", "zh", "2005-02-03", "曾庆红同牙买加总理帕特森举行会谈",
     "当地时间2月3日，国家副主席曾庆红在金斯敦同牙买加总理帕特森举行会谈。双方决定建立中牙共同发展的友好伙伴关系。",
     dict(country="Jamaica", event_type="talks", head_of_state_level=False,
          partnership_action="establish", partnership_level=FPCD), None),
    ("jam-2019-step-zh", "zh", "2019-04-10", "李克强同牙买加总理霍尔尼斯举行会谈",
     "4月10日，国务院总理李克强在人民大会堂同牙买加总理霍尔尼斯举行会谈。双方宣布将中牙关系提升为战略伙伴关系。",
     dict(country="Jamaica", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    # agency copy in Chinese of a recall page
    ("chl-agency-zh", "zh", "2019-04-26", "习近平同智利总统皮涅拉举行会谈",
     " date 2019-04-26\n新闻 | 首页 | 搜索\n责任编辑：李娜\n新华社北京4月25日电 国家主席习近平25日在人民大会堂同智利总统皮涅拉举行会谈。习近平强调，中智全面战略伙伴关系发展势头良好。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP),
     "http://www.agency-news.cn/politics/2019-04/26/c_1.htm"),
    # heads in other settings
    ("arg-video", "en", "2022-02-05", "Xi Jinping Holds Video Call with Argentine President",
     "On February 5, President Xi Jinping held a video call with Argentine President Alberto Fernandez. Xi "
     "said China and Argentina are comprehensive strategic partners.",
     dict(country="Argentina", event_type="video_call", head_of_state_level=True,
          partnership_action=None), None),
    ("vp-vp-zh", "zh", "2023-05-20", "韩正会见巴西副总统阿尔克明",
     "5月20日，国家副主席韩正在北京会见巴西副总统阿尔克明。",
     dict(country="Brazil", event_type="meeting", head_of_state_level=False), None),
    ("premier-gg", "en", "2016-05-10", "Li Keqiang Meets Governor-General of the Bahamas",
     "On May 10, Premier Li Keqiang met with Governor-General of the Bahamas Marguerite Pindling in Beijing.",
     dict(country="Bahamas", event_type="meeting", head_of_state_level=False), None),
    ("pm-pm", "en", "2018-05-15", "Li Keqiang Holds Talks with Prime Minister of Trinidad and Tobago",
     "On May 15, Premier Li Keqiang held talks with Prime Minister Keith Rowley of Trinidad and Tobago at "
     "the Great Hall of the People. Li said China is ready to deepen the comprehensive cooperative "
     "partnership with Trinidad and Tobago.",
     dict(country="Trinidad and Tobago", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CCP), None),
]


@pytest.mark.parametrize("probe", PROBES4, ids=[p[0] for p in PROBES4])
def test_partnership_and_head_of_state_level_batch4(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 5: more ways to word a step or a recall; more heads ----------------
PROBES5: list[tuple[str, str, str, str, str, dict, str | None]] = [
    ("ury-level-of", "en", "2023-11-22", "Xi Jinping Holds Talks with Uruguayan President",
     "On November 22, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou. The two "
     "sides decided to raise bilateral relations to the level of a comprehensive strategic partnership.",
     dict(country="Uruguay", partnership_action="upgrade", partnership_level=CSP), None),
    ("ecu-into", "en", "2016-11-17", "Xi Jinping, Correa Hold Talks in Quito",
     "Quito, November 17 -- Visiting President Xi Jinping and Ecuadorian President Rafael Correa held talks "
     "on Thursday and agreed on upgrading the relationship into a comprehensive strategic partnership.",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ven-aw-t-recall", "zh", "2024-05-10", "王毅會見委內瑞拉外長希爾",
     "5月10日，外交部長王毅在北京會見委內瑞拉外長希爾。王毅表示，中委全天候戰略夥伴關係經受住了國際風雲變幻的考驗。",
     dict(country="Venezuela", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=AW), None),
    ("per-partners-zh", "zh", "2016-11-21", "习近平同秘鲁总统库琴斯基举行会谈",
     "当地时间11月21日，国家主席习近平在利马同秘鲁总统库琴斯基举行会谈。习近平指出，中秘是全面战略伙伴。",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("bra-partner-sing", "en", "2015-05-19", "Li Keqiang Holds Talks with Brazilian President Dilma Rousseff",
     "Brasilia, May 19 -- Premier Li Keqiang held talks with Brazilian President Dilma Rousseff. Li said "
     "China sees Brazil as a comprehensive strategic partner.",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("atg-pm-call", "en", "2020-03-05", "Xi Jinping Speaks with Prime Minister of Antigua and Barbuda by Phone",
     "On March 5, President Xi Jinping had a telephone conversation with Prime Minister of Antigua and "
     "Barbuda Gaston Browne.",
     dict(country="Antigua and Barbuda", event_type="phone_call", head_of_state_level=True), None),
    ("bol-elect-meet", "en", "2020-10-30", "Wang Yi Meets Bolivian President-elect Luis Arce",
     "On October 30, State Councilor and Foreign Minister Wang Yi met with Bolivian President-elect Luis Arce "
     "via video link.",
     dict(country="Bolivia", head_of_state_level=False), None),
    ("bra-vp-li", "en", "2019-05-24", "Li Keqiang Meets Brazilian Vice President Hamilton Mourao",
     "On May 24, Premier Li Keqiang met with Brazilian Vice President Hamilton Mourao at the Great Hall of the "
     "People. Li said China values the comprehensive strategic partnership with Brazil.",
     dict(country="Brazil", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("sur-pres-zh-msg", "zh", "2020-07-16", "习近平致电祝贺单多吉就任苏里南总统",
     "7月16日，国家主席习近平致电单多吉，祝贺他就任苏里南共和国总统。习近平指出，中苏战略合作伙伴关系不断发展。",
     dict(country="Suriname", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=SCP), None),
    ("mex-amlo-msg", "en", "2018-12-01", "Xi Jinping Congratulates Lopez Obrador on Assuming Office",
     "On December 1, President Xi Jinping sent a congratulatory message to Andres Manuel Lopez Obrador on his "
     "inauguration as President of Mexico.",
     dict(country="Mexico", event_type="message", head_of_state_level=True), None),
    ("cri-wang-pres", "zh", "2015-01-07", "王毅会见哥斯达黎加总统索利斯",
     "1月7日，外交部长王毅在北京会见哥斯达黎加总统索利斯。王毅表示，中哥新建立的战略伙伴关系为两国合作开辟了广阔前景。",
     dict(country="Costa Rica", event_type="meeting", head_of_state_level=False,
          partnership_level=SP), None),
    ("tto-president", "en", "2019-04-26", "Xi Jinping Meets President of Trinidad and Tobago Paula-Mae Weekes",
     "On April 26, President Xi Jinping met with President Paula-Mae Weekes of Trinidad and Tobago, who is in "
     "Beijing for the second Belt and Road Forum for International Cooperation.",
     dict(country="Trinidad and Tobago", event_type="meeting_on_sidelines", head_of_state_level=True), None),
    ("chl-boric-zh", "zh", "2023-10-17", "习近平会见智利总统博里奇",
     "10月17日上午，国家主席习近平在人民大会堂会见来华出席第三届“一带一路”国际合作高峰论坛的智利总统博里奇。习近平指出，中智全面战略伙伴关系走在中拉关系前列。",
     dict(country="Chile", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-2014-became", "en", "2014-07-18", "Xi Jinping Holds Talks with Argentine President",
     "Buenos Aires, July 18 -- President Xi Jinping held talks with Argentine President Cristina Fernandez de "
     "Kirchner. At the talks, the two countries became comprehensive strategic partners.",
     dict(country="Argentina", head_of_state_level=True, partnership_action="upgrade",
          partnership_level=CSP), None),
    # class probes for the two rules batch 5 led to (written after its first run)
    ("ury-became-recall", "en", "2019-06-11", "Wang Yi Meets Uruguayan Foreign Minister",
     "On June 11, Wang Yi met with Uruguayan Foreign Minister Rodolfo Nin Novoa. Wang said that since the two "
     "countries became strategic partners in 2016, trade has grown fast.",
     dict(country="Uruguay", partnership_action=None, partnership_level=SP), None),
    ("ecu-partner-sing", "en", "2018-12-12", "Li Keqiang Meets Ecuadorian President Lenin Moreno",
     "On December 12, Premier Li Keqiang met with Ecuadorian President Lenin Moreno. Li said China regards "
     "Ecuador as a comprehensive strategic partner in Latin America.",
     dict(country="Ecuador", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("cub-partner-none", "en", "2019-05-10", "Wang Yi Meets Cuban Foreign Minister",
     "On May 10, Wang Yi met with Cuban Foreign Minister Bruno Rodriguez. Wang said Cuba is an important "
     "partner of China in the region.",
     dict(country="Cuba", partnership_action=None, partnership_level=None), None),
    ("bol-2018-zh-t", "zh", "2018-06-19", "習近平同玻利維亞總統莫拉萊斯舉行會談",
     "6月19日，國家主席習近平在人民大會堂同玻利維亞總統莫拉萊斯舉行會談。兩國元首一致決定，建立中玻戰略夥伴關係。",
     dict(country="Bolivia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), None),
]


DOUBTFUL5 = {pid: "doubtful: one side named 'a comprehensive strategic partner' of the other may recall the "
                  "level (as the plural 'partners' does) or be a loose compliment; an earlier campaign's probe "
                  "codes it no level, and the codebook does not settle it"
             for pid in ("bra-partner-sing", "ecu-partner-sing")}


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p[0], marks=pytest.mark.xfail(strict=False, reason=DOUBTFUL5[p[0]]))
    if p[0] in DOUBTFUL5 else pytest.param(p, id=p[0]) for p in PROBES5])
def test_partnership_and_head_of_state_level_batch5(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 6: verb variants, Brazil's "global" name, ceremonies and video talks ----------------
PROBES6: list[tuple[str, str, str, str, str, dict, str | None]] = [
    ("ury-jiewei", "zh", "2023-11-22", "习近平同乌拉圭总统拉卡列举行会谈",
     "11月22日，国家主席习近平在人民大会堂同乌拉圭总统拉卡列举行会谈。两国元首宣布，中乌结为全面战略伙伴。",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("ven-shengji", "zh", "2023-09-13", "习近平同委内瑞拉总统马杜罗举行会谈",
     "9月13日，国家主席习近平同委内瑞拉总统马杜罗举行会谈。两国元首宣布，中委关系升级为全天候战略伙伴关系。",
     dict(country="Venezuela", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=AW), None),
    ("chl-tishengzhi", "zh", "2012-06-26", "温家宝同智利总统皮涅拉会谈",
     "当地时间6月26日，国务院总理温家宝在圣地亚哥同智利总统皮涅拉举行会谈。双方同意将两国关系提升至战略伙伴关系。",
     dict(country="Chile", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=SP), None),
    # class probes for 提升至 / 提升到 (written after batch 6's first run)
    ("ury-tishengdao-t", "zh", "2023-11-22", "習近平同烏拉圭總統拉卡列舉行會談",
     "11月22日，國家主席習近平同烏拉圭總統拉卡列舉行會談。兩國元首宣佈將中烏關係提升到全面戰略夥伴關係。",
     dict(country="Uruguay", head_of_state_level=True, partnership_action="upgrade",
          partnership_level=CSP), None),
    ("mex-higher-zh", "zh", "2022-05-10", "王毅同墨西哥外长埃布拉德通电话",
     "5月10日，国务委员兼外长王毅同墨西哥外长埃布拉德通电话。王毅表示，中方愿同墨方一道，推动中墨关系提升到新的水平，深化全面战略伙伴关系。",
     dict(country="Mexico", head_of_state_level=False, partnership_action=None,
          partnership_level=CSP), None),
    ("bra-global", "en", "2012-06-21", "Wen Jiabao and Dilma Rousseff Hold Talks",
     "Rio de Janeiro, June 21 -- Premier Wen Jiabao and Brazilian President Dilma Rousseff held talks today "
     "and decided to elevate bilateral ties to a Global Strategic Partnership.",
     dict(country="Brazil", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("mex-li-call", "en", "2020-06-12", "Li Keqiang Speaks with Mexican President by Phone",
     "On June 12, Premier Li Keqiang spoke with Mexican President Andres Manuel Lopez Obrador on the phone. Li "
     "said China stands ready to deepen the comprehensive strategic partnership.",
     dict(country="Mexico", event_type="phone_call", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("cub-video-talks", "en", "2020-12-23", "Xi Jinping Holds Video Talks with Cuban President",
     "On December 23, President Xi Jinping held talks via video link with Cuban President Miguel Diaz-Canel.",
     dict(country="Cuba", event_type="video_call", head_of_state_level=True), None),
    ("col-welcome", "en", "2023-10-25", "Xi Jinping Holds Welcome Ceremony for Colombian President Petro",
     "On October 25, President Xi Jinping held a welcome ceremony for Colombian President Gustavo Petro at "
     "the Great Hall of the People before their talks.",
     dict(country="Colombia", head_of_state_level=True), None),
    ("atg-gg-condol", "en", "2017-09-08", "Xi Jinping Sends Condolences to Governor-General of Antigua and Barbuda",
     "On September 8, President Xi Jinping sent a message of condolence to Governor-General Rodney Williams "
     "of Antigua and Barbuda over the losses caused by Hurricane Irma.",
     dict(country="Antigua and Barbuda", event_type="message", head_of_state_level=False), None),
    ("nic-speaker", "en", "2023-08-14", "Zhao Leji Meets President of Nicaraguan National Assembly",
     "On August 14, Zhao Leji, Chairman of the NPC Standing Committee, met with Gustavo Porras, President of "
     "the National Assembly of Nicaragua, in Beijing.",
     dict(country="Nicaragua", head_of_state_level=False), None),
    ("per-li-boluarte-zh", "zh", "2024-06-28", "李强会见秘鲁总统博鲁阿尔特",
     "6月28日，国务院总理李强在人民大会堂会见秘鲁总统博鲁阿尔特。李强表示，中秘全面战略伙伴关系持续深入发展。",
     dict(country="Peru", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-2004-agreed-en", "en", "2004-11-17", "Hu Jintao Meets Argentine President Kirchner",
     "Buenos Aires, November 16 -- President Hu Jintao met with Argentine President Nestor Kirchner. They "
     "agreed to forge a strategic partnership between the two countries.",
     dict(country="Argentina", head_of_state_level=True, partnership_action="establish",
          partnership_level=SP), None),
    ("tto-2013-set-up", "en", "2013-06-02", "Xi Jinping, Trinidad and Tobago PM Hold Talks",
     "Port of Spain, June 1 -- President Xi Jinping and Prime Minister Kamla Persad-Bissessar held talks on "
     "Saturday and agreed to set up a comprehensive cooperative partnership.",
     dict(country="Trinidad and Tobago", head_of_state_level=True, partnership_action="upgrade",
          partnership_level=CCP), None),
]


@pytest.mark.parametrize("probe", PROBES6, ids=[p[0] for p in PROBES6])
def test_partnership_and_head_of_state_level_batch6(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 7: agency-style past tense of the day's step; more recalls ----------------
PROBES7: list[tuple[str, str, str, str, str, dict, str | None]] = [
    ("ury-agency-upgraded", "en", "2023-11-22", "China, Uruguay upgrade ties",
     " date 2023-11-22\nAgency News English | Menu | Search\nEditor: Chen Lu\n"
     "BEIJING, Nov. 22 -- China and Uruguay on Wednesday upgraded their ties to a comprehensive strategic "
     "partnership as Chinese President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou in "
     "Beijing.",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), "agency"),
    ("col-agency-were", "en", "2023-10-25", "Xi holds talks with Colombian president",
     " date 2023-10-25\nAgency News English | Menu | Search\nEditor: Zhao Yi\n"
     "BEIJING, Oct. 25 -- Chinese President Xi Jinping held talks with Colombian President Gustavo Petro on "
     "Wednesday. During the talks, bilateral ties were elevated to a strategic partnership.",
     dict(country="Colombia", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), "agency"),
    # class probes for a step placed in the page's own talks (written after batch 7's first run)
    ("ecu-at-talks-was", "en", "2016-11-17", "Xi Jinping Holds Talks with Ecuadorian President Correa",
     "Quito, November 17 -- President Xi Jinping held talks with Ecuadorian President Rafael Correa. At the "
     "talks, the China-Ecuador relationship was upgraded to a comprehensive strategic partnership.",
     dict(country="Ecuador", head_of_state_level=True, partnership_action="upgrade",
          partnership_level=CSP), None),
    ("arg-during-recall", "en", "2016-09-03", "Xi Jinping Meets Argentine President Mauricio Macri",
     "Hangzhou, September 3 -- President Xi Jinping met with Argentine President Mauricio Macri, who is in "
     "China for the G20 Summit. During the talks, Xi said that bilateral ties were elevated to a "
     "comprehensive strategic partnership in 2014.",
     dict(country="Argentina", head_of_state_level=True, partnership_action=None,
          partnership_level=CSP), None),
    ("ecu-2015-agency", "en", "2015-01-07", "China, Ecuador forge strategic partnership",
     " date 2015-01-07\nAgency News English | Menu | Search\nEditor: Wu Lan\n"
     "BEIJING, Jan. 7 -- China and Ecuador on Wednesday forged a strategic partnership as President Xi "
     "Jinping held talks with his Ecuadorian counterpart Rafael Correa.",
     dict(country="Ecuador", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SP), "agency"),
    ("bra-2012-recall-2013", "en", "2013-03-27", "Xi Jinping Meets Brazilian President Rousseff in Durban",
     "Durban, March 27 -- President Xi Jinping met with Brazilian President Dilma Rousseff on the sidelines of "
     "the fifth BRICS Summit. Xi said the two countries upgraded their ties to a comprehensive strategic "
     "partnership last year.",
     dict(country="Brazil", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-2015-recall", "en", "2015-02-04", "Xi Jinping Holds Talks with Argentine President",
     "On February 4, President Xi Jinping held talks with Argentine President Cristina Fernandez de Kirchner. "
     "Xi recalled his visit to Argentina in July 2014, when the two countries lifted their relations to a "
     "comprehensive strategic partnership.",
     dict(country="Argentina", event_type="talks", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("chl-2017-zh", "zh", "2017-05-13", "习近平会见智利总统巴切莱特",
     "5月13日，国家主席习近平在北京会见来华出席“一带一路”国际合作高峰论坛的智利总统巴切莱特。习近平指出，去年我对智利进行国事访问期间，双方将两国关系提升为全面战略伙伴关系。",
     dict(country="Chile", event_type="meeting_on_sidelines", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("per-2013-agency-zh", "zh", "2013-04-07", "中秘关系提升为全面战略伙伴关系",
     " date 2013-04-07\n新闻 | 首页 | 搜索\n责任编辑：周明\n新华社北京4月6日电 国家主席习近平6日在人民大会堂同秘鲁总统乌马拉举行会谈，两国元首决定将中秘关系提升为全面战略伙伴关系。",
     dict(country="Peru", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP),
     "http://www.agency-news.cn/politics/2013-04/07/c_1.htm"),
    ("sur-2019-relations-zh", "zh", "2019-11-27", "习近平同苏里南总统鲍特瑟举行会谈",
     "11月27日，国家主席习近平在人民大会堂同苏里南总统鲍特瑟举行会谈。会谈后，两国元首共同见证签署多项合作文件，并宣布中苏两国建立战略合作伙伴关系。",
     dict(country="Suriname", event_type="talks", head_of_state_level=True,
          partnership_action="establish", partnership_level=SCP), None),
]


@pytest.mark.parametrize("probe", PROBES7, ids=[p[0] for p in PROBES7])
def test_partnership_and_head_of_state_level_batch7(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 8: statements that deepen, statements signed at talks, co-chairs ----------------
PROBES8: list[tuple[str, str, str, str, str, dict, str | None]] = [
    ("bra-js-deepen", "en", "2023-04-15",
     "Joint Statement between the People's Republic of China and the Federative Republic of Brazil on "
     "Deepening the Comprehensive Strategic Partnership",
     "At the invitation of President Xi Jinping, President Luiz Inacio Lula da Silva paid a state visit to "
     "China from April 12 to 15, 2023. The two sides agreed to further deepen the China-Brazil comprehensive "
     "strategic partnership.",
     dict(country="Brazil", event_type="joint_statement", partnership_action=None,
          partnership_level=CSP), None),
    ("arg-js-deepen-zh", "zh", "2022-02-06", "中华人民共和国和阿根廷共和国关于深化中阿全面战略伙伴关系的联合声明",
     "应国家主席习近平邀请，阿根廷共和国总统费尔南德斯于2022年2月3日至6日对中国进行国事访问。双方同意进一步深化中阿全面战略伙伴关系。",
     dict(country="Argentina", event_type="joint_statement", partnership_action=None,
          partnership_level=CSP), None),
    ("mex-js-2013-zh", "zh", "2013-06-05", "中华人民共和国和墨西哥合众国联合声明",
     "应墨西哥合众国总统培尼亚邀请，中华人民共和国主席习近平于2013年6月4日至6日对墨西哥进行国事访问。两国元首决定将中墨战略伙伴关系提升为全面战略伙伴关系。",
     dict(country="Mexico", event_type="joint_statement", partnership_action="upgrade",
          partnership_level=CSP), None),
    ("ury-talks-signed", "en", "2023-11-22", "Xi Jinping Holds Talks with Uruguayan President Lacalle Pou",
     "On November 22, President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou. After the "
     "talks, the two heads of state signed a joint statement on establishing a comprehensive strategic "
     "partnership between China and Uruguay.",
     dict(country="Uruguay", event_type="talks", head_of_state_level=True,
          partnership_action="upgrade", partnership_level=CSP), None),
    ("bra-cosban", "en", "2024-06-07",
     "Vice President Han Zheng and Brazilian Vice President Alckmin Co-chair COSBAN Meeting",
     "On June 7, Vice President Han Zheng and Brazilian Vice President Geraldo Alckmin co-chaired the seventh "
     "plenary session of the China-Brazil High-Level Coordination and Cooperation Committee in Beijing.",
     dict(country="Brazil", head_of_state_level=False), None),
    ("ecu-li-vp", "en", "2019-05-20", "Li Keqiang Meets Ecuadorian Vice President Otto Sonnenholzner",
     "On May 20, Premier Li Keqiang met with Ecuadorian Vice President Otto Sonnenholzner. Li said the "
     "comprehensive strategic partnership between China and Ecuador is developing well.",
     dict(country="Ecuador", event_type="meeting", head_of_state_level=False,
          partnership_action=None, partnership_level=CSP), None),
    ("cri-2018-xi-t", "zh", "2018-11-06", "習近平會見哥斯達黎加總統阿爾瓦拉多",
     "11月6日，國家主席習近平在上海會見來華出席首屆中國國際進口博覽會的哥斯達黎加總統阿爾瓦拉多。習近平指出，中哥戰略夥伴關係保持良好發展勢頭。",
     dict(country="Costa Rica", event_type="meeting", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),
    ("jam-2024-zh", "zh", "2024-04-20", "王毅同牙买加外长约翰逊·史密斯举行会谈",
     "4月20日，外交部长王毅在北京同牙买加外交和外贸部长约翰逊·史密斯举行会谈。王毅表示，中牙战略伙伴关系建立五年来，两国合作成果丰硕。",
     dict(country="Jamaica", event_type="talks", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
]


@pytest.mark.parametrize("probe", PROBES8, ids=[p[0] for p in PROBES8])
def test_partnership_and_head_of_state_level_batch8(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect


# ---------------- batch 9: steps and recalls by phone and message, in both scripts ----------------
PROBES9: list[tuple[str, str, str, str, str, dict, str | None]] = [
    ("ven-call-t", "zh", "2020-04-02", "習近平同委內瑞拉總統馬杜羅通電話",
     "4月2日晚，國家主席習近平應約同委內瑞拉總統馬杜羅通電話。習近平強調，中方願同委方推動中委全面戰略夥伴關係不斷向前發展。",
     dict(country="Venezuela", event_type="phone_call", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("col-msg-t", "zh", "2025-02-07", "習近平同哥倫比亞總統佩特羅互致賀電",
     "2月7日，國家主席習近平同哥倫比亞總統佩特羅互致賀電，慶祝兩國建交45週年。習近平指出，中哥戰略夥伴關係給兩國人民帶來福祉。",
     dict(country="Colombia", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=SP), None),
    ("ury-call-2016", "en", "2016-10-18", "Li Keqiang Meets Uruguayan President Vazquez",
     "On October 18, Premier Li Keqiang met with Uruguayan President Tabare Vazquez. Li said that the "
     "strategic partnership the two heads of state announced earlier today opens a new chapter.",
     dict(country="Uruguay", event_type="meeting", head_of_state_level=True), None),
    ("chl-call-2016-zh", "zh", "2016-11-23", "李克强会见智利总统巴切莱特",
     "11月23日，国务院总理李克强会见智利总统巴切莱特。李克强表示，中智关系刚刚提升为全面战略伙伴关系，双方合作前景广阔。",
     dict(country="Chile", head_of_state_level=True, partnership_level=CSP), None),
    ("per-msg-2013", "en", "2013-11-02", "Xi Jinping Sends Congratulatory Message to Peruvian President",
     "On November 2, President Xi Jinping sent a message to Peruvian President Ollanta Humala on the 42nd "
     "anniversary of diplomatic ties. Xi said the comprehensive strategic partnership established in April "
     "has opened new prospects.",
     dict(country="Peru", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=CSP), None),
    ("arg-call-2014", "en", "2014-06-20", "Xi Jinping Speaks with Argentine President by Phone",
     "On June 20, President Xi Jinping spoke by phone with Argentine President Cristina Fernandez de "
     "Kirchner. Xi said he looks forward to his visit to Argentina, during which the two sides hope to lift "
     "relations to a comprehensive strategic partnership.",
     dict(country="Argentina", event_type="phone_call", head_of_state_level=True,
          partnership_action=None), None),
    ("bol-call-arce", "en", "2022-06-10", "Wang Yi Speaks with Bolivian Foreign Minister Rogelio Mayta",
     "On June 10, Wang Yi spoke on the phone with Bolivian Foreign Minister Rogelio Mayta. Wang said China "
     "and Bolivia are good friends and strategic partners.",
     dict(country="Bolivia", event_type="phone_call", head_of_state_level=False,
          partnership_action=None, partnership_level=SP), None),
    ("tto-msg-zh", "zh", "2024-06-20", "习近平同特立尼达和多巴哥总统坎加卢互致贺电",
     "6月20日，国家主席习近平与特立尼达和多巴哥总统坎加卢互致贺电，庆贺两国建交50周年。习近平指出，中特全面合作伙伴关系持续发展。",
     dict(country="Trinidad and Tobago", event_type="message", head_of_state_level=True,
          partnership_action=None, partnership_level=CCP), None),
]


@pytest.mark.parametrize("probe", PROBES9, ids=[p[0] for p in PROBES9])
def test_partnership_and_head_of_state_level_batch9(probe: tuple) -> None:
    expect = {"relevant": True, **probe[5]}
    record = run(probe)
    got = {field: getattr(record, field) for field in expect}
    assert got == expect
