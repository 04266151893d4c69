"""The one plain-text table every command and benchmark prints: fixed width, numbers right-aligned."""

from __future__ import annotations

import math
from collections.abc import Sequence


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.3f}"
    return str(value)


def _numeric(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def format_table(headers: Sequence[object], rows: Sequence[Sequence[object]]) -> str:
    """Header, a rule, then the rows; a column whose values are all numbers is right-aligned."""
    cells = [[cell(h) for h in headers]] + [[cell(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells if i < len(r)) for i in range(len(headers))]
    numeric = [bool(rows) and all(i < len(row) and _numeric(row[i]) for row in rows)
               for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if numeric[i] else v.ljust(w)
                         for i, (v, w) in enumerate(zip(values, widths, strict=False))).rstrip()

    return "\n".join([line(cells[0]), "  ".join("-" * w for w in widths), *(line(r) for r in cells[1:])])
