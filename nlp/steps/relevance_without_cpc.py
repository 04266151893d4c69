"""A LAC actor's exchange that the CPC is no side of: a headline that reports a LAC party's or
country's exchange with a party or country outside LAC, or with another LAC actor
(``lac_with_a_third_party``), a lead that reports a LAC party's message to another party
(``lac_message_to_other_party``).

The party's site and agencies report such exchanges too; a party exchange needs the CPC as one of
its sides (codebook, ``relevant``). Apart from LAC names that are only topics
(``relevance_topics``): here the LAC actors are a side, of someone else's exchange.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import CN_OFFICIAL, LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Release
from nlp.sentences import sentence_at
from nlp.steps.country import names_elsewhere
from nlp.steps.relevance_party_side import (
    ADDRESSEE_NAMED,
    CHINA_ADDRESSEE,
    names_no_chinese_side,
    other_party,
    party_side_named,
)
from nlp.steps.relevance_state_side import CHINA_NAMED
from nlp.steps.relevance_topics import MANY_COUNTERPARTS


def lac_with_a_third_party(release: Release) -> bool:
    """Does the headline report a LAC actor's exchange with a party or country outside LAC and name
    no Chinese side ("Cuban party congratulates Vietnamese party", 古共致电祝贺越共建党)? The CPC
    the message also praised is no side of it (a party exchange needs the CPC as one)."""
    title = release.title
    if not title.strip() or MANY_COUNTERPARTS.search(title) or CHINA_NAMED.search(title):
        return False
    if party_side_named(release, "title") or any(
            m.where == "title" and m.label == CN_OFFICIAL for m in release.mentions):
        return False
    if _lac_sides_only(release):
        return True
    sides = [m for m in names_elsewhere(release, ("title",)) if not CONDEMNED.search(title[:m.start])]
    return bool(sides) and any(m.where == "title" for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG))


# a message's verbs besides the message cue's nouns: greeting, thanking, saluting someone
GREETING_WORDS = r"\b(?:congratulat|thank|greet|salut|condol)\w*"
GREETING_VERB = re.compile(GREETING_WORDS, re.I)
# Before a party named as the addressee of a message: "sent a message … to (the)", "wrote to",
# or a verb of greeting whose object it is ("congratulated the", "thanked")
ADDRESSEE_BEFORE = re.compile(rf"(?:\bto|{GREETING_WORDS})\s+(?:the\s+)?$", re.I)


def lac_message_to_other_party(release: Release) -> bool:
    """Does the lead's first sentence with a LAC party report its message to another party — a LAC
    party of another country or a party outside LAC ("The Communist Party of Cuba sent a message to
    the United Socialist Party of Venezuela", "MORENA sent a message to the Spanish Socialist
    Workers' Party") — while the title and lead name no CPC side and no Chinese official, the title
    not China, and the sentence no addressee on China's side (China in the lead as what the message
    recalls, "aid from China", is a topic)?
    The party's site and agencies also report such messages; the CPC is no side of them, and a
    party exchange needs it as one (codebook, ``relevant``). The dateline's Beijing is where the
    report was written, not a side. English only (a Chinese title of two LAC sides is
    ``_lac_sides_only``'s)."""
    if release.zh or party_side_named(release, "title") or party_side_named(release, "lead"):
        return False
    if any(m.label == CN_OFFICIAL for m in release.mentions if m.zone in ("title", "lead")):
        return False
    text = release.layout.clean
    if CHINA_NAMED.search(release.title):
        return False
    senders = release.of(LAC_PARTY, zones=("lead",))
    if not senders:
        return False
    sender = senders[0]
    left, right = sentence_at(text, sender.start)
    message = cues.pattern("idcpc.message").search(text, left, right)
    if not (message or GREETING_VERB.search(text, left, right)):
        return False
    if any(CHINA_ADDRESSEE.match(found.group("who")) for found in ADDRESSEE_NAMED.finditer(text[left:right])):
        return False  # also to China's side ("… to the FSLN and to the Chinese people")
    own = getattr(sender.entry, "country", None)
    for m in release.mentions:
        if m.where != "text" or not sender.end <= m.start < right:
            continue
        other = (m.label == LAC_PARTY and getattr(m.entry, "country", None) not in (None, own)) or (
            other_party(release, m) and m.label != LAC_PARTY)
        if other and ADDRESSEE_BEFORE.search(text, max(sender.end, m.start - 40), m.start):
            return True
    return False


# the object of a condemnation or a rejection ("Sandinista Front Condemns US Provocation on Taiwan",
# 谴责美方挑衅): what a statement is against is its topic, not a side of an exchange
CONDEMNED = re.compile(r"\b(?:condemn|denounc|reject|oppos|critici[sz]|slam|blast|rebuk)\w*\s+(?:the\s+)?$|"
                       r"(?:谴责|譴責|反对|反對|抨击|抨擊|批评|批評)$", re.I)


def _lac_sides_only(release: Release) -> bool:
    """Does the headline name actors of two LAC countries ("FSLN Sends Solidarity Message to PSUV",
    尼共致电委统社党), or a LAC-wide platform and a LAC actor (圣保罗论坛致函巴西劳工党: the forum's
    secretariat is a LAC side of its own), while the page names no Chinese side anywhere — not
    China, no Chinese official, no party side? The exchange is between the LAC actors; the CPC is
    no side of it."""
    countries = {getattr(m.entry, "country", None) if m.label != LAC_COUNTRY else m.entry.id
                 for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG) if m.where == "title"}
    countries.discard(None)
    countries |= {m.entry.id for m in release.of(PLATFORM) if m.where == "title"
                  and getattr(m.entry, "mechanism", None) == "regional"}
    if len(countries) < 2:
        return False
    return names_no_chinese_side(release)
