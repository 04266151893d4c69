"""Foreign-ministry classes found by a blind realistic sample of self-written pages (campaign Z7):
a visit's end day ("until July 6", 持续至22日) is never its first day; a headline concluding a
"trip" or "tour" is a page about the visit as a whole; an office written in lower case after the
name in agency copies ("Gaston Browne, prime minister of Antigua and Barbuda") is still the
counterpart's office; a speech delivered, and a summit or ministerial meeting "opening", are
`other`. Self-written releases; names of people and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.fmprc.gov.cn/web/zyxw/201711/t20171117_1.shtml"


# --- a span's end day is not the exchange's first day ------------------------------------------

@pytest.mark.parametrize("lead", [
    "On July 1, 2024, Prime Minister Roosevelt Skerrit of Dominica arrived in Beijing, starting his "
    "official visit to China, which will last until July 6.",
    "Prime Minister Roosevelt Skerrit of Dominica arrived in Beijing on July 1, 2024 for an official "
    "visit to China that lasts till July 6.",
    "On July 1, 2024, Prime Minister Roosevelt Skerrit of Dominica began an official visit to China, "
    "staying through July 6.",
])
def test_the_day_a_visit_lasts_until_is_not_its_first_day(lead):
    record = mfa(lead + " During the visit, President Xi Jinping will meet with him and Premier Li Qiang "
                 "will hold talks with him.",
                 title="Prime Minister of Dominica Arrives in Beijing for Official Visit",
                 published="2024-07-01", url="https://www.fmprc.gov.cn/eng/zxxx/202407/t20240701_1.html")
    assert record.event_type == "official_visit"
    assert record.event_date == "2024-07-01"


@pytest.mark.parametrize("lead", [
    "2017年11月16日晚，巴拿马总统巴雷拉乘专机抵达北京，开始对中国进行国事访问。访问将持续至22日。",
    "2017年11月16日晚，巴拿马总统巴雷拉抵达北京，开始对中国进行国事访问，访问持续到22日。",
    "2017年11月16日晚，巴拿馬總統巴雷拉乘專機抵達北京，開始對中國進行國事訪問。訪問將持續至22日。",
])
def test_zh_the_day_a_visit_lasts_until_is_not_its_first_day(lead):
    record = mfa(lead + "访问期间，习近平主席将同巴雷拉总统举行会谈。",
                 title="巴拿马总统巴雷拉抵京开始对中国进行国事访问", published="2017-11-17", lang="zh",
                 url=ZH_URL)
    assert record.event_type == "state_visit"
    assert record.event_date == "2017-11-16"


def test_a_range_and_a_plain_day_are_still_read():
    """Not over-firing: a day range keeps its first day; a day with no "until" before it dates the
    page as before."""
    ranged = mfa("From June 9 to 14, 2023, President Xiomara Castro of Honduras paid a state visit to "
                 "China at the invitation of President Xi Jinping.",
                 title="Honduran President Castro Concludes State Visit to China", published="2023-06-15")
    assert ranged.event_date == "2023-06-09"
    plain = mfa("The exhibition in the Great Hall runs until June 30. On June 12, 2023, Foreign Minister "
                "Qin Gang met with Honduran Foreign Minister Eduardo Enrique Reina in Beijing.",
                title="Qin Gang Meets with Honduran Foreign Minister", published="2023-06-12")
    assert plain.event_date == "2023-06-12"


# --- concluding a trip or a tour: the visit as a whole ------------------------------------------

@pytest.mark.parametrize("title", [
    "Xi Jinping Concludes Trip to Panama",
    "President Xi Wraps Up Tour of Panama",
    "Xi Jinping Concluded His Trip to Panama and Returned to Beijing",
])
def test_a_headline_concluding_a_trip_or_tour_is_the_visit(title):
    record = mfa("Panama City, December 4 (local time) -- Chinese President Xi Jinping left Panama City "
                 "on Tuesday. During the visit, which began on December 2, Xi held talks with President "
                 "Juan Carlos Varela.", title=title, published="2018-12-05")
    assert record.event_type == "state_visit"


def test_talks_before_concluding_a_trip_stay_talks():
    """Not over-firing: a headline exchange of its own outranks the trip's conclusion in the lead."""
    record = mfa("On December 3, 2018, President Xi Jinping held talks with President Juan Carlos Varela "
                 "in Panama City before concluding his trip.",
                 title="Xi Jinping Holds Talks with Panamanian President Varela", published="2018-12-04")
    assert record.event_type == "talks"


# --- an office in lower case after the name (agency copies) --------------------------------------

