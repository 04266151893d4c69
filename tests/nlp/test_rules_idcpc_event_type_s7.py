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


# ------------------------------- rule 2: 讲习班 is a course the CPC side runs for foreign cadres
@pytest.mark.parametrize("title,text", [
    ("墨西哥劳动党干部讲习班开班",
     "6月21日，墨西哥劳动党干部讲习班在京开班，中联部副部长出席开班式。讲习班为期十天。"),
    ("中联部举办加勒比国家政党干部讲习班",
     "6月21日，中联部举办加勒比国家政党干部讲习班，牙买加、巴巴多斯等国30名干部参加。"),
])
def test_a_jiangxiban_is_a_training_course(title, text):
    """Codebook rule 2: `training_course` is a course, class or workshop the CPC side runs for foreign
    cadres (研修班, 培训班, 专题研讨班); a 讲习班 is one more word for it."""
    record = _page("zh", title, text)
    assert record.event_type == "training_course"
    assert record.content == "knowledge exchange"


# ------------------------------- content: a meeting on the sidelines of a forum, with a group on a programme
@pytest.mark.parametrize("lang,title,text", [
    ("en", "Liu Jianchao Meets with President of Brazil's Workers' Party",
     "Beijing, June 22nd--On the sidelines of the Third Meeting of the China-CELAC Political Parties "
     "Forum, Liu Jianchao, head of the IDCPC, met with Gleisi Hoffmann, President of Brazil's Workers' "
     "Party, on June 21."),
    ("zh", "刘建超会见巴西劳工党主席",
     "6月21日，中拉政党论坛第三届会议期间，"
     "中联部部长刘建超会见巴西劳工党主席霍夫曼。"),
    ("en", "Ma Hui Meets with Caribbean Party Leaders",
     "Beijing, June 22nd--Ma Hui, Vice Minister of the IDCPC, met with a delegation of Caribbean party "
     "leaders who are in Beijing for the China-CELAC Political Parties Forum on June 21."),
    ("zh", "孙海燕会见拉美青年干部团",
     "6月21日，中联部副部长孙海燕会见来华参加“中国共产党与拉美政党干部交流项目”的"
     "智利、阿根廷青年干部团。"),
])
def test_a_meeting_aside_a_forum_or_with_a_programmes_group_is_knowledge_exchange(lang, title, text):
    """Codebook, content (and mechanism: "a side meeting with a group that came for one"): the CPC
    side meeting guests on the sidelines of a forum (论坛期间), guests "who are in Beijing for" a forum,
    or a group that came for an exchange programme (交流项目), meets a group that came to China for one
    of the knowledge-exchange events."""
    record = _page(lang, title, text)
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


# ------------------------------- rule 4: a seminar held as one stop of a visit headlined as the visit
@pytest.mark.parametrize("lang,title,text", [
    ("en", "CPC Delegation Visits Mexico",
     "Mexico City, June 22nd--A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, visited Mexico "
     "from June 17 to 21. The delegation met with leaders of Morena and the Labor Party, held a seminar with "
     "Mexican scholars on modernization and visited a Chinese company."),
    ("zh", "中共代表团访问智利",
     "应智利社会党邀请，中共代表团于6月17日至21日访问智利，会见智利社会党主席，"
     "并同智方举行治国理政研讨会。"),
])
def test_a_seminar_held_on_a_visit_headlined_as_the_visit_is_the_visit(lang, title, text):
    """Codebook rule 4: a page reporting a CPC delegation's visit to LAC as a whole (several meetings)
    is `delegation_visit_abroad`; a seminar the delegation held on the way, after the visit in the
    lead, is one stop of it, as one it attended is."""
    record = _page(lang, title, text)
    assert record.event_type == "delegation_visit_abroad"
    assert record.content == "daily interaction"


