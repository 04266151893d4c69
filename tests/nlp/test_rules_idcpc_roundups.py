"""IDCPC roundups of messages from many senders (campaign T): the page's record lists every LAC
sender, multilateral when they come from two or more LAC countries; a LAC party a non-LAC sender
speaks of is no sender. Self-written releases in the sites' style; names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

FILL = ("The messages spoke highly of the great achievements the CPC has made in leading the Chinese "
        "people, and expressed the belief that the CPC will lead the Chinese people to new victories. ")
ZH_FILL = "贺电高度评价中国共产党领导中国人民取得的伟大成就，表示相信中国人民必将取得新的更大胜利。"


# --- a roundup's message verb in any tense ("continue to send messages", "are sending letters") ---

@pytest.mark.parametrize("lead", [
    "Beijing, October 26th--Foreign political parties and leaders continued to send messages on the "
    "20th CPC National Congress. Below are excerpts.",
    "Beijing, October 26th--Political parties of many countries are sending letters to the CPC on its "
    "20th National Congress. Below are excerpts.",
    "Beijing, October 26th--Parties worldwide send warm messages to the CPC after its congress. "
    "Below are excerpts.",
])
def test_present_tense_message_verb_makes_a_roundup(lead: str) -> None:
    text = (lead + "\n1. The Communist Party of Vietnam said the Congress is of great significance.\n"
            "2. The Farabundo Marti National Liberation Front of El Salvador said it admires the CPC.\n"
            "3. The Lao People's Revolutionary Party extended warm congratulations.\n"
            "4. The Guatemalan National Revolutionary Unity said China's path is of world significance.\n")
    record = idcpc(text, title="Excerpts of foreign messages on CPC congress", published="2022-10-26")
    assert record.relevant
    assert record.country == "multilateral"
    assert record.event_type == "message"
    assert parties(record) == {"Farabundo Martí National Liberation Front",
                               "Guatemalan National Revolutionary Unity"}


def test_present_tense_without_collective_senders_is_no_roundup() -> None:
    """The verb alone does not make a roundup: a headline on one party's meeting stays a meeting."""
    record = idcpc("Beijing, May 8th--Liu Jianchao, head of the IDCPC, met with a delegation of the "
                   "Workers' Party of Brazil on May 8. The guests said they often send letters to the CPC. "
                   "Both sides agreed to deepen exchanges.",
                   title="Liu Jianchao meets Brazilian Workers' Party delegation", published="2023-05-08")
    assert record.country == "Brazil"
    assert record.event_type == "meeting"


# --- the CPC's numbered National Congress is no LAC legislature ---

@pytest.mark.parametrize("title", [
    "Foreign political parties and leaders congratulate CPC on 20th National Congress",
    "Foreign parties congratulate CPC on the 19th National Congress",
    "Foreign leaders send messages on National Congress of the Communist Party of China",
])
def test_cpc_national_congress_in_the_headline_names_no_lac_actor(title: str) -> None:
    """"National Congress" is also the short name of several LAC legislatures (Brazil's, Chile's …);
    numbered or named with the CPC it is the CPC's own: the headline then names no sender, and the
    senders of two LAC countries make a multilateral record."""
    text = ("Beijing, October 25th--Leaders of political parties of many countries have sent messages to "
            "the CPC Central Committee, warmly congratulating the convening of the CPC National Congress.\n"
            "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, said the Congress is of "
            "great significance. " + FILL + "\n"
            "Diosdado Cabello, first vice chairman of the PSUV, said the Congress opens a new chapter. "
            + FILL + "\nGleisi Hoffmann, president of PT, said Brazil's Workers' Party congratulates "
            "the CPC. " + FILL + "\nCyril Ramaphosa, President of the ANC, said the ANC values its "
            "friendship with the CPC. " + FILL)
    record = idcpc(text, title=title, published="2022-10-25")
    assert record.country == "multilateral"
    assert parties(record) == {"United Socialist Party of Venezuela", "Workers' Party (Brazil)"}


