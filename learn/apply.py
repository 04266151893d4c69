"""Put what people decided onto records: a human label always wins over rules and the model.

For one field of one release, each annotator's latest label counts (``LabelStore.current``):

- an *adjudication* (a label whose note starts with "adjudication") decides the field;
- otherwise annotators who all agree set the field;
- annotators who disagree leave the record's value as it is, and the record gets a note
  naming each annotator's value, so the disagreement stays visible until someone adjudicates.

Training is more permissive (``resolve(..., majority=True)``): with no adjudication the
majority value is used, a tie is left out.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from learn.labels import Label, LabelStore
from nlp.records_db import item_key
from nlp.schema import Record

log = logging.getLogger(__name__)

ADJUDICATED, AGREED, MAJORITY, DISPUTED = "adjudicated", "agreed", "majority", "disputed"
RECORD_FIELDS = {f.name for f in fields(Record)}
# Fields a label may not set: identity and audit trail belong to the pipeline.
NOT_LABELLED = {"url", "key", "item", "text_sha256", "evidence", "notes", "versions", "content_source"}


def is_adjudication(label: Label) -> bool:
    return (label.note or "").strip().lower().startswith("adjudication")


def canonical(value: Any) -> str:
    """A comparable form of a label value (lists of tags compare as sets)."""
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


@dataclass
class Decision:
    """What the labels of one field of one release add up to."""

    value: Any
    status: str  # adjudicated | agreed | majority | disputed
    by_annotator: dict[str, Label]

    @property
    def decided(self) -> bool:
        return self.status != DISPUTED

    def opinions(self) -> str:
        return "; ".join(f"{name}: {label.value!r}" for name, label in sorted(self.by_annotator.items()))


def resolve(by_annotator: dict[str, Label], majority: bool = False) -> Decision:
    """The value a field carries given each annotator's latest label."""
    adjudications = [label for label in by_annotator.values() if is_adjudication(label)]
    if adjudications:
        latest = max(adjudications, key=lambda label: label.time)
        return Decision(latest.value, ADJUDICATED, by_annotator)
    counts = Counter(canonical(label.value) for label in by_annotator.values())
    values = {canonical(label.value): label.value for label in by_annotator.values()}
    if len(counts) == 1:
        return Decision(next(iter(values.values())), AGREED, by_annotator)
    if majority:
        (top, top_n), (_, second_n) = counts.most_common(2)
        if top_n > second_n:
            return Decision(values[top], MAJORITY, by_annotator)
    return Decision(None, DISPUTED, by_annotator)


def decisions(store: LabelStore) -> dict[str, dict[str, Decision]]:
    """Every labelled release (by its key or url) → field → decision (unanimity rule)."""
    result: dict[str, dict[str, Decision]] = {}
    for (doc, field_name), by_annotator in store.current().items():
        result.setdefault(doc, {})[field_name] = resolve(by_annotator)
    return result


def labels_for(record: Record, table: dict[str, dict[str, Decision]]) -> dict[str, Decision]:
    """The decisions about one record, found by its corpus key or its url (and its item: a
    label of one exchange of a page is not a label of the page's other exchanges)."""
    found: dict[str, Decision] = {}
    for doc in (record.url, record.key):  # the key's labels win over url-only ones
        doc = item_key(doc, record.item) if doc else doc
        if doc and doc in table:
            found.update(table[doc])
    return found


def set_field(record: Record, name: str, value: Any) -> Record:
    """The record with one field replaced, the value given in the record's JSON form."""
    data = record.to_dict()
    data[name] = value
    return Record.from_dict(data)


def apply_decisions(record: Record, found: dict[str, Decision]) -> Record:
    for name, decision in sorted(found.items()):
        if name not in RECORD_FIELDS or name in NOT_LABELLED:
            log.warning("%s: label of unknown field %r ignored", record.url, name)
            continue
        if not decision.decided:
            note = f"annotators disagree on {name} ({decision.opinions()}); kept {getattr(record, name)!r}"
            if note not in record.notes:
                record.notes.append(note)
            continue
        try:
            record = set_field(record, name, decision.value)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            log.warning("%s: label %s=%r not applied: %s", record.url, name, decision.value, error)
            continue
        if name == "content":
            record.content_source = "human"
            record.content_prob = 1.0
        labelled_sha = {label.text_sha256 for label in decision.by_annotator.values()} - {None}
        if record.text_sha256 and labelled_sha and record.text_sha256 not in labelled_sha:
            note = f"{name} was labelled on an earlier version of the text"
            if note not in record.notes:
                record.notes.append(note)
    return record


def apply_human_labels(records: Iterable[Record], store: LabelStore) -> Iterator[Record]:
    """Each record with its human-labelled fields set (``content_source="human"`` for content)."""
    table = decisions(store)
    for record in records:
        found = labels_for(record, table)
        yield apply_decisions(record, found) if found else record
