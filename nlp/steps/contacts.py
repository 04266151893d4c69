"""Contacts: the LAC counterparts named in the title and lead, with kind and party.

Three sources, all restricted to where a release says whom the exchange was with (title, lead,
and sentences of the early body that introduce people: "led by", "met with", "headed by"):

- parties: each gazetteer party named there (a delegation of the PCC; the FSLN's cadres);
- organisations: legislatures, youth and women's leagues, unions, think tanks, media;
- people: a capitalised name next to its role ("Fernando Pereira, president of the Broad Front";
  "Cuban President Miguel Diaz-Canel"; 古巴国家主席迪亚斯-卡内尔).
  The kind is the first role the release gives ("first secretary of the PCC and Cuban president"
  is a party contact; "Venezuelan Foreign Minister" a government one), and the party is a
  party named in that role. Chinese officials are the Chinese side, never contacts.

A party mentioned only in the body ("the ruling PSUV has...") is not a contact: the codebook
fills ``party`` only for counterparts who belong to it.
"""

from __future__ import annotations

import re
from typing import Any

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import (
    CN_OFFICIAL,
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    LOOKALIKE,
    PLATFORM,
    Organisation,
    Party,
    Platform,
    normalise,
)
from nlp.leaders import LacOfficial, leader_by_zh, leaders, official_by_zh
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Contact, Span
from nlp.steps.two_parties import two_parties_zh
from nlp.text import CAPTION_MAX, greets, in_what_was_said, is_caption, is_file_photo, paragraphs, sentence_at

NAME = "contacts"
_UP = r"[A-ZÁÉÍÓÚÑÜÇÂÊÔÃÕ]"
# an apostrophe inside a name joins letters ("O'Higgins" has none after it in lower case, "Ma'ruf");
# one that ends it, or the English possessive "'s" after it, is no part of the name ("President
# Nicolás Maduro's greetings", "Evo Morales' visit")
_LOW = "a-záéíóúñüçâêôãõàèìòùäëïö"
_WORD = (rf"{_UP}[{_LOW}]+(?:['’](?!s\b)[{_LOW}]+)*"
         rf"(?:-{_UP}?[{_LOW}]+(?:['’](?!s\b)[{_LOW}]+)*)?")
_PARTICLE = r"(?:de|da|do|dos|das|del|de la|y|e|van|von|la)"
# a middle initial ("Philip J. Pierre", "Mia A. Mottley"), or several ("Frank C. S. Anthony"), is
# part of the name
PERSON = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+|(?:{_UP}\.\s+){{1,3}})?{_WORD}){{1,4}}"
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
    rf"(?P<role>(?:(?:{_UP}[a-z]+(?:\s{_UP}[a-z]+)?(?:['’]s)?\s+)?(?:{ROLE_WORDS})(?:\s+of\s+(?:the\s+)?{_UP}[a-z]+(?:\s+(?:and\s+)?{_UP}[a-z]+){{0,3}})?"
    rf"(?:\s+to\s+China)?))"
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
                    rf"its\s+(?:{_UP}[a-z]+\s+){{0,3}}?"
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
_COUNTRY_LIST = r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*"
PARTICIPANTS_EN = (
    # the region's envoys as a group (codebook, regional: "meetings with LAC envoys as a group")
    re.compile(r"(?P<name>(?:ambassadors|envoys|diplomats|heads of mission)(?:\s+to\s+China)?\s+"
               r"(?:from|of)\s+(?:the\s+)?(?:\d+\s+)?Latin American and Caribbean "
               r"(?:countries|states|region))"),
    re.compile(rf"(?P<name>(?:(?:some|about|more than|over|nearly)\s+)?(?:\d+\s+)?(?:young\s+)?(?:party\s+)?"
               rf"(?:cadres|leaders|representatives|officials|delegates|legislators|parliamentarians|"
               rf"journalists|scholars|ambassadors|envoys|diplomats|media\s+professionals)"
               rf"(?:\s+of\s+(?:[a-z]+\s+)?(?:political\s+)?parties)?\s+from\s+"
               rf"(?:{_COUNTRY_LIST}(?:,\s+|\s+and\s+))+{_COUNTRY_LIST})"),
    re.compile(r"(?P<name>(?:leaders|representatives)\s+of\s+(?:political\s+)?parties\s+(?:from|of)\s+"
               r"(?:the\s+)?Latin American and Caribbean (?:countries|region))"),
)
PARTICIPANTS_ZH = (
    re.compile(r"(?P<name>(?:来自|來自)[^。，]{2,40}?的\d*多?(?:位|名)?(?:青年)?(?:干部|幹部|代表|政党领导人|青年))"),
)
# "led by its president X", and "led by Secretary General X": the leader's office may stand between
LEADS = re.compile(r"\b(?:led|headed)\s+by\s+(?:(?:its|party|the\s+party(?:'s|’s)?)\s+(?:[A-Za-z-]+\s+){1,5}|"
                   r"(?:[A-Z][a-z]+\s+){1,4})?$")

