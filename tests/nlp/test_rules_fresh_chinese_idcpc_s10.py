# ruff: noqa: E501  (the probe texts are long Chinese sentences; splitting them mid-clause hurts reading)
"""Campaign 10N: a fresh blind mixed sample of Chinese-language IDCPC-type pages as a crawl meets
them (the IDCPC's own Chinese pages and copies on 人民网, 新华网, 中国新闻网, 光明网, 中国青年网,
provincial party papers and their e-paper pages, Hong Kong papers and embassy sites), 2012-2025,
about a quarter in traditional characters, about a third not relevant. Every probe is a
self-written release in the sites' style; party, country and official names are facts. Expected
values come from the codebook (SCHEMA.md) alone and are checked field by field."""

from __future__ import annotations

import pytest
from probe_harness import ZhProbe as Probe
from probe_harness import cases, record_of, value_of

SKIP = object()
URLS = {
    "zh": "https://www.idcpc.org.cn/bzhd/wshd/{y}{m}/t{y}{m}{d}_1.html",
    "lldt": "https://www.idcpc.org.cn/lldt/{y}{m}/t{y}{m}{d}_123.html",
    "people": "http://world.people.com.cn/n1/{y}/{m}{d}/c1002-3{m}{d}7.html",
    "xinhua": "http://www.xinhuanet.com/world/{y}-{m}/{d}/c_11{m}{d}5.htm",
    "cns": "https://www.chinanews.com.cn/gn/{y}/{m}-{d}/{m}{d}01.shtml",
    "gmw": "https://world.gmw.cn/{y}-{m}/{d}/content_3{m}{d}2.htm",
    "youth": "http://news.youth.cn/gn/{y}{m}/t{y}{m}{d}_1.htm",
    "hunan": "https://hnrb.voc.com.cn/hnrb_epaper/html/{y}-{m}/{d}/content_1{m}{d}.htm",
    "fujian": "https://fjrb.fjdaily.com/pc/con/{y}{m}/{d}/content_2{m}{d}.html",
    "wwp": "https://www.wenweipo.com/a/{y}{m}/{d}/AP6{m}{d}.html",
    "tkp": "http://www.takungpao.com/news/232108/{y}/{m}{d}/8{m}{d}.html",
    "emb": "http://cu.china-embassy.gov.cn/sgxw/{y}{m}/t{y}{m}{d}_1.htm",
}
HEADS = {
    "people": "人民网 | 国际频道 | 首页 | 时政 | 国际 | 观点\n",
    "xinhua": "新华网 | 首页 | 时政 | 国际 | 财经 | 思客\n",
    "cns": "中国新闻网 | 首页 | 滚动 | 时政 | 国际 | 社会\n",
    "gmw": "光明网 | 首页 | 国际 | 时政 | 理论\n",
    "youth": "中国青年网 | 首页 | 新闻 | 国内 | 国际\n",
    "hunan": "湖南日报 | 数字报 | 第01版：要闻 | 上一版 下一版\n",
    "fujian": "福建日报 | 电子版 | 第01版：要闻 | 往期回顾\n",
    "wwp": "文匯網 | 首頁 | 要聞 | 中國 | 國際 | 香港\n",
    "tkp": "大公網 | 首頁 | 新聞 | 中國 | 國際\n",
    "emb": "中华人民共和国驻古巴共和国大使馆 | 首页 | 使馆新闻 | 中古关系\n",
}


def _url(site: str, pub: str) -> str:
    y, m, d = pub.split("-")
    return URLS[site].format(y=y, m=m, d=d)


def _copy(site: str, pub: str, text: str) -> str:
    """Copies on other sites carry a date marker, menus and a byline around the release."""
    if site in ("zh", "lldt"):
        return text
    return f" date {pub}\n{HEADS[site]}{text}\n（责任编辑：李明）\n分享到：微信 微博"


P: list[Probe] = []


def probe(pid, site, pub, title, text, relevant=True, country=SKIP, date=SKIP, etype=SKIP,
          prt=SKIP, content=SKIP, mech=SKIP):
    exp = {"relevant": relevant}
    if relevant:
        exp.update(country=country, event_date=date, event_type=etype, parties=prt, content=content,
                   mechanism=mech)
    P.append(Probe(pid, title, _copy(site, pub, text), pub, _url(site, pub),
                   {name: want for name, want in exp.items() if want is not SKIP}))


DI, KE = "daily interaction", "knowledge exchange"
BI, LEFT = {"bilateral"}, {"bilateral", "leftist"}
REG, REGL = {"regional"}, {"regional", "leftist"}
GLO, GLOL = {"global"}, {"global", "leftist"}
PCC = {"Communist Party of Cuba"}
PSUV = {"United Socialist Party of Venezuela"}
PT = {"Workers' Party (Brazil)"}
PCdoB = {"Communist Party of Brazil"}
FSLN = {"Sandinista National Liberation Front"}
MAS = {"Movement for Socialism (Bolivia)"}
FMLN = {"Farabundo Martí National Liberation Front"}
PCCh = {"Communist Party of Chile"}
PSCh = {"Socialist Party of Chile"}
PJ = {"Justicialist Party"}
PRI = {"Institutional Revolutionary Party"}
PLD = {"Dominican Liberation Party"}
PTMX = {"Labor Party (Mexico)"}
PCU = {"Communist Party of Uruguay"}

# ---------------------------------------------------------------- 会见 / 会谈 (Beijing)
probe("a01", "zh", "2023-05-12", "刘建超会见古巴共产党中央政治局委员",
      "5月11日，中联部部长刘建超在京会见古巴共产党中央政治局委员、书记处书记莫拉莱斯一行。刘建超说，中古两党"
      "是志同道合的好同志、好战友。莫拉莱斯表示，古方高度赞赏中国共产党的发展成就，愿深化两党交流互鉴。",
      country="Cuba", date="2023-05-11", etype="meeting", prt=PCC, content=DI, mech=LEFT)
