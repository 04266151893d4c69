"""event_date, seventh round: forms of the exchange's day that pages write and the finder missed
(codebook, ../shared/eval/SCHEMA.md: decision rules -> event_date, "Dates of visits and briefings").
Self-written releases in the sites' and the agencies' styles; names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

IDCPC_EN = "https://www.idcpc.org.cn/english2023/news/{ym}/t{ymd}_1.html"
IDCPC_ZH = "https://www.idcpc.org.cn/bzhd/wshd/{ym}/t{ymd}_1.html"
MFA_EN = "https://www.mfa.gov.cn/eng/xw/zyxw/{ym}/t{ymd}_1.html"
MFA_ZH = "https://www.mfa.gov.cn/web/zyxw/{ym}/t{ymd}_1.shtml"


def _url(pattern: str, published: str) -> str:
    ymd = published.replace("-", "")
    return pattern.format(ym=ymd[:6], ymd=ymd)


# ------------------------------------------------------ "on the 10th": an English day without its month

@pytest.mark.parametrize("source,title,text,published,expected", [
    ("idcpc", "Liu Jianchao Meets with President of Broad Front of Uruguay",
     "Beijing, June 11th (IDCPC) -- On the morning of the 10th, Liu Jianchao, head of the IDCPC, met with "
     "Fernando Pereira, president of the Broad Front of Uruguay. Liu briefed the guest on the CPC's work.",
     "2023-06-11", "2023-06-10"),
    ("mfa", "Xi Jinping Speaks with Cuban President Miguel Diaz-Canel on the Phone",
     "The two presidents spoke by phone on the 10th. President Xi Jinping said China and Cuba are good "
     "friends, good comrades and good brothers.", "2023-05-11", "2023-05-10"),
    # the day after the printed day is the month before's (a report follows its exchange)
    ("idcpc", "Sun Haiyan Meets with Delegation of Communist Party of Chile",
     "On the 30th, Sun Haiyan, vice minister of the IDCPC, met with a delegation of the Communist Party of "
     "Chile in Beijing.", "2023-06-02", "2023-05-30"),
    # with its month after "of"
    ("idcpc", "CPC Delegation Visits Nicaragua",
     "On the 8th and 9th of May, a CPC delegation led by Chen Zhou, assistant minister of the IDCPC, "
     "visited Nicaragua and met with leaders of the FSLN.", "2023-05-12", "2023-05-08"),
    ("mfa", "Wang Yi Meets with Cuban Foreign Minister",
     "On the 8th of May, 2023, Foreign Minister Wang Yi met with Foreign Minister of Cuba Bruno Rodriguez "
     "in Beijing.", "2023-05-12", "2023-05-08"),
    ("idcpc", "Delegation of PCdoB Visits Fujian",
     "From the 14th to the 16th, a delegation of the Communist Party of Brazil visited Fujian Province at "
     "the invitation of the CPC, touring villages and companies.", "2024-08-19", "2024-08-14"),
])
def test_an_ordinal_day_without_its_month_dates_the_exchange(source, title, text, published, expected):
    make, pattern = (idcpc, IDCPC_EN) if source == "idcpc" else (mfa, MFA_EN)
    record = make(text, title=title, published=published, url=_url(pattern, published))
    assert record.event_date == expected


@pytest.mark.parametrize("text", [
    # an ordinal before a noun is no day: the congress, an anniversary, a forum's edition
    "Beijing, May 12th (IDCPC) -- Liu Jianchao, head of the IDCPC, briefed a delegation of the Communist "
    "Party of Cuba on the 20th National Congress of the CPC here today.",
    "Beijing, May 12th (IDCPC) -- On the 10th anniversary of the two parties' theory seminar, Liu Jianchao, "
    "head of the IDCPC, met with a delegation of the Communist Party of Cuba here today.",
    "Beijing, May 12th (IDCPC) -- Speaking of the 8th China-CELAC Political Parties Forum, Liu Jianchao, "
    "head of the IDCPC, met with a delegation of the Communist Party of Cuba here today.",
    "Beijing, May 12th (IDCPC) -- On the 2nd and final day of its visit, Liu Jianchao, head of the IDCPC, "
    "met with a delegation of the Communist Party of Cuba here today.",
])
def test_an_ordinal_before_a_noun_is_no_day(text):
    record = idcpc(text, title="Liu Jianchao Meets with PCC Delegation", published="2023-05-12",
                   url=_url(IDCPC_EN, "2023-05-12"))
    assert record.event_date == "2023-05-12"


# ------------------------------------------------ a letter printed in full is dated by its closing line

@pytest.mark.parametrize("source,title,text,published,expected", [
    ("mfa", "President Xi Jinping Sends Congratulatory Message to Panamanian President",
     "Full text of President Xi Jinping's congratulatory message to President of Panama Laurentino "
     "Cortizo\nDear Mr. President,\nOn the occasion of your inauguration, I wish to extend my warm "
     "congratulations.\nXi Jinping\nPresident of the People's Republic of China\nBeijing, July 1, 2019",
     "2019-07-03", "2019-07-01"),
    ("idcpc", "Liu Jianchao Sends Condolence Message to Communist Party of Chile",
     "Message of condolence from Liu Jianchao to the Communist Party of Chile\nDear comrades,\nWe were "
     "deeply saddened to learn of the passing of your former general secretary. On behalf of the IDCPC, I "
     "extend our heartfelt condolences.\nLiu Jianchao\nMinister, IDCPC\n10 May 2023, Beijing",
     "2023-05-12", "2023-05-10"),
    # a lead that gives no day ("Recently"): the reply's own closing line does
    ("mfa", "Xi Jinping Replies to Letter from Brazilian Students",
     "Recently, President Xi Jinping replied to a letter from students of a school in Sao Paulo, Brazil, "
     "encouraging them to learn about China.\nThe full text of the reply is as follows:\nDear students,\n"
     "I was glad to read your letter.\nXi Jinping\nMarch 3, 2023", "2023-03-08", "2023-03-03"),
    ("idcpc", "Song Tao Congratulates Communist Party of Uruguay",
     "The full text of the message of Song Tao, head of the IDCPC, to the Communist Party of Uruguay:\n"
     "Dear Comrade Juan Castillo,\nOn the occasion of your re-election as general secretary of the "
     "Communist Party of Uruguay, I extend warm congratulations.\nSong Tao\n(Beijing, 10 May 2019)",
     "2019-05-13", "2019-05-10"),
])
def test_a_letter_printed_in_full_is_dated_by_its_closing_line(source, title, text, published, expected):
    make, pattern = (idcpc, IDCPC_EN) if source == "idcpc" else (mfa, MFA_EN)
    record = make(text, title=title, published=published, url=_url(pattern, published))
    assert record.event_type == "message"
    assert record.event_date == expected


def test_a_message_lead_that_states_its_day_keeps_it():
    """The closing line only dates a message whose lead gives no day of its own."""
    text = ("On July 2, President Xi Jinping sent a congratulatory message to Laurentino Cortizo on his "
            "inauguration as President of Panama.\nDear Mr. President,\nI wish to extend my warm "
            "congratulations.\nXi Jinping\nBeijing, July 1, 2019")
    record = mfa(text, title="President Xi Jinping Sends Congratulatory Message to Panamanian President",
                 published="2019-07-03", url=_url(MFA_EN, "2019-07-03"))
    assert record.event_date == "2019-07-02"


def test_a_closing_line_does_not_date_a_meeting_page():
    text = ("Beijing, May 12th (IDCPC) -- Liu Jianchao, head of the IDCPC, met with a delegation of the "
            "Communist Party of Cuba here today.\nThe two sides recalled the joint communique of the two "
            "parties.\nBeijing, May 1, 2018")
    record = idcpc(text, title="Liu Jianchao Meets with PCC Delegation", published="2023-05-12",
                   url=_url(IDCPC_EN, "2023-05-12"))
    assert record.event_date == "2023-05-12"


# ------------------------------------------------------------- a day alone written in Chinese numerals

@pytest.mark.parametrize("source,title,text,published,expected", [
    ("idcpc", "迪亚斯-卡内尔会见中共代表团",
     "新华社哈瓦那五月十一日电 当地时间十日，古巴共产党中央第一书记迪亚斯-卡内尔在哈瓦那会见中共代表团。",
     "2023-05-11", "2023-05-10"),
    ("idcpc", "宋涛会见古巴驻华大使", "三十日，中联部部长宋涛在京会见古巴驻华大使佩雷拉。", "2019-12-31",
     "2019-12-30"),
    # the day after the printed day is the month before's, as for 30日
    ("idcpc", "刘建超会见牙买加人民民族党主席",
     "新华社北京6月2日电 三十一日上午，中联部部长刘建超在京会见牙买加人民民族党主席戈尔丁。", "2023-06-02",
     "2023-05-31"),
    ("idcpc", "智利共產黨代表團訪華",
     "十四日至十六日，應中聯部邀請，智利共產黨主席卡爾莫納率代表團訪華。", "2024-08-19", "2024-08-14"),
    ("mfa", "习近平同古巴国家主席迪亚斯-卡内尔通电话",
     "新华社北京五月十一日电 国家主席习近平今天同古巴国家主席迪亚斯-卡内尔通电话。", "2023-05-12",
     "2023-05-11"),
])
def test_a_day_in_chinese_numerals_dates_the_exchange(source, title, text, published, expected):
    make, pattern = (idcpc, IDCPC_ZH) if source == "idcpc" else (mfa, MFA_ZH)
    record = make(text, title=title, published=published, lang="zh", url=_url(pattern, published))
    assert record.event_date == expected


def test_a_numeral_before_ri_that_is_no_day_dates_nothing():
    """为期十日 is a length, not the 10th: only a day alone after 当地时间 or opening a clause is read."""
    text = ("新华社北京5月12日电 古巴共产党代表团此次访华为期十日，中联部部长刘建超今天在京会见代表团。")
    record = idcpc(text, title="刘建超会见古巴共产党代表团", published="2023-05-12", lang="zh",
                   url=_url(IDCPC_ZH, "2023-05-12"))
    assert record.event_date == "2023-05-12"


# ------------------------------------------ a course or forum page that reports its close: its first day

@pytest.mark.parametrize("lang,title,text,published,expected", [
    ("en", "Seminar for LAC Party Cadres Concludes",
     "A two-day seminar for cadres of Latin American and Caribbean political parties concluded in Beijing "
     "on Thursday. The seminar, which opened on Wednesday, was attended by 40 party officials from 15 "
     "countries.", "2023-05-12", "2023-05-10"),
    ("en", "China-CELAC Political Parties Forum Closes in Beijing",
     "The China-CELAC Political Parties Forum closed in Beijing on May 12. The forum opened on May 10 with "
     "a keynote speech by Liu Jianchao, head of the IDCPC, and was attended by leaders of parties from "
     "over 20 Latin American and Caribbean countries.", "2023-05-13", "2023-05-10"),
    ("zh", "拉美政党干部研修班在京结业",
     "为期两天的拉美政党干部研修班11日在京结业。研修班于10日开班，来自15国的40名政党干部参加。",
     "2023-05-12", "2023-05-10"),
    ("zh", "中拉政党论坛闭幕",
     "5月12日，中国—拉美和加勒比政党论坛在京闭幕。论坛于5月10日上午在京开幕，来自20多个拉美国家的政党领导人"
     "出席。", "2023-05-13", "2023-05-10"),
])
def test_a_page_on_the_close_of_a_course_or_forum_takes_its_opening_day(lang, title, text, published,
                                                                        expected):
    pattern = IDCPC_ZH if lang == "zh" else IDCPC_EN
    record = idcpc(text, title=title, published=published, lang=lang, url=_url(pattern, published))
    assert record.event_type in ("training_course", "seminar", "forum")
    assert record.event_date == expected


@pytest.mark.parametrize("lang,title,text,published,expected", [
    # no opening day given: the close is the only day
    ("en", "Seminar for LAC Party Cadres Concludes",
     "A two-day seminar for cadres of Latin American and Caribbean political parties concluded in Beijing "
     "on Thursday. The participants arrived in Beijing on Tuesday.", "2023-05-12", "2023-05-11"),
    # an opening long before is another event's (the CPC congress the seminar studied)
    ("en", "Seminar for LAC Party Cadres Concludes",
     "A seminar for cadres of Latin American and Caribbean political parties on the 20th National Congress "
     "of the CPC concluded in Beijing on November 30, 2022. The congress opened on October 16, 2022.",
     "2022-12-01", "2022-11-30"),
    # a seminar page that does not report a close keeps its own day
    ("zh", "中古两党理论研讨会在哈瓦那举行",
     "5月12日，中古两党理论研讨会在哈瓦那举行。研讨会前，中共代表团于5月10日开幕的古共全会期间抵达哈瓦那。",
     "2023-05-13", "2023-05-12"),
])
def test_the_opening_day_rule_does_not_over_fire(lang, title, text, published, expected):
    pattern = IDCPC_ZH if lang == "zh" else IDCPC_EN
    record = idcpc(text, title=title, published=published, lang=lang, url=_url(pattern, published))
    assert record.event_date == expected


# ----------------------------------------------- "the following day": the day after the one named

@pytest.mark.parametrize("text", [
    "A delegation of the Libre Party of Honduras arrived in Beijing on May 9 at the invitation of the CPC. "
    "The following day, Liu Jianchao, head of the IDCPC, met with the delegation.",
    "A delegation of the Libre Party of Honduras arrived in Beijing on May 9. The next day, Liu Jianchao, "
    "head of the IDCPC, met with the delegation and briefed it on the CPC's work.",
    "A delegation of the Libre Party of Honduras arrived in Beijing on May 9. One day later, Liu Jianchao, "
    "head of the IDCPC, met with the delegation.",
])
def test_the_following_day_is_the_day_after_the_one_named(text):
    record = idcpc(text, title="Liu Jianchao Meets with Libre Party Delegation", published="2023-05-12",
                   url=_url(IDCPC_EN, "2023-05-12"))
    assert record.event_date == "2023-05-10"


def test_the_following_day_with_no_day_named_before_it_dates_nothing():
    """Not the day after the dateline: a report does not come before its exchange."""
    text = ("Beijing, May 12th (IDCPC) -- The next day after its arrival, a delegation of the Libre Party of "
            "Honduras met with Liu Jianchao, head of the IDCPC, here.")
    record = idcpc(text, title="Liu Jianchao Meets with Libre Party Delegation", published="2023-05-12",
                   url=_url(IDCPC_EN, "2023-05-12"))
    assert record.event_date == "2023-05-12"


# ------------------------- talks during a visit: the talks' sentence may name the leader by his surname

@pytest.mark.parametrize("text,expected", [
    ("At the invitation of President Xi Jinping, President Gustavo Petro of Colombia is paying a state visit "
     "to China from October 24 to 26.\nOn the afternoon of October 25, President Xi held talks with "
     "President Petro at the Great Hall of the People.", "2023-10-25"),
    # another Chinese official's exchange during the visit is not the headline's
    ("At the invitation of President Xi Jinping, President Gustavo Petro of Colombia is paying a state visit "
     "to China from October 24 to 26.\nOn October 24, Vice President Han Zheng met with President Petro.\n"
     "On the afternoon of October 25, President Xi held talks with President Petro.", "2023-10-25"),
])
def test_talks_during_a_visit_are_dated_by_the_sentence_naming_the_leader_by_surname(text, expected):
    record = mfa(text, title="Xi Jinping Holds Talks with Colombian President Gustavo Petro",
                 published="2023-10-25", url=_url(MFA_EN, "2023-10-25"))
    assert record.event_date == expected
