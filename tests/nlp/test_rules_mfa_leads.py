"""Foreign-ministry pages: the lead made of titles and names, a meeting placed at a summit by a
sentence of its own, and a visit announcement that also names the China-CELAC meeting the visitor
attends (codebook: ../shared/eval/SCHEMA.md, Decision rules). Self-written releases."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

from nlp.text import headline_in_text, layout

# ---------------------------------------------------------------- the lead: one sentence of titles and names

TITLED_LEADS = [
    # (lead, second paragraph, headline, country, event type, day)
    ("On March 4, 2024, Foreign Minister Wang Yi had a phone call with Peruvian Foreign Minister Javier "
     "Gonzalez-Olaechea.",
     "Wang Yi recalled the visit of the Peruvian delegation on February 20 and said China and Peru, "
     "Chile and Ecuador share an interest in the Pacific ports.",
     "", "Peru", "phone_call", "2024-03-04"),
    ("From June 3 to 9, 2024, Vice Foreign Minister Hua Chunying visited Guyana, Suriname and Trinidad and "
     "Tobago.",
     "In Georgetown she met with officials on June 4 and held consultations on trade.",
     "Vice Foreign Minister Hua Chunying Visits Guyana, Suriname and Trinidad and Tobago", "multilateral",
     "official_visit", "2024-06-03"),
    ("On May 15, 2023, Vice President Han Zheng met with Nicaraguan Foreign Minister Denis Moncada in "
     "Beijing.",
     "Han Zheng said that since the two countries resumed diplomatic relations on December 10, 2021, "
     "cooperation with Cuba and Venezuela in the region has grown as well.",
     "", "Nicaragua", "meeting", "2023-05-15"),
    ("On July 2, 2024, President Xi Jinping sent a message of condolences to Jamaican Governor-General "
     "Patrick Allen over Hurricane Beryl.",
     "Xi Jinping said he learned that Hurricane Beryl hit Grenada and Saint Vincent and the Grenadines on "
     "June 30.",
     "Foreign Ministry News", "Jamaica", "message", "2024-07-02"),
]


@pytest.mark.parametrize("lead, second, title, country, kind, day", TITLED_LEADS)
def test_a_short_lead_of_titles_and_names_is_the_lead(lead, second, title, country, kind, day):
    """Few of the lead's words are lower case, but it is one sentence with a verb: the country, the
    type and the day come from it, not from the next paragraph (with no headline, or one that names
    no exchange, the lead says what the page reports)."""
    text = f"{lead}\n\n{second}\n\nThe two sides agreed to keep in close touch."
    assert layout(text).lead().startswith(lead)
    record = mfa(text, title=title, published="2024-08-01")
    assert (record.country, record.event_type, record.event_date) == (country, kind, day)


def test_a_printed_title_case_headline_is_still_not_the_lead():
    headline = "Wang Yi Holds Talks with Chilean Foreign Minister Alberto van Klaveren in Santiago de Chile"
    lead = ("On August 10, 2024, Foreign Minister Wang Yi held talks with Chilean Foreign Minister Alberto "
            "van Klaveren.")
    lay = layout(f"{headline}\n{lead}\nThe two sides signed documents.")
    assert lay.lead().startswith("On August 10")
    found = headline_in_text(lay)
    assert found is not None and lay.clean[found[0]:found[1]] == headline


def test_a_photo_caption_without_its_credit_is_not_the_lead():
    caption = ("Chinese President Xi Jinping meets with Chilean President Gabriel Boric in San Francisco, "
               "the United States, Nov. 15, 2023.")
    lead = ("On November 15, 2023, local time, President Xi Jinping met with Chilean President Gabriel "
            "Boric in San Francisco.")
    assert layout(f"{caption}\n\n{lead}").lead().startswith("On November 15")


def test_a_line_of_names_ending_with_a_full_stop_is_not_the_lead():
    names = ("Foreign Minister Wang Yi, Vice Foreign Minister Ma Zhaoxu and Ambassador Zhu Qingqiao of the "
             "Chinese Embassy in Brazil.")
    lead = "On April 14, 2023, Foreign Minister Wang Yi met with Brazilian Foreign Minister Mauro Vieira."
    assert layout(f"{names}\n\n{lead}").lead().startswith("On April 14")


# ---------------------------------------------------------------- a meeting placed at a summit

@pytest.mark.parametrize("lead", [
    "On November 16, 2024, local time, President Xi Jinping met with Peruvian President Dina Boluarte in "
    "Lima. Both leaders are attending the 31st APEC Economic Leaders' Meeting.",
    "On November 19, 2024, local time, President Xi Jinping met with Chilean President Gabriel Boric in Rio "
    "de Janeiro. President Xi Jinping is in Brazil to attend the 19th G20 Summit.",
    "On July 6, 2025, local time, Premier Li Qiang, who is in Rio de Janeiro for the 17th BRICS Summit, met "
    "with Colombian Foreign Minister Laura Sarabia.",
    "On November 30, 2018, local time, President Xi Jinping, who is in Buenos Aires to attend the 13th G20 "
    "Summit, met with Chilean President Sebastian Pinera.",
])
def test_a_meeting_placed_at_a_summit_by_a_sentence_or_a_clause_is_on_its_sidelines(lead):
    record = mfa(f"{lead}\n\nThe two sides exchanged views on cooperation.",
                 title="Leaders Meet", published="2025-07-07")
    assert record.event_type == "meeting_on_sidelines"


def test_a_meeting_whose_counterpart_is_in_china_for_a_visit_is_a_meeting():
    record = mfa("On April 14, 2023, Vice President Han Zheng met with Brazilian President Luiz Inacio Lula "
                 "da Silva in Beijing. Lula is in China for a state visit.\n\nThe two sides discussed trade.",
                 title="Han Zheng Meets with Brazilian President Lula", published="2023-04-15")
    assert record.event_type == "meeting"


# ---------------------------------------------------------------- a visit and the forum the visitor attends

@pytest.mark.parametrize("lang, title, text", [
    ("en", "Uruguayan President Yamandu Orsi to Pay State Visit to China and Attend the Opening Ceremony of "
           "the Fourth Ministerial Meeting of the China-CELAC Forum",
     "At the invitation of President Xi Jinping, President of the Oriental Republic of Uruguay Yamandu Orsi "
     "will pay a state visit to China from May 12 to 16, 2025 and attend the opening ceremony of the Fourth "
     "Ministerial Meeting of the China-CELAC Forum, Foreign Ministry Spokesperson Lin Jian announced.\n\n"
     "Lin Jian said China looks forward to working with Uruguay and other CELAC members."),
    ("zh", "乌拉圭总统奥尔西将对中国进行国事访问并出席中国—拉共体论坛第四届部长级会议开幕式",
     "外交部发言人林剑宣布：应国家主席习近平邀请，乌拉圭东岸共和国总统奥尔西将于5月12日至16日对中国进行国事访问，"
     "并出席中国—拉共体论坛第四届部长级会议开幕式。\n\n林剑表示，中方期待同乌方一道推动会议取得成功。"),
])
def test_a_visit_announcement_naming_the_forum_the_visitor_attends_is_the_visitors_country(lang, title, text):
    record = mfa(text, title=title, lang=lang, published="2025-05-09")
    assert record.event_type == "state_visit" and record.event_date == "2025-05-12"
    assert record.country == "Uruguay" and record.exchange_type == "bilateral"
    assert record.head_of_state_level
    if lang == "en":  # the Chinese host's title is no counterpart
        assert record.counterpart == "Yamandu Orsi, President"


def test_several_visitors_attending_the_forum_stay_multilateral():
    title = ("Presidents of Brazil, Chile and Colombia to Attend the Fourth Ministerial Meeting of the "
             "China-CELAC Forum and Pay State Visits to China")
    record = mfa("At the invitation of President Xi Jinping, Brazilian President Luiz Inacio Lula da "
                 "Silva, Chilean President Gabriel Boric and Colombian President Gustavo Petro will attend "
                 "the opening ceremony of the Fourth Ministerial Meeting of the China-CELAC Forum and pay "
                 "state visits to China.", title=title, published="2025-05-09")
    assert record.country == "multilateral"
