"""People a Chinese release names with their office (古巴国家主席迪亚斯-卡内尔), a party's leader
after its name, names listed with 、 that share one office, transliterated names after a message or
meeting verb, and heads of state named bare (会见卢拉): the LAC side, never the Chinese one.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.dates import parse_date
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM, Party
from nlp.leaders import leader_by_zh, leaders, official_by_zh
from nlp.release import Mention, Release
from nlp.schema import Contact, Span
from nlp.sentences import sentence_at
from nlp.steps.contacts.background_parties import not_own_party
from nlp.steps.contacts.chinese_names import (
    CHINESE_BEFORE_ZH,
    CN_NAMES_ZH,
    CN_PLACE_OFFICE_ZH,
    DOT_ZH,
    FOREIGN_NAME_ZH,
    FORMER_OFFICE_ZH,
    FORMER_ZH,
    LOCAL_COMMITTEE_ZH,
    PERSON_ZH,
    ROLE_ZH,
    SENTENCE_END_ZH,
    ZH_NAME_END,
    ZH_STOP,
    ZH_VERBS,
)
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.kinds import kind_of
from nlp.steps.contacts.party_lookup import org_owner, party_in


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


def people_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
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
            owned = [(m, org_owner(release, m)) for m in near]
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
                first_party = next((p for m in first if (p := org_owner(release, m)) is not None), None)
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
            if add_contact(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(name_start, name_start + len(name), name))
            for item_start, item in _listed_names_zh(release, name_start + len(name), end):
                listed = Contact(name=_with_english(release, item, party), kind=kind,
                                 party_id=party.id if party else None,
                                 party=party.canonical if party else None)
                if add_contact(contacts, seen, listed):
                    release.record.add_evidence(NAME, Span(item_start, item_start + len(item), item))


# A party's leader named right after the party's name (自由秘鲁党领导人塞隆,
# 墨西哥劳动党全国领导人安纳亚): 领导人 is too common a word (领导人非正式会议, 领导人联名致函,
# 革命领导人之一) to be an office everywhere, so only right after a LAC party's name and before a
# name that ends its clause or list item
PARTY_LEADER_ZH = re.compile(r"(?:全国|全國|最高|主要)?(?:领导人|領導人)"
                             r"(?P<name>[\u4e00-\u9fff]{2,6}?(?:[·・\-－][\u4e00-\u9fff]{1,6}){0,3})"
                             r"(?=[。，,、；;]|和|及|与|與|等|一行|率)")


def party_leaders_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
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
            if add_contact(contacts, seen, contact):
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


def transliterated_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
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
                # office's country or body (乌拉圭), the dotted name comes after it (heads_zh reads it)
                continue
            # a Chinese official, or a party, body or platform of the gazetteer whose name has a dot
            # or a dash in it (萨尔瓦多法拉本多·马蒂民族解放阵线, 中国－拉美和加勒比政党论坛): no person
            if len(name) < 3 or any(m.where == where and m.start < at + len(name) and at < m.end
                                    and (m.label == CN_OFFICIAL or m.label in (LAC_PARTY, LAC_ORG, PLATFORM))
                                    for m in release.mentions):
                continue
            after = text[at + len(name): at + len(name) + 30].split("。")[0]
            party = party_in(release, at + len(name), at + len(name) + 30, where)
            kind = kind_of(after) if after else "other"
            if party and kind in ("government", "other"):
                kind = "party" if re.search(r"书记|書記|党|黨", after) else kind
            contact = Contact(name=_with_english(release, name, party), kind=kind,
                              party_id=party.id if party else None, party=party.canonical if party else None)
            if add_contact(contacts, seen, contact):
                release.record.add_evidence(NAME, Span(at, at + len(name), name, where))


def heads_zh(release: Release, ranges: list[tuple[int, int]], contacts: list[Contact],
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
            if add_contact(contacts, seen, Contact(name=f"{name} ({leader.name})", kind="government")):
                release.record.add_evidence(NAME, Span(match.start("name"), match.end("name"), name, where))
