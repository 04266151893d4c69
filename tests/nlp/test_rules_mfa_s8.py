"""Foreign-ministry pages (round 8, helper D): a day given in both clocks in English, a joint statement
issued "on the establishment of" a partnership reported in running text, a joint press appearance
as agencies word it, a Chinese sentence placing the principal's trip at a summit, leaders who
exchange greetings. Self-written releases; names of people and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

EN_URL = "https://www.mfa.gov.cn/eng/xw/zyxw/202411/t20241115_11000101.html"
ZH_URL = "https://www.mfa.gov.cn/web/zyxw/202311/t20231118_11000102.shtml"


# ---- event_date: the local day, not its Beijing conversion (decision rule 1: "当地时间10日")

@pytest.mark.parametrize("text", [
    "On the afternoon of November 14 local time (early hours of November 15 Beijing time), President Xi "
    "Jinping held talks with President Dina Boluarte of Peru at the Government Palace in Lima.",
    "On November 14 local time (November 15 Beijing time), President Xi Jinping held talks in Lima with "
    "President Dina Boluarte of Peru.",
    "On Thursday afternoon local time (early Friday Beijing time), President Xi Jinping held talks in Lima "
    "with President Dina Boluarte of Peru.",
    "LIMA, Nov. 15 -- President Xi Jinping held talks with President Dina Boluarte of Peru on Thursday "
    "evening local time, Friday morning Beijing time.",
])
def test_en_day_in_both_clocks_is_the_local_one(text: str) -> None:
    record = mfa(text, title="Xi Jinping Holds Talks with Peruvian President", published="2024-11-15",
                 url=EN_URL)
    assert record.event_type == "talks"
    assert record.event_date == "2024-11-14"


def test_en_beijing_day_alone_stays() -> None:
    """No local day beside it: the Beijing day is the only one the text states."""
    record = mfa("In the early hours of November 15 Beijing time, President Xi Jinping held talks in Lima "
                 "with President Dina Boluarte of Peru.",
                 title="Xi Jinping Holds Talks with Peruvian President", published="2024-11-15", url=EN_URL)
    assert record.event_date == "2024-11-15"


# ---- partnership: issuing a statement named after the step takes the step

@pytest.mark.parametrize("text,title", [
    ("At the invitation of President Xi Jinping, President Luis Lacalle Pou of Uruguay paid a state visit "
     "to China from November 20 to 24. The two sides issued a joint statement on establishing a "
     "comprehensive strategic partnership.", "Uruguayan President Concludes State Visit to China"),
    ("During the visit, the two sides released a Joint Statement on the Establishment of a Comprehensive "
     "Strategic Partnership between China and Uruguay. On November 22, President Xi Jinping held talks "
     "with President Luis Lacalle Pou.", "Uruguayan President Lacalle Pou Ends Visit"),
])
def test_en_statement_issued_on_establishing_is_the_step(text: str, title: str) -> None:
    record = mfa(text, title=title, published="2023-11-25",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202311/t20231125_11000103.html")
    assert record.country == "Uruguay"
    assert record.partnership_level == "comprehensive strategic partnership"
    assert record.partnership_action == "upgrade"  # Uruguay's strategic partnership dates from 2016


def test_en_statement_released_after_talks_establishes_by_history() -> None:
    record = mfa("On the afternoon of October 25, President Xi Jinping held talks with President Gustavo "
                 "Petro of Colombia. After the talks, the two heads of state signed a joint statement on "
                 "the establishment of a strategic partnership.",
                 title="Xi Jinping Holds Talks with Colombian President Gustavo Petro",
                 published="2023-10-25",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202310/t20231025_11000104.html")
    assert record.event_type == "talks"
    assert record.partnership_level == "strategic partnership"
    assert record.partnership_action == "establish"


@pytest.mark.parametrize("text", [
    "访问期间，双方发表《中华人民共和国和乌拉圭东岸共和国关于建立全面战略伙伴关系的联合声明》。11月22日，国家主席习近平同拉卡列总统举行会谈。",
    "訪問期間，雙方簽署《中華人民共和國和烏拉圭東岸共和國關於建立全面戰略夥伴關係的聯合聲明》。11月22日，國家主席習近平同拉卡列總統舉行會談。",
])
def test_zh_statement_issued_on_establishing_is_the_step(text: str) -> None:
    record = mfa(text, title="乌拉圭总统拉卡列结束对华国事访问", published="2023-11-25", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202311/t20231125_11000105.shtml")
    assert record.partnership_level == "comprehensive strategic partnership"
    assert record.partnership_action == "upgrade"


@pytest.mark.parametrize("text", [
    # a statement recalled or to be implemented is no step of this exchange
    "On November 22, President Xi Jinping held talks with President Luis Lacalle Pou of Uruguay. Both sides "
    "will implement the joint statement on establishing a comprehensive strategic partnership.",
    "On November 22, President Xi Jinping held talks with President Luis Lacalle Pou of Uruguay. The two "
    "sides will sign a joint statement on the establishment of a comprehensive strategic partnership.",
    "On November 22, President Xi Jinping held talks with President Luis Lacalle Pou of Uruguay. Xi recalled "
    "that the two sides issued a joint statement on establishing a strategic partnership in 2016.",
])
def test_en_statement_not_issued_in_this_exchange_takes_no_step(text: str) -> None:
    record = mfa(text, title="Xi Jinping Holds Talks with Uruguayan President", published="2023-11-22",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202311/t20231122_11000106.html")
    assert record.event_type == "talks"
    assert record.partnership_action is None


# ---- event_type: a joint press appearance is "other"

@pytest.mark.parametrize("text,title", [
    (" date 2024-11-21\nHome > World\nBRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping and his "
     "Brazilian counterpart Luiz Inacio Lula da Silva met the press together after their talks here on "
     "Wednesday.", "Xi, Lula meet press"),
    ("BRASILIA, Nov. 20 (Xinhua) -- Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da "
     "Silva met with the press after their talks on Wednesday.", "Xi, Lula meet with press in Brasilia"),
    ("BRASILIA, Nov. 20 -- Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva "
     "met with the press after their talks on Wednesday.", "Chinese, Brazilian presidents address media"),
])
def test_en_joint_press_appearance_is_other(text: str, title: str) -> None:
    record = mfa(text, title=title, published="2024-11-21",
                 url="https://english.news.cn/20241121/0a1b2c3d/c.html")
    assert record.country == "Brazil"
    assert record.event_type == "other"
    assert record.event_date == "2024-11-20"


def test_en_talks_page_that_mentions_the_press_stays_talks() -> None:
    record = mfa("On the afternoon of April 14, President Xi Jinping held talks with President Lula of "
                 "Brazil. After the talks, the two heads of state met with the press.",
                 title="Xi Jinping Holds Talks with Brazilian President Lula", published="2023-04-14")
    assert record.event_type == "talks"


def test_en_meeting_with_a_press_secretary_is_a_meeting() -> None:
    record = mfa("On April 14, Foreign Minister Wang Yi met Press Secretary Paulo Pimenta of Brazil in "
                 "Beijing.",
                 title="Wang Yi meets press secretary of Brazil", published="2023-04-14")
    assert record.event_type == "meeting"


# ---- event_type: a sentence of its own placing the principal's trip at a summit (sidelines)

@pytest.mark.parametrize("text", [
    "当地时间11月17日，国家主席习近平在旧金山会见墨西哥总统洛佩斯。习近平此次赴美出席亚太经合组织第三十次领导人非正式会议。",
    "当地时间11月17日，国家主席习近平在旧金山会见墨西哥总统洛佩斯。习近平此行出席亚太经合组织第三十次领导人非正式会议。",
    "當地時間11月17日，國家主席習近平在舊金山會見墨西哥總統洛佩斯。習近平此行出席亞太經合組織第三十次領導人非正式會議。",
])
def test_zh_trip_to_attend_a_summit_places_the_meeting_on_its_sidelines(text: str) -> None:
    record = mfa(text, title="习近平会见墨西哥总统洛佩斯", published="2023-11-18", lang="zh", url=ZH_URL)
    assert record.country == "Mexico"
    assert record.event_type == "meeting_on_sidelines"
    assert record.event_date == "2023-11-17"


def test_zh_summit_attended_before_the_meeting_does_not_place_it() -> None:
    record = mfa("当地时间11月21日，国家主席习近平在巴西利亚会见玻利维亚总统阿尔塞。"
                 "此前，习近平出席了在里约热内卢举行的二十国集团领导人峰会。",
                 title="习近平会见玻利维亚总统阿尔塞", published="2024-11-22", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202411/t20241122_11000107.shtml")
    assert record.event_type == "meeting"


# ---- event_type: leaders who exchange greetings exchange messages

@pytest.mark.parametrize("text,title,lang", [
    ("On January 1, President Xi Jinping exchanged New Year greetings with President Miguel Diaz-Canel of "
     "Cuba.", "Xi Jinping Exchanges New Year Greetings with Cuban President", "en"),
    ("On January 1, President Xi Jinping and President Miguel Diaz-Canel of Cuba exchanged cordial greetings "
     "on the New Year.", "Chinese and Cuban Heads of State Exchange Greetings", "en"),
    ("1月1日，国家主席习近平同古巴国家主席迪亚斯-卡内尔互致新年问候。",
     "习近平同古巴国家主席互致新年问候", "zh"),
])
def test_exchanged_greetings_are_a_message(text: str, title: str, lang: str) -> None:
    record = mfa(text, title=title, published="2024-01-01", lang=lang,
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202401/t20240101_11000108.html")
    assert record.country == "Cuba"
    assert record.event_type == "message"
    assert record.head_of_state_level is True


def test_greetings_conveyed_at_a_meeting_keep_the_meeting() -> None:
    record = mfa("On January 5, President Xi Jinping met with Foreign Minister Bruno Rodriguez of Cuba, who "
                 "conveyed the greetings of President Miguel Diaz-Canel.",
                 title="Xi Jinping Meets with Cuban Foreign Minister", published="2024-01-05")
    assert record.event_type == "meeting"


# ---- event_date: a government release's place, dash and full date is its dateline

@pytest.mark.parametrize("text,day", [
    ("Georgetown, Guyana – (March 5, 2024) President Dr Mohamed Irfaan Ali met with Chinese Vice Foreign "
     "Minister Ma Zhaoxu at State House on Monday.", "2024-03-04"),
    ("PORT OF SPAIN, Trinidad – Monday 4th March, 2024: Prime Minister Dr Keith Rowley this morning met "
     "with Chinese Vice Minister of Foreign Affairs Ma Zhaoxu at the Diplomatic Centre.", "2024-03-04"),
    ("Kingston – 5 March 2024: Prime Minister Andrew Holness yesterday received Chinese Vice Foreign "
     "Minister Ma Zhaoxu at Jamaica House.", "2024-03-04"),
])
def test_en_government_release_place_dash_date_is_the_dateline(text: str, day: str) -> None:
    record = mfa(text, title="Prime Minister meets Chinese Vice Foreign Minister", published="2024-03-07",
                 url="https://jis.gov.jm/news/release-8d01/")
    assert record.event_type == "meeting"
    assert record.event_date == day


def test_en_place_and_dash_without_a_year_is_no_such_dateline() -> None:
    """No full date after the dash: the weekday counts from the printed day, as before."""
    record = mfa("Georgetown, Guyana – President Dr Mohamed Irfaan Ali met with Chinese Vice Foreign "
                 "Minister Ma Zhaoxu at State House on Monday.",
                 title="President Ali meets Chinese Vice Foreign Minister", published="2024-03-07",
                 url="https://jis.gov.jm/news/release-8d02/")
    assert record.event_date == "2024-03-04"  # Thursday March 7 → Monday March 4


# ---- event_type: more English wordings of the sidelines

@pytest.mark.parametrize("text", [
    "On November 19 local time, Premier Li Qiang met with President Luis Abinader of the Dominican Republic "
    "on the fringes of the G20 Summit in Rio de Janeiro.",
    "On November 19, Premier Li Qiang met Dominican President Luis Abinader on the fringe of the 19th G20 "
    "Summit.",
])
def test_en_on_the_fringes_of_a_summit_is_on_its_sidelines(text: str) -> None:
    record = mfa(text, title="Li Qiang Meets with Dominican President", published="2024-11-20",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202411/t20241120_11000109.html")
    assert record.country == "Dominican Republic"
    assert record.event_type == "meeting_on_sidelines"
    assert record.event_date == "2024-11-19"


@pytest.mark.parametrize("text", [
    "BEIJING, May 13 (Xinhua) -- Chinese President Xi Jinping on Tuesday met with Brazilian President Luiz "
    "Inacio Lula da Silva, who is on a state visit to China and attending the Fourth Ministerial Meeting of "
    "the China-CELAC Forum.",
    "On May 13, Vice President Han Zheng met with President Luiz Inacio Lula da Silva of Brazil, who is "
    "paying a state visit to China and attending the Fourth Ministerial Meeting of the China-CELAC Forum.",
])
def test_en_visitor_also_attending_a_ministerial_meeting_is_met_on_its_sidelines(text: str) -> None:
    record = mfa(text, title="Meeting with Brazilian President", published="2025-05-13",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202505/t20250513_11000110.html")
    assert record.country == "Brazil"
    assert record.event_type == "meeting_on_sidelines"


def test_en_visitor_on_a_state_visit_alone_is_a_meeting() -> None:
    record = mfa("On May 13, Vice President Han Zheng met with President Luiz Inacio Lula da Silva of "
                 "Brazil, who is on a state visit to China and attending a banquet.",
                 title="Han Zheng Meets with Brazilian President", published="2025-05-13",
                 url="https://www.mfa.gov.cn/eng/xw/zyxw/202505/t20250513_11000111.html")
    assert record.event_type == "meeting"


# ---- event_type: a remark made "while meeting" someone reports the meeting

@pytest.mark.parametrize("text", [
    "Kingston, Jamaica – (JIS) – Prime Minister Andrew Holness says Jamaica will deepen trade with China. He "
    "made the remark while meeting Chinese Vice Foreign Minister Ma Zhaoxu at Jamaica House on Wednesday "
    "(July 12).",
    "Prime Minister Andrew Holness says Jamaica will deepen trade with China. He spoke on Wednesday "
    "(July 12) when meeting visiting Chinese Vice Foreign Minister Ma Zhaoxu at Jamaica House.",
])
def test_en_remark_made_while_meeting_is_a_meeting(text: str) -> None:
    record = mfa(text, title="PM Holness says Jamaica to deepen trade with China", published="2023-07-14",
                 url="https://jis.gov.jm/news/release-8d03/")
    assert record.country == "Jamaica"
    assert record.event_type == "meeting"
    assert record.event_date == "2023-07-12"
    assert record.head_of_state_level is False


def test_en_a_meeting_as_a_noun_after_while_is_not_read_as_one() -> None:
    """'while the meeting …' is the noun: the speech page stays what it was."""
    record = mfa("Prime Minister Andrew Holness says Jamaica will deepen trade with China. He spoke on "
                 "Wednesday (July 12) in a speech to a business forum attended by Chinese Vice Foreign "
                 "Minister Ma Zhaoxu, while the meeting of the joint commission was under way.",
                 title="PM Holness says Jamaica to deepen trade with China", published="2023-07-14",
                 url="https://jis.gov.jm/news/release-8d04/")
    assert record.event_type != "meeting"
