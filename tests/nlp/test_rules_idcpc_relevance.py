"""IDCPC relevance and who the sides are: the CPC side in the forms agency copies name it, a LAC
head named with his country only as the place, the region's parts (Central and South America, the
Caribbean) as the counterpart, and events named for China and the region. Self-written releases in
the sites' style (codebook: relevant when the release reports an exchange between the CPC/IDCPC and
actors of a LAC country or a LAC regional body)."""

from __future__ import annotations

import pytest

from tests.nlp.nlp_helpers import idcpc, parties

AGENCY = "http://www.example-agency.com/2019-05/10/c_1124478001.htm"
MENU = "Home | China | World | Business\nEditor: Li Na\n"


def _agency(body: str, title: str, lang: str = "en", published: str = "2019-05-10"):
    return idcpc(f" date {published}\n{MENU}{body}", title=title, lang=lang, published=published,
                 url=AGENCY)


# ---------------------------------------------------------------- the CPC side on agency copies

@pytest.mark.parametrize("title, body, country", [
    ("Chinese party delegation visits Cuba",
     "HAVANA, May 9 (Xinhua) -- A Chinese party delegation arrived in Havana on Thursday for a four-day "
     "visit at the invitation of the Communist Party of Cuba.", "Cuba"),
    ("Yunnan leader meets Bolivian communists",
     "KUNMING, May 9 (Xinhua) -- Chen Hao, Party chief of southwest China's Yunnan Province, met here on "
     "Thursday with a delegation of the Communist Party of Bolivia.", "Bolivia"),
    ("Zhejiang leader meets Brazilian Workers' Party delegation",
     "HANGZHOU, May 9 (Xinhua) -- The Party chief of east China's Zhejiang Province, Che Jun, met on "
     "Thursday with a delegation of the Workers' Party of Brazil.", "Brazil"),
    ("Chongqing leader meets Uruguayan communists",
     "CHONGQING, May 9 (Xinhua) -- Chongqing's Party chief Chen Min'er met on Thursday with a delegation "
     "of the Communist Party of Uruguay.", "Uruguay"),
])
def test_the_cpc_side_named_as_a_chinese_party_delegation_or_a_provinces_party_chief(title, body, country):
    record = _agency(body, title)
    assert record.relevant and record.country == country


def test_a_state_exchange_with_no_party_side_stays_not_relevant():
    record = _agency("BEIJING, May 9 (Xinhua) -- Chinese Vice Premier Hu Chunhua met here Thursday with "
                     "Cuban Vice President Salvador Valdes Mesa on trade cooperation.",
                     "Chinese vice premier meets Cuban vice president")
    assert not record.relevant


# ---------------------------------------------------------------- a head named, his country only the place

@pytest.mark.parametrize("kwargs, country", [
    ({"title": "Liu Jianchao Meets with Diaz-Canel", "published": "2023-05-10",
      "text": "Liu Jianchao, head of the IDCPC, met with President Diaz-Canel in Havana on May 9."}, "Cuba"),
    ({"title": "刘建超会见迪亚斯-卡内尔", "published": "2023-05-10", "lang": "zh",
      "text": "5月9日，中联部部长刘建超在哈瓦那会见迪亚斯-卡内尔。"}, "Cuba"),
    ({"title": "Maduro receives CPC delegation", "url": AGENCY,
      "text": " date 2019-05-10\nCARACAS, May 9 (Xinhua) -- President Nicolas Maduro on Thursday received a "
              "delegation of the Communist Party of China."}, "Venezuela"),
    ({"title": "Lula receives CPC delegation", "published": "2023-09-15", "url": AGENCY,
      "text": " date 2023-09-15\nBRASILIA, Sept. 14 (Xinhua) -- President Lula on Thursday received a "
              "delegation of the Communist Party of China led by Li Xi."}, "Brazil"),
])
def test_a_lac_head_in_office_is_an_actor_when_his_country_is_named_only_as_the_place(kwargs, country):
    record = idcpc(**kwargs)
    assert record.relevant and record.country == country and record.exchange_type == "bilateral"


