"""IDCPC event type and content on the wordings a probe campaign (seventh session) found miscoded:
the members or students of a course, and a party leader who came for a forum's session, met by the
CPC side (a meeting, knowledge exchange); an online meeting of many parties counted in words or
named by region (the event, not a video call); a LAC delegation touring things "in" a Chinese
province (a field trip).

Every page is self-written in the sites' and agencies' style (invented wording; the party,
country, province and people's names are facts).
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

URL_EN = "https://www.idcpc.org.cn/english2023/lldt/202306/t20230622_1.html"
URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202306/t20230622_1.html"
AGENCY_EN = "https://english.news.cn/20230622/a1b2c3d4e5/c.html"


def _page(lang: str, title: str, text: str, url: str | None = None):
    """The record of a self-written IDCPC page (its own site unless ``url`` says otherwise)."""
    return idcpc(text, title=title, lang=lang, url=url or (URL_ZH if lang == "zh" else URL_EN),
                 published="2023-06-22")


# ------------------------------- content: a meeting with a group that came to China for a course or forum
@pytest.mark.parametrize("lang,title,text", [
    ("en", "Liu Jianchao Meets with Members of Training Course for Latin American Party Leaders",
     "Beijing, June 22nd--Liu Jianchao, head of the IDCPC, met with members of the 2023 Training Course for "
     "Leaders of Latin American and Caribbean Political Parties on June 21. Liu introduced the CPC's "
     "governance philosophy and answered questions."),
    ("en", "Sun Haiyan Meets with Venezuelan Cadres",
     "Beijing, June 22nd--Sun Haiyan, Vice Minister of the IDCPC, met with students of the training course "
     "for cadres of the United Socialist Party of Venezuela on June 21."),
    ("zh", "钱洪山会见拉美政党干部",
     "6月21日，中联部副部长钱洪山会见拉美国家政党干部研修班全体学员，介绍中国式现代化。"
     "学员来自秘鲁、智利、哥伦比亚三国。"),
    ("zh", "刘建超会见巴西劳工党主席",
     "6月21日，中联部部长刘建超在京会见来华出席中拉政党论坛第三届会议的"
     "巴西劳工党主席霍夫曼。"),
])
def test_a_meeting_with_the_members_of_a_course_or_a_forums_guests_is_knowledge_exchange(lang, title, text):
    """Codebook, content: a meeting of the CPC side with a group that came to China for a course or a
    forum is knowledge exchange; the event is the meeting the headline reports (rule 4). A course's
    "members", "students" or 全体学员 are its participants, and a forum's guests came for its session
    (出席…论坛第三届会议的) as much as for the forum."""
    record = _page(lang, title, text)
    assert record.relevant
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Liu Jianchao Meets with PSUV Delegation",
     "Beijing, June 22nd--Liu Jianchao, head of the IDCPC, met with a delegation of the United Socialist "
     "Party of Venezuela on June 21. Members of the delegation thanked the CPC for its support."),
    ("zh", "刘建超会见巴西劳工党主席",
     "6月21日，中联部部长刘建超在京会见巴西劳工党主席霍夫曼。"
     "霍夫曼表示，劳工党愿出席明年举行的中拉政党论坛。"),
])
def test_a_meeting_with_a_delegation_that_came_for_no_course_stays_daily_interaction(lang, title, text):
    """The negative case: members of a delegation, or a forum named as a plan, are no course's or
    forum's group."""
    record = _page(lang, title, text)
    assert record.event_type == "meeting"
    assert record.content == "daily interaction"


