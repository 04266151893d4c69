"""``train``: labels → cross-validated, saved, versioned content model (never a silent regression).

The new model becomes active only when its cross-validated macro-F1 is at least the active
model's; otherwise it is not saved and the reason is given (``force`` overrides).
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from dipex.workspace import Workspace
from learn import dataset, features, model
from nlp.schema import CONTENT_LABELS

log = logging.getLogger(__name__)


def component_versions() -> dict[str, str | None]:
    """Extractor and gazetteer versions the structured features came from (None if absent)."""
    versions: dict[str, str | None] = {"extractor": None, "gazetteer": None}
    try:
        from nlp.extract import EXTRACTOR_VERSION

        versions["extractor"] = str(EXTRACTOR_VERSION)
    except ImportError:
        pass
    try:
        from nlp.gazetteer import Gazetteer

        versions["gazetteer"] = str(Gazetteer.load().version)
    except Exception as error:  # the gazetteer is optional for training
        log.info("gazetteer version unknown: %s", error)
    return versions


@dataclass
class TrainResult:
    """What ``train`` did, for the command to print."""

    report: dataset.DatasetReport
    metrics: dict[str, Any] | None = None
    version: str | None = None
    activated: bool = False
    previous: str | None = None
    previous_macro_f1: float | None = None
    messages: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.activated


def train(ws: Workspace, force: bool = False, min_labels: int = 30, min_per_class: int = 8,
          with_examples: bool = True, progress: bool = True) -> TrainResult:
    examples, report = dataset.build(ws, min_labels, min_per_class, with_examples)
    result = TrainResult(report)
    counts = Counter(example.content for example in examples)
    result.counts = {label: counts.get(label, 0) for label in CONTENT_LABELS}
    if any(counts.get(label, 0) < 3 for label in CONTENT_LABELS) or len(examples) < 10:
        result.messages.append(
            f"too few labelled releases to train ({dict(result.counts)}; need 10, and 3 of each "
            "class, counting rule tags): records keep their rule tags (content_source=rule)")
        return result
    if report.weak:
        result.messages.append(
            f"fewer than {min_labels} human labels or fewer than {min_per_class} of a class: "
            f"{report.weak} rule tags of the records store were added as weak labels")
    result.metrics = model.cross_validate(examples, progress=progress)
    data_hash = dataset.data_hash(examples)
    result.previous = model.active_version(ws)
    if result.previous:
        previous_meta = model.metadata(ws, result.previous) or {}
        result.previous_macro_f1 = (previous_meta.get("metrics") or {}).get("macro_f1")
    new_f1 = result.metrics["macro_f1"]
    if result.previous_macro_f1 is not None and new_f1 < result.previous_macro_f1 and not force:
        result.messages.append(
            f"not replacing the active model {result.previous}: its cross-validated macro-F1 is "
            f"{result.previous_macro_f1:.3f}, the new one's {new_f1:.3f} (use --force to replace it anyway)")
        return result
    fitted = model.fit(examples)
    now = datetime.now(UTC)
    version = model.new_version(data_hash, now)
    meta = {
        "version": version,
        "date": now.isoformat(timespec="seconds"),
        "labels_hash": data_hash,
        "n_labels": len(examples),
        "n_human": report.human,
        "n_weak": report.weak,
        "classes": result.counts,
        "metrics": result.metrics,
        "calibrated": type(fitted.named_steps["classifier"]).__name__ == "CalibratedClassifierCV",
        "features": {"version": features.VERSION, "columns": list(features.COLUMNS),
                     "weights": dict(features.WEIGHTS)},
        "previous": result.previous,
        "forced": bool(force and result.previous_macro_f1 is not None and new_f1 < result.previous_macro_f1),
        **{f"{name}_version": value for name, value in component_versions().items()},
    }
    model.save(ws, version, fitted, meta)
    model.activate(ws, version)
    result.version, result.activated = version, True
    if meta["forced"]:
        result.messages.append(f"--force: replaced {result.previous} (macro-F1 "
                               f"{result.previous_macro_f1:.3f}) with a lower-scoring model ({new_f1:.3f})")
    return result
