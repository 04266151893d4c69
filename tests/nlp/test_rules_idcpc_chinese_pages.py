"""Chinese IDCPC pages and their copies on provincial, newspaper and agency sites (campaign G).
Self-written releases in the sites' style; party, country and office names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202312/t20231208_1.html"


# ---------------------------------------------------------------- the Chinese side's local party leaders

@pytest.mark.parametrize("title, text, party", [
    ("省委书记率中共代表团访问古巴",
     "应古巴共产党邀请，省委书记率中共代表团于12月1日至4日访问古巴，会见古共中央第一书记。",
     "Communist Party of Cuba"),
    ("湖南省委书记访问古巴",
     "应古巴共产党邀请，湖南省委书记张建华率中共代表团于12月1日至4日访问古巴。", "Communist Party of Cuba"),
    ("市委书记率团访问委内瑞拉",
     "应委内瑞拉统一社会主义党邀请，市委书记率团于12月1日至4日访问委内瑞拉。",
     "United Socialist Party of Venezuela"),
    ("省委副书记会见古巴共产党代表团",
     "12月5日，在会见古巴共产党代表团时，省委副书记李明表示欢迎代表团来访。", "Communist Party of Cuba"),
    ("四川省委常委会见尼加拉瓜桑解阵代表团",
     "12月5日，在会见尼加拉瓜桑地诺民族解放阵线代表团时，四川省委常委、宣传部部长刘强介绍了四川发展情况。",
     "Sandinista National Liberation Front"),
])
def test_an_office_of_a_chinese_party_committee_is_the_chinese_side_not_a_counterpart(title, text, party):
    """A provincial or city committee of the CPC (省委, 市委) before an office, and a leader who 率
    (leads) a delegation, are the Chinese side: the LAC party named before them is the only
    counterpart (no "person" 率中共代表团 or 李明 of the Cuban party)."""
    record = idcpc(text, title=title, lang="zh", published="2023-12-08", url=URL_ZH)
    assert record.relevant
    assert [(c.kind, c.party) for c in record.contacts] == [("party", party)], record.contacts


def test_a_lac_partys_own_provincial_committee_keeps_its_official():
    """The negative: a LAC party's provincial committee (古共关塔那摩省委) follows a foreign place,
    so its first secretary is a counterpart of that party."""
    record = idcpc("应古巴共产党邀请，中联部副部长率团访问古巴，会见古共关塔那摩省委第一书记罗德里格斯。",
                   title="中联部副部长访问古巴", lang="zh", published="2023-12-08", url=URL_ZH)
    assert ("罗德里格斯", "Communist Party of Cuba") in {(c.name, c.party) for c in record.contacts}


def test_a_lac_leader_who_leads_a_delegation_is_named_without_the_verb():
    """率 (leads) ends a name as 率领 does: 阿尔瓦雷斯率团 is 阿尔瓦雷斯."""
    record = idcpc("5月10日，中联部部长在京会见古巴共产党中央委员阿尔瓦雷斯率团来访的古共代表团。",
                   title="中联部部长会见古共代表团", lang="zh", published="2023-05-10", url=URL_ZH)
    names = {c.name for c in record.contacts}
    assert "阿尔瓦雷斯" in names and not any("率" in n for n in names), names
