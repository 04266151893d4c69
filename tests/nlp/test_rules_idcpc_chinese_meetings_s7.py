"""Chinese IDCPC pages of meetings and visits (campaign s7J): self-written releases in the style of the
IDCPC's Chinese pages and their provincial and agency copies; names of parties and people are facts."""

from __future__ import annotations

import pytest

from tests.nlp.nlp_helpers import idcpc

URL = "https://www.idcpc.org.cn/bzhd/wshd/202406/t20240611_1.html"


# --- a stay in China told as a study tour (来华考察) is a field trip (rule 2 before rule 4) ---

@pytest.mark.parametrize(("title", "text"), [
    ("拉美政党干部考察团来华考察",
     "6月3日至10日，由墨西哥、哥伦比亚、秘鲁等国政党领导人组成的拉美政党干部考察团来华考察。考察团赴贵州、四川等地，"
     "了解中国脱贫攻坚和乡村振兴经验。\n中联部副部长陈洲会见考察团。"),
    ("拉美青年政治家代表团来华考察",
     "6月3日至10日，拉美国家青年政治家代表团来华考察，成员来自巴西、阿根廷、墨西哥等国政党青年组织。"
     "代表团在江西、浙江考察了红色教育基地和乡村振兴项目。"),
    ("拉美政黨幹部代表團來華進行考察",
     "6月3日至10日，由巴西、智利、烏拉圭等國政黨幹部組成的代表團來華進行考察，先後到訪浙江、福建。"),
])
def test_stay_named_a_study_tour_is_a_field_trip(title: str, text: str) -> None:
    record = idcpc(text, title=title, published="2024-06-11", lang="zh", url=URL)
    assert record.relevant
    assert record.event_type == "field_trip"
    assert record.content == "knowledge exchange"
    assert record.country == "multilateral"
    assert record.event_date == "2024-06-03"


def test_stay_named_a_study_tour_in_the_lead_is_a_field_trip() -> None:
    record = idcpc("6月3日至10日，委内瑞拉统一社会主义党干部一行来华考察，"
                   "先后到访福建、浙江，了解基层治理经验。",
                   title="委内瑞拉统一社会主义党干部在华活动", published="2024-06-11", lang="zh", url=URL)
    assert record.event_type == "field_trip"
    assert record.country == "Venezuela"


def test_a_plain_stay_that_also_tours_stays_a_received_delegation() -> None:
    """Does not over-fire: 访华 named as the news, with a tour as one of its parts, is the stay."""
    record = idcpc("应中国共产党邀请，智利社会党主席率领的智利社会党代表团于10月15日至22日访华。\n"
                   "访华期间，中联部部长刘建超会见代表团。代表团还赴浙江、广东考察。",
                   title="智利社会党代表团访华", published="2023-10-23", lang="zh", url=URL)
    assert record.event_type == "delegation_received"
    assert record.content == "daily interaction"


# --- a meeting with a group that came to tour (应邀来川考察) is a knowledge exchange (content rule) ---

@pytest.mark.parametrize("lead", [
    "11月11日，省委副书记在成都会见秘鲁政党代表团一行。代表团由秘鲁人民力量党、自由秘鲁党等政党领导人组成，应中联部邀请来川考察。",
    "11月11日，中联部副部长陈洲在京会见应邀来华考察的秘鲁自由秘鲁党代表团。",
    "11月11日，省委書記在長沙會見秘魯自由秘魯黨代表團。代表團應中聯部邀請來湘參觀考察。",
])
def test_meeting_with_a_group_come_to_tour_is_knowledge_exchange(lead: str) -> None:
    record = idcpc(lead + "\n双方就加强交流交换了意见。", title="会见秘鲁政党代表团", published="2024-11-12",
                   lang="zh", url=URL)
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"
    assert record.country == "Peru"
    assert record.event_date == "2024-11-11"


def test_meeting_with_a_visiting_delegation_stays_daily_interaction() -> None:
    """Does not over-fire: a delegation come to visit China (来华访问), met, is a daily interaction."""
    record = idcpc("11月11日，中联部副部长陈洲在京会见来华访问的秘鲁自由秘鲁党代表团。\n"
                   "双方就两党关系交换了意见。",
                   title="陈洲会见秘鲁自由秘鲁党代表团", published="2024-11-12", lang="zh", url=URL)
    assert record.event_type == "meeting"
    assert record.content == "daily interaction"


