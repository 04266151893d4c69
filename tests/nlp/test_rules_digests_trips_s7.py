"""Pages where the LAC exchange is one part of a larger page (campaign s7H): digests and weekly
roundups of the foreign ministry and of the IDCPC under a generic headline. Codebook, One page, one
record: with a generic headline (a digest's), the record is the first exchange with LAC actors the
text reports — its own day and format, not the first item's or the headline's. Self-written pages;
names of people and bodies are facts."""

from __future__ import annotations

from nlp_helpers import idcpc, mfa

# ---------------- foreign-ministry digests ----------------


def test_mfa_weekly_engagements_lac_item_second_is_the_record():
    rec = mfa(
        "Foreign Minister Wang Yi's Diplomatic Engagements This Week\n"
        "On May 13, Wang Yi met with Foreign Minister of Nigeria Yusuf Tuggar in Beijing.\n"
        "On May 14, Wang Yi had a phone call with Colombian Foreign Minister Luis Gilberto Murillo. The two "
        "sides exchanged views on bilateral cooperation.\n"
        "On May 16, Wang Yi held talks with Foreign Minister of Pakistan Ishaq Dar.",
        title="Foreign Minister Wang Yi's Diplomatic Engagements This Week", published="2024-05-17")
    assert rec.relevant is True
    assert rec.country == "Colombia"
    assert rec.event_type == "phone_call"
    assert rec.event_date == "2024-05-14"


def test_mfa_zh_weekly_digest_talks_item_takes_its_own_day_and_format():
    rec = mfa(
        "一周外事\n"
        "9月2日，王毅在京会见泰国外长。\n"
        "9月3日，王毅在京同乌拉圭外长洛伦索举行会谈。双方同意深化中乌全面战略伙伴关系。\n"
        "9月5日，王毅同德国外长通电话。",
        title="一周外事", published="2024-09-06", lang="zh")
    assert rec.relevant is True
    assert rec.country == "Uruguay"
    assert rec.event_type == "talks"
    assert rec.event_date == "2024-09-03"


def test_mfa_major_activities_digest_message_item():
    rec = mfa(
        "Major Diplomatic Activities (February 5-11)\n"
        "February 5: Premier Li Qiang met with the Prime Minister of Malaysia.\n"
        "February 7: President Xi Jinping exchanged congratulatory messages with President Luis Arce of "
        "Bolivia on the anniversary of diplomatic relations.\n"
        "February 9: Vice President Han Zheng met with a delegation from Singapore.",
        title="Major Diplomatic Activities (February 5-11)", published="2024-02-12")
    assert rec.relevant is True
    assert rec.country == "Bolivia"
    assert rec.event_type == "message"
    assert rec.event_date == "2024-02-07"


def test_mfa_roundup_headline_with_counterparts_is_generic():
    """"FM holds talks with counterparts" names no one exchange: the Chilean item's own word
    (a phone call) gives its format, not the headline's "talks"."""
    rec = mfa(
        "BEIJING, Oct. 21 (Xinhua) -- The Chinese foreign minister has been busy this week.\n"
        "On Monday, Wang Yi held a video call with the foreign minister of Bangladesh.\n"
        "On Wednesday, Wang talked by phone with Peruvian Foreign Minister Javier Gonzalez-Olaechea about "
        "preparations for the APEC meeting.\n"
        "On Thursday, Wang met with the ambassador of Hungary.",
        title="Roundup: Chinese FM holds talks with counterparts", published="2023-10-20")
    assert rec.relevant is True
    assert rec.country == "Peru"
    assert rec.event_type == "phone_call"
    assert rec.event_date == "2023-10-18"


def test_mfa_digest_without_lac_item_is_not_relevant():
    rec = mfa(
        "Diplomatic Highlights of the Week\n"
        "On June 3, Wang Yi met with the Foreign Minister of Kenya.\n"
        "On June 4, Vice Foreign Minister Sun Weidong held consultations with his Indian counterpart.\n"
        "On June 5, Wang Yi held a phone call with the Foreign Minister of France.",
        title="Diplomatic Highlights of the Week", published="2024-06-07")
    assert rec.relevant is False


def test_mfa_one_exchange_page_with_dated_paragraphs_is_no_digest():
    """A page headlined on one exchange stays that exchange: its later dated paragraph (a Brazil
    topic) makes it no digest and no LAC exchange."""
    rec = mfa(
        "On April 8, Foreign Minister Wang Yi held talks with Kenyan Foreign Minister Musalia Mudavadi "
        "in Beijing.\n"
        "On April 9, the two ministers visited a technology park. Wang said China also works with Brazil "
        "in BRICS.",
        title="Wang Yi Holds Talks with Kenyan Foreign Minister", published="2024-04-09")
    assert rec.relevant is False


