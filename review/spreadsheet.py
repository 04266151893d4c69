"""Reviewing in a spreadsheet: export records to .xlsx, import the corrections as labels.

For coders who prefer Excel or LibreOffice to the review page. One row per record, one
column per field, drop-down lists (data validation) for every vocabulary, and hidden
columns with the record key and the text hash, so a row finds its record again and a label
says which text it judged. A hidden sheet keeps the values as exported: on import only the
cells a person changed become labels (or every field of a row marked ``accept``), exactly
like saving on the review page. A bad cell is reported with its sheet, address, value and
what is allowed; the good cells of the same file are still imported.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from dipex import atomic
from dipex.workspace import Workspace
from learn.labels import Label, LabelStore
from nlp.records_db import load_records
from nlp.schema import CONTACT_KINDS, IDCPC_EVENT_TYPES, MFA_EVENT_TYPES, Record
from publish.exports import as_text
from review.corpus import release_texts
from review.fields import BY_NAME, FIELDS, NO, YES, FieldError, ReviewField, same
from review.queue import ordered_states
from review.state import RecordState, states_of
from review.vocab import Vocab, load_vocab

log = logging.getLogger(__name__)

SHEET = "review"
EXPORTED = "exported"  # hidden: the values as exported, to tell changed cells
LISTS = "lists"  # hidden: the vocabularies the drop-downs use
KEY, SHA, ACCEPT, COMMENT = "key", "text_sha256", "accept", "comment"
INFO = ("url", "source", "published", "title", "text")
MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell
_GREY = PatternFill("solid", fgColor="EEEEEE")
_HEAD = PatternFill("solid", fgColor="DDE6F3")


class SpreadsheetError(ValueError):
    """A file that is not a dipex review spreadsheet at all (nothing imported)."""


@dataclass
class CellError:
    sheet: str
    cell: str
    value: Any
    allowed: str
    reason: str = "not allowed"

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.value!r} {self.reason}; allowed: {self.allowed}"


@dataclass
class ImportReport:
    """What an import did: labels written, and every bad cell (which were skipped)."""

    path: Path
    rows: int = 0
    labels: int = 0
    accepted_rows: int = 0
    unchanged: int = 0  # cells whose value this annotator had already labelled
    errors: list[CellError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        return (
            f"{self.path.name}: {self.rows} row(s) read, {self.labels} label(s) written"
            f" ({self.accepted_rows} row(s) accepted whole, {self.unchanged} cell(s) labelled so before),"
            f" {len(self.errors)} bad cell(s)"
        )


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        return value[:MAX_CELL] + (" […]" if len(value) > MAX_CELL else "")
    return value


def _put(sheet, row: int, column: int, value: Any):
    """Write a value as data, never as a formula (release text may start with '=', '+', '-' or '@':
    the exports' rule, so an edit in Excel does not turn it into one either)."""
    cell = sheet.cell(row=row, column=column, value=_clean(value))
    if isinstance(cell.value, str):
        cell.data_type = "s"
        as_text(cell)
    return cell


def _columns() -> list[str]:
    return [KEY, SHA, *INFO, *(f.name for f in FIELDS), ACCEPT, COMMENT]


def _lists_sheet(book: Workbook, vocab: Vocab) -> dict[str, str]:
    """Write the vocabularies to the hidden lists sheet; return a range formula per list."""
    sheet = book.create_sheet(LISTS)
    lists = {
        "bool": [YES, NO],
        "exchange_type": list(BY_NAME["exchange_type"].choices(None)),
        "event_type_idcpc": list(IDCPC_EVENT_TYPES),
        "event_type_mfa": list(MFA_EVENT_TYPES),
        "event_type": list(dict.fromkeys(IDCPC_EVENT_TYPES + MFA_EVENT_TYPES)),
        "content": list(BY_NAME["content"].choices(None)),
        "partnership_action": list(BY_NAME["partnership_action"].choices(None)),
        "contact_kind": list(CONTACT_KINDS),
    }
    if vocab.countries:
        lists["country"] = [*vocab.countries, "multilateral"]
    ranges = {}
    for column, (name, values) in enumerate(lists.items(), start=1):
        _put(sheet, 1, column, name)
        for row, value in enumerate(values, start=2):
            _put(sheet, row, column, value)
        letter = get_column_letter(column)
        ranges[name] = f"{LISTS}!${letter}$2:${letter}${len(values) + 1}"
    sheet.sheet_state = "hidden"
    return ranges


def _validation(formula: str, title: str, allowed: str) -> DataValidation:
    rule = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        error=f"Allowed: {allowed}"[:255],
        errorTitle=title[:32],
        showInputMessage=True,
        prompt=f"Allowed: {allowed}"[:255],
        promptTitle=title[:32],
    )
    return rule


