# ruff: noqa: E501  (probe texts are long lines)
"""Campaign 17G: fresh foreign-ministry pages as the web copies them, a new hand's blind sample.

The held-out pages are mostly copies of foreign-ministry releases on other hosts: People's Daily
Online (English and Chinese), the State Council's big5 and English portals, embassies and consulates
anywhere, the energy administration's Belt-and-Road portal, big5 CCTV, CGTN, Caixin, China Daily,
Global Times, ecns, Shine, the PLA's sites, the audit office's and the supreme court's own sites,
Zaobao, China Times, CRNTT, foreign aggregators, WeChat mirrors, an academic database, provincial
papers and a bare IP address. Each page carries its host's furniture (menus, bylines, editor and
source lines, share bars, related news, app banners) around the release: talks, meetings, meetings
on summit sidelines, visits (announcement, arrival, departure, results), calls, messages, joint
statements, partnership steps (read against partnership-history.csv), ministers of other organs;
about a fifth not relevant (ambassador-only, Taiwan's own diplomacy on a Taiwan paper, LAC only as a
topic, non-LAC look-alikes).

Self-written releases: the wording is invented, the names of countries, parties and officials are
facts. Each probe names the values a careful coder gives under the codebook (shared/eval/SCHEMA.md);
one test per probe and field. The level is checked with an action; the counterpart is checked as
any of the '|' forms inside the record's counterpart.

``PROBES`` (107 pages) were written blind, before any code under nlp/ was read. First run, doubtful
fields left out: 582 of 593 checks passed: relevant 106/107, country 81/82, event_type 77/80 (the
doubtful Han Zheng headline counted as a miss), event_date 78/80, head_of_state_level 74/75,
partnership_action 81/81, partnership_level 17/17, counterpart 68/71.

``PROBES_2`` (33 pages, 166 checks) were written after the first fixes, to look for other kinds
(furniture naming LAC exchanges beside a non-LAC page, traditional Hong Kong copies, a Taiwan wire in
English, a trip's account headlined 'sums up'); they are no blind estimate: 2 of 166 failed first. ``PROBES_3``
(16 pages, 84 checks: captions above the lead, hosts' own headlines, a year from the address or the
year before the printed date) failed one check first, a 会谈 at the UN General Assembly now marked
doubtful (the text's word 'talks' against the Assembly's sidelines). ``PROBES_4`` (8 pages, 40
checks: arrivals at a summit's host, a head of government's official visit, 'yesterday' under a dateline
or a printed date, a sister-city visit, a spokesperson on a LAC state's politics) passed on the first run."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import NO, MfaProbe, Probe, assert_unique_ids, cases, record_of, url, value_of, yes

# ---- hosts that copy the ministry's releases (their own address patterns) ---------------------------
PEOPLE_EN = "http://en.people.cn/n3/{y}/{m}{d}/c90000-{n}.html"
PEOPLE_WORLD = "http://world.people.com.cn/n1/{y}/{m}{d}/c1002-3{n:07d}.html"
PEOPLE_CPC = "http://cpc.people.com.cn/n1/{y}/{m}{d}/c64094-3{n:07d}.html"
GOV_BIG5 = "http://big5.www.gov.cn/gate/big5/www.gov.cn/yaowen/liebiao/{ym}/content_{n}.htm"
GOV_EN = "https://english.www.gov.cn/news/{ym}/{d}/content_WS{n}.html"
EMB = "http://{cc}.china-embassy.gov.cn/eng/zgyw/{ym}/t{ymd}_{n}.htm"
EMB_ZH = "http://{cc}.china-embassy.gov.cn/chn/zgyw/{ym}/t{ymd}_{n}.htm"
EMB_SE = "http://www.chinaembassy.se/eng/zgxw/{ym}/t{ymd}_{n}.htm"
CONS_SYD = "http://sydney.china-consulate.gov.cn/eng/zgxw/{ym}/t{ymd}_{n}.htm"
NEA_BRI = "http://obor.nea.gov.cn/detail/{n}.html"
CCTV_BIG5 = "http://big5.cctv.com/gate/big5/news.cctv.com/{y}/{m}/{d}/ARTI{n}.shtml"
CGTN = "https://news.cgtn.com/news/{y}-{m}-{d}/Xi-{n}/index.html"
CAIXIN = "https://www.caixinglobal.com/{y}-{m}-{d}/{n}.html"
CHINADAILY = "https://www.chinadaily.com.cn/a/{ym}/{d}/WS{n}.html"
GLOBALTIMES = "https://www.globaltimes.cn/page/{ym}/{n}.shtml"
ECNS = "http://www.ecns.cn/news/politics/{y}-{m}-{d}/detail-{n}.shtml"
SHINE = "https://www.shine.cn/news/nation/{y}{m}{d}{n}/"
MIL81 = "http://www.81.cn/jmywyl/{y}-{m}/{d}/content_{n}.htm"
CHINAMIL = "http://eng.chinamil.com.cn/CHINA_209163/TopStories_209189/{n}.html"
AUDIT = "https://www.audit.gov.cn/n4/n19/c{n}/content.html"
COURT = "https://www.court.gov.cn/zixun/xiangqing/{n}.html"
COURT_EN = "https://english.court.gov.cn/{y}-{m}/{d}/c_{n}.htm"
ZAOBAO = "https://www.zaobao.com.sg/realtime/china/story{ymd}-{n}"
CHINATIMES = "https://www.chinatimes.com/realtimenews/{ymd}00{n}-260408"
CRNTT = "http://hk.crntt.com/doc/1{n}/1/0/1{n}.html?coluid=7&kindid=0&docid=1{n}"
URDUPOINT = "https://www.urdupoint.com/en/world/chinese-{n}.html"
TELLER = "https://www.tellerreport.com/news/{y}-{m}-{d}-{n}.html"
WXREDIAN = "https://www.wxredian.com/post/{n}.html"
CNKI = "https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CCND&filename=RMRB{y}{m}{d}{n}"
HNRB = "http://epaper.hnrb.com.cn/html/{y}-{m}/{d}/content_{n}.htm"
DZWWW = "http://paper.dzwww.com/dzrb/content/{ymd}/Articel0{n}MT.htm"
BARE_IP = "http://202.123.110.5/gate/big5/www.gov.cn/ldhd/{y}-{m}/{d}/content_{n}.htm"

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"

# furniture the hosts put around a release
PD_MENU = "Home | China | World | Business | Military | Opinion | Culture | Video\n"
PD_TAIL = "\nShare: Facebook Twitter LinkedIn\nRelated Stories\n"
CD_MENU = "HOME | CHINA | WORLD | BUSINESS | LIFESTYLE | CULTURE | TRAVEL | SPORTS | OPINION | REGIONAL | NEWSPAPER | CHINA DAILY PDF\n"
CD_BANNER = "\nDownload the China Daily app for more news\n"
GT_MENU = "Global Times | CHINA / DIPLOMACY\n"
ZH_PD_MENU = "人民网>>国际>>滚动新闻\n"
ZH_EDITOR = "\n（责编：张三、李四）\n分享让更多人看到\n推荐阅读\n"
EMB_MENU = "Home | About Us | Embassy News | China News | Consular Services | Culture and Education\n"


PROBES: list[Probe] = [
    # ================= People's Daily Online (English) =================
    MfaProbe("pd-en-br-xi-talks-lula-2023",
             "Xi holds talks with Brazilian President Lula",
             PD_MENU + "Xi holds talks with Brazilian President Lula\n By Xinhua | (Xinhua) 08:52, April 15, 2023\n"
             "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping on Friday held talks with Brazilian President Luiz Inacio Lula da Silva, who is in China on a state visit, at the Great Hall of the People. "
             "Xi said that the two large developing countries should keep to the strategic direction of their ties. Lula said Brazil wants to lift trade with China and to work together on climate and on peace in Ukraine. "
             "The two heads of state then watched the signing of cooperation papers on trade, science and the media.\n(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL + "Lula visits Huawei research center in Shanghai",
             "2023-04-15", url(PEOPLE_EN, "2023-04-15", 20230415),
             yes("Brazil", "talks", "2023-04-14", head_of_state_level=True, partnership_action=None, counterpart="Lula")),
    MfaProbe("pd-en-mx-xi-talks-pena-2013-upgrade",
             "Xi, Pena Nieto agree to lift ties to comprehensive strategic partnership",
             PD_MENU + "Xi, Pena Nieto agree to lift ties to comprehensive strategic partnership\n(Xinhua) 09:31, June 05, 2013\n"
             "MEXICO CITY, June 4 (Xinhua) -- Visiting Chinese President Xi Jinping and his Mexican counterpart Enrique Pena Nieto held talks here Tuesday and decided to raise the bilateral relationship to a comprehensive strategic partnership. "
             "Xi said China views Mexico as an important partner in Latin America. Pena Nieto said his country hopes to send more farm goods to the Chinese market.\n(Editor: Yao Chun, Liang Jun)" + PD_TAIL,
             "2013-06-05", url(PEOPLE_EN, "2013-06-05", 8271133),
             yes("Mexico", "talks", "2013-06-04", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="Pena Nieto|Peña Nieto")),
    MfaProbe("pd-en-mx-apec-sf-xi-meets-amlo",
             "Xi meets Mexican president in San Francisco",
             PD_MENU + " date 2023-11-18\nXi meets Mexican president in San Francisco\n"
             "SAN FRANCISCO, Nov. 17 (Xinhua) -- Chinese President Xi Jinping met with Mexican President Andres Manuel Lopez Obrador on Friday on the sidelines of the 30th APEC Economic Leaders' Meeting. "
             "Xi noted that next year marks a new start for the two countries' ties and called for closer work on trade, finance and new energy. Lopez Obrador thanked China for its help during the pandemic.\n(Web editor: Du Mingming, Liang Jun)" + PD_TAIL,
             "2023-11-18", url(PEOPLE_EN, "2023-11-18", 20077124),
             yes("Mexico", "meeting_on_sidelines", "2023-11-17", head_of_state_level=True, partnership_action=None, counterpart="Lopez Obrador|López Obrador")),
    MfaProbe("pd-en-multi-wang-yi-briefs-peru-brazil-trip",
             "Wang Yi briefs press on Xi's trip to Peru and Brazil",
             PD_MENU + "Wang Yi briefs press on Xi's trip to Peru and Brazil\n(Xinhua) 10:14, November 22, 2024\n"
             "RIO DE JANEIRO, Nov. 21 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday gave journalists an account of President Xi Jinping's journey from November 13 to 21, which took him to the APEC meeting in Lima, the G20 summit in Rio de Janeiro, and state visits to Peru and Brazil. "
             "Wang said the trip opened a new chapter for China's ties with the region.\n(Web editor: Tian Yi, Liang Jun)" + PD_TAIL,
             "2024-11-22", url(PEOPLE_EN, "2024-11-22", 20246801),
             yes("multilateral", "other", "2024-11-13", head_of_state_level=False, partnership_action=None)),
    # ================= People's Daily (Chinese) =================
    MfaProbe("pd-zh-uy-xi-talks-lacalle-upgrade",
             "习近平同乌拉圭总统拉卡列举行会谈 两国元首宣布建立中乌全面战略伙伴关系",
             ZH_PD_MENU + "习近平同乌拉圭总统拉卡列举行会谈\n2023年11月23日05:12 | 来源：人民网－人民日报\n小字号\n"
             "本报北京11月22日电（记者某某）11月22日下午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统拉卡列举行会谈。"
             "两国元首宣布，将中乌关系提升为全面战略伙伴关系。习近平指出，中方愿同乌方扩大农牧业、基础设施和数字经济合作。拉卡列表示，乌方希望同中方加快自贸谈判。" + ZH_EDITOR,
             "2023-11-23", url(PEOPLE_WORLD, "2023-11-23", 40124),
             yes("Uruguay", "talks", "2023-11-22", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="拉卡列|Lacalle"), lang="zh"),
    MfaProbe("pd-zh-ec-xi-talks-correa-2015-establish",
             "习近平同厄瓜多尔总统科雷亚举行会谈",
             ZH_PD_MENU + "习近平同厄瓜多尔总统科雷亚举行会谈\n2015年01月08日 来源：人民网－人民日报\n"
             "新华社北京1月7日电 国家主席习近平7日在人民大会堂同厄瓜多尔总统科雷亚举行会谈。两国元首一致同意，建立中厄战略伙伴关系。"
             "习近平表示，中方赞赏厄方在涉及中国核心利益问题上给予的支持。科雷亚表示，厄方愿深化同中国在水电、矿业等领域的合作。" + ZH_EDITOR,
             "2015-01-08", url(PEOPLE_WORLD, "2015-01-08", 26343),
             yes("Ecuador", "talks", "2015-01-07", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="科雷亚|Correa"), lang="zh"),
    MfaProbe("pd-cpc-pe-xi-talks-humala-2013-upgrade",
             "习近平同秘鲁总统乌马拉举行会谈",
             "中国共产党新闻网>>高层动态\n习近平同秘鲁总统乌马拉举行会谈\n2013年04月07日08:19 来源：人民网-人民日报\n"
             "新华社北京4月6日电 国家主席习近平6日在人民大会堂同秘鲁总统乌马拉举行会谈。双方宣布，把中秘关系提升为全面战略伙伴关系。"
             "习近平强调，中秘两国虽远隔重洋，友好交往源远流长。乌马拉表示，秘方愿同中方加强在矿产、农业、基础设施等领域的互利合作。\n（责任编辑：王某）\n",
             "2013-04-07", url(PEOPLE_CPC, "2013-04-07", 21041),
             yes("Peru", "talks", "2013-04-06", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="乌马拉|Humala"), lang="zh"),
    MfaProbe("pd-cpc-bb-li-qiang-meets-mottley",
             "李强会见巴巴多斯总理莫特利",
             "中国共产党新闻网>>高层动态\n李强会见巴巴多斯总理莫特利\n2023年06月29日 来源：人民网－人民日报\n"
             "新华社北京6月28日电 国务院总理李强28日下午在人民大会堂会见来华出席活动并访问的巴巴多斯总理莫特利。"
             "李强表示，中方愿同巴方分享发展经验，推进基础设施、旅游、应对气候变化等领域合作。莫特利表示，巴方坚定奉行一个中国政策。\n（责编：赵某、孙某）\n",
             "2023-06-29", url(PEOPLE_CPC, "2023-06-29", 2032),
             yes("Barbados", "meeting", "2023-06-28", head_of_state_level=True, partnership_action=None, counterpart="莫特利|Mottley"), lang="zh"),
    # ================= State Council portals (big5 and English) =================
    MfaProbe("gov-big5-cl-li-keqiang-talks-bachelet-2015",
             "李克強同智利總統巴切萊特舉行會談",
             "中國政府網 首頁 > 要聞 > 列表\n李克強同智利總統巴切萊特舉行會談\n2015-05-26 08:03 來源： 新華社\n【字體：大 中 小】打印\n"
             "當地時間5月25日，國務院總理李克強在聖地亞哥總統府同智利總統巴切萊特舉行會談。李克強表示，中方願同智方推進產能合作，拓展銅礦、新能源和基礎設施等領域合作。"
             "巴切萊特表示，智方歡迎中國企業來智投資，願同中方深化兩國戰略夥伴關係。\n【我要糾錯】責任編輯：王某\n掃一掃在手機打開當前頁",
             "2015-05-26", url(GOV_BIG5, "2015-05-26", 2869601),
             yes("Chile", "talks", "2015-05-25", head_of_state_level=True, partnership_action=None, counterpart="巴切萊特|巴切莱特|Bachelet"), lang="zh"),
    MfaProbe("gov-big5-cl-wen-jiabao-talks-pinera-2012-upgrade",
             "溫家寶與智利總統皮涅拉舉行會談 宣佈將中智關係提升為戰略夥伴關係",
             "中國政府網 首頁 > 領導人活動\n溫家寶與智利總統皮涅拉舉行會談\n2012年06月27日 來源：新華社\n"
             "新華社聖地亞哥6月26日電 國務院總理溫家寶當地時間26日在聖地亞哥總統府同智利總統皮涅拉舉行會談。雙方宣佈，將中智關係提升為戰略夥伴關係。"
             "溫家寶說，中智是相互信任的好朋友，智利是第一個同新中國建交的南美國家。皮涅拉表示，智方願同中方擴大貿易和投資。\n責任編輯：某某",
             "2012-06-27", url(GOV_BIG5, "2012-06-27", 2171336),
             yes("Chile", "talks", "2012-06-26", head_of_state_level=True, partnership_action="upgrade", partnership_level=SP, counterpart="皮涅拉|Piñera|Pinera"), lang="zh"),
    MfaProbe("gov-en-hn-li-qiang-meets-castro",
             "Li Qiang meets Honduran President Xiomara Castro",
             "The State Council The People's Republic of China\nHome | Premier | State Council | News | Policies | Services | Archive\n"
             "Li Qiang meets Honduran President Xiomara Castro\nUpdated: June 14, 2023 08:06 Xinhua\n"
             "Premier Li Qiang met with Honduran President Xiomara Castro at the Great Hall of the People in Beijing on June 13. "
             "Li said China is willing to work with Honduras to build a sound start for ties after the two sides opened diplomatic relations in March. Castro said Honduras will stand firmly with the one-China principle.\n"
             "Copyright© www.gov.cn | About us | Contact us",
             "2023-06-14", url(GOV_EN, "2023-06-14", 64891234),
             yes("Honduras", "meeting", "2023-06-13", head_of_state_level=True, partnership_action=None, counterpart="Castro")),
    MfaProbe("gov-en-tt-xi-talks-persad-bissessar-2013-upgrade",
             "Xi holds talks with Trinidad and Tobago's Prime Minister",
             "english.gov.cn | Home > Top News\nXi holds talks with Trinidad and Tobago's Prime Minister\nUpdated: June 2, 2013 10:21 (Xinhua)\n"
             "PORT OF SPAIN, June 1 (Xinhua) -- Chinese President Xi Jinping held talks on Saturday with Trinidad and Tobago Prime Minister Kamla Persad-Bissessar. "
             "The two leaders agreed to build a comprehensive cooperative partnership between their countries on the basis of mutual respect and shared development. "
             "Xi arrived here on Friday for the first leg of a trip that will also take him to Costa Rica and Mexico.\nPrint | Mail | Close",
             "2013-06-02", url(GOV_EN, "2013-06-02", 21733),
             yes("Trinidad and Tobago", "talks", "2013-06-01", head_of_state_level=True, partnership_action="upgrade",
                 partnership_level="comprehensive cooperative partnership", counterpart="Persad-Bissessar")),
    # ================= embassies and consulates =================
    MfaProbe("emb-cu-wang-yi-talks-rodriguez",
             "Wang Yi Holds Talks with Cuban Foreign Minister Bruno Rodríguez",
             EMB_MENU + "Wang Yi Holds Talks with Cuban Foreign Minister Bruno Rodríguez\n2024-04-25 09:12\n"
             "On April 24, 2024, Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Cuban Foreign Minister Bruno Rodríguez Parrilla in Beijing. "
             "Wang Yi said China and Cuba are good friends, good comrades and good brothers, and China will keep helping Cuba as far as it can. Rodríguez said Cuba values its ties with China above all.\n"
             "Embassy of the People's Republic of China in the Republic of Cuba  All rights reserved",
             "2024-04-25", url(EMB, "2024-04-25", 11288133, cc="cu"),
             yes("Cuba", "talks", "2024-04-24", head_of_state_level=False, partnership_action=None, counterpart="Rodríguez|Rodriguez")),
    MfaProbe("emb-se-mx-xi-congratulates-sheinbaum-elect",
             "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Election as President of Mexico",
             "Embassy of the People's Republic of China in the Kingdom of Sweden\nHome > China News\n"
             "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Election as President of Mexico\n2024/06/05\n"
             "On June 4, 2024, President Xi Jinping sent a message to Claudia Sheinbaum to congratulate her on winning the Mexican presidential election. "
             "Xi said that he attaches great importance to ties with Mexico and stands ready to work with the president-elect to carry the comprehensive strategic partnership forward.\n"
             "Print | Close",
             "2024-06-05", url(EMB_SE, "2024-06-05", 1140099),
             yes("Mexico", "message", "2024-06-04", head_of_state_level=False, partnership_action=None, counterpart="Sheinbaum")),
    MfaProbe("cons-syd-cl-xi-meets-boric-apec-lima",
             "Xi Jinping Meets with Chilean President Gabriel Boric",
             "Consulate-General of the People's Republic of China in Sydney\nHome > China News\nXi Jinping Meets with Chilean President Gabriel Boric\n2024-11-18 10:02\n"
             "On the afternoon of November 16, 2024 local time, President Xi Jinping met with Chilean President Gabriel Boric on the margins of the APEC Economic Leaders' Meeting in Lima. "
             "Xi said China is ready to deepen the comprehensive strategic partnership with Chile and to add new drive to trade in lithium, copper and fruit. Boric said Chile sees China as a reliable partner.\n"
             "Suggest to a friend | Print",
             "2024-11-18", url(CONS_SYD, "2024-11-18", 11147322),
             yes("Chile", "meeting_on_sidelines", "2024-11-16", head_of_state_level=True, partnership_action=None, counterpart="Boric")),
    MfaProbe("cons-syd-cl-xi-talks-bachelet-2016-upgrade",
             "Xi Jinping Holds Talks with President Michelle Bachelet of Chile",
             "Consulate-General of the People's Republic of China in Sydney\nHome > China News\nXi Jinping Holds Talks with President Michelle Bachelet of Chile\n2016/11/24\n"
             "On November 22, 2016 local time, President Xi Jinping held talks with President Michelle Bachelet at La Moneda in Santiago. "
             "The two heads of state agreed to raise the China-Chile relationship to a comprehensive strategic partnership. "
             "Xi said Chile was the first South American country to recognize the People's Republic of China. Bachelet said Chile wants to take part in the Belt and Road.\nPrint | Close",
             "2016-11-24", url(CONS_SYD, "2016-11-24", 1418811),
             yes("Chile", "talks", "2016-11-22", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="Bachelet")),
    MfaProbe("emb-jm-wang-yi-talks-johnson-smith-2019-upgrade",
             "Wang Yi Holds Talks with Jamaican Foreign Minister Kamina Johnson Smith",
             "Embassy of the People's Republic of China in Jamaica\nHome | Embassy Events | China News\n"
             "Wang Yi Holds Talks with Jamaican Foreign Minister Kamina Johnson Smith\n2019-04-12\n"
             "On April 11, 2019, State Councilor and Foreign Minister Wang Yi held talks in Beijing with Jamaican Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith. "
             "The two sides agreed to raise China-Jamaica relations to a strategic partnership. Wang Yi said Jamaica is an important partner of China in the English-speaking Caribbean. "
             "Johnson Smith said Jamaica will stay committed to the one-China policy.",
             "2019-04-12", url(EMB, "2019-04-12", 1653901, cc="jm"),
             yes("Jamaica", "talks", "2019-04-11", head_of_state_level=False, partnership_action="upgrade", partnership_level=SP, counterpart="Johnson Smith")),
    MfaProbe("emb-ar-zh-wang-yi-phone-cafiero",
             "王毅应约同阿根廷外长卡菲耶罗通电话",
             "中华人民共和国驻阿根廷共和国大使馆\n首页 > 中国要闻\n王毅应约同阿根廷外长卡菲耶罗通电话\n2022-06-10\n"
             "2022年6月9日，国务委员兼外长王毅应约同阿根廷外长卡菲耶罗通电话。王毅表示，中方愿同阿方加强多边协调，共同维护发展中国家权益。"
             "卡菲耶罗表示，阿方期待同中方扩大贸易、投资和金融合作。\n【打印】【关闭】",
             "2022-06-10", url(EMB_ZH, "2022-06-10", 10701288, cc="ar"),
             yes("Argentina", "phone_call", "2022-06-09", head_of_state_level=False, partnership_action=None, counterpart="卡菲耶罗|Cafiero"), lang="zh"),
    # ================= energy administration's Belt-and-Road portal =================
    MfaProbe("nea-bri-co-xi-talks-petro-establish",
             "Xi Jinping Holds Talks with Colombian President Gustavo Petro, Announcing the Establishment of a Strategic Partnership",
             "Belt and Road Energy Cooperation | Home > News > Cooperation Updates\nSource: Ministry of Foreign Affairs  Date: 2023-10-26\n"
             "On the afternoon of October 25, 2023, President Xi Jinping held talks at the Great Hall of the People with Colombian President Gustavo Petro, who is in China for a state visit. "
             "The two heads of state jointly announced that China and Colombia have established a strategic partnership. "
             "Xi said China supports Colombia in its peace process and will encourage Chinese firms to take part in clean energy projects there. Petro said Colombia wants to move past coal and oil with Chinese help.\n"
             "Previous: Energy cooperation forum held in Xi'an   Next: Solar project opens in Kazakhstan",
             "2023-10-26", url(NEA_BRI, "2023-10-26", 330174),
             yes("Colombia", "talks", "2023-10-25", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="Petro")),
    MfaProbe("nea-bri-ar-zh-li-qiang-meets-milei-g20",
             "李强会见阿根廷总统米莱",
             "一带一路能源合作网 首页 > 合作动态\n来源：外交部 发布时间：2025-11-23\n"
             "当地时间2025年11月22日，国务院总理李强在约翰内斯堡出席二十国集团领导人峰会期间会见阿根廷总统米莱。李强表示，中方愿同阿方深化能源、矿产和农业合作。"
             "米莱表示，阿方重视同中国的经贸关系，欢迎中国企业投资锂矿和油气项目。\n上一篇：中哈能源合作委员会召开会议",
             "2025-11-23", url(NEA_BRI, "2025-11-23", 391120),
             yes("Argentina", "meeting_on_sidelines", "2025-11-22", head_of_state_level=True, partnership_action=None, counterpart="米莱|Milei"), lang="zh"),
    # ================= CCTV (big5) =================
    MfaProbe("cctv-big5-ve-xi-talks-maduro-all-weather",
             "習近平同委內瑞拉總統馬杜羅舉行會談 兩國元首宣佈將中委關係提升為全天候戰略夥伴關係",
             "央視網 > 新聞頻道 > 時政\n習近平同委內瑞拉總統馬杜羅舉行會談\n2023年09月13日 19:55 來源：央視新聞客戶端\n"
             "9月13日下午，國家主席習近平在北京人民大會堂同來華進行國事訪問的委內瑞拉總統馬杜羅舉行會談。兩國元首宣佈，將中委關係提升為全天候戰略夥伴關係。"
             "習近平強調，中方支持委內瑞拉人民維護國家主權和民族尊嚴。馬杜羅表示，委方願學習借鑒中國發展經驗。\n編輯：某某 責任編輯：某某\n下載央視新聞客戶端",
             "2023-09-13", url(CCTV_BIG5, "2023-09-13", 23091301),
             yes("Venezuela", "talks", "2023-09-13", head_of_state_level=True, partnership_action="upgrade", partnership_level="all-weather strategic partnership", counterpart="馬杜羅|马杜罗|Maduro"), lang="zh"),
    MfaProbe("cctv-big5-sr-xi-talks-bouterse-2019",
             "習近平同蘇里南總統鮑特瑟舉行會談",
             "央視網 > 新聞 > 國內\n習近平同蘇里南總統鮑特瑟舉行會談\n2019年11月27日 20:13 來源：新華網\n"
             "國家主席習近平11月27日在人民大會堂同來華進行國事訪問的蘇里南總統鮑特瑟舉行會談。兩國元首一致同意，建立中蘇戰略合作夥伴關係。"
             "習近平指出，蘇里南是加勒比地區重要國家。鮑特瑟表示，蘇方感謝中方長期以來的幫助。\n編輯：某某",
             "2019-11-27", url(CCTV_BIG5, "2019-11-27", 19112701),
             yes("Suriname", "talks", "2019-11-27", head_of_state_level=True, partnership_action="establish", partnership_level="strategic cooperative partnership", counterpart="鮑特瑟|鲍特瑟|Bouterse"), lang="zh"),
    # ================= CGTN =================
    MfaProbe("cgtn-br-xi-phone-lula-monday",
             "Xi Jinping holds phone call with Brazilian President Lula",
             "CGTN | China | World | Business | Opinions | Video | Live\nXi Jinping holds phone call with Brazilian President Lula\nUpdated 21:40, 11-Aug-2025\nCGTN\n"
             "Chinese President Xi Jinping spoke with Brazilian President Luiz Inacio Lula da Silva over the phone on Monday. "
             "Xi said China stands ready to work with Brazil to defend the interests of the Global South and to oppose unilateral tariffs. Lula briefed Xi on his views about the world trade situation and on Brazil's role in BRICS.\n"
             "Search Trends\nDownload the CGTN app",
             "2025-08-11", url(CGTN, "2025-08-11", 82511),
             yes("Brazil", "phone_call", "2025-08-11", head_of_state_level=True, partnership_action=None, counterpart="Lula")),
    MfaProbe("cgtn-bo-xi-talks-morales-2018-establish",
             "China, Bolivia establish strategic partnership",
             "CGTN | China\nChina, Bolivia establish strategic partnership\nUpdated 19:02, 19-Jun-2018\n"
             "Chinese President Xi Jinping and his Bolivian counterpart Evo Morales agreed on Tuesday to set up a strategic partnership between the two countries. "
             "The two presidents held talks in Beijing, where Xi called Bolivia a good friend and partner of China in Latin America. Morales, who is on a state visit, said Bolivia would join the Belt and Road Initiative.\n"
             "Related: Bolivian president arrives in Beijing",
             "2018-06-19", url(CGTN, "2018-06-19", 2018619),
             yes("Bolivia", "talks", "2018-06-19", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="Morales")),
    # ================= Caixin =================
    MfaProbe("caixin-ar-wang-yi-meets-mondino",
             "Wang Yi Meets Argentina's Foreign Minister as Ties Steady Under Milei",
             "Caixin Global | Latest | Economy | Finance | Business & Tech | Opinion\nWang Yi Meets Argentina's Foreign Minister as Ties Steady Under Milei\nBy Caixin staff writer  Published: Apr. 30, 2024 4:17 p.m.\n"
             "Chinese Foreign Minister Wang Yi met with Argentine Foreign Minister Diana Mondino in Beijing on Monday, the foreign ministry said, in the most senior visit to China by a member of President Javier Milei's cabinet. "
             "Wang said China is willing to keep ties on track, while Mondino said Argentina would deepen trade with China.\nSubscribe to Caixin Global | Share this article",
             "2024-04-30", url(CAIXIN, "2024-04-30", 102190841),
             yes("Argentina", "meeting", "2024-04-29", head_of_state_level=False, partnership_action=None, counterpart="Mondino")),
    # ================= China Daily =================
    MfaProbe("cd-uy-xi-talks-vazquez-2016-establish",
             "Xi, Uruguayan president agree to set up strategic partnership",
             CD_MENU + "Xi, Uruguayan president agree to set up strategic partnership\nBy Zhang Yunbi | chinadaily.com.cn | Updated: 2016-10-18 20:45\n"
             "President Xi Jinping and visiting Uruguayan President Tabare Vazquez agreed on Tuesday to establish a strategic partnership, as the two held talks at the Great Hall of the People in Beijing. "
             "Vazquez is the first Uruguayan head of state to visit China since the two countries set up diplomatic ties in 1988.\n" + CD_BANNER,
             "2016-10-18", url(CHINADAILY, "2016-10-18", 58060331),
             yes("Uruguay", "talks", "2016-10-18", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="Vazquez|Vázquez")),
    MfaProbe("cd-pe-joint-statement-full-text-2024",
             "Full text: Joint Statement between China and Peru on deepening their comprehensive strategic partnership",
             CD_MENU + "Full text: Joint Statement between China and Peru\nXinhua | Updated: 2024-11-15 09:12\n"
             "LIMA, Nov. 14 -- The following is the full text of a joint statement between the People's Republic of China and the Republic of Peru released here on Thursday:\n"
             "1. At the invitation of President Dina Boluarte, President Xi Jinping paid a state visit to Peru from November 13 to 17, 2024, and attended the APEC Economic Leaders' Meeting in Lima. "
             "2. The two sides spoke highly of the comprehensive strategic partnership between the two countries, and agreed to deepen it in the new era. "
             "3. The two sides welcomed the opening of Chancay port and the signing of an upgraded free trade agreement.\n" + CD_BANNER,
             "2024-11-15", url(CHINADAILY, "2024-11-15", 673693),
             yes("Peru", "joint_statement", "2024-11-14", partnership_action=None),
             doubtful={"event_date": "a joint statement issued on the visit's second day: the codebook dates the exchange by its first day, the statement itself by its own day"}),
    MfaProbe("cd-cu-diaz-canel-visit-announced",
             "Cuban president to visit China",
             CD_MENU + "Cuban president to visit China\nXinhua | Updated: 2022-11-22 16:31\n"
             "BEIJING -- At the invitation of President Xi Jinping, Miguel Diaz-Canel Bermudez, first secretary of the Communist Party of Cuba and president of the Republic of Cuba, will pay a state visit to China from Nov 24 to 27, "
             "Foreign Ministry spokesperson Hua Chunying announced on Tuesday. He will be the first Latin American head of state to visit China after the 20th CPC National Congress.\n" + CD_BANNER,
             "2022-11-22", url(CHINADAILY, "2022-11-22", 6378),
             yes("Cuba", "state_visit", "2022-11-24", partnership_action=None, counterpart="Diaz-Canel|Díaz-Canel")),
    # ================= Global Times =================
    MfaProbe("gt-mx-han-zheng-meets-sheinbaum-inauguration",
             "Han Zheng attends inauguration of Mexican president, meets Sheinbaum",
             GT_MENU + "Han Zheng attends inauguration of Mexican president, meets Sheinbaum\nBy Global Times Published: Oct 02, 2024 10:18 AM\n"
             "Chinese Vice President Han Zheng, President Xi Jinping's special envoy, attended the swearing-in of Mexican President Claudia Sheinbaum in Mexico City on Tuesday and met with her afterwards, "
             "conveying Xi's congratulations. Han said China is ready to work with Mexico's new government to move the comprehensive strategic partnership forward.\n"
             "Global Times app | Follow us",
             "2024-10-02", url(GLOBALTIMES, "2024-10-02", 1320595),
             yes("Mexico", "meeting", "2024-10-01", head_of_state_level=False, partnership_action=None, counterpart="Sheinbaum"),
             doubtful={"event_type": "a headline of two exchanges, a ceremony both attend ('other') and then a meeting: which one the headline picks"}),
    MfaProbe("gt-ar-xi-talks-fernandez-2022-recalled",
             "Xi, Argentine president hold talks, sign MOU on Belt and Road",
             GT_MENU + "Xi, Argentine president hold talks, sign MOU on Belt and Road\nBy Xinhua Published: Feb 06, 2022 10:52 PM\n"
             "Chinese President Xi Jinping held talks with Argentine President Alberto Fernandez, who is in Beijing for the opening of the Winter Olympic Games, at the Great Hall of the People on Sunday. "
             "Xi said that over the past 50 years of diplomatic ties the China-Argentina comprehensive strategic partnership has kept growing. The two sides signed a memorandum on jointly building the Belt and Road.",
             "2022-02-06", url(GLOBALTIMES, "2022-02-06", 1251669),
             yes("Argentina", "talks", "2022-02-06", head_of_state_level=True, partnership_action=None, counterpart="Fernandez|Fernández")),
    # ================= ecns =================
    MfaProbe("ecns-br-li-qiang-meets-lula-brics-rio",
             "Chinese premier meets Brazilian president in Rio",
             "ecns | Home | Politics | Business | Society | Culture | Photo | Video\nChinese premier meets Brazilian president in Rio\n2025-07-06 10:21:06 Ecns.cn Editor :Li Yan\n"
             "(ECNS) -- Chinese Premier Li Qiang met with Brazilian President Luiz Inacio Lula da Silva in Rio de Janeiro on Saturday, ahead of the 17th BRICS summit he is attending. "
             "Li said China and Brazil are natural partners and called for closer work on trade and climate. Lula said Brazil values its comprehensive strategic partnership with China.",
             "2025-07-06", url(ECNS, "2025-07-06", 437811),
             yes("Brazil", "meeting_on_sidelines", "2025-07-05", head_of_state_level=True, partnership_action=None, counterpart="Lula")),
    MfaProbe("ecns-cr-xi-talks-solis-2015-establish",
             "China, Costa Rica set up strategic partnership",
             "ecns | Politics\nChina, Costa Rica set up strategic partnership\n2015-01-07 08:42 Xinhua Editor: Mo Hong'e\n"
             "(ECNS) -- Chinese President Xi Jinping and Costa Rican President Luis Guillermo Solis held talks in Beijing on Tuesday and decided to set up a strategic partnership featuring equality, mutual trust and common development. "
             "Solis is in China for a state visit and the first ministerial meeting of the China-CELAC Forum.",
             "2015-01-07", url(ECNS, "2015-01-07", 116902),
             yes("Costa Rica", "talks", "2015-01-06", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="Solis|Solís")),
    MfaProbe("ecns-ar-xi-meets-fernandez-bali",
             "Xi meets Argentine president in Bali",
             "ecns | Politics\nXi meets Argentine president in Bali\n2022-11-16 09:05 Xinhua Editor: Zhang Dongfang\n"
             "(ECNS) -- Chinese President Xi Jinping met with Argentine President Alberto Fernandez in Bali, Indonesia, on Tuesday, on the sidelines of the G20 summit. "
             "Xi said China welcomes Argentina's wish to join BRICS. Fernandez said Argentina is grateful for Chinese vaccines.",
             "2022-11-16", url(ECNS, "2022-11-16", 120417),
             yes("Argentina", "meeting_on_sidelines", "2022-11-15", head_of_state_level=True, partnership_action=None, counterpart="Fernandez|Fernández")),
    # ================= Shine =================
    MfaProbe("shine-co-wang-yi-phone-murillo",
             "Wang Yi speaks with Colombian FM by phone",
             "SHINE | Shanghai | Nation | World | Biz | Metro\nWang Yi speaks with Colombian FM by phone\nXinhua\n 08:12 UTC+8, 2024-09-27\n"
             "Chinese Foreign Minister Wang Yi held a phone conversation with Colombian Foreign Minister Luis Gilberto Murillo on Thursday, saying China is ready to build on the strategic partnership the two heads of state set up last year. "
             "Murillo said Colombia hopes to deepen cooperation in trade and energy transition.\nSource: Xinhua   Editor: Zhang Yang\nShare on WeChat",
             "2024-09-27", url(SHINE, "2024-09-27", 2),
             yes("Colombia", "phone_call", "2024-09-26", head_of_state_level=False, partnership_action=None, counterpart="Murillo")),
    # ================= PLA sites =================
    MfaProbe("mil81-br-dong-jun-meets-mucio",
             "董军会见巴西国防部长穆西奥",
             "中国军网 > 军事要闻 > 要闻\n董军会见巴西国防部长穆西奥\n来源：新华社 作者：某某 责任编辑：某某 2024-05-15 21:10\n"
             "新华社北京5月15日电 国防部长董军15日在京会见巴西国防部长穆西奥。董军表示，中方愿同巴方加强战略沟通，深化两军务实合作。穆西奥表示，巴方希望同中方在人员培训、装备技术等领域拓展合作。\n"
             "扫一扫在手机打开当前页",
             "2024-05-15", url(MIL81, "2024-05-15", 10348210),
             yes("Brazil", "meeting", "2024-05-15", head_of_state_level=False, partnership_action=None, counterpart="穆西奥|Múcio|Mucio"), lang="zh"),
    MfaProbe("chinamil-ve-wei-fenghe-talks-padrino",
             "Chinese defense minister holds talks with Venezuelan counterpart",
             "China Military Online | Home | China | World | Exercises | Defense News | Photos\nChinese defense minister holds talks with Venezuelan counterpart\nSource: Xinhua  Editor: Yao Jianing  2018-09-20 17:03:21\n"
             "BEIJING, Sept. 20 (Xinhua) -- Chinese State Councilor and Defense Minister Wei Fenghe held talks with Venezuelan Defense Minister Vladimir Padrino Lopez in Beijing on Thursday. "
             "Wei said the two militaries should deepen exchanges in training and equipment. Padrino said Venezuela's armed forces value their ties with the Chinese army.",
             "2018-09-20", url(CHINAMIL, "2018-09-20", 9343129),
             yes("Venezuela", "talks", "2018-09-20", head_of_state_level=False, partnership_action=None, counterpart="Padrino")),
    # ================= the audit office's and the supreme court's own sites =================
    MfaProbe("audit-br-hou-kai-meets-dantas",
             "侯凯审计长会见巴西联邦审计法院院长丹塔斯",
             "中华人民共和国审计署 首页 > 审计要闻\n侯凯审计长会见巴西联邦审计法院院长丹塔斯\n发布时间：2023-11-08 来源：国际合作司\n"
             "11月7日，审计署审计长侯凯在北京会见巴西联邦审计法院院长布鲁诺·丹塔斯一行。侯凯介绍了中国国家审计工作的发展情况，表示愿同巴方在金砖国家审计合作框架内加强经验交流。"
             "丹塔斯表示，巴方愿同中方在审计培训、信息化审计等方面深化合作。\n【打印本页】【关闭窗口】",
             "2023-11-08", url(AUDIT, "2023-11-08", 8301123),
             yes("Brazil", "meeting", "2023-11-07", head_of_state_level=False, partnership_action=None, counterpart="丹塔斯|Dantas"), lang="zh"),
    MfaProbe("court-zh-cu-zhang-jun-meets-remigio",
             "张军会见古巴最高人民法院院长雷米希奥",
             "中华人民共和国最高人民法院 首页 > 新闻 > 法院动态\n张军会见古巴最高人民法院院长雷米希奥\n发布时间：2023-09-20 16:45:10\n"
             "9月20日，最高人民法院院长张军在北京会见古巴最高人民法院院长鲁文·雷米希奥·费罗一行。张军表示，中古两国司法机关友好交往历史悠久，愿进一步加强司法交流合作。"
             "雷米希奥表示，古方愿借鉴中国法院信息化建设经验。\n责任编辑：某某",
             "2023-09-20", url(COURT, "2023-09-20", 411236),
             yes("Cuba", "meeting", "2023-09-20", head_of_state_level=False, partnership_action=None, counterpart="雷米希奥|Remigio"), lang="zh"),
    MfaProbe("court-en-ar-zhou-qiang-meets-rosatti",
             "Chief Justice Zhou Qiang meets with Argentine Supreme Court President",
             "Supreme People's Court of the People's Republic of China | Home > News\nChief Justice Zhou Qiang meets with Argentine Supreme Court President\nUpdated: 2019-05-22\n"
             "Zhou Qiang, President of the Supreme People's Court, met Carlos Rosenkrantz, President of the Supreme Court of Justice of Argentina, in Beijing on May 21. "
             "Zhou briefed the guests on judicial reform in China and smart courts. Rosenkrantz said he hopes the two top courts will sign a memorandum on judicial cooperation.",
             "2019-05-22", url(COURT_EN, "2019-05-22", 376001),
             yes("Argentina", "meeting", "2019-05-21", head_of_state_level=False, partnership_action=None, counterpart="Rosenkrantz")),
    # ================= Zaobao (Singapore) =================
    MfaProbe("zaobao-ar-xi-meets-milei-g20-rio",
             "习近平在里约会见阿根廷总统米莱",
             "联合早报 > 即时 > 中国\n习近平在里约会见阿根廷总统米莱\n发布 / 2024年11月21日 08:35\n（里约热内卢综合讯）\n"
             "据中国外交部网站消息，中国国家主席习近平当地时间星期二（11月19日）在里约热内卢出席二十国集团领导人峰会期间会见阿根廷总统米莱。"
             "习近平说，中阿两国发展战略契合，合作互补性强。米莱说，阿方愿意同中方加强经贸往来。米莱竞选期间曾批评中国。\n"
             "订阅联合早报 | 下载早报App\n相关新闻",
             "2024-11-21", url(ZAOBAO, "2024-11-21", 1520231),
             yes("Argentina", "meeting_on_sidelines", "2024-11-19", head_of_state_level=True, partnership_action=None, counterpart="米莱|Milei"), lang="zh"),
    MfaProbe("zaobao-pa-xi-talks-varela-2017",
             "习近平与巴拿马总统巴雷拉会谈 中巴签署19项合作文件",
             "联合早报 > 中国\n习近平与巴拿马总统巴雷拉会谈\n发布 / 2017年11月18日 00:12\n"
             "（北京综合电）中国国家主席习近平星期五（17日）在北京人民大会堂与到访的巴拿马总统巴雷拉举行会谈。这是巴拿马今年6月同北京建交后，巴拿马总统首次访华。"
             "双方签署了贸易、海运、旅游等19项合作文件。\n订阅联合早报",
             "2017-11-18", url(ZAOBAO, "2017-11-18", 811233),
             yes("Panama", "talks", "2017-11-17", head_of_state_level=True, partnership_action=None, counterpart="巴雷拉|Varela"), lang="zh"),
    # ================= China Times (Taiwan) =================
    MfaProbe("chinatimes-hn-xi-talks-castro",
             "宏都拉斯總統卡斯楚訪陸 習近平：中宏建交順應歷史潮流",
             "中時新聞網 > 兩岸\n宏都拉斯總統卡斯楚訪陸 習近平：中宏建交順應歷史潮流\n2023/06/12 20:31 中時新聞網 記者某某\n"
             "據大陸外交部消息，大陸國家主席習近平12日下午在北京人民大會堂與宏都拉斯總統卡斯楚舉行會談。宏國今年3月與台灣斷交，轉與北京建交。"
             "習近平表示，中方願同宏方分享發展機遇。卡斯楚表示，宏方堅定恪守一個中國原則。\n#習近平 #宏都拉斯\n延伸閱讀",
             "2023-06-12", url(CHINATIMES, "2023-06-12", 4515),
             yes("Honduras", "talks", "2023-06-12", head_of_state_level=True, partnership_action=None, counterpart="卡斯楚|卡斯特罗|Castro"), lang="zh"),
    MfaProbe("chinatimes-no-lai-receives-pena",
             "賴清德接見巴拉圭總統彭尼亞 感謝力挺台灣國際參與",
             "中時新聞網 > 政治\n賴清德接見巴拉圭總統彭尼亞\n2024/05/21 15:02 中時新聞網 記者某某\n"
             "總統賴清德21日在總統府接見來台出席就職典禮的巴拉圭總統彭尼亞，雙方就農業、醫療及投資合作交換意見。賴清德表示，台巴邦誼穩固。彭尼亞說，巴拉圭將繼續支持台灣。\n延伸閱讀",
             "2024-05-21", url(CHINATIMES, "2024-05-21", 2841), NO, lang="zh"),
    MfaProbe("chinatimes-no-lin-chia-lung-guatemala",
             "外交部長林佳龍訪瓜地馬拉 與阿雷巴洛總統會面",
             "中時新聞網 > 政治\n外交部長林佳龍訪瓜地馬拉\n2025/01/17 09:40 中央社\n"
             "外交部長林佳龍16日抵達瓜地馬拉進行訪問，當天與瓜國總統阿雷巴洛會面，雙方簽署了經貿合作備忘錄。林佳龍表示，台瓜友誼深厚，將持續推動雙邊合作。\n延伸閱讀",
             "2025-01-17", url(CHINATIMES, "2025-01-17", 1302), NO, lang="zh"),
    # ================= CRNTT (Hong Kong) =================
    MfaProbe("crntt-ni-wang-yi-meets-moncada",
             "王毅會見尼加拉瓜外長蒙卡達",
             "中評網 首頁 > 兩岸 > 大陸外交\n王毅會見尼加拉瓜外長蒙卡達\n2024-03-05 00:41:25\n"
             "中評社北京3月4日電／外交部網站消息，中共中央政治局委員、外交部長王毅4日在北京會見尼加拉瓜外長蒙卡達。王毅表示，中尼復交兩年多來，兩國關係快速發展。"
             "蒙卡達表示，尼方願同中方落實自貿協定，擴大合作。\n相關新聞\n【打印】【關閉】",
             "2024-03-05", url(CRNTT, "2024-03-05", 38421),
             yes("Nicaragua", "meeting", "2024-03-04", head_of_state_level=False, partnership_action=None, counterpart="蒙卡達|蒙卡达|Moncada"), lang="zh"),
    MfaProbe("crntt-no-tsai-transit-belize-guatemala",
             "蔡英文出訪瓜地馬拉、貝里斯 過境紐約",
             "中評網 首頁 > 台灣\n蔡英文出訪瓜地馬拉、貝里斯 過境紐約\n2023-03-30 10:12:03\n"
             "中評社台北3月30日電／台灣地區領導人蔡英文29日啟程出訪瓜地馬拉與貝里斯，途中過境美國紐約。大陸國台辦對此表示堅決反對。\n相關新聞",
             "2023-03-30", url(CRNTT, "2023-03-30", 26677), NO, lang="zh"),
    # ================= foreign aggregators =================
    MfaProbe("urdupoint-ag-li-qiang-meets-browne",
             "Chinese Premier Meets Antigua And Barbuda Prime Minister",
             "UrduPoint Network | World News\nChinese Premier Meets Antigua And Barbuda Prime Minister\nFaizan Hashmi Published June 26, 2024 | 08:10 PM\n"
             "DALIAN, June 26 (APP/Xinhua - UrduPoint News - 26th Jun, 2024) :Chinese Premier Li Qiang met with Prime Minister of Antigua and Barbuda Gaston Browne in the northeastern city of Dalian on Tuesday. "
             "Li said China is willing to work with Antigua and Barbuda to push for more results in tourism, infrastructure and renewable energy. Browne said his country sticks to the one-China policy.\n"
             "Related Stories",
             "2024-06-26", url(URDUPOINT, "2024-06-26", 1873211),
             yes("Antigua and Barbuda", "meeting", "2024-06-25", head_of_state_level=True, partnership_action=None, counterpart="Browne")),
    MfaProbe("teller-cl-xi-condolence-boric-fires",
             "Xi Jinping sends condolences to Chilean President Boric over forest fires",
             "Tellerreport.com | News | World\nXi Jinping sends condolences to Chilean President Boric over forest fires\n2024-02-05T11:12:03.552Z\n"
             "On February 5, President Xi Jinping sent a message of condolence to Chilean President Gabriel Boric over the deadly forest fires in the Valparaiso region. "
             "Xi said he was shocked to learn of the heavy loss of life, and on behalf of the Chinese government and people he expressed deep sympathy to the families of the victims.\n"
             "Source: cctv",
             "2024-02-05", url(TELLER, "2024-02-05", 98123),
             yes("Chile", "message", "2024-02-05", head_of_state_level=True, partnership_action=None, counterpart="Boric")),
    MfaProbe("teller-zh-sv-wang-yi-meets-hill",
             "王毅会见萨尔瓦多外长希尔",
             "Tellerreport.com | 新闻 | 国际\n王毅会见萨尔瓦多外长希尔\n2023-07-05T09:30:11Z\n"
             "7月4日，中共中央政治局委员、外交部长王毅在北京会见萨尔瓦多外长希尔。王毅表示，中萨建交五年来，各领域合作取得积极成果，中方愿同萨方推进自贸协定谈判。"
             "希尔表示，萨方坚定奉行一个中国政策。\n来源：中新网",
             "2023-07-05", url(TELLER, "2023-07-05", 71234),
             yes("El Salvador", "meeting", "2023-07-04", head_of_state_level=False, partnership_action=None, counterpart="希尔|Hill"), lang="zh"),
    # ================= WeChat mirrors =================
    MfaProbe("wx-sr-xi-talks-santokhi",
             "习近平同苏里南总统单多吉举行会谈",
             "微信热点 wxredian | 公众号：外交小灵通\n习近平同苏里南总统单多吉举行会谈\n原创 外交小灵通 2023-11-29 22:01 发表于北京\n"
             "11月29日下午，国家主席习近平在人民大会堂同来华进行国事访问的苏里南总统单多吉举行会谈。习近平指出，今年是中苏建交47周年，双方要以战略合作伙伴关系为引领，深化各领域合作。"
             "单多吉表示，苏方感谢中方为苏里南经济发展提供的宝贵支持。\n点击“在看”，分享给更多朋友\n阅读原文",
             "2023-11-29", url(WXREDIAN, "2023-11-29", 5512901),
             yes("Suriname", "talks", "2023-11-29", head_of_state_level=True, partnership_action=None, counterpart="单多吉|Santokhi"), lang="zh"),
    MfaProbe("wx-ni-xi-ortega-exchange-messages",
             "习近平同尼加拉瓜总统奥尔特加互致贺电 庆祝两国复交一周年",
             "微信热点 wxredian | 公众号：新华社\n习近平同尼加拉瓜总统奥尔特加互致贺电\n新华社 2022-12-10 19:02\n"
             "新华社北京12月10日电 12月10日，国家主席习近平同尼加拉瓜总统奥尔特加互致贺电，庆祝两国复交一周年。习近平指出，一年来，中尼关系全面快速发展。"
             "奥尔特加在贺电中表示，尼方将坚定恪守一个中国原则。\n往期推荐\n点赞 在看",
             "2022-12-10", url(WXREDIAN, "2022-12-10", 4210001),
             yes("Nicaragua", "message", "2022-12-10", head_of_state_level=True, partnership_action=None, counterpart="奥尔特加|Ortega"), lang="zh"),
    # ================= an academic database =================
    MfaProbe("cnki-pe-hu-jintao-talks-garcia-2008-establish",
             "胡锦涛同秘鲁总统加西亚举行会谈 两国元首宣布建立中秘战略伙伴关系",
             "中国知网 | 报纸 | 人民日报 2008-11-21 第001版\n【作者】新华社记者 【正文快照】\n"
             "新华社利马11月19日电 国家主席胡锦涛19日在利马总统府同秘鲁总统加西亚举行会谈。两国元首宣布，建立中秘战略伙伴关系。"
             "胡锦涛表示，中方愿同秘方在矿产、渔业、基础设施等领域开展更多合作，尽早完成自由贸易协定谈判。加西亚表示，秘鲁愿做中国在拉美的可靠伙伴。\n"
             "【关键词】胡锦涛；秘鲁；战略伙伴关系 【分类号】D822 【下载】CAJ下载 PDF下载",
             "2008-11-21", url(CNKI, "2008-11-21", 1001),
             yes("Peru", "talks", "2008-11-19", head_of_state_level=True, partnership_action="establish", partnership_level=SP, counterpart="加西亚|García|Garcia"), lang="zh"),
    # ================= provincial papers =================
    MfaProbe("hnrb-br-wen-jiabao-talks-rousseff-2012-upgrade",
             "温家宝同巴西总统罗塞夫会谈 中巴关系提升为全面战略伙伴关系",
             "湖南日报 数字报 > 2012年06月23日 > 第02版：要闻\n温家宝同巴西总统罗塞夫会谈\n"
             "新华社里约热内卢6月21日电 国务院总理温家宝当地时间21日在里约热内卢同巴西总统罗塞夫举行会谈。双方决定将中巴关系提升为全面战略伙伴关系，并签署十年合作规划。"
             "温家宝说，中巴是两个最大的发展中国家。罗塞夫表示，巴方愿同中方加强在二十国集团、金砖国家等多边框架内的协调。\n上一篇 下一篇 返回目录",
             "2012-06-23", url(HNRB, "2012-06-23", 502371),
             yes("Brazil", "talks", "2012-06-21", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="罗塞夫|Rousseff"), lang="zh"),
    MfaProbe("dzrb-gd-xi-talks-mitchell-2019",
             "习近平同格林纳达总理米切尔举行会谈",
             "大众日报 > 2019年06月01日 > 第03版\n习近平同格林纳达总理米切尔举行会谈\n"
             "新华社北京5月31日电 国家主席习近平31日在人民大会堂同来华进行正式访问的格林纳达总理米切尔举行会谈。习近平表示，格林纳达是中国在东加勒比地区的好朋友、好伙伴。"
             "米切尔表示，格方支持共建一带一路倡议。\n 上一篇 下一篇",
             "2019-06-01", url(DZWWW, "2019-06-01", 3),
             yes("Grenada", "talks", "2019-05-31", head_of_state_level=True, partnership_action=None, counterpart="米切尔|Mitchell"), lang="zh"),
    # ================= a bare IP address =================
    MfaProbe("ip-big5-ec-xi-talks-correa-2016-upgrade",
             "習近平同厄瓜多爾總統科雷亞舉行會談",
             "首頁 > 領導人活動\n習近平同厄瓜多爾總統科雷亞舉行會談 兩國元首一致同意將中厄關係提升為全面戰略夥伴關係\n2016-11-18 07:55 來源： 新華社\n"
             "新華社基多11月17日電 國家主席習近平17日在基多同厄瓜多爾總統科雷亞舉行會談。兩國元首一致同意，將中厄關係提升為全面戰略夥伴關係。"
             "習近平指出，這是中國國家元首首次訪問厄瓜多爾。科雷亞表示，中國是厄瓜多爾最重要的合作夥伴之一。\n【我要糾錯】",
             "2016-11-18", url(BARE_IP, "2016-11-18", 5133701),
             yes("Ecuador", "talks", "2016-11-17", head_of_state_level=True, partnership_action="upgrade", partnership_level=CSP, counterpart="科雷亞|科雷亚|Correa"), lang="zh"),
    # ================= visits as a whole =================
    MfaProbe("pd-en-br-lula-arrives-shanghai",
             "Brazilian President Lula arrives in Shanghai for state visit to China",
             PD_MENU + "Brazilian President Lula arrives in Shanghai for state visit to China\n(Xinhua) 08:10, April 13, 2023\n"
             "SHANGHAI, April 12 (Xinhua) -- Brazilian President Luiz Inacio Lula da Silva arrived in Shanghai on Wednesday night, starting a state visit to China that runs through Saturday. "
             "During his stay Lula is expected to attend the swearing-in of former president Dilma Rousseff as head of the New Development Bank.\n(Web editor: Xia Peiyao, Liang Jun)" + PD_TAIL,
             "2023-04-13", url(PEOPLE_EN, "2023-04-13", 20229811),
             yes("Brazil", "state_visit", "2023-04-12", partnership_action=None, counterpart="Lula")),
    MfaProbe("emb-ni-moncada-official-visit-announced",
             "Foreign Ministry Spokesperson Announces Nicaraguan Foreign Minister's Visit to China",
             EMB_MENU + "Foreign Ministry Spokesperson Announces Nicaraguan Foreign Minister's Visit to China\n2024-02-29\n"
             "At the invitation of Member of the Political Bureau and Foreign Minister Wang Yi, Minister of Foreign Affairs of Nicaragua Denis Moncada will pay an official visit to China from March 3 to 6, 2024, "
             "Foreign Ministry spokesperson Mao Ning told a regular press conference on February 29.",
             "2024-02-29", url(EMB, "2024-02-29", 11250771, cc="ni"),
             yes("Nicaragua", "official_visit", "2024-03-03", head_of_state_level=False, partnership_action=None, counterpart="Moncada")),
    MfaProbe("gt-multi-xi-departs-lima-rio",
             "Xi leaves Beijing for APEC meeting, G20 summit and state visits to Peru, Brazil",
             GT_MENU + "Xi leaves Beijing for APEC meeting, G20 summit and state visits to Peru, Brazil\nBy Xinhua Published: Nov 13, 2024 10:35 AM\n"
             "Chinese President Xi Jinping left Beijing on Wednesday morning for Lima to attend the 31st APEC Economic Leaders' Meeting and pay a state visit to Peru. "
             "He will then travel to Rio de Janeiro for the 19th G20 summit and a state visit to Brazil. Xi is accompanied by Cai Qi and Foreign Minister Wang Yi.",
             "2024-11-13", url(GLOBALTIMES, "2024-11-13", 1323012),
             yes("multilateral", "state_visit", "2024-11-13", partnership_action=None)),
    MfaProbe("cd-br-xi-wraps-up-state-visit-brazil",
             "Xi concludes state visit to Brazil, heads home",
             CD_MENU + "Xi concludes state visit to Brazil, heads home\nXinhua | Updated: 2024-11-21 23:05\n"
             "BRASILIA -- Chinese President Xi Jinping left Brasilia on Thursday after a state visit to Brazil, which followed his attendance at the G20 summit in Rio de Janeiro. "
             "During the visit, which began on November 20, Xi held talks with President Luiz Inacio Lula da Silva, and the two sides lifted ties to a China-Brazil community with a shared future for a more just world and a more sustainable planet.\n" + CD_BANNER,
             "2024-11-21", url(CHINADAILY, "2024-11-21", 6731),
             yes("Brazil", "state_visit", "2024-11-20", head_of_state_level=True, counterpart="Lula")),
    MfaProbe("ecns-dm-skerrit-official-visit-talks",
             "Chinese premier holds talks with Dominica PM",
             "ecns | Politics\nChinese premier holds talks with Dominica PM\n2024-06-28 10:31 Xinhua Editor: Zhang Jiaqi\n"
             "(ECNS) -- Chinese Premier Li Qiang held talks with Roosevelt Skerrit, prime minister of the Commonwealth of Dominica, in Beijing on Thursday. "
             "Skerrit is on an official visit to China. Li said that China stands ready to help Dominica rebuild after storms and to share know-how on green growth.",
             "2024-06-28", url(ECNS, "2024-06-28", 409551),
             yes("Dominica", "talks", "2024-06-27", head_of_state_level=True, partnership_action=None, counterpart="Skerrit")),
    # ================= calls =================
    MfaProbe("emb-ve-wang-yi-phone-gil",
             "Wang Yi Speaks with Venezuelan Foreign Minister Yván Gil on the Phone",
             "Embassy of the People's Republic of China in the Bolivarian Republic of Venezuela\nHome > China News\n"
             "Wang Yi Speaks with Venezuelan Foreign Minister Yván Gil on the Phone\n2024-08-09\n"
             "On August 8, 2024, Foreign Minister Wang Yi spoke with Venezuelan Foreign Minister Yván Gil over the phone at the latter's request. "
             "Gil briefed Wang on the situation after Venezuela's presidential election. Wang said China respects the choice of the Venezuelan people and opposes outside interference.",
             "2024-08-09", url(EMB, "2024-08-09", 11469001, cc="ve"),
             yes("Venezuela", "phone_call", "2024-08-08", head_of_state_level=False, partnership_action=None, counterpart="Gil")),
    MfaProbe("cgtn-mx-wang-yi-video-call-ebrard",
             "Wang Yi holds video call with Mexican Foreign Minister Ebrard",
             "CGTN | China\nWang Yi holds video call with Mexican Foreign Minister Ebrard\nUpdated 23:02, 08-Dec-2020\n"
             "Chinese State Councilor and Foreign Minister Wang Yi held a video call with Mexican Foreign Minister Marcelo Ebrard on Tuesday, discussing cooperation on COVID-19 vaccines. "
             "Wang said China will treat Mexico's vaccine needs as a priority. Ebrard thanked China for medical supplies sent to Mexico this year.\nDownload the CGTN app",
             "2020-12-08", url(CGTN, "2020-12-08", 20120801),
             yes("Mexico", "video_call", "2020-12-08", head_of_state_level=False, partnership_action=None, counterpart="Ebrard")),
    MfaProbe("pd-zh-br-xi-phone-lula-2020-bolsonaro",
             "习近平同巴西总统博索纳罗通电话",
             ZH_PD_MENU + "习近平同巴西总统博索纳罗通电话\n2020年03月25日06:51 | 来源：人民网－人民日报\n"
             "新华社北京3月24日电 3月24日晚，国家主席习近平应约同巴西总统博索纳罗通电话。习近平强调，中方愿同巴方分享防控新冠肺炎疫情的经验。博索纳罗表示，巴方感谢中方提供防疫物资。" + ZH_EDITOR,
             "2020-03-25", url(PEOPLE_WORLD, "2020-03-25", 31645),
             yes("Brazil", "phone_call", "2020-03-24", head_of_state_level=True, partnership_action=None, counterpart="博索纳罗|Bolsonaro"), lang="zh"),
    # ================= messages =================
    MfaProbe("pd-en-cl-xi-congratulates-boric-inauguration",
             "Xi congratulates Boric on assuming Chilean presidency",
             PD_MENU + "Xi congratulates Boric on assuming Chilean presidency\n(Xinhua) 09:02, March 12, 2022\n"
             "BEIJING, March 11 (Xinhua) -- Chinese President Xi Jinping on Friday sent a congratulatory message to Gabriel Boric on his inauguration as president of Chile. "
             "Xi recalled that Chile was the first South American country to establish diplomatic ties with the People's Republic of China.\n(Web editor: Peng Yukai, Liang Jun)" + PD_TAIL,
             "2022-03-12", url(PEOPLE_EN, "2022-03-12", 9999710),
             yes("Chile", "message", "2022-03-11", head_of_state_level=True, partnership_action=None, counterpart="Boric")),
    MfaProbe("gov-en-ec-xi-condolence-correa-quake",
             "Xi sends condolences to Ecuador over deadly quake",
             "english.gov.cn | Home > President Xi\nXi sends condolences to Ecuador over deadly quake\nUpdated: April 18, 2016 07:55 (Xinhua)\n"
             "BEIJING, April 17 -- Chinese President Xi Jinping on Sunday sent a message of condolence to his Ecuadorian counterpart Rafael Correa over the powerful earthquake that hit the South American country on Saturday. "
             "Xi said China is ready to offer help in disaster relief.",
             "2016-04-18", url(GOV_EN, "2016-04-18", 31718),
             yes("Ecuador", "message", "2016-04-17", head_of_state_level=True, partnership_action=None, counterpart="Correa")),
    MfaProbe("cctv-big5-gd-li-keqiang-congratulates-mitchell",
             "李克強致電祝賀迪肯·米切爾就任格林納達總理",
             "央視網 > 新聞 > 時政\n李克強致電祝賀迪肯·米切爾就任格林納達總理\n2022年06月25日 18:02 來源：新華社\n"
             "新華社北京6月25日電 6月25日，國務院總理李克強致電迪肯·米切爾，祝賀他就任格林納達總理。李克強表示，中方願同格方一道，推動兩國友好合作關係不斷向前發展。\n編輯：某某",
             "2022-06-25", url(CCTV_BIG5, "2022-06-25", 22062501),
             yes("Grenada", "message", "2022-06-25", head_of_state_level=True, partnership_action=None, counterpart="米切爾|米切尔|Mitchell"), lang="zh"),
    MfaProbe("pd-en-pe-xi-signed-article",
             "Full text of Xi's signed article in Peruvian media",
             PD_MENU + "Full text of Xi's signed article in Peruvian media\n(Xinhua) 07:12, November 14, 2024\n"
             "LIMA, Nov. 13 (Xinhua) -- Chinese President Xi Jinping on Wednesday published a signed article titled \"Let the Ship of China-Peru Friendship Sail Toward a Brighter Future\" in the Peruvian newspaper El Peruano, ahead of his state visit to Peru. "
             "In the article, Xi wrote of his memories of earlier trips to Peru and of the Chancay port, which links the two sides of the Pacific.\n(Web editor: Zhong Wenxing, Liang Jun)" + PD_TAIL,
             "2024-11-14", url(PEOPLE_EN, "2024-11-14", 20242001),
             yes("Peru", "message", "2024-11-13", head_of_state_level=False, partnership_action=None)),
    # ================= joint statements and communiqués =================
    MfaProbe("emb-hn-joint-communique-ties",
             "Joint Communiqué on the Establishment of Diplomatic Relations between China and Honduras",
             EMB_MENU + "Joint Communiqué on the Establishment of Diplomatic Relations between the People's Republic of China and the Republic of Honduras\n2023-03-26\n"
             "The People's Republic of China and the Republic of Honduras, in keeping with the interests and wishes of their two peoples, have decided to recognize each other and to set up diplomatic relations at ambassadorial level as of March 26, 2023. "
             "The Government of Honduras recognizes that there is but one China in the world. The two governments agree to develop friendly ties on the basis of mutual respect for sovereignty.\n"
             "Qin Gang, Foreign Minister of China   Eduardo Enrique Reina, Foreign Minister of Honduras\nBeijing, March 26, 2023",
             "2023-03-26", url(EMB, "2023-03-26", 11049901, cc="hn"),
             yes("Honduras", "joint_statement", "2023-03-26", head_of_state_level=False, partnership_action=None)),
    MfaProbe("gov-big5-do-joint-communique-2018",
             "中華人民共和國和多米尼加共和國關於建立外交關係的聯合公報",
             "中國政府網 首頁 > 要聞\n中華人民共和國和多米尼加共和國關於建立外交關係的聯合公報\n2018-05-01 14:20 來源： 新華社\n"
             "中華人民共和國和多米尼加共和國根據兩國人民的利益和願望，決定自公報簽署之日起相互承認並建立大使級外交關係。多米尼加共和國政府承認世界上只有一個中國。"
             "中華人民共和國國務委員兼外交部長 王毅　多米尼加共和國外交部長 巴爾加斯\n二〇一八年五月一日於北京",
             "2018-05-01", url(GOV_BIG5, "2018-05-01", 5287001),
             yes("Dominican Republic", "joint_statement", "2018-05-01", head_of_state_level=False, partnership_action=None), lang="zh"),
    MfaProbe("people-world-zh-ni-joint-communique-tianjin",
             "中华人民共和国和尼加拉瓜共和国关于恢复外交关系的联合公报",
             ZH_PD_MENU + "中华人民共和国和尼加拉瓜共和国关于恢复外交关系的联合公报\n2021年12月10日 来源：新华社\n"
             "中华人民共和国和尼加拉瓜共和国根据两国人民的利益和愿望，决定自本公报签署之日起恢复两国大使级外交关系。尼加拉瓜共和国政府承认世界上只有一个中国。\n"
             "二〇二一年十二月十日于天津" + ZH_EDITOR,
             "2021-12-10", url(PEOPLE_WORLD, "2021-12-10", 32304),
             yes("Nicaragua", "joint_statement", "2021-12-10", head_of_state_level=False, partnership_action=None), lang="zh"),
    MfaProbe("nea-bri-br-joint-statement-2023-zh",
             "中华人民共和国和巴西联邦共和国关于深化全面战略伙伴关系的联合声明（全文）",
             "一带一路能源合作网 首页 > 政策文件\n来源：外交部 发布时间：2023-04-15\n"
             "应中华人民共和国主席习近平邀请，巴西联邦共和国总统卢拉于2023年4月12日至15日对中国进行国事访问。两国元首在友好气氛中举行会谈。"
             "一、双方回顾了中巴建交以来特别是建立全面战略伙伴关系以来双边关系的发展。二、双方同意加强能源、矿产和基础设施领域合作，推动新能源和电网项目。\n上一篇 下一篇",
             "2023-04-15", url(NEA_BRI, "2023-04-15", 317330),
             yes("Brazil", "joint_statement", "2023-04-12", partnership_action=None), lang="zh",
             doubtful={"event_date": "the text of a joint statement issued at a visit's end: the visit's first day or the statement's own day"}),
    # ================= ministers of other organs, state leaders other than the heads =================
    MfaProbe("cd-ec-wang-wentao-talks-fta",
             "China, Ecuador sign free trade agreement",
             CD_MENU + "China, Ecuador sign free trade agreement\nBy Zhong Nan | China Daily | Updated: 2023-05-11 07:21\n"
             "Commerce Minister Wang Wentao held talks with Ecuador's Minister of Production, Foreign Trade, Investment and Fisheries Julio Jose Prado via video link on Wednesday, after which the two signed a free trade agreement on behalf of their governments. "
             "Wang said the deal will give Ecuadorian shrimp, bananas and flowers better access to Chinese shoppers.\n" + CD_BANNER,
             "2023-05-11", url(CHINADAILY, "2023-05-11", 6452),
             yes("Ecuador", "video_call", "2023-05-10", head_of_state_level=False, partnership_action=None, counterpart="Prado"),
             doubtful={"event_type": "talks held by video link: the text's own word is 'talks', the format a video call"}),
    MfaProbe("shine-br-he-lifeng-meets-haddad",
             "Vice Premier He Lifeng meets Brazil's finance minister",
             "SHINE | Nation\nVice Premier He Lifeng meets Brazil's finance minister\nXinhua\n 21:30 UTC+8, 2025-05-12\n"
             "Chinese Vice Premier He Lifeng met with Brazilian Finance Minister Fernando Haddad in Beijing on Monday. "
             "He said China is willing to strengthen macroeconomic policy coordination with Brazil and to expand trade settled in local currencies. Haddad said Brazil wants more Chinese investment in green industry.\n"
             "Source: Xinhua   Editor: Wang Xinzhou",
             "2025-05-12", url(SHINE, "2025-05-12", 3),
             yes("Brazil", "meeting", "2025-05-12", head_of_state_level=False, partnership_action=None, counterpart="Haddad")),
    MfaProbe("pd-zh-ar-zhao-leji-meets-senate",
             "赵乐际会见阿根廷参议长",
             ZH_PD_MENU + "赵乐际会见阿根廷参议长\n2024年09月20日 来源：人民网－人民日报\n"
             "本报北京9月19日电 全国人大常委会委员长赵乐际19日在人民大会堂会见阿根廷副总统兼参议长比利亚鲁埃尔。赵乐际表示，中国全国人大愿同阿根廷国会加强立法机构交往。"
             "比利亚鲁埃尔表示，阿方重视发展对华关系。" + ZH_EDITOR,
             "2024-09-20", url(PEOPLE_WORLD, "2024-09-20", 40323),
             yes("Argentina", "meeting", "2024-09-19", head_of_state_level=False, partnership_action=None, counterpart="比利亚鲁埃尔|Villarruel"), lang="zh"),
    MfaProbe("cgtn-cu-wang-qishan-meets-valdes",
             "Chinese vice president meets Cuban first vice president",
             "CGTN | China\nChinese vice president meets Cuban first vice president\nUpdated 20:14, 25-Oct-2018\n"
             "Chinese Vice President Wang Qishan met with Cuba's First Vice President Salvador Valdes Mesa in Beijing on Thursday. "
             "Wang said China and Cuba are bound by a special friendship forged in the struggle for socialism.",
             "2018-10-25", url(CGTN, "2018-10-25", 18102501),
             yes("Cuba", "meeting", "2018-10-25", head_of_state_level=False, partnership_action=None, counterpart="Valdes|Valdés")),
    MfaProbe("emb-mx-ma-zhaoxu-consultations",
             "Vice Foreign Minister Ma Zhaoxu Co-chairs China-Mexico Political Consultations",
             EMB_MENU + "Vice Foreign Minister Ma Zhaoxu Co-chairs China-Mexico Political Consultations\n2022-08-12\n"
             "On August 11, 2022, Vice Foreign Minister Ma Zhaoxu and Mexican Deputy Foreign Minister Carmen Moreno Toscano co-chaired the political consultations between the two foreign ministries in Beijing. "
             "The two sides exchanged views on bilateral ties and on cooperation at the United Nations and in the G20.",
             "2022-08-12", url(EMB, "2022-08-12", 10742301, cc="mx"),
             yes("Mexico", "other", "2022-08-11", head_of_state_level=False, partnership_action=None),
             doubtful={"event_type": "a vice ministers' consultation is neither talks nor a meeting by the text's word; 'other' is the rest"}),
    MfaProbe("wx-co-xi-meets-petro-celac-forum",
             "习近平会见哥伦比亚总统佩特罗",
             "微信热点 wxredian | 公众号：新华视点\n习近平会见哥伦比亚总统佩特罗\n新华社 2025-05-14 21:40\n"
             "5月14日上午，国家主席习近平在人民大会堂会见来华出席中国－拉共体论坛第四届部长级会议开幕式的哥伦比亚总统佩特罗。习近平指出，哥伦比亚正式加入共建一带一路合作，中方对此表示欢迎。"
             "佩特罗表示，哥方愿同中方加强贸易、投资和基础设施合作。\n往期推荐",
             "2025-05-14", url(WXREDIAN, "2025-05-14", 6600101),
             yes("Colombia", "meeting_on_sidelines", "2025-05-14", head_of_state_level=True, partnership_action=None, counterpart="佩特罗|Petro"), lang="zh"),
    MfaProbe("cgtn-multi-xi-speech-celac-forum",
             "Xi delivers keynote speech at opening of China-CELAC Forum ministerial meeting",
             "CGTN | China\nXi delivers keynote speech at opening of China-CELAC Forum ministerial meeting\nUpdated 11:32, 13-May-2025\n"
             "Chinese President Xi Jinping on Tuesday delivered a keynote speech at the opening ceremony of the fourth ministerial meeting of the China-CELAC Forum in Beijing, attended by leaders and ministers from Latin American and Caribbean countries. "
             "Xi announced a series of programs to support development in the region, including a credit line in yuan.",
             "2025-05-13", url(CGTN, "2025-05-13", 25051301),
             yes("multilateral", "other", "2025-05-13", partnership_action=None)),
    MfaProbe("teller-br-wang-yi-meets-vieira-brics-fm",
             "Wang Yi meets Brazilian FM on sidelines of BRICS foreign ministers' meeting",
             "Tellerreport.com | News | World\nWang Yi meets Brazilian FM on sidelines of BRICS foreign ministers' meeting\n2025-04-29T03:11:00Z\n"
             "RIO DE JANEIRO, April 28 (Xinhua) -- Chinese Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira here on Monday on the sidelines of the BRICS foreign ministers' meeting. "
             "Wang said China supports Brazil in its BRICS chairmanship this year.",
             "2025-04-29", url(TELLER, "2025-04-29", 55120),
             yes("Brazil", "meeting_on_sidelines", "2025-04-28", head_of_state_level=False, partnership_action=None, counterpart="Vieira")),
    MfaProbe("zaobao-multi-wang-yi-visits-brazil-colombia",
             "王毅将访问巴西和哥伦比亚",
             "联合早报 > 即时 > 中国\n王毅将访问巴西和哥伦比亚\n发布 / 2024年07月22日 16:05\n"
             "中国外交部发言人星期一（7月22日）宣布，应巴西外长维埃拉和哥伦比亚外长穆里略邀请，外交部长王毅将于7月24日至28日对巴西和哥伦比亚进行正式访问。"
             "这是王毅今年首次出访拉美。\n订阅联合早报",
             "2024-07-22", url(ZAOBAO, "2024-07-22", 1440101),
             yes("multilateral", "official_visit", "2024-07-24", head_of_state_level=False, partnership_action=None), lang="zh"),
    MfaProbe("pd-en-bs-xi-talks-davis-recalled",
             "Xi holds talks with Bahamian PM",
             PD_MENU + " date 2024-03-20\nXi holds talks with Bahamian PM\n"
             "BEIJING, March 20 (Xinhua) -- Chinese President Xi Jinping held talks with Prime Minister of the Bahamas Philip Davis, who is on an official visit to China, here today. "
             "Xi said China and the Bahamas have been good friends since ties were set up in 1997. Davis said his country will work with China on climate and tourism.\n(Web editor: Xu Jing, Liang Jun)" + PD_TAIL,
             "2024-03-20", url(PEOPLE_EN, "2024-03-20", 20147101),
             yes("Bahamas", "talks", "2024-03-20", head_of_state_level=True, partnership_action=None, counterpart="Davis")),
    MfaProbe("urdupoint-gy-li-qiang-meets-ali",
             "Chinese Premier Meets Guyanese President",
             "UrduPoint Network | World News\nChinese Premier Meets Guyanese President\nSumaira FH Published September 27, 2024 | 09:10 AM\n"
             "NEW YORK, Sept. 27 (APP/Xinhua - UrduPoint News - 27th Sep, 2024) :Chinese Premier Li Qiang met with Guyanese President Irfaan Ali here Thursday on the sidelines of the general debate of the 79th session of the UN General Assembly. "
             "Li said China is ready to work with Guyana on energy and farming.\nRelated Stories",
             "2024-09-27", url(URDUPOINT, "2024-09-27", 1902231),
             yes("Guyana", "meeting_on_sidelines", "2024-09-26", head_of_state_level=True, partnership_action=None, counterpart="Ali")),
    MfaProbe("crntt-ve-xi-congratulates-maduro-reelection",
             "習近平致電祝賀馬杜羅當選連任委內瑞拉總統",
             "中評網 首頁 > 大陸外交\n習近平致電祝賀馬杜羅當選連任委內瑞拉總統\n2024-07-30 17:22:11\n"
             "中評社北京7月30日電／據新華社報導，7月30日，國家主席習近平致電馬杜羅，祝賀他當選連任委內瑞拉總統。習近平指出，中委是好朋友、好夥伴，中方願同委方一道，推動中委全天候戰略夥伴關係不斷邁上新台階。\n相關新聞",
             "2024-07-30", url(CRNTT, "2024-07-30", 41201),
             yes("Venezuela", "message", "2024-07-30", head_of_state_level=True, partnership_action=None, counterpart="馬杜羅|马杜罗|Maduro"), lang="zh"),
    MfaProbe("pd-cpc-tt-xi-meets-rowley-2018",
             "习近平会见特立尼达和多巴哥总理罗利",
             "中国共产党新闻网>>高层动态\n习近平会见特立尼达和多巴哥总理罗利\n2018年05月15日08:05 来源：人民网－人民日报\n"
             "本报北京5月14日电 国家主席习近平14日在人民大会堂会见特立尼达和多巴哥总理罗利。习近平指出，中方愿同特方深化全面合作伙伴关系。罗利表示，特方欢迎中国企业投资能源和港口项目。\n（责编：王某）\n",
             "2018-05-15", url(PEOPLE_CPC, "2018-05-15", 29989),
             yes("Trinidad and Tobago", "meeting", "2018-05-14", head_of_state_level=True, partnership_action=None, counterpart="罗利|Rowley"), lang="zh"),
    MfaProbe("gov-en-ve-maduro-arrives-state-visit",
             "Venezuelan president begins state visit to China",
             "english.gov.cn | Home > News\nVenezuelan president begins state visit to China\nUpdated: Sept 9, 2023 09:10 Xinhua\n"
             "SHENZHEN -- Venezuelan President Nicolas Maduro arrived in Shenzhen on Friday evening to begin a six-day state visit to China at the invitation of President Xi Jinping.",
             "2023-09-09", url(GOV_EN, "2023-09-09", 6431),
             yes("Venezuela", "state_visit", "2023-09-08", partnership_action=None, counterpart="Maduro")),
    # ================= not relevant =================
    # -- an ambassador or consul alone on the Chinese side
    MfaProbe("emb-no-pe-ambassador-meets-minister",
             "Ambassador Song Yang Meets with Peruvian Minister of Energy and Mines",
             "Embassy of the People's Republic of China in the Republic of Peru\nHome > Embassy News\nAmbassador Song Yang Meets with Peruvian Minister of Energy and Mines\n2024-05-09\n"
             "On May 8, 2024, Chinese Ambassador to Peru Song Yang called on Minister of Energy and Mines Rómulo Mucho at his office. The two sides discussed the Chancay port and mining projects run by Chinese firms.",
             "2024-05-09", url(EMB, "2024-05-09", 11297001, cc="pe"), NO),
    MfaProbe("emb-no-mx-ambassador-credentials",
             "Ambassador Zhang Run Presents Credentials to Mexican President",
             "Embassy of the People's Republic of China in the United Mexican States\nHome > Embassy News\nAmbassador Zhang Run Presents Credentials to Mexican President\n2022-11-29\n"
             "On November 28, 2022, Ambassador Zhang Run presented his letter of credence to President Andrés Manuel López Obrador at the National Palace. Zhang conveyed President Xi Jinping's cordial greetings.",
             "2022-11-29", url(EMB, "2022-11-29", 10982201, cc="mx"), NO),
    MfaProbe("emb-zh-no-cu-ambassador-donation",
             "驻古巴大使华昕出席援古物资交接仪式",
             "中华人民共和国驻古巴共和国大使馆\n首页 > 使馆动态\n驻古巴大使华昕出席援古物资交接仪式\n2024-03-15\n"
             "3月14日，驻古巴大使华昕出席中国政府援古大米交接仪式，古巴外贸外资部长卡布里萨斯出席并致辞。华昕表示，中方将继续力所能及地帮助古方。",
             "2024-03-15", url(EMB_ZH, "2024-03-15", 11261001, cc="cu"), NO, lang="zh"),
    MfaProbe("cons-no-br-consul-general-governor",
             "Consul General Yu Peng Meets Governor of São Paulo",
             "Consulate-General of the People's Republic of China in São Paulo\nHome > News\nConsul General Yu Peng Meets Governor of São Paulo\n2024-02-21\n"
             "On February 20, Consul General Yu Peng met with Tarcísio de Freitas, Governor of São Paulo State, to talk about trade, green energy and local exchanges.",
             "2024-02-21", url("http://saopaulo.china-consulate.gov.cn/eng/zlgxw/{ym}/t{ymd}_{n}.htm", "2024-02-21", 11245001), NO),
    MfaProbe("hnrb-no-governor-meets-ambassador",
             "毛伟明会见巴西驻华大使",
             "湖南日报 数字报 > 2023年08月10日 > 第01版：要闻\n毛伟明会见巴西驻华大使\n"
             "8月9日，省长毛伟明在长沙会见巴西驻华大使瓦莱一行。双方就农业、工程机械和航空等领域合作交换了意见。\n上一篇 下一篇 返回目录",
             "2023-08-10", url(HNRB, "2023-08-10", 1173301), NO, lang="zh"),
    # -- Taiwan's own diplomacy, and LAC only as a topic
    MfaProbe("crntt-no-pa-pena-visits-taipei",
             "巴拉圭總統彭尼亞訪台 與賴清德會談",
             "中評網 首頁 > 台灣\n巴拉圭總統彭尼亞訪台 與賴清德會談\n2025-12-02 10:12:33\n"
             "中評社台北12月2日電／巴拉圭總統彭尼亞1日抵台訪問，台灣地區領導人賴清德2日與其舉行會談。大陸外交部發言人批評，台灣當局搞所謂「金援外交」。\n相關新聞",
             "2025-12-02", url(CRNTT, "2025-12-02", 50501), NO, lang="zh"),
    MfaProbe("gt-no-spokesperson-venezuela-election",
             "China respects Venezuelan people's choice: FM spokesperson",
             GT_MENU + "China respects Venezuelan people's choice: FM spokesperson\nBy Global Times Published: Jul 29, 2024 09:25 PM\n"
             "Chinese Foreign Ministry spokesperson Mao Ning said on Monday that China respects the choice of the Venezuelan people and hopes all parties in Venezuela will settle differences through dialogue. "
             "Mao was answering a question at a routine press conference about the outcome of the country's presidential election.",
             "2024-07-29", url(GLOBALTIMES, "2024-07-29", 1316921), NO),
    MfaProbe("zaobao-no-spokesperson-panama-canal",
             "中国外交部回应巴拿马运河问题",
             "联合早报 > 即时 > 中国\n中国外交部回应巴拿马运河问题\n发布 / 2025年02月03日 17:40\n"
             "中国外交部发言人林剑星期一（2月3日）在例行记者会上回答有关巴拿马运河的提问时说，中方始终尊重巴拿马对运河的主权，不干涉运河事务。\n订阅联合早报",
             "2025-02-03", url(ZAOBAO, "2025-02-03", 1560101), NO, lang="zh"),
    MfaProbe("cd-no-lac-policy-paper",
             "China issues second policy paper on Latin America and the Caribbean",
             CD_MENU + "China issues second policy paper on Latin America and the Caribbean\nXinhua | Updated: 2016-11-24 19:05\n"
             "BEIJING -- The Chinese government on Thursday published its second policy document on Latin America and the Caribbean, setting out goals for trade, investment, culture and security cooperation with the region in the coming years.\n" + CD_BANNER,
             "2016-11-24", url(CHINADAILY, "2016-11-24", 5836), NO),
    MfaProbe("ecns-no-think-tank-lac-forum",
             "Scholars gather in Beijing to discuss China-Latin America ties",
             "ecns | Society\nScholars gather in Beijing to discuss China-Latin America ties\n2024-10-15 16:10 ecns.cn Editor: Meng Xiangjun\n"
             "(ECNS) -- More than 80 scholars from Chinese universities and research institutes met in Beijing on Monday for an annual symposium on Latin American studies, discussing trade, lithium and regional politics.",
             "2024-10-15", url(ECNS, "2024-10-15", 420001), NO),
    MfaProbe("shine-no-ciie-cuba-pavilion",
             "Cuban rum and cigars draw crowds at CIIE",
             "SHINE | Metro\nCuban rum and cigars draw crowds at CIIE\nLi Qian\n 18:02 UTC+8, 2024-11-06\n"
             "Visitors lined up at the Cuban pavilion at the China International Import Expo on Wednesday for a taste of rum and a look at hand-rolled cigars. Exhibitors from Peru and Chile showed avocados and cherries nearby.\nSource: SHINE  Editor: Fang Xiao",
             "2024-11-06", url(SHINE, "2024-11-06", 4), NO),
    # -- look-alikes outside LAC
    MfaProbe("pd-en-no-gn-xi-talks-doumbouya",
             "Xi holds talks with Guinean president",
             PD_MENU + "Xi holds talks with Guinean president\n(Xinhua) 08:31, September 04, 2024\n"
             "BEIJING, Sept. 3 (Xinhua) -- Chinese President Xi Jinping held talks with Guinean President Mamadi Doumbouya, who is in Beijing for the Summit of the Forum on China-Africa Cooperation, on Tuesday. "
             "Xi said China supports the Simandou iron ore project.\n(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL,
             "2024-09-04", url(PEOPLE_EN, "2024-09-04", 20213301), NO),
    MfaProbe("cgtn-no-gq-xi-talks-obiang",
             "Xi holds talks with President of Equatorial Guinea",
             "CGTN | China\nXi holds talks with President of Equatorial Guinea\nUpdated 19:30, 28-May-2024\n"
             "Chinese President Xi Jinping held talks with President Teodoro Obiang Nguema Mbasogo of Equatorial Guinea in Beijing on Tuesday, and the two sides lifted relations to a comprehensive strategic cooperative partnership.",
             "2024-05-28", url(CGTN, "2024-05-28", 24052801), NO),
    MfaProbe("urdupoint-no-pg-xi-meets-marape",
             "Xi Meets Papua New Guinea Prime Minister",
             "UrduPoint Network | World News\nXi Meets Papua New Guinea Prime Minister\nFaizan Hashmi Published November 18, 2022 | 08:20 PM\n"
             "BANGKOK, Nov. 18 (APP/Xinhua - UrduPoint News) :Chinese President Xi Jinping met with Papua New Guinea Prime Minister James Marape here on Friday on the sidelines of the APEC meeting.\nRelated Stories",
             "2022-11-18", url(URDUPOINT, "2022-11-18", 1601201), NO),
    MfaProbe("emb-no-lk-wang-yi-colombo",
             "Wang Yi Holds Talks with Sri Lankan Foreign Minister in Colombo",
             "Embassy of the People's Republic of China in the Democratic Socialist Republic of Sri Lanka\nHome > China News\nWang Yi Holds Talks with Sri Lankan Foreign Minister in Colombo\n2022-01-09\n"
             "On January 9, 2022, Wang Yi held talks with Sri Lankan Foreign Minister G. L. Peiris in Colombo. The two sides marked 65 years of diplomatic ties.",
             "2022-01-09", url(EMB, "2022-01-09", 10480001, cc="lk"), NO),
    MfaProbe("gov-big5-no-es-li-qiang-sanchez",
             "李強會見西班牙首相桑切斯",
             "中國政府網 首頁 > 要聞\n李強會見西班牙首相桑切斯\n2024-09-10 18:20 來源： 新華社\n"
             "國務院總理李強9月10日下午在人民大會堂會見西班牙首相桑切斯。李強表示，中方願同西方深化全面戰略夥伴關係。桑切斯表示，西班牙願做中歐關係的積極推動者。",
             "2024-09-10", url(GOV_BIG5, "2024-09-10", 6973101), NO, lang="zh"),
    MfaProbe("teller-no-un-xi-meets-guterres",
             "Xi meets UN Secretary-General Guterres",
             "Tellerreport.com | News | World\nXi meets UN Secretary-General Guterres\n2024-08-31T10:10:00Z\n"
             "BEIJING, Aug. 30 (Xinhua) -- Chinese President Xi Jinping met with UN Secretary-General Antonio Guterres, who is in Beijing for the FOCAC summit, on Friday. Guterres, a former prime minister of Portugal, praised China's role in the South.",
             "2024-08-31", url(TELLER, "2024-08-31", 77001), NO),
    MfaProbe("chinamil-no-ph-defense-talks",
             "Chinese defense minister talks with Portuguese counterpart",
             "China Military Online | Home | China\nChinese defense minister talks with Portuguese counterpart\nSource: China Military Online  Editor: Li Jiayao  2019-05-16 19:02:11\n"
             "BEIJING, May 16 -- Chinese Defense Minister Wei Fenghe held talks with Portuguese Minister of National Defense Joao Gomes Cravinho in Beijing on Thursday.",
             "2019-05-16", url(CHINAMIL, "2019-05-16", 9511001), NO),
    MfaProbe("court-en-no-spain-court",
             "SPC president meets Spanish judicial delegation",
             "Supreme People's Court of the People's Republic of China | Home > News\nSPC president meets Spanish judicial delegation\nUpdated: 2018-10-12\n"
             "Zhou Qiang, President of the Supreme People's Court, met with Carlos Lesmes, President of the Supreme Court of Spain, in Beijing on October 11.",
             "2018-10-12", url(COURT_EN, "2018-10-12", 302001), NO),
    MfaProbe("audit-no-eg-hou-kai-meets-egypt",
             "侯凯会见埃及中央审计署署长",
             "中华人民共和国审计署 首页 > 审计要闻\n侯凯会见埃及中央审计署署长\n发布时间：2024-06-18 来源：国际合作司\n"
             "6月17日，审计长侯凯在北京会见埃及中央审计署署长优素福一行，双方签署了审计合作谅解备忘录。\n【打印本页】【关闭窗口】",
             "2024-06-18", url(AUDIT, "2024-06-18", 8301999), NO, lang="zh"),
    MfaProbe("wx-no-zh-ambassador-lecture-uruguay",
             "驻乌拉圭大使黄亚中在蒙得维的亚大学发表演讲",
             "微信热点 wxredian | 公众号：中国驻乌拉圭使馆\n驻乌拉圭大使黄亚中在蒙得维的亚大学发表演讲\n原创 2024-10-23 09:12\n"
             "10月22日，驻乌拉圭大使黄亚中应邀在蒙得维的亚大学发表演讲，介绍中国式现代化和中乌合作前景。乌拉圭前外长等约百人出席。\n阅读原文",
             "2024-10-23", url(WXREDIAN, "2024-10-23", 6200301), NO, lang="zh"),
    MfaProbe("ip-no-gw-xi-talks-embalo",
             "習近平同幾內亞比紹總統恩巴洛舉行會談",
             "首頁 > 領導人活動\n習近平同幾內亞比紹總統恩巴洛舉行會談\n2024-07-10 19:02 來源： 新華社\n"
             "國家主席習近平7月10日在人民大會堂同來華進行國事訪問的幾內亞比紹總統恩巴洛舉行會談。兩國元首宣佈將中幾關係提升為戰略夥伴關係。",
             "2024-07-10", url(BARE_IP, "2024-07-10", 6962201), NO, lang="zh"),
]

assert_unique_ids(PROBES)

# the blind misses of the first run, all closed by the rules of this campaign (see the module docstring)
OPEN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_copies_mfa_s17_page_field(probe: Probe, name: str, expected: Any) -> None:
    """Codebook (foreign ministry): relevance, country, the exchange's first day, the headline's
    exchange typed by the text's own word, both principals heads of state/government in office, the
    partnership action read against the history table (level with an action); the counterpart names
    the LAC principal (any of the '|' forms, as printed or in the gazetteer's English form)."""
    got = value_of(record_of(probe), name)
    if name == "counterpart":
        assert any(form in got for form in expected.split("|")), got
    else:
        assert got == expected


# ---- a second batch, written after the first fixes to look for other kinds (no blind estimate) --------
WWP = "https://www.wenweipo.com/a/{y}{m}/{d}/AP{n}.html"
FOCUS_TW = "https://focustaiwan.tw/politics/{ymd}{n:04d}"
XINHUANET_EN = "https://english.news.cn/{ymd}/{n}/c.html"

PROBES_2: list[Probe] = [
    MfaProbe("2-emb-ke-cu-xi-talks-diaz-canel",
             "Xi Jinping Holds Talks with Cuban President Miguel Díaz-Canel",
             "Embassy of the People's Republic of China in the Republic of Kenya\nHome | Embassy News | China News | Visa\n"
             "Xi Jinping Holds Talks with Cuban President Miguel Díaz-Canel\n2022-11-26\n"
             "On the afternoon of November 25, 2022, President Xi Jinping held talks at the Great Hall of the People with Miguel Díaz-Canel, First Secretary of the Communist Party of Cuba and President of Cuba, who is on a state visit. "
             "Xi said China will keep supporting Cuba in defending its sovereignty and opposing the blockade. Díaz-Canel said Cuba stands firmly with China on Taiwan.\n"
             "Related: Ambassador meets Kenyan Cabinet Secretary for Foreign Affairs",
             "2022-11-26", url(EMB, "2022-11-26", 10981001, cc="ke"),
             yes("Cuba", "talks", "2022-11-25", head_of_state_level=True, partnership_action=None, counterpart="Díaz-Canel|Diaz-Canel")),
    MfaProbe("2-pd-en-no-ke-related-news-lac",
             "Wang Yi holds talks with Kenyan foreign minister",
             PD_MENU + "Wang Yi holds talks with Kenyan foreign minister\n(Xinhua) 09:01, January 07, 2024\n"
             "NAIROBI, Jan. 6 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Kenyan Cabinet Secretary for Foreign Affairs Musalia Mudavadi on Saturday, saying the two countries should jointly build the Belt and Road.\n"
             "(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL + "Xi meets Chilean President Boric\nXi holds talks with Brazilian President Lula\nLatin America | Africa | Asia-Pacific",
             "2024-01-07", url(PEOPLE_EN, "2024-01-07", 20118801), NO),
    MfaProbe("2-cd-no-sidebar-lac",
             "Li Qiang meets Pakistani prime minister",
             CD_MENU + "World | Latin America | Africa | Asia-Pacific\nLi Qiang meets Pakistani prime minister\nXinhua | Updated: 2024-06-07 21:10\n"
             "BEIJING -- Premier Li Qiang met with Pakistani Prime Minister Shehbaz Sharif in Beijing on Friday.\n"
             "Most Viewed: Xi, Lula hold talks in Brasilia | Peru's Chancay port opens\n" + CD_BANNER,
             "2024-06-07", url(CHINADAILY, "2024-06-07", 66130), NO),
    MfaProbe("2-wwp-br-xi-phone-lula-zh-trad",
             "習近平同巴西總統盧拉通電話",
             "文匯網 > 要聞 > 中國\n習近平同巴西總統盧拉通電話\n2025-08-12 00:15:33 來源：新華社\n"
             "國家主席習近平8月11日下午應約同巴西總統盧拉通電話。習近平指出，中方願同巴方攜手，共同維護多邊主義和自由貿易。盧拉表示，巴方願同中方加強在金磚國家等框架內的協調。\n"
             "責任編輯：某某\n文匯報App 下載",
             "2025-08-12", url(WWP, "2025-08-12", 771201),
             yes("Brazil", "phone_call", "2025-08-11", head_of_state_level=True, partnership_action=None, counterpart="盧拉|卢拉|Lula"), lang="zh"),
    MfaProbe("2-gt-pe-xi-condolence-boluarte-fujimori",
             "Xi sends condolences over passing of former Peruvian president Fujimori",
             GT_MENU + "Xi sends condolences over passing of former Peruvian president Fujimori\nBy Xinhua Published: Sep 13, 2024 09:02 AM\n"
             "Chinese President Xi Jinping on Thursday sent a message of condolence to Peruvian President Dina Boluarte over the death of former president Alberto Fujimori. "
             "Xi said Fujimori had made contributions to the development of China-Peru relations.",
             "2024-09-13", url(GLOBALTIMES, "2024-09-13", 1319701),
             yes("Peru", "message", "2024-09-12", head_of_state_level=True, partnership_action=None, counterpart="Boluarte")),
    MfaProbe("2-cctv-big5-cu-xi-condolence-raul-fidel",
             "習近平就古巴革命領導人菲德爾·卡斯特羅逝世致唁電",
             "央視網 > 新聞 > 時政\n習近平就古巴革命領導人菲德爾·卡斯特羅逝世致唁電\n2016年11月26日 16:32 來源：新華社\n"
             "11月26日，國家主席習近平致電古巴國務委員會主席兼部長會議主席勞爾·卡斯特羅，就古巴革命領導人菲德爾·卡斯特羅同志逝世表示深切哀悼。習近平在唁電中表示，菲德爾同志的逝世使古巴人民失去了一位偉大領袖。\n編輯：某某",
             "2016-11-26", url(CCTV_BIG5, "2016-11-26", 16112601),
             yes("Cuba", "message", "2016-11-26", head_of_state_level=True, partnership_action=None, counterpart="勞爾|劳尔|Raúl|Raul"), lang="zh"),
    MfaProbe("2-ecns-co-xi-petro-anniversary-messages",
             "Xi, Colombian president exchange congratulations on 45th anniversary of ties",
             "ecns | Politics\nXi, Colombian president exchange congratulations on 45th anniversary of ties\n2025-02-08 08:12 Xinhua Editor: Gu Liping\n"
             "(ECNS) -- Chinese President Xi Jinping and Colombian President Gustavo Petro on Friday exchanged congratulatory messages on the 45th anniversary of diplomatic relations. "
             "Xi said he values the strategic partnership the two sides set up in 2023.",
             "2025-02-08", url(ECNS, "2025-02-08", 445501),
             yes("Colombia", "message", "2025-02-07", head_of_state_level=True, partnership_action=None, counterpart="Petro")),
    MfaProbe("2-cd-multi-xi-letter-celac-summit",
             "Xi sends congratulatory letter to CELAC summit",
             CD_MENU + "Xi sends congratulatory letter to CELAC summit\nXinhua | Updated: 2023-01-25 10:12\n"
             "BEIJING -- Chinese President Xi Jinping sent a congratulatory letter on Tuesday to the seventh summit of the Community of Latin American and Caribbean States, held in Buenos Aires. "
             "Xi said China is ready to work with CELAC to carry the China-LAC comprehensive cooperative partnership forward.\n" + CD_BANNER,
             "2023-01-25", url(CHINADAILY, "2023-01-25", 6308),
             yes("multilateral", "message", "2023-01-24", partnership_action=None)),
    MfaProbe("2-xh-uy-joint-statement-csp-text",
             "Full text of China-Uruguay joint statement on establishing comprehensive strategic partnership",
             "Xinhua | English.news.cn\nFull text of China-Uruguay joint statement on establishing comprehensive strategic partnership\nSource: Xinhua\nEditor: Huaxia\n2023-11-23 21:55:31\n"
             "BEIJING, Nov. 23 (Xinhua) -- The People's Republic of China and the Oriental Republic of Uruguay issued a joint statement on Wednesday on setting up a comprehensive strategic partnership. The full text reads:\n"
             "1. At the invitation of President Xi Jinping, President Luis Lacalle Pou paid a state visit to China from November 20 to 24, 2023. "
             "2. The two sides decided to lift bilateral relations to a comprehensive strategic partnership. 3. The two sides agreed to push forward talks on a free trade agreement.",
             "2023-11-23", url(XINHUANET_EN, "2023-11-23", 10091),
             yes("Uruguay", "joint_statement", "2023-11-22", partnership_action="upgrade", partnership_level=CSP),
             doubtful={"event_date": "the statement's own day ('on Wednesday') or the visit's first day (November 20)"}),
    MfaProbe("2-emb-co-zh-joint-statement-sp",
             "中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
             "中华人民共和国驻哥伦比亚共和国大使馆\n首页 > 中国要闻\n中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明\n2023-10-26\n"
             "一、应中华人民共和国主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗于2023年10月24日至28日对中国进行国事访问。"
             "二、两国元首一致同意建立中哥战略伙伴关系。三、双方同意在能源转型、农业、基础设施等领域深化合作。\n【打印】【关闭】",
             "2023-10-26", url(EMB_ZH, "2023-10-26", 11168001, cc="co"),
             yes("Colombia", "joint_statement", "2023-10-24", partnership_action="establish", partnership_level=SP), lang="zh",
             doubtful={"event_date": "the text of a joint statement issued during a visit: the visit's first day or the statement's own day"}),
    MfaProbe("2-emb-ar-zh-fernandez-visit-announced",
             "外交部发言人宣布阿根廷总统费尔南德斯将访华并出席北京冬奥会开幕式",
             "中华人民共和国驻阿根廷共和国大使馆\n首页 > 中国要闻\n外交部发言人宣布阿根廷总统费尔南德斯将访华\n2022-01-28\n"
             "外交部发言人华春莹1月28日宣布：应国家主席习近平邀请，阿根廷总统阿尔韦托·费尔南德斯将于2月3日至6日来华出席北京2022年冬奥会开幕式并对中国进行国事访问。\n【打印】【关闭】",
             "2022-01-28", url(EMB_ZH, "2022-01-28", 10635001, cc="ar"),
             yes("Argentina", "state_visit", "2022-02-03", partnership_action=None, counterpart="费尔南德斯|Fernández|Fernandez"), lang="zh"),
    MfaProbe("2-gt-br-xi-arrives-brasilia",
             "Xi arrives in Brasilia for state visit to Brazil",
             GT_MENU + "Xi arrives in Brasilia for state visit to Brazil\nBy Xinhua Published: Nov 20, 2024 08:31 AM\n"
             "BRASILIA, Nov. 19 (Xinhua) -- Chinese President Xi Jinping arrived in Brasilia on Tuesday evening for a state visit to Brazil, after attending the G20 summit in Rio de Janeiro.",
             "2024-11-20", url(GLOBALTIMES, "2024-11-20", 1323451),
             yes("Brazil", "state_visit", "2024-11-19", partnership_action=None)),
    MfaProbe("2-pd-en-multi-wang-yi-trip-results",
             "Chinese FM sums up Xi's Latin America trip",
             PD_MENU + "Chinese FM sums up Xi's Latin America trip\n(Xinhua) 09:40, November 23, 2016\n"
             "SANTIAGO, Nov. 22 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday briefed reporters on the results of President Xi Jinping's visits to Ecuador, Peru and Chile and his attendance at the APEC meeting in Lima, a trip that began on November 17.\n"
             "(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL,
             "2016-11-23", url(PEOPLE_EN, "2016-11-23", 9145001),
             yes("multilateral", "other", "2016-11-17", head_of_state_level=False, partnership_action=None)),
    MfaProbe("2-zaobao-br-wang-yi-visit-brazil-brics-fm",
             "王毅将赴巴西出席金砖国家外长会晤并访问巴西",
             "联合早报 > 即时 > 中国\n王毅将赴巴西出席金砖国家外长会晤并访问巴西\n发布 / 2025年04月25日 16:05\n"
             "中国外交部发言人星期五（4月25日）宣布，外交部长王毅将于4月27日至30日赴巴西里约热内卢出席金砖国家外长会晤，并对巴西进行正式访问。\n订阅联合早报",
             "2025-04-25", url(ZAOBAO, "2025-04-25", 1620101),
             yes("Brazil", "official_visit", "2025-04-27", head_of_state_level=False, partnership_action=None), lang="zh"),
    MfaProbe("2-emb-bo-wang-yi-meets-sosa-un-hq",
             "Wang Yi Meets with Bolivian Foreign Minister Celinda Sosa",
             "Embassy of the People's Republic of China in the Plurinational State of Bolivia\nHome > China News\nWang Yi Meets with Bolivian Foreign Minister Celinda Sosa\n2024-09-26\n"
             "On September 25, 2024 local time, Foreign Minister Wang Yi met with Bolivian Foreign Minister Celinda Sosa at the United Nations Headquarters in New York. "
             "Wang said China supports Bolivia in joining BRICS as a partner country.",
             "2024-09-26", url(EMB, "2024-09-26", 11497001, cc="bo"),
             yes("Bolivia", "meeting_on_sidelines", "2024-09-25", head_of_state_level=False, partnership_action=None, counterpart="Sosa")),
    MfaProbe("2-shine-pe-ding-xuexiang-meets-minister-ciie",
             "Vice Premier Ding Xuexiang meets Peruvian trade minister at CIIE",
             "SHINE | Nation\nVice Premier Ding Xuexiang meets Peruvian trade minister at CIIE\nXinhua\n 20:40 UTC+8, 2024-11-06\n"
             "Chinese Vice Premier Ding Xuexiang met with Peru's Minister of Foreign Trade and Tourism Ursula Desilu Leon in Shanghai on Wednesday, where she is attending the seventh China International Import Expo. "
             "Ding said China welcomes more Peruvian blueberries and avocados.\nSource: Xinhua   Editor: Shen Ke",
             "2024-11-06", url(SHINE, "2024-11-06", 5),
             yes("Peru", "meeting", "2024-11-06", head_of_state_level=False, partnership_action=None, counterpart="Leon|León")),
    MfaProbe("2-pd-zh-bo-special-envoy-inauguration",
             "习近平主席特使出席玻利维亚总统就职仪式",
             ZH_PD_MENU + "习近平主席特使出席玻利维亚总统就职仪式\n2025年11月10日 来源：人民网－人民日报\n"
             "新华社拉巴斯11月8日电 当地时间11月8日，国家主席习近平特使、全国人大常委会副委员长郑建邦在拉巴斯出席玻利维亚总统罗德里戈·帕斯就职仪式，并于仪式后会见帕斯，转达习近平主席的诚挚祝贺。" + ZH_EDITOR,
             "2025-11-10", url(PEOPLE_WORLD, "2025-11-10", 40599),
             yes("Bolivia", "other", "2025-11-08", head_of_state_level=False, partnership_action=None, counterpart="帕斯|Paz"), lang="zh",
             doubtful={"event_type": "an envoy at an inauguration who meets the new president afterwards: the ceremony ('other') or the meeting"}),
    MfaProbe("2-cgtn-no-br-lula-visits-huawei",
             "Lula visits Huawei's research center in Shanghai",
             "CGTN | Business\nLula visits Huawei's research center in Shanghai\nUpdated 18:20, 13-Apr-2023\n"
             "Brazilian President Luiz Inacio Lula da Silva on Thursday toured a research and development center of Chinese tech company Huawei in Shanghai, where he was shown 5G and green energy products.",
             "2023-04-13", url(CGTN, "2023-04-13", 23041301), NO),
    MfaProbe("2-focustw-no-py-lai-pena",
             "Paraguay president meets Lai, vows support for Taiwan",
             "Focus Taiwan | CNA English News\nPOLITICS\nParaguay president meets Lai, vows support for Taiwan\n05/20/2024 06:12 PM\n"
             "Taipei, May 20 (CNA) Paraguayan President Santiago Peña met with President Lai Ching-te on Monday after attending Lai's inauguration, pledging that Paraguay will stand by Taiwan.",
             "2024-05-20", url(FOCUS_TW, "2024-05-20", 12), NO),
    MfaProbe("2-crntt-no-taiwan-affairs-office-paraguay",
             "國台辦：巴拉圭應認清大勢",
             "中評網 首頁 > 兩岸\n國台辦：巴拉圭應認清大勢\n2024-05-22 16:21:03\n"
             "中評社北京5月22日電／國台辦發言人今日在例行記者會上就巴拉圭總統出席台灣地區領導人就職活動答問時表示，一個中國原則是國際社會的普遍共識，巴拉圭應認清大勢。\n相關新聞",
             "2024-05-22", url(CRNTT, "2024-05-22", 40101), NO, lang="zh"),
    MfaProbe("2-gov-big5-cu-li-qiang-talks-marrero",
             "李強同古巴總理馬雷羅舉行會談",
             "中國政府網 首頁 > 要聞\n李強同古巴總理馬雷羅舉行會談\n2025-05-16 20:10 來源： 新華社\n"
             "國務院總理李強5月16日下午在人民大會堂同來華進行正式訪問的古巴總理馬雷羅舉行會談。李強表示，中方願同古方加強在能源、農業和生物醫藥等領域合作。馬雷羅表示，古方感謝中方長期以來提供的無私幫助。",
             "2025-05-16", url(GOV_BIG5, "2025-05-16", 7010101),
             yes("Cuba", "talks", "2025-05-16", head_of_state_level=True, partnership_action=None, counterpart="馬雷羅|马雷罗|Marrero"), lang="zh"),
    MfaProbe("2-pd-cpc-cu-zhao-leji-meets-lazo",
             "赵乐际会见古巴全国人大主席拉索",
             "中国共产党新闻网>>高层动态\n赵乐际会见古巴全国人大主席拉索\n2023年09月19日 来源：人民网－人民日报\n"
             "本报北京9月18日电 全国人大常委会委员长赵乐际18日在人民大会堂会见古巴全国人大主席拉索。赵乐际表示，中国全国人大愿同古巴全国人大加强治国理政经验交流。拉索表示，古方愿学习借鉴中国立法工作经验。\n（责编：王某）\n",
             "2023-09-19", url(PEOPLE_CPC, "2023-09-19", 40081),
             yes("Cuba", "meeting", "2023-09-18", head_of_state_level=False, partnership_action=None, counterpart="拉索|Lazo"), lang="zh"),
    MfaProbe("2-mil81-br-zhang-youxia-meets-army-commander",
             "张又侠会见巴西陆军司令",
             "中国军网 > 军事要闻\n张又侠会见巴西陆军司令\n来源：新华社 责任编辑：某某 2024-06-04 19:30\n"
             "新华社北京6月4日电 中央军委副主席张又侠4日在八一大楼会见巴西陆军司令托马斯·米内·里贝罗·派瓦。张又侠表示，中方愿同巴方深化两军交流合作。派瓦表示，巴西陆军希望同中国军队加强人员培训交流。",
             "2024-06-04", url(MIL81, "2024-06-04", 10350001),
             yes("Brazil", "meeting", "2024-06-04", head_of_state_level=False, partnership_action=None), lang="zh"),
    MfaProbe("2-chinamil-no-navy-port-call",
             "Chinese naval hospital ship arrives in Jamaica",
             "China Military Online | Home | China\nChinese naval hospital ship arrives in Jamaica\nSource: China Military Online  Editor: Chen Zhuo  2024-10-05 16:00:11\n"
             "KINGSTON, Oct. 4 -- The Chinese PLA Navy hospital ship Peace Ark arrived in Kingston on Friday for an eight-day friendly visit and medical service, and was greeted by Jamaican officials and Chinese embassy staff.",
             "2024-10-05", url(CHINAMIL, "2024-10-05", 10101001), NO),
    MfaProbe("2-hnrb-yesterday-zh",
             "王毅会见乌拉圭外长",
             "湖南日报 数字报 > 2024年06月06日 > 第04版：国际\n王毅会见乌拉圭外长\n"
             "本报北京6月5日讯 中共中央政治局委员、外交部长王毅昨天在北京会见乌拉圭外长拉米雷斯。王毅表示，中方愿同乌方落实两国元首共识，推进全面战略伙伴关系。拉米雷斯表示，乌方希望尽早启动自贸谈判。\n上一篇 下一篇",
             "2024-06-06", url(HNRB, "2024-06-06", 1301),
             yes("Uruguay", "meeting", "2024-06-04", head_of_state_level=False, partnership_action=None, counterpart="拉米雷斯|Ramírez|Ramirez"), lang="zh"),
    MfaProbe("2-wwp-pe-local-time-dateline-zh-trad",
             "習近平同秘魯總統博盧阿特舉行會談",
             "文匯網 > 要聞 > 中國\n習近平同秘魯總統博盧阿特舉行會談\n2024-11-16 09:12:10 來源：新華社\n"
             "新華社利馬11月15日電 當地時間11月14日，國家主席習近平在利馬總統府同秘魯總統博盧阿特舉行會談。兩國元首共同見證錢凱港開港。習近平指出，中秘全面戰略夥伴關係不斷深化。\n責任編輯：某某",
             "2024-11-16", url(WWP, "2024-11-16", 790101),
             yes("Peru", "talks", "2024-11-14", head_of_state_level=True, partnership_action=None, counterpart="博盧阿特|博卢阿特|博鲁阿特|Boluarte"), lang="zh"),
    MfaProbe("2-ip-en-gd-li-keqiang-meets-mitchell",
             "Premier Li Keqiang meets Grenadian PM",
             "Home > Premier\nPremier Li Keqiang meets Grenadian PM\nUpdated: Jun 1, 2019 08:02 Xinhua\n"
             "BEIJING -- Premier Li Keqiang met with Grenadian Prime Minister Keith Mitchell in Beijing on Friday, pledging to deepen cooperation in infrastructure and tourism.",
             "2019-06-01", url("http://202.123.110.3/english/premier/news/{y}/{m}/{d}/content_{n}.htm", "2019-06-01", 281476),
             yes("Grenada", "meeting", "2019-05-31", head_of_state_level=True, partnership_action=None, counterpart="Mitchell")),
    MfaProbe("2-teller-no-zhang-jun-un-ambassador",
             "China's UN envoy meets Haitian transitional council",
             "Tellerreport.com | News | World\nChina's UN envoy meets Haitian transitional council\n2023-09-20T11:00:00Z\n"
             "NEW YORK, Sept. 19 (Xinhua) -- Zhang Jun, China's permanent representative to the United Nations, met with members of Haiti's government delegation on Tuesday, urging Haitian parties to build consensus.",
             "2023-09-20", url(TELLER, "2023-09-20", 66001), NO),
    MfaProbe("2-caixin-no-lac-trade-data",
             "China's Trade With Latin America Hits Record",
             "Caixin Global | Economy\nChina's Trade With Latin America Hits Record\nBy Caixin staff writer  Published: Jan. 14, 2025 5:02 p.m.\n"
             "China's trade with Latin America and the Caribbean reached a record last year, customs data showed on Tuesday, driven by imports of Brazilian soybeans and Chilean copper.",
             "2025-01-14", url(CAIXIN, "2025-01-14", 102277001), NO),
    MfaProbe("2-people-world-ht-no-spokesperson-haiti",
             "外交部发言人就海地局势答记者问",
             ZH_PD_MENU + "外交部发言人就海地局势答记者问\n2024年03月12日 来源：人民网\n"
             "外交部发言人毛宁12日在例行记者会上表示，中方高度关注海地局势，呼吁海地各方以国家和人民利益为重，尽快恢复稳定。" + ZH_EDITOR,
             "2024-03-12", url(PEOPLE_WORLD, "2024-03-12", 40191), NO, lang="zh"),
    MfaProbe("2-cons-syd-jm-xi-meets-holness-2019",
             "Xi Jinping Meets with Prime Minister Andrew Holness of Jamaica",
             "Consulate-General of the People's Republic of China in Sydney\nHome > China News\nXi Jinping Meets with Prime Minister Andrew Holness of Jamaica\n2019/04/27\n"
             "On April 26, 2019, President Xi Jinping met at the Great Hall of the People with Prime Minister Andrew Holness of Jamaica, who is in Beijing for the Second Belt and Road Forum for International Cooperation. "
             "Xi said China and Jamaica are good friends in the Caribbean.",
             "2019-04-27", url(CONS_SYD, "2019-04-27", 1658001),
             yes("Jamaica", "meeting_on_sidelines", "2019-04-26", head_of_state_level=True, partnership_action=None, counterpart="Holness")),
    MfaProbe("2-urdupoint-multi-wang-yi-caribbean-fms",
             "Chinese FM Meets Caribbean Counterparts",
             "UrduPoint Network | World News\nChinese FM Meets Caribbean Counterparts\nFaizan Hashmi Published February 05, 2025 | 07:40 PM\n"
             "BEIJING, Feb. 5 (APP/Xinhua - UrduPoint News - 5th Feb, 2025) :Chinese Foreign Minister Wang Yi met with the foreign ministers of Barbados, Grenada and Suriname in Beijing on Wednesday, "
             "saying China stands ready to help Caribbean states cope with climate change.\nRelated Stories",
             "2025-02-05", url(URDUPOINT, "2025-02-05", 1920001),
             yes("multilateral", "meeting", "2025-02-05", head_of_state_level=False, partnership_action=None)),
    MfaProbe("2-dzrb-ec-xi-meets-noboa",
             "习近平会见厄瓜多尔总统诺沃亚",
             "大众日报 > 2024年02月07日 > 第02版\n习近平会见厄瓜多尔总统诺沃亚\n"
             "新华社北京2月6日电 国家主席习近平6日在人民大会堂会见厄瓜多尔总统诺沃亚。习近平表示，中方愿同厄方落实好自由贸易协定。诺沃亚表示，厄方愿深化同中国的全面战略伙伴关系。\n 上一篇 下一篇",
             "2024-02-07", url(DZWWW, "2024-02-07", 2),
             yes("Ecuador", "meeting", "2024-02-06", head_of_state_level=True, partnership_action=None, counterpart="诺沃亚|Noboa"), lang="zh"),
]

assert_unique_ids(PROBES_2)
OPEN_2: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES_2, OPEN_2))
def test_fresh_copies_mfa_s17_second_batch_page_field(probe: Probe, name: str, expected: Any) -> None:
    """The second batch, read as the first."""
    test_fresh_copies_mfa_s17_page_field(probe, name, expected)


