"""Each field of an IDCPC record, from short self-written releases."""

from __future__ import annotations

from nlp_helpers import idcpc, parties

from nlp.schema import MULTILATERAL


def test_meeting_with_a_party_delegation_is_a_bilateral_leftist_meeting():
    record = idcpc(
        "Song Tao Meets with PCC Delegation\n( 2018.06.21 )\n\n"
        "Beijing, June 21st--IDCPC head Song Tao met here today with a visiting delegation from the "
        "Communist Party of Cuba (PCC), headed by Roberto Morales Ojeda, a Political Bureau member.\n\n"
        "Song told the guests that the two parties should keep comparing notes on governance. Enditem",
        title="Song Tao Meets with PCC Delegation", published="2018-06-21")
    assert record.relevant
    assert record.country == "Cuba"
    assert record.exchange_type == "bilateral"
    assert record.event_date == "2018-06-21"
    assert record.event_type == "meeting"
    assert record.content == "daily interaction" and record.content_source == "rule"
    assert 0.5 <= record.content_prob <= 1.0
    assert record.mechanism == ["bilateral", "leftist"]
    assert parties(record) == {"Communist Party of Cuba"}
    person = next(c for c in record.contacts if c.name == "Roberto Morales Ojeda")
    assert person.kind == "party" and person.party_id == "pcc-cu"
    for name in ("country", "event_date", "event_type", "contacts"):
        assert record.evidence[name], name
    assert record.versions["extractor"] and record.versions["gazetteer"]


def test_evidence_spans_point_into_the_text():
    text = ("Beijing, May 9th--IDCPC Vice-minister Guo Yezhou met here today with guests from Nicaragua: "
            "a delegation sent by the Sandinista National Liberation Front (FSLN).")
    record = idcpc(text, title="Guo Yezhou Meets with FSLN Delegation")
    for name, spans in record.evidence.items():
        for span in spans:
            source = record.title if span.where == "title" else text
            assert source[span.start:span.end] == span.text, name


def test_government_counterpart_of_a_leftist_ruling_party():
    record = idcpc(
        "Beijing, January 16th--Song Tao met here today with Jorge Arreaza, Venezuelan Foreign Minister, "
        "who is in China for three days.\n\n"
        "Ties with the United Socialist Party of Venezuela (PSUV) matter to the CPC, Song remarked.",
        title="Song Tao Meets with Venezuelan Foreign Minister", published="2020-01-16")
    assert record.country == "Venezuela"
    arreaza = next(c for c in record.contacts if c.name == "Jorge Arreaza")
    assert arreaza.kind == "government"
    assert parties(record) == set()  # PSUV is discussed, not met
    assert record.mechanism == ["bilateral", "leftist"]


def test_non_leftist_party_and_legislature_kinds():
    record = idcpc(
        "Beijing, March 5th--Li Mingxiang met here today with a group from Mexico's Institutional "
        "Revolutionary Party (PRI) led by Ana Lilia Herrera, member of the Chamber of Deputies "
        "of Mexico, who came to study poverty relief.",
        title="Li Mingxiang Meets with PRI Delegation", published="2019-03-05")
    assert record.country == "Mexico"
    assert parties(record) == {"Institutional Revolutionary Party"}
    assert record.mechanism == ["bilateral"]
    herrera = next(c for c in record.contacts if c.name == "Ana Lilia Herrera")
    assert herrera.kind == "legislature"


def test_training_course_is_knowledge_exchange():
    record = idcpc(
        "Beijing, June 10th—An online training course for Nicaraguan cadres of the Sandinista National "
        "Liberation Front (FSLN) started with a short ceremony, at which Shen Beili spoke.",
        title="Shen Beili Attends the Opening of a Training Course for FSLN Cadres", published="2022-06-10")
    assert record.event_type == "training_course"
    assert record.content == "knowledge exchange"
    assert record.content_prob >= 0.75


def test_seminar_forum_message_and_phone_call_event_types():
    seminar = idcpc("On April 9th, scholars and officials of the CPC and of the Workers' Party of "
                    "Brazil (PT) met in Beijing for their seventh theory seminar.",
                    title="Theory Seminar between the CPC and PT Held",
                    published="2024-04-12")
    assert (seminar.event_type, seminar.content, seminar.event_date) == ("seminar", "knowledge exchange",
                                                                         "2024-04-09")
    message = idcpc("BEIJING, April 20 -- A message from Chinese President Xi Jinping on Wednesday "
                    "congratulated Raul Castro, again chosen to lead the Communist Party of Cuba.",
                    title="Xi congratulates Raul Castro", published="2016-04-20")
    assert message.event_type == "message" and message.content == "daily interaction"
    call = idcpc("On Tuesday Liu Jianchao spoke by phone with Gleisi Hoffmann, who chairs the "
                 "Workers' Party of Brazil.", title="Liu Jianchao Holds Phone Call with PT President",
                 published="2023-03-02")
    assert call.event_type == "phone_call"
    assert call.event_date == "2023-02-28"


