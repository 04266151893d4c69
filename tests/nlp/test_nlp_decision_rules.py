"""The codebook's decision rules (../shared/eval/SCHEMA.md), each on self-written releases in
the sites' and the agencies' styles, English and Chinese (simplified and traditional)."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa, parties

from nlp import cues
from nlp.extract import extract_items
from nlp.gazetteer import to_traditional
from nlp.text import layout

AGENCY = "http://en.example-agency.cn/n3/2023/0612/c90000-1.html"
AGENCY_ZH = "http://paper.example-daily.cn/content/202306/12/content_1.html"


# ---------------------------------------------------------------- relevance: who counts

def test_an_agency_copy_without_a_cpc_side_is_not_a_party_exchange():
    record = idcpc("HANOI, June 11 (Xinhua) -- The head of Vietnam's ruling party met on Sunday with a "
                   "visiting leader of Brazil's Workers' Party (PT) to discuss cooperation between the "
                   "two parties.", title="Vietnamese party chief meets Brazilian PT leader", url=AGENCY,
                   published="2023-06-12")
    assert not record.relevant


def test_an_agency_copy_naming_the_cpc_side_is_relevant():
    record = idcpc("BEIJING, June 11 (Xinhua) -- A senior official of the Communist Party of China (CPC) "
                   "met on Sunday with a delegation of Brazil's Workers' Party (PT).",
                   title="Senior CPC official meets Brazilian PT delegation", url=AGENCY,
                   published="2023-06-12")
    assert record.relevant and record.country == "Brazil"


def test_an_idcpc_officials_name_is_the_party_side_on_an_agency_copy():
    record = idcpc("BEIJING, June 11 (Xinhua) -- Liu Jianchao met on Sunday with a delegation of "
                   "Brazil's Workers' Party (PT) led by its president.",
                   title="Liu Jianchao meets PT delegation", url=AGENCY, published="2023-06-12")
    assert record.relevant


@pytest.mark.parametrize("title", [
    "Interview: Ties with the CPC open new chances, says Chilean party leader",
    "Chinese Embassy in Barbados holds reception on the CPC's anniversary",
    "中国驻古巴大使馆举办中共二十大精神宣介会",
    "中國駐古巴大使館舉辦中共二十大精神宣介會",
])
def test_interviews_and_embassy_activities_report_no_exchange(title):
    record = idcpc("The Communist Party of China (CPC) and parties of Cuba, Chile and Barbados have worked "
                   "closely, the Cuban guests said at the event.", title=title, url=AGENCY,
                   published="2023-06-12", lang="zh" if "中" in title else "en")
    assert not record.relevant


@pytest.mark.parametrize("lang,title,text,relevant", [
    ("en", "Foreign Ministry Spokesperson's Remarks on Honduras's Decision to Establish Diplomatic Relations",
     "Q: Honduras announced that it will establish diplomatic relations with China. What is your comment? "
     "A: We welcome the decision of the Honduran government.", False),
    ("zh", "外交部发言人就洪都拉斯宣布同台湾断交答记者问",
     "问：洪都拉斯宣布同台湾断绝所谓外交关系，中方对此有何评论？答：我们对此表示赞赏。", False),
    ("en", "Foreign Ministry Spokesperson Announces President Lula's State Visit to China",
     "At the invitation of President Xi Jinping, President Luiz Inacio Lula da Silva of Brazil will pay a "
     "state visit to China from March 26 to 31.", True),
])
def test_a_spokespersons_remarks_comment_on_an_exchange_an_announcement_reports_one(
        lang, title, text, relevant):
    record = mfa(text, title=title, lang=lang, published="2023-03-15")
    assert record.relevant is relevant


@pytest.mark.parametrize("title,text,relevant", [
    ("Special Representative of the Chinese Government on Latin American Affairs Visits Argentina",
     "From June 5 to 12, the Special Representative of the Chinese Government on Latin American Affairs "
     "visited Argentina and met with officials of the Argentine foreign ministry.", False),
    ("Director-General of the Department of Latin American and Caribbean Affairs Meets Peruvian Diplomats",
     "On June 12, the Director-General of the Department of Latin American and Caribbean Affairs met with "
     "Peruvian diplomats in Beijing.", False),
    ("外交部拉美司司长会见秘鲁驻华大使", "2023年6月12日，外交部拉美司司长在北京会见秘鲁驻华大使。", False),
    ("Vice Foreign Minister Holds Political Consultations with Mexican Deputy Foreign Minister",
     "On June 12, Vice Foreign Minister Xie Feng held political consultations with the Mexican Deputy "
     "Foreign Minister in Beijing.", True),
])
def test_the_chinese_side_must_be_a_leader_a_minister_or_a_vice_minister(title, text, relevant):
    zh = "外交部" in title
    record = mfa(text, title=title, lang="zh" if zh else "en", published="2023-06-13")
    assert record.relevant is relevant


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Argentine, Brazilian presidents pledge closer regional integration",
     "BUENOS AIRES, Jan. 23 (Xinhua) -- Argentine President Alberto Fernandez and his visiting Brazilian "
     "counterpart Luiz Inacio Lula da Silva held talks on Monday and pledged to deepen regional "
     "integration ahead of the CELAC summit."),
    ("zh", "阿根廷巴西总统会晤",
     "阿根廷总统费尔南德斯和到访的巴西总统卢拉23日在布宜诺斯艾利斯举行会晤，表示愿推进区域一体化。"),
])
def test_lac_leaders_meeting_each_other_are_no_exchange_with_china(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2023-01-24", url=AGENCY)
    assert not record.relevant
    assert any("no Chinese side" in note for note in record.notes)


@pytest.mark.parametrize("lang,title,text,country", [
    ("en", "Xi Jinping Meets with Kenyan President Ruto",
     "On November 18, 2024 local time, President Xi Jinping met with Kenyan President William Ruto on the "
     "sidelines of the G20 Summit in Rio de Janeiro, Brazil.", None),
    ("zh", "习近平会见英国首相斯塔默",
     "当地时间2024年11月18日，国家主席习近平在巴西里约热内卢出席二十国集团领导人峰会期间"
     "会见英国首相斯塔默。", None),
    ("en", "Li Qiang Meets with Russian Prime Minister",
     "On November 15, Premier Li Qiang met with the Russian Prime Minister in Lima, Peru, on the sidelines "
     "of the APEC meeting.", None),
    ("en", "Xi Jinping Meets with Brazilian President Lula",
     "On November 18, 2024 local time, President Xi Jinping met with Brazilian President Lula on the "
     "sidelines of the G20 Summit in Rio de Janeiro, Brazil.", "Brazil"),
])
def test_a_lac_country_named_only_as_the_place_of_a_meeting_with_another_country_is_no_counterpart(
        lang, title, text, country):
    record = mfa(text, title=title, lang=lang, published="2024-11-19")
    assert record.relevant is (country is not None) and record.country == country


@pytest.mark.parametrize("source,title,text", [
    ("mfa", "Wang Yi Holds Talks with Spanish Foreign Minister",
     "On June 12, Foreign Minister Wang Yi held talks with Spanish Foreign Minister Jose Manuel Albares in "
     "Beijing. The two sides agreed to strengthen trilateral cooperation with Latin America."),
    ("mfa", "Xi Jinping Meets with Portuguese President",
     "On June 12, President Xi Jinping met with Portuguese President Marcelo Rebelo de Sousa. Xi said the "
     "two countries can work together with Portuguese-speaking countries such as Brazil."),
    ("idcpc", "Liu Jianchao Meets PSOE Delegation",
     "Beijing, June 12th -- Liu Jianchao met with a delegation of the Spanish Socialist Workers' Party. "
     "Both sides discussed cooperation with Latin American left parties."),
])
def test_lac_names_in_the_lead_of_a_headline_about_another_country_are_topics(source, title, text):
    record = (mfa if source == "mfa" else idcpc)(text, title=title, published="2023-06-13")
    assert not record.relevant
    assert any("outside LAC" in note for note in record.notes)


def test_a_trip_whose_headline_names_a_lac_stop_among_others_stays_relevant():
    record = mfa("BEIJING, Nov. 27 (Xinhua) -- Chinese President Xi Jinping left Beijing on Tuesday for "
                 "state visits to Spain, Argentina, Panama and Portugal.",
                 title="Xi leaves Beijing for state visits to Spain, Argentina, Panama, Portugal",
                 published="2018-11-28", url=AGENCY)
    assert record.relevant and record.country == "multilateral"


def test_the_head_of_states_letter_to_a_state_summit_is_not_a_party_exchange():
    record = idcpc("新华社北京6月11日电 6月10日,拉美和加勒比国家共同体峰会在洪都拉斯举行,国家主席习近平向"
                   "峰会致贺信。",
                   title="习近平向拉共体峰会致贺信", url=AGENCY_ZH, lang="zh", published="2023-06-12")
    assert not record.relevant


# ---------------------------------------------------------------- event type (IDCPC)

def test_a_letter_to_a_seminar_is_a_seminar():
    record = idcpc("Beijing, June 9th--Xi Jinping, General Secretary of the CPC Central Committee, sent a "
                   "congratulatory letter to the theory seminar between the CPC and the Communist Party "
                   "of Cuba, which opened in Havana today.",
                   title="Xi sends congratulatory letter to CPC-PCC theory seminar")
    assert record.event_type == "seminar"
    assert record.content == "knowledge exchange"


def test_a_meeting_with_a_study_group_is_a_meeting_and_knowledge_exchange():
    record = idcpc("6月8日,省委副书记在福州会见来访的乌拉圭广泛阵线干部考察团一行。",
                   title="省领导会见乌拉圭广泛阵线干部考察团", lang="zh", url=AGENCY_ZH,
                   published="2023-06-09")
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


def test_traditional_characters_read_like_simplified():
    record = idcpc("6月8日,省委副書記在福州會見來訪的烏拉圭廣泛陣線幹部考察團一行。",
                   title="省領導會見烏拉圭廣泛陣線幹部考察團", lang="zh", url=AGENCY_ZH,
                   published="2023-06-09")
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


def test_a_meeting_during_a_visit_in_the_lead_is_a_meeting():
    record = idcpc("MEXICO CITY, Oct. 14 (Xinhua) -- A CPC official said on Sunday that the party values its "
                   "ties with Mexico's Morena party, during a meeting with its president on his visit here. "
                   "The official offered congratulations on Morena's recent election results.",
                   title="CPC values ties with Mexican party: official", url=AGENCY, published="2012-10-15")
    assert record.event_type == "meeting"


@pytest.mark.parametrize("lang, title, text", [
    ("zh", "中共代表团拜会古巴国家主席", "哈瓦那5月10日电 应古巴共产党邀请，"
     "中共代表团于5月8日至12日访问古巴。代表团团长10日拜会古巴国家主席、古共中央第一书记迪亚斯-卡内尔，并同"
     "古共领导人举行会谈。"),
    ("zh", "刘建超与乌拉圭广泛阵线主席会面", "蒙得维的亚5月10日电 正在乌拉圭访问的中联部部长刘建超10日"
     "与乌拉圭广泛阵线主席佩雷拉会面。"),
    ("en", "CPC Delegation Calls on Cuban President", "HAVANA, May 10 (Xinhua) -- A delegation of the "
     "Communist Party of China visiting Cuba called on Cuban President Miguel Diaz-Canel on Wednesday."),
])
def test_a_headline_courtesy_call_during_a_visit_is_a_meeting(lang, title, text):
    """Rule 4: a page whose headline is one meeting, also during a visit, is a meeting; 拜会 and
    "calls on" are a courtesy call, 会面 a meeting."""
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2023-05-10")
    assert record.event_type == "meeting" and record.event_date == "2023-05-10"


def test_an_online_meeting_of_many_parties_is_the_event_it_is():
    record = idcpc("Beijing, June 9th--The IDCPC held an online seminar today with leaders of more than "
                   "20 parties from Latin America and the Caribbean on poverty reduction.",
                   title="IDCPC holds online seminar with Latin American and Caribbean parties")
    assert record.event_type == "seminar"
    assert record.country == "multilateral"


def test_a_video_conversation_of_two_sides_is_a_video_call():
    record = idcpc("Beijing, June 9th--Liu Jianchao held a video call today with the general secretary of "
                   "the Communist Party of Cuba's central committee.",
                   title="Liu Jianchao holds video call with PCC leader")
    assert record.event_type == "video_call"


# ---------------------------------------------------------------- country, mechanism: worldwide platforms

def test_lac_participants_at_a_worldwide_briefing_are_multilateral_and_global():
    record = idcpc("Beijing, June 9th--The IDCPC held a briefing here today on the CPC's plenary session "
                   "for political parties from around the world. More than 300 representatives of over 100 "
                   "parties, including leaders of the Socialist Party of Chile and of a Serbian party, "
                   "attended.", title="IDCPC holds briefing on CPC plenary session for world parties")
    assert record.relevant
    assert record.country == "multilateral" and record.exchange_type == "multilateral"
    assert record.event_type == "briefing"
    assert record.mechanism[0] == "global" and "leftist" in record.mechanism


def test_lac_countries_named_after_the_lead_of_a_worldwide_briefing_are_global():
    record = idcpc("Beijing, June 12th -- The IDCPC held a briefing today on the Third Plenary Session of "
                   "the 20th CPC Central Committee for diplomats of more than 80 countries.\n\nThe "
                   "ambassadors of Argentina and Cuba asked questions about the reforms.",
                   title="CPC Holds Briefing for Foreign Diplomats", published="2024-07-25")
    assert record.relevant and record.country == "multilateral" and record.event_type == "briefing"
    assert record.mechanism == ["global"]


def test_a_worldwide_event_without_lac_participants_is_not_relevant():
    record = idcpc("Beijing, June 9th--The IDCPC held a briefing here today on the CPC's plenary session "
                   "for political parties from around the world, attended by leaders of a Serbian and a "
                   "Kenyan party.", title="IDCPC holds briefing on CPC plenary session for world parties")
    assert not record.relevant


# ------------------------------------------------------- country: counterparts named only in the body

IDCPC_NEWS = "https://www.idcpc.org.cn/english/news/202306/t20230612_1.html"


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Xi Jinping sends congratulatory letter",
     "BEIJING, June 11 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, on Sunday "
     "sent a congratulatory letter on the opening of a party congress.\n\nIn the letter to Daniel Ortega, "
     "general secretary of the Sandinista National Liberation Front (FSLN) of Nicaragua, Xi said the CPC "
     "values its ties with the FSLN."),
    ("zh", "习近平致贺信",
     "新华社北京6月11日电 中共中央总书记习近平11日致信祝贺党代会召开，向大会的全体代表致以热烈的祝贺，并"
     "表示愿同各方一道推动两党关系不断向前发展，为两国人民带来更多福祉。\n\n"
     "习近平在致尼加拉瓜桑地诺民族解放阵线总书记奥尔特加的贺信中表示，中方高度重视两党关系。"),
    ("zh", "習近平致賀信",
     "新華社北京6月11日電 中共中央總書記習近平11日致信祝賀黨代會召開，向大會的全體代表致以熱烈的祝賀，並"
     "表示願同各方一道推動兩黨關係不斷向前發展，為兩國人民帶來更多福祉。\n\n"
     "習近平在致尼加拉瓜桑地諾民族解放陣線總書記奧爾特加的賀信中表示，中方高度重視兩黨關係。"),
])
def test_a_counterpart_named_only_after_the_lead_is_the_counterpart(lang, title, text):
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2023-06-12")
    assert record.relevant and record.country == "Nicaragua" and record.event_type == "message"
    assert parties(record) == {"Sandinista National Liberation Front"}
    assert any("early body" in note for note in record.notes)


def test_participants_from_several_lac_countries_named_after_the_lead_are_regional():
    record = idcpc("BEIJING, June 11 -- A theory seminar on party building was held in Beijing on Sunday "
                   "by the International Department of the CPC Central Committee.\n\nLeaders of the "
                   "Workers' Party of Brazil, the Communist Party of Chile and the Broad Front of Uruguay "
                   "attended and exchanged views with Chinese officials.",
                   title="Theory seminar on party building held", url=IDCPC_NEWS, published="2023-06-12")
    assert record.relevant and record.country == "multilateral" and record.event_type == "seminar"
    assert record.mechanism == ["regional", "leftist"]
    assert len(parties(record)) == 3


def test_lac_participants_named_after_the_lead_among_others_are_global():
    record = idcpc("BEIJING, June 11 -- A theory seminar on party building was held in Beijing on Sunday by "
                   "the International Department of the CPC Central Committee.\n\nLeaders of the Communist "
                   "Party of Vietnam, the Lao People's Revolutionary Party and the Communist Party of Cuba "
                   "attended.", title="Theory seminar on party building held", url=IDCPC_NEWS,
                   published="2023-06-12")
    assert record.relevant and record.country == "multilateral"
    assert record.mechanism[0] == "global"


ASIDE_ZH = ("中联部负责人11日在京会见代表团，双方就两党关系和共同关心的国际和地区问题深入交换意见，"
            "一致同意进一步加强治国理政经验交流，推动两党关系不断向前发展。\n\n"
            "双方回顾了去年与古巴共产党共同举办的论坛。")
ASIDE_EN = ("BEIJING, June 11 -- A senior CPC official met with the delegation on Sunday.\n\nBoth sides "
            "recalled the party forum held with the Communist Party of Cuba last year.")


@pytest.mark.parametrize("title", [
    "Senior CPC official meets Mongolian delegation",
    "Senior CPC official meets delegation from Africa",
    "中联部负责人会见越南共产党代表团",
])
def test_a_lac_aside_on_a_page_about_another_country_is_not_relevant(title):
    zh = "中" in title
    record = idcpc(ASIDE_ZH if zh else ASIDE_EN, title=title, url=IDCPC_NEWS, lang="zh" if zh else "en",
                   published="2023-06-12")
    assert not record.relevant


def test_foreign_visitors_listed_without_an_event_are_no_exchange():
    record = idcpc("BEIJING, June 11 -- A spokesperson of the IDCPC spoke to reporters on Sunday about "
                   "its work this year.\n\nIt received delegations of the Communist Party of Vietnam and "
                   "of the Communist Party of Cuba, a spokesperson said.",
                   title="IDCPC holds press conference", url=IDCPC_NEWS, published="2023-06-12")
    assert not record.relevant


# ---------------------------------------------------------------- cues are data

def test_cues_are_data_with_traditional_spellings():
    assert "會見" in cues.source("headline_meeting")
    kinds = [kind for kind, _ in cues.rules("idcpc")]
    # the codebook's precedence: the event before the medium
    assert kinds.index("seminar") < kinds.index("message")
    assert kinds.index("training_course") < kinds.index("video_call")


# ---------------------------------------------------------------- event type (foreign ministry)

def test_the_headline_picks_the_exchange_and_the_lead_gives_its_type():
    record = mfa("BEIJING, June 12 (Xinhua) -- Chinese President Xi Jinping held talks with Honduran "
                 "President Xiomara Castro in Beijing on Monday.", title="Xi meets Honduran president",
                 published="2023-06-12")
    assert record.event_type == "talks"


@pytest.mark.parametrize("text,expected", [
    ("On September 24, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto van Klaveren "
     "in New York during the 79th session of the UN General Assembly.", "meeting_on_sidelines"),
    ("On July 6, Premier Li Qiang met with the President of Uruguay in Rio de Janeiro during the 17th "
     "BRICS Summit.", "meeting_on_sidelines"),
    ("On September 24, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto van Klaveren "
     "in Beijing. During the meeting, both sides agreed to prepare the next China-CELAC Forum.", "meeting"),
])
def test_a_meeting_during_a_named_summit_is_on_the_sidelines(text, expected):
    record = mfa(text, title="Wang Yi Meets with Chilean Foreign Minister", published="2024-09-25")
    assert record.event_type == expected


@pytest.mark.parametrize("title,lang", [
    ("Wang Yi Briefs the Media on President Xi Jinping's State Visit to Brazil", "en"),
    ("王毅向媒体介绍习近平主席对巴西进行国事访问情况", "zh"),
    ("王毅向中外记者介绍习近平主席对巴西进行国事访问情况", "zh"),
])
def test_a_ministers_briefing_on_a_trip_is_other(title, lang):
    text = ("2024年11月21日，外交部长王毅向媒体介绍习近平主席对巴西进行国事访问的情况。" if lang == "zh" else
            "On November 21, Foreign Minister Wang Yi briefed the media on President Xi Jinping's state "
            "visit to Brazil.")
    record = mfa(text, title=title, lang=lang, published="2024-11-21")
    assert record.event_type == "other" and record.head_of_state_level is False


@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "Xi Jinping Sends Congratulatory Message to Claudia Sheinbaum on Her Inauguration",
     "On October 1, 2024, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum on her "
     "inauguration as President of Mexico. Xi's special envoy attended the inauguration ceremony.",
     "message"),
    ("zh", "王毅会见巴西外长维埃拉",
     "2023年6月12日，外交部长王毅在北京会见巴西外长维埃拉。会见后，两国外长共同会见记者。", "meeting"),
    ("en", "Xi Jinping Meets with Argentine President Milei",
     "On November 18, 2024, President Xi Jinping met with Argentine President Javier Milei in Rio de "
     "Janeiro, where Xi delivered a keynote speech at the G20 Summit.", "meeting_on_sidelines"),
    ("en", "Xi Jinping's Special Envoy Attends Inauguration of Mexican President",
     "On October 1, 2024, Xi Jinping's special envoy attended the inauguration ceremony of Mexican "
     "President Claudia Sheinbaum.", "other"),
    ("en", "Vice President Han Zheng Meets with Mexican President and Attends Her Inauguration",
     "On October 1, 2024, Vice President Han Zheng met with Mexican President Claudia Sheinbaum in "
     "Mexico City.", "meeting"),
])
def test_the_headlines_exchange_outranks_a_speech_or_ceremony_in_the_lead(lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2024-10-02")
    assert record.event_type == expected


@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "Li Qiang Receives Brazilian Vice President",
     "On June 12, Premier Li Qiang received Brazilian Vice President Geraldo Alckmin at the Great Hall of "
     "the People.", "meeting"),
    ("zh", "李强同巴西总统卢拉见面", "2023年6月12日，国务院总理李强在北京同巴西总统卢拉见面。", "meeting"),
    ("zh", "王毅同阿根廷外长会面", "2023年6月12日，外交部长王毅在北京同阿根廷外长卡菲耶罗会面。", "meeting"),
    ("en", "Xi Jinping Receives Congratulatory Message from Cuban President",
     "On June 12, President Xi Jinping received a congratulatory message from Cuban President Miguel "
     "Diaz-Canel.", "message"),
    ("en", "Wang Yi Receives Phone Call from Brazilian Foreign Minister",
     "On June 12, Foreign Minister Wang Yi received a phone call from Brazilian Foreign Minister Mauro "
     "Vieira.", "phone_call"),
])
def test_received_and_its_chinese_words_are_a_meeting_unless_a_message_or_call_was(
        lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2023-06-13")
    assert record.event_type == expected


@pytest.mark.parametrize("title,text,expected", [
    ("Xi meets Cuban PM, extends condolences over hurricane",
     "BEIJING, Oct. 10 (Xinhua) -- Chinese President Xi Jinping met with Cuban Prime Minister Manuel "
     "Marrero Cruz in Beijing on Tuesday and expressed condolences over the hurricane.", "meeting"),
    ("Xi, Lula hold talks, exchange congratulations on anniversary of ties",
     "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President "
     "Luiz Inacio Lula da Silva in Beijing on Friday.", "talks"),
    ("Xi sends condolences to Cuban president over hurricane",
     "BEIJING, Oct. 10 (Xinhua) -- Chinese President Xi Jinping on Tuesday sent a message of condolences "
     "to Cuban President Miguel Diaz-Canel over the hurricane.", "message"),
])
def test_message_words_after_the_headlines_meeting_are_what_was_said_there(title, text, expected):
    record = mfa(text, title=title, published="2023-10-11", url=AGENCY)
    assert record.event_type == expected


def test_talks_during_a_summit_stay_talks_a_meeting_there_is_on_the_sidelines():
    talks = mfa("LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping held talks with Chilean President "
                "Gabriel Boric on the sidelines of the APEC meeting on Thursday.",
                title="Xi holds talks with Chilean president", published="2024-11-15")
    assert talks.event_type == "talks"
    meeting = mfa("LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping met with Chilean President "
                  "Gabriel Boric on the sidelines of the APEC meeting on Thursday.",
                  title="Xi meets Chilean president", published="2024-11-15")
    assert meeting.event_type == "meeting_on_sidelines"


@pytest.mark.parametrize("lang,title,text", [
    ("en", "China, Honduras establish diplomatic relations",
     "BEIJING, March 26 (Xinhua) -- China and Honduras issued a joint communique on the establishment of "
     "diplomatic relations on Sunday. The full text is as follows:\n\nBoth sides agree to exchange "
     "ambassadors without delay and to work together in every field."),
    ("zh", "中国同洪都拉斯建交",
     "新华社北京3月26日电 中华人民共和国和洪都拉斯共和国关于建立外交关系的联合公报全文如下：\n\n"
     "双方同意自即日起互派大使，开展各领域友好合作。"),
])
def test_a_lead_giving_the_full_text_makes_the_page_the_statement(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2023-03-27", url=AGENCY)
    assert record.event_type == "joint_statement"


def test_a_headline_exchange_outranks_the_statement_text_in_its_lead():
    record = mfa("BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian "
                 "President Luiz Inacio Lula da Silva on Friday, and the two sides issued a joint statement. "
                 "The full text is as follows:", title="Xi, Lula hold talks in Beijing",
                 published="2023-04-15", url=AGENCY)
    assert record.event_type == "talks"


def test_a_page_commenting_on_a_joint_statement_is_not_the_statement():
    record = mfa("QUITO, Feb. 11 (Xinhua) -- Ecuador's foreign minister said on Friday that the joint "
                 "statement issued during President Guillermo Lasso's visit to China opens a new stage.",
                 title="Ecuadorian FM: joint statement opens new stage in ties with China",
                 published="2022-02-12")
    assert record.event_type != "joint_statement"
    statement = mfa("The People's Republic of China and the Republic of Ecuador issued the following joint "
                    "statement during President Guillermo Lasso's state visit to China.",
                    title="Joint Statement between the People's Republic of China and the Republic of "
                          "Ecuador",
                    published="2022-02-06")
    assert statement.event_type == "joint_statement"


def test_a_virtual_meeting_is_a_video_call():
    record = mfa("State Councilor Wang Yi talked with Foreign Minister Denis Moncada of Nicaragua in a "
                 "virtual meeting on Friday evening, both men linked from their capitals.",
                 title="Wang Yi and Nicaraguan Foreign Minister talk in virtual meeting",
                 published="2021-12-10")
    assert record.event_type == "video_call"


# ---------------------------------------------------------------- head-of-state level

@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "Xi Jinping Meets Special Envoy of Brazilian President",
     "On June 12, President Xi Jinping met in Beijing with Celso Amorim, special envoy of Brazilian "
     "President Luiz Inacio Lula da Silva.", False),
    ("en", "Xi Jinping Meets Lula's Special Envoy",
     "On June 12, President Xi Jinping met in Beijing with Brazilian President Luiz Inacio Lula da "
     "Silva's special envoy Celso Amorim.", False),
    ("zh", "习近平会见巴西总统特使",
     "2023年6月12日，国家主席习近平在北京会见巴西总统卢拉特使阿莫林。", False),
    ("zh", "习近平会见巴西总统卢拉的特使",
     "2023年6月12日，国家主席习近平在北京会见巴西总统卢拉的特使阿莫林。", False),
    ("zh", "习近平会见巴西总统卢拉", "2023年6月12日，国家主席习近平在北京会见巴西总统卢拉。", True),
])
def test_a_lac_heads_special_envoy_is_the_counterpart_not_the_head(lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2023-06-13")
    assert record.relevant and record.head_of_state_level is expected


@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "Xi Jinping Meets with Former Brazilian President Lula",
     "On June 12, 2019, President Xi Jinping met in Beijing with former Brazilian President Luiz Inacio "
     "Lula da Silva.", False),
    ("en", "Xi Jinping Meets with NDB President Dilma Rousseff",
     "On June 12, 2023, President Xi Jinping met in Beijing with Dilma Rousseff, President of the New "
     "Development Bank and former President of Brazil.", False),
    ("zh", "习近平会见巴西前总统卢拉", "2019年6月12日，国家主席习近平在北京会见巴西前总统卢拉。", False),
    ("zh", "李强会见巴西副总统阿尔克明",
     "2023年6月12日，国务院总理李强在北京会见巴西副总统阿尔克明。", False),
    ("zh", "习近平会见尼加拉瓜总统",
     "2023年8月31日，国家主席习近平在人民大会堂会见尼加拉瓜副总统穆里略陪同的总统奥尔特加。", True),
])
def test_a_former_head_or_a_vice_president_is_not_a_head_in_office(lang, title, text, expected):
    published = "2019-06-13" if "2019" in text else "2023-06-13"
    record = mfa(text, title=title, lang=lang, published=published)
    assert record.relevant and record.head_of_state_level is expected


def test_a_re_elected_president_is_in_office_a_newly_elected_one_is_not_yet():
    again = mfa("BEIJING, Feb. 6 (Xinhua) -- In a message sent on Tuesday, President Xi Jinping "
                "congratulated Nayib Bukele on his re-election as president of El Salvador and wished the "
                "Salvadoran people well.", title="Xi sends congratulations to Bukele", published="2024-02-06")
    assert again.counterpart == "Nayib Bukele, President" and again.head_of_state_level
    elect = mfa("BEIJING, Dec. 21 (Xinhua) -- In a message sent on Monday, President Xi Jinping "
                "congratulated Gabriel Boric on his election as Chile's president, voicing hope for closer "
                "ties.", title="Xi sends congratulations to Chile's president-elect", published="2021-12-21")
    assert elect.counterpart == "Gabriel Boric, President-elect" and not elect.head_of_state_level


def test_chinese_congratulation_on_an_election_is_to_an_elect():
    elect = mfa("新华社北京12月21日电 国家主席习近平20日致电博里奇,祝贺他当选智利共和国总统,并表示愿同他"
                "共同努力。",
                title="习近平致电祝贺博里奇当选智利总统", lang="zh", published="2021-12-21")
    assert not elect.head_of_state_level
    again = mfa("新华社北京2月7日电 2月6日,国家主席习近平致电布格莱,祝贺他连任萨尔瓦多共和国总统。",
                title="习近平致电祝贺布格莱连任萨尔瓦多总统", lang="zh", published="2024-02-07")
    assert again.head_of_state_level


def test_a_letter_to_a_summit_has_no_head_of_state_counterpart():
    record = mfa("新华社北京4月10日电 4月9日,拉美和加勒比国家共同体峰会在洪都拉斯举行,国家主席习近平向峰"
                 "会致贺信。",
                 title="习近平向拉共体峰会致贺信", lang="zh", published="2025-04-10")
    assert record.event_type == "message"
    assert not record.head_of_state_level
    assert "习近平" not in (record.counterpart or "")


# ---------------------------------------------------------------- event date: relative days

@pytest.mark.parametrize("text, lang, expected", [
    ("BEIJING, March 9 (Xinhua) -- Liu Jianchao met yesterday with a delegation of the Communist Party "
     "of Cuba.", "en", "2023-03-08"),
    ("新华社北京3月9日电 中联部部长刘建超昨天在北京会见古巴共产党代表团。", "zh", "2023-03-08"),
    ("新華社北京3月9日電 中聯部部長劉建超昨天在北京會見古巴共產黨代表團。", "zh", "2023-03-08"),
    ("新华社北京3月9日电 中联部部长刘建超当天在北京会见古巴共产党代表团。", "zh", "2023-03-09"),
    ("BEIJING, March 9 (Xinhua) -- Liu Jianchao met on Monday with a delegation of the Communist Party "
     "of Cuba.", "en", "2023-03-06"),
])
def test_relative_days_count_from_the_dateline(text, lang, expected):
    record = idcpc(text, title="", lang=lang, published="2023-03-10", url=AGENCY)
    assert record.event_date == expected


def test_recently_gives_no_day():
    record = idcpc("BEIJING, March 9 (Xinhua) -- Liu Jianchao recently met with a delegation of the "
                   "Communist Party of Cuba in Beijing.", title="", published="2023-03-10", url=AGENCY)
    assert record.relevant and record.event_date is None
    zh = idcpc("新华社北京3月9日电 中联部部长刘建超近日在北京会见古巴共产党代表团。", title="", lang="zh",
               published="2023-03-10", url=AGENCY_ZH)
    assert zh.relevant and zh.event_date is None


# ---------------------------------------------------------------- country: trips

def test_a_trip_to_several_lac_countries_is_multilateral_to_one_and_others_that_country():
    several = mfa("BEIJING, Nov. 27 (Xinhua) -- President Xi Jinping left Beijing on Tuesday for state "
                  "visits "
                  "to Spain, Argentina, Panama and Portugal.", title="", published="2018-11-27")
    assert several.country == "multilateral"
    one = mfa("BEIJING, Nov. 27 (Xinhua) -- President Xi Jinping left Beijing on Tuesday for state visits "
              "to Spain, Argentina and Portugal.", title="", published="2018-11-27")
    assert one.country == "Argentina"


ANNOUNCED_EN = ("BEIJING, March 2 -- Foreign Ministry Spokesperson announced on Monday: At the invitation of "
                "President Gabriel Boric of Chile, President Xi Jinping will pay a state visit to Chile from "
                "March 10 to 13. At the invitation of President Gustavo Petro of Colombia, President Xi "
                "Jinping will pay a state visit to Colombia from March 13 to 16.\n"
                "Asked about the trip, the spokesperson said the visits would deepen ties.")
ANNOUNCED_ZH = ("新华社北京3月2日电 外交部发言人宣布：\n应智利共和国总统博里奇邀请，"
                "国家主席习近平将于3月10日至13日对智利进行国事访问。\n"
                "应哥伦比亚共和国总统佩特罗邀请，国家主席习近平将于3月13日至16日对哥伦比亚进行国事访问。\n"
                "发言人就此答记者问。")


@pytest.mark.parametrize("lang, text", [("en", ANNOUNCED_EN), ("zh", ANNOUNCED_ZH),
                                        ("zh", to_traditional(ANNOUNCED_ZH))])
def test_an_announcement_giving_each_lac_stop_its_own_sentence_is_a_trip_to_several(lang, text):
    record = mfa(text, title="", lang=lang, published="2026-03-02")
    assert record.relevant and record.country == "multilateral" and record.event_type == "state_visit"
    assert all("邀" not in c.name for c in record.contacts)  # 应…总统博里奇邀请: the name ends before 邀请


def test_a_chinese_name_ends_before_the_verb_that_follows_it():
    record = idcpc("新华社北京3月6日电 委内瑞拉总统查韦斯病逝。中共中央总书记习近平6日致唁电，"
                   "对委内瑞拉总统查韦斯病逝表示深切哀悼。", title="习近平就查韦斯病逝致唁电", lang="zh",
                   published="2013-03-06", url=AGENCY_ZH)
    assert [c.name for c in record.contacts] == ["查韦斯 (Hugo Chávez)"]


def test_a_later_sentence_recalling_another_visit_is_no_second_stop():
    record = mfa("BEIJING, March 2 -- At the invitation of President Gabriel Boric of Chile, President Xi "
                 "Jinping will pay a state visit to Chile from March 10 to 13.\nXi paid a state visit to "
                 "Colombia in 2016, the spokesperson recalled.", title="", published="2026-03-02")
    assert record.country == "Chile"


# ---------------------------------------------------------------- enumerations bind people to parties

def test_an_enumeration_binds_each_person_to_their_party():
    record = idcpc("BEIJING, May 10 (Xinhua) -- Liu Jianchao, head of the IDCPC, met respectively with "
                   "Gleisi "
                   "Hoffmann, President of the Workers' Party of Brazil, Roberto Morales, First "
                   "Secretary of the "
                   "Communist Party of Cuba's Central Committee, and Diosdado Cabello, First Vice "
                   "President of "
                   "the United Socialist Party of Venezuela, on Wednesday.",
                   title="Liu Jianchao meets Latin American party leaders", url=AGENCY,
                   published="2023-05-11")
    people = {c.name: c.party for c in record.contacts}
    assert people["Gleisi Hoffmann"] == "Workers' Party (Brazil)"
    assert people["Roberto Morales"] == "Communist Party of Cuba"
    assert people["Diosdado Cabello"] == "United Socialist Party of Venezuela"
    assert record.country == "multilateral"


def test_a_chinese_list_binds_each_person_to_their_party_without_guessing_other_countries_leaders():
    record = idcpc("新华社北京5月10日电 中联部部长刘建超10日在京分别会见巴西劳工党主席格莱西、古巴共产党"
                   "中央书记莫拉莱斯"
                   "和委内瑞拉统一社会主义党第一副主席卡贝略。", title="刘建超分别会见拉美政党领导人",
                   lang="zh",
                   url=AGENCY_ZH, published="2023-05-11")
    people = {c.name: c.party for c in record.contacts}
    assert people["莫拉莱斯"] == "Communist Party of Cuba"  # not Bolivia's Evo Morales
    assert people["格莱西"] == "Workers' Party (Brazil)"


@pytest.mark.parametrize("written", ["Communist Party of Peru (Red Fatherland)",
                                     'Communist Party of Peru "Patria Roja"',
                                     "Communist Party of Peru - Red Fatherland"])
def test_a_party_name_with_its_qualifier_is_the_one_party_the_qualifier_names(written):
    record = idcpc(f"BEIJING, July 1 -- Liu Jianchao, head of the IDCPC, met with Alberto Moreno, chairman "
                   f"of the {written}, in Beijing on Monday.", title="Liu Jianchao Meets Peruvian Guests",
                   published="2019-07-01")
    assert parties(record) == {"Communist Party of Peru – Red Fatherland"}


def test_a_party_name_followed_by_another_party_stays_two_parties():
    record = idcpc("BEIJING, July 1 -- Liu Jianchao, head of the IDCPC, met with leaders of the Communist "
                   "Party of Peru (Workers' Party of Brazil observers attending) in Beijing on Monday.",
                   title="Liu Jianchao Meets Latin American Guests", published="2019-07-01")
    assert "Peruvian Communist Party" in parties(record)


# ---------------------------------------------------------------- partnership: history decides

def test_a_first_partnership_elevated_to_is_established():
    # Uruguay had no partnership with China before October 2016: "elevated to" is an establishment
    record = mfa("BEIJING, Oct. 18 (Xinhua) -- President Xi Jinping and Uruguayan President Tabare Vazquez "
                 "held talks on Tuesday and announced that bilateral ties are elevated to a strategic "
                 "partnership.", title="Xi holds talks with Uruguayan president", published="2016-10-18")
    assert record.partnership_action == "establish"
    assert record.partnership_level == "strategic partnership"


def test_an_existing_partnership_raised_is_upgraded_even_without_the_old_level():
    record = mfa("BEIJING, Nov. 22 (Xinhua) -- President Xi Jinping and Uruguayan President Luis Lacalle Pou "
                 "held talks on Wednesday and announced that they establish a comprehensive strategic "
                 "partnership.", title="Xi holds talks with Uruguayan president", published="2023-11-22")
    assert record.partnership_action == "upgrade"
    assert record.partnership_level == "comprehensive strategic partnership"


def test_a_step_decided_now_for_later_counts_in_traditional_characters_too():
    record = mfa("新華社三亞4月6日電 國家主席習近平6日在三亞同秘魯總統舉行會談。兩國元首宣佈,將中秘關係提"
                 "升為全面戰略夥伴關係。",
                 title="習近平同秘魯總統舉行會談", lang="zh", published="2013-04-07")
    assert record.partnership_action == "upgrade"
    assert record.partnership_level == "comprehensive strategic partnership"


def test_a_level_only_recalled_is_no_action():
    record = mfa("BEIJING, May 5 (Xinhua) -- President Xi Jinping held talks with Peruvian President Dina "
                 "Boluarte on Monday, saying the comprehensive strategic partnership the two countries "
                 "set up "
                 "in 2013 has served both peoples.", title="Xi holds talks with Peruvian president",
                 published="2025-05-05")
    assert record.partnership_action is None


# ---------------------------------------------------------------- mechanism: leftist

def test_a_government_of_a_leftist_ruling_party_is_leftist_by_the_day():
    left = idcpc("BEIJING, March 3 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, "
                 "met on Friday with Venezuelan Foreign Minister Yvan Gil.",
                 title="Xi meets Venezuelan foreign minister", url=AGENCY, published="2023-03-04")
    assert left.mechanism == ["bilateral", "leftist"]
    right = idcpc("BEIJING, March 3 (Xinhua) -- Xi Jinping, general secretary of the CPC Central Committee, "
                  "met on Friday with Argentine Foreign Minister Gerardo Werthein.",
                  title="Xi meets Argentine foreign minister", url=AGENCY, published="2025-03-04")
    assert right.mechanism == ["bilateral"]


def test_a_visit_whose_lead_reports_a_briefing_is_a_briefing():
    record = idcpc("HAVANA, Dec. 2 (Xinhua) -- A CPC delegation briefed leaders of the Communist Party "
                   "of Cuba "
                   "on the outcomes of the 20th CPC National Congress here on Thursday.",
                   title="CPC delegation visits Cuba", url=AGENCY, published="2022-12-02")
    assert record.event_type == "briefing"
    assert record.content == "knowledge exchange"


def test_a_visit_page_is_a_state_visit_for_a_head_of_state_and_official_for_others():
    premier = mfa("SANTIAGO, May 24 (Xinhua) -- Chinese Premier Li Qiang arrived here on Friday for a visit "
                  "to Chile.", title="Chinese premier arrives in Chile", published="2025-05-24")
    assert premier.event_type == "official_visit"
    president = mfa("QUITO, Nov. 17 (Xinhua) -- Chinese President Xi Jinping arrived here on Thursday for a "
                    "visit to Ecuador.", title="Xi arrives in Quito", published="2016-11-17")
    assert president.event_type == "state_visit"
    named = mfa("SANTIAGO, May 24 (Xinhua) -- Chinese Premier Li Qiang arrived here on Friday for a state "
                "visit to Chile.", title="Chinese premier arrives in Chile", published="2025-05-24")
    assert named.event_type == "state_visit"


def test_a_signed_article_is_a_message_never_at_head_of_state_level():
    record = mfa("BEIJING, Nov. 13 (Xinhua) -- President Xi Jinping published a signed article in a Peruvian "
                 "newspaper on Wednesday ahead of his state visit, addressed to Peru's President Dina "
                 "Boluarte "
                 "and its people.", title="Xi's signed article in Peruvian newspaper", published="2024-11-13")
    assert record.event_type == "message"
    assert not record.head_of_state_level


def test_a_full_text_headline_is_the_joint_statement():
    record = mfa("The People's Republic of China and the Federative Republic of Brazil issued the following "
                 "statement on deepening their ties.",
                 title="Full text: Joint Statement between China and Brazil", published="2023-04-15")
    assert record.event_type == "joint_statement"


# ---------------------------------------------------------------- agency copies stored as one line

def test_an_agency_copy_on_one_line_keeps_its_report_after_the_menu():
    text = ("首页 | 新闻 | 国际 | 财经 | 图片  当前位置：首页>国际  5月10日，中联部部长刘建超在北京会见巴"
            "西劳工党代表团。"
            "新华社记者 李明 摄  来源：新华网 | 作者：张伟 | 2023-05-11 08:21  新华社北京5月10日电（记者"
            "张伟）"
            "中共中央对外联络部部长刘建超10日在京会见由副主席吉马良斯率领的巴西劳工党代表团。  相关新闻："
            "习近平会见俄罗斯总统")
    record = idcpc(text, title="", lang="zh", published=None, url=AGENCY_ZH)
    assert record.relevant and record.country == "Brazil" and record.event_type == "meeting"
    assert record.event_date == "2023-05-10"
    lay = layout(text)
    assert lay.lead().startswith("新华社北京5月10日电")


def test_an_english_copy_on_one_line_starts_its_lead_at_the_dateline():
    text = (" date 2023-05-11 Home | China | World | Business | Opinion   Photo taken on May 9 shows a "
            "reception in Beijing. (Xinhua/Li Ming)   By Zhang Wei | Xinhua | Updated: 2023-05-11 08:21   "
            "BEIJING, May 10 (Xinhua) -- Liu Jianchao, head of the IDCPC, met here Wednesday with a "
            "delegation of the Workers' Party of Brazil.")
    lay = layout(text)
    assert lay.lead().startswith("BEIJING, May 10")
    record = idcpc(text, title="", published=None, url=AGENCY)
    assert record.event_date == "2023-05-10" and record.country == "Brazil"


@pytest.mark.parametrize("title, text", [
    ("Seminar for Latin American party cadres opens in Beijing",
     "Beijing, June 5th--A seminar on governance for cadres of political parties from Latin American and "
     "Caribbean countries opened here today, organized by the IDCPC."),
    ("拉美国家政党干部研修班开班", "6月5日,由中联部主办的拉美国家政党干部研修班在北京开班,来自12个拉美国"
                      "家的40名政党干部参加。"),
])
def test_a_course_run_for_foreign_cadres_is_a_training_course_of_the_region(title, text):
    record = idcpc(text, title=title, lang="zh" if "班" in title else "en", published="2023-06-06")
    assert record.event_type == "training_course" and record.content == "knowledge exchange"
    assert record.country == "multilateral" and record.mechanism == ["regional"]


# ---------------------------------------------------------------- contacts: every party taking part

def test_the_host_party_of_a_visit_named_after_the_lead_is_a_contact():
    record = idcpc("LIMA, June 5 (Xinhua) -- A CPC delegation wrapped up a four-day visit to Peru on "
                   "Monday.\n"
                   "During the stay, the delegation exchanged views with leaders of the Peruvian Aprista "
                   "Party "
                   "and visited a port south of the capital.",
                   title="CPC delegation visits Peru", url=AGENCY, published="2023-06-06")
    assert parties(record) == {"Peruvian Aprista Party"}


def test_a_ministers_talk_of_the_ruling_party_names_no_participant():
    record = idcpc("Beijing, January 20th--Liu Jianchao met here today with Venezuelan Foreign Minister Yvan "
                   "Gil.\nLiu said the CPC stands ready to deepen its ties with the United Socialist "
                   "Party of "
                   "Venezuela.", title="Liu Jianchao Meets with Venezuelan Foreign Minister",
                   published="2023-01-20")
    assert parties(record) == set()


def test_a_visit_received_by_the_host_head_is_at_head_of_state_level():
    record = mfa("QUITO, Nov. 17 (Xinhua) -- Chinese President Xi Jinping arrived here on Thursday for a "
                 "state visit to Ecuador. President Rafael Correa greeted him on the tarmac, an honour "
                 "the protocol usually leaves to the foreign minister.", title="Xi arrives in Quito",
                 published="2016-11-18")
    assert record.event_type == "state_visit"
    assert record.counterpart == "Rafael Correa, President" and record.head_of_state_level


def test_a_briefing_on_a_trip_takes_the_trips_first_day():
    record = mfa("LIMA, Nov. 17 (Xinhua) -- Foreign Minister Wang Yi briefed reporters on Sunday on "
                 "President Xi Jinping's state visit to Peru, which ran from Nov. 13 to 17.",
                 title="Wang Yi briefs press on Xi's visit to Peru", published="2024-11-18")
    assert record.event_type == "other"
    assert record.event_date == "2024-11-13"


def test_a_cues_fast_lookahead_never_changes_what_it_matches():
    from nlp.cues import _first_char
    assert _first_char("foo|bar") is None and _first_char("(?:a|b)") is None
    assert _first_char("\\bmeets?\\b") == "m" and _first_char("会见") == "会"
    text = "On Monday the delegation MET with leaders; 昨天会见 and 當天 a Meeting."
    for cue_id in ("meeting", "today", "yesterday", "headline_meeting"):
        plain = cues.re.compile(cues.source(cue_id), cues.re.IGNORECASE | cues.re.MULTILINE)
        assert [m.span() for m in cues.pattern(cue_id).finditer(text)] == \
            [m.span() for m in plain.finditer(text)]


# ---------------------------------------------------------------- agency copies: page furniture

def test_a_time_stamp_under_the_headline_is_not_the_day_of_the_exchange():
    text = ("Home | China | World | Business | Opinion  By Wang Lin  Updated: 2023-06-14 09:41  "
            "On June 12th, a delegation of the Workers' Party of Brazil (PT) visiting China met with Liu "
            "Jianchao, head of the International Department of the CPC Central Committee, in Beijing.")
    record = idcpc(text, title="Liu Jianchao meets PT delegation", url=AGENCY, published="2023-06-14")
    assert record.event_date == "2023-06-12"


def test_a_bracketed_date_under_the_headline_of_a_one_line_copy_is_the_pages_stamp():
    title = "Liu Jianchao meets PT delegation"
    text = (f"{title}  ( 2023.06.14 )  On June 12th, Liu Jianchao, head of the International Department "
            "of the CPC Central Committee, met with a delegation of the Workers' Party of Brazil (PT) in "
            "Beijing. The two sides talked about exchanges between the parties.")
    record = idcpc(text, title=title, url=AGENCY, published="2023-06-14")
    assert record.event_date == "2023-06-12"


def test_a_photo_caption_above_the_lead_is_not_the_lead_but_dates_the_exchange():
    caption = ("Liu Jianchao, head of the International Department of the CPC Central Committee, meets "
               "with a delegation of the Workers' Party of Brazil in Beijing, June 12, 2023. "
               "(Xinhua/Li Ming)")
    lead = ("A delegation of the Workers' Party of Brazil (PT) led by its vice president met with Liu "
            "Jianchao in the Chinese capital, and the two sides exchanged views on party building.")
    lay = layout(f"{caption}\n{lead}", "Liu Jianchao meets PT delegation")
    assert lay.lead().startswith("A delegation")
    record = idcpc(f"{caption}\n{lead}", title="Liu Jianchao meets PT delegation", url=AGENCY,
                   published="2023-06-14")
    assert record.event_date == "2023-06-12"


def test_a_chinese_photo_caption_is_not_the_lead():
    caption = "图为中共中央对外联络部部长刘建超会见巴西劳工党代表团，宾主合影留念。（本报记者 王林 摄）"
    lead = "6月12日，中共中央对外联络部部长刘建超在北京会见巴西劳工党代表团，双方就加强党际交流交换意见。"
    lay = layout(f"{caption}\n{lead}", "刘建超会见巴西劳工党代表团")
    assert lay.lead().startswith("6月12日")


def test_a_file_photo_note_is_not_the_headline_of_a_copy_without_a_title():
    text = ("(资料图片仅供参考)\n"
            "新华社哈瓦那6月12日电 古巴国家主席迪亚斯-卡内尔12日在哈瓦那会见中国外交部长王毅。")
    record = mfa(text, title=None, lang="zh", published="2023-06-13", url=AGENCY_ZH)
    assert "资料图片" not in (record.title or "")


def test_a_lead_worded_as_its_headline_keeps_its_day():
    title = "习近平同巴西总统卢拉通电话"
    record = mfa(f"2023年5月5日，{title}。两国元首就双边关系交换意见。", title=title, lang="zh",
                 published="2023-05-06")
    assert record.event_date == "2023-05-05"


def test_a_copy_in_traditional_characters_is_coded_as_the_simplified_page_and_quoted_as_printed():
    text = ("新華社北京6月12日電 中共中央對外聯絡部部長劉建超12日在北京會見巴西勞工黨代表團，"
            "雙方就加強兩黨交流交換意見。")
    record = idcpc(text, title="劉建超會見巴西勞工黨代表團", url=AGENCY_ZH, lang="zh", published="2023-06-13")
    assert record.relevant and record.country == "Brazil" and record.event_date == "2023-06-12"
    assert record.event_type == "meeting"
    quoted = [span.text for spans in record.evidence.values() for span in spans if span.where == "text"]
    assert quoted and all(span_text in text for span_text in quoted)


def test_a_copy_stored_without_a_title_is_coded_by_the_headline_it_prints():
    text = ("Home     About China     About Brazil     Consular Affairs\n"
            "Home > Party News\n"
            "Senior CPC official meets delegation of Brazil's Workers' Party\n"
            "(Xinhua) 08:12, June 14, 2023\n"
            "BEIJING, June 13 (Xinhua) -- Liu Jianchao, head of the International Department of the CPC "
            "Central Committee, met on Tuesday with the delegation in Beijing. The delegation had attended "
            "a theory seminar between the two parties the day before, and toured Fujian province.")
    record = idcpc(text, title="", url=AGENCY, published="2023-06-14")
    assert record.title == "Senior CPC official meets delegation of Brazil's Workers' Party"
    assert record.event_type == "meeting" and record.country == "Brazil"
    assert any("headline printed above the lead" in note for note in record.notes)


@pytest.mark.parametrize("lines, headline", [
    (["本网首页| 繁体| 设为首页| 收藏本站", "当前位置:首页 > 国际频道 > 正文",
      "省领导会见乌拉圭共产党代表团",
      "2024-04-16 09:30 来源:本网 编辑:王林",
      "4月15日,省委常委王林在福州会见来访的乌拉圭共产党代表团一行,双方就加强交流合作深入交换意见。"],
     "省领导会见乌拉圭共产党代表团"),
    (["About Us  Links  中文", "HOME > News", "Wang Yi Holds Talks With Foreign Minister of Peru",
      "2021-12-10 18:05",
      "On 10 December 2021, Foreign Minister Wang Yi held talks in Beijing with the "
      "Foreign Minister of Peru, and the two sides exchanged views."],
     "Wang Yi Holds Talks With Foreign Minister of Peru"),
    (["On 10 December 2021, Wang Yi held talks in Beijing with the Foreign Minister of Peru, and the two "
      "sides exchanged views on cooperation."], None),
])
def test_the_printed_headline_is_the_longest_line_above_the_lead_that_is_not_furniture(lines, headline):
    from nlp.text import headline_in_text

    text = "\n".join(lines)
    lay = layout(text)
    found = headline_in_text(lay)
    assert (text[found[0]:found[1]] if found else None) == headline


# ---------------------------------------------------------------- foreign ministry: visits, briefings

BRIEFING_TITLE = ("Vice Foreign Minister Ma Zhaoxu Briefs the Press on President Xi Jinping's State Visit "
                  "to Brazil")


def test_a_briefing_on_a_trip_takes_the_trips_first_day_even_after_the_briefing():
    record = mfa("Vice Foreign Minister Ma Zhaoxu briefed the press on President Xi Jinping's state visit to "
                 "Brazil from November 19 to 21. He said the visit would open a new chapter.",
                 title=BRIEFING_TITLE, published="2024-11-10")
    assert record.event_type == "other" and record.event_date == "2024-11-19"


def test_a_briefing_or_a_preview_that_states_no_day_has_none():
    briefing = mfa("Vice Foreign Minister Ma Zhaoxu briefed the press on President Xi Jinping's state "
                   "visit to Brazil. He said the visit would open a new chapter.", title=BRIEFING_TITLE,
                   published="2024-11-10")
    preview = mfa("A Foreign Ministry spokesperson announced that President Xi Jinping will pay a state "
                  "visit to Brazil at the invitation of President Lula.",
                  title="President Xi Jinping to Pay State Visit to Brazil", published="2024-11-10")
    assert briefing.event_date is None and preview.event_date is None
    assert preview.event_type == "state_visit"


def test_a_page_about_a_visit_takes_the_earliest_day_it_gives_for_the_visit():
    record = mfa("On November 20, President Xi Jinping held talks with Brazilian President Lula in Brasilia. "
                 "Xi had arrived in Brasilia on November 19 for the state visit.",
                 title="Xi Jinping Concludes State Visit to Brazil", published="2024-11-21")
    assert record.event_type == "state_visit" and record.event_date == "2024-11-19"


@pytest.mark.parametrize("where", [
    "in New York, where he is attending the General Debate of the 78th Session of the UN General Assembly",
    "who is in Johannesburg for the BRICS Summit",
    "while attending the G20 Summit in Rio de Janeiro",
])
def test_a_meeting_at_a_named_multilateral_gathering_is_on_its_sidelines(where):
    record = mfa(f"On September 20, 2023, Vice President Han Zheng met with President Lula of Brazil "
                 f"{where}.",
                 title="Han Zheng Meets with Brazilian President Lula", published="2023-09-21")
    assert record.event_type == "meeting_on_sidelines"


def test_a_lead_that_opens_with_its_own_day_can_announce_an_upgrade():
    record = mfa("2023年4月14日，两国元首宣布将中乌关系提升为全面战略伙伴关系。",
                 title="习近平同乌拉圭总统会谈", lang="zh", published="2023-04-15",
                 url="https://www.mfa.gov.cn/web/zyxw/202304/t20230415_1.shtml")
    assert record.partnership_action == "upgrade"
    assert record.partnership_level == "comprehensive strategic partnership"


@pytest.mark.parametrize("name, party", [
    ("委内瑞拉统社党", "United Socialist Party of Venezuela"),
    ("统社党", "United Socialist Party of Venezuela"),
])
def test_the_short_chinese_names_of_parties_are_known(name, party):
    record = idcpc(f"新华社北京6月12日电 中共中央对外联络部部长刘建超12日在北京会见{name}代表团，"
                   "双方就两党关系交换意见。", title="刘建超会见委内瑞拉政党代表团", url=AGENCY_ZH, lang="zh",
                   published="2023-06-13")
    assert party in parties(record)


# ---------------------------------------------------------------- IDCPC: received

@pytest.mark.parametrize("title,text,expected", [
    ("Liu Jianchao Receives Letter from PT President",
     "Beijing, June 12th -- Liu Jianchao received a letter from the president of the Workers' Party of "
     "Brazil today.", "message"),
    ("Liu Jianchao Receives PT Delegation",
     "Beijing, June 12th -- Liu Jianchao received a delegation of the Workers' Party of Brazil today.",
     "meeting"),
])
def test_a_received_letter_is_a_message_a_received_delegation_a_meeting(title, text, expected):
    assert idcpc(text, title=title, published="2023-06-13").event_type == expected


# ---------------------------------------------------------------- IDCPC: a visit as the setting

@pytest.mark.parametrize("text,expected", [
    ("HAVANA, June 12 (Xinhua) -- A delegation of the Communist Party of China (CPC) led by Li Shulei, "
     "which is visiting Cuba, met with Miguel Diaz-Canel, first secretary of the Communist Party of Cuba, "
     "on Monday.", "meeting"),
    ("HAVANA, June 12 (Xinhua) -- Li Shulei, who is on a visit to Cuba, met with Roberto Morales Ojeda "
     "of the Communist Party of Cuba on Monday.", "meeting"),
    ("HAVANA, June 12 (Xinhua) -- A delegation of the Communist Party of China (CPC) led by Li Shulei "
     "visited Cuba from June 9 to 12. During its visit, the delegation met with leaders of the Communist "
     "Party of Cuba, the government and the National Assembly.", "delegation_visit_abroad"),
])
def test_a_visit_in_a_relative_clause_is_the_setting_of_the_meeting(text, expected):
    record = idcpc(text, title="Cuban leaders and CPC delegation discuss party ties", url=AGENCY,
                   published="2023-06-13")
    assert record.event_type == expected


# ---------------------------------------------------------------- IDCPC: attending a party's event

@pytest.mark.parametrize("lang,title,text", [
    ("en", "CPC Delegation Attends 8th Congress of the Communist Party of Cuba",
     "Havana, April 16th -- A CPC delegation attended the opening of the 8th Congress of the Communist "
     "Party of Cuba here today and conveyed the congratulations of the CPC Central Committee."),
    ("zh", "中共代表团出席古巴共产党第八次代表大会",
     "当地时间4月16日，中共代表团在哈瓦那出席古巴共产党第八次代表大会开幕式，转达中共中央的祝贺。"),
    ("zh", "中共代表團出席古巴共產黨第八次代表大會",
     "當地時間4月16日，中共代表團在哈瓦那出席古巴共產黨第八次代表大會開幕式，轉達中共中央的祝賀。"),
])
def test_a_congratulation_conveyed_at_a_party_congress_is_the_congress_not_a_message(lang, title, text):
    url = ("https://www.idcpc.org.cn/jldt/202104/t20210417_1.html" if lang == "zh" else
           "https://www.idcpc.org.cn/english/news/202104/t20210417_1.html")
    record = idcpc(text, title=title, lang=lang, url=url, published="2021-04-17")
    assert record.relevant and record.country == "Cuba" and record.event_type == "other"


def test_a_letter_sent_to_a_party_congress_stays_a_message():
    record = idcpc("Beijing, April 16th -- Xi Jinping sent a congratulatory letter today to the 8th Congress "
                   "of the Communist Party of Cuba.", title="Xi Jinping Congratulates the 8th Congress of "
                   "the Communist Party of Cuba", published="2021-04-17")
    assert record.event_type == "message"


# ---------------------------------------------------------------- IDCPC: field trips tour China

@pytest.mark.parametrize("lang,title,text,expected", [
    ("en", "CPC Delegation Visits Cuba",
     "A CPC delegation led by a vice minister of the IDCPC visited Cuba from June 8 to 12. The delegation "
     "met with leaders of the Communist Party of Cuba and visited a local enterprise.",
     "delegation_visit_abroad"),
    ("en", "CPC Delegation Tours Farms",
     "Havana, June 12th -- A CPC delegation led by a vice minister of the IDCPC visited villages and "
     "enterprises near the city, accompanied by officials of the Communist Party of Cuba.",
     "delegation_visit_abroad"),
    ("zh", "中共代表团访问古巴",
     "6月8日至12日，中联部副部长率中共代表团访问古巴，会见古巴共产党领导人，参观当地企业。",
     "delegation_visit_abroad"),
    ("zh", "中共代表團訪問古巴",
     "6月8日至12日，中聯部副部長率中共代表團訪問古巴，會見古巴共產黨領導人，參觀當地企業。",
     "delegation_visit_abroad"),
    ("en", "Chilean Socialist Party Delegation Visits Zhejiang",
     "Hangzhou, June 12th -- A delegation of the Socialist Party of Chile visited villages and companies "
     "in Zhejiang province from June 10 to 12, at the invitation of the CPC.", "field_trip"),
    ("zh", "智利社会党代表团赴浙江考察",
     "6月10日至12日，应中国共产党邀请，智利社会党代表团赴浙江考察乡村振兴和企业发展。",
     "field_trip"),
])
def test_touring_companies_on_a_visit_to_the_lac_country_is_the_visit(lang, title, text, expected):
    url = ("https://www.idcpc.org.cn/jldt/202306/t20230613_1.html" if lang == "zh" else
           "https://www.idcpc.org.cn/english/news/202306/t20230613_1.html")
    record = idcpc(text, title=title, lang=lang, url=url, published="2023-06-13")
    assert record.relevant and record.event_type == expected


# ---------------------------------------------------------------- IDCPC: platforms, briefings, stays

@pytest.mark.parametrize("name", [
    "the CPC in Dialogue with World Political Parties High-level Meeting",
    "the China-CELAC Political Parties Forum",
    "the BRICS Political Parties Dialogue",
])
def test_platform_names_with_acronyms_inside_are_found_as_printed(name):
    from nlp.language import gazetteer_entities, pipeline

    nlp = pipeline("en")
    text = f"Representatives attended {name} last week."
    found = [e for e in gazetteer_entities(nlp, nlp.make_doc(text), text).ents if e.label_ == "PLATFORM"]
    assert found and found[0].text == name.removeprefix("the ")


def test_a_side_meeting_with_a_group_that_came_for_a_worldwide_platform_is_global():
    record = idcpc("On June 12th, Liu Jianchao met with representatives of Latin American parties attending "
                   "the CPC in Dialogue with World Political Parties High-level Meeting.",
                   title="Liu Jianchao Meets Latin American Party Representatives", published="2023-06-13")
    assert record.country == "multilateral" and record.mechanism == ["global"]


def test_a_briefing_held_as_a_session_of_a_forum_is_a_briefing():
    record = idcpc("On June 12th, as a session of the China-CELAC Political Parties Forum, the IDCPC held a "
                   "briefing on the Third Plenary Session for Latin American parties.",
                   title="IDCPC Holds Briefing on Third Plenary Session at China-CELAC Parties Forum",
                   published="2023-06-13")
    assert record.event_type == "briefing" and record.content == "knowledge exchange"


def test_a_lac_delegations_stay_in_china_told_as_the_news_is_a_delegation_received():
    record = idcpc("At the invitation of the CPC, a delegation of the Workers' Party of Brazil visited China "
                   "from June 5th to 12th. During its stay, the delegation met with Liu Jianchao and visited "
                   "Shanghai and Fujian.", title="PT Delegation Visits China", published="2023-06-13")
    assert record.event_type == "delegation_received" and record.country == "Brazil"
    planned = idcpc("On June 12th, Liu Jianchao said the CPC plans to invite 500 leaders of Latin "
                    "American parties to visit China in the next five years, at the opening of the "
                    "China-CELAC Political Parties Forum.",
                    title="China, Latin America strengthen party ties", published="2023-06-13")
    assert planned.event_type == "forum"


def test_a_dateline_without_a_city_counts_relative_days_from_its_day():
    record = idcpc("中新网6月14日电 据报道，中共中央对外联络部部长刘建超周一在北京会见古巴共产党代表团，"
                   "双方就两党关系交换意见。", title="刘建超会见古共代表团", url=AGENCY_ZH, lang="zh",
                   published="2023-06-20")  # a copy posted days later: the dateline's day counts
    assert record.event_date == "2023-06-12"


# ---------------------------------------------------------------- agency copies stored on one line

ONE_LINE = ("Home | China | World | Business  Senior CPC official meets Cuban delegation  (Xinhua) "
            "13:08, June 14, 2023  BEIJING, June 13 (Xinhua) -- Liu Jianchao, head of the International "
            "Department of the CPC Central Committee, met with a delegation of the Communist Party of Cuba "
            "in Beijing on Monday. The two sides exchanged views on party building. The delegation is "
            "visiting China at the invitation of the CPC. It will also travel to Fujian.  Reader posts >> "
            "0 posts  • Your name  • Your post  • Type the code:  Posts that break the rules are "
            "deleted.")


def test_a_copy_stored_on_one_line_keeps_its_report_among_menus_and_bullets():
    lay = layout(ONE_LINE, "Senior CPC official meets Cuban delegation")
    assert "Liu Jianchao" in lay.clean and lay.dateline is not None
    assert lay.lead().startswith("BEIJING, June 13")


RUN_ON = ("Home > World > China News  Wang Yi Meets with Chilean Foreign Minister  2024-09-25 10:55  On "
          "September 24, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto van Klaveren in "
          "Beijing. Wang Yi said China values its comprehensive strategic partnership with Chile. He noted "
          "that the two countries signed a free trade agreement years ago. Van Klaveren said Chile is ready "
          "to deepen cooperation in trade, mining and clean energy. The two sides also exchanged views on "
          "the joint press conference held after the talks in Santiago last year and on the summit in Lima. "
          "Both ministers agreed to keep in close touch and to prepare the next high-level exchanges.")


def test_the_lead_of_a_copy_stored_on_one_line_is_its_first_sentence_after_the_menus():
    lay = layout(RUN_ON, "Wang Yi Meets with Chilean Foreign Minister")
    assert lay.lead() == ("On September 24, Foreign Minister Wang Yi met with Chilean Foreign Minister "
                          "Alberto van Klaveren in Beijing.")
    record = mfa(RUN_ON, title="Wang Yi Meets with Chilean Foreign Minister", published="2024-09-25")
    assert record.event_type == "meeting" and record.event_date == "2024-09-24"


def test_a_lead_paragraph_of_ordinary_length_is_the_lead_as_it_is():
    text = ("BEIJING, June 13 (Xinhua) -- Liu Jianchao met with a delegation of the Communist Party of Cuba "
            "in Beijing on Monday. The two sides exchanged views.\n\nThe delegation is visiting China.")
    lay = layout(text, "Senior CPC official meets Cuban delegation")
    assert lay.lead().endswith("The two sides exchanged views.")


@pytest.mark.parametrize("text,expected", [
    ("On November 18, President Xi Jinping met with Mexican President Claudia Sheinbaum on the sidelines "
     "of the G20 Summit in Rio de Janeiro, Brazil.", "Mexico"),
    ("当地时间11月18日，国家主席习近平在巴西里约热内卢出席二十国集团峰会期间会见墨西哥总统辛鲍姆。",
     "Mexico"),
    ("On November 18, President Xi Jinping met with Mexican President Claudia Sheinbaum and Brazilian "
     "President Lula da Silva.", "multilateral"),
    ("From June 1 to 12, Foreign Minister Wang Yi held talks in Cuba and Venezuela with his "
     "counterparts.", "multilateral"),
])
def test_a_country_named_as_the_place_is_not_a_second_counterpart(text, expected):
    zh = "习近平" in text
    record = mfa(text, title="习近平会见外国领导人" if zh else "Xi Jinping Meets with Foreign Leaders",
                 lang="zh" if zh else "en", published="2024-11-19")
    assert record.country == expected


def test_the_dateline_of_a_one_line_copy_dates_its_relative_day():
    record = idcpc(ONE_LINE, title="Senior CPC official meets Cuban delegation", url=AGENCY,
                   published="2023-06-14")
    assert record.event_date == "2023-06-12" and record.country == "Cuba"


@pytest.mark.parametrize("stamp", [
    "Updated: June 14, 2023 11:47", "Xinhua, June 14, 2023", "(Xinhua) 13:08, June 14, 2023",
    "date 2023-06-14",
])
def test_time_stamps_and_source_lines_are_not_the_day_of_the_exchange(stamp):
    record = idcpc(f"{stamp}  Liu Jianchao, head of the International Department of the CPC Central "
                   "Committee, met with a delegation of the Communist Party of Cuba in Beijing on Monday. "
                   "The two sides exchanged views on party building.",
                   title="Senior CPC official meets Cuban delegation", url=AGENCY, published="2023-06-14")
    assert record.event_date == "2023-06-12"


def test_a_ticker_of_headlines_stays_furniture():
    ticker = ("Off the wire\nStorm hits coast  • Spotlight: China, Ecuador upgrade relations to a new level  "
              "• Markets close higher  • Weather for world cities -- June 14\n")
    lay = layout(ticker + "Liu Jianchao met with a delegation of the Communist Party of Cuba in Beijing on "
                 "Monday, and the two sides exchanged views.")
    assert "Ecuador" not in lay.clean


def test_a_ticker_and_related_news_inside_a_copy_stored_on_one_line_stay_furniture():
    text = ("Home | World | China | Business  Off the wire Storm hits coast • Spotlight: China, Ecuador "
            "upgrade relations to a new level • Markets close higher • Weather for world cities -- June 14 "
            "Xi's visit praised in Quito. QUITO, June 14 -- President Xi Jinping was welcomed at the airport "
            "by President Rafael Correa on Thursday. Correa said the visit shows deep friendship. The two "
            "sides will sign agreements. Xi thanked Correa for the reception.  Related news Premier meets "
            "European leader in Beijing")
    record = mfa(text, title="", published="2016-11-19")
    assert record.country == "Ecuador" and record.partnership_action is None
    assert record.event_type != "meeting"  # the related headline's "meets" is not this page's


def test_a_page_without_the_cpc_side_is_no_roundup_of_party_messages():
    text = ("2023年5月20日，驻乌拉圭大使致函祝贺乌拉圭前总统生日。贺函全文如下：尊敬的朋友：值此您生日之际，"
            "谨致以诚挚的祝贺。祝您健康长寿！中国驻乌拉圭大使 2023年5月20日于蒙得维的亚")
    records = extract_items({"url": "http://uy.example-embassy.cn/xwdt/202305/t20230523_1.htm",
                             "source": "idcpc", "lang": "zh", "title": None, "published": None, "text": text})
    assert [r.relevant for r in records] == [False]


def test_a_message_on_an_inauguration_is_a_message_and_attending_one_is_other():
    message = mfa("On January 1, 2023, President Xi Jinping sent a congratulatory message to Luiz Inacio "
                  "Lula da Silva on his inauguration as President of Brazil.",
                  title="Xi Jinping Sends Congratulatory Message to Lula on His Inauguration",
                  published="2023-01-02")
    attended = mfa("On January 1, 2023, Vice President Wang Qishan attended the inauguration of President "
                   "Lula of Brazil in Brasilia.",
                   title="Wang Qishan Attends Inauguration of Brazilian President", published="2023-01-02")
    assert message.event_type == "message" and message.head_of_state_level
    assert attended.event_type == "other" and not attended.head_of_state_level


def test_a_leaders_special_envoy_is_the_chinese_principal():
    record = mfa("On January 1, 2023, President Xi Jinping's special envoy, a vice chairman of the NPC "
                 "Standing Committee, attended the inauguration ceremony of President Lula of Brazil.",
                 title="Xi Jinping's Special Envoy Attends Inauguration of Brazilian President",
                 published="2023-01-02")
    assert record.chinese_side.startswith("Special Envoy") and not record.head_of_state_level


@pytest.mark.parametrize("who", [
    "representatives of political parties from 30 countries and regions",
    "leaders of political parties of developing countries",
])
def test_lac_participants_of_a_party_event_of_many_countries_make_it_global(who):
    record = idcpc(f"On June 12th, the IDCPC held an online seminar on modernization with {who}. The "
                   "Communist Party of Cuba and the Workers' Party of Brazil took part.",
                   title="IDCPC Holds Online Seminar on Modernization", published="2023-06-13")
    assert record.relevant and record.country == "multilateral" and "global" in record.mechanism


def test_a_chinese_roundup_headlined_on_the_world_gives_its_lac_sender():
    text = ("新华社北京10月16日电 中共二十大开幕，"
            "各国友好人士纷纷致电致函，热烈祝贺大会召开。\n"
            "南非非国大主席表示，祝大会圆满成功。\n"
            "古巴共产党中央委员会第一书记表示，古共珍视同中国共产党的兄弟情谊，祝大会圆满成功。")
    record = idcpc(text, title="全球友好人士热烈祝贺中共二十大召开", url=AGENCY_ZH, lang="zh",
                   published="2022-10-17")
    assert record.relevant and record.country == "Cuba" and record.event_type == "message"


def test_an_english_roundup_headlined_on_dignitaries_gives_its_lac_sender():
    text = ("BEIJING, Oct. 16 (Xinhua) -- Party leaders and dignitaries have sent messages congratulating "
            "the Communist Party of China (CPC) on the opening of its national congress.\n"
            "Cyril Ramaphosa, President of the African National Congress, wished the congress success.\n"
            "Roberto Morales, Organization Secretary of the Communist Party of Cuba, praised the CPC.")
    record = idcpc(text, title="Dignitaries send congratulations on CPC congress", url=AGENCY,
                   published="2022-10-17")
    assert record.relevant and record.country == "Cuba" and record.event_type == "message"


def test_an_announced_weekday_lies_ahead_of_the_dateline():
    record = mfa("BEIJING, Nov. 8 (Xinhua) -- Chinese President Xi Jinping will pay a state visit to Peru "
                 "from Wednesday to Saturday, a Foreign Ministry spokesperson announced on Friday.",
                 title="Xi to pay state visit to Peru", published="2024-11-08")
    assert record.event_date == "2024-11-13" and record.event_date_end == "2024-11-16"
    past = mfa("BEIJING, Nov. 8 (Xinhua) -- Chinese President Xi Jinping met on Wednesday with Peruvian "
               "President Dina Boluarte, who is in Beijing to attend a forum.",
               title="Xi meets Peruvian president", published="2024-11-08")
    assert past.event_date == "2024-11-06"


def test_an_announced_chinese_weekday_lies_ahead_of_the_dateline():
    record = mfa("新华社北京11月8日电 外交部发言人宣布，国家主席习近平将于周三至周六对秘鲁进行国事访问。",
                 title="习近平将对秘鲁进行国事访问", lang="zh", published="2024-11-08",
                 url="https://www.mfa.gov.cn/web/zyxw/202411/t20241108_1.shtml")
    assert record.event_date == "2024-11-13"


@pytest.mark.parametrize("title, country", [
    ("第九次中古两党理论研讨会举行", "Cuba"),
    ("第九次中古兩黨理論研討會舉行", "Cuba"),
    ("中委两党举行视频会议", "Venezuela"),
])
def test_the_chinese_short_form_of_china_and_a_country_names_the_country(title, country):
    record = idcpc("6月12日，两党代表围绕党的建设深入交流，中共中央对外联络部负责同志出席。", title=title,
                   lang="zh", published="2023-06-13", url="https://www.idcpc.org.cn/jldt/202306/t20230613_1.html")
    assert record.relevant and record.country == country


def test_a_newly_announced_partnership_is_a_step_of_this_exchange_even_inside_a_wish():
    dateline = "BEIJING, Dec. 20 (Xinhua) -- Chinese President Xi Jinping said on Wednesday "
    record = mfa(dateline + "he is ready to work with Nicaraguan President Daniel Ortega to promote ties "
                 "with the newly announced strategic partnership as a new starting point.",
                 title="Xi holds phone talks with Nicaraguan president", published="2023-12-20")
    recalled = mfa(dateline + "China is ready to deepen the comprehensive strategic partnership with Brazil.",
                   title="Xi holds phone talks with Brazilian president", published="2023-12-20")
    assert record.partnership_action == "establish" and record.partnership_level == "strategic partnership"
    assert recalled.partnership_action is None


def test_lac_participants_of_a_worldwide_event_named_by_their_countries_are_global():
    record = idcpc("On June 12th, the IDCPC held an online seminar on party building with more than 100 "
                   "political parties from over 50 countries. Representatives of parties from Argentina, "
                   "Brazil, Cuba and Mexico spoke at the seminar.",
                   title="IDCPC Holds Online Seminar on Party Building", published="2023-06-13")
    assert record.country == "multilateral" and record.mechanism == ["global"]


def test_a_head_in_office_named_without_the_country_names_the_country():
    record = idcpc("新华社北京11月10日电 中共中央总书记、国家主席习近平10日致电奥尔特加，"
                   "祝贺他再次当选总统。", title="习近平致电祝贺奥尔特加再次当选总统", url=AGENCY_ZH,
                   lang="zh", published="2021-11-11")
    assert record.relevant and record.country == "Nicaragua" and record.event_type == "message"
    assert record.mechanism == ["bilateral", "leftist"]  # the head's party (FSLN) is leftist
    english = mfa("On November 10, 2021, President Xi Jinping sent a congratulatory message to Daniel Ortega "
                  "on his re-election as president.",
                  title="Xi Jinping Congratulates Daniel Ortega on His Re-election", published="2021-11-11")
    assert english.relevant and english.country == "Nicaragua"
    out_of_office = mfa("On November 10, 2030, President Xi Jinping sent a message to Evo Morales.",
                        title="Xi Jinping Sends Message to Evo Morales", published="2030-11-11")
    assert out_of_office.country is None


@pytest.mark.parametrize("how, head", [
    ("on his re-election as president", True),
    ("on his inauguration as President of Nicaragua", True),
    ("on his election as President of Nicaragua", False),  # a president-elect is not yet one
])
def test_a_congratulatory_message_to_a_named_leader_reads_the_office(how, head):
    record = mfa(f"On November 10, 2021, President Xi Jinping sent a congratulatory message to Daniel Ortega "
                 f"{how}.", title="Xi Jinping Sends Congratulatory Message to Daniel Ortega",
                 published="2021-11-11")
    assert record.country == "Nicaragua" and record.head_of_state_level is head


def test_the_headline_read_from_a_traditional_copy_is_kept_as_printed():
    record = idcpc("首頁 > 國際 > 正文\n劉建超會見巴西勞工黨代表團\n"
                   "新華社北京6月12日電 中共中央對外聯絡部部長劉建超12日在北京會見巴西勞工黨代表團，"
                   "雙方就加強兩黨交流交換意見。", title="", url=AGENCY_ZH, lang="zh", published="2023-06-13")
    assert record.title == "劉建超會見巴西勞工黨代表團" and record.country == "Brazil"


@pytest.mark.parametrize("office, head", [
    ("Prime Minster", True), ("Presdient", True), ("Foreign Minster", False),
])
def test_a_misspelt_office_is_read_as_the_office(office, head):
    record = mfa(f"On June 12, 2023, Premier Li Qiang held talks in Beijing with {office} Andrew Holness of "
                 "Jamaica.", title="Li Qiang Holds Talks with Jamaican Leader", published="2023-06-13")
    assert record.counterpart.startswith("Andrew Holness") and record.head_of_state_level is head


@pytest.mark.parametrize("verb", ["致信", "回信", "复信"])
def test_chinese_letters_are_messages(verb):
    record = mfa(f"2023年6月12日，国家主席习近平{verb}古巴青年代表。", title=f"习近平{verb}古巴青年代表",
                 lang="zh", published="2023-06-13", url="https://www.mfa.gov.cn/web/zyxw/202306/t20230613_1.shtml")
    assert record.event_type == "message"


@pytest.mark.parametrize("title, kind", [
    ("习近平同巴西总统卢拉视频通话", "video_call"), ("習近平同巴西總統盧拉視頻通話", "video_call"),
    ("习近平同巴西总统卢拉通电话", "phone_call"), ("王毅同巴西外长通话", "phone_call"),
])
def test_a_chinese_video_call_is_not_a_phone_call(title, kind):
    record = mfa(f"2023年6月12日，{title}。", title=title, lang="zh", published="2023-06-13",
                 url="https://www.mfa.gov.cn/web/zyxw/202306/t20230613_1.shtml")
    assert record.event_type == kind


@pytest.mark.parametrize("title, text, kind", [
    ("Xi Jinping Addresses the CELAC Summit via Video Link",
     "On January 24, 2023, President Xi Jinping delivered a speech via video link at the Summit of CELAC.",
     "other"),
    ("习近平以视频方式出席拉共体峰会并致辞",
     "2023年1月24日，国家主席习近平以视频方式出席拉共体峰会并致辞。", "other"),
    ("Xi Jinping Holds Talks with Brazilian President Lula via Video Link",
     "On June 12, 2023, President Xi Jinping held talks with Brazilian President Lula via video link.",
     "video_call"),
])
def test_a_speech_at_a_summit_by_video_is_not_a_video_call(title, text, kind):
    zh = title.startswith("习")
    record = mfa(text, title=title, lang="zh" if zh else "en", published="2023-06-13",
                 url="https://www.mfa.gov.cn/web/zyxw/202306/t20230613_1.shtml" if zh else
                 "https://www.fmprc.gov.cn/eng/zxxx/202306/t20230613_1.html")
    assert record.event_type == kind


def test_full_width_digits_are_read_as_digits_and_quoted_as_printed():
    record = mfa("２０２３年６月１２日，国家主席习近平同巴西总统卢拉通电话。",
                 title="习近平同巴西总统卢拉通电话", lang="zh", published=None, url="http://paper.example-daily.cn/content/1.html")
    assert record.event_date == "2023-06-12"
    assert record.evidence["event_date"][0].text == "２０２３年６月１２日"


@pytest.mark.parametrize("convert", [lambda s: s, to_traditional])
def test_a_known_heads_short_chinese_name_after_a_message_verb_is_the_counterpart(convert):
    record = idcpc(convert("新华社北京11月10日电 中共中央总书记、国家主席习近平10日致电奥尔特加，"
                           "祝贺他再次当选尼加拉瓜总统。"),
                   title=convert("习近平致电祝贺奥尔特加再次当选尼加拉瓜总统"), lang="zh",
                   published="2021-11-10", url=AGENCY_ZH)
    assert record.country == "Nicaragua"
    assert [c.name for c in record.contacts] == [convert("奥尔特加") + " (Daniel Ortega)"]
    assert "leftist" in record.mechanism  # as for "Xi congratulates Ortega" in English


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "", "Latin American party leaders praised China's fight against the epidemic.\n"
     "In an online meeting held on Tuesday, more than 100 party leaders from 12 Latin American countries "
     "discussed the epidemic with officials of the IDCPC. \"We are ready to share our experience with all "
     "parties,\" said the IDCPC head.", "briefing"),
    ("en", "IDCPC holds video conference with Latin American parties",
     "Beijing, May 20 -- The IDCPC held a video conference with leaders of more than 30 political parties "
     "from 15 Latin American and Caribbean countries on Wednesday on party building in the digital age.",
     "seminar"),
    ("zh", "中联部举行中国共产党同拉美政党视频会议",
     "新华社北京5月20日电 中联部20日以视频方式同拉美和加勒比地区18个国家的30多个政党领导人举行会议，"
     "介绍中国共产党抗击疫情的经验做法。", "briefing"),
    ("zh", "", "新华社北京5月20日电 中联部20日以视频方式同拉美和加勒比地区18个国家的30多个政党领导人"
     "举行会议，就数字时代政党建设交流看法。", "seminar"),
    # one counterpart by video is a call; a headline meeting with a multi-party delegation a meeting
    ("en", "Liu Jianchao holds video call with PCC leader",
     "Beijing, May 20 -- Liu Jianchao held a video call with Roberto Morales Ojeda of the Communist Party of "
     "Cuba on Wednesday.", "video_call"),
    ("en", "Liu Jianchao meets Latin American party delegation",
     "Beijing, May 20 -- Liu Jianchao met with a delegation of leaders of parties from 5 Latin American "
     "countries in Beijing on Wednesday.", "meeting"),
])
def test_an_online_meeting_of_many_parties_is_a_briefing_when_the_cpc_presents_else_a_seminar(
        lang, title, text, expected):
    record = idcpc(text, title=title, lang=lang, published="2020-05-21")
    assert record.relevant and record.event_type == expected


# ---------------------------------------------------------------- groups of LAC states, gatherings

@pytest.mark.parametrize("lang, title, text", [
    ("en", "Xi Jinping Meets with Leaders of Caribbean Countries",
     "On June 2, 2013, President Xi Jinping met in Port of Spain with leaders of eight Caribbean "
     "countries, including Antigua and Barbuda, Barbados, Dominica, Grenada, Guyana, Jamaica, Suriname "
     "and the Bahamas."),
    ("zh", "习近平同加勒比建交国领导人举行集体会晤",
     "2013年6月2日，国家主席习近平在西班牙港同安提瓜和巴布达、巴巴多斯、多米尼克、格林纳达、圭亚那、"
     "牙买加、苏里南、巴哈马等加勒比建交国领导人举行会晤。"),
])
def test_a_meeting_with_the_leaders_of_a_group_of_lac_states_is_multilateral_at_head_level(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2013-06-02")
    assert record.country == "multilateral" and record.event_type == "meeting"
    assert record.head_of_state_level  # 领导人, "leaders" of states: heads of state or government


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Wang Yi Attends the Ministerial Meeting of the China-CELAC Forum",
     "On May 13, 2025, Foreign Minister Wang Yi co-chaired the Fourth Ministerial Meeting of the China-CELAC "
     "Forum in Beijing and met with heads of delegations afterwards."),
    ("zh", "王毅出席中国－拉共体论坛第四届部长级会议",
     "2025年5月13日，外交部长王毅在北京出席中国－拉共体论坛第四届部长级会议开幕式并致辞。"),
    ("en", "", "On May 13, 2025, Foreign Minister Wang Yi attended the Fourth Ministerial Meeting of the "
     "China-CELAC Forum in Beijing and delivered a speech."),
])
def test_a_summit_or_ministerial_meeting_attended_is_other(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2025-05-13")
    assert record.country == "multilateral" and record.event_type == "other"


@pytest.mark.parametrize("lang, title, text, country", [
    ("en", "Xi Jinping Attends APEC Summit and Meets Peruvian President",
     "On November 15, 2024, President Xi Jinping met with Peruvian President Dina Boluarte in Lima.", "Peru"),
    ("zh", "王毅会见出席中拉论坛部长级会议的古巴外长",
     "2025年5月13日，外交部长王毅在北京会见来华出席中国－拉共体论坛第四届部长级会议的古巴外长罗德里格斯。",
     "Cuba"),
    ("en", "Wang Yi Meets with Cuban Foreign Minister",
     "On May 13, 2025, Foreign Minister Wang Yi met in Beijing with Cuban Foreign Minister Bruno "
     "Rodriguez, who is in China for the Fourth Ministerial Meeting of the China-CELAC Forum.", "Cuba"),
])
def test_a_meeting_with_a_counterpart_who_came_for_a_gathering_is_on_its_sidelines_with_that_country(
        lang, title, text, country):
    record = mfa(text, title=title, lang=lang, published="2025-05-13")
    assert record.country == country and record.event_type == "meeting_on_sidelines"


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Vice Foreign Minister Visits Guyana, Suriname and Barbados",
     "From March 1 to 8, 2024, Vice Foreign Minister Hua Chunying visited Guyana, Suriname and Barbados. In "
     "Georgetown, she met with President Irfaan Ali.", "official_visit"),
    ("zh", "副外长访问古巴", "2024年3月1日至3日，外交部副部长访问古巴，会见古巴外长罗德里格斯。",
     "official_visit"),
    ("en", "Cuban President Visits China", "Cuban President Miguel Diaz-Canel is in China from November 7 "
     "to 10 at the invitation of President Xi Jinping.", "state_visit"),
    # a headline naming an exchange keeps it
    ("en", "Wang Yi Meets with Cuban Foreign Minister Visiting China",
     "On March 1, 2024, Foreign Minister Wang Yi met with Cuban Foreign Minister Bruno Rodriguez.",
     "meeting"),
])
def test_a_headline_saying_someone_visits_a_place_is_a_page_about_the_visit(lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2024-03-09")
    assert record.relevant and record.event_type == expected


def test_the_ministrys_own_site_names_the_chinese_side_without_saying_china():
    record = mfa("From March 1 to 8, 2024, Vice Foreign Minister Hua Chunying visited Guyana.",
                 title="Vice Foreign Minister Hua Chunying Visits Guyana", published="2024-03-09")
    assert record.relevant and record.country == "Guyana"
    copy = mfa("From March 1 to 8, 2024, the two presidents met in Georgetown.", title="Presidents of Guyana "
               "and Suriname meet", published="2024-03-09", url="http://www.example-agency.com/2024/0309/1.html")
    assert not copy.relevant


@pytest.mark.parametrize("lang, text", [
    ("en", "Xi Jinping, general secretary of the CPC Central Committee, sent a congratulatory message to "
     "Daniel Ortega Saavedra."),
    ("zh", "中共中央总书记、国家主席习近平致电奥尔特加和穆里略，祝贺他们就任共同总统。"),
])
def test_a_leader_named_on_a_page_without_any_day_still_names_the_country_when_the_name_is_one_countrys(
        lang, text):
    record = idcpc(text, title="", lang=lang, published=None, url="https://www.example-news.cn/world/a1.html")
    assert record.relevant and record.country == "Nicaragua" and record.event_type == "message"


@pytest.mark.parametrize("lang, title, text", [
    ("zh", "", "新华社哈瓦那11月18日电 应古巴共产党邀请，中联部副部长孙海燕率中共代表团访问古巴，"
     "向古共中央介绍中共二十大精神。"),
    ("en", "", "Havana, November 18 (Xinhua) -- A CPC delegation headed by Sun Haiyan, vice minister of the "
     "IDCPC, visited Cuba and explained the guiding principles of the 20th CPC National Congress to leaders "
     "of the Communist Party of Cuba."),
    ("en", "", "Havana, November 18 (Xinhua) -- A CPC delegation visited Cuba and introduced the spirit of "
     "the Sixth Plenary Session of the 19th CPC Central Committee to Cuban party leaders."),
    ("zh", "中共代表团访问古巴", "新华社哈瓦那11月18日电 中共代表团11月15日至18日访问古巴，"
     "向古共领导人介绍中共二十大情况。"),
    ("en", "CPC Delegation Visits Cuba", "Havana, November 18 (Xinhua) -- A CPC delegation visited Cuba "
     "and shared the guiding principles of the 20th CPC National Congress with Cuban party leaders."),
])
def test_a_delegation_presenting_a_cpc_meeting_abroad_is_a_briefing(lang, title, text):
    record = idcpc(text, title=title, lang=lang, published="2022-11-20")
    assert record.relevant and record.country == "Cuba" and record.event_type == "briefing"
    assert record.content == "knowledge exchange"


def test_a_delegations_visit_that_also_met_a_president_still_names_the_parties_it_met():
    text = ("Montevideo, May 10th -- A CPC delegation headed by Chen Zhou, vice minister of the IDCPC, "
            "visited Uruguay from May 6 to 9 and was received by President Luis Lacalle Pou.\n"
            "During the visit, the delegation held talks with leaders of the Broad Front and the Communist "
            "Party of Uruguay on party building and exchanged views on relations between the two countries.")
    record = idcpc(text, title="CPC delegation visits Uruguay", published="2023-05-10")
    assert record.event_type == "delegation_visit_abroad"
    assert {"Broad Front", "Communist Party of Uruguay"} <= parties(record)


def test_parties_talked_about_in_one_meeting_with_a_government_official_are_topics():
    text = ("Beijing, May 10th -- Liu Jianchao, head of the IDCPC, met with Venezuelan Foreign Minister "
            "Yvan Gil on Wednesday.\nLiu said the CPC values its relations with the United Socialist Party "
            "of Venezuela and is ready to deepen exchanges.")
    record = idcpc(text, title="Liu Jianchao meets Venezuelan Foreign Minister", published="2023-05-10")
    assert record.event_type == "meeting" and parties(record) == set()


BARE_URUGUAY = ("Montevideo, May 10th -- A CPC delegation visited Uruguay and met with leaders of the Broad "
                "Front and the National Party.")
BARE_CHILE = ("Santiago, May 10th -- A CPC delegation visited Chile and met with leaders of the Socialist "
              "Party and the Party for Democracy.")
BARE_FRANCE = ("Beijing, May 10th -- Qian Hongshan met with a delegation of the Socialist Party of France. "
               "He said China values relations with parties of Chile.")


@pytest.mark.parametrize("title, text, country, expected", [
    ("CPC delegation visits Uruguay", BARE_URUGUAY, "Uruguay", {"Broad Front", "National Party (Uruguay)"}),
    ("CPC delegation visits Chile", BARE_CHILE, "Chile", {"Socialist Party of Chile", "Party for Democracy"}),
    # another country's party of that name is not the LAC one
    ("Qian Hongshan meets French Socialist Party delegation", BARE_FRANCE, None, set()),
])
def test_a_bare_party_name_is_the_party_of_that_name_of_the_country_the_page_is_about(
        title, text, country, expected):
    record = idcpc(text, title=title, published="2023-05-10")
    assert parties(record) == expected
    if country:
        assert record.country == country


HN_ARRIVAL = ("Honduran President Xiomara Castro arrived in Shanghai on Friday for a state visit to China, "
              "the first by a Central American leader since Nicaragua and Costa Rica restored ties.")
HN_SIDELINES = ("On May 13, 2025, Foreign Minister Wang Yi met with Honduran Foreign Minister Eduardo "
                "Enrique Reina in Beijing on the sidelines of the Fourth Ministerial Meeting of the "
                "China-CELAC Forum.")
HN_SIDELINES_ZH = "2025年5月13日，外交部长王毅在北京出席中拉论坛第四届部长级会议期间会见洪都拉斯外长雷纳。"


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Honduran President Arrives in Shanghai", HN_ARRIVAL),
    ("en", "Wang Yi Meets Honduran FM on the Sidelines of the China-CELAC Forum", HN_SIDELINES),
    ("zh", "王毅会见洪都拉斯外长", HN_SIDELINES_ZH),
])
def test_other_lac_countries_and_platforms_around_one_counterpart_do_not_make_it_multilateral(
        lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2025-05-13")
    assert record.relevant and record.country == "Honduras"


# ---------------------------------------------------------------- dates of one exchange among others

HISTORY = ("BEIJING, May 10 (Xinhua) -- China and Cuba established diplomatic relations on September 28, "
           "1960. On May 9, Song Tao met with a delegation of the Communist Party of Cuba.")
DURING_VISIT = ("BEIJING, May 10 (Xinhua) -- A delegation of the Communist Party of Colombia is visiting "
                "China "
                "from May 6 to 12. On May 9, Guo Yezhou met with the delegation.")
ARRIVED_FIRST = ("After arriving in Beijing on May 6, a delegation of the Communist Party of Peru was "
                 "received "
                 "on May 9 by Guo Yezhou.")
DURING_VISIT_ZH = ("新华社北京5月10日电 哥伦比亚共产党代表团于5月6日至12日访华。9日，中联部副部长郭业洲会见"
                   "代表团。")
TWO_DAYS_AGO_ZH = "新华社北京5月10日电 中联部部长宋涛前天在京会见古巴共产党代表团。"


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Song Tao Meets PCC Delegation", HISTORY, "2019-05-09"),
    ("en", "Guo Yezhou Meets Delegation of the Communist Party of Colombia", DURING_VISIT, "2019-05-09"),
    ("en", "Guo Yezhou Meets Delegation of the Communist Party of Peru", ARRIVED_FIRST, "2019-05-09"),
    ("zh", "郭业洲会见哥伦比亚共产党代表团", DURING_VISIT_ZH, "2019-05-09"),
    ("zh", "宋涛会见古共代表团", TWO_DAYS_AGO_ZH, "2019-05-08"),
])
def test_a_page_about_one_meeting_is_dated_by_the_meeting_not_by_history_or_the_visit(
        lang, title, text, expected):
    record = idcpc(text, title=title, lang=lang, published="2019-05-10", url=AGENCY)
    assert record.event_date == expected


def test_a_weekday_in_a_leaders_name_is_no_day():
    record = mfa("On December 25, 2025, President Xi Jinping met in Beijing with Godwin Friday, Prime "
                 "Minister of Saint Vincent and the Grenadines.", title="Xi Jinping Meets with Prime "
                 "Minister", published="2025-12-26")
    assert record.event_date == "2025-12-25"


# ---------------------------------------------------------------- event types of IDCPC headlines

LUNCHEON = ("Beijing, May 9th -- Song Tao hosted a luncheon for Fernando Lugo, leader of the Guasu Front of "
            "Paraguay, who is on a visit to China.")
BANQUET_ZH = "5月9日，中联部部长刘建超在京宴请正在中国访问的智利共产党代表团。"
FUJIAN = ("Fuzhou, May 9th -- A delegation of the Communist Party of Cuba visited companies and a village in "
          "Fujian from May 7 to 9.")
STAY = ("Beijing, May 12th -- A delegation of the Justicialist Party of Argentina visited China from May 3 "
        "to "
        "12 at the invitation of the CPC. Besides Beijing, the delegation also visited Zhejiang province.")


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Song Tao Hosts Luncheon for Frente Guasu Leader", LUNCHEON, "meeting"),
    ("zh", "刘建超宴请智利共产党代表团", BANQUET_ZH, "meeting"),
    ("en", "PCC Delegation Visits Fujian", FUJIAN, "field_trip"),
    ("en", "Delegation of the Justicialist Party of Argentina Visits China", STAY, "delegation_received"),
])
def test_banquets_are_meetings_a_province_toured_is_a_field_trip_a_stay_in_china_as_a_whole_is_received(
        lang, title, text, expected):
    record = idcpc(text, title=title, lang=lang, published="2019-05-12")
    assert record.event_type == expected


REGION_FORUM = ("Beijing, May 9th -- The China-LAC Political Parties Forum opened in Beijing. Leaders of "
                "over "
                "40 parties from 25 countries of Latin America and the Caribbean attended the forum.")
REGION_BRIEFING_ZH = ("中联部9日举办中共二十大精神拉美地区宣介会，拉美和加勒比地区20多个国家的40余个政党领导"
                      "人"
                      "在线参加。")


@pytest.mark.parametrize("lang, text", [("en", REGION_FORUM), ("zh", REGION_BRIEFING_ZH)])
def test_a_count_of_the_regions_parties_makes_a_regional_event_not_a_worldwide_one(lang, text):
    record = idcpc(text, title="", lang=lang, published="2019-05-10")
    assert record.country == "multilateral" and "regional" in record.mechanism


# ---------------------------------------------------------------- foreign-ministry probes (helper-9)

@pytest.mark.parametrize("lang, title, text", [
    ("en", "Xi Jinping Holds Talks with Brazilian President Lula", "On April 14, 2023, President Xi Jinping "
     "held talks with President Lula at the Great Hall of the People."),
    ("en", "Xi Jinping Holds Talks with President Lula", "On April 14, 2023, President Xi Jinping held talks "
     "with President Lula at the Great Hall of the People."),
    ("zh", "习近平同巴西总统卢拉会谈", "2023年4月14日，国家主席习近平在人民大会堂同卢拉总统举行会谈。"),
])
def test_a_head_named_by_office_and_surname_alone_is_the_counterpart_at_head_level(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2023-04-14")
    assert record.relevant and record.country == "Brazil"
    assert record.counterpart == "Luiz Inácio Lula da Silva, President" and record.head_of_state_level


@pytest.mark.parametrize("text", [
    "On March 1, 2024, President Xi Jinping spoke on the phone with President Gustavo Petro.",
    "On March 1, 2024, President Xi Jinping spoke on the phone with President Petro.",
])
def test_a_head_named_by_office_and_full_name_without_the_country_is_the_counterpart(text):
    record = mfa(text, title="Xi Jinping Speaks with Colombian President on the Phone",
                 published="2024-03-01")
    assert record.country == "Colombia" and record.event_type == "phone_call"
    assert record.counterpart == "Gustavo Petro, President" and record.head_of_state_level


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Venezuelan National Assembly president arrives in Beijing", "BEIJING, July 1 (Xinhua) -- Jorge "
     "Rodriguez, President of the National Assembly of Venezuela, arrived here on Monday for a visit to "
     "China.",
     "official_visit"),
    ("en", "Brazilian Vice President to Visit China", "Brazilian Vice President Geraldo Alckmin will visit "
     "China from June 4 to 8 at the invitation of Vice President Han Zheng.", "official_visit"),
    ("zh", "乌拉圭总统将访华", "应国家主席习近平邀请，乌拉圭总统拉卡列将于11月20日至24日访华。",
     "state_visit"),
    ("zh", "智利外长将访华", "应外交部长王毅邀请，智利外长将于11月20日至24日访华。", "official_visit"),
    ("en", "Xi Meets Honduran President at Import Expo", "On November 5, 2024, President Xi Jinping met with "
     "Honduran President Xiomara Castro on the sidelines of the China International Import Expo.", "meeting"),
    ("en", "", "SANTIAGO, March 7 (Xinhua) -- Chinese Vice Foreign Minister Ma Zhaoxu met with Chilean "
     "Foreign Minister Alberto van Klaveren here on Tuesday.", "meeting"),
    ("en", "Xi, Lula meet reporters jointly", "BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping "
     "and his Brazilian counterpart Luiz Inacio Lula da Silva met reporters jointly on Wednesday after their "
     "talks.", "other"),
    ("en", "Xi, Lula Meet the Press", "On April 14, 2023, President Xi Jinping and Brazilian President Lula "
     "jointly met the press after their talks.", "other"),
    ("en", "Press Communique between the PRC and the Republic of Nicaragua", "The two sides held talks and "
     "agreed on the following.", "joint_statement"),
])
def test_visit_kinds_trade_fairs_shared_capitals_joint_press_and_communiques(lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2023-03-08")
    assert record.relevant and record.event_type == expected


def test_a_president_elect_in_chinese_is_not_yet_a_head():
    record = mfa("2024年11月30日，国家主席习近平在北京会见乌拉圭候任总统奥尔西。", title="习近平会见乌拉圭候"
                                                              "任总统奥尔西",
                 lang="zh", published="2024-11-30")
    assert record.relevant and not record.head_of_state_level


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Mexican president receives Chinese ambassador", "MEXICO CITY, March 12 (Xinhua) -- Mexican "
     "President Andres Manuel Lopez Obrador on Tuesday received Chinese Ambassador Zhang Run at the National "
     "Palace."),
    ("zh", "古巴国家主席迪亚斯-卡内尔会见中国驻古巴大使", "2024年3月8日，古巴国家主席迪亚斯-卡内尔在哈瓦那会"
                                     "见中国驻"
     "古巴大使。"),
    ("en", "", "On May 8, 2024, Qiu Xiaoqi, Special Representative of the Chinese Government on Latin "
               "American "
     "Affairs, met with Colombian Foreign Minister Luis Gilberto Murillo in Bogota."),
])
def test_a_page_whose_only_chinese_side_is_an_ambassador_or_below_vice_minister_is_not_relevant(
        lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2024-03-13",
                 url="http://www.example-agency.com/2024/0313/1.html")
    assert not record.relevant


def test_the_president_of_a_senate_is_no_head_of_state():
    record = mfa("On March 28, 2023, President Xi Jinping met with President of the Brazilian Senate Rodrigo "
                 "Pacheco in Beijing.", title="Xi Jinping Meets with President of the Brazilian Senate",
                 published="2023-03-28")
    assert record.relevant and record.country == "Brazil" and not record.head_of_state_level


@pytest.mark.parametrize("lang, title, text, published, action, level", [
    ("en", "Xi Jinping Holds Talks with Honduran President Castro", "On June 12, 2023, President Xi Jinping "
     "held talks with Honduran President Xiomara Castro. The two sides agreed to forge a strategic "
     "partnership.", "2023-06-12", "establish", "strategic partnership"),
    ("en", "Xi Jinping Holds Talks with Colombian President Petro", "On October 25, 2023, President Xi "
     "Jinping held talks with Colombian President Gustavo Petro. The two sides agreed that China and "
     "Colombia "
     "will become strategic partners.", "2023-10-25", "establish", "strategic partnership"),
    ("zh", "习近平同秘鲁总统乌马拉举行会谈", "2013年4月6日，国家主席习近平在三亚同秘鲁总统乌马拉举行会谈。两"
                              "国元首"
     "宣布中秘结为全面战略伙伴。", "2013-04-06", "upgrade", "comprehensive strategic partnership"),
])
def test_partnership_steps_worded_as_forging_becoming_partners_or_结为(lang, title, text, published, action,
                                                                      level):
    record = mfa(text, title=title, lang=lang, published=published)
    assert (record.partnership_action, record.partnership_level) == (action, level)


@pytest.mark.parametrize("lang, title, text", [
    ("zh", "郭业洲会见古巴共产党代表团", "5月9日，中联部副部长郭业洲在京会见来华参加中古两党理论研讨会的古巴"
                            "共产党代表团。"),
    ("en", "Song Tao Meets Latin American Party Leaders", "Beijing, May 9th -- Song Tao met here today with "
                                                          "Latin "
     "American party leaders who came to China to attend the China-Latin America and Caribbean Political "
     "Parties Forum."),
])
def test_a_meeting_with_a_group_that_came_for_a_seminar_or_forum_is_knowledge_exchange(lang, title, text):
    record = idcpc(text, title=title, lang=lang, published="2019-05-10")
    assert record.event_type == "meeting" and record.content == "knowledge exchange"


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Song Tao Meets Leader of Paraguay's Frente Guasu", "Beijing, May 9th -- Song Tao met here today "
                                                               "with "
     "Fernando Lugo, leader of Paraguay's Frente Guasu. Lugo said that although the Colorado Party won the "
     "recent elections, his party will continue to promote relations with China.", {"Guasu Front"}),
    ("zh", "钱洪山会见巴西社会党代表团", "5月9日，中联部副部长钱洪山在京会见巴西社会党代表团。钱洪山表示，中"
                            "方赞赏巴西"
     "社会党为推动中巴关系所作努力，也愿同巴西劳工党等各政党加强交往。", {"Brazilian Socialist Party"}),
    # a meeting clause after the speech verb still names who took part
    ("en", "Liu Jianchao Meets PCC Delegation", "Beijing, May 9th -- Liu Jianchao said this when meeting "
                                                "with a "
     "delegation of the Communist Party of Cuba.", {"Communist Party of Cuba"}),
])
def test_parties_a_counterpart_speaks_of_are_topics_not_participants(lang, title, text, expected):
    record = idcpc(text, title=title, lang=lang, published="2019-05-10")
    assert parties(record) == expected


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Brazil's Workers' Party Joins CPC at BRICS Political Parties Forum", "Vladivostok, June 19th -- "
     "Leaders of the Workers' Party of Brazil attended the BRICS Political Parties Forum with the CPC and "
     "parties from more than 30 countries."),
    ("zh", "古巴共产党领导人出席中国共产党与世界政党高层对话会", "新华社北京5月10日电 中国共产党与世界政党高"
                                        "层对话会"
     "在京举行，来自100多个国家的政党领导人与会，古巴共产党领导人出席。"),
])
def test_a_lac_party_named_in_the_headline_of_a_worldwide_platform_is_among_its_participants(
        lang, title, text):
    record = idcpc(text, title=title, lang=lang, published="2019-06-20")
    assert record.country == "multilateral" and "global" in record.mechanism


@pytest.mark.parametrize("lang, title, text, kind, day", [
    ("en", "Wang Yi Meets with Cuban Foreign Minister Bruno Rodriguez Parrilla", "On March 4, 2024, Premier "
                                                                                 "Li "
     "Qiang held talks with Cuban Prime Minister Manuel Marrero Cruz. On March 5, Foreign Minister Wang Yi "
     "met "
     "with Cuban Foreign Minister Bruno Rodriguez Parrilla.", "meeting", "2024-03-05"),
    ("zh", "李强会见巴西总统卢拉", "2023年4月14日，国家主席习近平同巴西总统卢拉举行会谈。同日，国务院总理李"
                         "强在人民"
     "大会堂会见卢拉。", "meeting", "2023-04-14"),
])
def test_the_headlines_principal_picks_the_exchange_reported_after_anothers(lang, title, text, kind, day):
    record = mfa(text, title=title, lang=lang, published=day)
    assert (record.event_type, record.event_date) == (kind, day)


def test_a_counterparts_name_keeps_its_lowercase_particles():
    record = mfa("On October 18, 2023, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto "
                 "van "
                 "Klaveren in Beijing.", title="Wang Yi Meets with Chilean Foreign Minister",
                 published="2023-10-18")
    assert record.counterpart == "Alberto van Klaveren, Foreign Minister"


@pytest.mark.parametrize("lang, title, text, expected", [
    ("zh", "王毅会见拉共体轮值主席国洪都拉斯外长", "2025年5月12日，外交部长王毅在北京会见拉共体轮值主席国"
     "洪都拉斯外长雷纳。", "Honduras"),
    ("en", "Wang Yi Meets CELAC Pro Tempore President", "On May 12, 2025, Foreign Minister Wang Yi met in "
     "Beijing with Foreign Minister of Honduras Eduardo Enrique Reina, whose country holds the rotating "
     "presidency of CELAC.", "Honduras"),
    ("en", "Wang Yi Meets Guyanese President", "On May 12, 2025, Foreign Minister Wang Yi met in Georgetown "
     "with President of Guyana Irfaan Ali, the current chairman of CARICOM.", "Guyana"),
    ("en", "Wang Yi Meets CELAC Quartet", "On May 12, 2025, Foreign Minister Wang Yi met in Beijing with the "
     "foreign ministers of Honduras, Colombia and Brazil, the CELAC Quartet.", "multilateral"),
])
def test_one_countrys_actor_in_the_chair_of_a_regional_body_is_that_country(lang, title, text, expected):
    """Country: the LAC country whose actors take part. The rotating chair of CELAC is an office
    one country holds; a group of several countries' actors stays multilateral."""
    record = mfa(text, title=title, lang=lang, published="2025-05-12")
    assert record.country == expected


