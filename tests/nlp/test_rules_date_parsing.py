"""Date parsing: datelines of accented and many-word cities, day-first English ranges, a Chinese day
written alone across a month's end, file-photo captions and the printed date of a page given without
its published date (codebook: ../shared/eval/SCHEMA.md, Decision rules, event_date). Self-written
releases; the names of people, parties and places are facts, the events invented."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from nlp_helpers import idcpc

from nlp.dates import DATELINE_EN, MONTH_DAY_EN, bare_day
from nlp.prose import is_file_photo
from nlp.stamps import printed_date
from nlp.text import DATELINE_EN_SEARCH, dateline_en, layout

IDCPC_URL = "https://www.idcpc.org.cn/english/news/{ym}/t{ymd}_7.html"


def _url(day: str) -> str:
    y, m, d = day.split("-")
    return IDCPC_URL.format(ym=y + m, ymd=y + m + d)


# ---------------------------------------------------------------- E: the dateline's city

CITIES = ["Bogotá", "Brasília", "Asunción", "São Paulo", "San José", "BOGOTA", "SAO PAULO", "BOGOTÁ",
          "SÃO PAULO", "Port of Spain", "Santo Domingo", "Mexico City", "Panama City", "Buenos Aires",
          "Port-au-Prince", "St. John's"]


@pytest.mark.parametrize("city", CITIES + [unicodedata.normalize("NFD", "Bogotá"),
                                           unicodedata.normalize("NFD", "São Paulo")])
def test_a_dateline_city_with_accents_or_several_words_dates_here_today(city):
    """'here today' is the dateline's day (rule 2), not the later printed day."""
    text = (f"( 2024.03.25 )\n{city}, March 21st--Sun Haiyan, Vice-minister of the IDCPC, met here "
            "today with leaders of a coalition of parties.\n"
            "Both sides agreed to keep in close touch.\nEnditem")
    lay = layout(text)
    assert lay.dateline is not None and text[lay.dateline[0]:].startswith(city)
    record = idcpc(text, published="2024-03-25", url=_url("2024-03-25"))
    assert record.event_date == "2024-03-21"


@pytest.mark.parametrize("city", ["BOGOTÁ", "SÃO PAULO", "BRASÍLIA", "ASUNCIÓN, Paraguay"])
def test_an_upper_case_accented_city_opens_a_dateline_on_a_line_of_its_copy(city):
    """A copy stored on one line prints its dateline after one space: an accented capital city too."""
    text = (f"Home | World | China  Xinhua 2024 {city}, March 21 (Xinhua) -- A delegation of the Communist "
            "Party of China met with party leaders here on the same day.")
    for found in (DATELINE_EN.search(text), DATELINE_EN_SEARCH.search(text), dateline_en(text, len(text))):
        assert found is not None and found.group("city") == city and found.group("d") == "21"


# ---------------------------------------------------------------- S: day-first ranges and lists

def _parsed(text: str) -> dict[str, str]:
    match = MONTH_DAY_EN.search(text)
    assert match is not None, text
    return {k: v for k, v in match.groupdict().items() if v}


@pytest.mark.parametrize("text, start, month, end, end_month, year", [
    ("From 8 to 12 May, a delegation visited", "8", "May", "12", "May", None),
    ("visited on 8-12 May 2024 at the invitation", "8", "May", "12", "May", "2024"),
    ("On 8 and 9 May 2023, the minister", "8", "May", "9", "May", "2023"),
    ("from 8 May – 12 May the delegation", "8", "May", "12", "May", None),
    ("from 28 February to 2 March 2024", "28", "February", "2", "March", "2024"),
    ("between 30 May-3 June 2024 the", "30", "May", "3", "June", "2024"),
    ("on 17 July 2014 in", "17", "July", None, None, "2014"),
])
def test_a_day_first_range_starts_on_its_first_day(text, start, month, end, end_month, year):
    got = _parsed(text)
    assert got["d2"] == start and got["mname2"] == month
    assert got.get("d_end") == end and got.get("y") == year
    assert got.get("mname_end") == end_month