# ------------------------------- rule 3: an online meeting of many parties is the event, not a video call
@pytest.mark.parametrize("lang,title,text", [
    ("en", "CPC, Caribbean parties hold virtual meeting on pandemic cooperation",
     "BEIJING, June 21 (Xinhua) -- The Communist Party of China (CPC) and political parties from Caribbean "
     "countries held a virtual meeting on Wednesday to discuss cooperation against COVID-19. Officials of "
     "parties from Jamaica, Barbados and Grenada joined the video conference."),
    ("en", "CPC Holds Video Conference with Brazilian Political Parties",
     "Beijing, June 22nd--The CPC held a video conference with five Brazilian political parties, including "
     "the Workers' Party and the Communist Party of Brazil, on June 21 on the theme of modernization."),
    ("zh", "中联部同智利政党举行视频会议",
     "6月21日，中联部同智利社会党、争取民主党等五个政党以视频会议方式举行交流，"
     "围绕“绿色发展”主题深入讨论。"),
])
def test_an_online_meeting_of_many_parties_counted_in_words_is_no_video_call(lang, title, text):
    """Codebook rule 3: an online meeting of many parties is the event it is (seminar, forum …), not a
    video call, so knowledge exchange; "five … parties", 五个政党 and "parties from Caribbean countries"
    name many parties as a count in figures does."""
    record = _page(lang, title, text, url=None if lang == "zh" else AGENCY_EN)
    assert record.relevant
    assert record.event_type not in ("video_call", "meeting")
    assert record.content == "knowledge exchange"


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Liu Jianchao Holds Video Meeting with Broad Front President",
     "Beijing, June 22nd--Liu Jianchao, head of the IDCPC, held a video meeting with Fernando Pereira, "
     "President of Uruguay's Broad Front, on June 21. The two parties agreed to deepen exchanges."),
    ("zh", "刘建超同乌拉圭广泛阵线主席视频会见",
     "6月21日，中联部部长刘建超同乌拉圭广泛阵线主席佩雷拉视频会见。"
     "两个政党领导人就深化交往交换意见。"),
])
def test_a_video_meeting_of_two_parties_stays_a_video_call(lang, title, text):
    """The negative case: "the two parties", 两个政党 are the two sides of a call."""
    record = _page(lang, title, text)
    assert record.event_type == "video_call"
    assert record.content == "daily interaction"


# ------------------------------- rule 2: field trip — touring things in a Chinese province
@pytest.mark.parametrize("title,text", [
    ("Chilean party officials tour poverty relief villages in Guizhou",
     "GUIYANG, June 21 (Xinhua) -- At the invitation of the International Department of the CPC Central "
     "Committee, a group of officials from the Socialist Party of Chile has toured villages in southwest "
     "China's Guizhou Province this week to learn about targeted poverty alleviation."),
    ("Cuban party cadres learn about rural revitalization",
     "KUNMING, June 21 (Xinhua) -- A delegation of the Communist Party of Cuba, invited by the CPC, visited "
     "tea plantations and a relocation site in Yunnan from June 18 to 20."),
])
def test_a_lac_delegation_touring_things_in_a_chinese_province_is_a_field_trip(title, text):
    """Codebook rule 2: `field_trip` is a foreign delegation touring Chinese provinces, villages,
    companies; the province may follow what was toured ("toured villages in … Guizhou Province")."""
    record = idcpc(f"Members of the delegation during the visit. (Xinhua/Li Wen)\n{text}", title=title,
                   published="2023-06-22", url=AGENCY_EN)
    assert record.relevant
    assert record.event_type == "field_trip"
    assert record.content == "knowledge exchange"


def test_a_cpc_delegation_touring_villages_in_the_lac_country_is_the_visit():
    """The negative case: villages toured on a CPC delegation's visit to Cuba are that visit (rule 4)."""
    record = _page("en", "CPC delegation visits Cuba",
                   "HAVANA, June 21 (Xinhua) -- A delegation of the Communist Party of China visited "
                   "Cuba from June 17 to 21, meeting leaders of the Communist Party of Cuba and touring "
                   "villages in Pinar del Rio province.", url=AGENCY_EN)
    assert record.event_type == "delegation_visit_abroad"
    assert record.content == "daily interaction"