probe("a02", "xinhua", "2014-09-17", "王家瑞会见委内瑞拉统一社会主义党代表团",
      "新华社北京9月16日电 中共中央对外联络部部长王家瑞16日在京会见委内瑞拉统一社会主义党全国领导委员会委员"
      "率领的代表团。王家瑞表示，中方愿与委方加强治国理政经验交流。代表团团长感谢中方的热情接待。",
      country="Venezuela", date="2014-09-16", etype="meeting", prt=PSUV, content=DI, mech=LEFT)
probe("a03", "people", "2019-06-04", "宋涛同巴西劳工党主席会谈",
      "人民网北京6月3日电 3日，中联部部长宋涛在京同巴西劳工党主席格莱西·霍夫曼举行会谈。双方就两党关系、"
      "中巴关系及共同关心的国际和地区问题深入交换意见。",
      country="Brazil", date="2019-06-03", etype="meeting", prt=PT, content=DI, mech=LEFT)
probe("a04", "zh", "2017-03-22", "郭业洲会见墨西哥劳动党代表团",
      "3月21日，中联部副部长郭业洲在京会见由墨西哥劳动党全国委员会委员率领的代表团。郭业洲介绍了中共十八届六中"
      "全会精神。双方就加强党际交往交换意见。",
      country="Mexico", date="2017-03-21", etype="meeting", prt=PTMX, content=DI, mech=LEFT)
probe("a05", "cns", "2025-04-09", "中联部部长刘海星会见乌拉圭共产党总书记",
      "中新网北京4月8日电 据中联部网站消息，4月8日，中联部部长刘海星在京会见乌拉圭共产党总书记胡安·卡斯蒂略。"
      "刘海星表示，中方愿同乌共加强交往。卡斯蒂略表示，乌共坚定奉行一个中国原则。",
      country="Uruguay", date="2025-04-08", etype="meeting", prt=PCU, content=DI, mech=LEFT)
probe("a06", "zh", "2021-12-02", "陈洲会见阿根廷正义党代表",
      "12月1日，中联部副部长陈洲在京会见阿根廷正义党国际关系书记。双方就深化两党交往、推进中阿全面战略伙伴关系"
      "交换意见。",
      country="Argentina", date="2021-12-01", etype="meeting", prt=PJ, content=DI, mech=BI)
probe("a07", "gmw", "2018-11-15", "宋涛会见多米尼加解放党主席",
      "光明网讯 11月14日，中联部部长宋涛在京会见多米尼加解放党主席率领的代表团。宋涛表示，中多建交以来两国关系"
      "开局良好，中共愿同多米尼加解放党加强交流。",
      country="Dominican Republic", date="2018-11-14", etype="meeting", prt=PLD, content=DI, mech=BI)
probe("a08", "zh", "2024-06-27", "孙海燕会见智利共产党代表团",
      "6月26日，中联部副部长孙海燕在京会见智利共产党中央委员率领的干部考察团。孙海燕介绍了中国式现代化的实践。"
      "代表团表示，此次来华考察深受启发。",
      country="Chile", date="2024-06-26", etype="meeting", prt=PCCh, content=KE, mech=LEFT)
probe("a09", "zh", "2016-08-30", "李军会见萨尔瓦多法拉本多·马蒂民族解放阵线代表团",
      "8月29日，中联部副部长李军在京会见萨尔瓦多法拉本多·马蒂民族解放阵线中央委员率领的代表团。双方就两党关系"
      "交换意见。",
      country="El Salvador", date="2016-08-29", etype="meeting", prt=FMLN, content=DI, mech=LEFT)
probe("a10", "wwp", "2022-07-20", "劉建超會見玻利維亞駐華大使",
      "【文匯網訊】7月19日，中聯部部長劉建超在京會見玻利維亞駐華大使。雙方就加強兩國政黨交往交換意見。",
      country="Bolivia", date="2022-07-19", etype="meeting", prt=set(), content=DI, mech=BI)
probe("a11", "tkp", "2019-10-17", "宋濤會見古巴共產黨代表團",
      "大公報訊 據中聯部消息：10月16日，中聯部部長宋濤在京會見古巴共產黨中央委員、國際關係部部長率領的代表團。"
      "宋濤表示，中方願同古方落實好兩黨最高領導人共識。",
      country="Cuba", date="2019-10-16", etype="meeting", prt=PCC, content=DI, mech=LEFT)
probe("a12", "people", "2013-04-10", "王家瑞会见尼加拉瓜桑解阵代表团",
      "本报北京4月9日电 中联部部长王家瑞今天在京会见尼加拉瓜桑地诺民族解放阵线代表团，双方就加强两党交流"
      "交换了意见。",
      country="Nicaragua", date="2013-04-09", etype="meeting", prt=FSLN, content=DI, mech=LEFT)

# ---------------------------------------------------------------- 省里 会见 / 考察
probe("b01", "hunan", "2019-05-23", "杜家毫会见巴西劳工党干部考察团",
      "湖南日报5月22日讯（记者 张斌）今天下午，省委书记杜家毫在长沙会见由巴西劳工党全国执委会委员率领的劳工党"
      "干部考察团。杜家毫介绍了湖南经济社会发展情况。考察团一行将赴韶山、湘潭等地考察。",
      country="Brazil", date="2019-05-22", etype="meeting", prt=PT, content=KE, mech=LEFT)
probe("b02", "fujian", "2023-09-14", "省委书记会见古巴共产党代表团",
      "本报讯 13日，省委书记周祖翼在福州会见古巴共产党中央政治局委员率领的古共代表团。周祖翼表示，福建愿与古巴"
      "在农业、生物医药等领域深化合作。",
      country="Cuba", date="2023-09-13", etype="meeting", prt=PCC, content=DI, mech=LEFT)