@pytest.mark.parametrize("text, start, end", [
    ("May 8-12", "8", "12"), ("May 30-June 3", "30", "3"), ("Sept. 4 to 9", "4", "9"),
    ("from Nov. 17 to 23, 2024", "17", "23"), ("December 28th to January 3rd", "28", "3"),
])
def test_month_first_ranges_are_read_as_before(text, start, end):
    got = _parsed(text)
    assert got["d"] == start and got["d_end"] == end


@pytest.mark.parametrize("text", ["in May 2024, the two parties", "since March 2023 they", "in October 2022"])
def test_a_month_and_year_is_no_day(text):
    """'May 2024' is not May 20: a day is never the first digits of a year."""
    assert MONTH_DAY_EN.search(text) is None


@pytest.mark.parametrize("opening, start, end", [
    ("From 8 to 12 May,", "2024-05-08", "2024-05-12"),
    ("On 8-12 May 2024,", "2024-05-08", "2024-05-12"),
    ("On 8 and 9 May,", "2024-05-08", "2024-05-09"),
    ("From 8 May to 12 May,", "2024-05-08", "2024-05-12"),
    ("From May 8 to 12,", "2024-05-08", "2024-05-12"),
    ("From April 30 to May 3,", "2024-04-30", "2024-05-03"),
])
def test_a_visit_page_is_dated_by_the_first_day_of_its_range(opening, start, end):
    text = (f"( 2024.05.14 )\n{opening} at the invitation of the Workers' Party of Brazil, a CPC "
            "delegation led by Chen Zhou, Assistant Minister of the International Department of the CPC "
            "Central Committee, "
            "visited Brazil.\nThe delegation exchanged views with party leaders on governance.\nEnditem")
    record = idcpc(text, title="CPC Delegation Visits Brazil", published="2024-05-14", url=_url("2024-05-14"))
    assert (record.event_date, record.event_date_end) == (start, end)


@pytest.mark.parametrize("opening, start", [
    ("5月8日至12日，", "2024-05-08"), ("5月8日—12日，", "2024-05-08"), ("4月30日至5月3日，", "2024-04-30"),
])
def test_chinese_ranges_still_start_on_their_first_day(opening, start):
    text = (f"{opening}应巴西劳工党邀请，中联部部长助理陈洲率中共代表团访问巴西，同劳工党领导人举行会谈，"
            "就治国理政经验深入交换意见。\n双方表示愿加强交流。")
    record = idcpc(text, title="中共代表团访问巴西", published="2024-05-14", lang="zh",
                   url="https://www.idcpc.gov.cn/lldt/202405/t20240514_7.html")
    assert record.event_date == start


# ---------------------------------------------------------------- R: a Chinese day written alone

@pytest.mark.parametrize("day, anchor, expected", [
    (31, date(2024, 2, 1), date(2024, 1, 31)),    # February has no 31st: the month before
    (31, date(2023, 6, 1), date(2023, 5, 31)),
    (31, date(2023, 9, 1), date(2023, 8, 31)),
    (25, date(2024, 1, 3), date(2023, 12, 25)),   # across the year's end
    (17, date(2023, 6, 20), date(2023, 6, 17)),   # on or before the anchor: its own month
    (20, date(2023, 6, 20), date(2023, 6, 20)),
    (31, date(2024, 3, 1), None),                 # neither March 1 nor February has a 31st before it
    (17, None, None),
])
def test_a_bare_day_after_the_anchor_is_in_the_month_before(day, anchor, expected):
    assert bare_day(day, anchor) == expected


def test_an_announced_bare_day_lies_ahead():
    assert bare_day(15, date(2024, 5, 10), ahead=True) == date(2024, 5, 15)
    assert bare_day(5, date(2024, 5, 10), ahead=True) == date(2024, 6, 5)
    assert bare_day(3, date(2024, 12, 20), ahead=True) == date(2025, 1, 3)


# ---------------------------------------------------------------- P: file-photo captions