def test_brazils_national_congress_is_still_brazils() -> None:
    record = idcpc("Beijing, May 10th--Liu Jianchao, head of the IDCPC, met with a delegation of the "
                   "National Congress of Brazil led by Senator Jaques Wagner. Both sides agreed to deepen "
                   "exchanges.", title="Liu Jianchao meets delegation of Brazil's National Congress")
    assert record.relevant
    assert record.country == "Brazil"


# --- senders of two LAC countries in one paragraph ---

@pytest.mark.parametrize("senders", [
    "The National Directorate of the FSLN said the Congress is a victory for all peoples. The Political "
    "Bureau of the Communist Party of Cuba said the Cuban party salutes the CPC.",
    "The Communist Party of Chile said it admires the CPC. Separately, the Broad Front of Uruguay said "
    "it wishes the CPC further success.",
    "The Workers' Party of Brazil hailed the Congress. The Party of the Democratic Revolution of Mexico "
    "said it looks to the CPC's experience.",
])
def test_one_paragraph_of_senders_from_two_countries_is_multilateral(senders: str) -> None:
    text = ("Beijing, October 25th--Political parties of many countries have sent messages congratulating "
            "the CPC on its 20th National Congress. " + senders + " The Communist Party of Vietnam and the "
            "ANC also sent messages. " + FILL)
    record = idcpc(text, title="Foreign parties congratulate CPC on 20th Congress", published="2022-10-25")
    assert record.relevant
    assert record.country == "multilateral"
    assert record.exchange_type == "multilateral"
    assert record.event_type == "message"
    assert len(parties(record)) == 2


def test_one_paragraph_one_lac_sender_stays_bilateral() -> None:
    text = ("Beijing, October 25th--Political parties of many countries have sent messages congratulating "
            "the CPC on its 20th National Congress. The Communist Party of Vietnam and the Cambodian "
            "People's Party said the Congress is of great significance. The Political Bureau of the "
            "Communist Party of Cuba said the Cuban party salutes the CPC. " + FILL)
    record = idcpc(text, title="Foreign parties congratulate CPC on 20th Congress", published="2022-10-25")
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


# --- a LAC party a non-LAC sender speaks of is no sender ---

NON_LAC_EN = [
    "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam Central Committee, said the "
    "Congress is of great significance. " + FILL,
    "Thongloun Sisoulith, General Secretary of the Lao People's Revolutionary Party Central Committee, "
    "said the Lao party warmly congratulates the CPC. " + FILL,
    "Cyril Ramaphosa, President of the African National Congress of South Africa, said the ANC values "
    "its long friendship with the CPC. " + FILL,
]
LEAD_EN = ("Beijing, October 25th--Leaders of political parties and organizations of many countries have "
           "sent messages to the CPC Central Committee, warmly congratulating the convening of the 20th CPC "
           "National Congress.\n")
TITLE_EN = "Foreign political parties and leaders congratulate CPC on 20th National Congress"


@pytest.mark.parametrize("said", [
    "The Communist Party of the Russian Federation said the CPC's solidarity with the Communist Party of "
    "Cuba is an example. ",
    "The Communist Party of the Russian Federation said it hopes the CPC will keep supporting Cuba "
    "against the blockade. ",
    "Gennady Zyuganov, Chairman of the CPRF, said China's success encourages socialist countries such as "
    "Cuba and Vietnam. ",
])
def test_lac_party_spoken_of_by_an_outside_sender_is_not_relevant(said: str) -> None:
    text = LEAD_EN + "\n".join([NON_LAC_EN[0], said + FILL, *NON_LAC_EN[1:]])
    record = idcpc(text, title=TITLE_EN, published="2022-10-25")
    assert not record.relevant
    assert record.country is None


def test_lac_party_spoken_of_beside_a_lac_sender_is_no_contact() -> None:
    said = ("The Communist Party of the Russian Federation said the CPC's solidarity with the Communist "
            "Party of Cuba is an example. " + FILL)
    brazil = "Gleisi Hoffmann, President of the Workers' Party of Brazil, said the PT learned much. " + FILL
    text = LEAD_EN + "\n".join([NON_LAC_EN[0], said, brazil, *NON_LAC_EN[1:]])
    record = idcpc(text, title=TITLE_EN, published="2022-10-25")
    assert record.relevant
    assert record.country == "Brazil"
    assert parties(record) == {"Workers' Party (Brazil)"}


