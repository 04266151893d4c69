"""English IDCPC pages about delegations and visits (self-written releases in the sites' and the
agencies' style; names of parties and officials are facts, the wording is invented).

Codebook (SCHEMA.md, event_type rule 4): a page reporting a CPC delegation's visit to LAC as a whole
is ``delegation_visit_abroad``; a page whose exchange is one meeting, also during a visit, is a
``meeting``. A trip to one LAC country and non-LAC countries is that LAC country's visit."""

from __future__ import annotations

import pytest
from nlp_helpers import idcpc

AGENCY = "http://www.news.cn/english/2019-07/26/c_138260001.htm"


# ---------- a trip whose destinations are listed, the LAC country among them ----------

@pytest.mark.parametrize("lead, country", [
    ("A CPC delegation headed by Li Xi, member of the Political Bureau of the CPC Central Committee, paid "
     "official visits to Vietnam, Laos and Cuba from November 20 to 30 at the invitation of the three ruling "
     "parties. In Havana, Li Xi met with President Miguel Diaz-Canel.", "Cuba"),
    ("A delegation of the Communist Party of China headed by the IDCPC's head has concluded visits to "
     "Russia, Belarus and Venezuela, where it was received by President Nicolas Maduro and held talks with "
     "leaders of the United Socialist Party of Venezuela.", "Venezuela"),
    ("At the invitation of the ruling parties, Guo Yezhou, vice minister of the IDCPC, paid working visits "
     "to Italy, Greece and Nicaragua from June 1 to 11, during which he met with leaders of the Sandinista "
     "National Liberation Front in Managua.", "Nicaragua"),
    ("The CPC delegation headed by a member of the Political Bureau of the CPC Central Committee made visits "
     "to Laos and the Dominican Republic from May 2 to 9. In Santo Domingo it met with leaders of the "
     "Dominican Liberation Party.", "Dominican Republic"),
])
def test_trip_listing_the_lac_country_is_its_visit(lead: str, country: str) -> None:
    record = idcpc(lead, title="Senior CPC Official Concludes Trip", url=AGENCY, published="2019-07-26")
    assert record.country == country
    assert record.event_type == "delegation_visit_abroad"


def test_listed_destinations_without_the_country_are_no_visit_to_it() -> None:
    """A delegation's visits to other countries named beside a meeting with a LAC party in Beijing:
    the meeting, not a visit to the LAC country."""
    record = idcpc("On June 12, Guo Yezhou, vice minister of the IDCPC, who had just returned from visits to "
                   "Italy and Greece, met with a delegation of the Sandinista National Liberation Front in "
                   "Beijing.", title="Vice Minister Receives FSLN Delegation")
    assert record.country == "Nicaragua"
    assert record.event_type == "meeting"


# ---------- a delegation "visiting" the country: the setting of the meeting the lead reports ----------

@pytest.mark.parametrize("lead, title, country", [
    ("A delegation of the Communist Party of China, visiting Chile at the invitation of the Socialist Party "
     "of Chile, met with party president Alvaro Elizalde in Santiago on Tuesday.",
     "Chile's Socialists Look to CPC Experience", "Chile"),
    ("BUENOS AIRES, April 24 (Xinhua) -- A delegation of the Communist Party of China (CPC) currently "
     "visiting Argentina met Wednesday with leaders of the Justicialist Party.",
     "Argentine parties, CPC discuss cooperation", "Argentina"),
    ("HAVANA, May 7 (Xinhua) -- A CPC delegation led by Song Tao, head of the IDCPC, visiting Cuba at the "
     "invitation of the Communist Party of Cuba, held talks here Tuesday with Jose Ramon Balaguer.",
     "Cuba, China vow to deepen party ties", "Cuba"),
])
def test_delegation_visiting_the_country_met_is_a_meeting(lead: str, title: str, country: str) -> None:
    record = idcpc(lead, title=title, url=AGENCY, published="2019-05-08")
    assert record.country == country
    assert record.event_type == "meeting"


@pytest.mark.parametrize("lead", [
    "From May 5 to 9, a CPC delegation led by Song Tao, head of the IDCPC, visited Cuba at the invitation of "
    "the Communist Party of Cuba. The delegation met with President Miguel Diaz-Canel and held talks with "
    "party leaders.",
    "A CPC delegation led by Song Tao was visiting Cuba from May 5 to 9, and met with President Miguel "
    "Diaz-Canel and leaders of the Communist Party of Cuba.",
    "A CPC delegation visiting Cuba from May 5 to 9 at the invitation of the Communist Party of Cuba "
    "toured Matanzas province and the Mariel special zone.",
])
def test_visit_told_as_the_news_stays_the_visit(lead: str) -> None:
    """Negative: a visit told with a finite verb ("visited", "was visiting"), or with no other exchange in
    the sentence, is the visit as a whole."""
    record = idcpc(lead, title="Chinese and Cuban Parties Deepen Exchanges", published="2019-05-11")
    assert record.country == "Cuba"
    assert record.event_type == "delegation_visit_abroad"


