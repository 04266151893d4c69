"""Release pages to title, publication date, body text, language and template.

The template is chosen by markers (layouts.py); each template's parser is the same small
routine reading that template's entries, and anything a template does not find falls to
the generic chain of sites/README §2.5. A page whose body comes out empty or implausibly
short is reported as a layout change instead of passing as good text.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

import lxml.html
from lxml import etree

from nlp.dates import date_from_url, find_date, iso
from scraper.pages import layouts as L
from scraper.pages.decode import decode_html, xml_safe
from scraper.pages.model import ParsedPage
from scraper.pages.text import clean_line, drop_boilerplate, language, paragraphs

log = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*[:：]\s*([0-5]\d)(?!\d)")
# UTF-8 read as Windows-1252/Latin-1: a lead byte shown as Â-ï followed by a continuation byte
# shown as a C1 / Latin-1 symbol or one of cp1252's punctuation marks ("ä¸­", "â€™").
_MOJIBAKE = re.compile("[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039"
                       "\u203a\u20ac\u2122]")


def mis_decoded(text: str) -> str | None:
    """Why a page's text looks decoded with the wrong charset (mojibake, many U+FFFD), or None.
    Archived captures are sometimes stored transcoded; a live server can lie about its charset."""
    if not text:
        return None
    odd = len(_MOJIBAKE.findall(text))
    if odd >= 3 and odd / len(text) > 0.01:
        return f"encoding: text looks mis-decoded ({odd} mojibake pairs)"
    bad = text.count("\ufffd")
    if bad >= 3 and bad / len(text) > 0.01:
        return f"encoding: {bad} undecodable characters"
    return None


def parse_page(body: bytes, url: str, content_type: str | None = None) -> ParsedPage:
    """Parse one release page. Never raises: what went wrong is in ``problems``."""
    try:
        return _parse(body or b"", url, content_type)
    except Exception as exc:  # noqa: BLE001 - a bad page must never stop a crawl
        log.warning("parse failed for %s: %r", url, exc)
        return ParsedPage(
            url=url,
            title=None,
            published=None,
            published_time=None,
            text="",
            lang="en",
            template="generic",
            problems=[f"parse_error: {type(exc).__name__}: {exc}"],
        )


def _document(html: str) -> etree._Element | None:
    html = _XML_DECL.sub("", html)
    if not html.strip():
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


@lru_cache(maxsize=512)
def compiled(xpath: str) -> etree.XPath:
    """Layout XPaths are a fixed set: compiling each once makes parsing about twice as fast."""
    return etree.XPath(xpath)


def _classes(element: etree._Element) -> set[str]:
    return set((element.get("class") or "").split())


def _is_furniture(element: etree._Element) -> bool:
    if _local_name(element) in L.DROP_TAGS or element.get("id") in L.DROP_IDS:
        return True
    classes = _classes(element)
    if classes & L.DROP_CLASSES or L.HIDDEN_STYLE.search(element.get("style") or ""):
        return True
    for name, container in L.DROP_CLASSES_INSIDE.items():
        if name in classes and any(container in _classes(a) for a in element.iterancestors("div")):
            return True
    return False


def _local_name(element: etree._Element) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def drop_furniture(root: etree._Element) -> None:
    """Scripts, widgets, hidden lists: removed wherever they sit (tails kept). One pass in
    Python: a dozen class-matching XPaths cost more than the rest of the parse."""
    for element in [e for e in root.iter() if _is_furniture(e)]:
        if element.getparent() is not None:
            element.drop_tree()  # keeps the tail text


def _values(root: etree._Element, xpath: str) -> list[str]:
    """Text of each node an XPath selects (attribute values as they are)."""
    out = []
    for node in compiled(xpath)(root):
        if isinstance(node, str):
            out.append(clean_line(node))
        elif isinstance(node, etree._Element):
            out.append(clean_line(" ".join(paragraphs(node))))
    return [v for v in out if v]


def _first(root: etree._Element, xpaths: tuple[str, ...]) -> str | None:
    for xpath in xpaths:
        values = _values(root, xpath)
        if values:
            return values[0]
    return None


def detect(root: etree._Element, page_text: str) -> L.Layout | None:
    """The first layout whose markers and formulas all hold on this page."""
    for layout in L.LAYOUTS:
        if layout.markers and not any(compiled(m)(root) for m in layout.markers):
            continue
        if any(not f.search(page_text) for f in layout.formulas):
            continue
        return layout
    return None


def _title(root: etree._Element, layout: L.Layout | None) -> str | None:
    title = _first(root, layout.title) if layout else None
    title = title or _first(root, L.GENERIC_TITLE)
    if not title:
        head = _first(root, ("//title",))
        title = L.TITLE_SUFFIXES.sub("", head) if head else None
    return title or None


def _body_lines(root: etree._Element, xpaths: tuple[str, ...]) -> list[str]:
    for xpath in xpaths:
        for node in compiled(xpath)(root):
            if isinstance(node, etree._Element):
                lines = drop_boilerplate(paragraphs(node))
                if lines:
                    return lines
    return []


def _between_trs_markers(html: str) -> list[str]:
    """Body of old TRS pages: the text between the ContStart and ContEnd meta tags."""
    start = L.CONT_START.search(html)
    end = L.CONT_END.search(html, start.end()) if start else None
    if not start or not end:
        return []
    fragment = _document("<html><body><div>" + html[start.end() : end.start()] + "</div></body></html>")
    return drop_boilerplate(paragraphs(fragment)) if fragment is not None else []


def _generic_lines(root: etree._Element, html: str) -> list[str]:
    lines = _between_trs_markers(html) or _body_lines(root, L.GENERIC_BODY)
    for i, line in enumerate(lines):
        cut = L.CUT_FROM.search(line)
        if cut:
            head = line[: cut.start()].strip()
            return lines[:i] + ([head] if head else [])
    return lines


def _without_headings(lines: list[str], title: str | None, columns: set[str]) -> list[str]:
    """Drop the title and column names repeated at the top of a body."""
    repeated = columns | ({title} if title else set())
    i = 0
    while i < len(lines) and lines[i] in repeated:
        i += 1
    return lines[i:]


def _date_and_time(text: str) -> tuple[str | None, str | None]:
    found = find_date(text)
    if not found:
        return None, None
    day, (_, end) = found
    clock = _TIME.match(text[end:].lstrip(" \u3000T"))
    return iso(day), (f"{int(clock.group(1)):02d}:{clock.group(2)}" if clock else None)


def _published(
    root: etree._Element, layout: L.Layout | None, page_text: str, html: str, title: str | None, url: str
) -> tuple[str | None, str | None]:
    """Publication date (Beijing) from the page's own formulas, then meta, url and title."""
    printed: list[str] = []
    if layout:
        for xpath in layout.date:
            printed += _values(root, xpath)
        for formula in layout.date_formulas:
            printed += [m.group(1) for m in formula.finditer(page_text)][:1]
    printed += _values(root, L.PUBDATE_META)
    for xpath in L.GENERIC_DATE:
        printed += _values(root, xpath)[:1]
    for text in printed:
        day, clock = _date_and_time(text)
        if day:
            return day, clock
    from_url = iso(date_from_url(url))
    if from_url:
        return from_url, None
    day, _ = _date_and_time(title or "")
    if day:
        return day, None
    start = L.CONT_START.search(html)
    if start:
        before = _document(html[max(0, start.start() - 2000) : start.start()])
        if before is not None:
            return _date_and_time(" ".join(paragraphs(before)))
    return None, None


