"""A course's or a forum's participants named after the lead take part in it (codebook: contacts
list every counterpart the page names for that exchange): "the trainees came from …", 学员来自…. A
short Chinese lead no longer runs on into the next paragraph, so the participants are read as
people introduced after the lead, as a delegation's members are."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc, parties

PSUV, PCC = "United Socialist Party of Venezuela", "Communist Party of Cuba"
FSLN, PCCL = "Sandinista National Liberation Front", "Communist Party of Chile"


@pytest.mark.parametrize("intro", ["学员来自", "学员分别来自", "参加者来自", "与会者包括"])
def test_chinese_course_participants_after_a_short_lead(intro: str) -> None:
    rec = idcpc("6月3日，2024年拉美和加勒比地区青年政治家研修班在北京开班。\n\n"
                f"中联部部长助理出席开班式。{intro}委内瑞拉统一社会主义党青年组织、智利共产主义青年团和尼加拉瓜桑地诺青年组织等。",
                title="拉美政党干部研修班开班", lang="zh", published="2024-06-04")
    assert rec.relevant and rec.country == "multilateral"
    assert parties(rec) == {PSUV, PCCL, FSLN}  # the youth wings, with their parties
    assert "leftist" in rec.mechanism


@pytest.mark.parametrize("intro", [
    "The trainees came from", "Participants were from", "The students come from"])
def test_english_course_participants_after_the_lead(intro: str) -> None:
    rec = idcpc("Beijing, June 3rd--A training course for Latin American party cadres opened in Beijing "
                "on June 3.\n\n"
                "An assistant minister of the IDCPC addressed the opening. "
                f"{intro} the United Socialist Party of Venezuela, the Communist Party of Cuba and the "
                "Sandinista National Liberation Front.",
                title="Course for Latin American party cadres opens", published="2024-06-04")
    assert parties(rec) == {PSUV, PCC, FSLN}


def test_a_list_of_countries_the_course_covered_names_no_participant() -> None:
    """Negative: parties named as what was taught about are no participants."""
    rec = idcpc("6月3日，2024年拉美政党干部研修班在京开班。\n\n"
                "中联部部长助理出席开班式。课程介绍了中国共产党治国理政经验。",
                title="拉美政党干部研修班开班", lang="zh", published="2024-06-04")
    assert parties(rec) == set()
