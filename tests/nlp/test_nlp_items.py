"""Pages that report several exchanges: roundups of messages, news-in-brief digests.

Every page here is self-written in the sites' style (invented wording; the party, country and
people's names are facts). A page gives one record per exchange with a LAC actor, ``item``
0, 1, 2 … in page order; a page with one exchange gives the one record it always gave.
"""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

from nlp.extract import extract, extract_items, extract_many, extract_pages
from nlp.items import DATELINE_NOTE, exchanges
from nlp.records_db import RecordStore, item_key
from nlp.schema import Record

URL = "https://www.idcpc.org.cn/english/news/202107/t20210705_1.html"

ROUNDUP_EN = (
    "BEIJING, July 5 (Xinhua) -- Political parties and leaders abroad keep sending warm wishes on the "
    "anniversary of the founding of the Communist Party of China (CPC).\n\n"
    "In their messages to the CPC Central Committee they praised what the party has achieved.\n\n"
    "Those sending messages include:\n\n"
    "Bert De Belder, international secretary of the Workers' Party of Belgium;\n\n"
    "Juan Castillo, general secretary of the Communist Party of Uruguay;\n\n"
    "Tuilaepa Sailele, a former prime minister of Papua New Guinea;\n\n"
    "Roosevelt Skerrit, leader of the Dominica Labour Party and prime minister of Dominica;\n\n"
    "Keir Starmer, leader of the British Labour Party;\n\n"
    "The Central Committee of the Workers' Party of Korea;\n\n"
    "Alpha Conde, president of the Rally of the Guinean People."
)


def roundup(text: str = ROUNDUP_EN, title: str = "Highlights of foreign congratulatory messages (3)",
            url: str = URL, published: str = "2021-07-05", lang: str = "en") -> list[Record]:
    """The page's exchanges (a page-level collective record, when there is one, left out)."""
    return exchanges(extract_items({"url": url, "source": "idcpc", "lang": lang, "title": title,
                                    "published": published, "text": text}))


def test_a_roundup_gives_one_item_per_lac_sender_in_page_order():
    items = roundup()
    assert [r.item for r in items] == [1, 2]  # after the page's collective record
    assert [r.country for r in items] == ["Uruguay", "Dominica"]
    assert all(r.url == URL and r.relevant and r.event_type == "message" for r in items)
    assert parties(items[0]) == {"Communist Party of Uruguay"}
    assert parties(items[1]) == {"Dominica Labour Party"}
    assert items[0].contacts[0].name == "Juan Castillo"  # the sender, as the list names him
    assert items[1].contacts[0].name == "Roosevelt Skerrit"
    assert "leftist" in items[0].mechanism and items[1].mechanism == ["bilateral"]
    assert all(r.content == "daily interaction" for r in items)


def test_roundup_items_are_dated_by_the_dateline_and_keep_evidence_in_their_entry():
    items = roundup()
    for record in items:
        # the entries name no day: the codebook's rule 2 dates them by the dispatch's dateline,
        # and the record says so (the merge still treats them as undated messages)
        assert record.event_date == "2021-07-05" and DATELINE_NOTE in record.notes
        entry = record.evidence["item"][0]
        assert ROUNDUP_EN[entry.start:entry.end] == entry.text
        assert record.contacts[0].name in entry.text
        for spans in record.evidence.values():  # every span is an offset into the page
            for span in spans:
                if span.where == "text":
                    assert ROUNDUP_EN[span.start:span.end] == span.text


def test_look_alikes_in_a_roundup_are_never_items():
    countries = {r.country for r in roundup()}
    # Workers' Party of Belgium / of Korea, Papua New Guinea, Guinea, the British Labour Party
    assert countries == {"Uruguay", "Dominica"}
    assert "Dominican Republic" not in countries


