"""From the records store to everything in out/: data files, figures, tables, report.

Shared by ``run``, ``rebuild`` and ``export`` so the three write the same files the same way.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from dipex import atomic
from dipex.workspace import Workspace
from nlp.records_db import load_records
from publish.exports import ExportResult, write_exports, write_if_changed
from publish.rows import Provenance, Row, build_rows

log = logging.getLogger(__name__)


@dataclass
class Published:
    rows: list[Row]
    export: ExportResult
    report_path: Path
    figures: list  # publish.figures.Figure
    figure_files: dict[str, bytes]
    ladder: list[list] | None = None  # the partnership ladder table (publish.ladder), header first

    def write_report(self, run: dict | None = None) -> Path:
        from publish.report import report_html

        html = report_html(
            self.rows,
            self.figures,
            self.figure_files,
            self.export.out_dir,
            run=run,
            data_changed=self.export.data_changed,
            ladder=self.ladder,
        )
        atomic.write_text(self.report_path, html)
        return self.report_path


def load_rows(ws: Workspace) -> list[Row]:
    """The data set's rows from the records store, with urls and WARC pointers from the catalog."""
    records = load_records(ws.records_path)
    prov = Provenance()
    if ws.catalog_path.exists():
        from scraper.catalog import Catalog

        with Catalog(ws.catalog_path) as cat:
            prov = Provenance.from_catalog(cat, [r.key or r.url for r in records if r.relevant])
    return build_rows(records, prov)


def publish(
    ws: Workspace,
    rows: list[Row],
    out_dir: str | Path | None = None,
    run: dict | None = None,
    report: bool = True,
    as_of: str | None = None,
) -> Published:
    """Write data files (only changed bytes), figures, tables and (unless ``report=False``) the
    HTML report. The partnership ladder is as of ``as_of`` (default: the data's latest date)."""
    from publish.figures import figure_files
    from publish.ladder import FILE as LADDER_FILE
    from publish.ladder import ladder, ladder_csv

    out = Path(out_dir) if out_dir else ws.out_dir
    export = write_exports(ws, rows, out)
    figs, files = figure_files(rows)
    table = ladder(rows, as_of)
    files = {**files, LADDER_FILE: ladder_csv(table)}
    for name, data in files.items():
        if write_if_changed(out / name, data):
            export.written.append(name)
        else:
            export.unchanged.append(name)
    published = Published(rows, export, out / "report.html", figs, files, table)
    if report:
        published.write_report(run)
    return published
