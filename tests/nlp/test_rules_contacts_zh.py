"""Chinese person names after an office word (contacts): an office word that opens a longer word
(主席国 "the chair country", 大使馆 "embassy", 书记处 "secretariat", 部长级 "ministerial", 外长会议,
主席团 "presidium") is no office before a name, so what follows it is no person. Self-written."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa


@pytest.mark.parametrize("text", [
    "12月3日，王毅在北京会见拉共体轮值主席国代表、墨西哥外长埃布拉德。",
    "12月3日，王毅在北京出席中拉论坛部长级会议并会见墨西哥外长埃布拉德。",
    "12月3日，王毅在北京会见出席中国—拉共体外长会议的墨西哥外长埃布拉德。",
])
def test_an_office_word_inside_a_longer_word_gives_no_person(text):
    record = mfa(text, title="王毅会见墨西哥外长", published="2020-12-04", lang="zh")
    names = {c.name for c in record.contacts}
    assert any(n.startswith("埃布拉德") for n in names)
    assert not any(n.startswith(("国", "级", "会")) for n in names), names


def test_the_secretariat_is_skipped_and_the_name_after_the_second_office_word_is_read():
    text = "6月5日，古巴共产党中央委员会书记处书记莫拉莱斯在哈瓦那会见中共代表团。"
    record = idcpc(text, title="古共中央书记处书记会见中共代表团", published="2023-06-06", lang="zh")
    names = {c.name for c in record.contacts}
    assert any(n.startswith("莫拉莱斯") for n in names)
    assert not any(n.startswith("处") for n in names), names


def test_an_office_right_before_a_name_still_gives_the_person():
    text = "6月5日，中联部部长刘建超在京会见古巴国家主席迪亚斯-卡内尔。"
    record = idcpc(text, title="刘建超会见古巴国家主席", published="2023-06-06", lang="zh")
    assert any(c.name.startswith("迪亚斯-卡内尔") for c in record.contacts)