def test_a_roundup_without_lac_senders_gives_the_page_record():
    text = ("BEIJING, July 5 (Xinhua) -- Parties abroad keep sending messages to the CPC.\n\n"
            "Those sending messages include:\n\n"
            "Bert De Belder, international secretary of the Workers' Party of Belgium;\n\n"
            "Keir Starmer, leader of the British Labour Party.")
    items = roundup(text)
    assert len(items) == 1 and items[0].item == 0 and not items[0].relevant


def test_several_people_of_one_party_sending_one_message_are_one_item():
    text = ("BEIJING, July 6 (Xinhua) -- Leaders of foreign political parties have sent messages to the "
            "CPC Central Committee on the anniversary of its founding.\n\n"
            "Miguel Diaz-Canel, first secretary of the Communist Party of Cuba's Central Committee, "
            "said that the Cuban communists stand with their Chinese comrades.\n\n"
            "Roberto Morales Ojeda, a member of the Political Bureau of the Communist Party of Cuba, "
            "said that the two parties share a common cause.\n\n"
            "Gustavo Petro, of Colombia's Historic Pact, said he hopes for closer cooperation.")
    items = roundup(text, title="Foreign leaders congratulate CPC on anniversary")
    assert [r.country for r in items] == ["Cuba", "Colombia"]
    names = {c.name for c in items[0].contacts}
    assert {"Miguel Diaz-Canel", "Roberto Morales Ojeda"} <= names


def test_the_exchange_the_headline_names_is_item_zero():
    text = ("BEIJING, July 6 (Xinhua) -- Several parties have sent congratulatory messages to the CPC.\n\n"
            "Juan Castillo, general secretary of the Communist Party of Uruguay, said the CPC has led "
            "China to great achievements.\n\n"
            "The Communist Party of Cuba extended brotherly greetings in a message to the CPC Central "
            "Committee.")
    items = roundup(text, title="Communist Party of Cuba, other foreign parties send greetings to CPC")
    assert [r.country for r in items] == ["Cuba", "Uruguay"]
    assert [r.item for r in items] == [0, 1]


def test_a_chinese_roundup_with_senders_named_side_by_side():
    text = ("新华社北京7月5日电 多国政党和政要近日纷纷致电致函，祝贺中国共产党成立周年。\n"
            "古巴共产党中央委员会第一书记迪亚斯-卡内尔，越南共产党中央委员会总书记阮富仲，"
            "乌拉圭共产党总书记卡斯蒂略，比利时工人党主席海德布雷赫特分别致电习近平总书记，表示热烈祝贺。\n"
            "迪亚斯-卡内尔表示，古巴共产党愿同中国共产党加强交流。")
    items = roundup(text, title="外国政党政要纷纷致电祝贺中国共产党成立周年", lang="zh")
    assert [r.country for r in items] == ["Cuba", "Uruguay"]
    assert all(r.event_type == "message" and r.event_date is None for r in items)
    assert parties(items[0]) == {"Communist Party of Cuba"}
    assert [r.contacts[0].name for r in items] == ["迪亚斯-卡内尔 (Miguel Díaz-Canel)", "卡斯蒂略"]


DIGEST = (
    "On May 8, Liu Jianchao, head of the International Department of the CPC Central Committee (IDCPC), "
    "met in Beijing with a delegation of the Communist Party of Cuba led by Roberto Morales Ojeda.\n\n"
    "On May 12, IDCPC Vice Minister Guo Yezhou held a video call with Gleisi Hoffmann, president of the "
    "Workers' Party of Brazil.\n\n"
    "On May 15, Guo Yezhou met with a delegation of the Workers' Party of Korea.\n\n"
    "On May 20, Liu Jianchao met with Fernando Pereira, president of Uruguay's Broad Front, who was "
    "visiting China."
)


def test_a_digest_gives_three_items_with_their_own_days():
    items = extract_items({"url": "https://www.idcpc.org.cn/english/news/202405/t20240525_9.html",
                           "source": "idcpc", "lang": "en", "title": "IDCPC News in Brief",
                           "published": "2024-05-25", "text": DIGEST})
    assert [(r.item, r.country, r.event_date) for r in items] == [
        (0, "Cuba", "2024-05-08"), (1, "Brazil", "2024-05-12"), (2, "Uruguay", "2024-05-20")]
    assert [r.event_type for r in items] == ["meeting", "video_call", "meeting"]
    assert [parties(r) for r in items] == [{"Communist Party of Cuba"}, {"Workers' Party (Brazil)"},
                                           {"Broad Front"}]
    for record in items:
        span = record.evidence["event_date"][0]
        assert DIGEST[span.start:span.end] == span.text


