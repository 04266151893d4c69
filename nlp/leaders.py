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
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from pathlib import Path

from nlp.gazetteer import to_simplified
from nlp.names import strip_accents

DATA = Path(__file__).with_name("lac_leaders.json")


def term_covers(start: str | None, end: str | None, day: date | None) -> bool:
    """Does a term from ``start`` to ``end`` (YYYY, YYYY-MM or YYYY-MM-DD: a partial date covers its
    whole period; None is open) hold ``day``? No day: any term may."""
    if day is None:
        return True
    key = day.isoformat()
    return (start is None or start <= key[:len(start)]) and (end is None or key[:len(end)] <= end)


@dataclass(frozen=True)
class Leader:
    name: str
    zh: tuple[str, ...]  # every Chinese rendering read (Xinhua's and other papers')
    country: str
    office: str
    xinhua: tuple[str, ...] = ()  # the renderings Xinhua uses, as a mainland release writes the name
    start: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD: a partial date covers its whole period
    end: str | None = None
    party: str | None = None  # gazetteer party id (parties.json); None = independent or unknown

    def held_on(self, day: date | None) -> bool:
        return term_covers(self.start, self.end, day)

    def on_boundary(self, day: date) -> bool:
        """True when ``day`` falls in the (partial) first or last period of the term: a hand-over
        month, where the table cannot tell whether the day is before or after the hand-over."""
        key = day.isoformat()
        return any(edge is not None and len(edge) < 10 and key[:len(edge)] == edge
                   for edge in (self.start, self.end))


