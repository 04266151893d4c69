"""``classify``: the active model's content tag on every relevant record, human labels last.

Each record says who produced its tag: ``content_source`` is ``rule`` (no model active, or the
record is not relevant), ``model`` or ``human``. Every record passing through gets
``versions["model"]`` (the active version, or "none"), and the rule's own tag is kept in a note
(``rule tag: ...``) so the review queue can show where rules and model disagree.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from tqdm import tqdm

from dipex import atomic
from dipex.workspace import Workspace
from learn.apply import apply_decisions, decisions, labels_for
from learn.dataset import TextFinder
from learn.labels import LabelStore
from learn.model import ContentModel
from nlp.schema import Record

log = logging.getLogger(__name__)

RULE_NOTE = "rule tag: "
BATCH = 256
NO_MODEL = "none"


def rule_tag(record: Record) -> tuple[str | None, float | None]:
    """The extraction rules' content tag (kept in a note once a model has re-tagged the record)."""
    if record.content_source == "rule":
        return record.content, record.content_prob
    for note in record.notes:
        if note.startswith(RULE_NOTE):
            tag, _, prob = note[len(RULE_NOTE):].partition(" (p=")
            try:
                return tag, float(prob.rstrip(")")) if prob else None
            except ValueError:
                return tag, None
    return None, None


def _remember_rule(record: Record) -> None:
    tag, prob = rule_tag(record)
    record.notes = [note for note in record.notes if not note.startswith(RULE_NOTE)]
    if tag:
        record.notes.append(f"{RULE_NOTE}{tag}" + (f" (p={prob:.3f})" if prob is not None else ""))


