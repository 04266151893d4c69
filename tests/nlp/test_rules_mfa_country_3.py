"""Foreign-ministry pages where the headline and the body point different ways: a LAC country named
only as the place beside another country's counterpart, a regional gathering held in one LAC
country, a foreign ministers' meeting as the setting of a meeting, and a headline whose news is a
ceremony of a visit (campaign E3). Self-written releases; the names of people, countries and bodies
are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.fmprc.gov.cn/web/wjbxw_new/202405/t20240510_1.shtml"
AGENCY_URL = "https://english.news.cn/20241115/a1/c.html"


def _zh(text: str, title: str, published: str = "2024-05-10"):
    return mfa(text, title=title, published=published, lang="zh", url=ZH_URL)


# ---- a LAC country named only as the place ranks after the country of the one met ----

@pytest.mark.parametrize(("title", "text", "published", "country"), [
    ("Wang Yi Sees Surinamese Foreign Minister Albert Ramdin in Guyana",
     "On May 9, 2024 local time, Foreign Minister Wang Yi met with Surinamese Foreign Minister Albert Ramdin "
     "in Georgetown, Guyana.", "2024-05-09", "Suriname"),
    ("Li Xi Meets Bolivian President Luis Arce in Havana",
     "On September 16, 2023 local time, Li Xi, special envoy of President Xi Jinping, met with Bolivian "
     "President Luis Arce in Havana, Cuba, where both attend the G77 and China Summit.",
     "2023-09-16", "Bolivia"),
    ("Han Zheng Meets Colombian Vice President in Lima",
     "On November 15, 2024 local time, Vice President Han Zheng met with the Colombian Vice President "
     "in Lima, Peru.", "2024-11-15", "Colombia"),
])
def test_a_country_named_only_as_the_place_is_no_counterpart(title: str, text: str, published: str,
                                                              country: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.country == country and record.exchange_type == "bilateral"


def test_agency_copy_with_the_venue_capital_in_headline_and_dateline() -> None:
    record = mfa("LIMA, Nov. 15 (Xinhua) -- Chinese President Xi Jinping sat down with Chilean President "
                 "Gabriel Boric on Friday in Lima, Peru, on the sidelines of the APEC summit.",
                 title="Xi meets Chilean president at APEC gathering in Lima", published="2024-11-15",
                 url=AGENCY_URL)
    assert record.country == "Chile"
    assert record.event_type == "meeting_on_sidelines"


def test_the_headlines_actor_before_the_visit_the_lead_recalls() -> None:
    record = mfa("On March 19, 2024, Foreign Minister Wang Yi, who is in Brasilia for an official visit to "
                 "Brazil, met with Argentine Foreign Minister Diana Mondino at her request.",
                 title="Wang Yi Meets with Argentine Foreign Minister Diana Mondino in Brasilia",
                 published="2024-03-19")
    assert record.country == "Argentina"


def test_chinese_page_met_in_a_third_lac_capital() -> None:
    record = _zh("当地时间2024年5月9日，外交部长王毅在圭亚那首都乔治敦会见苏里南外长拉姆丁。",
                 "王毅在圭亚那会见苏里南外长拉姆丁")
    assert record.country == "Suriname"


@pytest.mark.parametrize(("title", "text", "published", "country"), [
    # the place's own head in office named as the one met: his country, whatever else the lead names
    ("Xi Jinping Holds Talks with President Lula in Brasilia",
     "On November 20, 2024 local time, President Xi Jinping held talks with President Luiz Inacio Lula da "
     "Silva in Brasilia, Brazil. Lula said Brazil and Argentina welcome Chinese investment.", "2024-11-20",
     "Brazil"),
    # the country named as the place only, and nothing else: that country
    ("Wang Yi Meets with the Foreign Minister in Georgetown",
     "On May 8, 2024 local time, Foreign Minister Wang Yi met with the Foreign Minister in "
     "Georgetown, Guyana.", "2024-05-08", "Guyana"),
    # the country named as an actor in the lead as well as the place
    ("Wang Yi Meets with Guyanese President Irfaan Ali in Georgetown",
     "On May 8, 2024 local time, Foreign Minister Wang Yi met with Guyanese President Irfaan Ali in "
     "Georgetown. Ali said Guyana and Suriname are neighbours.", "2024-05-08", "Guyana"),
])
def test_the_place_stays_the_country_when_it_is_also_the_actor(title: str, text: str, published: str,
                                                               country: str) -> None:
    record = mfa(text, title=title, published=published)
    assert record.country == country


# ---- a regional gathering held in one LAC country: the host named as the place ----

@pytest.mark.parametrize(("title", "text", "published"), [
    ("Chinese vice premier attends China-Caribbean forum in Trinidad and Tobago",
     "PORT OF SPAIN, Sept. 12 (Xinhua) -- Chinese Vice Premier Wang Qishan on Monday attended the opening of "
     "the third China-Caribbean Economic and Trade Cooperation Forum in Port of Spain. Leaders of ten "
     "Caribbean countries attended.", "2011-09-12"),
    ("Wang Yi attends Caribbean ministers' gathering in Guyana",
     "GEORGETOWN, May 9 (Xinhua) -- Chinese Foreign Minister Wang Yi on Thursday co-chaired the "
     "China-Caribbean Countries Foreign Ministers' Meeting in Georgetown with foreign ministers of "
     "Caribbean countries.",
     "2024-05-09"),
])
def test_regional_gathering_in_a_country_named_as_the_place_is_multilateral(title: str, text: str,
                                                                            published: str) -> None:
    record = mfa(text, title=title, published=published, url=AGENCY_URL)
    assert record.country == "multilateral" and record.exchange_type == "multilateral"


def test_one_countrys_premier_met_at_a_regional_forum_stays_that_country() -> None:
    record = mfa("PORT OF SPAIN, Sept. 12 (Xinhua) -- Chinese Vice Premier Wang Qishan met with Trinidad and "
                 "Tobago Prime Minister Kamla Persad-Bissessar here on Monday.",
                 title="Chinese vice premier meets Trinidad and Tobago prime minister",
                 published="2011-09-12", url=AGENCY_URL)
    assert record.country == "Trinidad and Tobago"


# ---- a foreign ministers' meeting is a multilateral conference: a meeting during it is on its sidelines

@pytest.mark.parametrize("text", [
    "On May 9, 2024 local time, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips in "
    "Georgetown during the China-Caribbean Countries Foreign Ministers' Meeting.",
    "On February 21, 2024 local time, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark "
    "Phillips in Rio de Janeiro, where he is attending the G20 Foreign Ministers' Meeting.",
    "On July 14, 2023, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips while "
    "attending the China-Caribbean Foreign Ministers’ Meeting.",
])
def test_meeting_during_a_foreign_ministers_meeting_is_on_the_sidelines(text: str) -> None:
    record = mfa(text, title="Wang Yi Meets with Guyanese Prime Minister Mark Phillips",
                 published="2024-05-09")
    assert record.country == "Guyana"
    assert record.event_type == "meeting_on_sidelines"


def test_meeting_with_no_gathering_named_stays_a_meeting() -> None:
    record = mfa("On May 9, 2024, Foreign Minister Wang Yi met with Guyanese Prime Minister Mark Phillips in "
                 "Beijing. The two sides agreed that their foreign ministers' meetings should be "
                 "held regularly.",
                 title="Wang Yi Meets with Guyanese Prime Minister Mark Phillips", published="2024-05-09")
    assert record.event_type == "meeting"


# ---- a headline whose news is a ceremony or banquet of a visit: "other" ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Xi Jinping Holds Welcome Ceremony for Colombian President Gustavo Petro",
     "On October 25, 2023, President Xi Jinping held a grand welcome ceremony at the Great Hall of the "
     "People for Colombian President Gustavo Petro, who is on a state visit to China.", "en"),
    ("Xi Jinping Attends Welcome Ceremony Held by Peruvian President Dina Boluarte",
     "On November 14, 2024 local time, President Xi Jinping attended the welcome ceremony held by Peruvian "
     "President Dina Boluarte at the Government Palace in Lima.", "en"),
    ("Xi Jinping and Peng Liyuan Host Banquet for Brazilian President on State Visit",
     "On April 14, 2023, President Xi Jinping and his wife Peng Liyuan hosted a banquet for Brazilian "
     "President Lula, who is paying a state visit to China.", "en"),
    ("卢拉为习近平举行隆重欢迎仪式",
     "当地时间2024年11月20日，巴西总统卢拉在巴西利亚总统府为国家主席习近平举行隆重欢迎仪式。", "zh"),
    ("习近平举行仪式欢迎哥伦比亚总统佩特罗对中国进行国事访问",
     "2023年10月25日，国家主席习近平在人民大会堂东门外广场举行仪式，欢迎哥伦比亚总统佩特罗对中国进行国事"
     "访问。", "zh"),
])
def test_ceremony_of_a_visit_in_the_headline_is_other(title: str, text: str, lang: str) -> None:
    record = _zh(text, title) if lang == "zh" else mfa(text, title=title, published="2023-10-25")
    assert record.event_type == "other"


@pytest.mark.parametrize(("title", "text", "event_type"), [
    ("Xi Jinping Holds Welcome Ceremony and Talks with Honduran President Xiomara Castro",
     "On June 12, 2023, President Xi Jinping held a welcome ceremony for Honduran President Xiomara "
     "Castro at the Great Hall of the People, after which the two heads of state held talks.", "talks"),
    ("Colombian President Petro Begins State Visit to China, Welcome Ceremony Held in Beijing",
     "On October 25, 2023, Colombian President Gustavo Petro began his state visit to China.", "state_visit"),
    ("Colombian President Gustavo Petro Pays State Visit to China",
     "From October 24 to 26, 2023, Colombian President Gustavo Petro paid a state visit to China. "
     "President Xi Jinping held a welcome ceremony and talks with him.", "state_visit"),
])
def test_a_visit_or_talks_named_before_the_ceremony_stay_the_news(title: str, text: str,
                                                                   event_type: str) -> None:
    record = mfa(text, title=title, published="2023-10-25")
    assert record.event_type == event_type
