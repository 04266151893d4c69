"""The codebook's IDCPC decision rules on pages of the kinds a probe campaign found miscoded:
digests under a generic headline, a delegation's tour of a Chinese province, a multi-party
conference held in a LAC country, an online meeting of many parties, a regional body's head met.

Every page is self-written in the sites' and agencies' style (invented wording; the party,
country, province and people's names are facts).
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

from nlp.extract import extract_items

URL = "https://www.idcpc.org.cn/english/news/202310/t20231013_1.html"
URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202310/t20231013_1.html"


def items(text: str, title: str, lang: str = "en", published: str = "2023-10-13"):
    return extract_items({"url": URL_ZH if lang == "zh" else URL, "source": "idcpc", "lang": lang,
                          "title": title, "published": published, "text": text})


# ------------------------------------- One page, one record: a digest under a generic headline

DATELINES_EN = (
    "Beijing, October 11th--Liu Jianchao, Head of the International Department of the CPC Central "
    "Committee, met with a delegation of the Communist Party of Vietnam.\n"
    "Beijing, October 10th--Sun Haiyan, Vice Minister of the International Department of the CPC Central "
    "Committee, met with a delegation of the Socialist Party of Chile. The two sides talked about "
    "exchanges between young cadres.\n"
    "Beijing, October 9th--Sun Haiyan met with a delegation of the Lao People's Revolutionary Party.")


@pytest.mark.parametrize("title", ["IDCPC Leaders Meet Foreign Guests",
                                   "Senior CPC Officials Meet Foreign Guests",
                                   "IDCPC Activities of the Week"])
def test_a_digest_of_datelined_items_under_a_generic_headline_is_its_first_lac_exchange(title):
    """Codebook: with a generic headline such as a digest's, the record is the first exchange with
    LAC actors the text reports, dated by that item's day; a dateline opens an item as a day does."""
    records = items(DATELINES_EN, title)
    assert [(r.item, r.relevant, r.country, r.event_type, r.event_date) for r in records] == [
        (0, True, "Chile", "meeting", "2023-10-10")]


def test_items_opening_with_a_weekday_are_a_digest_under_a_collective_headline():
    text = ("BEIJING, Oct. 13 (Xinhua) -- Officials of the Communist Party of China (CPC) met with party "
            "delegations from several countries this week.\n"
            "On Monday, Liu Jianchao, head of the International Department of the CPC Central Committee, "
            "met with a delegation of the Kenyan ruling party.\n"
            "On Wednesday, Sun Haiyan, a vice minister of the department, met with a delegation of "
            "Uruguay's Broad Front led by its president.\n"
            "On Thursday, Sun Haiyan met with members of the Mongolian People's Party.")
    records = extract_items({"url": "http://www.example-agency.com/2023/1013/c_1.htm", "source": "idcpc",
                             "lang": "en", "title": "CPC officials meet foreign party delegations",
                             "published": "2023-10-13", "text": text})
    assert [(r.item, r.country, r.event_type, r.event_date) for r in records] == [
        (0, "Uruguay", "meeting", "2023-10-11")]


@pytest.mark.parametrize("title,text,country,day", [
    ("中联部本周外事活动",
     "9日，中联部副部长孙海燕会见老挝人民革命党代表团。\n10日，中联部副部长孙海燕会见巴西劳工党代表团，"
     "双方就两党交流交换意见。\n12日，中联部部长刘建超会见越南共产党代表团。", "Brazil", "2023-10-10"),
    ("中联部对外交往动态",
     "1. 10月9日，中联部部长刘建超会见柬埔寨人民党代表团。\n"
     "2. 10月11日，中联部副部长孙海燕会见智利社会党代表团。\n"
     "3. 10月12日，中联部部长助理会见塞尔维亚社会党代表团。", "Chile", "2023-10-11"),
], ids=["bare-day", "numbered-day"])
def test_chinese_digest_items_open_with_a_bare_day_or_a_numbered_day(title, text, country, day):
    records = items(text, title, lang="zh")
    assert [(r.item, r.country, r.event_type, r.event_date) for r in records] == [
        (0, country, "meeting", day)]


def test_a_numbered_list_without_days_under_a_generic_headline_is_no_digest():
    """A number alone opens any list (the points a meeting agreed on); only days make items."""
    text = ("Beijing, October 10th--Sun Haiyan met with a delegation of the Communist Party of Vietnam.\n"
            "1. The two sides agreed to deepen exchanges.\n2. The two sides agreed to train young cadres.\n"
            "The guests said that parties of Chile and Peru also value such exchanges.")
    records = items(text, "IDCPC Leaders Meet Foreign Guests")
    assert len(records) == 1 and not records[0].relevant


def test_a_study_group_met_in_the_text_makes_a_meeting_not_a_field_trip():
    """group_counterpart: a study group (考察团) the CPC side meets makes a meeting; the content rule
    makes it a knowledge exchange. The group named again later is the same group."""
    record = idcpc("10月11日，中联部副部长孙海燕在京会见古巴共产党干部考察团。考察团团长表示，古共希望学习"
                   "中方经验。", lang="zh", url=URL_ZH, published="2023-10-13")
    assert (record.event_type, record.content) == ("meeting", "knowledge exchange")


# ------------------------------------- rule 2: field_trip, a foreign delegation touring a province

