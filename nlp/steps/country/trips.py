"""Trips to several LAC countries and lists of several countries' parties in one sentence: the
stops of a visit the title or lead names, or a visit announced one stop a sentence, and the
countries of one list of parties (two countries there are a group: multilateral), also when the
list shares one plural name ("the Communist Parties of Uruguay and Venezuela").
"""

from __future__ import annotations

import re
from typing import Any

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_PARTY
from nlp.release import Mention, Release
from nlp.sentences import sentence_at
from nlp.steps.country.mentions import FOCUS, country_of

SENTENCE_END = re.compile(r"[.。!?！？\n]")


def trip_stops(release: Release) -> set[str]:
    """The LAC countries named in the title's or lead's sentences about a trip (foreign ministry):
    "left Beijing for state visits to Spain, Argentina, Panama and Portugal" stops in two. Where
    the headline names the visit to one country ("Xi Jinping Arrives in Brasília for State Visit
    to Brazil"), a lead sentence that opens by recalling an earlier leg ("Earlier, Xi paid a state
    visit to Peru", 此前，…对秘鲁进行国事访问: the cue ``trip_leg_recalled``) gives no stop, nor do
    the other countries of a sentence that calls this visit one stop or leg of a longer trip ("the
    second stop of a trip that also takes him to Brazil and Uruguay": the cue ``trip_leg``): the
    headline picks the exchange, and the rest of the trip is its setting."""
    trip = cues.pattern("trip")
    found: list[tuple[str, str, int, int]] = []  # (country, where, sentence start, sentence end)
    for m in release.of(LAC_COUNTRY, zones=FOCUS):
        source = release.title if m.where == "title" else release.layout.clean
        left = max((e.end() for e in SENTENCE_END.finditer(source, 0, m.start)), default=0)
        edge = SENTENCE_END.search(source, m.end)
        end = edge.start() if edge else len(source)
        if trip.search(source, left, end) and not TO_CHINA.search(source, left, end):
            found.append((m.entry.id, m.where, left, end))
    in_title = {country for country, where, _, _ in found if where == "title"}
    recalled, leg = cues.pattern("trip_leg_recalled"), cues.pattern("trip_leg")
    text = release.layout.clean

    def other_leg(country: str, where: str, left: int, end: int) -> bool:
        if len(in_title) != 1 or where != "text":
            return False
        return (recalled.match(text, _skip_space(text, left)) is not None
                or (country not in in_title and leg.search(text, left, end) is not None))

    stops = {country for country, where, left, end in found if not other_leg(country, where, left, end)}
    release.extra["trip_legs"] = {country for country, where, left, end in found
                                  if other_leg(country, where, left, end)} - stops
    return stops | announced_stops(release)


