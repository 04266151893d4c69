"""Knowledge-exchange pages and their edges (session 8, campaign B): a minister's meeting with a group
that came for a course, a study program or a worldwide platform of parties.

Self-written releases in the sites' style; party, country and official names are facts."""

from __future__ import annotations

from nlp_helpers import idcpc
from probe_harness import DI, KE

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/201711/t20171130_1.html"


# --- a group that came for a worldwide platform, said after the lead's first sentence -------------------

def test_delegation_in_china_for_world_parties_dialogue_said_later_is_global() -> None:
    """The meeting's sentence names no platform; a later one says the delegation is in China to attend
    the CPC in Dialogue with World Political Parties: a side meeting with a group that came for a
    worldwide platform (mechanism global; content knowledge exchange)."""
    rec = idcpc("Song Tao, head of the IDCPC, met with a delegation of the Workers' Party of Brazil in "
                "Beijing on November 30. The two sides exchanged views on relations between the parties.\n"
                "The delegation is in China to attend the CPC in Dialogue with World Political Parties "
                "High-Level Meeting.", title="Song Tao Meets Brazilian Workers' Party Delegation",
                published="2017-11-30")
    assert rec.event_type == "meeting"
    assert "global" in rec.mechanism and "bilateral" not in rec.mechanism
    assert rec.content == KE


def test_delegation_came_to_china_for_brics_parties_forum_said_later_is_global() -> None:
    rec = idcpc("On June 10, Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of the "
                "Communist Party of Brazil. Qian briefed the guests on the CPC's work.\nThe delegation came "
                "to China to take part in the BRICS Political Parties Forum.",
                title="Qian Hongshan Meets Delegation of the Communist Party of Brazil",
                published="2024-06-10")
    assert "global" in rec.mechanism
    assert rec.content == KE


def test_zh_delegation_came_to_attend_world_parties_dialogue_said_later_is_global() -> None:
    rec = idcpc("11月30日，中联部部长宋涛在京会见巴西劳工党代表团。双方就两党关系交换了意见。\n"
                "代表团是应邀来华出席中国共产党与世界政党高层对话会的。", title="宋涛会见巴西劳工党代表团",
                published="2017-11-30", lang="zh", url=ZH_URL)
    assert "global" in rec.mechanism and "bilateral" not in rec.mechanism
    assert rec.content == KE


def test_platform_the_guests_are_welcome_to_attend_later_stays_bilateral() -> None:
    """A later sentence naming a worldwide platform as a topic (the CPC welcomes the party to attend it
    next year) says nothing of why the guests came: the meeting stays bilateral daily interaction."""
    rec = idcpc("On September 9, Qian Hongshan met with a delegation of the Workers' Party of Brazil. Qian "
                "said the CPC welcomes the PT to attend the BRICS Political Parties Forum next year.",
                title="Qian Hongshan Meets Brazilian Workers' Party Delegation", published="2024-09-09")
    assert rec.mechanism == ["bilateral", "leftist"]
    assert rec.content == DI


def test_zh_platform_the_guests_are_welcome_to_attend_stays_bilateral() -> None:
    rec = idcpc("9月9日，中联部副部长钱洪山会见巴西劳工党代表团。"
                "钱洪山表示，欢迎劳工党明年出席金砖国家政党论坛。",
                title="钱洪山会见巴西劳工党代表团", published="2024-09-09", lang="zh", url=ZH_URL)
    assert rec.mechanism == ["bilateral", "leftist"]
    assert rec.content == DI


# --- a meeting with LAC guests of a worldwide platform is knowledge exchange -----------------------------

def test_zh_meeting_with_lac_leaders_who_came_for_world_parties_summit_is_knowledge_exchange() -> None:
    """LAC party leaders who came to China for the CPC and World Political Parties Summit (a worldwide
    platform): global, and a meeting with a group that came for a forum of parties is knowledge
    exchange."""
    rec = idcpc("7月6日，中联部副部长郭业洲在京会见来华出席中国共产党与世界政党领导人峰会的拉美政党领导人。"
                "来自阿根廷、智利、墨西哥等国的10余位政党领导人参加会见。", title="郭业洲会见拉美政党领导人",
                published="2021-07-06", lang="zh", url=ZH_URL)
    assert rec.mechanism == ["global"]
    assert rec.content == KE


