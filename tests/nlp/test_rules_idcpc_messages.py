"""Message pages of the IDCPC kind (congratulations, condolences, letters, replies): which LAC party
takes part and which country the exchange is with (codebook: `contacts` and the parties list every
LAC party the page names as taking part; "multilateral" is a regional body or actors of two or more
LAC countries). Self-written releases; the names of parties and people are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

AGENCY = "http://en.example-agency.cn/n3/2021/1110/c90000-3.html"
URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202111/t20211110_3.html"


# ------------------------------------------- a party named by description first, by name later

@pytest.mark.parametrize("lead, later, party", [
    ("On November 9, the IDCPC sent a congratulatory message to the ruling party of Nicaragua on its "
     "victory in the general elections.",
     "The message said that the Sandinista National Liberation Front has led the Nicaraguan people to "
     "new achievements.", "Sandinista National Liberation Front"),
    ("On December 7, the IDCPC sent a message to Venezuela's governing party, congratulating it on the "
     "results of the parliamentary elections.",
     "The message said the PSUV has led the Venezuelan people in safeguarding national sovereignty.",
     "United Socialist Party of Venezuela"),
    ("Recently, the IDCPC received a letter from a Mexican party congratulating the CPC on its 20th "
     "National Congress.",
     "The letter said that the National Regeneration Movement admires the achievements of the CPC.",
     "National Regeneration Movement"),
])
def test_a_message_to_a_party_named_by_description_takes_the_party_the_message_names(lead, later, party):
    """The lead calls the recipient (or sender) "the ruling party of Nicaragua"; its name comes only
    in what the message said, which is where a message names whom it is addressed to."""
    record = idcpc(f"{lead}\n{later}", title="IDCPC Exchanges Messages with a Party", published="2021-11-10")
    assert record.event_type == "message"
    assert parties(record) == {party}
    assert "leftist" in record.mechanism


def test_a_chinese_message_to_a_ruling_party_takes_the_party_the_message_names():
    text = ("11月9日，中联部致电尼加拉瓜执政党，祝贺其在大选中获胜。\n"
            "贺电表示，桑解阵领导尼加拉瓜人民取得了重要成就。")
    record = idcpc(text, title="中联部致电祝贺尼加拉瓜执政党大选获胜", lang="zh", url=URL_ZH,
                   published="2021-11-10")
    assert record.country == "Nicaragua"
    assert parties(record) == {"Sandinista National Liberation Front"}


def test_a_ruling_party_with_two_parties_of_its_country_named_stays_unresolved():
    """Two parties of the country in what the message said: which one the description means is open,
    and neither is taken."""
    text = ("On December 7, the IDCPC sent a message to the ruling party of Venezuela on the elections.\n"
            "The message said the PSUV and the Communist Party of Venezuela worked together in the campaign.")
    record = idcpc(text, title="IDCPC Sends Message to Venezuela's Ruling Party", published="2020-12-08")
    assert record.country == "Venezuela"
    assert parties(record) == set()


def test_a_message_to_a_named_person_does_not_take_a_party_the_message_only_speaks_of():
    """A message to a head of state, with no party described as its counterpart: a party named in what
    it said is a topic."""
    text = ("On January 10, the IDCPC sent a message to Nicolas Maduro, congratulating him on his "
            "inauguration as President of Venezuela.\n"
            "The message said the CPC is willing to strengthen exchanges with the PSUV.")
    record = idcpc(text, title="IDCPC Congratulates Maduro", published="2019-01-11")
    assert record.country == "Venezuela"
    assert parties(record) == set()


# ------------------------------------------------------ one actor of the region is no region

@pytest.mark.parametrize("title, lead", [
    ("Latin American Party Sends Letter to IDCPC",
     "Recently, the IDCPC received a letter from a Latin American party congratulating the CPC on its "
     "centenary."),
    ("Letter Received on CPC Centenary",
     "Recently, a Latin American political party sent a letter to the IDCPC congratulating the CPC on its "
     "centenary."),
    ("Letter Received on CPC Centenary",
     "Recently, the IDCPC received a message from Latin America congratulating the CPC on its centenary."),
])
def test_one_party_of_the_region_is_its_own_country(title, lead):
    """"A Latin American party" is one party: the page names it later, and its country is the
    exchange's (the codebook's multilateral side is a regional body or two or more countries)."""
    text = f"{lead}\nThe letter was sent by the Communist Party of Chile, which praised the CPC's history."
    record = idcpc(text, title=title, published="2021-07-06")
    assert record.country == "Chile"
    assert record.exchange_type == "bilateral"
    assert parties(record) == {"Communist Party of Chile"}


def test_a_chinese_letter_from_latin_america_signed_by_one_party_is_its_country():
    text = ("近日，中联部收到一封来自拉美的贺信，祝贺中国共产党成立100周年。贺信全文如下：\n"
            "“亲爱的同志们：值此中国共产党成立100周年之际，我们谨致以最热烈的祝贺。”\n"
            "智利共产党中央委员会\n2021年7月1日于圣地亚哥")
    record = idcpc(text, title="中联部收到祝贺中国共产党成立100周年贺信", lang="zh", url=URL_ZH,
                   published="2021-07-05")
    assert record.country == "Chile"
    assert parties(record) == {"Communist Party of Chile"}


@pytest.mark.parametrize("title, lead", [
    ("Letters Received on CPC Centenary",
     "Recently, Latin American parties sent letters to the IDCPC congratulating the CPC on its centenary."),
    ("Letters Received on CPC Centenary",
     "Recently, a group of Latin American party leaders sent letters to the IDCPC on the CPC's centenary."),
    ("Letter Received on CPC Centenary",
     "Recently, the IDCPC received a joint letter from Latin American parties on the CPC's centenary."),
])
def test_the_regions_parties_as_a_group_stay_multilateral(title, lead):
    """Parties of the region in the plural are a group of its actors, even where the page goes on to
    quote one of them."""
    text = f"{lead}\nThe Communist Party of Chile said the CPC has a glorious history."
    record = idcpc(text, title=title, published="2021-07-06")
    assert record.country == "multilateral"



# ------------------------------------------------ letters to and from a standing regional body

@pytest.mark.parametrize("lead", [
    "On July 1, Monica Valente, executive secretary of the Forum of Sao Paulo, sent a letter to the CPC "
    "Central Committee congratulating it on its centenary.",
    "On July 1, the Forum of São Paulo sent a letter to the CPC Central Committee congratulating it on its "
    "centenary.",
])
def test_the_forum_of_sao_paulo_word_order_is_the_sao_paulo_forum(lead):
    record = idcpc(lead, title="Letter to the CPC on Its Centenary", published="2021-07-03")
    assert record.relevant
    assert record.country == "multilateral"
    assert record.event_type == "message"
    assert record.mechanism == ["regional", "leftist"]


@pytest.mark.parametrize("text, title", [
    ("On August 1, the executive secretariat of the Foro de Sao Paulo sent a message to the IDCPC, "
     "thanking it for the congratulations on the Forum's 30th anniversary.",
     "Foro de Sao Paulo Thanks IDCPC"),
    ("On July 1, the Sao Paulo Forum sent a letter to the IDCPC. The letter said that the Forum admires the "
     "CPC's achievements.", "Sao Paulo Forum Sends Letter to IDCPC"),
    ("8月1日，圣保罗论坛执行秘书处致函中联部，感谢中方对该论坛成立30周年的祝贺。", "圣保罗论坛致函中联部"),
    ("On March 10, the IDCPC sent a message to the Permanent Conference of Political Parties of Latin "
     "America and the Caribbean, congratulating the Conference on its 40th anniversary.",
     "IDCPC Congratulates COPPPAL"),
])
def test_a_body_called_again_by_its_head_noun_is_no_forum(text, title):
    """"The Forum's 30th anniversary" is the São Paulo Forum again, a standing body: a letter from it is
    a message, not a forum (the body's own name is no event either)."""
    zh = "论坛" in title
    record = idcpc(text, title=title, published="2020-08-02", lang="zh" if zh else "en",
                   url=URL_ZH if zh else "https://www.idcpc.org.cn/english/news/202008/t20200802_1.html")
    assert record.event_type == "message"
    assert record.country == "multilateral"


@pytest.mark.parametrize("text, title", [
    ("On July 25, the 25th Meeting of the Sao Paulo Forum opened in Caracas. A CPC delegation attended the "
     "meeting, and the Forum adopted a final declaration.", "CPC Delegation Attends Sao Paulo Forum Meeting"),
    ("7月25日，第25届圣保罗论坛年会在加拉加斯开幕，中共代表团出席。该论坛会议通过了最后宣言。",
     "中共代表团出席圣保罗论坛年会"),
])
def test_a_meeting_of_the_body_is_still_the_forum(text, title):
    """Where the page reports the body's meeting, its name and "the Forum" next to the meeting are the
    forum the CPC side took part in."""
    zh = "论坛" in title
    record = idcpc(text, title=title, published="2019-07-26", lang="zh" if zh else "en",
                   url=URL_ZH if zh else "https://www.idcpc.org.cn/english/news/201907/t20190726_1.html")
    assert record.event_type == "forum"


# ------------------------------------------------------------- the words that make a message

@pytest.mark.parametrize("text, title", [
    ("近日，乌拉圭广泛阵线来函，对中方抗击疫情表示支持。", "乌拉圭广泛阵线来函支持中国抗击疫情"),
    ("近日，巴西共产党主席桑托斯来信，感谢中国共产党对巴西抗击疫情的支持。",
     "巴西共产党主席来信感谢中方支持"),
    ("近日，墨西哥劳动党全国领导人阿纳亚致中联部感谢信，感谢中方捐赠抗疫物资。",
     "墨西哥劳动党领导人致中联部感谢信"),
    ("春节前夕，古巴共产党中央委员会向中共中央致以新春问候，祝愿中国人民幸福安康。",
     "古共中央向中共中央致以新春问候"),
    ("近日，古巴共产党和委内瑞拉统一社会主义党发表联名信，支持中方立场。", "拉美两党发表联名信支持中方立场"),
])
def test_chinese_letters_received_are_messages(text, title):
    """来函, 来信 (a letter that came in), 感谢信, 联名信, 致以问候: letters and greetings between the
    two sides with no event around them (codebook: a `message`)."""
    record = idcpc(text, title=title, lang="zh", url=URL_ZH, published="2020-06-15")
    assert record.relevant
    assert record.event_type == "message"


def test_a_sender_named_before_came_in_is_named_without_it():
    record = idcpc("近日，巴西共产党主席桑托斯来信，感谢中国共产党对巴西抗击疫情的支持。",
                   title="巴西共产党主席来信感谢中方支持", lang="zh", url=URL_ZH, published="2020-06-15")
    assert "桑托斯" in {c.name for c in record.contacts}


@pytest.mark.parametrize("text, title", [
    ("Recently, Gleisi Hoffmann, president of the Workers' Party of Brazil, wrote to Liu Jianchao, thanking "
     "the IDCPC for its support during the floods.", "PT President Writes to Liu Jianchao"),
    ("Xi Jinping has written back to members of the Communist Party of Brazil, encouraging them to promote "
     "friendship between the two peoples.", "Xi Writes Back to Brazilian Party Members"),
    ("On the occasion of the Spring Festival, the Central Committee of the Communist Party of Cuba sent "
     "greetings to the CPC Central Committee.", "Cuban Party Sends Spring Festival Greetings to CPC"),
])
def test_english_writing_and_greetings_are_messages(text, title):
    record = idcpc(text, title=title, published="2023-03-02")
    assert record.relevant
    assert record.event_type == "message"


@pytest.mark.parametrize("text, title, lang", [
    ("On May 10, Liu Jianchao met with Gleisi Hoffmann, president of the Workers' Party of Brazil. Hoffmann "
     "conveyed greetings from President Lula.", "Liu Jianchao Meets PT President", "en"),
    ("5月10日，中联部部长刘建超会见巴西劳工党主席格莱茜。格莱茜转达了卢拉总统对中方的问候，"
     "并表示劳工党来信邀请中方访问。",
     "刘建超会见巴西劳工党主席", "zh"),
])
def test_greetings_conveyed_at_a_meeting_leave_it_a_meeting(text, title, lang):
    record = idcpc(text, title=title, lang=lang, published="2023-05-11",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202305/t20230511_1.html")
    assert record.event_type == "meeting"


@pytest.mark.parametrize("text, title, lang", [
    ("On May 10, Liu Jianchao met with a Latin American party delegation. The delegation included members of "
     "the Communist Party of Chile.", "Liu Jianchao Meets Latin American Party Delegation", "en"),
    ("5月10日，中联部部长刘建超会见一个拉美政党代表团。代表团成员包括智利共产党干部。",
     "刘建超会见拉美政党代表团", "zh"),
])
def test_a_delegation_of_the_regions_parties_is_no_one_actor(text, title, lang):
    """"A Latin American party delegation" is one delegation, of several parties as a rule: the region
    still names a group of its actors."""
    record = idcpc(text, title=title, lang=lang, published="2023-05-11",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202305/t20230511_2.html")
    assert record.country == "multilateral"


# ---------------------------------- a head named in the lead, his country and party only around it

def _zh_copy(caption: str, lead: str) -> str:
    return "\n".join([" date 2022-10-25", "新华网 > 时政", "迪亚斯-卡内尔致电祝贺习近平",
                      "2022-10-25 20:01:33 来源：新华网", caption, lead, "【纠错】 【责任编辑：张樵苏】"])


def _en_copy(caption: str, lead: str) -> str:
    return "\n".join([" date 2022-10-25", "Home | World", "Cuban leader congratulates Xi",
                      "Source: Xinhua| 2022-10-25 09:14:05|Editor: huaxia", caption, lead])


ZH_LEAD = "新华社哈瓦那10月24日电 迪亚斯-卡内尔24日致电习近平，祝贺他再次当选中共中央总书记。"
EN_LEAD = ("HAVANA, Oct. 24 (Xinhua) -- Miguel Diaz-Canel on Monday sent a message to Xi Jinping, "
           "congratulating him on his re-election as general secretary of the CPC Central Committee.")


def test_a_head_named_in_the_lead_is_the_counterpart_when_only_a_caption_names_his_country():
    """The lead names the Cuban head by name only, the caption above it his country and party: the
    exchange is with Cuba (the head in office names his country), and the caption's party post is
    his (captions are part of the page), also on a file photo."""
    record = idcpc(_zh_copy("图为古巴共产党中央委员会第一书记、国家主席迪亚斯-卡内尔（资料照片）。", ZH_LEAD),
                   title="迪亚斯-卡内尔致电祝贺习近平", lang="zh", url=URL_ZH, published="2022-10-25")
    assert record.relevant
    assert record.country == "Cuba"
    assert record.event_type == "message"
    assert parties(record) == {"Communist Party of Cuba"}


@pytest.mark.parametrize("caption", [
    "Miguel Diaz-Canel, first secretary of the Communist Party of Cuba Central Committee. (File photo)",
    "Miguel Diaz-Canel, first secretary of the Communist Party of Cuba Central Committee, speaks in Havana. "
    "(Xinhua/Joaquin Hernandez)",
])
def test_an_english_caption_opening_with_the_name_gives_his_party(caption):
    record = idcpc(_en_copy(caption, EN_LEAD), title="Cuban leader congratulates Xi", url=AGENCY,
                   published="2022-10-25")
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


def test_a_file_photo_of_someone_else_gives_no_party():
    caption = ("Raul Castro, then first secretary of the Communist Party of Cuba Central Committee. "
               "(File photo)")
    lead = ("HAVANA, Oct. 24 (Xinhua) -- Cuban President Miguel Diaz-Canel on Monday sent a message to Xi "
            "Jinping, congratulating him on his re-election as general secretary of the CPC Central "
            "Committee.")
    record = idcpc(_en_copy(caption, lead), title="Cuban leader congratulates Xi", url=AGENCY,
                   published="2022-10-25")
    assert record.country == "Cuba"
    assert parties(record) == set()


def test_a_head_named_only_in_the_body_does_not_make_a_page_relevant():
    text = ("Beijing, June 5th--Liu Jianchao, head of the IDCPC, sent a message to the Communist Party of "
            "Vietnam on its anniversary.\nThe message recalled that Vietnam and Cuba, whose president Miguel "
            "Diaz-Canel visited Hanoi last year, are close friends of China.")
    record = idcpc(text, title="Liu Jianchao Sends Message to Communist Party of Vietnam",
                   published="2023-06-05")
    assert not record.relevant