def test_a_chinese_digest():
    text = ("5月8日，中联部部长刘建超在京会见古巴共产党代表团。\n"
            "5月12日，中联部副部长郭业洲同巴西劳工党主席霍夫曼举行视频通话。\n"
            "5月20日，刘建超会见乌拉圭广泛阵线主席佩雷拉。")
    items = extract_items({"url": "https://www.idcpc.org.cn/lldt/202405/t20240525_9.html", "source": "idcpc",
                           "lang": "zh", "title": "中国共产党对外交往简讯", "published": "2024-05-25",
                           "text": text})
    assert [(r.country, r.event_date) for r in items] == [
        ("Cuba", "2024-05-08"), ("Brazil", "2024-05-12"), ("Uruguay", "2024-05-20")]


ONE = ("Beijing, May 10th--Liu Jianchao, head of the International Department of the CPC Central "
       "Committee, met here today with visitors from the Communist Party of Cuba led by Roberto "
       "Morales Ojeda.\n\nThe two sides exchanged views on party building.")


def test_a_page_with_one_exchange_is_unchanged():
    items = extract_items({"url": URL, "source": "idcpc", "lang": "en", "title": "Liu Jianchao Meets PCC "
                           "Delegation", "published": "2019-05-10", "text": ONE})
    assert len(items) == 1 and items[0].item == 0
    single = idcpc(ONE, title="Liu Jianchao Meets PCC Delegation", url=URL)
    assert items[0].to_dict() == single.to_dict()
    assert single.country == "Cuba" and single.event_type == "meeting" and single.event_date == "2019-05-10"


def test_extract_many_yields_every_item_and_extract_pages_groups_them():
    docs = [{"url": URL, "source": "idcpc", "lang": "en", "title": "Highlights of foreign congratulatory "
             "messages (3)", "published": "2021-07-05", "text": ROUNDUP_EN},
            {"url": "https://x.org/one", "source": "idcpc", "lang": "en", "title": "Liu Jianchao Meets PCC "
             "Delegation", "published": "2019-05-10", "text": ONE}]
    flat = list(extract_many(docs))
    # the roundup's senders come from two LAC countries: item 0 is the page's collective record
    assert [(r.url, r.item, r.collective) for r in flat] == [
        (URL, 0, True), (URL, 1, False), (URL, 2, False), ("https://x.org/one", 0, False)]
    pages = list(extract_pages(docs))
    assert [len(p) for p in pages] == [3, 1]
    assert extract(docs[0]).to_dict() == flat[0].to_dict()  # extract: item 0


def test_the_records_store_keeps_every_item_and_drops_those_a_page_no_longer_reports(tmp_path):
    items = roundup()  # items 1 and 2 (item 0 is the page's collective record)
    for record in items:
        record.item -= 1
        record.key = "idcpc:777"
    store = RecordStore(tmp_path / "records.sqlite")
    try:
        assert store.put_page(items) == 2
        assert [store.key_of(r) for r in items] == ["idcpc:777", "idcpc:777#1"]
        assert [r.item for r in store.page("idcpc:777")] == [0, 1]
        assert store.get(item_key("idcpc:777", 1)).country == "Dominica"
        assert store.put_page(items) == 0  # unchanged
        assert store.put_page(items[:1]) == 1  # the page now reports one exchange: item 1 goes
        assert [r.item for r in store.page("idcpc:777")] == [0]
        assert len(store) == 1
    finally:
        store.close()


