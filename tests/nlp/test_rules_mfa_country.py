"""Foreign-ministry pages: the country of group meetings and regional bodies, and the event type of
meetings at summits and of talks held at a distance (campaign M). Self-written releases; the names
of people, countries and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.fmprc.gov.cn/web/zyxw/202406/t20240621_1.shtml"


# ---- the envoys, ministers or leaders of a LAC region's states met as a group: multilateral ----

@pytest.mark.parametrize(("title", "text", "published"), [
    ("华春莹集体会见中美洲国家驻华使节",
     "2024年12月3日，外交部副部长华春莹在北京集体会见中美洲国家驻华使节，介绍中国外交政策。", "2024-12-04"),
    ("马朝旭集体会见加勒比国家驻华大使",
     "2024年6月20日，外交部副部长马朝旭集体会见加勒比国家驻华大使。"
     "马朝旭表示，中方愿同各方深化合作。", "2024-06-21"),
    ("王毅同加勒比建交国外长举行会晤",
     "当地时间2024年8月6日，外交部长王毅在乔治敦同加勒比建交国外长举行会晤。", "2024-08-07"),
    ("華春瑩集體會見南美洲國家駐華大使",
     "2024年12月3日，外交部副部長華春瑩集體會見南美洲國家駐華大使。", "2024-12-04"),
])
def test_group_of_a_regions_envoys_or_ministers_zh(title: str, text: str, published: str) -> None:
    record = mfa(text, title=title, published=published, lang="zh", url=ZH_URL)
    assert record.relevant is True
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "meeting"


@pytest.mark.parametrize(("title", "text"), [
    ("Vice Foreign Minister Meets with Ambassadors of Central American Countries",
     "On June 20, 2024, Vice Foreign Minister Ma Zhaoxu met in Beijing with ambassadors to China of Central "
     "American countries and briefed them on the Third Plenary Session."),
    ("Wang Yi Meets Central American Countries' Foreign Ministers",
     "On September 24, 2024 local time, Foreign Minister Wang Yi met in New York with a group of Central "
     "American countries' foreign ministers."),
])
def test_group_of_a_regions_envoys_or_ministers_en(title: str, text: str) -> None:
    record = mfa(text, title=title, published="2024-06-21")
    assert record.relevant is True
    assert record.country == "multilateral"


def test_one_countrys_leader_with_the_regions_leaders_only_as_a_topic_stays_that_country() -> None:
    record = mfa(
        "On June 3, 2024, President Xi Jinping met with Prime Minister of Dominica Roosevelt Skerrit in "
        "Beijing. Skerrit said he would convey China's goodwill to leaders of Caribbean countries.",
        title="Xi Jinping Meets with Prime Minister of Dominica Roosevelt Skerrit", published="2024-06-04")
    assert record.country == "Dominica" and record.exchange_type == "bilateral"


def test_one_countrys_minister_named_with_the_region_in_chinese_stays_that_country() -> None:
    record = mfa("2024年3月5日，外交部长王毅在北京会见牙买加外长约翰逊·史密斯。"
                 "约翰逊·史密斯表示，牙方愿推动加勒比国家同中国合作。",
                 title="王毅会见牙买加外长约翰逊·史密斯", published="2024-03-06", lang="zh", url=ZH_URL)
    assert record.country == "Jamaica"


# ---- regional bodies seated in a LAC city: the body, not the seat's country ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Vice Foreign Minister Meets with Secretary-General of ALADI",
     "On May 7, 2024 local time, Vice Foreign Minister Ma Zhaoxu met with Secretary-General of the Latin "
     "American Integration Association Sergio Abreu in Montevideo.", "en"),
    ("Ma Zhaoxu Meets with the President of CAF",
     "On March 18, 2024, Vice Foreign Minister Ma Zhaoxu met in Beijing with the Executive President of the "
     "Development Bank of Latin America and the Caribbean, Sergio Diaz-Granados.", "en"),
    ("马朝旭会见亚马孙合作条约组织秘书长",
     "当地时间2024年4月2日，外交部副部长马朝旭在巴西利亚会见亚马孙合作条约组织秘书长。", "zh"),
    ("Wang Yi Meets with the Permanent Secretary of SELA",
     "On April 18, 2023 local time, Foreign Minister Qin Gang met in Caracas with the Permanent Secretary of "
     "the Latin American and Caribbean Economic System.", "en"),
])
def test_regional_bodies_seated_in_lac_cities(title: str, text: str, lang: str) -> None:
    url = ZH_URL if lang == "zh" else "https://www.fmprc.gov.cn/eng/zxxx/202404/t20240403_1.html"
    record = mfa(text, title=title, published="2024-05-08", lang=lang, url=url)
    assert record.relevant is True
    assert record.country == "multilateral"


def test_china_development_bank_is_no_caribbean_body() -> None:
    record = mfa(
        "On May 7, 2024, Vice Foreign Minister Ma Zhaoxu met with Uruguayan Foreign Minister Omar Paganini "
        "in Montevideo. They discussed a CDB credit line for Uruguayan ports.",
        title="Ma Zhaoxu Meets with Uruguayan Foreign Minister Omar Paganini", published="2024-05-08")
    assert record.country == "Uruguay"


# ---- a meeting by someone attending a summit: on the sidelines ----

@pytest.mark.parametrize("lead", [
    "On April 9, 2025 local time, Vice Foreign Minister Ma Zhaoxu, attending the Ninth CELAC Summit in "
    "Tegucigalpa as the Chinese government's representative, met with Honduran President Xiomara Castro.",
    "On April 9, 2025 local time, Vice Foreign Minister Ma Zhaoxu met with Honduran President Xiomara Castro "
    "while attending the Ninth CELAC Summit in Tegucigalpa.",
])
def test_meeting_by_a_summit_attendee_is_on_the_sidelines(lead: str) -> None:
    record = mfa(lead, title="Ma Zhaoxu Meets with Honduran President Xiomara Castro", published="2025-04-10")
    assert record.country == "Honduras"
    assert record.event_type == "meeting_on_sidelines"


def test_attending_an_inauguration_is_no_summit() -> None:
    record = mfa(
        "On October 1, 2024 local time, Vice President Han Zheng, attending the inauguration of President "
        "Claudia Sheinbaum in Mexico City, met with her after the ceremony.",
        title="Han Zheng Meets with Mexican President Claudia Sheinbaum", published="2024-10-02")
    assert record.country == "Mexico"
    assert record.event_type == "meeting"


# ---- talks or a meeting held at a distance: the call is the type ----

@pytest.mark.parametrize(("title", "lead", "expected"), [
    ("Wang Yi Holds Talks with Brazilian Foreign Minister Carlos Franca",
     "On February 14, 2022, State Councilor and Foreign Minister Wang Yi held talks with Brazilian Foreign "
     "Minister Carlos Franca via video link.", "video_call"),
    ("Wang Yi Meets with Chilean Foreign Minister Antonia Urrejola",
     "On July 5, 2022, State Councilor and Foreign Minister Wang Yi met with Chilean Foreign Minister "
     "Antonia Urrejola by videoconference.", "video_call"),
    ("Qin Gang Holds Talks with Argentine Foreign Minister Santiago Cafiero",
     "On March 2, 2023, Foreign Minister Qin Gang held talks over the telephone with Argentine Foreign "
     "Minister Santiago Cafiero.", "phone_call"),
])
def test_talks_or_meeting_at_a_distance_en(title: str, lead: str, expected: str) -> None:
    record = mfa(lead, title=title, published="2022-07-06")
    assert record.event_type == expected


def test_talks_by_video_zh() -> None:
    record = mfa("2022年2月14日，国务委员兼外长王毅同巴西外长弗兰萨举行视频会谈。",
                 title="王毅同巴西外长弗兰萨举行会谈", published="2022-02-15", lang="zh", url=ZH_URL)
    assert record.event_type == "video_call"


def test_talks_with_a_later_video_link_mentioned_stay_talks() -> None:
    record = mfa(
        "On April 14, 2023, President Xi Jinping held talks with Brazilian President Lula at the Great Hall "
        "of the People. The two leaders agreed to keep in touch by phone and via video link.",
        title="Xi Jinping Holds Talks with Brazilian President Lula", published="2023-04-15")
    assert record.event_type == "talks"
    record = mfa("2023年4月14日，国家主席习近平在人民大会堂同巴西总统卢拉举行会谈。"
                 "两国元首同意通过视频通话等方式保持沟通。",
                 title="习近平同巴西总统卢拉举行会谈", published="2023-04-15", lang="zh", url=ZH_URL)
    assert record.event_type == "talks"


# ---- a member's turn in a body's chair is that member's office; a body's own officer is the body ----

@pytest.mark.parametrize(("title", "lead"), [
    ("Wang Yi Meets with CELAC Pro Tempore President Ralph Gonsalves",
     "On October 20, 2023, Foreign Minister Wang Yi met in Beijing with Saint Vincent and the Grenadines "
     "Prime Minister Ralph Gonsalves, pro tempore president of CELAC."),
    ("Wang Yi Meets with Prime Minister Ralph Gonsalves",
     "On October 20, 2023, Foreign Minister Wang Yi met in Beijing with the rotating president of the "
     "Community of Latin American and Caribbean States, Saint Vincent and the Grenadines Prime Minister "
     "Ralph Gonsalves."),
])
def test_pro_tempore_president_of_a_body_is_his_country(title: str, lead: str) -> None:
    record = mfa(lead, title=title, published="2023-10-21")
    assert record.country == "Saint Vincent and the Grenadines"


@pytest.mark.parametrize(("title", "lead"), [
    ("Ma Zhaoxu Meets with President of Development Bank of Latin America",
     "On March 18, 2024, Vice Foreign Minister Ma Zhaoxu met in Beijing with the Development Bank of Latin "
     "America President Sergio Diaz-Granados of Colombia."),
    ("Zhao Leji Meets with President of the Latin American Parliament",
     "On June 12, 2024, Zhao Leji met with President of the Latin American Parliament Rolando Gonzalez "
     "Patricio of Cuba."),
])
def test_a_bodys_elected_president_is_the_body(title: str, lead: str) -> None:
    record = mfa(lead, title=title, published="2024-06-13")
    assert record.country == "multilateral"


# ---- the region's journalists, scholars or students met or written to as a group ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("王毅会见拉美媒体记者团", "2024年5月20日，外交部长王毅在北京会见拉美媒体记者团。", "zh"),
    ("习近平给加勒比国家留学生回信",
     "2024年9月10日，国家主席习近平给加勒比国家留学生回信，勉励他们为友好作出贡献。", "zh"),
    ("Han Zheng Meets with Latin American Scholars",
     "On November 2, 2023, Vice President Han Zheng met in Beijing with a group of Latin American "
     "scholars.", "en"),
    ("Wang Yi Meets Visiting Journalists",
     "On May 20, 2024, Foreign Minister Wang Yi met in Beijing with journalists from Latin America and the "
     "Caribbean on a press exchange programme.", "en"),
])
def test_the_regions_people_as_a_group_are_multilateral(title: str, text: str, lang: str) -> None:
    url = ZH_URL if lang == "zh" else "https://www.fmprc.gov.cn/eng/zxxx/202405/t20240521_1.html"
    record = mfa(text, title=title, published="2024-05-21", lang=lang, url=url)
    assert record.relevant is True
    assert record.country == "multilateral"


def test_the_regions_experts_as_a_topic_leave_the_country() -> None:
    record = mfa(
        "On May 20, 2024, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira in "
        "Beijing. They discussed the views of Latin American experts on the Ukraine crisis.",
        title="Wang Yi Meets with Brazilian Foreign Minister Mauro Vieira", published="2024-05-21")
    assert record.country == "Brazil"


def test_scholars_attending_a_forum_are_met_on_its_sidelines() -> None:
    record = mfa(
        "On November 2, 2023, Vice President Han Zheng met in Beijing with Latin American scholars attending "
        "the China-LAC Think Tank Forum.",
        title="Han Zheng Meets with Latin American Scholars", published="2023-11-03")
    assert record.event_type == "meeting_on_sidelines"


# ---- the lead's word for the headline's exchange is in its main clause ----

def test_talks_recalled_in_a_side_clause_do_not_type_the_headlines_meeting() -> None:
    record = mfa(
        "On August 5, 2024 local time, after his talks with Guyanese Foreign Minister Hugh Todd, Foreign "
        "Minister Wang Yi met with CARICOM Secretary-General Carla Barnett in Georgetown.",
        title="Wang Yi Meets with CARICOM Secretary-General Carla Barnett", published="2024-08-06")
    assert record.event_type == "meeting"
    assert record.country == "multilateral"


def test_talks_named_only_in_a_side_clause_still_type_the_exchange() -> None:
    record = mfa(
        "During talks with Brazilian President Lula at the Great Hall of the People on April 14, 2023, "
        "President Xi Jinping said that China and Brazil share broad common interests.",
        title="Xi Jinping Meets with Brazilian President Lula", published="2023-04-15")
    assert record.event_type == "talks"


def test_video_conference_with_a_regions_ministers_zh() -> None:
    record = mfa("2024年7月3日，外交部副部长马朝旭同中美洲国家外长举行视频会议。",
                 title="马朝旭同中美洲国家外长举行视频会议", published="2024-07-04", lang="zh", url=ZH_URL)
    assert record.country == "multilateral"
    assert record.event_type == "video_call"


# ---- a call's word in a later clause of the headline qualifies that clause, not the meeting ----

def test_video_link_in_a_later_headline_clause_leaves_the_meeting_the_news() -> None:
    record = mfa(
        "On November 14, 2024 local time, President Xi Jinping held talks with Peruvian President Dina "
        "Boluarte at the Government Palace in Lima. After the talks, the two heads of state attended via "
        "video link the inauguration ceremony of the Chancay Port.",
        title="Xi Jinping Meets with Peruvian President Dina Boluarte, Two Heads of State Attend Chancay "
              "Port Inauguration via Video Link", published="2024-11-15")
    assert record.country == "Peru"
    assert record.event_type == "talks"


def test_meeting_and_phone_in_later_headline_clause() -> None:
    record = mfa(
        "On March 3, 2024, Foreign Minister Wang Yi met with Guyanese Foreign Minister Hugh Todd in Beijing.",
        title="Wang Yi Meets Guyanese Foreign Minister; Leaders Had Spoken by Phone in January",
        published="2024-03-04")
    assert record.event_type == "meeting"


def test_talks_via_video_link_in_one_headline_clause_stay_a_call() -> None:
    record = mfa(
        "On May 10, 2022, President Xi Jinping held talks with Argentine President Alberto Fernandez via "
        "video link.",
        title="Xi Jinping Holds Talks with Argentine President Alberto Fernandez via Video Link",
        published="2022-05-11")
    assert record.event_type == "video_call"


def test_caf_alone_is_no_latin_american_bank() -> None:
    record = mfa(
        "On January 12, 2024, Vice Foreign Minister Chen Xiaodong met with the president of CAF, the "
        "Confederation of African Football, in Beijing.",
        title="Chen Xiaodong Meets with President of CAF", published="2024-01-13")
    assert record.relevant is False


# ---- a gathering held or chaired by video is the gathering ("other"), not a two-sided call ----

@pytest.mark.parametrize(("title", "lead", "lang"), [
    ("China-CELAC Forum holds third ministerial meeting via video link",
     "BEIJING, Dec. 3 (Xinhua) -- The Third Ministerial Meeting of the China-CELAC Forum was held via video "
     "link on Friday, co-chaired by Chinese State Councilor and Foreign Minister Wang Yi and Mexican Foreign "
     "Secretary Marcelo Ebrard.", "en"),
    ("中拉论坛第三届部长级会议以视频方式举行",
     "2021年12月3日，中国－拉共体论坛第三届部长级会议以视频方式举行。国务委员兼外长王毅同墨西哥外长埃布拉德共同主持会议。",
     "zh"),
])
def test_ministerial_held_by_video_is_the_gathering(title: str, lead: str, lang: str) -> None:
    url = ZH_URL if lang == "zh" else "https://www.fmprc.gov.cn/eng/zxxx/202112/t20211204_1.html"
    record = mfa(lead, title=title, published="2021-12-04", lang=lang, url=url)
    assert record.country == "multilateral"
    assert record.event_type == "other"


def test_talks_by_video_with_a_summit_mentioned_later_stay_a_call() -> None:
    record = mfa(
        "On May 10, 2022, President Xi Jinping held talks via video link with Argentine President Alberto "
        "Fernandez. Fernandez said Argentina looks forward to the BRICS summit held in China.",
        title="Xi Jinping Holds Video Talks with Argentine President", published="2022-05-11")
    assert record.event_type == "video_call"


@pytest.mark.parametrize(("title", "lead"), [
    ("Hua Chunying Meets with Caribbean Envoys",
     "On January 10, 2025, Vice Foreign Minister Hua Chunying met with Caribbean envoys in Beijing."),
    ("Xi Jinping Meets with Caribbean Leaders",
     "On June 1, 2013 local time, President Xi Jinping met with Caribbean leaders in Port of Spain."),
    ("Wang Yi Meets with Central American Foreign Ministers",
     "On August 6, 2024, Foreign Minister Wang Yi met with Central American foreign ministers in Beijing."),
])
def test_a_regions_envoys_or_leaders_in_adjective_form(title: str, lead: str) -> None:
    record = mfa(lead, title=title, published="2024-08-07")
    assert record.relevant is True
    assert record.country == "multilateral"


def test_zh_a_regions_prime_ministers() -> None:
    record = mfa("2013年6月1日，国家主席习近平在西班牙港会见加勒比国家总理。",
                 title="习近平会见加勒比国家总理", published="2013-06-02", lang="zh", url=ZH_URL)
    assert record.country == "multilateral"


def test_presidents_attending_a_summit_are_met_on_its_sidelines() -> None:
    record = mfa(
        "On May 30, 2023, Vice President Han Zheng met in Brasilia with South American presidents attending "
        "the South American Summit.",
        title="Han Zheng Meets with South American Presidents", published="2023-05-31")
    assert record.country == "multilateral"
    assert record.event_type == "meeting_on_sidelines"


def test_caribbean_leaders_as_a_topic_of_a_one_country_meeting() -> None:
    record = mfa(
        "On June 3, 2024, President Xi Jinping met with Guyanese President Irfaan Ali in Beijing. Ali said "
        "Caribbean leaders appreciate China's support.",
        title="Xi Jinping Meets with Guyanese President Irfaan Ali", published="2024-06-04")
    assert record.country == "Guyana"


def test_a_regions_ministers_named_after_the_one_counterpart_are_a_topic() -> None:
    record = mfa(
        "On January 10, 2025, Vice Foreign Minister Hua Chunying met with Jamaican Foreign Minister Kamina "
        "Johnson Smith, who briefed her on a recent meeting of Caribbean foreign ministers.",
        title="", published="2025-01-11")
    assert record.country == "Jamaica"


def test_a_regions_envoys_named_before_their_countries_are_the_counterpart() -> None:
    record = mfa(
        "On June 20, 2024, Vice Foreign Minister Ma Zhaoxu met with ambassadors to China of Central American "
        "countries, including the ambassadors of Costa Rica, Panama and Honduras.",
        title="", published="2024-06-21")
    assert record.country == "multilateral"


def test_the_regions_scholars_named_after_the_one_counterpart_are_a_topic() -> None:
    record = mfa(
        "On May 20, 2024, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto van Klaveren, "
        "who quoted Latin American scholars on multilateralism.",
        title="", published="2024-05-21")
    assert record.country == "Chile"


def test_zh_headline_clauses_parted_by_a_space() -> None:
    record = mfa("当地时间2024年11月14日，国家主席习近平在利马总统府同秘鲁总统博鲁阿尔特举行会谈。"
                 "会谈后，两国元首视频连线出席钱凯港开港仪式。",
                 title="习近平同秘鲁总统博鲁阿尔特会谈 两国元首视频连线出席钱凯港开港仪式",
                 published="2024-11-15", lang="zh", url=ZH_URL)
    assert record.event_type == "talks"


def test_zh_video_talks_in_one_headline_clause_stay_a_call() -> None:
    record = mfa("2022年5月10日，国家主席习近平同阿根廷总统费尔南德斯举行视频会晤。",
                 title="习近平同阿根廷总统费尔南德斯举行视频会晤", published="2022-05-11", lang="zh",
                 url=ZH_URL)
    assert record.event_type == "video_call"
