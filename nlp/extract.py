"""Extraction: from a release to the exchange record a political scientist would write.

``extract(doc)`` is a pure function of the document (and the gazetteer): no network, no
database. A page that reports several exchanges (a roundup of messages, a "news in brief"
digest, a trip with a leg per country) gives one record per exchange, ``item`` 0, 1, 2 …
(``nlp/items/``); ``extract`` returns item 0, ``extract_items`` all of them.
``extract_many(docs)`` yields every record of a stream of pages (a page's items one after
the other), ``extract_pages(docs)`` the list of each page's records, in batches through spaCy's
``nlp.pipe`` (one cached pipeline per language), which is what makes tens of thousands of
releases a minute possible. Each record says which extractor and gazetteer produced it.

The field extractors are the named steps of ``nlp.steps.STEPS``. A step that fails on odd
input is logged and noted on the record, and the remaining steps still run: a release always
gives a record, never an exception.
"""

from __future__ import annotations

import gc
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from typing import Any

from nlp.gazetteer import Gazetteer, traditional_table
from nlp.items import expand
from nlp.language import gazetteer_entities, pipeline
from nlp.prose import CJK
from nlp.release import TITLE_SEPARATOR, Release, add_mentions, make_release
from nlp.repair import repaired
from nlp.safe_text import tokenizer_safe, without_surrogates
from nlp.schema import Document, Record, text_sha256
from nlp.steps import STEPS

log = logging.getLogger(__name__)

EXTRACTOR_VERSION = "1.0.0"
# Whitespace other than a plain space: what _spacy_text turns into spaces. (Plain "\s" would also
# match, and replace, every space between two words: three times slower for the same string.)
WHITESPACE = re.compile(r"[^\S ]")
# Exactly two spaces. The lookbehind comes after the two spaces (not before them, where it would
# say the same thing) so the pattern opens with its literal and the search jumps from pair to pair.
SPACE_PAIR = re.compile(r"  (?<!   )(?! )")
MAX_CHARS = 60_000  # text read by the rules; longer pages are cut (noted on the record)
MAX_TITLE = 1_000  # a headline longer than this is page debris; the rest is not read (noted)
WORKER_BATCH = 64  # documents a worker process extracts at a time (see _extract_parallel)


def new_record(doc: Document) -> Record:
    """An empty record for a document: identity, hash and versions, nothing extracted yet."""
    record = Record(url=doc.url, source=doc.source, lang=doc.lang, title=doc.title, published=doc.published,
                    key=doc.key, text_sha256=text_sha256(doc.text or ""))
    record.versions["extractor"] = EXTRACTOR_VERSION
    return record


def error_record(doc: Document, reason: str) -> Record:
    """The record of a document extraction could not read: not relevant, with the reason."""
    record = new_record(doc)
    record.relevant = False
    record.notes.append(f"extraction failed: {reason}")
    return record


def _as_document(item: Document | dict[str, Any]) -> Document:
    return item if isinstance(item, Document) else Document.from_dict(item)


def _readable(doc: Document) -> tuple[Document, int]:
    """The document with lone surrogates replaced in every text field (see without_surrogates)."""
    fields = {name: getattr(doc, name) for name in ("url", "title", "published", "text", "key")}
    found = 0
    for name, value in fields.items():
        if isinstance(value, str) and not value.isascii():  # isascii: no scan, and no surrogate
            fields[name], count = without_surrogates(value)
            found += count
    if not found:
        return doc, 0
    return Document(source=doc.source, lang=doc.lang, **fields), found


def _repaired(doc: Document) -> Document:
    """The document with the stored copy's damage undone (``nlp.repair``): entities, mangled
    encodings, invisible characters, decomposed accents, hard wraps (never joining the headline the
    text prints). The record keeps the hash of the text as stored."""
    title = repaired(doc.title or "")
    text = repaired(doc.text or "", title)
    if title is (doc.title or "") and text is (doc.text or ""):
        return doc
    return Document(url=doc.url, source=doc.source, lang=doc.lang, title=doc.title and title,
                    published=doc.published, text=doc.text and text, key=doc.key)


