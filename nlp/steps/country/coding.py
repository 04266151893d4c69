"""The step itself: scores every mention that places a counterpart by where it stands, takes
the LAC countries in focus as the exchange's sides, and codes the record's country (one country,
"multilateral" or none) with its evidence and notes, falling back to the named people and the body
when the title and lead name no country.
"""

from __future__ import annotations

import re

from nlp.gazetteer import LAC_COUNTRY, LAC_ORG, LAC_PARTY, Party
from nlp.release import ZONE_WEIGHT, Mention, Release
from nlp.schema import MULTILATERAL, Span
from nlp.steps.background import background_cues, background_mentions
from nlp.steps.country.body import body_counterparts, code_bilateral, code_from_body, text_counterparts
from nlp.steps.country.in_focus import (
    home_official_in_focus,
    hosts_here_in_focus,
    leader_in_focus,
    official_in_focus,
)
from nlp.steps.country.leader_names import heads_named, leader_named, official_named
from nlp.steps.country.mentions import FOCUS, country_of
from nlp.steps.country.nationality import nationality_only
from nlp.steps.country.outside import names_elsewhere, outside_counterpart
from nlp.steps.country.platform_roles import came_for, chair_of
from nlp.steps.country.postings import envoy_elsewhere, posted_there
from nlp.steps.country.regional import named_group_met, others_in_title, regional_cues
from nlp.steps.country.shared_demonyms import shared_demonym
from nlp.steps.country.speech import (
    discussed,
    quoted_in_title,
    said_before_speaker,
    said_in_participle,
    topic_of_talks,
)
from nlp.steps.country.trips import listed_countries, party_trip_stops, shared_plural_countries, trip_stops
from nlp.steps.country.venues import is_capital, is_venue
from nlp.steps.country.worldwide import (
    mfa_worldwide_gathering,
    one_exchange_headline,
    platform_member,
    worldwide_event,
)
from nlp.topic_clauses import in_what_was_said

NAME = "country"
COUNTERPART_COUNTRY = 1.0  # a party or organisation says its country as strongly as the name
# A headline naming one country as the first of a group of countries (古巴等三国驻华大使, 巴西等国政党,
# "Cuban and Two Other Countries' Ambassadors", "Cuba and other countries"): the headline's
# counterpart is that group, so its one country name does not make the page that country's.
COUNTRY_AND_OTHERS_IN_TITLE = re.compile(
    r"等(?:[二两三四五六七八九十\d]+|多|几|幾|兩)?(?:个|個)?(?:国|國)|"
    r"\band\s+(?:\w+\s+)?other\s+(?:[\w-]+\s+)?(?:countries|nations|states)\b", re.I)


def _country_of_person(release: Release, actors: dict[str, float], country_id: str, span: Span,
                       why: str) -> bool:
    """The page is bilateral with the country of a person it names with no country of his own (a
    head in office, an official of the roster); False when the gazetteer lacks that country."""
    entry = release.gazetteer.country(country_id)
    if entry is None:
        return False
    record = release.record
    release.country_id = entry.id
    release.scores = {entry.id: ZONE_WEIGHT[span.where if span.where == "title" else "lead"]}
    actors[entry.id] = release.scores[entry.id]
    record.country = entry.canonical
    record.exchange_type = "bilateral"
    record.add_evidence("country", span)
    record.notes.append(f"country: {entry.canonical}, {why}")
    return True


# Between a country's name and the name of a party of that country that it qualifies ("Venezuela's
# ruling United Socialist Party", "Cuba's Communist Party", 委内瑞拉执政党统一社会主义党): the possessive
# and the words that say which of its parties
OWN_PARTY_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:ruling|governing|opposition|main|leftist|left-wing|"
                           r"socialist|the)\s+)*|(?:执政党|執政黨|反对党|反對黨|左翼|主要)?", re.I)
OWN_PARTY_REACH = 40  # characters: a party name starts this close after the country that qualifies it