@pytest.mark.parametrize("lead", [
    "Song Tao, head of the IDCPC, leading a CPC delegation to Cuba, met with President Miguel Diaz-Canel in "
    "Havana on Tuesday.",
    "Havana, May 7th -- Song Tao, heading a delegation of the CPC, held talks here today with Jose Ramon "
    "Balaguer of the Central Committee of the Communist Party of Cuba.",
    "On May 7, Song Tao, leading a CPC delegation on a visit to Cuba, was received by Miguel Diaz-Canel, "
    "President of Cuba.",
])
def test_leading_a_delegation_is_the_setting_of_the_meeting(lead: str) -> None:
    """"X, leading a CPC delegation, met Y": the participle is who X is there as; the sentence reports
    the meeting (rule 4)."""
    record = idcpc(lead, title="China, Cuba Pledge to Deepen Party Ties", published="2019-05-08")
    assert record.country == "Cuba"
    assert record.event_type == "meeting"


@pytest.mark.parametrize("lead", [
    "Song Tao, head of the IDCPC, led a CPC delegation to visit Cuba from May 5 to 9. He met with President "
    "Miguel Diaz-Canel and held talks with leaders of the Communist Party of Cuba.",
    "Song Tao, leading a CPC delegation, visited Cuba from May 5 to 9, touring Havana and Matanzas and "
    "meeting leaders of the Communist Party of Cuba.",
])
def test_led_a_delegation_to_visit_stays_the_visit(lead: str) -> None:
    """Negative: "led a delegation to visit" (a finite verb), or a sentence whose own verb is the visit."""
    record = idcpc(lead, title="CPC Delegation in Cuba", published="2019-05-11")
    assert record.event_type == "delegation_visit_abroad"


VISIT_FIRST = ("HAVANA, May 7 (Xinhua) -- A CPC delegation led by Song Tao, head of the IDCPC, which "
               "arrived in Havana on Sunday for a visit, was received on Tuesday by Cuban President Miguel "
               "Diaz-Canel.")


@pytest.mark.parametrize("title", [
    "Diaz-Canel welcomes CPC delegation",
    "Cuban president hosts Chinese party delegation",
    "Diaz-Canel Welcomed Visiting CPC Officials",
    "Song Tao Exchanges Views with Cuban President",
])
def test_host_welcoming_a_delegation_in_the_headline_is_a_meeting(title: str) -> None:
    record = idcpc(VISIT_FIRST, title=title, url=AGENCY, published="2019-05-08")
    assert record.event_type == "meeting"
    assert record.event_date == "2019-05-07"


@pytest.mark.parametrize("title", [
    "Cuba welcomes CPC's support for its development",
    "Matanzas hosts exhibition on China's development during CPC delegation's stay",
])
def test_welcoming_or_hosting_no_guest_is_no_meeting_headline(title: str) -> None:
    """Negative: welcoming a position, hosting an event: no meeting in the headline, so the page is the
    visit its lead reports."""
    record = idcpc("HAVANA, May 9 (Xinhua) -- A CPC delegation led by Song Tao, head of the IDCPC, visited "
                   "Cuba from May 5 to 9 at the invitation of the Communist Party of Cuba, meeting President "
                   "Miguel Diaz-Canel and party leaders.", title=title, url=AGENCY, published="2019-05-10")
    assert record.event_type == "delegation_visit_abroad"


def test_was_on_a_visit_stays_the_visit() -> None:
    """Negative: "was on a visit to Cuba … and met" tells the visit with a finite verb."""
    record = idcpc("A CPC delegation led by Song Tao was on a visit to Cuba from May 5 to 9, and met with "
                   "President Miguel Diaz-Canel and leaders of the Communist Party of Cuba.",
                   title="CPC Delegation in Cuba", published="2019-05-11")
    assert record.event_type == "delegation_visit_abroad"


@pytest.mark.parametrize("lead", [
    "A CPC delegation, which is visiting Cuba, met with President Miguel Diaz-Canel on May 7.",
    "A CPC delegation that is visiting Cuba met with President Miguel Diaz-Canel on May 7.",
    "A CPC delegation, which arrived in Havana on Sunday, held talks on May 7 with leaders of the Communist "
    "Party of Cuba.",
    "A CPC delegation led by Song Tao, who is on a visit to Cuba, met with President Miguel Diaz-Canel on "
    "May 7.",
])
def test_relative_clause_after_the_delegation_is_the_setting(lead: str) -> None:
    """A relative clause after the delegation ("which is visiting Cuba", "which arrived on Sunday") says
    where it is; the sentence reports the meeting (rule 4)."""
    record = idcpc(lead, title="China, Cuba Pledge Closer Party Ties", published="2019-05-08")
    assert record.event_type == "meeting"
    assert record.event_date == "2019-05-07"


def test_relative_clause_with_the_visit_days_and_no_meeting_stays_the_visit() -> None:
    """Negative: "which is visiting Cuba from May 5 to 9, toured …" — no meeting in the sentence."""
    record = idcpc("A CPC delegation, which is visiting Cuba from May 5 to 9, toured Matanzas province and "
                   "the Mariel special development zone.", title="CPC Delegation in Cuba",
                   published="2019-05-08")
    assert record.event_type == "delegation_visit_abroad"
