"""What the local site holds and where: release pages under every alias, list folders with
their pages, the continent and country pages of the country_index section, the removed
releases. Maps a real url to a ``Page`` (status, headers, body); knows nothing of sockets.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import parse_qs, urlsplit

from sample_site import render
from scraper.sources import Source, load_sources
from scraper.urls import normalize, site_of

SYSTEM_URL = "https://www.mfa.gov.cn/web/system/index_17321.shtml"
IDCPC_ROBOTS = "User-agent: *\nDisallow: /search/\nDisallow: /was5/admin/\n"
SEARCH_PATH = "/was5/web/search"
SEARCH_CHANNELS = {"en": "237734", "zh": "237735"}
# Last-Modified of everything that has not changed since the site started.
EPOCH = 1767225600.0  # 2026-01-01T00:00:00Z

CONTINENTS = {"nmz_680924": "南美洲", "bmz_679954": "北美洲"}
# Country roots under the continents (ids as on the real site, sites/README §2.2); the USA
# and Canada sit beside Central America and the Caribbean under 北美洲.
COUNTRIES = {
    "nmz_680924": {680926: "阿根廷", 680974: "巴西"},
    "bmz_679954": {680008: "安提瓜和巴布达", 680426: "加拿大", 680528: "美国", 680826: "特立尼达和多巴哥"},
}
_ARTICLE_FILE = re.compile(r"/(?:\d{6}/)?t(?:\d{8}_)?\d+\.s?html?$")
_COUNTRY_PATH = re.compile(r"^(?P<continent>.*/(?P<cont>(?:nmz|bmz)_\d+)/)1206_(?P<cid>\d+)/")


@dataclass
class Page:
    status: int
    body: bytes = b""
    content_type: str = "text/html"
    headers: dict[str, str] = field(default_factory=dict)
    cacheable: bool = False  # sends ETag / Last-Modified, answers conditional requests


@dataclass
class Folder:
    """One list of a folder (``index.shtml``, ``index_1.shtml``...). A folder can hold two
    lists of two eras: ``default*.shtml`` (2015-2021) beside ``index*.shtml`` (2021+)."""

    url: str
    site: str
    lang: str
    section: str
    first_page: str
    page: str  # with {n}
    style: str
    bundled: list = field(default_factory=list)  # newest first
    added: list = field(default_factory=list)  # added later, on top, last added first
    modified: float = EPOCH

    def releases(self) -> list:
        return self.added + self.bundled

    def page_number(self, file: str) -> int | None:
        if file in ("", self.first_page):
            return 0
        pattern = re.escape(self.page).replace(re.escape("{n}"), r"(\d+)")
        match = re.fullmatch(pattern, file)
        return int(match.group(1)) if match and match.group(1) != "0" else None


def folder_url(article_url: str) -> str:
    """List folder of an article url: the part before ``YYYYMM/t..._n`` or ``t<n>``."""
    return _ARTICLE_FILE.sub("/", article_url)


def _key(url: str) -> str:
    return normalize(url.split("?", 1)[0].split("#", 1)[0])


def _sort_key(release) -> tuple:
    return (release.published, getattr(release, "published_time", "") or "", release.id)


class SiteContent:
    """The pages of the local site, built from releases and the sections of sources.toml."""

    def __init__(
        self,
        releases: list,
        page_size: int | None = None,
        sources: list[Source] | None = None,
        gbk: bool = True,
        list_depth: int | None = None,
    ):
        self.lock = threading.RLock()
        self.page_size = page_size
        # Capped lists (the foreign ministry's stop at 29 pages): a list shows only its newest
        # ``list_depth`` releases; older ones are still served, but reachable only by their url
        # (the archive, the site search, a list of urls).
        self.list_depth = list_depth
        self.sources = {s.name: s for s in (sources or load_sources())}
        self.folders: dict[str, list[Folder]] = {}  # folder key -> its lists
        self.articles: dict[str, object] = {}
        self.release_folder: dict[str, Folder] = {}
        self.removed: set[str] = set()
        self.rendered: dict[str, bytes] = {}
        self.countries: dict[
            str, tuple[str, str, int, str]
        ] = {}  # root key -> (continent url, name, cid, name)
        self.continents: dict[str, tuple[str, str]] = {}  # key -> (url, name)
        for source in self.sources.values():
            if source.kind == "country_index":
                for url in source.list_urls:
                    self._add_continent(url, source)
            else:
                for url in source.list_urls:
                    self._folder(url, source)
        for release in sorted(releases, key=_sort_key, reverse=True):
            self._place(release, on_top=False)
        self.gbk_url = self._choose_gbk(releases) if gbk else None

    # ------------------------------------------------------------ building
    def _add_continent(self, url: str, source: Source) -> None:
        cont = url.rstrip("/").rsplit("/", 1)[-1]
        name = CONTINENTS.get(cont, cont)
        self.continents[_key(url)] = (url, name)
        for cid, cname in COUNTRIES.get(cont, {}).items():
            self._add_country(url, cid, cname, source)

    def _add_country(self, continent_url: str, cid: int, name: str, source: Source) -> None:
        root = f"{continent_url}1206_{cid}/"
        _, cont_name = self.continents.get(_key(continent_url), (continent_url, ""))
        self.countries[_key(root)] = (continent_url, cont_name, cid, name)
        news = root + render.country_columns(cid)["news"] + "/"
        folder = self._folder(news, source, first_page="index.shtml", page="index_{n}.shtml")
        folder.style = "mfa_zh_2021"

    def _folder(
        self,
        url: str,
        source: Source | None,
        first_page: str | None = None,
        page: str | None = None,
        site: str | None = None,
        lang: str | None = None,
    ) -> Folder:
        first_page = first_page or (source.first_page if source else "index.html") or "index.shtml"
        page = page or (source.page if source else "index_{n}.html")
        lists = self.folders.setdefault(_key(url), [])
        for folder in lists:
            if folder.first_page == first_page:
                return folder
        site = site or (source.site if source else site_of(url) or "mfa")
        lang = lang or (source.lang if source else "zh")
        folder = Folder(
            url=url,
            site=site,
            lang=lang,
            section=source.name if source else "",
            first_page=first_page,
            page=page,
            style=render.list_style(site, lang, url, first_page),
        )
        lists.append(folder)
        return folder

    def _place(self, release, on_top: bool) -> None:
        source = self.sources.get(release.section)
        url = release.url
        country = _COUNTRY_PATH.search(urlsplit(url).path)
        if country and source is not None and source.kind == "country_index":
            parts = urlsplit(url)
            continent_url = f"{parts.scheme}://{parts.netloc}{country.group('continent')}"
            cid = int(country.group("cid"))
            if _key(continent_url) not in self.continents:
                self.continents[_key(continent_url)] = (
                    continent_url,
                    CONTINENTS.get(country.group("cont"), ""),
                )
            if _key(f"{continent_url}1206_{cid}/") not in self.countries:
                self._add_country(continent_url, cid, f"国家{cid}", source)
            folder = self._folder(folder_url(url), source, first_page="index.shtml", page="index_{n}.shtml")
        elif source is not None and source.kind == "list":
            folder = self._folder(folder_url(url), source)
        else:
            old = url.rsplit("/", 1)[-1].count("_") == 0
            folder = self._folder(
                folder_url(url),
                None,
                first_page="default.shtml" if old else None,
                page="default_{n}.shtml" if old else None,
                site=release.site,
                lang=release.lang,
            )
        release_folder = folder
        self.release_folder[_key(url)] = release_folder
        (folder.added.insert(0, release) if on_top else folder.bundled.append(release))
        self.articles[_key(url)] = release
        self.removed.discard(_key(url))

    def _choose_gbk(self, releases: list) -> str | None:
        """One Chinese page served GBK-encoded (meta charset=gbk): an IDCPC one if any."""
        chinese = sorted((r for r in releases if r.lang == "zh"), key=lambda r: (r.site != "idcpc", r.id))
        return chinese[0].url if chinese else None

    # ------------------------------------------------------------ changes
    def add_release(self, release) -> None:
        with self.lock:
            self._place(release, on_top=True)
            folder = self.release_folder.get(_key(release.url))
            if folder:
                folder.modified = max(folder.modified + 1, time.time())
            self.rendered.clear()

    def remove_release(self, url: str) -> None:
        with self.lock:
            self.removed.add(_key(url))
            self.rendered.pop(_key(url), None)

    # ------------------------------------------------------------ pages
    def page(self, real_url: str, mirror_of) -> Page:
        """The response for a real url. ``mirror_of(real_url)`` gives the wire url of a redirect."""
        with self.lock:
            return self._page(real_url, mirror_of)

    def _page(self, real_url: str, mirror_of) -> Page:
        parts = urlsplit(real_url)
        site = site_of(real_url)
        if site is None:
            return self._not_found()
        if parts.path == "/robots.txt":
            if site == "mfa":  # no robots.txt: a redirect to an HTML error page (sites/README §0.5)
                return Page(302, headers={"Location": mirror_of(f"https://{parts.hostname}/error.htm")})
            return Page(200, IDCPC_ROBOTS.encode(), "text/plain", cacheable=True)
        if site == "mfa" and parts.path == "/error.htm":
            return Page(200, render.render_static("error").encode(), "text/html", cacheable=True)
        key = _key(real_url)
        if key == _key(SYSTEM_URL):
            return Page(200, render.render_static("system").encode(), "text/html", cacheable=True)
        if key in self.removed:
            if site == "mfa":
                return Page(302, headers={"Location": mirror_of(SYSTEM_URL)})
            return self._not_found()
        if key in self.articles:
            return self._article(key)
        if site == "idcpc" and parts.path == SEARCH_PATH:
            return self._search(parts.query)
        return self._folder_page(real_url, mirror_of)

    def article_body(self, url: str) -> bytes:
        """The bytes of a release page as served while it was online (for the archive)."""
        with self.lock:
            return self._article(_key(url)).body

    def _search(self, query: str) -> Page:
        """The IDCPC's full-text search (TRS WAS5): releases whose title or text holds the
        search word, newest first, ``perpage`` per page, pages from 1; English channel 237734,
        Chinese channel 237735 [guess]. Removed releases are not found."""
        q = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        word = (q.get("searchword") or "").strip().lower()
        lang = "zh" if q.get("channelid") == SEARCH_CHANNELS["zh"] else "en"
        per = int(q["perpage"]) if q.get("perpage", "").isdigit() and int(q["perpage"]) > 0 else 10
        page = int(q["page"]) if q.get("page", "").isdigit() and int(q["page"]) > 0 else 1
        found = [r for k, r in self.articles.items()
                 if r.site == "idcpc" and r.lang == lang and k not in self.removed
                 and (not word or word in (r.title + " " + r.text).lower())]
        found.sort(key=_sort_key, reverse=True)
        chunk = found[(page - 1) * per : page * per]
        count = max(1, -(-len(found) // per))
        return Page(200, render.render_search(word, chunk, len(found), page, count).encode("utf-8"))

    def _article(self, key: str) -> Page:
        release = self.articles[key]
        if key not in self.rendered:
            folder = self.release_folder.get(key)
            others = [r for r in (folder.releases() if folder else []) if r is not release]
            source = self.sources.get(release.section)
            name = render.article_template(release, source.template if source else None)
            section = release.section
            if self.gbk_url and key == _key(self.gbk_url):
                html = render.render_article(release, name, section, others, charset="gbk")
                self.rendered[key] = html.encode("gbk", errors="xmlcharrefreplace")
            else:
                self.rendered[key] = render.render_article(release, name, section, others).encode("utf-8")
        modified = time.mktime(time.strptime(release.published, "%Y-%m-%d"))
        return Page(
            200,
            self.rendered[key],
            "text/html",
            cacheable=True,
            headers={"Last-Modified": formatdate(modified, usegmt=True)},
        )

    def _folder_page(self, real_url: str, mirror_of) -> Page:
        parts = urlsplit(real_url)
        path = parts.path
        folder_part, _, file = path.rpartition("/")
        base = f"{parts.scheme}://{parts.netloc}{folder_part}/"
        key = _key(base)
        for folder in self.folders.get(key, []):
            n = folder.page_number(file)
            if n is not None:
                return self._list_page(folder, n)
        if key in self.folders and file:
            return self._not_found()
        if file in ("", "index.shtml", "index.html"):
            if key in self.continents:
                url, name = self.continents[key]
                countries = sorted(self._countries_of(key))
                return Page(200, render.render_continent(name, countries).encode(), cacheable=True)
            if key in self.countries:
                _, cont_name, cid, name = self.countries[key]
                return Page(200, render.render_country_root(cont_name, cid, name).encode(), cacheable=True)
            column = self._country_column(base)
            if column:
                return Page(200, column.encode(), cacheable=True)
        if file and "." not in file and _key(real_url + "/") in self._all_folders():
            return Page(301, headers={"Location": mirror_of(real_url + "/")})
        return self._not_found()

    def _all_folders(self) -> set[str]:
        return set(self.folders) | set(self.continents) | set(self.countries)

    def _countries_of(self, continent_key: str) -> list[tuple[int, str]]:
        url, _ = self.continents[continent_key]
        return [(cid, name) for (cu, _, cid, name) in self.countries.values() if _key(cu) == continent_key]

    def _country_column(self, base: str) -> str | None:
        parent, _, last = base.rstrip("/").rpartition("/")
        root = self.countries.get(_key(parent + "/"))
        if not root:
            return None
        _, cont_name, cid, name = root
        columns = render.country_columns(cid)
        titles = {columns["overview"]: "国家概况", columns["bilateral"]: "双边关系"}
        if last not in titles:
            return None
        return render.render_country_column(cont_name, cid, name, titles[last])

    def _list_page(self, folder: Folder, n: int) -> Page:
        releases = folder.releases()
        if self.list_depth is not None:
            releases = releases[: self.list_depth]
        size = self.page_size or min(15, max(2, -(-len(releases) // 2)))
        count = max(1, -(-len(releases) // size))
        if n >= count:
            return self._not_found()
        chunk = releases[n * size : (n + 1) * size]
        column = render.column_name(folder.section, folder.lang)
        body = render.render_list(folder.style, folder.url, column, chunk, n, count).encode("utf-8")
        return Page(
            200,
            body,
            "text/html",
            cacheable=True,
            headers={"Last-Modified": formatdate(folder.modified, usegmt=True)},
        )

    def _not_found(self) -> Page:
        return Page(404, render.render_static("not_found").encode(), "text/html")

    # ------------------------------------------------------------ helpers for tests and the CLI
    def list_urls(self) -> list[str]:
        return sorted(f.url + f.first_page for lists in self.folders.values() for f in lists)

    def entry_urls(self) -> list[str]:
        """First list page of every section, and the continent pages."""
        urls = [s.page_url(u, 0) for s in self.sources.values() if s.kind == "list" for u in s.list_urls]
        urls += [url for url, _ in self.continents.values()]
        return urls


def etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
