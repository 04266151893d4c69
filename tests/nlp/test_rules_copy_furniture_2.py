"""Copies of a release with page furniture (campaign W): the coding must not change with the furniture.
Self-written releases; names of people, parties and countries are facts."""

from __future__ import annotations

from nlp.stamps import stamps
from nlp.text import MISSION_BANNER, layout
from tests.nlp.nlp_helpers import idcpc, mfa

AGENCY_EN = "https://english.news.cn/20241125/0a1b2c3d4e5f/c.html"
EMBASSY_ZH = "http://es.china-embassy.gov.cn/sgxw/202304/t20230415_1.htm"
EMBASSY_EN = "http://es.china-embassy.gov.cn/eng/sgxw/202304/t20230415_2.htm"

# --- an office and a name never run over a line break (a printed headline above the lead) ---------------
ELECT_TITLE = "Xi Jinping Congratulates Yamandu Orsi on His Election as President of Uruguay"
ELECT_LEAD = ("On November 24, 2024, President Xi Jinping sent a congratulatory message to Yamandu Orsi "
              "on his election as President of Uruguay.")


def test_president_elect_page_is_not_head_level_with_or_without_printed_headline() -> None:
    printed = f"{ELECT_TITLE}\n{ELECT_LEAD}"
    for text in (ELECT_LEAD, printed, f" date 2024-11-25\n{printed}"):
        rec = mfa(text, title=ELECT_TITLE, published="2024-11-25", url=AGENCY_EN)
        assert rec.head_of_state_level is False, text
        assert rec.counterpart == "Yamandu Orsi, President-elect"


def test_headline_ending_with_office_of_country_takes_no_name_from_the_next_line() -> None:
    title = "Wang Yi Sends Message of Condolence to the Foreign Minister of Chile"
    text = (f"{title}\nOn March 3, 2024, Foreign Minister Wang Yi sent a message of condolence to Chilean "
            "Foreign Minister Alberto van Klaveren over the forest fires.")
    rec = mfa(text, title=title, published="2024-03-04", url=AGENCY_EN)
    assert rec.counterpart is not None and "On March" not in rec.counterpart
    assert "Alberto van Klaveren" in rec.counterpart


def test_office_and_name_on_one_line_still_found() -> None:
    text = ("On May 6, 2023, President Xi Jinping held a phone call with President of Brazil Luiz Inacio "
            "Lula da Silva.")
    rec = mfa(text, title="Xi Jinping Holds Phone Call with Brazilian President", published="2023-05-07")
    assert rec.head_of_state_level is True
    assert rec.counterpart is not None and "Lula" in rec.counterpart


# --- an embassy's banner is the site's name, not the copy's headline ---------------------------------------
TALKS_ZH = ("2023年4月14日，国家主席习近平在人民大会堂同巴西总统卢拉举行会谈。\n"
            "习近平指出，中巴分别是东西半球最大的发展中国家。\n卢拉表示，巴方愿同中方加强合作。")


def test_embassy_banner_zh_not_read_as_headline() -> None:
    text = f"中华人民共和国驻西班牙王国大使馆\n首页 > 使馆新闻\n2023/04/15\n{TALKS_ZH}\n【打印】 【关闭】"
    rec = mfa(text, lang="zh", title="", url=EMBASSY_ZH)
    assert rec.relevant is True
    assert rec.country == "Brazil"
    assert rec.event_type == "talks"
    assert rec.title != "中华人民共和国驻西班牙王国大使馆"


def test_embassy_banner_en_not_read_as_headline() -> None:
    lead = ("On April 14, 2023, President Xi Jinping held talks with Brazilian President Lula in Beijing. "
            "The two heads of state witnessed the signing of cooperation documents.")
    for banner in ("Embassy of the People's Republic of China in the Kingdom of Spain",
                   "Consulate General of the People's Republic of China in Barcelona"):
        rec = mfa(f"{banner}\nHome > Embassy News\n2023/04/15\n{lead}", title="", url=EMBASSY_EN)
        assert rec.relevant is True, banner
        assert rec.country == "Brazil"
        assert rec.event_type == "talks"


def test_mission_banner_matches_banners_only() -> None:
    assert MISSION_BANNER.match("中华人民共和国驻西班牙王国大使馆")
    assert MISSION_BANNER.match("驻巴塞罗那总领事馆")
    assert MISSION_BANNER.match("Embassy of the People's Republic of China in the Republic of Peru")
    assert not MISSION_BANNER.match("驻巴西使馆举行招待会，庆祝中巴建交50周年")
    assert not MISSION_BANNER.match("Embassy of the People's Republic of China in Spain holds reception")
    assert not MISSION_BANNER.match("Wang Yi Meets with the Foreign Minister of Peru")