def test_chinese_outside_sender_speaking_of_a_lac_party_is_not_relevant() -> None:
    text = ("10月16日至22日，中国共产党第二十次全国代表大会在北京召开。"
            "连日来，世界各国政党和政要纷纷致电致函中共中央和习近平总书记，热烈祝贺大会召开。\n"
            "越共中央总书记阮富仲在贺电中表示，中共二十大具有重大历史意义。" + ZH_FILL
            + "\n俄共中央主席久加诺夫在贺信中表示，中国共产党长期支持古巴共产党反对封锁的斗争。" + ZH_FILL
            + "\n老挝人民革命党中央总书记通伦在贺电中表示热烈祝贺。" + ZH_FILL)
    record = idcpc(text, title="外国政党政要纷纷致电致函祝贺中共二十大召开", lang="zh",
                   published="2022-10-25", url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221025_1.html")
    assert not record.relevant


def test_outside_and_lac_co_senders_keep_the_lac_sender() -> None:
    """An entry that opens with a sender outside LAC but names a LAC party as a co-sender (not in
    what was said) is that LAC party's message too."""
    text = LEAD_EN + "\n".join([
        NON_LAC_EN[0],
        "The Communist Party of the Russian Federation and the Communist Party of Cuba sent a joint letter "
        "saying the Congress is of historic significance. " + FILL,
        NON_LAC_EN[2]])
    record = idcpc(text, title=TITLE_EN, published="2022-10-25")
    assert record.relevant
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


# --- the IDCPC's English acronyms of Asian ruling parties (CPV, LPRP, CPP, WPK) name a counterpart
#     outside LAC ---

@pytest.mark.parametrize(("title", "guest"), [
    ("Liu Jianchao meets CPV delegation", "a delegation of the Communist Party of Vietnam"),
    ("Liu Jianchao meets LPRP delegation", "a delegation of the Lao People's Revolutionary Party"),
    ("Liu Jianchao meets CPP delegation", "a delegation of the Cambodian People's Party"),
    ("Liu Jianchao meets WPK delegation", "a delegation of the Workers' Party of Korea"),
])
def test_outside_party_acronym_in_headline_makes_lac_party_a_topic(title: str, guest: str) -> None:
    record = idcpc(f"Beijing, May 8th--Liu Jianchao, head of the IDCPC, met with {guest} on May 8. "
                   "The two sides exchanged views on relations with the Communist Party of Cuba and the "
                   "situation in Latin America. Both sides agreed to deepen exchanges.",
                   title=title, published="2023-05-08")
    assert not record.relevant


def test_outside_party_acronym_beside_a_lac_party_keeps_the_lac_party() -> None:
    record = idcpc("Beijing, April 12th--Liu Jianchao, head of the IDCPC, met separately in Beijing on "
                   "April 12 with a delegation of the CPV and with a delegation of the Communist Party of "
                   "Cuba headed by Emilio Lozada. Both sides agreed to deepen exchanges.",
                   title="Liu Jianchao meets CPV and PCC delegations", published="2023-04-12")
    assert record.relevant
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}


# --- verbs that report a view (pointed out, recalled, hoped, 认为, 希望) make what follows what was said ---

VN_EN = "The Communist Party of Vietnam said the Congress is of great significance. " + FILL
LA_EN = "The Lao People's Revolutionary Party extended warm congratulations. " + FILL


@pytest.mark.parametrize("view", [
    "recalled that the CPC has always supported the Communist Party of Cuba",
    "hoped the CPC and the Communist Party of Cuba will keep working together",
    "pointed out that the CPC stands with the Communist Party of Cuba",
])
def test_outside_sender_reporting_a_view_on_a_lac_party_is_not_relevant(view: str) -> None:
    text = LEAD_EN + "\n".join([VN_EN, f"The Workers' Party of Korea {view}. " + FILL, LA_EN])
    record = idcpc(text, title=TITLE_EN, published="2022-10-28")
    assert not record.relevant


