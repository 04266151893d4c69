"""Copies whose paragraphs are run together on one line, and copies with page furniture, code as the
release as printed (campaign D). The copies are made by ``bench/transforms.py``'s own transforms.
Self-written releases; names of people, parties and countries are facts."""

from __future__ import annotations

from typing import Any

import pytest

from bench.transforms import TRANSFORMS
from nlp.extract import extract
from nlp.schema import Record
from nlp.text import layout

IDCPC_EN = "https://www.idcpc.org.cn/english/news/202405/t20240511_1.html"
IDCPC_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202405/t20240511_1.html"
MFA_EN = "https://www.fmprc.gov.cn/eng/zxxx/202405/t20240511_1.html"
COPIES = ("one line", "furniture", "furniture, one line")


def page(source: str, title: str, published: str, paragraphs: list[str], lang: str = "en") -> dict[str, Any]:
    url = {"idcpc": IDCPC_ZH if lang == "zh" else IDCPC_EN, "mfa": MFA_EN}[source]
    return {"url": url, "source": source, "lang": lang, "title": title, "published": published,
            "text": "\n".join(paragraphs)}


def coding(rec: Record) -> tuple[object, ...]:
    return (rec.relevant, rec.country, rec.event_type, rec.event_date, rec.content, sorted(rec.mechanism),
            rec.head_of_state_level, sorted({c.party for c in rec.contacts if c.party}))


def copies(doc: dict[str, Any]) -> dict[str, Record]:
    """The page as printed and as each copy: one line, furniture, furniture on one line, and (Chinese)
    one line without blanks."""
    out = {name: extract(TRANSFORMS[name](dict(doc))) for name in ("as stored", *COPIES)}
    if doc["lang"] == "zh":
        out["no blanks"] = extract({**doc, "text": doc["text"].replace("\n", "")})
    return out


def assert_same_as_printed(doc: dict[str, Any]) -> Record:
    records = copies(doc)
    printed = records.pop("as stored")
    for name, rec in records.items():
        assert coding(rec) == coding(printed), name
    return printed


# --- a copy on one line: its later paragraphs' events and days are not the lead's ---------------------------
LATER_EVENT_PAGES = [
    # (source, lang, title, published, paragraphs, event type, day)
    ("idcpc", "en", "CPC Delegation Visits Argentina", "2023-08-25", [
        "A CPC delegation led by Hu Zhaoming, vice minister of the IDCPC, visited Argentina from August 20 "
        "to 24 "
        "at the invitation of the Justicialist Party.",
        "The delegation met with leaders of the Justicialist Party and the Argentine government.",
        "On August 22, the delegation attended a seminar on Chinese modernization in Buenos Aires.",
    ], "delegation_visit_abroad", "2023-08-20"),
    ("idcpc", "en", "Delegation of the Movement for Socialism of Bolivia Visits China", "2024-09-17", [
        "At the invitation of the CPC, a delegation of the Movement for Socialism of Bolivia visited China "
        "from "
        "September 8 to 16.",
        "In Beijing, Liu Jianchao, head of the IDCPC, met with the delegation.",
        "The delegation also visited Sichuan and attended a briefing on rural revitalization.",
    ], "delegation_received", "2024-09-08"),
    ("idcpc", "en", "Liu Jianchao Meets with Bolivian MAS Delegation", "2024-09-11", [
        "Beijing, September 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the Movement for "
        "Socialism of Bolivia.",
        "The two sides exchanged views on party building.",
        "On September 13, the delegation will visit Sichuan province.",
    ], "meeting", "2024-09-10"),
    ("idcpc", "en", "Liu Jianchao Meets with Delegation of Mexico's Morena Party", "2024-03-13", [
        "Beijing, March 12th--Liu Jianchao, head of the IDCPC, met with a delegation of the National "
        "Regeneration Movement of Mexico led by its secretary general Citlalli Hernandez.",
        "Hernandez said Morena wishes to strengthen exchanges with the CPC.",
        "Before the meeting, the delegation attended a theory seminar with scholars on March 11.",
    ], "meeting", "2024-03-12"),
    ("idcpc", "zh", "中共代表团访问阿根廷", "2023-08-25", [
        "应阿根廷正义党邀请，中联部副部长胡兆明率中共代表团于8月20日至24日访问阿根廷。",
        "代表团会见正义党领导人和阿根廷政府官员。",
        "22日，代表团在布宜诺斯艾利斯出席中国式现代化研讨会。",
    ], "delegation_visit_abroad", "2023-08-20"),
    ("idcpc", "zh", "玻利维亚争取社会主义运动代表团访华", "2024-09-17", [
        "应中国共产党邀请，玻利维亚争取社会主义运动代表团于9月8日至16日访华。",
        "在京期间，中联部部长刘建超会见代表团。",
        "代表团还赴四川参观，并出席乡村振兴宣介会。",
    ], "delegation_received", "2024-09-08"),
    ("idcpc", "en", "Liu Jianchao Holds Video Call with PSUV Leader", "2023-03-02", [
        "Beijing, March 1st--Liu Jianchao, head of the IDCPC, held a video call with Diosdado Cabello, first "
        "vice president of the United Socialist Party of Venezuela.",
        "The two sides exchanged views on party-to-party exchanges.",
        "On March 3, the PSUV will hold a seminar on the thought of Hugo Chavez with Chinese scholars.",
    ], "video_call", "2023-03-01"),
]


