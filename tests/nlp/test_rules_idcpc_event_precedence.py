"""The codebook's IDCPC event-type precedence on the pages a probe campaign found miscoded: a CPC
delegation presenting a CPC congress or plenum abroad (briefing), a LAC delegation's stay in China
(delegation_received) and its tour of provinces (field_trip), a CPC official attending or
addressing a LAC party's congress or celebration (other), and two sides talking by video.

Every page is self-written in the sites' and agencies' style (invented wording; the party,
country, province and people's names are facts).
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

AGENCY_EN = "https://english.news.cn/20221202/a1b2c3d4e5/c.html"
URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202212/t20221202_1.html"


# ------------------------------------------- rule 2: briefing — the CPC side presents a CPC meeting abroad
@pytest.mark.parametrize("lead", [
    "Mexico City, Dec. 2nd--A presentation on the 20th National Congress of the Communist Party of China was "
    "held here today for leaders of Mexican political parties by a visiting CPC delegation.",
    "Bogota, Dec. 2nd--A delegation of the Communist Party of China gave a presentation on the Third Plenary "
    "Session of the 20th CPC Central Committee to Colombian party leaders here on Friday.",
    "Santiago, Dec. 2nd--Leaders of Chilean political parties attended a presentation on the 20th CPC "
    "National Congress given by a visiting CPC delegation on Friday.",
    "Havana, Dec. 2nd--A CPC delegation lectured members of the Communist Party of Cuba on the 20th Party "
    "Congress here on Friday.",
])
def test_a_presentation_or_lecture_on_a_cpc_congress_abroad_is_a_briefing(lead):
    """Codebook rule 2: `briefing` is the CPC side presenting a CPC meeting or policy to foreign parties;
    "a presentation on", "lectured on" the congress or a plenum are that, also under a LAC dateline (rule
    1 before rule 4: not the visit as a whole)."""
    record = idcpc(lead, title="CPC delegation shares Congress outcomes", published="2022-12-02",
                   url=AGENCY_EN)
    assert record.relevant
    assert record.event_type == "briefing"
    assert record.content == "knowledge exchange"


def test_a_presentation_of_something_else_on_a_visit_is_no_briefing():
    """A presentation that is no CPC meeting or policy (a company's project) leaves the visit a visit."""
    lead = ("Lima, Dec. 2nd--A CPC delegation visited Peru from November 28th to December 2nd. The "
            "delegation attended a presentation on a port project and met leaders of the Peru Libre party.")
    record = idcpc(lead, title="CPC delegation visits Peru", published="2022-12-02", url=AGENCY_EN)
    assert record.event_type == "delegation_visit_abroad"


# ------------------------------------------- rule 4: a LAC delegation's stay in China as a whole
@pytest.mark.parametrize(("title", "lead"), [
    ("", "A delegation of the Communist Party of Cuba visited China from September 12th to 20th. In "
         "Beijing, the delegation held talks with IDCPC officials."),
    ("Chilean Communist Party Delegation Pays Visit to China",
     "A delegation of the Communist Party of Chile paid a visit to China from July 1st to 8th at the "
     "invitation of the CPC, meeting officials in Beijing and touring Sichuan."),
    ("", "At the invitation of the CPC, a delegation of the Broad Front of Uruguay paid a working visit to "
         "China from July 4th to 10th, meeting IDCPC officials."),
    ("Socialist Party of Chile delegation on visit to China",
     "A delegation of the Socialist Party of Chile was on a visit to China from July 1st to 8th at the "
     "invitation of the IDCPC. The delegation met officials in Beijing and toured Shaanxi."),
])
def test_a_lac_delegations_visit_to_china_in_other_words_is_the_stay(title, lead):
    """Codebook rule 4: `delegation_received` is a page about a LAC delegation's stay in China as a
    whole; "visited China", "paid a (working) visit to China", "was on a visit to China" say that
    stay as "visits China" does (not a meeting it held there, not a visit abroad)."""
    record = idcpc(lead, title=title, published="2023-09-21")
    assert record.event_type == "delegation_received"


@pytest.mark.parametrize(("title", "lead"), [
    ("墨西哥国家复兴运动党代表团来华访问",
     "应中联部邀请，墨西哥国家复兴运动党代表团于9月3日至10日来华访问，先后访问北京、贵州。"),
    ("阿根廷正义党代表团对中国进行访问",
     "阿根廷正义党代表团应中联部邀请于8月1日至8日对中国进行访问，在京会见中联部领导。"),
    ("", "古巴共产党中央第二书记率团于9月12日至18日来华访问，在京会见中联部部长。"),
])
def test_a_chinese_headline_on_a_delegation_visiting_china_is_the_stay(title, lead):
    """代表团…来华访问, 对中国进行访问: the delegation's 访问 is to China, so the page is its stay in
    China (`delegation_received`), not a CPC delegation's visit abroad."""
    record = idcpc(lead, title=title, lang="zh", published="2023-09-21", url=URL_ZH)
    assert record.event_type == "delegation_received"


@pytest.mark.parametrize(("lang", "title", "lead"), [
    ("zh", "中共代表团访问巴西",
     "应巴西劳工党邀请，中共代表团于8月1日至5日访问巴西，会见劳工党主席。"),
    ("zh", "",
     "中联部副部长率中共代表团于8月1日至5日访问巴西，会见劳工党主席。"),
    ("en", "",
     "A CPC delegation visited Brazil from August 1st to 5th and met leaders of the Workers' Party."),
])
def test_a_cpc_delegations_visit_abroad_stays_a_visit_abroad(lang, title, lead):
    """The negative: a CPC delegation visiting Brazil is `delegation_visit_abroad`."""
    record = idcpc(lead, title=title, lang=lang, published="2023-08-06",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202308/t20230806_1.html")
    assert record.event_type == "delegation_visit_abroad"


def test_a_stay_in_china_named_in_a_relative_clause_is_the_setting_of_a_meeting():
    """"X, who is on a visit to China, met …": the visit is the setting, the meeting the exchange."""
    lead = ("Gleisi Hoffmann, President of the Workers' Party of Brazil, who is on a visit to China, met "
            "with Liu Jianchao, head of the IDCPC, on May 10th.")
    assert idcpc(lead, title="").event_type == "meeting"


# ------------------------------------------- rule 2: field trip — a LAC delegation touring China's provinces
@pytest.mark.parametrize(("title", "lead"), [
    ("Chilean Communist Party Delegation in Sichuan",
     "The Chilean Communist Party delegation travelled to Sichuan on July 5th, where it visited a panda base "
     "and a rural cooperative and heard about poverty alleviation."),
    ("Argentine party delegation in Zhejiang",
     "The Argentine Justicialist Party delegation went to Shanghai and Zhejiang on August 5th to 8th, "
     "visiting a free trade zone and a digital village."),
    ("Broad Front delegation toured Fujian",
     "A delegation of the Broad Front of Uruguay toured Fujian from July 5th to 7th, learning about rural "
     "revitalisation."),
])
def test_a_lac_delegation_travelling_to_a_province_is_a_field_trip(title, lead):
    """Codebook rule 2: `field_trip` is a foreign delegation touring Chinese provinces; "travelled to
    Sichuan", "went to Shanghai and Zhejiang", "toured Fujian" say that tour as "visited Fujian" does
    (the delegation's "visited" is no CPC visit abroad)."""
    record = idcpc(lead, title=title, published="2023-08-09")
    assert record.event_type == "field_trip"
    assert record.content == "knowledge exchange"


def test_a_chinese_lead_on_a_delegation_going_to_a_province_is_a_field_trip():
    lead = "8月5日至8日，阿根廷正义党代表团前往上海、浙江，参观自贸区和数字乡村。"
    record = idcpc(lead, title="", lang="zh", published="2023-08-09", url=URL_ZH)
    assert record.event_type == "field_trip"


@pytest.mark.parametrize("title", ["", "Chilean Communist Party delegation in China"])
def test_a_lead_on_the_stay_in_china_that_also_toured_a_province_is_the_stay(title):
    """Rule 4: the lead reports the delegation's stay in China as a whole, the province toured being
    part of it, as under a headline naming the stay; not the province's field trip."""
    lead = ("A delegation of the Communist Party of Chile visited China from July 1st to 8th at the "
            "invitation of the CPC, meeting officials in Beijing and touring Sichuan.")
    assert idcpc(lead, title=title, published="2023-07-09").event_type == "delegation_received"


# ------------------------------------------- rule 1: a LAC party's congress or celebration attended
@pytest.mark.parametrize(("title", "lead"), [
    ("5th Congress of the PSUV Opens; CPC Message Read",
     "Caracas, July 30th--The 5th Congress of the United Socialist Party of Venezuela opened here today. A "
     "congratulatory message from the CPC Central Committee was read out at the opening session."),
    ("Sun Haiyan Addresses Anniversary Ceremony of Mexico's Labour Party by Video",
     "On May 20th, Sun Haiyan, Vice Minister of the IDCPC, addressed via video the ceremony marking the 30th "
     "anniversary of the founding of the Party of Labour of Mexico."),
    ("Liu Jianchao Addresses FSLN Anniversary Rally via Video Link",
     "On October 30th, Liu Jianchao, head of the IDCPC, addressed by video link the rally marking the "
     "anniversary of the founding of the Sandinista National Liberation Front."),
    ("CPC representative at Cuban Revolution gala",
     "Havana, Jan. 1st--A CPC representative attended the gala marking the 65th anniversary of the triumph "
     "of the Cuban Revolution on Sunday."),
    ("CPC representative in Managua",
     "Managua, Nov. 8th--A CPC representative attended the rally marking the anniversary of the Sandinista "
     "Front on Wednesday and conveyed the CPC's greetings."),
])
def test_a_lac_partys_congress_or_celebration_attended_or_addressed_is_other(title, lead):
    """Codebook rule 1: a message is one "with no event around it"; a page reporting a LAC party's
    congress or celebration that the CPC side attends, addresses by video or sends a message read
    there is that event, none of rule 2's formats: `other`. The video link is how the CPC side took
    part, not a conversation of two sides (rule 3), and a LAC dateline does not make it a visit."""
    record = idcpc(lead, title=title, published="2024-01-01")
    assert record.relevant
    assert record.event_type == "other"


def test_a_chinese_video_link_to_a_celebration_is_the_celebration():
    lead = "10月3日，中联部部长刘建超以视频连线方式出席古巴共产党成立60周年庆祝活动并致辞。"
    record = idcpc(lead, title="", lang="zh", published="2025-10-04", url=URL_ZH)
    assert record.event_type == "other"


@pytest.mark.parametrize(("title", "lead", "kind"), [
    ("", "Liu Jianchao, head of the IDCPC, met with Roberto Morales Ojeda of the Communist Party of Cuba, "
         "who is in Beijing to attend the anniversary celebration of a friendship association.", "meeting"),
    ("", "A CPC delegation visited Cuba from September 30th to October 4th and attended the celebration of "
         "the 60th anniversary of the Communist Party of Cuba.", "delegation_visit_abroad"),
    ("", "On May 12th, Liu Jianchao, head of the IDCPC, held a video call with Gleisi Hoffmann, President of "
         "the Workers' Party of Brazil, who will attend the party's anniversary celebration next week.",
     "video_call"),
    ("Xi Jinping Congratulates the Communist Party of Cuba on its 60th Anniversary",
     "Xi Jinping sent a congratulatory message to the Central Committee of the Communist Party of Cuba on "
     "the 60th anniversary of its founding, which was celebrated in Havana on October 3rd.", "message"),
])
def test_an_event_named_after_the_exchange_or_as_a_purpose_does_not_override_it(title, lead, kind):
    """The negatives: the first exchange of the text is the page's (rule 4); a celebration someone is
    in town "to attend", or that a visit also included, or a call with no ceremony in its own
    sentence, leaves the meeting, the visit, the call and the message as they are."""
    assert idcpc(lead, title=title, published="2023-10-05").event_type == kind


# ------------------------------------------- rule 3: two sides talking by video
@pytest.mark.parametrize(("lang", "title", "lead"), [
    ("en", "Liu Jianchao Has Video Exchange with Free Peru Leader",
     "On the evening of August 20th, Liu Jianchao had a video exchange with the Secretary-General of Peru's "
     "Free Peru party, Vladimir Cerrón."),
    ("en", "", "Liu Jianchao, head of the IDCPC, had a video conversation with Diosdado Cabello of the "
               "United Socialist Party of Venezuela on March 8th."),
    ("zh", "刘建超同委内瑞拉统社党领导人视频交流",
     "3月8日，中联部部长刘建超同委内瑞拉统一社会主义党第一副主席卡贝略举行视频交流。"),
])
def test_a_video_exchange_or_conversation_of_two_sides_is_a_video_call(lang, title, lead):
    """Codebook rule 3: a conversation of two sides by video is a `video_call`, whatever the noun
    ("video exchange", "video conversation", 视频交流)."""
    record = idcpc(lead, title=title, lang=lang, published="2022-03-09",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202203/t20220309_1.html")
    assert record.event_type == "video_call"


@pytest.mark.parametrize(("lang", "lead"), [
    ("en", "On May 25th, the IDCPC held a video exchange with leaders of more than 30 political parties from "
           "Latin American and Caribbean countries on poverty reduction."),
    ("zh", "5月25日，中联部同拉美和加勒比15个国家的30多个政党领导人举行视频交流会，就减贫合作交换意见。"),
])
def test_a_video_exchange_with_many_parties_is_the_event_not_a_call(lang, lead):
    """Rule 3's other half: an online meeting of many parties is the event it is (a seminar)."""
    record = idcpc(lead, title="", lang=lang, published="2020-05-26",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202005/t20200526_1.html")
    assert record.event_type == "seminar"


# ------------------------------------------- rules 2, 3: many parties online, the CPC presenting
@pytest.mark.parametrize(("lead", "kind"), [
    ("On July 1st, Guo Yezhou held an online meeting with leaders of more than 20 political parties of Latin "
     "American countries and shared China's experience in fighting the pandemic.", "briefing"),
    ("On July 1st, Guo Yezhou held an online meeting with leaders of more than 20 political parties of Latin "
     "American countries, sharing the CPC's experience in poverty reduction.", "briefing"),
    ("On July 1st, Guo Yezhou held an online meeting with leaders of more than 20 political parties of Latin "
     "American countries, and the participants discussed green development.", "seminar"),
])
def test_an_online_meeting_of_many_parties_where_the_cpc_shared_its_experience_is_a_briefing(lead, kind):
    """Rules 2 and 3: the online meeting of many parties is the event it is; when the CPC side shares
    (past tense too: "shared", "sharing") its own experience it is a briefing, else a seminar."""
    record = idcpc(lead, title="", published="2020-07-02")
    assert record.event_type == kind


# ------------------------------------------- rule 3: two sides meeting online
@pytest.mark.parametrize(("lang", "title", "lead"), [
    ("en", "IDCPC Holds Online Meeting with PSUV Leadership",
     "On April 2nd, the IDCPC held an online meeting with the leadership of the United Socialist Party of "
     "Venezuela to exchange views on party building."),
    ("en", "Song Tao Holds Virtual Talks with Chilean Communist Party Leader",
     "Song Tao held virtual talks with the Secretary-General of the Communist Party of Chile on May "
     "5th."),
    ("en", "", "Guo Yezhou, Vice Minister of the IDCPC, held an online meeting with Gleisi Hoffmann, "
               "President of the Workers' Party of Brazil, on September 9th."),
    ("en", "Liu Jianchao Meets Online with Leaders of Communist Party of Chile",
     "Liu Jianchao, head of the IDCPC, met online with leaders of the Communist Party of Chile on March "
     "3rd."),
    ("zh", "中联部同委内瑞拉统社党举行线上会议",
     "4月2日，中联部同委内瑞拉统一社会主义党领导层举行线上会议，就党的建设交换意见。"),
])
def test_two_sides_meeting_online_is_a_video_call(lang, title, lead):
    """Codebook rule 3 before rule 4: a conversation of the two sides by video is a `video_call`, also
    when called an online meeting, virtual talks or "meets online" (线上会议, as 线上会见 already)."""
    record = idcpc(lead, title=title, lang=lang, published="2021-04-03",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202104/t20210403_1.html")
    assert record.event_type == "video_call"


@pytest.mark.parametrize(("lead", "kind"), [
    ("On May 25th, the IDCPC held an online meeting with leaders of political parties from 15 Latin American "
     "and Caribbean countries to discuss cooperation in fighting COVID-19.", "seminar"),
    ("The IDCPC held an online workshop for cadres of the United Socialist Party of Venezuela on September "
     "14th.", "training_course"),
    ("The CPC and the Workers' Party of Brazil held an online dialogue on governance on April 15th.",
     "dialogue"),
])
def test_an_online_event_stays_the_event(lead, kind):
    """The negatives: many parties online are the event (rule 3), and a course or a dialogue held
    online keeps its type (rules 1-2 come first)."""
    assert idcpc(lead, title="", published="2021-09-15").event_type == kind


@pytest.mark.parametrize(("lang", "lead", "kind"), [
    ("en", "Liu Jianchao, head of the IDCPC, sent a congratulatory message to the ceremony marking the 35th "
           "anniversary of the Workers' Party of Brazil in Brasilia on February 10th.", "other"),
    ("zh", "2月10日，中联部部长刘建超向巴西劳工党成立35周年庆祝大会致贺信。", "other"),
    ("en", "Liu Jianchao, head of the IDCPC, sent a congratulatory message to Fernando Pereira on his "
           "re-election as President of the Broad Front of Uruguay. The Broad Front held a ceremony on "
           "Sunday.",
     "message"),
])
def test_a_congratulation_sent_to_a_ceremony_in_the_lead_is_the_ceremony(lang, lead, kind):
    """Rule 1: a message is one with no event around it; sent to a LAC party's ceremony or celebration
    (in its own sentence) the event is the exchange, as under a headline saying so. A ceremony named
    in another sentence leaves the message a message."""
    record = idcpc(lead, title="", lang=lang, published="2023-02-11",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202302/t20230211_1.html")
    assert record.event_type == kind


@pytest.mark.parametrize(("lang", "lead", "kind"), [
    ("en", "The IDCPC congratulated Brazil's Workers' Party on its Congress held in Brasilia.", "message"),
    ("zh", "中共中央总书记习近平致电祝贺古巴共产党第八次代表大会召开。", "message"),
    ("en", "The 8th Congress of the Communist Party of Cuba opened in Havana on April 16th. A CPC message "
           "was read at the opening.", "other"),
    ("zh", "古巴共产党第八次代表大会16日在哈瓦那开幕。中共中央贺电在会上宣读。", "other"),
])
def test_a_congress_congratulated_is_a_message_a_congress_reported_is_the_event(lang, lead, kind):
    """Rule 1: a line that congratulates a LAC party on its congress is the message; a line that
    reports the congress opening (a CPC message read there) is the event, `other`."""
    record = idcpc(lead, title="", lang=lang, published="2021-04-17",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202104/t20210417_1.html")
    assert record.event_type == kind
