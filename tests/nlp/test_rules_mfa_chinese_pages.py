"""Foreign-ministry releases in Chinese and their copies (campaign F): Taiwan-usage country names,
newsroom datelines, meetings at a 国家外长会晤, briefings to the travelling press. Self-written
releases; the names of people, countries and bodies are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import mfa

MFA_ZH = "https://www.mfa.gov.cn/web/wjdt_674879/gjldrhd_674881/202406/t20240620_1.shtml"
COPY = "https://www.hkcd.com/hkcdweb/content/2024/06/20/content_1.html"


def _zh(text: str, title: str, published: str = "2024-06-20", url: str = MFA_ZH):
    return mfa(text, title=title, published=published, lang="zh", url=url)


# ---- copies on Taiwan sites write the countries' names as Taiwan's press does ----

@pytest.mark.parametrize(("title", "text", "country"), [
    ("宏都拉斯總統訪中 習近平與卡斯楚會談",
     "中央社台北6月12日電 中國國家主席習近平今天在北京人民大會堂與宏都拉斯總統卡斯楚舉行會談。", "Honduras"),
    ("李強會見安地卡及巴布達總理布朗",
     "中央社台北2月7日電 中國國務院總理李強今天在北京會見安地卡及巴布達總理布朗。", "Antigua and Barbuda"),
    ("李強與巴貝多總理莫特利會談",
     "中央社台北6月20日電 中國國務院總理李強今天與巴貝多總理莫特利舉行會談。", "Barbados"),
    ("李強與蓋亞那總統通電話",
     "中央社台北1月10日電 中國國務院總理李強今天與蓋亞那總統阿里通電話。", "Guyana"),
    ("習近平就厄瓜多地震致慰問電",
     "中央社台北10月10日電 中國國家主席習近平今天就厄瓜多地震向厄瓜多總統拉索致慰問電。", "Ecuador"),
    ("王毅會見哥斯大黎加外長",
     "中央社台北10月11日電 中國外交部長王毅今天會見哥斯大黎加外長。", "Costa Rica"),
    ("王毅會見格瑞那達外長", "中央社台北10月12日電 中國外交部長王毅今天在北京會見格瑞那達外長。", "Grenada"),
    ("王毅會見聖文森及格瑞那丁外長", "中央社台北10月13日電 中國外交部長王毅今天會見聖文森及格瑞那丁外長。",
     "Saint Vincent and the Grenadines"),
    ("習近平會見千里達及托巴哥總理", "中央社台北11月28日電 中國國家主席習近平今天會見千里達及托巴哥總理。",
     "Trinidad and Tobago"),
    ("習近平會見蘇利南總統",
     "中央社台北9月28日電 中國國家主席習近平今天在北京會見蘇利南總統單多吉。", "Suriname"),
])
def test_taiwan_usage_country_names(title: str, text: str, country: str) -> None:
    record = _zh(text, title, url=COPY)
    assert record.relevant is True
    assert record.country == country and record.exchange_type == "bilateral"


def test_taiwan_usage_names_keep_the_prc_forms_apart() -> None:
    """格瑞那達 (Grenada) and 聖文森及格瑞那丁 (Saint Vincent) share 格瑞那; 多明尼加 is the Dominican
    Republic, not Dominica (多米尼克)."""
    grenadines = _zh("中央社台北10月13日電 中國外交部長王毅今天會見聖文森及格瑞那丁外長。", "王毅會見外長",
                     url=COPY)
    assert grenadines.country == "Saint Vincent and the Grenadines"
    dominican = _zh("中央社台北5月16日電 中國國家主席習近平今天在北京會見多明尼加總統阿比納德。",
                    "習近平會見多明尼加總統", url=COPY)
    assert dominican.country == "Dominican Republic"
    dominica = _zh("新华社北京5月10日电 国家主席习近平10日会见多米尼克总理斯凯里特。",
                   "习近平会见多米尼克总理")
    assert dominica.country == "Dominica"


def test_taiwan_usage_name_does_not_make_a_non_lac_page_relevant() -> None:
    record = _zh("中央社台北5月6日電 中國國家主席習近平今天在巴黎與法國總統馬克宏舉行會談。",
                 "習近平與馬克宏會談", url=COPY)
    assert record.relevant is False


# ---- a Taipei newsroom's dateline is not where the exchange was ----

@pytest.mark.parametrize(("title", "text", "kind"), [
    ("習近平北京晤智利總統波里奇",
     "中央社台北10月18日電 中國國家主席習近平今天在北京與智利總統波里奇會面。", "meeting"),
    ("習近平會見蘇利南總統",
     "中央社台北9月28日電 中國國家主席習近平今天在北京會見蘇利南總統單多吉。", "meeting"),
    ("李強會見安地卡及巴布達總理布朗",
     "中央社臺北2月7日電 中國國務院總理李強今天在北京會見安地卡及巴布達總理布朗。", "meeting"),
])
def test_taipei_dateline_is_no_third_country(title: str, text: str, kind: str) -> None:
    record = _zh(text, title, url=COPY)
    assert record.event_type == kind


def test_third_country_dateline_still_makes_a_meeting_on_the_sidelines() -> None:
    """Not over-firing: a dispatch from a third country's city is still a meeting away from home."""
    record = _zh("新华社约翰内斯堡8月23日电 国家主席习近平23日在约翰内斯堡会见巴西总统卢拉。",
                 "习近平会见巴西总统卢拉", published="2023-08-23")
    assert record.event_type == "meeting_on_sidelines"