# Kinds in priority order within a role's first clause: "Secretary General of the Youth of the
# PSUV" is youth, "member of the FSLN National Council" party, "President of the National
# Assembly" legislature, "Minister of Interior" government.
KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("youth", re.compile(r"\byouth\b|\byoung\b|青年|共青团|共青團", re.I)),
    ("women", re.compile(r"\bwomen'?s?\b|妇女|婦女", re.I)),
    ("trade_union", re.compile(r"\btrade unions?\b|\bunion of workers\b|\bworkers' (?:central|confederation)|"
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
# Chinese: 古巴国家主席迪亚斯-卡内尔, 劳尔·卡斯特罗, 厄瓜多尔总统科雷亚
ROLE_ZH = (r"国家主席|國家主席|总统|總統|总理|總理|第一书记|第一書記|总书记|總書記|外长|外長|外交部长|"
           r"外交部長|议长|議長|"
           r"大使|副总统|副總統|主席|部长|部長|书记|書記|委员|委員|协调员|協調員|协调人|協調人|"
           # the other offices Chinese puts before a foreign name: a party's leader and secretary
           # general, a member of congress, the heads of a research centre, a paper, a station, a
           # company or an association, a governor or mayor, a commander
           r"秘书长|秘書長|领袖|領袖|议员|議員|主任|社长|社長|台长|台長|主编|主編|院长|院長|所长|所長|"
           r"会长|會長|理事长|理事長|董事长|董事長|总裁|總裁|总经理|總經理|州长|州長|省长|省長|市长|市長|"
           r"校长|校長|行长|行長|"
           r"司令员|司令員|司令")
# A role word that opens a longer word is no office before a name: 主席国 (the chair country),
# 总统府 and 总统官邸 (the president's palace and residence), 大使馆, 书记处, 部长级会议, 外长会议, 主席团
# (a given name the middle dot ends may run longer than six characters: 马克西米利亚诺·费拉罗)
FORMER_ZH = re.compile(r"(?:前|原)任?$")
FORMER_OFFICE_ZH = re.compile(rf"(?:前|原)任?(?:{ROLE_ZH})$")
PERSON_ZH = re.compile(
    rf"(?P<role>{ROLE_ZH})(?![国國馆館处處级級会會团團府]|官邸)"
    rf"(?P<name>(?:[\u4e00-\u9fff]{{1,8}}(?=[·・\-－])|[\u4e00-\u9fff]{{1,6}})(?:[·・\-－][\u4e00-\u9fff]{{1,6}}){{0,3}})"
)
# The words that end a Chinese name (cue "name_end_zh"): the one list both paths cut names with
ZH_STOP = re.compile(cues.source("name_end_zh"))
# A transliterated foreign name (劳尔·卡斯特罗, 迪亚斯-卡内尔) right after a message or meeting verb
# is a counterpart even without an office before it: 致电祝贺劳尔·卡斯特罗再次当选…
FOREIGN_NAME_ZH = re.compile(
    r"(?:致电|致電|致函|致信|复信|復信|祝贺|祝賀|会见|會見|会晤|會晤|同|与|與)"
    r"(?P<name>[\u4e00-\u9fff]{1,8}[·・\-－][\u4e00-\u9fff]{1,8}(?:[·・\-－][\u4e00-\u9fff]{1,8}){0,2})")
DOT_ZH = re.compile(r"[·・\-－]")  # what joins the parts of a transliterated name
ZH_VERBS = re.compile(r"(?:致电|致電|致函|致信|复信|復信|祝贺|祝賀|会见|會見|会晤|會晤|同|与|與)+")
# (and the office Chinese puts after a guest's name: 会见珀塞德-比塞萨尔总理, 同维埃拉外长会谈)
ZH_NAME_END = re.compile(ZH_STOP.pattern + r"|再次|当选|當選|就任|连任|連任|继续|繼續|担任|擔任")
CN_NAMES_ZH = ("习近平", "習近平", "李强", "李強", "李克强", "李克強", "王毅", "胡锦涛", "胡錦濤",
               "温家宝", "溫家寶")
CHINESE_BEFORE_ZH = re.compile(r"中国|中國|中方|我国|我國|国务院|國務院|全国人大|全國人大|中共|联络部|聯絡部|"
                               r"中联部|中聯部")
# A committee of the CPC in China's provinces and cities right before an office (省委书记, 湖南省委副书记,
# 市委常委): the office is the Chinese side's, also when the LAC party that invited or was met is named
# just before (应古巴共产党邀请，省委书记X率团). The committee stands at a clause's opening or after a
# Chinese province's or city's name: a LAC party's own provincial committee (古共关塔那摩省委第一书记)
# follows a foreign place.
CN_PLACES_ZH = (r"北京|天津|上海|重庆|重慶|河北|山西|辽宁|遼寧|吉林|黑龙江|黑龍江|江苏|江蘇|浙江|安徽|"
                r"福建|江西|山东|山東|河南|湖北|湖南|广东|廣東|海南|四川|贵州|貴州|云南|雲南|陕西|陝西|甘肃|甘肅|青海|"
                r"内蒙古|內蒙古|广西|廣西|西藏|宁夏|寧夏|新疆|广州|廣州|深圳|杭州|南京|厦门|廈門|福州|成都|武汉|"
                r"武漢|长沙|長沙|昆明|南宁|南寧|西安|济南|濟南|青岛|青島|大连|大連|宁波|寧波|苏州|蘇州")
# A Chinese province's or city's own office right before a name (福建省省长X, 厦门市副市长X): the host
# side, whatever LAC party was named before
CN_PLACE_OFFICE_ZH = re.compile(rf"(?:{CN_PLACES_ZH})(?:省|市)?\Z")
# a country or party named in an earlier sentence is not the one an office belongs to (…代表团。新华社社长X)
SENTENCE_END_ZH = re.compile(r"[。！？；]")
LOCAL_COMMITTEE_ZH = re.compile(
    rf"(?:\A|[，,。；;：:、\s（(]|{CN_PLACES_ZH})(?:省|市|区|區|县|縣|州|自治区|自治區)?(?:委|党委|黨委)"
    r"(?:常委|副)?\Z")
# Whom a talk was held with ("discussed the topic with representatives of the PCC and Morena"): the
# parties after it are the talk's participants, not what it was about
WITH_PARTICIPANTS_SOURCE = (r"\bwith\s+(?:the\s+)?(?:representatives|delegates|delegations|leaders|members|"
                            r"officials)\s+(?:of|from)\b")
WITH_PARTICIPANTS = re.compile(WITH_PARTICIPANTS_SOURCE)
# (the lookahead names every alternative's first character: positions that cannot start a cue are
# skipped at once, five times faster on long releases). Beside meetings and messages, the words that
# name an event's participants ("discussed it with representatives of", "attended by") introduce them.
COUNTERPART_CUE = re.compile(
    r"(?=[lhmictwap率会會致])(?:\bled by\b|" + WITH_PARTICIPANTS_SOURCE + r"|\battended by\b|"
    r"\bparticipants\s+(?:of|from)\b|"
    r"\bheaded by\b|\bmet with\b|\bmeeting with\b|\bmeets with\b|"
    r"\btalks with\b|"
    r"\bmet\s+(?:on\s+)?[A-Z][a-z]+day with\b|"
    r"\bmet separately\b|\bincluding\b|\bheld talks with\b|"
    r"\bmessage (?:of [a-z]+ )?to\b|\bletter to\b|\bcongratulat|\bcondolence|率领|率領|会见|會見|会谈|會談|"
    r"致电|致電)")
SENTENCE_EDGE = re.compile(r"[.。\n]")


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


def _party_in(release: Release, start: int, end: int, where: str = "text") -> Party | None:
    for m in release.mentions:
        if (m.where == where and m.label == LAC_PARTY and isinstance(m.entry, Party)
                and start <= m.start < end):
            return m.entry
    return None


def _overlaps_known(release: Release, start: int, end: int) -> bool:
    """A Chinese official, a look-alike, or any resolved gazetteer name: not a LAC person."""
    return any(m.where == "text" and m.start < end and start < m.end
               and (m.label in (CN_OFFICIAL, LOOKALIKE) or m.entry is not None) for m in release.mentions)


def _focus_ranges(release: Release) -> list[tuple[int, int]]:
    """Lead, and the early sentences that introduce counterparts (met with, led by, a message to)."""
    text = release.layout.clean
    lead_start, lead_end = release.layout.lead_start, release.layout.lead_end
    ranges = [(lead_start, lead_end)]
    window_end = min(len(text), lead_end + 1500)
    found = [*COUNTERPART_CUE.finditer(text, lead_end, window_end),
             *cues.pattern("party_members").finditer(text, lead_end, window_end)]
    for cue in sorted(found, key=lambda match: match.start()):
        if ranges and ranges[-1][0] <= cue.start() < ranges[-1][1]:
            continue
        left = max(text.rfind(".", 0, cue.start()), text.rfind("。", 0, cue.start()),
                   text.rfind("\n", 0, cue.start())) + 1
        edge = SENTENCE_EDGE.search(text, cue.end())
        ranges.append((max(left, lead_end), edge.end() if edge else len(text)))  # with its full stop
    return ranges


def _participant_sentences(release: Release) -> list[tuple[int, int]]:
    """The sentences naming the LAC participants of a worldwide event (the country step found
    them): the list of guests is where such a report says whom the exchange was with."""
    text = release.layout.clean
    out: list[tuple[int, int]] = []
    for span in release.extra.get("worldwide", []) + release.extra.get("body_counterparts", []):
        left = max(text.rfind(".", 0, span.start), text.rfind("。", 0, span.start),
                   text.rfind("\n", 0, span.start)) + 1
        edge = SENTENCE_EDGE.search(text, span.end)
        out.append((left, edge.end() if edge else len(text)))
    return out


def _add(contacts: list[Contact], seen: dict[str, int], contact: Contact) -> bool:
    key = re.sub(r"\W+", " ", contact.name.lower()).strip()
    if not key:
        return False
    for other_key, index in seen.items():  # "Diaz-Canel" after "Miguel Diaz-Canel": one person
        if key == other_key or key in other_key or other_key in key:
            existing = contacts[index]  # a later mention may say more (the title rarely gives a role)
            if (key == other_key and existing.kind == contact.kind == "party" and existing.party_id
                    and contact.party_id and existing.party_id != contact.party_id):
                continue  # "the PT of Brazil, the PT of Mexico": one acronym, two parties
            if existing.party is None and contact.party:
                existing.party, existing.party_id = contact.party, contact.party_id
            if existing.kind == "other" and contact.kind != "other":
                existing.kind = contact.kind
            return False
    seen[key] = len(contacts)
    contacts.append(contact)
    return True


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
    for match in ROLE_THEN_NAME.finditer(text, start, end):
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
    party = _party_in(release, start, end, where)
    if party is not None:
        return party
    for m in release.mentions:
        if (m.where == where and m.label == LAC_ORG and isinstance(m.entry, Organisation) and m.entry.party
                and start <= m.start < end):
            owner = release.gazetteer.get(m.entry.party)
            if isinstance(owner, Party):
                return owner
    return None


def _body_kind(release: Release, name_start: int, regional: bool = False) -> str | None:
    """The kind of the body a delegation came from, when "led by its President X" makes X that
    body's officer (a delegation of the Chamber of Deputies of Chile led by its President: the
    chamber's president is a legislature contact, not a head of government): the last LAC
    organisation named in the sentence before him."""
    text = release.layout.clean
    clause = max(text.rfind(".", 0, name_start - 1), name_start - 200) + 1
    bodies = [m for m in release.mentions if m.where == "text" and _body_of_kind(m)
              and clause <= m.start < name_start]
    if regional:  # only a LAC-wide body (platforms.json) as the last one named
        bodies = bodies[-1:] if bodies and bodies[-1].label == PLATFORM else []
    return bodies[-1].entry.kind if bodies else None


def _body_of_kind(m: Mention) -> bool:
    """Is the mention a LAC organisation, or a LAC-wide body with a contact kind (COPPPAL, Parlatino:
    ``kind`` in platforms.json)? Its officer is of the body's kind: the president of a conference of
    parties or of a regional parliament is no head of government."""
    if m.label == LAC_ORG:
        return isinstance(m.entry, Organisation)
    return (m.label == PLATFORM and isinstance(m.entry, Platform) and m.entry.body
            and bool(m.entry.kind) and m.entry.mechanism == "regional")


def _body_in_first_clause(release: Release, role: str, role_at: int) -> str | None:
    """The kind of the LAC-wide body the role's first clause names ("President of COPPPAL",
    "Secretary General of Parlatino", 中美洲议会议长): the office is held in that body, whose kind
    it takes, as a party's office is the party's."""
    clause = FIRST_CLAUSE.split(role.strip(), maxsplit=1)[0]
    offset = role_at + (len(role) - len(role.lstrip()))
    # (a body's name may hold "and", which ends a clause: "of Latin America and the Caribbean")
    found = [m for m in release.mentions if m.where == "text" and m.label == PLATFORM and _body_of_kind(m)
             and offset <= m.start < offset + len(clause)]
    return found[0].entry.kind if found else None

# a military rank or form of address printed before a name ("General X", "Comrade X", "Dr. X")
RANK_BEFORE_NAME = re.compile(r"(?:(?:Lieutenant|Major|Brigadier|Division)\s+)?(?:General|Colonel|Admiral|"
                              r"Commander|Comandante|Comrade|Compañero|Compañera|Dr\.?|Doctor|Professor|Mr\.?|"
                              r"Mrs\.?|Ms\.?|(?:His|Her)\s+Excellency)\s+")


def _people_en(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
               seen: dict[str, int]) -> None:
    text = release.layout.clean
    ruling = ruling_socialist_party(release, release.country_id)
    for start, end in ranges:
        candidates = sorted(_candidates_en(text, start, end) + _group_candidates(release, start, end))
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
            words = name.split()
            if len(words) < 2 or words[0] in NOT_NAMES or words[-1] in NOT_NAMES or _body_name(name):
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
                party = _premodifier_party(release, role_at)
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
                party = _group_after_name(release, name_end)  # "Blanca Eekhout of the PSUV", "X (Morena)"
            if party is None and role and role_at < name_start:
                # "Jamaican Senator Peter Bunting, a member of the People's National Party": the office
                # before the name is his role, the post after it gives his party
                after, after_at = _role_after(text, name_end, end)
                party = _owner_party(release, after_at, after_at + len(after)) if after else None
            if party is None and role and (ANAPHOR.match(role) or role_at < name_start
                                           and ANAPHOR_BEFORE.search(text, max(0, role_at - 16), role_at)):
                # "Diosdado Cabello, its First Vice President", "the party's international secretary,
                # X": the party the sentence named before him
                party = _party_before(release, name_start)
                premodified = party is not None
            if party is None and role and BARE_PARTY.search(role) and not CHINESE_SIDE.search(role):
                party = _the_party(release, ruling)  # "Secretary of the Party Central Committee" in Havana
                premodified = party is not None
            if (CHINESE_SIDE.search(POSTED_TO_CHINA.sub("", role)) or CHINESE_INSTITUTION.search(role)) \
                    and party is None:
                continue
            kind = kind_of(_party_names_as_party(release, role, role_at)) if role else "other"
            if kind == "other" and party:
                kind = "party"
            elif kind == "government" and party and (
                    premodified or _party_in_first_clause(release, role, role_at)):
                # "National President of the PT", "PSUV First Vice President X": an office held in the party
                kind = "party"
            if wing is not None and kind in ("other", "party", "government"):
                kind = wing  # the head of the Young Communist League's delegation is a youth contact
            if led and party is None and kind in ("other", "government") and " its " in f" {led.group()}":
                kind = _body_kind(release, name_start) or kind
            elif led and kind in ("other", "government") and " its " in f" {led.group()}":
                # "a delegation of COPPPAL headed by its President X, who is also President of the PRI":
                # the LAC-wide body's officer, whatever his own party
                kind = _body_kind(release, name_start, regional=True) or kind
            if role and kind in ("other", "government"):
                kind = _body_in_first_clause(release, role, role_at) or kind
            if former_only and kind == "government" and party is None:
                kind = "other"  # a former head of state speaks for no government in office
            if ruling is not None and re.search(r"\bleader\b", role, re.I) and kind in ("other", "party"):
                kind, party = "party", party or ruling  # a socialist state's "leader" leads its party
            contact = Contact(name=name, kind=kind, party_id=party.id if party else None,
                              party=party.canonical if party else None)
            if _add(contacts, seen, contact):
                span = Span(name_start, name_end, release.text[name_start:name_end])
                release.record.add_evidence(NAME, span)


# the capitalised words between the country an office names and the name read after it ("Foreign
# Minister of Guyana Hugh Hilton Todd", where the role's country took "Guyana Hugh"): the given names
GIVEN_AFTER_COUNTRY = re.compile(rf"\s+((?:{_WORD}\s+){{1,2}})")
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
    ``trade_union`` for the Young Communist League or the party's youth, ``_wing_kind``; else None),
    and where that group's name ends (None without one)."""
    text = release.layout.clean
    groups = [m for m in release.mentions if m.where == "text" and start <= m.start < end
              and ((m.label == LAC_PARTY and isinstance(m.entry, Party)
                    and not _coalition_of_party(release, m))
                   or (m.label == LAC_ORG and isinstance(m.entry, Organisation)))]
    if not groups:
        return None, None, None
    m = max(groups, key=lambda g: g.end)
    if isinstance(m.entry, Party):
        kind = _wing_kind(text, m.start, m.end)
        return m.entry, (kind if kind != "party" else None), m.end
    owner = _org_owner(release, m)
    wing = m.entry.kind if m.entry.kind in ("youth", "women", "trade_union") else None
    return owner, wing, m.end


# A party written right after a person's name: "X of the PSUV", "X, of the Broad Front", "X (Morena)",
# "X from the PT", "X of Uruguay's Broad Front": the person is that party's member.
# (a photo's position marker after the name, "Raúl Castro (L) of the PCC", is skipped)
GROUP_AFTER_NAME = re.compile(r"(?:\s*\((?:[LRC]|left|right|cent(?:er|re)|front|back)\))?"
                              r"(?:\s*\(\s*(?:the\s+)?|,?\s+(?:of|from)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w-]*(?:['’]s)\s+)?)")


def _group_after_name(release: Release, at: int) -> Party | None:
    """The party (or the party owning the organisation) named right after a person's name, or None."""
    match = GROUP_AFTER_NAME.match(release.layout.clean, at)
    if match is None:
        return None
    for m in release.mentions:
        if m.where == "text" and at < m.start <= match.end() and m.end > match.end() - 1:
            if m.label == LAC_PARTY and isinstance(m.entry, Party):
                return m.entry
            if m.label == LAC_ORG and isinstance(m.entry, Organisation):
                return _org_owner(release, m)
    return None


# Words that name a body, not a person, read as capitalised words after a party's name ("the PSUV
# Youth Wing", "the FSLN National Council")
BODY_WORDS = frozenset("""Youth Council Directorate Committee Bureau Wing Department Front Party Movement
Commission Office Secretariat Executive Assembly Congress Senate Caucus Bloc Federation Union League Group
Delegation Section Board Leadership Headquarters Conference Convention Parliament Government Women
Organization Organisation Association Center Centre Institute Foundation School Ministry University Academy
College Embassy""".split())


def _body_name(name: str) -> bool:
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
# senators X (Morena)"): ``_group_after_name`` must find the party right after the name
NAME_OF_GROUP = re.compile(rf"(?:\bwith|\bby|\bincluding|\band|\bwere|\bwas|,)\s+"
                           rf"(?P<role>(?:[A-Za-z][\w-]*\s+){{0,3}}?)(?P<name>{PERSON})"
                           rf"(?=\s*\(|,?\s+(?:of|from)\s)")


def _party_before(release: Release, at: int) -> Party | None:
    """The last LAC party named in the sentence before ``at`` (not the coalition an earlier party is
    said to belong to: in "the PS, a member of the New Majority, led by its president X", "its" is
    the PS's)."""
    left, _ = sentence_at(release.layout.clean, at)
    named = [m for m in release.mentions if m.where == "text" and m.label == LAC_PARTY
             and isinstance(m.entry, Party) and left <= m.start < at and not _coalition_of_party(release, m)]
    return max(named, key=lambda m: m.end).entry if named else None


def _group_candidates(release: Release, start: int, end: int) -> list[tuple[int, int, str, str, int]]:
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
        if after is None or _body_name(after.group("name")):
            continue
        if office:
            # the role is the office alone ("deputy" is a seat, "president" an office in the party
            # before it: ``_premodifier_party`` reads the party)
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
        # before (``_people_en`` reads it with ANAPHOR_BEFORE)
        if not _body_name(match.group("name")):
            office = match.group("office").lstrip()
            found.append((match.start("name"), match.end("name"), match.group("name"), office,
                          match.end("office") - len(office)))
    for match in NAME_OF_GROUP.finditer(text, start, end):
        if (not _body_name(match.group("name")) and not OFFICE_WORD.search(match.group("name"))
                and _group_after_name(release, match.end("name")) is not None):
            role = match.group("role").strip()
            found.append((match.start("name"), match.end("name"), match.group("name"), role,
                          match.start("role")))
    return found


# "the Party" written bare, as Cuban and Venezuelan media name the ruling party ("First Secretary of the
# Party Central Committee", "the Party's International Relations Department")
# (only "the Party" itself, or "the Communist Party" with no country after it, as a Cuban page names
# its ruling party: "the Workers' Party" is a name the gazetteer may not know, not the bare word)
BARE_PARTY = re.compile(r"\b[Tt]he\s+(?:Communist\s+)?Party\b(?!\s+of\s+[A-Z])")


def _the_party(release: Release, ruling: Party | None) -> Party | None:
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


def _party_names_as_party(release: Release, role: str, role_at: int) -> str:
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


def _premodifier_party(release: Release, role_at: int) -> Party | None:
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


def _party_in_first_clause(release: Release, role: str, role_at: int) -> bool:
    """Does the role's first clause name a party ("President of the Broad Front", "National President
    of the PT")? Then its head word (president, chair) is a party office, not a state one; a minister
    who is also a party official ("Minister of Foreign Affairs and member of the PSUV") keeps the
    office the release gives first."""
    clause = FIRST_CLAUSE.split(role.strip(), maxsplit=1)[0]
    offset = role_at + (len(role) - len(role.lstrip()))
    return (not re.search(r"\bminister\b", clause, re.I)
            and _party_in(release, offset, offset + len(clause)) is not None)


def _chinese_before(release: Release, start: int, end: int) -> bool:
    """Does text[start:end], right before an office, name the Chinese side (中联部, 全国人大)? Not
    where the word is part of a LAC name the gazetteer found there: 古巴全国人大 (Cuba's National
    Assembly, which Chinese calls a people's congress too) is the LAC legislature, its chair a
    counterpart."""
    for word in CHINESE_BEFORE_ZH.finditer(release.layout.clean, start, end):
        if not any(m.where == "text" and m.label in (LAC_COUNTRY, LAC_PARTY, LAC_ORG) and m.entry is not None
                   and m.start <= word.start() < m.end for m in release.mentions):
            return True
    return False


# what joins a second office and name to a first (和, 及, 与, 、) and the start of that office
# before the role word (众 of 众议员)
JOINED_ZH = re.compile(r"[和及与與、][\u4e00-\u9fff]{0,4}")


def _people_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
               seen: dict[str, int]) -> None:
    text = release.layout.clean
    for start, end in ranges:
        prev: tuple[int, list[Mention]] | None = None  # the last name read, and what stood before it
        pos = start
        while (match := PERSON_ZH.search(text, pos, end)) is not None:
            pos = match.end()
            name = match.group("name")
            # a stop word may straddle the name's six-character limit (阿尔瓦雷斯率领): read on a little
            stop = ZH_STOP.search(text, match.start("name"), match.end("name") + 2)
            if stop and stop.start() < match.end("name"):
                name = name[: stop.start() - match.start("name")]
                pos = stop.start()  # the next office may start at the stop (X和众议员Y)
            if len(name.replace("·", "").replace("-", "")) < 2 or name.startswith(CN_NAMES_ZH):
                continue
            name_at = match.start("name")
            if any(m.label == CN_OFFICIAL and m.where == "text" and m.start <= name_at < m.end
                   for m in release.mentions):
                continue  # a Chinese official of the gazetteer (中联部副部长陈洲) is the Chinese side
            before = text[max(start, match.start() - 16): match.start()]
            if (_chinese_before(release, max(start, match.start() - 6), match.start())
                    or LOCAL_COMMITTEE_ZH.search(before)
                    or CN_PLACE_OFFICE_ZH.search(before) or CN_POSTED_ZH.search(before)):
                continue
            # the country or party the role follows: a name reaching into the 14 characters before
            # it (a long party name, 秘鲁“为了变革秘鲁人”党, starts further back)
            chain = _office_chain_zh(text, start, match.start())
            reach = min(match.start() - 14, chain[0]) if chain else match.start() - 14
            near = [m for m in release.mentions if m.entry is not None and m.label != CN_OFFICIAL
                    and m.where == "text" and reach < m.end and m.start < match.start()
                    and not SENTENCE_END_ZH.search(text, m.end, match.start())]
            if not near:
                # 由总书记X率领的尼加拉瓜桑解阵代表团: the delegation he leads is named after him
                near = _led_group_zh(release, name_at + len(name))
            if not near and prev is not None and JOINED_ZH.fullmatch(text, prev[0], match.start()):
                # 历史公约联盟参议员X和众议员Y: joined to a counterpart just named, the next office and
                # name share his country or party
                near = prev[1]
            if not near:
                continue  # a role without a LAC country or party before it is the Chinese side's
            role = match.group("role")
            # the nearest party, or organisation a party owns (古巴共青盟第一书记: the PCC's youth wing)
            owned = [(m, _org_owner(release, m)) for m in near]
            owned = [(m, p) for m, p in owned if p is not None]
            nearest = max(owned, key=lambda mp: mp[0].end) if owned else None
            party = nearest[1] if nearest else None
            if nearest is not None and not_own_party(text, sentence_at(text, nearest[0].start)[0],
                                                     nearest[0].start):
                continue  # 击败巴西自由党候选人: the rival's candidate, no one taking part
            kind = kind_of(before[-8:] + role)
            if (nearest is not None and nearest[0].label == LAC_ORG and nearest[0].end >= match.start() - 1
                    and nearest[0].entry.kind in ("youth", "women", "trade_union")):
                kind = nearest[0].entry.kind  # 古巴共青盟第一书记X: the office is held in the youth league
            if kind in ("government", "other") and any(
                    m.label == LAC_ORG and m.entry.kind == "legislature" and m.end >= match.start() - 1
                    for m in near):
                kind = "legislature"  # 委内瑞拉全国代表大会副主席X: an office of the legislature before it
            if kind_of(role) == "legislature":
                kind = "legislature"  # 自由与重建党国会议员X: a member of congress, of that party
            if kind == "government" and party is None and FORMER_ZH.search(before):
                kind = "other"  # 哥伦比亚前总统X: an office held before, no government in office
            # (党籍, "party member": a membership, no office held in the party: 劳工党籍州长 is a governor)
            # (a department of a party's central committee, 古共中央国际关系部部长, is the party's)
            party_role = re.search(r"书记|書記|党(?!籍)|黨(?!籍)|中央(?!银行|銀行)", role + before[-8:])
            # an office right after the party's name (广泛阵线主席, 国家复兴运动主席) is held in the party
            adjacent = (nearest is not None and nearest[0].label == LAC_PARTY
                        and ((nearest[0].end >= match.start() - 1
                              and not re.search(r"籍", text[nearest[0].end:match.start() + 1]))
                             # or after one of the party's organs (古共中央国际关系部部长X)
                             or bool(cues.pattern("party_organ_after").match(text, nearest[0].end))))
            if party and (kind == "other" or kind == "government" and (party_role or adjacent)):
                kind = "party"
            if chain:
                # offices in a row (古共中央政治局委员、国务委员会副主席X; 尼加拉瓜外长、桑解阵委员X): the
                # kind is the first office's, as in English
                # (a name the chain's opening cuts into, 人民参与运动领导人 read from its 与, is in it)
                first = [m for m in near if chain[0] < m.end and m.start < chain[1]]
                first_party = next((p for m in first if (p := _org_owner(release, m)) is not None), None)
                # (the party's own name says nothing of the office: 国家复兴运动党参议员 is a senator)
                kind = kind_of(_without_party_names(release, chain[0], chain[1]))
                body = next((m.entry for m in first if m.label == LAC_ORG), None)
                if kind == "other" and body is not None:
                    kind = body.kind  # 委内瑞拉全国代表大会代表: a member of the body named
                if first_party is not None and kind in ("government", "other"):
                    kind = "party"  # 争取社会主义运动主席、前总统X: the office right after the party's name
                first_office = text[chain[0]:chain[1]].split("、")[0]
                if kind == "government" and FORMER_OFFICE_ZH.search(first_office):
                    # 玻利维亚前总统、争取社会主义运动党主席X: an office held before gives way to the
                    # one he holds now, after it (as "former President of Honduras X, General
                    # Coordinator of LIBRE" in English)
                    rest_at = chain[0] + len(first_office) + 1
                    kind = kind_of(_without_party_names(release, rest_at, chain[1]))
                    if party is not None and kind in ("government", "other"):
                        kind = "party"
            name_start = match.start("name")
            prev = (name_start + len(name), near)
            contact = Contact(name=_with_english(release, name, party), kind=kind,
                              party_id=party.id if party else None, party=party.canonical if party else None)
            if _add(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(name_start, name_start + len(name), name))
            for item_start, item in _listed_names_zh(release, name_start + len(name), end):
                listed = Contact(name=_with_english(release, item, party), kind=kind,
                                 party_id=party.id if party else None,
                                 party=party.canonical if party else None)
                if _add(contacts, seen, listed):
                    release.record.add_evidence(NAME, Span(item_start, item_start + len(item), item))


# A party's leader named right after the party's name (自由秘鲁党领导人塞隆,
# 墨西哥劳动党全国领导人安纳亚): 领导人 is too common a word (领导人非正式会议, 领导人联名致函,
# 革命领导人之一) to be an office everywhere, so only right after a LAC party's name and before a
# name that ends its clause or list item
PARTY_LEADER_ZH = re.compile(r"(?:全国|全國|最高|主要)?(?:领导人|領導人)"
                             r"(?P<name>[\u4e00-\u9fff]{2,6}?(?:[·・\-－][\u4e00-\u9fff]{1,6}){0,3})"
                             r"(?=[。，,、；;]|和|及|与|與|等|一行|率)")


def _party_leaders_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                      seen: dict[str, int]) -> None:
    """A party's leader named right after its name (``PARTY_LEADER_ZH``): a party contact of it."""
    text = release.layout.clean
    for start, end in ranges:
        for match in PARTY_LEADER_ZH.finditer(text, start, end):
            party = next((m.entry for m in release.mentions if m.where == "text" and m.label == LAC_PARTY
                          and isinstance(m.entry, Party) and m.end == match.start()), None)
            name = match.group("name")
            if party is None or name.startswith(CN_NAMES_ZH) or ZH_STOP.search(name):
                continue
            contact = Contact(name=_with_english(release, name, party), kind="party", party_id=party.id,
                              party=party.canonical)
            if _add(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))


