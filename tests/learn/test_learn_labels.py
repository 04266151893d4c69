"""labels/: broken lines reported and skipped, concurrent appends lose nothing, shipped examples."""

from __future__ import annotations

import json
import multiprocessing
from collections import Counter

from learn.dataset import EXAMPLES
from learn.labels import Label, LabelStore
from nlp.schema import CONTENT_LABELS, text_sha256


def _label(i: int, annotator: str = "a") -> Label:
    return Label(url=f"https://example.invalid/{i}", field="content", value="daily interaction",
                 annotator=annotator, text_sha256="0" * 64)


def test_half_written_and_corrupt_lines_are_reported_with_their_number_and_skipped(tmp_path):
    store = LabelStore(tmp_path / "labels")
    store.append([_label(1), _label(2)])
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write('{"url": "https://example.invalid/3", "field": "content", "val')  # crash mid-line
    store.append(_label(4))  # the next append starts on a fresh line
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write('{"url": "https://example.invalid/5", "field": "content", "annotator": "a"}\n')
        handle.write("[1, 2]\n")
    store.append(_label(6))

    labels, problems = store.read()

    assert [label.url[-1] for label in labels] == ["1", "2", "4", "6"]
    assert [problem.line for problem in problems] == [3, 5, 6]
    assert "missing 'value'" in problems[1].reason
    assert str(problems[0]).startswith(f"{store.path}:3: skipped")


def _append_many(folder: str, annotator: str, n: int) -> None:
    store = LabelStore(__import__("pathlib").Path(folder))
    for i in range(n):
        store.append([_label(i, annotator), _label(i + 10_000, annotator)])


def test_concurrent_appends_from_several_processes_lose_nothing(tmp_path):
    folder = tmp_path / "labels"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_append_many, args=(str(folder), f"p{k}", 40)) for k in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0

    labels, problems = LabelStore(folder).read()

    assert problems == []
    assert Counter(label.annotator for label in labels) == {f"p{k}": 80 for k in range(4)}
    assert len({(label.annotator, label.url) for label in labels}) == 320


def test_current_keeps_the_latest_label_per_annotator_and_disagreements(tmp_path):
    store = LabelStore(tmp_path)
    store.append([
        Label("u", "content", "daily interaction", "ana", time="2026-01-01T00:00:00+00:00"),
        Label("u", "content", "knowledge exchange", "ana", time="2026-01-02T00:00:00+00:00"),
        Label("u", "content", "daily interaction", "ben", time="2026-01-01T00:00:00+00:00"),
    ])
    current = store.current()[("u", "content")]
    assert {who: label.value for who, label in current.items()} == {
        "ana": "knowledge exchange", "ben": "daily interaction"}


def test_shipped_examples_are_self_contained_and_cover_both_classes_languages_and_sources():
    labels, problems = LabelStore.read_file(EXAMPLES)
    assert problems == []
    content = [label for label in labels if label.field == "content" and label.annotator == "dipex-examples"]
    assert 80 <= len(content) <= 140
    for label in labels:
        assert label.text and label.text_sha256 == text_sha256(label.text), label.key
        assert label.url.startswith("https://examples.dipex.invalid/")
    assert {label.value for label in content} == set(CONTENT_LABELS)
    counts = Counter((label.source, label.lang, label.value) for label in content)
    for source in ("idcpc", "mfa"):
        for lang in ("en", "zh"):
            for value in CONTENT_LABELS:
                assert counts[(source, lang, value)] >= 2, (source, lang, value)
    annotators = {label.annotator for label in labels}
    assert {"dipex-examples", "dipex-examples-b"} <= annotators
    assert any((label.note or "").startswith("adjudication") for label in labels)
    assert all(json.loads(label.to_json())["value"] == label.value for label in labels)


def test_the_store_reads_appends_and_in_place_rewrites_alike(tmp_path):
    """The review page asks the store on every request; what it keeps between asks never hides
    a change: appended lines, a half-written last line, a file rewritten in place (even grown)."""
    from learn.labels import Label, LabelStore

    store = LabelStore(tmp_path)
    store.append(Label(url="u1", field="country", value="Cuba", annotator="ana"))
    assert [lb.value for lb in store.read()[0]] == ["Cuba"]
    store.append(Label(url="u2", field="country", value="Chile", annotator="ana"))
    assert [lb.value for lb in store.read()[0]] == ["Cuba", "Chile"]
    with open(store.path, "a", encoding="utf-8") as handle:
        handle.write('{"url": "u3", "field": "country", "va')  # a crash mid-line
    labels, problems = store.read()
    assert len(labels) == 2 and len(problems) == 1
    text = store.path.read_text(encoding="utf-8").replace("Cuba", "Argentina")
    with open(store.path, "r+", encoding="utf-8") as handle:  # same file, edited in place, longer
        handle.write(text)
    labels, problems = store.read()
    assert [lb.value for lb in labels] == ["Argentina", "Chile"] and len(problems) == 1
    assert store.current()[("u1", "country")]["ana"].value == "Argentina"