PAD_EN = " ".join(["The two sides exchanged views on party building and agreed to deepen cooperation."] * 8)


def test_every_party_a_delegation_met_during_its_visit_takes_part_wherever_the_report_names_it():
    """Contacts list every LAC party the page names as taking part, the host party of a visit
    included: on a page about a visit as a whole, a party met late in the report took part."""
    text = ("SANTIAGO, May 10 (Xinhua) -- A CPC delegation visited Chile from May 6 to 10 at the invitation "
            "of the Socialist Party of Chile.\n\n" + PAD_EN + "\n\n" + PAD_EN + "\n\n"
            "In Valparaiso, the delegation also met with leaders of the Party for Democracy.\n\n" + PAD_EN
            + "\n\nChilean scholars recalled that the Christian Democratic Party of Chile once governed.")
    record = idcpc(text, title="CPC Delegation Visits Chile", url=AGENCY, published="2023-05-10")
    assert record.event_type == "delegation_visit_abroad"
    assert parties(record) == {"Socialist Party of Chile", "Party for Democracy"}  # not the one recalled


@pytest.mark.parametrize("text, expected", [
    ("5月10日，中联部部长宋涛在京会见智利客人。会见后，宋涛还会见了争取民主党代表团。",
     {"Party for Democracy"}),
    ("5月10日，中联部部长宋涛在京会见智利客人，并同德国社会民主党代表交流。", set()),
])
def test_a_chinese_party_name_without_its_country_is_the_party_of_the_page_country(text, expected):
    """争取民主党 on a page about Chile is Chile's Party for Democracy (as "National Party" is the
    page country's in English); a name following another country's (德国社会民主党) is not."""
    record = idcpc(text, title="宋涛会见智利客人", lang="zh", url=AGENCY_ZH, published="2023-05-10")
    assert parties(record) == expected


