"""IDCPC pages where LAC parties praise, hail or mourn with the CPC about its own events (campaign C):
a page headlined on many parties' praise of the CPC's congress, plenary session or anniversary is a
roundup of their congratulations, each sender's praise a message, whatever word (letter, statement,
or none) each entry uses; a LAC name in what an outside sender said is no sender. Self-written
releases in the sites' style; names of parties and people are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.extract import extract_items

URL_ZH = "https://www.idcpc.org.cn/bzhd/wshd/202111/t20211120_1.html"
AGENCY_EN = "http://www.example-agency.com/2021-11/18/c_1128077.htm"


# --- praise of the CPC's event by many parties: a roundup, each entry a message ---

@pytest.mark.parametrize(("title", "lead"), [
    ("Foreign parties speak highly of CPC centenary",
     "Political parties of various countries have spoken highly of the 100th anniversary of the CPC."),
    ("Foreign party leaders hail CPC's historic resolution",
     "Leaders of political parties abroad have hailed the resolution adopted by the CPC Central Committee."),
    ("Political parties of many countries commend 20th CPC National Congress",
     "Parties in many countries have commended the success of the 20th National Congress of the CPC."),
    ("Foreign political leaders acclaim CPC plenary session",
     "Political leaders of many countries have acclaimed the Sixth Plenary Session of the 19th CPC "
     "Central Committee."),
    ("Foreign party leaders highly appreciate CPC's century of achievements",
     "Leaders of foreign political parties have highly appreciated the achievements of the CPC."),
    ("Foreign parties positively assess CPC plenary session",
     "Political parties of various countries have spoken positively of the plenary session of the CPC."),
])
def test_praise_headline_one_lac_sender_is_that_countrys_message(title: str, lead: str) -> None:
    text = (lead + "\n"
            "The Communist Party of Argentina issued a statement, saying the CPC has led China to "
            "historic achievements that encourage progressive forces.\n"
            "The Communist Party of India said the path of the CPC deserves close study.\n"
            "The Workers' Party of Korea said it treasures its traditional friendship with the CPC.")
    record = idcpc(text, title=title, published="2021-11-20")
    assert record.relevant
    assert record.country == "Argentina"
    assert record.event_type == "message"
    assert record.content == "daily interaction"
    assert sorted(record.mechanism) == ["bilateral", "leftist"]
    assert parties(record) == {"Communist Party of Argentina"}


@pytest.mark.parametrize("title", ["外国政党政要高度评价中共十九届六中全会", "多国政党盛赞中共十九届六中全会",
                                   "外国政党政要积极评价中共十九届六中全会"])
def test_chinese_praise_headline_with_statements_only_is_a_message(title: str) -> None:
    """No entry names a letter: the page's own coding finds the one LAC sender's country, and the
    roundup gives it the entries' type (every entry of a roundup is a message)."""
    text = ("联络动态\n作者:\n近日，多国政党政要纷纷对中共十九届六中全会作出积极评价。\n"
            "秘鲁共产党（红色祖国）总书记表示，全会通过的历史决议对世界社会主义运动具有重要意义。\n"
            "印度共产党表示，中共百年奋斗的历史经验值得认真研究。\n"
            "日本共产党有关人士也表示，全会引人关注。")
    record = idcpc(text, title=title, lang="zh", url=URL_ZH, published="2021-11-20")
    assert record.relevant
    assert record.country == "Peru"
    assert record.event_type == "message"
    assert record.content == "daily interaction"
    assert "leftist" in record.mechanism


def test_praise_headline_several_lac_senders_is_multilateral_regional() -> None:
    text = (" date 2021-11-18\nHome | China | World | Business\n"
            "Foreign political leaders acclaim CPC's historical resolution\n"
            "Source: Xinhua | 2021-11-18 10:12:31 | Editor: huaxia\n"
            "BEIJING, Nov. 18 (Xinhua) -- Political leaders of many countries have acclaimed the resolution "
            "on the Party's century-long history adopted by the CPC Central Committee.\n"
            "Guillermo Teillier, president of the Communist Party of Chile, said the resolution shows the "
            "vitality of socialism with Chinese characteristics.\n"
            "Fernando Pereira, president of Uruguay's Broad Front, said the CPC's history offers lessons to "
            "the left.\n"
            "Pakistani senator Mushahid Hussain Sayed said the resolution is a historic document.")
    record = idcpc(text, title="Foreign political leaders acclaim CPC's historical resolution",
                   url=AGENCY_EN, published="2021-11-18")
    assert record.relevant
    assert record.country == "multilateral"
    assert record.event_type == "message"
    assert sorted(record.mechanism) == ["leftist", "regional"]
    assert parties(record) == {"Communist Party of Chile", "Broad Front"}


