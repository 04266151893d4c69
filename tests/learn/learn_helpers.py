"""Helpers of the learn tests: self-written labelled releases, records, a catalog — real files."""

from __future__ import annotations

import json
import random
from pathlib import Path

from dipex.workspace import Workspace
from learn.dataset import EXAMPLES
from learn.labels import Label, LabelStore
from nlp.extract import extract
from nlp.records_db import RecordStore
from nlp.schema import Document, Record, text_sha256
from scraper.catalog import Catalog, Release

DAILY, KNOWLEDGE = "daily interaction", "knowledge exchange"


def example_releases() -> list[dict]:
    """The shipped examples' releases (first annotator's content label carries the text)."""
    releases = []
    for line in EXAMPLES.read_text(encoding="utf-8").splitlines():
        data = json.loads(line)
        if data["field"] == "content" and data["annotator"] == "dipex-examples":
            releases.append(data)
    return releases


def small_set(n_per_class: int = 20, seed: int = 1) -> list[dict]:
    rng = random.Random(seed)
    releases = example_releases()
    chosen = []
    for value in (DAILY, KNOWLEDGE):
        pool = [r for r in releases if r["value"] == value]
        chosen += rng.sample(pool, n_per_class)
    return chosen


def write_labels(ws: Workspace, releases: list[dict], annotator: str = "tester", note: str | None = None,
                 flip: set[str] | None = None, time: str = "2026-01-01T00:00:00+00:00") -> None:
    """Content labels of these releases (values of the keys in ``flip`` swapped)."""
    flip = flip or set()
    LabelStore(ws.labels_dir).append(
        Label(url=r["url"], key=r["key"], field="content",
              value=(KNOWLEDGE if r["value"] == DAILY else DAILY) if r["key"] in flip else r["value"],
              annotator=annotator, text_sha256=r["text_sha256"], title=r["title"], text=r["text"],
              source=r["source"], lang=r["lang"], published=r["published"], time=time, note=note)
        for r in releases
    )


def record_of(release: dict, **changes) -> Record:
    """The release's record as extraction makes it (facts for the model), tagged by the rules."""
    record = extract(Document(url=release["url"], key=release["key"], source=release["source"],
                              lang=release["lang"], title=release["title"], published=release["published"],
                              text=release["text"]))
    record.text_sha256 = text_sha256(release["text"])
    record.relevant, record.content, record.content_prob, record.content_source = (
        True, release["value"], 0.6, "rule")
    for name, value in changes.items():
        setattr(record, name, value)
    return record


def put_corpus(ws: Workspace, releases: list[dict], records: list[Record] | None = None) -> None:
    """The releases in the catalog (their text) and their records in the records store."""
    catalog = Catalog(ws.catalog_path)
    try:
        for r in releases:
            catalog.put(Release(key=r["key"], url=r["url"], status="ok", source=r["source"], site=r["source"],
                                lang=r["lang"], title=r["title"], published=r["published"], text=r["text"],
                                sha256=r["text_sha256"]))
    finally:
        catalog.close()
    store = RecordStore(ws.records_path)
    try:
        store.put_many(records if records is not None else [record_of(r) for r in releases])
    finally:
        store.close()


def records_in(path: Path) -> list[Record]:
    store = RecordStore(path)
    try:
        return list(store)
    finally:
        store.close()
