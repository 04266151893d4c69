"""The stored copy's damage undone before anything reads it: what the page showed its reader.

Copies on agency, newspaper, embassy and portal sites are stored through scrapers and editors that
damage the text in a few regular ways. A coder reads through the damage; the rules, written for
the text as the page shows it, do not. So the text is repaired once, here, for every field:

- HTML entities left as text ("&#39;", "&#8217;", "&amp;", "&nbsp;", also escaped twice as
  "&amp;nbsp;") are the characters they stand for. (The layout blanked them as page debris, which
  left "Workers     Party", and a run of spaces reads as a paragraph break.)
- UTF-8 read as Windows-1252 ("DÃ­az-Canel", "SÃ£o Paulo", "Workersâ€™ Party", "Â " for a
  no-break space) is decoded back, one mangled character at a time, only where the bytes are valid
  UTF-8 of one character (the way such text came to be), so correct Latin text is never touched.
- Invisible characters (zero-width space and joiners, word joiner, byte-order mark, soft hyphen)
  show nothing on the page: they are removed, so "Com\u00admunist" and "古巴共\u200b产党" are the
  words the reader sees.
- An acute accent or backtick written for an apostrophe between letters ("Workers´ Party") is the
  apostrophe.

(Full-width letters and digits, which map one for one, are read as ASCII where the text is read,
``nlp.extract._in_simplified``, so evidence still quotes them as printed.) The repair changes
lengths, so it runs on the document before any offset is taken; evidence quotes the repaired text.
Clean text comes back as the same string object (a fast check first).
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _cp1252_char(byte: int) -> str:
    """The character Windows-1252 shows for a byte (its five undefined bytes as Latin-1 does)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_CONT = "".join(_cp1252_char(b) for b in range(0x80, 0xC0))  # UTF-8 continuation bytes, as shown
_LEAD2 = "".join(_cp1252_char(b) for b in range(0xC2, 0xE0))  # lead bytes of 2-byte sequences
_LEAD3 = "".join(_cp1252_char(b) for b in range(0xE0, 0xF0))  # lead bytes of 3-byte sequences
_CONT_CLASS = f"[{re.escape(_CONT)}]"
_MOJIBAKE = re.compile(f"[{re.escape(_LEAD2)}]{_CONT_CLASS}|[{re.escape(_LEAD3)}]{_CONT_CLASS}{{2}}")
_TO_BYTE = {_cp1252_char(b): b for b in range(0x80, 0x100)}
# "Ã" and "â" (the lead bytes of most mangled accents and quotes) are the cheap first check
_MOJIBAKE_HINT = re.compile("[\u00c2\u00c3\u00c5\u00e2]")

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ODD_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[´`](?=[A-Za-z]|\s)")
_ANY_DAMAGE = re.compile(r"&[#A-Za-z]|[\u00c2\u00c3\u00c5\u00e2\u00ad\u200b\u200c\u200d\u2060\ufeff´`]")


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _unmangled(match: re.Match[str]) -> str:
    seq = match.group(0)
    try:
        return bytes(_TO_BYTE[c] for c in seq).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return seq


def repaired(text: str) -> str:
    """``text`` as its page showed it (see the module's docstring); the same object when clean."""
    if not text or not _ANY_DAMAGE.search(text):
        return text
    out = text
    if "&" in out:
        for _ in range(2):  # "&amp;nbsp;" is "&nbsp;" escaped once more
            unescaped = _ENTITY.sub(_entity, out)
            if unescaped == out:
                break
            out = unescaped
    if _MOJIBAKE_HINT.search(out):
        out = _MOJIBAKE.sub(_unmangled, out)
    out = _INVISIBLE.sub("", out)
    out = _ODD_APOSTROPHE.sub("’", out)
    return text if out == text else out
