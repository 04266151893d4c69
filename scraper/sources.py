"""Release sections as data: ``scraper/sources.toml`` loaded into ``Source`` entries.

A section (one list of releases on one site) is an entry of the TOML file, never code: the
crawler is one family crawler for TRS-style sites, and everything that differs between
sections — list folder, how pages are named, what an article url looks like — lives here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SOURCES_PATH = Path(__file__).with_name("sources.toml")
KINDS = ("list", "country_index", "web_archive", "search")
LIST_KINDS = ("list", "country_index")  # crawled by default
# Discovery beyond the lists, run on request (``crawl --backfill`` / ``--search``) or by name.
ON_REQUEST_KINDS = ("web_archive", "search")
RUN_ORDER = {"list": 0, "country_index": 0, "search": 1, "web_archive": 2}
ANY_ARTICLE = r"/t\d{5,8}\.s?html?$|/t\d{8}_\d+\.s?html?$"


class SourceError(ValueError):
    """A sources file that cannot be used (unknown key, missing field, unknown name)."""


@dataclass(frozen=True)
class Source:
    """One section of a site whose releases dipex collects."""

    name: str
    site: str  # idcpc | mfa: first half of the canonical key
    lang: str  # en | zh
    list_urls: tuple[str, ...]
    article_pattern: str
    hosts: tuple[str, ...]
    kind: str = "list"
    first_page: str = "index.html"
    page: str = "index_{n}.html"
    template: str | None = None
    country_link: str | None = None
    exclude_links: tuple[str, ...] = ()
    subcolumn: str | None = None
    # web_archive: the Wayback CDX api and raw captures (see scraper/backfill.py)
    archive: str = "https://web.archive.org"
    prefixes: tuple[str, ...] = ()
    delay: float | None = None  # seconds between requests to the archive (its own pace)
    from_date: str = "2012"  # CDX ``from`` of a first backfill (YYYY[MM[DD]])
    cdx_limit: int = 1000  # rows per CDX page (resumeKey paging)
    sections: tuple[str, ...] = ()  # list sections whose article patterns attribute what is found
    # search: a site's own search pages
    search_url: str | None = None  # with {q} (the query, url-quoted) and {n} (page, from 1)
    queries: tuple[str, ...] = ()
    article_re: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "article_re", re.compile(self.article_pattern))

    def page_url(self, folder: str, n: int) -> str:
        """Url of list page ``n`` (0 = the first page) of a list folder."""
        folder = folder if folder.endswith("/") else folder + "/"
        if n == 0:
            return folder + self.first_page
        return folder + self.page.format(n=n)

    def list_page_url(self, folder: str, n: int) -> str:
        """Url of page ``n`` of a list of articles. For a country_index section the lists are
        the country sub-columns, whose page 0 is ``index.shtml`` (``page`` without ``_{n}``),
        while ``first_page`` ("" = the folder) names the continent pages."""
        if self.kind == "country_index" and n == 0:
            folder = folder if folder.endswith("/") else folder + "/"
            return folder + self.page.replace("_{n}", "")
        return self.page_url(folder, n)

    def is_article(self, url: str) -> bool:
        return bool(self.article_re.search(url))


def _source_from_table(table: dict, where: str) -> Source:
    known = {"name", "site", "lang", "kind", "list_urls", "first_page", "page", "article_pattern",
             "template", "hosts", "country_link", "exclude_links", "subcolumn", "archive", "prefixes",
             "delay", "from", "cdx_limit", "sections", "search_url", "queries"}
    unknown = set(table) - known
    if unknown:
        raise SourceError(f"{where}: unknown keys {sorted(unknown)}")
    kind = table.get("kind", "list")
    if kind not in KINDS:
        raise SourceError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    required = {"web_archive": ("name", "site", "prefixes"),
                "search": ("name", "site", "lang", "search_url", "queries", "hosts")}.get(
        kind, ("name", "site", "lang", "list_urls", "article_pattern", "hosts"))
    for name in required:
        if not table.get(name):
            raise SourceError(f"{where}: missing '{name}'")
    if kind == "search" and not ("{q}" in table["search_url"] and "{n}" in table["search_url"]):
        raise SourceError(f"{where}: search_url needs {{q}} and {{n}}")
    if kind == "web_archive":
        archive = str(table.get("archive", "https://web.archive.org"))
        table = {"lang": "", "list_urls": [], "hosts": [urlsplit(archive).hostname or ""], **table}
    if kind == "country_index" and not (table.get("country_link") and table.get("subcolumn")):
        raise SourceError(f"{where}: a country_index needs 'country_link' and 'subcolumn'")
    try:
        return Source(
            name=table["name"], site=table["site"], lang=table["lang"],
            list_urls=tuple(table.get("list_urls", ())),
            article_pattern=table.get("article_pattern") or ANY_ARTICLE,
            hosts=tuple(h.lower() for h in table["hosts"]), kind=kind,
            first_page=table.get("first_page", "index.html"), page=table.get("page", "index_{n}.html"),
            template=table.get("template"), country_link=table.get("country_link"),
            exclude_links=tuple(table.get("exclude_links", ())), subcolumn=table.get("subcolumn"),
            archive=str(table.get("archive", "https://web.archive.org")).rstrip("/"),
            prefixes=tuple(table.get("prefixes", ())),
            delay=float(table["delay"]) if table.get("delay") is not None else None,
            from_date=str(table.get("from", "2012")), cdx_limit=int(table.get("cdx_limit", 1000)),
            sections=tuple(table.get("sections", ())), search_url=table.get("search_url"),
            queries=tuple(table.get("queries", ())),
        )
    except (re.error, ValueError, TypeError) as exc:
        raise SourceError(f"{where}: bad value: {exc}") from exc


def load_sources(path: str | Path | None = None) -> list[Source]:
    """All sections of a sources file (default: the one shipped with dipex)."""
    path = Path(path) if path else SOURCES_PATH
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    sources = [_source_from_table(t, f"{path.name} source #{i + 1}")
               for i, t in enumerate(data.get("source", []))]
    names = [s.name for s in sources]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise SourceError(f"{path.name}: duplicate source names {sorted(dupes)}")
    return sources


def select(sources: Iterable[Source], names: Iterable[str] | None, *, backfill: bool = False,
           search: bool = False) -> list[Source]:
    """The sources named, or (none named) every list section; unknown names are an error.

    Web-archive and search sources are discovery beyond the lists, so they run when named,
    or when asked for with ``backfill`` / ``search`` — then after the list sections, so a
    live copy is always fetched before an archived one could stand in for it."""
    sources = list(sources)
    wanted = list(names or [])
    extra = [s for s in sources if (backfill and s.kind == "web_archive") or (search and s.kind == "search")]
    if not wanted:
        chosen = [s for s in sources if s.kind in LIST_KINDS] + extra
        return sorted(chosen, key=lambda s: RUN_ORDER[s.kind])
    by_name = {s.name: s for s in sources}
    unknown = [n for n in wanted if n not in by_name]
    if unknown:
        raise SourceError(f"unknown source(s) {unknown}; known: {', '.join(by_name)}")
    chosen = [by_name[n] for n in dict.fromkeys(wanted)]
    chosen += [s for s in extra if s not in chosen]
    return sorted(chosen, key=lambda s: RUN_ORDER[s.kind])


def sections_of(source: Source, sources: Iterable[Source]) -> list[Source]:
    """The list sections a web-archive or search source attributes its finds to: those named
    in its ``sections``, else every list section of its site."""
    lists = [s for s in sources if s.kind in LIST_KINDS]
    if source.sections:
        return [s for s in lists if s.name in source.sections]
    return [s for s in lists if s.site == source.site]


def section_for(url: str, sections: Iterable[Source]) -> Source | None:
    """The first section whose article pattern matches ``url`` (any alias form)."""
    return next((s for s in sections if s.is_article(url)), None)