@lru_cache(maxsize=1)
def leaders() -> tuple[Leader, ...]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    # the forms other papers print (``zh_other``) are read as Xinhua's are
    return tuple(Leader(name=e["name"],
                        zh=tuple(to_simplified(z) for z in e.get("zh", []) + e.get("zh_other", [])),
                        xinhua=tuple(e.get("zh", [])),
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
    # (not a deputy's office: "Vice President López" is not President López Obrador)
    r"(?<!Vice )(?<!Vice-)(?<!vice )(?<!vice-)(?<!Deputy )(?<!deputy )"
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
    return strip_accents(name)


@lru_cache(maxsize=4096)
def short_names(leader: Leader) -> tuple[str, ...]:
    """The words of a leader's name a release may use alone after the office ("President Lula",
    "Prime Minister Mottley"): each capitalised word of four letters or more but the first."""
    words = [w for w in leader.name.split() if w.casefold() not in _PARTICLES]
    plain = [strip_accents(w) for w in words]
    return tuple(dict.fromkeys(w for w in words[1:] + plain[1:] if len(w) >= 4 and w[:1].isupper()))


_NAME_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*)\s+$")
_NAME_WORD_AFTER = re.compile(r"\s+([A-ZÀ-Þ][\w'’-]*)")


def _inside_other_name(text: str, start: int, end: int, leader: Leader) -> bool:
    """Is the word at text[start:end] (one word of a head's name, "Manuel") the middle of another
    person's name: a capitalised word before it and one after it, neither a word of this head's
    name nor an office ("President João Manuel Gonçalves Lourenço" is not President Andrés Manuel
    López Obrador)? A surname after the office ("President Arce Catacora") is his."""
    words = {w.casefold() for w in (*leader.name.split(), *plain_name(leader.name).split())}
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _NAME_WORD_AFTER.match(text, end)
    if before is None or after is None:
        return False
    first, last = before.group(1), after.group(1)
    return (first.casefold() not in words and last.casefold() not in words
            and re.fullmatch(r"(?:President[ae]?|Premier|Minister|Hon|Dr|Mr|Mrs|Ms)\.?", first) is None)


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
            full = word in (leader.name, plain_name(leader.name))
            for match in re.finditer(rf"\b{re.escape(word)}\b", segment):
                at = start + match.start()
                if not full and _inside_other_name(text, at, at + len(word), leader):
                    continue
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


# ---------------------------------------------------------------------------------------------
# Other LAC officials (``lac_officials.json``): vice presidents, foreign ministers, heads of the
# legislature, party leaders. China's releases name them as they name heads, often without the
# country ("Wang Yi Holds Talks with Mauro Vieira", 王毅同罗德里格斯会谈): the person is the
# country's actor (codebook, country: "the LAC country whose actors take part"). Unlike a head,
# such an official is never head-of-state level, and a surname alone (Rodríguez, López) names no
# one: a release's short form is used only right after the office, for the holder on that day.

OFFICIALS_DATA = Path(__file__).with_name("lac_officials.json")
ROLES = ("vice_president", "foreign_minister", "legislature_head", "party_leader")
KINDS = {"vice_president": "government", "foreign_minister": "government",
         "legislature_head": "legislature", "party_leader": "party"}


@dataclass(frozen=True)
class LacOfficial:
    name: str
    country: str
    office: str
    role: str
    kind: str
    aliases: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    zh: tuple[str, ...] = ()
    zh_short: tuple[str, ...] = ()
    party: str | None = None
    start: str | None = None
    end: str | None = None

    def held_on(self, day: date | None) -> bool:
        return term_covers(self.start, self.end, day)

    def full_names(self) -> tuple[str, ...]:
        """Every full form (two words or more), with and without accents."""
        names = [n for n in (self.name, *self.aliases) if len(n.split()) >= 2]
        return tuple(dict.fromkeys(names + [plain_name(n) for n in names]))


@lru_cache(maxsize=1)
def lac_officials() -> tuple[LacOfficial, ...]:
    data = json.loads(OFFICIALS_DATA.read_text(encoding="utf-8"))
    return tuple(LacOfficial(name=e["name"], country=e["country"], office=e["office"], role=e["role"],
                             kind=e.get("kind") or KINDS.get(e["role"], "government"),
                             aliases=tuple(e.get("aliases", [])), short=tuple(e.get("short", [])),
                             zh=tuple(to_simplified(z) for z in e.get("zh", [])),
                             zh_short=tuple(to_simplified(z) for z in e.get("zh_short", [])),
                             party=e.get("party"), start=e.get("from"), end=e.get("to"))
                 for e in data["entries"])



def official_by_zh(name: str, country: str | None, on: date | None = None,
                   text: str | None = None, at: int = 0) -> LacOfficial | None:
    """The LAC official a Chinese name refers to, so a Chinese page's minister, vice president or
    legislature head is written with the Latin-script name coders use ("维埃拉" → Mauro Vieira), as a
    head is (``leader_by_zh``). A full rendering (``zh``: a name of this person alone) that is the
    name or ends it names him (of the release's country when it has one); a shared short rendering
    (``zh_short``: 罗德里格斯) only as ``officials_named`` reads it: right after his office in
    ``text`` (simplified, the name at ``at``), for the one holder of that office that day.
    古共关塔那摩省委第一书记罗德里格斯 is no foreign minister."""
    wanted = to_simplified(name or "").replace("－", "-").replace("—", "-")
    if len(wanted) < 2:
        return None
    # (one person with several offices: the entry held that day wins, put last)
    pool = sorted((o for o in lac_officials() if country is None or o.country == country),
                  key=lambda o: o.held_on(on))
    full = {o.name: o for o in pool if any(wanted == z or (len(z) >= 3 and wanted.endswith(z)) for z in o.zh)}
    if len(full) == 1:
        return next(iter(full.values()))
    if country is None or text is None:
        return None
    short = {o.name: o for o in pool if o.held_on(on) and wanted in o.zh_short + o.zh
             and (_office_before(text, at, o.role, True) or _office_after_zh(text, at + len(wanted), o.role))}
    return next(iter(short.values())) if len(short) == 1 else None

# The office right before a short name. English: the office, an optional honorific and up to two
# given names ("Foreign Minister Rodríguez", "Vice President Delcy Rodríguez", "Minister of Foreign
# Affairs the Hon. Johnson Smith"); Chinese: the office and at most a middle dot (外长罗德里格斯).
ROLE_OFFICE_EN = {
    "vice_president": r"(?:First\s+)?Vice[\s-]+President",
    "foreign_minister": r"(?:Foreign\s+(?:Affairs\s+)?Minister|Minister\s+of\s+(?:Foreign|External)\s+"
                        r"(?:Affairs|Relations)(?:\s+and\s+[A-Z]\w+(?:\s+[A-Z]\w+)?)?|Chancellor|FM)",
    "legislature_head": r"(?:Speaker|President\s+of\s+the\s+(?:National\s+Assembly|Senate|Congress|"
                        r"Chamber\s+of\s+Deputies))",
}
ROLE_OFFICE_ZH = {
    "vice_president": r"(?:第一)?副总统",
    "foreign_minister": r"(?:外长|外交部长|外交部部长|外交与侨务部长|外交和侨务部长)",
    "legislature_head": r"(?:国会主席|议长|全国代表大会主席|国民议会主席|众议院议长|参议院议长)",
}


def _office_before(text: str, at: int, role: str, zh: bool) -> bool:
    if zh:
        office = ROLE_OFFICE_ZH.get(role)
        return bool(office) and re.search(rf"{office}\s*$", text[max(0, at - 10):at]) is not None
    office = ROLE_OFFICE_EN.get(role)
    return bool(office) and re.search(
        rf"\b{office}\s+(?:{_HONORIFIC}){{0,2}}(?:[A-Z][\w'’-]*\.?\s+){{0,2}}$",
        text[max(0, at - 90):at]) is not None


def _office_after_zh(text: str, end: int, role: str) -> bool:
    """Chinese puts the office after a name the page names as a guest (同维埃拉外长通电话, 会见罗德里格斯
    外长): the office right after a short name is his, as the office right before it is."""
    office = ROLE_OFFICE_ZH.get(role)
    return bool(office) and re.match(office, text[end:end + 8]) is not None


def _found_at(text: str, name: str, zh: bool) -> list[int]:
    """Where ``name`` stands in ``text`` (an English name as a whole word). Every official's every
    name is looked for on every page, so a plain substring test comes first, and the word-bounded
    pattern is compiled once per name (there are more names than ``re``'s own cache holds)."""
    if name not in text:
        return []
    if zh:
        return [m.start() for m in re.finditer(re.escape(name), text)]
    return [m.start() for m in _whole_word(name).finditer(text)]


@cache
def _whole_word(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def officials_named(passages: tuple[tuple[str, str], ...], on: date | None,
                    zh: bool = False) -> list[tuple[LacOfficial, str, int, int]]:
    """LAC officials named in the passages (where, text): (official, where, start, end).

    By a full name or a Chinese rendering that names one person (any day: a former minister is
    still his country's actor; the entry in office that day is preferred, else the latest one
    before it), or by a short name right after the office, for the holder of that office on the
    day only (a bare surname, or one that several countries' holders share that day, names none)."""
    found: list[tuple[LacOfficial, str, int, int, bool]] = []
    by_short: list[tuple[LacOfficial, str, int, int, bool]] = []
    full_spans: set[tuple[str, int, int]] = set()  # every full name's place, in every passage
    for official in lac_officials():
        for where, text in passages:
            full_spans.update((where, at, at + len(n)) for n in (official.zh if zh else official.full_names())
                              for at in _found_at(text, n, zh))
    for official in lac_officials():
        in_office = official.held_on(on)
        for where, text in passages:
            names = official.zh if zh else official.full_names()
            hit = next(((at, at + len(n)) for n in sorted(names, key=len, reverse=True)
                        for at in _found_at(text, n, zh)), None)
            if hit is not None:
                found.append((official, where, hit[0], hit[1], in_office))
                break
            if in_office and on is not None:
                shorts = official.zh_short + official.zh if zh else official.short
                hit = next(((at, at + len(n)) for n in sorted(shorts, key=len, reverse=True)
                            for at in _found_at(text, n, zh) if _office_before(text, at, official.role, zh)
                            or zh and _office_after_zh(text, at + len(n), official.role)),
                           None)
                if hit is not None:
                    by_short.append((official, where, hit[0], hit[1], in_office))
                    break
    # a short name inside another official's full name is part of that name ("Foreign Minister
    # Delcy Rodríguez", 2016: not Cuba's Foreign Minister Rodríguez)
    found += [hit for hit in by_short
              if not any(where == hit[1] and a <= hit[2] and hit[3] <= b for where, a, b in full_spans)]
    if not found:
        return []
    # a short name two countries' officials share (Foreign Minister Rodríguez, 2015: Cuba and
    # Venezuela) names neither: every match must be one country's
    if len({f[0].country for f in found}) != 1:
        return []
    # one entry per person: the office held that day, else the latest one begun before it
    key = on.isoformat() if on else "9999"
    best: dict[str, tuple[LacOfficial, str, int, int, bool]] = {}
    for item in found:
        rank = (item[4], (item[0].start or "") <= key, item[0].start or "")
        old = best.get(item[0].name)
        if old is None or rank > (old[4], (old[0].start or "") <= key, old[0].start or ""):
            best[item[0].name] = item
    found = sorted(best.values(), key=lambda f: (f[1] != "title", f[2]))
    return [(official, where, start, end) for official, where, start, end, _ in found]


def official_problems() -> list[str]:
    """Problems in ``lac_officials.json``: an unknown role or kind, a date out of order or badly
    written, a short or Chinese short name missing its full form, an unknown country or party
    (checked by ``python -m nlp.gazetteer --check``)."""
    from nlp.gazetteer import Gazetteer  # (here: nlp.gazetteer does not import this module)

    gaz = Gazetteer.load()
    problems: list[str] = []
    date_re = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
    for i, o in enumerate(lac_officials()):
        where = f"lac_officials.json entry {i} ({o.name}, {o.office})"
        if o.role not in ROLES:
            problems.append(f"{where}: unknown role {o.role!r}")
        if o.kind != KINDS.get(o.role):
            problems.append(f"{where}: kind {o.kind!r} is not the role's ({KINDS.get(o.role)!r})")
        if gaz.country(o.country) is None:
            problems.append(f"{where}: unknown country {o.country!r}")
        if (o.party is not None) != (o.role == "party_leader"):
            problems.append(f"{where}: a party id belongs to a party office only")
        if o.party is not None and gaz.get(o.party) is None:
            problems.append(f"{where}: unknown party {o.party!r}")
        for edge in (o.start, o.end):
            if edge is not None and not date_re.match(edge):
                problems.append(f"{where}: bad date {edge!r}")
        if o.start and o.end and o.end < o.start[:len(o.end)]:
            problems.append(f"{where}: ends before it starts")
        if len(o.name.split()) < 2:
            problems.append(f"{where}: the name is not a full name")
        if o.short and o.role not in ROLE_OFFICE_EN or o.zh_short and o.role not in ROLE_OFFICE_ZH:
            problems.append(f"{where}: short names without an office pattern for role {o.role!r}")
    return problems
