"""Foreign-ministry pages on summits, visits and envoys (campaign U). Self-written releases in the
ministry's and the agencies' styles; the leaders', summits' and cities' names are facts.

- a page reporting a worldwide summit itself, or a speech at it, is "LAC participants at a
  worldwide platform": country "multilateral", also when the summit is held in a LAC city and its
  host presides (codebook, country rule); a side meeting with one LAC leader there is that leader's
  country;
- 金砖国家领导人第十一次会晤 is the name of the BRICS summit (a gathering: "other"), not a meeting.
"""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

AGENCY = "https://english.example-agency.cn/20241117/a1/c.html"


# ------------------------------------------------- a worldwide summit held in a LAC country

@pytest.mark.parametrize("lang,title,text,published", [
    ("en", "Xi Jinping Attends the 31st APEC Economic Leaders' Meeting",
     "On November 16, 2024, local time, President Xi Jinping attended the 31st APEC Economic Leaders' "
     "Meeting at the Lima Convention Center and delivered remarks. The meeting was chaired by Peruvian "
     "President Dina Boluarte.", "2024-11-17"),
    ("en", "Full text: Xi's speech at G20 Summit session",
     "RIO DE JANEIRO, Nov. 18 (Xinhua) -- Chinese President Xi Jinping on Monday delivered a speech at the "
     "first session of the 19th G20 Summit in Rio de Janeiro, Brazil.", "2024-11-19"),
    ("en", "Xi Jinping Attends the 13th G20 Summit",
     "On November 30, 2018, President Xi Jinping attended the 13th G20 Leaders' Summit in Buenos Aires and "
     "delivered a speech. Argentine President Mauricio Macri presided over the summit.", "2018-12-01"),
    ("zh", "习近平出席亚太经合组织第三十一次领导人非正式会议",
     "当地时间2024年11月16日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议并发表重要讲话。"
     "会议由秘鲁总统博鲁阿尔特主持。", "2024-11-17"),
    ("zh", "习近平出席金砖国家领导人第十一次会晤",
     "2019年11月14日，国家主席习近平在巴西利亚出席金砖国家领导人第十一次会晤并发表重要讲话。巴西总统博索纳罗主持会晤。",
     "2019-11-15"),
])
def test_a_worldwide_summit_in_a_lac_city_is_multilateral(lang, title, text, published):
    record = mfa(text, title=title, lang=lang, published=published)
    assert record.relevant
    assert record.country == "multilateral"
    assert record.event_type == "other"


@pytest.mark.parametrize("lang,title,text,country,kind", [
    ("en", "Xi Jinping Meets with Chilean President Gabriel Boric",
     "On November 15, 2024, local time, President Xi Jinping met with Chilean President Gabriel Boric on "
     "the sidelines of the APEC Economic Leaders' Meeting in Lima.", "Chile", "meeting_on_sidelines"),
    ("zh", "习近平会见阿根廷总统马克里",
     "2018年12月1日，国家主席习近平在布宜诺斯艾利斯出席二十国集团领导人峰会期间会见阿根廷总统马克里。",
     "Argentina", "meeting_on_sidelines"),
    ("en", "Xi arrives in Lima for APEC meeting, state visit to Peru",
     "LIMA, Nov. 14 (Xinhua) -- Chinese President Xi Jinping arrived in Lima on Thursday for the 31st APEC "
     "Economic Leaders' Meeting and a state visit to Peru.", "Peru", "state_visit"),
    ("en", "Vice FM briefs on Xi's upcoming APEC trip",
     "Vice Foreign Minister Ma Zhaoxu briefed the press on Monday on President Xi Jinping's upcoming trip. "
     "Xi will attend the APEC meeting in Lima and pay a state visit to Peru, Ma said.", "Peru", None),
])
def test_a_meeting_or_visit_at_a_summit_keeps_its_country(lang, title, text, country, kind):
    record = mfa(text, title=title, lang=lang, published="2024-11-15")
    assert record.country == country
    if kind:
        assert record.event_type == kind


def test_a_meeting_of_two_leaders_called_huiwu_is_still_a_meeting():
    record = mfa("2023年4月14日，国家主席习近平在北京同巴西总统卢拉会晤。", title="习近平同巴西总统卢拉会晤",
                 lang="zh", published="2023-04-14")
    assert record.country == "Brazil" and record.event_type == "meeting"


# ---------------------------------------- a side meeting placed at the summit in a sentence of its own