def test_meeting_with_delegation_attending_world_parties_dialogue_in_lead_is_knowledge_exchange() -> None:
    rec = idcpc("Liu Jianchao met with the delegation of the Communist Party of Cuba attending the CPC in "
                "Dialogue with World Political Parties High-Level Meeting in Beijing on March 15.",
                title="Liu Jianchao Meets Cuban Delegation", published="2023-03-15")
    assert "global" in rec.mechanism
    assert rec.content == KE


# --- a group that came for a course or study program ----------------------------------------------------

def test_members_of_a_seminar_for_party_cadres_are_a_course_group() -> None:
    """'members of a seminar for party cadres' (the course named with 'a'), 'are in China for a
    two-week study program': a group that came for a course; the meeting is knowledge exchange."""
    rec = idcpc("Beijing, June 15th -- Liu Jianchao, head of the IDCPC, met with members of a seminar for "
                "party cadres from Latin American and Caribbean countries in Beijing on June 15.",
                title="Liu Jianchao Meets LAC Party Cadres", published="2023-06-15")
    assert rec.event_type == "meeting"
    assert rec.content == KE


def test_group_in_china_for_a_study_program_is_a_course_group() -> None:
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with a group of 30 officials of the Socialist Party of "
                "Chile in Beijing on June 15. The officials are in China for a two-week study program "
                "organized by the IDCPC.", title="Liu Jianchao Meets Chilean Socialist Party Group",
                published="2023-06-15")
    assert rec.event_type == "meeting"
    assert rec.content == KE


def test_delegation_in_china_for_a_visit_is_daily_interaction() -> None:
    """'in China for a visit': no course, study program or forum: daily interaction."""
    rec = idcpc("Liu Jianchao met with a delegation of the Socialist Party of Chile in Beijing on July 5. "
                "The delegation is in China for a week-long visit at the invitation of the IDCPC.",
                title="Liu Jianchao Meets Socialist Party of Chile Delegation", published="2023-07-05")
    assert rec.content == DI
    assert rec.mechanism == ["bilateral", "leftist"]


def test_zh_group_taking_part_in_a_study_program_now_is_a_course_group() -> None:
    """正在中国参加…研修项目: the group met is taking part in a course now — knowledge exchange."""
    rec = idcpc("10月15日，中联部副部长钱洪山在京会见拉美青年政治家访华团。"
                "访华团由来自8个国家的20名青年政治家组成，正在中国参加为期两周的研修项目。",
                title="钱洪山会见拉美青年政治家访华团", published="2023-10-15", lang="zh", url=ZH_URL)
    assert rec.event_type == "meeting"
    assert rec.content == KE
    assert rec.mechanism == ["regional"]


def test_zh_delegation_visiting_china_is_daily_interaction() -> None:
    rec = idcpc("10月15日，中联部副部长钱洪山在京会见智利社会党代表团。代表团正在中国进行为期一周的访问。",
                title="钱洪山会见智利社会党代表团", published="2023-10-15", lang="zh", url=ZH_URL)
    assert rec.content == DI


# --- a count of countries that says where a LAC group's members come from --------------------------------

def test_bare_count_of_countries_after_a_latin_american_group_is_the_regions() -> None:
    """'The 20 young leaders come from 8 countries' after 'young Latin American political leaders':
    the count is of the region's group (regional), not of a worldwide event's."""
    rec = idcpc("Beijing, Oct. 15th -- Qian Hongshan met with a delegation of young Latin American political "
                "leaders on a study tour of China on October 15. The 20 young leaders come from 8 countries.",
                title="Qian Hongshan Meets Young Leaders on Study Tour", published="2023-10-15")
    assert rec.country == "multilateral"
    assert rec.mechanism == ["regional"]
    assert rec.content == KE


def test_zh_bare_count_after_a_caribbean_group_is_the_regions() -> None:
    rec = idcpc("6月3日，中联部副部长郭业洲在京会见加勒比国家政党干部考察团。考察团成员来自10多个国家，"
                "正在华参观考察。", title="郭业洲会见政党干部考察团", published="2019-06-03", lang="zh",
                url=ZH_URL)
    assert rec.country == "multilateral"
    assert rec.mechanism == ["regional"]


