"""Event dates of joint statements, communiqués, declarations and memoranda dated only by their
signature line, and of pages whose text gives no day at all (codebook, event_date: "a stated day";
"No day in the text → null"; "Dates of visits and briefings"). Self-written texts in the style of
such documents; the names of countries, leaders and places are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, mfa

DR_EN = ("The Government of the People's Republic of China and the Government of the Dominican "
         "Republic have decided to recognize each other and establish diplomatic relations at "
         "ambassadorial level as of the date of signature of this communique.\nThe Government of the "
         "Dominican Republic recognizes that there is but one China in the world.\n")
DR_EN_TITLE = ("Joint Communique on the Establishment of Diplomatic Relations between China and the "
               "Dominican Republic")
BR_EN = ("At the invitation of President Xi Jinping, President Luiz Inacio Lula da Silva of Brazil paid "
         "a state visit to China. The two heads of state held talks in Beijing in a friendly "
         "atmosphere.\nThe two sides agreed to deepen the comprehensive strategic partnership.\n")
BR_EN_TITLE = "Joint Statement between China and Brazil on Deepening the Comprehensive Strategic Partnership"
BR_ZH = ("应国家主席习近平邀请，巴西联邦共和国总统卢拉对中国进行国事访问。"
         "两国元首在北京举行会谈。\n"
         "双方同意深化全面战略伙伴关系，拓展经贸、科技和应对气候变化合作。\n")
BR_ZH_TITLE = "中华人民共和国和巴西联邦共和国关于深化全面战略伙伴关系的联合声明"
# paragraphs enough to put the signature line far below the lead
FILLER_EN = ("The two sides agreed to strengthen cooperation in agriculture, energy, infrastructure, "
             "finance and the digital economy, and to support each other's development paths.\n") * 8
FILLER_ZH = ("双方同意加强农业、能源、基础设施、金融和数字经济等领域合作，"
             "支持彼此选择的发展道路。\n") * 20


@pytest.mark.parametrize("closing,expected", [
    ("Signed in Beijing on May 1, 2018.", "2018-05-01"),
    ("Done in Beijing on 1 May 2018, in two originals, each in the Chinese and Spanish languages, "
     "both texts being equally authentic.", "2018-05-01"),
    ("This Joint Communique was signed in Beijing on 1 May 2018 in duplicate.", "2018-05-01"),
    ("Signed in Beijing, this 1st day of May 2018.", "2018-05-01"),
    ("Beijing, 1 May 2018", "2018-05-01"),
    ("May 1, 2018, Beijing", "2018-05-01"),
    ("(Beijing, May 1st, 2018)", "2018-05-01"),
    ("Beijing, April 30", "2018-04-30"),  # no year: the printed date's (rule 4)
])
def test_a_communique_is_dated_by_its_signature_line(closing, expected):
    record = mfa(DR_EN + closing, title=DR_EN_TITLE, published="2018-05-03")
    assert record.event_type == "joint_statement"
    assert record.event_date == expected


@pytest.mark.parametrize("closing", [
    "二〇二三年四月十四日于北京",
    "2023年4月14日 北京",
    "北京，2023年4月14日",
    "（2023年4月14日，北京）",
    "二〇二三年四月十四日",
    "２０２３年４月１４日　北京",
    "本联合声明于二〇二三年四月十四日在北京签署，一式两份，"
    "每份均用中文和葡萄牙文写成，两种文本同等作准。",
    "双方于2023年4月14日在北京签署本声明。",
])
def test_a_chinese_joint_statement_is_dated_by_its_signature_line(closing):
    record = mfa(BR_ZH + FILLER_ZH + closing, title=BR_ZH_TITLE, published="2023-04-17", lang="zh")
    assert record.event_date == "2023-04-14"


def test_traditional_characters_and_a_memorandum():
    record = mfa("中華人民共和國政府和薩爾瓦多共和國政府決定自本公報簽署之日起"
                 "相互承認並建立大使級外交關係。\n薩爾瓦多共和國政府承認世界上只有一個中國。\n"
                 "本公報於二〇一八年八月二十一日在北京簽署，一式兩份。",
                 title="中華人民共和國和薩爾瓦多共和國關於建立外交關係的聯合公報",
                 published="2018-08-23", lang="zh")
    assert record.event_date == "2018-08-21"
    record = mfa("中华人民共和国政府和乌拉圭东岸共和国政府就共同推进“一带一路”"
                 "建设达成如下谅解。\n双方将加强政策沟通。\n"
                 "本谅解备忘录于二〇一八年八月二十日在北京签署，一式两份。",
                 title="中华人民共和国政府与乌拉圭东岸共和国政府关于共同推进"
                       "“一带一路”建设的谅解备忘录",
                 published="2018-08-22", lang="zh")
    assert record.event_date == "2018-08-20"


def test_an_english_signature_line_far_below_the_lead():
    record = mfa(BR_EN + FILLER_EN + "Beijing, 14 April 2023", title=BR_EN_TITLE, published="2023-04-16")
    assert record.event_date == "2023-04-14"
    assert record.evidence["event_date"][0].text == "14 April 2023"
    record = mfa(BR_EN + FILLER_EN + "Signed in Beijing on 14 April 2023, in two originals.\nFor the "
                 "People's Republic of China\nXi Jinping\nFor the Federative Republic of Brazil\n"
                 "Luiz Inacio Lula da Silva", title=BR_EN_TITLE, published="2023-04-16")
    assert record.event_date == "2023-04-14"


@pytest.mark.parametrize("lang,text,title", [
    ("en", BR_EN.replace("paid a state visit to China", "paid a state visit to China from 12 to 15 "
                         "April 2023") + FILLER_EN + "Beijing, 14 April 2023", BR_EN_TITLE),
    ("zh", BR_ZH.replace("对中国进行国事访问", "于2023年4月12日至15日对中国进行国事访问")
     + FILLER_ZH + "二〇二三年四月十四日于北京", BR_ZH_TITLE),
])
def test_the_visit_the_text_dates_comes_before_the_signing_day(lang, text, title):
    """"Dates of visits and briefings": the visit's first day when the text states it."""
    record = mfa(text, title=title, published="2023-04-16", lang=lang)
    assert record.event_date == "2023-04-12"


