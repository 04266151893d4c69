"""The codebook kind of a contact (party, government, legislature, youth, …) read from the first
clause of his role, in ``KIND_RULES`` priority order, and the kind of the body a role names
(a LAC organisation, or a LAC-wide body with a kind in platforms.json).
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_ORG, PLATFORM, Organisation, Platform
from nlp.release import Mention, Release

# Kinds in priority order within a role's first clause: "Secretary General of the Youth of the
# PSUV" is youth, "member of the FSLN National Council" party, "President of the National
# Assembly" legislature, "Minister of Interior" government.
KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("youth", re.compile(r"\byouth\b|\byoung\b|青年|共青团|共青團", re.I)),
    ("women", re.compile(r"\bwomen'?s?\b|妇女|婦女", re.I)),
    # (a union's own name left in Spanish, Portuguese or French: "Confederación Sindical …", "Sindicato
    # Nacional de …", "Central … de Trabajadores", "Syndicat …")
    ("trade_union", re.compile(r"\btrade unions?\b|\bunion of workers\b|\bworkers' (?:central|confederation)|"
                               r"\bsindica(?:l|to|tos)\b|\bsyndica(?:l|t|ts)\b|"
                               r"\bcentral\s+(?:[\w]+\s+){0,2}de\s+(?:trabajadores|trabalhadores)\b|"
                               r"工会|工會", re.I)),
    ("diplomat", re.compile(r"\bambassador|\bembassy|\bconsul|\benvoys?\b|\bdiplomat|\bchargé|"
                            r"\bcharge d'affaires|大使|使馆|使館|"
                            r"领事|領事",
                            re.I)),
    ("think_tank", re.compile(r"\bthink[- ]tank|\binstitute|\buniversity|\bacadem(?:y|ic)|\bscholar|"
                              r"\bresearch|"
                              r"\bprofessor|智库|智庫|研究|大学|大學|学者|學者", re.I)),
    ("media", re.compile(r"\bmedia\b|\bnewspaper|\bjournalist|\beditor|\btelevision|\bbroadcast|"
                         r"\bnews agency|"
                         r"媒体|媒體|记者|記者|报社|報社|报》|報》|社长|社長|主编|主編|电视台|電視台|台长|台長|"
                         r"通讯社|通訊社", re.I)),
    ("military", re.compile(r"\barmed forces|\barmy\b|\bmilitary|\bdefen[cs]e minister|"
                            r"军队|軍隊|国防|國防|武装力量|武裝力量|司令|将军|將軍", re.I)),
    ("business", re.compile(r"\bcompany|\bentrepreneur|\bbusiness|\bCEO\b|\bchamber of commerce|"
                            r"\bcorporation|"
                            r"企业|企業|商会|商會|集团|集團|公司|董事长|董事長|总裁|總裁|"
                            r"总经理|總經理", re.I)),
    ("ngo", re.compile(r"\bfoundation\b|\bNGO\b|\bassociation\b|\bfriendship (?:society|association)|基金会|"
                       r"基金會|协会|協會", re.I)),
    ("party", re.compile(r"\bparty\b|\bpartido\b|\bfront\b|\bmovement\b|\bsecretar(?:y|iat)\b|"
                         r"\bpolitical bureau|\bpolitburo|\bcentral committee|\bnational (?:directorate|"
                         r"council|executive)|"
                         # (党籍: a party membership, not an office held in the party)
                         r"\bcadres?\b|\bcoalition\b|党(?!籍)|黨(?!籍)|书记|書記", re.I)),
    # ("Deputy Foreign Minister", "deputy head": a prefix of another office, no seat)
    ("legislature", re.compile(r"\bnational assembly|\bcongress(?:man|woman)?\b|\bsenat(?:e|or)|\bparliament|"
                               r"\bchamber of deputies|\bdeput(?:y|ies)\b(?!\s+(?:foreign\s+)?(?:minister|"
                               r"secretary|head|director|chief|governor|mayor|president|chair|coordinator))|\blegislat|\bMP\b|\bspeaker\b|"
                               r"parliamentar|"
                               r"\bassembly member|议会|議會|国会|國會|参议|參議|众议|眾議|议长|議長|"
                               r"国民议会|國民議會|议员|議員|"
                               # the Chinese names of LAC legislatures that call themselves a people's
                               # congress or assembly (古巴全国人大, 人民政权全国代表大会, 委内瑞拉全国代表
                               # 大会主席, 厄瓜多尔国民代表大会, 哥斯达黎加立法大会): their chair's office
                               r"人大|人民政权|人民政權|国民代表大会|國民代表大會|全国代表大会主席|"
                               r"全國代表大會主席|立法大会|立法大會|国民大会|國民大會",
                               re.I)),
    ("government", re.compile(r"\bpresident|\bminister|\bpremier|\bgovernor|\bmayor|\bprefect|\bintendant|"
                              r"\bgovernment|\bcabinet|"
                              r"\bchancellor|\bsecretary of state|总统|總統|主席|总理|總理|部长|部長|外长|"
                              r"外長|政府|"
                              r"省长|省長|州长|州長|市长|市長", re.I)),
)
BODY_CHAIR = re.compile(r"\b(?:president|chair(?:man|woman)?|head)\s+of\s+(?:the\s+)?[A-Za-z-]*\s*"
                        r"(?:commission|committee|group|caucus|bloc)\b", re.I)
FIRST_CLAUSE = re.compile(r"\s+and\s+|,\s+|\s+as well as\s+|\s+also\s+|和|、|兼")
# A role whose head word is a seat in a legislature ("deputy of the PSUV", "a senator of the Broad
# Front", "federal deputy for São Paulo"): the person is a legislator, of that party — the party's name
# after "of" says whose member he is, not what office he holds. "Deputy" as a prefix of another
# office ("Deputy Secretary General of the PSUV", "deputy head of …") is no seat.
LEGISLATOR_HEAD = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:(?:federal|national|state|provincial|regional|elected|opposition|ruling)\s+)?"
    r"(?:deput(?:y|ies)(?=\s*$|\s*[,;]|\s+(?:of|for|to|in|from|and|at)\b)|senators?|congress(?:man|woman|men|women)|legislators?|lawmakers?|"
    r"parliamentarians?|MPs?|member\s+of\s+(?:the\s+)?(?:parliament|congress|the\s+national\s+assembly))\b"
    r"(?!\s+(?:secretary|general|head|director|chair|president|minister|leader|coordinator|mayor|governor|"
    r"speaker|chief)\b)", re.I)
# "former President of Bolivia and leader of the MAS": an office held before is not the person's
# role; the next one is
FORMER = re.compile(r"(?:(?:a|the)\s+)?(?:former|ex-|ex\s)", re.I)


def kind_of(role: str) -> str:
    """The codebook contact kind of a role, read from its first clause ("first secretary of the PCC
    and Cuban president" is a party contact), in ``KIND_RULES`` priority order. A seat in a
    legislature as the clause's head word is ``legislature`` (``LEGISLATOR_HEAD``), and an office
    held formerly gives way to the clause after it (``FORMER``)."""
    parts = FIRST_CLAUSE.split(role.strip(), maxsplit=1) if role else [""]
    if len(parts) == 2 and FORMER.match(parts[0]) and parts[1].strip():
        return kind_of(parts[1])
    if LEGISLATOR_HEAD.match(parts[0]):
        return "legislature"
    clause = parts[0]
    kinds = [next((kind for kind, pattern in KIND_RULES if pattern.search(text)), "other")
             for text in (clause, role)]
    if kinds[0] == "government" and BODY_CHAIR.search(clause) and kinds[1] != "other":
        return kinds[1]  # "President of the Commission on ... of the National Assembly": whose body counts
    return kinds[0] if kinds[0] != "other" else kinds[1]


def body_kind(release: Release, name_start: int, regional: bool = False) -> str | None:
    """The kind of the body a delegation came from, when "led by its President X" makes X that
    body's officer (a delegation of the Chamber of Deputies of Chile led by its President: the
    chamber's president is a legislature contact, not a head of government): the last LAC
    organisation named in the sentence before him."""
    text = release.layout.clean
    clause = max(text.rfind(".", 0, name_start - 1), name_start - 200) + 1
    bodies = [m for m in release.mentions if m.where == "text" and body_of_kind(m)
              and clause <= m.start < name_start]
    if regional:  # only a LAC-wide body (platforms.json) as the last one named
        bodies = bodies[-1:] if bodies and bodies[-1].label == PLATFORM else []
    if bodies:
        return bodies[-1].entry.kind
    if regional:
        return None
    # a body no list knows: its name as the delegation's ("a delegation of the Confederación Sindical
    # Unitaria de Colombia led by its president X"), read for a kind as a role is
    named = DELEGATION_OF.search(text, clause, name_start)
    kind = kind_of(named.group("body")) if named else "other"
    return kind if kind not in ("other", "government") else None


# "a delegation of <body> led by its <office>" right before the officer's name
DELEGATION_OF = re.compile(r"\b(?:delegation|group|mission)\s+of\s+(?:the\s+)?(?P<body>[^,;.]{3,120}?),?\s+"
                           r"(?:led|headed)\s+by\s+its\s+(?:[\w'’-]+\s+){0,4}$", re.I)


def body_of_kind(m: Mention) -> bool:
    """Is the mention a LAC organisation, or a LAC-wide body with a contact kind (COPPPAL, Parlatino:
    ``kind`` in platforms.json)? Its officer is of the body's kind: the president of a conference of
    parties or of a regional parliament is no head of government."""
    if m.label == LAC_ORG:
        return isinstance(m.entry, Organisation)
    return (m.label == PLATFORM and isinstance(m.entry, Platform) and m.entry.body
            and bool(m.entry.kind) and m.entry.mechanism == "regional")


def body_in_first_clause(release: Release, role: str, role_at: int) -> str | None:
    """The kind of the LAC-wide body the role's first clause names ("President of COPPPAL",
    "Secretary General of Parlatino", 中美洲议会议长): the office is held in that body, whose kind
    it takes, as a party's office is the party's."""
    clause = FIRST_CLAUSE.split(role.strip(), maxsplit=1)[0]
    offset = role_at + (len(role) - len(role.lstrip()))
    # (a body's name may hold "and", which ends a clause: "of Latin America and the Caribbean")
    found = [m for m in release.mentions if m.where == "text" and m.label == PLATFORM and body_of_kind(m)
             and offset <= m.start < offset + len(clause)]
    return found[0].entry.kind if found else None
