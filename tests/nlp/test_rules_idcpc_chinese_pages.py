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


# ---------------------------------------------------------------- an official's visit abroad

@pytest.mark.parametrize("title, text", [
    ("孙海燕访问巴西",
     "应巴西劳工党邀请，中联部副部长孙海燕于3月5日至9日访问巴西，会见劳工党主席和巴西共产党主席。"),
    ("中联部部长助理到访古巴",
     "3月5日至9日，中联部部长助理到访古巴，同古共中央领导人会谈，并参观哈瓦那企业。"),
    ("", "应尼加拉瓜桑地诺民族解放阵线邀请，中联部副部长于3月5日至9日出访尼加拉瓜，会见桑解阵领导人。"),
])
def test_an_officials_visit_to_the_lac_country_told_as_the_news_is_a_visit_abroad(title, text):
    """Rule 4: the page reports the CPC side's visit as a whole (several meetings), also when an
    official visits (访问巴西) with no word 代表团, as "visited Brazil" does in English."""
    record = idcpc(text, title=title, lang="zh", published="2024-03-10", url=URL_ZH)
    assert record.relevant and record.event_type == "delegation_visit_abroad"


@pytest.mark.parametrize("text", [
    "3月5日，中联部副部长孙海燕在访问巴西期间会见劳工党主席。",
    "3月5日，中联部副部长孙海燕访问巴西时会见劳工党主席。",
    "3月5日，正在巴西访问的中联部副部长孙海燕会见劳工党主席。",
])
def test_a_visit_named_as_the_setting_of_a_meeting_leaves_the_meeting(text):
    """The negatives: a visit named as the setting (在访问巴西期间, 访问巴西时) is not the news."""
    record = idcpc(text, title="", lang="zh", published="2024-03-10", url=URL_ZH)
    assert record.event_type == "meeting"


# ---------------------------------------------------------------- a gathering attended on a visit

@pytest.mark.parametrize("lang, title, text, expected", [
    ("zh", "中联部副部长率中共代表团访问智利",
     "应智利共产党邀请，中联部副部长率中共代表团于10月8日至11日访问智利，会见智利共产党主席，"
     "并出席中智治国理政研讨会。", "delegation_visit_abroad"),
    ("zh", "中共代表团访问墨西哥",
     "中共代表团于6月3日至7日访问墨西哥，出席墨西哥劳动党举办的国际研讨会，"
     "并会见墨西哥国家复兴运动党领导人。",
     "delegation_visit_abroad"),
    ("zh", "四川省委书记率中共代表团访问乌拉圭",
     "应乌拉圭广泛阵线邀请，四川省委书记率领的中共代表团17日至19日访问乌拉圭，会见乌拉圭副总统，"
     "并出席四川—乌拉圭经贸交流会。", "delegation_visit_abroad"),
    ("zh", "巴西共产党代表团访华",
     "应中联部邀请，巴西共产党代表团于4月3日至10日访华。在京期间，代表团出席中巴两党理论研讨会，并赴广东考察。",
     "delegation_received"),
    ("en", "CPC Delegation Visits Chile",
     "At the invitation of the Communist Party of Chile, a CPC delegation visited Chile from October 8 "
     "to 11. The delegation met with the party's president and attended a seminar on governance.",
     "delegation_visit_abroad"),
])
def test_a_gathering_attended_as_one_stop_of_a_visit_leaves_the_visit(lang, title, text, expected):
    """Rule 4: under a headline on a visit, a lead that reports the visit first and a seminar,
    forum or dialogue after it as something the delegation attended (并出席…研讨会) reports the visit
    as a whole, not that gathering (rule 1 is for a page that is the gathering's report)."""
    record = idcpc(text, title=title, lang=lang, published="2023-10-12",
                   url=URL_ZH if lang == "zh" else "https://www.idcpc.org.cn/english/news/202310/t20231012_1.html")
    assert record.event_type == expected


@pytest.mark.parametrize("title, text, expected", [
    # the lead opens with the gathering: its report
    ("中共代表团访问智利",
     "10月9日，中智治国理政研讨会在圣地亚哥举行，正在智利访问的中共代表团出席并致辞。", "seminar"),
    # the headline names the gathering
    ("中共代表团出席中智治国理政研讨会",
     "中共代表团于10月8日至11日访问智利，会见智利共产党主席，并出席中智治国理政研讨会。", "seminar"),
    # a briefing the delegation holds is what the trip is for
    ("中共代表团访问巴西",
     "应巴西劳工党邀请，中共代表团12月6日至9日访问巴西，举行中共二十大精神宣介会，并会见巴西劳工党主席。",
     "briefing"),
])
def test_a_gathering_that_is_the_news_keeps_its_type(title, text, expected):
    """The negatives: a lead opening with the gathering, a headline naming it, and a briefing the
    visiting delegation holds are the gathering's report (rule 1)."""
    record = idcpc(text, title=title, lang="zh", published="2023-10-12", url=URL_ZH)
    assert record.event_type == expected
