"""Campaign 12K: a fresh mixed sample of Chinese pages of both sources, 2023-2026, as a crawl meets
them: IDCPC 联络动态 and 部领导活动 items, foreign-ministry pages on 习近平/李强/王毅 activities,
spokesperson announcements and joint statements, and copies printed by agencies, papers and Hong
Kong/Macao/Taiwan portals (a quarter in traditional characters). About half are not LAC exchanges
(other regions, China's own events, LAC only mentioned); the rest are LAC exchanges of every kind.

Self-written releases in the sites' style (written before the code was read); party, country and
official names are facts, the wording is invented. Each probe names the values a careful coder
would give under the codebook (shared/eval/SCHEMA.md); one test per probe and field, so the pass
rate per field can be read from a run.

Batches one and two were written blind; on their first run 11 of 686 and 4 of about 250 fields
failed. Of those, two were fixed by general rules (the region as a topic's qualifier, a speech at a
LAC party's congress in Chinese), the rest turned out to be the probe's reading against a settled
convention of the project and are marked doubtful with the reason. Batches three to six were
written after the code had been read."""

from __future__ import annotations

from typing import Any

import pytest
from nlp_helpers import idcpc, mfa
from probe_harness import BL, DI, GL, KE, NO, RL, B, R, assert_unique_ids, cases, record_of, url, value_of
from probe_harness import ZhProbe as Probe

# ---- page addresses -----------------------------------------------------------------------------------
LLDT = "https://www.idcpc.gov.cn/lldt/{ym}/t{ymd}_16{n:04d}.html"
BLD = "https://www.idcpc.org.cn/bld/{ym}/t{ymd}_16{n:04d}.html"
XH = "http://www.news.cn/politics/{y}-{m}/{d}/c_11{n:04d}.htm"
XH_BIG5 = "http://big5.news.cn/gate/big5/www.news.cn/politics/{y}-{m}/{d}/c_12{n:04d}.htm"
PEOPLE = "http://politics.people.com.cn/n1/{y}/{m}{d}/c1001-4{n:04d}.html"
PAPER = "http://paper.people.com.cn/rmrb/html/{y}-{m}/{d}/nw.D110000renmrb_{y}{m}{d}_{n}-03.htm"
CCTV = "https://news.cctv.com/{y}/{m}/{d}/ARTI{n:04d}kq{y}{m}{d}.shtml"
CNS = "https://www.chinanews.com.cn/gn/{y}/{m}-{d}/10{n:04d}.shtml"
PAPER_PROV = "https://epaper.fjdaily.com/fjrb/{y}{m}{d}/content_{n}.html"
THEPAPER = "https://www.thepaper.cn/newsDetail_forward_2{n:07d}"
HK = "https://www.takungpao.com/news/232108/{y}/{m}{d}/{n}.html"
MO = "http://www.macaodaily.com/html/{y}-{m}/{d}/content_1{n:05d}.htm"
TW = "https://www.cna.com.tw/news/acn/{y}{m}{d}0{n:03d}.aspx"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_11{n:06d}.shtml"
MFA_SPOX = "https://www.mfa.gov.cn/web/fyrbt_673021/dhdw_673027/{ym}/t{ymd}_11{n:06d}.shtml"
MFA_BIG5 = "https://www.fmprc.gov.cn/big5/zyxw/{ym}/t{ymd}_11{n:06d}.shtml"
EMB = "http://br.china-embassy.gov.cn/chn/sgxw/{ym}/t{ymd}_11{n:06d}.htm"

# ---- canonical party names ----------------------------------------------------------------------------
PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
FSLN = "Sandinista National Liberation Front"
FA = "Broad Front"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
MORENA = "National Regeneration Movement"
PTMX = "Labor Party (Mexico)"
MAS = "Movement for Socialism (Bolivia)"
LIBRE = "Liberty and Refoundation"
PACTO = "Historic Pact for Colombia"
RC = "Citizen Revolution Movement"
PJ = "Justicialist Party"
CONS = "Colombian Conservative Party"
PAN = "National Action Party (Mexico)"
CSP = "comprehensive strategic partnership"


def ix(country: str, date: str | None, event_type: str, party_set: set[str], mechanism: set[str],
       content: str) -> dict[str, Any]:
    """The expected fields of a relevant IDCPC exchange."""
    return {"relevant": True, "country": country, "event_date": date, "event_type": event_type,
            "parties": party_set, "mechanism": mechanism, "content": content}


