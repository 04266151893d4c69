"""Photo captions: a line that places people in the picture is a caption, however it is credited."""

from __future__ import annotations

import pytest

from nlp.prose import is_caption
from nlp.text import layout
from tests.nlp.nlp_helpers import idcpc


@pytest.mark.parametrize("line", [
    "Song Tao (left) shakes hands with the visiting party leader in Beijing, June 3.",
    "Vice President Han Zheng (R) meets the Speaker of Suriname's National Assembly in Beijing.",
    "Participants of the workshop (2nd L, front) pose for a group picture in Hangzhou.",
    "Guests (centre) listen to the briefing, Shanghai, 9 April.",
    "刘建超（右）会见古巴客人。",
    "参加研修班的学员（前排左三）合影留念。",
])
def test_a_line_placing_people_in_the_picture_is_a_caption(line: str) -> None:
    assert is_caption(line)


@pytest.mark.parametrize("line", [
    "Beijing, June 3rd (IDCPC)—Song Tao met here today with the visiting party leader from Grenada.",
    "The delegation of the Broad Front (FA) toured a village near Kunming on Tuesday.",
    "He met leaders of the centre-right coalition (the Alliance) and of the left.",
    "6月3日，宋涛在京会见圭亚那人民进步党（人进党）总书记一行，双方就两党关系交换意见。",
])
def test_prose_with_brackets_is_no_caption(line: str) -> None:
    assert not is_caption(line)


def test_an_uncredited_caption_above_the_lead_is_not_the_lead_and_names_the_guest() -> None:
    text = ("Song Tao (left) greets the general secretary of the People's Progressive Party of Guyana, "
            "Beijing, June 3.\n"
            "Beijing, June 3rd (IDCPC)—Song Tao, who heads the CPC's International Department, received "
            "visiting guests here today. The two sides talked about exchanges between the two parties.")
    lay = layout(text, "Song Tao Receives Guests")
    assert lay.clean[lay.lead_start:].startswith("Beijing, June 3rd")
    record = idcpc(text, title="Song Tao Receives Guests", published="2016-06-04",
                   url="http://www.idcpc.org.cn/english/news/201606/t20160604_1.html")
    assert record.relevant and record.country == "Guyana" and record.event_date == "2016-06-03"
