# ruff: noqa: E501 (probe texts are prose; Chinese lines count double in width)
"""Campaign 9W: a blind mixed sample of Chinese-language foreign-ministry pages (calls, meetings,
talks, messages, joint statements, sideline meetings, consultations, credentials) and their copies
on agency and embassy sites, some in traditional characters, 2013-2025, with near-miss negatives.
Self-written releases in the sites' style; the names of people, countries and bodies are facts.

Each probe names only the fields a careful coder would settle from the codebook; a field left out
is one the codebook leaves open for that page.

First run (blind, before any code was read), 88 probes: relevant 88/88, country 72/72, event_date 72/72,
event_type 68/69, head_of_state_level 67/67, partnership_action 33/34, partnership_level 21/26; of the
six failing probes three were my own misreading (a level only recalled is still "the level named",
as the codebook's field list says) and three are doubtful (DOUBTFUL). A second batch of 15 written
after that run (x.., n17-18): all fields right but one event type (中国—加勒比建交国外长会晤 taken for a
meeting; 建交国 / 成员国 are group nouns of several states, as 国家 is) and one probe of mine whose
headline named the wrong leader. A third (20) and fourth (15) batch, written after the one cue change
with no code of the steps read: all fields right."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

MFA = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_11000001.shtml"
FMPRC_OLD = "https://www.fmprc.gov.cn/web/zyxw/t1093{n}.shtml"
XH = "http://www.news.cn/politics/leaders/{y}-{m}/{d}/c_1129000001.htm"
EMB = "http://br.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_11000002.htm"
CSP = "comprehensive strategic partnership"
HK = "https://www.hkcd.com/hkcdweb/content/{y}/{m}/{d}/content_1.html"


def _u(pattern: str, day: str) -> str:
    y, m, d = day.split("-")
    return pattern.format(y=y, m=m, d=d, ym=y + m, ymd=y + m + d, n=d)


def _x(day: str) -> str:
    return f" date {day}\n新华网 | 首页 | 时政 | 高层\n"


# (id, title, text, published, url, expected)
PROBES: list[tuple[str, str, str, str | None, str, dict]] = [
    # ---- talks, with and without a partnership action -------------------------------------------
    ("w01", "习近平同巴西总统卢拉举行会谈",
     "4月14日下午，国家主席习近平在北京人民大会堂同来华国事访问的巴西总统卢拉举行会谈。习近平指出，"
     "中巴全面战略伙伴关系具有战略意义和全球影响。", "2023-04-14", _u(MFA, "2023-04-14"),
     dict(rel=True, country="Brazil", date="2023-04-14", type="talks", hos=True, act=None, lvl=CSP)),
    ("w02", "习近平同哥伦比亚总统佩特罗举行会谈",
     "10月25日上午，国家主席习近平在北京人民大会堂同来华国事访问的哥伦比亚总统佩特罗举行会谈。"
     "两国元首宣布，将中哥关系提升为战略伙伴关系。", "2023-10-25", _u(MFA, "2023-10-25"),
     dict(rel=True, country="Colombia", date="2023-10-25", type="talks", hos=True, act="establish",
          lvl="strategic partnership")),
    ("w03", "习近平同委内瑞拉总统马杜罗会谈",
     "9月13日下午，国家主席习近平同委内瑞拉总统马杜罗在北京人民大会堂举行会谈。两国元首共同宣布，"
     "将中委关系提升为全天候战略伙伴关系。", "2023-09-13", _u(MFA, "2023-09-13"),
     dict(rel=True, country="Venezuela", date="2023-09-13", type="talks", hos=True, act="upgrade",
          lvl="all-weather strategic partnership")),
    ("w04", "习近平同乌拉圭总统拉卡列举行会谈",
     "11月22日下午，国家主席习近平在北京人民大会堂同来华国事访问的乌拉圭总统拉卡列举行会谈。"
     "两国元首宣布将中乌关系提升为全面战略伙伴关系。", "2023-11-22", _u(MFA, "2023-11-22"),
     dict(rel=True, country="Uruguay", date="2023-11-22", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w05", "习近平同玻利维亚总统莫拉莱斯举行会谈",
     "6月19日下午，国家主席习近平在人民大会堂同玻利维亚总统莫拉莱斯举行会谈。两国元首一致决定，"
     "将中玻关系提升为战略伙伴关系。", "2018-06-19", _u(MFA, "2018-06-19"),
     dict(rel=True, country="Bolivia", date="2018-06-19", type="talks", hos=True, act="establish",
          lvl="strategic partnership")),
    ("w06", "习近平同苏里南总统鲍特瑟举行会谈",
     "11月27日，国家主席习近平在北京人民大会堂同来华国事访问的苏里南总统鲍特瑟举行会谈。"
     "两国元首宣布建立中苏战略合作伙伴关系。", "2019-11-27", _u(MFA, "2019-11-27"),
     dict(rel=True, country="Suriname", date="2019-11-27", type="talks", hos=True, act="establish",
          lvl="strategic cooperative partnership")),
    ("w07", "李克强同牙买加总理霍尔尼斯举行会谈",
     "4月9日上午，国务院总理李克强在人民大会堂，同来华正式访问的牙买加总理霍尔尼斯举行会谈。"
     "双方同意将中牙关系提升为战略伙伴关系。", "2019-04-09", _u(MFA, "2019-04-09"),
     dict(rel=True, country="Jamaica", date="2019-04-09", type="talks", hos=True, act="upgrade",
          lvl="strategic partnership")),
    ("w08", "习近平同厄瓜多尔总统科雷亚举行会谈",
     "新华社基多11月17日电 国家主席习近平17日在基多同厄瓜多尔总统科雷亚举行会谈。两国元首一致决定，"
     "将中厄关系提升为全面战略伙伴关系。", "2016-11-18", _u(MFA, "2016-11-18"),
     dict(rel=True, country="Ecuador", date="2016-11-17", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w09", "习近平同智利总统巴切莱特举行会谈",
     "当地时间11月22日，国家主席习近平在圣地亚哥同智利总统巴切莱特举行会谈。两国元首宣布，"
     "将中智关系提升为全面战略伙伴关系。", "2016-11-23", _u(MFA, "2016-11-23"),
     dict(rel=True, country="Chile", date="2016-11-22", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w10", "习近平同阿根廷总统克里斯蒂娜举行会谈",
     "新华社布宜诺斯艾利斯7月18日电 国家主席习近平18日在布宜诺斯艾利斯同阿根廷总统克里斯蒂娜举行会谈。"
     "两国元首决定将中阿关系提升为全面战略伙伴关系。", "2014-07-19", _u(XH, "2014-07-19"),
     dict(rel=True, country="Argentina", date="2014-07-18", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w11", "习近平同哥斯达黎加总统索利斯举行会谈",
     "1月6日下午，国家主席习近平在人民大会堂，同来华国事访问的哥斯达黎加总统索利斯举行会谈。"
     "两国元首宣布建立中哥平等互利、共同发展的战略伙伴关系。", "2015-01-06", _u(MFA, "2015-01-06"),
     dict(rel=True, country="Costa Rica", date="2015-01-06", type="talks", hos=True, act="establish",
          lvl="strategic partnership")),
    ("w12", "习近平同秘鲁总统乌马拉举行会谈",
     "4月6日，国家主席习近平在海南三亚同来华国事访问的秘鲁总统乌马拉举行会谈。两国元首决定，"
     "将中秘关系提升为全面战略伙伴关系。", "2013-04-06", FMPRC_OLD.format(n="101"),
     dict(rel=True, country="Peru", date="2013-04-06", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w13", "习近平同墨西哥总统培尼亚举行会谈",
     "当地时间6月4日，国家主席习近平在墨西哥城国家宫同墨西哥总统培尼亚举行会谈。两国元首一致同意，"
     "将中墨关系提升为全面战略伙伴关系。", "2013-06-05", FMPRC_OLD.format(n="102"),
     dict(rel=True, country="Mexico", date="2013-06-04", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w14", "习近平同特立尼达和多巴哥总理比塞萨尔举行会谈",
     "当地时间6月1日，国家主席习近平在西班牙港同特立尼达和多巴哥总理比塞萨尔举行会谈。双方宣布建立"
     "中特互利发展的全面合作伙伴关系。", "2013-06-02", FMPRC_OLD.format(n="103"),
     dict(rel=True, country="Trinidad and Tobago", date="2013-06-01", type="talks", hos=True,
          act="upgrade", lvl="comprehensive cooperative partnership")),
    ("w15", "习近平同委内瑞拉总统马杜罗举行会谈",
     "当地时间7月20日，国家主席习近平在加拉加斯同委内瑞拉总统马杜罗举行会谈。两国元首宣布，"
     "将中委关系提升为全面战略伙伴关系。", "2014-07-21", _u(MFA, "2014-07-21"),
     dict(rel=True, country="Venezuela", date="2014-07-20", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w16", "习近平同阿根廷总统费尔南德斯举行会谈",
     "2月6日下午，国家主席习近平在人民大会堂，同来华出席北京冬奥会开幕式的阿根廷总统费尔南德斯举行会谈。"
     "习近平指出，中阿全面战略伙伴关系保持良好发展势头。", "2022-02-06", _u(MFA, "2022-02-06"),
     dict(rel=True, country="Argentina", date="2022-02-06", type="talks", hos=True, act=None, lvl=CSP)),
    ("w17", "习近平同巴西总统卢拉举行会谈",
     "当地时间11月20日，国家主席习近平在巴西利亚总统府同巴西总统卢拉举行会谈。两国元首宣布，将中巴关系"
     "定位提升为携手构建更公正世界和更可持续星球的中巴命运共同体。", "2024-11-21", _u(MFA, "2024-11-21"),
     dict(rel=True, country="Brazil", date="2024-11-20", type="talks", hos=True, act=None, lvl=None)),
    ("w18", "习近平同古巴国家主席迪亚斯-卡内尔举行会谈",
     "11月25日下午，中共中央总书记、国家主席习近平于人民大会堂，同来华国事访问的古共中央第一书记、"
     "古巴国家主席迪亚斯-卡内尔举行会谈。", "2022-11-25", _u(MFA, "2022-11-25"),
     dict(rel=True, country="Cuba", date="2022-11-25", type="talks", hos=True, act=None, lvl=None)),
    ("w19", "习近平会见洪都拉斯总统卡斯特罗",
     "6月12日上午，国家主席习近平在人民大会堂，同来华国事访问的洪都拉斯总统卡斯特罗举行会谈。"
     "两国元首共同见证签署多项合作文件。", "2023-06-12", _u(MFA, "2023-06-12"),
     dict(rel=True, country="Honduras", date="2023-06-12", type="talks", hos=True, act=None, lvl=None)),
    ("w20", "王毅同巴西外长维埃拉举行会谈",
     "2023年3月2日，中共中央政治局委员、中央外办主任王毅在新德里同巴西外长维埃拉举行会谈。", "2023-03-03", _u(MFA, "2023-03-03"),
     dict(rel=True, country="Brazil", date="2023-03-02", hos=False, act=None)),
    ("w21", "王毅同秘鲁外长举行会谈",
     "9月10日，外交部长王毅在北京同秘鲁外长冈萨雷斯举行会谈。双方表示，愿深化中秘全面战略伙伴关系。",
     "2024-09-10", _u(MFA, "2024-09-10"),
     dict(rel=True, country="Peru", date="2024-09-10", type="talks", hos=False, act=None, lvl=CSP)),
    # ---- calls ------------------------------------------------------------------------------------
    ("w22", "习近平同古巴国家主席迪亚斯-卡内尔通电话",
     "12月28日，国家主席习近平同古巴国家主席迪亚斯-卡内尔通电话。两国元首就中古关系交换意见。",
     "2023-12-28", _u(MFA, "2023-12-28"),
     dict(rel=True, country="Cuba", date="2023-12-28", type="phone_call", hos=True, act=None)),
    ("w23", "李强同巴西总统卢拉通电话",
     "应约，国务院总理李强3月18日同巴西总统卢拉通电话。", "2024-03-18", _u(MFA, "2024-03-18"),
     dict(rel=True, country="Brazil", date="2024-03-18", type="phone_call", hos=True)),
    ("w24", "王毅同阿根廷外长卡菲罗通电话",
     "2023年1月5日，外交部长王毅应约同阿根廷外长卡菲罗通电话。", "2023-01-06", _u(MFA, "2023-01-06"),
     dict(rel=True, country="Argentina", date="2023-01-05", type="phone_call", hos=False)),
    ("w25", "习近平同墨西哥总统洛佩斯通电话",
     "应约，国家主席习近平昨天同墨西哥总统洛佩斯通电话。", "2020-06-09", _u(MFA, "2020-06-09"),
     dict(rel=True, country="Mexico", date="2020-06-08", type="phone_call", hos=True)),
    ("w26", "王毅同古巴外长罗德里格斯举行视频会谈",
     "7月15日，国务委员兼外长王毅同古巴外长罗德里格斯举行视频会谈。", "2021-07-15", _u(MFA, "2021-07-15"),
     dict(rel=True, country="Cuba", date="2021-07-15", type="video_call", hos=False)),
    ("w27", "李克强同阿根廷总统费尔南德斯举行视频会晤",
     "11月4日上午，国务院总理李克强在人民大会堂同阿根廷总统费尔南德斯举行视频会晤。",
     "2021-11-04", _u(MFA, "2021-11-04"),
     dict(rel=True, country="Argentina", date="2021-11-04", type="video_call", hos=True)),
    # ---- meetings, sideline meetings ----------------------------------------------------------------
    ("w28", "习近平会见智利总统博里奇",
     "当地时间11月16日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见智利总统"
     "博里奇。", "2024-11-17", _u(MFA, "2024-11-17"),
     dict(rel=True, country="Chile", date="2024-11-16", type="meeting_on_sidelines", hos=True, act=None)),
    ("w29", "习近平会见墨西哥总统辛鲍姆",
     "当地时间11月18日，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见墨西哥总统"
     "辛鲍姆。", "2024-11-19", _u(MFA, "2024-11-19"),
     dict(rel=True, country="Mexico", date="2024-11-18", type="meeting_on_sidelines", hos=True)),
    ("w30", "习近平会见阿根廷总统马克里",
     "当地时间11月30日，国家主席习近平在布宜诺斯艾利斯出席二十国集团领导人第十三次峰会前夕会见阿根廷"
     "总统马克里。", "2018-12-01", _u(MFA, "2018-12-01"),
     dict(rel=True, country="Argentina", date="2018-11-30", hos=True)),
    ("w31", "王毅会见乌拉圭外长",
     "5月12日，中共中央政治局委员、外交部长王毅在北京会见来华出席中国—拉共体论坛第四届部长级会议的"
     "乌拉圭外长。", "2025-05-12", _u(MFA, "2025-05-12"),
     dict(rel=True, country="Uruguay", date="2025-05-12", type="meeting_on_sidelines", hos=False)),
    ("w32", "李强会见古巴总理马雷罗",
     "11月5日下午，国务院总理李强在上海会见来华出席第六届中国国际进口博览会的古巴总理马雷罗。",
     "2023-11-05", _u(MFA, "2023-11-05"),
     dict(rel=True, country="Cuba", date="2023-11-05", type="meeting", hos=True)),
    ("w33", "李强会见巴巴多斯总理莫特利",
     "6月26日，国务院总理李强在天津会见来华出席2023年夏季达沃斯论坛的巴巴多斯总理莫特利。",
     "2023-06-26", _u(MFA, "2023-06-26"),
     dict(rel=True, country="Barbados", date="2023-06-26", type="meeting", hos=True)),
    ("w34", "丁薛祥会见巴西副总统阿尔克明",
     "6月7日，国务院副总理丁薛祥在北京会见巴西副总统阿尔克明。", "2024-06-07", _u(MFA, "2024-06-07"),
     dict(rel=True, country="Brazil", date="2024-06-07", type="meeting", hos=False)),
    ("w35", "赵乐际会见乌拉圭众议长",
     "4月3日，全国人大常委会委员长赵乐际在人民大会堂会见乌拉圭众议长。", "2024-04-03",
     _u(MFA, "2024-04-03"),
     dict(rel=True, country="Uruguay", date="2024-04-03", type="meeting", hos=False)),
    ("w36", "外交部副部长谢锋会见厄瓜多尔驻华大使",
     "8月2日，外交部副部长谢锋会见厄瓜多尔驻华大使，就双边关系交换意见。", "2022-08-02",
     _u(MFA, "2022-08-02"),
     dict(rel=True, country="Ecuador", date="2022-08-02", type="meeting", hos=False)),
    ("w37", "王毅会见圭亚那外长托德",
     "3月20日，外交部长王毅在北京会见圭亚那外长托德。", "2023-03-20", _u(MFA, "2023-03-20"),
     dict(rel=True, country="Guyana", date="2023-03-20", type="meeting", hos=False)),
    ("w38", "习近平会见秘鲁总统博鲁阿尔特",
     "当地时间11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。", "2024-11-15",
     _u(MFA, "2024-11-15"),
     dict(rel=True, country="Peru", date="2024-11-14", type="talks", hos=True, act=None)),
    # ---- messages ---------------------------------------------------------------------------------
    ("w39", "习近平致电祝贺辛鲍姆当选墨西哥总统",
     "6月4日，国家主席习近平致电克劳迪娅·辛鲍姆，祝贺她当选墨西哥总统。", "2024-06-04",
     _u(MFA, "2024-06-04"),
     dict(rel=True, country="Mexico", date="2024-06-04", type="message", hos=False)),
    ("w40", "习近平就巴西南部洪涝灾害向巴西总统卢拉致慰问电",
     "5月8日，国家主席习近平就巴西南部南里奥格兰德州遭受严重洪涝灾害向巴西总统卢拉致慰问电。",
     "2024-05-08", _u(MFA, "2024-05-08"),
     dict(rel=True, country="Brazil", date="2024-05-08", type="message", hos=True)),
    ("w41", "习近平同古巴国家主席迪亚斯-卡内尔互致贺电",
     "9月28日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致贺电，庆贺两国建交60周年。",
     "2020-09-28", _u(MFA, "2020-09-28"),
     dict(rel=True, country="Cuba", date="2020-09-28", type="message", hos=True, act=None)),
    ("w42", "习近平就菲德尔·卡斯特罗逝世向劳尔·卡斯特罗致唁电",
     "11月26日，国家主席习近平就古巴革命领导人菲德尔·卡斯特罗逝世向古巴国务委员会主席劳尔·卡斯特罗"
     "致唁电。", "2016-11-26", _u(MFA, "2016-11-26"),
     dict(rel=True, country="Cuba", date="2016-11-26", type="message", hos=True)),
    ("w43", "习近平致电祝贺佩特罗就任哥伦比亚总统",
     "8月7日，国家主席习近平致电古斯塔沃·佩特罗，祝贺他就任哥伦比亚总统。", "2022-08-07",
     _u(MFA, "2022-08-07"),
     dict(rel=True, country="Colombia", date="2022-08-07", type="message", hos=True)),
    ("w44", "习近平同巴拿马总统巴雷拉互致贺电",
     "6月13日，国家主席习近平同巴拿马总统巴雷拉互致贺电，庆贺两国建立外交关系。", "2017-06-13",
     _u(MFA, "2017-06-13"),
     dict(rel=True, country="Panama", date="2017-06-13", type="message", hos=True, act=None, lvl=None)),
    ("w45", "习近平复电感谢智利总统博里奇",
     "1月3日，国家主席习近平复电智利总统博里奇，感谢他就甘肃积石山地震向中方表示慰问。", "2024-01-03",
     _u(MFA, "2024-01-03"),
     dict(rel=True, country="Chile", date="2024-01-03", type="message", hos=True)),
    ("w46", "李强就牙买加遭受飓风灾害向牙买加总理霍尔尼斯致慰问电",
     "7月5日，国务院总理李强就牙买加遭受飓风“贝丽尔”袭击向牙买加总理霍尔尼斯致慰问电。",
     "2024-07-05", _u(MFA, "2024-07-05"),
     dict(rel=True, country="Jamaica", date="2024-07-05", type="message", hos=True)),
    ("w47", "习近平在秘鲁媒体发表署名文章",
     "11月13日，在应邀出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问之际，国家主席"
     "习近平在秘鲁《秘鲁人报》发表题为《友谊之舟扬帆远航》的署名文章。", "2024-11-13",
     _u(MFA, "2024-11-13"),
     dict(rel=True, country="Peru", date="2024-11-13", type="message", hos=False)),
    # ---- statements, visits, briefings, ceremonies ---------------------------------------------------
    ("w48", "中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
     "一、应中华人民共和国主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗于2023年10月24日至26日"
     "对中国进行国事访问。二、双方决定建立中哥战略伙伴关系。", "2023-10-26", _u(MFA, "2023-10-26"),
     dict(rel=True, country="Colombia", date="2023-10-24", type="joint_statement", act="establish",
          lvl="strategic partnership")),
    ("w49", "中华人民共和国和委内瑞拉玻利瓦尔共和国关于建立全天候战略伙伴关系的联合声明",
     "应中华人民共和国主席习近平邀请，委内瑞拉玻利瓦尔共和国总统尼古拉斯·马杜罗·莫罗斯于2023年9月8日"
     "至14日对中华人民共和国进行国事访问。两国元首宣布将中委关系提升为全天候战略伙伴关系。",
     "2023-09-14", _u(MFA, "2023-09-14"),
     dict(rel=True, country="Venezuela", date="2023-09-08", type="joint_statement", act="upgrade",
          lvl="all-weather strategic partnership")),
    ("w50", "外交部发言人宣布洪都拉斯总统卡斯特罗将对中国进行国事访问",
     "外交部发言人宣布：应国家主席习近平邀请，洪都拉斯共和国总统希奥玛拉·卡斯特罗将于6月9日至14日"
     "对中国进行国事访问。", "2023-06-06", _u(MFA, "2023-06-06"),
     dict(rel=True, country="Honduras", date="2023-06-09", type="state_visit", act=None)),
    ("w51", "外交部发言人宣布王毅将访问巴西、哥伦比亚",
     "外交部发言人宣布：应巴西外长维埃拉、哥伦比亚外长穆里略邀请，中共中央政治局委员、外交部长王毅将于"
     "7月25日至29日访问巴西、哥伦比亚。", "2024-07-22", _u(MFA, "2024-07-22"),
     dict(rel=True, country="multilateral", date="2024-07-25", type="official_visit", hos=False)),
    ("w52", "习近平抵达利马出席亚太经合组织领导人非正式会议并对秘鲁进行国事访问",
     "当地时间11月14日，国家主席习近平乘专机抵达利马，出席亚太经合组织第三十一次领导人非正式会议并对"
     "秘鲁进行国事访问。", "2024-11-15", _u(MFA, "2024-11-15"),
     dict(rel=True, country="Peru", date="2024-11-14", type="state_visit")),
    ("w53", "王毅介绍习近平主席出席亚太经合组织会议和二十国集团峰会并对秘鲁、巴西进行国事访问成果",
     "11月14日至21日，国家主席习近平出席亚太经合组织第三十一次领导人非正式会议、二十国集团领导人"
     "第十九次峰会，并对秘鲁、巴西进行国事访问。行程结束之际，王毅向随行记者介绍此访成果。",
     "2024-11-21", _u(MFA, "2024-11-21"),
     dict(rel=True, country="multilateral", date="2024-11-14", type="other", hos=False)),
    ("w54", "国家副主席韩正出席巴西总统卢拉就职仪式",
     "当地时间1月1日，习近平主席特使、国家副主席韩正在巴西利亚出席巴西总统卢拉就职仪式。",
     "2023-01-02", _u(MFA, "2023-01-02"),
     dict(rel=True, country="Brazil", date="2023-01-01", type="other", hos=False)),
    ("w55", "习近平向拉共体第七届峰会发表视频致辞",
     "1月24日，国家主席习近平应邀向在阿根廷布宜诺斯艾利斯举行的拉美和加勒比国家共同体第七届峰会发表"
     "视频致辞。", "2023-01-25", _u(MFA, "2023-01-25"),
     dict(rel=True, country="multilateral", date="2023-01-24", type="other")),
    ("w56", "外交部副部长邓励同墨西哥外交部副部长举行两国外交部政治磋商",
     "5月16日，外交部副部长邓励在北京同墨西哥外交部副部长举行中墨外交部第十三次政治磋商。",
     "2024-05-16", _u(MFA, "2024-05-16"),
     dict(rel=True, country="Mexico", date="2024-05-16", hos=False)),
    # ---- copies on agency and embassy sites -------------------------------------------------------
    ("w57", "习近平同巴西总统卢拉会谈",
     _x("2023-04-15") + "新华社北京4月14日电 国家主席习近平14日在人民大会堂同巴西总统卢拉举行会谈。"
     "\n责任编辑：王晨", "2023-04-15", _u(XH, "2023-04-15"),
     dict(rel=True, country="Brazil", date="2023-04-14", type="talks", hos=True, act=None)),
    ("w58", "习近平会见巴西总统卢拉",
     _x("2024-11-19") + "新华社里约热内卢11月19日电 国家主席习近平18日在里约热内卢出席二十国集团领导人"
     "峰会期间会见巴西总统卢拉。", "2024-11-19", _u(XH, "2024-11-19"),
     dict(rel=True, country="Brazil", date="2024-11-18", type="meeting_on_sidelines", hos=True)),
    ("w59", "习近平同尼加拉瓜总统奥尔特加通电话",
     _x("2021-12-11") + "新华社北京12月10日电 国家主席习近平10日同尼加拉瓜总统奥尔特加通电话。"
     "两国元首宣布中尼复交。", "2021-12-11", _u(XH, "2021-12-11"),
     dict(rel=True, country="Nicaragua", date="2021-12-10", type="phone_call", hos=True, act=None)),
    ("w60", "习近平同巴西总统卢拉举行会谈",
     "驻巴西使馆 | 首页 | 使馆新闻\n2023年4月14日，国家主席习近平在北京人民大会堂同来华国事访问的"
     "巴西总统卢拉举行会谈。", "2023-04-15", _u(EMB, "2023-04-15"),
     dict(rel=True, country="Brazil", date="2023-04-14", type="talks", hos=True)),
    ("w61", "王毅同阿根廷外长卡菲罗举行会谈",
     _x("2023-02-16") + "新华社北京2月15日电 外交部长王毅昨天在北京同阿根廷外长卡菲罗举行会谈。", "2023-02-16", _u(XH, "2023-02-16"),
     dict(rel=True, country="Argentina", date="2023-02-14", type="talks", hos=False)),
    ("w62", "习近平会见乌拉圭总统拉卡列",
     "新华社北京10月30日电 国家主席习近平30日在北京会见乌拉圭总统拉卡列。", None,
     "http://www.xinhuanet.com/politics/2015-10/30/c_1117000001.htm",
     dict(rel=True, country="Uruguay", date="2015-10-30", type="meeting", hos=True)),
    ("w63", "习近平同秘鲁总统库琴斯基会谈",
     "9月13日，国家主席习近平在北京人民大会堂同秘鲁总统库琴斯基举行会谈。", "2016-09-13",
     FMPRC_OLD.format(n="104"),
     dict(rel=True, country="Peru", date="2016-09-13", type="talks", hos=True)),
    ("w64", "王毅会见阿根廷外长",
     "12月30日，外交部长王毅在北京会见阿根廷外长。", "2014-01-03", FMPRC_OLD.format(n="105"),
     dict(rel=True, country="Argentina", date="2013-12-30", type="meeting", hos=False)),
    # ---- traditional characters -------------------------------------------------------------------
    ("w65", "習近平同哥倫比亞總統佩特羅會談",
     "中通社北京10月25日電 中國國家主席習近平25日在北京人民大會堂同哥倫比亞總統佩特羅舉行會談。兩國元首"
     "宣布將中哥關係提升為戰略夥伴關係。", "2023-10-25", _u(HK, "2023-10-25"),
     dict(rel=True, country="Colombia", date="2023-10-25", type="talks", hos=True, act="establish",
          lvl="strategic partnership")),
    ("w66", "習近平同烏拉圭總統拉卡列會談",
     "中通社北京11月22日電 國家主席習近平22日在北京同烏拉圭總統拉卡列舉行會談，兩國元首宣布將中烏關係"
     "提升為全面戰略夥伴關係。", "2023-11-22", _u(HK, "2023-11-22"),
     dict(rel=True, country="Uruguay", date="2023-11-22", type="talks", hos=True, act="upgrade",
          lvl=CSP)),
    ("w67", "習近平同古巴國家主席迪亞斯-卡內爾通電話",
     "中通社北京12月28日電 國家主席習近平28日同古巴國家主席迪亞斯-卡內爾通電話。", "2023-12-28",
     _u(HK, "2023-12-28"),
     dict(rel=True, country="Cuba", date="2023-12-28", type="phone_call", hos=True)),
    ("w68", "習近平會見智利總統博里奇",
     "中通社利馬11月16日電 國家主席習近平當地時間16日在利馬出席亞太經合組織領導人非正式會議期間會見"
     "智利總統博里奇。", "2024-11-17", _u(HK, "2024-11-17"),
     dict(rel=True, country="Chile", date="2024-11-16", type="meeting_on_sidelines", hos=True)),
    ("w69", "習近平致電祝賀阿根廷當選總統米萊",
     "中通社北京11月20日電 國家主席習近平20日致電哈維爾·米萊，祝賀他當選阿根廷總統。", "2023-11-20",
     _u(HK, "2023-11-20"),
     dict(rel=True, country="Argentina", date="2023-11-20", type="message", hos=False)),
    ("w70", "王毅同巴西外長維埃拉舉行會談",
     "中通社北京5月23日電 外交部長王毅23日在北京同巴西外長維埃拉舉行會談。", "2024-05-23",
     _u(HK, "2024-05-23"),
     dict(rel=True, country="Brazil", date="2024-05-23", type="talks", hos=False)),
    ("w71", "習近平同委內瑞拉總統馬杜羅會談",
     "中通社北京9月13日電 國家主席習近平13日在人民大會堂同委內瑞拉總統馬杜羅舉行會談。兩國元首宣布將"
     "中委關係提升為全天候戰略夥伴關係。", "2023-09-13", _u(HK, "2023-09-13"),
     dict(rel=True, country="Venezuela", date="2023-09-13", type="talks", hos=True, act="upgrade",
          lvl="all-weather strategic partnership")),
    ("w72", "李強會見巴貝多總理莫特利",
     "中央社台北6月26日電 中國國務院總理李強今天在天津會見巴貝多總理莫特利。", "2023-06-26",
     "https://www.cna.com.tw/news/acn/202306260001.aspx",
     dict(rel=True, country="Barbados", date="2023-06-26", type="meeting", hos=True)),
    # ---- not relevant -------------------------------------------------------------------------------
    ("n01", "习近平同法国总统马克龙通电话", "4月6日，国家主席习近平同法国总统马克龙通电话。",
     "2022-04-06", _u(MFA, "2022-04-06"), dict(rel=False)),
    ("n02", "王毅同西班牙外长阿尔瓦雷斯举行会谈",
     "3月5日，外交部长王毅在北京同西班牙外长阿尔瓦雷斯举行会谈。双方还就拉美形势交换了意见。",
     "2024-03-05", _u(MFA, "2024-03-05"), dict(rel=False)),
    ("n03", "驻巴拿马大使向巴拿马总统递交国书",
     "6月20日，新任驻巴拿马大使徐学渊向巴拿马总统穆利诺递交国书。", "2024-06-20",
     _u(MFA, "2024-06-20"), dict(rel=False)),
    ("n04", "驻墨西哥大使会见墨西哥外长",
     "3月8日，驻墨西哥大使张润会见墨西哥外长，就两国关系交换意见。", "2023-03-08",
     _u(EMB, "2023-03-08"), dict(rel=False)),
    ("n05", "王毅同几内亚外长举行会谈", "5月10日，外交部长王毅在北京同几内亚外长举行会谈。",
     "2024-05-10", _u(MFA, "2024-05-10"), dict(rel=False)),
    ("n06", "习近平同巴布亚新几内亚总理马拉佩举行会谈",
     "7月12日，国家主席习近平在北京同巴布亚新几内亚总理马拉佩举行会谈。", "2024-07-12",
     _u(MFA, "2024-07-12"), dict(rel=False)),
    ("n07", "习近平同南非总统拉马福萨举行会谈",
     "8月22日，国家主席习近平在比勒陀利亚同南非总统拉马福萨举行会谈。双方表示支持金砖国家扩员，"
     "巴西、印度等成员国予以积极评价。", "2023-08-23", _u(MFA, "2023-08-23"), dict(rel=False)),
    ("n08", "中国援古巴大米交接仪式在哈瓦那举行",
     "驻古巴大使马辉出席中国援古巴大米交接仪式，古巴外贸外资部副部长出席。", "2024-02-20",
     "http://cu.china-embassy.gov.cn/chn/sgxw/202402/t20240220_11000003.htm", dict(rel=False)),
    ("n09", "外交部拉美司司长会见阿根廷驻华大使",
     "9月1日，外交部拉美和加勒比司司长会见阿根廷驻华大使，就双边关系交换意见。", "2023-09-01",
     _u(MFA, "2023-09-01"), dict(rel=False)),
    ("n10", "驻阿根廷使馆举办庆祝中华人民共和国成立75周年招待会",
     "9月26日，驻阿根廷大使王卫在布宜诺斯艾利斯举办国庆招待会，阿各界友好人士出席。", "2024-09-27",
     "http://ar.china-embassy.gov.cn/chn/sgxw/202409/t20240927_11000004.htm", dict(rel=False)),
    ("n11", "习近平同葡萄牙总统德索萨会谈", "5月10日，国家主席习近平同葡萄牙总统德索萨举行会谈。",
     "2019-04-28", _u(MFA, "2019-04-28"), dict(rel=False)),
    ("n12", "王毅同赤道几内亚外长通电话", "6月3日，外交部长王毅同赤道几内亚外长通电话。",
     "2021-06-03", _u(MFA, "2021-06-03"), dict(rel=False)),
    ("n13", "習近平同馬克宏會談", "中通社北京4月6日電 國家主席習近平6日在北京同法國總統馬克宏舉行會談。",
     "2023-04-06", _u(HK, "2023-04-06"), dict(rel=False)),
    ("n14", "外交部副部长马朝旭会见新西兰外交贸易部秘书长",
     "10月12日，外交部副部长马朝旭在北京会见新西兰外交贸易部秘书长。", "2023-10-12",
     _u(MFA, "2023-10-12"), dict(rel=False)),
    ("n15", "驻巴西大使祝青桥拜会巴西众议长",
     "5月5日，驻巴西大使祝青桥拜会巴西众议长里拉，双方就中巴立法机构交往交换意见。", "2023-05-06",
     _u(EMB, "2023-05-06"), dict(rel=False)),
    ("n16", "习近平同西班牙首相桑切斯会谈",
     "9月9日，国家主席习近平在北京同西班牙首相桑切斯举行会谈。双方同意加强在拉美等第三方市场合作。",
     "2024-09-09", _u(MFA, "2024-09-09"), dict(rel=False)),
    # ---- a second, harder batch (written after the first run, still before reading the code) -------
    ("x01", "王毅同墨西哥外长巴尔塞纳举行会谈",
     "当地时间7月28日，中共中央政治局委员、外交部长王毅在北京同墨西哥外长巴尔塞纳举行会谈。",
     "2023-07-28", _u(MFA, "2023-07-28"),
     dict(rel=True, country="Mexico", date="2023-07-28", type="talks", hos=False)),
    ("x02", "王岐山会见古巴国家主席迪亚斯-卡内尔",
     "当地时间9月20日，国家副主席王岐山在纽约出席第七十四届联合国大会期间会见古巴国家主席迪亚斯-卡内尔。",
     "2019-09-21", _u(MFA, "2019-09-21"),
     dict(rel=True, country="Cuba", date="2019-09-20", type="meeting_on_sidelines", hos=False)),
    ("x03", "外交部副部长华春莹同巴西外交部秘书长举行中巴外交部战略对话",
     "3月25日，外交部副部长华春莹在北京同巴西外交部秘书长举行第二次中巴外交部战略对话。", "2025-03-25",
     _u(MFA, "2025-03-25"), dict(rel=True, country="Brazil", date="2025-03-25", hos=False)),
    ("x04", "習近平同巴西總統盧拉舉行會談",
     "中央社台北11月20日電 中國國家主席習近平今天在巴西利亞與巴西總統盧拉舉行會談。", "2024-11-20",
     "https://www.cna.com.tw/news/acn/202411200002.aspx",
     dict(rel=True, country="Brazil", date="2024-11-20", type="talks", hos=True)),
    ("x05", "王毅會見薩爾瓦多外長",
     "中央社台北6月5日電 中國外交部長王毅昨天在北京會見薩爾瓦多外長希爾。", "2024-06-05",
     "https://www.cna.com.tw/news/acn/202406050003.aspx",
     dict(rel=True, country="El Salvador", date="2024-06-04", type="meeting", hos=False)),
    ("x06", "习近平同多米尼加总统阿比纳德通电话",
     "5月1日，国家主席习近平同多米尼加总统阿比纳德通电话，祝贺两国建交五周年。", "2023-05-01",
     _u(MFA, "2023-05-01"),
     dict(rel=True, country="Dominican Republic", date="2023-05-01", type="phone_call", hos=True)),
    ("x07", "李强同安提瓜和巴布达总理布朗举行会谈",
     "2月7日上午，国务院总理李强在人民大会堂，同来华正式访问的安提瓜和巴布达总理布朗举行会谈。",
     "2024-02-07", _u(MFA, "2024-02-07"),
     dict(rel=True, country="Antigua and Barbuda", date="2024-02-07", type="talks", hos=True)),
    ("x08", "习近平会见圣文森特和格林纳丁斯总理冈萨维斯",
     "6月14日，国家主席习近平在人民大会堂会见来华访问的圣文森特和格林纳丁斯总理冈萨维斯。",
     "2024-06-14", _u(MFA, "2024-06-14"),
     dict(rel=True, country="Saint Vincent and the Grenadines", date="2024-06-14", type="meeting", hos=True)),
    ("x09", "习近平同格林纳达总理米切尔举行会谈",
     "3月24日，国家主席习近平同来华国事访问的格林纳达总理米切尔举行会谈。", "2025-03-24",
     _u(MFA, "2025-03-24"),
     dict(rel=True, country="Grenada", date="2025-03-24", type="talks", hos=True)),
    ("x10", "习近平接受新任驻华大使递交国书",
     "12月14日，国家主席习近平在人民大会堂接受巴西、智利、芬兰等国新任驻华大使递交国书。", "2023-12-14",
     _u(MFA, "2023-12-14"), dict(rel=True, country="multilateral", date="2023-12-14", type="other",
                                 hos=False)),
    ("x11", "王毅出席中国—加勒比建交国外长会晤",
     "9月19日，外交部长王毅在纽约出席中国—加勒比建交国外长会晤并致辞，安提瓜和巴布达、巴哈马等国外长出席。",
     "2024-09-20", _u(MFA, "2024-09-20"),
     dict(rel=True, country="multilateral", date="2024-09-19", type="other", hos=False)),
    ("x12", "习近平就智利森林火灾向智利总统博里奇致慰问电",
     _x("2024-02-05") + "新华社北京2月5日电 2月5日，国家主席习近平就智利中部发生森林火灾造成重大人员伤亡"
     "向智利总统博里奇致慰问电。", "2024-02-05", _u(XH, "2024-02-05"),
     dict(rel=True, country="Chile", date="2024-02-05", type="message", hos=True)),
    ("x13", "王毅同委内瑞拉外长希尔通电话",
     "8月2日，外交部长王毅应约同委内瑞拉外长希尔通电话。", "2024-08-03",
     _u(MFA, "2024-08-03"),
     dict(rel=True, country="Venezuela", date="2024-08-02", type="phone_call", hos=False)),
    ("n17", "外交部发言人就巴西大选答记者问",
     "问：巴西大选第二轮投票结果揭晓，中方有何评论？答：我们尊重巴西人民的选择。", "2022-10-31",
     _u(MFA, "2022-10-31"), dict(rel=False)),
    ("n18", "习近平同几内亚比绍总统恩巴洛举行会谈",
     "7月10日，国家主席习近平同几内亚比绍总统恩巴洛举行会谈。", "2024-07-10", _u(MFA, "2024-07-10"),
     dict(rel=False)),
    # ---- a third batch, after the cue change (names of cues seen, step code not read) ---------
    ("y01","習近平同尼加拉瓜總統奧蒂嘉通電話","中央社台北8月31日電 中國國家主席習近平今天與尼加拉瓜總統奧蒂嘉通電話，雙方宣布建立戰略夥伴關係。","2023-08-31","https://www.cna.com.tw/news/acn/202308310001.aspx",
    dict(rel=True,country="Nicaragua",date="2023-08-31",type="phone_call",hos=True,act="establish",lvl="strategic partnership")),
    ("y02","习近平会见阿根廷总统马克里","中方愿同阿方一道，推动中阿全面战略伙伴关系不断迈上新台阶。当地时间12月2日，国家主席习近平在布宜诺斯艾利斯同阿根廷总统马克里举行会谈。","2018-12-03",_u(MFA,"2018-12-03"),
    dict(rel=True,country="Argentina",date="2018-12-02",type="talks",hos=True,act=None)),
    ("y03","习近平同洪都拉斯总统卡斯特罗互致贺电","3月26日，国家主席习近平同洪都拉斯总统卡斯特罗互致贺电，庆贺两国建交一周年。","2024-03-26",_u(MFA,"2024-03-26"),
    dict(rel=True,country="Honduras",date="2024-03-26",type="message",hos=True,act=None,lvl=None)),
    ("y04","中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报","中华人民共和国和洪都拉斯共和国根据两国人民的利益和愿望，决定自2023年3月26日起相互承认并建立大使级外交关系。","2023-03-26",_u(MFA,"2023-03-26"),
    dict(rel=True,country="Honduras",type="joint_statement",act=None,lvl=None)),
    ("y05","秦刚同洪都拉斯外长雷纳举行会谈","2023年3月26日，国务委员兼外长秦刚在北京同洪都拉斯外长雷纳举行会谈，并签署两国建交联合公报。","2023-03-26",_u(MFA,"2023-03-26"),
    dict(rel=True,country="Honduras",date="2023-03-26",type="talks",hos=False)),
    ("y06","韩正会见秘鲁总统博鲁阿尔特","当地时间11月13日，国家副主席韩正在旧金山出席亚太经合组织第三十次领导人非正式会议期间会见秘鲁总统博鲁阿尔特。","2023-11-14",_u(MFA,"2023-11-14"),
    dict(rel=True,country="Peru",date="2023-11-13",type="meeting_on_sidelines",hos=False)),
    ("y07","习近平会见乌拉圭总统奥尔西","5月14日，国家主席习近平在人民大会堂会见来华出席中拉论坛第四届部长级会议开幕式并进行国事访问的乌拉圭总统奥尔西。","2025-05-14",_u(MFA,"2025-05-14"),
    dict(rel=True,country="Uruguay",date="2025-05-14",type="meeting_on_sidelines",hos=True)),
    ("y08","外交部副部长孙卫东会见巴拿马驻华大使","11月3日，外交部副部长孙卫东在京会见巴拿马驻华大使。","2022-11-03",_u(MFA,"2022-11-03"),
    dict(rel=True,country="Panama",date="2022-11-03",type="meeting",hos=False)),
    ("y09","驻智利大使牛清报会见智利外长","3月3日，驻智利大使牛清报会见智利外长范克拉韦伦。","2023-03-03","http://cl.china-embassy.gov.cn/chn/sgxw/202303/t20230303_11000005.htm",
    dict(rel=False)),
    ("y10","习近平同智利总统皮涅拉举行会谈","4月25日，国家主席习近平在人民大会堂，同来华出席第二届“一带一路”国际合作高峰论坛并进行国事访问的智利总统皮涅拉举行会谈。","2019-04-25",_u(MFA,"2019-04-25"),
    dict(rel=True,country="Chile",date="2019-04-25",type="talks",hos=True,act=None)),
    ("y11","習近平致電祝賀盧拉就任巴西總統","1月1日，國家主席習近平致電盧拉，祝賀他就任巴西總統。","2023-01-01",_u(HK,"2023-01-01"),
    dict(rel=True,country="Brazil",date="2023-01-01",type="message",hos=True)),
    ("y12","习近平向第二届中拉论坛部长级会议致贺信","1月22日，国家主席习近平向在智利圣地亚哥开幕的中国—拉共体论坛第二届部长级会议致贺信。","2018-01-22",_u(MFA,"2018-01-22"),
    dict(rel=True,country="multilateral",date="2018-01-22",type="message")),
    ("y13","王毅同巴哈马外长举行会谈",_x("2024-10-16")+"新华社北京10月15日电 外交部长王毅15日在北京同巴哈马外长米切尔举行会谈。","2024-10-16",_u(XH,"2024-10-16"),
    dict(rel=True,country="Bahamas",date="2024-10-15",type="talks",hos=False)),
    ("y14","习近平同哥斯达黎加总统索利斯会谈","新华社北京1月6日电 国家主席习近平6日在人民大会堂同哥斯达黎加总统索利斯举行会谈。","2015-01-06","https://www.fmprc.gov.cn/web/zyxw/t1226000.shtml",
    dict(rel=True,country="Costa Rica",date="2015-01-06",type="talks",hos=True,act=None)),
    ("y15","习近平会见多米尼克总理斯凯里特","5月10日，国家主席习近平在人民大会堂会见来华访问的多米尼克总理斯凯里特。","2024-05-10",_u(MFA,"2024-05-10"),
    dict(rel=True,country="Dominica",date="2024-05-10",type="meeting",hos=True)),
    ("y16","中华人民共和国和巴西联邦共和国关于加强全面战略伙伴关系的联合声明","应巴西联邦共和国总统卢拉邀请，中华人民共和国主席习近平于2024年11月19日至21日对巴西进行国事访问。双方同意进一步深化中巴全面战略伙伴关系。","2024-11-21",_u(MFA,"2024-11-21"),
    dict(rel=True,country="Brazil",date="2024-11-19",type="joint_statement",act=None)),
    ("y17","习近平同墨西哥总统培尼亚举行会谈","11月13日，国家主席习近平在人民大会堂，同来华国事访问的墨西哥总统培尼亚举行会谈。双方同意推动中墨全面战略伙伴关系不断向前发展。","2014-11-13",_u(MFA,"2014-11-13"),
    dict(rel=True,country="Mexico",date="2014-11-13",type="talks",hos=True,act=None,lvl=CSP)),
    ("y18","王岐山会见巴西当选总统特使","12月5日，国家副主席王岐山在北京会见巴西当选总统特使。","2018-12-05",_u(MFA,"2018-12-05"),
    dict(rel=True,country="Brazil",date="2018-12-05",hos=False)),
    ("y19","王毅同牙买加外长约翰逊·史密斯通电话","7月20日，外交部长王毅应约同牙买加外长约翰逊·史密斯通电话。","2022-07-20",_u(MFA,"2022-07-20"),
    dict(rel=True,country="Jamaica",date="2022-07-20",type="phone_call",hos=False)),
    ("y20","习近平同厄瓜多尔总统诺沃亚通电话","國家主席習近平2月2日同厄瓜多爾總統諾沃亞通電話。","2024-02-02",_u(HK,"2024-02-02"),
    dict(rel=True,country="Ecuador",date="2024-02-02",type="phone_call",hos=True)),
    # ---- a fourth batch: copies' datelines, sideline placing, ceremonies, near-miss negatives ----
    ("z01","习近平同巴西总统卢拉通电话",_x("2024-01-02")+"新华社北京1月1日电 国家主席习近平1日同巴西总统卢拉通电话。","2024-01-02",_u(XH,"2024-01-02"),
    dict(rel=True,country="Brazil",date="2024-01-01",type="phone_call",hos=True)),
    ("z02","习近平会见出席APEC会议的墨西哥总统","当地时间11月16日下午，国家主席习近平在旧金山会见墨西哥总统洛佩斯。两国元首均在当地出席亚太经合组织第三十次领导人非正式会议。","2023-11-17",_u(MFA,"2023-11-17"),
    dict(rel=True,country="Mexico",date="2023-11-16",type="meeting_on_sidelines",hos=True)),
    ("z03","李强结束对巴西访问","当地时间7月8日，国务院总理李强结束出席金砖国家领导人第十七次会晤后离开里约热内卢回国。","2025-07-09",_u(MFA,"2025-07-09"),
    dict(rel=True,country="Brazil",date="2025-07-08")),
    ("z04","蔡奇会见古巴国家主席","新华社北京11月24日电 中共中央政治局常委、中央书记处书记蔡奇24日在京会见古巴国家主席迪亚斯-卡内尔。","2022-11-25",_u(XH,"2022-11-25"),
    dict(rel=True,country="Cuba",date="2022-11-24",type="meeting",hos=False)),
    ("z05","王毅同哥伦比亚外长穆里略举行会谈","2024年7月29日，外交部长王毅在波哥大同哥伦比亚外长穆里略举行会谈。","2024-07-30",_u(MFA,"2024-07-30"),
    dict(rel=True,country="Colombia",date="2024-07-29",type="talks",hos=False)),
    ("z06","王毅將訪問巴西和哥倫比亞","外交部發言人宣布，外交部長王毅將於7月25日至29日訪問巴西、哥倫比亞。","2024-07-22",_u(HK,"2024-07-22"),
    dict(rel=True,country="multilateral",date="2024-07-25",hos=False)),
    ("z07","习近平同秘鲁总统博鲁阿尔特共同出席钱凯港开港仪式","当地时间11月14日，国家主席习近平在利马同秘鲁总统博鲁阿尔特以视频方式共同出席钱凯港开港仪式。","2024-11-15",_u(MFA,"2024-11-15"),
    dict(rel=True,country="Peru",date="2024-11-14",type="other")),
    ("z08","外交部长王毅会见古巴驻华大使","9月10日，外交部长王毅会见即将离任的古巴驻华大使佩雷拉。","2021-09-10",_u(MFA,"2021-09-10"),
    dict(rel=True,country="Cuba",date="2021-09-10",type="meeting",hos=False)),
    ("z09","习近平同多米尼加总统梅迪纳举行会谈","11月2日，国家主席习近平在人民大会堂，同来华国事访问的多米尼加总统梅迪纳举行会谈。","2019-11-02",_u(MFA,"2019-11-02"),
    dict(rel=True,country="Dominican Republic",date="2019-11-02",type="talks",hos=True,act=None)),
    ("z10","中华人民共和国和萨尔瓦多共和国联合声明","萨尔瓦多共和国总统纳伊布·布克尔于2019年12月1日至6日对中华人民共和国进行国事访问。","2019-12-04",_u(MFA,"2019-12-04"),
    dict(rel=True,country="El Salvador",date="2019-12-01",type="joint_statement",act=None)),
    ("z11","习近平向古巴国家主席迪亚斯-卡内尔致慰问电","11月8日，国家主席习近平就古巴遭受飓风灾害向古巴国家主席迪亚斯-卡内尔致慰问电。","2024-11-08",_u(MFA,"2024-11-08"),
    dict(rel=True,country="Cuba",date="2024-11-08",type="message",hos=True)),
    ("z12","王毅同德国外长举行会谈","4月1日，外交部长王毅同德国外长贝尔伯克举行会谈，双方就中德在拉丁美洲开展三方合作交换意见。","2023-04-01",_u(MFA,"2023-04-01"),dict(rel=False)),
    ("z13","驻圭亚那大使出席圭亚那独立日招待会","5月26日，驻圭亚那大使郭海岩出席圭亚那独立日招待会，圭亚那总统阿里出席。","2024-05-27",_u(EMB,"2024-05-27"),dict(rel=False)),
    ("z14","习近平同几内亚总统敦布亚举行会谈","9月4日，国家主席习近平在人民大会堂同几内亚总统敦布亚举行会谈。","2024-09-04",_u(MFA,"2024-09-04"),dict(rel=False)),
    ("z15","王毅会见特立尼达和多巴哥外长","5月13日，外交部长王毅在北京会见来华出席中拉论坛第四届部长级会议的特立尼达和多巴哥外长布朗。","2025-05-13",_u(MFA,"2025-05-13"),
    dict(rel=True,country="Trinidad and Tobago",date="2025-05-13",type="meeting_on_sidelines",hos=False)),
]

# the codebook leaves these open; the pipeline's reading is kept, the probe is kept as a marker
DOUBTFUL = {
    "w11": "doubtful: 平等互利、共同发展的战略伙伴关系 — the study's table says 'strategic partnership', the page's "
           "words give 'strategic partnership for common development'",
    "w17": "doubtful: the 2024 中巴命运共同体 is outside the study's table; the project's history counts it as a "
           "step above the comprehensive strategic partnership",
    "w33": "doubtful: is the Summer Davos (a business forum) a multilateral conference for the sidelines rule?",
}

FIELDS = {"rel": "relevant", "country": "country", "date": "event_date", "type": "event_type",
          "hos": "head_of_state_level", "act": "partnership_action", "lvl": "partnership_level"}


def _run(probe: tuple[str, str, str, str | None, str, dict]) -> dict[str, tuple[object, object]]:
    """Mismatches of one probe: field -> (expected, got)."""
    _, title, text, published, url, expected = probe
    record = mfa(text, title=title, published=published, lang="zh", url=url)
    out = {}
    for key, want in expected.items():
        got = getattr(record, FIELDS[key])
        if got != want:
            out[key] = (want, got)
    return out


@pytest.mark.parametrize("probe", [
    pytest.param(p, id=p[0], marks=pytest.mark.xfail(strict=False, reason=DOUBTFUL[p[0]]))
    if p[0] in DOUBTFUL else pytest.param(p, id=p[0]) for p in PROBES])
def test_chinese_mfa_mixed_probe(probe) -> None:
    assert _run(probe) == {}