TRIP = ("HAVANA, May 10 (Xinhua) -- A delegation of the Communist Party of China (CPC) led by Li Xi "
        "visited Cuba, Mexico and Brazil from May 10 to May 20.\n\n"
        "In Cuba, the delegation met on May 10 with Miguel Diaz-Canel, who heads the Communist Party of "
        "Cuba as first secretary, and the two sides exchanged views on party building.\n\n"
        "The delegation also toured a biotechnology centre in Havana.\n\n"
        "In Mexico, Li Xi met on May 14 with Mario Delgado, president of the National Regeneration "
        "Movement (Morena).\n\n"
        "In Brazil, the delegation met on May 18 with Gleisi Hoffmann, president of the Workers' Party.")


def test_a_trip_to_several_countries_gives_one_item_per_leg():
    items = extract_items({"url": "https://www.idcpc.org.cn/english/news/202405/t20240521_3.html",
                           "source": "idcpc", "lang": "en",
                           "title": "CPC delegation visits Cuba, Mexico and Brazil",
                           "published": "2024-05-21", "text": TRIP})
    # the headline names the trip's three stops: item 0 is the trip as one multilateral record
    # (the codebook's page), its legs follow as items 1-3
    trip, *items = items
    assert (trip.item, trip.collective, trip.country) == (0, True, "multilateral")
    assert trip.event_date == "2024-05-10"
    assert trip.mechanism == ["regional", "leftist"]  # every host party is leftist
    assert parties(trip) == {"Communist Party of Cuba", "National Regeneration Movement",
                             "Workers' Party (Brazil)"}
    assert [(r.item, r.country, r.event_date) for r in items] == [
        (1, "Cuba", "2024-05-10"), (2, "Mexico", "2024-05-14"), (3, "Brazil", "2024-05-18")]
    assert {r.event_type for r in items} | {trip.event_type} == {"delegation_visit_abroad"}
    assert [parties(r) for r in items] == [{"Communist Party of Cuba"}, {"National Regeneration Movement"},
                                           {"Workers' Party (Brazil)"}]
    havana = TRIP.index("biotechnology")
    leg = items[0].evidence["item"][0]
    assert leg.start < havana < leg.end  # a leg runs to the next country's paragraph


def test_a_trip_to_one_country_stays_one_record():
    text = TRIP.split("\n\nIn Mexico")[0].replace("Cuba, Mexico and Brazil", "Cuba")
    items = extract_items({"url": URL, "source": "idcpc", "lang": "en", "title": "CPC delegation visits Cuba",
                           "published": "2024-05-21", "text": text})
    assert len(items) == 1 and items[0].country == "Cuba" and items[0].item == 0


def test_senders_listed_in_one_sentence_are_separate_items():
    text = ("BEIJING, Oct. 19 -- Political parties and leaders abroad have sent congratulatory messages to "
            "the CPC on its national congress.\n\n"
            "The Communist Party of Vietnam Central Committee extended warm congratulations in a message.\n\n"
            "Leaders having sent congratulatory messages included Kazakh President Kassym-Jomart Tokayev, "
            "Cuban President Miguel Diaz-Canel, Venezuelan President Nicolas Maduro and Serbian President "
            "Aleksandar Vucic.")
    items = roundup(text, title="World leaders congratulate congress", published="2022-10-19")
    assert [(r.country, r.contacts[0].name) for r in items] == [("Cuba", "Miguel Diaz-Canel"),
                                                                ("Venezuela", "Nicolas Maduro")]
    assert items[0].evidence["item"][0].text == "Cuban President Miguel Diaz-Canel"