probe("b03", "zh", "2018-07-26", "委内瑞拉统一社会主义党考察团访问浙江",
      "7月20日至25日，委内瑞拉统一社会主义党干部考察团应中联部邀请访问浙江，考察了杭州、湖州等地的乡村振兴、"
      "数字经济和基层党建情况。",
      country="Venezuela", date="2018-07-20", etype="field_trip", prt=PSUV, content=KE, mech=LEFT)
probe("b04", "wwp", "2024-04-18", "智利社會黨考察團訪問廣東",
      "【文匯報訊】4月15日至17日，智利社會黨幹部考察團在廣東考察，先後走訪深圳、廣州的科技企業和社區黨群服務中心。",
      country="Chile", date="2024-04-15", etype="field_trip", prt=PSCh, content=KE, mech=LEFT)
probe("b05", "youth", "2016-05-12", "墨西哥革命制度党青年考察团访问江苏",
      "中国青年网南京5月11日电 5月9日至11日，墨西哥革命制度党青年干部考察团在江苏考察，参观了苏州工业园区和"
      "南京的高新技术企业。",
      country="Mexico", date="2016-05-09", etype="field_trip", prt=PRI, content=KE, mech=BI)
probe("b06", "zh", "2015-10-30", "秘鲁政党干部考察团访问四川",
      "10月26日至29日，由秘鲁多个政党中青年干部组成的考察团访问四川，考察了成都、德阳等地的灾后重建和脱贫"
      "攻坚情况。",
      country="Peru", date="2015-10-26", etype="field_trip", prt=set(), content=KE, mech=BI)
probe("b07", "hunan", "2024-11-07", "沈晓明会见古巴驻华大使",
      "湖南日报11月6日讯 今天，省委书记沈晓明在长沙会见古巴驻华大使佩雷拉一行，双方就深化湘古交流合作交换意见。",
      country="Cuba", date="2024-11-06", etype="meeting", prt=set(), content=DI, mech=BI)
probe("b08", "tkp", "2018-09-05", "委內瑞拉統一社會主義黨代表團參訪福建",
      "大公報訊 記者福州報道：9月2日至4日，委內瑞拉統一社會主義黨代表團在福建參訪，考察了福州、泉州的企業和鄉村。",
      country="Venezuela", date="2018-09-02", etype="field_trip", prt=PSUV, content=KE, mech=LEFT)

# ---------------------------------------------------------------- 致电 / 贺电 / 唁电
probe("c01", "zh", "2021-04-20", "习近平致电祝贺迪亚斯-卡内尔当选古共中央第一书记",
      "4月19日，中共中央总书记、国家主席习近平致电米格尔·迪亚斯-卡内尔，祝贺他当选古巴共产党中央委员会第一书记。",
      country="Cuba", date="2021-04-19", etype="message", prt=PCC, content=DI, mech=LEFT)
probe("c02", "xinhua", "2016-11-27", "习近平就古巴革命领导人菲德尔·卡斯特罗逝世致唁电",
      "新华社北京11月26日电 中共中央总书记、国家主席习近平26日致电古巴共产党中央委员会第一书记劳尔·卡斯特罗，"
      "就古巴革命领导人菲德尔·卡斯特罗逝世表示深切哀悼。",
      country="Cuba", date="2016-11-26", etype="message", prt=PCC, content=DI, mech=LEFT)
probe("c03", "zh", "2022-11-02", "中联部致函祝贺巴西劳工党候选人卢拉胜选",
      "10月31日，中联部致函巴西劳工党主席霍夫曼，祝贺劳工党候选人卢拉在巴西大选中获胜。",
      country="Brazil", date="2022-10-31", etype="message", prt=PT, content=DI, mech=LEFT)
probe("c04", "zh", "2017-11-01", "拉美多国政党领导人致电祝贺中共十九大胜利召开",
      "近日，古巴共产党、尼加拉瓜桑地诺民族解放阵线、乌拉圭共产党、智利共产党等拉美政党领导人纷纷致电致函，"
      "热烈祝贺中国共产党第十九次全国代表大会胜利召开。",
      country="multilateral", date=None, etype="message", prt=PCC | FSLN | PCU | PCCh, content=DI, mech=REGL)
probe("c05", "people", "2021-07-05", "拉美政党政要致电祝贺中国共产党成立100周年",
      "人民网北京7月4日电 日前，委内瑞拉统一社会主义党、玻利维亚争取社会主义运动、巴西劳工党、墨西哥劳动党等拉美"
      "政党和政要纷纷致电致函，祝贺中国共产党成立100周年。",
      country="multilateral", date=None, etype="message", prt=PSUV | MAS | PT | PTMX, content=DI, mech=REGL)
probe("c06", "wwp", "2013-03-07", "中共中央就查韋斯逝世致唁電",
      "【文匯報訊】據新華社報道，中共中央3月6日致電委內瑞拉統一社會主義黨全國領導委員會，就委內瑞拉總統、"
      "統一社會主義黨主席查韋斯逝世表示深切哀悼。",
      country="Venezuela", date="2013-03-06", etype="message", prt=PSUV, content=DI, mech=LEFT)
probe("c07", "zh", "2019-11-20", "中联部致电祝贺乌拉圭广泛阵线",
      "11月19日，中联部致电乌拉圭广泛阵线主席，祝贺广泛阵线成立纪念日，表示愿同广泛阵线加强交往。",
      country="Uruguay", date="2019-11-19", etype="message", prt={"Broad Front"}, content=DI, mech=LEFT)
probe("c08", "emb", "2024-07-27", "中共中央致电古共中央祝贺“七·二六”攻打蒙卡达兵营71周年",
      "当地时间7月26日，中共中央致电古巴共产党中央委员会，热烈祝贺“七·二六”攻打蒙卡达兵营71周年。驻古巴大使"
      "转交了贺电。",
      country="Cuba", date="2024-07-26", etype="message", prt=PCC, content=DI, mech=LEFT)
