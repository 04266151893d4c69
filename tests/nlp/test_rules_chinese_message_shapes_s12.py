"""Campaign 12B: Chinese-language IDCPC message pages (贺电, 贺信, 贺函, 唁电, 唁函, 慰问电, 感谢信,
复信, 来函, 致函, 口信, 贺卡) between the CPC side and LAC actors, on the department's sites and as
copied by agencies, newspapers, portals and a WeChat account, about a quarter in traditional
characters. The shapes vary: the sender named late after a long 值此…之际 preamble, 收到…发来的贺电,
lists of senders joined by 、 and 等, 来电/来函表示, a letter printed in full with the sender only in
the signature block, headlines that name only the occasion or only the CPC side, messages exchanged
both ways, replies, messages carried by an envoy or read out at an event, party names in full,
short and abbreviated forms, and days given only as 当天, 近日, 日前, N日, 当地时间N日 or a month-day.

Self-written releases in the sites' style; party, country and official names are facts. Each probe
names the values a careful coder would give under the codebook (shared/eval/SCHEMA.md); one test
per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import BL, DI, KE, NO, RL, B, R, assert_unique_ids, cases, record_of, url, value_of
from probe_harness import ZhProbe as Probe

IDCPC_ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
IDCPC_GOV = "https://www.idcpc.gov.cn/bzhd/wshd/{ym}/t{ymd}_17{n:04d}.html"
PEOPLE = "http://world.people.com.cn/n1/{y}/{m}{d}/c1002-3{n:07d}.html"
XINHUA = "http://www.news.cn/politics/{y}-{m}/{d}/c_11{n:08d}.htm"
GMW = "https://world.gmw.cn/{y}-{m}/{d}/content_3{n:07d}.htm"
CNS = "https://www.chinanews.com.cn/gn/{y}/{m}-{d}/98{n:05d}.shtml"
PROV = "https://epaper.example-provincial-daily.cn/html/{y}{m}/{d}/content_{n}.htm"
PAPER = "https://www.thepaper.cn/newsDetail_forward_2{n:07d}"
WECHAT = "https://mp.weixin.qq.com/s/Ab{n:04d}CdEfGhIjKlMn"
BIG5 = "http://big5.news.cn/gate/big5/www.news.cn/politics/{y}-{m}/{d}/c_11{n:08d}.htm"
HK = "https://www.wenweipo.com/a/{y}{m}/{d}/AP6{n:05d}.html"
MO = "http://www.macaodaily.com/html/{y}-{m}/{d}/content_1{n:05d}.htm"
TW = "https://www.cna.com.tw/news/acn/{y}{m}{d}0{n:03d}.aspx"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PCV = "Communist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
FA = "Broad Front"
PCU = "Communist Party of Uruguay"
MORENA = "National Regeneration Movement"
PT_MX = "Labor Party (Mexico)"
PRI = "Institutional Revolutionary Party"
FMLN = "Farabundo Martí National Liberation Front"
MAS = "Movement for Socialism (Bolivia)"
RC = "Citizen Revolution Movement"
PCP_RF = "Communist Party of Peru – Red Fatherland"
PCP = "Peruvian Communist Party"
PJ = "Justicialist Party"
PCA = "Communist Party of Argentina"
PLD = "Dominican Liberation Party"
PRD_PA = "Democratic Revolutionary Party"
PNP_JM = "People's National Party"
PNM = "People's National Movement"
PPP = "People's Progressive Party/Civic"
PCCOL = "Colombian Communist Party"
LIBRE = "Liberty and Refoundation"
URNG = "Guatemalan National Revolutionary Unity"
PVP = "Popular Vanguard Party"


def copy(pub: str, site: str, text: str, trad: bool = False) -> str:
    """A copy's page as the store keeps it: the leading date marker, a menu, a byline, the body
    and the page's foot."""
    heads = {
        "people": "人民网 | 首页 | 时政 | 国际 | 观点\n来源：人民网－国际频道\n",
        "xinhua": "新华网 | 首页 | 时政 | 国际 | 财经 | 搜索\n",
        "gmw": "光明网 | 首页 | 国际 | 时政\n来源：光明网\n",
        "cns": "中国新闻网 | 首页 | 国内 | 国际 | 视频\n",
        "prov": "省报数字报 | 第03版：要闻\n",
        "paper": "澎湃新闻 | 要闻 | 时事\n澎湃新闻记者\n",
        "wechat": "中联部 微信公众号\n",
        "big5": "新華網 | 首頁 | 時政 | 國際\n",
        "hk": "文匯網 | 首頁 | 中國 | 國際\n",
        "mo": "澳門日報 | 中國新聞 | 版面\n",
        "tw": "中央社 | 首頁 | 兩岸 | 國際\n",
    }
    foot = "\n（責任編輯：李明）\n分享到：" if trad else "\n（责任编辑：李明）\n分享到："
    return f" date {pub}\n{heads[site]}{text}{foot}"


def msg(country: str, date: str | None, party_set: set[str], mechanism: set[str],
        event_type: str = "message", content: str = DI) -> dict[str, Any]:
    """The expected fields of a relevant exchange."""
    return {"relevant": True, "country": country, "event_type": event_type, "event_date": date,
            "parties": party_set, "mechanism": mechanism, "content": content}