# --- a headline naming one country as the first of a group (古巴等三国) is no one country's headline ---

@pytest.mark.parametrize(("title", "lead"), [
    ("陈洲会见古巴等三国驻华大使",
     "4月12日，中联部副部长陈洲在京会见古巴、委内瑞拉、尼加拉瓜驻华大使。双方就加强党际交流交换意见。"),
    ("陈洲会见古巴等国驻华大使", "4月12日，中联部副部长陈洲在京会见古巴驻华大使佩雷拉等拉美国家驻华使节。"),
    ("劉建超會見古巴等國政黨領導人",
     "4月12日，中聯部部長劉建超在京會見古巴共產黨、委內瑞拉統一社會主義黨領導人。"),
])
def test_headline_naming_a_group_by_its_first_country_is_multilateral(title: str, lead: str) -> None:
    record = idcpc(lead, title=title, published="2024-04-13", lang="zh", url=URL)
    assert record.country == "multilateral"
    assert record.exchange_type == "multilateral"
    assert "regional" in record.mechanism


def test_headline_naming_a_group_in_english_is_multilateral() -> None:
    record = idcpc("Beijing, April 12th--Chen Zhou, Vice Minister of the IDCPC, met with ambassadors "
                   "to China of Cuba, Venezuela and Nicaragua.",
                   title="Chen Zhou Meets Ambassadors of Cuba and Two Other Countries",
                   published="2024-04-13")
    assert record.country == "multilateral"


@pytest.mark.parametrize(("title", "lead"), [
    ("陈洲会见古巴驻华大使",
     "4月12日，中联部副部长陈洲在京会见古巴驻华大使佩雷拉。双方谈及古巴、委内瑞拉等国形势。"),
    ("陈洲会见古巴等三国驻华大使", "4月12日，中联部副部长陈洲在京会见古巴驻华大使佩雷拉等三国驻华大使。"),
])
def test_one_country_named_stays_that_country(title: str, lead: str) -> None:
    """Does not over-fire: countries only talked about, or a group whose other members the page
    does not name as LAC, leave the one country named as the counterpart's."""
    record = idcpc(lead, title=title, published="2024-04-13", lang="zh", url=URL)
    assert record.country == "Cuba"


# --- an agency's copy of a LAC party delegation's stay or tour in China is a party exchange ---

AGENCY_URL = "http://www.example-people.com.cn/n1/2023/0526/c1002-40000000.html"


@pytest.mark.parametrize(("title", "text", "country"), [
    ("哥斯达黎加政党代表团赴云南考察",
     "人民网昆明5月25日电 5月22日至25日，哥斯达黎加政党代表团在云南考察，参观了普洱茶产业园和边境口岸。"
     "代表团成员来自哥斯达黎加民族解放党、广泛阵线等党。", "Costa Rica"),
    ("古巴共产党干部代表团在广西参访",
     "新华社南宁5月25日电 5月22日至25日，古巴共产党干部代表团在广西参访，了解乡村振兴经验。", "Cuba"),
    ("智利社會黨代表團訪華",
     "智利社會黨主席率領的代表團於5月22日至28日訪華，先後到訪北京、浙江。", "Chile"),
])
def test_agency_copy_of_a_lac_party_delegation_in_china_is_relevant(title: str, text: str,
                                                                    country: str) -> None:
    record = idcpc(text, title=title, published="2023-05-26", lang="zh", url=AGENCY_URL)
    assert record.relevant
    assert record.country == country
    assert record.event_date == "2023-05-22"


@pytest.mark.parametrize(("title", "text"), [
    ("古巴共产党代表团访问越南",
     "新华社河内5月25日电 5月22日至25日，古巴共产党代表团访问越南，同越共领导人会谈。"),
    ("巴西劳工党举行全国代表大会",
     "新华社巴西利亚5月25日电 巴西劳工党22日在巴西利亚举行全国代表大会，选举新一届领导机构。"),
])
def test_agency_copy_of_a_lac_party_elsewhere_is_not_relevant(title: str, text: str) -> None:
    """Does not over-fire: a LAC party's delegation abroad elsewhere, or its own affairs at home."""
    record = idcpc(text, title=title, published="2023-05-26", lang="zh", url=AGENCY_URL)
    assert not record.relevant
