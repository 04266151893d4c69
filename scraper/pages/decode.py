"""Bytes of a page to text. The page's own ``<meta charset>`` is believed first: the MFA sent
``text/html`` without a charset in 2020 (sites/README §2.6), and a server can send a wrong
one, while the meta tag is written by the CMS that wrote the bytes."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# GBK and GB2312 pages are decoded with their superset, so rare characters survive.
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030"}


_LATIN_DEFAULTS = {"iso8859-1", "cp1252", "ascii"}


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec(name: str | bytes | None) -> str | None:
    """Python codec for a declared charset name, None when unknown."""
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    name = name.strip().lower()
    name = _SUPERSET.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_charset(body: bytes) -> str | None:
    """Codec named by the first ``<meta charset>`` / ``http-equiv`` tag in the page head."""
    match = _META_CHARSET.search(body[:4096])
    return _codec(match.group(1)) if match else None


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Text of a page: BOM, then meta charset, then the header's charset, then UTF-8 if the
    bytes are valid UTF-8, else GB18030. Never raises; undecodable bytes become U+FFFD."""
    if not body:
        return ""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    header = _HEADER_CHARSET.search(content_type or "")
    header_codec = _codec(header.group(1)) if header else None
    if header_codec in _LATIN_DEFAULTS and _is_utf8(body):
        header_codec = "utf-8"  # HTTP's old default label on a page that is plainly UTF-8
    for codec in (declared_charset(body), header_codec):
        if codec:
            try:
                return body.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue  # the declaration lies; try the next evidence
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("gb18030")
    except UnicodeDecodeError:
        return body.decode("utf-8", errors="replace")
