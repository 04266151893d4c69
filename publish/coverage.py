"""How complete the corpus is, per section and year (or month): what is known of, from where,
and what was fetched — so a researcher sees which years of a study period are thin.

    python pipeline.py coverage [--month] [--section NAME ...] [--figure FILE.png] [--json]

Counted from the catalog: a release is *known* from the live lists, the site search, the
web archive or a list of urls (``discovered``), and *fetched* when the catalog holds its text.
Its date is its publication date once fetched, else the date in its url or beside its link.
For each section: the date its live list reaches back to (the oldest release any list page
showed), and *likely gaps* — months with no known release where the months on either side
have many. A study year (2013–2023, the two studies' periods) *looks incomplete* when it has
known but unfetched releases, a likely gap, or no release at all while its neighbours have.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from pathlib import Path

from dipex.workspace import Workspace

STUDY_YEARS = range(2013, 2024)  # 2013–2022 and 2014–2023
VIAS = ("list", "search", "archive", "urls")
GAP_NEIGHBOURS = 3  # a month with none is a likely gap when each neighbour month has at least this many
UNDATED = "undated"


@dataclass
class Cell:
    """One section in one year (or month)."""

    section: str
    period: str  # YYYY or YYYY-MM, or "undated"
    lists: int = 0
    search: int = 0
    archive: int = 0
    urls: int = 0
    known: int = 0
    fetched: int = 0

    @property
    def missing(self) -> int:
        return self.known - self.fetched


@dataclass
class Coverage:
    cells: list[Cell] = field(default_factory=list)
    list_reach: dict[str, str | None] = field(default_factory=dict)  # section -> oldest date a list showed
    gaps: dict[str, list[str]] = field(default_factory=dict)  # section -> YYYY-MM months
    incomplete_years: dict[int, str] = field(default_factory=dict)  # study year -> why
    by_month: bool = False

    HEADERS = ["section", "period", "from lists", "from search", "from archive", "from urls", "known",
               "fetched", "missing"]

    def table(self) -> list[list]:
        """Header row, one row per section and period, then the totals per period."""
        rows: list[list] = [list(self.HEADERS)]
        totals: dict[str, Cell] = {}
        for c in self.cells:
            rows.append([c.section, c.period, c.lists, c.search, c.archive, c.urls, c.known, c.fetched,
                         c.missing])
            t = totals.setdefault(c.period, Cell("ALL", c.period))
            for name in ("lists", "search", "archive", "urls", "known", "fetched"):
                setattr(t, name, getattr(t, name) + getattr(c, name))
        for period in sorted(totals):
            t = totals[period]
            rows.append(["ALL", period, t.lists, t.search, t.archive, t.urls, t.known, t.fetched, t.missing])
        return rows

    def totals_by_year(self) -> dict[str, Cell]:
        out: dict[str, Cell] = {}
        for c in self.cells:
            year = c.period[:4]
            t = out.setdefault(year, Cell("ALL", year))
            for name in ("lists", "search", "archive", "urls", "known", "fetched"):
                setattr(t, name, getattr(t, name) + getattr(c, name))
        return dict(sorted(out.items()))

    def reach_table(self) -> list[list]:
        rows: list[list] = [["section", "live list reaches back to", "likely gap months"]]
        for section in sorted(set(self.list_reach) | set(self.gaps)):
            rows.append([section, self.list_reach.get(section) or "-", ", ".join(self.gaps.get(section, []))])
        return rows

    def incomplete_line(self) -> str | None:
        """The one line ``run`` prints when a study year looks incomplete, else None."""
        if not self.incomplete_years:
            return None
        years = ", ".join(f"{y} ({why})" for y, why in sorted(self.incomplete_years.items()))
        return f"coverage: study years that look incomplete: {years} — see `pipeline.py coverage`"

    def to_dict(self) -> dict:
        return {"cells": [asdict(c) for c in self.cells], "list_reach": self.list_reach, "gaps": self.gaps,
                "incomplete_years": {str(k): v for k, v in self.incomplete_years.items()},
                "by_month": self.by_month}


def _connect(path: Path) -> sqlite3.Connection | None:
    if not path.exists():
        return None
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
    db.row_factory = sqlite3.Row
    return db


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    row = db.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()
    return row is not None


def coverage(ws: Workspace, *, by_month: bool = False, sections: list[str] | None = None) -> Coverage:
    """Coverage of ``ws``'s corpus (see the module doc). An empty or missing catalog gives an
    empty coverage, never an error."""
    db = _connect(ws.catalog_path)
    result = Coverage(by_month=by_month)
    if db is None:
        return result
    try:
        releases = {r["key"]: dict(r) for r in db.execute(
            "SELECT key, source, status, published, text FROM releases")}
        found: dict[tuple[str, str], set[str]] = defaultdict(set)  # (section, key) -> vias
        listed: dict[str, str] = {}
        reach: dict[str, str] = {}
        if _has_table(db, "discovered"):
            for r in db.execute("SELECT key, via, source, listed FROM discovered"):
                found[(r["source"] or "", r["key"])].add(r["via"])
                if r["listed"]:
                    listed[r["key"]] = min(listed.get(r["key"], r["listed"]), r["listed"])
                if r["via"] == "list" and r["source"]:
                    when = (releases.get(r["key"]) or {}).get("published") or r["listed"]
                    if when and (r["source"] not in reach or when < reach[r["source"]]):
                        reach[r["source"]] = when
        seen = {key for _, key in found}
        for key, rel in releases.items():  # releases of catalogs older than the discovered table
            if key not in seen and rel["source"]:
                found.setdefault((rel["source"], key), set())
    finally:
        db.close()
    keys_by_section: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for (section, key), vias in found.items():
        if not section:
            continue
        keys_by_section[section].setdefault(key, set()).update(vias)
    cells: dict[tuple[str, str], Cell] = {}
    monthly: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for section, keys in keys_by_section.items():
        if sections and section not in sections:
            continue
        for key, vias in keys.items():
            rel = releases.get(key)
            when = (rel or {}).get("published") or listed.get(key)
            period = (when[:7] if by_month else when[:4]) if when else UNDATED
            cell = cells.setdefault((section, period), Cell(section, period))
            cell.known += 1
            cell.lists += "list" in vias
            cell.search += "search" in vias
            cell.archive += "archive" in vias
            cell.urls += "urls" in vias
            if rel and rel["text"] and rel["status"] in ("ok", "gone"):
                cell.fetched += 1
            if when:
                monthly[section][when[:7]] += 1
    result.cells = sorted(cells.values(), key=lambda c: (c.section, c.period))
    result.list_reach = {s: reach.get(s) for s in sorted(keys_by_section) if not sections or s in sections}
    result.gaps = {s: g for s, g in ((s, likely_gaps(m)) for s, m in sorted(monthly.items())) if g}
    result.incomplete_years = incomplete_years(result, monthly)
    return result


def _months_between(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def likely_gaps(per_month: dict[str, int], neighbours: int = GAP_NEIGHBOURS) -> list[str]:
    """Months with no release whose previous and next months both have ``neighbours`` or more."""
    if not per_month:
        return []
    months = _months_between(min(per_month), max(per_month))
    return [m for i, m in enumerate(months) if 0 < i < len(months) - 1 and not per_month.get(m)
            and per_month.get(months[i - 1], 0) >= neighbours
            and per_month.get(months[i + 1], 0) >= neighbours]


def incomplete_years(cov: Coverage, monthly: dict[str, dict[str, int]]) -> dict[int, str]:
    """Study years that look incomplete, with why (unfetched releases, gap months, none at all)."""
    known: dict[int, int] = defaultdict(int)
    missing: dict[int, int] = defaultdict(int)
    for c in cov.cells:
        if c.period[:4].isdigit():
            known[int(c.period[:4])] += c.known
            missing[int(c.period[:4])] += c.missing
    out: dict[int, str] = {}
    if not known:
        return out
    first, last = min(known), max(known)
    for year in STUDY_YEARS:
        why = []
        if missing.get(year):
            why.append(f"{missing[year]} known but not fetched")
        gaps = sorted(m for months in cov.gaps.values() for m in months if m.startswith(f"{year}-"))
        if gaps:
            why.append("likely gap " + ", ".join(sorted(set(gaps))))
        if not known.get(year) and first < year < last:
            why.append("no release while the years around it have some")
        elif not known.get(year) and year < first:
            why.append(f"no release (the corpus starts in {first})")
        if why:
            out[year] = "; ".join(why)
    return out


def figure_years(cov: Coverage) -> list[str]:
    """The years the figure draws: every year from the first to the last of those with releases
    and of the study years that look incomplete. A year with no release is an empty bar, so a
    study year missing altogether is shown (shaded), not left out of a figure that looks whole."""
    years = {int(y) for y in cov.totals_by_year() if y.isdigit()} | set(cov.incomplete_years)
    return [str(y) for y in range(min(years), max(years) + 1)] if years else []


def figure(cov: Coverage, path: str | Path) -> Path:
    """Bars per year: known from the live lists only, known also or only from search, the
    archive or urls; and a line of what was fetched. PNG or SVG by the file's suffix."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    years = cov.totals_by_year()
    labels = figure_years(cov)
    empty = Cell("ALL", "")
    known = [years.get(y, empty).known for y in labels]
    fetched = [years.get(y, empty).fetched for y in labels]
    lists = [years.get(y, empty).lists for y in labels]
    x = list(range(len(labels)))
    fig, ax = plt.subplots(figsize=(8, 3.6))
    ax.bar(x, known, color="#c9d7e8", label="known (lists, search, archive, urls)")
    ax.bar(x, lists, color="#4a78a8", label="known from live lists")
    ax.plot(x, fetched, color="#b5452f", marker="o", label="fetched")
    ax.set_xticks(x, labels)
    for year in cov.incomplete_years:
        if str(year) in labels:
            ax.axvspan(labels.index(str(year)) - 0.45, labels.index(str(year)) + 0.45, color="#f3d3c8",
                       zorder=0)
    ax.set_ylabel("releases")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # releases come whole
    ax.set_title("Coverage per year (shaded: study years that look incomplete)")
    ax.legend(fontsize=8, frameon=False)
    ax.tick_params(axis="x", labelrotation=45)
    fig.tight_layout()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fixed = {"Creator": None, "Date": None} if path.suffix == ".svg" else {"Software": None}
    fig.savefig(path, metadata=fixed)
    plt.close(fig)
    return path


