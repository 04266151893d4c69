"""Events of parties or states from around the world (a global platform, a seminar of parties
"from over 50 countries", APEC or the G20 a foreign-ministry headline names): their LAC participants
make the page multilateral, and the mechanism step makes it global (codebook).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Mention, Release
from nlp.sentences import sentence_at
from nlp.steps.country.mentions import FOCUS
from nlp.steps.country.outside import names_elsewhere
from nlp.steps.country.region_actors import names_region_actors
from nlp.steps.country.region_names import region_patterns
from nlp.steps.country.trips import trip_stops
from nlp.steps.country.venues import is_venue

EVENT_CUES = ("idcpc.training_course", "idcpc.seminar", "idcpc.forum", "idcpc.dialogue", "idcpc.briefing")
# The events of a worldwide platform, and a group that came for one (codebook: global "also a side
# meeting with a group that came for one": "met with a study group of party cadres from developing
# countries")
WORLDWIDE_EVENT_CUES = (*EVENT_CUES, "group_counterpart")


def is_worldwide_event(release: Release, gathering: bool = False) -> bool:
    """Does the title or lead report an event of parties from around the world (a global platform,
    or a seminar, forum … of "parties from over 50 countries"), or a group that came for one? A
    headline that names such an event for the region's actors ("webinar for Latin American party
    leaders", 拉美国家政党干部研修班) and nothing worldwide reports a LAC-wide event: a count of
    countries in its lead ("participants from 15 countries") is the region's. ``gathering``: the
    event type step already found the page's exchange to be an event of many (an online meeting of
    many parties is the seminar or briefing it is, codebook rule 3, though its words are a video
    conference's), so no event word is needed."""
    if release.is_mfa:
        return False
    focus = release.focus_text()
    if any(m.entry.mechanism == "global" for m in release.of(PLATFORM, zones=FOCUS)):
        return True
    worldwide = cues.pattern("worldwide")
    if _regional_event_headline(release) and not any(
            not _of_the_region(release.title, m) for m in worldwide.finditer(release.title)):
        return False
    return any(not _of_the_region(focus, m) for m in worldwide.finditer(focus)) and (gathering or any(
        cues.pattern(cue).search(focus) for cue in WORLDWIDE_EVENT_CUES))


LIST_SEPARATOR = re.compile(r"\s*(?:,|、|，|和|及|与|與|以及|,?\s*and)\s*(?:the\s+)?")


def listed_with_outsiders(release: Release) -> bool:
    """Does the title or lead of an event (course, seminar, forum, dialogue, briefing, or a group
    that came for one) list a LAC country or party side by side with a country, region or party
    outside LAC ("participants from Cuba, Brazil, Vietnam and Laos", 来自古巴、越南、老挝、巴西的政党代表)?
    Its participants are then not the region's alone: a worldwide event (mechanism: global)."""
    if release.is_mfa:
        return False
    focus = release.focus_text()
    if not any(cues.pattern(cue).search(focus) for cue in WORLDWIDE_EVENT_CUES):
        return False
    outside = names_elsewhere(release, FOCUS)
    if not outside:
        return False
    lac = release.of(LAC_COUNTRY, LAC_PARTY, zones=FOCUS)
    for a in lac:
        for b in outside:
            if a.where != b.where:
                continue
            source = release.title if a.where == "title" else release.layout.clean
            first, second = (a, b) if a.start < b.start else (b, a)
            if LIST_SEPARATOR.fullmatch(source[first.end:second.start]):
                return True
    return False


def _regional_event_headline(release: Release) -> bool:
    """Does the headline name an event (course, seminar, forum, dialogue, briefing) together with a
    LAC-wide platform or the region as its actors?"""
    title = release.title
    if not any(cues.pattern(cue).search(title) for cue in EVENT_CUES):
        return False
    if any(m.where == "title" and m.entry.mechanism == "regional" for m in release.of(PLATFORM)):
        return True
    return any(names_region_actors(release, title, match)
               for pattern in region_patterns(release) for match in pattern.finditer(title))


REGION_NEAR = re.compile(r"Latin America|Caribbean|\bLAC\b|South America|Central America|\bof the region\b|"
                         r"\bthe region's\b|拉美|拉丁美洲|加勒比|南美|中美洲|本地区|该地区")
