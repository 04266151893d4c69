"""Classes found by a blind realistic sample of IDCPC pages (campaign Z6): self-written releases in
the sites' style (party, country and official names are facts), each with the field the codebook
decides."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

AGENCY = "http://www.news-agency.example/2023-12/06/c_1130000001.htm"


# --- a bare party name on a page about several countries: the party of the one country of its
# sentence that has a party of that name

@pytest.mark.parametrize("text, expected", [
    ("A CPC delegation led by Sun Haiyan, Vice Minister of the IDCPC, visited Trinidad and Tobago, "
     "Guyana and "
     "Suriname from June 11 to 16, meeting leaders of the People's National Movement, the People's "
     "Progressive Party/Civic and the Progressive Reform Party.",
     {"People's National Movement", "People's Progressive Party/Civic", "Progressive Reform Party "
     "(Suriname)"}),
    ("A CPC delegation visited Guyana and Suriname from March 3 to 9 and held talks with leaders of the "
     "People's Progressive Party/Civic and the National Democratic Party.",
     {"People's Progressive Party/Civic", "National Democratic Party (Suriname)"}),
    ("From May 2 to 10, a delegation of the CPC visited Uruguay and Argentina, where it met leaders of the "
     "Broad Front, the Justicialist Party and the National Party.",
     {"Broad Front", "Justicialist Party", "National Party (Uruguay)"}),
])
def test_bare_party_of_the_one_country_of_its_sentence(text: str, expected: set[str]) -> None:
    record = idcpc(text, title="CPC delegation visits Latin America", published="2024-06-17")
    assert record.country == "multilateral"
    assert parties(record) == expected


def test_bare_party_stays_unresolved_when_two_countries_of_the_sentence_have_one() -> None:
    # Uruguay and Honduras both have a "National Party": better no party than the wrong one
    record = idcpc("A CPC delegation visited Uruguay and Honduras from May 2 to 10, meeting leaders of the "
                   "National Party.", title="CPC delegation visits Uruguay and Honduras",
                   published="2024-05-12")
    assert not any(p.startswith("National Party") for p in parties(record))


def test_bare_party_of_another_sentence_country_not_taken() -> None:
    # the country of another sentence does not qualify the bare name
    record = idcpc("A CPC delegation visited Trinidad and Tobago and Guyana from June 11 to 16. Suriname was "
                   "not on the programme.\nThe delegation also met leaders of the Progressive Reform Party.",
                   title="CPC delegation visits the Caribbean", published="2024-06-17")
    assert "Progressive Reform Party (Suriname)" not in parties(record)


# --- a forum or dialogue named for China's and a part of the region's parties has the CPC as a side

@pytest.mark.parametrize("text, title", [
    ("12月5日，中国—中美洲政党对话会在京举行，来自洪都拉斯、尼加拉瓜、巴拿马、哥斯达黎加、萨尔瓦多等"
     "国政党领导人出席。",
     "中国—中美洲政党对话会在京举行"),
    ("12月5日，中国同南美洲国家政党论坛在京开幕，来自巴西、阿根廷、智利、乌拉圭等国的政党领导人出席。",
     "中国同南美洲国家政党论坛开幕"),
    ("Beijing, December 5th -- The China-Central America Political Parties Dialogue was held here today with "
     "party leaders from Honduras, Nicaragua, Panama and Costa Rica.", "China-Central America party "
     "dialogue held"),
    ("Beijing, December 5th -- The first China-South America Political Parties Forum opened here today, "
     "attended by party leaders from Brazil, Argentina, Chile and Uruguay.", "China-South America "
     "party forum opens"),
])
def test_china_subregion_party_event_is_a_party_exchange(text: str, title: str) -> None:
    lang = "zh" if "月" in text else "en"
    record = idcpc(text, title=title, published="2023-12-06", lang=lang, url=AGENCY)
    assert record.relevant is True
    assert record.country == "multilateral"
    assert record.mechanism == ["regional"]


def test_china_subregion_trade_event_is_not_a_party_exchange() -> None:
    record = idcpc("Beijing, December 5th -- The China-Central America Business Forum opened here "
    "today, attended "
                   "by entrepreneurs from Honduras, Panama and Costa Rica.",
                   title="China-Central America business forum opens", published="2023-12-06", url=AGENCY)
    assert record.relevant is False


# --- "seminar for ... political leaders / leaders of ... parties": a course the CPC side runs

@pytest.mark.parametrize("title, text", [
    ("Seminar for Latin American and Caribbean political leaders opens in Beijing",
     "A seminar for leaders of political parties from Latin American and Caribbean countries opened "
     "in Beijing "
     "on May 28, organized by the IDCPC, with 40 party leaders from Brazil, Chile, Jamaica and Panama."),
    ("", "A seminar for leaders of political parties from Caribbean countries opened in Beijing on May 28, "
         "organized by the IDCPC, with participants from Jamaica, Barbados and Grenada."),
    ("IDCPC holds seminar for Central American political leaders",
     "The IDCPC held a ten-day seminar in Beijing from May 28 for political leaders from Honduras, "
     "Nicaragua, Panama and Costa Rica."),
])
def test_seminar_for_political_leaders_is_a_training_course(title: str, text: str) -> None:
    record = idcpc(text, title=title, published="2018-05-29")
    assert record.event_type == "training_course"
    assert record.content == "knowledge exchange"


def test_theory_seminar_between_parties_stays_a_seminar() -> None:
    record = idcpc("Havana, November 27th -- The 11th theoretical seminar between the CPC and the "
    "Communist Party "
                   "of Cuba was held here today, attended by political leaders of both parties.",
                   title="CPC and Cuban party hold theory seminar", published="2018-11-28")
    assert record.event_type == "seminar"


@pytest.mark.parametrize("title, text", [
    ("", "The CPC and the Communist Party of Cuba held a theoretical seminar in Havana on November 27 for "
         "leaders of the two parties."),
    ("Online seminar for political leaders of China and Brazil",
     "An online seminar for political leaders of China and Brazil on poverty reduction was held on November "
     "27, co-hosted by the IDCPC and the Workers' Party."),
])
def test_seminar_for_both_sides_leaders_stays_a_seminar(title: str, text: str) -> None:
    record = idcpc(text, title=title, published="2018-11-28")
    assert record.event_type == "seminar"


# --- a field trip page is dated by the tour's first day

@pytest.mark.parametrize("text, title, lang, expected", [
    ("Hangzhou, Aug. 25 (Xinhua) -- A study group of 20 cadres of the Communist Party of Cuba wrapped up a "
     "week-long study tour of Zhejiang province on Friday. Starting on August 19, the group visited "
     "villages, "
     "digital companies and party schools in Hangzhou, Huzhou and Ningbo at the invitation of the IDCPC.",
     "Cuban party cadres study tour in Zhejiang", "en", "2023-08-19"),
    ("Fuzhou, Aug. 25 (Xinhua) -- A delegation of the Workers' Party of Brazil ended its tour of Fujian "
     "province on Friday, hosted by the CPC Fujian Provincial Committee. The delegation arrived in Xiamen on "
     "August 21 and later visited Fuzhou and Ningde.", "Brazil's Workers' Party delegation tours Fujian",
     "en", "2023-08-21"),
])
def test_field_trip_takes_the_tour_first_day(text: str, title: str, lang: str, expected: str) -> None:
    record = idcpc(text, title=title, published="2023-08-26", lang=lang, url=AGENCY)
    assert record.event_type == "field_trip"
    assert record.event_date == expected


@pytest.mark.parametrize("text, lang", [
    ("A delegation of the United Socialist Party of Venezuela visited Xiamen, Fujian Province, on May 10, "
     "learning about the special economic zone.\nThe delegation arrived in China on May 5 at the "
     "invitation of the IDCPC and held talks in Beijing on May 6.", "en"),
    ("On May 10, a delegation of the United Socialist Party of Venezuela visited Xiamen, Fujian Province. "
     "Earlier, on May 6, the delegation held talks with the IDCPC in Beijing.", "en"),
    ("5月10日，委内瑞拉统一社会主义党代表团到厦门参访。\n代表团于5月5日抵京，6日同中联部举行会谈。", "zh"),
])
def test_field_trip_not_dated_by_the_stay_before_it(text: str, lang: str) -> None:
    title = ("委内瑞拉统一社会主义党代表团到厦门参访" if lang == "zh"
             else "Venezuelan party delegation visits Xiamen")
    record = idcpc(text, title=title, published="2019-05-11", lang=lang)
    assert record.event_type == "field_trip"
    assert record.event_date == "2019-05-10"


def test_one_day_field_trip_keeps_its_day() -> None:
    record = idcpc("A delegation of the United Socialist Party of Venezuela visited Xiamen, Fujian "
    "Province, on "
                   "April 2, learning about the special economic zone's development.",
                   title="Venezuelan party delegation visits Xiamen", published="2019-04-03")
    assert record.event_type == "field_trip"
    assert record.event_date == "2019-04-02"


# --- Chinese 参访 and 到 + a province: a field trip

@pytest.mark.parametrize("title, text", [
    ("委内瑞拉统一社会主义党代表团到厦门参访", "4月2日，委内瑞拉统一社会主义党代表团到厦门参访，了解"
     "经济特区发展情况。"),
    ("巴西劳工党代表团参访深圳企业", "4月2日，应中联部邀请，巴西劳工党代表团参访深圳高新技术企业。"),
    ("智利社会党代表团到四川交流", "4月2日，应中联部邀请，智利社会党代表团到四川交流，了解乡村振兴经验。"),
])
def test_zh_canfang_and_dao_province_are_a_field_trip(title: str, text: str) -> None:
    record = idcpc(text, title=title, published="2019-04-03", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/201904/t20190403_1.html")
    assert record.event_type == "field_trip"
    assert record.content == "knowledge exchange"


def test_zh_cpc_delegation_touring_abroad_is_not_a_field_trip() -> None:
    record = idcpc("应古巴共产党邀请，中联部部长宋涛率中共代表团于6月3日至7日访问古巴，其间参访了哈瓦"
    "那的生物技术企业。",
                   title="宋涛率中共代表团访问古巴", published="2018-06-12", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/201806/t20180612_1.html")
    assert record.event_type == "delegation_visit_abroad"


# --- a meeting with a group said to have come for a course or study programme: knowledge exchange

@pytest.mark.parametrize("text", [
    "Guo Yezhou, Vice Minister of the IDCPC, met with a delegation of young leaders of the Institutional "
    "Revolutionary Party of Mexico in Beijing on August 24. The delegation came to China for the "
    "study program "
    "for young Latin American political leaders.",
    "Guo Yezhou, Vice Minister of the IDCPC, met in Beijing on August 24 with members of the Institutional "
    "Revolutionary Party of Mexico, who have come to attend the seminar for Latin American party cadres.",
    "Guo Yezhou, Vice Minister of the IDCPC, met in Beijing on August 24 with a group of Mexican party "
    "officials of the Institutional Revolutionary Party that came here to take part in the training program "
    "organized by the IDCPC.",
])
def test_meeting_with_a_group_come_for_a_course_is_knowledge_exchange(text: str) -> None:
    record = idcpc(text, title="Guo Yezhou meets with Mexican guests", published="2018-08-27")
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


def test_meeting_with_a_leader_come_for_celebrations_is_daily_interaction() -> None:
    record = idcpc("Guo Yezhou, Vice Minister of the IDCPC, met in Beijing on August 24 with a "
    "delegation of the "
                   "Institutional Revolutionary Party of Mexico, which came to China for the anniversary "
                   "celebrations of diplomatic relations.",
                   title="Guo Yezhou meets with Mexican guests", published="2018-08-27")
    assert record.event_type == "meeting"
    assert record.content == "daily interaction"


# --- a sentence after the page's exchange that recalls an earlier one: its party is no counterpart

@pytest.mark.parametrize("text, title, lang, expected", [
    ("Song Tao, head of the IDCPC, met with Álvaro Elizalde, President of the Socialist Party of Chile, in "
     "Beijing on May 10.\nElizalde arrived in Beijing on May 8. Earlier this year, on January 15, Song Tao "
     "had met with a delegation of the Party for Democracy of Chile.",
     "Song Tao meets Chilean Socialist Party leader", "en", {"Socialist Party of Chile"}),
    ("Song Tao, head of the IDCPC, met with a delegation of the Broad Front of Uruguay in Beijing on "
     "May 10.\n"
     "Last year, a CPC delegation had visited Montevideo at the invitation of the National Party of "
     "Uruguay.",
     "Song Tao meets Broad Front delegation", "en", {"Broad Front"}),
    ("5月10日，中联部部长宋涛在京会见智利社会党主席埃利萨尔德。埃利萨尔德一行于8日抵京。"
     "今年1月15日，宋涛曾会见智利争取民主党代表团。", "宋涛会见智利社会党主席", "zh",
     {"Socialist Party of Chile"}),
    ("5月10日，中联部部长宋涛在京会见乌拉圭广泛阵线代表团。\n此前，中联部副部长曾会见乌拉圭民族党代表团。",
     "宋涛会见乌拉圭广泛阵线代表团", "zh", {"Broad Front"}),
])
def test_party_of_a_recalled_exchange_is_no_counterpart(text: str, title: str, lang: str,
                                                         expected: set[str]) -> None:
    url = ("https://www.idcpc.org.cn/english/news/201905/t20190511_1.html" if lang == "en"
           else "https://www.idcpc.org.cn/bzhd/wshd/201905/t20190511_1.html")
    record = idcpc(text, title=title, published="2019-05-11", lang=lang, url=url)
    assert parties(record) == expected


def test_party_named_before_a_recall_stays_a_counterpart() -> None:
    record = idcpc("Song Tao, head of the IDCPC, met with David Choquehuanca, Vice President of Bolivia, "
                   "in Beijing on May 10.\nPresent at the meeting were leaders of the Movement for "
                   "Socialism, who had visited China last year.",
                   title="Song Tao meets Bolivian Vice President",
                   published="2019-05-11")
    assert "Movement for Socialism (Bolivia)" in parties(record)


@pytest.mark.parametrize("second", [
    "Morales, who had visited China in 2015, is a member of the Political Bureau of the Communist Party of "
    "Cuba.",
    "Earlier this week, Morales, a member of the Political Bureau of the Communist Party of Cuba, arrived in "
    "Beijing.",
])
def test_relative_clause_or_arrival_is_no_recalled_exchange(second: str) -> None:
    record = idcpc("Liu Jianchao, head of the IDCPC, met with Roberto Morales Ojeda in Beijing on March 14.\n"
                   + second, title="Liu Jianchao meets Cuban guest", published="2023-03-15")
    assert "Communist Party of Cuba" in parties(record)


def test_recall_words_in_the_lead_first_sentence_keep_its_party() -> None:
    record = idcpc("Song Tao, head of the IDCPC, who had visited Chile last year, met with a delegation of "
                   "the Socialist Party of Chile in Beijing on May 10.",
                   title="Song Tao meets Chilean guests",
                   published="2019-05-11")
    assert parties(record) == {"Socialist Party of Chile"}


def test_meeting_with_leaders_attending_a_seminar_is_knowledge_exchange() -> None:
    record = idcpc("Song Tao, head of the IDCPC, met in Beijing on December 3 with leaders of the Communist "
                   "Party of Cuba attending a seminar on socialist theory.",
                   title="Song Tao meets Cuban party leaders", published="2018-12-04")
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


def test_earlier_stop_of_a_visit_keeps_its_party() -> None:
    text = ("A CPC delegation led by Guo Yezhou, Vice Minister of the IDCPC, visited Argentina and Chile "
            "from August 20 to 27.\nIn Santiago the delegation met leaders of the Socialist Party of "
            "Chile. Before that, the delegation had met leaders of the Justicialist Party in Buenos "
            "Aires.")
    record = idcpc(text, title="CPC delegation visits Argentina and Chile", published="2019-08-28")
    assert record.event_type == "delegation_visit_abroad"
    assert parties(record) == {"Socialist Party of Chile", "Justicialist Party"}


# --- a page of messages to or from parties of several LAC countries whose lead states the day

GREETINGS = "\n".join([
    "Beijing, December 20th -- The IDCPC today sent Christmas and New Year greetings to ruling and "
    "opposition parties in Caribbean countries, including Jamaica, Barbados, Trinidad and Tobago and Guyana.",
    "The message said that the CPC values its friendship with the parties of the region.",
    "The message expressed the hope that exchanges would deepen in the new year."])
SENDERS = [
    "The Communist Party of Cuba said in its message that the CPC has led China to great achievements.",
    "The United Socialist Party of Venezuela said in a letter that it admires the CPC.",
    "The Workers' Party of Brazil said in a message that it wishes the CPC new success."]
CENTENARY_TODAY = "\n".join([
    "Beijing, July 1 -- Leaders of parties in Cuba, Venezuela and Brazil today sent congratulatory "
    "messages to the CPC on its centenary.", *SENDERS])
CENTENARY_RECENTLY = "\n".join([
    "Beijing, July 2 -- Leaders of parties in Cuba, Venezuela and Brazil have recently sent messages to "
    "congratulate the CPC on its centenary.", *SENDERS])


@pytest.mark.parametrize("title, text, url, published", [
    ("IDCPC sends Christmas greetings to Caribbean parties", GREETINGS,
     "http://www.news-agency.example/2018-12/20/c_1130000002.htm", "2018-12-20"),
    ("Latin American party leaders congratulate CPC on centenary", CENTENARY_TODAY,
     "http://www.news-agency.example/2021-07/01/c_1130000003.htm", "2021-07-01"),
])
def test_collective_message_page_keeps_the_day_its_lead_states(title: str, text: str, url: str,
                                                                published: str) -> None:
    record = idcpc(text, title=title, published=published, url=url)
    assert record.country == "multilateral"
    assert record.event_type == "message"
    assert record.event_date == published


def test_collective_message_page_with_recently_has_no_day() -> None:
    record = idcpc(CENTENARY_RECENTLY, title="Latin American party leaders congratulate CPC on centenary",
                   published="2021-07-02", url="http://www.news-agency.example/2021-07/02/c_1130000004.htm")
    assert record.event_date is None


# --- Chinese: a group come to take part in a study or training programme (研修项目, 培训项目)

@pytest.mark.parametrize("text", [
    "11月21日，中联部副部长郭业洲在京会见来华参加中联部举办的研修项目的阿根廷、智利、秘鲁、"
    "哥伦比亚青年政治家代表团。",
    "11月21日，中联部副部长郭业洲在京会见来华参加拉美青年干部培训项目的阿根廷、智利、秘鲁青年政治家。",
    "11月21日，中联部副部长郭业洲在京会见参加学习项目的阿根廷、智利、秘鲁政党青年领导人。",
])
def test_zh_group_come_for_a_programme_is_knowledge_exchange(text: str) -> None:
    record = idcpc(text, title="郭业洲会见拉美青年政治家代表团", published="2019-11-22", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/201911/t20191122_1.html")
    assert record.event_type == "meeting"
    assert record.content == "knowledge exchange"


def test_zh_group_come_for_celebrations_is_daily_interaction() -> None:
    record = idcpc("11月21日，中联部副部长郭业洲在京会见来华参加两国建交纪念活动的阿根廷、智利、"
                   "秘鲁政党领导人。",
                   title="郭业洲会见拉美政党领导人", published="2019-11-22", lang="zh",
                   url="https://www.idcpc.org.cn/bzhd/wshd/201911/t20191122_1.html")
    assert record.content == "daily interaction"
