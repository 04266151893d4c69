"""The LAC counterpart on an English foreign-ministry page: "<Demonym> <Office> <Name>", "<Office> of
<Country> <Name>", "<Name>, <Office> of <Country>", "his <Demonym> counterpart <Name>", the one
congratulated on an election, an office and name with no country after the lead's meeting words, a
governor or mayor, a visit's host, and an office named with no one ("the Foreign Minister of Peru").

Separate from the Chinese reading (``mfa_counterparts_zh``) and from the pattern pieces it is built
from (``mfa_offices_en``): this module decides which of the offices and names a lead prints is the
principal the Chinese side met — not one who died, not the owner of a possessive ("Lula's special
envoy"), not a head who sent someone, not an attendant — and the step picks it or the Chinese
reading by the page's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY
from nlp.leaders import head_by_office, officials_named
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.mfa_offices_en import (
    AND_OFFICE,
    NAME_RE,
    NOT_A_NAME,
    OFFICE_EN,
    ONE_SPACE,
    counterpart_patterns,
    office_name,
    trim_name,
)


def _named_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of a "<Name>, <titles> <office>" pattern; after one whose name is no person's
    ("Xi Jinping, general secretary of the CPC and Chinese President, held talks with Miguel
    Díaz-Canel, … and President of Cuba": the lazy titles ran from the Chinese principal's comma to
    the counterpart's office) the search goes on right after that name, so the counterpart named
    inside the rejected match is still found."""
    at = start
    while (match := pattern.search(text, at, end)) is not None:
        yield match
        at = match.end() if trim_name(match.group("name")) else match.end("name")


def _lac_words(release: Release) -> list[str]:
    """Names and demonyms of the release's country (or of every LAC country named)."""
    ids = [release.country_id] if release.country_id else list(release.scores)
    words: list[str] = []
    for cid in ids:
        entry = release.gazetteer.country(cid)
        if entry:
            words += entry.names["en"] + entry.demonyms["en"] + [entry.canonical]
    return [w for w in words if w]


