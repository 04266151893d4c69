"""Country, exchange type and mechanism of IDCPC pages about groups, worldwide and LAC-wide platforms
(codebook: country and mechanism rules). Self-written releases in the sites' style; party, country
and official names are facts, the wording is invented."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/201906/t20190616_1.html"
EN_URL = "https://www.idcpc.org.cn/english/news/201905/t20190510_1.html"


def _scope(record) -> list[str]:
    return [tag for tag in record.mechanism if tag != "leftist"]


def _page(title: str, text: str, lang: str, published: str = "2019-05-10"):
    return idcpc(text, title=title, lang=lang, published=published, url=ZH_URL if lang == "zh" else EN_URL)


# ---- worldwide events whose participants come from several continents: global ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("IDCPC Holds Training Course for Party Cadres from Developing Countries",
     "Beijing, October 15th--The IDCPC held a training course on governance for party cadres from "
     "developing countries. Some 40 cadres from Argentina, Mexico, Ethiopia, Cambodia, Laos and "
     "Nepal attended the course.", "en"),
    ("Guo Yezhou Meets Study Group of Party Cadres from Developing Countries",
     "Beijing, May 13th--Guo Yezhou, Vice Minister of the IDCPC, met with a study group of party "
     "cadres from developing countries, with members from Peru, Paraguay, Ghana and Sri Lanka.", "en"),
    ("IDCPC Holds Seminar for Parties from Asia, Africa and Latin America",
     "Beijing, August 26th--The IDCPC held a seminar on poverty reduction for political parties "
     "from Asia, Africa and Latin America. Representatives of parties from Bolivia, Ecuador, Kenya, "
     "Vietnam and Pakistan attended.", "en"),
    ("陈洲出席亚非拉国家政党干部研修班开班式",
     "6月15日，中联部副部长陈洲出席亚非拉国家政党干部研修班开班式。"
     "来自古巴、秘鲁、肯尼亚、越南等国的政党干部参加。", "zh"),
    ("中联部举行中共二十大精神宣介会",
     "10月28日，中联部举行中共二十大精神专题宣介会，100多个国家驻华使节出席。"
     "古巴、委内瑞拉驻华大使在会上发言。", "zh"),
])
def test_worldwide_event_with_participants_of_several_continents_is_global(title: str, text: str,
                                                                          lang: str) -> None:
    record = _page(title, text, lang)
    assert record.relevant
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["global"]


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Guo Yezhou Attends Opening of Seminar for Caribbean Party Cadres",
     "Beijing, May 8th--Guo Yezhou, Vice Minister of the IDCPC, attended the opening ceremony of a "
     "seminar for cadres of political parties from Caribbean countries. Some 30 party cadres from "
     "Jamaica, Grenada, Dominica and Antigua and Barbuda took part.", "en"),
    ("郭业洲出席拉美和加勒比国家政党干部研修班开班式",
     "5月8日，中联部副部长郭业洲出席拉美和加勒比国家政党干部研修班开班式。"
     "来自阿根廷、智利、秘鲁、乌拉圭等国的30余名政党干部参加研修班。", "zh"),
])
def test_course_for_several_lac_countries_stays_regional(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang)
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


# ---- an event for the region's actors in the headline: a count of countries in its lead is the region's

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("China's IDCPC holds webinar for Latin American party leaders",
     "Beijing, June 3rd--The IDCPC held an online workshop for leaders and cadres of political "
     "parties from Latin American and Caribbean countries on poverty alleviation. More than 60 "
     "participants from 15 countries, including Brazil, Mexico, Peru and Bolivia, attended.", "en"),
    ("IDCPC Holds Briefing for Caribbean Diplomats",
     "Beijing, December 2nd--The IDCPC held a briefing on the plenary session for diplomats of "
     "Caribbean countries. Diplomats from 12 countries, among them Jamaica, Cuba and Guyana, "
     "attended.", "en"),
    ("中联部举办拉美国家政党干部研修班",
     "7月12日，中联部举办拉美国家政党干部研修班。"
     "来自15个国家的40名政党干部参加，包括巴西、墨西哥、秘鲁等国政党。", "zh"),
])
def test_event_for_the_region_with_a_count_of_countries_is_regional(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang)
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


def test_headline_with_a_worldwide_count_stays_global() -> None:
    """The headline's own words make the event worldwide: the region's parties are among many."""
    record = _page(
        "IDCPC Holds Online Seminar for Parties from over 50 Countries",
        "Beijing, June 3rd--The IDCPC held an online seminar on governance attended by representatives "
        "of parties from Latin American countries, including Brazil, Mexico and Peru, as well as from "
        "Asia and Africa.", "en")
    assert record.country == "multilateral"
    assert _scope(record) == ["global"]


# ---- the region in what the CPC side said ("saying", "noting") is a topic ----

@pytest.mark.parametrize("said", [
    "saying China stands ready to work with Caribbean countries on climate change.",
    "noting that Latin American countries are good partners of China.",
    "stressing that the CPC values its friendship with Caribbean countries.",
])
def test_region_in_what_was_said_leaves_one_country(said: str) -> None:
    lead = ("Beijing, September 12th--Liu Jianchao, head of the IDCPC, met with Mark Golding, "
            "President of Jamaica's People's National Party, " + said)
    record = _page("Liu Jianchao Meets Mark Golding", lead, "en", published="2023-09-13")
    assert (record.country, record.exchange_type) == ("Jamaica", "bilateral")
    assert record.mechanism == ["bilateral", "leftist"]


def test_region_as_the_group_met_is_still_regional() -> None:
    record = _page(
        "Liu Jianchao Meets Caribbean Party Leaders",
        "Beijing, September 12th--Liu Jianchao, head of the IDCPC, met with leaders of Caribbean "
        "countries' ruling parties, saying the CPC is ready to deepen exchanges with them.", "en",
        published="2023-09-13")
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


# ---- Central America is part of the region: its countries' actors as a group are regional ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("CPC official meets Central American party leaders",
     "Beijing, November 3rd--Sun Haiyan, a vice minister of the IDCPC, met with a group of leaders of "
     "ruling parties from Central American countries visiting China.", "en"),
    ("IDCPC Holds Seminar for Central American Political Parties",
     "Beijing, July 12th--The IDCPC held a seminar on governance for Central American political "
     "parties.", "en"),
    ("孙海燕会见中美洲国家政党代表团",
     "7月12日，中联部副部长孙海燕在京会见中美洲国家政党代表团，介绍中共二十大精神。", "zh"),
])
def test_central_american_group_is_regional(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang, published="2023-11-03")
    assert record.relevant
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["regional"]


def test_china_us_in_chinese_is_not_central_america() -> None:
    """中美 (China and the United States) before 关系 is no region of LAC."""
    record = _page("孙海燕会见墨西哥国家复兴运动代表团",
                   "7月12日，中联部副部长孙海燕在京会见墨西哥国家复兴运动代表团，"
                   "双方就中美关系交换意见。", "zh",
                   published="2023-07-13")
    assert (record.country, record.exchange_type) == ("Mexico", "bilateral")


# ---- a worldwide event held in a LAC city: the city in the headline is the place, not an actor ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Seminar of World Political Parties Held in Mexico City",
     "Mexico City, March 10th--A seminar of political parties from around the world on the Global "
     "Development Initiative was held in Mexico City, co-hosted by the IDCPC and Mexico's Labor Party. "
     "Representatives of over 70 parties from 40 countries attended.", "en"),
    ("世界政党研讨会在哈瓦那举行",
     "3月10日，由中联部和古巴共产党共同举办的世界政党研讨会在哈瓦那举行。"
     "来自40个国家的70多个政党代表出席。", "zh"),
])
def test_worldwide_event_held_in_a_lac_city_is_global(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang, published="2023-03-11")
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["global"]


def test_meeting_held_in_a_lac_city_during_a_worldwide_event_stays_one_country() -> None:
    """A meeting headline with only the place: the party met in its lead is the counterpart."""
    record = _page(
        "Guo Yezhou Holds Talks in Havana",
        "Havana, October 28th--Guo Yezhou, Vice Minister of the IDCPC, who is in Havana for a seminar of "
        "parties from over 60 countries, held talks with leaders of the Communist Party of Cuba.", "en",
        published="2023-10-29")
    assert (record.country, record.exchange_type) == ("Cuba", "bilateral")


# ---- an agency copy of the China-LAC Political Parties Forum: its name makes the CPC a side ----

AGENCY_URL = "http://www.example-agency.com/2016-11/29/c_1119999999.htm"


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("China-LAC political parties forum opens in Chongqing",
     " date 2016-11-29\nHome | China | World | Business\n"
     "China-LAC political parties forum opens in Chongqing\n"
     "CHONGQING, Nov. 29 (Xinhua) -- The second China-Latin America and Caribbean Political Parties Forum "
     "opened here on Tuesday, attended by more than 200 representatives of political parties from 27 Latin "
     "American and Caribbean countries.", "en"),
    ("第二届中拉政党论坛在重庆开幕",
     " date 2016-11-30\n首页 | 时政 | 国际\n第二届中拉政党论坛在重庆开幕\n"
     "新华社重庆11月29日电 第二届中拉政党论坛29日在重庆开幕。"
     "来自拉美和加勒比27个国家的政党代表200余人出席。", "zh"),
    ("第二屆中拉政黨論壇在重慶開幕",
     " date 2016-11-30\n第二屆中拉政黨論壇在重慶開幕\n"
     "新華社重慶11月29日電 第二屆中拉政黨論壇29日在重慶開幕。"
     "來自拉美和加勒比27個國家的政黨代表200餘人出席。", "zh"),
])
def test_agency_copy_of_the_china_lac_parties_forum_is_a_party_exchange(title: str, text: str,
                                                                       lang: str) -> None:
    record = idcpc(text, title=title, lang=lang, published="2016-11-30", url=AGENCY_URL)
    assert record.relevant
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["regional"]


def test_agency_copy_of_a_china_lac_think_tank_forum_names_no_party_side() -> None:
    record = idcpc(
        " date 2016-11-29\nChina-LAC think tank forum opens in Beijing\n"
        "BEIJING, Nov. 29 (Xinhua) -- The China-Latin America and Caribbean Think Tank Forum opened here on "
        "Tuesday, attended by scholars from 20 Latin American countries.",
        title="China-LAC think tank forum opens in Beijing", published="2016-11-30", url=AGENCY_URL)
    assert not record.relevant


# ---- the region inside what a headline or a lead quotes: the meeting in the lead is the exchange ----

@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("刘建超：中国共产党愿同拉美国家政党加强交流",
     "6月3日，中联部部长刘建超在京会见巴西劳工党代表团。刘建超表示，中国共产党愿同包括劳工党在内的拉美国家政党加强交流。",
     "zh", "Brazil"),
    ("孙海燕：中方愿同加勒比国家政党深化合作",
     "3月8日，中联部副部长孙海燕会见牙买加人民民族党代表团。", "zh", "Jamaica"),
    ("CPC ready to deepen exchanges with Latin American parties: official",
     "BEIJING, July 6 (Xinhua) -- The Communist Party of China (CPC) is ready to deepen exchanges with "
     "political parties of Latin American countries, a senior CPC official said here Thursday when "
     "meeting with a delegation of Argentina's Justicialist Party.", "en", "Argentina"),
    ("Liu Jianchao: CPC Values Friendship with Caribbean Political Parties",
     "Beijing, March 8th--Liu Jianchao, head of the IDCPC, met with a delegation of the Barbados Labour "
     "Party.", "en", "Barbados"),
])
def test_region_quoted_in_the_headline_or_lead_is_no_counterpart(title: str, text: str, lang: str,
                                                                 country: str) -> None:
    record = _page(title, text, lang, published="2023-07-06")
    assert (record.country, record.exchange_type) == (country, "bilateral")
    assert _scope(record) == ["bilateral"]


@pytest.mark.parametrize(("title", "text"), [
    ("Latin American parties hail CPC's 20th National Congress",
     "Beijing, October 25th--Leaders of political parties of Latin American countries sent messages to the "
     "CPC Central Committee to congratulate it on the 20th National Congress."),
    ("Senior CPC official meets Latin American party leaders",
     "BEIJING, July 6 (Xinhua) -- Liu Jianchao, head of the IDCPC, met here Thursday with leaders of "
     "political parties of Latin American countries, and Liu said the CPC is ready to deepen exchanges."),
])
def test_region_as_subject_or_as_those_met_stays_regional(title: str, text: str) -> None:
    record = _page(title, text, "en", published="2022-10-25")
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


# ---- an event whose participants' list mixes LAC and non-LAC countries, or the whole diplomatic corps ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("International Seminar on Socialism Held in Beijing",
     "Beijing, October 22nd--An international seminar on socialism was held in Beijing, co-hosted by "
     "the IDCPC. Participants from Cuba, Brazil, Vietnam and Laos attended.", "en"),
    ("中联部举办马克思主义政党理论研讨会",
     "10月22日，中联部举办马克思主义政党理论研讨会。来自古巴、越南、老挝、巴西的政党代表出席。", "zh"),
    ("IDCPC Holds Briefing for Foreign Diplomats",
     "Beijing, November 1st--The IDCPC held a briefing on the plenary session for foreign diplomats in "
     "China. Ambassadors of Cuba and Mexico spoke at the briefing.", "en"),
    ("中联部举行十九届四中全会精神宣介会",
     "11月1日，中联部举行十九届四中全会精神宣介会，各国驻华使节出席。古巴、墨西哥驻华大使在会上发言。", "zh"),
])
def test_event_with_participants_beyond_the_region_is_global(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang, published="2019-11-02")
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["global"]


def test_trip_to_two_lac_countries_after_one_elsewhere_is_no_worldwide_event() -> None:
    """A trip is no event of the list rule: its stops are places, not participants."""
    record = _page("CPC Delegation Visits Argentina and Uruguay",
                   "From May 10th to 20th, a CPC delegation led by Li Mingxiang, Vice Minister of the IDCPC, "
                   "visited Spain, Argentina and Uruguay, meeting leaders of ruling parties.", "en",
                   published="2019-05-21")
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


# ---- "Caribbean" before any actor noun names the region's actors ----

@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Qian Hongshan Meets Caribbean Journalists",
     "Beijing, September 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of "
     "Caribbean journalists visiting China.", "en"),
    ("Sun Haiyan Meets Caribbean Women Leaders",
     "Beijing, March 8th--Sun Haiyan, Vice Minister of the IDCPC, met with a group of Caribbean women "
     "leaders.", "en"),
    ("钱洪山会见加勒比记者团",
     "9月10日，中联部副部长钱洪山会见加勒比记者团。", "zh"),
    ("陈洲会见拉美智库学者代表团",
     "4月22日，中联部副部长陈洲会见拉美智库学者代表团。", "zh"),
])
def test_caribbean_and_latin_american_groups_by_any_actor_noun(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang, published="2019-09-11")
    assert record.relevant
    assert (record.country, record.exchange_type) == ("multilateral", "multilateral")
    assert _scope(record) == ["regional"]


def test_the_caribbean_nation_is_one_country() -> None:
    record = _page("Qian Hongshan Meets Grenada's NDC Delegation",
                   "Beijing, September 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a "
                   "delegation of the National Democratic Congress of Grenada, the Caribbean nation's "
                   "opposition party.", "en",
                   published="2019-09-11")
    assert (record.country, record.exchange_type) == ("Grenada", "bilateral")


@pytest.mark.parametrize("title", [
    "Senior CPC official meets ruling party delegation from Caribbean nation",
    "CPC official meets leader of Latin American country's ruling party",
])
def test_one_nation_of_the_region_is_one_country(title: str) -> None:
    record = _page(title,
                   "BEIJING, June 19 (Xinhua) -- Sun Haiyan, a vice minister of the IDCPC, met here "
                   "Wednesday with a delegation of the Unity Labour Party of Saint Vincent and the "
                   "Grenadines.", "en",
                   published="2024-06-19")
    assert (record.country, record.exchange_type) == ("Saint Vincent and the Grenadines", "bilateral")


# ---- the region as what the two sides talked about is no counterpart ----

@pytest.mark.parametrize(("title", "text", "lang", "country"), [
    ("Song Tao Meets Diosdado Cabello",
     "Beijing, September 14th--Song Tao, head of the IDCPC, met with Diosdado Cabello, First Vice "
     "President of the United Socialist Party of Venezuela. They exchanged views on the situation of the "
     "Latin American left.", "en", "Venezuela"),
    ("Qian Hongshan Meets Mark Golding",
     "Beijing, June 4th--Qian Hongshan, Vice Minister of the IDCPC, met with Mark Golding and discussed "
     "cooperation between China and Caribbean countries with the People's National Party leader.", "en",
     "Jamaica"),
    ("Liu Jianchao Meets Gleisi Hoffmann",
     "Beijing, August 2nd--Liu Jianchao, head of the IDCPC, met with Gleisi Hoffmann, President of the "
     "Workers' Party of Brazil. The two sides exchanged views on the development of South American "
     "countries.", "en", "Brazil"),
    ("宋涛会见卡韦略",
     "9月14日，中联部部长宋涛会见委内瑞拉统一社会主义党第一副主席卡韦略。"
     "双方就拉美左翼力量发展形势和两党关系交换了意见。",
     "zh", "Venezuela"),
])
def test_region_as_the_topic_of_talks_leaves_one_country(title: str, text: str, lang: str,
                                                         country: str) -> None:
    record = _page(title, text, lang, published="2019-09-15")
    assert (record.country, record.exchange_type) == (country, "bilateral")


@pytest.mark.parametrize(("title", "text", "lang"), [
    ("Qian Hongshan Holds Talks",
     "Beijing, June 4th--Qian Hongshan, Vice Minister of the IDCPC, discussed party building with leaders "
     "of Caribbean countries' ruling parties.", "en"),
    ("钱洪山举行会谈",
     "6月4日，中联部副部长钱洪山就治国理政同拉美国家政党领导人交换意见。", "zh"),
])
def test_region_after_with_is_who_took_part(title: str, text: str, lang: str) -> None:
    record = _page(title, text, lang, published="2019-06-05")
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


@pytest.mark.parametrize(("title", "lang"), [
    ("Feature: Caribbean party leaders see China's rural revitalization", "en"),
    ("特写：加勒比国家政党领导人走进中国乡村", "zh"),
])
def test_a_column_name_before_a_colon_is_no_speaker(title: str, lang: str) -> None:
    text = ("Beijing, June 4th--Party leaders visiting China under an IDCPC programme toured villages "
            "in Zhejiang." if lang == "en" else "6月4日，应中联部邀请访华的政党领导人在浙江乡村参观。")
    record = _page(title, text, lang, published="2019-06-05")
    assert record.country == "multilateral"
    assert _scope(record) == ["regional"]


# ---- a headline's "<region> party delegation": the lead says whose ----

@pytest.mark.parametrize(("text", "country"), [
    ("Beijing, May 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of the People's "
     "National Party of Jamaica led by its general secretary.", "Jamaica"),
    ("Beijing, May 10th--Qian Hongshan, Vice Minister of the IDCPC, met with Ralph Gonsalves, political "
     "leader of the Unity Labour Party of Saint Vincent and the Grenadines, and his party's delegation.",
     "Saint Vincent and the Grenadines"),
    ("Beijing, May 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a delegation of leaders of "
     "the People's National Party of Jamaica and the Progressive Labour Party of Saint Lucia.",
     "multilateral"),
    ("Beijing, May 10th--Qian Hongshan, Vice Minister of the IDCPC, met with a Caribbean party delegation "
     "that included cadres of the People's National Party of Jamaica.", "multilateral"),
])
def test_a_caribbean_party_delegation_headline_is_the_one_party_the_lead_names(text, country):
    """The headline's words may stand for one party's delegation or for a group of the region's
    parties; a lead naming one country's party as the guest (and not the region's delegation again)
    says it is that party's."""
    record = _page("Qian Hongshan Meets Caribbean Party Delegation", text, "en")
    assert record.country == country


def test_the_chinese_group_and_one_actor_words_are_read_right_after_the_region():
    """The words after the region are matched from the region's end (``pattern.match(text, pos)``):
    a ``^`` anchor there never matches past the text's start, which had silenced both checks."""
    from nlp.steps.country import GROUP_AFTER_ZH, ONE_ACTOR_AFTER_ZH
    text = "一封来自拉美各国政党的信"
    assert GROUP_AFTER_ZH.match(text, text.index("拉美") + 2)
    text = "刘建超会见拉美一政党领导人"
    assert ONE_ACTOR_AFTER_ZH.match(text, text.index("拉美") + 2)