def _batches(items: Iterable[Record], size: int) -> Iterator[list[Record]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def classify_records(ws: Workspace, records: Iterable[Record], texts: dict[str, str] | None = None,
                     progress: bool = False) -> Iterator[Record]:
    """Re-tag records with the active model (rule tag kept when none is active); humans win.

    ``texts`` (record key or url → body text) spares a catalog look-up when the caller has them.
    """
    content_model = ContentModel.active(ws)
    table = decisions(LabelStore(ws.labels_dir))
    finder = TextFinder(ws) if content_model else None
    bar = tqdm(desc="classify", unit="record", disable=not progress)
    try:
        for batch in _batches(records, BATCH):
            found = [labels_for(record, table) for record in batch]
            to_tag = []
            for record, decided in zip(batch, found, strict=True):
                relevant = decided["relevant"].value if "relevant" in decided and decided[
                    "relevant"].decided else record.relevant
                record.versions["model"] = content_model.version if content_model else NO_MODEL
                if content_model and relevant:
                    to_tag.append(record)
            if to_tag:
                items = [(record, _text(record, texts, finder)) for record in to_tag]
                for record, (tag, prob) in zip(to_tag, content_model.predict(items), strict=True):
                    _remember_rule(record)
                    record.content, record.content_prob, record.content_source = tag, prob, "model"
            for record, decided in zip(batch, found, strict=True):
                bar.update()
                yield apply_decisions(record, decided) if decided else record
    finally:
        bar.close()
        if finder is not None:
            finder.close()


def _text(record: Record, texts: dict[str, str] | None, finder: TextFinder | None) -> str:
    for key in (record.key, record.url):
        if texts and key and key in texts:
            return texts[key]
    if finder is not None:
        doc = finder.document(record.key, record.url)
        if doc is not None:
            return doc.text
    log.warning("%s: body text not in the catalog; classified on title and facts only", record.url)
    return ""


def classify_store(ws: Workspace, progress: bool = True) -> tuple[int, int, str | None]:
    """Re-tag the records store in place: (records seen, records changed, model version).

    Each record starts from the extraction's own output when the run's cache has it
    (``corpus/extracted.sqlite``, same text), not from the stored row: the stored row carries
    the human labels of the last run, and a label withdrawn since (an undo) must not survive
    in it."""
    from nlp.records_db import RecordStore

    store = RecordStore(ws.records_path)
    cache_path = ws.corpus_dir / "extracted.sqlite"
    cache = RecordStore(cache_path) if cache_path.exists() else None
    try:
        records = [_machine_base(record, cache) for record in store]
        changed = seen = 0
        for record in classify_records(ws, records, progress=progress and len(records) > 200):
            seen += 1
            changed += store.put(record)
        version = ContentModel.active(ws)
        return seen, changed, version.version if version else None
    finally:
        store.close()
        if cache is not None:
            cache.close()


def _machine_base(record: Record, cache: object | None) -> Record:
    """The record as extraction made it, when the cache holds that same text and extractor; else the row,
    with a human content tag no longer backed by a label given back to the rules' tag. Where the
    text came from (``text_from``) is the run's, from the catalog: the cache does not carry it."""
    if cache is not None:
        raw = cache.get(cache.key_of(record))  # type: ignore[attr-defined]  # the same item of the page
        if (raw is not None and raw.text_sha256 == record.text_sha256
                and raw.versions.get("extractor") == record.versions.get("extractor")):
            raw.text_from = record.text_from
            return raw
    if record.content_source == "human":
        tag, prob = rule_tag(record)
        if tag:
            record.content, record.content_prob, record.content_source = tag, prob, "rule"
    return record


def read_texts(path: str | Path) -> dict[str, str]:
    """Body texts by url from a documents file (the JSON Lines ``extract`` reads); bad lines skipped."""
    texts: dict[str, str] = {}
    with open(path, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            try:
                data = json.loads(line) if line.strip() else None
            except json.JSONDecodeError:
                log.warning("%s:%d: not JSON, skipped", path, number)
                continue
            if isinstance(data, dict) and data.get("url") and isinstance(data.get("text"), str):
                texts.setdefault(str(data["url"]), data["text"])
    return texts


@dataclass
class FileResult:
    """What ``classify --input`` did, for the command to print."""

    written: int = 0
    tagged: int = 0
    bad_lines: list[int] = field(default_factory=list)
    version: str | None = None
    without_text: int = 0


def classify_file(ws: Workspace, source: str | Path, target: str | Path,
                  documents: str | Path | None = None) -> FileResult:
    """Tag a file of records (``extract``'s output) with the active model, as ``extract`` does for documents.

    One record in, one record out, same order; keys the schema does not know are kept as they
    were. The model reads each release's body text from ``documents`` (the file ``extract``
    read), else from a ``text`` key on the record's line, else from the workspace catalog; with
    none, it classifies on the headline and the structured facts. A line that is not a record is
    copied unchanged and reported (the run goes on). Human labels of the workspace apply last.
    """
    result = FileResult()
    texts = read_texts(documents) if documents else {}
    lines: list[tuple[str, dict[str, Any] | None]] = []
    with open(source, encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
                record = Record.from_dict(data) if isinstance(data, dict) and data.get("url") else None
            except (json.JSONDecodeError, TypeError, KeyError, ValueError):
                record = None
            if record is None:
                result.bad_lines.append(number)
                log.warning("%s:%d: not a record, copied unchanged", source, number)
                lines.append((line.rstrip("\n"), None))
                continue
            if isinstance(data.get("text"), str):
                texts.setdefault(record.url, data["text"])
            lines.append((line, data))
    records = [Record.from_dict(data) for _, data in lines if data is not None]
    result.without_text = sum(1 for record in records if record.relevant and record.url not in texts)
    content_model = ContentModel.active(ws)
    result.version = content_model.version if content_model else None
    tagged = iter(classify_records(ws, records, texts=texts))
    with atomic.open_replacing(target) as out:
        for raw, data in lines:
            if data is None:
                out.write(raw + "\n")
            else:
                record = next(tagged)
                result.tagged += int(record.content_source == "model")
                out.write(json.dumps({**data, **record.to_dict()}, ensure_ascii=False) + "\n")
            result.written += 1
    return result
