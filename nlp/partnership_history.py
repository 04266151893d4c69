"""China's partnership establishments and upgrades with LAC states (``gazetteer/partnership_history.json``).

The codebook's one field that follows history rather than the page: a release's partnership step is
an ``establish`` when the country had no partnership with China before, an ``upgrade`` when it had
one. ``level_before(country, day)`` gives the level the country held strictly before the day;
``action_for`` turns that into the action. A step dated only to a month (``2014-07``) or a year
(``2005``) counts from the day after that period, so a release from the very month of an upgrade
still sees the level before it.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from nlp.gazetteer import DATA_DIR, Gazetteer

DATA = DATA_DIR / "partnership_history.json"
REGION = "CELAC"  # Latin America and the Caribbean as a whole (China-CELAC)
ACTIONS = ("establish", "upgrade")
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2]))?$")


@dataclass(frozen=True)
class Step:
    """One establishment or upgrade: ``date`` is ``YYYY-MM`` or ``YYYY``."""

    country: str
    date: str
    action: str
    level: str
    note: str = ""

    @property
    def last_day(self) -> date:
        """The last day the (partial) date covers: the step holds from the day after."""
        parts = [int(p) for p in self.date.split("-")]
        year, month = parts[0], (parts[1] if len(parts) > 1 else 12)
        return date(year, month, calendar.monthrange(year, month)[1])


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[Step, ...]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    steps = [Step(country=e["country"], date=str(e["date"]), action=e["action"], level=e["level"],
                  note=e.get("note", "")) for e in data["entries"]]
    return tuple(sorted(steps, key=lambda s: (s.country, s.date)))


def history(path: Path = DATA) -> tuple[Step, ...]:
    """Every step, by country and date."""
    return _load(str(path))


def _country_id(country: str) -> str:
    """ISO3 as given; a country name ("Brazil", "Brasil", "巴西") or CELAC's names resolved."""
    if country in {s.country for s in history()}:
        return country
    gaz = Gazetteer.load()
    found = gaz.country_by_name(country)
    if found is not None:
        return found.id
    platform = gaz.platform_by_alias(country)
    if platform is not None and platform.id == "celac":
        return REGION
    return country


def steps(country: str) -> tuple[Step, ...]:
    """The country's steps, oldest first (ISO3, a country name, or "CELAC")."""
    wanted = _country_id(country)
    return tuple(s for s in history() if s.country == wanted)


def level_before(country: str, on: date) -> str | None:
    """The partnership level (canonical name in partnerships.json) the country had with China
    strictly before ``on``; None when it had none."""
    before = [s for s in steps(country) if s.last_day < on]
    return before[-1].level if before else None


def action_for(country: str, on: date, level: str | None = None) -> str:
    """The codebook's action for a partnership step announced on ``on``: "upgrade" when the
    country already had a partnership, else "establish" (even if the release says "elevated").

    A step to the very ``level`` the country already holds cannot raise it: the page reports the
    step that reached that level (a report dated after the step's month, an announcement on a
    later day of the visit), so that step's own action stands — "establish" when it was the
    country's first partnership."""
    held = level_before(country, on)
    if held is not None and level is not None and held == level:
        return [s for s in steps(country) if s.last_day < on][-1].action
    return "upgrade" if held is not None else "establish"


def problems(gaz: Gazetteer | None = None, path: Path = DATA) -> list[str]:
    """What is wrong in the file: unknown country or level, bad date or action, an establish
    after an existing partnership, an upgrade without one or to a level not above the last."""
    gaz = gaz or Gazetteer.load()
    data = json.loads(path.read_text(encoding="utf-8"))
    out = [] if "version" in data else [f"{path.name}: no top-level version"]
    states = {c.id for c in gaz.countries if c.is_state} | {REGION}
    ranks = {lv.canonical: lv.rank for lv in gaz.partnership_levels}
    for i, e in enumerate(data.get("entries", [])):
        where = f"{path.name} entry {i} ({e.get('country')} {e.get('date')})"
        for field in ("country", "date", "action", "level"):
            if not e.get(field):
                out.append(f"{where}: missing {field}")
        if e.get("country") not in states:
            out.append(f"{where}: unknown country {e.get('country')!r}")
        if not DATE.match(str(e.get("date", ""))):
            out.append(f"{where}: date is not YYYY-MM or YYYY")
        if e.get("action") not in ACTIONS:
            out.append(f"{where}: unknown action {e.get('action')!r}")
        if e.get("level") not in ranks:
            out.append(f"{where}: level {e.get('level')!r} is not a canonical level of partnerships.json")
    if out:
        return out
    for country in sorted({s.country for s in history(path)}):
        previous: Step | None = None
        for step in (s for s in history(path) if s.country == country):
            if step.action == "establish" and previous is not None:
                out.append(f"{country} {step.date}: establish after {previous.level} ({previous.date})")
            if step.action == "upgrade":
                if previous is None:
                    out.append(f"{country} {step.date}: upgrade without an earlier partnership")
                elif ranks[step.level] <= ranks[previous.level]:
                    out.append(f"{country} {step.date}: upgrade to {step.level} is not above "
                               f"{previous.level}")
            previous = step
    return out