@pytest.mark.parametrize("text, published, chinese, counterpart", [
    ("Beijing, Feb 23 (Xinhua) -- Chinese Premier Li Qiang met with Gaston Browne, prime minister of "
     "Antigua and Barbuda, in Beijing on Friday.", "2024-02-23", "Li Qiang", "Gaston Browne, Prime Minister"),
    ("Beijing, Dec 9 (Xinhua) -- Chinese President Xi Jinping spoke on the phone on Wednesday with Luis "
     "Arce, president of Bolivia.", "2020-12-09", "Xi Jinping", "Luis Arce, President"),
    ("Beijing, April 2 (Xinhua) -- Chinese Premier Li Keqiang held talks here on Tuesday with Andrew "
     "Holness, prime minister of Jamaica.", "2019-04-02", "Li Keqiang", "Andrew Holness, Prime Minister"),
])
def test_a_lower_case_office_after_the_name_is_the_counterparts(text, published, chinese, counterpart):
    y, m, d = published.split("-")
    record = mfa(text, title="Chinese leader meets visiting guest", published=None,
                 url=f"http://www.example-agency.com/{y}-{m}/{d}/c_1.htm")
    assert record.chinese_side.startswith(chinese)
    assert record.counterpart == counterpart
    assert record.head_of_state_level is True


def test_a_lower_case_foreign_minister_or_vice_president_is_no_head():
    """Not over-firing: the lower-case office is read as written, so a foreign minister or a vice
    president is no head of state or government."""
    record = mfa("Beijing, Dec 10 (Xinhua) -- Chinese Foreign Minister Wang Yi met here on Friday with "
                 "Denis Moncada, foreign minister of Nicaragua.", title="Chinese FM meets Nicaraguan FM",
                 published="2021-12-10")
    assert record.counterpart == "Denis Moncada, Foreign Minister"
    assert record.head_of_state_level is False
    vice = mfa("Beijing, April 17 (Xinhua) -- Chinese President Xi Jinping met here on Wednesday with "
               "Delcy Rodríguez, vice president of Venezuela.", title="Xi meets Venezuelan guest",
               published="2024-04-17")
    assert vice.head_of_state_level is False


# --- a speech delivered; a summit or ministerial meeting opening ---------------------------------

@pytest.mark.parametrize("title, lang", [
    ("Xi Jinping Delivers Speech at the Brazilian National Congress", "en"),
    ("Premier Li Keqiang Gives an Address at the Headquarters of ECLAC in Santiago", "en"),
    ("习近平在巴西国会发表重要演讲", "zh"),
])
def test_a_speech_delivered_is_other(title, lang):
    text = ("Brasilia, July 16 -- Chinese President Xi Jinping on Wednesday addressed Brazilian lawmakers. "
            "Xi arrived in Brazil on Monday for a state visit and the BRICS summit." if lang == "en" else
            "当地时间7月16日，国家主席习近平在巴西国会发表演讲。习近平14日抵达巴西进行国事访问并出席金砖国家领导人会晤。")
    record = mfa(text, title=title, published="2014-07-17", lang=lang)
    assert record.event_type == "other"


def test_a_meeting_headline_before_a_speech_and_a_signed_article_are_not_other():
    """Not over-firing: the headline's first exchange is the news; a signed article is a message."""
    met = mfa("On July 16, 2014, President Xi Jinping met with President Dilma Rousseff in Brasilia and "
              "then delivered a speech at the National Congress.",
              title="Xi Jinping Meets with Dilma Rousseff and Delivers Speech at Congress",
              published="2014-07-17")
    assert met.event_type == "meeting"
    article = mfa("当地时间2024年11月13日，国家主席习近平在秘鲁《秘鲁人报》发表题为"
                  "《让友谊和合作之舟扬帆远航》的署名文章。",
                  title="习近平在秘鲁媒体发表署名文章", published="2024-11-13", lang="zh")
    assert article.event_type == "message"


@pytest.mark.parametrize("title, text, lang", [
    ("中国－拉共体论坛第二届部长级会议在智利开幕",
     "当地时间2018年1月22日，中国－拉共体论坛第二届部长级会议在智利圣地亚哥开幕。外交部长王毅与萨尔瓦多外长"
     "卡斯塔内达共同主持会议。习近平主席向会议致贺信。", "zh"),
    ("China-CELAC Forum Ministerial Meeting Opens in Santiago",
     "Santiago, Jan 22 -- The Second Ministerial Meeting of the China-CELAC Forum opened here on Monday. "
     "Foreign Minister Wang Yi co-chaired the meeting, and President Xi Jinping sent a congratulatory "
     "letter to it.", "en"),
    ("中拉论坛第二届部长级会议在圣地亚哥举行",
     "2018年1月22日，中拉论坛第二届部长级会议在圣地亚哥举行，王毅外长出席并讲话。习近平主席致贺信。", "zh"),
])
def test_a_ministerial_meeting_opening_is_other_not_its_letter(title, text, lang):
    record = mfa(text, title=title, published="2018-01-23", lang=lang)
    assert record.event_type == "other"
    assert record.country == "multilateral"


