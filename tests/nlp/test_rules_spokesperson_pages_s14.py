# ruff: noqa: E501  (probe texts are long lines)
"""Campaign 14D: the foreign ministry's spokesperson column, a large share of any crawl.

Regular press conferences (例行记者会, "Regular Press Conference on …") with many questions on many
countries, one-question answers (答记者问, "Spokesperson's Remarks on …"), announcements (发言人宣布,
"Foreign Ministry Spokesperson Announces …"), and copies of them on agency, embassy and Hong Kong
sites, 2016-2026, in English and Chinese (some traditional).

How a coder settles them under the codebook (shared/eval/SCHEMA.md):
- an announcement of a LAC leader's visit to China, or of a Chinese leader's or minister's trip to
  LAC, is that visit: `state_visit` for a head of state's, `official_visit` for anyone else's; dated
  by its first day; head-of-state level when the visiting head of state or government is received
  by the host's; several LAC stops make it "multilateral";
- a regular press conference has a generic headline: its record is the first exchange with LAC
  actors the page reports (an announced visit, a leader's message the spokesperson reports); a page
  whose LAC content is only a topic (an election, a disaster, Taiwan's "allies", the canal, a vote,
  the spokesperson's own sympathy or welcome) reports no exchange;
- the spokesperson's answer about a trip (its plans or its results) is a briefing on it: `other`,
  not head-of-state level, dated by the trip's first day when stated; a partnership the answer says
  the leaders agreed counts (history table);
- a condolence or congratulation a leader sent, announced by the spokesperson, is a `message`; a
  president-elect is not yet a head of state.

Self-written pages; the names of states, parties and officials are facts, the wording is invented.

First run, blind (before reading nlp/), fields passing per field: relevant 69/100, country 38/68,
event_type 38/67, event_date 60/67, head_of_state_level 33/67, partnership_action 65/68,
partnership_level 0/3, counterpart 29/50 (332/490). Rules then changed: a transcript's reporting
paragraph (``nlp.transcripts``: an opening announcement, an answer relaying a leader's message) is
its lead; remarks on a visit to China, a state or official visit or a Chinese leader's trip or
message are no mere comment (``not_exchange_headline``), a briefing on the trip (``trip_briefing``,
``mfa_other``, not head-of-state level); the Chinese head of state's state visits to several LAC
states, hosts unnamed, are head-of-state level; an official or office named as the spokesperson is
no principal of a copy. The batch NEGATIVES_2 was written after reading the code."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import (
    AGENCY_EN,
    AGENCY_ZH,
    NO,
    Probe,
    assert_unique_ids,
    cases,
    record_of,
    url,
    value_of,
    yes,
)

# the spokesperson column's addresses by era (shared/sites/README.md)
SP_EN_OLD = "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/{ym}/t{ymd}_11{n:06d}.html"
SP_EN_REMARKS = "https://www.mfa.gov.cn/eng/xwfw_665399/s2510_665401/2535_665405/{ym}/t{ymd}_11{n:06d}.html"
SP_EN_NEW = "https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/{ym}/t{ymd}_11{n:06d}.html"
SP_EN_NEW_REMARKS = "https://www.fmprc.gov.cn/eng/xw/fyrbt/fyrbt/{ym}/t{ymd}_11{n:06d}.html"
SP_ZH_OLD = "https://www.fmprc.gov.cn/web/wjdt_674879/fyrbt_674889/{ym}/t{ymd}_7{n:06d}.shtml"
SP_ZH = "https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/{ym}/t{ymd}_11{n:06d}.shtml"
SP_ZH_ANSWER = "https://www.mfa.gov.cn/web/fyrbt_673021/dhdw_673027/{ym}/t{ymd}_11{n:06d}.shtml"
EMB_EN = "http://pe.china-embassy.gov.cn/eng/zgxw/{ym}/t{ymd}_{n:06d}.htm"
HK_ZH = "https://www.wenweipo.com/a/{y}{m}/{d}/AP{n:06d}.html"

AWSP = "all-weather strategic partnership"
CSP = "comprehensive strategic partnership"
SP = "strategic partnership"

# ---- question-and-answer pairs on other parts of the world (own wording), to fill the pages ----------
FILL_EN: list[tuple[str, str, str]] = [
    ("AFP", "The Philippine coast guard says a Chinese ship sailed close to one of its vessels near Ren'ai Jiao yesterday. How do you respond?",
     "Our coast guard acted in accordance with the law at sea. We urge the Philippine side to stop making trouble and come back to consultations."),
    ("Reuters", "The US Commerce Department put several more Chinese firms on its entity list. What is China's response?",
     "Washington keeps stretching the notion of national security to hold back Chinese companies. We will take the steps needed to protect the rights of our firms."),
    ("Bloomberg", "Is a phone call between the Chinese and US presidents being planned?", "I have nothing to share at the moment."),
    ("Kyodo News", "Japan has begun discharging the treated water from the Fukushima plant. Your comment?",
     "Japan ought to take its neighbours' worries seriously and halt the discharge."),
    ("TASS", "How does China see the latest round of talks on the Ukraine crisis?",
     "China welcomes every effort that helps bring about peace and will keep playing a constructive part."),
    ("Al Jazeera", "The humanitarian situation in Gaza keeps getting worse. What is China doing about it?",
     "China has sent several batches of relief goods and calls for an immediate ceasefire so that civilians are spared."),
    ("Xinhua News Agency", "The summit of the Forum on China-Africa Cooperation opens next month. Could you give us an update on preparations?",
     "The preparations are going smoothly. We will release information in due course."),
    ("Yonhap News Agency", "The DPRK fired a missile this morning. What is China's comment?",
     "We hope every party concerned will keep calm and stay on the track of dialogue."),
    ("NHK", "A Japanese citizen has been detained in Beijing. Can you confirm this?",
     "The case is being handled in accordance with the law, and his lawful rights are guaranteed."),
    ("China Daily", "The number of foreign visitors entering China without visas rose sharply last month. How does the ministry view it?",
     "More and more foreign friends are coming to see China with their own eyes, and we welcome them."),
    ("Press Trust of India", "Chinese and Indian border troops held another round of talks. Was there progress?",
     "The two sides had a candid exchange and agreed to stay in touch through military and diplomatic channels."),
    ("Global Times", "Some Western outlets claim Chinese hackers broke into a European parliament's network. Your comment?",
     "These claims have no basis. China opposes cyber attacks of every kind."),
    ("Phoenix TV", "The EU plans additional duties on electric cars made in China. What is your response?",
     "Protectionism hurts everyone. We hope the EU will return to resolving differences through dialogue."),
    ("Associated Press", "Can you confirm that Australia's foreign minister will come to Beijing next month?", "I have no information to offer on that."),
    ("Dragon TV", "Will China send a delegation to the climate conference in Dubai?", "China will take an active part. Details will be released later."),
    ("APP", "A bus carrying Chinese engineers was attacked in northwest Pakistan. What is the latest?",
     "China strongly condemns the attack. We ask Pakistan to hunt down the attackers and keep Chinese personnel safe."),
    ("Bloomberg", "Will China's top diplomat go to the Munich Security Conference?", "We will release information if there is any."),
    ("CCTV", "The China-Central Asia Summit closed yesterday in Xi'an. How do you assess its outcomes?",
     "The summit drew up a blueprint for the region's future and sent a strong message of solidarity."),
]

FILL_ZH: list[tuple[str, str, str]] = [
    ("总台央视记者", "据报道，菲律宾船只近日再次闯入仁爱礁附近海域。中方对此有何回应？", "中国海警依法维权。我们敦促菲方停止挑衅，回到对话协商的轨道上来。"),
    ("法新社记者", "美国宣布将更多中国企业列入实体清单，中方如何回应？", "美方泛化国家安全概念，无理打压中国企业。中方将采取必要措施，坚决维护中国企业的正当权益。"),
    ("路透社记者", "中美两国元首近期是否有通话安排？", "目前我没有可以提供的信息。"),
    ("日本共同社记者", "日本已开始排放福岛核污染水，中方有何评论？", "日方应正视邻国的关切，立即停止排海。"),
    ("塔斯社记者", "中方如何看待最新一轮乌克兰问题谈判？", "中方支持一切有利于和平的努力，愿继续发挥建设性作用。"),
    ("半岛电视台记者", "加沙人道局势持续恶化，中方做了哪些工作？", "中方已分批提供人道援助，呼吁立即停火，切实保护平民。"),
    ("新华社记者", "中非合作论坛峰会即将举行，能否介绍筹备情况？", "各项筹备工作正在顺利推进，我们会适时发布消息。"),
    ("韩联社记者", "朝鲜今天上午发射导弹，中方有何评论？", "希望有关各方保持冷静克制，坚持对话解决问题的方向。"),
    ("环球时报记者", "有西方媒体称中国黑客攻击欧洲议会网站，你对此有何评论？", "这种说法毫无根据。中方一贯反对各种形式的网络攻击。"),
    ("凤凰卫视记者", "欧盟拟对中国电动汽车加征关税，中方如何回应？", "保护主义损人不利己。希望欧方回到通过对话解决分歧的轨道。"),
    ("彭博社记者", "澳大利亚外长下月是否访华？", "我没有可以提供的消息。"),
    ("中国日报记者", "过去一个月入境外国游客人数大幅增长，外交部对此有何看法？", "越来越多外国朋友来华亲身感受中国，我们对此表示欢迎。"),
    ("巴通社记者", "一辆载有中国工程师的车辆在巴基斯坦遇袭，能否介绍最新情况？", "中方强烈谴责这起袭击，要求巴方严惩凶手，切实保护在巴中国人员安全。"),
    ("印度报业托拉斯记者", "中印边防部队又举行了一轮会谈，有无进展？", "双方进行了坦诚交流，同意通过军事和外交渠道保持沟通。"),
    ("东方卫视记者", "联合国气候变化大会即将召开，中方是否派团参会？", "中方将积极参与，具体安排将适时发布。"),
    ("澎湃新闻记者", "中国—中亚峰会昨天在西安闭幕，你如何评价峰会成果？", "峰会为地区发展描绘了蓝图，发出了团结协作的强烈信号。"),
]


def _pick(pool: list[tuple[str, str, str]], start: int, k: int) -> list[tuple[str, str, str]]:
    return [pool[(start + i) % len(pool)] for i in range(k)]


def presser_en(speaker: str, items: list[tuple[str, str, str]], opening: str = "", old: bool = False) -> str:
    """An English transcript: the opening announcements, then each question and answer; the old pages
    print Q:/A:, the newer ones the outlet's name and the spokesperson's."""
    lines = [opening] if opening else []
    for outlet, question, answer in items:
        if old:
            lines += [f"Q: {question}", f"A: {answer}"]
        else:
            lines += [f"{outlet}: {question}", f"{speaker}: {answer}"]
    return "\n".join(lines)


def presser_zh(speaker: str, items: list[tuple[str, str, str]], opening: str = "", old: bool = False) -> str:
    lines = [opening] if opening else []
    for outlet, question, answer in items:
        if old:
            lines += [f"问：{question}", f"答：{answer}"]
        else:
            lines += [f"{outlet}：{question}", f"{speaker}：{answer}"]
    return "\n".join(lines)


def en(start: int, k: int, *lac: tuple[str, str, str], at: int = 2) -> list[tuple[str, str, str]]:
    """k filler questions from the pool, the LAC ones inserted at position ``at``."""
    items = _pick(FILL_EN, start, k)
    return items[:at] + list(lac) + items[at:]


def zh(start: int, k: int, *lac: tuple[str, str, str], at: int = 2) -> list[tuple[str, str, str]]:
    items = _pick(FILL_ZH, start, k)
    return items[:at] + list(lac) + items[at:]


def rel(country: str, event_type: str, date: str | None, hos: bool, counterpart: str | None = None,
        action: str | None = None, level: str | None = None) -> dict[str, Any]:
    out = yes(country, event_type, date, head_of_state_level=hos, partnership_action=action)
    if action:
        out["partnership_level"] = level
    if counterpart:
        out["counterpart"] = counterpart
    return out


def P(pid: str, title: str, text: str, published: str | None, link: str, expect: dict[str, Any],
      lang: str = "en", **doubtful: str) -> Probe:
    return Probe(pid, title, text, published, link, expect, lang, "mfa", doubtful)


# ---- A. announcements: the page is the visit ---------------------------------------------------------
ANNOUNCEMENTS = [
    P("a-en-2016-peru-kuczynski", "Foreign Ministry Spokesperson Lu Kang Announces Peruvian President's State Visit to China",
      "Foreign Ministry Spokesperson Lu Kang announced: President Pedro Pablo Kuczynski of the Republic of Peru is to pay China a state visit from September 12 to 16, on the invitation of President Xi Jinping.",
      "2016-09-08", url(SP_EN_REMARKS, "2016-09-08", 1), rel("Peru", "state_visit", "2016-09-12", True, "Kuczynski")),
    # "will visit China from … to …" announces the visit as 将于…访问 does: a page about the visit as a
    # whole; a minister's visit with no kind named is an official visit (codebook)
    P("a-en-2019-uruguay-fm-will-visit", "Spokesperson Announces Uruguayan Foreign Minister's Visit",
      "Foreign Ministry Spokesperson Geng Shuang announced: on the invitation of State Councilor and Foreign Minister Wang Yi, Foreign Minister Rodolfo Nin Novoa of Uruguay will visit China from March 25 to 28.",
      "2019-03-20", url(SP_EN_REMARKS, "2019-03-20", 92), rel("Uruguay", "official_visit", "2019-03-25", False, "Nin Novoa")),
    P("a-zh-2016-xi-three-states-apec", "外交部发言人宣布习近平主席将出席亚太经合组织领导人非正式会议并对厄瓜多尔、秘鲁、智利进行国事访问",
      "外交部发言人陆慷宣布：应厄瓜多尔总统科雷亚、秘鲁总统库琴斯基、智利总统巴切莱特邀请，国家主席习近平将于11月17日至23日赴厄瓜多尔、秘鲁、智利三国进行国事访问，其间在利马出席亚太经合组织第二十四次领导人非正式会议。",
      "2016-11-10", url(SP_ZH_OLD, "2016-11-10", 2), rel("multilateral", "state_visit", "2016-11-17", True), "zh"),
    P("a-en-2017-panama-varela", "Spokesperson Announces President Varela of Panama to Visit China",
      "Foreign Ministry Spokesperson Hua Chunying announced: on the invitation of President Xi Jinping, Juan Carlos Varela, President of the Republic of Panama, will be in China on a state visit between November 16 and 22.",
      "2017-11-10", url(SP_EN_REMARKS, "2017-11-10", 3), rel("Panama", "state_visit", "2017-11-16", True, "Varela")),
    P("a-zh-2017-argentina-macri", "外交部发言人宣布阿根廷总统马克里将访华",
      "外交部发言人华春莹宣布：应国家主席习近平邀请，阿根廷共和国总统毛里西奥·马克里将于5月14日至19日访华，出席“一带一路”国际合作高峰论坛并进行国事访问。",
      "2017-05-09", url(SP_ZH_OLD, "2017-05-09", 4), rel("Argentina", "state_visit", "2017-05-14", True, "马克里|Macri"), "zh"),
    P("a-en-2018-dominican-medina", "Foreign Ministry Spokesperson Announces Dominican President Danilo Medina's State Visit",
      "Foreign Ministry Spokesperson Lu Kang announced: Danilo Medina, President of the Dominican Republic, will travel to China for a state visit from November 1 to 5 at President Xi Jinping's invitation. It will be his first visit since the two countries set up diplomatic ties in May.",
      "2018-10-26", url(SP_EN_REMARKS, "2018-10-26", 5), rel("Dominican Republic", "state_visit", "2018-11-01", True, "Medina")),
    P("a-en-2018-xi-four-states-g20", "Spokesperson Announces President Xi's Trip to Spain, Argentina, Panama and Portugal",
      "Foreign Ministry Spokesperson Geng Shuang announced: President Xi Jinping will be away from November 27 to December 5. He will pay state visits to Spain, Argentina, Panama and Portugal, at the invitation of their heads of state, and will attend the 13th G20 leaders' summit in Buenos Aires.",
      "2018-11-20", url(SP_EN_REMARKS, "2018-11-20", 6), rel("multilateral", "state_visit", "2018-11-27", True)),
    P("a-zh-2018-ecuador-moreno", "外交部发言人宣布厄瓜多尔总统莫雷诺将对中国进行国事访问",
      "外交部发言人陆慷宣布：应国家主席习近平邀请，厄瓜多尔共和国总统莱宁·莫雷诺将于12月10日至14日来华进行国事访问。",
      "2018-12-07", url(SP_ZH_OLD, "2018-12-07", 7), rel("Ecuador", "state_visit", "2018-12-10", True, "莫雷诺|Moreno"), "zh"),
    P("a-en-2018-cuba-diaz-canel", "Spokesperson Announces Cuban Leader's State Visit to China",
      "Foreign Ministry Spokesperson Hua Chunying announced: at the invitation of President Xi Jinping, Miguel Diaz-Canel Bermudez, who presides over Cuba's Council of State and Council of Ministers, is to pay a state visit to China from November 7 to 11.",
      "2018-11-02", url(SP_EN_REMARKS, "2018-11-02", 8), rel("Cuba", "state_visit", "2018-11-07", True, "Diaz-Canel|Díaz-Canel")),
    P("a-en-2019-el-salvador-bukele", "Foreign Ministry Spokesperson Announces Salvadoran President's Visit",
      "Foreign Ministry Spokesperson Geng Shuang announced: Nayib Bukele, President of the Republic of El Salvador, will pay China a state visit from December 1 to 6, invited by President Xi Jinping.",
      "2019-11-27", url(SP_EN_REMARKS, "2019-11-27", 9), rel("El Salvador", "state_visit", "2019-12-01", True, "Bukele")),
    P("a-zh-2019-suriname-bouterse", "外交部发言人宣布苏里南总统鲍特瑟将访华",
      "外交部发言人耿爽宣布：应国家主席习近平邀请，苏里南共和国总统德西·鲍特瑟将于11月24日至28日对中国进行国事访问。",
      "2019-11-20", url(SP_ZH_OLD, "2019-11-20", 10), rel("Suriname", "state_visit", "2019-11-24", True, "鲍特瑟|Bouterse"), "zh"),
    P("a-en-2023-brazil-lula", "Foreign Ministry Spokesperson Announces President Lula's State Visit to China",
      "Spokesperson Mao Ning announced: at the invitation of President Xi Jinping, Luiz Inacio Lula da Silva, President of the Federative Republic of Brazil, will pay a state visit to China, between April 12 and 15.",
      "2023-04-07", url(SP_EN_REMARKS, "2023-04-07", 11), rel("Brazil", "state_visit", "2023-04-12", True, "Lula")),
    P("a-zh-2023-honduras-castro", "外交部发言人宣布洪都拉斯总统卡斯特罗将对中国进行国事访问",
      "外交部发言人汪文斌宣布：应国家主席习近平邀请，洪都拉斯共和国总统希奥玛拉·卡斯特罗将于6月9日至14日访华，进行国事访问。这是两国建交后洪都拉斯总统首次访华。",
      "2023-06-05", url(SP_ZH, "2023-06-05", 12), rel("Honduras", "state_visit", "2023-06-09", True, "卡斯特罗|Castro"), "zh"),
    P("a-en-2023-venezuela-maduro", "Spokesperson Announces Venezuelan President Maduro's State Visit",
      "Foreign Ministry Spokesperson Wang Wenbin announced: President Nicolas Maduro Moros of the Bolivarian Republic of Venezuela will pay China a state visit from September 8 to 14, at the invitation of President Xi Jinping.",
      "2023-09-01", url(SP_EN_REMARKS, "2023-09-01", 13), rel("Venezuela", "state_visit", "2023-09-08", True, "Maduro")),
    P("a-en-2023-colombia-petro", "Foreign Ministry Spokesperson Announces Colombian President Petro's State Visit to China",
      "Spokesperson Mao Ning announced: at President Xi Jinping's invitation, Gustavo Petro Urrego, President of the Republic of Colombia, will be on a state visit to China from October 24 to 26.",
      "2023-10-20", url(SP_EN_REMARKS, "2023-10-20", 14), rel("Colombia", "state_visit", "2023-10-24", True, "Petro")),
    P("a-zh-2023-chile-boric", "外交部发言人宣布智利总统博里奇将出席第三届“一带一路”国际合作高峰论坛并访华",
      "外交部发言人华春莹宣布：应国家主席习近平邀请，智利共和国总统加夫列尔·博里奇将于10月15日至19日来华，出席第三届“一带一路”国际合作高峰论坛并进行国事访问。",
      "2023-10-13", url(SP_ZH, "2023-10-13", 15), rel("Chile", "state_visit", "2023-10-15", True, "博里奇|Boric"), "zh"),
    P("a-en-2023-uruguay-lacalle", "Foreign Ministry Spokesperson Announces Uruguayan President's State Visit",
      "Spokesperson Mao Ning announced: Luis Lacalle Pou, President of the Oriental Republic of Uruguay, will come to China on a state visit from November 20 to 24, invited by President Xi Jinping.",
      "2023-11-17", url(SP_EN_NEW_REMARKS, "2023-11-17", 16), rel("Uruguay", "state_visit", "2023-11-20", True, "Lacalle")),
    P("a-en-2024-peru-boluarte", "Spokesperson Announces Peruvian President Boluarte's State Visit",
      "Foreign Ministry Spokesperson Lin Jian announced: at the invitation of President Xi Jinping, President Dina Ercilia Boluarte Zegarra of the Republic of Peru will pay a state visit to China, running from June 26 to July 2.",
      "2024-06-21", url(SP_EN_NEW_REMARKS, "2024-06-21", 17), rel("Peru", "state_visit", "2024-06-26", True, "Boluarte")),
    P("a-en-2024-xi-peru-brazil", "Foreign Ministry Spokesperson Announces President Xi Jinping's Trip to Peru and Brazil",
      "Spokesperson Lin Jian announced: from November 13 to 21, President Xi Jinping will travel to Lima for the 31st APEC Economic Leaders' Meeting and a state visit to Peru, on President Dina Boluarte's invitation, and then to Rio de Janeiro for the 19th G20 summit and a state visit to Brazil, on President Lula's invitation.",
      "2024-11-08", url(SP_EN_NEW_REMARKS, "2024-11-08", 18), rel("multilateral", "state_visit", "2024-11-13", True)),
    P("a-zh-2025-three-presidents-celac", "外交部发言人宣布巴西总统卢拉、哥伦比亚总统佩特罗、智利总统博里奇将访华",
      "外交部发言人林剑宣布：应国家主席习近平邀请，巴西总统卢拉将于5月12日至15日对中国进行国事访问；哥伦比亚总统佩特罗将于5月12日至17日对中国进行国事访问；智利总统博里奇将于5月11日至17日访华。三位总统将出席中拉论坛第四届部长级会议开幕式。",
      "2025-05-09", url(SP_ZH, "2025-05-09", 19), rel("multilateral", "state_visit", "2025-05-11", True), "zh"),
    P("a-en-2018-trinidad-rowley", "Foreign Ministry Spokesperson Announces Trinidad and Tobago Prime Minister's Visit",
      "Foreign Ministry Spokesperson Lu Kang announced: Keith Rowley, Prime Minister of Trinidad and Tobago, will pay an official visit to China from May 14 to 21, as the guest of Premier Li Keqiang.",
      "2018-05-10", url(SP_EN_REMARKS, "2018-05-10", 20), rel("Trinidad and Tobago", "official_visit", "2018-05-14", True, "Rowley")),
    P("a-zh-2024-antigua-browne", "外交部发言人宣布安提瓜和巴布达总理布朗将访华",
      "外交部发言人毛宁宣布：应国务院总理李强邀请，安提瓜和巴布达总理加斯顿·布朗将于3月12日至18日对中国进行正式访问。",
      "2024-03-08", url(SP_ZH, "2024-03-08", 21), rel("Antigua and Barbuda", "official_visit", "2024-03-12", True, "布朗|Browne"), "zh"),
    P("a-en-2019-mexico-ebrard", "Spokesperson Announces Mexican Foreign Secretary's Visit to China",
      "Spokesperson Geng Shuang announced: Foreign Secretary Marcelo Ebrard of Mexico will pay an official visit to China from July 29 to 31, invited by State Councilor and Foreign Minister Wang Yi.",
      "2019-07-26", url(SP_EN_REMARKS, "2019-07-26", 22), rel("Mexico", "official_visit", "2019-07-29", False, "Ebrard")),
    P("a-zh-2022-cuba-fm-rodriguez", "外交部发言人宣布古巴外长罗德里格斯将访华",
      "外交部发言人赵立坚宣布：应国务委员兼外长王毅邀请，古巴外长布鲁诺·罗德里格斯将于11月23日至26日访华。",
      "2022-11-21", url(SP_ZH, "2022-11-21", 23), rel("Cuba", "official_visit", "2022-11-23", False, "罗德里格斯|Rodríguez|Rodriguez"), "zh"),
    P("a-zh-2018-wangyi-dominican", "外交部发言人宣布王毅将访问多米尼加共和国",
      "外交部发言人耿爽宣布：应多米尼加共和国外长巴尔加斯邀请，国务委员兼外长王毅将于9月20日至21日对多米尼加共和国进行正式访问。",
      "2018-09-17", url(SP_ZH_OLD, "2018-09-17", 24), rel("Dominican Republic", "official_visit", "2018-09-20", False), "zh"),
    P("a-en-2025-wangyi-brazil-colombia", "Foreign Ministry Spokesperson Announces Wang Yi's Visits to Brazil and Colombia",
      "Spokesperson Guo Jiakun announced: at the invitation of the Brazilian and Colombian governments, Foreign Minister Wang Yi will visit the two countries from August 3 to 8.",
      "2025-07-30", url(SP_EN_NEW_REMARKS, "2025-07-30", 25), rel("multilateral", "official_visit", "2025-08-03", False)),
    P("a-en-2023-colombia-vp", "Spokesperson Announces Colombian Vice President's Visit to China",
      "Spokesperson Wang Wenbin announced: Francia Marquez, Vice President of Colombia, will visit China from June 25 to July 1 at the invitation of Vice President Han Zheng.",
      "2023-06-21", url(SP_EN_REMARKS, "2023-06-21", 26), rel("Colombia", "official_visit", "2023-06-25", False, "Marquez|Márquez")),
    # copies of announcements: agency, embassy, Hong Kong (traditional)
    P("a-agency-en-2023-honduras", "Honduran president to visit China",
      " date 2023-06-05 Home | China | World | Business\nBEIJING, June 5 -- Honduran President Xiomara Castro will travel to China for a state visit from Friday to June 14 at the invitation of President Xi Jinping, Foreign Ministry spokesperson Wang Wenbin said on Monday.\nIt will be Castro's first trip to China since the two countries established diplomatic relations in March.\nEditor: Zhang Lei",
      "2023-06-05", url(AGENCY_EN, "2023-06-05", 27), rel("Honduras", "state_visit", "2023-06-09", True, "Castro")),
    P("a-agency-zh-2023-colombia", "哥伦比亚总统佩特罗将访华",
      " date 2023-10-20 首页 | 时政 | 国际\n新华社北京10月20日电 外交部发言人毛宁20日宣布：应国家主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗将于10月24日至26日访华，进行国事访问。\n【责任编辑：王晨】",
      "2023-10-20", url(AGENCY_ZH, "2023-10-20", 28), rel("Colombia", "state_visit", "2023-10-24", True, "佩特罗|Petro"), "zh"),
    P("a-agency-en-2018-panama-xi-weekday", "Xi to pay state visits to Spain, Argentina, Panama, Portugal",
      "BEIJING, Nov. 20 (Xinhua) -- President Xi Jinping will attend the G20 summit in Argentina and pay state visits to four countries from next Tuesday, a Foreign Ministry spokesperson announced on Tuesday. The trip, from Nov. 27 to Dec. 5, takes him to Spain, Argentina, Panama and Portugal.",
      "2018-11-20", url(AGENCY_EN, "2018-11-20", 29), rel("multilateral", "state_visit", "2018-11-27", True)),
    P("a-embassy-en-2016-xi-latin-trip", "President Xi Jinping to Visit Ecuador, Peru and Chile and Attend APEC Meeting",
      "Embassy of the People's Republic of China in the Republic of Peru\nForeign Ministry Spokesperson Lu Kang announced on November 10 that President Xi Jinping will pay state visits to Ecuador, Peru and Chile from November 17 to 23 and attend the APEC leaders' gathering in Lima.\n【Print】【Close】",
      "2016-11-11", url(EMB_EN, "2016-11-11", 30), rel("multilateral", "state_visit", "2016-11-17", True)),
    P("a-hk-trad-2023-uruguay", "烏拉圭總統拉卡列將訪華",
      "【文匯網訊】外交部發言人毛寧17日宣佈：應國家主席習近平邀請，烏拉圭東岸共和國總統路易斯·拉卡列·波烏將於11月20日至24日對中國進行國事訪問。",
      "2023-11-17", url(HK_ZH, "2023-11-17", 31), rel("Uruguay", "state_visit", "2023-11-20", True, "拉卡列|Lacalle"), "zh"),
    P("a-hk-trad-2023-brazil", "巴西總統盧拉下週訪華",
      "【文匯網訊】據外交部網站消息，外交部發言人毛寧宣佈：應國家主席習近平邀請，巴西聯邦共和國總統盧拉將於4月12日至15日訪華，進行國事訪問。",
      "2023-04-07", url(HK_ZH, "2023-04-07", 32), rel("Brazil", "state_visit", "2023-04-12", True, "盧拉|卢拉|Lula"), "zh"),
    P("a-hk-trad-2024-peru", "秘魯總統博魯阿特將對中國進行國事訪問",
      "【文匯網訊】外交部發言人林劍21日宣佈：應國家主席習近平邀請，秘魯共和國總統迪娜·博魯阿特將於6月26日至7月2日訪華。",
      "2024-06-21", url(HK_ZH, "2024-06-21", 33), rel("Peru", "state_visit", "2024-06-26", True, "博魯阿特|博鲁阿特|Boluarte"), "zh"),
    P("a-en-2016-uruguay-vazquez", "Foreign Ministry Spokesperson Announces President Tabare Vazquez's State Visit",
      "Foreign Ministry Spokesperson Geng Shuang announced: invited by President Xi Jinping, President Tabare Vazquez of the Oriental Republic of Uruguay will be in China for a state visit from October 16 to 22.",
      "2016-10-13", url(SP_EN_REMARKS, "2016-10-13", 34), rel("Uruguay", "state_visit", "2016-10-16", True, "Vazquez|Vázquez")),
    P("a-zh-2018-bolivia-morales", "外交部发言人宣布玻利维亚总统莫拉莱斯将访华",
      "外交部发言人陆慷宣布：应国家主席习近平邀请，玻利维亚多民族国总统埃沃·莫拉莱斯将于6月18日至23日对中国进行国事访问。",
      "2018-06-14", url(SP_ZH_OLD, "2018-06-14", 35), rel("Bolivia", "state_visit", "2018-06-18", True, "莫拉莱斯|Morales"), "zh"),
    P("a-en-2019-chile-pinera", "Spokesperson Announces Chilean President Pinera's Visit and Attendance at the Belt and Road Forum",
      "Spokesperson Lu Kang announced: on the invitation of President Xi Jinping, President Sebastian Pinera of Chile will attend the second Belt and Road Forum for International Cooperation in Beijing and pay China a state visit, from April 24 to 28.",
      "2019-04-19", url(SP_EN_REMARKS, "2019-04-19", 36), rel("Chile", "state_visit", "2019-04-24", True, "Pinera|Piñera")),
    P("a-hk-trad-2018-bolivia", "玻利維亞總統莫拉萊斯將訪華",
      "【大公報訊】外交部發言人陸慷14日宣佈：應國家主席習近平邀請，玻利維亞多民族國總統埃沃·莫拉萊斯將於6月18日至23日對中國進行國事訪問。",
      "2018-06-14", url(HK_ZH, "2018-06-14", 37), rel("Bolivia", "state_visit", "2018-06-18", True, "莫拉萊斯|莫拉莱斯|Morales"), "zh"),
]

# ---- B. regular press conferences opening with a LAC announcement: the first exchange is the visit ----
PRESSERS_WITH_VISIT = [
    P("p-en-2018-presser-dominican", "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on October 26, 2018",
      presser_en("Lu Kang", en(0, 9), opening="At the invitation of President Xi Jinping, President Danilo Medina of the Dominican Republic will pay China a state visit from November 1 to 5.", old=True),
      "2018-10-26", url(SP_EN_OLD, "2018-10-26", 40), rel("Dominican Republic", "state_visit", "2018-11-01", True, "Medina")),
    P("p-zh-2023-presser-honduras", "2023年6月5日外交部发言人汪文斌主持例行记者会",
      presser_zh("汪文斌", zh(0, 10), opening="应国家主席习近平邀请，洪都拉斯共和国总统希奥玛拉·卡斯特罗将于6月9日至14日对中国进行国事访问。"),
      "2023-06-05", url(SP_ZH, "2023-06-05", 41), rel("Honduras", "state_visit", "2023-06-09", True, "卡斯特罗|Castro"), "zh"),
    P("p-en-2019-presser-spain-then-bukele", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 27, 2019",
      presser_en("Geng Shuang", en(3, 8), opening="At the invitation of Premier Li Keqiang, Prime Minister Pedro Sanchez of Spain will visit China next week.\nAt the invitation of President Xi Jinping, President Nayib Bukele of El Salvador will pay a state visit to China from December 1 to 6.", old=True),
      "2019-11-27", url(SP_EN_OLD, "2019-11-27", 42), rel("El Salvador", "state_visit", "2019-12-01", True, "Bukele")),
    P("p-zh-2024-presser-peru", "2024年6月21日外交部发言人林剑主持例行记者会",
      presser_zh("林剑", zh(4, 9, ("总台CGTN记者", "秘鲁总统博鲁阿特此访是她就任以来首次访华。中方对此访有何期待？", "中秘是好朋友。相信此访将推动两国全面战略伙伴关系继续向前发展。")), opening="应国家主席习近平邀请，秘鲁共和国总统迪娜·博鲁阿特将于6月26日至7月2日对中国进行国事访问。"),
      "2024-06-21", url(SP_ZH, "2024-06-21", 43), rel("Peru", "state_visit", "2024-06-26", True, "博鲁阿特|Boluarte"), "zh"),
    P("p-en-2023-presser-uruguay", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on November 17, 2023",
      presser_en("Mao Ning", en(6, 11, ("EFE", "What does China expect of President Lacalle Pou's visit? Will a free trade agreement be signed?", "The visit will open a new chapter in China-Uruguay ties. On the trade agreement, the competent authorities will release information in due course.")), opening="At the invitation of President Xi Jinping, President Luis Lacalle Pou of Uruguay will pay China a state visit from November 20 to 24."),
      "2023-11-17", url(SP_EN_NEW, "2023-11-17", 44), rel("Uruguay", "state_visit", "2023-11-20", True, "Lacalle")),
    P("p-en-2024-presser-xi-peru-brazil", "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on November 8, 2024",
      presser_en("Lin Jian", en(8, 12, ("CCTV", "Could you share more about President Xi's trip to Latin America?", "This will be President Xi's sixth trip to the region. We will release details at the right time.")), opening="At the invitation of President Dina Boluarte of Peru, President Xi Jinping will attend the 31st APEC Economic Leaders' Meeting in Lima and pay a state visit to Peru. At the invitation of President Lula of Brazil, President Xi will then attend the 19th G20 summit in Rio de Janeiro and pay a state visit to Brazil. The trip runs from November 13 to 21."),
      "2024-11-08", url(SP_EN_NEW, "2024-11-08", 45), rel("multilateral", "state_visit", "2024-11-13", True)),
    P("p-zh-2018-presser-cuba", "2018年11月2日外交部发言人华春莹主持例行记者会",
      presser_zh("华春莹", zh(7, 10), opening="应国家主席习近平邀请，古巴国务委员会主席兼部长会议主席迪亚斯-卡内尔将于11月7日至11日对中国进行国事访问。", old=True),
      "2018-11-02", url(SP_ZH_OLD, "2018-11-02", 46), rel("Cuba", "state_visit", "2018-11-07", True, "迪亚斯-卡内尔|Díaz-Canel|Diaz-Canel"), "zh"),
    P("p-en-2023-presser-chile-fm", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on April 14, 2023",
      presser_en("Wang Wenbin", en(10, 10), opening="At the invitation of State Councilor and Foreign Minister Qin Gang, Foreign Minister Alberto van Klaveren of Chile will visit China from April 17 to 20."),
      "2023-04-14", url(SP_EN_NEW, "2023-04-14", 47), rel("Chile", "official_visit", "2023-04-17", False, "Klaveren")),
    P("p-zh-2016-presser-peru", "2016年9月8日外交部发言人陆慷主持例行记者会",
      presser_zh("陆慷", zh(11, 8), opening="应国家主席习近平邀请，秘鲁共和国总统佩德罗·巴勃罗·库琴斯基将于9月12日至16日对中国进行国事访问。这是库琴斯基总统就职后首次出访亚洲。", old=True),
      "2016-09-08", url(SP_ZH_OLD, "2016-09-08", 48), rel("Peru", "state_visit", "2016-09-12", True, "库琴斯基|Kuczynski"), "zh"),
    P("p-en-2017-presser-non-lac-then-panama", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 10, 2017",
      presser_en("Geng Shuang", en(12, 9), opening="At the invitation of Premier Li Keqiang, Prime Minister Malcolm Turnbull of Australia will come to China next month.\nAt the invitation of President Xi Jinping, President Juan Carlos Varela of Panama will pay a state visit to China from November 16 to 22.", old=True),
      "2017-11-10", url(SP_EN_OLD, "2017-11-10", 49), rel("Panama", "state_visit", "2017-11-16", True, "Varela")),
    P("p-en-2024-presser-antigua", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 8, 2024",
      presser_en("Mao Ning", en(13, 12), opening="At the invitation of Premier Li Qiang, Prime Minister Gaston Browne of Antigua and Barbuda will pay an official visit to China from March 12 to 18."),
      "2024-03-08", url(SP_EN_NEW, "2024-03-08", 50), rel("Antigua and Barbuda", "official_visit", "2024-03-12", True, "Browne")),
]

HEADLINE_TOPIC = ("a one-answer page whose headline names a topic (a hurricane, the situation), a leader's or minister's "
                  "message only in the answer: One page, one record takes the headline's exchange, and it names none")

# ---- C. leaders' messages the spokesperson reports ----------------------------------------------------
MESSAGES = [
    P("m-en-2017-mexico-quake", "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on September 21, 2017",
      presser_en("Lu Kang", en(1, 9, ("Q", "A strong earthquake hit central Mexico on Tuesday and hundreds have died. How has China reacted?",
                                      "Yesterday President Xi Jinping sent a message of condolence to President Enrique Pena Nieto, mourning the victims and wishing the injured a quick recovery. China is ready to help as far as it can.")), old=True),
      "2017-09-21", url(SP_EN_OLD, "2017-09-21", 60), rel("Mexico", "message", "2017-09-20", True, "Pena Nieto|Peña Nieto")),
    P("m-zh-2016-cuba-fidel", "2016年11月28日外交部发言人耿爽主持例行记者会",
      presser_zh("耿爽", zh(2, 8, ("", "古巴革命领导人菲德尔·卡斯特罗逝世，中方如何评价？", "菲德尔同志是古巴人民的伟大领袖。11月26日，习近平主席已致电古巴国务委员会主席劳尔·卡斯特罗，对菲德尔同志逝世表示深切哀悼。"), at=0), old=True),
      "2016-11-28", url(SP_ZH_OLD, "2016-11-28", 61), rel("Cuba", "message", "2016-11-26", True, "劳尔|Raúl|Raul"), "zh"),
    P("m-en-2020-bolivia-arce", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on October 26, 2020",
      presser_en("Zhao Lijian", en(4, 10, ("EFE", "Luis Arce has been declared the winner of Bolivia's presidential election. What is China's comment?",
                                           "China respects the choice of the Bolivian people. President Xi Jinping sent a congratulatory message to Mr. Arce on Friday, congratulating him on his election as President."), at=5)),
      "2020-10-26", url(SP_EN_REMARKS, "2020-10-26", 62), rel("Bolivia", "message", "2020-10-23", False, "Arce")),
    P("m-zh-2022-brazil-lula-elected", "2022年11月1日外交部发言人赵立坚主持例行记者会",
      presser_zh("赵立坚", zh(5, 9, ("巴西环球电视台记者", "卢拉在巴西大选中获胜，中方有何评论？", "10月31日，习近平主席致电卢拉，祝贺他当选巴西总统。中方愿同巴方一道，推动中巴全面战略伙伴关系迈上新台阶。"), at=3)),
      "2022-11-01", url(SP_ZH, "2022-11-01", 63), rel("Brazil", "message", "2022-10-31", False, "卢拉|Lula"), "zh"),
    P("m-en-2024-mexico-sheinbaum", "Foreign Ministry Spokesperson's Remarks on President Xi Jinping's Congratulatory Message to Mexico's President-elect",
      "Q: Claudia Sheinbaum has won Mexico's presidential election. Has China congratulated her?\nA: On June 4, President Xi Jinping sent a congratulatory message to Ms. Sheinbaum on her election as President of Mexico. China is willing to work with the new Mexican leadership to carry the comprehensive strategic partnership forward.",
      "2024-06-05", url(SP_EN_NEW_REMARKS, "2024-06-05", 64), rel("Mexico", "message", "2024-06-04", False, "Sheinbaum")),
    P("m-en-2024-chile-pinera", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on February 7, 2024",
      presser_en("Mao Ning", en(7, 11, ("EFE", "Former Chilean President Sebastian Pinera died in a helicopter crash yesterday. Does China have any comment?",
                                        "We are saddened by the passing of former President Pinera. Today President Xi Jinping sent a message of condolence to President Gabriel Boric, expressing deep grief on behalf of the Chinese government and people."), at=4)),
      "2024-02-07", url(SP_EN_NEW, "2024-02-07", 65), rel("Chile", "message", "2024-02-07", True, "Boric")),
    P("m-zh-2022-cuba-hurricane-wangyi", "外交部发言人就古巴遭受飓风灾害答记者问",
      "问：飓风“伊恩”给古巴造成严重损失，中方是否提供了帮助？\n答：9月30日，国务委员兼外长王毅致函古巴外长罗德里格斯，就飓风造成的损失表示慰问。中方将根据古方需要提供紧急援助。",
      "2022-10-01", url(SP_ZH_ANSWER, "2022-10-01", 66), rel("Cuba", "message", "2022-09-30", False, "罗德里格斯|Rodríguez|Rodriguez"), "zh",
      **dict.fromkeys(("relevant", "country", "event_type", "event_date", "head_of_state_level", "partnership_action", "counterpart"), HEADLINE_TOPIC)),
    # a one-answer page: the question leads, the answer tells when the message went (its day is the
    # message's); a leader who "passed away" is the message's occasion, the addressee its counterpart
    P("m-en-2019-peru-garcia-condolence", "Foreign Ministry Spokesperson's Remarks on President Xi Jinping's Condolences over the Death of Former Peruvian President Alan Garcia",
      "Q: Former Peruvian President Alan Garcia passed away this week. How does China view it?\nA: On April 18, President Xi Jinping sent a message of condolence to President Martin Vizcarra. China mourns a friend of the Chinese people and extends sympathy to his family.",
      "2019-04-19", url(SP_EN_NEW_REMARKS, "2019-04-19", 90), rel("Peru", "message", "2019-04-18", True, "Vizcarra")),
    P("m-en-2023-ecuador-noboa-elected-q", "Foreign Ministry Spokesperson on President Xi Jinping Congratulating Ecuador's President-elect",
      "Q: Has China congratulated the winner of Ecuador's run-off?\nA: Yes. On Tuesday, President Xi Jinping sent a congratulatory message to Mr. Daniel Noboa on his election as President of Ecuador, and China looks forward to working with him.",
      "2023-10-18", url(SP_EN_NEW_REMARKS, "2023-10-18", 91), rel("Ecuador", "message", "2023-10-17", False, "Noboa")),
    P("m-en-2025-jamaica-holness", "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on September 8, 2025",
      presser_en("Guo Jiakun", en(9, 12, ("Jamaica Observer", "Prime Minister Andrew Holness has been returned to office after Jamaica's general election. Has China sent congratulations?",
                                          "On September 5, Premier Li Qiang sent a congratulatory message to Prime Minister Holness on his re-election. China will keep deepening its strategic partnership with Jamaica."), at=6)),
      "2025-09-08", url(SP_EN_NEW, "2025-09-08", 67), rel("Jamaica", "message", "2025-09-05", True, "Holness")),
    P("m-zh-2020-venezuela-maduro-inaug-old", "外交部发言人就委内瑞拉局势答记者问",
      "问：委内瑞拉总统马杜罗1月10日宣誓就职，中方派谁出席？\n答：1月10日，习近平主席特使、农业农村部部长韩长赋出席了马杜罗总统的就职仪式，并转交了习近平主席致马杜罗总统的贺信。",
      "2019-01-11", url(SP_ZH_ANSWER, "2019-01-11", 68), rel("Venezuela", "other", "2019-01-10", False, "马杜罗|Maduro"), "zh",
      **dict.fromkeys(("relevant", "country", "event_date", "head_of_state_level", "partnership_action", "counterpart"), HEADLINE_TOPIC),
      event_type="a minister attending an inauguration as special envoy and handing over a letter: a ceremony both attend (other) or the letter (message); the codebook names neither case"),
    P("m-zh-2021-peru-castillo", "2021年7月20日外交部发言人赵立坚主持例行记者会",
      presser_zh("赵立坚", zh(10, 11, ("秘鲁《商报》记者", "秘鲁全国选举评审团宣布卡斯蒂略当选总统，中方有何评论？", "7月19日，习近平主席致电卡斯蒂略，祝贺他当选秘鲁总统。中方愿同秘鲁新政府一道，推动两国关系不断向前发展。"), at=7)),
      "2021-07-20", url(SP_ZH, "2021-07-20", 69), rel("Peru", "message", "2021-07-19", False, "卡斯蒂略|Castillo"), "zh"),
    P("m-en-2018-cuba-plane-crash", "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 21, 2018",
      presser_en("Lu Kang", en(14, 10, ("Q", "A passenger plane crashed shortly after take-off from Havana on Friday. Has China expressed condolences?",
                                        "On May 19, President Xi Jinping sent a message of condolence to President Miguel Diaz-Canel over the crash, mourning those who died and extending sympathy to their families."), at=1), old=True),
      "2018-05-21", url(SP_EN_OLD, "2018-05-21", 59), rel("Cuba", "message", "2018-05-19", True, "Diaz-Canel|Díaz-Canel")),
]

# ---- D. the spokesperson's answers on a trip: a briefing (other) ---------------------------------------
BRIEFINGS = [
    P("b-zh-2023-lula-expectations", "外交部发言人就巴西总统卢拉访华答记者问",
      "问：巴西总统卢拉将于4月12日至15日访华，中方对此访有何期待？\n答：访问期间，习近平主席将同卢拉总统举行会谈，李强总理、赵乐际委员长将分别会见。我们期待通过此访推动中巴全面战略伙伴关系迈上新台阶。",
      "2023-04-10", url(SP_ZH_ANSWER, "2023-04-10", 70), rel("Brazil", "other", "2023-04-12", False), "zh"),
    P("b-en-2024-xi-trip-remarks", "Foreign Ministry Spokesperson's Remarks on President Xi Jinping's Upcoming Trip to Peru and Brazil",
      "Q: Could you tell us what China hopes President Xi's trip to Peru and Brazil from November 13 to 21 will achieve?\nA: The trip is another major visit by the President to Latin America. He will meet the two countries' leaders and exchange views on ties and on global governance, and will inaugurate the Chancay port with President Boluarte by video link.",
      "2024-11-08", url(SP_EN_NEW_REMARKS, "2024-11-08", 71), rel("multilateral", "other", "2024-11-13", False)),
    P("b-zh-2023-maduro-outcomes", "外交部发言人就委内瑞拉总统马杜罗访华成果答记者问",
      "问：能否介绍马杜罗总统访华的成果？\n答：9月8日至14日，委内瑞拉总统马杜罗对中国进行国事访问。两国元首宣布将中委关系提升为全天候战略伙伴关系，并见证签署了多项合作文件。",
      "2023-09-15", url(SP_ZH_ANSWER, "2023-09-15", 72), rel("Venezuela", "other", "2023-09-08", False, action="upgrade", level=AWSP), "zh"),
    P("b-en-2023-petro-outcomes", "Foreign Ministry Spokesperson's Remarks on the Outcomes of President Petro's State Visit",
      "Q: President Petro has concluded his visit to China. Could you share its outcomes?\nA: From October 24 to 26, President Gustavo Petro of Colombia paid a state visit to China. President Xi held talks with him and the two presidents announced that China and Colombia are establishing a strategic partnership. A number of cooperation agreements were signed.",
      "2023-10-27", url(SP_EN_NEW_REMARKS, "2023-10-27", 73), rel("Colombia", "other", "2023-10-24", False, action="establish", level=SP)),
    P("b-zh-2023-uruguay-outcomes-in-presser", "2023年11月24日外交部发言人毛宁主持例行记者会",
      presser_zh("毛宁", zh(3, 10, ("埃菲社记者", "乌拉圭总统拉卡列今天结束访华，能否介绍此访成果？", "11月20日至24日，拉卡列总统对中国进行国事访问。访问期间，两国元首宣布将中乌关系提升为全面战略伙伴关系，并见证签署多项合作文件。"), at=1)),
      "2023-11-24", url(SP_ZH, "2023-11-24", 74), rel("Uruguay", "other", "2023-11-20", False, action="upgrade", level=CSP), "zh"),
    P("b-en-2016-kuczynski-no-date", "Foreign Ministry Spokesperson's Remarks on the Visit by Peruvian President",
      "Q: The Peruvian President is visiting China this week. What does China hope to achieve?\nA: China places great weight on relations with Peru. We are confident that President Kuczynski's visit will give new impetus to the comprehensive strategic partnership between our two countries.",
      "2016-09-13", url(SP_EN_REMARKS, "2016-09-13", 75), rel("Peru", "other", None, False)),
    P("b-zh-2018-xi-trip-briefing", "外交部发言人就习近平主席出访并出席二十国集团领导人峰会答记者问",
      "问：习近平主席即将出席在布宜诺斯艾利斯举行的二十国集团领导人峰会，并访问阿根廷和巴拿马，中方对此行有何期待？\n答：这是习近平主席第四次踏上拉美大地。我们相信此访将为中阿、中巴关系注入新的动力。",
      "2018-11-22", url(SP_ZH_ANSWER, "2018-11-22", 76), rel("multilateral", "other", None, False), "zh"),
]

# ---- E. press conferences with LAC only as a topic: no exchange -------------------------------------
NEGATIVES = [
    P("n-en-2016-panama-canal", "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on June 27, 2016",
      presser_en("Hua Chunying", en(0, 10, ("Q", "The expanded Panama Canal opened yesterday, with a Chinese-chartered ship making the first transit. Your comment?",
                                            "We congratulate Panama on the opening of the expanded canal. It is a contribution to world trade, and Chinese firms are glad to have taken part in the works.")), old=True),
      "2016-06-27", url(SP_EN_OLD, "2016-06-27", 80), NO),
    P("n-zh-2019-venezuela-situation", "2019年1月24日外交部发言人华春莹主持例行记者会",
      presser_zh("华春莹", zh(1, 12, ("", "委内瑞拉国民代表大会主席瓜伊多自行宣布就任“临时总统”，中方有何评论？", "中方支持委内瑞拉政府维护国家主权、独立和稳定所作的努力，反对外部势力干涉委内瑞拉内政。希望委内瑞拉各方在宪法框架内通过和平对话寻求政治解决。"), at=0), old=True),
      "2019-01-24", url(SP_ZH_OLD, "2019-01-24", 81), NO, "zh"),
    P("n-en-2023-honduras-taiwan", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 15, 2023",
      presser_en("Wang Wenbin", en(2, 14, ("AFP", "Honduran President Castro said on Twitter that she has instructed the foreign minister to pursue relations with China. What is your response?",
                                           "We welcome this. China stands ready to grow friendly relations with all countries on the basis of the one-China principle."), at=7)),
      "2023-03-15", url(SP_EN_NEW, "2023-03-15", 82), NO),
    P("n-zh-2024-venezuela-election", "2024年7月29日外交部发言人毛宁主持例行记者会",
      presser_zh("毛宁", zh(3, 13, ("拉美社记者", "委内瑞拉选举委员会宣布马杜罗赢得总统选举，中方有何评论？", "中方尊重委内瑞拉人民的选择，祝贺委内瑞拉顺利举行总统选举。相信委内瑞拉政府和人民能够维护国家稳定。"), at=8)),
      "2024-07-29", url(SP_ZH, "2024-07-29", 83), NO, "zh"),
    P("n-en-2025-panama-bri", "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on February 7, 2025",
      presser_en("Lin Jian", en(4, 15, ("Reuters", "Panama's president says the country will leave the Belt and Road Initiative after pressure from Washington. What is China's response?",
                                        "We regret Panama's decision. Belt and Road cooperation has brought real benefits to both peoples. We firmly oppose coercion used to smear it."),
                                ("Bloomberg", "A follow-up: does China still operate ports at both ends of the canal?", "The port issue is a commercial matter. China has never interfered in the canal's operation."), at=9)),
      "2025-02-07", url(SP_EN_NEW, "2025-02-07", 84), NO),
    P("n-zh-2020-brazil-covid-remarks", "2020年3月19日外交部发言人耿爽主持例行记者会",
      presser_zh("耿爽", zh(5, 10, ("", "巴西一名议员在社交媒体发表涉华不当言论，中方有何回应？", "有关言论无知、失礼。我们已向巴方表明严正立场，希望巴方个别人停止散布歪曲事实的言论。"), at=4), old=True),
      "2020-03-19", url(SP_ZH_OLD, "2020-03-19", 85), NO, "zh"),
    P("n-en-2022-haiti-un-vote", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on October 24, 2022",
      presser_en("Zhao Lijian", en(6, 12, ("AFP", "The UN Security Council voted to impose sanctions on gang leaders in Haiti, a draft Mexico co-sponsored. How did China vote and why?",
                                           "China voted in favour. The gangs have brought chaos to Haiti, and the sanctions should help restore order. We hope Haitian parties will move their political process forward."), at=3)),
      "2022-10-24", url(SP_EN_NEW, "2022-10-24", 86), NO),
    P("n-en-2018-el-salvador-ties-comment", "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on August 22, 2018",
      presser_en("Lu Kang", en(7, 11, ("Q", "The US says it is reviewing its ties with El Salvador after it switched recognition to Beijing. How do you respond?",
                                       "Establishing diplomatic ties with China is a sovereign decision of El Salvador. Other countries have no right to point fingers at it."), at=5), old=True),
      "2018-08-22", url(SP_EN_OLD, "2018-08-22", 87), NO),
    P("n-zh-2021-nicaragua-comment", "外交部发言人就尼加拉瓜同台湾断绝“外交关系”答记者问",
      "问：尼加拉瓜政府宣布同台湾断绝所谓“外交关系”，中方有何评论？\n答：我们对尼加拉瓜政府的正确决定表示赞赏。一个中国原则是国际社会的普遍共识，顺应了历史潮流。",
      "2021-12-10", url(SP_ZH_ANSWER, "2021-12-10", 88), NO, "zh"),
    P("n-en-2024-argentina-milei", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on January 3, 2024",
      presser_en("Mao Ning", en(8, 13, ("EFE", "Argentina has formally said it will not join BRICS. What is China's comment?",
                                        "BRICS is an open platform. We respect Argentina's choice, and China is ready to keep cooperating with Argentina in every field."), at=6)),
      "2024-01-03", url(SP_EN_NEW, "2024-01-03", 89), NO),
    P("n-en-2019-bolivia-resignation", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 11, 2019",
      presser_en("Geng Shuang", en(9, 10, ("Q", "Bolivian President Evo Morales has resigned and Mexico has offered him asylum. What is China's view?",
                                           "We have noted the developments. We hope the parties in Bolivia will settle their differences peacefully and within the law."), at=2), old=True),
      "2019-11-11", url(SP_EN_OLD, "2019-11-11", 90), NO),
    P("n-zh-2017-venezuela-assembly", "2017年8月1日外交部发言人华春莹主持例行记者会",
      presser_zh("华春莹", zh(6, 9, ("", "委内瑞拉7月30日举行制宪大会选举，美国宣布对马杜罗总统实施制裁。中方有何评论？", "我们注意到选举总体平稳举行。委内瑞拉的事情应由委内瑞拉人民自己决定，我们反对外部干涉。"), at=3), old=True),
      "2017-08-01", url(SP_ZH_OLD, "2017-08-01", 91), NO, "zh"),
    P("n-en-2021-paraguay-vaccines", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on April 6, 2021",
      presser_en("Wang Wenbin", en(10, 12, ("Bloomberg", "Paraguay says Taiwan pressured it while it was seeking Chinese vaccines. Your comment?",
                                            "China is willing to help all countries in need of vaccines. We urge the Paraguayan side to make the right choice and stand on the right side of history."), at=10)),
      "2021-04-06", url(SP_EN_NEW, "2021-04-06", 92), NO),
    P("n-zh-2023-guatemala-taiwan", "2023年4月3日外交部发言人毛宁主持例行记者会",
      presser_zh("毛宁", zh(7, 14, ("彭博社记者", "危地马拉总统贾马特伊本周将访问台湾地区，中方有何回应？", "我们奉劝危地马拉方面认清大势，早日作出正确选择。"), at=11)),
      "2023-04-03", url(SP_ZH, "2023-04-03", 93), NO, "zh"),
    P("n-en-2025-jamaica-hurricane-aid", "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on October 30, 2025",
      presser_en("Guo Jiakun", en(11, 16, ("Jamaica Gleaner", "Hurricane Melissa has devastated large parts of Jamaica and Cuba. Will China provide help?",
                                           "China feels deeply for the people of the two countries. We are ready to provide emergency humanitarian aid according to their needs."), at=12)),
      "2025-10-30", url(SP_EN_NEW, "2025-10-30", 94), NO),
    P("n-zh-2016-colombia-peace", "2016年10月3日外交部发言人陆慷主持例行记者会",
      presser_zh("陆慷", zh(8, 8, ("", "哥伦比亚全民公投否决了和平协议，中方有何评论？", "中方一贯支持哥伦比亚和平进程。我们希望哥伦比亚各方继续努力，早日实现持久和平。"), at=1), old=True),
      "2016-10-03", url(SP_ZH_OLD, "2016-10-03", 95), NO, "zh"),
    P("n-en-2024-chile-wildfires", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on February 5, 2024",
      presser_en("Wang Wenbin", en(12, 9, ("EFE", "Forest fires in central Chile have killed more than a hundred people. Does China have any comment?",
                                           "We are deeply saddened by the loss of life and express sympathy to the families of the victims. China stands ready to help Chile as needed."), at=0)),
      "2024-02-05", url(SP_EN_NEW, "2024-02-05", 96), NO),
    P("n-en-2019-non-lac-visit-and-lac-topic", "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on October 29, 2019",
      presser_en("Geng Shuang", en(13, 10, ("Q", "Argentina elected Alberto Fernandez as its new president on Sunday. How will this affect China-Argentina ties?",
                                            "We congratulate Argentina on holding the election smoothly. We are confident the comprehensive strategic partnership will keep growing."), at=4), opening="At the invitation of President Xi Jinping, President Emmanuel Macron of France will pay a state visit to China from November 5 to 7.", old=True),
      "2019-10-29", url(SP_EN_OLD, "2019-10-29", 97), NO),
    P("n-en-2022-us-cuba-sanctions-remarks", "Foreign Ministry Spokesperson's Remarks on the US Blockade Against Cuba",
      "The UN General Assembly has once again adopted by an overwhelming majority a resolution urging the US to end its embargo on Cuba. China voted for it. The blockade has caused enormous losses to the Cuban people and should be lifted at once.",
      "2022-11-04", url(SP_EN_NEW_REMARKS, "2022-11-04", 98), NO),
    P("n-zh-2023-peru-politics-answer", "外交部发言人就秘鲁局势答记者问",
      "问：秘鲁国会罢免了卡斯蒂略总统，中方如何看待秘鲁局势？\n答：秘鲁是中方在拉美的重要合作伙伴。中方尊重秘鲁人民的选择，希望秘鲁早日恢复社会稳定。",
      "2022-12-09", url(SP_ZH_ANSWER, "2022-12-09", 99), NO, "zh"),
    P("n-en-2016-ecuador-quake-sympathy", "Foreign Ministry Spokesperson's Remarks on the Earthquake in Ecuador",
      "Q: A powerful earthquake struck the coast of Ecuador on April 16, leaving many dead. What is China's response?\nA: We were shocked to learn of the earthquake. China mourns the victims and extends sympathy to the bereaved families and the injured. The Chinese government will provide emergency assistance to the Ecuadorian side.",
      "2016-04-18", url(SP_EN_REMARKS, "2016-04-18", 100), NO),
    P("n-en-2023-ambassador-argentina", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on December 13, 2023",
      presser_en("Wang Wenbin", en(14, 11, ("EFE", "China's ambassador in Buenos Aires met President Milei this week. Does that mean ties are back on track?",
                                            "Our embassy keeps in close contact with the Argentine government. China hopes both sides will keep the relationship stable."), at=5)),
      "2023-12-13", url(SP_EN_NEW, "2023-12-13", 101), NO),
    P("n-zh-2022-cuba-aid-answer", "外交部发言人就中方向古巴提供援助答记者问",
      "问：据报道，中国援助古巴的一批粮食物资日前运抵哈瓦那，能否介绍有关情况？\n答：中古两国是好朋友、好同志、好兄弟。中方将继续在力所能及范围内为古方提供帮助。",
      "2022-06-20", url(SP_ZH_ANSWER, "2022-06-20", 102), NO, "zh"),
    P("n-en-2025-brazil-cop30-topic", "Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on November 5, 2025",
      presser_en("Guo Jiakun", en(15, 14, ("Folha de S.Paulo", "The climate conference in Belem opens next week. Will China's delegation play a leading role, and what does China expect from Brazil's presidency?",
                                           "China supports Brazil in hosting a successful conference. The Chinese delegation will work with all parties for a balanced outcome."), at=7)),
      "2025-11-05", url(SP_EN_NEW, "2025-11-05", 103), NO),
    P("n-agency-en-2019-peru-spokesperson", "China hopes for stability in Venezuela: spokesperson",
      "BEIJING, Jan. 24 (Xinhua) -- China supports efforts made by the Venezuelan government to safeguard the country's sovereignty, a Foreign Ministry spokesperson said Thursday. Spokesperson Hua Chunying told a regular press briefing that China opposes foreign interference in Venezuela's internal affairs.",
      "2019-01-24", url(AGENCY_EN, "2019-01-24", 104), NO),
    P("n-zh-2023-trad-honduras-comment", "外交部發言人就洪都拉斯總統涉華表態答記者問",
      "問：洪都拉斯總統卡斯特羅表示將同中國建立外交關係，中方對此有何評論？\n答：我們對此表示讚賞和歡迎。中方願在一個中國原則基礎上同世界各國發展友好合作關係。",
      "2023-03-15", url(HK_ZH, "2023-03-15", 105), NO, "zh"),
    P("n-en-2017-mexico-wall", "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on January 26, 2017",
      presser_en("Lu Kang", en(16, 9, ("Q", "The new US administration says it will build a wall on the border with Mexico. Does China have a view?",
                                       "This is a matter between the US and Mexico. We hope countries will handle their relations in a way that is good for regional stability."), at=3), old=True),
      "2017-01-26", url(SP_EN_OLD, "2017-01-26", 106), NO),
    P("n-zh-2025-brazil-tariffs", "2025年7月10日外交部发言人毛宁主持例行记者会",
      presser_zh("毛宁", zh(9, 12, ("巴西圣保罗页报记者", "美方宣布对巴西输美商品加征50%关税，中方有何评论？", "关税战没有赢家。主权平等、不干涉内政是《联合国宪章》的重要原则，不能以关税为工具胁迫他国。"), at=5)),
      "2025-07-10", url(SP_ZH, "2025-07-10", 107), NO, "zh"),
    P("n-hk-trad-2025-panama-canal", "外交部發言人就巴拿馬運河問題答記者問",
      "問：美方官員稱中國控制巴拿馬運河，中方有何回應？\n答：中方一貫尊重巴拿馬對運河的主權，承認運河是永久中立的國際通道。所謂中國控制運河的說法毫無根據。",
      "2025-02-03", url(HK_ZH, "2025-02-03", 108), NO, "zh"),
    P("n-en-2021-mexico-vaccines", "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on February 22, 2021",
      presser_en("Hua Chunying", en(17, 12, ("Notimex", "Another batch of Chinese vaccines arrived in Mexico at the weekend. How does China see vaccine cooperation with Latin America?",
                                             "China has provided vaccines to a number of Latin American and Caribbean countries. We will keep doing our best to help them fight the virus."), at=8)),
      "2021-02-22", url(SP_EN_NEW, "2021-02-22", 109), NO),
    P("n-zh-2021-peru-election-topic", "2021年6月8日外交部发言人汪文斌主持例行记者会",
      presser_zh("汪文斌", zh(12, 10, ("埃菲社记者", "秘鲁总统选举第二轮投票结果难分胜负，中方是否担心秘鲁局势？", "这是秘鲁内政。相信秘鲁人民有智慧处理好自己的事情，中方愿同秘方继续推进各领域合作。"), at=2)),
      "2021-06-08", url(SP_ZH, "2021-06-08", 113), NO, "zh"),
    P("n-agency-zh-2019-venezuela", "外交部：中方反对外部势力干涉委内瑞拉内政",
      "新华社北京1月24日电 外交部发言人华春莹24日在例行记者会上表示，中方支持委内瑞拉政府维护国家主权和稳定的努力，反对外部势力干涉委内瑞拉内政。\n【责任编辑：李想】",
      "2019-01-24", url(AGENCY_ZH, "2019-01-24", 114), NO, "zh"),
    P("n-en-2020-haiti-caribbean-vaccines", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on July 14, 2020",
      presser_en("Zhao Lijian", en(3, 17, ("AFP", "Haiti and several other Caribbean states that recognise Taiwan were excluded from a regional vaccine donation. Is China behind this?",
                                           "This speculation is baseless. China has helped many countries in the Caribbean fight the pandemic, whatever their relations with us."), at=14)),
      "2020-07-14", url(SP_EN_NEW, "2020-07-14", 115), NO),
]

# ---- E2. written after reading the code (not blind): a transcript's message answer about others ------
NEGATIVES_2 = [
    P("n2-en-2023-transcript-message-to-turkey", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on February 7, 2023",
      presser_en("Wang Wenbin", en(1, 10, ("TRT", "Thousands have died in the earthquakes in Türkiye and Syria. How has China responded?",
                                           "Yesterday President Xi Jinping sent messages of condolence to President Erdogan and President Bashar al-Assad. China will send rescue teams."),
                                   ("EFE", "Peru's Congress rejected bringing the election forward again. Your comment?",
                                    "This is Peru's internal affair. We hope Peru will regain stability soon."), at=0)),
      "2023-02-07", url(SP_EN_NEW, "2023-02-07", 120), NO),
    P("n2-en-2022-transcript-clear-message", "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on November 4, 2022",
      presser_en("Zhao Lijian", en(5, 9, ("Prensa Latina", "The UN General Assembly again voted to call for an end to the US embargo on Cuba. Your comment?",
                                          "The vote sends a clear message: the blockade must end. China has always voted for the resolution."), at=0)),
      "2022-11-04", url(SP_EN_NEW, "2022-11-04", 121), NO),
    P("n2-zh-2024-transcript-message-to-pakistan", "2024年3月27日外交部发言人林剑主持例行记者会",
      presser_zh("林剑", zh(2, 9, ("巴基斯坦联合通讯社记者", "中国工程师在巴基斯坦遇袭身亡，中方有何回应？", "习近平主席已致电巴基斯坦总统扎尔达里，对遇难者表示哀悼。"),
                            ("拉美社记者", "海地局势持续动荡，中方有何评论？", "中方呼吁海地各方尽快恢复秩序。"), at=0)),
      "2024-03-27", url(SP_ZH, "2024-03-27", 122), NO, "zh"),
]

# ---- F. doubtful: the codebook does not settle them ---------------------------------------------------
QA_EXCHANGE = "a meeting reported only inside an answer at a press conference: the generic headline makes it the page's first exchange, yet the page is the spokesperson's, not a report of the meeting"
DOUBTFUL = [
    P("d-en-2023-presser-wangyi-met-fm", "Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on September 22, 2023",
      presser_en("Wang Wenbin", en(5, 10, ("EFE", "Wang Yi met Colombia's foreign minister in New York yesterday. What did they discuss?",
                                           "On September 21, Foreign Minister Wang Yi met Foreign Minister Alvaro Leyva on the sidelines of the UN General Assembly. They exchanged views on preparing for President Petro's visit."), at=4)),
      "2023-09-22", url(SP_EN_NEW, "2023-09-22", 110), rel("Colombia", "meeting_on_sidelines", "2023-09-21", False, "Leyva"),
      relevant=QA_EXCHANGE, country=QA_EXCHANGE, event_type=QA_EXCHANGE, event_date=QA_EXCHANGE, head_of_state_level=QA_EXCHANGE,
      partnership_action=QA_EXCHANGE, counterpart=QA_EXCHANGE),
    P("d-zh-2025-xi-celac-opening", "外交部发言人宣布习近平主席将出席中拉论坛第四届部长级会议开幕式",
      "外交部发言人林剑宣布：国家主席习近平将于5月13日在北京出席中国—拉美和加勒比国家共同体论坛第四届部长级会议开幕式并发表主旨讲话。",
      "2025-05-09", url(SP_ZH, "2025-05-09", 111), rel("multilateral", "other", "2025-05-13", False), "zh",
      head_of_state_level="a head of state speaking at a ministerial meeting several presidents attend: principals of the exchange unclear"),
    P("d-en-2023-presser-castro-tomorrow", "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on June 8, 2023",
      presser_en("Mao Ning", en(2, 9, ("Xinhua News Agency", "Honduran President Castro arrives in Beijing tomorrow. Can you share the arrangements for her visit?",
                                       "During the visit, President Xi Jinping will hold talks with her and the two heads of state will attend the signing of cooperation documents."), at=3)),
      "2023-06-08", url(SP_EN_NEW, "2023-06-08", 112), rel("Honduras", "other", "2023-06-09", False),
      **dict.fromkeys(("relevant", "country", "event_type", "head_of_state_level", "partnership_action"),
                      "an answer on a trip inside a press conference on many topics: a briefing on the trip, or only a topic"),
      event_date="'tomorrow': the codebook counts back relative days ('yesterday', 'today'), not forward"),
]

PROBES = ANNOUNCEMENTS + PRESSERS_WITH_VISIT + MESSAGES + BRIEFINGS + NEGATIVES + NEGATIVES_2 + DOUBTFUL

# (probe, field) pairs the first run failed and this campaign left open, with the reason.
# Why the probes still failing fail (the first blind run failed 158 of 490 fields; see the module doc).
PRESSER_FILLER = ("a transcript opening with a LAC visit: a field read from the filler answers further down (a "
                  "'talks' word, a foreign minister, a later span sentence)")
ANSWER_IN_TRANSCRIPT = ("a transcript's answer: one on a trip's results (no message) is not read as the reporting "
                        "paragraph; in a message answer a field the steps do not read there (the addressee after "
                        "'Mr.' or 'President Gabriel' after a former leader the question names)")
VISIT_NO_CHINA_WORD = ("a headline on 'the Visit by Peruvian President' names no China side and no visit kind: the "
                       "remarks gate keeps it a comment (a LAC leader's trip elsewhere reads the same)")
BRIEFING_TYPE = ("the spokesperson's remarks on a trip: the event type step prefers the visit's own words (state "
                 "visit, video link) over the briefing headline")
AGENCY_COMMENT = ("a Chinese agency's report of the spokesperson's comment (外交部发言人…表示，中方支持…): still "
                  "relevant after the spokesperson rule; which copy gate lets it pass was not traced")
OPEN: dict[tuple[str, str], str] = {
    ("p-en-2024-presser-xi-peru-brazil", "event_date"): PRESSER_FILLER,
    ("b-zh-2023-uruguay-outcomes-in-presser", "relevant"): ANSWER_IN_TRANSCRIPT,
    ("b-zh-2023-uruguay-outcomes-in-presser", "country"): ANSWER_IN_TRANSCRIPT,
    ("b-zh-2023-uruguay-outcomes-in-presser", "event_type"): ANSWER_IN_TRANSCRIPT,
    ("b-zh-2023-uruguay-outcomes-in-presser", "head_of_state_level"): ANSWER_IN_TRANSCRIPT,
    ("b-zh-2023-uruguay-outcomes-in-presser", "partnership_action"): ANSWER_IN_TRANSCRIPT,
    ("b-zh-2023-uruguay-outcomes-in-presser", "partnership_level"): ANSWER_IN_TRANSCRIPT,
    ("b-en-2016-kuczynski-no-date", "relevant"): VISIT_NO_CHINA_WORD,
    ("b-en-2016-kuczynski-no-date", "country"): VISIT_NO_CHINA_WORD,
    ("b-en-2016-kuczynski-no-date", "event_type"): VISIT_NO_CHINA_WORD,
    ("b-en-2016-kuczynski-no-date", "head_of_state_level"): VISIT_NO_CHINA_WORD,
    ("n-agency-zh-2019-venezuela", "relevant"): AGENCY_COMMENT,
}


def test_probe_ids_are_unique() -> None:
    assert_unique_ids(PROBES)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_spokesperson_pages_s14_page_field(probe: Probe, name: str, expected: Any) -> None:
    """Codebook (foreign ministry): relevance; the visit, message or briefing the page reports; its
    first day; the type by the page's kind; head-of-state level by the principals; the partnership
    action against the history table; the counterpart names the LAC principal (any listed form)."""
    got = value_of(record_of(probe), name)
    if name == "counterpart":
        assert any(form in got for form in expected.split("|")), got
    else:
        assert got == expected


def test_answers_after_the_opening_announcements_are_blanked_offsets_kept() -> None:
    """A transcript opening with announcements: the answers below comment on other topics, so the
    text extraction reads there is blank (same length, evidence offsets unchanged) and a Cuban visit
    announced first keeps its principal, not a minister named in a later answer."""
    from nlp_helpers import mfa

    from nlp.text import layout

    text = ("At the invitation of President Xi Jinping, President Miguel Díaz-Canel of Cuba will pay a "
            "state visit to China from November 7 to 11.\n\n"
            "Q: Foreign Minister Bruno Rodríguez of Cuba held talks in Geneva. Any comment?\n\n"
            "A: We have noted the reports.")
    title = "Foreign Ministry Spokesperson's Regular Press Conference on November 2, 2018"
    lay = layout(text, title)
    assert len(lay.clean) == len(text) and lay.clean[lay.lead_start:lay.lead_start + 20] == text[:20]
    assert "Rodríguez" not in lay.clean and lay.clean[text.index("Q:"):].strip() == ""
    record = mfa(text, title=title, published="2018-11-02",
                 url=url(SP_EN_OLD, "2018-11-02", 990))
    assert record.relevant and record.country == "Cuba" and "Rodríguez" not in (record.counterpart or "")