@pytest.mark.parametrize("lang,title,text", [
    ("en", "China-Mexico Seminar on Party Building Held in Mexico City",
     "Mexico City, June 22nd--The China-Mexico Seminar on Party Building was held here on June 21. A CPC "
     "delegation visiting Mexico held the seminar with Morena, and about 100 Mexican officials attended."),
    ("zh", "中共代表团访问智利",
     "6月21日，中共代表团同智利社会党举行治国理政研讨会。代表团于6月17日至21日访问智利。"),
])
def test_a_seminar_page_stays_the_seminar(lang, title, text):
    """The negative case: a headline naming the seminar, or a lead that opens with it, is the report
    of the seminar (rule 1)."""
    record = _page(lang, title, text)
    assert record.event_type == "seminar"
    assert record.content == "knowledge exchange"


# ------------------------------- an event word in its ordinary sense names no event
@pytest.mark.parametrize("lang,title,text", [
    ("en", "CPC ready to enhance dialogue with Brazil's Workers' Party: official",
     "BEIJING, June 21 (Xinhua) -- The Communist Party of China (CPC) is ready to enhance dialogue and "
     "exchanges with Brazil's Workers' Party, a senior CPC official said Wednesday.\nLiu Jianchao, head of "
     "the International Department of the CPC Central Committee, made the remarks when meeting with a "
     "delegation of the Workers' Party in Beijing."),
    ("zh", "刘建超：愿同拉美政党加强对话交流",
     "新华社北京6月21日电 中联部部长刘建超21日在京会见哥伦比亚历史公约联盟代表团时表示，"
     "中国共产党愿同拉美政党加强对话交流。"),
    ("en", "CPC and PSUV Agree to Deepen Cooperation",
     "Beijing, June 22nd--In the course of talks held in Beijing on June 21, Liu Jianchao, head of the "
     "IDCPC, and Diosdado Cabello, First Vice-President of the PSUV, agreed to deepen party-to-party "
     "cooperation."),
])
def test_dialogue_promised_or_the_course_of_talks_is_no_event(lang, title, text):
    """Codebook rule 2 names events: `dialogue` is an event named a dialogue, `training_course` a
    course for cadres. "Enhance dialogue and exchanges", 加强对话交流 is what two sides promise, and
    "in the course of talks" is when: the page reports the meeting (rule 4)."""
    record = _page(lang, title, text)
    assert record.relevant
    assert record.event_type == "meeting"
    assert record.content == "daily interaction"


@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "CPC and Uruguayan Broad Front Hold Dialogue",
     "Beijing, June 22nd--The CPC and Uruguay's Broad Front held a dialogue on governance on June 21, "
     "attended by some 40 officials of the two parties.", "dialogue"),
    ("en", "China-Latin America Political Parties Dialogue Opens",
     "Beijing, June 22nd--The China-Latin America Political Parties Dialogue opened in Beijing on June 21, "
     "with over 60 party leaders from 20 countries of the region attending.", "dialogue"),
    ("zh", "中古两党举行对话",
     "6月21日，中国共产党与古巴共产党以视频方式举行对话，就治国理政经验进行交流。", "dialogue"),
    ("en", "PSUV Cadres' Course Opens",
     "Beijing, June 22nd--A two-week course for cadres of the United Socialist Party of Venezuela opened in "
     "Beijing on June 21. The course covers party building and poverty reduction.", "training_course"),
])
def test_a_named_dialogue_or_a_course_stays_that_event(lang, title, text, expected):
    """The negative case: a dialogue held, a named dialogue and a course for cadres are the event."""
    record = _page(lang, title, text)
    assert record.event_type == expected
    assert record.content == "knowledge exchange"