def test_a_roundup_names_its_senders_in_several_ways():
    text = ("BEIJING, Oct. 20 (Xinhua) -- Leaders of parties abroad have congratulated the CPC Central "
            "Committee on the opening of its national congress.\n\n"
            "The following is an edited summary of some of the messages.\n\n"
            "Javier Miranda, president of the Broad Front of Uruguay\n\n"
            "Under the CPC's leadership China has lifted hundreds of millions out of poverty, and its "
            "experience in building a modern country is followed closely by progressive forces in many "
            "countries and regions of the world.\n\n"
            "The congress will open new paths for the Chinese people, President of the Jamaica Labour Party "
            "Andrew Holness said.\n\n"
            "The CPC keeps its promises to the people, said Gleisi Hoffmann, president of Brazil's "
            "Workers' Party.")
    items = roundup(text, title="Highlights of foreign congratulatory messages (9)", published="2022-10-20")
    assert [(r.country, r.contacts[0].name) for r in items] == [
        ("Uruguay", "Javier Miranda"), ("Jamaica", "Andrew Holness"), ("Brazil", "Gleisi Hoffmann")]


def test_a_digest_reports_two_meetings_with_one_party_as_two_items():
    text = ("【刘建超会见古巴客人】5月8日，中联部部长刘建超在京会见古巴共产党代表团。\n"
            "【郭业洲会见古巴客人】5月16日，中联部副部长郭业洲在京会见古巴共产党中央委员会国际关系部部长。")
    items = extract_items({"url": "https://www.idcpc.org.cn/lldt/202405/t20240525_8.html", "source": "idcpc",
                           "lang": "zh", "title": "中国共产党对外交往简讯", "published": "2024-05-25",
                           "text": text})
    assert [(r.item, r.country, r.event_date) for r in items] == [(0, "Cuba", "2024-05-08"),
                                                                 (1, "Cuba", "2024-05-16")]


def test_a_roundup_of_condolences_without_headline_gives_its_lac_sender():
    text = (" date 2021-03-20 Leaders of many countries and parties have conveyed condolences to the "
            "Communist Party of China (CPC) over the death of a veteran party leader.\n\n"
            "The late leader was a friend of the people of Vietnam, said the head of the Communist Party "
            "of Vietnam in a message.\n\n"
            "He stood by the Cuban revolution in its hardest years, said Miguel Diaz-Canel, who leads the "
            "Communist Party of Cuba as its first secretary.")
    items = extract_items({"url": "http://www.example-daily.cn/news/2103/1.html", "source": "idcpc",
                           "lang": "en", "title": None, "published": None, "text": text})
    lac = [r for r in items if r.relevant]
    assert [r.country for r in lac] == ["Cuba"]
    assert lac[0].event_type == "message" and parties(lac[0]) == {"Communist Party of Cuba"}


PROSE_ROUNDUP = [
    "BEIJING, July 2 (Xinhua) -- Leaders of political parties around the world have sent messages to the "
    "Central Committee of the Communist Party of China (CPC) on the anniversary of its founding.",
    "Juan Castillo, general secretary of the Communist Party of Uruguay, said in his message that the CPC "
    "has led the Chinese people to remarkable achievements over the past century. He said his party "
    "looks forward to deeper exchanges with the CPC in the years ahead.",
    "Keir Starmer, leader of the British Labour Party, said in a message that the two parties should keep "
    "talking about the common challenges facing the world. He wished the CPC every success.",
    "Roosevelt Skerrit, leader of the Dominica Labour Party and prime minister of Dominica, said in his "
    "message that Dominica values the friendship and support of China. He added that the Caribbean "
    "country is ready to work with China for shared development.",
    "Bert De Belder, international secretary of the Workers' Party of Belgium, said the CPC's experience "
    "in fighting poverty is of great value to the world. He said the party hopes to learn more.",
]


def test_a_roundup_stored_on_one_line_is_read_sentence_by_sentence():
    paragraphed = roundup("\n\n".join(PROSE_ROUNDUP), title="Foreign parties congratulate CPC on anniversary",
                          published="2021-07-02")
    one_line = roundup(" ".join(PROSE_ROUNDUP), title="Foreign parties congratulate CPC on anniversary",
                       published="2021-07-02")
    expected = [("Uruguay", "Juan Castillo"), ("Dominica", "Roosevelt Skerrit")]
    assert [(r.country, r.contacts[0].name) for r in paragraphed] == expected
    assert [(r.country, r.contacts[0].name) for r in one_line] == expected
    assert [parties(r) for r in one_line] == [{"Communist Party of Uruguay"}, {"Dominica Labour Party"}]


