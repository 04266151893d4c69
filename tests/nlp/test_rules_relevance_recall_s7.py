"""IDCPC pages that are exchanges with LAC actors written in unusual shapes (the LAC side named only
by a person, a quote for a headline, captions only, a CPC event in the lead), and pages of the same
shapes that are no such exchange. Self-written releases; the names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa, parties

# --- a former head's full Chinese name is his, not the name of the head in office it contains:
# 劳尔·卡斯特罗 (Raúl Castro, Cuba) holds 卡斯特罗, the rendering of Xiomara Castro (Honduras, from 2022)

FORMER_HEAD_ZH = [
    ("習近平總書記5月31日致電勞爾·卡斯特羅同志，祝賀他92歲生日。", "習近平致電勞爾·卡斯特羅",
     "2023-06-01"),
    ("6月3日，中联部部长刘建超会见劳尔·卡斯特罗同志的特使。", "刘建超会见劳尔·卡斯特罗同志特使",
     "2023-06-04"),
    ("劳尔·卡斯特罗同志致函习近平总书记，祝贺中国共产党成立102周年。", "劳尔·卡斯特罗致函习近平",
     "2023-07-01"),
]


@pytest.mark.parametrize(("text", "title", "published"), FORMER_HEAD_ZH)
def test_former_head_full_zh_name_is_his_country(text: str, title: str, published: str) -> None:
    rec = idcpc(text, title=title, published=published, lang="zh")
    assert rec.relevant
    assert rec.country == "Cuba"


def test_head_in_office_short_zh_name_still_names_his_country() -> None:
    """Not over-fired: 卡斯特罗 alone, after a meeting verb, is still Xiomara Castro's."""
    rec = idcpc("2023年6月3日，中联部部长刘建超会见希奥马拉·卡斯特罗总统的特使。",
                title="刘建超会见卡斯特罗总统特使", published="2023-06-04", lang="zh")
    assert rec.country == "Honduras"


# --- the counterpart named only by a person: a party named, in what was said, as the CPC's partner
# (its own clause names the CPC or "the two parties") is the counterpart's own party, one of the
# exchange's two sides (codebook: contacts list every LAC party the page names as taking part)

PARTNER_IN_WORDS = [
    ("5月9日，中联部部长刘建超在京会见卢拉同志。卢拉表示，巴西劳工党珍视同中国共产党的友谊。",
     "刘建超会见卢拉", "zh", "Brazil", "Workers"),
    ("6月2日，中联部副部长孙海燕在京会见莫拉莱斯。莫拉莱斯表示，争取社会主义运动愿同中国共产党加强交流。",
     "孙海燕会见莫拉莱斯", "zh", "Bolivia", "Movement for Socialism"),
    ("9月19日，中联部部长刘海星在京会见科雷亚一行。科雷亚表示，公民革命运动高度评价中国共产党的治国理政经验。",
     "刘海星会见科雷亚", "zh", "Ecuador", "Citizen Revolution"),
    ("Liu Jianchao, head of the IDCPC, on May 8 met with Lula, who is visiting China as a guest of the "
     "CPC. Liu said the CPC is willing to deepen exchanges with the Workers' Party.",
     "Liu Jianchao Meets Lula", "en", "Brazil", "Workers"),
    ("On May 9, Sun Haiyan met with Comrade Jorge Arreaza in Beijing. Arreaza said the United Socialist "
     "Party of Venezuela regards the CPC as a close friend.", "Sun Haiyan Meets Jorge Arreaza", "en",
     "Venezuela", "United Socialist Party of Venezuela"),
]


@pytest.mark.parametrize(("text", "title", "lang", "country", "party"), PARTNER_IN_WORDS)
def test_party_named_as_the_cpcs_partner_is_the_counterparts(text: str, title: str, lang: str, country: str,
                                                             party: str) -> None:
    rec = idcpc(text, title=title, lang=lang, published="2019-06-03" if "卢拉" in text else "2023-06-03")
    assert rec.relevant and rec.country == country
    assert any(party.lower() in p.lower() for p in parties(rec)), parties(rec)


