"""Foreign-ministry pages whose country or event type is easy to get wrong (round 7, helper I):
meetings on the sidelines of a summit in Chinese wordings, meetings with CELAC's pro tempore
presidency, briefings on a trip. Self-written releases; names of people and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

ZH_URL = "https://www.mfa.gov.cn/web/wjdt_674879/gjldrhd_674881/202411/t20241120_11500001.shtml"


@pytest.mark.parametrize("text", [
    # 间隙: the gathering's interval
    "2024年11月19日，国家主席习近平在里约热内卢出席二十国集团领导人第十九次峰会间隙会见阿根廷总统米莱。",
    "当地时间11月19日，外交部长王毅在里约热内卢二十国集团峰会会议间隙会见阿根廷外长蒙迪诺。",
    "11月19日，国务院总理李强在里约热内卢出席金砖国家领导人第十七次会晤间隙会见阿根廷总统米莱。",
    # 之际 / 之机: the occasion of attending it
    "11月19日，国家主席习近平在出席二十国集团领导人第十九次峰会之际会见阿根廷总统米莱。",
    "当地时间11月19日，国家主席习近平利用在里约热内卢出席二十国集团领导人峰会之机会见阿根廷总统米莱。",
    # traditional characters
    "當地時間11月19日，國家主席習近平在里約熱內盧出席二十國集團領導人第十九次峰會間隙會見阿根廷總統米萊。",
])
def test_zh_meeting_in_a_summits_interval_or_on_its_occasion_is_on_the_sidelines(text: str) -> None:
    record = mfa(text, title="习近平会见阿根廷总统米莱", published="2024-11-20", lang="zh", url=ZH_URL)
    assert record.country == "Argentina"
    assert record.event_type == "meeting_on_sidelines"
    assert record.event_date == "2024-11-19"


@pytest.mark.parametrize("text", [
    # an anniversary's occasion, a visit's occasion: no gathering
    "11月19日，国家主席习近平在两国建交五十周年之际在北京会见阿根廷总统米莱。",
    "11月19日，国家主席习近平在北京会见来华进行国事访问的阿根廷总统米莱。米莱访华之际，两国签署多项合作文件。",
])
def test_zh_occasion_without_a_gathering_stays_a_meeting(text: str) -> None:
    record = mfa(text, title="习近平会见阿根廷总统米莱", published="2024-11-20", lang="zh", url=ZH_URL)
    assert record.country == "Argentina"
    assert record.event_type == "meeting"


EN_URL = "https://www.fmprc.gov.cn/eng/xw/zyxw/202411/t20241108_11500002.html"


@pytest.mark.parametrize(("title", "text", "published"), [
    # a preview: the trip's first day lies after the briefing, in a sentence naming no destination
    ("Vice Foreign Minister Ma Zhaoxu Briefs on President Xi Jinping's Upcoming Trip",
     "On November 8, 2024, Vice Foreign Minister Ma Zhaoxu briefed the press on President Xi Jinping's "
     "upcoming trip to Peru and Brazil. Ma said the trip starts on November 13.", "2024-11-08"),
    ("Vice Foreign Minister Ma Zhaoxu Briefs the Media on President Xi Jinping's Coming Visits",
     "On November 8, 2024, Ma Zhaoxu held a briefing on President Xi Jinping's state visits to Peru and "
     "Brazil. The visits will begin on November 13.", "2024-11-08"),
    # after the trip: the lead calls it only "the trip", the headline names where it went
    ("Wang Yi Briefs the Press on President Xi Jinping's Trip to Peru and Brazil",
     "On November 22, 2024, Wang Yi briefed the press on President Xi Jinping's trip. The trip began on "
     "November 13, when Xi arrived in Lima, and ended in Brasília.", "2024-11-22"),
])
def test_briefing_on_a_trip_takes_the_trips_first_day(title: str, text: str, published: str) -> None:
    record = mfa(text, title=title, published=published, url=EN_URL)
    assert record.event_type == "other"
    assert record.country == "multilateral"
    assert record.event_date == "2024-11-13"


def test_briefing_naming_no_day_of_the_trip_has_no_date() -> None:
    record = mfa("On November 22, 2024, Wang Yi briefed the press on President Xi Jinping's trip. The trip "
                 "was a journey of friendship.",
                 title="Wang Yi Briefs the Press on President Xi Jinping's Trip to Peru and Brazil",
                 published="2024-11-22", url=EN_URL)
    assert record.event_date is None


def test_meeting_during_a_trip_keeps_its_own_day() -> None:
    record = mfa("On November 15, 2024, President Xi Jinping met with Chilean President Gabriel Boric in "
                 "Lima. The trip began on November 13.",
                 title="Xi Jinping Meets with Chilean President Boric during His Trip to Peru",
                 published="2024-11-16", url=EN_URL)
    assert record.event_date == "2024-11-15"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Li Qiang Meets with CARICOM Leaders",
     "On January 9, 2024, Premier Li Qiang met with a delegation of CARICOM heads of government in Beijing, "
     "including the prime ministers of Barbados and Antigua and Barbuda.", "en"),
    ("Li Qiang Meets with Caribbean Prime Ministers",
     "On January 9, 2024, Premier Li Qiang met in Beijing with the prime ministers of Barbados, Dominica and "
     "Antigua and Barbuda, who are visiting China together.", "en"),
    ("李强集体会见加共体成员国政府首脑",
     "2024年1月9日，国务院总理李强在北京集体会见加共体成员国政府首脑。", "zh"),
])
def test_premier_meeting_a_group_of_heads_of_government_is_head_of_state_level(
        title: str, text: str, lang: str) -> None:
    url = ZH_URL if lang == "zh" else EN_URL
    record = mfa(text, title=title, published="2024-01-10", lang=lang, url=url)
    assert record.country == "multilateral"
    assert record.head_of_state_level is True


@pytest.mark.parametrize(("title", "text"), [
    # the Chinese principal is no head of state or government
    ("Han Zheng Meets with CARICOM Leaders",
     "On January 9, 2024, Vice President Han Zheng met with CARICOM heads of government in Beijing."),
    # the group is of ministers
    ("Li Qiang Meets with CARICOM Foreign Ministers",
     "On January 9, 2024, Premier Li Qiang met with CARICOM foreign ministers in Beijing."),
])
def test_group_meeting_below_head_level_is_not(title: str, text: str) -> None:
    record = mfa(text, title=title, published="2024-01-10", url=EN_URL)
    assert record.country == "multilateral"
    assert record.head_of_state_level is False


PETRO_EN = "On May 13, 2025, President Xi Jinping met with Colombian President Gustavo Petro in Beijing. "
PETRO_ZH = "2025年5月13日，国家主席习近平在北京会见哥伦比亚总统佩特罗。"
PETRO_TITLE = {"en": "Xi Jinping Meets with Colombian President Petro", "zh": "习近平会见哥伦比亚总统佩特罗"}


@pytest.mark.parametrize(("text", "lang"), [
    (PETRO_EN + "Petro is in China for a state visit and the opening ceremony of the Fourth Ministerial "
     "Meeting of the China-CELAC Forum.", "en"),
    (PETRO_EN + "Petro is in China for a state visit and to attend the Fourth Ministerial Meeting of the "
     "China-CELAC Forum.", "en"),
    ("On May 13, 2025, President Xi Jinping met in Beijing with Colombian President Gustavo Petro, who "
     "attended the opening of the Fourth Ministerial Meeting of the China-CELAC Forum.", "en"),
    (PETRO_ZH + "佩特罗此次来华进行国事访问，并出席中拉论坛第四届部长级会议开幕式。", "zh"),
])
def test_visitor_who_also_attends_the_gathering_is_met_on_its_sidelines(text: str, lang: str) -> None:
    record = mfa(text, title=PETRO_TITLE[lang], published="2025-05-13", lang=lang,
                 url=ZH_URL if lang == "zh" else EN_URL)
    assert record.country == "Colombia"
    assert record.event_type == "meeting_on_sidelines"
    assert record.event_date == "2025-05-13"


@pytest.mark.parametrize(("text", "lang"), [
    # a visit alone is no gathering
    (PETRO_EN + "Petro is in China for a state visit.", "en"),
    (PETRO_ZH + "佩特罗此次来华进行国事访问。", "zh"),
    # a trade expo is no multilateral conference
    ("On May 13, 2025, President Xi Jinping met in Shanghai with Colombian President Gustavo Petro, who "
     "attended the opening of the China International Import Expo.", "en"),
])
def test_visit_or_expo_alone_stays_a_meeting(text: str, lang: str) -> None:
    record = mfa(text, title=PETRO_TITLE[lang], published="2025-05-13", lang=lang,
                 url=ZH_URL if lang == "zh" else EN_URL)
    assert record.event_type == "meeting"


@pytest.mark.parametrize(("title", "text", "counterpart"), [
    ("习近平就秘鲁前总统藤森逝世向秘鲁总统博鲁阿尔特致唁电",
     "2024年9月12日，国家主席习近平就秘鲁前总统藤森逝世向秘鲁总统博鲁阿尔特致唁电。", "Dina Boluarte"),
    ("习近平就乌拉圭前总统何塞·穆希卡逝世向乌拉圭总统奥尔西致唁电",
     "2025年5月14日，国家主席习近平就乌拉圭前总统何塞·穆希卡逝世向乌拉圭总统奥尔西致唁电。", "Yamandú Orsi"),
    ("習近平就秘魯前總統藤森逝世向秘魯總統博魯阿爾特致唁電",
     "2024年9月12日，國家主席習近平就秘魯前總統藤森逝世向秘魯總統博魯阿爾特致唁電。", "Dina Boluarte"),
])
def test_zh_condolence_addressee_not_the_one_mourned_is_the_counterpart(
        title: str, text: str, counterpart: str) -> None:
    record = mfa(text, title=title, published=text[:10].replace("年", "-").replace("月", "-").rstrip("日"),
                 lang="zh", url=ZH_URL)
    assert record.event_type == "message"
    assert record.counterpart is not None and record.counterpart.startswith(counterpart)
    assert record.head_of_state_level is True


def test_zh_condolence_addressee_written_before_the_one_mourned_stays_the_counterpart() -> None:
    record = mfa("2025年5月14日，国家主席习近平向乌拉圭总统奥尔西就前总统穆希卡逝世致唁电。",
                 title="习近平向乌拉圭总统奥尔西致唁电", published="2025-05-14", lang="zh", url=ZH_URL)
    assert record.counterpart is not None and record.counterpart.startswith("Yamandú Orsi")
    assert record.head_of_state_level is True


def test_zh_meeting_with_ministers_come_for_a_foreign_ministers_meeting_is_on_its_sidelines() -> None:
    record = mfa("2019年11月5日，国家副主席王岐山在北京集体会见来华出席中国—加勒比建交国外长会的"
                 "加勒比国家外长。",
                 title="王岐山集体会见加勒比国家外长", published="2019-11-06", lang="zh", url=ZH_URL)
    assert record.country == "multilateral"
    assert record.event_type == "meeting_on_sidelines"
    assert record.event_date == "2019-11-05"
