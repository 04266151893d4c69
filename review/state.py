"""Where each record stands in review: who labelled which field how, and what is disputed.

Read from labels/ on every request (labels are the truth, the page keeps no state of its
own). A field's value follows ``learn.apply`` — the same ``resolve`` decides it here and in
every export: an adjudication label wins; else annotators who agree set it; annotators who
disagree leave the record's value and mark the field *disputed* until a third person
adjudicates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from learn.apply import DISPUTED as UNDECIDED
from learn.apply import Decision, is_adjudication, resolve
from learn.labels import Label, LabelStore
from nlp.records_db import item_key
from nlp.schema import Record
from review.fields import ReviewField, fields_for

UNREVIEWED, REVIEWED, DISPUTED = "unreviewed", "reviewed", "disputed"
STATUSES = (UNREVIEWED, REVIEWED, DISPUTED)

__all__ = [
    "DISPUTED",
    "REVIEWED",
    "STATUSES",
    "UNREVIEWED",
    "FieldState",
    "RecordState",
    "is_adjudication",
    "record_key",
    "state_of",
    "states_of",
]


def record_key(record: Record) -> str:
    """The key a record is reviewed under (its corpus key, else its url; ``#N`` for exchange N
    of a page that reports several: the records store's key)."""
    return item_key(record.key or record.url, record.item)


@dataclass
class FieldState:
    """One field of one record: the record's value, each annotator's latest label, the outcome."""

    field: ReviewField
    record_value: Any
    labels: dict[str, Label] = field(default_factory=dict)  # latest per annotator, adjudications included

    @property
    def decision(self) -> Decision | None:
        return resolve(self.labels) if self.labels else None

    @property
    def by_annotator(self) -> dict[str, Label]:
        """The annotators' own opinions (adjudications left out)."""
        return {name: label for name, label in self.labels.items() if not is_adjudication(label)}

    @property
    def adjudication(self) -> Label | None:
        found = [label for label in self.labels.values() if is_adjudication(label)]
        return max(found, key=lambda label: label.time) if found else None

    @property
    def disputed(self) -> bool:
        decision = self.decision
        return decision is not None and decision.status == UNDECIDED

    @property
    def value(self) -> Any:
        """The value the data set carries now."""
        decision = self.decision
        return decision.value if decision is not None and decision.decided else self.record_value

    @property
    def labelled(self) -> bool:
        return bool(self.labels)

    def opinions(self) -> list[tuple[str, Any]]:
        """(annotator, value) of everyone who labelled this field, adjudicator excluded."""
        return sorted((name, label.value) for name, label in self.by_annotator.items())


@dataclass
class RecordState:
    record: Record
    fields: dict[str, FieldState]

    @property
    def key(self) -> str:
        return record_key(self.record)

    @property
    def status(self) -> str:
        states = self.fields.values()
        if any(s.disputed for s in states):
            return DISPUTED
        if any(s.labelled for s in states):
            return REVIEWED
        return UNREVIEWED

    @property
    def annotators(self) -> set[str]:
        return {name for s in self.fields.values() for name in s.labels}

    def values(self) -> dict[str, Any]:
        return {name: s.value for name, s in self.fields.items()}

    def disputed_fields(self) -> list[FieldState]:
        return [s for s in self.fields.values() if s.disputed]


Current = dict[tuple[str, str], dict[str, Label]]


def state_of(record: Record, current: Current) -> RecordState:
    """The review state of one record, given ``LabelStore.current()``.

    Labels are found as ``learn.apply.labels_for`` finds them: by the record's key, else by
    its url, field by field — and by its item: one exchange's labels are not another's."""
    fields: dict[str, FieldState] = {}
    for review_field in fields_for(record.source):
        labels: dict[str, Label] = {}
        for doc in (record.url, record.key):  # the key's labels win over url-only ones
            doc = item_key(doc, record.item) if doc else doc
            if doc and (doc, review_field.name) in current:
                labels = dict(current[(doc, review_field.name)])
        fields[review_field.name] = FieldState(review_field, review_field.value_of(record), labels)
    return RecordState(record, fields)


def states_of(records: list[Record], store: LabelStore) -> list[RecordState]:
    current = store.current()
    return [state_of(record, current) for record in records]
