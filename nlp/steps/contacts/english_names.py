"""How English writes a person next to his role: the patterns of a name, of the styles before it
("the Hon.", "Dr."), of a role after it ("X, president of …"), before it ("Cuban President X",
the Spanish order "the president of the PSUV, X,") and of a delegation's leader ("led by X"), with
the words that are never a LAC person's name and the words that name the Chinese side.
"""

from __future__ import annotations

import re

CAPITAL = r"[A-ZÁÉÍÓÚÑÜÇÂÊÔÃÕ]"
# an apostrophe inside a name joins letters ("O'Higgins" has none after it in lower case, "Ma'ruf");
# one that ends it, or the English possessive "'s" after it, is no part of the name ("President
# Nicolás Maduro's greetings", "Evo Morales' visit")
_LOW = "a-záéíóúñüçâêôãõàèìòùäëïö"
NAME_WORD = (rf"{CAPITAL}[{_LOW}]+(?:['’](?!s\b)[{_LOW}]+)*"
             rf"(?:-{CAPITAL}?[{_LOW}]+(?:['’](?!s\b)[{_LOW}]+)*)?")
_PARTICLE = r"(?:de|da|do|dos|das|del|de la|y|e|van|von|la)"
# a middle initial ("Philip J. Pierre", "Mia A. Mottley"), or several ("Frank C. S. Anthony"), is
# part of the name
PERSON = rf"{NAME_WORD}(?:\s+(?:{_PARTICLE}\s+|(?:{CAPITAL}\.\s+){{1,3}})?{NAME_WORD}){{1,4}}"
# "with Jorge Arreaza, Venezuelan Foreign Minister" / "led by Mervin Maldonado, a member of ...";
# in an enumeration ("met respectively with A, President of P, B, Secretary of Q, and C, …") a
# role ends where the next "Name, Role" begins
NEXT_PERSON = rf",\s+(?:and\s+)?{PERSON}(?:\s*\([^)]{{1,30}}\))?,\s+(?:the\s+|a\s+|an\s+)?[A-Z]"
# the styles before a name, Commonwealth ones above all ("to the Hon. Gaston Browne, Political Leader
# of …", "Dr. the Hon. Roosevelt Skerrit", "the Most Hon. Andrew Holness"): no part of the name
# (one list of the styles, which the foreign-ministry reader also prints between office and name)
STYLE_FORMS = r"Hon(?:ourable|orable)?|Dr|Mr|Mrs|Ms|Prof|(?:His|Her)\s+Excellency|H\.\s?E"
STYLE = rf"(?:(?:the\s+)?(?:Most\s+|Right\s+|Rt\.?\s+)?(?:{STYLE_FORMS})\.?\s+){{0,3}}"
# A role is a noun phrase; a verb after the comma ends the subject instead
# ("... of the CPC (CPC) Central Committee, met here Tuesday with X, president of ..."): reading it
# as a role would swallow the counterpart named in it
# The verbs a sentence goes on with after its subject and the subject's role: a role never opens
# with one, and ends where one follows its comma (one list for the three readers of roles)
PREDICATE_VERBS = (r"met|meets|held|holds|said|says|received|receives|welcomed|welcomes|hosted|hosts|"
                   r"visited|visits|paid|pays|attended|attends|arrived|arrives|toured|tours|called|calls|"
                   r"signed|signs")
