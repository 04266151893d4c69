"""labels/: what people decided, append-only JSON Lines — one of dipex's two precious stores.

Each line is one annotation of one field of one release. Nothing is ever rewritten: a
correction is a newer line, and an undo is an *event* line (``field: "undo"``) that withdraws
every label of one save. ``read`` and ``current`` give what people decided — withdrawn labels
and the events themselves left out — so a record whose save was undone is back to the state
before it, with no label in anyone's name; ``read_all`` gives the whole trail. Appends
take an exclusive file lock and write one complete line with a single ``write`` + fsync, so
two browser tabs saving at once interleave whole lines and a crash leaves at most a
truncated last line, which the reader reports (file and line number) and skips.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import re
import threading
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nlp.records_db import item_key

log = logging.getLogger(__name__)

DEFAULT_FILE = "labels.jsonl"
UNDO_FIELD = "undo"  # an event line: its value is the id of the save it withdraws
# A review save names itself in its labels' note ("review save <id>" / "review accept <id>");
# an undo names the save it withdraws ("review undo of <id>"; older undo lines, which wrote
# values back, carry the same words and are read as the same event).
# Anchored at the start, so a reviewer's comment (appended after "; ") cannot fake either.
_SAVE_NOTE = re.compile(r"^(?:adjudication by [^;]*; )?review (?:save|accept) ([0-9a-f]{12})\b")
_UNDO_NOTE = re.compile(r"^(?:adjudication restored; )?review undo of ([0-9a-f]{12})\b")


@dataclass
class Label:
    """One person's value for one field of one release."""

    url: str
    field: str
    value: Any
    annotator: str
    text_sha256: str | None = None
    time: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    note: str | None = None
    key: str | None = None  # canonical document key, when the release is in a corpus
    # Which exchange of the page (``Record.item``): None or 0 for the page's first, so labels
    # written before pages had several exchanges keep meaning item 0.
    item: int | None = None
    # Shipped example labels carry their own self-written release so they train anywhere.
    title: str | None = None
    text: str | None = None
    source: str | None = None
    lang: str | None = None
    published: str | None = None

    @property
    def doc(self) -> str:
        """The record this label is about: its corpus key when known, else its url, and
        ``#N`` for item N of a page that reports several exchanges (records store keys)."""
        return item_key(self.key or self.url, self.item or 0)

    def to_json(self) -> str:
        data = {k: v for k, v in asdict(self).items() if v is not None or k == "value"}
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Label:
        for required in ("url", "field", "annotator"):
            if not data.get(required):
                raise ValueError(f"missing {required!r}")
        if "value" not in data:
            raise ValueError("missing 'value'")
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})

    @property
    def save_id(self) -> str | None:
        """The review save this label belongs to (None for labels not written by a save)."""
        found = _SAVE_NOTE.search(self.note or "")
        return found.group(1) if found else None

    @property
    def undoes(self) -> str | None:
        """For an undo event, the id of the save it withdraws; None for a decision."""
        if self.field == UNDO_FIELD and isinstance(self.value, str):
            return self.value
        found = _UNDO_NOTE.search(self.note or "")
        return found.group(1) if found else None


def undo_event(url: str, key: str | None, save_id: str, annotator: str,
               text_sha256: str | None = None, item: int | None = None) -> Label:
    """The line that withdraws one save: appended, never erasing the save's own lines."""
    return Label(url=url, key=key, field=UNDO_FIELD, value=save_id, annotator=annotator,
                 text_sha256=text_sha256, note=f"review undo of {save_id}", item=item or None)


def effective(labels: Iterable[Label]) -> list[Label]:
    """The decisions that stand: undo events and the labels of the saves they withdraw removed.

    Why here: every reader (review page, apply, classify, train, agreement, exports) goes
    through the store, so an undone decision cannot reach any of them by another path.
    """
    labels = list(labels)
    withdrawn = {(label.annotator, label.undoes) for label in labels if label.undoes}
    if not withdrawn:
        return labels
    return [
        label for label in labels
        if not label.undoes and (label.annotator, label.save_id) not in withdrawn
    ]


@dataclass
class LabelProblem:
    """A line that could not be read: reported, skipped, never fatal."""

    path: Path
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


