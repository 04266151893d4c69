"""How English pages write a LAC principal's office and name: the pattern pieces of the foreign-ministry
counterpart (``NAME_RE``, ``OFFICE_EN``, the forms of address), the codebook's names of the offices
(``office_name``), which offices are a head of state's or government's (``head_office``), and the
patterns built from the gazetteer's country names (``counterpart_patterns``).

Separate from the readings that use them (``mfa_counterparts_en``, ``mfa_bodies``, the step's
fallbacks in ``mfa``, ``separate``): the spelling of offices, with the misspellings releases print,
the deputies' offices that are never the head's and the ministries' many remits, is one body of
knowledge, and each reading of a page shares it rather than keeping its own copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp import cues
from nlp.gazetteer import Gazetteer
from nlp.steps.contacts import STYLE_FORMS

# not "Chancellor": a LAC "Chancellor" is the foreign minister (Spanish canciller, Portuguese chanceler),
# as agency copies translate it ("Argentine Chancellor Diana Mondino"); no LAC head bears that title
HEAD_OFFICES_EN = ("President", "Prime Minister", "Premier", "Head of State", "Head of Government",
                   "Co-President")
# The head's office named by the state itself rather than by its country's name: "President of the
# Republic (of Cuba)", Argentina's "President of the Nation", Cuba's "President of the Council(s) of
# State (and Ministers)" before 2019. Not any "President of the …": a senate's or a party's president
# is no head of state.
HEAD_OF_THE_STATE = re.compile(r"(?:President|Prime Minister) of the (?:Republic|Nation|Councils? of State"
                               r"(?: and (?:of )?Ministers)?)")


def head_office(office: str) -> bool:
    """Is ``office`` (as the counterpart rules give it) a head of state's or government's? An acting
    holder ("Acting Prime Minister") exercises the office meanwhile: in office, as the codebook asks."""
    office = office.removeprefix("Acting ")
    return office in HEAD_OFFICES_EN or HEAD_OF_THE_STATE.fullmatch(office) is not None


WEEKDAY_NAMES = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_UP = r"[A-ZÁÉÍÓÚÑÜÇ]"
_W = rf"{_UP}[a-záéíóúñüçâêôãõàèìòùäëïö'’]+(?:-{_UP}?[a-záéíóúñüçâêôãõàèìòùäëïö'’]+)?"
_P = r"(?:de|da|do|dos|del|de la|y|van|van der|van den|von)"  # "Alberto van Klaveren"
# A name never runs over a line break or a gap of blanks (the parts of a copy stored on one line are
# spaced apart): "... as President of Uruguay" ending a headline printed above the lead, and "On
# November 24, ..." opening the lead, are no office and name (copies print the headline in the text).
ONE_SPACE = r"[^\S\n](?![^\S\n])"
# the styles printed between an office and the name ("Prime Minister of Trinidad and Tobago Dr. Keith
# Rowley", "Foreign Minister Senator the Hon. Kamina Johnson Smith"): a form of address, no name
STYLE = rf"(?:(?:the\s+)?(?:Most\s+|Right\s+|Rt\.?\s+)?(?:{STYLE_FORMS}|Senator)\.?\s+)*"
STYLE_WORDS = frozenset("His Her Excellency H.E. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Hon Hon. Honourable Honorable "
                        "Comrade Comandante".split())
# "Philip J. Pierre"
NAME_RE = rf"{_W}(?:{ONE_SPACE}(?:{_P}{ONE_SPACE})?(?:{_W}|{_UP}\.(?={ONE_SPACE}{_UP}))){{0,4}}"
# the offices, with the misspellings releases print ("Prime Minster", "Presdient")
_MINISTER = r"Mini(?:s|ss|)ter|Minsiter|Minster"
_PRESIDENT = r"Pres(?:ident|dient|idnet|iednt)"
# "Co-President(s)": Nicaragua's two heads of state under its 2025 constitution (Ortega, Murillo)
# A deputy's office is its own ("Deputy Prime Minister of Barbados X", "Chilean Vice Foreign Minister
# X"), never the office its last words name: "Prime Minister" after "Deputy " would make a deputy the
# head of government (head-of-state level). LAC foreign ministers' titles vary by country: Mexico's
# Foreign Secretary (Secretary of Foreign Affairs/Relations), Peru's Minister of Foreign Relations,
# the Caribbean's Minister for Foreign Affairs, and "Chancellor" (canciller) in agency copies.
_NOT_DEPUTY = r"(?<!Deputy )(?<!Vice )(?<!Deputy-)(?<!Vice-)"
# A ministry often holds other portfolios too, named after Foreign Affairs ("Minister of Foreign Affairs
# and Foreign Trade", "… of Foreign Affairs, International Business and International Cooperation",
# "… and Human Mobility", "… of Foreign and CARICOM Affairs", Venezuela's "Minister of People's Power for
# Foreign Affairs", Saint Lucia's "External Affairs"): each portfolio ends in a word of a ministry's
# remit (cue ``ministry_remit``), so the title ends where the person's name begins
_REMIT = "(?:" + "|".join(sorted(cues.words("ministry_remit", "en"), key=len, reverse=True)) + r")\b"
_PORTFOLIO = rf"(?:[A-Z][\w'’-]*\s+){{0,3}}?{_REMIT}"
_PORTFOLIOS = rf"(?:the\s+)?{_PORTFOLIO}(?:(?:,\s*(?:and\s+)?|\s+and\s+){_PORTFOLIO})*"
_MINISTRY = (r"(?:Foreign|External)(?:\s+and\s+[A-Z][\w'’-]*)?\s+(?:Affairs|Relations)"
             rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+){_PORTFOLIO})*")
_FOREIGN_MINISTER = (rf"Foreign (?:{_MINISTER})|"
                     rf"(?:{_MINISTER})(?: of (?:the )?People['’]s Power)? (?:of|for) {_MINISTRY}|"
                     rf"Foreign Secretary|Secretary of {_MINISTRY}")
# a vice president's rank in the line of succession ("First Vice President" in Peru, "Second Vice
# President", Venezuela's appointed "Executive Vice President"): still a vice president, never the head
_VICE_RANK = r"(?:(?:First|Second|Executive) )?Vice "
OFFICE_EN = (rf"Co-{_PRESIDENT}s?|(?:{_VICE_RANK})?{_PRESIDENT}-elect|{_VICE_RANK}{_PRESIDENT}|"
             rf"{_NOT_DEPUTY}{_PRESIDENT}|"
             rf"(?:Deputy|Vice) Prime (?:{_MINISTER})|{_NOT_DEPUTY}Prime (?:{_MINISTER})|"
             rf"(?:Deputy|Vice) (?:{_FOREIGN_MINISTER})|{_NOT_DEPUTY}(?:{_FOREIGN_MINISTER})|"
             # any other minister, by the portfolio: "Minister of Finance", "Minister of Economy and
             # Finance", "Finance Minister", a deputy's "Vice Minister of Trade"
             rf"(?:(?:Deputy|Vice) |{_NOT_DEPUTY})(?:{_MINISTER}) (?:of|for) {_PORTFOLIOS}|"
             rf"{_NOT_DEPUTY}{_REMIT} (?:{_MINISTER})|Secretary (?:of|for) {_PORTFOLIOS}|"
             # an envoy's posting follows the office before the name ("Colombian Ambassador to China
             # Luis Diego Monsalve"), as 驻华大使 gives it in Chinese
             r"Chancellor|Governor-General|Ambassador(?: to China)?|"
             # Argentina's Chief of Cabinet (Jefe de Gabinete de Ministros): a minister, no head
             r"Chief of (?:the )?Cabinet(?: of Ministers)?")
# a second office joined to the first before the name ("Vice President and Foreign Minister Isabel de
# Saint Malo", "Prime Minister and Minister of Finance X"): the first names the principal's rank
AND_OFFICE = rf"(?:\s+and\s+(?:{OFFICE_EN}))?"
# an appositive told as a relative clause ("met with Vicente Fox, who was President of Mexico from 2000
# to 2006", "X, who is Minister of …"): the office as the appositive gives it, a past one held no more
_RELATIVE = r"(?:who\s+(?:is|serves\s+as|(?P<was>was|served\s+as|had\s+been))\s+)?"
# the foreign minister's titles above, and a deputy's, in the codebook's short form
FOREIGN_MINISTER_RE = re.compile(rf"(?P<deputy>(?:Deputy|Vice) )?(?:{_FOREIGN_MINISTER}|Chancellor)")
# Agency copies write an office after the name in lower case ("Gaston Browne, prime minister of
# Antigua and Barbuda", "Luis Arce, president of Bolivia"): the same offices, read in the
# appositive only, where the comma and "of <country>" around it make the words an office
OFFICE_AFTER_NAME_LOWER = (r"vice[- ]president|president|prime minister|foreign minister|"
                           r"minister of foreign affairs")
MISSPELT = ((re.compile(rf"\b(?:{_MINISTER})\b"), "Minister"),
            (re.compile(rf"\b{_PRESIDENT}s?\b"), "President"))


def office_name(written: str) -> str:
    """The office as the codebook names it: spelling mended, capitals as in a title ("prime
    minister" after a name in an agency copy is the Prime Minister), "Minister of Foreign Affairs",
    "Foreign Secretary" or "Chancellor" is the Foreign Minister (a deputy's the Vice Foreign
    Minister), a Vice Prime Minister the Deputy Prime Minister."""
    if written.islower():
        written = re.sub(r"\b(?!of\b)([a-z])", lambda m: m.group(1).upper(), written)
    for pattern, word in MISSPELT:
        written = pattern.sub(word, written)
    foreign = FOREIGN_MINISTER_RE.fullmatch(written)
    if foreign:
        return "Vice Foreign Minister" if foreign.group("deputy") else "Foreign Minister"
    return written.replace("Vice Prime Minister", "Deputy Prime Minister")


# A LAC legislature's chamber as an appositive's office names it after the country's adjective ("X,
# President of the Mexican Senate", "… of the Chilean Chamber of Deputies")
_CHAMBER = (r"(?:[A-Z][\w'’-]*\s+){0,2}?(?:Senate|Chamber(?:\s+of\s+Deputies)?|Assembly|Congress|Parliament|"
            r"House(?:\s+of\s+(?:Representatives|Assembly))?)\b")


@lru_cache(maxsize=4)
def counterpart_patterns(version: str) -> tuple[re.Pattern[str], ...]:
    """Regexes for "<Demonym> <Office> <Name>", "<Office> of <Country> <Name>", "<Office> <Name> of
    <Country>", "<Name>, <Office> of <Country>", "his <Demonym> counterpart <Name>" and
    "congratulated <Name> on his (re-)election as <Country>'s <office>" (and, last, "his <Demonym>
    counterpart" with no name), built from the gazetteer's LAC names."""
    gaz = Gazetteer.load()
    names = sorted({n for c in gaz.countries for n in [c.canonical, *c.names["en"]] if n}, key=len,
                   reverse=True)
    demonyms = sorted({d for c in gaz.countries for d in c.demonyms["en"] if d}, key=len, reverse=True)
    country = "(?:the\\s+)?(?:" + "|".join(re.escape(n) for n in names) + ")(?![a-z])"  # not "Chile|an"
    demonym = "(?:" + "|".join(re.escape(d) for d in demonyms) + ")"
    # each pattern opens with a lookahead on its possible first characters: positions that cannot
    # start a match (most of a long release) are skipped at once
    # the chamber a legislature's president heads, between the office and the country ("President
    # of the Federal Senate of Brazil Rodrigo Pacheco"): the office is the chamber's
    chamber = (r"(?:\s+of\s+the\s+(?P<chamber>(?:[A-Z][\w'’-]*\s+){0,3}?"
               r"(?:Senate|Chamber(?:\s+of\s+Deputies)?|Assembly|Congress|Parliament|House(?:\s+of\s+(?:Representatives|Assembly))?)))?")
    # a deputy's portfolio between the office and the name ("Deputy Foreign Minister for Multilateral
    # Affairs Joel Hernández"): the name still follows its office
    portfolio = r"(?:\s+for\s+(?:[A-Z][\w'’-]*\s+){0,3}?Affairs)?"
    office = re.compile(
        rf"(?=[A-ZÁÉÍÓÚÑÜÇt])(?:(?P<pre>{demonym}|{country}'s)\s+)?(?P<office>{OFFICE_EN}){chamber}{portfolio}"
        rf"(?:\s+of\s+(?P<of>{country})(?:\s+to\s+China)?)?"
        rf"{AND_OFFICE},?{ONE_SPACE}{STYLE}(?P<name>{NAME_RE})(?:\s+of\s+(?P<after>{country}))?")
    # "his Guyanese counterpart": with the name after it, or with none (``nameless``: the word says
    # the counterpart holds the Chinese principal's office in that state)
    counterpart_word = rf"(?=h)\b(?:his|her)\s+(?P<pre>{demonym})\s+counterpart"
    counterpart = re.compile(rf"{counterpart_word},?\s+(?P<name>{NAME_RE})")
    nameless = re.compile(rf"{counterpart_word}\b")
    # the congratulated named before the words ("congratulated X on his election as …") or as the
    # message's addressee ("sent a message to X, congratulating him on being elected …"), also after
    # the noun ("sent a message of congratulations to X on his election"); sworn in, he holds the office;
    # a prime minister is appointed, and an appointment to an office is taking it ("on her appointment
    # as Prime Minister", "on being appointed"), as a swearing-in is;
    # a form of address before the name is no part of it ("to Ms. Sheinbaum on her election"), nor
    # is the day between the addressee and the participle ("to Mr. Arce on Friday, congratulating him")
    elected = re.compile(
        rf"(?=[cml])\b(?:congratulat\w*(?:\s+(?:message|letter)s?)?(?:\s+to)?\s+{STYLE}(?P<name>{NAME_RE})\s+on\s+|"
        rf"(?:message|letter)s?\s+to\s+{STYLE}(?P<name2>{NAME_RE})"
        rf"(?:\s+(?:on|last)\s+{_W}(?:\s+\d{{1,2}})?)?,?\s+(?:congratulating|to congratulate)\s+"
        rf"(?:him|her)\s+on\s+)"
        rf"(?:(?:(?:his|her)\s+(?:(?P<re>re-?)?election|(?P<in>inauguration|swearing-in|taking office|"
        rf"assumption of office|assuming office|appointment))|"
        rf"being\s+(?:(?P<re2>re-?)?elected|(?P<in3>sworn\s+in|appointed))|"
        rf"(?P<in2>taking office|assuming office))\s+"
        rf"(?:as\s+)?"
        rf"(?:the\s+)?(?:(?:new\s+)?(?:{country}'s|{demonym})\s+)?"
        # the holder's place in the office's line ("sworn in as the first President of Barbados", "the
        # next president"): a word on the office, not on who holds it
        rf"(?:(?:new|first|next)\s+)?"
        # any office a page congratulates on ("on taking office as Secretary of Foreign Affairs of
        # Mexico"), a head's in lower case too
        rf"(?P<office>{OFFICE_EN}|[Pp]resident|[Pp]rime [Mm]inister)|"
        # the election named instead of the office ("on winning the presidential election of
        # Ecuador", "on his victory in the presidential runoff"): a president-elect
        rf"(?P<won>winning|(?:his|her)\s+(?:victory|win)\s+in)\s+the\s+(?:[\w-]+\s+){{0,2}}?"
        rf"presidential\s+(?:elections?|run-?off|vote|race))")
    unnamed = re.compile(rf"(?=[A-ZÁÉÍÓÚÑÜÇ])(?:\b(?P<office>{OFFICE_EN})\s+of\s+(?P<of>{country})|"
                         rf"(?P<pre>{demonym})\s+(?P<office2>{OFFICE_EN}))")
    # Cuba's President of the Council of State (and of the Council of Ministers) is its President; the
    # pages of 2008-2019 join the two bodies in one plural, "President of the Councils of State and
    # Ministers of Cuba" (or "of the Council of State and Ministers")
    council = (r"(?:\s+of\s+the\s+Councils?\s+of\s+State"
               r"(?:\s+and\s+(?:of\s+)?(?:the\s+Council\s+of\s+)?Ministers)?)?")
    # the body an office heads ("Esteban Lazo, President of the National Assembly of People's Power of
    # Cuba", "X, President of the Senate of Chile", Peru's "President of the Council of Ministers", who
    # serves a president heading the government): the office is the body's, never the country's (not
    # Cuba's Council of State, read above as the head's own office)
    _BODY = r"(?!Councils?\s+of\s+State)[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,6}?"
    # the country's formal name is no body: "Lenín Moreno, President of the Republic of Ecuador", "…
    # of the Bolivarian Republic of Venezuela", "… of the Plurinational State of Bolivia", "… of the
    # Commonwealth of Dominica" head the country (codebook, head_of_state_level)
    _FORMAL = r"(?:[A-Z][\w'’-]*\s+){0,2}(?:Republic|State|Commonwealth)(?=\s+of\s)"
    # an aide of the head named before the head's office ("Laureano Ortega Murillo, Advisor to the
    # President of Nicaragua for Investment"): the aide is the one met, in the aide's office
    # agency copies write the aide's title in lower case with its remit before "to" ("adviser on
    # investment to the President of Nicaragua"): the same aide
    aide = (r"(?P<aide>(?:(?:[Cc]hief|[Ss]enior|[Ss]pecial|[Pp]ersonal|[Pp]rincipal)\s+)*"
            r"(?:[Aa]dvis[eo]r|[Ee]nvoy|[Rr]epresentative|[Aa]ssistant|[Aa]ide)"
            r"(?:\s+(?:on|for)\s+[a-z][\w ,]{2,60}?)?\s+(?:to|of)\s+the\s+)?")
    appositive = re.compile(
        rf"(?={_UP})(?P<name>{NAME_RE}),\s+{_RELATIVE}(?:the\s+|an?\s+)?(?:new\s+|newly[\s-]appointed\s+)?{aide}"
        rf"(?P<former>former\s+)?(?P<acting>acting\s+)?(?P<office>{OFFICE_EN}|{OFFICE_AFTER_NAME_LOWER}){council}"
        rf"(?:(?:\s+of\s+the\s+{_FORMAL}|\s+of\s+the\s+(?P<body>{_BODY}))?\s+of\s+(?P<of>{country})|"
        # the chamber owned by the country's adjective ("X, President of the Mexican Senate")
        rf"\s+of\s+the\s+(?P<pre>{demonym})\s+(?P<house>{_CHAMBER}))")
    # a chain of titles after the name, the office last ("Raúl Castro, First Secretary of the Central
    # Committee of the Communist Party of Cuba and President of the Council of State and the Council
    # of Ministers of Cuba", "Miguel Díaz-Canel, first secretary of the Communist Party of Cuba Central
    # Committee and Cuban president")
    chained = re.compile(
        rf"(?={_UP})(?P<name>{NAME_RE}),\s+[^.;:()\n]{{3,140}}?\s+and\s+(?:the\s+)?"
        rf"(?:(?P<pre>{demonym})\s+(?P<office>{OFFICE_EN}|{OFFICE_AFTER_NAME_LOWER})\b|"
        rf"(?P<office2>{OFFICE_EN}|{OFFICE_AFTER_NAME_LOWER}){council}\s+of\s+(?P<of>{country}))")
    # the country in the possessive before the office ("Kerrie Symmonds, Barbados' Minister of Foreign
    # Affairs and Foreign Trade", "Frederick Mitchell, the Bahamas' Minister of Foreign Affairs",
    # "Hugh Todd, Guyana's foreign minister"): the same appositive, the country said first
    owned = re.compile(
        rf"(?={_UP})(?P<name>{NAME_RE}),\s+(?:(?P<of>{country})(?:['’]s|(?<=s)['’])|(?P<pre>{demonym}))\s+"
        rf"(?P<former>former\s+)?(?P<acting>acting\s+)?(?P<office>{OFFICE_EN}|{OFFICE_AFTER_NAME_LOWER})\b")
    # one who took the office, named before it ("the ceremony at which X was sworn in as President of
    # Argentina"): in office from then, as "congratulating him on taking office" says (``elected``)
    sworn = re.compile(
        rf"(?={_UP})(?P<name>{NAME_RE})\s+(?:(?:was|were|has\s+been)\s+(?:sworn\s+in|inaugurated)|took\s+office|"
        rf"assumed\s+office)\s+as\s+(?:the\s+)?(?:new\s+)?(?:(?P<pre>{demonym})\s+|(?P<own>{country})['’]s\s+)?"
        rf"(?P<office>{OFFICE_EN}|{OFFICE_AFTER_NAME_LOWER})\b(?:\s+of\s+(?:the\s+{_FORMAL}\s+of\s+)?(?P<of>{country}))?")
    # a winner of an election named before the office is his ("spoke with Gustavo Petro, who won
    # Colombia's presidential election on June 19"): a president-elect, not yet in office
    won = re.compile(
        rf"(?={_UP})(?P<name>{NAME_RE}),\s+who\s+(?:has\s+|had\s+)?won\s+(?:the\s+)?"
        rf"(?:{country}['’]s\s+|{demonym}\s+)?presidential\s+(?:elections?|run-?off|vote|race)")
    return office, counterpart, unnamed, appositive, elected, chained, owned, won, sworn, nameless


NOT_A_NAME = frozenset("of the and Xi Jinping Li Qiang China Chinese Beijing Great Hall People State "
                       "Council".split())
# the leaders (领导人: heads of state or government) of a group of LAC states the headline or lead
# names as the counterpart: a collective meeting with the Caribbean states' leaders. A group of heads
# of government is one too ("CARICOM heads of government", "the prime ministers of Barbados and
# Antigua and Barbuda", 加共体成员国政府首脑): a prime minister is a head of government (codebook).
GROUP_HEADS_EN = r"(?:leaders|heads of (?:state|government)(?: and (?:state|government))?|prime ministers)"


def trim_name(name: str) -> str | None:
    """A person's name as matched, without the words that are no part of it ("Xi Jinping", a
    weekday, "China"); None when nothing of a name is left, or only an office: "At the invitation
    of President Xi Jinping, President of Colombia Gustavo Petro" leaves "President" of the
    Chinese host's title, which names nobody."""
    words = re.sub(r"['’]s$", "", name).split()
    while len(words) > 2 and words[0] in STYLE_WORDS:  # "His Excellency Luis Arce": a form of address
        words.pop(0)
    while words and (words[-1] in NOT_A_NAME or words[-1] in WEEKDAY_NAMES):
        words.pop()
    if not words or words[0] in NOT_A_NAME or re.fullmatch(OFFICE_EN, " ".join(words)):
        return None
    return " ".join(words)