def _parse(body: bytes, url: str, content_type: str | None) -> ParsedPage:
    notes: list[str] = []  # repairs that leave the page good: a bogus charset label, control chars
    html = xml_safe(decode_html(body, content_type, notes), notes)
    root = _document(html)
    if root is None:
        return ParsedPage(
            url=url,
            title=None,
            published=None,
            published_time=None,
            text="",
            lang="en",
            template="generic",
            problems=["layout_change: body empty (no HTML)"],
            notes=notes,
        )
    columns = {name for xpath in L.COLUMN_NAMES for name in _values(root, xpath)}
    drop_furniture(root)
    page_text = "\n".join(paragraphs(root))
    layout = detect(root, page_text)
    title = _title(root, layout)
    lines = _body_lines(root, layout.body) if layout else []
    template = layout.template if layout else "generic"
    if not lines:
        if layout:
            log.info("%s: %s body not found where expected; generic chain", url, layout.template)
        lines = _generic_lines(root, html)
        template = "generic"
    lines = _without_headings(lines, title, columns)
    text = "\n\n".join(lines)
    published, published_time = _published(root, layout, page_text, html, title, url)
    lang = language((title or "") + "\n" + text)
    if layout and layout.by_lang and template == layout.template:
        template = layout.by_lang.get(lang, template)

    problems: list[str] = []
    if not text:
        problems.append(f"layout_change: body empty ({template})")
    elif len(text) < L.MIN_BODY_CHARS.get(lang, 60):
        problems.append(f"layout_change: body implausibly short ({len(text)} chars)")
    if not title:
        problems.append("layout_change: no title")
    wrong = mis_decoded((title or "") + "\n" + text)
    if wrong:
        problems.append(wrong)
    return ParsedPage(
        url=url,
        title=title,
        published=published,
        published_time=published_time,
        text=text,
        lang=lang,
        template=template,
        problems=problems,
        notes=notes,
    )