def test_a_letter_to_a_meeting_is_not_made_a_gathering():
    """Not over-firing: a headline naming the message keeps it a message."""
    record = mfa("2018年1月22日，国家主席习近平向中拉论坛第二届部长级会议致贺信。",
                 title="习近平向中拉论坛第二届部长级会议致贺信", published="2018-01-23", lang="zh")
    assert record.event_type == "message"


# --- a briefing on a trip: the trip's first day, also written as its start or in the account -----

@pytest.mark.parametrize("said", [
    "Wang Yi said that during the trip, which started on November 17, President Xi attended 40 "
    "bilateral and multilateral events.",
    "Wang Yi said the tour began on November 17 and took President Xi to three countries.",
    "Wang Yi said that from November 17 to 22, President Xi attended 40 bilateral and multilateral events.",
])
def test_a_briefing_takes_the_trips_first_day_however_written(said):
    record = mfa("On November 22, 2016, at the end of President Xi Jinping's state visits to Ecuador, Peru "
                 "and Chile, Foreign Minister Wang Yi briefed accompanying journalists.\n" + said,
                 title="Wang Yi Briefs the Press on President Xi Jinping's Trip to Latin America",
                 published="2016-11-23")
    assert record.event_type == "other"
    assert record.event_date == "2016-11-17"


@pytest.mark.parametrize("title, verb", [
    ("外交部长王毅就习近平主席对巴西进行国事访问接受采访", "说"),
    ("王毅向记者介绍习近平主席对巴西国事访问情况", "表示"),
])
def test_zh_a_briefing_takes_the_span_that_opens_the_ministers_account(title, verb):
    record = mfa("2019年11月15日，在习近平主席结束对巴西进行国事访问之际，"
                 "国务委员兼外交部长王毅向记者介绍此访情况。\n"
                 f"王毅{verb}，11月13日至15日，习近平主席在巴西利亚出席金砖国家领导人会晤"
                 "并同博索纳罗总统举行会谈。",
                 title=title, published="2019-11-16", lang="zh")
    assert record.event_type == "other"
    assert record.event_date == "2019-11-13"


def test_a_briefing_stating_no_trip_day_and_a_meeting_during_a_trip_are_unchanged():
    """Not over-firing: with no day for the trip a briefing has none; a meeting page is dated by the
    meeting, not by the start of the trip it belongs to."""
    none = mfa("Foreign Minister Wang Yi briefed the press in Brasilia on President Xi's state visit to "
               "Brazil.\nWang Yi said the visit was a complete success.",
               title="Wang Yi Briefs the Press on President Xi Jinping's Visit to Brazil",
               published="2019-11-16")
    assert none.event_date is None
    met = mfa("On November 20, 2024, President Xi Jinping met with President Lula in Brasilia during the "
              "trip, which started on November 13.",
              title="Xi Jinping Meets with Brazilian President Lula", published="2024-11-21")
    assert met.event_date == "2024-11-20"


# --- a departure page whose lead calls the visit a trip or tour: the visit's dates ----------------

@pytest.mark.parametrize("title, text, published, first", [
    ("Xi Jinping Concludes Trip to Latin America",
     "Havana, July 23 -- Chinese President Xi Jinping left Havana on Wednesday, wrapping up a trip that "
     "took him to Brazil, Argentina, Venezuela and Cuba.\nDuring the trip, which started on July 15 with "
     "the BRICS summit in Fortaleza, Xi attended more than 40 events.", "2014-07-24", "2014-07-15"),
    ("Li Keqiang Concludes Tour of Latin America",
     "Beijing, May 26 -- Chinese Premier Li Keqiang returned to Beijing on Tuesday, concluding a tour "
     "that took him to Brazil, Colombia, Peru and Chile.\nThe tour began on May 18.", "2015-05-27",
     "2015-05-18"),
    ("李克强结束拉美之行回到北京",
     "5月26日晚，国务院总理李克强结束拉美之行，乘专机回到北京。\n此次行程于5月18日开始，李克强先后到访巴西、"
     "哥伦比亚、秘鲁和智利。", "2015-05-27", "2015-05-18"),
])
def test_a_departure_page_calling_the_visit_a_trip_takes_its_first_day(title, text, published, first):
    lang = "zh" if title[0] > "~" else "en"
    record = mfa(text, title=title, published=published, lang=lang)
    assert record.event_type in ("state_visit", "official_visit")
    assert record.event_date == first


