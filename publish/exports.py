"""Write the data set: CSV, XLSX, Parquet and Stata, the codebook, and what changed.

Reproducible to the byte: rows come sorted, no file carries a timestamp (the XLSX zip and
its document properties, the Stata header and the Parquet metadata get fixed values), and a
file is only replaced when its bytes differ. So a run with nothing new leaves ``out/``
exactly as it was, and ``rebuild`` can be checked against a run with ``cmp``.

``changes.csv`` describes how the current version of the data set differs from the version
before it (new, changed, gone rows, matched on ``event_id``). A run that produces the same
data set does not touch it: it still describes the current version.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import os
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from dipex import atomic
from publish.codebook import (
    COLUMNS,
    FULL_FILE,
    PUBLISHED,
    PUBLISHED_FILE,
    Column,
    codebook_markdown,
    datapackage_json,
    stata_published_name,
)
from publish.rows import Row

log = logging.getLogger(__name__)

FIXED_TIME = datetime(2000, 1, 1)
XLSX_CELL_MAX = 32767
CHANGE_COLUMNS = ("change", "event_id", "date", "country", "type", "contact", "fields_changed")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Text a spreadsheet program could take for a formula (or, for tab/CR, hide a leading one).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Changes:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.gone)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "gone": len(self.gone)}


@dataclass
class ExportResult:
    out_dir: Path
    rows: int
    written: list[str]  # files whose bytes changed (relative to out_dir)
    unchanged: list[str]
    changes: Changes  # compared with the data set found in out_dir before this write
    data_changed: bool


# ---------------------------------------------------------------- cell values
def _cell(value: object) -> str:
    """Text of a value in CSV (Table Schema defaults: true/false, empty = missing)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _columns(published: bool) -> Sequence[Column]:
    return PUBLISHED if published else COLUMNS


def _header(col: Column, published: bool) -> str:
    return col.published if published and col.published else col.name


def csv_bytes(rows: Sequence[Row], published: bool) -> bytes:
    cols = _columns(published)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([_header(c, published) for c in cols])
    for row in rows:
        writer.writerow([_cell(row.get(c.name)) for c in cols])
    return buf.getvalue().encode("utf-8")


def _deterministic_zip(data: bytes) -> bytes:
    """Re-pack an OOXML zip with fixed entry times and document dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = re.sub(
                    rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rb"\g<1>2000-01-01T00:00:00Z\g<3>",
                    body,
                )
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, body)
    return out.getvalue()


def xlsx_bytes(rows: Sequence[Row], published: bool) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    cols = _columns(published)
    book = Workbook()
    sheet = book.active
    sheet.title = "exchanges"
    sheet.append([_header(c, published) for c in cols])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        values = []
        for c in cols:
            v = row.get(c.name)
            if isinstance(v, str):
                v = _ILLEGAL_XML.sub("", v)
                if len(v) > XLSX_CELL_MAX:  # Excel's limit; the CSV keeps the whole value
                    v = v[: XLSX_CELL_MAX - 40] + " …[cut: full value in the CSV]"
            values.append(v)
        sheet.append(values)
        for cell in sheet[sheet.max_row]:
            as_text(cell)
    sheet.freeze_panes = "A2"
    for i, c in enumerate(cols, 1):
        width = 12 if c.type != "string" else 28
        sheet.column_dimensions[sheet.cell(1, i).column_letter].width = width
    book.properties.creator = "dipex"
    book.properties.created = FIXED_TIME
    buf = io.BytesIO()
    book.save(buf)
    return _deterministic_zip(buf.getvalue())


def as_text(cell) -> None:
    """Store a string cell as text, never a formula: openpyxl writes a value starting with '=' as a
    live formula (a contact '=1+2' would compute), and Excel re-reads '+', '-', '@' as formulas
    when a cell is edited. The cell keeps the exact value, typed as a string and marked with
    Excel's quote prefix (the leading apostrophe a person would type)."""
    value = cell.value
    if isinstance(value, str) and value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True


