"""Which records a person should review next: where a label teaches the model the most.

Order: relevant records whose content tag is most uncertain first (uncertainty = 1 − |2p − 1|
for the tag's probability p: 1 at a coin flip, 0 when sure); at equal uncertainty, records
where the extraction rules and the model disagree come first. Records already reviewed (any
human label) are skipped; records the rules found not relevant come last.

A foreign-ministry record's content tag follows from its event type (talks, visits, calls and
messages are daily interaction by the codebook), so "uncertain content" says little about it
(its tag is still reviewed and corrected like any field): they are ranked by the fields
extraction finds hard on them — the more of country, date, event type, Chinese side, counterpart
and head-of-state level the extraction left empty, and a partnership establishment or upgrade to
confirm, the earlier.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from dipex.workspace import Workspace
from learn.apply import decisions, labels_for
from learn.classify import rule_tag
from learn.dataset import TextFinder
from learn.labels import LabelStore
from learn.model import ContentModel, ModelError
from nlp.records_db import item_key, load_records
from nlp.schema import Record

log = logging.getLogger(__name__)


@dataclass
class QueueItem:
    key: str
    url: str
    uncertainty: float
    reason: str
    disagreement: bool = False
    relevant: bool = True


def uncertainty(prob: float | None) -> float:
    """1 − |2p − 1|: how close a tag's probability is to a coin flip (1.0 when unknown)."""
    if prob is None:
        return 1.0
    return max(0.0, min(1.0, 1.0 - abs(2.0 * prob - 1.0)))


MFA_CHECKED = ("country", "event_date", "event_type", "chinese_side", "counterpart", "head_of_state_level")


def mfa_uncertainty(record: Record) -> tuple[float, str]:
    """How much a foreign-ministry record needs a person, from the fields it is reviewed on."""
    missing = [name.replace("_", " ") for name in MFA_CHECKED
               if getattr(record, name) in (None, "", "other")]
    flags = len(missing)
    parts = [("no " + ", no ".join(missing)) if missing else "every field found"]
    if record.partnership_action:
        flags += 1
        parts.append(f"partnership {record.partnership_action}: confirm the level")
    return min(1.0, flags / 4), "foreign ministry: " + "; ".join(parts)


def _model_tags(ws: Workspace, records: list[Record]) -> dict[int, tuple[str, float]]:
    """Model (tag, probability) per record index: the record's own, else the active model's."""
    tags = {i: (r.content, r.content_prob) for i, r in enumerate(records)
            if r.content_source == "model" and r.content and r.content_prob is not None}
    missing = [i for i, r in enumerate(records) if i not in tags and r.relevant and r.source != "mfa"]
    if not missing:
        return tags
    try:
        content_model = ContentModel.active(ws)
    except ModelError as error:
        log.warning("review queue without the model: %s", error)
        return tags
    if content_model is None:
        return tags
    finder = TextFinder(ws)
    try:
        items = []
        for i in missing:
            doc = finder.document(records[i].key, records[i].url)
            items.append((records[i], doc.text if doc else ""))
        for i, tag in zip(missing, content_model.predict(items), strict=True):
            tags[i] = tag
    finally:
        finder.close()
    return tags


def review_queue(ws: Workspace, records: list[Record] | None = None, limit: int | None = None,
                 include_reviewed: bool = False) -> list[QueueItem]:
    """Unreviewed records, most uncertain first, then where rules and model disagree.

    ``include_reviewed`` keeps reviewed records in their place (a page that lists every
    record in one stable order wants that).
    """
    records = load_records(ws.records_path) if records is None else list(records)
    if not include_reviewed:
        table = decisions(LabelStore(ws.labels_dir))
        records = [r for r in records if not labels_for(r, table)]
    model_tags = _model_tags(ws, records)
    items = []
    for i, record in enumerate(records):
        key = item_key(record.key or record.url, record.item)  # the records store's key
        if not record.relevant:
            items.append(QueueItem(key, record.url, 0.0, "not relevant by the rules", relevant=False))
            continue
        if record.source == "mfa":
            items.append(QueueItem(key, record.url, *mfa_uncertainty(record)))
            continue
        rule, rule_prob = rule_tag(record)
        if i in model_tags:
            tag, prob = model_tags[i]
            reason = f"model: {tag} (p={prob:.2f})"
        else:
            tag, prob = rule, rule_prob
            reason = f"rules: {tag} (p={prob:.2f})" if prob is not None else f"rules: {tag or 'no tag'}"
        disagreement = bool(i in model_tags and rule and rule != tag)
        if disagreement:
            reason += f"; rules say {rule}"
        items.append(QueueItem(key, record.url, uncertainty(prob), reason, disagreement))
    items.sort(key=lambda item: (not item.relevant, -item.uncertainty, not item.disagreement, item.key))
    return items[:limit] if limit else items
