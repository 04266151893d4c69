"""Campaign 8V (a mixed crawl of IDCPC and foreign-ministry pages and their copies): the classes its
first run found. Self-written releases in the sites' style; party, country and official names are
facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa, parties

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/202106/t20210618_1.html"
AGENCY_EN = "http://www.agency-news.cn/english/2023-11/30/c_1.htm"


# ---- rule 3 before rule 4: a headline meeting the lead says was held by video or phone ----------

@pytest.mark.parametrize(("lang", "title", "text", "kind"), [
    ("en", "Chen Zhou Meets with Delegation of Suriname's National Democratic Party",
     "Beijing, October 14th--Chen Zhou, Vice Minister of the IDCPC, met with a delegation of the National "
     "Democratic Party (NDP) of Suriname via video link. The two sides exchanged views on party ties.",
     "video_call"),
    ("en", "Sun Haiyan Meets with Delegation of Bahamas' Progressive Liberal Party",
     "Beijing, December 7th (IDCPC)--Sun Haiyan, Vice Minister of the IDCPC, met via video link with a "
     "delegation of the Progressive Liberal Party (PLP), the ruling party of the Bahamas.", "video_call"),
    ("en", "Liu Jianchao Meets with President of Uruguay's Broad Front",
     "Beijing, June 22nd--Liu Jianchao, head of the IDCPC, met with Fernando Pereira, President of the "
     "Broad Front of Uruguay, through a video link on June 21.", "video_call"),
    ("en", "Guo Yezhou Meets with Chilean Socialist Party Leader",
     "Beijing, March 3rd--Guo Yezhou, Vice Minister of the IDCPC, met by telephone with Álvaro Elizalde, "
     "President of the Socialist Party of Chile.", "phone_call"),
    ("zh", "陈洲会见乌拉圭民族党代表团",
     "近日，中联部副部长陈洲以视频方式会见乌拉圭执政党民族党主席率领的代表团。双方就加强两党交往交换意见。",
     "video_call"),
    ("zh", "孙海燕会见智利社会党主席",
     "6月17日，中联部副部长孙海燕通过视频连线会见智利社会党主席。双方就两党关系交换意见。", "video_call"),
])
def test_a_headline_meeting_held_by_video_or_phone_is_a_call(lang, title, text, kind):
    """Codebook, event_type (IDCPC): the format of the exchange as reported; rule 3 (a conversation
    of two sides by video or phone) comes before rule 4 (a headline that is one meeting)."""
    record = idcpc(text, title=title, lang=lang, published="2021-06-18",
                   url=ZH_URL if lang == "zh" else "https://www.idcpc.org.cn/english/news/202106/t20210618_1.html")
    assert record.relevant
    assert record.event_type == kind
    assert record.content == "daily interaction"


@pytest.mark.parametrize(("lang", "title", "text"), [
    # a promise of future calls: the meeting was face to face
    ("en", "Liu Jianchao Meets with Delegation of Brazil's Workers' Party",
     "Beijing, June 17th--Liu Jianchao, head of the IDCPC, met with a delegation of the Workers' Party of "
     "Brazil in Beijing, and the two sides agreed to keep in touch via video link."),
    # an earlier call recalled in a relative clause
    ("en", "Liu Jianchao Meets with Cuban Party Delegation",
     "Beijing, June 17th--Liu Jianchao, head of the IDCPC, met with Roberto Morales Ojeda, who had taken "
     "part in a video conference of the two parties last year."),
    # a call in the next sentence, not the meeting's
    ("zh", "刘建超会见古巴共产党代表团",
     "6月17日，中联部部长刘建超在京会见古巴共产党代表团。双方同意保持视频沟通。"),
])
def test_a_call_that_is_not_the_meetings_manner_leaves_the_meeting(lang, title, text):
    record = idcpc(text, title=title, lang=lang, published="2021-06-18",
                   url=ZH_URL if lang == "zh" else "https://www.idcpc.org.cn/english/news/202106/t20210618_1.html")
    assert record.relevant and record.event_type == "meeting"


def test_an_online_meeting_of_many_parties_under_a_meeting_headline_stays_the_gathering():
    """Rule 3's other half still holds: an online meeting of many parties is the event it is."""
    record = idcpc("Beijing, May 26th--Guo Yezhou, Vice Minister of the IDCPC, met via video link with "
                   "leaders of political parties from 15 Latin American and Caribbean countries to share "
                   "China's experience in fighting COVID-19.",
                   title="Guo Yezhou Meets Latin American Party Leaders Online", published="2020-05-27")
    assert record.event_type not in ("meeting", "video_call")
    assert record.content == "knowledge exchange"