@pytest.mark.parametrize("source, lang, title, published, paragraphs, kind, day", LATER_EVENT_PAGES)
def test_a_one_line_copy_takes_no_event_or_day_from_its_later_paragraphs(source, lang, title, published,
                                                                         paragraphs, kind, day) -> None:
    printed = assert_same_as_printed(page(source, title, published, paragraphs, lang))
    assert printed.event_type == kind and printed.event_date == day
    assert printed.content == "daily interaction"


def test_a_one_line_copy_of_a_non_lac_meeting_stays_not_relevant() -> None:
    doc = page("mfa", "Wang Yi Meets with Foreign Minister", "2024-05-11", [
        "On May 10, 2024, Foreign Minister Wang Yi met with Spanish Foreign Minister Jose Manuel Albares in "
        "Beijing.",
        "Wang Yi said China and Spain should strengthen cooperation.",
        "Albares said Spain hopes China will play a role in relations with Latin America, and recalled his "
        "visits to Mexico and Argentina.",
    ])
    assert assert_same_as_printed(doc).relevant is False


def test_the_lead_of_a_one_line_copy_is_its_first_sentence() -> None:
    paragraphs = ["Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the "
                  "Communist Party of Cuba.", "The two sides exchanged views on party building.",
                  "On May 13, the delegation will attend a seminar in Shanghai."]
    assert layout(" ".join(paragraphs), None).lead() == paragraphs[0]
    zh = ["5月10日，中联部部长刘建超在京会见古巴共产党代表团。", "双方就党的建设交换意见。",
          "13日，代表团将赴上海出席研讨会。"]
    assert layout(" ".join(zh), None).lead() == zh[0]
    assert layout("".join(zh), None).lead() == zh[0]


def test_a_lead_paragraph_of_several_sentences_stays_whole_when_paragraphs_follow() -> None:
    """Negative: printed with its paragraphs, a lead of three sentences is the lead as it is."""
    lead = ("On May 9, 2024, Vice Foreign Minister Ma Zhaoxu met with Peruvian Foreign Minister Javier "
            "Gonzalez-Olaechea. The two sides exchanged views on bilateral relations. They also discussed "
            "cooperation in trade.")
    assert layout(f"{lead}\nMa said China values its relations with Peru.", None).lead() == lead


def test_a_page_of_one_paragraph_in_two_sentences_keeps_both_in_its_lead() -> None:
    """Negative: a page of one paragraph of two sentences (a visit's context, then the meeting the headline
    names) is read whole, as printed: only a line of three sentences or more is read sentence by sentence."""
    text = ("Havana, May 10 -- At the invitation of the Communist Party of Cuba, a CPC delegation is "
            "visiting Cuba "
            "from May 8 to 12. On May 10, the head of the delegation called on Cuban President Miguel "
            "Diaz-Canel.")
    assert layout(text, None).lead() == text


# --- a short finished Chinese lead is the lead; it does not run on past the next paragraph -------------
def test_a_short_chinese_lead_does_not_take_a_later_paragraphs_seminar() -> None:
    doc = page("idcpc", "中共代表团访问巴西和阿根廷", "2024-09-30", [
        "中联部副部长孙海燕率中共代表团于9月20日至28日访问巴西和阿根廷。",
        "在巴西利亚，代表团会见劳工党领导人，并出席治国理政研讨会。",
        "在布宜诺斯艾利斯，代表团会见正义党领导人。",
        "代表团还参观了中资企业。",
    ], lang="zh")
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "delegation_visit_abroad" and printed.content == "daily interaction"
    assert printed.country == "multilateral"