probe("c09", "tkp", "2020-12-01", "阿根廷多個政黨致函中聯部慰問新冠疫情",
      "大公報訊 日前，阿根廷正義黨、阿根廷共產黨等多個政黨致函中聯部，就中國抗擊新冠肺炎疫情表示支持和慰問。",
      country="Argentina", date=None, etype="message", prt=PJ | {"Communist Party of Argentina"}, content=DI,
      mech=LEFT)

# ---------------------------------------------------------------- 视频会见 / 视频通话
probe("d01", "zh", "2020-09-16", "宋涛同古共中央国际关系部部长视频通话",
      "9月15日，中联部部长宋涛同古巴共产党中央委员、国际关系部部长巴拉格尔举行视频通话。双方就疫情防控合作和两党"
      "关系交换意见。",
      country="Cuba", date="2020-09-15", etype="video_call", prt=PCC, content=DI, mech=LEFT)
probe("d02", "xinhua", "2021-05-20", "宋涛视频会见墨西哥国家复兴运动主席",
      "新华社北京5月19日电 中联部部长宋涛19日视频会见墨西哥国家复兴运动主席马里奥·德尔加多。双方一致同意加强"
      "党际交流。",
      country="Mexico", date="2021-05-19", etype="video_call", prt={"National Regeneration Movement"}, content=DI,
      mech=LEFT)
probe("d03", "wwp", "2022-03-10", "劉建超視頻會見尼加拉瓜桑解陣代表",
      "【文匯網訊】3月9日，中聯部部長劉建超視頻會見尼加拉瓜桑地諾民族解放陣線全國領導委員會委員。",
      country="Nicaragua", date="2022-03-09", etype="video_call", prt=FSLN, content=DI, mech=LEFT)
probe("d04", "zh", "2020-06-24", "郭业洲同玻利维亚争取社会主义运动领导人通电话",
      "6月23日，中联部副部长郭业洲同玻利维亚争取社会主义运动全国领导人通电话，就疫情形势和两党交往交换意见。",
      country="Bolivia", date="2020-06-23", etype="phone_call", prt=MAS, content=DI, mech=LEFT)

# ---------------------------------------------------------------- 研讨会 / 研修班 / 论坛 / 对话会 / 宣介会
probe("e01", "lldt", "2023-05-12", "中古两党第四届理论研讨会在哈瓦那举行",
      "当地时间5月10日，中国共产党和古巴共产党第四届理论研讨会在哈瓦那举行。会议以“社会主义建设的理论与实践”为"
      "主题，两党代表围绕党的建设、经济发展等议题深入研讨。",
      country="Cuba", date="2023-05-10", etype="seminar", prt=PCC, content=KE, mech=LEFT)
probe("e03", "zh", "2019-08-20", "拉美国家政党干部研修班在京开班",
      "8月19日，由中联部主办的2019年拉美国家政党干部研修班在京开班。来自阿根廷、巴西、哥伦比亚、墨西哥、秘鲁"
      "等10个国家的30余名政党干部参加。研修班为期两周，学员将赴浙江、贵州考察。",
      country="multilateral", date="2019-08-19", etype="training_course", prt=set(), content=KE, mech=REG)
probe("e04", "xinhua", "2015-09-16", "首届中拉政党论坛在京开幕",
      "新华社北京9月16日电 首届中国共产党与拉美和加勒比政党论坛16日在北京开幕。来自拉美和加勒比地区27个国家"
      "的近百名政党领导人出席。论坛主题为“中拉发展战略对接与政党的作用”。",
      country="multilateral", date="2015-09-16", etype="forum", prt=SKIP, content=KE, mech=SKIP)
probe("e05", "zh", "2021-07-07", "中国共产党与世界政党领导人峰会举行 拉美政党领导人踊跃参加",
      "7月6日，中国共产党与世界政党领导人峰会以视频连线方式举行。古巴共产党中央第一书记迪亚斯-卡内尔、尼加拉瓜"
      "桑地诺民族解放阵线领导人等拉美政党领导人参加并发言。",
      country="multilateral", date="2021-07-06", etype="forum", prt=PCC | FSLN, content=KE, mech=GLOL)
probe("e06", "gmw", "2017-12-04", "中国共产党与世界政党高层对话会在京开幕",
      "光明网讯 12月1日，中国共产党与世界政党高层对话会在北京开幕。来自120多个国家的近300个政党和政治组织领导人"
      "出席，其中包括巴西劳工党、古巴共产党等拉美政党的代表。",
      country="multilateral", date="2017-12-01", etype="dialogue", prt=PT | PCC, content=KE, mech=GLOL)
probe("e07", "zh", "2022-11-10", "中联部举行中共二十大精神对拉美政党宣介会",
      "11月9日，中联部以视频方式举行中共二十大精神专题宣介会，向拉美和加勒比地区政党介绍二十大精神。阿根廷、"
      "巴西、智利、哥伦比亚、乌拉圭等国政党领导人出席。",
      country="multilateral", date="2022-11-09", etype="briefing", prt=set(), content=KE, mech=REG)
probe("e08", "wwp", "2020-11-25", "中共十九屆五中全會精神宣介會面向古巴舉行",
      "【文匯報訊】11月24日，中聯部以視頻方式向古巴共產黨宣介中共十九屆五中全會精神，古共中央國際關係部部長出席。",
      country="Cuba", date="2020-11-24", etype="briefing", prt=PCC, content=KE, mech=LEFT)
probe("e09", "zh", "2024-10-22", "中国—拉美和加勒比政党论坛在西安举行",
      "10月21日，中国共产党与拉美和加勒比政党论坛在陕西西安举行，来自拉美和加勒比地区20余个国家的政党领导人"
      "与会。",
      country="multilateral", date="2024-10-21", etype="forum", prt=SKIP, content=KE, mech=SKIP)
probe("e10", "people", "2023-12-08", "古巴政党干部研修班在京结业",
      "人民网北京12月7日电 7日，由中联部主办的古巴共产党干部研修班在京结业。研修班为期两周，学员学习了中国式"
      "现代化理论与实践。",
      country="Cuba", date="2023-12-07", etype="training_course", prt=PCC, content=KE, mech=LEFT)