# a bare name listed after a name with 、, up to the next 、 or the clause's end
LISTED_NAME_ZH = re.compile(r"、(?P<name>[\u4e00-\u9fff]{2,6}?(?:[·・\-－][\u4e00-\u9fff]{1,6}){0,3})"
                            r"(?=[、，,。；;：:（(]|$|等|一行)")


def _listed_names_zh(release: Release, at: int, end: int) -> list[tuple[int, str]]:
    """The names listed with 、 right after a person's name, none with an office of its own
    (古巴、委内瑞拉、玻利维亚驻华大使佩雷拉、约弗雷达、西莱斯): Chinese puts the shared office once,
    before the first name, so each listed name holds it. A list item that names a country, party
    or organisation, or carries an office word, ends the list (PERSON_ZH reads the latter)."""
    text = release.layout.clean
    found: list[tuple[int, str]] = []
    while at < end:
        match = LISTED_NAME_ZH.match(text, at, end)
        if match is None:
            break
        name = match.group("name")
        if (re.search(ROLE_ZH, name) or name.startswith(CN_NAMES_ZH) or ZH_STOP.search(name)
                or CHINESE_BEFORE_ZH.search(name)
                or any(m.where == "text" and m.start < match.end() and match.start("name") < m.end
                       for m in release.mentions)):
            break
        found.append((match.start("name"), name))
        at = match.end()
    return found