def test_a_short_chinese_lead_of_a_phone_call_is_not_a_seminar() -> None:
    doc = page("idcpc", "中联部与智利共产党交流", "2024-02-28", [
        "2月27日，中联部部长刘建超同智利共产党主席卡尔莫纳通电话。",
        "双方就党际关系交换意见。",
        "卡尔莫纳将于4月赴京出席社会主义研讨会。",
    ], lang="zh")
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "phone_call" and printed.content == "daily interaction"


def test_a_very_short_chinese_lead_still_runs_on_into_the_next_paragraph() -> None:
    """Negative: a lead shorter than a first sentence can be (a dateline, "X会见古巴客人。") goes on."""
    lay = layout("5月10日，刘建超会见客人。\n客人是古巴共产党中央委员洛萨达率领的代表团，双方交换了意见。\n"
                 "代表团将赴福建参观。", None)
    assert "古巴共产党" in lay.lead()


# --- a trip's legs, a roundup's senders: the sentences of a one-line copy are its paragraphs ---------
def test_a_one_line_copy_of_a_trip_keeps_its_legs() -> None:
    doc = page("idcpc", "CPC Delegation Visits Brazil and Argentina", "2024-09-30", [
        "A CPC delegation led by Sun Haiyan, vice minister of the IDCPC, visited Brazil and Argentina from "
        "September 20 to 28.",
        "In Brasilia, the delegation met with leaders of the Workers' Party and attended a seminar on "
        "governance.",
        "In Buenos Aires, the delegation met with leaders of the Justicialist Party.",
        "The delegation also visited Chinese enterprises.",
    ])
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "delegation_visit_abroad" and printed.country == "multilateral"


def test_a_short_one_line_roundup_keeps_its_lac_sender() -> None:
    """Guard: read by sentences, a one-line roundup's lead no longer names its LAC sender; its entries
    (``nlp.items.units.units_of``) still do."""
    doc = page("idcpc", "Foreign parties congratulate CPC on 20th Congress", "2022-10-25", [
        "Beijing, October 25th--Political parties of many countries have sent messages congratulating the "
        "CPC "
        "on its 20th National Congress.",
        "The Communist Party of Vietnam and the Cambodian People's Party said the Congress is of great "
        "significance.",
        "The Political Bureau of the Communist Party of Cuba said the Cuban party salutes the CPC.",
    ])
    printed = assert_same_as_printed(doc)
    assert printed.relevant is True and printed.country == "Cuba"


# --- event days: a plan, a visit's span in the lead, a signature line, a later day under a dateline ---
def test_a_plan_in_the_lead_does_not_date_the_meeting() -> None:
    """A report of a past meeting whose lead (two sentences: a one-line copy of two paragraphs) goes on to a
    plan: the plan's day is not the meeting's; the dateline's day is (rule 2)."""
    for text in ("Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the Communist "
                 "Party of Cuba. On May 13, the delegation will attend a seminar on party building in "
                 "Shanghai.",
                 "Beijing, May 10th--Sun Haiyan, vice minister of the IDCPC, met with a delegation of the "
                 "Workers' "
                 "Party of Brazil. The delegation will visit Fujian on May 14."):
        rec = extract({"url": IDCPC_EN, "source": "idcpc", "lang": "en", "title": "IDCPC Meets Delegation",
                       "published": "2024-05-11", "text": text})
        assert rec.event_date == "2024-05-10", text


def test_an_announcement_is_still_dated_by_the_day_it_will_start() -> None:
    """Negative: a page that announces its exchange takes the announced day."""
    rec = extract({"url": MFA_EN, "source": "mfa", "lang": "en", "title": "Chilean President to Visit China",
                   "published": "2023-10-13",
                   "text": "Spokesperson Wang Wenbin announced on October 13: At the "
                   "invitation of President Xi Jinping, Chilean President Gabriel Boric will pay a state "
                   "visit to "
                   "China from October 15 to 20, 2023. This is his first visit to China since he took "
                   "office. He "
                   "will attend the Belt and Road Forum."})
    assert rec.event_date == "2023-10-15"