NOT_A_ROLE = rf"(?!(?:{PREDICATE_VERBS})\b)"
_NAME_ROLE = (
    rf"(?:his\s+\w+\s+counterpart\s+)?{STYLE}"
    rf"(?P<name>{PERSON})(?:\s*\([^)]{{1,30}}\))?,\s+{NOT_A_ROLE}"
    rf"(?P<role>(?:the\s+|a\s+|an\s+)?[A-Za-z][^.;:()\n]{{3,160}}?)"
    rf"(?=[.;:()\n]|,\s+(?:{PREDICATE_VERBS}|and|as\s+well\s+as|who|was|were|in|on|at|when|during|"
    rf"exchanged|with|accompanied|also|thanked|praised|stressed)\b"
    rf"|\s+(?:on|in|at)\s+[A-Z]"
    rf"|{NEXT_PERSON})"
)
# (a subordinate clause's subject too: "..., as Roberto Morales Ojeda, a member of …, met with …";
# after ") ": the lead of a Latin American agency opens right after its credit, with no dash: "HAVANA,
# May 10 (Prensa Latina) Roberto Morales Ojeda, member of the Political Bureau …, received …")
NAME_THEN_ROLE = re.compile(
    r"(?:(?:\bwith|\bby|\bto|\band|\bas\s+well\s+as|\bas|\bwhen|\bwhile|\bincluding|\bincluded|"
    r"\bcomprised|\bwere|\bwas|\bmeets?|"
    r"\bmet|,|;|--|—|–|^|\n)\s+"
    r"|(?<=\)\s)|(?<=--\s)|(?<=—\s)|(?<=–\s))"
    + _NAME_ROLE,
)
# ... also where a line opens with one (a photo caption "Miguel Diaz-Canel, first secretary of the
# Communist Party of Cuba. (File photo)"); matched on its own, so that a line's first person ("Liu
# Jianchao (R), head of the IDCPC, meets with X, president of …") does not hide the next one.
LINE_NAME_THEN_ROLE = re.compile(r"(?:(?<=\n)|^)" + _NAME_ROLE)
ROLE_WORDS = (r"President|Vice[- ]President|Prime Minister|Premier|Foreign Minister|"
              r"Minister(?: of [A-Z][a-z]+(?: [A-Z][a-z]+)*)?|"
              r"First Secretary|Secretary[- ]General|General Secretary|Chairman|Chairwoman|Chair|Speaker|"
              r"Ambassador|"
              r"leader|Governor|Mayor|Head of Government|Senator|Deputy|Congressman|Congresswoman|Chancellor")
# "Cuban President Miguel Diaz-Canel", "Prime Minister of Antigua and Barbuda Gaston Browne", "Mexico
# City's Head of Government Martí Batres"; an
# envoy's title names the country he is posted to after it ("Cuban Ambassador to China Alberto Blanco",
# "Venezuela's Ambassador to China X", "Ambassador of Nicaragua to China X")
ROLE_THEN_NAME = re.compile(
    rf"(?P<role>(?:(?:{CAPITAL}[a-z]+(?:\s{CAPITAL}[a-z]+)?(?:['’]s)?\s+)?(?:{ROLE_WORDS})(?:\s+of\s+(?:the\s+)?{CAPITAL}[a-z]+(?:\s+(?:and\s+)?{CAPITAL}[a-z]+){{0,3}})?"
    rf"(?:\s+to\s+China)?))"
    rf"\s+(?P<name>{PERSON})\b",
)
# The same order in an agency's sentence case: the office in lower case after the country's adjective
# or possessive ("Bolivia's foreign minister David Choquehuanca", "Cuban vice president Salvador
# Valdés Mesa", "Bolivia's minister of the presidency Juan Ramón Quintana"): the country's word makes
# the lower-case noun its office, as a capital letter does in ROLE_THEN_NAME
_OFFICE_LOWER = (r"(?:(?:first|deputy|vice)\s+)?(?:president|vice[- ]president|prime\s+minister|premier|"
                 r"(?:foreign\s+|vice\s+|deputy\s+)?minister|chancellor|speaker|senator|governor|mayor)")