def mx(country: str, date: str | None, event_type: str, hos: bool | None, counterpart: tuple[str, ...] = (),
       action: str | None = None, level: str | None = None) -> dict[str, Any]:
    """The expected fields of a relevant foreign-ministry exchange (``hos`` None: not checked). A level
    only recalled is no action but is still the level the page names (the project's convention)."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_date": date,
                           "event_type": event_type, "partnership_action": action,
                           "partnership_level": level}
    if hos is not None:
        out["head_of_state_level"] = hos
    if counterpart:
        out["counterpart"] = counterpart
    return out


def I(pid: str, title: str, text: str, published: str | None, page: str, expect: dict[str, Any],  # noqa: E743
      **doubt: str) -> Probe:
    return Probe(pid, title, text, published, page, expect, source="idcpc", doubtful=doubt)


def M(pid: str, title: str, text: str, published: str | None, page: str, expect: dict[str, Any],
      **doubt: str) -> Probe:
    return Probe(pid, title, text, published, page, expect, source="mfa", doubtful=doubt)


# ==== IDCPC: LAC exchanges ===============================================================================
IDCPC_LAC: list[Probe] = [
    I("zh-liu-jianchao-pcc-delegation",
      "刘建超会见古巴共产党代表团",
      "3月14日，中联部部长刘建超在北京会见古共中央政治局委员、组织部部长莫拉莱斯率领的古巴共产党干部代表团。"
      "刘建超说，中古两党两国是好同志、好朋友、好兄弟，中方愿同古方加强治党治国经验交流。"
      "莫拉莱斯表示，古共珍视同中共的特殊友谊，愿学习借鉴中国式现代化的经验。",
      "2023-03-14", url(LLDT, "2023-03-14", 1),
      ix("Cuba", "2023-03-14", "meeting", {PCC}, BL, DI),
      content="a 干部代表团 (cadre delegation) is read as a study group by the project (cue "
              "group_counterpart, content rule: a minister meets a study group); whether every cadre "
              "delegation came to study "
              "is not on the page"),
    I("zh-liu-haixing-pt-president",
      "刘海星会见巴西劳工党主席",
      "4月9日，中联部部长刘海星在京会见巴西劳工党全国主席格莱西·霍夫曼。双方就加强两党交往、推动中巴关系"
      "发展交换意见。"
      "霍夫曼表示，劳工党愿同中共深化治国理政经验交流。",
      "2025-04-09", url(LLDT, "2025-04-09", 2),
      ix("Brazil", "2025-04-09", "meeting", {PT}, BL, DI)),
    I("zh-sun-haiyan-morena",
      "孙海燕会见墨西哥国家复兴运动党代表团",
      "5月21日，中联部副部长孙海燕在京会见墨西哥国家复兴运动党全国委员会书记率领的代表团。孙海燕介绍了中"
      "共二十大精神，"
      "表示中方愿同国家复兴运动党加强交流互鉴。代表团成员表示，该党希望了解中国共产党的建设经验。",
      "2024-05-21", url(LLDT, "2024-05-21", 3),
      ix("Mexico", "2024-05-21", "meeting", {MORENA}, BL, DI)),
    I("zh-ma-hui-samper",
      "马辉会见哥伦比亚前总统桑佩尔",
      "9月19日，中联部副部长马辉在京会见哥伦比亚前总统、拉美进步政治论坛创始人之一桑佩尔。双方就中哥关系、"
      "国际和地区形势交换了看法。",
      "2024-09-19", url(LLDT, "2024-09-19", 4),
      {"relevant": True, "country": "Colombia", "event_date": "2024-09-19", "event_type": "meeting",
       "content": DI}),
    I("zh-qian-hongshan-frente-amplio",
      "钱洪山会见乌拉圭广泛阵线代表团",
      "11月6日，中联部副部长钱洪山在京会见乌拉圭广泛阵线主席费尔南多·佩雷拉率领的代表团。钱洪山祝贺广泛阵"
      "线在大选中取得佳绩，"
      "表示中共愿同广泛阵线巩固传统友谊。佩雷拉感谢中方邀请。",
      "2024-11-06", url(LLDT, "2024-11-06", 5),
      ix("Uruguay", "2024-11-06", "meeting", {FA}, BL, DI)),
    I("zh-video-psuv-cabello",
      "刘建超同委内瑞拉统一社会主义党第一副主席卡韦略视频会晤",
      "2月27日，中联部部长刘建超同委内瑞拉统一社会主义党第一副主席卡韦略举行视频会晤。刘建超表示，中委是"
      "全天候战略伙伴，"
      "中共愿同统社党密切高层交往。卡韦略感谢中方长期以来的支持。",
      "2024-02-27", url(LLDT, "2024-02-27", 6),
      ix("Venezuela", "2024-02-27", "video_call", {PSUV}, BL, DI)),
    I("zh-phone-pcch-carmona",
      "刘海星应约同智利共产党总书记卡尔莫纳通电话",
      "7月3日，中联部部长刘海星应约同智利共产党总书记劳塔罗·卡尔莫纳通电话，双方就两党关系和共同关心的问"
      "题交换意见。",
      "2025-07-03", url(LLDT, "2025-07-03", 7),
      ix("Chile", "2025-07-03", "phone_call", {PCCH}, BL, DI)),
    I("zh-message-fsln-anniversary",
      "中共中央致电祝贺桑地诺民族解放阵线成立六十三周年",
      "7月18日，中共中央致电尼加拉瓜桑地诺民族解放阵线全国领导委员会，祝贺桑解阵成立63周年。贺电说，"
      "中共高度重视同桑解阵的友好关系，愿同桑解阵一道推动两党两国关系不断向前发展。",
      "2024-07-19", url(LLDT, "2024-07-19", 8),
      ix("Nicaragua", "2024-07-18", "message", {FSLN}, BL, DI)),
    I("zh-condolence-from-pcc-side",
      "古巴共产党中央委员会致电中共中央表示慰问",
      "日前，古巴共产党中央委员会致电中共中央，对四川、甘肃等地遭受严重洪涝灾害表示诚挚慰问，"
      "表示古共和古巴人民同中国人民站在一起。",
      "2023-08-04", url(LLDT, "2023-08-04", 9),
      ix("Cuba", None, "message", {PCC}, BL, DI)),
    I("zh-briefing-plenum-brazil",
      "中共代表团在巴西利亚举行二十届三中全会精神宣介会",
      "当地时间9月10日，中联部副部长孙海燕率中共代表团在巴西利亚举行二十届三中全会精神宣介会。巴西劳工党"
      "主席霍夫曼、"
      "巴西共产党主席卢西亚娜·桑托斯以及巴西各界人士约150人出席。孙海燕介绍了全会关于进一步全面深化改革的"
      "部署。",
      "2024-09-12", url(LLDT, "2024-09-12", 10),
      ix("Brazil", "2024-09-10", "briefing", {PT, PCDOB}, BL, KE)),
    I("zh-field-trip-mas-fujian",
      "玻利维亚争取社会主义运动干部考察团赴福建考察",
      "6月3日至8日，玻利维亚争取社会主义运动干部考察团应中联部邀请赴福建考察，先后参观了宁德的乡村振兴示"
      "范村、"
      "福州的数字经济企业，了解当地脱贫攻坚和基层党建经验。",
      "2023-06-09", url(LLDT, "2023-06-09", 11),
      ix("Bolivia", "2023-06-03", "field_trip", {MAS}, BL, KE)),
    I("zh-theory-seminar-cuba",
      "第十一届中古两党理论研讨会在哈瓦那举行",
      "当地时间11月27日，第十一届中国共产党与古巴共产党理论研讨会在哈瓦那举行，主题为“社会主义建设与党的"
      "领导”。"
      "中共代表团团长在开幕式上致辞，古共中央委员、理论刊物负责人等两党代表约百人参加研讨。",
      "2023-11-29", url(LLDT, "2023-11-29", 12),
      ix("Cuba", "2023-11-27", "seminar", {PCC}, BL, KE)),
    I("zh-delegation-visit-argentina",
      "中共代表团访问阿根廷",
      "应阿根廷正义党邀请，中联部副部长孙海燕率中共代表团于5月6日至9日访问阿根廷，分别会见正义党领导人、"
      "布宜诺斯艾利斯省政府官员和阿根廷国会议员，并同当地中资企业代表座谈。",
      "2023-05-11", url(LLDT, "2023-05-11", 13),
      {"relevant": True, "country": "Argentina", "event_date": "2023-05-06",
       "event_type": "delegation_visit_abroad", "parties": {PJ}, "content": DI}),
    I("zh-delegation-received-frente-amplio",
      "乌拉圭广泛阵线代表团访华",
      "应中联部邀请，乌拉圭广泛阵线主席佩雷拉率代表团于4月8日至15日访华。在京期间，代表团同中联部领导举行"
      "会谈，"
      "并参观了北京的社区和企业。代表团还赴浙江访问，了解当地经济发展情况。",
      "2025-04-16", url(LLDT, "2025-04-16", 14),
      {"relevant": True, "country": "Uruguay", "event_date": "2025-04-08",
       "event_type": "delegation_received", "parties": {FA}, "mechanism": BL},
      ),
    I("zh-training-cuba-cadres",
      "古巴共产党干部研修班在京开班",
      "10月14日，由中联部主办的古巴共产党干部研修班在北京开班。来自古共中央和各省委的20名干部将在为期两周"
      "的研修中"
      "学习中国共产党治国理政经验，并赴地方考察。",
      "2024-10-15", url(LLDT, "2024-10-15", 15),
      ix("Cuba", "2024-10-14", "training_course", {PCC}, BL, KE)),
    I("zh-training-lac-parties-regional",
      "拉美和加勒比国家政党干部研修班举行结业式",
      "9月26日，中联部举办的拉美和加勒比国家政党干部研修班在京结业。来自阿根廷、智利、哥伦比亚、秘鲁、"
      "特立尼达和多巴哥等国的30余名政党干部参加了研修，围绕减贫与乡村振兴进行了交流。",
      "2023-09-27", url(LLDT, "2023-09-27", 16),
      ix("multilateral", "2023-09-26", "training_course", set(), R, KE)),
    I("zh-online-workshop-caribbean",
      "中联部举办加勒比国家政党领导人专题研讨班",
      "6月18日至20日，中联部以线上方式举办加勒比国家政党领导人专题研讨班，来自牙买加、巴巴多斯、格林纳达、"
      "圣文森特和格林纳丁斯等国的政党领导人参加，就政党建设与数字治理开展交流。",
      "2024-06-21", url(LLDT, "2024-06-21", 17),
      ix("multilateral", "2024-06-18", "training_course", set(), R, KE)),
    I("zh-minister-meets-training-class",
      "孙海燕会见拉美国家政党干部研修班学员",
      "10月22日，中联部副部长孙海燕在京会见正在华参加研修的拉美国家政党干部研修班全体学员。学员来自墨西哥、"
      "巴拿马、厄瓜多尔、巴拉圭等国。孙海燕介绍了中国式现代化的内涵。",
      "2024-10-22", url(LLDT, "2024-10-22", 18),
      ix("multilateral", "2024-10-22", "meeting", set(), R, KE)),
    I("zh-forum-china-lac-parties",
      "中国—拉美政党论坛第四次会议在京举行",
      "9月4日，由中联部主办的中国—拉美政党论坛第四次会议在北京开幕，主题为“携手推动现代化”。"
      "来自拉美和加勒比20多个国家的50多个政党和政治组织的代表出席。刘建超出席开幕式并致辞。",
      "2024-09-05", url(LLDT, "2024-09-05", 19),
      ix("multilateral", "2024-09-04", "forum", set(), R, KE)),
    I("zh-envoys-group-meeting",
      "刘建超会见拉美和加勒比国家驻华使节",
      "1月18日，中联部部长刘建超在京会见拉美和加勒比国家驻华使节，介绍中国共产党对外工作情况，并同使节们"
      "就新年度"
      "党际交往安排交换意见。古巴、委内瑞拉、巴西、墨西哥等国驻华大使出席。",
      "2024-01-18", url(LLDT, "2024-01-18", 20),
      ix("multilateral", "2024-01-18", "meeting", set(), R, DI)),
    I("zh-sao-paulo-forum",
      "中共代表团出席圣保罗论坛第二十七届会议",
      "6月29日至7月2日，圣保罗论坛第二十七届会议在巴西利亚举行。应论坛执行秘书处邀请，中联部派代表团出席"
      "会议，"
      "并在会上介绍中共二十大精神，同与会的多国左翼政党代表进行交流。",
      "2023-07-04", url(LLDT, "2023-07-04", 21),
      {"relevant": True, "country": "multilateral", "event_date": "2023-06-29", "event_type": "forum",
       "content": KE},
      ),
    I("zh-ma-hui-libre",
      "马辉会见洪都拉斯自由与重建党代表团",
      "8月27日，中联部副部长马辉在京会见洪都拉斯自由与重建党总协调员曼努埃尔·塞拉亚率领的代表团。马辉表示，"
      "中洪建交以来两国关系发展势头良好，中共愿同自由与重建党加强交往。",
      "2023-08-27", url(LLDT, "2023-08-27", 22),
      ix("Honduras", "2023-08-27", "meeting", {LIBRE}, BL, DI)),
    I("zh-psch-meeting",
      "钱洪山会见智利社会党主席",
      "3月5日，中联部副部长钱洪山在京会见智利社会党主席保莉娜·维多拉。双方就两党关系和治国理政经验交换了"
      "意见。",
      "2024-03-05", url(LLDT, "2024-03-05", 23),
      ix("Chile", "2024-03-05", "meeting", {PSCH}, BL, DI)),
    I("zh-conservative-colombia",
      "钱洪山会见哥伦比亚保守党代表团",
      "10月10日，中联部副部长钱洪山在京会见哥伦比亚保守党众议员代表团，向客人介绍中国经济社会发展情况。"
      "代表团表示，保守党重视发展对华关系。",
      "2025-10-10", url(LLDT, "2025-10-10", 24),
      ix("Colombia", "2025-10-10", "meeting", {CONS}, B, DI)),
    I("zh-global-dialogue-side-meeting",
      "刘建超会见出席世界政党高层对话会的巴西劳工党代表",
      "3月16日，中联部部长刘建超在京会见来华出席中国共产党与世界政党高层对话会的巴西劳工党副主席。"
      "双方就落实对话会成果、深化两党交流交换意见。",
      "2023-03-16", url(LLDT, "2023-03-16", 25),
      ix("Brazil", "2023-03-16", "meeting", {PT}, GL, KE)),
    I("zh-youth-mexico-two-parties",
      "孙海燕会见墨西哥青年政治家代表团",
      "7月11日，中联部副部长孙海燕在京会见由墨西哥国家复兴运动党和劳动党青年干部组成的代表团，"
      "鼓励两国青年政治家增进了解。",
      "2025-07-11", url(LLDT, "2025-07-11", 26),
      ix("Mexico", "2025-07-11", "meeting", {MORENA, PTMX}, BL, DI)),
    I("zh-online-briefing-lac",
      "中联部以视频方式向拉美政党举行宣介会",
      "3月20日，中联部以视频方式向拉美和加勒比地区政党举行全国两会精神宣介会。刘建超作主旨介绍，来自12个"
      "国家的"
      "30多个政党的近百名领导人和干部在线参加。",
      "2024-03-21", url(LLDT, "2024-03-21", 27),
      ix("multilateral", "2024-03-20", "briefing", set(), R, KE)),
    I("zh-ecuador-rc-meeting",
      "刘海星会见厄瓜多尔公民革命运动主席",
      "12月2日，中联部部长刘海星在京会见厄瓜多尔公民革命运动主席路易莎·冈萨雷斯。刘海星表示，中共愿同公民"
      "革命运动"
      "加强交流。冈萨雷斯说，该党重视同中共的关系。",
      "2025-12-02", url(LLDT, "2025-12-02", 28),
      ix("Ecuador", "2025-12-02", "meeting", {RC}, BL, DI)),
    I("zh-condolence-to-chile",
      "中联部就智利森林火灾向智利社会党致慰问电",
      "2月5日，中联部部长刘建超致电智利社会党主席，就智利中部发生严重森林火灾造成重大人员伤亡表示深切慰问。",
      "2024-02-06", url(LLDT, "2024-02-06", 29),
      ix("Chile", "2024-02-05", "message", {PSCH}, BL, DI)),
    I("zh-pacto-historico",
      "马辉会见哥伦比亚历史公约联盟代表团",
      "6月25日，中联部副部长马辉在京会见哥伦比亚执政联盟历史公约议员代表团，双方就中哥战略伙伴关系和两国"
      "立法机构与政党交往交换了意见。",
      "2024-06-25", url(LLDT, "2024-06-25", 30),
      ix("Colombia", "2024-06-25", "meeting", {PACTO}, BL, DI)),
]

# ---- IDCPC: copies on agency, paper and portal sites ----------------------------------------------------
IDCPC_COPIES: list[Probe] = [
    I("zh-xinhua-copy-liu-pcc",
      "刘海星会见古共中央代表团",
      "新华社北京6月12日电（记者王某）中共中央对外联络部部长刘海星12日在京会见古巴共产党中央书记处成员率"
      "领的代表团。"
      "刘海星表示，中方坚定支持古巴维护国家主权。双方还就两党交流计划交换了意见。\n【纠错】 责任编辑：李某",
      "2025-06-12", url(XH, "2025-06-12", 31),
      ix("Cuba", "2025-06-12", "meeting", {PCC}, BL, DI)),
    I("zh-people-paper-yesterday",
      "马辉会见巴西共产党代表团",
      "本报北京10月16日电 中联部副部长马辉昨天在京会见巴西共产党副主席率领的代表团，双方就深化两党交流"
      "合作交换意见。\n"
      "《 人民日报 》（ 2024年10月17日 第 03 版）",
      "2024-10-17", url(PAPER, "2024-10-17", 32),
      ix("Brazil", "2024-10-15", "meeting", {PCDOB}, BL, DI)),
    I("zh-cns-copy-sun-psuv",
      "孙海燕会见委内瑞拉统一社会主义党代表团",
      "中新网北京8月20日电 据中联部网站消息，8月19日，中联部副部长孙海燕在京会见委内瑞拉统一社会主义党国"
      "际事务负责人"
      "率领的代表团。双方就两党关系交换了意见。",
      "2024-08-20", url(CNS, "2024-08-20", 33),
      ix("Venezuela", "2024-08-19", "meeting", {PSUV}, BL, DI)),
    I("zh-provincial-field-trip-fujian",
      "智利政党干部考察团来闽考察",
      "本报讯 11月12日至15日，由中联部安排的智利政党干部考察团一行来我省考察，先后走访福州、三明等地，实"
      "地了解乡村振兴、"
      "林业改革和基层治理情况。考察团由智利社会党、智利共产党等党派的干部组成。",
      "2025-11-16", url(PAPER_PROV, "2025-11-16", 34),
      ix("Chile", "2025-11-12", "field_trip", {PSCH, PCCH}, BL, KE)),
    I("zh-thepaper-brics-party-forum",
      "金砖国家政党论坛在海南举行",
      "澎湃新闻记者 张某\n6月12日，金砖国家政党、智库和民间社会组织论坛在海南海口开幕。来自金砖国家及其他"
      "40多个国家的"
      "政党领导人与会，巴西劳工党主席霍夫曼通过视频致辞，南非、俄罗斯等国政党代表发言。",
      "2023-06-13", url(THEPAPER, "2023-06-13", 35),
      {"relevant": True, "country": "multilateral", "event_date": "2023-06-12", "event_type": "forum",
       "mechanism": GL, "content": KE},
      **{f: "the page names no CPC side (only the forum's place); a coder reads only the page"
         for f in ("relevant", "country", "event_type", "mechanism", "content")}),
    I("zh-cctv-dialogue-global",
      "中国共产党与世界政党高层对话会举行",
      "央视网消息（新闻联播）：3月15日，中国共产党与世界政党高层对话会以视频连线方式举行。习近平出席并发"
      "表主旨讲话。"
      "来自150多个国家的500多个政党和政治组织领导人出席，古巴、委内瑞拉、尼加拉瓜、玻利维亚、巴西等拉美国"
      "家政党领导人在线参加。",
      "2023-03-15", url(CCTV, "2023-03-15", 36),
      {"relevant": True, "country": "multilateral", "event_date": "2023-03-15", "event_type": "dialogue",
       "content": KE},
      ),
]

# ---- IDCPC: traditional characters (HK/Macao/Taiwan portals, big5 copies) -------------------------------
IDCPC_TRAD: list[Probe] = [
    I("tw-big5-liu-cuba",
      "劉建超會見古巴共產黨代表團",
      "新華社北京4月25日電 中聯部部長劉建超25日在京會見古共中央政治局委員率領的古巴共產黨代表團。劉建超表示，"
      "中方願同古方加強治黨治國經驗交流。雙方還就國際和地區形勢交換了意見。",
      "2023-04-25", url(XH_BIG5, "2023-04-25", 37),
      ix("Cuba", "2023-04-25", "meeting", {PCC}, BL, DI)),
    I("tw-hk-psuv-video",
      "劉建超與委內瑞拉統一社會主義黨領導人視頻會晤",
      "【大公報訊】據中聯部網站消息，9月6日，中聯部部長劉建超同委內瑞拉統一社會主義黨第一副主席卡韋略舉行"
      "視頻會晤，"
      "雙方就兩黨關係和共同關心的問題交換意見。",
      "2023-09-08", url(HK, "2023-09-08", 38),
      ix("Venezuela", "2023-09-06", "video_call", {PSUV}, BL, DI)),
    I("tw-macao-training-lac",
      "中聯部舉辦拉美國家政黨幹部研修班",
      "新華社北京5月30日電 由中聯部主辦的拉美國家政黨幹部研修班30日在京開班。來自墨西哥、哥倫比亞、秘魯、"
      "烏拉圭等國的"
      "30多名政黨幹部參加，圍繞中國式現代化開展為期兩週的研修。",
      "2025-05-31", url(MO, "2025-05-31", 39),
      ix("multilateral", "2025-05-30", "training_course", set(), R, KE)),
    I("tw-big5-fsln-message",
      "中共中央致電祝賀桑解陣在大選中獲勝",
      "新華社北京11月9日電 中共中央8日致電尼加拉瓜桑地諾民族解放陣線全國領導委員會，祝賀桑解陣在全國大選"
      "中取得勝利。",
      "2024-11-09", url(XH_BIG5, "2024-11-09", 40),
      ix("Nicaragua", "2024-11-08", "message", {FSLN}, BL, DI)),
    I("tw-hk-mas-meeting",
      "孫海燕會見玻利維亞爭取社會主義運動代表團",
      "【大公報訊】7月2日，中聯部副部長孫海燕在京會見玻利維亞爭取社會主義運動全國領導委員會成員率領的代表團。"
      "孫海燕表示，中共重視同爭取社會主義運動的友好關係。",
      "2024-07-03", url(HK, "2024-07-03", 41),
      ix("Bolivia", "2024-07-02", "meeting", {MAS}, BL, DI)),
    I("tw-big5-seminar-uruguay",
      "中烏兩黨理論研討會在蒙得維的亞舉行",
      "新華社蒙得維的亞10月23日電 當地時間22日，中國共產黨與烏拉圭廣泛陣線理論研討會在蒙得維的亞舉行，"
      "兩黨代表圍繞“進步力量與國家治理”進行研討。中聯部副部長錢洪山率團出席並致辭。",
      "2025-10-23", url(XH_BIG5, "2025-10-23", 42),
      ix("Uruguay", "2025-10-22", "seminar", {FA}, BL, KE)),
    I("tw-cna-ma-hui-honduras",
      "馬輝會見宏都拉斯自由與重建黨代表",
      "（中央社台北3月13日電）中共中聯部網站今天發布消息，中聯部副部長馬輝12日在北京會見宏都拉斯自由與重"
      "建黨代表團，"
      "雙方就黨際交流交換意見。",
      "2024-03-13", url(TW, "2024-03-13", 43),
      ix("Honduras", "2024-03-12", "meeting", {LIBRE}, BL, DI)),
]

# ==== IDCPC: not LAC ========================================================================================
IDCPC_NOT: list[Probe] = [
    I("zh-not-vietnam", "刘建超会见越南共产党代表团",
      "5月8日，中联部部长刘建超在京会见越共中央对外部部长率领的越南共产党代表团，双方就两党交往交换意见。",
      "2023-05-08", url(LLDT, "2023-05-08", 50), NO),
    I("zh-not-anc", "孙海燕会见南非非洲人国民大会代表团",
      "6月11日，中联部副部长孙海燕在京会见南非非国大全国执委率领的代表团。",
      "2024-06-11", url(LLDT, "2024-06-11", 51), NO),
    I("zh-not-spain-psoe", "马辉会见西班牙工人社会党代表团",
      "9月3日，中联部副部长马辉在京会见西班牙工人社会党国际书记率领的代表团。双方就中欧关系和拉美形势交换"
      "了意见。",
      "2024-09-03", url(LLDT, "2024-09-03", 52), NO),
    I("zh-not-portugal", "钱洪山会见葡萄牙共产党代表团",
      "4月22日，中联部副部长钱洪山在京会见葡萄牙共产党中央委员会委员率领的代表团，"
      "双方谈及葡语国家合作和中国同巴西等国关系。",
      "2025-04-22", url(LLDT, "2025-04-22", 53), NO),
    I("zh-not-guinea", "刘海星会见几内亚政党代表团",
      "8月14日，中联部部长刘海星在京会见几内亚过渡政府人士和政党代表组成的代表团。",
      "2025-08-14", url(LLDT, "2025-08-14", 54), NO),
    I("zh-not-png", "孙海燕会见巴布亚新几内亚潘古党代表团",
      "11月19日，中联部副部长孙海燕在京会见巴布亚新几内亚潘古党领导人。",
      "2024-11-19", url(LLDT, "2024-11-19", 55), NO),
    I("zh-not-internal-study", "中联部召开党组理论学习中心组学习会",
      "12月3日，中联部召开党组理论学习中心组学习会，传达学习中央经济工作会议精神。部长刘海星主持并讲话。",
      "2025-12-03", url(LLDT, "2025-12-03", 56), NO),
    I("zh-not-us-thinktank-lac-mention", "马辉会见美国智库代表团",
      "2月28日，中联部副部长马辉在京会见美国智库学者代表团，双方就中美关系以及拉丁美洲、亚太地区形势交换"
      "意见。",
      "2024-02-28", url(LLDT, "2024-02-28", 57), NO),
    I("zh-not-asia-africa-training", "发展中国家政党干部研修班开班",
      "4月16日，中联部举办的亚洲和非洲发展中国家政党干部研修班在京开班，来自老挝、柬埔寨、埃塞俄比亚、坦"
      "桑尼亚等国的学员参加。",
      "2024-04-17", url(LLDT, "2024-04-17", 58), NO),
    I("zh-not-russia-united", "刘建超同统一俄罗斯党总委员会书记视频会晤",
      "10月26日，中联部部长刘建超同统一俄罗斯党总委员会书记举行视频会晤。",
      "2023-10-26", url(LLDT, "2023-10-26", 59), NO),
    I("zh-not-kazakh-field-trip", "哈萨克斯坦政党考察团赴新疆考察",
      "7月1日至6日，哈萨克斯坦阿玛纳特党干部考察团赴新疆考察，参观了乌鲁木齐、喀什的企业和社区。",
      "2024-07-07", url(LLDT, "2024-07-07", 60), NO),
    I("zh-not-lao-briefing", "中共代表团在老挝举行宣介会",
      "当地时间8月26日，中共代表团在万象举行二十届三中全会精神宣介会，老挝人民革命党中央领导出席。",
      "2024-08-27", url(LLDT, "2024-08-27", 61), NO),
    I("tw-not-japan", "劉海星會見日本公明黨代表團",
      "【大公報訊】11月20日，中聯部部長劉海星在京會見日本公明黨幹事長率領的代表團，雙方就中日關係交換意見。",
      "2025-11-21", url(HK, "2025-11-21", 62), NO),
    I("tw-not-dprk", "中聯部代表團訪問朝鮮",
      "新華社平壤9月28日電 應朝鮮勞動黨中央邀請，中聯部副部長率中共代表團於9月25日至28日訪問朝鮮。",
      "2025-09-28", url(XH_BIG5, "2025-09-28", 63), NO),
    I("zh-not-cpc-own-event", "中联部举行新年招待会",
      "1月16日，中联部在京举行新春招待会，各国驻华使节和国际组织驻华代表约400人出席，刘海星致辞，回顾了过"
      "去一年党的对外工作。",
      "2025-01-16", url(LLDT, "2025-01-16", 64), NO),
    I("zh-not-guinea-bissau", "钱洪山会见几内亚比绍佛得角非洲独立党代表团",
      "6月17日，中联部副部长钱洪山在京会见几内亚比绍和佛得角非洲独立党代表团。",
      "2024-06-17", url(LLDT, "2024-06-17", 65), NO),
]

# ==== foreign ministry: LAC exchanges ======================================================================
MFA_LAC: list[Probe] = [
    M("mfa-xi-lula-talks-brasilia",
      "习近平同巴西总统卢拉会谈",
      "当地时间2024年11月20日，国家主席习近平在巴西利亚黎明宫同巴西总统卢拉举行会谈。两国元首同意以两国建"
      "交50周年为契机，"
      "推动中巴全面战略伙伴关系迈上新台阶。会谈后，两国元首共同见证签署20余项合作文件。",
      "2024-11-21", url(MFA_ZH, "2024-11-21", 1),
      mx("Brazil", "2024-11-20", "talks", True, ("卢拉", "Lula"), level=CSP)),
    M("mfa-xi-milei-g20",
      "习近平会见阿根廷总统米莱",
      "当地时间2024年11月19日上午，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会期间会见阿根"
      "廷总统米莱。"
      "习近平指出，中阿同为发展中大国和新兴市场国家，双方应加强互利合作。米莱表示，阿方愿深化同中国的经贸"
      "往来。",
      "2024-11-19", url(MFA_ZH, "2024-11-19", 2),
      mx("Argentina", "2024-11-19", "meeting_on_sidelines", True, ("米莱", "Milei"))),
    M("mfa-xi-boric-apec-lima",
      "习近平会见智利总统博里奇",
      "当地时间2024年11月16日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见智利"
      "总统博里奇。",
      "2024-11-17", url(MFA_ZH, "2024-11-17", 3),
      mx("Chile", "2024-11-16", "meeting_on_sidelines", True, ("博里奇", "Boric"))),
    M("mfa-xi-boluarte-talks",
      "习近平同秘鲁总统博鲁阿尔特会谈",
      "当地时间2024年11月14日下午，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。两国元首同意深"
      "化中秘全面战略伙伴关系，"
      "并以视频方式共同出席钱凯港开港仪式。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 4),
      mx("Peru", "2024-11-14", "talks", True, ("博鲁阿尔特", "Boluarte"), level=CSP)),
    M("mfa-xi-arrives-lima",
      "习近平抵达利马开始对秘鲁进行国事访问",
      "当地时间2024年11月14日，国家主席习近平乘专机抵达利马，出席亚太经合组织第三十一次领导人非正式会议并"
      "对秘鲁进行国事访问。"
      "秘鲁政府高级官员到机场迎接。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 5),
      mx("Peru", "2024-11-14", "state_visit", None)),
    M("mfa-spox-orsi-announce",
      "外交部发言人宣布乌拉圭总统奥尔西将对中国进行国事访问",
      "应国家主席习近平邀请，乌拉圭东岸共和国总统亚曼杜·奥尔西将于2月2日至8日对中国进行国事访问。",
      "2026-01-28", url(MFA_SPOX, "2026-01-28", 6),
      mx("Uruguay", "2026-02-02", "state_visit", None)),
    M("mfa-xi-petro-establish",
      "习近平同哥伦比亚总统佩特罗会谈",
      "2023年10月25日下午，国家主席习近平在人民大会堂同来华进行国事访问的哥伦比亚总统佩特罗举行会谈。"
      "两国元首宣布，将中哥关系提升为战略伙伴关系。会谈后，两国元首共同见证签署多项双边合作文件。",
      "2023-10-25", url(MFA_ZH, "2023-10-25", 7),
      mx("Colombia", "2023-10-25", "talks", True, ("佩特罗", "Petro"), "establish", "strategic partnership")),
    M("mfa-xi-maduro-upgrade",
      "习近平同委内瑞拉总统马杜罗会谈",
      "2023年9月13日下午，国家主席习近平在人民大会堂同来华进行国事访问的委内瑞拉总统马杜罗举行会谈。两国"
      "元首共同宣布，"
      "将中委关系提升为全天候战略伙伴关系。",
      "2023-09-13", url(MFA_ZH, "2023-09-13", 8),
      mx("Venezuela", "2023-09-13", "talks", True, ("马杜罗", "Maduro"), "upgrade",
         "all-weather strategic partnership")),
    M("mfa-joint-statement-uruguay",
      "中华人民共和国和乌拉圭东岸共和国关于建立全面战略伙伴关系的联合声明",
      "一、应国家主席习近平邀请，乌拉圭东岸共和国总统路易斯·拉卡列·波乌于2023年11月20日至24日对中国进行国"
      "事访问。"
      "二、双方一致同意将中乌关系提升为全面战略伙伴关系。三、双方愿加强在贸易、农业和科技领域的合作。",
      "2023-11-22", url(MFA_ZH, "2023-11-22", 9),
      mx("Uruguay", "2023-11-20", "joint_statement", None, (), "upgrade", CSP)),
    M("mfa-li-qiang-alckmin-talks",
      "李强同巴西副总统阿尔克明会谈",
      "2024年6月7日上午，国务院总理李强在人民大会堂同巴西副总统阿尔克明举行会谈。李强表示，中方愿同巴方扩"
      "大贸易和投资合作。",
      "2024-06-07", url(MFA_ZH, "2024-06-07", 10),
      mx("Brazil", "2024-06-07", "talks", False, ("阿尔克明", "Alckmin"))),
    M("mfa-wang-yi-vieira-talks",
      "王毅同巴西外长维埃拉会谈",
      "2025年5月12日，中共中央政治局委员、外交部长王毅在北京同巴西外长维埃拉举行会谈。双方就中巴关系和国"
      "际形势交换意见。",
      "2025-05-12", url(MFA_ZH, "2025-05-12", 11),
      mx("Brazil", "2025-05-12", "talks", False, ("维埃拉", "Vieira"))),
    M("mfa-wang-yi-mexico-fm",
      "王毅会见墨西哥外长德拉富恩特",
      "2025年2月21日，外交部长王毅在约翰内斯堡出席二十国集团外长会期间会见墨西哥外长德拉富恩特。",
      "2025-02-22", url(MFA_ZH, "2025-02-22", 12),
      mx("Mexico", "2025-02-21", "meeting_on_sidelines", False, ("德拉富恩特", "de la Fuente"))),
    M("mfa-wang-yi-cuba-phone",
      "王毅同古巴外长罗德里格斯通电话",
      "2024年12月5日，外交部长王毅应约同古巴外长罗德里格斯通电话。罗德里格斯介绍了古巴应对飓风灾害的情况。",
      "2024-12-06", url(MFA_ZH, "2024-12-06", 13),
      mx("Cuba", "2024-12-05", "phone_call", False, ("罗德里格斯", "Rodríguez"))),
    M("mfa-xi-sheinbaum-elect",
      "习近平致电祝贺辛鲍姆当选墨西哥总统",
      "2024年6月4日，国家主席习近平致电克劳迪娅·辛鲍姆，祝贺她当选墨西哥合众国总统。",
      "2024-06-04", url(MFA_ZH, "2024-06-04", 14),
      mx("Mexico", "2024-06-04", "message", False, ("辛鲍姆", "Sheinbaum"))),
    M("mfa-xi-noboa-inaugurated",
      "习近平致电祝贺诺沃亚就任厄瓜多尔总统",
      "2023年11月23日，国家主席习近平致电丹尼尔·诺沃亚，祝贺他就任厄瓜多尔共和国总统。",
      "2023-11-24", url(MFA_ZH, "2023-11-24", 15),
      mx("Ecuador", "2023-11-23", "message", True, ("诺沃亚", "Noboa"))),
    M("mfa-xi-paz-elect",
      "习近平致电祝贺罗德里戈·帕斯当选玻利维亚总统",
      "2025年10月21日，国家主席习近平致电罗德里戈·帕斯，祝贺他当选多民族玻利维亚国总统。",
      "2025-10-21", url(MFA_ZH, "2025-10-21", 16),
      mx("Bolivia", "2025-10-21", "message", False, ("帕斯", "Paz"))),
    M("mfa-xi-cuba-hurricane",
      "习近平就古巴遭受飓风灾害向古巴国家主席迪亚斯-卡内尔致慰问电",
      "2025年11月1日，国家主席习近平就古巴东部遭受飓风灾害造成严重损失，向古巴国家主席迪亚斯-卡内尔致慰问"
      "电。",
      "2025-11-01", url(MFA_ZH, "2025-11-01", 17),
      mx("Cuba", "2025-11-01", "message", True, ("迪亚斯-卡内尔", "Díaz-Canel"))),
    M("mfa-celac-ministerial-speech",
      "习近平出席中国－拉共体论坛第四届部长级会议开幕式并发表主旨讲话",
      "2025年5月13日上午，中国－拉美和加勒比国家共同体论坛第四届部长级会议在北京国家会议中心开幕。国家主"
      "席习近平出席开幕式"
      "并发表题为《共襄发展振兴 共建中拉命运共同体》的主旨讲话。巴西总统卢拉、哥伦比亚总统佩特罗、智利总"
      "统博里奇出席。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 18),
      mx("multilateral", "2025-05-13", "other", None)),
    M("mfa-xi-petro-sidelines-forum",
      "习近平会见哥伦比亚总统佩特罗",
      "2025年5月14日上午，国家主席习近平在人民大会堂会见来华出席中拉论坛第四届部长级会议并进行国事访问的"
      "哥伦比亚总统佩特罗。",
      "2025-05-14", url(MFA_ZH, "2025-05-14", 19),
      mx("Colombia", "2025-05-14", "meeting_on_sidelines", True, ("佩特罗", "Petro"))),
    M("mfa-xi-castro-honduras-talks",
      "习近平同洪都拉斯总统卡斯特罗会谈",
      "2023年6月12日下午，国家主席习近平在人民大会堂同来华进行国事访问的洪都拉斯总统卡斯特罗举行会谈。",
      "2023-06-12", url(MFA_ZH, "2023-06-12", 20),
      mx("Honduras", "2023-06-12", "talks", True, ("卡斯特罗", "Castro"))),
    M("mfa-honduras-diplomatic-communique",
      "中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报",
      "中华人民共和国和洪都拉斯共和国顺应两国人民的意愿，双方即日起互相承认，建立大使级"
      "外交关系。"
      "本公报于2023年3月26日在北京签署。",
      "2023-03-26", url(MFA_ZH, "2023-03-26", 21),
      mx("Honduras", "2023-03-26", "joint_statement", False),
      head_of_state_level="a communiqué names no principals; the signatories are not on the page"),
    M("mfa-spox-wang-yi-trip-several",
      "外交部发言人宣布王毅将访问巴西、哥伦比亚",
      "应巴西外长维埃拉、哥伦比亚外长邀请，中共中央政治局委员、外交部长王毅将于8月7日至11日访问巴西、哥伦"
      "比亚。",
      "2024-08-05", url(MFA_SPOX, "2024-08-05", 22),
      mx("multilateral", "2024-08-07", "official_visit", False)),
    M("mfa-envoy-sheinbaum-inauguration",
      "习近平主席特使谌贻琴出席墨西哥总统就职仪式",
      "当地时间2024年10月1日，国家主席习近平特使、国务委员谌贻琴在墨西哥城出席墨西哥新任总统辛鲍姆就职仪式。",
      "2024-10-02", url(MFA_ZH, "2024-10-02", 23),
      mx("Mexico", "2024-10-01", "other", False)),
    M("mfa-li-qiang-mottley",
      "李强会见巴巴多斯总理莫特利",
      "2023年6月26日下午，国务院总理李强在人民大会堂会见来华进行正式访问的巴巴多斯总理莫特利。",
      "2023-06-26", url(MFA_ZH, "2023-06-26", 24),
      mx("Barbados", "2023-06-26", "meeting", True, ("莫特利", "Mottley"))),
    M("mfa-xi-lula-phone",
      "习近平同巴西总统卢拉通电话",
      "2025年8月11日晚，国家主席习近平应约同巴西总统卢拉通电话。卢拉介绍了巴方对当前国际经贸形势的看法。",
      "2025-08-11", url(MFA_ZH, "2025-08-11", 25),
      mx("Brazil", "2025-08-11", "phone_call", True, ("卢拉", "Lula"))),
    M("mfa-wang-yi-amorim-video",
      "王毅同巴西总统首席特别顾问阿莫林视频通话",
      "2025年3月3日，中共中央政治局委员、外交部长王毅同巴西总统首席特别顾问阿莫林视频通话，双方就乌克兰危"
      "机交换意见。",
      "2025-03-04", url(MFA_ZH, "2025-03-04", 26),
      mx("Brazil", "2025-03-03", "video_call", False, ("阿莫林", "Amorim"))),
    M("mfa-spox-li-qiang-brics-rio",
      "外交部发言人宣布李强将出席金砖国家领导人会晤并对巴西进行正式访问",
      "应巴西总统卢拉邀请，国务院总理李强将于7月5日至8日出席在巴西里约热内卢举行的金砖国家领导人第十七次"
      "会晤，"
      "并对巴西进行正式访问。",
      "2025-07-01", url(MFA_SPOX, "2025-07-01", 27),
      mx("Brazil", "2025-07-05", "official_visit", None)),
    M("mfa-xi-orsi-elect",
      "习近平致电祝贺奥尔西当选乌拉圭总统",
      "2024年11月25日，国家主席习近平致电亚曼杜·奥尔西，祝贺他当选乌拉圭东岸共和国总统。",
      "2024-11-25", url(MFA_ZH, "2024-11-25", 28),
      mx("Uruguay", "2024-11-25", "message", False, ("奥尔西", "Orsi"))),
    M("mfa-xi-maduro-reelected",
      "习近平致电祝贺马杜罗当选连任委内瑞拉总统",
      "2024年7月30日，国家主席习近平致电尼古拉斯·马杜罗，祝贺他当选连任委内瑞拉玻利瓦尔共和国总统。",
      "2024-07-30", url(MFA_ZH, "2024-07-30", 29),
      mx("Venezuela", "2024-07-30", "message", True, ("马杜罗", "Maduro"))),
    M("mfa-zhao-leji-brazil-speaker",
      "赵乐际会见巴西众议长",
      "2024年4月24日，全国人大常委会委员长赵乐际在人民大会堂会见巴西众议长利拉。",
      "2024-04-24", url(MFA_ZH, "2024-04-24", 30),
      mx("Brazil", "2024-04-24", "meeting", False, ("利拉", "Lira"))),
    M("mfa-wang-yi-briefs-trip",
      "王毅向媒体介绍习近平主席出席亚太经合组织会议和二十国集团峰会并访问秘鲁、巴西情况",
      "11月13日至21日，国家主席习近平应邀出席亚太经合组织第三十一次领导人非正式会议和二十国集团领导人第十"
      "九次峰会，"
      "并对秘鲁、巴西进行国事访问。行程结束之际，外交部长王毅向随行记者介绍此访情况。",
      "2024-11-22", url(MFA_ZH, "2024-11-22", 31),
      mx("multilateral", "2024-11-13", "other", False)),
    M("mfa-xi-leaves-brasilia",
      "习近平结束对巴西国事访问回到北京",
      "当地时间11月21日，国家主席习近平结束对巴西的国事访问，乘专机离开巴西利亚回国。卢拉总统到机场送行。",
      "2024-11-22", url(MFA_ZH, "2024-11-22", 32),
      mx("Brazil", "2024-11-21", "state_visit", None)),
    M("mfa-vice-minister-argentine-ambassador",
      "外交部副部长华春莹会见阿根廷驻华大使",
      "2025年3月18日，外交部副部长华春莹会见阿根廷驻华大使，双方就两国关系交换意见。",
      "2025-03-18", url(MFA_ZH, "2025-03-18", 33),
      mx("Argentina", "2025-03-18", "meeting", False)),
    M("mfa-xi-boric-beijing-talks",
      "习近平同智利总统博里奇会谈",
      "2023年10月17日下午，国家主席习近平在人民大会堂同来华出席第三届“一带一路”国际合作高峰论坛并进行国事"
      "访问的智利总统博里奇"
      "举行会谈。两国元首同意深化中智全面战略伙伴关系。",
      "2023-10-17", url(MFA_ZH, "2023-10-17", 34),
      mx("Chile", "2023-10-17", "talks", True, ("博里奇", "Boric"), level=CSP)),
    M("mfa-wang-yi-panama-fm",
      "王毅会见巴拿马外长马丁内斯-阿查",
      "2024年9月25日，外交部长王毅在纽约出席联合国大会期间会见巴拿马外长马丁内斯-阿查。",
      "2024-09-26", url(MFA_ZH, "2024-09-26", 35),
      mx("Panama", "2024-09-25", "meeting_on_sidelines", False)),
    M("mfa-xi-lula-state-visit-beijing-talks-weekday",
      "习近平同巴西总统卢拉会谈",
      "国家主席习近平13日下午在人民大会堂同来华进行国事访问的巴西总统卢拉举行会谈。两国元首一致同意深化中"
      "巴全面战略伙伴关系。",
      "2025-05-13", url(MFA_ZH, "2025-05-13", 36),
      mx("Brazil", "2025-05-13", "talks", True, ("卢拉", "Lula"), level=CSP)),
]

# ---- foreign ministry: copies and traditional characters ------------------------------------------------
MFA_COPIES: list[Probe] = [
    M("mfa-xinhua-copy-xi-lula",
      "习近平同巴西总统卢拉举行会谈",
      "新华社巴西利亚11月20日电（记者张某 李某）当地时间11月20日，国家主席习近平在巴西利亚同巴西总统卢拉"
      "举行会谈。"
      "两国元首宣布，将中巴关系定位提升为携手构建更公正世界和更可持续星球的中巴命运共同体。\n【纠错】 责"
      "任编辑：王某",
      "2024-11-21", url(XH, "2024-11-21", 40),
      mx("Brazil", "2024-11-20", "talks", True, ("卢拉", "Lula")),
      partnership_action="a community with a shared future is no partnership level of the codebook's list",
      partnership_level="a community with a shared future is no partnership level of the codebook's list"),
    M("mfa-cctv-xi-milei-phone",
      "习近平同阿根廷总统米莱通电话",
      "央视网消息（新闻联播）：国家主席习近平12月2日晚应约同阿根廷总统米莱通电话。习近平指出，中阿合作互"
      "补性强。",
      "2025-12-02", url(CCTV, "2025-12-02", 41),
      mx("Argentina", "2025-12-02", "phone_call", True, ("米莱", "Milei"))),
    M("mfa-cns-wang-yi-chile-fm",
      "王毅会见智利外长范克拉韦伦",
      "中新网北京4月9日电 据外交部网站消息，4月8日，中共中央政治局委员、外交部长王毅在北京会见智利外长范"
      "克拉韦伦。",
      "2025-04-09", url(CNS, "2025-04-09", 42),
      mx("Chile", "2025-04-08", "meeting", False, ("范克拉韦伦", "van Klaveren"))),
    M("mfa-thepaper-spox-peru-visit",
      "外交部：秘鲁总统博鲁阿尔特将对中国进行国事访问",
      "澎湃新闻记者 刘某\n外交部发言人6月24日宣布：应国家主席习近平邀请，秘鲁共和国总统博鲁阿尔特将于6月2"
      "6日至7月2日对中国进行国事访问。",
      "2024-06-24", url(THEPAPER, "2024-06-24", 43),
      mx("Peru", "2024-06-26", "state_visit", None)),
    M("mfa-people-li-qiang-lula-rio",
      "李强会见巴西总统卢拉",
      "人民网里约热内卢7月7日电 当地时间7月6日，国务院总理李强在里约热内卢出席金砖国家领导人第十七次会晤"
      "期间会见巴西总统卢拉。",
      "2025-07-07", url(PEOPLE, "2025-07-07", 44),
      mx("Brazil", "2025-07-06", "meeting_on_sidelines", True, ("卢拉", "Lula"))),
    M("mfa-big5-xi-diaz-canel-talks",
      "習近平同古巴國家主席迪亞斯-卡內爾會談",
      "2024年12月10日下午，國家主席習近平在人民大會堂同來華進行國事訪問的古巴國家主席迪亞斯-卡內爾舉行會談。"
      "兩國元首同意推動中古命運共同體建設走深走實。",
      "2024-12-10", url(MFA_BIG5, "2024-12-10", 45),
      mx("Cuba", "2024-12-10", "talks", True, ("迪亞斯-卡內爾", "迪亚斯-卡内尔", "Díaz-Canel"))),
    M("mfa-hk-xi-ortega-message",
      "習近平向尼加拉瓜總統奧爾特加致賀電",
      "【大公報訊】據新華社報道，7月19日，國家主席習近平致電尼加拉瓜總統奧爾特加，祝賀尼加拉瓜革命勝利45"
      "週年。",
      "2024-07-20", url(HK, "2024-07-20", 46),
      mx("Nicaragua", "2024-07-19", "message", True, ("奧爾特加", "奥尔特加", "Ortega"))),
    M("mfa-macao-arce-condolence",
      "習近平就玻利維亞暴雨災害向玻總統阿爾塞致慰問電",
      "新華社北京3月14日電 3月14日，國家主席習近平就玻利維亞近日遭受暴雨災害，向玻利維亞總統阿爾塞致慰問電。",
      "2025-03-15", url(MO, "2025-03-15", 47),
      mx("Bolivia", "2025-03-14", "message", True, ("阿爾塞", "阿尔塞", "Arce"))),
    M("mfa-big5-spox-wang-yi-visit",
      "外交部發言人宣布王毅將訪問巴西",
      "應巴西外長維埃拉邀請，中共中央政治局委員、外交部長王毅將於4月20日至23日訪問巴西。",
      "2025-04-17", url(MFA_BIG5, "2025-04-17", 48),
      mx("Brazil", "2025-04-20", "official_visit", False)),
    M("mfa-tw-cna-xi-noboa-meeting",
      "習近平北京會見厄瓜多總統諾沃亞",
      "（中央社台北6月26日電）中國國家主席習近平今天在北京人民大會堂會見來訪的厄瓜多總統諾沃亞，雙方就經"
      "貿合作交換意見。",
      "2025-06-26", url(TW, "2025-06-26", 49),
      mx("Ecuador", "2025-06-26", "meeting", True, ("諾沃亞", "诺沃亚", "Noboa"))),
    M("mfa-big5-xi-lacalle-pou-upgrade",
      "習近平同烏拉圭總統拉卡列·波烏會談",
      "2023年11月22日下午，國家主席習近平在人民大會堂同來華進行國事訪問的烏拉圭總統拉卡列·波烏舉行會談。"
      "兩國元首宣布將中烏關係提升為全面戰略夥伴關係。",
      "2023-11-22", url(MFA_BIG5, "2023-11-22", 50),
      mx("Uruguay", "2023-11-22", "talks", True, ("拉卡列", "Lacalle"), "upgrade", CSP)),
    M("mfa-hk-wang-yi-mulino",
      "王毅會見巴拿馬總統穆利諾",
      "【大公報訊】當地時間9月24日，外交部長王毅在紐約出席聯合國大會期間會見巴拿馬總統穆利諾。",
      "2025-09-25", url(HK, "2025-09-25", 51),
      mx("Panama", "2025-09-24", "meeting_on_sidelines", False, ("穆利諾", "穆利诺", "Mulino"))),
]

# ==== foreign ministry: not LAC / not an exchange ==========================================================
MFA_NOT: list[Probe] = [
    M("mfa-not-macron", "习近平同法国总统马克龙会谈",
      "2024年5月6日，国家主席习近平在巴黎爱丽舍宫同法国总统马克龙举行会谈。",
      "2024-05-07", url(MFA_ZH, "2024-05-07", 60), NO),
    M("mfa-not-east-asia", "李强出席东亚合作领导人系列会议",
      "当地时间2025年10月27日，国务院总理李强在吉隆坡出席第28次中国－东盟领导人会议。",
      "2025-10-28", url(MFA_ZH, "2025-10-28", 61), NO),
    M("mfa-not-spox-venezuela-question", "外交部发言人就委内瑞拉局势答记者问",
      "问：近日委内瑞拉局势持续紧张，中方对此有何评论？答：中方一贯主张尊重各国主权，反对外部干涉，希望有"
      "关方面通过对话解决分歧。",
      "2026-01-05", url(MFA_SPOX, "2026-01-05", 62), NO),
    M("mfa-not-ambassador-only", "驻巴西大使祝青桥会见巴西众议长",
      "2024年8月20日，驻巴西大使祝青桥拜会巴西众议长利拉，双方就两国立法机构交往交换意见。",
      "2024-08-21", url(EMB, "2024-08-21", 63), NO),
    M("mfa-not-wang-yi-eu", "王毅同欧盟外交与安全政策高级代表会晤",
      "2025年7月2日，外交部长王毅在布鲁塞尔同欧盟外交与安全政策高级代表卡拉斯举行中欧战略对话。",
      "2025-07-03", url(MFA_ZH, "2025-07-03", 64), NO),
    M("mfa-not-xi-new-year", "国家主席习近平发表二〇二五年新年贺词",
      "新年前夕，国家主席习近平通过中央广播电视总台和互联网，发表了二〇二五年新年贺词。",
      "2024-12-31", url(MFA_ZH, "2024-12-31", 65), NO),
    M("mfa-not-spain-king", "习近平同西班牙国王费利佩六世会谈",
      "2025年11月12日，国家主席习近平在人民大会堂同来华进行国事访问的西班牙国王费利佩六世举行会谈。双方谈"
      "及中国同拉美的合作。",
      "2025-11-12", url(MFA_ZH, "2025-11-12", 66), NO),
    M("mfa-not-guinea-president", "习近平会见几内亚总统敦布亚",
      "2024年9月4日，国家主席习近平在人民大会堂会见来华出席中非合作论坛北京峰会的几内亚过渡总统敦布亚。",
      "2024-09-04", url(MFA_ZH, "2024-09-04", 67), NO),
    M("mfa-not-png-pm", "李强会见巴布亚新几内亚总理马拉佩",
      "2024年11月18日，国务院总理李强在里约热内卢出席二十国集团领导人峰会期间会见巴布亚新几内亚总理马拉佩。",
      "2024-11-19", url(MFA_ZH, "2024-11-19", 68), NO),
    M("mfa-not-brics-summit-speech", "李强出席金砖国家领导人第十七次会晤并讲话",
      "当地时间2025年7月6日，国务院总理李强在里约热内卢出席金砖国家领导人第十七次会晤并发表讲话，阐述中方"
      "对全球治理改革的主张。",
      "2025-07-07", url(MFA_ZH, "2025-07-07", 69), NO,
      relevant="a summit Brazil hosts and attends: the codebook types a speech at a summit `other`, but "
               "whether a BRICS summit is an exchange with the LAC host is not settled"),
    M("mfa-not-tw-cna-china-us", "中美元首通電話",
      "（中央社台北9月19日電）中國外交部公布，國家主席習近平今晚應約同美國總統川普通電話，雙方就中美關係"
      "交換意見。",
      "2025-09-19", url(TW, "2025-09-19", 70), NO),
    M("mfa-not-hk-russia", "王毅同俄羅斯外長拉夫羅夫會談",
      "【大公報訊】7月13日，外交部長王毅在北京同俄羅斯外長拉夫羅夫舉行會談，雙方就烏克蘭危機交換意見。",
      "2025-07-14", url(HK, "2025-07-14", 71), NO),
    M("mfa-not-spox-regular-press", "2025年3月10日外交部发言人毛宁主持例行记者会",
      "毛宁：今天我没有需要发布的消息。问：有报道称美国将对中国商品加征关税，中方如何回应？毛宁：中方将采"
      "取必要措施坚决维护自身权益。",
      "2025-03-10", url(MFA_SPOX, "2025-03-10", 72), NO),
    M("mfa-not-assistant-spain", "王毅会见西班牙外交大臣阿尔瓦雷斯",
      "2025年4月10日，外交部长王毅在北京会见西班牙外交大臣阿尔瓦雷斯，双方谈及伊比利亚美洲事务。",
      "2025-04-10", url(MFA_ZH, "2025-04-10", 73), NO),
]

PROBES: list[Probe] = IDCPC_LAC + IDCPC_COPIES + IDCPC_TRAD + IDCPC_NOT + MFA_LAC + MFA_COPIES + MFA_NOT

# ==== second blind batch: harder shapes (written before the code was read) ================================
PLD = "Dominican Liberation Party"
PNM = "People's National Movement"
SLP = "Saint Lucia Labour Party"
ABLP = "Antigua and Barbuda Labour Party"
DLP = "Dominica Labour Party"
PPPC = "People's Progressive Party/Civic"

IDCPC_B2: list[Probe] = [
    I("b2-dominica-labour",
      "刘海星会见多米尼克工党代表团",
      "5月27日，中联部部长刘海星在京会见多米尼克工党副领袖率领的代表团。刘海星表示，中方赞赏多米尼克政府"
      "坚持一个中国原则。",
      "2025-05-27", url(LLDT, "2025-05-27", 101),
      {"relevant": True, "country": "Dominica", "event_date": "2025-05-27", "event_type": "meeting",
       "parties": {DLP}, "content": DI}),
    I("b2-dominican-republic-pld",
      "孙海燕会见多米尼加解放党代表团",
      "8月6日，中联部副部长孙海燕在京会见多米尼加解放党政治委员会委员率领的代表团，双方就两党交往交换意见。",
      "2024-08-06", url(LLDT, "2024-08-06", 102),
      {"relevant": True, "country": "Dominican Republic", "event_date": "2024-08-06", "event_type": "meeting",
       "parties": {PLD}, "content": DI}),
    I("b2-trinidad-pnm",
      "钱洪山会见特立尼达和多巴哥人民民族运动代表团",
      "4月2日，中联部副部长钱洪山在京会见特立尼达和多巴哥人民民族运动主席率领的代表团。",
      "2024-04-02", url(LLDT, "2024-04-02", 103),
      {"relevant": True, "country": "Trinidad and Tobago", "event_date": "2024-04-02",
       "event_type": "meeting", "parties": {PNM}, "content": DI}),
    I("b2-antigua-ablp",
      "马辉会见安提瓜和巴布达工党代表团",
      "10月29日，中联部副部长马辉在京会见安提瓜和巴布达工党主席率领的代表团。",
      "2025-10-29", url(LLDT, "2025-10-29", 104),
      {"relevant": True, "country": "Antigua and Barbuda", "event_date": "2025-10-29",
       "event_type": "meeting", "parties": {ABLP}, "content": DI}),
    I("b2-saint-lucia-slp",
      "钱洪山会见圣卢西亚工党代表团",
      "1月14日，中联部副部长钱洪山在京会见圣卢西亚工党总书记率领的代表团，双方就加强党际交流交换意见。",
      "2026-01-14", url(LLDT, "2026-01-14", 105),
      {"relevant": True, "country": "Saint Lucia", "event_date": "2026-01-14", "event_type": "meeting",
       "parties": {SLP}, "content": DI}),
    I("b2-guyana-ppp",
      "刘海星会见圭亚那人民进步党/公民党代表团",
      "9月9日，中联部部长刘海星在京会见圭亚那人民进步党/公民党总书记贾格迪奥率领的代表团。",
      "2025-09-09", url(LLDT, "2025-09-09", 106),
      {"relevant": True, "country": "Guyana", "event_date": "2025-09-09", "event_type": "meeting",
       "parties": {PPPC}, "content": DI}),
    I("b2-digest-second-item-lac",
      "部领导近期活动",
      "3月18日，中联部部长刘海星在京会见越南共产党中央对外部代表团。\n"
      "3月19日，中联部副部长孙海燕在京会见古巴共产党中央国际关系部部长率领的代表团，双方就两党合作交换意见。",
      "2025-03-20", url(BLD, "2025-03-20", 107),
      ix("Cuba", "2025-03-19", "meeting", {PCC}, BL, DI)),
    I("b2-hk-yesterday-sun-pt",
      "孫海燕會見巴西勞工黨代表團",
      "【大公報訊】中聯部副部長孫海燕昨日在京會見巴西勞工黨全國執委會成員率領的代表團，雙方就深化兩黨交流"
      "交換意見。",
      "2024-05-15", url(HK, "2024-05-15", 108),
      ix("Brazil", "2024-05-14", "meeting", {PT}, BL, DI)),
    I("b2-year-boundary",
      "刘海星会见委内瑞拉统一社会主义党代表团",
      "12月30日，中联部部长刘海星在京会见委内瑞拉统一社会主义党全国领导委员会成员率领的代表团。",
      "2025-01-03", url(LLDT, "2025-01-03", 109),
      ix("Venezuela", "2024-12-30", "meeting", {PSUV}, BL, DI)),
    I("b2-tour-two-lac-countries",
      "中共代表团访问古巴和墨西哥",
      "应古巴共产党和墨西哥国家复兴运动党邀请，中联部副部长孙海燕率中共代表团于9月14日至22日访问古巴和墨"
      "西哥，"
      "分别会见两党领导人，并介绍中共二十届三中全会精神。",
      "2024-09-24", url(LLDT, "2024-09-24", 110),
      {"relevant": True, "country": "multilateral", "event_date": "2024-09-14",
       "event_type": "delegation_visit_abroad", "parties": {PCC, MORENA}},
      event_type="the delegation presented the plenum on its visit (介绍…精神); the project keeps a "
                 "briefing the CPC side gives on a trip as the page's event (event_type."
                 "_attended_on_the_visit: presenting is what such a trip is for); "
                 "rule 1 or rule 4 both read"),
    I("b2-tour-brazil-and-south-africa",
      "中共代表团访问巴西和南非",
      "应巴西劳工党和南非非国大邀请，中联部副部长马辉率中共代表团于6月2日至10日访问巴西和南非，会见了两国"
      "政党和政府领导人。",
      "2025-06-12", url(LLDT, "2025-06-12", 111),
      {"relevant": True, "country": "Brazil", "event_date": "2025-06-02", "event_type": "delegation_visit"
      "_abroad",
       "parties": {PT}, "mechanism": BL, "content": DI}),
    I("b2-caribbean-field-trip-yunnan",
      "加勒比国家政党干部考察团赴云南考察",
      "11月3日至8日，由牙买加、巴巴多斯、格林纳达等加勒比国家政党干部组成的考察团赴云南考察，"
      "走访了昆明、普洱等地的乡村和茶叶企业，了解乡村振兴和生态保护的做法。",
      "2025-11-09", url(LLDT, "2025-11-09", 112),
      ix("multilateral", "2025-11-03", "field_trip", set(), R, KE)),
    I("b2-forum-with-xi-letter",
      "习近平向中国—拉美和加勒比政党论坛致贺信",
      "5月26日，中国—拉美和加勒比政党论坛在重庆开幕，习近平总书记向论坛致贺信。来自拉美和加勒比30个国家的"
      "70多个政党的领导人出席论坛。刘海星宣读贺信并致辞。",
      "2025-05-27", url(LLDT, "2025-05-27", 113),
      ix("multilateral", "2025-05-26", "forum", set(), R, KE)),
    I("b2-mujica-condolence",
      "刘海星致电乌拉圭广泛阵线吊唁穆希卡逝世",
      "5月14日，中联部部长刘海星致电乌拉圭广泛阵线主席佩雷拉，对乌拉圭前总统、广泛阵线创始领导人之一穆希"
      "卡逝世表示沉痛哀悼。"
      "穆希卡于5月13日在蒙得维的亚逝世。",
      "2025-05-15", url(LLDT, "2025-05-15", 114),
      ix("Uruguay", "2025-05-14", "message", {FA}, BL, DI)),
    I("b2-online-seminar-morena",
      "中墨两党举行视频研讨会",
      "7月24日，中国共产党与墨西哥国家复兴运动党以视频方式举行治国理政经验交流研讨会，双方近60名干部和学"
      "者围绕"
      "“减贫与社会政策”展开研讨。中联部副部长孙海燕出席并致辞。",
      "2024-07-25", url(LLDT, "2024-07-25", 115),
      ix("Mexico", "2024-07-24", "seminar", {MORENA}, BL, KE)),
    I("b2-dialogue-lac-parties",
      "中国共产党与拉美政党对话会在京举行",
      "10月15日，中国共产党与拉美政党对话会在京举行，主题为“发展与现代化”。来自巴西、智利、哥伦比亚、乌拉"
      "圭等国的"
      "20多个政党的代表参加对话。",
      "2025-10-16", url(LLDT, "2025-10-16", 116),
      ix("multilateral", "2025-10-15", "dialogue", set(), R, KE)),
    I("b2-briefing-havana",
      "中共代表团在哈瓦那举行二十届四中全会精神宣介会",
      "当地时间11月18日，中联部副部长钱洪山率中共代表团在哈瓦那举行宣介会，向古巴共产党中央和政府部门干部"
      "介绍中共"
      "二十届四中全会精神和“十五五”规划建议。",
      "2025-11-20", url(LLDT, "2025-11-20", 117),
      ix("Cuba", "2025-11-18", "briefing", {PCC}, BL, KE)),
    I("b2-not-chinese-scholars-lac-symposium",
      "中联部举行拉美形势研讨会",
      "4月9日，中联部在京举行拉美形势研讨会，来自中国社会科学院拉丁美洲研究所、北京大学等单位的专家学者"
      "围绕拉美政治生态和左翼政党发展前景进行研讨。",
      "2024-04-10", url(LLDT, "2024-04-10", 118), NO),
    I("b2-people-recently",
      "马辉会见哥伦比亚人道哥伦比亚党代表团",
      "人民网北京3月8日电 据中联部网站消息，日前，中联部副部长马辉在京会见哥伦比亚人道哥伦比亚党代表团，"
      "双方就两党关系交换意见。",
      "2024-03-08", url(PEOPLE, "2024-03-08", 119),
      {"relevant": True, "country": "Colombia", "event_date": None, "event_type": "meeting",
       "parties": {"Humane Colombia"}, "content": DI}),
    I("b2-macao-field-trip-uruguay",
      "烏拉圭廣泛陣線幹部考察團訪問廣東",
      "新華社廣州6月20日電 6月17日至20日，烏拉圭廣泛陣線幹部考察團在廣東考察，參觀了深圳的科技企業和廣州"
      "的社區，"
      "了解改革開放和城市治理的經驗。",
      "2025-06-21", url(MO, "2025-06-21", 120),
      ix("Uruguay", "2025-06-17", "field_trip", {FA}, BL, KE)),
    I("b2-not-pap-singapore-trad",
      "劉海星會見新加坡人民行動黨代表團",
      "新華社北京7月9日電 中聯部部長劉海星9日在京會見新加坡人民行動黨代表團，雙方就兩黨交流交換意見。",
      "2025-07-09", url(XH_BIG5, "2025-07-09", 121), NO),
    I("b2-not-global-asian-only",
      "中国共产党同亚洲政党专题会议在昆明举行",
      "6月10日，中国共产党同亚洲政党专题会议在昆明开幕，来自老挝、越南、蒙古、尼泊尔等国的政党领导人出席。",
      "2024-06-11", url(LLDT, "2024-06-11", 122), NO),
    I("b2-grenada",
      "孙海燕会见格林纳达全国民主大会党代表团",
      "2月20日，中联部副部长孙海燕在京会见格林纳达全国民主大会党总书记率领的代表团。",
      "2025-02-20", url(LLDT, "2025-02-20", 123),
      {"relevant": True, "country": "Grenada", "event_date": "2025-02-20", "event_type": "meeting",
       "content": DI}),
]

MFA_B2: list[Probe] = [
    M("b2-mfa-envoy-orsi-inauguration",
      "习近平主席特使出席乌拉圭总统就职仪式",
      "当地时间2025年3月1日，国家主席习近平特使、全国人大常委会副委员长在蒙得维的亚出席乌拉圭新任总统奥尔"
      "西的就职仪式。",
      "2025-03-02", url(MFA_ZH, "2025-03-02", 101),
      mx("Uruguay", "2025-03-01", "other", False)),
    M("b2-mfa-han-zheng-brazil",
      "韩正会见巴西副总统阿尔克明",
      "2024年6月6日，国家副主席韩正在北京会见巴西副总统阿尔克明，双方共同主持中巴高层协调与合作委员会第七"
      "次会议。",
      "2024-06-06", url(MFA_ZH, "2024-06-06", 102),
      mx("Brazil", "2024-06-06", "meeting", False, ("阿尔克明", "Alckmin"))),
    M("b2-mfa-wang-yi-egypt-brazil",
      "外交部发言人宣布王毅将访问埃及、巴西",
      "应埃及外长和巴西外长维埃拉邀请，外交部长王毅将于1月12日至17日访问埃及、巴西。",
      "2026-01-09", url(MFA_SPOX, "2026-01-09", 103),
      mx("Brazil", "2026-01-12", "official_visit", False)),
    M("b2-mfa-not-xi-apec-korea",
      "习近平抵达韩国庆州出席亚太经合组织第三十二次领导人非正式会议",
      "当地时间2025年10月30日，国家主席习近平乘专机抵达韩国庆州，出席亚太经合组织第三十二次领导人非正式会"
      "议并对韩国进行国事访问。",
      "2025-10-30", url(MFA_ZH, "2025-10-30", 104), NO),
    M("b2-mfa-not-spox-paraguay",
      "外交部发言人就巴拉圭有关人士窜访台湾答记者问",
      "问：巴拉圭总统近日窜访台湾地区，中方对此有何评论？答：一个中国原则是国际社会的普遍共识，台湾是中国"
      "的一部分。",
      "2025-05-08", url(MFA_SPOX, "2025-05-08", 105), NO),
    M("b2-mfa-li-qiang-abinader",
      "李强会见多米尼加总统阿比纳德尔",
      "2025年9月10日下午，国务院总理李强在人民大会堂会见来华进行正式访问的多米尼加总统阿比纳德尔。",
      "2025-09-10", url(MFA_ZH, "2025-09-10", 106),
      mx("Dominican Republic", "2025-09-10", "meeting", True, ("阿比纳德尔", "Abinader"))),
    M("b2-mfa-li-qiang-holness-talks",
      "李强同牙买加总理霍尔尼斯会谈",
      "2025年6月4日上午，国务院总理李强在人民大会堂同来华进行正式访问的牙买加总理霍尔尼斯举行会谈。",
      "2025-06-04", url(MFA_ZH, "2025-06-04", 107),
      mx("Jamaica", "2025-06-04", "talks", True, ("霍尔尼斯", "Holness"))),
    M("b2-mfa-not-assistant-minister",
      "外交部部长助理会见哥伦比亚副外长",
      "2024年10月16日，外交部部长助理在北京会见哥伦比亚副外长，双方举行两国外交部政治磋商。",
      "2024-10-16", url(MFA_ZH, "2024-10-16", 108), NO),
    M("b2-mfa-brazil-50th-exchange",
      "习近平同巴西总统卢拉互致贺电庆祝中巴建交50周年",
      "2024年8月15日，国家主席习近平同巴西总统卢拉互致贺电，庆祝两国建交50周年。",
      "2024-08-15", url(MFA_ZH, "2024-08-15", 109),
      mx("Brazil", "2024-08-15", "message", True, ("卢拉", "Lula"))),
    M("b2-mfa-venezuela-50th-exchange",
      "习近平同委内瑞拉总统马杜罗互致贺电庆祝中委建交50周年",
      "2024年6月28日，国家主席习近平同委内瑞拉总统马杜罗互致贺电，庆祝两国建交50周年。习近平指出，中委是"
      "全天候战略伙伴。",
      "2024-06-28", url(MFA_ZH, "2024-06-28", 110),
      mx("Venezuela", "2024-06-28", "message", True, ("马杜罗", "Maduro"), None,
         "all-weather strategic partnership")),
    M("b2-mfa-celac-troika",
      "王毅同拉共体“四驾马车”外长会谈",
      "2024年9月26日，外交部长王毅在纽约出席联合国大会期间同拉美和加勒比国家共同体“四驾马车”外长举行会谈。",
      "2024-09-27", url(MFA_ZH, "2024-09-27", 111),
      mx("multilateral", "2024-09-26", "meeting_on_sidelines", False),
      event_type="会谈 held at the UN General Assembly: the codebook gives talks for 会谈 and "
                 "meeting_on_sidelines for a meeting at a conference, and does not rank the two"),
    M("b2-mfa-preview-lula-no-date",
      "外交部发言人宣布巴西总统卢拉将对中国进行国事访问",
      "应国家主席习近平邀请，巴西联邦共和国总统卢拉将于近期对中国进行国事访问。",
      "2025-05-08", url(MFA_SPOX, "2025-05-08", 112),
      mx("Brazil", None, "state_visit", None)),
    M("b2-mfa-not-cuba-blockade",
      "外交部发言人就美国对古巴封锁问题答记者问",
      "问：联合国大会近日再次通过决议，要求美国结束对古巴的封锁，中方有何评论？答：中方一贯反对单边制裁，"
      "支持古巴人民维护主权。",
      "2025-10-31", url(MFA_SPOX, "2025-10-31", 113), NO),
    M("b2-mfa-cuba-65th",
      "习近平与迪亚斯-卡内尔就中古建交65周年互致贺电",
      "2025年9月28日，习近平主席与古巴国家主席迪亚斯-卡内尔互致贺电，庆贺中古建交65周年。",
      "2025-09-28", url(MFA_ZH, "2025-09-28", 114),
      mx("Cuba", "2025-09-28", "message", True, ("迪亚斯-卡内尔", "Díaz-Canel"))),
    M("b2-mfa-joint-statement-brazil",
      "中华人民共和国和巴西联邦共和国联合声明",
      "应国家主席习近平邀请，巴西联邦共和国总统卢拉于2025年5月10日至14日对中国进行国事访问。双方同意深化"
      "中巴全面战略伙伴关系，"
      "携手构建中巴命运共同体。",
      "2025-05-14", url(MFA_ZH, "2025-05-14", 115),
      mx("Brazil", "2025-05-10", "joint_statement", None, (), None, CSP)),
    M("b2-mfa-li-qiang-arrives-rio",
      "李强抵达里约热内卢",
      "当地时间2025年7月5日，国务院总理李强乘专机抵达里约热内卢，出席金砖国家领导人第十七次会晤并对巴西进"
      "行正式访问。",
      "2025-07-06", url(MFA_ZH, "2025-07-06", 116),
      mx("Brazil", "2025-07-05", "official_visit", None)),
    M("b2-mfa-big5-xi-arrives-brasilia",
      "習近平抵達巴西利亞開始對巴西進行國事訪問",
      "當地時間2024年11月19日晚，國家主席習近平乘專機抵達巴西利亞，開始對巴西進行國事訪問。",
      "2024-11-20", url(MFA_BIG5, "2024-11-20", 117),
      mx("Brazil", "2024-11-19", "state_visit", None)),
    M("b2-mfa-hk-wang-yi-colombia-phone",
      "王毅同哥倫比亞外長通電話",
      "【大公報訊】據外交部網站消息，2月10日，外交部長王毅應約同哥倫比亞外長通電話，雙方就兩國關係交換意見。",
      "2025-02-11", url(HK, "2025-02-11", 118),
      mx("Colombia", "2025-02-10", "phone_call", False)),
    M("b2-mfa-vice-minister-dominica",
      "外交部副部长会见多米尼克外长",
      "2024年5月21日，外交部副部长在北京会见来华访问的多米尼克外长，双方就两国关系和务实合作交换意见。",
      "2024-05-21", url(MFA_ZH, "2024-05-21", 119),
      mx("Dominica", "2024-05-21", "meeting", False)),
    M("b2-mfa-wang-yi-gonsalves",
      "王毅会见圣文森特和格林纳丁斯总理冈萨维斯",
      "2024年7月3日，外交部长王毅在北京会见来华出席世界和平论坛的圣文森特和格林纳丁斯总理冈萨维斯。",
      "2024-07-03", url(MFA_ZH, "2024-07-03", 120),
      mx("Saint Vincent and the Grenadines", "2024-07-03", "meeting", False, ("冈萨维斯", "Gonsalves")),
      event_type="a think-tank forum (World Peace Forum) is a conference of sorts; whether it is a "
                 "multilateral conference for meeting_on_sidelines is open"),
    M("b2-mfa-tw-cna-honduras-today",
      "王毅北京會見宏都拉斯外長",
      "（中央社台北4月2日電）中國外交部今天公布，外交部長王毅今天在北京會見宏都拉斯外長雷納，雙方就建交後"
      "各領域合作交換意見。",
      "2024-04-02", url(TW, "2024-04-02", 121),
      mx("Honduras", "2024-04-02", "meeting", False, ("雷納", "雷纳", "Reina"))),
]

PROBES += IDCPC_B2 + MFA_B2

# ==== third batch: written after reading parts of the code (not blind) ======================================
IDCPC_B3: list[Probe] = [
    I("b3-pcc-congress-attended",
      "中共代表团出席古巴共产党第九次代表大会",
      "当地时间4月16日，古巴共产党第九次代表大会在哈瓦那开幕。应古共中央邀请，中联部部长刘海星率中共代表"
      "团出席开幕式，"
      "并转达中共中央的祝贺。",
      "2026-04-18", url(LLDT, "2026-04-18", 201),
      ix("Cuba", "2026-04-16", "other", {PCC}, BL, DI)),
    I("b3-video-address-pt-congress",
      "刘海星以视频方式向巴西劳工党全国代表大会致辞",
      "8月2日，中联部部长刘海星以视频方式在巴西劳工党第八次全国代表大会上致辞，祝贺大会召开。",
      "2025-08-03", url(LLDT, "2025-08-03", 202),
      ix("Brazil", "2025-08-02", "other", {PT}, BL, DI)),
    I("b3-two-party-video-link",
      "孙海燕同乌拉圭广泛阵线主席以视频连线方式会谈",
      "3月4日，中联部副部长孙海燕同乌拉圭广泛阵线主席佩雷拉以视频连线方式举行会谈，双方就两党交流计划交换"
      "意见。",
      "2025-03-04", url(LLDT, "2025-03-04", 203),
      ix("Uruguay", "2025-03-04", "video_call", {FA}, BL, DI)),
    I("b3-pt-training-yanan",
      "巴西劳工党干部研修班在延安开班",
      "10月8日，巴西劳工党干部研修班在陕西延安开班。来自劳工党全国执委会和各州党部的25名干部将参加为期12"
      "天的研修，"
      "学习中国共产党加强自身建设的经验。",
      "2024-10-09", url(LLDT, "2024-10-09", 204),
      ix("Brazil", "2024-10-08", "training_course", {PT}, BL, KE)),
    I("b3-amorim-government",
      "刘海星会见巴西总统首席特别顾问阿莫林",
      "5月12日，中联部部长刘海星在京会见巴西总统首席特别顾问阿莫林，双方就中巴关系和国际形势交换意见。",
      "2025-05-12", url(LLDT, "2025-05-12", 205),
      {"relevant": True, "country": "Brazil", "event_date": "2025-05-12", "event_type": "meeting",
       "parties": set(), "content": DI}),
    I("b3-lac-young-leaders-course",
      "拉美青年政治家研修班在京结业",
      "7月30日，中联部举办的拉美和加勒比国家青年政治家研修班在京结业。来自巴西、墨西哥、阿根廷、哥伦比亚"
      "、古巴等国的"
      "青年政治家参加了为期两周的研修。",
      "2024-07-31", url(LLDT, "2024-07-31", 206),
      ix("multilateral", "2024-07-30", "training_course", set(), R, KE)),
    I("b3-trad-hk-dialogue-side-meeting",
      "劉建超會見來華出席中拉政黨論壇的智利社會黨主席",
      "【大公報訊】5月23日，中聯部部長劉建超在京會見來華出席中國—拉美政黨論壇的智利社會黨主席維多拉。",
      "2024-05-24", url(HK, "2024-05-24", 207),
      ix("Chile", "2024-05-23", "meeting", {PSCH}, RL, KE),
      mechanism="the codebook names a side meeting only for worldwide platforms (global); the project "
                "keeps a side meeting with one country's guest of a LAC-wide forum bilateral"),
    I("b3-not-cpc-domestic-lac-embassy-mention",
      "中联部举办外国驻华使节“中国共产党开放日”活动",
      "11月6日，中联部举办“中国共产党开放日”活动，来自亚洲、非洲、欧洲等地区30多个国家的驻华使节参加，参"
      "观了北京的社区党建展示。",
      "2025-11-07", url(LLDT, "2025-11-07", 208), NO),
]

MFA_B3: list[Probe] = [
    M("b3-mfa-headline-meets-lead-talks",
      "习近平会见乌拉圭总统奥尔西",
      "2026年2月3日上午，国家主席习近平在人民大会堂同来华进行国事访问的乌拉圭总统奥尔西举行会谈。",
      "2026-02-03", url(MFA_ZH, "2026-02-03", 201),
      mx("Uruguay", "2026-02-03", "talks", True, ("奥尔西", "Orsi"))),
    M("b3-mfa-spox-holness-official",
      "外交部发言人宣布牙买加总理霍尔尼斯将对中国进行正式访问",
      "应国务院总理李强邀请，牙买加总理霍尔尼斯将于6月2日至7日对中国进行正式访问。",
      "2025-05-29", url(MFA_SPOX, "2025-05-29", 202),
      mx("Jamaica", "2025-06-02", "official_visit", None)),
    M("b3-mfa-spox-xi-peru-brazil",
      "外交部发言人宣布习近平将出席亚太经合组织会议和二十国集团峰会并对秘鲁、巴西进行国事访问",
      "应秘鲁总统博鲁阿尔特和巴西总统卢拉邀请，国家主席习近平将于11月13日至21日赴利马出席亚太经合组织第三"
      "十一次领导人非正式会议"
      "并对秘鲁进行国事访问，赴里约热内卢出席二十国集团领导人第十九次峰会并对巴西进行国事访问。",
      "2024-11-08", url(MFA_SPOX, "2024-11-08", 203),
      mx("multilateral", "2024-11-13", "state_visit", None)),
    M("b3-mfa-li-qiang-lula-phone",
      "李强同巴西总统卢拉通电话",
      "2025年4月10日，国务院总理李强应约同巴西总统卢拉通电话。",
      "2025-04-10", url(MFA_ZH, "2025-04-10", 204),
      mx("Brazil", "2025-04-10", "phone_call", True, ("卢拉", "Lula"))),
    M("b3-mfa-wang-yi-gil-phone",
      "王毅同委内瑞拉外长希尔通电话",
      "2026年1月4日，中共中央政治局委员、外交部长王毅应约同委内瑞拉外长希尔通电话。希尔介绍了委方对当前局"
      "势的看法。",
      "2026-01-05", url(MFA_ZH, "2026-01-05", 205),
      mx("Venezuela", "2026-01-04", "phone_call", False, ("希尔", "Gil"))),
    M("b3-mfa-ding-xuexiang-meeting",
      "丁薛祥会见智利外长",
      "2024年4月26日，国务院副总理丁薛祥在北京会见智利外长范克拉韦伦。",
      "2024-04-26", url(MFA_ZH, "2024-04-26", 206),
      mx("Chile", "2024-04-26", "meeting", False, ("范克拉韦伦", "van Klaveren"))),
    M("b3-mfa-signed-article-peru",
      "习近平在秘鲁媒体发表署名文章",
      "2024年11月13日，在对秘鲁进行国事访问前夕，国家主席习近平在秘鲁《秘鲁人报》发表题为《让中秘友谊之船"
      "乘风破浪、扬帆远航》的署名文章。",
      "2024-11-13", url(MFA_ZH, "2024-11-13", 208),
      mx("Peru", "2024-11-13", "message", False)),
]

PROBES += IDCPC_B3 + MFA_B3

# ==== fourth batch: written after reading parts of the code (not blind) =====================================
IDCPC_B4: list[Probe] = [
    I("b4-reply-letter-pcdob",
      "刘海星复信巴西共产党主席",
      "近日，中联部部长刘海星复信巴西共产党主席卢西亚娜·桑托斯，感谢她来信祝贺中华人民共和国成立76周年。",
      "2025-10-20", url(LLDT, "2025-10-20", 401),
      ix("Brazil", None, "message", {PCDOB}, BL, DI)),
    I("b4-provincial-secretary-meets-pcc",
      "省委书记会见古巴共产党代表团",
      "本报讯 11月5日，省委书记在福州会见由古共中央委员率领的古巴共产党代表团一行，介绍了福建经济社会发展"
      "情况。",
      "2025-11-06", url(PAPER_PROV, "2025-11-06", 402),
      ix("Cuba", "2025-11-05", "meeting", {PCC}, BL, DI)),
    I("b4-envoys-field-trip-jiangxi",
      "中联部组织拉美国家驻华使节赴江西参访",
      "4月23日至26日，中联部组织拉美和加勒比国家驻华使节赴江西井冈山、赣州等地参访，了解当地红色文化传承"
      "和乡村振兴成就。",
      "2025-04-27", url(LLDT, "2025-04-27", 403),
      ix("multilateral", "2025-04-23", "field_trip", set(), R, KE)),
    I("b4-minister-meets-chile-ambassador",
      "刘海星会见智利驻华大使",
      "2月18日，中联部部长刘海星在京会见智利驻华大使，双方就中智两党两国关系交换意见。",
      "2025-02-18", url(LLDT, "2025-02-18", 404),
      {"relevant": True, "country": "Chile", "event_date": "2025-02-18", "event_type": "meeting",
       "parties": set(), "content": DI}),
    I("b4-not-embassy-only",
      "驻古巴大使会见古共中央国际关系部部长",
      "3月12日，驻古巴大使在哈瓦那会见古共中央国际关系部部长，双方就落实两党交流计划交换意见。",
      "2025-03-13", url(EMB, "2025-03-13", 405), NO),
    I("b4-trad-governance-seminar",
      "中拉治國理政交流研討會在聖保羅舉行",
      "新華社聖保羅9月18日電 當地時間17日，中拉治國理政交流研討會在聖保羅舉行。來自巴西、阿根廷、智利、烏"
      "拉圭等國的"
      "政黨和智庫代表約120人參加，中聯部副部長率團出席並致辭。",
      "2025-09-18", url(XH_BIG5, "2025-09-18", 406),
      ix("multilateral", "2025-09-17", "seminar", set(), R, KE)),
]

MFA_B4: list[Probe] = [
    M("b4-mfa-local-evening-vs-dateline",
      "习近平会见巴西总统卢拉",
      "新华社里约热内卢11月20日电 当地时间11月19日晚，国家主席习近平在里约热内卢出席二十国集团领导人峰会"
      "期间会见巴西总统卢拉。",
      "2024-11-20", url(XH, "2024-11-20", 410),
      mx("Brazil", "2024-11-19", "meeting_on_sidelines", True, ("卢拉", "Lula"))),
    M("b4-mfa-recently-no-day",
      "王毅同阿根廷外长通电话",
      "日前，中共中央政治局委员、外交部长王毅应约同阿根廷外长通电话，双方就两国关系交换意见。",
      "2025-02-14", url(MFA_ZH, "2025-02-14", 411),
      mx("Argentina", None, "phone_call", False)),
    M("b4-mfa-cctv-yesterday-with-day",
      "李强会见智利总统博里奇",
      "央视网消息：国务院总理李强昨天（10月16日）在人民大会堂会见来华出席第三届“一带一路”国际合作高峰论坛"
      "的智利总统博里奇。",
      "2023-10-17", url(CCTV, "2023-10-17", 412),
      mx("Chile", "2023-10-16", "meeting_on_sidelines", True, ("博里奇", "Boric"))),
    M("b4-mfa-hk-envoy-paz-inauguration",
      "習近平主席特使出席玻利維亞總統帕斯就職儀式",
      "【大公報訊】當地時間11月8日，國家主席習近平特使、國家副主席在拉巴斯出席玻利維亞新任總統羅德里戈·帕"
      "斯的就職儀式。",
      "2025-11-09", url(HK, "2025-11-09", 413),
      mx("Bolivia", "2025-11-08", "other", False)),
    M("b4-mfa-xi-skerrit-talks",
      "习近平同多米尼克总理斯凯里特会谈",
      "2024年4月22日下午，国家主席习近平在人民大会堂同来华进行正式访问的多米尼克总理斯凯里特举行会谈。",
      "2024-04-22", url(MFA_ZH, "2024-04-22", 414),
      mx("Dominica", "2024-04-22", "talks", True, ("斯凯里特", "Skerrit"))),
    M("b4-mfa-wang-yi-in-bogota",
      "王毅会见哥伦比亚外长",
      "当地时间2024年8月10日，中共中央政治局委员、外交部长王毅在波哥大同哥伦比亚外长举行会见。",
      "2024-08-11", url(MFA_ZH, "2024-08-11", 415),
      mx("Colombia", "2024-08-10", "meeting", False)),
    M("b4-mfa-wang-yi-vieira-brics-fm",
      "王毅会见巴西外长维埃拉",
      "当地时间2025年4月28日，外交部长王毅在里约热内卢出席金砖国家外长会晤期间会见巴西外长维埃拉。",
      "2025-04-29", url(MFA_ZH, "2025-04-29", 416),
      mx("Brazil", "2025-04-28", "meeting_on_sidelines", False, ("维埃拉", "Vieira"))),
    M("b4-mfa-joint-statement-colombia",
      "中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
      "应国家主席习近平邀请，哥伦比亚共和国总统古斯塔沃·佩特罗于2023年10月24日至28日对中国进行国事访问。"
      "两国元首一致决定，建立中哥战略伙伴关系。",
      "2023-10-26", url(MFA_ZH, "2023-10-26", 417),
      mx("Colombia", "2023-10-24", "joint_statement", None, (), "establish", "strategic partnership")),
    M("b4-mfa-big5-joint-statement-venezuela",
      "中華人民共和國和委內瑞拉玻利瓦爾共和國關於建立全天候戰略夥伴關係的聯合聲明",
      "應國家主席習近平邀請，委內瑞拉總統馬杜羅於2023年9月8日至14日對中國進行國事訪問。雙方決定將中委關係"
      "提升為全天候戰略夥伴關係。",
      "2023-09-14", url(MFA_BIG5, "2023-09-14", 418),
      mx("Venezuela", "2023-09-08", "joint_statement", None, (), "upgrade", "all-weather strategic partne"
      "rship")),
    M("b4-mfa-joint-statement-peru-deepen",
      "中华人民共和国和秘鲁共和国关于深化全面战略伙伴关系的联合声明",
      "应秘鲁共和国总统博鲁阿尔特邀请，国家主席习近平于2024年11月13日至16日对秘鲁进行国事访问。双方同意深"
      "化中秘全面战略伙伴关系。",
      "2024-11-15", url(MFA_ZH, "2024-11-15", 419),
      mx("Peru", "2024-11-13", "joint_statement", None, (), None, CSP)),
]

MFA_B4 += [
    M("b4-mfa-bilateral-relations-profile",
      "中国同巴西的双边关系",
      "（最近更新时间：2025年6月）\n一、双边政治关系\n1974年8月15日，中国同巴西建交。1993年两国建立战略伙"
      "伴关系，"
      "2012年提升为全面战略伙伴关系。\n2024年11月，国家主席习近平对巴西进行国事访问。\n"
      "2025年5月，巴西总统卢拉来华进行国事访问。\n二、经贸关系\n中国多年来是巴西最大的贸易伙伴。",
      None, "https://www.mfa.gov.cn/web/gjhdq_676201/gj_676203/nmz_680924/1206_680974/sbgx_680978/",
      NO,
      relevant="a 双边关系 profile is no release of one exchange; the codebook's one-page-one-record rule "
               "(generic headline: the first exchange the text reports) could also make it the 1974 "
               "establishment of relations"),
]

PROBES += IDCPC_B4 + MFA_B4

# ==== fifth batch: more traditional-character copies (written after reading code) ==========================
TRAD_B5: list[Probe] = [
    I("b5-trad-training-cuba",
      "古巴共產黨幹部研修班在京開班",
      "新華社北京3月10日電 由中聯部主辦的古巴共產黨幹部研修班10日在京開班，20多名古共幹部將學習中國共產黨"
      "治國理政經驗。",
      "2025-03-10", url(XH_BIG5, "2025-03-10", 501),
      ix("Cuba", "2025-03-10", "training_course", {PCC}, BL, KE)),
    I("b5-trad-briefing-mexico",
      "中共代表團在墨西哥城舉行宣介會",
      "【大公報訊】當地時間11月25日，中聯部副部長錢洪山率中共代表團在墨西哥城舉行二十屆四中全會精神宣介會，"
      "墨西哥國家復興運動黨、勞動黨領導人及各界人士約百人出席。",
      "2025-11-27", url(HK, "2025-11-27", 502),
      ix("Mexico", "2025-11-25", "briefing", {MORENA, PTMX}, BL, KE)),
    I("b5-trad-field-trip-psuv",
      "委內瑞拉統一社會主義黨考察團赴浙江考察",
      "新華社杭州7月15日電 7月12日至15日，委內瑞拉統一社會主義黨幹部考察團在浙江考察，走訪了安吉的村莊和"
      "杭州的數字企業。",
      "2025-07-15", url(XH_BIG5, "2025-07-15", 503),
      ix("Venezuela", "2025-07-12", "field_trip", {PSUV}, BL, KE)),
    I("b5-trad-phone-pt",
      "劉海星同巴西勞工黨主席通電話",
      "【大公報訊】據中聯部網站消息，10月9日，中聯部部長劉海星應約同巴西勞工黨主席通電話，雙方就兩黨交往"
      "交換意見。",
      "2025-10-10", url(HK, "2025-10-10", 504),
      ix("Brazil", "2025-10-09", "phone_call", {PT}, BL, DI)),
    I("b5-trad-condolence-fa",
      "中聯部部長致電弔唁穆希卡逝世",
      "新華社北京5月14日電 中聯部部長劉海星14日致電烏拉圭廣泛陣線主席，對烏拉圭前總統穆希卡逝世表示深切哀"
      "悼。",
      "2025-05-14", url(XH_BIG5, "2025-05-14", 505),
      ix("Uruguay", "2025-05-14", "message", {FA}, BL, DI)),
    I("b5-trad-forum-lac",
      "中國—拉美和加勒比政黨論壇在重慶開幕",
      "【大公報訊】5月26日，中國—拉美和加勒比政黨論壇在重慶開幕，來自拉美和加勒比30個國家的70多個政黨領導"
      "人出席。",
      "2025-05-27", url(HK, "2025-05-27", 506),
      ix("multilateral", "2025-05-26", "forum", set(), R, KE)),
    I("b5-trad-meeting-libre-macao",
      "孫海燕會見宏都拉斯自由與重建黨代表團",
      "新華社北京8月8日電 中聯部副部長孫海燕8日在京會見洪都拉斯自由與重建黨全國委員會成員率領的代表團。",
      "2025-08-09", url(MO, "2025-08-09", 507),
      ix("Honduras", "2025-08-08", "meeting", {LIBRE}, BL, DI)),
    I("b5-trad-not-vietnam",
      "劉海星會見越南共產黨代表團",
      "新華社北京6月4日電 中聯部部長劉海星4日在京會見越共中央對外部代表團。",
      "2025-06-04", url(XH_BIG5, "2025-06-04", 508), NO),
    I("b5-trad-not-south-africa",
      "孫海燕會見南非共產黨代表團",
      "【大公報訊】9月3日，中聯部副部長孫海燕在京會見南非共產黨中央委員率領的代表團。",
      "2025-09-04", url(HK, "2025-09-04", 509), NO),
    I("b5-trad-not-cpc-study",
      "中聯部召開黨組會議",
      "新華社北京1月6日電 中聯部6日召開黨組會議，傳達學習中央政治局民主生活會精神。",
      "2026-01-06", url(XH_BIG5, "2026-01-06", 510), NO),
]

TRAD_B5_MFA: list[Probe] = [
    M("b5-trad-mfa-xi-lula-talks",
      "習近平同巴西總統盧拉會談",
      "新華社北京5月13日電 國家主席習近平13日在人民大會堂同來華進行國事訪問的巴西總統盧拉舉行會談。",
      "2025-05-13", url(XH_BIG5, "2025-05-13", 511),
      mx("Brazil", "2025-05-13", "talks", True, ("盧拉", "卢拉", "Lula"))),
    M("b5-trad-mfa-petro-establish",
      "習近平同哥倫比亞總統佩特羅會談",
      "2023年10月25日，國家主席習近平在人民大會堂同哥倫比亞總統佩特羅舉行會談。兩國元首宣佈將中哥關係提升"
      "為戰略夥伴關係。",
      "2023-10-25", url(MFA_BIG5, "2023-10-25", 512),
      mx("Colombia", "2023-10-25", "talks", True, ("佩特羅", "佩特罗", "Petro"), "establish", "strategic "
      "partnership")),
    M("b5-trad-mfa-milei-phone",
      "習近平同阿根廷總統米萊通電話",
      "【大公報訊】國家主席習近平12月2日晚應約同阿根廷總統米萊通電話。",
      "2025-12-03", url(HK, "2025-12-03", 513),
      mx("Argentina", "2025-12-02", "phone_call", True, ("米萊", "米莱", "Milei"))),
    M("b5-trad-mfa-sheinbaum-message",
      "習近平致電祝賀辛鮑姆當選墨西哥總統",
      "2024年6月4日，國家主席習近平致電克勞迪婭·辛鮑姆，祝賀她當選墨西哥合眾國總統。",
      "2024-06-04", url(MFA_BIG5, "2024-06-04", 514),
      mx("Mexico", "2024-06-04", "message", False, ("辛鮑姆", "辛鲍姆", "Sheinbaum"))),
    M("b5-trad-mfa-spox-orsi",
      "外交部發言人宣佈烏拉圭總統奧爾西將對中國進行國事訪問",
      "應國家主席習近平邀請，烏拉圭東岸共和國總統奧爾西將於2月2日至8日對中國進行國事訪問。",
      "2026-01-28", url(MFA_BIG5, "2026-01-28", 515),
      mx("Uruguay", "2026-02-02", "state_visit", None)),
    M("b5-trad-mfa-wang-yi-gil-meeting",
      "王毅會見委內瑞拉外長希爾",
      "（中央社台北9月26日電）中國外交部公布，外交部長王毅今天在紐約出席聯合國大會期間會見委內瑞拉外長希爾。",
      "2025-09-26", url(TW, "2025-09-26", 516),
      mx("Venezuela", "2025-09-26", "meeting_on_sidelines", False, ("希爾", "希尔", "Gil"))),
    M("b5-trad-mfa-li-qiang-boric",
      "李強會見智利總統博里奇",
      "新華社北京10月16日電 國務院總理李強16日在人民大會堂會見智利總統博里奇。",
      "2023-10-16", url(XH_BIG5, "2023-10-16", 517),
      mx("Chile", "2023-10-16", "meeting", True, ("博里奇", "Boric"))),
    M("b5-trad-mfa-not-germany",
      "習近平會見德國總理",
      "新華社北京4月16日電 國家主席習近平16日在釣魚臺國賓館會見德國總理。",
      "2024-04-16", url(XH_BIG5, "2024-04-16", 518), NO),
    M("b5-trad-mfa-not-spox-venezuela",
      "外交部發言人就委內瑞拉局勢答問",
      "【大公報訊】外交部發言人表示，中方呼籲有關各方保持克制，尊重委內瑞拉主權，通過對話解決分歧。",
      "2026-01-04", url(HK, "2026-01-04", 519), NO),
    M("b5-trad-mfa-not-asean",
      "李強出席東盟與中日韓領導人會議",
      "新華社吉隆坡10月27日電 國務院總理李強27日在吉隆坡出席東盟與中日韓領導人會議。",
      "2025-10-27", url(XH_BIG5, "2025-10-27", 520), NO),
]

PROBES += TRAD_B5 + TRAD_B5_MFA

# ==== sixth batch: more pages a crawl meets that are no LAC exchange (written after reading code) ==========
def _nr(pid: str, title: str, text: str, day: str, page: str, n: int, source: str = "idcpc",
        **doubt: str) -> Probe:
    return Probe(pid, title, text, day, url(page, day, n), NO, source=source, doubtful=doubt)


NOT_B6: list[Probe] = [
    _nr("b6-not-laos-training", "老挝人民革命党干部研修班在京开班",
        "5月12日，中联部举办的老挝人民革命党干部研修班在京开班，30名老挝干部参加。", "2025-05-12", LLDT, 601),
    _nr("b6-not-cambodia-meeting", "刘海星会见柬埔寨人民党代表团",
        "6月2日，中联部部长刘海星在京会见柬埔寨人民党中央常委率领的代表团。", "2025-06-02", LLDT, 602),
    _nr("b6-not-ethiopia-field-trip", "埃塞俄比亚繁荣党干部考察团赴贵州考察",
        "9月1日至6日，埃塞俄比亚繁荣党干部考察团赴贵州考察大数据产业和乡村振兴。", "2025-09-07", LLDT, 603),
    _nr("b6-not-serbia-video", "孙海燕同塞尔维亚前进党领导人视频会晤",
        "3月11日，中联部副部长孙海燕同塞尔维亚前进党副主席举行视频会晤。", "2025-03-11", LLDT, 604),
    _nr("b6-not-pakistan-briefing", "中共代表团在伊斯兰堡举行宣介会",
        "当地时间12月2日，中共代表团在伊斯兰堡举行二十届四中全会精神宣介会，巴基斯坦多个政党领导人出席。",
        "2025-12-03", LLDT, 605),
    _nr("b6-not-sco-parties-forum", "上海合作组织国家政党论坛在青岛举行",
        "6月18日，上海合作组织国家政党论坛在青岛开幕，来自上合组织成员国、观察员国和对话伙伴国的政党领导"
        "人出席。",
        "2025-06-19", LLDT, 606),
    _nr("b6-not-africa-seminar", "中非治国理政研讨会在坦桑尼亚举行",
        "当地时间7月9日，中非治国理政交流研讨会在达累斯萨拉姆举行，来自20多个非洲国家的政党代表参加。",
        "2025-07-10", LLDT, 607),
    _nr("b6-not-cpc-anniversary-reception", "中联部举行纪念建党104周年座谈会",
        "6月30日，中联部召开座谈会纪念中国共产党成立104周年，部机关干部参加。", "2025-06-30", LLDT, 608),
    _nr("b6-not-mongolia-message", "中共中央致电祝贺蒙古人民党成立104周年",
        "3月1日，中共中央致电蒙古人民党，祝贺该党成立104周年。", "2025-03-01", LLDT, 609),
    _nr("b6-not-us-think-tank-panama", "马辉会见美国前政要代表团",
        "4月8日，中联部副部长马辉在京会见美国前政要代表团，双方谈及巴拿马运河和拉美地区局势。",
        "2025-04-08", LLDT, 610),
    _nr("b6-not-spain-psoe-latam", "钱洪山会见西班牙人民党代表团",
        "10月14日，中联部副部长钱洪山在京会见西班牙人民党国际书记，双方就中欧关系及伊比利亚美洲事务交换意"
        "见。",
        "2025-10-14", LLDT, 611),
    _nr("b6-not-portugal-brazil-mention", "刘海星会见葡萄牙社会党代表团",
        "11月11日，中联部部长刘海星在京会见葡萄牙社会党总书记，客人介绍了葡萄牙同巴西等葡语国家的关系。",
        "2025-11-11", LLDT, 612),
    _nr("b6-not-trad-kazakh", "劉海星會見哈薩克斯坦阿瑪納特黨代表團",
        "新華社北京4月3日電 中聯部部長劉海星3日在京會見哈薩克斯坦阿瑪納特黨代表團。",
        "2025-04-03", XH_BIG5, 613),
    _nr("b6-not-trad-thailand", "孫海燕會見泰國為泰黨代表團",
        "【大公報訊】8月19日，中聯部副部長孫海燕在京會見泰國為泰黨代表團。", "2025-08-20", HK, 614),
    _nr("b6-not-trad-cpc-plenum", "中共二十屆四中全會在京舉行",
        "新華社北京10月23日電 中國共產黨第二十屆中央委員會第四次全體會議於10月20日至23日在北京舉行。",
        "2025-10-23",
        XH_BIG5, 615),
    _nr("b6-not-mfa-xi-putin", "习近平同俄罗斯总统普京会谈",
        "2025年5月8日，国家主席习近平在莫斯科克里姆林宫同俄罗斯总统普京举行会谈。",
        "2025-05-08", MFA_ZH, 616, "mfa"),
    _nr("b6-not-mfa-li-qiang-australia", "李强同澳大利亚总理阿尔巴尼斯会谈",
        "2025年7月15日，国务院总理李强在人民大会堂同澳大利亚总理阿尔巴尼斯举行会谈。",
        "2025-07-15", MFA_ZH, 617, "mfa"),
    _nr("b6-not-mfa-wang-yi-iran-phone", "王毅同伊朗外长通电话",
        "2025年6月13日，外交部长王毅应约同伊朗外长阿拉格齐通电话。", "2025-06-13", MFA_ZH, 618, "mfa"),
    _nr("b6-not-mfa-spox-guatemala-taiwan", "外交部发言人就危地马拉与台湾地区互动答记者问",
        "问：危地马拉总统阿雷瓦洛近日会见台湾地区领导人，中方有何评论？答：我们敦促有关国家认清历史大势。",
        "2025-01-16", MFA_SPOX, 619, "mfa"),
    _nr("b6-not-mfa-g20-speech", "习近平在二十国集团领导人峰会第一阶段会议上的讲话",
        "尊敬的各位同事：很高兴同大家相聚。当前，世界经济增长动能不足，我们要共同推动全球发展。",
        "2024-11-19",
        MFA_ZH, 620, "mfa",
        relevant="the project codes a summit of a worldwide platform with LAC members (G20, BRICS) on a "
                 "foreign-ministry page as a multilateral LAC exchange of type other; a page naming no LAC "
                 "actor is no exchange with LAC by the codebook's relevance"),
    _nr("b6-not-mfa-ambassador-cuba", "驻古巴大使出席古巴国庆招待会",
        "2025年1月3日，驻古巴大使出席古巴外交部举办的招待会。", "2025-01-04", EMB, 621, "mfa"),
    _nr("b6-not-mfa-xi-us-phone-venezuela", "习近平同美国总统特朗普通电话",
        "2025年11月24日晚，国家主席习近平应约同美国总统特朗普通电话，双方谈及经贸问题。", "2025-11-24",
        MFA_ZH, 622, "mfa"),
    _nr("b6-not-mfa-china-africa", "习近平出席中非合作论坛北京峰会开幕式",
        "2024年9月5日，中非合作论坛北京峰会在人民大会堂开幕，国家主席习近平发表主旨讲话。", "2024-09-05",
        MFA_ZH, 623, "mfa"),
    _nr("b6-not-mfa-trad-japan", "王毅同日本外相通電話",
        "【大公報訊】王毅12月1日應約同日本外相通電話，雙方就中日關係交換意見。",
        "2025-12-02", HK, 624, "mfa"),
    _nr("b6-not-mfa-trad-cna-eu", "中歐峰會在北京舉行",
        "（中央社台北7月24日電）第25次中國—歐盟領導人會晤今天在北京舉行，習近平會見歐洲理事會主席與歐盟執"
        "委會主席。",
        "2025-07-24", TW, 625, "mfa"),
    _nr("b6-not-mfa-trad-macao-korea", "習近平同韓國總統會談",
        "新華社慶州11月1日電 國家主席習近平1日在慶州同韓國總統李在明舉行會談。",
        "2025-11-02", MO, 626, "mfa"),
]

PROBES += NOT_B6

# fields known to fail after this campaign's fixes, with the reason (filled after the first run)
OPEN: dict[tuple[str, str], str] = {
}


def matches(record, name: str, expected) -> bool:
    if name == "counterpart":  # any of the spellings the page gives, inside the coded counterpart
        return any(key in (record.counterpart or "") for key in expected)
    return value_of(record, name) == expected


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_fresh_chinese_page_field(probe: Probe, name: str, expected):
    """Codebook: relevance, country, the exchange's first day, its format, the parties and scope, the
    content; on foreign-ministry pages the head-of-state level, counterpart and partnership action."""
    record = record_of(probe)
    assert matches(record, name, expected), (name, value_of(record, name))


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)


# ---- the rules this campaign added, with their negatives ---------------------------------------------------

@pytest.mark.parametrize(("title", "text", "relevant"), [
    # the region qualifying a Chinese institute or a situation is the topic of the CPC's own meeting
    ("中联部举行拉美形势座谈会",
     "6月3日，中联部举行座谈会，来自中国社会科学院拉丁美洲研究所和高校的学者分析了拉美政治形势。", False),
    ("中联部举行研讨会", "6月3日，中联部举行研讨会，与会专家围绕拉美地区形势和中拉关系前景进行研讨。", False),
    # the region's parties and countries as the participants stay the exchange's actors
    ("中联部举行宣介会",
     "6月3日，中联部以视频方式向拉美国家政党举行宣介会，来自拉美地区政党的代表参加。", True),
    ("中联部举办研修班", "6月3日，中联部举办的研修班开班，学员来自拉美和加勒比地区国家的政党。", True),
])
def test_the_region_as_a_qualifier_of_a_topic_is_no_actor(title, text, relevant):
    """Codebook, relevant: an exchange with LAC actors; 拉美形势, 拉美地区形势, 拉丁美洲研究所 name what a
    Chinese meeting is about or a Chinese institute (``TOPIC_NOUN_AFTER_ZH`` after the region itself)."""
    record = idcpc(text, title=title, lang="zh", published="2025-06-03",
                   url=url(LLDT, "2025-06-03", 300))
    assert record.relevant is relevant


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("刘海星在墨西哥国家复兴运动党代表大会上致辞",
     "6月21日，中联部部长刘海星以视频方式在墨西哥国家复兴运动党全国代表大会上致辞。", "other"),
    ("中联部负责人向古巴共产党代表大会发表视频讲话",
     "4月16日，中联部负责人向古巴共产党第九次代表大会发表视频讲话，祝贺大会开幕。", "other"),
    # a letter or a message to a congress stays a message (no speech at it)
    ("中共中央致电祝贺古巴共产党第九次代表大会召开",
     "4月16日，中共中央致电古巴共产党中央委员会，祝贺古共第九次代表大会召开。", "message"),
])
def test_a_speech_to_a_lac_partys_congress_is_that_event(title, text, expected):
    """Module rule 5 (event_type): a LAC party's congress the CPC side addresses, by video too, is that
    event, type other; as the English cue reads "address to the congress", the Chinese now reads
    在…代表大会上致辞 and 向…代表大会发表讲话 (cue ``attend_event``)."""
    record = idcpc(text, title=title, lang="zh", published="2026-06-22", url=url(LLDT, "2026-06-22", 301))
    assert record.relevant and record.event_type == expected


def test_the_peoples_congress_is_no_party_congress():
    """全国人民代表大会 holds 代表大会: a speech there is no LAC party's congress."""
    record = idcpc("3月8日，刘海星会见古巴共产党代表团，双方谈及习近平在全国人民代表大会上的讲话。",
                   title="刘海星会见古巴共产党代表团", lang="zh", published="2025-03-08",
                   url=url(LLDT, "2025-03-08", 302))
    assert record.event_type == "meeting"


