"""Message pages whose LAC senders are named only after the lead (campaign Z2).

Self-written releases in the sites' style; the party and leader names are facts. A roundup of
messages ("leaders of political parties of many countries sent messages …") reads its senders one
by one; two LAC countries' parties reported sentence by sentence in one paragraph are two senders
(country: multilateral), and the speaker of an inverted attribution ('"…," said X') is a sender,
not a topic of what was said."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

from nlp.extract import extract_items
from nlp.schema import Record
from nlp.sentences import sentence_ends
from nlp.topic_clauses import in_what_was_said

PCC = "Communist Party of Cuba"
PSUV = "United Socialist Party of Venezuela"
PT = "Workers' Party (Brazil)"
PCDOB = "Communist Party of Brazil"
ZH_URL = "https://www.idcpc.org.cn/bzhd/wshd/202210/t20221025_1.html"
VN_ZH = "越共中央总书记阮富仲在贺电中表示，越方高度评价中国共产党取得的成就。\n"
VN_EN = ("Nguyen Phu Trong, General Secretary of the Communist Party of Vietnam, said in his "
         "message that the two parties share ideals.\n")
LEAD_ZH = "近日，多国政党和政治组织领导人致电致函习近平，热烈祝贺他再次当选中共中央总书记。\n"
TITLE_ZH = "多国政党领导人祝贺习近平再次当选中共中央总书记"
LEAD_EN = ("Recently, leaders of political parties of many countries sent messages to Xi Jinping, "
           "congratulating him on his re-election as General Secretary of the CPC Central "
           "Committee.\n")
TITLE_EN = "Leaders of Political Parties of Many Countries Congratulate Xi Jinping"


def _zh(body: str, title: str = TITLE_ZH) -> list[Record]:
    return extract_items({"url": ZH_URL, "source": "idcpc", "lang": "zh", "title": title,
                          "published": "2022-10-25", "text": "联络动态\n" + body})


def test_zh_region_paragraph_two_senders_sentence_by_sentence_is_multilateral() -> None:
    items = _zh(LEAD_ZH + VN_ZH +
                "在拉美，古巴共产党中央第一书记迪亚斯-卡内尔表示，古方坚定支持中方。"
                "委内瑞拉统一社会主义党主席马杜罗在贺函中说，委中友谊牢不可破。\n")
    record = items[0]
    assert record.relevant and record.country == "multilateral" and record.event_type == "message"
    assert parties(record) == {PCC, PSUV}
    assert sorted(record.mechanism) == ["leftist", "regional"]
    assert {r.country for r in items[1:]} == {"Cuba", "Venezuela"}


def test_traditional_region_paragraph_two_senders_is_multilateral() -> None:
    record = _zh("近日，多國政黨和政治組織領導人致電致函習近平，熱烈祝賀他再次當選中共中央總書記。\n"
                 "越共中央總書記阮富仲在賀電中表示，越方高度評價中國共產黨取得的成就。\n"
                 "古巴共產黨中央委員會在賀電中表示，古方堅定支持中方。"
                 "委內瑞拉統一社會主義黨在賀函中說，委中友誼牢不可破。\n",
                 "多國政黨領導人祝賀習近平再次當選中共中央總書記")[0]
    assert record.country == "multilateral" and parties(record) == {PCC, PSUV}


def test_en_paragraph_two_senders_sentence_by_sentence_is_multilateral() -> None:
    record = idcpc(LEAD_EN + VN_EN +
                   "The Communist Party of Cuba said in its message that Cuba will always stand "
                   "with China. The United Socialist Party of Venezuela said in its letter that the "
                   "friendship between the two parties is unbreakable.\n", title=TITLE_EN)
    assert record.relevant and record.country == "multilateral"
    assert parties(record) == {PCC, PSUV}


def test_one_senders_paragraph_naming_another_party_in_what_was_said_stays_one_country() -> None:
    # the second party is what the Cuban sender spoke of, not a sender: no cut, Cuba alone
    items = _zh(LEAD_ZH + VN_ZH +
                "古巴共产党中央第一书记迪亚斯-卡内尔在贺电中表示，古方坚定支持中方。"
                "他还表示，古巴共产党愿同委内瑞拉统一社会主义党一道学习中国经验。\n")
    assert items[0].country == "Cuba" and parties(items[0]) == {PCC}


def test_one_countrys_two_sentences_stay_one_sender() -> None:
    items = _zh(LEAD_ZH + VN_ZH +
                "古巴共产党中央第一书记迪亚斯-卡内尔在贺电中表示，古方坚定支持中方。"
                "古巴共产党中央委员会表示，两党是同志加兄弟。\n")
    assert items[0].country == "Cuba" and parties(items[0]) == {PCC}
    assert len(items) == 1


def test_inverted_attribution_party_is_the_sender() -> None:
    record = idcpc("Political parties of many countries sent messages of condolence to the CPC "
                   "Central Committee on the passing of Comrade Li Keqiang.\n" + VN_EN +
                   "\"Li Keqiang was a great friend of our people,\" said the Communist Party of "
                   "Brazil in its message.\n",
                   title="Foreign Parties Mourn Passing of Comrade Li Keqiang", published="2023-10-30")
    assert record.relevant and record.country == "Brazil" and record.event_type == "message"
    assert parties(record) == {PCDOB}
    assert sorted(record.mechanism) == ["bilateral", "leftist"]


def test_inverted_attribution_person_then_party() -> None:
    record = idcpc("Leaders of foreign political parties have sent messages to Xi Jinping on his "
                   "re-election.\n" + VN_EN +
                   "\"The CPC has led China to remarkable achievements,\" said Gleisi Hoffmann, "
                   "president of the Workers' Party of Brazil, in the message.\n",
                   title="Foreign Leaders Congratulate Xi Jinping")
    assert record.country == "Brazil" and PT in parties(record)


def test_in_what_was_said_reads_inverted_attribution() -> None:
    text = "\"We salute the CPC,\" said the Communist Party of Cuba in its message."
    assert not in_what_was_said(text, text.index("Communist Party of Cuba"))
    plain = "Zyuganov said the Communist Party of Cuba is a close friend."
    assert in_what_was_said(plain, plain.index("Communist Party of Cuba"))
    # the speaker's own clause after the quote, then a new speech verb: what he noted is said
    after = "\"We salute the CPC,\" said Zyuganov, who noted that the Communist Party of Cuba agrees."
    assert in_what_was_said(after, after.index("Communist Party of Cuba"))
    # a new quotation opened after the verb is what was said
    quoted = "He said: \"Like the Communist Party of Cuba, we admire the CPC.\""
    assert in_what_was_said(quoted, quoted.index("Communist Party of Cuba"))


def test_non_lac_senders_citing_latin_america_stay_not_relevant() -> None:
    record = idcpc("Leaders of political parties of many countries sent messages to Xi Jinping "
                   "congratulating him on his re-election.\n" + VN_EN +
                   "\"China's path is followed closely from Latin America to Africa,\" said Gennady "
                   "Zyuganov, who noted that the Communist Party of Cuba shares this view.\n",
                   title="Foreign Party Leaders Congratulate Xi Jinping")
    assert not record.relevant


def test_zh_non_lac_sender_citing_cuba_stays_not_relevant() -> None:
    record = _zh("近日，越共中央致电中共中央，祝贺中共二十大胜利召开。"
                 "贺电表示，越中两国同古巴、老挝一道，坚持社会主义道路。\n"
                 "贺电还表示，越方愿同中方加强交流。\n", "越共中央致电祝贺中共二十大胜利召开")[0]
    assert not record.relevant


CONDOLENCE_EN = ("Leaders of many countries and political parties have sent messages of condolence to Xi "
                 "Jinping over the passing of Comrade Jiang Zemin.\n" + VN_EN)


def test_no_break_spaces_read_as_spaces_in_a_condolence_roundup() -> None:
    # "&nbsp;" between the words of "messages of condolence": the roundup's cue all the same
    text = (CONDOLENCE_EN + "Miguel Diaz-Canel, who is First Secretary of the Central Committee of the "
            "Communist Party of Cuba, said in his message that Comrade Jiang Zemin was a great friend.\n")
    for space in ("\xa0", "\u202f", "\u2009"):
        record = idcpc(text.replace(" ", space), title="Foreign Leaders Mourn Passing of Comrade Jiang Zemin",
                       published="2022-12-02")
        assert record.relevant and record.country == "Cuba" and record.event_type == "message", space
        assert parties(record) == {PCC}
        assert all(space in s.text for s in record.evidence["country"] if " " in s.text.strip())


def test_no_break_spaces_without_lac_sender_stay_not_relevant() -> None:
    text = CONDOLENCE_EN + ("Gennady Zyuganov, Chairman of the Communist Party of the Russian Federation, "
                            "expressed deep grief.\n")
    record = idcpc(text.replace(" ", "\xa0"), title="Foreign Leaders Mourn Passing of Comrade Jiang Zemin",
                   published="2022-12-02")
    assert not record.relevant


def test_sentences_end_after_an_acronym_not_after_an_initial() -> None:
    text = ("Trong said the party hopes to deepen exchanges with the CPC. Thongloun said the same. "
            "He met U.S. President Biden and Luiz I. Lula da Silva. The PSUV. "
            "\"It is a friend of the FMLN.\" Next")
    ends = sentence_ends(text, 0, len(text), False)
    assert [text[:e].rsplit(" ", 1)[-1] for e in ends] == ["CPC.", "same.", "Silva.", "PSUV.", 'FMLN."']


def test_one_line_agency_copy_reads_its_senders_sentence_by_sentence() -> None:
    # a copy stored as one line, its senders' sentences ending in an acronym ("… with the CPC."),
    # a "Related News" teaser naming Europe after the last sender
    senders = "".join(f"{who} said in the message that the achievements of the CPC over the past decade "
                      f"are remarkable and that the party in {where} hopes to deepen exchanges of "
                      "experience in governance with the CPC. "
                      for who, where in (("Nguyen Phu Trong, head of the Vietnamese party", "Vietnam"),
                                         ("Thongloun Sisoulith, head of the Lao party", "Laos"),
                                         ("Hun Sen, President of the Cambodian People's Party", "Cambodia"),
                                         ("Gennady Zyuganov, head of the Russian communists", "Russia")))
    text = (" date 2022-10-24 Home | China | World | Business | Opinion | Photos Xi receives "
            "congratulations from foreign leaders Source: Xinhua| 2022-10-24 21:04:33|Editor: huaxia "
            "Photo taken on Oct. 23, 2022 shows Xi Jinping at a press meeting in Beijing. (Xinhua/Ju Peng) "
            "BEIJING, Oct. 24 (Xinhua) -- Leaders of political parties of many countries have sent messages "
            "to Xi Jinping congratulating him on his re-election as general secretary of the CPC Central "
            "Committee. " + senders +
            "Miguel Diaz-Canel, who is first secretary of the Central Committee of the Communist Party of "
            "Cuba, said in the message that Cuba is confident in China's future.  Related News Chinese FM "
            "meets visitors from Europe Back to Top")
    record = idcpc(text, title="Xi receives congratulations from foreign leaders", published="2022-10-24",
                   url="http://www.example-agency.com/2022-10/24/c_1129075000.htm")
    assert record.relevant and record.country == "Cuba" and parties(record) == {PCC}


def _entries_en(n: int = 3) -> str:
    return "".join(f"{who} said in the message that the party in {where} hopes to deepen exchanges of "
                   "experience in governance with the Communist Party of China. "
                   for who, where in (("Nguyen Phu Trong", "Vietnam"), ("Thongloun Sisoulith", "Laos"),
                                      ("Hun Sen", "Cambodia"))[:n])


ENTRY_ZH = ("在贺电中表示，中国共产党过去十年取得的成就举世瞩目，愿同中国共产党深化治国理政经验交流，"
            "推动两党关系不断发展，共同为世界和平与发展作出贡献。")
SENDERS_ZH = ("越共中央总书记阮富仲", "老挝人民革命党中央总书记通伦", "柬埔寨人民党主席洪森")


def test_one_line_copy_counts_its_senders_sentences_as_entries() -> None:
    # no collective word in the headline, "several countries" in the lead: the entries that quote
    # messages make the page a roundup, also when the copy keeps them as sentences of one line
    text = ("Leaders of political parties of several countries sent messages to Xi Jinping on his "
            "re-election as General Secretary of the CPC Central Committee. " + _entries_en() +
            "Miguel Diaz-Canel, who is First Secretary of the Central Committee of the Communist Party "
            "of Cuba, said in his message that Cuba will always stand with China.")
    for stored in (text, text.replace(". ", ".\n")):
        record = idcpc(stored, title="Congratulations on Xi Jinping's Re-election")
        assert record.relevant and record.country == "Cuba" and parties(record) == {PCC}


def test_zh_copy_with_indents_for_paragraph_breaks_counts_its_entries() -> None:
    # paragraphs run together, each opened by the ideographic-space indent instead of a line break
    paras = (["联络动态", "作者:", "责任编辑:",
              "近日，一些国家政党和政治组织领导人致电致函习近平，祝贺他再次当选中共中央总书记。"]
             + [who + ENTRY_ZH for who in SENDERS_ZH]
             + ["古巴共产党中央第一书记迪亚斯-卡内尔在贺电中表示，古方将始终同中方站在一起。", ""])
    record = extract_items({"url": ZH_URL, "source": "idcpc", "lang": "zh",
                            "title": "祝贺习近平再次当选中共中央总书记",
                            "published": "2022-10-25", "text": "\u3000\u3000".join(paras)})[0]
    assert record.relevant and record.country == "Cuba" and parties(record) == {PCC}


def test_zero_width_spaces_and_old_line_ends_read_as_spaces_and_breaks() -> None:
    # a zero-width space before each line hid the copy's " date" marker and its furniture
    text = ("\n".join([" date 2021-07-05", "Home | China | World | Business | Opinion | Photos",
                       "Chilean communist leader writes to Xi", "Source: Xinhua| 2021-07-05 21:04:33",
                       "BEIJING, July 5 (Xinhua) -- Guillermo Teillier has written to Xi Jinping, general "
                       "secretary of the CPC Central Committee, on the CPC's centenary.",
                       "Teillier, president of the Communist Party of Chile, said in the letter that the "
                       "CPC's path offers inspiration to the world's left.", "",
                       "Related News", "Chinese FM meets visitors from Europe", "Back to Top"]))
    for stored in ("\n".join("\u200b" + line for line in text.split("\n")), "\ufeff" + text):
        record = idcpc(stored, title="Communist leader writes to Xi on CPC centenary", published="2021-07-05",
                       url="http://www.example-agency.com/2021-07/05/c_1127620000.htm")
        assert record.relevant and record.country == "Chile", repr(stored[:3])
        assert parties(record) == {"Communist Party of Chile"}
    lead = ("Leaders of political parties of several countries sent messages to Xi Jinping on his "
            "re-election as General Secretary of the CPC Central Committee.\n")
    entries = "\n".join(f"{who}, a party leader, said in the message that the party in {where} hopes "
                        "to deepen exchanges with the CPC."
                        for who, where in (("Trong", "Vietnam"), ("Thongloun", "Laos")))
    cuba = ("Miguel Diaz-Canel, who is First Secretary of the Central Committee of the Communist Party "
            "of Cuba, said in his message that Cuba will always stand with China.\n")
    record = idcpc((lead + entries + "\n" + cuba).replace("\n", "\r"),
                   title="Congratulations on Xi Jinping's Re-election")
    assert record.relevant and record.country == "Cuba"


def test_received_greetings_is_a_message_not_a_meeting() -> None:
    for lead in ("At the turn of the New Year, the IDCPC received New Year greetings from the People's "
                 "National Movement of Trinidad and Tobago.",
                 "Liu Jianchao received warm New Year greetings from Gleisi Hoffmann, President of the "
                 "Workers' Party of Brazil.",
                 "Xi Jinping received Spring Festival greetings from the Communist Party of Cuba."):
        assert idcpc(lead).event_type == "message", lead
    # a person received is a meeting, whatever words follow the name
    met = idcpc("Liu Jianchao received Cuban Ambassador Carlos Miguel Pereira in Beijing on May 10.")
    assert met.event_type == "meeting"


def test_message_greeting_the_party_names_its_addressee() -> None:
    # the party only in what Xi's message said, as the one the condolences go to (向…致以慰问)
    record = _zh("11月26日，中共中央总书记、国家主席习近平致电劳尔·卡斯特罗，"
                 "对菲德尔·卡斯特罗同志逝世表示深切哀悼。\n"
                 "习近平在唁电中说，我代表中国共产党中央委员会，"
                 "向古巴共产党中央委员会和古巴人民致以最诚挚的慰问。\n",
                 "习近平就菲德尔·卡斯特罗同志逝世致唁电")[0]
    assert record.relevant and record.country == "Cuba" and record.event_type == "message"
    assert PCC in parties(record)


def test_message_writer_greeting_for_his_party_names_it() -> None:
    # the LAC leader's party as the one whose salute his letter conveys (…向中国共产党致以敬意)
    record = _zh("奥尔特加致函中共中央总书记习近平，热烈祝贺中国共产党成立100周年。\n"
                 "奥尔特加在贺函中表示，尼加拉瓜桑地诺民族解放阵线向中国共产党百年华诞致以敬意。\n",
                 "奥尔特加致函祝贺中国共产党成立100周年")[0]
    assert record.country == "Nicaragua" and parties(record) == {"Sandinista National Liberation Front"}
    assert sorted(record.mechanism) == ["bilateral", "leftist"]


def test_greeting_clause_reading_keeps_other_said_parties_topics() -> None:
    text = "习近平在贺电中说，我们向越南共产党致以热烈祝贺，中方愿同古巴共产党加强交流。"
    assert in_what_was_said(text, text.index("古巴共产党"))
    assert not in_what_was_said(text, text.index("越南共产党"))
    en = "Xi said the CPC extends its deepest condolences to the Communist Party of Cuba."
    assert not in_what_was_said(en, en.index("Communist Party of Cuba"))
    topic = "Xi said the CPC values its friendship with the Communist Party of Cuba."
    assert in_what_was_said(topic, topic.index("Communist Party of Cuba"))


def test_cpc_message_to_a_non_lac_party_citing_a_lac_party_stays_not_relevant() -> None:
    record = _zh("2月3日，中共中央致电越南共产党中央委员会，祝贺越南共产党成立93周年。\n"
                 "贺电说，中共中央向越共中央致以热烈祝贺。"
                 "中方愿同越方以及古巴共产党等兄弟党一道推进社会主义事业。\n",
                 "中共中央致电祝贺越南共产党成立93周年")[0]
    assert not record.relevant


def test_sender_going_on_in_a_run_on_copy_is_no_new_sender() -> None:
    # "久加诺夫还表示" goes on about the Russian sender: Brazil in what he said is no LAC sender
    paras = (["联络动态", "近日，一些国家政党领导人致电习近平，祝贺他再次当选。"]
             + [who + ENTRY_ZH for who in SENDERS_ZH]
             + ["俄罗斯联邦共产党中央主席久加诺夫" + ENTRY_ZH,
                "久加诺夫还表示，从巴西到南非，各国都在学习中国经验。"])
    record = _zh("\u3000\u3000".join(paras), "祝贺习近平再次当选")[0]
    assert not record.relevant


def test_next_sender_said_with_ye_is_a_sender_of_its_own() -> None:
    paras = (["联络动态", "近日，一些国家政党领导人致电习近平，祝贺他再次当选。"]
             + [who + ENTRY_ZH for who in SENDERS_ZH]
             + ["巴西劳工党也表示，中国共产党的成就举世瞩目。"])
    record = _zh("\u3000\u3000".join(paras), "祝贺习近平再次当选")[0]
    assert record.relevant and record.country == "Brazil" and parties(record) == {PT}


def test_quotation_before_an_outside_speaker_is_what_he_said() -> None:
    record = idcpc(LEAD_EN + VN_EN +
                   "\"The CPC is a model for parties from Cuba to Vietnam,\" said Gennady Zyuganov, Chairman "
                   "of the Communist Party of the Russian Federation.\n", title=TITLE_EN)
    assert not record.relevant
    text = "\"We admire Cuba,\" said Zyuganov. \"Cuba\" Maduro wrote."
    assert in_what_was_said(text, text.index("Cuba"))


def test_quotation_before_a_lac_speaker_keeps_the_speakers_party() -> None:
    record = idcpc(LEAD_EN + VN_EN +
                   "\"Cuba will always stand with China,\" said Miguel Diaz-Canel, who is First "
                   "Secretary of the Central Committee of the Communist Party of Cuba.\n", title=TITLE_EN)
    assert record.relevant and record.country == "Cuba" and parties(record) == {PCC}


def test_digest_item_headline_opens_its_item() -> None:
    # each item under its own headline line: the Uruguayan party's headline belongs to its item, not
    # to the end of the Vietnamese meeting before it (item 0: the first exchange with LAC actors)
    items = extract_items({
        "url": "https://www.idcpc.org.cn/english/news/202305/t20230510_1.html", "source": "idcpc",
        "lang": "en", "title": "IDCPC News in Brief", "published": "2023-05-10",
        "text": "Liu Jianchao Meets Vietnamese Delegation\n"
                "On May 8, Liu Jianchao, head of the IDCPC, met with a delegation of the Communist Party of "
                "Vietnam.\nIDCPC Sends Message to Uruguayan Party\n"
                "On May 9, the IDCPC sent a message to the Communist Party of Uruguay congratulating it on "
                "the 102nd anniversary of its founding.\n"})
    assert len(items) == 1
    assert items[0].country == "Uruguay" and items[0].event_type == "message"
    assert parties(items[0]) == {"Communist Party of Uruguay"}


def test_zh_digest_item_headline_opens_its_item() -> None:
    items = _zh("刘建超会见越南共产党代表团\n5月8日，中联部部长刘建超会见越南共产党代表团。\n"
                "中联部致函祝贺乌拉圭共产党成立102周年\n5月9日，中联部致函乌拉圭共产党，祝贺该党成立102周年。\n",
                "中联部简讯")
    assert [(r.country, r.event_type) for r in items] == [("Uruguay", "message")]


def test_digest_without_item_headlines_keeps_its_items() -> None:
    items = _zh("5月8日，中联部部长刘建超会见古巴共产党代表团。\n双方就两党关系交换意见。\n"
                "5月9日，中联部致函乌拉圭共产党，祝贺该党成立102周年。\n", "中联部简讯")
    assert [(r.country, r.event_type) for r in items] == [("Cuba", "meeting"), ("Uruguay", "message")]


def test_lac_envoy_posted_to_a_third_country_is_no_counterpart() -> None:
    record = _zh("中联部致电老挝人民革命党，祝贺老党十一大召开。\n"
                 "贺电在万象举行的仪式上宣读，古巴驻老挝大使等外交使节出席。\n",
                 "中联部致电祝贺老党十一大召开")[0]
    assert not record.relevant
    for envoy in ("the Cuban Ambassador to Laos", "the ambassador of Cuba to Laos",
                  "Cuba's envoy to Vietnam"):
        record = idcpc("The IDCPC sent a message to the Lao People's Revolutionary Party on its congress. "
                       f"The message was read at a ceremony attended by {envoy}.",
                       title="IDCPC Congratulates Lao Party")
        assert not record.relevant, envoy


def test_lac_envoy_to_china_stays_a_counterpart() -> None:
    for lead in ("On May 10, Liu Jianchao met with the Cuban Ambassador to China Carlos Miguel Pereira.",
                 "On May 10, Liu Jianchao met with Cuba's Ambassador to China Carlos Miguel Pereira.",
                 "On March 15, Liu Jianchao invited the Cuban Ambassador to attend a briefing and met him."):
        record = idcpc(lead)
        assert record.relevant and record.country == "Cuba", lead
    record = _zh("5月10日，中联部部长刘建超会见古巴驻华大使佩雷拉。\n", "刘建超会见古巴驻华大使")[0]
    assert record.relevant and record.country == "Cuba"


def test_one_line_digest_reads_its_dated_items() -> None:
    # a digest stored as one line: its dated items are sentences; item 0 is the LAC one
    text = ("Home | China | World | Business | Sci-Tech | Culture | Sports | Photos | Video | Opinion   "
            "IDCPC Leaders Meet Foreign Guests   Source: Xinhua| 2023-10-11 21:07:45|Editor: Huaxia   "
            "Photo taken on Oct. 9, 2023 shows the venue of the event. (Xinhua/Li Xin)   "
            "Beijing, October 10th--Liu Jianchao, head of the IDCPC, met here today with a delegation of "
            "the Lao People's Revolutionary Party.   Beijing, October 9th--Sun Haiyan met with a delegation "
            "of the People's National Party of Jamaica. Sun said the CPC values its ties with the PNP. The "
            "guests said the PNP wishes to learn from the CPC.   Beijing, October 8th--Sun Haiyan met with a "
            "delegation of the Socialist Party of Serbia.   Enditem   Related News   Beijing hosts book fair")
    record = idcpc(text, title="IDCPC Leaders Meet Foreign Guests", published="2023-10-11",
                   url="http://www.example-agency.com/2023-10/11/c_1129911000.htm")
    assert record.relevant and record.country == "Jamaica" and record.event_type == "meeting"
    assert record.event_date == "2023-10-09"


def test_zh_one_line_digest_reads_its_dated_items() -> None:
    record = _zh("10月10日，中联部部长刘建超会见老挝人民革命党代表团。双方就两党关系交换意见。"
                 "10月9日，中联部副部长孙海燕会见牙买加人民民族党代表团。孙海燕表示，中国共产党重视同人民民族党的关系。"
                 "10月8日，孙海燕会见塞尔维亚社会党代表团。", "中联部领导会见外宾")[0]
    assert record.relevant and record.country == "Jamaica" and record.event_type == "meeting"
