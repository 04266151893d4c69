"""Campaign 9I: IDCPC-type pages (and their copies) whose layout hides the exchange from a reader
that looks only at the headline and the first sentence: a run-on Chinese paragraph that opens with
background, a photo caption, an editor's note, a byline, a 【】 credit, a date marker, a key-points
box or a quote before the lead; a LAC party named only in the headline ("the delegation", "the
guests"); very short pages; headlines that name only the occasion; interviews; message lists where
the LAC item comes late; the LAC side named after one full mention only by an office ("the
Nicaraguan side", 尼方, 古方, 委方). Negatives of the same layouts have LAC only as a topic.

Self-written releases in the sites' style; party, country and official names are facts.
Each probe is checked field by field (relevant, country, event_type, parties, mechanism); a field
given as None is not checked.

First (blind) run of PROBES, 109 pages, 452 field checks: relevant 106/109, country 85/90, event_type
85/90, parties 78/81, mechanism 76/82. Fixed by rules: a background opening's region (A6, C2) and the
speaker after "So said" (H1). M2 first had "……" placeholders for the senders' words (no sentence ends),
now written out. Doubtful and marked: D1, D4, K4, K7, L3, X6 (see their reasons). The second batch
below was written after reading the code.
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties
from probe_harness import Probe, cases, record_of

EN = "https://www.idcpc.org.cn/english/news/{ym}/t{d}_1.html"
ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{d}_1.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{dd}/c_1.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{dd}/c_1.htm"
PAPER_ZH = "http://paper.people-daily.cn/rmrb/html/{y}-{m}/{dd}/nw.D110000renmrb_1.htm"
HK_TW = "https://news.hk-paper.com.hk/article/{y}{m}{dd}/1.html"
EMBASSY = "http://cu.china-embassy.org/chn/zgyw/t{d}.htm"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
FSLN = "Sandinista National Liberation Front"
PT = "Workers' Party (Brazil)"
BI_L = ["bilateral", "leftist"]
BI = ["bilateral"]


def P(pid, lang, title, text, published, site, relevant, country=None, event_type=None, party=None,
      mechanism=None, doubt=None):  # noqa: N802, PLR0913
    """A probe on ``site``'s address for its day; it checks relevance and, on a relevant page, the
    other fields it gives."""
    y, m, dd = published.split("-")
    page = site.format(ym=y + m, d=y + m + dd, y=y, m=m, dd=dd)
    given = {"relevant": relevant, "country": country, "event_type": event_type,
             "parties": set(party) if party is not None else None, "mechanism": mechanism}
    expect = {name: want for name, want in given.items()
              if name == "relevant" or (relevant and want is not None)}
    return Probe(pid, title, text, published, page, expect, lang, doubtful=doubt or {})


PROBES: list[Probe] = [
    # ---- A: run-on Chinese paragraph, background first, LAC actor in sentence 2-3 --------------
    P("A1", "zh", "宋涛会见外宾",
      "今年以来，中国共产党同古巴共产党保持密切交往，两党高层互动频繁。5月9日，中联部部长宋涛在京会见古共中央"
      "委员、"
      "中央国际关系部部长巴拉格尔率领的古巴共产党代表团。宋涛表示，中方愿同古方一道，深化治党理政经验交流。巴"
      "拉格尔表示，"
      "古方高度重视发展两党关系。", "2019-05-10", ZH, True, "Cuba", "meeting", [PCC], BI_L),
    P("A2", "zh", "陈洲会见外宾",
      "当前，世界百年变局加速演进，发展中国家团结合作的重要性日益凸显。中国共产党始终重视同拉美政党的友好交往"
      "。"
      "6月3日，中联部副部长陈洲在京会见尼加拉瓜桑地诺民族解放阵线代表团，双方就加强党际交流交换了意见。",
      "2023-06-04", ZH, True, "Nicaragua", "meeting", [FSLN], BI_L),
    P("A3", "zh", "外国政党干部考察团访问福建",
      "福建是改革开放的前沿阵地。近年来，福建省积极服务党的对外工作大局，接待了多批外国政党代表团。8月20日至"
      "24日，"
      "应中联部邀请，委内瑞拉统一社会主义党干部考察团访问福建，考察了福州、厦门等地的乡村振兴和数字经济发展情"
      "况。",
      "2019-08-26", ZH, True, "Venezuela", "field_trip", [PSUV], BI_L),
    P("A4", "zh", "中联部举办专题研修班",
      "为落实两党领导人达成的重要共识，进一步加强治国理政经验交流，中联部近期举办了多期专题研修班。9月10日，"
      "古巴共产党干部专题研修班在京开班，中联部副部长郭业洲出席开班式并致辞。来自古共中央和地方的30名干部参加"
      "研修。",
      "2019-09-11", ZH, True, "Cuba", "training_course", [PCC], BI_L),
    P("A5", "zh", "中共代表团出访",
      "推动构建人类命运共同体是新时代中国外交的重要使命，政党交往是其中的重要组成部分。应巴西劳工党邀请，"
      "中共中央政治局委员、中宣部部长黄坤明率中共代表团于11月18日至21日访问巴西。访问期间，代表团会见了劳工党"
      "主席霍夫曼，"
      "并同巴方就两党关系深入交换意见。",
      "2019-11-22", ZH, True, "Brazil", "delegation_visit_abroad", [PT], BI_L),
    P("A6", "zh", "宋濤會見外賓",
      "中國共產黨同拉美和加勒比地區政黨的交往日益密切，合作領域不斷拓展。5月9日，中聯部部長宋濤在京會見烏拉圭"
      "廣泛陣線"
      "主席哈維爾·米蘭達率領的代表團。雙方就深化兩黨關係交換了意見。",
      "2019-05-10", HK_TW, True, "Uruguay", "meeting", ["Broad Front"], BI_L),
    P("A7", "zh", "中墨政黨交流再添新篇",
      "近年來，中墨兩國關係持續發展，各領域交流合作不斷深化。墨西哥國家復興運動黨是墨西哥執政黨。6月12日，"
      "中聯部副部長陳洲在京會見墨西哥國家復興運動黨全國主席德爾加多一行，雙方就加強兩黨交往交換意見。",
      "2023-06-13", HK_TW, True, "Mexico", "meeting", ["National Regeneration Movement"], BI_L),
    P("A8", "zh", "刘建超同外国政党领导人视频交流",
      "新冠肺炎疫情发生以来，中国共产党同世界各国政党保持密切沟通，共同应对全球性挑战。3月20日，中联部部长刘"
      "建超同"
      "智利共产党主席卡拉马罗通过视频通话，双方就两党合作交换意见。",
      "2022-03-21", ZH, True, "Chile", "video_call",
      ["Communist Party of Chile"], BI_L),
    P("A9", "zh", "中联部举办拉美政党宣介会",
      "党的二十大胜利召开以来，中联部面向世界各国政党开展了一系列宣介活动。11月15日，中联部副部长陈洲以视频方"
      "式向"
      "阿根廷、巴西、智利、哥伦比亚等拉美国家政党领导人宣介党的二十大精神，各方积极评价中国式现代化。",
      "2022-11-16", ZH, True, "multilateral", "briefing", None, None),
    P("A10", "zh", "两党交往谱新篇",
      "多米尼克同中国建交以来，两国关系健康稳定发展，各领域合作成果丰硕。多米尼克工党是该国执政党。7月5日，"
      "中联部副部长钱洪山在京会见多米尼克工党主席率领的代表团，双方就加强治国理政经验交流交换了意见。",
      "2018-07-06", ZH, True, "Dominica", "meeting", ["Dominica Labour Party"], BI),
    P("A11", "zh", "秘鲁政党干部考察团在陕西考察",
      "陕西是中华文明的重要发祥地，近年来经济社会发展取得显著成就。10月8日至12日，秘鲁共产党（红色祖国）干部"
      "考察团"
      "应中联部邀请在陕西考察，先后参观了西安高新区和延安革命纪念馆。",
      "2019-10-14", ZH, True, "Peru", "field_trip", ["Communist Party of Peru – Red Fatherland"], BI_L),
    P("A12", "zh", "中外政党交流活动综述",
      "今年是中国共产党成立100周年。一年来，中联部克服疫情影响，积极开展对外交往。6月28日，中联部部长宋涛同"
      "委内瑞拉统一社会主义党第一副主席卡韦略举行视频会谈，委方表示热烈祝贺中共百年华诞。",
      "2021-06-29", ZH, True, "Venezuela", "video_call", [PSUV], BI_L),
    # ---- B: photo caption before the lead -------------------------------------------------------
    P("B1", "en", "Song Tao Meets with Delegation",
      "Photo: Song Tao (right) shakes hands with the guest.\nBeijing, May 9th (IDCPC)--Song Tao, head of the "
      "IDCPC, met "
      "with a delegation of the People's National Movement (PNM) of Trinidad and Tobago led by General "
      "Secretary Foster "
      "Cummings here today. The two sides exchanged views on party-to-party relations.",
      "2019-05-10", EN, True, "Trinidad and Tobago", "meeting", ["People's National Movement"], BI),
    P("B2", "en", "Training Course for Foreign Party Cadres Opens in Beijing",
      "(Photo: IDCPC) Guo Yezhou speaks at the opening ceremony.\nBeijing, September 10th (IDCPC)--A "
      "training course "
      "for cadres of the Communist Party of Cuba opened in Beijing today. Guo Yezhou, Vice Minister of the "
      "IDCPC, "
      "attended and addressed the opening ceremony.",
      "2019-09-11", EN, True, "Cuba", "training_course", [PCC], BI_L),
    P("B3", "zh", "宋涛会见外宾",
      "图为会见现场。\n5月9日，中联部部长宋涛在京会见牙买加人民民族党总书记朱利安·罗宾逊率领的代表团。双方就"
      "两党关系交换意见。",
      "2019-05-10", ZH, True, "Jamaica", "meeting", ["People's National Party"], BI_L),
    P("B4", "zh", "郭业洲会见外宾",
      "（中联部供图）\n6月2日，中联部副部长郭业洲在京会见巴拿马民主革命党总书记率领的代表团，双方就加强两党交"
      "往交换意见。",
      "2018-06-03", ZH, True, "Panama", "meeting", ["Democratic Revolutionary Party"], BI),
    P("B5", "en", "Chinese official meets party delegation",
      " date 2023-11-30\nAgency News English | Menu | Search\nLiu Jianchao (R), head of the International "
      "Department "
      "of the CPC Central Committee, shakes hands with a guest in Beijing, Nov. 29, 2023. (Agency "
      "photo)\nBEIJING, "
      "Nov. 29 -- Liu Jianchao met here on Wednesday with a delegation of the Farabundo Marti National "
      "Liberation "
      "Front (FMLN) of El Salvador. The two sides exchanged views on party ties.",
      "2023-11-30",
      AGENCY_EN, True, "El Salvador", "meeting", ["Farabundo Martí National Liberation Front"], BI_L),
    P("B6", "en", "Song Tao Meets with Guests",
      "Photo: Song Tao and the guests pose for a group photo.\nBeijing, April 2nd (IDCPC)--Song Tao, head of "
      "the IDCPC, "
      "met with a delegation of the Colombian Communist Party led by its General Secretary Jaime Caycedo. "
      "Song briefed "
      "the guests on China's development.", "2019-04-03", EN, True, "Colombia", "meeting",
      ["Colombian Communist Party"], BI_L),
    P("B7", "zh", "中共代表团访问古巴",
      "图为代表团在哈瓦那参观。\n应古巴共产党中央委员会邀请，中共中央政治局委员、中央书记处书记蔡奇率中共代表"
      "团于11月5日至8日"
      "访问古巴，会见古共中央第一书记迪亚斯-卡内尔。",
      "2023-11-09", ZH, True, "Cuba", "delegation_visit_abroad", [PCC], BI_L),
    # ---- C: editor's note ------------------------------------------------------------------------
    P("C1", "en", "Song Tao Meets with Cuban Guests",
      "Editor's note: This year marks the 60th anniversary of diplomatic relations between China and Cuba. "
      "The IDCPC "
      "website runs a series on exchanges between the two parties.\nBeijing, September 24th (IDCPC)--Song "
      "Tao, head of "
      "the IDCPC, met with a delegation of the Communist Party of Cuba led by José Ramón Balaguer.",
      "2020-09-25", EN, True, "Cuba", "meeting", [PCC], BI_L),
    P("C2", "zh", "郭业洲会见外宾",
      "编者按：2019年是中国共产党同拉美政党交往的重要一年。本网推出系列报道，敬请关注。\n3月12日，中联部副部"
      "长郭业洲在京会见"
      "萨尔瓦多法拉本多·马蒂民族解放阵线代表团，双方就加强两党交流交换意见。",
      "2019-03-13", ZH, True, "El Salvador", "meeting", ["Farabundo Martí National Liberation Front"], BI_L),
    P("C3", "zh", "中联部致电祝贺",
      "【编者按】古巴共产党第八次全国代表大会日前在哈瓦那闭幕。\n4月19日，中联部致电古巴共产党中央委员会，祝"
      "贺古共八大胜利闭幕。",
      "2021-04-20", ZH, True, "Cuba", "message", [PCC], BI_L),
    P("C4", "en", "Seminar on Party Building Held Online",
      "Editor's note: The following is a report from the IDCPC's series on exchanges of governance "
      "experience.\n"
      "Beijing, July 8th (IDCPC)--A theory seminar between the CPC and the Workers' Party of Brazil was held "
      "online "
      "today. Guo Yezhou, Vice Minister of the IDCPC, and Gleisi Hoffmann, President of the Workers' Party, "
      "spoke.",
      "2021-07-09", EN, True, "Brazil", "seminar", [PT], BI_L),
    # ---- D: byline -------------------------------------------------------------------------------
    P("D1", "en", "Chilean communists visit China",
      "By Zhang Wei, People's Daily\nSource: People's Daily Online | Updated: 2019-05-10\nBEIJING, May 9 -- "
      "Song Tao, "
      "head of the IDCPC, met with a delegation of the Communist Party of Chile led by its president "
      "Guillermo Teillier "
      "in Beijing on Thursday.",
      "2019-05-10", AGENCY_EN, True, "Chile", "meeting", ["Communist Party of Chile"], BI_L,
      doubt={"event_type": "a headline of a visit to China over a lead of one meeting: the visit or the "
                           "meeting"}),
    P("D2", "zh", "钱洪山会见外宾",
      "来源：中联部网站　作者：本网记者\n5月9日，中联部副部长钱洪山在京会见乌拉圭共产党总书记胡安·卡斯蒂略一"
      "行。",
      "2019-05-10", ZH, True, "Uruguay", "meeting", ["Communist Party of Uruguay"], BI_L),
    P("D3", "en", "Guo Yezhou Meets with Guests",
      "Author: IDCPC | Source: IDCPC | 2019-05-10 | Print | Close\nBeijing, May 9th (IDCPC)--Guo Yezhou, "
      "Vice Minister "
      "of the IDCPC, met with a delegation of the Movement for Socialism (MAS) of Bolivia here today.",
      "2019-05-10", EN, True, "Bolivia", "meeting", ["Movement for Socialism (Bolivia)"], BI_L),
    P("D4", "zh", "中拉政党交流",
      "本报记者　王明\n本报北京5月9日电　中联部部长宋涛9日在京会见厄瓜多尔公民革命运动代表团，双方就两党关系"
      "交换意见。",
      "2019-05-10", PAPER_ZH, True, "Ecuador", "meeting", ["Citizen Revolution Movement"], BI_L,
      doubt={"country": "a newspaper headline naming China-LAC party exchanges over one party's meeting",
             "mechanism": "follows the country"}),
    P("D5", "en", "Party Delegation Wraps up China Visit",
      "Writer: Li Ming | Editor: Chen Jie\nBEIJING, Oct. 18 -- A delegation of the Progressive Liberal Party "
      "(PLP) of the "
      "Bahamas concluded its visit to China on Friday. At the invitation of the IDCPC, the delegation "
      "visited Beijing and "
      "Zhejiang from October 12 to 18.", "2019-10-19", AGENCY_EN, True, "Bahamas", "delegation_received",
      ["Progressive Liberal Party"], BI),
    # ---- E: 【】 credit ----------------------------------------------------------------------------
    P("E1", "zh", "宋涛会见外宾",
      "【新华社北京5月9日电】（记者 李明）中共中央对外联络部部长宋涛9日在京会见巴西共产党主席卢西亚娜·桑托斯"
      "。",
      "2019-05-10", AGENCY_ZH, True, "Brazil", "meeting", ["Communist Party of Brazil"], BI_L),
    P("E2", "zh", "中联部举办宣介会",
      "【人民网报道】11月3日，中联部在京举办中共十九届五中全会精神专题宣介会，向古巴驻华使节和古巴共产党代表"
      "宣介全会精神。",
      "2020-11-04", AGENCY_ZH, True, "Cuba", "briefing", None, None),
    P("E3", "zh", "陈洲会见客人",
      "【光明网讯】6月20日，中联部副部长陈洲在京会见洪都拉斯自由与重建党总协调员率领的代表团。",
      "2023-06-21", AGENCY_ZH, True, "Honduras", "meeting", ["Liberty and Refoundation"], BI_L),
    P("E4", "zh", "中共代表團訪問智利",
      "【大公報訊】應智利社會黨邀請，中聯部副部長郭業洲率中共代表團於4月2日至5日訪問智利。",
      "2019-04-06", HK_TW, True, "Chile", "delegation_visit_abroad", ["Socialist Party of Chile"], BI_L),
    P("E5", "zh", "刘建超会见客人",
      "【环球网报道 记者 张红】中联部部长刘建超8日在京会见委内瑞拉统一社会主义党第一副主席卡韦略一行。",
      "2023-03-09", AGENCY_ZH, True, "Venezuela", "meeting", [PSUV], BI_L),
    # ---- F: date marker and menus of an agency copy ----------------------------------------------
    P("F1", "en", "Senior CPC official meets party delegation",
      " date 2019-05-10\nAgency News English | Home | China | World\nEditor: Liu Jie\nBEIJING, May 9 -- Song "
      "Tao, head "
      "of the IDCPC, met with a delegation of the Sandinista National Liberation Front of Nicaragua here on "
      "Thursday.",
      "2019-05-10", AGENCY_EN, True, "Nicaragua", "meeting", [FSLN], BI_L),
    P("F2", "zh", "中联部负责人会见外宾",
      " date 2019-05-10\n新闻中心 | 时政 | 国际\n责任编辑：刘洁\n新华社北京5月9日电 中联部副部长郭业洲9日在京"
      "会见苏里南民族民主党代表团。",
      "2019-05-10", AGENCY_ZH, True, "Suriname", "meeting", ["National Democratic Party (Suriname)"], BI),
    P("F3", "en", "CPC delegation concludes visit",
      " date 2018-06-20\nAgency News English | Menu\nHAVANA, June 19 -- A delegation of the Communist Party "
      "of China "
      "(CPC) led by Guo Yezhou, Vice Minister of the IDCPC, visited Cuba from June 15 to 19 at the "
      "invitation of the "
      "Communist Party of Cuba.",
      "2018-06-20", AGENCY_EN, True, "Cuba", "delegation_visit_abroad", [PCC], BI_L),
    P("F4", "en", "Course for party cadres opens",
      " date 2019-09-11\nAgency News English | Menu | Search\nBEIJING, Sept. 10 -- A training course for "
      "cadres of the "
      "Workers' Party of Brazil opened on Tuesday in Beijing, hosted by the IDCPC.",
      "2019-09-11", AGENCY_EN, True, "Brazil", "training_course", [PT], BI_L),
    # ---- G: key-points box -----------------------------------------------------------------------
    P("G1", "en", "Song Tao Meets with Guests",
      "Key points:\n- The two parties agreed to deepen exchanges of governance experience.\n- Both sides "
      "support "
      "multilateralism.\nBeijing, May 9th (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the "
      "Communist Party of Venezuela led by its General Secretary Oscar Figuera.",
      "2019-05-10", EN, True, "Venezuela", "meeting", ["Communist Party of Venezuela"], BI_L),
    P("G2", "zh", "郭业洲会见外宾",
      "核心提示：两党同意加强治国理政经验交流。\n5月9日，中联部副部长郭业洲在京会见格林纳达新民族党代表团。",
      "2019-05-10", ZH, True, "Grenada", "meeting", ["New National Party (Grenada)"], BI),
    P("G3", "zh", "宋涛会见外宾",
      "要点速览：\n·双方同意深化党际交流\n·中方赞赏古方坚定支持\n5月9日，中联部部长宋涛在京会见古巴共产党中央"
      "政治局委员莫拉莱斯。",
      "2019-05-10", ZH, True, "Cuba", "meeting", [PCC], BI_L),
    P("G4", "en", "Highlights: A Dialogue Between Parties",
      "Highlights\n* Governance experience shared\n* 20 participants\nBeijing, July 8th (IDCPC)--The "
      "China-Brazil "
      "Party Dialogue was held in Beijing today. Guo Yezhou, Vice Minister of the IDCPC, and leaders of the "
      "Workers' "
      "Party of Brazil took part.", "2019-07-09", EN, True, "Brazil", "dialogue", [PT], BI_L),
    # ---- H: quote before the lead ----------------------------------------------------------------
    P("H1", "en", "\"China Is a Reliable Friend\"",
      "\"China is a reliable friend of the Latin American left.\" So said Diosdado Cabello, First Vice "
      "President of "
      "the United Socialist Party of Venezuela, when he met with Song Tao, head of the IDCPC, in Beijing on "
      "May 9.",
      "2019-05-10", EN, True, "Venezuela", "meeting", [PSUV], BI_L),
    P("H2", "zh", "“中国共产党的经验值得学习”",
      "“中国共产党的成功经验值得我们认真学习。”5月9日，在同中联部部长宋涛会见时，尼加拉瓜桑地诺民族解放阵线代"
      "表团团长这样表示。",
      "2019-05-10", ZH, True, "Nicaragua", "meeting", [FSLN], BI_L),
    P("H3", "zh", "“两党友谊历久弥新”",
      "“两党友谊历久弥新。”中联部副部长陈洲这样说。6月5日，陈洲在京会见古巴共产党中央国际关系部副部长一行。",
      "2023-06-06", ZH, True, "Cuba", "meeting", [PCC], BI_L),
    P("H4", "en", "\"We Came to Learn\"",
      "\"We came to learn how China lifted so many people out of poverty,\" a member of the delegation said. "
      "A delegation "
      "of the People's Progressive Party/Civic of Guyana visited Guizhou from August 5 to 9 at the "
      "invitation of the "
      "IDCPC, touring villages and companies.", "2019-08-10", EN, True, "Guyana", "field_trip",
      ["People's Progressive Party/Civic"], BI_L),
    # ---- I: the LAC party only in the headline; the body says "the delegation" / "the guests" ----
    P("I1", "en", "Song Tao Meets with Delegation of Communist Party of Brazil",
      "Beijing, May 9th (IDCPC)--Song Tao, head of the IDCPC, met with the delegation led by Luciana Santos, "
      "President "
      "of the party, here today. The two sides exchanged views on party-to-party relations. The guests said "
      "they "
      "admired China's achievements.",
      "2019-05-10", EN, True, "Brazil", "meeting", ["Communist Party of Brazil"], BI_L),
    P("I2", "zh", "钱洪山会见哥伦比亚共产党代表团",
      "5月9日，中联部副部长钱洪山在京会见代表团一行。双方就两党关系交换意见。客人表示，愿同中方加强交流。",
      "2019-05-10", ZH, True, "Colombia", "meeting", ["Colombian Communist Party"], BI_L),
    P("I3", "en", "Guo Yezhou Meets with Delegation of Jamaica Labour Party",
      "Beijing, June 12th (IDCPC)--Guo Yezhou, Vice Minister of the IDCPC, met with the delegation here "
      "today. Guo "
      "said the CPC values its ties with the party. The guests thanked the IDCPC for the invitation.",
      "2018-06-13", EN, True, "Jamaica", "meeting", ["Jamaica Labour Party"], BI),
    P("I4", "zh", "陈洲会见墨西哥劳动党代表团",
      "6月20日，中联部副部长陈洲在京会见代表团。陈洲表示，中方重视同该党的关系。双方就共同关心的问题交换意见"
      "。",
      "2023-06-21", ZH, True, "Mexico", "meeting", ["Labor Party (Mexico)"], BI_L),
    P("I5", "en", "Delegation of Barbados Labour Party Visits China",
      "Beijing, October 20th (IDCPC)--At the invitation of the IDCPC, the delegation visited Beijing and "
      "Shanghai from "
      "October 14 to 20. During its stay, the delegation met with Qian Hongshan, Vice Minister of the IDCPC.",
      "2019-10-21", EN, True, "Barbados", "delegation_received", ["Barbados Labour Party"], BI),
    P("I6", "zh", "刘建超会见乌拉圭广泛阵线代表团",
      "3月8日，中联部部长刘建超在京会见代表团。刘建超表示，中方愿同两党加强交流。客人感谢中方邀请。",
      "2023-03-09", ZH, True, "Uruguay", "meeting", ["Broad Front"], BI_L),
    P("I7",
    "en", "Guo Yezhou Meets with Delegation of Unity Labour Party of Saint Vincent and the Grenadines",
      "Beijing, April 10th (IDCPC)--Guo Yezhou met with the delegation in Beijing today. The two parties "
      "agreed to "
      "strengthen exchanges.", "2019-04-11", EN, True, "Saint Vincent and the Grenadines", "meeting",
      ["Unity Labour Party"], BI),
    P("I8", "zh", "秘鲁社会党干部考察团访华",
      "应中联部邀请，考察团于9月2日至9日访华，先后到访北京、浙江，中联部副部长钱洪山会见了考察团。",
      "2019-09-10", ZH, True, "Peru", "delegation_received", ["Socialist Party (Peru)"], BI_L,
      doubt={"event_type": "a study tour's stay as a whole: delegation_received or field_trip"}),
    P("I9", "zh", "智利共產黨代表團訪華",
      "應中聯部邀請，代表團於5月6日至12日訪華。中聯部部長宋濤會見了代表團。兩黨同意加強交流。",
      "2019-05-13", HK_TW, True, "Chile", "delegation_received", ["Communist Party of Chile"], BI_L),
    # ---- J: very short pages ---------------------------------------------------------------------
    P("J1", "en", "Song Tao Meets Cuban Ambassador",
      "Beijing, May 9th (IDCPC)--Song Tao met with Cuban Ambassador Carlos Miguel Pereira.",
      "2019-05-10", EN, True, "Cuba", "meeting", None, BI_L,
      doubt={"mechanism": "an ambassador of a socialist state: leftist is by the party, none named"}),
    P("J2", "zh", "宋涛会见古巴驻华大使", "5月9日，宋涛会见古巴驻华大使佩雷拉。",
      "2019-05-10", ZH, True, "Cuba", "meeting", None, None),
    P("J3", "en", "IDCPC Congratulates Workers' Party of Brazil",
      "The IDCPC sent a message to the Workers' Party of Brazil on its 40th anniversary.",
      "2020-02-11", EN, True, "Brazil", "message", [PT], BI_L),
    P("J4", "zh", "中联部致电祝贺", "2月10日，中联部致电巴西劳工党，祝贺其成立40周年。",
      "2020-02-11", ZH, True, "Brazil", "message", [PT], BI_L),
    P("J5",
    "en",
    "Qian Hongshan Meets Guests", "Qian Hongshan met with a delegation of Antigua and Barbuda Labour Party.",
      "2019-05-10", EN, True, "Antigua and Barbuda", "meeting", ["Antigua and Barbuda Labour Party"], BI),
    P("J6",
    "zh", "郭业洲会见客人", "郭业洲会见智利社会党代表团。", "2019-05-10", ZH, True, "Chile", "meeting",
      ["Socialist Party of Chile"], BI_L),
    P("J7",
    "zh", "郭業洲會見客人", "郭業洲在京會見尼加拉瓜桑地諾民族解放陣線代表團。", "2019-05-10", HK_TW, True,
      "Nicaragua", "meeting", [FSLN], BI_L),
    P("J8",
    "en", "Chen Zhou Holds Video Call", "Chen Zhou held a video call with leaders of Honduras' LIBRE party.",
      "2023-03-02", EN, True, "Honduras", "video_call", ["Liberty and Refoundation"], BI_L),
    # ---- K: the headline names only the occasion -------------------------------------------------
    P("K1", "zh", "纪念古巴革命胜利60周年",
      "1959年1月1日，古巴革命取得胜利。60年来，古巴人民在古巴共产党领导下取得了重要成就。1月1日，中联部致电古"
      "巴共产党中央委员会，"
      "热烈祝贺古巴革命胜利60周年。", "2019-01-02", ZH, True, "Cuba", "message", [PCC], BI_L),
    P("K2", "en", "On the 110th Anniversary of a Party's Founding",
      "Beijing, June 4th (IDCPC)--On the occasion of the 110th anniversary of its founding, the IDCPC sent a "
      "congratulatory message to the Communist Party of Chile.", "2022-06-05", EN, True, "Chile", "message",
      ["Communist Party of Chile"], BI_L),
    P("K3", "en", "The 25th São Paulo Forum Opens",
      "Caracas, July 26th--The 25th meeting of the São Paulo Forum opened in Caracas today. A CPC delegation "
      "led by "
      "Wang Yajun, Assistant Minister of the IDCPC, attended at the invitation of the forum and the United "
      "Socialist "
      "Party of Venezuela.", "2019-07-27", EN, True, "multilateral", "forum", None, None),
    P("K4", "zh", "第八次党代会隆重开幕",
      "4月16日，古巴共产党第八次全国代表大会在哈瓦那开幕。中共中央致电大会表示热烈祝贺。",
      "2021-04-17", ZH, True, "Cuba", "message", [PCC], BI_L,
      doubt={"event_type": "a message to a LAC party's congress: the congress is an event around it "
                           "(other) or not"}),
    P("K5", "en", "Celebrating the 40th Anniversary of the Sandinista Revolution",
      "July 19 marks the 40th anniversary of the triumph of the Sandinista revolution. Beijing, July 18th "
      "(IDCPC)--The "
      "IDCPC sent a congratulatory message to the Sandinista National Liberation Front of Nicaragua on the "
      "occasion.",
      "2019-07-19", EN, True, "Nicaragua", "message", [FSLN], BI_L),
    P("K6", "zh", "庆祝建党百年招待会在里约举行",
      "为庆祝中国共产党成立100周年，中国驻里约热内卢总领馆7月1日举办线上招待会。巴西劳工党主席霍夫曼、巴西共"
      "产党主席桑托斯"
      "等政党领导人出席并致辞。", "2021-07-02", ZH, False,
      doubt={"relevant": "a consulate's reception: a CPC/IDCPC exchange only if the consulate counts as the "
      "CPC side"}),
    P("K7", "en", "Congress of a Party Concludes",
      "The Seventh Congress of the Communist Party of Cuba concluded in Havana on Tuesday. Xi Jinping, "
      "General "
      "Secretary of the CPC Central Committee, sent a message to Raúl Castro congratulating him on his "
      "re-election as "
      "First Secretary.", "2016-04-21", EN, True, "Cuba", "message", [PCC], BI_L,
      doubt={"event_type": "a message to a LAC party's congress: the congress is an event around it "
                           "(other) or not"}),
    P("K8", "zh", "纪念查韦斯逝世十周年",
      "3月5日是委内瑞拉前总统查韦斯逝世十周年纪念日。当天，中联部副部长陈洲出席委内瑞拉驻华使馆举办的纪念活动"
      "并致辞，"
      "委方感谢中方长期支持。", "2023-03-06", ZH, True, "Venezuela", "other", None, None,
      doubt={"event_type": "an embassy's commemoration attended by the IDCPC: other or meeting"}),
    # ---- L: interviews and Q&A -------------------------------------------------------------------
    P("L1", "en", "Interview: Bolivian party leader hails CPC experience",
      "LA PAZ, Oct. 3 -- In an interview with Agency News, a leader of Bolivia's Movement for Socialism said "
      "the "
      "CPC's experience in poverty reduction is valuable for Latin America.", "2019-10-04", AGENCY_EN, False,
      doubt={"relevant": "an agency's interview with a LAC leader: no CPC exchange reported"}),
    P("L2", "en", "Q&A: The Head of the IDCPC on His Visit to Brazil",
      "Q: What did you achieve during your visit to Brazil from November 18 to 21?\nA: At the invitation of "
      "the "
      "Workers' Party, our delegation met with party leaders and the two parties agreed to deepen exchanges.",
      "2019-11-23", EN, True, "Brazil", "delegation_visit_abroad", [PT], BI_L,
      doubt={"event_type": "a Q&A on a visit: the visit or other"}),
    P("L3", "zh", "专访：古巴共产党中央国际关系部部长",
      "记者：您此次应中联部邀请访华，有何感受？\n巴拉格尔：这次访问期间，我同宋涛部长进行了深入交流，两党同意"
      "加强治国理政经验交流。",
      "2019-05-12", ZH, True, "Cuba", "delegation_received", [PCC], BI_L,
      doubt={"relevant": "an interview during a visit: the pipeline reads interviews as no exchange",
             "country": "follows relevance", "parties": "follows relevance", "mechanism": "follows relevance",
             "event_type": "an interview during a visit: the visit or other"}),
    P("L4", "zh", "专访：中国驻墨西哥大使谈中墨关系",
      "记者：如何看待中墨关系的发展？\n大使：近年来，中墨两国在经贸、人文等领域合作不断深化。",
      "2019-05-12", AGENCY_ZH, False),
    # ---- M: message lists; the LAC item after five or more others --------------------------------
    P("M1", "en", "Foreign Parties Congratulate the CPC on the Convening of Its 20th National Congress",
      "Beijing, October 17th (IDCPC)--Many foreign political parties sent messages of congratulations. The "
      "Communist "
      "Party of Vietnam said ... The Lao People's Revolutionary Party said ... The Workers' Party of Korea "
      "said ... "
      "The Cambodian People's Party said ... United Russia said ... The African National Congress said ... "
      "The "
      "Communist Party of Cuba said the congress will surely guide China to new victories.",
      "2022-10-18", EN, True, "Cuba", "message", [PCC], BI_L),
    P("M2", "zh", "外国政党和组织致电致函祝贺中共二十大召开",
      "连日来，外国政党和组织纷纷致电致函。越南共产党中央委员会表示，中共二十大是中国政治生活中的大事。老挝人"
      "民革命党表示，"
      "相信大会必将取得圆满成功。朝鲜劳动党表示，祝愿中国人民取得更大成就。柬埔寨人民党表示，中国的发展为世界"
      "带来机遇。"
      "俄罗斯统一俄罗斯党表示，愿同中共加强交流。南非非洲人国民大会表示，中共的经验值得借鉴。尼加拉瓜桑地诺民"
      "族解放阵线表示，"
      "中共二十大必将引领中国取得新成就。",
      "2022-10-18", ZH, True, "Nicaragua", "message", [FSLN], BI_L),
    P("M3", "en", "Messages of Condolence Received",
      "The IDCPC has received messages of condolence from: the Communist Party of Vietnam; the Lao People's "
      "Revolutionary Party; the Workers' Party of Korea; the Cambodian People's Party; the Communist Party "
      "of the "
      "Russian Federation; the Communist Party of Greece; the Portuguese Communist Party; the Workers' Party "
      "of Brazil.",
      "2022-12-03", EN, True, "Brazil", "message", [PT], BI_L),
    P("M4", "zh", "各国政党祝贺中国共产党成立100周年",
      "在中国共产党成立100周年之际，越南共产党、老挝人民革命党、朝鲜劳动党、柬埔寨人民党、蒙古人民党、俄罗斯"
      "统一俄罗斯党、"
      "西班牙共产党等纷纷致电致函祝贺。委内瑞拉统一社会主义党在贺电中表示，中国共产党百年奋斗成就举世瞩目。",
      "2021-07-03", ZH, True, "Venezuela", "message", [PSUV], BI_L),
    P("M5", "en", "World Parties Congratulate CPC on Its Centenary (III)",
      "Leaders of parties in Asia and Europe sent messages: the Communist Party of Vietnam, the Lao People's "
      "Revolutionary "
      "Party, the Workers' Party of Korea, the Nepali Congress, the Communist Party of Greece, the Party of "
      "European "
      "Socialists. From Latin America, the Broad Front of Uruguay and the Communist Party of Chile sent "
      "congratulations.",
      "2021-07-03", EN, True, "multilateral", "message", ["Broad Front", "Communist Party of Chile"], None),
    P("M6", "zh", "外国政党致电祝贺",
      "越南共产党、老挝人民革命党、朝鲜劳动党、柬埔寨人民党、南非共产党、西班牙共产党等外国政党致电祝贺中共二"
      "十大召开。",
      "2022-10-18", ZH, False),
    # ---- N: the LAC side named by an office after one full mention -------------------------------
    P("N1", "zh", "郭业洲会见外宾",
      "5月9日，中联部副部长郭业洲在京会见外宾。客人是尼加拉瓜桑地诺民族解放阵线代表团。郭业洲表示，中方愿同尼"
      "方加强交流。"
      "尼方表示，感谢中方长期支持。", "2019-05-10", ZH, True, "Nicaragua", "meeting", [FSLN], BI_L),
    P("N2", "en", "Qian Hongshan Meets with Guests",
      "Beijing, May 9th (IDCPC)--Qian Hongshan, Vice Minister of the IDCPC, met with guests here today. The "
      "guests came "
      "from the Communist Party of Cuba. The Cuban side thanked the CPC for its support, and Qian said the "
      "Chinese side "
      "is ready to work with the Cuban side.", "2019-05-10", EN, True, "Cuba", "meeting", [PCC], BI_L),
    P("N3", "zh", "两党交流会在京举行",
      "5月9日，中古两党交流会在京举行。中联部副部长郭业洲和古巴共产党中央国际关系部部长出席。古方介绍了古共八"
      "大筹备情况。",
      "2019-05-10", ZH, True, "Cuba", "seminar", [PCC], BI_L,
      doubt={"event_type": "交流会 of two parties: seminar or other"}),
    P("N4", "zh", "宋涛会见客人",
      "中国共产党同委内瑞拉统一社会主义党保持着友好交往。5月9日，宋涛在京会见委方代表团。委方表示愿深化两党合"
      "作。",
      "2019-05-10", ZH, True, "Venezuela", "meeting", [PSUV], BI_L),
    P("N5", "en", "Chen Zhou Meets Guests",
      "Bilateral ties between the two parties have been growing since 2007. Beijing, June 3rd (IDCPC)--Chen "
      "Zhou, Vice "
      "Minister of the IDCPC, met with a delegation of the Sandinista National Liberation Front. The "
      "Nicaraguan side "
      "spoke highly of China's development.", "2023-06-04", EN, True, "Nicaragua", "meeting", [FSLN], BI_L),
    P("N6", "en", "Talks Held in Beijing",
      "The ties between the two parties are excellent. Beijing, May 9th--Song Tao, head of the IDCPC, held "
      "talks with "
      "Diosdado Cabello, First Vice President of the United Socialist Party of Venezuela. The Venezuelan "
      "side briefed on "
      "the situation in the country.", "2019-05-10", EN, True, "Venezuela", "meeting", [PSUV], BI_L),
    P("N7", "zh", "古方代表团访华",
      "应中联部邀请，古巴共产党代表团于5月5日至11日访华。访问期间，古方代表团同中联部领导会谈，并赴上海考察"
      "。",
      "2019-05-12", ZH, True, "Cuba", "delegation_received", [PCC], BI_L),
    P("N8", "zh", "巴方客人參訪浙江",
      "應中聯部邀請，巴西勞工黨幹部考察團於9月2日至8日在浙江考察。巴方客人參觀了杭州的數字經濟企業。",
      "2019-09-09", HK_TW, True, "Brazil", "field_trip", [PT], BI_L),
    # ---- extra positives: copies on embassy sites ------------------------------------------------
    P("X1", "zh", "中联部部长会见古巴客人",
      "（来源：中联部网站）\n5月9日，中联部部长宋涛在京会见古共中央国际关系部部长巴拉格尔。",
      "2019-05-10", EMBASSY, True,
      "Cuba", "meeting", [PCC], BI_L),
    P("X2", "zh", "中共代表团访问古巴",
      "驻古巴使馆\n发布时间：2018-06-20\n应古巴共产党邀请，中联部副部长郭业洲率中共代表团于6月15日至19日访问"
      "古巴。",
      "2018-06-20", EMBASSY, True, "Cuba", "delegation_visit_abroad", [PCC], BI_L),
    P("X3", "en", "CPC Delegation Visits Chile and Argentina",
      "At the invitation of the Socialist Party of Chile and the Justicialist Party of Argentina, a CPC "
      "delegation led "
      "by Guo Yezhou visited the two countries from April 2 to 9.", "2019-04-10", EN, True, "multilateral",
      "delegation_visit_abroad", ["Socialist Party of Chile", "Justicialist Party"], None),
    P("X4", "zh", "中拉政党论坛举行",
      "本网讯 第三届中国—拉共体政党论坛12月2日以视频方式举行，来自拉美和加勒比20多个国家的政党领导人出席。",
      "2020-12-03", ZH, True, "multilateral", "forum", None, ["regional"]),
    P("X5", "en", "Webinar for Leaders of Caribbean Parties",
      "(IDCPC) A webinar for leaders of political parties from Caribbean countries was held online on "
      "September 15, "
      "hosted by the IDCPC. Some 40 participants from Jamaica, Barbados, Trinidad and Tobago and Grenada "
      "attended.",
      "2020-09-16", EN, True, "multilateral", "training_course", None, ["regional"]),
    P("X6", "zh", "世界政党领导人峰会举行",
      "3月15日，中国共产党与世界政党高层对话会以视频方式举行。古巴、委内瑞拉、尼加拉瓜等拉美国家政党领导人出"
      "席。",
      "2023-03-16", ZH, True, "multilateral", "dialogue", None, None,
      doubt={"event_type": "对话会 of the CPC and world parties: its official English name is a "
                           "'High-level Meeting'"}),
    # ---- negatives of the same layouts: LAC only as a topic --------------------------------------
    P("Z1", "zh", "宋涛会见外宾",
      "拉美地区是发展中国家较为集中的地区。5月9日，中联部部长宋涛在京会见西班牙工人社会党代表团，双方就中欧关"
      "系及拉美形势交换意见。",
      "2019-05-10", ZH, False),
    P("Z2", "en", "Song Tao Meets with Guests",
      "Photo: a Latin American art exhibition in Beijing.\nBeijing, May 9th (IDCPC)--Song Tao, head of the "
      "IDCPC, met "
      "with a delegation of the Spanish Socialist Workers' Party. The two sides also discussed Latin "
      "America.",
      "2019-05-10", EN, False),
    P("Z3", "en", "Guo Yezhou Meets Vietnamese Guests",
      "Editor's note: This is the first of a series on the IDCPC's work with Latin America.\nBeijing, May "
      "9th--Guo "
      "Yezhou met with a delegation of the Communist Party of Vietnam.", "2019-05-10", EN, False),
    P("Z4", "en", "CPC delegation visits Portugal",
      " date 2019-05-10\nAgency News English | Menu\nLISBON, May 9 -- A CPC delegation met with leaders of "
      "the "
      "Socialist Party of Portugal. The two sides discussed cooperation among Portuguese-speaking countries, "
      "including Brazil.", "2019-05-10", AGENCY_EN, False),
    P("Z5", "zh", "拉美研究学术研讨会在京举行",
      "核心提示：学者探讨拉美形势。\n5月9日，中国社会科学院拉丁美洲研究所在京举办学术研讨会，国内学者就拉美政"
      "治经济形势进行研讨。",
      "2019-05-10", AGENCY_ZH, False),
    P("Z6",
    "en", "Song Tao Meets Spanish Ambassador", "Song Tao met with Spanish Ambassador Rafael Dezcallar.",
      "2019-05-10", EN, False),
    P("Z7", "zh", "宋涛会见越南共产党代表团",
      "5月9日，宋涛在京会见代表团。客人表示，赞赏中国同拉美国家的合作。", "2019-05-10", ZH, False),
    P("Z8", "zh", "紀念玻利瓦爾誕辰研討會舉行",
      "【大公報訊】7月24日，北京大學舉辦紀念西蒙·玻利瓦爾誕辰學術研討會，國內學者就拉美獨立運動進行研討。",
      "2019-07-25", HK_TW, False),
    P("Z9", "en", "\"Latin America Matters\"",
      "\"Latin America matters for the Global South,\" said Guo Yezhou, Vice Minister of the IDCPC, when he "
      "met with "
      "a delegation of the Communist Party of India (Marxist) in Beijing on May 9.", "2019-05-10", EN, False),
    P("Z10", "zh", "郭业洲会见美国智库代表团",
      "5月9日，郭业洲在京会见美国卡特中心代表团，双方就中美关系和拉美地区形势交换意见。",
      "2019-05-10", ZH, False),
    P("Z11", "en", "Qian Hongshan Meets with Delegation of Communist Party of Portugal",
      "Beijing, May 9th (IDCPC)--Qian Hongshan met with the delegation. The guests said Portugal's ties with "
      "Brazil and "
      "other Latin American countries offer room for trilateral cooperation.", "2019-05-10", EN, False),
    P("Z12", "zh", "中联部举办宣介会",
      "党的二十大胜利召开后，中联部举办系列宣介活动。11月15日，中联部副部长陈洲向东南亚国家政党宣介二十大精神"
      "，"
      "并介绍了中国同拉美国家合作情况。", "2022-11-16", ZH, False),
    P("Z13", "en", "Interview: IDCPC Official on Global South",
      "Q: How do you see cooperation among developing countries?\nA: Latin America and Africa are important "
      "partners "
      "of China. We will work with political parties of all countries.", "2019-05-12", EN, False),
    P("Z14", "zh", "宋濤會見西班牙共產黨代表團",
      "西班牙同拉美國家有着特殊聯繫。5月9日，宋濤在京會見代表團，雙方就歐洲和拉美左翼運動交換看法。",
      "2019-05-10", HK_TW, False),
    P("Z15", "zh", "中联部致电祝贺",
      "【编者按】今年是中拉建交高峰期。\n5月9日，中联部致电越南共产党中央委员会，祝贺越南南方解放49周年。",
      "2024-05-10", ZH, False),
]

def _value(record, name):
    if name == "parties":
        return parties(record)
    return getattr(record, name)


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES))
def test_layout_probe(probe, name, expected):
    record = record_of(probe)
    assert _value(record, name) == expected


# ---- a second batch, written after reading the code (not blind): the two classes fixed --------------

@pytest.mark.parametrize(("lang", "title", "text", "country", "party"), [
    ("zh", "陈洲会见外宾",
     "中国共产党高度重视同拉美和加勒比国家政党的交流合作。6月3日，中联部副部长陈洲在京会见古巴共产党中央国际"
     "关系部"
     "副部长一行，双方就两党关系交换意见。", "Cuba", PCC),
    ("zh", "郭业洲会见外宾",
     "近年来，拉美左翼政党同中国共产党的往来日益频繁。3月12日，中联部副部长郭业洲在京会见委内瑞拉统一社会主义"
     "党代表团。",
     "Venezuela", PSUV),
    ("zh", "郭業洲會見外賓",
     "編者按：本網推出“中拉政黨交往”系列報道。\n3月12日，中聯部副部長郭業洲在京會見薩爾瓦多法拉本多·馬蒂民族"
     "解放陣線"
     "代表團。", "El Salvador", "Farabundo Martí National Liberation Front"),
    ("en", "Chen Zhou Meets with Guests",
     "The CPC attaches great importance to its ties with political parties in Latin America and the "
     "Caribbean. On "
     "June 3, Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the Communist Party of Cuba in "
     "Beijing.",
     "Cuba", PCC),
    ("en", "Guo Yezhou Meets with Guests",
     "Editor's note: This series looks at the CPC's exchanges with Latin American parties.\nOn March 12, Guo "
     "Yezhou, "
     "Vice Minister of the IDCPC, met with a delegation of the FMLN of El Salvador in Beijing.",
     "El Salvador", "Farabundo Martí National Liberation Front"),
])
def test_an_opening_of_background_leaves_the_report_its_counterpart(lang, title, text, country, party):
    """Codebook, country: the LAC country whose actors take part in the exchange the page reports;
    an opening on the relationship at large (no day, no exchange) names the setting, not the actors."""
    record = idcpc(text, title=title, lang=lang, published="2023-06-04",
                   url=ZH.format(ym="202306",
                   d="20230604") if lang == "zh" else EN.format(ym="202306", d="20230604"))
    assert record.relevant and record.country == country
    assert party in parties(record)
    assert "regional" not in record.mechanism


@pytest.mark.parametrize(("title", "text"), [
    # the region's parties are the counterpart: praise by parties of several countries, no day
    ("拉美政党政要高度评价中共二十大",
     "拉美和加勒比地区政党政要高度评价中共二十大。古巴共产党中央第一书记迪亚斯-卡内尔表示，大会具有重要意义。"
     "委内瑞拉统一社会主义党表示，中共二十大为世界提供了借鉴。"),
    # an exchange in the opening: a course for the region's cadres
    ("研修班结业",
     "拉美和加勒比国家政党干部研修班圆满结业。10月20日，中联部副部长出席结业式，古巴学员代表发言。"),
])
def test_an_opening_that_reports_the_regions_exchange_stays_multilateral(title, text):
    record = idcpc(text, title=title, lang="zh",
    published="2022-10-21", url=ZH.format(ym="202210", d="20221021"))
    assert record.relevant and record.country == "multilateral"


@pytest.mark.parametrize("text", [
    "\"The CPC is a model for us.\" So said Gleisi Hoffmann, President of the Workers' Party of Brazil, when "
    "she "
    "met with Liu Jianchao, head of the IDCPC, in Beijing on March 8.",
    "\"Our two parties are brothers.\" Thus said Gleisi Hoffmann, President of the Workers' Party "
    "of Brazil, at her meeting with Liu Jianchao in Beijing on March 8.",
    "“We came to learn.” So says Gleisi Hoffmann, President of the Workers' Party of Brazil, who met with "
    "Liu "
    "Jianchao in Beijing on March 8.",
])
def test_a_speaker_named_after_so_said_is_the_counterpart(text):
    """An inverted attribution ('"…." So said X, …'): the name after the verb is the speaker, a side
    of the exchange, not what was said."""
    record = idcpc(text, title="\"A Model for Us\"", published="2023-03-09",
                   url=EN.format(ym="202303", d="20230309"))
    assert record.relevant and record.country == "Brazil"
    assert parties(record) == {PT}


# ---- a third batch (after reading the code, not blind): more of the campaign's layouts ---------------

PROBES3: list[Probe] = [
    P("T1", "en", "Song Tao Meets with Guests",
      "Latin America is a land of hope. The CPC keeps ties with more than 100 parties and organisations in "
      "the "
      "region.\nBeijing, May 9th (IDCPC)--Song Tao, head of the IDCPC, met with a delegation of the Broad "
      "Front of "
      "Uruguay here today.", "2019-05-10", EN, True, "Uruguay", "meeting", ["Broad Front"], BI_L),
    P("T2", "zh", "中联部部长会见外宾",
      "拉美和加勒比地区是发展中国家的重要组成部分，中国共产党同该地区各国政党保持着广泛联系。近年来，双方交往"
      "不断深化。"
      "5月9日，中联部部长宋涛在京会见智利社会党主席阿尔瓦罗·埃利萨尔德。",
      "2019-05-10", ZH, True, "Chile", "meeting",
      ["Socialist Party of Chile"], BI_L),
    P("T3", "zh", "宋涛会见外宾",
      "图为会见现场（中联部供图）\n中古两党关系源远流长。5月9日，中联部部长宋涛在京会见古巴共产党中央政治局委"
      "员莫拉莱斯，"
      "古方感谢中方长期以来的宝贵支持。", "2019-05-10", ZH, True, "Cuba", "meeting", [PCC], BI_L),
    P("T4", "en", "Guo Yezhou Meets with Guests",
      "Key points\n- Governance experience\n- Poverty reduction\nBeijing, June 12th (IDCPC)--Guo Yezhou, "
      "Vice Minister "
      "of the IDCPC, met with a delegation of the Movement for Socialism of Bolivia. The Bolivian side "
      "thanked China.",
      "2019-06-13", EN, True, "Bolivia", "meeting", ["Movement for Socialism (Bolivia)"], BI_L),
    P("T5", "en", "Message on the Anniversary",
      "Beijing, July 26th (IDCPC)--On the 66th anniversary of the attack on the Moncada Barracks, the IDCPC "
      "sent a "
      "message of congratulations to the International Relations Department of the Communist Party of Cuba.",
      "2019-07-27", EN, True, "Cuba", "message", [PCC], BI_L),
    P("T6", "zh", "庆祝建党百年",
      "今年是中国共产党成立100周年。7月1日，委内瑞拉统一社会主义党主席马杜罗致电中共中央总书记习近平，热烈祝"
      "贺中国共产党成立"
      "100周年。", "2021-07-02", ZH, True, "Venezuela", "message", [PSUV], BI_L),
    P("T7", "en", "Foreign Parties Send Condolences",
      "Beijing, December 3rd (IDCPC)--Messages of condolence continue to arrive. The Communist Party of "
      "Vietnam "
      "expressed deep sorrow. The Lao People's Revolutionary Party expressed its grief. The Workers' Party "
      "of Korea "
      "sent a wreath. The Cambodian People's Party expressed condolences. The Communist Party of the Russian "
      "Federation sent a message. The Communist Party of Greece sent a message. The Sandinista National "
      "Liberation "
      "Front of Nicaragua expressed its deep condolences.",
      "2022-12-04", EN, True, "Nicaragua", "message", [FSLN],
      BI_L),
    P("T8", "zh", "客人访华",
      "应中联部邀请，代表团于5月5日至11日访华。", "2019-05-12", ZH, False,
      doubt={"relevant": "a page naming no one of LAC: no LAC actor to code"}),
    P("T9",
    "zh",
    "陈洲会见洪都拉斯自由与重建党代表团", "6月20日，陈洲会见代表团。", "2023-06-21", ZH, True, "Honduras",
      "meeting", ["Liberty and Refoundation"], BI_L),
    P("T10", "en", "Qian Hongshan Meets with Delegation of People's National Party of Jamaica",
      "Beijing, April 10th (IDCPC)--Qian Hongshan met with the delegation. The Jamaican side said it valued "
      "ties "
      "with the CPC.", "2019-04-11", EN, True, "Jamaica", "meeting", ["People's National Party"], BI_L),
    P("T11", "zh", "“中国的经验值得借鉴”",
      "“中国的发展经验值得拉美国家借鉴。”5月9日，在北京会见中联部副部长郭业洲时，巴西劳工党主席霍夫曼这样说"
      "。",
      "2019-05-10", ZH, True, "Brazil", "meeting", [PT], BI_L),
    P("T12", "en", "\"We Are Brothers\"",
      "\"Cuba and China are brothers,\" said Roberto Morales Ojeda, Member of the Political Bureau of the "
      "Communist "
      "Party of Cuba, when meeting Song Tao in Havana on May 9.",
      "2019-05-10", EN, True, "Cuba", "meeting", [PCC],
      BI_L),
    P("T13", "zh", "中联部举办宣介会",
      "（记者 王明）\n【中联部】党的二十届三中全会胜利闭幕后，中联部开展系列宣介活动。7月30日，中联部副部长孙"
      "海燕以视频方式向"
      "巴西劳工党领导人宣介全会精神。", "2024-07-31", ZH, True, "Brazil", "briefing", [PT], BI_L),
    P("T14", "en", "IDCPC Holds Briefing",
      " date 2024-07-31\nAgency News English | Menu\nEditor: Liu Jie\nBEIJING, July 30 -- The IDCPC held a "
      "briefing "
      "session via video link on Tuesday for leaders of the Communist Party of Chile on the third plenary "
      "session of "
      "the 20th CPC Central Committee.", "2024-07-31", AGENCY_EN, True, "Chile", "briefing",
      ["Communist Party of Chile"], BI_L),
    # a LAC country named only in the opening of background, another's actor in the report
    P("T15", "zh", "宋涛会见外宾",
      "古巴是第一个同新中国建交的拉美国家。5月9日，中联部部长宋涛在京会见委内瑞拉统一社会主义党代表团。",
      "2019-05-10", ZH, True, "Venezuela", "meeting", [PSUV], BI_L),
    P("T16", "zh", "宋涛会见外宾",
      "巴西是拉美最大的国家，也是中国的重要合作伙伴。5月9日，中联部部长宋涛在京会见阿根廷正义党代表团，双方就"
      "两党关系交换意见。",
      "2019-05-10", ZH, True, "Argentina", "meeting", ["Justicialist Party"], BI),
    P("T17", "en", "Song Tao Meets Guests",
      "Cuba was the first country in Latin America to establish ties with New China. On May 9, Song Tao, "
      "head of the "
      "IDCPC, met with a delegation of the United Socialist Party of Venezuela in Beijing.",
      "2019-05-10", EN, True, "Venezuela", "meeting", [PSUV], BI_L),
    # ... not when the opening's country is also in the report
    P("T18", "zh", "宋涛会见外宾",
      "古巴是第一个同新中国建交的拉美国家。5月9日，中联部部长宋涛在京会见古巴共产党和委内瑞拉统一社会主义党代"
      "表。",
      "2019-05-10", ZH, True, "multilateral", "meeting", [PCC, PSUV], None),
    P("T19", "zh", "客人参观党史展览馆",
      "5月9日，古方客人参观了中共党史展览馆。古巴共产党代表团是应中联部邀请访华的。",
      "2019-05-10", ZH, True, "Cuba",
      None, [PCC], BI_L),
    # the headline names the occasion, the lead only its place (a capital), the LAC host comes later
    P("T20", "en", "Celebration Marks 60th Anniversary",
      "Havana, January 1st--A celebration of the 60th anniversary of the triumph of the revolution was held "
      "here "
      "today. Hundreds attended. At the invitation of the Communist Party of Cuba, a CPC delegation led by "
      "Guo Yezhou "
      "attended the celebration.", "2019-01-02", EN, True, "Cuba", None, [PCC], BI_L),
    P("T21", "zh", "第十五次代表大会开幕",
      "11月20日，大会在加拉加斯开幕。来自世界各地的政党代表出席。应委内瑞拉统一社会主义党邀请，中共代表团出席"
      "开幕式。",
      "2019-11-21", ZH, True, "Venezuela", None, [PSUV], BI_L),
    P("Z19", "en", "Song Tao Meets Guests",
      "Photo: Cuban and Chinese flags at the venue.\nBeijing, May 9th (IDCPC)--Song Tao, head of the IDCPC, "
      "met with a "
      "delegation of the Communist Party of Vietnam here today.", "2019-05-10", EN, False),
    P("Z20",
    "zh",
    "宋涛会见外宾",
    "图为古巴哈瓦那街景。\n5月9日，中联部部长宋涛在京会见越南共产党代表团。", "2019-05-10", ZH,
      False),
    # message lists with one line per sender, the LAC one seventh
    P("T22", "zh", "外国政党致电祝贺",
      "越南共产党中央委员会致电祝贺。\n老挝人民革命党中央委员会致电祝贺。\n朝鲜劳动党中央委员会致电祝贺。\n柬"
      "埔寨人民党致电祝贺。\n"
      "蒙古人民党致电祝贺。\n南非共产党致电祝贺。\n古巴共产党中央委员会致电祝贺，表示中共二十大具有重要意义"
      "。",
      "2022-10-18", ZH, True, "Cuba", "message", [PCC], BI_L),
    P("T23", "zh", "外國政黨致電祝賀中共二十大召開",
      "越南共產黨中央委員會致電祝賀。老撾人民革命黨中央委員會致電祝賀。朝鮮勞動黨中央委員會致電祝賀。柬埔寨人"
      "民黨致電祝賀。"
      "蒙古人民黨致電祝賀。南非共產黨致電祝賀。委內瑞拉統一社會主義黨致電祝賀。",
      "2022-10-18", HK_TW, True, "Venezuela",
      "message", [PSUV], BI_L),
    # an editor's note or a key point naming another LAC country or the region as the series' topic
    P("T24", "en", "Guo Yezhou Meets Guests",
      "Editor's note: This series marks 60 years of China-Cuba relations.\nBeijing, May 9th (IDCPC)--Guo "
      "Yezhou met "
      "with a delegation of the United Socialist Party of Venezuela here today.",
      "2019-05-10", EN, True, "Venezuela",
      "meeting", [PSUV], BI_L),
    P("T25", "zh", "郭业洲会见外宾",
      "编者按：今年是中古建交60周年。\n5月9日，中联部副部长郭业洲在京会见委内瑞拉统一社会主义党代表团。",
      "2019-05-10", ZH,
      True, "Venezuela", "meeting", [PSUV], BI_L),
    P("T26",
    "zh", "宋涛会见外宾", "要点：中拉政党合作前景广阔。\n5月9日，中联部部长宋涛在京会见智利共产党代表团。",
      "2019-05-10", ZH, True, "Chile", "meeting", ["Communist Party of Chile"], BI_L),
    P("T27", "en", "Song Tao Meets Guests",
      "Photo: Song Tao meets Gleisi Hoffmann, President of the Workers' Party of Brazil.\nBeijing, May 9th "
      "(IDCPC)--"
      "Song Tao met with the guests here today. The two sides exchanged views.",
      "2019-05-10", EN, True, "Brazil",
      "meeting", [PT], BI_L,
      doubt={"relevant": "the guest named only in the caption above a lead of 'the guests' (the pipeline "
      "takes no "
                         "one from a caption alone)",
             "country": "as relevant", "event_type": "as relevant", "parties": "as relevant",
             "mechanism": "as relevant"}),
    P("Z16", "zh", "宋涛会见外宾",
      "中国共产党同拉美政党交往日益密切。5月9日，中联部部长宋涛在京会见西班牙人民党代表团。",
      "2019-05-10", ZH, False),
    P("Z17", "en", "Song Tao Meets with Guests",
      "Latin America is a land of hope. Beijing, May 9th (IDCPC)--Song Tao met with a delegation of the "
      "Socialist "
      "Party of Portugal here today.", "2019-05-10", EN, False),
    P("Z18", "zh", "外国政党致电祝贺",
      "越南共产党中央委员会表示，祝贺大会胜利召开。老挝人民革命党表示，相信中国将取得更大成就。朝鲜劳动党表示"
      "，愿同中共加强交流。"
      "柬埔寨人民党表示，中国发展为世界带来机遇。俄罗斯统一俄罗斯党表示，中国同拉美国家合作成果丰硕。南非共产"
      "党表示，中共经验"
      "值得借鉴。", "2022-10-18", ZH, False),
]


@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES3))
def test_layout_probe_third_batch(probe, name, expected):
    record = record_of(probe)
    assert _value(record, name) == expected