# ---- a third batch: captions above the lead, hosts' own headlines, years and days from odd places ------
PROBES_3: list[Probe] = [
    MfaProbe("3-pd-en-caption-first-xi-talks-boric",
             "China, Chile agree to deepen cooperation in lithium, green energy",
             PD_MENU + "China, Chile agree to deepen cooperation in lithium, green energy\n(Xinhua) 08:55, October 18, 2023\n"
             "Chinese President Xi Jinping (R) holds talks with Chilean President Gabriel Boric, who is in China for the third Belt and Road Forum for International Cooperation, at the Great Hall of the People in Beijing, capital of China, Oct. 17, 2023. (Xinhua/Huang Jingwen)\n"
             "BEIJING, Oct. 17 (Xinhua) -- Chinese President Xi Jinping held talks with Chilean President Gabriel Boric here on Tuesday. "
             "The two sides agreed to expand cooperation in lithium, copper and green energy, and to mark the 20th year of their free trade agreement.\n(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL,
             "2023-10-18", url(PEOPLE_EN, "2023-10-18", 20084901),
             yes("Chile", "talks", "2023-10-17", head_of_state_level=True, partnership_action=None, counterpart="Boric"),
             doubtful={"event_type": "talks with a guest who came for a worldwide forum China hosts: 'talks' by the text's word, or on the forum's sidelines"}),
    MfaProbe("3-gt-host-headline-br-vow",
             "China, Brazil vow to stand together for the Global South",
             GT_MENU + "China, Brazil vow to stand together for the Global South\nBy Global Times Published: May 13, 2025 11:20 PM\n"
             "Chinese President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva in Beijing on Tuesday, as Lula paid a state visit to China and attended the opening of the fourth ministerial meeting of the China-CELAC Forum. "
             "The two heads of state witnessed the signing of some 20 cooperation documents.",
             "2025-05-13", url(GLOBALTIMES, "2025-05-13", 1334101),
             yes("Brazil", "talks", "2025-05-13", head_of_state_level=True, partnership_action=None, counterpart="Lula"),
             doubtful={"event_type": "talks with a visitor who also attends a China-CELAC meeting: 'talks' by the text's word, or on the meeting's sidelines"}),
    MfaProbe("3-cnki-year-before-printed-date",
             "习近平同古巴领导人互致贺电 庆祝古巴革命胜利60周年",
             "中国知网 | 报纸 | 人民日报 2019-01-02 第001版\n【作者】新华社 【正文快照】\n"
             "新华社北京1月1日电 在古巴革命胜利60周年之际，习近平主席1日与古共中央第一书记劳尔·卡斯特罗和古巴国务委员会主席迪亚斯-卡内尔互致贺电，双方祝贺这一纪念日。\n"
             "【关键词】习近平；古巴 【下载】CAJ下载 PDF下载",
             "2019-01-02", url(CNKI, "2019-01-02", 1002),
             yes("Cuba", "message", "2019-01-01", partnership_action=None), lang="zh"),
    MfaProbe("3-cnki-december-under-january",
             "王毅同墨西哥外长埃布拉德通电话",
             "中国知网 | 报纸 | 人民日报 2019-01-03 第003版\n【作者】本报记者 【正文快照】\n"
             "12月28日，国务委员兼外长王毅应约同墨西哥外长埃布拉德通电话。王毅表示，中方愿同墨西哥新政府加强各领域合作。埃布拉德表示，墨方重视对华关系。\n【关键词】王毅；墨西哥",
             "2019-01-03", url(CNKI, "2019-01-03", 3003),
             yes("Mexico", "phone_call", "2018-12-28", head_of_state_level=False, partnership_action=None, counterpart="埃布拉德|Ebrard"), lang="zh"),
    MfaProbe("3-wx-no-printed-date-url-year",
             "习近平会见智利总统皮涅拉",
             "微信热点 wxredian | 公众号：外交部发言人办公室\n习近平会见智利总统皮涅拉\n"
             "4月25日，国家主席习近平在人民大会堂会见来华进行国事访问并出席第二届“一带一路”国际合作高峰论坛的智利总统皮涅拉。习近平指出，智利是第一个同中国签署双边自贸协定的拉美国家。\n阅读原文",
             None, "https://www.wxredian.com/post/20190425/88801.html",
             yes("Chile", "meeting_on_sidelines", "2019-04-25", head_of_state_level=True, partnership_action=None, counterpart="皮涅拉|Piñera|Pinera"), lang="zh"),
    MfaProbe("3-cgtn-cu-xi-meets-marrero-pm",
             "Xi meets Cuban Prime Minister Manuel Marrero Cruz",
             "CGTN | China\nXi meets Cuban Prime Minister Manuel Marrero Cruz\nUpdated 20:02, 28-Mar-2023\n"
             "Chinese President Xi Jinping met with Cuban Prime Minister Manuel Marrero Cruz in Beijing on Tuesday. "
             "Xi said China will keep helping Cuba develop its economy. Marrero said Cuba will stand by China.\nDownload the CGTN app",
             "2023-03-28", url(CGTN, "2023-03-28", 23032801),
             yes("Cuba", "meeting", "2023-03-28", head_of_state_level=True, partnership_action=None, counterpart="Marrero")),
    MfaProbe("3-ecns-co-han-zheng-meets-marquez",
             "Chinese vice president meets Colombian vice president",
             "ecns | Politics\nChinese vice president meets Colombian vice president\n2024-12-04 20:20 Xinhua Editor: Li Yan\n"
             "(ECNS) -- Chinese Vice President Han Zheng met with Colombian Vice President Francia Marquez in Beijing on Wednesday. "
             "Han said China is ready to implement the consensus of the two heads of state.",
             "2024-12-04", url(ECNS, "2024-12-04", 431901),
             yes("Colombia", "meeting", "2024-12-04", head_of_state_level=False, partnership_action=None, counterpart="Marquez|Márquez")),
    MfaProbe("3-pd-zh-uy-li-qiang-meets-president",
             "李强会见乌拉圭总统拉卡列",
             ZH_PD_MENU + "李强会见乌拉圭总统拉卡列\n2023年11月23日 来源：人民网－人民日报\n"
             "本报北京11月22日电 国务院总理李强22日在人民大会堂会见乌拉圭总统拉卡列。李强表示，中方愿同乌方推进自贸协定谈判。拉卡列表示，乌方愿成为中国在南美的可靠伙伴。" + ZH_EDITOR,
             "2023-11-23", url(PEOPLE_WORLD, "2023-11-23", 40125),
             yes("Uruguay", "meeting", "2023-11-22", head_of_state_level=True, partnership_action=None, counterpart="拉卡列|Lacalle"), lang="zh"),
    MfaProbe("3-emb-vn-zh-wang-yi-meets-antigua-fm",
             "王毅会见安提瓜和巴布达外长格林",
             "中华人民共和国驻越南社会主义共和国大使馆\n首页 > 中国要闻\n王毅会见安提瓜和巴布达外长格林\n2024-07-11\n"
             "2024年7月10日，中共中央政治局委员、外交部长王毅在北京会见安提瓜和巴布达外长格林。王毅表示，中方支持小岛屿发展中国家应对气候变化。格林表示，安方坚定奉行一个中国原则。\n【打印】【关闭】",
             "2024-07-11", url(EMB_ZH, "2024-07-11", 11451001, cc="vn"),
             yes("Antigua and Barbuda", "meeting", "2024-07-10", head_of_state_level=False, partnership_action=None, counterpart="格林|Greene"), lang="zh"),
    MfaProbe("3-chinadaily-no-ambassador-op-ed",
             "Ambassador: China-Brazil ties enter golden age",
             CD_MENU + "Ambassador: China-Brazil ties enter golden age\nBy Zhu Qingqiao | China Daily | Updated: 2024-08-15 07:31\n"
             "The author is China's ambassador to Brazil. This year marks the 50th anniversary of diplomatic ties between China and Brazil, and the two countries have much to celebrate.\n" + CD_BANNER,
             "2024-08-15", url(CHINADAILY, "2024-08-15", 6650), NO),
    MfaProbe("3-zaobao-no-taiwan-loses-ally-honduras",
             "洪都拉斯与台湾断交",
             "联合早报 > 即时 > 中国\n洪都拉斯与台湾断交\n发布 / 2023年03月26日 10:05\n"
             "（台北综合讯）洪都拉斯外交部星期六（3月25日）发表声明，宣布与台湾断绝“外交关系”。台湾外交部长吴钊燮随后召开记者会表示遗憾。台湾的“邦交国”减至13个。\n订阅联合早报",
             "2023-03-26", url(ZAOBAO, "2023-03-26", 1380101), NO, lang="zh"),
    MfaProbe("3-teller-multi-xi-meets-caribbean-leaders",
             "Xi meets leaders of Caribbean countries in Port of Spain",
             "Tellerreport.com | News | World\nXi meets leaders of Caribbean countries in Port of Spain\n2013-06-03T02:00:00Z\n"
             "PORT OF SPAIN, June 2 (Xinhua) -- Chinese President Xi Jinping on Sunday held group and separate meetings with leaders of eight Caribbean countries that have diplomatic ties with China, including Antigua and Barbuda, Barbados, Dominica, Grenada, Guyana, Jamaica, Suriname and the Bahamas.",
             "2013-06-03", url(TELLER, "2013-06-03", 13001),
             yes("multilateral", "meeting", "2013-06-02", partnership_action=None)),
    MfaProbe("3-gov-en-ec-li-keqiang-phone-lasso",
             "Premier Li Keqiang holds phone talks with Ecuadorian president",
             "english.gov.cn | Home > Premier\nPremier Li Keqiang holds phone talks with Ecuadorian president\nUpdated: Sept 18, 2021 21:30 Xinhua\n"
             "Premier Li Keqiang held phone talks with Ecuadorian President Guillermo Lasso on Saturday, saying China stands ready to boost trade with Ecuador and start free trade talks.",
             "2021-09-18", url(GOV_EN, "2021-09-18", 21091801),
             yes("Ecuador", "phone_call", "2021-09-18", head_of_state_level=True, partnership_action=None, counterpart="Lasso")),
    MfaProbe("3-crntt-no-guatemala-taiwan-president",
             "瓜地馬拉總統阿雷瓦洛訪台 賴清德以軍禮歡迎",
             "中評網 首頁 > 台灣\n瓜地馬拉總統阿雷瓦洛訪台 賴清德以軍禮歡迎\n2025-06-05 11:22:01\n"
             "中評社台北6月5日電／瓜地馬拉總統阿雷瓦洛今日抵台訪問，台灣地區領導人賴清德在台北以軍禮歡迎，雙方隨後舉行會談。\n相關新聞",
             "2025-06-05", url(CRNTT, "2025-06-05", 51101), NO, lang="zh"),
    MfaProbe("3-globaltimes-no-cpc-side-only",
             "Chinese scholars visit Mexican universities",
             GT_MENU + "Chinese scholars visit Mexican universities\nBy Global Times Published: Mar 03, 2024 08:00 PM\n"
             "A group of Chinese scholars from Peking University and Fudan University visited three universities in Mexico City last week, holding seminars on modernization and trade.",
             "2024-03-03", url(GLOBALTIMES, "2024-03-03", 1308001), NO),
    MfaProbe("3-big5-cctv-pa-wang-yi-talks-mulino-fm",
             "王毅同巴拿馬外長馬丁內斯-阿查會談",
             "央視網 > 新聞 > 國際\n王毅同巴拿馬外長馬丁內斯-阿查會談\n2024年09月26日 10:02 來源：央視新聞\n"
             "當地時間9月25日，外交部長王毅在紐約與巴拿馬外長馬丁內斯-阿查舉行會談，其時王毅正出席聯合國大會。王毅表示，中方尊重巴拿馬對運河的主權。\n編輯：某某",
             "2024-09-26", url(CCTV_BIG5, "2024-09-26", 24092601),
             yes("Panama", "talks", "2024-09-25", head_of_state_level=False, partnership_action=None, counterpart="馬丁內斯|马丁内斯|Martínez|Martinez"), lang="zh",
             doubtful={"event_type": "会谈 held during the UN General Assembly: 'talks' by the text's word, or on the Assembly's sidelines"}),
]