VISIT_THEN_MEETING = [
    ("mfa", "en", "Wang Yi Meets with Foreign Minister of Nicaragua", "2024-06-19", [
        "At the invitation of Foreign Minister Wang Yi, Nicaraguan Foreign Minister Valdrack Jaentschke is "
        "visiting China from June 16 to 20.",
        "On June 18, Wang Yi met with Jaentschke in Beijing.",
        "Wang Yi said China and Nicaragua have achieved fruitful cooperation since resuming diplomatic ties.",
        "Jaentschke said Nicaragua firmly supports the one-China principle.",
    ], "2024-06-18"),
    ("idcpc", "en", "Guo Yezhou Meets Delegation of the Communist Party of Chile", "2023-09-14", [
        "A delegation of the Communist Party of Chile visited China from September 8 to 15 at the "
        "invitation of "
        "the CPC.",
        "On September 13, Guo Yezhou, vice minister of the IDCPC, met with the delegation.",
        "Guo said the CPC is ready to deepen exchanges with the Chilean Communist Party.",
        "The delegation also visited Guangdong province.",
    ], "2023-09-13"),
    ("idcpc", "zh", "郭业洲会见智利共产党代表团", "2023-09-14", [
        "应中国共产党邀请，智利共产党代表团于9月8日至15日访华。",
        "13日，中联部副部长郭业洲会见代表团。",
        "郭业洲表示，中国共产党愿同智利共产党深化交流。",
        "代表团还赴广东参观。",
    ], "2023-09-13"),
    ("mfa", "zh", "王毅会见尼加拉瓜外长", "2024-06-19", [
        "应外交部长王毅邀请，尼加拉瓜外长扬奇克于6月16日至20日访华。",
        "18日，王毅在北京会见扬奇克。",
        "王毅表示，中尼复交以来合作成果丰硕。",
        "扬奇克表示，尼方坚定支持一个中国原则。",
    ], "2024-06-18"),
]


@pytest.mark.parametrize("source, lang, title, published, paragraphs, day", VISIT_THEN_MEETING)
def test_a_meeting_reported_after_a_lead_giving_only_the_visit_is_dated_by_the_meeting(
        source, lang, title, published, paragraphs, day) -> None:
    printed = assert_same_as_printed(page(source, title, published, paragraphs, lang))
    assert printed.event_type == "meeting" and printed.event_date == day


def test_a_visit_page_keeps_the_visits_first_day() -> None:
    """Negative: a page about the visit as a whole is dated by its first day, whatever meeting follows."""
    doc = page("idcpc", "Delegation of the Communist Party of Chile Visits China", "2023-09-16", [
        "A delegation of the Communist Party of Chile visited China from September 8 to 15 at the "
        "invitation of "
        "the CPC.",
        "On September 13, Guo Yezhou, vice minister of the IDCPC, met with the delegation.",
        "The delegation also visited Guangdong province.",
    ])
    assert assert_same_as_printed(doc).event_date == "2023-09-08"


def test_a_one_line_joint_communique_keeps_its_signing_day() -> None:
    """Guard: read by sentences, a one-line joint text's lead no longer reaches its closing line; the
    signature line is found among its sentences."""
    long = ("The two sides agreed to strengthen cooperation in trade, investment, agriculture, energy, "
            "infrastructure, science and technology, education, culture and tourism.")
    doc = page("mfa", "Joint Press Communique between China and Antigua and Barbuda", "2024-02-06", [
        "Prime Minister of Antigua and Barbuda Gaston Browne paid an official visit to China.",
        "The two sides held talks and agreed to deepen cooperation.", long, "Beijing, 5 February 2024"])
    printed = extract(doc)
    stored = extract(TRANSFORMS["one line"](doc))
    assert printed.event_date == stored.event_date == "2024-02-05"


def test_a_later_weekday_still_dates_a_page_without_dateline() -> None:
    """Negative: with no dateline and no day in the lead, a later weekday of the exchange dates it."""
    rec = extract(page("idcpc", "Liu Jianchao Meets with FMLN Leader", "2019-05-10", [
        "Liu Jianchao, head of the IDCPC, met with Oscar Ortiz, secretary general of the Farabundo Marti "
        "National Liberation Front of El Salvador.",
        "Ortiz said the FMLN admires the CPC's achievements.",
        "The two sides met on Thursday in Beijing."]))
    assert rec.event_date == "2019-05-09"


# --- the paragraph after the lead, in a copy on one line, is the sentence after the lead -----------
def test_a_one_line_video_call_is_no_seminar_for_an_online_seminar_its_last_paragraph_recalls() -> None:
    doc = page("idcpc", "Liu Jianchao Holds Video Talks with PSUV Vice President", "2022-05-12", [
        "Beijing, May 11th--Liu Jianchao, head of the IDCPC, held talks via video link with Diosdado "
        "Cabello, first vice president of the United Socialist Party of Venezuela.",
        "The two sides exchanged views on party relations and the fight against the pandemic.",
        "Cabello said the PSUV supports the Global Development Initiative.",
        "Earlier, the IDCPC held an online seminar with political parties of Latin American countries on "
        "poverty reduction."])
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "video_call" and printed.content == "daily interaction"


