"""Parties taking part that the report names after its lead: the host party of a visit, the parties
a delegation met, those present at the meeting, the party a counterpart holds a post in, and a
party the counterpart's words name as the CPC's partner.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_PARTY, LOOKALIKE, Party
from nlp.release import Mention, Release
from nlp.schema import MULTILATERAL, Contact
from nlp.sentences import sentence_at
from nlp.steps.contacts.background_parties import CLAUSE_BREAK, RIVAL, background, coalition_of_party
from nlp.steps.contacts.contact_list import NAME, add_contact
from nlp.steps.contacts.english_names import NAME_WORD
from nlp.steps.contacts.focus import WHOLE_VISIT, recalled_sentences
from nlp.topic_clauses import greets

# One conversation with one counterpart: the parties its report names later are what was talked about
ONE_EXCHANGE = frozenset({"meeting", "talks", "video_call", "phone_call", "message", "meeting_on_sidelines"})
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
    rf"\s*(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{0,3}})(?:,\s+(?:who\s+(?:is|was|has\s+been)\s+)?|\s+(?:is|was)\s+)"
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


def early_parties(release: Release, contacts: list[Contact], seen: dict[str, int]) -> None:
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
        if background(text, m.start, m.end) and (multilateral or release.is_mfa
                                           or not _partner_in_words(release, contacts, m)):
            continue  # "Lugo said that although the Colorado Party won …": a topic of the talk
        if any(a <= m.start < b for a, b in recalled):
            continue  # "Earlier this year, Song Tao had met with a delegation of …": another exchange
        if coalition_of_party(release, m):
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
        if add_contact(contacts, seen, Contact(name=m.text,
                                               kind="party", party_id=party.id, party=party.canonical)):
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
    sides of the exchange — as a topic "relations between the CPC and the PSUV" does (``background``)
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