SENDERS = ("BEIJING, Oct. 20 (Xinhua) -- Political parties and leaders abroad have sent messages to the "
           "Central Committee of the Communist Party of China (CPC) on the opening of its national "
           "congress.\n\n"
           "Nguyen Phu Trong, general secretary of the Communist Party of Vietnam, said in his message that "
           "the congress is of great significance.\n\n"
           "Miguel Diaz-Canel, first secretary of the Communist Party of Cuba, said in his message that Cuba "
           "wishes the congress every success.\n\n"
           "Gleisi Hoffmann, president of Brazil's Workers' Party, said the CPC has led China to historic "
           "achievements.")


def test_a_roundup_whose_headline_has_no_collective_word_is_read_by_its_lead():
    items = roundup(SENDERS, title="Congratulations pour in for CPC national congress",
                    published="2022-10-20")
    assert [(r.country, r.contacts[0].name) for r in items] == [
        ("Cuba", "Miguel Diaz-Canel"), ("Brazil", "Gleisi Hoffmann")]


def test_a_roundup_headlined_on_a_sender_from_elsewhere_keeps_its_lac_senders():
    items = roundup(SENDERS, title="Vietnamese, other leaders congratulate CPC national congress",
                    published="2022-10-20")
    assert [r.country for r in items] == ["Cuba", "Brazil"]


def test_a_roundup_of_letters_praising_china_is_read_like_a_roundup_of_congratulations():
    """Letters and messages "to" the CPC are messages like congratulations are (no congratulation
    word needed); 致信 / 来信 likewise in Chinese."""
    items = roundup(text="BEIJING, May 27 (Xinhua) -- Leaders of foreign political parties have spoken "
                    "highly of the CPC's leadership in fighting the epidemic in letters to the IDCPC.\n"
                    "Nguyen Van An of Vietnam said the results were remarkable.\n"
                    "Cuban Communist Party official Jose Ramon Balaguer said in a letter that China has "
                    "set an example.\n"
                    "Uruguay's Broad Front president Javier Miranda expressed his support.\n",
                    title="Foreign leaders praise China's fight against the epidemic", published="2020-05-27")
    assert [r.country for r in items] == ["Cuba", "Uruguay"]
    assert all(r.relevant and r.event_type == "message" for r in items)
    zh = roundup(text="新华社北京5月27日电 多国政党领导人近日致信中联部，高度评价中国抗疫成就。\n"
                 "古巴共产党中央委员会表示，中国为世界树立了榜样。\n"
                 "乌拉圭广泛阵线主席米兰达表示支持。\n", title="多国政党领导人致信中联部", lang="zh",
                 published="2020-05-27")
    assert [r.country for r in zh] == ["Cuba", "Uruguay"]


def test_a_roundup_whose_entries_quote_the_messages_is_found_without_a_message_word_in_the_lead():
    text = ("BEIJING, May 27 (Xinhua) -- Political leaders of various countries have expressed support for "
            "China's fight against the epidemic.\n"
            "Nguyen Van An of Vietnam said in a message to the CPC that the results were remarkable.\n"
            "Jose Ramon Balaguer, head of the International Relations Department of the Communist Party of "
            "Cuba, said in a letter to the IDCPC that China has set an example.\n"
            "Javier Miranda, president of Uruguay's Broad Front, said in his message that he supports "
            "China.\n")
    items = roundup(text=text, title="Foreign leaders hail China's efforts against the epidemic",
                    published="2020-05-27")
    assert [r.country for r in items] == ["Cuba", "Uruguay"]
    assert all(r.relevant and r.event_type == "message" for r in items)


# ------------------------------------------- a roundup of several countries, coded as a page


