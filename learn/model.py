"""The content classifier: fit, cross-validate, save (skops, never pickle), load, activate.

``models/<version>/`` holds ``model.skops`` and ``metadata.json`` (labels hash, extractor and
gazetteer versions, cross-validation metrics, date, number of labels). ``models/ACTIVE`` names
the version ``classify`` uses. Loading checks the file's types against the explicit list
below and refuses anything else, so a tampered model file cannot run code.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import skops.io as sio
from sklearn.base import clone
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from tqdm import tqdm

from dipex import atomic
from dipex.workspace import Workspace
from learn import features
from learn.dataset import Example
from nlp.schema import CONTENT_LABELS, Record

log = logging.getLogger(__name__)

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
ACTIVE_FILE = "ACTIVE"
# Calibrate probabilities (5-fold sigmoid) only when each class has this many examples.
MIN_PER_CLASS_TO_CALIBRATE = 10
# The only types a model file may contain (beyond skops' own defaults).
TRUSTED_TYPES = [
    "collections.defaultdict",
    "numpy.dtype",
    "numpy.float64",
    "numpy.int64",
    "numpy.ndarray",
    "numpy.str_",
    "scipy.sparse._csr.csr_matrix",
    "sklearn.calibration.CalibratedClassifierCV",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.compose._column_transformer.ColumnTransformer",
    "sklearn.feature_extraction.text.CountVectorizer",
    "sklearn.feature_extraction.text.TfidfTransformer",
    "sklearn.feature_extraction.text.TfidfVectorizer",
    "sklearn.linear_model._logistic.LogisticRegression",
    "sklearn.model_selection._split.StratifiedKFold",
    "sklearn.pipeline.Pipeline",
    "sklearn.utils._bunch.Bunch",
]


class ModelError(RuntimeError):
    """A model that cannot be used: missing, unreadable, or containing untrusted types."""


def estimator(examples: list[Example]) -> Pipeline:
    """Features + logistic regression, calibrated when every class has enough examples."""
    counts = Counter(example.content for example in examples)
    classifier: Any = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    if min(counts.get(label, 0) for label in CONTENT_LABELS) >= MIN_PER_CLASS_TO_CALIBRATE:
        classifier = CalibratedClassifierCV(classifier, method="sigmoid", cv=5)
    return Pipeline([("features", features.transformer()), ("classifier", classifier)])


def _xy(examples: list[Example]) -> tuple[Any, np.ndarray]:
    frame = features.frame((example.record, example.text) for example in examples)
    return frame, np.array([example.content for example in examples])


def cross_validate(examples: list[Example], folds: int = 5, progress: bool = True) -> dict[str, Any]:
    """Stratified k-fold scores: precision, recall, F1 per class, macro-F1, confusion matrix."""
    X, y = _xy(examples)
    smallest = min(Counter(y).values())
    folds = max(2, min(folds, smallest))
    predicted = np.empty_like(y)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=0)
    template = estimator(examples)
    for train, test in tqdm(list(splitter.split(X, y)), desc="cross-validation", unit="fold",
                            disable=not progress):
        model = clone(template).fit(X.iloc[train], y[train])
        predicted[test] = model.predict(X.iloc[test])
    labels = list(CONTENT_LABELS)
    precision, recall, f1, support = precision_recall_fscore_support(y, predicted, labels=labels,
                                                                     zero_division=0)
    return {
        "folds": folds,
        "per_class": {
            label: {"precision": float(p), "recall": float(r), "f1": float(f), "support": int(s)}
            for label, p, r, f, s in zip(labels, precision, recall, f1, support, strict=True)
        },
        "macro_f1": float(f1_score(y, predicted, labels=labels, average="macro", zero_division=0)),
        "accuracy": float(np.mean(predicted == y)),
        "confusion": {"labels": labels, "matrix": confusion_matrix(y, predicted, labels=labels).tolist()},
    }


def fit(examples: list[Example]) -> Pipeline:
    X, y = _xy(examples)
    return estimator(examples).fit(X, y)


def new_version(data_hash: str, when: datetime | None = None) -> str:
    when = when or datetime.now(UTC)
    return f"{when:%Y%m%dT%H%M%S}Z-{data_hash[:8]}"


def save(ws: Workspace, version: str, model: Pipeline, metadata: dict[str, Any]) -> Path:
    """Write ``models/<version>/`` (model first, metadata last: a folder with metadata is whole)."""
    folder = ws.models_dir / version
    folder.mkdir(parents=True, exist_ok=True)
    sio.dump(model, folder / MODEL_FILE)
    atomic.write_text(folder / METADATA_FILE,
                      json.dumps(metadata, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
    return folder


# Loaded models by (file, size, mtime): the review page asks for the queue on every request.
_LOADED: dict[tuple[str, int, int], Pipeline] = {}


def load(ws: Workspace, version: str) -> Pipeline:
    """The saved model, after checking every type in the file is on the trusted list."""
    path = ws.models_dir / version / MODEL_FILE
    if not path.exists():
        raise ModelError(f"{path}: no such model file")
    stat = path.stat()
    cache_key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if cache_key not in _LOADED:
        _LOADED.clear()
        _LOADED[cache_key] = _load_checked(path)
    return _LOADED[cache_key]


def _load_checked(path: Path) -> Pipeline:
    try:
        untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
        if untrusted:
            raise ModelError(f"{path}: refusing to load untrusted types {sorted(untrusted)}")
        return sio.load(path, trusted=TRUSTED_TYPES)
    except ModelError:
        raise
    except Exception as error:  # a damaged file is a clear error, not a traceback
        raise ModelError(f"{path}: cannot be read: {error}") from error


def metadata(ws: Workspace, version: str) -> dict[str, Any] | None:
    path = ws.models_dir / version / METADATA_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def active_version(ws: Workspace) -> str | None:
    """The version ``classify`` uses, or None when no (complete) model is active."""
    path = ws.models_dir / ACTIVE_FILE
    try:
        version = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    if not version or metadata(ws, version) is None:
        return None
    return version


def _named_version(ws: Workspace) -> str | None:
    """What ``models/ACTIVE`` says, whether or not that version is there."""
    try:
        return (ws.models_dir / ACTIVE_FILE).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def activate(ws: Workspace, version: str) -> None:
    """Point ``models/ACTIVE`` at a version (written aside, then renamed into place)."""
    atomic.write_text(ws.models_dir / ACTIVE_FILE, version + "\n")


@dataclass
class ContentModel:
    """A loaded model with its version, predicting (tag, probability of that tag)."""

    version: str
    pipeline: Pipeline

    @classmethod
    def active(cls, ws: Workspace) -> ContentModel | None:
        """The active model; None when none was ever activated (the rules' tags stand).

        ``models/ACTIVE`` naming a version whose folder is missing or incomplete is a
        ModelError, as a damaged file is: quietly using the rules' tags instead would change
        the content of every row of the next export and say nothing."""
        version = active_version(ws)
        if version is None:
            named = _named_version(ws)
            if named:
                raise ModelError(
                    f"models/ACTIVE names {named}, but {ws.models_dir / named} is missing or "
                    "incomplete: restore that folder, write another version of models/ into "
                    "models/ACTIVE, run `pipeline.py train` to make and activate a new model, "
                    "or delete models/ACTIVE to use the rules' tags")
            return None
        return cls(version, load(ws, version))

    def predict(self, items: list[tuple[Record, str]]) -> list[tuple[str, float]]:
        if not items:
            return []
        data = features.frame(items)
        # A model fitted before a feature column was added reads only the columns it knows.
        known = getattr(self.pipeline, "feature_names_in_", None)
        if known is not None:
            data = data[[str(name) for name in known]]
        probabilities = self.pipeline.predict_proba(data)
        classes = list(self.pipeline.classes_)
        best = probabilities.argmax(axis=1)
        return [(str(classes[i]), float(row[i])) for i, row in zip(best, probabilities, strict=True)]