OTHER_CONTINENT = re.compile(r"\b(?:Asia|Africa|Europe|Oceania|the Middle East)|"
                             r"亚洲|非洲|欧洲|大洋洲|中东|亚非")
BARE_COUNT = re.compile(r"(?:from|of)\b|来自", re.IGNORECASE)


def _of_the_region(text: str, match: re.Match[str]) -> bool:
    """Is a count of parties or countries one of the region's ("over 40 parties from 25 countries of
    Latin America", 拉美和加勒比地区20多个国家的政党)? Then the event is LAC-wide, not worldwide. The
    region named beside other continents ("parties from Asia, Africa and Latin America") is one of
    the world's regions at the event, not the event's whole. A bare count of countries ("The 20
    young leaders come from 8 countries", 成员来自8个国家) says where the members of a group come from,
    a group the sentence before it names (the headline, or the lead's first sentence: "a delegation of
    young Latin American political leaders"): the region is read there too."""
    start, end = max(0, match.start() - 60), min(len(text), match.end() + 40)
    if BARE_COUNT.match(match.group()):
        own = sentence_at(text, match.start())[0]
        if own > 0:
            start = min(start, sentence_at(text, own - 1)[0])
    return bool(REGION_NEAR.search(text, start, end)) and not OTHER_CONTINENT.search(text, start, end)


def worldwide_event(release: Release) -> list[Mention]:
    """LAC parties and organisations named early in the report of a worldwide event of parties
    whose headline names no LAC actor: the LAC participants of a global platform. A headline that
    names a worldwide platform by name with a LAC party at it ("Brazil's Workers' Party joins CPC
    at BRICS Political Parties Forum") reports that platform too; one that reports a meeting with
    the LAC party on its sidelines does not. A LAC city or country the headline names as the place
    ("Seminar of World Political Parties Held in Mexico City") is no actor."""
    if release.is_mfa:
        return []
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG) if m.where == "title"]
    if named:
        if cues.pattern("headline_meeting").search(release.title):
            return []  # a meeting, also one held where the event was ("Meets … in Havana")
        # the platform by name, or a worldwide gathering by its description ("at dialogue with world
        # parties", "at seminar of parties from 40 countries"): the LAC actor is one of its guests
        platform_in_title = any(m.where == "title" and m.entry.mechanism == "global"
                                for m in release.of(PLATFORM)) or any(
            not _of_the_region(release.title, m) for m in cues.pattern("worldwide").finditer(release.title))
        if not (platform_in_title or _gathering_named_in_lead(release)) and any(
                not is_venue(release, m) for m in named):
            return []
    if not is_worldwide_event(release):
        return []
    zones = ("title", "lead", "early")
    found = [m for m in release.of(LAC_PARTY, LAC_ORG, zones=zones)]
    # with no party or organisation named, the LAC countries whose people took part ("scholars from
    # China, Russia, India, Brazil and South Africa"): participants of the platform too, not one
    # country's bilateral exchange; a country named as the place is no participant
    return found or [m for m in release.of(LAC_COUNTRY, zones=zones)
                     if not is_venue(release, m) and not platform_member(release, m)]


# the list between a member word and a country ("Brazil, Russia, India, " before "China"): names only
MEMBER_LIST = re.compile(r"\s*(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,|\s+and\b)\s*)*"
                         r"(?:the\s+)?")


MEMBER_REACH = 400  # characters from the member word to the country: the longest grouping's list


def platform_member(release: Release, m: Mention) -> bool:
    """Is a LAC country named as a member of the grouping it describes ("BRICS, the grouping of Brazil,
    Russia, India, China and South Africa", cue ``platform_members``), a list running from the member
    word to the country? It describes the platform; whose people took part the page says elsewhere."""
    if m.where != "text":
        return False
    text = release.layout.clean
    # a member list is a few names long: looking further back than MEMBER_REACH would make a page of
    # one endless "sentence" (a damaged copy) quadratic in its mentions
    if "member_words" not in release.extra:  # found once a page: most pages have none
        release.extra["member_words"] = [(w.start(), w.end())
                                         for w in cues.pattern("platform_members").finditer(text)]
    reach = max(0, m.start - MEMBER_REACH)
    words = [(a, b) for a, b in release.extra["member_words"] if reach <= a and b <= m.start]
    if not words:
        return False
    left = sentence_at(text, m.start)[0]
    return any(a >= left and MEMBER_LIST.fullmatch(text, b, m.start) for a, b in words)


