"""The HTML report: figures, summary tables, what changed, and how healthy the run was.

One self-contained file (figures embedded as data: URIs, no scripts, no external links
besides the data files beside it), every value escaped. It is the one output that carries
the run's time: data files stay timestamp-free.
"""

from __future__ import annotations

import base64
import csv
import html
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from dipex import atomic
from publish.codebook import FULL_FILE, PUBLISHED_FILE
from publish.figures import Figure
from publish.rows import Row

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.4}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;
text-align:left}th{background:#f3f3f3}td.n{text-align:right}.warn{color:#a33}.ok{color:#2a7}
figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}img{max-width:100%}
details{margin:.5rem 0}
"""


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def table_html(table: Sequence[Sequence], limit: int | None = None) -> str:
    if not table:
        return "<p>(empty)</p>"
    head, *body = table
    shown = body if limit is None else body[:limit]
    cells = lambda row, tag: "".join(  # noqa: E731
        f'<{tag} class="n">{_e(v)}</{tag}>' if isinstance(v, int | float) else f"<{tag}>{_e(v)}</{tag}>"
        for v in row
    )
    out = ["<table>", f"<tr>{cells(head, 'th')}</tr>"]
    out += [f"<tr>{cells(r, 'td')}</tr>" for r in shown]
    out.append("</table>")
    if limit is not None and len(body) > limit:
        out.append(f"<p>… {len(body) - limit} more rows in the data files.</p>")
    return "".join(out)


def _models(rows: Sequence[dict]) -> str:
    """The content models behind the rows (``model_version``), each with its number of rows;
    rows no model tagged (the rules' tags) last."""
    models = Counter(str(r.get("model_version") or "none") for r in rows)
    parts = []
    for version, n in sorted(models.items(), key=lambda item: (item[0] == "none", item[0])):
        name = "none, the rules' tags" if version == "none" else version
        parts.append(f"{name} ({n} row{'s' * (n != 1)})")
    return "; ".join(parts)


def _health(run: dict | None) -> str:
    if not run:
        return "<p>No run log: the exports were written by <code>export</code> or <code>rebuild</code>.</p>"
    status = run.get("status", "?")
    cls = "ok" if status == "ok" else "warn"
    parts = []
    rewritten = run.get("rewritten_by")
    if rewritten:  # export rewrites the page between runs: say so, and keep the last run's health
        parts.append(
            f"<p>This page was rewritten by <code>{_e(rewritten.get('command'))}</code> at "
            f"{_e(rewritten.get('at'))}; the health below is that of the last run or rebuild.</p>"
        )
    parts += [
        f"<p>Run <code>{_e(run.get('run_id'))}</code> ({_e(run.get('command', 'run'))}): started "
        f"{_e(run.get('started_at'))}, finished {_e(run.get('finished_at'))} "
        f'({_e(run.get("seconds"))} s); status <b class="{cls}">{_e(status)}</b> '
        f"(exit code {_e(run.get('exit_code'))}).</p>"
    ]
    if run.get("interrupted"):
        parts.append(f'<p class="warn">{_e(run["interrupted"])}</p>')
    counts = run.get("counts") or {}
    if counts:
        parts.append(table_html([["step", "count"], *[[k, v] for k, v in counts.items()]]))
    crawl = run.get("crawl") or {}
    if crawl.get("summary"):
        parts.append("<h3>Crawl</h3>" + table_html(crawl["summary"]))
    if crawl.get("status_counts"):
        parts.append(
            table_html(
                [["HTTP status", "responses"], *sorted([k, v] for k, v in crawl["status_counts"].items())]
            )
        )
    if crawl.get("coverage"):
        parts.append(
            "<h3>Coverage</h3><p>Releases per year known from the live lists, the site search, the web "
            "archive and lists of urls, and how many were fetched (<code>pipeline.py coverage</code> "
            "gives it per section and month).</p>" + table_html(crawl["coverage"])
        )
        if crawl.get("coverage_reach"):
            parts.append("<details><summary>How far each live list reaches back; likely gap months"
                         "</summary>" + table_html(crawl["coverage_reach"]) + "</details>")
        if crawl.get("coverage_note"):
            parts.append(f'<p class="warn">{_e(crawl["coverage_note"])}</p>')
    warnings = run.get("warnings") or []
    if warnings:
        parts.append(
            '<h3 class="warn">Warnings</h3><ul>' + "".join(f"<li>{_e(w)}</li>" for w in warnings) + "</ul>"
        )
    else:
        parts.append('<p class="ok">No warnings.</p>')
    failures = run.get("failures") or []
    if failures:
        parts.append(
            "<details><summary>Failures ("
            + str(len(failures))
            + ")</summary><ul>"
            + "".join(f"<li>{_e(f)}</li>" for f in failures[:200])
            + "</ul></details>"
        )
    return "".join(parts)


def _changes(out_dir: Path, data_changed: bool) -> str:
    path = out_dir / "changes.csv"
    rows = []
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
    counts = Counter(r[0] for r in rows[1:])
    lead = (
        "<p>This run changed the data set.</p>"
        if data_changed
        else "<p>Nothing changed since the previous run; below is how the current version differs "
        "from the one before it.</p>"
    )
    summary = (
        f"<p>{counts['new']} new, {counts['changed']} changed, {counts['gone']} gone rows "
        f'(<a href="changes.csv">changes.csv</a>).</p>'
    )
    if len(rows) <= 1:
        return lead + summary
    opened = " open" if len(rows) <= 16 else ""
    return (
        lead
        + summary
        + f"<details{opened}><summary>The rows</summary>"
        + table_html(rows, limit=200)
        + "</details>"
    )


def _img(files: dict[str, bytes], name: str) -> str:
    data = base64.b64encode(files[f"figures/{name}.png"]).decode("ascii")
    return f'<img alt="{_e(name)}" src="data:image/png;base64,{data}">'


def report_html(
    rows: Sequence[Row],
    figs: Sequence[Figure],
    fig_files: dict[str, bytes],
    out_dir: Path,
    run: dict | None = None,
    data_changed: bool = True,
    ladder: Sequence[Sequence] | None = None,
) -> str:
    merged = sum(1 for r in rows if (r.get("releases") or 1) > 1)
    sources = Counter(s for r in rows for s in str(r.get("sources") or "").split("; ") if s)
    content = Counter(r.get("content") or "(none)" for r in rows)
    overview = [
        ["measure", "value"],
        ["exchanges (rows)", len(rows)],
        ["releases behind them", sum(int(r.get("releases") or 1) for r in rows)],
        ["rows merged from several releases", merged],
        *[[f"rows with a release from {s}", n] for s, n in sorted(sources.items())],
        *[[f"content: {c}", n] for c, n in sorted(content.items())],
    ]
    dated = [r["date"] for r in rows if r.get("date")]
    if dated:
        overview.append(["period", f"{min(dated)} – {max(dated)}"])
    if rows:  # which model tagged this version's content: after a `train` the reader must know
        overview.append(["content model", _models(rows)])
    files = "".join(
        f'<li><a href="{_e(p)}">{_e(p)}</a></li>'
        for p in (
            f"{PUBLISHED_FILE}.csv",
            f"{PUBLISHED_FILE}.xlsx",
            f"{PUBLISHED_FILE}.parquet",
            f"{PUBLISHED_FILE}.dta",
            f"{FULL_FILE}.csv",
            f"{FULL_FILE}.xlsx",
            f"{FULL_FILE}.parquet",
            f"{FULL_FILE}.dta",
            "codebook.md",
            "datapackage.json",
            "changes.csv",
        )
    )
    body = [
        "<h1>dipex: China's exchanges with Latin America and the Caribbean</h1>",
        "<h2>Summary</h2>",
        table_html(overview),
        f"<p>Data files (published schema and full schema with provenance):</p><ul>{files}</ul>",
        "<h2>Run health</h2>",
        _health(run),
        "<h2>What changed</h2>",
        _changes(out_dir, data_changed),
    ]
    if ladder is not None:
        as_of = ladder[1][-1] if len(ladder) > 1 else ""
        body += [
            f"<h2>Partnership ladder{' as of ' + _e(as_of) if as_of else ''}</h2>",
            "<p>Each partner's highest level announced on or before that day, its tier on China's "
            'ladder and the day it was reached (<a href="tables/partnership_ladder.csv">table</a>; '
            "<code>export --as-of DATE</code> for another day).</p>",
            table_html([list(r[:6]) for r in ladder]),
        ]
    for f in figs:
        body.append(
            f"<h2>{_e(f.title)}</h2><figure>{_img(fig_files, f.name)}<figcaption>{_e(f.caption)} "
            f'(<a href="figures/{_e(f.name)}.svg">SVG</a>, <a href="tables/{_e(f.name)}.csv">table</a>)'
            f"</figcaption></figure>"
        )
        body.append(f"<details><summary>Table</summary>{table_html(f.table)}</details>")
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>dipex report</title><style>"
        + _CSS
        + "</style></head><body>"
        + "\n".join(body)
        + "</body></html>\n"
    )


STOPPED_START, STOPPED_END = "<!-- dipex:stopped -->", "<!-- /dipex:stopped -->"


def mark_stopped(report_path: Path, run: dict) -> None:
    """Put a banner on top of the existing report when a run stops before its exports: the
    report is the page researchers read for the run's health, and it would else still show
    the earlier run as the latest, and as ok. The next finished run rewrites the page."""
    if not report_path.exists():
        return
    page = report_path.read_text(encoding="utf-8")
    page = re.sub(re.escape(STOPPED_START) + ".*?" + re.escape(STOPPED_END), "", page, flags=re.S)
    failures = "; ".join(run.get("failures") or []) or "?"
    banner = (
        f'{STOPPED_START}<p class="warn"><b>The latest {_e(run.get("command", "run"))} '
        f"(<code>{_e(run.get('run_id'))}</code>, started {_e(run.get('started_at'))}) stopped before "
        f"writing the data set</b>: {_e(failures)}. The data files and the rest of this page are "
        f"from an earlier run; its log is <code>corpus/runs/{_e(run.get('run_id'))}.json</code>.</p>"
        f"{STOPPED_END}"
    )
    atomic.write_text(report_path, page.replace("<body>", "<body>" + banner, 1))