def test_a_file_photo_caption_does_not_date_a_message():
    text = (" date 2024-01-01 \nChinese president congratulates Cuban president\n"
            "File photo: Chinese President Xi Jinping holds talks with Cuban President Miguel Diaz-Canel in "
            "Beijing, capital of China, Nov. 25, 2022. (Xinhua/Staff)\n"
            "BEIJING, Jan. 1 (Xinhua) -- Chinese President Xi Jinping has sent a congratulatory message to "
            "Cuban President Miguel Diaz-Canel on the anniversary of the triumph of the revolution.\n"
            "Xi said China stands ready to work with Cuba for new progress.\n")
    lay = layout(text)
    assert not lay.captions and lay.lead().lstrip().startswith("BEIJING")
    record = idcpc(text, title="", published="2024-01-01", url="https://english.news.cn/20240101/a1/c.html")
    assert record.event_date == "2024-01-01"


@pytest.mark.parametrize("label", ["资料图片：", "资料照片：", "（资料图片）"])
def test_a_chinese_file_photo_caption_does_not_date_a_message(label):
    text = (f"{label}2022年11月25日，国家主席习近平在北京同古巴国家主席迪亚斯-卡内尔举行会谈。"
            "（新华社记者 某某 摄）\n"
            "新华社北京1月1日电 国家主席习近平致电古巴国家主席迪亚斯-卡内尔，祝贺古巴革命胜利纪念日。\n"
            "习近平表示，中方愿同古方一道推动两国关系不断发展。\n")
    record = idcpc(text, title="习近平致电祝贺古巴革命胜利纪念日", published="2024-01-01", lang="zh",
                   url="http://www.news.cn/politics/20240101/a1/c.html")
    assert record.event_date == "2024-01-01"


def test_a_caption_of_the_event_itself_still_dates_the_page():
    """A current photo's caption is part of the page and states the day (codebook)."""
    text = ("Liu Jianchao meets with a delegation of the Socialist Party of Chile in Beijing, April 25, "
            "2023. (Photo/IDCPC)\n"
            "Liu Jianchao, Minister of the International Department of the CPC Central Committee, has met "
            "with a delegation of the Socialist Party of Chile led by its President.\n"
            "Both sides agreed to deepen exchanges on governance.\n")
    assert len(layout(text).captions) == 1
    record = idcpc(text, published="2023-04-28", url=_url("2023-04-28"))
    assert record.event_date == "2023-04-25"


@pytest.mark.parametrize("caption, file_photo", [
    ("File photo: the delegation in Havana, Nov. 25, 2022. (Xinhua/Staff)", True),
    ("This file photo taken on Nov. 20, 2023 shows a palace in Brasilia. (Xinhua/Staff)", True),
    ("A view of the palace in Lima, Peru. (File)", True),
    ("资料照片：2023年5月1日，代表团在哈瓦那参观。", True),
    ("Xi meets with Lula in Beijing, April 14, 2023. (Xinhua/Staff)", False),
    ("图为会谈现场。（新华社记者 某某 摄）", False),
])
def test_file_photo_captions_are_told_apart(caption, file_photo):
    assert is_file_photo(caption) is file_photo


# ---------------------------------------------------------------- X: the printed date before the address

def test_a_page_without_published_date_is_anchored_on_its_printed_date_not_its_address():
    text = ("( 2023.05.11 )\nLiu Jianchao, Minister of the IDCPC, met here today with a delegation "
            "of the Socialist Party of Chile.\n"
            "Both sides agreed to deepen exchanges on governance.\nEnditem")
    assert printed_date(text) == (date(2023, 5, 11), (1, 13))
    record = idcpc(text, published=None, url=_url("2023-05-15"))
    assert record.event_date == "2023-05-11"
    assert any("2023-05-11 taken from the printed time stamp" in note for note in record.notes)


def test_a_date_in_the_lead_is_no_printed_date():
    assert printed_date("On May 10, 2023, Liu Jianchao met with a delegation.") is None
