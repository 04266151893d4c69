"""China's partnership steps with LAC states (gazetteer/partnership_history.json): integrity, the
level held before a day, establish vs upgrade, and agreement with the study's table when present."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from nlp.gazetteer import Gazetteer
from nlp.partnership_history import REGION, Step, action_for, history, level_before, problems, steps

STUDY_TABLE = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "partnership-history.csv"


def test_the_file_has_no_problems() -> None:
    assert problems() == []


def test_levels_are_canonical_and_countries_are_states() -> None:
    gaz = Gazetteer.load()
    levels = {lv.canonical for lv in gaz.partnership_levels}
    states = {c.id for c in gaz.countries if c.is_state}
    assert len(history()) >= 27
    for step in history():
        assert step.level in levels
        assert step.country in states | {REGION}


@pytest.mark.parametrize("country, day, level", [
    ("BRA", date(1993, 1, 1), None),
    ("BRA", date(2000, 1, 1), "strategic partnership"),
    ("BRA", date(2012, 6, 21), "strategic partnership"),      # the month of the upgrade: still before
    ("BRA", date(2012, 7, 1), "comprehensive strategic partnership"),
    ("BRA", date(2024, 11, 20), "comprehensive strategic partnership"),
    ("BRA", date(2025, 1, 1),
     "China-Brazil community with a shared future for a more just world and a more sustainable planet"),
    ("VEN", date(2023, 9, 13), "comprehensive strategic partnership"),
    ("VEN", date(2024, 1, 1), "all-weather strategic partnership"),
    ("COL", date(2023, 10, 25), None),
    ("COL", date(2024, 1, 1), "strategic partnership"),
    ("JAM", date(2019, 6, 1), "friendly partnership for common development"),  # a year-only step
    ("JAM", date(2020, 1, 1), "strategic partnership"),
    ("NIC", date(2024, 1, 1), None),
    ("XXX", date(2024, 1, 1), None),
])
def test_level_before(country: str, day: date, level: str | None) -> None:
    assert level_before(country, day) == level


def test_names_resolve_to_the_country_or_to_celac() -> None:
    assert level_before("Brazil", date(2013, 1, 1)) == "comprehensive strategic partnership"
    assert level_before("乌拉圭", date(2020, 1, 1)) == "strategic partnership"
    assert level_before("CELAC", date(2015, 1, 1)) == "comprehensive cooperative partnership"
    assert [s.date for s in steps("Chile")] == ["2004-11", "2012-06", "2016-11"]


def test_action_for() -> None:
    assert action_for("COL", date(2023, 10, 25)) == "establish"
    assert action_for("URY", date(2023, 11, 22)) == "upgrade"
    assert action_for("ECU", date(2015, 1, 7)) == "establish"


def test_a_step_counts_from_the_day_after_its_period() -> None:
    assert Step("BRA", "2012-06", "upgrade", "x").last_day == date(2012, 6, 30)
    assert Step("JAM", "2005", "establish", "x").last_day == date(2005, 12, 31)


def test_problems_are_found(tmp_path: Path) -> None:
    bad = tmp_path / "partnership_history.json"
    bad.write_text('{"version": "x", "entries": ['
                   '{"country": "ZZZ", "date": "2020-13", "action": "raise", "level": "best friends"}]}',
                   encoding="utf-8")
    found = problems(path=bad)
    assert any("unknown country" in p for p in found)
    assert any("date" in p for p in found)
    assert any("unknown action" in p for p in found)
    assert any("not a canonical level" in p for p in found)
    bad.write_text('{"version": "x", "entries": ['
                   '{"country": "PER", "date": "2008-11", "action": "establish", '
                   '"level": "strategic partnership"},'
                   '{"country": "PER", "date": "2013-04", "action": "establish", '
                   '"level": "comprehensive strategic partnership"}]}', encoding="utf-8")
    assert any("establish after" in p for p in problems(path=bad))


@pytest.mark.skipif(not STUDY_TABLE.exists(), reason="the study's table is in ../shared only")
def test_agrees_with_the_study_table() -> None:
    gaz = Gazetteer.load()
    ours = {(s.date[:4], s.country, s.action, s.level) for s in history()}
    for row in csv.DictReader(STUDY_TABLE.open(encoding="utf-8")):
        country = REGION if row["country"] == "CELAC" else gaz.country_by_name(row["country"]).id  # type: ignore[union-attr]
        assert (row["year"], country, row["action"], row["level"]) in ours, row