def test_a_roundup_of_senders_from_several_lac_countries_is_also_coded_as_one_multilateral_page():
    """Codebook: one page, one record — the exchange the headline reports. A headline about the
    messages of many senders, naming none, reports them together; with senders from two or more
    LAC countries that record is multilateral (a group of actors from several LAC countries),
    regional, every sender a contact. The exchanges follow it as items 1, 2 …"""
    records = extract_items({"url": URL, "source": "idcpc", "lang": "en", "published": "2021-07-05",
                             "title": "Highlights of foreign congratulatory messages (3)",
                             "text": ROUNDUP_EN})
    page, *items = records
    assert page.collective and page.item == 0 and page.relevant
    assert (page.country, page.exchange_type, page.event_type) == ("multilateral", "multilateral", "message")
    assert {c.name for c in page.contacts} >= {"Juan Castillo", "Roosevelt Skerrit"}
    assert parties(page) == {"Communist Party of Uruguay", "Dominica Labour Party"}
    # a communist party and a labour party: a group of different families is no leftist counterpart
    assert page.mechanism == ["regional"]
    assert page.event_date is None  # the entries name no day of their own; the dateline is the report's
    assert page.content == "daily interaction"
    assert [(r.item, r.country, r.collective) for r in items] == [
        (1, "Uruguay", False), (2, "Dominica", False)]
    assert exchanges(records) == items
    for span in page.evidence["contacts"]:
        assert ROUNDUP_EN[span.start:span.end] == span.text


def test_a_collective_roundup_of_leftist_parties_only_is_leftist():
    records = extract_items({"url": URL, "source": "idcpc", "lang": "en", "published": "2022-10-20",
                             "title": "Congratulations pour in for CPC national congress", "text": SENDERS})
    assert records[0].collective and records[0].mechanism == ["regional", "leftist"]
    assert [r.country for r in exchanges(records)] == ["Cuba", "Brazil"]


def test_a_roundup_of_one_lac_country_or_headlined_on_a_sender_has_no_collective_record():
    one_country = ("BEIJING, July 6 (Xinhua) -- Leaders of foreign political parties have sent messages to "
                   "the CPC Central Committee on the anniversary of its founding.\n\n"
                   "Miguel Diaz-Canel, first secretary of the Communist Party of Cuba, said the Cuban "
                   "communists stand with their Chinese comrades.\n\n"
                   "Bert De Belder, international secretary of the Workers' Party of Belgium, sent warm "
                   "greetings.")
    records = extract_items({"url": URL, "source": "idcpc", "lang": "en", "published": "2021-07-06",
                             "title": "Foreign leaders congratulate CPC on anniversary", "text": one_country})
    assert [(r.country, r.collective) for r in records] == [("Cuba", False)]
    headlined = extract_items({"url": URL, "source": "idcpc", "lang": "en", "published": "2022-10-20",
                               "title": "Cuban leader, other leaders congratulate CPC national congress",
                               "text": SENDERS})
    assert not any(r.collective for r in headlined)
    assert [r.country for r in headlined] == ["Cuba", "Brazil"]


def test_a_chinese_roundup_of_several_countries_names_quoted_parties():
    """Chinese prints a party whose name is a phrase between quotation marks (秘鲁“为了变革秘鲁人”党):
    the party is still found, and the leader named after it is bound to it."""
    text = ("新华社北京10月20日电 一些外国政党和政要近日纷纷致电致函，祝贺中国共产党全国代表大会召开。\n"
            "委内瑞拉统一社会主义党主席、总统马杜罗在贺函中表示，大会将规划中国未来的发展道路。\n"
            "秘鲁“为了变革秘鲁人”党领袖、总统库琴斯基在贺函中表示，祝贺中国取得的成就。")
    records = extract_items({"url": URL, "source": "idcpc", "lang": "zh", "published": "2017-10-20",
                             "title": "外国政党和政要祝贺中共全国代表大会召开", "text": text})
    page = records[0]
    assert page.collective and page.country == "multilateral" and page.mechanism == ["regional"]
    assert parties(page) == {"United Socialist Party of Venezuela", "Peruvians for Change"}
    peru = next(r for r in exchanges(records) if r.country == "Peru")
    assert {c.party for c in peru.contacts} == {"Peruvians for Change"}