# ---- a 国家外长会晤 / 国家领导人会晤 is a multilateral gathering: a meeting with those who came for it ----

@pytest.mark.parametrize(("title", "text"), [
    ("王毅会见加勒比国家外长",
     "2024年12月5日，外交部长王毅在北京会见来华出席中国—加勒比发展中国家外长会晤的加勒比国家外长。"),
    ("王毅會見加勒比國家外長",
     "新華社北京12月5日電 外交部長王毅5日在北京會見來華出席中國—加勒比發展中國家外長會晤的加勒比國家外長。"),
    ("王毅会见古巴外长罗德里格斯",
     "2024年12月5日，外交部长王毅在北京会见来华出席中国—加勒比发展中国家外长会晤的古巴外长罗德里格斯。"),
    ("习近平会见巴西总统卢拉",
     "2023年8月22日，国家主席习近平在约翰内斯堡会见前来参加金砖国家领导人第十五次会晤的巴西总统卢拉。"),
])
def test_meeting_with_those_who_came_for_a_ministers_or_leaders_huiwu(title: str, text: str) -> None:
    record = _zh(text, title, published="2024-12-05")
    assert record.event_type == "meeting_on_sidelines"


def test_bilateral_meeting_in_beijing_stays_a_meeting() -> None:
    """Not over-firing: a meeting with no gathering named is a meeting, whatever 会晤 word it uses."""
    record = _zh("2024年12月5日，外交部长王毅在北京同古巴外长罗德里格斯会晤。", "王毅同古巴外长会晤",
                 published="2024-12-05")
    assert record.event_type == "meeting"
    record = _zh("2024年12月6日，外交部长王毅在北京会见古巴外长罗德里格斯。"
                 "双方同意筹备好下一次两国外长会晤。",
                 "王毅会见古巴外长罗德里格斯", published="2024-12-06")
    assert record.event_type == "meeting"


# ---- a minister's account to the reporters travelling with the leader is a briefing: "other" ----

@pytest.mark.parametrize(("title", "text", "country"), [
    ("王毅介绍习近平主席拉美之行",
     "2024年11月22日，外交部长王毅向随行记者介绍习近平主席出席亚太经合组织第三十一次领导人非正式"
     "会议、"
     "二十国集团领导人第十九次峰会并对秘鲁、巴西进行国事访问情况。", "multilateral"),
    ("王毅谈习近平主席对巴西的国事访问",
     "2024年11月21日，外交部长王毅在巴西利亚向随行记者介绍习近平主席对巴西进行国事访问的情况。", "Brazil"),
])
def test_briefing_to_the_travelling_press_is_other(title: str, text: str, country: str) -> None:
    record = _zh(text, title, published="2024-11-22")
    assert record.event_type == "other"
    assert record.country == country
    assert record.head_of_state_level is False


