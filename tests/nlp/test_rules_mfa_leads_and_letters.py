"""Foreign-ministry pages: an agency headline that names no exchange (the lead's main clause gives
the type), reply letters to people who hold no office (the letter's addressee is the counterpart,
not a head of state the letter recalls), and a minister's briefing on a trip whose span a later
paragraph states (codebook: ../shared/eval/SCHEMA.md, Decision rules). Self-written releases with
invented wording."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

XINHUA_EN = "https://english.news.cn/20240610/a1234567/c.html"

# ---------------------------------------------------------------- J3: a headline with no exchange word

NO_CUE_LEADS = [
    # (headline, lead, expected event type)
    ("Xi says China, Honduras to open a new chapter of cooperation",
     "BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping on Monday held talks with Honduran "
     "President Xiomara Castro, who is on a state visit to China, and thanked her for the congratulatory "
     "message she sent on his re-election.",
     "talks"),
    ("China, Colombia to deepen cooperation: Wang Yi",
     "BEIJING, June 10 (Xinhua) -- Chinese Foreign Minister Wang Yi on Monday met with visiting Colombian "
     "Foreign Minister Luis Gilberto Murillo in Beijing, following their phone conversation last month.",
     "meeting"),
    ("China, Guyana agree to deepen cooperation in farming",
     "BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping on Monday held talks with Guyanese "
     "President Irfaan Ali, who arrived in Beijing on Sunday for a state visit.",
     "talks"),
    ("Xi, Lula agree to lift ties to new heights",
     "BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping held talks with Brazilian President Luiz "
     "Inacio Lula da Silva in Beijing on Monday, their first face-to-face exchange since a phone call in "
     "January.",
     "talks"),
    # controls: the main clause is the message, the call, the arrival
    ("Xi says China ready to work with Mexico for shared future",
     "BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping on Monday sent a congratulatory message to "
     "Claudia Sheinbaum on her election as president of Mexico, recalling their meeting last year.",
     "message"),
    ("China, Peru agree to boost port cooperation",
     "BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping on Monday held talks over the phone with "
     "Peruvian President Dina Boluarte, who invited him to visit Lima.",
     "phone_call"),
    ("Chinese president in Brasilia for state visit",
     "BRASILIA, June 10 (Xinhua) -- Chinese President Xi Jinping arrived here on Monday for a state visit "
     "to Brazil, during which he will hold talks with President Luiz Inacio Lula da Silva.",
     "state_visit"),
]


@pytest.mark.parametrize("title, lead, kind", NO_CUE_LEADS)
def test_a_headline_without_an_exchange_word_takes_the_lead_main_clause(title, lead, kind):
    """The headline names no exchange, so the lead's own word for it decides: the first exchange
    verb of the main clause, not a message thanked for, a call the meeting followed or an arrival a
    relative clause recalls (the rules' order would put those first)."""
    text = f"{lead}\n\nBoth sides said they are ready to deepen practical cooperation.\n\nEnd of report."
    record = mfa(text, title=title, published="2024-06-10", url=XINHUA_EN)
    assert record.relevant and record.event_type == kind


def test_a_headline_naming_the_exchange_still_decides():
    """With an exchange word in the headline ("Xi meets …") the lead's main clause is not asked."""
    text = ("BEIJING, June 10 (Xinhua) -- Chinese President Xi Jinping on Monday thanked Cuban Prime "
            "Minister Manuel Marrero Cruz for a letter from Cuban President Miguel Diaz-Canel when "
            "meeting him in Beijing.\n\nXi said China supports Cuba.")
    record = mfa(text, title="Xi meets Cuban prime minister", published="2024-06-10", url=XINHUA_EN)
    assert record.event_type == "meeting"


# ------------------------------------------------ J8: reply letters to people holding no office

REPLIES = [
    # (headline, lead, body recalling a head of state, language, country, addressee)
    ("习近平复信巴西某大学孔子学院师生",
     "近日，国家主席习近平复信巴西某大学孔子学院师生，鼓励他们为中巴友好多作贡献。",
     "习近平在复信中表示，去年我同卢拉总统举行会谈时，谈到加强两国人文交流。", "zh", "Brazil",
     "巴西某大学孔子学院师生"),
    ("习近平给古巴中国友好协会成员回信",
     "近日，国家主席习近平给古巴中国友好协会成员回信，勉励他们继续为中古友好贡献力量。",
     "习近平在回信中表示，迪亚斯-卡内尔主席访华时，我们就两国关系发展深入交换意见。", "zh", "Cuba",
     "古巴中国友好协会成员"),
    ("Xi Jinping Replies to a Letter from Argentine Students of a Chinese Language School",
     "Recently, President Xi Jinping replied to a letter from Argentine students of a Chinese language "
     "school, encouraging them to learn more about China.",
     "In his reply, Xi Jinping said that when he met President Javier Milei, the two sides agreed to expand "
     "people-to-people exchanges.", "en", "Argentina",
     "Argentine Students of a Chinese Language School"),
]


@pytest.mark.parametrize("title, lead, body, lang, country, addressee", REPLIES,
                         ids=["zh-fuxin", "zh-gei-huixin", "en-replies"])
def test_a_reply_letter_answers_its_addressee_not_the_president_it_recalls(title, lead, body, lang, country,
                                                                         addressee):
    """The counterpart of a reply letter is whom it answers; a president the letter recalls is no
    side of it, and students or a friendship association put the page below head-of-state level."""
    text = f"{lead}\n\n{body}\n\n此前，他们致信习近平，讲述学习和交流的体会。" if lang == "zh" else (
        f"{lead}\n\n{body}\n\nEarlier, the students wrote to Xi Jinping about their studies.")
    record = mfa(text, title=title, published="2025-03-20", lang=lang)
    assert (record.relevant, record.country, record.event_type) == (True, country, "message")
    assert record.counterpart == addressee
    assert record.head_of_state_level is False


def test_a_reply_to_a_president_keeps_the_president():
    """A letter written back to a head of state is an exchange of principals (control)."""
    text = ("Recently, President Xi Jinping replied to a letter from Brazilian President Luiz Inacio Lula da "
            "Silva on the anniversary of diplomatic ties.\n\nXi said China and Brazil are good friends.")
    record = mfa(text, title="Xi Jinping Replies to a Letter from Brazilian President Lula",
                 published="2024-08-15")
    assert record.event_type == "message" and record.head_of_state_level is True
    assert record.counterpart and "Lula" in record.counterpart


# ---------------------------------------------------- F: a briefing on a trip, the span after the lead

BRIEFINGS = [
    # (headline, lead, second paragraph, language)
    ("Wang Yi Briefs the Press on Premier Li Qiang's Official Visits to Chile and Uruguay",
     "On March 9, 2025 local time, at the end of Premier Li Qiang's official visits to Chile and Uruguay, "
     "Foreign Minister Wang Yi briefed the accompanying press corps on the trip.",
     "Wang Yi said that from March 3 to 9, Premier Li Qiang paid official visits to Chile and Uruguay and "
     "held more than ten bilateral meetings.", "en"),
    ("王毅谈李强总理对智利、乌拉圭正式访问成果",
     "当地时间2025年3月9日，在结束对智利、乌拉圭正式访问之际，外交部长王毅向随行记者介绍此访情况。",
     "王毅说，3月3日至9日，李强总理对智利、乌拉圭进行正式访问，同两国领导人深入交流。", "zh"),
    ("Wang Yi Briefs the Press on Premier Li Qiang's Trip to Latin America",
     "On March 9, 2025 local time, at the end of Premier Li Qiang's trip to Latin America, Foreign Minister "
     "Wang Yi briefed the accompanying press corps on the trip.",
     "Wang Yi said that from March 3 to 9, Premier Li Qiang paid official visits to Chile and Uruguay.",
     "en"),
    ("王毅谈李强总理拉美之行成果",
     "当地时间2025年3月9日，在结束出访拉美之际，外交部长王毅向随行记者介绍李强总理此访情况。",
     "王毅说，3月3日至9日，李强总理对智利、乌拉圭进行正式访问。", "zh"),
]


@pytest.mark.parametrize("title, lead, second, lang", BRIEFINGS,
                         ids=["en-two-countries", "zh-two-countries", "en-region", "zh-region"])
def test_a_briefing_on_a_trip_takes_the_span_the_next_paragraph_states(title, lead, second, lang):
    """The lead gives the briefing's own day, the next paragraph the trip's span: a briefing on a
    trip takes the trip's first day when stated (codebook, Dates of visits and briefings). A
    headline naming a trip to Latin America, its stops named further down, is a LAC exchange of
    several countries: multilateral."""
    end = ("王毅表示，此访为双边关系注入新动力。" if lang == "zh"
           else "Wang Yi said the trip gave new impetus to ties.")
    record = mfa(f"{lead}\n\n{second}\n\n{end}", title=title, published="2025-03-10", lang=lang,
                 url="https://www.fmprc.gov.cn/eng/xw/zyxw/202503/t20250310_1.html")
    assert (record.relevant, record.country, record.event_type) == (True, "multilateral", "other")
    assert record.event_date == "2025-03-03"
    assert record.head_of_state_level is False


def test_a_briefing_does_not_take_a_span_of_an_earlier_visit():
    """A span the next paragraph gives for a visit of years past is history, not the trip: with
    no span of its own the briefing has no day (codebook)."""
    text = ("On March 9, 2025 local time, at the end of Premier Li Qiang's official visits to Chile and "
            "Uruguay, Foreign Minister Wang Yi briefed the accompanying press corps on the trip.\n\n"
            "Wang Yi recalled that from May 10 to 14, 2019, a Chilean president paid a state visit to China."
            "\n\nWang Yi said the trip gave new impetus to ties.")
    record = mfa(text, title="Wang Yi Briefs the Press on Premier Li Qiang's Official Visits to Chile and "
                 "Uruguay", published="2025-03-10")
    assert record.event_date is None


def test_a_talks_page_is_still_dated_by_the_talks():
    """Only a briefing reads the trip's span after the lead; talks during a visit keep their day."""
    text = ("On March 5, 2025, Premier Li Qiang held talks with Chilean President Gabriel Boric in "
            "Santiago.\n\nFrom March 3 to 9, Premier Li Qiang paid official visits to Chile and Uruguay."
            "\n\nThe two sides signed cooperation documents.")
    record = mfa(text, title="Li Qiang Holds Talks with Chilean President Gabriel Boric",
                 published="2025-03-06")
    assert (record.event_type, record.event_date) == ("talks", "2025-03-05")


@pytest.mark.parametrize("lang, title, text", [
    ("en", "Xi Jinping Replies to a Letter from Teachers and Students of the University of Brasilia",
     "On May 10, 2026, President Xi Jinping replied to a letter from teachers and students of the "
     "University of Brasilia, encouraging them to promote exchanges between the two peoples."),
    ("zh", "习近平复信巴西利亚大学师生",
     "2026年5月10日，国家主席习近平复信巴西利亚大学师生，鼓励他们促进两国人民交流。"),
])
def test_a_capital_in_an_institutions_name_names_that_countrys_people(lang, title, text):
    """A capital names where something happened more often than whom it was with, but "the
    University of Brasilia" / 巴西利亚大学 is an institution of Brazil: its people are Brazil's actors."""
    record = mfa(text, title=title, lang=lang, published="2026-05-11")
    assert record.relevant and record.country == "Brazil" and record.event_type == "message"
    assert record.head_of_state_level is False
