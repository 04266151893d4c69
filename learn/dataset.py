"""Training data for the content classifier: human labels joined to the releases' text.

A label points at a release by key/url (+ the sha256 of its body). The text comes from, in
order: the label itself (shipped examples carry their self-written release), the corpus
catalog, nothing (the label is reported as "no text" and left out). The structured facts
come from the records store, else from running the extractor on the text.

Each release's content is its adjudication, else the majority of annotators' latest
labels; a tie is left out (reported). When there are too few human labels, the extraction
rules' own tags on the records store ("weak labels") fill up the set; each example says
which it is.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from dipex.workspace import Workspace
from learn.apply import resolve
from learn.labels import Label, LabelStore
from nlp.records_db import RecordStore, item_key
from nlp.schema import CONTENT_LABELS, Document, Record, text_sha256

log = logging.getLogger(__name__)

HUMAN, WEAK = "human", "weak"
# The shipped, self-written example labels of the repository (train uses them in any workspace).
EXAMPLES = Path(__file__).resolve().parents[1] / "labels" / "examples.jsonl"


@dataclass
class Example:
    """One release with its content tag, ready for the feature frame."""

    key: str
    record: Record
    text: str
    content: str
    origin: str  # human | weak


@dataclass
class DatasetReport:
    """How the labels became training data — printed by ``train``."""

    label_lines: int = 0
    problems: list[str] = field(default_factory=list)
    labelled_releases: int = 0
    ties: int = 0
    no_text: int = 0
    text_changed: int = 0
    unknown_value: int = 0
    human: int = 0
    weak: int = 0

    def lines(self) -> list[str]:
        out = [f"label lines read: {self.label_lines} ({len(self.problems)} unreadable, skipped)",
               f"releases with a content label: {self.labelled_releases}",
               f"training examples: {self.human} human + {self.weak} weak (rule tags)"]
        for count, what in ((self.ties, "annotators tied, no adjudication"),
                            (self.no_text, "release text not found (not in labels, catalog)"),
                            (self.unknown_value, "value not a content category"),
                            (self.text_changed, "text changed since labelled (used anyway)")):
            if count:
                out.append(f"  left out / noted: {count} {what}")
        return out


def extractor() -> Callable[[Document], Record] | None:
    """``nlp.extract.extract`` when the extractor is installed, else None (facts stay empty)."""
    try:
        from nlp.extract import extract
    except ImportError as error:
        log.info("extractor not available (%s): structured facts left empty", error)
        return None
    return extract


def bare_record(doc: Document) -> Record:
    return Record(url=doc.url, source=doc.source, lang=doc.lang, title=doc.title,
                  published=doc.published, key=doc.key, text_sha256=text_sha256(doc.text))


class TextFinder:
    """Release texts and records by key or url: label text, catalog, records store."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._catalog = None
        self._catalog_urls: dict[str, str] | None = None
        self._records: RecordStore | None = None
        self._extract = extractor()

    def catalog(self):  # noqa: ANN201 - scraper.catalog.Catalog, imported lazily
        if self._catalog is None and self.ws.catalog_path.exists():
            try:
                from scraper.catalog import Catalog

                self._catalog = Catalog(self.ws.catalog_path)
            except Exception as error:  # a missing or unreadable catalog must not stop training
                log.warning("%s: catalog not readable: %s", self.ws.catalog_path, error)
                self._catalog = False
        return self._catalog or None

    def records(self) -> RecordStore | None:
        if self._records is None and self.ws.records_path.exists():
            self._records = RecordStore(self.ws.records_path)
        return self._records

    def document(self, key: str | None, url: str) -> Document | None:
        catalog = self.catalog()
        if catalog is None:
            return None
        release = catalog.get(key) if key else None
        if release is None:
            if self._catalog_urls is None:
                self._catalog_urls = {}
                for release_row in catalog.iter_releases(status="ok"):
                    self._catalog_urls[release_row.url] = release_row.key
            found = self._catalog_urls.get(url)
            release = catalog.get(found) if found else None
        if release is None or not release.text:
            return None
        return release.to_document()

    def record(self, doc: Document, item: int = 0) -> Record:
        """The stored record of the page's exchange ``item`` (extracted when not stored)."""
        store = self.records()
        if store is not None:
            for key in (doc.key, doc.url):
                stored = store.get(item_key(key, item)) if key else None
                if stored is not None:
                    return stored
        if self._extract is not None:
            try:
                return self._extract(doc)
            except Exception as error:  # bad input never stops a run
                log.warning("%s: extraction failed, facts left empty: %s", doc.url, error)
        return bare_record(doc)

    def close(self) -> None:
        if self._records is not None:
            self._records.close()
        if self._catalog:
            self._catalog.close()


