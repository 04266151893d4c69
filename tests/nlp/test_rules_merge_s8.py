"""Rules mended when round 8's branches met the earlier campaigns: a legislature's president named
by body and office with no country beside him is no head of government; a briefing on a trip whose stops lie
inside and outside LAC is about all of them; both leaders attending a summit, said in a Chinese
sentence of its own, place their meeting on its sidelines. Self-written releases; names are facts."""

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