NOT_PARTNER = [
    # the party's clause does not name the CPC: what the counterpart said of his party's affairs
    ("6月2日，中联部副部长孙海燕在京会见莫拉莱斯。莫拉莱斯表示，争取社会主义运动将赢得大选，"
     "玻方愿同中国共产党加强交流。", "孙海燕会见莫拉莱斯", "zh"),
    ("On May 9, Sun Haiyan met with Comrade Jorge Arreaza in Beijing. Arreaza said the United Socialist "
     "Party of Venezuela will win the coming elections.", "Sun Haiyan Meets Jorge Arreaza", "en"),
    # named as the rival of the counterpart
    ("On May 9, Liu Jianchao met with Rafael Correa in Beijing. Correa said the Citizen Revolution "
     "defeated the Social Christian Party, as the CPC had predicted.", "Liu Jianchao Meets Rafael Correa",
     "en"),
    # a third party's view of the CPC and a LAC party
    ("On May 9, Sun Haiyan met with Comrade Jorge Arreaza in Beijing. The Workers' Party of Korea, Arreaza "
     "said, hopes the CPC and the United Socialist Party of Venezuela will keep working together.",
     "Sun Haiyan Meets Jorge Arreaza", "en"),
]


@pytest.mark.parametrize(("text", "title", "lang"), NOT_PARTNER)
def test_party_in_words_without_the_cpc_is_no_contact(text: str, title: str, lang: str) -> None:
    rec = idcpc(text, title=title, lang=lang, published="2023-06-03")
    assert rec.relevant
    assert not parties(rec) - {"Citizen Revolution Movement"}, parties(rec)


# --- a CPC event of its own whose talk touches LAC countries: topics, not counterparts ---

TOPIC_ONLY = [
    ("The 20th National Congress of the CPC opened in Beijing on October 16. Delegates discussed China's "
     "relations with developing countries, including Brazil, Cuba and Mexico.", "CPC Congress opens",
     "en", "2022-10-17"),
    ("The Third Plenary Session of the 20th CPC Central Committee concluded on July 18. The session "
     "discussed deepening reform and opening up, including cooperation with Brazil and Argentina.",
     "Plenum concludes", "en", "2024-07-19"),
    ("Video: Chinese scholars discuss the history of the Cuban revolution at a seminar in Beijing.", "Video",
     "en", "2023-05-10"),
    ("5月9日，中国学者在京举行研讨会，就古巴革命的历史经验进行了讨论。", "视频", "zh", "2023-05-10"),
]


@pytest.mark.parametrize(("text", "title", "lang", "published"), TOPIC_ONLY)
def test_countries_only_discussed_at_a_cpc_event_are_not_relevant(text: str, title: str, lang: str,
                                                                   published: str) -> None:
    assert not idcpc(text, title=title, lang=lang, published=published).relevant


TOPIC_WITH_EXCHANGE = [
    # a meeting reported: the discussed country is the guest's
    ("On May 9, Liu Jianchao met with Emilio Lozada in Beijing. They discussed relations with Cuba.",
     "Liu Jianchao Meets Emilio Lozada", "Cuba"),
    # the country's people take part (named before the talk verb)
    ("Chinese and Cuban scholars discussed the history of socialism at a seminar in Beijing on May 9.",
     "Video", "Cuba"),
    # envoys at a briefing on the plenum
    ("The IDCPC held a briefing on July 25 for envoys of Brazil and Argentina, who discussed cooperation "
     "with Brazil and Argentina.", "Briefing on the Third Plenary Session", "multilateral"),
    # a message reported
    ("Xi Jinping sent a congratulatory message on May 9 to Comrade Miguel Díaz-Canel. The message "
     "discussed solidarity with Cuba.", "Xi Jinping Congratulates Comrade Miguel Díaz-Canel", "Cuba"),
]


@pytest.mark.parametrize(("text", "title", "country"), TOPIC_WITH_EXCHANGE)
def test_discussed_country_beside_an_exchange_stays_relevant(text: str, title: str, country: str) -> None:
    rec = idcpc(text, title=title, published="2023-05-10")
    assert rec.relevant
    assert rec.country == country


# --- reported speech without quotation marks, speaker after the verb ("…, said X, member of the PCC"):
# the name after the verb is the speaker, so his party is a contact, not a topic

UNQUOTED_INVERTED = [
    ("Havana, July 26th -- The friendship between China and Cuba is unbreakable, said Roberto Morales "
     "Ojeda, Member of the Political Bureau of the Communist Party of Cuba, when meeting with a CPC "
     "delegation led by Sun Haiyan on July 25.", "'Our friendship is unbreakable': Cuban leader tells CPC",
     "Communist Party of Cuba"),
    ("Beijing, May 9th -- China is a true friend of Brazil, says Gleisi Hoffmann, president of the "
     "Workers' Party of Brazil, who met with Liu Jianchao here on Tuesday.", "'A true friend'",
     "Workers"),
    ("Beijing, May 9th -- The CPC's experience is valuable for Latin America, said Lautaro Carmona, "
     "president of the Communist Party of Chile, when meeting with Liu Jianchao on May 9.",
     "'Valuable experience'", "Communist Party of Chile"),
]


