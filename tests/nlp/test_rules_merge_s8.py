"""Rules mended when round 8's branches met the earlier campaigns: a legislature's president named
by body and office with no country beside him is no head of government; a briefing on a trip whose stops lie
inside and outside LAC is about all of them; both leaders attending a summit, said in a Chinese
sentence of its own, place their meeting on its sidelines; an arrival page that names whom the visitor
will meet is not yet at head-of-state level. Self-written releases; names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

EN_URL = "https://www.mfa.gov.cn/eng/xw/zyxw/202305/t20230512_11000201.html"
ZH_URL = "https://www.mfa.gov.cn/web/zyxw/202411/t20241119_11000202.shtml"


@pytest.mark.parametrize("text, country", [
    ("SANTIAGO, May 11 (Xinhua) -- Chinese Vice President Han Zheng on Thursday met with Chilean Senate "
     "President Juan Antonio Coloma in the Chilean capital.", "Chile"),
    ("LIMA, Nov. 13 (Xinhua) -- Zhao Leji held talks here today with Peruvian Congress President Eduardo "
     "Salhuana on deepening exchanges between the legislatures.", "Peru"),
    ("BEIJING, June 3 (Xinhua) -- Wang Huning on Monday met with Brazilian Chamber President Arthur Lira, "
     "who is visiting China.", "Brazil"),
])
def test_a_bodys_president_is_no_head(text: str, country: str) -> None:
    record = mfa(text, title="Chinese leader meets legislature head", published="2023-05-12", url=EN_URL)
    assert record.relevant and record.country == country
    assert record.head_of_state_level is False


def test_a_countrys_president_still_is_a_head() -> None:
    record = mfa("BEIJING, May 11 (Xinhua) -- Chinese President Xi Jinping on Thursday held talks with "
                 "visiting Chilean President Gabriel Boric.", title="Xi holds talks with Chilean president",
                 published="2023-05-12", url=EN_URL)
    assert record.head_of_state_level is True


@pytest.mark.parametrize("text, title", [
    ("新华社里约热内卢11月18日电 当地时间18日，国家主席习近平在里约热内卢会见智利总统博里奇。"
     "两国元首都在当地出席二十国集团领导人峰会。", "习近平会见智利总统博里奇"),
    ("新华社利马11月15日电 当地时间15日，国家主席习近平在利马会见乌拉圭总统拉卡列。"
     "两国领导人均出席亚太经合组织领导人非正式会议。", "习近平会见乌拉圭总统"),
])
def test_both_leaders_attending_a_summit_in_a_sentence_of_its_own(text: str, title: str) -> None:
    record = mfa(text, title=title, published="2024-11-19", url=ZH_URL)
    assert record.event_type == "meeting_on_sidelines"


@pytest.mark.parametrize("text, title", [
    ("新华社利马11月15日电 当地时间15日，国家主席习近平在利马会见秘鲁国会主席萨尔瓦纳。",
     "习近平会见秘鲁国会主席"),
    ("HAVANA, March 8 -- Chinese Vice Foreign Minister Miao Deyu met with Bolivian Foreign Minister Celinda "
     "Sosa in Havana on Friday.", "Chinese vice FM meets Bolivian FM in Havana"),
])
def test_a_meeting_in_a_lac_city_with_no_summit_named_is_a_meeting(text: str, title: str) -> None:
    record = mfa(text, title=title, published="2024-11-16", url=ZH_URL)
    assert record.event_type == "meeting"


def test_a_briefing_on_a_trip_in_and_outside_lac_is_relevant() -> None:
    record = mfa("BEIJING, Nov. 20 (Xinhua) -- Vice Foreign Minister Wang Chao on Tuesday told reporters "
                 "about President Xi Jinping's coming visits to Spain, Argentina, Panama and Portugal.",
                 title="Vice FM briefs on Xi's upcoming trip", published="2018-11-20", url=EN_URL)
    assert record.relevant and record.country == "multilateral"


def test_a_lac_country_said_after_an_outside_counterpart_stays_a_topic() -> None:
    record = mfa("BEIJING, May 4 (Xinhua) -- Wang Yi on Thursday met with Spanish Foreign Minister "
                 "Jose Manuel Albares. Albares said Spain hopes to work with China on issues such as "
                 "Venezuela.",
                 title="Wang Yi meets Spanish FM", published="2023-05-05", url=EN_URL)
    assert not record.relevant


# ---- head-of-state level on an arrival page: the host head received the visitor, or is yet to

ARRIVAL_ZH = "https://www.mfa.gov.cn/web/zyxw/201306/t20130601_11000203.shtml"


@pytest.mark.parametrize("text", [
    "5月31日晚，习近平主席乘专机到达西班牙港。按照日程安排，习近平此行将会见卡莫纳总统，并与珀萨德-比塞萨尔总理"
    "就双边关系深入交换意见。",
    "6月3日，习近平主席飞抵圣何塞国际机场。据悉，在哥斯达黎加期间，习近平还将同钦奇利亚总统举行会谈，双方将签署"
    "多项合作文件。",
])
def test_zh_arrival_naming_whom_the_visitor_will_meet_is_not_head_level(text: str) -> None:
    record = mfa(text, title="习近平主席到达并开始国事访问", published="2013-06-01", url=ARRIVAL_ZH)
    assert record.event_type == "state_visit"
    assert record.head_of_state_level is False


def test_en_arrival_naming_whom_the_visitor_will_meet_is_not_head_level() -> None:
    record = mfa("PORT OF SPAIN, May 31 -- Chinese President Xi Jinping arrived here on Friday for a state "
                 "visit "
                 "to Trinidad and Tobago. During the visit, Xi will hold talks with Prime Minister Kamla "
                 "Persad-Bissessar.", title="Xi arrives in Trinidad and Tobago for state visit",
                 published="2013-06-01", url=EN_URL)
    assert record.event_type == "state_visit"
    assert record.head_of_state_level is False


def test_arrival_where_the_host_head_greeted_the_visitor_is_head_level() -> None:
    record = mfa("PORT OF SPAIN, May 31 -- Chinese President Xi Jinping arrived here on Friday for a state "
                 "visit "
                 "to Trinidad and Tobago and was greeted at the airport by Prime Minister Kamla "
                 "Persad-Bissessar.", title="Xi arrives in Trinidad and Tobago for state visit",
                 published="2013-06-01", url=EN_URL)
    assert record.event_type == "state_visit"
    assert record.head_of_state_level is True
