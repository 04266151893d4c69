"""LAC names that are no counterparts: a LAC country named in the title or lead only as what was
discussed or said, in a sentence recalling an earlier exchange, or beside a headline's counterpart
outside LAC (``headline_outside_lac``, ``countries_only_as_topics``, ``lac_only_in_recalled``,
``lac_only_said_after_outside_counterpart``).

Apart from the Chinese side's questions (``relevance_state_side``, ``relevance_party_side``)
because these ask the other half: whether the LAC actors a page names are a side of its exchange
at all (codebook, ``relevant``: a topic is no counterpart; One page, one record).
"""

from __future__ import annotations

import re

from nlp import cues
from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, PLATFORM
from nlp.release import Mention, Release
from nlp.sentences import sentence_at
from nlp.steps.contacts import recalled_sentences
from nlp.steps.country import (
    FOCUS,
    LANGUAGE_DEMONYM,
    TOPIC_BEFORE_EN,
    is_venue,
    names_elsewhere,
    region_patterns,
    topic_of_talks,
)
from nlp.topic_clauses import MEETING_CLAUSE, in_descriptive_clause, in_what_was_said

MANY_COUNTERPARTS = re.compile(
    r"\b(?:others?|worldwide|countries)\b|\b(?:foreign|world|international|global)\s+(?:political\s+)?"
    r"(?:leaders|parties|politicians|dignitaries|organi[sz]ations|friends|guests|community)\b|"
    r"各国|各國|外国|外國|多国|多國|纷纷|紛紛|等国|等國|世界", re.I)


def headline_outside_lac(release: Release) -> bool:
    """Does the headline name a counterpart outside LAC ("Wang Yi holds talks with Spanish FM",
    "Liu Jianchao meets PSOE delegation", "Xi meets French president", "Wang Yi Meets with IMF
    Managing Director", ``world_org_official``) and no LAC actor or the region? The headline picks
    the exchange, so Latin America or Brazil in its lead is a topic of talks with someone else. A
    LAC city or country the headline names as the place ("… in Mexico City") is no actor."""
    if not release.title.strip() or MANY_COUNTERPARTS.search(release.title):
        return False  # "Vietnamese, other leaders congratulate …": a roundup, read sender by sender
    if (not names_elsewhere(release, ("title",)) and not LANGUAGE_DEMONYM.search(release.title)
            and not cues.pattern("world_org_official").search(release.title)):
        return False
    if any(m.where == "title" and not is_venue(release, m) and not _gathering_of_states(release, m)
           for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM)):
        return False
    if _trip_to_lac_and_elsewhere(release):
        return False
    return not any(span.where == "title" for span in release.extra.get("regional_cues", []))


def _gathering_of_states(release: Release, m: Mention) -> bool:
    """A worldwide platform (APEC, G20, BRICS, the UN) in a foreign-ministry headline that names a
    counterpart outside LAC ("Xi Meets US President at APEC in Lima"): the gathering the meeting was
    held at, a place like the city, not a LAC side of it (codebook, country: the LAC country whose
    actors take part)."""
    return (release.is_mfa and m.label == PLATFORM
            and getattr(m.entry, "mechanism", None) == "global")


# a headline's word for a trip: "visits", "tour", "trip", 访问, 出访, 之行
TRIP_HEADLINE = re.compile(r"\b(?:visit(?:s|ed|ing)?|tours?|trip)\b|访问|出访|之行", re.I)


def _trip_to_lac_and_elsewhere(release: Release) -> bool:
    """Does a trip headline name the region among its destinations ("CPC Delegation Visits Europe and
    Latin America", 中共代表团访问欧洲和拉美)? The region is then one of the trip's hosts, not a topic
    beside an outside counterpart: the lead's LAC country is the trip's LAC leg (country: a trip to one
    LAC country and to non-LAC countries is that LAC country)."""
    if not TRIP_HEADLINE.search(release.title):
        return False
    return any(pattern.search(release.title) for pattern in region_patterns(release))


# A "with" that belongs to a topic noun ("relations with Brazil", "cooperation with Argentina") joins
# the topic, not the participants of the talk ("discussed … with leaders of Caribbean countries")
TOPIC_WITH_EN = re.compile(r"\b(?:relations?|ties|cooperation|exchanges|friendship|partnerships?|trade|"
                           r"links|solidarity)\s+with\b", re.I)


# A country inside a phrase "about X" or "towards X" that ends in 的 before the noun it describes
# (介绍对巴西和墨西哥的投资情况, 关于古巴经济形势的报告): what is presented or studied, not who takes part;
# not a visit to it (对古巴的访问, the exchange itself)
ABOUT_BEFORE_ZH = re.compile(r"(?:关于|对)[^。，；]{0,12}$")
ABOUT_AFTER_ZH = re.compile(r"[^。，；]{0,12}?的(?!(?:正式|国事|工作|友好)?访问)")