# ---- a list of other headlines under "Related:" / "See also:" is not the page's news --------------

@pytest.mark.parametrize("heading", ["Related:", "Related", "See also:", "Also read:", "Related Links"])
def test_a_related_list_heading_ends_the_release(heading):
    text = (" date 2023-11-30\nAgency News English | Menu | Search\nEditor: Liu Jie\n"
            "BEIJING, Nov. 29 -- A theory seminar between the CPC and political parties of Latin America "
            "and the Caribbean was held in Beijing on Wednesday. Liu Jianchao, head of the IDCPC, attended.\n"
            "Leaders of the Communist Party of Cuba and the United Socialist Party of Venezuela attended, "
            "among some 100 participants from 20 countries.\n"
            f"{heading}\n"
            "Liu Jianchao meets Argentine PJ delegation (2023-11-20)\n"
            "Chinese vice minister meets Jamaica Labour Party leaders (2023-11-10)\n")
    record = idcpc(text, title="Chinese, Latin American parties discuss modernization at theory seminar",
                   published="2023-11-30", url=AGENCY_EN)
    assert parties(record) == {"Communist Party of Cuba", "United Socialist Party of Venezuela"}
    assert record.event_type == "seminar" and record.event_date == "2023-11-29"


def test_a_paragraph_opening_with_related_is_still_the_release():
    """The heading is a line of its own: a sentence that opens with "Related" is prose."""
    text = ("BEIJING, Nov. 29 -- Liu Jianchao, head of the IDCPC, met with a joint delegation of Latin "
            "American parties in Beijing on Wednesday. The two sides exchanged views on party building and "
            "the training of cadres, and agreed to strengthen exchanges between their youth and women's "
            "organisations in the coming years.\n"
            "Related\n"
            "to the visit, the delegation comprised leaders of the Communist Party of Cuba and the United "
            "Socialist Party of Venezuela.\n")
    record = idcpc(text, title="Senior CPC official meets Latin American party delegation",
                   published="2023-11-30", url=AGENCY_EN)
    assert parties(record) == set()  # the heading alone on its line ends the release
    prose = idcpc(text.replace("Related\n", "Related "), title="Senior CPC official meets Latin American "
                  "party delegation", published="2023-11-30", url=AGENCY_EN)
    assert parties(prose) == {"Communist Party of Cuba", "United Socialist Party of Venezuela"}


# ---- a field trip's span told of "the trip" or "the visit" dates the tour ------------------------

@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("en", "Honduran LIBRE party delegation visits Jiangxi",
     "NANCHANG, Aug. 22 -- A delegation of the Liberty and Refoundation Party of Honduras wrapped up a "
     "four-day visit to Jiangxi on Thursday. The trip, from Aug. 19 to 22 at the invitation of the IDCPC, "
     "took the delegation to Nanchang and Ganzhou to learn about rural revitalization.", "2024-08-19"),
    ("en", "Chilean Socialist Party Delegation Tours Zhejiang",
     "HANGZHOU, Aug. 23 -- A delegation of the Socialist Party of Chile concluded a study tour of Zhejiang "
     "on Friday. During the journey, which ran from Aug. 18 to 23, the guests met local officials and "
     "learned about the digital economy.", "2024-08-18"),
    ("zh", "古巴共产党代表团在浙江考察",
     "8月23日，古巴共产党代表团结束在浙江的考察。此次行程为8月19日至23日，代表团先后赴杭州、湖州了解乡村振兴经验。",
     "2024-08-19"),
])
def test_a_field_trips_span_told_of_the_trip_dates_it(lang, title, text, expected):
    """Codebook, "Dates of visits and briefings": a visit page takes the visit's first day when
    stated; a field trip reports a tour as a whole."""
    url = ("https://www.idcpc.org.cn/bzhd/wshd/202408/t20240824_1.html" if lang == "zh"
           else "http://www.agency-news.cn/english/2024-08/24/c_1.htm")
    record = idcpc(text, title=title, lang=lang, published="2024-08-24", url=url)
    assert record.event_type == "field_trip"
    assert record.event_date == expected