def _drop_reversed_dates(labels: list[Label], row_labels: int, state: RecordState | None,
                        cells: dict[str, Any], report: Any) -> int:
    """Refuse a row's date labels when the event would end before it starts (as the page does);
    returns how many labels of the row were dropped."""
    row = labels[len(labels) - row_labels:] if row_labels else []
    dates = {lb.field: lb for lb in row if lb.field in ("event_date", "event_date_end")}
    if not dates:
        return 0
    current = state.values() if state is not None else {}
    start = dates["event_date"].value if "event_date" in dates else current.get("event_date")
    end = dates["event_date_end"].value if "event_date_end" in dates else current.get("event_date_end")
    if not (start and end and end < start):
        return 0
    cell = cells.get("event_date_end") or cells.get("event_date")
    report.errors.append(CellError(SHEET, cell.coordinate, cell.value, f"a date not before {start}",
                                   "the event would end before it starts"))
    for label in dates.values():
        labels.remove(label)
    return len(dates)


def export_for_review(
    ws: Workspace, path: str | Path, records: list[Record] | None = None, *, vocab: Vocab | None = None
) -> int:
    """Write records (default: all, in review-queue order) to a review spreadsheet; return rows."""
    path = Path(path)
    vocab = vocab or load_vocab()
    if records is None:
        states = ordered_states(ws)
    else:
        states = states_of(list(records), LabelStore(ws.labels_dir))
    texts = release_texts(ws, [s.record.key for s in states if s.record.key])
    columns = _columns()
    index = {name: i + 1 for i, name in enumerate(columns)}

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    exported = book.create_sheet(EXPORTED)
    ranges = _lists_sheet(book, vocab)
    for name, column in index.items():
        head = _put(sheet, 1, column, name)
        head.font, head.fill = Font(bold=True), _HEAD
        _put(exported, 1, column, name)
    for name, f in BY_NAME.items():
        sheet.cell(row=1, column=index[name]).comment = Comment(
            f"{f.title}. Allowed: {f.allowed(None, vocab)}" + (f". {f.help}" if f.help else ""), "dipex"
        )
    sheet.cell(row=1, column=index[ACCEPT]).comment = Comment(
        "yes = accept every field of this row as it stands (like 'a' on the review page)", "dipex"
    )

    event_rows: dict[str, list[str]] = {"idcpc": [], "mfa": [], "other": []}
    for row, state in enumerate(states, start=2):
        record = state.record
        _put(sheet, row, index[KEY], state.key)
        _put(sheet, row, index[SHA], record.text_sha256)
        _put(exported, row, index[KEY], state.key)
        info = {
            "url": record.url,
            "source": record.source,
            "published": record.published,
            "title": record.title,
            "text": texts.get(record.key or "", ""),
        }
        for name, value in info.items():
            _put(sheet, row, index[name], value)
        for f in FIELDS:
            column = index[f.name]
            if not f.applies_to(record.source):
                sheet.cell(row=row, column=column).fill = _GREY
                continue
            value = f.to_cell(state.fields[f.name].value)
            cell = _put(sheet, row, column, value)
            _put(exported, row, column, value)
            if f.kind == "contacts":
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        event_rows[record.source if record.source in ("idcpc", "mfa") else "other"].append(
            f"{get_column_letter(index['event_type'])}{row}"
        )

    last = max(2, len(states) + 1)
    for f in FIELDS:
        letter = get_column_letter(index[f.name])
        whole = f"{letter}2:{letter}{last}"
        formula = {"bool": ranges["bool"], "country": ranges.get("country")}.get(f.kind)
        if f.kind == "choice" and f.name != "event_type":
            formula = ranges[f.name]
        if f.name == "event_type":
            for source, cells in event_rows.items():
                if cells:
                    rule = _validation(
                        ranges["event_type" if source == "other" else f"event_type_{source}"],
                        f.title,
                        f.allowed(source if source != "other" else None, vocab),
                    )
                    sheet.add_data_validation(rule)
                    for cell in cells:
                        rule.add(cell)
            continue
        if formula:
            rule = _validation(formula, f.title, f.allowed(None, vocab))
            sheet.add_data_validation(rule)
            rule.add(whole)
    accept_letter = get_column_letter(index[ACCEPT])
    accept_rule = _validation(ranges["bool"], "Accept row", "yes or empty")
    sheet.add_data_validation(accept_rule)
    accept_rule.add(f"{accept_letter}2:{accept_letter}{last}")

    for name in (KEY, SHA):
        sheet.column_dimensions[get_column_letter(index[name])].hidden = True
    widths = {
        "url": 28,
        "title": 40,
        "text": 60,
        "contacts": 45,
        "chinese_side": 28,
        "counterpart": 28,
        "partnership_level": 28,
        "country": 18,
        "event_type": 22,
        "content": 20,
        "mechanism": 20,
        "comment": 30,
    }
    for name, width in widths.items():
        sheet.column_dimensions[get_column_letter(index[name])].width = width
    sheet.freeze_panes = sheet.cell(row=2, column=index["relevant"])
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{last}"
    exported.sheet_state = "hidden"
    with atomic.replacing(path) as side:  # a half-written spreadsheet never replaces a good one
        book.save(side)
    log.info("review spreadsheet: %d record(s) → %s", len(states), path)
    return len(states)


