"""Reading list pages of every era: which article links they hold, how many pages there
are, and (country_index sections) which country columns a continent page leads to.

Article links are recognised by the section's ``article_pattern`` on the absolute url, not
by selectors: list markup changed with every redesign (``div.rebox_news``, ``ul.list1``,
``.newsLst_mod``, ``.news_list``), the TRS file names did not.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

from nlp.dates import date_from_url, iso, parse_date
from scraper.sources import Source
from scraper.urls import folder_of

log = logging.getLogger(__name__)

# TRS paginators: `createPageHTML(<count>, <current>, "index", "shtml")` (2021+) and the hidden
# `var currentPage = N; var countPage = N` script (2015-2021, still present on 2021+ pages).
_CREATE_PAGE = re.compile(r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)")
_COUNT_PAGE = re.compile(r"countPage\s*=\s*['\"]?(\d+)")
_CURRENT_PAGE = re.compile(r"currentPage\s*=\s*['\"]?(\d+)")
_JS_REDIRECT = re.compile(r"(?:window\.|document\.)?location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]")
_HREF = re.compile(r"""href\s*=\s*["']([^"'#]+)["']""", re.IGNORECASE)


@dataclass
class ListPage:
    """What one list page says."""

    url: str  # real url of the page
    article_links: list[str] = field(default_factory=list)  # absolute, page order, no repeats
    dates: dict[str, str] = field(default_factory=dict)  # article link -> YYYY-MM-DD when printed/in url
    page_count: int | None = None  # total pages of the list, when the paginator says
    current_page: int | None = None
    links: list[str] = field(default_factory=list)  # every link on the page, absolute
    js_redirect: str | None = None  # target of a `window.location.href = "..."` page


def page_count(html: str) -> tuple[int | None, int | None]:
    """(count, current) from a TRS paginator script, (None, None) when there is none."""
    match = _CREATE_PAGE.search(html)
    if match:
        return int(match.group(1)), int(match.group(2))
    count = _COUNT_PAGE.search(html)
    current = _CURRENT_PAGE.search(html)
    return (int(count.group(1)) if count else None, int(current.group(1)) if current else None)


def _anchors(html: str) -> list[tuple[str, str]]:
    """(href, text around the link) of every anchor; a regex fallback for pages lxml rejects."""
    try:
        root = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        log.debug("list page not parseable as HTML (%s); reading hrefs by pattern", exc)
        return [(m.group(1), "") for m in _HREF.finditer(html)]
    out = []
    for a in root.iter("a"):
        href = a.get("href")
        if href:
            out.append((href.strip(), (a.text_content() or "") + " " + (a.tail or "")))
    return out


def read_list_page(body: bytes, url: str, source: Source, content_type: str | None = None) -> ListPage:
    """Article links (absolute real urls), printed dates and the page count of a list page.

    Relative links (``./202404/t..._N.shtml``) resolve against the page's folder with a
    trailing slash, as the site's own browser links do."""
    from scraper.pages import decode_html

    html = decode_html(body, content_type) if body else ""
    page = ListPage(url=url)
    page.page_count, page.current_page = page_count(html)
    base = folder_of(url)
    seen: set[str] = set()
    for href, around in _anchors(html) if html.strip() else []:
        if href.lower().startswith(("javascript:", "mailto:")):
            continue
        absolute = urljoin(base, href).split("#", 1)[0]
        page.links.append(absolute)
        if absolute in seen or not source.is_article(absolute):
            continue
        seen.add(absolute)
        page.article_links.append(absolute)
        when = date_from_url(absolute) or parse_date(around)
        if when:
            page.dates[absolute] = iso(when)
    redirect = _JS_REDIRECT.search(html)
    if redirect:
        page.js_redirect = urljoin(base, redirect.group(1))
    return page


def country_roots(page: ListPage, source: Source) -> list[str]:
    """Country root folders linked from a continent page (``./1206_<id>/``), minus the
    section's exclusions (USA, Canada on the North America page)."""
    pattern = re.compile(source.country_link or r"$^")
    out: list[str] = []
    for link in page.links:
        folder = link if link.endswith("/") else folder_of(link)
        if not pattern.search(urlsplit(folder).path) and not pattern.search(folder):
            continue
        if any(ex in folder for ex in source.exclude_links):
            continue
        if folder not in out:
            out.append(folder)
    return out


def subcolumn(page: ListPage, source: Source) -> str | None:
    """The sub-column folder of a country root the section lists (``xgxw_<id+6>/``)."""
    pattern = re.compile(source.subcolumn or r"$^")
    for link in page.links:
        folder = link if link.endswith("/") else folder_of(link)
        if pattern.search(folder):
            return folder
    return None
