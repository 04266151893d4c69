# ruff: noqa: E501 (probe texts are prose; Chinese lines count double in width)
"""Campaign 11H: a fresh mixed sample of Chinese foreign-ministry pages as a crawl meets them — the
ministry's own news (mfa.gov.cn / fmprc.gov.cn) and copies on mainland portals (新华网, 人民网, 央视网,
中国新闻网, 环球网, provincial papers) and Hong Kong / Taiwan sites in traditional characters,
2012-2025, about a fifth not relevant. Kinds stressed: Chinese short names of LAC leaders, 当地时间
datelines, 新华社/本报…电 credits, relative days (昨天, 当天, 日前), partnership steps, messages
(贺电, 唁电, 互致贺电), visit pages (抵达, 结束访问, 答记者问 on a visit), Taiwan place-name forms.
Self-written releases in the sites' style; the names of people, countries and bodies are facts.

Each probe names only the fields a careful coder would settle from the codebook; a field left out
is one the codebook leaves open for that page.

First run (blind, before any code was read), 92 probes: relevant 91/92, country 76/77, event_date
76/77, event_type 73/75, head_of_state_level 64/65, partnership_action 15/15, partnership_level
10/10. Of the four failing probes one was my error (李强 named premier before he took office, 2022);
three were fixed by cue changes (FIRST_RUN). A second batch of 22 (BATCH2), written after those
changes with no step code read: all fields right once two headlines of mine that named another
leader than their text were corrected.
"""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

MFA = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_11000{n}.shtml"
FMPRC = "https://www.fmprc.gov.cn/web/zyxw/t10{n}8{n}.shtml"
XH = "http://www.news.cn/politics/leaders/{y}-{m}/{d}/c_11297{n}.htm"
PD = "http://politics.people.com.cn/n1/{y}/{m}{d}/c1024-3266{n}.html"
CCTV = "https://news.cctv.com/{y}/{m}/{d}/ARTI{n}x{y}{m}{d}.shtml"
CNS = "https://www.chinanews.com.cn/gn/{y}/{m}-{d}/99{n}.shtml"
HQ = "https://world.huanqiu.com/article/{y}{m}{d}4K{n}"
PROV = "https://epaper.southcn.com/nfdaily/html/{ym}/{d}/content_{n}.htm"
TKP = "https://www.takungpao.com/news/232108/{y}/{m}{d}/{n}.html"
CNA = "https://www.cna.com.tw/news/aopl/{ymd}00{n}.aspx"
CSP = "comprehensive strategic partnership"
SP = "strategic partnership"


def _u(pattern: str, day: str, n: int = 1) -> str:
    y, m, d = day.split("-")
    return pattern.format(y=y, m=m, d=d, ym=y + m, ymd=y + m + d, n=n)


def _x(day: str, site: str = "新华网") -> str:
    """The furniture a portal copy carries before its story."""
    return f" date {day}\n{site} | 首页 | 时政 | 国际\n"


