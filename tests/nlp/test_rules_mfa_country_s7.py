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
    "當地時間11月19日，國家主席習近平在里約熱內盧出席二十國集團領導人峰會間隙會見阿根廷總統米萊。",
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
