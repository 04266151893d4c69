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


# An HTML page's bytes are ASCII-compatible up to its charset declaration, so a declared charset
# that does not read ASCII as ASCII is a bogus label, not the page's encoding: "undefined" and
# "punycode" raise on any page, "idna" and "rot13" are not text encodings, "utf-16" in a meta tag
# is a lie (the HTML standard reads it as UTF-8), "utf-7" and "unicode_escape" rewrite bytes.
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\t\r\n"
_REFUSED = frozenset({"undefined", "punycode", "idna", "utf_7", "unicode_escape", "raw_unicode_escape"})


def _codec(name: str | bytes | None, problems: list[str] | None = None) -> str | None:
    """Python codec for a declared charset name; None (noted in ``problems``) when the label is
    unknown or not an ASCII-compatible text encoding."""
    if not name:
        return None
    if isinstance(name, bytes):
        name = name.decode("ascii", "ignore")
    name = name.strip().lower()
    name = _SUPERSET.get(name, name)
    try:
        info = codecs.lookup(name)
    except LookupError:
        if problems is not None:
            problems.append(f"encoding: unknown charset label {name!r} ignored")
        return None
    usable = info.name.replace("-", "_") not in _REFUSED and getattr(info, "_is_text_encoding", True)
    if usable:
        try:
            usable = _ASCII_PROBE.decode(info.name) == _ASCII_PROBE.decode("ascii")
        except (UnicodeError, LookupError, TypeError, ValueError):
            usable = False
    if not usable:
        if problems is not None:
            problems.append(f"encoding: charset label {name!r} is not a page encoding; ignored")
        return None
    return info.name


def declared_charset(body: bytes, problems: list[str] | None = None) -> str | None:
    """Codec named by the first ``<meta charset>`` / ``http-equiv`` tag in the page head."""
    match = _META_CHARSET.search(body[:4096])
    return _codec(match.group(1), problems) if match else None


def decode_html(body: bytes, content_type: str | None = None, problems: list[str] | None = None) -> str:
    """Text of a page: BOM, then meta charset, then the header's charset, then UTF-8 if the
    bytes are valid UTF-8, else GB18030. Never raises; undecodable bytes become U+FFFD. A bogus
    or lying charset label is skipped and noted in ``problems`` (when given)."""
    if not body:
        return ""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    header = _HEADER_CHARSET.search(content_type or "")
    header_codec = _codec(header.group(1), problems) if header else None
    if header_codec in _LATIN_DEFAULTS and _is_utf8(body):
        header_codec = "utf-8"  # HTTP's old default label on a page that is plainly UTF-8
    for codec in (declared_charset(body, problems), header_codec):
        if codec:
            try:
                return body.decode(codec)
            except (UnicodeError, LookupError):
                if problems is not None:
                    problems.append(f"encoding: the page is not {codec} as declared")
                continue  # the declaration lies; try the next evidence
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return body.decode("gb18030")
    except UnicodeDecodeError:
        return body.decode("utf-8", errors="replace")


# Characters XML (hence lxml) cannot hold: C0 controls other than tab and line breaks, lone
# surrogates, U+FFFE/U+FFFF. The HTML parser lets them into text and tails, and lxml then refuses
# them when the tree is edited (a control character after </script> failed the whole page).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(html: str, problems: list[str] | None = None) -> str:
    """``html`` with characters XML cannot hold replaced by spaces (noted in ``problems``)."""
    cleaned, count = _NOT_XML.subn(" ", html)
    if count and problems is not None:
        problems.append(f"encoding: {count} control character(s) replaced by spaces")
    return cleaned