# (id, title, text, published, url, expected)
PROBES: list[tuple[str, str, str, str | None, str, dict]] = [
    # ---- ministry pages: talks, meetings, with partnership steps ------------------------------------
    ("h01", "习近平同巴西总统卢拉举行会谈",
     "当地时间11月20日，国家主席习近平在巴西利亚黎明宫同巴西总统卢拉举行会谈。两国元首一致同意，"
     "携手构建更公正的世界，并就深化各领域合作深入交换意见。", "2024-11-21", _u(MFA, "2024-11-21"),
     dict(rel=True, country="Brazil", date="2024-11-20", type="talks", hos=True)),
    ("h02", "习近平会见委内瑞拉总统马杜罗",
     "9月14日上午，国家主席习近平在钓鱼台国宾馆会见正在中国访问的委内瑞拉总统马杜罗。", "2018-09-14",
     _u(MFA, "2018-09-14"),
     dict(rel=True, country="Venezuela", date="2018-09-14", type="meeting", hos=True, act=None)),
    ("h03", "习近平同厄瓜多尔总统科雷亚会谈 两国元首决定建立中厄战略伙伴关系",
     "1月7日，国家主席习近平在人民大会堂同来访的厄瓜多尔总统科雷亚举行会谈。两国元首决定建立中厄战略伙伴关系，"
     "推动双边关系迈上新台阶。", "2015-01-07", _u(MFA, "2015-01-07"),
     dict(rel=True, country="Ecuador", date="2015-01-07", type="talks", hos=True, act="establish", lvl=SP)),
    ("h04", "习近平同哥斯达黎加总统索利斯举行会谈",
     "1月6日下午，国家主席习近平在北京同哥斯达黎加总统索利斯举行会谈。双方同意建立平等互利、共同发展的中哥战略伙伴关系。",
     "2015-01-06", _u(MFA, "2015-01-06"),
     dict(rel=True, country="Costa Rica", date="2015-01-06", type="talks", hos=True, act="establish")),
    ("h05", "李强同秘鲁总统博鲁阿尔特举行会谈",
     "6月28日下午，国务院总理李强在人民大会堂同来华进行国事访问的秘鲁总统博鲁阿尔特举行会谈。李强表示，中秘全面战略伙伴关系"
     "保持良好发展势头。", "2024-06-28", _u(MFA, "2024-06-28"),
     dict(rel=True, country="Peru", date="2024-06-28", type="talks", hos=True, act=None)),
    ("h06", "王毅同智利外长范克拉韦伦举行会谈",
     "4月18日，中共中央政治局委员、外交部长王毅在北京同智利外长范克拉韦伦举行会谈。", "2024-04-18",
     _u(MFA, "2024-04-18"),
     dict(rel=True, country="Chile", date="2024-04-18", type="talks", hos=False)),
    ("h07", "外交部副部长马朝旭会见多米尼克外长",
     "2023年3月2日，外交部副部长马朝旭在北京会见多米尼克外长贝林。双方就中多关系交换意见。", "2023-03-03",
     _u(MFA, "2023-03-03"),
     dict(rel=True, country="Dominica", date="2023-03-02", type="meeting", hos=False)),
    ("h08", "外交部副部长华春莹会见尼加拉瓜外长蒙卡达",
     "12月5日，外交部副部长华春莹在京会见尼加拉瓜外长蒙卡达。", "2024-12-06", _u(MFA, "2024-12-06"),
     dict(rel=True, country="Nicaragua", date="2024-12-05", type="meeting", hos=False)),
    ("h09", "习近平同尼加拉瓜总统奥尔特加举行视频会晤",
     "1月10日上午，国家主席习近平在北京同尼加拉瓜总统奥尔特加举行视频会晤。两国元首宣布将中尼关系提升为战略伙伴关系。",
     "2024-01-10", _u(MFA, "2024-01-10"),
     dict(rel=True, country="Nicaragua", date="2024-01-10", type="video_call", hos=True, act="establish", lvl=SP)),
    ("h10", "习近平同墨西哥总统希恩鲍姆通电话",
     "11月29日，国家主席习近平应约同墨西哥总统希恩鲍姆通电话。", "2024-11-29", _u(MFA, "2024-11-29"),
     dict(rel=True, country="Mexico", date="2024-11-29", type="phone_call", hos=True)),
    ("h11", "习近平会见阿根廷总统米莱",
     "当地时间11月19日上午，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见阿根廷总统米莱。",
     "2024-11-20", _u(MFA, "2024-11-20"),
     dict(rel=True, country="Argentina", date="2024-11-19", type="meeting_on_sidelines", hos=True)),
    ("h12", "习近平会见智利总统博里奇",
     "当地时间11月16日下午，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见智利总统博里奇。",
     "2024-11-17", _u(MFA, "2024-11-17"),
     dict(rel=True, country="Chile", date="2024-11-16", type="meeting_on_sidelines", hos=True)),
    ("h13", "习近平同厄瓜多尔总统诺沃亚通电话",
     "2月5日晚，国家主席习近平同厄瓜多尔总统诺沃亚通电话。诺沃亚表示，厄方珍视同中国的全面战略伙伴关系。",
     "2024-02-05", _u(MFA, "2024-02-05"),
     dict(rel=True, country="Ecuador", date="2024-02-05", type="phone_call", hos=True, act=None)),
    ("h14", "李克强会见古巴国家主席迪亚斯-卡内尔",
     "11月25日上午，国务院总理李克强在人民大会堂会见来华国事访问的古巴国家主席迪亚斯-卡内尔。", "2022-11-25",
     _u(MFA, "2022-11-25"),
     dict(rel=True, country="Cuba", date="2022-11-25", type="meeting", hos=True)),
    ("h15", "王毅同哥伦比亚外长举行电话会谈",
     "6月3日，外交部长王毅应约同哥伦比亚外长穆里略通电话。", "2024-06-04", _u(MFA, "2024-06-04"),
     dict(rel=True, country="Colombia", date="2024-06-03", type="phone_call", hos=False)),
    ("h16", "习近平同特立尼达和多巴哥总理罗利举行会谈",
     "7月1日，国家主席习近平在人民大会堂同来华访问的特立尼达和多巴哥总理罗利举行会谈。", "2019-07-01",
     _u(MFA, "2019-07-01"),
     dict(rel=True, country="Trinidad and Tobago", date="2019-07-01", type="talks", hos=True)),
    ("h17", "习近平同阿根廷总统克里斯蒂娜会谈",
     "当地时间7月18日，国家主席习近平在布宜诺斯艾利斯同阿根廷总统克里斯蒂娜举行会谈。两国元首宣布将中阿战略伙伴关系"
     "提升为全面战略伙伴关系。", "2014-07-19", _u(FMPRC, "2014-07-19"),
     dict(rel=True, country="Argentina", date="2014-07-18", type="talks", hos=True, act="upgrade", lvl=CSP)),
    ("h18", "习近平同墨西哥总统培尼亚举行会谈",
     "当地时间6月4日，国家主席习近平在墨西哥城同墨西哥总统培尼亚举行会谈。两国元首一致同意将中墨关系提升为全面战略伙伴关系。",
     "2013-06-05", _u(FMPRC, "2013-06-05"),
     dict(rel=True, country="Mexico", date="2013-06-04", type="talks", hos=True, act="upgrade", lvl=CSP)),
    ("h19", "温家宝同巴西总统罗塞夫举行会谈",
     "当地时间6月21日，国务院总理温家宝在里约热内卢同巴西总统罗塞夫举行会谈。双方宣布将中巴关系提升为全面战略伙伴关系。",
     "2012-06-22", _u(FMPRC, "2012-06-22"),
     dict(rel=True, country="Brazil", date="2012-06-21", type="talks", hos=True, act="upgrade", lvl=CSP)),
    ("h20", "习近平同牙买加总督通电话",
     "3月3日，国家主席习近平同牙买加总督艾伦通电话，祝贺两国建交纪念。", "2022-03-03", _u(MFA, "2022-03-03"),
     dict(rel=True, country="Jamaica", date="2022-03-03", type="phone_call")),
    # ---- messages ------------------------------------------------------------------------------------
    ("m01", "习近平致电祝贺诺沃亚当选厄瓜多尔总统",
     "10月17日，国家主席习近平致电诺沃亚，祝贺他当选厄瓜多尔总统。", "2023-10-17", _u(MFA, "2023-10-17"),
     dict(rel=True, country="Ecuador", date="2023-10-17", type="message", hos=False)),
    ("m02", "习近平致电祝贺米莱就任阿根廷总统",
     "12月10日，国家主席习近平致电米莱，祝贺他就任阿根廷总统。", "2023-12-10", _u(MFA, "2023-12-10"),
     dict(rel=True, country="Argentina", date="2023-12-10", type="message", hos=True)),
    ("m03", "习近平同智利总统博里奇互致贺电 庆祝两国建交50周年",
     "12月15日，国家主席习近平同智利总统博里奇互致贺电，庆祝两国建交50周年。", "2020-12-15",
     _u(MFA, "2020-12-15"),
     dict(rel=True, country="Chile", date="2020-12-15", type="message", hos=True)),
    ("m04", "习近平就墨西哥发生强烈地震向墨西哥总统培尼亚致慰问电",
     "9月20日，国家主席习近平就墨西哥中部发生强烈地震造成重大人员伤亡，向墨西哥总统培尼亚致慰问电。",
     "2017-09-20", _u(MFA, "2017-09-20"),
     dict(rel=True, country="Mexico", date="2017-09-20", type="message", hos=True)),
    ("m05", "习近平就委内瑞拉总统查韦斯逝世致唁电",
     "3月6日，国家主席胡锦涛和国家副主席习近平分别就委内瑞拉总统查韦斯逝世向委内瑞拉副总统马杜罗致唁电。",
     "2013-03-06", _u(FMPRC, "2013-03-06"),
     dict(rel=True, country="Venezuela", date="2013-03-06", type="message")),
    ("m06", "李强致电祝贺马雷罗连任古巴总理",
     "12月22日，国务院总理李强致电马雷罗，祝贺他连任古巴共和国总理。", "2023-12-22", _u(MFA, "2023-12-22"),
     dict(rel=True, country="Cuba", date="2023-12-22", type="message", hos=True)),
    ("m07", "王毅同巴拿马外长互致贺电",
     "6月13日，外交部长王毅同巴拿马外长莫恰互致贺电，庆祝中巴建交五周年。", "2022-06-13", _u(MFA, "2022-06-13"),
     dict(rel=True, country="Panama", date="2022-06-13", type="message", hos=False)),
    ("m08", "习近平复信巴西友人",
     "日前，国家主席习近平复信巴西总统卢拉，感谢他对中巴友好的支持。", "2023-03-28", _u(MFA, "2023-03-28"),
     dict(rel=True, country="Brazil", date=None, type="message")),
    ("m09", "习近平就多米尼加发生爆炸事故向阿比纳德尔总统致慰问电",
     "8月16日，国家主席习近平就多米尼加圣克里斯托瓦尔市发生严重爆炸事故向多米尼加总统阿比纳德尔致慰问电。",
     "2023-08-16", _u(MFA, "2023-08-16"),
     dict(rel=True, country="Dominican Republic", date="2023-08-16", type="message", hos=True)),
    ("m10", "习近平在巴西媒体发表署名文章",
     "11月18日，在赴里约热内卢出席二十国集团峰会并对巴西进行国事访问之际，国家主席习近平在巴西媒体发表题为《共同谱写友好新篇》的署名文章。",
     "2024-11-18", _u(MFA, "2024-11-18"),
     dict(rel=True, country="Brazil", date="2024-11-18", type="message", hos=False)),
    # ---- visit pages -------------------------------------------------------------------------------
    ("v01", "习近平抵达巴西利亚开始对巴西进行国事访问",
     "当地时间11月19日晚，国家主席习近平乘专机抵达巴西利亚，开始对巴西进行国事访问。", "2024-11-20",
     _u(MFA, "2024-11-20", 2),
     dict(rel=True, country="Brazil", date="2024-11-19", type="state_visit")),
    ("v02", "习近平结束对厄瓜多尔国事访问",
     "当地时间11月18日，国家主席习近平结束对厄瓜多尔的国事访问，乘专机离开基多前往秘鲁利马。", "2016-11-19",
     _u(FMPRC, "2016-11-19"),
     dict(rel=True, country="Ecuador", date="2016-11-18", type="state_visit")),
    ("v03", "王毅抵达巴西利亚开始对巴西进行正式访问",
     "当地时间7月25日，外交部长王毅抵达巴西利亚，开始对巴西进行正式访问。", "2024-07-26", _u(MFA, "2024-07-26"),
     dict(rel=True, country="Brazil", date="2024-07-25", type="official_visit", hos=False)),
    ("v04", "王毅就习近平主席出席金砖国家领导人会晤并对巴西进行国事访问答记者问",
     "当地时间11月14日，在结束对巴西的国事访问前，外交部长王毅向随行记者介绍此访情况。王毅说，习近平主席11月12日至14日"
     "出席在巴西利亚举行的金砖国家领导人第十一次会晤，并对巴西进行国事访问。", "2019-11-15", _u(MFA, "2019-11-15"),
     dict(rel=True, country="Brazil", date="2019-11-12", type="other", hos=False)),
    ("v05", "外交部发言人宣布巴西总统卢拉将对中国进行国事访问",
     "外交部发言人华春莹宣布：应国家主席习近平邀请，巴西联邦共和国总统卢拉将于3月26日至31日对中国进行国事访问。",
     "2023-03-20", _u(MFA, "2023-03-20"),
     dict(rel=True, country="Brazil", date="2023-03-26", type="state_visit")),
    ("v06", "乌拉圭总统拉卡列抵达北京",
     "11月20日晚，乌拉圭总统拉卡列乘专机抵达北京，开始对中国进行国事访问。", "2023-11-21", _u(MFA, "2023-11-21"),
     dict(rel=True, country="Uruguay", date="2023-11-20", type="state_visit")),
    ("v07", "李强结束对巴西的访问",
     "当地时间7月7日，国务院总理李强出席金砖国家领导人第十七次会晤后，结束对巴西的正式访问，乘专机离开里约热内卢回国。",
     "2025-07-08", _u(MFA, "2025-07-08"),
     dict(rel=True, country="Brazil", date="2025-07-07", type="official_visit")),
    ("v08", "外交部发言人答记者问：王毅将访问墨西哥、智利",
     "问：能否介绍王毅外长此次访问拉美的安排？答：外交部长王毅将于8月访问墨西哥和智利，同两国领导人和外长举行会见会谈。",
     "2023-07-31", _u(MFA, "2023-07-31"),
     dict(rel=True, country="multilateral", date=None)),
    # ---- portal copies, credits and relative days -------------------------------------------------
    ("c01", "习近平同哥伦比亚总统佩特罗举行会谈",
     _x("2023-10-26") + "新华社北京10月25日电 国家主席习近平25日在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。"
     "两国元首宣布将中哥关系提升为战略伙伴关系。", "2023-10-26", _u(XH, "2023-10-26"),
     dict(rel=True, country="Colombia", date="2023-10-25", type="talks", hos=True, act="establish", lvl=SP)),
    ("c02", "习近平会见古巴国家主席迪亚斯-卡内尔",
     _x("2019-01-01", "人民网") + "本报北京12月31日电 国家主席习近平31日在人民大会堂会见古巴国家主席迪亚斯-卡内尔。",
     "2019-01-01", _u(PD, "2019-01-01"),
     dict(rel=True, country="Cuba", date="2018-12-31", type="meeting", hos=True)),
    ("c03", "习近平同玻利维亚总统阿尔塞通电话",
     _x("2023-02-09", "央视网") + "央视网消息：国家主席习近平昨天同玻利维亚总统阿尔塞通电话。", "2023-02-09",
     _u(CCTV, "2023-02-09"),
     dict(rel=True, country="Bolivia", date="2023-02-08", type="phone_call", hos=True)),
    ("c04", "王毅会见乌拉圭外长",
     _x("2019-04-30", "中国新闻网") + "中新网4月29日电 据外交部网站消息，当天，外交部长王毅在北京会见乌拉圭外长尼诺沃亚。",
     "2019-04-30", _u(CNS, "2019-04-30"),
     dict(rel=True, country="Uruguay", date="2019-04-29", type="meeting", hos=False)),
    ("c05", "习近平同委内瑞拉总统马杜罗互致贺电",
     _x("2024-06-28", "环球网") + "【环球网报道】据新华社消息，6月28日，国家主席习近平同委内瑞拉总统马杜罗互致贺电，"
     "庆祝两国建交50周年。", "2024-06-28", _u(HQ, "2024-06-28"),
     dict(rel=True, country="Venezuela", date="2024-06-28", type="message", hos=True)),
    ("c06", "习近平会见秘鲁总统",
     _x("2024-11-15") + "新华社利马11月14日电（记者 郭某某）当地时间14日下午，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。"
     "两国元首共同见证签署多项合作文件。", "2024-11-15", _u(XH, "2024-11-15"),
     dict(rel=True, country="Peru", date="2024-11-14", type="talks", hos=True)),
    ("c07", "王毅同阿根廷外长通电话",
     "南方日报讯 外交部长王毅日前应约同阿根廷外长卡菲罗通电话，双方就两国关系交换意见。", "2020-08-20",
     _u(PROV, "2020-08-20"),
     dict(rel=True, country="Argentina", date=None, type="phone_call", hos=False)),
    ("c08", "习近平同洪都拉斯总统卡斯特罗举行会谈",
     _x("2023-06-13", "人民网") + "本报北京6月12日电（记者 某某）国家主席习近平12日在人民大会堂同来华进行国事访问的洪都拉斯总统卡斯特罗举行会谈。",
     "2023-06-13", _u(PD, "2023-06-13"),
     dict(rel=True, country="Honduras", date="2023-06-12", type="talks", hos=True)),
    ("c09", "丁薛祥出席巴西总统就职仪式",
     _x("2023-01-02", "中国新闻网") + "中新社巴西利亚1月1日电 当地时间1日，国家主席习近平特使、国务院副总理丁薛祥出席巴西总统卢拉就职仪式。",
     "2023-01-02", _u(CNS, "2023-01-02"),
     dict(rel=True, country="Brazil", date="2023-01-01", type="other", hos=False)),
    ("c10", "李强会见格林纳达总理米切尔",
     _x("2024-06-26", "央视网") + "据央视新闻，国务院总理李强今天上午在大连会见来华出席夏季达沃斯论坛的格林纳达总理米切尔。",
     "2024-06-26", _u(CCTV, "2024-06-26"),
     dict(rel=True, country="Grenada", date="2024-06-26", hos=True)),
    ("c11", "习近平同古巴领导人通电话",
     _x("2022-04-15") + "新华社北京4月15日电 国家主席习近平当天同古巴国家主席迪亚斯-卡内尔通电话。",
     "2022-04-15", _u(XH, "2022-04-15"),
     dict(rel=True, country="Cuba", date="2022-04-15", type="phone_call", hos=True)),
    ("c12", "王毅同圭亚那外长托德会谈",
     _x("2019-06-11") + "新华社北京6月10日电 国务委员兼外长王毅昨天在北京同圭亚那外长格林里奇举行会谈。",
     "2019-06-11", _u(XH, "2019-06-11"),
     dict(rel=True, country="Guyana", date="2019-06-09", type="talks", hos=False)),
    ("c13", "习近平向拉共体峰会发表视频致辞",
     _x("2021-09-19") + "新华社北京9月18日电 国家主席习近平18日以视频方式向拉美和加勒比国家共同体第六届峰会发表致辞。",
     "2021-09-19", _u(XH, "2021-09-19"),
     dict(rel=True, country="multilateral", date="2021-09-18", type="other")),
    ("c14", "王毅出席中拉论坛第三届部长级会议",
     _x("2021-12-04", "中国新闻网") + "中新网12月3日电 外交部长王毅3日以视频方式出席中国－拉共体论坛第三届部长级会议并致辞。",
     "2021-12-04", _u(CNS, "2021-12-04"),
     dict(rel=True, country="multilateral", date="2021-12-03", type="other", hos=False)),
    ("c15", "习近平同巴拿马总统巴雷拉举行会谈",
     _x("2017-11-18", "人民网") + "本报北京11月17日电 国家主席习近平17日在人民大会堂同巴拿马总统巴雷拉举行会谈。"
     "这是两国建交后巴拿马总统首次访华。", "2017-11-18", _u(PD, "2017-11-18"),
     dict(rel=True, country="Panama", date="2017-11-17", type="talks", hos=True, act=None)),
    ("c16", "习近平会见萨尔瓦多总统布克尔",
     "浙江日报讯 国家主席习近平昨日在人民大会堂会见来华进行国事访问的萨尔瓦多总统布克尔。", "2019-12-04",
     _u(PROV, "2019-12-04"),
     dict(rel=True, country="El Salvador", date="2019-12-03", type="meeting", hos=True)),
    ("c17", "王毅会见巴巴多斯外长",
     _x("2023-01-06", "环球网") + "【环球网报道】据外交部网站消息，1月5日，外交部长王毅在北京会见巴巴多斯外长麦康尼。",
     "2023-01-06", _u(HQ, "2023-01-06"),
     dict(rel=True, country="Barbados", date="2023-01-05", type="meeting", hos=False)),
    ("c18", "习近平同乌拉圭总统巴斯克斯举行会谈",
     _x("2016-10-19") + "新华社北京10月18日电 国家主席习近平18日在人民大会堂同乌拉圭总统巴斯克斯举行会谈。两国元首宣布，"
     "建立中乌战略伙伴关系。", "2016-10-19", _u(XH, "2016-10-19"),
     dict(rel=True, country="Uruguay", date="2016-10-18", type="talks", hos=True, act="establish", lvl=SP)),
    ("c19", "习近平同智利总统巴切莱特举行会谈",
     _x("2016-11-23") + "新华社圣地亚哥11月22日电 当地时间22日，国家主席习近平在圣地亚哥总统府同智利总统巴切莱特举行会谈。"
     "两国元首一致同意将中智关系提升为全面战略伙伴关系。", "2016-11-23", _u(XH, "2016-11-23"),
     dict(rel=True, country="Chile", date="2016-11-22", type="talks", hos=True, act="upgrade", lvl=CSP)),
    ("c20", "习近平同秘鲁总统乌马拉举行会谈",
     _x("2013-04-07", "人民网") + "本报北京4月6日电 国家主席习近平6日在人民大会堂同秘鲁总统乌马拉举行会谈。两国元首宣布将中秘关系"
     "提升为全面战略伙伴关系。", "2013-04-07", _u(PD, "2013-04-07"),
     dict(rel=True, country="Peru", date="2013-04-06", type="talks", hos=True, act="upgrade", lvl=CSP)),
    ("c21", "习近平同特多总理会谈",
     _x("2013-06-02") + "新华社西班牙港6月1日电 国家主席习近平1日在西班牙港同特立尼达和多巴哥总理珀塞德-比塞萨尔举行会谈。"
     "双方决定建立互利发展的中特全面合作伙伴关系。", "2013-06-02", _u(XH, "2013-06-02"),
     dict(rel=True, country="Trinidad and Tobago", date="2013-06-01", type="talks", hos=True, act="upgrade",
          lvl="comprehensive cooperative partnership")),
    ("c22", "习近平抵达里约热内卢",
     _x("2024-11-18", "央视网") + "央视网消息：当地时间11月17日晚，国家主席习近平抵达里约热内卢，出席二十国集团领导人第十九次峰会"
     "并对巴西进行国事访问。", "2024-11-18", _u(CCTV, "2024-11-18"),
     dict(rel=True, country="Brazil", date="2024-11-17", type="state_visit")),
    # ---- Hong Kong and Taiwan sites, traditional characters ------------------------------------------
    ("t01", "習近平同巴西總統盧拉會談",
     "【大公報訊】綜合新華社報道：國家主席習近平14日在北京人民大會堂同來華國事訪問的巴西總統盧拉舉行會談。",
     "2023-04-15", _u(TKP, "2023-04-15"),
     dict(rel=True, country="Brazil", date="2023-04-14", type="talks", hos=True)),
    ("t02", "習近平與委內瑞拉總統馬杜羅通電話",
     "【大公報訊】據新華社報道，國家主席習近平昨日同委內瑞拉總統馬杜羅通電話。", "2020-03-21",
     _u(TKP, "2020-03-21"),
     dict(rel=True, country="Venezuela", date="2020-03-20", type="phone_call", hos=True)),
    ("t03", "習近平會見尼加拉瓜總統奧爾特加",
     "（中央社台北8月31日電）中國國家主席習近平今天在北京會見尼加拉瓜總統奧蒂嘉的特使。", "2023-08-31",
     _u(CNA, "2023-08-31"),
     dict(rel=True, country="Nicaragua", date="2023-08-31", type="meeting", hos=False)),
    ("t04", "習近平晤宏都拉斯總統卡斯楚 稱兩國關係開新篇",
     "（中央社台北6月12日電）中國國家主席習近平今天在北京與到訪的宏都拉斯總統卡斯楚會談，這是宏國與台灣斷交後卡斯楚首度訪中。",
     "2023-06-12", _u(CNA, "2023-06-12"),
     dict(rel=True, country="Honduras", date="2023-06-12", type="talks", hos=True)),
    ("t05", "王毅會見瓜地馬拉外長",
     "（中央社台北3月5日電）中國外交部長王毅日前在北京會見來訪的瓜地馬拉外長，雙方討論雙邊往來。", "2025-03-05",
     _u(CNA, "2025-03-05"),
     dict(rel=True, country="Guatemala", date=None, type="meeting", hos=False)),
    ("t06", "習近平與多明尼加總統會談 雙方簽署合作文件",
     "（中央社台北11月2日電）中國國家主席習近平今天在北京人民大會堂與多明尼加總統梅迪納會談。", "2018-11-02",
     _u(CNA, "2018-11-02"),
     dict(rel=True, country="Dominican Republic", date="2018-11-02", type="talks", hos=True)),
    ("t07", "習近平致電祝賀米萊當選阿根廷總統",
     "【大公報訊】國家主席習近平11月20日致電米萊，祝賀他當選阿根廷總統。", "2023-11-21", _u(TKP, "2023-11-21"),
     dict(rel=True, country="Argentina", date="2023-11-20", type="message", hos=False)),
    ("t08", "李強會見哥斯大黎加外長",
     "（中央社台北5月14日電）中國國務院總理李強今天在北京會見出席中拉論壇部長級會議的哥斯大黎加外長。",
     "2025-05-14", _u(CNA, "2025-05-14"),
     dict(rel=True, country="Costa Rica", date="2025-05-14", type="meeting_on_sidelines", hos=False)),
    ("t09", "習近平與古巴國家主席迪亞斯-卡內爾會談",
     "【文匯報訊】國家主席習近平昨日在人民大會堂同古巴國家主席迪亞斯-卡內爾舉行會談。", "2022-11-26",
     "https://www.wenweipo.com/a/202211/26/AP6381a1.html",
     dict(rel=True, country="Cuba", date="2022-11-25", type="talks", hos=True)),
    ("t10", "習近平與厄瓜多總統諾沃亞通話",
     "（中央社台北2月5日電）中國國家主席習近平今天與厄瓜多總統諾沃亞通電話。", "2024-02-05",
     _u(CNA, "2024-02-05"),
     dict(rel=True, country="Ecuador", date="2024-02-05", type="phone_call", hos=True)),
    ("t11", "習近平抵達秘魯利馬 展開國事訪問",
     "【大公報訊】綜合報道：當地時間11月14日，國家主席習近平抵達利馬，出席亞太經合組織會議並對秘魯進行國事訪問。",
     "2024-11-15", _u(TKP, "2024-11-15"),
     dict(rel=True, country="Peru", date="2024-11-14", type="state_visit")),
    ("t12", "習近平同蓋亞那總統阿里互致賀電",
     "（中央社台北6月27日電）中國國家主席習近平今天與蓋亞那總統阿里互致賀電，慶祝雙方建交52週年。", "2024-06-27",
     _u(CNA, "2024-06-27"),
     dict(rel=True, country="Guyana", date="2024-06-27", type="message", hos=True)),
    # ---- older pages, year from the address, month after the printed date ---------------------------
    ("o01", "王毅会见巴西外长",
     "12月28日，外交部长王毅在北京会见巴西外长维埃拉。", "2021-01-02", _u(MFA, "2021-01-02"),
     dict(rel=True, country="Brazil", date="2020-12-28", type="meeting", hos=False)),
    ("o02", "习近平会见苏里南总统鲍特瑟",
     "国家主席习近平2月12日在人民大会堂会见苏里南总统鲍特瑟。", None, _u(FMPRC, "2014-02-13"),
     dict(rel=True, country="Suriname", date=None, type="meeting", hos=True)),
    ("o03", "李克强会见牙买加总理霍尔尼斯",
     "4月11日，国务院总理李克强在人民大会堂会见牙买加总理霍尔尼斯。", None, _u(MFA, "2019-04-12"),
     dict(rel=True, country="Jamaica", date="2019-04-11", type="meeting", hos=True)),
    ("o04", "习近平同哥斯达黎加总统阿尔瓦拉多举行会谈",
     "周四，国家主席习近平在人民大会堂同哥斯达黎加总统阿尔瓦拉多举行会谈。", "2019-01-05",
     _u(MFA, "2019-01-05"),
     dict(rel=True, country="Costa Rica", date="2019-01-03", type="talks", hos=True)),
    ("o05", "张高丽会见阿根廷外长",
     "国务院副总理张高丽日前在中南海会见阿根廷外长马尔科拉。", "2016-05-20", _u(FMPRC, "2016-05-20"),
     dict(rel=True, country="Argentina", date=None, type="meeting", hos=False)),
    # ---- not relevant ----------------------------------------------------------------------------------
    ("n01", "习近平同西班牙国王费利佩六世会谈",
     "11月28日，国家主席习近平在马德里同西班牙国王费利佩六世举行会谈，双方表示愿在拉美开展三方合作。", "2018-11-29",
     _u(MFA, "2018-11-29"), dict(rel=False)),
    ("n02", "王毅同葡萄牙外长举行会谈",
     _x("2022-03-09") + "新华社北京3月8日电 外交部长王毅8日同葡萄牙外长通电话，谈及中葡在巴西等葡语国家的合作。",
     "2022-03-09", _u(XH, "2022-03-09"), dict(rel=False)),
    ("n03", "李强会见菲律宾总统",
     "9月6日，国务院总理李强在雅加达出席东亚合作领导人系列会议期间会见菲律宾总统马科斯。", "2023-09-07",
     _u(MFA, "2023-09-07"), dict(rel=False)),
    ("n04", "總統賴清德接見巴拉圭總統彭尼亞",
     "（中央社台北9月1日電）總統賴清德今天在總統府接見來訪的巴拉圭總統彭尼亞，感謝巴國長期支持。", "2024-09-01",
     _u(CNA, "2024-09-01"), dict(rel=False)),
    ("n05", "驻阿根廷大使王卫会见阿根廷外长",
     "3月14日，驻阿根廷大使王卫在布宜诺斯艾利斯会见阿根廷外长蒙迪诺。", "2024-03-15", _u(MFA, "2024-03-15"),
     dict(rel=False)),
    ("n06", "习近平给北京冬奥志愿者回信",
     "新华社北京1月8日电 国家主席习近平日前给北京冬奥会、冬残奥会志愿者回信。", "2022-01-09", _u(XH, "2022-01-09"),
     dict(rel=False)),
    ("n07", "王毅同几内亚比绍外长会谈",
     "6月2日，外交部长王毅在长沙同几内亚比绍外长举行会谈。", "2024-06-02", _u(MFA, "2024-06-02"), dict(rel=False)),
    ("n08", "广东省领导会见巴西圣保罗州代表团",
     "南方日报讯 昨天，省长在广州会见巴西圣保罗州副州长率领的代表团。", "2019-05-22", _u(PROV, "2019-05-22"),
     dict(rel=False)),
    ("n09", "习近平同法国总统马克龙举行会谈",
     _x("2023-04-07", "央视网") + "央视网消息：4月6日下午，国家主席习近平在人民大会堂同法国总统马克龙举行会谈。", "2023-04-07",
     _u(CCTV, "2023-04-07"), dict(rel=False)),
    ("n10", "外交部发言人就圣卢西亚与台湾当局所谓“建交”答记者问",
     "问：圣卢西亚政府日前宣布同台湾当局“复交”，中方对此有何回应？答：中方对此表示强烈愤慨和坚决反对。", "2007-05-01",
     "https://www.fmprc.gov.cn/web/fyrbt_673021/t315830.shtml", dict(rel=False)),
    ("n11", "王毅同澳大利亚外长黄英贤举行会谈",
     "12月21日，外交部长王毅在北京同澳大利亚外长黄英贤举行会谈。", "2022-12-21", _u(MFA, "2022-12-21"),
     dict(rel=False)),
    ("n12", "習近平會見新加坡總理",
     "【大公報訊】國家主席習近平昨日在人民大會堂會見新加坡總理李顯龍。", "2023-03-31", _u(TKP, "2023-03-31"),
     dict(rel=False)),
    ("n13", "中国驻古巴使馆举办国庆招待会",
     "9月28日，驻古巴大使马辉在哈瓦那举办国庆招待会，古巴外长罗德里格斯出席。", "2023-09-29", _u(MFA, "2023-09-29"),
     dict(rel=False)),
    ("n14", "习近平同南非总统拉马福萨通电话",
     _x("2022-06-09", "中国新闻网") + "中新网6月8日电 国家主席习近平8日同南非总统拉马福萨通电话。", "2022-06-09",
     _u(CNS, "2022-06-09"), dict(rel=False)),
    ("n15", "国务院新闻办举行发布会介绍一季度外贸情况",
     "4月13日，国务院新闻办公室举行发布会，海关总署介绍一季度对拉美等地区进出口情况。", "2023-04-13",
     _u(CNS, "2023-04-13"), dict(rel=False)),
]

