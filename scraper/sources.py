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

SOURCES_PATH = Path(__file__).with_name("sources.toml")
KINDS = ("list", "country_index")


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
             "template", "hosts", "country_link", "exclude_links", "subcolumn"}
    unknown = set(table) - known
    if unknown:
        raise SourceError(f"{where}: unknown keys {sorted(unknown)}")
    for required in ("name", "site", "lang", "list_urls", "article_pattern", "hosts"):
        if not table.get(required):
            raise SourceError(f"{where}: missing '{required}'")
    kind = table.get("kind", "list")
    if kind not in KINDS:
        raise SourceError(f"{where}: kind must be one of {KINDS}, not {kind!r}")
    if kind == "country_index" and not (table.get("country_link") and table.get("subcolumn")):
        raise SourceError(f"{where}: a country_index needs 'country_link' and 'subcolumn'")
    try:
        return Source(
            name=table["name"], site=table["site"], lang=table["lang"],
            list_urls=tuple(table["list_urls"]), article_pattern=table["article_pattern"],
            hosts=tuple(h.lower() for h in table["hosts"]), kind=kind,
            first_page=table.get("first_page", "index.html"), page=table.get("page", "index_{n}.html"),
            template=table.get("template"), country_link=table.get("country_link"),
            exclude_links=tuple(table.get("exclude_links", ())), subcolumn=table.get("subcolumn"),
        )
    except re.error as exc:
        raise SourceError(f"{where}: bad article_pattern: {exc}") from exc


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


def select(sources: Iterable[Source], names: Iterable[str] | None) -> list[Source]:
    """The sources named (all when ``names`` is empty); unknown names are an error."""
    sources = list(sources)
    wanted = list(names or [])
    if not wanted:
        return sources
    by_name = {s.name: s for s in sources}
    unknown = [n for n in wanted if n not in by_name]
    if unknown:
        raise SourceError(f"unknown source(s) {unknown}; known: {', '.join(by_name)}")
    return [by_name[n] for n in dict.fromkeys(wanted)]
