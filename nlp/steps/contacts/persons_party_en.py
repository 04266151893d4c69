"""The party of a person an English release names: the party written right after his name or
before it ("X of the PSUV", "MAS deputy X", "Morena's president X"), the one a role's bare "the
Party" names, the one premodifying his office, and whether the role's first clause names a party.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_ORG, LAC_PARTY, Organisation, Party
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.contacts.background_parties import coalition_of_party
from nlp.steps.contacts.english_names import PERSON, ROLE_WORDS
from nlp.steps.contacts.kinds import FIRST_CLAUSE
from nlp.steps.contacts.party_lookup import org_owner, party_in

# A party written right after a person's name: "X of the PSUV", "X, of the Broad Front", "X (Morena)",
# "X from the PT", "X of Uruguay's Broad Front": the person is that party's member.
# (a photo's position marker after the name, "Raúl Castro (L) of the PCC", is skipped)
GROUP_AFTER_NAME = re.compile(r"(?:\s*\((?:[LRC]|left|right|cent(?:er|re)|front|back)\))?"
                              r"(?:\s*\(\s*(?:the\s+)?|,?\s+(?:of|from)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w-]*(?:['’]s)\s+)?)")


def group_after_name(release: Release, at: int) -> Party | None:
    """The party (or the party owning the organisation) named right after a person's name, or None."""
    match = GROUP_AFTER_NAME.match(release.layout.clean, at)
    if match is None:
        return None
    for m in release.mentions:
        if m.where == "text" and at < m.start <= match.end() and m.end > match.end() - 1:
            if m.label == LAC_PARTY and isinstance(m.entry, Party):
                return m.entry
            if m.label == LAC_ORG and isinstance(m.entry, Organisation):
                return org_owner(release, m)
    return None


# Words that name a body, not a person, read as capitalised words after a party's name ("the PSUV
# Youth Wing", "the FSLN National Council")
BODY_WORDS = frozenset("""Youth Council Directorate Committee Bureau Wing Department Front Party Movement
Commission Office Secretariat Executive Assembly Congress Senate Caucus Bloc Federation Union League Group
Delegation Section Board Leadership Headquarters Conference Convention Parliament Government Women
Organization Organisation Association Center Centre Institute Foundation School Ministry University Academy
College Embassy""".split())


def body_name(name: str) -> bool:
    """Do capitalised words read as a person's name hold a body's word ("Women's Movement")?"""
    return any(re.sub(r"['’]s$", "", word) in BODY_WORDS for word in name.split())


# lowercase offices between a party's name and a person's ("MAS deputy X", "Morena's president X")
_LOWER_OFFICE = (
    r"(?P<office>(?:\s+[A-Z][\w-]*){0,3}?(?:\s+(?:national|general|first|vice|deputy|international|"
    r"political|senior|parliamentary|executive|delegation))*\s+(?:president|vice[- ]president|leader|deputy|"
    r"senator|secretary(?:[- ]general)?|chair(?:man|woman)?|coordinator|member|spokes(?:man|woman|person)|"
    r"head|founder|legislator|lawmaker|"
    r"mayor|governor|congress(?:man|woman)|official|representative))\s+")
PARTY_OFFICE = re.compile(r"(?:['’]s)?" + _LOWER_OFFICE)
# an office, then "of"/"for" the party's name: "the Secretary for International Relations of the PT,
# Romênio Pereira", "Head of the Department … of the Communist Party of Cuba Emilio Lozada García"
OFFICE_OF = re.compile(rf"(?:\bwith|\bby|\band|\bincluding|,|^)\s+(?:the\s+|its\s+)?"
                       rf"(?P<role>[^,.;:()\n]{{0,160}}?\b(?i:{ROLE_WORDS}|secretary|head|director|coordinator|"
                       rf"member)\b[^,.;:()\n]{{0,160}}?\s(?:of|for)\s+(?:the\s+)?)$")
