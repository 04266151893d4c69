"""Foreign-ministry pages: one LAC country versus "multilateral" (campaign Z4). Self-written
releases; the names of people, countries and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.fmprc.gov.cn/web/wjbxw_new/202406/t20240621_1.shtml"


def _zh(text: str, title: str, published: str = "2024-06-21"):
    return mfa(text, title=title, published=published, lang="zh", url=ZH_URL)


# ---- a worldwide intergovernmental platform meeting in a LAC capital: LAC participants at it ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Li Xi Attends the G77 and China Summit",
     "On September 15, 2023 local time, Li Xi, special envoy of President Xi Jinping, attended the G77 and "
     "China Summit in Havana, Cuba, and delivered a speech. Diaz-Canel presided.", "en"),
    ("李希出席“77国集团和中国”峰会",
     "当地时间2023年9月15日，习近平主席特别代表李希在古巴哈瓦那出席“77国集团和中国”峰会并致辞。", "zh"),
    ("中国代表出席不结盟运动首脑会议",
     "2016年9月17日，外交部副部长在委内瑞拉玛格丽塔岛出席第十七届不结盟运动首脑会议并发言。", "zh"),
    ("Ding Xuexiang Attends the Leaders' Summit of the UN Climate Change Conference",
     "On November 6, 2025 local time, Vice Premier Ding Xuexiang attended the leaders' summit of the UN "
     "Climate Change Conference in Belem, Brazil, as President Xi Jinping's special envoy.", "en"),
    ("温家宝出席联合国可持续发展大会",
     "2012年6月20日，国务院总理温家宝在巴西里约热内卢出席联合国可持续发展大会并发表演讲。", "zh"),
])
def test_worldwide_gathering_in_a_lac_city_is_multilateral(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-09-16")
    assert record.relevant is True
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "other"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Li Xi Meets with Cuban President Miguel Diaz-Canel",
     "On September 16, 2023 local time, Li Xi, special envoy of President Xi Jinping, met with Cuban "
     "President Miguel Diaz-Canel in Havana while attending the G77 and China Summit.", "en"),
    ("Ma Zhaoxu Meets with Cuban Foreign Minister Bruno Rodriguez",
     "On September 14, 2023, Vice Foreign Minister Ma Zhaoxu met with Cuban Foreign Minister Bruno "
     "Rodriguez, whose country chairs the Group of 77, in Beijing.", "en"),
    ("李希会见古巴国家主席迪亚斯－卡内尔",
     "2023年9月15日，习近平主席特别代表李希在哈瓦那会见古巴国家主席迪亚斯－卡内尔。李希是应邀来古出席“77国集团和中国”峰会。",
     "zh"),
])
def test_one_countrys_leader_met_at_or_about_a_worldwide_gathering_stays_that_country(
        title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-09-16")
    assert record.country == "Cuba" and record.exchange_type == "bilateral"


# ---- a headline quoting what a leader said of the region: the lead's one-country exchange ----

@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("Xi Jinping: China Is Ready to Work with Latin American and Caribbean Countries",
     "On June 12, 2023, President Xi Jinping held talks with Honduran President Xiomara Castro in Beijing.",
     "en", "Honduras"),
    ("习近平：中方愿同拉美和加勒比国家共建中拉命运共同体",
     "2023年6月12日，国家主席习近平在北京同洪都拉斯总统卡斯特罗举行会谈。", "zh", "Honduras"),
    ("Wang Yi: China Supports Caribbean Countries in Pursuing Their Own Development Paths",
     "On August 5, 2024, Foreign Minister Wang Yi held talks with Guyanese Foreign Minister Hugh Todd in "
     "Georgetown.", "en", "Guyana"),
    ("王毅：中拉合作前景广阔", "2024年5月13日，外交部长王毅在北京会见乌拉圭外长。", "zh", "Uruguay"),
])
def test_region_inside_a_quoted_headline_leaves_the_leads_country(title: str, text: str, lang: str,
                                                                   country: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-06-13")
    assert record.country == country and record.exchange_type == "bilateral"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("王毅：中方愿同加勒比国家深化合作",
     "2024年8月6日，外交部长王毅在乔治敦同安提瓜和巴布达、巴巴多斯、"
     "牙买加等加勒比建交国外长举行会晤。", "zh"),
    ("Wang Yi: China Stands Ready to Deepen Cooperation with Caribbean Countries",
     "On August 6, 2024, Foreign Minister Wang Yi met in Georgetown with foreign ministers of Caribbean "
     "countries having diplomatic relations with China.", "en"),
])
def test_quoted_headline_over_a_lead_meeting_the_regions_ministers_stays_multilateral(
        title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-08-07")
    assert record.country == "multilateral"


# ---- a gathering named for China and the region, hosted or co-chaired by one LAC country ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("王毅同墨西哥外长共同主持中拉应对疫情特别外长视频会议",
     "2020年7月23日，国务委员兼外长王毅同墨西哥外长埃布拉德共同主持中国－拉美和加勒比地区国家应对新冠肺炎疫情特别外长"
     "视频会议。", "zh"),
    ("Wang Yi and Mexican Foreign Secretary Co-host China-LAC Special Video Conference on COVID-19",
     "On July 23, 2020, Wang Yi and Mexican Foreign Secretary Marcelo Ebrard co-hosted the special video "
     "conference of foreign ministers.", "en"),
    ("Wang Qishan Attends China-Caribbean Forum in Trinidad and Tobago",
     "On September 11, 2011, Vice Premier Wang Qishan attended the Third China-Caribbean Economic and Trade "
     "Cooperation Forum in Port of Spain.", "en"),
    ("Ding Xuexiang Addresses China-Caribbean Business Forum in Trinidad and Tobago",
     "On May 21, 2024, Vice Premier Ding Xuexiang addressed the forum in Port of Spain, hosted by Trinidad "
     "and Tobago Prime Minister Keith Rowley.", "en"),
    ("王毅同圭亚那外长托德共同主持中国－加勒比建交国外长会",
     "2024年8月6日，外交部长王毅同圭亚那外长托德在乔治敦共同主持会议。", "zh"),
    ("Wang Yi and Guyanese FM co-chair China-Caribbean foreign ministers' meeting",
     "GEORGETOWN, Aug. 6 (Xinhua) -- Wang Yi and Guyanese Foreign Minister Hugh Todd co-chaired the meeting "
     "here on Tuesday.", "en"),
])
def test_gathering_named_for_china_and_the_region_is_multilateral(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2020-07-24")
    assert record.relevant is True
    assert record.country == "multilateral" and record.exchange_type == "multilateral"


@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("Wang Yi Holds Talks with Guyanese Foreign Minister ahead of China-Caribbean Foreign Ministers' Meeting",
     "On August 5, 2024, Foreign Minister Wang Yi held talks with Guyanese Foreign Minister Hugh Todd in "
     "Georgetown.", "en", "Guyana"),
    ("Wang Yi Speaks with Mexican Foreign Secretary on the Phone",
     "On July 20, 2020, State Councilor and Foreign Minister Wang Yi held a phone call with Mexican Foreign "
     "Secretary Marcelo Ebrard. The two agreed to prepare the China-LAC Special Video Conference of Foreign "
     "Ministers.", "en", "Mexico"),
    ("王毅同墨西哥外长埃布拉德通电话",
     "2020年7月20日，国务委员兼外长王毅同墨西哥外长埃布拉德通电话。双方同意共同筹备中拉应对疫情特别外长视频会议。",
     "zh", "Mexico"),
    ("",
     "On April 17, 2024, Vice Foreign Minister Ma Zhaoxu held political consultations with Chilean Vice "
     "Foreign Minister Gloria de la Fuente; they discussed China-Latin America Relations.",
     "en", "Chile"),
    ("马朝旭同智利副外长举行政治磋商",
     "2024年4月17日，外交部副部长马朝旭在北京同智利副外长德拉富恩特举行政治磋商，双方就中拉关系会议筹备交换意见。",
     "zh", "Chile"),
])
def test_one_countrys_exchange_naming_such_a_gathering_stays_that_country(
        title: str, text: str, lang: str, country: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-08-06")
    assert record.country == country and record.exchange_type == "bilateral"


# ---- the region's officials met as a group where one LAC country is only the place ----

@pytest.mark.parametrize(("text", "lang"), [
    ("On June 1, 2013 local time, President Xi Jinping met with leaders of Caribbean countries in Port of "
     "Spain, Trinidad and Tobago.", "en"),
    ("On June 2, 2013, President Xi Jinping held a group meeting with Caribbean leaders in Port of Spain, "
     "Trinidad and Tobago.", "en"),
    ("On August 6, 2024, Foreign Minister Wang Yi met with foreign ministers of Caribbean countries in "
     "Georgetown, Guyana.", "en"),
    ("2013年6月2日，国家主席习近平在特立尼达和多巴哥首都西班牙港同加勒比建交国领导人举行会晤。", "zh"),
])
def test_group_of_the_regions_officials_met_in_a_named_country(text: str, lang: str) -> None:
    record = _zh(text, "") if lang == "zh" else mfa(text, title="", published="2013-06-03")
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "meeting"


@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("", "On June 1, 2013, President Xi Jinping held talks with Prime Minister Kamla Persad-Bissessar in "
     "Port of Spain, Trinidad and Tobago, and the two discussed cooperation with Caribbean countries.", "en",
     "Trinidad and Tobago"),
    ("", "On March 8, 2024, Vice Foreign Minister Ma Zhaoxu met with Foreign Minister Bruno Rodriguez in "
     "Havana, Cuba, and they exchanged views on Latin American and Caribbean countries' cooperation with "
     "China.", "en", "Cuba"),
    ("Wang Yi Holds Talks with Foreign Minister Hugh Todd",
     "On August 5, 2024, Foreign Minister Wang Yi held talks with Foreign Minister Hugh Todd in Georgetown, "
     "Guyana, on relations with Caribbean countries.", "en", "Guyana"),
    ("", "2013年6月1日，国家主席习近平在特立尼达和多巴哥首都西班牙港同比塞萨尔总理举行会谈，"
     "双方同意推动中国同加勒比国家合作。",
     "zh", "Trinidad and Tobago"),
    ("", "On June 2, 2013, President Xi Jinping met with Trinidad and Tobago Prime Minister Kamla "
     "Persad-Bissessar in Port of Spain. She said she would brief leaders of Caribbean countries on their "
     "talks.", "en",
     "Trinidad and Tobago"),
])
def test_one_official_met_in_a_named_country_with_the_region_as_topic_stays_that_country(
        title: str, text: str, lang: str, country: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2024-03-09")
    assert record.country == country and record.exchange_type == "bilateral"


# ---- a trip's later stops announced as what the traveller will then do ----

@pytest.mark.parametrize("lead", [
    "On July 15, 2014, President Xi Jinping arrived in Fortaleza, Brazil, for the BRICS summit and a state "
    "visit to Brazil. He will then visit Argentina, Venezuela and Cuba.",
    "On July 15, 2014, President Xi Jinping arrived in Brasilia for a state visit to Brazil, and will go "
    "on to visit Argentina.",
    "On July 15, 2014, President Xi Jinping arrived in Brasilia for a state visit. He will travel on to "
    "Argentina and Venezuela.",
])
def test_arrival_for_a_trip_with_later_lac_stops_is_multilateral(lead: str) -> None:
    record = mfa(lead, title="Xi Jinping Arrives in Brazil", published="2014-07-16")
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "state_visit"


@pytest.mark.parametrize(("title", "lead", "country"), [
    ("Xi Jinping Holds Talks with Costa Rican President Laura Chinchilla",
     "On June 3, 2013 local time, President Xi Jinping held talks with Costa Rican President Laura "
     "Chinchilla in San Jose. Xi will then visit Mexico.", "Costa Rica"),
    ("Wang Yi Arrives in Brasilia",
     "On July 27, 2023, Foreign Minister Wang Yi arrived in Brasilia for an official visit to Brazil. "
     "He will then go on to South Africa for the BRICS meeting.", "Brazil"),
])
def test_one_meeting_or_one_lac_stop_with_later_stops_stays_that_country(title: str, lead: str,
                                                                         country: str) -> None:
    record = mfa(lead, title=title, published="2013-06-04")
    assert record.country == country and record.exchange_type == "bilateral"


# ---- other LAC countries inside what the one counterpart said are topics, not a second side ----

@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("Xi Jinping Holds Talks with President Lula",
     "On April 14, 2023, President Xi Jinping held talks with President Lula, who is on a state visit to "
     "China. Lula said Brazil and Argentina support a common South American currency.", "en", "Brazil"),
    ("王毅同希尔外长通电话",
     "2024年10月10日，外交部长王毅应约同委内瑞拉外长希尔通电话。希尔介绍了委同哥伦比亚、巴西关系。",
     "zh", "Venezuela"),
    ("Wang Yi Speaks with Foreign Minister Yvan Gil on the Phone",
     "On October 10, 2024, Foreign Minister Wang Yi held a phone call with Foreign Minister Yvan Gil of "
     "Venezuela, who briefed him on relations with Colombia and Brazil.", "en", "Venezuela"),
    ("王毅会见罗德里格斯外长",
     "2023年9月26日，外交部长王毅会见古巴外长罗德里格斯。罗德里格斯表示，古巴和委内瑞拉坚定支持中方立场。",
     "zh", "Cuba"),
])
def test_countries_in_what_the_counterpart_said_leave_his_country(title: str, text: str, lang: str,
                                                                   country: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-04-15")
    assert record.country == country and record.exchange_type == "bilateral"


@pytest.mark.parametrize(("title", "text"), [
    ("Ma Zhaoxu Meets with Foreign Ministers",
     "On May 2, 2024, Vice Foreign Minister Ma Zhaoxu met with the foreign ministers of Chile and Peru in "
     "Beijing. They said Chile and Peru value China's role."),
    ("Xi Jinping Meets with Presidents",
     "On November 19, 2024, President Xi Jinping met with President Lula of Brazil and President Gabriel "
     "Boric of Chile in Rio de Janeiro."),
])
def test_two_countries_counterparts_met_stay_multilateral(title: str, text: str) -> None:
    record = mfa(text, title=title, published="2024-05-03")
    assert record.country == "multilateral"


@pytest.mark.parametrize(("title", "text", "country"), [
    ("习近平抵达巴西",
     "当地时间2014年7月15日，国家主席习近平抵达巴西福塔莱萨，出席金砖国家领导人第六次会晤并对巴西进行国事访问。"
     "习近平随后还将访问阿根廷、委内瑞拉、古巴。", "multilateral"),
    ("王毅抵达巴西利亚",
     "当地时间2023年7月28日，外交部长王毅抵达巴西利亚，开始对巴西的正式访问。王毅随后将访问哥伦比亚。",
     "multilateral"),
    ("王毅抵达巴西利亚",
     "当地时间2023年7月28日，外交部长王毅抵达巴西利亚，开始对巴西的正式访问。"
     "王毅随后将赴南非出席金砖国家外长会晤。", "Brazil"),
    ("习近平同哥斯达黎加总统钦奇利亚举行会谈",
     "当地时间2013年6月3日，国家主席习近平在圣何塞同哥斯达黎加总统钦奇利亚举行会谈。习近平随后将访问墨西哥。",
     "Costa Rica"),
])
def test_zh_trip_with_later_stops(title: str, text: str, country: str) -> None:
    record = _zh(text, title, published="2014-07-16")
    assert record.country == country


# ---- a regional platform held in a LAC city named only as the place: the platform ----

@pytest.mark.parametrize(("title", "text"), [
    ("Xi says China ready to work with LAC countries for common development",
     "BEIJING, Sept. 10 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a congratulatory letter to "
     "the China-Latin America and the Caribbean Think Tank Forum held in Montevideo, Uruguay."),
    ("",
     "On September 10, 2024, Vice Foreign Minister Ma Zhaoxu attended the Second China-Caribbean Development "
     "Forum in Kingston, Jamaica, and delivered a speech."),
])
def test_regional_platform_in_a_named_lac_city_is_multilateral(title: str, text: str) -> None:
    record = mfa(text, title=title, published="2024-09-10")
    assert record.country == "multilateral"


def test_platform_as_a_topic_beside_one_official_met_in_his_capital_stays_his_country() -> None:
    record = mfa("On September 10, 2024, Vice Foreign Minister Ma Zhaoxu met with Foreign Minister Kamina "
                 "Johnson Smith in Kingston, Jamaica. She said Jamaica supports the China-CELAC Forum.",
                 title="Ma Zhaoxu Meets with Foreign Minister Kamina Johnson Smith", published="2024-09-11")
    assert record.country == "Jamaica"


# ---- one country's official named as one of a group of the region's officials ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Hua Chunying Meets with Cuban Ambassador and Other Ambassadors",
     "On January 15, 2025, Vice Foreign Minister Hua Chunying met with Cuban Ambassador Alberto Blanco and "
     "other ambassadors of Latin American and Caribbean countries in Beijing.", "en"),
    ("华春莹会见古巴驻华大使等使节",
     "2025年1月15日，外交部副部长华春莹在北京会见古巴驻华大使布兰科及其他拉美和加勒比国家驻华大使。", "zh"),
])
def test_one_official_and_others_of_the_regions_group_is_multilateral(title: str, text: str,
                                                                      lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2025-01-16")
    assert record.country == "multilateral"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Hua Chunying Meets with Cuban Ambassador and Other Ambassadors",
     "On January 15, 2025, Vice Foreign Minister Hua Chunying met with Cuban Ambassador Alberto Blanco and "
     "other ambassadors of African countries in Beijing.", "en"),
    ("Wang Yi Meets with Cuban Foreign Minister and Other Officials",
     "On June 3, 2024, Foreign Minister Wang Yi met with Cuban Foreign Minister Bruno Rodriguez and other "
     "Cuban officials in Havana, and they discussed cooperation with Latin American countries.", "en"),
    ("王毅会见古巴外长等官员",
     "2024年6月3日，外交部长王毅在哈瓦那会见古巴外长罗德里格斯等古巴官员，双方就中国同拉美国家合作交换意见。",
     "zh"),
])
def test_one_official_and_others_not_of_the_region_stay_his_country(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2025-01-16")
    assert record.country == "Cuba"


# ---- the region's envoys stationed in a LAC country (驻X: posted to X) ----

@pytest.mark.parametrize(("title", "text"), [
    ("王毅会见加勒比国家驻圭亚那使节",
     "当地时间2024年5月10日，外交部长王毅在乔治敦会见加勒比国家驻圭亚那使节。双方就深化合作交换了意见。"),
    ("王毅会见中美洲国家驻墨西哥大使",
     "当地时间2024年5月10日，外交部长王毅在墨西哥城会见中美洲国家驻墨西哥大使。双方就深化合作交换了意见。"),
])
def test_the_regions_envoys_posted_to_one_lac_country_are_multilateral(title: str, text: str) -> None:
    """驻 + a place is where an envoy is stationed (as 驻华 is): the envoys of the region's states are
    the counterpart, the posting country only the place."""
    assert _zh(text, title).country == "multilateral"


@pytest.mark.parametrize(("title", "text", "country"), [
    ("王毅会见古巴驻华大使",
     "2024年5月10日，外交部长王毅在北京会见古巴驻华大使佩雷拉。双方就深化合作交换了意见。", "Cuba"),
    ("王毅会见古巴外长",
     "2024年5月10日，外交部长王毅在北京会见古巴外长罗德里格斯。中国驻古巴大使马辉陪同会见。", "Cuba"),
])
def test_one_countrys_envoy_or_a_chinese_envoy_posted_there_stays_that_country(title: str, text: str,
                                                                             country: str) -> None:
    assert _zh(text, title).country == country