# The offices before a Chinese name, separated by 、 (古共中央政治局委员、国务委员会副主席莫拉莱斯):
# the first runs from the clause's opening (after a comma or the meeting verb) to the first 、.
OFFICE_CHAIN_ZH = re.compile(r"(?:[^，,。；、\s]{2,24}、){1,3}[^，,。；、\s]{0,16}$")
OFFICE_END_ZH = re.compile(rf"(?:{ROLE_ZH}|成员|成員|领导人|領導人|主任|协调员|協調員)$")
CHAIN_OPENING_ZH = re.compile(r".*(?:会见|會見|会晤|會晤|会谈|會談|致电|致電|同|与|與|和|及|包括|为|為)")


# a Chinese ambassador or official posted to a LAC country (中国驻尼加拉瓜大使X): the Chinese side
CN_POSTED_ZH = re.compile(r"(?:中国|中國|我国|我國|我)(?:驻|駐)[^，,。；、\s]{1,10}$")
# the delegation a person leads, named after him (由总书记X率领的尼加拉瓜桑解阵代表团)
LED_AFTER_ZH = re.compile(r"(?:率领|率領|带领|帶領)的")


def _led_group_zh(release: Release, at: int) -> list[Mention]:
    """The LAC party or organisation whose delegation the person ending at ``at`` leads, when it is
    named right after 率领的 (with its country before it), as a one-mention list; else []."""
    text = release.layout.clean
    led = LED_AFTER_ZH.match(text, at)
    if led is None:
        return []
    return [m for m in release.mentions if m.where == "text" and m.entry is not None
            and m.label in (LAC_PARTY, LAC_ORG) and led.end() <= m.start <= led.end() + 8
            and not SENTENCE_END_ZH.search(text, led.end(), m.start)][:1]


def _without_party_names(release: Release, start: int, end: int) -> str:
    """The text between ``start`` and ``end`` with each LAC party's name left out."""
    text = release.layout.clean
    out, at = [], start
    for m in sorted((m for m in release.mentions if m.where == "text" and m.label == LAC_PARTY
                     and start <= m.start and m.end <= end), key=lambda m: m.start):
        if m.start >= at:
            out.append(text[at:m.start])
            at = m.end
    return "".join(out) + text[at:end]


def _office_chain_zh(text: str, start: int, role_at: int) -> tuple[int, int] | None:
    """(start, end) of the first office of a chain of offices before a role, or None without one."""
    match = OFFICE_CHAIN_ZH.search(text, max(start, role_at - 70), role_at)
    if match is None:
        return None
    head = match.start()
    if not all(OFFICE_END_ZH.search(part) for part in text[head:role_at].split("、")[:-1]):
        return None  # 第一书记迪亚斯-卡内尔、总理马雷罗: two people, each with his office
    opening = CHAIN_OPENING_ZH.match(text, head, text.index("、", head))
    first_start = opening.end() if opening else head
    first_end = text.index("、", head)
    return (first_start, first_end) if first_end - first_start >= 2 else None


def _org_owner(release: Release, m: Mention) -> Party | None:
    """The party of a mention: the party itself, or the party owning the organisation (a youth wing)."""
    if m.label == LAC_PARTY and isinstance(m.entry, Party):
        return m.entry
    if m.label == LAC_ORG and isinstance(m.entry, Organisation) and m.entry.party:
        owner = release.gazetteer.get(m.entry.party)
        return owner if isinstance(owner, Party) else None
    return None


def _with_english(release: Release, name: str, party: Party | None = None) -> str:
    """"劳尔·卡斯特罗 (Raul Castro)" for a LAC head of state or government or an official of the
    roster, as coders write it. The
    person's country is their party's, else the release's; with neither, no guess (莫拉莱斯 of the
    Cuban party is not Bolivia's Evo Morales)."""
    country = party.country if party else release.country_id
    if country is None:
        return name
    day = parse_date(release.record.event_date) or release.anchor
    leader = leader_by_zh(name, country, day)
    if leader is not None:
        return f"{name} ({leader.name})"
    # a minister, vice president, legislature head or party leader of the roster, by a rendering
    # of his alone, written alike (a shared one, 罗德里格斯, names no one here)
    official = official_by_zh(name, country, day)
    return f"{name} ({official.name})" if official else name


def _transliterated_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                       seen: dict[str, int]) -> None:
    """Foreign names after 致电/会见/同… in the title and the counterpart passages."""
    passages = [("title", release.title, 0, len(release.title))]
    passages += [("text", release.layout.clean, a, b) for a, b in ranges]
    for where, text, start, end in passages:
        for match in FOREIGN_NAME_ZH.finditer(text, start, end):
            name = match.group("name")
            lead = ZH_VERBS.match(name)
            at = match.start("name") + (lead.end() if lead else 0)
            name = name[lead.end():] if lead else name
            stop = ZH_NAME_END.search(name)
            name = name[: stop.start()] if stop else name
            if not DOT_ZH.search(name):
                # "会见乌拉圭总统拉卡列·波乌": an office ended the words before the dot; they are the
                # office's country or body (乌拉圭), the dotted name comes after it (_heads_zh reads it)
                continue
            # a Chinese official, or a party, body or platform of the gazetteer whose name has a dot
            # or a dash in it (萨尔瓦多法拉本多·马蒂民族解放阵线, 中国－拉美和加勒比政党论坛): no person
            if len(name) < 3 or any(m.where == where and m.start < at + len(name) and at < m.end
                                    and (m.label == CN_OFFICIAL or m.label in (LAC_PARTY, LAC_ORG, PLATFORM))
                                    for m in release.mentions):
                continue
            after = text[at + len(name): at + len(name) + 30].split("。")[0]
            party = _party_in(release, at + len(name), at + len(name) + 30, where)
            kind = kind_of(after) if after else "other"
            if party and kind in ("government", "other"):
                kind = "party" if re.search(r"书记|書記|党|黨", after) else kind
            contact = Contact(name=_with_english(release, name, party), kind=kind,
                              party_id=party.id if party else None, party=party.canonical if party else None)
            if _add(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(at, at + len(name), name, where))