def test_a_page_whose_body_alone_names_parties_of_several_countries_is_multilateral():
    """Country: "a group of actors from two or more LAC countries" is multilateral. Counted by
    actors: "the Sandinista National Liberation Front of Nicaragua" is one, not two."""
    text = ("On May 28, political parties issued a joint statement calling for cooperation in the fight "
            "against the epidemic.\n\nThe statement was initiated by the International Department of the "
            "CPC Central Committee.\n\nThe signatories include the Communist Party of Cuba, the United "
            "Socialist Party of Venezuela, the Sandinista National Liberation Front of Nicaragua and the "
            "Workers' Party of Brazil.")
    record = idcpc(text, title="Joint Statement of Political Parties on Cooperation Against the Epidemic",
                   published="2020-05-28")
    assert record.country == "multilateral" and "regional" in record.mechanism
    assert len(parties(record)) == 4


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Qian Hongshan Meets Honduran Politicians", "On May 9, Qian Hongshan met with a delegation of "
     "Honduran politicians from the Liberal Party and the National Party in Beijing.",
     {"Liberal Party of Honduras", "National Party of Honduras"}),
    ("en", "Qian Hongshan Meets Uruguayan Politicians", "On May 9, Qian Hongshan met with Uruguayan "
     "politicians from the Broad Front, National Party and Colorado Party in Beijing.",
     {"Broad Front", "National Party (Uruguay)", "Colorado Party (Uruguay)"}),
    ("zh", "陈洲会见哥斯达黎加客人", "5月9日，中联部副部长陈洲在京会见哥斯达黎加执政党民族解放党代表团。",
     {"National Liberation Party"}),
])
def test_a_bare_party_name_in_a_list_or_after_its_role_is_the_page_countrys(lang, title, text, expected):
    """A bare name ("National Party", 民族解放党) is the page country's party: after a list comma, before
    "in Beijing", after 执政党 — only a name right before it or "of <Country>" after it is another's."""
    record = idcpc(text, title=title, lang=lang, published="2019-05-09")
    assert parties(record) == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "BEIJING, May 9 (Xinhua) -- Liu Jianchao met here Tuesday with a delegation of Paraguay's "
     "Colorado Party, whose candidate Santiago Pena defeated the candidate of the Authentic Radical "
     "Liberal Party in the April elections."),
    ("zh", "新华社北京5月9日电 中联部部长刘建超9日在京会见巴拉圭红党代表团。"
     "红党候选人培尼亚在4月大选中击败巴拉圭真正激进自由党候选人。"),
])
def test_a_party_named_as_the_counterparts_rival_is_no_participant(lang, text):
    title = "Liu Jianchao Meets Paraguayan Guests" if lang == "en" else "刘建超会见巴拉圭客人"
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2023-05-09")
    assert parties(record) == {"Colorado Party (Paraguay)"}


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "On May 9, Liu Jianchao met in Beijing with leaders of the Socialist and Communist parties of "
     "Chile.",
     {"Socialist Party of Chile", "Communist Party of Chile"}),
    ("en", "On May 9, Liu Jianchao met in Beijing with a joint delegation of the Communist Parties of "
     "Argentina and Uruguay.", {"Communist Party of Argentina", "Communist Party of Uruguay"}),
    ("zh", "5月9日，中联部部长刘建超在京会见智利社会党和共产党领导人。",
     {"Socialist Party of Chile", "Communist Party of Chile"}),
    ("zh", "5月9日，中联部部长刘建超在京会见阿根廷、乌拉圭共产党联合代表团。",
     {"Communist Party of Argentina", "Communist Party of Uruguay"}),
])
def test_party_names_sharing_their_words_are_each_party(lang, text, expected):
    """"The Socialist and Communist parties of Chile" names two parties, each in full."""
    record = idcpc(text, title="Liu Jianchao Meets Guests" if lang == "en" else "刘建超会见客人", lang=lang,
                   published="2023-05-09")
    assert parties(record) == expected


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Liu Jianchao Sends Video Message to Celebration of Communist Party of Chile's Anniversary",
     "On June 4, Liu Jianchao, head of the IDCPC, sent a video message to the celebration of the 110th "
     "anniversary of the founding of the Communist Party of Chile held in Santiago.", "other"),
    ("zh", "刘建超向智利共产党成立110周年庆祝大会发表视频致辞",
     "6月4日，中联部部长刘建超向在圣地亚哥举行的智利共产党成立110周年庆祝大会发表视频致辞。", "other"),
    ("en", "IDCPC Sends Congratulatory Message to Communist Party of Chile",
     "On June 4, the IDCPC sent a congratulatory message to the Communist Party of Chile on its 110th "
     "anniversary.", "message"),
])
def test_a_message_or_video_address_to_a_celebration_is_that_event(lang, title, text, expected):
    """Rule 1: the event over the medium; a message has no event around it. A celebration or
    ceremony is none of rule 2's formats: other."""
    record = idcpc(text, title=title, lang=lang, published="2023-06-05")
    assert record.event_type == expected