# ---------------- IDCPC digests under a headline of many counterparts ----------------


def test_idcpc_zh_week_of_meetings_with_many_countries_parties_is_a_digest():
    rec = idcpc(
        "新华社北京4月12日电 本周，中联部部长刘建超先后会见多国政党领导人。\n"
        "8日，刘建超会见匈牙利青民盟代表团。\n"
        "10日，刘建超同古巴共产党中央国际关系部部长洛萨达举行视频会谈。双方就两党交流交换意见。\n"
        "11日，刘建超会见越南共产党代表团。",
        title="刘建超本周会见多国政党领导人", published="2024-04-12", lang="zh",
        url="http://www.example-agency.com/2024-04/12/c_1130000001.htm")
    assert rec.relevant is True
    assert rec.country == "Cuba"
    assert rec.event_type == "video_call"
    assert rec.event_date == "2024-04-10"


def test_idcpc_en_meets_foreign_party_leaders_is_a_digest():
    rec = idcpc(
        "BEIJING, Nov. 17 (Xinhua) -- A senior CPC official met with foreign party leaders this week.\n"
        "On Monday, Liu Jianchao met with a delegation of the People's Action Party of Singapore.\n"
        "On Wednesday, Liu held a phone call with the President of the Justicialist Party of Argentina.\n"
        "On Thursday, Liu met with leaders of the Labour Party of Malta.",
        title="Senior CPC official meets foreign party leaders", published="2023-11-17",
        url="http://www.example-agency.com/2023-11/17/c_1130000002.htm")
    assert rec.relevant is True
    assert rec.country == "Argentina"
    assert rec.event_type == "phone_call"
    assert rec.event_date == "2023-11-15"


def test_idcpc_headline_on_one_non_lac_meeting_is_no_digest():
    """A headline naming one counterpart outside LAC is that meeting: a LAC party named further
    down (what the guests said) is a topic."""
    rec = idcpc(
        "On March 4, Liu Jianchao met with a delegation of the Communist Party of Vietnam.\n"
        "On March 5, the delegation visited Yunnan. The guests said the Communist Party of Cuba is "
        "also a close friend.",
        title="Liu Jianchao Meets Delegation of the Communist Party of Vietnam", published="2024-03-05")
    assert rec.relevant is False


# ---------------- a digest item without its day ----------------


def test_digest_item_opening_recently_has_no_day_and_is_its_own_item():
    """"Recently, …" opens an item of its own (not a sentence of the item before it, whose day it
    would take): the record has no day (rule 3)."""
    rec = idcpc(
        "News in Brief\n"
        "On October 3, Liu Jianchao met with a delegation of the Liberal Democratic Party of Japan.\n"
        "Recently, Vice Minister Sun Haiyan held a video call with leaders of the Communist Party of "
        "Brazil.\n"
        "On October 5, Sun Haiyan met with members of the European Parliament.",
        title="News in Brief", published="2023-10-06")
    assert rec.relevant is True
    assert rec.country == "Brazil"
    assert rec.event_type == "video_call"
    assert rec.event_date is None


def test_zh_digest_item_opening_jinri_has_no_day():
    rec = idcpc(
        "中联部要闻\n"
        "6月3日，刘建超会见蒙古人民党代表团。\n"
        "近日，陈洲同委内瑞拉统一社会主义党国际事务负责人举行视频会谈。\n"
        "6月5日，陈洲会见塞尔维亚社会党代表团。",
        title="中联部要闻", published="2024-06-06", lang="zh")
    assert rec.relevant is True
    assert rec.country == "Venezuela"
    assert rec.event_type == "video_call"
    assert rec.event_date is None


def test_digest_item_with_its_day_keeps_it_next_to_an_undated_one():
    rec = idcpc(
        "News in Brief\n"
        "Recently, Liu Jianchao met with a delegation of the Nepali Congress.\n"
        "On October 4, Sun Haiyan met with a delegation of the Workers' Party of Brazil.\n"
        "On October 5, Sun Haiyan met with members of the European Parliament.",
        title="News in Brief", published="2023-10-06")
    assert rec.country == "Brazil"
    assert rec.event_date == "2023-10-04"


# ---------------- LAC participants at a worldwide platform, named by country ----------------