# ---- checks written after the code was read: the day of a Chinese lead, the level of two principals --------

@pytest.mark.parametrize(("text", "expected"), [
    ("新华社北京5月9日电 中联部部长刘海星8日晚在京会见古巴共产党代表团。", "2025-05-08"),
    ("新华社北京5月9日电 中联部部长刘海星当天在京会见古巴共产党代表团。", "2025-05-09"),
    ("新华社北京5月9日电 中联部部长刘海星昨日在京会见古巴共产党代表团。", "2025-05-08"),
    ("5月6日，古巴共产党代表团抵达北京。次日，中联部部长刘海星会见代表团。", "2025-05-07"),
    ("新华社北京5月9日电 中联部部长刘海星周二在京会见古巴共产党代表团。", "2025-05-06"),
    ("本报北京5月9日讯 中联部部长刘海星今天在京会见古巴共产党代表团。", "2025-05-09"),
    ("新华社北京5月9日电 中联部部长刘海星于本月初在京会见古巴共产党代表团。", None),
    ("五月七日，中联部部长刘海星在京会见古巴共产党代表团。", "2025-05-07"),
    ("中联部部长刘海星于5月7日至8日在京会见古巴共产党代表团并举行会谈。", "2025-05-07"),
])
def test_the_day_of_a_chinese_lead(text, expected):
    """Codebook, event_date: a stated day, the dateline's for 当天/今天, counted back for 昨日/周二, the
    day after a stated one for 次日; 本月初 gives no day."""
    record = idcpc(text, title="刘海星会见古巴共产党代表团", lang="zh", published="2025-05-09",
                   url=url(LLDT, "2025-05-09", 500))
    assert record.event_date == expected