def test_a_headline_discussion_with_a_delegation_is_a_meeting():
    record = idcpc("5月9日，中联部部长宋涛在京同巴西劳工党代表团座谈。代表团于5月5日至12日访华。",
                   title="宋涛同巴西劳工党代表团座谈", lang="zh", published="2023-05-10")
    assert record.event_type == "meeting"


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "On April 18, the International Department of the CPC Central Committee sent a message of "
     "sympathy to the PAIS Alliance of Ecuador over the loss of life caused by the earthquake on April 16, "
     "and expressed deep condolences to the victims.", "2016-04-18"),
    ("en", "After the strong earthquake that hit Ecuador on April 16, the IDCPC sent a message of sympathy "
     "on April 18 to the PAIS Alliance.", "2016-04-18"),
    ("zh", "厄瓜多尔4月16日发生强烈地震后，中联部于4月18日致电厄瓜多尔主权祖国联盟，表示深切慰问。",
     "2016-04-18"),
])
def test_a_message_is_dated_by_its_own_day_not_the_event_that_occasioned_it(lang, text, expected):
    title = "IDCPC Sends Sympathy Message to PAIS Alliance" if lang == "en" else "中联部致电慰问"
    record = idcpc(text, title=title, lang=lang, published="2016-04-19")
    assert record.event_type == "message" and record.event_date == expected


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Sao Paulo Forum Congratulates CPC on Its National Congress", "On October 16, the Sao Paulo Forum "
     "sent a letter to the CPC Central Committee congratulating it on the opening of its 20th National "
     "Congress.", "message"),
    ("zh", "圣保罗论坛致函祝贺中共二十大开幕", "10月16日，圣保罗论坛执行秘书处致函中共中央，"
     "祝贺中国共产党第二十次全国代表大会开幕。", "message"),
    ("en", "CPC Delegation Attends Sao Paulo Forum Meeting", "On October 16, a CPC delegation attended the "
     "26th meeting of the Sao Paulo Forum held in Brasilia.", "forum"),
])
def test_a_standing_bodys_name_is_no_event_unless_a_meeting_of_it_is_reported(lang, title, text, expected):
    """Rule 2: forum is a named multi-party forum or conference held; a letter from the São Paulo
    Forum, a standing organisation, is a message."""
    record = idcpc(text, title=title, lang=lang, published="2022-10-17")
    assert record.event_type == expected


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Evo Morales Sends Letter to Xi Jinping", "Recently, Evo Morales sent a letter to Xi Jinping, "
     "general secretary of the CPC Central Committee, congratulating the CPC on its centenary. Morales said "
     "the CPC's achievements inspire progressive forces in Latin America.", "Bolivia"),
    ("zh", "卢拉致信祝贺中国共产党成立100周年", "日前，卢拉致信习近平总书记，祝贺中国共产党成立100周年。"
     "卢拉表示，中共的经验对拉美和加勒比国家具有借鉴意义。", "Brazil"),
])
def test_a_former_head_named_alone_names_the_country_and_the_region_he_spoke_of_is_a_topic(
        lang, title, text, expected):
    """Country: the LAC country whose actors take part. A former head (not in office that day) is
    still that country's actor; "Latin America" in what he said is a topic, not the counterpart."""
    record = idcpc(text, title=title, lang=lang, published="2021-07-05")
    assert record.relevant and record.country == expected and record.event_type == "message"


