"""LAC heads of state or government and other officials named by name in the title or lead
(full names, Chinese renderings, a headline's surname), with the checks that keep a name from being
another's: a foreign office-holder's namesake, a part of a longer name, a short form of another
person's full name.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, to_simplified
from nlp.leaders import LacOfficial, Leader, head_by_office, leaders, leaders_on, officials_named, plain_name
from nlp.release import Release
from nlp.schema import Span
from nlp.steps.country.outside import names_elsewhere


def heads_named(release: Release) -> set[str]:
    """The countries whose head in office the title or lead names ("met with President Luiz Inacio
    Lula da Silva here", "President Lula"): that head is an actor of his country, also when the
    country itself is named only as the place."""
    found = {leader.country for leader, _ in _leaders_named(release, in_office=True)}
    day = release.anchor
    for text in (release.title, release.lead()):
        office = head_by_office(text, 0, len(text), day)
        if office is not None:
            found.add(office[0].country)
    return found


# A short Chinese name (卢拉) is a name only right after or before a message or meeting verb, or
# right before the head's own office (Chinese puts the office after a name already introduced):
# 致电卢拉, 卢拉致信, 会见米莱总统, 同莫特利总理举行会谈.
SHORT_NAME_AFTER = re.compile(r"(?:致电|致函|致信|复信|回信|会见|会晤|同|与|向|电贺|祝贺)$")
SHORT_NAME_BEFORE = re.compile(r"(?:致电|致函|致信|复信|回信|会见|会晤|表示|在|电贺|发来|总统|总理)")
# ... and, after a verb, only where the name ends: the text ends, or what follows is no character
# of a longer word (会见阿里巴巴集团… is no 阿里) but a word that ends a name (cue "name_end_zh", the
# list the contacts step cuts Chinese names with)
SHORT_NAME_NEXT = re.compile(cues.source("name_end_zh"))


def _short_name_at(text: str, at: int, name: str) -> bool:
    """Does a short Chinese rendering (two characters: 卢拉, 阿里) at ``at`` name the head, by the
    words around it (``SHORT_NAME_AFTER``, ``SHORT_NAME_BEFORE``, ``SHORT_NAME_NEXT``)?"""
    end = at + len(name)
    if len(name) > 2 or SHORT_NAME_BEFORE.match(text, end):
        return True
    if not SHORT_NAME_AFTER.search(text[max(0, at - 2):at]):
        return False
    return (end >= len(text) or not ("\u4e00" <= text[end] <= "\u9fff")
            or SHORT_NAME_NEXT.match(text, end) is not None)


@lru_cache(maxsize=8192)
def _names_to_find(leader: Leader, in_office: bool) -> tuple[str, ...]:
    """A head's full names (with and without accents) and Chinese names (a two-character one counts
    only beside a verb or the office: ``SHORT_NAME_AFTER``, ``SHORT_NAME_BEFORE``)."""
    names = [n for n in (leader.name, plain_name(leader.name)) if len(n.split()) >= 2]
    names += [z for z in leader.zh if len(z) >= 2]
    return tuple(dict.fromkeys(names))


# What may stand between an outside country or party and the name of the person holding its
# office: office words and the 、 of a chain of offices (西班牙工人社会党总书记、首相桑切斯), not the end
# of a clause
OFFICE_GAP = re.compile(r"[^，,。；;：:\n]{0,12}")


def _foreign_namesake(release: Release, leader: Leader,
                      passages: tuple[tuple[str, str, int], ...]) -> bool:
    """Is a head's name, anywhere in the title or lead, the name of the holder of an office of a
    country or party outside LAC (西班牙首相桑切斯, 西班牙工人社会党总书记、首相桑切斯)? Short Chinese
    renderings are shared across the world (桑切斯 is also Spain's Prime Minister): the page that
    puts the name under another country's office names that person, and the bare name elsewhere on
    it (a headline's 会见桑切斯特使) is his too, not the LAC head's."""
    outside = names_elsewhere(release, ("title", "lead"))
    if not outside:
        return False
    lac = [m for m in release.mentions
           if m.label in (LAC_COUNTRY, LAC_PARTY, LAC_ORG) and m.entry is not None]
    for where, text, offset in passages:
        source = release.layout.clean if where == "text" else release.title
        for name in _names_to_find(leader, in_office=False):
            for found in re.finditer(re.escape(name), text):
                at = offset + found.start()
                for m in outside:
                    if (m.where == where and m.end <= at and OFFICE_GAP.fullmatch(source, m.end, at)
                            and not any(o.where == where and m.end <= o.start < at for o in lac)):
                        return True  # (西班牙共产党和尼加拉瓜总统奥尔特加: the LAC country's own head)
    return False


def _leaders_named(release: Release, in_office: bool) -> list[tuple[Leader, Span]]:
    """LAC heads named by full name (or a Chinese name, a short one after a verb) in the title or
    lead: those in office on the page's day, or any the table knows (a former head, a
    president-elect: an actor of that country all the same). Not a head whose name the page gives
    to an office of a country outside LAC (``_foreign_namesake``)."""
    day = release.anchor
    passages = (("title", release.title, 0), ("text", release.lead(), release.layout.lead_start))
    found: list[tuple[Leader, Span]] = []
    for leader in (leaders_on(day) if in_office else leaders()):
        names = _names_to_find(leader, in_office)
        for where, text, offset in passages:
            spans = [Span(offset + at, offset + at + len(name), name, where) for name in names
                     if (at := text.find(name)) >= 0 and _short_name_at(text, at, name)]
            if spans:
                if not _foreign_namesake(release, leader, passages):
                    found.append((leader, spans[0]))
                break
        else:
            span = _headline_surname(release, leader, names) if in_office else None
            if span is not None and not _foreign_namesake(release, leader, passages):
                found.append((leader, span))
    return found


def _headline_surname(release: Release, leader: Leader, names: tuple[str, ...]) -> Span | None:
    """An English headline's bare surname of a head in office ("Xi and Boric meet in Beijing", "Ali
    meets Xi") where the page's text names that head in full: agency and newspaper headlines name
    leaders by surname, and the body says who is meant. Only a surname of one word, written with a
    capital as a whole word, and only when the full name is on the page (the surname alone may be
    anyone's)."""
    if release.zh or not release.title:
        return None
    full = [n for n in names if " " in n]
    if not full or not any(n in release.layout.clean for n in full):
        return None
    surname = full[0].split()[-1]
    if len(surname) < 3 or not surname[0].isupper():
        return None
    for name in (surname, plain_name(surname)):
        found = re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", release.title)
        if found:
            return Span(found.start(), found.end(), found.group(), "title")
    return None


def official_named(release: Release) -> tuple[LacOfficial, Span] | None:
    """A LAC official who is not a head (a vice president, foreign minister, head of the
    legislature or party leader: ``nlp/lac_officials.json``) named in the title or lead of a page
    that names no LAC country, party, organisation or head: his country is the exchange's
    (``officials_named`` says how a name counts: a full name, or a surname right after the office
    for that day's holder; one country's officials only)."""
    title, lead = release.title, release.lead()
    if release.zh:
        title, lead = to_simplified(title), to_simplified(lead)
    found = officials_named((("title", title), ("text", lead)), release.anchor, zh=release.zh)
    if not found:
        return None
    person, where, start, end = found[0]
    offset = 0 if where == "title" else release.layout.lead_start
    text = release.title if where == "title" else release.lead()
    return person, Span(offset + start, offset + end, text[start:end], where)


def _outside_longer_names(found: list[tuple[Leader, Span]]) -> list[tuple[Leader, Span]]:
    """The heads found whose name does not stand inside another head's longer name found there: in
    劳尔·卡斯特罗 (Raúl Castro) the shorter 卡斯特罗 (Xiomara Castro's) is part of the longer name, which
    is the one the page gives."""
    return [(leader, span) for leader, span in found
            if not any(other.where == span.where and other.start <= span.start and span.end <= other.end
                       and other.end - other.start > span.end - span.start for _, other in found)]


def _short_for_another(release: Release, leader: Leader, span: Span) -> bool:
    """Is a head's short Chinese rendering (费尔南德斯) the one the page also writes in full for
    another person of the table (莱昂内尔·费尔南德斯 in the lead, 费尔南德斯 in the headline)? The
    page's full form says whom its short one names."""
    if not release.zh or len(span.text) < 2 or "·" in span.text:
        return False
    passages = (to_simplified(release.title), to_simplified(release.lead()))
    for other in leaders():
        if other.name == leader.name:
            continue
        for name in other.zh:
            if len(name) > len(span.text) and name.endswith(span.text) and name not in leader.zh \
                    and any(name in text for text in passages):
                return True
    return False


def leader_named(release: Release) -> tuple[Leader, Span] | None:
    """A LAC head of state or government named in the title or lead of a page that names no LAC
    country, party or organisation: one in office on the page's day, else — on a party page — any
    head the table knows whose every match is one country's (a former president writing as his
    party's leader is still that country's actor; the foreign ministry's counterpart is a state's,
    in office)."""
    day = release.anchor
    found = _leaders_named(release, in_office=True)
    if found:  # 卡斯特罗 (Xiomara Castro, in office) inside 劳尔·卡斯特罗 (Raúl Castro) is his name
        everyone = found + _leaders_named(release, in_office=False)
        found = [item for item in _outside_longer_names(everyone) if item in found]
        found = [item for item in found if not _short_for_another(release, item[0], item[1])]
    if found and day is not None:
        return min(found, key=lambda item: (item[1].where != "title", item[1].start))
    if not found and not release.is_mfa:
        found = _outside_longer_names(_leaders_named(release, in_office=False))
    elif not found and day is not None:
        # an incoming head (a president-elect, "习近平同诺沃亚通电话，祝贺他当选总统"): the table's term
        # begins within the half year after the page's day; he is his country's actor already
        soon = (day + timedelta(days=183)).isoformat()
        found = [(leader, span) for leader, span in _outside_longer_names(_leaders_named(release, False))
                 if leader.start and day.isoformat() < leader.start <= soon]
    # a name every match of which is one country's leader still names it
    if found and len({leader.country for leader, _ in found}) == 1:
        return max(found, key=lambda item: item[0].start or "")
    if found or release.zh:
        return None
    passages = (("title", release.title, 0), ("text", release.lead(), release.layout.lead_start))
    for where, text, offset in passages:  # "Xi Jinping Holds Talks with President Lula"
        office = head_by_office(text, 0, len(text), day)
        if office is not None:
            leader, start, end = office
            return leader, Span(offset + start, offset + end, text[start:end], where)
    return None
