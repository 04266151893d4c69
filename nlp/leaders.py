"""LAC heads of state and government with their Chinese names (``lac_leaders.json``).

Chinese releases name a counterpart by a Xinhua rendering (科雷亚, 迪亚斯-卡内尔); coders write the
English name (Rafael Correa). This table maps one to the other, by country and date when both
are known. It holds heads of state and government only: ministers and ambassadors of a Chinese
release keep their Chinese names. (Candidate for a gazetteer file; kept here until it moves.)

Each entry also names the leader's party (a gazetteer party id, or None when independent or
unknown), so ``ruling_party(country, on)`` gives the party of the head in office on a day.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from nlp.gazetteer import to_simplified

DATA = Path(__file__).with_name("lac_leaders.json")


@dataclass(frozen=True)
class Leader:
    name: str
    zh: tuple[str, ...]
    country: str
    office: str
    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: a partial date covers its whole period
    end: str | None = None
    party: str | None = None  # gazetteer party id (parties.json); None = independent or unknown

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return True
        key = day.isoformat()
        return ((self.start is None or self.start <= key[:len(self.start)])
                and (self.end is None or key[:len(self.end)] <= self.end))

    def on_boundary(self, day: date) -> bool:
        """True when ``day`` falls in the (partial) first or last period of the term: a hand-over
        month, where the table cannot tell whether the day is before or after the hand-over."""
        key = day.isoformat()
        return any(edge is not None and len(edge) < 10 and key[:len(edge)] == edge
                   for edge in (self.start, self.end))


@lru_cache(maxsize=1)
def leaders() -> tuple[Leader, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(Leader(name=e["name"], zh=tuple(to_simplified(z) for z in e.get("zh", [])),
                        country=e["country"], office=e["office"], start=e.get("from"), end=e.get("to"),
                        party=e.get("party"))
                 for e in data["entries"])


# States whose head of government (the Prime Minister) leads the governing party: the Caribbean
# parliamentary states (Commonwealth realms and the parliamentary republics Dominica, Trinidad and
# Tobago and, since 2021, Barbados). Everywhere else the President is the one who counts.
PARLIAMENTARY = frozenset({"ATG", "BHS", "BRB", "BLZ", "DMA", "GRD", "JAM", "KNA", "LCA", "VCT", "TTO"})


def head_on(country: str, on: date | None) -> Leader | None:
    """The head of state in office on the day (for a parliamentary Caribbean state, the Prime
    Minister); when the table has no such office holder then (Haiti after July 2021), the other
    office. ``on`` None = the current holder. In a hand-over month given only to the month, the
    holder whose whole term surrounds the day wins, else the successor (latest start)."""
    first = "Prime Minister" if country in PARLIAMENTARY else "President"
    people = [leader for leader in leaders() if leader.country == country]
    for office in (first, "President" if first == "Prime Minister" else "Prime Minister"):
        holders = [leader for leader in people if leader.office == office and leader.held_on(on)]
        if on is None:
            holders = [leader for leader in holders if leader.end is None]
        if holders:
            return max(holders, key=lambda leader: (on is None or not leader.on_boundary(on),
                                                    leader.start or ""))
    return None


def ruling_party(country: str, on: date | None) -> str | None:
    """The gazetteer party id of the head in office on the day (``head_on``), or None when the
    head was independent, the party is unknown, or no head is known for that day."""
    head = head_on(country, on)
    return head.party if head else None


def leader_by_zh(name: str, country: str | None = None, on: date | None = None) -> Leader | None:
    """The leader a Chinese name refers to ("科雷亚", "尼古拉斯·馬杜羅·莫羅斯"): same or contained
    rendering, the release's country, in office on the day when several fit."""
    wanted = to_simplified(name or "").replace("－", "-").replace("—", "-")
    if len(wanted) < 2:
        return None
    found: list[tuple[int, Leader]] = []
    for leader in leaders():
        if country and leader.country != country:
            continue
        best = max((len(z) for z in leader.zh if z in wanted or wanted in z), default=0)
        if best:
            found.append((best, leader))
    if not found:
        return None
    in_office = [f for f in found if f[1].held_on(on)]
    pool = in_office or found
    pool.sort(key=lambda f: -f[0])
    return pool[0][1]