probe("e11", "tkp", "2016-07-15", "中墨政黨理論研討會在墨西哥城舉行",
      "大公報訊 當地時間7月13日，中國共產黨與墨西哥國家行動黨、革命制度黨等政黨理論研討會在墨西哥城舉行，"
      "雙方圍繞“治國理政與政黨建設”主題展開研討。",
      country="Mexico", date="2016-07-13", etype="seminar", prt=PRI | {"National Action Party (Mexico)"},
      content=KE, mech=BI)
probe("e12", "youth", "2019-10-25", "拉美青年政治家研修班在京举办",
      "中国青年网北京10月24日电 10月14日至24日，拉美国家青年政治家研修班在京举办，来自巴西、阿根廷、智利、"
      "哥伦比亚等国的青年政党干部参加。",
      country="multilateral", date="2019-10-14", etype="training_course", prt=set(), content=KE, mech=REG)
probe("e13", "fujian", "2018-10-12", "拉美国家政党干部研修班学员来闽考察",
      "本报讯 10月9日至11日，中联部举办的拉美国家政党干部研修班学员来闽考察，走访了厦门、漳州等地。学员来自"
      "厄瓜多尔、秘鲁、巴拿马等国。",
      country="multilateral", date="2018-10-09", etype="field_trip", prt=set(), content=KE, mech=REG)

# ---------------------------------------------------------------- 代表团 访问 拉美
probe("f01", "zh", "2018-05-08", "中共代表团访问巴西",
      "4月28日至5月3日，中共中央政治局委员、中央书记处书记率中共代表团访问巴西，分别会见巴西劳工党主席、巴西共产"
      "党主席和巴西总统，并同当地侨界和中资企业代表座谈。",
      country="Brazil", date="2018-04-28", etype="delegation_visit_abroad", prt=PT | PCdoB, content=DI, mech=LEFT)
probe("f02", "people", "2015-10-22", "中共代表团访问委内瑞拉",
      "人民网加拉加斯10月21日电 应委内瑞拉统一社会主义党邀请，中联部副部长率中共代表团于10月17日至20日访问"
      "委内瑞拉，会见了委统社党第一副主席卡韦略等领导人。",
      country="Venezuela", date="2015-10-17", etype="delegation_visit_abroad", prt=PSUV, content=DI, mech=LEFT)
probe("f03", "wwp", "2023-06-14", "中共代表團訪問古巴和墨西哥",
      "【文匯報訊】6月5日至12日，中聯部部長劉建超率中共代表團訪問古巴和墨西哥，分別會見古共中央第一書記迪亞斯-"
      "卡內爾和墨西哥國家復興運動主席。",
      country="multilateral", date="2023-06-05", etype="delegation_visit_abroad",
      prt=PCC | {"National Regeneration Movement"}, content=DI, mech=SKIP)
probe("f04", "xinhua", "2024-04-19", "中共代表团访问阿根廷",
      "新华社布宜诺斯艾利斯4月18日电（记者 张伟）当地时间17日，正在阿根廷访问的中联部副部长孙海燕率领的中共代表团"
      "在布宜诺斯艾利斯会见阿根廷正义党领导人。代表团此访为期三天。",
      country="Argentina", date="2024-04-17", etype="delegation_visit_abroad", prt=PJ, content=DI, mech=BI)
probe("f05", "zh", "2019-11-28", "中共代表团访问智利和西班牙",
      "11月20日至27日，中共中央委员率中共代表团访问智利和西班牙。在智利期间，代表团会见了智利社会党主席和智利共产党"
      "主席。",
      country="Chile", date="2019-11-20", etype="delegation_visit_abroad", prt=PSCh | PCCh, content=DI, mech=LEFT)
probe("f06", "tkp", "2025-03-26", "中共代表團訪問巴西",
      "大公報訊 據中聯部網站消息，應巴西勞工黨邀請，中聯部副部長率中共代表團日前訪問巴西，會見勞工黨主席，並出席"
      "中巴治國理政經驗交流會。",
      country="Brazil", date=None, etype="delegation_visit_abroad", prt=PT, content=SKIP, mech=LEFT)

# ---------------------------------------------------------------- dates: 昨天 / 日前 / 近日 / 当地时间
probe("g01", "hunan", "2017-06-15", "省领导会见乌拉圭广泛阵线代表团",
      "湖南日报记者 李文 长沙讯 昨天，省委副书记在长沙会见乌拉圭广泛阵线代表团一行，双方就加强交流交换意见。",
      country="Uruguay", date="2017-06-14", etype="meeting", prt={"Broad Front"}, content=DI, mech=LEFT)
probe("g02", "zh", "2014-12-05", "中联部负责人会见哥斯达黎加政党代表团",
      "日前，中联部负责人在京会见哥斯达黎加民族解放党代表团，双方就加强交往交换意见。",
      country="Costa Rica", date=None, etype="meeting", prt=SKIP, content=DI, mech=BI)
probe("g03", "people", "2020-01-10", "古巴驻华大使会见中联部负责人",
      "近日，中联部副部长在京会见古巴驻华大使，双方就两党两国关系交换意见。",
      country="Cuba", date=None, etype="meeting", prt=set(), content=DI, mech=BI)
probe("g04", "xinhua", "2022-08-25", "中共代表团会见厄瓜多尔公民革命运动领导人",
      "新华社基多8月24日电 当地时间23日，中共代表团团长在基多会见厄瓜多尔公民革命运动主席，双方就深化两党交往"
      "交换意见。",
      country="Ecuador", date="2022-08-23", etype="meeting", prt={"Citizen Revolution Movement"}, content=DI,
      mech=LEFT)
