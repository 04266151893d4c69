"""Chinese IDCPC pages, campaign seven (self-written in the style of the party's site and its copies;
the names of people, parties and offices are facts)."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.furniture import clean

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/202305/t20230510_170001.html"


# --- a state exchange the party's site reprints is no party exchange (relevance: CPC/IDCPC side) ---

@pytest.mark.parametrize("title, text", [
    ("王毅会见委内瑞拉外长", "5月9日，国务委员兼外交部长王毅在京会见委内瑞拉外交部长伊万·希尔。"),
    ("丁薛祥会见巴西副总统", "5月8日，国务院副总理丁薛祥在京会见巴西副总统阿尔克明，双方交换意见。"),
    ("中乌举行外交部政治磋商", "11月8日，外交部副部长在京同乌拉圭外交部副部长举行中乌外交部政治磋商。"),
    ("王毅會見巴西外長", "5月16日，外交部部長王毅在京會見巴西外長維埃拉。"),
])
def test_a_state_side_with_no_cpc_side_on_a_party_page_is_not_relevant(title, text):
    record = idcpc(text, title=title, published="2023-05-10", lang="zh", url=ZH_URL)
    assert record.relevant is False
    assert record.country is None


def test_a_state_side_in_english_on_the_party_site_is_not_relevant():
    text = ("Beijing, May 9th -- Chinese Foreign Minister Wang Yi met with Venezuelan Foreign Minister "
            "Yvan Gil in Beijing. The two sides exchanged views on bilateral relations.")
    record = idcpc(text, title="Wang Yi Meets Venezuelan Foreign Minister", published="2023-05-10")
    assert record.relevant is False


@pytest.mark.parametrize("title, text", [
    # the CPC side named beside the state office
    ("王毅会见智利社会党主席",
     "11月10日，中共中央政治局委员、外交部长王毅在京会见智利社会党主席巴斯克斯。"),
    # an IDCPC official meeting a LAC foreign minister: the office word is the counterpart's
    ("刘建超会见秘鲁外长", "2月20日，中联部部长刘建超在京会见秘鲁外交部长冈萨雷斯-奥拉切亚。"),
    # no Chinese side named at all, the office word owned by the LAC side: the site's own page stands
    ("古巴驻华大使参观浙江", "近日，古巴驻华大使、前外交部副部长佩雷拉一行参观浙江安吉余村。"),
    # a LAC prime minister in a chain of titles the country opens
    ("视频会见巴巴多斯工党领导人", "6月19日，视频会见巴巴多斯工党主席、总理莫特利，就两党关系交换意见。"),
])
def test_the_office_words_do_not_over_fire(title, text):
    record = idcpc(text, title=title, published="2024-02-21", lang="zh", url=ZH_URL)
    assert record.relevant is True


def test_the_english_office_of_a_lac_actor_does_not_over_fire():
    text = ("Beijing, May 9th -- Liu Jianchao, head of the IDCPC, met with Foreign Minister of Peru "
            "Javier Gonzalez-Olaechea in Beijing.")
    record = idcpc(text, title="Liu Jianchao Meets Peruvian Foreign Minister", published="2024-02-21")
    assert record.relevant is True
    assert record.country == "Peru"


# --- a course, seminar or forum reported at its closing is dated by the day it opened ---

@pytest.mark.parametrize("title, text, published, day", [
    ("尼加拉瓜桑解阵干部专题研讨班结业",
     "9月20日，尼加拉瓜桑解阵干部专题研讨班在京举行结业式。研讨班由中联部主办，于9月8日开班。",
     "2023-09-21", "2023-09-08"),
    ("古巴共产党中高级干部研修班结业",
     "6月16日，古巴共产党中高级干部研修班结业式在浦东举行。研修班自6月3日开班以来，学员们进行了学习研讨。",
     "2024-06-17", "2024-06-03"),
    ("中国共产党与拉美政党论坛闭幕",
     "11月17日，中国共产党与拉美政党论坛在厦门闭幕。论坛于11月15日开幕，拉美20多个国家的政党领导人出席。",
     "2023-11-18", "2023-11-15"),
    ("第二届中拉政党论坛闭幕", "5月25日，第二届中拉政党论坛在京闭幕，通过了《北京倡议》。本届论坛23日开幕。",
     "2023-05-26", "2023-05-23"),
    ("委內瑞拉統一社會主義黨幹部培訓班結業",
     "7月16日，委內瑞拉統一社會主義黨幹部培訓班在京結業。培訓班於7月2日開班，30名幹部參加。",
     "2024-07-17", "2024-07-02"),
])
def test_a_course_reported_at_its_closing_takes_its_opening_day(title, text, published, day):
    record = idcpc(text, title=title, published=published, lang="zh", url=ZH_URL)
    assert record.event_type in ("training_course", "forum")
    assert record.event_date == day


def test_an_english_course_page_takes_the_day_the_course_opened():
    text = ("Beijing, May 20th -- A training course for cadres of the Communist Party of Cuba concluded in "
            "Beijing on May 20. The course, which opened on May 8, was hosted by the IDCPC.")
    record = idcpc(text, title="Training Course for Cuban Party Cadres Concludes", published="2023-05-21")
    assert record.event_date == "2023-05-08"


@pytest.mark.parametrize("title, text, published, day", [
    # another day in the text that is no opening (a meeting with the class) does not date the course
    ("尼加拉瓜桑解阵干部专题研讨班结业",
     "9月20日，尼加拉瓜桑解阵干部专题研讨班在京举行结业式。9月8日，中联部部长曾会见研讨班全体学员。",
     "2023-09-21", "2023-09-20"),
    # an earlier edition's opening, years before, is history
    ("第十届中古两党理论研讨会举行",
     "11月26日，第十届中古两党理论研讨会在哈瓦那举行。首届研讨会于2010年9月8日开幕。",
     "2019-11-28", "2019-11-26"),
    # a meeting page is dated by the meeting, whatever the course it mentions
    ("刘建超会见古巴共产党干部研修班学员",
     "5月15日，中联部部长刘建超在京会见古巴共产党干部研修班全体学员。研修班于5月8日开班。",
     "2023-05-16", "2023-05-15"),
])
def test_only_an_opening_day_of_this_event_moves_the_date(title, text, published, day):
    record = idcpc(text, title=title, published=published, lang="zh", url=ZH_URL)
    assert record.event_date == day


# --- a list of other stories under a bracketed or traditional heading is not the page's ---

LEAD_TW = ("7月19日，中聯部部長劉建超在京會見巴西勞工黨主席霍夫曼。"
           "劉建超表示，中國共產黨願同巴西勞工黨深化交往。")


@pytest.mark.parametrize("trailer", [
    "【延伸閱讀】古巴共產黨代表團訪華 委內瑞拉統一社會主義黨代表團在浙江考察",
    " 【相關新聞】古巴共產黨代表團訪華",
    "  延伸閱讀：古巴共產黨代表團訪華",
    "\n推薦閱讀\n古巴共產黨代表團訪華",
    "【相关新闻】古巴共产党代表团访华 委内瑞拉统一社会主义党代表团在浙江考察",
])
def test_a_bracketed_or_traditional_related_news_heading_ends_the_page(trailer):
    text = " date 2023-07-20 星島環球網 首頁 > 國際 > 拉美 " + LEAD_TW + trailer
    record = idcpc(text, title="劉建超會見巴西勞工黨主席", published="2023-07-20", lang="zh",
                   url="http://www.example-agency.com/2023-07/20/c_1.htm")
    assert record.country == "Brazil"
    assert parties(record) == {"Workers' Party (Brazil)"}


def test_a_sentence_opening_with_a_heading_word_is_not_a_trailer():
    text = LEAD_TW + "相關內容包括古巴共產黨代表團訪華期間的交流成果。"
    assert clean(text) == text


# --- a LAC party's own affairs, with no Chinese side at all, are no exchange with the CPC ---

@pytest.mark.parametrize("title, text", [
    ("古巴共产党第八次全国代表大会开幕",
     "当地时间4月16日，古巴共产党第八次全国代表大会在哈瓦那开幕。劳尔·卡斯特罗作中心报告，近300名代表出席。"),
    ("委统社党在地方选举中获胜",
     "当地时间11月21日，委内瑞拉举行地方选举，委内瑞拉统一社会主义党在23个州中赢得20个州长职位。"),
    ("桑解陣舉行紀念活動", "當地時間7月19日，尼加拉瓜桑地諾民族解放陣線在馬那瓜舉行集會，紀念革命勝利。"),
])
def test_a_lac_partys_own_affairs_with_no_chinese_side_are_not_relevant(title, text):
    record = idcpc(text, title=title, published="2023-07-20", lang="zh", url=ZH_URL)
    assert record.relevant is False


def test_an_english_page_on_a_lac_partys_congress_is_not_relevant():
    text = ("Havana, April 16th -- The 8th Congress of the Communist Party of Cuba opened in Havana on "
            "Friday. Raul Castro delivered the central report to some 300 delegates.")
    record = idcpc(text, title="Communist Party of Cuba Opens Its 8th Congress", published="2021-04-17")
    assert record.relevant is False


@pytest.mark.parametrize("title, text, country", [
    # a Chinese side named only as the place: a province or Beijing
    ("古巴共产党干部考察团在福建", "5月10日至14日，古巴共产党干部考察团在福建考察，走访了宁德。", "Cuba"),
    ("智利社会党代表团结束访问", "5月12日，智利社会党代表团结束在京访问，启程回国。", "Chile"),
    # no place either, but the page reports a kind of exchange (a tour, a course)
    ("巴西劳工党干部考察团考察余村", "5月12日，巴西劳工党干部考察团考察安吉余村，了解乡村振兴。", "Brazil"),
    ("秘鲁自由党干部研修班结业", "5月12日，秘鲁自由党干部研修班在浦东结业。", "Peru"),
])
def test_an_exchange_page_naming_only_its_place_or_its_kind_stays_relevant(title, text, country):
    record = idcpc(text, title=title, published="2023-05-16", lang="zh", url=ZH_URL)
    assert record.relevant is True
    assert record.country == country


# --- an ambassador as the only Chinese side of a party page is no party exchange ---

@pytest.mark.parametrize("title, text", [
    ("迪亚斯-卡内尔会见中国驻古巴大使",
     "近日，古巴共产党中央委员会第一书记、国家主席迪亚斯-卡内尔会见中国驻古巴大使马辉，感谢中方援助。"),
    ("委统社党第一副主席会见中国大使", "5月3日，委统社党第一副主席卡贝略会见中国驻委内瑞拉大使兰虎。"),
    ("奥尔特加會見中國駐尼加拉瓜大使", "5月3日，尼加拉瓜桑解陣總書記奧爾特加會見中國駐尼加拉瓜大使陳曦。"),
])
def test_an_ambassador_as_the_only_chinese_side_is_not_relevant(title, text):
    record = idcpc(text, title=title, published="2023-06-02", lang="zh", url=ZH_URL)
    assert record.relevant is False


@pytest.mark.parametrize("title, text", [
    # the ambassador beside the CPC's own delegation
    ("中共代表团会见古共中央第一书记",
     "5月3日，中联部副部长率中共代表团在哈瓦那会见古共中央第一书记迪亚斯-卡内尔，中国驻古巴大使马辉陪同。"),
    # the counterpart's ambassador in China, met by the IDCPC
    ("中联部副部长会见古巴驻华大使", "5月3日，中联部副部长在京会见古巴驻华大使佩雷拉。"),
])
def test_an_ambassador_beside_a_cpc_side_stays_relevant(title, text):
    record = idcpc(text, title=title, published="2023-05-04", lang="zh", url=ZH_URL)
    assert record.relevant is True
    assert record.country == "Cuba"


@pytest.mark.parametrize("title, text, lang", [
    ("习近平同巴西总统卢拉会谈",
     "当地时间11月20日，国家主席习近平在巴西利亚同巴西总统卢拉举行会谈。外交部长王毅参加会谈。", "zh"),
    ("Xi Jinping Holds Talks with Brazilian President Lula",
     "Brasilia, November 20th -- President Xi Jinping held talks with Brazilian President Lula in Brasilia. "
     "Foreign Minister Wang Yi attended the talks.", "en"),
])
def test_the_party_leader_with_his_state_office_and_a_foreign_minister_stays_relevant(title, text, lang):
    record = idcpc(text, title=title, published="2024-11-21", lang=lang, url=ZH_URL)
    assert record.relevant is True
    assert record.country == "Brazil"
