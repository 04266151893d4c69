"""Foreign-ministry fields: principals, head-of-state level, event type, partnership."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa


def test_talks_between_heads_of_state_with_an_upgrade():
    record = mfa(
        "BEIJING, Sept. 13 (Xinhua) -- Chinese President Xi Jinping held talks with Venezuelan President "
        "Nicolas Maduro in Beijing on Wednesday. The two heads of state announced the decision to elevate "
        "China-Venezuela relations to an all-weather strategic partnership.",
        title="Xi holds talks with Venezuelan president", published="2023-09-14")
    assert record.relevant and record.country == "Venezuela"
    assert record.event_type == "talks"
    assert record.event_date == "2023-09-13"
    assert record.chinese_side == "Xi Jinping, President"
    assert record.counterpart == "Nicolas Maduro, President"
    assert record.head_of_state_level is True
    assert record.partnership_action == "upgrade"
    assert record.partnership_level == "all-weather strategic partnership"
    assert record.evidence["partnership_action"]
    assert record.mechanism == [] and record.content == "daily interaction"


def test_establishing_a_partnership():
    record = mfa(
        "BEIJING, Oct. 25 (Xinhua) -- Chinese President Xi Jinping held talks with Colombian President "
        "Gustavo Petro on Wednesday. The two heads of state announced the establishment of a strategic "
        "partnership between China and Colombia.", title="Xi holds talks with Colombian president",
        published="2023-10-25")
    assert record.partnership_action == "establish"
    assert record.partnership_level == "strategic partnership"


@pytest.mark.parametrize("sentence", [
    "The two countries upgraded bilateral ties to a comprehensive strategic partnership in 2013.",
    "This year marks the 30th anniversary of the establishment of the strategic partnership.",
    "China is ready to work with Peru to advance the comprehensive strategic partnership to new heights.",
])
def test_recalling_history_or_a_wish_is_not_an_action(sentence):
    record = mfa(f"LIMA, Nov. 21 (Xinhua) -- Chinese President Xi Jinping met with Peruvian President "
                 f"Ollanta "
                 f"Humala here on Friday. {sentence}", title="Xi meets Peruvian president",
                 published="2014-11-22")
    assert record.partnership_action is None
    assert record.partnership_level is not None


def test_premier_and_prime_minister_are_head_of_state_level():
    record = mfa("BEIJING, Jan. 24 (Xinhua) -- Chinese Premier Li Qiang held talks with Prime Minister of "
                 "Antigua and Barbuda Gaston Browne in Beijing on Wednesday.", title="Premier holds talks",
                 published="2024-01-25")
    assert record.chinese_side == "Li Qiang, Premier"
    assert record.counterpart == "Gaston Browne, Prime Minister"
    assert record.head_of_state_level is True
    assert record.event_date == "2024-01-24"


def test_foreign_ministers_are_not_head_of_state_level_and_office_follows_the_date():
    record = mfa("BEIJING, May 20 -- State Councilor and Foreign Minister Wang Yi held a phone call on May "
                 "20 with "
                 "Uruguayan Foreign Minister Francisco "
                 "Bustillo.", title="Wang Yi talks by phone with Uruguayan FM",
                 published="2022-05-21")
    assert record.event_type == "phone_call"
    assert record.chinese_side == "Wang Yi, State Councilor and Foreign Minister"
    assert record.counterpart == "Francisco Bustillo, Foreign Minister"
    assert record.head_of_state_level is False
    later = mfa("KINGSTON, Jan. 20 -- Jamaican Prime Minister Andrew Holness met with visiting Foreign "
                "Minister "
                "Wang Yi in Kingston on Saturday.", title="Jamaican PM meets Wang Yi", published="2024-01-21")
    assert later.chinese_side == "Wang Yi, Foreign Minister"
    assert later.counterpart == "Andrew Holness, Prime Minister"


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("BALI, Indonesia, Nov. 15 (Xinhua) -- Chinese President Xi Jinping met with Argentine President Alberto "
     "Fernandez here Tuesday afternoon.", "Xi meets Argentine president", "meeting_on_sidelines"),
    ("SANTIAGO, June 25 (Xinhua) -- Chinese Premier Wen Jiabao arrived here Monday evening on his first "
     "official visit to Chile.", "Chinese premier arrives in Chile", "official_visit"),
    ("LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping arrived here on Thursday for a state visit to "
     "Peru.",
     "Xi arrives in Lima", "state_visit"),
    ("BEIJING, April 10 (Xinhua) -- Chinese President Xi Jinping had a phone call with Mexican President "
     "Andres "
     "Manuel Lopez Obrador on Friday.", "Xi talks by phone with Mexican president", "phone_call"),
    ("BEIJING, Feb. 7 (Xinhua) -- Chinese President Xi Jinping on Friday exchanged congratulatory messages "
     "with "
     "Colombian President Gustavo Petro.", "Xi exchanges congratulations", "message"),
    ("QUITO, Feb. 11 (Xinhua) -- Ecuador and China issued a joint statement on deepening their comprehensive "
     "strategic partnership, Ecuadorian Foreign Minister Juan Carlos Holguin said.", "Joint statement",
     "joint_statement"),
    ("LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping said in a signed article published in Peruvian "
     "media that China and Peru are good friends.", "Xi publishes signed article in Peru", "other"),
])
def test_mfa_event_types(text, title, kind):
    assert mfa(text, title=title, published="2024-11-15").event_type == kind


def test_chinese_foreign_ministry_release():
    record = mfa("新华社北京8月30日电 "
                 "国家主席习近平8月30日同古巴国家主席迪亚斯-卡内尔通电话。双方同意推动中古关系发展。",
                 title="习近平同古巴国家主席迪亚斯-卡内尔通电话", published="2021-08-30", lang="zh")
    assert record.relevant and record.country == "Cuba"
    assert record.event_type == "phone_call"
    assert record.event_date == "2021-08-30"
    assert record.chinese_side == "Xi Jinping, President"
    assert record.counterpart == "Miguel Díaz-Canel, President"  # lac_leaders.json: the coders' English name
    assert record.head_of_state_level is True


def test_chinese_partnership_level_and_history():
    record = mfa("央视网消息:全国人大常委会委员长张德江13日在人民大会堂会见了智利总统巴切莱特。"
                 "张德江说,去年两国建立全面战略伙伴关系。",
                 title="张德江会见智利总统", published="2017-05-14", lang="zh")
    assert record.event_date == "2017-05-13"
    assert record.chinese_side == "Zhang Dejiang, Chairman of the NPC Standing Committee"
    assert record.head_of_state_level is False
    assert record.partnership_level == "comprehensive strategic partnership"
    assert record.partnership_action is None


def test_meeting_in_a_lac_city_with_someone_else_is_not_relevant():
    record = mfa("新华社里约热内卢11月19日电 "
                 "国家主席习近平在里约热内卢出席二十国集团领导人峰会期间会见法国总统马克龙。",
                 title="习近平会见法国总统马克龙", published="2024-11-20", lang="zh")
    assert not record.relevant


def test_a_regular_press_conference_transcript_is_not_an_exchange_report():
    text = ("Q: The President of Cuba will visit China next week. Can you share more details?\n\n"
            "A: President Díaz-Canel of Cuba will pay a state visit to China. President Xi Jinping will hold "
            "talks with him. We will release information in due course.")
    for title in ("Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on March 3, 2023",
                  "2023年3月3日外交部发言人汪文斌主持例行记者会"):
        record = mfa(text, title=title)
        assert not record.relevant and record.country is None
        assert any("press conference" in note for note in record.notes)