def _frame(rows: Sequence[Row], published: bool):
    import pandas as pd

    cols = _columns(published)
    data = {}
    for c in cols:
        values = [row.get(c.name) for row in rows]
        name = _header(c, published)
        if c.type == "integer":
            data[name] = pd.array(values, dtype="Int64")
        elif c.type == "number":
            data[name] = pd.array([None if v is None else float(v) for v in values], dtype="Float64")
        elif c.type == "boolean":
            data[name] = pd.array(values, dtype="boolean")
        elif c.type == "date":
            data[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d")
        else:
            data[name] = pd.array(values, dtype="string")
    return pd.DataFrame(data, columns=[_header(c, published) for c in cols])


def parquet_bytes(rows: Sequence[Row], published: bool) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    cols = _columns(published)
    types = {
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "date": pa.date32(),
        "string": pa.string(),
    }
    arrays, fields = [], []
    for c in cols:
        values = [row.get(c.name) for row in rows]
        if c.type == "date":
            values = [None if v is None else datetime.strptime(str(v), "%Y-%m-%d").date() for v in values]
        arrays.append(pa.array(values, type=types[c.type]))
        fields.append(pa.field(_header(c, published), types[c.type], metadata={"description": c.label}))
    table = pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata={"name": "dipex exchanges"}))
    buf = pa.BufferOutputStream()
    pq.write_table(table, buf, compression="zstd")
    return buf.getvalue().to_pybytes()


def _stata_name(col: Column, published: bool) -> str:
    """The codebook's names: published columns as ``stata_published_name`` says, else snake_case."""
    return stata_published_name(col) if published and col.published else re.sub(r"\W", "_", col.name)[:32]


def stata_bytes(rows: Sequence[Row], published: bool) -> bytes:
    """Stata 14+ (.dta version 118: UTF-8, strL for long text), labels cut to 80 chars."""
    import numpy as np
    import pandas as pd

    cols = _columns(published)
    frame = {}
    dates = {}
    for c in cols:
        name = _stata_name(c, published)
        values = [row.get(c.name) for row in rows]
        if c.type in ("integer", "number", "boolean"):
            floats = [np.nan if v is None else float(v) for v in values]
            if c.type != "number" and all(v is not None for v in values):
                frame[name] = np.array(floats, dtype="int32" if c.type == "integer" else "int8")
            else:
                frame[name] = np.array(floats, dtype="float64")
        elif c.type == "date":
            frame[name] = pd.to_datetime(pd.Series(values, dtype="object"), format="%Y-%m-%d")
            dates[name] = "td"
        else:
            frame[name] = pd.Series(["" if v is None else str(v) for v in values], dtype="object")
    df = pd.DataFrame(frame, columns=[_stata_name(c, published) for c in cols])
    labels = {_stata_name(c, published): c.label[:80] for c in cols}
    strl = [
        n
        for n in df.columns
        if df[n].dtype == object and max((len(v.encode("utf-8")) for v in df[n]), default=0) > 2000
    ]
    buf = io.BytesIO()
    df.to_stata(
        buf,
        write_index=False,
        version=118,
        convert_dates=dates,
        variable_labels=labels,
        data_label="dipex: China-LAC exchanges",
        time_stamp=FIXED_TIME,
        convert_strl=strl,
    )
    return buf.getvalue()


# ---------------------------------------------------------------- changes
def read_previous(out_dir: Path) -> list[dict[str, str]] | None:
    path = out_dir / f"{FULL_FILE}.csv"
    if not path.exists():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _release_keys(value: object) -> set[str]:
    """The release keys of a row's ``keys`` cell (``a; b; c``)."""
    return {k.strip() for k in str(value or "").split(";") if k.strip()}


def _renamed(old: dict[str, dict[str, str]], rows: Sequence[Row]) -> dict[str, str]:
    """New event_id -> previous event_id for exchanges whose id changed but not their releases.

    A row's event_id is its smallest release key, so when an earlier-numbered report of an
    exchange arrives after the others (the English page after the Chinese one), the id changes.
    Matched by a shared release key, one to one, so such a row is *changed* in changes.csv
    rather than one row gone and another new (which would tell a researcher an exchange was
    dropped)."""
    current = {str(r["event_id"]) for r in rows}
    left = {eid: _release_keys(before.get("keys")) for eid, before in old.items() if eid not in current}
    renamed: dict[str, str] = {}
    for row in rows:
        eid = str(row["event_id"])
        if eid in old or not left:
            continue
        keys = _release_keys(_cell(row.get("keys")))
        shared = sorted(prev for prev, prev_keys in left.items() if keys & prev_keys)
        if shared:
            renamed[eid] = shared[0]
            del left[shared[0]]
    return renamed