probe("g05", "wwp", "2021-09-30", "中聯部官員昨會見秘魯自由秘魯黨代表",
      "【文匯報訊】記者北京報道：中聯部副部長昨日在京會見秘魯自由秘魯黨代表團，雙方同意加強交流。",
      country="Peru", date="2021-09-29", etype="meeting", prt={"Free Peru"}, content=DI, mech=LEFT)
probe("g06", "zh", "2012-10-16", "王家瑞会见巴西共产党代表团",
      "10月15日，中联部部长王家瑞在京会见巴西共产党主席拉贝洛率领的代表团。",
      country="Brazil", date="2012-10-15", etype="meeting", prt=PCdoB, content=DI, mech=LEFT)
probe("g07", "emb", "2019-01-03", "驻古巴大使出席中联部致古共贺电转交仪式",
      "当地时间1月2日，驻古巴大使陈曦向古共中央国际关系部转交中共中央致古共中央祝贺古巴革命胜利60周年的贺电。",
      country="Cuba", date="2019-01-02", etype="message", prt=PCC, content=DI, mech=LEFT)

# ---------------------------------------------------------------- not relevant
probe("n01", "zh", "2023-05-12", "刘建超会见老挝人民革命党代表团",
      "5月11日，中联部部长刘建超在京会见老挝人民革命党中央书记处书记率领的代表团。", relevant=False)
probe("n02", "xinhua", "2019-03-14", "宋涛会见南非非国大代表团",
      "新华社北京3月13日电 中联部部长宋涛13日在京会见南非非洲人国民大会全国执委率领的代表团。", relevant=False)
probe("n03", "people", "2021-06-30", "中共中央举行庆祝中国共产党成立100周年“七一勋章”颁授仪式",
      "人民网北京6月29日电 中共中央29日在人民大会堂隆重举行“七一勋章”颁授仪式。", relevant=False)
probe("n04", "hunan", "2022-09-08", "省委常委会召开会议",
      "湖南日报9月7日讯 今天，省委书记主持召开省委常委会会议，研究部署经济工作。会议指出，要扩大对外开放，"
      "积极开拓东盟、非洲和拉美市场。", relevant=False)
probe("n05", "fujian", "2018-05-20", "海丝博览会开幕 拉美国家客商踊跃参展",
      "本报讯 第二届丝绸之路国际博览会昨日在福州开幕，来自智利、秘鲁等国的企业参展。", relevant=False)
probe("n06", "wwp", "2024-02-15", "中聯部部長會見越南共產黨代表團",
      "【文匯報訊】2月14日，中聯部部長劉建超在京會見越南共產黨中央對外部部長率領的代表團。", relevant=False)
probe("n07", "tkp", "2017-09-22", "王毅出席聯合國大會 談中拉合作",
      "大公報訊 當地時間9月21日，外交部長王毅在紐約出席聯合國大會一般性辯論，表示中方重視同拉美國家的合作。",
      relevant=False)
probe("n08", "zh", "2016-04-08", "郭业洲会见西班牙人民党代表团",
      "4月7日，中联部副部长郭业洲在京会见西班牙人民党代表团，双方就中欧、中西关系以及拉美形势交换意见。",
      relevant=False)
probe("n09", "cns", "2020-11-19", "中国—拉美企业家高峰会在线举行",
      "中新网11月19日电 第十四届中国—拉美企业家高峰会以线上线下结合方式举行，中国贸促会负责人致辞。",
      relevant=False)
probe("n10", "lldt", "2015-06-10", "中联部召开理论学习中心组学习会",
      "6月9日，中联部召开理论学习中心组学习会，部长王家瑞主持并讲话。", relevant=False)
probe("n11", "gmw", "2021-10-12", "中国共产党与东盟国家政党对话会举行",
      "光明网讯 10月11日，中国共产党与东盟国家政党对话会以视频方式举行，柬埔寨人民党等政党领导人出席。",
      relevant=False)
probe("n12", "youth", "2019-07-25", "中国青年代表团访问俄罗斯",
      "中国青年网莫斯科7月24日电 全国青联代表团7月20日至24日访问俄罗斯。", relevant=False)
probe("n13", "emb", "2023-03-01", "驻古巴大使馆举办春节招待会",
      "当地时间2月28日，驻古巴使馆举办春节招待会，古巴华侨华人代表出席。", relevant=False)
probe("n14", "xinhua", "2018-12-18", "习近平在庆祝改革开放40周年大会上发表重要讲话",
      "新华社北京12月18日电 庆祝改革开放40周年大会18日上午在北京人民大会堂隆重举行。", relevant=False)
probe("n15", "zh", "2022-06-15", "陈洲会见哈萨克斯坦阿玛纳特党代表团",
      "6月14日，中联部副部长陈洲会见哈萨克斯坦阿玛纳特党代表团。", relevant=False)
probe("n16", "wwp", "2019-08-02", "巴西總統博索納羅談對華貿易",
      "【文匯報訊】據外電報道，巴西總統博索納羅當地時間1日表示，巴西希望擴大對華大豆出口。", relevant=False)
probe("n17", "people", "2024-09-10", "中联部举行中共二十届三中全会精神宣介会 非洲政党出席",
      "人民网北京9月9日电 9日，中联部举行中共二十届三中全会精神专题宣介会，南非、坦桑尼亚、埃塞俄比亚等非洲国家"
      "政党领导人出席。", relevant=False)
probe("n18", "tkp", "2023-04-20", "阿根廷經濟部長訪華",
      "大公報訊 阿根廷經濟部長馬薩日前抵達北京，與中國人民銀行商談貨幣互換事宜。", relevant=False)
probe("n19", "fujian", "2021-03-12", "福建省政协召开常委会议",
      "本报讯 昨日，省政协召开常委会议，传达学习全国两会精神。", relevant=False)
probe("n20", "cns", "2025-05-14", "中拉论坛第四届部长级会议在京举行",
      "中新网北京5月13日电 中国—拉美和加勒比国家共同体论坛第四届部长级会议13日在北京举行，外交部长王毅主持。",
      relevant=False)