def _heads_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
              seen: dict[str, int]) -> None:
    """A head of the release's country in office that day, named without an office or a middle dot
    right after a message or meeting verb (习近平致电奥尔特加, 会见卢拉): Xinhua's short rendering
    of a known leader is the counterpart, as "Ortega" is in English."""
    if not release.country_id:
        return
    day = parse_date(release.record.event_date) or release.anchor
    heads = [leader for leader in leaders() if leader.country == release.country_id and leader.held_on(day)]
    names = sorted({z for leader in heads for z in leader.zh if len(z) >= 2}, key=len, reverse=True)
    if not names:
        return
    after_verb = re.compile(rf"(?:{ZH_VERBS.pattern})(?P<name>{'|'.join(map(re.escape, names))})")
    passages = [("title", release.title, 0, len(release.title))]
    passages += [("text", release.layout.clean, a, b) for a, b in ranges]
    for where, text, start, end in passages:  # a release's text is read in simplified characters
        for match in after_verb.finditer(text, start, end):
            name = text[match.start("name"):match.end("name")]
            leader = leader_by_zh(name, release.country_id, day)
            if leader is None:
                continue
            if _add(contacts, seen, Contact(name=f"{name} ({leader.name})", kind="government")):
                release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name, where))


# A party's youth or women's wing written around the party's name ("the PSUV youth wing", "the
# FSLN's Youth", "the Juventud del PSUV", "the Women's Front of the PNP") where the gazetteer lists
# no such form of the wing: the group is the wing (kind youth/women), still of that party.
WING_AFTER = re.compile(r"(?:['’]s)?\s+(?i:(?P<youth>youth|young)|(?P<women>women['’]?s?))\b|"
                        # 国家复兴运动党全国妇女书记, 常设大会妇女委员会, 统社党青年组织: the wing's
                        # word right after the party's or the body's Chinese name
                        r"(?:全国|全國|中央)?(?:(?P<youth_zh>青年)|(?P<women_zh>妇女|婦女))")
WING_BEFORE = re.compile(r"\b(?i:(?P<youth>youth|juventud|juventude|jeunesse)|(?P<women>women['’]?s?|"
                         r"mujeres|mulheres))(?:\s+[A-Z][\w'’]*){0,2}\s+(?:of|del|de\s+la|do|da|de)\s+"
                         r"(?:the\s+|la\s+|el\s+|o\s+|a\s+)?$")


def _wing_kind(source: str, start: int, end: int) -> str:
    """The kind of a group named by a party's name: ``youth`` or ``women`` where the name stands in
    its wing's (``WING_AFTER``, ``WING_BEFORE``), else ``party``."""
    match = WING_AFTER.match(source, end) or WING_BEFORE.search(source, max(0, start - 40), start)
    if match is None:
        return "party"
    return "youth" if match.group("youth") or match.groupdict().get("youth_zh") else "women"


def _groups(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
            seen: dict[str, int]) -> None:
    """Parties and organisations named in the title and the counterpart passages."""
    def inside(m: Mention) -> bool:
        return m.where == "title" or any(a <= m.start < b for a, b in ranges)

    gaz = release.gazetteer
    # a body once, whichever of its names the page prints (古巴共青盟 in the headline, 古巴共产主义青年联盟
    # in the text): by the longest, the name written out (as the party names are, _written_out_longer)
    bodies: dict[str, int] = {}  # body id -> its contact's index
    for m in release.mentions:
        if not inside(m) or m.entry is None:
            continue
        if m.label == LAC_PARTY and isinstance(m.entry, Party):
            party = m.entry
            if any(c.party_id == party.id and c.kind == "party" for c in contacts):
                continue
            if m.where == "text" and _background(release.layout.clean, m.start, m.end):
                continue  # a party the counterpart spoke of, or a rival, not one taking part
            if _coalition_of_party(release, m):
                continue  # "the Socialist Party of Chile, a member of the New Majority coalition"
            if m.where == "title" and _written_out_longer(release, m, inside):
                continue  # the headline's short name of the party the text names in full
            source = release.title if m.where == "title" else release.layout.clean
            contact = Contact(name=m.text, kind=_wing_kind(source, m.start, m.end), party_id=party.id,
                              party=party.canonical)
        elif m.label == LAC_ORG and isinstance(m.entry, Organisation):
            org = m.entry
            if org.id in bodies:
                index = bodies[org.id]
                if index < len(contacts) and len(m.text) > len(contacts[index].name):
                    contacts[index].name = m.text
                    seen[re.sub(r"\W+", " ", m.text.lower()).strip()] = index
                continue
            owner = gaz.get(org.party) if org.party else None
            party = owner if isinstance(owner, Party) else None
            contact = Contact(name=m.text, kind=org.kind or "other", party_id=party.id if party else None,
                              party=party.canonical if party else None)
        else:
            continue
        if _add(contacts, seen, contact):
            release.record.add_evidence(NAME, m.span())
            if m.label == LAC_ORG:
                bodies[m.entry.id] = len(contacts) - 1


def _written_out_longer(release: Release, title_mention: Mention, inside: Any) -> bool:
    """Does the text name, in the words of the headline's party name plus more, another party?
    A headline cuts a name short (秘鲁共产党 for 秘鲁共产党（红色祖国）, the qualifier in brackets
    dropped); where the counterpart passages' fuller name (``inside``) is a different party's, the
    headline meant that one."""
    short = normalise(title_mention.text)
    own = getattr(title_mention.entry, "id", None)
    return bool(short) and any(
        m.where == "text" and inside(m) and m.label == LAC_PARTY and isinstance(m.entry, Party)
        and m.entry.id != own
        and len(normalise(m.text)) > len(short) and normalise(m.text).startswith(short)
        for m in release.mentions)


# One conversation with one counterpart: the parties its report names later are what was talked about
ONE_EXCHANGE = frozenset({"meeting", "talks", "video_call", "phone_call", "message", "meeting_on_sidelines"})
# A page about a visit as a whole: each party the delegation met during it takes part, wherever the
# report names the meeting.
WHOLE_VISIT = frozenset({"delegation_visit_abroad", "delegation_received"})
MET_WITH = re.compile(r"\b(?:met|meets?|meeting|held talks|talks with|called on|calls on)\b|"
                      r"会见|會見|会谈|會談|拜会|拜會|会晤|會晤|座谈|座談")


# Who was present at one conversation, or came with the counterpart, takes part in it ("Present at
# the meeting were leaders of the MAS", "accompanied by members of the FSLN", "the delegation also
# included officials of the PCC", 在座, 参加会见, 陪同会见).
PRESENT = re.compile(
    r"\b(?i:present\s+(?:at|during|were|was)|(?:were|was|also)\s+present|accompan(?:ied|ying)|"
    r"attended\s+the\s+(?:meeting|talks)|took\s+part\s+in\s+the\s+(?:meeting|talks)|"
    r"(?:delegation|entourage)\s+(?:also\s+)?(?:included|comprised))\b|"
    r"在座|参加会见|參加會見|参加会谈|參加會談|陪同|出席会见|出席會見")
# A sentence opening with a counterpart's name and, after a comma, a post he holds "of" a party:
# "Jagdeo, who is also General Secretary of the PPP/C, said …", "Gonsalves, also political leader
# of the ULP", "Batres, a senior member of MORENA". (The party is where this text ends.)
POST_CLAUSE_EN = re.compile(
    rf"\s*(?P<name>{_WORD}(?:\s+{_WORD}){{0,3}})(?:,\s+(?:who\s+(?:is|was|has\s+been)\s+)?|\s+(?:is|was)\s+)"
    r"(?:also\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?:[A-Z][\w'’-]*|senior|political|national|first|executive|founding|honorary|"
    r"general|vice|deputy)\s+){0,3}?"
    r"(?i:secretary[- ]general|member|leader|secretary|president|chair(?:man|woman|person)?|head|"
    r"coordinator|founder|deputy|official)"
    r"\s+of\b[^,;:]{0,120}$")
# 迪亚斯-卡内尔同时担任古共中央政治局委员: the name, "also holds", the party, then the post.
POST_CLAUSE_ZH = re.compile(r"\s*(?P<name>[^，,。；\s]{2,15}?)(?:同时|同時)?(?:还|還|也)?"
                            r"(?:担任|擔任|兼任|是)$")
PARTY_POST_ZH = re.compile(r"委员|委員|书记|書記|主席|领导人|領導人|领袖|領袖|成员|成員|主任|部长|部長|"
                           r"干部|幹部|党员|黨員")


def _counterpart_named(contacts: list[Contact], name: str) -> Contact | None:
    """The person contact a later sentence calls ``name``: the same name, or words of it other than
    the first (the surname "Jagdeo" of "Bharrat Jagdeo", "Morales" of "Roberto Morales Ojeda")."""
    said = name.split()
    for contact in contacts:
        words = contact.name.split(" (")[0].split()  # "迪亚斯-卡内尔 (Miguel Díaz-Canel)": as written
        if contact.kind == "party" and contact.party:
            continue  # a party's own name, not a person
        if said == words or (len(words) > 1 and all(w in words[1:] for w in said)):
            return contact
    return None


def _post_holder(release: Release, contacts: list[Contact], m: Mention) -> Contact | None:
    """The counterpart whose post in the party at ``m`` the sentence gives (POST_CLAUSE_EN/_ZH):
    the party is his, and so it takes part in the exchange he takes part in."""
    text = release.layout.clean
    left, right = sentence_at(text, m.start)
    if release.zh:
        match = POST_CLAUSE_ZH.fullmatch(text, left, m.start)
        if match is None or not PARTY_POST_ZH.search(text[m.end:min(right, m.end + 20)].split("，")[0]):
            return None
    else:
        match = POST_CLAUSE_EN.fullmatch(text, left, m.start)
        if match is None:
            return None
    return _counterpart_named(contacts, match.group("name"))