def test_a_lac_capital_with_a_counterpart_from_elsewhere_stays_a_place():
    record = idcpc("On May 9, Song Tao, head of the IDCPC, met in Brasilia with Gwede Mantashe, national "
                   "chairperson of the African National Congress of South Africa.",
                   title="Song Tao Meets ANC Leader in Brasilia")
    assert not record.relevant


# ---------------------------------------------------------------- parts of the region as the counterpart

@pytest.mark.parametrize("title, text, lang", [
    ("Guo Yezhou Meets with Delegation of Central American Parties",
     "On May 9, Guo Yezhou, vice minister of the IDCPC, met with a delegation of Central American countries' "
     "parties visiting China.", "en"),
    ("Liu Jianchao Meets with Delegation of Parties from Central America",
     "On May 9, Liu Jianchao, head of the IDCPC, met with a delegation of parties from Central "
     "America.", "en"),
    ("Qian Hongshan Meets with South American Political Party Leaders",
     "On May 9, Qian Hongshan, vice minister of the IDCPC, met with a group of South American political "
     "parties' leaders in Beijing.", "en"),
    ("IDCPC Briefs Political Parties of the Caribbean",
     "On May 9, the IDCPC held a virtual briefing for political parties of the Caribbean.", "en"),
    ("中联部副部长会见中美洲国家政党代表团", "5月9日，中联部副部长在京会见中美洲国家政党代表团。", "zh"),
    ("中联部部长同南美洲左翼政党领导人视频会谈",
     "5月9日，中联部部长同南美洲左翼政党领导人举行视频会谈。", "zh"),
])
def test_parties_of_central_or_south_america_or_the_caribbean_are_a_regional_counterpart(title, text, lang):
    record = idcpc(text, title=title, lang=lang)
    assert record.relevant and record.country == "multilateral"
    assert "regional" in record.mechanism


def test_one_caribbean_party_is_its_countrys_not_the_regions():
    title = "Senior CPC official meets Caribbean party delegation"
    record = _agency("BEIJING, May 9 (Xinhua) -- A senior CPC official met on Thursday with a delegation "
                     "of the Jamaica Labour Party led by its general secretary.", title)
    assert record.country == "Jamaica" and parties(record) == {"Jamaica Labour Party"}


@pytest.mark.parametrize("title, text, lang", [
    ("Song Tao Meets with Vietnamese Delegation",
     "On May 9, Song Tao, head of the IDCPC, met with a delegation of the Communist Party of Vietnam. "
     "The two sides also discussed the situation in Central America and the Caribbean.", "en"),
    ("中联部部长会见越共代表团",
     "5月9日，中联部部长在京会见越南共产党代表团。双方还就中美洲形势交换了意见。", "zh"),
])
def test_a_part_of_the_region_as_a_topic_with_another_counterpart_is_not_relevant(title, text, lang):
    assert not idcpc(text, title=title, lang=lang).relevant


# ---------------------------------------------------------------- events named for China and the region

@pytest.mark.parametrize("title, text, lang, event_type", [
    ("China-LAC Dialogue on Governance Opens in Beijing",
     "On May 9, the China-LAC Dialogue on Governance opened in Beijing. Liu Jianchao, head of the IDCPC, "
     "attended and delivered a keynote speech.", "en", "dialogue"),
    ("China-Latin America Seminar on Poverty Reduction Held Online",
     "On May 9, the China-Latin America Seminar on Poverty Reduction was held online. Guo Yezhou, vice "
     "minister of the IDCPC, addressed the opening.", "en", "seminar"),
    ("China-Latin America Governance Dialogue Held in Mexico City",
     "On May 9, the China-Latin America Governance Dialogue was held in Mexico City. Qian Hongshan, vice "
     "minister of the IDCPC, attended.", "en", "dialogue"),
    ("China-Central America Political Parties Dialogue Held",
     "On May 9, the China-Central America Political Parties Dialogue was held by video link.", "en",
     "dialogue"),
    ("中拉治国理政交流研讨会在京举行",
     "5月9日，中拉治国理政交流研讨会在京举行，中联部副部长出席并致辞。", "zh", "seminar"),
    ("中国—中美洲政党对话会举行",
     "5月9日，中国—中美洲政党对话会以视频方式举行，中联部副部长出席并致辞。", "zh", "dialogue"),
])
def test_an_event_named_for_china_and_the_region_has_the_region_as_its_counterpart(title, text, lang,
                                                                                     event_type):
    record = idcpc(text, title=title, lang=lang)
    assert record.relevant and record.country == "multilateral"
    assert record.event_type == event_type and "regional" in record.mechanism


