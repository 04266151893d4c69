"""A roundup stored as one line among lines of page furniture (a menu, a photo caption, "Enditem",
related headlines) is read by its sentences, as the bare one-line copy is: the senders named in its
later sentences are the roundup's entries, not words outside the lead."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

REPORT = ("Beijing, November 3rd--Political parties of many countries have sent messages congratulating the "
          "CPC on its plenary session. From Asia, the Communist Party of Vietnam sent warm greetings. "
          "From Latin America, the Communist Party of Cuba and the Broad Front of Uruguay praised the CPC. "
          "The messages wished the CPC new successes.")
FURNITURE = {
    "bare": (REPORT,),
    "caption and trailer": ("Home | China | World | Business | Photos",
                            "Photo taken on Nov. 3 shows the venue. (Photo/Staff)", REPORT, "Enditem",
                            "Related News", "Grain output hits record high", "Book fair opens in Beijing"),
    "menu and byline": ("Home | News | Opinion", "Source: Staff | 2021-11-03 20:11 | Editor: Li", REPORT,
                        "Share: Facebook Twitter"),
}


@pytest.mark.parametrize("copy", list(FURNITURE))
def test_a_one_line_roundup_among_furniture_lines_keeps_its_senders(copy: str) -> None:
    rec = idcpc("\n".join(FURNITURE[copy]), title="Parties congratulate CPC on plenary session",
                published="2021-11-03", url="https://www.example-news.cn/20211103/c_1.html")
    assert rec.relevant and rec.country == "multilateral"
    assert rec.event_type == "message"
    assert parties(rec) == {"Communist Party of Cuba", "Broad Front"}


def test_a_printed_page_of_several_paragraphs_is_read_by_paragraphs() -> None:
    """Negative: a page whose report goes on in paragraphs keeps them whole (its senders one per
    paragraph), whatever the sentences of each."""
    text = ("Beijing, November 3rd--Political parties of many countries have sent messages congratulating "
            "the CPC on its plenary session.\n\n"
            "The Communist Party of Cuba said the session was a success. It praised the CPC. "
            "It wished it well.\n\n"
            "The Broad Front of Uruguay said the CPC leads China well. It sent greetings. "
            "It hopes for more ties.")
    rec = idcpc(text, title="Parties congratulate CPC on plenary session", published="2021-11-03")
    assert parties(rec) == {"Communist Party of Cuba", "Broad Front"}
