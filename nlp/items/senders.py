"""Who sent a roundup entry's message, as the item's first contact. The contacts step reads people
met or addressed; an entry names its sender by a list's own patterns ("Name, role: quote",
'"…," said President X', 党主席、众议院副议长希奥哈), which only a roundup needs.
"""

from __future__ import annotations

import re

from nlp.gazetteer import CN_OFFICIAL, LAC_PARTY, Party
from nlp.items.units import Segment
from nlp.release import Release
from nlp.schema import Contact, Record, Span
from nlp.steps import contacts as contacts_step
from nlp.steps.contacts import kind_of as contact_kind

NAME_EN = r"[A-Z][\w'’.-]+(?: (?:de |da |dos |del |la |van |von |bin |al-)?[A-Z][\w'’.-]+){1,4}"
TITLE_WORDS = (r"(?:President|Prime Minister|Premier|Minister|Chairman|Chairwoman|Chair|Leader|"
               r"Secretary(?:-General| General)?|Speaker|Governor|Vice President|Emir|King|Head)")
# Who sent a roundup entry's message: "Name, role …", "… said [role] Name.", "[Role] Name said".
SENDER_EN = (
    re.compile(rf"^\s*(?P<name>{NAME_EN})\s*(?:,\s*(?P<role>[^;:\n]{{3,200}}?)(?=,? (?:said|noted|"
               rf"stressed|hailed|expressed|lauded|wrote|added|extended)\b|[;.:\n]|$)|\n+(?P<role2>[^\n]{{3,200}}))"),
    re.compile(rf"\b(?:said|noted|stressed|added|wrote)(?P<role>(?: [A-Z][\w'’-]+| of| and| the){{0,10}}? "
               rf"{TITLE_WORDS}) (?P<name>{NAME_EN})(?=[,.]|$)"),
    re.compile(rf"^\s*(?P<role>(?:[A-Z][\w'’-]+ |of |the |and ){{0,6}}{TITLE_WORDS}) (?P<name>{NAME_EN})"
               rf"(?=,| said| noted| hailed| expressed| extended| wrote)"),
    re.compile(rf"\b(?:said|noted|stressed|added|wrote) (?P<name>{NAME_EN}),\s*(?P<role>[^.;:]{{3,200}})"),
    re.compile(rf",\s*(?P<role>{TITLE_WORDS}[^,.;:\n]{{0,80}}?) (?P<name>{NAME_EN}) "
               rf"(?:said|noted|stressed|added|wrote)\b"),
)
ORG_WORDS = frozenset({"party", "front", "movement", "congress", "union", "alliance", "labour", "labor",
                       "national", "republic", "assembly", "forum", "council", "committee", "pact"})


def _person(name: str) -> str:
    """The person's name at the end of a run of capitalised words that starts with an
    organisation's ("Jamaica Labour Party Andrew Holness" → "Andrew Holness")."""
    words = name.split()
    last = max((i for i, w in enumerate(words) if w.lower().strip("'’s") in ORG_WORDS), default=-1)
    return " ".join(words[last + 1:]) if len(words) - last - 1 >= 2 else name


# A Chinese entry's sender: "…党主席、众议院副议长希奥哈" — the name right after the last title.
TITLES_ZH = (r"(?:第一书记|总书记|书记|副主席|主席|政治领袖|领袖|副总统|总统|总理|副议长|议长|"
             r"秘书长|部长|主任|领导人|党首|创始人)")
ZH_HEAD = 40  # characters: where an entry names its sender
SENDER_ZH = re.compile(rf"{TITLES_ZH}(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff·•\-－]{{1,11}}?)"
                       r"(?=[，,；;。、（(]|\s|$|在|表示|说|指出|致|发来|分别|认为|称)")


def _sender_zh(seg: Release, segment: Segment, record: Record, page_text: str) -> None:
    text = page_text[segment.start:segment.end]
    match = SENDER_ZH.search(text, 0, ZH_HEAD)  # a list entry or a paragraph names its sender first
    if not match or re.search(r"[的也中在和与同向]", match.group("name")):
        return
    name = match.group("name")
    start = segment.start + match.start("name")
    if any(m.start < start + len(name) and start < m.end for m in seg.mentions
           if m.label == CN_OFFICIAL and m.where == "text"):
        return  # the Chinese side (总理李克强) is not a sender
    known = [c for c in record.contacts if name in c.name or c.name.split(" (")[0] in name]
    if known:  # the contacts step found the sender: first, as the item's counterpart
        record.contacts.remove(known[0])
        record.contacts.insert(0, known[0])
        return
    title = text[max(0, match.start() - 20):match.start("name")]
    party = next((m.entry for m in seg.of(LAC_PARTY) if m.where == "text"
                  and segment.start <= m.start < segment.end and isinstance(m.entry, Party)), None)
    kind = contact_kind(title)
    if party is not None and kind in ("other", "party"):
        kind = "party"
    english = getattr(contacts_step, "_with_english", None)
    shown = name
    if english is not None:
        try:
            shown = english(seg, name, party)
        except Exception:  # noqa: BLE001 - a name without its English form is still the sender
            shown = name
    record.contacts.insert(0, Contact(name=shown, kind=kind, party_id=party.id if party else None,
                                      party=party.canonical if party else None))
    record.add_evidence("contacts", Span(start, start + len(name), page_text[start:start + len(name)]))


def add_sender(seg: Release, segment: Segment, record: Record, page_text: str) -> None:
    """The person who sent a roundup entry's message, as the item's first contact (the contacts
    step reads people met or addressed; an entry names its sender by a list's own patterns)."""
    if seg.zh:
        _sender_zh(seg, segment, record, page_text)
        return
    text = seg.layout.clean[segment.start:segment.end]
    raw = page_text[segment.start:segment.end]  # with its line breaks: "Name\n\nrole\n\nquote"
    for pattern in SENDER_EN:
        match = pattern.search(raw if pattern is SENDER_EN[0] else text)
        if not match:
            continue
        name = _person(match.group("name").strip())
        role = (match.groupdict().get("role") or match.groupdict().get("role2") or "").strip()
        words = set(name.lower().split())
        known = [c for c in record.contacts if words & set(c.name.lower().split())]
        if known:  # the contacts step found the sender: first, as the item's counterpart
            record.contacts.remove(known[0])
            record.contacts.insert(0, known[0])
            return
        kind = contact_kind(role) if role else "other"
        party = next((m.entry for m in seg.of(LAC_PARTY) if m.where == "text"
                      and segment.start <= m.start < segment.end and isinstance(m.entry, Party)), None)
        if party is not None and kind in ("other", "party"):
            kind = "party"
        record.contacts.insert(0, Contact(name=name, kind=kind, party_id=party.id if party else None,
                                          party=party.canonical if party else None))
        start = segment.start + match.start("name") + match.group("name").rfind(name)
        record.add_evidence("contacts", Span(start, start + len(name), page_text[start:start + len(name)]))
        return