def diff_rows(previous: list[dict[str, str]] | None, rows: Sequence[Row]) -> tuple[Changes, list[list[str]]]:
    """new / changed / gone rows by event_id; 'number' alone changing is not a change. A row
    whose event_id changed while it keeps a release of a previous row is that row, changed
    (``fields_changed`` names ``event_id (was …)``)."""
    old = {r["event_id"]: r for r in previous or []}
    renamed = _renamed(old, rows)
    changes, table = Changes(), []
    names = [c.name for c in COLUMNS if c.name not in ("number", "event_id")]
    seen = set(renamed.values())
    for row in rows:
        eid = str(row["event_id"])
        seen.add(eid)
        summary = [
            eid,
            _cell(row.get("date")),
            _cell(row.get("country")),
            _cell(row.get("type")),
            _cell(row.get("contact")),
        ]
        before = old.get(renamed.get(eid, eid))
        if before is None:
            changes.new.append(eid)
            table.append(["new", *summary, ""])
            continue
        differing = [n for n in names if before.get(n, "") != _cell(row.get(n))]
        if eid in renamed:
            differing.insert(0, f"event_id (was {renamed[eid]})")
        if differing:
            changes.changed.append(eid)
            table.append(["changed", *summary, " ".join(differing)])
    for eid, before in old.items():
        if eid not in seen:
            changes.gone.append(eid)
            table.append(
                [
                    "gone",
                    eid,
                    before.get("date", ""),
                    before.get("country", ""),
                    before.get("type", ""),
                    before.get("contact", ""),
                    "",
                ]
            )
    return changes, table


def _changes_bytes(table: list[list[str]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CHANGE_COLUMNS)
    writer.writerows(table)
    return buf.getvalue().encode("utf-8")


# ---------------------------------------------------------------- files
def write_if_changed(path: Path, data: bytes) -> bool:
    """Atomic replace (``dipex.atomic``: the file gets the mode a plain write would give, a data
    set being made to be shared), only when the bytes differ (keeps mtimes of unchanged files)."""
    if path.exists() and path.read_bytes() == data:
        return False
    atomic.write_bytes(path, data)
    return True


def data_files(rows: Sequence[Row]) -> dict[str, bytes]:
    """Every data file of the data set, name -> bytes (changes.csv aside)."""
    files: dict[str, bytes] = {}
    for stem, published in ((PUBLISHED_FILE, True), (FULL_FILE, False)):
        files[f"{stem}.csv"] = csv_bytes(rows, published)
        files[f"{stem}.xlsx"] = xlsx_bytes(rows, published)
        files[f"{stem}.parquet"] = parquet_bytes(rows, published)
        files[f"{stem}.dta"] = stata_bytes(rows, published)
    changes_resource = {
        "name": "changes",
        "path": "changes.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": {
            "fields": [
                {
                    "name": "change",
                    "type": "string",
                    "description": "new, changed or gone since the previous version",
                    "constraints": {"required": True, "enum": ["new", "changed", "gone"]},
                },
                {
                    "name": "event_id",
                    "type": "string",
                    "description": "the row's stable id",
                    "constraints": {"required": True},
                },
                {"name": "date", "type": "date", "format": "%Y-%m-%d", "description": "date of the exchange"},
                {"name": "country", "type": "string", "description": "country of the exchange"},
                {"name": "type", "type": "string", "description": "bilateral or multilateral"},
                {"name": "contact", "type": "string", "description": "counterparts"},
                {
                    "name": "fields_changed",
                    "type": "string",
                    "description": "columns whose value changed (changed rows)",
                },
            ],
            "missingValues": [""],
        },
    }
    files["datapackage.json"] = datapackage_json([changes_resource]).encode("utf-8")
    files["codebook.md"] = codebook_markdown().encode("utf-8")
    return files


def write_exports(ws, rows: Sequence[Row], out_dir: str | os.PathLike[str] | None = None) -> ExportResult:
    """Write the data set into ``out_dir`` (default ``ws.out_dir``); see the module doc."""
    out = Path(out_dir) if out_dir else ws.out_dir
    out.mkdir(parents=True, exist_ok=True)
    previous = read_previous(out)
    changes, table = diff_rows(previous, rows)
    files = data_files(rows)
    data_changed = (
        previous is None
        or changes.any
        or (out / f"{FULL_FILE}.csv").read_bytes() != files[f"{FULL_FILE}.csv"]
    )
    if data_changed or not (out / "changes.csv").exists():
        files["changes.csv"] = _changes_bytes(table)
    # exchanges_full.csv last: it is what the next write compares with, so a write killed part
    # way (kill -9, a full disk) leaves the previous baseline and the rerun finds the same
    # changes again, rather than a new baseline beside a changes.csv of the version before
    baseline = f"{FULL_FILE}.csv"
    files = {name: data for name, data in files.items() if name != baseline} | {baseline: files[baseline]}
    written, unchanged = [], []
    for name, data in files.items():
        (written if write_if_changed(out / name, data) else unchanged).append(name)
    log.info(
        "exports in %s: %d rows; %d files written, %d unchanged; %s",
        out,
        len(rows),
        len(written),
        len(unchanged),
        json.dumps(changes.counts()),
    )
    return ExportResult(out, len(rows), written, unchanged, changes, data_changed)
