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
- Accents stored as a letter and a combining mark ("Di\u0301az", as some systems decompose them)
  are the one precomposed letter (NFC), as names and patterns are written.
- A hard-wrapped line (a copy stored with a newline every so many characters) is joined to the next
  when it is running prose cut mid-sentence: it ends with a letter, comma or hyphen and has two
  lower-case words that are not the small words a headline in title case keeps lower-case (a
  headline, a byline or a menu item has none), it fills the width the copy was wrapped at (two
  thirds of its longest line at least), it is not the page's headline printed in the text, and the
  next line does not open with a dateline. The name a wrap cut ("President Luiz\nInácio
  Lula da\nSilva", "Lacalle\nPou") is one name again; a word hyphenated at the line's end
  ("compre-\nhensive") is one word.

(Full-width letters and digits, which map one for one, are read as ASCII where the text is read,
``nlp.extract._in_simplified``, so evidence still quotes them as printed.) The repair changes
lengths, so it runs on the document before any offset is taken; evidence quotes the repaired text.
Clean text comes back as the same string object (a fast check first).
"""

from __future__ import annotations

import html
import re
import unicodedata

from nlp.dates import DATELINE_EN

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
_COMBINING = re.compile("[\u0300-\u036f]")
# a line ending with a letter, comma or hyphen; the next one opening with a Latin letter or digit,
# not with an item's number ("2. On June 5, ...": a list's item starts a line of its own)
_WRAP_END = re.compile(r"[a-zA-Z\u00c0-\u024f,;\-]$")
_WRAP_START = re.compile(r"(?!\d{1,2}[.)]\s)[A-Za-z0-9\u00c0-\u024f]")
_WRAP_MIN_LINE = 30  # characters: a shorter line is a heading, a byline or a menu item
WRAP_FILL = 1.5  # a wrapped line is at least two thirds as long as the text's longest line
_ANY_DAMAGE = re.compile(r"&[#A-Za-z]|[\u00c2\u00c3\u00c5\u00e2\u00ad\u200b\u200c\u200d\u2060\ufeff´`"
                         r"\u0300-\u036f]|[a-zA-Z\u00c0-\u024f,;\-]\n[A-Za-z0-9\u00c0-\u024f]")


def _entity(match: re.Match[str]) -> str:
    return html.unescape(match.group(0))


def _unmangled(match: re.Match[str]) -> str:
    seq = match.group(0)
    try:
        return bytes(_TO_BYTE[c] for c in seq).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return seq


def repaired(text: str, headline: str = "") -> str:
    """``text`` as its page showed it (see the module's docstring); the same object when clean.
    ``headline`` is the page's title, whose line printed in the text is never joined to the lead."""
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
    if _COMBINING.search(out):
        out = unicodedata.normalize("NFC", out)
    if "\n" in out:
        out = _unwrapped(out, headline.strip())
    return text if out == text else out


# the words a headline in title case leaves in lower case: a line whose lower-case words are all
# among them is a headline, not prose
TITLE_CASE_SMALL = frozenset("a an the and or nor but of with to in on for at by from as into via vs "
                             "de da do dos das del la las los el y e".split())


def _is_prose_line(line: str) -> bool:
    """Running prose, not a headline in title case, a byline or a menu item (see ``_unwrapped``)."""
    if len(line) < _WRAP_MIN_LINE:
        return False
    lower = [w for w in line.split() if w[:1].islower() and w.strip(",;") not in TITLE_CASE_SMALL]
    return len(lower) >= 2


def _joinable(line: str, last: str, nxt: str, headline: str, width: int) -> bool:
    """Is the break between ``line`` (as joined so far, ``last`` its last line as stored) and
    ``nxt`` a hard wrap? A wrapped line fills the width the copy was wrapped at (a wrap breaks at the
    last blank before it), a line of its own need not."""
    return (len(last) * WRAP_FILL >= width and _WRAP_END.search(line) is not None
            and _WRAP_START.match(nxt) is not None and _is_prose_line(line)
            and line.strip() != headline and DATELINE_EN.match(nxt) is None)


def _unwrapped(text: str, headline: str) -> str:
    """``text`` with the line breaks of a hard wrap joined (see the module's docstring)."""
    lines = text.split("\n")
    width = max(map(len, lines))
    out = [lines[0]]
    for last, nxt in zip(lines, lines[1:], strict=False):
        line = out[-1]
        if not _joinable(line, last, nxt, headline, width):
            out.append(nxt)
        elif line.endswith("-"):  # "compre-\nhensive" is one word; "Díaz-\nCanel" keeps its hyphen
            out[-1] = line[:-1] + ("" if nxt[0].islower() else "-") + nxt
        else:
            out[-1] = line + " " + nxt
    return text if len(out) == len(lines) else "\n".join(out)
