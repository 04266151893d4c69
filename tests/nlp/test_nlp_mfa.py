"""Foreign-ministry fields: principals, head-of-state level, event type, partnership."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa


def test_talks_between_heads_of_state_with_an_upgrade():
    record = mfa(
        "BEIJING, Sept. 13 (Xinhua) -- At the Great Hall of the People on Wednesday, Chinese President Xi "
        "Jinping held talks with Venezuelan President Nicolas Maduro, his guest this week. Both leaders "
        "agreed that ties would be lifted to an all-weather strategic partnership, and they announced "
        "the decision together.",
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
        "BEIJING, Oct. 25 (Xinhua) -- On Wednesday afternoon Chinese President Xi Jinping held talks with "
        "Colombian President Gustavo Petro, who is in the capital this week. Afterwards both sides "
        "announced the establishment of a strategic partnership, a first for Bogota and Beijing.",
        title="Xi holds talks with Colombian president",
        published="2023-10-25")
    assert record.partnership_action == "establish"
    assert record.partnership_level == "strategic partnership"


@pytest.mark.parametrize("sentence", [
    "Back in 2013 Lima and Beijing upgraded their ties to a comprehensive strategic partnership.",
    "Both recalled the anniversary, this year, of when their strategic partnership was set up.",
    "Xi hopes Peru and China will keep pushing their comprehensive strategic partnership forward.",
])
def test_recalling_history_or_a_wish_is_not_an_action(sentence):
    record = mfa(f"LIMA, Nov. 21 (Xinhua) -- Peruvian President Ollanta Humala and Chinese President "
                 f"Xi Jinping met on Friday in the presidential palace. {sentence}",
                  title="Xi meets Peruvian president",
                 published="2014-11-22")
    assert record.partnership_action is None
    assert record.partnership_level is not None


def test_premier_and_prime_minister_are_head_of_state_level():
    record = mfa("BEIJING, Jan. 24 (Xinhua) -- Wednesday saw Chinese Premier Li Qiang hold talks with "
                 "Gaston Browne, Prime Minister of Antigua and Barbuda, on trade and climate finance.",
                 title="Premier holds talks",
                 published="2024-01-25")
    assert record.chinese_side == "Li Qiang, Premier"
    assert record.counterpart == "Gaston Browne, Prime Minister"
    assert record.head_of_state_level is True
    assert record.event_date == "2024-01-24"


def test_foreign_ministers_are_not_head_of_state_level_and_office_follows_the_date():
    record = mfa("BEIJING, May 20 -- Uruguayan Foreign Minister Francisco Bustillo spoke by phone on May 20 "
                 "with State Councilor and Foreign Minister Wang Yi about trade and the pandemic.",
                 title="Wang Yi talks by phone with Uruguayan FM",
                 published="2022-05-21")
    assert record.event_type == "phone_call"
    assert record.chinese_side == "Wang Yi, State Councilor and Foreign Minister"
    assert record.counterpart == "Francisco Bustillo, Foreign Minister"
    assert record.head_of_state_level is False
    later = mfa("KINGSTON, Jan. 20 -- On Saturday visiting Foreign Minister Wang Yi was received in Kingston "
                "by Jamaican Prime Minister Andrew Holness.",
                title="Jamaican PM meets Wang Yi", published="2024-01-21")
    assert later.chinese_side == "Wang Yi, Foreign Minister"
    assert later.counterpart == "Andrew Holness, Prime Minister"


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("BALI, Indonesia, Nov. 15 (Xinhua) -- On the sidelines of the summit on Tuesday, Argentine President "
     "Alberto Fernandez met with Chinese President Xi Jinping.", "Xi meets Argentine president",
     "meeting_on_sidelines"),
    ("SANTIAGO, June 25 (Xinhua) -- Late on Monday Chinese Premier Wen Jiabao landed in Santiago, where he "
     "starts an official visit to Chile.", "Chinese premier arrives in Chile", "official_visit"),
    ("LIMA, Nov. 14 (Xinhua) -- Thursday brought Chinese President Xi Jinping to Lima for a state visit to "
     "Peru.", "Xi arrives in Lima", "state_visit"),
    ("BEIJING, April 10 (Xinhua) -- Mexican President Andres Manuel Lopez Obrador and Chinese President "
     "Xi Jinping had a phone call on Friday.", "Xi talks by phone with Mexican president", "phone_call"),
    ("BEIJING, Feb. 7 (Xinhua) -- Congratulatory messages went on Friday between Chinese President Xi "
     "Jinping and Colombian President Gustavo Petro.", "Xi exchanges congratulations", "message"),
    ("QUITO, Feb. 11 (Xinhua) -- A joint statement by Ecuador and China on their comprehensive strategic "
     "partnership was issued, Foreign Minister Juan Carlos Holguin of Ecuador told reporters.",
     "Joint statement", "joint_statement"),
    ("LIMA, Nov. 14 (Xinhua) -- Peruvian newspapers carried a signed article by Chinese President Xi Jinping "
     "calling China and Peru good friends.", "Xi publishes signed article in Peru", "message"),
])
def test_mfa_event_types(text, title, kind):
    assert mfa(text, title=title, published="2024-11-15").event_type == kind


def test_chinese_foreign_ministry_release():
    record = mfa("新华社北京8月30日电 "
                 "8月30日晚，应古方请求，国家主席习近平与古巴国家主席迪亚斯-卡内尔通电话，两人谈及疫苗合作。",
                 title="两国元首通电话：习近平与迪亚斯-卡内尔", published="2021-08-30", lang="zh")
    assert record.relevant and record.country == "Cuba"
    assert record.event_type == "phone_call"
    assert record.event_date == "2021-08-30"
    assert record.chinese_side == "Xi Jinping, President"
    assert record.counterpart == "Miguel Díaz-Canel, President"  # lac_leaders.json: the coders' English name
    assert record.head_of_state_level is True


def test_chinese_partnership_level_and_history():
    record = mfa("央视网消息:13日，智利总统巴切莱特在北京同全国人大常委会委员长张德江见面。"
                 "张德江回顾说,去年两国建立全面战略伙伴关系。",
                 title="张德江会见智利总统", published="2017-05-14", lang="zh")
    assert record.event_date == "2017-05-13"
    assert record.chinese_side == "Zhang Dejiang, Chairman of the NPC Standing Committee"
    assert record.head_of_state_level is False
    assert record.partnership_level == "comprehensive strategic partnership"
    assert record.partnership_action is None


def test_meeting_in_a_lac_city_with_someone_else_is_not_relevant():
    record = mfa("新华社里约热内卢11月19日电 "
                 "峰会间隙，法国总统马克龙与国家主席习近平在里约热内卢见面交谈。",
                 title="习近平会见法国总统马克龙", published="2024-11-20", lang="zh")
    assert not record.relevant


def test_a_regular_press_conference_transcript_is_not_an_exchange_report():
    text = ("Q: The President of Cuba will visit China next week. Can you share more details?\n\n"
            "A: President Díaz-Canel of Cuba will pay a state visit to China. President Xi Jinping will hold "
            "talks with him. We will release information in due course.")
    for title in ("Regular Press Conference of Spokesperson Wang Wenbin, 3 March 2023",
                  "汪文斌主持例行记者会（2023年3月3日）"):
        record = mfa(text, title=title)
        assert not record.relevant and record.country is None
        assert any("press conference" in note for note in record.notes)


def test_state_councilor_only_when_the_release_says_so():
    record = mfa("LA PAZ, May 29 -- Foreign Minister Wang Yi met here on Tuesday with Bolivian Foreign "
                 "Minister Fernando Huanacuni, and the two talked about railways and lithium.",
                 title="Wang Yi meets Bolivian FM", published="2018-05-30")
    assert record.chinese_side == "Wang Yi, Foreign Minister"


def test_demonym_spelling_variants():
    record = mfa("After the floods, Chinese President Xi Jinping on Monday sent a message of sympathy to "
                 "Ecuadoran President Rafael Correa and the people of the Andean country.",
                 title="Xi sends sympathy message", published="2016-03-15")
    assert record.relevant and record.country == "Ecuador"
    assert record.event_type == "message"


def test_announcing_that_relations_will_be_upgraded_is_an_upgrade():
    zh = mfa("新华社北京11月22日电 国家主席习近平22日同乌拉圭总统拉卡列举行会谈。"
             "两国元首宣布将中乌关系提升为全面战略伙伴关系。",
             title="习近平同乌拉圭总统举行会谈", published="2023-11-22", lang="zh")
    assert (zh.partnership_action, zh.partnership_level) == ("upgrade", "comprehensive strategic partnership")
    en = mfa("BEIJING, Nov. 22 -- After their talks on Wednesday, President Xi Jinping and Uruguayan "
             "President Luis Lacalle Pou announced that the two countries will elevate ties to a "
             "comprehensive strategic partnership.", title="Xi, Lacalle Pou talk", published="2023-11-22")
    assert (en.partnership_action, en.partnership_level) == ("upgrade", "comprehensive strategic partnership")
    wish = mfa("BEIJING, Nov. 22 -- President Xi Jinping told Uruguayan President Luis Lacalle Pou that "
               "China hopes to lift ties to a comprehensive strategic partnership one day.",
               title="Xi meets Lacalle Pou", published="2023-11-22")
    assert wish.partnership_action is None


def test_a_summit_with_the_region_s_leaders_is_head_of_state_level():
    record = mfa("BRASILIA, July 17 -- President Xi Jinping spoke this afternoon at a meeting with the "
                 "leaders of eleven Latin American and Caribbean countries, calling for a new phase of "
                 "cooperation.",
                 title="Xi addresses regional leaders in Brasilia", published="2014-07-18")
    assert record.counterpart == "Leaders of Latin American and Caribbean countries"
    assert record.head_of_state_level is True
