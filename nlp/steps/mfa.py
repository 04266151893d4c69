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

This module is the step: it puts the readings together, each in a module of its own — the Chinese
side (``mfa_chinese_side``), the counterpart an English or a Chinese lead prints (``mfa_counterparts_en``,
``mfa_counterparts_zh``, from the office and name patterns of ``mfa_offices_en``), a regional body's
officer (``mfa_bodies``), a delegation's leader (``mfa_delegations``) and the partnership
(``mfa_partnership``). Here are what only the step knows: the order of those readings and the
fallbacks when a lead prints no office and name (the tables of heads and officials, a communiqué's
signatory, a reply letter's addressee, the leaders of a group of states), head-of-state level, and
the country of a visit page whose only regional word is a gathering the visitor also attends.
"""

from __future__ import annotations

import re
from datetime import date

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import (
    LAC_COUNTRY,
    LAC_ORG,
    LAC_PARTY,
    to_simplified,
)
from nlp.leaders import (
    head_by_office,
    head_by_zh,
    head_on,
    leader_by_zh,
    leaders_on,
    officials_named,
    plain_name,
)
from nlp.release import Release
from nlp.schema import MULTILATERAL, Span
from nlp.sentences import sentence_at
from nlp.steps.dates.visits import briefing
from nlp.steps.mfa_bodies import body_heads, body_officers
from nlp.steps.mfa_chinese_side import chinese_side
from nlp.steps.mfa_counterparts_en import counterparts_en, host_head, nameless_counterpart
from nlp.steps.mfa_counterparts_zh import (
    OFFICE_ZH,
    counterparts_zh,
    english_leader,
    english_official,
    zh_name,
)
from nlp.steps.mfa_delegations import delegation_leader
from nlp.steps.mfa_offices_en import (
    GROUP_HEADS_EN,
    NAME_RE,
    head_office,
    office_name,
    trim_name,
)
from nlp.steps.mfa_partnership import partnership
from nlp.steps.signatories import signatories

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
    found = counterparts_zh(release) if release.zh else counterparts_en(release)
    found = found[:1] + [f for f in found[1:] if not _portfolio_minister(f[1])]
    if record.event_type == "joint_statement" and (not found or found[0][1] is None):
        # a communiqué in full, whose lead names no one (or an office only): the one who signed for
        # the LAC state, in the codebook's office words
        found = [(name, _signatory_office(office, release.zh), a, b)
                 for name, office, a, b in signatories(release)] or found
    if not found and not release.zh and record.event_type in VISIT_PAGES:
        found = host_head(release)
    group = None
    if not found and record.country == MULTILATERAL:
        # the LAC side is a body: its officer, or its member states' leaders as a group
        found = body_officers(release, zh_name if release.zh else trim_name)
        group = None if found else body_heads(release)
    if not found:
        # the person the lead names first: "met with Celso Amorim, chief adviser to the president.
        # Amorim said President Lula …" met the adviser, not the head his words name after him
        named = [f for f in (_known_head(release), _known_official(release)) if f]
        found = min(named, key=lambda f: f[0][2]) if named else []
    if not found and not release.zh:
        found = delegation_leader(release, NAME_RE, trim_name)
    if not found and not release.zh:
        found = nameless_counterpart(release)
    if release.zh:
        found = [english_official(release, *english_leader(release, *item)) for item in found]
    counterparts: list[str] = []
    heads: list[bool] = []
    chinese_office = chinese.split(", ", 1)[1] if chinese and ", " in chinese else ""
    for name, office, start, end in found:
        if office == "":  # "his Peruvian counterpart": the Chinese principal's office
            office = "President" if chinese_office == "President" else (
                "Prime Minister" if chinese_office == "Premier" else chinese_office.split(" and ")[-1])
        if name == "":  # "his Guyanese counterpart" unnamed: a head's counterpart is the head in office
            head = head_on(release.country_id, parse_date(record.event_date) or release.anchor) \
                if chinese_head and release.country_id else None
            if head is None:
                continue
            name, office = head.name, head.office
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