_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "la", "y", "e", "van", "von"})
# The head's office right before the name, or before it with what may stand between: Commonwealth
# styles ("Prime Minister the Most Hon. Andrew Holness", "Prime Minister Dr Keith Rowley"), given
# names the table leaves out ("President Chandrikapersad Santokhi" for Chan Santokhi), and the
# Spanish or Portuguese title a LAC government's English release keeps ("Presidente Luis Arce").
_HONORIFIC = r"(?:the\s+)?(?:Most\s+|Right\s+)?(?:Hon(?:ourable|orable)?|Dr|Mr|Mrs|Ms|Rt\.?\s+Hon)\.?\s+"
HEAD_OFFICE_EN = re.compile(
    r"\b(?:President|Prime Minister|Premier|President[ae]|Primer[ao]? Ministr[ao]|Primeir[ao]-Ministr[ao])"
    rf"\s+(?:{_HONORIFIC}){{0,2}}(?:[A-Z][\w'’-]*\.?\s+){{0,3}}$")


@lru_cache(maxsize=4096)
def leaders_on(day: date | None) -> tuple[Leader, ...]:
    """The heads in office on the day (every head when the day is unknown): most pages ask this of
    a few days, and each asks it of every rule."""
    return tuple(leader for leader in leaders() if leader.held_on(day))


@lru_cache(maxsize=4096)
def plain_name(name: str) -> str:
    """A name without its accents ("Luiz Inácio" → "Luiz Inacio"): releases write both."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def short_names(leader: Leader) -> tuple[str, ...]:
    """The words of a leader's name a release may use alone after the office ("President Lula",
    "Prime Minister Mottley"): each capitalised word of four letters or more but the first."""
    words = [w for w in leader.name.split() if w.casefold() not in _PARTICLES]
    plain = ["".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
             for w in words]
    return tuple(dict.fromkeys(w for w in words[1:] + plain[1:] if len(w) >= 4 and w[:1].isupper()))


def head_by_office(text: str, start: int, end: int, on: date | None,
                   country: str | None = None) -> tuple[Leader, int, int] | None:
    """A head in office on the day named by office and the name or one of its words ("President
    Gustavo Petro", "President Lula", "Prime Minister Mottley"), in text[start:end]; with
    ``country``, only that country's heads. The name must point to one country's leader only (a
    surname two countries' heads share is none)."""
    found: list[tuple[Leader, int, int]] = []
    segment = text[start:end]
    for leader in leaders_on(on):
        if country and leader.country != country:
            continue
        for word in dict.fromkeys((leader.name, plain_name(leader.name), *short_names(leader))):
            if word not in segment:  # (a plain substring test first: most heads are not named)
                continue
            for match in re.finditer(rf"\b{re.escape(word)}\b", segment):
                at = start + match.start()
                if HEAD_OFFICE_EN.search(text[max(0, at - 80):at]):
                    found.append((leader, at, at + len(word)))
    if not found or len({leader.country for leader, _, _ in found}) != 1:
        return None
    return min(found, key=lambda f: f[1])


def head_by_zh(text: str, start: int, end: int, on: date | None,
               country: str) -> tuple[Leader, int, int] | None:
    """A head of ``country`` in office on the day named by a Chinese rendering (卢拉, 莫特利) in
    text[start:end] (simplified characters)."""
    best: tuple[Leader, int, int] | None = None
    for leader in leaders():
        if leader.country != country or (on is not None and not leader.held_on(on)):
            continue
        for name in sorted(leader.zh, key=len, reverse=True):
            at = text.find(name, start, end) if len(name) >= 2 else -1
            if at >= 0 and (best is None or at < best[1]):
                best = (leader, at, at + len(name))
                break
    return best