@pytest.mark.parametrize("title", ["评论：中国共产党治国理政经验为拉美提供借鉴",
                                   "国际锐评｜中拉政党交流前景广阔"])
def test_a_chinese_commentary_headline_reports_no_exchange(title):
    record = idcpc("中国共产党同拉美和加勒比地区政党的交往日益密切，"
                   "古巴共产党、巴西劳工党等政党高度评价中国的发展成就。", title=title, lang="zh",
                   url=AGENCY_ZH, published="2021-07-01")
    assert not record.relevant


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Communist Party of Cuba opens 8th Congress", "HAVANA, April 16 (Xinhua) -- The 8th Congress of "
     "the Communist Party of Cuba opened here today. The Chinese ambassador read a congratulatory message "
     "from the CPC Central Committee at the opening session."),
    ("zh", "墨西哥国家复兴运动党召开全国代表大会", "新华社墨西哥城11月18日电 墨西哥国家复兴运动党18日召开"
     "全国代表大会。中国驻墨西哥大使在开幕式上宣读了中联部的贺信。"),
])
def test_a_report_of_a_lac_partys_congress_where_a_cpc_message_is_read_is_that_event(lang, title, text):
    """Rule 1: the event over the medium; a party congress is none of rule 2's formats: other."""
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2021-04-17")
    assert record.relevant and record.event_type == "other"


