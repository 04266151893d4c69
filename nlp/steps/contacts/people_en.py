"""People an English release introduces with their role ("X, president of the Broad Front", "Cuban
President X", "led by X"): who they are, of which kind and party, and whether they are the LAC side
at all (not a Chinese official, not a foreign look-alike).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLATFORM,
    Organisation,
    Party,
)
from nlp.release import Release
from nlp.schema import Contact, Span
from nlp.steps.contacts.background_parties import coalition_of_party
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.english_names import (
    ADDRESSED,
    CHINESE_DELEGATION,
    CHINESE_SIDE,
    ELECTED_AS,
    LEADS,
    LED_BY,
    LINE_NAME_THEN_ROLE,
    NAME_THEN_ROLE,
    NAME_WORD,
    NOT_NAMES,
    PREDICATE_VERBS,
    ROLE_BEFORE_NAME,
    ROLE_LOWER_THEN_NAME,
    ROLE_THEN_NAME,
    ROLE_WORD,
)
from nlp.steps.contacts.groups import wing_kind
from nlp.steps.contacts.kinds import FORMER, body_in_first_clause, body_kind, kind_of
from nlp.steps.contacts.party_lookup import org_owner, party_in
from nlp.steps.contacts.persons_party_en import (
    ANAPHOR,
    ANAPHOR_BEFORE,
    BARE_PARTY,
    OFFICE_WORD,
    body_name,
    group_after_name,
    group_candidates,
    party_before,
    party_in_first_clause,
    party_names_as_party,
    premodifier_party,
    the_party,
)


def ruling_socialist_party(release: Release, country_id: str | None) -> Party | None:
    """The party ruling a socialist state (Cuba's PCC): its "leader" is a party leader. The
    gazetteer also lists the party's predecessors (the ORI, the PURSC): the ruling party is the one
    not dissolved by the release's year (the one never dissolved when the release has no day)."""
    if not country_id:
        return None
    from nlp.steps.mechanism import socialist_state_parties

    year = release.anchor.year if release.anchor else None
    for party_id in sorted(socialist_state_parties(release)):
        party = release.gazetteer.get(party_id)
        if not isinstance(party, Party) or party.country != country_id:
            continue
        if party.dissolved is None or (year is not None and party.dissolved >= year
                                       and (party.founded or 0) <= year):
            return party
    return None


def _overlaps_known(release: Release, start: int, end: int) -> bool:
    """A Chinese official, a look-alike, or any resolved gazetteer name: not a LAC person."""
    return any(m.where == "text" and m.start < end and start < m.end
               and (m.label in (CN_OFFICIAL, LOOKALIKE) or m.entry is not None) for m in release.mentions)


def _candidates_en(text: str, start: int, end: int) -> list[tuple[int, int, str, str, int]]:
    """(start, end, name, role, role start) of people introduced with their role. The role of
    "Cuban President X" comes before the name; all others follow it."""
    found: list[tuple[int, int, str, str, int]] = []
    for pattern in (NAME_THEN_ROLE, LINE_NAME_THEN_ROLE):
        for match in pattern.finditer(text, start, end):
            found.append((match.start("name"), match.end("name"), match.group("name"), match.group("role"),
                          match.start("role")))
    for match in ROLE_BEFORE_NAME.finditer(text, start, end):
        if ROLE_WORD.search(match.group("role")) or kind_of(match.group("role")) != "other":
            found.append((match.start("name"), match.end("name"), match.group("name"), match.group("role"),
                          match.start("role")))
    for pattern in (ROLE_THEN_NAME, ROLE_LOWER_THEN_NAME):
        for match in pattern.finditer(text, start, end):
            found.append((match.start("name"), match.end("name"), match.group("name"), match.group("role"),
                          match.start("role")))
    for pattern in (LED_BY, ADDRESSED):
        for match in pattern.finditer(text, start, end):
            if pattern is ADDRESSED and ROLE_WORD.search(match.group("name")):
                continue  # "met with Cuban President X": ROLE_THEN_NAME reads it
            tail = text[match.end(): min(end, match.end() + 160)]
            role = tail.split(".")[0].lstrip(", ") if tail.startswith(",") else ""
            role = NEXT_MET.split(role, maxsplit=1)[0]  # "X, President of Uruguay, with leaders of the PCU"
            role = PREDICATE_AFTER_ROLE.split(role, maxsplit=1)[0]
            elected = ELECTED_AS.match(tail)
            role = role or (elected.group(1) if elected else "")
            role_at = text.find(role, match.end()) if role else match.end()
            found.append((match.start("name"), match.end("name"), match.group("name"), role, role_at))
    return sorted(found)


# a university, institute or academy of a place in China (cue china_venue: "Beijing Foreign Studies
# University", "Shanghai Institutes for International Studies", "Peking University"): its officers
# are the Chinese side, whatever the role's words
CHINESE_INSTITUTION = re.compile(rf"(?:{cues.source('china_venue')}|\bPeking\b)(?:\s+[A-Z][\w'’-]*){{0,4}}"
                                 r"\s+(?:University|Institutes?|Academy)\b")
# the next group or person of a list of meetings: the role before it ends there
NEXT_MET = re.compile(r",\s+(?:and\s+)?with\b")
# the sentence's verb after the leader's role ("led by X, Vice Minister of the IDCPC, visited here and
# met with leaders of the PNM"): the role ends at it, and the parties the predicate names are the ones
# met, not the leader's
PREDICATE_AFTER_ROLE = re.compile(rf",\s+(?:{PREDICATE_VERBS})\b")
# "Ambassador of Venezuela to China": the country he is posted to is not his side
POSTED_TO_CHINA = re.compile(r"\b(?:to|in)\s+China\b")


def _owner_party(release: Release, start: int, end: int, where: str = "text") -> Party | None:
    """The party a role names ("member of the PSUV"), or else the party owning an organisation the
    role names: the head of the Union of Young Communists or the Sandinista Youth belongs to the
    party whose youth wing it is (organisations.json gives the owner)."""
    party = party_in(release, start, end, where)
    if party is not None:
        return party
    for m in release.mentions:
        if (m.where == where and m.label == LAC_ORG and isinstance(m.entry, Organisation) and m.entry.party
                and start <= m.start < end):
            owner = release.gazetteer.get(m.entry.party)
            if isinstance(owner, Party):
                return owner
    return None


# a military rank or form of address printed before a name ("General X", "Comrade X", "Dr. X")
RANK_BEFORE_NAME = re.compile(r"(?:(?:Lieutenant|Major|Brigadier|Division)\s+)?(?:General|Colonel|Admiral|"
                              r"Commander|Comandante|Comrade|Compañero|Compañera|Dr\.?|Doctor|Professor|Mr\.?|"
                              r"Mrs\.?|Ms\.?|(?:His|Her)\s+Excellency)\s+")


def people_en(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
              seen: dict[str, int]) -> None:
    text = release.layout.clean
    ruling = ruling_socialist_party(release, release.country_id)
    for start, end in ranges:
        candidates = sorted(_candidates_en(text, start, end) + group_candidates(release, start, end))
        for name_start, name_end, name, role, role_at in candidates:
            rank = RANK_BEFORE_NAME.match(name) or OFFICE_BEFORE_NAME.match(name)
            if rank and len(name[rank.end():].split()) >= 2:
                # "General Ramón Espinosa Martín, Vice Minister of ...": the rank is no part of the name;
                # nor is an office the name was read with ("led by Senator X"), which is its role
                if not role and OFFICE_BEFORE_NAME.match(name):
                    role, role_at = name[:rank.end()].strip(), name_start
                elif (role and role_at < name_start and OFFICE_BEFORE_NAME.match(name)
                      and not text[role_at + len(role):name_start].strip()):
                    # "Cuba's Deputy | Foreign Minister X": the office read with the name ends the role
                    role = text[role_at:name_start + rank.end()].strip()
                name_start += rank.end()
                name = name[rank.end():]
            if role and role_at < name_start:
                name_start, name = _after_country(release, role_at, name_start, name_end)
                name_start, name = _after_remit(text, role_at, name_start, name_end, name)
            words = name.split()
            if len(words) < 2 or words[0] in NOT_NAMES or words[-1] in NOT_NAMES or body_name(name):
                continue  # (a body's words are no person: "President of Beijing Foreign Studies University")
            if _overlaps_known(release, name_start, name_end):
                continue
            former_only = False  # his only office is one held before ("former Colombian President X")
            if role and role_at < name_start and FORMER.search(text, max(0, role_at - 8), role_at):
                # "former President of Honduras Manuel Zelaya, General Coordinator of LIBRE": the office
                # he holds is the one after his name, if the page gives one
                after, after_at = _role_after(text, name_end, end)
                if after:
                    role, role_at = after, after_at
                else:
                    former_only = True
            if role and _foreign_role(release, role_at, role_at + len(role)):
                continue  # "Hun Manet, President of the Cambodian People's Party": no LAC counterpart
            # the role's own words (before the name for "Cuban President X"): a party named after
            # "X, President of Brazil, with leaders of the MDB" is the next group met, not X's
            party = _owner_party(release, role_at, role_at + len(role)) if role else None
            premodified = False
            wing = None
            if party is None and role and role_at < name_start:
                party = premodifier_party(release, role_at)
                premodified = party is not None
            led = LEADS.search(text, max(0, name_start - 60), name_start)
            if party is None and led:
                # "a delegation of the PCC, headed by X": who leads a party's delegation is of that party
                # (of its youth or women's wing when the delegation is the wing's); who leads "a CPC
                # delegation" is the Chinese side
                clause = max(text.rfind(".", 0, name_start - 1), name_start - 160) + 1
                party, wing, group_end = _delegation_group(release, clause, name_start)
                premodified = party is not None and led.group().split()[2:3] == ["its"]
                if CHINESE_DELEGATION.search(text, group_end or clause, name_start):
                    continue  # (a LAC party named before "a CPC delegation headed by X" is not X's)
            if party is None:
                party = group_after_name(release, name_end)  # "Blanca Eekhout of the PSUV", "X (Morena)"
            if party is None and role and role_at < name_start:
                # "Jamaican Senator Peter Bunting, a member of the People's National Party": the office
                # before the name is his role, the post after it gives his party
                after, after_at = _role_after(text, name_end, end)
                party = _owner_party(release, after_at, after_at + len(after)) if after else None
            if party is None and role and (ANAPHOR.match(role) or role_at < name_start
                                           and ANAPHOR_BEFORE.search(text, max(0, role_at - 16), role_at)):
                # "Diosdado Cabello, its First Vice President", "the party's international secretary,
                # X": the party the sentence named before him
                party = party_before(release, name_start)
                premodified = party is not None
            if party is None and role and BARE_PARTY.search(role) and not CHINESE_SIDE.search(role):
                party = the_party(release, ruling)  # "Secretary of the Party Central Committee" in Havana
                premodified = party is not None
            if (CHINESE_SIDE.search(POSTED_TO_CHINA.sub("", role)) or CHINESE_INSTITUTION.search(role)) \
                    and party is None:
                continue
            kind = kind_of(party_names_as_party(release, role, role_at)) if role else "other"
            if kind == "other" and party:
                kind = "party"
            elif kind == "government" and party and (
                    premodified or party_in_first_clause(release, role, role_at)):
                # "National President of the PT", "PSUV First Vice President X": an office held in the party
                kind = "party"
            if wing is not None and kind in ("other", "party", "government"):
                kind = wing  # the head of the Young Communist League's delegation is a youth contact
            if led and party is None and kind in ("other", "government") and " its " in f" {led.group()}":
                kind = body_kind(release, name_start) or kind
            elif led and kind in ("other", "government") and " its " in f" {led.group()}":
                # "a delegation of COPPPAL headed by its President X, who is also President of the PRI":
                # the LAC-wide body's officer, whatever his own party
                kind = body_kind(release, name_start, regional=True) or kind
            if role and kind in ("other", "government"):
                kind = body_in_first_clause(release, role, role_at) or kind
            if former_only and kind == "government" and party is None:
                kind = "other"  # a former head of state speaks for no government in office
            if ruling is not None and re.search(r"\bleader\b", role, re.I) and kind in ("other", "party"):
                kind, party = "party", party or ruling  # a socialist state's "leader" leads its party
            contact = Contact(name=name, kind=kind, party_id=party.id if party else None,
                              party=party.canonical if party else None)
            if add_contact(contacts, seen, contact):
                span = Span(name_start, name_end, release.text[name_start:name_end])
                release.record.add_evidence(NAME, span)


# the capitalised words between the country an office names and the name read after it ("Foreign
# Minister of Guyana Hugh Hilton Todd", where the role's country took "Guyana Hugh"): the given names
GIVEN_AFTER_COUNTRY = re.compile(rf"\s+((?:{NAME_WORD}\s+){{1,2}})")
LAC_LABELS = frozenset({LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM})


def _after_country(release: Release, role_at: int, name_start: int, name_end: int) -> tuple[int, str]:
    """The name of "<Office> of <Country> <Name>" begins right after the country: a country's name
    ends where the gazetteer's name of it ends, and the capitalised words after it that are no office
    are the person's given names."""
    text = release.layout.clean
    for m in release.mentions:
        if m.label != LAC_COUNTRY or m.where != "text" or not role_at <= m.start < m.end < name_start:
            continue
        given = GIVEN_AFTER_COUNTRY.fullmatch(text[m.end:name_start])
        if given and not ROLE_WORD.search(given.group(1)) and not any(w in NOT_NAMES
                                                                      for w in given.group(1).split()):
            return m.end + given.start(1), text[m.end + given.start(1):name_end]
    return name_start, text[name_start:name_end]


# the remit a minister's title ends with (cue ``ministry_remit``: "Minister of the Presidency", "Minister
# of Foreign Affairs"), followed by the given names the title's capitalised words took
_AFTER_REMIT = re.compile(
    r"\b(?:" + "|".join(sorted(cues.words("ministry_remit", "en"), key=len, reverse=True)) + r")\s+"
    rf"(?=(?:{NAME_WORD}\s+)+$)")


def _after_remit(text: str, role_at: int, name_start: int, name_end: int, name: str) -> tuple[int, str]:
    """The name of "<Country> Minister of the <Remit> <Name>" begins right after the remit: a title read
    up to the person's name ("Bolivian Minister of the Presidency Juan | Ramón Quintana") gives the
    capitalised words after the ministry's remit back to the name."""
    for match in _AFTER_REMIT.finditer(text, role_at, name_start):
        given = text[match.end():name_start]
        if given.strip() and not ROLE_WORD.search(given) and not any(w in NOT_NAMES for w in given.split()):
            return match.end(), text[match.end():name_end]
    return name_start, name


def _foreign_role(release: Release, start: int, end: int) -> bool:
    """A role that names another country or its party (a look-alike: "President of the Socialist
    Party of Serbia") and no LAC country, party or body: its holder is no LAC counterpart (codebook:
    contacts list the LAC counterparts)."""
    inside = [m for m in release.mentions if m.where == "text" and start <= m.start < end]
    return any(m.label == LOOKALIKE for m in inside) and not any(m.label in LAC_LABELS for m in inside)


# An office printed as part of the words read as a name ("led by Senator Antonio Sanguino", "with
# Deputy Rosa Franco", "with Prime Minister Mia Amor Mottley, leader of the BLP"): the office is the
# person's role, not his name.
OFFICE_BEFORE_NAME = re.compile(r"(?:Senator|Deputy|Congressman|Congresswoman|Ambassador|Mayor|Governor|"
                                r"(?:First\s+)?Vice[- ]President|President|Prime\s+Minister|Premier|"
                                r"Foreign\s+Minister|Chancellor|Speaker)\s+(?=[A-ZÁÉÍÓÚÑ])")
ROLE_AFTER = re.compile(r",\s+(?:who\s+(?:is|was)\s+(?:also\s+)?|also\s+)?"
                        r"(?!(?:and|with|who|which|that|said|met|held|on|in|at|during|when|as|also|both|"
                        r"to|for|while)\b)(?P<role>(?:the\s+|a\s+|an\s+)?[A-Za-z][^.;:()\n,]{3,160})")


def _role_after(text: str, at: int, end: int) -> tuple[str, int]:
    """The office written after a name between commas ("X, General Coordinator of LIBRE, said"), with
    where it starts ("X, who is a member of the PAIS Alliance" too); ("", at) without one — also where
    the words after the comma are no office but the next item of a list or a clause ("X, with leaders
    of the PCV", "X, who said")."""
    match = ROLE_AFTER.match(text, at, end)
    if match is None or not OFFICE_WORD.search(match.group("role")):
        return "", at
    return match.group("role"), match.start("role")


def _delegation_group(release: Release, start: int, end: int) -> tuple[Party | None, str | None, int | None]:
    """The party whose delegation the person after ``end`` leads — the last party or organisation
    named in the clause before him — the kind of a wing's delegation (``youth``, ``women``,
    ``trade_union`` for the Young Communist League or the party's youth, ``wing_kind``; else None),
    and where that group's name ends (None without one)."""
    text = release.layout.clean
    groups = [m for m in release.mentions if m.where == "text" and start <= m.start < end
              and ((m.label == LAC_PARTY and isinstance(m.entry, Party)
                    and not coalition_of_party(release, m))
                   or (m.label == LAC_ORG and isinstance(m.entry, Organisation)))]
    if not groups:
        return None, None, None
    m = max(groups, key=lambda g: g.end)
    if isinstance(m.entry, Party):
        kind = wing_kind(text, m.start, m.end)
        return m.entry, (kind if kind != "party" else None), m.end
    owner = org_owner(release, m)
    wing = m.entry.kind if m.entry.kind in ("youth", "women", "trade_union") else None
    return owner, wing, m.end
