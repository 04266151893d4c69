"""The page's own record over its items, where the headline reports them together: a roundup of
senders from several LAC countries, or a trip to several, is one multilateral exchange (the
codebook's group of actors from two or more LAC countries), and several senders of one country are
one record with all of them as contacts. ``exchanges`` leaves such records out: the data set counts
exchanges.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from nlp.gazetteer import Party
from nlp.items.headline import headline_names
from nlp.items.item_record import DATELINE_NOTE
from nlp.items.kinds import LEGS, ROUNDUP
from nlp.release import Release
from nlp.schema import MULTILATERAL, Record


def exchanges(records: Iterable[Record]) -> list[Record]:
    """The records that are exchanges: all but a page's collective record (the data set counts
    exchanges; the collective record is the page's coding over them)."""
    return [r for r in records if not r.collective]


def is_collective(page: Release, kind: str, items: list[Record]) -> bool:
    """Does the headline report the page's exchanges together, with actors from two or more LAC
    countries? The codebook then codes the page as one exchange whose LAC side is "a group of
    actors from two or more LAC countries": a roundup whose headline names none of its senders, a
    trip whose headline names none or several of its stops ("visits Peru and Ecuador")."""
    countries = {r.country for r in items if r.country and r.country != MULTILATERAL}
    if kind == ROUNDUP:
        countries |= _senders_countries(page, items)
    if len(countries) < 2:
        return False
    named = headline_names(page)
    if kind == ROUNDUP:
        return not named
    gaz = page.gazetteer
    stops = {entry.canonical for c in named if (entry := gaz.country(c)) is not None} & countries
    return len(stops) != 1  # one stop in the headline: the page is that leg


def _senders_countries(page: Release, items: list[Record]) -> set[str]:
    """The countries of the parties of an entry that names senders of several countries in one
    sentence ("Uruguay's Broad Front and Mexico's MORENA also sent letters", 乌拉圭广泛阵线、墨西哥国家
    复兴运动也发来贺信): such an entry is itself multilateral, yet its senders are as many countries'
    actors as entries of their own would be."""
    gaz = page.gazetteer
    found: set[str] = set()
    for item in items:
        if item.country != MULTILATERAL:
            continue
        for contact in item.contacts:
            party = gaz.get(contact.party_id) if contact.party_id else None
            country = gaz.country(party.country) if isinstance(party, Party) and party.country else None
            if country is not None:
                found.add(country.canonical)
    return found


def one_countrys_senders(page: Release, items: list[Record]) -> bool:
    """Two or more senders of one LAC country (two of its parties, a head of state and his party in
    entries of their own) in a roundup whose headline names none of them."""
    countries = {r.country for r in items}
    one = len(countries) == 1 and None not in countries and MULTILATERAL not in countries
    return len(items) >= 2 and one and not headline_names(page)


def one_country_record(release: Release, items: list[Record]) -> Record:
    """The page's record over one country's senders: the first entry's exchange with every sender's
    contacts (the codebook's record is the exchange the headline reports, the roundup, and its
    contacts list every LAC party the page names as taking part); leftist when a sender's party is."""
    first = items[0]
    record = replace(first, item=0, collective=True, contacts=[], notes=list(first.notes),
                     evidence={name: list(spans) for name, spans in first.evidence.items()})
    known: set[str] = set()
    for item in items:
        for contact in item.contacts:
            if contact.name not in known:
                known.add(contact.name)
                record.contacts.append(contact)
        if item is not first:
            record.evidence.setdefault("contacts", []).extend(item.evidence.get("contacts", []))
    gaz = release.gazetteer
    leftist = any(isinstance(p := gaz.get(c.party_id), Party) and p.leftist
                  for c in record.contacts if c.party_id)
    scope = [m for m in first.mechanism if m != "leftist"] or ["bilateral"]
    record.mechanism = scope + (["leftist"] if leftist or "leftist" in first.mechanism else [])
    record.notes = [n for n in record.notes if not n.startswith(f"{ROUNDUP} page: exchange")]
    record.notes.append(f"{ROUNDUP} page: the messages of {len(items)} senders of {first.country} as the "
                        f"page's one record; its exchanges are items 1-{len(items)}")
    return record