def test_a_span_of_something_else_does_not_date_the_tour():
    """The negative: a range told of a course the guests once attended is not the tour's span."""
    record = idcpc("HANGZHOU, Aug. 23 -- A delegation of the Socialist Party of Chile concluded a study tour "
                   "of Zhejiang on Friday. Its head had attended a course in Beijing, from July 1 to 20.",
                   title="Chilean Socialist Party Delegation Tours Zhejiang", published="2024-08-24",
                   url="http://www.agency-news.cn/english/2024-08/24/c_1.htm")
    assert record.event_date == "2024-08-23"


@pytest.mark.parametrize(("lang", "title", "text", "kind"), [
    ("en", "Senior CPC official meets Uruguayan Broad Front leader",
     " date 2021-03-03 BEIJING, March 2 -- Song Tao, head of the IDCPC, held a video conference with "
     "Fernando Pereira, president of Uruguay's Broad Front, on Tuesday. The two sides exchanged views on "
     "pandemic cooperation.", "video_call"),
    ("en", "CPC official meets Chilean Socialist Party leader",
     "BEIJING, March 2 -- Guo Yezhou, vice minister of the IDCPC, spoke by phone with Paulina Vodanovic, "
     "president of the Socialist Party of Chile, on Tuesday.", "phone_call"),
    ("zh", "中联部部长会见古巴共产党代表",
     "3月2日，中联部部长刘建超同古巴共产党中央国际关系部部长通电话，"
     "双方就两党交往交换意见。", "phone_call"),
])
def test_a_meeting_headline_over_a_lead_that_opens_with_a_call_is_the_call(lang, title, text, kind):
    """An agency headline's "meets" over a lead with no word of meeting: the lead's own word for the
    exchange, a call, gives its format (codebook, rule 3)."""
    record = idcpc(text, title=title, lang=lang, published="2021-03-03",
                   url=ZH_URL if lang == "zh" else AGENCY_EN)
    assert record.relevant and record.event_type == kind


def test_a_call_after_the_opening_sentence_of_a_lead_without_met_leaves_the_meeting():
    record = idcpc("BEIJING, March 2 -- Song Tao, head of the IDCPC, received Fernando Pereira, president "
                   "of Uruguay's Broad Front, in Beijing on Tuesday. The two sides had held a video "
                   "conference last year.", title="Senior CPC official meets Uruguayan Broad Front leader",
                   published="2021-03-03", url=AGENCY_EN)
    assert record.event_type == "meeting"


# ---- a non-LAC regional organisation named by its short form is a counterpart outside LAC ------

@pytest.mark.parametrize(("lang", "title", "text"), [
    ("en", "Wang Yi Meets with EU High Representative",
     "On October 13, 2023, Foreign Minister Wang Yi met with EU High Representative Josep Borrell in "
     "Beijing. The two sides discussed the Middle East and the EU-CELAC summit held in Brussels in July."),
    ("zh", "王毅会见欧盟外交与安全政策高级代表",
     "2023年10月13日，外交部长王毅在北京会见欧盟外交与安全政策高级代表博雷利。双方就欧盟—拉共体峰会等交换意见。"),
    ("en", "Wang Yi Meets with ASEAN Secretary-General",
     "On May 10, 2024, Foreign Minister Wang Yi met with ASEAN Secretary-General Kao Kim Hourn in "
     "Beijing. Kao said ASEAN values its dialogue with China and with CELAC."),
])
def test_a_headline_naming_a_regional_organisation_outside_lac_is_not_a_lac_exchange(lang, title, text):
    """Codebook, relevant: an exchange with actors of a LAC country or a LAC regional body; the EU,
    ASEAN, the African Union, the Arab League and the SCO are regional bodies elsewhere, named
    also by their short forms (EU, 欧盟, ASEAN, 东盟, 非盟, 阿盟, 上合组织)."""
    url = ("https://www.mfa.gov.cn/web/zyxw/202310/t20231014_1.shtml" if lang == "zh"
           else "https://www.fmprc.gov.cn/eng/zxxx/202310/t20231014_1.html")
    record = mfa(text, title=title, lang=lang, published="2023-10-14", url=url)
    assert not record.relevant