def test_entries_that_each_sent_a_message_make_a_roundup_under_an_event_headline() -> None:
    """'sent a message' and 'in a letter to the CPC' are two entries quoting messages: the page of many
    senders whose headline names only the CPC's event is a roundup of them."""
    text = (" date 2021-11-13\nGlobal views: CPC's sixth plenary session\nUpdated 21:05, 13-Nov-2021\nCGTN\n"
            "The sixth plenary session of the 19th CPC Central Committee has drawn attention worldwide.\n"
            "Gleisi Hoffmann, president of Brazil's Workers' Party, said in a letter to the CPC that the "
            "resolution sums up a century of struggle.\n"
            "Luis Arce, leader of Bolivia's Movement for Socialism, sent a message praising the session.\n"
            "A Russian party leader said the session will have a profound impact.")
    record = idcpc(text, title="Global views: CPC's sixth plenary session", url=AGENCY_EN,
                   published="2021-11-13")
    assert record.relevant
    assert record.country == "multilateral"
    assert record.event_type == "message"
    assert parties(record) == {"Workers' Party (Brazil)", "Movement for Socialism (Bolivia)"}


# --- negatives: no LAC sender; LAC countries in what an outside sender said; a commentary ---

def test_praise_roundup_with_lac_countries_only_in_an_outside_senders_words_is_not_relevant() -> None:
    """"including Brazil and Mexico" inside what the Vietnamese party said is a list of topics, not
    a list of senders."""
    text = ("Political parties of many countries have spoken highly of the Third Plenary Session of the "
            "20th CPC Central Committee.\n"
            "The Communist Party of Vietnam said China's reform offers experience to developing countries "
            "in Asia and in Latin America, including Brazil and Mexico.\n"
            "The Nepali Congress said the session is of great significance.")
    records = extract_items({"url": "https://www.idcpc.org.cn/english/news/202407/t20240726_1.html",
                             "source": "idcpc", "lang": "en", "published": "2024-07-26", "text": text,
                             "title": "Foreign parties speak highly of CPC plenary session"})
    assert not records[0].relevant
    assert all(not r.relevant for r in records)


def test_praise_roundup_without_lac_senders_is_not_relevant() -> None:
    text = ("连日来，多国政党政要积极评价中共二十届三中全会。\n"
            "越共中央总书记表示，全会对中国改革发展具有重要意义。\n"
            "老挝人民革命党表示，愿同中共加强治国理政经验交流。")
    record = idcpc(text, title="外国政党政要积极评价中共二十届三中全会", lang="zh", url=URL_ZH,
                   published="2024-07-25")
    assert not record.relevant


@pytest.mark.parametrize("title", ["Commentary: Foreign parties hail CPC's path",
                                   "Opinion: World parties praise the CPC"])
def test_a_commentary_headline_is_no_roundup_of_praise(title: str) -> None:
    """A commentary reports no exchange (not_exchange_headline), also when it quotes parties' praise."""
    text = ("The CPC's exchanges with parties of Latin America have grown closer.\n"
            "The Communist Party of Cuba has praised the CPC's governance.\n"
            "Brazil's Workers' Party has spoken highly of China's development.")
    record = idcpc(text, title=title, url=AGENCY_EN, published="2021-07-01")
    assert not record.relevant


# --- another party's general secretary, politburo or committee is not the CPC side ---

AGENCY_ZH = "http://www.example-agency.com/2021-04/17/c_1127341.htm"


