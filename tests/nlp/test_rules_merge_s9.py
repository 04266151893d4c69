"""Merge fixes of session 9: what two campaigns' rules did together, each found by re-running the
campaigns' probes on the merged code. Self-written releases; party and country names are facts."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

URL = "https://www.idcpc.org.cn/english/news/202107/t20210709_5.html"


@pytest.mark.parametrize("written", [
    "the Unity Labour Party of Saint Vincent and the Grenadines",
    "the Unity Labour Party of St. Vincent",
])
def test_a_party_named_with_its_country_after_it_keeps_its_own_name(written):
    """'Saint Vincent' is a short name of the state, so the dissolved Saint Vincent Labour Party is
    also written 'Labour Party of Saint Vincent'; inside 'Unity Labour Party of Saint Vincent …' the
    longer match must be the Unity Labour Party's own (codebook: the parties by canonical name)."""
    record = idcpc(f"Beijing, July 8th (IDCPC)--A delegation of {written}, led by its deputy leader, "
                   "met with Chen Zhou, Vice Minister of the IDCPC, on the morning of July 8.",
                   title="Chen Zhou Meets Vincentian Party Delegation", published="2021-07-09", url=URL)
    assert record.relevant
    assert record.country == "Saint Vincent and the Grenadines"
    assert parties(record) == {"Unity Labour Party"}


def test_signatures_on_lines_of_their_own_stay_separate_parties():
    """A joint letter's signatories, one per line: each line one party, the group multilateral."""
    record = idcpc("Dear comrades,\nOn behalf of our parties we send warm greetings to the CPC on its "
                   "anniversary and wish it further success.\nAntigua and Barbuda Labour Party\nDominica "
                   "Labour Party\nUnity Labour Party of Saint Vincent and the Grenadines\nPeople's "
                   "Progressive Party/Civic of Guyana\nJuly 3, 2021",
                   title="Greetings from Caribbean Parties", published="2021-07-09", url=URL)
    assert record.relevant
    assert record.country == "multilateral"
    assert parties(record) == {"Antigua and Barbuda Labour Party", "Dominica Labour Party",
                               "Unity Labour Party", "People's Progressive Party/Civic"}