PROBES: list[Probe] = [
    # ---- A. the sender named late, after a long 值此…之际 preamble ----
    Probe("late-sender-pcc-congress",
          "中共中央致电祝贺古巴共产党第八次代表大会召开",
          "值此古巴共产党第八次全国代表大会在哈瓦那隆重开幕、古巴人民为捍卫革命成果而团结奋斗的重要"
          "时刻，中共中央于4月16日致电古共中央，向大会表示热烈祝贺，并通过大会向古共全体党员致以诚挚"
          "问候。贺电说，中古两党两国是好同志、好朋友、好兄弟。",
          "2021-04-17", url(IDCPC_ZH, "2021-04-17", 1),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("late-sender-fsln-anniversary",
          "中联部致电祝贺桑解阵成立六十周年",
          "值此尼加拉瓜桑地诺民族解放阵线建党六十周年这一喜庆日子，在中尼两党关系不断深化、各领域"
          "交流日益密切之际，中联部部长刘建超7月23日致函桑解阵总书记奥尔特加，表示热烈祝贺。",
          "2021-07-24", url(IDCPC_ZH, "2021-07-24", 2),
          msg("Nicaragua", "2021-07-23", {FSLN}, BL)),
    Probe("late-sender-undated-occasion-day",
          "中联部致函祝贺智利共产党成立一百零一周年",
          "值此智利共产党成立101周年（6月4日）之际，为进一步增进两党传统友谊，中联部近日致函智共中央"
          "委员会，对智共长期以来为维护劳动人民权益所作的努力表示赞赏。",
          "2023-06-08", url(IDCPC_ZH, "2023-06-08", 3),
          msg("Chile", None, {PCCH}, BL)),
    Probe("late-sender-lunar-festival-context",
          "中联部向拉美友好政党致新春问候",
          "农历龙年春节来临之际，在辞旧迎新的美好时刻，中联部2月8日致函古巴共产党中央国际关系部，"
          "转达中国共产党人的新春祝福，并祝愿两党友好合作在新的一年里取得更多成果。",
          "2024-02-09", url(IDCPC_ZH, "2024-02-09", 4),
          msg("Cuba", "2024-02-08", {PCC}, BL)),
    Probe("late-sender-mas-election",
          "中联部致电祝贺玻利维亚争取社会主义运动在大选中获胜",
          "值此玻利维亚争取社会主义运动赢得全国大选、阿尔塞当选总统之际，"
          "中联部10月20日致电该党，向其表示祝贺。贺电表示，中方愿同玻方一道推动两党关系不断向前发展。",
          "2020-10-21", url(IDCPC_ZH, "2020-10-21", 5),
          msg("Bolivia", "2020-10-20", {MAS}, BL)),
    Probe("late-sender-pt-mx-congress-no-prefix",
          "中联部致电祝贺墨西哥劳动党全国代表大会召开",
          "值此劳动党第十一次全国代表大会召开之际，在中墨两党交往日益密切的背景下，中联部部长10月"
          "28日致电劳动党全国领导委员会，祝愿大会取得圆满成功。",
          "2022-10-29", url(IDCPC_ZH, "2022-10-29", 6),
          msg("Mexico", "2022-10-28", {PT_MX}, BL)),

    # ---- B. 收到…发来的贺电 (the CPC side receives) ----
    Probe("received-psuv-20th-congress",
          "委内瑞拉统一社会主义党致电祝贺中共二十大胜利召开",
          "中共中央10月22日收到委内瑞拉统一社会主义党主席马杜罗发来的贺电，热烈祝贺中国共产党第二十"
          "次全国代表大会胜利召开。贺电说，中共二十大对中国和世界都具有重大意义。",
          "2022-10-23", url(IDCPC_ZH, "2022-10-23", 7),
          msg("Venezuela", "2022-10-22", {PSUV}, BL)),
    Probe("received-short-forms-recently",
          "巴共致电祝贺中共二十届三中全会召开",
          "近日，中联部收到巴西共产党主席卢西亚娜·桑托斯发来的贺电。巴共在贺电中祝贺中共二十届三中全会"
          "胜利召开，表示全会将为中国进一步全面深化改革指明方向。",
          "2024-07-25", url(IDCPC_ZH, "2024-07-25", 8),
          msg("Brazil", None, {PCDOB}, BL)),
    Probe("received-pcch-letter-on-day",
          "智利共产党来函祝贺中国共产党成立102周年",
          "7月1日，中联部收到智共总书记卡莫纳发来的贺函，祝贺中国共产党成立102周年，并表示智共愿同"
          "中共加强交流。",
          "2023-07-03", url(IDCPC_ZH, "2023-07-03", 9),
          msg("Chile", "2023-07-01", {PCCH}, BL)),
    Probe("received-colombia-communist-short",
          "哥伦比亚共产党致函祝贺中共二十大召开",
          "日前，中联部收到哥共中央执行委员会发来的贺函。哥伦比亚共产党在函中热烈祝贺中共二十大"
          "召开，赞赏中国在消除贫困方面取得的成就。",
          "2022-10-28", url(IDCPC_ZH, "2022-10-28", 10),
          msg("Colombia", None, {PCCOL}, BL)),
    Probe("received-pcp-rf-bracket-name",
          "秘鲁共产党（红色祖国）致函祝贺中国共产党成立一百周年",
          "6月30日，中联部收到秘鲁共产党（红色祖国）总书记发来的贺函，对中国共产党百年华诞表示衷心"
          "祝贺，称中共的百年历程为发展中国家提供了宝贵启示。",
          "2021-07-02", url(IDCPC_ZH, "2021-07-02", 11),
          msg("Peru", "2021-06-30", {PCP_RF}, BL)),
    Probe("received-pcp-plain",
          "秘鲁共产党致电祝贺中共二十大",
          "10月19日，中共中央收到秘鲁共产党全国委员会发来的贺电，祝贺中共二十大隆重召开。",
          "2022-10-20", url(IDCPC_ZH, "2022-10-20", 12),
          msg("Peru", "2022-10-19", {PCP}, BL)),
    Probe("received-pj-non-left",
          "阿根廷正义党致函祝贺中共成立100周年",
          "中联部6月29日收到阿根廷正义党全国委员会主席发来的贺函，祝贺中国共产党成立100周年，"
          "表示正义党高度重视同中共的友好关系。",
          "2021-07-01", url(IDCPC_ZH, "2021-07-01", 13),
          msg("Argentina", "2021-06-29", {PJ}, B)),
    Probe("received-dominican-pld",
          "多米尼加解放党来函祝贺中共二十大胜利闭幕",
          "10月24日，中联部收到多米尼加解放党主席发来的贺函，祝贺中共二十大胜利闭幕，表示愿同中共"
          "深化治党理政经验交流。",
          "2022-10-26", url(IDCPC_ZH, "2022-10-26", 14),
          msg("Dominican Republic", "2022-10-24", {PLD}, B)),

    # ---- C. lists of senders with 、 and 等 ----
    Probe("list-several-lac-parties",
          "拉美多国政党致电祝贺中共二十大胜利召开",
          "近日，古巴共产党、委内瑞拉统一社会主义党、尼加拉瓜桑地诺民族解放阵线、巴西劳工党等拉美"
          "政党纷纷致电致函，热烈祝贺中国共产党第二十次全国代表大会胜利召开。",
          "2022-10-25", url(IDCPC_ZH, "2022-10-25", 15),
          msg("multilateral", None, {PCC, PSUV, FSLN, PT}, RL)),
    Probe("list-short-forms-dated",
          "拉美政党祝贺中共二十届三中全会胜利召开",
          "7月20日至22日，古共、统社党、桑解阵、智共等拉美和加勒比地区政党先后致电中共中央，祝贺"
          "二十届三中全会胜利召开。",
          "2024-07-23", url(IDCPC_ZH, "2024-07-23", 16),
          msg("multilateral", "2024-07-20", {PCC, PSUV, FSLN, PCCH}, RL)),
    Probe("list-one-lac-among-world",
          "多国政党致电祝贺中共成立102周年",
          "7月1日，越南共产党、老挝人民革命党、古巴共产党、柬埔寨人民党等多国政党致电中共中央，"
          "祝贺中国共产党成立102周年。",
          "2023-07-02", url(IDCPC_ZH, "2023-07-02", 17),
          msg("Cuba", "2023-07-01", {PCC}, BL)),
    Probe("list-two-lac-among-world",
          "多国政党领导人祝贺中共二十大胜利召开",
          "10月16日，老挝人民革命党、俄罗斯统一俄罗斯党、古巴共产党、巴西劳工党、南非非洲人国民大会等"
          "多国政党领导人致电致函中共中央，祝贺中共二十大开幕。",
          "2022-10-17", url(IDCPC_ZH, "2022-10-17", 18),
          msg("multilateral", "2022-10-16", {PCC, PT}, RL),
          doubtful={"mechanism": "a roundup of messages from parties worldwide that includes two LAC "
                                 "parties: no worldwide platform, so regional by the 'group of several "
                                 "LAC countries' actors' rule; a coder could read it as global"}),
    Probe("list-caribbean-non-left",
          "加勒比多国政党来函祝贺中国共产党成立100周年",
          "中联部近日收到巴巴多斯工党、特立尼达和多巴哥人民民族运动、多米尼加解放党等加勒比地区"
          "政党的贺函，祝贺中国共产党成立100周年。",
          "2021-07-06", url(IDCPC_ZH, "2021-07-06", 19),
          msg("multilateral", None, {"Barbados Labour Party", PNM, PLD}, R)),
    Probe("list-same-country-parties",
          "巴西多个政党致函祝贺中共二十大",
          "10月23日，巴西劳工党、巴西共产党、巴西社会主义党等巴西政党分别致函中共中央，祝贺中共"
          "二十大胜利闭幕。",
          "2022-10-24", url(IDCPC_ZH, "2022-10-24", 20),
          msg("Brazil", "2022-10-23", {PT, PCDOB, "Brazilian Socialist Party"}, BL)),
    Probe("list-mexico-parties-and-leaders",
          "墨西哥政党领导人致电祝贺中共成立一百周年",
          "6月30日，墨西哥国家复兴运动党主席、劳动党全国领导委员会、革命制度党主席相继致电中共中央，"
          "祝贺中国共产党成立100周年。",
          "2021-07-01", url(IDCPC_ZH, "2021-07-01", 21),
          msg("Mexico", "2021-06-30", {MORENA, PT_MX, PRI}, BL)),
    Probe("list-andean-leftists",
          "拉美左翼政党祝贺中国共产党建党百年",
          "近日，厄瓜多尔公民革命运动、玻利维亚争取社会主义运动、秘鲁共产党（红色祖国）、哥伦比亚"
          "共产党等党纷纷发来贺电贺函，祝贺中国共产党百年华诞。",
          "2021-07-08", url(IDCPC_ZH, "2021-07-08", 22),
          msg("multilateral", None, {RC, MAS, PCP_RF, PCCOL}, RL)),

    # ---- D. 来电/来函表示 ----
    Probe("come-letter-says-fmln",
          "萨尔瓦多法拉本多·马蒂民族解放阵线来函感谢中方抗疫援助",
          "法解阵总书记桑切斯日前来函表示，感谢中国共产党在新冠肺炎疫情期间向萨方提供的宝贵帮助，"
          "法解阵愿继续推进两党友好交往。",
          "2020-05-12", url(IDCPC_ZH, "2020-05-12", 23),
          msg("El Salvador", None, {FMLN}, BL)),
    Probe("come-telegram-says-broad-front",
          "乌拉圭广泛阵线来电祝贺中共二十大召开",
          "10月18日，乌拉圭广泛阵线主席佩雷拉来电表示，中共二十大是中国政治生活中的大事，广泛阵线"
          "愿同中共深化交流互鉴。",
          "2022-10-19", url(IDCPC_ZH, "2022-10-19", 24),
          msg("Uruguay", "2022-10-18", {FA}, BL)),
    Probe("come-letter-local-time",
          "洪都拉斯自由与重建党致函中联部",
          "当地时间3月26日，洪都拉斯自由与重建党总协调人塞拉亚致函中联部部长刘建超表示，自由与"
          "重建党热烈欢迎洪中两国建立外交关系，愿同中共建立党际联系。",
          "2023-03-28", url(IDCPC_ZH, "2023-03-28", 25),
          msg("Honduras", "2023-03-26", {LIBRE}, BL)),
    Probe("come-letter-jamaica-pnp-yesterday",
          "牙买加人民民族党来函祝贺中共二十大胜利闭幕",
          "牙买加人民民族党领袖菲利普斯昨日来函表示，衷心祝贺中共二十大胜利闭幕，人民民族党期待同"
          "中共加强往来。",
          "2022-10-25", url(IDCPC_ZH, "2022-10-25", 26),
          msg("Jamaica", "2022-10-24", {PNP_JM}, BL)),

    # ---- E. the letter printed in full, the sender only in the signature block ----
    Probe("full-letter-xi-to-pcc",
          "习近平致古巴共产党第八次代表大会的贺信",
          "古巴共产党中央委员会：\n在古巴共产党第八次代表大会开幕之际，我谨代表中国共产党中央委员会，"
          "向大会并通过大会向古共全体党员致以热烈的祝贺。多年来，两党两国在各自的社会主义道路上相互"
          "支持。\n祝大会圆满成功！\n中国共产党中央委员会总书记\n习近平\n2021年4月16日",
          "2021-04-17", url(IDCPC_ZH, "2021-04-17", 27),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("full-letter-pt-to-cpc-signature",
          "巴西劳工党致中国共产党成立一百周年的贺信",
          "尊敬的习近平总书记：\n值此中国共产党成立一百周年之际，我谨代表巴西劳工党全国执行委员会，"
          "向您并通过您向中共全体党员致以兄弟般的问候。百年来，贵党带领中国人民摆脱了贫困。\n"
          "巴西劳工党全国主席\n格莱西·霍夫曼\n2021年6月28日\n于巴西利亚",
          "2021-07-01", url(IDCPC_ZH, "2021-07-01", 28),
          msg("Brazil", "2021-06-28", {PT}, BL)),
    Probe("full-letter-liu-to-fsln-signature-undated",
          "刘建超部长致桑解阵的贺函",
          "尼加拉瓜桑地诺民族解放阵线全国领导委员会：\n欣悉贵党即将迎来建党62周年，我谨代表中联部"
          "表示热烈祝贺。中尼复交以来，两党关系发展迅速。\n中共中央对外联络部部长\n刘建超",
          "2023-07-21", url(IDCPC_ZH, "2023-07-21", 29),
          msg("Nicaragua", None, {FSLN}, BL),
          doubtful={"event_date": "a letter printed with no day at all: the codebook says null; the "
                                  "project falls back to the printed day (earlier campaigns' open item)"}),
    Probe("full-letter-pcch-thanks",
          "智利共产党致中联部的感谢信",
          "中共中央对外联络部：\n对于贵部就我党主席泰列尔同志逝世发来的唁电，我们深表感谢。贵党的慰问"
          "是对我党全体党员的巨大鼓舞。\n此致\n敬礼！\n智利共产党总书记\n劳塔罗·卡莫纳\n2023年7月14日\n"
          "于圣地亚哥",
          "2023-07-20", url(IDCPC_ZH, "2023-07-20", 30),
          msg("Chile", "2023-07-14", {PCCH}, BL)),
    Probe("full-letter-condolence-xi-fidel",
          "习近平致古共中央第一书记劳尔·卡斯特罗的唁电",
          "古巴共产党中央委员会第一书记劳尔·卡斯特罗同志：\n惊悉古巴革命领导人菲德尔·卡斯特罗同志"
          "不幸逝世，我谨代表中国共产党中央委员会，并以我个人的名义，表示沉痛的哀悼。\n中国共产党"
          "中央委员会总书记\n习近平\n2016年11月26日",
          "2016-11-26", url(IDCPC_ZH, "2016-11-26", 31),
          msg("Cuba", "2016-11-26", {PCC}, BL)),
    Probe("full-letter-reply-psuv",
          "委内瑞拉统社党副主席复函中联部",
          "尊敬的刘建超部长：\n来函收悉，谢谢您对我党第五次代表大会的祝贺。统社党愿同中共一道，推动两党"
          "合作迈上新台阶。\n委内瑞拉统一社会主义党第一副主席\n迪奥斯达多·卡韦略\n加拉加斯，2022年"
          "2月3日",
          "2022-02-10", url(IDCPC_ZH, "2022-02-10", 32),
          msg("Venezuela", "2022-02-03", {PSUV}, BL)),
    Probe("full-letter-morena-signature-year-missing",
          "墨西哥国家复兴运动党致中共中央的贺函",
          "中国共产党中央委员会：\n在中共二十大胜利闭幕之际，国家复兴运动党全国执行委员会向贵党致以热烈"
          "祝贺，祝愿中国人民在新征程上取得新的成就。\n国家复兴运动党全国主席\n马里奥·德尔加多\n10月"
          "24日于墨西哥城",
          "2022-10-27", url(IDCPC_ZH, "2022-10-27", 33),
          msg("Mexico", "2022-10-24", {MORENA}, BL)),

    # ---- F. headline naming only the occasion, or only the CPC side ----
    Probe("occasion-only-headline-cuba",
          "热烈祝贺中国共产党成立一百周年",
          "6月29日，古巴共产党中央委员会致电中共中央，祝贺中国共产党成立100周年。贺电表示，中共"
          "取得的成就鼓舞着全世界的进步力量。",
          "2021-06-30", url(IDCPC_ZH, "2021-06-30", 34),
          msg("Cuba", "2021-06-29", {PCC}, BL)),
    Probe("occasion-only-headline-multi",
          "多国政党祝贺中共二十大胜利召开",
          "10月16日，古巴共产党中央第一书记迪亚斯-卡内尔、尼加拉瓜桑地诺民族解放阵线总书记奥尔特加"
          "分别致电习近平总书记，祝贺中共二十大胜利召开。",
          "2022-10-17", url(IDCPC_ZH, "2022-10-17", 35),
          msg("multilateral", "2022-10-16", {PCC, FSLN}, RL)),
    Probe("cpc-side-only-headline",
          "习近平致电",
          "中共中央总书记习近平4月19日致电迪亚斯-卡内尔，祝贺他当选古巴共产党中央委员会第一书记。"
          "习近平表示，中方愿同古方一道，推动中古关系不断深入发展。",
          "2021-04-20", url(IDCPC_ZH, "2021-04-20", 36),
          msg("Cuba", "2021-04-19", {PCC}, BL)),
    Probe("cpc-side-only-headline-idcpc",
          "中联部部长刘建超致函",
          "11月3日，中联部部长刘建超致函智利社会党新任主席，祝贺其当选，并表示愿与智利社会党"
          "共同推动两党关系发展。",
          "2023-11-04", url(IDCPC_ZH, "2023-11-04", 37),
          msg("Chile", "2023-11-03", {PSCH}, BL)),
    Probe("occasion-only-new-year",
          "新春佳节致问候",
          "1月28日，中联部向委内瑞拉统一社会主义党国际事务负责人发去新春贺卡，祝愿两党在新的一年里"
          "加强合作。",
          "2025-01-29", url(IDCPC_ZH, "2025-01-29", 38),
          msg("Venezuela", "2025-01-28", {PSUV}, BL)),

    # ---- G. messages exchanged both ways ----
    Probe("exchanged-cpc-pcc-new-year",
          "中古两党互致新年贺电",
          "1月1日，中共中央与古巴共产党中央委员会互致贺电，祝贺新年，并祝愿两党两国友谊不断巩固。",
          "2024-01-02", url(IDCPC_ZH, "2024-01-02", 39),
          msg("Cuba", "2024-01-01", {PCC}, BL)),
    Probe("exchanged-leaders-anniversary",
          "习近平同迪亚斯-卡内尔互致贺电庆祝中古建交六十五周年",
          "9月28日，中共中央总书记习近平同古共中央第一书记迪亚斯-卡内尔互致贺电，庆祝两国建交65周年。",
          "2025-09-29", url(IDCPC_ZH, "2025-09-29", 40),
          msg("Cuba", "2025-09-28", {PCC}, BL)),
    Probe("exchanged-idcpc-fsln-yesterday",
          "中联部与桑解阵互致贺函",
          "昨天，中联部与尼加拉瓜桑解阵全国领导委员会互致贺函，庆祝两党建立关系五周年。",
          "2023-12-11", url(IDCPC_ZH, "2023-12-11", 41),
          msg("Nicaragua", "2023-12-10", {FSLN}, BL)),

    # ---- H. replies ----
    Probe("reply-xi-to-brazilian-leader",
          "习近平复信巴西共产党主席",
          "中共中央总书记习近平8月5日复信巴西共产党主席卢西亚娜·桑托斯，感谢她来信祝贺中共成立"
          "一百周年。习近平在复信中表示，中国共产党愿同巴共加强交流。",
          "2021-08-06", url(IDCPC_ZH, "2021-08-06", 42),
          msg("Brazil", "2021-08-05", {PCDOB}, BL)),
    Probe("reply-idcpc-to-uruguay-communists",
          "中联部复函乌拉圭共产党",
          "近日，中联部复函乌拉圭共产党总书记，感谢乌共对中共二十大的祝贺，表示中联部愿同乌共保持"
          "密切沟通。",
          "2022-11-15", url(IDCPC_ZH, "2022-11-15", 43),
          msg("Uruguay", None, {PCU}, BL)),
    Probe("reply-lac-to-cpc",
          "哥斯达黎加人民先锋党复函中联部",
          "12月5日，哥斯达黎加人民先锋党总书记复函中联部，感谢中方就该党建党九十周年发来的贺函。",
          "2021-12-07", url(IDCPC_ZH, "2021-12-07", 44),
          msg("Costa Rica", "2021-12-05", {PVP}, BL)),

    # ---- I. a message carried by an envoy, or read out at an event ----
    Probe("envoy-hands-over-letter",
          "驻古巴大使马辉转交习近平总书记复信",
          "当地时间6月12日，中国驻古巴大使马辉拜会古共中央第二书记莫拉莱斯，转交习近平总书记给"
          "古共中央第一书记迪亚斯-卡内尔的复信。莫拉莱斯请马辉转达对习近平总书记的感谢。",
          "2023-06-14", url(IDCPC_ZH, "2023-06-14", 45),
          msg("Cuba", "2023-06-12", {PCC}, BL)),
    Probe("envoy-oral-message-headline-message",
          "习近平向奥尔特加转达口信",
          "11月8日，中国驻尼加拉瓜大使陈曦在马那瓜向桑解阵总书记奥尔特加转达了习近平总书记的口信，"
          "祝贺桑解阵在地方选举中取得胜利。",
          "2022-11-10", url(IDCPC_ZH, "2022-11-10", 46),
          msg("Nicaragua", "2022-11-08", {FSLN}, BL)),
    Probe("meeting-headline-with-oral-message",
          "李希会见古巴共产党代表团",
          "5月9日，中共中央政治局常委李希在北京会见由古共中央组织部部长率领的古巴共产党代表团。"
          "李希请代表团转达习近平总书记对迪亚斯-卡内尔第一书记的亲切问候。",
          "2024-05-10", url(IDCPC_ZH, "2024-05-10", 47),
          msg("Cuba", "2024-05-09", {PCC}, BL, event_type="meeting")),
    Probe("letter-read-at-forum",
          "中国共产党与拉美和加勒比政党论坛在京举行 习近平致贺信",
          "12月6日，中国共产党与拉美和加勒比政党论坛在北京开幕。中共中央总书记习近平向论坛致贺信，"
          "贺信由中联部部长在开幕式上宣读。来自拉美和加勒比地区二十余个国家的政党领导人出席。",
          "2022-12-07", url(IDCPC_ZH, "2022-12-07", 48),
          msg("multilateral", "2022-12-06", set(), R, event_type="forum", content=KE)),
    Probe("letter-read-at-bilateral-seminar",
          "中古两党理论研讨会举行 习近平致信",
          "11月16日，第十一届中国共产党与古巴共产党理论研讨会在哈瓦那举行。习近平总书记向研讨会致"
          "贺信，由中联部副部长宣读。两党代表围绕党的建设交流经验。",
          "2023-11-17", url(IDCPC_ZH, "2023-11-17", 49),
          msg("Cuba", "2023-11-16", {PCC}, BL, event_type="seminar", content=KE)),
    Probe("idcpc-letter-to-webinar-for-cadres",
          "中联部部长致信拉美政党干部研修班",
          "9月14日，中共中央对外联络部为委内瑞拉统一社会主义党干部举办的线上研修班开班。中联部部长"
          "刘建超致信研修班，预祝研修取得成功。",
          "2023-09-15", url(IDCPC_ZH, "2023-09-15", 50),
          msg("Venezuela", "2023-09-14", {PSUV}, BL, event_type="training_course", content=KE)),
    Probe("message-read-at-lac-party-congress",
          "中联部贺电在巴西共产党代表大会上宣读",
          "当地时间10月15日，巴西共产党第十六次代表大会在巴西利亚开幕，中联部发来的贺电在开幕式上"
          "宣读。",
          "2021-10-17", url(IDCPC_ZH, "2021-10-17", 51),
          msg("Brazil", "2021-10-15", {PCDOB}, BL),
          doubtful={"event_type": "the party congress is not one of the codebook's rule-1 events "
                                  "between the two sides, so the CPC's part is a message; a coder "
                                  "could still call it other"}),

    # ---- J. condolences, sympathy, thanks, cards ----
    Probe("sympathy-hurricane-cuba",
          "习近平就古巴遭受飓风灾害向迪亚斯-卡内尔致慰问电",
          "9月30日，中共中央总书记、国家主席习近平就古巴西部遭受飓风袭击致电古共中央第一书记、国家"
          "主席迪亚斯-卡内尔，代表中国政府和人民表示深切慰问。",
          "2022-10-01", url(IDCPC_ZH, "2022-10-01", 52),
          msg("Cuba", "2022-09-30", {PCC}, BL)),
    Probe("condolence-idcpc-chile-president",
          "中联部就泰列尔逝世向智利共产党致唁电",
          "7月5日，中联部致电智共中央，对智利共产党主席吉列尔莫·泰列尔逝世表示沉痛哀悼，向其家属致以"
          "慰问。",
          "2023-07-06", url(IDCPC_ZH, "2023-07-06", 53),
          msg("Chile", "2023-07-05", {PCCH}, BL)),
    Probe("condolence-letter-mexico-earthquake",
          "中联部就墨西哥地震致函国家复兴运动党",
          "中联部9月21日致函墨西哥国家复兴运动党，就墨西哥南部发生强烈地震造成重大人员伤亡表示慰问。",
          "2022-09-22", url(IDCPC_ZH, "2022-09-22", 54),
          msg("Mexico", "2022-09-21", {MORENA}, BL)),
    Probe("thanks-letter-fsln",
          "桑解阵致函感谢中联部",
          "日前，桑解阵国际关系书记致函中联部，感谢中方为尼加拉瓜应对飓风灾害提供援助。",
          "2020-12-03", url(IDCPC_ZH, "2020-12-03", 55),
          msg("Nicaragua", None, {FSLN}, BL)),
    Probe("new-year-card-from-lac",
          "古巴共产党中央国际关系部向中联部寄来新年贺卡",
          "12月28日，中联部收到古巴共产党中央国际关系部寄来的新年贺卡，卡中祝愿中古两党友谊长青。",
          "2024-01-03", url(IDCPC_ZH, "2024-01-03", 56),
          msg("Cuba", "2023-12-28", {PCC}, BL)),
    Probe("condolence-guyana-floods",
          "中联部就圭亚那洪灾向圭人民进步党致慰问函",
          "6月8日，中联部致函圭亚那人民进步党总书记贾格迪奥，就圭亚那近期严重洪灾向圭方表示慰问。",
          "2021-06-09", url(IDCPC_ZH, "2021-06-09", 57),
          msg("Guyana", "2021-06-08", {PPP}, BL)),

    # ---- K. the department's government site and agency/newspaper copies ----
    Probe("gov-site-xi-message-ortega",
          "习近平致电祝贺奥尔特加再次当选桑解阵总书记",
          "3月9日，中共中央总书记习近平致电奥尔特加，祝贺他再次当选尼加拉瓜桑地诺民族解放阵线总书记。",
          "2025-03-10", url(IDCPC_GOV, "2025-03-10", 58),
          msg("Nicaragua", "2025-03-09", {FSLN}, BL)),
    Probe("xinhua-copy-dateline-same-day",
          "习近平致电祝贺古巴共产党中央第一书记",
          copy("2021-04-20", "xinhua",
               "新华社北京4月19日电 当天，中共中央总书记习近平致电迪亚斯-卡内尔，祝贺他当选古巴共产党"
               "中央委员会第一书记。习近平在贺电中表示，愿同他一道推动两党关系迈上新台阶。"),
          "2021-04-20", url(XINHUA, "2021-04-20", 59),
          msg("Cuba", "2021-04-19", {PCC}, BL)),
    Probe("people-copy-dateline-only",
          "中共中央致电祝贺委内瑞拉统一社会主义党第五次代表大会开幕",
          copy("2021-12-11", "people",
               "新华社北京12月10日电 中共中央致电委内瑞拉统一社会主义党，祝贺该党第五次代表大会开幕。"
               "贺电表示，中共高度重视同统社党的关系。"),
          "2021-12-11", url(PEOPLE, "2021-12-11", 60),
          msg("Venezuela", "2021-12-10", {PSUV}, BL)),
    Probe("gmw-copy-local-time",
          "巴西劳工党致函祝贺中共二十大胜利闭幕",
          copy("2022-10-25", "gmw",
               "光明网讯 当地时间23日，巴西劳工党全国主席霍夫曼致函中共中央，祝贺中共二十大胜利闭幕，"
               "并表示劳工党期待同中共深化交往。"),
          "2022-10-25", url(GMW, "2022-10-25", 61),
          msg("Brazil", "2022-10-23", {PT}, BL)),
    Probe("cns-copy-several-lac",
          "拉美政党致电祝贺中共成立一百周年",
          copy("2021-07-02", "cns",
               "中新网7月2日电 据中联部消息，近日，委内瑞拉统社党、桑解阵、萨尔瓦多法解阵等政党领导人"
               "纷纷致电中共中央总书记习近平，祝贺中国共产党成立100周年。"),
          "2021-07-02", url(CNS, "2021-07-02", 62),
          msg("multilateral", None, {PSUV, FSLN, FMLN}, RL)),
    Probe("provincial-paper-copy-cuba-thanks",
          "古共中央致函感谢中方援助",
          copy("2021-08-20", "prov",
               "本报北京8月19日电 古巴共产党中央委员会18日致函中联部，感谢中国共产党和中国人民在古巴抗击"
               "新冠疫情期间提供的援助。"),
          "2021-08-20", url(PROV, "2021-08-20", 63),
          msg("Cuba", "2021-08-18", {PCC}, BL)),
    Probe("thepaper-copy-undated",
          "乌拉圭广泛阵线致函中共中央",
          copy("2024-11-30", "paper",
               "据中联部网站消息，乌拉圭广泛阵线主席日前致函中共中央，通报该党候选人赢得总统选举，"
               "并表示愿同中共继续加强友好往来。"),
          "2024-11-30", url(PAPER, "2024-11-30", 64),
          msg("Uruguay", None, {FA}, BL)),
    Probe("wechat-copy-month-day",
          "中联部致电祝贺厄瓜多尔公民革命运动",
          copy("2023-02-09", "wechat",
               "2月7日，中联部致电厄瓜多尔公民革命运动，祝贺该党在地方选举中取得佳绩，表示愿同该党加强"
               "治国理政经验交流。"),
          "2023-02-09", url(WECHAT, "2023-02-09", 65),
          msg("Ecuador", "2023-02-07", {RC}, BL)),
    Probe("xinhua-copy-month-day-previous-year",
          "中联部收到拉美友党新年贺卡",
          copy("2023-01-04", "xinhua",
               "新华社北京1月4日电 据中联部消息，12月30日，中联部收到智利共产党中央委员会寄来的新年贺卡，"
               "祝愿两党关系在新的一年里继续发展。"),
          "2023-01-04", url(XINHUA, "2023-01-04", 66),
          msg("Chile", "2022-12-30", {PCCH}, BL)),
    Probe("people-copy-yesterday",
          "古共中央致电祝贺中共二十大胜利闭幕",
          copy("2022-10-24", "people",
               "本网北京10月24日电 古巴共产党中央委员会昨天致电中共中央，热烈祝贺中共二十大胜利闭幕。"),
          "2022-10-24", url(PEOPLE, "2022-10-24", 67),
          msg("Cuba", "2022-10-23", {PCC}, BL)),

    # ---- L. traditional characters: Hong Kong, Macao, Taiwan portals and big5 copies ----
    Probe("trad-big5-xi-to-pcc",
          "習近平致電祝賀古巴共產黨第八次代表大會召開",
          copy("2021-04-17", "big5",
               "新華社北京4月16日電 中共中央總書記習近平16日致電古巴共產黨中央委員會，熱烈祝賀古共八大"
               "開幕。習近平表示，中古兩黨是志同道合的好同志。", trad=True),
          "2021-04-17", url(BIG5, "2021-04-17", 68),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("trad-hk-psuv-received",
          "委內瑞拉統一社會主義黨致電祝賀中共二十大",
          copy("2022-10-22", "hk",
               "中共中央10月21日收到委內瑞拉統一社會主義黨主席馬杜羅發來的賀電，祝賀中共二十大勝利召開。",
               trad=True),
          "2022-10-22", url(HK, "2022-10-22", 69),
          msg("Venezuela", "2022-10-21", {PSUV}, BL)),
    Probe("trad-mo-fsln-short",
          "桑解陣致函祝賀中共成立一百周年",
          copy("2021-07-03", "mo",
               "據中聯部消息，尼加拉瓜桑解陣總書記奧爾特加日前致函習近平總書記，祝賀中國共產黨成立一百"
               "周年。", trad=True),
          "2021-07-03", url(MO, "2021-07-03", 70),
          msg("Nicaragua", None, {FSLN}, BL)),
    Probe("trad-tw-several-lac",
          "拉美多國政黨祝賀中共二十大開幕",
          copy("2022-10-18", "tw",
               "（中央社台北18日電）據中國大陸官方媒體報導，古巴共產黨、委內瑞拉統一社會主義黨、巴西勞工黨"
               "等拉美政黨16日分別致電中共中央，祝賀中共二十大開幕。", trad=True),
          "2022-10-18", url(TW, "2022-10-18", 71),
          msg("multilateral", "2022-10-16", {PCC, PSUV, PT}, RL)),
    Probe("trad-hk-condolence-chile",
          "中聯部就智利共產黨主席逝世致唁電",
          copy("2023-07-06", "hk",
               "7月5日，中聯部致電智利共產黨中央委員會，對智共主席泰列爾逝世表示深切哀悼。", trad=True),
          "2023-07-06", url(HK, "2023-07-06", 72),
          msg("Chile", "2023-07-05", {PCCH}, BL)),
    Probe("trad-big5-brazil-communist-short",
          "巴共主席致函祝賀中共二十屆三中全會",
          copy("2024-07-26", "big5",
               "新華社北京7月25日電 巴西共產黨主席桑托斯當天致函中共中央，祝賀二十屆三中全會勝利召開。",
               trad=True),
          "2024-07-26", url(BIG5, "2024-07-26", 73),
          msg("Brazil", "2024-07-25", {PCDOB}, BL)),
    Probe("trad-mo-full-letter-signature",
          "烏拉圭廣泛陣線致中國共產黨的賀函",
          copy("2021-07-05", "mo",
               "中國共產黨中央委員會：\n欣逢貴黨成立一百周年，廣泛陣線全國領導層向貴黨致以熱烈祝賀。\n"
               "烏拉圭廣泛陣線主席\n費爾南多·佩雷拉\n2021年6月30日於蒙得維的亞", trad=True),
          "2021-07-05", url(MO, "2021-07-05", 74),
          msg("Uruguay", "2021-06-30", {FA}, BL)),
    Probe("trad-tw-salvador-local-time",
          "薩爾瓦多法解陣致電中共中央",
          copy("2022-10-20", "tw",
               "（中央社台北20日電）薩爾瓦多法拉本多·馬蒂民族解放陣線當地時間19日致電中共中央，祝賀中共"
               "二十大召開。", trad=True),
          "2022-10-20", url(TW, "2022-10-20", 75),
          msg("El Salvador", "2022-10-19", {FMLN}, BL)),
    Probe("trad-hk-exchanged-new-year",
          "中古兩黨互致新年賀電",
          copy("2025-01-02", "hk",
               "1月1日，中共中央與古巴共產黨中央委員會互致賀電，祝賀新年。", trad=True),
          "2025-01-02", url(HK, "2025-01-02", 76),
          msg("Cuba", "2025-01-01", {PCC}, BL)),
    Probe("trad-big5-sao-paulo-forum",
          "聖保羅論壇致函祝賀中共成立一百周年",
          copy("2021-07-03", "big5",
               "新華社北京7月2日電 聖保羅論壇執行書記近日致函中聯部，祝賀中國共產黨成立100周年，讚賞中共"
               "為拉美左翼政黨提供的經驗。", trad=True),
          "2021-07-03", url(BIG5, "2021-07-03", 77),
          msg("multilateral", None, set(), RL)),

    # ---- M. regional bodies and platforms ----
    Probe("sao-paulo-forum-simplified",
          "圣保罗论坛致电祝贺中共二十大",
          "10月20日，圣保罗论坛执行书记莫妮卡·瓦伦特致电中联部，代表论坛成员党祝贺中共二十大"
          "胜利召开。",
          "2022-10-21", url(IDCPC_ZH, "2022-10-21", 78),
          msg("multilateral", "2022-10-20", set(), RL)),
    Probe("copppal-letter",
          "拉美政党常设大会主席致函中联部",
          "3月2日，拉丁美洲和加勒比政党常设大会主席致函中联部部长，感谢中方邀请该组织出席相关活动，"
          "表示愿深化同中共的交往。",
          "2023-03-03", url(IDCPC_ZH, "2023-03-03", 79),
          msg("multilateral", "2023-03-02", set(), R)),
    Probe("idcpc-to-copppal-condolence",
          "中联部就拉美政党常设大会前主席逝世致唁函",
          "中联部2月14日致函拉美政党常设大会（COPPPAL），对该组织前主席逝世表示哀悼。",
          "2024-02-15", url(IDCPC_ZH, "2024-02-15", 80),
          msg("multilateral", "2024-02-14", set(), R)),

    # ---- N. party names: full, short, abbreviated, with and without the country prefix ----
    Probe("abbrev-guzhong-no-prefix",
          "古共中央致电祝贺中共成立103周年",
          "7月1日，古共中央致电中共中央，祝贺中国共产党成立103周年。",
          "2024-07-02", url(IDCPC_ZH, "2024-07-02", 81),
          msg("Cuba", "2024-07-01", {PCC}, BL)),
    Probe("abbrev-tongshe-party",
          "统社党致函祝贺中共二十届三中全会",
          "7月22日，统社党国际事务副主席致函中联部，祝贺中共二十届三中全会成功召开。",
          "2024-07-23", url(IDCPC_ZH, "2024-07-23", 82),
          msg("Venezuela", "2024-07-22", {PSUV}, BL)),
    Probe("abbrev-zhigong-condolence-reply",
          "智共致函感谢中方慰问",
          "7月10日，智共总书记卡莫纳致函中联部，感谢中方对该党主席逝世的慰问。",
          "2023-07-11", url(IDCPC_ZH, "2023-07-11", 83),
          msg("Chile", "2023-07-10", {PCCH}, BL)),
    Probe("abbrev-fajie-message",
          "中联部致函祝贺法解阵全国代表大会召开",
          "11月26日，中联部致函法解阵，祝贺该党全国代表大会在圣萨尔瓦多召开。",
          "2023-11-27", url(IDCPC_ZH, "2023-11-27", 84),
          msg("El Salvador", "2023-11-26", {FMLN}, BL)),
    Probe("full-name-venezuela-communists",
          "委内瑞拉共产党致电祝贺中共成立一百周年",
          "6月30日，委内瑞拉共产党总书记致电中共中央，祝贺中国共产党成立一百周年。",
          "2021-07-01", url(IDCPC_ZH, "2021-07-01", 85),
          msg("Venezuela", "2021-06-30", {PCV}, BL)),
    Probe("full-name-urng",
          "危地马拉全国革命联盟致函中联部",
          "9月3日，危地马拉全国革命联盟总书记致函中联部，祝贺中国人民抗日战争胜利纪念日。",
          "2020-09-04", url(IDCPC_ZH, "2020-09-04", 86),
          msg("Guatemala", "2020-09-03", {URNG}, BL)),
    Probe("full-name-argentina-communists",
          "阿根廷共产党来电祝贺中共二十大",
          "10月22日，阿根廷共产党总书记来电，祝贺中共二十大胜利召开。",
          "2022-10-23", url(IDCPC_ZH, "2022-10-23", 87),
          msg("Argentina", "2022-10-22", {PCA}, BL)),
    Probe("panama-prd-no-left",
          "巴拿马民主革命党致函祝贺中共二十大",
          "10月21日，巴拿马民主革命党总书记致函中共中央，祝贺中共二十大召开，并感谢中方对巴拿马发展"
          "的支持。",
          "2022-10-22", url(IDCPC_ZH, "2022-10-22", 88),
          msg("Panama", "2022-10-21", {PRD_PA}, B)),
    Probe("trinidad-pnm-no-left",
          "特立尼达和多巴哥人民民族运动来函",
          "11月2日，特立尼达和多巴哥人民民族运动主席来函，祝贺中共二十大胜利闭幕。",
          "2022-11-03", url(IDCPC_ZH, "2022-11-03", 89),
          msg("Trinidad and Tobago", "2022-11-02", {PNM}, B)),

    # ---- O. dates given by day only ----
    Probe("date-day-only-n-ri",
          "中联部致函祝贺尼加拉瓜桑解阵",
          "中联部19日致函桑解阵，祝贺尼加拉瓜桑地诺革命胜利四十四周年。",
          "2023-07-20", url(IDCPC_ZH, "2023-07-20", 90),
          msg("Nicaragua", "2023-07-19", {FSLN}, BL)),
    Probe("date-day-before-month-turn",
          "中联部致电祝贺巴西劳工党",
          "中联部30日致电巴西劳工党，祝贺该党候选人卢拉赢得巴西总统选举。",
          "2022-11-01", url(IDCPC_ZH, "2022-11-01", 91),
          msg("Brazil", "2022-10-30", {PT}, BL)),
    Probe("date-lunar-context-stated-day",
          "中联部向拉美友党致春节问候",
          "在农历癸卯年春节（1月22日）到来之际，中联部1月18日致函古巴共产党中央，致以节日问候。",
          "2023-01-19", url(IDCPC_ZH, "2023-01-19", 92),
          msg("Cuba", "2023-01-18", {PCC}, BL)),
    Probe("date-lunar-only-no-day",
          "古共中央致函祝贺中国农历新年",
          "在中国农历春节来临之际，古共中央国际关系部致函中联部，向中国共产党人致以节日祝福。",
          "2024-02-07", url(IDCPC_ZH, "2024-02-07", 93),
          msg("Cuba", None, {PCC}, BL),
          doubtful={"event_date": "no day in the text and no dateline: the codebook says null; the "
                                  "project's fallback to the printed day decides otherwise"}),
    Probe("date-occasion-day-not-message-day",
          "中联部致函祝贺古巴革命胜利65周年",
          "1月2日，中联部致函古共中央，祝贺1月1日古巴革命胜利65周年。",
          "2024-01-03", url(IDCPC_ZH, "2024-01-03", 94),
          msg("Cuba", "2024-01-02", {PCC}, BL)),
    Probe("date-dangtian-after-occasion-day",
          "习近平致电祝贺卢拉当选巴西劳工党名誉主席",
          "6月5日，巴西劳工党举行全国会议。中共中央总书记习近平当天致电卢拉，表示祝贺。",
          "2023-06-07", url(IDCPC_ZH, "2023-06-07", 95),
          msg("Brazil", "2023-06-05", {PT}, BL)),

    # ---- P. negatives: non-LAC partners that mention a LAC place; LAC-to-LAC messages ----
    Probe("neg-vietnam-mentions-cuba",
          "习近平致电祝贺越南共产党第十四次代表大会召开",
          "1月19日，中共中央总书记习近平致电越共中央，祝贺越共十四大召开。贺电表示，中越同为社会主义"
          "国家，将同古巴、老挝等社会主义国家一道维护社会主义事业。",
          "2026-01-20", url(IDCPC_ZH, "2026-01-20", 96),
          NO),
    Probe("neg-laos-meeting-in-havana",
          "中联部致函老挝人民革命党中央对外联络部",
          "9月2日，中联部致函老挝人革党中央对外联络部，感谢老方代表在哈瓦那国际会议期间同中方的密切"
          "配合。",
          "2023-09-03", url(IDCPC_ZH, "2023-09-03", 97),
          NO),
    Probe("neg-cuba-to-venezuela",
          "古巴共产党致电祝贺委内瑞拉统社党代表大会",
          "据古巴媒体报道，古共中央11月28日致电委内瑞拉统一社会主义党，祝贺该党代表大会召开，重申古委"
          "两党团结。",
          "2024-11-30", url(IDCPC_ZH, "2024-11-30", 98),
          NO),
    Probe("neg-fsln-to-pcc",
          "桑解阵致函古共中央",
          "尼加拉瓜桑解阵近日致函古巴共产党中央委员会，对古巴遭受飓风灾害表示慰问。",
          "2022-10-05", url(IDCPC_ZH, "2022-10-05", 99),
          NO),
    Probe("neg-sao-paulo-forum-to-pt",
          "圣保罗论坛致函巴西劳工党",
          "圣保罗论坛执行书记处10月31日致函巴西劳工党，祝贺卢拉赢得巴西大选。",
          "2022-11-02", url(IDCPC_ZH, "2022-11-02", 100),
          NO),
    Probe("neg-guinea-lookalike",
          "中联部致函几内亚人民联盟",
          "8月10日，中联部致函几内亚人民联盟，祝贺该党成立周年。",
          "2020-08-11", url(IDCPC_ZH, "2020-08-11", 101),
          NO),
    Probe("neg-portugal-mentions-brazil",
          "葡萄牙共产党致电祝贺中共二十大",
          "10月20日，葡萄牙共产党总书记致电中共中央，祝贺中共二十大召开。他在贺电中提到，葡共将在巴西"
          "等葡语国家宣介中共二十大精神。",
          "2022-10-21", url(IDCPC_ZH, "2022-10-21", 102),
          NO),
    Probe("neg-spain-psoe-leader-died-in-mexico",
          "中联部就西班牙工人社会党前领导人逝世致唁电",
          "5月3日，中联部致电西班牙工人社会党，对该党前领导人在墨西哥城访问期间病逝表示哀悼。",
          "2021-05-04", url(IDCPC_ZH, "2021-05-04", 103),
          NO),
    Probe("neg-greek-communists-venezuela-solidarity",
          "希腊共产党致函中共中央",
          "希腊共产党中央近日致函中共中央，祝贺中国共产党成立100周年，并在函中表示支持委内瑞拉人民"
          "捍卫主权。",
          "2021-07-04", url(IDCPC_ZH, "2021-07-04", 104),
          NO),
    Probe("neg-trad-pcch-to-fa",
          "智利共產黨致函烏拉圭廣泛陣線",
          copy("2024-12-02", "hk",
               "智利共產黨中央12月1日致函烏拉圭廣泛陣線，祝賀該黨候選人在總統選舉中獲勝。", trad=True),
          "2024-12-02", url(HK, "2024-12-02", 105),
          NO),
    Probe("neg-trad-korea-mentions-caribbean",
          "中聯部致函朝鮮勞動黨國際部",
          copy("2023-10-12", "big5",
               "新華社北京10月11日電 中聯部當天致函朝鮮勞動黨中央國際部，就加勒比地區國際會議的籌備工作"
               "交換意見。", trad=True),
          "2023-10-12", url(BIG5, "2023-10-12", 106),
          NO),
    Probe("neg-mpla-meeting-in-sao-paulo",
          "中联部致函安哥拉人民解放运动",
          "6月20日，中联部致函安哥拉人民解放运动，感谢安人运代表在巴西圣保罗出席国际会议期间同中方"
          "交流。",
          "2023-06-21", url(IDCPC_ZH, "2023-06-21", 107),
          NO),
    Probe("neg-pt-to-morena",
          "巴西劳工党致电墨西哥国家复兴运动党",
          "6月3日，巴西劳工党致电墨西哥国家复兴运动党，祝贺辛鲍姆当选墨西哥总统。",
          "2024-06-05", url(IDCPC_ZH, "2024-06-05", 108),
          NO),
    Probe("neg-russia-mentions-latin-america",
          "统一俄罗斯党致函中共中央",
          "10月19日，统一俄罗斯党主席致函中共中央，祝贺中共二十大召开，并表示愿同中共在拉丁美洲等地区"
          "的多边政党平台上加强协作。",
          "2022-10-20", url(IDCPC_ZH, "2022-10-20", 109),
          NO),
    Probe("neg-spain-leader-in-havana",
          "西班牙共产党致电祝贺中共成立一百周年",
          "6月30日，西班牙共产党致电中共中央祝贺建党百年。贺电发出当天，该党领导人正在古巴哈瓦那访问。",
          "2021-07-01", url(IDCPC_ZH, "2021-07-01", 110),
          NO),

    # ---- Q. more shapes ----
    Probe("xi-message-peru-left-no-prefix",
          "习近平致电祝贺秘鲁共产党（红色祖国）全国代表大会",
          "12月9日，中共中央致电秘鲁共产党（红色祖国），祝贺该党全国代表大会召开。",
          "2023-12-10", url(IDCPC_ZH, "2023-12-10", 111),
          msg("Peru", "2023-12-09", {PCP_RF}, BL)),
    Probe("sender-long-title-then-name-late",
          "中共中央政治局委员、中联部部长致电祝贺",
          "在委内瑞拉统一社会主义党成立十五周年之际，代表中国共产党中央对外联络部，并以个人名义，"
          "中联部部长刘建超3月14日致电统社党第一副主席卡韦略，表示热烈祝贺。",
          "2022-03-15", url(IDCPC_ZH, "2022-03-15", 112),
          msg("Venezuela", "2022-03-14", {PSUV}, BL)),
    Probe("message-pair-in-one-page-two-lac",
          "中联部分别致函智利社会党和智利共产党",
          "1月10日，中联部分别致函智利社会党和智利共产党，祝贺两党领导人当选。",
          "2024-01-11", url(IDCPC_ZH, "2024-01-11", 113),
          msg("Chile", "2024-01-10", {PSCH, PCCH}, BL)),
    Probe("two-countries-separately",
          "中联部分别致电祝贺巴西劳工党和乌拉圭广泛阵线",
          "11月25日，中联部分别致电巴西劳工党和乌拉圭广泛阵线，祝贺两党在选举中取得佳绩。",
          "2024-11-26", url(IDCPC_ZH, "2024-11-26", 114),
          msg("multilateral", "2024-11-25", {PT, FA}, RL)),
    Probe("vice-minister-message-bolivia",
          "中联部副部长致函玻利维亚争取社会主义运动",
          "日前，中联部副部长孙海燕致函玻利维亚争取社会主义运动全国领导层，就该党成立周年表示祝贺。",
          "2024-03-28", url(IDCPC_ZH, "2024-03-28", 115),
          msg("Bolivia", None, {MAS}, BL)),
    Probe("wechat-copy-trad-cuba-reply",
          "迪亞斯-卡內爾覆信習近平總書記",
          copy("2023-06-20", "mo",
               "6月18日，古巴共產黨中央第一書記迪亞斯-卡內爾覆信習近平總書記，感謝中方對古巴的支持。",
               trad=True),
          "2023-06-20", url(MO, "2023-06-20", 116),
          msg("Cuba", "2023-06-18", {PCC}, BL)),
    # ---- R. more traditional-character copies of other shapes ----
    Probe("trad-hk-late-sender-preamble",
          "中聯部致函祝賀尼加拉瓜桑解陣建黨周年",
          copy("2024-07-20", "hk",
               "值此尼加拉瓜桑地諾民族解放陣線成立63周年、尼加拉瓜革命勝利45周年之際，在中尼兩黨友好交往"
               "不斷深化的背景下，中聯部7月19日致函桑解陣全國領導委員會，表示熱烈祝賀。", trad=True),
          "2024-07-20", url(HK, "2024-07-20", 117),
          msg("Nicaragua", "2024-07-19", {FSLN}, BL)),
    Probe("trad-tw-received-pt",
          "中共中央收到巴西勞工黨賀電",
          copy("2022-10-24", "tw",
               "（中央社台北24日電）據新華社報導，中共中央22日收到巴西勞工黨全國主席霍夫曼發來的賀電，"
               "祝賀中共二十大勝利召開。", trad=True),
          "2022-10-24", url(TW, "2022-10-24", 118),
          msg("Brazil", "2022-10-22", {PT}, BL)),
    Probe("trad-mo-list-several",
          "拉美政黨紛紛致電祝賀中共成立一百周年",
          copy("2021-07-04", "mo",
               "據中聯部消息，近日，古巴共產黨、烏拉圭廣泛陣線、智利共產黨、墨西哥勞動黨等拉美政黨紛紛"
               "致電致函，祝賀中國共產黨成立一百周年。", trad=True),
          "2021-07-04", url(MO, "2021-07-04", 119),
          msg("multilateral", None, {PCC, FA, PCCH, PT_MX}, RL)),
    Probe("trad-big5-come-letter-says",
          "哥倫比亞共產黨來函",
          copy("2022-11-05", "big5",
               "新華社北京11月4日電 哥倫比亞共產黨總書記當天來函表示，祝賀中共二十大勝利閉幕，哥共願同"
               "中共加強交流互鑒。", trad=True),
          "2022-11-05", url(BIG5, "2022-11-05", 120),
          msg("Colombia", "2022-11-04", {PCCOL}, BL)),
    Probe("trad-hk-full-letter-xi",
          "習近平致古巴共產黨的賀信",
          copy("2021-04-17", "hk",
               "古巴共產黨中央委員會：\n欣聞古共八大召開，我謹代表中國共產黨中央委員會致以熱烈祝賀。"
               "\n祝大會取得圓滿成功！\n中國共產黨中央委員會總書記\n習近平\n2021年4月16日", trad=True),
          "2021-04-17", url(HK, "2021-04-17", 121),
          msg("Cuba", "2021-04-16", {PCC}, BL)),
    Probe("trad-tw-cpc-side-only-headline",
          "習近平致電",
          copy("2024-06-04", "tw",
               "（中央社台北4日電）中共總書記習近平3日致電墨西哥國家復興運動黨，祝賀該黨候選人辛鮑姆"
               "勝選。", trad=True),
          "2024-06-04", url(TW, "2024-06-04", 122),
          msg("Mexico", "2024-06-03", {MORENA}, BL)),
    Probe("trad-mo-envoy-conveys",
          "中國駐委內瑞拉大使轉交習近平總書記賀信",
          copy("2023-04-14", "mo",
               "當地時間4月12日，中國駐委內瑞拉大使藍虎拜會統社黨第一副主席卡韋略，轉交習近平總書記致"
               "統社黨的賀信。", trad=True),
          "2023-04-14", url(MO, "2023-04-14", 123),
          msg("Venezuela", "2023-04-12", {PSUV}, BL)),
    Probe("trad-big5-exchanged-pcdob",
          "中聯部與巴西共產黨互致賀函",
          copy("2022-03-26", "big5",
               "新華社北京3月25日電 中聯部與巴西共產黨當天互致賀函，慶祝巴共成立一百周年。", trad=True),
          "2022-03-26", url(BIG5, "2022-03-26", 124),
          msg("Brazil", "2022-03-25", {PCDOB}, BL)),
    Probe("trad-hk-condolence-fidel",
          "習近平就菲德爾·卡斯特羅逝世致唁電",
          copy("2016-11-27", "hk",
               "中共中央總書記習近平26日致電古共中央第一書記勞爾·卡斯特羅，對菲德爾·卡斯特羅同志逝世表示"
               "沉痛哀悼。", trad=True),
          "2016-11-27", url(HK, "2016-11-27", 125),
          msg("Cuba", "2016-11-26", {PCC}, BL)),
    Probe("trad-tw-forum-letter",
          "習近平向中共與拉美政黨論壇致賀信",
          copy("2022-12-07", "tw",
               "（中央社台北7日電）中國共產黨與拉美和加勒比政黨論壇6日在北京開幕，習近平向論壇致賀信。"
               "拉美多國政黨領導人與會。", trad=True),
          "2022-12-07", url(TW, "2022-12-07", 126),
          msg("multilateral", "2022-12-06", set(), R, event_type="forum", content=KE)),
    Probe("trad-mo-thanks-recently",
          "智利社會黨致函感謝中聯部",
          copy("2023-08-02", "mo",
               "智利社會黨主席日前致函中聯部，感謝中方對該黨代表團訪華的周到安排。", trad=True),
          "2023-08-02", url(MO, "2023-08-02", 127),
          msg("Chile", None, {PSCH}, BL)),
    Probe("trad-hk-card-dominican",
          "多米尼加解放黨寄來新年賀卡",
          copy("2024-01-05", "hk",
               "12月29日，中聯部收到多米尼加解放黨主席寄來的新年賀卡。", trad=True),
          "2024-01-05", url(HK, "2024-01-05", 128),
          msg("Dominican Republic", "2023-12-29", {PLD}, B)),
    Probe("neg-trad-mo-venezuela-to-cuba",
          "統社黨致電古共中央",
          copy("2024-01-03", "mo",
               "委內瑞拉統社黨1月1日致電古巴共產黨中央，祝賀古巴革命勝利65周年。", trad=True),
          "2024-01-03", url(MO, "2024-01-03", 129),
          NO),
]


# Second batch, written after the first round of fixes (the code then read only in part): further
# shapes, measured once before any change for them.
PROBES_2: list[Probe] = [
    Probe("b2-lac-dateline-xinhua-havana",
          "古共中央第一书记致电习近平祝贺中共成立一百周年",
          copy("2021-07-01", "xinhua",
               "新华社哈瓦那6月30日电 古巴共产党中央第一书记迪亚斯-卡内尔30日致电中共中央总书记习近平，"
               "祝贺中国共产党成立一百周年。"),
          "2021-07-01", url(XINHUA, "2021-07-01", 201),
          msg("Cuba", "2021-06-30", {PCC}, BL)),
    Probe("b2-local-evening-dateline-caracas",
          "委内瑞拉统社党致电祝贺中共二十大闭幕",
          copy("2022-10-24", "people",
               "新华社加拉加斯10月23日电 委内瑞拉统一社会主义党当地时间22日晚发表贺电，祝贺中国共产党"
               "第二十次全国代表大会胜利闭幕，并向中共中央致以兄弟般的问候。"),
          "2022-10-24", url(PEOPLE, "2022-10-24", 202),
          msg("Venezuela", "2022-10-22", {PSUV}, BL)),
    Probe("b2-sender-office-only-headline",
          "桑解阵总书记致函习近平总书记",
          "11月12日，尼加拉瓜桑地诺民族解放阵线总书记奥尔特加致函习近平总书记，感谢中方对尼加拉瓜"
          "人民的支持。",
          "2022-11-14", url(IDCPC_ZH, "2022-11-14", 203),
          msg("Nicaragua", "2022-11-12", {FSLN}, BL)),
    Probe("b2-provincial-committee-to-broad-front",
          "浙江省委书记致函乌拉圭广泛阵线主席",
          "5月20日，中共浙江省委书记致函乌拉圭广泛阵线主席，感谢该党代表团访问浙江期间给予的"
          "配合，并邀请对方再次来访。",
          "2024-05-21", url(IDCPC_ZH, "2024-05-21", 204),
          msg("Uruguay", "2024-05-20", {FA}, BL)),
    Probe("b2-apra-non-left",
          "秘鲁阿普拉党致函中联部",
          "10月26日，秘鲁阿普拉党总书记致函中联部，祝贺中共二十大胜利闭幕。",
          "2022-10-27", url(IDCPC_ZH, "2022-10-27", 205),
          msg("Peru", "2022-10-26", {"Peruvian Aprista Party"}, B)),
    Probe("b2-caricom-letter",
          "加勒比共同体秘书长致函中联部",
          "4月8日，加勒比共同体秘书长致函中联部部长，感谢中方邀请加共体代表出席相关交流活动。",
          "2024-04-09", url(IDCPC_ZH, "2024-04-09", 206),
          msg("multilateral", "2024-04-08", set(), R)),
    Probe("b2-countries-no-party-names",
          "巴西阿根廷乌拉圭等国政党领导人致函祝贺中共成立100周年",
          "近日，巴西、阿根廷、乌拉圭等南美国家多个政党的领导人纷纷致函中共中央，祝贺中国共产党"
          "成立100周年。",
          "2021-07-07", url(IDCPC_ZH, "2021-07-07", 207),
          msg("multilateral", None, set(), R)),
    Probe("b2-joint-letter-two-countries",
          "智利社会党和乌拉圭广泛阵线联名致函中联部",
          "9月5日，智利社会党和乌拉圭广泛阵线两党主席联名致函中联部，感谢中方举办的政党对话会。",
          "2023-09-06", url(IDCPC_ZH, "2023-09-06", 208),
          msg("multilateral", "2023-09-05", {PSCH, FA}, RL)),
    Probe("b2-joint-letter-same-country",
          "墨西哥劳动党与国家复兴运动党联名来函",
          "12月2日，墨西哥劳动党与国家复兴运动党联名来函，祝贺中国共产党与墨西哥政党交流机制建立"
          "十周年。",
          "2023-12-04", url(IDCPC_ZH, "2023-12-04", 209),
          msg("Mexico", "2023-12-02", {PT_MX, MORENA}, BL)),
    Probe("b2-full-letter-idcpc-signature",
          "中联部致古巴共产党中央国际关系部的贺函",
          "古巴共产党中央国际关系部：\n值此新年来临之际，我部谨向贵部全体同事致以诚挚问候，"
          "祝愿两党交流合作更上层楼。\n中共中央对外联络部\n2023年12月29日",
          "2024-01-02", url(IDCPC_ZH, "2024-01-02", 210),
          msg("Cuba", "2023-12-29", {PCC}, BL)),
    Probe("b2-meeting-headline-receives-letter",
          "刘建超会见古巴驻华大使",
          "3月6日，中联部部长刘建超在京会见古巴驻华大使佩雷拉。佩雷拉转交了古共中央第二书记致刘建超"
          "的信函。双方就两党交往交换意见。",
          "2023-03-07", url(IDCPC_ZH, "2023-03-07", 211),
          {"relevant": True, "country": "Cuba", "event_type": "meeting", "event_date": "2023-03-06",
           "content": DI}),
    Probe("b2-weekday-relative",
          "中联部致电祝贺巴西劳工党候选人胜选",
          "中联部上周一致电巴西劳工党，祝贺该党候选人在总统选举第二轮投票中胜出。",
          "2022-11-03", url(IDCPC_ZH, "2022-11-03", 212),
          msg("Brazil", "2022-10-24", {PT}, BL)),  # 上周一: the Monday of the week before the printed day
    Probe("b2-this-month-day",
          "古共中央致电感谢中方",
          "本月10日，古巴共产党中央委员会致电中共中央，感谢中方援助古巴电力系统恢复。",
          "2024-11-15", url(IDCPC_ZH, "2024-11-15", 213),
          msg("Cuba", "2024-11-10", {PCC}, BL)),
    Probe("b2-full-year-before-publication",
          "智利共产党致中共中央的新年贺信",
          "2022年12月31日，智利共产党中央委员会致信中共中央，祝贺新年，并表示期待两党在新的一年"
          "加强往来。",
          "2023-01-03", url(IDCPC_ZH, "2023-01-03", 214),
          msg("Chile", "2022-12-31", {PCCH}, BL)),
    Probe("b2-trad-yesterday",
          "古共中央致電祝賀中共二十屆三中全會",
          copy("2024-07-20", "hk",
               "古巴共產黨中央委員會昨日致電中共中央，熱烈祝賀中共二十屆三中全會勝利閉幕。", trad=True),
          "2024-07-20", url(HK, "2024-07-20", 215),
          msg("Cuba", "2024-07-19", {PCC}, BL)),
    Probe("b2-trad-several-with-non-lac",
          "多國政黨致電祝賀中共成立一百周年",
          copy("2021-07-02", "tw",
               "（中央社台北2日電）越南共產黨、老撾人民革命黨、古巴共產黨、尼加拉瓜桑解陣及委內瑞拉"
               "統社黨等多國政黨1日致電中共中央，祝賀中國共產黨成立一百周年。", trad=True),
          "2021-07-02", url(TW, "2021-07-02", 216),
          msg("multilateral", "2021-07-01", {PCC, FSLN, PSUV}, RL),
          doubtful={"mechanism": "a roundup of messages from parties worldwide with three LAC parties: "
                                 "regional by the group rule, global by another reading"}),
    Probe("b2-trad-mo-idcpc-condolence-hurricane",
          "中聯部就颶風災害向牙買加人民民族黨致慰問函",
          copy("2024-07-05", "mo",
               "中聯部7月4日致函牙買加人民民族黨，就颶風「貝麗爾」給牙買加造成的損失表示慰問。", trad=True),
          "2024-07-05", url(MO, "2024-07-05", 217),
          msg("Jamaica", "2024-07-04", {PNP_JM}, BL)),
    Probe("b2-trad-big5-reply-to-mas",
          "中聯部部長覆函玻利維亞爭取社會主義運動",
          copy("2021-03-12", "big5",
               "新華社北京3月11日電 中聯部部長宋濤當天覆函玻利維亞爭取社會主義運動主席，感謝該黨對中國"
               "共產黨的支持。", trad=True),
          "2021-03-12", url(BIG5, "2021-03-12", 218),
          msg("Bolivia", "2021-03-11", {MAS}, BL)),
    Probe("b2-letter-to-theory-seminar-multi",
          "习近平向中拉政党理论研讨会致贺信",
          "11月29日，中国共产党与拉美和加勒比政党理论研讨会在京开幕，习近平总书记致贺信。古巴、"
          "委内瑞拉、巴西等国政党代表出席。",
          "2023-11-30", url(IDCPC_ZH, "2023-11-30", 219),
          msg("multilateral", "2023-11-29", set(), R, event_type="seminar", content=KE),
          doubtful={"parties": "the countries' parties are named only by country (古巴、委内瑞拉…政党); "
                               "no party name, so no party in the list"}),
    Probe("b2-message-to-brics-party-forum-lac",
          "习近平向金砖国家政党论坛致贺信",
          "6月10日，金砖国家政党、智库和民间社会组织论坛在福州开幕，习近平总书记致贺信。巴西劳工党"
          "代表等出席。",
          "2023-06-11", url(IDCPC_ZH, "2023-06-11", 220),
          msg("multilateral", "2023-06-10", {PT}, {"global", "leftist"}, event_type="forum", content=KE)),
    Probe("b2-video-message-to-lac-party-congress",
          "刘建超向墨西哥劳动党代表大会发表视频致辞",
          "当地时间8月26日，墨西哥劳动党全国代表大会在墨西哥城开幕，中联部部长刘建超发表视频致辞，"
          "祝贺大会召开。",
          "2023-08-28", url(IDCPC_ZH, "2023-08-28", 221),
          msg("Mexico", "2023-08-26", {PT_MX}, BL),
          doubtful={"event_type": "a video address to a LAC party's own congress: no rule-1 event "
                                  "between the two sides, so message by its nature (a greeting); a "
                                  "coder might code other, or forum as the project does (a congress "
                                  "with guests)",
                   "content": "follows the event type: daily interaction for a message, knowledge "
                              "exchange for a forum"}),
    Probe("b2-card-exchange",
          "中联部与萨尔瓦多法解阵互赠新年贺卡",
          "12月27日，中联部与萨尔瓦多法拉本多·马蒂民族解放阵线互赠新年贺卡，祝愿两党友谊长存。",
          "2023-12-28", url(IDCPC_ZH, "2023-12-28", 222),
          msg("El Salvador", "2023-12-27", {FMLN}, BL)),
    Probe("b2-occasion-headline-only-cuba-anniv",
          "庆祝中古两党关系建立六十周年",
          "9月28日，古共中央国际关系部部长致函中联部，祝贺两党关系建立六十周年。",
          "2020-09-29", url(IDCPC_ZH, "2020-09-29", 223),
          msg("Cuba", "2020-09-28", {PCC}, BL)),
    Probe("b2-pcv-short-weigong",
          "委共总书记致函中联部",
          "6月25日，委内瑞拉共产党总书记致函中联部，祝贺中国共产党成立100周年即将到来。",
          "2021-06-26", url(IDCPC_ZH, "2021-06-26", 224),
          msg("Venezuela", "2021-06-25", {PCV}, BL)),
    Probe("b2-libre-trad-local-time",
          "宏都拉斯自由與重建黨致函中聯部",
          copy("2024-03-27", "tw",
               "（中央社台北27日電）宏都拉斯執政黨自由與重建黨當地時間25日致函中共中聯部，慶祝宏中建交"
               "一周年。", trad=True),
          "2024-03-27", url(TW, "2024-03-27", 225),
          msg("Honduras", "2024-03-25", {LIBRE}, BL)),
    Probe("b2-neg-cuba-to-laos",
          "古共中央致电祝贺老挝人民革命党成立周年",
          "3月22日，古巴共产党中央委员会致电老挝人民革命党中央，祝贺老挝人革党成立周年。",
          "2024-03-23", url(IDCPC_ZH, "2024-03-23", 226),
          NO),
    Probe("b2-neg-cpc-to-spain-about-celac",
          "中联部致函西班牙人民党",
          "5月9日，中联部致函西班牙人民党，就该党在欧盟与拉共体峰会筹备中的作用交换看法。",
          "2023-05-10", url(IDCPC_ZH, "2023-05-10", 227),
          NO),
    Probe("b2-neg-trad-argentina-to-brazil",
          "阿根廷正義黨致電巴西勞工黨",
          copy("2022-11-01", "tw",
               "（中央社台北1日電）阿根廷正義黨10月31日致電巴西勞工黨，祝賀盧拉當選巴西總統。", trad=True),
          "2022-11-01", url(TW, "2022-11-01", 228),
          NO),
    Probe("b2-neg-guyana-lookalike-french",
          "中联部致函法国共产党",
          "4月2日，中联部致函法国共产党全国书记，祝贺该党代表大会召开。该党在法属圭亚那设有"
          "地方组织。",
          "2023-04-03", url(IDCPC_ZH, "2023-04-03", 229),
          NO),
]


# Third batch: Taiwan's names for countries and parties, senders only at the end of long preambles,
# signatures and roundup paragraphs, and further relative days; measured once before any change.
PROBES_3: list[Probe] = [
    Probe("b3-signature-only-sender-occasion-title",
          "致中国共产党中央委员会的贺信",
          "尊敬的习近平总书记：\n欣闻中国共产党第二十次全国代表大会胜利闭幕，我们谨向您再次当选中共中央"
          "总书记表示最热烈的祝贺。中国共产党领导中国人民取得的成就令人钦佩。我们相信，在新的征程上，"
          "中国人民必将创造新的辉煌。\n顺致崇高的敬意！\n乌拉圭共产党总书记\n胡安·卡斯蒂略\n2022年10月"
          "24日",
          "2022-10-28", url(IDCPC_ZH, "2022-10-28", 301),
          msg("Uruguay", "2022-10-24", {PCU}, BL)),
    Probe("b3-long-preamble-sender-late-title-occasion",
          "热烈祝贺中国共产党成立一百周年",
          "在中国共产党迎来百年华诞的历史性时刻，在中国人民全面建成小康社会、开启全面建设社会主义现代化"
          "国家新征程的重要节点，在两党关系不断深化、双方在治党治国经验交流方面日益密切的背景下，厄瓜多尔"
          "公民革命运动全国领导委员会6月28日致函中共中央，表示热烈祝贺。",
          "2021-06-30", url(IDCPC_ZH, "2021-06-30", 302),
          msg("Ecuador", "2021-06-28", {RC}, BL)),
    Probe("b3-roundup-lac-third-paragraph",
          "多国政党致电祝贺中国共产党成立103周年",
          "7月1日，多国政党和政党组织致电致函中共中央，祝贺中国共产党成立103周年。\n越南共产党中央"
          "在贺电中表示，越方高度评价中共取得的成就。\n老挝人民革命党中央表示，老方愿同中方深化"
          "合作。\n古巴共产党中央委员会在贺电中说，古共坚定支持中共。",
          "2024-07-02", url(IDCPC_ZH, "2024-07-02", 303),
          msg("Cuba", "2024-07-01", {PCC}, BL)),
    Probe("b3-roundup-two-lac-paragraphs",
          "多国政党领导人致电祝贺中共二十届三中全会召开",
          "近日，多国政党领导人致电致函习近平总书记，祝贺中共二十届三中全会胜利召开。\n俄罗斯统一"
          "俄罗斯党主席在贺电中表示祝贺。\n尼加拉瓜桑地诺民族解放阵线总书记奥尔特加表示，全会的决定"
          "具有深远意义。\n智利共产党总书记卡莫纳表示，智共期待学习中共的经验。",
          "2024-07-26", url(IDCPC_ZH, "2024-07-26", 304),
          msg("multilateral", None, {FSLN, PCCH}, RL),
          doubtful={"mechanism": "a worldwide roundup with two LAC senders: regional by the group rule, "
                                 "global by another reading"}),
    Probe("b3-short-name-after-country-context",
          "乌拉圭执政党致函中联部",
          "11月28日，乌拉圭执政党广泛阵线主席致函中联部，介绍该党赢得大选的情况。广泛阵线表示愿"
          "同中共继续加强交往。",
          "2024-11-29", url(IDCPC_ZH, "2024-11-29", 305),
          msg("Uruguay", "2024-11-28", {FA}, BL)),
    Probe("b3-labour-party-short-after-brazil",
          "巴西执政党劳工党致电中联部",
          "巴西执政党劳工党9月18日致电中联部，感谢中方对巴西抗击干旱和森林火灾的支持。",
          "2024-09-19", url(IDCPC_ZH, "2024-09-19", 306),
          msg("Brazil", "2024-09-18", {PT}, BL)),
    Probe("b3-peru-dash-form",
          "秘鲁共产党-红色祖国致函中联部",
          "3月10日，秘鲁共产党-红色祖国总书记致函中联部，感谢中方邀请该党干部参加交流活动。",
          "2023-03-11", url(IDCPC_ZH, "2023-03-11", 307),
          msg("Peru", "2023-03-10", {PCP_RF}, BL)),
    Probe("b3-tw-guatemala-name",
          "瓜地馬拉全國革命聯盟致函中共中聯部",
          copy("2022-10-25", "tw",
               "（中央社台北25日電）據中共中聯部網站，瓜地馬拉全國革命聯盟總書記23日致函中聯部，祝賀中共"
               "二十大閉幕。", trad=True),
          "2022-10-25", url(TW, "2022-10-25", 308),
          msg("Guatemala", "2022-10-23", {URNG}, BL)),
    Probe("b3-tw-costa-rica-name",
          "哥斯大黎加人民先鋒黨致電中共",
          copy("2021-07-02", "tw",
               "（中央社台北2日電）哥斯大黎加人民先鋒黨總書記6月30日致電中共中央，祝賀中共建黨百年。",
               trad=True),
          "2021-07-02", url(TW, "2021-07-02", 309),
          msg("Costa Rica", "2021-06-30", {PVP}, BL)),
    Probe("b3-tw-trinidad-name",
          "千里達及托巴哥人民民族運動致函中共",
          copy("2022-11-04", "tw",
               "（中央社台北4日電）千里達及托巴哥執政黨人民民族運動主席2日致函中共中央，祝賀中共二十大"
               "閉幕。", trad=True),
          "2022-11-04", url(TW, "2022-11-04", 310),
          msg("Trinidad and Tobago", "2022-11-02", {PNM}, B)),
    Probe("b3-tw-dominican-name",
          "多明尼加解放黨致函中共中央",
          copy("2021-07-03", "tw",
               "（中央社台北3日電）多明尼加解放黨主席1日致函中共中央，祝賀中國共產黨成立100周年。",
               trad=True),
          "2021-07-03", url(TW, "2021-07-03", 311),
          msg("Dominican Republic", "2021-07-01", {PLD}, B)),
    Probe("b3-tw-sandinista-transliteration",
          "尼加拉瓜桑定陣線致電習近平",
          copy("2022-10-18", "tw",
               "（中央社台北18日電）尼加拉瓜執政黨桑定民族解放陣線總書記奧蒂嘉16日致電中共總書記習近平，"
               "祝賀中共二十大開幕。", trad=True),
          "2022-10-18", url(TW, "2022-10-18", 312),
          msg("Nicaragua", "2022-10-16", {FSLN}, BL)),
    Probe("b3-hk-local-evening",
          "委內瑞拉共產黨致電中共中央",
          copy("2024-07-21", "hk",
               "委內瑞拉共產黨總書記當地時間19日晚致電中共中央，祝賀二十屆三中全會勝利閉幕。", trad=True),
          "2024-07-21", url(HK, "2024-07-21", 313),
          msg("Venezuela", "2024-07-19", {PCV}, BL)),
    Probe("b3-day-before-yesterday",
          "古共中央致电中共中央",
          "古巴共产党中央委员会前天致电中共中央，感谢中方在古巴遭受飓风后提供紧急援助。",
          "2024-10-24", url(IDCPC_ZH, "2024-10-24", 314),
          msg("Cuba", "2024-10-22", {PCC}, BL)),
    Probe("b3-dateline-recently",
          "阿根廷共产党致函中联部",
          copy("2023-05-12", "xinhua",
               "新华社北京5月11日电 阿根廷共产党总书记日前致函中联部，感谢中方举办拉美政党干部考察团。"),
          "2023-05-12", url(XINHUA, "2023-05-12", 315),
          msg("Argentina", None, {PCA}, BL)),
    Probe("b3-beijing-time",
          "古巴共产党中央第一书记致电习近平",
          "北京时间10月16日，古巴共产党中央第一书记迪亚斯-卡内尔致电习近平总书记，祝贺中共二十大开幕。",
          "2022-10-17", url(IDCPC_ZH, "2022-10-17", 316),
          msg("Cuba", "2022-10-16", {PCC}, BL)),
    Probe("b3-today-on-dateline",
          "中联部致电祝贺智利社会党",
          copy("2023-06-18", "cns",
               "中新网北京6月17日电 中联部今天致电智利社会党，祝贺该党新一届领导层产生。"),
          "2023-06-18", url(CNS, "2023-06-18", 317),
          msg("Chile", "2023-06-17", {PSCH}, BL)),
    Probe("b3-cpc-delegation-reads-letter-abroad",
          "中共代表团出席古共八大并转交习近平总书记贺信",
          "4月16日至19日，古巴共产党第八次代表大会在哈瓦那举行。中共代表团出席开幕式，并转交了习近平"
          "总书记致大会的贺信。",
          "2021-04-20", url(IDCPC_ZH, "2021-04-20", 318),
          msg("Cuba", "2021-04-16", {PCC}, BL, event_type="delegation_visit_abroad"),
          doubtful={"event_type": "a CPC delegation at a LAC party's congress that hands over Xi's "
                                  "letter: the headline names both; the delegation's attendance is "
                                  "a visit abroad, the letter a message"}),
    Probe("b3-paper-copy-sender-in-last-paragraph",
          "中国共产党成立一百周年之际收到的贺信（之五）",
          copy("2021-07-09", "paper",
               "以下是部分外国政党发来的贺信摘要。\n贺信表示，中国共产党百年来带领人民取得了历史性成就，"
               "为发展中国家树立了榜样。我们愿同贵党加强交流合作。\n——巴拿马民主革命党总书记"),
          "2021-07-09", url(PAPER, "2021-07-09", 319),
          msg("Panama", None, {PRD_PA}, B)),
    Probe("b3-neg-tw-cuba-to-vietnam",
          "古巴共產黨致電越共",
          copy("2024-02-04", "tw",
               "（中央社台北4日電）古巴共產黨中央3日致電越南共產黨中央，祝賀越共建黨94周年。", trad=True),
          "2024-02-04", url(TW, "2024-02-04", 320),
          NO),
    Probe("b3-neg-cpc-to-vietnam-mentions-latin-american-visit",
          "中联部致函越共中央对外部",
          "3月5日，中联部致函越共中央对外部，感谢越方代表团在访问古巴、尼加拉瓜期间与中方代表交流。",
          "2024-03-06", url(IDCPC_ZH, "2024-03-06", 321),
          NO),
]


# Fourth batch: Caribbean and Andean parties under Taiwan's and Hong Kong's names for their
# countries, and a few more shapes; measured once before any change.
PROBES_4: list[Probe] = [
    Probe("b4-tw-ecuador-short-name",
          "厄瓜多公民革命運動致函中共",
          copy("2021-07-03", "tw",
               "（中央社台北3日電）厄瓜多公民革命運動1日致函中共中央，祝賀中共建黨百年。", trad=True),
          "2021-07-03", url(TW, "2021-07-03", 401),
          msg("Ecuador", "2021-07-01", {RC}, BL)),
    Probe("b4-tw-guyana-name",
          "蓋亞那人民進步黨致電中共中央",
          copy("2022-10-21", "tw",
               "（中央社台北21日電）蓋亞那執政黨人民進步黨總書記賈格迪奧19日致電中共中央，祝賀中共二十大"
               "召開。", trad=True),
          "2022-10-21", url(TW, "2022-10-21", 402),
          msg("Guyana", "2022-10-19", {PPP}, BL)),
    Probe("b4-tw-barbados-name",
          "巴貝多勞工黨致函中共",
          copy("2021-07-05", "tw",
               "（中央社台北5日電）巴貝多執政黨巴貝多勞工黨2日致函中共中央，祝賀中共建黨100周年。",
               trad=True),
          "2021-07-05", url(TW, "2021-07-05", 403),
          msg("Barbados", "2021-07-02", {"Barbados Labour Party"}, B)),
    Probe("b4-tw-grenada-name",
          "格瑞那達全國民主大會黨致電中共",
          copy("2022-10-26", "tw",
               "（中央社台北26日電）格瑞那達執政黨全國民主大會黨24日致電中共中央，祝賀中共二十大閉幕。",
               trad=True),
          "2022-10-26", url(TW, "2022-10-26", 404),
          msg("Grenada", "2022-10-24", {"National Democratic Congress (Grenada)"}, B)),
    Probe("b4-tw-suriname-name",
          "蘇利南民族民主黨致函中聯部",
          copy("2021-07-06", "tw",
               "（中央社台北6日電）蘇利南民族民主黨主席6月30日致函中共中聯部，祝賀中共建黨百年。", trad=True),
          "2021-07-06", url(TW, "2021-07-06", 405),
          msg("Suriname", "2021-06-30", {"National Democratic Party (Suriname)"}, B)),
    Probe("b4-tw-belize-name",
          "貝里斯人民聯合黨致函中共",
          copy("2022-10-27", "tw",
               "（中央社台北27日電）貝里斯人民聯合黨25日致函中共中央，祝賀中共二十大閉幕。", trad=True),
          "2022-10-27", url(TW, "2022-10-27", 406),
          msg("Belize", "2022-10-25", {"People's United Party"}, B)),
    Probe("b4-hk-saint-lucia-name",
          "聖露西亞工黨致函中聯部",
          copy("2023-07-03", "hk",
               "聖露西亞工黨領袖6月30日致函中聯部，祝賀中國共產黨成立102周年。", trad=True),
          "2023-07-03", url(HK, "2023-07-03", 407),
          msg("Saint Lucia", "2023-06-30", {"Saint Lucia Labour Party"}, B)),
    Probe("b4-antigua-tw-name",
          "安地卡及巴布達工黨致函中共",
          copy("2022-10-28", "tw",
               "（中央社台北28日電）安地卡及巴布達工黨26日致函中共中央，祝賀中共二十大閉幕。", trad=True),
          "2022-10-28", url(TW, "2022-10-28", 408),
          msg("Antigua and Barbuda", "2022-10-26", {"Antigua and Barbuda Labour Party"}, B)),
    Probe("b4-caribbean-parties-list-simplified",
          "加勒比政党致函祝贺中共二十大",
          "10月25日，圭亚那人民进步党、苏里南民族民主党、格林纳达全国民主大会党等加勒比政党致函中共中央，"
          "祝贺中共二十大胜利闭幕。",
          "2022-10-26", url(IDCPC_ZH, "2022-10-26", 409),
          msg("multilateral", "2022-10-25", {PPP, "National Democratic Party (Suriname)",
                                             "National Democratic Congress (Grenada)"}, RL)),
    Probe("b4-message-and-gift",
          "习近平复信智利友人",
          "9月6日，中共中央总书记习近平复信智利社会党前主席，感谢他长期致力于中智友好。",
          "2023-09-07", url(IDCPC_ZH, "2023-09-07", 410),
          msg("Chile", "2023-09-06", {PSCH}, BL)),
    Probe("b4-neg-tw-dominica-vs-dominican",
          "多米尼克工黨致函中共",
          copy("2022-10-27", "tw",
               "（中央社台北27日電）多米尼克工黨25日致函中共中央，祝賀中共二十大閉幕。", trad=True),
          "2022-10-27", url(TW, "2022-10-27", 411),
          msg("Dominica", "2022-10-25", {"Dominica Labour Party"}, B)),
    Probe("b4-neg-guinea-bissau-lookalike",
          "中联部致函几内亚比绍独立党",
          "6月1日，中联部致函几内亚比绍和佛得角非洲独立党，祝贺该党代表大会召开。",
          "2023-06-02", url(IDCPC_ZH, "2023-06-02", 412),
          NO),
]

# Probes whose value the codebook leaves open (the headline and the text point two ways); the
# project's reading is kept.
OPEN: dict[tuple[str, str], str] = {
    ("late-sender-lunar-festival-context", "country"):
        "doubtful: the headline says the greetings went to 拉美友好政党 (a group: multilateral), the text "
        "names only the Cuban party; the project follows the headline's group",
    ("late-sender-lunar-festival-context", "mechanism"):
        "doubtful: as for country (regional by the headline's group, bilateral by the text's one party)",
    ("idcpc-letter-to-webinar-for-cadres", "country"):
        "doubtful: the headline names a course for 拉美政党干部 (a regional course), the text one "
        "party's cadres; the project follows the headline",
    ("idcpc-letter-to-webinar-for-cadres", "mechanism"):
        "doubtful: as for country",
}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES + PROBES_2 + PROBES_3 + PROBES_4, OPEN))
def test_chinese_message_page_field(probe: Probe, name: str, expected):
    """Codebook: a `message` is a congratulation, condolence or letter exchanged between the two sides
    with no event around it, daily interaction; a letter to a seminar, forum or course takes that
    event's type; the country and mechanism follow the LAC actors (two or more LAC countries →
    multilateral, regional); the date is the day the message was sent or received as the text gives
    it (a stated day, 当天 the dateline's, 昨天 the day before; 近日/日前 none)."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES + PROBES_2 + PROBES_3 + PROBES_4)


# ---- the rules this campaign added, with their negatives ---------------------------------------------

ZH_URL = "https://www.idcpc.org.cn/lldt/202306/t20230608_1799001.html"


@pytest.mark.parametrize(("text", "expected"), [
    # the day glosses the occasion inside the 之际 frame: the message keeps 近日 (no day)
    ("值此巴西共产党成立101周年（3月25日）之际，中联部近日致函巴共中央，表示祝贺。", None),
    ("在古巴革命胜利纪念日（1月1日）来临前夕，中联部日前致电古共中央，致以问候。", None),
    # a day of the message itself, also when a 之际 frame follows in another clause
    ("值此巴西共产党成立101周年之际，中联部3月25日致函巴共中央，表示祝贺。", "2023-03-25"),
    ("3月25日，在巴西共产党成立101周年之际，中联部致函巴共中央。", "2023-03-25"),
])
def test_a_day_in_the_occasion_frame_is_the_occasions(text, expected):
    """Codebook, event_date: the first day of the exchange; a message's occasion is not it. A day
    inside 值此/在…之际 (or …前夕) names when the occasion falls, as a day before 的 does."""
    record = idcpc(text, title="中联部致函祝贺巴西共产党", published="2023-06-08", lang="zh", url=ZH_URL)
    assert record.event_date == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("驻巴西大使转交习近平总书记复信",
     "当地时间5月3日，中国驻巴西大使拜会巴西共产党主席，转交习近平总书记给她的复信。", True),
    ("駐智利大使轉達中共中央的賀電",
     "當地時間6月2日，中國駐智利大使拜會智利共產黨總書記，轉達中共中央的賀電。", True),
    # the ambassador's own activity, no CPC message carried: not a party exchange
    ("驻巴西大使会见巴西共产党主席",
     "当地时间5月3日，中国驻巴西大使会见巴西共产党主席，双方就两国关系交换意见。", False),
    ("驻巴西大使出席巴西共产党招待会",
     "当地时间5月3日，中国驻巴西大使出席巴西共产党举行的招待会，并转交使馆的贺信。", False),
])
def test_an_envoy_carrying_the_cpc_leaders_message_is_the_cpcs_exchange(title, text, expected):
    """Codebook, Who counts: an exchange led only by an ambassador is not one; a message of the CPC's
    general secretary or Central Committee that the ambassador hands over is the CPC's exchange."""
    record = idcpc(text, title=title, published="2023-06-08", lang="zh", url=ZH_URL)
    assert record.relevant is expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("圣保罗论坛致函巴西劳工党", "圣保罗论坛执行书记处5月3日致函巴西劳工党，祝贺该党成立周年。", False),
    ("拉美政党常设大会致电墨西哥革命制度党",
     "拉美政党常设大会5月3日致电墨西哥革命制度党，祝贺该党召开全国大会。", False),
    ("圣保罗论坛致函中联部", "圣保罗论坛执行书记处5月3日致函中联部，祝贺中共成立周年。", True),
])
def test_a_regional_platform_writing_to_a_lac_party_is_no_cpc_exchange(title, text, expected):
    """Codebook, relevant: an exchange between the CPC/IDCPC and LAC actors. A LAC-wide platform
    (São Paulo Forum, COPPPAL) is a LAC side of its own, so its message to a LAC party, with no
    Chinese side on the page, is an exchange between LAC actors."""
    record = idcpc(text, title=title, published="2023-06-08", lang="zh", url=ZH_URL)
    assert record.relevant is expected