@pytest.mark.parametrize("title, text, lang", [
    ("Seminar on China-Latin America Relations Held in Beijing",
     "On May 9, the IDCPC hosted a seminar on China-Latin America relations in Beijing, attended by Chinese "
     "scholars and officials.", "en"),
    ("China-Latin America Relations Seminar Held in Beijing",
     "On May 9, the IDCPC hosted a China-Latin America Relations Seminar, attended by Chinese "
     "scholars.", "en"),
    ("中联部举办中拉关系研讨会", "5月9日，中联部在京举办中拉关系研讨会，国内专家学者参加。", "zh"),
])
def test_china_latin_america_relations_as_a_seminars_theme_is_a_topic(title, text, lang):
    assert not idcpc(text, title=title, lang=lang).relevant


# ---------------------------------------------------------------- round 2: more forms of both sides

@pytest.mark.parametrize("title, body", [
    ("China's ruling party delegation meets Peruvian opposition",
     "LIMA, May 9 -- A delegation of China's ruling Communist Party met on Thursday with leaders of "
     "Peru's Popular Force party in Lima."),
    ("CCP delegation holds talks with Peruvian party",
     "LIMA, May 9 -- A CCP delegation held talks on Thursday with leaders of Peru's Popular Force party."),
    ("Xiamen leader meets Peruvian party delegation",
     "XIAMEN, May 9 (Xinhua) -- Hu Changsheng, Party chief of southeast China's Xiamen, met with a "
     "delegation of Peru's Popular Force party on Thursday."),
])
def test_the_cpc_side_as_chinas_ruling_party_the_ccp_or_a_citys_party_chief(title, body):
    record = _agency(body, title)
    assert record.relevant and record.country == "Peru"


@pytest.mark.parametrize("kwargs", [
    {"title": "Song Tao Meets with Raul Castro",
     "text": "On May 9, Song Tao, head of the IDCPC, met with Raul Castro in Havana."},
    {"title": "宋涛会见劳尔·卡斯特罗", "lang": "zh",
     "text": "5月9日，中联部部长宋涛在哈瓦那会见劳尔·卡斯特罗。"},
])
def test_a_former_head_met_by_the_cpc_is_his_countrys_actor(kwargs):
    record = idcpc(published="2019-05-10", **kwargs)
    assert record.relevant and record.country == "Cuba"


@pytest.mark.parametrize("title, text, lang", [
    ("Song Tao Sends Message to Progressive Forces of Latin America and the Caribbean",
     "On May 9, Song Tao, head of the IDCPC, sent a message to the progressive forces of Latin America "
     "and the Caribbean.", "en"),
    ("IDCPC Holds Online Dialogue with Social Movements of Latin America",
     "On May 9, the IDCPC held an online dialogue with social movements of Latin America.", "en"),
    ("宋涛致信拉美和加勒比进步力量", "5月9日，中联部部长宋涛致信拉美和加勒比进步力量。", "zh"),
    ("中联部副部长会见拉美共产党和工人党代表团",
     "5月9日，中联部副部长在京会见拉美共产党和工人党代表团。", "zh"),
])
def test_the_regions_progressive_forces_movements_or_communist_parties_are_a_regional_counterpart(
        title, text, lang):
    record = idcpc(text, title=title, lang=lang)
    assert record.relevant and record.country == "multilateral"


def test_the_regions_forces_as_a_topic_with_a_counterpart_from_elsewhere_is_not_relevant():
    record = idcpc("On May 9, Liu Jianchao, head of the IDCPC, met with a delegation of the Spanish "
                   "Socialist Workers' Party. They discussed the role of progressive forces in Latin "
                   "America.",
                   title="Liu Jianchao Meets with PSOE Delegation", published="2023-05-10")
    assert not record.relevant