def _same_cell(a: Any, b: Any) -> bool:
    def norm(v: Any) -> str:
        if v is None:
            return ""
        if hasattr(v, "isoformat"):
            v = v.isoformat()[:10]
        return "\n".join(" ".join(line.split()) for line in str(v).strip().splitlines() if line.strip())

    return norm(a) == norm(b)


def import_review(
    ws: Workspace, path: str | Path, annotator: str, vocab: Vocab | None = None
) -> ImportReport:
    """Turn the corrections in a review spreadsheet into labels (bad cells reported, skipped).

    ``import-review`` runs it under the workspace lock: it reads the records store to tell
    which cells changed and which labels are already there, and a rebuild recreating that
    store would leave rows unknown (skipped) or imported by url alone, without their item."""
    from review.saving import check_annotator

    path = Path(path)
    annotator = check_annotator(annotator)
    vocab = vocab or load_vocab()
    report = ImportReport(path)
    try:
        book = load_workbook(path, data_only=True)
    except (OSError, ValueError, KeyError, BadZipFile) as error:
        raise SpreadsheetError(f"{path}: not a readable .xlsx file ({error})") from error
    if SHEET not in book.sheetnames:
        raise SpreadsheetError(f"{path}: no sheet {SHEET!r}; export one with `export --for-review`")
    sheet = book[SHEET]
    header = {str(c.value).strip(): c.column for c in sheet[1] if c.value}
    for needed in (KEY, "source"):
        if needed not in header:
            raise SpreadsheetError(f"{path}: sheet {SHEET!r} has no {needed!r} column")
    baseline: dict[str, dict[str, Any]] = {}
    if EXPORTED in book.sheetnames:
        old = book[EXPORTED]
        old_header = {str(c.value).strip(): c.column for c in old[1] if c.value}
        for row in old.iter_rows(min_row=2, values_only=True):
            key = row[old_header[KEY] - 1] if KEY in old_header else None
            if key:
                baseline[str(key)] = {name: row[col - 1] for name, col in old_header.items()}
    else:
        report.warnings.append(f"no hidden {EXPORTED!r} sheet: cells are compared with the records now")
    states = _current_states(ws)

    import_id = uuid.uuid4().hex[:12]
    labels: list[Label] = []
    for row_cells in sheet.iter_rows(min_row=2):
        cells = {name: row_cells[col - 1] for name, col in header.items() if col <= len(row_cells)}
        if all(c.value in (None, "") for c in cells.values()):
            continue
        report.rows += 1
        key_cell = cells[KEY]
        key = str(key_cell.value or "").strip()
        if not key:
            report.errors.append(
                CellError(
                    SHEET,
                    key_cell.coordinate,
                    key_cell.value,
                    "the hidden key of an exported row",
                    "missing: row skipped",
                )
            )
            continue
        state = states.get(key)
        source = str(cells["source"].value or (state.record.source if state else "") or "other").strip()
        url = str(cells["url"].value or "").strip() if "url" in cells else ""
        if state is not None:
            url = state.record.url
        if not url:
            report.errors.append(
                CellError(
                    SHEET,
                    key_cell.coordinate,
                    key,
                    "a key of a record in this workspace, or a url column",
                    "unknown record: row skipped",
                )
            )
            continue
        sha = str(cells[SHA].value).strip() if SHA in cells and cells[SHA].value else None
        if state is not None and sha and state.record.text_sha256 and sha != state.record.text_sha256:
            report.warnings.append(
                f"{SHEET}!{key_cell.coordinate}: {key}: the release text changed since "
                "export; labels keep the exported text's hash"
            )
        accept_cell = cells.get(ACCEPT)
        accept = False
        if accept_cell is not None and accept_cell.value not in (None, ""):
            accepted = str(accept_cell.value).strip().casefold()
            if accepted in ("yes", "y", "true", "1", "x"):
                accept = True
            elif accepted not in ("no", "n", "false", "0"):
                report.errors.append(
                    CellError(SHEET, accept_cell.coordinate, accept_cell.value, "yes or empty")
                )
        comment = str(cells[COMMENT].value).strip() if COMMENT in cells and cells[COMMENT].value else ""
        note = f"review import {import_id} ({path.name} row {key_cell.row})" + (
            f"; {comment[:300]}" if comment else ""
        )
        before = baseline.get(key)
        row_labels = 0
        for f in FIELDS:
            cell = cells.get(f.name)
            if cell is None:
                continue
            if before is not None:
                original = before.get(f.name)
            elif state is not None and f.name in state.fields:
                original = f.to_cell(state.fields[f.name].value)
            else:
                original = None
            changed = not _same_cell(cell.value, original)
            if not f.applies_to(source):
                if changed and cell.value not in (None, ""):
                    report.errors.append(
                        CellError(
                            SHEET,
                            cell.coordinate,
                            cell.value,
                            "empty",
                            f"is not a field of {source} releases",
                        )
                    )
                continue
            if not changed and not accept:
                continue
            try:
                value = f.from_cell(cell.value, source, vocab)
            except FieldError as error:
                # a cell of several parts (contacts: one per line) names the part refused
                part = error.value if isinstance(error.value, str) else None
                whole = "" if cell.value is None else str(cell.value).strip()
                reason = f"not allowed: {part!r} in it" if part and part != whole else "not allowed"
                report.errors.append(CellError(SHEET, cell.coordinate, cell.value, error.allowed, reason))
                continue
            if state is not None and f.name in state.fields:
                mine = state.fields[f.name].by_annotator.get(annotator)
                if mine is not None and same(mine.value, value):
                    report.unchanged += 1  # imported before (a re-import after fixing bad cells)
                    continue
            labels.append(
                Label(
                    url=url,
                    key=key if state is None else state.record.key,
                    item=(state.record.item or None) if state is not None else None,  # its exchange
                    field=f.name,
                    value=value,
                    annotator=annotator,
                    text_sha256=sha or (state.record.text_sha256 if state else None),
                    note=note,
                )
            )
            row_labels += 1
        row_labels -= _drop_reversed_dates(labels, row_labels, state, cells, report)
        report.accepted_rows += int(accept and row_labels > 0)
    LabelStore(ws.labels_dir).append(labels)
    report.labels = len(labels)
    for error in report.errors:
        log.warning("import-review: %s", error)
    log.info("import-review: %s", report.summary())
    return report


def _current_states(ws: Workspace) -> dict[str, RecordState]:
    records = load_records(ws.records_path)
    if not records:
        return {}
    return {s.key: s for s in states_of(records, LabelStore(ws.labels_dir))}


__all__ = [
    "CellError",
    "ImportReport",
    "ReviewField",
    "SpreadsheetError",
    "export_for_review",
    "import_review",
]
