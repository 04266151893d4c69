"""Foreign-ministry fields: the two principals, head-of-state level, partnership action and level.

- ``chinese_side``: the first Chinese official named in the title, lead or the text around it,
  with the office the gazetteer says they held on the event day, in the codebook's short form
  ("Xi Jinping, President"; "Wang Yi, State Councilor and Foreign Minister").
- ``counterpart``: "Name, Office" of the LAC principal(s): "Argentine President Alberto
  Fernandez", "Prime Minister of Antigua and Barbuda Gaston Browne", "his Peruvian counterpart,
  Pedro Pablo Kuczynski", 古巴国家主席迪亚斯-卡内尔. Two principals met separately are joined
  with "; ".
- ``head_of_state_level``: both principals are heads of state or government.
- ``partnership_level``: the highest rung of the gazetteer's ladder the release names (the
  relationship as it stands or as it becomes);
  ``partnership_action``: "establish" or "upgrade" only when this release's exchange does it
  ("agreed to elevate ... to", "宣布建立"), never for a sentence recalling history ("the
  upgrading of ties ... in 2013", "去年...建立", "the 30th anniversary of the establishment").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    to_simplified,
)
from nlp.leaders import (
    head_by_office,
    head_by_zh,
    leader_by_zh,
    leaders_on,
    officials_named,
    plain_name,
)
from nlp.release import Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.dates.visits import briefing
from nlp.steps.mfa_bodies import body_heads, body_officers
from nlp.steps.mfa_chinese_side import chinese_side
from nlp.steps.mfa_counterparts_zh import (
    OFFICE_ZH,
    counterparts_zh,
    english_leader,
    english_official,
    zh_name,
)
from nlp.steps.mfa_delegations import delegation_leader
from nlp.steps.mfa_offices_en import (
    _AND_OFFICE,
    _SP,
    GROUP_HEADS_EN,
    NAME_RE,
    NOT_A_NAME,
    OFFICE_EN,
    _trim_name,
    counterpart_patterns,
    head_office,
    office_name,
)
from nlp.steps.mfa_partnership import partnership
from nlp.steps.signatories import signatories
from nlp.text import sentence_at

NAME = "mfa"
VISIT_PAGES = frozenset({"state_visit", "official_visit"})
REGION_LEADERS = re.compile(
    r"\bLatin American and Caribbean (?:countries|states) leaders\b|"
    r"\b(?:leaders|heads of state(?: and government)?) of [^.]{0,30}Latin American and Caribbean "
    r"(?:countries|states)\b|拉美和加勒比(?:国家|地区)领导人|拉美和加勒比國家領導人", re.I)
# the leaders of a group of LAC states the headline or lead names as the counterpart, in the words of
# ``GROUP_HEADS_EN`` (the body's heads in ``mfa_bodies`` are written the same way)
GROUP_LEADERS = re.compile(
    r"\b(?:Latin American|Caribbean|Central American|South American)(?: and Caribbean)? "
    r"(?:countries' |states' |countries |states )?" + GROUP_HEADS_EN + r"\b|"
    r"\b" + GROUP_HEADS_EN + r" of [^.]{0,40}(?:Latin American|Caribbean|Central "
    r"American|South American)[^.]{0,30}(?:countries|states|nations)\b|"
    r"\b(?:CARICOM|Caribbean Community|CELAC)(?:['’]s)? (?:member (?:states|countries)['’]? )?"
    + GROUP_HEADS_EN + r"\b|"
    r"(?:拉美|加勒比|中美洲|南美)[^。，,]{0,12}(?:国家|国|地区|國家|國|地區)(?:领导人|領導人|政府首脑|政府首腦)|"
    r"(?:加共体|加共體|拉共体|拉共體)[^。，,]{0,6}(?:领导人|領導人|政府首脑|政府首腦)", re.I)
# A tour page names the host heads collectively, not one by one: "in each country he held talks with the
# president", "met the leaders of the four countries", 分别同三国总统会谈: the visitor was received by each
# host's head of state or government (codebook, head_of_state_level for a visit page). Three or more
# countries, or "each", so that a two-sided page's "leaders of the two countries" (often the Chinese
# leader included) is not read as a group.
_MANY = r"(?:three|four|five|six|seven|eight|nine|ten|several|all|\d+)"
_HOST_HEAD = r"(?:president|prime minister|head of (?:state|government)|leader)s?"
HOST_HEADS = re.compile(
    rf"\b(?:in|of) (?:each|every) (?:country|nation|capital)\b[^.;]{{0,60}}\bwith (?:the|its) {_HOST_HEAD}\b|"
    rf"\bwith (?:the )?{_HOST_HEAD} of (?:each|every) (?:country|nation)\b|"
    rf"\bwith (?:the )?{_HOST_HEAD} of (?:the|all) {_MANY} (?:countries|nations)\b|"
    r"分别同[三四五六七八九]国(?:总统|總統|领导人|領導人|总理|總理)|同各国(?:总统|领导人|总理)", re.I)
# The LAC side's envoy: "X, special envoy of Brazilian President Lula", "Lula's special envoy X",
# 卢拉总统特使: the envoy, not the head who sent him, is the principal (head-of-state level rule)
ENVOY_OF_BEFORE = re.compile(r"\benvoy\s+of\b[^.;:]{0,40}$|(?:'s|’s)\s+special\s+envoy\s*,?\s*$", re.I)
# "former Brazilian President Lula", "ex-President", 巴西前总统卢拉: no longer in office (head-of-state level)
FORMER_BEFORE = re.compile(r"\b(?:former|ex-)\s*(?:[A-Z][\w'’-]*\s+){0,3}$|"
                           r"前任?(?:国家主席|國家主席|总统|總統|总理|總理)(?:、[^，,。；;、]{1,16})?$")


def _envoy_in_name(name: str) -> bool:
    """A Chinese counterpart read with the envoy's words inside ("卢拉特别代表阿莫林": the name runs on
    past the head's): the envoy, not the head, is the principal."""
    after = cues.pattern("envoy_after_head")
    return any(after.search(name[i:]) for i in range(len(name)))


