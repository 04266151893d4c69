"""Fixtures of the review tests: a workspace with a self-written corpus, the app served over
loopback HTTP (werkzeug in a thread, port 0) and a requests session holding its CSRF token."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from review_corpus import VOCAB, Corpus, build_corpus
from werkzeug.serving import make_server

from dipex.workspace import Workspace
from review.app import create_app


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    return build_corpus(Workspace(tmp_path / "project"))


@dataclass
class Served:
    url: str
    corpus: Corpus

    def session(self, key: str = "idcpc:1001") -> tuple[requests.Session, str]:
        """A browser-like session that opened a record page, and the CSRF token it got."""
        session = requests.Session()
        page = session.get(f"{self.url}/record", params={"key": key}, timeout=10)
        page.raise_for_status()
        token = re.search(r'name="csrf-token" content="([^"]+)"', page.text).group(1)
        return session, token


@pytest.fixture
def served(corpus: Corpus) -> Iterator[Served]:
    app = create_app(corpus.ws, annotator=None, vocab=VOCAB)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield Served(f"http://127.0.0.1:{server.server_port}", corpus)
    finally:
        server.shutdown()
        thread.join(timeout=5)
