"""Foreign-ministry partnership_action / partnership_level (campaign 8P): self-written releases.

Rules tested (SCHEMA.md, "partnership (foreign ministry)"; the action follows the study's history):
- reported speech backshifts the announced step ("announced that relations were elevated", "announced
  that they had decided to upgrade"): the step of the announcing exchange, not a recall;
- a step told as long past ("ten years ago", 十年前, "a decade ago", "this June" on a later page) is
  a recalled level, no action;
- a level that is the object of "deepen / strengthen / 深化 ..." is held already: a step verb elsewhere
  in the sentence ("... and build a community") is not this level's step;
- a level coined for one step (Brazil's November 2024 formula) is not named by the generic words
  before it existed.
"""

from __future__ import annotations

import pytest

from tests.nlp.nlp_helpers import mfa

CSP = "comprehensive strategic partnership"
SP = "strategic partnership"
CCP = "comprehensive cooperative partnership"
BRAZIL_2024 = ("China-Brazil community with a shared future for a more just world and a more "
               "sustainable planet")


def _url(day: str, lang: str = "en") -> str:
    ymd = day.replace("-", "")
    if lang == "zh":
        return f"https://www.mfa.gov.cn/web/zyxw/{ymd[:6]}/t{ymd}_4471.shtml"
    return f"https://www.fmprc.gov.cn/eng/zxxx_662805/{ymd[:6]}/t{ymd}_4471.html"


def _mfa(text: str, title: str, day: str, lang: str = "en"):
    return mfa(text, title=title, published=day, lang=lang, url=_url(day, lang))


# --- reported speech: the announced step is this exchange's -----------------------------------------

@pytest.mark.parametrize(("text", "day", "action", "level"), [
    # Costa Rica had no partnership before 2015: a first one, whatever the verb
    ("On January 6, President Xi Jinping held talks with President Luis Guillermo Solis of Costa Rica. "
     "The two presidents announced that China-Costa Rica relations were raised to a strategic partnership.",
     "2015-01-06", "establish", SP),
    # Argentina held a strategic partnership since 2004: an upgrade
    ("On July 18, President Xi Jinping held talks with President Cristina Fernandez de Kirchner of "
     "Argentina in Buenos Aires. The two heads of state declared that bilateral ties had been lifted to a "
     "comprehensive strategic partnership.", "2014-07-18", "upgrade", CSP),
    ("On November 17, President Xi Jinping held talks with President Rafael Correa of Ecuador in Quito. "
     "Both leaders announced that they had agreed to upgrade relations to a comprehensive strategic "
     "partnership.", "2016-11-17", "upgrade", CSP),
])
def test_backshifted_announcement_is_the_step(text: str, day: str, action: str, level: str) -> None:
    record = _mfa(text, "Xi Jinping Holds Talks with the President", day)
    assert (record.partnership_action, record.partnership_level) == (action, level)


def test_said_that_had_is_still_a_recall() -> None:
    """Not over-firing: "said that ... had been elevated" (no announcement) recalls an earlier step."""
    record = _mfa("On June 3, Vice President Han Zheng met with Ecuadorian Foreign Minister Gustavo "
                  "Manrique. Han Zheng said that bilateral relations had been elevated to a comprehensive "
                  "strategic partnership and cooperation has grown.",
                  "Han Zheng Meets Ecuadorian Foreign Minister", "2022-06-03")
    assert (record.partnership_action, record.partnership_level) == (None, CSP)


# --- a step told as long past is a recalled level -----------------------------------------------------

@pytest.mark.parametrize(("text", "title", "day", "lang", "level"), [
    ("7月21日，国务委员兼外长王毅在北京会见阿根廷外长卡菲耶罗。王毅表示，八年前两国元首决定将中阿关系提升为全面战略伙伴关系，"
     "双方合作成果丰硕。", "王毅会见阿根廷外长卡菲耶罗", "2022-07-21", "zh", CSP),
    ("5月9日，国家主席习近平向中国－拉共体论坛部长级会议致贺信。习近平指出，数年前，中拉双方共同宣布建立全面合作伙伴关系。",
     "习近平向中国－拉共体论坛部长级会议致贺信", "2021-05-09", "zh", CCP),
    ("On September 4, Wang Yi met with Peruvian Foreign Minister Javier Gonzalez-Olaechea. Wang Yi noted "
     "that a decade ago the two heads of state agreed to lift China-Peru ties to a comprehensive strategic "
     "partnership.", "Wang Yi Meets Peruvian Foreign Minister", "2023-09-04", "en", CSP),
    ("On November 30, Premier Li Keqiang met with the President of the Senate of Uruguay. Li Keqiang said "
     "that the two presidents announced the establishment of a strategic partnership this October.",
     "Li Keqiang Meets President of the Senate of Uruguay", "2016-11-30", "en", SP),
])
def test_long_past_step_is_no_action(text: str, title: str, day: str, lang: str, level: str) -> None:
    record = _mfa(text, title, day, lang)
    assert (record.partnership_action, record.partnership_level) == (None, level)


def test_step_of_this_exchange_still_read_in_chinese() -> None:
    """Not over-firing: a lead's own step (no time told back) keeps its action."""
    record = _mfa("11月22日，国家主席习近平在人民大会堂同乌拉圭总统拉卡列举行会谈。"
                  "两国元首宣布将中乌关系提升为全面战略伙伴关系。",
                  "习近平同乌拉圭总统拉卡列会谈", "2023-11-22", "zh")
    assert (record.partnership_action, record.partnership_level) == ("upgrade", CSP)