@pytest.mark.parametrize("text", [
    "On November 19, 2016, local time, President Xi Jinping met with Mexican President Enrique Pena Nieto in "
    "Lima. Both are attending the 24th APEC Economic Leaders' Meeting.",
    "On November 19, 2016, President Xi Jinping met with Mexican President Enrique Pena Nieto, who is "
    "attending the 24th APEC Economic Leaders' Meeting in Lima.",
    "On November 19, 2016, President Xi Jinping met in Lima with Mexican President Enrique Pena Nieto, who "
    "came to Peru for the 24th APEC Economic Leaders' Meeting.",
    "On November 19, 2016, President Xi Jinping met in Lima with Mexican President Enrique Pena Nieto, who "
    "travelled here to attend the APEC Summit.",
])
def test_a_meeting_with_a_leader_attending_a_summit_is_on_its_sidelines(text):
    record = mfa(text, title="Xi Jinping Meets Mexican President Enrique Pena Nieto", published="2016-11-20")
    assert record.country == "Mexico"
    assert record.event_type == "meeting_on_sidelines"


@pytest.mark.parametrize("text", [
    "On November 19, 2016, President Xi Jinping met with Mexican President Enrique Pena Nieto in Beijing. "
    "Pena Nieto said Mexico looks forward to attending the APEC Summit next year.",
    "On November 19, 2016, President Xi Jinping met with Mexican President Enrique Pena Nieto, who came to "
    "China for the China International Import Expo.",
])
def test_a_summit_only_mentioned_or_a_trade_fair_is_no_sideline(text):
    record = mfa(text, title="Xi Jinping Meets Mexican President Enrique Pena Nieto", published="2016-11-20")
    assert record.event_type == "meeting"


# ---------------------------------------- a trip announced with a summit on it is a visit page