def read_labels(ws: Workspace, with_examples: bool = True) -> tuple[list[Label], list[str]]:
    """The workspace's labels, plus the shipped examples when the workspace lacks them."""
    store = LabelStore(ws.labels_dir)
    labels, problems = store.read()
    files = {path.resolve() for path in store.files()}
    if with_examples and EXAMPLES.exists() and EXAMPLES.resolve() not in files:
        extra, extra_problems = LabelStore.read_file(EXAMPLES)
        labels += extra
        problems += extra_problems
    return labels, [str(problem) for problem in problems]


def latest(labels: Iterable[Label]) -> dict[tuple[str, str], dict[str, Label]]:
    """Latest label per (release, field) per annotator (as ``LabelStore.current``)."""
    out: dict[tuple[str, str], dict[str, Label]] = {}
    for label in labels:
        per_annotator = out.setdefault((label.doc, label.field), {})
        previous = per_annotator.get(label.annotator)
        if previous is None or label.time >= previous.time:
            per_annotator[label.annotator] = label
    return out


def human_examples(ws: Workspace, finder: TextFinder, labels: list[Label],
                   report: DatasetReport) -> list[Example]:
    by_doc_text: dict[str, Label] = {}
    for label in labels:
        if label.text and label.doc not in by_doc_text:
            by_doc_text[label.doc] = label
    examples = []
    groups = sorted(latest(labels).items())
    bar = tqdm(groups, desc="labels", unit="label", disable=len(groups) < 500)
    for (doc_key, field_name), by_annotator in bar:
        if field_name != "content":
            continue
        report.labelled_releases += 1
        decision = resolve(by_annotator, majority=True)
        if not decision.decided:
            report.ties += 1
            continue
        if decision.value not in CONTENT_LABELS:
            report.unknown_value += 1
            log.warning("%s: content label %r is not one of %s", doc_key, decision.value, CONTENT_LABELS)
            continue
        any_label = next(iter(by_annotator.values()))
        carrier = by_doc_text.get(doc_key)
        if carrier is not None:
            doc = Document(url=carrier.url, source=carrier.source or "other", lang=carrier.lang or "en",
                           title=carrier.title, published=carrier.published, text=carrier.text or "",
                           key=carrier.key)
        else:
            doc = finder.document(any_label.key, any_label.url)
        if doc is None:
            report.no_text += 1
            log.warning("%s: labelled, but its text is in neither the label nor the catalog", doc_key)
            continue
        shas = {label.text_sha256 for label in by_annotator.values()} - {None}
        if shas and text_sha256(doc.text) not in shas:
            report.text_changed += 1
        examples.append(Example(doc_key, finder.record(doc, any_label.item or 0), doc.text, decision.value,
                                HUMAN))
    report.human = len(examples)
    return examples


def weak_examples(finder: TextFinder, exclude: set[str]) -> Iterator[Example]:
    """Records whose content tag came from the extraction rules, with their catalog text."""
    store = finder.records()
    if store is None:
        return
    for record in store:
        key = record.key or record.url
        if key in exclude or record.url in exclude:
            continue
        if not record.relevant or record.content not in CONTENT_LABELS or record.content_source != "rule":
            continue
        doc = finder.document(record.key, record.url)
        if doc is not None:
            yield Example(key, record, doc.text, record.content, WEAK)


def too_few(examples: list[Example], min_labels: int, min_per_class: int) -> bool:
    counts = Counter(example.content for example in examples)
    return len(examples) < min_labels or any(counts[label] < min_per_class for label in CONTENT_LABELS)


def build(ws: Workspace, min_labels: int = 30, min_per_class: int = 8,
          with_examples: bool = True) -> tuple[list[Example], DatasetReport]:
    """The training examples and a report of how they were made."""
    report = DatasetReport()
    labels, report.problems = read_labels(ws, with_examples)
    report.label_lines = len(labels) + len(report.problems)
    finder = TextFinder(ws)
    try:
        examples = human_examples(ws, finder, labels, report)
        if too_few(examples, min_labels, min_per_class):
            exclude = {example.key for example in examples} | {label.url for label in labels}
            weak = list(weak_examples(finder, exclude))
            report.weak = len(weak)
            examples += weak
    finally:
        finder.close()
    return examples, report


def data_hash(examples: Iterable[Example]) -> str:
    """Identifies the training data: which releases (text hash), which tag, from whom."""
    digest = hashlib.sha256()
    for line in sorted(f"{e.key}\t{text_sha256(e.text)}\t{e.content}\t{e.origin}" for e in examples):
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()