def test_foreign_parties_congratulating_the_cpcs_own_congress_stay_messages():
    record = idcpc("新华社北京10月20日电 古巴共产党中央第一书记迪亚斯-卡内尔致电习近平总书记，"
                   "祝贺中国共产党第二十次全国代表大会召开。", title="古共领导人致电祝贺中共二十大召开",
                   lang="zh", url=AGENCY_ZH, published="2022-10-20")
    assert record.event_type == "message"


def test_a_party_named_by_its_country_first_is_also_found_with_of_the_country():
    """"The Labour Party of Saint Kitts and Nevis" is the Saint Kitts and Nevis Labour Party; with the
    Antigua and Barbuda Labour Party, two countries' parties make the exchange multilateral."""
    record = idcpc("On March 10, the IDCPC sent congratulatory messages to the Labour Party of Saint Kitts "
                   "and Nevis and the Antigua and Barbuda Labour Party on their election victories.",
                   title="IDCPC Congratulates Caribbean Parties", published="2023-03-11")
    assert {"Saint Kitts and Nevis Labour Party", "Antigua and Barbuda Labour Party"} <= parties(record)
    assert record.country == "multilateral"


@pytest.mark.parametrize("when, expected", [("上周四", "2019-05-02"), ("上星期四", "2019-05-02"),
                                            ("周四", "2019-05-09")])