LIST_JOINT = re.compile(r"(?:\band|\bwith|\bby|\bincluding|,)\s+(?:the\s+|its\s+)?")
OFFICE_WORD = re.compile(rf"\b(?i:{ROLE_WORDS}|secretary|head|director|coordinator|member)\b")
ANAPHOR_OFFICE = re.compile(r"\b(?:its|(?:the\s+)?party['’]s)" + _LOWER_OFFICE + rf"(?P<name>{PERSON})\b")
NAME_AFTER_GROUP = re.compile(rf"(?:\s*\([^()\n]{{1,15}}\))?,?\s+(?P<name>{PERSON})\b")
# a role that refers back to the party just named ("its First Vice President", "the party's secretary")
ANAPHOR = re.compile(r"(?:the\s+)?(?:its|party['’]s)\s", re.I)
ANAPHOR_BEFORE = re.compile(r"\b(?:its|party['’]s)\s+\Z", re.I)
# a person named before the party he belongs to, with at most a few words of office before him
# ("including Gabriel Miranda of the Broad Front", "with Brazilian federal deputy X of the PT", "Mexican
# senators X (Morena)"): ``group_after_name`` must find the party right after the name
NAME_OF_GROUP = re.compile(rf"(?:\bwith|\bby|\bincluding|\band|\bwere|\bwas|,)\s+"
                           rf"(?P<role>(?:[A-Za-z][\w-]*\s+){{0,3}}?)(?P<name>{PERSON})"
                           rf"(?=\s*\(|,?\s+(?:of|from)\s)")


def party_before(release: Release, at: int) -> Party | None:
    """The last LAC party named in the sentence before ``at`` (not the coalition an earlier party is
    said to belong to: in "the PS, a member of the New Majority, led by its president X", "its" is
    the PS's)."""
    left, _ = sentence_at(release.layout.clean, at)
    named = [m for m in release.mentions if m.where == "text" and m.label == LAC_PARTY
             and isinstance(m.entry, Party) and left <= m.start < at and not coalition_of_party(release, m)]
    return max(named, key=lambda m: m.end).entry if named else None


def group_candidates(release: Release, start: int, end: int) -> list[tuple[int, int, str, str, int]]:
    """(start, end, name, role, role start) of people named right after a party or organisation,
    as the role that names it leads up to them: "MAS deputy Gualberto Arispe", "Morena's president
    Mario Delgado" (the party premodifies a lowercase office), "Vice President for Ideology of the
    PSUV Tania Díaz", "the Secretary for International Relations of the PT, Romênio Pereira" (an
    office "of" the party before it). The role runs from the office to the party's name, so the
    party is read from it as from any role."""
    text = release.layout.clean
    found: list[tuple[int, int, str, str, int]] = []
    for m in release.mentions:
        if not (m.where == "text" and start <= m.start and m.end <= end and m.entry is not None
                and m.label in (LAC_PARTY, LAC_ORG)):
            continue
        office = PARTY_OFFICE.match(text, m.end, end)
        after = NAME_AFTER_GROUP.match(text, office.end() - 1 if office else m.end, end)
        if after is None or body_name(after.group("name")):
            continue
        if office:
            # the role is the office alone ("deputy" is a seat, "president" an office in the party
            # before it: ``premodifier_party`` reads the party)
            words = office.group("office").lstrip()
            found.append((after.start("name"), after.end("name"), after.group("name"), words,
                          office.end("office") - len(words)))
            continue
        before = OFFICE_OF.search(text, max(start, m.start - 200), m.start)
        if before and text[before.start():before.start("role")].lstrip().startswith(",") and \
                text[m.end:after.start("name")].strip().startswith(","):
            continue  # "A, President of the Broad Front, B, Secretary …": B is the list's next person
        role_at = before.start("role") if before else None
        inner = [o.end for o in release.mentions if before and o.where == "text" and o is not m
                 and o.label in (LAC_PARTY, LAC_ORG) and role_at <= o.start < m.start]
        if inner:
            # "with Vice-President of the PCdoB X and Secretary for International Relations of the PT Y":
            # Y's office starts after the last other group and the list word after it
            joint = LIST_JOINT.search(text, max(inner), m.start)
            role_at = joint.end() if joint else None
        if role_at is not None and OFFICE_WORD.search(text, role_at, m.start):
            found.append((after.start("name"), after.end("name"), after.group("name"),
                          text[role_at:m.end], role_at))
    for match in ANAPHOR_OFFICE.finditer(text, start, end):
        # "the party's deputy Anabel Belloso", "its vice president X": an office in the party named
        # before (``people_en`` reads it with ANAPHOR_BEFORE)
        if not body_name(match.group("name")):
            office = match.group("office").lstrip()
            found.append((match.start("name"), match.end("name"), match.group("name"), office,
                          match.end("office") - len(office)))
    for match in NAME_OF_GROUP.finditer(text, start, end):
        if (not body_name(match.group("name")) and not OFFICE_WORD.search(match.group("name"))
                and group_after_name(release, match.end("name")) is not None):
            role = match.group("role").strip()
            found.append((match.start("name"), match.end("name"), match.group("name"), role,
                          match.start("role")))
    return found