probe("n21", "hunan", "2015-08-20", "湘企赴巴西开拓市场",
      "湖南日报讯 近日，三一重工在巴西圣保罗州举行新工厂投产仪式。", relevant=False)
probe("n22", "zh", "2018-09-20", "宋涛会见柬埔寨人民党代表团",
      "9月19日，中联部部长宋涛会见柬埔寨人民党代表团。", relevant=False)

# ---------------------------------------------------------------- more traditional copies
probe("t01", "tkp", "2019-06-12", "拉美國家政黨幹部研修班在京開班",
      "大公報訊 記者北京報道：6月11日，中聯部主辦的拉美和加勒比國家政黨幹部研修班在京開班，來自哥倫比亞、"
      "巴拿馬、多米尼加、烏拉圭等國的政黨幹部參加。",
      country="multilateral", date="2019-06-11", etype="training_course", prt=set(), content=KE, mech=REG)
probe("t02", "wwp", "2018-05-29", "第二屆中拉政黨論壇在深圳舉行",
      "【文匯報訊】記者深圳報道：5月28日，第二屆中國共產黨與拉美和加勒比政黨論壇在深圳開幕，拉美地區約30個國家"
      "的政黨領導人出席。",
      country="multilateral", date="2018-05-28", etype="forum", prt=SKIP, content=KE, mech=SKIP)
probe("t03", "tkp", "2020-08-06", "宋濤同巴西勞工黨主席視頻通話",
      "大公報訊 據中聯部消息，8月5日，中聯部部長宋濤同巴西勞工黨主席霍夫曼視頻通話，雙方就抗疫合作交換意見。",
      country="Brazil", date="2020-08-05", etype="video_call", prt=PT, content=DI, mech=LEFT)
probe("t04", "wwp", "2023-11-16", "福建省委書記會見多米尼加駐華大使",
      "【文匯報訊】11月15日，福建省委書記周祖翼在福州會見多米尼加駐華大使一行，雙方就深化經貿合作交換意見。",
      country="Dominican Republic", date="2023-11-15", etype="meeting", prt=set(), content=DI, mech=BI)
probe("t05", "tkp", "2022-10-24", "古巴共產黨致電祝賀中共二十大勝利閉幕",
      "大公報訊 據中聯部消息，古巴共產黨中央委員會近日致電中共中央，熱烈祝賀中共第二十次全國代表大會勝利閉幕。",
      country="Cuba", date=None, etype="message", prt=PCC, content=DI, mech=LEFT)
probe("t06", "wwp", "2024-01-10", "特區政府舉行新春酒會",
      "【文匯報訊】特區政府昨日舉行新春酒會，行政長官致辭。", relevant=False)

# ---------------------------------------------------------------- second blind batch (harder shapes)
probe("v01", "fujian", "2019-04-10", "拉美政党干部研修班学员来闽",
      "本报讯（记者 陈静）9日，省委书记于伟国在福州会见来闽考察的拉美国家政党干部研修班一行。学员分别来自阿根廷、"
      "智利、哥伦比亚、巴拿马等国。于伟国介绍了福建发展情况。",
      country="multilateral", date="2019-04-09", etype="meeting", prt=set(), content=KE, mech=REG)
probe("v02", "zh", "2021-06-18", "中联部举办拉美国家政党干部视频研修班",
      "6月15日至17日，中联部以视频方式举办拉美和加勒比国家政党干部研修班，主题为“脱贫攻坚的中国经验”。"
      "来自古巴、委内瑞拉、玻利维亚等国的50余名政党干部参加。",
      country="multilateral", date="2021-06-15", etype="training_course", prt=SKIP, content=KE, mech=SKIP)
probe("v03", "xinhua", "2023-11-03", "中共代表团在古巴宣介中共二十大精神",
      "新华社哈瓦那11月2日电（记者 朱婉君）当地时间1日，正在古巴访问的中共代表团在哈瓦那举行中共二十大精神宣介会，"
      "古巴共产党中央委员、国际关系部部长等100余人出席。",
      country="Cuba", date="2023-11-01", etype="briefing", prt=PCC, content=KE, mech=LEFT)
probe("v04", "tkp", "2016-03-12", "中聯部致唁電悼念巴西共產黨前主席",
      "大公報訊 據中聯部網站消息，3月10日，中聯部致電巴西共產黨中央委員會，對巴西共產黨前主席逝世表示深切哀悼。",
      country="Brazil", date="2016-03-10", etype="message", prt=PCdoB, content=DI, mech=LEFT)
probe("v05", "people", "2014-07-22", "中国共产党代表团访问古巴和越南",
      "人民网哈瓦那7月21日电 7月15日至19日，中共中央委员率中国共产党代表团访问古巴，会见古共中央第二书记，"
      "随后前往越南访问。",
      country="Cuba", date="2014-07-15", etype="delegation_visit_abroad", prt=PCC, content=DI, mech=LEFT)
probe("v06", "wwp", "2024-12-06", "拉美多國政黨致函祝賀中拉政黨論壇成功舉行",
      "【文匯報訊】近日，墨西哥勞動黨、烏拉圭共產黨、智利社會黨等拉美政黨領導人致函中聯部，祝賀中拉政黨論壇成功舉行。",
      country="multilateral", date=None, etype="message", prt=PTMX | PCU | PSCh, content=DI, mech=REGL)
probe("v07", "zh", "2025-02-27", "刘海星视频会见委内瑞拉统一社会主义党副主席",
      "2月26日，中联部部长刘海星视频会见委内瑞拉统一社会主义党第一副主席卡韦略。双方就两党交往交换意见。",
      country="Venezuela", date="2025-02-26", etype="video_call", prt=PSUV, content=DI, mech=LEFT)