def _prepare(doc: Document, gaz: Gazetteer) -> Release:
    doc, surrogates = _readable(doc)
    record = new_record(doc)
    if surrogates:
        record.notes.append(f"{surrogates} lone surrogate character(s) replaced by U+FFFD")
    record.versions["gazetteer"] = gaz.version
    doc = _repaired(doc)
    if len(doc.title or "") > MAX_TITLE:
        record.notes.append(f"title of {len(doc.title or '')} characters: "
                            f"only the first {MAX_TITLE} were read")
        doc = Document(url=doc.url, source=doc.source, lang=doc.lang, title=(doc.title or "")[:MAX_TITLE],
                       published=doc.published, text=doc.text, key=doc.key)
    if len(doc.text or "") > MAX_CHARS:
        record.notes.append(f"text of {len(doc.text)} characters: only the first {MAX_CHARS} were read")
        doc = Document(url=doc.url, source=doc.source, lang=doc.lang, title=doc.title,
                       published=doc.published, text=doc.text[:MAX_CHARS], key=doc.key)
    release = make_release(_in_simplified(doc), record, gaz)
    if release.doc is not doc:
        release.extra["as_printed"] = doc
    record.lang = release.lang if doc.lang not in ("en", "zh") else doc.lang
    return release


# Full-width digits and Latin letters (２０２３年, ＣＰＣ, as Chinese input methods type them, also on
# English pages of Chinese portals) are the ASCII ones; full-width punctuation (，：（）) is Chinese
# text's own and stays.
FULL_WIDTH = str.maketrans({chr(c + 0xFEE0): chr(c) for c in
                            [*range(0x30, 0x3A), *range(0x41, 0x5B), *range(0x61, 0x7B)]})
# Spaces a web page prints between words that are not the plain space: the no-break space of
# "&nbsp;" (the sites' HTML is full of it), the typographic and narrow spaces, and the zero-width
# space and byte-order mark a copy carries at a line's start. They separate words as a space does;
# every cue pattern is written with the plain space. (The ideographic space U+3000 is the Chinese
# paragraph indent, which the layout reads as such, and stays.) A lone carriage return (an old
# line end) is a line break.
WORD_SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                                              "\u2007\u2008\u2009\u200a\u202f\u205f\u200b\ufeff"})
WORD_SPACE = re.compile("[\u00a0\u2000-\u200b\u202f\u205f\ufeff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
                        "|\r(?!\n)")
LONE_CR = re.compile("\r(?!\n)")


def _plain_spaces(text: str) -> str:
    """``text`` with ``WORD_SPACES`` as plain spaces, full-width letters and digits as ASCII ones and
    lone carriage returns as line breaks (one character for one)."""
    return LONE_CR.sub("\n", text.translate(_english_table()))


@lru_cache(maxsize=1)
def _english_table() -> dict[int, str]:
    return {**FULL_WIDTH, **WORD_SPACES}


@lru_cache(maxsize=1)
def _reading_table() -> dict[int, str]:
    """Traditional characters, full-width digits and letters and ``WORD_SPACES`` in one table."""
    return {**traditional_table(), **FULL_WIDTH, **WORD_SPACES}


def _read_as_written(text: str) -> str:
    """``text`` in simplified characters, ASCII digits and letters and plain spaces, in one pass
    (one character for one); a lone carriage return as a line break."""
    return LONE_CR.sub("\n", text.translate(_reading_table()))


def _in_simplified(doc: Document) -> Document:
    """The document with traditional Chinese characters read as simplified ones, full-width
    digits and letters (２０２３年６月１２日, ＣＰＣ) as ASCII ones, and no-break and typographic
    spaces as plain spaces (``_plain_spaces``). Agency, Hong Kong and big5 copies print releases in
    traditional characters; every cue, name and date pattern is written once, in simplified
    characters, ASCII digits and plain spaces, and the conversion is one character for one, so
    offsets into the converted text are offsets into the page as printed."""
    if doc.lang == "en" and not CJK.search(doc.title or "") and not CJK.search((doc.text or "")[:3000]):
        if not (WORD_SPACE.search(doc.title or "") or WORD_SPACE.search(doc.text or "")):
            return doc
        return Document(url=doc.url, source=doc.source, lang=doc.lang,
                        title=doc.title and _plain_spaces(doc.title), published=doc.published,
                        text=doc.text and _plain_spaces(doc.text), key=doc.key)
    title = _read_as_written(doc.title or "")
    text = _read_as_written(doc.text or "")
    if title == (doc.title or "") and text == (doc.text or ""):
        return doc
    return Document(url=doc.url, source=doc.source, lang=doc.lang, title=doc.title and title,
                    published=doc.published, text=doc.text and text, key=doc.key)