@pytest.mark.parametrize(("title", "text", "url"), [
    ("越共中央总书记致电祝贺古共八大开幕",
     "4月16日，越共中央总书记阮富仲致电古巴共产党中央第一书记劳尔·卡斯特罗，祝贺古共八大开幕。", URL_ZH),
    ("越共中央总书记阮富仲致电祝贺古共八大开幕",
     "新华社河内4月16日电 越共中央总书记阮富仲16日致电古巴共产党中央第一书记，祝贺古共八大开幕。", AGENCY_ZH),
    ("老挝人民革命党中央政治局委员会见古巴共产党代表团",
     "新华社万象4月16日电 老挝人民革命党中央政治局委员16日在万象会见古巴共产党代表团。", AGENCY_ZH),
    ("CPV Politburo member meets Cuban party delegation",
     "HANOI, April 16 (Xinhua) -- A Politburo member of the Communist Party of Vietnam on Friday met with "
     "a delegation of the Communist Party of Cuba in Hanoi.", AGENCY_EN),
])
def test_another_partys_organ_is_no_cpc_side(title: str, text: str, url: str) -> None:
    """A LAC party's exchange with a party outside LAC, whose general secretary or politburo the page
    names, is no exchange of the CPC (relevance: the CPC must be a side)."""
    lang = "en" if title.isascii() else "zh"
    record = idcpc(text, title=title, lang=lang, url=url, published="2021-04-17")
    assert not record.relevant


@pytest.mark.parametrize(("title", "text"), [
    ("习近平致电祝贺古共八大开幕",
     "新华社北京4月16日电 中共中央总书记、国家主席习近平16日致电劳尔·卡斯特罗，"
     "祝贺古巴共产党第八次代表大会开幕。"),
    ("习近平总书记复信古共中央第一书记",
     "新华社北京4月30日电 习近平总书记近日复信古巴共产党中央第一书记迪亚斯-卡内尔。"),
    ("古巴共产党代表团访问四川",
     "新华社成都4月16日电 古巴共产党代表团16日在成都会见四川省委书记，双方就加强交流合作交换意见。"),
])
def test_the_cpcs_own_organs_stay_the_cpc_side(title: str, text: str) -> None:
    record = idcpc(text, title=title, lang="zh", url=AGENCY_ZH, published="2021-04-17")
    assert record.relevant
    assert record.country == "Cuba"


# --- an ambassador who shares a party official's name is the ambassador ---

def test_an_ambassador_sharing_a_party_officials_name_is_no_cpc_side() -> None:
    text = (" date 2022-07-20\nHome | China | World\nNicaragua marks anniversary of Sandinista revolution\n"
            "MANAGUA, July 19 (Xinhua) -- Nicaragua on Tuesday marked the 43rd anniversary of the Sandinista "
            "revolution with a rally led by Daniel Ortega of the Sandinista National Liberation Front.\n"
            "Chinese Ambassador to Nicaragua Chen Xi attended the celebration.")
    record = idcpc(text, title="Nicaragua marks anniversary of Sandinista revolution",
                   url="http://www.example-agency.com/2022-07/20/c_1128850.htm", published="2022-07-20")
    assert not record.relevant


def test_the_party_official_named_without_an_ambassadors_office_is_the_cpc_side() -> None:
    text = ("BEIJING, June 10 (Xinhua) -- Chen Xi met with a delegation of the Sandinista National "
            "Liberation Front of Nicaragua in Beijing on Monday.")
    record = idcpc(text, title="Chen Xi meets Nicaraguan party delegation",
                   url="http://www.example-agency.com/2019-06/10/c_1124610.htm", published="2019-06-10")
    assert record.relevant
    assert record.country == "Nicaragua"


@pytest.mark.parametrize("lead", [
    "BEIJING, July 2 (Xinhua) -- Praise has poured in from political parties around the world as the CPC "
    "celebrated its centenary.",
    "BEIJING, July 2 (Xinhua) -- Parties all over the world have hailed the CPC as it celebrated its "
    "centenary.",
])
def test_many_senders_around_the_world_in_the_lead_make_a_roundup(lead: str) -> None:
    """A headline with no collective word ("Praise pours in for CPC"): the lead's parties "around the
    world" are the many senders, each a message."""
    text = (lead + "\nThe Communist Party of Brazil said the CPC has written a glorious chapter in history.\n"
            "The Indonesian Democratic Party of Struggle said the CPC's achievements are remarkable.")
    record = idcpc(text, title="Praise pours in for CPC on centenary",
                   url="http://www.example-agency.com/2021-07/02/c_1127615.htm", published="2021-07-02")
    assert record.relevant
    assert record.country == "Brazil"
    assert record.event_type == "message"
    assert parties(record) == {"Communist Party of Brazil"}