def test_visit_page_is_still_a_state_visit() -> None:
    """Not over-firing: reporters named in a visit page do not make it a briefing."""
    record = _zh("应国家主席习近平邀请，乌拉圭总统拉卡列于11月20日至24日对中国进行国事访问。随行记者团同行。",
                 "乌拉圭总统拉卡列对中国进行国事访问", published="2023-11-20")
    assert record.event_type == "state_visit"


# ---- the words of a message: 贺函, 唁函, 复电, 致口信 ----

@pytest.mark.parametrize(("title", "text"), [
    ("习近平向巴西总统卢拉致口信", "2024年3月5日，国家主席习近平向巴西总统卢拉致口信，祝贺中巴建交50周年。"),
    ("习近平向墨西哥总统致唁函",
     "2024年9月12日，国家主席习近平向墨西哥总统洛佩斯致唁函，对飓风遇难者表示深切哀悼。"),
    ("李强向布朗致贺函", "2024年4月8日，国务院总理李强向安提瓜和巴布达总理布朗致贺函，祝贺他再次当选。"),
    ("習近平向墨西哥總統致唁函", "新華社北京9月12日電 國家主席習近平12日向墨西哥總統洛佩斯致唁函。"),
    ("习近平复电古巴国家主席迪亚斯-卡内尔",
     "新华社北京1月1日电 国家主席习近平1日复电古巴国家主席迪亚斯-卡内尔，感谢他的新年祝贺。"),
])
def test_message_words(title: str, text: str) -> None:
    record = _zh(text, title, published="2024-09-12")
    assert record.event_type == "message"


def test_an_oral_message_conveyed_at_a_meeting_leaves_the_meeting() -> None:
    """Not over-firing: a minister who conveys his president's oral message meets the head."""
    record = _zh("2024年3月6日，国家主席习近平在北京会见巴西外长维埃拉。维埃拉转达了卢拉总统的口信。",
                 "习近平会见巴西外长维埃拉", published="2024-03-06")
    assert record.event_type == "meeting"


# ---- 次日 / 翌日: the day after the day just named ----

@pytest.mark.parametrize(("title", "text", "published", "day"), [
    ("习近平会见多米尼克总理斯凯里特",
     "应邀访华的多米尼克总理斯凯里特5月9日抵达北京。次日，国家主席习近平在人民大会堂会见斯凯里特。",
     "2023-05-11", "2023-05-10"),
    ("李强同巴巴多斯总理莫特利举行会谈",
     "2024年6月19日，巴巴多斯总理莫特利抵达大连出席夏季达沃斯论坛。"
     "翌日，国务院总理李强在大连同莫特利举行会谈。",
     "2024-06-21", "2024-06-20"),
    ("王毅同古巴外长举行会谈",
     "新华社北京5月30日电 古巴外长罗德里格斯28日抵京。次日，外交部长王毅同他举行会谈。",
     "2024-05-30", "2024-05-29"),
])
def test_next_day_counts_from_the_day_named(title: str, text: str, published: str, day: str) -> None:
    assert _zh(text, title, published=published).event_date == day


def test_next_day_with_no_day_named_is_not_read() -> None:
    """Not over-firing: 次日 with no day before it gives none; the dateline's day stands."""
    record = _zh("新华社北京5月10日电 国家主席习近平在人民大会堂会见多米尼克总理斯凯里特。"
                 "斯凯里特次日将前往上海。",
                 "习近平会见多米尼克总理斯凯里特", published="2023-05-10")
    assert record.event_date == "2023-05-10"


# ---- 上月 / 本月初: a past exchange without its day (rule 3) ----

@pytest.mark.parametrize("when", ["上月", "本月初", "上个月"])
def test_last_month_gives_no_day(when: str) -> None:
    record = _zh(f"新华社北京5月12日电 外交部长王毅{when}在北京会见巴哈马外长米切尔。", "王毅会见巴哈马外长",
                 published="2024-05-12")
    assert record.event_date is None


def test_last_month_with_a_day_is_that_day() -> None:
    record = _zh("新华社北京5月12日电 外交部长王毅上月28日在北京会见巴哈马外长米切尔。", "王毅会见巴哈马外长",
                 published="2024-05-12")
    assert record.event_date == "2024-04-28"