def _early_parties(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """Parties of the exchange's country (any LAC party, for a multilateral one) named early in the
    report: the host party of a visit, the parties a delegation met (codebook: contacts list every
    LAC party the page names as taking part, the host party of a visit included).

    A party in which a counterpart holds a post ("Jagdeo, who is also General Secretary of the
    PPP/C") is that counterpart's party. When the page is one conversation with a government's
    official, other parties the report names take part only when their people were present or
    came with him ("Present at the meeting were leaders of the MAS"): a foreign minister's talk of
    "relations with the ruling party" names no participant. A delegation's visit that also met a
    president still names the parties it met."""
    one_exchange = release.record.event_type in ONE_EXCHANGE
    official_first = one_exchange and bool(contacts) and contacts[0].kind in ("government", "diplomat")
    multilateral = release.record.country == MULTILATERAL
    whole_visit = release.record.event_type in WHOLE_VISIT
    text = release.layout.clean
    recalled = recalled_sentences(release)
    for m in release.mentions:
        party = m.entry
        if (m.label != LAC_PARTY or not isinstance(party, Party) or m.where != "text"
                or m.start <= release.layout.lead_start):
            continue
        # (a Chinese lead often runs on into the sentence giving the counterpart's party post)
        if m.zone not in ("early", "lead") and not _late_participant(release, m, whole_visit):
            continue
        if not multilateral and party.country != release.country_id:
            continue
        if _background(text, m.start, m.end) and (multilateral or release.is_mfa
                                           or not _partner_in_words(release, contacts, m)):
            continue  # "Lugo said that although the Colorado Party won …": a topic of the talk
        if any(a <= m.start < b for a, b in recalled):
            continue  # "Earlier this year, Song Tao had met with a delegation of …": another exchange
        if _coalition_of_party(release, m):
            continue  # the bloc of the party named just before it
        holder = _post_holder(release, contacts, m)
        if holder is not None and holder.party is None:
            holder.party_id, holder.party = party.id, party.canonical
            if holder.kind == "other":
                holder.kind = "party"  # named without a role before; the post given later is his role
            release.record.add_evidence(NAME, m.span())
            continue
        if any(c.party_id == party.id for c in contacts):
            continue
        if (official_first and holder is None and not PRESENT.search(text, *sentence_at(text, m.start))
                and not (release.record.event_type == "message" and greets(text, m.start))):
            continue  # (a message's greeting to the party, 向古巴共产党…致以慰问, makes it its addressee)
        if _add(contacts, seen, Contact(name=m.text, kind="party", party_id=party.id, party=party.canonical)):
            release.record.add_evidence(NAME, m.span())


# The reports of a gathering: its participants are named wherever the report lists them
GATHERINGS = frozenset({"seminar", "forum", "dialogue", "training_course", "briefing"})


def _late_participant(release: Release, m: Mention, whole_visit: bool) -> bool:
    """A party named late in a long report that still takes part in its exchange: on a visit page,
    in a sentence saying the delegation met it; on the report of a gathering (a seminar, forum,
    dialogue, course or briefing), in a sentence saying its people took part (``took_part``:
    "Leaders of the PCC and the PSUV spoke at the seminar", 古共等政党领导人出席并发言). A long
    report lists a gathering's participants after the speeches, past the early body."""
    sentence = sentence_at(release.layout.clean, m.start)
    if whole_visit:
        return MET_WITH.search(release.layout.clean, *sentence) is not None
    return (release.record.event_type in GATHERINGS
            and cues.pattern("took_part").search(release.layout.clean, *sentence) is not None)


# The CPC side by its party name, or the two parties of the exchange together ("the two parties", 两党)
CPC_NAMED = re.compile(r"\bCPC\b|\bIDCPC\b|Communist Party of China|\b(?:the|our|both)\s+two\s+parties\b|"
                       r"中共|中国共产党|中國共產黨|中联部|中聯部|两党|兩黨")


def _partner_in_words(release: Release, contacts: list[Contact], m: Mention) -> bool:
    """Is a party named in what was said the CPC's partner in those words, on a page whose
    counterpart is named only by a person ("Morales said the MAS is willing to strengthen exchanges
    with the CPC", 卢拉表示，巴西劳工党珍视同中国共产党的友谊, "Liu said the CPC is ready to deepen
    exchanges with the Workers' Party")? Words about the relations of the CPC and a party name the two
    sides of the exchange — as a topic "relations between the CPC and the PSUV" does (``_background``)
    — so the party is the counterpart's own (codebook: contacts list every LAC party the page names
    as taking part). Only in the party's own clause, with no other LAC party, rival or absence in it;
    only where no contact has a party yet (a party beside a named party contact stays a topic); and
    not where the sentence names, before it, a party or a country outside LAC (a look-alike: "The
    Workers' Party of Korea hoped the CPC and the Communist Party of Cuba …" is a third party's view
    of the two, as in a roundup of messages). Not on a multilateral page: its counterpart is a group
    of several countries' actors (a course's young cadres), not one person whose party it could be;
    nor on a foreign-ministry page, whose counterpart is a state's principal."""
    if any(c.party_id for c in contacts):
        return False
    text = release.layout.clean
    left, right = sentence_at(text, m.start)
    if any(o.label == LOOKALIKE and o.where == "text" and left <= o.start < m.start
           and "cpc-china" not in (o.ids or ()) for o in release.mentions):
        return False
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, left, m.start)]
    clause_left = breaks[-1] if breaks else left
    following = CLAUSE_BREAK.search(text, m.end, right)
    clause_right = following.start() if following else right
    if CPC_NAMED.search(text, clause_left, clause_right) is None:
        return False
    if (RIVAL.search(text, clause_left, clause_right)
            or cues.pattern("non_participant").search(text, m.end, clause_right)):
        return False
    return not any(o.label == LAC_PARTY and o.where == "text" and o.entry is not None
                   and o.entry.id != m.entry.id and clause_left <= o.start < clause_right
                   for o in release.mentions)


RELATIVE_BEFORE = re.compile(r"\b(?:who|whom|which|that)\b", re.IGNORECASE)


def recalled_sentences(release: Release) -> list[tuple[int, int]]:
    """Sentences after the one reporting the page's exchange that recall an earlier exchange: words
    of ``recalled_exchange`` ("had met", "earlier this year", 曾会见, 去年) before any LAC party the
    sentence names ("Earlier this year, on January 15, Song Tao had met with a delegation of the Party
    for Democracy", 今年1月15日，宋涛曾会见智利争取民主党代表团). The people and parties there are
    that earlier exchange's, not counterparts of this one (One page, one record). The lead's first
    sentence is the page's own exchange and is never one ("X, who had visited Cuba before, met with
    ..."), nor is a sentence that names a party before the recall ("Present were leaders of the MAS,
    who had visited China last year"). A page about a visit as a whole has none: what its delegation
    had done before, at an earlier stop, is part of that visit ("Before Chile, the delegation had
    met leaders of the PJ in Buenos Aires")."""
    if release.record.event_type in WHOLE_VISIT:
        return []
    text = release.layout.clean
    _, first_right = sentence_at(text, release.layout.lead_start)
    window_end = min(len(text), release.layout.lead_end + 1500)
    recall = cues.pattern("recalled_exchange")
    out: list[tuple[int, int]] = []
    for match in recall.finditer(text, first_right, window_end):
        left, right = sentence_at(text, match.start())
        if left < first_right or (out and out[-1][0] == left):
            continue
        if RELATIVE_BEFORE.search(text, max(left, match.start() - 16), match.start()):
            continue  # "Morales, who had visited China in 2015, is ...": about a person, no recalled exchange
        if any(m.label == LAC_PARTY and m.where == "text" and left <= m.start < match.start()
               for m in release.mentions):
            continue
        out.append((left, right))
    return out


# the occasion of a condolence: what follows names the deceased ("over the passing of former
# President Jose Mujica, a founder of …", "on the death of X, leader of …"; cue ``death_of``)
DECEASED_EN = re.compile(cues.source("death_of"), re.I)


def _without_the_deceaseds_party(release: Release, contacts: list[Contact]) -> list[Contact]:
    """The contacts without a party the page names only in its description of the person whose
    death the message mourns ("sent condolences to the Broad Front over the passing of Jose Mujica,
    a founder of the coalition's Movement of Popular Participation"), when another LAC party is the
    message's addressee: the deceased's party or faction is the occasion's, not a side of the
    exchange (codebook: the parties list every LAC party the page names as taking part). A party
    named also elsewhere on the page, or the only party named, stays."""
    if release.zh or release.record.event_type != "message":
        return contacts
    text = release.layout.clean
    spans = []
    for match in DECEASED_EN.finditer(text):
        _, end = sentence_at(text, match.start())
        spans.append((match.end(), end))
    if not spans:
        return contacts
    mentions = [m for m in release.of(LAC_PARTY) if m.where in ("title", "text")]

    def occasion_only(party: str) -> bool:
        own = [m for m in mentions if m.entry.canonical == party]
        return bool(own) and all(m.where == "text" and any(a <= m.start < b for a, b in spans) for m in own)

    parties = {c.party for c in contacts if c.kind == "party" and c.party}
    dropped = {p for p in parties if occasion_only(p)}
    if not dropped or dropped == parties:
        return contacts
    return [c for c in contacts if not (c.kind == "party" and c.party in dropped)]


def _of_the_record_country(release: Release, contacts: list[Contact]) -> list[Contact]:
    """The contacts of a one-country record without those of another LAC country's party. A
    bilateral exchange is the CPC's with one LAC country's actors (codebook, ``exchange_type``,
    ``country``), so a party of another LAC country the page names belongs to another exchange it
    also reports ("On the same day, Guo also met with Alberto Anaya of the Labor Party of Mexico",
    同日，…还会见了墨西哥劳动党…) or to what was said: it is no counterpart of this one, and its
    party family must not make this exchange ``leftist``. A multilateral record keeps every
    country's, and so does a record whose title or lead names the party: the headline's exchange
    is the one with it ("a joint delegation of the Communist Parties of Argentina and Uruguay")."""
    own = release.country_id
    if own is None or release.record.country in (None, MULTILATERAL):
        return contacts
    gaz = release.gazetteer
    # parties and countries the title or lead names (a country by its LAC_COUNTRY mention's id)
    headline = {m.ids[0] if m.label == LAC_COUNTRY and m.ids else getattr(m.entry, "id", None)
                for m in release.mentions if m.label in (LAC_PARTY, LAC_COUNTRY)
                and (m.where == "title" or m.zone == "lead")}
    kept = []
    for contact in contacts:
        party = gaz.get(contact.party_id) if contact.party_id else None
        country = getattr(party, "country", None)
        if (isinstance(party, Party) and not {party.id, country} & headline and country and country != own
                and gaz.country(country) is not None):
            continue
        kept.append(contact)
    return kept