def test_a_headline_that_is_one_meeting_is_a_meeting_even_abroad():
    # decision rule 4: "X meets Y", also during a visit, is a meeting; the LAC dateline is the setting
    record = idcpc(
        "HAVANA, Oct. 25 (Xinhua) -- Visiting CPC publicity chief Li Shulei was received on Tuesday by "
        "Miguel Diaz-Canel, who heads the Communist Party of Cuba (PCC) as first secretary and is president.",
        title="Cuba's top leader meets senior Chinese official", published="2024-10-25")
    assert record.event_type == "meeting"
    assert record.event_date == "2024-10-22"
    diaz = next(c for c in record.contacts if c.name == "Miguel Diaz-Canel")
    assert diaz.kind == "party" and diaz.party == "Communist Party of Cuba"


def test_a_page_about_a_delegations_visit_as_a_whole_is_a_visit():
    record = idcpc(
        "HAVANA, Oct. 25 (Xinhua) -- A CPC delegation led by Li Shulei visited Cuba from Oct. 21 to 25, "
        "holding talks with leaders of the Communist Party of Cuba and touring a biotech park.",
        title="CPC delegation visits Cuba", published="2024-10-25")
    assert record.event_type == "delegation_visit_abroad"
    assert record.event_date == "2024-10-21"


def test_regional_forum_is_multilateral():
    record = idcpc(
        "Beijing, December 8th--Party leaders from Latin America and the Caribbean gathered here today as "
        "the China-CELAC Political Parties Forum opened its first session.",
        title="China-Latin America and Caribbean Political Parties Forum Opens", published="2015-12-08")
    assert record.relevant
    assert record.country == MULTILATERAL and record.exchange_type == "multilateral"
    assert record.event_type == "forum"
    assert record.mechanism == ["regional"]
    assert record.content == "knowledge exchange"


def test_several_countries_side_by_side_are_multilateral():
    record = idcpc(
        "Beijing, August 8th--A seminar for party cadres from Argentina, Brazil, Chile, Colombia and "
        "Mexico opened here today.", title="Seminar for Party Cadres Opens", published="2016-08-08")
    assert record.country == MULTILATERAL


def test_non_lac_releases_are_not_relevant():
    for text, title in (
        ("Tokyo, August 7th--Song Tao met here today with Renho Murata, who leads Japan's Democratic "
         "Party.", "Song Tao Meets with DPJ President"),
        ("Beijing, April 24th-Guo Yezhou met here today with visitors from Angola's People's Movement for "
         "the Liberation of Angola (MPLA).", "Guo Yezhou Meets with MPLA Delegation"),
    ):
        record = idcpc(text, title=title)
        assert not record.relevant
        assert record.country is None and record.contacts == [] and record.content is None


def test_lac_name_deep_in_a_non_lac_release_does_not_make_it_relevant():
    filler = " ".join(["Both sides exchanged views on party building and governance."] * 30)
    record = idcpc(
        "Beijing, June 2nd--Liu Jianchao met here today with guests from the Communist Party of the "
        f"Russian Federation.\n\n{filler}\n\nHe also recalled a visit to Cuba many years ago.",
        title="Liu Jianchao Meets with CPRF Delegation")
    assert not record.relevant


def test_video_link_is_the_mode_not_the_event():
    course = idcpc("Beijing, March 3rd--A course for young cadres of the Communist Party of Cuba (PCC) began "
                   "today by video link, with IDCPC Vice-minister Ma Hui giving the first lecture.",
                   title="Online Course for PCC Cadres Begins", published="2024-03-03")
    assert course.event_type == "training_course" and course.content == "knowledge exchange"
    talk = idcpc("Beijing, March 4th--Liu Jianchao met by video link today with Gleisi Hoffmann, president "
                 "of the Workers' Party of Brazil.", title="Liu Jianchao Speaks with PT President",
                 published="2024-03-04")
    assert talk.event_type == "video_call"


def test_people_addressed_without_a_role_before_their_name():
    record = idcpc("BEIJING, April 19 -- Xi, who also heads the CPC, on Thursday congratulated Miguel "
                   "Diaz-Canel on his election as Cuba's president.\n\n"
                   "Xi also sent a message of greetings to Raul Castro, who keeps his post at the top of "
                   "the Communist Party of Cuba (PCC) as its first secretary.",
                   title="Xi sends messages to Cuban leaders", published="2018-04-19")
    people = {c.name: c for c in record.contacts}
    assert people["Miguel Diaz-Canel"].kind == "government"
    assert people["Raul Castro"].kind == "party" and people["Raul Castro"].party == "Communist Party of Cuba"


def test_a_lac_china_friendship_group_is_the_lac_side():
    record = idcpc("Beijing, May 7th--Ma Hui met here today with Patricia Nunez, President of the "
                   "Ecuador-China Interparliamentary Friendship Group.",
                   title="Ma Hui Meets Ecuadorian Legislators",
                   published="2024-05-07")
    nunez = next(c for c in record.contacts if c.name == "Patricia Nunez")
    assert nunez.kind == "legislature"


def test_a_multilateral_course_names_its_participants():
    record = idcpc("Beijing, August 8th--A seminar for Latin American party cadres opened here today. "
                   "Over 40 party cadres from Peru, Uruguay and Bolivia take part in the ten-day programme.",
                   title="Seminar for Latin American Party Cadres Opens", published="2016-08-08")
    assert record.country == MULTILATERAL
    assert [c.name for c in record.contacts] == ["40 party cadres from Peru, Uruguay and Bolivia"]
    assert record.contacts[0].kind == "party"