def test_a_day_of_history_in_the_lead_does_not_date_the_statement():
    text = ("At the invitation of President Xi Jinping, President Nicolas Maduro of Venezuela paid a "
            "state visit to China. Since the two countries established diplomatic relations on June 28, "
            "1974, relations have kept growing.\nThe two sides decided to establish an all-weather "
            "strategic partnership.\nSigned in Beijing on September 13, 2023.")
    record = mfa(text, title="Joint Statement between China and Venezuela", published="2023-09-15")
    assert record.event_date == "2023-09-13"
    text = ("应国家主席习近平邀请，委内瑞拉总统马杜罗对中国进行国事访问。"
            "自1974年6月28日建交以来，两国关系不断发展。\n"
            "双方决定建立全天候战略伙伴关系。\n二〇二三年九月十三日于北京")
    record = mfa(text, title="中华人民共和国和委内瑞拉玻利瓦尔共和国联合声明", published="2023-09-15",
                 lang="zh")
    assert record.event_date == "2023-09-13"


def test_an_agency_copy_takes_the_signing_day_the_text_states_before_its_dateline():
    """Rule 1 before rule 2: the dateline's day only when the text names no other day."""
    text = (" date 2023-04-16\nBEIJING, April 15 (Xinhua) -- China and Brazil issued a joint statement "
            "on deepening their partnership. Full text:\n" + BR_EN + FILLER_EN + "Beijing, 14 April 2023")
    record = mfa(text, title=BR_EN_TITLE, published="2023-04-16",
                 url="http://www.example-agency.com/2023-04/16/c_1129525100.htm")
    assert record.event_date == "2023-04-14"


