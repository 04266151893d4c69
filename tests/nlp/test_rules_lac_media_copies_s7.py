"""English copies of CPC–LAC party exchanges as Latin American and third-party agencies write them
(Prensa Latina, ACN, teleSUR, Granma, Caribbean papers), self-written in their style."""

from __future__ import annotations

import pytest

from nlp.dates import DATELINE_EN
from tests.nlp.nlp_helpers import idcpc, parties

PL_URL = "https://www.plenglish.com/news/2024/05/10/story-1/"
CU = "Communist Party of Cuba"


# --- A dateline whose agency credit ends it with no dash ("HAVANA, May 10 (Prensa Latina) ...") ---

@pytest.mark.parametrize(("lead", "expected"), [
    ("HAVANA, May 10 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau of the Communist "
     "Party of Cuba, received on Thursday a delegation of the Communist Party of China (CPC).", "2024-05-09"),
    ("Havana, May 10 (ACN) The Cuban and Chinese parties, the Communist Party of Cuba and the Communist "
     "Party of China, opened on Wednesday their theoretical seminar in Havana.", "2024-05-08"),
    ("CARACAS, May 10 (teleSUR) The United Socialist Party of Venezuela (PSUV) held talks on Monday with a "
     "delegation of the Communist Party of China.", "2024-05-06"),
    ("CARACAS, May 10 (teleSUR) - The United Socialist Party of Venezuela (PSUV) held talks on Monday with "
     "a delegation of the Communist Party of China.", "2024-05-06"),
])
def test_weekday_counts_back_from_a_dateline_closed_by_its_credit(lead: str, expected: str) -> None:
    rec = idcpc(lead + "\nBoth sides reviewed party-to-party relations.",
                title="Party leaders meet Chinese delegation", published="2024-05-17", url=PL_URL)
    assert rec.relevant
    assert rec.event_date == expected


def test_credit_dateline_without_weekday_gives_the_dateline_day() -> None:
    rec = idcpc("MANAGUA, May 8 (Prensa Latina) Leaders of the Sandinista National Liberation Front met "
                "here today with a delegation of the Communist Party of China.",
                title="FSLN leaders meet Chinese party delegation", published="2024-05-10", url=PL_URL)
    assert rec.event_date == "2024-05-08"
    assert parties(rec) == {"Sandinista National Liberation Front"}


def test_a_bracketed_aside_before_lower_case_is_no_dateline() -> None:
    assert DATELINE_EN.match("Havana, May 8 (Wednesday) marked the start of the seminar.") is None
    assert DATELINE_EN.match("HAVANA, May 8 (Prensa Latina) The seminar opened.") is not None
    assert DATELINE_EN.match("BEIJING, May 8 (Xinhua) -- Liu met Morales.") is not None
