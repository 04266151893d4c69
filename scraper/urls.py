"""Urls of releases: the canonical key, alias normalisation and the mirror mapping.

One release is reachable under many urls (fmprc.gov.cn or mfa.gov.cn, ``/mfa_eng/`` or
``/eng/``, Chinese columns with or without ``/web/``, idcpc.org.cn or idcpc.gov.cn, and on the
IDCPC the same id under ``/english/news/`` and an ``/english2023/`` column). The TRS id in the
file name (``t20240403_11276141`` → 11276141, old ``t1714387``) is the one stable part, so the
key of a release is ``"<site>:<id>"`` and every url seen is kept as an alias.

``--base-url`` mirrors serve ``https://HOST/PATH`` at ``BASE/HOST/PATH``; the catalog keeps
real urls, mirror urls exist only on the wire.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# t<YYYYMMDD>_<n> (2019+ TRS) first, then old t<n> (2015-2021 MFA).
_NEW_ID = re.compile(r"/t(?:19|20)\d{6}_(\d+)\.s?html?$")
_OLD_ID = re.compile(r"/t(\d{5,8})\.s?html?$")

SITE_HOSTS = {
    "idcpc": ("idcpc.org.cn", "idcpc.gov.cn"),
    "mfa": ("mfa.gov.cn", "fmprc.gov.cn"),
}
CANONICAL_HOST = {"idcpc": "www.idcpc.org.cn", "mfa": "www.mfa.gov.cn"}
# First path segments of the foreign ministry that are not Chinese columns (these never take /web/).
_MFA_NON_ZH = {"web", "eng", "mfa_eng", "esp", "fra", "rus", "ara", "chn", "mfa_chn", "ce", "system"}


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def site_of(url: str) -> str | None:
    """``idcpc`` / ``mfa`` for a url on one of their hosts, else None."""
    host = host_of(url)
    for site, domains in SITE_HOSTS.items():
        if any(host == d or host.endswith("." + d) for d in domains):
            return site
    return None


def release_number(url: str) -> int | None:
    """The TRS id of an article url (``.../202404/t20240403_11276141.shtml`` → 11276141)."""
    path = urlsplit(url).path
    match = _NEW_ID.search(path) or _OLD_ID.search(path)
    return int(match.group(1)) if match else None


def canonical_key(url: str, site: str | None = None) -> str | None:
    """``"<site>:<id>"``, the one key of a release whatever alias url it was reached by."""
    number = release_number(url)
    site = site or site_of(url)
    if number is None or not site:
        return None
    return f"{site}:{number}"


def normalize(url: str) -> str:
    """The alias-free form of a url: https, one host per site, ``/eng/`` for ``/mfa_eng/``,
    ``/web/`` in front of Chinese foreign-ministry columns, no fragment.

    Two urls with the same normal form are the same page; the IDCPC's old and new English
    trees differ in their column and only the key (``canonical_key``) joins them."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    path = parts.path or "/"
    site = site_of(url)
    if site:
        host = CANONICAL_HOST[site]
    if site == "mfa":
        if path.startswith("/mfa_eng/"):
            path = "/eng/" + path[len("/mfa_eng/"):]
        segments = path.split("/")
        if len(segments) > 2 and segments[1] and segments[1] not in _MFA_NON_ZH:
            path = "/web" + path
    return urlunsplit(("https", host, path, parts.query, ""))


def same_release(a: str, b: str) -> bool:
    key = canonical_key(a)
    return key is not None and key == canonical_key(b)


def folder_of(url: str) -> str:
    """The folder a page lives in, with a trailing slash: relative links resolve against it
    (a list url without the slash would make ``./2024...`` land one folder too high)."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if not path.endswith("/"):
        last = path.rsplit("/", 1)[-1]
        path = path[: len(path) - len(last)] if "." in last else path + "/"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def to_mirror(url: str, base: str | None) -> str:
    """Wire url of a real url on a mirror at ``base`` (``base/HOST/PATH``); the url itself when
    there is no mirror."""
    if not base:
        return url
    parts = urlsplit(url)
    rest = parts.path or "/"
    if parts.query:
        rest += "?" + parts.query
    return f"{base.rstrip('/')}/{(parts.hostname or '').lower()}{rest}"


def from_mirror(url: str, base: str | None) -> str | None:
    """Real url of a wire url; None when the url is outside the mirror (it leaves ``base``)."""
    if not base:
        return url
    base = base.rstrip("/")
    if not url.startswith(base + "/"):
        return None
    rest = url[len(base) + 1:]
    host, _, path = rest.partition("/")
    if not host or "." not in host:
        return None
    return f"https://{host.lower()}/{path}"