@pytest.mark.parametrize("lang,title,text,kind", [
    ("en", "Xi Jinping to Visit Spain, Argentina, Panama and Portugal and Attend G20 Summit",
     "Foreign Ministry Spokesperson Lu Kang announced: At the invitation of King Felipe VI of Spain, "
     "President Mauricio Macri of Argentina, President Juan Carlos Varela of Panama and President Marcelo "
     "Rebelo de Sousa of Portugal, President Xi Jinping will pay state visits to the four countries and "
     "attend the 13th G20 Leaders' Summit in Buenos Aires from November 27 to December 5.", "state_visit"),
    ("en", "Xi Jinping to Attend G20 Summit and Visit Brazil",
     "Spokesperson Lin Jian announced: At the invitation of President Luiz Inacio Lula da Silva, President "
     "Xi Jinping will attend the 19th G20 Summit in Rio de Janeiro and pay a state visit to Brazil from "
     "November 17 to 21.", "state_visit"),
    ("zh", "王毅将访问巴西并出席东亚合作外长会",
     "外交部发言人林剑宣布：应巴西政府邀请，外交部长王毅将于7月25日至29日访问巴西，并赴老挝出席东亚合作外长会。",
     "official_visit"),
])
def test_an_announced_trip_with_a_summit_is_a_visit(lang, title, text, kind):
    record = mfa(text, title=title, lang=lang, published="2024-07-23")
    assert record.event_type == kind


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Xi Jinping Attends the Sixth BRICS Summit",
     "On July 15, 2014, President Xi Jinping attended the sixth BRICS Summit in Fortaleza, Brazil, and "
     "delivered a speech."),
    ("zh", "王毅出席东亚合作外长会",
     "2024年7月26日，外交部长王毅在万象出席东亚合作外长会。会议期间，王毅会见巴西外长维埃拉。"),
])
def test_a_summit_headline_without_a_visit_stays_other(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2024-07-27")
    assert record.event_type == "other"


# ---------------------------------------- the foreign minister's briefing on a trip

@pytest.mark.parametrize("title,text", [
    ("王毅介绍习近平主席出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问情况",
     "2024年11月17日，在国家主席习近平结束出席亚太经合组织第三十一次领导人非正式会议并对秘鲁进行国事访问之际，"
     "外交部长王毅向随行记者介绍此访情况。"),
    ("王毅介绍李强总理访问巴西情况",
     "2024年7月10日，外交部长王毅向媒体介绍李强总理对巴西进行正式访问的情况。"),
])
def test_a_ministers_briefing_on_a_trip_is_other(title, text):
    record = mfa(text, title=title, lang="zh", published="2024-11-18")
    assert record.event_type == "other"
    assert record.head_of_state_level is False


# ---------------------------------------- the date of an announced trip

@pytest.mark.parametrize("title,text,day", [
    ("Xi Jinping to Attend G20 Summit and Visit Brazil",
     "Spokesperson Lin Jian announced: At the invitation of President Luiz Inacio Lula da Silva, President "
     "Xi Jinping will attend the 19th G20 Summit in Rio de Janeiro and pay a state visit to Brazil "
     "next week.",
     None),
    ("Wang Yi to Visit Brazil and Colombia",
     "Spokesperson Lin Jian announced: At the invitation of the governments of Brazil and Colombia, Foreign "
     "Minister Wang Yi will pay official visits to the two countries soon.", None),
    ("Xi Jinping to Attend G20 Summit and Visit Brazil",
     "Spokesperson Lin Jian announced: At the invitation of President Luiz Inacio Lula da Silva, President "
     "Xi Jinping will attend the 19th G20 Summit in Rio de Janeiro and pay a state visit to Brazil from "
     "November 17 to 21.", "2024-11-17"),
])
def test_a_preview_takes_the_trips_first_day_or_none(title, text, day):
    record = mfa(text, title=title, published="2024-11-08")
    assert record.event_type in ("state_visit", "official_visit")
    assert record.event_date == day


def test_a_visit_reported_after_the_fact_keeps_its_day():
    record = mfa("BRASILIA, July 26 (Xinhua) -- Chinese Foreign Minister Wang Yi visited Brazil from "
                 "Thursday to Friday and met with President Luiz Inacio Lula da Silva.",
                 title="Chinese FM visits Brazil", published="2024-07-27")
    assert record.event_date == "2024-07-25"


@pytest.mark.parametrize("title", [
    "Wang Yi Talks About His Visits to Cuba and Brazil",
    "Wang Yi Speaks on President Xi Jinping's Trip to Peru and Brazil",
])
def test_a_minister_talking_about_a_trip_is_a_briefing_dated_by_the_trip(title):
    record = mfa("On January 17, 2025, Foreign Minister Wang Yi spoke to the press. From January 13 to 17, "
                 "official visits took him to Cuba and Brazil.", title=title, published="2025-01-18")
    assert record.event_type == "other"
    assert record.event_date == "2025-01-13"


def test_talks_about_cooperation_are_no_briefing():
    record = mfa("On January 14, 2025, Foreign Minister Wang Yi held talks with Cuban Foreign Minister Bruno "
                 "Rodriguez Parrilla in Havana on a visit to Cuba.",
                 title="Wang Yi Holds Talks with Cuban Foreign Minister on Visit to Cuba",
                 published="2025-01-15")
    assert record.event_type == "talks"
    assert record.event_date == "2025-01-14"


# ---------------------------------------- a message to the one elected, named as its addressee

@pytest.mark.parametrize("text,who", [
    ("On May 25, 2023, President Xi Jinping sent a message to Santiago Pena, congratulating him on his "
     "election as President of Paraguay.", "Santiago Pena"),
    ("On November 20, 2023, President Xi Jinping sent a message to Javier Milei, congratulating him on being "
     "elected President of Argentina.", "Javier Milei"),
    ("On June 3, 2024, President Xi Jinping sent a message to Claudia Sheinbaum to congratulate her on her "
     "election as President of Mexico.", "Claudia Sheinbaum"),
])
def test_a_message_on_an_election_goes_to_a_president_elect(text, who):
    record = mfa(text, title="Xi Jinping Sends Congratulatory Message", published="2024-06-04")
    assert record.event_type == "message"
    assert record.counterpart == f"{who}, President-elect"
    assert record.head_of_state_level is False


@pytest.mark.parametrize("text,who", [
    ("On March 1, 2025, President Xi Jinping sent a message to Yamandu Orsi, congratulating him on taking "
     "office as President of Uruguay.", "Yamandu Orsi"),
    ("On April 14, 2024, President Xi Jinping sent a message to Nayib Bukele, congratulating him on his "
     "re-election as President of El Salvador.", "Nayib Bukele"),
])
def test_a_message_on_taking_office_or_re_election_goes_to_a_head_in_office(text, who):
    record = mfa(text, title="Xi Jinping Sends Congratulatory Message", published="2025-03-02")
    assert record.counterpart == f"{who}, President"
    assert record.head_of_state_level is True


# ---------------------------------------- a visit named as the setting of a gathering

@pytest.mark.parametrize("lang,title,text", [
    ("zh", "王毅在访问巴西期间出席金砖国家外长会晤",
     "2024年7月26日，外交部长王毅在里约热内卢出席金砖国家外长会晤。"),
    ("en", "Wang Yi Attends G20 Foreign Ministers' Meeting While Visiting Brazil",
     "On July 26, 2024, Foreign Minister Wang Yi attended the G20 foreign ministers' meeting in Rio de "
     "Janeiro."),
    ("en", "Wang Yi Attends G20 Foreign Ministers Meeting During His Visit to Brazil",
     "On July 26, 2024, Foreign Minister Wang Yi attended the G20 foreign ministers meeting in Rio de "
     "Janeiro."),
])
def test_a_gathering_attended_during_a_visit_is_other(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2024-07-27")
    assert record.event_type == "other"


def test_two_foreign_ministers_huiwu_is_a_meeting():
    record = mfa("2024年7月26日，外交部长王毅在里约热内卢同巴西外长维埃拉会晤。",
                 title="王毅同巴西外长维埃拉会晤", lang="zh", published="2024-07-27")
    assert record.event_type == "meeting"