def collective_record(release: Release, kind: str, items: list[Record]) -> Record:
    """The page's record over its items: multilateral, every sender or host a contact, regional (a
    group of several LAC countries' actors); leftist only when every item is — a group of parties
    of different families is no leftist counterpart. A roundup is a message dated by the first day
    an entry states; a trip keeps the page's own type, first day and content."""
    page = release.record
    if kind == LEGS:
        record = replace(page, item=0, collective=True, country=MULTILATERAL, exchange_type=MULTILATERAL,
                         contacts=list(page.contacts), notes=list(page.notes),
                         evidence={name: list(spans) for name, spans in page.evidence.items()})
        _gather(release, record, items)
        countries = sorted({r.country for r in items if r.country and r.country != MULTILATERAL})
        record.notes.append(f"{LEGS} page: the trip to {', '.join(countries)} as the page's one record; "
                            f"its legs are items 1-{len(items)}")
        return record
    record = replace(page, item=0, collective=True, relevant=True, country=MULTILATERAL,
                     exchange_type=MULTILATERAL, event_type="message", contacts=[], evidence={},
                     notes=list(page.notes))
    _gather(release, record, items)
    # the first day a sender's entry states ("recently sent messages" gives none; the dateline is
    # the report's day, not the messages')
    dated = sorted((r for r in items if r.event_date and DATELINE_NOTE not in r.notes),
                   key=lambda r: r.event_date or "")
    record.event_date = dated[0].event_date if dated else None
    if dated:
        record.evidence["event_date"] = list(dated[0].evidence.get("event_date", []))
    elif page.event_date and _lead_states_day(release):
        record.event_date = page.event_date
        record.evidence["event_date"] = list(page.evidence.get("event_date", []))
    first = items[0]
    record.content, record.content_prob, record.content_source = (
        first.content, first.content_prob, first.content_source)
    countries = sorted({r.country for r in items if r.country and r.country != MULTILATERAL}
                       | _senders_countries(release, items))
    record.notes.append(f"{ROUNDUP} page: the messages of {len(items)} senders from {len(countries)} LAC "
                        f"countries ({', '.join(countries)}) as the page's one record; its exchanges are "
                        f"items 1-{len(items)}")
    return record


def _lead_states_day(release: Release) -> bool:
    """Does the page's own date come from a day its lead states, not from the dateline alone? "The
    IDCPC today sent Christmas greetings to parties in Jamaica, Barbados and Guyana", "On July 1,
    leaders of ... sent messages": the text names the day (rules 1 and 2), so the collective record
    keeps it when no entry states one of its own; a dateline alone is the report's day, not the
    messages'."""
    spans = release.record.evidence.get("event_date", [])
    dateline = release.layout.dateline
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    return any(s.where == "text" and lead_start <= s.start < lead_end
               and not (dateline and dateline[0] <= s.start < dateline[1]) for s in spans)


def _gather(release: Release, record: Record, items: list[Record]) -> None:
    """The items' contacts and their evidence on the collective record; its regional mechanism,
    leftist when every item's counterpart includes a leftist party (by the party's family, as the
    codebook has it; a government counterpart's ruling party does not speak for a group)."""
    known = {c.name for c in record.contacts}
    for item in items:
        for contact in item.contacts:
            if contact.name not in known:
                known.add(contact.name)
                record.contacts.append(contact)
        for name in ("contacts", "country"):
            record.evidence.setdefault(name, []).extend(item.evidence.get(name, []))
    record.evidence = {name: spans for name, spans in record.evidence.items() if spans}
    gaz = release.gazetteer

    def leftist_party(item: Record) -> bool:
        parties = [gaz.get(c.party_id) for c in item.contacts if c.party_id]
        return any(isinstance(p, Party) and p.leftist for p in parties)

    record.mechanism = ["regional"] + (["leftist"] if all(leftist_party(r) for r in items) else [])


def senders_of_several_countries(release: Release, record: Record, items: list[Record]) -> None:
    """A roundup read as one record (its senders in one paragraph: "The FSLN said … The Communist
    Party of Cuba said …") whose entries' contacts are parties of two or more LAC countries (the
    entries', not the page's: a party a non-LAC sender speaks of is no sender): the senders are
    "a group of actors from two or more LAC countries" — multilateral, as the collective record of
    a roundup read entry by entry; regional, leftist when every country's senders include a
    leftist party (``_gather``)."""
    gaz = release.gazetteer
    by_country: dict[str, list[Party]] = {}
    for contact in (c for item in items for c in item.contacts):
        party = gaz.get(contact.party_id) if contact.party_id else None
        if isinstance(party, Party) and party.country:
            by_country.setdefault(party.country, []).append(party)
    if len(by_country) < 2 or record.country == MULTILATERAL:
        return
    record.country = MULTILATERAL
    record.exchange_type = MULTILATERAL
    leftist = all(any(p.leftist for p in parties) for parties in by_country.values())
    record.mechanism = ["regional"] + (["leftist"] if leftist else [])
    record.notes.append(f"{ROUNDUP} page: senders of {len(by_country)} LAC countries "
                        f"({', '.join(sorted(by_country))}) as one multilateral record")