# ------------------------------- rule 2: a study visit, a visit to a province, companies visited
@pytest.mark.parametrize("title,text", [
    ("Ecuadorian party members on study visit to Fujian",
     "FUZHOU, June 21 (Xinhua) -- A group of members of Ecuador's Alianza PAIS movement is on a study visit "
     "to Fujian at the invitation of the International Department of the CPC Central Committee."),
    ("Communist Party of Uruguay Delegation Tours Beijing",
     "BEIJING, June 21 (Xinhua) -- A delegation of the Communist Party of Uruguay, invited by the CPC, "
     "visited several high-tech companies in Zhongguancun and a community in "
     "Chaoyang District on June 20."),
])
def test_a_study_visit_or_companies_visited_in_china_are_a_field_trip(title, text):
    """Codebook rule 2: `field_trip` is a foreign delegation touring Chinese provinces, villages,
    companies (考察, "visits Fujian"): a "study visit to Fujian" and companies and a community visited
    are that."""
    record = _page("en", title, text, url=AGENCY_EN)
    assert record.relevant
    assert record.event_type == "field_trip"
    assert record.content == "knowledge exchange"


# ------------------------------- country: the region inside what was said, before the speaker
def test_a_region_in_words_said_before_a_long_named_speaker_is_a_topic():
    """Codebook, country: the LAC country whose actors take part. "China will help train cadres of
    Caribbean parties, a senior official of the Communist Party of China said … when meeting with
    Jamaican opposition leader …" (and the headline's "…, says senior official") name the region as
    what was said; the one party met is the counterpart."""
    record = _page("en", "China to help train Caribbean party cadres, says senior official",
                   "BEIJING, June 21 (Xinhua) -- China will help train more cadres of Caribbean political "
                   "parties, a senior official of the Communist Party of China said here Wednesday when "
                   "meeting with Jamaican opposition leader Mark Golding.\nLiu Jianchao, head of the "
                   "International Department of the CPC Central Committee, said the CPC values its ties with "
                   "the People's National Party.", url=AGENCY_EN)
    assert record.relevant
    assert record.country == "Jamaica"
    assert record.event_type == "meeting"


def test_caribbean_parties_that_meet_stay_multilateral():
    """The negative case: the region's parties as the side that met are the counterpart."""
    record = _page("en", "CPC and Caribbean parties hold seminar on green development, says official",
                   "BEIJING, June 21 (Xinhua) -- The Communist Party of China and political parties of "
                   "Caribbean countries held a seminar on green development on Wednesday. Parties from "
                   "Jamaica, Barbados and Grenada attended.", url=AGENCY_EN)
    assert record.country == "multilateral"
    assert record.event_type == "seminar"


# ------------------------------- an event named in what was said about a meeting is no event of the page
@pytest.mark.parametrize("lang,title,text", [
    ("zh", "中联部部长：愿在中拉政党论坛框架下深化合作",
     "新华社北京6月21日电 中联部部长刘建超21日在京会见乌拉圭广泛阵线主席佩雷拉时表示，"
     "中国共产党愿在中拉政党论坛框架下同广泛阵线深化合作。"),
    ("en", "CPC ready to deepen cooperation with Broad Front under China-CELAC forum: official",
     "BEIJING, June 21 (Xinhua) -- The Communist Party of China (CPC) is ready to deepen cooperation with "
     "Uruguay's Broad Front within the framework of the China-CELAC Political Parties Forum, a senior CPC "
     "official said Wednesday.\nLiu Jianchao, head of the International Department of the CPC Central "
     "Committee, made the remarks when meeting with Broad Front President Fernando Pereira in Beijing."),
    ("zh", "中方愿为委内瑞拉统社党举办更多干部研修班",
     "新华社北京6月21日电 中联部部长刘建超21日在京会见委内瑞拉统一社会主义党代表团时表示，"
     "中方愿为统社党举办更多干部研修班。"),
    ("zh", "刘建超：愿同古共共同办好理论研讨会",
     "新华社北京6月21日电 中联部部长刘建超21日在京会见古巴共产党中央国际关系部部长洛萨达。"
     "刘建超表示，中方愿同古方共同办好两党理论研讨会。"),
    ("en", "China, Suriname parties vow closer ties",
     "BEIJING, June 21 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
     "Committee, met with a delegation of Suriname's National Democratic Party on Wednesday, pledging more "
     "cadre training programs for the party."),
])
def test_an_event_in_what_was_said_at_a_meeting_is_no_event_of_the_page(lang, title, text):
    """Codebook rule 2 names the events a page reports; rule 4: a page reporting one meeting is a
    meeting. A forum in a quoted headline ("中联部部长：…", "…: official") or in the words a speaker
    gave, and training promised at the meeting ("pledging more cadre training programs"), are what was
    said there, as is a course or a seminar a headline or a speaker promises (中方愿为…举办…研修班,
    "刘建超表示，中方愿…办好…研讨会")."""
    record = _page(lang, title, text, url=AGENCY_EN)
    assert record.relevant
    assert record.event_type == "meeting"
    assert record.content == "daily interaction"


