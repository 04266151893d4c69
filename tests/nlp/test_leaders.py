"""LAC heads of state and government (nlp/lac_leaders.json): parties, coverage 2008–2025, the
head in office on a day and the party that rules."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from nlp_helpers import mfa

from nlp.gazetteer import Gazetteer
from nlp.leaders import PARLIAMENTARY, Leader, head_on, leader_by_zh, leaders, ruling_party

LEADERS_FILE = Path(__file__).resolve().parents[2] / "nlp" / "lac_leaders.json"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_every_party_is_a_gazetteer_party_of_the_leaders_country(gaz: Gazetteer) -> None:
    parties = {p.id: p for p in gaz.parties}
    for leader in leaders():
        if leader.party is not None:
            assert leader.party in parties, (leader.name, leader.party)
            assert parties[leader.party].country == leader.country, (leader.name, leader.party)


def test_every_entry_names_a_known_state_and_office(gaz: Gazetteer) -> None:
    states = {c.id for c in gaz.countries if c.is_state}
    for leader in leaders():
        assert leader.country in states, leader.name
        assert leader.office in ("President", "Prime Minister"), leader.name
        assert leader.zh, leader.name
        assert leader.start and (leader.end is None or leader.start <= leader.end), leader.name


def test_every_state_has_a_head_every_quarter_2008_to_2025(gaz: Gazetteer) -> None:
    gaps = []
    for country in (c.id for c in gaz.countries if c.is_state):
        for year in range(2008, 2026):
            for month in (1, 4, 7, 10):
                if head_on(country, date(year, month, 15)) is None:
                    gaps.append((country, year, month))
    assert gaps == []


@pytest.mark.parametrize("country, day, party", [
    ("BRA", date(2015, 6, 1), "pt-br"),
    ("BRA", date(2017, 6, 1), "mdb-br"),
    ("BRA", date(2019, 3, 1), "psl-br"),
    ("BRA", date(2020, 6, 1), None),          # Bolsonaro between parties
    ("BRA", date(2022, 6, 1), "pl-br"),
    ("BRA", date(2024, 6, 1), "pt-br"),
    ("CUB", date(2010, 1, 1), "pcc-cu"),
    ("VEN", date(2023, 9, 13), "psuv-ve"),
    ("URY", date(2022, 5, 1), "pn-uy"),
    ("URY", date(2012, 5, 1), "fa-uy"),
    ("ARG", date(2024, 5, 1), "lla-ar"),
    ("COL", date(2009, 5, 1), None),          # Uribe, elected as an independent
    ("COL", date(2023, 10, 25), "ch-co"),
    ("MEX", date(2010, 5, 1), "pan-mx"),
    ("PER", date(2019, 5, 1), None),          # Vizcarra, without a party
    ("PER", date(2020, 11, 12), "ap-pe"),     # Merino's five days
    ("PER", date(2020, 11, 20), "pm-pe"),
    ("ARG", date(2023, 12, 9), "pj-ar"),
    ("ARG", date(2023, 12, 10), "lla-ar"),    # inauguration day: the successor
    ("JAM", date(2014, 5, 1), "pnp-jm"),      # parliamentary: the Prime Minister counts
    ("JAM", date(2019, 4, 1), "jlp-jm"),
    ("TTO", date(2014, 5, 1), "unc-tt"),      # not the ceremonial President
    ("TTO", date(2016, 5, 1), "pnm-tt"),
    ("DMA", date(2020, 5, 1), "dlp-dm"),
    ("SUR", date(2019, 11, 1), "ndp-sr"),
    ("HTI", date(2022, 5, 1), None),          # no president: the acting Prime Minister, no party
])
def test_ruling_party(country: str, day: date, party: str | None) -> None:
    assert ruling_party(country, day) == party


def test_ruling_party_unknown_country_or_day() -> None:
    assert ruling_party("XXX", date(2020, 1, 1)) is None
    assert ruling_party("CUB", date(1970, 1, 1)) is None


def test_ruling_party_now_is_the_open_ended_holder() -> None:
    assert ruling_party("NIC", None) == "fsln-ni"
    assert ruling_party("CUB", None) == "pcc-cu"
    head = head_on("VEN", None)
    assert head is not None and head.end is None


def test_head_on_picks_the_prime_minister_in_parliamentary_states() -> None:
    for country in PARLIAMENTARY:
        head = head_on(country, date(2019, 6, 15))
        assert head is not None and head.office == "Prime Minister", country


def test_hand_over_day_and_hand_over_month() -> None:
    # Dilma Rousseff to 2016-05-11, Michel Temer acting from 2016-05-12: the day decides.
    assert head_on("BRA", date(2016, 5, 11)).name == "Dilma Rousseff"  # type: ignore[union-attr]
    assert head_on("BRA", date(2016, 5, 12)).name == "Michel Temer"  # type: ignore[union-attr]
    # Bachelet to 2018-03, Piñera from 2018-03: a month-only hand-over goes to the successor.
    assert head_on("CHL", date(2018, 3, 20)).name == "Sebastián Piñera"  # type: ignore[union-attr]


def test_held_on_by_the_precision_of_each_date() -> None:
    leader = Leader(name="X", zh=("某某",), country="BRA", office="President",
                    start="2019-11-20", end="2021")
    assert not leader.held_on(date(2019, 11, 19))
    assert leader.held_on(date(2019, 11, 20))
    assert leader.held_on(date(2021, 12, 31))
    assert not leader.held_on(date(2022, 1, 1))
    assert leader.on_boundary(date(2021, 6, 1)) and not leader.on_boundary(date(2020, 6, 1))


def test_leader_by_zh_still_resolves_by_country_and_day() -> None:
    found = leader_by_zh("博索纳罗", "BRA", date(2022, 6, 1))
    assert found is not None and found.name == "Jair Bolsonaro" and found.party == "pl-br"
    found = leader_by_zh("莫拉莱斯", "GTM", date(2017, 1, 1))
    assert found is not None and found.name == "Jimmy Morales"
    found = leader_by_zh("莫拉莱斯", "BOL", date(2017, 1, 1))
    assert found is not None and found.name == "Evo Morales"


def _forms(leader: dict, day: date) -> list[tuple[str, str, str, str]]:
    """(lang, title, text, event type) of self-written foreign-ministry releases on ``day``."""
    country = Gazetteer.load().country(leader["country"])
    cn, cn_zh = ("Xi Jinping", "习近平") if day >= date(2013, 3, 15) else ("Hu Jintao", "胡锦涛")
    office, name, zh_name = leader["office"], leader["name"], leader["zh"][0]
    zh_office = {"President": "总统", "Prime Minister": "总理"}[office]
    place, place_zh = country.canonical, country.names["zh"][0]
    on, on_zh = day.strftime("%B %-d, %Y"), f"{day.year}年{day.month}月{day.day}日"
    return [
        ("en", f"{cn} Holds Talks with {office} of {place} {name}",
         f"On {on}, President {cn} held talks in Beijing with {office} {name} of {place}.", "talks"),
        ("en", f"{cn} Meets with {office} of {place}",
         f"On {on}, President {cn} met in Beijing with {name}, {office} of {place}.", "meeting"),
        ("zh", f"{cn_zh}同{place_zh}{zh_office}{zh_name}会谈",
         f"{on_zh}，国家主席{cn_zh}在北京同{place_zh}{zh_office}{zh_name}举行会谈。", "talks"),
        ("zh", f"{cn_zh}同{place_zh}{zh_office}{zh_name}通电话",
         f"{on_zh}，国家主席{cn_zh}同{place_zh}{zh_office}{zh_name}通电话。", "phone_call"),
    ]


def test_every_lac_head_in_office_is_coded_at_head_of_state_level(gaz: Gazetteer) -> None:
    """Each head of state or government in lac_leaders.json, on a day in office, in an exchange
    with China's head of state: country, type, day and head-of-state level, in English and Chinese
    (middle initials such as "Philip J. Pierre", one-character given names such as 詹·单多吉)."""
    entries = json.loads(LEADERS_FILE.read_text(encoding="utf-8"))["entries"]
    wrong = []
    for leader in entries:
        start = date.fromisoformat(leader["from"] if len(leader["from"]) == 10 else leader["from"] + "-15")
        day = start + timedelta(days=40)
        if leader.get("to") and day.isoformat() >= leader["to"]:
            day = start + timedelta(days=2)
        if day.year < 2008 or leader["office"] not in ("President", "Prime Minister"):
            continue
        for lang, title, text, kind in _forms(leader, day):
            record = mfa(text, title=title, lang=lang, published=(day + timedelta(days=1)).isoformat(),
                         url=f"https://www.fmprc.gov.cn/eng/zxxx/{day:%Y%m}/t{day:%Y%m%d}_1.html")
            want = (gaz.country(leader["country"]).canonical, True, kind, day.isoformat())
            got = (record.country, record.head_of_state_level, record.event_type, record.event_date)
            if got != want:
                wrong.append((leader["name"], lang, kind, got))
    assert wrong == []


@pytest.mark.parametrize("country, last_day, name", [
    ("CHL", date(2026, 3, 10), "Gabriel Boric"),
    ("HND", date(2026, 1, 26), "Xiomara Castro"),
    ("CRI", date(2026, 5, 7), "Rodrigo Chaves"),
    ("COL", date(2026, 8, 6), "Gustavo Petro"),
])
def test_a_fixed_constitutional_term_ends_on_its_day(country: str, last_day: date, name: str) -> None:
    """Terms that end by the constitution end in the roster too, even before the successor is
    entered: a meeting after the hand-over is not with a head in office."""
    assert head_on(country, last_day).name == name
    after = head_on(country, last_day + timedelta(days=2))
    assert after is None or after.name != name


def test_a_former_head_met_after_the_term_is_not_at_head_of_state_level() -> None:
    record = mfa("Beijing, September 2 -- President Xi Jinping met with Gustavo Petro in Beijing "
                 "today. The two sides exchanged views on China-Colombia relations.",
                 title="Xi Jinping Meets with Gustavo Petro", published="2026-09-03")
    assert record.country == "Colombia"
    assert record.head_of_state_level is False


def test_other_papers_renderings_are_read_but_the_sample_site_writes_xinhuas() -> None:
    """``zh_other`` holds the forms Taiwan's and Hong Kong's papers print (魯拉 for Lula): a copy
    naming him so is read as Xinhua's 卢拉 is, but a mainland release of the sample site writes
    Xinhua's form, never another paper's."""
    from sample_site.releases import COUNTERPARTS, head_of

    data = json.loads(LEADERS_FILE.read_text(encoding="utf-8"))
    lula = next(e for e in data["entries"]
                if e["name"].startswith("Luiz Inácio Lula") and e["from"] == "2023-01-01")
    assert "魯拉" in lula["zh_other"] and "魯拉" not in lula["zh"]
    found = leader_by_zh("魯拉", "BRA", date(2024, 5, 1))
    assert found is not None and found.name.startswith("Luiz Inácio Lula")
    brazil = next(c for c in COUNTERPARTS if c.country == "Brazil")
    head = head_of(brazil, date(2024, 5, 1))
    assert head is not None and head.zh == "卢拉"
