"""What the reviewer sees of a release besides its record: its text and its archived copy.

The text comes from the catalog (records carry only its hash). The archived copy is the
response exactly as the crawler stored it in the WARC — found by the release key only, never
by a path from the browser — and is made harmless before the browser sees it: scripts,
frames, plugins, event handlers and links out are removed, and the page is served with a
Content-Security-Policy that forbids scripts and every network load inside a sandboxed frame.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

import lxml.html
from lxml import etree

from dipex.workspace import Workspace

log = logging.getLogger(__name__)

# Served with every archived copy: no scripts, no plugins, no requests of any kind, no forms.
ARCHIVE_CSP = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'self'"
)
_DROP_TAGS = {
    "script",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "link",
    "meta",
    "portal",
    "template",
}
_URL_ATTRS = {
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "ping",
    "xlink:href",
    "{http://www.w3.org/1999/xlink}href",
    "lowsrc",
    "dynsrc",
    "codebase",
}
_CHARSET = re.compile(rb"""charset=["']?([\w.:-]+)""", re.IGNORECASE)


@dataclass
class ReleaseText:
    title: str | None
    text: str | None
    published: str | None


@dataclass
class ArchivedCopy:
    """One archived response, ready to show."""

    key: str
    url: str | None
    warc_file: str
    offset: int
    status: int
    content_type: str
    fetched_at: str | None
    body: bytes

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type or (not self.content_type and b"<html" in self.body[:2000].lower())

    def encoding(self) -> str:
        for source in (self.content_type.encode("latin-1", "replace"), self.body[:4000]):
            found = _CHARSET.search(source)
            if found:
                name = found.group(1).decode("ascii", "replace").lower()
                return "gb18030" if name in ("gb2312", "gbk") else name
        return "utf-8"

    def decoded(self) -> str:
        """The page's text as the parser read it: never raises (a bogus label such as 'idna' or
        'punycode' is skipped), with characters lxml cannot hold replaced by spaces."""
        from scraper.pages.decode import decode_html, xml_safe

        return xml_safe(decode_html(self.body, self.content_type or None))

    def safe_html(self) -> str:
        """The archived page without anything that could run, load or navigate."""
        return sanitise_html(self.decoded())

    def as_text(self) -> str:
        """The archived page as plain text (what its readers saw, without markup)."""
        if not self.is_html:
            return self.decoded()
        root = _parse(self.decoded())
        if root is None:
            return ""
        for bad in root.xpath("//script|//style|//noscript|//template"):
            bad.drop_tree()
        lines = []
        for block in root.iter():
            if block.tag in ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "title", "td"):
                block.tail = "\n" + (block.tail or "")
        text = root.text_content()
        for line in text.splitlines():
            line = " ".join(line.split())
            if line:
                lines.append(line)
        return "\n".join(lines)


def _parse(html: str):
    """The page's element tree, or None for an empty or unparseable page."""
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)  # lxml refuses str input with an encoding declaration
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def sanitise_html(html: str) -> str:
    """Remove scripts, active elements, event handlers and outgoing urls from a page."""
    root = _parse(html)
    if root is None:
        return "<!doctype html><meta charset='utf-8'><p>(empty page)</p>"
    for element in list(root.iter()):
        if not isinstance(element.tag, str):  # comments, processing instructions
            if element.getparent() is not None:
                element.drop_tree()
            continue
        if element.tag.lower() in _DROP_TAGS or element.tag.lower().endswith("}script"):
            element.drop_tree()
            continue
        for name in list(element.attrib):
            lowered = name.lower()
            if lowered.startswith("on") or lowered in _URL_ATTRS:
                if lowered == "href":
                    element.set("title", element.attrib[name][:300])
                del element.attrib[name]
            elif lowered == "style" and re.search(r"url\s*\(|expression\s*\(", element.attrib[name], re.I):
                del element.attrib[name]
    for style in root.iter("style"):
        style.text = re.sub(r"@import[^;]*;?|url\s*\([^)]*\)", "", style.text or "", flags=re.I)
    head = root.find("head")
    if head is None:
        head = etree.SubElement(root, "head")
        root.insert(0, head)
    head.insert(0, etree.Element("meta", charset="utf-8"))
    return "<!doctype html>\n" + lxml.html.tostring(root, encoding="unicode")


def _catalog(ws: Workspace):
    """The crawler's catalog, or None when this workspace has none (records from elsewhere)."""
    if not ws.catalog_path.exists():
        return None
    from scraper.catalog import Catalog

    return Catalog(ws.catalog_path)


def release_text(ws: Workspace, key: str) -> ReleaseText | None:
    """Title, body text and date of a release as the catalog holds them."""
    catalog = _catalog(ws)
    if catalog is None:
        return None
    try:
        release = catalog.get(key)
    finally:
        catalog.close()
    if release is None:
        return None
    return ReleaseText(release.title, release.text, release.published)


def release_texts(ws: Workspace, keys: list[str]) -> dict[str, str]:
    """Body texts of many releases at once (for the spreadsheet)."""
    catalog = _catalog(ws)
    if catalog is None:
        return {}
    try:
        out = {}
        for key in keys:
            release = catalog.get(key)
            if release is not None and release.text:
                out[key] = release.text
        return out
    finally:
        catalog.close()


def has_archived_copy(ws: Workspace, key: str) -> bool:
    """Whether the release has an archived response inside the corpus — so the page offers the
    archived copy only when following the link shows one (no link to a 404)."""
    catalog = _catalog(ws)
    if catalog is None or not key:
        return False
    try:
        pointer = catalog.warc_pointer(key)
    finally:
        catalog.close()
    if pointer is None:
        return False
    resolved = Path(pointer[0]).resolve()
    return resolved.is_relative_to(ws.corpus_dir.resolve()) and resolved.is_file()


def archived_copy(ws: Workspace, key: str) -> ArchivedCopy | None:
    """The archived response a release was read from, looked up by its key in the catalog."""
    catalog = _catalog(ws)
    if catalog is None:
        return None
    try:
        pointer = catalog.warc_pointer(key)
        release = catalog.get(key)
    finally:
        catalog.close()
    if pointer is None:
        return None
    warc_path, offset = pointer
    corpus = ws.corpus_dir.resolve()
    resolved = Path(warc_path).resolve()
    if not resolved.is_relative_to(corpus) or not resolved.is_file():
        log.warning("archived copy of %s: WARC %s is not a file in %s; not shown", key, warc_path, corpus)
        return None
    from scraper.archive import read_record

    try:
        status, headers, body = read_record(resolved, offset)
    except (OSError, ValueError, EOFError) as error:
        log.warning("archived copy of %s: cannot read %s@%s (%s)", key, resolved, offset, error)
        return None
    return ArchivedCopy(
        key=key,
        url=release.url if release else None,
        warc_file=resolved.relative_to(corpus).as_posix(),
        offset=offset,
        status=status,
        content_type=str(headers.get("Content-Type") or "").lower(),
        fetched_at=release.fetched_at if release else None,
        body=body,
    )