@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "China-CELAC Political Parties Forum opens in Beijing",
     "BEIJING, June 21 (Xinhua) -- The Third China-CELAC Political Parties Forum opened in Beijing on "
     "Wednesday, the International Department of the CPC Central Committee said. Liu Jianchao met with "
     "party leaders attending it.", "forum"),
    ("zh", "中拉政党论坛第三届会议将于下周开幕",
     "新华社北京6月21日电 中联部21日宣布，中拉政党论坛第三届会议将于6月28日在京开幕，"
     "拉美和加勒比20多国政党领导人将出席。", "forum"),
    ("zh", "刘建超：中拉政党论坛第三届会议开幕",
     "新华社北京6月21日电 中拉政党论坛第三届会议21日在京开幕。中联部部长刘建超出席并致辞。", "forum"),
    ("en", "",
     "BEIJING, June 21 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC Central "
     "Committee, said on Wednesday the CPC will hold more seminars with Latin American parties, when "
     "addressing a seminar with Brazilian parties in Beijing. He also met with Gleisi Hoffmann.", "seminar"),
    ("en", "Liu Jianchao Addresses Training Course for Cuban Cadres",
     "Beijing, June 22nd--Liu Jianchao, head of the IDCPC, said at the opening of the training course for "
     "cadres of the Communist Party of Cuba on June 21 that the CPC is ready to share its experience.",
     "training_course"),
])
def test_an_event_the_page_reports_stays_the_event(lang, title, text, expected):
    """The negative case: a forum reported as opened or announced (also under a headline with a
    speaker's colon but no meeting in the lead), and a seminar or a course where someone spoke ("said …
    when addressing a seminar", "said at the opening of the course"), are the page's event."""
    record = _page(lang, title, text, url=AGENCY_EN if "Xinhua" in text or "新华社" in text else None)
    assert record.event_type == expected
    assert record.content == "knowledge exchange"


# ------------------------------- rule 3: an online meeting of many parties — seminar or briefing
@pytest.mark.parametrize("sharers,expected", [
    ("Participants from the parties shared their experience of containing the virus.", "seminar"),
    ("Chinese experts shared their experience of containing the virus with the participants.", "briefing"),
])
def test_who_shares_their_experience_decides_seminar_or_briefing(sharers, expected):
    """Codebook rule 2/3: an online meeting of many parties is a `briefing` when the CPC side presents
    its own experience or policy, a `seminar` when peers discuss a theme; "participants shared their
    experience" are the peers, "Chinese experts shared their experience" the CPC side."""
    record = _page("en", "CPC, Caribbean parties hold virtual meeting on pandemic cooperation",
                   "BEIJING, June 21 (Xinhua) -- The Communist Party of China (CPC) and political parties "
                   "from Caribbean countries held a virtual meeting on Wednesday on cooperation against "
                   f"COVID-19. {sharers}", url=AGENCY_EN)
    assert record.event_type == expected
    assert record.content == "knowledge exchange"