def _skip_space(text: str, at: int) -> int:
    """The first position at or after ``at`` that is not white space."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at


# A visit named as the setting or the past of something else, not the news: "during his visit to Cuba
# and Venezuela", "Liu, who is visiting Cuba and Venezuela, met …", "a PSUV delegation, which earlier
# visited Cuba and Nicaragua, arrived in Beijing", "after visiting …", 在访问古巴、委内瑞拉期间
TRIP_SETTING_BEFORE = re.compile(r"(?:\b(?:during|while|when|amid|on|after|before|having)\s+"
                                 r"(?:(?:his|her|its|their|a|an|the)\s+)?(?:[a-z]+\s+)?"
                                 r"|\b(?:who|which|that)\b[^,.;]{0,30})$", re.I)
TRIP_SETTING_ZH = re.compile(r"期间|期間|之际|之際")


def party_trip_stops(release: Release) -> set[str]:
    """The LAC countries a party page's title or lead lists as the places one visit went to ("A CPC
    delegation visited Cuba, Nicaragua and Venezuela", 中共代表团结束对洪都拉斯、乌拉圭的访问: the cue
    ``trip_destinations``). Two of them are two stops of one trip reported as a whole, a group of
    two countries' actors (codebook: multilateral), however many more actors the page names in
    one of them. A headline that reports one meeting ("Liu Jianchao Meets Roberto Morales Ojeda",
    over "Liu was on a visit to Cuba and Venezuela") is that meeting's, and a visit named as the
    setting of something else is no trip the page reports."""
    if cues.pattern("headline_meeting").search(release.title):
        return set()
    trip = cues.pattern("trip_destinations")
    countries = release.of(LAC_COUNTRY, zones=FOCUS)
    lead = release.layout.lead_start, release.layout.lead_end
    stops: set[str] = set()
    for where, source, (low, high) in (("title", release.title, (0, len(release.title))),
                                       ("text", release.layout.clean, lead)):
        for match in trip.finditer(source, low, high):
            start, end = sentence_at(source, match.start())
            if (TRIP_SETTING_BEFORE.search(source[max(start, match.start() - 40):match.start()])
                    or TRIP_SETTING_ZH.search(source, match.start(), match.end() + 6)
                    or TO_CHINA.search(source, start, end)):
                continue  # a visit to China's other stops are no counterparts (the visitor is)
            stops |= {m.entry.id for m in countries if m.where == where
                      and match.start() <= m.start and m.end <= match.end()}
    return stops


# A visit to China has one LAC side, the visitor's: other LAC countries its sentence names ("the
# first by a Central American leader since Nicaragua …") are no stops of a trip
TO_CHINA = re.compile(r"\b(?:visits? to|trip to|arriv(?:ed|es|ing) in|in) China\b|访华|訪華|来华|來華|"
                      r"对中国进行|對中國進行|抵达(?:北京|上海|广州|深圳)|抵達(?:北京|上海|廣州|深圳)")


def announced_stops(release: Release) -> set[str]:
    """The LAC countries of the sentences right after the lead that announce a visit as the lead
    does ("At the invitation of …, X will pay a state visit to Brazil"): an announcement of a trip
    gives one such sentence per stop. The run ends at the first sentence that is not one."""
    if not release.is_mfa:
        return set()
    text = release.layout.clean
    trip, invitation = cues.pattern("trip"), cues.pattern("invitation")
    lead = (release.layout.lead_start, release.layout.lead_end)
    if not (invitation.search(text, *lead) and trip.search(text, *lead)):
        return set()
    stops: set[str] = set()
    start = release.layout.lead_end
    while start < len(text):
        while start < len(text) and text[start] in " \n\t.。":
            start += 1
        edge = SENTENCE_END.search(text, start)
        end = edge.start() if edge else len(text)
        if end <= start or not (invitation.search(text, start, end) and trip.search(text, start, end)):
            break
        stops.update(m.entry.id for m in release.of(LAC_COUNTRY)
                     if m.where == "text" and start <= m.start < end)
        start = end + 1
    return stops


# What may stand between two parties of one list: a person's office and name, then a separator
# ("智利社会党主席巴韦、智利共产党…", "the PT of Brazil, the Broad Front of Uruguay and …")
LIST_GAP = re.compile(r"[^。；;.!?！？\n]{0,16}?(?:、|，|,|和|与|與|及|\band\b)[^。；;.!?！？\n]{0,5}")


def listed_countries(release: Release) -> set[str]:
    """The countries of the LAC parties one sentence of the lead lists together ("A、B和C分别致函…",
    "the PT, the Broad Front of Uruguay and the Justicialist Party"): the parties of one list are
    one side of the exchange, so two countries among them are a group of two countries' actors
    (multilateral), however many parties each has."""
    text = release.layout.clean
    parties = sorted((m for m in release.of(LAC_PARTY, zones=("lead",)) if m.where == "text"),
                     key=lambda m: m.start)
    best: set[str] = set()
    run: list[Mention] = parties[:1]
    for previous, m in zip(parties, parties[1:], strict=False):
        if LIST_GAP.fullmatch(text[previous.end:m.start]):
            run.append(m)
        else:
            run = [m]
        countries = {c for c in (country_of(x) for x in run) if c}
        if len(countries) > len(best):
            best = countries
    return best


# "the Communist Parties of Uruguay and Venezuela", "the communist parties of Cuba, Chile and Uruguay":
# one plural party name shared by the countries that follow it
PLURAL_BEFORE_EN = re.compile(r"\b(?P<name>[A-Za-z][\w'’-]+)\s+[Pp]arties\s+of\s+(?:the\s+)?$")
PLACE_GAP_EN = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
PLURAL_REACH = 40  # characters before the first country where "X parties of" stands


def shared_plural_countries(release: Release) -> set[str]:
    """The LAC countries whose parties a plural party name of the lead is shared by ("the Communist
    Parties of Uruguay and Venezuela": each country's "Communist Party of …" is a listed party): the
    parties of those countries are one list, one side of the exchange, so two countries there are
    a group of two countries' actors (multilateral), as a list of the parties' full names is
    (``listed_countries``). Words that describe parties ("sister parties of", "ruling parties of")
    name none. English only: Chinese writes the countries before the shared name (阿根廷、乌拉圭共产党),
    each name then a party's own."""
    if release.zh:
        return set()
    gaz = release.gazetteer
    text = release.layout.clean
    places = sorted((m for m in release.of(LAC_COUNTRY, zones=("lead",)) if m.where == "text"),
                    key=lambda m: m.start)
    for i, first in enumerate(places):
        plural = PLURAL_BEFORE_EN.search(text, max(0, first.start - PLURAL_REACH), first.start)
        if plural is None:
            continue
        name = plural.group("name").replace("’", "'")
        name = name[0].upper() + name[1:]
        run = [first]
        for m in places[i + 1:]:
            if not PLACE_GAP_EN.fullmatch(text, run[-1].end, m.start):
                break
            run.append(m)
        countries = {c for m in run
                     if (c := country_of(m)) and _party_of(gaz, f"{name} Party", text[m.start:m.end])}
        if len(countries) >= 2:
            return countries
    return set()


def _party_of(gaz: Any, name: str, place: str) -> Any:
    """The listed party "<name> of <place>" or "<place> <name>" ("Labour Party of Saint Lucia",
    "Saint Lucia Labour Party")."""
    return gaz.party_by_alias(f"{name} of {place}") or gaz.party_by_alias(f"{place} {name}")
