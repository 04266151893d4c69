"""The multilateral cues of the title and lead: regional platforms and the region itself as the
exchange's actors, the region's officials met as a group, and whether such a group is the counterpart
beside one country's official the headline or lead names first.
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM, Organisation
from nlp.release import Release
from nlp.schema import Span
from nlp.steps.country.body import address_block
from nlp.steps.country.mentions import FOCUS
from nlp.steps.country.postings import posted_there
from nlp.steps.country.region_actors import names_region_actors, region_people
from nlp.steps.country.region_names import region_patterns
from nlp.steps.country.venues import is_venue

# "met the Cuban ambassador and other ambassadors of Latin American countries", 古巴外长等拉美国家外长,
# 古巴驻华大使及其他拉美国家驻华大使: the one country's official is one of the group met
OTHERS_BEFORE = re.compile(r"\b(?:and|with|as well as)\s+(?:the\s+)?other\s+$|"
                           r"(?:等|及其他|和其他|以及其他)$", re.I)


def regional_cues(release: Release) -> list[Span]:
    """Mentions of LAC-wide platforms or of the region itself as the exchange's actors, in the
    title and lead (a region that is only a topic is no counterpart). On a foreign-ministry page,
    also the envoys, ministers or leaders of a LAC region's states met as a group ("ambassadors of
    Central American countries", 加勒比建交国外长, ``group_of_states``): actors of several LAC
    countries (country rule: multilateral), also after one country's official named as one of them
    ("the Cuban ambassador and other ambassadors of …", 古巴外长等拉美国家外长); and a gathering named
    for China and the region (``china_region_event``)."""
    out = [m.span() for m in release.of(PLATFORM, zones=FOCUS) if m.entry.mechanism == "regional"]
    # a letter's address block above the lead ("To the Executive Secretariat of the São Paulo Forum")
    # names whom the letter went to, as a lead would (``address_block``)
    block = address_block(release)
    out += [m.span() for m in release.of(PLATFORM, zones=("early",))
            if m.entry.mechanism == "regional" and m.where == "text" and block[0] <= m.start < block[1]]
    # a LAC-wide organisation (organisations.json, country null: CLACSO, a continental students' or
    # trade-union body) is the region's actor as a regional platform is
    out += [m.span() for m in release.of(LAC_ORG, zones=FOCUS)
            if isinstance(m.entry, Organisation) and m.entry.country is None]
    # on a foreign-ministry page the region's words inside a platform's name ("the Community of Latin
    # American and Caribbean States") are that platform, read with it (as its rotating chair's office)
    named = [(s.where, s.start, s.end) for s in out] if release.is_mfa else []
    for where, text, offset in (("title", release.title, 0),
                                ("text", release.lead(), release.layout.lead_start)):
        for pattern in region_patterns(release):
            for match in pattern.finditer(text):
                start, end = offset + match.start(), offset + match.end()
                if any(w == where and a <= start and end <= b for w, a, b in named) or posted_there(
                        release, where, start, end):
                    continue
                if names_region_actors(release, text, match) or (
                        region_people(release, text, match)
                        and (where == "title" or start < _first_lead_actor(release))):
                    out.append(Span(start, end, match.group(), where))
        if release.is_mfa:
            out.extend(Span(offset + m.start(), offset + m.end(), m.group(), where)
                       for m in cues.pattern("group_of_states").finditer(text)
                       if (where == "title" or offset + m.start() < _first_lead_actor(release)
                           or OTHERS_BEFORE.search(text, max(0, m.start() - 30), m.start()))
                       and not posted_there(release, where, offset + m.start(), offset + m.end()))
            # a gathering named for China and the region ("China-Caribbean Foreign Ministers' Meeting",
            # 中拉…外长视频会议): the region's states are its LAC side, whoever hosts or co-chairs it
            out.extend(Span(offset + m.start(), offset + m.end(), m.group(), where)
                       for m in cues.pattern("china_region_event").finditer(text))
    return out


# A headline naming one country's official as one of a group ("Meets with Cuban Ambassador and Other
# Ambassadors", 会见古巴驻华大使等使节): the group is the counterpart, and the lead says whose it is
OTHERS_IN_TITLE = re.compile(
    r"\b(?:and|with)\s+(?:the\s+)?other\s+(?:[\w-]+\s+){0,2}?(?:ambassadors|envoys|diplomats|leaders|"
    r"(?:foreign\s+)?ministers|heads|presidents|prime\s+ministers|officials|representatives|delegates)\b|"
    r"等(?:国家|国)?(?:驻华)?(?:使节|大使|外长|外交部长|领导人|元首|总统|总理|代表|官员)", re.I)


def others_in_title(release: Release) -> bool:
    """Does a foreign-ministry headline name its counterpart as one official and others of his kind
    ("Hua Chunying Meets with Cuban Ambassador and Other Ambassadors")? Then the region's group the
    lead names ("… and other ambassadors of Latin American and Caribbean countries", ``named_group_met``)
    is the headline's counterpart as much as a region named in the headline would be; the region's
    bare name ("discussed cooperation with Latin American countries") is not."""
    return release.is_mfa and OTHERS_IN_TITLE.search(release.title) is not None


def named_group_met(release: Release, regional: list[Span]) -> bool:
    """Is one of the page's regional cues a named LAC side: the region's officials as a group
    ("leaders of Caribbean countries", 加勒比建交国领导人: ``group_of_states``), a regional platform
    (CELAC, the China-LAC Think Tank Forum) or a gathering named for China and the region
    (``china_region_event``)? Beside a LAC country named only as the place ("met leaders of Caribbean
    countries in Port of Spain, Trinidad and Tobago", "a letter to the China-LAC Think Tank Forum held in
    Montevideo, Uruguay") they are the counterpart: a place is no actor. The region's bare name as a
    topic ("discussed cooperation with Caribbean countries") leaves the place's country, whose
    officials were met. (Foreign ministry.)"""
    if not release.is_mfa:
        return False
    platforms = {(m.where, m.start) for m in release.of(PLATFORM, zones=FOCUS)
                 if m.entry.mechanism == "regional"}
    named = (cues.pattern("group_of_states"), cues.pattern("china_region_event"))
    return any((span.where, span.start) in platforms or any(p.fullmatch(span.text) for p in named)
               for span in regional)


def _first_lead_actor(release: Release) -> int:
    """Where the lead first names one LAC country's actor (not a place). A group of the region's
    envoys, ministers or scholars named after it ("met the Jamaican FM, who briefed her on a meeting of
    Caribbean foreign ministers") is what was talked about, not who was met; named first ("met
    ambassadors of Central American countries, including Costa Rica's"), it is the counterpart."""
    starts = [m.start for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, zones=("lead",))
              if m.where == "text" and not is_venue(release, m)]
    return min(starts, default=len(release.layout.clean))