# ---- a head's adviser is the principal, not the head ----

@pytest.mark.parametrize("aide", ["首席特别顾问", "特别顾问", "高级顾问"])
def test_presidents_adviser_is_not_head_level(aide: str) -> None:
    record = _zh(f"2024年10月16日，国家主席习近平在北京会见巴西总统{aide}阿莫林。",
                 f"习近平会见巴西总统{aide}阿莫林", published="2024-10-16")
    assert record.country == "Brazil"
    assert record.head_of_state_level is False


def test_head_acting_for_his_government_stays_head_level() -> None:
    """Not over-firing: 代表古巴政府 after the head's name is what he does, not an aide's office."""
    record = _zh("2024年4月4日，国家主席习近平在北京会见古巴国家主席迪亚斯-卡内尔。"
                 "迪亚斯-卡内尔代表古巴政府感谢中方支持。",
                 "习近平会见古巴国家主席迪亚斯-卡内尔", published="2024-04-04")
    assert record.head_of_state_level is True


@pytest.mark.parametrize(("title", "text"), [
    ("习近平会见尼加拉瓜副总统穆里略",
     "2024年8月5日，国家主席习近平在北京会见尼加拉瓜总统奥尔特加夫人、副总统穆里略。"),
    ("习近平会见巴西总统卢拉夫人", "2023年4月14日，国家主席习近平在北京会见巴西总统卢拉夫人罗桑热拉。"),
])
def test_heads_wife_is_not_head_level(title: str, text: str) -> None:
    assert _zh(text, title, published="2024-08-05").head_of_state_level is False


def test_head_with_his_wife_stays_head_level() -> None:
    """Not over-firing: 卢拉总统和夫人, 卢拉夫妇: the head came with his wife, he is the principal."""
    for text in ("2023年4月14日，国家主席习近平在北京会见巴西总统卢拉和夫人罗桑热拉。",
                 "2023年4月14日，国家主席习近平和夫人彭丽媛在北京会见巴西总统卢拉夫妇。"):
        assert _zh(text, "习近平会见巴西总统卢拉", published="2023-04-14").head_of_state_level is True


# ---- a visit, a stay or a two-country forum is no multilateral gathering: a meeting there is a meeting ----

@pytest.mark.parametrize(("title", "text"), [
    ("王毅会见巴西外长维埃拉",
     "当地时间2024年11月20日，外交部长王毅在陪同习近平主席对巴西进行国事访问期间会见巴西外长维埃拉。"),
    ("习近平会见巴西众议长利拉",
     "新华社巴西利亚11月20日电 当地时间20日，国家主席习近平在对巴西进行国事访问期间会见巴西众议长利拉。"),
    ("王毅会见古巴外长", "2024年5月29日，古巴外长罗德里格斯访华期间，外交部长王毅在北京会见了他。"),
    ("习近平会见巴西副总统阿尔克明",
     "2023年4月15日，国家主席习近平在北京会见来华出席中巴企业家论坛的巴西副总统阿尔克明。"),
    ("李强会见巴巴多斯总理莫特利",
     "2024年6月21日，国务院总理李强在北京会见来华出席中国—巴巴多斯经贸合作论坛的巴巴多斯总理莫特利。"),
])
def test_meeting_during_a_visit_or_at_a_two_country_forum_is_a_meeting(title: str, text: str) -> None:
    assert _zh(text, title, published="2024-11-21").event_type == "meeting"


@pytest.mark.parametrize(("title", "text"), [
    ("习近平会见墨西哥总统辛鲍姆",
     "2024年11月17日，国家主席习近平在利马出席亚太经合组织第三十一次领导人非正式会议期间会见墨西哥总统辛鲍姆。"),
    ("习近平会见哥伦比亚总统佩特罗",
     "2025年5月12日，国家主席习近平在北京会见来华出席中拉论坛部长级会议的哥伦比亚总统佩特罗。"),
    ("王毅会见巴西外长",
     "2024年2月21日，外交部长王毅在里约热内卢出席二十国集团外长会期间会见巴西外长维埃拉。"),
])
def test_meeting_at_a_multilateral_gathering_stays_on_the_sidelines(title: str, text: str) -> None:
    """Not over-firing: a summit, the China-CELAC Forum (中拉: China and a region) and a G20 meeting
    are multilateral."""
    assert _zh(text, title, published="2025-05-12").event_type == "meeting_on_sidelines"


