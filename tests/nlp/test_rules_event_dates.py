"""event_date on full-length pages: the day of the exchange the headline reports (codebook,
../shared/eval/SCHEMA.md: decision rules -> event_date, "Dates of visits and briefings", "One
page, one record"). Self-written releases in the sites' and the agencies' styles."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

XINHUA = "https://english.news.cn/20240510/a1/c.html"
XINHUA_ZH = "http://www.news.cn/politics/leaders/20240510/a1/c.html"


# ------------------------------------------- a plan mentioned in a report is not the page's exchange

@pytest.mark.parametrize("lang,source,title,text,published,expected", [
    ("en", "mfa", "Wang Yi Holds Talks with Chilean Foreign Minister",
     "On the morning of June 3, 2024, Foreign Minister Wang Yi held talks with Chilean Foreign Minister "
     "Alberto van Klaveren in Beijing.\n\nWang Yi said China is ready to deepen cooperation with Chile. The "
     "two ministers will attend a seminar on lithium cooperation in Tianjin on June 5.\n\n"
     "Van Klaveren said Chile values its relations with China.", "2024-06-03", "2024-06-03"),
    ("zh", "mfa", "王毅同智利外长会谈",
     "2024年6月3日上午，外交部长王毅在北京同智利外长范克拉韦伦举行会谈。\n\n王毅表示，中方愿同智方深化合作。"
     "双方将于6月5日在天津共同出席锂业合作研讨会。\n\n范克拉韦伦表示，智方重视对华关系。",
     "2024-06-03", "2024-06-03"),
    ("en", "idcpc", "Sun Haiyan Meets with Study Group of the Socialist Party of Chile",
     "Beijing, June 3rd--Sun Haiyan, Vice-minister of the IDCPC, met here today with a study group "
     "of the Socialist Party of Chile.\nSun Haiyan said the CPC "
     "is ready to share experience of governance. The group will visit Zhejiang Province from June 5th to "
     "9th.\nThe Chilean guests thanked the CPC for the arrangements.", "2024-06-03", "2024-06-03"),
    ("zh", "idcpc", "孙海燕会见智利社会党考察团",
     "6月3日，中联部副部长孙海燕在京会见智利社会党考察团。\n孙海燕表示，中共愿同智利社会党分享治国理政经验。"
     "考察团将于6月5日至9日赴浙江省考察。\n考察团成员感谢中方的周到安排。", "2024-06-03", "2024-06-03"),
])
def test_a_plan_mentioned_after_the_lead_does_not_date_a_past_exchange(lang, source, title, text,
                                                                       published, expected):
    make = idcpc if source == "idcpc" else mfa
    record = make(text, title=title, published=published, lang=lang)
    assert record.event_date == expected


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Chilean President to Visit China",
     "BEIJING, June 3 (Xinhua) -- Chilean President Gabriel Boric will pay a state visit to China, a Foreign "
     "Ministry spokesperson announced on Monday.\nBoric will be in China from June 10 to 14, the "
     "spokesperson said."),
    ("zh", "智利总统将访华",
     "外交部发言人宣布，应国家主席习近平邀请，智利总统博里奇将对中国进行国事访问。\n访问将于6月10日至14日举行。"),
])
def test_an_announcement_is_dated_by_the_day_its_exchange_starts(lang, title, text):
    record = mfa(text, title=title, published="2024-06-03", lang=lang)
    assert record.event_date == "2024-06-10"


# ------------------------------------ a meeting during a visit is dated by the meeting, not the visit

@pytest.mark.parametrize("lang,title,text,published,expected", [
    ("en", "Xi Jinping Holds Talks with Chilean President Boric",
     "On October 17, 2023, President Xi Jinping held talks in Beijing with Chilean President Gabriel Boric, "
     "who is paying a state visit to China from October 15 to 20.\n\nXi Jinping said China and Chile are "
     "good friends.", "2023-10-17", "2023-10-17"),
    ("en", "Wang Yi Meets with Peruvian Foreign Minister",
     "On March 6, 2024 local time, Foreign Minister Wang Yi met with Peruvian Foreign Minister Javier "
     "Gonzalez-Olaechea in Lima during his official visit to Peru from March 5 to 7.\n\nThe two sides "
     "exchanged views on APEC.", "2024-03-07", "2024-03-06"),
    ("zh", "王毅同秘鲁外长会谈",
     "应秘鲁外长邀请，外交部长王毅于2024年3月5日至7日对秘鲁进行正式访问。6日，王毅在利马同秘鲁外长冈萨雷斯-奥拉埃切亚"
     "举行会谈。\n\n双方就亚太经合组织合作交换了意见。", "2024-03-07", "2024-03-06"),
])
def test_a_meeting_or_talks_page_is_not_dated_by_the_visits_span(lang, title, text, published, expected):
    record = mfa(text, title=title, published=published, lang=lang)
    assert record.event_type in ("talks", "meeting")
    assert record.event_date == expected


def test_a_visit_page_still_takes_the_visits_first_day():
    record = mfa("At the invitation of President Xi Jinping, Chilean President Gabriel Boric paid a state "
                 "visit to China from October 15 to 20, 2023. On October 17, President Xi Jinping held talks "
                 "with him in Beijing.",
                 title="Chilean President Boric Concludes State Visit to China", published="2023-10-20")
    assert record.event_type == "state_visit"
    assert record.event_date == "2023-10-15"


# ------------------------------------------ a message is dated by its own day, not by its occasion's

@pytest.mark.parametrize("lang,url,title,text,published,expected", [
    ("en", XINHUA, "Xi congratulates Orsi on election as Uruguayan president",
     "BEIJING, Nov. 26 (Xinhua) -- Chinese President Xi Jinping has sent a congratulatory message to Yamandu "
     "Orsi on his election as president of Uruguay in the run-off held on Sunday.\nXi said China and Uruguay "
     "are comprehensive strategic partners.", "2024-11-26", "2024-11-26"),
    ("en", XINHUA, "Xi sends condolences to Chilean president over forest fires",
     "BEIJING, Feb. 5 (Xinhua) -- Chinese President Xi Jinping has sent a message of condolence to Chilean "
     "President Gabriel Boric over the forest fires that broke out in Valparaiso on Friday.\nXi expressed "
     "deep condolences to the victims.", "2024-02-05", "2024-02-05"),
    ("zh", XINHUA_ZH, "习近平致电祝贺奥尔西当选乌拉圭总统",
     "新华社北京11月26日电 国家主席习近平致电奥尔西，祝贺他在11月24日举行的乌拉圭大选中当选乌拉圭总统。\n"
     "习近平指出，中乌是全面战略伙伴。", "2024-11-26", "2024-11-26"),
    ("zh", XINHUA_ZH, "习近平就智利森林火灾向博里奇致慰问电",
     "新华社北京2月5日电 智利瓦尔帕莱索大区2日起发生森林火灾，造成重大人员伤亡。"
     "国家主席习近平致电智利总统博里奇，表示深切哀悼。\n习近平表示，相信智利人民一定能够战胜灾害。",
     "2024-02-05", "2024-02-05"),
])
def test_the_occasions_day_is_not_the_messages(lang, url, title, text, published, expected):
    record = mfa(text, title=title, published=published, lang=lang, url=url)
    assert record.event_type == "message"
    assert record.event_date == expected


def test_a_day_in_a_relative_clause_is_not_the_messages():
    record = idcpc("Beijing, July 6th--The International Department of the CPC Central Committee sent a "
                   "message of condolence to the Socialist Party of Chile on the passing of a former party "
                   "leader, who died on July 3rd.\nThe message praised his contributions to the friendship "
                   "between the two parties.",
                   title="IDCPC Sends Message of Condolence to the Socialist Party of Chile",
                   published="2023-07-06",
                   url="https://www.idcpc.org.cn/english2023/news/202307/t20230706_1.html")
    assert record.event_type == "message"
    assert record.event_date == "2023-07-06"


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "On November 25, 2024, President Xi Jinping sent a congratulatory message to Yamandu Orsi on his "
     "election as president of Uruguay in the run-off held on November 24.", "2024-11-25"),
    ("zh", "2024年11月25日，国家主席习近平致电奥尔西，祝贺他在11月24日举行的乌拉圭大选中当选乌拉圭总统。",
     "2024-11-25"),
    ("zh", "国家主席习近平11月25日下午的贺电祝贺奥尔西当选乌拉圭总统。", "2024-11-25"),
])
def test_a_message_with_its_own_day_keeps_it(lang, text, expected):
    title = "Xi congratulates Orsi" if lang == "en" else "习近平致电祝贺奥尔西当选乌拉圭总统"
    record = mfa(text, title=title, published="2024-11-26", lang=lang)
    assert record.event_date == expected


# ------------------------------------------------- "on the same day" is the day the text just named

@pytest.mark.parametrize("lang,source,title,text,published", [
    ("en", "idcpc", "Sun Haiyan Holds Talks with Delegation of the Communist Party of Cuba",
     "Beijing, March 14th--Liu Jianchao, Minister of the IDCPC, met here on March 12th with a "
     "delegation of the Communist Party of Cuba. On the same day, "
     "Sun Haiyan, Vice-minister of the IDCPC, held talks with the delegation.\nSun Haiyan said the CPC "
     "values its friendship with the Communist Party of Cuba.", "2024-03-15"),
    ("zh", "idcpc", "孙海燕同古巴共产党代表团会谈",
     "3月12日，中联部部长刘建超在京会见古巴共产党代表团。当天，中联部副部长孙海燕同代表团举行会谈。\n"
     "孙海燕表示，中共重视同古巴共产党的友谊。", "2024-03-15"),
    ("zh", "mfa", "李强同古巴国家主席会谈",
     "2024年3月12日，国家主席习近平在人民大会堂会见古巴国家主席迪亚斯-卡内尔。同日，国务院总理李强同迪亚斯-卡内尔举行会谈。\n"
     "李强表示，中方愿同古方深化各领域合作。", "2024-03-13"),
])
def test_the_same_day_is_the_day_just_named(lang, source, title, text, published):
    make = idcpc if source == "idcpc" else mfa
    record = make(text, title=title, published=published, lang=lang)
    assert record.event_date == "2024-03-12"


def test_the_same_day_with_no_day_named_before_it_is_the_datelines():
    record = mfa("新华社北京3月12日电 当天，国家主席习近平在人民大会堂会见古巴国家主席迪亚斯-卡内尔。",
                 title="习近平会见古巴国家主席", published="2024-03-13", lang="zh", url=XINHUA_ZH)
    assert record.event_date == "2024-03-12"


# ------------------------------------- the exchange's own day, not the statement's or the arrival's

@pytest.mark.parametrize("text,published,expected", [
    ("BEIJING, March 14 (Xinhua) -- The Chinese Foreign Ministry said Thursday that Foreign Minister Wang Yi "
     "held a phone conversation with his Colombian counterpart on Wednesday.\nWang said China values its "
     "ties with Colombia.", "2024-03-14", "2024-03-13"),
    ("BEIJING, March 14 (Xinhua) -- A Foreign Ministry spokesperson announced on Thursday that Foreign "
     "Minister Wang Yi held talks with the Colombian foreign minister in Beijing on Tuesday.\nThe two sides "
     "exchanged views on cooperation.", "2024-03-14", "2024-03-12"),
    ("BOGOTA, March 14 (Xinhua) -- Chinese Foreign Minister Wang Yi, who arrived here on Wednesday, met with "
     "Colombian President Gustavo Petro on Thursday.\nPetro said Colombia values its ties with China.",
     "2024-03-15", "2024-03-14"),
    ("BOGOTA, March 14 (Xinhua) -- Chinese Foreign Minister Wang Yi, who arrived in the Colombian capital on "
     "Tuesday evening for an official visit, held talks with his Colombian counterpart on Thursday.\n"
     "The two sides signed cooperation documents.", "2024-03-15", "2024-03-14"),
])
def test_a_statements_or_an_arrivals_day_does_not_date_the_exchange(text, published, expected):
    record = mfa(text, title="Chinese FM meets Colombian leaders", published=published, url=XINHUA)
    assert record.event_date == expected


# ---------------------------------------- a party delegation's visit page takes the visit's first day

@pytest.mark.parametrize("lang,title,text,published,expected", [
    ("en", "CPC Delegation Visits Chile",
     "Santiago, June 12th--Paulina Vodanovic, President of the Socialist Party of Chile, met here today with "
     "a CPC delegation led by a Vice-minister of the International Department of the CPC Central Committee. "
     "The delegation is visiting Chile from June 10th to 14th at the invitation of the party.\nThe two "
     "sides exchanged views on party building.", "2024-06-15", "2024-06-10"),
    ("zh", "智利社会党代表团访华",
     "6月12日，中联部部长在京会见智利社会党主席沃达诺维奇率领的代表团。代表团应中共邀请于6月9日至15日访华。\n"
     "访华期间，代表团还赴浙江考察。", "2024-06-16", "2024-06-09"),
    ("en", "Delegation of the Socialist Party of Chile Visits China",
     "Recently, at the invitation of the CPC, a delegation of the Socialist Party of Chile visited China.\n"
     "On June 11th, a Vice-minister of the IDCPC met with the delegation in Beijing.\nFrom June 12th to "
     "14th, the delegation visited Zhejiang Province.", "2024-06-20", "2024-06-11"),
])
def test_a_party_visit_page_takes_the_visits_first_day(lang, title, text, published, expected):
    record = idcpc(text, title=title, published=published, lang=lang)
    assert record.event_type in ("delegation_visit_abroad", "delegation_received")
    assert record.event_date == expected


def test_a_meeting_during_a_party_visit_keeps_the_meetings_day():
    record = idcpc("6月12日，中联部部长在京会见智利社会党主席沃达诺维奇率领的代表团。"
                   "代表团应中共邀请于6月9日至15日访华。",
                   title="中联部部长会见智利社会党代表团", published="2024-06-16", lang="zh")
    assert record.event_type == "meeting"
    assert record.event_date == "2024-06-12"


# --------------------------------- a visit page: days recalled from before the visit are not the visit's

@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "Chilean President Boric Arrives in Beijing for State Visit",
     "On the evening of October 15, 2023, Chilean President Gabriel Boric arrived in Beijing by special "
     "plane for a state visit to China.\n\nThe visit had been planned since the summer. On September 28, the "
     "two foreign ministries announced its dates.\n\nVice Foreign Minister Xie Feng greeted Boric at the "
     "airport.",
     "2023-10-15"),
    ("zh", "智利总统博里奇抵达北京开始对中国进行国事访问",
     "2023年10月15日晚，智利总统博里奇乘专机抵达北京，开始对中国进行国事访问。\n\n此访筹备已久。9月28日，两国外交部宣布了访问日期。\n\n"
     "外交部副部长谢锋到机场迎接。", "2023-10-15"),
])
def test_a_visit_page_passes_over_days_recalled_from_before_the_visit(lang, title, text, expected):
    record = mfa(text, title=title, published="2023-10-16", lang=lang)
    assert record.event_type == "state_visit"
    assert record.event_date == expected


# ------------------------------------------------------------- "recently" / 近日 leads give no day

@pytest.mark.parametrize("lang,title,text", [
    ("en", "Sun Haiyan Meets with Chilean Ambassador to China",
     "Recently, Sun Haiyan, Vice-minister of the International Department of the CPC Central Committee, met "
     "with the Ambassador of Chile to China.\nSun Haiyan said that today, China-Chile relations stand at a "
     "new starting point.\nThe ambassador thanked the CPC for its support."),
    ("zh", "孙海燕会见智利驻华大使",
     "近日，中联部副部长孙海燕在京会见智利驻华大使。\n孙海燕表示，2023年10月17日，两国元首在北京举行会谈，"
     "为两国关系发展指明了方向。\n大使感谢中方的支持。"),
])
def test_a_recently_lead_takes_no_day_from_what_follows(lang, title, text):
    record = idcpc(text, title=title, published="2024-03-14", lang=lang)
    assert record.event_date is None


# ------------------------------------------ a background span opening the lead is not the exchange's

@pytest.mark.parametrize("lang,title,text", [
    ("en", "IDCPC Holds Briefing on the Third Plenary Session for Latin American Parties",
     "After the Third Plenary Session of the 20th CPC Central Committee, held in Beijing from July 15th to "
     "18th, the International Department of the CPC Central Committee held an online briefing session on "
     "August 6th for political parties of Latin American and Caribbean countries.\nMore than 100 party "
     "leaders attended."),
    ("zh", "中联部举行中共二十届三中全会精神对拉美政党宣介会",
     "7月15日至18日，中国共产党第二十届中央委员会第三次全体会议在北京举行。8月6日，中联部以视频方式举行"
     "二十届三中全会精神对拉美和加勒比政党宣介会。\n100多位政党领导人出席。"),
])
def test_a_briefing_is_dated_by_the_briefing_not_by_the_meeting_it_presents(lang, title, text):
    record = idcpc(text, title=title, published="2024-08-07", lang=lang)
    assert record.event_type == "briefing"
    assert record.event_date == "2024-08-06"


# ------------------------------------ a feature lead without a day: the next paragraph's stated day

@pytest.mark.parametrize("text,expected", [
    ("By A REPORTER | China Daily | Updated: 2023-10-18 07:30\n"
     "China and Chile agreed to deepen cooperation in lithium and green energy as the two presidents met in "
     "Beijing.\nDuring their talks on October 17 at the Great Hall of the People, President Xi Jinping told "
     "Chilean President Gabriel Boric that China views its ties with Chile from a long-term perspective.\n"
     "The two sides signed a dozen cooperation documents.", "2023-10-17"),
    ("By A REPORTER | China Daily | Updated: 2023-10-18 07:30\n"
     "China and Chile agreed to deepen cooperation in lithium and green energy as the two presidents met in "
     "Beijing.\nXi said that since the two presidents met on October 2 last year, ties have grown fast.\n"
     "The two sides signed a dozen cooperation documents.", "2023-10-18"),
])
def test_a_feature_lead_takes_the_day_of_the_exchange_stated_after_it(text, expected):
    record = mfa(text, title="China, Chile agree to deepen cooperation", published="2023-10-18",
                 url="https://www.chinadaily.com.cn/a/202310/18/WS1a31057c.html")
    assert record.event_date == expected


def test_a_bare_day_missing_from_the_anchors_month_is_the_month_before():
    """Rule 4 for days: 31日 under a 2月1日 dateline is January 31 (February has no 31st)."""
    record = mfa("新华社北京2月1日电 国务院副总理31日在北京会见智利外长。", title="国务院副总理会见智利外长",
                 lang="zh", published="2026-02-01",
                 url="http://www.news.example.cn/world/2026-02/01/c_1.htm")
    assert record.event_date == "2026-01-31"


def test_a_recently_lead_still_takes_a_weekday_the_next_paragraph_gives_the_exchange():
    """近日 / "recently" give no day themselves (rule 3); a weekday stated later for the exchange does."""
    record = idcpc("Recently, Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Broad "
                   "Front of Uruguay.\nThe meeting, held on Tuesday, focused on party building.",
                   title="Sun Haiyan Meets Broad Front Delegation", published="2026-05-08")
    assert record.event_date == "2026-05-05"