def _qualifies_own_party(release: Release, m: Mention, country: str) -> bool:
    """Is this country's name only the qualifier of a party of its own that follows it ("Venezuela's
    ruling United Socialist Party") or that it follows ("the People's Progressive Party/Civic of
    Guyana")? Then the two names are one actor, and in a page that names two
    countries' actors side by side they count once ("The Communist Party of Cuba and Venezuela's
    ruling United Socialist Party sent …" names two parties, not two Venezuelan actors)."""
    if m.label != LAC_COUNTRY:
        return False
    for other in release.of(LAC_PARTY):
        if other.where != m.where or not (m.end <= other.start <= m.end + OWN_PARTY_REACH):
            continue
        text = release.title if m.where == "title" else release.text
        if country_of(other) == country and OWN_PARTY_GAP.fullmatch(text, m.end, other.start):
            return True
    text = release.title if m.where == "title" else release.text
    # or after it: "the People's Progressive Party/Civic of Guyana" in a list of signatures
    return any(other.where == m.where and country_of(other) == country and other.end < m.start
               and OF_OWN_COUNTRY.fullmatch(text, other.end, m.start) for other in release.of(LAC_PARTY))


OF_OWN_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?")


def step(release: Release) -> None:
    scores: dict[str, float] = {}
    focus: dict[str, float] = {}
    actors: dict[str, float] = {}  # focus evidence other than capitals (venues)
    placed: dict[str, float] = {}  # focus evidence other than venues ("in Rio de Janeiro, Brazil")
    said: dict[str, float] = {}  # foreign ministry: lead mentions inside what someone said (topics)
    first: dict[str, Mention] = {}
    title_actors: set[str] = set()  # named in the title other than as the place
    qualifiers: dict[str, float] = {}  # focus weight of country names that qualify their own party
    mentions = release.of(LAC_COUNTRY, LAC_PARTY, LAC_ORG)
    # a country named only in an opening of background, before the report of another's exchange
    setting = set() if release.is_mfa else background_mentions(release, mentions, country_of)
    for m in mentions:
        country = country_of(m)
        if not country or id(m) in setting or envoy_elsewhere(release, m) or posted_there(
                release, m.where, m.start, m.end) or nationality_only(release, m) or (
                platform_member(release, m)):  # a member of a grouping described: "BRICS, the grouping of …"
            continue
        weight = m.weight * (1.0 if m.label == LAC_COUNTRY else COUNTERPART_COUNTRY)
        scores[country] = scores.get(country, 0.0) + weight
        if m.zone in FOCUS:
            focus[country] = focus.get(country, 0.0) + weight
            # what the two sides discussed ("exchanged views on the situation in Venezuela") is a
            # topic: no actor, as a place is none (foreign ministry)
            topic = release.is_mfa and discussed(release, m)
            if not is_capital(release, m) and not topic:
                actors[country] = actors.get(country, 0.0) + weight
            if not is_venue(release, m) and not topic:
                placed[country] = placed.get(country, 0.0) + weight
                if _qualifies_own_party(release, m, country):
                    qualifiers[country] = qualifiers.get(country, 0.0) + weight
                if m.where == "title":
                    title_actors.add(country)
            # what someone said, in the lead or in a headline quoting a speaker ("Han Zheng: China
            # Supports Venezuela and Cuba …" over a meeting with Venezuela's president): topics
            if release.is_mfa and ((m.where == "text" and in_what_was_said(release.layout.clean, m.start))
                                   or (m.where == "title" and quoted_in_title(release, m.span())) or topic):
                said[country] = said.get(country, 0.0) + weight
            if country not in first or (m.where == "title" and first[country].where != "title"):
                first[country] = m
        elif country not in first:
            first[country] = m
    release.scores = scores
    release.extra["focus_scores"] = focus
    if actors and outside_counterpart(release, FOCUS):
        # a meeting with another country's leader at a summit held in a LAC country ("met Kenyan
        # President Ruto on the sidelines of the G20 Summit in Rio de Janeiro, Brazil"), or with the
        # UN Secretary-General in Belem, Brazil: the LAC country named only as the place is no
        # counterpart (unless its head in office is named: "met with President Lula here")
        heads = heads_named(release) if any(placed.get(c, 0.0) <= 0 for c in actors) else set()
        kept = {c: w for c, w in actors.items() if placed.get(c, 0.0) > 0 or c in heads}
        release.extra["venues_only"] = bool(actors) and not kept
        actors = kept
    if not actors and scores and not release.extra.get("venues_only"):
        leader_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        official_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        home_official_in_focus(release, scores, (focus, actors, placed))
    if not actors and scores and not release.extra.get("venues_only"):
        hosts_here_in_focus(release, scores, (focus, actors, placed))
    release.extra["actor_scores"] = actors
    regional = [span for span in regional_cues(release)
                if span.where == "title" or not (in_what_was_said(release.layout.clean, span.start)
                                                 or said_in_participle(release, span)
                                                 or said_before_speaker(release, span)
                                                 or topic_of_talks(release, span))]
    if regional and not release.is_mfa:
        # "中国共产党同拉美和加勒比地区政党的交往日益密切。5月9日，宋涛会见乌拉圭广泛阵线…": the opening is
        # the setting, the report (and its counterpart) follows
        background = background_cues(release, regional, text_counterparts(release)
                                     + names_elsewhere(release, ("lead", "early")))
        regional = [span for span in regional if span not in background]
    release.extra["regional_cues"] = regional
    # "刘建超：中国共产党愿同拉美国家政党加强交流" over a meeting with one party: the region is what was said
    regional = [span for span in regional if not quoted_in_title(release, span)]
    if actors or (regional and release.is_mfa and not scores and leader_named(release) is not None):
        # "meets the Cuban FM, who is in China for the China-CELAC Forum" (来华出席中拉论坛…的古巴外长):
        # the platform is why the counterpart came, not the counterpart; so too where the page names
        # no LAC country, only a head in office ("President Lula met with President Xi on the
        # sidelines of the China-CELAC Forum": Brazil's head, the forum the occasion)
        regional = [span for span in regional if not came_for(release, span)]
    if len(actors) == 1:
        # "meets the foreign minister of Honduras, which holds CELAC's rotating presidency": one
        # country's actor in the office its country holds
        regional = [span for span in regional if not chair_of(release, span)]
    record = release.record
    # the counterpart's country before the venue's: "LIMA, Nov. 15 -- Xi met Chilean President
    # Boric in Lima" is Chile (a capital named as the place is no actor)
    # a head in office named as the counterpart breaks a tie ("held talks with President Lula … Lula said
    # Brazil and Argentina …"): his country's actor took part
    heads = heads_named(release) if release.is_mfa and len(scores) >= 2 else set()
    # a country the title and lead name only as the place ("Wang Yi Meets Surinamese Foreign Minister
    # in Guyana", "met Bolivian President Arce in Havana, Cuba") ranks after one they name as an actor,
    # whatever the weight of its place names: a place is no actor (codebook: the country "whose
    # actors take part"), unless its head in office is named there. Among actors, the one the
    # headline names as such comes first: the headline picks the exchange ("Wang Yi Meets Argentine
    # FM in Brasilia" over a lead recalling that he is on a visit to Brazil).
    named_actor = {c for c in scores if placed.get(c, 0.0) > 0 or c in heads}
    ranked = sorted(scores, key=lambda c: (-(actors.get(c, 0.0) > 0), -(c in named_actor),
                                           -(c in title_actors), -focus.get(c, 0.0), -(c in heads),
                                           -placed.get(c, 0.0), -scores[c]))
    # the countries the title names as actors: one named there only as the place ("attends
    # China-Caribbean forum in Trinidad and Tobago") does not make the headline one country's, nor
    # does one named as the first of a group of countries (会见古巴等三国驻华大使)
    group_title = COUNTRY_AND_OTHERS_IN_TITLE.search(release.title) is not None
    in_title = set() if group_title else title_actors
    title_cue = any(s.where == "title" for s in regional) or (
        others_in_title(release) and named_group_met(release, [s for s in regional if s.where == "text"]))
    multilateral = False
    weak_top = not ranked or focus.get(ranked[0], 0.0) < 6 or (
        placed.get(ranked[0], 0.0) <= 0 and named_group_met(release, regional))
    if regional and (title_cue or not in_title) and (weak_top or title_cue):
        multilateral = True
    stops = trip_stops(release) if release.is_mfa else set()
    # the other stops of a trip this visit is one leg of ("the first leg of a tour that will also take
    # him to Colombia, Peru and Chile") are its setting, not a second side (``trip_stops``)
    legs = release.extra.get("trip_legs", set()) if len(stops) == 1 else set()
    if len([c for c in ranked if c not in legs]) >= 2 and len(in_title) != 1:
        # two countries' actors side by side; a place named for where it happened is not one (unless
        # every country is named as a place: "talks in Cuba and in Venezuela", a trip of two stops)
        ranked_sides = [c for c in ranked if c not in legs]
        weights = placed if any(placed.values()) else focus
        # what the counterpart said of other countries ("Lula said Brazil and Argentina support …",
        # 希尔介绍了委同哥伦比亚、巴西关系) names topics, not a second side (foreign ministry)
        # and a country's name before its own party's ("Venezuela's ruling United Socialist Party") is
        # that one actor again
        weights = {c: weights.get(c, 0.0) - said.get(c, 0.0)
                   - (qualifiers.get(c, 0.0) if weights is placed else 0.0) for c in ranked_sides}
        top, second = sorted((weights.get(c, 0.0) for c in ranked_sides), reverse=True)[:2]
        if second >= 3 and top < 2 * second:
            multilateral = True
    if group_title and (regional or sum(1 for c in placed.values() if c > 0) >= 2):
        # the group the headline names by its first country, and the lead names a second country's
        # actor or the region's as the group (古巴驻华大使等拉美国家驻华使节): actors of two or more
        # LAC countries (multilateral)
        multilateral = True
    if release.is_mfa and not one_exchange_headline(release) and len(stops) >= 2:
        multilateral = True
    if not release.is_mfa and (len(listed_countries(release)) >= 2 or shared_plural_countries(release)):
        multilateral = True
    if not release.is_mfa and len(party_trip_stops(release)) >= 2:
        multilateral = True
    participants = worldwide_event(release) or mfa_worldwide_gathering(release)
    if participants:
        release.extra["worldwide"] = [m.span() for m in participants]
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        for m in participants[:4]:
            record.add_evidence("country", m.span())
        return
    body = [] if (regional or multilateral or actors) else body_counterparts(release)
    if body:
        code_from_body(release, body)
        return
    if multilateral and (regional or len(ranked) >= 2):
        record.country = MULTILATERAL
        record.exchange_type = "multilateral"
        for span in regional[:3]:
            record.add_evidence("country", span)
        for c in ranked[:4]:
            if c in first:
                record.add_evidence("country", first[c].span())
        return
    if ranked and ranked[0] in first:  # (else a head named in a place of another country: below)
        top = shared_demonym(release, ranked[0], first[ranked[0]])
        code_bilateral(release, top, first[ranked[0]].span())
        return
    named = leader_named(release)
    if named is not None:  # "习近平致电祝贺奥尔特加再次当选总统": the head in office names the country
        leader, span = named
        if _country_of_person(release, actors, leader.country, span, f"whose head in office is named "
                                                                      f"({leader.name})"):
            release.extra["named_leader"] = span
            _parties_of_the_persons_country(release)
        return
    official = official_named(release)
    if official is not None:  # "Wang Yi Holds Talks with Mauro Vieira": the official names the country
        person, span = official
        if _country_of_person(release, actors, person.country, span,
                              f"whose official is named ({person.name}, {person.office})"):
            release.extra["named_official"] = (span, person)
            _parties_of_the_persons_country(release)


def _parties_of_the_persons_country(release: Release) -> None:
    """A party name several LAC countries' parties share, left open for want of a country
    (人民力量党主席、前总统莱昂内尔·费尔南德斯; "Political Leader of the Labour Party and Prime
    Minister Roosevelt Skerrit"), is the party of the country of the person the page names, when
    the page names no country or party outside LAC: the office is his, so the party is his
    country's (as a country written before the chain qualifies each title in it)."""
    if release.country_id is None or names_elsewhere(release, ("title", "lead", "early", "late")):
        return
    gaz = release.gazetteer
    for m in release.mentions:
        if m.label != LAC_PARTY or m.entry is not None or not m.ids:
            continue
        own = [entry for i in m.ids if isinstance(entry := gaz.get(i), Party)
               and entry.country == release.country_id]
        if len(own) == 1:
            m.entry = own[0]
