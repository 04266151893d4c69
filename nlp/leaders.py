"""LAC heads of state and government with their Chinese names (``lac_leaders.json``).

Chinese releases name a counterpart by a Xinhua rendering (科雷亚, 迪亚斯-卡内尔); coders write the
English name (Rafael Correa). This table maps one to the other, by country and date when both
are known. It holds heads of state and government only: ministers and ambassadors of a Chinese
release keep their Chinese names. (Candidate for a gazetteer file; kept here until it moves.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from nlp.gazetteer import to_simplified

DATA = Path(__file__).with_name("lac_leaders.json")


@dataclass(frozen=True)
class Leader:
    name: str
    zh: tuple[str, ...]
    country: str
    office: str
    start: str | None = None  # YYYY or YYYY-MM
    end: str | None = None

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return True
        key = day.isoformat()[:7]
        return (self.start is None or self.start[:7] <= key) and (self.end is None or key <= self.end[:7])


@lru_cache(maxsize=1)
def leaders() -> tuple[Leader, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(Leader(name=e["name"], zh=tuple(to_simplified(z) for z in e.get("zh", [])),
                        country=e["country"], office=e["office"], start=e.get("from"), end=e.get("to"))
                 for e in data["entries"])


def leader_by_zh(name: str, country: str | None = None, on: date | None = None) -> Leader | None:
    """The leader a Chinese name refers to ("科雷亚", "尼古拉斯·馬杜羅·莫羅斯"): same or contained
    rendering, the release's country, in office on the day when several fit."""
    wanted = to_simplified(name or "").replace("－", "-").replace("—", "-")
    if len(wanted) < 2:
        return None
    found: list[tuple[int, Leader]] = []
    for leader in leaders():
        if country and leader.country != country:
            continue
        best = max((len(z) for z in leader.zh if z in wanted or wanted in z), default=0)
        if best:
            found.append((best, leader))
    if not found:
        return None
    in_office = [f for f in found if f[1].held_on(on)]
    pool = in_office or found
    pool.sort(key=lambda f: -f[0])
    return pool[0][1]