def _as_printed(release: Release, records: list[Record]) -> None:
    """Quotes in evidence and contact names as the page prints them (traditional characters stay
    traditional), for a release read in simplified characters."""
    printed: Document | None = release.extra.get("as_printed")
    if printed is None:
        return
    sources = {"title": (release.doc.title or "", printed.title or ""),
               "text": (release.doc.text or "", printed.text or "")}
    for record in records:
        read_text, original_text = sources["text"]
        at = read_text.find(record.title) if record.title and not printed.title else -1
        if at >= 0:  # the headline read from the text of a copy without a title
            record.title = original_text[at:at + len(record.title)]
        for spans in record.evidence.values():
            for span in spans:
                read, original = sources.get(span.where, sources["text"])
                if read[span.start:span.end] == span.text:
                    span.text = original[span.start:span.end]
        for contact in record.contacts:
            quoted, _, english = (contact.name or "").partition(" (")  # "奥尔特加 (Daniel Ortega)"
            for read, original in sources.values():
                at = read.find(quoted) if quoted else -1
                if at >= 0:
                    contact.name = original[at:at + len(quoted)] + (f" ({english}" if english else "")
                    break


def _spacy_text(release: Release) -> str:
    """The one string spaCy tokenizes for a release, within the time budget: runs of punctuation
    cut (the tokenizer is quadratic on them), noted on the record when that happened."""
    text = WHITESPACE.sub(" ", f"{release.title}{TITLE_SEPARATOR}{release.layout.clean}".replace("\n", " "))
    safe, runs = tokenizer_safe(text)
    if runs:
        release.record.notes.append(f"{runs} run(s) of repeated punctuation were not tokenized")
    if release.lang != "zh":
        # Two spaces (a paragraph break) leave a one-space chunk, which is one of the English
        # tokenizer's special cases: each is matched and re-tokenized in a Python pass over the
        # document, and it stops spaCy caching the document's later chunks (see WarmTokenizer).
        # A tab in its place gives the same tokens at the same offsets — a whitespace token
        # names nothing — without either.
        safe = SPACE_PAIR.sub(" \t", safe)
    return safe


def run_steps(release: Release) -> Record:
    """Run every field step on a prepared release (mentions already attached)."""
    for name, step in STEPS:
        try:
            step(release)
        except Exception as exc:  # noqa: BLE001 - a broken step must not lose the release
            log.warning("step %s failed on %s: %r", name, release.doc.url, exc)
            release.record.notes.append(f"step {name} failed: {exc!r}")
    return release.record


def extract_many(docs: Iterable[Document | dict[str, Any]], batch_size: int = 256,
                 processes: int = 1) -> Iterator[Record]:
    """Every record of the documents, in input order (a page's items in item order)."""
    for records in extract_pages(docs, batch_size, processes):
        yield from records


def extract_pages(docs: Iterable[Document | dict[str, Any]], batch_size: int = 256,
                  processes: int = 1) -> Iterator[list[Record]]:
    """The records of each document (one, or one per exchange), in input order, batched through
    spaCy. With ``processes`` > 1 the batches are extracted by that many worker processes (the
    rules are pure Python, so a second core nearly doubles the rate); input is read a few
    batches ahead, never all at once.

    Meanwhile the objects that existed before are frozen out of the garbage collector's sight
    (``gc.freeze``; thawed at the end): extraction makes and drops many objects, and each full
    collection would otherwise walk the pipelines, the gazetteer and whatever the caller holds —
    a tenth of the time. Objects are still freed when unused; only a reference cycle among the
    frozen ones waits for the end to be collected."""
    gc.freeze()
    try:
        if processes > 1:
            yield from _extract_parallel(docs, batch_size, processes)
            return
        gaz = Gazetteer.load()
        for batch in _batches(docs, batch_size):
            yield from _extract_batch(batch, gaz)
    finally:
        gc.unfreeze()


