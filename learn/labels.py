"""labels/: what people decided, append-only JSON Lines — one of dipex's two precious stores.

Each line is one annotation of one field of one release. Nothing is ever rewritten: a
correction is a newer line, an undo is a newer line restoring the previous value. Appends
take an exclusive file lock and write one complete line with a single ``write`` + fsync, so
two browser tabs saving at once interleave whole lines and a crash leaves at most a
truncated last line, which the reader reports (file and line number) and skips.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_FILE = "labels.jsonl"


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
    # Shipped example labels carry their own self-written release so they train anywhere.
    title: str | None = None
    text: str | None = None
    source: str | None = None
    lang: str | None = None
    published: str | None = None

    @property
    def doc(self) -> str:
        """The release this label is about: its corpus key when known, else its url."""
        return self.key or self.url

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

    def read(self) -> tuple[list[Label], list[LabelProblem]]:
        """Every readable label, in file order, and a problem for each unreadable line."""
        labels: list[Label] = []
        problems: list[LabelProblem] = []
        for path in self.files():
            more, bad = self.read_file(path)
            labels += more
            problems += bad
        return labels, problems

    @staticmethod
    def read_file(path: Path) -> tuple[list[Label], list[LabelProblem]]:
        """The labels of one JSON Lines file; a broken line is reported with its number and skipped."""
        labels: list[Label] = []
        problems: list[LabelProblem] = []
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    data = json.loads(line)
                    if not isinstance(data, dict):
                        raise ValueError("not a JSON object")
                    labels.append(Label.from_dict(data))
                except (json.JSONDecodeError, ValueError, TypeError) as error:
                    problem = LabelProblem(path, number, f"skipped: {error}")
                    log.warning("%s", problem)
                    problems.append(problem)
        return labels, problems

    def current(self) -> dict[tuple[str, str], dict[str, Label]]:
        """Latest label per (release, field) per annotator — disagreements stay visible."""
        latest: dict[tuple[str, str], dict[str, Label]] = {}
        labels, _ = self.read()
        for label in labels:
            per_annotator = latest.setdefault((label.doc, label.field), {})
            previous = per_annotator.get(label.annotator)
            if previous is None or label.time >= previous.time:
                per_annotator[label.annotator] = label
        return latest