def test_a_meeting_on_the_last_stop_of_a_trip_keeps_its_own_day():
    """Not over-firing: a page about one meeting is dated by the meeting, not by the trip."""
    record = mfa("Havana, July 22 -- Chinese President Xi Jinping met with Cuban leader Raúl Castro on "
                 "Tuesday, at the last stop of a trip that started on July 15.",
                 title="Xi Jinping Meets with Raúl Castro", published="2014-07-23")
    assert record.event_type == "meeting"
    assert record.event_date == "2014-07-22"


# --- a chain of titles after the name: the office it ends with ----------------------------------

@pytest.mark.parametrize("text, published, counterpart", [
    ("On November 26, 2016, President Xi Jinping sent a message of condolences to Raúl Castro, First "
     "Secretary of the Central Committee of the Communist Party of Cuba and President of the Council of "
     "State and the Council of Ministers of Cuba, on the passing of Fidel Castro.", "2016-11-26",
     "Raúl Castro, President"),
    ("Beijing, Dec 21 (Xinhua) -- Chinese President Xi Jinping held a video call with Miguel Díaz-Canel, "
     "first secretary of the Communist Party of Cuba Central Committee and Cuban president, on Tuesday.",
     "2021-12-21", "Miguel Díaz-Canel, President"),
    ("On July 22, 2014, President Xi Jinping met with Raúl Castro, President of the Council of State of "
     "Cuba, in Havana.", "2014-07-22", "Raúl Castro, President"),
])
def test_the_office_ending_a_chain_of_titles_is_the_counterparts(text, published, counterpart):
    record = mfa(text, title="Xi Jinping and the Cuban leader", published=published)
    assert record.counterpart == counterpart
    assert record.head_of_state_level is True


def test_a_chain_ending_in_a_minister_or_a_party_post_is_no_head():
    """Not over-firing: a chain ending in a minister's office is that office; one with no office of
    state gives no head."""
    fm = mfa("On May 7, 2024, Foreign Minister Wang Yi met with Bruno Rodríguez, member of the Political "
             "Bureau of the Communist Party of Cuba and foreign minister of Cuba.",
             title="Wang Yi meets Cuban guest", published="2024-05-07")
    assert fm.counterpart == "Bruno Rodríguez, Foreign Minister"
    party = mfa("On May 7, 2024, President Xi Jinping met with Roberto Morales Ojeda, member of the "
                "Political Bureau and secretary of the Communist Party of Cuba Central Committee, "
                "in Beijing.",
                title="Xi meets Cuban guest", published="2024-05-07")
    assert party.head_of_state_level is False


# --- a joint statement's signature line dates it when the lead gives no day ----------------------

COMMUNIQUE_EN = ("The People's Republic of China and the Dominican Republic have decided to recognize each "
                 "other and establish diplomatic relations at ambassadorial level, effective from the date "
                 "of signature of this communiqué.\nThe Government of the Dominican Republic recognizes "
                 "that there is but one China in the world.\n")
COMMUNIQUE_ZH = ("中华人民共和国和多米尼加共和国根据两国人民的利益和愿望，"
                 "决定自本公报签署之日起相互承认并建立大使级外交关系。\n"
                 "多米尼加共和国政府承认世界上只有一个中国。\n")


@pytest.mark.parametrize("signature", [
    "Signed in Beijing on May 1, 2018.",
    "Wang Yi, Minister of Foreign Affairs\nMiguel Vargas, Minister of Foreign Affairs\nBeijing, 1 May 2018",
    "May 1, 2018, Beijing",
])
def test_a_communique_is_dated_by_its_signature_line(signature):
    record = mfa(COMMUNIQUE_EN + signature, published="2018-05-03",
                 title="Joint Communiqué on the Establishment of Diplomatic Relations Between the People's "
                       "Republic of China and the Dominican Republic")
    assert record.event_type == "joint_statement"
    assert record.event_date == "2018-05-01"