def _named_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of a "<Name>, <titles> <office>" pattern; after one whose name is no person's
    ("Xi Jinping, general secretary of the CPC and Chinese President, held talks with Miguel
    Díaz-Canel, … and President of Cuba": the lazy titles ran from the Chinese principal's comma to
    the counterpart's office) the search goes on right after that name, so the counterpart named
    inside the rejected match is still found."""
    at = start
    while (match := pattern.search(text, at, end)) is not None:
        yield match
        at = match.end() if _trim_name(match.group("name")) else match.end("name")


def _lac_words(release: Release) -> list[str]:
    """Names and demonyms of the release's country (or of every LAC country named)."""
    ids = [release.country_id] if release.country_id else list(release.scores)
    words: list[str] = []
    for cid in ids:
        entry = release.gazetteer.country(cid)
        if entry:
            words += entry.names["en"] + entry.demonyms["en"] + [entry.canonical]
    return [w for w in words if w]


def _counterparts_en(release: Release) -> list[tuple[str, str | None, int, int]]:
    text = release.layout.clean
    start, end = release.layout.lead_start, release.layout.lead_end
    lac_words = _lac_words(release)
    found: list[tuple[str, str | None, int, int]] = []
    a, b = max(0, start - 400), min(len(text), end + 600)
    (office_re, counterpart_re, unnamed_re, appositive_re, elected_re, chained_re, owned_re, won_re,
     sworn_re) = counterpart_patterns(release.gazetteer.version)
    for match in elected_re.finditer(text, a, b):  # "congratulated X on his re-election as president"
        group = "name" if match.group("name") else "name2"
        name = _trim_name(match.group(group))
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
        name = _trim_name(match.group("name"))
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
        name = _trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            office = office_name(match.group("office") or match.group("office2"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in _named_matches(owned_re, text, a, b):  # "X, Barbados' Minister of Foreign Affairs"
        if match.start("name") in countries or not any(w in (match.group("of") or match.group("pre"))
                                                        for w in lac_words):
            continue
        name = _trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            office = ("former " if match.group("former") else "") + (
                "Acting " if match.group("acting") else "") + office_name(match.group("office"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in sworn_re.finditer(text, a, b):  # "the ceremony at which X was sworn in as President of Peru"
        place = " ".join(match.group(g) or "" for g in ("pre", "own", "of"))
        name = _trim_name(match.group("name"))
        new = not any(f[2] == match.start("name") for f in found)
        if name and new and any(w in place for w in lac_words):
            office = office_name(match.group("office"))
            found.append((name, office, match.start("name"), match.start("name") + len(name)))
    for match in won_re.finditer(text, a, b):  # "Gustavo Petro, who won Colombia's presidential election"
        name = _trim_name(match.group("name"))
        if name and not any(f[2] == match.start("name") for f in found):
            found.append((name, "President-elect", match.start("name"), match.start("name") + len(name)))
    for match in office_re.finditer(text, a, b):
        context = " ".join(match.group(g) or "" for g in ("pre", "of", "after"))
        if not any(w in context for w in lac_words):
            continue
        name = _trim_name(match.group("name"))
        if not name:
            continue
        sender = ENVOY_NAMED_BEFORE.search(text, max(a, match.start() - 120), match.start())
        if sender and (envoy := _trim_name(sender.group("name"))):
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
        name = _trim_name(match.group("name"))
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
    name = _trim_name(named.group("name")) if named else None
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
    rf"(?=[A-Z])\b(?P<office>{OFFICE_EN}){_AND_OFFICE},?{_SP}(?P<name>{NAME_RE})")


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
        name = _trim_name(match.group("name"))
        if body and name and LEGISLATURE_WORD.fullmatch(body.group("body")):
            # "Chilean Senate President X": the one met, in the chamber's office (no head)
            return [(name, f"{body.group('body')} {office_name(match.group('office'))}", match.start("name"),
                     match.start("name") + len(name))]
        if body:
            continue  # "Supreme Court President X": the office is the body's, not the country's
        head = head_by_office(text, match.start(), match.end(), day, release.country_id)
        if head is not None:  # "President Lula": the table's full name and office
            return [(head[0].name, head[0].office, head[1], head[2])]
        name = _trim_name(match.group("name"))
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
    rf"(?:\s+(?:State|Province|City|Department|Region))?,?{_SP}(?P<name>{NAME_RE})")


LOCAL_OFFICE_AFTER = re.compile(rf"(?:\s+(?:State|Province|City|Department|Region))?(?:['’]s)?\s+"
                                rf"(?:Governor|Mayor|Prefect)\s*,?{_SP}(?P<name>{NAME_RE})")


def _local_office(release: Release, start: int, stop: int) -> list[tuple[str, str | None, int, int]]:
    """A governor's or mayor's office and name in text[start:stop], the place a LAC country's."""
    text = release.layout.clean
    for m in release.mentions:
        if m.label != LAC_COUNTRY or m.where != "text" or not start <= m.start < stop:
            continue
        office = LOCAL_OFFICE_BEFORE.search(text, max(start, m.start - 60), m.start)
        after = LOCAL_UNIT_NAME_AFTER.match(text, m.end) if office else None
        name = _trim_name(after.group("name")) if after else None
        if office and after and name:
            written = text[office.start():after.start("name")].rstrip(", ")
            return [(name, written, after.start("name"), after.start("name") + len(name))]
        named = NAME_BEFORE_APPOSITIVE.search(text, max(start, office.start() - 80), office.start()) \
            if office else None
        name = _trim_name(named.group("name")) if named else None
        if office and named and name and not LOCAL_UNIT_OF_AFTER.match(text, m.end):
            # "João Doria, Governor of the Brazilian state of São Paulo" (at the place, not its country)
            return [(name, text[office.start():m.end], named.start("name"), named.start("name") + len(name))]
        behind = LOCAL_OFFICE_AFTER.match(text, m.end)  # "Chihuahua Governor Maru Campos"
        name = _trim_name(behind.group("name")) if behind else None
        if behind and name:
            written = text[m.start:behind.start("name")].rstrip(", ")
            return [(name, written, behind.start("name"), behind.start("name") + len(name))]
    return []


HOST_HEAD_EN = re.compile(rf"\b(?P<office>President|Prime Minister)\s+(?P<name>{NAME_RE})")


def _host_head(release: Release) -> list[tuple[str, str | None, int, int]]:
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
        name = _trim_name(match.group("name"))
        if name and name.split()[0] not in NOT_A_NAME:
            return [(name, match.group("office"), match.start("name"), match.start("name") + len(name))]
    return []


def _known_head(release: Release) -> list[tuple[str, str | None, int, int]]:
    """A head of the release's country in office that day, named without a demonym ("held talks
    with President Lula", 同卢拉总统举行会谈): the table of heads says who and in what office."""
    if not release.country_id:
        return []
    text = release.layout.clean
    start, end = release.layout.lead_start, min(len(text), release.layout.lead_end + 600)
    day = parse_date(release.record.event_date) or release.anchor
    if release.zh:
        found = head_by_zh(to_simplified(text), start, end, day, release.country_id)
    else:
        found = head_by_office(text, start, end, day, release.country_id) or _head_by_full_name(
            release, start, release.layout.lead_end, day)
    if found is None:
        return []
    leader, a, b = found
    left = sentence_at(text, a)[0]
    if re.search(r"将|將|\bwill\b|\bto meet\b", text[left:a]):
        return []  # "访问期间将会见…总统": a meeting announced, not the page's counterpart yet
    return [(leader.name, leader.office, a, b)]


def _known_official(release: Release) -> list[tuple[str, str | None, int, int]]:
    """A LAC official of the release's country named in the lead without a demonym ("had a phone
    call with Minister of Foreign Affairs Mauro Vieira", 同外长维埃拉会谈): the roster of officials
    (``lac_officials.json``) says who — the full English name on an English page, the name as
    written on a Chinese one — and, when he held it on the day, the office (a former minister
    keeps his name only)."""
    if not release.country_id:
        return []
    text = release.layout.clean
    start, end = release.layout.lead_start, min(len(text), release.layout.lead_end + 600)
    day = parse_date(release.record.event_date) or release.anchor
    lead = to_simplified(text[start:end]) if release.zh else text[start:end]
    found = [f for f in officials_named((("text", lead),), day, zh=release.zh)
             if f[0].country == release.country_id]
    if not found:
        return []
    person, _, a, b = found[0]
    if re.search(r"将|將|\bwill\b|\bto meet\b", text[sentence_at(text, start + a)[0]:start + a]):
        return []  # a meeting announced, not the page's counterpart yet
    # (a Chinese page's minister keeps the Chinese name it gives, as with a demonym: 罗德里格斯)
    name = text[start + a:start + b] if release.zh else person.name
    return [(name, office_name(person.office) if person.held_on(day) else None, start + a, start + b)]


def _head_by_full_name(release: Release, start: int, end: int, day: date | None) -> tuple | None:
    """The head of the page's country in office that day named by full name alone in the lead
    ("Xi Jinping met with Gustavo Petro"): the table says the office (a former head or an envoy is
    told apart by the words around the name, as for any counterpart)."""
    text = release.layout.clean
    for leader in leaders_on(day):
        if leader.country != release.country_id:
            continue
        for name in dict.fromkeys((leader.name, plain_name(leader.name))):
            at = text.find(name, start, end)
            if at >= 0 and len(name.split()) >= 2:
                return leader, at, at + len(name)
            # a middle name the table leaves out ("the Hon. Philip Edward Davis" for Philip Davis)
            words = name.split()
            if len(words) == 2:
                middle = re.compile(rf"\b{re.escape(words[0])}(?:\s+[A-Z][\w'’.-]*){{1,2}}"
                                    rf"\s+{re.escape(words[1])}\b")
                found = middle.search(text, start, end)
                if found:
                    return leader, found.start(), found.end()
    return None


def _country_name(release: Release, demonym: str | None) -> str | None:
    country = release.gazetteer.country_by_name(demonym) if demonym else None
    return country.canonical if country else None


PRINCIPAL_MINISTERS = frozenset({"Prime Minister", "Deputy Prime Minister", "Foreign Minister",
                                 "Vice Foreign Minister"})


def _portfolio_minister(office: str | None) -> bool:
    """Is an office a minister's of some other portfolio ("Minister of Finance", 财政部长)? Named
    after the exchange's principal, such a minister attends with them ("Xi held talks with Lula.
    Finance Minister Haddad was present"): the principal is the counterpart, not the attendant.
    Named first, the minister is the principal (a vice premier meets a finance minister)."""
    if not office or office in PRINCIPAL_MINISTERS:
        return False
    return bool(re.search(r"\bMinister\b|\bSecretary\b|部[长長]$", office))


def _peer_list(found: list[tuple[str, str | None, int, int]], taken: int) -> bool:
    """Are the counterparts found a list of peers in one office (the foreign ministers of three
    countries meeting the Chinese side together)? Then each one is a principal; otherwise the first
    two are (the principal and the one beside him), as before."""
    offices = {f[1] for f in found}
    return len(found) > taken and len(offices) == 1 and None not in offices and "" not in offices

VISIT_CUES = ("mfa.state_visit", "mfa.official_visit")


def _attended_on_a_visit(release: Release, span: Span) -> bool:
    """Is a platform named as a gathering the visitor also attends, in the sentence of the visit
    ("X to Pay State Visit to China and Attend the Opening Ceremony of the Ministerial Meeting of
    the China-CELAC Forum", 对中国进行国事访问，并出席中国—拉共体论坛…开幕式)? The visit and the
    attending are the cues' own words (``mfa.state_visit``, ``mfa.official_visit``, ``mfa_gathering``)."""
    if span.where == "title":
        source, left, right = release.title, 0, len(release.title)
    else:
        source = release.layout.clean
        left, right = sentence_at(source, span.start)
    sentence, at = source[left:right], span.start - left
    if not any(cues.pattern(cue).search(sentence) for cue in VISIT_CUES):
        return False
    return any(g.start() < at < g.end() for g in cues.pattern("mfa_gathering").finditer(sentence))


def _one_visitor(release: Release) -> None:
    """A visit page whose only regional evidence is the platform the visitor also attends is the
    visitor's country: the codebook's country is the one "whose actors take part", multilateral
    when the LAC side is a regional body or several countries' actors; one country's head who
    pays a state visit and also attends the opening of a China-CELAC meeting is one country's
    actor (several visitors, or the region named as actors, stay multilateral)."""
    record = release.record
    if record.country != MULTILATERAL or record.event_type not in VISIT_PAGES:
        return
    actors = [c for c, weight in release.extra.get("actor_scores", {}).items() if weight > 0]
    regional = release.extra.get("regional_cues", [])
    if len(actors) != 1 or not regional or not all(_attended_on_a_visit(release, s) for s in regional):
        return
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("title", "lead"))
             if (m.entry.id if m.label == LAC_COUNTRY else getattr(m.entry, "country", None)) == actors[0]]
    entry = release.gazetteer.country(actors[0])
    if entry is None or not named:
        return
    release.country_id = entry.id
    record.country = entry.canonical
    record.exchange_type = "bilateral"
    record.evidence["country"] = [named[0].span()]
    record.notes.append(f"country: {entry.canonical}, the visitor's; the regional platform is what the "
                        "visitor also attends")


def signed_article(release: Release) -> bool:
    """The page's opening above the lead (subtitle, byline) says it is an article signed by its
    author (``mfa_byline``: "By Xi Jinping, President of …", ——在…发表的署名文章): a signed article
    is never at head-of-state level (codebook), though its first-person text names a visit to a
    head of state."""
    opening = release.layout.clean[:release.layout.lead_start]
    return cues.pattern("mfa_byline").search(opening) is not None


ADDRESSEE_END = re.compile(r"[，。,.;；:：\n]|(?:复信|回信|復信|迴信|複信)")


def _head_in_office_zh(release: Release, addressee: str) -> bool:
    """Is a Chinese addressee a head of state or government in office named by name alone, with no
    office word (习近平复信迪亚斯-卡内尔; Chinese headlines drop the office a lead gives, and Chinese
    puts an office after the name: 迪亚斯-卡内尔主席)? Such a reply is to a principal, left to the
    counterpart rules, as "复信古巴国家主席…" is."""
    if not release.zh:
        return False
    day = parse_date(release.record.event_date) or release.anchor
    leader = leader_by_zh(addressee, release.country_id, day)
    return leader is not None and leader.held_on(day)


def reply_addressee(release: Release) -> tuple[str, Span] | None:
    """Whom a reply letter answers, when the headline (or, with none, the lead) names one written
    back to people who hold no office of state ("Xi Jinping Replies to a Letter from Teachers and
    Students of …", 习近平复信古巴中国友好协会成员, 给…师生回信): the codebook's counterpart is the
    LAC side of the exchange, and the letter's is its addressee, not a president the letter
    recalls ("when I held talks with President Lula …"); students, a university or a friendship
    association are no head of state, so the page is not at head-of-state level. None for a reply
    to an office holder ("replied to a letter from President …"), left to the counterpart rules."""
    reply, holder = cues.pattern("mfa_reply_letter"), cues.pattern("office_holder")
    passages = (("title", release.title, 0),) if release.title.strip() else (
        ("text", release.layout.clean[release.layout.lead_start:release.layout.lead_end],
         release.layout.lead_start),)
    for where, text, offset in passages:
        match = reply.search(text)
        if match is None:
            continue
        edge = ADDRESSEE_END.search(text, match.end())
        end = edge.start() if edge else len(text)
        addressee = text[match.end():end].strip()
        if len(addressee) < 2 or holder.search(addressee) or _head_in_office_zh(release, addressee):
            return None
        start = offset + text.index(addressee, match.end())
        return addressee, Span(start, start + len(addressee), addressee, where)
    return None


def _planned_only(text: str, start: int) -> bool:
    """Is the counterpart at ``start`` named in a sentence that plans the meeting ("will meet",
    将会见) rather than reports it? An arrival page names whom the visitor is to meet."""
    left = sentence_at(text, start)[0]
    return cues.pattern("planned_meeting").search(text[left:start]) is not None


def _signatory_office(office: str | None, zh: bool) -> str | None:
    """A signatory's office in the codebook's words; Chinese offices joined by 兼 ("副总统兼外交部长")
    are each put into English ("Vice President and Foreign Minister")."""
    if not office:
        return office
    if zh:
        return " and ".join(OFFICE_ZH.get(part, part) for part in re.split(r"兼", office))
    return office_name(office)


def step(release: Release) -> None:
    record = release.record
    if not record.relevant or not release.is_mfa:
        return
    _one_visitor(release)
    chinese, chinese_head = chinese_side(release)
    if chinese is None and cues.pattern("both_heads").search(release.focus_text()):
        # "the two heads of state held talks" with no Chinese leader named: China's principal is its
        # head of state all the same (a joint statement's text, an agency report on one)
        chinese_head = True
        record.notes.append("chinese side: named only as one of the two heads of state")
    record.chinese_side = chinese
    addressee = reply_addressee(release) if record.event_type == "message" else None
    if addressee is not None:  # a reply letter to people holding no office: they are the counterpart
        record.counterpart = addressee[0]
        record.add_evidence("counterpart", addressee[1])
        record.head_of_state_level = False
        partnership(release)
        return
    found = counterparts_zh(release) if release.zh else _counterparts_en(release)
    found = found[:1] + [f for f in found[1:] if not _portfolio_minister(f[1])]
    if record.event_type == "joint_statement" and (not found or found[0][1] is None):
        # a communiqué in full, whose lead names no one (or an office only): the one who signed for
        # the LAC state, in the codebook's office words
        found = [(name, _signatory_office(office, release.zh), a, b)
                 for name, office, a, b in signatories(release)] or found
    if not found and not release.zh and record.event_type in VISIT_PAGES:
        found = _host_head(release)
    group = None
    if not found and record.country == MULTILATERAL:
        # the LAC side is a body: its officer, or its member states' leaders as a group
        found = body_officers(release, zh_name if release.zh else _trim_name)
        group = None if found else body_heads(release)
    if not found:
        # the person the lead names first: "met with Celso Amorim, chief adviser to the president.
        # Amorim said President Lula …" met the adviser, not the head his words name after him
        named = [f for f in (_known_head(release), _known_official(release)) if f]
        found = min(named, key=lambda f: f[0][2]) if named else []
    if not found and not release.zh:
        found = delegation_leader(release, NAME_RE, _trim_name)
    if release.zh:
        found = [english_official(release, *english_leader(release, *item)) for item in found]
    counterparts: list[str] = []
    heads: list[bool] = []
    chinese_office = chinese.split(", ", 1)[1] if chinese and ", " in chinese else ""
    for name, office, start, end in found:
        if office == "":  # "his Peruvian counterpart": the Chinese principal's office
            office = "President" if chinese_office == "President" else (
                "Prime Minister" if chinese_office == "Premier" else chinese_office.split(" and ")[-1])
        if any(name in c or c.split(",")[0] in name for c in counterparts):
            continue
        envoy = (ENVOY_OF_BEFORE.search(release.text[max(0, start - 60):start]) is not None
                 or cues.pattern("envoy_after_head").search(release.text[end:end + 40]) is not None
                 or _envoy_in_name(release.text[start:end]))
        former = FORMER_BEFORE.search(release.text[max(0, start - 40):start]) is not None
        heads.append(not envoy and not former and head_office(office or name.split(" of ")[0]))
        if former and office:
            office = f"former {office}"
        elif former:
            name = f"former {name}"
        counterparts.append(f"{name}, {office}" if office else name)  # None: the office is the name
        record.add_evidence("counterpart", Span(start, end, release.text[start:end]))
        if len(counterparts) >= 2 and not _peer_list(found, len(counterparts)):
            break
    if not counterparts and group:  # "met the leaders of the CELAC Quartet": heads as a group
        counterparts, heads = [group], [True]
    if not counterparts:  # a China-LAC summit: "leaders of Latin American and Caribbean countries"
        opening = release.title + "\n" + release.layout.clean[: release.layout.lead_end + 600]
        if REGION_LEADERS.search(opening) or GROUP_LEADERS.search(release.focus_text()):
            counterparts, heads = ["Leaders of Latin American and Caribbean countries"], [True]
        elif record.event_type in VISIT_PAGES and HOST_HEADS.search(release.focus_text()):
            counterparts, heads = ["Heads of the host countries"], [True]
        elif record.event_type == "state_visit" and chinese_head and record.country == MULTILATERAL:
            # the Chinese head of state's state visits to several LAC states, their hosts unnamed
            # ("will pay state visits to Spain, Argentina and Panama"): a state visit is one a head
            # of state pays at the host head of state's invitation, received by him (codebook,
            # head_of_state_level for a visit page; a state visit is a head of state's)
            counterparts, heads = ["Heads of the host countries"], [True]
    record.counterpart = "; ".join(counterparts) or None
    record.head_of_state_level = bool(chinese_head and heads and heads[0])
    if record.head_of_state_level and record.event_type in VISIT_PAGES and found \
            and _planned_only(release.text, found[0][2]):
        record.head_of_state_level = False  # "will meet President X": the host has not received him yet
    if record.head_of_state_level and (cues.pattern("not_head_level").search(release.focus_text())
                                       or signed_article(release)
                                       or (record.event_type == "other" and briefing(release))):
        # a signed article or a briefing (codebook): also a spokesperson's answers on a trip
        # (就…访华答记者问), typed ``other`` as a briefing on it
        record.head_of_state_level = False
    partnership(release)