# --- a page's own date line (english2023 "YYYY.MM.DD / Source:", an embassy's bare "YYYY/MM/DD") --------
DIGEST = ("Leaders of Cuba, Venezuela, Nicaragua and Bolivia sent messages to Xi Jinping congratulating him "
          "on his re-election as general secretary of the CPC Central Committee.\n"
          "Cuban President Miguel Diaz-Canel said China is a great friend.")


def test_english2023_source_line_is_no_event_day() -> None:
    title = "Latin American Leaders Congratulate Xi"
    bare = idcpc(DIGEST, title=title, published="2022-10-25")
    page = idcpc(f"Liaison Activities\nLiaison Activities\n{title}\n2022.10.25 / Source: /\n{DIGEST}",
                 title=title, published="2022-10-25")
    assert bare.event_date is None
    assert page.event_date == bare.event_date
    assert page.country == bare.country == "multilateral"


def test_stamp_lines_blanked_but_dates_in_prose_kept() -> None:
    text = "Title here\n2022.10.25 / Source: /\n2023/04/15\nThe talks held on 2022/10/24 went well."
    found = [text[a:b] for a, b in stamps(text)]
    assert "2022.10.25 / Source: /" in found
    assert "2023/04/15" in found
    assert not any("2022/10/24" in f for f in found)


# --- a lead ending with a visit's span or "on <day>, <year>." is no uncredited photo caption ----------------
VISIT_TITLE = "Colombian Foreign Minister Alvaro Leyva to Visit China"
VISIT_LEAD = ("At the invitation of Foreign Minister Wang Yi, Colombian Foreign Minister Alvaro Leyva will "
              "visit China from October 22 to 28, 2023.")
BACKGROUND = ("In recent years, relations between China and Colombia have developed steadily, with "
              "cooperation deepening in trade, investment and people-to-people exchanges.")


def test_visit_preview_lead_ending_with_year_stays_the_lead_with_a_background_paragraph() -> None:
    bare = mfa(VISIT_LEAD, title=VISIT_TITLE, published="2023-10-20")
    for text in (f"{VISIT_LEAD}\n{BACKGROUND}", f"{VISIT_TITLE}\n{VISIT_LEAD}\n{BACKGROUND}"):
        rec = mfa(text, title=VISIT_TITLE, published="2023-10-20", url=AGENCY_EN)
        assert rec.event_date == bare.event_date == "2023-10-22", text
        assert rec.event_type == bare.event_type == "official_visit"


def test_lead_ending_on_day_and_year_stays_the_lead() -> None:
    lead = ("Foreign Minister Wang Yi held talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea "
            "in Beijing on Nov. 5, 2023.")
    rec = mfa(f"{lead}\n{BACKGROUND.replace('Colombia', 'Peru')}", title="", published="2023-11-06")
    assert rec.event_date == "2023-11-05"
    assert rec.country == "Peru"


def test_uncredited_caption_ending_with_place_and_day_is_still_no_lead() -> None:
    caption = ("Chinese President Xi Jinping meets with Peruvian President Dina Boluarte in Lima, Peru, "
               "Nov. 15, 2024.")
    lead = ("Chinese President Xi Jinping held talks with Peruvian President Dina Boluarte on Friday, and "
            "the two heads of state agreed to deepen their comprehensive strategic partnership.")
    lay = layout(f"{caption}\n{lead}", "Xi holds talks with Peruvian president")
    assert lay.lead().startswith("Chinese President Xi Jinping held talks")


# --- a roundup's entries are read from the page's cleaned text: a stamp under the headline stays blanked ----
ROUNDUP_TITLE = "Latin American Leaders Congratulate Xi"


def test_roundup_entry_takes_no_day_from_a_date_line_under_the_headline() -> None:
    bare = idcpc(DIGEST, title=ROUNDUP_TITLE, published="2022-10-25")
    assert bare.event_date is None
    for stamp in ("2022/10/25", "2022.10.25 / Source: /", "2022-10-25 18:42:07", "( 2022.10.25 )"):
        rec = idcpc(f"{ROUNDUP_TITLE}\n{stamp}\n{DIGEST}", title=ROUNDUP_TITLE, published="2022-10-25")
        assert rec.event_date is None, stamp
        assert rec.country == bare.country


