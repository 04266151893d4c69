"""The default demo site (sample_site.releases.bundled()): every release is served under its
url, listed on its section's list, and parses back to its title, date, text and language."""

from __future__ import annotations

import re
import urllib.request

import sample_site.releases as releases_module
from sample_site import render  # noqa: E402
from sample_site.server import SampleSite  # noqa: E402
from scraper.pages import parse_page  # noqa: E402
from scraper.sources import load_sources  # noqa: E402

SOURCES = {s.name: s for s in load_sources()}


def test_every_bundled_release_is_served_and_parses_back():
    releases = releases_module.bundled()
    templates = set()
    with SampleSite() as site:
        assert site.gbk_url in {r.url for r in releases}
        for release in releases:
            with urllib.request.urlopen(site.url(release.url), timeout=5) as resp:
                body, content_type = resp.read(), resp.headers.get("Content-Type")
            page = parse_page(body, release.url, content_type)
            assert page.ok, (release.url, page.problems)
            assert page.title == release.title, release.url
            assert page.published == release.published, release.url
            assert page.lang == release.lang, release.url
            assert page.text == "\n\n".join(p for p in release.paragraphs if p.strip()), release.url
            templates.add(page.template)
    assert templates == set(render.ARTICLE_TEMPLATES)


def test_every_bundled_release_is_on_a_list_page():
    releases = releases_module.bundled()
    with SampleSite() as site:
        listed: set[str] = set()
        for folder_lists in site.content.folders.values():
            for folder in folder_lists:
                n = 0
                while True:
                    url = folder.url + (folder.first_page if n == 0 else folder.page.format(n=n))
                    try:
                        with urllib.request.urlopen(site.url(url), timeout=5) as resp:
                            html = resp.read().decode("utf-8")
                    except urllib.error.HTTPError as err:
                        assert err.code == 404 and n > 0
                        break
                    listed |= {name for name in re.findall(r'href="\./([^"]+)"', html)}
                    n += 1
        for release in releases:
            assert any(release.url.endswith("/" + name) for name in listed), release.url