def test_bare_count_after_a_group_of_several_continents_stays_worldwide() -> None:
    """The sentence before names parties of Asia, Africa and Latin America: the count is a worldwide
    group's (global)."""
    rec = idcpc("On June 3, Guo Yezhou met with a study group of party cadres from Asia, Africa and Latin "
                "America in Beijing. The 40 cadres come from 25 countries.",
                title="Guo Yezhou Meets Study Group of Party Cadres", published="2019-06-03")
    assert rec.mechanism[:1] == ["global"]


# --- a video conference of two sides (视频会议) ----------------------------------------------------------

def test_zh_video_conference_of_two_sides_is_a_video_call() -> None:
    """视频会议 between the minister and one party's leaders is a conversation of two sides by video,
    as 'video conference' is in English (rule 3)."""
    rec = idcpc("4月28日，中联部部长刘建超同巴西劳工党主席霍夫曼等领导人举行视频会议，"
                "双方就加强两党合作交换意见。",
                title="刘建超同巴西劳工党领导人举行视频会议", published="2022-04-28", lang="zh", url=ZH_URL)
    assert rec.event_type == "video_call"
    assert rec.content == DI


def test_zh_video_conference_of_many_parties_is_not_a_video_call() -> None:
    rec = idcpc("8月12日，中联部同拉美和加勒比地区18个国家的40多个政党举行抗疫视频会议。",
                title="中联部同拉美政党举行视频会议", published="2020-08-12", lang="zh", url=ZH_URL)
    assert rec.event_type != "video_call"
    assert rec.content == KE
    assert rec.mechanism == ["regional"]


# --- briefing words in Chinese: 吹风会, presenting the Two Sessions -------------------------------------

def test_zh_chuifenghui_for_lac_parties_is_a_briefing() -> None:
    """吹风会 is a briefing session; held for LAC parties on the Two Sessions it is a `briefing`."""
    rec = idcpc("3月22日，中联部举行面向拉美和加勒比政党的全国两会吹风会。"
                "来自15个拉美国家的30多个政党代表参加。",
                title="中联部举行全国两会吹风会", published="2019-03-22", lang="zh", url=ZH_URL)
    assert rec.event_type == "briefing"
    assert rec.content == KE
    assert rec.mechanism == ["regional"]


def test_zh_presenting_the_two_sessions_to_a_party_is_a_briefing() -> None:
    rec = idcpc("3月15日，中联部副部长郭业洲以视频方式向乌拉圭广泛阵线领导人介绍全国两会精神。",
                title="郭业洲向乌拉圭广泛阵线介绍全国两会精神", published="2021-03-15", lang="zh",
                url=ZH_URL)
    assert rec.event_type == "briefing"
    assert rec.content == KE
    assert rec.country == "Uruguay"


def test_zh_meeting_headline_with_two_sessions_mentioned_stays_a_meeting() -> None:
    """A headline that is one meeting is a `meeting` (rule 4), also when the minister presented the Two
    Sessions in it."""
    rec = idcpc("3月15日，中联部部长宋涛在京会见古巴驻华大使佩雷拉。宋涛介绍了全国两会情况。",
                title="宋涛会见古巴驻华大使", published="2021-03-15", lang="zh", url=ZH_URL)
    assert rec.event_type == "meeting"
    assert rec.content == DI


# --- a delegation come for a themed study tour (来华进行…考察) -------------------------------

def test_zh_delegation_come_for_a_themed_study_tour_is_a_study_group() -> None:
    rec = idcpc("9月3日，中联部副部长钱洪山在京会见古巴共产党代表团。"
                "代表团此次来华进行乡村振兴专题考察，还将赴山东参观。",
                title="钱洪山会见古共代表团", published="2024-09-03", lang="zh", url=ZH_URL)
    assert rec.event_type == "meeting"
    assert rec.content == KE


def test_zh_delegation_come_for_a_friendly_visit_is_daily_interaction() -> None:
    rec = idcpc("9月3日，中联部副部长钱洪山在京会见古巴共产党代表团。代表团此次来华进行友好访问。",
                title="钱洪山会见古共代表团", published="2024-09-03", lang="zh", url=ZH_URL)
    assert rec.content == DI