def test_roundup_entry_keeps_a_day_its_text_states() -> None:
    text = (f"{ROUNDUP_TITLE}\n2022/10/25\nOn October 23, leaders of Cuba, Venezuela, Nicaragua and Bolivia "
            "sent messages to Xi Jinping congratulating him on his re-election as general secretary of the "
            "CPC Central Committee.\nCuban President Miguel Diaz-Canel said China is a great friend.")
    rec = idcpc(text, title=ROUNDUP_TITLE, published="2022-10-25")
    assert rec.event_date == "2022-10-23"


# --- an editor's credit glued to the last paragraph is furniture ------------------------------------------
VIDEO_TITLE = "Wang Yi Holds Talks with Brazilian Foreign Minister Carlos Franca"
VIDEO_LEAD = ("On February 14, 2022, State Councilor and Foreign Minister Wang Yi held talks with Brazilian "
              "Foreign Minister Carlos Franca via video link.")


def test_editor_credit_glued_to_the_lead_keeps_the_event_type() -> None:
    bare = mfa(VIDEO_LEAD, title=VIDEO_TITLE, published="2022-02-15")
    assert bare.event_type == "video_call"
    for credit in (" [Editor: Chen Yu]", " (Editor: Huaxia)", "【责任编辑：陈羽】"):
        rec = mfa(f"{VIDEO_TITLE}\n{VIDEO_LEAD}{credit}", title=VIDEO_TITLE, published="2022-02-15",
                  url=AGENCY_EN)
        assert rec.event_type == "video_call", credit
        assert rec.event_date == "2022-02-14"


def test_editor_credit_zh_blanked_and_brackets_in_prose_kept() -> None:
    from nlp.furniture import clean

    assert clean("会谈。【纠错】 【责任编辑：许小萌】").strip() == "会谈。"
    prose = "The minister quoted [the editor of the paper] in his speech."
    assert clean(prose) == prose


# --- a copy stored on one line: the lead starts after the headline's part ----------------------------------
def _one_line(*parts: str) -> str:
    return "   ".join(parts)


def test_one_line_copy_lead_starts_after_the_printed_headline_part() -> None:
    menu = "Home | China | World | Business | Sci-Tech | Culture | Sports | Photos | Video | Opinion"
    stamp = "Source: Xinhua| 2022-02-15 21:07:45|Editor: Huaxia"
    caption = "Photo taken on Feb. 14, 2022 shows the venue of the event. (Xinhua/Li Xin)"
    text = _one_line(" date 2022-02-15", menu, VIDEO_TITLE, stamp, "Video PlayerClose", caption,
                     VIDEO_LEAD, "Enditem")
    rec = mfa(text, title=VIDEO_TITLE, published="2022-02-15", url=AGENCY_EN)
    assert rec.event_type == "video_call"
    assert rec.event_date == "2022-02-14"
    lay = layout(text, VIDEO_TITLE)
    assert "Holds Talks" not in lay.lead()


def test_one_line_copy_talks_under_a_meets_headline_stays_talks() -> None:
    title = "Wang Yi Meets with CARICOM Secretary-General"
    lead = ("On August 5, 2024 local time, Foreign Minister Wang Yi held talks with CARICOM "
            "Secretary-General Carla Barnett at the CARICOM Secretariat in Georgetown.")
    bare = mfa(f"{lead}\nThe two sides exchanged views on China-Caribbean cooperation.", title=title,
               published="2024-08-06")
    text = _one_line(" date 2024-08-06", "Home | China | World | Business | Photos", title,
                     "Source: Xinhua| 2024-08-06 21:07:45|Editor: Huaxia", lead,
                     "The two sides exchanged views on China-Caribbean cooperation.")
    rec = mfa(text, title=title, published="2024-08-06", url=AGENCY_EN)
    assert rec.event_type == bare.event_type


def test_title_words_inside_the_lead_sentence_do_not_move_the_lead() -> None:
    title = "Wang Yi Meets with Chilean Foreign Minister"
    text = ("Menu   On September 24, Foreign Minister Wang Yi met with Chilean Foreign Minister Alberto "
            "van Klaveren in Beijing, where Wang Yi Meets with Chilean Foreign Minister was a headline.")
    assert "On September 24" in layout(text, title).lead()


def test_president_elect_page_stored_on_one_line_is_not_head_level() -> None:
    text = f" date 2024-11-25   {ELECT_TITLE}   {ELECT_LEAD}   Enditem"
    rec = mfa(text, title=ELECT_TITLE, published="2024-11-25", url=AGENCY_EN)
    assert rec.head_of_state_level is False
    assert rec.counterpart == "Yamandu Orsi, President-elect"
