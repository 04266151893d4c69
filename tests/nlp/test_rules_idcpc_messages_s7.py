"""English IDCPC message pages (congratulations, condolences, letters, replies) between the CPC side
and LAC parties: pages that are the text of a letter, state messages the IDCPC's site carries, and
pages of several senders. Self-written releases; the names of people and parties are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

# --- the text of a letter: the place and day that close it date it (rule 1, a stated day)

LETTERS = [
    ("Dear Comrade Xi Jinping,\nGeneral Secretary of the Central Committee of the Communist Party of China,\n"
     "On behalf of the Central Committee of the Communist Party of Cuba, I extend to you our warmest "
     "congratulations on the 100th anniversary of the founding of your Party.\nCuba will always stand with "
     "China.\nFraternally,\nMiguel Diaz-Canel Bermudez\nFirst Secretary of the Central Committee of the "
     "Communist Party of Cuba\nHavana, June 30, 2021",
     "Message from the Communist Party of Cuba to the CPC Central Committee", "2021-07-05", "2021-06-30"),
    ("Dear Comrade Xi Jinping,\nOn behalf of the United Socialist Party of Venezuela, I convey our sincere "
     "congratulations on your re-election as General Secretary.\nThe PSUV is convinced that China will "
     "continue to advance.\nNicolas Maduro Moros\nPresident of the United Socialist Party of Venezuela\n"
     "Caracas, 23 October 2022",
     "Letter from the PSUV to Comrade Xi Jinping", "2022-10-27", "2022-10-23"),
    ("Dear comrades of the Communist Party of China,\nThe Partido dos Trabalhadores salutes the CPC on its "
     "centenary. We reaffirm our commitment to friendship between our parties.\nGleisi Hoffmann\nNational "
     "President of the Partido dos Trabalhadores\nSao Paulo, 1 de julho de 2021",
     "Message from Brazil's Workers' Party to the CPC", "2021-07-06", "2021-07-01"),
    ("Dear Comrade Xi Jinping,\nThe Communist Party of Chile sends you its revolutionary greetings on the "
     "opening of your 20th National Congress.\nFraternally,\nLautaro Carmona\nSecretary General, Partido "
     "Comunista de Chile\nSantiago, 16 de octubre de 2022",
     "Message from the Communist Party of Chile", "2022-10-20", "2022-10-16"),
    ("Dear Comrade Liu Jianchao,\nThe People's Progressive Party thanks you for your kind message on our "
     "party's anniversary. We look forward to more exchanges.\nBharrat Jagdeo\nGeneral Secretary, People's "
     "Progressive Party\nGeorgetown, Guyana\nJune 10, 2023",
     "Letter from the PPP of Guyana to Liu Jianchao", "2023-06-15", "2023-06-10"),
]


@pytest.mark.parametrize("text,title,published,day", LETTERS)
def test_the_text_of_a_letter_is_dated_by_its_closing_line(text, title, published, day):
    record = idcpc(text, title=title, published=published)
    assert record.relevant and record.event_type == "message"
    assert record.event_date == day, record.notes


def test_a_report_about_a_letter_keeps_the_day_its_lead_states():
    # no salutation: the page reports the letter; its lead's day dates it, not a place-and-day line
    text = ("On March 24, the CPC Central Committee sent a congratulatory letter to the Communist Party of "
            "Brazil on the centenary of its founding.\nThe letter praised the PCdoB.\n"
            "Beijing, March 26, 2022")
    record = idcpc(text, title="CPC Sends Letter to the Communist Party of Brazil", published="2022-03-27")
    assert record.event_date == "2022-03-24"


def test_a_speech_opening_with_dear_friends_is_not_read_as_a_letter():
    text = ("Dear friends,\nOn behalf of the IDCPC, I welcome the delegation of the Communist Party of Cuba "
            "to Beijing. We have had a good exchange of views.\nBeijing, May 10, 2023")
    record = idcpc(text, title="Liu Jianchao Meets Delegation of the Communist Party of Cuba",
                   published="2023-05-12")
    assert record.event_type != "message"
    assert record.event_date != "2023-05-10"


# --- a state exchange the IDCPC's site carries is no party exchange (IDCPC relevance)

STATE_MESSAGES = [
    ("Chinese Premier Li Qiang on February 13 sent a congratulatory message to Mia Amor Mottley on her "
     "re-election as Prime Minister of Barbados. Li said China is ready to deepen practical cooperation.",
     "Chinese Premier Congratulates Barbadian Prime Minister", "2026-02-14"),
    ("Chinese State Councilor and Foreign Minister Wang Yi on September 30 sent a message of sympathy to "
     "Cuban Foreign Minister Bruno Rodriguez over the damage caused by Hurricane Ian.",
     "Wang Yi Sends Sympathy Message to Cuban Foreign Minister", "2022-10-01"),
    ("The Standing Committee of the National People's Congress of China sent a message to the National "
     "Assembly of Nicaragua on January 10 congratulating it on the inauguration of its new term.",
     "NPC Standing Committee Congratulates National Assembly of Nicaragua", "2022-01-11"),
    ("Vice Premier Ding Xuexiang on March 18 sent a message of congratulations to the Government of Chile "
     "on the anniversary of the China-Chile free trade agreement.",
     "Ding Xuexiang Sends Message to Chilean Government", "2025-03-19"),
]


@pytest.mark.parametrize("text,title,published", STATE_MESSAGES)
def test_a_state_message_on_the_idcpc_site_is_not_a_party_exchange(text, title, published):
    record = idcpc(text, title=title, published=published)
    assert record.relevant is False
    assert record.country is None


@pytest.mark.parametrize("text,title", [
    # a party side named beside the state office
    ("Li Qiang, member of the Standing Committee of the Political Bureau of the CPC Central Committee and "
     "Chinese Premier, on February 13 sent a message to Mia Amor Mottley, Political Leader of the Barbados "
     "Labour Party.", "Li Qiang Sends Message to Barbados Labour Party Leader"),
    # a LAC party as the counterpart
    ("Chinese Vice President Han Zheng on June 4 sent a message to the National Regeneration Movement of "
     "Mexico on the victory of its candidate.", "Han Zheng Congratulates MORENA"),
    # the General Secretary, named by his state office
    ("Chinese President Xi Jinping on April 19 sent a message to Miguel Diaz-Canel on his election as First "
     "Secretary of the Central Committee of the Communist Party of Cuba.",
     "Xi Jinping Congratulates Diaz-Canel"),
    # the head of the IDCPC with a LAC foreign minister: the party's official
    ("Liu Jianchao on May 8 sent a message to Foreign Minister of Cuba Bruno Rodriguez thanking him for "
     "his greetings.", "Liu Jianchao Sends Message to Cuban Foreign Minister"),
])
def test_a_state_office_beside_a_party_side_or_party_counterpart_stays_a_party_exchange(text, title):
    record = idcpc(text, title=title, published="2024-06-05")
    assert record.relevant is True


# --- a name several parties share, with its acronym in brackets: the acronym says whose it is

@pytest.mark.parametrize("text,expected", [
    ("On May 3, the IDCPC sent a message to the Democratic Labour Party (PDT) on its anniversary.",
     {"Democratic Labour Party (Brazil)"}),
    ("On May 3, the IDCPC sent a message to the Democratic Labour Party (DLP) on its anniversary.",
     {"Democratic Labour Party (Barbados)"}),
    ("On October 25, the Brazilian Socialist Party (PSB) and the Democratic Labour Party (PDT) sent "
     "messages to the CPC Central Committee on its 20th National Congress.",
     {"Brazilian Socialist Party", "Democratic Labour Party (Brazil)"}),
])
def test_a_bracketed_acronym_picks_the_party_a_shared_name_means(text, expected):
    record = idcpc(text, title="Messages on the Anniversary", published="2023-05-04")
    assert parties(record) == expected


def test_a_one_country_roundup_lists_every_sender_party():
    text = ("Several Brazilian political parties have sent messages congratulating the CPC on its 20th "
            "National Congress. The Workers' Party (PT) said the Congress charts the course for China's "
            "development. Luciana Santos, President of the Communist Party of Brazil (PCdoB), said the PCdoB "
            "is confident in the CPC. The Brazilian Socialist Party (PSB) and the Democratic Labour Party "
            "(PDT) also sent messages of congratulations.")
    record = idcpc(text, title="Brazilian Parties Congratulate CPC on its 20th National Congress",
                   published="2022-10-28")
    assert record.country == "Brazil"
    assert parties(record) == {"Workers' Party (Brazil)", "Communist Party of Brazil",
                               "Brazilian Socialist Party", "Democratic Labour Party (Brazil)"}
    assert "leftist" in record.mechanism


# --- two LAC sides and no Chinese one: no party exchange of the CPC

@pytest.mark.parametrize("text,title", [
    ("The Sandinista National Liberation Front of Nicaragua sent a message of solidarity on March 1 to the "
     "United Socialist Party of Venezuela on the anniversary of the death of Hugo Chavez.",
     "FSLN Sends Solidarity Message to PSUV"),
    ("The Communist Party of Cuba congratulated the Movement for Socialism of Bolivia on May 2 on its "
     "victory in the municipal elections, wishing it new successes.",
     "Communist Party of Cuba Congratulates Bolivia's MAS"),
])
def test_a_message_between_two_lac_parties_is_no_cpc_exchange(text, title):
    record = idcpc(text, title=title, published="2023-05-03")
    assert record.relevant is False


@pytest.mark.parametrize("text,title", [
    ("The Communist Party of Cuba and the United Socialist Party of Venezuela sent messages to the CPC "
     "Central Committee on July 1 on its anniversary.", "Communist Party of Cuba and PSUV Send Messages"),
    ("On July 1, Liu Jianchao sent letters to the Communist Party of Cuba and the United Socialist Party of "
     "Venezuela, thanking them for their congratulations.", "Letters to Communist Party of Cuba and PSUV"),
])
def test_two_lac_parties_in_the_headline_with_a_chinese_side_stay_relevant(text, title):
    record = idcpc(text, title=title, published="2023-07-03")
    assert record.relevant is True
    assert record.country == "multilateral"


# --- a short acronym written with a party's organ or office is that party, country named or not

@pytest.mark.parametrize("text,title,country,party", [
    ("Liu Jianchao sent a message on May 20 to Ricardo Moreira, new Secretary General of the PCV, "
     "congratulating him on his election.", "Liu Jianchao Congratulates New PCV Secretary General",
     "Venezuela", "Communist Party of Venezuela"),
    ("On September 2, Liu Jianchao, head of the IDCPC, sent a message to Lula, Honorary President of the PT, "
     "wishing him good health.", "Liu Jianchao Sends Greetings to Lula", "Brazil", "Workers' Party (Brazil)"),
    ("On May 5, PT President Gleisi Hoffmann wrote to the IDCPC, thanking it for its greetings.",
     "PT President Writes to IDCPC", "Brazil", "Workers' Party (Brazil)"),
    ("Xi Jinping sent a message of condolence on June 3 to Raul Castro, First Secretary of the PCC Central "
     "Committee.", "Xi Jinping Sends Condolence Message to Raul Castro", "Cuba", "Communist Party of Cuba"),
])
def test_a_short_acronym_with_a_party_organ_is_the_party(text, title, country, party):
    record = idcpc(text, title=title, published="2023-09-03")
    assert record.relevant is True
    assert record.country == country
    assert party in parties(record)


@pytest.mark.parametrize("text,title", [
    ("On May 5, Liu Jianchao met with the Chairman of PT Pertamina in Beijing.",
     "Liu Jianchao Meets Pertamina Chairman"),
    ("On May 5, Liu Jianchao met with a delegation from Singapore led by the Chairman of MAS in Beijing.",
     "Liu Jianchao Meets Singapore Delegation"),
])
def test_a_short_acronym_of_a_company_or_an_authority_stays_no_party(text, title):
    record = idcpc(text, title=title, published="2023-05-06")
    assert not parties(record)
    assert record.relevant is False


def test_a_letter_stored_on_one_line_is_dated_by_its_closing_words():
    text = ("Dear Comrade Xi Jinping, On behalf of the United Socialist Party of Venezuela, I send you our "
            "warmest greetings on the anniversary of the founding of the Communist Party of China. Long live "
            "the friendship between our peoples! Fraternally, Nicolas Maduro, President of the PSUV. "
            "Caracas, 30 June 2023")
    record = idcpc(text, title="Letter from Nicolas Maduro to Xi Jinping", published="2023-07-03")
    assert record.event_date == "2023-06-30"


# --- the CPC's own name holds a LAC party's bare name: it is the Chinese side

@pytest.mark.parametrize("text,expected", [
    ("BEIJING, March 6 (Xinhua) -- China's ruling Communist Party on Wednesday sent a message of condolence "
     "to the United Socialist Party of Venezuela over the death of Hugo Chavez.",
     {"United Socialist Party of Venezuela"}),
    ("On March 6, China's Communist Party sent a message to the Broad Front of Uruguay on its anniversary.",
     {"Broad Front"}),
    # a LAC country's ruling party is still that party
    ("On March 6, the IDCPC sent a message to Cuba's ruling Communist Party on its anniversary.",
     {"Communist Party of Cuba"}),
])
def test_the_communist_party_inside_the_cpcs_name_is_no_lac_party(text, expected):
    record = idcpc(text, title="Message on the Anniversary", published="2013-03-07")
    assert parties(record) == expected


# --- a headline verb of a message is no part of a party's name

@pytest.mark.parametrize("verb", ["Condoles", "Greets", "Salutes", "Congratulate", "Commends", "Felicitates",
                                  "Consoles", "Backs"])
def test_a_message_headline_verb_does_not_run_into_the_party_name(verb):
    text = "On March 7, the IDCPC sent a message to the Workers' Party of Brazil on its anniversary."
    record = idcpc(text, title=f"IDCPC {verb} Workers' Party of Brazil", published="2023-03-09")
    assert parties(record) == {"Workers' Party (Brazil)"}


# --- an abbreviated month's stop ends no sentence: the message's day is read

@pytest.mark.parametrize("text,published,day", [
    ("On Nov. 30, the IDCPC sent a message to the Sandinista National Liberation Front.", "2023-12-02",
     "2023-11-30"),
    ("The IDCPC on Dec. 31 sent New Year greetings to the Sandinista National Liberation Front.",
     "2024-01-02", "2023-12-31"),
    ("The elections were held on Nov. 7. On Nov. 9, the IDCPC sent a message to the Sandinista National "
     "Liberation Front on its victory.", "2021-11-10", "2021-11-09"),
    ("On Nov. 9, the IDCPC sent a message to the Sandinista National Liberation Front on its victory in the "
     "elections held on Nov. 7.", "2021-11-10", "2021-11-09"),
])
def test_an_abbreviated_month_dates_the_message(text, published, day):
    record = idcpc(text, title="IDCPC Sends Message to FSLN", published=published)
    assert record.event_date == day


def test_a_letter_under_an_editors_note_is_dated_by_its_closing_line():
    text = (" date 2023-12-05\nEditor's note: The following is the full text of the letter.\nDear Comrade Xi "
            "Jinping,\nThe Communist Party of Brazil salutes the Communist Party of China on the 130th "
            "anniversary of the birth of Comrade Mao Zedong.\nLuciana Santos\nPresident of the PCdoB\n"
            "Brasilia, December 4, 2023")
    record = idcpc(text, title="Full text: Letter from the PCdoB", published="2023-12-05",
                   url="http://www.example-agency.com/2023-12/05/c_1130001.htm")
    assert record.event_date == "2023-12-04"


# --- a weekday a roundup entry states is its day (rule 3), not the dispatch's dateline

def test_a_roundup_entry_dated_by_a_weekday():
    from nlp.extract import extract_items
    text = (" date 2020-02-03\nBEIJING, Feb. 3 (Xinhua) -- Political parties of Latin America have "
            "expressed support for China's fight against the novel coronavirus. The Communist Party of Cuba "
            "sent a letter to the CPC Central Committee on Sunday. The Sandinista National Liberation Front "
            "of Nicaragua sent a message on Monday.")
    title = "Latin American parties voice support for China's fight against epidemic"
    items = extract_items({"url": "http://www.example-agency.com/2020-02/03/c_1125000.htm",
                           "source": "idcpc", "lang": "en", "published": "2020-02-03", "text": text,
                           "title": title})
    by_country = {r.country: r.event_date for r in items}
    assert by_country["Cuba"] == "2020-02-02"
    assert by_country["Nicaragua"] == "2020-02-03"
    assert items[0].country == "multilateral" and items[0].event_date == "2020-02-02"


# --- a caption's day is the picture's: on a message page the occasion, not the message

def test_a_caption_day_does_not_date_a_message():
    text = (" date 2022-10-27\nPhoto taken on Oct. 16, 2022 shows the opening of the 20th CPC National "
            "Congress in Beijing. (Xinhua/Li Xueren)\nCARACAS, Oct. 26 (Xinhua) -- Venezuela's Communist "
            "Party (PCV) and the ruling United Socialist Party of Venezuela (PSUV) have sent messages to the "
            "CPC Central Committee congratulating it on the success of its 20th National Congress.")
    record = idcpc(text, title="Venezuelan parties congratulate CPC on successful congress",
                   published="2022-10-27", url="http://www.example-agency.com/2022-10/27/c_1129000.htm")
    assert record.event_type == "message"
    assert record.event_date == "2022-10-26"


def test_a_caption_day_still_dates_a_meeting_whose_lead_gives_none():
    text = ("Liu Jianchao, head of the IDCPC, meets with a delegation of the Communist Party of Cuba in "
            "Beijing, May 10, 2023.\nLiu Jianchao met with the delegation of the Communist Party of Cuba led "
            "by Roberto Morales Ojeda. The two sides exchanged views on party building.")
    record = idcpc(text, title="Liu Jianchao Meets Delegation of the Communist Party of Cuba",
                   published="2023-05-12")
    assert record.event_type == "meeting"
    assert record.event_date == "2023-05-10"


def test_a_letter_is_dated_by_its_closing_line_not_by_a_day_it_recalls():
    text = ("Dear Comrade Xi Jinping,\nWe thank you for your message of October 10 on the anniversary of our "
            "party's founding.\nCarlos Lopez\nSecretary General of the Communist Party of Venezuela\n"
            "Caracas, October 20, 2021")
    record = idcpc(text, title="Letter from the PCV to Xi Jinping", published="2021-10-25")
    assert record.event_date == "2021-10-20"