Item = Document | dict[str, Any]


def _batches(docs: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in docs:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _extract_in_worker(batch: list[Document | dict[str, Any]]) -> list[list[Record]]:
    return _extract_batch(batch, Gazetteer.load())


def _start_worker() -> None:
    """Build what every batch reads (gazetteer, both pipelines: inherited when the parent had
    them), then freeze it out of the garbage collector's sight: a worker's collections otherwise
    walk the ~180,000 objects of the pipelines and gazetteer again and again, a tenth of its time.
    A failure here is left to the first batch, which raises it to the caller as before (a failing
    initializer would only break the pool)."""
    try:
        Gazetteer.load(), pipeline("en"), pipeline("zh")
    except Exception:  # noqa: BLE001
        return
    gc.freeze()


def _extract_parallel(docs: Iterable[Document | dict[str, Any]], batch_size: int,
                      processes: int) -> Iterator[list[Record]]:
    """Batches of at most WORKER_BATCH documents, handed out as workers free up: at the end one
    worker finishes its last batch while the others have none left, so small batches waste less.
    The parent only unpickles records, its objects frozen meanwhile (see extract_pages): else each
    collection their unpickling triggers walks them all, half the parent's time."""
    pending: deque[Future[list[list[Record]]]] = deque()
    with ProcessPoolExecutor(max_workers=processes, initializer=_start_worker) as pool:
        for batch in _batches(docs, min(batch_size, WORKER_BATCH)):
            pending.append(pool.submit(_extract_in_worker, batch))
            if len(pending) >= 2 * processes:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _extract_batch(items: list[Document | dict[str, Any]], gaz: Gazetteer) -> list[list[Record]]:
    out: list[list[Record] | None] = [None] * len(items)
    failed, releases = _run_batch(items, gaz)
    for i, record in failed.items():
        out[i] = [record]
    order = sorted(releases)

    def segments(docs: list[Document]) -> list[Release | None]:
        done = _run_batch(list(docs), gaz)[1]
        return [done.get(i) for i in range(len(docs))]

    for i, records in zip(order, expand([releases[i] for i in order], segments), strict=True):
        _as_printed(releases[i], records)
        out[i] = records
    return [r for r in out if r is not None]


def _run_batch(items: list[Document | dict[str, Any]],
               gaz: Gazetteer) -> tuple[dict[int, Record], dict[int, Release]]:
    """Every field step on each document of a batch: the error records of documents that could
    not be prepared, and the releases (with their records) of the others, by input index."""
    out: dict[int, Record] = {}
    releases: dict[int, Release] = {}
    for i, item in enumerate(items):
        try:
            releases[i] = _prepare(_as_document(item), gaz)
        except Exception as exc:  # noqa: BLE001
            if isinstance(item, Document):
                url = item.url
            else:
                url = item.get("url") if isinstance(item, dict) else ""
            doc = Document(url=str(url or ""))
            log.warning("cannot prepare %s: %r", doc.url, exc)
            out[i] = error_record(doc, repr(exc))
    for lang in ("en", "zh"):
        indices = [i for i, r in releases.items() if r.lang == lang]
        if not indices:
            continue
        nlp = pipeline(lang)
        # Title and text go through spaCy as one document, " | " apart: half the documents. Every
        # whitespace character becomes a plain space (same length, same offsets): spaCy's
        # tokenizer caches space-delimited chunks, and "word\nword" chunks never hit the cache.
        texts = [_spacy_text(releases[i]) for i in indices]
        # tokenized only; the gazetteer's matches are read off the tokens (gazetteer_entities)
        for i, text in zip(indices, texts, strict=True):
            add_mentions(releases[i], gazetteer_entities(nlp, nlp.make_doc(text), text))
    for release in releases.values():
        run_steps(release)
    return out, releases


def extract(doc: Document | dict[str, Any]) -> Record:
    """The record of one release: item 0, the exchange its headline reports."""
    return _extract_batch([doc], Gazetteer.load())[0][0]


def extract_items(doc: Document | dict[str, Any]) -> list[Record]:
    """Every record of one release: one per exchange it reports, item 0 first."""
    return _extract_batch([doc], Gazetteer.load())[0]