def print_coverage(cov: Coverage, as_json: bool = False) -> None:
    from dipex.tables import format_table

    if as_json:
        print(json.dumps(cov.to_dict(), indent=2, ensure_ascii=False))
        return
    table = cov.table()
    print(format_table(table[0], table[1:]))
    reach = cov.reach_table()
    print()
    print(format_table(reach[0], reach[1:]))
    line = cov.incomplete_line()
    print("\n" + (line or "coverage: every study year (2013-2023) looks complete"))


def run_summary(ws: Workspace) -> dict:
    """What a ``run`` keeps of the coverage for its log and report: the table per year (all
    sections), each list's reach and gaps, and the one line to print when a study year looks
    incomplete. Never raises: coverage must not stop a run."""
    try:
        cov = coverage(ws)
    except Exception as exc:  # noqa: BLE001 - a report, not a reason to fail the run
        return {"coverage_note": f"coverage: not computed ({type(exc).__name__}: {exc})"}
    years = [["year", "from lists", "from search", "from archive", "from urls", "known", "fetched",
              "missing"]]
    for year, c in cov.totals_by_year().items():
        years.append([year, c.lists, c.search, c.archive, c.urls, c.known, c.fetched, c.missing])
    return {"coverage": years, "coverage_reach": cov.reach_table(), "coverage_note": cov.incomplete_line()}