# a second batch, written after the first run and the cue changes, with no step code read
BATCH2: list[tuple[str, str, str, str | None, str, dict]] = [
    ("b01", "习近平同拉美和加勒比国家领导人会晤 宣布建立中拉全面合作伙伴关系",
     "当地时间7月17日，国家主席习近平在巴西利亚同拉美和加勒比国家领导人举行会晤。习近平宣布，中方愿同拉美和加勒比国家"
     "共同努力，建立平等互利、共同发展的中拉全面合作伙伴关系。", "2014-07-18", _u(FMPRC, "2014-07-18"),
     dict(rel=True, country="multilateral", date="2014-07-17", act="establish",
          lvl="comprehensive cooperative partnership")),
    ("b02", "习近平同古巴国家主席迪亚斯-卡内尔互致贺电",
     _x("2020-09-29") + "新华社北京9月28日电 9月28日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致贺电，庆祝两国建交60周年。",
     "2020-09-29", _u(XH, "2020-09-29"),
     dict(rel=True, country="Cuba", date="2020-09-28", type="message", hos=True)),
    ("b03", "习近平就巴西圣卡塔琳娜州校园袭击事件向卢拉总统致慰问电",
     "4月6日，国家主席习近平就巴西圣卡塔琳娜州发生校园袭击事件向巴西总统卢拉致慰问电。", "2023-04-06",
     _u(MFA, "2023-04-06", 3),
     dict(rel=True, country="Brazil", date="2023-04-06", type="message", hos=True)),
    ("b04", "王毅会见圣文森特和格林纳丁斯外长",
     "外交部长王毅昨晚在北京会见圣文森特和格林纳丁斯外长。", "2024-03-21", _u(PROV, "2024-03-21", 4),
     dict(rel=True, country="Saint Vincent and the Grenadines", date="2024-03-20", type="meeting", hos=False)),
    ("b05", "习近平会见巴哈马总理戴维斯",
     _x("2024-06-27", "人民网") + "本报大连6月26日电 国家主席习近平26日在人民大会堂会见巴哈马总理戴维斯。", "2024-06-27",
     _u(PD, "2024-06-27", 5),
     dict(rel=True, country="Bahamas", date="2024-06-26", type="meeting", hos=True)),
    ("b06", "习近平同安提瓜和巴布达总理布朗举行会谈",
     "星期三，国家主席习近平在人民大会堂同来华访问的安提瓜和巴布达总理布朗举行会谈。", "2018-05-26",
     _u(MFA, "2018-05-26", 6),
     dict(rel=True, country="Antigua and Barbuda", date="2018-05-23", type="talks", hos=True)),
    ("b07", "王毅将出席中拉论坛第二届部长级会议并访问智利",
     "外交部发言人陆慷宣布：外交部长王毅将于1月21日至23日出席在智利圣地亚哥举行的中国－拉共体论坛第二届部长级会议，并访问智利。",
     "2018-01-17", _u(FMPRC, "2018-01-17"),
     dict(rel=True, date="2018-01-21", hos=False)),
    ("b08", "王毅结束访问拉美三国",
     "当地时间2月24日，外交部长王毅结束对巴西、阿根廷、委内瑞拉的访问回国。", "2015-02-25", _u(FMPRC, "2015-02-25"),
     dict(rel=True, country="multilateral", type="official_visit", hos=False)),
    ("b09", "習近平同千里達及托巴哥總理羅利會談",
     "（中央社台北7月1日電）中國國家主席習近平今天在北京與千里達及托巴哥總理羅利會談。", "2019-07-01",
     _u(CNA, "2019-07-01", 7),
     dict(rel=True, country="Trinidad and Tobago", date="2019-07-01", type="talks", hos=True)),
    ("b10", "習近平晤蘇利南總統 雙方建立戰略合作夥伴關係",
     "（中央社台北11月27日電）中國國家主席習近平今天與蘇利南總統鮑特瑟會談，宣布建立戰略合作夥伴關係。", "2019-11-27",
     _u(CNA, "2019-11-27", 8),
     dict(rel=True, country="Suriname", date="2019-11-27", type="talks", hos=True, act="establish",
          lvl="strategic cooperative partnership")),
    ("b11", "李強與巴貝多總理莫特利會面",
     "（中央社台北6月25日電）中國國務院總理李強昨天在大連與巴貝多總理莫特利會面。", "2024-06-25",
     _u(CNA, "2024-06-25", 9),
     dict(rel=True, country="Barbados", date="2024-06-24", hos=True)),
    ("b12", "總統賴清德接見貝里斯總理",
     "（中央社台北5月10日電）總統賴清德今天接見貝里斯總理布里塞尼奧，雙方就經貿合作交換意見。", "2024-05-10",
     _u(CNA, "2024-05-10", 2), dict(rel=False)),
    ("b13", "習近平與巴西總統盧拉通電話",
     "【大公報訊】國家主席習近平前日同巴西總統盧拉通電話，就兩國關係交換意見。", "2023-08-03",
     _u(TKP, "2023-08-03", 3),
     dict(rel=True, country="Brazil", type="phone_call", hos=True)),
    ("b14", "习近平会见阿根廷总统马克里",
     _x("2018-12-02", "央视网") + "央视网消息：当地时间12月1日，国家主席习近平在布宜诺斯艾利斯出席二十国集团领导人第十三次峰会期间会见阿根廷总统马克里。",
     "2018-12-02", _u(CCTV, "2018-12-02", 4),
     dict(rel=True, country="Argentina", date="2018-12-01", type="meeting_on_sidelines", hos=True)),
    ("b15", "韩正会见巴拿马副总统",
     "8月14日，国家副主席韩正在北京会见巴拿马副总统兼外长莫恰。", "2023-08-14", _u(MFA, "2023-08-14", 5),
     dict(rel=True, country="Panama", date="2023-08-14", type="meeting", hos=False)),
    ("b16", "外交部副部长邓励同阿根廷外交部国务秘书举行磋商",
     "6月3日，外交部副部长邓励在北京同阿根廷外交部国际经济关系国务秘书举行两国外交部政治磋商。", "2024-06-04",
     _u(MFA, "2024-06-04", 6),
     dict(rel=True, country="Argentina", date="2024-06-03", hos=False)),
    ("b17", "习近平复信哥伦比亚总统佩特罗",
     _x("2024-02-20", "中国新闻网") + "中新网2月19日电 据新华社消息，国家主席习近平近日复信哥伦比亚总统佩特罗。", "2024-02-20",
     _u(CNS, "2024-02-20", 7),
     dict(rel=True, country="Colombia", date=None, type="message", hos=True)),
    ("b18", "王毅同牙买加外长约翰逊·史密斯举行会谈",
     "5月15日，外交部长王毅在北京同来华出席中拉论坛部长级会议的牙买加外长约翰逊·史密斯举行会谈。", "2025-05-15",
     _u(MFA, "2025-05-15", 8),
     dict(rel=True, country="Jamaica", date="2025-05-15", hos=False)),
    ("b19", "习近平同玻利维亚总统莫拉莱斯互致贺电",
     "7月9日，国家主席习近平同玻利维亚总统莫拉莱斯互致贺电，庆祝两国建交四十周年。", "2025-07-09",
     "https://www.mfa.gov.cn/web/zyxw/201507/t20150709_11000009.shtml",
     dict(rel=True, country="Bolivia", hos=True, type="message")),
    ("b20", "王毅同俄罗斯外长拉夫罗夫会谈",
     "【環球網報道】7月5日，外交部長王毅在阿斯塔納同俄羅斯外長拉夫羅夫會談，雙方談及金磚國家合作及拉美局勢。", "2024-07-05",
     _u(HQ, "2024-07-05", 9), dict(rel=False)),
    ("b21", "习近平就古巴哈瓦那酒店爆炸事件向迪亚斯-卡内尔致慰问电",
     "新华社北京5月8日电 5月8日，国家主席习近平就古巴首都哈瓦那一酒店发生爆炸事故，向古巴国家主席迪亚斯-卡内尔致慰问电。",
     "2022-05-09", _u(XH, "2022-05-09", 2),
     dict(rel=True, country="Cuba", date="2022-05-08", type="message", hos=True)),
    ("b22", "李强抵达里约热内卢",
     "当地时间7月5日，应巴西总统卢拉邀请，国务院总理李强乘专机抵达里约热内卢，出席金砖国家领导人第十七次会晤并对巴西进行正式访问。",
     "2025-07-06", _u(MFA, "2025-07-06", 3),
     dict(rel=True, country="Brazil", date="2025-07-05", type="official_visit")),
]

# the codebook leaves these open; the pipeline's reading is kept, the probe is kept as a marker
DOUBTFUL: dict[str, str] = {}

# failed on the first (blind) run, fixed since by cue changes (kept as a record, not marked)
FIRST_RUN: dict[str, str] = {
    "h15": "电话会谈 is a phone call, not talks",
    "v04": "a minister's 答记者问 on a trip is `other`, not the visit",
    "v08": "a spokesperson's answer on a minister's LAC trip is relevant (several countries: multilateral)",
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
    if p[0] in DOUBTFUL else pytest.param(p, id=p[0]) for p in PROBES + BATCH2])
def test_fresh_chinese_mfa_probe(probe) -> None:
    assert _run(probe) == {}