@pytest.mark.parametrize(("text", "party"), [
    ("瓜地馬拉全國革命聯盟總書記5月3日致函中聯部，表示祝賀。", URNG),
    ("哥斯大黎加人民先鋒黨總書記5月3日致函中聯部，表示祝賀。", PVP),
    ("多明尼加解放黨主席5月3日致函中聯部，表示祝賀。", PLD),
    ("宏都拉斯自由與重建黨5月3日致函中聯部，表示祝賀。", LIBRE),
    # the mainland names still read as before
    ("危地马拉全国革命联盟总书记5月3日致函中联部，表示祝贺。", URNG),
    ("多米尼加解放党主席5月3日致函中联部，表示祝贺。", PLD),
])
def test_a_party_is_named_with_any_of_its_countrys_chinese_names(text, party):
    """Chinese opens a party's name with its country's; Taiwan's and Hong Kong's portals write the
    country by their own name (瓜地馬拉, 哥斯大黎加, 多明尼加), so the party is read under each."""
    record = idcpc(text, title="", published="2023-06-08", lang="zh", url=ZH_URL)
    assert parties(record) == {party}


def test_a_party_form_with_another_country_name_is_not_taken():
    """The country's other names open only its own parties' names: 多明尼加 is the Dominican
    Republic's, so 多米尼克工党 (Dominica) does not become the Dominican Republic's."""
    from nlp.gazetteer import _load_cached
    from nlp.gazetteer_entries import DATA_DIR
    from nlp.name_forms import country_forms_zh

    gaz = _load_cached(str(DATA_DIR))
    forms = {form for party in gaz.parties for form in country_forms_zh(gaz, party)}
    assert "多明尼加解放党" in forms and "瓜地马拉全国革命联盟" in forms
    assert not any(form.startswith(("多明尼克", "多米尼加工党")) for form in forms)


@pytest.mark.parametrize(("text", "expected"), [
    # the letter addressed to the congress is read at its opening: the congress's first day
    ("4月16日至19日，古巴共产党第八次代表大会在哈瓦那举行。中共代表团出席开幕式，并转交了习近平总书记致大会的"
     "贺信。", "2021-04-16"),
    # a message about the congress sent after it, not addressed to it: the occasion's day is not its
    ("4月16日至19日，古巴共产党第八次代表大会在哈瓦那举行。中联部近日就大会闭幕致函古共中央。", None),
])
def test_a_letter_to_a_gathering_takes_the_gatherings_day(text, expected):
    """Codebook, event_date: the first day of the exchange. 致大会的贺信 is a letter to the congress,
    as 向大会致贺信 is; it is read there, so the congress's opening is its day."""
    record = idcpc(text, title="中联部贺信祝贺古共八大", published="2021-04-20", lang="zh",
                   url="https://www.idcpc.org.cn/lldt/202104/t20210420_1799002.html")
    assert record.event_date == expected