def countries_only_as_topics(release: Release) -> bool:
    """Does a party page name LAC actors in its title and lead only as countries in what was
    discussed ("The session discussed deepening reform, including cooperation with Brazil and
    Argentina", "Chinese scholars discuss the history of the Cuban revolution"), while its title and
    lead report no meeting, visit, delegation or message? A CPC congress, plenum or seminar of its own
    whose talk touches LAC countries is no exchange with LAC actors (codebook, ``relevant``): a topic
    is no counterpart. A page that reports a meeting or a message keeps its countries ("Liu met
    Emilio Lozada; they discussed China-Cuba relations": the topic's country is the guest's), and so
    does one naming a LAC party, organisation or platform, or the region as the counterpart."""
    if release.is_mfa or release.extra.get("regional_cues") or release.extra.get("worldwide") \
            or release.extra.get("body_counterparts"):
        return False
    focus = release.focus_text()
    if MEETING_CLAUSE.search(focus) or cues.pattern("idcpc.message").search(focus):
        return False
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM) if m.zone in FOCUS]
    if not named or any(m.label != LAC_COUNTRY or m.where != "text" for m in named):
        return False
    text = release.layout.clean
    return all(_country_as_topic(release, text, m) for m in named)


def _country_as_topic(release: Release, text: str, m: Mention) -> bool:
    """Is this lead mention of a country what a talk verb of its sentence was about
    (``topic_of_talks``; in English also across a topic noun's "with": "discussed relations with
    Brazil")?"""
    if release.zh:
        left, _ = sentence_at(text, m.start)
        return topic_of_talks(release, m.span()) or bool(
            ABOUT_BEFORE_ZH.search(text, left, m.start) and ABOUT_AFTER_ZH.match(text, m.end))
    left, _ = sentence_at(text, m.start)
    before = TOPIC_BEFORE_EN.search(text, left, m.start)
    if before is None:
        return False
    between = before.group("between")
    return len(re.findall(r"\bwith\b", between, re.I)) == len(TOPIC_WITH_EN.findall(between))


def lac_only_in_recalled(release: Release) -> bool:
    """Does a party page name LAC actors in its title and lead only in lead sentences after the
    first that recall an earlier exchange (``recalled_sentences``: "Liu Jianchao met with a
    delegation of the Workers' Party of Korea. The delegation earlier visited Cuba.", 代表团此前访问了
    古巴)? The lead's first sentence reports the page's exchange (One page, one record); an earlier
    exchange it recalls — of the same guests with someone else — is another one, and its LAC
    actors are no counterparts of the CPC's. Only where that first sentence names its counterpart
    outside LAC (a party or country of elsewhere: ``names_elsewhere``): a page on a guest named only
    by a person ("Liu met Comrade Emilio Lozada. Earlier this year Liu had met a delegation of the
    Communist Party of Cuba") keeps its LAC names. Not with the region or a worldwide platform named."""
    if release.is_mfa or release.extra.get("regional_cues") or release.extra.get("worldwide") \
            or release.extra.get("body_counterparts"):
        return False
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM) if m.zone in FOCUS]
    if not named or any(m.where != "text" for m in named):
        return False
    first_left, first_right = sentence_at(release.layout.clean, release.layout.lead_start)
    if not any(m.where == "text" and first_left <= m.start < first_right
               for m in names_elsewhere(release, ("lead",))):
        return False
    recalled = recalled_sentences(release)
    return all(any(a <= m.start < b for a, b in recalled) for m in named)


def lac_only_said_after_outside_counterpart(release: Release) -> bool:
    """Does a page name LAC countries in its title and lead only inside what someone said or as what
    was discussed ("Liu Jianchao met with the Chairman of the Awami League of Bangladesh. … the guest
    said Bangladesh admires China as Brazil and India do"; "Xi met the Vietnamese leader To Lam … and
    recalled the solidarity of socialist countries with Cuba"; "met Zyuganov of the Communist Party of
    the Russian Federation …; Zyuganov said the Russian communists stand with Cuba"), while the lead's
    first sentence names its counterpart outside LAC (``names_elsewhere``)?
    That first sentence reports the page's exchange (One page, one record); a country the talk
    touches is a topic, no counterpart (codebook, ``relevant``); so is a country named in a clause that
    describes the outside guest ("the INC, which has ties with parties in Guyana", "born in São
    Paulo", "of Jamaican descent": ``in_descriptive_clause``). Not where the title names a LAC
    actor, nor for a LAC party, organisation or platform named (a guest party can belong to a
    delegation), nor with the region or a worldwide platform named as actors."""
    if release.extra.get("regional_cues") or release.extra.get("worldwide") \
            or release.extra.get("body_counterparts"):
        return False
    named = [m for m in release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG, PLATFORM) if m.zone in FOCUS]
    if not named or any(m.where != "text" or m.label != LAC_COUNTRY for m in named):
        return False
    text = release.layout.clean
    first_left, first_right = sentence_at(text, release.layout.lead_start)
    # the outside counterpart is an actor of the first sentence, not itself a topic ('briefed the media
    # on Xi's trip to Spain, Argentina and Panama': the trip's countries are what the briefing is about)
    if not any(m.where == "text" and first_left <= m.start < first_right
               and not in_what_was_said(text, m.start) for m in names_elsewhere(release, ("lead",))):
        return False
    return all(in_what_was_said(text, m.start) or _country_as_topic(release, text, m)
               or in_descriptive_clause(text, m.start, m.end) for m in named)