# ---------------------------------------------------------------- round 3: Andean, 'between China and', CPV

@pytest.mark.parametrize("title, text, lang", [
    ("Guo Yezhou Meets with Delegation of Andean Parties",
     "On May 9, Guo Yezhou, vice minister of the IDCPC, met with a delegation of parties of Andean "
     "countries.", "en"),
    ("中联部副部长会见安第斯国家政党代表团", "5月9日，中联部副部长在京会见安第斯国家政党代表团。", "zh"),
    ("Dialogue between China and Latin America on Governance Opens",
     "On May 9, the Dialogue between China and Latin America on Governance opened in Beijing.", "en"),
])
def test_andean_parties_and_a_dialogue_between_china_and_the_region_are_a_regional_counterpart(
        title, text, lang):
    record = idcpc(text, title=title, lang=lang)
    assert record.relevant and record.country == "multilateral" and "regional" in record.mechanism


@pytest.mark.parametrize("title, text", [
    ("IDCPC, CPV Hold Theory Seminar",
     "On May 9, the IDCPC and the Communist Party of Vietnam held a seminar on socialist theory, where the "
     "Cuban experience was also cited."),
    ("Song Tao Meets with WPK Delegation",
     "On May 9, Song Tao, head of the IDCPC, met with a delegation of the Workers' Party of Korea and spoke "
     "of Cuban friends."),
    ("Seminar on Relations between China and Latin America Held",
     "On May 9, the IDCPC held a seminar on relations between China and Latin America with Chinese "
     "scholars."),
])
def test_a_foreign_party_by_its_acronym_or_china_latin_america_relations_make_no_lac_exchange(title, text):
    assert not idcpc(text, title=title).relevant


def test_the_cpc_side_as_chinas_international_liaison_department():
    record = _agency("BEIJING, May 9 (Xinhua) -- An assistant minister of China's International Liaison "
                     "Department met here Thursday with a delegation of the Dominican Liberation Party.",
                     "Chinese official meets Dominican party delegation")
    assert record.relevant and record.country == "Dominican Republic"


@pytest.mark.parametrize("described", [
    "one of the main left-wing parties in Latin America",
    "the largest left-wing party in Central America",
    "an important party in the Caribbean",
])
def test_one_party_described_by_the_region_is_its_own_countrys(described):
    record = idcpc(f"On May 9, Song Tao, head of the IDCPC, met with Medardo Gonzalez, leader of the FMLN, "
                   f"{described}.", title="Song Tao Meets Foreign Guest")
    assert record.relevant and record.country == "El Salvador" and "regional" not in record.mechanism


def test_one_party_described_in_chinese_as_one_of_the_regions_parties_is_its_own_countrys():
    record = idcpc("5月9日，中联部部长宋涛会见拉美左翼政党之一的法拉本多·马蒂民族解放阵线领导人冈萨雷斯。",
                   title="宋涛会见外宾", lang="zh")
    assert record.relevant and record.country == "El Salvador" and "regional" not in record.mechanism


def test_parties_from_the_region_met_as_a_group_stay_regional():
    record = idcpc("On May 9, Song Tao, head of the IDCPC, met with leaders of several parties in Central "
                   "America, including the FMLN and the FSLN.", title="Song Tao Meets Foreign Guests")
    assert record.relevant and record.country == "multilateral"


# ---------------------------------------------------------------- merged with main: whose party delegation