def test_a_party_joint_statement_is_dated_by_its_signature_line():
    record = idcpc("应中国共产党邀请，古巴共产党代表团访华。两党就党的建设交流了意见。\n"
                   "两党同意加强治国理政经验交流。\n二〇二二年十一月二十五日于北京",
                   title="中国共产党和古巴共产党联合声明", published="2022-11-27", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/202211/t20221127_1.html")
    assert record.event_date == "2022-11-25"


def test_a_signing_recalled_on_a_meeting_page_does_not_date_the_meeting():
    record = mfa("On April 14, 2023, President Xi Jinping held talks with Brazilian President Lula in "
                 "Beijing.\n" + FILLER_EN + "Signed in Beijing on April 15, 2023, the documents cover "
                 "trade and science.", title="Xi Jinping Holds Talks with Brazilian President Lula",
                 published="2023-04-16")
    assert record.event_date == "2023-04-14"
    record = mfa("Vice President Han Zheng met with Dominican Foreign Minister Roberto Alvarez in "
                 "Beijing.\n" + FILLER_EN + "Signed in Beijing on May 1, 2018, the joint communique "
                 "opened a new chapter.", title="Han Zheng Meets Dominican Foreign Minister",
                 published="2023-05-10")
    assert record.event_date != "2018-05-01"


def test_a_dated_line_in_a_related_news_list_is_no_signature_line():
    record = mfa(DR_EN + "Signed in Beijing on May 1, 2018.\nWang Yi Holds Talks with Dominican "
                 "Foreign Minister (2018-04-30)", title=DR_EN_TITLE, published="2018-05-03")
    assert record.event_date == "2018-05-01"


@pytest.mark.parametrize("written,expected", [
    ("二〇一八年八月二十一日", "2018-08-21"), ("二〇二〇年十二月三十日", "2020-12-30"),
    ("二〇一九年十月三十一日", "2019-10-31"), ("二〇二一年十二月十日", "2021-12-10"),
    ("２０２３年４月１４日", "2023-04-14"), ("2023年4月14日", "2023-04-14"),
    ("二〇二三年二月三十日", None),
])
def test_chinese_numeral_dates(written, expected):
    from nlp.dates import FULL_DATE_ZH, full_date_zh
    found = full_date_zh(FULL_DATE_ZH.search(written))
    assert (found.isoformat() if found else None) == expected


def test_chinese_numbers():
    from nlp.dates import zh_number
    written = ("十", "十二", "二十", "二十一", "三十一", "二〇一八", "１４")
    assert [zh_number(s) for s in written] == [10, 12, 20, 21, 31, 2018, 14]
    assert zh_number("十二三") is None and zh_number("百") is None


# ---- no day in the text: the publication day, noted as a fallback ------------------------------

@pytest.mark.parametrize("source,lang,text", [
    ("idcpc", "en", "The IDCPC sent a message of congratulations to the Communist Party of Cuba on the "
                    "opening of its 8th Congress."),
    ("idcpc", "zh", "中联部致电祝贺古巴共产党第八次代表大会召开。贺电表示，中国共产党愿同古共加强交流。"),
    ("idcpc", "en", "Liu Jianchao, head of the IDCPC, held a video call with Gleisi Hoffmann, President of "
                    "the Workers' Party of Brazil."),
    ("idcpc", "zh", "中联部为拉美国家政党干部举办专题研修班。学员们学习了中国脱贫攻坚经验。"),
    ("mfa", "en", "Vice President Han Zheng met with Colombian Foreign Minister Alvaro Leyva in Beijing. "
                  "The two sides exchanged views on bilateral relations."),
    ("mfa", "zh", "国家主席习近平同智利总统博里奇举行会谈。两国元首同意深化全面战略伙伴关系。"),
    ("mfa", "en", " date 2021-04-17\nChinese Vice President Wang Qishan met with Cuban Vice President "
                  "Salvador Valdes Mesa in Beijing.\nRelated News\nXi meets Cuban leader (2021-04-15)"),
    ("mfa", "en", BR_EN),  # a joint statement with neither a day nor a signature line
])
def test_a_text_that_gives_no_day_falls_back_to_the_printed_day_with_a_note(source, lang, text):
    """No stated day, relative day, signature line or dateline: the printed day, noted so a reviewer
    can clear it (the codebook's null lost a dated row on dev; see nlp/steps/event_date.py)."""
    helper = idcpc if source == "idcpc" else mfa
    record = helper(text, title="", published="2021-04-17", lang=lang)
    assert record.event_date == "2021-04-17"
    assert any("publication day used" in note for note in record.notes)


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Liu Jianchao, head of the IDCPC, met with a delegation of the Socialist Party of Chile in "
           "Beijing on Tuesday.", "2023-05-09"),  # rule 3: counted back from the printed date
    ("zh", "中联部部长刘建超昨天在京会见智利社会党代表团。", "2023-05-10"),
    ("en", "Liu Jianchao, head of the IDCPC, met with a delegation of the Socialist Party of Chile in "
           "Beijing today.", "2023-05-11"),
    ("en", "Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the Socialist "
           "Party of Chile.", "2023-05-10"),  # rule 2: the dateline's day
    ("zh", "新华社北京5月10日电 中联部部长刘建超当天在京会见智利社会党代表团。", "2023-05-10"),
])
def test_a_weekday_a_relative_day_or_a_dateline_still_gives_the_day(lang, text, expected):
    record = idcpc(text, title="", published="2023-05-11", lang=lang)
    assert record.event_date == expected