def _without(ranges: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with the holes cut out of them."""
    out = list(ranges)
    for hole_start, hole_end in holes:
        cut: list[tuple[int, int]] = []
        for a, b in out:
            if hole_end <= a or b <= hole_start:
                cut.append((a, b))
                continue
            if a < hole_start:
                cut.append((a, hole_start))
            if hole_end < b:
                cut.append((hole_end, b))
        out = cut
    return out


def _described_party(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A message whose title or lead names its party by description only ("sent a message to the
    ruling party of Nicaragua", "a letter from a Mexican party", 致电尼加拉瓜执政党): the one party of
    the country the page names is that party, also where the page names it only in what the
    message said ("The message said the FSLN has led …") — the message's addressee or signer is
    what it speaks of. Two or more parties of the country named leave it open, and a rival named
    as such is none; a page that names a party contact already needs no description resolved.
    A message to a person addressed as a comrade ("Comrade Nicolás Maduro", "Compañero Daniel
    Ortega", 奥尔特加同志) describes his party the same way: "comrade" is how parties address each
    other's members, so the one party of his country the page names is his."""
    record = release.record
    focus = release.focus_text()
    if (record.event_type != "message" or not release.country_id or record.country == MULTILATERAL
            or any(c.party_id for c in contacts)
            or not (cues.pattern("unnamed_party").search(focus) or _comrade_addressed(release))):
        return
    text = release.layout.clean

    def rival(m: Mention) -> bool:
        return m.where == "text" and RIVAL.search(text, max(sentence_at(text, m.start)[0], m.start - 80),
                                                  m.start) is not None

    named = [m for m in release.mentions if m.label == LAC_PARTY and isinstance(m.entry, Party)
             and m.entry.country == release.country_id and not rival(m)]
    if len({m.entry.id for m in named}) != 1:
        return
    m = named[0]
    party = m.entry
    if _add(contacts, seen, Contact(name=m.text, kind="party", party_id=party.id, party=party.canonical)):
        release.record.add_evidence(NAME, m.span())


def _pair_party(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A Chinese page that names no party contact but the two sides as 中古两党: the pair names the
    socialist state's one party (``two_parties_zh``), a counterpart the page names taking part."""
    if any(c.party_id for c in contacts):
        return
    found = two_parties_zh(release)
    if found is None:
        return
    span, party = found
    if _add(contacts, seen, Contact(name=span.text, kind="party", party_id=party.id, party=party.canonical)):
        release.record.add_evidence(NAME, span)


# A person addressed as a party member: "Comrade", Spanish "Compañero/a", "Camarada", Portuguese
# "Companheiro/a" before the name; Chinese 同志 after it — not the word as a predicate or a noun
# (两党是亲密同志, 好同志, 同志加兄弟, 同志们: "close comrades", "comrades and brothers", an audience)
COMRADE = re.compile(r"\b(?:Comrade|Compa(?:ñ|n)er[oa]|Camarada|Companheir[oa])\s+(?=[A-ZÁÉÍÓÚÑ])|"
                     r"(?<![密的是好老和及与與位])同志(?![们們加般])")


def _comrade_addressed(release: Release) -> bool:
    """Does the title or lead address a LAC person as a comrade (``COMRADE``)? Not the CPC's own
    leaders (习近平同志, "Comrade Xi Jinping"): a Chinese official named right after the English word
    or right before 同志 is the CPC side."""
    officials = [m for m in release.mentions if m.label == CN_OFFICIAL]
    for where, text, offset in (("title", release.title, 0),
                                ("text", release.lead(), release.layout.lead_start)):
        for match in COMRADE.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if match.group() == "同志":
                own = any(m.where == where and start - 1 <= m.end <= start for m in officials)
            else:
                own = any(m.where == where and end <= m.start <= end + 1 for m in officials)
            if not own:
                return True
    return False


CLAUSE_BREAK = re.compile(r"[,，;；]|\b(?:but|while|whereas)\b|但|而")
# A party named as the rival of the counterpart ("whose candidate defeated the candidate of …", "its
# victory over …"), or as the one whose government it replaced ("returned to power after five years
# of rule by …", "took over from …", 取代): the party that governed before, not one taking part.
RIVAL = re.compile(r"\b(?:defeat(?:ed|ing|s)?|beat(?:ing|s)?|against|rivals?|opponents?|challengers?|"
                   r"ousted|succeeded|replaced|rule\s+(?:by|of)|government\s+by|(?:took|taking|takes|take)\s+over\s+from|"
                   r"(?:victory|victories|win|wins|triumph|lead|edge)\s+over)\b|"
                   r"击败|擊敗|战胜|戰勝|对手|對手|打败|打敗|取代", re.I)



def _with_participants_after_topic(text: str, left: int, at: int) -> bool:
    """Does "with representatives of" stand between the sentence's last topic cue and the party? Then
    the party is whom the talk was held with; a topic cue after it ("… with representatives of the
    FSLN on relations with the PSUV") makes what follows the topic again."""
    withs = list(WITH_PARTICIPANTS.finditer(text, left, at))
    if not withs:
        return False
    topics = [m.start() for m in cues.pattern("talk_topic").finditer(text, left, at)]
    return not topics or max(topics) < withs[-1].start()


HAN = re.compile(r"[\u4e00-\u9fff]")
# A party as the subject of its clause: at the sentence's start, or after a clause break or a
# conjunction opening a clause ("The Broad Front governed …", "…, while the PLD ruled until 2020")
SUBJECT_BEFORE = re.compile(r"(?:\A|[,;:]\s*|\b(?:while|whereas|although|after|before|when|where|and|but)\s+)"
                            r"\s*(?:the\s+)?\Z", re.I)


def not_own_party(text: str, left: int, at: int, end: int | None = None) -> bool:
    """Is the party named at ``at`` (its sentence opening at ``left``) one the counterpart is not
    of: its rival or the party whose government it replaced (``RIVAL``, in the 80 characters
    before it; cues ``rival_before``, ``rival_after`` right before or after it: "in opposition to the
    government of Libre", 自由与重建党政府的反对党), a party someone has
    left (cue ``former_party``, right before it), or the party that governed before or holds the
    majority of the body the counterpart sits in, as the subject of a clause saying so (cues
    ``governed_before``, ``majority_after``, right after it: "The Broad Front governed the country
    from 2005 to 2020", 此前多米尼加解放党连续执政16年, "a Senate where Morena holds the majority")."""
    if RIVAL.search(text, max(left, at - 80), at) is not None:
        return True
    if any(cues.pattern(cue).search(text, max(left, at - 60), at) is not None
           for cue in ("former_party", "rival_before")):
        return True
    if end is None:
        return False
    if cues.pattern("rival_after").match(text, end) is not None:
        return True
    governed = (cues.pattern("governed_before").match(text, end)
                or cues.pattern("majority_after").match(text, end))
    if governed is None:
        return False
    # (Chinese puts the subject right before its verb: 解放党连续执政16年 says it of the party)
    return HAN.search(governed.group()) is not None or SUBJECT_BEFORE.search(text[left:at]) is not None


def _background(text: str, at: int, end: int | None = None) -> bool:
    """A party named in what someone said, in what the sides talked about ("exchanged views on the
    Broad Front's relations with the National Party", 双方就…交换意见), or as one the counterpart is
    not of (its rival, a party someone left, the party that governed before: ``not_own_party``): a
    topic, not a participant; and one the sentence says stayed away (in the 80 characters after it)."""
    left, right = sentence_at(text, at)
    topic = cues.pattern("talk_topic").search(text, left, right)  # (its lookahead reads the whole sentence)
    # a topic naming the CPC ("relations between the CPC and the PSUV", 两党关系) is about the two sides
    # of the exchange: the party there is the counterpart's own
    topic_only = (topic is not None and topic.start() < at
                  and CHINESE_SIDE.search(text, topic.start(), right) is None
                  and not _with_participants_after_topic(text, left, at))
    # "The Dominican Liberation Party declined an invitation", 乌拉圭民族党未参加: named as staying away
    # (in its own clause: "the PNP attended, but the JLP did not attend" keeps the PNP)
    away = cues.pattern("non_participant").search(text, at, min(right, at + 80))
    if away is not None and CLAUSE_BREAK.search(text, at, away.start()):
        away = None
    return (in_what_was_said(text, at) or topic_only or away is not None
            or not_own_party(text, left, at, end))


# A party's coalition given as an attribute of it ("a delegation of the Socialist Party of Chile, a
# member of the ruling New Majority coalition", "the Broad Front, part of the governing alliance"): the
# coalition tells which bloc the participating party belongs to; it does not take part itself (codebook:
# contacts list the parties the page names as taking part). Only right after another party's name:
# "led by X, a member of the PSUV" after a person gives that person's party, a participant.
MEMBER_OF_AFTER_PARTY = re.compile(
    r"\s*(?:\([^()\n]{1,15}\))?,\s+(?:which\s+is\s+|itself\s+)?(?:(?:a|an|one|the)\s+)?(?:of\s+the\s+)?"
    r"(?:founding\s+|leading\s+|main\s+)?(?:member(?:s|\s+part(?:y|ies))?|component|part)\s+of\s+(?:the\s+)?"
    r"(?:(?:ruling|governing|opposition|left(?:ist|-wing)?|cent(?:er|re)-left)\s+)?", re.I)


OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w-]+\s+)?\Z")


def _coalition_of_party(release: Release, m: Mention) -> bool:
    """Is this party named as the coalition another party named just before it belongs to?"""
    text = release.layout.clean
    if m.where != "text" or not OF_BEFORE.search(text, max(0, m.start - 40), m.start):
        return False  # (cheap test first: most parties follow no "… of the")
    return any(
        p is not m and p.label == LAC_PARTY and p.where == "text" and p.end <= m.start <= p.end + 60
        and MEMBER_OF_AFTER_PARTY.fullmatch(text, p.end, m.start) is not None for p in release.mentions)


# A Chinese photographer's credit ending a line ("新华社记者 李贺 摄"): a caption, also without the
# brackets around it that the layout's caption rule asks for.
CREDIT_ZH = re.compile(r"(?:记者|記者)[^。\n]{0,16}(?:摄|攝)\s*$")


def _caption_ranges(release: Release) -> list[tuple[int, int]]:
    """Photo captions printed above the lead. A file photo's caption ("Miguel Diaz-Canel, first
    secretary of the Communist Party of Cuba. (File photo)", 图为…（资料照片）) is one too: its day is not
    the news' (the layout leaves it out for dates), but the post it gives the person it shows is his."""
    out = list(release.layout.captions)
    text = release.layout.clean
    out += [(a, b) for a, b in paragraphs(text) if b <= release.layout.lead_start and (a, b) not in out
            and b - a <= CAPTION_MAX and (is_caption(text[a:b]) and is_file_photo(text[a:b])
                                          or release.zh and CREDIT_ZH.search(text, a, b))]
    return out


def _named_in(name: str, text: str) -> bool:
    """Is this person named in ``text``: in full, or (English) by the words after the given name?"""
    written = name.split(" (")[0]
    if written in text:
        return True
    words = written.split()
    return len(words) > 1 and any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", text) for w in words[1:])