def counterparts_en(release: Release) -> list[tuple[str, str | None, int, int]]:
    """The LAC principals of an English lead and the text around it, (name, office, start, end) each in
    the order printed; with none named with his country, the office and name after the lead's meeting
    words, else an office named with no one ("the Foreign Minister of Peru")."""
    text = release.layout.clean
    start, end = release.layout.lead_start, release.layout.lead_end
    lac_words = _lac_words(release)
    found: list[tuple[str, str | None, int, int]] = []
    a, b = max(0, start - 400), min(len(text), end + 600)
    (office_re, counterpart_re, unnamed_re, appositive_re, elected_re, chained_re, owned_re, won_re,
     sworn_re, _nameless) = counterpart_patterns(release.gazetteer.version)
    for match in elected_re.finditer(text, a, b):  # "congratulated X on his re-election as president"
        group = "name" if match.group("name") else "name2"
        name = trim_name(match.group(group))
        if name:
            written = match.group("office") or "President"  # (an election won: the presidency)
            office = office_name(written if re.fullmatch(OFFICE_EN, written) else written.title())
            # re-elected or sworn in, they hold the office; newly elected, not yet (a president-elect)
            held = any(match.group(g) for g in ("re", "in", "re2", "in2", "in3"))
            office = office if held else f"{office}-elect"
            found.append((name, office, match.start(group), match.start(group) + len(name)))
    countries = {m.start: m.end for m in release.mentions if m.label == LAC_COUNTRY and m.where == "text"}
    for match in _named_matches(appositive_re, text, a, b):  # "Gaston Browne, Prime Minister of Antigua …"
        if match.start("name") in countries:
            continue  # "Foreign Minister of Argentina Santiago Cafiero, …": ``office_re`` names him
        name = trim_name(match.group("name"))
        if name:
            # "Mauricio Macri, former President of Argentina": no longer in office (never a head); an
            # acting holder exercises the office meanwhile ("Stuart Young, acting Prime Minister of …")
            office = ("former " if match.group("former") or match.group("was") else "") + (
                "Acting " if match.group("acting") else "") + office_name(match.group("office"))
            if match.group("aide"):
                office = match.group("aide") + office  # "Advisor to the President": the aide's office
            if match.group("body") or match.group("house"):
                office += f" of the {match.group('body') or match.group('house')}"
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in _named_matches(chained_re, text, a, b):  # "X, First Secretary of … and President of Cuba"
        if match.start("name") in countries:
            continue  # (a country ending the office before the name, as above)
        name = trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            office = office_name(match.group("office") or match.group("office2"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in _named_matches(owned_re, text, a, b):  # "X, Barbados' Minister of Foreign Affairs"
        if match.start("name") in countries or not any(w in (match.group("of") or match.group("pre"))
                                                        for w in lac_words):
            continue
        name = trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            office = ("former " if match.group("former") else "") + (
                "Acting " if match.group("acting") else "") + office_name(match.group("office"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in sworn_re.finditer(text, a, b):  # "the ceremony at which X was sworn in as President of Peru"
        place = " ".join(match.group(g) or "" for g in ("pre", "own", "of"))
        name = trim_name(match.group("name"))
        new = not any(f[2] == match.start("name") for f in found)
        if name and new and any(w in place for w in lac_words):
            office = office_name(match.group("office"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in won_re.finditer(text, a, b):  # "Gustavo Petro, who won Colombia's presidential election"
        name = trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            found.append((name, "President-elect", match.start("name"), match.start("name") + len(name)))
    for match in office_re.finditer(text, a, b):
        context = " ".join(match.group(g) or "" for g in ("pre", "of", "after"))
        if not any(w in context for w in lac_words):
            continue
        name = trim_name(match.group("name"))
        if not name:
            continue
        sender = ENVOY_NAMED_BEFORE.search(text, max(a, match.start() - 120), match.start())
        if sender and (envoy := trim_name(sender.group("name"))):
            # "Celso Amorim, Special Envoy of Brazilian President Lula": the envoy is the principal
            # (codebook, head-of-state level), in the office the page gives him
            office = f"{sender.group('title')} of the {office_name(match.group('office'))}"
            found.append((envoy, office, sender.start("name"), sender.start("name") + len(envoy)))
            continue
        office = office_name(match.group("office"))
        if match.group("chamber"):
            office += f" of the {match.group('chamber')}"
        aide = AIDE_BEFORE_OFFICE.search(text, max(0, match.start() - 60), match.start())
        if aide:  # "Chief Advisor to the President of Brazil Celso Amorim": the aide's office
            office = f"{aide.group('title')} {match.group('office')}"
        found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in counterpart_re.finditer(text, a, b):
        if not any(w in match.group("pre") for w in lac_words):
            continue
        name = trim_name(match.group("name"))
        if name:
            found.append((name, "", match.start("name"), match.start("name") + len(name)))
    # "President Nicolas Maduro's special envoy, Foreign Minister Elias Jaua": a name in the
    # possessive owns what follows (an envoy, a message); it is not the one met
    found = [f for f in found if not DECEASED_BEFORE_EN.search(text, max(0, f[2] - 80), f[2])
             and not DIED_AFTER_EN.match(text, f[3])]
    owners = [f for f in found if POSSESSIVE_AFTER.match(text, f[3])]
    found = [f for f in found if f not in owners]
    if not found:
        # the one the possessive names when there is one ("…'s special envoy, Foreign Minister
        # Elias Jaua"); else the owner stays, and the envoy words after him say he is not the principal
        found = _unqualified_counterpart(release) or owners
    if not found:  # "held a phone call with the Foreign Minister of Peru": the office is the counterpart
        for match in unnamed_re.finditer(text, a, b):
            if DECEASED_BEFORE_EN.search(text, max(0, match.start() - 80), match.start()):
                continue  # "the passing of former Peruvian President …": the occasion, not the addressee
            office = office_name(match.group("office") or match.group("office2"))
            aide = _possessed_aide(text, match.start(), match.end(), a)
            if aide is not None:  # "X, the Nicaraguan President's adviser": X, in the aide's office
                found.append((aide[0], f"{aide[1]} to the {office}", aide[2], aide[3]))
                break
            place = match.group("of") or _country_name(release, match.group("pre"))
            if place and office not in ("Ambassador",):
                place = re.sub(r"^the\s+", "", place)
                found.append((f"{office} of {place}", None, match.start(), match.end()))
                break
    return sorted(found, key=lambda f: f[2])


# A head's aide written with the head's office in the possessive after the aide's name ("Laureano
# Ortega Murillo, the Nicaraguan President's adviser on investment"): the aide is the one met, as in
# "Adviser to the President of Nicaragua X" (``AIDE_BEFORE_OFFICE``)
AIDE_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:(?:chief|senior|special|personal|principal)\s+)*"
                                   r"(?P<title>advis[eo]r|envoy|representative|assistant|aide)\b", re.I)
NAME_BEFORE_APPOSITIVE = re.compile(rf"(?P<name>{NAME_RE}),\s+(?:the\s+)?$")


def _possessed_aide(text: str, start: int, end: int, floor: int) -> tuple[str, str, int, int] | None:
    """The aide named before "the <demonym> <office>'s adviser" (name, aide's title, span)."""
    words = AIDE_AFTER_POSSESSIVE.match(text, end)
    named = NAME_BEFORE_APPOSITIVE.search(text, max(floor, start - 80), start) if words else None
    name = trim_name(named.group("name")) if named else None
    if words is None or named is None or not name:
        return None
    return name, words.group("title").capitalize(), named.start("name"), named.start("name") + len(name)


# A title that is another's aide right before the head's office ("Chief Advisor to the President
# of Brazil X", "Special Envoy of the President of Chile X"): the person holds the aide's office,
# not the head's, in the words of the page
AIDE_BEFORE_OFFICE = re.compile(
    r"(?P<title>(?:(?:Chief|Senior|Special|Personal|Principal)\s+)*(?:Advis[eo]r|Envoy|Representative|"
    r"Assistant|Aide)\s+(?:to|of)\s+the)\s+(?:[A-Z][\w'’-]*\s+)?$")
# the envoy named before "special envoy of" and the head who sent him ("X, Special Envoy of
# Brazilian President Lula", "X, the special representative of President Y")
ENVOY_NAMED_BEFORE = re.compile(
    rf"(?P<name>{NAME_RE}),\s+(?:the\s+)?(?P<title>(?i:(?:special|personal)\s+(?:envoy|representative)))"
    # a chained title before the sender: "special envoy and chief adviser on international affairs of"
    r"(?:\s+and\s+[^,.;:()]{1,60}?)?\s+of\s+(?:the\s+)?$")
# the one whose death a condolence answers, named after the noun of the death ("over the passing of
# former President X", "on the death of Comrade Y"): the occasion of the message, not its addressee
# (cue ``death_of``; Chinese: DECEASED_ZH, the verb of dying after the name)
DECEASED_BEFORE_EN = re.compile(rf"(?:{cues.source('death_of')})(?:[\w'’.-]+\s+){{0,6}}$", re.I)
# ... or named before the verb of dying ("Former Chilean President X died in a crash"): cue
# ``died_after_name``
DIED_AFTER_EN = re.compile(cues.source("died_after_name"), re.I)

POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# the head who sent the one met, named right after the words of sending ("met a delegation sent by
# President X and led by Foreign Minister Y", "a message delivered on behalf of President X"): the
# sender stays home, the one who came is the principal (as with "X's special envoy")
SENT_BY_BEFORE = re.compile(r"\b(?:(?:sent|dispatched|appointed)\s+by|on\s+behalf\s+of)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w'’-]*\s+){0,3}$")
# a body named right before an office ("Senate President", "Supreme Court President", "Party
# Chairman"): the office heads that body, and the person is no head of state or government
BODY_BEFORE_OFFICE = re.compile(
    r"\b(?P<body>Congress|Senate|Assembly|Chamber|Parliament|Legislature|Court|Tribunal|Council|Party|Front|"
    r"Movement|Bank|Committee|Commission|Union|Federation|Association|Institute|Foundation)\s+$")
LEGISLATURE_WORD = re.compile(r"Congress|Senate|Assembly|Chamber|Parliament|Legislature")
# "held talks with Foreign Minister Mauro Vieira", "met in Beijing with Vice President Geraldo Alckmin",
# "met with ...'s special envoy, Foreign Minister Elias Jaua": the office and name after the lead's
# meeting words, with no country beside them (the page's country is the counterpart's); a message's
# addressee after its noun ("sent a message of sympathy to Governor-General Patrick Allen") likewise
MET_WITH_EN = re.compile(r"\b(?:met|meets|meeting|talks|spoke|conversation|call|received|receives)\b"
                         r"(?:\s+[\w,]+){0,4}?\s+with\b|\breceived\b|"
                         r"\b(?:message|letter)s?\b(?:\s+of\s+\w+)?\s+to\b")
UNQUALIFIED_OFFICE_EN = re.compile(
    rf"(?=[A-Z])\b(?P<office>{OFFICE_EN}){AND_OFFICE},?{ONE_SPACE}(?P<name>{NAME_RE})")


def _unqualified_counterpart(release: Release) -> list[tuple[str, str | None, int, int]]:
    """The counterpart named by office and name without a country ("Wang Yi held talks with Foreign
    Minister Mauro Vieira"), on a page whose one LAC country is known: the first office and name
    after the lead sentence's meeting words that is no Chinese official's and no possessive."""
    if not release.country_id or release.zh:
        return []
    text = release.layout.clean
    start, end = release.layout.lead_start, release.layout.lead_end
    verb = MET_WITH_EN.search(text, start, end)
    if verb is None:
        return []
    stop = sentence_at(text, verb.start())[1]
    officials = [(m.start, m.end) for m in release.mentions if m.label == CN_OFFICIAL and m.where == "text"]
    day = parse_date(release.record.event_date) or release.anchor
    local = _local_office(release, verb.end(), stop)
    if local:
        return local
    # an official of the roster named before any office ("met with Arthur Lira, President of the
    # Chamber of Deputies, who is accompanying President Lula"): the one met comes first
    roster = [(o, a, b) for o, _, a, b in officials_named((("text", text[verb.end():stop]),), day)
              if o.country == release.country_id  # (not the owner of an envoy: "Maduro's special envoy")
              and not POSSESSIVE_AFTER.match(text, verb.end() + b)
              and not SENT_BY_BEFORE.search(text, max(0, verb.end() + a - 60), verb.end() + a)]
    for match in UNQUALIFIED_OFFICE_EN.finditer(text, verb.end(), stop):
        if roster and verb.end() + roster[0][1] < match.start():
            person, a, b = roster[0]
            return [(person.name, office_name(person.office) if person.held_on(day) else None,
                     verb.end() + a, verb.end() + b)]
        if any(x < match.end("name") and match.start("name") < y for x, y in officials):
            continue
        if SENT_BY_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "a delegation sent by President X and led by Y": Y came
        if re.search(r"['’]s$", match.group("name")) or POSSESSIVE_AFTER.match(text, match.end("name")):
            continue  # (a name's pattern takes in its possessive ending)
        body = BODY_BEFORE_OFFICE.search(text, max(0, match.start() - 40), match.start())
        name = trim_name(match.group("name"))
        if body and name and LEGISLATURE_WORD.fullmatch(body.group("body")):
            # "Chilean Senate President X": the one met, in the chamber's office (no head)
            return [(name, f"{body.group('body')} {office_name(match.group('office'))}", match.start("name"),
                     match.start("name") + len(name))]
        if body:
            continue  # "Supreme Court President X": the office is the body's, not the country's
        head = head_by_office(text, match.start(), match.end(), day, release.country_id)
        if head is not None:  # "President Lula": the table's full name and office
            return [(head[0].name, head[0].office, head[1], head[2])]
        name = trim_name(match.group("name"))
        if name and name.split()[0] not in NOT_A_NAME:
            return [(name, office_name(match.group("office")), match.start("name"),
                     match.start("name") + len(name))]
    return []


# A city's or a state's office before its place ("Governor of Sao Paulo State Tarcisio de Freitas",
# "Mayor of Rosario Pablo Javkin"): the place is the gazetteer's, the unit after it optional
# ("Governor of the Brazilian State of Bahia X": the unit and its country may come first, the unit in
# lower case too: "the Brazilian state of São Paulo"); the name may also come first, in an appositive
# ("met with João Doria, Governor of São Paulo", ``NAME_BEFORE_APPOSITIVE``)
LOCAL_OFFICE_BEFORE = re.compile(r"\b(?:Governor|Mayor|Prefect|Intendant)\s+of\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w'’-]*\s+)?(?:(?:[Ss]tate|[Pp]rovince|[Cc]ity|[Dd]epartment|[Rr]egion|"
                                 r"[Mm]unicipality)\s+of\s+)?$")
LOCAL_UNIT_OF_AFTER = re.compile(r"\s+(?:state|province|city|department|region|municipality)\s+of\b", re.I)
LOCAL_UNIT_NAME_AFTER = re.compile(
    rf"(?:\s+(?:State|Province|City|Department|Region))?,?{ONE_SPACE}(?P<name>{NAME_RE})")


LOCAL_OFFICE_AFTER = re.compile(rf"(?:\s+(?:State|Province|City|Department|Region))?(?:['’]s)?\s+"
                                rf"(?:Governor|Mayor|Prefect)\s*,?{ONE_SPACE}(?P<name>{NAME_RE})")


def _local_office(release: Release, start: int, stop: int) -> list[tuple[str, str | None, int, int]]:
    """A governor's or mayor's office and name in text[start:stop], the place a LAC country's."""
    text = release.layout.clean
    for m in release.mentions:
        if m.label != LAC_COUNTRY or m.where != "text" or not start <= m.start < stop:
            continue
        office = LOCAL_OFFICE_BEFORE.search(text, max(start, m.start - 60), m.start)
        after = LOCAL_UNIT_NAME_AFTER.match(text, m.end) if office else None
        name = trim_name(after.group("name")) if after else None
        if office and after and name:
            written = text[office.start():after.start("name")].rstrip(", ")
            return [(name, written, after.start("name"), after.start("name") + len(name))]
        named = NAME_BEFORE_APPOSITIVE.search(text, max(start, office.start() - 80), office.start()) \
            if office else None
        name = trim_name(named.group("name")) if named else None
        if office and named and name and not LOCAL_UNIT_OF_AFTER.match(text, m.end):
            # "João Doria, Governor of the Brazilian state of São Paulo" (at the place, not its country)
            return [(name, text[office.start():m.end], named.start("name"), named.start("name") + len(name))]
        behind = LOCAL_OFFICE_AFTER.match(text, m.end)  # "Chihuahua Governor Maru Campos"
        name = trim_name(behind.group("name")) if behind else None
        if behind and name:
            written = text[m.start:behind.start("name")].rstrip(", ")
            return [(name, written, behind.start("name"), behind.start("name") + len(name))]
    return []


HOST_HEAD_EN = re.compile(rf"\b(?P<office>President|Prime Minister)\s+(?P<name>{NAME_RE})")


def host_head(release: Release) -> list[tuple[str, str | None, int, int]]:
    """On a page about a visit to a LAC country, "President Rafael Correa" with no demonym is the
    host: the head of state or government who receives the visitor (codebook, visit pages). A
    Chinese official's name is never the host."""
    if not release.country_id:
        return []
    text = release.layout.clean
    start, end = release.layout.lead_start, min(len(text), release.layout.lead_end + 600)
    officials = [(m.start, m.end) for m in release.mentions if m.label == CN_OFFICIAL and m.where == "text"]
    for match in HOST_HEAD_EN.finditer(text, start, end):
        if any(a < match.end("name") and match.start("name") < b for a, b in officials):
            continue
        name = trim_name(match.group("name"))
        if name and name.split()[0] not in NOT_A_NAME:
            return [(name, match.group("office"), match.start("name"), match.start("name") + len(name))]
    return []


def _country_name(release: Release, demonym: str | None) -> str | None:
    country = release.gazetteer.country_by_name(demonym) if demonym else None
    return country.canonical if country else None



def nameless_counterpart(release: Release) -> list[tuple[str, str | None, int, int]]:
    """"held talks with his Guyanese counterpart, who is …": the lead names no one, but the word says
    the counterpart holds the Chinese principal's office in the LAC state. Returned with an empty
    name and office, for the step to fill from the Chinese principal's office and the heads' table
    when no other reading names the counterpart."""
    text = release.layout.clean
    pattern = counterpart_patterns(release.gazetteer.version)[-1]
    lac_words = _lac_words(release)
    for match in pattern.finditer(text, release.layout.lead_start, release.layout.lead_end):
        if any(w in match.group("pre") for w in lac_words):
            return [("", "", match.start(), match.end())]
    return []