# ------------------------------------------- a digest that does not say it is one


@pytest.mark.parametrize("title", ["", "中联部一周外事活动"])
def test_paragraphs_each_opening_with_their_day_under_a_generic_headline_are_a_digest(title):
    """Codebook: a page with no headline, or a generic one, is coded by the first exchange with LAC
    actors it reports; each dated paragraph is an exchange of its own."""
    text = ("5月6日，郭业洲会见越南共产党代表团。\n5月7日，宋涛会见巴西劳工党代表团。\n"
            "5月9日，钱洪山同乌拉圭广泛阵线领导人视频通话。")
    records = extract_items({"url": URL, "source": "idcpc", "lang": "zh", "title": title,
                             "published": "2019-05-10", "text": text})
    assert [(r.item, r.country, r.event_type, r.event_date) for r in records] == [
        (0, "Brazil", "meeting", "2019-05-07"), (1, "Uruguay", "video_call", "2019-05-09")]


def test_a_page_headlined_on_one_exchange_is_no_digest_for_its_dated_paragraphs():
    text = ("5月6日，宋涛会见巴西劳工党代表团。\n"
            "5月7日，代表团赴福建考察。")
    records = extract_items({"url": URL, "source": "idcpc", "lang": "zh", "title": "宋涛会见巴西劳工党代表团",
                             "published": "2019-05-10", "text": text})
    assert len(records) == 1 and records[0].event_type == "meeting" and records[0].country == "Brazil"


def test_a_trip_headlined_on_one_stop_is_that_leg():
    records = extract_items({"url": "https://www.idcpc.org.cn/english/news/202405/t20240521_3.html",
                             "source": "idcpc", "lang": "en", "title": "CPC delegation visits Mexico",
                             "published": "2024-05-21", "text": TRIP})
    assert not any(r.collective for r in records)


def test_a_collective_roundup_is_leftist_only_when_each_sender_names_a_leftist_party():
    """A government sender's ruling party tags its own exchange, not the group's: the group is
    leftist by the party families the page names."""
    text = ("BEIJING, Oct. 20 (Xinhua) -- Political parties and leaders abroad have sent messages to "
            "the Central Committee of the Communist Party of China (CPC) on the opening of its national "
            "congress.\n\nMiguel Diaz-Canel, first secretary of the Communist Party of Cuba, said in his "
            "message that Cuba wishes the congress every success.\n\n"
            "Venezuelan Foreign Minister Yvan Gil said in a letter that the congress is of great "
            "significance.")
    records = extract_items({"url": URL, "source": "idcpc", "lang": "en", "published": "2022-10-20",
                             "title": "Congratulations pour in for CPC national congress", "text": text})
    assert records[0].collective and records[0].mechanism == ["regional"]
    venezuela = next(r for r in records if r.country == "Venezuela")
    assert "leftist" in venezuela.mechanism  # its own exchange: the ruling party's government


def test_a_roundups_tail_list_of_parties_gives_one_sender_each():
    """"此外，A、B、C等拉美政党也致电致函表示祝贺": after one quoted entry, the tail sentence lists
    further senders; each is an exchange, so the headline naming none of them gets the collective
    record of all."""
    from nlp.extract import extract_items
    records = extract_items({
        "url": "https://www.idcpc.org.cn/bzhd/wshd/202610/t20261024_1.html", "source": "idcpc", "lang": "zh",
        "title": "多国政党政要祝贺中国共产党成立105周年", "published": "2026-07-03",
        "text": "近日，多国政党政要致电致函，祝贺中国共产党成立105周年。\n"
                "古巴共产党中央第一书记迪亚斯-卡内尔表示，衷心祝贺。\n"
                "此外，巴西劳工党、智利共产党、乌拉圭广泛阵线等拉美政党也致电致函表示祝贺。"})
    page = records[0]
    assert page.collective and page.country == "multilateral"
    senders = {r.country for r in records[1:]}
    assert senders == {"Cuba", "Brazil", "Chile", "Uruguay"}