# ---- a day in both clocks is the local day; the Beijing day beside it is a conversion ----

@pytest.mark.parametrize(("text", "day"), [
    ("新华社布宜诺斯艾利斯5月10日电 当地时间9日晚（北京时间10日上午），外交部长王毅在布宜诺斯艾利斯"
     "同阿根廷外长蒙迪诺举行会谈。", "2024-05-09"),
    ("北京时间5月10日上午（当地时间9日晚），外交部长王毅在布宜诺斯艾利斯同阿根廷外长蒙迪诺举行会谈。",
     "2024-05-09"),
    ("当地时间2024年5月9日晚（北京时间5月10日上午），外交部长王毅在布宜诺斯艾利斯同阿根廷外长"
     "蒙迪诺举行会谈。",
     "2024-05-09"),
])
def test_local_day_over_its_beijing_conversion(text: str, day: str) -> None:
    record = _zh(text, "王毅同阿根廷外长蒙迪诺举行会谈", published="2024-05-10")
    assert record.event_date == day


def test_beijing_time_alone_is_the_day() -> None:
    """Not over-firing: a phone call dated in Beijing time only keeps that day."""
    record = _zh("北京时间2024年6月28日晚，国家主席习近平同秘鲁总统博鲁阿尔特通电话。",
                 "习近平同秘鲁总统博鲁阿尔特通电话", published="2024-06-29")
    assert record.event_date == "2024-06-28"


# ---- 确立: the leaders establish the partnership in this exchange (history says establish or upgrade) ----

@pytest.mark.parametrize(("text", "published", "action"), [
    ("2023年11月22日，国家主席习近平同乌拉圭总统拉卡列举行会谈。两国元首确立中乌全面战略伙伴关系。",
     "2023-11-22", "upgrade"),
    ("新華社北京11月22日電 國家主席習近平22日同烏拉圭總統拉卡列舉行會談。兩國元首確立中烏全面戰略夥伴關係。",
     "2023-11-22", "upgrade"),
    ("2023年10月25日，国家主席习近平同哥伦比亚总统佩特罗举行会谈。双方确立了中哥战略伙伴关系。",
     "2023-10-25", "establish"),
])
def test_queli_is_a_step(text: str, published: str, action: str) -> None:
    record = _zh(text, "习近平举行会谈", published=published)
    assert record.partnership_action == action


@pytest.mark.parametrize("text", [
    "2024年3月20日，外交部长王毅同乌拉圭外长会谈。双方表示，要落实两国元首确立的全面战略伙伴关系定位。",
    "2024年3月20日，外交部长王毅同乌拉圭外长会谈。王毅表示，2023年两国确立全面战略伙伴关系以来，"
    "双边关系快速发展。",
    "2024年3月20日，外交部长王毅同乌拉圭外长会谈。王毅表示，去年两国元首确立了中乌全面战略伙伴关系。",
])
def test_queli_recalled_is_no_step(text: str) -> None:
    record = _zh(text, "王毅同乌拉圭外长会谈", published="2024-03-20")
    assert record.partnership_action is None
    assert record.partnership_level == "comprehensive strategic partnership"


# ---- 在秘鲁首都利马会见洪都拉斯总统: a country named only as the place comes after the side met ----

@pytest.mark.parametrize(("title", "text", "country"), [
    ("习近平在利马会见洪都拉斯总统卡斯特罗",
     "当地时间2024年11月16日，国家主席习近平在秘鲁首都利马会见洪都拉斯总统卡斯特罗。", "Honduras"),
    ("習近平利馬晤宏都拉斯總統卡斯楚",
     "中央社台北11月16日電 中國國家主席習近平今天在祕魯首都利馬與宏都拉斯總統卡斯楚舉行會談。", "Honduras"),
    ("王毅在哈瓦那会见委内瑞拉外长希尔",
     "当地时间2024年9月16日，外交部长王毅在古巴哈瓦那会见委内瑞拉外长希尔。", "Venezuela"),
])
def test_country_named_only_as_the_place_is_not_the_side_met(title: str, text: str, country: str) -> None:
    record = _zh(text, title, published="2024-11-16")
    assert record.country == country and record.exchange_type == "bilateral"