def _gathering_named_in_lead(release: Release) -> bool:
    """Does the headline name a gathering by its kind only ("Mexican party leaders laud CPC at world
    summit", "… speak at forum") whose name the lead gives, a worldwide platform ("the CPC and World
    Political Parties Summit held by video link")? A headline shortens a long name to its kind and
    the lead spells it out: the LAC actor is one of that platform's guests, as under a headline
    that names it."""
    if not any(cues.pattern(cue).search(release.title) for cue in ("idcpc.forum", "idcpc.dialogue")):
        return False
    return any(m.entry.mechanism == "global" for m in release.of(PLATFORM, zones=("lead",)))


def one_exchange_headline(release: Release) -> bool:
    """A headline reporting one meeting, talks or call ("President Lula Meets with Wang Yi"): the
    page is that exchange with one country, not the trip it happened on (the codebook's several-
    country trip is a page about the trip)."""
    title = release.title
    return any(cues.pattern(cue).search(title) for cue in ONE_EXCHANGE_CUES)


ONE_EXCHANGE_CUES = ("mfa.meeting", "mfa.talks", "mfa.phone_call", "mfa.video_call")
# a foreign-ministry headline's own exchange or visit: the page reports that, not the gathering
HEADLINE_EXCHANGE_CUES = (*ONE_EXCHANGE_CUES, "mfa.message", "mfa.arrival", "mfa.state_visit",
                          "mfa.official_visit", "visit_headline")


def mfa_worldwide_gathering(release: Release) -> list[Mention]:
    """The worldwide platform (APEC, G20, BRICS, the UN) a foreign-ministry headline names when the
    page reports the gathering itself or a speech at it ("Xi Jinping Attends the 31st APEC Economic
    Leaders' Meeting", "Xi's speech at G20 Summit session", 习近平出席金砖国家领导人第十一次会晤): the
    LAC side is the LAC participants at a worldwide platform, so the country is "multilateral"
    (codebook) — also when the summit is held in a LAC city and its host presides (a place and a
    chair are not a counterpart). A headline that names an exchange or a visit of its own ("Xi
    Meets Peruvian President", "Xi arrives in Lima for APEC meeting, state visit to Peru") or a
    LAC country other than as the place reports that exchange, not the gathering; so does a page
    whose title or lead names a visit to a LAC country beside the summit (a briefing on the trip:
    the trip's rule decides)."""
    if not release.is_mfa:
        return []
    platforms = [m for m in release.of(PLATFORM) if m.where == "title" and m.entry.mechanism == "global"]
    if not platforms:
        return []
    title = release.title
    named = [cue for cue in HEADLINE_EXCHANGE_CUES if cues.pattern(cue).search(title)]
    if named and not (named == ["mfa.message"] and _message_to_gathering(release, platforms)):
        return []
    if any(not is_venue(release, m) for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG)
           if m.where == "title"):
        return []
    if trip_stops(release):
        return []
    return platforms


# the words between a headline's message and the gathering it is addressed to: "Message to the ",
# "Letter to the 15th "; 习近平向“…峰会致贺信: 向 opens the addressee, the message word follows
ADDRESSED_EN = re.compile(r"\bto\s+(?:the\s+)?(?:(?!(?:on|over|for|about|of)\b)[\w'’-]+\s+){0,4}[“\"]?$",
                          re.I)
ADDRESSED_ZH = re.compile(r"向[^，。,：:]{0,12}$")


def _message_to_gathering(release: Release, platforms: list[Mention]) -> bool:
    """Is the headline's message addressed to the worldwide gathering it names ("Xi Jinping Sends
    Congratulatory Message to the G77 and China Summit", 习近平向“77国集团和中国”峰会致贺信)? Then the
    gathering is the message's counterpart, as it is the counterpart of a speech at it: the LAC side
    is the LAC participants at a worldwide platform, multilateral, also when the summit's host
    country chairs it (a place and a chair are no counterpart)."""
    title = release.title
    message = cues.pattern("mfa.message").search(title)
    if message is None:
        return False
    for m in platforms:
        if release.zh:
            if ADDRESSED_ZH.search(title[:m.start]) and message.start() >= m.end:
                return True
        elif message.end() <= m.start and ADDRESSED_EN.search(title[message.end():m.start]):
            return True
    return False
