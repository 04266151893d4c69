"""Foreign-ministry partnership action and level (codebook: partnership rule). Self-written
releases; the names and the partnership history are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa


def _url(day: str, lang: str = "eng") -> str:
    return f"https://www.fmprc.gov.cn/{lang}/zxxx/{day[:7].replace('-', '')}/t{day.replace('-', '')}_9.html"


# --- a step announced for the future with the relationship as subject ("relations will be elevated")
@pytest.mark.parametrize(("text", "day", "action", "level"), [
    ("President Xi Jinping held talks with Uruguayan President Luis Lacalle Pou on November 22. The two "
     "leaders announced that China-Uruguay relations will be elevated to a comprehensive strategic "
     "partnership.",
     "2023-11-22", "upgrade", "comprehensive strategic partnership"),
    ("President Xi Jinping held talks with Colombian President Gustavo Petro on October 25. The two sides "
     "agreed that bilateral relations would be lifted to a strategic partnership.",
     "2023-10-25", "establish", "strategic partnership"),
])
def test_relations_will_be_elevated_is_an_announced_step(text: str, day: str, action: str,
                                                          level: str) -> None:
    r = mfa(text, title="Xi Jinping Holds Talks", published=day, url=_url(day))
    assert r.partnership_action == action
    assert r.partnership_level == level


def test_a_wish_that_relations_will_rise_is_no_step() -> None:
    r = mfa("President Xi Jinping met with Mexican President Andres Manuel Lopez Obrador on November "
            "17. Xi said "
            "China-Mexico relations will be lifted to a comprehensive strategic partnership of higher "
            "standard.",
            title="Xi Jinping Meets Mexican President", published="2023-11-17", url=_url("2023-11-17"))
    assert r.partnership_action is None


# --- 宣布 with a comma or words before 建立: "两国元首共同宣布，建立…"
@pytest.mark.parametrize(("text", "day", "action"), [
    ("10月25日，国家主席习近平同哥伦比亚总统佩特罗举行会谈。会谈后，两国元首共同宣布，中哥两国建立"
     "战略伙伴关系。",
     "2023-10-25", "establish"),
    ("10月25日，國家主席習近平同哥倫比亞總統佩特羅舉行會談。兩國元首共同宣佈，建立中哥戰略夥伴關係。",
     "2023-10-25", "establish"),
    ("4月10日，国务院总理李克强同牙买加总理霍尔尼斯举行会谈。双方宣布，中牙两国建立战略伙伴关系。",
     "2019-04-10", "upgrade"),  # Jamaica had a partnership since 2005: the history makes it an upgrade
])
def test_announced_then_establish_zh(text: str, day: str, action: str) -> None:
    r = mfa(text, title="会谈", published=day, lang="zh", url=_url(day, "web"))
    assert r.partnership_action == action
    assert r.partnership_level == "strategic partnership"


def test_negated_announcement_is_no_step() -> None:
    r = mfa("5月10日，国务委员兼外长王毅同萨尔瓦多外长希尔举行会谈。双方未宣布建立战略伙伴关系。",
            title="王毅同萨尔瓦多外长希尔举行会谈", published="2023-05-10", lang="zh",
            url=_url("2023-05-10", "web"))
    assert r.partnership_action is None
    r = mfa("Wang Yi held talks with Salvadoran Foreign Minister Alexandra Hill on May 10. The two "
            "sides did "
            "not agree to establish a strategic partnership.", title="Wang Yi Holds Talks",
            published="2023-05-10", url=_url("2023-05-10"))
    assert r.partnership_action is None


# --- headline or joint-statement name reports the step
@pytest.mark.parametrize(("title", "text", "day", "lang", "action", "level"), [
    ("中华人民共和国和哥伦比亚共和国关于建立战略伙伴关系的联合声明",
     "应国家主席习近平邀请，哥伦比亚总统佩特罗于2023年10月24日至26日对中国进行国事访问。两国元首就"
     "双边关系交换意见。",
     "2023-10-26", "zh", "establish", "strategic partnership"),
    ("Joint Statement between the People's Republic of China and the Oriental Republic of Uruguay on the "
     "Establishment of a Comprehensive Strategic Partnership",
     "At the invitation of President Xi Jinping, President Luis Lacalle Pou paid a state visit to "
     "China from "
     "November 20 to 24, 2023. The two heads of state held talks in a friendly atmosphere.",
     "2023-11-22", "en", "upgrade", "comprehensive strategic partnership"),
    ("China, Uruguay establish strategic partnership",
     "President Xi Jinping held talks with Uruguayan President Tabare Vazquez on October 18. The "
     "two leaders "
     "witnessed the signing of cooperation documents.", "2016-10-18", "en", "establish",
     "strategic partnership"),
])
def test_headline_names_the_step(title: str, text: str, day: str, lang: str, action: str,
                                 level: str) -> None:
    r = mfa(text, title=title, published=day, lang=lang, url=_url(day, "eng" if lang == "en" else "web"))
    assert r.partnership_action == action
    assert r.partnership_level == level


def test_headline_recall_is_no_step() -> None:
    r = mfa("President Xi Jinping met with Argentine President Mauricio Macri on December 2. Both "
            "sides agreed "
            "to deepen cooperation.", title="Xi, Macri vow to deepen comprehensive strategic partnership",
            published="2018-12-02", url=_url("2018-12-02"))
    assert r.partnership_action is None


# --- the level of an upgrade sentence that names the old level too is the new one
@pytest.mark.parametrize(("text", "lang"), [
    ("6月4日，国家主席习近平同墨西哥总统培尼亚举行会谈。两国元首一致同意，将中墨战略伙伴关系提升为"
     "全面战略伙伴关系。", "zh"),
    ("President Xi Jinping held talks with Mexican President Enrique Pena Nieto on June 4. The two "
     "leaders agreed "
     "to upgrade the strategic partnership to a comprehensive strategic partnership.", "en"),
])
def test_upgrade_sentence_takes_the_new_level(text: str, lang: str) -> None:
    r = mfa(text, title="Talks", published="2013-06-04", lang=lang,
            url=_url("2013-06-04", "eng" if lang == "en" else "web"))
    assert r.partnership_action == "upgrade"
    assert r.partnership_level == "comprehensive strategic partnership"


# --- wordings of a step
@pytest.mark.parametrize(("text", "day", "action", "level"), [
    ("Premier Li Keqiang held a video call with Guyanese Prime Minister Mark Phillips on June 1. "
     "The two sides "
     "decided to forge a partnership of comprehensive cooperation.", "2021-06-01", "establish",
     "comprehensive cooperative partnership"),
    ("Premier Li Keqiang held talks with Antigua and Barbuda Prime Minister Gaston Browne on October "
     "11. The two "
     "sides announced a strategic cooperative partnership between China and Antigua and Barbuda.",
     "2018-10-11",
     "establish", "strategic cooperative partnership"),
    ("Chinese President Xi Jinping and Bolivian President Evo Morales on Tuesday forged a strategic "
     "partnership "
     "between the two countries during talks in Beijing.", "2018-06-19", "establish",
     "strategic partnership"),
])
def test_step_wordings(text: str, day: str, action: str, level: str) -> None:
    r = mfa(text, title="", published=day, url=_url(day))
    assert r.partnership_action == action
    assert r.partnership_level == level


def test_announced_the_partnership_recalled_is_no_step() -> None:
    r = mfa("President Xi Jinping met with Chilean President Sebastian Pinera on April 25. The two "
            "sides announced "
            "the partnership's plan of action for the next five years under the comprehensive strategic "
            "partnership "
            "established in 2016.", title="Xi Jinping Meets Chilean President", published="2019-04-25",
            url=_url("2019-04-25"))
    assert r.partnership_action is None


# --- an existing partnership raised in standing ("to a higher level", 迈上新台阶) is no step
@pytest.mark.parametrize(("text", "lang"), [
    ("President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva on April 14. "
     "The two "
     "sides agreed to lift the China-Brazil comprehensive strategic partnership to a higher level.", "en"),
    ("President Xi Jinping held talks with Brazilian President Luiz Inacio Lula da Silva on April 14. "
     "The two "
     "leaders decided to elevate the comprehensive strategic partnership to a new height.", "en"),
    ("4月14日，国家主席习近平同巴西总统卢拉举行会谈。"
     "两国元首宣布将中巴全面战略伙伴关系提升到新水平。", "zh"),
])
def test_partnership_raised_in_standing_is_no_step(text: str, lang: str) -> None:
    r = mfa(text, title="Talks", published="2023-04-14", lang=lang,
            url=_url("2023-04-14", "eng" if lang == "en" else "web"))
    assert r.partnership_action is None


def test_raised_to_a_named_level_still_a_step() -> None:
    r = mfa("President Xi Jinping held talks with Venezuelan President Nicolas Maduro on September 13. "
            "The two "
            "heads of state agreed to lift bilateral relations to a new level, an all-weather strategic "
            "partnership.", title="Talks", published="2023-09-13", url=_url("2023-09-13"))
    assert r.partnership_action == "upgrade"
    assert r.partnership_level == "all-weather strategic partnership"


# --- 一致同意，建立…: agreed, then the step after a comma
@pytest.mark.parametrize("text", [
    "1月5日，国家主席习近平同哥斯达黎加总统索利斯举行会谈。"
    "两国元首一致同意，建立平等互信、合作共赢的中哥战略伙伴关系。",
    "1月5日，國家主席習近平同哥斯達黎加總統索利斯舉行會談。雙方決定，"
    "建立中哥戰略夥伴關係。",
])
def test_agreed_comma_establish_zh(text: str) -> None:
    r = mfa(text, title="会谈", published="2015-01-05", lang="zh", url=_url("2015-01-05", "web"))
    assert r.partnership_action == "establish"
    assert r.partnership_level == "strategic partnership"


# --- event type: a lead that names the exchange only as "during talks" is talks
@pytest.mark.parametrize(("text", "title", "day"), [
    ("QUITO, Nov. 17 (Xinhua) -- Chinese President Xi Jinping and Ecuadorian President Rafael Correa on "
     "Thursday agreed to upgrade the bilateral relationship to a comprehensive strategic partnership during "
     "talks here.", "China, Ecuador lift ties to comprehensive strategic partnership", "2016-11-17"),
    ("Chinese President Xi Jinping and Bolivian President Evo Morales on Tuesday forged a strategic "
     "partnership between the two countries during their talks in Beijing.", "", "2018-06-19"),
])
def test_during_talks_is_talks(text: str, title: str, day: str) -> None:
    r = mfa(text, title=title, published=day, url=_url(day))
    assert r.event_type == "talks"
    assert r.partnership_action is not None


def test_meeting_page_recalling_talks_stays_meeting() -> None:
    r = mfa("President Xi Jinping met with Chilean President Gabriel Boric in Beijing on October 17. Xi "
            "recalled the consensus reached during their talks in San Francisco last year.",
            title="Xi Jinping Meets Chilean President Gabriel Boric", published="2023-10-17",
            url=_url("2023-10-17"))
    assert r.event_type == "meeting"


# --- the first partnerships (1993-2003) were set up by Jiang Zemin: a head of state then
@pytest.mark.parametrize(("text", "lang"), [
    ("President Jiang Zemin held talks with Venezuelan President Hugo Chavez in Beijing on April 17. The two "
     "heads of state agreed to establish a strategic partnership for common development.", "en"),
    ("4月17日，国家主席江泽民在人民大会堂同委内瑞拉总统查韦斯举行会谈。"
     "双方决定建立共同发展的战略伙伴关系。", "zh"),
])
def test_jiang_zemin_talks_head_of_state_level(text: str, lang: str) -> None:
    r = mfa(text, title="Talks", published="2001-04-17", lang=lang,
            url=_url("2001-04-17", "eng" if lang == "en" else "web"))
    assert r.head_of_state_level is True
    assert r.partnership_action == "establish"
    assert r.partnership_level == "strategic partnership for common development"


# --- over-firing guards for the headline and "announced a ... partnership" readings
def test_headline_seeks_to_establish_is_no_step() -> None:
    r = mfa("Panamanian Vice President and Foreign Minister Isabel de Saint Malo met with Wang Yi, State "
            "Councilor and Foreign Minister, in Beijing on June 20.",
            title="Panama seeks to establish strategic partnership with China", published="2017-06-20",
            url=_url("2017-06-20"))
    assert r.partnership_action is None


def test_announced_an_action_plan_for_a_partnership_is_no_step() -> None:
    r = mfa("President Xi Jinping met with Chilean President Sebastian Pinera on April 25. The two sides "
            "announced an action plan for the comprehensive strategic partnership.",
            title="Xi Jinping Meets Chilean President", published="2019-04-25", url=_url("2019-04-25"))
    assert r.partnership_action is None


# --- Chinese step verbs: 升格为, 确定…为…伙伴关系
@pytest.mark.parametrize(("text", "day", "action", "level"), [
    ("9月13日，国家主席习近平同委内瑞拉总统马杜罗举行会谈。两国元首宣布将中委关系升格为全天候战略伙伴关系。",
     "2023-09-13", "upgrade", "all-weather strategic partnership"),
    ("9月13日，國家主席習近平同委內瑞拉總統馬杜羅舉行會談。雙方同意將中委關係升格為全天候戰略夥伴關係。",
     "2023-09-13", "upgrade", "all-weather strategic partnership"),
    ("11月27日，国家主席习近平同苏里南总统鲍特瑟举行会谈。两国元首共同确定中苏关系为战略合作伙伴关系。",
     "2019-11-27", "establish", "strategic cooperative partnership"),
])
def test_zh_step_verbs(text: str, day: str, action: str, level: str) -> None:
    r = mfa(text, title="会谈", published=day, lang="zh", url=_url(day, "web"))
    assert r.partnership_action == action
    assert r.partnership_level == level


def test_zh_fixed_as_partners_recalled_is_no_step() -> None:
    r = mfa("4月26日，国家主席习近平会见苏里南总统桑托基。"
            "习近平指出，2019年两国确定中苏关系为战略合作伙伴关系以来，双方合作成果丰硕。",
            title="会见", published="2021-04-26", lang="zh", url=_url("2021-04-26", "web"))
    assert r.partnership_action is None


def test_future_agreed_zh_weilai_is_not_a_negation() -> None:
    r = mfa("1月5日，国家主席习近平同哥斯达黎加总统索利斯举行会谈。"
            "两国元首共同宣布，面向未来建立中哥战略伙伴关系。",
            title="会谈", published="2015-01-05", lang="zh", url=_url("2015-01-05", "web"))
    assert r.partnership_action == "establish"
