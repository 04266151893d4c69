"""Where a dipex project keeps its state.

Two things are precious and append-only (the WARC archive under ``corpus/`` and the
annotations under ``labels/``); everything else (catalog, records, models, exports) is
derived and can be rebuilt. Every command resolves its paths here so the layout is
defined once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Workspace:
    """The folder a user runs dipex in (the repository itself, or a fresh demo folder)."""

    root: Path

    @classmethod
    def from_arg(cls, workdir: str | os.PathLike[str] | None) -> Workspace:
        """Resolve ``--workdir`` / ``DIPEX_HOME`` / the current directory, in that order."""
        chosen = workdir or os.environ.get("DIPEX_HOME") or os.getcwd()
        return cls(Path(chosen).resolve())

    @property
    def corpus_dir(self) -> Path:
        return self.root / "corpus"

    @property
    def warc_dir(self) -> Path:
        return self.corpus_dir / "warc"

    @property
    def catalog_path(self) -> Path:
        return self.corpus_dir / "catalog.sqlite"

    @property
    def records_path(self) -> Path:
        return self.corpus_dir / "records.sqlite"

    @property
    def runs_dir(self) -> Path:
        return self.corpus_dir / "runs"

    @property
    def labels_dir(self) -> Path:
        return self.root / "labels"

    @property
    def models_dir(self) -> Path:
        return self.root / "models"

    @property
    def out_dir(self) -> Path:
        return self.root / "out"

    def ensure(self) -> Workspace:
        """Create the folders a run writes to; harmless when they exist."""
        for path in (self.corpus_dir, self.warc_dir, self.runs_dir, self.labels_dir,
                     self.models_dir, self.out_dir):
            path.mkdir(parents=True, exist_ok=True)
        return self
