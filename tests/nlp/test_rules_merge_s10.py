"""Merge fixes of session 10. Self-written releases; names of parties, states and people are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

from nlp.steps.contacts import ZH_STOP
from nlp.steps.mfa_counterparts_zh import zh_name


@pytest.mark.parametrize(("written", "name"), [
    ("卢拉阁下", "卢拉"), ("费雷尔會晤", "费雷尔"), ("罗德里格斯和", "罗德里格斯"),
    ("迪亚斯-卡内尔同志", "迪亚斯-卡内尔"), ("阿尔瓦雷斯率领", "阿尔瓦雷斯"), ("奥尔特加陪同", "奥尔特加"),
])
def test_one_list_of_words_ends_a_chinese_name_on_both_paths(written, name):
    """The foreign-ministry path (zh_name) and the contacts step cut a caught name at the same
    words (cue "name_end_zh"): a form of address, a verb of the meeting, a conjunction."""
    assert zh_name(written) == name
    stop = ZH_STOP.search(written)
    assert stop is not None and written[: stop.start()] == name


def test_a_head_addressed_as_excellency_is_named_without_the_address():
    """阁下 (His Excellency) after a name is a form of address, never part of the name."""
    record = mfa("新华社北京3月14日电 国家主席习近平14日在人民大会堂会见来华访问的乌拉圭总统奥尔西阁下。"
                 "习近平指出，中乌是全面战略伙伴。",
                 title="习近平会见乌拉圭总统", published="2025-03-14", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202503/t20250314_1.shtml")
    assert record.relevant and record.country == "Uruguay"
    assert record.counterpart is not None and "阁下" not in record.counterpart


def test_a_party_leader_met_in_chinese_keeps_a_clean_name():
    record = idcpc("2024年5月8日，中联部部长刘建超在京会见巴西劳工党主席霍夫曼女士一行。",
                   title="刘建超会见巴西劳工党主席", published="2024-05-08", lang="zh",
                   url="https://www.idcpc.org.cn/lldt/202405/t20240508_1.html")
    assert record.relevant and record.country == "Brazil"
    names = [c.name for c in record.contacts]
    assert any(n.startswith("霍夫曼") and "女士" not in n for n in names), names


@pytest.mark.parametrize("seat", ["总统官邸黎明宫", "总统府", "總統官邸"])
def test_an_office_followed_by_its_building_is_no_counterpart_name(seat):
    """总统官邸 / 总统府 is the president's residence or palace: the counterpart is the head named
    after it (卢拉), not the building."""
    record = mfa(f"新华社巴西利亚11月20日电 当地时间11月20日上午，国家主席习近平在巴西利亚{seat}"
                 "同巴西总统卢拉举行会谈。两位元首谈到了贸易、农业和航天方面的合作。",
                 title="习近平同巴西总统卢拉举行会谈", published="2024-11-21", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/202411/t20241121_2.shtml")
    assert record.relevant and record.country == "Brazil"
    assert record.counterpart is not None and "Lula" in record.counterpart, record.counterpart
    assert record.head_of_state_level is True


def test_heads_who_exchange_messages_are_named_without_the_verb():
    """互致贺电 (they exchanged messages): 互 opens the verb, never ends a transliterated name."""
    record = idcpc("新华社北京12月10日电 12月10日，中共中央总书记、国家主席习近平同尼加拉瓜总统、"
                   "桑地诺民族解放阵线总书记奥尔特加互致贺电，庆祝两国复交两周年。",
                   title="习近平同奥尔特加互致贺电", published="2023-12-10", lang="zh",
                   url="https://www.idcpc.org.cn/lldt/202312/t20231210_1.html")
    assert record.relevant and record.country == "Nicaragua"
    names = [c.name for c in record.contacts]
    assert any(n.startswith("奥尔特加") for n in names) and not any("互" in n for n in names), names


@pytest.mark.parametrize(("lead", "person"), [
    ("中共中央总书记习近平会见古共中央第一书记、古巴国家主席兼部长会议主席迪亚斯-卡内尔。", "迪亚斯-卡内尔"),
    ("习近平对迪亚斯-卡内尔主席来华出席活动表示欢迎。", "迪亚斯-卡内尔"),
])
def test_a_second_office_or_an_office_after_the_name_is_no_part_of_it(lead, person):
    """兼 opens a second office (国家主席兼部长会议主席); 主席 after a name is the address
    'Chairman Díaz-Canel': neither is part of a person's name."""
    record = idcpc(f"新华社北京9月2日电 9月2日，{lead}双方就两党关系交换意见。",
                   title="习近平会见迪亚斯-卡内尔", published="2025-09-02", lang="zh",
                   url="https://www.idcpc.org.cn/lldt/202509/t20250902_1.html")
    assert record.relevant and record.country == "Cuba"
    names = [c.name for c in record.contacts]
    assert any(n.startswith(person) for n in names), names
    assert not any("兼" in n or "主席" in n.split(" (")[0] for n in names), names


def test_a_verb_after_an_office_is_no_name():
    """外长签署… (the foreign minister signed): a verb right after the office is no name."""
    record = mfa("新华社北京8月21日电 8月21日，国务委员兼外长王毅在北京同萨尔瓦多外长签署两国建交联合公报。",
                 title="中国同萨尔瓦多建交", published="2018-08-21", lang="zh",
                 url="https://www.mfa.gov.cn/web/zyxw/201808/t20180821_1.shtml")
    assert record.country == "El Salvador"
    assert not any(c.name.startswith("签署") for c in record.contacts)
    assert record.counterpart is None or "签署" not in record.counterpart