# "the Party" written bare, as Cuban and Venezuelan media name the ruling party ("First Secretary of the
# Party Central Committee", "the Party's International Relations Department")
# (only "the Party" itself, or "the Communist Party" with no country after it, as a Cuban page names
# its ruling party: "the Workers' Party" is a name the gazetteer may not know, not the bare word)
BARE_PARTY = re.compile(r"\b[Tt]he\s+(?:Communist\s+)?Party\b(?!\s+of\s+[A-Z])")


def the_party(release: Release, ruling: Party | None) -> Party | None:
    """The party a role's bare "the Party" names: the ruling party of the page's socialist state (the
    PCC on a Cuban page), else the one party of the page's country the page names (the PSUV on a
    Venezuelan page naming it alone); None where the page names several or none."""
    if ruling is not None:
        return ruling
    named = {m.entry.id: m.entry for m in release.mentions if m.label == LAC_PARTY
             and isinstance(m.entry, Party) and m.entry.country == release.country_id}
    return next(iter(named.values())) if len(named) == 1 else None


# between a party's name and the role word it premodifies: its acronym, a qualifier ("The United National
# Congress (UNC) political leader Kamla Persad-Bissessar", "PNP president Mark Golding")
PREMODIFIER_GAP = re.compile(r"(?:\s*\([^()\n]{1,12}\))?(?:['’]s)?\s+"
                             r"(?:(?:political|national|parliamentary|party)\s+)?")


def party_names_as_party(release: Release, role: str, role_at: int) -> str:
    """The role with each LAC party's name in it read as "party": the words of a party's name say
    nothing of the office ("political leader of the United National Congress" leads a party, not a
    congress; "General Secretary of the People's National Congress Reform" likewise)."""
    spans = sorted((m.start - role_at, m.end - role_at) for m in release.mentions
                   if m.where == "text" and m.label == LAC_PARTY
                   and role_at <= m.start and m.end <= role_at + len(role))
    out, at = [], 0
    for a, b in spans:
        if a >= at:
            out += [role[at:a], "party"]
            at = b
    return "".join(out) + role[at:]


def premodifier_party(release: Release, role_at: int) -> Party | None:
    """The party named right before a role that precedes a name: the office is that party's, as
    "leader of the UNC" would say (Caribbean and agency English put the party first)."""
    for m in release.mentions:
        if not (m.where == "text" and m.label == LAC_PARTY and isinstance(m.entry, Party)):
            continue
        if m.start < role_at < m.end:
            # the role read from the party's own last capitalised words ("Farabundo Martí National
            # Liberation Front Secretary General X", "People's National Party General Secretary X"):
            # the party's name runs into the office it premodifies
            return m.entry
        if (role_at - 30 <= m.end <= role_at
                and PREMODIFIER_GAP.fullmatch(release.layout.clean, m.end, role_at)):
            return m.entry
    return None


def party_in_first_clause(release: Release, role: str, role_at: int) -> bool:
    """Does the role's first clause name a party ("President of the Broad Front", "National President
    of the PT")? Then its head word (president, chair) is a party office, not a state one; a minister
    who is also a party official ("Minister of Foreign Affairs and member of the PSUV") keeps the
    office the release gives first."""
    clause = FIRST_CLAUSE.split(role.strip(), maxsplit=1)[0]
    offset = role_at + (len(role) - len(role.lstrip()))
    return (not re.search(r"\bminister\b", clause, re.I)
            and party_in(release, offset, offset + len(clause)) is not None)
