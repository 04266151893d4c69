"""run and rebuild extract on every core unless told otherwise, and the workers give the records one
process gives."""

from __future__ import annotations

import pipeline
from nlp.schema import Document
from publish.run import _extract_safely
from sample_site.releases import bundled


def docs(n: int) -> list[Document]:
    return [Document(url=r.url, source=r.site, lang=r.lang, title=r.title, published=r.published,
                     text=r.text) for r in bundled()[:n]]


def test_workers_give_the_records_one_process_gives():
    sample = docs(12)
    failures: list[str] = []
    one = [[r.to_dict() for r in recs] for _, recs in _extract_safely(sample, failures, processes=1)]
    two = [[r.to_dict() for r in recs] for _, recs in _extract_safely(sample, failures, processes=2)]
    assert one == two and len(one) == 12 and not failures


def test_run_and_rebuild_take_processes(tmp_path, capsys):
    parser = pipeline.build_parser()
    run = parser.parse_args(["run", "--processes", "1", "--contact", "Ana <ana@uni.example>"])
    assert run.processes == 1 and run.contact == "Ana <ana@uni.example>"
    assert parser.parse_args(["run"]).processes is None  # None: every core
    assert parser.parse_args(["rebuild", "--processes", "2"]).processes == 2
    assert pipeline.main(["--workdir", str(tmp_path), "rebuild", "--processes", "1"]) == 2  # no archive
    assert "nothing to rebuild" in capsys.readouterr().err