def _captioned(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
    """A person a photo caption above the lead names with a post in a party ("Liu Jianchao meets
    with Roberto Morales Ojeda, member of the Political Bureau of the Communist Party of Cuba …")
    belongs to that party when the title or lead names the same person ("met with a Cuban
    delegation led by Roberto Morales Ojeda"): the caption shows the same exchange, and captions
    are part of the page. People named only in a caption are not taken (another picture)."""
    focus = f"{release.title}\n{release.lead()}"
    evidence = release.record.evidence
    for start, end in _caption_ranges(release):
        found: list[Contact] = []
        had, kept = NAME in evidence, len(evidence.get(NAME, []))
        if release.zh:
            _people_zh(release, [(start, end)], found, {})
        else:
            _people_en(release, [(start, end)], found, {})
        spans = evidence.get(NAME, [])[kept:]  # one span per person found
        if had:
            del evidence[NAME][kept:]  # only the people kept below are evidence
        else:
            evidence.pop(NAME, None)
        for contact, span in zip(found, spans, strict=False):
            if contact.party and _named_in(contact.name, focus):
                _add(contacts, seen, contact)
                release.record.add_evidence(NAME, span)


def _participants(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                  seen: dict[str, int]) -> None:
    """A multilateral exchange's counterparts as the release groups them ("30 young cadres from
    Argentina, Chile and Mexico"), when it names no party or person: the row still says who."""
    text = release.layout.clean
    opening = (release.layout.lead_start, min(len(text), release.layout.lead_end + 1500))
    for pattern in PARTICIPANTS_ZH if release.zh else PARTICIPANTS_EN:
        for start, end in [*ranges, opening]:
            match = pattern.search(text, start, end)
            if match:
                name = match.group("name").strip(" ,，")
                kind = kind_of(name)
                _add(contacts, seen, Contact(name=name, kind="other" if kind == "government" else kind))
                at = match.start("name")
                release.record.add_evidence(NAME, Span(at, at + len(name), name))
                return


# Party names sharing their words ("the Socialist and Communist parties of Chile", "the Communist
# Parties of Argentina and Uruguay", "Brazil's Workers' and Communist parties", 智利社会党和共产党,
# 阿根廷、乌拉圭共产党): each party in full. English writes the shared plural with or without its
# capital, and a list of three with a comma ("the Communist parties of Cuba, Chile and Uruguay").
WORDS = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
SHARED_PLACE_EN = re.compile(rf"\b(?P<a>{WORDS}) and (?:the )?(?P<b>{WORDS}) [Pp]arties "
                             rf"(?:of|in) (?:the )?(?P<place>{WORDS})")
SHARED_OWNER_EN = re.compile(rf"\b(?P<place>{WORDS})['’]s? (?P<a>{WORDS}) and (?:the )?(?P<b>{WORDS}) "
                             rf"[Pp]arties\b")
SHARED_NAME_EN = re.compile(rf"\b(?P<name>{WORDS}) [Pp]arties (?:of|in|from) (?:the )?(?P<p1>{WORDS})"
                            rf"(?:, (?:the )?(?P<p3>{WORDS}))?,? and (?:the )?(?P<p2>{WORDS})")


def _straight(word: str) -> str:
    """A shared name's word as the gazetteer spells it: "Workers’" with a straight apostrophe."""
    return word.replace("’", "'")


def _shared_zh(gaz: Any) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Chinese patterns, with the LAC countries' Chinese names as the places."""
    cached = gaz.__dict__.get("_dipex_shared_zh")
    if cached is None:
        names = sorted({n for c in gaz.countries for n in c.names["zh"] if n}, key=len, reverse=True)
        place = "|".join(re.escape(n) for n in names)
        cached = (re.compile(rf"(?P<place>{place})(?P<a>[\u4e00-\u9fff]{{1,8}}?党)(?:和|与|及|、)"
                             rf"(?P<b>[\u4e00-\u9fff]{{2,8}}?党)"),
                  re.compile(rf"(?P<p1>{place})(?:、|和|与)(?P<p2>{place})(?P<name>[\u4e00-\u9fff]{{2,6}}?党)"))
        gaz.__dict__["_dipex_shared_zh"] = cached
    return cached


def _shared_words(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                  seen: dict[str, int]) -> None:
    """Parties whose names a release writes once for two: each is looked up in full."""
    gaz = release.gazetteer
    text = release.layout.clean
    for start, end in ranges:
        found: list[tuple[str, int, int]] = []
        if release.zh:
            shared_place, shared_name = _shared_zh(gaz)
            for m in shared_place.finditer(text, start, end):
                found += [(m.group("place") + m.group(g), m.start(g), m.end(g)) for g in ("a", "b")]
            for m in shared_name.finditer(text, start, end):
                found += [(m.group(p) + m.group("name"), m.start(p), m.end("name")) for p in ("p1", "p2")]
        else:
            for pattern in (SHARED_PLACE_EN, SHARED_OWNER_EN):
                for m in pattern.finditer(text, start, end):
                    place = m.group("place")
                    found += [(f"{_straight(m.group(g))} Party of {place}", m.start(g), m.end(g))
                              for g in ("a", "b")]
            for m in SHARED_NAME_EN.finditer(text, start, end):
                name = m.group("name")
                found += [(f"{name} Party of {m.group(p)}", m.start(p), m.end(p)) for p in ("p1", "p3", "p2")
                          if m.group(p)]
        for name, a, b in found:
            party = gaz.party_by_alias(name)
            if party is None or any(c.party_id == party.id for c in contacts) or _background(text, a):
                continue
            contact = Contact(name=name, kind="party", party_id=party.id, party=party.canonical)
            if _add(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(a, b, text[a:b]))


GROUP_NOUNS_EN = (r"(?:young\s+)?(?:journalists|reporters|scholars|academics|researchers|legislators|"
                  r"parliamentarians|lawmakers|senators|congressmen|mayors|governors|cadres|diplomats|"
                  r"media\s+professionals)")


def _demonym_group(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                   seen: dict[str, int]) -> None:
    """A bilateral page whose counterparts are a group named by its country's demonym and a noun of
    people ("Venezuelan journalists", "a group of Chilean scholars", "Mexican legislators"), when it
    names no party or person: the group is the contact, of the kind its noun says (as
    ``_participants`` does for several countries' groups)."""
    country = release.gazetteer.country(release.country_id) if release.country_id else None
    if country is None or release.zh:
        return
    demonyms = "|".join(re.escape(d[:1].upper() + d[1:]) for d in country.demonyms["en"] if d)
    if not demonyms:
        return
    pattern = re.compile(rf"\b(?P<name>(?:{demonyms})\s+{GROUP_NOUNS_EN})\b")
    text = release.layout.clean
    for start, end in ranges:
        match = pattern.search(text, start, end)
        if match:
            name = match.group("name")
            _add(contacts, seen, Contact(name=name, kind=kind_of(name)))
            release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))
            return


FRIENDSHIP_HEAD_EN = (r"(?:Friendship|Parliamentary|Solidarity)\s+"
                      r"(?:Association|Society|Group|League|Institute|Front|Committee|Movement)")
FRIENDSHIP_HEAD_ZH = r"(?:友好|友誼|友谊|议员|議員)(?:协会|協會|小组|小組|团体|團體|阵线|陣線)"


def _friendship_body(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                     seen: dict[str, int]) -> None:
    """A bilateral page whose counterpart is a body named for the two countries ("the Cuba-China
    Friendship Association", "the Brazil-China Parliamentary Front", "the Mexico-China Friendship
    Group of the Chamber of Deputies", 墨中友好协会), when it names no party or person: the body is
    the contact, of the kind its words give (an association an NGO, a parliamentary group a
    legislature's). Such bodies are many and seldom in the gazetteer; their names are made the same
    way in every country."""
    country = release.gazetteer.country(release.country_id) if release.country_id else None
    if country is None:
        return
    text = release.layout.clean
    if release.zh:
        own = "|".join(re.escape(n) for n in country.names.get("zh", []) if n)
        short = re.escape(country.short_zh) if country.short_zh else ""
        pairs = "|".join(p for p in (f"{short}中" if short else "", f"中{short}" if short else "",
                                     f"(?:{own})[—－-]?中国" if own else "") if p)
        if not pairs:
            return
        pattern = re.compile(rf"(?P<name>(?:(?:{own})[^，。；、\s]{{0,6}}?)?(?:{pairs}){FRIENDSHIP_HEAD_ZH})")
    else:
        names = "|".join(re.escape(n) for n in country.names.get("en", []) + country.demonyms.get("en", [])
                         if n)
        of_body = rf"(?:\s+of\s+(?:the\s+)?{_UP}[\w'’]+(?:\s+(?:of\s+)?{_UP}[\w'’]+){{0,3}})?"
        pattern = re.compile(rf"\b(?P<name>(?:(?:{names})\s*[-–]\s*China|China\s*[-–]\s*(?:{names}))\s+"
                             rf"{FRIENDSHIP_HEAD_EN}{of_body})")
    for start, end in ranges:
        match = pattern.search(text, start, end)
        if match:
            name = match.group("name")
            kind = kind_of(name)
            _add(contacts, seen, Contact(name=name, kind=kind if kind != "other" else "ngo"))
            release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name))
            return


def step(release: Release) -> None:
    if not release.record.relevant:
        return
    # the dateline names who reports, not whom the exchange was with: its agency credit ("HAVANA, May 10
    # (Prensa Latina)", "(ACN)") is a LAC medium, but no counterpart
    dateline = [release.layout.dateline] if release.layout.dateline else []
    ranges = _without(_without(_focus_ranges(release), recalled_sentences(release))
                      + _participant_sentences(release), dateline)
    contacts: list[Contact] = []
    seen: dict[str, int] = {}
    _groups(release, ranges, contacts, seen)
    if release.zh:
        _people_zh(release, ranges, contacts, seen)
        _party_leaders_zh(release, ranges, contacts, seen)
        _transliterated_zh(release, ranges, contacts, seen)
        _heads_zh(release, ranges, contacts, seen)
    else:
        _people_en(release, ranges, contacts, seen)
    _captioned(release, contacts, seen)
    _shared_words(release, ranges, contacts, seen)
    _early_parties(release, contacts, seen)
    _described_party(release, contacts, seen)
    _pair_party(release, contacts, seen)
    if release.record.country == MULTILATERAL and not contacts:
        _participants(release, ranges, contacts, seen)
    elif not contacts:
        _demonym_group(release, ranges, contacts, seen)
    if not contacts and release.record.country != MULTILATERAL:
        _friendship_body(release, ranges, contacts, seen)
    contacts = _of_the_record_country(release, contacts)
    contacts = _without_the_deceaseds_party(release, contacts)
    if release.record.country == MULTILATERAL:
        _regional_bodies(release, ranges, contacts, seen)
    named = release.extra.get("named_leader")
    if named is not None and not contacts:  # the head in office the country step found by name
        contacts.append(Contact(name=named.text, kind="government"))
        release.record.add_evidence(NAME, named)
    official = release.extra.get("named_official")
    if official is not None:  # the official the country step found by name
        _named_official(release, official, contacts)
    release.record.contacts = contacts


def _regional_bodies(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
                     seen: dict[str, int]) -> None:
    """A LAC-wide body named where the page says whom the exchange was with (a delegation of COPPPAL,
    Parlatino's secretary general, a letter of the São Paulo Forum) is itself a counterpart when the
    LAC side is regional (country rule: multilateral), of its kind in platforms.json. Added after the
    people and parties, so that the page's first counterpart stays the one it names first."""
    added: set[str] = set()
    for m in sorted(release.mentions, key=lambda m: (m.where == "title", m.start)):
        if not _body_of_kind(m) or m.label != PLATFORM or m.entry.id in added:
            continue
        if m.where == "text" and not any(a <= m.start < b for a, b in ranges):
            continue
        added.add(m.entry.id)  # one contact per body, however many of its names the page gives
        source = release.title if m.where == "title" else release.layout.clean
        wing = _wing_kind(source, m.start, m.end)  # COPPPAL's women's committee is a women's contact
        if _add(contacts, seen, Contact(name=m.text, kind=m.entry.kind if wing == "party" else wing)):
            release.record.add_evidence(NAME, m.span())


def _named_official(release: Release, official: tuple[Span, LacOfficial], contacts: list[Contact]) -> None:
    """The LAC official the country step found by name (``lac_officials.json``) is a contact of his
    office's kind — the party he leads for a party office ("Gleisi Hoffmann", "Roberto Morales
    Ojeda, Secretary of Organization of the Central Committee": the roster knows whose committee) —
    added when the page gave no contact, else completing the contact of that name where the words
    around it did not say its kind or party."""
    span, person = official
    party = release.gazetteer.get(person.party) if person.party else None
    names = {span.text, person.name}
    same = [c for c in contacts if any(n in c.name or c.name in n for n in names if c.name)]
    if not contacts:
        contacts.append(Contact(name=span.text, kind=person.kind, party_id=person.party if party else None,
                                party=party.canonical if party else None))
        release.record.add_evidence(NAME, span)
    for contact in same:
        if contact.kind == "other":
            contact.kind = person.kind
        if party is not None and contact.party is None and contact.kind == "party":
            contact.party_id, contact.party = person.party, party.canonical