@pytest.mark.parametrize(("text", "title", "party"), UNQUOTED_INVERTED)
def test_speaker_after_an_unquoted_inverted_verb_is_the_counterpart(text: str, title: str,
                                                                    party: str) -> None:
    rec = idcpc(text, title=title, published="2023-07-26",
                url="http://www.example-agency.com/2023-07/26/c_1.htm")
    assert rec.relevant
    assert any(party.lower() in p.lower() for p in parties(rec)), parties(rec)


def test_party_in_words_before_the_speaker_stays_a_topic() -> None:
    """Not over-fired: a party inside the words (before ", said X") is still what was said."""
    rec = idcpc("On May 9, Liu Jianchao met with Gleisi Hoffmann of the Workers' Party of Brazil. She "
                "said the PT admires the Communist Party of Brazil too.",
                title="Liu Jianchao Meets Gleisi Hoffmann", published="2023-05-10")
    assert "Communist Party of Brazil" not in parties(rec)


def test_plain_order_said_keeps_what_follows_as_words() -> None:
    """Not over-fired: "X, title, said <clause>" is the plain order; the clause is what was said."""
    rec = idcpc("On May 9, Liu Jianchao met with a delegation of the Workers' Party of Brazil. Gleisi "
                "Hoffmann, president of the Workers' Party, said Cuban communists and the CPC are friends.",
                title="Liu Jianchao Meets Brazilian Guests", published="2023-05-10")
    assert rec.country == "Brazil"
    assert parties(rec) == {"Workers' Party (Brazil)"}


# --- a message to a person addressed as a comrade: the one party of his country the page names is
# his (as for a party named by description, "the ruling party of Nicaragua")

COMRADE_MESSAGES = [
    ("Beijing, November 9th -- Xi Jinping, General Secretary of the CPC Central Committee, sent a message to "
     "Compañero Daniel Ortega, congratulating him on his re-election. Xi said that the Sandinista National "
     "Liberation Front has led the Nicaraguan people in remarkable achievements.",
     "Xi Jinping Congratulates Compañero Daniel Ortega", "en", "Sandinista National Liberation Front"),
    ("Xi Jinping sent a message of condolence to Comrade Nicolás Maduro on the passing of a veteran leader. "
     "Xi said the United Socialist Party of Venezuela has lost an outstanding comrade.",
     "Xi Jinping Sends Condolences to Comrade Nicolás Maduro", "en", "United Socialist Party of Venezuela"),
    ("11月8日，中共中央总书记习近平致电奥尔特加同志，祝贺其再次当选。习近平表示，桑地诺民族解放阵线带领尼加拉瓜"
     "人民取得了显著成就。", "习近平致电祝贺奥尔特加同志", "zh", "Sandinista National Liberation Front"),
]


@pytest.mark.parametrize(("text", "title", "lang", "party"), COMRADE_MESSAGES)
def test_message_to_a_comrade_takes_his_countrys_one_party(text: str, title: str, lang: str,
                                                           party: str) -> None:
    rec = idcpc(text, title=title, lang=lang, published="2021-11-09")
    assert rec.event_type == "message"
    assert party in parties(rec)


def test_message_to_a_comrade_with_two_parties_named_stays_open() -> None:
    """Not over-fired: two parties of the country named leave the comrade's party open."""
    rec = idcpc("Xi Jinping sent a message to Comrade Nicolás Maduro on May 9. Xi said the United Socialist "
                "Party of Venezuela and the Communist Party of Venezuela have long been friends of the CPC.",
                title="Xi Jinping Sends Message to Comrade Nicolás Maduro", published="2021-11-09")
    assert not parties(rec)


def test_message_addressed_without_comrade_is_unchanged() -> None:
    """Not over-fired: "President Maduro" is a state office; the party in the words stays a topic."""
    rec = idcpc("Xi Jinping sent a message to President Nicolás Maduro on May 9. Xi said the United "
                "Socialist Party of Venezuela has won the elections.",
                title="Xi Jinping Sends Message to President Nicolás Maduro", published="2021-11-09")
    assert not parties(rec)


# --- the lead's first sentence is the page's exchange, with a party from elsewhere; a later sentence
# recalling the guests' earlier visit to a LAC country names no counterpart of the CPC

