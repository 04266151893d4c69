"""extract reports a line whose title, published or key is not text as a bad line, with the reason;
and picks its worker count (every core by default) without being told."""

from __future__ import annotations

import json

import pipeline
from dipex.cores import PARALLEL_MIN, available_cores, worker_count


def test_non_string_title_or_published_is_a_bad_line(tmp_path, capsys):
    source = tmp_path / "docs.jsonl"
    lines = [{"url": "u1", "title": 12, "text": "x"}, {"url": "u2", "published": ["2024"], "text": "x"},
             {"url": "u3", "title": "Fine", "published": "2024-01-02", "text": "x"}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    target = tmp_path / "records.jsonl"
    code = pipeline.main(["extract", "--input", str(source), "--output", str(target), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1 and "2 bad line(s)" in out and "lines 1, 2" in out
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert rows[0]["url"] == "line:1" and "title is int, not a string" in rows[0]["notes"][0]
    assert "published is list, not a string" in rows[1]["notes"][0]
    assert rows[-1]["url"] == "u3"


def test_every_core_by_default_fewer_on_request():
    assert worker_count(None) == available_cores() >= 1
    assert worker_count(None, PARALLEL_MIN - 1) == 1  # too little work to start workers
    assert worker_count(1, 10**6) == 1 and worker_count(3, 5) == 3 and worker_count(0) == 1


def test_a_source_extraction_has_no_rules_for_is_a_bad_line(tmp_path, capsys):
    """A crawl section's name given as the source would be read with the generic rules (a ministry
    call coded as no exchange): reported with the reason, the other lines extracted."""
    source = tmp_path / "docs.jsonl"
    lines = [{"url": "u1", "source": "mfa_zh_topnews", "title": "Xi speaks with Lula by phone", "text": "x"},
             {"url": "u2", "source": "mfa", "title": "Fine", "text": "x"},
             {"url": "u3", "title": "No source given", "text": "x"}]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    target = tmp_path / "records.jsonl"
    code = pipeline.main(["extract", "--input", str(source), "--output", str(target), "--no-progress"])
    out = capsys.readouterr().out
    assert code == 1 and "1 bad line(s)" in out
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert "source is 'mfa_zh_topnews', not one of idcpc, mfa, other" in rows[0]["notes"][0]
    assert [row["url"] for row in rows[1:]] == ["u2", "u3"]
