"""The LAC signatory of a joint text printed in full (a communiqué establishing or resuming
diplomatic relations, a joint statement), read from its signature block.

A communiqué's body names the two states, not persons: the persons are in the closing block after
the line that says where and when it was signed ("Signed in Beijing on 13 June 2017", "Done at …"),
one line per side, written "For the Republic of Panama: Name, Office", "Name, Office, for Grenada"
or "Name, Office of the Republic of El Salvador"; a Chinese text closes "本公报于…在北京签署"
and signs "巴拿马共和国副总统兼外交部长 伊莎贝尔·德圣马洛" or
"巴拿马共和国代表 德圣马洛（外交部长）". The codebook's counterpart is the LAC principal of
the exchange, and on such a page that is the one who signed for the LAC state. The lines come after
the lead, beyond the window the lead's counterpart patterns read, so they are read here, only on a
page typed ``joint_statement`` whose lead named no one, or no one in an office.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY
from nlp.release import Release

# (name, office, start, end): the shape of ``mfa``'s counterparts
Found = tuple[str, str | None, int, int]

# the line that closes a joint text's body: where and when it was signed
SIGNED_LINE = re.compile(r"^\s*(?:Signed|Done|Made|Concluded)\b[^\n]{0,120}\b(?:19|20)\d{2}\b|"
                         r"^[^\n]{0,30}(?:19|20)\d{2}年[^\n]{0,40}(?:签署|簽署|签订|簽訂)[^\n]{0,20}$", re.M)
# the side a line signs for, before the person ("For the Republic of Panama:") or after him
# (", for the Republic of Nicaragua", " of the Republic of El Salvador")
FOR_BEFORE = re.compile(r"^\s*(?:For|On behalf of)\s+[^:\n]{2,80}:\s*", re.I)
# (cut where the country's name begins: what is left before it is the side's words)
FOR_AFTER = re.compile(r"[\s,]*(?:\b(?:for|on behalf of|of)\s+)?(?:the\s+)?"
                       r"(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:Republic|Commonwealth|State|Federation)\s+of\s+"
                       r"(?:the\s+)?)?$")
# a person's name and office: "Isabel de Saint Malo de Alvarado, Vice President and Minister of …"
_UP = r"[A-ZÁÉÍÓÚÑÜÇ]"
_WORD = rf"{_UP}[\w'’.-]+"
_PARTICLE = r"(?:de|da|del|de la|van|von|y)"
PERSON_OFFICE = re.compile(rf"^(?P<name>{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,5}}),\s+"
                           rf"(?:the\s+)?(?P<office>{_UP}[^\n]{{3,120}}?)\s*$")
CHINA_LINE = re.compile(r"People['’]s Republic of China|\bChina\b|\bChinese\b|"
                        r"中华人民共和国|中華人民共和國|中国|中國")
# a Chinese line: the state's words after its name (共和国, 代表, a colon), then "office name" or
# "name（office）"; the offices are joined by 兼 ("副总统兼外交部长")
STATE_WORDS_ZH = re.compile(r"^(?:共和国|共和國|联邦|聯邦|国|國|联邦共和国|聯邦共和國|多民族国|多民族國)?"
                            r"(?:政府)?(?:全权)?(?:代表)?\s*[：:]?\s*")
NAME_ZH = r"[\u4e00-\u9fff]{2,8}(?:[·・][\u4e00-\u9fff]{1,8}){0,3}"
OFFICE_THEN_NAME_ZH = re.compile(rf"^(?P<office>[\u4e00-\u9fff]{{2,20}}?)\s+(?P<name>{NAME_ZH})\s*$")
NAME_THEN_OFFICE_ZH = re.compile(rf"^(?P<name>{NAME_ZH})\s*[（(](?P<office>[^（）()\n]{{2,30}})[）)]\s*$")
MAX_LINES = 8


def signatories(release: Release) -> list[Found]:
    """The LAC signatory of a joint text, from the block after its signing line: the line that names
    a LAC country and no Chinese side, with a person's name and office in it."""
    text = release.layout.clean
    closing = list(SIGNED_LINE.finditer(text, release.layout.lead_end))
    if not closing:
        return []
    at = text.find("\n", closing[-1].end())
    if at == -1:
        return []
    countries = [(m.start, m.end) for m in release.mentions if m.label == LAC_COUNTRY and m.where == "text"]
    for _ in range(MAX_LINES):
        start = at + 1
        stop = text.find("\n", start)
        stop = len(text) if stop == -1 else stop
        line = text[start:stop]
        at = stop
        if line.strip() and not CHINA_LINE.search(line) and any(start <= a < stop for a, _ in countries):
            first = min((a, b) for a, b in countries if start <= a < stop)
            found = (_person_zh(line, start, first[1] - start) if release.zh
                     else _person(line, start, first[0] - start))
            if found:
                return [found]
        if stop >= len(text):
            break
    return []


def _person(line: str, offset: int, country_at: int) -> Found | None:
    """The name and office of a signature line, without the side it signs for (the country at
    ``country_at`` in the line)."""
    body = FOR_BEFORE.sub("", line)
    cut = len(line) - len(body)
    if not cut:  # the side after the person: the line up to the country, less its words
        body = FOR_AFTER.sub("", line[:country_at])
    match = PERSON_OFFICE.match(body)
    if match is None:
        return None
    office = re.sub(r",\s*$", "", match.group("office")).strip()
    start = offset + cut + match.start("name")
    return match.group("name"), office, start, start + len(match.group("name"))


def _person_zh(line: str, offset: int, country_end: int) -> Found | None:
    """The name and office of a Chinese signature line, after the country's name (ending at
    ``country_end``) and its state words; the office stays in Chinese, the counterpart rules of
    ``mfa`` give it in English."""
    rest = line[country_end:]
    words = STATE_WORDS_ZH.match(rest)
    cut = country_end + (words.end() if words else 0)
    body = line[cut:]
    match = OFFICE_THEN_NAME_ZH.match(body) or NAME_THEN_OFFICE_ZH.match(body)
    if match is None:
        return None
    start = offset + cut + match.start("name")
    return match.group("name"), match.group("office"), start, start + len(match.group("name"))