# --- a message headlined on a party described by its country ---

@pytest.mark.parametrize("title", ["Cuban party leaders send condolences to CPC over Jiang Zemin's death",
                                   "Cuban party mourns Jiang Zemin"])
def test_a_party_described_by_its_country_is_the_one_its_message_names(title: str) -> None:
    """"Cuban party leaders" names the party by description; the message names it in what it said
    ("the Communist Party of Cuba and the Cuban people received the sad news"): that party sent it."""
    text = ("On December 1, Raul Castro Ruz and Miguel Diaz-Canel Bermudez sent a message of condolence to "
            "the Central Committee of the Communist Party of China and General Secretary Xi Jinping over the "
            "passing of Comrade Jiang Zemin.\n"
            "The message said that the Communist Party of Cuba and the Cuban people received the sad news "
            "with deep grief.")
    record = idcpc(text, title=title, published="2022-12-05")
    assert record.relevant
    assert record.country == "Cuba"
    assert record.event_type == "message"
    assert parties(record) == {"Communist Party of Cuba"}
    assert sorted(record.mechanism) == ["bilateral", "leftist"]


def test_a_described_party_stays_open_when_the_message_speaks_of_two_of_its_countrys_parties() -> None:
    """"Venezuelan party leaders" with two Venezuelan parties in what the message said: which one sent
    it the page does not say."""
    text = ("On December 1, Venezuelan party leaders sent a message of condolence to the Central Committee "
            "of the Communist Party of China over the passing of Comrade Jiang Zemin.\n"
            "The message said that the United Socialist Party of Venezuela and the Communist Party of "
            "Venezuela remember his friendship with the Venezuelan people.")
    record = idcpc(text, title="Venezuelan party leaders mourn Jiang Zemin", published="2022-12-05")
    assert record.relevant
    assert record.country == "Venezuela"
    assert parties(record) == set()


# --- mourning is a condolence: a roundup of it, each entry a message ---

@pytest.mark.parametrize("lead", [
    "Leaders of political parties in many countries have mourned the passing of Comrade Jiang Zemin.",
    "Political parties of many countries are grieving over the death of Comrade Jiang Zemin.",
])
def test_foreign_parties_mourning_a_cpc_leader_is_a_roundup_of_condolences(lead: str) -> None:
    text = (lead + "\nThe Communist Party of Cuba said Jiang Zemin was a great friend of the Cuban people.\n"
            "The Communist Party of Vietnam said his death is a great loss.\n"
            "The Lao People's Revolutionary Party expressed deep sorrow.")
    record = idcpc(text, title="Foreign parties mourn Jiang Zemin", published="2022-12-03")
    assert record.relevant
    assert record.country == "Cuba"
    assert record.event_type == "message"
    assert parties(record) == {"Communist Party of Cuba"}


@pytest.mark.parametrize("title", ["外国政党政要深切悼念江泽民同志", "多国政党沉痛哀悼江泽民同志逝世"])
def test_chinese_mourning_roundup_is_a_message(title: str) -> None:
    text = ("江泽民同志逝世后，多国政党政要深切悼念。\n"
            "委内瑞拉统一社会主义党表示，江泽民同志是委内瑞拉人民的伟大朋友。\n"
            "越共中央总书记表示，江泽民同志的逝世是巨大损失。\n"
            "老挝人民革命党表示沉痛哀悼。")
    record = idcpc(text, title=title, lang="zh", url=URL_ZH, published="2022-12-03")
    assert record.relevant
    assert record.country == "Venezuela"
    assert record.event_type == "message"
    assert parties(record) == {"United Socialist Party of Venezuela"}