@pytest.mark.parametrize("lang,text", [
    ("en", "Recently, Liu Jianchao, head of the IDCPC, met with Gleisi Hoffmann, President of the "
           "Workers' Party of Brazil, in Beijing."),
    ("zh", "日前，中联部部长刘建超在京会见巴西劳工党主席霍夫曼。"),
    ("en", " date 2019-10-26\nHAVANA, Oct. 25 (Xinhua) -- A delegation of the Communist Party of China "
           "recently met with leaders of the Communist Party of Cuba in Havana."),
])
def test_recently_gives_no_day_even_under_a_dateline(lang, text):
    """Rule 3: "recently", 近日, 日前 give no day."""
    record = idcpc(text, title="", published="2019-10-26", lang=lang)
    assert record.event_date is None


@pytest.mark.parametrize("lang,later,expected", [
    ("en", "The two presidents made the remarks during their talks in Beijing today.", "2023-04-14"),
    ("en", "Today, the two countries are important partners for each other.", "fallback"),
    ("zh", "习近平今天在北京同卢拉举行会谈，两国元首同意推动两国关系不断向前发展。", "2023-04-14"),
    ("zh", "今天，两国互为重要合作伙伴，两国关系正处于历史最好时期。", "fallback"),
])
def test_a_later_today_dates_the_page_only_in_a_sentence_that_reports_the_exchange(lang, later, expected):
    """Rule 2: the dateline's (or printed) day when the text says the exchange happened today;
    "Today, the two countries are partners" further down is "nowadays"."""
    lead = {"en": "China and Brazil agreed to deepen their comprehensive strategic partnership as President "
                  "Xi Jinping and President Luiz Inacio Lula da Silva of Brazil met in Beijing, and to "
                  "expand cooperation in trade, investment and climate change.\n",
            "zh": "国家主席习近平和巴西总统卢拉同意深化中巴全面战略伙伴关系，拓展经贸、投资和"
                  "应对气候变化合作，推动中巴关系迈上新台阶。\n"}[lang]
    record = mfa(lead + later, title="", published="2023-04-14", lang=lang)
    assert record.event_date == "2023-04-14"
    # "nowadays" gives no day: the printed day is only the noted fallback
    assert (expected == "fallback") == any("publication day used" in note for note in record.notes)