def test_brics_think_tank_forum_with_brazilian_scholars_is_global():
    """Scholars "from China, Russia, India, Brazil and South Africa" at a BRICS forum are LAC
    participants at a worldwide platform: multilateral, global — not Brazil's bilateral exchange."""
    rec = idcpc(
        "Beijing, July 12th--The BRICS Think Tank Forum, co-hosted by the IDCPC, was held in Beijing on "
        "July 11. Scholars from China, Russia, India, Brazil and South Africa attended. Liu Jianchao "
        "delivered a keynote speech.",
        title="BRICS Think Tank Forum Held in Beijing", published="2023-07-12")
    assert rec.relevant is True
    assert rec.country == "multilateral"
    assert rec.exchange_type == "multilateral"
    assert "global" in rec.mechanism
    assert rec.event_type == "forum"


def test_zh_world_parties_forum_countries_listed_is_global():
    rec = idcpc(
        "11月8日，中联部主办的世界政党生态文明论坛在浙江开幕。来自越南、南非、阿根廷、塞尔维亚等40多个国家的政党代表出席。"
        "中联部副部长陈洲致辞。",
        title="世界政党生态文明论坛开幕", published="2023-11-09", lang="zh")
    assert rec.relevant is True
    assert rec.country == "multilateral"
    assert "global" in rec.mechanism


def test_meeting_with_one_countrys_scholars_stays_bilateral():
    rec = idcpc(
        "Beijing, July 12th--Liu Jianchao, head of the IDCPC, met with a group of Brazilian scholars on "
        "July 11 and exchanged views on the Global Development Initiative.",
        title="Liu Jianchao Meets Brazilian Scholars", published="2023-07-12")
    assert rec.country == "Brazil"
    assert rec.exchange_type == "bilateral"


# ---------------- a side meeting with a group that came for a worldwide platform ----------------


def test_zh_meeting_during_world_parties_dialogue_is_global():
    rec = idcpc(
        "12月2日，中联部部长宋涛在出席中国共产党与世界政党高层对话会期间，会见了出席会议的委内瑞拉统一社会主义党代表团。"
        "双方就两党关系交换意见。",
        title="宋涛会见委内瑞拉统一社会主义党代表团", published="2017-12-03", lang="zh")
    assert rec.country == "Venezuela"
    assert rec.mechanism == ["global", "leftist"]


def test_en_meeting_with_delegation_attending_brics_parties_forum_is_global():
    rec = idcpc(
        "Vladivostok, June 19th--Sun Haiyan, Vice Minister of the IDCPC, met on June 18 with a delegation of "
        "the Workers' Party of Brazil attending the BRICS Political Parties Forum. The two sides exchanged "
        "views on cooperation between the two parties.",
        title="Sun Haiyan Meets Delegation of the Workers' Party of Brazil", published="2024-06-19")
    assert rec.country == "Brazil"
    assert rec.mechanism == ["global", "leftist"]


def test_platform_named_as_a_topic_later_stays_bilateral():
    rec = idcpc(
        "Beijing, June 5th--Sun Haiyan, Vice Minister of the IDCPC, met with a delegation of the Workers' "
        "Party of Brazil on June 4. The guests said the party will attend the BRICS Political Parties Forum "
        "later this year.",
        title="Sun Haiyan Meets Delegation of the Workers' Party of Brazil", published="2024-06-05")
    assert rec.country == "Brazil"
    assert rec.mechanism == ["bilateral", "leftist"]


# ---------------- meetings with "foreign guests", each paragraph naming its day after the host ----------


def test_zh_meets_foreign_guests_paragraphs_with_day_after_host():
    rec = idcpc(
        "本报北京3月22日电 中联部部长刘建超20日在京会见老挝人民革命党代表团。\n"
        "刘建超22日在京会见尼加拉瓜桑地诺民族解放阵线代表团。双方就深化两党交流交换意见。\n"
        "同日，刘建超还会见了匈牙利社会党代表团。",
        title="刘建超会见外宾", published="2024-03-23", lang="zh",
        url="http://www.example-agency.com/2024-03/23/c_1130000003.htm")
    assert rec.relevant is True
    assert rec.country == "Nicaragua"
    assert rec.event_date == "2024-03-22"


def test_en_meets_foreign_guests_paragraphs_with_weekday_after_host():
    rec = idcpc(
        "BEIJING, Sept. 8 (Xinhua) -- Liu Jianchao on Tuesday met with a delegation of the Communist "
        "Party of Bangladesh.\n"
        "Liu on Thursday met with a delegation of the Broad Front of Uruguay and discussed party building.",
        title="Senior CPC official meets foreign guests", published="2023-09-08",
        url="http://www.example-agency.com/2023-09/08/c_1130000004.htm")
    assert rec.relevant is True
    assert rec.country == "Uruguay"
    assert rec.event_date == "2023-09-07"


