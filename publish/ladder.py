"""China's partnership ladder as of a date: each LAC partner's current level, its tier and when it
was reached (the second study's Table 2), from the data set's own partnership rows.

A row with ``partnership_action`` (establish / upgrade) and ``partnership_level`` is one step of
one partner. As of a day, a partner's level is the highest-ranked level among its steps dated on
or before that day (relations are raised, not lowered; a later release that merely repeats an
older level does not move it back), reached on the first day that level was reported. Ranks
and tiers come from the gazetteer's ladder (``nlp/gazetteer/partnerships.json``): the tier is the
rung family the study reads — relationship, partnership, comprehensive, strategic,
comprehensive strategic, all-weather — with the qualified levels ("... for common development")
in the tier of their plain level.

The default day is the data set's latest date, so the table is the same for the same data and
the files stay byte-identical between runs with nothing new.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from publish.rows import Row

HEADER = ["country", "level", "tier", "rank", "reached", "steps", "as_of"]
FILE = "tables/partnership_ladder.csv"
TIERS = ("relationship", "partnership", "comprehensive partnership", "strategic partnership",
         "comprehensive strategic partnership", "community with a shared future", "all-weather")


def tier_of(level: str) -> str:
    """The ladder tier of a canonical level name (qualifiers sit in their plain level's tier)."""
    name = level.lower()
    if "all-weather" in name:
        return "all-weather"
    if "community with a shared future" in name:
        return "community with a shared future"
    if "comprehensive strategic" in name:
        return "comprehensive strategic partnership"
    if "strategic" in name:
        return "strategic partnership"
    if "comprehensive" in name:
        return "comprehensive partnership"
    if "partnership" in name:
        return "partnership"
    return "relationship"


@lru_cache(maxsize=1)
def _levels() -> dict[str, tuple[int, str]]:
    """Lower-cased canonical name and every alias -> (rank, canonical name), from the gazetteer."""
    from nlp.gazetteer import Gazetteer

    out: dict[str, tuple[int, str]] = {}
    for level in Gazetteer.load().partnership_levels:
        out[level.canonical.lower()] = (level.rank, level.canonical)
        for names in (getattr(level, "aliases", None) or {}).values():
            for alias in names:
                out.setdefault(str(alias).lower(), (level.rank, level.canonical))
    return out


def _parse_day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def ladder(rows: Sequence[Row], as_of: date | str | None = None) -> list[list]:
    """The ladder table (header first): one row per partner with a step on or before ``as_of``
    (default: the data set's latest date), highest rung first, then by country."""
    day = _parse_day(as_of) if as_of is not None else None
    if as_of is not None and day is None:
        raise ValueError(f"as-of date {as_of!r} is not YYYY-MM-DD")
    if day is None:
        dated = [d for d in (_parse_day(r.get("date")) for r in rows) if d]
        day = max(dated) if dated else None
    levels = _levels()
    best: dict[str, tuple[int, str, date, int]] = {}  # country -> rank, level, reached, steps
    for row in rows:
        action, named = row.get("partnership_action"), row.get("partnership_level")
        when, country = _parse_day(row.get("date")), row.get("country")
        if not action or not named or when is None or not country or day is None or when > day:
            continue
        rank, canonical = levels.get(str(named).lower(), (0, str(named)))
        old = best.get(str(country))
        steps = (old[3] if old else 0) + 1
        if old is None or rank > old[0] or (rank == old[0] and when < old[2]):
            best[str(country)] = (rank, canonical, when, steps)
        else:
            best[str(country)] = (*old[:3], steps)
    table: list[list] = [list(HEADER)]
    ordered = sorted(best.items(), key=lambda item: (-item[1][0], item[0]))
    for country, (rank, canonical, reached, steps) in ordered:
        table.append([country, canonical, tier_of(canonical), rank or "", reached.isoformat(), steps,
                      day.isoformat() if day else ""])
    return table


def ladder_csv(table: list[list]) -> bytes:
    """The table as CSV (values exactly as in the table)."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(table)
    return buf.getvalue().encode("utf-8")
