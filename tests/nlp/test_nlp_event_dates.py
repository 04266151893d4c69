"""Every printed form of an event date, and the year and fallback rules."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest
from nlp_helpers import idcpc, mfa

from nlp.dates import (
    DAY_ZH,
    MONTH_DAY_EN,
    WEEKDAY_EN,
    date_in_url,
    date_marker,
    month_day,
    weekday_on_or_before,
)

MEETING = " met here today with a group of the Communist Party of Cuba (PCC)."


@pytest.mark.parametrize(("text", "published", "expected", "end"), [
    ("Beijing, June 21st--Song Tao" + MEETING, "2018-06-23", "2018-06-21", None),
    ("Beijing, August 26th—Ma Hui" + MEETING, "2024-08-30", "2024-08-26", None),
    ("HAVANA, Oct. 25 (Xinhua) -- Song Tao met with Cuban leaders of the PCC on Tuesday.", "2024-10-26",
     "2024-10-22", None),
    ("On the morning of May 29th, Liu Jianchao met with a group of the Communist Party of Cuba.",
     "2023-05-31", "2023-05-29", None),
    ("From August 14th to 16th, a delegation of the Communist Party of Cuba (PCC) visited Beijing.",
     "2019-08-17", "2019-08-14", "2019-08-16"),
    ("A CPC delegation visited Cuba from Wednesday to Friday at the invitation of the PCC.", "2024-10-19",
     "2024-10-16", "2024-10-18"),
    ("Song Tao met with a group of the Communist Party of Cuba today in Beijing.", "2018-06-21",
     "2018-06-21", None),
    ("On April 14, 2023, Song Tao met a group of the Communist Party of Cuba (PCC).", "2023-04-16",
     "2023-04-14", None),
])
def test_english_forms(text, published, expected, end):
    record = idcpc(text, title="CPC and PCC exchanges", published=published)
    assert record.event_date == expected
    assert record.event_date_end == end
    span = record.evidence["event_date"][0]
    assert text[span.start:span.end] == span.text


def test_chinese_month_day_takes_the_year_from_publication():
    record = idcpc("新华社北京9月18日电 "
                   "9月18日,中联部部长刘建超在京会见古巴共产党代表团。", title="刘建超会见古共代表团",
                   published="2023-09-19", lang="zh")
    assert record.event_date == "2023-09-18"


def test_chinese_day_only_takes_month_and_year_from_publication():
    record = idcpc("中联部副部长陈洲8日在京会见智利社会党代表团。双方就治国理政经验交换意见。",
                   title="陈洲会见智利社会党代表团",
                   published="2022-07-09", lang="zh")
    assert record.event_date == "2022-07-08"


def test_dateline_never_lands_after_publication():
    # a December dateline in a January release is last year's
    record = idcpc("Beijing, December 30th--Song Tao" + MEETING, title="Song Tao Meets with PCC Delegation",
                   published="2019-01-02")
    assert record.event_date == "2018-12-30"


def test_news_agency_date_marker_gives_the_year():
    text = " date 2023-06-08 Senior CPC official meets Cuban delegation\n\nBEIJING, June 7 (Xinhua) -- " \
           "Liu Jianchao met with a group of the Communist Party of Cuba in Beijing on Wednesday."
    record = idcpc(text, title=None, published=None, url="http://en.people.cn/n3/x.html")
    assert record.event_date == "2023-06-07"
    assert any("marker" in note for note in record.notes)


def test_publication_day_is_the_fallback():
    record = idcpc("The CPC and the Communist Party of Cuba agreed to deepen exchanges between the two "
                   "parties and to share experience of governance.", title="CPC and PCC deepen exchanges",
                   published="2021-03-03")
    assert record.event_date == "2021-03-03"
    assert any("publication day used" in note for note in record.notes)


def test_a_weekday_still_counts_back_from_the_printed_date():
    record = idcpc("The CPC and the Communist Party of Cuba agreed on Tuesday to deepen exchanges between "
                   "the two parties.", title="CPC and PCC deepen exchanges", published="2021-03-05")
    assert record.event_date == "2021-03-02"


def test_weekday_without_any_year_source_gives_no_date():
    record = idcpc("Song Tao met with a group of the Communist Party of Cuba on Monday.",
                   title="Song Tao Meets PCC", published=None, url="https://example.org/news/item")
    assert record.event_date is None


def test_announced_visit_is_dated_by_the_visit():
    record = mfa("BEIJING, Dec. 7 (Xinhua) -- A spokesperson said on Thursday that Wu Weihua, as special "
                 "envoy of Chinese President Xi Jinping, will go to Buenos Aires and attend the "
                 "swearing-in of Argentina's new president on Dec. 10.",
                 title="Special envoy to attend inauguration in Argentina", published="2023-12-07")
    assert record.event_date == "2023-12-10"


def test_date_helpers():
    assert month_day(12, 30, date(2024, 1, 2)) == date(2023, 12, 30)
    assert month_day(3, 1, None) is None
    assert weekday_on_or_before("Tuesday", date(2024, 10, 25)) == date(2024, 10, 22)
    assert weekday_on_or_before("星期五", date(2024, 10, 25)) == date(2024, 10, 25)
    assert date_marker(" date 2022-11-15 BALI, Indonesia")[0] == date(2022, 11, 15)
    assert date_marker("no marker here") is None
    assert date_in_url("http://en.people.cn/n3/2024/1025/c90000-20234210.html") == date(2024, 10, 25)
    trs = "https://www.idcpc.org.cn/english/news/201806/t20180625_96927.html"
    assert date_in_url(trs) == date(2018, 6, 25)
    assert date_in_url("http://www.ecns.cn/news/2018/01-23/x.shtml") == date(2018, 1, 23)
    assert date_in_url("https://example.org/a/b") is None


@pytest.mark.parametrize(("pattern", "lookahead"), [
    (MONTH_DAY_EN, r"(?=[JFMASOND\d])"), (WEEKDAY_EN, r"(?=[olMTWFS])"), (DAY_ZH, r"(?=\d)"),
])
def test_date_patterns_lookahead_changes_no_match(pattern, lookahead):
    """The lookahead each date pattern opens with (for speed) only skips positions no match starts at."""
    assert pattern.pattern.startswith(lookahead)
    plain = re.compile(pattern.pattern[len(lookahead):], pattern.flags)
    pieces = ["June 5", "jun. 12th", "ſept 3", "Sept. 4 to 9", "12 May", "１２ May", "٣ June", "on Monday",
              "On Tuesday", "last Friday", "Friday and Sunday", " ", "\n", "x", "2023年", "4月", "20日", "至",
              "２０日", "5月17日至19日", "Nov 3, 2021", "-", "to", "3rd of", "Wednesday"]
    rng = random.Random(3)
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text, start)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)], text