def test_meets_foreign_guests_with_no_lac_paragraph_is_not_relevant():
    rec = idcpc(
        "本报北京3月22日电 中联部部长刘建超20日在京会见老挝人民革命党代表团。\n"
        "刘建超22日在京会见德国社民党代表团。双方谈到欧洲同拉美的合作。",
        title="刘建超会见外宾", published="2024-03-23", lang="zh",
        url="http://www.example-agency.com/2024-03/23/c_1130000005.htm")
    assert rec.relevant is False


# ---------------- a digest whose LAC names are topics of non-LAC items ----------------


def test_digest_item_with_non_lac_counterpart_and_lac_topic_is_no_lac_exchange():
    rec = idcpc(
        "News in Brief\n"
        "On June 3, Liu Jianchao met with the Secretary General of the Socialist Party of Portugal. Both "
        "sides agreed that Portugal's ties with Brazil offer opportunities for cooperation.\n"
        "On June 4, Sun Haiyan met with a delegation of the Nepali Congress.",
        title="News in Brief", published="2023-06-06")
    assert rec.relevant is False


def test_zh_digest_item_with_non_lac_counterpart_and_lac_topic_is_no_lac_exchange():
    rec = idcpc(
        "中联部要闻\n"
        "6月3日，刘建超会见西班牙工人社会党国际书记。双方认为西班牙同墨西哥、阿根廷的传统联系为三方合作提供了机遇。\n"
        "6月4日，孙海燕会见尼泊尔大会党代表团。",
        title="中联部要闻", published="2023-06-06", lang="zh")
    assert rec.relevant is False


def test_digest_item_naming_lac_and_non_lac_parties_in_its_first_sentence_is_kept():
    rec = idcpc(
        "News in Brief\n"
        "On June 3, Liu Jianchao met with leaders of the Socialist Party of Portugal and the Workers' Party "
        "of Brazil attending a seminar in Beijing.\n"
        "On June 4, Sun Haiyan met with a delegation of the Nepali Congress.",
        title="News in Brief", published="2023-06-06")
    assert rec.relevant is True
    assert rec.event_date == "2023-06-03"


# ---------------- a regional body as counterpart: a video dialogue of ministers ----------------


def test_mfa_zh_video_dialogue_with_celac_quartet_is_video_call():
    rec = mfa("7月20日，外交部长王毅同拉共体“四驾马车”外长举行视频对话会。"
              "洪都拉斯、圣文森特和格林纳丁斯、哥伦比亚等国外长出席。",
              title="王毅同拉共体“四驾马车”外长举行视频对话会", published="2023-07-21", lang="zh")
    assert rec.country == "multilateral"
    assert rec.event_type == "video_call"
    assert rec.event_date == "2023-07-20"


def test_mfa_en_video_dialogue_with_caricom_ministers_is_video_call():
    rec = mfa("On May 6, Foreign Minister Wang Yi held a video dialogue with foreign ministers of CARICOM "
              "member states.", title="Wang Yi Holds Video Dialogue with CARICOM Foreign Ministers",
              published="2022-05-07")
    assert rec.country == "multilateral"
    assert rec.event_type == "video_call"


def test_digest_item_whose_lac_name_is_only_in_what_was_said_is_no_lac_exchange():
    """The item's counterpart (a party the gazetteer does not know) is named first; Brazil comes up
    only in what Liu said: a topic, not a LAC exchange."""
    rec = idcpc(
        "News in Brief\n"
        "On May 20, Liu Jianchao met with a delegation of the Bharatiya Janata Party. Liu said China and "
        "India, like Brazil, are major developing countries.\n"
        "On May 21, Chen Zhou met with a delegation of the Conservative Party of Canada.",
        title="News in Brief", published="2024-05-22")
    assert rec.relevant is False


def test_digest_item_of_a_lac_party_keeps_what_its_leader_said():
    rec = idcpc(
        "News in Brief\n"
        "On May 20, Liu Jianchao met with Mario Delgado, President of MORENA of Mexico. Delgado said Mexico "
        "values its ties with China.\n"
        "On May 21, Chen Zhou met with a delegation of the Conservative Party of Canada.",
        title="News in Brief", published="2024-05-22")
    assert rec.relevant is True
    assert rec.country == "Mexico"