def test_a_one_line_online_meeting_whose_next_sentence_names_the_many_parties_is_still_a_seminar() -> None:
    """Negative: the sentence right after a one-line copy's lead is still read as the paragraph after it."""
    doc = page("idcpc", "IDCPC Holds Virtual Meeting on Green Development", "2023-10-12", [
        "Beijing, October 10th--The IDCPC held a video conference today with the Communist Party of Cuba and "
        "the United Socialist Party of Venezuela on green development.",
        "Party representatives from 12 countries of the region took part.",
        "The participants exchanged views on the energy transition.",
        "They agreed to meet again next year."])
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "seminar" and printed.content == "knowledge exchange"


# --- a short first sentence after the furniture of a one-line copy runs on; it is not dropped --------------
@pytest.mark.parametrize("lead, day", [
    ("On March 20, Wang Yi met with Alberto van Klaveren.", "2024-03-20"),
    ("On March 19, Wang Yi met with Chile's foreign minister.", "2024-03-19"),
])
def test_a_short_lead_sentence_after_one_line_furniture_is_the_lead(lead: str, day: str) -> None:
    doc = page("mfa", "Wang Yi Meets with Chilean Foreign Minister", "2024-03-21", [
        lead, "They exchanged views.",
        "On March 22, van Klaveren will attend a forum in Shanghai on green development and trade.",
        "The Chilean ambassador to China was present."])
    printed = assert_same_as_printed(doc)
    assert printed.event_date == day and printed.country == "Chile"


def test_a_caption_part_after_one_line_furniture_is_still_passed_over() -> None:
    """Negative: the short part after a one-line copy's menu that is a photo caption (图为…) is no lead (its
    photographer's credit, "（本网记者 摄）", stays glued to the lead sentence, as it was)."""
    text = TRANSFORMS["furniture, one line"]({"lang": "zh", "published": "2024-05-11", "text": "\n".join([
        "5月10日，外交部长王毅在北京会见秘鲁外长冈萨雷斯。", "王毅表示，中秘全面战略伙伴关系不断深化。",
        "冈萨雷斯表示，秘方期待主办好亚太经合组织会议。", "同日，国家副主席韩正也会见了冈萨雷斯。"])})["text"]
    lead = layout(text, None).lead()
    assert lead.endswith("5月10日，外交部长王毅在北京会见秘鲁外长冈萨雷斯。") and "图为" not in lead


def test_a_meeting_after_a_visit_lead_is_the_headline_principals_not_an_earlier_one() -> None:
    doc = page("mfa", "Wang Yi Meets with Foreign Minister of Nicaragua", "2024-06-19", [
        "At the invitation of Foreign Minister Wang Yi, Nicaraguan Foreign Minister Valdrack Jaentschke is "
        "visiting China from June 16 to 20.",
        "On June 17, Vice President Han Zheng met with Jaentschke.",
        "On June 18, Wang Yi met with Jaentschke in Beijing.",
        "Wang Yi said China and Nicaragua have achieved fruitful cooperation since resuming ties."])
    assert assert_same_as_printed(doc).event_date == "2024-06-18"


@pytest.mark.parametrize("meeting", [
    "The head of the delegation called on Cuban President Miguel Diaz-Canel on Wednesday.",
    "On May 10, the head of the delegation called on Cuban President Miguel Diaz-Canel.",
    "On May 10, the head of the delegation paid a courtesy call on Cuban President Miguel Diaz-Canel.",
])
def test_a_courtesy_call_after_a_visit_lead_is_dated_by_the_call(meeting: str) -> None:
    """"Called on" and "paid a courtesy call" are the text's past-tense words for the headline's meeting
    (cue headline_meeting): the day of their sentence dates it, not the visit's first day."""
    doc = page("idcpc", "CPC Delegation Calls on Cuban President", "2023-05-10", [
        "HAVANA, May 10 (Xinhua) -- A CPC delegation is visiting Cuba from May 8 to 12 at the invitation of "
        "the Communist Party of Cuba.", meeting, "The two sides exchanged views on party relations."])
    printed = assert_same_as_printed(doc)
    assert printed.event_type == "meeting" and printed.event_date == "2023-05-10"


def test_a_lead_paragraph_followed_by_quoted_paragraphs_stays_whole() -> None:
    """Negative: paragraphs after the lead that end with a closing quotation mark are paragraphs: the
    report goes on after the lead's line, so the lead paragraph is not read by sentences."""
    lead = ("5月10日，中联部部长刘建超在京会见古巴共产党代表团。双方就两党关系交换意见。"
            "代表团团长莫拉莱斯在座。")
    text = f"{lead}\n刘建超说：“中古两党是亲密同志。”\n莫拉莱斯说：“古共愿同中国共产党加强交流。”"
    assert layout(text, None).lead() == lead
