"""IDCPC message pages met in campaign 8A (messages to and from LAC parties and regional platforms):
greeting cards and cables in reply are messages; a group of LAC counterparts written only by its
party family ("left-wing parties of Latin America", 拉美左翼政党) is leftist; Chinese names of
Colombia's Historic Pact. Self-written releases; the names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

# --- a greeting card or a cable in reply is a message (codebook: a congratulation or letter exchanged
# between the two sides with no event around it)

CARDS = [
    ("Leaders of the United Socialist Party of Venezuela sent greeting cards to the IDCPC, wishing the "
     "Chinese people a happy Year of the Dragon.", "PSUV Leaders Send Greetings to the IDCPC", "en",
     "Venezuela"),
    ("The IDCPC sent New Year cards to the leaders of the Communist Party of Cuba, wishing them success "
     "in the coming year.", "IDCPC Extends Best Wishes to Cuban Comrades", "en", "Cuba"),
    ("Gleisi Hoffmann, President of the Workers' Party of Brazil, sent a Spring Festival card to Liu "
     "Jianchao, head of the IDCPC.", "PT President Wishes IDCPC a Happy Year of the Snake", "en", "Brazil"),
    ("古巴共产党中央第一书记迪亚斯-卡内尔复电习近平总书记，感谢中方对古巴遭受飓风灾害的关心。",
     "迪亚斯-卡内尔复电习近平", "zh", "Cuba"),
]


@pytest.mark.parametrize("text,title,lang,country", CARDS)
def test_a_greeting_card_or_a_cable_in_reply_is_a_message(text, title, lang, country):
    rec = idcpc(text, title=title, lang=lang, published="2024-02-08",
                url="https://www.idcpc.org.cn/english2023/news/202402/t20240208_1.html")
    assert rec.relevant is True
    assert rec.country == country
    assert rec.event_type == "message"
    assert rec.content == "daily interaction"


def test_a_card_presented_at_a_meeting_leaves_the_meeting_a_meeting():
    rec = idcpc("Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of Cuba "
                "led by Emilio Lozada, member of the Secretariat of the PCC Central Committee, in Beijing on "
                "February 6. The guests presented a Spring Festival card from the PCC leadership.",
                title="Liu Jianchao Meets PCC Delegation", published="2024-02-07")
    assert rec.event_type == "meeting"


# --- a group of LAC counterparts written by its party family: leftist (codebook, mechanism: by the
# party family); read in the title and the lead's first sentence only

LEFT_GROUPS = [
    ("10月27日，拉美和加勒比地区左翼政党领导人联名致函中共中央，祝贺中共二十大胜利闭幕。",
     "拉美左翼政党领导人联名致函祝贺中共二十大", "zh"),
    ("Leaders of left-wing parties from Latin America and the Caribbean sent a joint letter to the CPC "
     "Central Committee on October 28, congratulating it on the successful 20th National Congress.",
     "Latin American Parties Send Joint Letter to CPC", "en"),
    ("Communist parties of Latin America and the Caribbean sent a joint message of condolence to the CPC "
     "Central Committee on December 1 on the passing of Comrade Jiang Zemin.",
     "Latin American Parties Mourn Jiang Zemin", "en"),
    ("拉美多国共产党和工人党日前联名致电中共中央，祝贺中国共产党成立100周年。",
     "拉美多国政党联名祝贺中共百年", "zh"),
]


@pytest.mark.parametrize("text,title,lang", LEFT_GROUPS)
def test_a_group_written_by_its_leftist_family_is_leftist(text, title, lang):
    rec = idcpc(text, title=title, lang=lang, published="2022-10-30",
                url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221030_1.html")
    assert rec.relevant is True
    assert rec.country == "multilateral"
    assert rec.mechanism == ["regional", "leftist"]


def test_a_group_not_written_by_its_family_stays_regional():
    rec = idcpc("Political parties of Latin America and the Caribbean sent a joint letter to the CPC "
                "Committee on October 28, congratulating it on the successful 20th National Congress.",
                title="Latin American Parties Send Joint Letter to CPC", published="2022-10-30")
    assert rec.country == "multilateral"
    assert rec.mechanism == ["regional"]


def test_the_left_named_as_a_topic_after_the_lead_adds_nothing():
    text = ("Leaders of the Institutional Revolutionary Party of Mexico, the Democratic Revolutionary Party "
            "of Panama and the National Liberation Party of Costa Rica sent a joint letter to the CPC "
            "Central Committee on July 1, congratulating the CPC on its centenary. The letter said the "
            "parties wish to learn from exchanges between the CPC and left-wing parties of the region.")
    rec = idcpc(text, title="Central American and Mexican Parties Congratulate CPC on Centenary",
                published="2021-07-03")
    assert rec.country == "multilateral"
    assert "leftist" not in rec.mechanism


def test_the_family_words_do_not_make_a_bilateral_page_leftist():
    text = ("Alejandro Moreno, President of the Institutional Revolutionary Party of Mexico, sent a letter "
            "to the CPC on July 1 saying that left-wing parties and centrist parties alike admire the CPC.")
    rec = idcpc(text, title="PRI Leader Congratulates CPC on Centenary", published="2021-07-03")
    assert rec.country == "Mexico"
    assert rec.mechanism == ["bilateral"]


# --- Colombia's Historic Pact: Chinese releases write 历史性公约 as well as 历史公约

@pytest.mark.parametrize("text", [
    "刘建超部长6月15日致电哥伦比亚历史性公约党，祝贺该党候选人佩特罗当选哥伦比亚总统。",
    "中联部致电哥伦比亚“历史性公约”联盟，祝贺佩特罗当选哥伦比亚总统。",
])
def test_historic_pact_by_its_chinese_names(text):
    rec = idcpc(text, title="中联部致电祝贺", lang="zh", published="2022-06-17",
                url="https://www.idcpc.org.cn/bzhd/wshd/202206/t20220617_1.html")
    assert parties(rec) == {"Historic Pact for Colombia"}
    assert rec.mechanism == ["bilateral", "leftist"]


# --- a part of a month names no day (rule 3: "last week", "recently", 近日 give no day)

@pytest.mark.parametrize("text,lang", [
    ("10月下旬，秘鲁共产党（红色祖国）致函中共中央，祝贺中共二十大胜利闭幕。", "zh"),
    ("6月底，智利共产党致函中共中央，祝贺中国共产党成立100周年。", "zh"),
    ("In late October, the Communist Party of Ecuador sent a letter to the CPC Central Committee "
     "congratulating it on the 20th National Congress.", "en"),
    ("At the end of June, the Communist Party of Ecuador sent a letter to the CPC Central Committee "
     "congratulating it on its centenary.", "en"),
])
def test_a_part_of_a_month_gives_no_day(text, lang):
    rec = idcpc(text, title="Party Sends Congratulations to CPC", lang=lang, published="2022-11-02",
                url="https://www.idcpc.org.cn/bzhd/wshd/202211/t20221102_1.html")
    assert rec.relevant is True
    assert rec.event_date is None


def test_a_stated_day_beside_a_part_of_a_month_still_dates():
    rec = idcpc("On October 23, in late October, the Communist Party of Ecuador sent a letter to the CPC "
                "Central Committee congratulating it on the 20th National Congress.",
                title="Ecuadorian Communists Praise CPC Congress", published="2022-11-02")
    assert rec.event_date == "2022-10-23"


# --- what a message says is a topic: an event it recalls or announces does not type the page (rule 1
# types a page by an event it reports); an event the message is sent to still does

@pytest.mark.parametrize("text,lang", [
    ("Gleisi Hoffmann, President of Brazil's Workers' Party, sent a letter to the CPC Central Committee on "
     "June 29 congratulating the CPC on its centenary. In the letter, she recalled that former President "
     "Lula attended the BRICS summit in Xiamen.", "en"),
    ("The Communist Party of Chile sent a message to the IDCPC on July 1. The message said the party looks "
     "forward to the next theory seminar between the two parties.", "en"),
    ("7月1日，巴西共产党主席卢西亚娜·桑托斯致函中共中央，祝贺中国共产党成立100周年。她在信中回顾了两党2019年在圣保罗共同举办理论研讨会的情景。",
     "zh"),
])
def test_an_event_a_message_recalls_is_no_event_of_the_page(text, lang):
    rec = idcpc(text, title="Party Hails CPC Centenary" if lang == "en" else "拉美政党祝贺中共百年",
                lang=lang, published="2021-07-03",
                url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert rec.event_type == "message"
    assert rec.content == "daily interaction"


@pytest.mark.parametrize("text,lang,kind", [
    ("Xi Jinping, General Secretary of the CPC Central Committee, sent a congratulatory letter to the Theory "
     "Seminar between the CPC and the Communist Party of Cuba, which opened in Havana on November 10. In the "
     "letter, Xi said the seminar is of great significance.", "en", "seminar"),
    ("5月28日，中国—拉美和加勒比政党论坛在北京开幕。中共中央总书记习近平致贺信。习近平在贺信中指出，论坛为中拉政党交流搭建了平台。",
     "zh", "forum"),
])
def test_an_event_a_message_is_sent_to_types_the_page(text, lang, kind):
    rec = idcpc(text, title="", lang=lang, published="2023-11-12",
                url="https://www.idcpc.org.cn/bzhd/wshd/202311/t20231112_1.html")
    assert rec.event_type == kind
    assert rec.content == "knowledge exchange"


# --- more carriers of a message: a cable or telegram, a letter in reply or of thanks, good wishes sent

CARRIERS = [
    ("The Communist Party of Cuba cabled the CPC Central Committee on July 1 on the CPC's centenary.", "en"),
    ("The Communist Party of Cuba sent a telegram to the CPC Central Committee on July 1 on the CPC's "
     "centenary.", "en"),
    ("The Communist Party of Cuba sent its felicitations to the CPC Central Committee on July 1 on the CPC's "
     "centenary.", "en"),
    ("7月1日，古巴共产党中央委员会电贺中共中央，庆贺中国共产党成立100周年。", "zh"),
    ("7月1日，古巴共产党中央委员会函贺中国共产党成立100周年。", "zh"),
    ("7月1日，古巴共产党中央委员会复函中联部，感谢中方的关心。", "zh"),
    ("7月1日，古巴共产党中央委员会向中联部发来谢函。", "zh"),
    ("7月1日，古巴共产党中央委员会向中共中央发来春节祝福。", "zh"),
    ("7月1日，古巴共产党中央委员会向中国人民致以节日的美好祝福。", "zh"),
]


@pytest.mark.parametrize("text,lang", CARRIERS)
def test_other_carriers_of_a_message(text, lang):
    rec = idcpc(text, title="Cuban Party Salutes CPC" if lang == "en" else "古巴共产党盛赞中国共产党",
                lang=lang, published="2021-07-03",
                url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert rec.relevant is True
    assert rec.country == "Cuba"
    assert rec.event_type == "message"
    assert rec.event_date == "2021-07-01"


@pytest.mark.parametrize("text,lang,kind", [
    ("China and Cuba signed an agreement on July 1 to lay a new submarine cable, at a meeting between Liu "
     "Jianchao and a delegation of the Communist Party of Cuba.", "en", "meeting"),
    ("7月1日，中联部部长刘建超会见古巴共产党代表团，并向古巴人民致以节日祝福。", "zh", "meeting"),
    ("7月1日，古巴共产党代表团出席中拉政党论坛并致贺词。", "zh", "forum"),
])
def test_the_carriers_do_not_turn_other_exchanges_into_messages(text, lang, kind):
    rec = idcpc(text, title="", lang=lang, published="2021-07-03",
                url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert rec.event_type == kind


# --- the region's parties as one sender, with words of their family or standing between the region and
# "parties" (Latin American communist and workers' parties, 拉美进步政党, 加勒比国家执政党)

@pytest.mark.parametrize("text,lang,mechanism", [
    ("Latin American communist and workers' parties sent a joint letter to the CPC Central Committee on "
     "July 1, congratulating the CPC on its centenary.", "en", ["regional", "leftist"]),
    ("7月1日，拉美和加勒比进步政党联名致函中共中央，祝贺中国共产党成立100周年。", "zh", ["regional"]),
    ("7月1日，加勒比国家执政党联名致函中共中央，祝贺中国共产党成立100周年。", "zh", ["regional"]),
])
def test_the_regions_parties_by_their_family_or_standing(text, lang, mechanism):
    rec = idcpc(text, title="", lang=lang, published="2021-07-03",
                url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert rec.relevant is True
    assert rec.country == "multilateral"
    assert rec.event_type == "message"
    assert rec.mechanism == mechanism


def test_the_region_as_a_topic_of_a_letter_is_no_sender():
    rec = idcpc("7月1日，越南共产党中央致函中共中央，祝贺中国共产党成立100周年，"
                "并表示愿同拉美进步政党加强交流。",
                title="越共中央致函祝贺中共百年", lang="zh", published="2021-07-03",
                url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert rec.relevant is False


def test_the_cuban_young_communists_by_another_chinese_name():
    rec = idcpc("7月1日，古巴青年共产主义者联盟致函中联部，祝贺中国共产党成立100周年。", title="", lang="zh",
                published="2021-07-03", url="https://www.idcpc.org.cn/bzhd/wshd/202107/t20210703_1.html")
    assert [(c.kind, c.party) for c in rec.contacts] == [("youth", "Communist Party of Cuba")]


# --- a gathering of a standing body of parties, named with the body, is a forum (rule 2: a named
# multi-party conference), as a COPPPAL plenary is; its "meeting" is no meeting of the CPC side with a
# counterpart, and a letter sent to it is the CPC side's part in it (rule 1)

@pytest.mark.parametrize("title,text,lang", [
    ("IDCPC Greets Puebla Group Meeting",
     "The IDCPC sent a congratulatory message to the Puebla Group's meeting held in Mexico City on "
     "November 8, wishing the meeting success.", "en"),
    ("CPC Delegation Attends Puebla Group Meeting",
     "A CPC delegation attended the meeting of the Puebla Group held in Mexico City on November 8 and "
     "delivered a speech.", "en"),
    ("IDCPC Sends Message to UPLA Congress",
     "The IDCPC sent a congratulatory message to the congress of the Union of Latin American Parties held in "
     "Santiago on November 8.", "en"),
    ("中联部致信祝贺普埃布拉集团会议召开",
     "11月8日，中联部致信普埃布拉集团会议，祝贺会议在墨西哥城召开。", "zh"),
])
def test_a_gathering_of_a_body_of_parties_is_a_forum(title, text, lang):
    rec = idcpc(text, title=title, lang=lang, published="2021-11-10",
                url="https://www.idcpc.org.cn/bzhd/wshd/202111/t20211110_1.html")
    assert rec.country == "multilateral"
    assert rec.event_type == "forum"
    assert rec.content == "knowledge exchange"
    assert rec.event_date == "2021-11-08"


def test_a_letter_from_such_a_body_stays_a_message():
    rec = idcpc("The Puebla Group sent a letter to Xi Jinping on October 25 congratulating him on his "
                "re-election.", title="Puebla Group Congratulates Xi", published="2022-10-27")
    assert rec.country == "multilateral"
    assert rec.event_type == "message"