def test_last_weeks_weekday_is_counted_back_into_the_week_before(when, expected):
    """Rule 3, in Chinese: 上周四 is the Thursday of the week before the dateline's (Friday 10 May)."""
    record = idcpc(f"新华社北京5月10日电 中联部部长宋涛{when}在京会见古巴共产党代表团。",
                   title="宋涛会见古共代表团", lang="zh", url=AGENCY_ZH, published="2019-05-10")
    assert record.event_date == expected


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Xi meets Chilean president in Lima", "LIMA, Nov. 15 (Xinhua) -- Chinese President Xi Jinping met "
     "with Chilean President Gabriel Boric in Lima on Friday.", "Chile"),
    ("zh", "习近平在利马会见智利总统博里奇", "新华社利马11月15日电 当地时间15日，国家主席习近平在利马会见"
     "智利总统博里奇。", "Chile"),
])
def test_the_counterparts_country_outranks_the_capital_where_they_met(lang, title, text, expected):
    record = mfa(text, title=title, lang=lang, published="2024-11-15",
                 url=AGENCY_ZH if lang == "zh" else AGENCY)
    assert record.country == expected


def test_a_meeting_during_a_trip_to_two_lac_countries_is_that_meetings_country():
    """The several-country trip is multilateral on a page about the trip; a page headlined on one
    meeting during it is that meeting, with one country."""
    record = mfa("On January 19, 2024, Foreign Minister Wang Yi met with Brazilian President Luiz Inacio "
                 "Lula da Silva in Brasilia. Wang Yi is on a visit to Brazil and Colombia.",
                 title="President Lula Meets with Wang Yi", published="2024-01-19")
    assert record.country == "Brazil" and record.event_type == "meeting"


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "Beijing Declaration of the Fourth Ministerial Meeting of the China-CELAC Forum", "1. We, the "
     "Ministers of Foreign Affairs of China and of the Member States of CELAC, met in Beijing on May 13, "
     "2025.", "joint_statement"),
    ("zh", "中国－拉共体论坛第四届部长级会议北京宣言",
     "一、我们，中国和拉共体成员国外交部长，于2025年5月13日在北京举行中拉论坛第四届部长级会议。",
     "joint_statement"),
    ("en", "Vice President Han Zheng Meets Heads of Delegation",
     "On May 13, 2025, Vice President Han Zheng met with heads of delegation of Latin American and "
     "Caribbean countries attending the Fourth Ministerial Meeting of the China-CELAC Forum.",
     "meeting_on_sidelines"),
    ("zh", "王毅谈习近平主席出席亚太经合组织会议并对秘鲁、巴西进行国事访问", "2024年11月22日，外交部长王毅"
     "向中外媒体介绍国家主席习近平出席亚太经合组织会议并对秘鲁、巴西进行国事访问情况。", "other"),
])
def test_declarations_side_meetings_and_briefings_on_a_trip(lang, title, text, expected):
    """A declaration the sides adopt is a joint statement; delegations attending a named ministerial
    meeting are met on its sidelines; a minister's briefing on a trip is other."""
    record = mfa(text, title=title, lang=lang, published="2025-05-13")
    assert record.event_type == expected


@pytest.mark.parametrize("title, text, expected", [
    ("Xi Jinping Meets Dominican Prime Minister", "On May 10, 2024, President Xi Jinping met with Dominican "
     "Prime Minister Roosevelt Skerrit in Beijing.", "Dominica"),
    ("Xi Jinping Meets Dominican President", "On May 10, 2024, President Xi Jinping met with Dominican "
     "President Luis Abinader in Beijing.", "Dominican Republic"),
])
def test_dominican_is_dominica_when_dominicas_head_is_named(title, text, expected):
    """English "Dominican" names both Dominica and the Dominican Republic: the head in office named
    beside it decides."""
    record = mfa(text, title=title, published="2024-05-10")
    assert record.country == expected


@pytest.mark.parametrize("written, expected", [
    ("the Green Party of Brazil", "Green Party (Brazil)"),
    ("the Socialist Party of Argentina", "Socialist Party (Argentina)"),
])
def test_a_party_whose_name_carries_its_country_in_brackets_is_found_as_of_the_country(written, expected):
    record = idcpc(f"On May 9, Liu Jianchao met with a delegation of {written} in Beijing.",
                   title="Liu Jianchao Meets Guests", published="2023-05-09")
    assert parties(record) == {expected}