@pytest.mark.parametrize("text, country", [
    ("On May 9, Qian Hongshan, vice minister of the IDCPC, met with a Caribbean party delegation led by the "
     "general secretary of the Grenada National Democratic Congress.", "Grenada"),
    ("On May 9, Qian Hongshan, vice minister of the IDCPC, met with a Caribbean party delegation headed by "
     "Mark Golding, president of the People's National Party of Jamaica.", "Jamaica"),
    ("On May 9, Qian Hongshan, vice minister of the IDCPC, met with a Caribbean party delegation led by the "
     "general secretary of the Grenada National Democratic Congress and including cadres of the People's "
     "National Party of Jamaica.", "multilateral"),
    ("On May 9, Qian Hongshan, vice minister of the IDCPC, met with a Caribbean party delegation that "
     "included cadres of the Grenada National Democratic Congress.", "multilateral"),
])
def test_a_regions_party_delegation_led_by_one_partys_officer_is_that_partys(text, country):
    """The lead names the region's "party delegation" again but gives its head as an officer of one
    party, naming no other country's: the delegation is that party's. One that "included" a party's
    cadres, or parties of two countries, stays the region's group (main's rule for the headline)."""
    record = idcpc(text, title="Qian Hongshan Meets with Caribbean Party Delegation")
    assert record.relevant and record.country == country


# ---- an agency copy of a page of messages to the CPC's leader: the LAC parties come after the lead ----

ROUNDUP_COPY = "http://www.example-agency.com/2022-10/25/c_1129078001.htm"


@pytest.mark.parametrize("body", [
    "Political parties and leaders of many countries sent messages to Xi Jinping, congratulating him on "
    "his election as President of China.\n"
    "The Communist Party of Cuba said in its message that the election reflects the trust of the Chinese "
    "people.\nThe Sandinista National Liberation Front of Nicaragua said it is ready to deepen ties.",
    "Leaders of foreign parties have sent congratulatory messages to Xi Jinping on the 70th anniversary of "
    "the founding of the People's Republic of China.\n"
    "Among them, the Workers' Party of Brazil and the Broad Front of Uruguay praised China's achievements "
    "over the past seven decades.",
])
def test_lac_parties_after_the_lead_of_messages_to_the_cpc_leader_make_an_agency_copy_relevant(body: str):
    """The copy names Xi, who leads the CPC's Central Committee that day, in its lead, and the parties
    that wrote to him one per sentence after it: a party exchange though the copy names no CPC body."""
    record = idcpc(body, title="Foreign parties congratulate Xi Jinping", published="2023-03-12",
                   url=ROUNDUP_COPY)
    assert record.relevant is True
    assert record.country == "multilateral" and len(parties(record)) == 2


@pytest.mark.parametrize(("title", "body"), [
    # no message: Xi's speech, with a LAC party in a later sentence as background
    ("Xi Jinping addresses ceremony", "Xi Jinping delivered a speech at a ceremony marking the anniversary "
     "of the founding of the People's Liberation Army.\nThe Communist Party of Cuba was founded in 1965 and "
     "has long-standing ties with China."),
    # messages between a LAC party and a party outside China, no CPC leader in the lead
    ("Cuban party congratulates Vietnamese party", "The Communist Party of Cuba sent a message to the "
     "Communist Party of Vietnam on its congress.\nThe message praised the Vietnamese party's achievements."),
])
def test_a_lac_party_after_the_lead_without_messages_to_the_cpc_leader_stays_no_party_exchange(title: str,
                                                                                            body: str):
    assert idcpc(body, title=title, published="2022-10-25", url=ROUNDUP_COPY).relevant is False


@pytest.mark.parametrize("name", ["China-LAC parties forum", "China-Caribbean political parties dialogue",
                                  "China-Latin America Party Forum"])
def test_a_forum_of_chinas_and_the_regions_parties_names_the_cpc_side_on_an_agency_copy(name: str):
    """China's side of a China–region parties forum is the CPC, which hosts it, however it is cased."""
    record = idcpc(f"Beijing, December 11th--The second session of the {name} discussed modernization. "
                   "Speakers included Gleisi Hoffmann, President of the Workers' Party of Brazil, "
                   "and Fernando Pereira, President of the Broad Front of Uruguay.",
                   title="Parties forum holds session", published="2023-12-11", url=ROUNDUP_COPY)
    assert record.relevant is True and record.country == "multilateral"


def test_a_china_region_relationship_with_no_parties_is_no_party_side():
    record = idcpc("Beijing, December 11th--A seminar on China-Latin America relations heard scholars from "
                   "Brazil and Uruguay discuss trade.", title="Seminar on China-Latin America relations",
                   published="2023-12-11", url=ROUNDUP_COPY)
    assert record.relevant is False
