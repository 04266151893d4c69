"""One event, many releases: decide which releases report the same exchange.

The same exchange is often published more than once: by the IDCPC and by the foreign
ministry, in English and in Chinese, or on several pages of one site (a news item and a
"Spokesperson's remarks" page). The data set counts exchanges, so those releases become one
row that keeps every url.

The rule. Two relevant releases report the same exchange when ALL of these hold:

1. **Country**: the same canonical country (``multilateral`` counts as a country here), and
   both have one.
2. **Dates**: their days (event date, else publication date) are at most ``WINDOW_DAYS`` (3)
   days apart. Releases without any date are never merged.
3. **Event type**: the event types fall in the same family (``EVENT_FAMILIES``): meetings,
   talks and visits are one family (a state visit is reported as "talks" by one page and
   "met" by another); phone and video calls one; messages one; knowledge events (course,
   seminar, forum, dialogue, field trip, briefing) one; joint statements one; ``other`` and a
   missing type only match themselves.
4. **Counterpart**: the counterparts do not contradict each other:
   - *same* when they share a party (gazetteer party id), or one named counterpart matches
     another (after lower-casing, removing accents, punctuation and titles: one name's words
     contained in the other's, e.g. "Lula" in "Luiz Inácio Lula da Silva", or a similarity
     ratio of at least 0.9), or both foreign-ministry releases are at head-of-state level
     (a country has one head of state at a time);
   - *unknown* when a side names nobody, or the names are in different scripts (English
     vs Chinese) so they cannot be compared;
   - *different* otherwise.
   Releases of the same site and language must be *same*; releases of different sites or
   languages may be *same* or *unknown*. *Different* never merges.

Two exchanges of one page (the items of a roundup or a digest, ``Record.item``) are never one
event: the page reports them as separate exchanges. A message with no day of its own (a
roundup entry: the page gives no day, so its publication day stands in) matches the same
sender's message on another such page up to ``MESSAGE_WINDOW_DAYS`` (31) apart, as long as the
counterparts are *same*: roundups of one occasion come out over weeks, one sender per message.

Merging is transitive (single link): if A matches B and B matches C, the three are one row.
Each row's ``merge_note`` lists its releases and, for each link, which test matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from nlp.dates import parse_date
from nlp.items import DATELINE_NOTE
from nlp.records_db import item_key
from nlp.schema import Record

WINDOW_DAYS = 3
MESSAGE_WINDOW_DAYS = 31  # undated messages of one sender, reported by roundups weeks apart
NAME_RATIO = 0.9

EVENT_FAMILIES: dict[str, str] = {
    **{
        t: "meeting"
        for t in (
            "meeting",
            "talks",
            "state_visit",
            "official_visit",
            "meeting_on_sidelines",
            "delegation_received",
            "delegation_visit_abroad",
        )
    },
    "phone_call": "call",
    "video_call": "call",
    "message": "message",
    **{
        t: "knowledge event"
        for t in ("training_course", "seminar", "forum", "dialogue", "field_trip", "briefing")
    },
    "joint_statement": "joint statement",
}

# Words that say who someone is rather than who: dropped before comparing names.
_TITLE_WORDS = frozenset(
    """