def test_world_leaders_mourning_a_lac_leader_on_an_agency_copy_is_no_cpc_exchange() -> None:
    text = ("HAVANA, Nov. 26 (Xinhua) -- Leaders of many countries have mourned the death of former Cuban "
            "leader Fidel Castro.\n"
            "Russian President Vladimir Putin said Castro was a sincere friend of Russia.\n"
            "Vietnamese leaders expressed deep sorrow.")
    record = idcpc(text, title="World leaders mourn Fidel Castro",
                   url="http://www.example-agency.com/2016-11/27/c_1119995.htm", published="2016-11-27")
    assert not record.relevant


def test_attending_a_memorial_ceremony_stays_the_ceremony() -> None:
    """A CPC official at a memorial held by a LAC embassy attends an event (attend_event): the mourning
    words do not make it a message."""
    text = "11月28日，中联部副部长出席古巴驻华使馆举行的菲德尔·卡斯特罗同志悼念仪式，并在吊唁簿上留言。"
    record = idcpc(text, title="中联部副部长出席菲德尔·卡斯特罗同志悼念仪式", lang="zh", url=URL_ZH,
                   published="2016-11-29")
    assert record.relevant
    assert record.country == "Cuba"
    assert record.event_type == "other"


# --- the party a message speaks for is its sender, not a topic ---

def test_the_party_that_mourns_in_the_message_is_the_sender() -> None:
    text = ("Leaders of foreign political parties and countries have sent messages of condolence to the CPC "
            "Central Committee over the passing of Comrade Jiang Zemin.\n"
            "Raul Castro Ruz and Miguel Diaz-Canel Bermudez said in their message that the Communist "
            "Party of Cuba and the Cuban people mourn the loss of a great friend.\n"
            "Daniel Ortega, General Secretary of the Sandinista National Liberation Front, expressed his "
            "deep condolences.\n"
            "Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, said Jiang Zemin made "
            "important contributions to Vietnam-China relations.")
    record = idcpc(text, title="Foreign leaders mourn Jiang Zemin", published="2022-12-02")
    assert record.country == "multilateral"
    assert parties(record) == {"Communist Party of Cuba", "Sandinista National Liberation Front"}
    assert sorted(record.mechanism) == ["leftist", "regional"]


@pytest.mark.parametrize("sentence", [
    "The message said that on behalf of the Broad Front, Pereira extends warm congratulations to the CPC.",
    "Pereira said in the letter that the Broad Front salutes the CPC on its centenary.",
    "Pereira wrote that the Broad Front and the Uruguayan left extend their warmest congratulations.",
])
def test_the_party_a_letter_speaks_for_is_its_sender(sentence: str) -> None:
    text = ("On July 1, Fernando Pereira sent a letter to the CPC Central Committee on the 100th anniversary "
            "of the founding of the CPC.\n" + sentence)
    record = idcpc(text, title="Uruguayan leader congratulates CPC on centenary", published="2021-07-02")
    assert record.relevant
    assert record.country == "Uruguay"
    assert parties(record) == {"Broad Front"}


def test_a_party_an_outside_sender_speaks_of_stays_a_topic() -> None:
    text = ("Political parties of many countries have sent messages to the CPC on its centenary.\n"
            "The Communist Party of Vietnam said in its message that the Communist Party of Cuba has fought "
            "bravely against the blockade, as the CPC has fought for China's development.\n"
            "The Lao People's Revolutionary Party said the CPC's century is glorious.")
    record = idcpc(text, title="Foreign parties congratulate CPC on centenary", published="2021-07-02")
    assert not record.relevant


@pytest.mark.parametrize(("title", "lead"), [
    ("Foreign envoys hail CPC centenary at IDCPC reception",
     "The IDCPC held a reception in Beijing on June 28 for foreign diplomats to celebrate the centenary of "
     "the CPC."),
    ("Foreign guests praise CPC achievements",
     "Foreign guests praised the achievements of the CPC at a reception hosted by the IDCPC in Beijing on "
     "June 28."),
])
def test_praise_spoken_at_a_gathering_is_no_roundup_of_messages(title: str, lead: str) -> None:
    """The praise is what guests said at the gathering the page reports: no message of a roundup."""
    text = (lead + "\nCuban Ambassador Carlos Miguel Pereira said the CPC has led China to historic "
            "achievements.\nVietnamese Ambassador Pham Sao Mai said the CPC's experience is valuable.")
    record = idcpc(text, title=title, published="2021-06-29")
    assert record.event_type != "message"
