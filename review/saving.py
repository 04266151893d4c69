"""Turning a reviewer's decisions into labels: save, accept, adjudicate, undo.

Every decision is one ``LabelStore.append`` of whole lines (one locked write), so a crash
never leaves half a save and two tabs saving at once both land. Labels are append-only. Each
label's note names its save (``review save <id>``) so a save can be found and undone later,
from any tab or after a restart. An undo is a revert, not a new decision: it appends one event
line withdrawing the save (``learn.labels.undo_event``), and every reader then sees the record
as it was before the save — no label in anyone's name reaches the data set or training.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from learn.labels import Label, LabelStore, undo_event
from nlp.records_db import item_key
from review.fields import BY_NAME, FieldError, canonical, words
from review.state import RecordState
from review.vocab import Vocab

SAVE, ACCEPT, ADJUDICATE = "save", "accept", "adjudicate"
MODES = (SAVE, ACCEPT, ADJUDICATE)
_ANNOTATOR = re.compile(r"^[\w .@'-]{1,64}$", re.UNICODE)


class ReviewError(ValueError):
    """A decision that cannot be stored; ``errors`` maps each bad field to what it allows."""

    def __init__(self, message: str, errors: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.errors = errors or {}


@dataclass
class Saved:
    save_id: str | None
    labels: list[Label] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # for an undo: the fields given back


def check_annotator(name: Any) -> str:
    """Annotator names end up in git-tracked labels: letters, digits, space, . @ ' - only."""
    text = " ".join(str(name or "").split())
    if not _ANNOTATOR.match(text):
        raise ReviewError("annotator name required (1-64 letters, digits, spaces, . @ ' -)")
    return text


def _label(state: RecordState, name: str, value: Any, annotator: str, note: str) -> Label:
    record = state.record
    return Label(
        url=record.url,
        key=record.key,
        field=name,
        value=value,
        annotator=annotator,
        text_sha256=record.text_sha256,
        note=note,
        item=record.item or None,  # a correction to one exchange of a page is that exchange's label
    )


def decide(
    store: LabelStore,
    state: RecordState,
    annotator: str,
    values: dict[str, Any],
    mode: str,
    vocab: Vocab,
    comment: str | None = None,
) -> Saved:
    """Store a reviewer's values for some fields of one record.

    ``save`` and ``adjudicate`` write the fields sent (the page sends the changed ones and,
    for adjudication, the disputed ones); ``accept`` writes every field of the record, taking
    sent values over the current ones. Every value written is checked against the field's
    vocabulary — the ones taken from the record by ``accept`` too, so a value the extractor
    produced outside the vocabulary never becomes a person's label — and the event's end
    date may not come before its start.
    """
    annotator = check_annotator(annotator)
    if mode not in MODES:
        raise ReviewError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
    if not isinstance(values, dict) or len(values) > len(BY_NAME):
        raise ReviewError(f"values: an object of at most {len(BY_NAME)} fields")
    errors: dict[str, str] = {}
    chosen: dict[str, Any] = {}
    source = state.record.source
    for name, raw in values.items():
        if name not in state.fields:
            known = BY_NAME.get(name)
            errors[name] = "not a field of this record's source" if known else "unknown field"
            continue
        try:
            chosen[name] = state.fields[name].field.validate(raw, source, vocab)
        except FieldError as error:
            errors[name] = f"{error.value!r} is not allowed; allowed: {error.allowed}"
    if errors:
        raise ReviewError("some values are not allowed", errors)
    if mode == ACCEPT:
        for name, s in state.fields.items():
            if name in chosen:
                continue
            try:
                chosen[name] = s.field.validate(s.value, source, vocab)
            except FieldError as error:
                errors[name] = (f"{error.value!r} is not allowed; allowed: {error.allowed} "
                                "(correct it, then accept)")
        if errors:
            raise ReviewError("some fields hold values outside the vocabulary", errors)
    if mode == ADJUDICATE:
        undisputed = [name for name in chosen if not state.fields[name].disputed]
        if undisputed:
            raise ReviewError(
                "only disputed fields are adjudicated: " + ", ".join(undisputed) + " is not disputed",
                {name: "not disputed: save it instead" for name in undisputed},
            )
        involved = [name for name in chosen if annotator in state.fields[name].by_annotator]
        if involved:
            raise ReviewError(
                "a third annotator adjudicates: you labelled " + ", ".join(involved),
                {name: "you labelled this field" for name in involved},
            )
    after = {**state.values(), **chosen}
    start, end = after.get("event_date"), after.get("event_date_end")
    touched = "event_date" in chosen or "event_date_end" in chosen
    if touched and start and end and end < start:
        raise ReviewError(
            f"the event ends ({end}) before it starts ({start})",
            {"event_date_end": f"{end!r} is before the event date {start}"},
        )
    if not chosen:
        return Saved(None)
    save_id = uuid.uuid4().hex[:12]
    note = f"review {'accept' if mode == ACCEPT else 'save'} {save_id}"
    if mode == ADJUDICATE:
        note = f"adjudication by {annotator}; {note}"
    if comment:
        note += "; " + " ".join(str(comment).split())[:300]
    labels = [_label(state, name, value, annotator, note) for name, value in chosen.items()]
    store.append(labels)
    return Saved(save_id, labels)


def last_save(labels: list[Label], docs: set[str], annotator: str) -> str | None:
    """This annotator's latest save on the record that is not undone yet (``labels``: the
    whole trail, ``LabelStore.read_all``)."""
    saves: list[str] = []
    undone: set[str] = set()
    for label in labels:
        url_doc = item_key(label.url, label.item or 0)
        if label.annotator != annotator or (label.doc not in docs and url_doc not in docs):
            continue
        if label.undoes:
            undone.add(label.undoes)
            continue
        save_id = label.save_id
        if save_id and save_id not in saves:
            saves.append(save_id)
    for save_id in reversed(saves):
        if save_id not in undone:
            return save_id
    return None


def undo_last(store: LabelStore, state: RecordState, annotator: str) -> Saved:
    """Withdraw the annotator's last save on this record: one appended event line.

    Why not write the earlier values back: those would be new labels in the reviewer's name
    (a model guess turned "human", p = 1.0, and training data). Withdrawn, the save's labels
    stop counting everywhere and each field is what it was before — the annotator's own
    earlier label, another's, or the machine's value. Undoing again withdraws the save before.
    """
    annotator = check_annotator(annotator)
    labels, _ = store.read_all()
    docs = {state.key, item_key(state.record.url, state.record.item)}
    save_id = last_save(labels, docs, annotator)
    if save_id is None:
        return Saved(None)
    fields = list(dict.fromkeys(
        lb.field for lb in labels
        if lb.annotator == annotator and lb.save_id == save_id and not lb.undoes
    ))
    record = state.record
    event = undo_event(record.url, record.key, save_id, annotator, record.text_sha256, record.item)
    store.append(event)
    return Saved(save_id, [event], fields)


def describe(value: Any) -> str:
    """A short human form of a label value (for the disagreement panel and messages)."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return "; ".join(
                c.get("name", "")
                + (f" [{words(c.get('kind'))}]" if c.get("kind") else "")
                + (f" ({c['party']})" if c.get("party") else "")
                for c in value
            )
        return ", ".join(map(words, value)) or "—"
    return words(value)


__all__ = [
    "ACCEPT",
    "ADJUDICATE",
    "MODES",
    "SAVE",
    "ReviewError",
    "Saved",
    "canonical",
    "decide",
    "describe",
    "last_save",
    "undo_last",
]