@pytest.mark.parametrize("signature", [
    "二〇一八年五月一日于北京",
    "本公报于二〇一八年五月一日在北京签署，一式两份。",
    "中华人民共和国外交部长 王毅\n多米尼加共和国外交部长 米格尔·巴尔加斯\n2018年5月1日于北京",
])
def test_zh_a_communique_is_dated_by_its_signature_line(signature):
    record = mfa(COMMUNIQUE_ZH + signature, title="中华人民共和国和多米尼加共和国关于建立外交关系的联合公报",
                 published="2018-05-03", lang="zh")
    assert record.event_date == "2018-05-01"


def test_a_related_news_date_is_not_the_signature():
    """Not over-firing: a numeric date of a related-news list is no signature. (A lead day against a
    closing line is decided in test_rules_signature_dates.py: the stated signing day comes first.)"""
    furniture = mfa(COMMUNIQUE_EN + "Related News\nChina, Dominican Republic set up ties (2018-05-02)",
                    published="2018-05-03",
                    title="Joint Communiqué on the Establishment of Diplomatic Relations Between the "
                          "People's Republic of China and the Dominican Republic")
    assert furniture.event_date != "2018-05-02"


# --- a spokesperson's announcement of a visit named as a noun: the visit -------------------------

ANNOUNCED = ("Foreign Ministry Spokesperson Mao Ning announced on May 9, 2025: At the invitation of the "
             "governments of Brazil and Colombia, Foreign Minister Wang Yi will visit the two countries "
             "from May 18 to 24.")


@pytest.mark.parametrize("title", [
    "Foreign Ministry Spokesperson Announces Wang Yi's Visit to Brazil and Colombia",
    "Spokesperson Announces Foreign Minister Visit to Brazil and Colombia",
    "Foreign Ministry Announces Wang Yi's Official Visit to Brazil and Colombia",
])
def test_an_announced_visit_named_as_a_noun_is_the_visit(title):
    record = mfa(ANNOUNCED, title=title, published="2025-05-09")
    assert record.event_type == "official_visit"
    assert record.event_date == "2025-05-18"


def test_talking_about_a_visit_stays_a_briefing():
    """Not over-firing: a minister talking about a visit's outcomes is a briefing (other)."""
    record = mfa(ANNOUNCED, title="Wang Yi Talks About the Outcomes of His Visit to Brazil",
                 published="2025-05-09")
    assert record.event_type == "other"


# --- a briefing on a coming visit is other; a return home after a tour is the visit ---------------

@pytest.mark.parametrize("title, text, lang", [
    ("Vice Foreign Minister Briefs on President Lula's Upcoming State Visit",
     "On April 11, 2023, Vice Foreign Minister Xie Feng briefed Chinese and foreign journalists on "
     "Brazilian President Lula's upcoming state visit to China from April 12 to 15.", "en"),
    ("Vice Foreign Minister Xie Feng Briefed on the State Visit to China of Brazilian President Lula",
     "On April 11, 2023, Vice Foreign Minister Xie Feng briefed the media on President Lula's state visit "
     "to China from April 12 to 15.", "en"),
    ("外交部副部长谢锋就巴西总统卢拉访华向中外媒体吹风",
     "2023年4月11日，外交部副部长谢锋就巴西总统卢拉将于4月12日至15日对中国进行国事访问"
     "向中外媒体吹风。", "zh"),
])
def test_a_briefing_on_a_coming_visit_is_other_dated_by_the_visit(title, text, lang):
    record = mfa(text, title=title, published="2023-04-11", lang=lang)
    assert record.event_type == "other"
    assert record.event_date == "2023-04-12"


@pytest.mark.parametrize("title", [
    "Chinese Premier Returns to Beijing after Latin America Tour",
    "Premier Li Keqiang Returns Home from Visits to Four Latin American Countries",
])
def test_a_return_home_after_a_tour_is_the_visit(title):
    record = mfa("BEIJING, May 27 (Xinhua) -- Chinese Premier Li Keqiang returned to Beijing on Tuesday "
                 "night after a tour of Brazil, Colombia, Peru and Chile, which started on May 18.",
                 title=title, published="2015-05-27")
    assert record.event_type == "official_visit"
    assert record.event_date == "2015-05-18"


def test_a_meeting_headline_mentioning_a_briefing_or_a_return_stays_a_meeting():
    """Not over-firing: the headline's own exchange comes first."""
    record = mfa("On April 20, 2023, Foreign Minister Qin Gang met with Cuban Foreign Minister Bruno "
                 "Rodríguez in Beijing, after returning to Beijing from a trip to Asia.",
                 title="Qin Gang Meets with Cuban Foreign Minister and Briefs Him on the Trip",
                 published="2023-04-20")
    assert record.event_type == "meeting"