@pytest.mark.parametrize("text,expected", [
    ("五月十日，国家副主席王岐山在北京会见古巴副主席巴尔德斯。", "2019-05-10"),
    ("二〇一九年五月九日至十一日，古巴副主席巴尔德斯访华。国家副主席王岐山会见巴尔德斯。", "2019-05-09"),
    ("2019-05-10，国家副主席王岐山在北京会见古巴副主席巴尔德斯。", "2019-05-10"),
])
def test_a_chinese_lead_day_in_numerals_or_a_numeric_date(text, expected):
    record = mfa(text, title="王岐山会见古巴副主席", published="2019-05-12", lang="zh")
    assert record.event_date == expected


def test_a_chinese_numeral_before_ri_alone_is_no_day():
    record = mfa("国家副主席王岐山在北京会见古巴副主席巴尔德斯，双方谈到“十日谈”式的对话。",
                 title="王岐山会见古巴副主席", published="2019-05-12", lang="zh")
    assert record.event_date == "2019-05-12" and any("publication day used" in note for note in record.notes)


@pytest.mark.parametrize("lang,text", [
    ("en", "Vice President Han Zheng met with Dominican Foreign Minister Roberto Alvarez in Beijing. Han "
           "said that the joint communique signed in Beijing on May 1, 2018 opened a new chapter."),
    ("zh", "韩正会见多米尼加外长时表示，二〇一八年五月一日两国在北京签署建交联合公报，"
           "开启了两国关系新篇章。"),
])
def test_a_day_of_years_ago_a_speaker_recalls_does_not_date_the_meeting(lang, text):
    record = mfa(text, title="", published="2023-05-10", lang=lang)
    assert record.event_date == "2023-05-10" and any("publication day used" in note for note in record.notes)


def test_a_day_of_years_ago_the_page_states_itself_is_kept():
    """A day far before the printed date but stated as the exchange's (an archive page) stays."""
    record = mfa("On May 10, 2015, Vice President Li Yuanchao met with the Chilean foreign minister in "
                 "Beijing.", title="", published="2023-05-10")
    assert record.event_date == "2015-05-10"


@pytest.mark.parametrize("top", ["（2023年4月14日，北京）", "2023年4月14日 北京",
                                 "北京，二〇二三年四月十四日"])
def test_a_chinese_place_and_date_line_above_the_lead_dates_the_text(top):
    """The Chinese form of a statement's own dateline line ("Brasilia, 17 July 2014")."""
    record = mfa(top + "\n" + BR_ZH, title=BR_ZH_TITLE, published="2023-04-16", lang="zh")
    assert record.event_date == "2023-04-14"


def test_a_date_alone_above_a_chinese_lead_is_no_dateline():
    """Without a place, a date over the lead may be the page's printed date: not the exchange's."""
    record = mfa("2023年4月15日\n" + BR_ZH, title=BR_ZH_TITLE, published="2023-04-16", lang="zh")
    assert record.event_date == "2023-04-16" and any("publication day used" in note for note in record.notes)


@pytest.mark.parametrize("closing,expected", [("Beijing, 14 April 2023", "2023-04-14"), ("", "2023-04-16")])
def test_a_joint_texts_today_is_nowadays(closing, expected):
    """"Today, the world is undergoing profound changes": a joint text's present, not its day."""
    text = ("Today, the world is undergoing profound changes, and China and Brazil, as major developing "
            "countries, share broad common interests.\n" + BR_EN + FILLER_EN + closing)
    record = mfa(text, title=BR_EN_TITLE, published="2023-04-16")
    assert record.event_date == expected


def test_a_joint_texts_today_that_reports_the_exchange_dates_it():
    text = ("Today, President Xi Jinping and President Lula held talks in Beijing and agreed to deepen the "
            "comprehensive strategic partnership.\n" + FILLER_EN)
    record = mfa(text, title=BR_EN_TITLE, published="2023-04-14")
    assert record.event_date == "2023-04-14"