class LabelStore:
    """All ``*.jsonl`` files in a labels folder; new labels go to ``labels.jsonl``."""

    def __init__(self, folder: Path, filename: str = DEFAULT_FILE) -> None:
        self.folder = folder
        self.path = folder / filename

    def append(self, labels: Label | Iterable[Label]) -> None:
        """Append atomically (one locked write of whole lines, then fsync)."""
        batch = [labels] if isinstance(labels, Label) else list(labels)
        if not batch:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        payload = "".join(label.to_json() + "\n" for label in batch).encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            # A crash mid-line earlier leaves no newline at the end: start on a fresh line
            # so the broken fragment stays alone on its (reported) line.
            size = os.fstat(fd).st_size
            if size:
                with open(self.path, "rb") as existing:
                    existing.seek(size - 1)
                    if existing.read(1) != b"\n":
                        payload = b"\n" + payload
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*.jsonl")) if self.folder.exists() else []

    def read_all(self) -> tuple[list[Label], list[LabelProblem]]:
        """Every readable line in file order — undo events and withdrawn labels included (the
        audit trail) — and a problem for each unreadable line."""
        labels: list[Label] = []
        problems: list[LabelProblem] = []
        for path in self.files():
            more, bad = _cached_read(path)
            labels += more
            problems += bad
        return labels, problems

    def read(self) -> tuple[list[Label], list[LabelProblem]]:
        """The labels that stand (undone saves left out), in file order, and the problems."""
        labels, problems = self.read_all()
        return effective(labels), problems

    def signature(self) -> tuple[tuple[str, int, int, int], ...]:
        """Identifies the files' current contents cheaply (name, inode, size, mtime), so a
        derived view (the review queue) knows when labels changed under it."""
        out = []
        for path in self.files():
            try:
                st = path.stat()
            except FileNotFoundError:
                continue
            out.append((path.name, st.st_ino, st.st_size, st.st_mtime_ns))
        return tuple(out)

    @staticmethod
    def read_file(path: Path) -> tuple[list[Label], list[LabelProblem]]:
        """The labels of one JSON Lines file; a broken line is reported with its number and skipped."""
        labels: list[Label] = []
        problems: list[LabelProblem] = []
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                _parse_line(path, number, line, labels, problems)
        return labels, problems

    def current(self) -> dict[tuple[str, str], dict[str, Label]]:
        """Latest label per (release, field) per annotator — disagreements stay visible.

        Kept per folder until a file changes (the review page asks on every request)."""
        signature = (str(self.folder.resolve()), self.signature())
        with _LOCK:
            cached = _CURRENT.get(signature[0])
            if cached is not None and cached[0] == signature:
                return dict(cached[1])
        latest: dict[tuple[str, str], dict[str, Label]] = {}
        labels, _ = self.read()
        for label in labels:
            per_annotator = latest.setdefault((label.doc, label.field), {})
            previous = per_annotator.get(label.annotator)
            if previous is None or label.time >= previous.time:
                per_annotator[label.annotator] = label
        with _LOCK:
            _CURRENT[signature[0]] = (signature, latest)
        return dict(latest)


# Parsed lines per file, extended by reading only what was appended since (labels are
# append-only); a file that shrank or was replaced is read again from the start.
_LOCK = threading.Lock()
_FILES: dict[str, tuple[int, int, int, bytes, list[Label], list[LabelProblem], int]] = {}
_CURRENT: dict[str, tuple[Any, dict[tuple[str, str], dict[str, Label]]]] = {}


def _parse_line(path: Path, number: int, line: str, labels: list[Label],
                problems: list[LabelProblem]) -> None:
    if not line.strip():
        return
    try:
        data = json.loads(line)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        labels.append(Label.from_dict(data))
    except (json.JSONDecodeError, ValueError, TypeError) as error:
        problem = LabelProblem(path, number, f"skipped: {error}")
        log.warning("%s", problem)
        problems.append(problem)


def _cached_read(path: Path) -> tuple[list[Label], list[LabelProblem]]:
    """The lines of one file; whole lines are parsed once, a trailing partial line each time.

    Read on from where the last read stopped only when the bytes just before that point are
    unchanged (a file edited in place and grown is read again from the start)."""
    name = str(path.resolve())
    try:
        st = path.stat()
    except FileNotFoundError:
        return [], []
    with _LOCK, open(path, "rb") as handle:
        cached = _FILES.get(name)
        if cached is not None:
            ino, offset, mtime, mark = cached[:4]
            handle.seek(max(0, offset - len(mark)))
            if ino != st.st_ino or st.st_size < offset or handle.read(len(mark)) != mark or (
                st.st_size == offset and st.st_mtime_ns != mtime
            ):
                cached = None
        if cached is None:
            cached = (st.st_ino, 0, 0, b"", [], [], 0)
        ino, offset, _, _, labels, problems, number = cached
        labels, problems = list(labels), list(problems)
        handle.seek(offset)
        tail = handle.read()
        end = tail.rfind(b"\n") + 1
        for raw in tail[:end].split(b"\n")[:-1]:
            number += 1
            _parse_line(path, number, raw.decode("utf-8", errors="replace"), labels, problems)
        handle.seek(max(0, offset + end - 32))
        mark = handle.read(min(32, offset + end))
        _FILES[name] = (ino, offset + end, st.st_mtime_ns, mark, labels, problems, number)
        partial_labels, partial_problems = list(labels), list(problems)
        if tail[end:].strip():  # a half-written last line: reported, read again next time
            _parse_line(path, number + 1, tail[end:].decode("utf-8", errors="replace"),
                        partial_labels, partial_problems)
        return partial_labels, partial_problems
