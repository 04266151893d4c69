"""Separate exchanges reported in one breath: one record per counterpart.

A page may report two or more exchanges of one kind held apart from each other, side by side in
one sentence or paragraph: "Sun Haiyan met separately with delegations of the Communist Party of
Cuba and the Communist Party of Brazil", 分别会见古巴共产党…和巴西共产党…, "On the same day, Liu
also met with …", 习近平分别致电哥斯达黎加总统…、萨尔瓦多总统…, a roundup's "A、B、C等政党纷纷致电".
The language says they were separate (分别 / "separately" before the exchange's verb, "on the same
day … also met", 纷纷 / "等…致电" for many senders each writing): the study counts exchanges, so each
counterpart is an exchange of its own, with the page's format and day (one sentence, one day).

The page's record (the codebook's one record per page) stays as the page-level coding gave it —
now the page's collective record, item 0 — and the exchanges follow as items 1, 2 …. A joint
meeting with parties of several countries ("a joint delegation of …") is one exchange: no such
word, no split. The counterparts are grouped by country (by party when all are of one country,
the separate meetings of two parties of one country); an IDCPC page groups its contacts by their
party, a foreign-ministry page its principals by the country named beside each.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, Party
from nlp.release import Release
from nlp.schema import MULTILATERAL, Contact, Record, Span
from nlp.sentences import sentence_at
from nlp.steps.mfa_chinese_side import chinese_side
from nlp.steps.mfa_offices_en import head_office

# The formats of one short exchange: the ones a page may report several of side by side
ONE_EXCHANGE = frozenset({"meeting", "meeting_on_sidelines", "talks", "phone_call", "video_call", "message"})
NOTE = "separate exchanges: {n} counterparts met, called or written to separately; exchange {i} of {n}"
OF_COUNTRY = re.compile(r",?\s*of\s+(?:the\s+)?")  # "President Rodrigo Chaves of Costa Rica"


def _party(release: Release, contact: Contact) -> Party | None:
    entry = release.gazetteer.get(contact.party_id) if contact.party_id else None
    return entry if isinstance(entry, Party) and entry.country else None


def _party_groups(release: Release, record: Record) -> list[tuple[str, list[Contact]]]:
    """The contacts by their party's country (by party when one country's): a contact without a
    party joins the group of the party named last before it."""
    spans = {s.text: s.start for s in record.evidence.get("contacts", []) if s.where == "text"}
    with_party = [(c, p) for c in record.contacts if (p := _party(release, c)) is not None]
    if not with_party:
        return []
    by_country = len({p.country for _, p in with_party}) >= 2
    groups: dict[str, list[Contact]] = {}
    anchors: list[tuple[int, str]] = []
    for contact, party in with_party:
        key = str(party.country if by_country else party.id)
        groups.setdefault(key, []).append(contact)
        if contact.name in spans:
            anchors.append((spans[contact.name], key))
    anchors.sort()
    for contact in record.contacts:
        if _party(release, contact) is not None:
            continue
        at = spans.get(contact.name)
        before = [key for start, key in anchors if at is not None and start <= at]
        groups[before[-1] if before else next(iter(groups))].append(contact)
    return list(groups.items())


def _country_beside(release: Release, span: Span, after_previous: int, before_next: int) -> str | None:
    """The LAC country named with the principal: right after his name as "of Costa Rica"
    ("President Rodrigo Chaves of Costa Rica"), else before it in his sentence and after the
    principal named before him ("Chilean President Gabriel Boric", 智利总统博里奇)."""
    text = release.layout.clean
    left = max(sentence_at(text, span.start)[0], after_previous)
    countries = [m for m in release.of(LAC_COUNTRY) if m.where == "text"]
    after = [m for m in countries if span.end <= m.start < before_next
             and OF_COUNTRY.fullmatch(text, span.end, m.start)]
    before = [m for m in countries if left <= m.start and m.end <= span.start]
    found = after[0] if after else (before[-1] if before else None)
    if found is None:
        return None
    entry = release.gazetteer.country(found.entry.id)
    return entry.canonical if entry else None


def _separate_words(release: Release) -> bool:
    focus = release.title + "\n" + release.layout.clean
    return cues.pattern("separate_exchanges").search(focus) is not None


def _idcpc_items(release: Release, record: Record) -> list[Record]:
    groups = _party_groups(release, record)
    if len(groups) < 2:
        return []
    gaz = release.gazetteer
    scope = ["global"] if "global" in record.mechanism else ["bilateral"]
    items = []
    for contacts in (g for _, g in groups):
        parties = [p for c in contacts if (p := _party(release, c)) is not None]
        entry = gaz.country(parties[0].country or "")
        item = _item(record, entry.canonical if entry else parties[0].country or "", contacts)
        item.mechanism = scope + (["leftist"] if any(p.leftist for p in parties) else [])
        items.append(item)
    return items


def _mfa_items(release: Release, record: Record) -> list[Record]:
    named = (record.counterpart or "").split("; ")
    spans = [s for s in record.evidence.get("counterpart", []) if s.where == "text"]
    if len(named) < 2 or len(spans) != len(named):
        return []
    ends = [0] + [s.end for s in spans[:-1]]
    starts = [s.start for s in spans[1:]] + [len(release.layout.clean)]
    countries = [_country_beside(release, s, a, b) for s, a, b in zip(spans, ends, starts, strict=True)]
    if None in countries or len(set(countries)) != len(countries):
        return []
    chinese_head = chinese_side(release)[1]
    focus = release.focus_text()
    level = chinese_head and not cues.pattern("not_head_level").search(focus)
    items = []
    for name, span, country in zip(named, spans, countries, strict=True):
        people = [c for c in record.contacts if c.name == span.text or c.name in name]
        item = _item(record, country or "", people)
        item.counterpart = name
        item.evidence["counterpart"] = [span]
        office = name.split(", ", 1)[1] if ", " in name else name
        item.head_of_state_level = bool(level and head_office(office))
        items.append(item)
    return items


def _item(record: Record, country: str, contacts: list[Contact]) -> Record:
    """The page's exchange with one counterpart: its format, day and content; its own country."""
    names = {c.name for c in contacts}
    evidence = {name: list(spans) for name, spans in record.evidence.items() if name != "country"}
    evidence["contacts"] = [s for s in record.evidence.get("contacts", []) if s.text in names]
    if not evidence["contacts"]:
        del evidence["contacts"]
    return replace(record, collective=False, country=country, exchange_type="bilateral",
                   contacts=list(contacts), notes=list(record.notes), evidence=evidence,
                   mechanism=list(record.mechanism))


def separate_items(release: Release, record: Record) -> list[Record]:
    """The page's record followed by one record per counterpart it reports apart (the page's
    record collective, item 0), or [] when the page reports one exchange."""
    if (not record.relevant or record.event_type not in ONE_EXCHANGE or record.collective
            or not _separate_words(release)):
        return []
    items = _mfa_items(release, record) if release.is_mfa else _idcpc_items(release, record)
    if len(items) < 2 or any(i.country == MULTILATERAL or not i.country for i in items):
        return []
    page = replace(record, item=0, collective=True, notes=list(record.notes))
    for i, item in enumerate(items, start=1):
        item.item = i
        item.notes.append(NOTE.format(n=len(items), i=i))
    return [page, *items]
