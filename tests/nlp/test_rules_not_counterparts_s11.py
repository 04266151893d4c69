# ruff: noqa: E501  (headlines and page texts are kept whole, as printed)
"""Campaign 11W: pages that mention Latin America and the Caribbean (LAC) with no exchange with a
LAC actor, or where the LAC word is not the counterpart, beside close positives that use the same
words with a real LAC counterpart.

Kinds: China's own ambassadors and envoys in LAC meeting Chinese or third-country people; Chinese
firms, students, athletes, artists and medical teams in LAC; a LAC country as a topic (a situation,
a question, Latin American studies by Chinese scholars); a past visit recalled in a non-LAC
meeting; a LAC city as the venue of a meeting with non-LAC guests; LAC-sounding words in other
names (Columbia University, British Columbia, New Mexico, Rio Tinto, Amazon, 中巴 of Pakistan); a
Chinese leader's LAC trip told to non-LAC guests. IDCPC and foreign-ministry pages in English and
Chinese (simplified, some traditional), with copies on agency, newspaper and embassy sites.

Codebook (shared/eval/SCHEMA.md): `relevant` needs an exchange between the CPC/IDCPC (or, on
foreign-ministry pages, a state leader, minister or vice minister) and actors of a LAC country or
body; `country` is "the LAC country whose actors take part" (a place is not an actor); "an exchange
led only by an ambassador is not relevant". Self-written releases; party, country and official
names are facts. One test per probe and field, so the pass rate per field can be read from a run."""

from __future__ import annotations

from typing import Any

import pytest
from probe_harness import Probe, assert_unique_ids, cases, record_of, url, value_of

EN = "https://www.idcpc.org.cn/english2023/bzhd/{ym}/t{ymd}_17{n:04d}.html"
ZH = "https://www.idcpc.org.cn/lldt/{ym}/t{ymd}_17{n:04d}.html"
AGENCY_EN = "http://www.agency-news.cn/english/{y}-{m}/{d}/c_1{n:03d}.htm"
AGENCY_ZH = "http://www.agency-news.cn/politics/{y}-{m}/{d}/c_1{n:03d}.htm"
PAPER_ZH = "http://paper.daily-news.cn/html/{y}-{m}/{d}/nw.D110000_{y}{m}{d}_{n}-03.htm"
EMB_ZH = "http://br.china-embassy.gov.cn/sgxw/{ym}/t{ymd}_1{n:04d}.htm"
EMB_EN = "http://ar.china-embassy.gov.cn/eng/sgxw/{ym}/t{ymd}_1{n:04d}.htm"
HK_ZH = "https://www.hk-daily.com.hk/{y}/{m}/{d}/a{n}.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/{ym}/t{ymd}_1{n:04d}.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1{n:04d}.shtml"

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCCH = "Communist Party of Chile"
PSCH = "Socialist Party of Chile"
PJ = "Justicialist Party"
MORENA = "National Regeneration Movement"
FSLN = "Sandinista National Liberation Front"
PLC = "Colombian Liberal Party"


NEG: dict[str, Any] = {"relevant": False, "country": None}


def pos(country: str, event_type: str, party_set: set[str] | None = None) -> dict[str, Any]:
    """The expected fields of a relevant exchange (parties only on IDCPC pages)."""
    out: dict[str, Any] = {"relevant": True, "country": country, "event_type": event_type}
    if party_set is not None:
        out["parties"] = party_set
    return out


