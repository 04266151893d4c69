"""Turning a reviewer's decisions into labels: save, accept, adjudicate, undo.

Every decision is one ``LabelStore.append`` of whole lines (one locked write), so a crash
never leaves half a save and two tabs saving at once both land. Labels are append-only: an
undo is a new label per field restoring what that field held before the undone save. Each
label's note names its save (``review save <id>``) so a save can be found and undone later,
from any tab or after a restart.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from learn.labels import Label, LabelStore
from review.fields import BY_NAME, FieldError, canonical
from review.state import RecordState, is_adjudication, state_of
from review.vocab import Vocab

SAVE, ACCEPT, ADJUDICATE = "save", "accept", "adjudicate"
MODES = (SAVE, ACCEPT, ADJUDICATE)
_SAVE_NOTE = re.compile(r"review (?:save|accept) ([0-9a-f]{12})")
_UNDO_NOTE = re.compile(r"review undo of ([0-9a-f]{12})")
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
    sent values over the current ones.
    """
    annotator = check_annotator(annotator)
    if mode not in MODES:
        raise ReviewError(f"unknown mode {mode!r}; one of {', '.join(MODES)}")
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
        chosen = {name: chosen.get(name, s.value) for name, s in state.fields.items()}
    if mode == ADJUDICATE:
        involved = [name for name in chosen if annotator in state.fields[name].by_annotator]
        if involved:
            raise ReviewError(
                "a third annotator adjudicates: you labelled " + ", ".join(involved),
                {name: "you labelled this field" for name in involved},
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
    """This annotator's latest save on the record that is not undone yet."""
    saves: list[str] = []
    undone: set[str] = set()
    for label in labels:
        if label.annotator != annotator or (label.doc not in docs and label.url not in docs):
            continue
        note = label.note or ""
        undo = _UNDO_NOTE.search(note)
        if undo:
            undone.add(undo.group(1))
            continue
        found = _SAVE_NOTE.search(note)
        if found and found.group(1) not in saves:
            saves.append(found.group(1))
    for save_id in reversed(saves):
        if save_id not in undone:
            return save_id
    return None


def undo_last(store: LabelStore, state: RecordState, annotator: str) -> Saved:
    """Append labels giving every field of the annotator's last save its previous value.

    The previous value is this annotator's own earlier label of the field when there is one
    (so an undone correction falls back to the annotator's earlier decision), else the value
    the field held just before the save.
    """
    annotator = check_annotator(annotator)
    labels, _ = store.read()
    docs = {state.key, state.record.url}
    save_id = last_save(labels, docs, annotator)
    if save_id is None:
        return Saved(None)
    marker = re.compile(rf"review (?:save|accept) {save_id}\b")
    first = next(i for i, lb in enumerate(labels) if marker.search(lb.note or ""))
    before = labels[:first]
    current_before: dict[tuple[str, str], dict[str, Label]] = {}
    for label in before:
        current_before.setdefault((label.doc, label.field), {})[label.annotator] = label
    state_before = state_of(state.record, current_before)
    undo_id = uuid.uuid4().hex[:12]
    restored: list[Label] = []
    for label in labels[first:]:
        if not marker.search(label.note or "") or label.field not in state.fields:
            continue
        own = state_before.fields[label.field].labels.get(annotator)
        value = own.value if own is not None else state_before.fields[label.field].value
        note = f"review undo of {save_id} ({undo_id})"
        if own is not None and is_adjudication(own):
            note = f"adjudication restored; {note}"
        if not any(r.field == label.field for r in restored):
            restored.append(_label(state, label.field, value, annotator, note))
    store.append(restored)
    return Saved(save_id, restored)


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
                + (f" [{c.get('kind')}]" if c.get("kind") else "")
                + (f" ({c['party']})" if c.get("party") else "")
                for c in value
            )
        return ", ".join(map(str, value)) or "—"
    return str(value)


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