@pytest.mark.parametrize(("title", "text", "country"), [
    ("Xi Jinping Holds Talks with Brazilian President Lula",
     "On April 14, 2023, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva "
     "in Beijing. Lula briefed Xi on the EU-Mercosur negotiations.", "Brazil"),
    ("Wang Yi Attends China-CELAC Ministerial Meeting",
     "On May 13, 2025, Foreign Minister Wang Yi attended the Fourth Ministerial Meeting of the China-CELAC "
     "Forum in Beijing, which also heard of CELAC's ties with the EU.", "multilateral"),
])
def test_a_lac_page_that_names_the_eu_keeps_its_counterpart(title, text, country):
    record = mfa(text, title=title)
    assert record.relevant and record.country == country


# ---- foreign ministry: a minister presenting a trip's results is a briefing on the trip ----------

@pytest.mark.parametrize(("title", "expected"), [
    ("王毅介绍习近平主席出席亚太经合组织会议并对秘鲁进行国事访问成果", "other"),
    ("王毅介绍李强总理对巴西进行正式访问成果", "other"),
    ("王毅介绍习近平主席对秘鲁进行国事访问情况", "other"),
])
def test_a_minister_presenting_a_trips_results_is_other(title, expected):
    """Codebook, event_type (foreign ministry): a minister's or spokesperson's briefing on a trip is
    `other`, dated by the trip's first day when stated."""
    text = ("当地时间2024年11月16日，外交部长王毅向随行记者介绍此访成果。王毅说，11月13日至17日，"
            "习近平主席出席会议并对秘鲁进行国事访问。")
    record = mfa(text, title=title, lang="zh", published="2024-11-17",
                 url="https://www.mfa.gov.cn/web/zyxw/202411/t20241117_1.shtml")
    assert record.relevant and record.event_type == expected
    assert record.head_of_state_level is False


def test_a_visit_headline_without_a_briefing_stays_the_visit():
    record = mfa("当地时间11月13日晚，国家主席习近平抵达利马，开始对秘鲁进行国事访问。",
                 title="习近平抵达利马开始对秘鲁进行国事访问", lang="zh", published="2024-11-14",
                 url="https://www.mfa.gov.cn/web/zyxw/202411/t20241114_1.shtml")
    assert record.event_type == "state_visit"


# ---- a message addressed to a gathering is dated by the gathering's day ---------------------------

@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("zh", "习近平向中国—拉共体论坛第二届部长级会议致贺信",
     "1月22日，中国—拉共体论坛第二届部长级会议在智利圣地亚哥开幕。"
     "国家主席习近平向会议致贺信。", "2018-01-22"),
    ("en", "Xi Jinping Sends Congratulatory Letter to the Second Ministerial Meeting of the China-CELAC "
     "Forum",
     "On January 22, the Second Ministerial Meeting of the China-CELAC Forum opened in Santiago, Chile. "
     "President Xi Jinping sent a congratulatory letter to the meeting.", "2018-01-22"),
])
def test_a_message_to_a_gathering_takes_the_gatherings_day(lang, title, text, expected):
    """Codebook, event_date: the first day of the exchange. A letter addressed to a meeting is read
    at it: the day the lead gives for the meeting's opening is the letter's day, not an occasion
    before it."""
    url = ("https://www.mfa.gov.cn/web/zyxw/201801/t20180123_1.shtml" if lang == "zh"
           else "https://www.fmprc.gov.cn/eng/zxxx/201801/t20180123_1.html")
    record = mfa(text, title=title, lang=lang, published="2018-01-23", url=url)
    assert record.event_type == "message" and record.event_date == expected


def test_the_day_of_a_disaster_a_message_answers_is_still_its_occasion():
    """The negative: a condolence's occasion (a fire from the 2nd) is no gathering it is sent to."""
    record = mfa("智利中部地区2月2日起发生严重森林火灾。国家主席习近平致电智利总统博里奇，表示慰问。",
                 title="习近平就智利森林火灾向智利总统博里奇致慰问电", lang="zh", published="2024-02-05",
                 url="https://www.mfa.gov.cn/web/zyxw/202402/t20240205_1.shtml")
    assert record.event_type == "message" and record.event_date != "2024-02-02"