@pytest.mark.parametrize(("title", "text", "hos", "event_type"), [
    ("李强会见古巴总理马雷罗", "2025年5月9日，国务院总理李强在人民大会堂会见古巴总理马雷罗。",
     True, "meeting"),
    ("习近平会见古巴国家副主席巴尔德斯",
     "2025年5月9日，国家主席习近平在人民大会堂会见古巴国家副主席巴尔德斯。",
     False, "meeting"),
    ("韩正会见洪都拉斯总统卡斯特罗", "2025年5月9日，国家副主席韩正在北京会见洪都拉斯总统卡斯特罗。",
     False, "meeting"),
    ("赵乐际同乌拉圭副总统会谈",
     "2025年5月9日，全国人大常委会委员长赵乐际在北京同乌拉圭副总统、参议长科西举行会谈。", False, "talks"),
    ("李强同巴巴多斯总理莫特利互致贺电",
     "2025年5月9日，国务院总理李强同巴巴多斯总理莫特利互致贺电，庆祝两国建交。", True, "message"),
])
def test_the_level_of_two_principals(title, text, hos, event_type):
    """Codebook, head_of_state_level: both principals heads of state or government in office (a
    premier and a prime minister are; a vice president or a legislature's head is not)."""
    record = mfa(text, title=title, lang="zh", published="2025-05-09", url=url(MFA_ZH, "2025-05-09", 500))
    assert record.relevant and record.head_of_state_level is hos and record.event_type == event_type