@pytest.mark.parametrize("view", ["认为，中国共产党同古巴共产党的友谊牢不可破",
                                  "希望中国共产党和古巴共产党继续携手前行"])
def test_chinese_outside_sender_reporting_a_view_on_a_lac_party_is_not_relevant(view: str) -> None:
    text = ("中共二十大胜利闭幕后，世界各国政党和政治组织纷纷致电致函中共中央和习近平总书记，表示热烈祝贺。\n"
            "越南共产党在贺电中表示，中共二十大具有重大历史意义。" + ZH_FILL
            + "\n朝鲜劳动党在贺电中" + view + "。" + ZH_FILL
            + "\n老挝人民革命党在贺电中表示热烈祝贺。" + ZH_FILL)
    record = idcpc(text, title="外国政党纷纷致电致函祝贺中共二十大胜利闭幕", lang="zh",
                   published="2022-10-28", url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221028_1.html")
    assert not record.relevant


def test_lac_sender_reporting_a_view_stays_the_sender() -> None:
    text = LEAD_EN + "\n".join([VN_EN, "The Communist Party of Chile recalled that the CPC and the Chilean "
                                "communists have long been friends. " + FILL, LA_EN])
    record = idcpc(text, title=TITLE_EN, published="2022-10-28")
    assert record.country == "Chile"
    assert parties(record) == {"Communist Party of Chile"}


# --- several senders of one country, each in an entry of its own ---

@pytest.mark.parametrize(("entries", "expected"), [
    (["The Workers' Party of Brazil said it congratulates the CPC. ",
      "The Communist Party of Brazil said the Congress is a landmark. "],
     {"Workers' Party (Brazil)", "Communist Party of Brazil"}),
    (["Cuban President Miguel Diaz-Canel said in his message that Cuba admires China's achievements. ",
      "Diaz-Canel, who is also First Secretary of the Communist Party of Cuba Central Committee, added that "
      "the two parties are close comrades. "],
     {"Communist Party of Cuba"}),
    (["The Broad Front of Uruguay said it salutes the CPC. ",
      "The Communist Party of Uruguay said the Congress inspires the left. "],
     {"Broad Front", "Communist Party of Uruguay"}),
])
def test_one_countrys_senders_are_all_contacts_of_the_page_record(entries: list[str],
                                                                  expected: set[str]) -> None:
    text = LEAD_EN + "\n".join([VN_EN, *(e + FILL for e in entries), LA_EN])
    record = idcpc(text, title=TITLE_EN, published="2022-10-28")
    assert record.relevant
    assert record.exchange_type == "bilateral"
    assert parties(record) == expected
    assert "leftist" in record.mechanism


def test_one_countrys_senders_in_chinese() -> None:
    text = ("中共二十大胜利闭幕后，世界各国政党和政治组织纷纷致电致函中共中央和习近平总书记，表示热烈祝贺。\n"
            "越南共产党在贺电中表示，中共二十大具有重大历史意义。" + ZH_FILL
            + "\n巴西劳工党在贺电中表示热烈祝贺。" + ZH_FILL
            + "\n巴西共产党在贺信中表示，大会具有里程碑意义。" + ZH_FILL)
    record = idcpc(text, title="外国政党纷纷致电致函祝贺中共二十大胜利闭幕", lang="zh",
                   published="2022-10-28", url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221028_1.html")
    assert record.country == "Brazil"
    assert parties(record) == {"Workers' Party (Brazil)", "Communist Party of Brazil"}



# --- roundup headlines that say "selected"/"excerpts" (摘登, 选登) or messages "arriving" ---

ZH_ENTRIES = ("\n越南共产党在贺电中表示热烈祝贺。" + ZH_FILL
              + "\n古巴共产党在贺电中表示，古巴同中国站在一起。" + ZH_FILL
              + "\n委内瑞拉统一社会主义党在贺电中表示热烈祝贺。" + ZH_FILL)


@pytest.mark.parametrize("title", ["贺电贺信摘登", "外国政党贺电选登", "中共二十大贺电摘要"])
def test_chinese_excerpts_headline_is_a_roundup(title: str) -> None:
    record = idcpc("中共二十大胜利闭幕后，有关政党发来贺电。" + ZH_ENTRIES, title=title, lang="zh",
                   published="2022-10-26", url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221026_1.html")
    assert record.relevant
    assert record.country == "multilateral"
    assert parties(record) == {"Communist Party of Cuba", "United Socialist Party of Venezuela"}


EN_ENTRIES = ("\nThe Communist Party of Vietnam said the Congress is historic. " + FILL
              + "\nThe Communist Party of Cuba said Cuba stands with China. " + FILL
              + "\nThe United Socialist Party of Venezuela extended warm congratulations. " + FILL)


@pytest.mark.parametrize(("title", "lead"), [
    ("CPC congress draws praise from abroad", "Beijing, October 26th--Messages continue to arrive after the "
     "20th CPC National Congress."),
    ("Selected messages on 20th CPC National Congress",
     "Beijing, October 26th--The following are excerpts of messages to the CPC."),
    ("Praise for CPC congress", "Beijing, October 26th--Messages from parties abroad poured in after the "
     "20th CPC National Congress."),
])
def test_english_roundup_headline_variants(title: str, lead: str) -> None:
    record = idcpc(lead + EN_ENTRIES, title=title, published="2022-10-26")
    assert record.relevant
    assert record.country == "multilateral"
    assert parties(record) == {"Communist Party of Cuba", "United Socialist Party of Venezuela"}


def test_excerpts_of_one_message_stay_that_message() -> None:
    record = idcpc("Beijing, October 26th--Xi Jinping sent a message to Miguel Diaz-Canel, who leads the "
                   "Central Committee of the Communist Party of Cuba as its First Secretary, "
                   "congratulating him on his re-election.\n"
                   "Xi said the CPC values its ties with the Communist Party of Cuba."
                   "\nXi added that the two parties will keep working together.",
                   title="Xi's message to Cuban party leader (excerpts)", published="2022-10-26")
    assert record.country == "Cuba"
    assert record.event_type == "message"
    assert parties(record) == {"Communist Party of Cuba"}


# --- a series headline with no collective word over entries that each quote a message ---

def test_series_headline_over_message_entries_is_a_roundup_zh() -> None:
    text = ("中共二十大胜利闭幕后，有关政党发来贺电。" + ZH_ENTRIES
            + "\n老挝人民革命党在贺电中表示热烈祝贺。" + ZH_FILL)
    record = idcpc(text, title="中共二十大贺电（一）", lang="zh", published="2022-10-26",
                   url="https://www.idcpc.org.cn/bzhd/wshd/202210/t20221026_1.html")
    assert record.country == "multilateral"
    assert parties(record) == {"Communist Party of Cuba", "United Socialist Party of Venezuela"}


def test_series_headline_over_message_entries_is_a_roundup_en() -> None:
    entries = ("\nIn its message, the Communist Party of Vietnam said the centenary is glorious."
               "\nIn its message, the Communist Party of Chile said the CPC is an example."
               "\nIn its message, the Socialist Party of Chile said it hopes for closer ties."
               "\nIn its message, the Colombian Communist Party said it salutes the CPC.")
    record = idcpc("Beijing, July 3rd--More on the CPC centenary." + entries,
                   title="On the CPC centenary (II)", published="2021-07-03")
    assert record.country == "multilateral"
    assert parties(record) == {"Communist Party of Chile", "Socialist Party of Chile",
                               "Colombian Communist Party"}


def test_one_message_quoted_in_three_paragraphs_stays_that_message() -> None:
    record = idcpc("10月20日，习近平致电迪亚斯-卡内尔，祝贺他当选古巴共产党中央第一书记。"
                   "\n习近平在贺电中指出，中古两党友谊深厚。\n习近平在贺电中强调，中方愿同古方加强交流。"
                   "\n习近平在贺电中表示，相信古巴人民必将取得新成就。",
                   title="习近平致电祝贺迪亚斯-卡内尔当选古共中央第一书记", lang="zh", published="2021-04-20",
                   url="https://www.idcpc.org.cn/bzhd/wshd/202104/t20210420_1.html")
    assert record.country == "Cuba"
    assert parties(record) == {"Communist Party of Cuba"}