mr mrs ms dr h e his her excellency president vice prime minister secretary general first
deputy chairman chairwoman chair leader member members head of the and de del la el los las
da do dos das e y comrade senator deputy ambassador foreign affairs minister's party delegation for
""".split()
)
_CJK = re.compile(r"[\u3400-\u9fff]")


def event_day(record: Record) -> date | None:
    """The day used to match releases: the event date, else the publication date."""
    for value in (record.event_date, record.published):
        if value:
            day = parse_date(value)
            if day:
                return day
    return None


def event_family(record: Record) -> str:
    if not record.event_type:
        return "(none)"
    return EVENT_FAMILIES.get(record.event_type, record.event_type)


def _normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^\w\u3400-\u9fff]+", " ", text).strip()


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in _normalise(name).split() if w not in _TITLE_WORDS)


def _names(record: Record) -> list[str]:
    names = [c.name for c in record.contacts if c.name]
    if record.counterpart:
        names.append(record.counterpart.split(",")[0])  # "Lula, President" -> "Lula"
    return names


def names_match(a: str, b: str) -> bool:
    """Fuzzy equality of two names in one script (containment of words, or a close spelling)."""
    if bool(_CJK.search(a)) != bool(_CJK.search(b)):
        return False
    if _CJK.search(a):
        na, nb = _normalise(a).replace(" ", ""), _normalise(b).replace(" ", "")
        return bool(na and nb) and (na in nb or nb in na)
    wa, wb = _words(a), _words(b)
    if wa and wb and (wa <= wb or wb <= wa) and max(len(w) for w in wa & wb) >= 3:
        return True
    na, nb = " ".join(sorted(wa)), " ".join(sorted(wb))
    return bool(na and nb) and SequenceMatcher(None, na, nb).ratio() >= NAME_RATIO


def counterparts(a: Record, b: Record) -> tuple[str, str]:
    """('same' | 'unknown' | 'different', why) for the counterparts of two releases."""
    parties = {c.party_id for c in a.contacts if c.party_id} & {c.party_id for c in b.contacts if c.party_id}
    if parties:
        pid = sorted(parties)[0]
        name = next(c.party or pid for c in a.contacts if c.party_id == pid)
        return "same", f"same party ({name})"
    names_a, names_b = _names(a), _names(b)
    for x in names_a:
        for y in names_b:
            if names_match(x, y):
                return "same", f"counterpart '{x}' ~ '{y}'"
    if a.source == b.source == "mfa" and a.head_of_state_level and b.head_of_state_level:
        return "same", "both at head-of-state level"
    if not names_a or not names_b:
        return "unknown", "a release names no counterpart"
    script_a = {bool(_CJK.search(n)) for n in names_a}
    script_b = {bool(_CJK.search(n)) for n in names_b}
    if not script_a & script_b:
        return "unknown", "counterparts named in different scripts"
    return "different", "counterparts differ"


def _undated_message(record: Record) -> bool:
    """A message with no day of its own (a roundup entry dated by its report's dateline too)."""
    return event_family(record) == "message" and (not record.event_date or DATELINE_NOTE in record.notes)


def same_event(a: Record, b: Record) -> str | None:
    """Why two releases report one exchange, or None when they do not (the module's rule)."""
    if not a.country or a.country != b.country:
        return None
    if a.url == b.url and (a.key or a.url) == (b.key or b.url) and a.item != b.item:
        return None  # two exchanges of one page
    day_a, day_b = event_day(a), event_day(b)
    if day_a is None or day_b is None:
        return None
    gap = abs((day_a - day_b).days)
    undated = _undated_message(a) and _undated_message(b)
    if gap > (MESSAGE_WINDOW_DAYS if undated else WINDOW_DAYS):
        return None
    if event_family(a) != event_family(b):
        return None
    verdict, why = counterparts(a, b)
    if verdict == "different" or (gap > WINDOW_DAYS and verdict != "same"):
        return None
    if verdict == "unknown" and a.source == b.source and a.lang == b.lang:
        return None
    days = "same day" if gap == 0 else f"{gap} day{'s' if gap > 1 else ''} apart"
    return f"{a.country}, {event_family(a)}, {days}, {why}"


@dataclass
class Event:
    """Releases judged to report one exchange, with the reasons that joined them."""

    records: list[Record]
    links: list[tuple[str, str, str]]  # (key a, key b, why)


def _key(record: Record) -> str:
    """A record's identity in notes and ids: its page, and ``#N`` for the page's item N."""
    return item_key(record.key or record.url, record.item)


def group_events(records: Iterable[Record]) -> list[Event]:
    """Partition relevant records into events (deterministic: independent of input order)."""
    ordered = sorted(records, key=lambda r: (event_day(r) or date.max, _key(r)))
    parent = list(range(len(ordered)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links: list[tuple[int, int, str]] = []
    for i, a in enumerate(ordered):
        day_a = event_day(a)
        if day_a is None:
            continue
        for j in range(i + 1, len(ordered)):
            b = ordered[j]
            day_b = event_day(b)
            if day_b is None or (day_b - day_a).days > MESSAGE_WINDOW_DAYS:
                break
            why = same_event(a, b)
            if why:
                links.append((i, j, why))
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for i in range(len(ordered)):
        groups.setdefault(find(i), []).append(i)
    events = []
    for members in groups.values():
        member_set = set(members)
        event_links = [
            (_key(ordered[i]), _key(ordered[j]), why)
            for i, j, why in links
            if i in member_set and j in member_set
        ]
        events.append(Event([ordered[i] for i in members], event_links))
    return events


def merge_note(event: Event, lead: Record) -> str:
    """One line a researcher can check: which releases, and why they were taken as one."""
    recs = event.records
    if len(recs) == 1:
        return "one release"
    parts = [
        f"{len(recs)} releases of one exchange: "
        + ", ".join(
            f"{_key(r)} ({r.source}, {r.lang}, {r.event_date or r.published or 'no date'})"
            for r in _lead_first(recs, lead)
        )
    ]
    parts += [f"{a} = {b}: {why}" for a, b, why in event.links]
    return "; ".join(parts)


def _lead_first(records: Sequence[Record], lead: Record) -> list[Record]:
    return [lead, *[r for r in records if r is not lead]]