RECALLED_ONLY = [
    ("Photo: Liu Jianchao meets with a delegation of the Workers' Party of Korea. The delegation earlier "
     "visited Cuba.", "Photo", "en"),
    ("On May 9, Sun Haiyan met with a delegation of the Communist Party of Vietnam. The delegation had "
     "visited Venezuela and Nicaragua before coming to China.", "", "en"),
    ("5月9日，刘建超会见朝鲜劳动党代表团。代表团此前访问了古巴。", "图片新闻", "zh"),
]


@pytest.mark.parametrize(("text", "title", "lang"), RECALLED_ONLY)
def test_lac_named_only_in_a_recalled_visit_is_not_relevant(text: str, title: str, lang: str) -> None:
    assert not idcpc(text, title=title, lang=lang, published="2023-05-10").relevant


RECALLED_KEPT = [
    # the first sentence's guest is named only by a person: the recalled party may be his
    ("On May 9, Liu Jianchao met with Comrade Emilio Lozada in Beijing. Earlier this year, Liu had met "
     "with a delegation of the Communist Party of Cuba.", "Liu Jianchao Meets Comrade Emilio Lozada", "Cuba"),
    # the first sentence names the LAC guest
    ("On May 9, Liu Jianchao met with a delegation of the Communist Party of Cuba. The delegation earlier "
     "visited Viet Nam.", "Photo", "Cuba"),
]


@pytest.mark.parametrize(("text", "title", "country"), RECALLED_KEPT)
def test_recalled_lac_name_beside_no_outside_guest_stays(text: str, title: str, country: str) -> None:
    rec = idcpc(text, title=title, published="2023-05-10")
    assert rec.relevant
    assert rec.country == country


def test_a_party_in_what_was_said_is_no_counterpart_of_a_regional_course():
    """A course for cadres of several LAC countries: its counterpart is the group; a party the CPC
    side speaks of later is a topic, not the group's party."""
    text = ("Beijing, March 22nd--A training course for young cadres of political parties of Latin "
            "American and Caribbean countries opened in Beijing today. An IDCPC vice minister spoke at "
            "the opening.\n\nSome 30 young cadres from Argentina, Chile, Colombia and Mexico will visit "
            "Beijing and Zhejiang.\n\nBoth sides agreed to strengthen cooperation within the China-CELAC "
            "Forum.\n\nThe participants toured a rural cooperative in Zhejiang Province.\n\nHe said that "
            "the Communist Party of China is willing to work with the United Socialist Party of Venezuela "
            "to carry forward the traditional friendship.")
    title = "Training Course for Young Cadres of Latin American and Caribbean Parties Held"
    record = idcpc(text, title=title, published="2023-03-22")
    assert record.country == "multilateral"
    assert "United Socialist Party of Venezuela" not in parties(record)
    assert "leftist" not in record.mechanism


def test_a_party_in_what_was_said_is_no_contact_of_a_foreign_ministry_page():
    """The foreign ministry's counterpart is a state's principal: a party the Chinese side speaks of
    in a later paragraph adds no party contact."""
    text = ("On February 7, 2025, Foreign Minister Wang Yi held a phone call with the Foreign Minister of "
            "Uruguay.\n\nThe two sides exchanged views on bilateral relations.\n\nThe delegation also "
            "visited a rural cooperative in Chongqing. Liu said that the Communist Party of China is willing "
            "to work with the Broad Front of Uruguay to carry forward the traditional friendship.")
    record = mfa(text, title="Wang Yi Holds Phone Call with Foreign Minister of Uruguay",
                 published="2025-02-08")
    assert record.country == "Uruguay"
    assert "Broad Front" not in parties(record)


def test_comrades_as_a_predicate_address_no_one():
    """两党是亲密同志 ("the two parties are close comrades") in a third party's message is no LAC
    person addressed as a comrade: a roundup of non-LAC senders stays not relevant."""
    filler = "贺电高度评价中国共产党领导中国人民取得的伟大成就。"
    text = ("中共二十大胜利闭幕后，世界各国政党纷纷致电致函中共中央和习近平总书记，表示热烈祝贺。\n"
            + "\n".join(["越南共产党在贺电中表示，中共二十大具有重大历史意义。" + filler,
                         "朝鲜劳动党在贺电中强调，中国共产党和古巴共产党是亲密同志。" + filler,
                         "老挝人民革命党在贺电中表示热烈祝贺。" + filler]))
    record = idcpc(text, title="外国政党纷纷致电致函祝贺中共二十大胜利闭幕", published="2022-10-28")
    assert record.relevant is False