@pytest.mark.parametrize(("title", "text", "country"), [
    ("习近平会见秘鲁总统博鲁阿尔特",
     "当地时间2024年11月14日，国家主席习近平在秘鲁首都利马会见秘鲁总统博鲁阿尔特。", "Peru"),
    ("王毅会见古巴哈瓦那省委第一书记",
     "2024年9月17日，外交部长王毅在北京会见古巴哈瓦那省委第一书记。", "Cuba"),
    ("王毅会见秘鲁利马市长", "2024年9月18日，外交部长王毅在北京会见秘鲁利马市长洛佩斯。", "Peru"),
])
def test_host_country_or_city_bodies_stay_the_country(title: str, text: str, country: str) -> None:
    """Not over-firing: the host met in his capital, or a province's or city's own officials, are the
    country's actors."""
    assert _zh(text, title, published="2024-11-16").country == country


# ---- an office with no name after its country is the counterpart ("President of Uruguay") ----

@pytest.mark.parametrize(("title", "text", "counterpart", "head"), [
    ("习近平同乌拉圭总统举行会谈", "2023年11月22日，国家主席习近平在北京同来访的乌拉圭总统举行会谈。",
     "President of Uruguay", True),
    ("李强会见巴巴多斯总理",
     "2024年6月21日，国务院总理李强在北京会见巴巴多斯总理，双方就两国关系交换意见。",
     "Prime Minister of Barbados", True),
    ("習近平同烏拉圭總統舉行會談",
     "新華社北京11月22日電 國家主席習近平22日在北京同來訪的烏拉圭總統舉行會談。",
     "President of Uruguay", True),
    ("王毅会见巴哈马外长", "2024年4月15日，外交部长王毅在北京会见巴哈马外长。", "Foreign Minister of Bahamas",
     False),
])
def test_unnamed_office_is_the_counterpart(title: str, text: str, counterpart: str, head: bool) -> None:
    record = _zh(text, title, published="2024-06-21")
    assert record.counterpart == counterpart
    assert record.head_of_state_level is head


def test_unnamed_presidents_envoy_is_not_head_level() -> None:
    """Not over-firing: 乌拉圭总统的特使 is the envoy, and a named head stays named."""
    record = _zh("2023年11月22日，国家主席习近平在北京会见乌拉圭总统的特使。", "习近平会见乌拉圭总统特使",
                 published="2023-11-22")
    assert record.head_of_state_level is False
    record = _zh("2023年11月22日，国家主席习近平在北京同乌拉圭总统拉卡列举行会谈。",
                 "习近平同乌拉圭总统拉卡列举行会谈", published="2023-11-22")
    assert record.counterpart == "Luis Lacalle Pou, President"


# ---- 晤, 晤见, 晤面: Hong Kong and Taiwan copies' word for a meeting ----

@pytest.mark.parametrize(("title", "text"), [
    ("習近平晤馬杜羅", "【香港商報網訊】國家主席習近平昨日在北京人民大會堂晤見到訪的委內瑞拉總統馬杜羅。"),
    ("習近平北京晤智利總統", "【大公報訊】國家主席習近平昨日在北京人民大會堂與智利總統博里奇晤面。"),
    ("習近平晤多米尼克總理", "【文匯報訊】國家主席習近平昨日在北京人民大會堂接待多米尼克總理斯凱里特。"),
])
def test_wu_is_a_meeting(title: str, text: str) -> None:
    record = _zh(text, title, published="2023-09-14", url=COPY)
    assert record.event_type == "meeting"


def test_huiwu_as_a_summits_name_is_still_no_meeting() -> None:
    """Not over-firing: 金磚國家領導人會晤 names the BRICS summit, not a meeting."""
    record = _zh("國家主席習近平在約翰內斯堡出席金磚國家領導人第十五次會晤。巴西總統盧拉出席。",
                 "習近平出席金磚國家領導人第十五次會晤", published="2023-08-23", url=COPY)
    assert record.event_type == "other"