PROBES: list[Probe] = [
    # ---- A. China's own ambassadors and envoys in LAC, meeting Chinese or third parties ----------
    Probe("amb-brazil-meets-chinese-firms-zh",
          "驻巴西大使祝青桥会见在巴中资企业代表",
          "2023年3月14日，驻巴西大使祝青桥在使馆会见在巴西中资企业协会代表，听取企业在巴经营情况介绍。祝大使表示，"
          "中资企业要遵守当地法律法规，积极履行社会责任，为促进中巴务实合作多作贡献。企业代表介绍了各自项目进展。",
          "2023-03-14", url(EMB_ZH, "2023-03-14", 1), NEG, lang="zh"),
    Probe("amb-argentina-overseas-chinese-en",
          "Ambassador Wang Wei Attends Spring Festival Gala of Chinese Community in Buenos Aires",
          "On January 28, 2023, Chinese Ambassador to Argentina Wang Wei and his wife attended the Spring "
          "Festival gala held by the Chinese community in Buenos Aires. In his speech the ambassador wished "
          "overseas Chinese and Chinese students in Argentina a happy Year of the Rabbit and thanked them "
          "for their support of the embassy's work. Some 800 compatriots watched dragon dances and songs.",
          "2023-01-29", url(EMB_EN, "2023-01-29", 2), NEG),
    Probe("idcpc-vm-meets-new-amb-to-cuba-en",
          "Sun Haiyan Meets with Chinese Ambassador to Cuba Hua Xin",
          "Beijing, April 6th (IDCPC)--Sun Haiyan, a vice minister of the CPC's International Department, "
          "received here today Hua Xin, the newly appointed Chinese Ambassador to Cuba, "
          "before he leaves for his post. Sun asked the ambassador to carry forward the special friendship "
          "between the two parties and countries and to do a good job in serving Chinese citizens in Cuba.",
          "2023-04-06", url(EN, "2023-04-06", 3), NEG),
    Probe("idcpc-vm-meets-new-amb-to-cuba-zh",
          "孙海燕会见新任驻古巴大使华昕",
          "4月6日，中联部副部长孙海燕在京会见新任中国驻古巴大使华昕，就做好新形势下对古党际工作交换意见。"
          "孙海燕希望华昕大使到任后积极推动两党两国友好合作。",
          "2023-04-06", url(ZH, "2023-04-06", 4), NEG, lang="zh"),
    Probe("idcpc-envoys-to-lac-group-zh",
          "刘海星会见中国驻拉美和加勒比地区国家使节",
          "3月5日，中联部部长刘海星在京会见回国述职的中国驻拉美和加勒比地区国家使节，介绍中联部对拉党际交往重点工作，"
          "就深化政党交流听取使节们的意见建议。部领导及有关局室负责人参加。",
          "2025-03-05", url(ZH, "2025-03-05", 5), NEG, lang="zh"),
    Probe("amb-venezuela-meets-indian-amb-en",
          "Chinese Ambassador Lan Hu Meets Indian Ambassador in Caracas",
          "Caracas, May 9 -- Chinese Ambassador to Venezuela Lan Hu met with the Indian Ambassador to "
          "Venezuela at the Chinese embassy on Tuesday. The two diplomats exchanged views on cooperation "
          "among BRICS countries and on the work of the diplomatic corps in Caracas.",
          "2023-05-10", url(AGENCY_EN, "2023-05-10", 6), NEG),
    Probe("mfa-amb-chile-meets-chilean-fm-en",
          "Ambassador Niu Qingbao Meets with Chilean Foreign Minister Alberto van Klaveren",
          "On June 20, 2023, Chinese Ambassador to Chile Niu Qingbao paid a call on Chilean Foreign Minister "
          "Alberto van Klaveren. The two sides exchanged views on bilateral relations and the preparations "
          "for upcoming high-level exchanges.",
          "2023-06-21", url(MFA_EN, "2023-06-21", 7), NEG, source="mfa"),
    Probe("mfa-amb-peru-meets-peruvian-fm-zh",
          "驻秘鲁大使宋扬拜会秘鲁外长",
          "2023年8月2日，驻秘鲁大使宋扬拜会秘鲁外长赫瓦西，双方就中秘关系及各领域合作交换意见。",
          "2023-08-03", url(MFA_ZH, "2023-08-03", 8), NEG, lang="zh", source="mfa"),
    Probe("mfa-dg-latin-american-dept-meets-minister-counsellor-zh",
          "外交部拉美司司长会见巴西驻华使馆公使衔参赞",
          "5月16日，外交部拉丁美洲和加勒比司司长蔡伟在京会见巴西驻华使馆公使衔参赞，双方就中巴关系交换意见。",
          "2023-05-16", url(MFA_ZH, "2023-05-16", 9), NEG, lang="zh", source="mfa"),
    Probe("mfa-consul-sao-paulo-meets-mayor-en",
          "Consul General in São Paulo Meets Mayor Ricardo Nunes",
          "On September 12, Chinese Consul General in São Paulo met with Mayor Ricardo Nunes at the city hall. "
          "They discussed sister-city ties and trade promotion events planned for the autumn.",
          "2023-09-13", url(MFA_EN, "2023-09-13", 10), NEG, source="mfa"),
    Probe("special-rep-briefs-chinese-press-en",
          "Special Representative on Latin American Affairs Briefs Chinese Journalists",
          "Beijing, Nov. 2 -- Qiu Xiaoqi, the Chinese government's special representative on Latin American "
          "affairs, gave a briefing to Chinese journalists in Beijing on Thursday on the development of "
          "China-Latin America relations over the past decade and answered their questions.",
          "2023-11-03", url(AGENCY_EN, "2023-11-03", 11), NEG),
    # close positives: an ambassador present, or a LAC ambassador as the counterpart
    Probe("pos-amb-present-at-pt-meeting-en",
          "Chen Zhou Meets with Delegation of Workers' Party of Brazil in Brasília",
          "Brasília, March 22nd -- Chen Zhou, vice minister of the IDCPC, met here today with Gleisi Hoffmann, "
          "president of the Workers' Party of Brazil. Chinese Ambassador to Brazil Zhu Qingqiao was present. "
          "The two sides discussed exchanges of governance experience between the two parties.",
          "2023-03-23", url(EN, "2023-03-23", 12), pos("Brazil", "meeting", {PT})),
    Probe("pos-amb-accompanies-vm-psuv-zh",
          "中联部副部长会见委内瑞拉统一社会主义党副主席",
          "当地时间5月17日，中联部副部长陈洲在加拉加斯会见委内瑞拉统一社会主义党第一副主席卡韦略。中国驻委内瑞拉大使蓝虎陪同会见。"
          "双方就加强两党治国理政经验交流交换意见。",
          "2023-05-19", url(ZH, "2023-05-19", 13), pos("Venezuela", "meeting", {PSUV}), lang="zh"),
    Probe("pos-idcpc-meets-brazilian-amb-en",
          "Liu Jianchao Meets with Brazilian Ambassador to China Marcos Galvão",
          "Beijing, July 4th (IDCPC)--Liu Jianchao, head of the IDCPC, met here today with Marcos Galvão, "
          "Ambassador of Brazil to China. They exchanged views on exchanges between Chinese and Brazilian "
          "political parties and on the visit of a Brazilian delegation later this year.",
          "2023-07-04", url(EN, "2023-07-04", 14), pos("Brazil", "meeting", set())),
    Probe("pos-mfa-vfm-meets-peruvian-amb-en",
          "Vice Foreign Minister Ma Zhaoxu Meets with Peruvian Ambassador to China",
          "On August 9, 2023, Vice Foreign Minister Ma Zhaoxu met with Peruvian Ambassador to China Luis "
          "Quesada in Beijing. The two sides discussed preparations for the APEC meetings to be hosted by Peru.",
          "2023-08-09", url(MFA_EN, "2023-08-09", 15), pos("Peru", "meeting"), source="mfa"),
    Probe("pos-mfa-vfm-meets-mexican-amb-zh",
          "外交部副部长谢锋会见墨西哥驻华大使",
          "2022年9月7日，外交部副部长谢锋在京会见墨西哥驻华大使卡纳尔，双方就中墨关系和共同关心的问题交换意见。",
          "2022-09-07", url(MFA_ZH, "2022-09-07", 16), pos("Mexico", "meeting"), lang="zh", source="mfa"),
    Probe("pos-idcpc-envoys-lac-group-met-en",
          "Liu Jianchao Meets with Envoys of Latin American and Caribbean Countries",
          "Beijing, February 16th (IDCPC)--Liu Jianchao met here today with ambassadors and diplomatic envoys "
          "of Latin American and Caribbean countries to China, including those of Cuba, Mexico, Brazil and "
          "Jamaica, and briefed them on the CPC's work for the year ahead.",
          "2023-02-16", url(EN, "2023-02-16", 17), pos("multilateral", "briefing", set()),
          doubtful={"event_type": "headline 'meets', text 'met ... and briefed them': a meeting or a briefing?"}),

    # ---- B. Chinese firms, students, athletes, artists, medical teams in LAC --------------------
    Probe("chinese-port-chancay-firm-en",
          "Chinese Firm Completes Main Works of Chancay Port",
          "LIMA, June 3 -- COSCO Shipping said on Monday that the main works of the Chancay port north of Lima "
          "had been completed. Chinese engineers and local workers have been building the deep-water terminal "
          "for three years, the company said, adding that trial operations would begin soon.",
          "2024-06-04", url(AGENCY_EN, "2024-06-04", 18), NEG),
    Probe("students-mexico-mid-autumn-zh",
          "中国留学生在墨西哥城欢度中秋",
          "新华社墨西哥城9月29日电 在墨西哥学习的中国留学生28日晚在墨西哥国立自治大学举办中秋联欢会，百余名学生和学者出席。"
          "同学们猜灯谜、品月饼，表达对祖国的思念。",
          "2023-09-29", url(AGENCY_ZH, "2023-09-29", 19), NEG, lang="zh"),
    Probe("athletes-rio-xi-meets-olympians-en",
          "Xi Meets Chinese Olympic Delegation Back from Rio",
          "Beijing, August 29 -- Chinese President Xi Jinping met members of the Chinese sports delegation to "
          "the Rio de Janeiro Olympic Games at the Great Hall of the People on Monday, praising the athletes' "
          "performance and their fighting spirit in Brazil.",
          "2016-08-29", url(MFA_EN, "2016-08-29", 20), NEG, source="mfa"),
    Probe("athletes-rio-xi-meets-olympians-zh",
          "习近平会见第31届奥运会中国体育代表团全体成员",
          "8月29日，习近平在人民大会堂会见出征里约热内卢奥运会的中国体育代表团全体成员，向他们表示热烈祝贺。"
          "习近平指出，健儿们在巴西赛场上顽强拼搏，为祖国争得了荣誉。",
          "2016-08-29", url(MFA_ZH, "2016-08-29", 21), NEG, lang="zh", source="mfa"),
    Probe("acrobats-havana-zh",
          "中国杂技团在哈瓦那演出受到欢迎",
          "新华社哈瓦那2月10日电 中国某杂技团9日晚在哈瓦那国家大剧院演出，精彩节目赢得观众阵阵掌声。"
          "这是该团本次拉美巡演的第二站，此前已在墨西哥演出多场。",
          "2024-02-10", url(AGENCY_ZH, "2024-02-10", 22), NEG, lang="zh"),
    Probe("medical-team-dominica-returns-zh",
          "援多米尼克医疗队载誉归来",
          "本报讯 12月8日，我省第五批援多米尼克医疗队圆满完成任务回国。省卫生健康委在机场举行欢迎仪式，"
          "队员们在多米尼克工作两年，诊治患者逾万人次。",
          "2023-12-09", url(PAPER_ZH, "2023-12-09", 23), NEG, lang="zh"),
    Probe("idcpc-meets-chinese-firms-in-lac-en",
          "IDCPC Holds Symposium with Chinese Enterprises Operating in Latin America",
          "Beijing, October 11th (IDCPC)--The IDCPC held a symposium here today with representatives of "
          "Chinese enterprises operating in Latin America and the Caribbean. Vice Minister Chen Zhou heard "
          "their experiences in Brazil, Mexico and Peru and asked them to support party-to-party exchanges.",
          "2023-10-11", url(EN, "2023-10-11", 24), NEG),
    Probe("chinese-film-week-buenos-aires-en",
          "Chinese Film Week Opens in Buenos Aires",
          "BUENOS AIRES, Oct. 18 -- A Chinese film week opened at a cinema in central Buenos Aires on Tuesday, "
          "showing six recent Chinese movies with Spanish subtitles. The event was organized by a Chinese "
          "film company and the Chinese Embassy in Argentina.",
          "2022-10-19", url(AGENCY_EN, "2022-10-19", 25), NEG),
    Probe("chinese-drivers-byd-bahia-en",
          "BYD Starts Production at Bahia Plant",
          "SALVADOR, Brazil, July 2 -- Chinese carmaker BYD began assembling vehicles at its new factory in the "
          "Brazilian state of Bahia on Wednesday, the company said in a statement.",
          "2025-07-03", url(AGENCY_EN, "2025-07-03", 26), NEG),
    # close positives
    Probe("pos-brazilian-business-delegation-en",
          "Chen Zhou Meets with Brazilian Business Delegation",
          "Beijing, June 13th (IDCPC)--Chen Zhou, vice minister of the IDCPC, met here today with a delegation "
          "of the Federation of Industries of the State of São Paulo. The two sides discussed how party "
          "exchanges can help trade and investment between China and Brazil.",
          "2023-06-13", url(EN, "2023-06-13", 27), pos("Brazil", "meeting", set())),
    Probe("pos-chilean-socialists-visit-chinese-firm-en",
          "Chilean Socialist Party Delegation Visits Guangdong",
          "Guangzhou, November 15th (IDCPC)--A delegation of the Socialist Party of Chile led by its secretary "
          "general visited Guangdong from November 13 to 15 at the invitation of the CPC. The delegation toured "
          "a Chinese electric-vehicle maker that supplies buses to Santiago and a rural revitalization project.",
          "2023-11-15", url(EN, "2023-11-15", 28), pos("Chile", "field_trip", {PSCH})),

    # ---- C. a LAC country as a topic ------------------------------------------------------------
    Probe("spokesperson-venezuela-situation-zh",
          "外交部发言人就委内瑞拉局势答记者问",
          "问：据报道，委内瑞拉局势近日出现新变化，中方对此有何评论？答：中方一贯主张各国内政由本国人民自主决定，"
          "反对外部势力干涉委内瑞拉内政。希望有关各方通过对话协商解决分歧。",
          "2019-01-24", url(MFA_ZH, "2019-01-24", 29), NEG, lang="zh", source="mfa"),
    Probe("wang-lavrov-talk-venezuela-en",
          "Wang Yi Holds Phone Talks with Russian Foreign Minister Sergey Lavrov",
          "On February 26, 2019, State Councilor and Foreign Minister Wang Yi held a phone conversation with "
          "Russian Foreign Minister Sergey Lavrov. The two sides exchanged views on the situation in Venezuela, "
          "agreeing that the Venezuelan question should be settled by the Venezuelan people themselves.",
          "2019-02-26", url(MFA_EN, "2019-02-26", 30), NEG, source="mfa"),
    Probe("wang-us-secretary-venezuela-zh",
          "王毅应约同美国国务卿通电话",
          "2019年2月9日，国务委员兼外交部长王毅应约同美国国务卿蓬佩奥通电话。双方就中美关系及委内瑞拉问题交换意见。"
          "王毅表示，中方反对对委内瑞拉进行军事干预。",
          "2019-02-09", url(MFA_ZH, "2019-02-09", 31), NEG, lang="zh", source="mfa"),
    Probe("cass-latin-american-studies-seminar-en",
          "Seminar on Latin American Left Held in Beijing",
          "Beijing, Dec. 5 -- Chinese scholars gathered at the Institute of Latin American Studies of the "
          "Chinese Academy of Social Sciences on Tuesday for a seminar on the new wave of left-wing governments "
          "in Latin America. Researchers from Peking University and Fudan University presented papers on "
          "Brazil, Colombia and Mexico.",
          "2023-12-06", url(AGENCY_EN, "2023-12-06", 32), NEG),
    Probe("chinese-lac-studies-society-zh",
          "中国拉丁美洲学会2023年学术大会在京召开",
          "本报北京11月19日电 中国拉丁美洲学会2023年学术大会18日在京召开，来自全国高校和科研机构的百余名学者围绕"
          "“拉美政治生态变化与中拉关系”展开研讨。与会者认为，拉美左翼力量的走势值得关注。",
          "2023-11-19", url(PAPER_ZH, "2023-11-19", 33), NEG, lang="zh"),
    Probe("xi-spain-pm-touches-latin-america-en",
          "Xi Jinping Meets with Spanish Prime Minister Pedro Sánchez",
          "On March 31, 2023, President Xi Jinping met with Spanish Prime Minister Pedro Sánchez in Beijing. "
          "Xi said that Spain, with its close ties to Latin America, can play a bridging role in cooperation "
          "among China, Europe and Latin America.",
          "2023-03-31", url(MFA_EN, "2023-03-31", 34), NEG, source="mfa"),
    Probe("idcpc-eu-parties-briefed-on-china-lac-en",
          "CPC Delegation Briefs European Party Figures on China-Latin America Cooperation",
          "Brussels, June 8th (IDCPC)--A CPC delegation led by Guo Yezhou met here today with figures of "
          "several European political parties and introduced China's cooperation with Latin American and "
          "Caribbean countries under the Belt and Road Initiative.",
          "2019-06-08", url(EN, "2019-06-08", 35), NEG),
    Probe("idcpc-think-tank-on-cuba-blockade-zh",
          "国内专家学者座谈美国对古巴封锁问题",
          "6月12日，当代世界研究中心在京举办座谈会，邀请国内专家学者围绕美国对古巴长期封锁的影响进行研讨。"
          "与会学者认为，封锁严重损害古巴人民的生存和发展权利。",
          "2024-06-12", url(ZH, "2024-06-12", 36), NEG, lang="zh"),
    Probe("mfa-un-vote-cuba-embargo-en",
          "Chinese Representative Speaks at UN General Assembly Debate on Cuba Embargo",
          "On November 2, China's permanent representative to the United Nations spoke at the General Assembly "
          "debate on the resolution calling for an end to the US embargo against Cuba, saying that China would "
          "vote in favour of it as it has done for many years.",
          "2023-11-03", url(MFA_EN, "2023-11-03", 37), NEG, source="mfa"),
    # close positives: the topic country's own actors take part
    Probe("pos-wang-gil-phone-situation-en",
          "Wang Yi Speaks with Venezuelan Foreign Minister Yván Gil on the Phone",
          "On August 6, 2024, Foreign Minister Wang Yi held a phone call with Venezuelan Foreign Minister Yván "
          "Gil at the latter's request. Gil briefed Wang on the situation in Venezuela after the presidential "
          "election, and Wang said China respects the choice of the Venezuelan people.",
          "2024-08-06", url(MFA_EN, "2024-08-06", 38), pos("Venezuela", "phone_call"), source="mfa"),
    Probe("pos-lac-studies-seminar-with-lac-parties-en",
          "Theory Seminar on Latin American Left Held with Parties from Cuba and Mexico",
          "Beijing, December 12th (IDCPC)--A theory seminar on socialism and the left in Latin America was held "
          "here today by the IDCPC. Chinese scholars discussed the topic with representatives of the Communist "
          "Party of Cuba and the National Regeneration Movement of Mexico.",
          "2023-12-12", url(EN, "2023-12-12", 39), pos("multilateral", "seminar", {PCC, MORENA})),
    Probe("pos-pcc-blockade-seminar-zh",
          "中古两党举行理论研讨会",
          "6月20日，中古两党第八届理论研讨会在京举行。中联部副部长孙海燕和古巴共产党中央委员会国际关系部部长出席并致辞，"
          "两党学者围绕反封锁斗争与社会主义建设进行研讨。",
          "2024-06-20", url(ZH, "2024-06-20", 40), pos("Cuba", "seminar", {PCC}), lang="zh"),

    # ---- D. a past visit recalled in a non-LAC meeting -------------------------------------------
    Probe("recall-visit-cuba-at-vietnam-meeting-en",
          "Liu Jianchao Meets with Delegation of the Communist Party of Vietnam",
          "Beijing, May 30th (IDCPC)--Liu Jianchao met here today with a delegation of the Communist Party of "
          "Vietnam. Liu recalled that on his visit to Cuba last year he had seen how socialist countries stand "
          "together, and said the CPC is ready to deepen exchanges with the CPV.",
          "2023-05-30", url(EN, "2023-05-30", 41), NEG),
    Probe("recall-visit-cuba-at-laos-meeting-zh",
          "刘建超会见老挝人民革命党代表团",
          "5月22日，中联部部长刘建超在京会见老挝人民革命党中央组织部部长率领的代表团。刘建超回顾了去年访问古巴的情况，"
          "表示社会主义国家执政党应加强治党治国经验交流。",
          "2023-05-22", url(ZH, "2023-05-22", 42), NEG, lang="zh"),
    Probe("recall-wang-back-from-brazil-serbia-en",
          "Wang Yi Meets with Serbian Foreign Minister",
          "On March 10, Wang Yi met with Serbian Foreign Minister in Beijing. Wang said he had just returned from "
          "Brazil and Colombia, where he saw strong support for multilateralism, and that China values its "
          "ironclad friendship with Serbia.",
          "2023-03-10", url(MFA_EN, "2023-03-10", 43), NEG, source="mfa"),
    Probe("provincial-secretary-reports-mexico-trip-zh",
          "省委常委会听取赴墨西哥访问情况汇报",
          "本报讯 7月3日，省委常委会召开会议，听取省委副书记率团赴墨西哥、巴拿马访问情况的汇报。会议要求抓好出访成果落实，"
          "推动我省与拉美地区经贸合作。",
          "2024-07-04", url(PAPER_ZH, "2024-07-04", 44), NEG, lang="zh"),
    Probe("recall-2014-brazil-at-kazakh-meeting-en",
          "Xi Jinping Meets with President of Kazakhstan",
          "Beijing, Oct. 17 -- President Xi Jinping met with Kazakh President Kassym-Jomart Tokayev on Tuesday. "
          "Xi recalled the BRICS summit he attended in Fortaleza, Brazil in 2014, saying the Global South is "
          "rising as a whole.",
          "2023-10-17", url(AGENCY_EN, "2023-10-17", 45), NEG),
    # close positives: the recalled country's actors are the counterpart now
    Probe("pos-recall-visit-cuba-meeting-pcc-en",
          "Liu Jianchao Meets with Delegation of the Communist Party of Cuba",
          "Beijing, May 30th (IDCPC)--Liu Jianchao met here today with a delegation of the Communist Party of "
          "Cuba led by Emilio Lozada García. Liu recalled his visit to Cuba last year and said the CPC is ready "
          "to deepen exchanges with the PCC.",
          "2023-05-30", url(EN, "2023-05-30", 46), pos("Cuba", "meeting", {PCC})),
    Probe("pos-xi-recalls-visit-meets-diaz-canel-zh",
          "习近平会见古巴国家主席迪亚斯-卡内尔",
          "2022年11月25日下午，国家主席习近平在人民大会堂会见古巴国家主席迪亚斯-卡内尔。习近平回忆起2014年访问古巴的情景，"
          "表示中古是好朋友、好同志、好兄弟。",
          "2022-11-25", url(MFA_ZH, "2022-11-25", 47), pos("Cuba", "meeting"), lang="zh", source="mfa"),

    # ---- E. a LAC city as the venue of a meeting with non-LAC guests ------------------------------
    Probe("venue-lima-xi-biden-zh",
          "习近平在利马会见美国总统拜登",
          "当地时间2024年11月16日下午，国家主席习近平在秘鲁利马出席亚太经合组织第三十一次领导人非正式会议期间会见美国总统拜登。"
          "双方就中美关系交换意见。",
          "2024-11-17", url(MFA_ZH, "2024-11-17", 48), NEG, lang="zh", source="mfa"),
    Probe("venue-rio-wang-meets-uk-zh",
          "王毅在里约热内卢会见英国外交大臣",
          "当地时间2024年11月18日，外交部长王毅在巴西里约热内卢会见英国外交大臣拉米。双方就中英关系交换了意见。",
          "2024-11-19", url(MFA_ZH, "2024-11-19", 49), NEG, lang="zh", source="mfa"),
    Probe("venue-rio-li-qiang-meets-nz-en",
          "Li Qiang Meets with New Zealand Prime Minister in Rio de Janeiro",
          "Rio de Janeiro, Nov. 19 -- Chinese Premier Li Qiang met New Zealand Prime Minister Christopher Luxon "
          "on the sidelines of the G20 summit in Rio on Tuesday. The two discussed trade and climate change.",
          "2024-11-20", url(AGENCY_EN, "2024-11-20", 50), NEG),
    Probe("venue-cancun-climate-india-en",
          "Xie Zhenhua Meets Indian Environment Minister in Cancún",
          "On December 8, Xie Zhenhua, vice chairman of the National Development and Reform Commission, met "
          "with Indian Environment Minister Jairam Ramesh in Cancún, Mexico, on the sidelines of the UN climate "
          "conference, coordinating the positions of the BASIC countries.",
          "2010-12-09", url(MFA_EN, "2010-12-09", 51), NEG, source="mfa"),
    Probe("venue-caracas-idcpc-meets-vietnamese-zh",
          "中共代表团在加拉加斯会见越南共产党代表团",
          "当地时间7月2日，正在委内瑞拉出席圣保罗论坛会议的中共代表团团长在加拉加斯会见越南共产党代表团团长，双方就两党交往交换意见。",
          "2023-07-04", url(ZH, "2023-07-04", 52), NEG, lang="zh",
          doubtful={"relevant": "the delegation is in Caracas for the São Paulo Forum (a LAC platform), but the "
                                "headline's exchange is with the Vietnamese: one page, one record",
                    "country": "as for relevant"}),
    Probe("venue-havana-g77-meets-african-en",
          "Chinese Envoy Meets Ugandan Vice President at Havana G77 Summit",
          "Havana, Sept. 15 -- Li Xi, special envoy of President Xi Jinping, met with Ugandan Vice President "
          "Jessica Alupo on the sidelines of the G77 and China summit in Havana on Friday.",
          "2023-09-16", url(AGENCY_EN, "2023-09-16", 53), NEG),
    Probe("venue-buenos-aires-g20-xi-trump-en",
          "Xi Jinping and Trump Hold Working Dinner in Buenos Aires",
          "On December 1, 2018, President Xi Jinping had a working dinner with US President Donald Trump in "
          "Buenos Aires, Argentina, after the G20 summit. The two heads of state reached a consensus on trade.",
          "2018-12-02", url(MFA_EN, "2018-12-02", 54), NEG, source="mfa"),
    # close positives: the host country's leaders
    Probe("pos-venue-lima-xi-boric-zh",
          "习近平在利马会见智利总统博里奇",
          "当地时间2024年11月16日，国家主席习近平在秘鲁利马出席亚太经合组织领导人非正式会议期间会见智利总统博里奇。",
          "2024-11-17", url(MFA_ZH, "2024-11-17", 55), pos("Chile", "meeting_on_sidelines"), lang="zh", source="mfa"),
    Probe("pos-venue-rio-wang-vieira-en",
          "Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira in Rio de Janeiro",
          "On November 18, 2024, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira on the "
          "sidelines of the G20 summit in Rio de Janeiro. They discussed the follow-up of President Xi's state "
          "visit to Brazil.",
          "2024-11-19", url(MFA_EN, "2024-11-19", 56), pos("Brazil", "meeting_on_sidelines"), source="mfa"),
    Probe("pos-venue-havana-li-xi-diaz-canel-en",
          "Li Xi Meets Cuban President Díaz-Canel in Havana",
          "Havana, Sept. 16 -- Li Xi, special envoy of President Xi Jinping, met with Cuban President Miguel "
          "Díaz-Canel in Havana on Saturday on the sidelines of the G77 and China summit.",
          "2023-09-17", url(AGENCY_EN, "2023-09-17", 57), pos("Cuba", "meeting_on_sidelines"), source="mfa"),

    # ---- F. LAC-sounding words in other names --------------------------------------------------
    Probe("lookalike-columbia-university-en",
          "Liu Jianchao Meets with Columbia University Professor Jeffrey Sachs",
          "Beijing, April 18th (IDCPC)--Liu Jianchao met here today with Jeffrey Sachs, professor at Columbia "
          "University in New York. They exchanged views on sustainable development and on China-US relations.",
          "2023-04-18", url(EN, "2023-04-18", 58), NEG),
    Probe("lookalike-columbia-university-zh",
          "刘建超会见美国哥伦比亚大学教授萨克斯",
          "4月18日，中联部部长刘建超在京会见美国哥伦比亚大学教授萨克斯，双方就可持续发展和中美关系交换意见。",
          "2023-04-18", url(ZH, "2023-04-18", 59), NEG, lang="zh"),
    Probe("lookalike-british-columbia-en",
          "Chen Zhou Meets with Delegation from British Columbia, Canada",
          "Beijing, September 5th (IDCPC)--Chen Zhou met here today with a delegation of members of the "
          "Legislative Assembly of British Columbia, Canada. They talked about exchanges between Chinese "
          "provinces and Canadian provinces.",
          "2019-09-05", url(EN, "2019-09-05", 60), NEG),
    Probe("lookalike-new-mexico-governor-en",
          "Vice Minister Meets with Governor of New Mexico",
          "Beijing, June 20 -- Vice Foreign Minister met with the Governor of the US state of New Mexico, "
          "Michelle Lujan Grisham, on Thursday. The two sides discussed subnational cooperation between "
          "China and the United States.",
          "2019-06-21", url(MFA_EN, "2019-06-21", 61), NEG, source="mfa"),
    Probe("lookalike-new-mexico-governor-zh",
          "外交部副部长会见美国新墨西哥州州长",
          "6月20日，外交部副部长在京会见美国新墨西哥州州长格里沙姆，双方就中美地方合作交换意见。",
          "2019-06-20", url(MFA_ZH, "2019-06-20", 62), NEG, lang="zh", source="mfa"),
    Probe("lookalike-rio-tinto-en",
          "Wang Yi Meets with Rio Tinto Chief Executive",
          "On May 23, Wang Yi met with Jakob Stausholm, chief executive of the mining group Rio Tinto, in "
          "Beijing. Wang welcomed the company's investment in China's green transition.",
          "2023-05-23", url(MFA_EN, "2023-05-23", 63), NEG, source="mfa"),
    Probe("lookalike-rio-tinto-zh",
          "王毅会见力拓集团首席执行官",
          "5月23日，王毅在京会见力拓集团首席执行官石道成，欢迎力拓扩大在华投资。",
          "2023-05-23", url(MFA_ZH, "2023-05-23", 64), NEG, lang="zh", source="mfa"),
    Probe("lookalike-pakistan-zhongba-zh",
          "刘建超会见巴基斯坦正义运动党代表团",
          "8月14日，中联部部长刘建超在京会见巴基斯坦正义运动党代表团。刘建超表示，中巴是全天候战略合作伙伴，"
          "愿同巴方推进中巴经济走廊建设。巴方表示，巴各政党都坚定支持巴中友好。",
          "2023-08-14", url(ZH, "2023-08-14", 65), NEG, lang="zh"),
    Probe("lookalike-amazon-company-en",
          "Vice Premier Meets with Amazon Executives",
          "Beijing, March 27 -- A Chinese vice premier met with senior executives of Amazon Web Services on "
          "Monday, welcoming US firms to share the opportunities of China's opening-up.",
          "2023-03-28", url(AGENCY_EN, "2023-03-28", 66), NEG),
    Probe("lookalike-chinese-firm-named-brazil-zh",
          "省领导调研浙江巴西木家具有限公司",
          "本报讯 3月2日，副省长到湖州调研浙江巴西木家具有限公司等企业，了解外贸订单和用工情况。该公司是一家民营企业，"
          "主要生产实木家具。",
          "2024-03-03", url(PAPER_ZH, "2024-03-03", 67), NEG, lang="zh"),
    Probe("lookalike-district-of-columbia-en",
          "IDCPC Delegation Visits United States",
          "Washington, D.C., January 18th (IDCPC)--A delegation of the IDCPC visited the District of Columbia "
          "and New York from January 14 to 18, meeting members of Congress, think tanks and business leaders.",
          "2024-01-18", url(EN, "2024-01-18", 68), NEG),
    Probe("lookalike-latin-language-en",
          "Seminar on Latin and Ancient Greek Classics Held in Beijing",
          "Beijing, May 5 -- Scholars from China, Italy and Greece attended a seminar on Latin and ancient Greek "
          "classics at Peking University on Friday, discussing the translation of Roman authors into Chinese.",
          "2023-05-06", url(AGENCY_EN, "2023-05-06", 69), NEG),
    Probe("lookalike-guinea-bissau-party-en",
          "Qian Hongshan Meets with PAIGC Delegation from Guinea-Bissau",
          "Beijing, November 2nd (IDCPC)--Qian Hongshan met here today with a delegation of the African Party for "
          "the Independence of Guinea and Cape Verde (PAIGC) of Guinea-Bissau. The two sides discussed party "
          "building and governance.",
          "2019-11-02", url(EN, "2019-11-02", 70), NEG),
    # close positives
    Probe("pos-colombian-liberal-party-zh",
          "郭业洲会见哥伦比亚自由党代表团",
          "9月12日，中联部副部长郭业洲在京会见哥伦比亚自由党总书记率领的代表团，双方就两党关系交换意见。",
          "2019-09-12", url(ZH, "2019-09-12", 71), pos("Colombia", "meeting", {PLC}), lang="zh"),
    Probe("pos-mexican-state-governor-en",
          "Chen Zhou Meets with Governor of the Mexican State of Veracruz",
          "Beijing, August 22nd (IDCPC)--Chen Zhou met here today with Cuitláhuac García, governor of the "
          "Mexican state of Veracruz and member of the National Regeneration Movement (Morena). They discussed "
          "subnational exchanges between China and Mexico.",
          "2023-08-22", url(EN, "2023-08-22", 72), pos("Mexico", "meeting", {MORENA})),

    # ---- G. a Chinese leader's LAC trip told to non-LAC guests -----------------------------------
    Probe("trip-briefed-to-egyptian-fm-en",
          "Wang Yi Meets with Egyptian Foreign Minister",
          "On November 28, 2024, Foreign Minister Wang Yi met with Egyptian Foreign Minister Badr Abdelatty in "
          "Beijing. Wang briefed him on the outcomes of President Xi Jinping's recent trip to Peru and Brazil "
          "for the APEC and G20 summits.",
          "2024-11-28", url(MFA_EN, "2024-11-28", 73), NEG, source="mfa"),
    Probe("trip-told-to-singapore-pm-zh",
          "李强会见新加坡总理",
          "2024年11月25日，国务院总理李强在人民大会堂会见新加坡总理。李强介绍了习近平主席出席亚太经合组织会议并对秘鲁、巴西进行国事访问的成果。",
          "2024-11-25", url(MFA_ZH, "2024-11-25", 74), NEG, lang="zh", source="mfa"),
    Probe("trip-briefed-to-asian-envoys-en",
          "Liu Jianchao Briefs Asian Envoys on Xi's Trip to Latin America",
          "Beijing, November 27th (IDCPC)--Liu Jianchao met here today with ambassadors of Asian countries to "
          "China and briefed them on President Xi Jinping's visits to Peru and Brazil.",
          "2024-11-27", url(EN, "2024-11-27", 75), NEG),
    Probe("trip-in-party-cadre-study-zh",
          "中联部召开会议传达学习习近平主席拉美之行重要成果",
          "11月26日，中联部召开部务会，传达学习习近平主席出席亚太经合组织第三十一次领导人非正式会议、二十国集团峰会并对秘鲁、"
          "巴西进行国事访问的重要成果，研究部署贯彻落实工作。",
          "2024-11-26", url(ZH, "2024-11-26", 76), NEG, lang="zh"),
    Probe("trip-spokesperson-announces-en",
          "Foreign Ministry Spokesperson Announces President Xi's Trip to Peru and Brazil",
          "Foreign Ministry Spokesperson Lin Jian announced on November 8 that at the invitation of President "
          "Dina Boluarte of Peru and President Luiz Inácio Lula da Silva of Brazil, President Xi Jinping will "
          "attend the APEC meeting in Lima and the G20 summit in Rio de Janeiro and pay state visits to the two "
          "countries from November 13 to 21.",
          "2024-11-08", url(MFA_EN, "2024-11-08", 77), pos("multilateral", "state_visit"), source="mfa"),
    # close positives
    Probe("pos-trip-briefed-to-lac-envoys-en",
          "Liu Jianchao Briefs Latin American Envoys on Xi's Trip",
          "Beijing, November 27th (IDCPC)--Liu Jianchao held a briefing here today for ambassadors of Latin "
          "American and Caribbean countries to China, including those of Chile, Uruguay and Bolivia, on the "
          "outcomes of President Xi Jinping's visits to Peru and Brazil.",
          "2024-11-27", url(EN, "2024-11-27", 78), pos("multilateral", "briefing", set())),
    Probe("pos-trip-wang-meets-peruvian-fm-en",
          "Wang Yi Meets with Peruvian Foreign Minister Elmer Schialer",
          "On October 30, 2024, Foreign Minister Wang Yi met with Peruvian Foreign Minister Elmer Schialer in "
          "Beijing. The two discussed preparations for President Xi Jinping's state visit to Peru next month.",
          "2024-10-30", url(MFA_EN, "2024-10-30", 79), pos("Peru", "meeting"), source="mfa"),

    # ---- H. more mixes, traditional Chinese, copies ---------------------------------------------
    Probe("hk-amb-argentina-chinese-chamber-zh-hant",
          "中國駐阿根廷大使出席華商會年會",
          "【本報訊】中國駐阿根廷大使王衛日前出席阿根廷華商聯合會年會，勉勵僑胞守法經營，融入當地社會。",
          "2023-06-05", url(HK_ZH, "2023-06-05", 80), NEG, lang="zh"),
    Probe("hk-pos-idcpc-fsln-zh-hant",
          "中聯部副部長會見尼加拉瓜桑解陣代表團",
          "【本報訊】中聯部副部長陳洲4日在北京會見尼加拉瓜桑地諾民族解放陣線代表團，雙方就深化兩黨交往交換意見。",
          "2023-12-05", url(HK_ZH, "2023-12-05", 81), pos("Nicaragua", "meeting", {FSLN}), lang="zh"),
    Probe("hk-amb-cuba-meets-russian-amb-zh-hant",
          "中國駐古巴大使會見俄羅斯駐古巴大使",
          "【本報訊】中國駐古巴大使馬輝日前在哈瓦那會見俄羅斯駐古巴大使，雙方就加強在古兩國使館合作交換意見。",
          "2023-03-02", url(HK_ZH, "2023-03-02", 82), NEG, lang="zh"),
    Probe("agency-chinese-naval-ship-crew-en",
          "Chinese Naval Ship Crew Plays Friendly Match with Overseas Chinese in Jamaica",
          " date 2024-10-12 Home | World | China Chinese Naval Ship Crew Plays Friendly Match with Overseas Chinese in Jamaica "
          "KINGSTON, Oct. 11 -- Sailors of a Chinese navy hospital ship docked in Kingston played a friendly "
          "basketball match with members of the Chinese community in Jamaica on Friday. Editor: Li Ming",
          "2024-10-12", url(AGENCY_EN, "2024-10-12", 83), NEG),
    Probe("agency-idcpc-meets-chinese-scholars-latam-en",
          "IDCPC Consults Chinese Scholars on Latin American Politics",
          "Beijing, January 9 -- The IDCPC invited Chinese scholars on Latin America to a consultation on "
          "Tuesday on the results of recent elections in Argentina, Ecuador and Guatemala. Vice minister Chen "
          "Zhou chaired the meeting.",
          "2024-01-10", url(AGENCY_EN, "2024-01-10", 84), NEG),
    Probe("agency-pos-idcpc-meets-argentine-pj-en",
          "IDCPC Vice Minister Meets Argentine Justicialist Party Delegation",
          " date 2023-10-18 Home | Politics Beijing, Oct. 17 -- Chen Zhou, vice minister of the IDCPC, met "
          "a delegation of Argentina's Justicialist Party on Tuesday, with Chinese Ambassador to Argentina Wang "
          "Wei attending. They agreed to strengthen exchanges on governance. Editor: Zhang Wei",
          "2023-10-18", url(AGENCY_EN, "2023-10-18", 85), pos("Argentina", "meeting", {PJ})),
    Probe("mfa-chinese-evacuation-haiti-zh",
          "外交部领事司提醒在海地中国公民注意安全",
          "近日，海地首都太子港安全形势持续恶化。外交部和中国驻海地商务代表处提醒在海地中国公民加强安全防范，避免前往危险地区。",
          "2024-03-08", url(MFA_ZH, "2024-03-08", 86), NEG, lang="zh", source="mfa"),
    Probe("mfa-minister-condoles-chinese-victims-in-peru-en",
          "Wang Yi Expresses Condolences over Chinese Citizens Killed in Peru Bus Accident",
          "On January 15, Foreign Minister Wang Yi expressed deep condolences over the deaths of Chinese tourists "
          "in a bus accident in Peru and instructed the embassy to help the families of the victims.",
          "2024-01-15", url(MFA_EN, "2024-01-15", 87), NEG, source="mfa"),
    Probe("pos-mfa-thanks-peru-fm-rescue-zh",
          "王毅致电秘鲁外长感谢秘方救助中国游客",
          "1月15日，外交部长王毅致函秘鲁外长，感谢秘方在车祸发生后全力救治中国游客。",
          "2024-01-15", url(MFA_ZH, "2024-01-15", 88), pos("Peru", "message"), lang="zh", source="mfa"),
    Probe("idcpc-chinese-youth-delegation-to-brazil-ends-en",
          "Chinese Youth Delegation Returns from Study Tour of Brazilian Universities",
          "Beijing, September 3rd -- A delegation of Chinese university students returned here today from a "
          "two-week study tour of universities in São Paulo and Rio de Janeiro organized by the China Youth "
          "Federation, during which they attended lectures on Brazilian history.",
          "2019-09-03", url(AGENCY_EN, "2019-09-03", 89), NEG,
          doubtful={"relevant": "the students met Brazilian universities (LAC actors) but no CPC/IDCPC side"}),
    Probe("mfa-wang-meets-chinese-staff-embassy-mexico-en",
          "Wang Yi Meets with Staff of the Chinese Embassy in Mexico",
          "Mexico City, Sept. 21 -- Foreign Minister Wang Yi met with staff of the Chinese Embassy in Mexico and "
          "representatives of Chinese enterprises and overseas Chinese on Thursday, encouraging them to serve "
          "the friendship between China and Mexico.",
          "2023-09-22", url(AGENCY_EN, "2023-09-22", 90), NEG, source="mfa"),
    Probe("pos-mfa-wang-meets-mexican-fm-in-mexico-city-en",
          "Wang Yi Holds Talks with Mexican Foreign Secretary",
          "Mexico City, Sept. 21 -- Foreign Minister Wang Yi held talks with Mexican Foreign Secretary Alicia "
          "Bárcena in Mexico City on Thursday. Wang said China is ready to work with Mexico to deepen the "
          "comprehensive strategic partnership.",
          "2023-09-22", url(AGENCY_EN, "2023-09-22", 91), pos("Mexico", "talks"), source="mfa"),
    Probe("zh-chinese-ambassador-chile-interview-zh",
          "驻智利大使接受中国媒体联合采访",
          "2023年10月10日，驻智利大使牛清报接受中国媒体驻智利记者联合采访，介绍中智关系发展情况和博里奇总统访华筹备工作。",
          "2023-10-11", url(MFA_ZH, "2023-10-11", 92), NEG, lang="zh", source="mfa"),
    Probe("zh-chinese-artists-brazil-carnival-zh",
          "中国艺术家参加里约狂欢节巡游",
          "新华社里约热内卢2月12日电 来自中国的舞蹈演员和鼓手11日晚参加里约热内卢狂欢节巡游，展示了舞龙舞狮等中国传统艺术。",
          "2024-02-12", url(AGENCY_ZH, "2024-02-12", 93), NEG, lang="zh"),
    Probe("pos-idcpc-chinese-scholars-with-cuban-party-school-zh",
          "中国学者代表团访问古巴共产党高级党校",
          "当地时间3月14日，中联部组织的中国学者代表团在哈瓦那访问古巴共产党“尼科·洛佩斯”高级党校，同古方学者就社会主义建设进行交流。",
          "2024-03-16", url(ZH, "2024-03-16", 94), pos("Cuba", "delegation_visit_abroad", {PCC}), lang="zh",
          doubtful={"event_type": "a CPC-organised scholars' delegation visiting a party school: a visit abroad or a seminar?"}),
    # ---- I. written after the first run: the Chinese group beside a LAC one (the rule's limits) ----
    Probe("pos-xi-chinese-and-brazilian-entrepreneurs-en",
          "Xi Jinping Meets Chinese and Brazilian Entrepreneurs in Brasília",
          "Brasília, Nov. 20 -- President Xi Jinping met representatives of Chinese and Brazilian business "
          "communities in Brasília on Wednesday, together with Brazilian Minister of Development Geraldo Alckmin, "
          "and encouraged them to deepen cooperation.",
          "2024-11-21", url(AGENCY_EN, "2024-11-21", 95), pos("Brazil", "meeting"), source="mfa"),
    Probe("cuban-president-meets-chinese-experts-zh",
          "古巴国家主席迪亚斯-卡内尔会见中国医疗专家代表团",
          "新华社哈瓦那3月3日电 古巴国家主席迪亚斯-卡内尔2日会见来访的中国医疗专家代表团，感谢中方长期以来对古巴医疗卫生事业的支持。",
          "2024-03-03", url(AGENCY_ZH, "2024-03-03", 96), NEG, lang="zh", source="mfa",
          doubtful={"relevant": "a LAC head of state meets Chinese experts: no Chinese minister, so no MFA "
                                "exchange (Who counts), but the LAC side is an actor",
                    "country": "as for relevant"}),
    Probe("pos-idcpc-cuban-delegation-and-chinese-scholars-en",
          "Liu Jianchao Meets PCC Delegation and Chinese Scholars on Cuba",
          "Beijing, April 9th (IDCPC)--Liu Jianchao met here today with a delegation of the Communist Party of "
          "Cuba and a group of Chinese scholars on Cuba who accompanied the guests on their stay.",
          "2024-04-09", url(EN, "2024-04-09", 97), pos("Cuba", "meeting", {PCC})),
    Probe("lac-media-party-meets-chinese-team-en",
          "Party leaders meet Chinese delegation",
          "HAVANA, May 10 (Prensa Latina) -- Leaders of the Communist Party of Cuba met on Thursday with a "
          "delegation of the Communist Party of China headed by a member of its Central Committee.",
          "2024-05-10", "https://www.plenglish.com/news/2024/05/10/story-98/", pos("Cuba", "meeting", {PCC})),
    Probe("wang-visits-chinese-peacekeepers-haiti-history-en",
          "Wang Yi Visits Chinese Peacekeepers Back from Haiti",
          "Beijing, Oct. 20 -- Foreign Minister Wang Yi visited members of a Chinese police peacekeeping unit "
          "who returned from the UN mission in Haiti, thanking them for their service.",
          "2010-10-21", url(AGENCY_EN, "2010-10-21", 99), NEG, source="mfa"),
    Probe("zh-idcpc-chinese-scholars-then-party-talk-zh",
          "中联部召开座谈会听取专家学者对拉美形势的意见",
          "1月9日，中联部召开座谈会，邀请国内拉美问题专家学者就阿根廷、厄瓜多尔等国大选后形势进行分析研判。副部长陈洲主持会议。",
          "2024-01-09", url(ZH, "2024-01-09", 100), NEG, lang="zh"),
    # ---- J. a second batch, written after the first fixes (kinds the first batch lacked) ---------
    Probe("recall-wang-back-from-brazil-serbia-zh",
          "王毅会见塞尔维亚外长",
          "2023年3月10日，外交部长王毅在京会见塞尔维亚外长。王毅表示，他刚刚结束对巴西和哥伦比亚的访问，深感各方对多边主义的支持。",
          "2023-03-10", url(MFA_ZH, "2023-03-10", 101), NEG, lang="zh", source="mfa"),
    Probe("venue-mexico-city-cpc-meets-psoe-zh",
          "中共代表团在墨西哥城会见西班牙工人社会党代表",
          "当地时间10月5日，正在墨西哥出席国际会议的中共代表团在墨西哥城会见西班牙工人社会党国际书记，双方就中欧关系交换意见。",
          "2023-10-07", url(ZH, "2023-10-07", 102), NEG, lang="zh"),
    Probe("topic-haiti-security-council-zh",
          "中国代表在安理会海地问题公开会上发言",
          "当地时间7月3日，中国常驻联合国代表在安理会海地问题公开会上发言，呼吁国际社会帮助海地恢复安全稳定。",
          "2024-07-04", url(MFA_ZH, "2024-07-04", 103), NEG, lang="zh", source="mfa"),
    Probe("topic-panama-canal-us-call-en",
          "Wang Yi Speaks with US Secretary of State on the Phone",
          "On February 21, Foreign Minister Wang Yi spoke on the phone with US Secretary of State. Wang set out "
          "China's position on questions concerning the Panama Canal and rejected claims about Chinese control "
          "of its ports.",
          "2025-02-21", url(MFA_EN, "2025-02-21", 104), NEG, source="mfa"),
    Probe("lookalike-cbs-columbia-broadcasting-zh",
          "王毅接受美国哥伦比亚广播公司专访",
          "当地时间9月22日，外交部长王毅在纽约接受美国哥伦比亚广播公司专访，就中美关系回答记者提问。",
          "2023-09-23", url(MFA_ZH, "2023-09-23", 105), NEG, lang="zh", source="mfa"),
    Probe("lookalike-royal-caribbean-en",
          "Vice Premier Meets with Chairman of Royal Caribbean Group",
          "Beijing, April 12 -- A Chinese vice premier met with the chairman and chief executive of the cruise "
          "company Royal Caribbean Group on Wednesday, welcoming the firm to expand its business in China.",
          "2023-04-13", url(AGENCY_EN, "2023-04-13", 106), NEG),
    Probe("lookalike-psoe-latin-america-secretary-en",
          "Qian Hongshan Meets with PSOE Secretary for Latin America",
          "Beijing, June 12th (IDCPC)--Qian Hongshan met here today with the Secretary for Latin America of the "
          "Spanish Socialist Workers' Party (PSOE). The two sides exchanged views on China-EU relations and on "
          "ties between Europe and Latin America.",
          "2019-06-12", url(EN, "2019-06-12", 107), NEG),
    Probe("chinese-envoys-conference-wang-zh",
          "王毅出席驻拉美和加勒比地区使节会议",
          "2月20日，外交部长王毅在京出席中国驻拉美和加勒比地区国家使节会议并讲话，要求使节们推动中拉关系高质量发展。",
          "2024-02-20", url(MFA_ZH, "2024-02-20", 108), NEG, lang="zh", source="mfa"),
    Probe("argentine-tango-troupe-beijing-en",
          "Argentine Tango Troupe Performs in Beijing",
          "BEIJING, Aug. 4 -- An Argentine tango troupe gave two performances at a Beijing theater this week, "
          "the first stop of a tour of five Chinese cities, the organizers said on Friday.",
          "2023-08-05", url(AGENCY_EN, "2023-08-05", 109), NEG),
    Probe("guyana-health-minister-chinese-medical-team-en",
          "Guyanese Health Minister Meets Chinese Medical Team",
          "GEORGETOWN, March 15 -- Guyana's Minister of Health Frank Anthony met members of the 17th Chinese "
          "medical team at the Georgetown Public Hospital on Friday and thanked them for their service.",
          "2024-03-16", url(AGENCY_EN, "2024-03-16", 110), NEG, source="mfa"),
    Probe("xi-returns-from-peru-brazil-en",
          "Xi Jinping Returns to Beijing after APEC Meeting and State Visits to Peru and Brazil",
          "Beijing, Nov. 22 -- President Xi Jinping returned to Beijing on Friday after attending the APEC "
          "Economic Leaders' Meeting in Lima and the G20 summit in Rio de Janeiro and paying state visits to "
          "Peru and Brazil.",
          "2024-11-22", url(MFA_EN, "2024-11-22", 111), pos("multilateral", "state_visit"), source="mfa",
          doubtful={"event_type": "the return home of a trip: a page about the visit as a whole (state visit)?"}),
    Probe("pos-psoe-and-lac-parties-at-meeting-en",
          "Qian Hongshan Meets with Delegates of Mexican and Spanish Parties",
          "Beijing, June 14th (IDCPC)--Qian Hongshan met here today with a delegation of the Institutional "
          "Revolutionary Party of Mexico and a delegation of the Spanish Socialist Workers' Party, who are "
          "attending a seminar in Beijing.",
          "2019-06-14", url(EN, "2019-06-14", 112),
          pos("Mexico", "meeting", {"Institutional Revolutionary Party"})),
    Probe("chinese-scholar-lecture-cuba-revolution-zh",
          "中央党校学者讲授古巴革命史",
          "本报讯 5月8日，中央党校（国家行政学院）国际战略研究院一位教授为学员讲授古巴革命史专题课，介绍古巴社会主义建设的经验教训。",
          "2024-05-09", url(PAPER_ZH, "2024-05-09", 113), NEG, lang="zh"),
    Probe("pos-party-school-course-for-cuban-cadres-zh",
          "古巴共产党干部研修班在京开班",
          "5月8日，古巴共产党干部研修班在京开班。中联部副部长孙海燕出席开班式并致辞，研修班学员将围绕治国理政经验开展学习考察。",
          "2024-05-08", url(ZH, "2024-05-08", 114), pos("Cuba", "training_course", {PCC}), lang="zh"),
    Probe("chinese-company-brazil-name-en",
          "Vice Minister Visits Zhejiang Samba Textiles Co.",
          "Hangzhou, March 2 -- A vice minister of commerce visited Zhejiang Samba Textiles Co. and other export "
          "firms on Saturday to learn about their orders and the labour supply.",
          "2024-03-03", url(AGENCY_EN, "2024-03-03", 115), NEG),
    Probe("lookalike-new-mexico-state-university-idcpc-en",
          "Chen Zhou Meets with Delegation of New Mexico State University",
          "Beijing, October 9th (IDCPC)--Chen Zhou met here today with a delegation of New Mexico State "
          "University of the United States. They discussed people-to-people exchanges.",
          "2023-10-09", url(EN, "2023-10-09", 116), NEG),
    Probe("chinese-ambassador-mexico-third-party-reception-en",
          "Chinese Ambassador Attends Japanese Embassy Reception in Mexico City",
          "MEXICO CITY, Dec. 6 -- Chinese Ambassador to Mexico Zhang Run attended a reception hosted by the "
          "Japanese embassy in Mexico City on Tuesday, where he spoke with diplomats of several countries.",
          "2023-12-07", url(AGENCY_EN, "2023-12-07", 117), NEG),
    Probe("pos-vice-premier-meets-royal-caribbean-and-bahamas-en",
          "Vice Premier Meets with Bahamian Prime Minister Philip Davis",
          "Beijing, April 13 -- A Chinese vice premier met with Bahamian Prime Minister Philip Davis on Thursday. "
          "The two discussed tourism, including cruises operated by Royal Caribbean Group from Nassau.",
          "2023-04-14", url(AGENCY_EN, "2023-04-14", 118), pos("Bahamas", "meeting"), source="mfa"),
    # ---- K. third batch: the Chinese group's words beside a LAC group in one headline ------------
    Probe("pos-li-qiang-brazilian-and-chinese-entrepreneurs-zh",
          "李强会见巴西企业家和中国企业家代表",
          "当地时间11月19日，国务院总理李强在里约热内卢会见巴西企业家和中国企业家代表，巴西副总统阿尔克明一同出席。",
          "2024-11-20", url(MFA_ZH, "2024-11-20", 119), pos("Brazil", "meeting"), lang="zh", source="mfa"),
    Probe("pos-wang-meets-venezuelan-students-in-china-en",
          "Wang Yi Meets Venezuelan Students and Chinese Teachers",
          "Beijing, Sept. 9 -- Foreign Minister Wang Yi met Venezuelan students studying in China and their "
          "Chinese teachers on Monday, together with Venezuelan Ambassador to China.",
          "2024-09-10", url(AGENCY_EN, "2024-09-10", 120), pos("Venezuela", "meeting"), source="mfa"),
    Probe("medical-team-in-peru-visited-by-chinese-vm-zh",
          "外交部副部长看望在秘鲁的中国医疗队员",
          "当地时间4月3日，外交部副部长在利马看望中国援秘医疗队员，勉励大家为中秘友好多作贡献。",
          "2024-04-05", url(MFA_ZH, "2024-04-05", 121), NEG, lang="zh", source="mfa"),
    Probe("pos-chinese-vm-meets-peruvian-health-minister-and-team-zh",
          "外交部副部长会见秘鲁卫生部长并看望中国医疗队",
          "当地时间4月3日，外交部副部长在利马会见秘鲁卫生部长，随后看望中国援秘医疗队员。",
          "2024-04-05", url(MFA_ZH, "2024-04-05", 122), pos("Peru", "meeting"), lang="zh", source="mfa"),
]

# Probes that fail still: (probe id, field) -> why.
# (the first run's failures — 11 negatives taken as relevant, one seminar's parties — are fixed: see
# the commit after the probes' own)
OPEN: dict[tuple[str, str], str] = {}



@pytest.mark.parametrize(("probe", "name", "expected"), cases(PROBES, OPEN))
def test_not_counterpart_field(probe: Probe, name: str, expected):
    """Codebook: relevant needs a LAC actor taking part in the exchange the page reports; the country
    is that actor's; a LAC place, topic, name part, or China's own people in LAC are no counterpart."""
    assert value_of(record_of(probe), name) == expected


def test_probe_ids_are_unique():
    assert_unique_ids(PROBES)