@pytest.mark.parametrize("title,text", [
    ("智利社会党代表团访问浙江",
     "2023年10月9日至11日，智利社会党总书记率领的代表团访问浙江。\n"
     "浙江省委副书记在杭州会见代表团，介绍了浙江发展数字经济的情况。\n"
     "代表团还前往安吉余村，了解乡村振兴的做法。"),
    ("巴西劳工党代表团访问云南",
     "10月9日，巴西劳工党代表团访问云南。\n云南省委常委在昆明会见代表团一行。"),
])
def test_a_chinese_headline_on_a_delegation_visiting_a_province_is_a_field_trip(title, text):
    """Rule 2: a foreign delegation touring Chinese provinces is a field trip ("visits Fujian",
    访问福建), also when its lead reports the provincial leader's meeting and names no sight."""
    record = idcpc(text, title=title, lang="zh", url=URL_ZH, published="2023-10-13")
    assert (record.event_type, record.content) == ("field_trip", "knowledge exchange")


@pytest.mark.parametrize("title,kind", [("中共代表团访问巴西", "delegation_visit_abroad"),
                                        ("巴西劳工党代表团访华", "delegation_received")])
def test_a_visit_to_a_lac_country_or_to_china_as_a_whole_is_no_field_trip(title, kind):
    record = idcpc("10月9日至12日，中共代表团访问巴西，同巴西劳工党领导人举行会谈。" if "中共" in title else
                   "10月9日至14日，巴西劳工党代表团访华，中联部部长刘建超在京会见代表团。",
                   title=title, lang="zh", url=URL_ZH, published="2023-10-13")
    assert record.event_type == kind


# ------------------------------------- country: a conference of the region's parties held in one country

@pytest.mark.parametrize("lang,title,text", [
    ("en", "China-Caribbean Political Parties Conference Opens in Jamaica",
     "Kingston, October 10th--The China-Caribbean Political Parties Conference opened here today, "
     "co-hosted by the International Department of the CPC Central Committee and the People's National "
     "Party of Jamaica.\nParty leaders of Guyana, Suriname, Grenada and Dominica took part."),
    ("zh", "中国－加勒比政党大会在牙买加举行",
     "当地时间10月10日，中国－加勒比政党大会在牙买加首都金斯敦举行，由中联部和牙买加人民民族党共同主办。\n"
     "圭亚那、苏里南、格林纳达等国政党领导人出席。"),
])
def test_a_conference_of_the_regions_parties_co_hosted_by_a_local_party_is_regional(lang, title, text):
    """Country: the LAC side is a platform of the region's parties, not the host party; event
    type: a named multi-party conference is a forum (rule 2)."""
    record = idcpc(text, title=title, lang=lang, url=URL_ZH if lang == "zh" else URL, published="2023-10-12")
    assert (record.country, record.exchange_type, record.event_type, record.content) == (
        "multilateral", "multilateral", "forum", "knowledge exchange")
    assert record.mechanism[0] == "regional"  # (leftist too: the host party, a counterpart, is)


def test_a_meeting_with_one_caribbean_party_in_its_capital_stays_bilateral():
    record = idcpc("Kingston, October 10th--Sun Haiyan, Vice Minister of the IDCPC, met here today "
                   "with leaders of the People's National Party.",
                   title="Sun Haiyan Meets Leaders of the People's National Party of Jamaica",
                   published="2023-10-12")
    assert (record.country, record.event_type) == ("Jamaica", "meeting")


# ------------------------------------- rule 3: an online meeting of many parties is no video call

@pytest.mark.parametrize("title,lead", [
    ("IDCPC Holds Video Conference with Latin American Parties",
     "Beijing, October 10th--The International Department of the CPC Central Committee held a video "
     "conference today with leaders of political parties of Latin American countries on green development."),
    ("IDCPC Holds Virtual Meeting with Central American Political Parties",
     "Beijing, October 10th--The International Department of the CPC Central Committee held a virtual "
     "meeting today on green development. Party leaders of Costa Rica, Panama and Honduras attended."),
])
def test_a_video_conference_with_the_regions_parties_is_the_event_it_is(title, lead):
    """Rule 3: the region's parties as the side met are many parties; their online meeting is a
    seminar (peers discussing a theme), not a conversation of two sides."""
    record = idcpc(lead, title=title, published="2023-10-12")
    assert (record.event_type, record.content) == ("seminar", "knowledge exchange")


def test_a_video_call_with_one_party_that_speaks_of_the_regions_parties_stays_a_call():
    record = idcpc("Beijing, October 10th--Liu Jianchao held a video call today with the president of the "
                   "Workers' Party of Brazil. Liu said the CPC is ready to deepen exchanges with "
                   "Latin American parties.",
                   title="Liu Jianchao Holds Video Call with Leader of Brazil's Workers' Party",
                   published="2023-10-12")
    assert record.event_type == "video_call"


# ------------------------------------- country: the head of a regional body of parties

def test_the_elected_president_of_a_regional_body_met_as_such_is_the_body():
    """Country: "multilateral" when the LAC side is a regional body (COPPPAL); its president, whom
    its member parties elect, is the body's officer, also when he leads a national party too."""
    record = idcpc("Beijing, October 10th--Liu Jianchao met here today with a delegation of the Permanent "
                   "Conference of Political Parties of Latin America and the Caribbean (COPPPAL) led by its "
                   "President Alejandro Moreno, who is also President of the Institutional Revolutionary "
                   "Party (PRI) of Mexico.", title="Liu Jianchao Meets COPPPAL President Alejandro Moreno",
                   published="2023-10-12")
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert record.mechanism[0] == "regional"


def test_a_national_partys_leader_who_also_heads_a_regional_body_met_as_party_leader_is_his_country():
    record = idcpc("Beijing, October 10th--Liu Jianchao met here today with Alejandro Moreno, President of "
                   "the Institutional Revolutionary Party (PRI) of Mexico and President of COPPPAL.",
                   title="Liu Jianchao Meets PRI President Alejandro Moreno of Mexico",
                   published="2023-10-12")
    assert (record.country, record.mechanism[0]) == ("Mexico", "bilateral")