ROLE_LOWER_THEN_NAME = re.compile(
    rf"(?P<role>(?:{CAPITAL}[a-z]+(?:\s{CAPITAL}[a-z]+)?['’]s|{CAPITAL}[a-z]+(?:an|ian|ean|ese|ish|ine))\s+"
    rf"{_OFFICE_LOWER}(?:\s+(?:of|for)\s+(?:the\s+)?[a-z]+(?:\s+(?:and\s+)?[a-z]+){{0,3}}?)?)"
    rf"\s+(?P<name>{PERSON})\b",
)
# The Spanish order Latin American agencies keep in English: the role first, then the name between
# commas, then the verb ("The First Secretary of the Central Committee of the Communist Party of Cuba
# and President of the Republic, Miguel Díaz-Canel, received ...", "the president of the PSUV,
# Diosdado Cabello, said"). NAME_THEN_ROLE reads such a name's "role" as the verb after it, so the
# role is taken from before it.
ROLE_BEFORE_NAME = re.compile(
    rf"\b(?:The|the)\s+(?P<role>[^,.;:()\n]{{3,200}}?(?:\s*\([^()\n]{{1,15}}\)[^,.;:()\n]{{0,120}}?)?)"
    rf",\s+(?P<name>{PERSON}),\s+(?=[a-z])"
)
# "headed by its president X", "led by its Executive Secretary X", "its Secretary General X", "headed
# by party president X": the body's officer, his office printed before his name in lower or Title case,
# up to its head noun
OFFICE_HEAD = (r"(?:President|Chair(?:man|woman|person)?|Secretary|Director|Coordinator|Rector|Head|Leader|"
               r"Editor)")
LED_BY = re.compile(rf"\b(?:led|headed)\s+by\s+(?:(?:its|the\s+party(?:'s|’s)?|party)\s+[a-z ]+?\s+|"
                    rf"its\s+(?:{CAPITAL}[a-z]+\s+){{0,3}}?"
                    rf"{OFFICE_HEAD}(?:[- ]General|-in-Chief)?\s+)?(?P<name>{PERSON})\b")
# "a CPC delegation headed by X": X is the Chinese side. The CPC word and "delegation" are one noun
# phrase: "the CPC Central Committee, met with a delegation led by X" is the CPC meeting X's delegation.
CHINESE_DELEGATION = re.compile(r"\b(?:CPC|Chinese|China's|IDCPC)\b"
                                r"(?:(?!\b(?:met|meets|meeting|with|received|receives)\b)[^.,;]){0,40}"
                                r"\bdelegation\b")
# "congratulated Miguel Diaz-Canel on", "a message of condolence to Raul Castro, first secretary…"
ADDRESSED = re.compile(
    rf"\b(?:congratulat(?:ed|es|ing)|thank(?:ed|s)|welcom(?:ed|es)|wrote\s+to|met\s+with|meeting\s+with|"
    rf"(?:message|letter|condolences?)(?:\s+of\s+[a-z]+)?\s+to)\s+{STYLE}(?P<name>{PERSON})\b")
ELECTED_AS = re.compile(r"\s+on\s+(?:his|her)\s+(?:re-?election|election|inauguration|appointment)\s+as\s+"
                        r"([^.,;]{3,80})")
ROLE_WORD = re.compile(rf"\b(?:{ROLE_WORDS})\b")
# "led by its president X", and "led by Secretary General X": the leader's office may stand between
LEADS = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:its|party|the\s+party(?:'s|’s)?)\s+(?:[A-Za-z-]+\s+){1,5}|"
                   r"(?:[A-Z][a-z]+\s+){1,4})?$")
# (a compound adjective, "the Center for Chinese-Mexican Studies", names no Chinese side)
CHINESE_SIDE = re.compile(r"\bCPC\b|Communist Party of China|(?<!-)\bChina\b(?!-)|(?<!-)\bChinese\b(?!-)|"
                          r"\bIDCPC\b|"
                          r"International Department|"
                          r"National People's Congress|\bNPC\b|\bCPPCC\b|State Council|中共|中国共产党|"
                          r"中联部|中國", re.I)
NOT_NAMES = frozenset("""The This That These During Both Beijing China Chinese President Minister
Secretary Party Central
Committee National Assembly Vice General Latin American Caribbean Foreign Affairs Department
International Communist Socialist Workers People Republic United States Great Hall State Council
Xinhua Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Political Bureau Standing""".split())