assert_unique_ids(PROBES + PROBES_2 + PROBES_3)
OPEN_3: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES_3, OPEN_3))
def test_fresh_copies_mfa_s17_third_batch_page_field(probe: Probe, name: str, expected: Any) -> None:
    """The third batch, read as the first."""
    test_fresh_copies_mfa_s17_page_field(probe, name, expected)


# ---- a fourth batch: visits by heads of government, arrivals at a summit's host, 'yesterday' in copies --
PROBES_4: list[Probe] = [
    MfaProbe("4-pd-en-pe-xi-arrives-lima",
             "Xi arrives in Lima for APEC meeting, state visit to Peru",
             PD_MENU + " date 2024-11-15\nXi arrives in Lima for APEC meeting, state visit to Peru\n"
             "LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping arrived here yesterday for the 31st APEC Economic Leaders' Meeting and a state visit to Peru. "
             "Xi was greeted at the airport by Peruvian officials.\n(Web editor: Zhang Kaiwei, Liang Jun)" + PD_TAIL,
             "2024-11-15", url(PEOPLE_EN, "2024-11-15", 20242201),
             yes("Peru", "state_visit", "2024-11-13", partnership_action=None)),
    MfaProbe("4-cgtn-cu-marrero-arrives-official-visit",
             "Cuban Prime Minister arrives in Beijing for official visit",
             "CGTN | China\nCuban Prime Minister arrives in Beijing for official visit\nUpdated 22:40, 11-Jun-2023\n"
             "Cuban Prime Minister Manuel Marrero Cruz arrived in Beijing on Sunday for an official visit to China at the invitation of Premier Li Qiang.",
             "2023-06-11", url(CGTN, "2023-06-11", 23061101),
             yes("Cuba", "official_visit", "2023-06-11", partnership_action=None, counterpart="Marrero")),
    MfaProbe("4-gov-big5-ar-xi-meets-macri-g20",
             "習近平會見阿根廷總統馬克里",
             "中國政府網 首頁 > 要聞\n習近平會見阿根廷總統馬克里\n2016-09-05 07:10 來源： 新華社\n"
             "新華社杭州9月4日電 國家主席習近平4日在杭州會見前來出席二十國集團領導人峰會的阿根廷總統馬克里。習近平表示，中方願同阿方推進全面戰略夥伴關係。",
             "2016-09-05", url(GOV_BIG5, "2016-09-05", 5105001),
             yes("Argentina", "meeting_on_sidelines", "2016-09-04", head_of_state_level=True, partnership_action=None, counterpart="馬克里|马克里|Macri"), lang="zh"),
    MfaProbe("4-emb-zh-cl-yesterday-wang-yi-van-klaveren",
             "王毅同智利外长范克拉伦会谈",
             "中华人民共和国驻智利共和国大使馆\n首页 > 中国要闻\n王毅同智利外长范克拉伦会谈\n2024-01-09\n"
             "昨天，中共中央政治局委员、外交部长王毅在北京同智利外长范克拉伦举行会谈。王毅表示，中方愿同智方深化锂资源和新能源合作。\n【打印】【关闭】",
             "2024-01-09", url(EMB_ZH, "2024-01-09", 11220001, cc="cl"),
             yes("Chile", "talks", "2024-01-08", head_of_state_level=False, partnership_action=None, counterpart="范克拉伦|Van Klaveren|van Klaveren"), lang="zh"),
    MfaProbe("4-shine-no-mayor-sister-city",
             "Shanghai mayor meets Rio de Janeiro delegation",
             "SHINE | Metro\nShanghai mayor meets Rio de Janeiro delegation\nLi Qian\n 18:02 UTC+8, 2024-07-12\n"
             "Shanghai Mayor Gong Zheng met with a delegation from Rio de Janeiro led by its deputy mayor on Friday, marking the sister-city ties between the two cities.\nSource: SHINE  Editor: Fang Xiao",
             "2024-07-12", url(SHINE, "2024-07-12", 6), NO),
    MfaProbe("4-ecns-ve-xi-message-chavez-death",
             "Xi sends condolences over Chavez's death",
             "ecns | Politics\nXi sends condolences over Chavez's death\n2013-03-06 10:12 Xinhua Editor: Wang Fan\n"
             "(ECNS) -- Chinese President Hu Jintao and President-elect Xi Jinping on Wednesday sent messages of condolence to Venezuelan Vice President Nicolas Maduro over the death of President Hugo Chavez.",
             "2013-03-06", url(ECNS, "2013-03-06", 30601),
             yes("Venezuela", "message", "2013-03-06", head_of_state_level=False, partnership_action=None, counterpart="Maduro"),
             doubtful={"head_of_state_level": "a vice president acting for a head who died: in office as head or not"}),
    MfaProbe("4-crntt-mx-li-qiang-phone-sheinbaum-zh-trad",
             "李強同墨西哥總統辛鮑姆通電話",
             "中評網 首頁 > 大陸外交\n李強同墨西哥總統辛鮑姆通電話\n2025-09-17 00:21:05\n"
             "中評社北京9月16日電／國務院總理李強16日晚應約同墨西哥總統辛鮑姆通電話。李強表示，中方願同墨方妥善處理經貿分歧。辛鮑姆表示，墨方重視對華關係。\n相關新聞",
             "2025-09-17", url(CRNTT, "2025-09-17", 52101),
             yes("Mexico", "phone_call", "2025-09-16", head_of_state_level=True, partnership_action=None, counterpart="辛鮑姆|辛鲍姆|Sheinbaum"), lang="zh"),
    MfaProbe("4-teller-no-spokesperson-honduras-taiwan",
             "China urges Honduras not to reverse ties",
             "Tellerreport.com | News | World\nChina urges Honduras not to reverse ties\n2025-12-01T08:00:00Z\n"
             "BEIJING, Nov. 30 (Xinhua) -- A Chinese foreign ministry spokesperson on Sunday said China hopes Honduras' next government will keep to the one-China principle, answering a question about campaign remarks on Taiwan.",
             "2025-12-01", url(TELLER, "2025-12-01", 99001), NO),
]

assert_unique_ids(PROBES + PROBES_2 + PROBES_3 + PROBES_4)
OPEN_4: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES_4, OPEN_4))
def test_fresh_copies_mfa_s17_fourth_batch_page_field(probe: Probe, name: str, expected: Any) -> None:
    """The fourth batch, read as the first."""
    test_fresh_copies_mfa_s17_page_field(probe, name, expected)
