"""The figures and tables the two studies publish, rebuilt from the data set's rows.

Each figure is a small function: a table (list of rows, header first) computed from the data,
and a chart drawn from that table, so the numbers behind every picture are exported too
(``tables/<name>.csv``). Charts are PNG and SVG; the SVG hash salt and metadata are fixed so
the same data gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from nlp.schema import CONTENT_LABELS, MULTILATERAL
from publish.rows import Row

TOP_COUNTRIES = 6
COLOURS = {
    "daily interaction": "#4C72B0",
    "knowledge exchange": "#DD8452",
    "establish": "#55A868",
    "upgrade": "#C44E52",
    "bar": "#4C72B0",
    "multilateral": "#8172B3",
}


@dataclass
class Figure:
    name: str
    title: str
    caption: str
    table: list[list]  # header first
    draw: Callable  # (table, ax) -> None


# ---------------------------------------------------------------- tables
def by_country(rows: Sequence[Row]) -> list[list]:
    counts = Counter(r["country"] for r in rows if r.get("country"))
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [["country", "exchanges"], *[[c, n] for c, n in ordered]]


def per_year(rows: Sequence[Row]) -> list[list]:
    counts: dict[int, Counter] = defaultdict(Counter)
    for r in rows:
        if r.get("year"):
            kind = "party (IDCPC)" if "idcpc" in str(r.get("sources") or "") else "state (foreign ministry)"
            counts[int(r["year"])][kind] += 1
    table: list[list] = [["year", "party (IDCPC)", "state (foreign ministry)", "total"]]
    if counts:
        for year in range(min(counts), max(counts) + 1):
            c = counts.get(year, Counter())
            table.append([year, c["party (IDCPC)"], c["state (foreign ministry)"], sum(c.values())])
    return table


def content_by_country(rows: Sequence[Row]) -> list[list]:
    """Content of multilateral exchanges and of the six countries with most exchanges."""
    totals = Counter(r["country"] for r in rows if r.get("country") and r.get("country") != MULTILATERAL)
    top = [c for c, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_COUNTRIES]]
    table: list[list] = [["country", *CONTENT_LABELS, "share knowledge exchange"]]
    for country in [MULTILATERAL, *top]:
        c = Counter(r.get("content") for r in rows if r.get("country") == country)
        daily, knowledge = c[CONTENT_LABELS[0]], c[CONTENT_LABELS[1]]
        if daily + knowledge == 0:
            continue
        table.append([country, daily, knowledge, round(knowledge / (daily + knowledge), 3)])
    return table


def partnerships(rows: Sequence[Row]) -> list[list]:
    table: list[list] = [["year", "action", "country", "partnership level", "date"]]
    picked = [r for r in rows if r.get("partnership_action") and r.get("year")]
    for r in sorted(picked, key=lambda r: (r["date"] or "", r["country"] or "")):
        table.append(
            [r["year"], r["partnership_action"], r["country"], r.get("partnership_level") or "", r["date"]]
        )
    return table


def head_of_state(rows: Sequence[Row]) -> list[list]:
    picked = [r for r in rows if r.get("head_of_state_level") is True and r.get("country")]
    years = sorted(int(r["year"]) for r in picked if r.get("year"))
    period = f"{years[0]}–{years[-1]}" if years else ""
    counts = Counter(r["country"] for r in picked)
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [["country", f"head-of-state exchanges {period}".strip()], *[[c, n] for c, n in ordered]]


# ---------------------------------------------------------------- drawing
def _no_data(ax) -> None:
    ax.text(0.5, 0.5, "no exchanges yet", ha="center", va="center", transform=ax.transAxes, color="grey")
    ax.set_xticks([])
    ax.set_yticks([])


def _hbars(table: list[list], ax, xlabel: str, highlight: str | None = None) -> None:
    body = table[1:]
    if not body:
        return _no_data(ax)
    names = [str(r[0]) for r in body][::-1]
    values = [r[1] for r in body][::-1]
    colours = [COLOURS["multilateral"] if n == highlight else COLOURS["bar"] for n in names]
    bars = ax.barh(names, values, color=colours)
    ax.bar_label(bars, padding=2, fontsize=8)
    ax.set_xlabel(xlabel)
    ax.spines[["top", "right"]].set_visible(False)


def draw_by_country(table, ax) -> None:
    _hbars(table, ax, "exchanges", highlight=MULTILATERAL)


def draw_per_year(table, ax) -> None:
    body = table[1:]
    if not body:
        return _no_data(ax)
    x = list(range(len(body)))
    party = [r[1] for r in body]
    state = [r[2] for r in body]
    ax.bar(x, party, label="party (IDCPC)", color=COLOURS["bar"])
    ax.bar(x, state, bottom=party, label="state (foreign ministry)", color=COLOURS["knowledge exchange"])
    for i, r in enumerate(body):
        ax.text(i, r[3], str(r[3]), ha="center", va="bottom", fontsize=8)
    ax.set_xticks(x, [str(r[0]) for r in body])
    ax.set_ylabel("exchanges")
    ax.legend(frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    if len(x) > 12:
        ax.tick_params(axis="x", labelrotation=90)


def draw_content(table, ax) -> None:
    body = table[1:]
    if not body:
        return _no_data(ax)
    names = [str(r[0]) for r in body]
    x = range(len(names))
    width = 0.4
    for k, label in enumerate(CONTENT_LABELS):
        values = [r[1 + k] for r in body]
        bars = ax.bar([i + (k - 0.5) * width for i in x], values, width, label=label, color=COLOURS[label])
        ax.bar_label(bars, padding=1, fontsize=7)
    ax.set_xticks(list(x), names, rotation=20, ha="right")
    ax.set_ylabel("exchanges")
    ax.legend(frameon=False, fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)


def draw_partnerships(table, ax) -> None:
    body = table[1:]
    if not body:
        return _no_data(ax)
    years = list(range(min(r[0] for r in body), max(r[0] for r in body) + 1))
    stacks: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for r in body:
        stacks[r[0]].append((r[1], r[2]))
    size = 7 if len(years) <= 8 else 6
    for i, year in enumerate(years):
        for level, (action, country) in enumerate(stacks.get(year, [])):
            ax.bar(i, 1, bottom=level, width=0.92, color=COLOURS.get(action, "grey"), edgecolor="white")
            name = country if len(country) <= 11 or len(years) <= 6 else country[:10] + "."
            ax.text(i, level + 0.5, name, ha="center", va="center", fontsize=size, color="white")
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    from matplotlib.patches import Patch

    ax.legend(
        handles=[
            Patch(color=COLOURS["establish"], label="established"),
            Patch(color=COLOURS["upgrade"], label="upgraded"),
        ],
        frameon=False,
        fontsize=8,
    )
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.set_ylabel("partnerships")
    ax.spines[["top", "right"]].set_visible(False)


def draw_head_of_state(table, ax) -> None:
    _hbars(table, ax, table[0][1])


def figures(rows: Sequence[Row]) -> list[Figure]:
    hos = head_of_state(rows)
    return [
        Figure(
            "by_country",
            "Exchanges by country",
            "Exchanges per LAC country; multilateral "
            "exchanges (regional bodies, several countries) as their own bar.",
            by_country(rows),
            draw_by_country,
        ),
        Figure(
            "per_year",
            "Exchanges per year",
            "Exchanges per year, party (IDCPC) and state (foreign ministry) channels.",
            per_year(rows),
            draw_per_year,
        ),
        Figure(
            "content",
            "Content of exchanges",
            "Daily interaction vs knowledge exchange for "
            f"multilateral exchanges and the {TOP_COUNTRIES} countries with most exchanges.",
            content_by_country(rows),
            draw_content,
        ),
        Figure(
            "partnerships",
            "Partnerships established and upgraded",
            "Partnership establishments and upgrades per year, with the countries named.",
            partnerships(rows),
            draw_partnerships,
        ),
        Figure(
            "head_of_state",
            "Head-of-state exchanges per LAC partner",
            f"Exchanges where both principals are heads of state or government ({hos[0][1]}).",
            hos,
            draw_head_of_state,
        ),
    ]


def render(figure: Figure) -> dict[str, bytes]:
    """PNG and SVG bytes of a figure (deterministic), and its table as CSV."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context({"svg.hashsalt": "dipex", "font.family": "DejaVu Sans", "font.size": 9}):
        n = max(len(figure.table) - 1, 1)
        height = 3.6 if figure.draw not in (draw_by_country, draw_head_of_state) else max(2.5, 0.28 * n + 1.2)
        fig, ax = plt.subplots(figsize=(7.5, height), dpi=110)
        figure.draw(figure.table, ax)
        ax.set_title(figure.title, loc="left", fontsize=11)
        fig.tight_layout()
        png, svg = io.BytesIO(), io.BytesIO()
        fig.savefig(png, format="png", metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
        plt.close(fig)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(figure.table)
    return {
        f"figures/{figure.name}.png": png.getvalue(),
        f"figures/{figure.name}.svg": svg.getvalue(),
        f"tables/{figure.name}.csv": buf.getvalue().encode("utf-8"),
    }


def figure_files(rows: Sequence[Row]) -> tuple[list[Figure], dict[str, bytes]]:
    figs = figures(rows)
    files: dict[str, bytes] = {}
    for f in figs:
        files.update(render(f))
    return figs, files
