"""Foreign-ministry pages with LAC states (seventh session): the counterpart's office as LAC
governments title it, and what it means for the head-of-state level. Self-written releases; the
names of people and offices are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa


def _url(day: str, lang: str = "eng") -> str:
    return f"https://www.fmprc.gov.cn/{lang}/zxxx/{day[:7].replace('-', '')}/t{day.replace('-', '')}_7.html"


# --- a deputy's office is its own: a Deputy Prime Minister is no head of government
@pytest.mark.parametrize(("lead", "counterpart"), [
    ("On March 12, Premier Li Qiang met with Deputy Prime Minister of Barbados Santia Bradshaw at the "
     "Great Hall of the People.", "Santia Bradshaw, Deputy Prime Minister"),
    ("On March 12, Premier Li Qiang met with Vice Prime Minister of Cuba Ricardo Cabrisas in Beijing. The "
     "two sides exchanged views on economic cooperation.", "Ricardo Cabrisas, Deputy Prime Minister"),
    ("Premier Li Qiang met with Cuban Deputy Prime Minister Ricardo Cabrisas Ruiz in Beijing on March 12.",
     "Ricardo Cabrisas Ruiz, Deputy Prime Minister"),
])
def test_deputy_prime_minister_is_not_a_head(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="Li Qiang Meets with Deputy Prime Minister", published="2024-03-12",
                 url=_url("2024-03-12"))
    assert record.counterpart == counterpart
    assert record.head_of_state_level is False


def test_prime_minister_still_a_head() -> None:
    """Does not over-fire: the Prime Minister herself is the head of government."""
    record = mfa("On March 12, Premier Li Qiang met with Prime Minister of Barbados Mia Amor Mottley at "
                 "the Great Hall of the People.", title="Li Qiang Meets with Prime Minister of Barbados",
                 published="2024-03-12", url=_url("2024-03-12"))
    assert record.counterpart == "Mia Amor Mottley, Prime Minister"
    assert record.head_of_state_level is True


# --- a LAC "Chancellor" is the foreign minister (canciller), not a head of government
@pytest.mark.parametrize("lead", [
    " date 2022-02-07\nBEIJING, Feb. 6 (Xinhua) -- Chinese President Xi Jinping met with Argentine "
    "Chancellor Santiago Cafiero in Beijing on Sunday.",
    "On February 6, President Xi Jinping met with Argentine Chancellor Santiago Cafiero at the Great Hall "
    "of the People.",
])
def test_chancellor_is_the_foreign_minister(lead: str) -> None:
    record = mfa(lead, title="Xi meets Argentine chancellor", published="2022-02-07",
                 url=_url("2022-02-07"))
    assert record.counterpart == "Santiago Cafiero, Foreign Minister"
    assert record.head_of_state_level is False


# --- the foreign minister's titles of LAC states
@pytest.mark.parametrize(("lead", "counterpart"), [
    ("On September 21, 2023 local time, Wang Yi met with Mexican Foreign Secretary Alicia Bárcena in New "
     "York.", "Alicia Bárcena, Foreign Minister"),
    ("On September 21, Wang Yi met with Mexican Secretary of Foreign Affairs Alicia Bárcena in New York.",
     "Alicia Bárcena, Foreign Minister"),
    ("On September 21, Wang Yi held talks with Peruvian Minister of Foreign Relations Javier "
     "González-Olaechea in Beijing.", "Javier González-Olaechea, Foreign Minister"),
    ("On September 21, Wang Yi met with Minister for Foreign Affairs of Trinidad and Tobago Amery Browne "
     "in Beijing.", "Amery Browne, Foreign Minister"),
])
def test_foreign_minister_titles(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="Wang Yi Meets with Foreign Minister", published="2023-09-22",
                 url=_url("2023-09-22"))
    assert record.counterpart == counterpart
    assert record.head_of_state_level is False


@pytest.mark.parametrize(("lead", "counterpart"), [
    ("Vice Foreign Minister Ma Zhaoxu met with Chilean Vice Foreign Minister Gloria de la Fuente in Beijing "
     "on March 12.", "Gloria de la Fuente, Vice Foreign Minister"),
    ("On March 12, Vice Foreign Minister Ma Zhaoxu held consultations with Cuban Deputy Foreign Minister "
     "Carlos Fernández de Cossío in Beijing.", "Carlos Fernández de Cossío, Vice Foreign Minister"),
    ("On March 12, Vice Foreign Minister Ma Zhaoxu met with Cuban Vice Minister of Foreign Affairs "
     "Josefina Vidal in Beijing.", "Josefina Vidal, Vice Foreign Minister"),
])
def test_vice_foreign_minister_en(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="Ma Zhaoxu Meets with Vice Foreign Minister", published="2024-03-13",
                 url=_url("2024-03-13"))
    assert record.counterpart == counterpart


@pytest.mark.parametrize(("lead", "name", "office"), [
    ("3月12日，外交部副部长马朝旭在北京会见古巴外交部副部长费尔南德斯·德科西奥。", "费尔南德斯·德科西奥",
     "Vice Foreign Minister"),
    ("3月12日，外交部副部长马朝旭在北京会见智利副外长德拉富恩特。双方就双边关系交换意见。", "德拉富恩特",
     "Vice Foreign Minister"),
    ("3月12日，国家副主席韩正在北京会见牙买加总督艾伦。", "艾伦", "Governor-General"),
    ("3月12日，外交部长王毅在北京会见阿根廷外长蒙迪诺。", "蒙迪诺 (Diana Mondino)", "Foreign Minister"),
])
def test_offices_zh(lead: str, name: str, office: str) -> None:
    record = mfa(lead, title="会见", published="2024-03-12", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202403/t20240312_7.shtml")
    assert record.counterpart == f"{name}, {office}"
    assert record.head_of_state_level is False


# --- a message congratulating a head on taking office: the name before "on her assumption of office"
@pytest.mark.parametrize("lead", [
    "On October 1, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum, congratulating "
    "her on her assumption of office as President of Mexico.",
    "On October 1, President Xi Jinping congratulated Claudia Sheinbaum on her assumption of office as "
    "Mexico's President.",
])
def test_message_on_assumption_of_office(lead: str) -> None:
    record = mfa(lead, title="Xi Jinping Congratulates Claudia Sheinbaum", published="2024-10-01",
                 url=_url("2024-10-01"))
    assert record.event_type == "message"
    assert record.counterpart == "Claudia Sheinbaum, President"
    assert record.head_of_state_level is True


def test_message_on_election_is_to_a_president_elect() -> None:
    """Does not over-fire: congratulations on an election go to a president-elect, not a head yet."""
    record = mfa("On June 6, President Xi Jinping sent a congratulatory message to Claudia Sheinbaum, "
                 "congratulating her on her election as President of Mexico.",
                 title="Xi Jinping Congratulates Claudia Sheinbaum", published="2024-06-06",
                 url=_url("2024-06-06"))
    assert record.counterpart == "Claudia Sheinbaum, President-elect"
    assert record.head_of_state_level is False


# --- a foreign ministry that holds other portfolios: the title runs on to the last portfolio
@pytest.mark.parametrize(("lead", "counterpart"), [
    ("On December 16, Wang Yi held talks with Jamaican Minister of Foreign Affairs and Foreign Trade Kamina "
     "Johnson Smith in Beijing.", "Kamina Johnson Smith, Foreign Minister"),
    ("On December 16, Wang Yi met with Surinamese Minister of Foreign Affairs, International Business and "
     "International Cooperation Albert Ramdin in Beijing.", "Albert Ramdin, Foreign Minister"),
    ("On December 16, Wang Yi met with Ecuadorian Minister of Foreign Affairs and Human Mobility Gabriela "
     "Sommerfeld in Beijing.", "Gabriela Sommerfeld, Foreign Minister"),
    ("On December 16, Wang Yi held talks with Venezuelan Minister of People's Power for Foreign Affairs "
     "Yván Gil in Beijing.", "Yván Gil, Foreign Minister"),
    ("On December 16, Wang Yi met with Argentine Minister of Foreign Affairs, International Trade and "
     "Worship Santiago Cafiero in Beijing.", "Santiago Cafiero, Foreign Minister"),
])
def test_foreign_minister_with_other_portfolios(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="Wang Yi Meets with Foreign Minister", published="2024-12-16",
                 url=_url("2024-12-16"))
    assert record.counterpart == counterpart


# --- Trinidad and Tobago's Ministry of Foreign and CARICOM Affairs is no regional body
@pytest.mark.parametrize("lead", [
    "On March 12, Wang Yi met with Minister of Foreign and CARICOM Affairs of Trinidad and Tobago Amery "
    "Browne in Beijing.",
    "On March 12, Wang Yi held talks with Trinidad and Tobago's Minister of Foreign and CARICOM Affairs "
    "Amery Browne in Beijing.",
])
def test_caricom_affairs_ministry_is_bilateral(lead: str) -> None:
    record = mfa(lead, title="Wang Yi Meets with Foreign Minister of Trinidad and Tobago",
                 published="2024-03-12", url=_url("2024-03-12"))
    assert record.country == "Trinidad and Tobago"
    assert record.counterpart == "Amery Browne, Foreign Minister"


def test_caricom_itself_still_multilateral() -> None:
    """Does not over-fire: the Caribbean Community as the counterpart stays a regional body."""
    record = mfa("On March 12, Wang Yi met with Secretary-General of the Caribbean Community (CARICOM) "
                 "Carla Barnett in Beijing.", title="Wang Yi Meets with CARICOM Secretary-General",
                 published="2024-03-12", url=_url("2024-03-12"))
    assert record.country == "multilateral"


# --- a copy under its own headline prints the joint statement's name as a line of the body: that
# line names the step, as the title would
@pytest.mark.parametrize(("text", "title", "lang"), [
    ("中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明\n应国家主席习近平邀请，哥伦比亚共和国总统古斯塔沃·"
     "佩特罗于2023年10月24日至26日对中国进行国事访问。双方同意深化各领域合作。", "中哥发表联合声明", "zh"),
    ("中華人民共和國和哥倫比亞共和國關於建立戰略夥伴關係的聯合聲明\n應國家主席習近平邀請，哥倫比亞共和國總統古斯塔沃·"
     "佩特羅於2023年10月24日至26日對中國進行國事訪問。雙方同意深化各領域合作。", "中哥發表聯合聲明", "zh"),
    (" date 2023-10-26\nJoint Statement between the People's Republic of China and the Republic of Colombia "
     "on the Establishment of a Strategic Partnership\nAt the invitation of President Xi Jinping, President "
     "Gustavo Petro paid a state visit to China from October 24 to 26, 2023. The two sides agreed to deepen "
     "cooperation in all fields.", "China, Colombia issue joint statement", "en"),
])
def test_statement_name_line_in_a_copy(text: str, title: str, lang: str) -> None:
    record = mfa(text, title=title, published="2023-10-26", lang=lang,
                 url="http://www.news.cn/politics/leaders/2023-10/26/c_1129940777.htm")
    assert record.event_type == "joint_statement"
    assert record.partnership_action == "establish"
    assert record.partnership_level == "strategic partnership"


def test_statement_named_in_running_text_is_no_step() -> None:
    """Does not over-fire: a statement of an earlier visit named inside a sentence takes no step."""
    record = mfa("5月14日，外交部长王毅在北京会见哥伦比亚外长。双方同意落实好《中华人民共和国和哥伦比亚"
                 "共和国关于建立战略伙伴关系的联合声明》。", title="王毅会见哥伦比亚外长",
                 published="2025-05-14", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202505/t20250514_7.shtml")
    assert record.partnership_action is None


# --- a visit page naming its visitor without an office: the official's office that day decides
@pytest.mark.parametrize(("text", "title", "kind"), [
    ("当地时间7月29日，王毅在巴西利亚结束对巴西的访问。", "王毅结束访问巴西", "official_visit"),
    ("On July 29 local time, Wang Yi concluded his visit to Brazil and left Brasília.",
     "Wang Yi Concludes Visit to Brazil", "official_visit"),
    ("当地时间7月29日，习近平结束对巴西的访问，离开巴西利亚回国。", "习近平离开巴西利亚", "state_visit"),
])
def test_visit_kind_by_the_officials_office(text: str, title: str, kind: str) -> None:
    lang = "en" if title.isascii() else "zh"
    record = mfa(text, title=title, published="2024-07-30", lang=lang, url=_url("2024-07-30"))
    assert record.event_type == kind


# --- any other minister, by the portfolio (cue ministry_remit)
@pytest.mark.parametrize(("lead", "counterpart"), [
    ("On March 12, Vice Premier He Lifeng met with Chilean Minister of Finance Mario Marcel in Beijing.",
     "Mario Marcel, Minister of Finance"),
    ("On March 12, Vice Premier He Lifeng met with Brazilian Finance Minister Fernando Haddad in Beijing.",
     "Fernando Haddad, Finance Minister"),
    ("On March 12, Vice Premier He Lifeng met with Minister of Economy and Finance of Uruguay Azucena "
     "Arbeleche in Beijing.", "Azucena Arbeleche, Minister of Economy and Finance"),
    ("On March 12, Vice Premier He Lifeng met with Peruvian Minister of Foreign Trade and Tourism Juan "
     "Carlos Mathews in Beijing.", "Juan Carlos Mathews, Minister of Foreign Trade and Tourism"),
    ("On March 12, Minister of Commerce Wang Wentao met with Mexican Secretary of Economy Raquel "
     "Buenrostro in Beijing.", "Raquel Buenrostro, Secretary of Economy"),
])
def test_portfolio_ministers_en(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="Meets with Minister", published="2024-03-12", url=_url("2024-03-12"))
    assert record.counterpart == counterpart
    assert record.head_of_state_level is False


@pytest.mark.parametrize(("lead", "counterpart"), [
    ("3月12日，国务院副总理何立峰在北京会见智利财政部长马塞尔。", "马塞尔, 财政部长"),
    ("3月12日，国务院副总理何立峰在北京会见巴西财政部部长阿达德。", "阿达德, 财政部部长"),
    ("3月12日，国务院副总理何立峰在北京会见哥伦比亚贸易工业和旅游部长乌马尼亚。",
     "乌马尼亚, 贸易工业和旅游部长"),
])
def test_portfolio_ministers_zh(lead: str, counterpart: str) -> None:
    record = mfa(lead, title="何立峰会见部长", published="2024-03-12", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202403/t20240312_7.shtml")
    assert record.counterpart == counterpart


def test_minister_attending_with_the_head_is_no_counterpart() -> None:
    """Does not over-fire: a minister named after the head attends; the head is the counterpart."""
    record = mfa("On April 14, President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da "
                 "Silva in Beijing. Brazilian Finance Minister Fernando Haddad and Minister of Agriculture "
                 "Carlos Fávaro were present.", title="Xi Jinping Holds Talks with Brazilian President Lula",
                 published="2023-04-14", url=_url("2023-04-14"))
    assert record.counterpart == "Luiz Inácio Lula da Silva, President"
    assert record.head_of_state_level is True


def test_chinese_minister_is_no_counterpart() -> None:
    """Does not over-fire: the Chinese minister is the Chinese side (no LAC name before the office)."""
    record = mfa("On March 12, Minister of Commerce Wang Wentao met with Chilean Minister of Finance Mario "
                 "Marcel in Beijing.", title="Wang Wentao Meets Chilean Finance Minister",
                 published="2024-03-12", url=_url("2024-03-12"))
    assert record.counterpart == "Mario Marcel, Minister of Finance"
    assert record.chinese_side is not None and record.chinese_side.startswith("Wang Wentao")
