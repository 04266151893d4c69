"""Review page speed on a large corpus: the queue kept in the records store.

    python bench/review_queue.py [--sizes 10000 50000] [--repeat 15] [--labels 2000] [--seed 3]

For each size, a workspace in a temporary folder gets that many self-written records (both
sources, a dozen countries, every event type, content probabilities spread over [0, 1]), their
releases in the catalog, and ``--labels`` review labels on the first records. The review app
is served on 127.0.0.1 (werkzeug in a thread, as ``pipeline.py review`` does) and asked over
real HTTP. Columns:

- *first build*: the one-time filling of the queue table (a new records store, or a new model);
- *queue page*, *filtered*, *record page*: median (and worst) time of a GET, after the first;
- *save → next page*: a save through ``/api/save`` then the record page it leads to (the queue
  row of the saved record is refreshed within the save).

Prints a table; numbers go into the README. Goal: every page under 100 ms at 50,000 records.
"""

from __future__ import annotations

import argparse
import logging
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from werkzeug.serving import make_server  # noqa: E402

from dipex.tables import format_table  # noqa: E402
from dipex.workspace import Workspace  # noqa: E402
from learn.labels import Label, LabelStore  # noqa: E402
from nlp.records_db import RecordStore  # noqa: E402
from nlp.schema import IDCPC_EVENT_TYPES, MFA_EVENT_TYPES, Contact, Record, text_sha256  # noqa: E402
from review.app import create_app  # noqa: E402
from review.queue import ReviewQueue  # noqa: E402
from review.vocab import Vocab  # noqa: E402
from scraper.catalog import Catalog, Release  # noqa: E402

COUNTRIES = ["Argentina", "Brazil", "Chile", "Colombia", "Cuba", "Ecuador", "Mexico", "Nicaragua",
             "Peru", "Uruguay", "Venezuela", "multilateral"]
VOCAB = Vocab(countries=COUNTRIES[:-1])


def text_of(i: int, country: str, kind: str) -> str:
    """A short invented release (no real release text)."""
    return (f"Beijing, March {1 + i % 28}th -- A delegation met guests from {country} for a {kind} "
            f"on exchange number {i}. The two sides talked about cooperation and agreed to keep in "
            "touch. Enditem")


def build(ws: Workspace, n: int, n_labels: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    ws.ensure()
    records: list[Record] = []
    releases: list[Release] = []
    for i in range(n):
        mfa = i % 4 == 0
        source = "mfa" if mfa else "idcpc"
        key = f"{source}:{100000 + i}"
        country = rng.choice(COUNTRIES)
        kind = rng.choice(MFA_EVENT_TYPES if mfa else IDCPC_EVENT_TYPES)
        text = text_of(i, country, kind)
        year = 2015 + i % 10
        url = f"https://bench.dipex.invalid/{source}/{year}/t{year}0301_{100000 + i}.html"
        prob = rng.random()
        record = Record(
            url=url, source=source, key=key, title=f"Exchange {i} with {country}",
            published=f"{year}-03-{1 + i % 28:02d}", text_sha256=text_sha256(text),
            relevant=rng.random() > 0.1, country=country, exchange_type="bilateral",
            event_date=f"{year}-03-{1 + i % 28:02d}", event_type=kind,
        )
        if mfa:
            record.counterpart = None if rng.random() < 0.3 else "A Minister"
            record.chinese_side = "Wang Yi, Foreign Minister"
        else:
            record.contacts = [Contact(f"Person {i}", "party")]
            record.content = "knowledge exchange" if prob > 0.5 else "daily interaction"
            record.content_prob = max(prob, 1 - prob)
            record.content_source = "rule"
            record.mechanism = ["bilateral"]
        records.append(record)
        releases.append(Release(key=key, url=url, status="ok", source=source, site=source, lang="en",
                                title=record.title, published=record.published, text=text))
    store = RecordStore(ws.records_path)
    store.db.execute("PRAGMA synchronous=OFF")  # a benchmark's scratch store
    store.put_many(records)
    store.close()
    catalog = Catalog(ws.catalog_path)
    catalog.db.execute("BEGIN")
    for release in releases:
        catalog.put(release)
    catalog.db.execute("COMMIT")
    catalog.close()
    labels = [
        Label(url=r.url, key=r.key, field="country", value=r.country, annotator=f"coder{j % 3}",
              note=f"review save {j:012x}")
        for j, r in enumerate(records[: n_labels])
    ]
    LabelStore(ws.labels_dir).append(labels)
    return [r.key for r in records]


def timed(get, repeat: int) -> tuple[float, float]:
    get()  # warm: templates compiled, connections open
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        get()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def run(n: int, repeat: int, n_labels: int, seed: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="dipex-bench-review-") as tmp:
        ws = Workspace(Path(tmp))
        start = time.perf_counter()
        keys = build(ws, n, n_labels, seed)
        made = time.perf_counter() - start
        start = time.perf_counter()
        ReviewQueue(ws).sync()
        first_build = time.perf_counter() - start
        app = create_app(ws, vocab=VOCAB)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        url = f"http://127.0.0.1:{server.server_port}"
        session = requests.Session()
        try:
            def ok(path: str, **params: str) -> requests.Response:
                answer = session.get(url + path, params=params, timeout=60)
                answer.raise_for_status()
                return answer

            queue = timed(lambda: ok("/"), repeat)
            filtered = timed(lambda: ok("/", status="unreviewed", country="Chile", page="3"), repeat)
            middle = keys[len(keys) // 2]
            record = timed(lambda: ok("/record", key=middle, status="unreviewed"), repeat)
            page = ok("/record", key=keys[-1])
            token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
            targets = iter(keys[n_labels + 1 :])

            def save_then_next() -> None:
                key = next(targets)
                answer = session.post(url + "/api/save", timeout=60, headers={"X-CSRF-Token": token},
                                      json={"key": key, "annotator": "bench", "values": {"country": "Peru"}})
                answer.raise_for_status()
                ok("/record", key=key, status="unreviewed")

            saving = timed(save_then_next, repeat)
        finally:
            server.shutdown()
            thread.join(timeout=5)
        return [f"{n:,}", f"{made:.1f} s", f"{first_build:.1f} s",
                *(f"{m:.0f} ms ({w:.0f})" for m, w in (queue, filtered, record, saving))]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--labels", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # no line per request
    rows = [run(n, args.repeat, args.labels, args.seed) for n in args.sizes]
    print(format_table(
        ["records", "made in", "first build", "queue page", "filtered page", "record page",
         "save → next page"], rows))
    print("median of", args.repeat, "requests over loopback HTTP (worst in brackets);",
          args.labels, "labels in labels/")


if __name__ == "__main__":
    main()
