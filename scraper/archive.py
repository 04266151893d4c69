"""The WARC archive: every response dipex received, as it was received, append-only.

The archive is the first of dipex's two precious things (the other is labels/): the catalog,
records and exports are all derived from it and can be rebuilt with ``rebuild_from_warc``.
One gzipped WARC file per crawl run under ``corpus/warc/``; each record is flushed before the
catalog row that points at it is committed, so a killed crawl never leaves a catalog row
without its record.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from requests.structures import CaseInsensitiveDict
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from scraper.http import Exchange

log = logging.getLogger(__name__)

# Headers that describe the wire encoding of a body we store decoded; kept under another name
# so WARC readers do not try to decode the body a second time.
_WIRE_ENCODING_HEADERS = {"content-encoding", "transfer-encoding"}
ROLE_HEADER = "WARC-Dipex-Role"  # robots | list | article | index
SOURCE_HEADER = "WARC-Dipex-Source"  # the sources.toml section that asked for it
REQUEST_HEADER = "WARC-Dipex-Request-URI"  # the real url the crawler asked for (before redirects)
WIRE_HEADER = "WARC-Dipex-Wire-URI"  # the url actually fetched (a mirror url under --base-url)
ORIGINAL_HEADER = "WARC-Dipex-Original-URI"  # a web-archive capture: the url that was captured
CAPTURE_HEADER = "WARC-Dipex-Capture-Time"  # ... and when (14-digit Wayback timestamp, UTC)


@dataclass
class ArchivedResponse:
    """One response record read back from the archive."""

    warc_path: Path
    offset: int
    url: str  # WARC-Target-URI: the real url that answered
    request_url: str  # the url the crawler asked for (differs after redirects)
    status: int
    headers: CaseInsensitiveDict
    body: bytes
    date: str
    role: str | None
    source: str | None
    truncated: str | None
    original: str | None = None  # capture: the url as captured
    captured_at: str | None = None  # capture: 14-digit timestamp


def _clean_headers(headers: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for name, value in headers:
        if name.lower() in _WIRE_ENCODING_HEADERS:
            out.append((f"X-Dipex-Orig-{name}", value))
        else:
            out.append((name, value))
    return out


class WarcArchive:
    """Appends responses (and their requests) to this run's WARC file."""

    def __init__(self, warc_dir: str | os.PathLike[str], run_id: str) -> None:
        self.dir = Path(warc_dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / f"dipex-{run_id}.warc.gz"
        self._fh = open(self.path, "ab")  # noqa: SIM115 - kept open for the whole run
        self._writer = WARCWriter(self._fh, gzip=True)
        info = self._writer.create_warcinfo_record(self.path.name, {
            "software": "dipex/0.1 (scraper.archive, warcio)",
            "format": "WARC File Format 1.1",
            "isPartOf": run_id,
        })
        self._write(info)

    def _write(self, record) -> int:
        offset = self._fh.tell()
        self._writer.write_record(record)
        self._fh.flush()
        return offset

    def append(self, exchange: Exchange, *, real_url: str, request_url: str | None = None,
               role: str | None = None, source: str | None = None,
               extra: dict[str, str] | None = None) -> int:
        """Store one wire exchange (response then request) and return the response's offset.
        ``extra`` WARC headers say more of it (a capture's original url and capture time)."""
        status_line = f"{exchange.status} {exchange.reason or ''}".strip()
        http_headers = StatusAndHeaders(status_line, _clean_headers(exchange.headers), protocol="HTTP/1.1")
        warc_headers = {
            "WARC-Date": exchange.fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            REQUEST_HEADER: request_url or real_url,
        }
        if exchange.url != real_url:
            warc_headers[WIRE_HEADER] = exchange.url
        if role:
            warc_headers[ROLE_HEADER] = role
        if source:
            warc_headers[SOURCE_HEADER] = source
        if exchange.truncated:
            warc_headers["WARC-Truncated"] = exchange.truncated
        warc_headers.update(extra or {})
        record = self._writer.create_warc_record(
            real_url, "response", payload=BytesIO(exchange.body), length=len(exchange.body),
            warc_headers_dict=warc_headers, http_headers=http_headers,
        )
        offset = self._write(record)
        parts = urlsplit(real_url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        request_headers = [("Host", parts.netloc)] + [(k, v) for k, v in exchange.request_headers.items()]
        request = self._writer.create_warc_record(
            real_url, "request", payload=BytesIO(b""), length=0,
            warc_headers_dict={
                "WARC-Date": warc_headers["WARC-Date"],
                "WARC-Concurrent-To": record.rec_headers.get_header("WARC-Record-ID"),
            },
            http_headers=StatusAndHeaders(f"GET {target} HTTP/1.1", request_headers, is_http_request=True),
        )
        self._write(request)
        return offset

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()


def new_run_id() -> str:
    """Sortable, unique id of a crawl run (also names its WARC file)."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f") + "-" + uuid.uuid4().hex[:6]


def _to_archived(path: Path, offset: int | None, record, records=None) -> ArchivedResponse:
    rec = record.rec_headers
    body = record.raw_stream.read()
    if offset is None:  # asking the iterator for the offset reads the record to its end: body first
        offset = records.get_record_offset()
    return ArchivedResponse(
        warc_path=path, offset=offset, url=rec.get_header("WARC-Target-URI"),
        request_url=rec.get_header(REQUEST_HEADER) or rec.get_header("WARC-Target-URI"),
        status=int(record.http_headers.get_statuscode() or 0),
        headers=CaseInsensitiveDict(record.http_headers.headers),
        body=body, date=rec.get_header("WARC-Date") or "",
        role=rec.get_header(ROLE_HEADER), source=rec.get_header(SOURCE_HEADER),
        truncated=rec.get_header("WARC-Truncated"),
        original=rec.get_header(ORIGINAL_HEADER), captured_at=rec.get_header(CAPTURE_HEADER),
    )


def read_record(warc_path: str | os.PathLike[str], offset: int) -> tuple[int, CaseInsensitiveDict, bytes]:
    """(status, headers, body) of the response record at ``offset`` — for audits and the
    archived view of a release."""
    path = Path(warc_path)
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type != "response":
                raise ValueError(f"{path}@{offset}: a {record.rec_type} record, not a response")
            found = _to_archived(path, offset, record)
            return found.status, found.headers, found.body
    raise ValueError(f"{path}@{offset}: no record there")


def iter_responses(warc: str | os.PathLike[str]) -> Iterator[ArchivedResponse]:
    """Every response record of a WARC file, or of all ``*.warc.gz`` files of a folder in
    name (= time) order. A record torn by a killed run ends that file's iteration, with a
    warning; it never stops the others."""
    warc = Path(warc)
    paths = sorted(warc.glob("*.warc.gz")) if warc.is_dir() else [warc]
    for path in paths:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            try:
                for record in records:
                    if record.rec_type != "response":
                        continue
                    yield _to_archived(path, None, record, records)
            except Exception as exc:  # warcio raises several kinds on a torn gzip member
                log.warning("%s: unreadable record near offset %s (%s); a run was probably killed "
                            "mid-write, the rest of this file is skipped", path,
                            records.get_record_offset(), exc)