def test_a_delegation_of_several_caribbean_countries_parties_is_multilateral():
    record = idcpc("Beijing, March 21st—Song Tao met here today with a delegation of Caribbean political "
                   "parties including the Barbados Labour Party, the Dominica Labour Party, the Unity Labour "
                   "Party of Saint Vincent and the Grenadines and the People's National Movement of Trinidad "
                   "and Tobago.", title="Song Tao Meets with Delegation of Caribbean Political Parties",
                   published="2019-03-22")
    assert record.country == "multilateral" and len(parties(record)) == 4


@pytest.mark.parametrize("lang, title, text, relevant", [
    ("en", "Seminar on China-Latin America Relations Held in Beijing",
     "On May 9, the IDCPC held a seminar on China-Latin America relations in Beijing, attended by Chinese "
     "scholars. Participants discussed trade and investment trends in Latin America.", False),
    ("en", "IDCPC Holds Briefing for Latin American Parties",
     "On May 9, the IDCPC held an online briefing for leaders of more than 40 Latin American political "
     "parties.", True),
    ("zh", "中联部举办中共二十大精神拉美地区宣介会", "5月9日，中联部举办中共二十大精神拉美地区宣介会，"
     "拉美和加勒比地区20多个国家的40余个政党领导人在线参加。", True),
])
def test_the_region_is_a_counterpart_as_its_actors_not_as_a_topic(lang, title, text, relevant):
    """Relevance: an exchange with LAC actors. "Latin American parties" are actors; a seminar of
    Chinese scholars "on China-Latin America relations" has none."""
    record = idcpc(text, title=title, lang=lang, published="2023-05-10")
    assert record.relevant is relevant
    if relevant:
        assert record.country == "multilateral" and "regional" in record.mechanism


def test_a_briefing_on_a_coming_visit_that_states_no_day_of_the_visit_is_undated():
    """Dates of visits and briefings: a briefing on a trip takes the trip's first day when stated,
    else null — not the day of the briefing."""
    record = mfa("2023年10月20日，外交部副部长马朝旭就哥伦比亚总统佩特罗对华国事访问举行中外媒体吹风会。",
                 title="外交部就哥伦比亚总统对华国事访问举行吹风会", lang="zh", published="2023-10-20")
    assert record.event_type == "other" and record.event_date is None


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Cuban party congratulates Vietnamese party on anniversary",
     "HAVANA, Feb. 3 (Xinhua) -- The Communist Party of Cuba on Friday sent a message to the Communist "
     "Party of Vietnam congratulating it on its founding anniversary. The message also praised the "
     "Communist Party of China."),
    ("zh", "古共致电祝贺越共建党93周年",
     "新华社哈瓦那2月3日电 古巴共产党3日致电越南共产党，祝贺越共建党93周年。"
     "贺电还赞扬了中国共产党等兄弟党。"),
])
def test_a_lac_partys_exchange_with_a_third_party_is_no_cpc_exchange(lang, title, text):
    """A party exchange needs the CPC as a side: a Cuban message to the Vietnamese party that also
    praises the CPC is the Cuban and Vietnamese parties' exchange."""
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2023-02-03")
    assert not record.relevant


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "CPC Delegation Visits Uruguay",
     "From March 4 to 8, a CPC delegation led by Vice Minister Li Dong visited Uruguay. Li elaborated on the "
     "major outcomes of the 20th National Congress of the CPC to leaders of the Broad Front.", "briefing"),
    ("en", "CPC Delegation Visits Uruguay",
     "From March 4 to 8, a CPC delegation visited Uruguay, where it expounded the guiding principles of "
     "the 21st CPC National Congress to the Broad Front and other parties.", "briefing"),
    ("zh", "中共代表团访问乌拉圭",
     "3月4日至8日，中联部副部长李东率中共代表团访问乌拉圭，向广泛阵线等政党领导人深入阐述二十届四中全会精神。",
     "briefing"),
    ("zh", "中共代表团访问乌拉圭",
     "3月4日至8日，李东率中共代表团访问乌拉圭，同广泛阵线领导人座谈，介绍党的二十大精神。", "briefing"),
    # a LAC party's own congress presented to the CPC side is no CPC briefing
    ("zh", "中共代表团访问古巴",
     "3月4日至8日，李东率中共代表团访问古巴，古共中央领导人向代表团介绍了古共八大筹备情况。",
     "delegation_visit_abroad"),
    ("en", "CPC Delegation Visits Uruguay",
     "From March 4 to 8, a CPC delegation visited Uruguay and met with leaders of the Broad Front. The two "
     "sides exchanged views on governance.", "delegation_visit_abroad"),
])
def test_a_visit_abroad_to_present_a_cpc_congress_or_plenum_is_a_briefing(lang, title, text, expected):
    """Rule 1 before rule 4: a delegation abroad whose lead presents, elaborates or expounds a CPC
    national congress or plenum (the numbered ones: 二十大, 二十届四中全会, "21st … National
    Congress") reports a briefing; a LAC party's own congress (古共八大) is not the CPC's."""
    record = idcpc(text, title=title, lang=lang, published="2026-03-10")
    assert record.event_type == expected


@pytest.mark.parametrize("lang, title, text, expected", [
    ("en", "CPC Delegation Visits Mexico",
     "Mexico City, March 9th--The CPC delegation met with Luisa Alcalde, president of the National "
     "Regeneration Movement; Alberto Anaya, coordinator of the Labor Party; and leaders of the "
     "Ecologist Green Party.",
     {"National Regeneration Movement", "Labor Party (Mexico)"}),
    ("zh", "中共代表团会见墨西哥政党领导人",
     "新华社墨西哥城3月9日电 中共代表团9日在墨西哥城分别会见墨西哥执政党国家复兴运动党和劳动党领导人。",
     {"National Regeneration Movement", "Labor Party (Mexico)"}),
    # alone, the common name is no party: the sentence names no other party of the country
    ("en", "CPC Delegation Visits Mexico",
     "Mexico City, March 9th--The CPC delegation met with leaders of the National Regeneration Movement. "
     "The Labor Party sent greetings.", {"National Regeneration Movement"}),
    ("zh", "中共代表团会见墨西哥政党领导人",
     "3月9日，中共代表团在墨西哥城会见墨西哥国家复兴运动党领导人。朝鲜劳动党代表团也在墨访问。",
     {"National Regeneration Movement"}),
])
def test_a_common_party_name_in_a_list_of_one_countrys_parties_is_that_countrys(lang, title, text, expected):
    """"Labor Party", 劳动党 are too common to name a party alone; in one sentence with another party
    of the page's country written in full, the country qualifies the whole list."""
    record = idcpc(text, title=title, lang=lang, published="2026-03-10")
    assert expected <= set(parties(record)) and "Labor Party (Mexico)" not in set(parties(record)) - expected


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Assistant Minister Zhu Rui Meets with Delegation of the Colorado Party of Paraguay",
     "Beijing, April 2nd--Zhu Rui, Assistant Minister of the IDCPC, met here today with a "
     "delegation of the Colorado Party of Paraguay."),
    ("zh", "部长助理朱锐会见巴拉圭红党代表团",
     "4月2日，中联部部长助理朱锐在京会见巴拉圭红党代表团。"),
])
def test_the_idcpcs_assistant_minister_is_the_cpc_side(lang, title, text):
    """Who counts (foreign ministry) keeps the ministry's officials below vice minister out; on a
    party page the IDCPC's own assistant ministers and directors-general are the CPC side."""
    record = idcpc(text, title=title, lang=lang, published="2026-04-03")
    assert record.relevant and record.country == "Paraguay"
    assert "Colorado Party (Paraguay)" in parties(record)


def test_a_ministrys_assistant_minister_headline_on_a_party_file_page_is_still_not_relevant():
    record = idcpc("2026年4月2日，外交部部长助理朱锐出席巴拉圭驻华使馆举办的国庆招待会并致辞。",
                   title="外交部部长助理朱锐出席巴拉圭国庆招待会", lang="zh",
                   url="https://www.fmprc.gov.cn/web/wjdt_674879/sjxw_674887/202604/t20260403_1.shtml")
    assert not record.relevant


@pytest.mark.parametrize("lang, title, text, expected", [
    ("zh", "钱洪山会见智利社会党和争取民主党联合代表团",
     "4月2日，中联部副部长钱洪山在京会见智利社会党和争取民主党联合代表团。",
     {"Socialist Party of Chile", "Party for Democracy"}),
    ("en", "Qian Hongshan Meets with Delegation of Socialist Party of Chile and Party for Democracy",
     "Beijing, April 2nd--Qian Hongshan met here today with a joint delegation of the Socialist Party of "
     "Chile and the Party for Democracy.", {"Socialist Party of Chile", "Party for Democracy"}),
])
def test_a_country_written_only_inside_a_partys_name_is_the_pages_country(lang, title, text, expected):
    """A bare party name ("Party for Democracy", 争取民主党) is the page's country's; a page may name
    that country only inside the first party's full name."""
    record = idcpc(text, title=title, lang=lang, published="2026-04-03")
    assert record.country == "Chile" and expected <= set(parties(record))


@pytest.mark.parametrize("title, text", [
    ("Fujian Party chief meets Uruguayan delegation",
     "FUZHOU, April 2 (Xinhua) -- The Party secretary of Fujian Province met with a delegation of the Broad "
     "Front of Uruguay in Fuzhou on Thursday."),
    ("Provincial Party chief meets Uruguayan guests",
     "FUZHOU, April 2 (Xinhua) -- The provincial Party secretary met with a delegation of the Broad Front of "
     "Uruguay on Thursday."),
])
def test_a_provincial_party_chief_is_the_cpc_side(title, text):
    """Party committees are the CPC side (IDCPC relevance): agency English names a provincial party
    secretary "Party chief" without writing "CPC"."""
    record = idcpc(text, title=title, url=AGENCY, published="2026-04-03")
    assert record.relevant and record.country == "Uruguay"


def test_a_webinar_the_cpc_runs_for_foreign_parties_is_a_training_course():
    """Rule 2: a course, class, workshop or webinar the CPC side runs for foreign cadres or leaders;
    "for … parties" names whom it is run for."""
    record = idcpc("On April 2, the IDCPC held a webinar for Caribbean political parties on rural "
                   "development. Members of the People's National Party of Jamaica and the Barbados Labour "
                   "Party took part online.", title="IDCPC Holds Webinar for Caribbean Parties",
                   published="2026-04-03")
    assert record.event_type == "training_course" and record.country == "multilateral"


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Broad Front of Uruguay Opens Its Congress, CPC Sends Congratulations",
     "MONTEVIDEO, March 7 -- The Broad Front of Uruguay opened its national congress here today. The Chinese "
     "ambassador attended the opening session and read the congratulatory message of the CPC Central "
     "Committee."),
    ("zh", "古共九大开幕 中共中央致电祝贺",
     "新华社哈瓦那3月7日电 古巴共产党第九次全国代表大会7日在哈瓦那开幕。"
     "中国驻古巴大使出席开幕式，并宣读中共中央贺电。"),
])
def test_a_lac_party_congress_in_the_headline_is_the_event_the_cpcs_message_is_read_at(lang, title, text):
    """Rule 1: a message conveyed at an event is that event; a LAC party's congress is none of rule
    2's formats, so the page is `other`. The headline's clause about the CPC's message does not make
    the congress the CPC's."""
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2026-03-08")
    assert record.relevant and record.event_type == "other" and record.event_date == "2026-03-07"


@pytest.mark.parametrize("lang, title", [
    ("en", "20th CPC National Congress Opens, Latin American Parties Send Congratulations"),
    ("zh", "二十大开幕 拉美政党致电祝贺"),
])
def test_the_cpcs_own_congress_opening_with_lac_messages_is_no_attended_event(lang, title):
    text = ("The Communist Party of Cuba and the Workers' Party of Brazil sent messages to the CPC Central "
            "Committee congratulating it on the opening of its 20th National Congress on October 16."
            if lang == "en" else "10月16日，古巴共产党、巴西劳工党致电中共中央，祝贺中共二十大开幕。")
    record = idcpc(text, title=title, lang=lang, published="2022-10-17")
    assert record.event_type == "message"


@pytest.mark.parametrize("title", [
    "Delegation of the Broad Front of Uruguay Ends Visit to China",
    "Broad Front Delegation Concludes Its Visit to China",
    "Uruguayan party delegation wraps up China visit",
])
def test_a_lac_delegation_ending_its_visit_to_china_is_a_stay_in_china(title):
    """Rule 4: a LAC delegation's stay in China reported as a whole is `delegation_received`; "visit
    to China" is the delegation's coming to China, never the CPC's visit abroad."""
    record = idcpc("Beijing, May 9th--A delegation of the Broad Front of Uruguay ended its visit to China "
                   "today. During its stay, Sun Haiyan, Vice Minister of the IDCPC, met with the delegation.",
                   title=title, published="2026-05-10")
    assert record.event_type == "delegation_received" and record.country == "Uruguay"


@pytest.mark.parametrize("lang, title, text", [
    ("en", "CPC Delegation Attends COPPPAL Plenary Meeting in Mexico City",
     "Mexico City, May 9th--A CPC delegation attended the plenary meeting of the Permanent Conference of "
     "Political Parties of Latin America and the Caribbean (COPPPAL) held here today."),
    ("zh", "中共代表团出席拉美和加勒比政党常设大会全体会议",
     "5月9日，中共代表团在墨西哥城出席拉美和加勒比政党常设大会全体会议。"),
])
def test_a_meeting_of_the_regional_parties_conference_is_a_forum(lang, title, text):
    """Rule 2: `forum` is a named multi-party forum or conference; COPPPAL, the permanent conference of
    the region's parties, meets in plenaries and assemblies."""
    record = idcpc(text, title=title, lang=lang, published="2026-05-10")
    assert record.event_type == "forum" and record.country == "multilateral"
    assert "regional" in record.mechanism


@pytest.mark.parametrize("title", ["Analysis: Why Uruguay's Broad Front looks to the CPC",
                                   "News Analysis: CPC and Latin American parties",
                                   "Backgrounder: The Broad Front"])
def test_analysis_and_background_pieces_report_no_exchange(title):
    record = idcpc("As a delegation of the Broad Front of Uruguay visits China this week, analysts say the "
                   "party sees the CPC's experience as relevant.", title=title, url=AGENCY,
                   published="2026-05-10")
    assert not record.relevant


@pytest.mark.parametrize("lang, title, text, relevant", [
    ("en", "Xi congratulates Maduro on re-election as PSUV president",
     "BEIJING, April 19 (Xinhua) -- Chinese President Xi Jinping on Monday sent a message to Nicolas Maduro, "
     "congratulating him on his re-election as president of the United Socialist Party of Venezuela.", True),
    ("zh", "习近平致电祝贺马杜罗再次当选委内瑞拉统一社会主义党主席",
     "新华社北京4月19日电 国家主席习近平19日致电马杜罗，祝贺他再次当选委内瑞拉统一社会主义党主席。", True),
    # the head of state's message on a state occasion, naming no LAC party, stays outside the party file
    ("en", "Xi congratulates Maduro on re-election as Venezuelan president",
     "BEIJING, April 19 (Xinhua) -- Chinese President Xi Jinping on Monday sent a message to Nicolas Maduro, "
     "congratulating him on his re-election as president of Venezuela.", False),
])
def test_the_cpc_leaders_message_on_a_lac_partys_office_is_a_party_exchange(lang, title, text, relevant):
    """IDCPC relevance: the CPC must be a side. A copy that names Xi Jinping only as head of state is
    still the CPC's leader writing to a LAC party when the headline or lead names that party as the
    counterpart or the occasion (an election to a party office, a party congress)."""
    record = idcpc(text, title=title, lang=lang, url=AGENCY_ZH if lang == "zh" else AGENCY,
                   published="2026-04-20")
    assert record.relevant is relevant
    if relevant:
        assert record.country == "Venezuela" and record.event_type == "message"


@pytest.mark.parametrize("title, text", [
    ("中联部就古巴飓风灾害致电表示慰问",
     "10月1日，中联部致电表示慰问，向古巴共产党中央国际关系部致以诚挚问候。"),
    ("中联部致电祝贺", "10月1日，中联部致电表示热烈祝贺，祝贺古巴共产党第九次全国代表大会胜利召开。"),
])
def test_message_words_after_biaoshi_are_the_message_not_a_speech(title, text):
    """表示 is "said", and a party named in what was said is a topic; 表示祝贺 / 表示慰问 is the message
    itself, so the party named with it is its counterpart."""
    record = idcpc(text, title=title, lang="zh", published="2026-10-02")
    assert record.relevant and "Communist Party of Cuba" in parties(record)


@pytest.mark.parametrize("lang, title, text", [
    ("zh", "南美政党领导人致函祝贺中国共产党成立105周年",
     "近日，智利社会党主席、智利共产党主席、乌拉圭广泛阵线主席和阿根廷正义党主席分别致函中联部，"
     "祝贺中国共产党成立105周年。"),
    ("en", "South American party leaders congratulate CPC on anniversary",
     "Recently, leaders of the Socialist Party of Chile, the Communist Party of Chile, the Broad Front of "
     "Uruguay and the Justicialist Party of Argentina sent letters to the IDCPC congratulating the CPC on "
     "its 105th anniversary."),
])
def test_one_list_of_parties_of_several_countries_is_a_group_however_many_each_has(lang, title, text):
    """Country: a group of actors from two or more LAC countries is multilateral; two parties of one
    country in the list do not make it that country's."""
    record = idcpc(text, title=title, lang=lang, published="2026-07-03")
    assert record.country == "multilateral" and "regional" in record.mechanism


def test_the_cpc_named_only_in_a_copys_related_news_is_no_party_side():
    """IDCPC relevance needs the CPC as a side of what the page reports; a "Related News" list of
    other stories under the report is furniture, not the report."""
    text = ("BRASILIA, May 9 (Xinhua) -- Brazil's Workers' Party opened its national congress here on "
            "Friday, electing a new leadership for the next four years.\n"
            "Delegates from all 27 states attended the two-day meeting.\n"
            "Related News\n"
            "CPC official meets Vietnamese delegation\n"
            "Senior CPC leader visits Laos")
    record = idcpc(text, title="Brazil's Workers' Party opens national congress", url=AGENCY,
                   published="2026-05-10")
    assert not record.relevant