# --- a level deepened is held already -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "title", "day", "lang", "level"), [
    ("On March 14, President Xi Jinping met with Mexican President Andres Manuel Lopez Obrador. The two "
     "sides agreed to strengthen the China-Mexico comprehensive strategic partnership and to build closer "
     "ties in trade.", "Xi Jinping Meets Mexican President", "2019-03-14", "en", CSP),
    ("9月2日，国家主席习近平同智利总统博里奇通电话。双方同意深化中智全面战略伙伴关系，共建高质量“一带一路”。",
     "习近平同智利总统博里奇通电话", "2022-09-02", "zh", CSP),
    ("On April 2, Wang Yi met with the Foreign Minister of Trinidad and Tobago. The two sides decided to "
     "consolidate their comprehensive cooperative partnership and establish a joint commission on trade.",
     "Wang Yi Meets Foreign Minister of Trinidad and Tobago", "2018-04-02", "en", CCP),
])
def test_deepened_level_is_no_step(text: str, title: str, day: str, lang: str, level: str) -> None:
    record = _mfa(text, title, day, lang)
    assert (record.partnership_action, record.partnership_level) == (None, level)


def test_decided_to_establish_still_a_step() -> None:
    """Not over-firing: the step verb governs the level ("decided to establish a ... partnership")."""
    record = _mfa("On June 19, President Xi Jinping held talks with President Evo Morales of Bolivia. "
                  "The two heads of state decided to establish a strategic partnership and deepen "
                  "cooperation.",
                  "Xi Jinping Holds Talks with Bolivian President", "2018-06-19")
    assert (record.partnership_action, record.partnership_level) == ("establish", SP)


# --- a level coined for one step is not named before it existed -------------------------------------

def test_generic_brazil_community_before_2024_is_no_level() -> None:
    record = _mfa("On January 20, Wang Yi met with Brazilian Foreign Minister Mauro Vieira. Wang Yi said "
                  "China is ready to work with Brazil to build a China-Brazil community with a shared future "
                  "and to enrich the comprehensive strategic partnership.",
                  "Wang Yi Meets Brazilian Foreign Minister", "2024-01-20")
    assert (record.partnership_action, record.partnership_level) == (None, CSP)


def test_brazil_community_level_after_it_was_coined() -> None:
    """Not over-firing: from November 2024 the words name the level Brazil reached."""
    record = _mfa("On March 3, Wang Yi met with Brazilian Foreign Minister Mauro Vieira. Wang Yi said China "
                  "will work with Brazil to build the China-Brazil community with a shared future for a more "
                  "just world and a more sustainable planet.",
                  "Wang Yi Meets Brazilian Foreign Minister", "2025-03-03")
    assert (record.partnership_action, record.partnership_level) == (None, BRAZIL_2024)


# --- "announced that ... had become ... partners": the step, told with the partners' noun --------------

@pytest.mark.parametrize(("text", "day", "action", "level"), [
    ("On October 25, President Xi Jinping held talks with Colombian President Gustavo Petro. The two "
     "presidents declared that China and Colombia had become strategic partners.",
     "2023-10-25", "establish", SP),
    ("On September 13, President Xi Jinping held talks with Venezuelan President Nicolas Maduro. Both "
     "sides announced that the two countries became all-weather strategic partners.",
     "2023-09-13", "upgrade", "all-weather strategic partnership"),
])
def test_announced_become_partners_is_the_step(text: str, day: str, action: str, level: str) -> None:
    record = _mfa(text, "Xi Jinping Holds Talks with the President", day)
    assert (record.partnership_action, record.partnership_level) == (action, level)


def test_became_partners_without_announcement_is_a_recall() -> None:
    """Not over-firing: "since the two countries became ... partners" recalls an earlier step."""
    record = _mfa("On June 6, Wang Yi met with Mexican Foreign Minister Alicia Barcena. Wang Yi said that "
                  "since China and Mexico became comprehensive strategic partners, trade has doubled.",
                  "Wang Yi Meets Mexican Foreign Minister", "2023-06-06")
    assert (record.partnership_action, record.partnership_level) == (None, CSP)


# --- the step in the second clause of an agreement ----------------------------------------------------

@pytest.mark.parametrize(("text", "title", "day", "action"), [
    ("6月19日，国家主席习近平同玻利维亚总统莫拉莱斯举行会谈。双方同意加强各领域交流，建立中玻战略伙伴关系。",
     "习近平同玻利维亚总统莫拉莱斯会谈", "2018-06-19", "establish"),
    ("4月12日，国家副主席王岐山同牙买加总督艾伦举行会谈。双方决定拓展务实合作，并建立中牙战略伙伴关系。",
     "王岐山同牙买加总督艾伦会谈", "2019-04-12", "upgrade"),
])
def test_agreement_second_clause_step_zh(text: str, title: str, day: str, action: str) -> None:
    record = _mfa(text, title, day, "zh")
    assert (record.partnership_action, record.partnership_level) == (action, SP)


def test_agreement_then_recalled_level_zh_is_no_step() -> None:
    """Not over-firing: a second clause that keeps the level (深化), not one that sets it up."""
    record = _mfa("5月6日，国务委员兼外长王毅同秘鲁外长通电话。双方同意加强沟通，深化中秘全面战略伙伴关系。",
                  "王毅同秘鲁外长通电话", "2021-05-06", "zh")
    assert (record.partnership_action, record.partnership_level) == (None, CSP)


def test_backshift_in_a_second_that_clause() -> None:
    record = _mfa("On June 4, President Xi Jinping held talks with Mexican President Enrique Pena Nieto. The "
                  "two presidents announced that they would expand trade and that bilateral ties were raised "
                  "to a comprehensive strategic partnership.",
                  "Xi Jinping Holds Talks with Mexican President", "2013-06-04")
    assert (record.partnership_action, record.partnership_level) == ("upgrade", CSP)