probe("v08", "cns", "2018-09-21", "中共与古共举行第七届理论研讨会",
      "中新网9月20日电 据中联部网站消息，9月18日至19日，中国共产党与古巴共产党第七届理论研讨会在北京举行。"
      "两党代表围绕“党的建设与社会主义建设”进行研讨。",
      country="Cuba", date="2018-09-18", etype="seminar", prt=PCC, content=KE, mech=LEFT)
probe("v09", "hunan", "2016-10-27", "古巴共产党干部考察团来湘",
      "本报10月26日讯 10月24日至26日，古巴共产党干部考察团来湘考察，先后赴韶山、长沙等地参观，了解湖南脱贫攻坚和"
      "基层党建情况。",
      country="Cuba", date="2016-10-24", etype="field_trip", prt=PCC, content=KE, mech=LEFT)
probe("v10", "zh", "2012-11-20", "拉美政党领导人致电祝贺中共十八大胜利召开",
      "近日，古巴共产党中央第一书记劳尔·卡斯特罗、委内瑞拉统一社会主义党主席查韦斯等拉美政党领导人致电中共中央，"
      "祝贺中国共产党第十八次全国代表大会胜利召开。",
      country="multilateral", date=None, etype="message", prt=PCC | PSUV, content=DI, mech=REGL)
probe("v11", "gmw", "2022-06-10", "中国共产党与拉美政党理论研讨会以视频方式举行",
      "光明网讯 6月8日，中国共产党与拉美和加勒比政党理论研讨会以视频方式举行，墨西哥劳动党、巴西共产党、"
      "阿根廷共产党等政党领导人参加。",
      country="multilateral", date="2022-06-08", etype="seminar",
      prt=PTMX | PCdoB | {"Communist Party of Argentina"}, content=KE, mech=REGL)
probe("v12", "emb", "2018-04-21", "驻古巴大使陪同中共代表团会见古共领导人",
      "当地时间4月19日，正在古巴访问的中共代表团会见古共中央第二书记马查多，驻古巴大使陪同会见。",
      country="Cuba", date="2018-04-19", etype="meeting", prt=PCC, content=DI, mech=LEFT)
probe("v13", "youth", "2023-08-16", "中国青年代表团访问巴西",
      "中国青年网巴西利亚8月15日电 共青团中央书记处书记率中国青年代表团于8月10日至14日访问巴西，会见巴西劳工党"
      "青年部负责人。",
      country="Brazil", date="2023-08-10", etype="delegation_visit_abroad", prt=PT, content=DI, mech=LEFT)
probe("v14", "tkp", "2013-06-05", "王家瑞會見秘魯駐華大使",
      "大公報訊 記者北京報道：中聯部部長王家瑞昨日在京會見秘魯駐華大使，雙方就兩國政黨交往交換意見。",
      country="Peru", date="2013-06-04", etype="meeting", prt=set(), content=DI, mech=BI)
probe("v15", "zh", "2020-03-05", "中联部同尼加拉瓜桑解阵互致信函",
      "3月3日，中联部致函尼加拉瓜桑地诺民族解放阵线，感谢桑解阵对中国抗击新冠肺炎疫情的支持。",
      country="Nicaragua", date="2020-03-03", etype="message", prt=FSLN, content=DI, mech=LEFT)
probe("v16", "xinhua", "2017-12-02", "宋涛会见出席中共与世界政党高层对话会的拉美政党领导人",
      "新华社北京12月2日电 中联部部长宋涛2日在京会见出席中国共产党与世界政党高层对话会的墨西哥劳动党、"
      "乌拉圭共产党领导人。",
      country="multilateral", date="2017-12-02", etype="meeting", prt=PTMX | PCU, content=KE, mech=GLOL)
probe("v17", "wwp", "2015-05-20", "李克強訪問巴西",
      "【文匯報訊】國務院總理李克強當地時間18日抵達巴西利亞，開始對巴西進行正式訪問。", relevant=False)
probe("v19", "hunan", "2020-07-09", "湖南省委常委会学习中联部专题报告",
      "湖南日报7月8日讯 今天，省委常委会举行学习会，邀请中联部专家作国际形势专题报告，报告涉及中东、拉美等地区形势。",
      relevant=False)
probe("v20", "zh", "2019-05-30", "中联部举办东南亚国家政党干部研修班",
      "5月29日，中联部举办的东南亚国家政党干部研修班在京开班，来自柬埔寨、老挝、缅甸等国的学员参加。",
      relevant=False)

# ---------------------------------------------------------------- the check, field by field
_DOUBT_AMB = ("doubtful: an ambassador of a socialist state with no party named; the codebook's leftist "
             "is about a counterpart party, but a coder may code Cuba's envoy as the ruling party's")
_DOUBT_E13 = ("doubtful: course participants touring a province; the headline reports the tour "
             "(field_trip), but the tour is a part of the course (training_course)")
_DOUBT_G07 = ("doubtful: an ambassador hands over the CPC's message at a ceremony: a message, or an "
             "event around it (other)")
_DOUBT_V01 = ("doubtful: the headline reports course participants coming to a province, the text a "
             "provincial leader's meeting with them: meeting, field_trip or the course itself")
_OPEN_V06 = ("not fixed (second batch): LAC parties' letters congratulating the CPC after a forum are "
             "messages (no event around them); the forum word is the topic of the congratulation, but "
             "telling it from a letter sent to a forum as it opens (a forum, rule 1) needs more than one case")
XFAIL: dict[tuple[str, str], str] = {
    ("v01", "event_type"): _DOUBT_V01, ("v06", "event_type"): _OPEN_V06, ("v06", "content"): _OPEN_V06,
    ("b07", "mechanism"): _DOUBT_AMB, ("g03", "mechanism"): _DOUBT_AMB,
    ("e13", "event_type"): _DOUBT_E13, ("g07", "event_type"): _DOUBT_G07,
}


@pytest.mark.parametrize(("page", "field", "want"), cases(P, XFAIL))
def test_probe_field(page, field, want):
    assert value_of(record_of(page), field) == want
